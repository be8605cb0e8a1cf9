//! Findings drawn back onto the page: what `analyzeDocument` and `analyzeSnapshot` return.
//!
//! The article is cut to the page budget ([`crate::budget`]) and analyzed; every
//! finding's byte span is then mapped to text-node stretches in **one pass**. Every finding
//! is marked: which get a marker is the extension's choice (each finding's `priority`
//! against the reader's sensitivity and the page's density budget), so at sensitivity
//! "all" every finding of the report is reachable. Findings
//! come sorted by start, so each one's first block and piece are found by binary search
//! and UTF-16 offsets come from one index over the whole text: a page of 20,000 blocks
//! and thousands of findings costs what its size costs, not blocks × findings.

use crate::analyze;
use crate::budget::{self, Skipped};
use crate::hints::{self, Engine};
use crate::page::{Article, NodeRange};
use crate::report::Report;
use crate::text::{Document, Span, Utf16Index, BLOCK_SEPARATOR};
use serde::Serialize;

/// What the browser gets for a page.
#[derive(Serialize)]
pub struct PageResult<N> {
    /// The report, as the CLI's for the same (budget-cut) article.
    pub report: Report,
    /// One entry per finding, in report order (a finding without a text node to draw on,
    /// which should not happen, has no ranges).
    pub marks: Vec<Mark<N>>,
    /// The first and the last text node the article was read from (before the budget
    /// cut), in document order: the content script watches the part of the page between
    /// them. `None` when no article was found.
    pub article: Option<[N; 2]>,
    /// What the page budget left out.
    pub skipped: Skipped,
}

/// The text-node stretches of one finding.
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

/// What the reader's settings change in a page's result.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PageOptions {
    /// The web search engine the hints' searches open.
    pub engine: Engine,
}

/// Analyzes an extracted article within the page budget and maps its findings back onto
/// the nodes its text came from. `node_out` turns a tree node into what JavaScript gets
/// for it (the node itself, or a snapshot id); a node it gives nothing for is left out of
/// the ranges.
pub fn page_result<N: Clone, J>(article: &Article<N>, node_out: impl Fn(&N) -> Option<J>) -> PageResult<J> {
    page_result_with(article, node_out, PageOptions::default())
}

/// [`page_result`] with the reader's settings (the search engine of the hints).
pub fn page_result_with<N: Clone, J>(article: &Article<N>, node_out: impl Fn(&N) -> Option<J>, options: PageOptions) -> PageResult<J> {
    let extent = article_extent(article).and_then(|[a, b]| Some([node_out(&a)?, node_out(&b)?]));
    // Cut a copy: the caller's article stays whole (copying is linear; analysis is not).
    let mut article = article.clone();
    let skipped = budget::limit(&mut article);
    let doc = article.document();
    let (mut report, spans) = analyze::analyze_with_spans(&doc);
    let marks = mark_all(&article, &doc, &mut report, &spans, node_out, options);
    PageResult { report, marks, article: extent, skipped }
}

/// Every finding of `report` (byte spans `spans` in `doc`, the document of `article`)
/// mapped onto the article's nodes, with its hints built for the reader's search engine.
/// Every finding is marked: the overlay's priority budget decides what the reader sees.
pub fn mark_all<N: Clone, J>(
    article: &Article<N>,
    doc: &Document,
    report: &mut Report,
    spans: &[Span],
    node_out: impl Fn(&N) -> Option<J>,
    options: PageOptions,
) -> Vec<Mark<J>> {
    if options.engine != Engine::default() {
        hints::for_engine(&mut report.findings, spans, doc, options.engine);
    }
    let located = locate_all(article, &doc.text, spans.iter().copied());
    report
        .findings
        .iter()
        .zip(located)
        .map(|(finding, ranges)| Mark {
            id: finding.id.clone(),
            ranges: ranges.into_iter().filter_map(|r| Some(MarkRange { node: node_out(&r.node)?, start: r.start, end: r.end })).collect(),
        })
        .collect()
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
        Article { title: None, byline: None, dateline: None, blocks, site: None }
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

    /// An article of one block per sentence, each word its own node.
    fn sentences(text: &[&str]) -> Article<u32> {
        let blocks: Vec<Vec<&str>> = text.iter().map(|t| t.split(' ').collect()).collect();
        let refs: Vec<&[&str]> = blocks.iter().map(|b| b.as_slice()).collect();
        article(&refs)
    }

    const NEWS: &[&str] = &[
        "\u{201c}We have spent $4 million on this program since 2019,\u{201d} said Jane Okafor, the mayor.",
        "In 2019, the second of three phases began on page 4.",
        "About 40% of residents ride a bus at least once a week, according to a survey by the planning office.",
        "Unemployment fell to 3.5% last year, the lowest rate in five decades, the labour office said.",
    ];

    #[test]
    fn every_finding_is_marked_not_only_the_badged() {
        let result = page_result(&sentences(NEWS), |n| Some(*n));
        let ids: Vec<&str> = result.report.findings.iter().map(|f| f.id.as_str()).collect();
        let marked: Vec<&str> = result.marks.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(marked, ids, "one mark per finding, in report order");
        assert!(result.report.findings.iter().any(|f| !analyze::badged(f)), "the text has findings under the old badge thresholds");
        assert!(result.marks.iter().all(|m| !m.ranges.is_empty()));
    }

    #[test]
    fn the_engine_option_sends_every_web_search_to_that_engine_and_changes_nothing_else() {
        let a = sentences(NEWS);
        let plain = page_result(&a, |n| Some(*n));
        for engine in Engine::ALL {
            let other = page_result_with(&a, |n| Some(*n), PageOptions { engine });
            assert_eq!(other.report.findings.len(), plain.report.findings.len());
            let mut searches = 0;
            for (f, g) in plain.report.findings.iter().zip(&other.report.findings) {
                assert_eq!((f.id.as_str(), f.start, f.end, f.priority), (g.id.as_str(), g.start, g.end, g.priority));
                // The same rows, a web search's naming the engine it searches.
                let kinds = |h: &[crate::report::Hint]| h.iter().map(|h| h.kind.clone()).collect::<Vec<_>>();
                assert_eq!(kinds(&f.hints), kinds(&g.hints), "{engine:?}: the same rows");
                for (h, k) in f.hints.iter().zip(&g.hints) {
                    let named = h.label.replace(Engine::default().name(), engine.name());
                    assert!(k.label == h.label || k.label == named, "{engine:?}: {:?} for {:?}", k.label, h.label);
                }
                for (h, k) in f.hints.iter().zip(&g.hints) {
                    let (Some(u), Some(v)) = (&h.url, &k.url) else { continue };
                    if let Some(query) = u.strip_prefix("https://duckduckgo.com/?q=") {
                        searches += 1;
                        assert_eq!(v, &engine.search_url(&decode(query)), "{engine:?}: the same query");
                    } else {
                        assert_eq!(u, v, "a link that is no web search (an encyclopedia, an agency) stays");
                    }
                }
            }
            assert!(searches > 3, "{engine:?}: {searches} web searches");
        }
    }

    /// The query of a search URL, decoded (the inverse of `hints::encode_query`).
    fn decode(query: &str) -> String {
        let bytes = query.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'+' => out.push(b' '),
                b'%' => {
                    out.push(u8::from_str_radix(&query[i + 1..i + 3], 16).unwrap());
                    i += 2;
                }
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8(out).unwrap()
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
