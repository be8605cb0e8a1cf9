//! The fresh-eyes reader's figure kinds (review 3), each with sentences of our own besides
//! the one the reviewer saw.

use super::test_support::figures;
use crate::report::Category;

/// (text, category, value, unit) of every figure of a text.
fn all(text: &str) -> Vec<(String, Category, Option<f64>, Option<String>)> {
    figures(text).into_iter().map(|(s, f)| (s, f.category, f.value, f.unit)).collect()
}

fn values(text: &str) -> Vec<f64> {
    figures(text).into_iter().filter_map(|(_, f)| f.value).collect()
}

#[test]
fn a_number_word_after_a_scaled_amount_starts_a_new_number() {
    for (text, want, span) in [
        ("Deposits fell from $92 million two years ago.", 92e6, "$92 million"),
        ("Spending was Rs 92,000 crore two years ago.", 92_000e7, "Rs 92,000 crore"),
        ("The fund held 3 billion three months earlier.", 3e9, "3 billion"),
        ("Exports hit \u{a3}4.5 billion five years later.", 4.5e9, "\u{a3}4.5 billion"),
    ] {
        let found = figures(text);
        let first = &found[0];
        assert_eq!((first.0.as_str(), first.1.value), (span, Some(want)), "{text}: {found:?}");
    }
    // Worded amounts and "and" still join.
    assert_eq!(values("It cost 3 hundred and 21 yuan."), vec![321.0]);
    assert_eq!(values("The city has two million three hundred thousand people."), vec![2.3e6]);
}

#[test]
fn a_hyphened_compound_is_a_measure_of_time_or_no_figure() {
    // A length of time: a measure with its unit, never a bare count.
    for (text, span, unit) in [
        ("Bank Rate is at a 15-year high of 5.25%.", "15-year", "year"),
        // (A bond's tenor, "the 10-year yield", names the instrument: no figure, review 17.)
        ("The 10-year plan was dropped.", "10-year", "year"),
        ("The pound hit a two-month low.", "two-month", "month"),
        ("It ended a four-year fight.", "four-year", "year"),
        ("They watched a 10-minute video.", "10-minute", "minute"),
    ] {
        let found = all(text);
        let hit = found.iter().find(|f| f.0 == span).unwrap_or_else(|| panic!("{text}: {found:?}"));
        assert_eq!((hit.1, hit.3.as_deref()), (Category::Measure, Some(unit)), "{text}");
        assert!(found.iter().all(|f| f.1 != Category::Count), "{text}: {found:?}");
    }
    // A number word or digits hyphened to a plain noun count it, as the news sets do
    // ("a three-judge panel" is 3 judges); see a_spelled_number_hyphened_to_a_noun_counts_it.
    for text in ["A three-judge panel ruled.", "They bought a two-door car."] {
        assert_eq!(all(text).iter().map(|f| f.1).collect::<Vec<_>>(), [Category::Count], "{text}: {:?}", all(text));
    }
    assert_eq!(values("Williams wrote in a 42-page order."), vec![42.0]);
    assert_eq!(values("By a 2-to-1 vote, the court sent it back."), vec![2.0, 1.0]);
    // Ages, money and units keep their meaning.
    assert_eq!(all("A 15-year-old boy was hurt.")[0].1, Category::Age);
    assert_eq!(all("They won a $5-million grant.")[0].1, Category::Money);
    assert_eq!(all("A 35-mph zone.")[0].1, Category::Measure);
    assert_eq!(values("Output rose 10-fold."), vec![10.0]);
}

