#!/usr/bin/env node
// Marker placement on pages in real sites' markup, under the conditions that crowd text:
// tight line height (1.0), justified text, a right-to-left page and a 200% zoom (half the
// CSS width at device scale 2). Per page and condition: the markers drawn, those left
// unplaced, and every marker whose box overlaps a text rectangle of the page (which must
// never happen). Pages: the JSONL set SET=FILE ({id, html} lines; IDS=a,b picks some), or
// the development pages PAGES=a,b. Chromium with the built extension (DIR, default dist/chrome).
//
//   SET=/tmp/pages.jsonl IDS=r4-bbc,r4-nyt node tests/e2e/placement.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, waitForState, ROOT } from './harness.mjs';
import { startServer } from './hostile.mjs';

const server = await startServer();
let paths = [];
if (process.env.SET) {
  const want = process.env.IDS?.split(',');
  for (const line of readFileSync(process.env.SET, 'utf8').split('\n').filter((l) => l.trim())) {
    const { id, html } = JSON.parse(line);
    if (want && !want.includes(id)) continue;
    server.page(id, html);
    // The same page written right to left from the start (dir on <html>).
    server.page(`${id}-rtl`, /<html/i.test(html) ? html.replace(/<html/i, '<html dir="rtl"') : `<html dir="rtl">${html}`);
    paths.push([id, `/gen/${id}`]);
  }
}
if (process.env.PAGES) paths.push(...process.env.PAGES.split(',').map((p) => [p, `/corpus/${p}`]));

const STYLE = (css) => (page) => page.evaluate((text) => { const s = document.createElement('style'); s.textContent = text; document.head.append(s); }, css);
const CONDITIONS = {
  plain: null,
  'line-height 1.0': STYLE('body, body * { line-height: 1 !important; }'),
  justified: STYLE('body, body * { text-align: justify !important; }'),
  'rtl (served)': 'rtl',
  'rtl (switched)': (page) => page.evaluate(() => { document.documentElement.dir = 'rtl'; }),
  'zoom 200%': 'zoom',
};

/** Markers and the page's text rectangles, in viewport coordinates. */
const geometry = (page) => page.evaluate(() => {
  const box = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  const host = document.querySelector('[data-spotcheck-host]');
  const markers = host ? [...host.shadowRoot.querySelectorAll('[data-spotcheck-badge]')].map((b) => ({ ...box(b.getBoundingClientRect()), hidden: b.hidden, label: b.getAttribute('aria-label') })) : [];
  const text = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/\S/.test(node.data) || node.parentElement?.closest('script, style, noscript, template')) continue;
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) text.push({ ...box(r), text: node.data.slice(0, 30) });
  }
  return { markers, text };
});
const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Until the markers' rectangles read the same twice, 300 ms apart (at most 8 s). */
async function settled(page) {
  const rects = () => page.evaluate(() => JSON.stringify([...document.querySelector('[data-spotcheck-host]')?.shadowRoot.querySelectorAll('[data-spotcheck-badge]') ?? []].map((b) => { const r = b.getBoundingClientRect(); return [r.left, r.top, b.hidden]; })));
  let last = await rects();
  for (let waited = 0; waited < 8000; waited += 300) {
    await page.waitForTimeout(300);
    const now = await rects();
    if (now === last) return;
    last = now;
  }
}

const browser = await launchChromium(process.argv[2] ?? join(ROOT, 'dist', 'chrome'));
let bad = 0;
for (const [id, path] of paths) {
  for (const [name, apply] of Object.entries(CONDITIONS)) {
    const page = await browser.context.newPage();
    try {
      if (apply === 'zoom') {
        const cdp = await browser.context.newCDPSession(page);
        await cdp.send('Emulation.setDeviceMetricsOverride', { width: 640, height: 450, deviceScaleFactor: 2, mobile: false });
      }
      await page.goto(server.url(apply === 'rtl' && path.startsWith('/gen/') ? `${path}-rtl` : path));
      const state = await waitForState(page, ['ready', 'error', 'off'], 30000);
      if (typeof apply === 'function') await apply(page);
      await page.waitForTimeout(300);
      await settled(page);
      const { markers, text } = await geometry(page);
      const hits = [];
      for (const m of markers) for (const r of text) if (!m.hidden && overlaps(m, r)) hits.push(`"${m.label.slice(0, 30)}" over "${r.text}"`);
      const unplaced = markers.filter((m) => m.hidden).length;
      if (hits.length) bad += 1;
      console.log(`${hits.length ? 'COVERS' : 'ok    '} ${id.padEnd(20)} ${name.padEnd(16)} ${state.state} markers ${markers.length} unplaced ${unplaced} covering ${hits.length}${hits.length ? `: ${hits.slice(0, 3).join('; ')}` : ''}`);
    } finally {
      await page.close();
    }
  }
}
console.log(`${paths.length} pages × ${Object.keys(CONDITIONS).length} conditions: ${bad} with a marker over text`);
await browser.close();
await server.close();
