//! Issue 9's kinds from session 11's newcomer review, in sentences of our own: a margin of
//! error after a value, a time that dates a compared amount ("a year ago") read as a rate,
//! and ages stated in obituaries and court reports.

use super::test_support::figures;
use crate::report::Category;

/// (text, value, unit) of every figure of a text.
fn read(text: &str) -> Vec<(String, Option<f64>, Option<String>)> {
    figures(text).into_iter().map(|(s, f)| (s, f.value, f.unit)).collect()
}

#[test]
fn a_margin_of_error_belongs_to_its_value() {
    let r = read("Inflation was 0.8 ± 0.3 per cent in the quarter.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!((r[0].1, r[0].2.as_deref()), (Some(0.8), Some("percent")));
    let r = read("The poll gives Labour 38% +/- 3 points.");
    assert_eq!(r.iter().map(|f| f.1).collect::<Vec<_>>(), vec![Some(38.0)], "{r:?}");
    let r = read("Sea level rose 3.4 mm plus or minus 0.4 mm a year.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, Some(3.4));
}

#[test]
fn a_time_that_dates_a_compared_amount_is_no_rate() {
    let r = read("Revenue was $4.2 billion, against $3.9 billion a year ago.");
    assert_eq!(r[1].0, "$3.9 billion", "{r:?}");
    let r = read("Net profit reached Rs 2,300 crore, from Rs 1,900 crore a year earlier.");
    assert_eq!(r[1].0, "Rs 1,900 crore", "{r:?}");
    // A rate stays a rate.
    assert_eq!(read("The job pays $52,000 a year.")[0].0, "$52,000 a year");
}

#[test]
fn ages_stated_of_a_person_are_ages() {
    for (text, age) in [
        ("She was 89.", 89.0),
        ("The former mayor died at 91 in a Dublin hospice.", 91.0),
        ("He was 34 when he joined the force.", 34.0),
        ("Ms Achieng, who dies at 77, leaves three children.", 77.0),
    ] {
        let f = figures(&format!("Obituary\n\n{text}"));
        let age_of = f.iter().find(|(_, f)| f.value == Some(age)).map(|(_, f)| f.category);
        assert_eq!(age_of, Some(Category::Age), "{text}: {f:?}");
    }
    // A score or a count after "was" stays what it is.
    let f = figures("Obituary\n\nThe final score was 89 to 77.");
    assert!(f.iter().all(|(_, f)| f.category != Category::Age), "{f:?}");
    let f = figures("Obituary\n\nShe was 1 of 12 finalists.");
    assert!(f.iter().all(|(_, f)| f.category != Category::Age), "{f:?}");
}
