#!/usr/bin/env node
// Prints the built manifest for one browser: `node scripts/manifest.mjs chrome|firefox`.
//
// The top-level manifest.json is the one source. It carries its comments as keys that
// start with "//" (JSON has no comments); they are dropped here at every depth, so the
// output is plain valid JSON. The browser differences live in `forBrowser` and nowhere else.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const BROWSERS = ['chrome', 'firefox'];

/** A deep copy of `value` without the "//" comment keys. */
export function stripComments(value) {
  if (Array.isArray(value)) return value.map(stripComments);
  if (value && typeof value === 'object') {
    const out = {};
    for (const [key, v] of Object.entries(value)) {
      if (!key.startsWith('//')) out[key] = stripComments(v);
    }
    return out;
  }
  return value;
}

/** The manifest for `browser`, from the parsed source manifest. */
export function forBrowser(source, browser) {
  if (!BROWSERS.includes(browser)) throw new Error(`unknown browser "${browser}" (expected ${BROWSERS.join(' or ')})`);
  const manifest = stripComments(source);
  if (browser === 'chrome') {
    // Chromium rejects nothing here but warns about the Gecko section; it is Firefox's.
    delete manifest.browser_specific_settings;
  } else {
    // Firefox MV3 runs background scripts in an event page, not a service worker.
    const { service_worker, type } = manifest.background ?? {};
    manifest.background = { scripts: [service_worker], ...(type ? { type } : {}) };
  }
  return manifest;
}

function main(argv) {
  const browser = argv[2];
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  try {
    const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
    process.stdout.write(JSON.stringify(forBrowser(source, browser), null, 2) + '\n');
    return 0;
  } catch (e) {
    process.stderr.write(`manifest: ${e.message}\n`);
    return 2;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exit(main(process.argv));
