#!/usr/bin/env node
// docs/screenshot.png and docs/screenshot-dark.png: the seed page in Chromium with
// Spotcheck's markers and the popover of a quote open, in the light and the dark colour
// scheme. `node tests/e2e/screenshot.mjs [OUT.png]` (builds dist/chrome first if it is
// missing; the dark one is written beside OUT as OUT-dark.png).
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { ROOT, extensionDir, launchChromium, startServer, waitForState } from './harness.mjs';

export async function screenshot(out = join(ROOT, 'docs', 'screenshot.png')) {
  const server = await startServer();
  const browser = await launchChromium(await extensionDir('chrome'));
  const written = [];
  try {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1280, height: 1480 });
      await page.goto(server.url('/seed.html'));
      const hooks = await waitForState(page);
      if (hooks.state !== 'ready') throw new Error(`the extension ended in state ${hooks.state}`);
      // The article's first quote in running text: its popover opens over the photo.
      const badge = page.locator('spotcheck-overlay [data-spotcheck-badge][data-kind="quote"]').nth(1);
      await badge.click();
      await page.waitForSelector('spotcheck-overlay [role="dialog"]:not([hidden])');
      const path = scheme === 'light' ? out : out.replace(/\.png$/, '-dark.png');
      await page.screenshot({ path });
      written.push(path);
      await page.close();
    }
    return written;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  console.log((await screenshot(process.argv[2] ? resolve(process.argv[2]) : undefined)).join('\n'));
}
