//! Claims: sentences worth checking, scored for check-worthiness.
//!
//! A small logistic model over words and a few named features ([`features`]), with its
//! weights as data ([`model`], trained by `examples/train_claims.rs` on the CLEF-2020 and
//! ClaimBuster development data). Linear on purpose: it is fast, it fits in a few kilobytes
//! of the wasm module, and the named features double as the reasons a reader is shown
//! ("figure", "comparison", "attributed" …).

pub mod features;
pub mod model;

use super::{Claim, Credit, Figure, Quote};
use crate::text::{ends_like_prose, BlockKind, Document, Span};

/// The score above which a sentence gets a claim badge.
pub const SHOW_THRESHOLD: f64 = 0.5;

/// Check-worthiness of one sentence on its own, with the reasons a reader is shown.
pub fn score_sentence(sentence: &str) -> (f64, Vec<String>) {
    let named = features::reasons(sentence);
    let score = model::score(&features::features(sentence, &named));
    let mut reasons: Vec<String> = named.iter().map(|r| r.to_string()).collect();
    if reasons.is_empty() {
        // The words alone carried the score: say so rather than give no reason.
        reasons.push("wording".to_string());
    }
    (score, reasons)
}

/// Scores for the lines of a transcript, in order, each with a little of its neighbours'.
pub fn rank(lines: &[String]) -> Vec<f64> {
    let own: Vec<f64> = lines.iter().map(|l| score_sentence(l).0).collect();
    blend_with_neighbours(&own)
}

/// A checked claim often runs over two short lines of a transcript, so each line takes a
/// tenth of each neighbour's score.
pub fn blend_with_neighbours(own: &[f64]) -> Vec<f64> {
    (0..own.len())
        .map(|i| {
            let prev = if i > 0 { own[i - 1] } else { own[i] };
            let next = own.get(i + 1).copied().unwrap_or(own[i]);
            0.8 * own[i] + 0.1 * prev + 0.1 * next
        })
        .collect()
}

/// Average precision of a ranking by `scores` against `labels` (the CLEF CheckThat!
/// measure; ties keep input order); `None` without a positive label. Shared by the trainer
/// (`examples/train_claims.rs`) and the harness (`tests/eval_rank.rs`).
pub fn average_precision(scores: &[f64], labels: &[bool]) -> Option<f64> {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[b].partial_cmp(&scores[a]).unwrap_or(std::cmp::Ordering::Equal));
    let (mut hits, mut sum) = (0usize, 0.0);
    for (rank, &i) in order.iter().enumerate() {
        if labels.get(i).copied().unwrap_or(false) {
            hits += 1;
            sum += hits as f64 / (rank + 1) as f64;
        }
    }
    (hits > 0).then(|| sum / hits as f64)
}

/// Claim findings: every stretch of reported speech, with the source it credits, and
/// the other prose sentences that score at or above [`SHOW_THRESHOLD`].
pub fn find(doc: &Document, quotes: &[Quote], figures: &[Figure], reported: &[(Span, Credit)]) -> Vec<Claim> {
    let mut out = Vec::new();
    for (span, credit) in reported {
        let (score, mut reasons) = score_sentence(doc.slice(*span));
        reasons.push("attributed".to_string());
        if figures.iter().any(|f| span.contains(f.span)) && !reasons.iter().any(|r| r == "figure") {
            reasons.insert(0, "figure".to_string());
        }
        out.push(Claim { span: *span, source: Some(credit.name.clone()), cue: Some(credit.cue.clone()), score: (score + 0.15).min(1.0), reasons });
    }
    for sentence in &doc.sentences {
        let block = &doc.blocks[sentence.block];
        let text = doc.slice(sentence.span);
        // Headlines, captions and link lists are not prose: no claim badges there.
        if !matches!(block.kind, BlockKind::Paragraph | BlockKind::ListItem | BlockKind::BlockQuote) || !ends_like_prose(text) {
            continue;
        }
        if reported.iter().any(|(span, _)| sentence.span.overlaps(*span)) {
            continue;
        }
        // A sentence that is mostly quotation is checked through its quote badge.
        let quoted: usize =
            quotes.iter().filter(|q| sentence.span.overlaps(q.span)).map(|q| q.span.end.min(sentence.span.end) - q.span.start.max(sentence.span.start)).sum();
        if quoted * 10 > sentence.span.len() * 8 {
            continue;
        }
        let (score, mut reasons) = score_sentence(text);
        if figures.iter().any(|f| sentence.span.contains(f.span)) && !reasons.iter().any(|r| r == "figure") {
            reasons.insert(0, "figure".to_string());
        }
        if score >= SHOW_THRESHOLD {
            out.push(Claim { span: sentence.span, source: None, cue: None, score, reasons });
        }
    }
    out.sort_by_key(|c| (c.span.start, c.span.end));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statistic_outranks_pleasantry() {
        let stat = score_sentence("Unemployment fell to 4.9 percent in 2015, the lowest rate since 2008.").0;
        let thanks = score_sentence("Thank you all for coming tonight.").0;
        assert!(stat > SHOW_THRESHOLD, "{stat}");
        assert!(thanks < SHOW_THRESHOLD, "{thanks}");
        assert!(stat > thanks);
    }

    #[test]
    fn average_precision_of_a_perfect_and_a_reversed_ranking() {
        assert_eq!(average_precision(&[0.9, 0.8, 0.1], &[true, true, false]), Some(1.0));
        assert_eq!(average_precision(&[0.1, 0.8, 0.9], &[true, false, false]), Some(1.0 / 3.0));
        assert_eq!(average_precision(&[0.5], &[false]), None);
    }

    #[test]
    fn questions_score_low() {
        assert!(score_sentence("What are the details?").0 < 0.2);
    }

    #[test]
    fn rank_keeps_order_and_range() {
        let lines: Vec<String> = ["Hello.", "We created 14 million jobs since 2010.", "Thank you."].iter().map(|s| s.to_string()).collect();
        let r = rank(&lines);
        assert_eq!(r.len(), 3);
        assert!(r.iter().all(|s| (0.0..=1.0).contains(s)));
        assert!(r[1] > r[0] && r[1] > r[2]);
    }

    #[test]
    fn headlines_make_no_claims() {
        let doc = Document::from_plain_text(
            "US reports 40,000 encounters along the border in August\n\nThe agency reported 40,000 encounters in August, up 12 percent.",
        );
        let claims = find(&doc, &[], &[], &[]);
        assert_eq!(claims.len(), 1);
        assert!(doc.slice(claims[0].span).starts_with("The agency"));
    }
}
