//! Issue 9's session-16 kinds, in sentences of our own in several outlets' styles: bounds
//! written after the number ("65 and older", "21 or younger", "six hours or longer"), also at
//! the start of a sentence; a hedge on the upper end of a range ("between 200 and roughly
//! 300"); product specs glued to their unit ("200MP") and counts glued to "K" ("5K
//! followers", not the resolution "4K"); fraction words and numbers inside the names of sports
//! ("a half marathon", "three-pointers"). Race times and distances are tested in `race.rs`.

use super::test_support::figures;
use crate::report::Trend;

/// (value, high, approx) of every figure of a text.
fn read(text: &str) -> Vec<(Option<f64>, Option<f64>, Option<String>)> {
    figures(text).into_iter().map(|(_, f)| (f.value, f.high, f.approx)).collect()
}

fn bound(v: f64, wording: &str) -> (Option<f64>, Option<f64>, Option<String>) {
    (Some(v), None, Some(wording.to_string()))
}

#[test]
fn a_bound_of_age_or_length_after_the_number() {
    assert_eq!(read("People aged 65 and older can get the jab."), vec![bound(65.0, "or more")]);
    assert_eq!(read("Women aged 40 or older are offered screening."), vec![bound(40.0, "or more")]);
    assert_eq!(read("Applicants must be 25 or younger."), vec![bound(25.0, "or less")]);
    assert_eq!(read("Fans aged 16 and younger get in free."), vec![bound(16.0, "or less")]);
    assert_eq!(read("The pass is open to those 75 and up."), vec![bound(75.0, "or more")]);
    // After the counted noun too.
    assert_eq!(read("Flights of six hours or longer qualify for a refund."), vec![bound(6.0, "or more")]);
    assert_eq!(read("Delays of 3 hours or more are compensated."), vec![bound(3.0, "or more")]);
    // "and up to" opens another bound: no "and up" of ages.
    assert!(read("Fines of 500 and up to 1,000 euros apply.").iter().all(|f| f.2.as_deref() != Some("or more")));
}

#[test]
fn a_bound_after_the_number_at_a_sentence_start_is_no_name() {
    assert_eq!(read("Anyone 18 and over can vote."), vec![bound(18.0, "and over")]);
    assert_eq!(read("Children 12 and under travel free."), vec![bound(12.0, "and under")]);
    assert_eq!(read("Residents 75 and up get a free bus pass."), vec![bound(75.0, "or more")]);
    assert_eq!(read("Players 16 and younger cannot sign professional terms."), vec![bound(16.0, "or less")]);
    // A name's number stays a name.
    assert!(read("Windows 11 now runs on the new chips.").is_empty());
}

#[test]
fn an_about_word_on_the_upper_end_hedges_the_range() {
    let range = |a: f64, b: f64, w: &str| (Some(a), Some(b), Some(w.to_string()));
    assert_eq!(read("Between 200 and roughly 300 people attended the vigil."), vec![range(200.0, 300.0, "roughly")]);
    assert_eq!(read("The project will cost between £2m and about £3m."), vec![range(2e6, 3e6, "about")]);
    assert_eq!(read("Fares range from 50 to around 80 rupees."), vec![range(50.0, 80.0, "around")]);
    assert_eq!(read("The toll stood at 40 to nearly 60 deaths."), vec![range(40.0, 60.0, "nearly")]);
    // The range keeps what it counts.
    assert_eq!(figures("Between 5,000 and some 8,000 protesters gathered.")[0].1.unit.as_deref(), Some("protesters"));
    // A change between two levels stays two figures with its trend.
    let change = figures("Funding will rise from $3m to about $5m.");
    assert_eq!(change.iter().map(|(_, f)| (f.value, f.trend)).collect::<Vec<_>>(), vec![(Some(3e6), Some(Trend::Up)), (Some(5e6), Some(Trend::Up))]);
}

#[test]
fn product_specs_are_measures_and_resolutions_are_names() {
    let unit = |text: &str| figures(text).into_iter().map(|(_, f)| (f.value, f.unit)).collect::<Vec<_>>();
    assert_eq!(unit("The phone has a 200MP main camera."), vec![(Some(200.0), Some("megapixel".to_string()))]);
    assert_eq!(unit("A 50mp sensor sits on the back."), vec![(Some(50.0), Some("megapixel".to_string()))]);
    assert_eq!(unit("Its 120Hz display and 65W charging impress.").len(), 2);
    assert!(unit("The TV plays 4K video.").is_empty());
    assert!(unit("Sony's 8K televisions are coming.").is_empty());
    assert!(unit("The 5G network reached the town.").is_empty());
    // "an MP", "one MP" are members of parliament, no megapixel.
    assert!(unit("One MP said the bill would fail.").is_empty());
}

#[test]
fn one_digit_glued_to_k_before_a_plural_counts_thousands() {
    let values = |text: &str| figures(text).into_iter().map(|(_, f)| f.value).collect::<Vec<_>>();
    assert_eq!(values("The account has just 5K followers."), vec![Some(5000.0)]);
    assert_eq!(values("The petition gathered 3K signatures."), vec![Some(3000.0)]);
    assert_eq!(values("Her post racked up 8K likes."), vec![Some(8000.0)]);
    assert!(values("Retailers sold 4K TVs at a discount.").is_empty());
    assert!(values("The laptop's display has a 2.8K resolution.").is_empty());
    assert!(values("Editors cut the film on a 6K monitor.").is_empty());
}

#[test]
fn fraction_words_and_numbers_in_the_names_of_sports() {
    assert!(read("She ran the half marathon in Berlin.").is_empty());
    assert!(read("Spain were ahead at half time.").is_empty());
    assert!(read("The quarter finals will be played in Paris.").is_empty());
    assert!(read("Curry hit a three-pointer at the buzzer.").is_empty());
    assert_eq!(read("The Lakers made 15 three-pointers."), vec![(Some(15.0), None, None)]);
    // A half of something is still one.
    assert_eq!(read("Half the marathon runners were local.")[0].0, Some(0.5));
    assert_eq!(read("The run took half an hour.")[0].0, Some(0.5));
}

#[test]
fn multiples_changes_and_compound_modifiers_keep_their_reading() {
    let moves = |text: &str| figures(text).into_iter().map(|(_, f)| (f.value, f.trend)).collect::<Vec<_>>();
    assert_eq!(moves("Police reported a three-fold rise in thefts."), vec![(Some(3.0), Some(Trend::Up))]);
    assert_eq!(moves("Revenue grew 2x in a year."), vec![(Some(2.0), Some(Trend::Up))]);
    // "doubled", "halved": no figure, as the review sets read them.
    assert!(moves("The number of complaints tripled.").is_empty());
    assert_eq!(moves("Sales slumped by 12 per cent to £340m."), vec![(Some(12.0), Some(Trend::Down)), (Some(3.4e8), Some(Trend::Down))]);
    assert_eq!(moves("Waiting times grew by a quarter to 18 weeks."), vec![(Some(0.25), Some(Trend::Up)), (Some(18.0), Some(Trend::Up))]);
    assert!(moves("United secured a 3-2 win.").is_empty(), "a scoreline is no quantity");
    assert_eq!(moves("A £40-a-month charge will apply."), vec![(Some(40.0), None)]);
}
