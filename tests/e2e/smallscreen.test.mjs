// Small screens (ux8): at 390 px the grouped popover filled the screen and compact markers
// were 14 x 14 px targets. In Chromium with the built extension, at 390 x 844 and 1280 x 900,
// on the 76 site templates and the seed (default sensitivity):
//   - every marker's pointer target (its button's box) is at least 24 x 24 CSS px, or meets
//     WCAG 2.5.8's spacing exception (ux8b: a dot that finds no room for a 24 px target over
//     no text on its words' lines stays there, 14 px): a 24 px circle centred on it meets no
//     other marker's target, no other small target's circle and no link or control of the
//     page; no target covers a text rectangle of the page, and a click on the page's words
//     and links next to a marker still reaches the page (elementFromPoint, and real clicks);
//   - every popover stays inside the viewport with 8 px margins, no taller than 70% of it
//     (it scrolls instead), and covers neither its marker nor the line its marker sits on,
//     nor (where the viewport has room above or below them) any of its words;
//   - keyboard: Tab reaches a marker, Enter opens its popover, Escape closes it and gives
//     focus back to the marker; axe-core finds no serious or critical violation in the
//     overlay with a popover open, at both widths.
// `node --test tests/e2e/smallscreen.test.mjs` (after `make build`).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, chromiumSuite, waitForState } from './harness.mjs';
import { startServer } from './hostile.mjs';

const TEMPLATES = join(ROOT, 'tests', 'data', 'site-templates');
const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const WIDTHS = [[390, 844], [1280, 900]];
const MARGIN = 8;
const MAX_SHARE = 0.7; // of the viewport's height, at most, for a popover
// The page's pointer targets a small marker's spacing circle keeps clear of.
const CONTROLS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, label[for], [role="button"], [role="link"], [onclick]';

const suite = chromiumSuite(startServer);

/** The site templates (marks out) as /gen/ pages, and the seed. */
function paths() {
  const out = [];
  for (const dir of readdirSync(TEMPLATES).filter((d) => d === 'pages' || d.startsWith('batch')).sort()) {
    for (const f of readdirSync(join(TEMPLATES, dir)).filter((x) => x.endsWith('.html')).sort()) {
      const id = `small-${dir}-${f.slice(0, -'.html'.length)}`;
      suite.server.page(id, readFileSync(join(TEMPLATES, dir, f), 'utf8').replace(/[⟦⟧]/g, ''));
      out.push(`/gen/${id}`);
    }
  }
  out.push('/seed.html');
  return out;
}

async function open(path, [width, height]) {
  const page = await suite.browser.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(suite.server.url(path), { waitUntil: 'domcontentloaded' });
  const state = await waitForState(page, ['ready', 'off', 'error'], 30000);
  assert.equal(state.state, 'ready', `${path}: ${state.state}`);
  await page.waitForTimeout(300);
  return page;
}

/**
 * Per marker: its target's size, the text it covers, and the points just beside it on the
 * page's own words (their nearest point, 2 px inside) that a click would not reach.
 */
