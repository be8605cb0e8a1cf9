//! Passive changes: "250,000 jobs were added in November", "about 1,200 jobs were cut at the
//! plant", "40,000 jobs have been shed". The figure is the subject of a passive verb that
//! changes a stock, so it is the size of a rise or a fall, as "added 250,000 jobs" is. Verbs
//! whose passive only makes or ends things ("homes were built", "stores were closed") give no
//! trend, as their active forms give none. The verbs are data (`passive_changes.txt`).

use super::{owns_particle, Tokens};
use crate::detect::lexicon;
use crate::report::Trend;

/// How many auxiliaries and adverbs may stand between the figure and the participle: "have
/// also been", "will now be".
const AUXILIARIES: usize = 3;

/// Words that may stand between a figure and its passive participle; one of them must be a
/// form of "be".
fn auxiliary(word: &str) -> bool {
    be(word) || matches!(word, "have" | "has" | "had" | "will" | "would" | "could" | "may" | "might" | "must" | "should" | "to" | "also" | "now" | "already")
}

/// A form of "be" that makes a participle after it passive.
fn be(word: &str) -> bool {
    matches!(word, "were" | "was" | "are" | "is" | "be" | "been" | "being")
}

/// The trend of the figure `first..=last` that is the subject of a passive change: "250,000
/// jobs were added", "1,200 jobs were cut at the plant".
pub(in crate::detect::figures) fn passive_change(t: &Tokens, first: usize, last: usize) -> Option<Trend> {
    // "Thousands of jobs were lost": a vague plural keeps its own sense, an order of size.
    if (first..=last).any(|k| matches!(t.lower(k), "thousands" | "hundreds" | "millions" | "billions" | "dozens" | "scores" | "tens")) {
        return None;
    }
    // "the 5 suspects were added to the list": a group named before is moved, no stock changed.
    if first > 0 && matches!(t.lower(first - 1), "the" | "these" | "those") {
        return None;
    }
    let mut k = last + 1;
    // "600 flights a week will be axed": the rate of the count comes first.
    if matches!(t.lower(k), "a" | "an" | "per" | "each" | "every") && t.near(k) && super::super::time::names_a_time(t, k + 1) {
        k += 2;
    }
    let mut passive = false;
    let most = k + AUXILIARIES;
    while k < most && t.near(k) && auxiliary(t.lower(k)) {
        passive |= be(t.lower(k));
        k += 1;
    }
    if !passive || !t.near(k) {
        return None;
    }
    let participle = t.lower(k);
    // "1,000 homes were cut off": a verb with its own particle changes no level.
    if owns_particle(participle, t.lower(k + 1)) || t.is(k + 1, "off") {
        return None;
    }
    let entry = lexicon::passive_changes().entry_for_key(participle)?;
    super::marked_trend(entry)
}

#[cfg(test)]
mod tests {
    use super::super::super::test_support::figures;
    use crate::report::Trend;

    /// The trend of the only figure of a text.
    fn trend(text: &str) -> Option<Trend> {
        let all = figures(text);
        assert_eq!(all.len(), 1, "{text}: {:?}", all.iter().map(|f| &f.0).collect::<Vec<_>>());
        all[0].1.trend
    }

    #[test]
    fn a_stock_changed_in_the_passive_rises_or_falls() {
        assert_eq!(trend("250,000 jobs were added in November, officials said."), Some(Trend::Up));
        assert_eq!(trend("About 1,200 jobs were cut at the plant."), Some(Trend::Down));
        assert_eq!(trend("Some 40,000 posts have been shed across the sector."), Some(Trend::Down));
        assert_eq!(trend("Nearly 600 flights a week will be axed."), Some(Trend::Down));
        assert_eq!(trend("More than 300 nurses were added to the payroll."), Some(Trend::Up));
    }

    #[test]
    fn making_or_ending_things_in_the_passive_is_no_change() {
        assert_eq!(trend("More than 3,000 homes were built in the district."), None);
        assert_eq!(trend("A total of 450 classrooms were completed under the scheme."), None);
        assert_eq!(trend("Some 5,000 homes were cut off by the floods."), None);
        assert_eq!(trend("Five players were dropped from the squad."), None);
        assert_eq!(trend("Police said the 5 suspects were added to the list."), None);
    }

    #[test]
    fn a_vague_plural_keeps_its_own_sense() {
        assert_eq!(trend("Thousands of jobs were lost in the crash."), None);
    }
}
