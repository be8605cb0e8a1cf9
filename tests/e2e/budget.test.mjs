// The default setting's promise, in Chromium with the built extension: "about one marker
// per 100 words" (options), and a kind mix, so a wire story of figure-bearing claims still
// shows its quotes. On the 36 site-template pages (tests/data/site-templates/pages: short
// wire and blog stories in real sites' markup, served without their gold marks) and the seed.
// Before the budget of ux7, short pages got 2-3 markers per 100 words, nearly all `#`, and a
// quote marker on 9 of the 32 pages with quotes. `node --test tests/e2e/budget.test.mjs`
// (after `make build`). "All" marking every finding is tests/e2e/ui.test.mjs's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SEED, chromiumSuite, waitForState } from './harness.mjs';
import { startServer } from './hostile.mjs';
import '../../extension/lib/markers.js';

const M = globalThis.SpotcheckMarkers;
const TEMPLATES = join(ROOT, 'tests', 'data', 'site-templates', 'pages');
const CLI = join(ROOT, 'target', 'release', 'spotcheck');

const suite = chromiumSuite(startServer);

/** [{ id, path, html }]: every site template as served (marks out), and the seed. */
function pages() {
  const out = readdirSync(TEMPLATES).filter((f) => f.endsWith('.html')).sort().map((f) => {
    const id = f.slice(0, -'.html'.length);
    return { id, path: `/gen/tpl-${id}`, html: readFileSync(join(TEMPLATES, f), 'utf8').replace(/[⟦⟧]/g, '') };
  });
  out.push({ id: 'seed', path: '/seed.html', html: readFileSync(SEED, 'utf8') });
  return out;
}

/** The kinds each page's report has a finding of that is worth a marker (ranked ≥ the default's floor). */
function kindsWorthAMarker(list) {
  const input = list.map((p) => JSON.stringify({ id: p.id, html: p.html })).join('\n') + '\n';
  const reports = execFileSync(CLI, ['analyze', '--jsonl'], { input, maxBuffer: 256 << 20 }).toString().split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  return reports.map((r) => new Set(r.findings.filter((f) => M.rankOf(f) >= M.BUDGET.default.floor).map((f) => f.kind)));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

test('site templates and the seed at default: about one marker per 100 words, and a kind mix', { timeout: 600000 }, async (t) => {
  const list = pages();
  const worth = kindsWorthAMarker(list);
  const rows = [];
  for (const [i, p] of list.entries()) {
    if (p.path.startsWith('/gen/')) suite.server.page(p.path.slice('/gen/'.length), p.html);
    const page = await suite.browser.context.newPage();
    try {
      await page.goto(suite.server.url(p.path));
      const state = await waitForState(page, ['ready', 'off', 'error'], 30000);
      assert.equal(state.state, 'ready', `${p.id}: ${state.state}`);
      const words = await page.evaluate(() => Number(document.querySelector('spotcheck-overlay')?.getAttribute('data-words') ?? 0));
      const markers = await page.evaluate(() => [...document.querySelector('spotcheck-overlay')?.shadowRoot.querySelectorAll('[data-spotcheck-badge]') ?? []]
        .map((b) => ({ kind: b.dataset.kind, kinds: b.dataset.kinds.split(' ') })));
      rows.push({ id: p.id, words, markers, worth: worth[i] });
      t.diagnostic(`${p.id}: ${markers.length} markers for ${words} words (${((100 * markers.length) / Math.max(1, words)).toFixed(2)} per 100); main kinds ${markers.map((m) => m.kind).join(' ')}`);
    } finally {
      await page.close();
    }
  }
  assert.equal(rows.length, list.length);
  assert.ok(rows.length >= 30, `pages: ${rows.length}`);
  const per100 = rows.map((r) => (100 * r.markers.length) / r.words);
  t.diagnostic(`markers per 100 words: median ${median(per100).toFixed(2)}, max ${Math.max(...per100).toFixed(2)}`);
  for (const r of rows) {
    // The budget: 1.2 per 100 words, rounded, and 2 on any page that has them.
    assert.ok(r.words >= 100, `${r.id}: ${r.words} words`);
    assert.ok(r.markers.length >= Math.min(2, r.worth.size), `${r.id}: ${r.markers.length} markers`);
    assert.ok(r.markers.length <= Math.max(2, Math.round((r.words * 1.2) / 100)), `${r.id}: ${r.markers.length} markers for ${r.words} words`);
  }
  assert.ok(median(per100) <= 1.3, `median ${median(per100).toFixed(2)} markers per 100 words`);
  // The kind mix: every kind the core found worth a marker is under one, and a quote has a
  // marker of its own (the quote glyph) on every page with a quote worth marking.
  const missing = [];
  for (const r of rows) {
    const shown = new Set(r.markers.flatMap((m) => m.kinds));
    for (const kind of r.worth) if (!shown.has(kind)) missing.push(`${r.id}: no ${kind}`);
    if (r.worth.has('quote') && !r.markers.some((m) => m.kind === 'quote')) missing.push(`${r.id}: no quote marker`);
  }
  assert.deepEqual(missing, []);
});
