// The page snapshot of docs/wasm-api.md, taken in slices and streamed as JSON text.
//
// The analysis runs in the background (service worker / event page), never on the page's
// main thread; what stays here is reading the DOM. A page of megabytes must not freeze
// while it is read, so the walk checks the clock every few nodes and yields to the page
// once a slice has run SLICE_MS; the JSON text is written as it goes and handed out in
// chunks of CHUNK_UNITS (each posted to the background on its own), and a text node of
// megabytes is escaped in slices too. Past the limits (text, elements) the walk stops and
// says so: the background then analyzes what it got.
//
// Left out, as snapshot.js leaves them out: scripts (but JSON-LD, the article's metadata),
// styles, noscript and templates; and besides: our own overlay host, and the content of
// editable regions (contenteditable, form fields): Spotcheck never analyzes or marks what
// the reader is typing. The editable element itself stays, empty, with its attributes.
(() => {
  'use strict';
  // Captured once: page scripts cannot reach the content script's world, but nothing we
  // rely on is looked up again later either.
  const stringify = JSON.stringify;
  const now = performance.now.bind(performance);
  const ELEMENT = Node.ELEMENT_NODE;
  const TEXT = Node.TEXT_NODE;
  const CDATA = Node.CDATA_SECTION_NODE;

  const LEFT_OUT = new Set(['script', 'style', 'noscript', 'template', 'spotcheck-overlay']);
  // Except JSON-LD: the article's metadata (its headline), read as the CLI reads it.
  const isJsonLd = (el) => el.localName.toLowerCase() === 'script' && (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json';
  const NO_CONTENT = new Set(['textarea', 'input', 'select', 'option', 'datalist']);
  // A slice's budget, by the clock (not by a count of nodes: a loaded machine runs the same
  // count slower). 5 ms leaves room: a loaded CI machine that preempts the page's thread
  // mid-slice still finishes it well under the 50 ms of a long task.
  const SLICE_MS = 5;
  const CHECK_EVERY = 4; // nodes between clock checks (a node's style read can be slow)
  // UTF-16 units of JSON text per posted chunk: posting copies and serializes it
  // synchronously (a 512 KB chunk measured 51 ms on a loaded machine), so chunks stay small.
  const CHUNK_UNITS = 1 << 15;
  // A style read this slow means the page left its style dirty (it changed since its last
  // frame): from then on the walk yields until after the page's next frame, so the page's
  // own rendering brings style up to date, not a read in Spotcheck's slice.
  const DIRTY_STYLE_MS = 2;
  const FRAME_WAIT_MS = 100; // a hidden tab has no frames
  const TEXT_SLICE = 1 << 16; // units of one text node escaped at a time
  const MAX_TEXT_UNITS = 1_000_000; // far past any article: the budget analyzes 200 KB of it
  const MAX_ELEMENTS = 100_000;

  /**
   * How long Spotcheck's own work runs without giving the page a turn: every stretch of
   * synchronous work between two awaits is one (begin() … end()). `longest` is what the
   * diagnostics hook reports; the budget is SLICE_MS a stretch, and 50 ms is a long task.
   */
  const meter = {
    longest: 0,
    started: 0,
    /** What the running stretch does (a diagnostic: the longest stretch's is `where`). */
    phase: '',
    where: '',
    begin() {
      this.started = now();
    },
    /**
     * Whether the running stretch has had its slice: every part of the content script asks
     * this one clock, so work handed from one part to the next (the answer resolved into
     * Ranges, then grouped and drawn) still yields SLICE_MS after the task began.
     */
    due() {
      return this.started > 0 && now() - this.started > SLICE_MS;
    },
    end() {
      if (!this.started) return;
      const took = now() - this.started;
      if (took > this.longest) {
        this.longest = took;
        this.where = this.phase;
      }
      this.started = 0;
    },
    /** Awaits `promise` outside the meter: waiting is not work. */
    async wait(promise) {
      this.end();
      try {
        return await promise;
      } finally {
        this.begin();
      }
    },
  };

  /** Resolves after the page had a turn: scheduler.yield where there is one. */
  function makeYield(win) {
    const scheduler = win.scheduler;
    if (scheduler && typeof scheduler.yield === 'function') return () => scheduler.yield();
    const channel = new MessageChannel();
    const waiting = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    return () => new Promise((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(0);
    });
  }

  /**
   * Resolves at the start of a task right after the page's next frame (its style and
   * layout just brought up to date), or after FRAME_WAIT_MS where there are no frames.
   */
  function afterFrame(win) {
    return new Promise((resolve) => {
      const done = () => resolve(undefined);
      try {
        win.requestAnimationFrame(() => setTimeout(done, 0));
      } catch {
        // no frames here: the timer below
      }
      setTimeout(done, FRAME_WAIT_MS);
    });
  }

  /** Style reads that found the page's style dirty (see DIRTY_STYLE_MS), per walk. */
  const styleReads = { dirty: false };

  function isHidden(win, el) {
    try {
      const started = now();
      const style = win.getComputedStyle(el);
      const hidden = style.display === 'none' || style.visibility === 'hidden';
      if (now() - started > DIRTY_STYLE_MS) styleReads.dirty = true;
      return hidden;
    } catch {
      return false;
    }
  }

  /** Whether the element's content is the reader's to edit. */
  function isEditable(el) {
    return el.isContentEditable === true || NO_CONTENT.has(el.localName);
  }

  function openElement(win, el) {
    let attrs = '';
    for (const attr of el.attributes) attrs += `${attrs ? ',' : ''}${stringify(attr.name)}:${stringify(attr.value)}`;
    return `{"tag":${stringify(el.localName.toLowerCase())},"attrs":{${attrs}},"hidden":${isHidden(win, el)},"children":[`;
  }

  /** Where to cut `text` at or before `at` without splitting a surrogate pair. */
  function safeCut(text, at) {
    if (at >= text.length) return text.length;
    const unit = text.charCodeAt(at - 1);
    return unit >= 0xd800 && unit <= 0xdbff ? at - 1 : at;
  }

  /**
   * Walks `doc` in slices. `send(chunk)` gets each piece of JSON text in order (their
   * concatenation is the snapshot); `cancelled()` stops the walk early (returns null).
   * Resolves { nodes, textUnits, elements, truncated }: `nodes[id]` is the Text node
   * with snapshot id `id`.
   */
  async function stream(doc, { send, cancelled = () => false, skip = null, maxTextUnits = MAX_TEXT_UNITS, maxElements = MAX_ELEMENTS }) {
    const win = doc.defaultView;
    const yieldNow = makeYield(win);
    // The first style read comes after a frame: the page's pending style work is its own.
    styleReads.dirty = true;
    const pause = () => {
      const frame = styleReads.dirty;
      styleReads.dirty = false;
      return frame ? afterFrame(win) : yieldNow();
    };
    await meter.wait(pause());
    if (cancelled()) return null;
    const nodes = [];
    let out = '';
    let textUnits = 0;
    let elements = 1;
    let truncated = false;
    let sliceStart = now();
    let sinceCheck = 0;

    const emit = (s) => {
      out += s;
      if (out.length >= CHUNK_UNITS) {
        const cut = safeCut(out, out.length);
        send(out.slice(0, cut));
        out = out.slice(cut);
        sinceCheck = CHECK_EVERY; // posting took time: the clock is read at the next node
      }
    };
    /** Gives the page a turn when this slice has run long; false when cancelled. */
    const breathe = async (force = false) => {
      if (!force && ++sinceCheck < CHECK_EVERY) return !cancelled();
      sinceCheck = 0;
      if (force || now() - sliceStart > SLICE_MS) {
        await meter.wait(pause());
        sliceStart = now();
      }
      return !cancelled();
    };

    async function emitText(node) {
      const data = node.data;
      const room = maxTextUnits - textUnits;
      const length = Math.min(data.length, Math.max(0, room));
      if (length < data.length) truncated = true;
      textUnits += length;
      emit(`{"id":${nodes.length},"text":"`);
      nodes.push(node);
      for (let at = 0; at < length;) {
        const end = safeCut(data, Math.min(length, at + TEXT_SLICE));
        const escaped = stringify(data.slice(at, end > at ? end : at + 1));
        emit(escaped.slice(1, -1));
        at = end > at ? end : at + 1;
        if (at < length && !(await breathe(true))) return false;
      }
      emit('"}');
      return true;
    }

    const root = doc.documentElement;
    emit(openElement(win, root));
    // A pre-order walk with an explicit stack (any depth), text ids in document order.
    const stack = [{ next: root.firstChild, first: true }];
    while (stack.length) {
      if (!(await breathe())) return null;
      const top = stack[stack.length - 1];
      const child = top.next;
      if (!child || truncated) {
        stack.pop();
        emit(']}');
        continue;
      }
      top.next = child.nextSibling;
      const type = child.nodeType;
      if (type === TEXT || type === CDATA) {
        if (!top.first) emit(',');
        top.first = false;
        if (!(await emitText(child))) return null;
      } else if (type === ELEMENT && child !== skip && (!LEFT_OUT.has(child.localName.toLowerCase()) || isJsonLd(child))) {
        if (++elements > maxElements) {
          truncated = true;
          continue;
        }
        if (!top.first) emit(',');
        top.first = false;
        emit(openElement(win, child));
        stack.push({ next: isEditable(child) ? null : child.firstChild, first: true });
      }
      if (textUnits >= maxTextUnits) truncated = true;
    }
    if (out) send(out);
    return { nodes, textUnits, elements, truncated };
  }

  globalThis.SpotcheckWalk = Object.freeze({ stream, isEditable, makeYield, meter, SLICE_MS });
})();
