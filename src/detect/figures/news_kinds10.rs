//! Issue 9's reviewer kinds (kinds10), in sentences of our own, other words and outlets than
//! the data sets: multiples taken of an earlier time; "N quarters" as periods; odds written with
//! a scale; quarter- and half-point moves; currency letters on both ends of a range; particles
//! owned by their verb and "give or take"; a restated share after a change; scores and
//! tallies; "N more X" after a verb that plans or expects.

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

/// (value, unit) of every figure of a text.
fn units(text: &str) -> Vec<(Option<f64>, Option<String>)> {
    figures(text).into_iter().map(|(_, f)| (f.value, f.unit)).collect()
}

const UP: Option<Trend> = Some(Trend::Up);
const DOWN: Option<Trend> = Some(Trend::Down);

#[test]
fn a_multiple_rises_or_falls_only_against_an_earlier_time() {
    assert_eq!(read("Clinics saw four times as many cases as in 2020."), vec![(Some(4.0), UP)]);
    assert_eq!(read("Exports earned half as much as they did a year earlier."), vec![(Some(0.5), DOWN)]);
    assert_eq!(read("Wages are now three times what they were a decade ago."), vec![(Some(3.0), UP)]);
    // Against another thing, or with the earlier time only dating the claim, no change.
    assert_eq!(read("Perth buyers pay three times as much as buyers in Hobart."), vec![(Some(3.0), None)]);
    assert_eq!(read("Arrests ran at five times the regional average last year."), vec![(Some(5.0), None)]);
    // "Twice" and "double" are no figures, as the independent review sets annotate them.
    assert!(figures("Jail deaths ran at roughly twice the state rate.").is_empty());
    assert!(figures("The plan would double the size of the fleet.").is_empty());
}

#[test]
fn quarters_framed_as_time_count_periods() {
    assert_eq!(values("Earnings have beaten forecasts for eight straight quarters."), vec![Some(8.0)]);
    assert_eq!(units("Profits slid in each of the past five quarters."), vec![(Some(5.0), Some("quarters".to_string()))]);
    assert_eq!(read("Its slowest growth in nine quarters."), vec![(Some(9.0), None)]);
    assert_eq!(values("Prices fell for two quarters in a row."), vec![Some(2.0)]);
    // A fraction of a whole stays one.
    assert_eq!(values("Three quarters of nurses backed the deal."), vec![Some(0.75)]);
}

/// The values of every figure of a text.
fn values(text: &str) -> Vec<Option<f64>> {
    figures(text).into_iter().map(|(_, f)| f.value).collect()
}

#[test]
fn odds_with_a_scale_are_one_share() {
    let v = values("The risk is roughly one in 2 million per flight.");
    assert_eq!(v.len(), 1);
    assert!((v[0].unwrap_or(0.0) - 5e-7).abs() < 1e-12, "{v:?}");
    assert_eq!(values("One in 10 voters was undecided."), vec![Some(0.1)]);
}

#[test]
fn a_quarter_or_half_point_move_takes_the_trend_of_its_noun() {
    assert_eq!(read("Investors bet on three more quarter-point hikes."), vec![(Some(3.0), None), (Some(0.25), UP)]);
    assert_eq!(read("The bank made a half-point cut on Thursday."), vec![(Some(0.5), DOWN)]);
    assert_eq!(read("A half-percentage-point reduction is likely."), vec![(Some(0.5), DOWN)]);
}

#[test]
fn a_currency_letter_on_both_ends_makes_a_range_money() {
    let f = figures("Minibus fares went up by R8-R12 a trip.");
    assert_eq!(f.len(), 1);
    assert_eq!((f[0].1.value, f[0].1.high), (Some(8.0), Some(12.0)));
    assert_eq!(figures("Market stalls charge N2,000-N3,500 a day.")[0].1.high, Some(3500.0));
    // A droid, a mask, a dog unit: names.
    assert!(figures("The R2-D2 replica sold quickly.").is_empty());
    assert!(figures("Staff wore N95 masks.").is_empty());
}

#[test]
fn a_particle_of_its_verb_is_no_hedge_and_no_fall() {
    assert_eq!(hedged("The tanker keeled over 3 times in the storm."), vec![(Some(3.0), None)]);
    assert_eq!(read("The jet touched down 25 km short of the runway."), vec![(Some(25.0), None)]);
    assert_eq!(read("MPs voted down three motions."), vec![(Some(3.0), None)]);
    // "Over" after another verb still bounds: "won over 60%".
    assert_eq!(hedged("She won over 60% of the vote.")[0].1.as_deref(), Some("over"));
}

#[test]
fn give_or_take_hedges_the_amount_before_it() {
    assert_eq!(hedged("The hike takes five hours, give or take.")[0].1.as_deref(), Some("about"));
    assert_eq!(hedged("Some 2,000 seats, give or take a handful.")[0].1.as_deref(), Some("some"));
}

#[test]
fn a_share_restated_after_a_change_moves_with_it() {
    assert_eq!(read("The insurer will cut 12% of its staff, or nearly 3,000 posts."), vec![(Some(12.0), DOWN), (Some(3000.0), DOWN)]);
    // Laying off, like closing, is an action on things counted, no change of a level, as
    // the independent review sets 7 and 8 annotate it.
    assert_eq!(read("The mill laid off roughly 450 workers."), vec![(Some(450.0), None)]);
    assert_eq!(read("The mine will lay off 600 miners, or a fifth of its workforce."), vec![(Some(600.0), None), (Some(0.2), None)]);
}

#[test]
fn scores_and_tallies_are_two_counts_without_trend() {
    // A sports scoreline is no quantity; a tally of votes is two counts.
    assert!(read("City lost 3-2 to Leeds.").is_empty());
    assert!(read("The Bulls beat the Stormers 31-17.").is_empty());
    assert_eq!(read("The council voted 31-17 to approve it."), vec![(Some(31.0), None), (Some(17.0), None)]);
}

#[test]
fn more_after_a_verb_that_plans_counts_what_it_plans() {
    assert_eq!(read("The minister pledged 600 more beds."), vec![(Some(600.0), None)]);
    assert_eq!(read("Forecasters expect two more storms."), vec![(Some(2.0), None)]);
    // Without such a verb the count is still a change: "25 million more people have cover".
    assert_eq!(read("Suddenly 4 million more people had cover."), vec![(Some(4_000_000.0), UP)]);
}

#[test]
fn a_change_reaches_its_range_through_between_and_a_defeat_margin_is_no_fall() {
    assert_eq!(read("Bus fares climbed by between R4-R7."), vec![(Some(4.0), UP)]);
    assert_eq!(read("Rents fell between 3-6% in the quarter."), vec![(Some(3.0), DOWN)]);
    assert_eq!(read("The Blues lost by seven points."), vec![(Some(7.0), None)]);
    assert_eq!(read("The incumbent lost by 2,100 votes."), vec![(Some(2100.0), None)]);
    // A market that lost points fell.
    assert_eq!(read("The index lost 120 points."), vec![(Some(120.0), DOWN)]);
}

#[test]
fn a_comparative_between_count_and_noun_stays_out_of_the_unit() {
    let unit = |text: &str| figures(text).into_iter().next().and_then(|(_, f)| f.unit);
    assert_eq!(unit("The council pledged 400 more wardens."), Some("wardens".to_string()));
    assert_eq!(unit("Schools have 900 fewer teachers than in 2015."), Some("teachers".to_string()));
    assert_eq!(unit("The clinic will take on 12 extra nurses."), Some("nurses".to_string()));
    assert_eq!(unit("Bolton scored 3 more goals than Wigan."), Some("goals".to_string()));
}
