//! Quotations: the marks paired ([`marks`]), the statements told from titles and scare
//! quotes ([`statement`]), and each credited through [`crate::detect::attribution`].
//!
//! A quote with no credit of its own continues the speaker of the quote or credited
//! sentence just before it (within a sentence or two, in the same or the previous
//! paragraph); further away it stays unattributed rather than guessed.

pub mod marks;
pub mod statement;

use super::attribution::{self, Context, Found, Kind, Place};
use super::Quote;
use crate::text::Document;
pub use marks::Quotation;

/// How many sentences back a quote without its own credit may continue a speaker.
const CONTINUATION_REACH: usize = 2;

/// The top-level quotations of the document (quotes inside quotes are part of theirs).
pub fn quotations(doc: &Document) -> Vec<Quotation> {
    marks::pair(doc).into_iter().filter(|q| q.depth == 0).collect()
}

/// A credited speaker met so far: where, of what kind, under which name, by which cue.
struct Credited {
    pos: usize,
    sentence: usize,
    kind: Kind,
    name: Option<String>,
    role: Option<String>,
    cue: Option<String>,
}

/// Every quotation in the document that is a statement, in order, with its speaker.
pub fn find(doc: &Document) -> Vec<Quote> {
    let qs = quotations(doc);
    let ctx = Context::new(doc, qs.iter().map(|q| q.outer).collect());
    // Credits given by sentences (reported speech, cues around quotes): the speakers a
    // later pronoun or a continuing quote can refer to.
    let mut sentence_credits: Vec<Credited> = Vec::new();
    let mut history: Vec<(usize, attribution::Speaker, String)> = Vec::new();
    for i in 0..doc.sentences.len() {
        if let Some((found, _)) = ctx.credit_in_sentence(i) {
            if found.speaker.kind != Kind::Pronoun {
                let name = ctx.display_name(&found.speaker);
                history.push((found.speaker.span.start, found.speaker.clone(), name.clone()));
                sentence_credits.push(Credited { pos: found.speaker.span.start, sentence: i, kind: found.speaker.kind, name: Some(name), role: found.speaker.role.clone(), cue: Some(found.cue.clone()) });
            } else if let Some(name) = ctx.antecedent(&history, found.speaker.span.start, &found.speaker.name) {
                sentence_credits.push(Credited { pos: found.speaker.span.start, sentence: i, kind: Kind::Person, name: Some(name), role: None, cue: Some(found.cue.clone()) });
            }
        }
    }

    let mut out: Vec<Quote> = Vec::new();
    let mut last: Option<Credited> = None;
    for (i, q) in qs.iter().enumerate() {
        let block = doc.block_at(q.outer.start);
        let same_block = |j: usize| doc.block_at(qs[j].outer.start) == block;
        let prev_end = i.checked_sub(1).filter(|&j| same_block(j)).map(|j| qs[j].outer.end);
        let next_start = qs.get(i + 1).filter(|_| same_block(i + 1)).map(|n| n.outer.start);
        let found = ctx.credit_for_quote(q.outer, prev_end, next_start);
        let sentence = doc.sentence_at(q.outer.start).unwrap_or(0);

        // The speaker credited most recently before this quote, by a quote or a sentence.
        let recent = most_recent(&last, &sentence_credits, q.outer.start);
        let continues = recent.is_some_and(|r| sentence.saturating_sub(r.sentence) <= CONTINUATION_REACH && within_a_paragraph(doc, r.pos, q.outer.start));

        if !statement::is_statement(doc, q, found.as_ref(), continues) {
            continue;
        }
        let (speaker, role, cue, kind) = match &found {
            Some(f) => {
                let name = match f.speaker.kind {
                    Kind::Pronoun => ctx.antecedent(&history, f.speaker.span.start, &f.speaker.name),
                    _ => Some(ctx.display_name(&f.speaker)),
                };
                (name, f.speaker.role.clone(), Some(f.cue.clone()), f.speaker.kind)
            }
            None => match (statement::opens_sentence(doc, q), ctx.sentence_subject(q.outer.start), recent.filter(|_| continues)) {
                // A partial quote in a sentence about someone: "Trump admires Putin as a
                // “strong leader”" is Trump's phrase.
                (false, Some(subject), _) => (Some(ctx.display_name(&subject)), subject.role.clone(), None, subject.kind),
                (_, _, Some(r)) => (r.name.clone(), r.role.clone(), r.cue.clone(), r.kind),
                _ => (None, None, None, Kind::Nominal),
            },
        };
        let partial = is_partial(doc, q, found.as_ref());
        let score = needs_checking(speaker.is_some(), kind, found.is_some(), partial);
        if let Some(name) = &speaker {
            let k = if kind == Kind::Pronoun { Kind::Person } else { kind };
            last = Some(Credited { pos: q.outer.start, sentence: doc.sentence_at(q.outer.end.saturating_sub(1)).unwrap_or(sentence), kind: k, name: Some(name.clone()), role: role.clone(), cue: cue.clone() });
            if found.as_ref().is_some_and(|f| f.speaker.kind != Kind::Pronoun) {
                if let Some(f) = &found {
                    history.push((q.outer.start, f.speaker.clone(), name.clone()));
                    history.sort_by_key(|h| h.0);
                }
            }
        }
        out.push(Quote { span: q.inner, speaker, role, cue, partial, score });
    }
    out
}

