//! An office written as a piece of its own, set off by commas beside a name: "said Vincent
//! Clerc, Maersk chief executive.", "said Ayman Safadi, Minister of Foreign Affairs,",
//! "Minister of Information, Lai Mohammed, said". Such a piece opens with no article, so
//! the rules for a description ("the presenter", "a nurse at St Mary's") miss it; it is
//! the person's role all the same, and never a name of its own.

use super::tokens::{is_capitalised, key, Tok};
use crate::detect::lexicon;

/// Most words of an office piece ("Cabinet Secretary for Finance and the Economy").
const PIECE_WORDS: usize = 8;

fn word<'a>(text: &'a str, t: &Tok) -> &'a str {
    &text[t.span.start..t.span.end]
}

/// Words that join the words of an office's title ("Minister of Foreign Affairs").
fn is_connective(k: &str) -> bool {
    matches!(k, "of" | "for" | "and" | "the" | "&")
}

/// Where the piece opening at token `a` ends: the first token that is no word of it (a
/// comma, a full stop, a bracket), or `hi`.
fn piece_end(toks: &[Tok], a: usize, hi: usize) -> usize {
    (a..hi).find(|&j| !toks[j].is_word() && !toks[j].is('-') && !toks[j].is('&')).unwrap_or(hi)
}

/// Whether tokens `a..stop` are an office's title and nothing else: capitalised words,
/// offices and the connectives of a title, with an office either last ("Maersk chief
/// executive", "Foreign Minister") or before "of"/"for" ("Minister of Foreign Affairs").
/// A given name after the office ("Minister of Finance John Mbadi") is a name, not a
/// title, and a verb of saying makes a clause.
fn is_office_title(text: &str, toks: &[Tok], a: usize, stop: usize) -> bool {
    if stop <= a || stop - a > PIECE_WORDS || !toks[a].is_word() {
        return false;
    }
    let words: Vec<(&str, String)> = (a..stop).filter(|&j| toks[j].is_word()).map(|j| (word(text, &toks[j]), key(word(text, &toks[j])).to_string())).collect();
    let office = |i: usize| words.get(i).is_some_and(|(_, k)| super::quoted_titles::is_office(k));
    // "When the F.B.I. director, James B. Comey, said": a clause's opening word is no title's.
    let first = &words[0];
    if lexicon::speaker_determiners().contains(&first.1)
        || is_connective(&first.1)
        || lexicon::pronouns().contains(&first.1)
        || lexicon::function_words().contains(&first.1)
        || lexicon::speaker_boundaries().contains(&first.1)
        || lexicon::cue_fillers().contains(&first.1)
        || lexicon::clause_conjunctions().contains(&first.1)
    {
        return false;
    }
    // "the" joins a title only after its connective ("Minister for the Economy").
    let stray_the = (1..words.len()).any(|i| words[i].1 == "the" && !matches!(words[i - 1].1.as_str(), "of" | "for" | "and"));
    // Every word a title's: capitalised, an office, a connective, or a lower-case modifier
    // right before an office ("managing director", "foreign minister").
    let fits = (0..words.len()).all(|i| {
        let (w, k) = &words[i];
        let modifier = office(i + 1) && w.chars().all(|c| c.is_alphabetic() || c == '-') && !lexicon::function_words().contains(k);
        (is_capitalised(w) || office(i) || is_connective(k) || modifier)
            && (is_capitalised(w) || !lexicon::reporting_verbs().contains(k))
            && !lexicon::time_words().contains(k)
            && !lexicon::speaker_honorifics().contains(k)
    });
    let Some(head) = (0..words.len()).find(|&i| office(i) && (i + 1 == words.len() || matches!(words[i + 1].1.as_str(), "of" | "for"))) else {
        return false;
    };
    let named_after = words[head + 1..].iter().any(|(w, k)| is_capitalised(w) && lexicon::given_names().entry_for_key(k).is_some());
    fits && !named_after && !stray_the
}

/// Where an office piece opening at token `a` ends (its closing comma, full stop or
/// `hi`), when the piece is an office's title: ", Maersk chief executive.".
pub(super) fn office_piece_end(text: &str, toks: &[Tok], a: usize, hi: usize) -> Option<usize> {
    let stop = piece_end(toks, a, hi);
    let closed = stop >= hi || toks[stop].punct.is_some_and(|p| matches!(p, ',' | '.' | ';'));
    (closed && is_office_title(text, toks, a, stop)).then_some(stop)
}

