//! Issue 9's kinds from an independent review of news figures, in sentences of our own from
//! several countries' outlets:
//! Indian headline scales ("930 pts", "Rs 500 cr", "Rs 1.5 lakh cr"), singular and plural
//! currency abbreviations ("Re 1", "Rs 2"; "NIS 84,000", "Shs 5,000") with their hedge, ages
//! on the scale of the Earth ("66 million years ago"), numbers to call joined by "or", case
//! references and law-report citations, shot names ("three-point range") and a hedged
//! multiple's change ("a more than 15-fold jump"). A share lost to a cause, a length that
//! places and a total carried to a level are tested beside their rules (trend/losses.rs,
//! trend/placing.rs, trend/totals.rs).

use super::test_support::figures;
use crate::report::Trend;

/// (value, unit) of every figure of a text.
fn units(text: &str) -> Vec<(Option<f64>, Option<String>)> {
    figures(text).into_iter().map(|(_, f)| (f.value, f.unit)).collect()
}

fn values(text: &str) -> Vec<f64> {
    figures(text).into_iter().filter_map(|(_, f)| f.value).collect()
}

/// (value, approx, trend) of every figure of a text.
fn read(text: &str) -> Vec<(Option<f64>, Option<String>, Option<Trend>)> {
    figures(text).into_iter().map(|(_, f)| (f.value, f.approx, f.trend)).collect()
}

#[test]
fn headline_points_and_crore_are_read() {
    assert_eq!(values("Sensex tanks 930 pts on Monday."), vec![930.0]);
    assert_eq!(values("Nifty gains 120 pts in early trade."), vec![120.0]);
    assert_eq!(values("The project costs Rs 500 cr."), vec![5e9]);
    assert_eq!(values("The scheme costs Rs. 1,200 cr this year."), vec![1.2e10]);
    assert_eq!(values("Exports rose to Rs 2 lakh cr."), vec![2e12]);
    assert_eq!(values("The outlay is ₹1.5 lakh crore."), vec![1.5e12]);
    assert_eq!(values("M-cap of top firms jumps Rs 50k cr."), vec![5e11]);
    // "cr" after a count that is no money is no crore.
    assert_eq!(units("The university offers 12 cr courses.")[0].0, Some(12.0));
}

#[test]
fn singular_and_plural_currency_abbreviations_are_money() {
    let rupee = |v: f64| (Some(v), Some("Indian rupee".to_string()));
    assert_eq!(units("The stamp costs Re 1 now."), vec![rupee(1.0)]);
    assert_eq!(units("A cup of tea costs Re. 1 more at the station."), vec![rupee(1.0)]);
    assert_eq!(units("Petrol price hiked by Rs 2 a litre."), vec![rupee(2.0)]);
    assert_eq!(units("The flat costs 84,000 NIS."), vec![(Some(84000.0), Some("Israeli shekel".to_string()))]);
    assert_eq!(units("Fares rose to Shs 5,000 in Kampala."), vec![(Some(5000.0), Some("Ugandan shilling".to_string()))]);
}

#[test]
fn a_hedge_before_a_currency_code_is_kept() {
    let about = |v: f64, w: &str| (Some(v), Some(w.to_string()), None);
    assert_eq!(read("The flat in Haifa costs about NIS 84,000."), vec![about(84000.0, "about")]);
    assert_eq!(read("A meal in Nairobi costs around KSh 2,000."), vec![about(2000.0, "around")]);
    assert_eq!(read("Tickets cost nearly INR 500 in Pune."), vec![about(500.0, "nearly")]);
    assert_eq!(read("The fine is roughly NIS 1,500."), vec![about(1500.0, "roughly")]);
}

#[test]
fn an_age_of_the_earth_is_a_quantity_of_years() {
    assert_eq!(units("The galaxy formed 13.4 billion years ago."), vec![(Some(1.34e10), Some("years".to_string()))]);
    assert_eq!(values("Dinosaurs died out 66 million years ago."), vec![6.6e7]);
    assert_eq!(values("The rocks formed 3.5bn years ago, scientists in Perth said."), vec![3.5e9]);
    // A time counted back from the story stays a date.
    assert!(values("The fire broke out two years ago.").is_empty());
    assert!(values("The mill closed 40 years ago.").is_empty());
}

#[test]
fn numbers_to_call_joined_by_or_are_no_figures() {
    assert!(values("Call 999 or 101 if you see anything.").is_empty());
    assert!(values("Ring 111 or 999 in an emergency.").is_empty());
    assert!(values("In Australia, dial 000 or 112 from a mobile.").is_empty());
    assert_eq!(values("Call 999 or 101, and 300 people responded."), vec![300.0]);
    // Small counts after a calling verb are counts.
    assert_eq!(values("He called 2 or 3 times a day.").last(), Some(&3.0));
}

#[test]
fn case_references_and_law_report_citations_are_no_figures() {
    assert!(values("The case number is CR-2023-0415.").is_empty());
    assert!(values("The file HC-MISC-12/2024 was heard today.").is_empty());
    assert!(values("See Smith v Jones (1999) 198 CLR 511.").is_empty());
    assert!(values("The bench relied on [2019] 3 SCC 45 in its ruling.").is_empty());
    assert!(values("See 123 F.3d 456 for details.").is_empty());
    assert!(values("The court cited Roe v. Wade, 410 U.S. 113 (1973).").is_empty());
    // An amount and its cents after a currency code is money.
    assert!(!values("The subscription will increase to 17 USD 25.").is_empty());
    // A count beside a name or a code with one joint stays.
    assert_eq!(values("COVID-19 killed 300 people."), vec![300.0]);
    assert_eq!(values("The NHS hired 300 GPs last year."), vec![300.0]);
}

#[test]
fn a_shot_named_by_its_points_is_no_figure() {
    assert!(values("He shot from three-point range.").is_empty());
    assert!(values("They missed the two-point conversion.").is_empty());
    assert!(values("She is a 3-point shooter.").is_empty());
    // A margin or a plan counted in points stays.
    assert_eq!(values("The Celtics hold a 10-point lead."), vec![10.0]);
    assert_eq!(values("The party has a five-point plan."), vec![5.0]);
}

#[test]
fn a_hedged_multiple_names_a_change_and_its_level_takes_it() {
    let up = Some(Trend::Up);
    assert_eq!(read("Sales saw a 3-fold jump.")[0].2, up);
    assert_eq!(read("Profit was $10.4 billion, a more than 15-fold jump.").iter().map(|r| r.2).collect::<Vec<_>>(), vec![up, up]);
    assert_eq!(read("Output hit 2.1 million tonnes, a nearly fourfold rise.").iter().map(|r| r.2).collect::<Vec<_>>(), vec![up, up]);
    assert_eq!(read("Cases fell to 40, a more than 3-fold drop.").iter().map(|r| r.2).collect::<Vec<_>>(), vec![Some(Trend::Down); 2]);
}
