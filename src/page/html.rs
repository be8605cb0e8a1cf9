//! Parsed HTML, for the CLI and the evaluation harness: an HTML5 parser (`scraper`, with
//! html5ever underneath, which repairs malformed markup the way browsers do) behind the
//! [`Tree`] interface. The reading itself lives in [`mod@super::extract`].

use super::{extract, Tree};
use crate::text::Document;
use scraper::{Html, Node};

pub use ego_tree::NodeId;

/// A parsed page.
pub struct HtmlTree {
    html: Html,
}

/// Parses a page; never fails, as browsers never do.
pub fn parse(html: &str) -> HtmlTree {
    HtmlTree { html: Html::parse_document(html) }
}

/// The article of a page as the detectors read it.
pub fn read(html: &str) -> Document {
    extract(&parse(html)).document()
}

impl HtmlTree {
    fn node(&self, id: NodeId) -> Option<&Node> {
        self.html.tree.get(id).map(|n| n.value())
    }
}

impl Tree for HtmlTree {
    type Node = NodeId;

    fn root(&self) -> NodeId {
        self.html.root_element().id()
    }

    fn children(&self, node: &NodeId) -> Vec<NodeId> {
        match self.html.tree.get(*node) {
            Some(n) => n.children().map(|c| c.id()).collect(),
            None => Vec::new(),
        }
    }

    fn element_name(&self, node: &NodeId) -> Option<String> {
        match self.node(*node)? {
            Node::Element(e) => Some(e.name().to_ascii_lowercase()),
            _ => None,
        }
    }

    fn attribute(&self, node: &NodeId, name: &str) -> Option<String> {
        match self.node(*node)? {
            Node::Element(e) => e.attr(name).map(str::to_string),
            _ => None,
        }
    }

    fn text(&self, node: &NodeId) -> Option<String> {
        match self.node(*node)? {
            Node::Text(t) => Some(t.to_string()),
            _ => None,
        }
    }
}
