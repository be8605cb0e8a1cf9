// Unit tests of extension/lib/markers.js (one marker per sentence, ranks, the budget) and
// extension/lib/format.js (what a popover says). `node --test tests/www/markers.test.mjs`
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../extension/lib/markers.js';
import '../../extension/lib/format.js';

const M = globalThis.SpotcheckMarkers;
const F = globalThis.SpotcheckFormat;

/** A finding over the first occurrence of `span` in `text`. */
function at(text, span, kind, extra = {}) {
  const start = text.indexOf(span);
  assert.ok(start >= 0, `"${span}" is in the text`);
  return { kind, start, end: start + span.length, text: span, ...extra };
}

test('sentences: boundaries, abbreviations, decimals and closing quotes', () => {
  const text = 'Mr. Smith paid $4.5 million in 2019. “We won,” he said. Then U.S. officials left.\n\nA new block.';
  const around = (span) => { const s = text.indexOf(span); return text.slice(...M.sentenceAround(text, s, s + span.length)); };
  assert.equal(around('$4.5 million'), 'Mr. Smith paid $4.5 million in 2019.');
  assert.equal(around('We won,'), '“We won,” he said.');
  assert.equal(around('officials'), 'Then U.S. officials left.');
  assert.equal(around('new block'), 'A new block.');
});

test('group: findings of one sentence share a group; a claim spans its sentence', () => {
  const text = 'The mayor said “we cut 40% of the waste” in 2023, and the council agreed. Rain fell. “Nothing changed,” a critic said.';
  const claim = at(text, 'The mayor said “we cut 40% of the waste” in 2023, and the council agreed.', 'claim', { score: 0.8 });
  const quote = at(text, 'we cut 40% of the waste', 'quote', { speaker: 'the mayor' });
  const pct = at(text, '40%', 'figure', { category: 'percent', value: 40 });
  const year = at(text, '2023', 'figure', { category: 'year', value: 2023 });
  const other = at(text, 'Nothing changed,', 'quote', { speaker: null });
  const findings = [quote, claim, pct, year, other];
  const groups = M.group(findings, text);
  assert.equal(groups.length, 2);
  assert.deepEqual(groups[0].members.map((i) => findings[i].kind), ['claim', 'quote', 'figure', 'figure']);
  assert.deepEqual(groups[1].members, [4]);
  // Without the text, grouping still follows the claim.
  assert.equal(M.group(findings).length, 2);
  assert.equal(M.mainKind(['claim', 'figure', 'quote']), 'quote');
  assert.equal(M.mainKind(['claim', 'figure']), 'figure');
});

test('mainOf: a badge announces its best finding worth a marker, not an age or a duration beside it', () => {
  const f = (kind, priority, text) => ({ kind, priority, text, start: 0, end: 1 });
  // A claim that earned the marker, with an age or a year beside it: the claim.
  assert.equal(M.mainOf([f('figure', 0.18, '67'), f('claim', 0.91, 'Haines, 67, had stage 4 cancer.')]), 1);
  assert.equal(M.mainOf([f('claim', 0.85, 'The council voted.'), f('figure', 0.12, 'by 2035')]), 0);
  // Within the main kind, the best: the statistic over the duration, wherever it stands.
  const aviation = [f('claim', 0.95, 'Delays hit a record.'), f('figure', 0.58, 'more than 15 minutes'), f('figure', 0.69, '31.4%')];
  assert.equal(M.mainOf([aviation[0], aviation[2], aviation[1]]), 1);
  assert.equal(M.mainOf(aviation), 2);
  // A quote worth a marker stays the main kind over a stronger figure; equal ranks keep the earlier.
  assert.equal(M.mainOf([f('figure', 0.9, '40%'), f('quote', 0.6, 'we cut 40%')]), 1);
  assert.equal(M.mainOf([f('figure', 0.6, '$5'), f('figure', 0.6, '$65')]), 0);
  // Nothing worth a marker (the "all" setting): the first kind of all, as before.
  assert.equal(M.mainOf([f('claim', 0.2, 'It is so.'), f('figure', 0.1, 'third')]), 1);
  assert.equal(M.mainOf([]), -1);
});

