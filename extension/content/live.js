// Pages that change, on the content side: the findings of the blocks that did not change
// stay as they were (the same items, the same live Ranges, so the overlay keeps their
// markers and tints), and only what changed is analyzed again.
//
// The background's `analyzeSnapshotSince` (src/live.rs) reads the whole new snapshot, so
// extraction stays exact, but runs the detectors only on the changed blocks, with the
// block before each changed run and the article's lede as context, and on the unchanged
// block right after a run (whose attribution may read the changed one). Blocks are known
// by a key (a hash of kind and text): snapshot node ids are renumbered on every walk, so
// they cannot say which block is which. Every other unchanged block keeps its findings
// here, their offsets moved with their block. A block that was read again and found the
// same as before keeps its old item too, so its marker is not redrawn either.
//
// The controller (main.js) calls keys() for what to send with a snapshot, merge() with
// each answer, reset() on a fresh start (navigation, settings, turning off), and asks
// tired() before each reading of a page that keeps changing.
//
// What bounds a page that never stops changing is the detectors' work, not the number of
// readings: a reading that analyzed k of n blocks costs k/n of a whole reading, and while
// the last WORK_WINDOW_MS hold less than MAX_WORK whole readings' worth, the page is read
// again. A live blog adding an entry a minute for hours costs a few blocks a reading and
// keeps being read; a page that rewrites its whole article every few seconds spends the
// budget within minutes and is then let be.
(() => {
  'use strict';
  const TEXT = Node.TEXT_NODE;

  /** @typedef {{ finding: any, ranges: Range[] }} Item */
  /** @typedef {{ key: string, start: number, end: number, items: Item[] }} Block */

  /** @type {Block[]} the blocks of the last reading, each with its items */
  let blocks = [];
  let kindsSeen = '';
  let readings = 0;

  /** Whole readings' worth of detector work allowed within WORK_WINDOW_MS. */
  const MAX_WORK = 20;
  const WORK_WINDOW_MS = 10 * 60 * 1000;
  /** @type {{ at: number, cost: number }[]} the work of each reading since the last reset */
  let work = [];

  /** Records a reading that analyzed `analyzed` of `total` blocks (a whole one when unknown). @param {number} analyzed @param {number} total */
  function spend(analyzed, total) {
    const cost = total > 0 && Number.isFinite(analyzed) ? Math.min(1, Math.max(0, analyzed) / total) : 1;
    const now = Date.now();
    work = work.filter((w) => w.at > now - WORK_WINDOW_MS);
    work.push({ at: now, cost });
  }

  /** Whether the readings of the last WORK_WINDOW_MS spent the budget: the page is churning. */
  function tired() {
    const since = Date.now() - WORK_WINDOW_MS;
    return work.filter((w) => w.at > since).reduce((sum, w) => sum + w.cost, 0) >= MAX_WORK;
  }

  /** A Range still on the text it was made for (a removed node collapses it onto its parent). @param {Range} r */
  const intact = (r) => r.startContainer.nodeType === TEXT && r.endContainer.nodeType === TEXT && r.startContainer.isConnected && r.endContainer.isConnected;

  /**
   * The keys to send with the next snapshot, or null for a whole reading: none held yet,
   * other kinds shown or another search engine than the held items were made for (their
   * hints' links name the engine), or a held item whose text the page has replaced (its
   * findings must be located afresh).
   * @param {Record<string, boolean>} kinds @param {string} [engine]
   * @returns {string[]|null}
   */
  function keys(kinds, engine) {
    if (!blocks.length || JSON.stringify([kinds, engine ?? '']) !== kindsSeen) return null;
    for (const block of blocks) {
      for (const item of block.items) if (!item.ranges.every(intact)) return null;
    }
    return blocks.map((b) => b.key);
  }

  function reset() {
    blocks = [];
    kindsSeen = '';
    work = [];
  }

  /** The index of the block holding UTF-16 offset `at` (blocks sorted, disjoint). @param {Block[]} list @param {number} at */
  function blockAt(list, at) {
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start <= at) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** Two items on the same words: the same kind of finding on the same stretches of text. @param {Item} a @param {Item} b */
  function same(a, b) {
    if (a.finding.kind !== b.finding.kind || a.finding.start !== b.finding.start || a.finding.end !== b.finding.end) return false;
    if (a.ranges.length !== b.ranges.length) return false;
    return a.ranges.every((r, i) => {
      const s = b.ranges[i];
      return r.startContainer === s.startContainer && r.startOffset === s.startOffset && r.endContainer === s.endContainer && r.endOffset === s.endOffset;
    });
  }

  /**
   * The item to draw for `item`, found again on the same words as a held one: the held
   * object (its Ranges stay the tinted ones, and the overlay keeps its marker while what
   * the marker says is unchanged) carrying the new finding (a new lede can change a
   * priority), under the id it had.
   * @param {Item[]} held @param {Item} item
   */
  function again(held, item) {
    const old = held.find((o) => same(o, item));
    if (!old) return item;
    old.finding = { ...item.finding, id: old.finding.id };
    return old;
  }

  /**
   * Every item of the new reading: those the answer brought (`items`, resolved by the
   * controller from its marks) and, for the blocks it did not analyze, the items held from
   * the last reading, their offsets moved with their block. The same objects as before
   * wherever nothing changed. An answer without blocks (an older core) is taken whole.
   * @param {any} result the background's answer
   * @param {Item[]} items
   * @param {Record<string, boolean>} kinds the kinds `items` were filtered by
   * @param {string} [engine] the search engine their hints were built for
   * @returns {Item[]}
   */
  function merge(result, items, kinds, engine) {
    const fresh = result?.blocks;
    if (!Array.isArray(fresh)) {
      reset();
      spend(1, 1);
      return items;
    }
    readings += 1;
    spend(Number(result.analyzed ?? fresh.length), fresh.length);
    /** @type {Block[]} */
    const next = fresh.map((b) => ({ key: String(b.key), start: b.start, end: b.end, items: [] }));
    for (const item of items) {
      const i = blockAt(next, item.finding.start);
      if (i < 0) continue;
      // Ids are unique within one report; findings of several readings live side by side.
      if (blocks.length) item.finding = { ...item.finding, id: `${item.finding.id}.${readings}` };
      next[i].items.push(item);
    }
    for (const [i, b] of fresh.entries()) {
      const old = Number.isInteger(b.was) ? blocks[b.was] : null;
      if (!old) continue;
      const shift = b.start - old.start;
      for (const item of old.items) {
        if (shift) item.finding = { ...item.finding, start: item.finding.start + shift, end: item.finding.end + shift };
      }
      const held = old.items.filter((item) => item.ranges.every(intact));
      next[i].items = b.kept ? held : next[i].items.map((item) => again(held, item));
    }
    blocks = next;
    kindsSeen = JSON.stringify([kinds, engine ?? '']);
    try {
      document.documentElement.setAttribute('data-spotcheck-live', `${result.analyzed ?? fresh.length}/${fresh.length}`);
    } catch {
      // A diagnostic only.
    }
    return next.flatMap((b) => b.items);
  }

  globalThis.SpotcheckLive = Object.freeze({ keys, merge, reset, tired });
})();
