//! Verbs that make a stretch longer or shorter: "shorten the journey by 12 minutes", "the
//! deadline was extended by 14 days", "the season was shortened to 30 games", "the term was
//! lengthened from 20 to 25 years". Before the "by", "to" or "from ... to" of their object they
//! report a change, up or down, as "cut" and "raise" do; alone ("the road extends 40 km") they
//! state a length. The verbs are data (`length_verbs.txt`).

use crate::detect::lexicon;
use crate::report::Trend;

/// The change a verb of length names, when `word` is one.
pub(in crate::detect::figures) fn length_change(word: &str) -> Option<Trend> {
    let entry = lexicon::length_verbs().entry_for_key(word)?;
    super::marked_trend(entry)
}

#[cfg(test)]
mod tests {
    use super::super::super::test_support::figures;
    use crate::report::Trend;

    /// (value, trend) of every figure of a text.
    fn read(text: &str) -> Vec<(Option<f64>, Option<Trend>)> {
        figures(text).into_iter().map(|(_, f)| (f.value, f.trend)).collect()
    }

    #[test]
    fn a_stretch_made_longer_or_shorter_by_or_to_an_amount_changes() {
        assert_eq!(read("The bypass will shorten the journey by 12 minutes."), vec![(Some(12.0), Some(Trend::Down))]);
        assert_eq!(read("The consultation was extended by 14 days."), vec![(Some(14.0), Some(Trend::Up))]);
        assert_eq!(read("The season was shortened to 30 games."), vec![(Some(30.0), Some(Trend::Down))]);
        assert_eq!(read("Ministers prolonged the ban by six months."), vec![(Some(6.0), Some(Trend::Up))]);
    }

    #[test]
    fn both_levels_of_a_lengthening_change() {
        assert_eq!(read("The loan term was lengthened from 20 to 25 years."), vec![(Some(20.0), Some(Trend::Up)), (Some(25.0), Some(Trend::Up))]);
    }

    #[test]
    fn a_length_stated_with_the_verb_is_no_change() {
        assert_eq!(read("The road extends 40 km along the coast."), vec![(Some(40.0), None)]);
    }
}
