// @ts-check
// Which markers a page gets: findings grouped one marker per sentence, ranked, and cut to
// the reader's sensitivity. Pure functions over the report (no DOM), shared by the content
// script's overlay, the demo site and the unit tests (tests/www/markers.test.mjs).
// A classic script (content scripts cannot be modules): it sets globalThis.SpotcheckMarkers.
(() => {
  'use strict';

  /**
   * @typedef {{ id?: string, kind: string, start: number, end: number, text?: string,
   *   score?: number, priority?: number, speaker?: string|null, partial?: boolean,
   *   category?: string, value?: number|null, approx?: string|null, source?: string|null,
   *   trend?: string|null, cue?: string|null, reasons?: string[] }} Finding
   * @typedef {{ start: number, end: number, members: number[], rank: number,
   *   kinds?: Record<string, number> }} Group `kinds`: each kind among the members, with
   *   its best member's rank (what the budget's kind mix reads)
   * @typedef {'fewer'|'default'|'all'} Sensitivity
   */

  /** The kinds, most telling first: a marker shows the glyph of its first kind present. */
  const KIND_ORDER = ['quote', 'figure', 'claim'];
  const SENSITIVITIES = /** @type {const} */ (['fewer', 'default', 'all']);

  // The budget per 100 words of article text. A page gets groups of rank ≥ `floor` up to
  // `target` markers per 100 words; groups ranked ≥ `high` (what most needs checking:
  // partial and second-hand quotes, the story's protagonist's words, strong claims) go on
  // up to `cap` (both rounded). Any page may show `least` markers: a 150-word brief keeps its
  // best one (fewer) or two (default). The cap holds on short pages too: options
  // promise "about one marker per 100 words", and a cap of 3.5 gave 250-word wire stories
  // 2–3 per 100 words (most claim and figure sentences rank ≥ `high`).
  const BUDGET = {
    fewer: { target: 0.5, cap: 0.6, floor: 0.55, high: 0.9, least: 1 },
    // 0.88, not 1: most long pages fill their target, and the high-ranked go a little past it.
    default: { target: 0.88, cap: 1.2, floor: 0.4, high: 0.78, least: 2 },
  };
  const HIGH = BUDGET.default.high;

  // Figures a reader can check against a source (counts, money, shares, measures) against
  // those that only place the story in time or list things.
  const CHECKABLE_FIGURES = new Set(['count', 'percent', 'money', 'measure', 'range', 'temperature']);
  // Cues of second-hand reporting: the words come through another outlet or document.
  const SECOND_HAND = /\b(according to|report(s|ed)?|wrote|writes|cited|citing)\b/i;

  const clamp01 = (/** @type {number} */ x) => Math.max(0, Math.min(1, x));

  /**
   * How much a careful reader should check a finding first, in [0, 1]: the core's
   * `priority` when the report has it, else an estimate from what the finding says.
   * `lede` is the article's title and first paragraph: a quote by someone named there is
   * the story's protagonist speaking, which the story hinges on.
   * @param {Finding} f @param {string} [lede]
   */
  function rankOf(f, lede) {
    if (typeof f.priority === 'number' && Number.isFinite(f.priority)) return clamp01(f.priority);
    const score = typeof f.score === 'number' && Number.isFinite(f.score) ? clamp01(f.score) : 0.5;
    if (f.kind === 'quote') {
      // A full quote from a named person is the plain case; words lifted out of a longer
      // statement, words relayed by another outlet, words nobody is credited with, and the
      // protagonist's own words are what a reader should trace first.
      const surname = (String(f.speaker ?? '').trim().split(/\s+/).pop() ?? '').replace(/[^\p{L}'’-]/gu, '');
      const protagonist = surname.length >= 3 && typeof lede === 'string' && new RegExp(`(^|[^\\p{L}])${surname}($|[^\\p{L}])`, 'u').test(lede);
      return clamp01(0.6 + (f.partial ? 0.15 : 0) + (f.speaker ? 0 : 0.15) + (SECOND_HAND.test(String(f.cue ?? '')) ? 0.1 : 0) + (protagonist ? 0.2 : 0));
    }
    if (f.kind === 'figure') {
      if (!f.category || !CHECKABLE_FIGURES.has(f.category)) return 0.15; // years, dates, ordinals, ages
      if (typeof f.value === 'number' && Math.abs(f.value) < 2 && !f.approx) return 0.15; // "one of them"
      return clamp01(0.35 + 0.3 * score + (f.approx ? 0.1 : 0) + (f.trend ? 0.1 : 0) + (f.source ? 0 : 0.05));
    }
    return clamp01(0.1 + 0.7 * score + (f.source ? 0.05 : 0));
  }

  /**
   * The article's lede: its title (the report text's first block; blocks are joined by a
   * blank line) and its first two blocks of prose (6 words or more: not "Watch LIVE"), as
   * the core's priority reads it (src/priority.rs).
   * @param {string} [text]
   */
  function ledeOf(text) {
    if (typeof text !== 'string') return '';
    const [title = '', ...rest] = text.split('\n\n');
    const prose = [];
    for (const block of rest) {
      if (prose.length === 2) break;
      if (block.split(/\s+/).filter(Boolean).length >= 6) prose.push(block);
    }
    return [title, ...prose].join('\n\n');
  }

  // ---------------------------------------------------------------- sentences

  // Abbreviations whose full stop does not end a sentence ("Mr. Smith", "U.S. officials").
  const ABBREVIATIONS = new Set([
    'mr', 'mrs', 'ms', 'dr', 'st', 'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'sgt', 'capt', 'jr', 'sr',
    'prof', 'rev', 'hon', 'pres', 'no', 'vs', 'inc', 'co', 'corp', 'ltd', 'mt', 'ft', 'jan', 'feb', 'mar',
    'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'st',
  ]);

  // Character tests by UTF-16 unit (sentenceAround runs over every finding's sentence:
  // a regular expression per character costs several times more).
  const NEWLINE = 10;
  /** `.`, `!` or `?`. @param {number} c */
  const isStop = (c) => c === 46 || c === 33 || c === 63;
  /** A closing quote or bracket: " ' ” ’ ) ]. @param {number} c */
  const isCloser = (c) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
  /** What `\s` matches. @param {number} c */
  const isSpace = (c) => (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

  /**
   * Whether a sentence ends at `i` (the index just after its closing punctuation and any
   * closing quotes or brackets) in `text`.
   * @param {string} text @param {number} dot the index of the . ! or ?
   */
  function endsSentence(text, dot) {
    if (text[dot] !== '.') return true;
    const before = text.slice(Math.max(0, dot - 8), dot).match(/([A-Za-z.]+)$/);
    if (!before) return !/\d/.test(text[dot - 1] ?? '') || !/\d/.test(text[dot + 1] ?? '');
    const word = before[1].toLowerCase();
    return !(ABBREVIATIONS.has(word) || /^[a-z]$/.test(word));
  }

  /**
   * The sentence around [start, end) of `text`: from the end of the previous sentence (or
   * block) to the end of the one `end` falls in. Linear in the sentence's length.
   * @param {string} text @param {number} start @param {number} end
   * @returns {[number, number]}
   */
  function sentenceAround(text, start, end) {
    let a = Math.max(0, Math.min(start, text.length));
    while (a > 0) {
      const c = text.charCodeAt(a - 1);
      if (c === NEWLINE) break;
      if (isSpace(c)) {
        // "… end.” Next": a boundary when the non-space before is closing punctuation.
        let k = a - 2;
        while (k >= 0 && isCloser(text.charCodeAt(k))) k--;
        if (k >= 0 && isStop(text.charCodeAt(k)) && endsSentence(text, k)) break;
      }
      a--;
    }
    // A finding that ends on its sentence's full stop (a quoted sentence) ends there.
    let b = Math.max(a, Math.min(end, text.length));
    if (b > a && isStop(text.charCodeAt(b - 1))) b--;
    while (b < text.length) {
      const c = text.charCodeAt(b);
      if (c === NEWLINE) break;
      if (isStop(c) && endsSentence(text, b)) {
        b++;
        while (b < text.length && isCloser(text.charCodeAt(b))) b++;
        if (b >= text.length || isSpace(text.charCodeAt(b))) break;
        continue;
      }
      b++;
    }
    return [a, b];
  }

  // ---------------------------------------------------------------- groups

  /**
   * One group per sentence: each finding's extent is the claim it overlaps (a claim spans
   * its sentence) or else its sentence in `text`; overlapping extents merge. Returns the
   * groups in text order with the indices of their findings, in text order too.
   * @param {Finding[]} findings @param {string} [text]
   * @returns {Group[]}
   */
  function group(findings, text) {
    const steps = groupSteps(findings, text);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  // Findings (then groups) between two pauses of groupSteps: few, since a pause is only a
  // chance for the caller to read its clock (the first run of this code is interpreted, and
  // 64 findings took 5 ms of CPU on a loaded machine).
  const GROUP_STEP = 4;

  /**
   * `group`, as a generator that pauses (yields) every GROUP_STEP findings and returns the
   * groups: the overlay runs it in slices, so a page of thousands of findings never holds
   * the page's main thread for long. @param {Finding[]} findings @param {string} [text]
   * @returns {Generator<void, Group[], void>}
   */
  function* groupSteps(findings, text) {
    const claims = findings
      .map((f, i) => ({ f, i }))
      .filter(({ f }) => f.kind === 'claim')
      .sort((x, y) => x.f.start - y.f.start);
    const lede = ledeOf(text);
    /** @type {{ start: number, end: number, i: number }[]} */
    const extents = [];
    for (const [i, f] of findings.entries()) {
      if (i % GROUP_STEP === GROUP_STEP - 1) yield;
      let start = f.start;
      let end = f.end;
      for (const { f: c } of overlapping(claims, f)) {
        start = Math.min(start, c.start);
        end = Math.max(end, c.end);
      }
      if (typeof text === 'string' && text.length >= f.end) {
        const [a, b] = sentenceAround(text, f.start, f.end);
        start = Math.min(start, a);
        end = Math.max(end, b);
      }
      extents.push({ start, end, i });
    }
    extents.sort((x, y) => x.start - y.start || x.end - y.end);
    /** @type {Group[]} */
    const groups = [];
    for (const e of extents) {
      const last = groups[groups.length - 1];
      if (last && e.start < last.end) {
        last.end = Math.max(last.end, e.end);
        last.members.push(e.i);
      } else {
        groups.push({ start: e.start, end: e.end, members: [e.i], rank: 0 });
      }
    }
    for (const [n, g] of groups.entries()) {
      if (n % GROUP_STEP === GROUP_STEP - 1) yield;
      g.members.sort((x, y) => findings[x].start - findings[y].start || KIND_ORDER.indexOf(findings[x].kind) - KIND_ORDER.indexOf(findings[y].kind));
      const ranks = g.members.map((i) => rankOf(findings[i], lede));
      // A sentence with more to check weighs a little more than its best finding alone; a
      // member below the default floor (a year beside a claim) is nothing more to check.
      const more = ranks.filter((r) => r >= BUDGET.default.floor).length;
      g.rank = clamp01(Math.max(...ranks) + 0.03 * Math.max(0, more - 1));
      /** @type {Record<string, number>} */
      const kinds = {};
      for (const [k, i] of g.members.entries()) kinds[findings[i].kind] = Math.max(kinds[findings[i].kind] ?? 0, ranks[k]);
      g.kinds = kinds;
    }
    return groups;
  }

  /**
   * The claims overlapping `f` (claims sorted by start; binary search, then a short scan).
   * @param {{ f: Finding }[]} claims @param {Finding} f
   */
  function overlapping(claims, f) {
    let lo = 0;
    let hi = claims.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (claims[mid].f.end <= f.start) lo = mid + 1;
      else hi = mid;
    }
    // Claims are sentences and do not nest, so ends grow with starts: scan from lo.
    const out = [];
    for (let k = lo; k < claims.length && claims[k].f.start < f.end; k++) {
      if (claims[k].f.end > f.start) out.push(claims[k]);
    }
    return out;
  }

  /** The main kind of a group: the first of quote, figure, claim among its findings. @param {string[]} kinds */
  function mainKind(kinds) {
    return KIND_ORDER.find((k) => kinds.includes(k)) ?? 'claim';
  }

  /**
   * The index (into `findings`, a marker's members) of the finding its badge announces: the
   * best-ranked finding of the main kind among those worth a marker (ranked at the default
   * floor or above; all of them when none is), the earlier on a tie. Without the floor a
   * sentence whose claim earned the marker announced the age or year beside it ("Figure:
   * 67" on "Haines, 67, had stage 4 cancer…"), and within a kind the best, not the first:
   * "31.4% of departures" over "more than 15 minutes".
   * @param {Finding[]} findings @param {string} [lede] @returns {number}
   */
  function mainOf(findings, lede) {
    if (!findings.length) return -1;
    const ranks = findings.map((f) => rankOf(f, lede));
    const worth = findings.map((_, i) => i).filter((i) => ranks[i] >= BUDGET.default.floor);
    const pool = worth.length ? worth : findings.map((_, i) => i);
    const kind = mainKind(pool.map((i) => findings[i].kind));
    const ofKind = pool.filter((i) => findings[i].kind === kind);
    const candidates = ofKind.length ? ofKind : pool;
    return candidates.reduce((best, i) => (ranks[i] > ranks[best] ? i : best), candidates[0]);
  }

  // What a word starts with (a letter or digit) and what it may go on with besides ('’.,-),
  // for ASCII by table; other code points by one small regular expression.
  const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
  const ASCII_WORD = new Uint8Array(128);
  for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
  for (let c = 65; c <= 90; c++) ASCII_WORD[c] = ASCII_WORD[c + 32] = 1;
  for (const c of "'.,-") ASCII_WORD[c.charCodeAt(0)] = 2;
  /** 1 a letter or digit, 2 what only continues a word, 0 neither. @param {string} text @param {number} i @param {number} c */
  function wordClass(text, i, c) {
    if (c < 128) return ASCII_WORD[c];
    if (c === 0x2019) return 2;
    const point = text.codePointAt(i) ?? c;
    return LETTER_OR_DIGIT.test(String.fromCodePoint(point)) ? 1 : 0;
  }

  /**
   * Words in the article text (for the budget): the matches of
   * /[\p{L}\p{N}][\p{L}\p{N}'’.,-]* /gu, counted in one pass over the UTF-16 units without
   * building them (the content script counts a 200 KB article inside one slice: the match
   * array took 50–90 ms there, and compiling the expression several more).
   * @param {string} [text]
   */
  function wordCount(text) {
    if (typeof text !== 'string') return 0;
    let words = 0;
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const k = wordClass(text, i, c);
      if (k === 1 && !inWord) words++;
      inWord = k === 1 || (k === 2 && inWord);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) i++; // the pair was one code point
      }
    }
    return words;
  }

  /** @param {unknown} value @returns {Sensitivity} */
  function sensitivity(value) {
    return SENSITIVITIES.includes(/** @type {any} */ (value)) ? /** @type {Sensitivity} */ (value) : 'default';
  }

  /**
   * The groups to show at a sensitivity, in text order. "all" shows every group; the others
   * show as many groups as the budget allows (`budgetCount`), picked in `mixOrder`: every
   * kind on the page gets its best finding marked before any kind gets a second marker.
   * @param {Group[]} groups @param {{ sensitivity?: string, words?: number }} options
   */
  function select(groups, { sensitivity: level, words } = {}) {
    const s = sensitivity(level);
    if (s === 'all') return groups.slice();
    const budget = BUDGET[s];
    const n = Number.isFinite(words) && /** @type {number} */ (words) > 0 ? /** @type {number} */ (words) : 0;
    const ranked = groups.filter((g) => g.rank >= budget.floor).sort((a, b) => b.rank - a.rank || a.start - b.start);
    const count = budgetCount(ranked, budget, n);
    return mixOrder(ranked, budget.floor).slice(0, count).sort((a, b) => a.start - b.start);
  }

  /**
   * How many markers a page of `words` words gets: `ranked` (by rank, best first) taken
   * down to `target` per 100 words, and on up to `cap` while they rank ≥ `high`; never
   * fewer than `least` when there are that many.
   * @param {Group[]} ranked @param {{ target: number, cap: number, high: number, least: number }} budget
   * @param {number} words
   */
  function budgetCount(ranked, budget, words) {
    const target = Math.max(budget.least, Math.round((words * budget.target) / 100));
    const cap = Math.max(target, Math.round((words * budget.cap) / 100));
    let count = Math.min(target, ranked.length);
    while (count < Math.min(cap, ranked.length) && ranked[count].rank >= budget.high) count++;
    return count;
  }

  /**
   * `ranked` (best first) reordered for a kind mix: the best group first, then for each
   * kind not yet marked (its best finding ranked ≥ `floor`; kinds by that rank) the group
   * holding that finding, then the rest by rank. A kind counts as marked once a chosen group
   * holds one of its findings worth a marker. Without it, a page of figure-bearing claims
   * (ranked 0.8–0.9) spent its whole budget on `#` markers and its quotes (about 0.6) had
   * none. Groups without `kinds` take no seat.
   * @param {Group[]} ranked @param {number} floor
   */
  function mixOrder(ranked, floor) {
    if (ranked.length < 2) return ranked.slice();
    /** @type {Map<string, Group>} the group holding each kind's best finding */
    const best = new Map();
    for (const g of ranked) {
      for (const [kind, rank] of Object.entries(g.kinds ?? {})) {
        const held = best.get(kind);
        if (rank >= floor && (!held || rank > (held.kinds?.[kind] ?? 0))) best.set(kind, g);
      }
    }
    const bestRank = (/** @type {string} */ k) => best.get(k)?.kinds?.[k] ?? 0;
    const kinds = [...best.keys()].sort((a, b) => bestRank(b) - bestRank(a) || KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b));
    const first = [ranked[0]];
    const marked = (/** @type {string} */ k) => first.some((g) => (g.kinds?.[k] ?? 0) >= BUDGET.default.floor);
    for (const k of kinds) {
      const g = /** @type {Group} */ (best.get(k));
      if (!marked(k) && !first.includes(g)) first.push(g);
    }
    return [...first, ...ranked.filter((g) => !first.includes(g))];
  }

  globalThis.SpotcheckMarkers = Object.freeze({
    KIND_ORDER, SENSITIVITIES, BUDGET, HIGH, rankOf, ledeOf, sentenceAround, group, groupSteps, mainKind, mainOf, wordCount, sensitivity, select, budgetCount, mixOrder,
  });
})();
