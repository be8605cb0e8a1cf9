// The overlay: badges and the popover, drawn over the page without touching it.
//
// The page's own nodes are never changed. Everything Spotcheck draws lives in one host
// element (<spotcheck-overlay>, appended to <html>) with an open shadow root, so the page's
// styles cannot reach in and ours cannot leak out. Badges are positioned from the findings'
// DOM Ranges (Range.getClientRects) and repositioned when the page scrolls, resizes or
// reflows; the finding text itself is tinted with the CSS Custom Highlight API, which paints
// over text without wrapping it. Page text only ever enters our DOM through textContent.
(() => {
  'use strict';

  const HOST_TAG = 'spotcheck-overlay';
  const KIND = {
    quote: { label: 'Quote', glyph: '\u201C', highlight: 'spotcheck-quote', priority: 2 },
    figure: { label: 'Figure', glyph: '#', highlight: 'spotcheck-figure', priority: 3 },
    claim: { label: 'Claim to check', glyph: '?', highlight: 'spotcheck-claim', priority: 1 },
  };
  const ACTIVE_HIGHLIGHT = 'spotcheck-active';
  const BADGE_SIZE = 18;
  const BADGE_GAP = 2;

  const STYLE = `
    :host { all: initial; }
    .layer { position: absolute; left: 0; top: 0; width: 0; height: 0; }
    button.badge {
      all: unset; box-sizing: border-box; position: absolute;
      min-width: ${BADGE_SIZE}px; height: ${BADGE_SIZE}px; padding: 0 4px; border-radius: ${BADGE_SIZE / 2}px;
      display: inline-flex; align-items: center; justify-content: center;
      font: 700 12px/1 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
      color: #fff; background: var(--c); cursor: pointer; user-select: none;
      box-shadow: 0 0 0 1.5px #fff, 0 1px 3px rgba(0,0,0,.35);
      opacity: .92; transition: transform .12s ease, opacity .12s ease;
    }
    /* The curly quote sits high in its em box: a serif glyph, larger and lowered, reads better. */
    button.badge.quote span { font: 700 19px/1 Georgia, "Times New Roman", serif; transform: translateY(4px); }
    button.badge:hover { opacity: 1; transform: scale(1.15); }
    button.badge:focus-visible { opacity: 1; outline: 2px solid #111; outline-offset: 2px; }
    button.badge[aria-expanded="true"] { opacity: 1; transform: scale(1.15); box-shadow: 0 0 0 2px #fff, 0 0 0 4px var(--c); }
    button.badge[hidden], .popover[hidden] { display: none; }
    .quote { --c: #b45309; --tint: #fef3c7; }
    .figure { --c: #1d4ed8; --tint: #dbeafe; }
    .claim { --c: #7e22ce; --tint: #f3e8ff; }

    .popover {
      position: absolute; box-sizing: border-box; width: 340px; max-width: calc(100vw - 16px);
      background: #fff; color: #1f2937; border-radius: 10px; border-top: 4px solid var(--c);
      box-shadow: 0 10px 30px rgba(0,0,0,.22), 0 0 0 1px rgba(0,0,0,.08);
      font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; text-align: left;
      padding: 12px 14px 10px; outline: none;
    }
    .popover:focus-visible { box-shadow: 0 10px 30px rgba(0,0,0,.22), 0 0 0 2px var(--c); }
    .head { display: flex; align-items: flex-start; gap: 8px; }
    .chip {
      flex: none; font-size: 10px; font-weight: 700; letter-spacing: .06em; text-transform: uppercase;
      color: var(--c); background: var(--tint); border-radius: 4px; padding: 2px 6px; margin-top: 2px;
    }
    h2 { flex: 1; margin: 0; font-size: 15px; font-weight: 650; line-height: 1.3; color: #111827; }
    .close {
      all: unset; flex: none; width: 22px; height: 22px; border-radius: 6px; text-align: center;
      font-size: 18px; line-height: 22px; color: #6b7280; cursor: pointer;
    }
    .close:hover { background: #f3f4f6; color: #111827; }
    .close:focus-visible { outline: 2px solid var(--c); }
    .role { margin: 2px 0 0; color: #6b7280; font-size: 12px; }
    .excerpt {
      margin: 10px 0 8px; padding: 6px 10px; border-left: 3px solid var(--c); background: var(--tint);
      border-radius: 0 6px 6px 0; font-family: Georgia, "Times New Roman", serif; font-size: 13.5px; color: #111827;
      max-height: 7.5em; overflow: auto;
    }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 3px 12px; margin: 8px 0; }
    dt { color: #6b7280; font-size: 12px; }
    dd { margin: 0; font-weight: 550; overflow-wrap: anywhere; }
    h3 { margin: 10px 0 4px; font-size: 11px; letter-spacing: .06em; text-transform: uppercase; color: #6b7280; }
    ul { margin: 0; padding: 0; list-style: none; }
    li { margin: 3px 0; }
    li a { color: #1d4ed8; text-decoration: none; overflow-wrap: anywhere; }
    li a:hover { text-decoration: underline; }
    li a:focus-visible { outline: 2px solid var(--c); outline-offset: 1px; border-radius: 2px; }
    li a::after { content: " \u2197"; font-size: 11px; }
    .foot { margin: 10px 0 0; padding-top: 6px; border-top: 1px solid #f3f4f6; font-size: 11px; color: #9ca3af; }
    @media (prefers-color-scheme: dark) {
      .popover { background: #1f2937; color: #e5e7eb; box-shadow: 0 10px 30px rgba(0,0,0,.5), 0 0 0 1px rgba(255,255,255,.1); }
      h2, .excerpt { color: #f9fafb; }
      .excerpt { background: rgba(255,255,255,.06); }
      .chip { background: rgba(255,255,255,.9); }
      li a { color: #93c5fd; }
      .foot { border-top-color: #374151; }
      .close:hover { background: #374151; color: #f9fafb; }
    }
  `;

  /** Whether the browser can tint text without touching it. */
  const canHighlight = () => typeof CSS !== 'undefined' && !!CSS.highlights && typeof Highlight === 'function';

  const clip = (text, max) => {
    const t = String(text ?? '').replace(/\s+/g, ' ').trim();
    return t.length > max ? `${t.slice(0, max - 1).trimEnd()}\u2026` : t;
  };

  /** The accessible name of a badge: "Quote by Lori Lightfoot", "Figure: at least 10 major cities". */
  function badgeLabel(finding) {
    switch (finding.kind) {
      case 'quote':
        return finding.speaker ? `Quote by ${clip(finding.speaker, 60)}` : 'Quote, speaker not named';
      case 'figure':
        return `Figure: ${clip(finding.text, 80)}`;
      default:
        return `Claim to check: ${clip(finding.text, 80)}`;
    }
  }

  function formatNumber(value) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return null;
    return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  }

  /** The popover's title, an optional subtitle and its label/value rows, by kind. */
  function describe(finding) {
    const rows = [];
    const row = (label, value) => {
      if (value !== null && value !== undefined && String(value).trim() !== '') rows.push([label, String(value)]);
    };
    if (finding.kind === 'quote') {
      row('Said by', finding.speaker ?? 'not named in the article');
      row('Cue', finding.cue);
      row('Quote', finding.partial ? 'partial: only part of the statement is in quote marks' : 'the whole statement');
      return { title: finding.speaker ? `Quote by ${finding.speaker}` : 'Unattributed quote', subtitle: finding.role, rows };
    }
    if (finding.kind === 'figure') {
      const low = formatNumber(finding.value);
      const high = formatNumber(finding.high);
      row('Value', low === null ? 'not resolved' : high === null ? low : `${low} to ${high}`);
      row('Hedge', finding.approx ?? 'none: stated as exact');
      row('Unit', finding.unit);
      row('Category', finding.category);
      row('Source', finding.source ?? 'not credited in the sentence');
      return { title: clip(finding.text, 90), subtitle: null, rows };
    }
    row('Source', finding.source ?? 'not credited in the sentence');
    row('Cue', finding.cue);
    if (Array.isArray(finding.reasons) && finding.reasons.length) row('Why check', finding.reasons.join(', '));
    if (typeof finding.score === 'number') row('Check-worthiness', `${Math.round(finding.score * 100)}%`);
    return { title: 'A claim worth checking', subtitle: null, rows };
  }

  /** Only web links become anchors; anything else in a hint stays text. */
  function safeUrl(url) {
    try {
      const u = new URL(String(url));
      return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
    } catch {
      return null;
    }
  }

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

  class Overlay {
    constructor(doc, { createHost = null } = {}) {
      this.doc = doc;
      this.createHost = createHost; // (tag) => element: the controller decides how the host is made
      this.win = doc.defaultView;
      this.host = null;
      this.layer = null;
      this.items = [];
      this.open = null; // { item, badge }
      this.frame = 0;
      this.schedule = () => {
        if (!this.frame) this.frame = this.win.requestAnimationFrame(() => { this.frame = 0; this.safely(() => this.position()); });
      };
      this.onPointerDown = (event) => this.safely(() => {
        if (!this.open) return;
        const path = event.composedPath();
        if (!path.includes(this.popover) && !path.includes(this.open.badge)) this.close(false);
      });
      this.onKeyDown = (event) => this.safely(() => {
        if (this.open && event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          this.close(true);
        }
      });
      this.resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(this.schedule) : null;
    }

    /** Runs an event-time action so that nothing escapes into the page. */
    safely(action) {
      try {
        action();
      } catch (error) {
        console.warn('Spotcheck overlay:', error);
      }
    }

    get badgeCount() {
      return this.items.length;
    }

    /** Draws one badge per item ({ finding, ranges }) and tints their text; replaces what was drawn. */
    draw(items) {
      this.close(false);
      this.clearHighlights();
      this.items = [];
      if (!items.length) {
        this.removeHost();
        return 0;
      }
      this.ensureHost();
      this.layer.replaceChildren();
      for (const [index, item] of items.entries()) {
        const kind = KIND[item.finding.kind] ? item.finding.kind : 'claim';
        const badge = el(this.doc, 'button', {
          type: 'button',
          class: `badge ${kind}`,
          'data-spotcheck-badge': '',
          'data-kind': kind,
          'data-finding': item.finding.id,
          'aria-label': badgeLabel(item.finding),
          'aria-haspopup': 'dialog',
          'aria-expanded': 'false',
          title: badgeLabel(item.finding),
        });
        badge.append(el(this.doc, 'span', { 'aria-hidden': 'true', text: KIND[kind].glyph }));
        badge.addEventListener('click', (event) => this.safely(() => {
          event.preventDefault();
          if (this.open && this.open.badge === badge) this.close(false);
          else this.show(index);
        }));
        this.layer.append(badge);
        this.items.push({ ...item, kind, badge });
      }
      this.highlight();
      this.position();
      return this.items.length;
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
      this.popover = el(this.doc, 'div', { class: 'popover', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'spotcheck-title', tabindex: '-1', hidden: '' });
      this.popover.addEventListener('focusout', (event) => this.safely(() => {
        const next = event.relatedTarget;
        if (this.open && next && !this.popover.contains(next) && next !== this.open.badge) this.close(false);
      }));
      root.append(this.layer, this.popover);
      // Events that start in the overlay are ours: the page's handlers never see them.
      for (const type of ['click', 'pointerdown', 'mousedown', 'mouseup', 'keydown', 'keyup', 'keypress']) {
        host.addEventListener(type, (event) => event.stopPropagation());
      }
      this.host = host;
      this.root = root;
      this.doc.documentElement.append(host);
      this.win.addEventListener('scroll', this.schedule, { capture: true, passive: true });
      this.win.addEventListener('resize', this.schedule, { passive: true });
      this.resizeObserver?.observe(this.doc.body ?? this.doc.documentElement);
      this.doc.fonts?.ready?.then(this.schedule, () => {});
    }

    /** Constructed style sheets are outside the page's CSP; a <style> is the fallback. */
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
      this.frame = 0;
      this.win.removeEventListener('scroll', this.schedule, { capture: true });
      this.win.removeEventListener('resize', this.schedule);
      this.resizeObserver?.disconnect();
      this.host?.remove();
      this.host = null;
      this.root = null;
      this.layer = null;
      this.popover = null;
    }

    /** Removes everything Spotcheck drew: badges, popover, host, highlights, listeners. */
    destroy() {
      this.close(false);
      this.clearHighlights();
      this.items = [];
      this.removeHost();
    }

    highlight() {
      if (!canHighlight()) return;
      for (const [kind, spec] of Object.entries(KIND)) {
        const ranges = this.items.filter((item) => item.kind === kind).flatMap((item) => item.ranges);
        if (!ranges.length) continue;
        const highlight = new Highlight(...ranges);
        highlight.priority = spec.priority;
        CSS.highlights.set(spec.highlight, highlight);
      }
    }

    clearHighlights() {
      if (!canHighlight()) return;
      for (const spec of Object.values(KIND)) CSS.highlights.delete(spec.highlight);
      CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    }

    /** The rectangle a badge hangs from: the end of the finding's last visible line. */
    anchorRect(item) {
      for (let r = item.ranges.length - 1; r >= 0; r--) {
        const range = item.ranges[r];
        if (!range.startContainer.isConnected) continue;
        const rects = Array.from(range.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0);
        if (rects.length) return rects[rects.length - 1];
      }
      return null;
    }

    /** Places every badge just after its finding's text, raised like a footnote mark. */
    position() {
      if (!this.host) return;
      const origin = this.host.getBoundingClientRect();
      const maxLeft = Math.max(0, this.doc.documentElement.scrollWidth - BADGE_SIZE - 4);
      const placed = [];
      for (const item of this.items) {
        const rect = this.anchorRect(item);
        item.badge.hidden = !rect;
        if (!rect) continue;
        const width = item.badge.offsetWidth || BADGE_SIZE;
        let left = Math.min(rect.right - origin.left + BADGE_GAP, maxLeft);
        // Raised like a footnote mark: over the gap between lines, clear of the text that follows.
        const top = rect.top - origin.top - BADGE_SIZE + 5;
        // Findings that end close together (a figure at the end of a quote) would stack:
        // move later badges right until they are clear.
        for (let moved = true; moved;) {
          moved = false;
          for (const box of placed) {
            if (left < box.right + BADGE_GAP && left + width > box.left && top < box.bottom && top + BADGE_SIZE > box.top) {
              left = box.right + BADGE_GAP;
              moved = true;
            }
          }
        }
        placed.push({ left, right: left + width, top, bottom: top + BADGE_SIZE });
        item.badge.style.left = `${left}px`;
        item.badge.style.top = `${top}px`;
      }
      if (this.open) this.placePopover();
    }

    show(index) {
      const item = this.items[index];
      if (!item || !this.popover) return;
      this.close(false);
      const { finding } = item;
      const { title, subtitle, rows } = describe(finding);
      const doc = this.doc;
      const heading = el(doc, 'h2', { id: 'spotcheck-title', text: title });
      const close = el(doc, 'button', { type: 'button', class: 'close', 'aria-label': 'Close', text: '\u00D7' });
      close.addEventListener('click', () => this.safely(() => this.close(true)));
      const parts = [el(doc, 'div', { class: 'head' }, el(doc, 'span', { class: 'chip', text: KIND[item.kind].label }), heading, close)];
      if (subtitle) parts.push(el(doc, 'p', { class: 'role', text: subtitle }));
      if (finding.kind !== 'figure' || clip(finding.text, 90) !== title) parts.push(el(doc, 'div', { class: 'excerpt', text: clip(finding.text, 400) }));
      const list = el(doc, 'dl');
      for (const [label, value] of rows) list.append(el(doc, 'dt', { text: label }), el(doc, 'dd', { text: value }));
      parts.push(list);
      const hints = Array.isArray(finding.hints) ? finding.hints : [];
      if (hints.length) {
        const ul = el(doc, 'ul');
        for (const hint of hints) {
          const url = hint.url ? safeUrl(hint.url) : null;
          const label = clip(hint.label || hint.kind || 'Source hint', 140);
          ul.append(el(doc, 'li', {}, url
            ? el(doc, 'a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: label })
            : el(doc, 'span', { text: label })));
        }
        parts.push(el(doc, 'section', { 'aria-label': 'Where to check' }, el(doc, 'h3', { text: 'Where to check' }), ul));
      }
      parts.push(el(doc, 'p', { class: 'foot', text: 'Found by Spotcheck on this device. Links open in a new tab.' }));
      this.popover.className = `popover ${item.kind}`;
      this.popover.replaceChildren(...parts);
      this.popover.hidden = false;
      item.badge.setAttribute('aria-expanded', 'true');
      this.open = { item, badge: item.badge };
      if (canHighlight()) CSS.highlights.set(ACTIVE_HIGHLIGHT, Object.assign(new Highlight(...item.ranges), { priority: 10 }));
      this.placePopover();
      this.win.addEventListener('pointerdown', this.onPointerDown, true);
      this.win.addEventListener('keydown', this.onKeyDown, true);
      this.popover.focus({ preventScroll: true });
    }

    /** Under the badge, or above it when the viewport has no room below; kept on screen. */
    placePopover() {
      const badge = this.open.badge;
      const origin = this.host.getBoundingClientRect();
      const b = badge.getBoundingClientRect();
      const pop = this.popover.getBoundingClientRect();
      const viewW = this.doc.documentElement.clientWidth || this.win.innerWidth;
      const viewH = this.win.innerHeight;
      let left = Math.min(Math.max(8, b.left + b.width / 2 - 32), viewW - pop.width - 8);
      left = Math.max(8, left);
      let top = b.bottom + 8;
      if (top + pop.height > viewH - 8 && b.top - pop.height - 8 > 8) top = b.top - pop.height - 8;
      this.popover.style.left = `${left - origin.left}px`;
      this.popover.style.top = `${top - origin.top}px`;
    }

    /** Closes the popover; `refocus` returns focus to its badge (Escape, the close button). */
    close(refocus) {
      if (!this.open) return;
      const { badge } = this.open;
      this.open = null;
      this.win.removeEventListener('pointerdown', this.onPointerDown, true);
      this.win.removeEventListener('keydown', this.onKeyDown, true);
      if (canHighlight()) CSS.highlights.delete(ACTIVE_HIGHLIGHT);
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

    /** The number of badges of each kind: { quote, figure, claim }. */
    counts() {
      const counts = { quote: 0, figure: 0, claim: 0 };
      for (const item of this.items) counts[item.kind] += 1;
      return counts;
    }
  }

  globalThis.SpotcheckOverlay = Object.freeze({ Overlay, HOST_TAG, badgeLabel, describe });
})();
