// One reading in both places: every development page (shared/corpus/readability/*/source.html)
// is loaded in headless Chromium from 127.0.0.1, snapshotted by the extension's own
// content/snapshot.js (computed `hidden` flags and all), and the snapshot is read by the
// wasm module's analyzeSnapshot, as the background does. Its article text must be the
// text the CLI's `spotcheck analyze source.html` reads from the same HTML.
//
// Page scripts are switched off: the CLI reads the HTML as served, and a page script
// rewriting the DOM between the two readings would measure the page, not the readers.
// Requests off the machine are aborted (images, fonts, remote scripts and styles), so the
// computed style comes from the page's own inline and <style> rules.
//
// Needs `make build` (pkg/ and target/release/spotcheck). With SPOTCHECK_PARITY_SNAPSHOTS=DIR
// set, every snapshot is also written to DIR/NAME.json, for reading them elsewhere.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, ROOT, SHARED } from './harness.mjs';
import { sitePages } from './sitepages.mjs';

const CORPUS = join(SHARED, 'corpus', 'readability');
const CLI = join(ROOT, 'target', 'release', 'spotcheck');
const PAGES = existsSync(CORPUS) ? readdirSync(CORPUS).filter((d) => existsSync(join(CORPUS, d, 'source.html'))).sort() : [];

// Pages in real sites' markup (tests/page_sites.rs) and pages whose frame a style hides while
// they load (anti-flicker snippets, AMP's boilerplate), served by name: the live reader must
// read each as the CLI reads its HTML.
const PARAGRAPHS = [
  'The city council voted 7-2 on Tuesday to raise the transit budget by 12% to $48 million, the largest increase in a decade.',
  '\u201cBuses will come every five minutes at the busiest hours of the day,\u201d said transit director Lee Park.',
  'About 40% of residents ride a bus at least once a week, according to a survey by the city\u2019s planning office.',
  'Ridership fell by 3.5 million trips in 2023, the agency said in its annual report.',
];
const framed = (head, htmlAttrs = '', bodyAttrs = '') => `<!doctype html><html${htmlAttrs}><head><meta charset="utf-8"><title>Transit budget rises</title>${head}</head><body${bodyAttrs}><nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article><h1>Transit budget rises</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></main><footer>All rights reserved.</footer></body></html>`;
const FIXTURES = new Map([
  ...sitePages().map(({ id, html }) => [id, html]),
  ['hidden-body-visibility', framed('<style>body{visibility:hidden!important}</style>')],
  ['hidden-html-visibility', framed('<style>html{visibility:hidden}</style>')],
  ['hidden-body-display', framed('<style>body{display:none!important}</style>')],
  ['hidden-body-opacity', framed('<style>.async-hide{opacity:0!important}</style>', ' class="async-hide"')],
  ['hidden-body-amp-boilerplate', framed('<style amp-boilerplate>body{animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>')],
  ['hidden-body-inline', framed('', '', ' style="visibility:hidden"')],
]);

let server;
let origin;
let browser;
let spotcheck;
let cliTexts;

before(async () => {
  assert.ok(PAGES.length > 0, `the development pages are missing from ${CORPUS}`);
  assert.ok(existsSync(CLI) && existsSync(join(ROOT, 'pkg', 'spotcheck.js')), 'pkg/ and the CLI are built (make build)');
  server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname.slice(1));
    if (FIXTURES.has(name)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(FIXTURES.get(name));
      return;
    }
    const file = join(CORPUS, name, 'source.html');
    if (!PAGES.includes(name) || !existsSync(file)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${server.address().port}`;

  spotcheck = await import(pathToFileURL(join(ROOT, 'pkg', 'spotcheck.js')).href);
  await spotcheck.default({ module_or_path: readFileSync(join(ROOT, 'pkg', 'spotcheck_bg.wasm')) });

  // One CLI run for all pages: one JSON report a line, in argument order.
  const out = execFileSync(CLI, ['analyze', ...PAGES.map((p) => join(CORPUS, p, 'source.html'))], { maxBuffer: 256 << 20 });
  const reports = out.toString('utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  assert.equal(reports.length, PAGES.length);
  cliTexts = new Map(PAGES.map((p, i) => [p, reports[i].text]));
  const fixtures = [...FIXTURES].map(([id, html]) => JSON.stringify({ id, html })).join('\n') + '\n';
  for (const line of execFileSync(CLI, ['analyze', '--jsonl'], { input: fixtures, maxBuffer: 64 << 20 }).toString('utf8').split('\n').filter((l) => l.trim())) {
    const report = JSON.parse(line);
    cliTexts.set(report.id, report.text);
  }

  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
});

after(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok()));
});

const SNAPSHOT_JS = readFileSync(join(ROOT, 'extension', 'content', 'snapshot.js'), 'utf8');

/** The snapshot.js snapshot of one page as Chromium renders it. */
async function snapshotOf(page) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  try {
    await context.route(/^https?:/, (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
    const tab = await context.newPage();
    await tab.goto(`${origin}/${encodeURIComponent(page)}`, { waitUntil: 'load', timeout: 30000 });
    // The content script's own code, run in the page's world as the extension runs it.
    return await tab.evaluate(`(() => { ${SNAPSHOT_JS}\n return JSON.stringify(globalThis.SpotcheckSnapshot.snapshot(document).tree); })()`);
  } finally {
    await context.close();
  }
}

/** A one-line account of where two texts first part. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return `at ${i}: CLI ${JSON.stringify(a.slice(Math.max(0, i - 40), i + 80))} / browser ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 80))}`;
}

test('the browser snapshot reads every development page as the CLI reads its HTML', { timeout: 900000 }, async () => {
  const differing = [];
  for (const page of PAGES) {
    const snapshot = await snapshotOf(page);
    if (process.env.SPOTCHECK_PARITY_SNAPSHOTS) writeFileSync(join(process.env.SPOTCHECK_PARITY_SNAPSHOTS, `${page}.json`), snapshot);
    const { report } = spotcheck.analyzeSnapshot(snapshot);
    const cli = cliTexts.get(page);
    if (report.text !== cli) differing.push(`${page}: ${firstDifference(cli, report.text)}`);
  }
  const agree = PAGES.length - differing.length;
  console.log(`parity: ${agree} of ${PAGES.length} pages read the same in the browser and the CLI`);
  for (const d of differing) console.log(`  ${d}`);
  assert.deepEqual(differing, [], `${differing.length} pages read otherwise in the browser`);
});

test('pages in real sites\' markup and pages hidden while they load read as the CLI reads them', { timeout: 300000 }, async () => {
  const differing = [];
  for (const name of FIXTURES.keys()) {
    const { report } = spotcheck.analyzeSnapshot(await snapshotOf(name));
    const cli = cliTexts.get(name);
    assert.ok(cli && cli.length > 100, `the CLI reads an article from ${name}`);
    if (report.text !== cli) differing.push(`${name}: ${firstDifference(cli, report.text)}`);
  }
  console.log(`parity: ${FIXTURES.size - differing.length} of ${FIXTURES.size} fixture pages read the same in the browser and the CLI`);
  for (const d of differing) console.log(`  ${d}`);
  assert.deepEqual(differing, []);
});