test('group: a quote running over several sentences keeps their findings in one group', () => {
  const text = 'She said: “We hired 12 people. Then 30 more came.” It rained.';
  const quote = at(text, 'We hired 12 people. Then 30 more came.', 'quote', { speaker: 'She' });
  const a = at(text, '12 people', 'figure', { category: 'count', value: 12 });
  const b = at(text, '30 more', 'figure', { category: 'count', value: 30 });
  assert.equal(M.group([quote, a, b], text).length, 1);
});

test('group rank: only members worth a marker of their own add to the sentence\'s weight', () => {
  const text = 'In 1997 the studio spent $10 million on the films. In 2011 the discs came out.';
  const claim = at(text, 'In 1997 the studio spent $10 million on the films.', 'claim', { priority: 0.8 });
  const year = at(text, '1997', 'figure', { priority: 0.06 });
  const money = at(text, '$10 million', 'figure', { priority: 0.6 });
  const [one] = M.group([claim, year, money], text);
  assert.equal(one.rank.toFixed(2), '0.83', 'the money adds, the year does not');
  const claim2 = at(text, 'In 2011 the discs came out.', 'claim', { priority: 0.8 });
  const year2 = at(text, '2011', 'figure', { priority: 0.06 });
  const ordinal = at(text, 'the discs', 'figure', { priority: 0.1 });
  assert.equal(M.group([claim2, year2, ordinal], text)[0].rank, 0.8, 'a year and an ordinal add nothing');
});

test('rank: the report priority wins; else quotes and hedged counts above years and ordinals', () => {
  assert.equal(M.rankOf({ kind: 'figure', start: 0, end: 1, priority: 0.33, category: 'year' }), 0.33);
  const quote = M.rankOf({ kind: 'quote', start: 0, end: 1, speaker: 'Jo Lee', cue: 'said' });
  const hedged = M.rankOf({ kind: 'figure', start: 0, end: 1, category: 'count', value: 10, approx: 'at least', score: 0.6 });
  const year = M.rankOf({ kind: 'figure', start: 0, end: 1, category: 'year', value: 2003, score: 0.9 });
  const one = M.rankOf({ kind: 'figure', start: 0, end: 1, category: 'count', value: 1, score: 0.9 });
  const weakClaim = M.rankOf({ kind: 'claim', start: 0, end: 1, score: 0.2 });
  assert.ok(quote >= 0.5 && quote < M.HIGH, 'a full quote from a named person is the plain case');
  const q = (extra, lede) => M.rankOf({ kind: 'quote', start: 0, end: 1, speaker: 'Jo Lee', cue: 'said', ...extra }, lede);
  assert.ok(q({ partial: true }) > quote, 'words lifted out of a statement rank higher');
  assert.ok(q({ speaker: null }) > quote, 'an uncredited quote ranks higher');
  assert.ok(q({ cue: 'according to' }) > quote && q({ cue: 'reported' }) > quote, 'second-hand words rank higher');
  assert.ok(q({}, 'Mayor Jo Lee bans the raids\n\nThe mayor said…') >= M.HIGH, 'the protagonist\'s words are high');
  assert.equal(q({}, 'Mayor Ann Leeward speaks'), quote, 'a surname matches whole words only');
  assert.ok(q({ speaker: 'José Núñez' }, 'Núñez wins') >= M.HIGH, 'names outside ASCII match too');
  assert.equal(q({ speaker: 'Sen. X (D)' }, 'anything at all'), quote, 'no name left: no match');
  assert.ok(q({ partial: true, cue: 'according to' }) >= M.HIGH);
  assert.ok(hedged > year && hedged > one && year < 0.4 && one < 0.4);
  assert.ok(weakClaim < 0.4);
});

