#!/usr/bin/env node
// Measures load→ready on the seed page in Chromium, plain and behind the strict CSP:
// ten loads each in one tab, medians printed. `node tests/e2e/measure.mjs` after `make build`.
// load→ready = the content script's data-spotcheck-ms stamp minus the navigation entry's
// loadEventEnd (both on the page's performance clock); negative means ready before load.
import { launchChromium, extensionDir, startServer, waitForState, loadToReady } from './harness.mjs';
const server = await startServer();
const b = await launchChromium(await extensionDir('chrome'));
for (const path of ['/seed.html', '/csp/seed.html']) {
  const page = await b.context.newPage();
  const xs = [];
  for (let i = 0; i < 10; i++) { await page.goto(server.url(path)); const h = await waitForState(page); xs.push({ ...(await loadToReady(page)), state: h.state, engine: h.engine }); }
  const med = (k) => xs.map(x => x[k]).sort((a, b) => a - b)[5];
  console.log(path, xs[0].state, xs[0].engine, 'load→ready median', med('loadToReady').toFixed(0), 'nav→ready median', med('readyAt'), 'loadEventEnd median', med('loadEventEnd').toFixed(0), 'all', xs.map(x => Math.round(x.loadToReady)).join(','));
  await page.close();
}
await b.close(); await server.close();
