#!/usr/bin/env node
// What the default budget marks on the site-template pages and the seed (lib/markers.js on
// `spotcheck analyze`): per page, words, markers, markers per 100 words, the markers' main
// kinds, and whether a quote is marked when the core found quotes. SET=news: the long
// development news pages the e2e budget test reads (shared/corpus/readability).
//
//   node scripts/budget-survey.mjs BIN [SENSITIVITY]
//   SET=news node scripts/budget-survey.mjs BIN
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import '../extension/lib/markers.js';

const M = globalThis.SpotcheckMarkers;
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const [bin, level = 'default'] = process.argv.slice(2);
const SHARED = process.env.SPOTCHECK_SHARED ?? join(ROOT, '..', 'shared');
// The pages of tests/e2e/ui.test.mjs's budget test.
const NEWS = ['nytimes-1', 'nytimes-2', 'nytimes-3', 'wapo-1', 'guardian-1', 'schema-org-context-object', 'quanta-1',
  'keep-images', 'webmd-1', 'buzzfeed-1', 'ars-1', 'herald-sun-1', 'salon-1', 'engadget', 'tmz-1', 'wikia', 'citylab-1'];
const news = process.env.SET === 'news';
const dir = news ? join(SHARED, 'corpus', 'readability') : join(ROOT, 'tests/data/site-templates/pages');
const ids = news ? NEWS : readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -'.html'.length)).sort();
// A site template's page as served: pages/NAME.html without its gold marks (⟦…⟧).
const pages = ids.map((id) => ({ id, html: news ? readFileSync(join(dir, id, 'source.html'), 'utf8') : readFileSync(join(dir, `${id}.html`), 'utf8').replace(/[⟦⟧]/g, '') }));
if (process.env.SET !== 'news') pages.push({ id: 'seed', html: readFileSync(join(SHARED, 'samples', 'chicago-ice.html'), 'utf8') });
const input = pages.map((p) => JSON.stringify(p)).join('\n') + '\n';
const out = execFileSync(bin, ['analyze', '--jsonl'], { input, maxBuffer: 256 << 20 }).toString();
const reports = out.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const rows = [];
for (const [i, p] of pages.entries()) {
  const r = reports[i];
  const words = M.wordCount(r.text);
  const groups = M.group(r.findings, r.text);
  const chosen = M.select(groups, { sensitivity: level, words });
  const kinds = chosen.map((g) => M.mainKind(g.members.map((m) => r.findings[m].kind)));
  const count = (k) => kinds.filter((x) => x === k).length;
  const quotes = r.findings.filter((f) => f.kind === 'quote').length;
  const per100 = words ? (100 * chosen.length) / words : 0;
  rows.push({ id: p.id, words, markers: chosen.length, per100, quotes, quoteMarked: count('quote') > 0 });
  console.log(`${p.id.padEnd(16)} words ${String(words).padStart(5)} markers ${String(chosen.length).padStart(2)} per100 ${per100.toFixed(2)}  q/f/c ${count('quote')}/${count('figure')}/${count('claim')}  quotes found ${quotes}`);
}
const short = rows.filter((r) => r.words < 400);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : 0; };
const withQuotes = rows.filter((r) => r.quotes > 0);
console.log(`pages ${rows.length}; per100 median ${median(rows.map((r) => r.per100)).toFixed(2)}, max ${Math.max(...rows.map((r) => r.per100)).toFixed(2)}; under 400 words: ${short.length} pages, median ${median(short.map((r) => r.per100)).toFixed(2)}; above 1.5 per 100: ${rows.filter((r) => r.per100 > 1.5).length}`);
console.log(`pages with quotes found ${withQuotes.length}; of them with a quote marker ${withQuotes.filter((r) => r.quoteMarked).length}`);
