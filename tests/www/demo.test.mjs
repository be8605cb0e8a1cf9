// The demo site as `make build` delivers it (dist/www), served the way `make run` serves
// it and driven in headless Chromium: the seed page gets its badges and popovers, pasted
// text gets its findings, and nothing is fetched from anywhere but the demo's own origin.
//
//   node --test tests/www/      (after `make build`; CHROMIUM=path overrides /usr/bin/chromium)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SITE = join(ROOT, 'dist', 'www');

let server;
let origin;
let browser;

before(async () => {
  assert.ok(existsSync(join(SITE, 'pkg', 'spotcheck_bg.wasm')), 'dist/www is built (make build)');
  server = spawn('python3', [join(ROOT, 'scripts', 'serve.py'), SITE, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  origin = await new Promise((done, fail) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+/);
      if (m) done(m[0]);
    });
    server.on('exit', (code) => fail(new Error(`the demo server exited with ${code}`)));
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    // As root Chromium needs --no-sandbox; the rest keeps it off the (closed) network.
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

/** A page of the demo, with its errors and every request that leaves its origin. */
async function open() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(`${origin}/`)) problems.push(`request outside the demo: ${r.url()}`);
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => /findings/.test(document.getElementById('page-status')?.textContent ?? ''));
  return { page, problems };
}

test('the seed page is drawn by the extension\'s overlay: one marker per sentence, each opening its popover', async () => {
  const { page, problems } = await open();
  const frame = page.frameLocator('#page-frame');
  await page.waitForFunction(() => Number(document.body.dataset.pageMarkers) > 0);
  const markers = frame.locator('spotcheck-overlay [data-spotcheck-badge]');
  const listed = page.locator('#page-findings button');
  const count = await markers.count();
  assert.ok(count > 0, 'markers are drawn on the page');
  assert.equal(await frame.locator('spotcheck-overlay').count(), 1, 'one overlay host, the extension\'s');
  assert.equal(await listed.count(), count, 'the list beside the page has one entry per marker');
  const kinds = (await markers.evaluateAll((bs) => bs.map((b) => b.dataset.kinds))).join(' ').split(' ');
  // The default budget: about one marker per 100 words of the 354-word seed (4), its best
  // sentences, which hold quotes (all 9 quotes are under a marker at "all", below).
  assert.ok(count <= 5 && kinds.filter((k) => k === 'quote').length >= 4, `the seed's best quotes are marked: ${kinds.join(' ')}`);

  // The furniture around the article (site navigation, the rail of other stories) stays unmarked.
  const clear = await page.frames()[1].evaluate(() => {
    const host = document.querySelector('spotcheck-overlay');
    const boxes = [...host.shadowRoot.querySelectorAll('[data-spotcheck-badge]')].map((b) => b.getBoundingClientRect());
    const furniture = [...document.querySelectorAll('header, aside, footer')].map((e) => e.getBoundingClientRect());
    return boxes.every((b) => furniture.every((f) => b.right <= f.left || f.right <= b.left || b.bottom <= f.top || f.bottom <= b.top));
  });
  assert.ok(clear, 'no marker over the furniture');

  await frame.locator('spotcheck-overlay [data-spotcheck-badge][data-kind="quote"]').first().click();
  const popover = frame.locator('spotcheck-overlay [role="dialog"]');
  await popover.waitFor({ state: 'visible' });
  const shown = await popover.textContent();
  assert.match(shown, /Said by/);
  assert.doesNotMatch(shown, /\b[qfc]\d+\b|Score|Check-worthiness|\d\.\d\d\b/, 'no internal ids or raw scores');
  await page.keyboard.press('Escape');
  await popover.waitFor({ state: 'hidden' });

  // The list opens a marker's popover too, and the sensitivity redraws live.
  await listed.nth(1).click();
  await popover.waitFor({ state: 'visible' });
  await page.selectOption('#sensitivity', 'all');
  // More than at default: the seed has 12 sentences with findings, the default marks 4.
  await page.waitForFunction((n) => Number(document.body.dataset.pageMarkers) > n, count);
  const all = Number(await page.evaluate(() => document.body.dataset.pageMarkers));
  const allKinds = (await markers.evaluateAll((bs) => bs.map((b) => b.dataset.kinds))).join(' ').split(' ');
  assert.ok(allKinds.filter((k) => k === 'quote').length >= 9, `at "all" the seed's quotes are marked: ${allKinds.join(' ')}`);
  await page.selectOption('#sensitivity', 'fewer');
  await page.waitForFunction((n) => Number(document.body.dataset.pageMarkers) <= n, count);
  const fewer = Number(await page.evaluate(() => document.body.dataset.pageMarkers));
  assert.ok(fewer <= count && count <= all && fewer < all, `fewer ${fewer} ≤ default ${count} ≤ all ${all}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('pasted text is analyzed, listed, and inserted only as text', async () => {
  const { page, problems } = await open();
  const text = 'Officials said <b>not markup</b> that about 1,200 people \u{1F600} attended, up 40% from 2023.\n\nThe mayor said "we will keep the park open."';
  await page.fill('#text-input', text);
  await page.click('#text-form button[type=submit]');
  await page.waitForFunction((t) => document.getElementById('text-view').textContent === t, text);
  assert.equal(await page.locator('#text-view b').count(), 0, 'markup in the text stays text');
  const entries = page.locator('#text-findings button');
  assert.ok(await entries.count() >= 2, 'the figures and the quote are listed');
  assert.match(await page.textContent('#text-findings'), /Quote/);
  await entries.first().click();
  await page.locator('spotcheck-overlay [role="dialog"]').waitFor({ state: 'visible' });
  assert.deepEqual(problems, []);
  await page.close();
});
