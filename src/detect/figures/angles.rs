//! Degrees of an angle (session 19): "a tilt of 12 degrees", "the runway slopes at 2
//! degrees", "rotated 90 degrees". A bare "degrees" is read as a temperature; near a word of
//! tilt, slope or turn (`angle_words.txt`) and no word of heat (`heat_words.txt`) it measures
//! an angle instead.

use super::numbers::{heat_word, Tokens};
use crate::detect::lexicon;

/// How many tokens either side of the number a word of angle or heat may stand.
const ANGLE_REACH: usize = 6;

/// Whether the bare degrees of the number at tokens `first..=last` measure an angle.
pub(super) fn degrees_of_an_angle(t: &Tokens, first: usize, last: usize) -> bool {
    let sentence_end = |k: usize| matches!(t.lower(k), "." | "!" | "?") && !(t.joined(k) && t.joined(k + 1));
    let before = (first.saturating_sub(ANGLE_REACH)..first).rev().take_while(|&k| !sentence_end(k));
    let after = (last + 1..=last + ANGLE_REACH).take_while(|&k| t.kind(k).is_some() && !sentence_end(k));
    let around: Vec<usize> = before.chain(after).collect();
    let angle = around.iter().any(|&k| lexicon::angle_words().contains(t.lower(k)));
    let heat = around.iter().any(|&k| heat_word(t.lower(k)) || t.lower(k).starts_with("weather"));
    angle && !heat
}

#[cfg(test)]
mod tests {
    use super::super::test_support::one;
    use crate::report::Category;

    fn category(text: &str) -> (Category, Option<f64>) {
        let (_, f) = one(text);
        (f.category, f.value)
    }

    #[test]
    fn degrees_near_a_tilt_or_slope_are_an_angle() {
        assert_eq!(category("The roof has a tilt of 12 degrees."), (Category::Measure, Some(12.0)));
        assert_eq!(category("The runway slopes at 2 degrees toward the sea."), (Category::Measure, Some(2.0)));
        assert_eq!(category("The tower leans at almost 4 degrees."), (Category::Measure, Some(4.0)));
        assert_eq!(category("Engineers rotated the span 90 degrees overnight."), (Category::Measure, Some(90.0)));
        // Weather and heat keep the temperature.
        assert_eq!(category("Temperatures reached 12 degrees in London."), (Category::Temperature, Some(12.0)));
        assert_eq!(category("On the steep slopes it was a freezing 2 degrees."), (Category::Temperature, Some(2.0)));
    }
}
