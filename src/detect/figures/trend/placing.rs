//! Lengths that place (review 21): "the shaft collapsed 400 metres underground", "the boat
//! sank 30 km offshore", "the quake struck 10 km below the surface". A length followed by a
//! word of where (placing_words.txt) says where the thing happened, a depth or a distance;
//! the verb before it ("collapsed", "sank", "dropped") moves no level by that length.

use super::Tokens;
use crate::detect::lexicon;

/// Units of length whose amount may place a thing: metres, feet, kilometres, miles.
fn length_unit(word: &str) -> bool {
    matches!(
        word,
        "m" | "metre"
            | "metres"
            | "meter"
            | "meters"
            | "km"
            | "kilometre"
            | "kilometres"
            | "kilometer"
            | "kilometers"
            | "ft"
            | "feet"
            | "foot"
            | "mile"
            | "miles"
            | "yards"
    )
}

/// Whether the figure ending at `last` is a length followed by a word of where: "400 metres
/// underground", "30 km offshore", "300 feet below the surface".
pub(super) fn length_that_places(t: &Tokens, last: usize) -> bool {
    length_unit(t.lower(last)) && t.near(last + 1) && lexicon::placing_words().contains(t.lower(last + 1))
}

#[cfg(test)]
mod tests {
    use super::super::super::test_support::one;

    #[test]
    fn a_length_that_says_where_has_no_trend() {
        for text in [
            "The shaft collapsed 400 metres underground.",
            "The ferry sank 30 km offshore on Tuesday.",
            "The quake struck 10 kilometres below the surface.",
            "The submarine sank 500 metres below the surface.",
            "The plane crashed 15 miles north of the airport.",
        ] {
            let (span, f) = one(text);
            assert_eq!(f.trend, None, "{text}: {span}");
        }
        // A length the thing moved by keeps its fall.
        assert_eq!(one("The river fell 2 metres overnight.").1.trend, Some(crate::report::Trend::Down));
        assert_eq!(one("The water level dropped 3 feet in a week.").1.trend, Some(crate::report::Trend::Down));
    }
}
