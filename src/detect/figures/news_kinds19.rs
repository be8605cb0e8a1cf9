//! Issue 9's session-19 kinds, in sentences of our own from several countries' outlets: a
//! one-letter currency before a small whole amount where a word of price or money says so
//! ("costs K200", "sold for N500"), while codes stay codes ("the R2 form"); guesses as hedges
//! ("perhaps nine"); a level passed as a lower bound ("passed 40,000"), a count passed as a
//! count ("passed 12 laws"); a gap against the level in force now as a change ("Sh9 billion
//! more than in the current budget"); and two close measures of one unit after "by" as the
//! range of a change ("could rise by 2.5C to 2.9C"). Golf scores, draw numbers, school years,
//! eras, angles, conjuncts of a changed count and the measure a price is for are tested
//! beside their rules (golf.rs, labels.rs, angles.rs, trend/coordinated.rs,
//! trend/price_units.rs).

use super::test_support::figures;
use crate::report::Trend;

/// (value, unit) of every figure of a text.
fn money(text: &str) -> Vec<(Option<f64>, Option<String>)> {
    figures(text).into_iter().map(|(_, f)| (f.value, f.unit)).collect()
}

fn amount(v: f64, currency: &str) -> (Option<f64>, Option<String>) {
    (Some(v), Some(currency.to_string()))
}

/// (value, approx, trend) of every figure of a text.
fn read(text: &str) -> Vec<(Option<f64>, Option<String>, Option<Trend>)> {
    figures(text).into_iter().map(|(_, f)| (f.value, f.approx, f.trend)).collect()
}

#[test]
fn a_letter_currency_before_a_small_amount_is_money_where_a_price_is_stated() {
    assert_eq!(money("A bag of mealie meal now costs K200 in Lusaka."), vec![amount(200.0, "Zambian kwacha")]);
    assert_eq!(money("Bread sold for N500 in Lagos markets on Monday."), vec![amount(500.0, "Nigerian naira")]);
    assert_eq!(money("R50 for a loaf of bread is too much, shoppers in Soweto said."), vec![amount(50.0, "South African rand")]);
    assert_eq!(money("Commuters now pay R25 for the trip to Pretoria."), vec![amount(25.0, "South African rand")]);
    assert_eq!(money("Minibus fares rose to K15 last week."), vec![(Some(15.0), Some("Zambian kwacha".to_string()))]);
    assert_eq!(money("The fine is N800 for a first offence."), vec![amount(800.0, "Nigerian naira")]);
    // Codes and names with no price about them stay no figure.
    assert!(money("Fill in the R2 form at the office.").is_empty());
    assert!(money("The K9 unit was deployed at the stadium.").is_empty());
    assert!(money("He received a P45 from his employer.").is_empty());
    assert!(money("Nurses were told to wear N95 masks.").is_empty());
    assert!(money("Shoppers bought a K9 harness for the dog.").is_empty());
}

#[test]
fn a_guess_before_a_number_is_an_approximate_amount() {
    let about = |v: f64, w: &str| (Some(v), Some(w.to_string()), None);
    assert_eq!(read("Perhaps nine people were hurt in the blast."), vec![about(9.0, "perhaps")]);
    assert_eq!(read("Possibly 5,000 fans attended the match in Accra."), vec![about(5000.0, "possibly")]);
    assert_eq!(read("Maybe 200 homes lost power overnight."), vec![about(200.0, "maybe")]);
    assert_eq!(read("The march drew perhaps 30,000 people."), vec![about(30000.0, "perhaps")]);
    // A guess before another bound leaves the bound its own.
    assert_eq!(read("Possibly more than 300 died."), vec![(Some(300.0), Some("more than".to_string()), None)]);
}

#[test]
fn a_level_passed_is_a_lower_bound_and_a_count_passed_is_a_count() {
    let more = |v: f64| (Some(v), Some("more than".to_string()), None);
    assert_eq!(read("The Nikkei passed 40,000 on Tuesday."), vec![more(40000.0)]);
    assert_eq!(read("Bitcoin broke through $100,000 for the first time."), vec![more(100000.0)]);
    assert_eq!(read("Its channel passed 1 million subscribers in May."), vec![more(1e6)]);
    assert_eq!(read("Cases are passing 2,000 a day."), vec![more(2000.0)]);
    // What a legislature passes is counted.
    assert_eq!(read("Parliament passed 12 laws this session."), vec![(Some(12.0), None, None)]);
    assert!(read("The bill passed 52-48 in the Senate.").iter().all(|f| f.1.is_none()));
}

#[test]
fn a_gap_against_the_level_in_force_now_is_a_change() {
    let up = Some(Trend::Up);
    let down = Some(Trend::Down);
    assert_eq!(read("The budget is Sh9 billion more than in the current budget.")[0].2, up);
    assert_eq!(read("The new plan sets aside R2 billion more than the existing allocation.")[0].2, up);
    assert_eq!(read("Schools get £300m less than the current settlement.")[0].2, down);
    assert_eq!(read("There were 40 fewer deaths than last year.")[0].2, down);
    // Against another thing the gap is no change.
    assert_eq!(read("Kenya spends Sh9 billion more than Uganda on roads.")[0].2, None);
}

#[test]
fn two_close_measures_after_by_are_the_range_of_a_change() {
    let range = |text: &str| figures(text).into_iter().map(|(_, f)| (f.value, f.high, f.trend)).collect::<Vec<_>>();
    let up = Some(Trend::Up);
    assert_eq!(range("Temperatures could rise by 2.5C to 2.9C this century.")[0], (Some(2.5), Some(2.9), up));
    assert_eq!(range("Sea levels may rise by 30cm to 60cm by 2100.")[0], (Some(30.0), Some(60.0), up));
    assert_eq!(range("The glacier could shrink by 2 km to 3 km this decade.")[0], (Some(2.0), Some(3.0), Some(Trend::Down)));
    // A change and the level it reaches stay two figures.
    assert_eq!(range("Petrol rose by 10p to 150p a litre."), vec![(Some(10.0), None, up), (Some(150.0), None, up)]);
    assert_eq!(range("The river rose by 1.2 metres to 6.5 metres."), vec![(Some(1.2), None, up), (Some(6.5), None, up)]);
}
