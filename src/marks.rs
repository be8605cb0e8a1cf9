//! Findings drawn back onto the page: what `analyzeDocument` and `analyzeSnapshot` return.
//!
//! The article is cut to the page budget ([`crate::budget`]) and analyzed; every badged
//! finding's byte span is then mapped to text-node stretches in **one pass**. Findings
//! come sorted by start, so each one's first block and piece are found by binary search
//! and UTF-16 offsets come from one index over the whole text: a page of 20,000 blocks
//! and thousands of findings costs what its size costs, not blocks × findings.

use crate::analyze;
use crate::budget::{self, Skipped};
use crate::page::{Article, NodeRange};
use crate::report::Report;
use crate::text::{Span, Utf16Index, BLOCK_SEPARATOR};
use serde::Serialize;

/// What the browser gets for a page.
#[derive(Serialize)]
pub struct PageResult<N> {
    /// The report, as the CLI's for the same (budget-cut) article.
    pub report: Report,
    /// One entry per finding that gets a badge, in report order.
    pub marks: Vec<Mark<N>>,
    /// The first and the last text node the article was read from (before the budget
    /// cut), in document order: the content script watches the part of the page between
    /// them. `None` when no article was found.
    pub article: Option<[N; 2]>,
    /// What the page budget left out.
    pub skipped: Skipped,
}

/// The text-node stretches of one badged finding.
#[derive(Serialize)]
pub struct Mark<N> {
    /// The finding's id in `report.findings`.
    pub id: String,
    /// Its stretches, in text order.
    pub ranges: Vec<MarkRange<N>>,
}

/// `node`'s data from UTF-16 offset `start` to `end`: the arguments of a DOM `Range`.
#[derive(Serialize)]
pub struct MarkRange<N> {
    /// The text node (or its snapshot id).
    pub node: N,
    /// UTF-16 offset of the first unit.
    pub start: usize,
    /// UTF-16 offset after the last unit.
    pub end: usize,
}

/// Analyzes an extracted article within the page budget and maps its badged findings
/// back onto the nodes its text came from. `node_out` turns a tree node into what
/// JavaScript gets for it (the node itself, or a snapshot id); a node it gives nothing
/// for is left out of the ranges.
pub fn page_result<N: Clone, J>(article: &Article<N>, node_out: impl Fn(&N) -> Option<J>) -> PageResult<J> {
    let extent = article_extent(article).and_then(|[a, b]| Some([node_out(&a)?, node_out(&b)?]));
    // Cut a copy: the caller's article stays whole (copying is linear; analysis is not).
    let mut article = article.clone();
    let skipped = budget::limit(&mut article);
    let doc = article.document();
    let (report, spans) = analyze::analyze_with_spans(&doc);
    let badged: Vec<(usize, Span)> =
        report.findings.iter().zip(&spans).enumerate().filter(|(_, (f, _))| analyze::badged(f)).map(|(i, (_, s))| (i, *s)).collect();
    let located = locate_all(&article, &doc.text, badged.iter().map(|(_, s)| *s));
    let marks = badged
        .iter()
        .zip(located)
        .map(|((i, _), ranges)| Mark {
            id: report.findings[*i].id.clone(),
            ranges: ranges.into_iter().filter_map(|r| Some(MarkRange { node: node_out(&r.node)?, start: r.start, end: r.end })).collect(),
        })
        .collect();
    PageResult { report, marks, article: extent, skipped }
}

/// The first piece's node of the first block and the last piece's node of the last.
fn article_extent<N: Clone>(article: &Article<N>) -> Option<[N; 2]> {
    let first = article.blocks.iter().find_map(|b| b.pieces.first())?;
    let last = article.blocks.iter().rev().find_map(|b| b.pieces.last())?;
    Some([first.node.clone(), last.node.clone()])
}

