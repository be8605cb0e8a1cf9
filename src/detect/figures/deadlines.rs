//! Deadlines: "refunded within 30 days", "charged within 48 hours", "within six months of the
//! vote". A stretch of time after "within" is the longest the thing may take, an upper bound,
//! as "within 100 metres of" bounds a distance; the figure reads "at most" its amount. Other
//! stretches of time ("for 10 years", "every three months") keep no bound.

use super::numbers::Tokens;
use super::quantity::quantity;
use super::time::names_a_time;
use crate::detect::lexicon;

/// Whether token `i` is the "within" of a deadline: a number and a unit of time follow it.
pub(super) fn within_a_time(t: &Tokens, i: usize) -> bool {
    if !t.is(i, "within") || !t.near(i + 1) {
        return false;
    }
    let Some(q) = quantity(t, i + 1) else {
        return false;
    };
    let timed_unit = q.unit.as_deref().is_some_and(|u| lexicon::time_nouns().contains(u));
    // "within 10 working days": one word may say which days count.
    let time_noun = q.unit.is_none() && (names_a_time(t, q.last + 1) || (t.is_word(q.last + 1) && names_a_time(t, q.last + 2)));
    q.value.is_some() && q.high.is_none() && !q.word_one && (timed_unit || time_noun)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::figures;

    /// (text, value, hedge) of every figure of a text.
    fn read(text: &str) -> Vec<(String, Option<f64>, Option<String>)> {
        figures(text).into_iter().map(|(s, f)| (s, f.value, f.approx)).collect()
    }

    fn at_most(span: &str, value: f64) -> (String, Option<f64>, Option<String>) {
        (span.to_string(), Some(value), Some("at most".to_string()))
    }

    #[test]
    fn a_stretch_of_time_after_within_is_an_upper_bound() {
        assert_eq!(read("Buyers must be refunded within 30 days."), vec![at_most("within 30 days", 30.0)]);
        assert_eq!(read("The suspect will be charged within 48 hours."), vec![at_most("within 48 hours", 48.0)]);
        assert_eq!(read("They promised to finish within six months."), vec![at_most("within six months", 6.0)]);
        assert_eq!(read("Claims are settled within 10 working days."), vec![at_most("within 10 working days", 10.0)]);
    }

    #[test]
    fn a_deadline_is_a_time_frame_scored_below_the_badge() {
        let all = figures("They must answer within 90 days.");
        assert_eq!(all.len(), 1);
        assert!(all[0].1.score < crate::detect::figures::BADGE_THRESHOLD, "{}", all[0].1.score);
    }

    #[test]
    fn the_change_over_a_deadline_stays_with_the_amount() {
        let all = figures("Prices fell 5% within three months.");
        assert_eq!(all.len(), 2);
        assert!(all[0].1.trend.is_some());
        assert_eq!(all[1].1.trend, None);
    }

    #[test]
    fn other_stretches_of_time_keep_no_bound() {
        for text in ["He served for 10 years.", "Bins are emptied every three weeks.", "Talks lasted 90 minutes."] {
            assert!(read(text).iter().all(|(_, _, hedge)| hedge.is_none()), "{text}");
        }
    }
}
