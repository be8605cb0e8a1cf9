//! A document credited with its maker after "according to": "according to new figures
//! from the Office for National Statistics", "according to a survey by Gallup". PolNeAR
//! credits the whole phrase (all 28 such sources in its train and dev splits), so the
//! source runs from the document's first word to the end of its maker's name.

use super::tokens::{key, Tok};
use crate::detect::lexicon;
use std::sync::OnceLock;

/// Modifiers read before the document noun at most: "a new state-wide survey".
const MODIFIERS: usize = 4;

fn word<'a>(text: &'a str, t: &Tok) -> &'a str {
    &text[t.span.start..t.span.end]
}

/// Whether `k` (lower case) names a document or data a source puts out.
pub fn is_document_noun(k: &str) -> bool {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut v: Vec<&str> =
            data_file!("text/attribution/document_nouns.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        v.sort_unstable();
        v
    })
    .binary_search(&k)
    .is_ok()
}

/// Whether `k` (lower case) names an event or record a body holds ("meeting", "minutes").
fn is_event_noun(k: &str) -> bool {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut v: Vec<&str> = data_file!("text/attribution/event_nouns.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        v.sort_unstable();
        v
    })
    .binary_search(&k)
    .is_ok()
}

/// "the Federal Reserve's July meeting", "the ONS's latest survey": a source that is a
/// document or an event owned by a capitalised name in the possessive is that owner's
/// word; the owner ("the Federal Reserve") is the source to check. At most three words
/// stand between the owner and the noun; `None` for any other phrase.
pub fn owner_of_document(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let last = key(words.last()?.trim_end_matches(['.', ',']));
    if !is_document_noun(&last) && !is_event_noun(&last) {
        return None;
    }
    let owned = |w: &str| w.ends_with("'s") || w.ends_with("\u{2019}s") || w.ends_with("s'") || w.ends_with("s\u{2019}");
    let p = words.iter().rposition(|w| owned(w))?;
    let between = words.len() - 1 - p;
    let capital = words[p].chars().next().is_some_and(char::is_uppercase);
    if !(1..=4).contains(&between) || !capital {
        return None;
    }
    let at = name.find(words[p])? + words[p].len();
    let owner = name[..at].trim_end_matches("'s").trim_end_matches("\u{2019}s").trim_end_matches(['\'', '\u{2019}']);
    Some(owner.to_string())
}

/// Whether token `k` comes right after "according to" (or "per").
pub fn after_according_to(text: &str, toks: &[Tok], k: usize) -> bool {
    let at = |j: usize| toks.get(j).filter(|t| t.is_word()).map(|t| key(word(text, t)));
    (k >= 2 && at(k - 1).as_deref() == Some("to") && at(k - 2).as_deref() == Some("according")) || (k >= 1 && at(k - 1).as_deref() == Some("per"))
}

/// The token after the document noun's preposition ("from", "by", "of"), when tokens
/// `k..hi` open with a document phrase: a determiner, a few modifiers, the noun.
pub fn maker_start(text: &str, toks: &[Tok], k: usize, hi: usize) -> Option<usize> {
    for j in k..=k + MODIFIERS + 1 {
        let t = toks.get(j).filter(|_| j + 1 < hi)?;
        if !t.is_word() {
            return None;
        }
        let kk = key(word(text, t));
        let next = toks.get(j + 1).filter(|n| n.is_word()).map(|n| key(word(text, n)));
        if is_document_noun(&kk) && matches!(next.as_deref(), Some("from" | "by" | "of")) {
            return Some(j + 2).filter(|&m| m < hi);
        }
        // "audio provided by Wyoming Public Radio", "a court document filed by the state":
        // a participle of handing over between the noun and its maker (or recipient).
        let after_next = toks.get(j + 2).filter(|n| n.is_word()).map(|n| key(word(text, n)));
        let handed = next.as_deref().is_some_and(|n| n.len() > 4 && n.ends_with("ed"));
        if is_document_noun(&kk) && handed && matches!(after_next.as_deref(), Some("by" | "to")) {
            return Some(j + 3).filter(|&m| m < hi);
        }
        // Only modifiers before the noun: no clause, no other preposition.
        if j > k && (lexicon::speaker_boundaries().contains(&kk) || matches!(kk.as_str(), "who" | "which" | "that")) {
            return None;
        }
    }
    None
}

