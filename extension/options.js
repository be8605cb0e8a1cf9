// The options page: the default for sites without their own switch, which kinds of
// findings get badges, and the sites with their own setting. Saved on every change;
// open tabs follow through storage.onChanged.
const Settings = globalThis.SpotcheckSettings;

const $ = (id) => document.getElementById(id);
const defaultEnabled = $('default-enabled');
const kindBoxes = [...document.querySelectorAll('input[name="kind"]')];

async function save() {
  const kinds = Object.fromEntries(kindBoxes.map((box) => [box.value, box.checked]));
  await Settings.saveDefaults({ enabled: defaultEnabled.checked, kinds });
  $('saved').textContent = 'Saved.';
}

async function renderSites() {
  const sites = await Settings.sites();
  const list = $('sites');
  list.replaceChildren();
  $('no-sites').hidden = sites.length > 0;
  for (const { host, enabled } of sites) {
    const item = document.createElement('li');
    const name = document.createElement('span');
    name.className = 'host';
    name.textContent = host;
    const state = document.createElement('span');
    state.className = `state ${enabled ? 'on' : 'off'}`;
    state.textContent = enabled ? 'on' : 'off';
    const forget = document.createElement('button');
    forget.type = 'button';
    forget.className = 'link';
    forget.textContent = 'Use default';
    forget.setAttribute('aria-label', `Use the default for ${host}`);
    forget.addEventListener('click', async () => {
      await Settings.clearSite(host);
      await renderSites();
    });
    item.append(name, state, forget);
    list.append(item);
  }
}

async function main() {
  const current = await Settings.defaults();
  defaultEnabled.checked = current.enabled;
  for (const box of kindBoxes) box.checked = current.kinds[box.value];
  defaultEnabled.addEventListener('change', save);
  for (const box of kindBoxes) box.addEventListener('change', save);
  await renderSites();
}

main().catch((error) => console.warn('Spotcheck options:', error));
