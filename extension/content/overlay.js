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
   * @typedef {{ items: Item[], ranges: Range[], kind: string, kinds: string[], label: string,
   *   badge: HTMLButtonElement, start: number, end: number }} Marker
   * @typedef {{ sensitivity?: string, text?: string, engine?: string,
   *   settings?: { sensitivity?: string, engine?: string } }} DrawOptions
   * @typedef {{ left: number, top: number, right: number, bottom: number }} Box
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
  const GAP = 3;
  const CELL = 64; // the text-rectangle grid's cell, px
  const MIN_PLACE_INTERVAL_MS = 150;

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

    /** Whether `box` meets any rectangle (touching edges do not count). @param {Box} box */
    hits(box) {
      for (let cx = Math.floor(box.left / CELL); cx <= Math.floor(box.right / CELL); cx++) {
        for (let cy = Math.floor(box.top / CELL); cy <= Math.floor(box.bottom / CELL); cy++) {
          for (const r of this.cells.get(Grid.key(cx, cy)) ?? []) {
            if (box.left < r.right && r.left < box.right && box.top < r.bottom && r.top < box.bottom) return true;
          }
        }
      }
      return false;
    }
  }

  const SKIP_TEXT_IN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
  // Regions of the page that are not the article: a marker never sits on one it is not in.
  const REGIONS = 'aside, nav, header, footer, [role="complementary"], [role="navigation"], [role="banner"], [role="contentinfo"], [role="dialog"], iframe, video';
  const MAX_TEXT_NODES = 40000;

  /**
   * Whether the page presents itself as an article ("only articles" mode): article metadata
   * (Open Graph, schema.org) or an <article> element, and an extracted text of some length.
   * @param {Document} doc @param {string|undefined} text
   */
  function looksLikeArticle(doc, text) {
    const words = Markers.wordCount(text);
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
      /** @type {Marker[]} */
      this.items = [];
      /** @type {{ item: Marker, badge: HTMLButtonElement }|null} */
      this.open = null;
      this.frame = 0;
      this.engine = '';
      this.marked = 0; // findings the core marked on this page (data-marked: what "all" reaches)
      this.timer = 0;
      this.placedAt = -Infinity;
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
      this.resizeObserver = typeof Observer === 'function' ? /** @type {ResizeObserver} */ (new Observer(this.schedule)) : null;
      current = this;
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
     * and tints their text; replaces what was drawn. Returns the number of markers.
     * @param {Item[]} items every marked finding with its live Ranges
     * @param {DrawOptions} [options] the sensitivity, the report's text (sentences, words), the search engine
     */
    draw(items, options = {}) {
      this.close(false);
      // A page that changes (content/live.js) passes the same item objects for what did not
      // change: their markers stay the same elements and their tints the same ranges.
      const before = new Map(this.items.map((m) => [markerKey(m, m.label), m.badge]));
      this.items = [];
      const sensitivity = options.sensitivity ?? options.settings?.sensitivity;
      this.engine = String(options.engine ?? options.settings?.engine ?? '');
      const skip = /** @type {any} */ (options).articlesOnly && !looksLikeArticle(this.doc, options.text);
      const markers = skip ? [] : this.markersFor(items, sensitivity, options.text);
      if (!markers.length) {
        this.clearHighlights();
        this.removeHost();
        return 0;
      }
      this.ensureHost();
      // A diagnostic on our own element: the article's words, for markers per 100 words.
      this.host?.setAttribute('data-words', String(Markers.wordCount(options.text)));
      this.host?.setAttribute('data-marked', String(this.marked));
      const layer = /** @type {HTMLElement} */ (this.layer);
      for (const marker of markers) {
        const findings = marker.items.map((i) => i.finding);
        const label = Format.markerLabel([marker.main, ...findings.filter((f) => f !== marker.main)]);
        const kept = before.get(markerKey(marker, label));
        if (kept) {
          before.delete(markerKey(marker, label));
          this.items.push({ ...marker, label, badge: kept });
          continue;
        }
        const badge = /** @type {HTMLButtonElement} */ (el(this.doc, 'button', {
          type: 'button',
          class: `badge ${marker.kind}`,
          'data-spotcheck-badge': '',
          'data-kind': marker.kind,
          'data-kinds': marker.kinds.join(' '),
          'data-findings': findings.map((f) => f.id ?? '').join(' '),
          'aria-label': label,
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
          else this.show(this.items.findIndex((m) => m.badge === badge));
        }));
        this.items.push({ ...marker, label, badge });
      }
      // Markers in reading order (the tab sequence); the kept ones are not moved.
      for (const badge of before.values()) badge.remove();
      this.items.forEach(({ badge }, i) => {
        if (layer.children[i] !== badge) layer.insertBefore(badge, layer.children[i] ?? null);
      });
      this.highlight();
      this.position();
      return this.items.length;
    }

    /**
     * Items grouped one per sentence and cut to the sensitivity, in reading order.
     * @param {Item[]} items @param {string|undefined} sensitivity @param {string|undefined} text
     */
    markersFor(items, sensitivity, text) {
      const usable = items.filter((i) => i && i.finding && Array.isArray(i.ranges) && i.ranges.length);
      this.marked = usable.length;
      const findings = usable.map((i) => i.finding);
      const groups = Markers.group(findings, text);
      // Without the report's text (a controller that passes none), the article's length is
      // estimated from the last finding's offset: about 6 UTF-16 units a word.
      const words = typeof text === 'string' ? Markers.wordCount(text) : Math.round(Math.max(0, ...findings.map((f) => Number(f.end) || 0)) / 6);
      const chosen = Markers.select(groups, { sensitivity, words });
      return chosen.map((/** @type {{ members: number[], start: number, end: number }} */ g) => {
        const members = g.members.map((m) => usable[m]);
        const kinds = members.map((m) => (m.finding.kind in KIND ? m.finding.kind : 'claim'));
        const kind = Markers.mainKind(kinds);
        const ranked = [...members].sort((a, b) => Markers.rankOf(b.finding) - Markers.rankOf(a.finding));
        const main = (ranked.find((m) => m.finding.kind === kind) ?? members[0]).finding;
        const ranges = members.flatMap((m) => m.ranges).sort(byEnd);
        return { items: members, ranges, kind, kinds, main, start: g.start, end: g.end };
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
      this.resizeObserver?.observe(this.doc.body ?? this.doc.documentElement);
      this.doc.fonts?.ready?.then(this.schedule, () => {});
      this.doc.fonts?.addEventListener?.('loadingdone', this.schedule);
      // Images that load later push the text down: move with them.
      this.doc.addEventListener('load', this.schedule, { capture: true, passive: true });
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
      if (this.frame) this.win.cancelAnimationFrame(this.frame);
      if (this.timer) this.win.clearTimeout(this.timer);
      this.frame = 0;
      this.timer = 0;
      this.win.removeEventListener('scroll', this.onScroll, { capture: true });
      this.win.removeEventListener('resize', this.schedule);
      this.doc.removeEventListener('load', this.schedule, { capture: true });
      this.doc.fonts?.removeEventListener?.('loadingdone', this.schedule);
      this.resizeObserver?.disconnect();
      this.host?.remove();
      this.host = null;
      this.root = null;
      this.layer = null;
      this.popover = null;
    }

    /** Removes everything Spotcheck drew: markers, popover, host, highlights, listeners. */
    destroy() {
      this.close(false);
      this.clearHighlights();
      this.items = [];
      this.removeHost();
    }

    /** Each finding's text tinted by its own kind (a figure in a quote keeps both marks). */
    highlight() {
      const h = highlighter(this.win);
      if (!h) return;
      for (const [kind, spec] of Object.entries(KIND)) {
        const ranges = this.items.flatMap((m) => m.items.filter((i) => i.finding.kind === kind).flatMap((i) => i.ranges));
        const had = h.registry.get(spec.highlight);
        if (!ranges.length) h.registry.delete(spec.highlight);
        else if (!had) h.registry.set(spec.highlight, h.make(ranges, spec.priority));
        else {
          // Only the difference is written: what stays tinted keeps its Range.
          const want = new Set(ranges);
          for (const range of [...had]) if (!want.has(range)) had.delete(range);
          for (const range of ranges) had.add(range);
        }
      }
    }

    clearHighlights() {
      const h = highlighter(this.win);
      if (!h) return;
      for (const spec of Object.values(KIND)) h.registry.delete(spec.highlight);
      h.registry.delete(ACTIVE_HIGHLIGHT);
    }

    // ------------------------------------------------------------ placement

    /**
     * Places every marker where it covers no glyph of the page, in two passes: first every
     * layout read (the page's text rectangles into a grid, each marker's anchors), then
     * every style write. No write comes between reads, so the page lays out once; the
     * cost is linear in the page's text nodes plus the markers' candidate spots.
     */
    position() {
      if (!this.host || !this.items.length) return;
      this.placedAt = performance.now();
      const origin = this.host.getBoundingClientRect();
      const ox = origin.left;
      const oy = origin.top;
      const view = this.doc.documentElement;
      const maxRight = Math.max(SIZE, view.clientWidth - ox - 2);
      const grid = this.textGrid(ox, oy);
      const regions = this.regions(ox, oy);
      /** @type {(null | { left: number, top: number })[]} */
      const spots = [];
      for (const item of this.items) spots.push(this.spotFor(item, grid, regions, ox, oy, maxRight));
      // Writes only from here on.
      for (const [i, item] of this.items.entries()) {
        const spot = spots[i];
        item.badge.hidden = !spot;
        if (!spot) continue;
        item.badge.style.left = `${spot.left}px`;
        item.badge.style.top = `${spot.top}px`;
      }
      if (this.open) this.placePopover();
    }

    /**
     * Every line box of the page's own text, in host coordinates. @param {number} ox @param {number} oy
     * @returns {Grid}
     */
    textGrid(ox, oy) {
      const grid = new Grid();
      const body = this.doc.body;
      if (!body) return grid;
      const walker = this.doc.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (SKIP_TEXT_IN.has(node.parentElement?.tagName ?? '') || !/\S/.test(/** @type {Text} */ (node).data)
          ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      const range = this.doc.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node && seen < MAX_TEXT_NODES; node = walker.nextNode(), seen++) {
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) {
          if (r.width <= 0 || r.height <= 0) continue;
          grid.add({ left: r.left - ox, top: r.top - oy, right: r.right - ox, bottom: r.bottom - oy });
        }
      }
      return grid;
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
     * in the margin right or left of its block, beside that line; after its paragraph's last
     * glyph; further along the line; just under its block. Null when its text is not laid out.
     * @param {Marker} item @param {Grid} grid @param {{ el: Element, box: Box }[]} regions
     * @param {number} ox @param {number} oy @param {number} maxRight
     */
    spotFor(item, grid, regions, ox, oy, maxRight) {
      const line = this.lastLine(item);
      if (!line) return null;
      const L = { left: line.rect.left - ox, top: line.rect.top - oy, right: line.rect.right - ox, bottom: line.rect.bottom - oy };
      const block = line.node.parentElement?.closest('p, li, blockquote, dd, dt, td, th, figcaption, h1, h2, h3, h4, h5, h6, pre') ?? line.node.parentElement;
      const b = block?.getBoundingClientRect();
      const B = b ? { left: b.left - ox, top: b.top - oy, right: b.right - ox, bottom: b.bottom - oy } : L;
      const end = block ? this.blockEnd(block, ox, oy) : null;
      const foreign = regions.filter((r) => !r.el.contains(line.node)).map((r) => r.box);
      /** @param {number} left @param {number} top */
      const free = (left, top) => {
        if (left < 0 || top < 0 || left + SIZE > maxRight) return false;
        const box = { left: left - 1, top: top - 1, right: left + SIZE + 1, bottom: top + SIZE + 1 };
        if (grid.hits(box)) return false;
        for (const r of foreign) if (box.left < r.right && r.left < box.right && box.top < r.bottom && r.top < box.bottom) return false;
        return true;
      };
      const mid = (/** @type {Box} */ r) => (r.top + r.bottom) / 2 - SIZE / 2;
      const shifts = [0, 3, -3, 6, -6, 9, -9, 12, -12, 16, -16];
      /** @type {[number, number][]} */
      const candidates = [];
      const around = (/** @type {number} */ x, /** @type {number} */ y) => { for (const dy of shifts) candidates.push([x, y + dy]); };
      around(L.right + GAP, mid(L));
      around(B.right + 8, mid(L));
      around(B.left - 8 - SIZE, mid(L));
      if (end) around(end.right + GAP, mid(end));
      for (const [left, top] of candidates) {
        if (free(left, top)) return this.take(grid, left, top);
      }
      // Text from edge to edge (a page without margins): the nearest free spot, searching
      // outwards line by line, along each row right of the sentence's end, then left of it.
      for (let dist = 0; dist <= 120; dist += 6) {
        for (const dy of dist ? [dist, -dist] : [0]) {
          const top = mid(L) + dy;
          for (let x = L.right + GAP; x + SIZE <= maxRight; x += 6) if (free(x, top)) return this.take(grid, x, top);
          for (let x = L.right - SIZE - GAP; x >= Math.max(0, B.left - SIZE); x -= 6) if (free(x, top)) return this.take(grid, x, top);
        }
      }
      // Nowhere free near its sentence: the right margin of the block, as close as it gets.
      const left = Math.max(0, Math.min(B.right + 8, maxRight - SIZE));
      const top = Math.max(0, mid(L));
      grid.add({ left, top, right: left + SIZE, bottom: top + SIZE });
      return { left: Math.round(left), top: Math.round(top) };
    }

    /** Claims a spot: the next marker keeps clear of it. @param {Grid} grid @param {number} left @param {number} top */
    take(grid, left, top) {
      grid.add({ left, top, right: left + SIZE, bottom: top + SIZE });
      return { left: Math.round(left), top: Math.round(top) };
    }

    /** The last laid-out line of a marker's text: its rect and text node. @param {Marker} item */
    lastLine(item) {
      for (let r = item.ranges.length - 1; r >= 0; r--) {
        const range = item.ranges[r];
        if (!range.startContainer.isConnected) continue;
        const rects = Array.from(range.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0);
        if (rects.length) return { rect: rects[rects.length - 1], node: range.endContainer };
      }
      return null;
    }

    /** The line box of a block's last glyph. @param {Element} block @param {number} ox @param {number} oy */
    blockEnd(block, ox, oy) {
      const walker = this.doc.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let last = null;
      for (let node = walker.lastChild(); node; node = walker.previousNode()) {
        if (/\S/.test(/** @type {Text} */ (node).data)) { last = node; break; }
      }
      if (!last) return null;
      const range = this.doc.createRange();
      range.selectNodeContents(last);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
      const r = rects[rects.length - 1];
      return r ? { left: r.left - ox, top: r.top - oy, right: r.right - ox, bottom: r.bottom - oy } : null;
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
      const findings = item.items.map((i) => i.finding);
      const parts = [];
      const described = findings.map((f) => Format.describe(f));
      const single = described.length === 1;
      const title = single ? described[0].title : this.groupTitle(item.kinds);
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
      const hints = Format.hints(findings, this.engine);
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

    /** Under the marker, or above it when the viewport has no room below; always inside the viewport. */
    placePopover() {
      if (!this.open || !this.popover || !this.host) return;
      const badge = this.open.badge;
      const origin = this.host.getBoundingClientRect();
      const b = badge.getBoundingClientRect();
      const viewW = this.doc.documentElement.clientWidth || this.win.innerWidth;
      const viewH = this.win.innerHeight;
      this.popover.style.maxHeight = `${Math.max(120, viewH - 16)}px`;
      const pop = this.popover.getBoundingClientRect();
      let left = Math.min(b.left + b.width / 2 - 32, viewW - pop.width - 8);
      left = Math.max(8, left);
      const below = b.bottom + 8;
      const above = b.top - pop.height - 8;
      let top;
      if (below + pop.height <= viewH - 8) top = below;
      else if (above >= 8) top = above;
      else top = Math.max(8, viewH - 8 - pop.height);
      this.popover.style.left = `${left - origin.left}px`;
      this.popover.style.top = `${top - origin.top}px`;
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
      const counts = { quote: 0, figure: 0, claim: 0 };
      for (const item of this.items) for (const k of item.kinds) if (k in counts) counts[/** @type {keyof typeof counts} */ (k)] += 1;
      return counts;
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
