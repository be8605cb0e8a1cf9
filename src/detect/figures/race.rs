//! Races: the times and distances sport news reports as results. A time written with colons
//! ("1:56.72", "2:03:45", "a 4:02 mile") or as seconds with a glued "s" ("10.62s") is a
//! duration, reported as a measure in seconds, not a clock time and not lost; a distance written
//! with "K" before a race ("a 5K race", "won the 10K on Sunday") is kilometres, not thousands.
//! A clock time ("at 10:30", "7:45 pm", "22:00 GMT") has no decimal fraction, no third part and
//! no race word beside it, and stays a time of day.

use super::numbers::{Form, Number, Tokens};
use super::quantity::Quantity;
use super::time_zone_at;
use crate::detect::lexicon;
use crate::report::Category;
use crate::text::tokens::pieces::Kind;

/// A race time starting at token `i` ("1:56.72", "2:03:45", "clocked 3:29"), in seconds.
pub(super) fn race_time(t: &Tokens, i: usize) -> Option<Quantity> {
    // The middle of a longer chain of digits ("1:2:3:4", "10.1:56") is no time of its own.
    if i > 0 && t.joined(i) && matches!(t.lower(i - 1), ":" | "." | ",") {
        return None;
    }
    let (parts, mut last) = colon_parts(t, i)?;
    let fraction = decimal_fraction(t, last);
    if let Some((_, end)) = fraction {
        last = end;
    }
    let clock_after = meridiem_or_zone(t, last + 1);
    let is_race = match parts.len() {
        // "2:03:45": a clock time is seldom written to the second in news; a marathon is.
        3 => !clock_after && !t.is(i.wrapping_sub(1), "at"),
        // "1:56.72": a clock never writes hundredths.
        _ if fraction.is_some() => !clock_after,
        // "4:02" only beside a race word: "clocked 4:02", "a 4:02 mile".
        _ => !clock_after && (race_cue_before(t, i) || race_noun_at(t, last + 1)),
    };
    if !is_race {
        return None;
    }
    let mut whole = parts.iter().fold(0.0, |acc, p| acc * 60.0 + p);
    if parts.len() == 2 && fraction.is_none() && hours_of_a_long_race(t, i, last) {
        whole *= 60.0;
    }
    Some(seconds(i, last, whole + fraction.map_or(0.0, |(f, _)| f)))
}

/// "10.62s", "43.03secs", "9.58 sec": a decimal number of seconds with its abbreviation. A
/// whole number glued to "s" is a decade or a plural ("the 1990s", "in his 50s") and is left.
pub(super) fn glued_seconds(t: &Tokens, n: &Number) -> Option<Quantity> {
    let k = n.last + 1;
    let decimal = n.form == Form::Digits && (n.first..=n.last).any(|j| t.is(j, "."));
    let abbreviation = match t.raw(k) {
        "s" => t.joined(k),
        "sec" | "secs" => t.joined(k) || t.near(k),
        _ => false,
    };
    // "10.62s," or "10.62s." or "10.62s in": the letter ends the token.
    let ends = !(t.joined(k + 1) && t.is_word(k + 1) || t.kind(k + 1) == Some(Kind::Digits) && t.joined(k + 1));
    (decimal && abbreviation && ends).then(|| seconds(n.first, k, n.value))
}

/// "a 5K race", "the 10k run", "won the 5K on Sunday", "ran the 5K in 15:02", "the last 5K was
/// hard": digits glued to "K" that name the distance of a race, in kilometres. The same "10K"
/// before a counted noun ("10K subscribers") or after a currency stays thousands.
pub(super) fn race_distance(t: &Tokens, n: &Number) -> Option<Quantity> {
    let k = n.last;
    let glued_k = t.is(k, "k") && t.joined(k) && k == n.first + 1 && t.kind(n.first) == Some(Kind::Digits);
    if !glued_k {
        return None;
    }
    let kilometres: f64 = t.raw(n.first).parse().ok()?;
    let before_race = race_noun_at(t, k + 1) || (n.first > 0 && lexicon::race_nouns().contains(t.lower(n.first - 1)));
    if !(before_race || raced_distance(t, n.first, k)) {
        return None;
    }
    Some(Quantity {
        first: n.first,
        last: k,
        value: Some(kilometres),
        high: None,
        category: Category::Measure,
        unit: Some("kilometer".to_string()),
        approx: None,
        form: Form::Digits,
        word_one: false,
    })
}

