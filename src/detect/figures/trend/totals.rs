//! Totals (review 21): "opened 12 new stores, taking its total to 27", "made 40 arrests,
//! bringing the tally to 230", "bringing the death toll to 45". A total carried to a level
//! grows by what the clause before it adds, so the level and the addition both rise, whatever
//! verb the addition has ("opened", "made", "confirmed").

use super::{ends_clause, Tokens};
use crate::detect::figures::numbers;
use crate::text::tokens::pieces::Kind;

/// How many tokens before the comma the amount a total adds is looked for.
const ADDITION_REACH: usize = 12;
use crate::detect::lexicon;
use crate::report::Trend;

/// How many words may stand between the carrying verb and the "to" of the total's level:
/// "taking the country's total number of cases to".
const TOTAL_OBJECT: usize = 6;

/// How many words may follow an addition before the comma of its total: "12 new stores".
const ADDITION_WORDS: usize = 4;

/// Verbs that carry a total to a level after a comma: "taking", "bringing".
fn carries(word: &str) -> bool {
    matches!(word, "taking" | "bringing" | "pushing" | "lifting" | "raising" | "swelling")
}

/// Whether a word names a sum that only grows as things are added: "total", "tally", "toll".
fn sum_word(word: &str) -> bool {
    lexicon::sum_nouns().contains(word)
}

/// The "to" after the object of the carrying verb at `verb`, when that object names a total:
/// "taking its total to", "bringing the death toll to".
fn total_to(t: &Tokens, verb: usize) -> Option<usize> {
    // "the country's tally": a possessive's apostrophe ends no clause.
    let goes_on = |k: usize| t.is(k, "to") || !ends_clause(t, k) || (matches!(t.lower(k), "'" | "\u{2019}") && t.joined(k));
    let to = (verb + 1..verb + 2 + TOTAL_OBJECT).take_while(|&k| goes_on(k)).find(|&k| t.is(k, "to"))?;
    (verb + 1..to).any(|k| sum_word(t.lower(k))).then_some(to)
}

/// The level of a total carried by the verb at `verb` to the "to" at `to`: it rose. (The
/// caller has found no change before the comma to copy.)
pub(super) fn total_carried(t: &Tokens, verb: usize, to: usize) -> Option<Trend> {
    // "The board met on Monday, taking the total to 12": with no amount added before the
    // comma, the level is only a level.
    let comma = verb.checked_sub(1)?;
    let added = (comma.saturating_sub(ADDITION_REACH)..comma)
        .rev()
        .take_while(|&k| !ends_clause(t, k))
        .any(|k| t.kind(k) == Some(Kind::Digits) || numbers::is_number_word(t.lower(k)));
    (added && carries(t.lower(verb)) && total_to(t, verb) == Some(to)).then_some(Trend::Up)
}

/// The figure at `first..=last`, a few words before ", taking its total to": what is added
/// to the total, a rise.
pub(super) fn addition_to_a_total(t: &Tokens, last: usize) -> Option<Trend> {
    let comma = (last + 1..last + 2 + ADDITION_WORDS).take_while(|&k| t.is(k, ",") || t.is_word(k)).find(|&k| t.is(k, ","))?;
    let verb = comma + 1;
    (carries(t.lower(verb)) && total_to(t, verb).is_some()).then_some(Trend::Up)
}

#[cfg(test)]
mod tests {
    use super::super::super::test_support::figures;
    use crate::report::Trend;

    fn trends(text: &str) -> Vec<(Option<f64>, Option<Trend>)> {
        figures(text).into_iter().map(|(_, f)| (f.value, f.trend)).collect()
    }

    const UP: Option<Trend> = Some(Trend::Up);

    #[test]
    fn a_total_carried_to_a_level_and_what_it_adds_both_rise() {
        assert_eq!(trends("The chain will open 12 new stores, taking its total to 27."), vec![(Some(12.0), UP), (Some(27.0), UP)]);
        assert_eq!(trends("Police made 40 arrests, bringing the total to 230."), vec![(Some(40.0), UP), (Some(230.0), UP)]);
        assert_eq!(trends("Officials confirmed nine deaths on Friday, bringing the death toll to 45."), vec![(Some(9.0), UP), (Some(45.0), UP)]);
        assert_eq!(trends("Kenya recorded 312 new cases, taking the country's tally to 4,120."), vec![(Some(312.0), UP), (Some(4120.0), UP)]);
        // A change before the comma keeps its own direction for the level it carries.
        assert_eq!(trends("The firm cut 200 jobs, bringing its total workforce to 900.")[1], (Some(900.0), Some(Trend::Down)));
        // No total named: the level and the count stay as they are.
        assert_eq!(trends("The club signed 3 players, taking the squad to Spain."), vec![(Some(3.0), None)]);
    }
}
