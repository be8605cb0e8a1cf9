//! The WebAssembly API of `docs/wasm-api.md`: the one way JavaScript reaches the core.
//!
//! This layer converts and forwards; it holds no detection logic. Results leave through
//! serde-wasm-bindgen's JSON-compatible serializer, so a report is the same plain object
//! that `JSON.parse` of the CLI's output would give (flattened findings included: a map
//! serializer that made `Map`s would break them). Failures are thrown `Error`s, never a
//! trap: a trap would kill the module for the rest of the page's life.

pub mod dom;
mod live;

use crate::analyze::VERSION;
use crate::hints::Engine;
pub use crate::marks::{page_result, page_result_with, Mark, MarkRange, PageOptions, PageResult};
use crate::page;
use crate::page::snapshot::Snapshot;
use serde::{Serialize, Serializer};
use wasm_bindgen::prelude::*;

/// Runs once when the module is instantiated: a panic, which should never happen, then
/// shows its message and location in the console instead of "unreachable executed".
#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// The version every report carries.
#[wasm_bindgen]
pub fn version() -> String {
    VERSION.to_string()
}

/// Plain text, analyzed as given: the report the CLI prints for the same text.
#[wasm_bindgen(js_name = analyzeText)]
pub fn analyze_text(text: &str) -> Result<JsValue, JsError> {
    to_js(&crate::analyze_text(text))
}

/// The live document: its article extracted through web-sys, its findings located on its
/// text nodes. `options` as for `analyzeSnapshot`.
#[wasm_bindgen(js_name = analyzeDocument)]
pub fn analyze_document(doc: &web_sys::Document, options: Option<js_sys::Object>) -> Result<JsValue, JsError> {
    let options = page_options(options.as_ref())?;
    let tree = dom::DomTree::new(doc.clone());
    let article = page::extract(&tree);
    to_js(&page_result_with(&article, |node| Some(DomNode(node.clone())), options))
}

/// A DOM snapshot (the format of `docs/wasm-api.md`), given as the object or as its JSON
/// text: the service worker's way in when the page keeps WebAssembly out. Range `node`s
/// are the snapshot's text ids. Anything that is not a snapshot is a thrown `Error`.
/// `options` (optional): `{ engine }`, the reader's search engine for the hints' web
/// searches (`"duckduckgo"`, `"google"`, `"bing"`, `"brave"`, `"startpage"`; the default
/// DuckDuckGo when absent); an engine it does not know is a thrown `Error`.
#[wasm_bindgen(js_name = analyzeSnapshot)]
pub fn analyze_snapshot(snapshot: JsValue, options: Option<js_sys::Object>) -> Result<JsValue, JsError> {
    let options = page_options(options.as_ref())?;
    // One JSON.stringify and a serde_json parse, rather than walking the object from Rust,
    // which would cross into JavaScript for every property of every node.
    let json = match snapshot.as_string() {
        Some(text) => text,
        None => {
            js_sys::JSON::stringify(&snapshot).ok().and_then(|s| s.as_string()).ok_or_else(|| JsError::new("spotcheck: the snapshot is not a JSON value"))?
        }
    };
    let snapshot = Snapshot::from_json(&json).map_err(|e| JsError::new(&format!("spotcheck: not a page snapshot: {e}")))?;
    let article = page::extract(&snapshot);
    to_js(&page_result_with(&article, |node| snapshot.text_id(*node), options))
}

/// The page options of the JavaScript options object (`{ engine }`).
fn page_options(options: Option<&js_sys::Object>) -> Result<PageOptions, JsError> {
    let Some(options) = options else { return Ok(PageOptions::default()) };
    let engine = js_sys::Reflect::get(options, &JsValue::from_str("engine")).unwrap_or(JsValue::UNDEFINED);
    if engine.is_undefined() || engine.is_null() {
        return Ok(PageOptions::default());
    }
    let word = engine.as_string().ok_or_else(|| JsError::new("spotcheck: options.engine is not a string"))?;
    let engine = Engine::from_name(&word).ok_or_else(|| JsError::new(&format!("spotcheck: no search engine called {word:?}")))?;
    Ok(PageOptions { engine })
}

/// A DOM node that serializes as itself: the JS object passes through untouched.
pub struct DomNode(pub web_sys::Node);

impl Serialize for DomNode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serde_wasm_bindgen::preserve::serialize(&self.0, s)
    }
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("spotcheck: could not hand the result to JavaScript: {e}")))
}
