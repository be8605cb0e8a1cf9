// Spotcheck's settings, shared by the content script, the popup and the options page
// (a classic script: content scripts cannot be modules).
//
// Everything lives in storage.sync so it follows the reader across devices:
//   "defaults"   { enabled, kinds: { quote, figure, claim } }  — the options page
//   "site:HOST"  true | false                                  — the popup's per-site switch
// A site without its own entry follows defaults.enabled. Every tab listens to
// storage.onChanged, which is how a switch reaches all open tabs of a site at once.
(() => {
  'use strict';
  const api = globalThis.browser ?? globalThis.chrome;
  const KINDS = ['quote', 'figure', 'claim'];
  const DEFAULTS = Object.freeze({ enabled: true, kinds: Object.freeze({ quote: true, figure: true, claim: true }) });
  const SITE_PREFIX = 'site:';

  // storage.sync can be unavailable (Firefox without an account is fine, but some builds
  // and enterprise policies disable it); local storage is the fallback, never an error.
  async function area() {
    try {
      await api.storage.sync.get('defaults');
      return api.storage.sync;
    } catch {
      return api.storage.local;
    }
  }

  function normalizeDefaults(raw) {
    const kinds = {};
    for (const k of KINDS) kinds[k] = typeof raw?.kinds?.[k] === 'boolean' ? raw.kinds[k] : DEFAULTS.kinds[k];
    return { enabled: typeof raw?.enabled === 'boolean' ? raw.enabled : DEFAULTS.enabled, kinds };
  }

  const siteKey = (host) => SITE_PREFIX + String(host).toLowerCase();

  /** The effective settings for one host: { enabled, kinds, siteChoice: true|false|null }. */
  async function forSite(host) {
    const store = await area();
    const key = siteKey(host);
    const got = await store.get(['defaults', key]);
    const defaults = normalizeDefaults(got.defaults);
    const siteChoice = typeof got[key] === 'boolean' ? got[key] : null;
    return { enabled: siteChoice ?? defaults.enabled, kinds: defaults.kinds, siteChoice };
  }

  async function setSite(host, enabled) {
    await (await area()).set({ [siteKey(host)]: Boolean(enabled) });
  }

  async function clearSite(host) {
    await (await area()).remove(siteKey(host));
  }

  async function defaults() {
    return normalizeDefaults((await (await area()).get('defaults')).defaults);
  }

  async function saveDefaults(value) {
    await (await area()).set({ defaults: normalizeDefaults(value) });
  }

  /** Every host with its own switch, sorted: [{ host, enabled }]. */
  async function sites() {
    const all = await (await area()).get(null);
    return Object.keys(all)
      .filter((k) => k.startsWith(SITE_PREFIX) && typeof all[k] === 'boolean')
      .map((k) => ({ host: k.slice(SITE_PREFIX.length), enabled: all[k] }))
      .sort((a, b) => a.host.localeCompare(b.host));
  }

  /** Whether a storage.onChanged batch can change what `host` shows. */
  function concerns(changes, host) {
    return Object.prototype.hasOwnProperty.call(changes, 'defaults') || Object.prototype.hasOwnProperty.call(changes, siteKey(host));
  }

  globalThis.SpotcheckSettings = Object.freeze({ KINDS, DEFAULTS, forSite, setSite, clearSite, defaults, saveDefaults, sites, concerns });
})();
