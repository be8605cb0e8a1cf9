//! `analyzeSnapshotSince`: a page that changed, analyzed only where it changed
//! ([`crate::live`]). The content script keeps the block keys of its last reading and
//! sends them with the next snapshot.

use crate::page;
use crate::page::snapshot::Snapshot;
use wasm_bindgen::prelude::*;

/// A DOM snapshot (object or JSON text, as `analyzeSnapshot` takes it) and the block keys
/// of the last reading (an array of strings; null or undefined for none, anything else a
/// thrown `Error`): the result of
/// `analyzeSnapshot` plus `blocks`, `incremental` and `analyzed` (`docs/extension.md`).
/// `options` as for `analyzeSnapshot` (`{ engine }`).
#[wasm_bindgen(js_name = analyzeSnapshotSince)]
pub fn analyze_snapshot_since(snapshot: JsValue, previous: JsValue, options: Option<js_sys::Object>) -> Result<JsValue, JsError> {
    let options = super::page_options(options.as_ref())?;
    let json = match snapshot.as_string() {
        Some(text) => text,
        None => {
            js_sys::JSON::stringify(&snapshot).ok().and_then(|s| s.as_string()).ok_or_else(|| JsError::new("spotcheck: the snapshot is not a JSON value"))?
        }
    };
    // null or undefined: no last reading. Anything else must be the keys it gave.
    let previous = if previous.is_null() || previous.is_undefined() { Vec::new() } else { block_keys(&previous)? };
    let snapshot = Snapshot::from_json(&json).map_err(|e| JsError::new(&format!("spotcheck: not a page snapshot: {e}")))?;
    let article = page::extract(&snapshot);
    let result = crate::live::since(&article, &previous, |node| snapshot.text_id(*node), options);
    super::to_js(&result)
}

/// The strings of a JavaScript array; anything else is an error.
fn block_keys(previous: &JsValue) -> Result<Vec<String>, JsError> {
    let not_keys = || JsError::new("spotcheck: previous is not an array of block keys");
    let keys = previous.dyn_ref::<js_sys::Array>().ok_or_else(not_keys)?;
    keys.iter().map(|key| key.as_string().ok_or_else(not_keys)).collect()
}
