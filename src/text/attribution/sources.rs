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
        && lexicon::cues_with_hearer().contains(&cue)
}

/// Whether a speaker's name is a scrap of a count or of a clause, no source: a number cut
/// out of a count ("out of 23 teachers" read as "23 teachers", "1,409 teachers" as "409
/// teachers"), or a number closing the name after a lower-case word ("The Nifty closed at
/// 24" out of "24,310"; "a majority of the state's 20"). "Channel 4", "520 superdelegates",
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
    let closing = n >= 2 && number(words[n - 1]) && !year(words[n - 1]) && lower(words[n - 2]) && !matches!(words[n - 2], "of" | "in");
    cut_count || closing
}

#[cfg(test)]
mod tests {
    use super::*;
    use super::super::speakers::Kind;
    use crate::text::Span;

    /// The speaker read as the end of `text`, from its `name`.
    fn scrap(text: &str, name: &str) -> bool {
        let start = text.len() - name.len();
        counts_or_scrap(text, &Speaker { name: name.to_string(), role: None, kind: Kind::Nominal, span: Span::new(start, text.len()) })
    }

    #[test]
    fn counts_and_scraps_are_no_source() {
        assert!(scrap("Only four out of 23 teachers", "23 teachers"));
        assert!(scrap("Some 1,409 nurses", "409 nurses"));
        assert!(scrap("The FTSE 100 closed at 8", "The FTSE 100 closed at 8"));
        assert!(scrap("a majority of the county's 30", "a majority of the county's 30"));
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
