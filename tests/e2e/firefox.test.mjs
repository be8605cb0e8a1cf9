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
      claims: badges.flatMap((b) => (b.dataset.kinds ?? '').split(' ')).filter((k) => k === 'claim').length,
      quoteMarkers: badges.filter((b) => b.dataset.kind === 'quote').length,
      words: Number(host?.getAttribute('data-words')),
      reported: Number(host?.getAttribute('data-reported')),
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
      // The report holds the seed's gold quotes and figures (that "all" marks every finding
      // of it is checked in Chromium, whose options page a test can reach), and the default
      // shows about one marker per 100 words with a kind mix: a quote marker, and quotes,
      // figures and claims under the markers.
      assert.ok(got.reported >= MIN_QUOTES + MIN_FIGURES, `findings in the report: ${got.reported}`);
      assert.ok(got.words > 300, `article words: ${got.words}`);
      assert.ok(got.badges >= 2 && got.badges <= Math.max(2, Math.round((got.words * 1.2) / 100)), `${got.badges} markers for ${got.words} words`);
      assert.ok(got.quoteMarkers >= 1, `quote markers: ${got.quoteMarkers}`);
      assert.ok(got.quotes >= 1 && got.figures >= 1 && got.claims >= 1, `quotes ${got.quotes}, figures ${got.figures}, claims ${got.claims} under markers`);
      assert.deepEqual(got.unchanged, [], 'the page text nodes are untouched');
      assert.deepEqual(outside, []);
      t.diagnostic(`${path}: load→ready ${got.loadToReady.toFixed(0)} ms in Firefox (engine ${got.engine})`);
    } finally {
      await page.close();
    }
  });
}
