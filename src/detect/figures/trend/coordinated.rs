//! Counts joined to a changed count by "and" or a comma (session 19): "lost 230 sheep and 40
//! cattle", "cut 300 jobs, 12 branches and 4 offices". The verb is written once and governs
//! every conjunct of its object, as a gapped list of percentages shares its verb
//! (`gapped_change`); a count followed by a verb of its own ("and 40 cattle died") starts a
//! clause of its own and takes nothing.

use super::{figure_start_before, trend_before, trend_word, Tokens};
use crate::detect::figures::{numbers, quantity};
use crate::detect::lexicon;
use crate::report::Trend;
use crate::text::tokens::pieces::Kind;

/// How many conjuncts back a count may reach the one its verb governs: "230 sheep, 40 cattle,
/// 12 goats and 3 horses".
const CONJUNCTS: usize = 4;

/// How many words the counted noun of an earlier conjunct may take: "230 merino sheep".
const NOUN_WORDS: usize = 3;

/// The trend of the counted figure at tokens `first..=last` that is a later conjunct of the
/// object of a verb of change.
pub(super) fn conjunct_of_a_changed_count(t: &Tokens, first: usize, last: usize) -> Option<Trend> {
    conjunct(t, first, last, CONJUNCTS)
}

fn conjunct(t: &Tokens, first: usize, last: usize, chain: usize) -> Option<Trend> {
    let number = |k: usize| t.kind(k) == Some(Kind::Digits) || numbers::is_number_word(t.lower(k));
    // The figure counts a noun, and no verb of its own follows it.
    let next = t.lower(last + 1);
    let verb = next.ends_with("ed")
        || lexicon::irregular_past_verbs().contains(next)
        || matches!(next, "were" | "was" | "are" | "is" | "have" | "has" | "had" | "will" | "would" | "remain" | "remains" | "die");
    let own_clause = t.is_word(last + 1) && verb;
    if chain == 0 || first < 3 || !t.is_word(last) || last == first || !number(first) || own_clause {
        return None;
    }
    let sep = first - 1;
    if !matches!(t.lower(sep), "and" | ",") {
        return None;
    }
    // ", and 40 cattle": the comma before "and" belongs to it.
    let sep = if t.is(sep, "and") && t.is(sep - 1, ",") { sep - 1 } else { sep };
    // Back over the earlier conjunct's counted noun to its number.
    let mut end = sep;
    let mut words = 0;
    while end > 0 && words < NOUN_WORDS && t.is_word(end - 1) && !number(end - 1) {
        let w = t.lower(end - 1);
        if lexicon::function_words().contains(w) || trend_word(w).is_some() {
            return None;
        }
        end -= 1;
        words += 1;
    }
    // "230 sheep": the earlier conjunct counts a plural noun; "£8.5m, 230 times the average"
    // sets a multiple beside an amount, no second object.
    let counted = words > 0 && quantity::plural_like(t.lower(sep - 1)) && !matches!(t.lower(last), "times" | "fold");
    if !counted || end == 0 || !number(end - 1) {
        return None;
    }
    let start = figure_start_before(t, end);
    if start >= end {
        return None;
    }
    trend_before(t, start).or_else(|| conjunct(t, start, sep - 1, chain - 1))
}

#[cfg(test)]
mod tests {
    use super::super::super::test_support::figures;
    use crate::report::Trend;

    fn trends(text: &str) -> Vec<Option<Trend>> {
        figures(text).into_iter().map(|(_, f)| f.trend).collect()
    }

    const DOWN: Option<Trend> = Some(Trend::Down);
    const UP: Option<Trend> = Some(Trend::Up);

    #[test]
    fn every_conjunct_of_a_changed_count_takes_the_change() {
        assert_eq!(trends("The farmer lost 230 sheep and 40 cattle in the flood."), vec![DOWN, DOWN]);
        assert_eq!(trends("The bank cut 300 jobs, 12 branches and four offices last year."), vec![DOWN, DOWN, DOWN]);
        assert_eq!(trends("The airline added 14 routes and 6 aircraft this summer."), vec![UP, UP]);
        assert_eq!(trends("Herders in Turkana lost 1,200 goats, and 300 camels to the drought."), vec![DOWN, DOWN]);
        // A count with a verb of its own starts its own clause; a verb of no change gives none.
        assert_eq!(trends("The farm lost 230 sheep and 40 cattle died later."), vec![DOWN, None]);
        assert_eq!(trends("The flood killed 230 sheep and 40 cattle."), vec![None, None]);
        // A multiple set beside a changed amount is no second object.
        assert_eq!(trends("His pay rose to £8.5m, 230 times the average salary."), vec![UP, None]);
    }
}
