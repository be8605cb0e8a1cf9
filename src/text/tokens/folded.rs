//! Folded words: what the check-worthiness model reads. Lower-cased words, curly
//! apostrophes made straight, and every number folded into its class (`#num`, `#year`,
//! `#time`): the model learns "a figure here", not the figure. Punctuation is dropped,
//! except inside a number ("4.9", "70,000", "4:57").

/// A sentence's folded words written one after another into one buffer, with each word's
/// range in it: two allocations a sentence instead of a `String` per word.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Folded {
    text: String,
    ends: Vec<(usize, usize)>,
}

/// The folded words of `sentence`, each its own `String`.
pub fn tokens(sentence: &str) -> Vec<String> {
    Folded::of(sentence).words().into_iter().map(str::to_string).collect()
}

impl Folded {
    /// The words, borrowed from the buffer.
    pub fn words(&self) -> Vec<&str> {
        self.ends.iter().map(|&(s, e)| &self.text[s..e]).collect()
    }

    /// Append `token` as the next word.
    fn push(&mut self, token: &str) {
        let start = self.text.len();
        self.text.push_str(token);
        self.ends.push((start, self.text.len()));
    }

    /// The folded words of `sentence`.
    pub fn of(sentence: &str) -> Folded {
        let mut out = Folded { text: String::with_capacity(sentence.len()), ends: Vec::new() };
        let mut word = String::new();
        let flush = |word: &mut String, out: &mut Folded| {
            if word.is_empty() {
                return;
            }
            let w = word.trim_matches(|c| c == '\'' || c == '.' || c == ',' || c == ':');
            if !w.is_empty() {
                if w.contains(':') && w.chars().any(|c| c.is_ascii_digit()) {
                    // A clock time ("4:57") says when, not how much.
                    out.push("#time");
                } else if w.chars().any(|c| c.is_ascii_digit()) {
                    let year = w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1800..2100).contains(&y));
                    out.push(if year { "#year" } else { "#num" });
                } else {
                    out.push(w);
                }
            }
            word.clear();
        };
        Folded::scan(sentence, &mut word, &mut out, flush);
        out
    }

    /// The character loop of [`Folded::of`]: `flush` ends each word.
    fn scan(sentence: &str, word: &mut String, out: &mut Folded, flush: impl Fn(&mut String, &mut Folded)) {
        for c in sentence.chars() {
            // ASCII first, the common case: the same decisions without the Unicode tables.
            if c.is_ascii() {
                if c.is_ascii_alphanumeric() || c == '\'' {
                    word.push(c.to_ascii_lowercase());
                } else if matches!(c, '.' | ',' | ':') && word.as_bytes().last().is_some_and(u8::is_ascii_digit) {
                    // 4.9 and 70,000 stay one number, 4:57 one time.
                    word.push(c);
                } else {
                    flush(word, out);
                }
                continue;
            }
            if c.is_alphanumeric() || c == '\u{2019}' {
                word.extend(c.to_lowercase().map(|c| if c == '\u{2019}' { '\'' } else { c }));
            } else {
                flush(word, out);
            }
        }
        flush(word, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_fold_into_classes() {
        assert_eq!(tokens("We lost 70,000 jobs in 2016, or 4.9%."), ["we", "lost", "#num", "jobs", "in", "#year", "or", "#num"]);
        assert_eq!(tokens("Founded in 1750, it had 2200 beds, 2,100 in 1799."), ["founded", "in", "#num", "it", "had", "#num", "beds", "#num", "in", "#num"]);
    }

    #[test]
    fn clock_times_are_their_own_class() {
        assert_eq!(tokens("At 4:57 now, and 10:30: the vote."), ["at", "#time", "now", "and", "#time", "the", "vote"]);
    }

    #[test]
    fn curly_apostrophes_fold_to_straight() {
        assert_eq!(tokens("Don\u{2019}t \u{2018}go\u{2019}"), ["don't", "go"]);
        assert_eq!(tokens("'Quoted' O'NEILL's"), ["quoted", "o'neill's"]);
    }

    #[test]
    fn the_buffer_holds_what_the_strings_hold() {
        for s in ["", "?!", "Caf\u{e9} \u{130}stanbul's 4.9% ZA\u{df}", "1.2.3,4 ..."] {
            assert_eq!(Folded::of(s).words(), tokens(s), "{s:?}");
        }
    }
}
