//! A bare reference to a body standing for the one body of its kind the article named:
//! "the union said" after "the National Union of Teachers called a strike", "the company
//! said" after "Shares in Rolls-Royce Holdings rose". Like a pronoun, it is carried back,
//! but only when the article has named exactly one body of that kind before it: with two
//! unions named, "the union" is left as written.

use super::speakers::{Kind, Speaker};
use super::tokens::{is_capitalised, key, Tok};
use super::Context;
use std::sync::OnceLock;

/// `body_kinds.txt`: each head noun with the words that mark a name of its kind.
fn body_kinds() -> &'static [(&'static str, Vec<&'static str>)] {
    static CELL: OnceLock<Vec<(&'static str, Vec<&'static str>)>> = OnceLock::new();
    CELL.get_or_init(|| {
        data_file!("text/attribution/body_kinds.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split_once('|').map(|(h, ws)| (h.trim(), ws.split_whitespace().collect())))
            .collect()
    })
}

/// The marker words of the kind a bare reference names: "the union" → union's, or none
/// for anything but "the" and one lower-case head noun of the list.
fn markers_of(name: &str) -> Option<&'static [&'static str]> {
    let (the, head) = name.split_once(' ')?;
    if !the.eq_ignore_ascii_case("the") || head.contains(' ') || is_capitalised(head) {
        return None;
    }
    body_kinds().iter().find(|(h, _)| *h == head).map(|(_, ws)| ws.as_slice())
}

/// Lower-case words that join the capitalised words of one body's name.
fn joins_name(k: &str) -> bool {
    matches!(k, "of" | "for" | "and" | "&" | "the" | "de")
}

/// The capitalised names in tokens `..hi` that are bodies of the kind `markers` marks:
/// runs of capitalised words (joined by "of", "for", "and", "&") holding a marker
/// ("National Union of Teachers"), or followed by one in lower case ("Unite union": the
/// name is the run). A sentence's opening "The" is no part of the name.
fn named_bodies<'t>(text: &'t str, toks: &[Tok], hi: usize, markers: &[&str]) -> Vec<&'t str> {
    let word = |i: usize| &text[toks[i].span.start..toks[i].span.end];
    let cap = |i: usize| toks[i].is_word() && is_capitalised(word(i));
    let mut out = Vec::new();
    let mut i = 0;
    while i < hi {
        if !cap(i) {
            i += 1;
            continue;
        }
        let mut start = i;
        let mut end = i + 1;
        // A name never runs over a line break ("Headline\n\nThe Union …").
        let joined = |j: usize| !text[toks[j - 1].span.end..toks[j].span.start].contains('\n');
        while end < hi && joined(end) && (cap(end) || (end + 1 < hi && toks[end].is_word() && joins_name(&key(word(end))) && cap(end + 1))) {
            end += 1;
        }
        while start < end && matches!(key(word(start)).as_ref(), "the" | "a" | "an") {
            start += 1;
        }
        let marked = (start..end).any(|j| markers.contains(&key(word(j)).as_ref()));
        let before_head = end < hi && toks[end].is_word() && !is_capitalised(word(end)) && markers.contains(&key(word(end)).as_ref());
        // A marker alone ("Union", "Bank" opening a sentence) names no body.
        if start < end && (marked && end - start >= 2 || before_head) {
            out.push(&text[toks[start].span.start..toks[end - 1].span.end]);
        }
        i = end;
    }
    out
}

impl Context<'_> {
    /// The one body of its kind the article names before a bare reference `s` ("the
    /// union"), as the article writes that name; none for any other speaker, or when the
    /// article names none or several of that kind.
    pub(super) fn named_body(&self, s: &Speaker) -> Option<String> {
        if matches!(s.kind, Kind::Person | Kind::Pronoun) {
            return None;
        }
        let markers = markers_of(&s.name)?;
        let hi = self.tok_at(s.span.start);
        let found = named_bodies(self.text(), self.toks, hi, markers);
        let one = *found.first()?;
        // "Unite" and "Unite union" are one body; a name met twice is one body too.
        found.iter().all(|n| *n == one).then(|| one.to_string())
    }
}

#[cfg(test)]
mod tests {
    use crate::text::Document;

    /// The names the sentences of `text` are credited to, in order.
    fn credits(text: &str) -> Vec<Option<String>> {
        let doc = Document::from_plain_text(&format!("A headline\n\n{text}"));
        super::super::credits_by_sentence(&doc).into_iter().map(|c| c.map(|c| c.name)).collect()
    }

    /// The speaker of the last quote of `text`.
    fn last_speaker(text: &str) -> Option<String> {
        let doc = Document::from_plain_text(&format!("A headline\n\n{text}"));
        crate::detect::quotes::find(&doc).pop()?.speaker
    }

    #[test]
    fn a_bare_reference_stands_for_the_one_body_of_its_kind() {
        for (text, want) in [
            (
                "The National Union of Teachers called a strike on Monday. Officials met in London. \u{201c}We have been left with no option,\u{201d} the union said.",
                "National Union of Teachers",
            ),
            ("Shares in Rolls-Royce Holdings rose 4% on Tuesday. \u{201c}Our order book is full,\u{201d} the company said in a statement.", "Rolls-Royce Holdings"),
            ("Members of the Unite union walked out at the depot. \u{201c}Pay has fallen for a decade,\u{201d} the union said.", "Unite"),
            ("Safaricom Plc cut its forecast on Thursday. \u{201c}Demand remains weak,\u{201d} the company said.", "Safaricom Plc"),
            (
                "The Wellcome Trust pledged \u{a3}50m to the project. \u{201c}This is a long-term bet on open science,\u{201d} the charity said.",
                "Wellcome Trust",
            ),
            ("The Reserve Bank of India held rates. \u{201c}Inflation risks persist,\u{201d} the bank said.", "Reserve Bank of India"),
        ] {
            assert_eq!(last_speaker(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn two_bodies_of_the_kind_or_none_leave_the_reference_as_written() {
        // Two unions named: "the union" could be either.
        let text = "The RMT and the Aslef union both balloted members, as did the National Union of Students. \u{201c}We are ready,\u{201d} the union said.";
        assert_eq!(last_speaker(text).as_deref(), Some("the union"));
        // No company named at all.
        let text = "Prices rose again in May. \u{201c}We have no choice,\u{201d} the company said.";
        assert_eq!(last_speaker(text).as_deref(), Some("the company"));
        // A kind outside the list stays as written.
        let text = "The Sierra Club sued the agency. \u{201c}We will see them in court,\u{201d} the club said.";
        assert_eq!(last_speaker(text).as_deref(), Some("the club"));
    }

    #[test]
    fn a_reported_statement_by_the_reference_is_credited_to_the_body() {
        let got = credits("Acme Corp. cut 300 jobs in Ohio. The company said demand had fallen.");
        assert_eq!(got.last().cloned().flatten().as_deref(), Some("Acme Corp."));
        let got = credits("Leeds City Council approved the plan. The council said work would start in May.");
        assert_eq!(got.last().cloned().flatten().as_deref(), Some("Leeds City Council"));
    }
}
