// The built manifests: valid JSON without the source's comments, and the browser
// differences that scripts/manifest.mjs is there to make.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

const built = (browser) => JSON.parse(execFileSync(process.execPath, [join(ROOT, 'scripts', 'manifest.mjs'), browser], { encoding: 'utf8' }));
const source = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));

function keysDeep(value, out = []) {
  if (Array.isArray(value)) value.forEach((v) => keysDeep(v, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) { out.push(k); keysDeep(v, out); }
  return out;
}

test('every comment in the source manifest names an entry that exists beside it', () => {
  for (const key of Object.keys(source).filter((k) => k.startsWith('//') && k !== '//')) {
    assert.ok(key.slice(2) in source, `${key} documents nothing`);
  }
});

for (const browser of ['chrome', 'firefox']) {
  test(`${browser}: the built manifest is plain MV3 JSON without comments`, () => {
    const manifest = built(browser);
    assert.equal(manifest.manifest_version, 3);
    assert.deepEqual(keysDeep(manifest).filter((k) => k.startsWith('//')), []);
    assert.match(manifest.content_security_policy.extension_pages, /'wasm-unsafe-eval'/);
    // Only the extension's own pages load the core: no page may fetch it to detect Spotcheck.
    const accessible = (manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources);
    assert.deepEqual(accessible.filter((file) => file.startsWith('pkg/')), []);
    assert.deepEqual(manifest.permissions, ['storage'], 'no permission beyond storage');
    assert.equal(manifest.host_permissions, undefined);
    // Every file the manifest names is in extension/ (pkg/ comes from the wasm build).
    const files = [
      ...manifest.content_scripts.flatMap((c) => [...c.js, ...(c.css ?? [])]),
      ...(manifest.background.scripts ?? [manifest.background.service_worker]),
      manifest.action.default_popup, manifest.options_ui.page, ...Object.values(manifest.icons),
    ];
    for (const file of files) assert.ok(existsSync(join(ROOT, 'extension', file)), `extension/${file} exists`);
  });
}

test('Chromium gets a service worker and no Gecko settings', () => {
  const manifest = built('chrome');
  assert.deepEqual(manifest.background, { service_worker: 'background.js', type: 'module' });
  assert.equal(manifest.browser_specific_settings, undefined);
});

test('Firefox gets background scripts and an add-on id', () => {
  const manifest = built('firefox');
  assert.deepEqual(manifest.background, { scripts: ['background.js'], type: 'module' });
  assert.match(manifest.browser_specific_settings.gecko.id, /@/);
});

test('an unknown browser is an error with status 2', () => {
  assert.throws(() => execFileSync(process.execPath, [join(ROOT, 'scripts', 'manifest.mjs'), 'safari'], { stdio: 'pipe' }), (e) => e.status === 2);
});

// Mozilla's linter on the built Firefox package (issue 13): no error, warning or notice.
test('web-ext lint finds nothing in dist/firefox', { skip: !existsSync(join(ROOT, 'dist', 'firefox', 'manifest.json')) && 'dist/firefox not built' }, () => {
  const bin = join(ROOT, 'node_modules', '.bin', 'web-ext');
  let out;
  try {
    out = execFileSync(bin, ['lint', '--source-dir', join(ROOT, 'dist', 'firefox'), '--output', 'json'], { encoding: 'utf8' });
  } catch (e) {
    out = e.stdout; // web-ext exits non-zero when it finds errors; the report says which
  }
  const report = JSON.parse(out);
  const found = [...report.errors, ...report.warnings, ...report.notices].map((m) => `${m.code}: ${m.message}`);
  assert.deepEqual(found, []);
});
