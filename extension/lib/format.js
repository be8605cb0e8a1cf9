// @ts-check
// What a popover says about a finding, in words a reader can trust: values per category
// (years as 2003, decades as "the 1990s", vague amounts as their order of magnitude, money
// in the currency the page wrote), distinct reasons, no internal ids or raw scores; and the
// accessible name of a marker. Pure functions (no DOM), shared by the overlay, the demo and
// the unit tests (tests/www/format.test.mjs). A classic script: sets globalThis.SpotcheckFormat.
(() => {
  'use strict';

  /**
   * @typedef {{ kind?: string, label?: string, url?: string }} Hint
   * @typedef {{ id?: string, kind: string, start?: number, end?: number, text?: string,
   *   speaker?: string|null, role?: string|null, cue?: string|null, partial?: boolean,
   *   category?: string|null, value?: number|string|null, high?: number|string|null,
   *   approx?: string|null, unit?: string|null, source?: string|null, trend?: string|null,
   *   reasons?: string[], hints?: Hint[] }} Finding
   */

  const KIND_LABEL = { quote: 'Quote', figure: 'Figure', claim: 'Claim to check' };

  /** @param {unknown} text @param {number} max */
  function clip(text, max) {
    const t = String(text ?? '').replace(/\s+/g, ' ').trim();
    return t.length > max ? `${t.slice(0, max - 1).trimEnd()}\u2026` : t;
  }

  /** The first `n` words of `text`, with an ellipsis when cut. @param {unknown} text @param {number} n */
  function firstWords(text, n) {
    const words = String(text ?? '').replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
    return words.length > n ? `${words.slice(0, n).join(' ')}\u2026` : words.join(' ');
  }

  /** A number as readers write it: grouped thousands, no float noise. @param {unknown} value */
  function number(value) {
    const n = typeof value === 'string' ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isFinite(n)) return null;
    return n.toLocaleString('en-US', { maximumFractionDigits: 4 });
  }

  // Vague plurals: the number is an order of magnitude, not a count ("thousands of"), read
  // whole: "tens of thousands" and "hundreds of thousands" are not "thousands".
  // "A few dozen" and "several hundred" are as vague: a dozen or a hundred would be a guess.
  const VAGUE = /\b((?:(?:tens|dozens|scores|hundreds)\s+of\s+)?(?:dozens|scores|hundreds|thousands|millions|billions|trillions)|(?:a\s+few|several)\s+(?:dozen|score|hundred|thousand|million|billion|trillion))\b/i;
  // Number words a hedge may stand before ("as much as four times", "up to a dozen").
  const NUMBER_WORD = /^(?:an?|half|dozens?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?)\b/i;
  // Currency as written: a symbol or code before or after the number, or a currency word.
  const CURRENCY = /(?:[A-Z]{1,3})?[$€£¥₹₩₽₺₪]|\b(?:USD|EUR|GBP|AUD|CAD|NZD|JPY|CNY|INR|CHF)\b|\b(?:dollars?|euros?|pounds?|yen|yuan|rupees?|francs?|pesos?|rubles?|won)\b/;

  /**
   * The hedge as the page wrote it. The report's `approx` is a plain comparator ("up to" for
   * "as much as", "more than" for "in excess of"): when the text does not hold it, the words
   * before the number are the page's hedge ("as much as $4.5 billion"), or after it ("500 or
   * greater"); the comparator when neither is found.
   * @param {Finding} f @returns {string|null}
   */
  function hedgeAsWritten(f) {
    const approx = typeof f.approx === 'string' ? f.approx.trim() : '';
    if (!approx) return null;
    const text = String(f.text ?? '').replace(/\s+/g, ' ').trim();
    const at = text.toLowerCase().indexOf(approx.toLowerCase());
    if (at >= 0) return text.slice(at, at + approx.length);
    const before = text.match(/^(\p{L}[\p{L}'’ -]*?)\s+(?=[A-Z]{0,3}[$€£¥₹₩₽₺₪]|\p{N})/u) ?? numberWordAfterHedge(text);
    if (before) return before[1];
    const after = text.match(/\p{N}[%\p{L}]*\s+((?:or|and|plus)\b[\p{L} ]*)$/u);
    return after ? after[1] : approx;
  }

  /**
   * The words before the first number word of `text`, as a match whose [1] is the hedge
   * ("as much as" in "as much as four times"), or null.
   * @param {string} text
   */
  function numberWordAfterHedge(text) {
    const words = text.split(' ');
    // "two or three years": the amount comes first, and "two or" is no hedge.
    if (NUMBER_WORD.test(words[0] ?? '') && !/^an?$/i.test(words[0])) return null;
    for (let i = 1; i < words.length; i++) {
      if (NUMBER_WORD.test(words[i])) return /^\p{L}/u.test(words[0]) ? [text, words.slice(0, i).join(' ')] : null;
    }
    return null;
  }

  /** The currency exactly as the page wrote it, or null. @param {string} text */
  function currencyAsWritten(text) {
    const m = String(text ?? '').match(CURRENCY);
    return m ? m[0] : null;
  }

  /**
   * A share written in words ("nearly a third", "half of its jobs"): the words, without the
   * hedge, and the share as a percentage; never the bare ratio (0.3333). Null for anything else.
   * @param {Finding} f @returns {string|null}
   */
  function fractionAsWritten(f) {
    const value = typeof f.value === 'string' ? Number(f.value) : f.value;
    const text = String(f.text ?? '').replace(/\s+/g, ' ').trim();
    if (typeof value !== 'number' || !(value > 0 && value < 1) || f.high != null || /\d/.test(text)) return null;
    if (f.category && !['count', 'measure', 'fraction'].includes(f.category)) return null;
    const hedge = hedgeAsWritten(f);
    const words = hedge && text.toLowerCase().startsWith(hedge.toLowerCase()) ? text.slice(hedge.length).trim() : text;
    const percent = Math.round(value * 1000) / 10;
    return `${clip(words, 60)} (${percent}%)`;
  }

  // Scale words: an amount written with one ("$1.2 billion", "9.6 million") gets its full
  // number beside the page's words; one without ("23 miles", "$3.25") is clear as written.
  const SCALE = /\d\s*-?\s*(?:thousand|million|billion|trillion|crore|lakh|k|m|mn|bn|b|tn)\b|\b(?:thousand|million|billion|trillion|crore|lakh)\b/i;
  // A run of number words at the start of an amount ("two or three", "twenty-five", "a million").
  const LEADING_NUMBER_WORDS = /^(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half)(?:[\s-]+(?:and|or|to)\b)?[\s-]*)+/i;
  const HEDGE_WORDS = /^\s*(?:about|around|nearly|almost|roughly|some|over|more than|less than|fewer than|at least|at most|up to|approximately|under|below|above|just over|just under|as (?:many|much|few|little) as)\s+/i;

  /** A figure's words without the hedge before them: the amount as the page wrote it. @param {Finding} f */
  function unhedged(f) {
    const text = String(f.text ?? '').replace(/\s+/g, ' ').trim();
    const hedge = hedgeAsWritten(f);
    const rest = hedge && text.toLowerCase().startsWith(hedge.toLowerCase()) ? text.slice(hedge.length).trim() : text;
    return rest.replace(HEDGE_WORDS, '') || text;
  }

  /** A range's two ends, or the one amount. @param {string|null} low @param {string|null} high */
  const span = (low, high) => (high === null ? String(low) : `${low} to ${high}`);

  /**
   * An amount in words ("six meters", "two or three years", "a million readers"): the number
   * for the number words, the page's words for the rest ("6 meters", "2 to 3 years"); with a
   * scale word the page's words come first ("a million readers (1,000,000)").
   * @param {string} words @param {string} amount @param {unknown} unit
   */
  function wordsAmount(words, amount, unit) {
    const lead = words.match(LEADING_NUMBER_WORDS)?.[0] ?? '';
    if (!lead.trim()) return unit ? `${amount} ${unit}` : amount;
    if (/\b(?:thousand|million|billion|trillion)\b/i.test(lead)) return `${clip(words, 60)} (${amount})`;
    const rest = words.slice(lead.length).trim();
    // "Two more uncrewed flights" marks only "Two": the report's unit says what is counted.
    if (!rest) return unit ? `${amount} ${unit}` : amount;
    return lead.endsWith('-') ? `${amount}-${rest}` : `${amount} ${rest}`;
  }

  /**
   * The value row of a figure, per category: what the page's words say, never more precise.
   * Where the page wrote the amount in digits, its own words are the value (the unit as it
   * wrote it: "10 to 15 km per hour", "23 miles"), with the full number when a scale word
   * shortens it.
   * @param {Finding} f
   * @returns {string|null}
   */
  function figureValue(f) {
    const text = String(f.text ?? '');
    const decades = [...text.matchAll(/\b(?:the\s+)?(?:'|\u2019)?((?:1[0-9]|20)?\d0)['\u2019]?s\b/gi)].map((m) => m[1]);
    const decade = decades[0];
    if (decade && f.category === 'age') {
      const d = Number(decade);
      return `${decade}s (ages ${d} to ${d + 9})`;
    }
    if (decade && (f.category === 'year' || f.category === 'date' || /^\d{4}$/.test(decade))) {
      const full = (/** @type {string} */ x) => `the ${x.length === 2 ? `19${x}` : x}s`;
      return decades.length > 1 ? `${full(decade)} to ${full(decades[decades.length - 1])}` : full(decade);
    }
    const vague = text.match(VAGUE) ?? String(f.approx ?? '').match(VAGUE);
    if (vague) return `${vague[1].toLowerCase().replace(/\s+/g, ' ')} (an order of magnitude, not a count)`;
    const low = number(f.value);
    const high = number(f.high);
    const share = fractionAsWritten(f);
    if (share) return share;
    const written = unhedged(f);
    const digits = /\d/.test(written);
    switch (f.category) {
      case 'year': {
        const year = (/** @type {unknown} */ v) => (typeof v === 'number' || (typeof v === 'string' && v.trim() !== '') ? String(Math.trunc(Number(v))) : null);
        const from = year(f.value);
        const to = year(f.high);
        return from === null ? null : to === null || to === from ? from : `${from} to ${to}`;
      }
      case 'date':
      case 'ordinal':
        return clip(text, 60);
      case 'money': {
        // The amount as written carries its own currency; a bare number would invite a guess.
        const asWritten = clip(written, 60);
        if (low === null || !SCALE.test(written)) return asWritten;
        const amount = span(low, high);
        const prefix = written.match(/^([^\d\s]*[^\d\s-])\s?\d/)?.[1] ?? '';
        const word = prefix ? null : currencyAsWritten(written);
        const full = prefix ? `${prefix}${high === null ? low : `${low} to ${prefix}${high}`}` : `${amount}${word ? ` ${word}` : ''}`;
        return full === asWritten ? asWritten : `${asWritten} (${full})`;
      }
      case 'percent': {
        if (low === null) return clip(text, 60);
        // Percentage points and basis points are differences, not shares: never "1%".
        if (/point/i.test(String(f.unit ?? '')) || /\bpoints?\b/i.test(written)) {
          if (digits) return clip(written, 60);
          const unit = String(f.unit ?? 'percentage point');
          return `${span(low, high)} ${span(low, high) === '1' || /s$/.test(unit) ? unit : `${unit}s`}`;
        }
        return `${span(low, high)}%`;
      }
      case 'age':
        return low === null ? clip(text, 60) : `${span(low, high)} years`;
      default: {
        if (low === null) return clip(text, 60);
        const amount = span(low, high);
        if (!digits) return wordsAmount(written, amount, f.unit);
        const asWritten = clip(written, 60);
        if (SCALE.test(written)) return `${asWritten} (${amount})`;
        // "50 bps", "930 pts": an abbreviated point is spelled out, since points are
        // differences a reader may misread as a share or a count.
        const unit = String(f.unit ?? '');
        if (/point/i.test(unit) && !/point/i.test(written)) return `${asWritten} (${amount} ${amount === '1' || /s$/.test(unit) ? unit : `${unit}s`})`;
        return asWritten;
      }
    }
  }

  // Reasons as a reader reads them; an unknown word passes through in plain spelling.
  // The claims detector's reasons (src/detect/claims/features.rs) in a reader's words.
  const REASON_WORDS = {
    figure: 'states a number', quantity: 'speaks of an amount', statistic: 'cites a statistic',
    comparison: 'makes a comparison', universal: 'speaks of all or none', record: 'claims a record or a first', attributed: 'credited to a source',
    wording: 'worded like a checkable claim', trend: 'reports a rise or fall', hedge: 'hedged', quote: 'quotes someone',
    named: 'names a person, place or body', public: 'concerns a public body or policy',
  };

  /** Reasons in words, each once. @param {unknown} reasons @returns {string[]} */
  function reasons(reasons) {
    if (!Array.isArray(reasons)) return [];
    const out = [];
    for (const r of reasons) {
      const key = String(r ?? '').trim().toLowerCase();
      if (!key) continue;
      const word = REASON_WORDS[/** @type {keyof typeof REASON_WORDS} */ (key)] ?? key.replace(/[-_]+/g, ' ');
      if (!out.includes(word)) out.push(word);
    }
    return out;
  }

  /** A role worth showing: not an honorific on its own ("Mr."). @param {unknown} role */
  function role(role) {
    const r = String(role ?? '').trim();
    if (!r || /^(mr|mrs|ms|miss|mx|dr|sir|dame|mme|herr|frau)\.?$/i.test(r)) return null;
    return r;
  }

  /**
   * The hedge row: the page's words, with the comparator they amount to when it differs ("as
   * much as: up to"); a vague plural ("thousands of") is no hedge word but the amount itself
   * being vague, and is said so.
   * @param {Finding} f @param {string|null} hedge
   */
  function hedgeRow(f, hedge) {
    if (hedge === null) return 'none: stated as exact';
    const approx = String(f.approx).trim();
    const vague = approx.match(VAGUE);
    if (vague && approx.toLowerCase().replace(/\s+of$/, '') === vague[1].toLowerCase()) return `a vague amount: \u201C${hedge}\u201D`;
    return hedge.toLowerCase() === approx.toLowerCase() ? hedge : `${hedge} (${approx})`;
  }

  /**
   * The heading, subtitle and label/value rows of one finding.
   * @param {Finding} f
   * @returns {{ kind: string, label: string, title: string, subtitle: string|null, excerpt: string|null, rows: [string, string][] }}
   */
  function describe(f) {
    /** @type {[string, string][]} */
    const rows = [];
    const row = (/** @type {string} */ label, /** @type {unknown} */ value) => {
      if (value !== null && value !== undefined && String(value).trim() !== '') rows.push([label, String(value)]);
    };
    const kind = f.kind in KIND_LABEL ? f.kind : 'claim';
    const label = KIND_LABEL[/** @type {keyof typeof KIND_LABEL} */ (kind)];
    if (kind === 'quote') {
      row('Said by', f.speaker ?? 'not named in the article');
      row('Cue', f.cue);
      row('Quote', f.partial ? 'partial: only part of the statement is in quote marks' : 'the whole statement');
      return { kind, label, title: f.speaker ? `Quote by ${clip(f.speaker, 80)}` : 'Quote, speaker not named', subtitle: role(f.role), excerpt: clip(f.text, 400), rows };
    }
    if (kind === 'figure') {
      row('Value', figureValue(f));
      const hedge = hedgeAsWritten(f);
      // The page's words, with the comparator they amount to when it differs ("as much as: up to").
      row('Hedge', hedgeRow(f, hedge));
      if (f.trend === 'up' || f.trend === 'down') row('Trend', f.trend === 'up' ? 'a rise' : 'a fall');
      row('Source', f.source ?? 'not credited in the sentence');
      return { kind, label, title: clip(f.text, 90), subtitle: null, excerpt: null, rows };
    }
    row('Source', f.source ?? 'not credited in the sentence');
    row('Cue', f.cue);
    const why = reasons(f.reasons);
    if (why.length) row('Why check', why.join(', '));
    return { kind, label, title: 'A claim worth checking', subtitle: null, excerpt: clip(f.text, 400), rows };
  }

  /**
   * A marker's accessible name: what it is and a few of its words, so that no two markers
   * of a page sound alike ("Quote by Lori Lightfoot: “Chicago is and will always…”, and a claim").
   * @param {Finding[]} findings the marker's findings, main one first
   */
  function markerLabel(findings) {
    const [main, ...rest] = findings;
    if (!main) return 'Spotcheck finding';
    const words = `\u201C${firstWords(main.text, 6)}\u201D`;
    let name;
    if (main.kind === 'quote') name = main.speaker ? `Quote by ${clip(main.speaker, 50)}: ${words}` : `Quote, speaker not named: ${words}`;
    else if (main.kind === 'figure') name = `Figure: ${words}`;
    else name = `Claim to check: ${words}`;
    if (!rest.length) return name;
    const counts = { quote: 0, figure: 0, claim: 0 };
    for (const f of rest) if (f.kind in counts) counts[/** @type {keyof typeof counts} */ (f.kind)] += 1;
    const parts = [];
    for (const [k, n] of Object.entries(counts)) {
      if (!n) continue;
      const noun = k === 'claim' ? 'claim' : k;
      parts.push(n === 1 ? `a ${noun}` : `${n} ${noun}s`);
    }
    const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
    return `${name}, and ${list}`;
  }

  // The longest stretch of a finding's words a marker's description carries.
  const DESCRIBED_CHARS = 400;

  /**
   * A marker's accessible description: the words the page tints, finding by finding, in
   * text order. The tints (the CSS Custom Highlight API) paint only: a screen reader never
   * learns of them, so the marker (its name says what it is, with its first words; this
   * says the rest) is where the highlighted text is exposed, read after the name when the
   * marker is focused. A finding whose words another one already gave (a figure inside a
   * quote) is named by kind with its own short text.
   * @param {Finding[]} findings
   */
  function markerDescription(findings) {
    const parts = [];
    const given = new Set();
    for (const f of findings) {
      const text = clip(f.text, DESCRIBED_CHARS);
      if (!text || given.has(text)) continue;
      given.add(text);
      if (f.kind === 'quote') parts.push(`quote${f.speaker ? ` by ${clip(f.speaker, 50)}` : ''} \u201C${text}\u201D`);
      else if (f.kind === 'figure') parts.push(`figure \u201C${text}\u201D`);
      else parts.push(`claim to check \u201C${text}\u201D`);
    }
    return parts.length ? `Highlighted in the article: ${parts.join('; ')}.` : '';
  }

  // ---------------------------------------------------------------- hints

  /** Only web links may become anchors. @param {unknown} url @returns {string|null} */
  function safeUrl(url) {
    try {
      const u = new URL(String(url));
      return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
    } catch {
      return null;
    }
  }

  /**
   * The hints of a marker's findings, each link once (the same search from two findings of
   * one sentence is one row), with labels clipped. The links are the core's: it builds them
   * for the reader's search engine (the analysis's `engine` option), so no link is
   * rewritten here; only web links become anchors.
   * @param {Finding[]} findings
   * @returns {{ label: string, url: string|null, kind: string }[]}
   */
  function hints(findings) {
    const seen = new Set();
    const out = [];
    for (const f of findings) {
      for (const h of Array.isArray(f.hints) ? f.hints : []) {
        const url = h?.url ? safeUrl(h.url) : null;
        const label = clip(h?.label || 'Source hint', 140);
        const key = url ?? label.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ label, url, kind: String(h?.kind ?? ''), words: firstWords(f.text, 5) });
      }
    }
    // Two links of one popover must not read the same ("Search … for the exact quote" of two
    // quotes of a sentence): the same label is told apart by its finding's first words.
    const times = new Map();
    for (const h of out) times.set(h.label, (times.get(h.label) ?? 0) + 1);
    return out.map(({ words, ...h }) => ((times.get(h.label) ?? 0) > 1 && words ? { ...h, label: `${h.label}: \u201C${words}\u201D` } : h));
  }

  globalThis.SpotcheckFormat = Object.freeze({
    KIND_LABEL, clip, firstWords, number, currencyAsWritten, figureValue, reasons, role, describe, markerLabel, markerDescription, safeUrl, hints,
  });
})();
