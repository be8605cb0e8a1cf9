// The content script's controller: settings → analysis → overlay, and the test hooks.
//
// Analysis runs the wasm core here, on the live DOM (analyzeDocument). When the page's
// Content-Security-Policy forbids WebAssembly in the content script (Chromium applies the
// page's CSP to it), the same module runs in the background instead, on a DOM snapshot,
// and its node numbers are resolved back to the Text nodes kept while snapshotting.
//
// Hooks on <html> that acceptance checks read (keep them stable):
//   data-spotcheck        "ready" | "off" | "error"  ("loading" while the first run works)
//   data-spotcheck-count  the number of badges drawn
// and, for diagnostics: data-spotcheck-engine ("page" | "worker") and data-spotcheck-ms
// (performance.now() when the page first became ready: ms since navigation start).
(() => {
  'use strict';
  if (globalThis.__spotcheckController) return;
  // (X)HTML pages only: an SVG or XML document opened directly has no article and no
  // place for an overlay host, and is left exactly as it is (no hooks either).
  const root = document.documentElement;
  if (!root || root.localName !== 'html' || root.namespaceURI !== 'http://www.w3.org/1999/xhtml') return;
  const api = globalThis.browser ?? globalThis.chrome;
  const { Overlay, HOST_TAG } = globalThis.SpotcheckOverlay;
  const Settings = globalThis.SpotcheckSettings;
  const { snapshot } = globalThis.SpotcheckSnapshot;

  const doc = document;
  const html = doc.documentElement;
  const host = location.hostname;
  const REANALYZE_DELAY_MS = 600;
  const REANALYZE_MAX_WAIT_MS = 3000;

  const overlay = new Overlay(doc);
  let generation = 0; // bumps on every apply(): a stale run must not draw
  let settings = null;
  let status = 'loading';
  let engine = null; // 'page' | 'worker'
  let core = null; // the loaded module, when the page lets the content script compile wasm
  let corePromise = null;
  let readyOnce = false;
  let lastError = null;

  function setHooks(state, count) {
    status = state;
    html.setAttribute('data-spotcheck', state);
    html.setAttribute('data-spotcheck-count', String(count));
  }

  function clearDiagnostics() {
    html.removeAttribute('data-spotcheck-engine');
    html.removeAttribute('data-spotcheck-ms');
  }

  function tellBackground(count) {
    try {
      api.runtime.sendMessage({ type: 'spotcheck:count', count }).catch(() => {});
    } catch {
      // The extension was reloaded under this page: nothing to tell.
    }
  }

  /** The module, compiled here; rejects when the page's CSP blocks WebAssembly. */
  function loadCore() {
    corePromise ??= (async () => {
      const module = await import(api.runtime.getURL('pkg/spotcheck.js'));
      await module.default({ module_or_path: api.runtime.getURL('pkg/spotcheck_bg.wasm') });
      return module;
    })();
    return corePromise;
  }

  /** { result: PageResult, resolve(node) → Text | null } for the page as it is now. */
  async function analyze() {
    if (engine !== 'worker') {
      try {
        core ??= await loadCore();
        engine = 'page';
      } catch (error) {
        // Chromium: "Refused to compile or instantiate WebAssembly module" under a CSP
        // without 'wasm-unsafe-eval'. Any other load failure takes the same way out.
        engine = 'worker';
        console.info('Spotcheck: running the analysis in the background:', error?.message ?? error);
      }
    }
    if (engine === 'page') {
      return { result: core.analyzeDocument(doc), resolve: (node) => node };
    }
    const { tree, nodes } = snapshot(doc);
    const answer = await api.runtime.sendMessage({ type: 'spotcheck:analyze-snapshot', snapshot: tree });
    if (!answer || !answer.ok) throw new Error(answer?.error ?? 'the background did not answer');
    return { result: answer.result, resolve: (id) => (Number.isInteger(id) ? nodes[id] ?? null : null) };
  }

  /** The badge items: every marked finding of a kind the reader shows, with live Ranges. */
  function itemsFrom({ result, resolve }, kinds) {
    const findings = new Map((result?.report?.findings ?? []).map((f) => [f.id, f]));
    const items = [];
    for (const mark of result?.marks ?? []) {
      const finding = findings.get(mark.id);
      if (!finding || !kinds[finding.kind]) continue;
      const ranges = [];
      for (const stretch of mark.ranges ?? []) {
        const node = resolve(stretch.node);
        if (!node || node.nodeType !== Node.TEXT_NODE || !node.isConnected) continue;
        const end = Math.min(stretch.end, node.length);
        if (!(stretch.start >= 0 && stretch.start < end)) continue;
        const range = doc.createRange();
        range.setStart(node, stretch.start);
        range.setEnd(node, end);
        ranges.push(range);
      }
      if (ranges.length) items.push({ finding, ranges });
    }
    return items;
  }

  async function run() {
    const mine = ++generation;
    try {
      settings = await Settings.forSite(host);
      if (mine !== generation) return;
      if (!settings.enabled) {
        turnOff();
        return;
      }
      if (!readyOnce) setHooks('loading', 0);
      const analysis = await analyze();
      if (mine !== generation) return;
      const count = overlay.draw(itemsFrom(analysis, settings.kinds), { ...settings, text: analysis.result?.report?.text });
      html.setAttribute('data-spotcheck-engine', engine);
      if (!readyOnce) html.setAttribute('data-spotcheck-ms', String(Math.round(performance.now())));
      readyOnce = true;
      lastError = null;
      setHooks('ready', count);
      tellBackground(count);
      watch();
    } catch (error) {
      if (mine !== generation) return;
      lastError = String(error?.message ?? error);
      console.warn('Spotcheck:', error);
      try {
        overlay.destroy();
      } catch {
        // Already as clean as it gets.
      }
      setHooks('error', 0);
      tellBackground(0);
    }
  }

  function turnOff() {
    unwatch();
    overlay.destroy();
    readyOnce = false;
    clearDiagnostics();
    setHooks('off', 0);
    tellBackground(0);
  }

  // Pages that change later (live blogs, lazy article bodies): analyze again, debounced,
  // and never because of our own overlay host coming or going.
  let observer = null;
  let debounce = 0;
  let firstPending = 0;

  function ours(record) {
    if (record.target.nodeName.toLowerCase() === HOST_TAG) return true;
    if (record.type !== 'childList') return false;
    const touched = [...record.addedNodes, ...record.removedNodes];
    return touched.length > 0 && touched.every((node) => node.nodeName.toLowerCase() === HOST_TAG);
  }

  // A page that rebuilds <html>'s children may throw our host out; put it back a few
  // times, but never fight a page that keeps removing it.
  let reattached = 0;
  const MAX_REATTACH = 3;

  function onMutations(records) {
    if (overlay.host && !overlay.host.isConnected && status === 'ready' && reattached < MAX_REATTACH) {
      reattached += 1;
      html.append(overlay.host);
      overlay.schedule();
    }
    if (!records.some((record) => !ours(record) && !doc.head?.contains(record.target))) return;
    const now = Date.now();
    firstPending ||= now;
    clearTimeout(debounce);
    const wait = Math.max(0, Math.min(REANALYZE_DELAY_MS, firstPending + REANALYZE_MAX_WAIT_MS - now));
    debounce = setTimeout(reanalyze, wait);
  }

  function reanalyze() {
    firstPending = 0;
    if (status !== 'ready') return;
    // Redrawing would close a popover the reader is reading: wait until it closes.
    if (overlay.isOpen) {
      debounce = setTimeout(reanalyze, REANALYZE_DELAY_MS);
      return;
    }
    run();
  }

  function watch() {
    if (observer) return;
    observer = new MutationObserver((records) => {
      try {
        onMutations(records);
      } catch (error) {
        console.warn('Spotcheck:', error);
      }
    });
    observer.observe(html, { childList: true, subtree: true, characterData: true });
  }

  function unwatch() {
    observer?.disconnect();
    observer = null;
    clearTimeout(debounce);
    firstPending = 0;
  }

  function statusReport() {
    return {
      host,
      state: status,
      enabled: settings?.enabled ?? null,
      count: status === 'ready' ? overlay.badgeCount : 0,
      counts: status === 'ready' ? overlay.counts() : { quote: 0, figure: 0, claim: 0 },
      engine,
      error: status === 'error' ? lastError : null,
    };
  }

  try {
    api.storage.onChanged.addListener((changes) => {
      if (Settings.concerns(changes, host)) run();
    });
    api.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      if (message?.type === 'spotcheck:status') {
        sendResponse(statusReport());
      } else if (message?.type === 'spotcheck:apply') {
        // The popup sends this right after writing the switch, so the tab it was opened
        // on does not wait for storage.onChanged; a second run supersedes the first.
        run().then(() => sendResponse(statusReport()), () => sendResponse(statusReport()));
        return true;
      }
      return false;
    });
    globalThis.__spotcheckController = { run, status: statusReport };
    run();
  } catch (error) {
    console.warn('Spotcheck:', error);
    setHooks('error', 0);
  }
})();
