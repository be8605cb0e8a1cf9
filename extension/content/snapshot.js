// The DOM snapshot of docs/wasm-api.md: what the content script sends to the background
// when the page's CSP keeps WebAssembly out of the content script. The element tree of
// <html> as plain JSON, text nodes numbered in document order; the caller keeps `nodes`
// to resolve the answer's node numbers back to the live Text nodes.
(() => {
  'use strict';
  // Never article text, and our own overlay must not analyze itself.
  const LEFT_OUT = new Set(['script', 'style', 'noscript', 'template', 'spotcheck-overlay']);
  // Except JSON-LD: the article's metadata (its headline), read as the CLI reads it.
  const isJsonLd = (el) => el.localName.toLowerCase() === 'script' && (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json';

  function isHidden(el) {
    try {
      const style = el.ownerDocument.defaultView.getComputedStyle(el);
      return style.display === 'none' || style.visibility === 'hidden';
    } catch {
      return false;
    }
  }

  /** { tree, nodes }: the snapshot of `doc.documentElement` and its text nodes by id. */
  function snapshot(doc) {
    const nodes = [];
    const rootEl = doc.documentElement;
    const tree = elementEntry(rootEl);
    // A pre-order walk with an explicit stack (a pathologically deep page cannot overflow
    // the call stack), so text ids come out in document order.
    const stack = [{ entry: tree, next: rootEl.firstChild }];
    while (stack.length) {
      const top = stack[stack.length - 1];
      const child = top.next;
      if (!child) {
        stack.pop();
        continue;
      }
      top.next = child.nextSibling;
      if (child.nodeType === Node.TEXT_NODE || child.nodeType === Node.CDATA_SECTION_NODE) {
        top.entry.children.push({ text: child.data, id: nodes.length });
        nodes.push(child);
      } else if (child.nodeType === Node.ELEMENT_NODE && (!LEFT_OUT.has(child.localName.toLowerCase()) || isJsonLd(child))) {
        const entry = elementEntry(child);
        top.entry.children.push(entry);
        stack.push({ entry, next: child.firstChild });
      }
    }
    return { tree, nodes };
  }

  function elementEntry(el) {
    const attrs = {};
    for (const attr of el.attributes) attrs[attr.name] = attr.value;
    return { tag: el.localName.toLowerCase(), attrs, hidden: isHidden(el), children: [] };
  }

  globalThis.SpotcheckSnapshot = Object.freeze({ snapshot, LEFT_OUT });
})();
