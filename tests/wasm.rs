//! The wasm API in a real browser (headless Chromium through wasm-bindgen-test-runner):
//! what `docs/wasm-api.md` promises JavaScript, checked in JavaScript's own terms —
//! UTF-16 string slices, plain objects, DOM text nodes, thrown errors.
//!
//! Run by `make test` (`cargo test --target wasm32-unknown-unknown --test wasm`); natively
//! this file compiles to nothing.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Object, Reflect, JSON};
use spotcheck::page::snapshot::Snapshot;
use spotcheck::page::{Article, ArticleBlock, Piece, Tree};
use spotcheck::text::BlockKind;
use spotcheck::wasm::{self, dom::DomTree};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Document, HtmlIFrameElement, Node};

wasm_bindgen_test_configure!(run_in_browser);

/// An article with a non-BMP character before every finding, so that UTF-8, UTF-16 and
/// code-point offsets all differ, and a quote, figures and claims to find.
const SAMPLE: &str = "Caf\u{e9} owners \u{1F600} see \u{1D400}ccounts rise\n\n\
Mayor Ana Ruiz \u{1F3DB} said Wednesday that the city \u{201c}will never tolerate raids on our families.\u{201d} \
The plan cost about $4.8 billion and covers at least 10 major cities, according to the Chicago Tribune.\n\n\
Last month, President Trump \u{1F4E2} announced he had delayed an operation aimed at deporting thousands of immigrants.";

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn get_str(value: &JsValue, key: &str) -> String {
    get(value, key).as_string().unwrap_or_else(|| panic!("{key} is not a string"))
}

fn get_index(value: &JsValue, key: &str) -> u32 {
    let n = get(value, key).as_f64().unwrap_or_else(|| panic!("{key} is not a number"));
    assert!(n >= 0.0 && n.fract() == 0.0, "{key} = {n} is not an index");
    n as u32
}

fn array(value: &JsValue) -> Vec<JsValue> {
    Array::from(value).iter().collect()
}

fn is_plain_object(value: &JsValue) -> bool {
    let object_prototype = JsValue::from(Object::get_prototype_of(&Object::new()));
    value.is_object() && JsValue::from(Object::get_prototype_of(value)) == object_prototype
}

