//! Figures: numbers in every written form, their category, value, hedge and unit, and a
//! score for how much each needs checking.
//!
//! A figure is read outward from its number ([`numbers`]): before it a hedge or comparator
//! ("at least", "more than") or a currency ("$", "US$"); after it a unit, a currency, a
//! percent sign or the counted noun ("10 major cities"); around it a range ("between 10
//! and 20", "10-15", "from 3 to 5 percent"). Quantity words without a number ("thousands
//! of", "dozens of") and relative ordinals ("last", "next to last") are figures too. The
//! phrases come from the word lists in `detect/lexicon/` ([`phrases`]).
//!
//! # Time expressions
//!
//! Years, dates, durations and ordinals of time ("in 2001", "on May 19", "for six years",
//! "the third quarter", "last year") are read like any number, but reported only when
//! something bounds them: a time comparator ("since 2003", "by May 1", "until 2030") or a
//! hedge ("more than three hours"). Unbounded, they only say *when* the sentence's claim
//! happened, and the claim's figures are elsewhere in it; reporting them would bury those
//! figures under dates. The same goes for "one" the pronoun ("no one", "one can"), list
//! markers ("1 )") and codes ("11a", "A380"): they are read, so that their tokens are not
//! read again as something else, and dropped.
//!
//! # Scores
//!
//! Every other figure is reported; the score says which deserve a badge. It is a
//! transparent sum, not a model: statistics (percentages, money, large counts) start high,
//! a hedge or a time comparator raises the score (it is what makes a number worth
//! checking), a named source lowers it a little (the reader has somewhere to check), and
//! labels ("page 5", "No. 1"), a lone "one" ("one of them") and relative ordinals score
//! near zero.

pub mod numbers;
pub mod phrases;

use super::{attribution, Figure};
use crate::detect::lexicon;
use crate::report::Category;
use crate::text::{Document, Span};
use numbers::{Form, Kind, Number, Tokens};

/// The score at or above which the extension badges a figure (the CLI reports every one).
pub const BADGE_THRESHOLD: f64 = 0.4;

/// Every figure in the document, in order.
pub fn find(doc: &Document) -> Vec<Figure> {
    let t = Tokens::new(&doc.text);
    let mut out = Vec::new();
    let mut i = 0;
    let mut floor = 0;
    while i < t.len() {
        match figure_at(&t, i, floor) {
            Some(f) => {
                i = f.last + 1;
                floor = i;
                if f.report {
                    out.push(finish(doc, &t, f));
                }
            }
            None => i += 1,
        }
    }
    out
}

/// Which way a hedge bounds the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Direction {
    Approx,
    Lower,
    Upper,
    Exact,
}

fn direction(s: Option<&str>) -> Direction {
    match s {
        Some("lower") => Direction::Lower,
        Some("upper") => Direction::Upper,
        Some("exact") => Direction::Exact,
        _ => Direction::Approx,
    }
}

/// A quantity: a number with what qualifies it, before hedges and ranges.
#[derive(Clone, Debug)]
struct Quantity {
    first: usize,
    last: usize,
    value: Option<f64>,
    category: Category,
    unit: Option<String>,
    /// "thousands of": a quantity word that is its own hedge.
    approx: Option<String>,
    form: Form,
    word_one: bool,
}

/// A figure in token indices, before it gets its byte span and score.
#[derive(Clone, Debug)]
struct Found {
    first: usize,
    last: usize,
    category: Category,
    value: Option<f64>,
    high: Option<f64>,
    approx: Option<String>,
    unit: Option<String>,
    word_one: bool,
    /// False for numbers read only so that their tokens are not read again as figures:
    /// a year or date that only dates the sentence, "one" the pronoun, a list marker.
    report: bool,
}

impl Found {
    fn of(q: Quantity) -> Found {
        Found { first: q.first, last: q.last, category: q.category, value: q.value, high: None, approx: q.approx, unit: q.unit, word_one: q.word_one, report: true }
    }

    fn bare(first: usize, last: usize, category: Category) -> Found {
        Found { first, last, category, value: None, high: None, approx: None, unit: None, word_one: false, report: true }
    }
}

/// Whether token `k` names a time ("year", "Monday", "quarter", "May"), after which an
/// ordinal or "last" dates the sentence ("fourth-quarter" too).
fn names_a_time(t: &Tokens, k: usize) -> bool {
    let k = if t.is(k, "-") && t.near(k + 1) { k + 1 } else { k };
    let w = t.lower(k);
    t.near(k) && t.is_word(k) && (lexicon::time_nouns().contains(w) || is_month(w))
}

fn is_month(word: &str) -> bool {
    lexicon::months().entries().iter().any(|e| e.split('|').next().map(str::trim) == Some(word))
}


/// A year or a date is a figure when it bounds a period ("since 2003", "by May 1") or is
/// hedged; otherwise it only says when the sentence's claim happened ("in 2001", "on May
/// 19"), and the claim's figures are elsewhere in it. Returns where the comparator starts.
fn time_comparator_before(t: &Tokens, first: usize) -> Option<usize> {
    let at = if first > 0 && t.is(first - 1, "the") { first - 1 } else { first };
    (1..=3).find_map(|k| {
        let start = at.checked_sub(k)?;
        phrases::time_comparators().longest(t, start).filter(|(_, last)| last + 1 == at).map(|_| start)
    })
}

/// The text of tokens `a..=b`, lower-cased, with single spaces.
fn words_of(t: &Tokens, a: usize, b: usize) -> String {
    let mut s = String::new();
    for k in a..=b {
        if k > a && !t.joined(k) {
            s.push(' ');
        }
        s.push_str(t.lower(k));
    }
    s
}

/// The figure starting at token `i`; `floor` is the first token no earlier figure took,
/// so that a comparator read before `i` ("since") can still join the figure.
fn figure_at(t: &Tokens, i: usize, floor: usize) -> Option<Found> {
    let mut f = figure_at_inner(t, i)?;
    if matches!(f.category, Category::Year | Category::Date) && f.approx.is_none() {
        match time_comparator_before(t, f.first) {
            // "since 2003": the comparator belongs to the figure, as a hedge does.
            Some(start) if start >= floor => f.first = start,
            Some(_) => {}
            None => f.report = false,
        }
    }
    Some(f)
}

