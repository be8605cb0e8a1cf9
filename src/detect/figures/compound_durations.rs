//! Compound durations: "3min 42sec", "1hr 20min", "2 hours 15 minutes", "1m 58.3s", "2 years
//! 6 months", "3 hours and 10 minutes". A stretch of time written in falling units is one
//! amount, as a race time "3:42" is, so it is one figure in its smallest unit (222 seconds,
//! 80 minutes, 135 minutes, 118.3 seconds, 30 months); read piece by piece it would be two
//! figures, neither of which the sentence states. The units are data (`duration_units.txt`).

use super::durations::{unit_at, Unit};
use super::numbers::{self, Form, Tokens};
use super::quantity::Quantity;
use crate::report::Category;
use crate::text::tokens::pieces::Kind;

/// One amount of a chain: its value, its unit and the unit's token.
struct Piece {
    value: f64,
    unit: Unit,
    unit_token: usize,
}

/// The compound duration that starts at token `i`, when at least two amounts in falling
/// units follow each other ("4h 52m", "five hours 40 minutes").
pub(super) fn chain(t: &Tokens, i: usize) -> Option<Quantity> {
    let first = piece(t, i, true)?;
    // "between 2 hours and 30 minutes" is a range, no sum.
    let and_allowed = !(i > 0 && t.is(i - 1, "between"));
    let mut pieces = vec![first];
    while let Some(next) = next_piece(t, pieces.last()?, and_allowed) {
        pieces.push(next);
    }
    if pieces.len() < 2 {
        return None;
    }
    let smallest = pieces.last()?;
    let total: f64 = pieces.iter().map(|p| p.value * (p.unit.seconds / smallest.unit.seconds).round()).sum();
    Some(Quantity {
        first: i,
        last: smallest.unit_token,
        value: Some(total),
        high: None,
        category: Category::Measure,
        unit: Some(smallest.unit.name.to_string()),
        approx: None,
        form: Form::Digits,
        word_one: false,
    })
}

/// The amount after `before` in a chain: a smaller unit, an amount shorter than one of the
/// unit before it ("1hr 20min", not "2 hours 90 minutes"), and only the last amount may have
/// decimals ("1m 58.3s").
fn next_piece(t: &Tokens, before: &Piece, and_allowed: bool) -> Option<Piece> {
    if before.value.fract() != 0.0 {
        return None;
    }
    let mut k = before.unit_token + 1;
    if and_allowed && t.is(k, "and") && t.near(k) {
        k += 1;
    }
    if !t.near(k) {
        return None;
    }
    let p = piece(t, k, false)?;
    (p.unit.seconds < before.unit.seconds && p.value * p.unit.seconds < before.unit.seconds).then_some(p)
}

/// An amount and its unit of time at token `k`: digits ("42", "58.3") or a spelled number
/// ("five"), then the unit glued or a space apart. A one-letter unit ("h", "m", "s") counts
/// here only because a chain needs two amounts.
fn piece(t: &Tokens, k: usize, leading: bool) -> Option<Piece> {
    let (value, last) = amount(t, k, leading)?;
    let unit = unit_at(t, last + 1)?;
    Some(Piece { value, unit, unit_token: last + 1 })
}

/// The value and last token of the amount at `k`: plain digits with an optional decimal part
/// (read from the tokens, so "52m" is never 52 million here), or a spelled whole number
/// leading the chain.
fn amount(t: &Tokens, k: usize, leading: bool) -> Option<(f64, usize)> {
    if t.kind(k) == Some(Kind::Digits) {
        let decimal = t.is(k + 1, ".") && t.joined(k + 1) && t.joined(k + 2) && t.kind(k + 2) == Some(Kind::Digits);
        let (text, last) = if decimal { (format!("{}.{}", t.raw(k), t.raw(k + 2)), k + 2) } else { (t.raw(k).to_string(), k) };
        return Some((text.parse().ok()?, last));
    }
    let n = numbers::parse(t, k).filter(|n| leading && n.form == Form::Words && !n.word_one)?;
    Some((n.value, n.last))
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
    fn abbreviated_units_in_a_chain_are_one_amount_in_the_smallest() {
        assert_eq!(read("He ran the mile in 3min 42sec."), vec![m("3min 42sec", 222.0, "seconds")]);
        assert_eq!(read("The rescue took 1hr 20min."), vec![m("1hr 20min", 80.0, "minutes")]);
        assert_eq!(read("The winner crossed in 2hrs 5mins 12secs."), vec![m("2hrs 5mins 12secs", 7512.0, "seconds")]);
        assert_eq!(read("The climb took 4 min 12 sec."), vec![m("4 min 12 sec", 252.0, "seconds")]);
    }

    #[test]
    fn one_letter_units_chain_with_decimals_at_the_end() {
        assert_eq!(read("His fastest lap was 1m 58.3s."), vec![m("1m 58.3s", 118.3, "seconds")]);
        assert_eq!(read("The final lasted 4h 52m, a record."), vec![m("4h 52m", 292.0, "minutes")]);
        assert_eq!(read("The fell race was won in 2h 15m 40s."), vec![m("2h 15m 40s", 8140.0, "seconds")]);
    }

    #[test]
    fn spelled_units_in_a_chain_are_one_amount() {
        assert_eq!(read("The flight lasts 1 hour 25 minutes."), vec![m("1 hour 25 minutes", 85.0, "minutes")]);
        assert_eq!(read("Surgery took five hours 40 minutes."), vec![m("five hours 40 minutes", 340.0, "minutes")]);
        assert_eq!(read("The debate ran for 3 hours and 10 minutes."), vec![m("3 hours and 10 minutes", 190.0, "minutes")]);
        assert_eq!(read("He served 2 years 6 months in jail."), vec![m("2 years 6 months", 30.0, "months")]);
    }

    #[test]
    fn a_hedge_bounds_the_whole_chain() {
        let all = figures("Patients waited more than 4 hours 30 minutes in A&E.");
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].1.value, Some(270.0));
        assert_eq!(all[0].1.approx.as_deref(), Some("more than"));
    }

    #[test]
    fn rising_or_oversized_units_and_lone_letters_make_no_chain() {
        assert_eq!(read("She swam for 20 minutes 3 days a week."), vec![m("20 minutes", 20.0, "minutes"), m("3 days", 3.0, "days")]);
        assert_eq!(read("It took 2 hours and 90 minutes of extra time.").len(), 2);
        assert!(read("Profits grew in 2h.").iter().all(|(_, _, u)| u.as_deref() != Some("hours")));
        assert!(read("The wall is 1m 20cm high.").iter().all(|(_, _, u)| u.as_deref() != Some("minutes")));
    }
}
