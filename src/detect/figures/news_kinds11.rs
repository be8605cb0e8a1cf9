//! Issue 9's session-11 reviewer kinds (kinds11), in sentences of our own, other words and
//! outlets than the data sets: multipliers in comparisons, sport scores, a scale carried to a
//! parallel or falling amount, stretches of time, "N-fold to X", fractions as the size of a
//! change, stretches of days inside a date, where a trend goes, "one in N" and parts.

use super::test_support::figures;
use crate::report::Trend;

/// (value, trend) of every figure of a text.
fn read(text: &str) -> Vec<(Option<f64>, Option<Trend>)> {
    figures(text).into_iter().map(|(_, f)| (f.value, f.trend)).collect()
}

/// (value, high) of every figure of a text.
fn spans(text: &str) -> Vec<(Option<f64>, Option<f64>)> {
    figures(text).into_iter().map(|(_, f)| (f.value, f.high)).collect()
}

const UP: Option<Trend> = Some(Trend::Up);
const DOWN: Option<Trend> = Some(Trend::Down);

#[test]
fn n_times_is_a_multiple_and_twice_is_no_figure() {
    // "N times" of another amount is a quantity of times (the review sets annotate "27 times
    // the WHO limit"); "twice" and "double" are not (they leave "nearly twice the density",
    // "roughly twice today's best cells" out), nor is the verb "doubled".
    assert_eq!(read("Rural women die in childbirth at nearly four times the urban rate."), vec![(Some(4.0), None)]);
    assert_eq!(figures("Tickets in Leeds cost twice as much as ones in Hull.").len(), 0);
    assert!(figures("Freight rates doubled over the winter.").is_empty());
    // "as much as one at its rival": the pronoun after a comparison's second "as".
    assert!(figures("A permit here costs twice as much as one from the county.").is_empty());
    assert_eq!(figures("As many as one in six voters stayed home.").len(), 1);
}

#[test]
fn a_score_is_two_counts_without_trend_or_range() {
    // A scoreline is no quantity: the golf figures stay.
    assert!(spans("Celtic beat Rangers 3-2 at Parkhead.").is_empty());
    assert_eq!(read("Hovland carded a 4-under-par 68 on Friday."), vec![(Some(4.0), None), (Some(68.0), None)]);
    // "6-under 66": the round is no "under 66".
    let f = figures("Aberg shot a 6-under 66 on Sunday.");
    assert_eq!(f.iter().map(|(_, f)| (f.value, f.approx.clone())).collect::<Vec<_>>(), vec![(Some(6.0), None), (Some(66.0), None)]);
}

#[test]
fn a_bare_amount_written_in_parallel_takes_the_scale_and_currency() {
    let f = figures("The county set aside $12 million for bridges and only 4.5 for libraries.");
    let v: Vec<_> = f.iter().map(|(_, f)| (f.value, f.unit.clone())).collect();
    assert_eq!(v[1], (Some(4_500_000.0), v[0].1.clone()));
    // No carry across unrelated figures: a count after "and" with another preposition.
    assert_eq!(read("It spent $2 million on ads and 40 staff left in May."), vec![(Some(2e6), None), (Some(40.0), None)]);
    assert_eq!(read("Police seized $3 million in cash and 14 in the boot.")[1], (Some(14.0), None));
}

#[test]
fn the_first_level_of_a_fall_takes_the_scale_of_the_second() {
    assert_eq!(read("Coffee output slid from 9 to 7.5 million bags."), vec![(Some(9e6), DOWN), (Some(7.5e6), DOWN)]);
    // Read with the scale, too far above the second level: no carry.
    assert_eq!(read("Views fell from 500 to 3 million.")[0].0, Some(500.0));
}

#[test]
fn a_stretch_of_time_is_a_length_and_takes_no_trend() {
    assert_eq!(read("Rescuers pulled 30 people out in the first 72 hours."), vec![(Some(30.0), None), (Some(72.0), None)]);
    assert_eq!(read("Bond yields climbed 40 basis points over the past three weeks.")[1], (Some(3.0), None));
    assert_eq!(read("Arrivals fell 12% during the last two months.")[1], (Some(2.0), None));
    // A part of a calendar year is a time, as a quarter is.
    assert!(figures("Profits slipped in the first nine months of 2023.").is_empty());
    // "N years ago" places a time, as the sets annotate it.
    assert!(figures("The mill closed 40 years ago.").is_empty());
}

#[test]
fn a_multiplier_then_the_level_it_reached() {
    assert_eq!(read("Sales of heat pumps rose sevenfold to 21,000."), vec![(Some(7.0), UP), (Some(21_000.0), UP)]);
    assert_eq!(read("The bill for repairs has trebled to £4 million."), vec![(Some(4e6), UP)]);
    assert_eq!(read("Its debt quadrupled to $800m."), vec![(Some(8e8), UP)]);
    // The multiple takes no scale or currency from the level after it.
    assert_eq!(read("Wind output rose ninefold to 2.4 million megawatt hours.")[0], (Some(9.0), UP));
    assert_eq!(read("Deposits grew fourfold to R6bn.")[0], (Some(4.0), UP));
}

#[test]
fn a_stretch_of_days_inside_a_date_is_no_range() {
    assert!(figures("The talks run between 14 and 18 October in Bonn.").is_empty());
    assert!(figures("The fair is open from 4 to 9 September.").is_empty());
    assert!(figures("Voting closes between May 20 and 24.").is_empty());
    assert!(figures("The summit is on 5-6 December.").is_empty());
    assert!(figures("The show runs June 3\u{2013}7 in Perth.").is_empty());
    // A range of amounts before a word that is no month's name stays a range.
    assert_eq!(spans("Between 3 and 7 people were hurt."), vec![(Some(3.0), Some(7.0))]);
    assert_eq!(spans("Between 2 and 4 may be needed.")[0], (Some(2.0), Some(4.0)));
}

#[test]
fn a_particle_of_chase_or_spread_is_no_fall_and_no_bound() {
    assert_eq!(read("Pakistan chased down 190 with an over to spare."), vec![(Some(190.0), None)]);
    let f = figures("The oil slick spread over 25 km of coastline.");
    assert_eq!((f[0].1.value, f[0].1.approx.as_deref()), (Some(25.0), None));
}
