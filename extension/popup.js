// The toolbar popup: the current site, its on/off switch and the findings on the page.
//
// The popup asks the tab's own content script for its host and counts, so the extension
// needs neither the "tabs" permission nor host permissions. Flipping the switch writes
// storage.sync (every open tab of the site hears storage.onChanged and turns on or off at
// once) and nudges this tab directly so it does not wait for the storage event.
// `popup.html?tab=ID` targets a given tab: how the end-to-end tests open it.
const api = globalThis.browser ?? globalThis.chrome;
const Settings = globalThis.SpotcheckSettings;

const $ = (id) => document.getElementById(id);
const site = $('site');
const toggle = $('enabled');
const summary = $('summary');
const legend = $('legend');

async function targetTab() {
  const fromQuery = Number.parseInt(new URLSearchParams(location.search).get('tab') ?? '', 10);
  if (Number.isInteger(fromQuery)) return fromQuery;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function ask(tabId, message) {
  try {
    return await api.tabs.sendMessage(tabId, message);
  } catch {
    return null; // no content script there: a browser page, a store page, a PDF …
  }
}

function render(status) {
  if (!status) {
    site.textContent = 'Spotcheck does not run on this page.';
    toggle.disabled = true;
    summary.textContent = '';
    legend.hidden = true;
    return;
  }
  site.textContent = status.host || 'this page';
  toggle.disabled = false;
  toggle.checked = status.enabled !== false && status.state !== 'off';
  legend.hidden = status.state !== 'ready';
  for (const kind of Settings.KINDS) $(`n-${kind}`).textContent = String(status.counts?.[kind] ?? 0);
  summary.textContent = {
    ready: status.count === 0 ? 'Nothing to check on this page.' : `${status.count} ${status.count === 1 ? 'finding' : 'findings'} on this page`,
    off: 'Off for this site.',
    loading: 'Reading the page…',
    error: 'Spotcheck could not read this page.',
  }[status.state] ?? '';
  summary.dataset.state = status.state;
  document.body.dataset.state = status.state;
}

/** Polls until the tab has settled into ready/off/error (a switch re-runs the analysis). */
async function refresh(tabId, tries = 40) {
  let status = await ask(tabId, { type: 'spotcheck:status' });
  for (let i = 0; status && status.state === 'loading' && i < tries; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    status = await ask(tabId, { type: 'spotcheck:status' });
  }
  render(status);
  return status;
}

async function main() {
  const tabId = await targetTab();
  let status = tabId === null ? null : await refresh(tabId);
  toggle.addEventListener('change', async () => {
    if (!status?.host) return;
    toggle.disabled = true;
    try {
      await Settings.setSite(status.host, toggle.checked);
      await ask(tabId, { type: 'spotcheck:apply' });
      status = await refresh(tabId);
    } finally {
      toggle.disabled = !status;
    }
  });
  $('options').addEventListener('click', () => api.runtime.openOptionsPage());
}

main().catch((error) => {
  site.textContent = 'Spotcheck could not read this tab.';
  console.warn('Spotcheck popup:', error);
});
