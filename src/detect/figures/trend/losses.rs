//! A loss of a measure (review 17): "weight loss of 5 kg", "a loss of 3% of its value", "the
//! losses of 40 hectares of forest" name a fall by the amount. Money lost is a loss of its
//! own, an amount no level fell by ("a net loss of $915 million", as "lost $2.3bn"), and
//! keeps no trend; "loss" is therefore no word of the trend list.

use super::{currency_sign, ends_clause, Tokens};
use crate::detect::figures::numbers;
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

/// How many tokens may stand between a share lost and the "to" of its cause: "of the water it
/// pumps every year to".
const CAUSE_REACH: usize = 10;

/// Whether token `k` is a verb of losing: "lose", "loses", "lost", "losing".
fn losing(t: &Tokens, k: usize) -> bool {
    matches!(t.lower(k), "lose" | "loses" | "lost" | "losing")
}

/// "loses about 40 per cent of the water it pumps to leaks", "farmers lose a third of their
/// crops to pests": a share of a whole lost to a cause measures how much of it goes, not a
/// level that fell, and keeps no trend (its hedge stays). A share of a thing's own value ("lost
/// 15% of its value to inflation") is its fall, and stays one.
pub(super) fn share_lost_to_a_cause(t: &Tokens, first: usize, last: usize) -> bool {
    // The verb, maybe past a hedge the figure does not hold: "loses about 40 per cent".
    let verb = (first.saturating_sub(3)..first).rev().find(|&k| losing(t, k));
    let hedge_between = |v: usize| v + 1 == first || phrases::hedges().longest(t, v + 1).is_some_and(|(_, end)| end + 1 == first);
    if !verb.is_some_and(hedge_between) {
        return false;
    }
    // The share: "of" right after the figure, or inside it ("a third of their crops").
    let Some(of) = (first..=last + 1).find(|&k| t.is(k, "of")) else { return false };
    let value = (of + 1..of + 4).any(|k| matches!(t.lower(k), "value" | "worth" | "price" | "valuation"));
    let cause = |k: usize| {
        // "in the year to July" closes a period, no cause: a cause is a lower-case common noun.
        t.is(k, "to")
            && t.is_word(k + 1)
            && t.raw(k + 1).starts_with(|c: char| c.is_lowercase())
            && !numbers::is_number_word(t.lower(k + 1))
            && !matches!(t.lower(k + 1), "a" | "an" | "the" | "about" | "around" | "its" | "their")
    };
    let to = (of + 1..of + 1 + CAUSE_REACH).take_while(|&k| t.is(k, "to") || !ends_clause(t, k)).find(|&k| t.is(k, "to"));
    !value && to.is_some_and(cause)
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

    #[test]
    fn a_share_lost_to_a_cause_is_no_fall() {
        let f = one("The utility loses about 40 per cent of the water it pumps to leaks.").1;
        assert_eq!((f.trend, f.approx.as_deref()), (None, Some("about")));
        assert_eq!(one("Farmers lose a third of their crops to pests every year.").1.trend, None);
        assert_eq!(one("Lagos loses 30% of its fresh produce to poor storage.").1.trend, None);
        assert_eq!(one("The clinic lost nearly half of its nurses to better-paid jobs abroad.").1.trend, None);
        // A share of the thing's own value, or a fall to a level, is a fall.
        assert_eq!(one("The rupee lost 15% of its value to inflation.").1.trend, Some(Trend::Down));
        assert_eq!(one("Bitcoin lost 15% of its value.").1.trend, Some(Trend::Down));
        assert_eq!(one("The team lost 40% of its fans.").1.trend, Some(Trend::Down));
        assert_eq!(one("The Amazon lost 9,001 square kilometres of forest in the year to July.").1.trend, Some(Trend::Down));
    }
}