fn figure_at_inner(t: &Tokens, i: usize) -> Option<Found> {
    if let Some(f) = date_at(t, i) {
        return Some(f);
    }
    // "last", "next", "penultimate", "next to last": ordinals without a value.
    if let Some((_, last)) = phrases::relative_ordinals().longest(t, i) {
        // "next to the door" is a place, "at last" an adverb.
        let not_ordinal = t.is(last + 1, "to") || (i > 0 && t.is(i - 1, "at") && t.is(i, "last"));
        if !not_ordinal {
            let mut f = Found::bare(i, last, Category::Ordinal);
            // "last year", "next Monday", "the last 11 months": a time, like "in 2001".
            let after = numbers::parse(t, last + 1).filter(|_| t.near(last + 1)).map_or(last + 1, |n| n.last + 1);
            f.report = !names_a_time(t, last + 1) && !names_a_time(t, after);
            return Some(f);
        }
    }
    if let Some(f) = between_range(t, i) {
        return Some(f);
    }

    // A hedge or comparator, then the quantity it bounds.
    let mut hedge: Option<(String, Direction)> = None;
    let mut start = i;
    if let Some((p, last)) = phrases::hedges().longest(t, i) {
        let mut k = last + 1;
        if t.is(k, "the") && t.near(k + 1) {
            k += 1;
        }
        if t.near(k) && quantity(t, k).is_some() {
            hedge = Some((words_of(t, i, last), direction(p.field(0))));
            start = k;
        }
    }
    let q = quantity(t, start)?;
    let mut f = Found::of(q.clone());
    f.first = i;
    if hedge.is_none() {
        if let Some(last) = not_a_figure(t, &q) {
            f.last = last;
            f.report = false;
            return Some(f);
        }
    }
    if let Some((text, _)) = &hedge {
        f.approx = Some(text.clone());
    }

    // "10-15", "3 to 5 percent", "20~100".
    if let Some(r) = dash_range(t, &q) {
        f.last = r.last;
        f.high = r.value;
        if q.unit.is_none() && r.unit.is_some() {
            f.unit = r.unit.clone();
            f.category = r.category;
        }
        // A span of years ("2020-21") stays a year: it dates the sentence like one year.
        let years = q.category == Category::Year && r.category == Category::Year;
        if matches!(f.category, Category::Count | Category::Ordinal) || (f.category == Category::Year && !years) {
            f.category = Category::Range;
        }
        if let (Some(a), Some(b)) = (f.value, f.high) {
            f.value = Some(a.min(b));
            f.high = Some(a.max(b));
        }
        return Some(f);
    }

    // "more than 10 and less than 20": opposite bounds make a range.
    if let Some((_, dir)) = &hedge {
        if matches!(dir, Direction::Lower | Direction::Upper) {
            if let Some((q2, dir2)) = second_bound(t, q.last + 1) {
                if dir2 != *dir && matches!(dir2, Direction::Lower | Direction::Upper) {
                    let (low, high) = if *dir == Direction::Lower { (q.value, q2.value) } else { (q2.value, q.value) };
                    if let (Some(l), Some(h)) = (low, high) {
                        if l < h {
                            f.last = q2.last;
                            f.value = Some(l);
                            f.high = Some(h);
                            f.category = if q.unit.is_some() { q.category } else { Category::Range };
                            return Some(f);
                        }
                    }
                }
            }
        }
    }

    // "500 or more", "five hundred and more", "300-plus".
    if let Some((_, last)) = phrases::hedges_after().longest(t, q.last + 1).filter(|_| t.near(q.last + 1) || t.joined(q.last + 1)) {
        if f.approx.is_none() {
            f.approx = Some(words_of(t, q.last + 1, last).trim_start_matches(['-', ' ']).to_string());
        }
        f.last = last;
    }

    // The counted noun: "10 major cities", "hundreds of arrests".
    if f.category == Category::Count && f.unit.is_none() {
        if let Some((unit, last)) = counted_noun(t, f.last + 1) {
            // "six years", "20 minutes": a stretch of time is a time expression, which like
            // a year is a figure only when bounded ("more than three hours", "since 3 years").
            let duration = names_a_time(t, last) && !matches!(t.lower(last), "time" | "times");
            // "hundreds of billions of dollars": money counted in words.
            match phrases::currencies().longest(t, f.last + 1).filter(|(_, l)| *l == last) {
                Some((p, _)) => {
                    f.category = Category::Money;
                    f.unit = p.field(0).map(String::from);
                }
                None => f.unit = Some(unit),
            }
            f.last = last;
            if duration && f.approx.is_none() && time_comparator_before(t, f.first).is_none() {
                f.report = false;
            }
        }
    }
    Some(f)
}

/// Numbers that are read but are not figures, and the last token they take: "one" the
/// pronoun ("one can", "no one", "the first one"), ordinals of time ("the third quarter",
/// "the first six months"), codes ("11a", "A380") and list markers ("1 )").
fn not_a_figure(t: &Tokens, q: &Quantity) -> Option<usize> {
    let prev = if q.first > 0 { t.lower(q.first - 1) } else { "" };
    if q.word_one && q.unit.is_none() {
        let next = t.lower(q.last + 1);
        let after_ordinal = numbers::is_ordinal_word(prev)
            || phrases::relative_ordinals().longest(t, q.first.saturating_sub(1)).is_some_and(|(_, l)| l + 1 == q.first)
            || (matches!(prev, "st" | "nd" | "rd" | "th") && q.first >= 2 && t.kind(q.first - 2) == Some(Kind::Digits));
        let determiner = matches!(prev, "no" | "any" | "every" | "each" | "which" | "that" | "this" | "the" | "someone");
        if lexicon::pronoun_one_verbs().contains(next) || after_ordinal || determiner {
            return Some(q.last);
        }
    }
    // "the Second Amendment", "First National Bank", "Zero Hedge": a number word in a name.
    let capital = |k: usize| t.raw(k).chars().next().is_some_and(char::is_uppercase);
    let worded = matches!(q.form, Form::Ordinal | Form::Words) && t.is_word(q.first);
    if worded && q.unit.is_none() && capital(q.first) && t.is_word(q.last + 1) && capital(q.last + 1) && t.near(q.last + 1) {
        let mid_sentence = q.first > 0 && !matches!(t.lower(q.first - 1), "." | "!" | "?" | "\"" | "\u{201c}");
        if mid_sentence {
            return Some(q.last);
        }
    }
    if q.category == Category::Ordinal {
        let mut k = q.last + 1;
        if let Some(n) = numbers::parse(t, k).filter(|n| n.form != Form::Ordinal && t.near(k)) {
            k = n.last + 1;
        }
        if names_a_time(t, k) {
            return Some(k);
        }
    }
    if q.unit.is_none() && q.category != Category::Ordinal && q.form == Form::Integer {
        let letters_after = t.joined(q.last + 1) && t.is_word(q.last + 1) && !(q.category == Category::Year && t.is(q.last + 1, "s"));
        let letters_before = q.first > 0 && t.joined(q.first) && t.is_word(q.first - 1);
        if letters_after || letters_before {
            return Some(q.last);
        }
    }
    if q.form == Form::Integer && t.is(q.last + 1, ")") && prev != "(" {
        return Some(q.last);
    }
    // "6:00 a.m.", "9 p.m.": a time of day dates the sentence like a date does.
    if q.form == Form::Integer && q.unit.is_none() {
        let mut k = q.last;
        if t.is(k + 1, ":") && t.joined(k + 1) && t.joined(k + 2) && t.kind(k + 2) == Some(Kind::Digits) {
            k += 2;
        }
        let meridiem = |j: usize| matches!(t.lower(j), "am" | "pm") || (matches!(t.lower(j), "a" | "p") && t.is(j + 1, ".") && t.is(j + 2, "m"));
        let oclock = t.is(k + 1, "o") && matches!(t.lower(k + 2), "'" | "\u{2019}") && t.is(k + 3, "clock");
        if oclock {
            return Some(k + 3);
        }
        if meridiem(k + 1) && (t.near(k + 1) || t.joined(k + 1)) {
            let end = if t.is(k + 1, "a") || t.is(k + 1, "p") { k + 3 + usize::from(t.is(k + 4, ".") && t.joined(k + 4)) } else { k + 1 };
            return Some(end);
        }
        if k > q.last {
            return Some(k);
        }
    }
    // "800-273-8255": ten digits or more chained by hyphens are a phone number.
    if q.form == Form::Integer && q.first == q.last && t.kind(q.first) == Some(Kind::Digits) {
        let mut k = q.last;
        let mut digits = t.raw(q.last).len();
        while t.is(k + 1, "-") && t.joined(k + 1) && t.joined(k + 2) && t.kind(k + 2) == Some(Kind::Digits) {
            k += 2;
            digits += t.raw(k).len();
        }
        if digits >= 10 {
            return Some(k);
        }
    }
    // "1474387200": ten digits or more without separators is an identifier.
    if q.form == Form::Integer && t.kind(q.first) == Some(Kind::Digits) && t.raw(q.first).len() >= 10 {
        return Some(q.last);
    }
    None
}

