//! Whether what a sentence's cue reads as its subject can be the source of the sentence
//! (and of its figures): a person, a body or a document, never a count ("23 teachers"),
//! a scrap of a clause with a number in it ("The Nifty closed at 24"), nor the people a
//! passive verb of telling was addressed to ("2,000 residents of North Wagga were told").

use super::speakers::Speaker;
use super::tokens::{key, Tok};
use crate::detect::lexicon;

/// Whether a cue that takes a hearer stands in the passive ("were told to evacuate",
/// "were warned"): its subject is the one told, no source. "is telling", "has been
/// warning" are no passive.
pub fn hearer_in_passive(text: &str, toks: &[Tok], lo: usize, first: usize) -> bool {
    let word = |i: usize| key(&text[toks[i].span.start..toks[i].span.end]);
    let cue = word(first);
    first > lo
        && toks[first - 1].is_word()
        && matches!(word(first - 1).as_str(), "is" | "are" | "was" | "were" | "be" | "been" | "being")
        && (cue.ends_with("ed") || cue == "told")
        // "was being told by The Daily Caller": the agent follows, and speaks.
        && !toks.get(first + 1).is_some_and(|t| t.is_word() && key(&text[t.span.start..t.span.end]) == "by")
        && lexicon::cues_with_hearer().contains(&cue)
}

/// Whether a speaker's name is a scrap of a count or of a clause, no source: a number cut
/// out of a count ("out of 23 teachers" read as "23 teachers", "1,409 teachers" as "409
/// teachers"), or a number closing the name after a lower-case word ("The Nifty closed at
/// 24" out of "24,310"). "Channel 4", "520 superdelegates",
/// "nine out of 10" and "a 2016 candidate" stay.
pub fn counts_or_scrap(text: &str, s: &Speaker) -> bool {
    let words: Vec<&str> = s.name.split_whitespace().collect();
    let number = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    let lower = |w: &str| w.starts_with(|c: char| c.is_lowercase());
    let before = text.get(..s.span.start).unwrap_or("");
    let cut_count = words.first().is_some_and(|w| number(w))
        && (before.ends_with([',', '.']) || before.trim_end().rsplit(char::is_whitespace).next().is_some_and(|w| w.eq_ignore_ascii_case("of")));
    let n = words.len();
    // A year or a decade closes a name of its own ("a Pew study from 2011", "the 1960s").
    let year = |w: &str| {
        let digits = w.trim_end_matches('s');
        digits.len() == 4 && digits.chars().all(|c| c.is_ascii_digit()) && (digits.starts_with("1") || digits.starts_with("20"))
    };
    // The number cut at its separator: ",310" or ".5" follows the name.
    let after = text.get(s.span.end..).unwrap_or("");
    let cut = after.starts_with([',', '.']) && after[1..].starts_with(|c: char| c.is_ascii_digit());
    // "The 5" out of "The 5,500mAh battery": a determiner before the cut number is no name.
    let determiner = |w: &str| matches!(w.to_lowercase().as_str(), "the" | "its" | "a" | "an" | "their" | "our" | "his" | "her" | "this" | "that");
    let closing = n >= 2 && number(words[n - 1]) && !year(words[n - 1]) && (lower(words[n - 2]) || determiner(words[n - 2])) && cut;
    cut_count || closing
}

#[cfg(test)]
mod tests {
    use super::super::speakers::Kind;
    use super::*;
    use crate::text::Span;

    /// The speaker read as the end of `text`, from its `name`.
    fn scrap(text: &str, name: &str) -> bool {
        let start = text.len() - name.len();
        counts_or_scrap(text, &Speaker { name: name.to_string(), role: None, kind: Kind::Nominal, span: Span::new(start, text.len()) })
    }

    /// The speaker read at the start of `text`, from its `name`.
    fn scrap_in(text: &str, name: &str) -> bool {
        let start = text.find(name).unwrap_or(0);
        counts_or_scrap(text, &Speaker { name: name.to_string(), role: None, kind: Kind::Nominal, span: Span::new(start, start + name.len()) })
    }

    #[test]
    fn counts_and_scraps_are_no_source() {
        assert!(scrap("Only four out of 23 teachers", "23 teachers"));
        assert!(scrap("Some 1,409 nurses", "409 nurses"));
        assert!(scrap_in("The FTSE 100 closed at 8,210 on Tuesday", "The FTSE 100 closed at 8"));
        assert!(scrap_in("The index ended at 24,310.", "The index ended at 24"));
        assert!(!scrap_in("denied any involvement in the 9/11 attacks", "any involvement in the 9"));
        assert!(scrap_in("The 5,500mAh battery lasts a day", "The 5"));
        assert!(scrap_in("Its 4,000-seat arena opens in May", "Its 4"));
    }

    #[test]
    fn numbers_of_names_and_counts_of_people_stay() {
        assert!(!scrap("Channel 4", "Channel 4"));
        assert!(!scrap("G20 leaders", "G20 leaders"));
        assert!(!scrap("The FTSE 100", "The FTSE 100"));
        assert!(!scrap("520 superdelegates", "520 superdelegates"));
        assert!(!scrap("Nearly nine out of 10", "Nearly nine out of 10"));
        assert!(!scrap("a 2016 presidential candidate", "a 2016 presidential candidate"));
        assert!(!scrap("another Pew study from 2011", "another Pew study from 2011"));
    }
}
