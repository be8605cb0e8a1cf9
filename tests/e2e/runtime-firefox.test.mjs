// The runtime in Firefox ESR (over WebDriver BiDi), where it differs from Chromium: the
// background is an event page, not a service worker, and the content script reaches the
// page's custom element registry through Xray wrappers. The analysis runs there too, so a
// strict CSP with report-uri sees nothing, and a page that defined "spotcheck-overlay"
// never has its constructor run.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { FIREFOX, extensionDir, isLocal } from './harness.mjs';
import { articlePage, shortArticle, startServer } from './hostile.mjs';

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

async function settled(path) {
  const page = await browser.newPage();
  const outside = [];
  page.on('request', (request) => {
    if (!isLocal(request.url())) outside.push(request.url());
  });
  await page.goto(server.url(path));
  await page.waitForFunction(
    () => ['ready', 'off', 'error'].includes(document.documentElement.getAttribute('data-spotcheck')),
    { timeout: 30000, polling: 50 },
  );
  const got = await page.evaluate(() => {
    const html = document.documentElement;
    const host = document.querySelector('[data-spotcheck-host]');
    return {
      state: html.getAttribute('data-spotcheck'),
      engine: html.getAttribute('data-spotcheck-engine'),
      count: Number(html.getAttribute('data-spotcheck-count')),
      badges: host?.shadowRoot ? host.shadowRoot.querySelectorAll('[data-spotcheck-badge]').length : 0,
      violations: window.violations ?? [],
      constructed: window.constructed ?? 0,
      unchanged: window.pageProbe.unchanged(),
    };
  });
  return { page, got, outside };
}

test('Firefox: a strict CSP with report-uri sees no violation; the analysis runs in the event page', async () => {
  server.script('violations.js', "window.violations = []; document.addEventListener('securitypolicyviolation', (e) => { if (!/inline/.test(e.violatedDirective + e.blockedURI)) window.violations.push(e.violatedDirective + ' ' + e.blockedURI); });");
  server.page('csp', articlePage({ paragraphs: shortArticle(), head: '<script src="/js/violations.js"></script>' }));
  const { page, got, outside } = await settled('/csp/gen/csp');
  try {
    assert.equal(got.state, 'ready');
    assert.equal(got.engine, 'worker');
    assert.ok(got.count > 0 && got.count === got.badges, JSON.stringify(got));
    assert.deepEqual(got.violations, []);
    await new Promise((ok) => setTimeout(ok, 1000));
    assert.deepEqual(server.reports.filter((r) => !/inline/.test(r.body)), []);
    assert.deepEqual(got.unchanged, []);
    assert.deepEqual(outside, []);
  } finally {
    await page.close();
  }
});

test('Firefox: a page that defined "spotcheck-overlay" first: its code never runs, Spotcheck still draws', async () => {
  server.script('define.js', `window.constructed = 0;
    customElements.define('spotcheck-overlay', class extends HTMLElement {
      constructor() { super(); window.constructed += 1; this.attachShadow({ mode: 'closed' }); }
    });`);
  server.page('define', articlePage({ paragraphs: shortArticle(), head: '<script src="/js/define.js"></script>' }));
  const { page, got } = await settled('/gen/define');
  try {
    assert.equal(got.state, 'ready');
    assert.ok(got.badges > 0 && got.badges === got.count, JSON.stringify(got));
    assert.equal(got.constructed, 0);
  } finally {
    await page.close();
  }
});
