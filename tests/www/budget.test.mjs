// The default budget on real pages: the 36 site-template pages (short wire and blog
// stories, 125–265 words) and the seed, through the CLI's report (`spotcheck analyze`) and
// extension/lib/markers.js, as the overlay picks markers. Short pages once got 2–3 markers
// per 100 words, nearly all `#`, and 9 of the 32 pages with quotes had a quote marker.
// `node --test tests/www/budget.test.mjs` (SPOTCHECK_BIN: the CLI, else target/release's).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import '../../extension/lib/markers.js';

const M = globalThis.SpotcheckMarkers;
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = process.env.SPOTCHECK_BIN ?? join(ROOT, 'target', 'release', 'spotcheck');
const TEMPLATES = join(ROOT, 'tests', 'data', 'site-templates', 'pages');
const SEED = join(process.env.SPOTCHECK_SHARED ?? join(ROOT, '..', 'shared'), 'samples', 'chicago-ice.html');

/** [{ id, words, findings, chosen }] at the default sensitivity. */
function survey() {
  // pages/NAME.html with its gold marks (⟦…⟧) taken out: the page as served.
  const pages = readdirSync(TEMPLATES).filter((f) => f.endsWith('.html')).sort()
    .map((f) => ({ id: f.slice(0, -'.html'.length), html: readFileSync(join(TEMPLATES, f), 'utf8').replace(/[⟦⟧]/g, '') }));
  if (existsSync(SEED)) pages.push({ id: 'seed', html: readFileSync(SEED, 'utf8') });
  const input = pages.map((p) => JSON.stringify(p)).join('\n') + '\n';
  const reports = execFileSync(BIN, ['analyze', '--jsonl'], { input, maxBuffer: 256 << 20 }).toString().split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  return pages.map((p, i) => {
    const { findings, text } = reports[i];
    const words = M.wordCount(text);
    return { id: p.id, words, findings, chosen: M.select(M.group(findings, text), { sensitivity: 'default', words }) };
  });
}

test('site templates and the seed: about one marker per 100 words, and quotes among them', { skip: !existsSync(BIN) && `no CLI at ${BIN}` }, () => {
  const rows = survey();
  assert.ok(rows.length >= 30, `pages: ${rows.length}`);
  for (const r of rows) {
    // 1.2 per 100 words, rounded, or the floor of two.
    const most = Math.max(2, Math.round((r.words * 1.2) / 100));
    assert.ok(r.chosen.length <= most, `${r.id}: ${r.chosen.length} markers for ${r.words} words`);
  }
  const quoted = rows.filter((r) => r.findings.some((f) => f.kind === 'quote' && M.rankOf(f) >= M.BUDGET.default.floor));
  const marked = quoted.filter((r) => r.chosen.some((g) => g.members.some((m) => r.findings[m].kind === 'quote')));
  assert.ok(marked.length >= 0.9 * quoted.length, `a quote marked on ${marked.length} of ${quoted.length} pages with quotes: missing ${quoted.filter((r) => !marked.includes(r)).map((r) => r.id).join(', ')}`);
});
