//! Comparatives of a quality after an amount (review 17): "live 20% longer", "trains 15%
//! slower than a decade ago", "2C warmer than last year" (comparative_words.txt). As for "20%
//! cheaper" and "5% higher", a comparison with an earlier level is a change in the word's
//! direction, and one with another thing ("20% longer than men") is none: the gap between two
//! things moved nowhere. An amount that is no percentage needs the earlier time named ("2
//! seconds faster than last year"), as a comparative of size does.

use super::{compared_not_over_time, than_earlier, Tokens};
use crate::detect::lexicon;
use crate::report::Trend;

/// The direction a comparative names, from the word list.
fn direction_of(word: &str) -> Option<Trend> {
    let entry = lexicon::comparative_words().entry_for_key(word)?;
    match entry.split('|').nth(1).map(str::trim) {
        Some("up") => Some(Trend::Up),
        Some("down") => Some(Trend::Down),
        _ => None,
    }
}

/// Whether token `last` ends a stretch of time ("2 seconds", "10 minutes").
fn time_amount(t: &Tokens, last: usize) -> bool {
    lexicon::time_nouns().contains(t.lower(last))
}

/// The change named by a comparative of quality right after the amount ending at `last`.
pub(super) fn quality_compared(t: &Tokens, last: usize, percent: bool) -> Option<Trend> {
    let k = last + 1;
    let trend = direction_of(t.lower(k)).filter(|_| t.near(k))?;
    // "than" right after the word must name an earlier time ("than last year", not "than
    // Madrid on Sunday"); a share with no such "than" is a change unless a later one compares
    // another thing ("20% longer for women than for men").
    let over_time = if t.is(k + 1, "than") { than_earlier(t, k + 1) } else { percent && !compared_not_over_time(t, k + 1) };
    if !over_time {
        return None;
    }
    // "ran 2 seconds faster than last year": the time a faster run takes fell; speed words
    // give a stretch of time the opposite direction.
    let speed = matches!(t.lower(k), "faster" | "slower");
    Some(match trend {
        Trend::Up if speed && time_amount(t, last) => Trend::Down,
        Trend::Down if speed && time_amount(t, last) => Trend::Up,
        other => other,
    })
}

#[cfg(test)]
mod tests {
    use super::super::super::test_support::one;
    use crate::report::Trend;

    fn trend(text: &str) -> Option<Trend> {
        one(text).1.trend
    }

    #[test]
    fn a_comparative_of_quality_against_an_earlier_level_is_a_change() {
        assert_eq!(trend("Britons now live 20% longer."), Some(Trend::Up));
        assert_eq!(trend("Trains run 15% slower than a decade ago."), Some(Trend::Down));
        assert_eq!(trend("This summer was 2C warmer than last year."), Some(Trend::Up));
        assert_eq!(trend("New cars are 8 per cent heavier than last year."), Some(Trend::Up));
        assert_eq!(trend("Recruits are 12% younger than a year earlier."), Some(Trend::Down));
        assert_eq!(trend("Flights got 10% shorter."), Some(Trend::Down));
    }

    #[test]
    fn a_comparative_against_another_thing_is_no_change() {
        assert_eq!(trend("Women lived 20% longer than men."), None);
        assert_eq!(trend("Oslo was 3C colder than Madrid."), None);
        assert_eq!(trend("Oslo was 3C colder than Madrid on Sunday."), None);
        // No earlier time named: an amount that is no share compares nothing over time.
        assert_eq!(trend("He ran 2 seconds faster."), None);
    }

    #[test]
    fn a_stretch_of_time_faster_is_a_fall_in_time() {
        assert_eq!(trend("She ran the course 2 seconds faster than last year."), Some(Trend::Down));
        assert_eq!(trend("The trip took 10 minutes slower than last year."), Some(Trend::Up));
        assert_eq!(trend("Broadband is 30% faster than last year."), Some(Trend::Up));
    }
}
