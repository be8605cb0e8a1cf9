// The background: Chromium's service worker, Firefox's event page (one module for both).
//
// It runs the analysis. The content script never compiles WebAssembly: it reads the page
// into a DOM snapshot (docs/wasm-api.md) in slices and streams the snapshot's JSON text
// here over a port, in chunks; the core runs here, off the page's main thread, so a page
// never stutters while it is analyzed, a page's CSP never sees a refused compile (no
// violation report reaches the site), and pkg/ need not be web-accessible (no page can
// fetch it to learn that Spotcheck is installed). The extension's own CSP allows
// 'wasm-unsafe-eval'.
// It also shows the page's badge count on the toolbar icon. It never touches the network:
// the only fetch is the module's own .wasm file inside the extension.
// A namespace import: a module missing an export fails one message, not the whole worker.
import * as spotcheck from './pkg/spotcheck.js';

const api = globalThis.browser ?? globalThis.chrome;

/** A snapshot larger than this (UTF-16 units of JSON text) is refused, not analyzed. */
const MAX_SNAPSHOT_UNITS = 64 * 1024 * 1024;
const PORT_NAME = 'spotcheck:snapshot';

// Top-level await is not allowed in a service worker: compile on first use, once.
let compiled = null;
function core() {
  compiled ??= spotcheck.default({ module_or_path: api.runtime.getURL('pkg/spotcheck_bg.wasm') }).catch((error) => {
    compiled = null; // let a later message try again
    throw error;
  });
  return compiled;
}

/** analyzeSnapshot; the report keeps its article text (the overlay's density budget and the
 * "only articles" mode count its words). `engine` is the reader's search engine setting:
 * the core builds the hints' web searches for it. `since`: the block keys of the content
 * script's last reading (null: none), when it sends them: then only the changed blocks are
 * analyzed (src/live.rs) and the result says which blocks it kept.
 * @param {string} snapshot @param {string|undefined} engine @param {string[]|null|undefined} since */
async function analyze(snapshot, engine, since = undefined) {
  await core();
  const started = performance.now();
  const options = typeof engine === 'string' ? { engine } : undefined;
  const result = since === undefined ? spotcheck.analyzeSnapshot(snapshot, options) : spotcheck.analyzeSnapshotSince(snapshot, since ?? [], options);
  return { ...result, ms: Math.round(performance.now() - started) };
}

/** JSON units of findings, marks or blocks per answer message (see `answerParts`). */
const PART_UNITS = 1 << 16;

/**
 * The answer as a run of messages: { ok, part: 'head', result } (the result with its lists
 * empty), then { part: 'findings' | 'marks' | 'blocks', items } of about PART_UNITS of JSON
 * each, then { part: 'end' }. Each message is received in a task of the page's own: one
 * answer of megabytes (the findings of a 200 KB article, with their hints) took the page's
 * thread 90 ms to receive and parse in one piece.
 * @param {any} result */
function* answerParts(result) {
  const report = result?.report;
  const lists = { findings: report?.findings, marks: result?.marks, blocks: result?.blocks };
  const head = { ...result, marks: [] };
  if (report) head.report = { ...report, findings: [] };
  if (Array.isArray(result?.blocks)) head.blocks = [];
  yield { ok: true, part: 'head', result: head };
  for (const [part, list] of Object.entries(lists)) {
    if (!Array.isArray(list)) continue;
    let items = [];
    let units = 0;
    for (const item of list) {
      items.push(item);
      units += JSON.stringify(item)?.length ?? 0;
      if (units >= PART_UNITS) {
        yield { part, items };
        items = [];
        units = 0;
      }
    }
    if (items.length) yield { part, items };
  }
  yield { part: 'end' };
}

// The content script's stream: { type: 'chunk', data } … { type: 'end', engine }, answered
// on the same port with the parts of `answerParts` (or one { ok: false, error }).
api.runtime.onConnect.addListener((port) => {
  if (port.name !== PORT_NAME) return;
  const parts = [];
  let units = 0;
  let failed = false;
  port.onMessage.addListener((message) => {
    if (failed) return;
    if (message?.type === 'chunk' && typeof message.data === 'string') {
      units += message.data.length;
      if (units > MAX_SNAPSHOT_UNITS) {
        failed = true;
        port.postMessage({ ok: false, error: 'the page snapshot is too large' });
        return;
      }
      parts.push(message.data);
    } else if (message?.type === 'end') {
      const json = parts.join('');
      parts.length = 0;
      analyze(json, message.engine, message.since)
        .then((result) => {
          for (const message of answerParts(result)) port.postMessage(message);
        })
        .catch((error) => port.postMessage({ ok: false, error: String(error?.message ?? error) }))
        .catch(() => {}); // the tab went away meanwhile
    }
  });
});

const BADGE_COLOUR = '#374151';

// The next/previous-marker shortcuts (manifest "commands"): the tab's overlay opens it.
/** @param {string} command @param {{ id?: number }} [tab] */
async function onCommand(command, tab) {
  const direction = { 'next-finding': 1, 'previous-finding': -1 }[command];
  if (!direction) return null;
  const tabId = tab?.id ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return null;
  return api.tabs.sendMessage(tabId, { type: 'spotcheck:step', direction }).catch(() => null);
}
api.commands?.onCommand.addListener((command, tab) => { onCommand(command, tab); });
globalThis.spotcheckCommand = onCommand; // the end-to-end tests press the shortcut through this

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (message?.type === 'spotcheck:analyze-snapshot') {
    // A whole snapshot in one message (the object, or its JSON text): kept for callers
    // with small pages; the content script streams over a port instead.
    analyze(message.snapshot, message.engine)
      .then((result) => sendResponse({ ok: true, result }))
      .catch((error) => sendResponse({ ok: false, error: String(error?.message ?? error) }));
    return true; // answers asynchronously
  }
  if (message?.type === 'spotcheck:count' && sender.tab?.id !== undefined) {
    const tabId = sender.tab.id;
    const text = Number.isInteger(message.count) && message.count > 0 ? String(message.count) : '';
    Promise.all([
      api.action.setBadgeText({ tabId, text }),
      api.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }),
    ]).catch(() => {}); // the tab may be gone already
  }
  return false;
});