const targets = (page) => page.evaluate((controls) => {
  const host = document.querySelector('spotcheck-overlay');
  const root = host?.shadowRoot;
  const range = document.createRange();
  const out = [];
  const small = (r) => r.width < 24 - 0.01 || r.height < 24 - 0.01;
  const centre = (r) => [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
  /** What a 24 px circle centred on a small target `bb` meets: other markers, their circles, the page's controls. */
  const crowding = (b, bb) => {
    const [cx, cy] = centre(bb);
    const near = (r) => Math.hypot(cx - Math.min(Math.max(cx, r.left), r.right), cy - Math.min(Math.max(cy, r.top), r.bottom)) < 12 - 0.01;
    const found = [];
    for (const o of root.querySelectorAll('[data-spotcheck-badge]')) {
      if (o === b || o.hidden) continue;
      const r = o.getBoundingClientRect();
      if (near(r)) found.push(`marker ${o.getAttribute('aria-label').slice(0, 30)}`);
      else if (small(r) && Math.hypot(cx - centre(r)[0], cy - centre(r)[1]) < 24 - 0.01) found.push(`circle of ${o.getAttribute('aria-label').slice(0, 30)}`);
    }
    for (const el of document.querySelectorAll(controls)) {
      if ([...el.getClientRects()].some((r) => r.width > 0 && r.height > 0 && near(r))) found.push(`${el.localName} ${(el.textContent ?? '').trim().slice(0, 30)}`);
    }
    return found;
  };
  for (const b of root?.querySelectorAll('[data-spotcheck-badge]') ?? []) {
    b.scrollIntoView({ block: 'center', behavior: 'instant' });
    const bb = b.getBoundingClientRect();
    // The text rectangles near this marker, read after the scroll.
    const fresh = [];
    const w2 = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = w2.nextNode(); n; n = w2.nextNode()) {
      if (!/\S/.test(n.data) || n.parentElement.closest('script, style, noscript, template')) continue;
      // Words a reader cannot see, such as a closed <details> answer (its content is
      // content-visibility: hidden, yet the range still reports boxes), take no clicks.
      if (!n.parentElement.checkVisibility()) continue;
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        if (r.width > 0 && r.height > 0 && r.bottom > bb.top - 40 && r.top < bb.bottom + 40) fresh.push({ r, node: n });
      }
    }
    const covers = fresh.filter(({ r }) => bb.left < r.right - 0.5 && r.left + 0.5 < bb.right && bb.top < r.bottom - 0.5 && r.top + 0.5 < bb.bottom);
    // Click probes: the nearest point of each text rectangle within 12 px of the target.
    const stolen = [];
    for (const { r, node } of fresh) {
      const x = Math.min(Math.max((bb.left + bb.right) / 2, r.left + 2), r.right - 2);
      const y = Math.min(Math.max((bb.top + bb.bottom) / 2, r.top + 2), r.bottom - 2);
      const dx = Math.max(0, bb.left - x, x - bb.right);
      const dy = Math.max(0, bb.top - y, y - bb.bottom);
      if (Math.hypot(dx, dy) > 12 || x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit === host || (hit && !hit.contains(node) && !node.parentElement.contains(hit))) stolen.push(`${node.data.trim().slice(0, 24)} at ${Math.round(x)},${Math.round(y)} -> ${hit?.localName}`);
    }
    out.push({
      label: b.getAttribute('aria-label').slice(0, 50),
      width: bb.width,
      height: bb.height,
      compact: b.classList.contains('compact'),
      covers: covers.map(({ node }) => node.data.trim().slice(0, 24)),
      stolen,
      crowded: small(bb) ? crowding(b, bb) : [],
    });
  }
  return out;
}, CONTROLS);

