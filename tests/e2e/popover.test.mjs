// "Some badges show wrong details": every popover says what its findings say. Chromium with
// the built extension, on the 76 site-template pages (tests/data/site-templates/pages and
// batch7*, served without their gold marks) and the seed, at the default sensitivity and at
// "all". Each marker is opened and its popover read back from the shadow root; the report
// is the CLI's for the same HTML (tests/e2e/parity.test.mjs holds the page's report to it),
// matched through the marker's finding ids. Checked per finding, against the report's own
// fields and words (not against lib/format.js, which made the popover):
//   quote   the speaker (title and "Said by"), the role, the cue, whole or partial, the
//           excerpt is the quoted words;
//   figure  the value row carries the number as the page wrote it (or the report's value),
//           the unit, the hedge as written, the trend, the credited source;
//   claim   the source, the cue, every reason once in words, the excerpt;
//   hints   every link of the popover is a hint of one of its findings, a well-formed
//           http(s) URL whose search words are that finding's own words (or its speaker's,
//           source's or role's), its label's quoted words are the query's;
//   marker  its section order (the main finding, the one its glyph announces, first), the
//           words it tints are its findings' words, and it sits on a line of them.
// `node --test tests/e2e/popover.test.mjs` (after `make build`); POPOVER_DUMP=FILE writes
// every popover read with its findings, for reading by eye.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SEED, chromiumSuite, waitForState } from './harness.mjs';
import { startServer } from './hostile.mjs';
import '../../extension/lib/markers.js';

const M = globalThis.SpotcheckMarkers;
const TEMPLATES = join(ROOT, 'tests', 'data', 'site-templates');
const CLI = join(ROOT, 'target', 'release', 'spotcheck');

const suite = chromiumSuite(startServer);

/** [{ id, path, html }]: the 76 site templates as served (marks out), and the seed. */
function pages() {
  const dirs = readdirSync(TEMPLATES).filter((d) => d === 'pages' || d.startsWith('batch')).sort();
  const out = [];
  for (const dir of dirs) {
    for (const f of readdirSync(join(TEMPLATES, dir)).filter((x) => x.endsWith('.html')).sort()) {
      const id = `${dir}-${f.slice(0, -'.html'.length)}`;
      out.push({ id, path: `/gen/pop-${id}`, html: readFileSync(join(TEMPLATES, dir, f), 'utf8').replace(/[⟦⟧]/g, '') });
    }
  }
  out.push({ id: 'seed', path: '/seed.html', html: readFileSync(SEED, 'utf8') });
  return out;
}

/** The CLI's report of each page: Map id -> finding, per page. */
function reports(list) {
  const input = list.map((p) => JSON.stringify({ id: p.id, html: p.html })).join('\n') + '\n';
  return execFileSync(CLI, ['analyze', '--jsonl'], { input, maxBuffer: 256 << 20 }).toString().split('\n')
    .filter((l) => l.trim()).map((l) => {
      const r = JSON.parse(l);
      // Each finding with its paragraph of the report's text: a figure's search adds words of its sentence.
      return new Map(r.findings.map((f) => {
        const from = r.text.lastIndexOf('\n', Math.max(0, f.start - 1)) + 1;
        const to = r.text.indexOf('\n', f.end);
        return [f.id, { ...f, paragraph: r.text.slice(from, to < 0 ? undefined : to) }];
      }));
    });
}

/**
 * Every marker of the page, opened one by one: its popover as a reader sees it, the words
 * it tints and whether it sits on a line of them. Runs in the page.
 */