test('select: fewer ⊆ default ⊆ all, within the budget per 100 words', () => {
  const groups = Array.from({ length: 40 }, (_, i) => ({ start: i * 10, end: i * 10 + 9, members: [i], rank: (i % 10) / 10 }));
  const words = 1000;
  const all = M.select(groups, { sensitivity: 'all', words });
  const def = M.select(groups, { sensitivity: 'default', words });
  const fewer = M.select(groups, { sensitivity: 'fewer', words });
  assert.equal(all.length, 40);
  assert.ok(def.length <= 20, `default ≤ 2 per 100 words: ${def.length}`);
  assert.ok(def.length <= 10 || def.slice(10).every((g) => g.rank >= M.HIGH));
  assert.ok(fewer.length < def.length && fewer.length <= 10);
  for (const g of fewer) assert.ok(def.includes(g), 'fewer is a subset of default');
  assert.deepEqual(def.map((g) => g.start), [...def.map((g) => g.start)].sort((a, b) => a - b), 'in reading order');
  assert.equal(M.select(groups, { sensitivity: 'bogus', words }).length, def.length, 'an unknown level is the default');
  assert.ok(M.select(groups, { sensitivity: 'default', words: 0 }).length >= 1, 'a short text still gets its best');
  assert.equal(M.wordCount('It cost $4.5 million — twice 2019’s.'), 6);
});

/** A group at `start` of `rank`, holding `kinds` ({ kind: its best finding's rank }). */
const grp = (start, rank, kinds) => ({ start, end: start + 9, members: [start], rank, kinds });
/** The main kinds (quote, figure, claim first) of the groups `select` picks. */
const mains = (chosen) => chosen.map((g) => M.mainKind(Object.keys(g.kinds)));

test('budget: a short page keeps about one marker per 100 words, with a floor of its best one or two', () => {
  // A 250-word wire story whose every claim sentence holds a figure (ranked 0.8–0.9).
  const groups = Array.from({ length: 9 }, (_, i) => grp(i * 10, 0.92 - i * 0.01, { claim: 0.88 - i * 0.01, figure: 0.62 }));
  const def = M.select(groups, { sensitivity: 'default', words: 250 });
  assert.equal(def.length, 3, '250 words: 3 markers, not the 8 a 3.5-per-100 cap gave');
  assert.equal(M.select(groups, { sensitivity: 'fewer', words: 250 }).length, 2);
  // A 150-word brief: its two best (default) or its best (fewer), although 0.88 per 100
  // words would round to 1.
  const brief = M.select(groups, { sensitivity: 'default', words: 150 });
  assert.deepEqual(brief.map((g) => g.start), [0, 10], 'the two best');
  assert.deepEqual(M.select(groups, { sensitivity: 'fewer', words: 150 }).map((g) => g.start), [0]);
  assert.equal(M.select(groups, { sensitivity: 'default', words: 40 }).length, 2, 'a tiny page: still its best two');
  assert.equal(M.select([groups[0]], { sensitivity: 'default', words: 150 }).length, 1, 'never more than there are');
});

test('budget: a long page fills its target and the high-ranked go on a little, up to 1.2 per 100 words', () => {
  const high = Array.from({ length: 30 }, (_, i) => grp(i * 10, 0.85, { claim: 0.85 }));
  const low = Array.from({ length: 30 }, (_, i) => grp(1000 + i * 10, 0.5, { claim: 0.5 }));
  assert.equal(M.select([...high, ...low], { sensitivity: 'default', words: 2000 }).length, 24, 'all high-ranked: the cap');
  assert.equal(M.select(low, { sensitivity: 'default', words: 2000 }).length, 18, 'none high-ranked: the target');
  assert.equal(M.select(high, { sensitivity: 'fewer', words: 2000 }).length, 10, 'fewer: half as many, none ≥ its high');
  assert.equal(M.budgetCount([], M.BUDGET.default, 2000), 0, 'nothing to mark: nothing');
});