#[test]
fn a_bare_number_set_off_after_a_name_is_an_age() {
    for (text, age) in [
        ("John Smith, 45, of Dayton, was charged.", 45.0),
        ("\"It hurts,\" said Priya Sharma, 34, a nurse from Leicester.", 34.0),
        ("Coach Pep Guardiola, 52, said the team was tired.", 52.0),
        ("The victim, identified as Maria Lopez, 19, was taken to hospital.", 19.0),
    ] {
        let found = all(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!((found[0].1, found[0].2), (Category::Age, Some(age)), "{text}");
    }
    // A noun for one person takes it as a name does (newcomer 12).
    for (text, age) in [
        ("A woman, 34, was seriously injured in the crash.", 34.0),
        ("The driver, 45, was unhurt.", 45.0),
        ("Police said a teenager, 17, had been arrested.", 17.0),
        ("Her grandmother, 81, still lives in the village.", 81.0),
    ] {
        let found = all(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!((found[0].1, found[0].2, found[0].3.as_deref()), (Category::Age, Some(age), Some("year")), "{text}");
    }
    // A count in a list, after a month or before a name stays a count; so does one after a
    // noun that is no person ("the vote, 45, ...").
    for text in [
        "In March, 45 people were hurt.",
        "In the final vote, 45, not 50, backed it.",
        "The scores were Germany, 45, France, 30.",
        "By June, 12, then 20, had left.",
    ] {
        assert!(all(text).iter().all(|f| f.1 != Category::Age), "{text}: {:?}", all(text));
    }
}

#[test]
fn a_capitalised_counted_noun_is_kept() {
    for (text, unit) in [
        ("33,000 Palestinians were killed.", "Palestinians"),
        ("2,000 Americans died.", "Americans"),
        ("40 British soldiers were hurt.", "British soldiers"),
        ("The firm recalled 300 Tesla vehicles.", "Tesla vehicles"),
        ("They signed 12 Democrats on to the bill.", "Democrats"),
    ] {
        let found = all(text);
        assert_eq!(found[0].3.as_deref(), Some(unit), "{text}: {found:?}");
    }
    // A name after a lower-case word, or a verb after a name, is no counted noun.
    for text in ["He met 10 major Cities officials.", "In the end, 5 Trump says, were enough.", "He lives at 10 Downing Street."] {
        assert!(all(text).iter().all(|f| f.3.is_none()), "{text}: {:?}", all(text));
    }
}

#[test]
fn a_score_line_or_tally_keeps_both_numbers() {
    // A sports scoreline is no quantity; a tally of votes, and a
    // season's record in brackets, keep both numbers.
    for (text, want) in [
        ("Spain beat England 2-1 in the final.", vec![]),
        ("The bill passed the House 220-207.", vec![220.0, 207.0]),
        ("The Lakers (35-28) won again.", vec![35.0, 28.0]),
        ("The Senate voted 51-49 and the court voted 5-2.", vec![51.0, 49.0, 5.0, 2.0]),
        ("They beat the Warriors 120-109 on Friday.", vec![]),
        ("Spurs won 3-0 at home.", vec![]),
        ("Arsenal drew 1-1 with Chelsea.", vec![]),
    ] {
        assert_eq!(values(text), want, "{text}: {:?}", all(text));
    }
    // A list marker in brackets is still no figure.
    assert!(all("Options: 1) stay, 2) go.").is_empty(), "{:?}", all("Options: 1) stay, 2) go."));
}

#[test]
fn brands_tech_terms_and_fixed_expressions_are_no_figures() {
    for text in [
        "Shares of 3M and 7-Eleven rose.",
        "5G phones sold out and 4K video streams.",
        "The store is open 24/7.",
        "The odds are 50/50, she said.",
        "Carriers shut their 3G networks.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", all(text));
    }
    // Money, scale abbreviations with a noun, fractions and ranges are still read.
    assert_eq!(values("The firm raised $3M."), vec![3e6]);
    assert_eq!(values("About 10K people ran."), vec![1e4]);
    assert_eq!(values("Add 3/4 of a cup."), vec![0.75]);
    assert_eq!(all("It costs 7-11 dollars.")[0].1, Category::Money);
}

#[test]
fn a_bare_count_before_its_verb_or_predicate_is_a_figure() {
    for (text, want) in [
        ("The ferry sank and 64 drowned.", vec![64.0]),
        ("Of the 20 hostages, 17 survived.", vec![20.0, 17.0]),
        ("The quake left 230 dead and 1,100 homeless.", vec![230.0, 1100.0]),
        ("Officials said 8 remain missing.", vec![8.0]),
        ("In the final, 45 qualified and 3 withdrew.", vec![45.0, 3.0]),
        ("With 19 still unaccounted for, the search went on.", vec![19.0]),
    ] {
        assert_eq!(values(text), want, "{text}: {:?}", all(text));
    }
    // Digits before a singular noun still name a model.
    for text in ["A 747 landed safely.", "The 486 chip was fast."] {
        assert!(all(text).is_empty(), "{text}: {:?}", all(text));
    }
}

#[test]
fn labels_listed_after_their_reference_word_are_no_figures() {
    for text in [
        "The road is closed between junctions 7 and 8.",
        "Read chapters 3 to 6 again.",
        "Trains leave from platforms 4 or 5.",
        "Clauses 12 and 13 were removed.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", all(text));
    }
    // "no . 1" tokenised word by word is a label too; a count after "and" elsewhere is not.
    assert!(all("at no . 1 , he led").is_empty(), "{:?}", all("at no . 1 , he led"));
    assert_eq!(values("He read page 4 and 30 people left."), vec![30.0]);
}

