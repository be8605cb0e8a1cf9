//! Caps (review 17): "caps rents at 3%", "capped at 200 people", "will limit rises to 2%" set
//! an upper bound; the amount is a most ("at most", "<"), as "a cap of $500" is in the hedge
//! list. The verbs are data (cap_verbs.txt). A cap moved by a verb of change ("speed limits
//! will be cut to 40 km/h", "raised the cap to $500") is a level that changed, and keeps the
//! change's direction.

use super::numbers::Tokens;
use super::trend;
use crate::detect::lexicon;
use crate::text::tokens::pieces::Kind;

/// How many words the capped thing may take between the verb and its "at": "caps annual rent
/// increases at".
const CAPPED_WORDS: usize = 5;

/// Whether the "at" or "to" at token `i` names the bound a cap verb sets: "caps rents at 3%",
/// "capped at 200", "limited the rise to 2%".
pub(super) fn bound_set_by_a_cap(t: &Tokens, i: usize) -> bool {
    let of = t.is(i, "of");
    if !(matches!(t.lower(i), "at" | "to") || of) || !t.near(i + 1) {
        return false;
    }
    let mut k = i;
    let mut words = 0;
    let mut on = false;
    while k > 0 && words <= CAPPED_WORDS {
        k -= 1;
        let w = t.lower(k);
        // "bankers' bonuses": a possessive's apostrophe passes.
        if matches!(w, "'" | "\u{2019}") && t.joined(k) {
            continue;
        }
        if t.kind(k) != Some(Kind::Word) || !t.near(k + 1) {
            return false;
        }
        // "a cap on bonuses of €100,000", "a ceiling on rent rises of 3%": a cap named as a
        // noun, what it caps after "on", and the bound after "of".
        if of {
            if on && cap_noun(w) {
                return !moved_by_a_change(t, k);
            }
            on |= w == "on";
            words += 1;
            continue;
        }
        if lexicon::cap_verbs().contains(w) {
            return !moved_by_a_change(t, k);
        }
        // "capped rent rises at 3%": a noun of change inside the capped thing passes; a verb
        // of change ("will be cut to") makes the "to" its own.
        let noun_of_change = k > 0 && t.is_word(k - 1) && !lexicon::function_words().contains(t.lower(k - 1));
        if trend::names_a_trend(w) && !noun_of_change {
            return false;
        }
        words += 1;
    }
    false
}

/// "cap", "ceiling", "limit": nouns of an upper bound.
fn cap_noun(word: &str) -> bool {
    matches!(word, "cap" | "caps" | "ceiling" | "ceilings" | "limit" | "limits")
}

/// How many tokens before a cap word a verb of change may stand: "lowered the price cap".
const MOVER_REACH: usize = 3;

/// Whether a verb of change stands just before the cap word at token `k` ("raised the limit",
/// "lowered the price cap"): the cap is then a level that moved.
fn moved_by_a_change(t: &Tokens, k: usize) -> bool {
    (k.saturating_sub(MOVER_REACH)..k).any(|j| trend::names_a_trend(t.lower(j)) || matches!(t.lower(j), "raise" | "raised" | "raises" | "raising"))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::figures;
    use crate::report::Trend;

    fn read(text: &str) -> Vec<(Option<f64>, Option<String>, Option<Trend>)> {
        figures(text).into_iter().map(|(_, f)| (f.value, f.approx, f.trend)).collect()
    }

    fn at_most(v: f64) -> Vec<(Option<f64>, Option<String>, Option<Trend>)> {
        vec![(Some(v), Some("at most".to_string()), None)]
    }

    #[test]
    fn a_cap_is_an_upper_bound() {
        assert_eq!(read("The law caps rents at 3%."), at_most(3.0));
        assert_eq!(read("Gatherings are capped at 200 people."), at_most(200.0));
        assert_eq!(read("There is a cap of $500 on fees."), at_most(500.0));
        assert_eq!(read("The state will cap annual rent rises at 5%."), at_most(5.0));
        assert_eq!(read("Ministers limited pay awards to 2% this year."), at_most(2.0));
        assert_eq!(read("Bonuses face a ceiling of \u{20ac}100,000."), at_most(100_000.0));
        assert_eq!(read("Class sizes will be capped at 30 pupils."), at_most(30.0));
        assert_eq!(read("The EU set a cap on bankers' bonuses of \u{20ac}100,000."), at_most(100_000.0));
        assert_eq!(read("Tenants won a ceiling on rent rises of 4%."), at_most(4.0));
        // "of" with no cap before it bounds nothing.
        assert_eq!(read("Voters backed a fee on imports of 4%."), vec![(Some(4.0), None, None)]);
    }

    #[test]
    fn a_cap_that_moved_keeps_its_change() {
        assert_eq!(read("Speed limits will be cut to 40 km/h."), vec![(Some(40.0), None, Some(Trend::Down))]);
        assert_eq!(read("The regulator raised the price cap to \u{a3}2,000."), vec![(Some(2000.0), None, Some(Trend::Up))]);
        // A place after "at" is no bound.
        assert_eq!(read("Police capped the protest at 5 pm."), vec![]);
    }
}
