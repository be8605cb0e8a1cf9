//! The plural a share is taken of: "three in four GPs", "two in three women", "four in five
//! MPs". Besides the regular plurals in -s that are no unit of time ("adults", not "minutes"),
//! a group may be a plural that ends otherwise ("women", "children", `plural_nouns.txt`) or an
//! acronym with a lower-case plural "s" ("GPs", "MPs", "NGOs"), which the length test of a
//! lower-case word ("gps" is three letters) would miss.

use super::numbers::Tokens;
use crate::detect::lexicon;

/// Whether token `k` names a plural group of people or things a share is taken of.
pub(super) fn plural_group(t: &Tokens, k: usize) -> bool {
    let w = t.lower(k);
    if !t.is_word(k) || !t.near(k) || lexicon::function_words().contains(w) {
        return false;
    }
    regular_plural(w) || lexicon::plural_nouns().contains(w) || acronym_plural(t.raw(k))
}

/// "adults", "voters": a word in -s, not "-ss", that is no unit of time ("minutes").
fn regular_plural(w: &str) -> bool {
    let singular = w.strip_suffix('s').unwrap_or(w);
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !lexicon::time_nouns().contains(w) && !lexicon::time_nouns().contains(singular)
}

/// "GPs", "MPs", "NGOs": capitals and a lower-case plural "s".
fn acronym_plural(raw: &str) -> bool {
    raw.strip_suffix('s').is_some_and(|stem| stem.len() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::figures;

    /// (text, value) of every figure of a text.
    fn read(text: &str) -> Vec<(String, Option<f64>)> {
        figures(text).into_iter().map(|(s, f)| (s, f.value)).collect()
    }

    fn close(got: &[(String, Option<f64>)], want: f64) -> bool {
        got.len() == 1 && got[0].1.is_some_and(|v| (v - want).abs() < 1e-9)
    }

    #[test]
    fn a_share_of_an_acronym_group_is_one_figure() {
        for (text, want) in [
            ("Three in four GPs said they could not meet demand.", 0.75),
            ("Two in five MPs backed the bill.", 0.4),
            ("Four in five NGOs reported funding cuts.", 0.8),
        ] {
            assert!(close(&read(text), want), "{text}: {:?}", read(text));
        }
    }

    #[test]
    fn a_share_of_an_irregular_plural_is_one_figure() {
        for (text, want) in [
            ("Two in three women have faced harassment.", 2.0 / 3.0),
            ("Three in four children walk to school.", 0.75),
            ("Two in three people agreed.", 2.0 / 3.0),
        ] {
            assert!(close(&read(text), want), "{text}: {:?}", read(text));
        }
    }

    #[test]
    fn a_time_after_the_denominator_makes_no_share() {
        assert!(read("He scored 3 in 5 minutes.").len() >= 2);
    }
}
