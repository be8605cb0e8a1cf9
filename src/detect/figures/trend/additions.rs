//! Additions still to come: "300 more troops would be sent", "40 more nurses are needed",
//! "five more wins to break the record". "N more X" counts what a plan, a need or a goal adds,
//! no rise that happened; a modal or a purpose after the counted noun says so. ("25 million
//! more people have healthcare" reports a rise that happened, and stays one.)

use super::super::numbers::Tokens;
use crate::detect::lexicon;

/// How many words the counted noun phrase after "more" may take: "more quarter-point rate".
const NOUN_WORDS: usize = 4;

/// Whether the noun phrase after "more" or "fewer" at token `k` is followed by a modal ("would
/// be sent", "will arrive"), a passive of need ("are needed", "are required") or "to" and a verb
/// of purpose ("to win", "to break the record").
pub(super) fn addition_to_come(t: &Tokens, k: usize) -> bool {
    let Some(after) = (k + 1..=k + NOUN_WORDS + 1).find(|&j| !t.is_word(j) || lexicon::function_words().contains(t.lower(j)) || !t.near(j)) else {
        return false;
    };
    if after == k + 1 || !t.near(after) {
        return false;
    }
    match t.lower(after) {
        "will" | "would" | "could" | "may" | "might" | "should" | "must" | "shall" => true,
        "are" | "is" | "were" | "be" => matches!(t.lower(after + 1), "needed" | "required" | "expected" | "due" | "planned" | "to"),
        "to" => t.is_word(after + 1) && !lexicon::function_words().contains(t.lower(after + 1)) && !t.raw(after + 1).starts_with(char::is_uppercase),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::test_support::figures;
    use crate::report::Trend;

    fn trends(text: &str) -> Vec<(Option<f64>, Option<Trend>)> {
        figures(text).into_iter().map(|(_, f)| (f.value, f.trend)).collect()
    }

    #[test]
    fn additions_planned_or_needed_are_no_rise() {
        for text in [
            "Officials said 300 more troops would be sent to the border.",
            "Australia needed 210 more runs at stumps.",
            "The Proteas need 145 more runs to win.",
            "He needs five more wins to break the record.",
            "The hospital said 40 more nurses are needed for the new ward.",
            "Sri Lanka still require 96 more runs from the last 10 overs.",
            "Analysts said 12 more stores will close next year.",
        ] {
            let got = trends(text);
            assert!(got.iter().all(|(_, t)| t.is_none()), "{text}: {got:?}");
        }
    }

    #[test]
    fn additions_that_happened_stay_rises() {
        assert_eq!(trends("Now 25 million more people have healthcare."), vec![(Some(25e6), Some(Trend::Up))]);
        assert_eq!(trends("This year 4,000 more students enrolled at the university."), vec![(Some(4000.0), Some(Trend::Up))]);
    }
}
