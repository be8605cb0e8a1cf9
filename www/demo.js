// @ts-check
// The demo: the wasm module on a sample news page (analyzeDocument) and on pasted text
// (analyzeText), drawn by the extension's own overlay (extension/content/overlay.js with
// lib/markers.js and lib/format.js, copied to ext/ by `make build`): the same markers,
// popovers, tints and sensitivity as the extension. This file only wires them up. Page
// text is only ever inserted as text (textContent, text nodes), never as markup.
import init, { analyzeDocument, analyzeText, version } from './pkg/spotcheck.js';

const { Overlay } = /** @type {any} */ (globalThis).SpotcheckOverlay;

/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/**
 * An element with attributes and children (strings become text nodes).
 * @param {string} tag @param {Record<string, string>} [attrs] @param {...(Node|string|null|undefined)} children
 */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(.../** @type {(Node|string)[]} */ (children.filter((c) => c !== null && c !== undefined)));
  return node;
}

/** @template T @param {() => T} fn @returns {[T, number]} */
const timed = (fn) => {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
};

/**
 * The list beside a view: one entry per marker, opening it.
 * @param {HTMLElement} list @param {any} overlay
 */
function listMarkers(list, overlay) {
  const markers = overlay.list();
  list.replaceChildren(...markers.map((/** @type {{ index: number, kind: string, label: string }} */ m) => {
    const button = el('button', { type: 'button', 'data-index': String(m.index) }, el('span', { class: `kind ${m.kind}`, 'aria-hidden': 'true' }, { quote: '\u201C', figure: '#', claim: '?' }[m.kind] ?? '?'), el('span', { class: 'snippet' }, m.label));
    button.addEventListener('click', () => overlay.show(m.index, { scroll: true }));
    return el('li', {}, button);
  }));
  if (!markers.length) list.append(el('li', { class: 'muted' }, 'None.'));
  return markers.length;
}

/** Items for the overlay: each marked finding with live Ranges over its text nodes. @param {any} result @param {(node: any) => Node|null} resolve */
function itemsOf(result, resolve) {
  const byId = new Map(result.report.findings.map((/** @type {any} */ f) => [f.id, f]));
  const items = [];
  for (const mark of result.marks) {
    const finding = byId.get(mark.id);
    if (!finding) continue;
    const ranges = [];
    for (const { node, start, end } of mark.ranges) {
      const text = resolve(node);
      if (!text) continue;
      const range = /** @type {Document} */ (text.ownerDocument).createRange();
      range.setStart(text, start);
      range.setEnd(text, end);
      ranges.push(range);
    }
    if (ranges.length) items.push({ finding, ranges });
  }
  return items;
}

// ---------------------------------------------------------------- the news page

/** @param {HTMLIFrameElement} frame @returns {Promise<Document>} */
async function framed(frame) {
  if (frame.contentDocument?.readyState !== 'complete' || frame.contentDocument.URL === 'about:blank') {
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  }
  return /** @type {Document} */ (frame.contentDocument);
}

async function showPage() {
  const frame = /** @type {HTMLIFrameElement} */ ($('page-frame'));
  const doc = await framed(frame);
  // The tints live in the page's own style scope, as the extension's content CSS does.
  const style = doc.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL('ext/content/highlight.css', location.href).href;
  doc.head.append(style);
  const [result, ms] = timed(() => analyzeDocument(doc));
  const items = itemsOf(result, (node) => node);
  const overlay = new Overlay(doc);
  const level = /** @type {HTMLSelectElement} */ ($('sensitivity'));
  let drawing = 0; // a change of sensitivity while drawing supersedes the draw
  const draw = async () => {
    const mine = ++drawing;
    const n = await overlay.draw(items, { sensitivity: level.value, text: result.report.text });
    if (mine !== drawing) return;
    listMarkers($('page-findings'), overlay);
    $('page-status').textContent = `${n} for ${items.length} findings, ${ms.toFixed(0)} ms`;
    document.body.dataset.pageMarkers = String(n);
  };
  level.addEventListener('change', draw);
  draw();
}

// ---------------------------------------------------------------- pasted text

const textOverlay = new Overlay(document);

let texts = 0; // a newer text supersedes a draw still running

/** @param {string} text */
async function showText(text) {
  const view = $('text-view');
  const node = document.createTextNode(text);
  view.replaceChildren(node);
  const [report, ms] = timed(() => analyzeText(text));
  // The report's offsets are UTF-16 code units, which is what DOM ranges count too.
  const items = report.findings.map((/** @type {any} */ f) => {
    const range = document.createRange();
    range.setStart(node, f.start);
    range.setEnd(node, f.end);
    return { finding: f, ranges: [range] };
  });
  const mine = ++texts;
  await textOverlay.draw(items, { sensitivity: 'all', text: report.text });
  if (mine !== texts) return;
  $('text-status').textContent = `${report.findings.length} findings, ${ms.toFixed(0)} ms`;
  listMarkers($('text-findings'), textOverlay);
}

// ---------------------------------------------------------------- start

await init();
$('version').textContent = `(core ${version()})`;
const input = /** @type {HTMLTextAreaElement} */ ($('text-input'));
$('text-form').addEventListener('submit', (e) => {
  e.preventDefault();
  showText(input.value);
});
input.value = await (await fetch('samples/chicago-ice.txt')).text();
showText(input.value);
await showPage();