/// Whether the reporting word at `i` is a document noun inside an "according to" phrase
/// ("according to earlier estimates from Stanford"), so no cue of its own.
pub fn inside_according_to(text: &str, toks: &[Tok], i: usize) -> bool {
    let plain = |j: usize| toks[j].is_word() && !lexicon::speaker_boundaries().contains(&key(word(text, &toks[j])));
    i < toks.len()
        && is_document_noun(&key(word(text, &toks[i])))
        && (1..=MODIFIERS + 1).any(|back| i >= back && after_according_to(text, toks, i - back) && (i - back..i).all(plain))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;
    use crate::text::Span;

    fn maker(text: &str) -> Option<String> {
        let toks = tokenize(text, Span::new(0, text.len()));
        maker_start(text, &toks, 0, toks.len()).map(|m| text[toks[m].span.start..].to_string())
    }

    #[test]
    fn document_phrases_lead_to_their_maker() {
        assert_eq!(maker("new figures from the Office for National Statistics.").as_deref(), Some("the Office for National Statistics."));
        assert_eq!(maker("a survey by Gallup.").as_deref(), Some("Gallup."));
        assert_eq!(maker("a recent state-wide poll of Iowa voters,").as_deref(), Some("Iowa voters,"));
        assert_eq!(maker("research by the University of Sydney").as_deref(), Some("the University of Sydney"));
    }

    /// A participle of handing over ("provided", "filed", "obtained") may stand between the
    /// document and its maker or recipient.
    #[test]
    fn handed_documents_lead_to_their_maker() {
        assert_eq!(maker("audio provided by Wyoming Public Radio.").as_deref(), Some("Wyoming Public Radio."));
        assert_eq!(maker("a court document filed by state attorney Dave Aronberg.").as_deref(), Some("state attorney Dave Aronberg."));
        assert_eq!(maker("a recording obtained by the Guardian,").as_deref(), Some("the Guardian,"));
        assert_eq!(maker("a transcript provided to The Times.").as_deref(), Some("The Times."));
        // A participle that hands nothing over to a maker is no document phrase.
        assert_eq!(maker("a report published yesterday."), None);
    }

    #[test]
    fn a_document_or_event_of_an_owner_is_the_owner_s() {
        assert_eq!(owner_of_document("the Federal Reserve's July meeting").as_deref(), Some("the Federal Reserve"));
        assert_eq!(owner_of_document("the ECB\u{2019}s latest economic forecast").as_deref(), Some("the ECB"));
        assert_eq!(owner_of_document("Leeds City Council's annual review").as_deref(), Some("Leeds City Council"));
        assert_eq!(owner_of_document("the Senate Finance Committee's hearing").as_deref(), Some("the Senate Finance Committee"));
        assert_eq!(owner_of_document("the Teamsters' survey").as_deref(), Some("the Teamsters"));
        // No owner, a lower-case owner, or a noun that is no document: as written.
        assert_eq!(owner_of_document("a new Quinnipiac University poll"), None);
        assert_eq!(owner_of_document("the company's chief executive"), None);
        assert_eq!(owner_of_document("the board's report"), None);
    }

    #[test]
    fn other_phrases_are_no_document() {
        assert_eq!(maker("the mayor of Denver."), None);
        assert_eq!(maker("officials in the report by Ofsted."), None);
        assert_eq!(maker("a survey."), None);
    }

    #[test]
    fn document_nouns_after_according_to_are_no_cue() {
        let text = "Walkers take 5,000 steps a day, according to earlier estimates from Stanford.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let at = toks.iter().position(|t| word(text, t) == "estimates").unwrap_or(0);
        assert!(inside_according_to(text, &toks, at));
        let text = "The ministry estimates that 5,000 people left.";
        let toks = tokenize(text, Span::new(0, text.len()));
        assert!(!inside_according_to(text, &toks, 2));
    }
}
