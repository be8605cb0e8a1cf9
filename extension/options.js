// @ts-check
// The options page: where Spotcheck marks pages (every site, only articles, only sites
// switched on), the kinds, the sensitivity, the hints' search engine, and the sites with
// their own setting. Saved on every change; open tabs follow through storage.onChanged,
// and this page follows changes made elsewhere (the popup) the same way.
const api = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
const Settings = /** @type {any} */ (globalThis).SpotcheckSettings;

const ENGINE_NAMES = { duckduckgo: 'DuckDuckGo', google: 'Google', bing: 'Bing', startpage: 'Startpage', brave: 'Brave Search' };

/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
/** @param {string} name */
const inputs = (name) => /** @type {HTMLInputElement[]} */ ([...document.querySelectorAll(`input[name="${name}"]`)]);
const modes = inputs('mode');
const kinds = inputs('kind');
const levels = inputs('sensitivity');
const engine = /** @type {HTMLSelectElement} */ ($('engine'));

/** @param {() => Promise<unknown>} change */
async function save(change) {
  await change();
  $('saved').textContent = 'Saved.';
}

/** Puts the settings into the controls, in place (focus stays). @param {any} s */
async function render(s) {
  for (const r of modes) r.checked = r.value === s.mode;
  for (const box of kinds) box.checked = s.kinds[box.value] !== false;
  for (const r of levels) r.checked = r.value === s.sensitivity;
  engine.value = s.engine;
  renderSites(Settings.siteList(s));
}

/** @param {{ host: string, enabled: boolean }[]} sites */
function renderSites(sites) {
  const list = $('sites');
  $('no-sites').hidden = sites.length > 0;
  const focusedHost = /** @type {HTMLElement|null} */ (document.activeElement)?.dataset?.host;
  list.replaceChildren(...sites.map(({ host, enabled }) => {
    const item = document.createElement('li');
    const label = document.createElement('label');
    label.className = 'switch-row';
    const name = document.createElement('span');
    name.className = 'host';
    name.textContent = host;
    const toggle = document.createElement('input');
    toggle.type = 'checkbox';
    toggle.setAttribute('role', 'switch');
    toggle.checked = enabled;
    toggle.dataset.host = host;
    toggle.setAttribute('aria-label', `Check ${host}`);
    toggle.addEventListener('change', () => save(() => Settings.setSite(host, toggle.checked)));
    label.append(name, toggle);
    const forget = document.createElement('button');
    forget.type = 'button';
    forget.className = 'link';
    forget.textContent = 'Use default';
    forget.dataset.host = `forget:${host}`;
    forget.setAttribute('aria-label', `Use the default for ${host}`);
    forget.addEventListener('click', () => save(() => Settings.clearSite(host)));
    item.append(label, forget);
    return item;
  }));
  if (focusedHost) /** @type {HTMLElement|null} */ (list.querySelector(`[data-host="${CSS.escape(focusedHost)}"]`))?.focus();
}

async function main() {
  engine.replaceChildren(...Settings.ENGINES.map((/** @type {string} */ id) => {
    const option = document.createElement('option');
    option.value = id;
    option.textContent = ENGINE_NAMES[/** @type {keyof typeof ENGINE_NAMES} */ (id)] ?? id;
    return option;
  }));
  await render(await Settings.load());
  for (const r of modes) r.addEventListener('change', () => r.checked && save(() => Settings.setDefaults({ mode: r.value })));
  for (const box of kinds) box.addEventListener('change', () => save(() => Settings.setDefaults({ kinds: { [box.value]: box.checked } })));
  for (const r of levels) r.addEventListener('change', () => r.checked && save(() => Settings.setDefaults({ sensitivity: r.value })));
  engine.addEventListener('change', () => save(() => Settings.setDefaults({ engine: engine.value })));
  api.storage.onChanged.addListener((/** @type {Record<string, unknown>} */ changes) => {
    if (Settings.concerns(changes)) Settings.load().then(render, () => {});
  });
}

main().catch((error) => console.warn('Spotcheck options:', error));

export {}; // a module (popup.html and options.html load it with type="module")