/// "between 10 and 20", "from 3 to 5 percent", "between the tenth and the fifteenth".
fn between_range(t: &Tokens, i: usize) -> Option<Found> {
    let connector = match t.lower(i) {
        "between" => "and",
        "from" => "to",
        _ => return None,
    };
    let skip_the = |k: usize| if t.is(k, "the") && t.near(k + 1) { k + 1 } else { k };
    let a = skip_the(i + 1);
    if !t.near(a) {
        return None;
    }
    let q1 = quantity(t, a)?;
    let c = q1.last + 1;
    let ok_connector = t.is(c, connector) || (connector == "to" && (t.is(c, "-") || t.is(c, "through")));
    if !ok_connector || !t.near(c) {
        return None;
    }
    let b = skip_the(c + 1);
    if !t.near(b) {
        return None;
    }
    let q2 = quantity(t, b)?;
    if q1.unit.is_some() && q2.unit.is_some() && q1.category != q2.category {
        return None;
    }
    let (v1, v2) = (q1.value?, q2.value?);
    let mut f = Found::of(q1.clone());
    f.first = i;
    f.last = q2.last;
    f.value = Some(v1.min(v2));
    f.high = Some(v1.max(v2));
    if q1.unit.is_none() {
        f.unit = q2.unit.clone();
        f.category = q2.category;
    }
    if matches!(f.category, Category::Count | Category::Year | Category::Ordinal) {
        f.category = Category::Range;
    }
    f.approx = None;
    Some(f)
}

/// The upper end of "10-15", "3 to 5", "20~100" after quantity `q`.
fn dash_range(t: &Tokens, q: &Quantity) -> Option<Quantity> {
    let k = q.last + 1;
    let sep = t.lower(k);
    if !t.near(k) {
        return None;
    }
    let dash = matches!(sep, "-" | "\u{2013}" | "\u{2014}" | "~");
    if !(dash || sep == "to") || !t.near(k + 1) {
        return None;
    }
    if dash {
        // Phone numbers and codes chain several hyphens: "+1-222-2222".
        if q.first > 0 && (t.joined(q.first) && matches!(t.lower(q.first - 1), "-" | "+" | "/")) {
            return None;
        }
        // "1995-01" is a month.
        if t.raw(k + 1).starts_with('0') {
            return None;
        }
    }
    // "grew by 1.2 million to 67 million" is a change.
    if sep == "to" && q.first > 0 && t.is(q.first - 1, "by") {
        return None;
    }
    let mut q2 = quantity(t, k + 1)?;
    if dash && (t.is(q2.last + 1, "-") || t.is(q2.last + 1, "/")) && t.joined(q2.last + 1) {
        return None;
    }
    // "2020-21": a season, the second year written short.
    if dash && q.category == Category::Year && q2.form == Form::Integer && t.raw(k + 1).len() == 2 && t.joined(k + 1) {
        let century = (q.value? / 100.0).floor() * 100.0;
        q2.value = Some(century + q2.value?);
        q2.category = Category::Year;
    }
    // "6.2% to $1.45 billion" is a change between two different things, not a range.
    if q.unit.is_some() && q2.unit.is_some() && q.category != q2.category {
        return None;
    }
    let (a, b) = (q.value?, q2.value?);
    // "218-210" is a tally, "5.4 to 3.7" a change: a range runs upwards.
    if a >= b {
        return None;
    }
    // "0.3 percentage points to 5.4 per cent" moves between two things.
    if q.unit.is_some() && q2.unit.is_some() && q.unit != q2.unit {
        return None;
    }
    if matches!(q.form, Form::Ordinal) != matches!(q2.form, Form::Ordinal) {
        return None;
    }
    Some(q2)
}

/// "and less than 20", "but lower than the fifteenth", ", lower or equal than 300".
fn second_bound(t: &Tokens, k: usize) -> Option<(Quantity, Direction)> {
    if !(t.is(k, "and") || t.is(k, "but") || t.is(k, ",")) || !t.near(k) {
        return None;
    }
    let (p, last) = phrases::hedges().longest(t, k + 1)?;
    let mut s = last + 1;
    if t.is(s, "the") {
        s += 1;
    }
    if !t.near(s) {
        return None;
    }
    let q = quantity(t, s)?;
    Some((q, direction(p.field(0))))
}

