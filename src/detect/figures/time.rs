//! Time expressions: dates ("May 19", "Jan. 1, 1990", "9/11", "September 16-19"), the
//! time comparators that make a year or date a figure ("since 2003", "by May 1"), and the
//! nouns of time after which an ordinal or "last" only dates the sentence ("the third
//! quarter", "last year"). See the module comment of `figures` for why unbounded time
//! expressions are not reported.

use super::numbers::{self, Tokens};
use super::{phrases, Found};
use crate::detect::lexicon;
use crate::report::Category;
use crate::text::tokens::pieces::Kind;

/// Whether token `k` names a time ("year", "Monday", "quarter", "May"), after which an
/// ordinal or "last" dates the sentence ("fourth-quarter" too).
pub(super) fn names_a_time(t: &Tokens, k: usize) -> bool {
    let k = if t.is(k, "-") && t.near(k + 1) { k + 1 } else { k };
    let w = t.lower(k);
    t.near(k) && t.is_word(k) && (lexicon::time_nouns().contains(w) || is_month(w))
}

/// Every line of `months.txt` is `name | number`, so a month is a key of the list: one hash
/// probe, not a scan of every line (this runs for nearly every token).
pub(super) fn is_month(word: &str) -> bool {
    lexicon::months().entry_for_key(word).is_some()
}

/// A year or a date is a figure when it bounds a period ("since 2003", "by May 1") or is
/// hedged; otherwise it only says when the sentence's claim happened ("in 2001", "on May
/// 19"), and the claim's figures are elsewhere in it. Returns where the comparator starts.
pub(super) fn time_comparator_before(t: &Tokens, first: usize) -> Option<usize> {
    let at = if first > 0 && t.is(first - 1, "the") { first - 1 } else { first };
    (1..=3).find_map(|k| {
        let start = at.checked_sub(k)?;
        phrases::time_comparators().longest(t, start).filter(|(_, last)| last + 1 == at).map(|_| start)
    })
}

