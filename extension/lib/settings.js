// @ts-check
// Spotcheck's settings, shared by the content script, the popup and the options page
// (a classic script: content scripts cannot be modules). Sets globalThis.SpotcheckSettings.
//
// Everything is one versioned object under the key "settings" in storage.sync, so it
// follows the reader across devices and every tab hears one storage.onChanged:
//   { version: 1,
//     mode: "all" | "articles" | "chosen",    sites without their own switch: all of them,
//                                             only pages that look like articles, or none
//     kinds: { quote, figure, claim },        the kinds shown where a site says nothing
//     sensitivity: "fewer" | "default" | "all",
//     engine: "duckduckgo" | "google" | …,    where the hints' web searches go
//     sites: { HOST: { on?: boolean, kinds?: { quote?, figure?, claim? } } } }
// storage.sync allows 8,192 bytes per item: `fit` drops the oldest site entries first when
// the object would not fit. The pure functions (normalize, migrate, effective, withSite,
// withDefaults, fit, concerns) hold all the rules and have unit tests
// (tests/www/settings.test.mjs); load/save/forSite… are their thin storage wrappers.
(() => {
  'use strict';

  /**
   * @typedef {{ quote: boolean, figure: boolean, claim: boolean }} Kinds
   * @typedef {{ on?: boolean, kinds?: Partial<Kinds> }} SiteEntry
   * @typedef {'all'|'articles'|'chosen'} Mode
   * @typedef {'fewer'|'default'|'all'} Sensitivity
   * @typedef {{ version: 1, mode: Mode, kinds: Kinds, sensitivity: Sensitivity, engine: string,
   *   sites: Record<string, SiteEntry> }} Settings
   * @typedef {{ enabled: boolean, articlesOnly: boolean, kinds: Kinds, siteKinds: Partial<Kinds>,
   *   siteChoice: boolean|null, mode: Mode, sensitivity: Sensitivity, engine: string }} Effective
   */

  const api = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
  const VERSION = 1;
  const KEY = 'settings';
  const KINDS = /** @type {const} */ (['quote', 'figure', 'claim']);
  const MODES = /** @type {const} */ (['all', 'articles', 'chosen']);
  const SENSITIVITIES = /** @type {const} */ (['fewer', 'default', 'all']);
  const ENGINES = /** @type {const} */ (['duckduckgo', 'google', 'bing', 'startpage', 'brave']);
  const QUOTA_BYTES_PER_ITEM = 8192;
  // Legacy keys (before version 1): "defaults" { enabled, kinds } and "site:HOST" booleans.
  const LEGACY_DEFAULTS = 'defaults';
  const LEGACY_SITE = 'site:';

  /** @type {Readonly<Settings>} */
  const DEFAULTS = Object.freeze({
    version: VERSION,
    mode: 'all',
    kinds: Object.freeze({ quote: true, figure: true, claim: true }),
    sensitivity: 'default',
    engine: 'duckduckgo',
    sites: Object.freeze({}),
  });

  /** @template T @param {unknown} value @param {readonly T[]} allowed @param {T} fallback @returns {T} */
  const oneOf = (value, allowed, fallback) => (allowed.includes(/** @type {T} */ (value)) ? /** @type {T} */ (value) : fallback);

  /** A host name as a key: lower case, no trailing dot. @param {unknown} host */
  function hostKey(host) {
    return String(host ?? '').trim().toLowerCase().replace(/\.$/, '');
  }

  /** @param {any} raw @returns {Partial<Kinds>} */
  function partialKinds(raw) {
    /** @type {Partial<Kinds>} */
    const out = {};
    for (const k of KINDS) if (typeof raw?.[k] === 'boolean') out[k] = raw[k];
    return out;
  }

  /** @param {any} raw @returns {SiteEntry|null} null when the entry says nothing */
  function normalizeSite(raw) {
    /** @type {SiteEntry} */
    const entry = {};
    if (typeof raw?.on === 'boolean') entry.on = raw.on;
    const kinds = partialKinds(raw?.kinds);
    if (Object.keys(kinds).length) entry.kinds = kinds;
    return Object.keys(entry).length ? entry : null;
  }

  /**
   * A complete, valid settings object from anything stored (missing or bad fields take
   * their defaults; unknown fields are dropped).
   * @param {any} raw @returns {Settings}
   */
  function normalize(raw) {
    /** @type {Record<string, SiteEntry>} */
    const sites = {};
    if (raw && typeof raw.sites === 'object') {
      for (const [host, value] of Object.entries(raw.sites)) {
        const key = hostKey(host);
        const entry = normalizeSite(value);
        if (key && entry) sites[key] = entry;
      }
    }
    return {
      version: VERSION,
      mode: oneOf(raw?.mode, MODES, DEFAULTS.mode),
      kinds: { ...DEFAULTS.kinds, ...partialKinds(raw?.kinds) },
      sensitivity: oneOf(raw?.sensitivity, SENSITIVITIES, DEFAULTS.sensitivity),
      engine: oneOf(raw?.engine, ENGINES, /** @type {any} */ (DEFAULTS.engine)),
      sites,
    };
  }

  /**
   * The settings from everything in storage: the versioned object when there is one, else
   * what the legacy keys said.
   * @param {Record<string, any>} all @returns {Settings}
   */
  function migrate(all) {
    if (all && all[KEY] && typeof all[KEY] === 'object') return normalize(all[KEY]);
    const legacy = all?.[LEGACY_DEFAULTS];
    /** @type {Record<string, SiteEntry>} */
    const sites = {};
    for (const [key, value] of Object.entries(all ?? {})) {
      if (key.startsWith(LEGACY_SITE) && typeof value === 'boolean') sites[key.slice(LEGACY_SITE.length)] = { on: value };
    }
    return normalize({ mode: legacy?.enabled === false ? 'chosen' : 'all', kinds: legacy?.kinds, sites });
  }

  /**
   * What one host shows: its own switch or the mode, its own kinds over the defaults.
   * @param {Settings} settings @param {string} host @returns {Effective}
   */
  function effective(settings, host) {
    const s = normalize(settings);
    const site = s.sites[hostKey(host)] ?? {};
    const siteChoice = typeof site.on === 'boolean' ? site.on : null;
    return {
      enabled: siteChoice ?? s.mode !== 'chosen',
      // "Only articles" applies to sites without their own switch; a site switched on shows everywhere.
      articlesOnly: siteChoice === null && s.mode === 'articles',
      kinds: { ...s.kinds, ...(site.kinds ?? {}) },
      siteKinds: { ...(site.kinds ?? {}) },
      siteChoice,
      mode: s.mode,
      sensitivity: s.sensitivity,
      engine: s.engine,
    };
  }

  /**
   * The settings with one site's entry changed. `on: null` forgets the site's switch,
   * `kinds: null` its kinds; an entry left saying nothing is removed. The changed site
   * moves last: `fit` drops from the front, so the oldest changes go first.
   * @param {Settings} settings @param {string} host
   * @param {{ on?: boolean|null, kinds?: Partial<Kinds>|null }} patch @returns {Settings}
   */
  function withSite(settings, host, patch) {
    const s = normalize(settings);
    const key = hostKey(host);
    if (!key) return s;
    /** @type {any} */
    const entry = { ...(s.sites[key] ?? {}) };
    if (patch.on === null) delete entry.on;
    else if (typeof patch.on === 'boolean') entry.on = patch.on;
    if (patch.kinds === null) delete entry.kinds;
    else if (patch.kinds) entry.kinds = { ...(entry.kinds ?? {}), ...partialKinds(patch.kinds) };
    const { [key]: _old, ...rest } = s.sites;
    const next = normalizeSite(entry);
    return { ...s, sites: next ? { ...rest, [key]: next } : rest };
  }

  /**
   * The settings with global fields changed (mode, kinds, sensitivity, engine).
   * @param {Settings} settings @param {Partial<Omit<Settings, 'version'|'sites'>>} patch @returns {Settings}
   */
  function withDefaults(settings, patch) {
    const s = normalize(settings);
    return normalize({ ...s, ...patch, kinds: { ...s.kinds, ...(patch.kinds ?? {}) }, sites: s.sites });
  }

  /** The bytes storage.sync counts for the item: key plus JSON value. @param {Settings} settings */
  function size(settings) {
    return new TextEncoder().encode(KEY + JSON.stringify(settings)).length;
  }

  /**
   * The settings cut to fit one storage.sync item: the oldest site entries go first.
   * @param {Settings} settings @param {number} [limit] @returns {Settings}
   */
  function fit(settings, limit = QUOTA_BYTES_PER_ITEM) {
    let s = normalize(settings);
    const hosts = Object.keys(s.sites);
    let drop = 0;
    while (size(s) > limit && drop < hosts.length) {
      drop += Math.max(1, Math.ceil((hosts.length - drop) / 16));
      s = { ...s, sites: Object.fromEntries(hosts.slice(drop).map((h) => [h, s.sites[h]])) };
    }
    return s;
  }

  /** Every host with its own switch, sorted: [{ host, enabled }]. @param {Settings} settings */
  function siteList(settings) {
    const s = normalize(settings);
    return Object.entries(s.sites)
      .filter(([, e]) => typeof e.on === 'boolean')
      .map(([host, e]) => ({ host, enabled: /** @type {boolean} */ (e.on) }))
      .sort((a, b) => a.host.localeCompare(b.host));
  }

  /** Whether a storage.onChanged batch can change what a page shows. @param {Record<string, unknown>} changes @param {string} [host] */
  function concerns(changes, host) {
    const has = (/** @type {string} */ k) => Object.prototype.hasOwnProperty.call(changes ?? {}, k);
    return has(KEY) || has(LEGACY_DEFAULTS) || (host !== undefined && has(LEGACY_SITE + hostKey(host)));
  }

  // ------------------------------------------------------------ storage

  // storage.sync can be unavailable (some builds and enterprise policies disable it);
  // local storage is the fallback, never an error.
  async function area() {
    try {
      await api.storage.sync.get(KEY);
      return api.storage.sync;
    } catch {
      return api.storage.local;
    }
  }

  /** @returns {Promise<Settings>} */
  async function load() {
    const store = await area();
    const got = await store.get(KEY);
    if (got?.[KEY]) return normalize(got[KEY]);
    return migrate(await store.get(null));
  }

  /** @param {Settings} settings */
  async function save(settings) {
    const store = await area();
    await store.set({ [KEY]: fit(settings) });
    // Once the versioned object is written, the legacy keys only confuse: remove them.
    const all = await store.get(null);
    const legacy = Object.keys(all ?? {}).filter((k) => k === LEGACY_DEFAULTS || k.startsWith(LEGACY_SITE));
    if (legacy.length) await store.remove(legacy);
  }

  /** @param {(s: Settings) => Settings} change */
  async function update(change) {
    const next = change(await load());
    await save(next);
    return next;
  }

  /** The effective settings for one host. @param {string} host */
  async function forSite(host) {
    return effective(await load(), host);
  }

  /** @param {string} host @param {boolean} enabled */
  const setSite = (host, enabled) => update((s) => withSite(s, host, { on: Boolean(enabled) }));
  /** @param {string} host */
  const clearSite = (host) => update((s) => withSite(s, host, { on: null }));
  /** @param {string} host @param {Partial<Kinds>} kinds */
  const setSiteKinds = (host, kinds) => update((s) => withSite(s, host, { kinds }));
  /** @param {Partial<Omit<Settings, 'version'|'sites'>>} patch */
  const setDefaults = (patch) => update((s) => withDefaults(s, patch));
  const sites = async () => siteList(await load());

  /** @type {any} */ (globalThis).SpotcheckSettings = Object.freeze({
    VERSION, KEY, KINDS, MODES, SENSITIVITIES, ENGINES, DEFAULTS, QUOTA_BYTES_PER_ITEM,
    hostKey, normalize, migrate, effective, withSite, withDefaults, size, fit, siteList, concerns,
    load, save, update, forSite, setSite, clearSite, setSiteKinds, setDefaults, sites,
  });
})();