/// A "K" distance standing as a noun of its own, in a race's talk: after a verb of running
/// ("ran 10K", "walks 5K"), or after a determiner ("the 10K", "the last 5K", "a hilly 10K")
/// where a race time follows ("in 31:40") or the clause speaks of racing ("finished", "race",
/// "clocked"). No counted noun may follow ("the 10K followers") and no currency precede.
fn raced_distance(t: &Tokens, first: usize, k: usize) -> bool {
    let next = t.lower(k + 1);
    let noun_after = t.is_word(k + 1) && t.near(k + 1) && !lexicon::function_words().contains(next) && !next.ends_with("ed");
    let money = first > 0 && super::quantity::currency_before_number(t, first - 1).is_some();
    if noun_after || money || first == 0 {
        return false;
    }
    if t.is_word(first - 1) && lexicon::race_verbs().contains(t.lower(first - 1)) {
        return true;
    }
    let determiner = |j: usize| matches!(t.lower(j), "a" | "the" | "this" | "that" | "her" | "his" | "their" | "its" | "my" | "our" | "your");
    // One word may describe the race between: "the last 5K", "a hilly 10K", "the women's 10K".
    let described = first >= 2 && t.is_word(first - 1) && determiner(first - 2);
    let possessive = first >= 3 && t.is(first - 1, "s") && t.is(first - 2, "'") && t.is_word(first - 3);
    if !(determiner(first - 1) || described || possessive) {
        return false;
    }
    let time_after = t.is(k + 1, "in") && t.near(k + 2) && colon_parts(t, k + 2).is_some();
    // "3,000 runners took part in the 10K": the people racing say so as well (racer_nouns.txt).
    let race_word = |w: &str| {
        lexicon::race_nouns().contains(w) || lexicon::race_time_cues().contains(w) || lexicon::race_verbs().contains(w) || lexicon::racer_nouns().contains(w)
    };
    time_after || super::numbers::clause_mentions(t, k, race_word)
}

/// A measure of seconds from token `first` to `last`.
fn seconds(first: usize, last: usize, value: f64) -> Quantity {
    Quantity {
        first,
        last,
        value: Some(value),
        high: None,
        category: Category::Measure,
        unit: Some("second".to_string()),
        approx: None,
        form: Form::Digits,
        word_one: false,
    }
}

/// Two or three groups of digits joined by glued colons from token `i` ("4:02", "2:03:45"): the
/// groups' values and the last token. After the first group, each has two digits below 60.
fn colon_parts(t: &Tokens, i: usize) -> Option<(Vec<f64>, usize)> {
    let lead = t.raw(i);
    if t.kind(i) != Some(Kind::Digits) || lead.len() > 2 {
        return None;
    }
    let mut parts = vec![lead.parse::<f64>().ok()?];
    let mut last = i;
    while t.is(last + 1, ":") && t.joined(last + 1) && t.joined(last + 2) && t.kind(last + 2) == Some(Kind::Digits) {
        let raw = t.raw(last + 2);
        let v = raw.parse::<f64>().ok().filter(|v| raw.len() == 2 && *v < 60.0)?;
        parts.push(v);
        last += 2;
    }
    // Four groups are a code or a chain of scores, no time.
    (2..=3).contains(&parts.len()).then_some((parts, last))
}

/// ".72" glued after token `last`: the fraction of a second and its last token.
fn decimal_fraction(t: &Tokens, last: usize) -> Option<(f64, usize)> {
    let (dot, digits) = (last + 1, last + 2);
    let raw = t.raw(digits);
    let glued = t.is(dot, ".") && t.joined(dot) && t.joined(digits) && t.kind(digits) == Some(Kind::Digits);
    if !glued || raw.len() > 3 {
        return None;
    }
    let v: f64 = raw.parse().ok()?;
    Some((v / 10f64.powi(i32::try_from(raw.len()).ok()?), digits))
}

/// Whether "am", "pm", "a.m." or a time zone opens at token `k`: a time of day.
fn meridiem_or_zone(t: &Tokens, k: usize) -> bool {
    matches!(t.lower(k), "am" | "pm") || (matches!(t.lower(k), "a" | "p") && t.is(k + 1, ".") && t.is(k + 2, "m")) || time_zone_at(t, k).is_some()
}

