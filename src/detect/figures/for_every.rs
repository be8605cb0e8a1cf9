//! Ratios written "one X for every N Y": "one toilet for every 80 pupils", "one police officer
//! for every 1,200 people", "a doctor for every 5,000 residents". The quantity is the N after
//! "every", as "every three months" is one; the "one" before the thing shared out is its
//! determiner and counts nothing, as "one" before a noun never does. ("One in every four
//! adults" is the share one in four, read with the other odds in `numbers.rs`.)

use super::numbers::Tokens;

/// How many words the thing shared out may take: "one police officer", "one fully trained
/// nurse".
const THING_WORDS: usize = 4;

/// Whether the "one" at token `first` opens "one X for every N": the ratio's determiner.
pub(super) fn one_for_every(t: &Tokens, first: usize) -> bool {
    if !t.is(first, "one") {
        return false;
    }
    (first + 2..=first + 1 + THING_WORDS)
        .take_while(|&k| t.near(k) && t.is_word(k - 1))
        .any(|k| t.is(k, "for") && t.is(k + 1, "every") && t.near(k + 2) && super::numbers::parse(t, k + 2).is_some_and(|n| !n.word_one))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::figures;

    /// (text, value) of every figure of a text.
    fn read(text: &str) -> Vec<(String, Option<f64>)> {
        figures(text).into_iter().map(|(s, f)| (s, f.value)).collect()
    }

    #[test]
    fn the_one_of_a_ratio_is_its_determiner() {
        assert_eq!(read("There is one police officer for every 1,200 people."), vec![("1,200 people".to_string(), Some(1200.0))]);
        assert_eq!(read("There is one toilet for every 80 pupils."), vec![("80 pupils".to_string(), Some(80.0))]);
        assert_eq!(read("The ward has one fully trained nurse for every 12 patients."), vec![("12 patients".to_string(), Some(12.0))]);
    }

    #[test]
    fn one_in_every_n_is_the_share_one_in_n_is() {
        for (text, want) in [
            ("One in every four adults smokes.", 0.25),
            ("Nearly one in every five households has no water.", 0.2),
            ("Three in every 10 voters backed it.", 0.3),
        ] {
            let got = read(text);
            assert!(got.len() == 1 && got[0].1.is_some_and(|v| (v - want).abs() < 1e-9), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_count_of_more_than_one_before_every_stays() {
        assert_eq!(read("There are two nurses for every 100 beds.").len(), 2);
    }
}