const readPopovers = (page) => page.evaluate(async () => {
  const root = document.querySelector('spotcheck-overlay')?.shadowRoot;
  if (!root) return [];
  const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const out = [];
  for (const b of root.querySelectorAll('[data-spotcheck-badge]')) {
    b.scrollIntoView({ block: 'center', behavior: 'instant' });
    b.click();
    await new Promise((r) => requestAnimationFrame(() => r()));
    const pop = root.querySelector('[role="dialog"]');
    const ranges = [...(CSS.highlights.get('spotcheck-active') ?? [])];
    const rects = ranges.flatMap((x) => [...x.getClientRects()]).filter((x) => x.width > 0 && x.height > 0);
    const bb = b.getBoundingClientRect();
    const cy = (bb.top + bb.bottom) / 2;
    const single = !!pop.querySelector('.head .chip');
    out.push({
      label: b.getAttribute('aria-label'),
      kind: b.dataset.kind,
      ids: b.dataset.findings.split(' ').filter(Boolean),
      open: !pop.hidden,
      title: text(pop.querySelector('h2')),
      sections: [...pop.querySelectorAll('section.finding')].map((s) => ({
        kind: s.className.replace('finding', '').trim(),
        chip: text(single ? pop.querySelector('.head .chip') : s.querySelector('h3 .chip')),
        title: single ? text(pop.querySelector('h2')) : text(s.querySelector('h3 span:last-child')),
        role: s.querySelector('.role') ? text(s.querySelector('.role')) : null,
        excerpt: s.querySelector('.excerpt') ? text(s.querySelector('.excerpt')) : null,
        rows: [...s.querySelectorAll('dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]),
      })),
      links: [...pop.querySelectorAll('li a')].map((a) => ({ label: text(a), href: a.getAttribute('href'), target: a.target, rel: a.rel })),
      notes: [...pop.querySelectorAll('li span')].map((s) => text(s)),
      tinted: ranges.map((r) => r.toString()),
      onWords: rects.some((r) => cy >= r.top - 4 && cy <= r.bottom + 4),
    });
    b.click();
  }
  return out;
});

const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
const squash = (s) => String(s ?? '').replace(/[\s\u00AD\u200B]+/g, '');
const clipped = (s, max) => {
  const t = norm(s);
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}\u2026` : t;
};
const HONORIFIC = /^(mr|mrs|ms|miss|mx|dr|sir|dame|mme|herr|frau)\.?$/i;
/** A spelled number, which names no unit ("Two" in "Two more uncrewed flights"). */
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half)$/;
// The claims detector's reasons (src/detect/claims/features.rs): each has words of its own.
// The reader's words for each (the options page's legend says the same).
const REASONS = {
  figure: 'states a number', quantity: 'speaks of an amount', statistic: 'cites a statistic', comparison: 'makes a comparison', universal: 'speaks of all or none',
  record: 'claims a record or a first', attributed: 'credited to a source', wording: 'worded like a checkable claim',
  trend: 'reports a rise or fall', hedge: 'hedged', quote: 'quotes someone', named: 'names a person, place or body',
  public: 'concerns a public body or policy',
};

/** Words of a text, for "the finding's own words": letters and digits, lower case. */
const words = (s) => (norm(s).toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*/gu) ?? []).map((w) => w.replace(/['’]s$/, ''));

/** The numbers a string shows, as numbers ("4,500" -> 4500; "3.5" -> 3.5). */
const numbers = (s) => (String(s).match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => Number(n.replace(/,/g, '')));

const MULTIPLIER = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, crore: 1e7, lakh: 1e5, k: 1e3, m: 1e6, bn: 1e9, b: 1e9, tn: 1e12, mn: 1e6 };

/** Whether `value` is one of the amounts the text writes: a number, times its scale word. */
function writes(text, value) {
  const v = Number(value);
  if (!Number.isFinite(v)) return false;
  const near = (x) => Math.abs(x - v) <= Math.max(1e-9, Math.abs(v) * 1e-6);
  for (const m of String(text).matchAll(/(\d[\d,]*(?:\.\d+)?)\s*-?\s*(thousand|million|billion|trillion|crore|lakh|k|mn|m|bn|b|tn)?\b/gi)) {
    const n = Number(m[1].replace(/,/g, ''));
    if (near(n) || near(n * (MULTIPLIER[(m[2] ?? '').toLowerCase()] ?? 1)) || near(n / 100) || near(n * 100)) return true;
    // A share shown as a percentage, rounded to a tenth ("a third (33.3%)").
    if (Math.abs(n - Math.round(v * 1000) / 10) < 1e-9) return true;
  }
  return false;
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'thousand', 'million', 'billion', 'dozen']);
const HEDGE_WORDS = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'some', 'over', 'more', 'less', 'fewer', 'than', 'at', 'least', 'most', 'up', 'to', 'approximately', 'under', 'below', 'above', 'just', 'as', 'many', 'much', 'an', 'estimated', 'well', 'a', 'maximum', 'minimum', 'of', 'the']);

/**
 * What a reader reads in a figure's value row against the page's words: a range keeps both
 * ends, an amount in digits keeps its words (its unit as written: "km per hour", "miles"),
 * percentage points stay points, a vague "few dozen" stays vague, a parenthetical full
 * amount keeps the currency, and the hedge is no part of the amount ("two or" of "two or three").
 */
function readerReads(f, value, hedge) {
  const bad = [];
  const text = norm(f.text);
  const vague = /order of magnitude/.test(value);
  const share = /\(\d+(?:\.\d)?%\)$/.test(value);
  const decade = /\d0['\u2019]?s\b/.test(text);
  if (f.high != null && !vague && !share && !decade && Number(f.high) !== Number(f.value) && !writes(value, f.high)) bad.push(`range-lost: ${JSON.stringify(value)} for ${JSON.stringify(text)} (${f.value} to ${f.high})`);
  if (decade && (text.match(/\d0['\u2019]?s\b/g) ?? []).length > 1 && (value.match(/\d0s\b/g) ?? []).length < 2) bad.push(`range-lost: ${JSON.stringify(value)} for ${JSON.stringify(text)}`);
  const hedgeWords = new Set(words(String(hedge ?? '').replace(/\(.*\)$/, '')));
  if (/\d/.test(text) && !vague && !share && !['percent', 'year', 'date', 'ordinal', 'age'].includes(f.category)) {
    const shown = new Set(words(value));
    const lost = words(text).filter((w) => !hedgeWords.has(w) && !HEDGE_WORDS.has(w) && !shown.has(w));
    if (lost.length) bad.push(`as-written: ${JSON.stringify(value)} drops ${JSON.stringify(lost)} of ${JSON.stringify(text)}`);
  }
  if (/point/i.test(String(f.unit ?? '')) && !/point/i.test(value)) bad.push(`points: ${JSON.stringify(value)} for ${JSON.stringify(text)}`);
  if (!/\d/.test(text) && /\b(?:few|several)\s+(?:dozen|hundred|thousand|million|billion)\b/i.test(text) && !vague) bad.push(`vague-lost: ${JSON.stringify(value)} for ${JSON.stringify(text)}`);
  for (const w of hedgeWords) if (NUMBER_WORDS.has(w) || /\d/.test(w)) bad.push(`hedge-amount: ${JSON.stringify(hedge)} holds ${JSON.stringify(w)} of ${JSON.stringify(text)}`);
  if (f.category === 'money') {
    const paren = value.match(/\(([^)]*)\)$/)?.[1];
    const mark = text.match(/^[^\d\s]*?([A-Za-z]{0,3}[$€£¥₹₩₽₺₪]|[A-Z][A-Za-z]{0,2}(?=\d))/)?.[1] ?? text.match(/\b(?:dollars?|euros?|pounds?|yen|yuan|rupees?|pence|p)\b/i)?.[0] ?? null;
    if (paren && mark && !vague && !paren.includes(mark)) bad.push(`currency-lost: ${JSON.stringify(value)} for ${JSON.stringify(text)}`);
    if (paren && /\dp\b/.test(text)) bad.push(`currency-lost: ${JSON.stringify(value)} for ${JSON.stringify(text)}`);
  }
  return bad;
}

/** Mismatches between one popover section and its finding, each "kind: detail". */
function checkSection(s, f) {
  const bad = [];
  const row = (label) => s.rows.find(([dt]) => dt === label)?.[1] ?? null;
  const expect = (kind, got, want) => { if (got !== want) bad.push(`${kind}: ${JSON.stringify(got)} for ${JSON.stringify(want)}`); };
  if (s.kind !== f.kind && !(f.kind !== 'quote' && f.kind !== 'figure' && s.kind === 'claim')) bad.push(`section-kind: ${s.kind} for ${f.kind}`);
  if (f.kind === 'quote') {
    expect('speaker-title', s.title, f.speaker ? `Quote by ${clipped(f.speaker, 80)}` : 'Quote, speaker not named');
    expect('speaker-row', row('Said by'), f.speaker ? norm(f.speaker) : 'not named in the article');
    const role = norm(f.role);
    expect('role', s.role, role && !HONORIFIC.test(role) ? role : null);
    expect('cue', row('Cue'), f.cue ? norm(f.cue) : null);
    expect('partial', row('Quote'), f.partial ? 'partial: only part of the statement is in quote marks' : 'the whole statement');
    expect('excerpt', s.excerpt, clipped(f.text, 400));
  } else if (f.kind === 'figure') {
    expect('figure-title', s.title, clipped(f.text, 90));
    const value = row('Value');
    if (value === null) bad.push('value: no value row');
    else {
      // The number as the page wrote it, or the report's value: never another number.
      const shown = numbers(value);
      const inText = numbers(f.text);
      for (const n of shown) {
        if (!inText.includes(n) && !writes(value, f.value) && !writes(`${n}`, f.value) && !(f.high != null && writes(`${n}`, f.high)) && !writes(f.text, n)) {
          bad.push(`value-number: ${JSON.stringify(value)} shows ${n}, not in ${JSON.stringify(f.text)} (value ${f.value}${f.high != null ? `, high ${f.high}` : ''})`);
        }
      }
      if (!shown.length && /\d/.test(f.text) && !norm(value).includes(norm(f.text).replace(/^\D*/, '').slice(0, 3))) bad.push(`value-lost: ${JSON.stringify(value)} for ${JSON.stringify(f.text)}`);
      // The unit as the report names it ("foot", "kilogram") or as the page wrote it after the
      // number ("four feet", "A kilo"): either tells the reader what is measured.
      const pageUnit = norm(f.text).toLowerCase().match(/([a-z]{3,})$/)?.[1] ?? '';
      const writtenUnit = pageUnit && !NUMBER_WORD.test(pageUnit) && value.toLowerCase().includes(pageUnit);
      if (f.unit && !/\d/.test(f.text) && !['percent', 'money', 'year', 'date', 'ordinal', 'age'].includes(f.category) && !/order of magnitude/.test(value)
        && !writtenUnit && !value.toLowerCase().includes(norm(f.unit).toLowerCase()) && !norm(f.text).toLowerCase().includes(norm(f.unit).toLowerCase())) {
        bad.push(`unit: ${JSON.stringify(value)} lacks ${JSON.stringify(f.unit)}`);
      }
      if (f.category === 'percent' && !/%|percent|per cent|pc\b|point/i.test(value)) bad.push(`percent: ${JSON.stringify(value)}`);
      bad.push(...readerReads(f, value, row('Hedge')));
    }
    const hedge = row('Hedge');
    if (!f.approx) expect('hedge', hedge, 'none: stated as exact');
    else if (!hedge || hedge === 'none: stated as exact') bad.push(`hedge: ${JSON.stringify(hedge)} for ${JSON.stringify(f.approx)}`);
    else {
      // The hedge's words are the page's (in the figure's text), or the report's comparator.
      const quoted = hedge.match(/\u201C([^\u201D]+)\u201D/)?.[1] ?? hedge.replace(/\s*\([^)]*\)$/, '');
      const own = norm(f.text).toLowerCase().includes(quoted.toLowerCase()) || quoted.toLowerCase() === norm(f.approx).toLowerCase();
      if (!own) bad.push(`hedge-words: ${JSON.stringify(hedge)} not in ${JSON.stringify(f.text)} (approx ${JSON.stringify(f.approx)})`);
    }
    expect('trend', row('Trend'), f.trend === 'up' ? 'a rise' : f.trend === 'down' ? 'a fall' : null);
    if (f.trend && f.trend !== 'up' && f.trend !== 'down') bad.push(`trend-unknown: ${JSON.stringify(f.trend)}`);
    expect('source', row('Source'), f.source ? norm(f.source) : 'not credited in the sentence');
  } else {
    expect('claim-title', s.title, 'A claim worth checking');
    expect('source', row('Source'), f.source ? norm(f.source) : 'not credited in the sentence');
    expect('cue', row('Cue'), f.cue ? norm(f.cue) : null);
    const reasons = [...new Set((f.reasons ?? []).map((r) => String(r).toLowerCase()))];
    const why = row('Why check');
    for (const r of reasons) if (!(r in REASONS)) bad.push(`reason-unknown: ${r}`);
    expect('reasons', why, reasons.length ? reasons.map((r) => REASONS[r] ?? r.replace(/[-_]+/g, ' ')).join(', ') : null);
    expect('excerpt', s.excerpt, clipped(f.text, 400));
  }
  return bad;
}

/**
 * The words a finding's search may use: its own, its speaker's, source's and role's, and for
 * a figure (a few words alone) those of its paragraph, where its sentence is.
 */
const ownWords = (f) => new Set(words([f.text, f.speaker, f.source, f.role, f.unit, f.kind === 'figure' ? f.paragraph : ''].filter(Boolean).join(' ')));

/** Mismatches between a popover's links and its findings' hints. */
function checkLinks(marker, findings) {
  const bad = [];
  const hints = findings.flatMap((f) => (f.hints ?? []).filter((h) => h.url).map((h) => ({ h, f })));
  for (const link of marker.links) {
    let url;
    try {
      url = new URL(link.href);
    } catch {
      bad.push(`link-malformed: ${link.href}`);
      continue;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') bad.push(`link-scheme: ${link.href}`);
    if (/\s/.test(link.href) || link.href !== url.href) bad.push(`link-not-canonical: ${link.href}`);
    if (link.target !== '_blank' || !/noopener/.test(link.rel) || !/noreferrer/.test(link.rel)) bad.push(`link-opener: ${link.href}`);
    const mine = hints.filter(({ h }) => new URL(h.url).href === url.href);
    if (!mine.length) {
      bad.push(`link-foreign: ${link.href}`);
      continue;
    }
    // The search's words: the query, or the last path segment (a search path).
    let query = '';
    try {
      query = [...url.searchParams.entries()].filter(([k]) => ['q', 'query', 'search', 'text', 'p'].includes(k)).map(([, v]) => v).join(' ');
      if (!query && /\/search\//.test(url.pathname)) query = decodeURIComponent(url.pathname.split('/search/')[1] ?? '');
    } catch {
      bad.push(`link-encoding: ${link.href}`);
      continue;
    }
    const terms = words(query.replace(/\bsite:\S+/g, ' ').replace(/\b(OR|AND)\b/g, ' '));
    const own = mine.some(({ f }) => {
      return terms.every((w) => ownWords(f).has(w));
    });
    if (terms.length && !own) {
      const f = mine[0].f;
      bad.push(`link-words: ${JSON.stringify(terms.filter((w) => !ownWords(f).has(w)))} of ${JSON.stringify(query)} not the finding's (${f.id}: ${JSON.stringify(clipped(f.text, 120))})`);
    }
    // A label that quotes words quotes the query's.
    for (const q of link.label.matchAll(/\u201C([^\u201D]+)\u201D/g)) {
      if (!norm(query).toLowerCase().includes(norm(q[1]).replace(/\u2026$/, '').toLowerCase()) && !words(q[1]).every((w) => terms.includes(w))) {
        bad.push(`link-label: ${JSON.stringify(link.label)} vs query ${JSON.stringify(query)}`);
      }
    }
  }
  // Every hint link of the findings is offered once.
  const offered = new Set(marker.links.map((l) => { try { return new URL(l.href).href; } catch { return l.href; } }));
  for (const { h } of hints) if (!offered.has(new URL(h.url).href) && /^https?:/.test(h.url)) bad.push(`link-missing: ${h.url}`);
  if (offered.size !== marker.links.length) bad.push('link-twice');
  return bad;
}

