//! Term words: what search-query hints read. A word runs over the marks written inside
//! numbers, names and contractions ("$1.2", "4.8%", "U.S.", "AT&T", "o'neill", "9/11") and
//! drops the punctuation around it and a possessive "'s"; each word says whether a clause
//! mark (comma, bracket, dash, quotation mark) comes before it, since a name or a number
//! never runs across one.

/// One word of the sentence as [`tokens`] cut it.
#[derive(Debug)]
pub struct Token<'a> {
    /// The word, without the punctuation around it and without a possessive "'s".
    pub text: &'a str,
    /// A clause mark (comma, bracket, quotation mark, dash…) comes between it and the word before.
    pub break_before: bool,
    /// It was written with a possessive "'s" ("the city's").
    pub possessive: bool,
}

/// Whether a character belongs to a raw token of [`tokens`]: letters, digits and the marks
/// written inside numbers, names and contractions.
#[inline]
fn word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(
            c,
            '\'' | '\u{2019}'
                | '-'
                | '.'
                | '%'
                | '$'
                | '\u{20ac}'
                | '\u{a3}'
                | '\u{a5}'
                | '\u{20b9}'
                | '\u{20a9}'
                | '\u{20bd}'
                | '\u{20ba}'
                | '\u{20aa}'
                | '&'
                | '/'
                | ','
        )
}

/// The words of `text`, each with whether a clause mark comes before it and whether it
/// was written with a possessive.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    // About one word in six bytes of prose: one allocation for most sentences.
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    let mut pending_break = false;
    scan(text, |piece| match piece {
        Piece::Run(raw) => {
            let (word, trailing_break) = trim_word(raw);
            if word.is_empty() {
                // Punctuation standing alone ("WASHINGTON (Reuters) - The Fed", "a - b"): a
                // clause mark between the words either side.
                pending_break = true;
            } else {
                let possessive = raw.trim_end_matches(|c: char| !c.is_alphanumeric()).len() > word.len();
                out.push(Token { text: word, break_before: pending_break, possessive });
                pending_break = trailing_break;
            }
        }
        Piece::Mark => pending_break = true,
    });
    out
}

/// Each word of [`tokens`] without its flags, handed to `read` in one pass without
/// building a list: what a scan of a whole article for its words needs. A stretch of
/// punctuation alone gives an empty word.
pub fn each_bare_word<'t>(text: &'t str, mut read: impl FnMut(&'t str)) {
    scan(text, |piece| {
        if let Piece::Run(raw) = piece {
            read(trim_word(raw).0);
        }
    });
}

/// What [`scan`] meets: a run of word characters, or a mark that is neither a word
/// character nor white space, right after a run or on its own.
enum Piece<'t> {
    Run(&'t str),
    Mark,
}

/// [`word_char`] for an ASCII byte, without decoding a character.
#[inline]
fn ascii_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'\'' | b'-' | b'.' | b'%' | b'$' | b'&' | b'/' | b',')
}

/// The one pass both [`tokens`] and [`each_bare_word`] make over `text`. News text is
/// nearly all ASCII: a byte below 128 is read as it is, and only other bytes are decoded
/// as a character.
fn scan<'t>(text: &'t str, mut meet: impl FnMut(Piece<'t>)) {
    let bytes = text.as_bytes();
    let mut start = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (word, space, len) = if b.is_ascii() {
            (ascii_word_byte(b), b.is_ascii_whitespace() || b == 0x0b, 1)
        } else {
            // `i` is always at a character's first byte: it moves by whole characters.
            let c = text[i..].chars().next().unwrap_or(' ');
            (word_char(c), c.is_whitespace(), c.len_utf8())
        };
        if word {
            start.get_or_insert(i);
        } else {
            if let Some(s) = start.take() {
                meet(Piece::Run(&text[s..i]));
            }
            if !space {
                meet(Piece::Mark);
            }
        }
        i += len;
    }
    if let Some(s) = start {
        meet(Piece::Run(&text[s..]));
    }
}

/// A raw token without the punctuation around it and without a possessive "'s"; the flag says
/// whether a clause mark (a trailing comma, a full stop) ended it.
#[inline]
fn trim_word(raw: &str) -> (&str, bool) {
    let edge = |c: char| matches!(c, '\'' | '\u{2019}' | '-' | '.' | ',' | '/' | '&');
    let mut w = raw.trim_start_matches(edge);
    let before = w.len();
    // "U.S.": one letter before each full stop, at least two of them (most words have
    // none: counted bytewise before any split).
    let is_initialism = |s: &str| {
        let parts = s.bytes().filter(|&b| b == b'.').count() + 1;
        parts > 2 && s.split('.').take(parts - 1).all(|l| l.chars().count() == 1)
    };
    if !is_initialism(w) {
        w = w.trim_end_matches(edge);
    } else {
        w = w.trim_end_matches(',');
    }
    let ended = w.len() < before;
    for suffix in ["'s", "\u{2019}s"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            w = stem;
        }
    }
    (w, ended)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokens(text).iter().map(|t| t.text).collect()
    }

    #[test]
    fn numbers_names_and_contractions_are_one_word() {
        assert_eq!(
            texts("AT&T paid $1.2 billion, 4.8% of 9/11 costs, O'Neill said."),
            ["AT&T", "paid", "$1.2", "billion", "4.8%", "of", "9/11", "costs", "O'Neill", "said"]
        );
    }

    #[test]
    fn initialisms_keep_their_stops_and_possessives_go() {
        assert_eq!(texts("The U.S. economy and the city\u{2019}s budget."), ["The", "U.S.", "economy", "and", "the", "city", "budget"]);
        assert!(tokens("the city's plan").iter().any(|t| t.possessive && t.text == "city"));
    }

    #[test]
    fn clause_marks_break_between_words() {
        let t = tokens("OSLO (Reuters) - The bank, Norges, rose");
        let breaks: Vec<(&str, bool)> = t.iter().map(|t| (t.text, t.break_before)).collect();
        assert_eq!(breaks, [("OSLO", false), ("Reuters", true), ("The", true), ("bank", false), ("Norges", true), ("rose", true)]);
    }

    #[test]
    fn bare_words_are_the_words_of_tokens() {
        for text in ["", "  ... ,,, ---", "The city's 12,000 officers said \u{201c}no\u{201d} -- and U.S. officials.", "-dash- &co /slash/ 'q'"] {
            let mut bare = Vec::new();
            each_bare_word(text, |w| bare.extend((!w.is_empty()).then_some(w)));
            assert_eq!(bare, texts(text), "{text:?}");
        }
    }
}