/// For each byte span of `text` (the article's document text), the text-node stretches
/// it covers: what [`Article::locate`] gives for one span, for all of them in one pass.
pub fn locate_all<N: Clone>(article: &Article<N>, text: &str, spans: impl IntoIterator<Item = Span>) -> Vec<Vec<NodeRange<N>>> {
    // Where each non-blank block sits in `text` (blank ones are skipped when it is built).
    let mut blocks = Vec::new();
    let mut at = 0;
    for block in article.blocks.iter().filter(|b| !b.text.trim().is_empty()) {
        blocks.push((Span::new(at, at + block.text.len()), block));
        at += block.text.len() + BLOCK_SEPARATOR.len();
    }
    let index = Utf16Index::new(text);
    // A span edge inside a character counts up to that character (no panic).
    let floor = |mut b: usize| {
        b = b.min(text.len());
        while !text.is_char_boundary(b) {
            b -= 1;
        }
        index.utf16(b)
    };
    spans
        .into_iter()
        .map(|span| {
            let mut out = Vec::new();
            let first = blocks.partition_point(|(s, _)| s.end <= span.start);
            for (block_span, block) in blocks[first..].iter().take_while(|(s, _)| s.start < span.end) {
                let rel = span.start.saturating_sub(block_span.start);
                let from_piece = block.pieces.partition_point(|p| p.start + p.len <= rel);
                for piece in &block.pieces[from_piece..] {
                    let p = Span::new(block_span.start + piece.start, block_span.start + piece.start + piece.len);
                    if p.start >= span.end {
                        break;
                    }
                    if !p.overlaps(span) || p.end > block_span.end {
                        continue;
                    }
                    let base = floor(p.start);
                    out.push(NodeRange {
                        node: piece.node.clone(),
                        start: piece.node_offset + floor(span.start.max(p.start)) - base,
                        end: piece.node_offset + floor(span.end.min(p.end)) - base,
                    });
                }
            }
            out
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::{ArticleBlock, Piece};
    use crate::text::BlockKind;

    /// Blocks made of pieces of `words`: each piece its own node, separated by spaces
    /// that belong to no node, like inline elements with white space between them.
    fn article(blocks: &[&[&str]]) -> Article<u32> {
        let mut node = 0;
        let blocks = blocks
            .iter()
            .map(|words| {
                let mut text = String::new();
                let mut pieces = Vec::new();
                for word in *words {
                    if !text.is_empty() {
                        text.push(' ');
                    }
                    pieces.push(Piece { node, start: text.len(), len: word.len(), node_offset: 3 });
                    node += 1;
                    text.push_str(word);
                }
                ArticleBlock { kind: BlockKind::Paragraph, text, pieces }
            })
            .collect();
        Article { title: None, byline: None, dateline: None, blocks }
    }

    #[test]
    fn one_pass_agrees_with_locate_span_by_span() {
        let a = article(&[&["Caf\u{e9}", "\u{1F600}x", "said"], &[], &["\u{201c}We", "spent", "$4"], &["end."]]);
        let doc = a.document();
        let mut spans = Vec::new();
        for start in 0..doc.text.len() {
            for end in start + 1..=doc.text.len() {
                if doc.text.is_char_boundary(start) && doc.text.is_char_boundary(end) {
                    spans.push(Span::new(start, end));
                }
            }
        }
        let all = locate_all(&a, &doc.text, spans.iter().copied());
        for (span, got) in spans.iter().zip(all) {
            assert_eq!(got, a.locate(*span), "span {span:?} = {:?}", &doc.text[span.start..span.end]);
        }
    }

    #[test]
    fn page_result_reports_the_article_extent_and_the_skipped_rest() {
        let text = "\u{201c}We spent $4 million on this program since 2019,\u{201d} said Jane Okafor, the mayor.";
        let blocks: Vec<Vec<&str>> = (0..budget::MAX_ARTICLE_BYTES / text.len() + 5).map(|_| text.split(' ').collect()).collect();
        let refs: Vec<&[&str]> = blocks.iter().map(|b| b.as_slice()).collect();
        let a = article(&refs);
        let last = a.blocks.last().unwrap().pieces.last().unwrap().node;
        let result = page_result(&a, |n| Some(*n));
        assert_eq!(result.article, Some([0, last]));
        assert!(result.skipped.blocks >= 5, "{:?}", result.skipped);
        assert!(result.report.text.len() <= budget::MAX_ARTICLE_BYTES);
        let quotes = result.marks.iter().filter(|m| m.id.starts_with('q')).count();
        assert!(quotes > 1000, "every kept paragraph's quote is marked: {quotes}");
        for mark in &result.marks {
            assert!(!mark.ranges.is_empty());
            assert!(mark.ranges.iter().all(|r| r.start >= 3 && r.start < r.end));
        }
    }
}
