//! How much a figure needs checking, in [0, 1]: a transparent sum whose reasons are in the
//! module comment of `figures`. Tuned so that a hedged statistic without a source passes
//! [`super::BADGE_THRESHOLD`] and labels, "one of them" and relative ordinals stay near zero.

use super::numbers::Tokens;
use super::Found;
use crate::detect::lexicon;
use crate::report::Category;

/// How much a figure needs checking, in [0, 1]. See the module comment for the reasoning.
pub(super) fn score(t: &Tokens, f: &Found) -> f64 {
    let mut s: f64 = match f.category {
        Category::Percent | Category::Money => 0.5,
        Category::Range => 0.45,
        Category::Measure | Category::Temperature => 0.4,
        Category::Count => 0.35,
        Category::Age | Category::Year => 0.3,
        Category::Date => 0.15,
        Category::Ordinal => 0.1,
    };
    if f.approx.is_some() {
        s += 0.2;
    }
    let big = f.value.is_some_and(|v| v.abs() >= 1000.0) || f.high.is_some_and(|v| v.abs() >= 1000.0);
    if big && !matches!(f.category, Category::Year | Category::Date | Category::Ordinal) {
        s += 0.1;
    }
    if f.category == Category::Count {
        if f.unit.is_some() {
            s += 0.1;
        }
        // "3 cars" is rarely the claim; "nearly 3 million" or "at least 10 cities" is.
        if f.approx.is_none() && f.value.is_some_and(|v| v.abs() < 10.0) {
            s -= 0.15;
        }
    }
    // "since 2003" bounds a period, as a hedge bounds a count (years and dates without
    // such a word are not reported at all).
    if matches!(f.category, Category::Year | Category::Date) && f.approx.is_none() {
        s += 0.2;
    }
    let before = |k: usize| if f.first >= k { t.lower(f.first - k) } else { "" };
    // A named source lowers the need a little (`super::sourced_score`, applied by the pipeline,
    // which knows the source).
    // Labels and "one of them" are not claims.
    let label = lexicon::reference_words().contains(before(1)) || (before(1) == "." && lexicon::reference_words().contains(before(2))) || before(1) == "#";
    if label || (f.word_one && f.unit.is_none() && f.approx.is_none()) {
        s = 0.05;
    }
    // "within 90 days", "every 11 years": the frame of the claim, not the claim.
    if f.time_frame {
        s = s.min(0.3);
    }
    // "convert 200 celsius into fahrenheit": a scale named without a reading is no claim.
    if f.value.is_none() && f.category == Category::Temperature {
        s = 0.05;
    }
    // "a mile", "one consultant": one of something is rarely the claim.
    if f.word_one && f.approx.is_none() {
        s = s.min(0.2);
    }
    s.clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::super::{figure_at, numbers::Tokens, sourced_score, BADGE_THRESHOLD};
    use super::score;

    use super::super::test_support::one;

    #[test]
    fn seed_figures_stay_badged_when_a_source_is_named() {
        // The seed credits each of its figures to a publication; the badge must survive that.
        for text in [
            "deporting thousands of immigrants illegally",
            "in at least 10 major cities, including",
            "conducted regularly since 2003 that",
            "often produce hundreds of arrests,",
        ] {
            let t = Tokens::new(text);
            let f = (0..t.len()).find_map(|i| figure_at(&t, i, 0).filter(|f| f.report)).expect(text);
            assert!(sourced_score(score(&t, &f)) >= BADGE_THRESHOLD, "{text}");
        }
    }

    #[test]
    fn one_alone_scores_low() {
        let (_, f) = one("Let's try one last time.");
        assert!(f.score < 0.25);
    }

    #[test]
    fn a_label_scores_low() {
        // Labels are not reported ("page 12"); when one is read, it scores near zero.
        let t = Tokens::new("as shown on page 12 of the report");
        let f = (0..t.len()).find_map(|i| figure_at(&t, i, 0)).expect("read");
        assert!(!f.report);
        assert!(score(&t, &f) < 0.1);
    }

    #[test]
    fn hedged_statistic_outscores_sourced_plain_count() {
        let (_, hedged) = one("Nearly 40% of voters stayed home.");
        let (_, plain) = one("He owns 3 cars.");
        assert!(hedged.score > plain.score);
        assert!(hedged.score >= BADGE_THRESHOLD && plain.score < BADGE_THRESHOLD);
    }
}
