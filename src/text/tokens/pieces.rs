//! Pieces: the finest cut of the text, what the number grammar reads. A letter run, a run of
//! ASCII digits, or any other visible character on its own ("$4.8bn" is `$`, `4`, `.`, `8`,
//! `bn`), each with its byte span and its lower case. A number, a unit or a hedge is a run
//! of pieces, so "4.8", "4 . 8" and "US$" are read by one grammar whatever the spacing.

/// What a [`Piece`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A run of letters (and of the combining vowel signs some scripts write words with).
    Word,
    /// A run of ASCII digits.
    Digits,
    /// One other character that is not white space.
    Symbol,
}

/// A letter run, a digit run or one other visible character, with its byte span.
#[derive(Clone, Debug)]
pub struct Piece {
    /// What it is.
    pub kind: Kind,
    /// Its first byte in the text it was cut from.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// The atom lower-cased (words) or as written (digits, symbols).
    pub lower: String,
}

/// Cuts `text` into pieces: runs of letters, runs of ASCII digits, and every other
/// character that is not white space on its own.
pub fn pieces(text: &str) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let mut iter = text.char_indices().peekable();
    while let Some((start, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        let kind = if is_letter(c) {
            Kind::Word
        } else if c.is_ascii_digit() {
            Kind::Digits
        } else {
            Kind::Symbol
        };
        let mut end = start + c.len_utf8();
        if kind != Kind::Symbol {
            while let Some(&(i, d)) = iter.peek() {
                let same = if kind == Kind::Word { is_letter(d) } else { d.is_ascii_digit() };
                if !same {
                    break;
                }
                end = i + d.len_utf8();
                iter.next();
            }
        }
        let raw = &text[start..end];
        let lower = if kind == Kind::Word { crate::text::words::lower(raw).into_owned() } else { raw.to_string() };
        out.push(Piece { kind, start, end, lower });
    }
    out
}

/// Letters, and the combining vowel signs some scripts write currency names with (ரூ).
fn is_letter(c: char) -> bool {
    c.is_alphabetic() || ('\u{0900}'..='\u{0DFF}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Vec<(Kind, &str, String)> {
        pieces(text).into_iter().map(|a| (a.kind, &text[a.start..a.end], a.lower)).collect()
    }

    #[test]
    fn letters_digits_and_symbols_are_apart() {
        let got: Vec<&str> = cut("US$4.8bn, 12%").into_iter().map(|(_, raw, _)| raw).collect();
        assert_eq!(got, ["US", "$", "4", ".", "8", "bn", ",", "12", "%"]);
        assert_eq!(cut("km/h")[1].0, Kind::Symbol);
        assert_eq!(cut("2023")[0].0, Kind::Digits);
    }

    #[test]
    fn words_are_lower_cased_and_the_rest_kept_as_written() {
        assert_eq!(
            cut("Forty-Two \u{c9}TAT"),
            [
                (Kind::Word, "Forty", "forty".to_string()),
                (Kind::Symbol, "-", "-".to_string()),
                (Kind::Word, "Two", "two".to_string()),
                (Kind::Word, "\u{c9}TAT", "\u{e9}tat".to_string()),
            ]
        );
    }

    #[test]
    fn other_digits_and_white_space() {
        // Only ASCII digits make a digit run: an Arabic-Indic digit is a symbol of its own.
        assert_eq!(cut("\u{661}\u{662}").iter().map(|a| a.0).collect::<Vec<_>>(), [Kind::Symbol, Kind::Symbol]);
        assert!(pieces(" \n\t\u{a0}").is_empty());
        // A vowel sign stays in the word it is written in.
        assert_eq!(cut("\u{bb0}\u{bc2} 5").len(), 2);
    }
}