/// A number with its currency, unit or percent, or a quantity word ("thousands of").
fn quantity(t: &Tokens, i: usize) -> Option<Quantity> {
    // "aged 87", "age 87", "at the age of 20".
    if matches!(t.lower(i), "age" | "aged") && t.near(i + 1) {
        let k = if t.is(i + 1, "of") { i + 2 } else { i + 1 };
        if let Some(n) = numbers::parse(t, k).filter(|n| (n.form == Form::Integer || n.form == Form::Words) && t.near(k)) {
            return Some(Quantity { first: i, last: n.last, value: Some(n.value), category: Category::Age, unit: Some("year".into()), approx: None, form: n.form, word_one: false });
        }
    }
    // "$ 75 million", "US$ 150 million", "€ 2 million", "USD 200".
    if let Some((p, last)) = phrases::currencies().longest(t, i) {
        let k = last + 1;
        if t.near(k) {
            if let Some(n) = numbers::parse(t, k).filter(|n| n.form != Form::Ordinal) {
                let factor = p.field(1).and_then(|f| f.parse::<f64>().ok()).unwrap_or(1.0);
                let mut value = n.value * factor;
                let mut end = n.last;
                // "$5m", "$4.8b": lower-case scale letters mean money here.
                if t.joined(end + 1) && matches!(t.raw(end + 1), "m" | "b") {
                    value *= if t.raw(end + 1) == "m" { 1e6 } else { 1e9 };
                    end += 1;
                }
                return Some(Quantity { first: i, last: end, value: Some(value), category: Category::Money, unit: p.field(0).map(String::from), approx: None, form: n.form, word_one: false });
            }
        }
    }
    // "percent of 10".
    if let Some((p, last)) = phrases::units().longest(t, i) {
        if p.field(0) == Some("percent") && t.lower(i).chars().all(char::is_alphabetic) && t.is(last + 1, "of") && t.near(last + 2) {
            if let Some(n) = numbers::parse(t, last + 2) {
                return Some(Quantity { first: i, last: n.last, value: Some(n.value), category: Category::Percent, unit: p.field(1).map(String::from), approx: None, form: n.form, word_one: false });
            }
        }
    }
    let Some(n) = numbers::parse(t, i) else {
        return quantity_word(t, i).or_else(|| one_unit(t, i));
    };
    Some(qualify(t, n))
}

/// "a metric ton", "a mile", "a euro": the article counts one of a unit of measure or money.
/// Units that are also common nouns ("a bit", "a foot", "a turn", "a degree") are left out.
fn one_unit(t: &Tokens, i: usize) -> Option<Quantity> {
    if !matches!(t.lower(i), "a" | "an") || !t.near(i + 1) {
        return None;
    }
    let k = i + 1;
    if let Some((p, last)) = phrases::currencies().longest(t, k).filter(|(_, _)| t.is_word(k) && t.lower(k).len() > 3) {
        return Some(Quantity { first: i, last, value: Some(1.0), category: Category::Money, unit: p.field(0).map(String::from), approx: None, form: Form::Words, word_one: true });
    }
    let (p, last) = phrases::units().longest(t, k)?;
    let measurable = matches!(p.field(0), Some("length" | "area" | "volume" | "weight" | "speed"));
    let common_noun = matches!(t.lower(k), "foot" | "yard" | "cup" | "stone" | "pint" | "ton" | "pound" | "turn" | "bit");
    if !measurable || common_noun || p.is_short() || t.lower(k).len() < 4 && last == k {
        return None;
    }
    Some(Quantity { first: i, last, value: Some(1.0), category: Category::Measure, unit: p.field(1).map(String::from), approx: None, form: Form::Words, word_one: true })
}

/// "thousands of", "tens of thousands of", "hundreds of thousands of", "dozens".
fn quantity_word(t: &Tokens, i: usize) -> Option<Quantity> {
    let (mut value, mut last) = if t.is(i, "tens") && t.is(i + 1, "of") {
        (10.0 * numbers::plural_scale_word(t.lower(i + 2)).filter(|&s| s >= 1000.0)?, i + 2)
    } else {
        (numbers::plural_scale_word(t.lower(i))?, i)
    };
    if t.is(last + 1, "of") {
        if let Some(s) = numbers::plural_scale_word(t.lower(last + 2)).filter(|&s| s > value && s >= 1000.0) {
            value *= s;
            last += 2;
        }
    }
    if t.is(last + 1, "of") && t.near(last + 1) {
        last += 1;
    }
    let approx = words_of(t, i, last);
    Some(Quantity { first: i, last, value: Some(value), category: Category::Count, unit: None, approx: Some(approx), form: Form::Words, word_one: false })
}

/// The quantity a number makes with what follows it: a currency, a unit, a percent sign,
/// "years old"; or a year, a decade, an ordinal, a count.
fn qualify(t: &Tokens, n: Number) -> Quantity {
    let mut q = Quantity { first: n.first, last: n.last, value: Some(n.value), category: Category::Count, unit: None, approx: None, form: n.form, word_one: n.word_one };
    if n.form == Form::Ordinal {
        q.category = Category::Ordinal;
        return q;
    }
    let mut k = n.last + 1;
    // "half a mile", "a third of a gallon".
    if n.form == Form::Fraction {
        let mut j = k;
        if t.is(j, "of") {
            j += 1;
        }
        if matches!(t.lower(j), "a" | "an") && t.near(j) && t.near(j + 1) && (phrases::units().longest(t, j + 1).is_some() || phrases::currencies().longest(t, j + 1).is_some()) {
            k = j + 1;
        }
    }
    // "20 (kg)", "12-cent", "6-mile".
    let bracket = match t.lower(k) {
        "(" => Some(")"),
        "[" => Some("]"),
        "{" => Some("}"),
        "<" => Some(">"),
        _ => None,
    };
    if bracket.is_some() || (t.is(k, "-") && t.joined(k) && t.is_word(k + 1) && t.joined(k + 1)) {
        k += 1;
    }
    let near = t.near(k) || t.joined(k);
    let close = |last: usize| match bracket {
        Some(c) => t.is(last + 1, c).then_some(last + 1),
        None => Some(last),
    };

    // Currency after the number: "5 dollars", "420 million finnish markka", "75 USD million".
    if near {
        // "50p": a one-letter currency only right after the digits.
        if let Some((p, last)) = phrases::currencies().longest(t, k).filter(|(p, _)| !p.is_short() || p.field(0) != Some("penny") || t.joined(k)) {
            if let Some(mut last) = close(last) {
                let factor = p.field(1).and_then(|f| f.parse::<f64>().ok()).unwrap_or(1.0);
                let mut value = n.value * factor;
                if let Some(s) = numbers::scale_word(t.lower(last + 1)).filter(|&s| s >= 1000.0 && t.near(last + 1)) {
                    value *= s;
                    last += 1;
                }
                // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "17 USD 25".
                let major = !matches!(p.field(0), Some("cent" | "penny"));
                if major {
                    if let Some((cents, end)) = cents_after(t, last + 1) {
                        value += cents / 100.0;
                        last = end;
                    }
                }
                q.last = last;
                q.value = Some(value);
                q.category = Category::Money;
                q.unit = p.field(0).map(String::from);
                return q;
            }
        }
        if let Some((p, last)) = phrases::units().longest(t, k) {
            // A lone "m" or "yo" is a unit only right after the digits or before a non-word.
            let short_ok = !p.is_short() || t.joined(k) || !t.is_word(last + 1) || !t.near(last + 1);
            let after_digits = matches!(n.form, Form::Integer | Form::Digits | Form::Fraction) || !p.is_short();
            if short_ok && after_digits {
                if let Some(last) = close(last) {
                    let kind = p.field(0).unwrap_or("");
                    let mut value = n.value;
                    let mut end = last;
                    // "5 feet 2 inches", "12 ft 2 in".
                    if p.field(1) == Some("foot") {
                        if let Some((inches, e)) = inches_after(t, last + 1) {
                            value += inches / 12.0;
                            end = e;
                        }
                    }
                    // "10 degrees below zero".
                    if kind == "temperature" && t.is(end + 1, "below") && t.is(end + 2, "zero") {
                        value = -value;
                        end += 2;
                    }
                    q.last = end;
                    q.value = Some(value);
                    q.unit = p.field(1).map(String::from);
                    q.category = match kind {
                        "percent" => Category::Percent,
                        "temperature" => Category::Temperature,
                        "age" => Category::Age,
                        _ => Category::Measure,
                    };
                    return q;
                }
            }
        }
    }

    // Years and decades: "2003", "the 1990s", "'90s".
    if n.form == Form::Integer && (1000.0..=2100.0).contains(&n.value) && t.raw(n.first).len() == 4 {
        q.category = Category::Year;
        if t.joined(n.last + 1) && t.lower(n.last + 1) == "s" {
            q.last = n.last + 1;
            q.unit = Some("decade".into());
        }
        return q;
    }
    if n.form == Form::Integer && t.raw(n.first).len() == 2 && n.first > 0 && t.joined(n.first) && matches!(t.lower(n.first - 1), "'" | "\u{2019}") && t.joined(n.last + 1) && t.lower(n.last + 1) == "s" {
        q.category = Category::Year;
        q.first = n.first - 1;
        q.last = n.last + 1;
        q.value = Some(1900.0 + n.value);
        q.unit = Some("decade".into());
    }
    q
}

