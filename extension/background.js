// The background: Chromium's service worker, Firefox's event page (one module for both).
//
// Its main job is the CSP fallback. Chromium applies a page's Content-Security-Policy to
// the content script, so on a page without 'wasm-unsafe-eval' the content script cannot
// compile the core; it sends a DOM snapshot here instead (docs/wasm-api.md) and gets back
// analyzeSnapshot's PageResult. The extension's own CSP allows 'wasm-unsafe-eval'.
// It also shows the page's badge count on the toolbar icon. It never touches the network:
// the only fetch is the module's own .wasm file inside the extension.
// A namespace import: a module missing an export fails one message, not the whole worker.
import * as spotcheck from './pkg/spotcheck.js';

const api = globalThis.browser ?? globalThis.chrome;

// Top-level await is not allowed in a service worker: compile on first use, once.
let compiled = null;
function core() {
  compiled ??= spotcheck.default({ module_or_path: api.runtime.getURL('pkg/spotcheck_bg.wasm') }).catch((error) => {
    compiled = null; // let a later message try again
    throw error;
  });
  return compiled;
}

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
    core()
      .then(() => sendResponse({ ok: true, result: spotcheck.analyzeSnapshot(message.snapshot) }))
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
