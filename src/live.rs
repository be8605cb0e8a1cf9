//! Pages that change: only the blocks that changed are analyzed again.
//!
//! A live blog adds an entry every few seconds; analyzing the whole page again each time
//! would cost the whole page each time, and redraw every marker. So the browser remembers
//! the **keys** of the blocks it last analyzed and asks for an analysis *since* them.
//!
//! **What a block is, and its identity.** The snapshot's nodes have no identity across two
//! readings (text ids are renumbered on every walk, and a prepended entry shifts them all),
//! so a block is known by what it says: its key is a hash of its kind and text. The new
//! article's keys are matched to the old ones in order (common head and tail, then a greedy
//! in-order match of the middle): a matched block is *unchanged*, any other is *changed*.
//!
//! **Context.** Findings are not local to a block: a quote's speaker is often named in the
//! paragraph before it, a pronoun points back, and a finding's priority reads the article's
//! lede. So a changed run of blocks is analyzed together with the block before it (context
//! only: its findings are not taken) and the article's first two blocks (the lede, context
//! only), and the unchanged block *after* a run is analyzed again too (its attribution may
//! read the changed block). Every other unchanged block keeps the findings it had: the
//! browser still holds them, shifted by how far its block moved. When most of the article
//! changed (or the title did), the whole article is analyzed, as on the first reading, so an
//! article that is rewritten reads exactly as the CLI reads it.
//!
//! The cost of a reading is then linear in the page for extraction (cheap next to the
//! detectors) and in the changed blocks plus a few of context for analysis, however long the
//! live blog grows.

use crate::analyze;
use crate::budget::{self, Skipped};
use crate::marks::{mark_all, Mark, PageOptions};
use crate::page::Article;
use crate::report::{Finding, Report};
use crate::text::{BlockKind, Document, Span, Utf16Index};
use rustc_hash::FxHashMap;
use serde::Serialize;

/// Above this share of changed blocks the whole article is analyzed instead.
const MOST_CHANGED: f64 = 0.5;

/// What the browser gets for a reading since earlier keys.
#[derive(Serialize)]
pub struct LiveResult<J> {
    /// The report: `text` is the whole new article; `findings` are those of the analyzed
    /// blocks only when `incremental`, else all of them.
    pub report: Report,
    /// One entry per badged finding of `report.findings`, as in [`crate::marks::PageResult`].
    pub marks: Vec<Mark<J>>,
    /// The first and last text node of the article (before the budget cut).
    pub article: Option<[J; 2]>,
    /// What the page budget left out.
    pub skipped: Skipped,
    /// Each block of the new article, in order.
    pub blocks: Vec<BlockInfo>,
    /// Whether only some blocks were analyzed (else every finding is in the report).
    pub incremental: bool,
    /// How many blocks the detectors read (context included).
    pub analyzed: usize,
}

/// One block of the article as the browser tracks it.
#[derive(Serialize, Debug, PartialEq)]
pub struct BlockInfo {
    /// Its identity across readings: a hash of its kind and text (hex).
    pub key: String,
    /// Where it starts in `report.text` (UTF-16).
    pub start: usize,
    /// Where it ends in `report.text` (UTF-16).
    pub end: usize,
    /// The index of the same block in the previous reading, when there was one.
    pub was: Option<usize>,
    /// Whether its findings from the previous reading stand (it was not analyzed again).
    pub kept: bool,
}

