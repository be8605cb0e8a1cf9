//! Lower-cased words without an allocation per word: the shared helpers every module's
//! lexicon lookups go through; and [`title_case`] and [`reads_as_heading`], which quotes
//! (titles of works), claims and attribution (headings) ask.
//!
//! Most words of news prose are lower case already, and nearly all the rest are ASCII, so
//! `str::to_lowercase` (a fresh `String` for every word, for every lookup, in every module)
//! was a large share of the analysis's time spent in the allocator. [`lower`] borrows the
//! word when it is already lower-case ASCII and allocates only otherwise; [`eq_lower`]
//! compares a word's lower case with a lower-case string without building it. Both agree
//! exactly with `to_lowercase` (non-ASCII text still goes through it, so context-dependent
//! mappings such as a word-final capital sigma stay as they were).

use std::borrow::Cow;

/// `word.to_lowercase()`, borrowed when that would change nothing (ASCII without capitals).
pub fn lower(word: &str) -> Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(word)
    } else if word.is_ascii() {
        // ASCII lower-cases byte for byte: no Unicode tables, one allocation.
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// Whether `word.to_lowercase() == lowered`, without allocating when `word` is ASCII.
pub fn eq_lower(word: &str, lowered: &str) -> bool {
    if word.is_ascii() {
        word.len() == lowered.len() && word.bytes().zip(lowered.bytes()).all(|(a, b)| a.to_ascii_lowercase() == b)
    } else {
        word.to_lowercase() == lowered
    }
}

/// Small words that stay lower case inside a title.
const TITLE_SMALL_WORDS: &[&str] = &["a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"];

/// Whether the words read as a title (a work's, or a heading's): every word but the small
/// ones capitalised. A sign
/// standing as a word (`&`, `+`, a dash) is neither, as in "Fox & Friends".
pub fn title_case(words: &[&str]) -> bool {
    let content: Vec<&&str> = words
        .iter()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .filter(|w| !TITLE_SMALL_WORDS.contains(&w.to_lowercase().trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    !content.is_empty()
        && content.iter().all(|w| w.trim_start_matches(|c: char| !c.is_alphanumeric()).chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()))
}

/// The most words a heading set as a sentence of its own ("Refugees.", "Human Rights.")
/// is read to have; a longer capitalised line may be a sentence full of names.
const HEADING_WORDS: usize = 4;

/// A short line of capitalised words closed by a full stop: a section heading of an
/// explainer or a list, with no verb to make it a statement, whatever a model scores or
/// a name-shaped reading makes of it.
pub fn reads_as_heading(text: &str) -> bool {
    // Nearly every sentence is longer than a heading: said before its words are collected.
    if text.split_whitespace().nth(HEADING_WORDS).is_some() {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() <= HEADING_WORDS && words.iter().all(|w| !w.contains(['\u{201c}', '"'])) && title_case(&words)
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: [&str; 14] = [
        "",
        "said",
        "Said",
        "SAID",
        "U.S.",
        "caf\u{e9}",
        "Caf\u{c9}",
        "\u{3a3}\u{39f}\u{3a3}",
        "o\u{3a3}",
        "\u{130}stanbul",
        "K\u{212a}",
        "4.9%",
        "don\u{2019}t",
        "Mc-Donald's",
    ];

    #[test]
    fn lower_agrees_with_to_lowercase_and_borrows_lower_ascii() {
        for w in WORDS {
            assert_eq!(lower(w), w.to_lowercase(), "{w:?}");
        }
        assert!(matches!(lower("said"), Cow::Borrowed(_)));
        assert!(matches!(lower("4.9%"), Cow::Borrowed(_)));
        assert!(matches!(lower("Said"), Cow::Owned(_)));
        assert!(matches!(lower("caf\u{e9}"), Cow::Owned(_)), "non-ASCII goes through to_lowercase");
    }

    #[test]
    fn eq_lower_agrees_with_comparing_to_lowercase() {
        for w in WORDS {
            for other in WORDS.iter().map(|o| o.to_lowercase()).chain(["sai".into(), "saidx".into(), "u.s".into()]) {
                assert_eq!(eq_lower(w, &other), w.to_lowercase() == other, "{w:?} against {other:?}");
            }
        }
    }
}
