// The demo: the wasm module on a sample news page (analyzeDocument) and on pasted text
// (analyzeText). All detection happens in the module; this file only draws. Page text is
// only ever inserted as text (textContent, text nodes), never as markup.
import init, { analyzeDocument, analyzeText, version } from './pkg/spotcheck.js';

const KINDS = ['quote', 'figure', 'claim'];
const BADGE_LABEL = { quote: '\u201c\u201d', figure: '#', claim: '?' };

const $ = (id) => document.getElementById(id);

/** An element of `doc` with attributes and children (strings become text nodes). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}\u2026` : s);

// ---------------------------------------------------------------- the popover

const popover = $('popover');

/** The fields a reader checks, per kind, as label/value pairs (empty ones left out). */
function fieldsOf(f) {
  const rows = {
    quote: [['Speaker', f.speaker ?? 'no one credited'], ['Role', f.role], ['Cue', f.cue], ['Partial', f.partial ? 'yes: the marks hold only part of the statement' : null]],
    figure: [['Category', f.category], ['Value', f.value === null ? null : f.high != null ? `${f.value} to ${f.high}` : String(f.value)], ['Hedge', f.approx], ['Unit', f.unit], ['Source', f.source ?? 'none named']],
    claim: [['Source', f.source ?? 'none named'], ['Cue', f.cue], ['Why', (f.reasons ?? []).join(', ')]],
  }[f.kind] ?? [];
  rows.push(['Score', f.score.toFixed(2)]);
  return rows.filter(([, value]) => value !== null && value !== undefined && value !== '');
}

function showPopover(finding, anchor) {
  const list = el('dl');
  for (const [label, value] of fieldsOf(finding)) list.append(el('dt', {}, label), el('dd', {}, String(value)));
  const hints = el('ul');
  for (const hint of finding.hints) {
    hints.append(el('li', {}, hint.url ? el('a', { href: hint.url, target: '_blank', rel: 'noopener noreferrer' }, hint.label) : hint.label));
  }
  const close = el('button', { class: 'close', type: 'button', 'aria-label': 'Close' }, '\u00d7');
  close.addEventListener('click', hidePopover);
  popover.replaceChildren(
    close,
    el('h4', { id: 'popover-title' }, `${finding.kind[0].toUpperCase()}${finding.kind.slice(1)} ${finding.id}`),
    el('blockquote', {}, finding.text),
    list,
    finding.hints.length ? el('div', {}, el('strong', {}, 'Check it'), hints) : null,
  );
  popover.hidden = false;
  // Below the anchor when there is room, above it otherwise; always inside the window.
  const box = popover.getBoundingClientRect();
  const left = Math.max(8, Math.min(anchor.left, innerWidth - box.width - 8));
  const below = anchor.bottom + 6;
  const top = below + box.height < innerHeight ? below : Math.max(8, anchor.top - box.height - 6);
  popover.style.left = `${left}px`;
  popover.style.top = `${top}px`;
  close.focus({ preventScroll: true });
}

function hidePopover() {
  popover.hidden = true;
}

document.addEventListener('keydown', (e) => e.key === 'Escape' && hidePopover());
document.addEventListener('pointerdown', (e) => {
  if (!popover.hidden && !popover.contains(e.target) && !e.target.closest?.('.findings, .spotcheck-badge, .text-view')) hidePopover();
});

// ---------------------------------------------------------------- drawing

/** One highlight layer per kind over live `Range`s, in the ranges' own window. */
function highlight(win, rangesByKind) {
  if (!win.CSS?.highlights || !win.Highlight) return; // the badges still work without
  for (const kind of KINDS) {
    const layer = new win.Highlight(...(rangesByKind[kind] ?? []));
    layer.priority = { claim: 0, quote: 1, figure: 2 }[kind];
    win.CSS.highlights.set(`spotcheck-${kind}`, layer);
  }
}

/** The list beside a view: one entry per finding, calling `open(finding, button)`. */
function listFindings(list, findings, open) {
  list.replaceChildren(
    ...findings.map((f) => {
      const button = el('button', { type: 'button' }, el('span', { class: `kind ${f.kind}` }, f.kind), f.id, el('span', { class: 'snippet' }, clip(f.text, 110)));
      button.addEventListener('click', () => open(f, button));
      return el('li', {}, button);
    }),
  );
  if (!findings.length) list.append(el('li', { class: 'muted' }, 'None.'));
}

const timed = (fn) => {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
};

// ---------------------------------------------------------------- the news page

