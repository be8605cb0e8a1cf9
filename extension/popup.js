// @ts-check
// The toolbar popup: the current site, its on/off switch, which kinds this site shows, the
// sensitivity, the counts, and the page's markers (a click scrolls to one and opens it).
//
// The popup asks the tab's own content script for its host, counts and markers, so the
// extension needs neither the "tabs" permission nor host permissions. Every control writes
// the one settings object (lib/settings.js) in storage.sync, which every open tab hears, and
// then nudges this tab so it does not wait for the storage event. Controls are updated in
// place, never rebuilt, so focus stays where the reader left it.
// `popup.html?tab=ID` targets a given tab: how the end-to-end tests open it.
const api = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
const Settings = /** @type {any} */ (globalThis).SpotcheckSettings;
const Protocol = /** @type {any} */ (globalThis).SpotcheckProtocol;

/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const site = $('site');
const toggle = /** @type {HTMLInputElement} */ ($('enabled'));
const summary = $('summary');
const controls = $('controls');
const markerList = $('markers');
const kindBoxes = /** @type {HTMLInputElement[]} */ ([...document.querySelectorAll('input[name="kind"]')]);
const levels = /** @type {HTMLInputElement[]} */ ([...document.querySelectorAll('input[name="sensitivity"]')]);

async function targetTab() {
  const fromQuery = Number.parseInt(new URLSearchParams(location.search).get('tab') ?? '', 10);
  if (Number.isInteger(fromQuery)) return fromQuery;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** @param {number} tabId @param {object} message */
async function ask(tabId, message) {
  try {
    return await api.tabs.sendMessage(tabId, message);
  } catch {
    return null; // no content script there: a browser page, a store page, a PDF …
  }
}

/** @param {number} n @param {string} one @param {string} many */
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/**
 * A kind's count as the popup shows it: what is marked at the setting of what the page holds,
 * "(1 of 8)", or "(8)" when every one is marked. "(1)" alone read as "this page has one quote".
 * @param {number} shown @param {number} found
 */
const countText = (shown, found) => (found > shown ? `(${shown} of ${found})` : `(${shown})`);

/**
 * @param {SpotcheckStatus|null} status
 * @param {any} effective the site's effective settings
 * @param {SpotcheckMarkerEntry[]} markers
 */
function render(status, effective, markers) {
  if (!status) {
    site.textContent = 'Spotcheck does not run on this page.';
    toggle.disabled = true;
    summary.textContent = '';
    controls.hidden = true;
    document.body.dataset.state = 'none';
    return;
  }
  site.textContent = status.host || 'this page';
  toggle.disabled = false;
  const on = status.enabled !== false && status.state !== 'off';
  toggle.checked = on;
  // Off: no counts, no kinds, no list (not "0 quotes").
  controls.hidden = !on;
  for (const box of kindBoxes) box.checked = effective?.kinds?.[box.value] !== false;
  for (const radio of levels) radio.checked = radio.value === (effective?.sensitivity ?? 'default');
  for (const kind of Settings.KINDS) {
    const shown = status.counts?.[kind] ?? 0;
    const found = Math.max(shown, status.found?.[kind] ?? shown);
    const count = $(`n-${kind}`);
    const visible = status.state === 'ready' && effective?.kinds?.[kind] !== false;
    count.textContent = visible ? countText(shown, found) : '';
    if (visible) count.setAttribute('title', `${shown} marked at this setting, ${found} found on the page`);
    else count.removeAttribute('title');
  }
  const sum = (/** @type {Record<string, number>|undefined} */ counts) => Settings.KINDS.reduce((total, /** @type {string} */ k) => total + (counts?.[k] ?? 0), 0);
  const findings = sum(status.counts);
  const onPage = Math.max(findings, sum(status.found ?? status.counts));
  const marked = `${plural(status.count, 'marker', 'markers')} for ${plural(findings, 'finding', 'findings')}`;
  summary.textContent = {
    ready: status.count === 0
      ? `Nothing to mark on this page at this setting${onPage ? ` (${plural(onPage, 'finding', 'findings')} found)` : ''}.`
      : onPage > findings ? `${marked} of ${onPage} on this page` : `${marked} on this page`,
    off: 'Off for this site.',
    loading: 'Reading the page…',
    error: 'Spotcheck could not read this page.',
  }[status.state] ?? '';
  summary.dataset.state = status.state;
  document.body.dataset.state = status.state;
  renderList(on && status.state === 'ready' ? markers : []);
}

/** @param {SpotcheckMarkerEntry[]} markers */
function renderList(markers) {
  const items = markers.map((m) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'marker';
    button.dataset.index = String(m.index);
    const dot = document.createElement('span');
    dot.className = `dot ${m.kind}`;
    dot.setAttribute('aria-hidden', 'true');
    dot.textContent = { quote: '\u201C', figure: '#', claim: '?' }[m.kind] ?? '?';
    const text = document.createElement('span');
    text.textContent = m.label;
    button.append(dot, text);
    button.addEventListener('click', () => openMarker(m.index));
    const li = document.createElement('li');
    li.append(button);
    return li;
  });
  // Keep focus on the same entry when the list is redrawn.
  const focused = /** @type {HTMLElement|null} */ (document.activeElement)?.dataset?.index;
  markerList.replaceChildren(...items);
  if (focused !== undefined) /** @type {HTMLElement|null} */ (markerList.querySelector(`[data-index="${focused}"]`))?.focus();
}

