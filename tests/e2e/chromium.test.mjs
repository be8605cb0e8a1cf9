// End-to-end tests in headless Chromium with the built extension (dist/chrome), against
// pages served on 127.0.0.1. Run: `node --test tests/e2e/` (after `make build`).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromiumSuite, hooks, intersects, layout, loadToReady, startServer, waitForState } from './harness.mjs';

// The seed page's furniture: no badge may sit over any of it.
const FURNITURE = ['.verify-banner', 'header.site', 'aside.rail', 'footer.site'];
const MIN_QUOTES = 9;
const MIN_FIGURES = 4;
const TIMING_RUNS = 5;

const suite = chromiumSuite(startServer);

async function openReady(path) {
  const page = await suite.browser.context.newPage();
  await page.goto(suite.server.url(path));
  const state = await waitForState(page);
  return { page, state };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Every badge placed, none over the seed page's furniture. @param {{ badges: any[], furniture: Record<string, any[]> }} geometry */
function assertClear({ badges, furniture }) {
  for (const selector of FURNITURE) assert.ok(furniture[selector].length > 0, `the page has ${selector}`);
  for (const badge of badges) {
    assert.equal(badge.hidden, false, `badge "${badge.label}" is placed`);
    for (const selector of FURNITURE) {
      for (const rect of furniture[selector]) {
        assert.ok(!intersects(badge, rect), `badge "${badge.label}" lies over ${selector}`);
      }
    }
  }
}

/** Everything acceptance asks of the seed page, plain or behind the strict CSP. */
async function checkSeed(t, path, engine) {
  const { page, state } = await openReady(path);
  try {
    assert.equal(state.state, 'ready', `data-spotcheck is ${state.state}`);
    assert.equal(state.engine, engine, 'the analysis ran where expected');
    assert.equal(state.hosts, 1, 'one overlay host');
    assert.equal(Number(state.count), state.badges, 'data-spotcheck-count is the number of badges');
    // The default setting keeps its promise (options: "about one marker per 100 words"): at
    // most 1.2 per 100 words of the article, rounded, or 2; and a kind mix, so a page of
    // figure-bearing claims still shows its quotes: a quote marker, and quotes, figures and
    // claims among the findings under the markers (one marker per sentence: counted
    // through data-kinds).
    const words = await page.evaluate(() => Number(document.querySelector('spotcheck-overlay').getAttribute('data-words')));
    const labels = `labels: ${state.labels.join(' | ')}`;
    assert.ok(words > 300, `the seed's article words: ${words}`);
    assert.ok(state.badges >= 2 && state.badges <= Math.max(2, Math.round((words * 1.2) / 100)), `${state.badges} markers for ${words} words (${labels})`);
    assert.ok(state.kinds.quote >= 1, `a quote marker (${labels})`);
    for (const kind of ['quote', 'figure', 'claim']) assert.ok(state.findings[kind] >= 1, `a ${kind} under a marker (${labels})`);
    assertClear(await layout(page, FURNITURE));

    // "All" marks every finding: the seed's gold quotes and figures are all under markers,
    // drawn live (no reload), and still clear of the furniture.
    await suite.browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { version: 1, sensitivity: 'all' } }));
    await page.waitForFunction((n) => Number(document.documentElement.getAttribute('data-spotcheck-count')) > n, state.badges, { timeout: 10000 });
    const all = await hooks(page);
    assert.equal(Number(all.count), all.badges, 'data-spotcheck-count is the number of badges');
    assert.ok(all.findings.quote >= MIN_QUOTES, `quotes under markers at "all": ${all.findings.quote} (labels: ${all.labels.join(' | ')})`);
    assert.ok(all.findings.figure >= MIN_FIGURES, `figures under markers at "all": ${all.findings.figure} (labels: ${all.labels.join(' | ')})`);
    assertClear(await layout(page, FURNITURE));
    await suite.browser.worker.evaluate(() => chrome.storage.sync.clear());
    await page.waitForFunction((n) => Number(document.documentElement.getAttribute('data-spotcheck-count')) === n, state.badges, { timeout: 10000 });

    assert.deepEqual(await page.evaluate(() => window.pageProbe.unchanged()), [], 'the page text nodes are untouched');
    const ticks = await page.evaluate(() => window.pageProbe.ticks);
    await page.waitForFunction((before) => window.pageProbe.ticks > before + 2, ticks, { timeout: 5000 });
    assert.equal(await page.evaluate(() => window.pageProbe.add(2, 3)), 5, "the page's own script still works");
    assert.deepEqual(suite.browser.outside, [], 'no request left 127.0.0.1');

    const timings = [await loadToReady(page)];
    for (let i = 1; i < TIMING_RUNS; i++) {
      await page.reload();
      await waitForState(page);
      timings.push(await loadToReady(page));
    }
    const loadReady = median(timings.map((x) => x.loadToReady));
    const navReady = median(timings.map((x) => x.readyAt));
    t.diagnostic(`${path}: load→ready median ${loadReady.toFixed(0)} ms, navigation start→ready median ${navReady} ms over ${TIMING_RUNS} loads (engine ${engine})`);
    return page;
  } catch (error) {
    await page.close();
    await suite.browser.worker.evaluate(() => chrome.storage.sync.clear());
    throw error;
  }
}