/// "50 cents", "and forty-five cents", "25" after a currency: the cents of a sum.
fn cents_after(t: &Tokens, k: usize) -> Option<(f64, usize)> {
    let mut s = k;
    if t.is(s, "and") && t.near(s) {
        s += 1;
    }
    if !t.near(s) {
        return None;
    }
    let n = numbers::parse(t, s).filter(|n| matches!(n.form, Form::Integer | Form::Words) && n.value < 100.0 && n.value >= 1.0)?;
    let after = n.last + 1;
    if matches!(t.lower(after), "cent" | "cents") && t.near(after) {
        return Some((n.value, after));
    }
    // A bare number after the sum is its cents unless something else is counted by it.
    if t.near(after) && (phrases::currencies().longest(t, after).is_some() || phrases::units().longest(t, after).is_some()) {
        return None;
    }
    if t.near(after) && t.is_word(after) && !t.is(after, "more") {
        return None;
    }
    Some((n.value, n.last))
}

/// "2 inches", "2 in" after a number of feet.
fn inches_after(t: &Tokens, k: usize) -> Option<(f64, usize)> {
    let mut s = k;
    if t.is(s, "and") && t.near(s) {
        s += 1;
    }
    if !t.near(s) || t.kind(s) != Some(Kind::Digits) {
        return None;
    }
    let n = numbers::parse(t, s)?;
    let u = n.last + 1;
    matches!(t.lower(u), "in" | "inch" | "inches").then_some((n.value, u)).filter(|_| t.near(u))
}

/// "May 19", "oct. 13", "19 May 2019", "Jan. 1, 1990".
fn date_at(t: &Tokens, i: usize) -> Option<Found> {
    let month = |k: usize| t.is_word(k) && is_month(t.lower(k));
    // A day number, and the token it ends at ("19", "11th").
    let day_end = |k: usize| -> Option<usize> {
        let number = t.kind(k) == Some(Kind::Digits) && t.raw(k).len() <= 2 && t.raw(k).parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
        if !number {
            return None;
        }
        if t.joined(k + 1) && matches!(t.lower(k + 1), "st" | "nd" | "rd" | "th") {
            return Some(k + 1);
        }
        (!(t.joined(k + 1) && matches!(t.kind(k + 1), Some(Kind::Word | Kind::Digits)))).then_some(k)
    };
    let day = |k: usize| day_end(k).is_some();
    let year_after = |k: usize| -> usize {
        let mut s = k + 1;
        if t.is(s, ",") {
            s += 1;
        }
        if t.kind(s) == Some(Kind::Digits) && t.raw(s).len() == 4 && t.near(s) {
            s
        } else {
            k
        }
    };
    if month(i) {
        let mut k = i + 1;
        if t.is(k, ".") && t.near(k) {
            k += 1;
        }
        // "May" is a verb far more often than a month; it needs a capital or a day after it.
        if t.near(k) && day(k) && !(t.is(k + 1, ":") || t.is(k + 1, "%")) {
            let mut k = day_end(k).unwrap_or(k);
            // "September 16-19", "Sept. 19 to 22": a stretch of days.
            if (t.is(k + 1, "-") && t.joined(k + 1) && t.joined(k + 2) || t.is(k + 1, "to") && t.near(k + 2)) && day(k + 2) {
                k = day_end(k + 2).unwrap_or(k + 2);
            }
            let last = year_after(k);
            return Some(Found::bare(i, last, Category::Date));
        }
        return None;
    }
    // "9/11", "5/17/2018": a month and a day, unless the pair reads as a fraction ("3/4").
    let small = |k: usize, max: u32| t.kind(k) == Some(Kind::Digits) && t.raw(k).len() <= 2 && t.raw(k).parse::<u32>().is_ok_and(|v| (1..=max).contains(&v));
    let slash_next = |k: usize| t.is(k + 1, "/") && t.joined(k + 1) && t.joined(k + 2);
    if small(i, 12) && slash_next(i) && small(i + 2, 31) && !(i > 0 && t.joined(i) && matches!(t.lower(i - 1), "/" | "-")) {
        let mut last = i + 2;
        let with_year = slash_next(last) && t.kind(last + 2) == Some(Kind::Digits) && matches!(t.raw(last + 2).len(), 2 | 4);
        if with_year {
            last += 2;
        }
        let (m, d): (f64, f64) = (t.raw(i).parse().unwrap_or(0.0), t.raw(i + 2).parse().unwrap_or(0.0));
        let fraction = m < d && numbers::fraction_denominator(d);
        let more = t.joined(last + 1) && matches!(t.lower(last + 1), "/" | "-") && t.kind(last + 2) == Some(Kind::Digits);
        if (with_year || !fraction) && !more {
            return Some(Found::bare(i, last, Category::Date));
        }
    }
    if day(i) && t.near(i + 1) && month(i + 1) && t.raw(i + 1).len() > 2 {
        let last = year_after(i + 1);
        return Some(Found::bare(i, last, Category::Date));
    }
    None
}