test('budget: every kind on the page gets its best finding marked before a kind gets a second', () => {
  // Figure-bearing claims outrank a plain named quote (0.6) and an unsourced claim (0.55).
  const groups = [
    grp(0, 0.93, { claim: 0.9, figure: 0.62 }), grp(10, 0.91, { claim: 0.88, figure: 0.64 }),
    grp(20, 0.6, { quote: 0.6 }), grp(30, 0.9, { figure: 0.9 }), grp(40, 0.59, { quote: 0.59, figure: 0.1 }),
    grp(50, 0.86, { claim: 0.83, figure: 0.64 }), grp(60, 0.3, { quote: 0.3 }),
  ];
  const def = M.select(groups, { sensitivity: 'default', words: 250 });
  assert.equal(def.length, 3, 'the same total as by rank alone');
  assert.deepEqual(def.map((g) => g.start), [0, 10, 20], 'the best quote takes the place of the third figure claim');
  assert.deepEqual(mains(def), ['figure', 'figure', 'quote']);
  // A quote below the floor is not on the page for the budget; nor is a year beside a quote.
  const noQuote = groups.filter((g) => g.start !== 20 && g.start !== 40);
  assert.ok(!mains(M.select(noQuote, { sensitivity: 'default', words: 250 })).includes('quote'));
  // A kind already marked by the best group takes no second seat: here claims and figures.
  assert.deepEqual(M.mixOrder(groups, 0.4).slice(0, 3).map((g) => g.start), [0, 20, 10]);
  // One kind only: by rank.
  const figures = Array.from({ length: 5 }, (_, i) => grp(i * 10, 0.9 - i * 0.1, { figure: 0.9 - i * 0.1 }));
  assert.deepEqual(M.select(figures, { sensitivity: 'default', words: 250 }).map((g) => g.start), [0, 10]);
  // A kind dominating a long page still leaves room for each other kind's best.
  const many = [...Array.from({ length: 40 }, (_, i) => grp(i * 10, 0.85, { figure: 0.85 })), grp(900, 0.45, { claim: 0.45 }), grp(910, 0.6, { quote: 0.6 })];
  const long = M.select(many, { sensitivity: 'default', words: 1500 });
  assert.equal(long.length, 18);
  assert.deepEqual(mains(long).filter((k) => k !== 'figure'), ['claim', 'quote']);
  // Fewer's floor (0.55) leaves the weak claim out, and fewer stays within default.
  const fewer = M.select(many, { sensitivity: 'fewer', words: 1500 });
  assert.deepEqual(mains(fewer).filter((k) => k !== 'figure'), ['quote']);
  for (const g of fewer) assert.ok(long.includes(g), 'fewer is a subset of default');
});

test('budget: a kind the reader switched off takes no seat, and the total stays', () => {
  // The overlay groups only the kinds switched on: without quotes the page is by rank.
  const on = [grp(0, 0.93, { claim: 0.9, figure: 0.62 }), grp(10, 0.91, { claim: 0.88 }), grp(20, 0.6, { quote: 0.6 }), grp(30, 0.9, { figure: 0.9 })];
  const off = on.filter((g) => !('quote' in g.kinds));
  assert.deepEqual(M.select(off, { sensitivity: 'default', words: 250 }).map((g) => g.start), [0, 10, 30]);
  assert.deepEqual(M.select(on, { sensitivity: 'default', words: 250 }).map((g) => g.start), [0, 10, 20]);
  // Quotes alone (figures and claims off): the best quotes.
  const quotes = [grp(0, 0.6, { quote: 0.6 }), grp(10, 0.95, { quote: 0.95 }), grp(20, 0.75, { quote: 0.75 })];
  assert.deepEqual(M.select(quotes, { sensitivity: 'default', words: 250 }).map((g) => g.start), [10, 20]);
  assert.deepEqual(M.select(quotes, { sensitivity: 'default', words: 400 }).map((g) => g.start), [0, 10, 20]);
  assert.deepEqual(M.select(quotes, { sensitivity: 'fewer', words: 250 }).map((g) => g.start), [10]);
});

