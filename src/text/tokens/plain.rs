//! Plain words: runs of letters and digits, every other character a separator. The cut
//! for looking a text's words up in a word list (trend words, reporting verbs, a
//! region's names) and for the claim model's character grams, where nothing finer is
//! needed. A caller may keep some marks inside words (an apostrophe, a hyphen).

/// The words of `text`: the runs of characters that are alphanumeric or one of `inner`,
/// in order, none empty.
pub fn words<'a>(text: &'a str, inner: &'static [char]) -> impl DoubleEndedIterator<Item = &'a str> + 'a {
    text.split(move |c: char| !c.is_alphanumeric() && !inner.contains(&c)).filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_split_words_unless_kept_inside() {
        let text = "Don't re-elect O\u{2019}Brien: 4.9% (2024)!";
        assert_eq!(words(text, &[]).collect::<Vec<_>>(), ["Don", "t", "re", "elect", "O", "Brien", "4", "9", "2024"]);
        assert_eq!(words(text, &['\'', '-']).collect::<Vec<_>>(), ["Don't", "re-elect", "O", "Brien", "4", "9", "2024"]);
        assert_eq!(words(text, &['\'', '\u{2019}']).nth(3), Some("O\u{2019}Brien"));
    }

    #[test]
    fn no_word_in_marks_alone() {
        assert_eq!(words(" -- ... \u{201c}\u{201d} ", &[]).count(), 0);
        assert_eq!(words("caf\u{e9} \u{130}stanbul", &[]).collect::<Vec<_>>(), ["caf\u{e9}", "\u{130}stanbul"]);
    }
}
