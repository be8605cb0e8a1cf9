//! Multi-word phrases from the word lists — units, currencies, hedges — matched against the
//! tokens. Entries are written as tokens separated by spaces (`km / h`, `us $`), and match
//! the same tokens in the text with or without white space between them, so "km/h" and
//! "US$" match too; a hyphen in the text between two words of a phrase is skipped
//! ("10-year-old").

use super::numbers::Tokens;
use crate::detect::lexicon::{self, Lexicon};
use crate::text::tokens::pieces::{pieces, Kind};
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// One entry: its tokens and the fields after the first `|`.
pub struct Phrase {
    toks: Vec<String>,
    /// Whether each token is written against the one before it in the entry ("m2", "usd$"):
    /// such tokens must touch in the text too, so "m2" does not match "12 m 2 dm".
    joined: Vec<bool>,
    pub fields: Vec<&'static str>,
}

impl Phrase {
    pub fn field(&self, i: usize) -> Option<&'static str> {
        self.fields.get(i).copied()
    }

    /// A phrase of one short token ("m", "yo"): matched only where nothing else can be meant.
    pub fn is_short(&self) -> bool {
        self.toks.len() == 1 && self.toks[0].chars().count() <= 2 && self.toks[0].chars().all(char::is_alphabetic)
    }
}

/// The phrases of one word list, indexed by first token, longest first.
pub struct Phrases {
    by_first: HashMap<String, Vec<Phrase>>,
    /// The first bytes of `by_first`'s keys, and the longest key: a figure is sought at every
    /// token, and most tokens open no phrase, which these tell without hashing the token.
    opens: [bool; 256],
    longest_first: usize,
}

impl Phrases {
    fn from(lex: &Lexicon) -> Phrases {
        let mut by_first: HashMap<String, Vec<Phrase>> = HashMap::default();
        for line in lex.entries() {
            let mut parts = line.split('|').map(str::trim);
            let Some(surface) = parts.next() else { continue };
            let tokens = pieces(surface);
            let joined = tokens.iter().enumerate().map(|(k, t)| k > 0 && tokens[k - 1].end == t.start).collect();
            let toks: Vec<String> = tokens.into_iter().map(|t| t.lower).collect();
            if toks.is_empty() {
                continue;
            }
            let fields = parts.collect();
            by_first.entry(toks[0].clone()).or_default().push(Phrase { toks, joined, fields });
        }
        for list in by_first.values_mut() {
            crate::order::sort_by_key(list, |p| std::cmp::Reverse(p.toks.len()));
        }
        let mut opens = [false; 256];
        for first in by_first.keys() {
            if let Some(&b) = first.as_bytes().first() {
                opens[usize::from(b)] = true;
            }
        }
        let longest_first = by_first.keys().map(String::len).max().unwrap_or(0);
        Phrases { by_first, opens, longest_first }
    }

    /// Whether some phrase could open with the token `word`: false rules it out for sure.
    fn may_open(&self, word: &str) -> bool {
        word.len() <= self.longest_first && word.as_bytes().first().is_none_or(|&b| self.opens[usize::from(b)])
    }

    /// The longest phrase starting at token `i`, and the index of its last token.
    pub fn longest(&self, t: &Tokens, i: usize) -> Option<(&Phrase, usize)> {
        let word = t.lower(i);
        if !self.may_open(word) {
            return None;
        }
        let candidates = self.by_first.get(word)?;
        candidates.iter().find_map(|p| matches(t, i, p).map(|last| (p, last)))
    }
}

fn matches(t: &Tokens, i: usize, p: &Phrase) -> Option<usize> {
    let mut j = i;
    for (k, want) in p.toks.iter().enumerate() {
        if k > 0 {
            j += 1;
            if p.joined[k] && !t.joined(j) {
                return None;
            }
            if !t.near(j) {
                return None;
            }
            if t.is(j, "-") && want != "-" && t.kind(j - 1) == Some(Kind::Word) {
                j += 1;
                if !t.near(j) {
                    return None;
                }
            }
        }
        if t.lower(j) != want {
            return None;
        }
    }
    // A phrase ends where a word ends: "m" must not match the start of "miles".
    Some(j)
}

macro_rules! phrase_list {
    ($name:ident, $lex:path) => {
        pub fn $name() -> &'static Phrases {
            static CELL: OnceLock<Phrases> = OnceLock::new();
            CELL.get_or_init(|| Phrases::from($lex()))
        }
    };
}

phrase_list!(units, lexicon::units);
phrase_list!(currencies, lexicon::currencies);
phrase_list!(hedges, lexicon::hedges);
phrase_list!(hedges_after, lexicon::hedges_after);
phrase_list!(relative_ordinals, lexicon::relative_ordinals);
phrase_list!(number_idioms, lexicon::number_idioms);
phrase_list!(time_comparators, lexicon::time_comparators);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrase_matches_with_or_without_spaces() {
        for text in ["km/h", "km / h"] {
            let t = Tokens::new(text);
            let (p, last) = units().longest(&t, 0).expect("unit");
            assert_eq!(p.field(1), Some("kilometer per hour"));
            assert_eq!(last, 2);
        }
        let t = Tokens::new("US$");
        assert_eq!(currencies().longest(&t, 0).and_then(|(p, _)| p.field(0)), Some("US dollar"));
    }

    #[test]
    fn longest_phrase_wins() {
        let t = Tokens::new("at least");
        assert_eq!(hedges().longest(&t, 0).map(|(_, last)| last), Some(1));
        let t = Tokens::new("degrees fahrenheit");
        assert_eq!(units().longest(&t, 0).and_then(|(p, _)| p.field(1)), Some("fahrenheit"));
    }

    #[test]
    fn tokens_joined_in_the_entry_must_touch_in_the_text() {
        assert_eq!(units().longest(&Tokens::new("m2"), 0).and_then(|(p, _)| p.field(0)), Some("area"));
        assert_eq!(units().longest(&Tokens::new("m 2"), 0).and_then(|(p, _)| p.field(0)), Some("length"));
    }

    /// The quick test before the lookup rules out no phrase: every entry's first token
    /// passes it, in every list.
    #[test]
    fn every_first_token_may_open_its_phrases() {
        for list in [units(), currencies(), hedges(), hedges_after(), relative_ordinals(), number_idioms(), time_comparators()] {
            assert!(!list.by_first.is_empty());
            for first in list.by_first.keys() {
                assert!(list.may_open(first), "{first:?}");
            }
            assert!(!list.may_open(&"x".repeat(list.longest_first + 1)));
        }
    }

    #[test]
    fn hyphen_between_words_is_skipped() {
        let t = Tokens::new("year-old");
        assert_eq!(units().longest(&t, 0).and_then(|(p, _)| p.field(0)), Some("age"));
    }
}
