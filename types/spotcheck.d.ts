// Shapes shared across the extension's scripts, for `tsc --noEmit` (make check-js) only:
// the browser never loads this file. The message type strings are in lib/protocol.js.

/** What the content script answers to STATUS and APPLY. */
interface SpotcheckStatus {
  host: string;
  state: 'loading' | 'ready' | 'off' | 'error';
  enabled: boolean | null;
  count: number;
  /** Findings shown at the reader's setting, by kind. */
  counts: { quote: number; figure: number; claim: number };
  /** Findings on the page, shown or not, by kind (absent from an older content script). */
  found?: { quote: number; figure: number; claim: number };
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
