//! Issue 9's session-14 kinds, in sentences of our own, other words and outlets than the data
//! sets: a shortfall ("12 short of a majority"); verbs of rise and fall the word list lacked;
//! a second figure coordinated with a change; a size hyphened before the counted noun; a
//! cricket shot named by its runs; a spaced "K" that is a kelvin.

use super::test_support::figures;
use crate::report::Trend;

/// (value, trend) of every figure of a text.
fn read(text: &str) -> Vec<(Option<f64>, Option<Trend>)> {
    figures(text).into_iter().map(|(_, f)| (f.value, f.trend)).collect()
}

const UP: Option<Trend> = Some(Trend::Up);
const DOWN: Option<Trend> = Some(Trend::Down);

#[test]
fn a_shortfall_is_a_figure_with_no_trend() {
    assert_eq!(read("The Conservatives finished 12 short of a majority."), vec![(Some(12.0), None)]);
    assert_eq!(read("The coalition was 9 short of the threshold."), vec![(Some(9.0), None)]);
    assert_eq!(read("The bill fell two votes shy of the 60 needed to pass."), vec![(Some(2.0), None), (Some(60.0), None)]);
    assert_eq!(read("Organisers ended up 200 tickets shy of a sell-out."), vec![(Some(200.0), None)]);
    // A model's name before a singular noun is still no count.
    assert!(read("The 747 jet landed safely.").is_empty());
}

#[test]
fn more_verbs_of_rise_and_fall_give_the_trend() {
    assert_eq!(read("Consumer confidence improved to 88.4 in June."), vec![(Some(88.4), UP)]);
    assert_eq!(read("Losses deepened to $2.3 billion."), vec![(Some(2.3e9), UP)]);
    assert_eq!(read("Core inflation moderated to 3.6%."), vec![(Some(3.6), DOWN)]);
    assert_eq!(read("Prices receded to $78 a barrel."), vec![(Some(78.0), DOWN)]);
    assert_eq!(read("Shares crashed 30% on the news."), vec![(Some(30.0), DOWN)]);
    assert_eq!(read("Bond yields retreat to 4.1%."), vec![(Some(4.1), DOWN)]);
    assert_eq!(read("Tax revenue rocketed to £82bn."), vec![(Some(8.2e10), UP)]);
    // "A rally of 5,000 people": a noun of a gathering, no rise.
    assert_eq!(read("A rally of 5,000 people filled the square."), vec![(Some(5000.0), None)]);
    // A noun of the same word that is no verb of the figure moves nothing.
    assert_eq!(read("The collapse killed 12 workers."), vec![(Some(12.0), None)]);
}

#[test]
fn a_number_hyphened_to_a_kind_word_is_no_count() {
    assert!(read("It was a three-horse race for the nomination.").is_empty());
    // Rooms, members and judges are counted (the news sets count them).
    assert_eq!(read("A three-member panel will review the case."), vec![(Some(3.0), None)]);
}

#[test]
fn a_level_in_apposition_to_its_change_takes_the_direction() {
    assert_eq!(read("Passenger numbers hit 2.3 million, a rise of 9%."), vec![(Some(2.3e6), UP), (Some(9.0), UP)]);
    assert_eq!(read("Exports reached Sh640 billion, a fall of 4 per cent."), vec![(Some(6.4e11), DOWN), (Some(4.0), DOWN)]);
    assert_eq!(read("Net income totalled $1.3bn, a 15% drop from a year earlier."), vec![(Some(1.3e9), DOWN), (Some(15.0), DOWN)]);
    assert_eq!(read("Gold traded at $2,310 an ounce, its highest since April, up 0.8%."), vec![(Some(2310.0), UP), (Some(0.8), UP)]);
    // A count with a clause of its own keeps no direction from the change of it after the comma.
    assert_eq!(read("About 2.1 million homes were empty, an increase of 40,000 on the year.")[0], (Some(2.1e6), None));
    // A baseline given as another figure is left alone.
    assert_eq!(read("Turnout was 61%, a 10 percent drop from the 68% of 2019.")[0].1, None);
}

#[test]
fn the_baseline_after_an_aside_shares_the_change() {
    assert_eq!(read("Inflation fell to 6.7%, the lowest in two years, from 7.1% in June."), vec![(Some(6.7), DOWN), (Some(2.0), None), (Some(7.1), DOWN)]);
    assert_eq!(read("Retail sales slipped to R88bn, Stats SA said, from R91bn in May."), vec![(Some(8.8e10), DOWN), (Some(9.1e10), DOWN)]);
    // "a quarter earlier" is a time, no fraction.
    let figures = read("The jobless rate rose to 5.1%, its highest since 2021, from 4.8% a quarter earlier.");
    assert_eq!((figures[0], figures.last().copied()), ((Some(5.1), UP), Some((Some(4.8), UP))));
    assert!(!figures.iter().any(|f| f.0 == Some(0.25)));
}

#[test]
fn a_second_percentage_over_another_period_shares_the_change() {
    assert_eq!(read("Consumer prices rose 0.3% m/m and 2.1% y/y in May."), vec![(Some(0.3), UP), (Some(2.1), UP)]);
    assert_eq!(read("Exports dropped 3.4% month-on-month and 9.8% year-on-year."), vec![(Some(3.4), DOWN), (Some(9.8), DOWN)]);
    assert_eq!(read("Output fell 4% in Q2 and 6% over the half."), vec![(Some(4.0), DOWN), (Some(6.0), DOWN)]);
    // A share with a verb of its own is no second change.
    assert_eq!(read("Prices rose 3% in May and 45% of shoppers cut back.")[1], (Some(45.0), None));
}

#[test]
fn a_size_before_the_counted_noun_takes_no_trend() {
    assert_eq!(read("Maize deliveries rose by 40 10-kg bags."), vec![(Some(40.0), UP), (Some(10.0), None)]);
    assert_eq!(read("Imports jumped by 150 40-foot containers."), vec![(Some(150.0), UP), (Some(40.0), None)]);
}

#[test]
fn a_cricket_shot_named_by_its_runs_counts_nothing() {
    // ("the last ball" is an ordinal, no value.)
    assert!(read("Kohli hit a six off the last ball.").iter().all(|f| f.0.is_none()));
    assert!(read("Smith drove the next delivery for a four.").iter().all(|f| f.0.is_none()));
    assert_eq!(read("He struck four sixes and three fours.").len(), 2);
    assert_eq!(read("She signed a four-year deal."), vec![(Some(4.0), None)]);
}

#[test]
fn a_spaced_k_beside_words_of_physics_is_a_kelvin() {
    assert_eq!(read("The planet's surface is 226 K at night."), vec![(Some(226.0), None)]);
    assert_eq!(read("Liquid nitrogen boils at 77 K, the researchers said."), vec![(Some(77.0), None)]);
    assert_eq!(read("The fund raised 500K from local investors."), vec![(Some(500000.0), None)]);
}

#[test]
fn a_spaced_k_after_a_decimal_is_a_kelvin_too() {
    // The decimal point is no sentence end that hides the words of heat before it.
    assert_eq!(read("Helium turns liquid below 4.2 K."), vec![(Some(4.2), None)]);
    assert_eq!(read("Nitrogen boils at about 77.4 K under normal pressure."), vec![(Some(77.4), None)]);
    assert_eq!(read("The superconductor works at 92.5 K, researchers said."), vec![(Some(92.5), None)]);
    assert_eq!(read("The startup raised 2.5 K from friends."), vec![(Some(2500.0), None)]);
}
