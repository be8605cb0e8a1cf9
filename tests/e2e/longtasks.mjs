#!/usr/bin/env node
// Long tasks while Spotcheck works, as the page sees them (PerformanceObserver
// 'longtask'): on the seed page and the three largest development news pages, loaded
// `RUNS` times each with the extension in DIR (default dist/chrome), tasks that end after
// the content script set data-spotcheck="loading" and start before "ready" (+1 s for
// drawing). `node tests/e2e/longtasks.mjs [DIR]` prints one line per page; comparing two
// builds (before/after) on one machine says what Spotcheck costs the page. Beside them:
// Spotcheck's own longest stretch without a yield (its data-spotcheck-timing, with the
// phase it was in) and the longest extension script of a long animation frame.
// VERBOSE=1 prints each load's timing line.
import { resolve } from 'node:path';
import { extensionDir, launchChromium, waitForState } from './harness.mjs';
import { newsPages, startServer } from './hostile.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
const dir = process.argv[2] ? resolve(process.argv[2]) : await extensionDir('chrome');
const server = await startServer();
const browser = await launchChromium(dir);
const pages = [['seed', '/seed.html'], ...newsPages().slice(0, 3).map((p) => [p.name, `/corpus/${p.name}`])];
for (const [name, path] of pages) {
  const worst = [];
  const own_ = [];
  const scripts = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.context.newPage();
    // The moment the content script starts: the first data-spotcheck attribute.
    await page.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.documentElement.hasAttribute('data-spotcheck')) {
          window.__scStart = performance.now();
          obs.disconnect();
        }
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-spotcheck'] });
    });
    await page.goto(server.url(path));
    await waitForState(page, ['ready', 'error']);
    await page.waitForTimeout(1000);
    const seen = await page.evaluate(() => {
      const ready = Number(document.documentElement.getAttribute('data-spotcheck-ms'));
      const during = (t) => t.start + t.duration >= window.__scStart && t.start <= ready + 1000;
      return {
        tasks: window.__lt.long.filter(during).map((t) => Math.round(t.duration)),
        // Long animation frames' scripts of the extension (where Chromium attributes them).
        ours: window.__lt.scripts.filter((s) => during(s) && /^chrome-extension:/.test(s.url)).map((s) => Math.round(s.duration)),
        timing: document.documentElement.getAttribute('data-spotcheck-timing') ?? '',
      };
    });
    worst.push(Math.max(0, ...seen.tasks));
    const own = /longest-task (\d+) in (\S+)/.exec(seen.timing);
    own_.push(own ? `${own[1]} (${own[2]})` : '?');
    scripts.push(Math.max(0, ...seen.ours));
    if (process.env.VERBOSE) console.log(`  ${name} run ${run}: ${seen.timing}; page tasks ${JSON.stringify(seen.tasks)}`);
    await page.close();
  }
  console.log(`${name}: longest task while Spotcheck works, per load: ${worst.join(', ')} ms; Spotcheck's own longest stretch: ${own_.join(', ')} ms; longest extension script in a long frame: ${scripts.join(', ')} ms`);
}
await browser.close();
await server.close();
