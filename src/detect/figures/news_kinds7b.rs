//! Review 7's news kinds, each with sentences of our own besides the one the reviewer saw: the
//! level a change moves a thing to or from takes the change; comparisons and tallies are no
//! change; hedges "near", "closer to", "-odd", "estimated at"; a spelled margin of error is no
//! hedge; "m" as a million before what is counted; the whole of "four of the seven"; a measure
//! inside a count ("30 10-kilogram sacks"); road codes and set scores.

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

const UP: Option<Trend> = Some(Trend::Up);
const DOWN: Option<Trend> = Some(Trend::Down);

#[test]
fn the_level_a_change_carries_a_thing_to_takes_the_change() {
    assert_eq!(read("Gold jumped 2% on Friday, pushing the price to a record $2,450 an ounce."), vec![(Some(2.0), UP), (Some(2450.0), UP)]);
    assert_eq!(read("The rupee weakened 0.4%, sending it to 83.6 against the dollar."), vec![(Some(0.4), DOWN), (Some(83.6), DOWN)]);
    assert_eq!(read("Unemployment climbed 0.3 points, bringing the rate to 5.2%."), vec![(Some(0.3), UP), (Some(5.2), UP)]);
    // No change before the comma: the level is only a level.
    assert_eq!(read("The board met on Monday, taking the total to 12 members."), vec![(Some(12.0), None)]);
}

#[test]
fn the_level_a_change_starts_from_takes_the_change() {
    assert_eq!(read("The ASX 200 has fallen 9% from a high of 8,100 points in July."), vec![(Some(9.0), DOWN), (Some(8100.0), DOWN)]);
    assert_eq!(read("Net migration fell to 685,000 from a peak of 906,000."), vec![(Some(685_000.0), DOWN), (Some(906_000.0), DOWN)]);
    assert_eq!(read("Coffee prices have come down from a record $4.30 a pound."), vec![(Some(4.3), DOWN)]);
}

#[test]
fn recovering_and_bouncing_back_are_rises() {
    assert_eq!(read("Passenger numbers recovered to 96% of pre-pandemic levels."), vec![(Some(96.0), UP)]);
    assert_eq!(read("Home sales bounced back to 410,000 in May."), vec![(Some(410_000.0), UP)]);
    assert_eq!(read("The shares climbed back to 150p."), vec![(Some(150.0), UP)]);
}

#[test]
fn a_level_then_the_change_it_is_after_a_comma() {
    assert_eq!(read("Retail sales hit £9.1bn in December, a 3.2% rise on the year."), vec![(Some(9.1e9), UP), (Some(3.2), UP)]);
    assert_eq!(read("The firm posted revenue of $4.4 billion, a 12% decline."), vec![(Some(4.4e9), DOWN), (Some(12.0), DOWN)]);
    // A new clause whose subject is the change leaves the level alone.
    assert_eq!(read("A family spends £90 a week on food, a 5% rise is no small thing.")[0], (Some(90.0), None));
}

#[test]
fn an_amount_a_change_is_worth_takes_the_change() {
    assert_eq!(read("Teachers were offered a pay rise worth £2,000 on average."), vec![(Some(2000.0), UP)]);
    assert_eq!(read("Drivers get a fuel duty cut worth about 5p a litre."), vec![(Some(5.0), DOWN)]);
    // Worth without a change is a value.
    assert_eq!(read("Police seized cannabis worth £40,000."), vec![(Some(40_000.0), None)]);
}

#[test]
fn more_or_higher_than_another_thing_is_no_change() {
    assert_eq!(read("Reform won 14 more votes than the Lib Dems in the ward."), vec![(Some(14.0), None)]);
    assert_eq!(read("Petrol in Darwin is 20 cents higher than in Adelaide."), vec![(Some(20.0), None)]);
    assert_eq!(read("Victoria recruited 2,500 more nurses, the premier said."), vec![(Some(2500.0), None)]);
    // Against an earlier time it is a change.
    assert_eq!(read("Exports were 8% higher than a year earlier."), vec![(Some(8.0), UP)]);
    assert_eq!(read("There are 3,000 more police officers than in 2019."), vec![(Some(3000.0), UP)]);
    assert_eq!(read("Borrowing was £3bn lower than forecast."), vec![(Some(3e9), DOWN)]);
    assert_eq!(read("Labour won 30 more seats than at the last election."), vec![(Some(30.0), UP)]);
}

