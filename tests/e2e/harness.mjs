// Shared pieces of the end-to-end tests: the built extension, a static server on
// 127.0.0.1 for the test pages, and browsers with the extension loaded.
//
// Pages: /seed.html is the seed article (shared/samples/chicago-ice.html), /pages/NAME any
// file of tests/e2e/pages/. Prefixing a path with /csp/ serves it behind the header
// `Content-Security-Policy: script-src 'self'` (which, in Chromium, keeps WebAssembly out
// of content scripts). Every HTML page gets the probe script (pages/probe.js) injected
// first in <head>, served from the page's origin so the CSP allows it, and a one-line
// inline script, which the CSP blocks.
import http from 'node:http';
import { after, before } from 'node:test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '..', '..');
export const SHARED = resolve(process.env.SPOTCHECK_SHARED ?? join(ROOT, '..', 'shared'));
export const SEED = join(SHARED, 'samples', 'chicago-ice.html');
export const STRICT_CSP = "script-src 'self'";
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

/** dist/<browser>, built by `make build`; built here (tests/e2e/build-dist.mjs) if missing. */
export async function extensionDir(browser) {
  const dir = join(ROOT, 'dist', browser);
  if (!existsSync(join(dir, 'manifest.json')) || !existsSync(join(dir, 'pkg', 'spotcheck.js'))) {
    const { buildDist } = await import('./build-dist.mjs');
    buildDist([browser]);
  }
  return dir;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };

/** A static server on an ephemeral 127.0.0.1 port: { origin, url(path), requests, close() }. */
export async function startServer() {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    let path = new URL(req.url, 'http://127.0.0.1').pathname;
    const headers = { 'cache-control': 'no-store' };
    if (path.startsWith('/csp/')) {
      headers['content-security-policy'] = STRICT_CSP;
      path = path.slice('/csp'.length);
    }
    let file = null;
    if (path === '/seed.html') file = SEED;
    else if (path === '/probe.js') file = join(HERE, 'pages', 'probe.js');
    else if (path.startsWith('/pages/') && !path.includes('..')) file = join(HERE, 'pages', path.slice('/pages/'.length));
    else if (/^\/corpus\/[\w-]+\.html$/.test(path)) file = join(SHARED, 'corpus', 'readability', path.slice('/corpus/'.length, -'.html'.length), 'source.html');
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const ext = file.slice(file.lastIndexOf('.'));
    let body = readFileSync(file);
    if (ext === '.html') {
      // The probe first, then an inline script of the page's own (which a strict CSP blocks:
      // how the tests see that the header took effect).
      body = body.toString('utf8').replace(/<head>/i, '<head>\n  <script src="/probe.js"></script>\n  <script>window.pageInline = { ran: true };</script>');
    }
    res.writeHead(200, { ...headers, 'content-type': TYPES[ext] ?? 'application/octet-stream' });
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    requests,
    url: (path) => origin + path,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

/** Whether a request URL stays on this machine or inside the extension. */
export function isLocal(url) {
  try {
    const u = new URL(url);
    if (['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:'].includes(u.protocol)) return true;
    return u.hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/**
 * Chromium with the extension: { context, extensionId, worker, outside, close() }.
 * `outside` collects every request for a host other than 127.0.0.1 (any page or worker,
 * including the extension's); such requests are also aborted so nothing leaves the machine.
 */
export async function launchChromium(extDir) {
  const { chromium } = await import('playwright-core');
  const userDataDir = mkdtempSync(join(tmpdir(), 'spotcheck-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-sandbox',
    ],
  });
  const outside = [];
  context.on('request', (request) => {
    if (!isLocal(request.url())) outside.push(request.url());
  });
  await context.route(/^https?:/, (route) => {
    if (isLocal(route.request().url())) return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    outside,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One Chromium with the built Chrome extension and one page server for a test file:
 * registers the file's `before` hook that starts both (the server from `start`, this
 * module's `startServer` or hostile.mjs's) and the `after` hook that closes them. Returns
 * `{ server, browser }`, filled in once the `before` hook has run.
 */
export function chromiumSuite(start = startServer) {
  const suite = { server: null, browser: null };
  before(async () => {
    suite.server = await start();
    suite.browser = await launchChromium(await extensionDir('chrome'));
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

/** Waits until <html data-spotcheck> is one of `states`; returns the hooks. */
export async function waitForState(page, states = ['ready', 'off', 'error'], timeout = 20000) {
  await page.waitForFunction(
    (wanted) => wanted.includes(document.documentElement.getAttribute('data-spotcheck')),
    states,
    { timeout, polling: 20 },
  );
  return hooks(page);
}

/** The test hooks and what the overlay holds, read from the page's own world. */
export function hooks(page) {
  return page.evaluate(() => {
    const html = document.documentElement;
    const host = document.querySelector('spotcheck-overlay');
    const badges = host?.shadowRoot ? [...host.shadowRoot.querySelectorAll('[data-spotcheck-badge]')] : [];
    const kinds = { quote: 0, figure: 0, claim: 0 };
    for (const b of badges) kinds[b.dataset.kind] = (kinds[b.dataset.kind] ?? 0) + 1;
    // Findings by kind over all markers (a marker covers every finding of its sentence).
    const findings = { quote: 0, figure: 0, claim: 0 };
    for (const b of badges) for (const k of (b.dataset.kinds ?? '').split(' ').filter(Boolean)) findings[k] = (findings[k] ?? 0) + 1;
    return {
      state: html.getAttribute('data-spotcheck'),
      count: html.getAttribute('data-spotcheck-count'),
      engine: html.getAttribute('data-spotcheck-engine'),
      ms: html.getAttribute('data-spotcheck-ms'),
      hosts: document.querySelectorAll('spotcheck-overlay').length,
      badges: badges.length,
      kinds,
      findings,
      labels: badges.map((b) => b.getAttribute('aria-label')),
    };
  });
}

/** Rects of every badge and of the page furniture named by `selectors`. */
export function layout(page, selectors) {
  return page.evaluate((sels) => {
    const box = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height });
    const host = document.querySelector('spotcheck-overlay');
    const badges = host ? [...host.shadowRoot.querySelectorAll('[data-spotcheck-badge]')].map((b) => ({ kind: b.dataset.kind, label: b.getAttribute('aria-label'), hidden: b.hidden, ...box(b.getBoundingClientRect()) })) : [];
    const furniture = {};
    for (const sel of sels) furniture[sel] = [...document.querySelectorAll(sel)].map((e) => box(e.getBoundingClientRect()));
    return { badges, furniture };
  }, selectors);
}

export const intersects = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Milliseconds from the page's load event to ready, from the content script's own stamp. */
export function loadToReady(page) {
  return page.evaluate(() => {
    const ms = Number(document.documentElement.getAttribute('data-spotcheck-ms'));
    const [nav] = performance.getEntriesByType('navigation');
    return { readyAt: ms, loadEventEnd: nav?.loadEventEnd ?? null, domContentLoaded: nav?.domContentLoadedEventEnd ?? null, loadToReady: nav ? ms - nav.loadEventEnd : null };
  });
}