/** Whether the finding's words are the text of some of the tinted ranges, in order. */
function tintedAs(tinted, text) {
  const want = squash(text);
  const parts = tinted.map(squash).filter(Boolean);
  const seek = (from, at) => {
    if (at === want.length) return true;
    for (let i = from; i < parts.length; i++) if (want.startsWith(parts[i], at) && seek(i + 1, at + parts[i].length)) return true;
    return false;
  };
  return seek(0, 0) || parts.some((p) => p === want);
}

/** Every mismatch of one marker, each "page: marker: kind: detail". */
function checkMarker(pageId, marker, byId) {
  const bad = [];
  const where = `${pageId} [${clipped(marker.label, 60)}]`;
  const findings = marker.ids.map((id) => byId.get(id));
  if (!marker.open) return [`${where}: open: the popover did not open`];
  if (findings.some((f) => !f)) return [`${where}: ids: ${marker.ids.join(' ')} not all in the report`];
  const ranked = [...findings].sort((a, b) => M.rankOf(b) - M.rankOf(a));
  const main = ranked.find((f) => (f.kind in { quote: 1, figure: 1 } ? f.kind : 'claim') === marker.kind) ?? findings[0];
  const order = [main, ...findings.filter((f) => f !== main)];
  if (marker.sections.length !== order.length) bad.push(`sections: ${marker.sections.length} for ${order.length} findings`);
  for (const [i, s] of marker.sections.entries()) if (order[i]) bad.push(...checkSection(s, order[i]).map((b) => `${order[i].id}: ${b}`));
  bad.push(...checkLinks(marker, findings));
  for (const f of findings) if (!tintedAs(marker.tinted, f.text)) bad.push(`${f.id}: tint: ${JSON.stringify(clipped(f.text, 80))} is not what is tinted (${JSON.stringify(marker.tinted.map((t) => clipped(t, 40)))})`);
  if (!marker.onWords) bad.push('placement: the marker is on no line of its words');
  return bad.map((b) => `${where}: ${b}`);
}

