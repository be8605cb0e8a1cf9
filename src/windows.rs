//! Very large inputs analyzed window by window, so the CLI's time and memory grow
//! linearly with the input whatever a detector costs on one long document.
//!
//! An article is 5–40 KB; a file of megabytes is a book, a dump or an attack. Below
//! [`WHOLE_BELOW`] bytes the document is analyzed whole, exactly as before. Above it, the
//! text is cut into windows of about [`WINDOW_BYTES`] at block boundaries (a block longer
//! than a window is cut after a sentence end, else at white space, else at a character
//! boundary), each window is analyzed on its own, and the findings are shifted back to
//! the whole text's UTF-16 offsets and renumbered: the report keeps the contract (one
//! `text`, sorted findings, unique ids, exact slices). What a window cannot see is
//! context across its edge (a quote opened in one window and closed in the next).

use crate::analyze;
use crate::report::Report;
use crate::text::{BlockKind, Document, Span, Utf16Index};

/// Documents up to this size (UTF-8 bytes) are analyzed whole.
pub const WHOLE_BELOW: usize = 256 * 1024;
/// The size a window aims at.
pub const WINDOW_BYTES: usize = 64 * 1024;

/// Plain text, analyzed as given: [`analyze::analyze_text`] for any size.
pub fn analyze_text(text: &str) -> Report {
    if text.len() <= WHOLE_BELOW {
        return analyze::analyze_text(text);
    }
    // Blocks of plain text are the stretches between blank lines; each window is a run of
    // whole blocks (or a piece of one), read as plain text again.
    let blocks = plain_blocks(text);
    merge(text, None, &windows(text, &blocks), |w| analyze::analyze_text(&text[w.start..w.end]))
}

/// A document built from blocks (a page's article): [`analyze::analyze_document`] for
/// any size. Windows are runs of its blocks, rebuilt with their kinds.
pub fn analyze_document(doc: &Document) -> Report {
    if doc.text.len() <= WHOLE_BELOW {
        return analyze::analyze_document(doc);
    }
    let spans: Vec<Span> = doc.blocks.iter().map(|b| b.span).collect();
    merge(&doc.text, doc.title.clone(), &windows(&doc.text, &spans), |w| {
        let blocks: Vec<(BlockKind, &str)> =
            doc.blocks.iter().filter(|b| b.span.overlaps(w)).map(|b| (b.kind, &doc.text[b.span.start.max(w.start)..b.span.end.min(w.end)])).collect();
        analyze::analyze_document(&Document::from_blocks(None, &blocks))
    })
}

/// Byte spans of the non-blank stretches of `text` between blank lines.
fn plain_blocks(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = None;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let end = line_start + line.len();
        if line.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push(Span::new(s, line_start));
            }
        } else if start.is_none() {
            start = Some(line_start);
        }
        line_start = end;
    }
    if let Some(s) = start {
        out.push(Span::new(s, text.len()));
    }
    out
}

/// Windows of about [`WINDOW_BYTES`] over sorted, disjoint `blocks` of `text`: runs of
/// whole blocks, and pieces of any block longer than a window.
fn windows(text: &str, blocks: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut current: Option<Span> = None;
    for block in blocks {
        if block.len() > WINDOW_BYTES {
            out.extend(current.take());
            out.extend(pieces(text, *block));
            continue;
        }
        current = match current {
            Some(w) if block.end - w.start <= WINDOW_BYTES => Some(Span::new(w.start, block.end)),
            Some(w) => {
                out.push(w);
                Some(*block)
            }
            None => Some(*block),
        };
    }
    out.extend(current);
    out
}

/// A long block cut into pieces of at most [`WINDOW_BYTES`].
fn pieces(text: &str, block: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = block.start;
    while block.end - start > WINDOW_BYTES {
        let end = cut(text, start, start + WINDOW_BYTES);
        out.push(Span::new(start, end));
        start = end;
    }
    if start < block.end {
        out.push(Span::new(start, block.end));
    }
    out
}

