//! Helpers shared by the page-extraction test files (each test file includes this module).

/// Every text node's data outside script-like elements, joined by spaces: the visible text
/// of an HTML page or fragment, as the extraction benchmarks' scorers read a gold body.
pub fn visible_text(markup: &str) -> String {
    let html = scraper::Html::parse_document(markup);
    let mut parts = Vec::new();
    for node in html.tree.root().descendants() {
        let scraper::Node::Text(text) = node.value() else { continue };
        let skipped = node.ancestors().any(|a| a.value().as_element().is_some_and(|e| matches!(e.name(), "script" | "style" | "noscript" | "template")));
        if !skipped {
            parts.push(text.to_string());
        }
    }
    parts.join(" ")
}