/** The kind of a mismatch line, for counting. */
const kindOf = (line) => line.replace(/^.*?\]: (?:[a-z]+\d+: )?/, '').split(':')[0];

for (const sensitivity of ['default', 'all']) {
  test(`popovers say what the report says: 76 site templates and the seed at "${sensitivity}"`, { timeout: 900000 }, async (t) => {
    await suite.browser.worker.evaluate((s) => chrome.storage.sync.set({ settings: { version: 1, sensitivity: s } }), sensitivity);
    const list = pages();
    const byPage = reports(list);
    const mismatches = [];
    const dump = [];
    let markers = 0;
    let placedOff = 0;
    for (const [i, p] of list.entries()) {
      if (p.path.startsWith('/gen/')) suite.server.page(p.path.slice('/gen/'.length), p.html);
      const page = await suite.browser.context.newPage();
      try {
        // POPOVER_WIDTH=390 measures placement on a phone's width (390 x 844; the default: 1280 x 900).
        if (process.env.POPOVER_WIDTH) await page.setViewportSize({ width: Number(process.env.POPOVER_WIDTH), height: 844 });
        await page.goto(suite.server.url(p.path));
        const state = await waitForState(page, ['ready', 'off', 'error'], 30000);
        assert.equal(state.state, 'ready', `${p.id}: ${state.state}`);
        await page.waitForTimeout(200);
        const read = await readPopovers(page);
        markers += read.length;
        for (const m of read) {
          const bad = checkMarker(p.id, m, byPage[i]);
          if (bad.some((b) => kindOf(b) === 'placement')) placedOff += 1;
          mismatches.push(...bad);
          if (process.env.POPOVER_DUMP) dump.push({ page: p.id, ...m, findings: m.ids.map((id) => byPage[i].get(id)) });
        }
      } finally {
        await page.close();
      }
    }
    if (process.env.POPOVER_DUMP) writeFileSync(`${process.env.POPOVER_DUMP}.${sensitivity}.json`, JSON.stringify(dump, null, 1));
    const kinds = {};
    for (const m of mismatches) kinds[kindOf(m)] = (kinds[kindOf(m)] ?? 0) + 1;
    t.diagnostic(`${sensitivity}: ${list.length} pages, ${markers} markers opened, ${mismatches.length} mismatches ${JSON.stringify(kinds)}; ${placedOff} markers off their words' lines`);
    await suite.browser.worker.evaluate(() => chrome.storage.sync.clear());
    assert.ok(list.length >= 77, `pages: ${list.length}`);
    assert.ok(markers >= (sensitivity === 'all' ? 600 : 150), `markers: ${markers}`);
    assert.deepEqual(mismatches.filter((m) => kindOf(m) !== 'placement'), []);
    // Placement is lastline.test.mjs's (at most 8% off their words' lines at the default on
    // the 36 older templates); here on all 76 and at "all" too, at 1280 px. A compact dot
    // keeps a 24 px target over no text where one fits, else it is a 14 px target on its
    // words' line where WCAG 2.5.8's spacing exception holds (smallscreen.test.mjs). ux8's
    // 24 px targets alone sent the marker after the paragraph instead: 15 of 174 at default,
    // 57 of 628 at "all" (13 and 69 at 390 px); with the spaced dots (ux8b) 6 and 32 (2 and
    // 22 at 390 px); before ux8, 6 of 174 and 30 of 630.
    assert.ok(placedOff <= 0.08 * markers, `${placedOff} of ${markers} markers off their words' lines`);
  });
}
