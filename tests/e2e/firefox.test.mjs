// Firefox ESR smoke test: the built dist/firefox loads (over WebDriver BiDi) and puts its
// badges on the seed page. Firefox lets content scripts compile WebAssembly under any page
// CSP, so the core runs in the content script there.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { FIREFOX, extensionDir, isLocal, startServer } from './harness.mjs';

const MIN_QUOTES = 9;
const MIN_FIGURES = 4;

let server;
let browser;

before(async () => {
  server = await startServer();
  const puppeteer = (await import('puppeteer-core')).default;
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, protocol: 'webDriverBiDi', headless: true });
  await browser.installExtension(await extensionDir('firefox'));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function hooksWhenSettled(page) {
  await page.waitForFunction(
    () => ['ready', 'off', 'error'].includes(document.documentElement.getAttribute('data-spotcheck')),
    { timeout: 30000, polling: 50 },
  );
  return page.evaluate(() => {
    const html = document.documentElement;
    const host = document.querySelector('spotcheck-overlay');
    const badges = host?.shadowRoot ? [...host.shadowRoot.querySelectorAll('[data-spotcheck-badge]')] : [];
    const [nav] = performance.getEntriesByType('navigation');
    return {
      state: html.getAttribute('data-spotcheck'),
      count: Number(html.getAttribute('data-spotcheck-count')),
      engine: html.getAttribute('data-spotcheck-engine'),
      // One marker per sentence: findings are counted through data-kinds.
      quotes: badges.flatMap((b) => (b.dataset.kinds ?? '').split(' ')).filter((k) => k === 'quote').length,
      figures: badges.flatMap((b) => (b.dataset.kinds ?? '').split(' ')).filter((k) => k === 'figure').length,
      badges: badges.length,
      placed: badges.filter((b) => !b.hidden && b.getBoundingClientRect().width > 0).length,
      loadToReady: Number(html.getAttribute('data-spotcheck-ms')) - (nav?.loadEventEnd ?? 0),
      unchanged: window.pageProbe.unchanged(),
    };
  });
}

for (const path of ['/seed.html', '/csp/seed.html']) {
  test(`Firefox shows badges on ${path}`, async (t) => {
    const page = await browser.newPage();
    const outside = [];
    page.on('request', (request) => {
      if (!isLocal(request.url())) outside.push(request.url());
    });
    try {
      await page.goto(server.url(path));
      const got = await hooksWhenSettled(page);
      assert.equal(got.state, 'ready', `data-spotcheck is ${got.state}`);
      assert.equal(got.count, got.badges);
      assert.equal(got.placed, got.badges, 'every badge is placed on the page');
      assert.ok(got.quotes >= MIN_QUOTES, `quote badges: ${got.quotes}`);
      assert.ok(got.figures >= MIN_FIGURES, `figure badges: ${got.figures}`);
      assert.deepEqual(got.unchanged, [], 'the page text nodes are untouched');
      assert.deepEqual(outside, []);
      t.diagnostic(`${path}: load→ready ${got.loadToReady.toFixed(0)} ms in Firefox (engine ${got.engine})`);
    } finally {
      await page.close();
    }
  });
}
