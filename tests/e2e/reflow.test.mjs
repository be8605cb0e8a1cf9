// The page's layout changes after the markers are drawn (Chromium with the built extension):
// the window is resized, a web font or an image above the text arrives, an ad slot opens
// above the article (in a plain page, in a body of fixed height, inside a scrolling app
// shell, through a CSS transition), a column beside it widens, the browser's text size or
// zoom changes, a class widens the letters. Each time the markers must follow their words
// and cover none: no marker over a text rectangle, every marker where a fresh placement
// puts it (a resize event, which always re-places, moves none of them), and after a pure
// shift (an ad slot, an image) each marker at the same offset from its words as before.
// Every case checks that the words really moved, so none passes by doing nothing.
// `node --test tests/e2e/reflow.test.mjs` (after `make build`).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromiumSuite, waitForState } from './harness.mjs';
import { articlePage, prose, shortArticle, startServer } from './hostile.mjs';

const suite = chromiumSuite(startServer);

/** A bold system font file (the web font that arrives late): wider than the fallback. */
function fontFile() {
  const known = ['/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'];
  for (const file of known) if (existsSync(file)) return file;
  try {
    const file = execFileSync('fc-match', ['-f', '%{file}', 'sans:bold']).toString().trim();
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

const IMAGE = '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><rect width="600" height="300" fill="#cde"/></svg>';
const PARAGRAPHS = [...shortArticle(), ...prose(2500)];

/** The article in a centred column of 680 px, an empty ad slot above it. */
const page = ({ css = '', head = '', above = '<div id="ad"></div>', after: tail = '' } = {}) => articlePage({
  paragraphs: PARAGRAPHS,
  head: `<style>body { margin: 0; font: 1.125rem/1.6 Late, Georgia, serif; } main { max-width: 680px; margin: 0 auto; padding: 0 16px; }
    #ad { height: 0; overflow: hidden; background: #eee; } ${css}</style>${head}`,
  before: above,
  after: tail,
});

const openAd = (p) => p.evaluate(() => { document.getElementById('ad').style.height = '250px'; });

// name: { html, act (after the markers are drawn), shift (the text only moved: offsets stay), late (a resource held until `act`) }
const CASES = {
  'window resized to 390 px': { html: page(), act: (p) => p.setViewportSize({ width: 390, height: 800 }) },
  'web font arrives': { html: page({ head: '<style>@font-face { font-family: Late; src: url(/late/font.ttf); }</style>' }), late: 'font' },
  'image above the text arrives (no size given)': { html: page({ above: '<div id="ad"></div><img src="/late/image.svg" alt="">' }), late: 'image', shift: true },
  'ad slot opens above the article': { html: page(), act: openAd, shift: true },
  'element inserted above the article': {
    html: page(),
    act: (p) => p.evaluate(() => { const d = document.createElement('div'); d.style.height = '180px'; document.querySelector('main').prepend(d); }),
    shift: true,
  },
  'ad slot opens in a body of fixed height (no resize of the body)': { html: page({ css: 'html, body { height: 100%; }' }), act: openAd, shift: true },
  'ad slot opens inside a scrolling app shell': {
    html: page({ css: 'html, body { height: 100%; overflow: hidden; } main { height: 100vh; overflow: auto; max-width: none; padding: 0 calc(50% - 340px); }' }),
    act: openAd,
    shift: true,
  },
  'ad slot opens through a CSS transition': {
    html: page({ css: 'html, body { height: 100%; } #ad { transition: height .4s; } #ad.open { height: 250px; }' }),
    act: (p) => p.evaluate(() => document.getElementById('ad').classList.add('open')),
    shift: true,
  },
  'a column beside the article widens': {
    html: page({ css: 'main { display: flex; max-width: 1000px; } article { flex: 1; } #side { width: 100px; flex: none; }', above: '', after: '' }).replace('</article>', '</article><div id="side"></div>'),
    act: (p) => p.evaluate(() => { document.getElementById('side').style.width = '300px'; }),
  },
  'browser text size larger': {
    html: page(),
    act: async (p) => (await suite.browser.context.newCDPSession(p)).send('Page.setFontSizes', { fontSizes: { standard: 22 } }),
  },
  'browser zoom 200%': {
    html: page(),
    act: async (p) => (await suite.browser.context.newCDPSession(p)).send('Emulation.setDeviceMetricsOverride', { width: 600, height: 600, deviceScaleFactor: 2, mobile: false }),
  },
  'a class widens the letters (no element resized)': {
    html: page({ css: 'html, body { height: 100%; } body.wide p { letter-spacing: .04em; }' }),
    act: (p) => p.evaluate(() => document.body.classList.add('wide')),
  },
};

/** Each marker (document coordinates), its words' last line, and whether it covers any text. */
const snapshot = (p) => p.evaluate(() => {
  const root = document.querySelector('spotcheck-overlay')?.shadowRoot;
  const badges = root ? [...root.querySelectorAll('[data-spotcheck-badge]')] : [];
  const text = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!/\S/.test(n.data) || n.parentElement.closest('script, style')) continue;
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) text.push({ r, text: n.data.slice(0, 30) });
  }
  return badges.map((b) => {
    // The marker's own words: what pointing at it tints.
    b.dispatchEvent(new PointerEvent('pointerenter'));
    const ranges = [...(CSS.highlights.get('spotcheck-active') ?? [])];
    b.dispatchEvent(new PointerEvent('pointerleave'));
    const rects = ranges.flatMap((x) => [...x.getClientRects()]).filter((x) => x.width > 0);
    const last = rects[rects.length - 1];
    const bb = b.getBoundingClientRect();
    const covers = text.filter(({ r }) => bb.left < r.right && r.left < bb.right && bb.top < r.bottom && r.top < bb.bottom).map((t) => t.text);
    return {
      label: b.getAttribute('aria-label').slice(0, 50),
      hidden: b.hidden,
      x: Math.round(bb.left + scrollX),
      y: Math.round(bb.top + scrollY),
      words: last ? [Math.round(last.left + scrollX), Math.round(last.top + scrollY), Math.round(last.right + scrollX)] : null,
      dx: last ? Math.round(bb.left - last.right) : null,
      dy: last ? Math.round(bb.top - last.top) : null,
      covers,
    };
  });
});

