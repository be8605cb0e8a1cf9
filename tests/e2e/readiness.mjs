#!/usr/bin/env node
// Browser parity of what the reader sees: every development page (or PAGES=a,b,…, or the
// pages of a JSONL file of {id, html} lines given as SET=FILE) loaded with the built
// extension in Chromium (BROWSER=firefox: Firefox ESR over WebDriver BiDi), page scripts
// running, outside requests aborted. Per page: the final state, the markers drawn, and the
// markers the CLI's report of the same HTML earns at the default sensitivity
// (lib/markers.js on `spotcheck analyze`). Prints every page that is not ready, or where
// the CLI has badge-worthy findings and the browser draws none, or whose count differs
// (drawn/CLI), then a summary line and any Spotcheck console message.
//
//   node tests/e2e/readiness.mjs [DIR]
//   BROWSER=firefox SAMPLE=20 node tests/e2e/readiness.mjs
//   SET=/tmp/pages.jsonl node tests/e2e/readiness.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIREFOX, launchChromium, ROOT, SHARED } from './harness.mjs';
import { startServer } from './hostile.mjs';
import '../../extension/lib/markers.js';
const M = globalThis.SpotcheckMarkers;
const FF = process.env.BROWSER === 'firefox';
const CORPUS = join(SHARED, 'corpus', 'readability');

/** [{ id, html?, path }]: a JSONL set served at /gen/ID, or corpus pages at /corpus/ID. */
function pages() {
  if (process.env.SET) {
    return readFileSync(process.env.SET, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)).map(({ id, html }) => ({ id, html, path: `/gen/${id}` }));
  }
  let names = process.env.PAGES ? process.env.PAGES.split(',') : readdirSync(CORPUS).filter((d) => existsSync(join(CORPUS, d, 'source.html'))).sort();
  // SAMPLE=N: every k-th page, so a sample spans the corpus's whole range of sites.
  const n = Number(process.env.SAMPLE ?? 0);
  if (n > 0 && n < names.length) names = names.filter((_, i) => i % Math.ceil(names.length / n) === 0);
  return names.map((id) => ({ id, html: readFileSync(join(CORPUS, id, 'source.html'), 'utf8'), path: `/corpus/${id}` }));
}

const PAGES = pages();
const input = PAGES.map(({ id, html }) => JSON.stringify({ id, html })).join('\n') + '\n';
const out = execFileSync(join(ROOT, 'target/release/spotcheck'), ['analyze', '--jsonl'], { input, maxBuffer: 256 << 20 });
const reports = out.toString().split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const server = await startServer();
for (const p of PAGES) if (p.path.startsWith('/gen/')) server.page(p.id, p.html);

/** { newPage(), close() } over Playwright's Chromium or Puppeteer's Firefox. */
async function launch() {
  if (!FF) {
    const b = await launchChromium(process.argv[2] ?? join(ROOT, 'dist', 'chrome'));
    return { newPage: () => b.context.newPage(), close: () => b.close() };
  }
  const puppeteer = (await import('puppeteer-core')).default;
  // Outside requests go to a proxy that refuses them (127.0.0.1 itself is never proxied):
  // fails them at once, where request interception over BiDi can stall a page's load.
  const dead = { 'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': 9, 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': 9, 'network.proxy.share_proxy_settings': true, 'network.proxy.failover_direct': false, 'network.proxy.allow_hijacking_localhost': false };
  const b = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, protocol: 'webDriverBiDi', headless: true, extraPrefsFirefox: dead });
  await b.installExtension(process.argv[2] ?? join(ROOT, 'dist', 'firefox'));
  return {
    newPage: () => b.newPage(),
    close: () => b.close(),
  };
}

const state = (page) => page.evaluate(() => ({ state: document.documentElement.getAttribute('data-spotcheck'), count: Number(document.documentElement.getAttribute('data-spotcheck-count')) }));
async function settle(page, ms) {
  const end = Date.now() + ms;
  for (;;) {
    const s = await state(page).catch(() => ({ state: null, count: -1 }));
    if (['ready', 'error', 'off'].includes(s.state) || Date.now() > end) return s;
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

const browser = await launch();
const errors = [];
const rows = [];
for (const [i, p] of PAGES.entries()) {
  const r = reports[i];
  const worthy = M.select(M.group(r.findings, r.text), { sensitivity: 'default', words: M.wordCount(r.text) }).length;
  const page = await browser.newPage();
  page.on('console', (m) => { if (/Spotcheck/.test(m.text())) errors.push(`${p.id}: ${m.text()}`); });
  let got = { state: 'timeout', count: -1 };
  try {
    // A page script that navigates away mid-load (tmz-1 in Firefox) fails the navigation
    // command, not the page: read whatever the tab then holds.
    await page.goto(server.url(p.path), { timeout: 30000, waitUntil: 'domcontentloaded' }).catch((e) => console.log(`  ${p.id}: goto: ${String(e.message).split('\n')[0].slice(0, 120)}`));
    got = await settle(page, 40000);
    // LATE_MS=N: pages that change after their first reading (reveal, late content) get N ms more.
    await new Promise((ok) => setTimeout(ok, Number(process.env.LATE_MS ?? 200)));
    got = await state(page);
  } catch (e) { got = { state: String(e.message).slice(0, 300), count: -1 }; }
  rows.push({ p: p.id, state: got.state, count: got.count, worthy, findings: r.findings.length });
  if (got.state !== 'ready' || (worthy > 0 && got.count === 0) || got.count !== worthy) console.log(`${got.state !== 'ready' || got.count === 0 ? 'MISMATCH' : 'differs'} ${p.id}: ${got.state} count ${got.count}, CLI worthy ${worthy} of ${r.findings.length} findings`);
  await page.close();
}
console.log(`${FF ? 'firefox' : 'chromium'}: pages ${rows.length}; ready ${rows.filter((r) => r.state === 'ready').length}; with markers ${rows.filter((r) => r.count > 0).length}; CLI worthy>0 but none drawn ${rows.filter((r) => r.worthy > 0 && r.count === 0).length}; count == worthy ${rows.filter((r) => r.count === r.worthy).length}; differ: ${rows.filter((r) => r.count !== r.worthy).map((r) => `${r.p} ${r.count}/${r.worthy}`).join(', ')}`);
console.log('errors', errors.length, errors.slice(0, 10).join('\n'));
await browser.close(); await server.close();
