//! Page reading: the article body taken out of a web page's furniture.
//!
//! The algorithm is written once, over the small [`Tree`] interface, and every page
//! source implements that interface: parsed HTML for the CLI ([`html`], native only), the
//! live DOM in the content script (`crate::wasm::dom`), and a DOM snapshot for the
//! service-worker fallback ([`snapshot`]). So the browser reads exactly what the CLI
//! measures.

pub mod extract;
#[cfg(not(target_arch = "wasm32"))]
pub mod html;
pub mod snapshot;

use crate::text::{BlockKind, Document, Span, BLOCK_SEPARATOR};

pub use extract::extract;

/// The view of a document tree that extraction needs. Node handles are cheap to clone.
pub trait Tree {
    type Node: Clone;
    /// The document element (`<html>`).
    fn root(&self) -> Self::Node;
    fn children(&self, node: &Self::Node) -> Vec<Self::Node>;
    /// The lower-case tag name of an element; `None` for any other node.
    fn element_name(&self, node: &Self::Node) -> Option<String>;
    fn attribute(&self, node: &Self::Node, name: &str) -> Option<String>;
    /// The data of a text node; `None` for any other node.
    fn text(&self, node: &Self::Node) -> Option<String>;
    /// Whether the element is rendered hidden, where the tree can know more than its
    /// attributes say (the live DOM's computed style). Attributes are checked anyway.
    fn is_hidden(&self, _node: &Self::Node) -> bool {
        false
    }
}

/// The article as extracted: its title and body blocks, each block remembering the
/// text nodes its text came from so that findings can be drawn back onto the page.
#[derive(Clone, Debug)]
pub struct Article<N> {
    pub title: Option<String>,
    pub byline: Option<String>,
    /// When the article was published or updated, as the page says it.
    pub dateline: Option<String>,
    /// Never empty-text blocks: [`Article::document`] relies on it.
    pub blocks: Vec<ArticleBlock<N>>,
    /// The host of the page's canonical address, when it gives one.
    pub site: Option<String>,
}

#[derive(Clone, Debug)]
pub struct ArticleBlock<N> {
    pub kind: BlockKind,
    pub text: String,
    /// Runs of `text` copied verbatim from one text node each, in order.
    pub pieces: Vec<Piece<N>>,
}

/// `text[start..start + len]` of a block is the node's data from UTF-16 offset `node_offset` on,
/// character for character, except that any white-space character of the node shows as a
/// plain space (both are one UTF-16 unit, so offsets stay exact).
#[derive(Clone, Debug)]
pub struct Piece<N> {
    pub node: N,
    pub start: usize,
    pub len: usize,
    pub node_offset: usize,
}

/// A stretch of one text node, in UTF-16 offsets of its data (what a DOM `Range` takes).
#[derive(Clone, Debug, PartialEq)]
pub struct NodeRange<N> {
    pub node: N,
    pub start: usize,
    pub end: usize,
}

impl<N: Clone> Article<N> {
    /// The document the detectors read: the blocks joined by a blank line.
    pub fn document(&self) -> Document {
        let blocks: Vec<(BlockKind, &str)> = self.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
        let mut doc = Document::from_blocks(self.title.clone(), &blocks);
        doc.site = self.site.clone();
        doc
    }

    /// The text-node stretches that a byte span of [`Article::document`]'s text covers.
    pub fn locate(&self, span: Span) -> Vec<NodeRange<N>> {
        let mut out = Vec::new();
        let mut block_start = 0;
        for block in &self.blocks {
            // Skipped by `Document::from_blocks` too: the offsets must agree.
            if block.text.trim().is_empty() {
                continue;
            }
            let block_span = Span::new(block_start, block_start + block.text.len());
            block_start = block_span.end + BLOCK_SEPARATOR.len();
            if !block_span.overlaps(span) {
                continue;
            }
            for piece in &block.pieces {
                let p = Span::new(block_span.start + piece.start, block_span.start + piece.start + piece.len);
                if !p.overlaps(span) {
                    continue;
                }
                let from = span.start.max(p.start);
                let to = span.end.min(p.end);
                let Some(piece_text) = block.text.get(piece.start..piece.start + piece.len) else { continue };
                // A span edge inside a character counts up to that character (no panic).
                let units = |bytes: usize| {
                    let mut b = bytes.min(piece_text.len());
                    while !piece_text.is_char_boundary(b) {
                        b -= 1;
                    }
                    piece_text[..b].encode_utf16().count()
                };
                out.push(NodeRange {
                    node: piece.node.clone(),
                    start: piece.node_offset + units(from - p.start),
                    end: piece.node_offset + units(to - p.start),
                });
            }
        }
        out
    }
}