async function framed(frame) {
  if (frame.contentDocument?.readyState !== 'complete' || frame.contentDocument.URL === 'about:blank') {
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  }
  return frame.contentDocument;
}

async function showPage() {
  const frame = $('page-frame');
  const doc = await framed(frame);
  const win = frame.contentWindow;
  const [result, ms] = timed(() => analyzeDocument(doc));
  const byId = new Map(result.report.findings.map((f) => [f.id, f]));

  // Ranges first, badges after: inserting a badge splits a text node, and live ranges
  // (the highlights') follow the split, where offsets computed later would not.
  const drawn = [];
  const rangesByKind = {};
  for (const mark of result.marks) {
    const finding = byId.get(mark.id);
    if (!finding || !mark.ranges.length) continue;
    const ranges = mark.ranges.map(({ node, start, end }) => {
      const range = doc.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      return range;
    });
    (rangesByKind[finding.kind] ??= []).push(...ranges);
    drawn.push({ finding, ranges });
  }
  highlight(win, rangesByKind);

  const style = doc.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL('marks.css', import.meta.url).href;
  doc.head.append(style);

  // Where the frame's content sits in this window, for the popover.
  const inPage = (rect) => {
    const frameBox = frame.getBoundingClientRect();
    return { left: frameBox.left + rect.left, top: frameBox.top + rect.top, bottom: frameBox.top + rect.bottom };
  };
  const badges = new Map();
  for (const { finding, ranges } of drawn) {
    const badge = doc.createElement('button');
    badge.type = 'button';
    badge.className = `spotcheck-badge ${finding.kind}`;
    badge.textContent = BADGE_LABEL[finding.kind];
    badge.title = `${finding.kind} ${finding.id}: details`;
    badge.setAttribute('aria-label', `${finding.kind} ${finding.id}: details`);
    badge.addEventListener('click', () => showPopover(finding, inPage(badge.getBoundingClientRect())));
    const at = ranges.at(-1).cloneRange();
    at.collapse(false);
    at.insertNode(badge);
    badges.set(finding.id, badge);
  }
  doc.addEventListener('pointerdown', (e) => e.target.closest?.('.spotcheck-badge') || hidePopover());

  const shown = drawn.map((d) => d.finding);
  $('page-status').textContent = `${shown.length} of ${result.report.findings.length} findings, ${ms.toFixed(0)} ms`;
  listFindings($('page-findings'), shown, (finding) => {
    const badge = badges.get(finding.id);
    badge.scrollIntoView({ block: 'center' });
    showPopover(finding, inPage(badge.getBoundingClientRect()));
  });
}

// ---------------------------------------------------------------- pasted text

/** The innermost finding around UTF-16 offset `at`: a figure inside a claim wins. */
function findingAt(findings, at) {
  const around = findings.filter((f) => f.start <= at && at < f.end);
  return around.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

/** The text node and offset under a click, in either browser's API. */
function caretAt(x, y) {
  if (document.caretPositionFromPoint) {
    const p = document.caretPositionFromPoint(x, y);
    return p && { node: p.offsetNode, offset: p.offset };
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r && { node: r.startContainer, offset: r.startOffset };
}

function showText(text) {
  const view = $('text-view');
  const node = document.createTextNode(text);
  view.replaceChildren(node);
  const [report, ms] = timed(() => analyzeText(text));
  // The report's offsets are UTF-16 code units, which is what DOM ranges count too.
  const rangesByKind = {};
  for (const f of report.findings) {
    const range = document.createRange();
    range.setStart(node, f.start);
    range.setEnd(node, f.end);
    (rangesByKind[f.kind] ??= []).push(range);
  }
  highlight(window, rangesByKind);
  view.onclick = (e) => {
    const caret = caretAt(e.clientX, e.clientY);
    const hit = caret?.node === node && findingAt(report.findings, caret.offset);
    if (hit) showPopover(hit, { left: e.clientX, top: e.clientY, bottom: e.clientY + 8 });
    else hidePopover();
  };
  $('text-status').textContent = `${report.findings.length} findings, ${ms.toFixed(0)} ms`;
  listFindings($('text-findings'), report.findings, (f, button) => showPopover(f, button.getBoundingClientRect()));
}

// ---------------------------------------------------------------- start

await init();
$('version').textContent = `(core ${version()})`;
const input = $('text-input');
$('text-form').addEventListener('submit', (e) => {
  e.preventDefault();
  showText(input.value);
});
input.value = await (await fetch('samples/chicago-ice.txt')).text();
showText(input.value);
await showPage();