#[test]
fn a_tally_of_a_whole_and_a_return_are_no_change() {
    assert_eq!(read("Mumbai Indians have lost six of their last eight matches."), vec![(Some(6.0), None), (Some(8.0), None)]);
    assert_eq!(read("The property fund returned -2.4% over the year."), vec![(Some(-2.4), None)]);
    // A signed change elsewhere keeps its sign.
    assert_eq!(read("The index moved -1.3% on the day."), vec![(Some(-1.3), DOWN)]);
}

#[test]
fn near_closer_odd_and_estimated_at_are_approximate() {
    for text in [
        "The death toll is estimated at 1,200.",
        "The haul was estimated to be worth $2m.",
        "The real figure is closer to 9%.",
        "Water levels near 3 metres were recorded in Lismore.",
        "Some residents said 40-odd homes were flooded.",
        "Police said 30 odd cars were damaged.",
    ] {
        let found = hedged(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert!(found[0].1.is_some(), "{text}: {found:?}");
    }
    // Moving closer is no hedge.
    assert_eq!(hedged("As the child gets closer to 18, the fund should be safer."), vec![(Some(18.0), None)]);
}

#[test]
fn a_margin_of_error_in_words_is_no_hedge() {
    assert_eq!(hedged("The Newspoll margin of error is plus or minus 2.6 percentage points."), vec![(Some(2.6), None)]);
}

#[test]
fn a_bare_m_before_what_is_counted_is_a_million() {
    assert_eq!(read("The government hit its 1m target for apprenticeships.")[0].0, Some(1e6));
    assert_eq!(read("Supermarkets sold 4.5m Easter eggs in a week.")[0].0, Some(4.5e6));
    assert_eq!(read("Charities handed out 1.3m hot meals.")[0].0, Some(1.3e6));
    assert_eq!(read("He was sold for a 60m fee.")[0].0, Some(6e7));
    // Metres stay metres.
    // A race named by its distance is no figure at all (review 17: "the 400m freestyle").
    assert!(read("The 400m freestyle final starts tonight.").is_empty());
    assert_eq!(read("She cleared the 1.95m bar at her first attempt.")[0].0, Some(1.95));
    assert_eq!(read("Protesters climbed the 6m-high gate.")[0].0, Some(6.0));
}

#[test]
fn the_whole_a_part_is_counted_from_is_a_figure() {
    assert_eq!(read("He was convicted of three of the six charges against him."), vec![(Some(3.0), None), (Some(6.0), None)]);
    assert_eq!(read("Only two of the 11 candidates backed the plan."), vec![(Some(2.0), None), (Some(11.0), None)]);
    // "the two" alone still points back.
    assert_eq!(read("The two men were arrested."), vec![]);
}

#[test]
fn a_measure_inside_a_count_is_a_figure_of_its_own() {
    let found = figures("Aid workers unloaded 500 25-kilogram bags of flour.");
    let got: Vec<_> = found.iter().map(|(_, f)| (f.value, f.unit.clone())).collect();
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0], (Some(500.0), Some("bags".to_string())));
    assert_eq!(got[1].0, Some(25.0));
    assert_eq!(read("The shop sold 60 two-litre bottles of milk."), vec![(Some(60.0), None), (Some(2.0), None)]);
}

#[test]
fn road_codes_and_set_scores() {
    assert_eq!(read("Traffic was queuing back to junction 3 on the A1(M)."), vec![]);
    assert_eq!(read("The M6(T) toll road was closed."), vec![]);
    // A list of sets is a scoreline, no quantity, and no range either.
    assert!(figures("Alcaraz won 6-4, 3-6, 7-5.").is_empty());
}
