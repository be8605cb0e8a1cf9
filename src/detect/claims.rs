//! Claims: sentences worth checking, scored for check-worthiness.
//!
//! A transparent feature score rather than a learned model: each feature is a reason a
//! fact-checker gives for picking a sentence (it states a number, compares, credits a
//! source, names people or bodies, speaks of the past as fact) or for passing it over
//! (a question, an opinion, a pleasantry, a promise). The weights were set by hand against
//! the CLEF-2020 and ClaimBuster development data (see `tests/eval_rank.rs`).

use super::{Claim, Credit, Figure, Quote};
use crate::text::{ends_like_prose, BlockKind, Document, Span};
use regex::Regex;
use std::sync::OnceLock;

/// The score above which a sentence gets a claim badge.
pub const SHOW_THRESHOLD: f64 = 0.5;

struct Features {
    number: Regex,
    number_word: Regex,
    comparison: Regex,
    statistic: Regex,
    past_fact: Regex,
    opinion: Regex,
    future: Regex,
    pleasantry: Regex,
}

fn features() -> &'static Features {
    static F: OnceLock<Features> = OnceLock::new();
    F.get_or_init(|| {
        let re = |s: &str| Regex::new(s).expect("claim feature pattern");
        Features {
            number: re(r"\d"),
            number_word: re(r"(?i)\b(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?|percent|half|third|quarter|twice|double|triple|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)\b"),
            comparison: re(r"(?i)\b(?:more|less|fewer|most|least|highest|lowest|largest|biggest|smallest|record|increase[ds]?|decrease[ds]?|rose|risen|fell|fallen|doubled|tripled|cut|raised|lowered|grew|grown|dropped|highest|only|every|never|ever|first|last|since|than)\b"),
            statistic: re(r"(?i)\b(?:percent|per cent|%|rate|tax(?:es)?|jobs?|unemployment|debt|deficit|budget|spending|wages?|income|economy|GDP|crime|deaths?|killed|votes?|voted|polls?|dollars?|\$|million|billion|trillion|law|bill|illegal|immigrants?|billions)\b"),
            past_fact: re(r"(?i)\b(?:was|were|has been|have been|had|did|passed|signed|voted|created|lost|won|spent|paid|made|took|built|announced|reported|said|according to)\b"),
            opinion: re(r"(?i)\b(?:I think|I believe|I feel|in my opinion|I hope|I want|we want|I love|great|wonderful|beautiful|terrible|amazing|incredible|frankly|honestly|believe me|let me|I'm going to|I will|we will|we're going to|we are going to|should|must|need to)\b"),
            future: re(r"(?i)\b(?:will|going to|gonna|would|plan to|intend to)\b"),
            pleasantry: re(r"(?i)^(?:thank you|thanks|good (?:morning|evening|night|afternoon)|hello|hi|applause|laughter|okay|ok|yes|no|well|all right|right)\b"),
        }
    })
}

/// Check-worthiness of one sentence on its own, with the reasons that raised it.
pub fn score_sentence(sentence: &str) -> (f64, Vec<String>) {
    let f = features();
    let words = sentence.split_whitespace().count();
    let mut z = -1.6f64;
    let mut reasons = Vec::new();
    if f.number.is_match(sentence) {
        z += 1.5;
        reasons.push("figure".to_string());
    } else if f.number_word.is_match(sentence) {
        z += 0.6;
        reasons.push("quantity".to_string());
    }
    if f.statistic.is_match(sentence) {
        z += 0.7;
        reasons.push("statistic".to_string());
    }
    if f.comparison.is_match(sentence) {
        z += 0.5;
        reasons.push("comparison".to_string());
    }
    if f.past_fact.is_match(sentence) {
        z += 0.4;
        reasons.push("factual".to_string());
    }
    let names = capitalised_inside(sentence);
    if names > 0 {
        z += 0.25 * names.min(3) as f64;
        reasons.push("named".to_string());
    }
    if f.opinion.is_match(sentence) {
        z -= 0.8;
    }
    if f.future.is_match(sentence) {
        z -= 0.3;
    }
    if sentence.trim_end().ends_with('?') {
        z -= 1.2;
    }
    if f.pleasantry.is_match(sentence.trim_start()) {
        z -= 1.0;
    }
    match words {
        0..=4 => z -= 2.0,
        5..=8 => z -= 0.6,
        9..=40 => z += 0.2,
        _ => {}
    }
    (sigmoid(z), reasons)
}

/// Scores for the lines of a transcript, in order. A line is scored with a little of its
/// neighbours' score, since a checked claim often runs over two short lines.
pub fn rank(lines: &[String]) -> Vec<f64> {
    let own: Vec<f64> = lines.iter().map(|l| score_sentence(l).0).collect();
    (0..own.len())
        .map(|i| {
            let prev = if i > 0 { own[i - 1] } else { own[i] };
            let next = own.get(i + 1).copied().unwrap_or(own[i]);
            0.8 * own[i] + 0.1 * prev + 0.1 * next
        })
        .collect()
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
        let quoted: usize = quotes
            .iter()
            .filter(|q| sentence.span.overlaps(q.span))
            .map(|q| q.span.end.min(sentence.span.end) - q.span.start.max(sentence.span.start))
            .sum();
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

/// Capitalised words after the first word: a cheap stand-in for named entities.
fn capitalised_inside(sentence: &str) -> usize {
    sentence
        .split_whitespace()
        .skip(1)
        .filter(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.len() > 1 && w.chars().next().is_some_and(char::is_uppercase) && w != "I"
        })
        .count()
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
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
        let doc = Document::from_plain_text("US reports 40,000 encounters along the border in August\n\nThe agency reported 40,000 encounters in August, up 12 percent.");
        let claims = find(&doc, &[], &[], &[]);
        assert_eq!(claims.len(), 1);
        assert!(doc.slice(claims[0].span).starts_with("The agency"));
    }
}
