//! What one page may cost: the article the browser analyzes is cut at a size limit.
//!
//! Spotcheck runs on every page a reader opens, so a hostile or merely enormous page (a
//! 5 MB article, one text node of megabytes, tens of thousands of paragraphs) must still
//! reach a final state in seconds. Past [`MAX_ARTICLE_BYTES`] of text or
//! [`MAX_ARTICLE_BLOCKS`] blocks the article is analyzed up to the limit and the rest is
//! reported as skipped, never silently dropped. A block that crosses the byte limit is
//! cut at the last white space before it, so no word (and no number) is cut in half.

use crate::page::Article;
use crate::text::BLOCK_SEPARATOR;
use serde::Serialize;

/// Article text analyzed at most, in UTF-8 bytes (news articles are 5–40 KB).
pub const MAX_ARTICLE_BYTES: usize = 200_000;
/// Article blocks analyzed at most.
pub const MAX_ARTICLE_BLOCKS: usize = 20_000;

/// What the limit left out of the analysis.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Skipped {
    /// Blocks left out whole or in part.
    pub blocks: usize,
    /// Characters (UTF-16 code units, as the page counts them) left out.
    pub chars: usize,
}

impl Skipped {
    /// Whether the whole article was analyzed.
    pub fn is_none(&self) -> bool {
        self.blocks == 0
    }
}

/// Cuts `article` to the default limits; returns what was left out.
pub fn limit<N: Clone>(article: &mut Article<N>) -> Skipped {
    limit_to(article, MAX_ARTICLE_BYTES, MAX_ARTICLE_BLOCKS)
}

/// Cuts `article` to `max_bytes` of block text (separators counted, as the detectors'
/// document joins them) and `max_blocks` non-blank blocks.
pub fn limit_to<N: Clone>(article: &mut Article<N>, max_bytes: usize, max_blocks: usize) -> Skipped {
    let mut used = 0;
    let mut kept = 0;
    let mut skipped = Skipped::default();
    let mut cut_at = None;
    for (i, block) in article.blocks.iter_mut().enumerate() {
        // Blank blocks never reach the detectors (`Document::from_blocks` skips them).
        if block.text.trim().is_empty() {
            continue;
        }
        let separator = if kept == 0 { 0 } else { BLOCK_SEPARATOR.len() };
        let room = max_bytes.saturating_sub(used + separator);
        if kept >= max_blocks || room == 0 {
            cut_at = Some(i);
            break;
        }
        if block.text.len() > room {
            let keep = word_boundary(&block.text, room);
            skipped.blocks += 1;
            skipped.chars += block.text[keep..].encode_utf16().count();
            truncate_block(block, keep);
            cut_at = Some(i + 1);
            break;
        }
        used += separator + block.text.len();
        kept += 1;
    }
    if let Some(from) = cut_at {
        for block in article.blocks.drain(from..) {
            if !block.text.trim().is_empty() {
                skipped.blocks += 1;
                skipped.chars += block.text.encode_utf16().count();
            }
        }
    }
    skipped
}

/// The largest cut at most `max` bytes into `text` that falls on white space, or on a
/// char boundary when the first `max` bytes hold no white space at all.
fn word_boundary(text: &str, max: usize) -> usize {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    match text[..end].rfind(char::is_whitespace) {
        Some(space) if space > 0 => space,
        _ => end,
    }
}

/// Keeps the first `keep` bytes of a block (a char boundary) and the pieces inside them.
fn truncate_block<N: Clone>(block: &mut crate::page::ArticleBlock<N>, keep: usize) {
    block.text.truncate(keep);
    block.pieces.retain(|piece| piece.start < keep);
    for piece in &mut block.pieces {
        piece.len = piece.len.min(keep - piece.start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::{ArticleBlock, Piece};
    use crate::text::BlockKind;

    fn article(blocks: &[&str]) -> Article<u32> {
        let blocks = blocks
            .iter()
            .enumerate()
            .map(|(i, text)| ArticleBlock {
                kind: BlockKind::Paragraph,
                text: text.to_string(),
                pieces: vec![Piece { node: i as u32, start: 0, len: text.len(), node_offset: 0 }],
            })
            .collect();
        Article { title: None, byline: None, dateline: None, blocks, site: None }
    }

    #[test]
    fn a_small_article_is_left_whole() {
        let mut a = article(&["One.", "Two."]);
        assert!(limit(&mut a).is_none());
        assert_eq!(a.blocks.len(), 2);
    }

    #[test]
    fn blocks_past_the_block_limit_are_skipped_and_counted() {
        let mut a = article(&["One.", "", "Two.", "Three \u{e9}."]);
        let skipped = limit_to(&mut a, 1000, 2);
        assert_eq!(skipped, Skipped { blocks: 1, chars: 8 });
        assert_eq!(a.blocks.iter().filter(|b| !b.text.trim().is_empty()).count(), 2);
    }

    #[test]
    fn the_block_that_crosses_the_byte_limit_is_cut_at_white_space() {
        let mut a = article(&["aaaa", "bb cc\u{1F600}dd ee"]);
        // 4 bytes + 2 of separator leave 8 bytes: "bb cc" and half an emoji would fit.
        let skipped = limit_to(&mut a, 14, 100);
        assert_eq!(a.blocks[1].text, "bb");
        assert_eq!(a.blocks[1].pieces[0].len, 2);
        assert_eq!(skipped, Skipped { blocks: 1, chars: " cc\u{1F600}dd ee".encode_utf16().count() });
    }

    #[test]
    fn one_huge_word_is_cut_on_a_char_boundary() {
        let mut a = article(&["\u{e9}\u{e9}\u{e9}\u{e9}"]);
        limit_to(&mut a, 5, 100);
        assert_eq!(a.blocks[0].text, "\u{e9}\u{e9}");
        assert_eq!(a.blocks[0].pieces[0].len, 4);
    }
}
