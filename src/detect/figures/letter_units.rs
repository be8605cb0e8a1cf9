//! One letter after a number is a unit or a scale by what is around it. A capital "F" or "C"
//! set apart from its number is a temperature where the clause talks of heat or weather
//! ("Temperatures reached 95 F on Tuesday"), and an initial before a capitalised surname
//! otherwise; a glued "m" is metres before a thing of height or length ("2m waves",
//! `metre_plurals.txt`) or alone in a clause of height or length ("the sea rose 0.5m",
//! `length_words.txt`), and a million before what is counted ("2m people"); one digit glued
//! to "M" before a plural counts millions of it ("2M subscribers") as "5K followers" counts
//! thousands.

use super::numbers::{self, Tokens};

/// Whether the one-letter unit at token `k` is a temperature written apart from its number
/// and before more words: "95 F on Tuesday", "30 C in Madrid" in a clause of heat or weather
/// (`heat_words.txt`). A capitalised word after it makes it an initial ("95 F Scott").
pub(super) fn spaced_temperature(t: &Tokens, k: usize) -> bool {
    let letter = matches!(t.raw(k), "F" | "C") && t.spaced(k);
    let next_capital = t.is_word(k + 1) && t.raw(k + 1).chars().next().is_some_and(char::is_uppercase);
    letter && !next_capital && numbers::clause_mentions(t, k, numbers::heat_word)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::figures;
    use crate::report::Category;

    /// (category, value, unit) of the first figure of a text.
    fn first(text: &str) -> (Category, Option<f64>, Option<String>) {
        let (_, f) = figures(text).into_iter().next().unwrap_or_else(|| panic!("no figure in {text}"));
        (f.category, f.value, f.unit)
    }

    #[test]
    fn a_spaced_f_or_c_in_a_clause_of_heat_is_a_temperature() {
        for (text, value, unit) in [
            ("Temperatures reached 95 F on Tuesday.", 95.0, "fahrenheit"),
            ("The heat peaked at 104 F in Phoenix, a record.", 104.0, "fahrenheit"),
            ("Forecasters expect highs of 38 C across the south during the heatwave.", 38.0, "celsius"),
            ("It was a sweltering 41 C in Seville yesterday.", 41.0, "celsius"),
        ] {
            assert_eq!(first(text), (Category::Temperature, Some(value), Some(unit.to_string())), "{text}");
        }
    }

    #[test]
    fn a_glued_m_before_a_thing_of_height_is_metres() {
        let metres = |text: &str| first(text);
        for text in ["Forecasters warned of 2m waves along the coast.", "Storms threw up 6m swells overnight.", "The town is ringed by 4m walls."] {
            let (category, _, unit) = metres(text);
            assert_eq!((category, unit.as_deref()), (Category::Measure, Some("meter")), "{text}");
        }
        // Before what is counted, a million.
        assert_eq!(first("The flood left 2m people without power.").1, Some(2e6));
        assert_eq!(first("About 3m households will pay more.").1, Some(3e6));
    }

    #[test]
    fn a_bare_glued_m_in_a_clause_of_height_or_length_is_metres() {
        for (text, value) in [
            ("The sea level rose by 0.5m.", 0.5),
            ("The queue stretched 200m down the road.", 200.0),
            ("She jumped 6.95m to win gold.", 6.95),
            ("Snow lay 1m deep in the valley.", 1.0),
        ] {
            let (category, v, unit) = first(text);
            assert_eq!((category, v, unit.as_deref()), (Category::Measure, Some(value), Some("meter")), "{text}");
        }
        // Money and plain amounts stay millions.
        assert_eq!(first("The council spent £2m on sea defences.").1, Some(2e6));
        assert_eq!(first("The film made 40m in its first week.").1, Some(40e6));
    }

    #[test]
    fn one_digit_glued_to_m_before_a_plural_counts_millions() {
        assert_eq!(first("The service now has 2M subscribers.").1, Some(2e6));
        assert_eq!(first("The game was downloaded by 5M players.").1, Some(5e6));
        // A company written so stays a name.
        assert!(figures("3M workers walked out on Monday.").is_empty());
    }
}