/** Opens each marker and measures its popover against the viewport and the marker's words. */
const popovers = (page) => page.evaluate(async ([margin]) => {
  const root = document.querySelector('spotcheck-overlay')?.shadowRoot;
  const out = [];
  const hits = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  for (const b of root?.querySelectorAll('[data-spotcheck-badge]') ?? []) {
    b.scrollIntoView({ block: 'center', behavior: 'instant' });
    b.click();
    await new Promise((r) => requestAnimationFrame(() => r()));
    const pop = root.querySelector('[role="dialog"]');
    const p = pop.getBoundingClientRect();
    const bb = b.getBoundingClientRect();
    const words = [...(CSS.highlights.get('spotcheck-active') ?? [])].flatMap((x) => [...x.getClientRects()]).filter((r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight);
    const cy = (bb.top + bb.bottom) / 2;
    const line = words.filter((r) => cy >= r.top - 4 && cy <= r.bottom + 4);
    const top = Math.min(bb.top, ...words.map((r) => r.top));
    const bottom = Math.max(bb.bottom, ...words.map((r) => r.bottom));
    const room = Math.max(top - 2 * margin, innerHeight - bottom - 2 * margin);
    out.push({
      label: b.getAttribute('aria-label').slice(0, 50),
      grouped: pop.querySelectorAll('section.finding').length > 1,
      width: p.width,
      height: p.height,
      view: { w: document.documentElement.clientWidth, h: innerHeight },
      inside: p.left >= margin - 0.5 && p.top >= margin - 0.5 && p.right <= document.documentElement.clientWidth - margin + 0.5 && p.bottom <= innerHeight - margin + 0.5,
      scrolls: pop.scrollHeight <= pop.clientHeight + 1 || getComputedStyle(pop).overflowY === 'auto',
      overMarker: hits(p, bb),
      overLine: line.some((r) => hits(p, r)),
      overWords: words.some((r) => hits(p, r)),
      room,
    });
    b.click();
  }
  return out;
}, [MARGIN]);

describe('small screens (Chromium)', () => {
  for (const size of WIDTHS) {
    test(`${size[0]} px: 24 px targets or spaced small ones, over no words, clicks beside them reach the page, popovers fit`, { timeout: 900000 }, async (t) => {
      const list = paths();
      const rows = [];
      const pops = [];
      for (const path of list) {
        const page = await open(path, size);
        try {
          for (const m of await targets(page)) rows.push({ path, ...m });
          for (const p of await popovers(page)) pops.push({ path, ...p });
        } finally {
          await page.close();
        }
      }
      const small = rows.filter((m) => m.width < 24 - 0.01 || m.height < 24 - 0.01);
      const crowded = small.filter((m) => m.crowded.length);
      const grouped = pops.filter((p) => p.grouped);
      const share = (p) => p.height / p.view.h;
      const maxShare = Math.max(...pops.map(share));
      const avoidable = pops.filter((p) => p.overWords && p.room >= 200);
      t.diagnostic(`${size[0]} px: ${rows.length} markers (${rows.filter((m) => m.compact).length} compact), ${small.length} targets under 24 px (${crowded.length} without the spacing exception), ${rows.filter((m) => m.covers.length).length} over text, ${rows.filter((m) => m.stolen.length).length} stealing clicks; ${pops.length} popovers (${grouped.length} grouped): tallest ${(100 * maxShare).toFixed(0)}% of the viewport (grouped median ${(100 * (grouped.map(share).sort((a, b) => a - b)[Math.floor(grouped.length / 2)] ?? 0)).toFixed(0)}%), ${pops.filter((p) => !p.inside).length} outside the margins, ${pops.filter((p) => p.overMarker).length} over their marker, ${pops.filter((p) => p.overLine).length} over its line, ${pops.filter((p) => p.overWords).length} over its words (${avoidable.length} avoidable)`);
      assert.ok(rows.length >= 150, `markers: ${rows.length}`);
      assert.deepEqual(crowded.map((m) => `${m.path} ${m.label}: ${m.width}x${m.height}, its 24 px circle meets ${m.crowded.join('; ')}`), [], 'targets of 24 x 24 px at least, or spaced (WCAG 2.5.8)');
      assert.deepEqual(rows.filter((m) => m.covers.length).map((m) => `${m.path} ${m.label} over ${m.covers.join(' / ')}`), [], 'no target over text');
      assert.deepEqual(rows.filter((m) => m.stolen.length).map((m) => `${m.path} ${m.label}: ${m.stolen.join('; ')}`), [], 'clicks on words beside a marker reach the page');
      assert.deepEqual(pops.filter((p) => !p.inside).map((p) => `${p.path} ${p.label}`), [], 'popovers inside the viewport');
      assert.ok(maxShare <= MAX_SHARE + 0.01, `tallest popover ${(100 * maxShare).toFixed(0)}% of the viewport`);
      assert.deepEqual(pops.filter((p) => !p.scrolls).map((p) => `${p.path} ${p.label}`), [], 'a popover taller than its room scrolls');
      assert.deepEqual(pops.filter((p) => p.overMarker || p.overLine).map((p) => `${p.path} ${p.label}`), [], 'no popover over its marker or the marker\'s line');
      assert.deepEqual(avoidable.map((p) => `${p.path} ${p.label}`), [], 'no popover over its words where the viewport has room');
    });
  }

  for (const size of WIDTHS) {
    test(`${size[0]} px: keyboard (Tab, Enter, Escape back to the marker), real clicks beside a marker, and axe-core`, { timeout: 120000 }, async (t) => {
      suite.server.page('small-links', `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
        <style>body { margin: 0; font: 17px/1.45 Georgia, serif; } main { padding: 0 12px; }</style></head><body><main><article>
        <h1>Council sets budget</h1>
        ${Array.from({ length: 10 }, (_, i) => `<p><a href="#a${i}" class="near">The council</a> approved a budget of $${i + 2}.4 million on Tuesday, a rise of ${i + 3} percent on last year, <a href="#b${i}" class="near">the finance chair said</a>. <a href="#c${i}" class="near">"We have made</a> hard choices, and the town will see better roads by ${2030 + i}," <a href="#d${i}" class="near">said Mayor Ann Cole</a>. <a href="#e${i}" class="near">Officials said</a> about ${120 + i} staff would be hired, <a href="#f${i}" class="near">up from ${80 + i}</a>.</p>`).join('\n')}
        </article></main></body></html>`);
      await suite.browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { version: 1, sensitivity: 'all' } }));
      const page = await open('/gen/small-links', size);
      try {
        // Real clicks on the links nearest to each marker reach the page's links.
        await page.evaluate(() => {
          window.clicked = [];
          document.addEventListener('click', (e) => { const a = e.target.closest('a'); if (a) { e.preventDefault(); window.clicked.push(a.getAttribute('href')); } }, true);
        });
        const probes = await page.evaluate(() => {
          const root = document.querySelector('spotcheck-overlay').shadowRoot;
          const out = [];
          for (const b of root.querySelectorAll('[data-spotcheck-badge]')) {
            const bb = b.getBoundingClientRect();
            for (const a of document.querySelectorAll('a.near')) {
              for (const r of a.getClientRects()) {
                const x = Math.min(Math.max((bb.left + bb.right) / 2, r.left + 2), r.right - 2);
                const y = Math.min(Math.max((bb.top + bb.bottom) / 2, r.top + 3), r.bottom - 3);
                if (Math.hypot(Math.max(0, bb.left - x, x - bb.right), Math.max(0, bb.top - y, y - bb.bottom)) <= 16) out.push({ href: a.getAttribute('href'), x: x + scrollX, y: y + scrollY });
              }
            }
          }
          return out;
        });
        for (const p of probes) {
          await page.evaluate(([x, y]) => window.scrollTo(0, Math.max(0, y - innerHeight / 2)), [p.x, p.y]);
          const at = await page.evaluate(([x, y]) => [x - scrollX, y - scrollY], [p.x, p.y]);
          await page.mouse.click(at[0], at[1]);
          const last = await page.evaluate(() => window.clicked[window.clicked.length - 1] ?? null);
          assert.equal(last, p.href, `a click on ${p.href} at ${at.map(Math.round)} next to a marker reaches the link`);
        }
        t.diagnostic(`${size[0]} px: ${probes.length} clicks on links within 16 px of a marker, all reached the page`);
        assert.ok(probes.length >= 5, `links next to markers: ${probes.length}`);
        // The same crowded page (a link on every line, "all"): small targets keep their spacing.
        const marks = await targets(page);
        const under = marks.filter((m) => m.width < 24 - 0.01 || m.height < 24 - 0.01);
        t.diagnostic(`${size[0]} px, links page at "all": ${marks.length} markers, ${under.length} targets under 24 px, ${under.filter((m) => m.crowded.length).length} without the spacing exception`);
        assert.deepEqual(marks.filter((m) => m.crowded.length).map((m) => `${m.label}: ${m.width}x${m.height}, its 24 px circle meets ${m.crowded.join('; ')}`), [], 'links page: targets of 24 px or spaced');
        assert.deepEqual(marks.filter((m) => m.covers.length).map((m) => `${m.label} over ${m.covers.join(' / ')}`), [], 'links page: no target over text');
        // Keyboard: from the page's last link, Tab reaches the first marker.
        await page.evaluate(() => { const links = document.querySelectorAll('a'); links[links.length - 1].focus(); });
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => document.querySelector('spotcheck-overlay').shadowRoot.activeElement?.getAttribute('aria-label') ?? null);
        assert.ok(focused, 'Tab from the page\'s last link reaches a marker');
        await page.keyboard.press('Enter');
        const opened = await page.evaluate(() => {
          const root = document.querySelector('spotcheck-overlay').shadowRoot;
          const pop = root.querySelector('[role="dialog"]');
          return { open: !pop.hidden, focusIn: pop.contains(root.activeElement) || root.activeElement === pop };
        });
        assert.deepEqual(opened, { open: true, focusIn: true }, 'Enter opens the popover and moves focus into it');
        const found = await axe(page);
        t.diagnostic(`${size[0]} px, popover open: overlay violations ${JSON.stringify(found.all)}`);
        assert.deepEqual(found.serious, [], JSON.stringify(found.serious));
        await page.keyboard.press('Escape');
        const back = await page.evaluate(() => {
          const root = document.querySelector('spotcheck-overlay').shadowRoot;
          return { open: !root.querySelector('[role="dialog"]').hidden, focus: root.activeElement?.getAttribute('aria-label') ?? null };
        });
        assert.deepEqual(back, { open: false, focus: focused }, 'Escape closes it and gives focus back to the marker');
      } finally {
        await page.close();
        await suite.browser.worker.evaluate(() => chrome.storage.sync.clear());
      }
      // axe-core with a grouped popover open on the seed, at this width.
      const seed = await open('/seed.html', size);
      try {
        await seed.evaluate(() => {
          const root = document.querySelector('spotcheck-overlay').shadowRoot;
          const b = [...root.querySelectorAll('[data-spotcheck-badge]')].find((x) => x.dataset.kinds.split(' ').length > 1) ?? root.querySelector('[data-spotcheck-badge]');
          b.scrollIntoView({ block: 'center' });
          b.click();
        });
        const found = await axe(seed);
        t.diagnostic(`${size[0]} px, seed, grouped popover open: overlay violations ${JSON.stringify(found.all)}`);
        assert.deepEqual(found.serious, [], JSON.stringify(found.serious));
      } finally {
        await seed.close();
      }
    });
  }
});

/** axe-core (WCAG 2.0-2.2 A and AA) on the page; the overlay's violations. */
async function axe(page) {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)).filter((x) => x.includes('spotcheck-overlay')) })).filter((v) => v.targets.length);
  });
  return {
    serious: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    all: violations.map((v) => `${v.id} (${v.impact}, ${v.targets.length})`),
  };
}
