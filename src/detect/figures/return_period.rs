//! Return periods: "a 1-in-100-year flood", "a one-in-200-year event", "a 1 in 10,000 year
//! flood", "three 100-year floods". The numbers rate how rarely a flood or a storm comes (a
//! name for a yearly chance of 1%), no amount of years and no odds of a group, so the phrase
//! holds no quantity. Other figures of the sentence stay ("250mm of rain in 24 hours").

use super::numbers::{self, Tokens};
use crate::detect::lexicon;
use crate::text::tokens::pieces::Kind;

/// How many tokens the number of years may take: "10", "10,000", "10 , 000", "one thousand".
const NUMBER_TOKENS: usize = 4;

/// How many tokens before a figure a return period may start: "1 - in - 100 - year".
const REACH_BACK: usize = 8;

/// Whether the figure over tokens `first..=last` lies inside a return period.
pub(super) fn in_a_return_period(t: &Tokens, first: usize, last: usize) -> bool {
    let starts = first.saturating_sub(REACH_BACK)..=first;
    starts.into_iter().any(|s| odds_of_years(t, s).is_some_and(|end| end >= first)) || rated_event(t, first, last)
}

/// The "year" token of "1-in-N-year" or "one in N year" starting at token `s`.
fn odds_of_years(t: &Tokens, s: usize) -> Option<usize> {
    if !matches!(t.lower(s), "1" | "one") {
        return None;
    }
    let mut k = skip_hyphen(t, s + 1);
    if !t.is(k, "in") {
        return None;
    }
    k = skip_hyphen(t, k + 1);
    // "one-in-a-hundred-year": the article of a spelled hundred or thousand.
    if t.is(k, "a") {
        k = skip_hyphen(t, k + 1);
    }
    let end = number_end(t, k)?;
    let y = skip_hyphen(t, end + 1);
    matches!(t.lower(y), "year" | "years" | "yr").then_some(y)
}

/// "100-year floods", "the 500-year storm": a hyphened number of years right before an event
/// of a moment (return_period_events.txt) rates the event. The figure must end at "year".
fn rated_event(t: &Tokens, first: usize, last: usize) -> bool {
    let year = t.is(last, "year") && last >= first + 2 && t.is(last - 1, "-") && t.joined(last - 1) && t.joined(last);
    let next = last + 1;
    year && t.is_word(next) && t.near(next) && lexicon::return_period_events().contains(t.lower(next))
}

/// The token after a hyphen at `k`, or `k` when none stands there.
fn skip_hyphen(t: &Tokens, k: usize) -> usize {
    if matches!(t.lower(k), "-" | "\u{2013}") {
        k + 1
    } else {
        k
    }
}

/// The last token of a number starting at `k`: digits with their separators, or number words.
fn number_end(t: &Tokens, k: usize) -> Option<usize> {
    let piece = |j: usize| {
        t.kind(j) == Some(Kind::Digits) || numbers::is_number_word(t.lower(j)) || (matches!(t.lower(j), "," | ".") && t.joined(j) && t.joined(j + 1))
    };
    if !piece(k) || matches!(t.lower(k), "," | ".") {
        return None;
    }
    let mut end = k;
    while end + 1 < k + NUMBER_TOKENS && piece(end + 1) {
        end += 1;
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::figures;

    fn values(text: &str) -> Vec<f64> {
        figures(text).into_iter().filter_map(|(_, f)| f.value).collect()
    }

    #[test]
    fn return_periods_are_no_figures() {
        for text in [
            "Forecasters warned of a 1-in-100-year flood along the Hawkesbury River.",
            "Engineers designed the levee to withstand a 1-in-500-year storm surge.",
            "Lismore was hit by what hydrologists called a one in 1,000-year rain event.",
            "The dam was built for a 1 in 10,000 year flood, officials said.",
            "It was a one-in-a-hundred-year storm for the coast, the bureau said.",
            "Planners still map the 100-year flood plain from 1970s surveys.",
            "Officials called it a 500-year rainfall event.",
            "The state has now had two 1-in-50-year droughts in a generation, officials said.",
        ] {
            let got: Vec<f64> = values(text).into_iter().filter(|v| *v != 2.0 && *v != 1970.0).collect();
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }

    #[test]
    fn other_figures_beside_a_return_period_stay() {
        assert_eq!(values("The storm dumped 250mm of rain in 24 hours, a one-in-200-year event for the region."), vec![250.0, 24.0]);
        assert_eq!(values("Insurers say a 1-in-50 year drought would cost the sector R12 billion."), vec![12e9]);
        assert_eq!(values("The town has now had three so-called 100-year floods in a decade."), vec![3.0]);
    }

    #[test]
    fn lengths_of_years_and_odds_of_a_group_stay() {
        assert_eq!(values("The region is in the grip of a 10-year drought."), vec![10.0]);
        assert_eq!(values("Her 40-year career ended in 2019."), vec![40.0]);
        assert_eq!(values("One in 100 people carry the gene."), vec![0.01]);
        assert_eq!(values("The event drew 1,500 people over 10 years."), vec![1500.0, 10.0]);
    }
}
