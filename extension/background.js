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

// The content script's stream: { type: 'chunk', data } … { type: 'end', engine }, answered
// with one { ok, result | error } on the same port.
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
        .then((result) => port.postMessage({ ok: true, result }))
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