/// Whether a word looks like a plural noun: "cities", "arrests", "people".
fn plural_like(word: &str) -> bool {
    if lexicon::plural_nouns().contains(word) {
        return true;
    }
    word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is")
}

/// The counted noun after a count: up to three words, ending at the last plural noun
/// ("10 major cities, including" → "major cities").
fn counted_noun(t: &Tokens, k: usize) -> Option<(String, usize)> {
    let mut words: Vec<usize> = Vec::new();
    let mut j = k;
    while words.len() < 3 && t.is_word(j) && t.near(j) {
        let w = t.lower(j);
        if lexicon::function_words().contains(w) || numbers::is_number_word(w) || phrases::hedges_after().longest(t, j).is_some() {
            break;
        }
        // A capitalised word after the first is a name ("10 Downing Street"), not a noun.
        if t.raw(j).chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        words.push(j);
        j += 1;
    }
    // Only a plural ends the noun: after "one" a verb or an adjective is as likely as a
    // noun ("one study found", "one notable exception"), and one of anything is no statistic.
    let end = words[words.iter().rposition(|&w| plural_like(t.lower(w)))?];
    Some((words_of(t, k, end), end))
}

/// The figure with its byte span, source and score.
fn finish(doc: &Document, t: &Tokens, f: Found) -> Figure {
    let span = Span::new(t.toks[f.first].start, t.toks[f.last].end);
    let source = doc.sentence_at(span.start).and_then(|s| attribution::credit_for_sentence(doc, s)).map(|c| c.name);
    let score = score(t, &f, source.is_some());
    Figure { span, category: f.category, value: f.value, high: f.high, approx: f.approx, unit: f.unit, source, score }
}

