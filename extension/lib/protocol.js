// @ts-check
// The messages between the extension's parts, in one place: their type strings and shapes.
// A classic script (content scripts, popup and options load it with <script> or the
// manifest; the background imports it for its side effect): sets globalThis.SpotcheckProtocol.
//
//   content → background  ANALYZE_SNAPSHOT { snapshot, engine? } → { ok, result } | { ok: false, error }
//   content → background  port "spotcheck:snapshot": { type: 'chunk', data } … { type: 'end', engine? }
//                         → { ok, part: 'head', result } { part: 'findings'|'marks'|'blocks', items } … { part: 'end' }
//                           | { ok: false, error }  (engine: the hints' search engine setting; the result's
//                           lists come in batches, each received in a task of its own)
//   content → background  COUNT { count }                     (the toolbar badge of the tab)
//   popup   → content     STATUS                              → Status
//   popup   → content     APPLY                               → Status, after re-reading the settings
//   popup   → content     LIST                                → { markers: [{ index, kind, kinds, label }] }
//   popup   → content     OPEN { index }                      → { opened }: scrolls to marker `index` and opens it
//   background → content  STEP { direction: 1 | -1 }          → { index }: the next/previous marker, opened
(() => {
  'use strict';
  /**
   * @typedef {{ host: string, state: 'loading'|'ready'|'off'|'error', enabled: boolean|null,
   *   count: number, counts: { quote: number, figure: number, claim: number },
   *   found?: { quote: number, figure: number, claim: number },
   *   engine: string|null, error: string|null }} Status
   * @typedef {{ index: number, kind: string, kinds: string[], label: string }} MarkerEntry
   */
  const Protocol = Object.freeze({
    ANALYZE_SNAPSHOT: 'spotcheck:analyze-snapshot',
    COUNT: 'spotcheck:count',
    STATUS: 'spotcheck:status',
    APPLY: 'spotcheck:apply',
    LIST: 'spotcheck:list',
    OPEN: 'spotcheck:open',
    STEP: 'spotcheck:step',
    /** The manifest's `commands` names. */
    COMMAND_NEXT: 'next-finding',
    COMMAND_PREVIOUS: 'previous-finding',
  });
  /** @type {any} */ (globalThis).SpotcheckProtocol = Protocol;
})();