/// A fresh document in an iframe, with its own window: computed style works there, as on
/// a real page, and nothing of the test runner's own page gets in the way.
fn page(body: &str) -> Document {
    let host = web_sys::window().and_then(|w| w.document()).expect("a document to run in");
    let frame: HtmlIFrameElement = host.create_element("iframe").expect("an iframe").unchecked_into();
    host.body().expect("a body").append_child(&frame).expect("iframe attached");
    let doc = frame.content_document().expect("the iframe's document");
    doc.document_element().expect("an <html>").set_inner_html(&format!("<head><title>Test page</title></head><body>{body}</body>"));
    doc
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(wasm::version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn analyze_text_gives_the_native_report_as_plain_objects() {
    let js = wasm::analyze_text(SAMPLE).map_err(JsValue::from).expect("a report");
    assert!(is_plain_object(&js), "the report is a plain object");
    let findings = array(&get(&js, "findings"));
    assert!(!findings.is_empty(), "the sample has findings");
    for f in &findings {
        assert!(is_plain_object(f), "each finding is a plain object (flattened fields, not a Map)");
        assert!(get(f, "kind").is_string(), "the flattened kind tag is there");
    }
    // The same JSON the CLI prints: same fields, same order, same numbers.
    let native = serde_json::to_string(&spotcheck::analyze_text(SAMPLE)).expect("native JSON");
    let from_js: String = JSON::stringify(&js).expect("stringify").into();
    assert_eq!(from_js, native);
}

#[wasm_bindgen_test]
fn analyze_text_offsets_slice_the_text_in_utf16() {
    let js = wasm::analyze_text(SAMPLE).map_err(JsValue::from).expect("a report");
    let text: JsString = get(&js, "text").unchecked_into();
    assert_eq!(String::from(text.clone()), SAMPLE);
    let findings = array(&get(&js, "findings"));
    assert!(!findings.is_empty());
    let mut kinds = Vec::new();
    for f in &findings {
        let (start, end) = (get_index(f, "start"), get_index(f, "end"));
        assert!(start < end && end <= text.length(), "{start}..{end} within the text");
        assert_eq!(String::from(text.slice(start, end)), get_str(f, "text"), "finding {}", get_str(f, "id"));
        kinds.push(get_str(f, "kind"));
    }
    // Past the astral characters, code-point offsets would be off: a figure and a claim
    // after them prove the offsets are UTF-16.
    assert!(kinds.iter().any(|k| k == "claim"), "{kinds:?}");
}

#[wasm_bindgen_test]
fn dom_tree_reads_names_attributes_text_and_computed_hiding() {
    let doc = page(
        "<style>.gone { display: none } .ghost { visibility: hidden }</style>\
         <P id=lead class=\"intro x\">Hello <EM>big</EM> world</P>\
         <div class=gone>a</div><div class=ghost>b</div><div style=\"visibility:hidden\">c</div><div>d</div>",
    );
    let tree = DomTree::new(doc);
    let root = tree.root();
    assert_eq!(tree.element_name(&root).as_deref(), Some("html"));
    let body = tree.children(&root).into_iter().find(|n| tree.element_name(n).as_deref() == Some("body")).expect("body");
    let elements: Vec<Node> = tree.children(&body).into_iter().filter(|n| tree.element_name(n).is_some()).collect();
    let names: Vec<String> = elements.iter().filter_map(|n| tree.element_name(n)).collect();
    assert_eq!(names, ["style", "p", "div", "div", "div", "div"]);

    let p = &elements[1];
    assert_eq!(tree.attribute(p, "class").as_deref(), Some("intro x"));
    assert_eq!(tree.attribute(p, "id").as_deref(), Some("lead"));
    assert_eq!(tree.attribute(p, "role"), None);
    assert_eq!(tree.text(p), None, "an element has no text of its own");
    let parts: Vec<Option<String>> = tree.children(p).iter().map(|n| tree.text(n)).collect();
    assert_eq!(parts, [Some("Hello ".to_string()), None, Some(" world".to_string())]);
    assert_eq!(tree.element_name(&tree.children(p)[1]).as_deref(), Some("em"));
    assert_eq!(tree.element_name(&tree.children(p)[0]), None, "a text node has no name");

    let hidden: Vec<bool> = elements[2..].iter().map(|n| tree.is_hidden(n)).collect();
    assert_eq!(hidden, [true, true, true, false]);
    assert!(!tree.is_hidden(p));
}

/// The text nodes under `node` in document order, as one block's pieces: the shape
/// extraction hands over, built by hand so that locating is tested on its own.
fn block_of(tree: &DomTree, node: &Node) -> ArticleBlock<Node> {
    fn walk(tree: &DomTree, node: &Node, block: &mut ArticleBlock<Node>) {
        if let Some(data) = tree.text(node) {
            block.pieces.push(Piece { node: node.clone(), start: block.text.len(), len: data.len(), node_offset: 0 });
            block.text.push_str(&data);
        }
        for child in tree.children(node) {
            walk(tree, &child, block);
        }
    }
    let mut block = ArticleBlock { kind: BlockKind::Paragraph, text: String::new(), pieces: Vec::new() };
    walk(tree, node, &mut block);
    block
}

#[wasm_bindgen_test]
fn marks_cover_findings_across_inline_elements() {
    let doc = page(
        "<p>Mayor Ana Ruiz \u{1F3DB} said Wednesday that the city \u{201c}will <a href=\"#\">never tolerate</a> raids on our families.\u{201d}</p>\
         <p>Last month, President Trump \u{1F4E2} announced he had delayed an operation aimed at deporting \
         <a href=\"#\">thousands of <em>immigrants</em></a> illegally residing in the United States.</p>",
    );
    let tree = DomTree::new(doc.clone());
    let body = doc.body().expect("a body");
    let paragraphs: Vec<Node> = tree.children(&body.into()).into_iter().filter(|n| tree.element_name(n).is_some()).collect();
    let article = Article { title: None, byline: None, dateline: None, blocks: paragraphs.iter().map(|p| block_of(&tree, p)).collect(), site: None };

    let js = wasm::dom_page_result(&article, wasm::PageOptions::default()).map_err(JsValue::from).expect("to JS");
    let report = get(&js, "report");
    let findings = array(&get(&report, "findings"));
    let marks = array(&get(&js, "marks"));
    assert!(!marks.is_empty(), "the claims get badges");
    let mut across = 0;
    for mark in &marks {
        let id = get_str(mark, "id");
        let finding = findings.iter().find(|f| get_str(f, "id") == id).expect("the mark's finding");
        let ranges = array(&get(mark, "ranges"));
        let mut covered = String::new();
        for r in &ranges {
            let node = get(r, "node");
            assert_eq!(get(&node, "nodeType").as_f64(), Some(3.0), "a Text node (of the iframe's realm)");
            let data: JsString = get(&node, "data").unchecked_into();
            let (start, end) = (get_index(r, "start"), get_index(r, "end"));
            assert!(start < end && end <= data.length());
            covered.push_str(&String::from(data.slice(start, end)));
        }
        assert_eq!(covered, get_str(finding, "text"), "mark {id}");
        if ranges.len() > 1 {
            across += 1;
        }
    }
    assert!(across > 0, "a finding that runs across <a> has one range per text node");
}

/// A page with furniture around the article, a quote that runs across a link and a
/// claim that runs across a link and an emphasis.
const NEWS_PAGE: &str = "<header><nav><a href=\"/\">Home</a> <a href=\"/live\">Watch LIVE</a></nav></header>\
<main><article>\
<h1>City bars immigration agents from police databases</h1>\
<p>Mayor Ana Ruiz \u{1F3DB} said Wednesday that the city \u{201c}will <a href=\"#a\">never tolerate</a> raids on our families,\u{201d} and that the ban is permanent.</p>\
<p>Last month, President Trump announced he had delayed an operation aimed at deporting \
<a href=\"#b\">thousands of <em>immigrants</em></a> illegally residing in the United States.</p>\
<p>According to the Chicago Tribune, the raids would have been conducted in at least 10 major cities, including Miami and Los Angeles.</p>\
<p style=\"display:none\">Hidden text that no reader sees and no badge may point at.</p>\
</article><aside><h4>Most recent</h4><ul><li><a href=\"/x\">Basketball legend says he wants to try skydiving</a></li></ul></aside></main>\
<footer><a href=\"/articles\">All Articles</a></footer>";

/// Checks that every mark's ranges, read out of `node_text`, spell its finding's text;
/// returns how many marks run across more than one text node.
fn check_marks(result: &JsValue, node_text: impl Fn(&JsValue) -> JsString) -> usize {
    let findings = array(&get(&get(result, "report"), "findings"));
    let marks = array(&get(result, "marks"));
    assert!(!marks.is_empty(), "the page's findings get badges");
    let mut across = 0;
    for mark in &marks {
        let id = get_str(mark, "id");
        let finding = findings.iter().find(|f| get_str(f, "id") == id).expect("the mark's finding");
        let ranges = array(&get(mark, "ranges"));
        assert!(!ranges.is_empty(), "mark {id} has ranges");
        let mut covered = String::new();
        for r in &ranges {
            let data = node_text(&get(r, "node"));
            let (start, end) = (get_index(r, "start"), get_index(r, "end"));
            assert!(start < end && end <= data.length(), "mark {id}: {start}..{end}");
            covered.push_str(&String::from(data.slice(start, end)));
        }
        assert_eq!(covered, get_str(finding, "text"), "mark {id}");
        across += usize::from(ranges.len() > 1);
    }
    across
}

#[wasm_bindgen_test]
fn analyze_document_extracts_the_article_and_marks_its_text_nodes() {
    let doc = page(NEWS_PAGE);
    let result = wasm::analyze_document(&doc, None).map_err(JsValue::from).expect("a page result");
    assert!(is_plain_object(&result));
    let report = get(&result, "report");
    let text = get_str(&report, "text");
    assert!(text.contains("never tolerate raids"), "the article is read: {text:?}");
    assert!(!text.contains("Watch LIVE") && !text.contains("skydiving"), "the furniture is not: {text:?}");
    assert!(!text.contains("Hidden text"), "nor is hidden text");
    let across = check_marks(&result, |node| {
        assert_eq!(get(node, "nodeType").as_f64(), Some(3.0), "a Text node");
        get(node, "data").unchecked_into()
    });
    assert!(across > 0, "a finding across <a> has one range per text node");
    // The quote runs across the link: its badge covers the three text nodes it touches.
    let quote = array(&get(&report, "findings"))
        .into_iter()
        .find(|f| get_str(f, "kind") == "quote" && get_str(f, "text").contains("never tolerate"))
        .expect("the quote across <a> is found");
    let id = get_str(&quote, "id");
    let mark = array(&get(&result, "marks")).into_iter().find(|m| get_str(m, "id") == id).expect("every quote gets a badge");
    let nodes: Vec<String> = array(&get(&mark, "ranges")).iter().map(|r| get_str(&get(r, "node"), "data")).collect();
    assert_eq!(
        nodes,
        [
            "Mayor Ana Ruiz \u{1F3DB} said Wednesday that the city \u{201c}will ",
            "never tolerate",
            " raids on our families,\u{201d} and that the ban is permanent."
        ]
    );
    // The report is the one the CLI gives for the same extracted article.
    let tree = DomTree::new(doc);
    let native = serde_json::to_string(&spotcheck::analyze_document(&spotcheck::page::extract(&tree).document())).expect("JSON");
    assert_eq!(String::from(JSON::stringify(&report).expect("stringify")), native);
}

#[wasm_bindgen_test]
fn analyze_document_reads_a_parsed_document_without_a_window() {
    // A DOMParser document has no browsing context, so no computed style: the reader
    // must still work, going by markup alone.
    let parser = web_sys::DomParser::new().expect("a DOMParser");
    let doc = parser
        .parse_from_string(&format!("<!doctype html><html><head><title>T</title></head><body>{NEWS_PAGE}</body></html>"), web_sys::SupportedType::TextHtml)
        .expect("a parsed document");
    assert!(doc.default_view().is_none());
    let result = wasm::analyze_document(&doc, None).map_err(JsValue::from).expect("a page result");
    assert!(get_str(&get(&result, "report"), "text").contains("never tolerate raids"));
    check_marks(&result, |node| get(node, "data").unchecked_into());
}

#[wasm_bindgen_test]
fn analyze_snapshot_matches_analyze_document_on_the_same_page() {
    let doc = page(NEWS_PAGE);
    let live = wasm::analyze_document(&doc, None).map_err(JsValue::from).expect("a page result");
    let json = Snapshot::of(&DomTree::new(doc)).to_json();
    // The text of each snapshot text id, as the content script would resolve it.
    let mut texts = std::collections::HashMap::new();
    fn collect(value: &serde_json::Value, texts: &mut std::collections::HashMap<u64, String>) {
        if let (Some(text), Some(id)) = (value.get("text").and_then(|t| t.as_str()), value.get("id").and_then(|i| i.as_u64())) {
            texts.insert(id, text.to_string());
        }
        for child in value.get("children").and_then(|c| c.as_array()).into_iter().flatten() {
            collect(child, texts);
        }
    }
    collect(&serde_json::from_str(&json).expect("snapshot JSON"), &mut texts);

    let as_object = JSON::parse(&json).expect("JSON.parse");
    for input in [JsValue::from_str(&json), as_object] {
        let result = wasm::analyze_snapshot(input, None).map_err(JsValue::from).expect("a page result");
        let stringify = |v: &JsValue| String::from(JSON::stringify(v).expect("stringify"));
        assert_eq!(stringify(&get(&result, "report")), stringify(&get(&live, "report")));
        let across = check_marks(&result, |node| {
            let id = node.as_f64().expect("a text id") as u64;
            JsString::from(texts.get(&id).expect("a known text id").as_str())
        });
        assert!(across > 0);
        let ids = |r: &JsValue| array(&get(r, "marks")).iter().map(|m| get_str(m, "id")).collect::<Vec<_>>();
        assert_eq!(ids(&result), ids(&live));
    }
}

#[wasm_bindgen_test]
fn the_engine_option_builds_the_hints_for_that_search_engine() {
    let json = Snapshot::of(&DomTree::new(page(NEWS_PAGE))).to_json();
    let urls = |options: Option<Object>| {
        let result = wasm::analyze_snapshot(JsValue::from_str(&json), options).map_err(JsValue::from).expect("a page result");
        let findings = array(&get(&get(&result, "report"), "findings"));
        findings.iter().flat_map(|f| array(&get(f, "hints"))).filter_map(|h| get(&h, "url").as_string()).collect::<Vec<_>>()
    };
    let with = |engine: &str| {
        let o = Object::new();
        Reflect::set(&o, &"engine".into(), &engine.into()).expect("set");
        Some(o)
    };
    let plain = urls(None);
    assert!(plain.iter().any(|u| u.starts_with("https://duckduckgo.com/?q=")));
    assert_eq!(urls(Some(Object::new())), plain, "no engine: the default");
    let bing = urls(with("bing"));
    assert_eq!(bing.len(), plain.len());
    assert!(!bing.iter().any(|u| u.contains("duckduckgo.com")), "{bing:?}");
    assert!(bing.iter().any(|u| u.starts_with("https://www.bing.com/search?q=")));
    let e = wasm::analyze_snapshot(JsValue::from_str(&json), with("altavista")).err().map(JsValue::from).expect("an unknown engine is an error");
    assert!(get_str(&e, "message").starts_with("spotcheck:"));
}

#[wasm_bindgen_test]
fn analyze_snapshot_rejects_what_is_not_a_snapshot_with_an_error() {
    let cyclic = Object::new();
    Reflect::set(&cyclic, &"self".into(), &cyclic).expect("set");
    let bad: Vec<JsValue> = vec![
        JsValue::UNDEFINED,
        JsValue::NULL,
        42.into(),
        "not json".into(),
        "{\"tag\": 5}".into(),
        JSON::parse("{\"tag\": \"p\", \"children\": [{\"text\": 1, \"id\": \"x\"}]}").expect("JSON"),
        cyclic.into(),
    ];
    for input in bad {
        let shown = format!("{input:?}");
        match wasm::analyze_snapshot(input, None) {
            Ok(v) => panic!("{shown} gave {v:?}, not an error"),
            Err(e) => {
                let e = JsValue::from(e);
                assert!(e.is_instance_of::<js_sys::Error>(), "{shown}: a JS Error");
                assert!(get_str(&e, "message").starts_with("spotcheck:"), "{shown}");
            }
        }
    }
    // The module is still alive after all that: no trap happened.
    assert_eq!(wasm::version(), env!("CARGO_PKG_VERSION"));
}
