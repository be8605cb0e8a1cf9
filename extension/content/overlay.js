// @ts-check
// The overlay: one marker per sentence with findings, and the popover, drawn over the
// page without touching it.
//
// The page's own nodes are never changed. Everything Spotcheck draws lives in one host
// element (<spotcheck-overlay>, appended to <html>) with an open shadow root, so the page's
// styles cannot reach in and ours cannot leak out. Findings are grouped by sentence and cut
// to the reader's sensitivity (lib/markers.js); each marker is placed beside its sentence's
// last line where it covers no glyph of the page (see `position`), and the finding text is
// tinted with the CSS Custom Highlight API, which paints over text without wrapping it.
// Page text only ever enters our DOM through textContent.
//
// The demo site (www/) draws with this same file and lib/markers.js + lib/format.js.
(() => {
  'use strict';

  /**
   * @typedef {{ id?: string, kind: string, start: number, end: number, [field: string]: any }} Finding
   * @typedef {{ finding: Finding, ranges: Range[] }} Item
   * @typedef {{ items: Item[], ranges: Range[], kind: string, kinds: string[], label: string, main: Finding,
   *   badge: HTMLButtonElement, start: number, end: number }} Marker
   * @typedef {{ sensitivity?: string, text?: string, reported?: number, pause?: () => Promise<unknown>,
   *   wait?: (promise: Promise<unknown>) => Promise<unknown>, phase?: (name: string) => void, due?: () => boolean,
   *   settings?: { sensitivity?: string } }} DrawOptions
   * @typedef {{ left: number, top: number, right: number, bottom: number, round?: boolean }} Box a rectangle (round: a spacing circle's bounding square)
   * @typedef {{ L: Box, B: Box, end: Box|null, node: Node, before?: Box[] }} Anchor
   * @typedef {{ left: number, top: number, size: number, dx?: number, dy?: number, small?: boolean }} Spot the
   *   button's box (left, top: SIZE square) and, for a compact marker, where its dot of `size`
   *   sits inside it (dx, dy); a `small` one's button is the dot alone (left, top: its box)
   */

  const HOST_TAG = 'spotcheck-overlay';
  const Markers = /** @type {any} */ (globalThis).SpotcheckMarkers;
  const Format = /** @type {any} */ (globalThis).SpotcheckFormat;
  const KIND = {
    quote: { glyph: '\u201C', highlight: 'spotcheck-quote', priority: 1 },
    figure: { glyph: '#', highlight: 'spotcheck-figure', priority: 3 },
    claim: { glyph: '?', highlight: 'spotcheck-claim', priority: 2 },
  };
  const ACTIVE_HIGHLIGHT = 'spotcheck-active';
  const SIZE = 24; // WCAG 2.2 target size (minimum)
  // A marker on its sentence's own last line where a full one finds no room: a dot within
  // the height of a line of body text (16 px type is 17-19 px tall). Its button, the pointer
  // target, is SIZE x SIZE (WCAG 2.5.8), transparent around the dot, where such a square
  // covers no text: a click on the page's words beside it still reaches them. Where none
  // fits on the line, the button is the dot alone, placed only where WCAG 2.5.8's spacing
  // exception holds: a SIZE circle centred on it meets no other marker's target (nor the
  // circle of another dot) and no link or control of the page.
  const COMPACT = 14;
  // The page's own pointer targets, which a dot's spacing circle keeps clear of.
  const CONTROLS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, label[for], [role="button"], [role="link"], [onclick]';
  const GAP = 3;
  const CELL = 64; // the text-rectangle grid's cell, px
  const MIN_PLACE_INTERVAL_MS = 150;
  // Drawing is sliced by the clock: no slice runs past SLICE_MS before the page gets a turn
  // (50 ms is a long task; 5 ms leaves room for a loaded machine that preempts the page's
  // thread mid-slice), and a text node is measured TEXT_PIECE units at a time.
  const SLICE_MS = 5;
  const TEXT_PIECE = 32768;
  const FRAME_WAIT_MS = 100;
  // Markers drawn at most: past this a page is a dump, not an article; the best-ranked
  // are kept (`dropped` counts the rest).
  const MAX_MARKERS = 400;
  // The popover: MARGIN px from the viewport's edges, GAP_POPOVER px from the words it keeps
  // clear of, at most POPOVER_SHARE of the viewport's height (a grouped popover on a phone
  // filled it: 97%), and never squeezed under POPOVER_MIN px to keep clear of them.
  const MARGIN = 8;
  const GAP_POPOVER = 6;
  const POPOVER_SHARE = 0.6;
  const POPOVER_MIN = 160;

  const STYLE = `
    :host { all: initial; }
    .layer { position: absolute; left: 0; top: 0; width: 0; height: 0; }
    button.badge {
      all: unset; box-sizing: border-box; position: absolute;
      width: ${SIZE}px; height: ${SIZE}px; border-radius: ${SIZE / 2}px;
      display: inline-flex; align-items: center; justify-content: center;
      font: 700 13px/1 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
      color: #fff; background: var(--c); cursor: pointer; user-select: none;
      box-shadow: 0 0 0 1.5px #fff, 0 1px 3px rgba(0,0,0,.35);
      transition: transform .12s ease;
    }
    /* The curly quote sits high in its em box: a serif glyph, larger and lowered, reads better. */
    button.badge.quote span.g { font: 700 20px/1 Georgia, "Times New Roman", serif; transform: translateY(4px); }
    button.badge .n {
      position: absolute; right: -3px; bottom: -3px; min-width: 11px; height: 11px; border-radius: 6px;
      background: #fff; color: #111827; font: 700 9px/11px system-ui, sans-serif; text-align: center;
      box-shadow: 0 0 0 1px var(--c);
    }
    button.badge .n::after { content: attr(data-n); }
    button.badge.compact { border-radius: 4px; font-size: 9px; background: transparent; box-shadow: none; }
    button.badge.compact::before {
      content: ""; position: absolute; left: var(--dx, ${(SIZE - COMPACT) / 2}px); top: var(--dy, ${(SIZE - COMPACT) / 2}px);
      width: ${COMPACT}px; height: ${COMPACT}px; border-radius: ${COMPACT / 2}px; background: var(--c);
      box-shadow: 0 0 0 1px #fff, 0 1px 2px rgba(0,0,0,.35);
    }
    button.badge.compact span.g {
      position: absolute; left: var(--dx, ${(SIZE - COMPACT) / 2}px); top: var(--dy, ${(SIZE - COMPACT) / 2}px);
      width: ${COMPACT}px; height: ${COMPACT}px; display: flex; align-items: center; justify-content: center;
      pointer-events: none; /* the lowered glyph may reach past a small dot's button: clicks there are the page's */
    }
    button.badge.quote.compact span.g { font-size: 13px; transform: translateY(2.5px); }
    button.badge.compact .n { display: none; }
    button.badge.compact[aria-expanded="true"] { box-shadow: none; }
    button.badge.compact.small { width: ${COMPACT}px; height: ${COMPACT}px; border-radius: ${COMPACT / 2}px; }
    button.badge.compact[aria-expanded="true"]::before { box-shadow: 0 0 0 2px #fff, 0 0 0 4px var(--c); }
    button.badge:hover { transform: scale(1.1); }
    button.badge:focus-visible { outline: 3px solid #111827; outline-offset: 2px; box-shadow: 0 0 0 2px #fff; }
    button.badge[aria-expanded="true"] { box-shadow: 0 0 0 2px #fff, 0 0 0 4px var(--c); }
    button.badge[hidden], .popover[hidden] { display: none; }
    .quote { --c: #b45309; --ink: #92400e; --tint: #fef3c7; }
    .figure { --c: #1d4ed8; --ink: #1e40af; --tint: #dbeafe; }
    .claim { --c: #7e22ce; --ink: #6b21a8; --tint: #f3e8ff; }

    .popover {
      position: absolute; box-sizing: border-box; width: 360px; max-width: calc(100vw - 16px);
      overflow: auto; overscroll-behavior: contain;
      background: #fff; color: #1f2937; border-radius: 10px; border-top: 4px solid var(--c);
      box-shadow: 0 10px 30px rgba(0,0,0,.22), 0 0 0 1px rgba(0,0,0,.08);
      font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; text-align: left;
      padding: 12px 14px 10px; outline: none;
    }
    .popover:focus-visible { box-shadow: 0 10px 30px rgba(0,0,0,.22), 0 0 0 2px var(--c); }
    .head { display: flex; align-items: flex-start; gap: 8px; }
    .chip {
      flex: none; font-size: 11px; font-weight: 700; letter-spacing: .04em; text-transform: uppercase;
      color: var(--ink); background: var(--tint); border-radius: 4px; padding: 2px 6px; margin-top: 2px;
    }
    h2 { flex: 1; margin: 0; font-size: 15px; font-weight: 650; line-height: 1.3; color: #111827; }
    .close {
      all: unset; flex: none; width: 24px; height: 24px; border-radius: 6px; text-align: center;
      font-size: 18px; line-height: 24px; color: #4b5563; cursor: pointer;
    }
    .close:hover { background: #f3f4f6; color: #111827; }
    .close:focus-visible { outline: 2px solid #111827; }
    section.finding { margin-top: 10px; }
    section.finding + section.finding { border-top: 1px solid #e5e7eb; padding-top: 8px; }
    h3 { display: flex; gap: 8px; align-items: baseline; margin: 0 0 4px; font-size: 13.5px; font-weight: 650; color: #111827; }
    .role { margin: 2px 0 0; color: #4b5563; font-size: 12px; }
    .excerpt {
      margin: 6px 0; padding: 6px 10px; border-left: 3px solid var(--c); background: var(--tint);
      border-radius: 0 6px 6px 0; font-family: Georgia, "Times New Roman", serif; font-size: 13.5px; color: #111827;
      max-height: 7.5em; overflow: auto;
    }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 3px 12px; margin: 6px 0; }
    dt { color: #4b5563; font-size: 12px; }
    dd { margin: 0; font-weight: 550; overflow-wrap: anywhere; }
    h4 { margin: 12px 0 4px; font-size: 11px; letter-spacing: .06em; text-transform: uppercase; color: #4b5563; }
    ul { margin: 0; padding: 0; list-style: none; }
    li { margin: 0; }
    li a { display: inline-block; min-height: 24px; line-height: 24px; color: #1d4ed8; text-decoration: none; overflow-wrap: anywhere; }
    li a:hover { text-decoration: underline; }
    li a:focus-visible { outline: 2px solid #111827; outline-offset: 1px; border-radius: 2px; }
    li a::after { content: " \\2197"; font-size: 11px; }
    .foot { margin: 10px 0 0; padding-top: 6px; border-top: 1px solid #e5e7eb; font-size: 11.5px; color: #4b5563; }
    @media (prefers-color-scheme: dark) {
      .popover { background: #1f2937; color: #e5e7eb; box-shadow: 0 10px 30px rgba(0,0,0,.5), 0 0 0 1px rgba(255,255,255,.15); }
      h2, h3, .excerpt { color: #f9fafb; }
      .excerpt { background: rgba(255,255,255,.08); }
      dt, h4, .role, .foot, .close { color: #cbd5e1; }
      .chip { background: #f9fafb; }
      li a { color: #93c5fd; }
      .foot, section.finding + section.finding { border-top-color: #4b5563; }
      .close:hover { background: #374151; color: #f9fafb; }
      .close:focus-visible, li a:focus-visible { outline-color: #f9fafb; }
      button.badge:focus-visible { outline-color: #f9fafb; box-shadow: 0 0 0 2px #111827; }
    }
    @media (prefers-reduced-motion: reduce) {
      button.badge { transition: none; }
      button.badge:hover { transform: none; }
    }
  `;

  /**
   * The Custom Highlight API of the window whose text is tinted (the demo draws into an
   * iframe: its highlights must be that window's), or null where there is none.
   * @param {any} win @returns {{ registry: any, make: (ranges: Range[], priority: number) => any }|null}
   */
  const highlighter = (win) => {
    const registry = win?.CSS?.highlights;
    const Make = win?.Highlight;
    if (!registry || typeof Make !== 'function') return null;
    return { registry, make: (ranges, priority) => Object.assign(new Make(...ranges), { priority }) };
  };

  /**
   * @param {Document} doc @param {string} tag @param {Record<string, string>} [props]
   * @param {...(Node|string|null|undefined|false)} children
   */
  const el = (doc, tag, props = {}, ...children) => {
    const node = doc.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (key === 'text') node.textContent = value;
      else if (key === 'class') node.className = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) if (child) node.append(child);
    return node;
  };

  /** Where to cut `text` at or before `at` without splitting a surrogate pair. @param {string} text @param {number} at */
  const safeCut = (text, at) => {
    if (at >= text.length) return text.length;
    const unit = text.charCodeAt(at - 1);
    return unit >= 0xd800 && unit <= 0xdbff ? at - 1 : at;
  };

  /**
   * Resolves after the page had a turn: scheduler.yield where there is one, else a
   * MessageChannel message (not a timer: timers are clamped to 4 ms once nested, and
   * throttled in background tabs).
   * @returns {() => Promise<unknown>}
   */
  const makeYield = () => {
    const scheduler = /** @type {any} */ (globalThis).scheduler;
    if (scheduler && typeof scheduler.yield === 'function') return () => scheduler.yield();
    /** @type {(() => void)[]} */
    const waiting = [];
    let channel = null;
    try {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    } catch {
      channel = null;
    }
    return () => new Promise((resolve) => {
      if (!channel) return setTimeout(resolve, 0);
      waiting.push(() => resolve(undefined));
      channel.port2.postMessage(0);
    });
  };

  /** Work cut into slices: `due()` once a slice has run SLICE_MS, `turn()` gives the page its turn. */
  class Slicer {
    /**
     * @param {() => Promise<unknown>} pause @param {() => boolean} alive whether the work is still wanted
     * @param {(promise: Promise<unknown>) => Promise<unknown>} [wait] how to wait for something else (the controller meters through it)
     * @param {(name: string) => void} [phase] told what the work that follows does
     * @param {() => boolean} [due] whether the caller's task has had its slice (work before ours counts)
     */
    constructor(pause, alive, wait = (promise) => promise, phase = (/** @type {string} */ _name) => {}, due = () => false) {
      this.pause = pause;
      /** The caller's own clock: its task may have begun before this work did. */
      this.callerDue = due;
      /** Names the work that runs now (the controller's diagnostics say which stretch was longest). */
      this.at = phase;
      this.wait = wait;
      this.alive = alive;
      this.started = performance.now();
    }

    due() {
      return performance.now() - this.started > SLICE_MS || this.callerDue();
    }

    /** Resolves after the page's turn: true while the work is still wanted. */
    async turn() {
      await this.pause();
      this.started = performance.now();
      return this.alive();
    }

    /**
     * Resolves at the start of a task right after the page's next frame, when its own layout
     * was just brought up to date: reading layout then costs nothing the page had left
     * pending (a page still laying out its images would otherwise make our first read pay
     * for it). A hidden tab has no frames: at most FRAME_WAIT_MS then.
     * @param {Window} win
     */
    async frame(win) {
      await this.wait(new Promise((resolve) => {
        const done = () => resolve(undefined);
        try {
          win.requestAnimationFrame(() => setTimeout(done, 0));
        } catch {
          // no frames here: the timer below
        }
        setTimeout(done, FRAME_WAIT_MS);
      }));
      this.started = performance.now();
      return this.alive();
    }
  }

  /** Document order of two ranges' ends. @param {Range} a @param {Range} b */
  const byEnd = (a, b) => {
    try {
      return a.compareBoundaryPoints(Range.END_TO_END, b);
    } catch {
      return 0; // ranges in different documents: keep their order
    }
  };

  // ---------------------------------------------------------------- the free-space index

  /** Rectangles in a uniform grid: which of them a box meets, in time ~ the box's cells. */
  class Grid {
    constructor() {
      /** @type {Map<number, Box[]>} */
      this.cells = new Map();
    }

    /** @param {number} cx @param {number} cy */
    static key(cx, cy) {
      return cx * 1048576 + cy;
    }

    /** @param {Box} box */
    add(box) {
      for (let cx = Math.floor(box.left / CELL); cx <= Math.floor(box.right / CELL); cx++) {
        for (let cy = Math.floor(box.top / CELL); cy <= Math.floor(box.bottom / CELL); cy++) {
          const key = Grid.key(cx, cy);
          const list = this.cells.get(key);
          if (list) list.push(box);
          else this.cells.set(key, [box]);
        }
      }
    }

    /** A rectangle `box` meets (touching edges do not count), or null. @param {Box} box @returns {Box|null} */
    hit(box) {
      for (let cx = Math.floor(box.left / CELL); cx <= Math.floor(box.right / CELL); cx++) {
        for (let cy = Math.floor(box.top / CELL); cy <= Math.floor(box.bottom / CELL); cy++) {
          for (const r of this.cells.get(Grid.key(cx, cy)) ?? []) {
            if (box.left < r.right && r.left < box.right && box.top < r.bottom && r.top < box.bottom) return r;
          }
        }
      }
      return null;
    }
  }

  /**
   * Whether a circle of radius `r` around (cx, cy) meets a rectangle of `grid` (a dot's
   * circle, `round`, meets another's when their centres are under 2r apart).
   * @param {Grid} grid @param {number} cx @param {number} cy @param {number} r
   */
  function circleMeets(grid, cx, cy, r) {
    const box = { left: cx - 2 * r, top: cy - 2 * r, right: cx + 2 * r, bottom: cy + 2 * r };
    for (let gx = Math.floor(box.left / CELL); gx <= Math.floor(box.right / CELL); gx++) {
      for (let gy = Math.floor(box.top / CELL); gy <= Math.floor(box.bottom / CELL); gy++) {
        for (const b of grid.cells.get(Grid.key(gx, gy)) ?? []) {
          const round = b.round;
          const px = round ? (b.left + b.right) / 2 : Math.min(Math.max(cx, b.left), b.right);
          const py = round ? (b.top + b.bottom) / 2 : Math.min(Math.max(cy, b.top), b.bottom);
          if (Math.hypot(cx - px, cy - py) < (round ? 2 * r : r)) return true;
        }
      }
    }
    return false;
  }

  // How far from its anchors a marker's spot may be (spotFor: the row search goes 120 px up
  // and down, each try a marker's height; the other tries 16 px), with a margin.
  const REACH = 120 + SIZE + 16;

  /**
   * The vertical bands (host coordinates) a marker may be placed in, as a test of whether a
   * box from `top` to `bottom` meets one: around each marker's last line and its block's
   * last glyph. Sorted and merged, tested by binary search.
   * @param {(Anchor|null)[]} anchors @returns {(top: number, bottom: number) => boolean}
   */
  function bands(anchors) {
    /** @type {[number, number][]} */
    const spans = [];
    for (const a of anchors) {
      if (!a) continue;
      spans.push([a.L.top - REACH, a.L.bottom + REACH]);
      if (a.end) spans.push([a.end.top - REACH, a.end.bottom + REACH]);
    }
    spans.sort((x, y) => x[0] - y[0]);
    /** @type {[number, number][]} */
    const merged = [];
    for (const span of spans) {
      const last = merged[merged.length - 1];
      if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
      else merged.push([span[0], span[1]]);
    }
    return (top, bottom) => {
      let lo = 0;
      let hi = merged.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (merged[mid][1] < top) lo = mid + 1;
        else hi = mid;
      }
      return lo < merged.length && merged[lo][0] <= bottom;
    };
  }

  /** Whether two boxes are the same to half a pixel (both null: the same). @param {Box|null} a @param {Box|null} b */
  const sameBox = (a, b) => (!a || !b ? a === b
    : Math.abs(a.left - b.left) < 0.5 && Math.abs(a.top - b.top) < 0.5 && Math.abs(a.right - b.right) < 0.5 && Math.abs(a.bottom - b.bottom) < 0.5);

  /** What blocks a spot past the page's edge. @type {Box} */
  const EDGE = Object.freeze({ left: 0, top: 0, right: 0, bottom: 0 });

  const SKIP_TEXT_IN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
  // Regions of the page that are not the article: a marker never sits on one it is not in.
  const REGIONS = 'aside, nav, header, footer, [role="complementary"], [role="navigation"], [role="banner"], [role="contentinfo"], [role="dialog"], iframe, video';
  const MAX_TEXT_NODES = 40000;

  /**
   * Whether the page presents itself as an article ("only articles" mode): article metadata
   * (Open Graph, schema.org) or an <article> element, and an extracted text of some length.
   * @param {Document} doc @param {number} words the extracted text's words
   */
  function looksLikeArticle(doc, words) {
    if (words < 150) return false;
    const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
    if (/article/i.test(og)) return true;
    if (doc.querySelector('[itemtype*="Article" i], article')) return true;
    for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
      if (/"@type"\s*:\s*\[?[^\]]*Article"/.test(script.textContent ?? '')) return true;
    }
    return words >= 600;
  }

  /** A serial per item object: a marker whose items are the same objects is the same marker. */
  const serials = new WeakMap();
  let serial = 0;
  /** @param {object} item */
  const serialOf = (item) => {
    if (!serials.has(item)) serials.set(item, ++serial);
    return serials.get(item);
  };
  /**
   * How many of `kinds` are each of quote, figure and claim (other kinds are not counted).
   * @param {string[]} kinds @returns {{ quote: number, figure: number, claim: number }}
   */
  function countKinds(kinds) {
    const counts = { quote: 0, figure: 0, claim: 0 };
    for (const k of kinds) if (k in counts) counts[/** @type {keyof typeof counts} */ (k)] += 1;
    return counts;
  }

  /** What makes a drawn marker the same on the next draw. @param {{ items: object[], kind: string }} marker @param {string} label */
  const markerKey = (marker, label) => `${marker.kind}|${marker.items.map(serialOf).join(',')}|${label}`;

  /** @type {Overlay|null} the overlay the extension's messages reach */
  let current = null;

  class Overlay {
    /**
     * @param {Document} doc
     * @param {{ createHost?: ((tag: string) => HTMLElement)|null }} [options] createHost: how the
     *   controller makes the host element (the runtime's scoped-registry host); else createElement
     */
    constructor(doc, { createHost = null } = {}) {
      this.doc = doc;
      this.createHost = createHost;
      this.win = /** @type {Window & typeof globalThis} */ (doc.defaultView);
      /** @type {HTMLElement|null} */
      this.host = null;
      /** @type {ShadowRoot|null} */
      this.root = null;
      /** @type {HTMLElement|null} */
      this.layer = null;
      /** @type {HTMLElement|null} */
      this.popover = null;
      /** @type {Marker[]} the markers drawn so far, in reading order (each with its button) */
      this.items = [];
      /** @type {Marker[]} every marker of the last draw, in reading order */
      this.markers = [];
      /** @type {{ item: Marker, badge: HTMLButtonElement }|null} */
      this.open = null;
      this.frame = 0;
      this.marked = 0; // findings the core marked on this page (data-marked: what "all" reaches)
      /** @type {{ quote: number, figure: number, claim: number }} those findings by kind (what the popup says was found) */
      this.markedKinds = { quote: 0, figure: 0, claim: 0 };
      this.timer = 0;
      this.placedAt = -Infinity;
      this.pause = makeYield();
      this.token = 0; // bumps on draw and destroy: a placement job of an older token stops
      /** @type {Promise<void>|null} the placement job that runs now */
      this.job = null;
      this.again = false; // placement was asked for while a job ran
      this.dropped = 0; // markers past MAX_MARKERS, not drawn
      /** @type {Map<string, HTMLButtonElement>} the last draw's buttons, by markerKey, until reused or dropped */
      this.kept = new Map();
      /** @type {WeakMap<HTMLButtonElement, HTMLElement>} each button's hidden description */
      this.descriptions = new WeakMap();
      this.described = 0; // serial of the description ids (stable while a button is reused)
      /**
       * The Ranges put into each kind's highlight, by its name: what the next draw diffs
       * against. Never read back from the registry: in Firefox the page's Highlight reaches
       * the content script through an Xray wrapper, which cannot iterate it.
       * @type {Map<string, Set<Range>>}
       */
      this.tinted = new Map();
      /** @type {Range|null} */
      this.range = null;
      // At most one placement per MIN_PLACE_INTERVAL_MS: a page that keeps resizing (an
      // animation, an endless feed) must not make us read its layout every frame.
      this.schedule = () => {
        if (this.frame || this.timer) return;
        const frame = () => { this.frame = this.win.requestAnimationFrame(() => { this.frame = 0; this.safely(() => this.position()); }); };
        const wait = this.placedAt + MIN_PLACE_INTERVAL_MS - performance.now();
        if (wait > 0) this.timer = this.win.setTimeout(() => { this.timer = 0; frame(); }, wait);
        else frame();
      };
      /** @param {Event} event */
      this.onScroll = (event) => {
        // Markers live in document coordinates: the document's own scroll moves them with the
        // page. Only a scrolling box inside the page moves text under them.
        if (event.target !== this.doc && event.target !== this.doc.documentElement) this.schedule();
        else if (this.open) this.safely(() => this.placePopover());
      };
      /** @param {PointerEvent} event */
      this.onPointerDown = (event) => this.safely(() => {
        if (!this.open || !this.popover) return;
        const path = event.composedPath();
        if (!path.includes(this.popover) && !path.includes(this.open.badge)) this.close(false);
      });
      /** @param {KeyboardEvent} event */
      this.onKeyDown = (event) => this.safely(() => {
        if (this.open && event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          this.close(true);
        }
      });
      const Observer = /** @type {any} */ (this.win).ResizeObserver ?? globalThis.ResizeObserver;
      // A ResizeObserver reports every observed box once when observing starts: that first
      // report is the layout the draw is placing against already.
      this.observed = false;
      const onResize = () => {
        if (this.observed) this.schedule();
        this.observed = true;
      };
      this.resizeObserver = typeof Observer === 'function' ? /** @type {ResizeObserver} */ (new Observer(onResize)) : null;
      // Text can move with no resize of the window or the body: an ad slot opening above the
      // article inside a scrolling box or a body of fixed height, a class that widens the
      // letters, a transition that ends later. Any change of the page's DOM (not ours) and
      // any transition's or animation's end makes the overlay check, at most once per
      // MIN_PLACE_INTERVAL_MS and in a frame, whether a marker's words moved (`verify`:
      // reads only), and place the markers again if they did.
      /** @type {(Box|null)[]} each marker's last line when it was placed, host coordinates */
      this.lastLines = [];
      this.checkFrame = 0;
      this.checkTimer = 0;
      this.checkedAt = -Infinity;
      this.checkAgain = false; // a check came while a placement ran: check once it is done
      this.check = () => {
        if (this.checkFrame || this.checkTimer || !this.host) return;
        const frame = () => { this.checkFrame = this.win.requestAnimationFrame(() => { this.checkFrame = 0; this.safely(() => { this.verify().catch((error) => console.warn('Spotcheck overlay:', error)); }); }); };
        const wait = this.checkedAt + MIN_PLACE_INTERVAL_MS - performance.now();
        if (wait > 0) this.checkTimer = this.win.setTimeout(() => { this.checkTimer = 0; frame(); }, wait);
        else frame();
      };
      const Mutations = /** @type {any} */ (this.win).MutationObserver ?? globalThis.MutationObserver;
      this.mutationObserver = typeof Mutations === 'function'
        ? /** @type {MutationObserver} */ (new Mutations((/** @type {MutationRecord[]} */ records) => this.safely(() => {
          if (records.some((r) => !this.isOwnChange(r))) this.check();
        })))
        : null;
      current = this;
    }

    /**
     * Whether a DOM change is the overlay's (its host coming or going, its attributes) or the
     * controller's diagnostics on <html>: none of them moves the page's text.
     * @param {MutationRecord} record
     */
    isOwnChange(record) {
      const host = this.host;
      if (host && record.target === host) return true;
      if (record.type === 'attributes') return /^data-spotcheck/.test(record.attributeName ?? '');
      if (record.type !== 'childList') return false;
      const nodes = [...record.addedNodes, ...record.removedNodes];
      return nodes.length > 0 && nodes.every((n) => n === host || (n.nodeType === 1 && /** @type {Element} */ (n).localName === HOST_TAG));
    }

    /**
     * Whether any marker's words moved since they were placed: each marker's last line is
     * read again (in slices of SLICE_MS) and compared with where it was; on the first that
     * moved, the markers are placed again. A placement that is running or due reads
     * everything anew: this check then waits for its end.
     */
    async verify() {
      if (!this.host || !this.markers.length) return;
      if (this.job || this.frame || this.timer) {
        this.checkAgain = true;
        return;
      }
      this.checkedAt = performance.now();
      const token = this.token;
      const markers = this.markers;
      const was = this.lastLines;
      if (was.length !== markers.length) return;
      let started = performance.now();
      let { ox, oy } = this.origin();
      for (let i = 0; i < markers.length; i++) {
        if (performance.now() - started > SLICE_MS) {
          await this.pause();
          if (token !== this.token || !this.host || this.job) return;
          started = performance.now();
          ({ ox, oy } = this.origin());
        }
        const line = this.lastLine(markers[i]);
        const now = line ? { left: line.rect.left - ox, top: line.rect.top - oy, right: line.rect.right - ox, bottom: line.rect.bottom - oy } : null;
        if (!sameBox(was[i], now)) {
          this.schedule();
          return;
        }
      }
    }

    /** Runs an event-time action so that nothing escapes into the page. @param {() => void} action */
    safely(action) {
      try {
        action();
      } catch (error) {
        console.warn('Spotcheck overlay:', error);
      }
    }

    /** The number of markers drawn (data-spotcheck-count). */
    get badgeCount() {
      return this.items.length;
    }

    /**
     * Draws one marker per sentence with findings worth showing at the reader's sensitivity,
     * and tints their text; replaces what was drawn. The work is sliced (no slice over
     * SLICE_MS before the page gets a turn): the findings are grouped, then the markers
     * placed in reading order, each appearing once it has its spot. Resolves with the
     * number of markers once they are placed (0 when a newer draw or destroy superseded it).
     * @param {Item[]} items every marked finding with its live Ranges
     * @param {DrawOptions} [options] the sensitivity, the report's text (sentences, words),
     *   pause: how a slice gives the page its turn (the controller meters
     *   its own work through it)
     * @returns {Promise<number>}
     */
    async draw(items, options = {}) {
      this.close(false);
      // A page that changes (content/live.js) passes the same item objects for what did not
      // change: their markers stay the same elements and their tints the same ranges.
      // They wait in `kept` (with any a superseded draw did not reach) until placement
      // reaches their marker; what is left then goes.
      const before = new Map(this.kept);
      for (const m of this.items) if (m.badge) before.set(markerKey(m, m.label), m.badge);
      this.kept = before;
      this.items = [];
      this.markers = [];
      this.stopPlacing();
      const pause = options.pause ?? this.pause;
      const token = this.token;
      const slicer = new Slicer(pause, () => token === this.token, options.wait, options.phase, options.due);
      slicer.at('draw:group');
      const sensitivity = options.sensitivity ?? options.settings?.sensitivity;
      const words = Markers.wordCount(options.text);
      const skip = /** @type {any} */ (options).articlesOnly && !looksLikeArticle(this.doc, words);
      if (skip) {
        this.marked = 0;
        this.markedKinds = countKinds([]);
      }
      const markers = skip ? [] : await this.markersFor(items, sensitivity, options.text, words, slicer);
      if (!slicer.alive()) return 0;
      if (!markers.length) {
        this.clearHighlights();
        this.removeHost();
        return 0;
      }
      // Making the host (its shadow root, its style sheet) is a slice's work of its own.
      if (slicer.due() && !(await slicer.turn())) return 0;
      slicer.at('draw:host');
      this.ensureHost();
      if (slicer.due() && !(await slicer.turn())) return 0;
      // A diagnostic on our own element: the article's words, for markers per 100 words.
      this.host?.setAttribute('data-words', String(words));
      this.host?.setAttribute('data-marked', String(this.marked));
      // And the findings of the report (what "all" must reach), when the controller says.
      if (Number.isInteger(options.reported)) this.host?.setAttribute('data-reported', String(options.reported));
      this.markers = markers;
      slicer.at('draw:highlight');
      this.highlight();
      // The first layout read comes after a frame, never in the task that made the host.
      if (!(await slicer.frame(this.win))) return 0;
      await this.position(pause, slicer);
      if (!slicer.alive()) return 0;
      this.dropKept();
      return markers.length;
    }

    /**
     * A marker's button, appended to the layer at its spot: made by the placement job as it
     * reaches the marker, so a page of hundreds of markers gets them slice by slice, in
     * reading order. @param {Marker} marker @param {number} index its place in reading order
     * @param {Spot|null} spot
     */
    makeBadge(marker, index, spot) {
      const findings = marker.items.map((i) => i.finding);
      const label = Format.markerLabel([marker.main, ...findings.filter((/** @type {Finding} */ f) => f !== marker.main)]);
      marker.label = label;
      const key = markerKey(marker, label);
      const kept = this.kept.get(key);
      if (kept) {
        // The same findings on the same words as before: the same button, moved to its
        // place in reading order (the layer's order is the tab order).
        this.kept.delete(key);
        marker.badge = kept;
        this.moveBadge(kept, spot);
        const description = this.descriptions.get(kept);
        /** @type {HTMLElement} */ (this.layer).append(...(description ? [kept, description] : [kept]));
        this.items.push(marker);
        return;
      }
      const described = `spotcheck-d${++this.described}`;
      const badge = /** @type {HTMLButtonElement} */ (el(this.doc, 'button', {
        type: 'button',
        class: `badge ${marker.kind}`,
        'data-spotcheck-badge': '',
        'data-kind': marker.kind,
        'data-kinds': marker.kinds.join(' '),
        'data-findings': findings.map((f) => f.id ?? '').join(' '),
        'aria-label': label,
        'aria-describedby': described,
        'aria-haspopup': 'dialog',
        'aria-expanded': 'false',
        title: label,
      }));
      badge.append(el(this.doc, 'span', { class: 'g', 'aria-hidden': 'true', text: KIND[/** @type {keyof typeof KIND} */ (marker.kind)].glyph }));
      // The number of findings, drawn from an attribute: the accessible name says it in words.
      if (findings.length > 1) badge.append(el(this.doc, 'span', { class: 'n', 'aria-hidden': 'true', 'data-n': String(findings.length) }));
      badge.addEventListener('click', (event) => this.safely(() => {
        event.preventDefault();
        if (this.open && this.open.badge === badge) this.close(false);
        // Looked up now: a page that changes shifts the markers' indices.
        else this.show(this.items.findIndex((m) => m.badge === badge));
      }));
      // Pointing at a marker or tabbing to it tints its sentence's findings the way an open
      // popover does: where the marker had to sit after a later sentence's words (no room
      // beside its own), this shows which words it stands for.
      const preview = (/** @type {boolean} */ on) => this.safely(() => this.preview(badge, on));
      badge.addEventListener('pointerenter', () => preview(true));
      badge.addEventListener('pointerleave', () => preview(false));
      badge.addEventListener('focus', () => preview(true));
      badge.addEventListener('blur', () => preview(false));
      // The tinted words, for assistive technology (the tints are paint only): a hidden
      // element is still read as the description it is referenced for.
      const description = el(this.doc, 'span', { id: described, hidden: '', text: Format.markerDescription(findings) });
      this.descriptions.set(badge, description);
      marker.badge = badge;
      this.moveBadge(badge, spot);
      /** @type {HTMLElement} */ (this.layer).append(badge, description);
      this.items.push(marker);
    }

    /**
     * Tints (`on`) or clears the findings of `badge`'s marker with the open popover's tint,
     * while no popover is open (an open one keeps its own).
     * @param {HTMLButtonElement} badge @param {boolean} on
     */
    preview(badge, on) {
      if (this.open) return;
      const h = highlighter(this.win);
      if (!h) return;
      const item = on ? this.items.find((m) => m.badge === badge) : null;
      if (item) h.registry.set(ACTIVE_HIGHLIGHT, h.make(item.ranges, 10));
      else h.registry.delete(ACTIVE_HIGHLIGHT);
    }

    /** Removes the last draw's buttons that no marker of this one reused. */
    dropKept() {
      for (const badge of this.kept.values()) {
        badge.remove();
        this.descriptions.get(badge)?.remove();
      }
      this.kept.clear();
    }

    /** @param {HTMLButtonElement} badge @param {Spot|null} spot */
    moveBadge(badge, spot) {
      badge.hidden = !spot;
      if (!spot) return;
      badge.style.left = `${spot.left}px`;
      badge.style.top = `${spot.top}px`;
      const compact = spot.size < SIZE;
      badge.classList.toggle('compact', compact);
      badge.classList.toggle('small', !!spot.small);
      if (compact) {
        // A small dot is its whole button: no offset inside it.
        badge.style.setProperty('--dx', `${spot.small ? 0 : spot.dx ?? (SIZE - spot.size) / 2}px`);
        badge.style.setProperty('--dy', `${spot.small ? 0 : spot.dy ?? (SIZE - spot.size) / 2}px`);
      }
    }

    /** Stops a running placement job: what it would place is gone or drawn anew. */
    stopPlacing() {
      this.token += 1;
      this.job = null;
      this.again = false;
    }

    /**
     * Items grouped one per sentence and cut to the sensitivity, in reading order; grouped
     * in slices. Resolves [] when superseded.
     * @param {Item[]} items @param {string|undefined} sensitivity @param {string|undefined} text
     * @param {number} textWords the words of `text` @param {Slicer} slicer
     * @returns {Promise<Marker[]>}
     */
    async markersFor(items, sensitivity, text, textWords, slicer) {
      const usable = items.filter((i) => i && i.finding && Array.isArray(i.ranges) && i.ranges.length);
      this.marked = usable.length;
      this.markedKinds = countKinds(usable.map((i) => i.finding.kind));
      const findings = usable.map((i) => i.finding);
      if (slicer.due() && !(await slicer.turn())) return [];
      const steps = Markers.groupSteps(findings, text);
      let step = steps.next();
      while (!step.done) {
        if (slicer.due() && !(await slicer.turn())) return [];
        step = steps.next();
      }
      const groups = step.value;
      // Without the report's text (a controller that passes none), the article's length is
      // estimated from the last finding's offset: about 6 UTF-16 units a word.
      const words = typeof text === 'string' ? textWords : Math.round(Math.max(0, ...findings.map((f) => Number(f.end) || 0)) / 6);
      if (slicer.due() && !(await slicer.turn())) return [];
      let chosen = Markers.select(groups, { sensitivity, words });
      this.dropped = Math.max(0, chosen.length - MAX_MARKERS);
      if (this.dropped) {
        chosen = [...chosen].sort((a, b) => b.rank - a.rank || a.start - b.start).slice(0, MAX_MARKERS).sort((a, b) => a.start - b.start);
      }
      return chosen.map((/** @type {{ members: number[], start: number, end: number }} */ g) => {
        const members = g.members.map((m) => usable[m]);
        const kinds = members.map((m) => (m.finding.kind in KIND ? m.finding.kind : 'claim'));
        const main = members[Math.max(0, Markers.mainOf(members.map((m) => m.finding)))].finding;
        const kind = main.kind in KIND ? main.kind : 'claim';
        const ranges = members.flatMap((m) => m.ranges).sort(byEnd);
        return { items: members, ranges, kind, kinds, main, start: g.start, end: g.end, label: '', badge: /** @type {any} */ (null) };
      });
    }

    ensureHost() {
      if (this.host && this.host.isConnected) return;
      const host = this.createHost ? this.createHost(HOST_TAG) : this.doc.createElement(HOST_TAG);
      // Our own element, so an inline style is ours to set: it keeps the page's CSS from
      // giving the host a size, a position or a hiding rule.
      host.setAttribute('style', [
        'all: initial', 'position: absolute', 'left: 0', 'top: 0', 'width: 0', 'height: 0', 'margin: 0',
        'padding: 0', 'border: 0', 'display: block', 'overflow: visible', 'z-index: 2147483647', 'pointer-events: auto',
      ].map((rule) => `${rule} !important`).join('; '));
      const root = host.attachShadow({ mode: 'open' });
      this.adoptStyle(root);
      this.layer = el(this.doc, 'div', { class: 'layer' });
      const popover = el(this.doc, 'div', { class: 'popover', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'spotcheck-title', tabindex: '-1', hidden: '' });
      popover.addEventListener('focusout', (event) => this.safely(() => {
        const next = /** @type {Node|null} */ (event.relatedTarget);
        if (this.open && next && !popover.contains(next) && next !== this.open.badge) this.close(false);
      }));
      popover.addEventListener('keydown', (event) => this.safely(() => this.trapTab(event)));
      this.popover = popover;
      root.append(this.layer, popover);
      // Events that start in the overlay are ours: the page's handlers never see them.
      for (const type of ['click', 'pointerdown', 'mousedown', 'mouseup', 'keydown', 'keyup', 'keypress']) {
        host.addEventListener(type, (event) => event.stopPropagation());
      }
      this.host = host;
      this.root = root;
      this.doc.documentElement.append(host);
      this.win.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
      this.win.addEventListener('resize', this.schedule, { passive: true });
      this.observed = false;
      this.resizeObserver?.observe(this.doc.body ?? this.doc.documentElement);
      // Fonts still loading move the text once they arrive (loaded ones already did).
      if (this.doc.fonts && this.doc.fonts.status !== 'loaded') this.doc.fonts.ready?.then(this.schedule, () => {});
      this.doc.fonts?.addEventListener?.('loadingdone', this.schedule);
      // Images that load later push the text down: move with them.
      this.doc.addEventListener('load', this.schedule, { capture: true, passive: true });
      // Whatever else may move the text: see `check`.
      this.mutationObserver?.observe(this.doc.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
      this.doc.addEventListener('transitionend', this.check, { capture: true, passive: true });
      this.doc.addEventListener('animationend', this.check, { capture: true, passive: true });
    }

    /** Constructed style sheets are outside the page's CSP; a <style> is the fallback. @param {ShadowRoot} root */
    adoptStyle(root) {
      try {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(STYLE);
        root.adoptedStyleSheets = [sheet];
        if (root.adoptedStyleSheets.length === 1) return;
      } catch {
        // Some browsers refuse sheets built in an extension's world; fall through.
      }
      root.append(el(this.doc, 'style', { text: STYLE }));
    }

    removeHost() {
      this.stopPlacing();
      if (this.frame) this.win.cancelAnimationFrame(this.frame);
      if (this.timer) this.win.clearTimeout(this.timer);
      this.frame = 0;
      this.timer = 0;
      this.win.removeEventListener('scroll', this.onScroll, { capture: true });
      this.win.removeEventListener('resize', this.schedule);
      this.doc.removeEventListener('load', this.schedule, { capture: true });
      this.doc.fonts?.removeEventListener?.('loadingdone', this.schedule);
      this.resizeObserver?.disconnect();
      this.mutationObserver?.disconnect();
      this.doc.removeEventListener('transitionend', this.check, { capture: true });
      this.doc.removeEventListener('animationend', this.check, { capture: true });
      if (this.checkFrame) this.win.cancelAnimationFrame(this.checkFrame);
      if (this.checkTimer) this.win.clearTimeout(this.checkTimer);
      this.checkFrame = 0;
      this.checkTimer = 0;
      this.checkAgain = false;
      this.lastLines = [];
      this.host?.remove();
      this.host = null;
      this.root = null;
      this.layer = null;
      this.kept.clear(); // their buttons went with the host
      this.popover = null;
    }

    /** Removes everything Spotcheck drew: markers, popover, host, highlights, listeners. */
    destroy() {
      this.close(false);
      this.clearHighlights();
      this.items = [];
      this.markers = [];
      this.removeHost();
    }

    /** Each finding's text tinted by its own kind (a figure in a quote keeps both marks). */
    highlight() {
      const h = highlighter(this.win);
      if (!h) return;
      for (const [kind, spec] of Object.entries(KIND)) {
        const ranges = this.markers.flatMap((m) => m.items.filter((i) => i.finding.kind === kind).flatMap((i) => i.ranges));
        const had = h.registry.get(spec.highlight);
        const mine = this.tinted.get(spec.highlight);
        const want = new Set(ranges);
        if (!ranges.length) {
          h.registry.delete(spec.highlight);
          this.tinted.delete(spec.highlight);
        } else if (!had || !mine) {
          h.registry.set(spec.highlight, h.make(ranges, spec.priority));
          this.tinted.set(spec.highlight, want);
        } else {
          // Only the difference is written: what stays tinted keeps its Range.
          for (const range of mine) if (!want.has(range)) had.delete(range);
          for (const range of ranges) if (!mine.has(range)) had.add(range);
          this.tinted.set(spec.highlight, want);
        }
      }
    }

    clearHighlights() {
      const h = highlighter(this.win);
      if (!h) return;
      for (const spec of Object.values(KIND)) h.registry.delete(spec.highlight);
      h.registry.delete(ACTIVE_HIGHLIGHT);
      this.tinted.clear();
    }

    // ------------------------------------------------------------ placement

    /**
     * Places every marker where it covers no glyph of the page: a sliced job (no slice over
     * SLICE_MS; the page gets a turn between two) that reads the page's text rectangles into
     * a grid, then places the markers in reading order, each slice one read pass (its
     * markers' anchors) then one write pass (their positions), so the page lays out once a
     * slice and never once per marker. A call while a job runs makes that job run again
     * when it ends (a page that keeps changing its layout still gets every marker placed).
     * Resolves when the markers are placed or the job was superseded (a new draw, destroy).
     * @param {() => Promise<unknown>} [pause] how a slice gives the page its turn
     * @param {Slicer} [slicer] the draw's slicer, whose slice the job goes on with
     * @returns {Promise<void>}
     */
    position(pause, slicer) {
      if (!this.host || !this.markers.length) return Promise.resolve();
      if (this.job) {
        this.again = true;
        return this.job;
      }
      const token = this.token;
      const job = this.placeSliced(token, slicer ?? new Slicer(pause ?? this.pause, () => token === this.token))
        .catch((error) => console.warn('Spotcheck overlay:', error))
        .finally(() => {
          if (this.token !== token) return;
          this.job = null;
          this.placedAt = performance.now();
          if (this.again) {
            this.again = false;
            this.schedule();
          } else if (this.checkAgain) {
            this.checkAgain = false;
            this.check();
          }
        });
      this.job = job;
      return job;
    }

    /**
     * The job: every marker's anchor (reads), then the page's text line boxes near them into
     * the grid (reads), then the markers' spots in reading order (no reads) and their buttons
     * (writes), a slice at a time: all layout is read before anything is written. Only text near a marker's anchors can keep it off a spot,
     * so the grid keeps only that: a page of megabytes does not fill memory with the line
     * boxes of text no marker comes near.
     * @param {number} token @param {Slicer} slicer
     */
    async placeSliced(token, slicer) {
      const alive = () => token === this.token && !!this.host;
      const next = async () => (await slicer.turn()) && alive();
      // Coordinates are the host's (document coordinates): the origin is read again in each
      // slice, so a scroll between two slices changes nothing.
      slicer.at('draw:anchors');
      let origin = this.origin();
      const markers = this.markers;
      const blocks = new Map();
      /** @type {(Anchor|null)[]} */
      const anchors = [];
      for (const item of markers) {
        if (slicer.due()) {
          if (!(await next())) return;
          origin = this.origin();
        }
        anchors.push(this.anchor(item, origin.ox, origin.oy, blocks));
      }
      this.lastLines = anchors.map((a) => a?.L ?? null);
      const near = bands(anchors);
      const grid = new Grid();
      slicer.at('draw:text');
      for (const piece of this.textPieces()) {
        if (slicer.due()) {
          if (!(await next())) return;
          origin = this.origin();
        }
        this.addText(grid, piece, origin, near);
      }
      if (slicer.due() && !(await next())) return;
      slicer.at('draw:regions');
      origin = this.origin();
      const regions = this.regions(origin.ox, origin.oy);
      // The page's links and controls, then each marker's target as it is placed: what a dot
      // without a full target keeps its spacing circle clear of.
      const pointers = new Grid();
      slicer.at('draw:controls');
      for (const control of this.doc.querySelectorAll(CONTROLS)) {
        if (slicer.due()) {
          if (!(await next())) return;
          origin = this.origin();
        }
        for (const r of control.getClientRects()) {
          if (r.width <= 0 || r.height <= 0 || !near(r.top - origin.oy, r.bottom - origin.oy)) continue;
          pointers.add({ left: r.left - origin.ox, top: r.top - origin.oy, right: r.right - origin.ox, bottom: r.bottom - origin.oy });
        }
      }
      slicer.at('draw:place');
      // From here on nothing is read: the spots come from the anchors and the grid, so the
      // buttons written in one slice never force a layout in the next (a resize meanwhile
      // schedules another placement).
      // Each marker's spot, then its button (a marker reached for the first time gets one):
      // writes only, so spots and buttons may alternate, and the clock alone ends a slice.
      const { maxRight } = origin;
      for (let index = 0; index < markers.length; index++) {
        if (index > 0 && slicer.due() && !(await next())) return;
        const item = markers[index];
        const spot = this.spotFor(anchors[index], grid, regions, maxRight, pointers);
        if (item.badge) this.moveBadge(item.badge, spot);
        else this.makeBadge(item, index, spot);
      }
      if (this.open) this.placePopover();
    }

    /** The host's origin in the viewport, and the rightmost left edge a marker may take. */
    origin() {
      const r = /** @type {HTMLElement} */ (this.host).getBoundingClientRect();
      const maxRight = Math.max(SIZE, this.doc.documentElement.clientWidth - r.left - 2);
      return { ox: r.left, oy: r.top, maxRight };
    }

    /**
     * The page's own text, in document order, as [node, start, end] pieces: a text node of
     * megabytes comes in pieces of TEXT_PIECE units, so reading its line boxes is sliced too
     * (one range over the whole node costs hundreds of milliseconds).
     * @returns {Generator<[Text, number, number]>}
     */
    * textPieces() {
      const body = this.doc.body;
      if (!body) return;
      const walker = this.doc.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (SKIP_TEXT_IN.has(node.parentElement?.tagName ?? '') || !/\S/.test(/** @type {Text} */ (node).data)
          ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      let seen = 0;
      for (let node = walker.nextNode(); node && seen < MAX_TEXT_NODES; node = walker.nextNode(), seen++) {
        const text = /** @type {Text} */ (node);
        for (let at = 0; at < text.length;) {
          const end = safeCut(text.data, at + TEXT_PIECE);
          yield [text, at, end];
          at = end;
        }
      }
    }

    /**
     * A piece of text's line boxes into the grid, in host coordinates: those in the bands
     * markers may be placed in.
     * @param {Grid} grid @param {[Text, number, number]} piece @param {{ ox: number, oy: number }} origin
     * @param {(top: number, bottom: number) => boolean} near
     */
    addText(grid, [node, start, end], { ox, oy }, near) {
      if (!node.isConnected) return;
      const range = this.range ??= this.doc.createRange();
      range.setStart(node, start);
      range.setEnd(node, Math.min(end, node.length));
      for (const r of range.getClientRects()) {
        if (r.width <= 0 || r.height <= 0 || !near(r.top - oy, r.bottom - oy)) continue;
        grid.add({ left: r.left - ox, top: r.top - oy, right: r.right - ox, bottom: r.bottom - oy });
      }
    }

    /** The page's non-article regions, in host coordinates. @param {number} ox @param {number} oy */
    regions(ox, oy) {
      /** @type {{ el: Element, box: Box }[]} */
      const out = [];
      for (const region of this.doc.querySelectorAll(REGIONS)) {
        if (region.localName === HOST_TAG) continue;
        const r = region.getBoundingClientRect();
        if (r.width <= 0 || r.height <= 0) continue;
        out.push({ el: region, box: { left: r.left - ox, top: r.top - oy, right: r.right - ox, bottom: r.bottom - oy } });
      }
      return out;
    }

    /**
     * The first free spot for a marker, by preference: just after its sentence's last glyph;
     * in the margin right or left of its block, beside that line; further along that line
     * (its end, or its start), full size, then compact (COMPACT px: room a full marker does
     * not find on a line of a page without margins, or in a phone's narrow margin) with a
     * SIZE target over no text; the same on the earlier lines of its words; then a COMPACT
     * dot that is its own target where WCAG 2.5.8's spacing exception holds, on those lines
     * (ux8's SIZE targets alone sent 15 of 174 markers after the paragraph at 1280 px, 6
     * before and with these dots); only then after its paragraph's last glyph, further
     * along the lines around, and just under its block. A marker on its sentence's own last
     * line may still sit after the next sentence's words there: pointing at it tints its own
     * words. Null when its text is not laid out. Reads no layout: the marker's anchor was
     * read before.
     * @param {Anchor|null} anchor @param {Grid} grid @param {{ el: Element, box: Box }[]} regions
     * @param {number} maxRight @param {Grid} pointers the page's links and controls and the
     *   targets of the markers placed so far
     * @returns {Spot|null}
     */
    spotFor(anchor, grid, regions, maxRight, pointers) {
      if (!anchor) return null;
      const { L, B, end, node } = anchor;
      const foreign = regions.filter((r) => !r.el.contains(node)).map((r) => r.box);
      /**
       * What keeps a marker of `size` off (left, top): a rectangle of the page's text or a
       * region it is not in, EDGE past the page's edge; null when the spot is free.
       * @param {number} left @param {number} top @param {number} [size] @returns {Box|null}
       */
      const blocker = (left, top, size = SIZE) => {
        if (left < 0 || top < 0 || left + size > maxRight) return EDGE;
        const box = { left: left - 1, top: top - 1, right: left + size + 1, bottom: top + size + 1 };
        const hit = grid.hit(box);
        if (hit) return hit;
        for (const r of foreign) if (box.left < r.right && r.left < box.right && box.top < r.bottom && r.top < box.bottom) return r;
        return null;
      };
      const mid = (/** @type {Box} */ r, size = SIZE) => (r.top + r.bottom) / 2 - size / 2;
      /**
       * The pointer target of a marker drawn at (left, top) in `size`: a full marker is its
       * own; a compact dot needs a SIZE square around it that covers no text (the dot as near
       * its middle as the text allows), or it is not placed there.
       * @param {number} left @param {number} top @param {number} size @returns {{ left: number, top: number }|null}
       */
      const target = (left, top, size) => {
        if (size >= SIZE) return { left, top };
        const slack = SIZE - size;
        const half = slack / 2;
        const offsets = [0];
        for (let d = 1; d <= half; d++) offsets.push(-d, d);
        for (const oy of offsets) {
          for (const ox of offsets) {
            const hl = left - half + ox;
            const ht = top - half + oy;
            if (!targetBlocked(hl, ht)) return { left: hl, top: ht };
          }
        }
        return null;
      };
      /** Whether a SIZE square at (left, top) meets text or the edge (it may touch them). @param {number} left @param {number} top */
      const targetBlocked = (left, top) => {
        if (left < 0 || top < 0 || left + SIZE > maxRight + 2) return true;
        // Half a pixel to spare: the button's box is rounded to whole pixels.
        const box = { left: left - 0.5, top: top - 0.5, right: left + SIZE + 0.5, bottom: top + SIZE + 0.5 };
        // Only text keeps the target off: its transparent edge may reach into the empty side
        // of a region the dot itself keeps out of (a sidebar's padding), not onto its words.
        return !!grid.hit(box);
      };
      /**
       * WCAG 2.5.8's spacing exception for a COMPACT dot at (left, top) that is its own
       * target: a SIZE circle centred on it meets no other target, nor another dot's circle
       * (at the whole pixels the dot is drawn at; `pointers` holds the others' drawn boxes).
       * @param {number} left @param {number} top
       */
      const spaced = (left, top) => !circleMeets(pointers, Math.round(left) + COMPACT / 2, Math.round(top) + COMPACT / 2, SIZE / 2);
      const shifts = [0, 3, -3, 6, -6, 9, -9, 12, -12, 16, -16];
      /** @type {[number, number][]} */
      const candidates = [];
      const around = (/** @type {number} */ x, /** @type {number} */ y) => { for (const dy of shifts) candidates.push([x, y + dy]); };
      around(L.right + GAP, mid(L));
      around(B.right + 8, mid(L));
      around(B.left - 8 - SIZE, mid(L));
      for (const [left, top] of candidates) {
        if (!blocker(left, top)) return this.take(grid, pointers, left, top, SIZE);
      }
      /**
       * The first free spot along the row at `top` for a marker of `size`: right of the
       * sentence's end, then left of it. Each try jumps past what blocked the last: a line
       * of text is one rectangle, so a row costs a few tries, not one per step.
       * With `small`, a COMPACT dot that is its own target, where its spacing circle is clear.
       * @param {number} top @param {number} size @returns {Spot|null}
       */
      const along = (top, size, from = L, small = false) => {
        const fits = (/** @type {number} */ x) => (small ? spaced(x, top) : target(x, top, size));
        for (let x = from.right + GAP; x + size <= maxRight;) {
          const b = blocker(x, top, size);
          const hit = b ? null : fits(x);
          if (hit) return this.take(grid, pointers, x, top, size, small ? null : /** @type {{ left: number, top: number }} */ (hit));
          if (b === EDGE) break;
          x = b ? Math.max(x + 6, b.right + 1) : x + 2;
        }
        for (let x = from.right - size - GAP; x >= Math.max(0, B.left - size);) {
          const b = blocker(x, top, size);
          const hit = b ? null : fits(x);
          if (hit) return this.take(grid, pointers, x, top, size, small ? null : /** @type {{ left: number, top: number }} */ (hit));
          if (b === EDGE) break;
          x = b ? Math.min(x - 6, b.left - size - 1) : x - 2;
        }
        return null;
      };
      // The sentence's own last line: full size a few pixels up or down, then compact, which
      // fits within the line's height.
      for (const [size, moves] of /** @type {[number, number[]][]} */ ([[SIZE, [0, 3, -3, 6, -6]], [COMPACT, [0, 1, -1, 2, -2, 3, -3]]])) {
        for (const dy of moves) {
          const spot = along(mid(L, size) + dy, size);
          if (spot) return spot;
        }
      }
      // No target fits on the last line (a phone's narrow margin, the line's end at the
      // edge): the lines before it, of the same words, nearest first.
      for (const line of anchor.before ?? []) {
        for (const [size, moves] of /** @type {[number, number[]][]} */ ([[SIZE, [0, 3, -3]], [COMPACT, [0, 1, -1, 2, -2]]])) {
          for (const dy of moves) {
            const spot = along(mid(line, size) + dy, size, line);
            if (spot) return spot;
          }
        }
      }
      // No target of SIZE over no text anywhere on its words' lines: a dot that is its own
      // target, spaced from every other (WCAG 2.5.8's exception), on the last line, then the
      // ones before it.
      for (const line of [L, ...(anchor.before ?? [])]) {
        for (const dy of [0, 1, -1, 2, -2, 3, -3]) {
          const spot = along(mid(line, COMPACT) + dy, COMPACT, line, true);
          if (spot) return spot;
        }
      }
      if (end) {
        for (const dy of shifts) if (!blocker(end.right + GAP, mid(end) + dy)) return this.take(grid, pointers, end.right + GAP, mid(end) + dy, SIZE);
      }
      // Text from edge to edge, lines packed: the nearest free spot, searching outwards line
      // by line.
      for (let dist = 6; dist <= 120; dist += 6) {
        for (const dy of [dist, -dist]) {
          const spot = along(mid(L) + dy, SIZE);
          if (spot) return spot;
        }
      }
      // Nowhere free near its sentence: the right margin of the block, as close as it gets.
      const left = Math.max(0, Math.min(B.right + 8, maxRight - SIZE));
      const top = Math.max(0, mid(L));
      return this.take(grid, pointers, left, top, SIZE);
    }

    /**
     * Claims a spot: the next marker keeps clear of it (of a compact dot's whole target, or
     * of a small dot's spacing circle), and its target joins `pointers`.
     * @param {Grid} grid @param {Grid} pointers @param {number} left @param {number} top @param {number} size
     * @param {{ left: number, top: number }|null} [hit] a compact dot's target; null: a small
     *   dot, its own target @returns {Spot}
     */
    take(grid, pointers, left, top, size, hit = { left, top }) {
      if (size >= SIZE) {
        grid.add({ left, top, right: left + size, bottom: top + size });
        const [l, t] = [Math.round(left), Math.round(top)];
        pointers.add({ left: l, top: t, right: l + size, bottom: t + size });
        return { left: l, top: t, size };
      }
      if (!hit) {
        const cx = Math.round(left) + size / 2;
        const cy = Math.round(top) + size / 2;
        const circle = { left: cx - SIZE / 2, top: cy - SIZE / 2, right: cx + SIZE / 2, bottom: cy + SIZE / 2 };
        grid.add(circle);
        pointers.add({ ...circle, round: true });
        return { left: Math.round(left), top: Math.round(top), size, small: true };
      }
      pointers.add({ left: Math.round(hit.left), top: Math.round(hit.top), right: Math.round(hit.left) + SIZE, bottom: Math.round(hit.top) + SIZE });
      // A compact dot: its whole target is claimed, and the button is the target.
      grid.add({ left: hit.left, top: hit.top, right: hit.left + SIZE, bottom: hit.top + SIZE });
      const bl = Math.round(hit.left);
      const bt = Math.round(hit.top);
      return { left: bl, top: bt, size, dx: Math.round(left) - bl, dy: Math.round(top) - bt };
    }

    /**
     * What a marker is placed against, in host coordinates: its text's last line box (L), its
     * block's box (B) and the line box of the block's last glyph (end); null when its text is
     * not laid out. A block is measured once a job (many markers may share one).
     * @param {Marker} item @param {number} ox @param {number} oy
     * @param {Map<Element, { box: Box, end: Box|null }>} blocks the blocks measured so far
     * @returns {Anchor|null}
     */
    anchor(item, ox, oy, blocks) {
      const line = this.lastLine(item);
      if (!line) return null;
      const L = { left: line.rect.left - ox, top: line.rect.top - oy, right: line.rect.right - ox, bottom: line.rect.bottom - oy };
      const before = line.before.map((r) => ({ left: r.left - ox, top: r.top - oy, right: r.right - ox, bottom: r.bottom - oy }));
      const block = line.node.parentElement?.closest('p, li, blockquote, dd, dt, td, th, figcaption, h1, h2, h3, h4, h5, h6, pre') ?? line.node.parentElement;
      let known = block ? blocks.get(block) : undefined;
      if (block && !known) {
        const b = block.getBoundingClientRect();
        known = { box: { left: b.left - ox, top: b.top - oy, right: b.right - ox, bottom: b.bottom - oy }, end: this.blockEnd(block, ox, oy) };
        blocks.set(block, known);
      }
      return { L, B: known?.box ?? L, end: known?.end ?? null, node: line.node, before };
    }

    /** The last laid-out line of a marker's text: its rect and text node. @param {Marker} item */
    lastLine(item) {
      for (let r = item.ranges.length - 1; r >= 0; r--) {
        const range = item.ranges[r];
        if (!range.startContainer.isConnected) continue;
        const rects = Array.from(range.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0);
        if (!rects.length) continue;
        const last = rects[rects.length - 1];
        // Up to three earlier lines of the same range, nearest first (one rect per line).
        const before = [];
        for (let i = rects.length - 2; i >= 0 && before.length < 3; i--) {
          const prev = before[before.length - 1] ?? last;
          if (rects[i].bottom <= prev.top + 2) before.push(rects[i]);
        }
        return { rect: last, node: range.endContainer, before };
      }
      return null;
    }

    /**
     * The line box of a block's last glyph. Only that glyph is measured: a range over a
     * whole text node of megabytes would lay out every line of it.
     * @param {Element} block @param {number} ox @param {number} oy
     */
    blockEnd(block, ox, oy) {
      const walker = this.doc.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.lastChild(); node; node = walker.previousNode()) {
        const data = /** @type {Text} */ (node).data;
        let i = data.length;
        while (i > 0 && /\s/.test(data[i - 1])) i--;
        if (i === 0) continue;
        const range = this.doc.createRange();
        const low = data.charCodeAt(i - 1) >= 0xdc00 && data.charCodeAt(i - 1) <= 0xdfff;
        range.setStart(node, low && i >= 2 ? i - 2 : i - 1);
        range.setEnd(node, i);
        const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
        const r = rects[rects.length - 1];
        return r ? { left: r.left - ox, top: r.top - oy, right: r.right - ox, bottom: r.bottom - oy } : null;
      }
      return null;
    }

    // ------------------------------------------------------------ the popover

    /**
     * Opens marker `index`'s popover. @param {number} index
     * @param {{ scroll?: boolean }} [how] scroll: bring the marker into view first (the popup's list, the shortcut)
     */
    show(index, how = {}) {
      const item = this.items[index];
      if (!item || !this.popover || !this.host) return;
      this.close(false);
      if (how.scroll) {
        // An instant jump: the popover is placed against the viewport right after it, and
        // no motion is the reduced-motion preference's default too.
        item.badge.scrollIntoView({ block: 'center', behavior: 'instant' });
      }
      const doc = this.doc;
      // The marker's main finding first (the one its glyph and name announce: a quote badge
      // opens on the quote), the rest in reading order; the hints follow the same order.
      const findings = item.items.map((i) => i.finding);
      if (item.main && findings.includes(item.main)) findings.sort((a, b) => Number(b === item.main) - Number(a === item.main));
      const parts = [];
      const described = findings.map((f) => Format.describe(f));
      const single = described.length === 1;
      const title = single ? described[0].title : this.groupTitle(described.map((d) => d.kind));
      const close = el(doc, 'button', { type: 'button', class: 'close', 'aria-label': 'Close', text: '\u00D7' });
      close.addEventListener('click', () => this.safely(() => this.close(true)));
      parts.push(el(doc, 'div', { class: 'head' },
        single ? el(doc, 'span', { class: `chip ${described[0].kind}`, text: described[0].label }) : null,
        el(doc, 'h2', { id: 'spotcheck-title', text: title }), close));
      for (const d of described) {
        const section = el(doc, 'section', { class: `finding ${d.kind}` });
        if (!single) section.append(el(doc, 'h3', {}, el(doc, 'span', { class: 'chip', text: d.label }), el(doc, 'span', { text: d.title })));
        if (d.subtitle) section.append(el(doc, 'p', { class: 'role', text: d.subtitle }));
        if (d.excerpt) section.append(el(doc, 'div', { class: 'excerpt', text: d.excerpt }));
        const list = el(doc, 'dl');
        for (const [label, value] of d.rows) list.append(el(doc, 'dt', { text: label }), el(doc, 'dd', { text: value }));
        section.append(list);
        parts.push(section);
      }
      // The links are the core's, built for the reader's search engine (the analysis's option).
      const hints = Format.hints(findings);
      if (hints.length) {
        const ul = el(doc, 'ul');
        for (const hint of hints) {
          ul.append(el(doc, 'li', {}, hint.url
            ? el(doc, 'a', { href: hint.url, target: '_blank', rel: 'noopener noreferrer', text: hint.label })
            : el(doc, 'span', { text: hint.label })));
        }
        parts.push(el(doc, 'section', { 'aria-label': 'Where to check' }, el(doc, 'h4', { text: 'Where to check' }), ul));
      }
      parts.push(el(doc, 'p', { class: 'foot', text: 'Found by Spotcheck on this device. Links open in a new tab.' }));
      this.popover.className = `popover ${item.kind}`;
      this.popover.replaceChildren(...parts);
      this.popover.hidden = false;
      this.popover.scrollTop = 0;
      item.badge.setAttribute('aria-expanded', 'true');
      this.open = { item, badge: item.badge };
      const h = highlighter(this.win);
      h?.registry.set(ACTIVE_HIGHLIGHT, h.make(item.ranges, 10));
      this.placePopover();
      this.win.addEventListener('pointerdown', this.onPointerDown, true);
      this.win.addEventListener('keydown', this.onKeyDown, true);
      this.popover.focus({ preventScroll: true });
    }

    /** "A quote and a figure to check" from a marker's kinds. @param {string[]} kinds */
    groupTitle(kinds) {
      const counts = new Map();
      for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
      const words = [...counts].map(([k, n]) => {
        const noun = k === 'claim' ? 'claim' : k;
        return n === 1 ? `a ${noun}` : `${n} ${noun}s`;
      });
      const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : words[0];
      return `In this sentence: ${list}`;
    }

    /**
     * Tab at the popover's last stop moves on to the next marker and Shift+Tab at its first
     * goes back to its own marker, closing it: focus never leaves a popover open behind it.
     * @param {KeyboardEvent} event
     */
    trapTab(event) {
      if (event.key !== 'Tab' || !this.open || !this.popover || !this.root) return;
      const stops = [...this.popover.querySelectorAll('a[href], button')];
      const active = this.root.activeElement;
      const { badge } = this.open;
      const index = this.items.findIndex((m) => m.badge === badge);
      if (event.shiftKey && (active === this.popover || active === stops[0])) {
        event.preventDefault();
        this.close(true);
      } else if (!event.shiftKey && (active === stops[stops.length - 1] || !stops.length)) {
        event.preventDefault();
        this.close(false);
        const next = this.items[index + 1]?.badge ?? badge;
        next.focus();
      }
    }

    /**
     * Where the open popover goes: inside the viewport with MARGIN px to spare, never wider
     * than it, never taller than POPOVER_SHARE of its height (it scrolls instead), under or
     * above its marker's words so it covers none of them; where the viewport has no room
     * for that (a sentence as tall as a phone's screen), under or above the marker and the
     * line it sits on; only where even that has no room, at the viewport's foot.
     */
    placePopover() {
      if (!this.open || !this.popover || !this.host) return;
      const { badge, item } = this.open;
      const pop = this.popover;
      const origin = this.host.getBoundingClientRect();
      const b = badge.getBoundingClientRect();
      const viewW = this.doc.documentElement.clientWidth || this.win.innerWidth;
      const viewH = this.doc.documentElement.clientHeight || this.win.innerHeight;
      const cap = Math.max(POPOVER_MIN, Math.floor(viewH * POPOVER_SHARE));
      pop.style.maxWidth = `${Math.max(120, viewW - 2 * MARGIN)}px`;
      pop.style.maxHeight = `${cap}px`;
      const natural = Math.min(cap, pop.scrollHeight + (pop.offsetHeight - pop.clientHeight));
      // The marker's words in the viewport, and the line the marker sits on.
      const words = [];
      for (const range of item.ranges) {
        if (!range.startContainer.isConnected) continue;
        for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < viewH) words.push(r);
      }
      const cy = (b.top + b.bottom) / 2;
      const line = words.filter((r) => cy >= r.top - 4 && cy <= r.bottom + 4);
      const span = (/** @type {DOMRect[]} */ rects) => ({
        top: Math.max(0, Math.min(b.top, ...rects.map((r) => r.top))),
        bottom: Math.min(viewH, Math.max(b.bottom, ...rects.map((r) => r.bottom))),
      });
      let top = null;
      let height = natural;
      for (const keep of [span(words), span(line)]) {
        const below = viewH - MARGIN - (keep.bottom + GAP_POPOVER);
        const above = keep.top - GAP_POPOVER - MARGIN;
        const need = Math.min(natural, POPOVER_MIN);
        if (below >= natural) top = keep.bottom + GAP_POPOVER;
        else if (above >= natural) top = keep.top - GAP_POPOVER - natural;
        else if (Math.max(below, above) >= need) {
          height = Math.floor(Math.max(below, above));
          top = below >= above ? keep.bottom + GAP_POPOVER : keep.top - GAP_POPOVER - height;
        }
        if (top !== null) break;
      }
      if (top === null) top = Math.max(MARGIN, viewH - MARGIN - natural);
      pop.style.maxHeight = `${Math.min(cap, height)}px`;
      const width = pop.getBoundingClientRect().width;
      const left = Math.max(MARGIN, Math.min(b.left + b.width / 2 - 32, viewW - width - MARGIN));
      pop.style.left = `${left - origin.left}px`;
      pop.style.top = `${top - origin.top}px`;
    }

    /** Closes the popover; `refocus` returns focus to its marker (Escape, the close button). @param {boolean} refocus */
    close(refocus) {
      if (!this.open) return;
      const { badge } = this.open;
      this.open = null;
      this.win.removeEventListener('pointerdown', this.onPointerDown, true);
      this.win.removeEventListener('keydown', this.onKeyDown, true);
      highlighter(this.win)?.registry.delete(ACTIVE_HIGHLIGHT);
      badge.setAttribute('aria-expanded', 'false');
      if (this.popover) {
        this.popover.hidden = true;
        this.popover.replaceChildren();
      }
      if (refocus && badge.isConnected) badge.focus({ preventScroll: true });
    }

    get isOpen() {
      return !!this.open;
    }

    /** The number of findings shown, by kind: { quote, figure, claim }. */
    counts() {
      return countKinds(this.items.flatMap((item) => item.kinds));
    }

    /**
     * The number of findings on the page, by kind, shown or not: "1 of 8 quotes" tells the
     * reader the page holds eight where "(1)" read as "this page has one quote".
     */
    found() {
      return { ...this.markedKinds };
    }

    /** The markers for the popup's list: { index, kind, kinds, label, ids }. */
    list() {
      return this.items.map((m, index) => ({ index, kind: m.kind, kinds: m.kinds, label: m.label, ids: m.items.map((i) => String(i.finding.id ?? '')) }));
    }

    /**
     * Opens the next (+1) or previous (-1) marker in reading order from the open one (or
     * from the first marker below the top of the viewport), scrolling it into view.
     * @param {number} direction
     */
    step(direction) {
      if (!this.items.length) return -1;
      let from = this.open ? this.items.findIndex((m) => m.badge === this.open?.badge) : -1;
      if (from < 0) {
        const root = this.root;
        const focused = root ? this.items.findIndex((m) => m.badge === root.activeElement) : -1;
        from = focused >= 0 ? focused : (direction > 0 ? -1 : this.items.length);
      }
      const next = (from + (direction < 0 ? -1 : 1) + this.items.length) % this.items.length;
      this.show(next, { scroll: true });
      return next;
    }
  }

  // The popup's list, its "open this one" and the next/previous shortcut reach the overlay
  // of the page directly (the controller in main.js does not need to relay them).
  const api = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
  const Protocol = /** @type {any} */ (globalThis).SpotcheckProtocol;
  try {
    api?.runtime?.onMessage?.addListener((/** @type {any} */ message, /** @type {any} */ _sender, /** @type {(x: unknown) => void} */ sendResponse) => {
      if (!current || !message || typeof message.type !== 'string') return false;
      const overlay = current;
      if (message.type === Protocol?.LIST) {
        sendResponse({ markers: overlay.list() });
      } else if (message.type === Protocol?.OPEN && Number.isInteger(message.index)) {
        overlay.safely(() => overlay.show(message.index, { scroll: true }));
        sendResponse({ opened: overlay.isOpen });
      } else if (message.type === Protocol?.STEP) {
        let index = -1;
        overlay.safely(() => { index = overlay.step(message.direction < 0 ? -1 : 1); });
        sendResponse({ index });
      } else {
        return false;
      }
      return false;
    });
  } catch {
    // Outside the extension (the demo site): no messages to answer.
  }

  /** @type {any} */ (globalThis).SpotcheckOverlay = Object.freeze({ Overlay, HOST_TAG });
})();
