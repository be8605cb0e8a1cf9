// The DOM snapshot the content script sends to the background (docs/wasm-api.md), taken
// in a plain Chromium page: its shape, what it leaves out, and text ids in document order.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CHROMIUM, ROOT, startServer } from './harness.mjs';

let server;
let browser;
let page;

before(async () => {
  server = await startServer();
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage();
  await page.goto(server.url('/pages/snapshot.html'));
  await page.addScriptTag({ path: join(ROOT, 'extension', 'content', 'snapshot.js') });
  await page.addScriptTag({ path: join(ROOT, 'extension', 'content', 'walk.js') });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const take = () => page.evaluate(() => {
  const { tree, nodes } = globalThis.SpotcheckSnapshot.snapshot(document);
  const texts = [];
  const walk = (entry) => {
    if ('text' in entry) texts.push(entry);
    else entry.children.forEach(walk);
  };
  walk(tree);
  const find = (entry, pred) => {
    if (pred(entry)) return entry;
    for (const child of entry.children ?? []) {
      const hit = find(child, pred);
      if (hit) return hit;
    }
    return null;
  };
  const article = find(tree, (e) => e.tag === 'article');
  const inOrder = [];
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) inOrder.push(walker.currentNode);
  return {
    json: JSON.parse(JSON.stringify(tree)),
    rootTag: tree.tag,
    ids: texts.map((t) => t.id),
    texts: texts.map((t) => t.text),
    nodesMatch: texts.every((t) => nodes[t.id].data === t.text),
    nodesInDocumentOrder: nodes.every((n, i) => i === 0 || inOrder.indexOf(nodes[i - 1]) < inOrder.indexOf(n)),
    count: nodes.length,
    article: { attrs: article.attrs, tags: article.children.map((c) => c.tag), hidden: article.children.map((c) => c.hidden ?? null) },
  };
});

test('the snapshot is plain JSON of <html> with every attribute', async () => {
  const snap = await take();
  assert.equal(snap.rootTag, 'html');
  assert.deepEqual(snap.article.attrs, { id: 'story', class: 'post', 'data-x': '1' });
});

test('text nodes are numbered 0, 1, 2 … in document order, also across inline elements', async () => {
  const snap = await take();
  assert.deepEqual(snap.ids, [...Array(snap.count).keys()]);
  assert.ok(snap.nodesMatch && snap.nodesInDocumentOrder);
  const words = snap.texts.map((t) => t.trim()).filter(Boolean);
  assert.deepEqual(words.slice(words.indexOf('One'), words.indexOf('One') + 4), ['One', 'two', 'three', 'four']);
});

test('scripts, styles, templates, noscript and our own overlay are left out; hidden is computed', async () => {
  const snap = await take();
  const all = snap.texts.join(' ');
  for (const absent of ['notText', 'template', 'no script', 'overlay', '.gone']) assert.ok(!all.includes(absent), `${absent} is left out`);
  assert.deepEqual(snap.article.tags, ['p', 'p', 'p', 'p', 'svg']);
  assert.deepEqual(snap.article.hidden, [false, true, true, true, false]);
  assert.ok(all.includes('hidden text') && all.includes('svg text'), 'hidden text stays in, flagged by its element');
});

test('JSON-LD metadata is kept (the headline the CLI reads), other scripts are not', async () => {
  const snap = await take();
  assert.ok(snap.texts.some((t) => t.includes('Headline from JSON-LD')), 'the JSON-LD text is in the snapshot');
});

// The content script streams its snapshot with content/walk.js, not snapshot.js: the two
// readers must agree (a reader that differs reads another article than the CLI: walk.js
// once dropped JSON-LD, so the browser lost headlines the CLI read).
test("the extension's streamed snapshot (walk.js) is snapshot.js's, JSON-LD included", async () => {
  const [streamed, reference] = await page.evaluate(async () => {
    const parts = [];
    const walked = await globalThis.SpotcheckWalk.stream(document, { send: (chunk) => parts.push(chunk) });
    const { tree, nodes } = globalThis.SpotcheckSnapshot.snapshot(document);
    return [{ tree: JSON.parse(parts.join('')), count: walked.nodes.length }, { tree: JSON.parse(JSON.stringify(tree)), count: nodes.length }];
  });
  assert.deepEqual(streamed.tree, reference.tree);
  assert.equal(streamed.count, reference.count);
});