/// Where to end a piece that starts at `start` and may reach `limit`: after the last
/// sentence end (". ", "? ", "! " before a capital or a quote mark) in its second half,
/// else at its last white space, else at the last character boundary.
fn cut(text: &str, start: usize, limit: usize) -> usize {
    let mut limit = limit.min(text.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let piece = &text[start..limit];
    let half = piece.len() / 2;
    let sentence_end = piece.char_indices().rev().take_while(|(i, _)| *i > half).find_map(|(i, c)| {
        let before = piece[..i].chars().next_back()?;
        (c.is_whitespace() && matches!(before, '.' | '?' | '!')).then_some(i + c.len_utf8())
    });
    if let Some(end) = sentence_end {
        return start + end;
    }
    match piece.rfind(char::is_whitespace) {
        Some(i) if i > 0 => start + i + piece[i..].chars().next().map_or(1, char::len_utf8),
        _ if limit > start => limit,
        // Cannot happen (a window is far longer than a char), but never loop forever.
        _ => text[start..].chars().next().map_or(text.len(), |c| start + c.len_utf8()),
    }
}

/// One report for the whole text from each window's report.
fn merge(text: &str, title: Option<String>, windows: &[Span], analyze: impl Fn(Span) -> Report) -> Report {
    let index = Utf16Index::new(text);
    let mut findings = Vec::new();
    let mut counts = [0usize; 3];
    let mut first_title = None;
    for (i, w) in windows.iter().enumerate() {
        let report = analyze(*w);
        if i == 0 {
            first_title = report.title;
        }
        let shift = index.utf16(w.start);
        for mut finding in report.findings {
            let slot = match finding.id.chars().next() {
                Some('q') => 0,
                Some('f') => 1,
                _ => 2,
            };
            counts[slot] += 1;
            let prefix = finding.id.chars().next().unwrap_or('c');
            finding.id = format!("{prefix}{}", counts[slot]);
            finding.start += shift;
            finding.end += shift;
            findings.push(finding);
        }
    }
    Report { version: analyze::VERSION.to_string(), title: title.or(first_title), text: text.to_string(), findings }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_contract(text: &str, report: &Report) {
        let units: Vec<u16> = text.encode_utf16().collect();
        let mut ids = std::collections::HashSet::new();
        let mut last = 0;
        for f in &report.findings {
            assert!(f.start >= last, "sorted");
            last = f.start;
            assert!(ids.insert(f.id.clone()), "unique id {}", f.id);
            assert_eq!(String::from_utf16(&units[f.start..f.end]).unwrap(), f.text);
        }
    }

    #[test]
    fn small_inputs_are_analyzed_whole() {
        let text = "\u{201c}We spent $4 million,\u{201d} said Jane Okafor, the mayor.";
        assert_eq!(analyze_text(text), analyze::analyze_text(text));
    }

    #[test]
    fn windows_cover_blocks_in_order_and_never_exceed_the_size() {
        let para = "A sentence of prose. \u{201c}Another one,\u{201d} she said! ".repeat(40);
        let text = [para.as_str(); 80].join("\n\n") + &"x".repeat(3 * WINDOW_BYTES) + " end";
        let blocks = plain_blocks(&text);
        let ws = windows(&text, &blocks);
        for pair in ws.windows(2) {
            assert!(pair[0].end <= pair[1].start);
            assert!(text[pair[0].end..pair[1].start].trim().is_empty(), "nothing but blank lines between windows");
        }
        assert!(ws.iter().all(|w| w.len() <= WINDOW_BYTES && text.is_char_boundary(w.start) && text.is_char_boundary(w.end)));
        assert_eq!((ws[0].start, ws.last().unwrap().end), (0, text.len()));
    }

    #[test]
    fn a_long_line_is_cut_after_sentence_ends() {
        let line = "\u{201c}We have spent $4 million on this program since 2019,\u{201d} said Jane Okafor, the mayor. ".repeat(5000);
        let ws = windows(&line, &[Span::new(0, line.len())]);
        assert!(ws.len() > 4);
        for w in &ws[..ws.len() - 1] {
            assert!(line[..w.end].ends_with("mayor. "), "{:?}", &line[w.end - 20..w.end]);
        }
        let report = analyze_text(&line);
        check_contract(&line, &report);
        assert_eq!(report.findings.iter().filter(|f| f.id.starts_with('q')).count(), 5000, "every quote found once");
    }

    #[test]
    fn no_white_space_at_all_is_cut_on_char_boundaries() {
        let text = "x\u{e9}".repeat(WHOLE_BELOW / 3 + 100);
        let report = analyze_text(&text);
        check_contract(&text, &report);
        assert_eq!(report.text, text);
    }

    #[test]
    fn block_documents_keep_their_kinds_and_offsets() {
        let para = "The council voted 7-2 to raise the budget by 12% to $48 million, officials said.";
        let blocks: Vec<(BlockKind, &str)> = (0..3300).map(|i| (if i % 50 == 0 { BlockKind::Heading } else { BlockKind::Paragraph }, para)).collect();
        let doc = Document::from_blocks(Some("Title".into()), &blocks);
        let report = analyze_document(&doc);
        check_contract(&doc.text, &report);
        assert_eq!(report.title.as_deref(), Some("Title"));
        assert!(report.findings.iter().filter(|f| f.id.starts_with('f')).count() >= 3300);
    }
}
