//! The measure a price is quoted for (session 19): "Rs1,700 for a 20kg bag, down from
//! Rs2,800", "Sh4,000 per 90kg bag". The price is the level that changed; the measure only
//! says what the price buys and keeps no trend, and the "down from" after it is the price's.

use super::{figure_start_before, Tokens};
use crate::text::tokens::pieces::Kind;

/// Whether token `k` opens what a price buys: "a", "an", "per", "each", after "for" or right
/// after the amount.
fn opens_what_is_bought(t: &Tokens, k: usize) -> bool {
    matches!(t.lower(k), "a" | "an" | "per" | "each" | "every")
}

/// Whether an amount ends right before token `k`: its digits or its scale.
fn amount_ends_before(t: &Tokens, k: usize) -> bool {
    k > 0 && figure_start_before(t, k) < k && (t.kind(k - 1) == Some(Kind::Digits) || t.is_word(k - 1))
}

/// Whether the figure starting at token `first` is the measure a price before it is for:
/// "Rs1,700 for a 20kg bag", "$4 a 500g pack", "Sh4,000 per 90kg bag".
pub(super) fn measure_priced(t: &Tokens, first: usize) -> bool {
    let Some(opener) = first.checked_sub(1).filter(|&k| opens_what_is_bought(t, k)) else { return false };
    let before = if opener > 0 && t.is(opener - 1, "for") { opener - 1 } else { opener };
    before > 0 && t.kind(before - 1) == Some(Kind::Digits) && amount_ends_before(t, before)
}

/// How many tokens the number of a measure a price is for may take: "1,500", "1.5-".
const MEASURE_TOKENS: usize = 6;

/// Whether token `k` lies in the number of a measure a price is for, as a level's words are
/// passed over on the way to its "up from": the digits after "a" or "per" and the
/// separators and hyphen glued to them ("a 1.5-litre bottle").
pub(super) fn in_measure_priced(t: &Tokens, k: usize) -> bool {
    let numeric = |j: usize| t.kind(j) == Some(Kind::Digits) || matches!(t.lower(j), "." | "," | "-");
    let mut j = k;
    for _ in 0..MEASURE_TOKENS {
        if !numeric(j) {
            return false;
        }
        if j > 0 && t.kind(j) == Some(Kind::Digits) && opens_what_is_bought(t, j - 1) {
            return true;
        }
        if j == 0 || !t.joined(j) {
            return false;
        }
        j -= 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::super::test_support::figures;
    use crate::report::Trend;

    fn trends(text: &str) -> Vec<(Option<f64>, Option<Trend>)> {
        figures(text).into_iter().map(|(_, f)| (f.value, f.trend)).collect()
    }

    #[test]
    fn the_measure_a_price_is_for_keeps_no_trend() {
        let down = Some(Trend::Down);
        let up = Some(Trend::Up);
        assert_eq!(
            trends("Wheat flour now sells at Rs1,700 for a 20kg bag, down from Rs2,800."),
            vec![(Some(1700.0), down), (Some(20.0), None), (Some(2800.0), down)]
        );
        assert_eq!(trends("Maize now costs Sh4,000 per 90kg bag, up from Sh3,200."), vec![(Some(4000.0), up), (Some(90.0), None), (Some(3200.0), up)]);
        assert_eq!(
            trends("Cooking oil sells at N2,500 for a 1.5-litre bottle, up from N1,800 in March."),
            vec![(Some(2500.0), up), (Some(1.5), None), (Some(1800.0), up)]
        );
        assert_eq!(trends("A 50kg bag of maize rose to Sh4,000."), vec![(Some(50.0), None), (Some(4000.0), up)]);
        assert_eq!(trends("Rice rose to $30 for a 25kg sack in Manila."), vec![(Some(30.0), up), (Some(25.0), None)]);
    }
}