#[test]
fn a_spelled_number_hyphened_to_a_noun_counts_it() {
    for (text, want) in [
        ("They rented a three-bedroom flat.", 3.0),
        ("A nine-member panel will decide.", 9.0),
        ("She leads a twelve-person crew.", 12.0),
        ("The two-storey school reopened.", 2.0),
        ("The four-bedroom house sold.", 4.0),
    ] {
        assert_eq!(values(text), vec![want], "{text}: {:?}", all(text));
    }
    // A compound that makes a kind, not a count, is no figure.
    for text in ["It was a two-way contest.", "The two-party system held.", "A one-time fee applies.", "We stayed at a five-star hotel."] {
        assert!(all(text).is_empty(), "{text}: {:?}", all(text));
    }
}

#[test]
fn a_shooting_line_keeps_both_numbers() {
    assert_eq!(values("Jones went 9-of-14 shooting from the field."), vec![9.0, 14.0]);
}

#[test]
fn comparator_verbs_and_idioms_report_a_plain_bound() {
    for (text, want) in [
        ("Revenue surpassed $9 billion.", "more than"),
        ("Bitcoin topped $70,000 again.", "more than"),
        ("Exports crossed 1 million tonnes.", "more than"),
        ("Bids came in north of $400 million.", "more than"),
        ("Turnout was just shy of 60%.", "less than"),
        ("The bill is in the region of £3 billion.", "about"),
    ] {
        let found = figures(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].1.approx.as_deref(), Some(want), "{text}");
    }
    // A percentage to a bare number is a change and a level, not a range.
    let found = figures("Shares rose as much as 4% to 1,250.");
    assert_eq!(found.iter().map(|f| f.1.high).collect::<Vec<_>>(), [None, None], "{found:?}");
}

#[test]
fn top_after_a_plural_subject_is_a_verb_that_bounds() {
    for text in ["Cases in Texas top 500 as the outbreak spreads.", "Covid deaths top 5,000 in the region.", "Losses top $2 billion for the year."] {
        let found = figures(text);
        assert_eq!(found[0].1.approx.as_deref(), Some("more than"), "{text}: {found:?}");
    }
    // A rank keeps no bound: after a determiner or an owner.
    for text in ["The nation's top 10 earners paid more.", "Its top 5 executives resigned.", "The top 20 schools were named."] {
        let found = figures(text);
        assert_eq!(found[0].1.approx, None, "{text}: {found:?}");
    }
}

#[test]
fn a_bound_on_peoples_years_is_an_age() {
    for (text, want) in [
        ("Those aged over 65 can apply online.", 65.0),
        ("People over 70 are eligible for the jab.", 70.0),
        ("Children under 5 were tested at the clinic.", 5.0),
        ("Drivers above 75 must renew every year.", 75.0),
    ] {
        let found = figures(text);
        let f = &found[0].1;
        assert_eq!((f.category, f.value, f.unit.as_deref(), f.approx.is_some()), (Category::Age, Some(want), Some("year"), true), "{text}");
    }
    // A bound on other things, or one with its own noun, is no age.
    assert_eq!(all("Prices over 70 were cut.")[0].1, Category::Count);
    assert_eq!(all("People over 70 percent agreed.")[0].3.as_deref(), Some("percent"));
}

#[test]
fn a_fraction_of_a_stretch_of_time_measures_it() {
    for (text, want, unit) in [
        ("It happened more than half a century ago.", 0.5, "century"),
        ("The queue took half an hour to clear.", 0.5, "hour"),
        ("The firm has traded for a quarter of a century.", 0.25, "century"),
        ("Repairs will take half a decade.", 0.5, "decade"),
    ] {
        let found = all(text);
        assert_eq!((found[0].1, found[0].2, found[0].3.as_deref()), (Category::Measure, Some(want), Some(unit)), "{text}");
    }
    assert_eq!(values("Half a million people came."), vec![500_000.0]);
}

#[test]
fn amounts_of_the_same_scale_joined_by_and_are_a_range_not_a_sum() {
    for text in ["Damage was put at between 15 million and 22 million.", "It will cost between 2 billion and 3 billion rupees."] {
        let found = figures(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let f = &found[0].1;
        assert!(f.high.is_some_and(|h| h > f.value.unwrap_or(0.0)), "{text}: {f:?}");
    }
    assert_eq!(values("It sold 15 million and 22 million copies in two years."), vec![15e6, 22e6, 2.0]);
}

#[test]
fn a_number_hyphened_to_strong_counts_the_noun_after() {
    for (text, want, unit) in [
        ("The 3,000-strong workforce walked out on Monday.", 3000.0, "workforce"),
        ("A 40-strong squad flew to Perth.", 40.0, "squad"),
        ("The 120-strong crowd sang along.", 120.0, "crowd"),
    ] {
        let found = all(text);
        assert_eq!((found[0].1, found[0].2, found[0].3.as_deref()), (Category::Count, Some(want), Some(unit)), "{text}");
    }
}