describe('Chromium', () => {
  test('seed page: ready with quote and figure badges, none over the furniture, page untouched', async (t) => {
    // The analysis always runs in the service worker (the content script compiles no wasm).
    const page = await checkSeed(t, '/seed.html', 'worker');
    assert.equal(await page.evaluate(() => window.pageInline?.ran), true, "the page's inline script ran");
    await page.close();
  });

  test('seed page behind a strict CSP: the analysis falls back to the service worker', async (t) => {
    const page = await checkSeed(t, '/csp/seed.html', 'worker');
    assert.equal(await page.evaluate(() => window.pageInline?.ran), undefined, 'the CSP header is in force');
    await page.close();
  });

  test('a quote running across a link and an emphasis gets one badge and a whole highlight', async () => {
    // Sensitivity "all": this is about ranges across inline elements, not about which of the
    // short page's sentences the default budget ranks first.
    await suite.browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { version: 1, sensitivity: 'all' } }));
    const { page, state } = await openReady('/pages/across-links.html');
    try {
      assert.equal(state.state, 'ready');
      const result = await page.evaluate(() => {
        const paragraph = [...document.querySelectorAll('article p')].find((p) => p.querySelector('a') && p.querySelector('em'));
        const quoted = paragraph.textContent.match(/"([^"]+)"/)[1];
        const highlight = CSS.highlights.get('spotcheck-quote');
        const inParagraph = highlight ? [...highlight].filter((range) => paragraph.contains(range.commonAncestorContainer)) : [];
        inParagraph.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
        return {
          quoted,
          highlighted: inParagraph.map((range) => range.toString()).join(''),
          textNodes: inParagraph.length,
          touchesLink: inParagraph.some((range) => range.startContainer.parentElement.closest('a')),
          touchesEm: inParagraph.some((range) => range.startContainer.parentElement.closest('em')),
        };
      });
      assert.ok(result.quoted.length > 40);
      assert.equal(result.highlighted.trim(), result.quoted.trim(), 'the highlight covers the whole quote');
      assert.ok(result.textNodes >= 5 && result.touchesLink && result.touchesEm, 'one range per text node, inside <a> and <em> too');
      const labels = (await hooks(page)).labels;
      assert.ok(labels.some((label) => /^Quote by [^:]*Ortiz/.test(label)), `a badge credits the quote to Ortiz: ${labels.join(' | ')}`);
      assert.deepEqual(await page.evaluate(() => window.pageProbe.unchanged()), []);
    } finally {
      await page.close();
    }
  });

  test('content added later is analyzed again, without our own overlay triggering it', async () => {
    // Sensitivity "all": every new sentence with a finding gets a marker (at the default a
    // plain new quote may stay under the page's budget).
    await suite.browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { version: 1, sensitivity: 'all' } }));
    const { page, state } = await openReady('/pages/across-links.html');
    try {
      const before = Number(state.count);
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = '"Buses will come every five minutes at the busiest hours of the day," said transit director Lee Park.';
        document.querySelector('article').append(p);
      });
      await page.waitForFunction((n) => Number(document.documentElement.getAttribute('data-spotcheck-count')) > n, before, { timeout: 10000 });
      const now = await hooks(page);
      assert.equal(now.state, 'ready');
      assert.equal(now.hosts, 1);
      // Settled: redrawing the overlay must not schedule yet another analysis.
      const runs = await page.evaluate(() => new Promise((resolve) => {
        let changes = 0;
        const seen = new MutationObserver(() => { changes += 1; });
        seen.observe(document.documentElement, { attributes: true, attributeFilter: ['data-spotcheck-count', 'data-spotcheck'] });
        setTimeout(() => { seen.disconnect(); resolve(changes); }, 2500);
      }));
      assert.equal(runs, 0, 'no analysis loop');
    } finally {
      await page.close();
      await suite.browser.worker.evaluate(() => chrome.storage.sync.clear());
    }
  });

  test('popover: a click opens the finding, Escape closes it and returns focus, a click outside closes it', async () => {
    // Sensitivity "all": a quote's and a figure's own markers (at the default the seed's
    // figures sit under its quote markers).
    await suite.browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { version: 1, sensitivity: 'all' } }));
    const { page } = await openReady('/seed.html');
    try {
      const badge = page.locator('spotcheck-overlay [data-spotcheck-badge][data-kind="quote"][aria-label^="Quote by Lori Lightfoot"]').first();
      const name = await badge.getAttribute('aria-label');
      const dialog = page.locator('spotcheck-overlay [role="dialog"]');
      const clicksBefore = await page.evaluate(() => window.pageProbe.clicks);
      await badge.click();
      await dialog.waitFor({ state: 'visible' });
      const open = await page.evaluate(() => {
        const root = document.querySelector('spotcheck-overlay').shadowRoot;
        const dlg = root.querySelector('[role="dialog"]');
        const label = root.getElementById(dlg.getAttribute('aria-labelledby'));
        const links = [...dlg.querySelectorAll('a')].map((a) => ({ target: a.target, rel: a.rel, href: a.href }));
        return {
          label: label?.textContent ?? '',
          text: dlg.textContent,
          focusInside: dlg.contains(root.activeElement),
          expanded: root.querySelector('[aria-expanded="true"]')?.getAttribute('aria-label'),
          links,
        };
      });
      assert.match(open.label, /Lori Lightfoot/, 'the dialog is labelled with the speaker');
      assert.match(open.text, /Said by\s*Lori Lightfoot/);
      assert.match(open.text, /Cue/);
      assert.ok(open.focusInside, 'focus moved into the dialog');
      assert.equal(open.expanded, name);
      for (const link of open.links) {
        assert.equal(link.target, '_blank');
        assert.match(link.rel, /noopener/);
        assert.match(link.rel, /noreferrer/);
        assert.match(link.href, /^https?:/);
      }
      assert.equal(await page.evaluate(() => window.pageProbe.clicks), clicksBefore, "the badge click never reached the page's handlers");

      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      const focusBack = await page.evaluate(() => {
        const root = document.querySelector('spotcheck-overlay').shadowRoot;
        return root.activeElement?.getAttribute('aria-label') ?? null;
      });
      assert.equal(focusBack, name, 'Escape returns focus to the badge');

      // Keyboard: Enter on the focused badge opens it again; a click outside closes it.
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'visible' });
      await page.mouse.click(5, 5);
      await dialog.waitFor({ state: 'hidden' });

      // A figure's popover shows its value and hedge.
      await page.locator('spotcheck-overlay [data-spotcheck-badge][data-kind="figure"]').first().click();
      await dialog.waitFor({ state: 'visible' });
      assert.match(await dialog.textContent(), /Value.*Hedge/s);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      assert.deepEqual(await page.evaluate(() => window.pageProbe.unchanged()), []);
    } finally {
      await page.close();
      await suite.browser.worker.evaluate(() => chrome.storage.sync.clear());
    }
  });

  test('per-site switch: off and on again from the popup, live in every open tab of the site', async () => {
    const first = await openReady('/seed.html');
    const second = await openReady('/csp/seed.html');
    const pages = [first.page, second.page];
    let popup;
    try {
      for (const page of pages) await page.evaluate(() => { window.notReloaded = true; });
      const before = await Promise.all(pages.map(hooks));
      // The tab id of the first page: the tab whose content script answers with its URL.
      const url = first.page.url();
      const tabId = await suite.browser.worker.evaluate(async (wanted) => {
        for (const tab of await chrome.tabs.query({})) {
          try {
            const status = await chrome.tabs.sendMessage(tab.id, { type: 'spotcheck:status' });
            if (status && status.host === new URL(wanted).hostname) return tab.id;
          } catch {
            // not one of ours
          }
        }
        return null;
      }, url);
      assert.ok(Number.isInteger(tabId), 'found the tab');

      popup = await suite.browser.context.newPage();
      await popup.goto(`chrome-extension://${suite.browser.extensionId}/popup.html?tab=${tabId}`);
      const toggle = popup.locator('#enabled');
      await popup.waitForFunction(() => document.body.dataset.state === 'ready');
      assert.equal(await popup.locator('#site').textContent(), '127.0.0.1');
      assert.equal(await toggle.isChecked(), true);
      assert.match(await popup.locator('#summary').textContent(), new RegExp(`^${before[0].badges} markers`));

      await toggle.click();
      for (const page of pages) {
        const off = await waitForState(page, ['off']);
        assert.equal(off.count, '0');
        assert.equal(off.hosts, 0, 'no overlay host left');
        assert.equal(off.engine, null);
        assert.equal(off.ms, null);
        assert.deepEqual(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('spotcheck'))), [], 'no highlights left');
        assert.deepEqual(await page.evaluate(() => window.pageProbe.unchanged()), []);
      }
      await popup.waitForFunction(() => document.body.dataset.state === 'off');
      assert.equal(await toggle.isChecked(), false);

      await toggle.click();
      for (const [i, page] of pages.entries()) {
        const on = await waitForState(page, ['ready']);
        assert.equal(on.badges, before[i].badges, 'the same badges again');
        assert.equal(on.hosts, 1);
        assert.equal(await page.evaluate(() => window.notReloaded), true, 'without a reload');
        assert.deepEqual(await page.evaluate(() => window.pageProbe.unchanged()), []);
      }
      await popup.waitForFunction(() => document.body.dataset.state === 'ready');
      assert.equal(await toggle.isChecked(), true);
      assert.deepEqual(suite.browser.outside, []);
    } finally {
      await popup?.close();
      for (const page of pages) await page.close();
    }
  });

  test('options: a kind switched off leaves every marker on open pages', async () => {
    // Sensitivity "all": every other marker stays exactly as it was (at the default, with
    // the figures gone, the budget may pick another sentence in their place).
    await suite.browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { version: 1, sensitivity: 'all' } }));
    const { page, state } = await openReady('/seed.html');
    const options = await suite.browser.context.newPage();
    try {
      assert.ok(state.kinds.figure > 0);
      await options.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
      const figures = options.locator('input[name="kind"][value="figure"]');
      await figures.waitFor();
      await options.waitForFunction(() => document.querySelector('input[value="figure"]').checked);
      await figures.click();
      await page.waitForFunction(() => {
        const host = document.querySelector('spotcheck-overlay');
        return host && ![...host.shadowRoot.querySelectorAll('[data-kinds]')].some((b) => b.dataset.kinds.split(' ').includes('figure'));
      });
      const now = await hooks(page);
      assert.equal(now.findings.figure, 0);
      assert.equal(now.findings.quote, state.findings.quote, 'the quotes stay');
      assert.equal(Number(now.count), now.badges);
      await figures.click();
      await page.waitForFunction((n) => Number(document.documentElement.getAttribute('data-spotcheck-count')) === n, state.badges);
    } finally {
      await options.close();
      await page.close();
      await suite.browser.worker.evaluate(() => chrome.storage.sync.clear());
    }
  });
});
