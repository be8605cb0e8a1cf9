// The content script's controller: settings → snapshot → analysis → overlay, the test
// hooks, and watching the page for changes that matter.
//
// Nothing heavy runs on the page's main thread. The page is read into a DOM snapshot in
// slices (content/walk.js: no slice over a few milliseconds) and streamed to the
// background, which runs the wasm core; the answer's node numbers are resolved to the
// Text nodes kept while reading. The content script never compiles WebAssembly, so a
// page's CSP never sees a refused compile and pkg/ is not web-accessible.
//
// Hooks on <html> that acceptance checks read (keep them stable):
//   data-spotcheck        "ready" | "off" | "error"  ("loading" while the first run works)
//   data-spotcheck-count  the number of badges drawn
// and, for diagnostics: data-spotcheck-engine ("worker"), data-spotcheck-ms
// (performance.now() when the page first became ready: ms since navigation start) and
// data-spotcheck-skipped (characters past the page budget, when there were any) and
// data-spotcheck-runs (analyses since the page, or its last SPA navigation, was opened)
// and data-spotcheck-timing (where the last run's time went, and the longest stretch of
// Spotcheck's own work without a yield to the page, in ms).
(() => {
  'use strict';
  if (globalThis.__spotcheckController) return;
  // (X)HTML pages only: an SVG or XML document opened directly has no article and no
  // place for an overlay host, and is left exactly as it is (no hooks either).
  const root = document.documentElement;
  if (!root || root.localName !== 'html' || root.namespaceURI !== 'http://www.w3.org/1999/xhtml') return;
  const api = globalThis.browser ?? globalThis.chrome;
  const { Overlay } = globalThis.SpotcheckOverlay;
  const Settings = globalThis.SpotcheckSettings;
  const Walk = globalThis.SpotcheckWalk;
  const Live = globalThis.SpotcheckLive; // pages that change: only changed blocks analyzed (content/live.js)

  const doc = document;
  const html = doc.documentElement;
  const host = location.hostname;
  const ELEMENT = Node.ELEMENT_NODE;
  const TEXT = Node.TEXT_NODE;
  const HOOKS = ['data-spotcheck', 'data-spotcheck-count', 'data-spotcheck-engine', 'data-spotcheck-ms', 'data-spotcheck-skipped', 'data-spotcheck-runs', 'data-spotcheck-timing', 'data-spotcheck-live'];
  const PORT_NAME = 'spotcheck:snapshot';
  const YIELD = Walk.makeYield(window);
  const meter = Walk.meter;

  // How often the page's own changes may cost an analysis.
  const REANALYZE_DELAY_MS = 600; // quiet time after the last change
  const REANALYZE_MAX_WAIT_MS = 3000; // a page that never goes quiet still gets a run
  const MIN_GAP_MS = 2000; // between two analyses, at least (or 4× the last one's cost)
  const MAX_PER_MINUTE = 6;
  const MIN_ADDED_TEXT = 200; // characters a node added near the article must bring

  // Never code, never form fields or editors: no marker there.
  const NEVER_MARKED = 'code, pre, kbd, samp, textarea, input, select, [contenteditable]:not([contenteditable="false"])';

  const overlay = new Overlay(doc, { createHost });
  let generation = 0; // bumps on every run: a stale run must not draw
  let settings = null;
  let status = 'loading';
  let readyOnce = false;
  let lastError = null;
  let article = null; // { container, empty } of the last analysis
  // The page's address without its fragment: following an in-page link is no navigation.
  const here = () => location.href.split('#')[0];
  let analyzedUrl = here();
  let runs = []; // start times of the analyses of this article
  let lastCost = 0;
  let finalState = false;
  let drawnHost = null;

  /**
   * The overlay's host: <spotcheck-overlay>, made so that no page code ever runs, even
   * when the page defined that name first. Where the browser has scoped custom element
   * registries, the host belongs to an empty registry of our own, which no page
   * definition reaches. Otherwise it is made in an inert document (never upgraded there);
   * when the page's registry shows the name defined, a plain <div> (which no page can
   * define) hosts the overlay instead. The test hooks find either by data-spotcheck-host.
   */
  function createHost(tag) {
    const inert = doc.implementation.createHTMLDocument('');
    const marked = (element) => {
      element.setAttribute('data-spotcheck-host', '');
      return doc.adoptNode(element);
    };
    try {
      if (typeof CustomElementRegistry === 'function' && 'customElementRegistry' in Element.prototype) {
        const registry = new CustomElementRegistry();
        const element = marked(inert.createElement(tag, { customElementRegistry: registry }));
        if (element.customElementRegistry === registry) return element;
      }
    } catch {
      // No scoped registries here: the checks below.
    }
    let taken = false;
    try {
      taken = !!window.customElements?.get(tag);
    } catch {
      taken = true;
    }
    return marked(inert.createElement(taken ? 'div' : tag));
  }

  function setHooks(state, count) {
    status = state;
    html.setAttribute('data-spotcheck', state);
    html.setAttribute('data-spotcheck-count', String(count));
  }

  function tellBackground(count) {
    try {
      api.runtime.sendMessage({ type: 'spotcheck:count', count }).catch(() => {});
    } catch {
      // The extension was reloaded under this page: nothing to tell.
    }
  }

  /** The snapshot streamed to the background; resolves { result, nodes } or null when superseded. */
  async function analyze(mine, timing, engine) {
    const port = api.runtime.connect({ name: PORT_NAME });
    const answer = new Promise((resolve, reject) => {
      // The answer comes in parts (background.js answerParts), each received in a task of
      // its own: the head, then the findings, marks and blocks in batches, then the end.
      /** @type {any} */
      let head = null;
      port.onMessage.addListener((message) => {
        if (message?.part === 'head') head = message;
        else if (head && (message?.part === 'findings' || message?.part === 'marks' || message?.part === 'blocks')) {
          const list = message.part === 'findings' ? head.result.report?.findings : head.result[message.part];
          if (Array.isArray(list) && Array.isArray(message.items)) for (const item of message.items) list.push(item);
        } else if (head && message?.part === 'end') resolve(head);
        else if (!message?.part) resolve(message); // an error, or a whole answer in one
      });
      port.onDisconnect.addListener(() => reject(new Error('the background went away')));
    });
    answer.catch(() => {}); // read below, unless superseded first
    try {
      meter.phase = 'read';
      const walked = await Walk.stream(doc, {
        send: (data) => port.postMessage({ type: 'chunk', data }),
        cancelled: () => mine !== generation,
        skip: overlay.host,
      });
      if (!walked) return null;
      port.postMessage({ type: 'end', engine, since: Live.keys(settings.kinds, engine) });
      timing.read = performance.now();
      const message = await meter.wait(answer);
      meter.phase = 'answer';
      timing.answered = performance.now();
      if (!message?.ok) throw new Error(message?.error ?? 'the background did not answer');
      return { result: message.result, nodes: walked.nodes, truncated: walked.truncated };
    } finally {
      try {
        port.disconnect();
      } catch {
        // already gone
      }
    }
  }

  const neverMarked = (node) => !!node.parentElement?.closest(NEVER_MARKED);

  /** The badge items, built in slices: every marked finding of a kind the reader shows. */
  async function itemsFrom({ result, nodes }, kinds, mine) {
    const findings = new Map();
    for (const f of result?.report?.findings ?? []) findings.set(f.id, f);
    const items = [];
    for (const mark of result?.marks ?? []) {
      // The slice began when the answer arrived: its handling so far counts.
      if (meter.due()) {
        await meter.wait(YIELD());
        if (mine !== generation) return null;
      }
      const finding = findings.get(mark.id);
      if (!finding || !kinds[finding.kind]) continue;
      const ranges = [];
      for (const stretch of mark.ranges ?? []) {
        const node = Number.isInteger(stretch.node) ? nodes[stretch.node] : null;
        if (!node || node.nodeType !== TEXT || !node.isConnected || neverMarked(node)) continue;
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

  /** The element that holds the article: the nearest common ancestor of its text. */
  function articleOf({ result, nodes }) {
    const ids = result?.article;
    const first = Array.isArray(ids) ? nodes[ids[0]] : null;
    const last = Array.isArray(ids) ? nodes[ids[1]] : null;
    if (!first || !last || !first.isConnected || !last.isConnected) return { container: null, empty: true };
    const range = doc.createRange();
    range.setStartBefore(first);
    range.setEndAfter(last);
    let container = range.commonAncestorContainer;
    if (container.nodeType !== ELEMENT) container = container.parentElement;
    return { container, empty: false };
  }

  async function run({ fresh = false } = {}) {
    const mine = ++generation;
    meter.phase = 'settings';
    meter.begin();
    try {
      settings = await meter.wait(Settings.forSite(host));
      if (mine !== generation) return;
      if (!settings.enabled) {
        turnOff();
        return;
      }
      if (fresh) {
        // A new article (SPA navigation, a replaced container): old markers go at once.
        overlay.destroy();
        Live.reset();
        runs = [];
        finalState = false;
        setHooks('loading', 0);
      }
      if (!readyOnce) setHooks('loading', 0);
      analyzedUrl = here();
      runs.push(Date.now());
      html.setAttribute('data-spotcheck-runs', String(runs.length));
      const timing = { started: performance.now() };
      const analysis = await analyze(mine, timing, settings.engine);
      if (!analysis || mine !== generation) return;
      meter.phase = 'ranges';
      const read = await itemsFrom(analysis, settings.kinds, mine);
      if (!read || mine !== generation) return;
      meter.phase = 'merge';
      const items = Live.merge(analysis.result, read, settings.kinds, settings.engine);
      timing.ranges = performance.now();
      lastCost = performance.now() - timing.started;
      // Drawing is timed apart from reading and resolving. The overlay places its markers
      // in slices (at most MAX_MARKERS of them, the rest counted as skipped), giving the
      // page its turn through `pause`, which keeps the meter honest.
      // (The stretch goes on: drawing's first slice is this task's, whose clock keeps running.)
      const work = Math.max(meter.longest, meter.started ? performance.now() - meter.started : 0);
      if (meter.due()) await meter.wait(YIELD());
      if (mine !== generation) return;
      const count = await overlay.draw(items, { ...settings, text: analysis.result?.report?.text, reported: analysis.result?.report?.findings?.length, pause: () => meter.wait(YIELD()), wait: (p) => meter.wait(p), due: () => meter.due(), phase: (name) => { meter.phase = name; } });
      if (mine !== generation) return;
      meter.phase = 'ready';
      if (meter.due()) await meter.wait(YIELD());
      if (mine !== generation) return;
      drawnHost = overlay.host;
      article = articleOf(analysis);
      timing.drawn = performance.now();
      html.setAttribute('data-spotcheck-engine', 'worker');
      const skipped = analysis.result?.skipped?.chars ?? 0;
      if (skipped > 0 || analysis.truncated || overlay.dropped > 0) {
        html.setAttribute('data-spotcheck-skipped', String(skipped + (analysis.truncated ? 1 : 0)));
      } else {
        html.removeAttribute('data-spotcheck-skipped');
      }
      if (!readyOnce) html.setAttribute('data-spotcheck-ms', String(Math.round(performance.now())));
      readyOnce = true;
      lastError = null;
      setHooks('ready', count);
      tellBackground(count);
      watch();
      meter.end();
      const ms = (a, b) => Math.round((timing[b] ?? 0) - (timing[a] ?? 0));
      html.setAttribute('data-spotcheck-timing', `read ${ms('started', 'read')} worker ${analysis.result?.ms ?? -1} answer ${ms('read', 'answered')} ranges ${ms('answered', 'ranges')} draw ${ms('ranges', 'drawn')} longest-task ${Math.round(meter.longest)} in ${meter.where || '-'} longest-before-draw ${Math.round(work)} badges ${count}/${items.length}`);
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
    } finally {
      meter.end();
    }
  }

  /** Everything Spotcheck added goes: the page is as it was, but for data-spotcheck="off". */
  function turnOff() {
    unwatch();
    Live.reset();
    overlay.destroy();
    readyOnce = false;
    article = null;
    for (const name of HOOKS) html.removeAttribute(name);
    setHooks('off', 0);
    tellBackground(0);
  }

  // ---- Watching the page ------------------------------------------------------------
  //
  // Only changes that can change the article start an analysis: text and nodes inside
  // the article's container, sizeable content added around it, the container replaced,
  // <head> styles coming or going and class/style/hidden on <html>/<body> (what
  // anti-flicker snippets use to reveal a page). A clock, a ticker or an ad slot elsewhere
  // costs nothing. When the last reading found no article, any change may be the article
  // arriving. Analyses are spaced and counted: a page that changes forever gets a final
  // state and is let be.
  let observer = null;
  let debounce = 0;
  let firstPending = 0;

  const isOurs = (node) => node === overlay.host || node === drawnHost || (node.nodeType === ELEMENT && node.hasAttribute?.('data-spotcheck-host'));

  function textOf(node, max) {
    if (node.nodeType === TEXT) return node.length;
    if (node.nodeType !== ELEMENT) return 0;
    // textContent of a huge subtree is one big copy: cheap next to an analysis, and rare.
    const text = node.textContent ?? '';
    return Math.min(text.trim().length, max);
  }

  /** 'fresh' (a new article), 'again' (the article may have changed) or null. */
  function judge(record) {
    const { type, target } = record;
    if (isOurs(target)) return null;
    if (type === 'childList' && [...record.addedNodes, ...record.removedNodes].every(isOurs)) return null;
    const container = article?.container;
    if (container && !container.isConnected) return 'fresh';
    if (doc.head && (target === doc.head || doc.head.contains(target))) {
      // Style sheets coming or going can reveal a hidden body (anti-flicker snippets).
      if (type !== 'childList') return null;
      const styles = [...record.addedNodes, ...record.removedNodes].some((n) => n.nodeType === ELEMENT && (n.localName === 'style' || n.localName === 'link'));
      return styles ? 'again' : null;
    }
    if (type === 'attributes') {
      // The writing direction turned: the same text, laid out from the other side, in boxes
      // of the same size (no resize to notice). The markers are placed again; nothing is read.
      if (record.attributeName === 'dir') {
        if (drawnHost) overlay.schedule();
        return null;
      }
      if (target === html || target === doc.body) return 'again';
      return container && container.contains(target) ? 'again' : article?.empty ? 'again' : null;
    }
    if (!container) return 'again';
    if (container.contains(target)) return Walk.isEditable(target.nodeType === ELEMENT ? target : target.parentElement ?? container) ? null : 'again';
    if (type === 'childList' && target.contains(container)) {
      const added = [...record.addedNodes].reduce((sum, n) => sum + textOf(n, MIN_ADDED_TEXT), 0);
      return added >= MIN_ADDED_TEXT ? 'again' : null;
    }
    return null;
  }

  function onMutations(records) {
    if (drawnHost && !drawnHost.isConnected && status === 'ready') hostRemoved();
    if (here() !== analyzedUrl) return schedule('fresh');
    let verdict = null;
    for (const record of records) {
      const v = judge(record);
      if (v === 'fresh') return schedule('fresh');
      verdict ||= v;
    }
    if (verdict) schedule('again');
  }

  /** The page threw our host out: the tints and the count go with it. */
  function hostRemoved() {
    drawnHost = null;
    overlay.destroy();
    html.setAttribute('data-spotcheck-count', '0');
    tellBackground(0);
  }

  let pendingFresh = false;
  function schedule(kind) {
    if (kind === 'fresh') {
      pendingFresh = true;
      overlay.destroy(); // the old article's markers go at once
      Live.reset();
      drawnHost = null;
      html.setAttribute('data-spotcheck-count', '0');
    }
    if (finalState && kind !== 'fresh') return;
    const now = Date.now();
    firstPending ||= now;
    clearTimeout(debounce);
    let wait = Math.max(0, Math.min(REANALYZE_DELAY_MS, firstPending + REANALYZE_MAX_WAIT_MS - now));
    if (!pendingFresh) {
      // Spacing: never sooner than MIN_GAP_MS (or 4× what the last run cost) after the
      // last run, and no more than MAX_PER_MINUTE in any minute.
      const last = runs[runs.length - 1] ?? 0;
      wait = Math.max(wait, last + Math.max(MIN_GAP_MS, 4 * lastCost) - now);
      const recent = runs.filter((t) => t > now - 60000);
      if (recent.length >= MAX_PER_MINUTE) wait = Math.max(wait, recent[0] + 60000 - now);
    }
    debounce = setTimeout(reanalyze, wait);
  }

  function reanalyze() {
    firstPending = 0;
    const fresh = pendingFresh;
    pendingFresh = false;
    if (status !== 'ready' && status !== 'loading' && !fresh) return;
    // Redrawing would close a popover the reader is reading: wait until it closes.
    if (overlay.isOpen && !fresh) {
      debounce = setTimeout(reanalyze, REANALYZE_DELAY_MS);
      return;
    }
    if (!fresh && Live.tired() && !article?.empty) {
      // The page keeps rewriting its article: what is drawn is final, and watching stops costing.
      finalState = true;
      observer?.disconnect();
      observer = null;
      return;
    }
    run({ fresh });
  }

  function onNavigation() {
    if (here() !== analyzedUrl && (status === 'ready' || status === 'loading')) schedule('fresh');
  }

  function watch() {
    if (observer || finalState) return;
    observer = new MutationObserver((records) => {
      meter.phase = 'mutations';
      meter.begin();
      try {
        onMutations(records);
      } catch (error) {
        console.warn('Spotcheck:', error);
      } finally {
        meter.end();
      }
    });
    observer.observe(html, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'dir'] });
  }

  function unwatch() {
    observer?.disconnect();
    observer = null;
    clearTimeout(debounce);
    firstPending = 0;
    pendingFresh = false;
    finalState = false;
    runs = [];
  }

  function statusReport() {
    return {
      host,
      state: status,
      enabled: settings?.enabled ?? null,
      count: status === 'ready' ? overlay.badgeCount : 0,
      counts: status === 'ready' ? overlay.counts() : { quote: 0, figure: 0, claim: 0 },
      found: status === 'ready' ? overlay.found() : { quote: 0, figure: 0, claim: 0 },
      engine: 'worker',
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
    // Single-page apps: history navigation (popstate; the Navigation API where there is
    // one, which also sees pushState) starts a fresh analysis.
    window.addEventListener('popstate', onNavigation);
    window.navigation?.addEventListener?.('currententrychange', onNavigation);
    globalThis.__spotcheckController = { run, status: statusReport };
    // The first run starts in a task of its own: the task that injected the content
    // scripts (compiling and running them) is long enough.
    setTimeout(run, 0);
  } catch (error) {
    console.warn('Spotcheck:', error);
    setHooks('error', 0);
  }
})();
