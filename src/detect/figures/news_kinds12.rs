//! Issue 9's session-12 kinds (kinds12), in sentences of our own, other words and outlets than
//! the data sets: the level a stated change reaches, wherever the change is written; a change
//! noun after a described amount; particles and "recover" that report no move; "an estimated"
//! before a named measure; coins below the main unit; numbers inside names and route lists.

use super::test_support::figures;
use crate::report::Trend;

/// (value, trend) of every figure of a text.
fn read(text: &str) -> Vec<(Option<f64>, Option<Trend>)> {
    figures(text).into_iter().map(|(_, f)| (f.value, f.trend)).collect()
}

const UP: Option<Trend> = Some(Trend::Up);
const DOWN: Option<Trend> = Some(Trend::Down);

#[test]
fn a_level_and_its_baseline_after_a_verb_without_direction_go_the_way_their_values_do() {
    assert_eq!(read("Manufacturing output improved to 54.1 in May from 52.7."), vec![(Some(54.1), UP), (Some(52.7), UP)]);
    assert_eq!(read("The deficit forecast was revised to 3.4% from 3.9%."), vec![(Some(3.4), DOWN), (Some(3.9), DOWN)]);
    // Two levels without a verb of change are a span, no move.
    assert!(read("Tickets range from $40 to $90.").iter().all(|f| f.1.is_none()));
    // A rank moves the other way from its number: no direction by value.
    assert!(read("The club moved from fifth to third in the table.").iter().all(|f| f.1.is_none()));
}

#[test]
fn a_second_level_written_in_parallel_shares_the_change() {
    assert_eq!(read("Fees rose to £9,535 for home students and £22,000 for overseas students."), vec![(Some(9535.0), UP), (Some(22000.0), UP)]);
    // Another phrase after the second figure makes it a figure of its own.
    assert_eq!(read("Prices fell to $3 in March and 200 staff left in April.")[1], (Some(200.0), None));
}

#[test]
fn the_level_of_a_change_written_after_it_takes_its_direction() {
    assert_eq!(read("Copper settled at $9,410 a tonne, after a slide of $85."), vec![(Some(9410.0), DOWN), (Some(85.0), DOWN)]);
    assert_eq!(read("The rand ended at 18.20 to the dollar after falling 1.4%.")[0], (Some(18.2), DOWN));
    assert_eq!(read("Bookings were 48,000, 7% higher than a year earlier."), vec![(Some(48000.0), UP), (Some(7.0), UP)]);
    assert_eq!(read("Lending rose 3.9% m/m to ₦2.1 trillion."), vec![(Some(3.9), UP), (Some(2.1e12), UP)]);
    assert_eq!(read("Sainsbury's upgraded its profit outlook to £720m."), vec![(Some(7.2e8), UP)]);
    assert_eq!(read("Citi raised its target for the M&A market to $4 trillion."), vec![(Some(4e12), UP)]);
    // A level set beside another place, not an earlier time, stays a level.
    assert_eq!(read("Rents were $2,100, 9% higher than in Dallas.")[0], (Some(2100.0), None));
}

#[test]
fn a_change_noun_after_a_described_amount_names_a_change() {
    assert_eq!(read("Canada posted a surprise 0.2% contraction in the third quarter."), vec![(Some(0.2), DOWN)]);
    assert_eq!(read("Brokers expect a second 25 basis point hike."), vec![(Some(25.0), UP)]);
    assert_eq!(read("The mill reported a weather-driven 30% slump in output."), vec![(Some(30.0), DOWN)]);
    // A described amount before a noun that is no change stays as it is.
    assert_eq!(read("Members pay a discounted 5% fee."), vec![(Some(5.0), None)]);
    // A verb after the amount, or a phrase of several words before it, names no change.
    assert_eq!(read("A lobby group spending 40 million dollars lifting turnout.")[0].1, None);
}

#[test]
fn particles_and_things_recovered_report_no_move() {
    assert_eq!(read("New Zealand chased down 198 in 18 overs.")[0], (Some(198.0), None));
    assert_eq!(read("Officers recovered €400,000 of looted art.")[0], (Some(400_000.0), None));
    assert_eq!(read("Divers recovered 40 missing crates near the pier.")[0], (Some(40.0), None));
    assert_eq!(read("The jury narrowed down 12 designs to three.").iter().map(|f| f.1).collect::<Vec<_>>(), vec![None, None]);
    // A market that recovers still rises.
    assert_eq!(read("The Hang Seng recovered 2.1% on Friday."), vec![(Some(2.1), UP)]);
}

#[test]
fn an_estimated_measure_is_approximate() {
    let f = figures("The quake caused an estimated damage bill of A$3bn.");
    assert_eq!(f[0].1.approx.as_deref(), Some("estimated"));
    let f = figures("Customs seized ivory with an estimated black-market value of $500,000.");
    assert!(f[0].1.approx.is_some(), "{f:?}");
    // "of" after a measure not called estimated is exact.
    assert!(figures("They paid a street value of $20.")[0].1.approx.is_none());
}

#[test]
fn coins_below_the_main_unit_are_money() {
    for (text, unit) in
        [("Matatu fares rose 30 kobo.", "kobo"), ("A stamp costs 60 sen.", "sen"), ("Fares went up 50 pesewas.", "pesewa"), ("Tea costs 200 fils.", "fils")]
    {
        let f = figures(text);
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        assert_eq!(f[0].1.unit.as_deref(), Some(unit), "{text}");
    }
}

#[test]
fn numbers_inside_names_and_route_lists_are_no_figures() {
    for text in [
        "Fans packed the ground for the one-day international.",
        "The Twenty20 league starts in June.",
        "Highways 7 and 9 were closed.",
        "Exits 12, 14 and 15 reopened.",
    ] {
        assert!(figures(text).is_empty(), "{text}: {:?}", figures(text));
    }
    // A one-day event is still a day long; a list after a common noun still counts.
    assert_eq!(read("Nurses held a one-day strike."), vec![(Some(1.0), None)]);
    assert_eq!(read("The club signed players aged 19 and 21.").len(), 2);
}
