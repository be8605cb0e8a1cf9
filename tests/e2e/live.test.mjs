// Live pages in Chromium with the built extension: a live blog adding an entry every second
// gets markers on its new entries while the markers and tints of the old ones stay the very
// same objects (only the changed blocks are analyzed: content/live.js, src/live.rs), each
// reading's analysis stays small however long the blog grows, and nothing polls. A blog
// that keeps adding entries past twenty readings keeps being read: what bounds a changing
// page is the work its readings cost, not their number.
// Run: `node --test tests/e2e/live.test.mjs` (after `make build`).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extensionDir, launchChromium, waitForState } from './harness.mjs';
import { startServer } from './hostile.mjs';

const FINAL_MS = 40000;
const NAMES = ['Ana Ruiz', 'Lee Park', 'Dana Whitfield', 'Omar Haddad', 'Priya Natarajan', 'Tom Becker', 'Grace Mensah', 'Ivan Petrov', 'Sofia Marino', 'Kenji Sato'];

/** Entry `n` of the blog: a quote with its speaker and a figure, different every time. */
function entry(n) {
  const name = NAMES[n % NAMES.length];
  return `Update ${n}: crews cleared ${12 + 7 * n} more homes on the east side overnight. \u201cWe reached ${300 + 41 * n} families before dawn and the work goes on,\u201d said ${name}, who leads relief team ${n}.`;
}

const OLD = 20; // entries on the page when it loads
const NEW = 6; // entries the feed adds, one a second

/** A live blog: entries as `<article>`s prepended to a feed, or `<li>`s appended to a list. */
function blog(variant, added = NEW, everyMs = 1000) {
  const tag = variant === 'prepend' ? 'article' : 'li';
  const list = variant === 'prepend' ? 'div' : 'ol';
  const items = Array.from({ length: OLD }, (_, i) => OLD - 1 - i).map((n) => variant === 'prepend' ? n : OLD - 1 - n)
    .map((n) => `<${tag} class="entry"><p>${entry(n)}</p></${tag}>`).join('\n');
  const script = `window.startFeed = () => { let n = ${OLD}; const feed = document.getElementById('feed'); const timer = setInterval(() => {
    const e = document.createElement('${tag}'); e.className = 'entry fresh'; const p = document.createElement('p'); p.textContent = ${entry.toString().replace(/\n\s*/g, ' ')}.call(null, n);
    ${variant === 'prepend' ? 'feed.prepend(e)' : 'feed.append(e)'}; e.append(p); if (++n >= ${OLD + added}) { clearInterval(timer); window.feedDone = true; } }, ${everyMs}); };`;
  const names = `const NAMES = ${JSON.stringify(NAMES)};`;
  return {
    script: `${names}\n${script}`,
    html: `<!doctype html><html><head><meta charset="utf-8"><title>Live: the east side floods</title><script src="/js/live-${variant}.js"></script></head><body>
<header class="site"><nav><a href="/">Home</a></nav></header>
<main><h1>Live: the east side floods</h1>
<p class="lede">Flood water reached the east side of the city on Sunday night, and relief teams have worked through the night since.</p>
<${list} id="feed">${items}</${list}></main>
<footer class="site">Footer text</footer></body></html>`,
  };
}

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchChromium(await extensionDir('chrome'));
  // Every marker shown: which markers a density budget picks is not what is tested here.
  await browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { version: 1, sensitivity: 'all' } }));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Remembers, in the page's world, the markers and the tints drawn now, and records each reading's size. */