/// Whether the words before token `i` make the time a race's: "clocked 3:29", "a time of
/// 4:02", "finished in 2:11", "a sub-4:00 mile".
fn race_cue_before(t: &Tokens, i: usize) -> bool {
    let mut p = i.checked_sub(1);
    if let Some(h) = p.filter(|&h| t.is(h, "-") && t.joined(i)) {
        p = h.checked_sub(1);
    }
    let Some(p) = p else {
        return false;
    };
    let cue = |k: usize| t.is_word(k) && lexicon::race_time_cues().contains(t.lower(k));
    cue(p) || (matches!(t.lower(p), "of" | "in") && p > 0 && cue(p - 1)) || (t.is(p, "in") && p > 0 && distance_ends_at(t, p - 1))
}

/// Whether a race's distance ends at token `j`: a race noun ("the mile in 3:58", "the
/// marathon in 2:09") or digits glued to "K", "km" or "m" ("the 5K in 15:02", "the 1500m in
/// 3:35").
fn distance_ends_at(t: &Tokens, j: usize) -> bool {
    let glued_unit = matches!(t.lower(j), "k" | "km" | "m") && t.joined(j) && j > 0 && t.kind(j - 1) == Some(Kind::Digits);
    glued_unit || (t.is_word(j) && lexicon::race_nouns().contains(t.lower(j)))
}

/// Whether the two-part time from token `i` to `last` is hours and minutes: a long race
/// named right after it ("a 2:09 marathon") or right before "in" ("won the marathon in 2:09",
/// "the half-marathon in 1:02"). Nobody runs a marathon in two minutes.
fn hours_of_a_long_race(t: &Tokens, i: usize, last: usize) -> bool {
    let long = |k: usize| t.is_word(k) && lexicon::long_races().contains(t.lower(k));
    let after = if t.is(last + 1, "-") && t.joined(last + 1) { last + 2 } else { last + 1 };
    (t.near(after) || t.joined(after)) && long(after) || (i >= 2 && t.is(i - 1, "in") && long(i - 2))
}