/// The key of a block: FNV-1a over its kind and text, as 16 hex digits (a JS number could
/// not hold 64 bits).
pub fn block_key(kind: BlockKind, text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in [kind as u8].iter().chain(text.as_bytes()) {
        h ^= u64::from(*byte);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// For each new key, the index of the same block among `old`: the common head and tail
/// first, then an in-order greedy match of what is between (what live pages do is
/// insert and remove runs of blocks, where this finds every unchanged block).
pub fn match_blocks(old: &[String], new: &[String]) -> Vec<Option<usize>> {
    let mut out = vec![None; new.len()];
    let head = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let room = old.len().min(new.len()) - head;
    let tail = old.iter().rev().zip(new.iter().rev()).take(room).take_while(|(a, b)| a == b).count();
    for (i, slot) in out.iter_mut().enumerate().take(head) {
        *slot = Some(i);
    }
    for k in 1..=tail {
        out[new.len() - k] = Some(old.len() - k);
    }
    let mut at: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, key) in old.iter().enumerate().take(old.len() - tail).skip(head).rev() {
        at.entry(key.as_str()).or_default().push(i);
    }
    let mut after = head;
    for (i, key) in new.iter().enumerate().take(new.len() - tail).skip(head) {
        let Some(list) = at.get_mut(key.as_str()) else { continue };
        // Indices were pushed in reverse, so the smallest is last; skip the ones behind us.
        while list.last().is_some_and(|&j| j < after) {
            list.pop();
        }
        if let Some(j) = list.pop() {
            out[i] = Some(j);
            after = j + 1;
        }
    }
    out
}

/// Which blocks the detectors must read again: the changed ones and the block right after
/// each changed run. `None` when the whole article should be analyzed.
fn dirty_blocks(doc: &Document, was: &[Option<usize>]) -> Option<Vec<bool>> {
    let changed = was.iter().filter(|w| w.is_none()).count();
    let title_changed = doc.blocks.iter().zip(was).any(|(b, w)| b.kind == BlockKind::Title && w.is_none());
    if was.is_empty() || title_changed || changed as f64 > MOST_CHANGED * was.len() as f64 {
        return None;
    }
    let mut dirty: Vec<bool> = was.iter().map(Option::is_none).collect();
    for i in 1..dirty.len() {
        if was[i - 1].is_none() && was[i].is_some() {
            dirty[i] = true;
        }
    }
    Some(dirty)
}

/// The article analyzed since the blocks `previous` (keys of the last reading): see the
/// module's documentation. With no previous keys, the whole article, as
/// [`crate::marks::page_result`] does. `node_out` turns a tree node into what JavaScript gets.
pub fn since<N: Clone, J>(article: &Article<N>, previous: &[String], node_out: impl Fn(&N) -> Option<J>, options: PageOptions) -> LiveResult<J> {
    let extent = extent(article).and_then(|[a, b]| Some([node_out(&a)?, node_out(&b)?]));
    let mut article = article.clone();
    let skipped = budget::limit(&mut article);
    let doc = article.document();
    let keys: Vec<String> = doc.blocks.iter().map(|b| block_key(b.kind, doc.slice(b.span))).collect();
    let was = match_blocks(previous, &keys);
    let dirty = dirty_blocks(&doc, &was);
    let (report, spans, analyzed) = match &dirty {
        None => {
            let (report, spans) = analyze::analyze_with_spans(&doc);
            (report, spans, doc.blocks.len())
        }
        Some(dirty) => analyze_some(&doc, dirty),
    };
    let mut report = report;
    let marks = mark_all(&article, &doc, &mut report, &spans, node_out, options);
    let index = Utf16Index::new(&doc.text);
    let blocks = doc
        .blocks
        .iter()
        .zip(keys)
        .enumerate()
        .map(|(i, (b, key))| BlockInfo {
            key,
            start: index.utf16(b.span.start),
            end: index.utf16(b.span.end),
            was: was[i],
            kept: dirty.as_ref().is_some_and(|d| !d[i]),
        })
        .collect();
    LiveResult { report, marks, article: extent, skipped, blocks, incremental: dirty.is_some(), analyzed }
}

/// The first piece's node of the first block and the last piece's node of the last.
fn extent<N: Clone>(article: &Article<N>) -> Option<[N; 2]> {
    let first = article.blocks.iter().find_map(|b| b.pieces.first())?;
    let last = article.blocks.iter().rev().find_map(|b| b.pieces.last())?;
    Some([first.node.clone(), last.node.clone()])
}

/// The dirty blocks analyzed in one document with their context (the lede and the block
/// before each run); the findings that lie inside a dirty run, with spans and offsets in
/// `doc`'s text. Returns the report (whole text, those findings), their byte spans and the
/// number of blocks read.
fn analyze_some(doc: &Document, dirty: &[bool]) -> (Report, Vec<Span>, usize) {
    let n = doc.blocks.len();
    // The lede, as context: every block up to the second prose block of the article.
    let mut lede_end = 0;
    let mut prose = 0;
    while lede_end < n && prose < crate::priority::LEDE_BLOCKS {
        prose += usize::from(crate::priority::is_lede_prose(doc.title.as_deref(), doc.slice(doc.blocks[lede_end].span)));
        lede_end += 1;
    }
    let mut read = vec![false; n];
    for (i, r) in read.iter_mut().enumerate() {
        *r = dirty[i] || i < lede_end || (i + 1 < n && dirty[i + 1]);
    }
    let chosen: Vec<usize> = (0..n).filter(|&i| read[i]).collect();
    let parts: Vec<(BlockKind, &str)> = chosen.iter().map(|&i| (doc.blocks[i].kind, doc.slice(doc.blocks[i].span))).collect();
    let window = Document::from_blocks(doc.title.clone(), &parts);
    let (mut found, spans) = analyze::analyze_with_spans(&window);
    let window_findings: Vec<(Finding, Span)> = std::mem::take(&mut found.findings).into_iter().zip(spans).collect();
    // Window block j is article block chosen[j]; a dirty run is contiguous in both, so one
    // shift maps a finding that stays inside its run.
    let index = Utf16Index::new(&doc.text);
    let mut counts = [0usize; 3];
    let mut report = Report { text: doc.text.clone(), findings: Vec::new(), ..found };
    let mut out_spans = Vec::new();
    for (finding, span) in window_findings {
        let Some(j) = window.blocks.iter().position(|b| b.span.start <= span.start && span.start <= b.span.end) else { continue };
        let i = chosen[j];
        if !dirty[i] {
            continue;
        }
        // The run this block belongs to, in window blocks: the finding must end inside it.
        let mut last = j;
        while last + 1 < chosen.len() && chosen[last + 1] == chosen[last] + 1 && dirty[chosen[last + 1]] {
            last += 1;
        }
        if span.end > window.blocks[last].span.end {
            continue;
        }
        let shift = doc.blocks[i].span.start as isize - window.blocks[j].span.start as isize;
        let moved = Span::new((span.start as isize + shift) as usize, (span.end as isize + shift) as usize);
        let slot = match finding.id.as_bytes().first() {
            Some(b'q') => 0,
            Some(b'f') => 1,
            _ => 2,
        };
        counts[slot] += 1;
        let prefix = ["q", "f", "c"][slot];
        report.findings.push(Finding { id: format!("{prefix}{}", counts[slot]), start: index.utf16(moved.start), end: index.utf16(moved.end), ..finding });
        out_spans.push(moved);
    }
    (report, out_spans, chosen.len())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::page::{extract, html};

    fn keys(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| block_key(BlockKind::Paragraph, w)).collect()
    }

    #[test]
    fn keys_tell_kind_and_text_apart() {
        assert_eq!(block_key(BlockKind::Paragraph, "a"), block_key(BlockKind::Paragraph, "a"));
        assert_ne!(block_key(BlockKind::Paragraph, "a"), block_key(BlockKind::ListItem, "a"));
        assert_ne!(block_key(BlockKind::Paragraph, "a"), block_key(BlockKind::Paragraph, "b"));
    }

    #[test]
    fn blocks_match_across_insertions_and_removals() {
        let old = keys(&["t", "a", "b", "c", "d"]);
        assert_eq!(match_blocks(&old, &keys(&["t", "x", "a", "b", "c", "d"])), [Some(0), None, Some(1), Some(2), Some(3), Some(4)]);
        assert_eq!(match_blocks(&old, &keys(&["t", "a", "b", "c", "d", "y", "z"])), [Some(0), Some(1), Some(2), Some(3), Some(4), None, None]);
        assert_eq!(match_blocks(&old, &keys(&["t", "a", "c", "x", "d"])), [Some(0), Some(1), Some(3), None, Some(4)]);
        assert_eq!(match_blocks(&old, &keys(&["b", "a"])), [Some(2), None]);
        assert_eq!(match_blocks(&[], &keys(&["a"])), [None]);
        // A repeated block matches in order, never twice.
        assert_eq!(match_blocks(&keys(&["a", "a"]), &keys(&["x", "a", "a", "a", "y"])), [None, Some(0), Some(1), None, None]);
    }

    const LEDE: &str = "The city opened its new harbour bridge on Monday after four years of work, officials said.";

    fn blog(entries: &[String]) -> String {
        let items: String = entries.iter().map(|e| format!("<article class='entry'><p>{e}</p></article>")).collect();
        format!(
            "<html><head><title>Live: the harbour bridge opens</title></head><body><main><h1>Live: the harbour bridge opens</h1><p>{LEDE}</p><div class='feed'>{items}</div></main></body></html>"
        )
    }

    fn entry(n: usize) -> String {
        format!(
            "Entry {n}: the mayor spoke to the crowd. “We built this bridge for {n}00 families who waited too long,” said Mayor Ana Ruiz of the city council."
        )
    }

    fn read(entries: &[String], previous: &[String]) -> LiveResult<html::NodeId> {
        let tree = html::parse(&blog(entries));
        since(&extract(&tree), previous, |n| Some(*n), PageOptions::default())
    }

    #[test]
    fn a_new_entry_is_analyzed_with_its_context_and_the_rest_is_kept() {
        let mut entries: Vec<String> = (1..=8).map(entry).collect();
        let first = read(&entries, &[]);
        assert!(!first.incremental);
        assert_eq!(first.analyzed, first.blocks.len());
        let old: Vec<String> = first.blocks.iter().map(|b| b.key.clone()).collect();
        entries.insert(0, entry(9));
        let next = read(&entries, &old);
        assert!(next.incremental, "{:?}", next.blocks);
        let fresh: Vec<usize> = (0..next.blocks.len()).filter(|&i| next.blocks[i].was.is_none()).collect();
        assert_eq!(fresh.len(), 1);
        assert!(next.analyzed < next.blocks.len() / 2, "{} of {}", next.analyzed, next.blocks.len());
        // The new entry's quote is found, credited, and located in the whole article's text.
        let quote = next.report.findings.iter().find(|f| f.detail.kind() == "quote").expect("the new entry's quote");
        assert_eq!(quote.text, "We built this bridge for 900 families who waited too long,");
        let units: Vec<u16> = next.report.text.encode_utf16().collect();
        assert_eq!(String::from_utf16(&units[quote.start..quote.end]).unwrap(), quote.text);
        let b = &next.blocks[fresh[0]];
        assert!(b.start <= quote.start && quote.end <= b.end);
        assert!(next.marks.iter().any(|m| m.id == quote.id && !m.ranges.is_empty()));
        // Every finding lies in a block that was read again; the others are kept.
        for f in &next.report.findings {
            let block = next.blocks.iter().find(|b| b.start <= f.start && f.start <= b.end).unwrap();
            assert!(!block.kept, "{} in a kept block", f.text);
        }
        assert!(next.blocks.iter().filter(|b| b.kept).count() >= 7);
    }

    #[test]
    fn a_rewritten_article_is_analyzed_whole() {
        let first = read(&(1..=4).map(entry).collect::<Vec<_>>(), &[]);
        let old: Vec<String> = first.blocks.iter().map(|b| b.key.clone()).collect();
        let next = read(&(5..=9).map(entry).collect::<Vec<_>>(), &old);
        assert!(!next.incremental);
        let whole = crate::marks::page_result(&extract(&html::parse(&blog(&(5..=9).map(entry).collect::<Vec<_>>()))), |n| Some(*n));
        assert_eq!(next.report, whole.report);
    }
}
