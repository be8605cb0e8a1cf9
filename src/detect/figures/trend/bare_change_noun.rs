//! A noun of change right after a rate or an amount, with no article before them: headlines
//! drop their articles ("Council approves 4.9% tax rise", "Union rejects 2% pay offer cut",
//! "Firm plans £40m budget cut"), and so do lists and captions ("3% pay rise for nurses").
//! "a 4.9% tax rise" already has its trend from the article; without one the noun phrase is
//! the same change. Only a percentage or money opens it: a count before a plural ("500 job
//! cuts") counts the changes, it is no amount that changed. The nouns are those of one change
//! (`change_nouns.txt`): "4-5% growth" is a rate, no rise.

use super::{currency_sign, trend_word, Tokens};
use crate::detect::lexicon;
use crate::report::Trend;

/// How many nouns may say what changes before the noun of change: "tax rise", "council tax
/// rise".
const NOUNS_BEFORE_CHANGE: usize = 2;

/// The trend of a percentage or an amount of money at tokens `first..=last` that a noun of
/// change follows, with at most two nouns between ("4.9% tax rise", "12% drop", "£2m budget
/// cut"), where that noun ends the phrase: the clause ends or goes on with a preposition or a
/// conjunction ("rise in rents", "cut as costs soar"), not with an object ("5% cut the bill"
/// makes "cut" a verb).
pub(super) fn change_noun_without_article(t: &Tokens, first: usize, last: usize, percent: bool) -> Option<Trend> {
    let money = (first..=last).any(|k| currency_sign(t.lower(k)));
    if !(percent || money) {
        return None;
    }
    let noun = |j: usize| {
        let w = t.lower(j);
        t.is_word(j) && t.near(j) && !lexicon::function_words().contains(w) && !w.ends_with("ed") && !w.ends_with("ing")
    };
    for k in last + 1..=last + 1 + NOUNS_BEFORE_CHANGE {
        if !noun(k) {
            return None;
        }
        let w = t.lower(k);
        if let Some(trend) = change_named(w) {
            return phrase_ends(t, k + 1).then_some(trend);
        }
        // A verb of change between ("5% rises") is no noun naming what changes.
        if trend_word(w).is_some() {
            return None;
        }
    }
    None
}

/// The change a noun of `change_nouns.txt` names.
fn change_named(w: &str) -> Option<Trend> {
    match lexicon::change_nouns().entry_for_key(w)?.rsplit('|').next()?.trim() {
        "up" => Some(Trend::Up),
        "down" => Some(Trend::Down),
        _ => None,
    }
}

/// Whether the noun phrase ends before token `k`: the clause ends, or a preposition or a
/// conjunction follows.
fn phrase_ends(t: &Tokens, k: usize) -> bool {
    if !t.is_word(k) || !t.near(k) {
        return true;
    }
    matches!(
        t.lower(k),
        "in" | "on"
            | "for"
            | "of"
            | "from"
            | "after"
            | "as"
            | "amid"
            | "over"
            | "since"
            | "at"
            | "with"
            | "despite"
            | "and"
            | "or"
            | "but"
            | "to"
            | "by"
            | "this"
            | "next"
            | "last"
    )
}

#[cfg(test)]
mod tests {
    use super::super::super::test_support::figures;
    use crate::report::Trend;

    /// The trend of the first figure of a text.
    fn trend(text: &str) -> Option<Trend> {
        figures(text).into_iter().next().and_then(|(_, f)| f.trend)
    }

    #[test]
    fn a_noun_of_change_after_a_rate_or_money_without_an_article_gives_the_trend() {
        for (text, want) in [
            ("Council approves 4.9% tax rise", Trend::Up),
            ("Nurses offered 3% pay rise after strike", Trend::Up),
            ("Retailer reports 12% drop in sales", Trend::Down),
            ("Tenants hit by 20% rent hike", Trend::Up),
            ("Bank announces 0.5 per cent cut in rates", Trend::Down),
            ("Firm plans £40m budget cut", Trend::Down),
            ("Exporters post 4% gain as demand recovers", Trend::Up),
            ("Steel output suffers 15% slump this year", Trend::Down),
            ("Regulator approves $2bn price increase for water bills", Trend::Up),
        ] {
            assert_eq!(trend(text), Some(want), "{text}");
        }
    }

    #[test]
    fn a_count_or_a_verb_with_an_object_takes_no_trend_from_the_word_after() {
        // A count of changes is no amount that changed.
        assert_eq!(trend("The company announced 500 job cuts on Monday."), None);
        // "cut" with an object after it is a verb, not the change of the rate.
        assert_eq!(trend("Only 5% cut their spending."), None);
        // A noun that is no change, or a rate that is a level.
        assert_eq!(trend("Council approves 4.9% tax plan"), None);
        assert_eq!(trend("Analysts expect 4-5% growth next year."), None);
        assert_eq!(trend("Airline reports $300m loss for the year"), None);
    }
}
