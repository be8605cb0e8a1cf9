//! Review 6's news kinds, each with sentences of our own besides the one the reviewer saw:
//! changes named by a noun, "shot down", ranges of a change's size, a change made to an object
//! ("raise the wage from A to B"), and odd count forms. (Numbers that identify rather than count
//! are tested beside their rules in `codes.rs`.)

use super::test_support::figures;
use crate::report::Trend;

/// (value, high, trend) of every figure of a text.
fn read(text: &str) -> Vec<(Option<f64>, Option<f64>, Option<Trend>)> {
    figures(text).into_iter().map(|(_, f)| (f.value, f.high, f.trend)).collect()
}

#[test]
fn a_change_noun_after_two_nouns_names_the_change() {
    assert_eq!(read("Households face a 7.5 per cent water bill rise."), vec![(Some(7.5), None, Some(Trend::Up))]);
    assert_eq!(read("Commuters face a 6% rail fare rise in March."), vec![(Some(6.0), None, Some(Trend::Up))]);
    assert_eq!(read("The bank cut its forecast after a 1.2% contraction in output."), vec![(Some(1.2), None, Some(Trend::Down))]);
    // Three nouns before it are too far: no trend guessed.
    assert_eq!(read("Staff won a 3% public sector pension fund deal."), vec![(Some(3.0), None, None)]);
}

#[test]
fn shaving_an_amount_off_is_a_fall() {
    assert_eq!(read("The sprinter shaved 0.12 seconds off the world record."), vec![(Some(0.12), None, Some(Trend::Down))]);
    assert_eq!(read("The new timetable shaves 15 minutes off the journey."), vec![(Some(15.0), None, Some(Trend::Down))]);
}

#[test]
fn the_range_a_rate_is_moved_to_takes_the_change() {
    let r = read("The Fed cut its benchmark rate by 50 basis points to a range of 4.75%-5%.");
    assert_eq!(r, vec![(Some(50.0), None, Some(Trend::Down)), (Some(4.75), Some(5.0), Some(Trend::Down))]);
}

#[test]
fn what_is_shot_down_is_counted_not_reduced() {
    assert_eq!(read("Air defences shot down 24 of 30 missiles overnight."), vec![(Some(24.0), None, None), (Some(30.0), None, None)]);
    assert_eq!(read("The army said it had shot down 11 drones."), vec![(Some(11.0), None, None)]);
    // "shot up" still rises.
    assert_eq!(read("Onion prices shot up 40% in a week."), vec![(Some(40.0), None, Some(Trend::Up))]);
}

#[test]
fn close_ends_after_by_are_a_range_of_the_change() {
    assert_eq!(read("The water table has fallen by 2 to 3 metres."), vec![(Some(2.0), Some(3.0), Some(Trend::Down))]);
    assert_eq!(read("Average temperatures have risen by 1.5 to 2 degrees Celsius."), vec![(Some(1.5), Some(2.0), Some(Trend::Up))]);
    // A change and the level it reaches stay two figures.
    assert_eq!(read("The death toll rose by 12 to 57 on Sunday."), vec![(Some(12.0), None, Some(Trend::Up)), (Some(57.0), None, Some(Trend::Up))]);
    assert_eq!(read("The river rose by 2 to 9 metres."), vec![(Some(2.0), None, Some(Trend::Up)), (Some(9.0), None, Some(Trend::Up))]);
}

#[test]
fn a_hyphen_hung_before_to_makes_one_range() {
    assert_eq!(read("The scheme targets 18- to 25-year-olds who are not in work."), vec![(Some(18.0), Some(25.0), None)]);
    assert_eq!(read("Judges may impose 3- to 5-year terms."), vec![(Some(3.0), Some(5.0), None)]);
}

#[test]
fn a_change_made_to_an_object_gives_both_levels_its_trend() {
    let cut = read("The plan would cut the council's grant from £40m to £32m.");
    assert_eq!(cut, vec![(Some(40e6), None, Some(Trend::Down)), (Some(32e6), None, Some(Trend::Down))]);
    let raise = read("The union wants to raise the starting salary from $45,000 to $52,000.");
    assert_eq!(raise, vec![(Some(45_000.0), None, Some(Trend::Up)), (Some(52_000.0), None, Some(Trend::Up))]);
    // Without a verb of change it stays a range.
    assert_eq!(read("Tickets cost from $20 to $35."), vec![(Some(20.0), Some(35.0), None)]);
}

#[test]
fn odd_count_forms_are_counted() {
    assert_eq!(read("Half-a-dozen shops were looted overnight."), vec![(Some(6.0), None, None)]);
    assert_eq!(read("The ranch sold 350 head of sheep at auction."), vec![(Some(350.0), None, None)]);
    assert_eq!(read("Scores of fans queued outside the stadium."), vec![(Some(20.0), Some(200.0), None)]);
    assert_eq!(read("The agency will open 45 new walk-in clinics."), vec![(Some(45.0), None, None)]);
    assert_eq!(read("The council will build 120 new low-cost homes."), vec![(Some(120.0), None, None)]);
    // Results are scores too.
    assert!(read("The scores of both candidates were close.").is_empty());
    // A model number before a singular noun is still no count.
    assert!(read("The firm flew a 747 jet to Dubai.").is_empty());
}

#[test]
fn up_to_after_a_span_opened_by_start_at_bounds_its_top() {
    let all = figures("Season tickets begin at £300 and go up to £1,200.");
    assert_eq!(all.len(), 2);
    assert_eq!((all[1].1.value, all[1].1.trend, all[1].1.approx.as_deref()), (Some(1200.0), None, Some("up to")));
    // A price that goes up to a level still rises.
    assert_eq!(read("Petrol prices went up to $5 a gallon."), vec![(Some(5.0), None, Some(Trend::Up))]);
}

#[test]
fn an_age_group_named_by_its_bound_is_a_bounded_age() {
    let all = figures("Under-18s will need a parent's consent, and over-70s get the jab first.");
    let read: Vec<_> = all.iter().map(|(_, f)| (f.value, f.approx.as_deref())).collect();
    assert_eq!(read, vec![(Some(18.0), Some("less than")), (Some(70.0), Some("more than"))]);
    // "over-50" without the plural is no age group.
    assert!(figures("He works over-50 shifts.").iter().all(|(_, f)| f.approx.as_deref() != Some("more than") || f.value != Some(50.0)));
}

#[test]
fn a_distance_within_which_something_passes_is_an_upper_bound() {
    let all = figures("The probe flew within 500 km of the comet's surface.");
    assert_eq!(all.iter().map(|(_, f)| (f.value, f.approx.as_deref())).collect::<Vec<_>>(), vec![(Some(500.0), Some("at most"))]);
    // A time within which something happens is a deadline, bounded the same way (session 17).
    let all = figures("Police must respond within 30 minutes of a call.");
    assert_eq!(
        all.iter().map(|(t, f)| (t.as_str(), f.value, f.approx.as_deref())).collect::<Vec<_>>(),
        vec![("within 30 minutes", Some(30.0), Some("at most"))]
    );
}