/** Until two snapshots 250 ms apart read the same (at most 8 s). */
async function settled(p) {
  let last = JSON.stringify(await snapshot(p));
  for (let waited = 0; waited < 8000; waited += 250) {
    await p.waitForTimeout(250);
    const now = JSON.stringify(await snapshot(p));
    if (now === last) return JSON.parse(now);
    last = now;
  }
  return JSON.parse(last);
}

describe('markers follow their words when the page reflows (Chromium)', () => {
  const font = fontFile();
  for (const [name, c] of Object.entries(CASES)) {
    test(name, { skip: c.late === 'font' && !font && 'no font file to serve' }, async () => {
      const id = `reflow-${Object.keys(CASES).indexOf(name)}`;
      suite.server.page(id, c.html);
      const p = await suite.browser.context.newPage();
      await p.setViewportSize({ width: 1280, height: 900 });
      // A late resource is held until the markers are drawn: it then arrives for certain after them.
      let release = () => {};
      const held = new Promise((resolve) => { release = resolve; });
      await p.route('**/late/**', async (route) => {
        await held;
        if (route.request().url().endsWith('.svg')) return route.fulfill({ contentType: 'image/svg+xml', body: IMAGE });
        return route.fulfill({ contentType: 'font/ttf', body: readFileSync(/** @type {string} */ (font)) });
      });
      try {
        await p.goto(suite.server.url(`/gen/${id}`), { waitUntil: 'domcontentloaded' });
        const state = await waitForState(p, ['ready', 'off', 'error'], 30000);
        assert.equal(state.state, 'ready');
        const before = await settled(p);
        assert.ok(before.length >= 3, `markers: ${before.length}`);
        assert.deepEqual(before.filter((m) => m.covers.length), [], 'no marker covers text before');

        if (c.late) {
          release();
          if (c.late === 'font') await p.waitForFunction(() => document.fonts.check('18px Late') && document.fonts.status === 'loaded');
          else await p.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalHeight > 0));
        } else {
          await c.act(p);
        }
        const now = await settled(p);
        assert.equal(now.length, before.length, 'the same markers');
        const moved = now.filter((m, i) => JSON.stringify(m.words) !== JSON.stringify(before[i].words));
        assert.ok(moved.length > 0, 'the reflow moved the words (the case tests something)');

        assert.deepEqual(now.filter((m) => m.hidden).map((m) => m.label), [], 'every marker placed');
        assert.deepEqual(now.filter((m) => m.covers.length).map((m) => `${m.label} over ${m.covers.join(' / ')}`), [], 'no marker covers text');
        if (c.shift) {
          const off = now.filter((m, i) => m.dx !== before[i].dx || m.dy !== before[i].dy);
          assert.deepEqual(off.map((m) => m.label), [], 'each marker keeps its offset from its words');
        }
        // Where a fresh placement puts them: a resize event re-places every marker.
        await p.evaluate(() => window.dispatchEvent(new Event('resize')));
        await p.waitForTimeout(400);
        const fresh = await settled(p);
        const stale = now.filter((m, i) => m.x !== fresh[i].x || m.y !== fresh[i].y);
        assert.deepEqual(stale.map((m) => `${m.label}: ${m.x},${m.y} -> ${fresh[now.indexOf(m)].x},${fresh[now.indexOf(m)].y}`), [], 'the markers had followed the reflow on their own');
        assert.deepEqual(await p.evaluate(() => window.pageProbe.unchanged()), [], 'the page text nodes are untouched');
      } finally {
        release();
        await p.close();
      }
    });
  }
});