test('budget: the seed (354 words) gets 4 markers by default, 2 with fewer, its quotes and its figure and claim among them', () => {
  // The seed's groups as the CLI reports them (rank; each kind's best member).
  const seed = [
    grp(0, 0.95, { quote: 0.95 }), grp(10, 0.63, { claim: 0.63 }), grp(20, 0.99, { claim: 0.76, quote: 0.91, figure: 0.61 }),
    grp(30, 0.85, { claim: 0.2, quote: 0.85 }), grp(40, 0.84, { claim: 0.81, figure: 0.61 }), grp(50, 0.98, { claim: 0.69, quote: 0.95 }),
    grp(60, 0.88, { claim: 0.62, quote: 0.84 }), grp(70, 0.82, { claim: 0.82 }), grp(80, 0.97, { claim: 0.83, quote: 0.91, figure: 0.63 }),
    grp(90, 0.8, { claim: 0.77, quote: 0.75 }), grp(100, 0.8, { quote: 0.8 }), grp(110, 0.23, { claim: 0.23 }),
  ];
  const def = M.select(seed, { sensitivity: 'default', words: 354 });
  assert.deepEqual(def.map((g) => g.start), [0, 20, 50, 80], 'the four best: every kind is in the best already');
  const fewer = M.select(seed, { sensitivity: 'fewer', words: 354 });
  assert.deepEqual(fewer.map((g) => g.start), [20, 50]);
  assert.ok(fewer.length < def.length && def.length < M.select(seed, { sensitivity: 'all', words: 354 }).length);
});