fn most_recent<'a>(last: &'a Option<Credited>, sentences: &'a [Credited], pos: usize) -> Option<&'a Credited> {
    let from_sentences = sentences.iter().rev().find(|c| c.pos < pos);
    match (last, from_sentences) {
        (Some(l), Some(s)) => Some(if s.pos > l.pos { s } else { l }),
        (Some(l), None) => Some(l),
        (None, s) => s,
    }
}

/// Whether `later` is in the same paragraph as `earlier` or the one right after it.
fn within_a_paragraph(doc: &Document, earlier: usize, later: usize) -> bool {
    match (doc.block_at(earlier), doc.block_at(later)) {
        (Some(a), Some(b)) => b >= a && b - a <= 1,
        _ => false,
    }
}

/// The marks enclose only part of the credited statement: the sentence carries words of
/// the statement outside them ("says the ban will 'remain permanent'").
fn is_partial(doc: &Document, q: &Quotation, found: Option<&Found>) -> bool {
    let Some(f) = found else {
        return !statement::opens_sentence(doc, q);
    };
    match f.place {
        Place::Colon | Place::Signature => false,
        Place::After => !statement::opens_sentence(doc, q),
        Place::Before => {
            // Words between the cue (or the speaker after it) and the opening mark.
            let from = f.speaker.span.end.max(cue_end_before(doc, q, &f.cue));
            let between = doc.text.get(from..q.outer.start).unwrap_or("");
            between.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).filter(|w| !w.is_empty()).any(|w| !is_time_word(&w) && w != "reporters")
        }
    }
}

/// The end of the last occurrence of the cue before the quote.
fn cue_end_before(doc: &Document, q: &Quotation, cue: &str) -> usize {
    let before = &doc.text[..q.outer.start];
    let lower = before.to_lowercase();
    if lower.len() != before.len() {
        // Lower-casing changed byte lengths: fall back to a case-sensitive search.
        return before.rfind(cue).map_or(0, |p| p + cue.len());
    }
    lower.rfind(cue).map_or(0, |p| p + cue.len())
}

fn is_time_word(w: &str) -> bool {
    crate::detect::lexicon::time_words().contains(w)
}

/// How much a quote needs checking: unattributed and anonymous quotes most.
fn needs_checking(named: bool, kind: Kind, own_credit: bool, partial: bool) -> f64 {
    let base: f64 = match (named, kind) {
        (false, _) => 0.9,
        (true, Kind::Nominal) => 0.75,
        (true, Kind::Organisation) => 0.5,
        (true, _) => 0.45,
    };
    let continuation = if own_credit { 0.0 } else { 0.05 };
    let part = if partial { 0.05 } else { 0.0 };
    (base + continuation + part).min(1.0)
}
