// Shapes shared across the extension's scripts, for `tsc --noEmit` (make check-js) only:
// the browser never loads this file. The message type strings are in lib/protocol.js.

/** What the content script answers to STATUS and APPLY. */
interface SpotcheckStatus {
  host: string;
  state: 'loading' | 'ready' | 'off' | 'error';
  enabled: boolean | null;
  count: number;
  counts: { quote: number; figure: number; claim: number };
  engine: string | null;
  error: string | null;
}

/** One entry of the overlay's marker list (LIST). */
interface SpotcheckMarkerEntry {
  index: number;
  kind: string;
  kinds: string[];
  label: string;
  ids: string[];
}