test('format: years, decades, vague amounts, money as written, no raw ids or scores', () => {
  assert.equal(F.figureValue({ kind: 'figure', text: 'since 2003', category: 'year', value: 2003 }), '2003');
  assert.equal(F.figureValue({ kind: 'figure', text: 'since the 1990s', category: 'year', value: 1990 }), 'the 1990s');
  assert.equal(F.figureValue({ kind: 'figure', text: "in the '80s", category: 'year', value: 1980 }), 'the 1980s');
  assert.match(F.figureValue({ kind: 'figure', text: 'thousands of immigrants', category: 'count', value: 1000, high: 10000, approx: 'thousands of' }), /^thousands \(/);
  assert.doesNotMatch(F.figureValue({ kind: 'figure', text: 'hundreds of arrests', category: 'count', value: 100 }), /100/);
  // A spelled number marked alone ("Two" of "Two more uncrewed flights") shows what it counts.
  assert.equal(F.figureValue({ kind: 'figure', text: 'Two', category: 'count', value: 2, unit: 'uncrewed flights' }), '2 uncrewed flights');
  assert.equal(F.figureValue({ kind: 'figure', text: 'six', category: 'count', value: 6 }), '6');
  assert.equal(F.figureValue({ kind: 'figure', text: '$1.2 billion', category: 'money', value: 1200000000, unit: 'Australian dollar' }), '$1.2 billion ($1,200,000,000)');
  assert.equal(F.figureValue({ kind: 'figure', text: '€300', category: 'money', value: 300 }), '€300');
  assert.equal(F.figureValue({ kind: 'figure', text: '40 million euros', category: 'money', value: 40000000 }), '40 million euros (40,000,000 euros)');
  assert.equal(F.figureValue({ kind: 'figure', text: 'at least 10 major cities', category: 'count', value: 10, unit: 'major cities' }), '10 major cities');
  assert.equal(F.figureValue({ kind: 'figure', text: '4.8%', category: 'percent', value: 4.8 }), '4.8%');
  const claim = F.describe({ kind: 'claim', id: 'c5', text: 'x', score: 1, reasons: ['attributed', 'attributed', 'figure', 'Statistic'] });
  const shown = JSON.stringify(claim);
  assert.doesNotMatch(shown, /c5|100%|Check-worthiness|score/i);
  assert.deepEqual(claim.rows.find(([l]) => l === 'Why check')[1], 'credited to a source, states a number, cites a statistic');
  assert.deepEqual(F.reasons(['new_reason', 'new-reason', '', null]), ['new reason'], 'an unknown reason in plain words, once');
  assert.equal(F.describe({ kind: 'quote', text: 'x', speaker: 'Jo Lee', role: 'Mr.' }).subtitle, null, 'an honorific is no role');
  assert.equal(F.describe({ kind: 'quote', text: 'x', speaker: 'Jo Lee', role: 'mayor of Chicago' }).subtitle, 'mayor of Chicago');
  assert.doesNotMatch(JSON.stringify(F.describe({ kind: 'figure', id: 'f4', text: '12 cars', category: 'count', value: 12, score: 0.7 })), /f4|0\.7/);
});

test('format: the hedge row quotes the page\'s words, with the comparator they amount to', () => {
  const hedge = (f) => F.describe({ kind: 'figure', ...f }).rows.find(([l]) => l === 'Hedge')[1];
  assert.equal(hedge({ text: 'as much as $4.5 billion', category: 'money', value: 4.5e9, approx: 'up to' }), 'as much as (up to)');
  assert.equal(hedge({ text: 'As many as 300 people', category: 'count', value: 300, approx: 'up to' }), 'As many as (up to)');
  assert.equal(hedge({ text: 'in excess of 40%', category: 'percent', value: 40, approx: 'more than' }), 'in excess of (more than)');
  assert.equal(hedge({ text: '500 or greater', category: 'count', value: 500, approx: 'or more' }), 'or greater (or more)');
  assert.equal(hedge({ text: 'up to 10 days', category: 'measure', value: 10, approx: 'up to' }), 'up to');
  assert.equal(hedge({ text: 'About 3,500 people', category: 'count', value: 3500, approx: 'about' }), 'About');
  assert.equal(hedge({ text: '12 cars', category: 'count', value: 12 }), 'none: stated as exact');
  assert.equal(F.figureValue({ kind: 'figure', text: 'as much as $4.5 billion', category: 'money', value: 4.5e9, approx: 'up to' }), '$4.5 billion ($4,500,000,000)');
});

test('format: vague amounts read whole, shares in words are not bare ratios, hedges before number words', () => {
  const rows = (f) => Object.fromEntries(F.describe({ kind: 'figure', category: 'count', ...f }).rows);
  // "tens of thousands" is not "thousands"; the vague plural is the amount, not a hedge word.
  const tens = rows({ text: 'tens of thousands of refugees', value: 10000, high: 100000, approx: 'tens of thousands of', unit: 'refugees' });
  assert.match(tens.Value, /^tens of thousands \(/);
  assert.equal(tens.Hedge, 'a vague amount: \u201Ctens of thousands of\u201D');
  assert.match(rows({ text: 'Hundreds of thousands of protesters', value: 1e5, high: 1e6, approx: 'hundreds of thousands of' }).Value, /^hundreds of thousands \(/);
  assert.match(rows({ text: 'dozens of flights', value: 12, high: 120, approx: 'dozens of' }).Hedge, /^a vague amount/);
  assert.equal(rows({ text: 'almost thousands of jobs', value: 1000, high: 10000, approx: 'almost' }).Hedge, 'almost', 'a real hedge stays a hedge');
  // A share written in words: the words and a percentage, never 0.3333.
  const third = rows({ text: 'nearly a third', value: 0.333333333333333, approx: 'nearly' });
  assert.equal(third.Value, 'a third (33.3%)');
  assert.equal(third.Hedge, 'nearly');
  assert.equal(rows({ text: 'two-thirds of voters', value: 0.6666666, unit: 'voters' }).Value, 'two-thirds of voters (66.7%)');
  assert.equal(rows({ text: 'roughly a quarter of the budget', value: 0.25, approx: 'roughly' }).Value, 'a quarter of the budget (25%)');
  assert.equal(rows({ text: '0.5 percent', category: 'percent', value: 0.5 }).Value, '0.5%', 'digits keep their own value');
  assert.equal(rows({ text: '0.7 metres', category: 'measure', value: 0.7, unit: 'metres' }).Value, '0.7 metres');
  // The page's hedge before a number written in words.
  assert.equal(rows({ text: 'as much as four times', value: 4, approx: 'up to', unit: 'times' }).Hedge, 'as much as (up to)');
  assert.equal(rows({ text: 'As many as a dozen boats', value: 12, approx: 'up to', unit: 'boats' }).Hedge, 'As many as (up to)');
  assert.equal(rows({ text: 'in excess of nine hours', category: 'measure', value: 9, approx: 'more than', unit: 'hours' }).Hedge, 'in excess of (more than)');
});

test('markerLabel: says what it is, quotes a few words, names what else the sentence holds', () => {
  const a = F.markerLabel([{ kind: 'quote', speaker: 'Lori Lightfoot', text: 'Chicago is and will always be a welcoming city' }, { kind: 'claim', text: 'x' }, { kind: 'figure', text: 'y' }]);
  assert.equal(a, 'Quote by Lori Lightfoot: “Chicago is and will always be…”, and a figure and a claim');
  const b = F.markerLabel([{ kind: 'quote', speaker: 'Lori Lightfoot', text: 'remain permanent' }]);
  assert.notEqual(a, b);
  assert.equal(F.markerLabel([{ kind: 'figure', text: 'at least 10 major cities' }]), 'Figure: “at least 10 major cities”');
});

test('hints: each link once across a sentence, as the core built them, only web links', () => {
  const findings = [
    { kind: 'quote', hints: [{ kind: 'search-quote', label: 'Search the quote', url: 'https://duckduckgo.com/?q=%22we%20won%22' }, { kind: 'encyclopedia', label: 'Jo Lee', url: 'https://en.wikipedia.org/w/index.php?search=Jo+Lee' }] },
    { kind: 'claim', hints: [{ kind: 'search-quote', label: 'Search the quote again', url: 'https://duckduckgo.com/?q=%22we%20won%22' }, { kind: 'x', label: 'bad', url: 'javascript:alert(1)' }] },
  ];
  const hints = F.hints(findings);
  assert.deepEqual(hints.map((h) => h.url), ['https://duckduckgo.com/?q=%22we%20won%22', 'https://en.wikipedia.org/w/index.php?search=Jo+Lee', null]);
  assert.deepEqual(hints.map((h) => h.kind), ['search-quote', 'encyclopedia', 'x']);
});

test('hints: two links of one popover never read the same; the finding\'s first words tell them apart', () => {
  const quote = (text, q) => ({ kind: 'quote', text, hints: [{ kind: 'search-quote', label: 'Search DuckDuckGo for the exact quote and its source, The Tribune', url: `https://duckduckgo.com/?q=%22${q}%22` }, { kind: 'outlet', label: 'Look up The Tribune', url: 'https://en.wikipedia.org/w/index.php?search=The+Tribune' }] });
  const hints = F.hints([quote('the plan was shelved after the vote in March', 'plan'), quote('nobody asked the residents what they wanted', 'nobody')]);
  const labels = hints.map((h) => h.label);
  assert.equal(new Set(labels).size, labels.length, labels.join(' | '));
  assert.deepEqual(labels, [
    'Search DuckDuckGo for the exact quote and its source, The Tribune: \u201Cthe plan was shelved after\u2026\u201D',
    'Look up The Tribune',
    'Search DuckDuckGo for the exact quote and its source, The Tribune: \u201Cnobody asked the residents what\u2026\u201D',
  ]);
  // A label that is alone keeps its words as the core wrote them.
  assert.equal(F.hints([quote('we won', 'we')])[0].label, 'Search DuckDuckGo for the exact quote and its source, The Tribune');
});

test('wordCount counts what the word expression matches, without building the matches', async () => {
  const { readdirSync, readFileSync, existsSync } = await import('node:fs');
  const { join } = await import('node:path');
  const byRegex = (text) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu) ?? []).length;
  const cases = [
    '', '-', "'tis", '-a b-', 'It cost $4.5 million — twice 2019’s.', 'naïve café, Zürich; 東京 2020年', 'Ελλάδα-ΗΠΑ: 3,5%',
    'emoji 😀 between 😀words', '𝐁𝐨𝐥𝐝 math letters', 'lone \ud800 high and \udc00 low', '١٢٣ Arabic digits', 'a\u2019b ’c ’ d',
    'x'.repeat(5) + '.,.,-'.repeat(3) + 'y',
  ];
  for (const text of cases) assert.equal(M.wordCount(text), byRegex(text), JSON.stringify(text));
  // Real article text: the development pages' expected article bodies.
  const corpus = join(process.env.SPOTCHECK_SHARED ?? join(import.meta.dirname, '..', '..', '..', 'shared'), 'corpus', 'readability');
  let pages = 0;
  for (const name of existsSync(corpus) ? readdirSync(corpus) : []) {
    const file = join(corpus, name, 'expected.html');
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    assert.equal(M.wordCount(text), byRegex(text), name);
    pages += 1;
  }
  assert.ok(pages === 0 || pages >= 10, `${pages} pages compared`);
});

test('format: the value row reads as the page wrote it (ux8: kinds found on the 74 site templates)', () => {
  const row = (f) => Object.fromEntries(F.describe({ kind: 'figure', category: 'count', ...f }).rows);
  // A range keeps both ends: years, decades, an age in decades.
  assert.equal(row({ text: 'between 2012 and 2019', category: 'year', value: 2012, high: 2019 }).Value, '2012 to 2019');
  assert.equal(row({ text: 'from the 1960s to the 1990s', category: 'year', value: 1960, high: 1990 }).Value, 'the 1960s to the 1990s');
  assert.equal(row({ text: 'in her 40s', category: 'age', value: 40, high: 50 }).Value, '40s (ages 40 to 49)');
  // An amount in digits is its own words: the unit as written, a rate stays a rate.
  assert.equal(row({ text: '60 to 80 miles per hour', category: 'measure', value: 60, high: 80, unit: 'mile' }).Value, '60 to 80 miles per hour');
  assert.equal(row({ text: 'about 12 kilometres', category: 'measure', value: 12, unit: 'kilometer', approx: 'about' }).Value, '12 kilometres');
  assert.equal(row({ text: '3.4 million tonnes', category: 'measure', value: 3.4e6, unit: 'ton' }).Value, '3.4 million tonnes (3,400,000)');
  // Number words become the number, the rest stays the page's.
  assert.equal(row({ text: 'nine kilometres', category: 'measure', value: 9, unit: 'kilometer' }).Value, '9 kilometres');
  assert.equal(row({ text: 'four or five weeks', category: 'measure', value: 4, high: 5, unit: 'weeks', approx: 'about' }).Value, '4 to 5 weeks');
  assert.equal(row({ text: 'nearly a million visitors', value: 1e6, unit: 'visitors', approx: 'nearly' }).Value, 'a million visitors (1,000,000)');
  // Points are differences, not shares; "a few dozen" is as vague as "dozens".
  assert.equal(row({ text: 'two percentage points', category: 'percent', value: 2, unit: 'percentage point' }).Value, '2 percentage points');
  assert.equal(row({ text: '25 basis points', category: 'measure', value: 25, unit: 'basis point' }).Value, '25 basis points');
  assert.equal(row({ text: '50 bps', category: 'measure', value: 50, unit: 'basis point' }).Value, '50 bps (50 basis points)');
  assert.equal(row({ text: '930 pts', category: 'measure', value: 930, unit: 'point' }).Value, '930 pts (930 points)');
  assert.equal(row({ text: '1 bp', category: 'measure', value: 1, unit: 'basis point' }).Value, '1 bp (1 basis point)');
  assert.match(row({ text: 'several hundred homes', value: 100, unit: 'homes', approx: 'several' }).Value, /^several hundred \(an order/);
  // Money: no full amount when the page's needs none; when shown, in the page's currency.
  assert.equal(row({ text: '40p a litre', category: 'money', value: 40, unit: 'penny' }).Value, '40p a litre');
  assert.equal(row({ text: '$2.50', category: 'money', value: 2.5 }).Value, '$2.50');
  assert.equal(row({ text: 'Rs12,000', category: 'money', value: 12000 }).Value, 'Rs12,000');
  assert.equal(row({ text: 'R1.8-billion', category: 'money', value: 1.8e9 }).Value, 'R1.8-billion (R1,800,000,000)');
  assert.equal(row({ text: 'about S$2.1 billion', category: 'money', value: 2.1e9, approx: 'about' }).Value, 'S$2.1 billion (S$2,100,000,000)');
  // "two or three" starts with its amount: no hedge words before it.
  assert.equal(row({ text: 'three or four days', category: 'measure', value: 3, high: 4, unit: 'days', approx: 'about' }).Hedge, 'about');
});
