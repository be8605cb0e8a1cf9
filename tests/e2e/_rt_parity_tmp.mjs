// Parity of the extension's own reader (content/walk.js, stream) with the CLI on every dev page; JS on or off.
import http from 'node:http';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
const ROOT = '/work/wt-runtime', CORPUS = '/work/shared/corpus/readability';
const PAGES = readdirSync(CORPUS).filter((d) => existsSync(join(CORPUS, d, 'source.html'))).sort();
const server = http.createServer((req, res) => { const name = decodeURIComponent(new URL(req.url, 'http://x').pathname.slice(1)); const f = join(CORPUS, name, 'source.html'); if (!existsSync(f)) { res.writeHead(404); return res.end(); } res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(readFileSync(f)); });
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const sc = await import(pathToFileURL(join(ROOT, 'pkg', 'spotcheck.js')).href);
await sc.default({ module_or_path: readFileSync(join(ROOT, 'pkg', 'spotcheck_bg.wasm')) });
const out = execFileSync(join(ROOT, 'target/release/spotcheck'), ['analyze', ...PAGES.map((p) => join(CORPUS, p, 'source.html'))], { maxBuffer: 256 << 20 });
const reports = out.toString().split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const cli = new Map(PAGES.map((p, i) => [p, reports[i]]));
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const WALK = readFileSync(join(ROOT, process.env.WALK ?? 'extension/content/walk.js'), 'utf8');
const js = process.env.JS === '1';
let agree = 0; const diffs = [];
for (const p of PAGES) {
  const ctx = await browser.newContext({ javaScriptEnabled: js, viewport: { width: 1280, height: 900 } });
  await ctx.route(/^https?:/, (r) => (r.request().url().startsWith(origin) ? r.continue() : r.abort()));
  const tab = await ctx.newPage();
  await tab.goto(`${origin}/${encodeURIComponent(p)}`, { waitUntil: 'load', timeout: 30000 }).catch(() => {});
  if (js) await tab.waitForTimeout(300);
  let snap;
  try { snap = await tab.evaluate(`(async () => { ${WALK}\n const parts = []; await globalThis.SpotcheckWalk.stream(document, { send: (d) => parts.push(d) }); return parts.join(''); })()`); } catch (e) { diffs.push(`${p}: walk failed: ${String(e.message).slice(0, 80)}`); await ctx.close(); continue; }
  await ctx.close();
  const { report } = sc.analyzeSnapshot(snap);
  const c = cli.get(p).text;
  if (report.text === c) agree++;
  else { let i = 0; while (i < c.length && c[i] === report.text[i]) i++; diffs.push(`${p}: at ${i} of ${c.length}/${report.text.length}: CLI ${JSON.stringify(c.slice(Math.max(0, i - 30), i + 60))} / browser ${JSON.stringify(report.text.slice(Math.max(0, i - 30), i + 60))}`); }
}
console.log(`walk.js parity (JS ${js ? 'on' : 'off'}): ${agree}/${PAGES.length}`);
for (const d of diffs) console.log(' ', d);
await browser.close(); server.close();
