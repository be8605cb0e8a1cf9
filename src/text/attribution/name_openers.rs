//! Names that open with a word the speaker rules otherwise read as no name: a time
//! after "the" ("the Evening Standard", "the Sunday Times", "The Morning Star") or an
//! ordinal before an organisation's word ("First National Bank", "First Republic Bank"). Cut there, the organisation loses
//! its first word ("Standard", "National Bank") or the time is taken for a role.

use super::tokens::{is_capitalised, key, Tok};
use crate::detect::lexicon;

/// Most capitalised words after the opener in an organisation's name.
const NAME_WORDS: usize = 5;

fn word<'a>(text: &'a str, t: &Tok) -> &'a str {
    &text[t.span.start..t.span.end]
}

/// Whether `w` is a capitalised word the speaker rules stop a name at: a time word or a
/// word that may stand between a speaker and a cue ("First", "Early").
fn is_opener(w: &str) -> bool {
    let k = key(w);
    is_capitalised(w) && (lexicon::time_words().contains(&k) || lexicon::cue_fillers().contains(&k))
}

/// Whether the opener `w`, with `prev` the word before it (if any) and `rest` the words
/// after it in the phrase, opens a name: after "the" with a capitalised word next ("the
/// Evening Standard"), or before capitalised words that end in an organisation's word
/// ("First National Bank").
pub(super) fn opens_name(prev: Option<&str>, w: &str, rest: &[&str]) -> bool {
    if !is_opener(w) || rest.is_empty() || rest.len() > NAME_WORDS {
        return false;
    }
    let after_the = prev.is_some_and(|p| key(p) == "the") && rest.first().is_some_and(|n| is_capitalised(n) && !is_opener(n));
    // Only an ordinal opens a name before an organisation's word: "Now Bloomberg says".
    let ordinal = lexicon::ordinal_words().entry_for_key(&key(w)).is_some();
    let organisation =
        ordinal && rest.len() >= 2 && rest.iter().all(|n| is_capitalised(n)) && rest.last().is_some_and(|l| lexicon::organisation_words().contains(&key(l)));
    after_the || organisation
}

/// [`opens_name`] for token `i` of a phrase ending at `end`.
pub(super) fn opens_name_at(text: &str, toks: &[Tok], i: usize, end: usize) -> bool {
    if !toks.get(i).is_some_and(Tok::is_word) || (i + 1..end).any(|j| !toks[j].is_word()) {
        return false;
    }
    let prev = i.checked_sub(1).filter(|&p| toks[p].is_word()).map(|p| word(text, &toks[p]));
    let rest: Vec<&str> = (i + 1..end).map(|j| word(text, &toks[j])).collect();
    opens_name(prev, word(text, &toks[i]), &rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_or_an_order_word_opens_an_outlet_or_a_bank() {
        assert!(opens_name(Some("the"), "Evening", &["Standard"]));
        assert!(opens_name(Some("The"), "Sunday", &["Times"]));
        assert!(opens_name(Some("the"), "Morning", &["Star"]));
        assert!(opens_name(None, "First", &["National", "Bank"]));
        assert!(opens_name(Some("at"), "First", &["Republic", "Bank"]));
    }

    #[test]
    fn a_time_or_an_adverb_before_a_person_is_no_name() {
        assert!(!opens_name(None, "Today", &["Smith"]));
        assert!(!opens_name(None, "Later", &["Jane", "Doe"]));
        assert!(!opens_name(Some("on"), "Monday", &["Jane", "Doe"]));
        assert!(!opens_name(Some("the"), "Evening", &[]));
        assert!(!opens_name(Some("the"), "Standard", &["Times"]));
        assert!(!opens_name(None, "Now", &["Bloomberg"]));
        assert!(!opens_name(None, "Yet", &["Acme", "Bank"]));
        assert!(!opens_name(None, "First", &["Bloomberg"]));
    }
}
