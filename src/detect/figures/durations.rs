//! Durations with abbreviated units: "45 min", "3 hrs". Each amount is a measure in its unit
//! named in full, as "45 minutes" is; a chain of falling units ("4min 12sec", "2h 15min") is
//! one amount, read by `compound_durations.rs`. A single letter ("h", "m", "s") is a unit only
//! inside such a chain ("2h" alone may be a half-year, "12s" a decade). The units are data
//! (`duration_units.txt`).

use super::numbers::{self, Form, Number, Tokens};
use super::quantity::Quantity;
use crate::detect::lexicon;
use crate::report::Category;
use crate::text::tokens::pieces::Kind;

/// A unit of time: its length in seconds (to order a chain), its name, its written form.
pub(super) struct Unit {
    /// Its length in seconds.
    pub(super) seconds: f64,
    /// Its name in full ("minutes").
    pub(super) name: &'static str,
    /// "letter", "short" or "word".
    pub(super) form: &'static str,
}

/// The unit of time at token `k` right after a number, glued or a space apart. Lower case
/// only: "3 S" is no second.
pub(super) fn unit_at(t: &Tokens, k: usize) -> Option<Unit> {
    if !t.is_word(k) || !(t.joined(k) || t.spaced(k)) || !t.raw(k).chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let entry = lexicon::duration_units().entry_for_key(t.lower(k))?;
    let mut fields = entry.split('|').map(str::trim).skip(1);
    let seconds = fields.next()?.parse().ok()?;
    Some(Unit { seconds, name: fields.next()?, form: fields.next()? })
}

/// The amount of time from the number `n` when its unit is abbreviated ("45 min", "12sec"),
/// or one letter in a chain of falling units ("2h 15min", "15min 30s"); `None` for a spelled
/// unit, which the counted noun reads ("10 minutes").
pub(super) fn duration(t: &Tokens, n: &Number) -> Option<Quantity> {
    if !matches!(n.form, Form::Integer | Form::Digits) {
        return None;
    }
    let unit = unit_at(t, n.last + 1)?;
    let chained = || smaller_after(t, n.last + 1, unit.seconds) || larger_before(t, n.first, unit.seconds);
    let stands = unit.form == "short" || (unit.form == "letter" && chained());
    stands.then(|| Quantity {
        first: n.first,
        last: n.last + 1,
        value: Some(n.value),
        high: None,
        category: Category::Measure,
        unit: Some(unit.name.to_string()),
        approx: None,
        form: Form::Digits,
        word_one: false,
    })
}

/// Whether a whole number and a smaller unit of time follow the unit at token `u`: "2h 15min".
fn smaller_after(t: &Tokens, u: usize, seconds: f64) -> bool {
    let k = if t.is(u + 1, "and") && t.near(u + 1) { u + 2 } else { u + 1 };
    numbers::parse(t, k)
        .filter(|m| m.form == Form::Integer && t.near(k) && t.kind(k) == Some(Kind::Digits))
        .and_then(|m| unit_at(t, m.last + 1))
        .is_some_and(|next| next.seconds < seconds)
}

/// Whether a number and a larger unit of time stand right before token `first`: "15min 30s".
fn larger_before(t: &Tokens, first: usize, seconds: f64) -> bool {
    let u = first.wrapping_sub(1);
    t.near(first) && first >= 2 && t.kind(u - 1) == Some(Kind::Digits) && unit_at(t, u).is_some_and(|before| before.seconds > seconds)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::figures;

    /// (text, value, unit) of every figure of a text.
    fn read(text: &str) -> Vec<(String, Option<f64>, Option<String>)> {
        figures(text).into_iter().map(|(s, f)| (s, f.value, f.unit)).collect()
    }

    fn m(span: &str, value: f64, unit: &str) -> (String, Option<f64>, Option<String>) {
        (span.to_string(), Some(value), Some(unit.to_string()))
    }

    #[test]
    fn an_abbreviated_unit_of_time_is_a_measure_in_it() {
        assert_eq!(read("The delay was 45 min on average."), vec![m("45 min", 45.0, "minutes")]);
        assert_eq!(read("The race lasted 4min."), vec![m("4min", 4.0, "minutes")]);
        assert_eq!(read("Talks ran for 3 hrs without a break."), vec![m("3 hrs", 3.0, "hours")]);
    }

    #[test]
    fn chained_units_of_time_are_one_amount() {
        // compound_durations.rs reads the chain first: one figure in the smallest unit.
        assert_eq!(read("He ran the mile in 4min 12sec."), vec![m("4min 12sec", 252.0, "seconds")]);
        assert_eq!(read("She finished in 2h 15min on a hot day."), vec![m("2h 15min", 135.0, "minutes")]);
        assert_eq!(read("His split was 15min 30s."), vec![m("15min 30s", 930.0, "seconds")]);
    }

    #[test]
    fn one_letter_alone_is_no_unit_of_time() {
        // "2h" alone may be a half-year, "12s" a decade.
        assert!(read("Profits grew in 2h.").iter().all(|(_, _, u)| u.as_deref() != Some("hours")));
        assert!(read("Music of the 1990s is back.").is_empty());
        assert!(read("She was in her 30s then.").iter().all(|(_, _, u)| u.as_deref() != Some("seconds")));
    }
}
