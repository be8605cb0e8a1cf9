//! Issue 9's direction kinds, in sentences of our own (other words, other outlets than the
//! data sets): a change stated against an earlier time; verbs that lift or stretch a level;
//! gaps against other places or things and counts after a change's clause are no change;
//! hedges "top", "longer than", "roughly every", "$US"; a named target or threshold is exact;
//! a price per kilo or litre is no amount of one, and "N years on" places a time; the opening
//! days of a tenure, "a one-bedroom", and small rand amounts in a change.

use super::test_support::figures;
use crate::report::Trend;

/// (value, trend) of every figure of a text.
fn read(text: &str) -> Vec<(Option<f64>, Option<Trend>)> {
    figures(text).into_iter().map(|(_, f)| (f.value, f.trend)).collect()
}

/// (value, hedge) of every figure of a text.
fn hedged(text: &str) -> Vec<(Option<f64>, Option<String>)> {
    figures(text).into_iter().map(|(_, f)| (f.value, f.approx)).collect()
}

/// The values of every figure of a text.
fn values(text: &str) -> Vec<Option<f64>> {
    figures(text).into_iter().map(|(_, f)| f.value).collect()
}

const UP: Option<Trend> = Some(Trend::Up);
const DOWN: Option<Trend> = Some(Trend::Down);

#[test]
fn a_gap_against_an_earlier_time_is_a_change_whatever_its_hedge() {
    assert_eq!(read("Bookings were 6% more than the year before."), vec![(Some(6.0), UP)]);
    assert_eq!(read("Freight volumes were about 11 per cent less than last year."), vec![(Some(11.0), DOWN)]);
    assert_eq!(read("Enrolments are 7% fewer than in 2021."), vec![(Some(7.0), DOWN)]);
    // Against another estimate, or another thing, the gap is no change.
    assert_eq!(read("The car costs almost $8,000 more than it does now."), vec![(Some(8000.0), None)]);
    assert_eq!(read("Growth was half a point less than forecast."), vec![(Some(0.5), None)]);
}

#[test]
fn a_level_compared_with_an_earlier_level_is_both_ends_of_a_change() {
    assert_eq!(read("Admissions reached 5,300, compared with 4,100 a year ago."), vec![(Some(5300.0), UP), (Some(4100.0), UP)]);
    assert_eq!(read("The deficit was 3.1%, compared with roughly 4% the previous year."), vec![(Some(3.1), DOWN), (Some(4.0), DOWN)]);
    // Two levels side by side, or a reporting period named as a peer, stay levels.
    assert_eq!(read("Inflation was 2.8% in Leeds, compared with 3.3% in York."), vec![(Some(2.8), None), (Some(3.3), None)]);
    assert_eq!(read("Earnings were $1.12 a share, compared with $0.95 in the prior-year quarter."), vec![(Some(1.12), None), (Some(0.95), None)]);
}

#[test]
fn a_level_stated_as_a_multiple_of_what_it_was_rose_or_fell() {
    assert_eq!(read("Fees hit £9,250, double what they were a decade ago."), vec![(Some(9250.0), UP)]);
    assert_eq!(read("Rents hit R9,000, twice what they were five years ago."), vec![(Some(9000.0), UP)]);
    // A level followed by its gap against an earlier time in "more"/"fewer" moved with it.
    assert_eq!(read("Lenders approved 61,000 loans, 9% fewer than a year earlier."), vec![(Some(61_000.0), DOWN), (Some(9.0), DOWN)]);
    assert_eq!(read("The crop covered 900 hectares, 4% higher than last year."), vec![(Some(900.0), None), (Some(4.0), UP)]);
    assert_eq!(read("The bank set aside $2 billion, nearly double the amount a year ago."), vec![(Some(2e9), None)]);
}

#[test]
fn verbs_that_lift_trim_or_stretch_a_level_are_changes() {
    assert_eq!(read("The insurer lifts its premium cap to 9%."), vec![(Some(9.0), UP)]);
    assert_eq!(read("Ministers trimmed the planned pay rise to 3.5%."), vec![(Some(3.5), DOWN)]);
    assert_eq!(read("The hearing stretched to 11 hours."), vec![(Some(11.0), UP)]);
    // A change noun alone in the object still names the change.
    assert_eq!(read("Prices rose to $4."), vec![(Some(4.0), UP)]);
}

