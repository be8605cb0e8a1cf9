//! A loss of a measure (review 17): "weight loss of 5 kg", "a loss of 3% of its value", "the
//! losses of 40 hectares of forest" name a fall by the amount. Money lost is a loss of its
//! own, an amount no level fell by ("a net loss of $915 million", as "lost $2.3bn"), and
//! keeps no trend; "loss" is therefore no word of the trend list.

use super::{currency_sign, Tokens};
use crate::detect::figures::phrases;
use crate::report::Trend;

/// Whether the figure at tokens `first..=last` is money: a currency sign or name in it.
fn money(t: &Tokens, first: usize, last: usize) -> bool {
    (first..=last + 1).any(|k| currency_sign(t.lower(k)) || phrases::currencies().longest(t, k).is_some_and(|(_, end)| end <= last + 1))
}

/// "a loss of 5 kg", "losses of 12%": a fall by the amount, unless it is money.
pub(super) fn loss_of_a_measure(t: &Tokens, first: usize, last: usize) -> Option<Trend> {
    let of = first.checked_sub(1).filter(|&k| t.is(k, "of"))?;
    let noun = of.checked_sub(1).filter(|&k| matches!(t.lower(k), "loss" | "losses"))?;
    (t.near(of) && t.near(noun + 1) && !money(t, first, last)).then_some(Trend::Down)
}

#[cfg(test)]
mod tests {
    use super::super::super::test_support::one;
    use crate::report::Trend;

    #[test]
    fn a_loss_of_a_measure_is_a_fall_and_money_lost_is_none() {
        assert_eq!(one("She reported a weight loss of 5 kg.").1.trend, Some(Trend::Down));
        assert_eq!(one("The reef suffered a loss of 30% of its coral.").1.trend, Some(Trend::Down));
        assert_eq!(one("Farmers face losses of 40 hectares a year.").1.trend, Some(Trend::Down));
        assert_eq!(one("Trump had a net loss of $915 million that year.").1.trend, None);
        assert_eq!(one("The bank posted a loss of 45.6 billion yen.").1.trend, None);
    }
}
