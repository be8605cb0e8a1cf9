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

test('the seed page gets a badge per badged finding, and a badge opens its popover', async () => {
  const { page, problems } = await open();
  const frame = page.frameLocator('#page-frame');
  const badges = frame.locator('.spotcheck-badge');
  const listed = page.locator('#page-findings button');
  const count = await badges.count();
  assert.ok(count > 0, 'badges are drawn on the page');
  assert.equal(await listed.count(), count, 'the list beside the page has one entry per badge');
  assert.ok(await frame.locator('.spotcheck-badge.quote').count() > 0, 'the seed article has quoted speech');

  // The furniture around the article (site navigation, the rail of other stories) stays unmarked.
  assert.equal(await frame.locator('header .spotcheck-badge, aside .spotcheck-badge, footer .spotcheck-badge').count(), 0);

  const quote = frame.locator('.spotcheck-badge.quote').first();
  await quote.click();
  const popover = page.locator('#popover');
  await popover.waitFor({ state: 'visible' });
  const shown = await popover.textContent();
  assert.match(shown, /^×Quote q\d+/);
  assert.match(shown, /Speaker/);
  await page.keyboard.press('Escape');
  await popover.waitFor({ state: 'hidden' });
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
  assert.match(await page.textContent('#text-findings'), /quote/);
  await entries.first().click();
  await page.locator('#popover').waitFor({ state: 'visible' });
  assert.deepEqual(problems, []);
  await page.close();
});