/// How much a figure needs checking, in [0, 1]. See the module comment for the reasoning.
fn score(t: &Tokens, f: &Found, sourced: bool) -> f64 {
    let mut s: f64 = match f.category {
        Category::Percent | Category::Money => 0.5,
        Category::Range => 0.45,
        Category::Measure | Category::Temperature => 0.4,
        Category::Count => 0.35,
        Category::Age | Category::Year => 0.3,
        Category::Date => 0.15,
        Category::Ordinal => 0.1,
    };
    if f.approx.is_some() {
        s += 0.2;
    }
    let big = f.value.is_some_and(|v| v.abs() >= 1000.0) || f.high.is_some_and(|v| v.abs() >= 1000.0);
    if big && !matches!(f.category, Category::Year | Category::Date | Category::Ordinal) {
        s += 0.1;
    }
    if f.category == Category::Count {
        if f.unit.is_some() {
            s += 0.1;
        }
        // "3 cars" is rarely the claim; "nearly 3 million" or "at least 10 cities" is.
        if f.approx.is_none() && f.value.is_some_and(|v| v.abs() < 10.0) {
            s -= 0.15;
        }
    }
    // "since 2003" bounds a period, as a hedge bounds a count (years and dates without
    // such a word are not reported at all).
    if matches!(f.category, Category::Year | Category::Date) && f.approx.is_none() {
        s += 0.2;
    }
    let before = |k: usize| if f.first >= k { t.lower(f.first - k) } else { "" };
    // A named source lowers the need a little: the reader has somewhere to check.
    if sourced {
        s -= 0.05;
    }
    // Labels and "one of them" are not claims.
    let label = lexicon::reference_words().contains(before(1)) || (before(1) == "." && lexicon::reference_words().contains(before(2))) || before(1) == "#";
    if label || (f.word_one && f.unit.is_none() && f.approx.is_none()) {
        s = 0.05;
    }
    // "a mile", "one consultant": one of something is rarely the claim.
    if f.word_one && f.approx.is_none() {
        s = s.min(0.2);
    }
    s.clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(text: &str) -> Vec<(String, Figure)> {
        let doc = Document::from_plain_text(text);
        find(&doc).into_iter().map(|f| (doc.slice(f.span).to_string(), f)).collect()
    }

    fn one(text: &str) -> (String, Figure) {
        let mut all = figures(text);
        assert_eq!(all.len(), 1, "{text}: {:?}", all.iter().map(|f| &f.0).collect::<Vec<_>>());
        all.remove(0)
    }

    #[test]
    fn thousands_of_is_approximate() {
        let (text, f) = one("Trump delayed an operation aimed at deporting thousands of immigrants illegally residing here.");
        assert_eq!(text, "thousands of immigrants");
        assert_eq!((f.category, f.value, f.approx.as_deref(), f.unit.as_deref()), (Category::Count, Some(1000.0), Some("thousands of"), Some("immigrants")));
        assert!(f.score >= BADGE_THRESHOLD);
    }

    #[test]
    fn at_least_counts_with_counted_noun() {
        let (text, f) = one("The raids would have been conducted in at least 10 major cities, including Miami.");
        assert_eq!(text, "at least 10 major cities");
        assert_eq!((f.value, f.approx.as_deref(), f.unit.as_deref()), (Some(10.0), Some("at least"), Some("major cities")));
        assert!(f.score >= BADGE_THRESHOLD);
    }

    #[test]
    fn since_year_is_a_year_worth_badging() {
        let (text, f) = one("ones conducted regularly since 2003 that often produce");
        assert_eq!(text, "since 2003");
        assert_eq!((f.category, f.value, f.approx.as_deref()), (Category::Year, Some(2003.0), None));
        assert!(f.score >= BADGE_THRESHOLD);
    }

    #[test]
    fn year_that_only_dates_the_sentence_is_no_figure() {
        assert!(figures("The law passed in 2003 with 51 votes.").iter().all(|f| f.1.category != Category::Year));
        assert!(figures("on Jan. 1, 1990 at noon").is_empty());
    }

    #[test]
    fn hundreds_of_arrests() {
        let (text, f) = one("that often produce hundreds of arrests,");
        assert_eq!(text, "hundreds of arrests");
        assert_eq!((f.value, f.approx.as_deref(), f.unit.as_deref()), (Some(100.0), Some("hundreds of"), Some("arrests")));
    }

    #[test]
    fn seed_figures_stay_badged_when_a_source_is_named() {
        // The seed credits each of its figures to a publication; the badge must survive that.
        for text in ["deporting thousands of immigrants illegally", "in at least 10 major cities, including", "conducted regularly since 2003 that", "often produce hundreds of arrests,"] {
            let t = Tokens::new(text);
            let f = (0..t.len()).find_map(|i| figure_at(&t, i, 0).filter(|f| f.report)).expect(text);
            assert!(score(&t, &f, true) >= BADGE_THRESHOLD, "{text}");
        }
    }

    #[test]
    fn percent_forms() {
        for (text, v) in [("up 25% on the year", 25.0), ("a 4.9 percent rate", 4.9), ("twenty per cent of voters", 20.0), ("rose 2 percentage points", 2.0)] {
            let (_, f) = one(text);
            assert_eq!((f.category, f.value), (Category::Percent, Some(v)), "{text}");
        }
    }

    #[test]
    fn money_with_scales_and_symbols() {
        for (text, v) in [("$4.8bn", 4.8e9), ("$4.8 billion", 4.8e9), ("US$ 150 million", 1.5e8), ("€ 2 million", 2e6), ("420 million finnish markka", 4.2e8), ("thirteen dollars and forty-five cents", 13.45), ("75 USD million", 7.5e7), ("50 cents", 50.0)] {
            let (_, f) = one(text);
            assert_eq!(f.category, Category::Money, "{text}");
            assert!((f.value.unwrap_or(0.0) - v).abs() < 1e-6 * v, "{text}: {:?}", f.value);
        }
    }

    #[test]
    fn measures_with_units() {
        for (text, unit, v) in [("a 45-acre horse farm", "acre", 45.0), ("190,000 square meters", "square meter", 190000.0), ("188 miles an hour", "mile per hour", 188.0), ("he is 5 feet 2 inches", "foot", 5.0 + 2.0 / 12.0), ("a 7.62mm barrel", "millimeter", 7.62)] {
            let (_, f) = one(text);
            assert_eq!((f.category, f.unit.as_deref()), (Category::Measure, Some(unit)), "{text}");
            assert!((f.value.unwrap_or(0.0) - v).abs() < 1e-9, "{text}");
        }
    }

    #[test]
    fn ages_and_temperatures() {
        let (_, f) = one("I'm only 29 years old!");
        assert_eq!((f.category, f.value), (Category::Age, Some(29.0)));
        let (_, f) = one("a 10-year-old boy");
        assert_eq!((f.category, f.value), (Category::Age, Some(10.0)));
        let (_, f) = one("set the temperature to 30 degrees celsius");
        assert_eq!((f.category, f.value, f.unit.as_deref()), (Category::Temperature, Some(30.0), Some("celsius")));
    }

    #[test]
    fn ranges_take_lower_bound_and_high() {
        for (text, lo, hi) in [("between 10 and 20", 10.0, 20.0), ("10-15", 10.0, 15.0), ("1000-5000", 1000.0, 5000.0), ("from 3 to 5 percent", 3.0, 5.0), ("more than 10 and less than 20", 10.0, 20.0), ("at most 100 and at least 20", 20.0, 100.0)] {
            let (_, f) = one(text);
            assert_eq!((f.value, f.high), (Some(lo), Some(hi)), "{text}");
        }
        let (_, f) = one("from 3 to 5 percent");
        assert_eq!(f.category, Category::Percent);
    }

    #[test]
    fn tallies_and_changes_are_not_ranges() {
        assert!(figures("The bill passed 218-210.").iter().all(|f| f.1.high.is_none()));
        assert!(figures("up 0.3 percentage points to 5.4 per cent").iter().all(|f| f.1.high.is_none()));
    }

    #[test]
    fn durations_are_figures_only_when_bounded() {
        assert!(figures("He was jailed for six years.").is_empty());
        let (text, f) = one("The trip took more than three hours.");
        assert_eq!((text.as_str(), f.unit.as_deref()), ("more than three hours", Some("hours")));
        assert_eq!(one("prices rose 100 times").1.unit.as_deref(), Some("times"));
    }

    #[test]
    fn an_article_counts_one_unit() {
        let (text, f) = one("a metric ton of steel");
        assert_eq!((text.as_str(), f.value, f.unit.as_deref()), ("a metric ton", Some(1.0), Some("metric ton")));
        assert!(f.score < BADGE_THRESHOLD);
        assert!(figures("a bit more, a foot soldier, a degree in law").is_empty());
    }

    #[test]
    fn money_counted_in_words() {
        let (text, f) = one("the war would cost hundreds of billions of dollars in output");
        assert_eq!((text.as_str(), f.category, f.value, f.unit.as_deref()), ("hundreds of billions of dollars", Category::Money, Some(1e11), Some("dollar")));
    }

    #[test]
    fn margin_of_error_is_approximate() {
        let (_, f) = one("It has a margin of error of +/- 4 percent.");
        assert_eq!((f.value, f.approx.as_deref()), (Some(4.0), Some("+/-")));
    }

    #[test]
    fn slashed_dates_are_dates_and_halves_are_fractions() {
        assert!(figures("the 9/11 families and survivors").is_empty());
        assert!(figures("Any time to meet on 5/17/2018?").is_empty());
        assert_eq!(one("a 1/2 cup").1.value, Some(0.5));
    }

    #[test]
    fn times_of_day_and_identifiers_are_no_figures() {
        assert!(figures("airs from 6:00 a.m. to 9 p.m. Eastern").is_empty());
        assert!(figures("developed by 6 o\u{2019}clock this afternoon").is_empty());
        assert!(figures("timestamp 1474387200 here").is_empty());
        assert!(figures("on September 11th earlier").is_empty());
    }

    #[test]
    fn phone_numbers_are_no_figures() {
        assert!(figures("call the hotline (800-273-8255) now").is_empty());
        assert_eq!(one("3 tablespoons butter").1.unit.as_deref(), Some("tablespoon"));
    }

    #[test]
    fn ordinals_in_names_are_no_figures() {
        assert!(figures("He is the Second Amendment columnist.").is_empty());
        assert!(figures("a comparison done on Zero Hedge, which").is_empty());
        assert!(figures("deals over the last 11 months").is_empty());
        assert_eq!(figures("Second, the bill failed.").len(), 1);
    }

    #[test]
    fn double_hyphen_is_a_dash_not_a_minus() {
        assert_eq!(one("Long Island -- 44 percent").1.value, Some(44.0));
    }

    #[test]
    fn a_stretch_of_days_is_one_date() {
        assert!(figures("conducted from Sept. 19 to 22, surveying").is_empty());
        assert!(figures("The survey was conducted September 16-19, using a panel.").is_empty());
    }

    #[test]
    fn fractions_of_a_unit() {
        let (text, f) = one("half a mile away");
        assert_eq!((text.as_str(), f.value, f.unit.as_deref()), ("half a mile", Some(0.5), Some("mile")));
        assert_eq!(one("1-1/2 inches").1.value, Some(1.5));
    }

    #[test]
    fn below_zero_is_negative() {
        assert_eq!(one("10 degrees below zero").1.value, Some(-10.0));
    }

    #[test]
    fn one_after_an_ordinal_is_the_pronoun() {
        assert_eq!(figures("the 3rd one").len(), 1);
        assert_eq!(figures("I like the first one.").len(), 1);
    }

    #[test]
    fn plus_after_a_number_is_a_lower_bound() {
        let (text, f) = one("among the 300-plus victims");
        assert_eq!((text.as_str(), f.approx.as_deref(), f.unit.as_deref()), ("300-plus victims", Some("plus"), Some("victims")));
    }

    #[test]
    fn lower_case_m_before_a_count_is_a_million() {
        let (_, f) = one("home to 1.2m people");
        assert_eq!((f.category, f.value), (Category::Count, Some(1_200_000.0)));
        let (_, f) = one("the 100m race");
        assert_eq!((f.category, f.unit.as_deref()), (Category::Measure, Some("meter")));
    }

    #[test]
    fn a_season_is_a_span_of_years() {
        assert!(figures("The 2020-21 season was short.").is_empty());
    }

    #[test]
    fn won_is_a_verb_not_a_currency() {
        let (_, f) = one("She won 57.3% of the vote");
        assert_eq!(f.category, Category::Percent);
    }

    #[test]
    fn temperatures_written_short() {
        let (_, f) = one("Temperatures hit 40C on Tuesday");
        assert_eq!((f.category, f.value), (Category::Temperature, Some(40.0)));
    }

    #[test]
    fn opposite_bounds_in_the_wrong_order_stay_apart() {
        assert_eq!(figures("More than 40 and less than 10 are two ranges").len(), 3);
    }

    #[test]
    fn hedges_become_approx() {
        for (text, approx) in [("about 40 people", "about"), ("nearly 3,000 homes", "nearly"), ("up to 700", "up to"), ("as many as 12 boats", "as many as"), ("roughly $5 million", "roughly"), ("500 or more", "or more"), ("dozens of protesters", "dozens of"), ("tens of thousands of people", "tens of thousands of")] {
            let (_, f) = one(text);
            assert_eq!(f.approx.as_deref(), Some(approx), "{text}");
        }
        let (_, f) = one("tens of thousands of people");
        assert_eq!(f.value, Some(10000.0));
    }

    #[test]
    fn one_of_them_scores_low() {
        let (_, f) = one("one of them left");
        assert!(f.score < 0.1);
    }

    #[test]
    fn page_number_scores_low() {
        let (_, f) = one("as shown on page 12 of the report");
        assert!(f.score < 0.1);
    }

    #[test]
    fn hedged_statistic_outscores_sourced_plain_count() {
        let (_, hedged) = one("Nearly 40% of voters stayed home.");
        let (_, plain) = one("He owns 3 cars.");
        assert!(hedged.score > plain.score);
        assert!(hedged.score >= BADGE_THRESHOLD && plain.score < BADGE_THRESHOLD);
    }

    #[test]
    fn dates_are_one_figure() {
        let (text, f) = one("not until Jan. 1, 1990 at noon");
        assert_eq!(text, "until Jan. 1, 1990");
        assert_eq!(f.category, Category::Date);
    }

    #[test]
    fn decades_are_years() {
        let (text, f) = one("since the 1990s");
        assert_eq!((text.as_str(), f.category, f.value), ("since the 1990s", Category::Year, Some(1990.0)));
    }

    #[test]
    fn pronoun_one_and_list_markers_are_no_figures() {
        assert!(figures("One is required to pay.").is_empty());
        assert!(figures("no one came").is_empty());
        assert!(figures("it 1 ) explains").is_empty());
    }

    #[test]
    fn ordinals_of_time_date_the_sentence() {
        assert!(figures("net sales for the third quarter were flat").is_empty());
        assert!(figures("last year sales fell").is_empty());
        assert!(figures("in the first six months").is_empty());
        assert_eq!(figures("the third largest city").len(), 1);
    }

    #[test]
    fn codes_are_not_numbers() {
        assert!(figures("10 turkish lira 11a").iter().all(|f| f.0 != "11"));
        assert!(figures("the A380 landed").is_empty());
    }

    #[test]
    fn prefix_dash_is_not_a_minus() {
        assert!(figures("in mid-1972 for a fee").is_empty());
        assert_eq!(one("how to convert - 20 degrees fahrenheit").1.value, Some(-20.0));
    }

    #[test]
    fn relative_ordinals_have_no_value() {
        let (text, f) = one("Show me the next to last.");
        assert_eq!((text.as_str(), f.category, f.value), ("next to last", Category::Ordinal, None));
        assert!(f.score < BADGE_THRESHOLD);
    }

    #[test]
    fn a_change_between_two_units_is_not_a_range() {
        assert_eq!(figures("sales rose 6.2% to $1.45 billion").len(), 2);
    }

    #[test]
    fn ordinals_are_figures() {
        let (_, f) = one("on the 21st floor");
        assert_eq!((f.category, f.value), (Category::Ordinal, Some(21.0)));
    }

    #[test]
    fn phone_numbers_are_not_ranges() {
        assert!(figures("call +1-222-2222/2222").iter().all(|f| f.1.high.is_none()));
    }

    #[test]
    fn no_panic_and_spans_on_char_boundaries_on_generated_text() {
        // A deterministic generator over the pieces numbers are made of, joined every way.
        let pieces = [
            "1", "23", "4.5", ",", ".", "-", "\u{2212}", "/", "%", "$", "\u{20ac}", "\u{bd}", "\u{e9}", "\u{1F600}", " ", "  ", "\n", "\n\n", "a", "and",
            "half", "hundred", "million", "thousands", "of", "to", "between", "since", "one", "m", "k", "st", "minus", "point", "the", "more than",
            "degrees", "years old", "(", ")", "~", "^", "e", "x10", "May", "'", "s", "over", "in", "out",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..3000 {
            let mut text = String::new();
            let len = 1 + (state % 12) as usize;
            for _ in 0..len {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[(state % pieces.len() as u64) as usize]);
            }
            let doc = Document::from_plain_text(&text);
            for f in find(&doc) {
                assert!(f.span.start <= f.span.end && f.span.end <= text.len());
                assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end), "{text:?}");
                assert!(!text[f.span.start..f.span.end].contains("\n\n"), "crosses a paragraph: {text:?}");
                assert!((0.0..=1.0).contains(&f.score));
            }
        }
    }

    #[test]
    fn long_runs_of_number_words_and_signs_stay_fast() {
        let words = "one ".repeat(20_000);
        let signs = "minus ".repeat(20_000);
        let start = std::time::Instant::now();
        let _ = figures(&words);
        let _ = figures(&signs);
        assert!(start.elapsed().as_secs() < 20);
    }

    #[test]
    fn figures_do_not_cross_paragraphs() {
        let text = "They counted 10\n\nmiles of road and thousands\n\nof people.";
        for (span_text, _) in figures(text) {
            assert!(!span_text.contains("\n\n"), "{span_text:?}");
        }
    }

    #[test]
    fn no_panic_on_odd_text() {
        for text in ["", "-", "$", "½½", "1/", "between", "from 3 to", "\u{1F600} 3 \u{1F600}%", "3 - - 4", "a an and", "point five"] {
            let _ = figures(text);
        }
    }
}