/// The office piece that opens its clause at token `lo` and ends at the comma `comma`
/// ("Minister of Information, Lai Mohammed, said"): its tokens, when it is a title.
pub(super) fn office_piece_before(text: &str, toks: &[Tok], lo: usize, comma: usize) -> Option<(usize, usize)> {
    if comma >= toks.len() || !toks[comma].is(',') {
        return None;
    }
    let open = (lo..comma).rev().find(|&j| !toks[j].is_word() && !toks[j].is('-') && !toks[j].is('&')).map_or(lo, |j| j + 1);
    let opens_clause = open == lo || matches!(toks[open - 1].punct, Some('"' | '\u{201d}' | '\u{2019}' | '\'' | ':' | ';'));
    (opens_clause && is_capitalised(word(text, &toks[open])) && is_office_title(text, toks, open, comma)).then_some((open, comma))
}

/// Whether the piece at tokens `seg..right`, with another piece before it (`set_off`), is
/// an office's title with an "of"/"for" in it set off beside a name ("Sheikh Rashid Ahmed,
/// Minister of Foreign Affairs, said"): the name before it is the speaker, the piece its
/// role. Capitalised words alone would otherwise read as a name ("Foreign Affairs").
pub(super) fn set_off_office(text: &str, toks: &[Tok], seg: usize, right: usize, set_off: bool) -> bool {
    let joined = (seg..right).any(|j| toks[j].is_word() && matches!(key(word(text, &toks[j])).as_str(), "of" | "for"));
    set_off && joined && office_piece_end(text, toks, seg, right).is_some_and(|stop| stop == right)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;
    use crate::text::Span;

    fn piece(text: &str) -> bool {
        let toks = tokenize(text, Span::new(0, text.len()));
        let comma = toks.iter().position(|t| t.is(',')).expect("a comma");
        office_piece_end(text, &toks, comma + 1, toks.len()).is_some()
    }

    fn set_off(text: &str) -> bool {
        let toks = tokenize(text, Span::new(0, text.len()));
        let commas: Vec<usize> = toks.iter().enumerate().filter(|(_, t)| t.is(',')).map(|(i, _)| i).collect();
        set_off_office(text, &toks, commas[0] + 1, commas[1], true)
    }

    #[test]
    fn an_office_with_of_or_for_set_off_after_a_name_is_a_set_off_office() {
        assert!(set_off("Rashid Ahmed, Minister of Foreign Affairs, said"));
        assert!(set_off("Kafayat Bello, Commissioner for Finance, said"));
        assert!(set_off("Maria Okoro, Director of Public Prosecutions, told"));
        assert!(!set_off("Tom Becker, Hardware Store Owner, said"));
        assert!(!set_off("Tom Becker, of Ashton, said"));
        assert!(!set_off("Jane Doe, Minister of Finance John Mbadi, said"));
    }

    #[test]
    fn an_office_set_off_after_a_name_is_a_title() {
        assert!(piece("said Vincent Clerc, Maersk chief executive."));
        assert!(piece("said Ayman Safadi, Minister of Foreign Affairs, on Monday."));
        assert!(piece("said Leila Haddad, Deputy Minister for Health."));
        assert!(piece("said Tom Reyes, Acme Robotics managing director."));
        assert!(piece("said Ana Ruiz, Foreign Minister"));
    }

    #[test]
    fn a_name_a_place_or_a_clause_is_no_title() {
        assert!(!piece("said Vincent Clerc, John Smith."));
        assert!(!piece("said Jane Doe, Ohio."));
        assert!(!piece("said Jane Doe, the presenter."));
        assert!(!piece("said Jane Doe, Minister of Finance John Mbadi."));
        assert!(!piece("said Jane Doe, Acme said."));
        assert!(!piece("said Jane Doe, Mr Smith."));
    }

    fn before(text: &str) -> Option<String> {
        let toks = tokenize(text, Span::new(0, text.len()));
        let comma = toks.iter().position(|t| t.is(',')).expect("a comma");
        office_piece_before(text, &toks, 0, comma).map(|(a, c)| text[toks[a].span.start..toks[c - 1].span.end].to_string())
    }

    #[test]
    fn an_office_opening_the_clause_before_a_name_is_a_title() {
        assert_eq!(before("Minister of Information, Lai Mohammed, said").as_deref(), Some("Minister of Information"));
        assert_eq!(before("Maersk chief executive, Vincent Clerc, said").as_deref(), Some("Maersk chief executive"));
        assert_eq!(before("Secretary of State for Health, Wes Streeting, said").as_deref(), Some("Secretary of State for Health"));
        assert_eq!(before("In Lagos, Lai Mohammed said"), None);
        assert_eq!(before("John Smith, the mayor, said"), None);
        assert_eq!(before("When the F.B.I. director, James B. Comey, said"), None);
        assert_eq!(before("As LinkedIn chief executive, Jeff Weiner said"), None);
        assert_eq!(before("Acme said the chief executive, Jeff Weiner, said"), None);
    }
}
