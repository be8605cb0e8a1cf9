//! The fresh-eyes reader's figure kinds (review 3), each with sentences of our own besides
//! the one the reviewer saw.

use super::test_support::figures;
use crate::report::Category;

/// (text, category, value, unit) of every figure of a text.
fn all(text: &str) -> Vec<(String, Category, Option<f64>, Option<String>)> {
    figures(text).into_iter().map(|(s, f)| (s, f.category, f.value, f.unit)).collect()
}

fn values(text: &str) -> Vec<f64> {
    figures(text).into_iter().filter_map(|(_, f)| f.value).collect()
}

#[test]
fn a_number_word_after_a_scaled_amount_starts_a_new_number() {
    for (text, want, span) in [
        ("Deposits fell from $92 million two years ago.", 92e6, "$92 million"),
        ("Spending was Rs 92,000 crore two years ago.", 92_000e7, "Rs 92,000 crore"),
        ("The fund held 3 billion three months earlier.", 3e9, "3 billion"),
        ("Exports hit \u{a3}4.5 billion five years later.", 4.5e9, "\u{a3}4.5 billion"),
    ] {
        let found = figures(text);
        let first = &found[0];
        assert_eq!((first.0.as_str(), first.1.value), (span, Some(want)), "{text}: {found:?}");
    }
    // Worded amounts and "and" still join.
    assert_eq!(values("It cost 3 hundred and 21 yuan."), vec![321.0]);
    assert_eq!(values("The city has two million three hundred thousand people."), vec![2.3e6]);
}
