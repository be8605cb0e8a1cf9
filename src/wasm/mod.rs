//! The WebAssembly API of `docs/wasm-api.md`: the one way JavaScript reaches the core.
//!
//! This layer converts and forwards; it holds no detection logic. Results leave as one
//! JSON text, written by serde_json as the CLI writes it and read by the engine's own
//! `JSON.parse`, so a report is by construction the plain object that `JSON.parse` of the
//! CLI's output gives. One string crosses the boundary instead of a JavaScript call per
//! field (serde-wasm-bindgen), which is faster and keeps a second serializer out of the
//! module (issue 11, size). DOM nodes cannot be JSON: they are written as their index in
//! the result's node list and put in place after the parse. Failures are thrown `Error`s,
//! never a trap: a trap would kill the module for the rest of the page's life.

pub mod dom;
mod live;

use crate::analyze::VERSION;
use crate::hints::Engine;
pub use crate::marks::{page_result, page_result_with, Mark, MarkRange, PageOptions, PageResult};
use crate::page;
use crate::page::snapshot::Snapshot;
use crate::page::Article;
use js_sys::{Array, Reflect};
use serde::Serialize;
use std::cell::RefCell;
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
    dom_page_result(&article, options)
}

/// The page result of an article read from the live DOM, as a JavaScript object whose
/// `node`s and `article` ends are the DOM nodes themselves.
pub fn dom_page_result(article: &Article<web_sys::Node>, options: PageOptions) -> Result<JsValue, JsError> {
    let nodes = RefCell::new(Vec::new());
    let result = page_result_with(
        article,
        |node| {
            let mut nodes = nodes.borrow_mut();
            nodes.push(node.clone());
            Some(nodes.len() - 1)
        },
        options,
    );
    let js = to_js(&result)?;
    put_nodes(&js, &nodes.into_inner());
    Ok(js)
}

/// Swaps the node indexes of a parsed page result (`marks[].ranges[].node` and the two
/// `article` ends) for the nodes they index.
fn put_nodes(result: &JsValue, nodes: &[web_sys::Node]) {
    let node_at = |index: &JsValue| index.as_f64().and_then(|i| nodes.get(i as usize)).map(JsValue::from);
    let key = JsValue::from_str("node");
    for mark in array(&get(result, "marks")).iter() {
        for range in array(&get(&mark, "ranges")).iter() {
            if let Some(node) = node_at(&Reflect::get(&range, &key).unwrap_or(JsValue::UNDEFINED)) {
                let _ = Reflect::set(&range, &key, &node);
            }
        }
    }
    let ends = array(&get(result, "article"));
    for (i, end) in ends.iter().enumerate() {
        if let Some(node) = node_at(&end) {
            ends.set(i as u32, node);
        }
    }
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// The array `value` is, or an empty one.
fn array(value: &JsValue) -> Array {
    value.clone().dyn_into::<Array>().unwrap_or_default()
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

/// `value` as the object `JSON.parse` makes of its JSON text.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let fail = || JsError::new("spotcheck: could not hand the result to JavaScript");
    let json = serde_json::to_string(value).map_err(|_| fail())?;
    js_sys::JSON::parse(&json).map_err(|_| fail())
}
