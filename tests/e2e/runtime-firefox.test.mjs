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

/** Waits until the page's hooks pass `check` (polled); returns them. */
async function until(page, check, timeout = 30000) {
  const end = Date.now() + timeout;
  for (;;) {
    const got = await page.evaluate(() => {
      const html = document.documentElement;
      const host = document.querySelector('[data-spotcheck-host]');
      const badges = host?.shadowRoot ? [...host.shadowRoot.querySelectorAll('[data-spotcheck-badge]')] : [];
      return {
        state: html.getAttribute('data-spotcheck'),
        count: Number(html.getAttribute('data-spotcheck-count')),
        runs: Number(html.getAttribute('data-spotcheck-runs')),
        labels: badges.map((b) => b.getAttribute('aria-label')),
        marked: Number(host?.getAttribute('data-marked') ?? 0),
        highlights: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
        revealed: !document.getElementById('af'),
      };
    });
    if (check(got) || got.state === 'error' || Date.now() > end) return got;
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

// A second reading draws over the first: its tints are diffed against the first's. In
// Firefox the page's Highlight objects reach the content script through Xray wrappers, which
// cannot iterate them (every re-run on a page once ended in `error`).
test('Firefox: anti-flicker: body hidden by a <style> removed after 1.5 s ends with markers, no error', async () => {
  server.script('flicker.js', "setTimeout(() => document.getElementById('af').remove(), 1500);");
  server.page('flicker', articlePage({ paragraphs: shortArticle(), head: '<style id="af">body{visibility:hidden!important}</style><script src="/js/flicker.js"></script>' }));
  const page = await browser.newPage();
  try {
    await page.goto(server.url('/gen/flicker'));
    const got = await until(page, (g) => g.revealed && g.state === 'ready' && g.runs >= 2 && g.count > 0);
    assert.equal(got.state, 'ready', JSON.stringify(got));
    assert.ok(got.runs >= 2 && got.count > 0 && got.highlights > 0, JSON.stringify(got));
  } finally {
    await page.close();
  }
});

test('Firefox: a live page adds an entry: read again, its findings come, the old markers stay', async () => {
  server.script('entry.js', `window.addEntry = () => { const p = document.createElement('p'); p.textContent = ${JSON.stringify('\u201cThe new depot will open in 2027 and house 60 electric buses,\u201d said fleet manager Omar Haddad.')}; document.querySelector('article').append(p); };`);
  server.page('entry', articlePage({ paragraphs: shortArticle(), head: '<script src="/js/entry.js"></script>' }));
  const page = await browser.newPage();
  try {
    await page.goto(server.url('/gen/entry'));
    const first = await until(page, (g) => g.state === 'ready');
    assert.ok(first.count > 0, JSON.stringify(first));
    await page.evaluate(() => window.addEntry());
    // The new entry's quote and figure reach the overlay (whether they earn a marker is the
    // sensitivity's budget); the first reading's markers are still drawn.
    const got = await until(page, (g) => g.runs >= 2 && g.marked > first.marked);
    assert.equal(got.state, 'ready', JSON.stringify(got));
    assert.ok(got.marked > first.marked && got.count >= first.count, JSON.stringify(got));
    assert.ok(got.labels.some((l) => /Lee Park/.test(l)), got.labels.join(' | '));
  } finally {
    await page.close();
  }
});

test('Firefox: SPA navigation replaces the article: fresh markers, none of the old article', async () => {
  const second = ['\u201cThe bridge will reopen in March,\u201d said highway commissioner Dana Whitfield.', 'Repairs cost $12 million, about 30% more than planned, the state said.'];
  server.script('spa.js', `window.navigateTo = (n) => { history.pushState({}, '', '/gen/spa-' + n); const a = document.createElement('article'); ${JSON.stringify(second)}.forEach((t) => { const p = document.createElement('p'); p.textContent = t; a.append(p); }); document.querySelector('article').replaceWith(a); };`);
  server.page('spa', articlePage({ paragraphs: shortArticle(), head: '<script src="/js/spa.js"></script>' }));
  const page = await browser.newPage();
  try {
    await page.goto(server.url('/gen/spa'));
    await until(page, (g) => g.state === 'ready');
    await page.evaluate(() => window.navigateTo(2));
    const got = await until(page, (g) => g.labels.some((l) => /Whitfield/.test(l)) && !g.labels.some((l) => /Lee Park/.test(l)));
    assert.equal(got.state, 'ready', JSON.stringify(got));
    assert.ok(got.labels.some((l) => /Whitfield/.test(l)) && !got.labels.some((l) => /Lee Park/.test(l)), got.labels.join(' | '));
  } finally {
    await page.close();
  }
});
