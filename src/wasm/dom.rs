//! The live DOM as a [`Tree`]: what the content script's page looks like to extraction.
//!
//! Every call crosses into JavaScript, so the adapter asks the DOM only what the
//! [`Tree`] interface needs, and walks children by sibling links rather than building a
//! `NodeList` per element.

use crate::page::Tree;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node, Window};

/// A `Document` read through web-sys. Computed style comes from the document's own window,
/// so a document in an iframe is judged by its own style sheets.
pub struct DomTree {
    document: Document,
    /// `None` for a document without a browsing context (one made by `DOMParser`, say):
    /// nothing is rendered there, so only attributes can say what is hidden.
    window: Option<Window>,
}

impl DomTree {
    pub fn new(document: Document) -> DomTree {
        let window = document.default_view();
        DomTree { document, window }
    }
}

/// The node as an element, when it is one. Decided by `nodeType`, not `instanceof`: a
/// node from another realm (an iframe's document) is no instance of this realm's
/// `Element`, yet it is an element all the same.
fn as_element(node: &Node) -> Option<&Element> {
    (node.node_type() == Node::ELEMENT_NODE).then(|| node.unchecked_ref::<Element>())
}

impl Tree for DomTree {
    type Node = Node;

    fn root(&self) -> Node {
        match self.document.document_element() {
            Some(html) => html.into(),
            // An empty document: the document node itself, which then has no children.
            None => self.document.clone().into(),
        }
    }

    fn children(&self, node: &Node) -> Vec<Node> {
        let mut out = Vec::new();
        let mut child = node.first_child();
        while let Some(c) = child {
            child = c.next_sibling();
            out.push(c);
        }
        out
    }

    fn element_name(&self, node: &Node) -> Option<String> {
        // localName keeps the source's case for elements outside the HTML namespace (SVG's
        // `foreignObject`); the interface promises lower case.
        as_element(node).map(|e| e.local_name().to_ascii_lowercase())
    }

    fn attribute(&self, node: &Node, name: &str) -> Option<String> {
        as_element(node)?.get_attribute(name)
    }

    fn text(&self, node: &Node) -> Option<String> {
        if node.node_type() == Node::TEXT_NODE {
            node.node_value()
        } else {
            None
        }
    }

    /// The computed style's `display: none` or `visibility: hidden`. Extraction believes
    /// it as the snapshot's `hidden` flag is believed (`page::extract`): never on `<html>`,
    /// `<body>` or what `<head>` holds, which the user-agent style sheet hides but whose
    /// metadata names the article, and not under a hidden frame (an anti-flicker style,
    /// whose `visibility` every element inherits). So the live page reads as its HTML does.
    fn is_hidden(&self, node: &Node) -> bool {
        let (Some(window), Some(element)) = (&self.window, as_element(node)) else {
            return false;
        };
        // Never rendered, always read: no style to ask for (and no cost for asking).
        if matches!(element.local_name().as_str(), "head" | "title" | "meta" | "link") {
            return false;
        }
        match window.get_computed_style(element) {
            Ok(Some(style)) => {
                let is = |property: &str, value: &str| style.get_property_value(property).is_ok_and(|v| v == value);
                is("display", "none") || is("visibility", "hidden")
            }
            _ => false,
        }
    }
}
