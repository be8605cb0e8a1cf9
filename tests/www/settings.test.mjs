// Unit tests of extension/lib/settings.js's pure functions: the one versioned settings
// object, its migration from the legacy keys, the effective settings of a site, and the
// storage.sync item quota. `node --test tests/www/settings.test.mjs`
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../extension/lib/settings.js';

const S = globalThis.SpotcheckSettings;

test('normalize fills defaults, drops unknown fields and bad values', () => {
  const s = S.normalize({ mode: 'bogus', kinds: { figure: false, extra: true }, sensitivity: 'many', engine: 'altavista', junk: 1, sites: { 'News.Example.': { on: false }, empty: {}, bad: { on: 'yes' } } });
  assert.deepEqual(s, {
    version: 1, mode: 'all', kinds: { quote: true, figure: false, claim: true }, sensitivity: 'default', engine: 'duckduckgo',
    sites: { 'news.example': { on: false } },
  });
  assert.deepEqual(S.normalize(undefined), S.normalize({}));
  assert.deepEqual(S.normalize(null).sites, {});
});

test('migrate reads the legacy keys once, and prefers the versioned object', () => {
  const legacy = { defaults: { enabled: false, kinds: { claim: false } }, 'site:a.example': true, 'site:b.example': false, other: 3 };
  const s = S.migrate(legacy);
  assert.equal(s.mode, 'chosen');
  assert.deepEqual(s.kinds, { quote: true, figure: true, claim: false });
  assert.deepEqual(s.sites, { 'a.example': { on: true }, 'b.example': { on: false } });
  assert.equal(S.migrate({ ...legacy, settings: { mode: 'articles' } }).mode, 'articles');
  assert.equal(S.migrate({}).mode, 'all');
});

test('effective: a site switch beats the mode; site kinds beat the default kinds', () => {
  let s = S.withDefaults(S.normalize({}), { mode: 'chosen', kinds: { figure: false } });
  assert.equal(S.effective(s, 'x.example').enabled, false, 'mode "chosen": a new site is off');
  s = S.withSite(s, 'X.example', { on: true, kinds: { claim: false } });
  const x = S.effective(s, 'x.example');
  assert.equal(x.enabled, true);
  assert.equal(x.siteChoice, true);
  assert.deepEqual(x.kinds, { quote: true, figure: false, claim: false });
  assert.deepEqual(x.siteKinds, { claim: false });
  s = S.withDefaults(s, { mode: 'articles' });
  assert.equal(S.effective(s, 'y.example').articlesOnly, true, 'a new site under "only articles"');
  assert.equal(S.effective(s, 'x.example').articlesOnly, false, 'a site switched on shows everywhere');
  assert.equal(S.effective(s, 'y.example').enabled, true);
});

test('withSite forgets a switch with on: null and removes an entry that says nothing', () => {
  let s = S.withSite(S.normalize({}), 'a.example', { on: false });
  assert.deepEqual(s.sites, { 'a.example': { on: false } });
  s = S.withSite(s, 'a.example', { on: null });
  assert.deepEqual(s.sites, {});
  s = S.withSite(s, 'a.example', { kinds: { quote: false } });
  s = S.withSite(s, 'a.example', { kinds: { figure: false } });
  assert.deepEqual(s.sites['a.example'], { kinds: { quote: false, figure: false } });
  s = S.withSite(s, 'a.example', { kinds: null });
  assert.deepEqual(s.sites, {});
  assert.deepEqual(S.withSite(s, '', { on: true }).sites, {}, 'no empty host');
});

test('withDefaults changes only what it is given and keeps values valid', () => {
  const s = S.withDefaults(S.normalize({}), { sensitivity: 'fewer', engine: 'google' });
  assert.equal(s.sensitivity, 'fewer');
  assert.equal(s.engine, 'google');
  assert.equal(s.mode, 'all');
  assert.equal(S.withDefaults(s, { sensitivity: /** @type {any} */ ('lots') }).sensitivity, 'default');
});

test('fit keeps the object within one storage.sync item, dropping the oldest sites first', () => {
  let s = S.normalize({});
  for (let i = 0; i < 600; i++) s = S.withSite(s, `site-${String(i).padStart(3, '0')}.example.com`, { on: i % 2 === 0, kinds: { claim: false } });
  assert.ok(S.size(s) > S.QUOTA_BYTES_PER_ITEM, 'the test makes too many sites for one item');
  const cut = S.fit(s);
  assert.ok(S.size(cut) <= S.QUOTA_BYTES_PER_ITEM, `fits: ${S.size(cut)} bytes`);
  const kept = Object.keys(cut.sites);
  assert.ok(kept.length > 50, `keeps many sites: ${kept.length}`);
  assert.ok(kept.includes('site-599.example.com') && !kept.includes('site-000.example.com'), 'the newest stay');
  assert.deepEqual(S.fit(S.normalize({})), S.normalize({}), 'a small object is unchanged');
  // A site changed again moves to the end and survives the next cut.
  const touched = S.withSite(s, 'site-000.example.com', { on: true });
  assert.ok(Object.keys(S.fit(touched).sites).includes('site-000.example.com'));
});

test('siteList and concerns', () => {
  const s = S.withSite(S.withSite(S.withSite(S.normalize({}), 'b.example', { on: false }), 'a.example', { on: true }), 'c.example', { kinds: { quote: false } });
  assert.deepEqual(S.siteList(s), [{ host: 'a.example', enabled: true }, { host: 'b.example', enabled: false }]);
  assert.equal(S.concerns({ settings: {} }, 'a.example'), true);
  assert.equal(S.concerns({ 'site:a.example': {} }, 'a.example'), true);
  assert.equal(S.concerns({ 'site:b.example': {} }, 'a.example'), false);
  assert.equal(S.concerns({ unrelated: {} }, 'a.example'), false);
});
