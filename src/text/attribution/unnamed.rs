//! Unnamed sources told apart by whom they are close to or what they know: "a source
//! close to Boris Johnson", "someone familiar with the talks", "an ally close to the
//! minister". The whole phrase is the source; the person after "to" is only whom the
//! source is near, and must not take the credit.

use super::tokens::{key, Tok};
use crate::detect::lexicon;
use std::sync::OnceLock;

/// Whether `k` (lower case) is a noun for an unnamed source: `unnamed_sources.txt`.
fn is_unnamed_head(k: &str) -> bool {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    let list = CELL.get_or_init(|| {
        let mut v: Vec<&str> =
            data_file!("text/attribution/unnamed_sources.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        v.sort_unstable();
        v
    });
    list.binary_search(&k).is_ok()
}

/// The words that say how near a source is to someone or something.
fn is_nearness(k: &str) -> bool {
    matches!(k, "close" | "closest" | "familiar" | "loyal" | "near")
}

/// Whether a head noun (an unnamed source or an office: "aide") and a word of nearness
/// stand before a preposition ("source close to", "person familiar with").
fn near_head(head: &str, near: &str, preposition: &str) -> bool {
    matches!(preposition, "to" | "with") && is_nearness(near) && (is_unnamed_head(head) || lexicon::speaker_roles().contains(head))
}

fn word_key(text: &str, toks: &[Tok], i: usize) -> Option<String> {
    toks.get(i).filter(|t| t.is_word()).map(|t| key(&text[t.span.start..t.span.end]).into())
}

/// Whether token `p` is the preposition of "source close to", "person familiar with"
/// (reading back from a cue, the phrase goes on through it).
pub fn ties_at(text: &str, toks: &[Tok], lo: usize, p: usize) -> bool {
    if p < lo + 2 {
        return false;
    }
    match (word_key(text, toks, p - 2), word_key(text, toks, p - 1), word_key(text, toks, p)) {
        (Some(h), Some(n), Some(prep)) => near_head(&h, &n, &prep),
        _ => false,
    }
}

/// Whether token `s` opens an unnamed source: "someone close to …", "sources familiar with …".
pub fn opens_at(text: &str, toks: &[Tok], s: usize, end: usize) -> bool {
    s + 2 < end
        && matches!((word_key(text, toks, s), word_key(text, toks, s + 1), word_key(text, toks, s + 2)), (Some(h), Some(n), Some(p)) if near_head(&h, &n, &p))
}

/// Whether a speaker phrase's words (with their keys) are an unnamed source: a head,
/// nearness and its preposition, with only a determiner or lower-case modifiers before
/// the head ("A senior source close to", "Sources close to").
pub fn is_unnamed_phrase(words: &[(&str, String)]) -> bool {
    let Some(h) = (0..words.len().saturating_sub(2)).find(|&i| near_head(&words[i].1, &words[i + 1].1, &words[i + 2].1)) else {
        return false;
    };
    let lower = |w: &str| !w.chars().next().is_some_and(char::is_uppercase);
    // The first word may be capitalised as it opens the sentence.
    words[..h].iter().enumerate().all(|(i, (w, k))| (i == 0 || lower(w)) && !matches!(k.as_str(), "to" | "with" | "of" | "for")) && words.len() > h + 3
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<(&str, String)> {
        s.split(' ').map(|w| (w, key(w).into())).collect()
    }

    #[test]
    fn sources_near_someone_are_unnamed() {
        assert!(is_unnamed_phrase(&words("A source close to Boris Johnson")));
        assert!(is_unnamed_phrase(&words("Sources close to the minister")));
        assert!(is_unnamed_phrase(&words("someone close to the family")));
        assert!(is_unnamed_phrase(&words("a senior aide close to Emmanuel Macron")));
        assert!(is_unnamed_phrase(&words("people familiar with the talks")));
    }

    #[test]
    fn names_and_bare_nouns_are_not() {
        assert!(!is_unnamed_phrase(&words("Boris Johnson")));
        assert!(!is_unnamed_phrase(&words("A source")));
        assert!(!is_unnamed_phrase(&words("Mayor Lee Close")));
        assert!(!is_unnamed_phrase(&words("the house close to the river")));
        assert!(!is_unnamed_phrase(&words("Head of Sources close to")));
    }
}