/// "May 19", "oct. 13", "19 May 2019", "Jan. 1, 1990".
pub(super) fn date_at(t: &Tokens, i: usize) -> Option<Found> {
    let month = |k: usize| t.is_word(k) && is_month(t.lower(k));
    // A day number, and the token it ends at ("19", "11th").
    let day_end = |k: usize| -> Option<usize> {
        let number = t.kind(k) == Some(Kind::Digits) && t.raw(k).len() <= 2 && t.raw(k).parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
        if !number {
            return None;
        }
        if t.joined(k + 1) && matches!(t.lower(k + 1), "st" | "nd" | "rd" | "th") {
            return Some(k + 1);
        }
        (!(t.joined(k + 1) && matches!(t.kind(k + 1), Some(Kind::Word | Kind::Digits)))).then_some(k)
    };
    let day = |k: usize| day_end(k).is_some();
    let year_after = |k: usize| -> usize {
        let mut s = k + 1;
        if t.is(s, ",") {
            s += 1;
        }
        if t.kind(s) == Some(Kind::Digits) && t.raw(s).len() == 4 && t.near(s) {
            s
        } else {
            k
        }
    };
    if month(i) {
        let mut k = i + 1;
        if t.is(k, ".") && t.near(k) {
            k += 1;
        }
        // "May" is a verb far more often than a month; it needs a capital or a day after it.
        if t.near(k) && day(k) && !(t.is(k + 1, ":") || t.is(k + 1, "%")) {
            let mut k = day_end(k).unwrap_or(k);
            // "September 16-19", "Sept. 19 to 22", "between August 24 and 31": a stretch of days.
            let and_between = t.is(k + 1, "and") && i > 0 && t.is(i - 1, "between");
            let dash = matches!(t.lower(k + 1), "-" | "\u{2013}") && t.joined(k + 1) && t.joined(k + 2);
            if (dash || (t.is(k + 1, "to") || and_between) && t.near(k + 2)) && day(k + 2) {
                k = day_end(k + 2).unwrap_or(k + 2);
            }
            let last = year_after(k);
            return Some(Found::bare(i, last, Category::Date));
        }
        return None;
    }
    // "9/11", "5/17/2018": a month and a day, unless the pair reads as a fraction ("3/4").
    let small = |k: usize, max: u32| t.kind(k) == Some(Kind::Digits) && t.raw(k).len() <= 2 && t.raw(k).parse::<u32>().is_ok_and(|v| (1..=max).contains(&v));
    let slash_next = |k: usize| t.is(k + 1, "/") && t.joined(k + 1) && t.joined(k + 2);
    if small(i, 12) && slash_next(i) && small(i + 2, 31) && !(i > 0 && t.joined(i) && matches!(t.lower(i - 1), "/" | "-")) {
        let mut last = i + 2;
        let with_year = slash_next(last) && t.kind(last + 2) == Some(Kind::Digits) && matches!(t.raw(last + 2).len(), 2 | 4);
        if with_year {
            last += 2;
        }
        let (m, d): (f64, f64) = (t.raw(i).parse().unwrap_or(0.0), t.raw(i + 2).parse().unwrap_or(0.0));
        let fraction = m < d && numbers::fraction_denominator(d);
        let more = t.joined(last + 1) && matches!(t.lower(last + 1), "/" | "-") && t.kind(last + 2) == Some(Kind::Digits);
        if (with_year || !fraction) && !more {
            return Some(Found::bare(i, last, Category::Date));
        }
    }
    // "between 3 and 7 March", "from 19 to 25 April", "3-7 March": a stretch of days before
    // its month is one date, never a range of numbers.
    let opener = usize::from(matches!(t.lower(i), "between" | "from"));
    let d1 = i + opener;
    let joins = |k: usize| match t.lower(k) {
        "-" | "\u{2013}" => t.joined(k) && t.joined(k + 1),
        "to" => true,
        "and" => opener == 1 && t.is(i, "between"),
        _ => false,
    };
    // The month written with its capital: "from 3 to 5 may apply" is no date.
    let named_month = |k: usize| month(k) && t.raw(k).len() > 2 && t.raw(k).chars().next().is_some_and(char::is_uppercase);
    if day(d1) && joins(d1 + 1) && day(d1 + 2) && t.near(d1 + 3) && named_month(d1 + 3) {
        let last = year_after(d1 + 3);
        return Some(Found::bare(i, last, Category::Date));
    }
    if day(i) && t.near(i + 1) && month(i + 1) && t.raw(i + 1).len() > 2 {
        let last = year_after(i + 1);
        return Some(Found::bare(i, last, Category::Date));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::BADGE_THRESHOLD;
    use crate::report::Category;

    use super::super::test_support::{figures, one};

    #[test]
    fn since_year_is_a_year_worth_badging() {
        let (text, f) = one("ones conducted regularly since 2003 that often produce");
        assert_eq!(text, "since 2003");
        assert_eq!((f.category, f.value, f.approx.as_deref()), (Category::Year, Some(2003.0), None));
        assert!(f.score >= BADGE_THRESHOLD);
    }

    #[test]
    fn year_that_only_dates_the_sentence_is_no_figure() {
        assert!(figures("The law passed in 2003 with 51 votes.").iter().all(|f| f.1.category != Category::Year));
        assert!(figures("on Jan. 1, 1990 at noon").is_empty());
    }

    #[test]
    fn durations_stated_as_facts_are_measures() {
        let (text, f) = one("The fraud trial dragged on for five and a half years before the jury reached a verdict.");
        assert_eq!((text.as_str(), f.category, f.value, f.unit.as_deref()), ("five and a half years", Category::Measure, Some(5.5), Some("years")));
        assert_eq!(one("He was jailed for six years.").1.value, Some(6.0));
        assert_eq!(one("They talked for 90 minutes.").1.value, Some(90.0));
        assert_eq!(one("taxes paid for the last five years").1.value, Some(5.0));
        // "in" with no "the past" before it states a length: the time taken, a tenure.
        assert_eq!(one("He never lost a race in 24 years in Congress.").1.value, Some(24.0));
        assert_eq!(one("The bridge was built in three years.").1.value, Some(3.0));
    }

    #[test]
    fn relative_points_in_time_are_no_figures() {
        for text in [
            "He retired two years ago.",
            "Three weeks later the law passed.",
            "The vote came 90 days after the deadline.",
            "Six months earlier, the plant had closed.",
        ] {
            let found = figures(text);
            assert!(found.iter().all(|f| !names_a_time_unit(f.1.unit.as_deref())), "{text}: {:?}", found.iter().map(|f| &f.0).collect::<Vec<_>>());
        }
    }

    #[test]
    fn time_frames_are_quantities_scored_below_the_badge() {
        for (text, span, value) in [
            ("The comet returns every 11 years.", "11 years", 11.0),
            ("The plan would save $84 billion over 10 years.", "10 years", 10.0),
            ("deals over the last 11 months", "11 months", 11.0),
            ("They lost 75 million dollars in the past three years.", "three years", 3.0),
            ("Exports doubled during the past five years.", "five years", 5.0),
            ("Prices will rise in the coming two years.", "two years", 2.0),
            ("It was the highest level in 22 years.", "22 years", 22.0),
            ("Fares go up each 12 months under the deal.", "12 months", 12.0),
        ] {
            let found = figures(text);
            let f = found.iter().find(|f| names_a_time_unit(f.1.unit.as_deref())).unwrap_or_else(|| panic!("{text}: {found:?}"));
            assert_eq!((f.0.as_str(), f.1.value, f.1.approx.as_deref()), (span, Some(value), None), "{text}");
            assert!(f.1.score < BADGE_THRESHOLD, "{text}: {}", f.1.score);
        }
    }

    #[test]
    fn over_before_a_stretch_hedges_only_a_stated_length() {
        // "over" names the period after an amount or a verb of change ...
        assert_eq!(one("Spending will rise over the next two years.").1.approx, None);
        // ... and means "more than" where a length or a span since is stated.
        for text in ["He has worked there for over 20 years.", "It was the first rate cut in over 15 years.", "The case ended after over 30 years."] {
            let f = figures(text).into_iter().find(|f| f.1.unit.as_deref() == Some("years")).expect(text);
            assert_eq!((f.1.approx.as_deref(), f.1.score >= BADGE_THRESHOLD), (Some("over"), true), "{text}");
        }
    }

    fn names_a_time_unit(unit: Option<&str>) -> bool {
        unit.is_some_and(|u| ["years", "days", "months", "weeks"].contains(&u))
    }

    #[test]
    fn durations_bounded_by_a_hedge_stay_figures() {
        let (text, f) = one("The trip took more than three hours.");
        assert_eq!((text.as_str(), f.unit.as_deref()), ("more than three hours", Some("hours")));
        assert_eq!(one("prices rose 100 times").1.unit.as_deref(), Some("times"));
    }

    #[test]
    fn slashed_dates_are_dates_and_halves_are_fractions() {
        assert!(figures("the 9/11 families and survivors").is_empty());
        assert!(figures("Any time to meet on 5/17/2018?").is_empty());
        assert_eq!(one("a 1/2 cup").1.value, Some(0.5));
    }

    #[test]
    fn times_of_day_and_identifiers_are_no_figures() {
        assert!(figures("airs from 6:00 a.m. to 9 p.m. Eastern").is_empty());
        assert!(figures("developed by 6 o\u{2019}clock this afternoon").is_empty());
        assert!(figures("timestamp 1474387200 here").is_empty());
        assert!(figures("on September 11th earlier").is_empty());
    }

    #[test]
    fn a_stretch_of_days_is_one_date() {
        assert!(figures("conducted from Sept. 19 to 22, surveying").is_empty());
        assert!(figures("The survey was conducted September 16-19, using a panel.").is_empty());
    }

    #[test]
    fn a_season_is_a_span_of_years() {
        assert!(figures("The 2020-21 season was short.").is_empty());
    }

    #[test]
    fn dates_are_one_figure() {
        let (text, f) = one("not until Jan. 1, 1990 at noon");
        assert_eq!(text, "until Jan. 1, 1990");
        assert_eq!(f.category, Category::Date);
    }

    #[test]
    fn decades_are_years() {
        let (text, f) = one("since the 1990s");
        assert_eq!((text.as_str(), f.category, f.value), ("since the 1990s", Category::Year, Some(1990.0)));
    }

    #[test]
    fn ordinals_of_time_date_the_sentence() {
        assert!(figures("net sales for the third quarter were flat").is_empty());
        assert!(figures("last year sales fell").is_empty());
        assert!(figures("in the first half").is_empty());
        assert_eq!(figures("the third largest city").len(), 1);
    }
}