const remember = (page) => page.evaluate(() => {
  const root = document.querySelector('[data-spotcheck-host]').shadowRoot;
  const tints = {};
  for (const [name, h] of CSS.highlights) {
    if (name.startsWith('spotcheck')) tints[name] = { h, ranges: [...h].map((r) => ({ r, at: [r.startContainer, r.startOffset, r.endContainer, r.endOffset] })) };
  }
  window.__before = { root, badges: [...root.querySelectorAll('[data-spotcheck-badge]')], tints };
  window.__live = [];
  new MutationObserver(() => {
    const html = document.documentElement;
    window.__live.push({ live: html.getAttribute('data-spotcheck-live'), timing: html.getAttribute('data-spotcheck-timing') });
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-spotcheck-live'] });
  return { badges: window.__before.badges.length, tints: Object.values(tints).reduce((n, t) => n + t.ranges.length, 0) };
});

/** Whether every new entry has a tint of its own (its findings were drawn). */
const newEntriesMarked = () => {
  const fresh = [...document.querySelectorAll('.entry.fresh')];
  const ranges = [...CSS.highlights].filter(([k]) => k.startsWith('spotcheck')).flatMap(([, h]) => [...h]);
  return window.feedDone === true && fresh.length > 0 && fresh.every((e) => ranges.some((r) => e.contains(r.startContainer)));
};

describe('a live blog', () => {
  for (const variant of ['prepend', 'append']) {
    test(`${variant}: new entries get markers; the old markers and tints stay the same objects; each reading is small`, async (t) => {
      const { script, html } = blog(variant);
      server.script(`live-${variant}.js`, script);
      server.page(`live-${variant}`, html);
      const page = await browser.context.newPage();
      try {
        await page.goto(server.url(`/gen/live-${variant}`));
        const state = await waitForState(page, ['ready', 'error', 'off'], FINAL_MS);
        assert.equal(state.state, 'ready');
        const first = await remember(page);
        assert.ok(first.badges >= OLD, `${first.badges} markers on ${OLD} entries`);
        const whole = await page.evaluate(() => document.documentElement.getAttribute('data-spotcheck-live'));
        const firstTiming = await page.evaluate(() => /worker -?\d+/.exec(document.documentElement.getAttribute('data-spotcheck-timing') ?? '')?.[0]);
        await page.evaluate(() => window.startFeed());
        await page.waitForFunction(newEntriesMarked, null, { timeout: FINAL_MS, polling: 100 });
        const now = await page.evaluate(() => {
          const root = document.querySelector('[data-spotcheck-host]').shadowRoot;
          const badges = [...root.querySelectorAll('[data-spotcheck-badge]')];
          const b = window.__before;
          const tints = Object.entries(b.tints).map(([name, { h, ranges }]) => ({
            name,
            same: CSS.highlights.get(name) === h,
            lost: ranges.filter(({ r }) => !h.has(r)).length,
            moved: ranges.filter(({ r, at }) => r.startContainer !== at[0] || r.startOffset !== at[1] || r.endContainer !== at[2] || r.endOffset !== at[3]).length,
          }));
          return {
            sameRoot: root === b.root,
            badges: badges.length,
            count: Number(document.documentElement.getAttribute('data-spotcheck-count')),
            kept: b.badges.filter((x) => x.isConnected && badges.includes(x)).length,
            tints,
            live: window.__live,
          };
        });
        t.diagnostic(`first reading ${whole} (${firstTiming} ms); then ${now.live.map((l) => `${l.live} (${/worker -?\d+/.exec(l.timing ?? '')?.[0] ?? '?'} ms)`).join(', ')}; markers ${first.badges} -> ${now.badges}`);
        assert.ok(now.sameRoot, 'the same overlay');
        assert.equal(now.kept, first.badges, 'every old marker is the same element, still drawn');
        assert.ok(now.badges >= first.badges + NEW, `${now.badges} markers after ${NEW} new entries`);
        assert.equal(now.count, now.badges);
        for (const tint of now.tints) {
          assert.deepEqual(tint, { name: tint.name, same: true, lost: 0, moved: 0 }, 'old tints untouched');
        }
        // Each reading after the first analyzed the new entries and a few blocks of context,
        // not the whole blog (the first reading's count is every block).
        const [, total] = whole.split('/').map(Number);
        assert.ok(now.live.length >= 1);
        for (const { live } of now.live) {
          const [read, of] = live.split('/').map(Number);
          assert.ok(of > total && read <= 4 + (of - total) && read < of / 2, `analyzed ${live} blocks (the first reading: ${whole})`);
        }
        // No polling: once the page is still, nothing runs.
        const runs = await page.evaluate(() => Number(document.documentElement.getAttribute('data-spotcheck-runs')));
        await page.waitForTimeout(3000);
        assert.equal(await page.evaluate(() => Number(document.documentElement.getAttribute('data-spotcheck-runs'))), runs, 'no analysis while nothing changes');
        assert.deepEqual(browser.outside, [], 'no request left 127.0.0.1');
      } finally {
        await page.close();
      }
    });
  }

  // Readings are spaced (at most six a minute), so 24 of them take four minutes.
  const LONG_READINGS = 24;
  test(`an entry every 9 s: still read after ${LONG_READINGS} readings (work is bounded, not the count)`, { timeout: 8 * 60000 }, async (t) => {
    const added = LONG_READINGS + 2;
    const { script, html } = blog('append', added, 9000);
    server.script('live-long.js', script);
    server.page('live-long', html.replace('/js/live-append.js', '/js/live-long.js'));
    const page = await browser.context.newPage();
    try {
      await page.goto(server.url('/gen/live-long'));
      assert.equal((await waitForState(page, ['ready', 'error', 'off'], FINAL_MS)).state, 'ready');
      await page.evaluate(() => window.startFeed());
      // The last entry, added after more readings than the old count cap allowed, is marked.
      const runs = () => Number(document.documentElement.getAttribute('data-spotcheck-runs'));
      await page.waitForFunction(newEntriesMarked, null, { timeout: added * 9000 + 60000, polling: 500 });
      const done = await page.evaluate(runs);
      const entries = await page.evaluate(() => document.querySelectorAll('.entry.fresh').length);
      t.diagnostic(`${done} readings for ${entries} new entries`);
      assert.equal(entries, added);
      assert.ok(done > 21, `${done} readings: more than the old cap of 20`);
      assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-spotcheck')), 'ready');
    } finally {
      await page.close();
    }
  });
});