/// Whether a race noun stands at token `k` ("mile", "marathon", "race"), hyphened or not.
fn race_noun_at(t: &Tokens, k: usize) -> bool {
    let k = if t.is(k, "-") && t.joined(k) { k + 1 } else { k };
    t.is_word(k) && t.near(k) && lexicon::race_nouns().contains(t.lower(k))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::figures;

    /// (value, unit) of every figure of a text.
    fn read(text: &str) -> Vec<(Option<f64>, Option<String>)> {
        figures(text).into_iter().map(|(_, f)| (f.value, f.unit)).collect()
    }

    fn secs(v: f64) -> (Option<f64>, Option<String>) {
        (Some(v), Some("second".to_string()))
    }

    #[test]
    fn minutes_and_hundredths_are_a_race_time_in_seconds() {
        assert_eq!(read("She clocked 1:56.72 to win the final.")[0], secs(116.72));
        assert_eq!(read("Ingebrigtsen won in 3:26.73 on Friday night.")[0], secs(206.73));
        assert_eq!(read("The relay team ran 2:57.1, a national record.")[0], secs(177.1));
    }

    #[test]
    fn hours_minutes_and_seconds_are_a_race_time() {
        assert_eq!(read("Kipchoge finished in 2:03:45."), vec![secs(7425.0)]);
        assert_eq!(read("Her winning time was 2:14:04, a course record."), vec![secs(8044.0)]);
        assert_eq!(read("The Ironman champion crossed the line in 7:35:48.")[0], secs(27348.0));
    }

    #[test]
    fn minutes_and_seconds_need_a_race_word() {
        assert_eq!(read("He ran a 4:02 mile at school."), vec![secs(242.0)]);
        assert_eq!(read("Her personal best of 2:19 came in Berlin."), vec![secs(139.0)]);
        assert_eq!(read("Wanjiru clocked 2:05 in the heat."), vec![secs(125.0)]);
        // A clock time stays a time of day, no figure.
        assert!(read("The meeting starts at 10:30.").is_empty());
        assert!(read("The train leaves at 7:45 pm.").is_empty());
        assert!(read("Polls close at 22:00 GMT.").is_empty());
        assert!(read("Doors open at 6:30:00 pm sharp.").is_empty());
    }

    #[test]
    fn a_hedge_bounds_a_race_time() {
        let f = figures("She hopes to run under 2:20:00 in London.");
        assert_eq!((f[0].1.value, f[0].1.approx.as_deref()), (Some(8400.0), Some("under")));
    }

    #[test]
    fn seconds_glued_to_a_decimal_are_a_measure() {
        assert_eq!(read("Fraser-Pryce won in 10.62s."), vec![secs(10.62)]);
        assert_eq!(read("He ran 10.65sec in the heats."), vec![secs(10.65)]);
        assert_eq!(read("Lyles clocked 19.46secs over 200m.")[0], secs(19.46));
        assert_eq!(read("The fastest lap was 1:32.4 on lap 50.")[0], secs(92.4));
        // A decade or a plural glued to "s" stays what it was.
        assert!(read("Music of the 1990s is back.").is_empty());
    }

    #[test]
    fn k_before_a_race_is_kilometres() {
        let km = |v: f64| (Some(v), Some("kilometer".to_string()));
        assert_eq!(read("He won a 5K race on Sunday."), vec![km(5.0)]);
        assert_eq!(read("The 10k run raised £3,000 for the hospice.")[0], km(10.0));
        assert_eq!(read("She ran the 5k in Bushy Park."), vec![km(5.0)]);
        assert_eq!(read("Over 3,000 runners took part in the 10K on Saturday.").last(), Some(&km(10.0)));
        assert_eq!(read("Walkers in the 5K raised money for the hospice."), vec![km(5.0)]);
        assert_eq!(read("The club's 10K followers cheered the runners.")[0].0, Some(10000.0));
        // A count of thousands stays one.
        assert_eq!(read("Some 10k runners took part.")[0].0, Some(10000.0));
        assert_eq!(read("The fund raised 500K from investors.")[0].0, Some(500_000.0));
    }
    #[test]
    fn a_k_distance_named_alone_in_a_race_is_kilometres() {
        let km = |v: f64| (Some(v), Some("kilometer".to_string()));
        // The same kind read one way: both distances of a sentence are kilometres.
        let both = read("She ran the 5K in 15:02 and the 10K in 31:40.");
        assert_eq!((both[0].clone(), both[2].clone()), (km(5.0), km(10.0)), "{both:?}");
        assert_eq!(read("\"The last 5K was very hard, my legs were finished,\" he said after the race.")[0], km(5.0));
        assert_eq!(read("She runs 5K every morning before work."), vec![km(5.0)]);
        assert_eq!(read("He walked 10K to raise money.")[0], km(10.0));
        assert_eq!(read("The women's 10K was won in 30:12.")[0], km(10.0));
        assert_eq!(read("Organisers said a hilly 10K finished the series, the toughest race of the year.")[0], km(10.0));
        // Thousands stay thousands: before a counted noun, after a currency, with no race talk.
        assert_eq!(read("The account has 5K followers on Instagram.")[0].0, Some(5000.0));
        assert_eq!(read("The channel passed 10K subscribers last week.")[0].0, Some(10000.0));
        assert_eq!(read("She ran 10K ads during the campaign.")[0].0, Some(10000.0));
        assert_eq!(read("The prize was $10K in cash.")[0].0, Some(10000.0));
    }

    #[test]
    fn a_time_after_a_race_distance_and_in_is_a_race_time() {
        assert_eq!(read("She ran the 5K in 15:02 and the 10K in 31:40.")[1], secs(902.0));
        assert_eq!(read("He took the 1500m in 3:35 at the trials.").last(), Some(&secs(215.0)));
        assert_eq!(read("Bannister ran the mile in 3:59 in 1954.")[0], secs(239.0));
        // A clock time stays none, beside a race or not.
        assert!(read("The meeting starts at 15:02 GMT.").is_empty());
        assert!(read("He caught the 10:30 train to the race.").is_empty());
    }

    #[test]
    fn two_parts_beside_a_long_race_are_hours_and_minutes() {
        assert_eq!(read("Kipchoge ran a 2:09 marathon in Boston."), vec![secs(7740.0)]);
        assert_eq!(read("She won the half-marathon in 1:02 on Sunday.")[0], secs(3720.0));
        assert_eq!(read("He won the marathon in 2:11, his best since 2019.")[0], secs(7860.0));
        // Beside a mile or a 5K the same form is minutes and seconds.
        assert_eq!(read("He ran a 4:02 mile at school."), vec![secs(242.0)]);
        assert_eq!(read("She won the 5K in 15:40.")[1], secs(940.0));
    }
}
