#!/usr/bin/env node
// Browser parity of what the reader sees: every development page (or PAGES=a,b,…) loaded
// with the built extension (DIR, default dist/chrome) in Chromium, page scripts running,
// outside requests aborted. Per page: the final state, the markers drawn, and the markers
// the CLI's report of the same HTML earns at the default sensitivity (lib/markers.js on
// `spotcheck analyze source.html`). Prints every page that is not ready, or where the CLI
// has badge-worthy findings and the browser draws none, then a summary line (counts that
// differ listed as page drawn/CLI) and any Spotcheck console message.
//
//   node tests/e2e/readiness.mjs [DIR]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, waitForState, ROOT, SHARED } from './harness.mjs';
import { startServer } from './hostile.mjs';
import '../../extension/lib/markers.js';
const M = globalThis.SpotcheckMarkers;
const CORPUS = join(SHARED, 'corpus', 'readability');
const PAGES = (process.env.PAGES ? process.env.PAGES.split(',') : readdirSync(CORPUS).filter((d) => existsSync(join(CORPUS, d, 'source.html')))).sort();
const out = execFileSync(join(ROOT, 'target/release/spotcheck'), ['analyze', ...PAGES.map((p) => join(CORPUS, p, 'source.html'))], { maxBuffer: 256 << 20 });
const reports = out.toString().split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const server = await startServer();
const browser = await launchChromium(process.argv[2] ?? join(ROOT, 'dist', 'chrome'));
const errors = [];
const rows = [];
for (const [i, p] of PAGES.entries()) {
  const r = reports[i];
  const worthy = M.select(M.group(r.findings, r.text), { sensitivity: 'default', words: M.wordCount(r.text) }).length;
  const page = await browser.context.newPage();
  page.on('console', (m) => { if (/Spotcheck/.test(m.text())) errors.push(`${p}: ${m.text()}`); });
  let state = { state: 'timeout' };
  try { await page.goto(server.url(`/corpus/${p}`), { timeout: 30000 }); state = await waitForState(page, ['ready', 'error', 'off'], 20000); } catch (e) { state = { state: String(e.message).slice(0, 60) }; }
  await page.waitForTimeout(200);
  const count = await page.evaluate(() => Number(document.documentElement.getAttribute('data-spotcheck-count'))).catch(() => -1);
  rows.push({ p, state: state.state, count, worthy, findings: r.findings.length });
  if (state.state !== 'ready' || (worthy > 0 && count === 0)) console.log(`MISMATCH ${p}: ${state.state} count ${count}, CLI worthy ${worthy} of ${r.findings.length} findings`);
  await page.close();
}
console.log(`pages ${rows.length}; ready ${rows.filter((r) => r.state === 'ready').length}; with markers ${rows.filter((r) => r.count > 0).length}; CLI worthy>0 but none drawn ${rows.filter((r) => r.worthy > 0 && r.count === 0).length}; count != worthy ${rows.filter((r) => r.count !== r.worthy).map((r) => `${r.p} ${r.count}/${r.worthy}`).join(', ')}`);
console.log('errors', errors.length, errors.slice(0, 10).join('\n'));
await browser.close(); await server.close();
