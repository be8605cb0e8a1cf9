#!/usr/bin/env node
// Builds dist/chrome and dist/firefox for local end-to-end runs, the way `make build`
// does: extension/ copied, pkg/ copied into dist/X/pkg/, and the browser's manifest from
// scripts/manifest.mjs. When pkg/ is missing it is built first (cargo for
// wasm32-unknown-unknown, then wasm-bindgen --target web). `make test` builds through the
// Makefile instead; the tests call this only when dist/ is missing.
//
//   node tests/e2e/build-dist.mjs [chrome|firefox ...]     (default: both)
//   SPOTCHECK_PKG=DIR   take the wasm package from DIR instead of pkg/
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { forBrowser } from '../../scripts/manifest.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function buildPkg(pkgDir) {
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  run('cargo', ['build', '--profile', 'wasm', '--target', 'wasm32-unknown-unknown', '--lib']);
  run('wasm-bindgen', ['--target', 'web', '--out-dir', pkgDir, join(ROOT, 'target/wasm32-unknown-unknown/wasm/spotcheck.wasm')]);
}

/** Builds dist/<browser> for each browser; returns their directories. */
export function buildDist(browsers = ['chrome', 'firefox']) {
  const pkgDir = process.env.SPOTCHECK_PKG ? resolve(process.env.SPOTCHECK_PKG) : join(ROOT, 'pkg');
  if (!existsSync(join(pkgDir, 'spotcheck.js'))) buildPkg(pkgDir);
  const source = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  return browsers.map((browser) => {
    const out = join(ROOT, 'dist', browser);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    cpSync(join(ROOT, 'extension'), out, { recursive: true });
    cpSync(pkgDir, join(out, 'pkg'), { recursive: true, filter: (src) => !src.endsWith('.gitignore') });
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(forBrowser(source, browser), null, 2) + '\n');
    return out;
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const browsers = process.argv.slice(2);
  for (const dir of buildDist(browsers.length ? browsers : undefined)) console.log(dir);
}