/** @type {number|null} */
let tabId = null;
/** @type {SpotcheckStatus|null} */
let status = null;

/** @param {number} index */
async function openMarker(index) {
  if (tabId === null) return;
  await ask(tabId, { type: Protocol.OPEN, index });
}

/** Polls until the tab has settled into ready/off/error (a change re-runs the analysis). */
async function refresh(tries = 40) {
  if (tabId === null) return render(null, null, []);
  status = await ask(tabId, { type: Protocol.STATUS });
  for (let i = 0; status && status.state === 'loading' && i < tries; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    status = await ask(tabId, { type: Protocol.STATUS });
  }
  const effective = status?.host ? await Settings.forSite(status.host) : null;
  const list = status?.state === 'ready' ? (await ask(tabId, { type: Protocol.LIST }))?.markers ?? [] : [];
  render(status, effective, list);
}

/** Writes a change, re-runs this tab and shows the result; the control keeps its focus. @param {() => Promise<unknown>} change */
async function apply(change) {
  if (!status?.host || tabId === null) return;
  document.body.setAttribute('aria-busy', 'true');
  try {
    await change();
    await ask(tabId, { type: Protocol.APPLY });
    await refresh();
  } finally {
    document.body.removeAttribute('aria-busy');
  }
}

/**
 * The keys that open the next and previous marker, as the browser has them bound (the reader
 * may have changed them; unbound, nothing is said): a keyboard reader's way to the markers,
 * which come after all of the page's own links in the Tab order.
 */
async function showKeys() {
  const keys = $('keys');
  try {
    const commands = /** @type {{ name?: string, shortcut?: string }[]} */ (await api.commands?.getAll?.()) ?? [];
    const key = (/** @type {string} */ name) => commands.find((c) => c.name === name)?.shortcut ?? '';
    const next = key('next-finding');
    const previous = key('previous-finding');
    if (!next && !previous) return;
    keys.textContent = `Keyboard: ${[next && `${next} next marker`, previous && `${previous} previous`].filter(Boolean).join(', ')}.`;
    keys.hidden = false;
  } catch {
    // No commands API here: the line stays hidden.
  }
}

async function main() {
  showKeys();
  tabId = await targetTab();
  await refresh();
  toggle.addEventListener('change', () => apply(() => Settings.setSite(status?.host, toggle.checked)));
  for (const box of kindBoxes) box.addEventListener('change', () => apply(() => Settings.setSiteKinds(status?.host, { [box.value]: box.checked })));
  for (const radio of levels) radio.addEventListener('change', () => radio.checked && apply(() => Settings.setDefaults({ sensitivity: radio.value })));
  $('options').addEventListener('click', () => api.runtime.openOptionsPage());
}

main().catch((error) => {
  site.textContent = 'Spotcheck could not read this tab.';
  console.warn('Spotcheck popup:', error);
});

export {}; // a module (popup.html and options.html load it with type="module")