#[test]
fn gaps_against_others_and_counts_outside_the_change_have_no_trend() {
    assert_eq!(read("Wages in Cardiff are 12% above the British average."), vec![(Some(12.0), None)]);
    assert_eq!(read("Fees are $300 below the average for the district."), vec![(Some(300.0), None)]);
    // A bare or seasonal norm is the level's own usual: a departure from it is a change.
    assert_eq!(read("Snowfall was 30% below average across the Alps."), vec![(Some(30.0), DOWN)]);
    assert_eq!(read("Burglaries climbed in the town where detectives recovered 17 guns."), vec![(Some(17.0), None)]);
    assert_eq!(read("Officers recovered 9 stolen cars."), vec![(Some(9.0), None)]);
    assert_eq!(read("Shares recovered 3% on Friday."), vec![(Some(3.0), UP)]);
}

#[test]
fn verbs_of_topping_and_lengths_beyond_a_figure_bound_it() {
    assert_eq!(hedged("Turnout could top 80%."), vec![(Some(80.0), Some("more than".to_string()))]);
    assert_eq!(hedged("Losses are set to top $2 billion."), vec![(Some(2e9), Some("more than".to_string()))]);
    assert_eq!(hedged("The flight took longer than 14 hours."), vec![(Some(14.0), Some("more than".to_string()))]);
    assert_eq!(hedged("Ferries sail approximately every 40 minutes."), vec![(Some(40.0), Some("approximately".to_string()))]);
    // "the top 5" ranks.
    assert_eq!(hedged("The top 5 clubs earn most."), vec![(Some(5.0), None)]);
}

#[test]
fn dollars_written_with_the_country_after_the_sign_are_money() {
    assert_eq!(hedged("It paid about $US75 million."), vec![(Some(75e6), Some("about".to_string()))]);
    assert_eq!(values("Exports earned $NZ3.2 billion."), vec![Some(3.2e9)]);
}

#[test]
fn a_named_target_or_threshold_is_exact() {
    assert_eq!(hedged("Turnout stayed below the 60% needed."), vec![(Some(60.0), None)]);
    assert_eq!(hedged("Revenue fell short of its $3 billion goal."), vec![(Some(3e9), None)]);
    assert_eq!(hedged("Orders were just under the 500 analysts expected."), vec![(Some(500.0), None)]);
    // The actual figure keeps its hedge.
    assert_eq!(hedged("Sales of just under 2,000 missed the 2,500 target."), vec![(Some(2000.0), Some("just under".to_string())), (Some(2500.0), None)]);
}

#[test]
fn a_price_per_unit_and_a_time_counted_on_are_no_figures_of_their_own() {
    assert_eq!(values("Onions cost 90p a kilo."), vec![Some(90.0)]);
    assert_eq!(values("Petrol dropped 30c a litre."), vec![Some(30.0)]);
    assert!(figures("Five years on, the mine is still closed.").is_empty());
    assert_eq!(values("Thirty years on from the strike, 40 miners gathered."), vec![Some(40.0)]);
    // A length stated "on" a day is still a length.
    assert_eq!(values("She worked 10 hours on Sunday."), vec![Some(10.0)]);
}

#[test]
fn the_opening_days_of_a_tenure_one_bedroom_and_small_rand_amounts() {
    assert_eq!(values("The coach won 9 games in his first 12 weeks."), vec![Some(9.0), Some(12.0)]);
    assert_eq!(values("Sales fell in the first six months."), vec![Some(6.0)]);
    assert_eq!(values("Rents for a one-bedroom flat rose 4%."), vec![Some(1.0), Some(4.0)]);
    assert_eq!(read("Bread went up by R1 a loaf."), vec![(Some(1.0), UP)]);
    // A letter and bare digits alone stay a name.
    assert!(figures("Nurses wore N95 masks.").is_empty());
}
