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
//! Years, dates, relative dates and ordinals of time ("in 2001", "on May 19", "two years
//! ago", "the third quarter", "last year") are read like any number, but reported only when
//! something bounds them: a time comparator ("since 2003", "by May 1", "until 2030") or a
//! hedge ("more than three hours"). Unbounded, they only say *when* the sentence's claim
//! happened, and the claim's figures are elsewhere in it; reporting them would bury those
//! figures under dates. Stretches of time are amounts and are reported ("for six years",
//! "within 90 days", "every 11 years"), the ones that only frame the claim scored below the
//! badge. The same goes for "one" the pronoun ("no one", "one can"), list
//! markers ("1 )") and codes ("11a", "A380"): they are read, so that their tokens are not
//! read again as something else, and dropped.
//!
//! # Numbers that are no claim
//!
//! A figure is a numeric claim, so some numbers are read and dropped: a number word made
//! into an adjective ("one-time", "a two-way race"), "the two men" pointing back at people
//! already named, model numbers ("the 8088 chip", "EB-5"), "one" after an adjective ("a
//! good one"), numbers inside idioms ("absolute zero", "back to square one", "a 9-iron") and
//! the digits of web addresses. Ordinal words, relative ordinals ("the previous sale") and a lone "one" only
//! describe a noun; beside a statistic in the same sentence they are dropped, since the
//! statistic is the claim, and alone they stay.
//!
//! # Scores
//!
//! Every other figure is reported; the score says which deserve a badge. It is a
//! transparent sum, not a model: statistics (percentages, money, large counts) start high,
//! a hedge or a time comparator raises the score (it is what makes a number worth
//! checking), a named source lowers it a little (the reader has somewhere to check), and
//! labels ("page 5", "No. 1"), a lone "one" ("one of them") and relative ordinals score
//! near zero.

mod angles;
mod caps;
mod codes;
mod compound_durations;
mod cricket;
mod deadlines;
mod durations;
mod for_every;
mod golf;
mod group_plurals;
mod labels;
mod letter_units;
mod named_numbers;
mod noun_verbs;
pub mod numbers;
pub mod phrases;
mod quantity;
mod race;
mod return_period;
mod score;
mod scoreline;
mod time;
mod trend;
mod versions;

#[cfg(test)]
mod news_kinds10;
#[cfg(test)]
mod news_kinds11;
#[cfg(test)]
mod news_kinds12;
#[cfg(test)]
mod news_kinds14;
#[cfg(test)]
mod news_kinds16;
#[cfg(test)]
mod news_kinds19;
#[cfg(test)]
mod news_kinds21;
#[cfg(test)]
mod news_kinds6;
#[cfg(test)]
mod news_kinds7;
#[cfg(test)]
mod news_kinds7b;
#[cfg(test)]
mod news_kinds9;
#[cfg(test)]
mod reader_kinds;
#[cfg(test)]
mod reader_kinds11;

use super::Figure;
use crate::detect::lexicon;
use crate::report::{exact_decimal, Category, Trend};
use crate::text::tokens::pieces::Kind;
use crate::text::{Document, Span};
use numbers::{Form, Tokens};
use quantity::{counted_noun, quantity, Quantity};
use score::score;
use time::{date_at, names_a_time, time_comparator_before};

/// The score at or above which the extension badges a figure (the CLI reports every one).
pub const BADGE_THRESHOLD: f64 = 0.4;

/// Every figure in the document, in order.
pub fn find(doc: &Document) -> Vec<Figure> {
    let t = Tokens::of(doc);
    let addresses = web_addresses(&doc.text);
    let mut found = Vec::new();
    let mut i = 0;
    let mut floor = 0;
    while i < t.len() {
        // "?q=50%25%20off": the digits of a web address are no figures.
        let at = t.toks[i].start;
        if addresses.iter().any(|r| r.contains(&at)) {
            i += 1;
            continue;
        }
        match figure_at(&t, i, floor) {
            Some(f) => {
                i = f.last + 1;
                floor = i;
                if f.report {
                    found.push(f);
                }
            }
            None => i += 1,
        }
    }
    drop_descriptors_beside_statistics(doc, &t, &mut found);
    // "won 3-1", "a 2-0 lead": a sports scoreline is no quantity (a tally of votes is).
    found.retain(|f| !scoreline::in_a_scoreline(&t, f));
    // "a 1-in-100-year flood": a return period rates how rarely a flood comes, no amount.
    found.retain(|f| !return_period::in_a_return_period(&t, f.first, f.last));
    let firsts: Vec<usize> = found.iter().map(|f| f.first).collect();
    let lasts: Vec<usize> = found.iter().map(|f| f.last).collect();
    let mut figures: Vec<Figure> = found.into_iter().map(|f| finish(&t, f)).collect();
    inherit_compared_trend(&t, &firsts, &lasts, &mut figures);
    levels_of_an_unsigned_change(&t, &firsts, &lasts, &mut figures);
    // A copyright year or a phone number in the publisher's notice is no figure (a
    // correction's are: they put a fact right).
    figures.retain(|f| doc.boilerplate_at(f.span.start) != Some(crate::text::boilerplate::Boilerplate::Notice));
    figures
}

/// How many words may stand between "compared with" and the figure it introduces:
/// "compared with analysts' estimates of".
const COMPARED_REACH: usize = 6;

/// "Rents rose 15.3 per cent, compared with 8.1 per cent nationally", "a tax cut of $275,000,
/// compared with $2,700 for ...": a figure introduced by "compared with" is the same kind of
/// change as the last figure of its category before it, and takes that figure's trend. A
/// hedged figure keeps its hedge; a level compared with a level gets no trend, unless the
/// compared level is an earlier time's ("1,240 cases, compared with 860 a year ago"): then
/// both are the two ends of a change, up or down as their values say.
fn inherit_compared_trend(t: &Tokens, firsts: &[usize], lasts: &[usize], figures: &mut [Figure]) {
    for j in 1..figures.len() {
        if figures[j].trend.is_some() || !compared_before(t, firsts[j]) {
            continue;
        }
        let earlier = trend::earlier_time_after(t, lasts[j]);
        if figures[j].approx.is_some() && !earlier {
            continue;
        }
        let category = figures[j].category;
        let Some(k) = (0..j).rev().find(|&k| figures[k].category == category) else { continue };
        if figures[k].trend.is_none() && earlier {
            figures[k].trend = change_between(figures[j].value, figures[k].value);
        }
        figures[j].trend = figures[k].trend;
    }
}

/// How many tokens may stand between the level a change reached and its baseline: "to 98.4
/// in June from".
const LEVELS_APART: usize = 6;

/// "Confidence improved to 98.4 from 95.1", "the forecast was revised to 2.1% from 1.8%",
/// "inflation moved from 3.1% to 2.9%": a verb of change that names no direction, then the
/// level reached and its baseline (either order). The values say which way it went, and both
/// levels take that direction.
fn levels_of_an_unsigned_change(t: &Tokens, firsts: &[usize], lasts: &[usize], figures: &mut [Figure]) {
    for j in 1..figures.len() {
        let (a, b) = (j - 1, j);
        let near = firsts[b] > lasts[a] && firsts[b] - lasts[a] <= LEVELS_APART;
        let between_clear = (lasts[a] + 1..firsts[b]).all(|k| !matches!(t.lower(k), "." | ";" | "?" | "!" | "and" | "but"));
        // "moved from third to second": a rank that rises takes a smaller number.
        let ranks_or_times = matches!(figures[a].category, Category::Ordinal | Category::Year | Category::Date);
        if !near
            || !between_clear
            || ranks_or_times
            || figures[a].trend.is_some()
            || figures[b].trend.is_some()
            || figures[a].category != figures[b].category
            || firsts[a] < 2
        {
            continue;
        }
        let opening = t.lower(firsts[a] - 1);
        let second = (lasts[a] + 1..firsts[b]).rev().find(|&k| t.is_word(k)).map_or("", |k| t.lower(k));
        let trend = match (opening, second) {
            ("to", "from") if unsigned_change_verb(t, firsts[a] - 2) => change_between(figures[b].value, figures[a].value),
            ("from", "to") if unsigned_change_verb(t, firsts[a] - 2) => change_between(figures[a].value, figures[b].value),
            _ => None,
        };
        if trend.is_some() {
            figures[a].trend = trend;
            figures[b].trend = trend;
        }
    }
}

/// Whether token `k` (or the one before it, past an adverb) is a verb of change that names no
/// direction: "improved", "moved", "was revised", "changed".
fn unsigned_change_verb(t: &Tokens, k: usize) -> bool {
    let verb = |j: usize| {
        matches!(
            t.lower(j),
            "improved"
                | "improve"
                | "improves"
                | "improving"
                | "moved"
                | "moves"
                | "shifted"
                | "shifts"
                | "changed"
                | "changes"
                | "revised"
                | "adjusted"
                | "reset"
                | "recalculated"
        )
    };
    verb(k) || (k > 0 && t.lower(k).ends_with("ly") && verb(k - 1))
}

/// The change from an earlier level to a later one, if they differ.
fn change_between(earlier: Option<f64>, later: Option<f64>) -> Option<Trend> {
    match (earlier, later) {
        (Some(a), Some(b)) if b > a => Some(Trend::Up),
        (Some(a), Some(b)) if b < a => Some(Trend::Down),
        _ => None,
    }
}

/// Whether "compared with" or "compared to" opens the phrase that ends at token `first`, with
/// only words between (no number, no sentence end).
fn compared_before(t: &Tokens, first: usize) -> bool {
    let from = first.saturating_sub(COMPARED_REACH + 2);
    (from..first)
        .rev()
        .take_while(|&k| t.kind(k) != Some(Kind::Digits) && !matches!(t.lower(k), "." | ";" | "?" | "!"))
        .any(|k| t.is(k, "compared") && matches!(t.lower(k + 1), "with" | "to") && k + 1 < first)
}

/// "the first two books", "the second 3 games": an ordinal word before a count selects that
/// many, as "the last two books" does; one figure, counted, not an ordinal and a count. "The
/// first six months" is a length of time and is left to the time rules.
fn ordinal_selection(t: &Tokens, i: usize) -> Option<Found> {
    let single = t.is_word(i) && numbers::is_ordinal_word(t.lower(i)) && (i == 0 || !numbers::is_number_word(t.lower(i - 1)));
    if !single || !t.near(i + 1) || names_a_time(t, i + 1) {
        return None;
    }
    let n = numbers::parse(t, i + 1).filter(|n| matches!(n.form, Form::Integer | Form::Words) && n.value >= 2.0 && !n.word_one)?;
    if names_a_time(t, n.last + 1) || t.is(n.last + 1, "-") {
        return None;
    }
    let mut f = Found::bare(i, n.last, Category::Count);
    f.value = Some(n.value);
    if let Some((unit, end)) = counted_noun(t, n.last + 1) {
        f.unit = Some(unit);
        f.last = end;
    }
    Some(f)
}

/// The byte ranges of the web addresses in `text` ("https://…", "www.…"), each up to the next
/// space.
fn web_addresses(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(k) = ["http://", "https://", "www."].iter().filter_map(|p| text[from..].find(p)).min() {
        let start = from + k;
        let end = text[start..].find(char::is_whitespace).map_or(text.len(), |e| start + e);
        out.push(start..end);
        from = end;
    }
    out
}

/// The score of a figure whose sentence credits a named source: a little lower, since the
/// reader has somewhere to check. The source itself comes from attribution, which the
/// pipeline ([`crate::analyze`]) runs; a detector does not call another.
pub fn sourced_score(score: f64) -> f64 {
    if score > 0.05 {
        (score - 0.05).max(0.05)
    } else {
        score
    }
}

/// "the second simulator costs $16.4 million", "the previous sale", "one of Coke's largest
/// acquisitions ... for $186 million": an ordinal word or a relative ordinal that only
/// orders a noun describes it, and "one" alone is no statistic; beside a statistic in the
/// same sentence, the statistic is the claim. Alone in its sentence such a figure stays
/// ("Speak the first word", "Show me the previous one"), and so do rankings ("the second
/// largest", "ranked third") and digit ordinals. Labels ("version two", "page 5") are no
/// statistic either.
fn drop_descriptors_beside_statistics(doc: &Document, t: &Tokens, found: &mut Vec<Found>) {
    let sentence = |f: &Found| doc.sentence_at(t.toks[f.first].start);
    let is_ranking = |f: &Found| {
        let next = t.lower(f.last + 1);
        let prev = if f.first > 0 { t.lower(f.first - 1) } else { "" };
        let superlative = matches!(next, "most" | "least" | "best" | "worst") || (next.len() > 4 && next.ends_with("est") && t.near(f.last + 1));
        superlative || matches!(prev, "ranked" | "ranks" | "ranking" | "finished" | "placed" | "came")
    };
    let descriptor = |f: &Found| {
        let worded_ordinal = f.category == Category::Ordinal && t.is_word(f.first) && f.approx.is_none() && !is_ranking(f);
        // "a one-bedroom flat": "one" hyphened to the noun it counts, before the noun the
        // compound describes, is a count, not a pronoun. ("C$2,599 for a one-bedroom" names
        // the kind of flat, and stays a descriptor.)
        let compound = t.is(f.last + 1, "-") && t.joined(f.last + 1) && t.is_word(f.last + 3) && t.near(f.last + 3);
        let lone_one = f.word_one && f.category == Category::Count && f.high.is_none() && f.unit.is_none() && f.approx.is_none() && !compound;
        worded_ordinal || lone_one
    };
    let statistic = |f: &Found| !descriptor(f) && f.category != Category::Ordinal && !is_label(t, f.first);
    let with_statistic: Vec<Option<usize>> = found.iter().filter(|f| statistic(f)).map(sentence).collect();
    found.retain(|f| !(descriptor(f) && with_statistic.contains(&sentence(f))));
}

/// Whether the number at token `first` is a label: after a reference word ("page", "No.",
/// "version") or "#".
fn is_label(t: &Tokens, first: usize) -> bool {
    let before = |k: usize| if first >= k { t.lower(first - k) } else { "" };
    if labelled_directly(t, first) {
        return true;
    }
    // "junctions 4 and 5", "pages 10 to 12", "sections 3 or 4": the next label of a pair the
    // reference word opened.
    let listed = matches!(before(1), "and" | "to" | "or" | "&" | "-" | "\u{2013}");
    let label_before = first >= 2 && t.kind(first - 2) == Some(Kind::Digits) && t.raw(first - 2).len() <= 4;
    // "page 4 and 30 people": a number that counts a noun after it is a count again.
    let bare = !t.is_word(first + 1) || lexicon::function_words().contains(t.lower(first + 1));
    // "pp. 45-52", "Case No. 23-719": the pair may open with an abbreviated reference word.
    listed && label_before && bare && first >= 3 && (lexicon::reference_words().contains(t.lower(first - 3)) || labelled_directly(t, first - 2))
}

/// Whether the number at token `first` follows its reference word ("page 5", "No. 1") or "#".
fn labelled_directly(t: &Tokens, first: usize) -> bool {
    let before = |k: usize| if first >= k { t.lower(first - k) } else { "" };
    let reference = |w: &str| lexicon::reference_words().contains(w);
    // "No. 1", and "no . 1" in text tokenised word by word.
    let abbreviated = first >= 2 && reference(before(2)) && (t.joined(first - 1) || matches!(before(2), "no" | "nos" | "nr" | "nrs" | "vol" | "pp" | "fig"));
    reference(before(1)) || (before(1) == "." && abbreviated) || before(1) == "#"
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
    /// A stretch of time that frames the claim rather than stating it: a period ("over 10
    /// years"), a deadline ("within 90 days"), a frequency ("every 11 years"). Reported, as
    /// quantity benchmarks count it, but scored below the badge.
    time_frame: bool,
    /// False for numbers read only so that their tokens are not read again as figures:
    /// a year or date that only dates the sentence, "one" the pronoun, a list marker.
    report: bool,
}

impl Found {
    fn of(q: Quantity) -> Found {
        Found {
            first: q.first,
            last: q.last,
            category: q.category,
            value: q.value,
            high: q.high,
            approx: q.approx,
            unit: q.unit,
            word_one: q.word_one,
            time_frame: false,
            report: true,
        }
    }

    fn bare(first: usize, last: usize, category: Category) -> Found {
        Found { first, last, category, value: None, high: None, approx: None, unit: None, word_one: false, time_frame: false, report: true }
    }
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

/// "a man in his 50s", "in their early 20s", "in her mid-30s": an age given by its decade, a
/// range of ten years starting at token `i` (the decade's digits).
fn age_by_decade(t: &Tokens, i: usize) -> Option<Found> {
    let raw = t.raw(i);
    if t.kind(i) != Some(Kind::Digits) || raw.len() != 2 || !raw.ends_with('0') || raw == "00" || !t.is(i + 1, "s") || !t.joined(i + 1) {
        return None;
    }
    let mut p = i.checked_sub(1)?;
    if t.is(p, "-") && t.joined(i) && p > 0 {
        p -= 1;
    }
    if matches!(t.lower(p), "early" | "mid" | "late") && p > 0 {
        p -= 1;
    }
    if !matches!(t.lower(p), "his" | "her" | "their") || p == 0 || !t.is(p - 1, "in") {
        return None;
    }
    let low: f64 = raw.parse().ok()?;
    let mut f = Found::bare(i, i + 1, Category::Age);
    f.value = Some(low);
    f.high = Some(low + 10.0);
    f.unit = Some("year".to_string());
    Some(f)
}

/// "within 1.8 million km of Earth", "within 2 miles of the school": a distance after
/// "within" and before "of" bounds how near, from above. ("Within 90 days" is a time, read
/// elsewhere.)
fn within_distance(t: &Tokens, i: usize) -> bool {
    if !t.is(i, "within") || !t.near(i + 1) {
        return false;
    }
    let Some(q) = quantity(t, i + 1) else {
        return false;
    };
    q.category == Category::Measure && q.unit.is_some() && !names_a_time(t, q.last) && t.is(q.last + 1, "of")
}

/// "over-65s", "under-18s": an age group named by its bound, starting at token `i`, is an age
/// bounded as the word says.
fn age_group(t: &Tokens, i: usize) -> Option<Found> {
    let bound = match t.lower(i) {
        "over" => "more than",
        "under" => "less than",
        _ => return None,
    };
    let (hyphen, digits, plural) = (i + 1, i + 2, i + 3);
    let glued = t.is(hyphen, "-") && t.joined(hyphen) && t.joined(digits) && t.is(plural, "s") && t.joined(plural);
    let age = t.raw(digits).parse::<u32>().ok().filter(|a| (10..=99).contains(a) && t.raw(digits).len() == 2)?;
    if !glued || t.joined(plural + 1) && t.is_word(plural + 1) {
        return None;
    }
    let mut f = Found::bare(i, plural, Category::Age);
    f.value = Some(f64::from(age));
    f.unit = Some("year".to_string());
    f.approx = Some(bound.to_string());
    Some(f)
}

/// "6'3\"", "5′10″", "6-foot-2": a height in feet and inches, as feet, starting at token `i`.
fn feet_and_inches(t: &Tokens, i: usize) -> Option<Found> {
    if t.kind(i) != Some(Kind::Digits) || t.raw(i).len() > 1 {
        return None;
    }
    let prime = matches!(t.lower(i + 1), "'" | "\u{2019}" | "\u{2032}") && t.joined(i + 1);
    let hyphened_foot = t.is(i + 1, "-") && t.is(i + 2, "foot") && t.is(i + 3, "-") && (i + 1..=i + 4).all(|k| t.joined(k));
    let inches_at = if prime {
        i + 2
    } else if hyphened_foot {
        i + 4
    } else {
        return None;
    };
    // Inches are written in one or two digits: "1'000'000" groups thousands the Swiss way.
    if t.kind(inches_at) != Some(Kind::Digits) || !t.joined(inches_at) || t.raw(inches_at).len() > 2 {
        return None;
    }
    let (feet, inches): (f64, f64) = (t.raw(i).parse().ok()?, t.raw(inches_at).parse().ok()?);
    if inches >= 12.0 {
        return None;
    }
    let mut last = inches_at;
    // The inch mark is optional: "6'3" is still a height.
    if matches!(t.lower(last + 1), "\"" | "\u{201d}" | "\u{2033}") && t.joined(last + 1) {
        last += 1;
    }
    let mut f = Found::bare(i, last, Category::Measure);
    f.value = Some(feet + inches / 12.0);
    f.unit = Some("foot".to_string());
    Some(f)
}

/// The figure starting at token `i`; `floor` is the first token no earlier figure took,
/// so that a comparator read before `i` ("since") can still join the figure.
fn figure_at(t: &Tokens, i: usize, floor: usize) -> Option<Found> {
    let mut f = figure_at_inner(t, i)?;
    // A span of years ("between 2009 and 2012") bounds a period as "since 2003" does.
    let span_of_years = f.high.is_some() && matches!(t.lower(f.first), "between" | "from");
    if matches!(f.category, Category::Year | Category::Date) && f.approx.is_none() && !span_of_years {
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
    if let Some(f) = age_by_decade(t, i).or_else(|| feet_and_inches(t, i)).or_else(|| age_group(t, i)) {
        return Some(f);
    }
    // "last", "next", "penultimate", "next to last": ordinals without a value.
    if let Some((_, last)) = phrases::relative_ordinals().longest(t, i) {
        // "next to the door" is a place, "at last" an adverb.
        let not_ordinal = t.is(last + 1, "to") || (i > 0 && t.is(i - 1, "at") && t.is(i, "last"));
        if !not_ordinal {
            let mut f = Found::bare(i, last, Category::Ordinal);
            // "last year", "next Monday", "the last 11 months": a time, like "in 2001".
            let count = numbers::parse(t, last + 1).filter(|_| t.near(last + 1));
            let after = count.map_or(last + 1, |n| n.last + 1);
            // "for the last five years" states a length; "over the last 11 months" dates.
            let stretch = count.is_some() && names_a_time(t, after) && preposition_before(t, i) == "for";
            f.report = (!names_a_time(t, last + 1) && !names_a_time(t, after)) || stretch;
            // "the last two books", "the next 3 games": one selection, counted, not an
            // ordinal and a count beside it.
            if let Some(n) = count.filter(|n| f.report && matches!(n.form, Form::Integer | Form::Words) && n.value >= 2.0) {
                f.category = Category::Count;
                f.value = Some(n.value);
                f.last = n.last;
                if let Some((unit, end)) = counted_noun(t, n.last + 1) {
                    f.unit = Some(unit);
                    f.last = end;
                }
            }
            return Some(f);
        }
    }
    if let Some(f) = between_range(t, i) {
        return Some(f);
    }
    if let Some(f) = conversion_scale(t, i) {
        return Some(f);
    }
    if let Some(f) = ordinal_selection(t, i) {
        return Some(f);
    }
    if let Some(f) = point_move(t, i) {
        return Some(f);
    }

    if let Some(last) = as_much_as_one(t, i) {
        let mut f = Found::bare(i, last, Category::Count);
        f.report = false;
        return Some(f);
    }

    // A hedge or comparator, then the quantity it bounds.
    let mut hedge: Option<(String, Direction)> = None;
    let mut start = i;
    let moved_up = t.is(i, "up") && t.is(i + 1, "to") && i > 0 && trend::movement_verb(t.lower(i - 1)) && !trend::top_of_a_span(t, i);
    if let Some((p, last)) = phrases::hedges().longest(t, i).filter(|_| {
        !moved_up && !preposition_of_dispute(t, i) && !moving_toward(t, i) && !top_as_a_rank(t, i) && !particle_of_its_verb(t, i) && !things_passed(t, i)
    }) {
        let k = last + 1;
        // "below the 2 per cent target", "falling short of the 5 million it promised", "just
        // under the 40,000 economists expected": after a determiner the number is a named
        // threshold or target, exact in itself; the hedge compares something else with it.
        let bounded = quantity(t, k).filter(|_| !names_a_threshold(t, k));
        if t.near(k) && bounded.is_some() {
            // The hedge as a plain comparator where the list gives one ("no more than" is
            // reported as "at most"), so that its bound reads the same to every reader.
            let wording = p.field(1).map_or_else(|| words_of(t, i, last), String::from);
            hedge = Some((wording, direction(p.field(0))));
            start = k;
        }
    }
    // "within 100 metres of", "within 30 days": how near or how soon, bounded from above.
    if hedge.is_none() && (within_distance(t, i) || deadlines::within_a_time(t, i)) {
        hedge = Some(("at most".to_string(), Direction::Upper));
        start = i + 1;
    }
    // "caps rents at 3%", "capped at 200 people": the bound a cap sets is a most.
    if hedge.is_none() && caps::bound_set_by_a_cap(t, i) && quantity(t, i + 1).is_some() {
        hedge = Some(("at most".to_string(), Direction::Upper));
        start = i + 1;
    }
    let q = quantity(t, start)?;
    let mut f = Found::of(q.clone());
    f.first = i;
    let dropped = if hedge.is_none() {
        not_a_figure(t, &q)
    } else {
        time_of_day(t, &q).or_else(|| codes::clock_time(t, &q)).or_else(|| codes::p_value(t, i, &q)).or_else(|| labels::year_of_an_era(t, &q))
    };
    if let Some(last) = dropped {
        f.last = last;
        f.report = false;
        return Some(f);
    }
    if hedge.is_none() && apposed_age(t, &q) {
        f.category = Category::Age;
        f.unit = Some("year".to_string());
        return Some(f);
    }
    // "exactly 5", "equal to 5": an exact comparator hedges nothing.
    if let Some((text, dir)) = &hedge {
        f.approx = (*dir != Direction::Exact).then(|| text.clone());
    }
    if let Some(count) = periods_counted(t, &q) {
        f.value = Some(count);
        f.unit = Some(t.lower(q.last).to_string());
        return Some(f);
    }

    if let Some((scale, unit, category)) = parallel_scale(t, &q) {
        f.value = f.value.map(|v| v * scale);
        f.unit = unit;
        f.category = category;
    }

    // "grew from 18.5 to 20-22 billion euros": the first level of a change shares the scale
    // and unit the second writes once. A range ("rose to 5 to 6 million") takes its scale below.
    let range = dash_range(t, &q);
    // "slipped by a fifth to £80m": a share is no level and takes no scale or currency.
    let share = q.form == Form::Fraction && q.value.is_some_and(|v| v < 1.0);
    // "rose sixfold to 3 million tonnes": a multiple is how many times, no level either.
    let multiple = t.lower(q.last).ends_with("fold");
    if let Some(next) = second_level(t, &q).filter(|_| range.is_none() && !share && !multiple) {
        if let Some(s) = shared_scale(t, &q, &next).or_else(|| scale_of_a_fall(t, &q, &next)) {
            f.value = f.value.map(|v| v * s);
        }
        if f.unit.is_none() && next.unit.is_some() && next.category == Category::Money {
            f.unit = next.unit.clone();
            f.category = Category::Money;
        }
    }
    // "10-15", "3 to 5 percent", "20~100", "two to three million".
    if let Some(r) = range {
        f.last = r.last;
        f.high = r.value;
        if let Some(s) = shared_scale(t, &q, &r) {
            f.value = f.value.map(|v| v * s);
        }
        if q.unit.is_none() && r.unit.is_some() {
            f.unit = r.unit.clone();
            f.category = r.category;
        }
        // A span of years ("2020-21") stays a year: it dates the sentence like one year.
        let years = q.category == Category::Year && r.category == Category::Year && !counts_not_years(t, &q, &r);
        if matches!(f.category, Category::Count | Category::Ordinal) || (f.category == Category::Year && !years) {
            f.category = Category::Range;
        }
        if let (Some(a), Some(b)) = (f.value, f.high) {
            f.value = Some(a.min(b));
            f.high = Some(a.max(b));
        }
        // "40 to nearly 60 deaths": an about-word on the upper end hedges the range.
        if f.approx.is_none() {
            let sep = if hanging_hyphen(t, q.last + 1) { q.last + 2 } else { q.last + 1 };
            f.approx = upper_end_hedge(t, sep + 1).filter(|(last, _)| last + 1 == r.first).and_then(|(_, about)| about);
        }
        // "two or three things": two guesses either side of "or" are an approximate amount.
        if t.is(q.last + 1, "or") && f.approx.is_none() {
            f.approx = Some("about".to_string());
        }
        if let Some(last) = rate_denominator(t, &f) {
            f.last = last;
        }
        // "one to two years", "10-15 protesters": the range counts the noun after it.
        if f.unit.is_none() {
            if let Some((unit, last)) = counted_noun(t, f.last + 1) {
                if names_a_time(t, last) {
                    f.category = Category::Measure;
                }
                f.unit = Some(unit);
                f.last = last;
            }
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

    // "0.8 ± 0.3 per cent", "73.0 +/- 1.0 km": a margin of error belongs to the value it
    // follows, which takes the margin's unit; the margin is no figure of its own.
    if let Some(m) = margin_of_error(t, q.last + 1) {
        if f.unit.is_none() && m.unit.is_some() {
            f.unit = m.unit.clone();
            f.category = m.category;
        }
        f.last = m.last;
    }

    // "500 or more", "five hundred and more", "300-plus".
    // "more than 40 and less than 10": "and less" opens a second bound there, it is no hedge.
    // "£40m plus £5m in add-ons": "plus" before another amount adds it, it bounds nothing.
    let adds_amount = |last: usize| t.is(last, "plus") && t.near(last + 1) && quantity(t, last + 1).is_some();
    // "40+ languages": a plus sign is a lower bound only glued to the number and standing
    // alone after it ("5+3" adds).
    let lone_plus = |last: usize| !t.is(last, "+") || (t.joined(last) && !t.joined(last + 1));
    // "5 and up to 10": "and up" opens an upper bound there, it is no "and up" of ages.
    let up_to_more = |last: usize| t.is(last, "up") && t.is(last + 1, "to");
    let after_hedge = phrases::hedges_after()
        .longest(t, q.last + 1)
        .filter(|(_, last)| !matches!(t.lower(last + 1), "than" | "or") && !adds_amount(*last) && lone_plus(*last) && !up_to_more(*last));
    if let Some((p, last)) = after_hedge.filter(|_| t.near(q.last + 1) || t.joined(q.last + 1)) {
        if f.approx.is_none() {
            let written = || words_of(t, q.last + 1, last).trim_start_matches(['-', ' ']).to_string();
            f.approx = Some(p.field(1).map_or_else(written, String::from));
        }
        f.last = last;
    }

    if let Some(last) = rate_denominator(t, &f) {
        f.last = last;
    }
    // "30 10-kilogram sacks": a measure between a count and its noun describes the noun. The
    // count takes the noun and ends where the measure starts, which is a figure of its own.
    if f.category == Category::Count && f.unit.is_none() && matches!(q.form, Form::Integer | Form::Words | Form::Digits) {
        if let Some(m) = quantity(t, f.last + 1).filter(|m| m.unit.is_some() && t.near(f.last + 1) && t.is(m.first + 1, "-")) {
            if let Some((unit, _)) = counted_noun(t, m.last + 1) {
                f.unit = Some(unit);
            }
        }
    }
    // "nearly a third of teachers", "half of all tomatoes": a fraction of a group names it.
    if q.form == Form::Fraction && f.unit.is_none() && t.is(f.last + 1, "of") && t.near(f.last + 1) {
        let mut k = f.last + 2;
        while matches!(t.lower(k), "all" | "the" | "its" | "their" | "his" | "her" | "our" | "these" | "those") && t.near(k) {
            k += 1;
        }
        if let Some((unit, last)) = counted_noun(t, k) {
            f.unit = Some(unit);
            f.last = last;
            f.category = Category::Count;
        }
    }
    // The counted noun: "10 major cities", "hundreds of arrests".
    if f.category == Category::Count && f.unit.is_none() {
        if let Some((unit, last)) = counted_noun(t, f.last + 1) {
            // "for six years", "90 minutes of talks", "within 90 days": a stretch of time is a
            // measure. One counted from another moment ("two years ago") is a relative date and
            // not reported; one that frames the claim ("every 11 years") scores low.
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
            if duration {
                f.category = Category::Measure;
                period_over_is_no_hedge(t, &mut f);
                let bounded = time_comparator_before(t, f.first).is_some();
                if !bounded && places_in_time(t, f.first, f.last) {
                    f.report = false;
                }
                // "within 90 days" keeps framing the claim with its "at most".
                let plain = f.approx.is_none() || t.is(f.first, "within");
                f.time_frame = !bounded && plain && !states_a_length(t, f.first);
            }
        }
    }
    // "6 hours or longer", "500 people or more": a bound written after the counted noun.
    if f.approx.is_none() && f.unit.is_some() && f.last > q.last && t.near(f.last + 1) {
        let bound = phrases::hedges_after()
            .longest(t, f.last + 1)
            .filter(|(_, last)| matches!(t.lower(f.last + 1), "or" | "and") && !matches!(t.lower(last + 1), "than" | "or") && !up_to_more(*last));
        if let Some((p, last)) = bound {
            f.approx = Some(p.field(1).map_or_else(|| words_of(t, f.last + 1, last), String::from));
            f.last = last;
        }
    }
    if f.approx.is_none() && give_or_take_after(t, f.last) {
        f.approx = Some("about".to_string());
    }
    if f.approx.is_none() && estimated_measure_before(t, f.first) {
        f.approx = Some("estimated".to_string());
    }
    // "a three-under-par 68": strokes against par, the unit the compound names.
    if let Some(end) = golf::compound_end(t, f.last).filter(|_| f.category == Category::Count && f.unit.is_none()) {
        f.unit = Some(format!("strokes {} par", t.lower(f.last + 2)));
        f.last = end;
    }
    name_counted_beyond_comparative(t, &mut f);
    Some(f)
}

/// "800 more officers", "2,000 fewer police officers", "10 extra staff": the word between the
/// count and its noun says how the count compares (its trend, where any, is read from it);
/// the unit is the noun alone. Where the count stops before "more" or "additional", the noun
/// after them is still what it counts ("5 more goals than Kane").
fn name_counted_beyond_comparative(t: &Tokens, f: &mut Found) {
    const COMPARATIVES: [&str; 6] = ["more ", "fewer ", "less ", "extra ", "additional ", "new "];
    if let Some(unit) = f.unit.as_deref() {
        if let Some(rest) = COMPARATIVES.iter().find_map(|c| unit.strip_prefix(c)).filter(|r| !r.is_empty()) {
            f.unit = Some(rest.to_string());
        }
        return;
    }
    let k = f.last + 1;
    if f.category != Category::Count || !matches!(t.lower(k), "more" | "fewer" | "additional" | "extra") || !t.near(k) || !t.near(k + 1) {
        return;
    }
    // The span stays on the number: the trend rules read the comparative after it.
    if let Some((unit, _)) = counted_noun(t, k + 1).filter(|(_, last)| !names_a_time(t, *last)) {
        f.unit = Some(unit);
    }
}

/// "its weakest in five quarters", "for three quarters in a row", "in each of the last four
/// quarters": a count before "quarters" (or "halves") that names periods of a year or a game,
/// not a fraction of something. Read so where the periods are framed as time (a preposition or
/// "last"/"consecutive" before, "in a row"/"running" after) and no "of" follows to name a
/// whole: "three quarters of voters" stays 0.75.
fn periods_counted(t: &Tokens, q: &Quantity) -> Option<f64> {
    let per = match t.lower(q.last) {
        "quarters" => 4.0,
        "halves" => 2.0,
        _ => return None,
    };
    let value = q.value?;
    if q.form != Form::Fraction || q.first == q.last || t.is(q.last + 1, "of") {
        return None;
    }
    let before = if q.first > 0 { t.lower(q.first - 1) } else { "" };
    let framed_before = matches!(
        before,
        "in" | "for" | "over" | "within" | "last" | "past" | "previous" | "next" | "first" | "consecutive" | "straight" | "successive" | "recent" | "after"
    );
    let framed_after = (t.is(q.last + 1, "in") && t.is(q.last + 2, "a") && t.is(q.last + 3, "row"))
        || matches!(t.lower(q.last + 1), "running" | "straight" | "ago" | "later" | "earlier");
    let count = value * per;
    (framed_before || framed_after).then_some(count).filter(|c| c.fract() == 0.0 && *c >= 2.0)
}

/// "a quarter-point cut", "two more half-point hikes", "a half-percentage-point rise": a
/// move of a quarter or half of a percentage point written as one hyphened modifier. The
/// size is the figure (its change word after it gives the trend); a count before it
/// ("two") counts the moves and is a figure of its own.
fn point_move(t: &Tokens, i: usize) -> Option<Found> {
    let word = if matches!(t.lower(i), "a" | "an") && t.near(i + 1) { i + 1 } else { i };
    let value = match t.lower(word) {
        "quarter" => 0.25,
        "half" => 0.5,
        _ => return None,
    };
    let glued = |k: usize| t.is(k, "-") && t.joined(k) && t.joined(k + 1);
    let last = if glued(word + 1) && t.is(word + 2, "point") {
        word + 2
    } else if glued(word + 1) && t.is(word + 2, "percentage") && glued(word + 3) && t.is(word + 4, "point") {
        word + 4
    } else {
        return None;
    };
    // "three-quarter-point", "one-and-a-half-point": a longer compound is left to the rest.
    if word == i && i > 0 && t.is(i - 1, "-") && t.joined(i) {
        return None;
    }
    let mut f = Found::bare(word, last, Category::Measure);
    f.value = Some(value);
    f.unit = Some("percentage points".to_string());
    Some(f)
}

/// "rolled over 18 times": token `i` is the particle of the verb before it, no hedge. So is
/// the end of a golf score's compound: "a 6-under 66" is 6 under par and a round of 66.
fn particle_of_its_verb(t: &Tokens, i: usize) -> bool {
    let golf = i > 1 && t.is(i - 1, "-") && t.joined(i - 1) && t.joined(i) && t.kind(i - 2) == Some(Kind::Digits) && matches!(t.lower(i), "under" | "over");
    golf || (i > 0 && trend::owns_particle(t.lower(i - 1), t.lower(i)))
}

/// How many tokens may name what an estimate measures: "an estimated black-market value of".
const ESTIMATED_MEASURE: usize = 5;

/// "an estimated street value of $1.2 million", "at an estimated cost of £45m", "estimated
/// losses of $2bn": the amount of a measure the sentence calls estimated is approximate, as
/// "an estimated $2m" is.
fn estimated_measure_before(t: &Tokens, first: usize) -> bool {
    if first < 3 || !t.is(first - 1, "of") {
        return false;
    }
    let from = (first - 1).saturating_sub(ESTIMATED_MEASURE + 1);
    (from..first - 2)
        .rev()
        .take_while(|&k| (t.is_word(k) || t.is(k, "-")) && t.near(k + 1))
        .find(|&k| matches!(t.lower(k), "estimated" | "approximate"))
        .is_some_and(|k| (k + 1..first - 1).all(|j| !lexicon::function_words().contains(t.lower(j))))
}

/// How many numbers a list after a plural name may hold: "Routes 9, 17, 20 and 41".
const LISTED_NAMES: usize = 6;

/// "Routes 9 and 17", "Highways 7, 9 and 401", "Lines 2 or 4": the later numbers of a list
/// after a capitalised plural name complete the name as the first does; token `p` is the
/// "and", "or" or comma before the number.
fn listed_after_a_name(t: &Tokens, p: usize) -> bool {
    let mut k = p;
    for _ in 0..LISTED_NAMES {
        if !matches!(t.lower(k), "and" | "or" | ",") || k < 2 {
            return false;
        }
        let number = k - 1;
        if t.kind(number) != Some(Kind::Digits) || t.joined(number) {
            return false;
        }
        let name = number - 1;
        let plural_name =
            t.is_word(name) && t.raw(name).starts_with(char::is_uppercase) && t.raw(name).ends_with('s') && !lexicon::function_words().contains(t.lower(name));
        if plural_name {
            return true;
        }
        k = name;
    }
    false
}

/// "60,000 fans, give or take a few hundred", "four hours, give or take": the amount before
/// the aside is a round one; its margin, where one is named, is a figure of its own.
fn give_or_take_after(t: &Tokens, last: usize) -> bool {
    let k = if t.is(last + 1, ",") { last + 2 } else { last + 1 };
    t.is(k, "give") && t.is(k + 1, "or") && t.is(k + 2, "take")
}

/// "guilty on four of the seven counts", "won 3 of the 5 races": the whole a part is counted
/// from, at token `first` after "of the", is a figure of its own, not a pointer back.
fn whole_of_a_part(t: &Tokens, first: usize) -> bool {
    let part = |k: usize| t.kind(k) == Some(Kind::Digits) || numbers::is_number_word(t.lower(k));
    first >= 3 && t.is(first - 1, "the") && t.is(first - 2, "of") && part(first - 3)
}

/// "John Smith, 45, of Dayton", "said Priya Sharma, 34, a nurse": a whole number set off
/// by commas right after a name, before a lower-case word, is the person's age.
fn apposed_age(t: &Tokens, q: &Quantity) -> bool {
    let capital = |k: usize| t.is_word(k) && t.raw(k).chars().next().is_some_and(char::is_uppercase);
    // "A woman, 34, was injured", "the driver, 45, was unhurt": a noun for one person in
    // apposition takes an age as a name does.
    let person = |k: usize| t.is_word(k) && lexicon::apposed_age_nouns().contains(t.lower(k));
    let named = |k: usize| (capital(k) && !time::is_month(t.lower(k))) || person(k);
    let name = q.first >= 2 && t.is(q.first - 1, ",") && named(q.first - 2);
    let after = q.last + 2;
    let lower_after = t.is_word(after) && t.raw(after).chars().next().is_some_and(char::is_lowercase);
    q.form == Form::Integer
        && q.category == Category::Count
        && q.unit.is_none()
        && q.value.is_some_and(|v| (1.0..=120.0).contains(&v))
        && name
        && t.is(q.last + 1, ",")
        && lower_after
}

/// Numbers inside names and codes, and the last token they take: "ISO 9001", "the FTSE
/// 100", "Intermediate School 285", "The 411" (digits after a capitalised word in mid-sentence
/// name something), "EB-5", "F-16" (a code glued to capitals), footnote markers ("company[2]"),
/// labels ("page 5", "Round 2", "No. 2"), a number word inside a compound ("high-five").
fn name_or_code(t: &Tokens, q: &Quantity) -> Option<usize> {
    if q.unit.is_some() || q.first == 0 {
        return None;
    }
    let p = q.first - 1;
    let capital = |k: usize| t.raw(k).chars().next().is_some_and(char::is_uppercase);
    // "company[2]", "claims.[12]": a bracketed number glued to the word before is a note.
    if t.is(p, "[") && t.joined(p) && t.is(q.last + 1, "]") && q.form == Form::Integer {
        return Some(q.last + 1);
    }
    if is_label(t, q.first) {
        return Some(q.last);
    }
    // "EB-5", "F-16", "COVID-19": capitals, a hyphen and digits, all touching.
    if q.form == Form::Integer && t.is(p, "-") && t.joined(p) && t.joined(q.first) && p > 0 && t.is_word(p - 1) && (capital(p - 1) || lower_case_code(t, p - 1))
    {
        return Some(q.last);
    }
    if let Some(last) = lettered_form(t, q) {
        return Some(last);
    }
    // "high-five": a number word ending a hyphened compound.
    if q.form == Form::Words && t.is(p, "-") && t.joined(p) && t.joined(q.first) && p > 0 && t.is_word(p - 1) && !numbers::is_number_word(t.lower(p - 1)) {
        return Some(q.last);
    }
    // "Call 911", "dial 999", "text 85258": a number to call is a phone number ("called 300 patients"
    // counts the ones called).
    if q.form == Form::Integer
        && crate::text::phones::calling_word(t.lower(p)).is_some_and(|c| c.does == crate::text::phones::Calling::Dial)
        && counted_noun(t, q.last + 1).is_none()
    {
        return Some(q.last);
    }
    if let Some(last) = street_address(t, q) {
        return Some(last);
    }
    // "the iPhone 15", "the S&P 500": a word with a capital anywhere names the thing.
    let name_word = t.is_word(p) && t.raw(p).chars().any(char::is_uppercase) && t.spaced(q.first) && !time::is_month(t.lower(p));
    let mid_sentence =
        p > 0 && t.near(p) && !matches!(t.lower(p - 1), "." | "!" | "?" | ":" | ";" | "\"" | "\u{201c}" | "'" | "\u{2018}" | "(" | "-" | "\u{2014}");
    let plain_word = lexicon::function_words().contains(t.lower(p)) && !t.is(p, "the") && !versions::last_word_of_a_title(t, p, q);
    let digits = matches!(q.form, Form::Integer) && matches!(q.category, Category::Count | Category::Year);
    let qualifier = quantity::currency_before_number(t, p).is_some() || phrases::hedges().longest(t, p).is_some();
    // "passed the Senate 52-48": a tally after a name counts votes.
    let tally = t.is(q.last + 1, "-") && t.joined(q.last + 1) && t.joined(q.last + 2) && t.kind(q.last + 2) == Some(Kind::Digits);
    // "the Nasdaq 90 points": points after the digits measure a move of the name before.
    let points = matches!(t.lower(q.last + 1), "points" | "pts");
    // "Anyone 18 and over", "Children 12 and under", "Residents 75 and up": a bound written
    // after the number makes it an amount; a name's number takes none.
    let qualifier = qualifier || phrases::hedges_after().longest(t, q.last + 1).is_some_and(|(_, last)| last > q.last + 1);
    if digits && name_word && mid_sentence && !plain_word && !qualifier && !tally && !points {
        return Some(q.last);
    }
    if digits && q.first == q.last && listed_after_a_name(t, p) {
        return Some(q.last);
    }
    // "Windows 11 now runs ...": at the start of a sentence a capitalised word is no sign of
    // a name, but one that is no adverb, determiner or preposition before a bare count is.
    let sentence_start = p == 0 || matches!(t.lower(p - 1), "." | "!" | "?" | "\"" | "\u{201c}" | "(" | "\u{2014}");
    let name_at_start = sentence_start
        && name_word
        && !lexicon::function_words().contains(t.lower(p))
        && !qualifier
        && q.category == Category::Count
        && !t.raw(p).ends_with("ly")
        && !starts_a_count(t.lower(p))
        && !opening_verb_of_a_count(t, p, q);
    if digits && name_at_start {
        return Some(q.last);
    }
    None
}

/// Whether the word at token `k`, glued by a hyphen to digits after it, is the letters of a
/// code in lower-cased text: "the md-80 jets", "a mig-29", "the f-14 program". One to three
/// letters that are no function word and no prefix of a count or an age ("mid-30s",
/// "top-10", "pre-1990", "low-50s"), and not themselves the end of a hyphened compound.
fn lower_case_code(t: &Tokens, k: usize) -> bool {
    let w = t.raw(k);
    let letters = (1..=3).contains(&w.len()) && w.chars().all(|c| c.is_ascii_lowercase());
    let prefix = matches!(w, "mid" | "low" | "top" | "pre" | "non" | "sub" | "ex" | "bi" | "tri" | "co" | "re" | "un" | "ago" | "age");
    let compound = k > 0 && t.is(k - 1, "-") && t.joined(k);
    letters && !prefix && !compound && !lexicon::function_words().contains(w)
}

/// "a 10-K filing", "its 10-q report", "the 401(k) plan", "the 401 ( k ) plan": digits with one
/// letter hyphened or bracketed after them name a form or a plan; the letter's token (or the
/// closing bracket). A unit after the hyphen ("a 10-m platform") is read as a unit before this.
fn lettered_form(t: &Tokens, q: &Quantity) -> Option<usize> {
    if q.form != Form::Integer || q.first != q.last {
        return None;
    }
    let k = q.last + 1;
    let letter = |j: usize| t.is_word(j) && t.raw(j).chars().count() == 1 && t.raw(j).chars().all(|c| c.is_ascii_alphabetic());
    let hyphened = t.is(k, "-") && t.joined(k) && t.joined(k + 1) && letter(k + 1) && !(t.joined(k + 2) && (t.is_word(k + 2) || t.is(k + 2, "-")));
    if hyphened {
        return Some(k + 1);
    }
    let bracketed = t.is(k, "(") && (t.joined(k) || t.spaced(k)) && letter(k + 1) && t.is(k + 2, ")");
    bracketed.then_some(k + 2)
}

/// "Pick 3 cards.", "Hire 40 nurses", "Walk 5 to 10 km a day": a verb opening an imperative
/// or a headline before a count is no name ("Windows 11 now runs"). A range going on after
/// the number says so whatever the word before it (a name's number starts no range); a verb
/// of the list needs what a count takes after the number ("Order 66 was given" is a name):
/// a counted noun or the end of the sentence, after a word of how many more ("Send 3 more
/// trucks", "Show 10 more").
fn opening_verb_of_a_count(t: &Tokens, p: usize, q: &Quantity) -> bool {
    let range = matches!(t.lower(q.last + 1), "to" | "-" | "~" | "\u{2013}" | "or") && t.kind(q.last + 2) == Some(Kind::Digits);
    let more = matches!(t.lower(q.last + 1), "more" | "fewer" | "extra" | "additional" | "free");
    let k = q.last + 1 + usize::from(more);
    let ends = k >= t.len() || matches!(t.lower(k), "." | "!" | "?" | ";" | ",");
    range || (lexicon::opening_verbs().contains(t.lower(p)) && (ends || counted_noun(t, k).is_some()))
}

/// Words that may open a sentence before a count without naming anything: "Another 500 were
/// hurt", "Among 40 cases", "Perhaps 40 people came" (`count_openers.txt`).
fn starts_a_count(word: &str) -> bool {
    lexicon::count_openers().contains(word)
}

/// "221 Baker Street", "1600 Pennsylvania Avenue": a number before a capitalised street name
/// is a house number; the last token of the address.
fn street_address(t: &Tokens, q: &Quantity) -> Option<usize> {
    if q.form != Form::Integer || q.category == Category::Year {
        return None;
    }
    let capital = |k: usize| t.is_word(k) && t.raw(k).chars().next().is_some_and(char::is_uppercase);
    let mut k = q.last + 1;
    while k <= q.last + 3 && capital(k) && t.near(k) {
        let street = matches!(
            t.lower(k),
            "street"
                | "st"
                | "avenue"
                | "ave"
                | "road"
                | "rd"
                | "boulevard"
                | "blvd"
                | "lane"
                | "drive"
                | "place"
                | "square"
                | "terrace"
                | "parkway"
                | "highway"
        );
        if street && k > q.last + 1 {
            return Some(k);
        }
        k += 1;
    }
    None
}

/// The level a change reaches after quantity `q` when the range reading was refused there:
/// "from 18.5 to 20-22 billion" after a trend word.
fn second_level(t: &Tokens, q: &Quantity) -> Option<Quantity> {
    let k = q.last + 1;
    if !t.is(k, "to") || !t.near(k) || !t.near(k + 1) || trend::trend_before(t, q.first).is_none() {
        return None;
    }
    let next = quantity(t, k + 1)?;
    Some(dash_range(t, &next).unwrap_or(next))
}

/// The margin of error written at token `k` after a value: "± 0.3 per cent", "+/- 1.0 km",
/// "plus or minus 2 points".
fn margin_of_error(t: &Tokens, k: usize) -> Option<Quantity> {
    let sign_end = if t.is(k, "±") {
        k
    } else if (t.is(k, "+") && t.is(k + 1, "/") && t.is(k + 2, "-") && t.joined(k + 1) && t.joined(k + 2))
        || (t.is(k, "plus") && t.is(k + 1, "or") && t.is(k + 2, "minus"))
    {
        k + 2
    } else {
        return None;
    };
    let m = quantity(t, sign_end + 1).filter(|_| t.near(k) && (t.near(sign_end + 1) || t.joined(sign_end + 1)))?;
    Some(m)
}

/// The last token of a rate's denominator after a price or measure: "64.2 cents a dozen",
/// "$5 per hundred", "$57 a barrel", "€3 to €4 a kilo", "$500 a month". It belongs to the
/// figure, and is no figure of one barrel or one month.
fn rate_denominator(t: &Tokens, f: &Found) -> Option<usize> {
    let k = f.last + 1;
    if f.unit.is_none() || !matches!(t.lower(k), "a" | "an" | "per") || !t.near(k) || !t.near(k + 1) || !t.is_word(k + 1) {
        return None;
    }
    if numbers::scale_word(t.lower(k + 1)).is_some() {
        return Some(k + 1);
    }
    let priced = matches!(f.category, Category::Money | Category::Measure);
    let per_item = matches!(t.lower(k + 1), "share" | "head" | "person" | "piece" | "kilo" | "unit" | "seat" | "vote");
    if !priced {
        return None;
    }
    // "$3.9 billion a year ago", "a week earlier": the time word dates a compared level;
    // it is no period the amount is paid or earned over.
    let dates_it = matches!(t.lower(k + 2), "ago" | "earlier" | "before" | "later" | "prior" | "back" | "previously");
    if names_a_time(t, k + 1) && dates_it {
        return None;
    }
    if names_a_time(t, k + 1) || per_item {
        return Some(k + 1);
    }
    phrases::units().longest(t, k + 1).map(|(_, last)| last)
}

/// "the top 10 firms", "the top 1 percent": "top" ranks unless it is a verb after "to" or a
/// modal ("could top 90,000", "expected to top $1 billion") or after a plural subject
/// ("Cases in Texas top 500", "Deaths top 1,000"), which bounds from below.
fn top_as_a_rank(t: &Tokens, i: usize) -> bool {
    let modal = i > 0 && matches!(t.lower(i - 1), "to" | "could" | "would" | "will" | "may" | "might" | "should" | "can" | "must");
    let subject =
        i > 0 && t.is_word(i - 1) && !lexicon::function_words().contains(t.lower(i - 1)) && quantity::plural_like(t.lower(i - 1)) && !possessive(t, i - 1);
    t.is(i, "top") && !modal && !subject
}

/// Whether token `k` marks a possessor: "his", "its", "their", or the "s" of "the firm's".
fn possessive(t: &Tokens, k: usize) -> bool {
    matches!(t.lower(k), "his" | "her" | "its" | "their" | "our" | "my" | "your") || (t.is(k, "s") && k > 0 && matches!(t.lower(k - 1), "'" | "\u{2019}"))
}

/// Whether token `k`, right after a hedge, is a determiner that makes the number after it a
/// named amount: "the", "its", "their" ("below its 3% target").
fn names_a_threshold(t: &Tokens, k: usize) -> bool {
    matches!(t.lower(k), "the" | "its" | "their" | "his" | "her" | "our" | "this" | "that")
}

/// "as your child gets closer to 18", "edging nearer to 100": after a verb of motion,
/// "closer to" or "near" says where something is going, not that the amount is rough.
fn moving_toward(t: &Tokens, i: usize) -> bool {
    if i == 0 || !matches!(t.lower(i), "near" | "nearer" | "closer") {
        return false;
    }
    let w = t.lower(i - 1);
    ["get", "got", "move", "moving", "draw", "drew", "come", "came", "coming", "edg", "inch", "creep", "crept", "brought", "bring"]
        .iter()
        .any(|stem| w.starts_with(stem))
}

/// The count a vote passes is counted and no bound: "passed 12 laws", "passing 300 bills",
/// "the bill passed 52-48". Only a level passed ("passed 40,000", "passed $100", "passed 1
/// million subscribers") is a lower bound, as "topped" is.
fn things_passed(t: &Tokens, i: usize) -> bool {
    if !matches!(t.lower(i), "passed" | "passes" | "passing") {
        return false;
    }
    let Some(q) = quantity(t, i + 1) else { return false };
    let tally = matches!(t.lower(q.last + 1), "-" | "to" | "\u{2013}");
    let counted = q.category == Category::Count && q.value.is_some_and(|v| v < 1000.0) && counted_noun(t, q.last + 1).is_some();
    tally || counted
}

/// of dispute is the preposition of what it is about, no hedge.
fn preposition_of_dispute(t: &Tokens, i: usize) -> bool {
    if i == 0 || !matches!(t.lower(i), "over" | "about") {
        return false;
    }
    let w = t.lower(i - 1);
    let stem = w.trim_end_matches("ed").trim_end_matches("es").trim_end_matches('s').trim_end_matches('e');
    matches!(
        stem,
        "resign"
            | "row"
            | "protest"
            | "erupt"
            | "argu"
            | "disput"
            | "fight"
            | "clash"
            | "su"
            | "anger"
            | "concern"
            | "fear"
            | "worri"
            | "worry"
            | "quarrel"
            | "feud"
            | "spat"
            | "outrag"
            | "furor"
            | "uproar"
            | "rag"
            | "battl"
            | "split"
            | "wrangl"
            | "fum"
            | "complain"
            | "talk"
    )
}

/// Whether a stretch of time at tokens `first..=last` is a point in time counted from
/// another ("two years ago", "three weeks later", "90 days after the vote"): a relative date,
/// which like a date is no quantity. Every other stretch is an amount of time a reader can
/// check and the quantity benchmarks count: a length ("for six years"), a period in which an
/// amount accrues ("over 10 years", "in the past three years"), a deadline ("within 90
/// days"), a frequency ("every 11 years") or a span since ("the highest in 22 years").
fn places_in_time(t: &Tokens, first: usize, last: usize) -> bool {
    if matches!(t.lower(last + 1), "ago" | "later" | "earlier" | "prior" | "hence") {
        return !deep_time(t, first, last);
    }
    // "Ten years on, the town is still rebuilding", "20 years on from the attack": a time
    // counted on from an event.
    if t.is(last + 1, "on") && (t.kind(last + 2).is_none() || matches!(t.lower(last + 2), "," | "from" | "." | ";")) {
        return true;
    }
    // "dragged on for five years before the verdict" states a length; "90 days after the
    // vote" places a moment.
    !states_a_length(t, first) && matches!(t.lower(last + 1), "before" | "after")
}

/// "13.4 billion years ago", "66 million years ago", "3.5bn years ago": an age on the scale of
/// the Earth or the universe is a quantity of years a reader checks (a dating of the fossil or
/// the galaxy), not the date a news story happened on.
fn deep_time(t: &Tokens, first: usize, last: usize) -> bool {
    let scale = |k: usize| numbers::scale_word(t.lower(k)).or_else(|| numbers::scale_abbreviation(t.raw(k)).filter(|_| t.joined(k)));
    (first..=last).any(|k| scale(k).is_some_and(|s| s >= 1e6))
}

/// Whether the stretch of time starting at token `first` is the length the sentence states:
/// "for six years", "took three weeks", "lasted 90 minutes".
fn states_a_length(t: &Tokens, first: usize) -> bool {
    matches!(preposition_before(t, first), "for" | "took" | "taken" | "takes" | "lasted" | "lasts" | "spent" | "spend" | "spends")
}

/// "save $84 billion over 10 years", "rise over the next two years": "over" before a stretch
/// of time names the period, not "more than". It stays a hedge where a length or a span is
/// stated: "for over 20 years", "the first time in over a decade", "after over 30 years".
fn period_over_is_no_hedge(t: &Tokens, f: &mut Found) {
    if !t.is(f.first, "over") || f.approx.as_deref() != Some("over") {
        return;
    }
    let before = if f.first > 0 { t.lower(f.first - 1) } else { "" };
    let hedges_a_length =
        matches!(before, "for" | "in" | "of" | "after" | "took" | "taken" | "takes" | "lasted" | "lasts" | "spent" | "spend" | "spends" | "been" | "than");
    if !hedges_a_length {
        f.approx = None;
        f.first += 1;
    }
}

/// The word before token `k` that governs it, past any "the", "past", "last", "next": "for"
/// in "for the last five years".
fn preposition_before<'a>(t: &'a Tokens, k: usize) -> &'a str {
    let mut j = k;
    while j > 0 {
        j -= 1;
        let w = t.lower(j);
        if !matches!(w, "the" | "past" | "last" | "next" | "first" | "coming" | "previous" | "following" | "a" | "an") {
            return w;
        }
    }
    ""
}

/// Time nouns that, hyphened to a fraction word, name a break rather than a length of time
/// ("half-time", "half-term").
const BREAKS: [&str; 4] = ["term", "terms", "time", "times"];

/// A fraction word hyphened to a noun that is no unit and no length of time names a thing,
/// not a share of one ("half-time", "a third-party supplier", "the quarter-finals", "his
/// half-brother"); "a half-hour", "a quarter-century" and "a half-mile" stay figures. The
/// last token of the compound.
fn fraction_compound(t: &Tokens, q: &Quantity) -> Option<usize> {
    let k = q.last + 2;
    let hyphened = t.is(q.last + 1, "-") && t.joined(q.last + 1) && t.joined(k) && t.is_word(k);
    if q.form != Form::Fraction || q.unit.is_some() || !hyphened || numbers::is_number_word(t.lower(k)) {
        return None;
    }
    let length = time::names_a_time(t, k) && !BREAKS.contains(&t.lower(k));
    (!length && !matches!(t.lower(k), "point" | "points" | "percentage" | "year")).then_some(k)
}

/// Numbers that are read but are not figures, and the last token they take: "one" the
/// pronoun ("one can", "no one", "the first one"), ordinals of time ("the third quarter",
/// "the first six months"), codes ("11a", "A380") and list markers ("1 )").
fn not_a_figure(t: &Tokens, q: &Quantity) -> Option<usize> {
    let prev = if q.first > 0 { t.lower(q.first - 1) } else { "" };
    if let Some(last) = name_or_code(t, q) {
        return Some(last);
    }
    if let Some(last) = codes::identifier(t, q) {
        return Some(last);
    }
    if let Some(last) = labels::label(t, q) {
        return Some(last);
    }
    if let Some(last) = named_numbers::name_holding_a_number(t, q) {
        return Some(last);
    }
    if let Some(last) = fixed_expression(t, q) {
        return Some(last);
    }
    if let Some(last) = number_idiom(t, q) {
        return Some(last);
    }
    if let Some(last) = shot_or_period(t, q) {
        return Some(last);
    }
    // "cut in half" is a way of cutting, not a figure of one half.
    if q.form == Form::Fraction && t.is(q.first, "half") && q.first == q.last && prev == "in" {
        return Some(q.last);
    }
    // "first-half goals", "second-half sales", "a third-quarter slump": the half or quarter
    // of a game or a year named by its ordinal, as "the second half" is, no fraction.
    if q.form == Form::Fraction && q.first == q.last && matches!(t.lower(q.first), "half" | "quarter") && q.first >= 2 {
        let hyphened = t.is(q.first - 1, "-") && t.joined(q.first - 1) && t.joined(q.first);
        if hyphened && matches!(t.lower(q.first - 2), "first" | "second" | "third" | "fourth" | "final" | "last" | "opening" | "back" | "front") {
            return Some(q.last);
        }
    }
    if let Some(last) = fraction_compound(t, q) {
        return Some(last);
    }
    // "a half marathon", "at half time", "the quarter finals": a fraction word spaced before a
    // noun it names is no share, as the hyphened "half-marathon" is none.
    let fraction_word = q.form == Form::Fraction && (q.first == q.last || (q.last == q.first + 1 && matches!(t.lower(q.first), "a" | "the")));
    if fraction_word
        && matches!(t.lower(q.last), "half" | "quarter")
        && q.unit.is_none()
        && t.near(q.last + 1)
        && lexicon::fraction_name_nouns().contains(t.lower(q.last + 1))
    {
        return Some(q.last + 1);
    }
    // "the half year to September", "half-year results": a reporting period, not a half of
    // anything ("half a year" still is).
    if q.form == Form::Fraction && t.is(q.first, "half") && q.first == q.last && q.unit.is_none() {
        let k = if t.is(q.last + 1, "-") && t.joined(q.last + 1) { q.last + 2 } else { q.last + 1 };
        if t.is(k, "year") && t.near(k) {
            return Some(k);
        }
    }
    if q.word_one && q.unit.is_none() {
        let next = t.lower(q.last + 1);
        // "For one:", "get one.": "one" closing a phrase stands for a noun already named.
        let closes = t.kind(q.last + 1) == Some(Kind::Symbol) && !matches!(next, "%" | "$" | "-" | "/");
        // "in one tweet", "one Democratic source": "one" before a singular noun picks one
        // thing out, it counts nothing. "One last time", "one more" still count.
        let k = q.last + 1;
        let singular_noun = t.is(q.first, "one")
            && t.is_word(k)
            && t.near(k)
            && !lexicon::function_words().contains(next)
            && !numbers::is_number_word(next)
            && !quantity::plural_like(next)
            && !(phrases::relative_ordinals().longest(t, k).is_some() && names_a_time(t, k + 1))
            && phrases::units().longest(t, k).is_none()
            && phrases::currencies().longest(t, k).is_none()
            && phrases::hedges_after().longest(t, k).is_none();
        // "one police officer for every 1,200 people": the ratio's determiner.
        if (closes && t.is(q.first, "one") && q.first > 0 && t.is_word(q.first - 1)) || singular_noun || for_every::one_for_every(t, q.first) {
            return Some(q.last);
        }
        let after_ordinal = numbers::is_ordinal_word(prev)
            || phrases::relative_ordinals().longest(t, q.first.saturating_sub(1)).is_some_and(|(_, l)| l + 1 == q.first)
            || (matches!(prev, "st" | "nd" | "rd" | "th") && q.first >= 2 && t.kind(q.first - 2) == Some(Kind::Digits));
        let is_determiner = |w: &str| matches!(w, "no" | "any" | "every" | "each" | "which" | "that" | "this" | "the" | "someone");
        let determiner = is_determiner(prev);
        // "the right one", "a good one": a determiner and an adjective make "one" a pronoun.
        let before_prev = if q.first >= 2 { t.lower(q.first - 2) } else { "" };
        let adjective = q.first >= 1
            && t.is_word(q.first - 1)
            && !numbers::is_number_word(prev)
            && !lexicon::function_words().contains(prev)
            && (is_determiner(before_prev) || matches!(before_prev, "a" | "an"));
        if lexicon::pronoun_one_verbs().contains(next) || after_ordinal || determiner || adjective {
            return Some(q.last);
        }
    }
    // "one-time gains", "the two-door version": a spelled-out number hyphened to a word that
    // is neither a unit nor a time makes an adjective, which describes and counts nothing.
    // Digits hyphened to a noun still count it ("a 46-page report", "a 52-count complaint",
    // "a 2-to-1 vote"): news writes counts that way, and the news benchmarks count them.
    if q.form == Form::Words && q.unit.is_none() && t.is(q.last + 1, "-") && t.near(q.last + 2) && t.is_word(q.last + 2) {
        let w = t.lower(q.last + 2);
        let counts = numbers::is_number_word(w)
            || (names_a_time(t, q.last + 2) && w != "time")
            || phrases::hedges_after().longest(t, q.last + 1).is_some()
            || matches!(w, "fold" | "odd" | "point")
            || golf::score_against_par(t, q.last + 2)
            || counted_compound(t, q, w);
        if !counts {
            return Some(q.last + 2);
        }
    }
    // "the 16-bit 8088 chip", "a 747 jet", "the 486 is": digits before a singular noun, or
    // after "the" before a verb, name a model; a count of two or more would count a plural.
    if q.form == Form::Integer && q.category == Category::Count && q.unit.is_none() && q.value.is_some_and(|v| v >= 2.0) && t.near(q.last + 1) {
        let k = q.last + 1;
        let w = t.lower(k);
        let lower_case = t.raw(k).chars().next().is_some_and(char::is_lowercase);
        let singular_noun = t.is_word(k)
            && lower_case
            && w.len() > 2
            && !lexicon::function_words().contains(w)
            && !numbers::is_number_word(w)
            && !quantity::plural_like(w)
            && !names_a_time(t, k)
            // "sold 210 last year", "hired 35 next month": a time after a bare count.
            && !(phrases::relative_ordinals().longest(t, k).is_some() && names_a_time(t, k + 1))
            && !matches!(w, "point" | "percent" | "times" | "more" | "less" | "fewer" | "plus")
            // "the 60 mark", "the 100 level": a threshold named by its number.
            && !matches!(w, "mark" | "level" | "barrier" | "threshold" | "milestone" | "target")
            // "30 odd cars": a hedge after the number, not a model's name.
            && phrases::hedges_after().longest(t, k).is_none()
            && !w.ends_with("ly")
            && !predicate_of_count(w)
            && !trend::shortfall_word(w)
            // "18 fact-checkers", "11 primary-season debates": a compound may end in a plural.
            && !(t.is(k + 1, "-") && t.joined(k + 1))
            && counted_noun(t, k).is_none_or(|(_, end)| end > k && states_an_amount(t, end))
            && !head_of_livestock(t, k)
            && !hyphened_modifiers_of_plural(t, k)
            && !cricket::score_after_balls(t, q.first);
        // "an 80-19 vote", "a 5-4 decision": the second number of a tally is counted like the first.
        // "on 11-of-19 shooting": made of attempted, a tally as well.
        let shooting = q.first >= 4 && t.is(q.first - 1, "-") && t.is(q.first - 2, "of") && t.is(q.first - 3, "-") && t.kind(q.first - 4) == Some(Kind::Digits);
        let tally = (q.first >= 2 && t.is(q.first - 1, "-") && t.kind(q.first - 2) == Some(Kind::Digits)) || shooting;
        // "the boeing 767 costs $70 million": a verb in the singular right after the digits.
        let model_as_subject =
            (prev == "the" && t.raw(q.first).len() >= 3 && matches!(w, "is" | "was" | "has" | "had" | "will" | "can")) || states_an_amount(t, k);
        // "A 747 landed": "a" before digits of two or more makes them a name, not a count.
        let article_model = matches!(prev, "a" | "an") && t.is_word(k) && predicate_of_count(w);
        if (singular_noun && !tally) || model_as_subject || article_model {
            return Some(q.last);
        }
    }
    // "the two producers", "the three men": a small number spelled out after "the" points
    // back at things the story has named; it tells nothing new to check.
    // A compound ("the three-bedroom house") counts its own noun and is no pointer back.
    let compound = t.is(q.last + 1, "-") && t.joined(q.last + 1);
    let small_word = q.form == Form::Words && q.value.is_some_and(|v| (2.0..=10.0).contains(&v)) && t.is_word(q.first) && !compound;
    // "the six weeks of paid leave" is a length, not people named before.
    let stretch_of_time = names_a_time(t, q.last + 1) && t.is(q.last + 2, "of");
    if small_word && q.unit.is_none() && !stretch_of_time && matches!(prev, "the" | "these" | "those" | "both") && !whole_of_a_part(t, q.first) {
        return Some(q.last);
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
    // "in his first 100 days", "in the first 48 hours of the storm", "the first six months":
    // a count of periods after an ordinal is a length of time, the stretch counted (as the
    // quantity benchmarks and the independent review set 7 annotate it); the ordinal only
    // places it. "The first half" (no count) and "the first six months of 1986" (a part of a
    // calendar year, as a quarter is) stay times.
    if q.category == Category::Ordinal
        && q.first > 0
        && (possessive(t, q.first - 1) || t.is(q.first - 1, "the"))
        && numbers::parse(t, q.last + 1).is_some_and(|n| n.form != Form::Ordinal && names_a_time(t, n.last + 1) && !of_a_year(t, n.last + 2))
    {
        return Some(q.last);
    }
    if q.category == Category::Ordinal {
        let mut k = q.last + 1;
        // "the first six months" skips the count; "the first half" is a time itself.
        if let Some(n) = numbers::parse(t, k).filter(|n| n.form != Form::Ordinal && t.near(k) && !names_a_time(t, k)) {
            k = n.last + 1;
        }
        // "for the third time" counts occurrences; it dates nothing.
        if names_a_time(t, k) && !matches!(t.lower(k), "time" | "times") {
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
    // "the A1(M)", "the M6(T)": a road's letter glued before the digits and a letter glued
    // after them is one code, however the letter after reads alone.
    let road = q.first > 0 && t.joined(q.first) && t.is_word(q.first - 1) && t.raw(q.first - 1).chars().all(|c| c.is_ascii_uppercase());
    if road && q.category != Category::Money && q.form == Form::Integer && q.unit.is_some() && t.joined(q.first + 1) {
        return Some(q.last);
    }
    // "6.8 per 100,000 people", "5.4 deaths per 1,000 live births": the base of a rate.
    if prev == "per" && q.unit.is_none() && q.value.is_some_and(|v| (1..=9).any(|e| v == 10f64.powi(e))) {
        return Some(counted_noun(t, q.last + 1).map_or(q.last, |(_, last)| last));
    }
    // "27 737 jets", "three 777 planes": a bare number right after a count names a model.
    if q.form == Form::Integer
        && q.unit.is_none()
        && q.first == q.last
        && q.first > 0
        && t.spaced(q.first)
        && model_digits(t, q.first)
        && bare_count_before(t, q.first - 1)
    {
        return Some(q.last);
    }
    // "a fifth straight meeting", "a third term": "a" and an ordinal before a noun is an
    // ordinal ("a third of" is the fraction).
    if q.form == Form::Fraction && q.first + 1 == q.last && matches!(t.lower(q.first), "a" | "an") && numbers::is_ordinal_word(t.lower(q.last)) {
        let k = q.last + 1;
        let w = t.lower(k);
        let compared = matches!(w, "more" | "less" | "fewer" | "higher" | "lower" | "larger" | "smaller" | "bigger" | "cheaper" | "of" | "off");
        if t.is_word(k) && t.near(k) && !compared && !lexicon::function_words().contains(w) && phrases::units().longest(t, k).is_none() {
            return Some(q.last);
        }
    }
    // "1 )" marks a list item; "(35-28)", a record in brackets, ends on a tally's second number.
    let tally_end = prev == "-" && q.first >= 2 && t.kind(q.first - 2) == Some(Kind::Digits);
    if q.form == Form::Integer && t.is(q.last + 1, ")") && prev != "(" && !tally_end {
        return Some(q.last);
    }
    if let Some(last) = time_of_day(t, q) {
        return Some(last);
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

/// Words after "a six" or "a four" that make it a cricket shot (or a die's face): where it
/// went, what followed; a counted noun or a unit would come there instead.
fn after_a_shot(word: &str) -> bool {
    matches!(
        word,
        "off"
            | "over"
            | "through"
            | "into"
            | "past"
            | "down"
            | "to"
            | "and"
            | "in"
            | "on"
            | "from"
            | "as"
            | "with"
            | "before"
            | "after"
            | "that"
            | "which"
            | "when"
            | "but"
    )
}

/// "from three-point range", "a two-point conversion", "3-point shooting": a number hyphened
/// to "point" before a word of play (scoring_plays.txt) names the play, and counts nothing.
/// Gives the token "point".
fn scoring_play(t: &Tokens, q: &Quantity) -> Option<usize> {
    let point = if t.is(q.last, "point") && q.last > q.first {
        q.last
    } else if t.is(q.last + 1, "-") && t.joined(q.last + 1) && t.joined(q.last + 2) && t.is(q.last + 2, "point") {
        q.last + 2
    } else {
        return None;
    };
    let play = t.is_word(point + 1) && t.near(point + 1) && lexicon::scoring_plays().contains(t.lower(point + 1));
    play.then_some(point)
}

/// "hit a six off the last ball", "drove it for a four": a shot named by its runs counts
/// nothing. "A quarter earlier" and "over the half" are times, no fractions.
fn shot_or_period(t: &Tokens, q: &Quantity) -> Option<usize> {
    if let Some(last) = scoring_play(t, q) {
        return Some(last);
    }
    let prev = if q.first > 0 { t.lower(q.first - 1) } else { "" };
    let next = t.lower(q.last + 1);
    let ends = t.kind(q.last + 1).is_none() || (t.kind(q.last + 1) == Some(Kind::Symbol) && !matches!(next, "-" | "%" | "$" | "/"));
    let shot = q.form == Form::Words && q.first == q.last && q.unit.is_none() && prev == "a" && matches!(t.lower(q.first), "six" | "four");
    if shot && (ends || after_a_shot(next)) {
        return Some(q.last);
    }
    let quarter = q.form == Form::Fraction && t.is(q.last, "quarter") && matches!(t.lower(q.first), "a" | "one");
    if quarter && matches!(next, "earlier" | "ago" | "later") {
        return Some(q.last);
    }
    // "6% over the half", "profit for the half": "the half" of nothing named is a half-year.
    let half = q.form == Form::Fraction && q.first == q.last && t.is(q.first, "half") && prev == "the";
    (half && q.unit.is_none() && (ends || matches!(next, "to" | "and" | "ended" | "ending"))).then_some(q.last)
}

/// Whether token `k` is a verb in the singular that states an amount after it ("costs $950",
/// "carries about 300", "sells for $4 million"; amount_verbs.txt), not a plural noun.
fn states_an_amount(t: &Tokens, k: usize) -> bool {
    let amount = |j: usize| {
        t.near(j) && (numbers::parse(t, j).is_some() || quantity::currency_before_number(t, j).is_some() || phrases::hedges().longest(t, j).is_some())
    };
    let through = |j: usize| matches!(t.lower(j), "for" | "at") && amount(j + 1);
    t.is_word(k) && t.near(k) && lexicon::amount_verbs().contains(t.lower(k)) && (amount(k + 1) || through(k + 1))
}

/// How many tokens modifiers may take between a count and its plural noun.
const MODIFIER_TOKENS: usize = 8;

/// "30 new long-term care homes", "12 new high-rise towers": words and hyphened compounds from
/// token `k` that end in a plural before any function word are the modifiers of a counted noun,
/// no model name.
fn hyphened_modifiers_of_plural(t: &Tokens, k: usize) -> bool {
    let mut hyphened = false;
    for j in k..k + MODIFIER_TOKENS {
        let glued_hyphen = t.is(j, "-") && t.joined(j) && t.joined(j + 1) && t.is_word(j + 1);
        if glued_hyphen {
            hyphened = true;
            continue;
        }
        // "walk-in", "drop-off": a compound may end in a particle.
        let after_hyphen = j > k && t.is(j - 1, "-") && t.joined(j);
        if !t.is_word(j) || !(t.near(j) || t.joined(j)) || (!after_hyphen && lexicon::function_words().contains(t.lower(j))) {
            return false;
        }
        if hyphened && quantity::plural_like(t.lower(j)) && !(t.is(j + 1, "-") && t.joined(j + 1)) {
            return true;
        }
    }
    false
}

/// "600 head of cattle", "40 head of sheep": "head" after a count counts animals; it is no
/// singular noun after a model number.
fn head_of_livestock(t: &Tokens, k: usize) -> bool {
    t.is(k, "head") && t.is(k + 1, "of") && t.near(k + 1)
}

/// "a five-bedroom house", "a twelve-member jury", "a three-judge panel": a spelled-out number
/// of two or more hyphened to a plain noun counts it, as "a 5-bedroom house" does. Compounds
/// that make a kind, not a count, are left: "two-way race", "two-party system", "one-time
/// charge", "five-star hotel", "a three-horse race", "five-alarm fire", "two-sided",
/// "three-dimensional".
fn counted_compound(t: &Tokens, q: &Quantity, w: &str) -> bool {
    let kind_word = lexicon::kind_compound_words().contains(w);
    let plain_noun = w.len() >= 3 && !w.ends_with("ed") && !w.ends_with("ing") && !w.ends_with("ly") && !lexicon::function_words().contains(w);
    // "a two-thirds majority", "the four-and-a-half": fractions and chains are read elsewhere.
    let ends_here = !(t.is(q.last + 3, "-") && t.joined(q.last + 3));
    // "a one-bedroom flat", "a one-storey house": rooms and floors count even when one; other
    // "one-" compounds ("one-stop", "one-man") describe.
    let rooms = matches!(w, "bedroom" | "bed" | "room" | "bathroom" | "storey" | "story");
    q.value.is_some_and(|v| v >= 2.0 || (v == 1.0 && rooms)) && plain_noun && !kind_word && ends_here
}

/// "37 injured", "98 survived", "14 dead", "12 still missing", "300 died": in a casualty or
/// result count the number stands for people and a verb or a predicate follows it at once.
/// Such a word after bare digits says what happened to them, it names no model ("a 747 jet").
fn predicate_of_count(word: &str) -> bool {
    let participle = word.len() >= 4 && word.ends_with("ed") && !word.ends_with("eed");
    participle
        || matches!(
            word,
            "dead"
                | "alive"
                | "missing"
                | "homeless"
                | "hurt"
                | "still"
                | "remain"
                | "die"
                | "withdrew"
                | "drew"
                | "flew"
                | "sank"
                | "swam"
                | "fought"
                | "began"
                | "quit"
                | "fled"
                | "ran"
                | "won"
                | "lost"
                | "left"
                | "fell"
                | "rose"
                | "came"
                | "went"
                | "got"
                | "stood"
                | "spent"
                | "sought"
                | "took"
                | "made"
                | "gave"
                | "saw"
                | "face"
                | "await"
        )
}

/// Brands, technical terms and fixed expressions written with digits, and their last token:
/// "5G", "4K" (a network generation, a resolution), "3M" (a name: news writes a bare million
/// out), "7-Eleven", "24/7", "50/50" (two numbers slashed that make no fraction).
fn fixed_expression(t: &Tokens, q: &Quantity) -> Option<usize> {
    let first = t.raw(q.first);
    let one_digit = t.kind(q.first) == Some(Kind::Digits) && first.len() == 1;
    if one_digit && q.unit.is_none() && q.last == q.first + 1 && t.joined(q.last) && matches!(t.raw(q.last), "G" | "K" | "M") && !thousands_counted(t, q) {
        return Some(q.last);
    }
    // "a 2.8K display", "16K resolution": any number glued to "K" before a noun of screens.
    let k_glued = t.is(q.last, "k") && t.joined(q.last) && q.last > q.first;
    if k_glued && q.unit.is_none() && t.near(q.last + 1) && lexicon::resolution_nouns().contains(t.lower(q.last + 1)) {
        return Some(q.last + 1);
    }
    if q.form != Form::Integer || q.unit.is_some() || q.first != q.last {
        return None;
    }
    let k = q.last + 1;
    let glued = |sep: &str| t.is(k, sep) && t.joined(k) && t.joined(k + 1);
    let capital = t.raw(k + 1).chars().next().is_some_and(char::is_uppercase);
    if glued("-") && t.is_word(k + 1) && capital && numbers::is_number_word(t.lower(k + 1)) {
        return Some(k + 1);
    }
    let short = |raw: &str| raw.len() <= 3 && raw.bytes().all(|b| b.is_ascii_digit());
    if glued("/") && short(first) && short(t.raw(k + 1)) && !(t.joined(k + 2) && t.is(k + 2, "/")) {
        let (a, b) = (q.value?, t.raw(k + 1).parse::<f64>().ok()?);
        if a >= b {
            return Some(k + 1);
        }
    }
    None
}

/// "5K followers", "3K views", "2M subscribers": one digit glued to "K" or "M" before a plural
/// it counts is thousands or millions of it, no resolution's name ("4K TVs", "8K screens"
/// still name one) and no company's ("3M workers", `digit_letter_names.txt`).
fn thousands_counted(t: &Tokens, q: &Quantity) -> bool {
    let k = q.last + 1;
    let w = t.lower(k);
    let name = format!("{}{}", t.raw(q.first), t.lower(q.last));
    matches!(t.raw(q.last), "K" | "M")
        && !lexicon::digit_letter_names().contains(&name)
        && t.is_word(k)
        && t.near(k)
        && quantity::plural_like(w)
        && !lexicon::resolution_nouns().contains(w)
        && !lexicon::function_words().contains(w)
}

/// "absolute zero", "back to square one", "zero tolerance", "a 9-iron": a number inside an
/// idiom names a thing or a state; the idiom's last token. Only a number of one token.
fn number_idiom(t: &Tokens, q: &Quantity) -> Option<usize> {
    // "one-day internationals": a measure that opens a longer name is part of the name.
    if q.form == Form::Words {
        if let Some((_, l)) = phrases::number_idioms().longest(t, q.first).filter(|(_, l)| *l > q.last) {
            return Some(l);
        }
    }
    if !matches!(q.form, Form::Words | Form::Integer) || q.first != q.last || q.unit.is_some() {
        return None;
    }
    let from = q.first.saturating_sub(1);
    (from..=q.first).find_map(|s| phrases::number_idioms().longest(t, s).filter(|(_, l)| *l >= q.last).map(|(_, l)| l))
}

/// "0930 GMT", "1400 hours", "2130 local time": a 24-hour clock time written as four digits
/// before a time zone; the last token of the zone.
fn twenty_four_hour(t: &Tokens, q: &Quantity) -> Option<usize> {
    let raw = t.raw(q.first);
    if q.first != q.last || raw.len() != 4 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (hours, minutes) = (raw[..2].parse::<u32>().ok()?, raw[2..].parse::<u32>().ok()?);
    let k = q.last + 1;
    if hours > 23 || minutes > 59 || !t.near(k) {
        return None;
    }
    time_zone_at(t, k)
}

/// The last token of a time zone or "local time" that starts at token `k`: "GMT", "hrs".
fn time_zone_at(t: &Tokens, k: usize) -> Option<usize> {
    let zone = matches!(
        t.lower(k),
        "gmt"
            | "utc"
            | "bst"
            | "cet"
            | "cest"
            | "et"
            | "est"
            | "edt"
            | "ct"
            | "cst"
            | "cdt"
            | "pt"
            | "pst"
            | "pdt"
            | "ist"
            | "jst"
            | "hkt"
            | "sgt"
            | "aest"
            | "aedt"
            | "awst"
            | "hrs"
            | "hours"
            | "gst"
            | "msk"
            | "z"
    );
    if zone {
        return Some(k);
    }
    (t.is(k, "local") && t.is(k + 1, "time")).then_some(k + 1)
}

/// Whether token `k` is a plain whole number of 1 to 3 digits that counts what follows it:
/// "27" in "27 737 jets" (a year, "in 2019 150 people", dates the figure after it instead).
fn bare_count_before(t: &Tokens, k: usize) -> bool {
    let raw = t.raw(k);
    t.kind(k) == Some(Kind::Digits) && raw.len() <= 3 && !(k > 0 && t.joined(k) && matches!(t.lower(k - 1), "," | "." | "/" | ":" | "-" | "$"))
}

/// Whether the digits at token `k` may be a model number: no leading zero ("423 0000" is two
/// numbers of a list, not a count and a model).
fn model_digits(t: &Tokens, k: usize) -> bool {
    t.kind(k) == Some(Kind::Digits) && !t.raw(k).starts_with('0')
}

/// "6:00 a.m.", "9 p.m.", "about 9 o'clock": a time of day dates the sentence like a date
/// does, hedged or not; the last token it takes.
fn time_of_day(t: &Tokens, q: &Quantity) -> Option<usize> {
    if q.form != Form::Integer || q.unit.is_some() {
        return None;
    }
    let mut k = q.last;
    if t.is(k + 1, ":") && t.joined(k + 1) && t.joined(k + 2) && t.kind(k + 2) == Some(Kind::Digits) {
        k += 2;
    }
    // "by 0930 GMT", "at 1400 hours": four digits of a 24-hour clock before a time zone.
    if let Some(zone) = twenty_four_hour(t, q) {
        return Some(zone);
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
    (k > q.last).then_some(k)
}

/// "between 10 and 20", "from 3 to 5 percent", "between the tenth and the fifteenth".
fn between_range(t: &Tokens, i: usize) -> Option<Found> {
    let connector = match t.lower(i) {
        "between" => "and",
        "from" => "to",
        _ => return None,
    };
    let skip_the = |k: usize| if t.is(k, "the") && t.near(k + 1) { k + 1 } else { k };
    let mut a = skip_the(i + 1);
    // "between the ages of 17 and 20": a range of ages.
    let ages = t.is(a, "ages") && t.is(a + 1, "of");
    if ages {
        a += 2;
    }
    if !t.near(a) {
        return None;
    }
    let q1 = quantity(t, a)?;
    let c = q1.last + 1;
    let ok_connector = t.is(c, connector) || (connector == "to" && (t.is(c, "-") || t.is(c, "through")));
    if !ok_connector || !t.near(c) {
        return None;
    }
    let mut b = skip_the(c + 1);
    // "between 200 and roughly 300", "from $3m to about $5m": a hedge on the upper end still
    // closes the range; an about-word makes the whole range approximate.
    let upper_hedge = upper_end_hedge(t, b);
    if let Some((last, _)) = &upper_hedge {
        b = last + 1;
    }
    if !t.near(b) {
        return None;
    }
    let mut q2 = quantity(t, b)?;
    // "from 18.5 to 20-22 billion": an upper end that is itself a range reaches its top.
    if let Some(top) = dash_range(t, &q2) {
        q2 = top;
    }
    if q1.unit.is_some() && q2.unit.is_some() && q1.category != q2.category {
        return None;
    }
    let (mut v1, v2) = (q1.value?, q2.value?);
    // "rose from 3 to 5 percent", "fell from $2,415 to $2,315": a change between two levels
    // is two figures, each with the trend, not a range.
    // "rose 0.2 points, from 4.1% to 4.3%": the change before the comma counts too.
    let after_change = i > 0 && t.is(i - 1, ",") && trend::trend_before(t, a).is_some();
    // "raise the minimum wage from $7.25 to $15": a change made to an object, the same.
    let object_change = trend::object_change_from(t, i).is_some();
    if connector == "to" && (v1 > v2 || trend::trend_before(t, i).is_some() || after_change || object_change) {
        return None;
    }
    // "between two and three million": the scale written once belongs to both ends.
    if let Some(s) = shared_scale(t, &q1, &q2) {
        v1 *= s;
    }
    let mut f = Found::of(q1.clone());
    f.first = i;
    f.last = q2.last;
    f.value = Some(v1.min(v2));
    f.high = Some(v1.max(v2));
    if q1.unit.is_none() {
        f.unit = q2.unit.clone();
        f.category = q2.category;
    }
    // "between 2009 and 2012" is a span of years, which dates like a year does.
    let years = q1.category == Category::Year && q2.category == Category::Year && !counts_not_years(t, &q1, &q2);
    if matches!(f.category, Category::Count | Category::Ordinal) || (f.category == Category::Year && !years) {
        f.category = Category::Range;
    }
    f.approx = estimate_before(t, i).or_else(|| upper_hedge.and_then(|(_, about)| about));
    f.high = f.high.or(q2.high);
    if ages && f.unit.is_none() {
        f.category = Category::Age;
        f.unit = Some("year".into());
    }
    if let Some(last) = rate_denominator(t, &f) {
        f.last = last;
    }
    // "between 200 and roughly 300 people": the range counts the noun after it.
    if f.unit.is_none() && f.category == Category::Range {
        if let Some((unit, last)) = counted_noun(t, f.last + 1).filter(|(_, last)| !names_a_time(t, *last)) {
            f.unit = Some(unit);
            f.last = last;
        }
    }
    Some(f)
}

/// A hedge opening the upper end of a range at token `k` ("to about $5m", "and more than
/// 300"): its last token, and its wording when it is an about-word, which hedges the whole
/// range ("between 200 and roughly 300" is roughly 200 to 300). A bound on one end ("to more
/// than 1,500") says nothing of the other and is not carried.
fn upper_end_hedge(t: &Tokens, k: usize) -> Option<(usize, Option<String>)> {
    let (p, last) = phrases::hedges().longest(t, k).filter(|(_, last)| t.near(*last + 1) && t.near(k))?;
    let about = (direction(p.field(0)) == Direction::Approx).then(|| p.field(1).map_or_else(|| words_of(t, k, last), String::from));
    Some((last, about))
}

/// "1500-2000 people", "between 1200 and 1500 homes", "1000~2000": two numbers that read as
/// years are a range of counts when a tilde joins them (no way of writing years) or when both
/// are round hundreds and a plural noun they count follows ("between 2009 and 2012 prices
/// rose" stays a span of years: its ends are no round hundreds).
fn counts_not_years(t: &Tokens, low: &Quantity, high: &Quantity) -> bool {
    let tilde = t.is(low.last + 1, "~");
    let round = |q: &Quantity| q.value.is_some_and(|v| v % 100.0 == 0.0);
    let k = high.last + 1;
    let counted = counted_noun(t, k).is_some() && !names_a_time(t, k);
    tilde || (round(low) && round(high) && counted)
}

/// "estimated at between 1.2 and 1.5 billion", "roughly between 40 and 50": an about-word
/// ending right before the "between" of a range hedges the whole range.
fn estimate_before(t: &Tokens, i: usize) -> Option<String> {
    (i.saturating_sub(4)..i).find_map(|j| {
        let (p, last) = phrases::hedges().longest(t, j)?;
        (last + 1 == i && direction(p.field(0)) == Direction::Approx).then(|| p.field(1).map_or_else(|| words_of(t, j, last), String::from))
    })
}

/// Whether token `k` opens "of 1986", "of the year", "of this year", "of fiscal 2024": the
/// calendar year a stretch of it belongs to.
fn of_a_year(t: &Tokens, k: usize) -> bool {
    let year = |j: usize| (t.kind(j) == Some(Kind::Digits) && t.raw(j).len() == 4) || matches!(t.lower(j), "year" | "fiscal");
    t.is(k, "of") && (year(k + 1) || year(k + 2))
}

/// The scale a range writes once, after its upper end, when its lower end has none: "two to
/// three million" is 2,000,000 to 3,000,000, "$2-3bn" two to three billion.
fn shared_scale(t: &Tokens, low: &Quantity, high: &Quantity) -> Option<f64> {
    let scale_of = |q: &Quantity| (q.first..=q.last).filter_map(|k| scale_token(t, k)).reduce(f64::max);
    if scale_of(low).is_some() || low.unit.is_some() && low.category != Category::Money {
        return None;
    }
    let s = scale_of(high).or_else(|| grouped_thousands(t, low, high))?;
    let (a, b) = (low.value?, high.value?);
    // Only when the lower end read alone is below the upper end's multiplier: "2 to 3
    // million" but not "500 to 3 million".
    (a * s <= b * 1.000_001 && a < s && a > 0.0).then_some(s)
}

/// "fell from 60 to 52 million kilograms": the first level of a fall sits above the second,
/// so [`shared_scale`]'s check (low below high) fails; it shares the scale when, read with it,
/// it stands within ten times the second level ("from 500 to 3 million" shares nothing).
fn scale_of_a_fall(t: &Tokens, low: &Quantity, high: &Quantity) -> Option<f64> {
    let scale_of = |q: &Quantity| (q.first..=q.last).filter_map(|k| scale_token(t, k)).reduce(f64::max);
    if scale_of(low).is_some() || low.unit.is_some() && low.category != Category::Money {
        return None;
    }
    let s = scale_of(high)?;
    let (a, b) = (low.value?, high.value?);
    (a < s && b > 0.0 && a * s > b && a * s <= b * 10.0).then_some(s)
}

/// "costs twice as much as one at its rival", "as many as one who stayed": "one" after the
/// second "as" of a comparison is the pronoun for the thing compared, no amount bounded. ("As
/// many as one in five" is a share, and stays.) The last token of the phrase.
fn as_much_as_one(t: &Tokens, i: usize) -> Option<usize> {
    let comparison = t.is(i, "as") && matches!(t.lower(i + 1), "much" | "many" | "long" | "often" | "high" | "little") && t.is(i + 2, "as");
    if !comparison || !t.is(i + 3, "one") {
        return None;
    }
    let next = t.lower(i + 4);
    let pronoun = t.kind(i + 4).is_none()
        || matches!(next, "at" | "from" | "on" | "by" | "for" | "who" | "that" | "which" | "with" | "," | "." | "bought" | "sold" | "made" | "built");
    pronoun.then_some(i + 3)
}

/// Words that may stand between the conjunction and the bare second amount of a parallel
/// ("but only 1.5 for parks").
const PARALLEL_FILLERS: [&str; 6] = ["only", "just", "another", "a", "further", "mere"];

/// "$3 million for roads but only 1.5 for parks", "Rs 4 crore for schools and 2.5 for
/// hospitals": a bare number after a conjunction, before the same preposition that follows an
/// earlier scaled amount in the sentence, is the same kind of amount with its scale and
/// currency left out. Only the prepositions of an allocation ("for", "on", "to"): after "in"
/// the bare number may count anything ("$2 million in cash and 14 in the car"). Returns the scale, unit and category it takes. No carry between amounts
/// that are not written in parallel.
fn parallel_scale(t: &Tokens, q: &Quantity) -> Option<(f64, Option<String>, Category)> {
    let scaled = (q.first..=q.last).any(|k| scale_token(t, k).is_some());
    let digits = matches!(q.form, Form::Integer | Form::Digits) && t.kind(q.first) == Some(Kind::Digits);
    let bare = q.unit.is_none() && q.category == Category::Count && digits && !scaled && q.value.is_some_and(|v| v > 0.0 && v < 1000.0);
    let prep = t.lower(q.last + 1);
    if !bare || !matches!(prep, "for" | "on" | "to") || !t.is_word(q.last + 2) || q.first < 4 {
        return None;
    }
    let mut c = q.first - 1;
    while c > 0 && PARALLEL_FILLERS.contains(&t.lower(c)) {
        c -= 1;
    }
    if !matches!(t.lower(c), "and" | "but" | "while" | "," | "whereas") {
        return None;
    }
    // Back to the same preposition after a scale word, in the same sentence.
    let mut k = c;
    while k > 1 && !matches!(t.lower(k), "." | ";" | "?" | "!") {
        k -= 1;
        if t.is(k, prep) {
            let scale = scale_token(t, k - 1)?;
            let earlier = (k.saturating_sub(5)..k - 1).find_map(|j| quantity(t, j).filter(|e| e.last == k - 1))?;
            return earlier.value.is_some_and(|v| v >= scale).then(|| (scale, earlier.unit.clone(), earlier.category));
        }
    }
    None
}

/// "2-3,000 troops", "5-10,000": a hyphen glued between a small bare number and one whose
/// last groups are ",000" writes the thousands once, as "2-3 thousand" does; the multiplier
/// those zero groups stand for. Only glued: "rose from 2 to 3,000" may be a real change.
fn grouped_thousands(t: &Tokens, low: &Quantity, high: &Quantity) -> Option<f64> {
    let dash = low.last + 1;
    let glued = high.first == dash + 1 && matches!(t.lower(dash), "-" | "\u{2013}") && t.joined(dash) && t.joined(high.first);
    let bare = low.first == low.last && t.raw(low.first).len() <= 3 && t.raw(low.first).bytes().all(|b| b.is_ascii_digit());
    if !(glued && bare) {
        return None;
    }
    let rest = t.text.get(t.toks.get(high.first)?.start..)?;
    let digits: &str = rest.split(|c: char| !(c.is_ascii_digit() || c == ',')).next()?;
    let zero_groups = digits.trim_end_matches(',').rsplit(',').take_while(|g| *g == "000").count();
    let groups = digits.split(',').count();
    (zero_groups > 0 && zero_groups < groups).then(|| 1000f64.powi(zero_groups as i32))
}

/// The multiplier a token writes as a scale: "million", "bn", "k" (after digits).
fn scale_token(t: &Tokens, k: usize) -> Option<f64> {
    if !t.is_word(k) {
        return None;
    }
    if k > 0 && t.kind(k - 1) == Some(Kind::Digits) && (t.joined(k) || t.raw(k).len() > 1) {
        if let Some(s) = numbers::scale_abbreviation(t.raw(k)) {
            return Some(s);
        }
    }
    numbers::scale_word(t.lower(k)).filter(|&s| s >= 1000.0)
}

/// Whether a score ("6-4", "2-1"), then perhaps a comma, stands right before token `first`.
fn after_a_score(t: &Tokens, first: usize) -> bool {
    let j = if first > 0 && t.is(first - 1, ",") { first - 1 } else { first };
    let digits = |k: usize| t.kind(k) == Some(Kind::Digits) && t.raw(k).len() <= 2;
    j >= 3 && digits(j - 1) && t.is(j - 2, "-") && digits(j - 3) && t.joined(j - 1) && t.joined(j - 2)
}

/// The upper end of "10-15", "3 to 5", "20~100" after quantity `q`.
fn dash_range(t: &Tokens, q: &Quantity) -> Option<Quantity> {
    let mut k = q.last + 1;
    // "16- to 24-year-olds", "three- to five-year terms": a hyphen hung on the lower end
    // before "to" leaves the compound to the upper end.
    if hanging_hyphen(t, k) {
        k += 1;
    }
    let sep = t.lower(k);
    if !t.near(k) {
        return None;
    }
    let dash = matches!(sep, "-" | "\u{2013}" | "\u{2014}" | "~");
    // "two or three things", "5 or 6 days": two counts either side of "or" bound one guess.
    let or = sep == "or" && q.unit.is_none() && matches!(q.form, Form::Integer | Form::Words) && !q.word_one;
    if !(dash || sep == "to" || or) || !t.near(k + 1) {
        return None;
    }
    if dash {
        // Phone numbers and codes chain several hyphens: "+1-222-2222".
        if q.first > 0 && (t.joined(q.first) && matches!(t.lower(q.first - 1), "-" | "+" | "/")) {
            return None;
        }
        // "1995-01" is a month; "0.61-0.87" a range of decimals below one.
        let decimal = t.is(k + 2, ".") && t.joined(k + 2) && t.kind(k + 3) == Some(Kind::Digits) && t.joined(k + 3);
        if t.raw(k + 1).starts_with('0') && !decimal {
            return None;
        }
        // "won 6-4, 3-6, 7-5": after a score, a pair with the smaller number first is the
        // next score, not a range.
        if after_a_score(t, q.first) {
            return None;
        }
    }
    // "grew by 1.2 million to 67 million", "rose 5 to 7 percent" are changes.
    // "growth of 2.5% to 3%", "an increase of 2 to 3 percent" name the change's size, a range.
    let size_of_change = q.first > 0 && t.is(q.first - 1, "of");
    // "cut guidance to A$1.2 billion to A$1.3 billion": after the "to" of a change the range
    // is the level reached.
    let level_reached = q.first > 0 && t.is(q.first - 1, "to");
    let change = sep == "to" && ((q.first > 0 && t.is(q.first - 1, "by")) || (trend::trend_before(t, q.first).is_some() && !size_of_change && !level_reached));
    // "cut rates by 25 to 50 basis points", "rose 5 to 10%": a bare number before a unit that
    // only the second writes is one end of a range of the change's size.
    let bare_low = q.unit.is_none() && numbers::scale_word(t.lower(q.last)).is_none();
    if change && !bare_low && !range_of_a_change(t, q, k) {
        return None;
    }
    // "$500,000 to more than $1 million": a bound on the upper end still ends the range.
    let upper = match phrases::hedges().longest(t, k + 1) {
        Some((_, last)) if sep == "to" && t.near(last + 1) => last + 1,
        _ => k + 1,
    };
    let mut q2 = quantity(t, upper)?;
    if change && !(matches!(q2.category, Category::Percent) || q2.unit.as_deref().is_some_and(|u| u.contains("basis")) || close_ends(q, &q2)) {
        return None;
    }
    // "1-2-3", "3-4/5" chain numbers; "$80-85/bbl" writes a unit after the slash.
    let chained = t.is(q2.last + 1, "-") || (t.is(q2.last + 1, "/") && !t.is_word(q2.last + 2));
    if dash && chained && t.joined(q2.last + 1) {
        return None;
    }
    if or && !(q2.form == q.form && q2.value.zip(q.value).is_some_and(|(b, a)| b > a && b <= 10.0 * a)) {
        return None;
    }
    // "2020-21": a season, the second year written short.
    // "1990 - 91" in text tokenised word by word too.
    let short_after = t.joined(k + 1) || (t.spaced(k) && t.spaced(k + 1));
    if dash && q.category == Category::Year && q2.form == Form::Integer && t.raw(k + 1).len() == 2 && short_after {
        let century = (q.value? / 100.0).floor() * 100.0;
        q2.value = Some(century + q2.value?);
        q2.category = Category::Year;
    }
    // "as much as 2.4% to 5,610": a percentage then a bare number are a change and the level
    // it reaches; a range of percentages writes the sign once after both or after each.
    if q.category == Category::Percent && q2.unit.is_none() {
        return None;
    }
    // "6.2% to $1.45 billion" is a change between two different things, not a range.
    if q.unit.is_some() && q2.unit.is_some() && q.category != q2.category {
        return None;
    }
    // "rose from 2 million in 2015 to 3.5 million": a year and an amount written otherwise
    // are no ends of one range.
    let year = |x: &Quantity| x.category == Category::Year;
    if (year(q) && !year(&q2) && q2.form != Form::Integer) || (year(&q2) && !year(q) && q.form != Form::Integer) {
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

/// "could rise by 2.5C to 2.9C", "sea levels may rise by 30cm to 60cm": after "by", two
/// measures in the same unit close together either side of the "to" at token `k` are the two
/// ends of the change's size, where "rose by 10p to 150p" is a change and the level it reaches.
fn range_of_a_change(t: &Tokens, q: &Quantity, k: usize) -> bool {
    let by = q.first > 0 && t.is(q.first - 1, "by");
    let Some(q2) = quantity(t, k + 1).filter(|_| by && t.is(k, "to") && q.unit.is_some()) else { return false };
    q2.unit == q.unit && close_ends(q, &q2)
}

/// Whether the hyphen at token `k` hangs on a number before "to": "16- to 24-year-olds".
fn hanging_hyphen(t: &Tokens, k: usize) -> bool {
    t.is(k, "-") && t.joined(k) && t.is(k + 1, "to") && t.spaced(k + 1) && t.spaced(k + 2)
}

/// How far apart the ends of a range of a change's size may be: "risen by 21 to 24
/// centimetres" is one range, "rose by 12 to 1,450 points" a change and the level it reaches.
const CLOSE_ENDS: f64 = 3.0;

/// Whether a bare number and a measured one after "to" are close enough to be the two ends
/// of one range rather than a change and its level.
fn close_ends(low: &Quantity, high: &Quantity) -> bool {
    // A count after "rose by 20 to 45 people" is the level the toll reaches: only measures.
    let measured = high.unit.is_some() && matches!(high.category, Category::Measure | Category::Temperature);
    low.value.zip(high.value).is_some_and(|(a, b)| a > 0.0 && a < b && b <= CLOSE_ENDS * a) && measured
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

/// How many tokens around a scale name another temperature may stand for a conversion.
const CONVERSION_REACH: usize = 8;

/// "convert 200 celsius into fahrenheit", "fahrenheit to celsius", "is how much celsius": a
/// temperature scale named without a number, as the scale a reading is converted from or to.
/// The figure has the unit and no value (it is no claim and scores near zero). Only in a
/// conversion: after "to", "into", "in" or "much", or before "to" and another scale, with
/// another temperature in the sentence, so that "the Celsius scale" is no figure.
fn conversion_scale(t: &Tokens, i: usize) -> Option<Found> {
    let unit = scale_name(t, i)?;
    let before = if i > 0 && t.near(i) { t.lower(i - 1) } else { "" };
    let target = matches!(before, "to" | "into" | "in" | "much");
    let source = matches!(t.lower(i + 1), "to" | "into") && t.near(i + 1) && t.near(i + 2) && scale_name(t, i + 2).is_some();
    let sentence = |k: &usize| !matches!(t.lower(*k), "." | "?" | "!" | ";");
    let after = (i + 1..i + CONVERSION_REACH).take_while(sentence);
    let earlier = (i.saturating_sub(CONVERSION_REACH)..i).rev().take_while(sentence);
    let temperature = |k: usize| phrases::units().longest(t, k).is_some_and(|(p, _)| p.field(0) == Some("temperature"));
    let other = after.chain(earlier).any(temperature);
    if !(target || source) || !other {
        return None;
    }
    let mut f = Found::bare(i, i, Category::Temperature);
    f.unit = Some(unit.to_string());
    Some(f)
}

/// The unit of a temperature scale written out as one word ("celsius", "fahrenheit",
/// "kelvin", and their misspellings in the unit list); "c", "f" and "degrees" name no scale
/// on their own.
fn scale_name(t: &Tokens, i: usize) -> Option<&'static str> {
    let (p, last) = phrases::units().longest(t, i)?;
    let word = t.lower(i);
    let named = last == i && t.is_word(i) && word.chars().count() >= 5 && !word.starts_with("deg");
    (named && p.field(0) == Some("temperature")).then(|| p.field(1)).flatten()
}

/// "fell to a 50-year low of 3.4%", "a two-decade high": the span of time names the level;
/// it did not move itself.
fn span_of_a_level(t: &Tokens, f: &Found) -> bool {
    let time = f.category == Category::Measure && f.unit.as_deref().is_some_and(|u| lexicon::time_nouns().contains(u));
    time && matches!(t.lower(f.last + 1), "low" | "lows" | "high" | "highs" | "peak" | "record" | "best" | "worst")
}

/// "rose 4% over the past six months", "fell in the first 48 hours": a stretch of time after
/// its preposition says how long the change took; it did not move itself (the trend goes to
/// the amount that changed).
fn stretch_of_a_change(t: &Tokens, f: &Found) -> bool {
    let time = f.category == Category::Measure && f.unit.as_deref().is_some_and(|u| lexicon::time_nouns().contains(u));
    let framed = f.approx.is_none() && matches!(preposition_before(t, f.first), "over" | "in" | "during" | "within" | "across" | "throughout");
    // "fell 5% within three months": a deadline bounds the time the change took.
    time && (framed || t.is(f.first, "within"))
}

/// "The firm lost $2.3bn", "lost Sh1.2 billion to ghost workers": money lost is a loss, an
/// amount of its own, not a level that fell ("the Topix lost 1.8%" is a fall).
fn money_lost(t: &Tokens, f: &Found) -> bool {
    f.category == Category::Money && f.first > 0 && matches!(t.lower(f.first - 1), "lost" | "lose" | "loses" | "losing")
}

/// The figure with its byte span, trend and score; values rounded to the decimals the text
/// wrote. The source is left to the pipeline.
fn finish(t: &Tokens, f: Found) -> Figure {
    let span = Span::new(t.toks[f.first].start, t.toks[f.last].end);
    let score = score(t, &f);
    // A date or a year says when ("through Nov. 28", "since 2019"), never an amount that
    // moved: a trend near it belongs to the figure it bounds.
    let when = matches!(f.category, Category::Date | Category::Year);
    let percent = f.category == Category::Percent;
    let trend = trend::trend_of(t, f.first, f.last, percent)
        .or_else(|| trend::compared_level(t, f.last, percent).filter(|_| f.approx.is_none()))
        .filter(|_| !money_lost(t, &f) && !when && !span_of_a_level(t, &f) && !stretch_of_a_change(t, &f) && !in_a_tally(t, &f))
        .filter(|_| !caps::bound_set_by_a_cap(t, f.first));
    Figure {
        span,
        category: f.category,
        value: f.value.map(exact_decimal),
        high: f.high.map(exact_decimal),
        approx: f.approx,
        trend,
        unit: f.unit,
        source: None,
        score,
    }
}

/// "lost 2-0 to Uganda", "won 3-1", "beat them 24-12": a score or a vote tally is two counts
/// side by side; the verb tells who won, it changes neither count.
fn in_a_tally(t: &Tokens, f: &Found) -> bool {
    let short = |k: usize| t.kind(k) == Some(Kind::Digits) && t.raw(k).len() <= 3;
    let joined_dash = |k: usize| t.is(k, "-") && t.joined(k) && t.joined(k + 1);
    f.high.is_none()
        && f.first == f.last
        && short(f.first)
        && ((joined_dash(f.last + 1) && short(f.last + 2)) || (f.first >= 2 && joined_dash(f.first - 1) && short(f.first - 2)))
}

/// What every figure test asks: the figures of a text, each with the words it covers.
#[cfg(test)]
mod test_support {
    use super::find;
    use crate::detect::Figure;
    use crate::text::Document;

    pub fn figures(text: &str) -> Vec<(String, Figure)> {
        let doc = Document::from_plain_text(text);
        find(&doc).into_iter().map(|f| (doc.slice(f.span).to_string(), f)).collect()
    }

    /// The one figure of a text; fails when there are more or none.
    pub fn one(text: &str) -> (String, Figure) {
        let mut all = figures(text);
        assert_eq!(all.len(), 1, "{text}: {:?}", all.iter().map(|f| &f.0).collect::<Vec<_>>());
        all.remove(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::test_support::{figures, one};

    #[test]
    fn at_least_counts_with_counted_noun() {
        let (text, f) = one("The raids would have been conducted in at least 10 major cities, including Miami.");
        assert_eq!(text, "at least 10 major cities");
        assert_eq!((f.value, f.approx.as_deref(), f.unit.as_deref()), (Some(10.0), Some("at least"), Some("major cities")));
        assert!(f.score >= BADGE_THRESHOLD);
    }

    #[test]
    fn ranges_take_lower_bound_and_high() {
        for (text, lo, hi) in [
            ("between 10 and 20", 10.0, 20.0),
            ("10-15", 10.0, 15.0),
            ("1000-5000", 1000.0, 5000.0),
            ("from 3 to 5 percent", 3.0, 5.0),
            ("more than 10 and less than 20", 10.0, 20.0),
            ("at most 100 and at least 20", 20.0, 100.0),
        ] {
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

    /// A notice's numbers (a copyright year, a phone number, "the 10 biggest stories" of a
    /// newsletter offer) are no figures; a correction's put a fact right and are.
    #[test]
    fn notices_hold_no_figures_and_corrections_do() {
        let text = "Copyright 2025 The Associated Press.\n\nContact the desk at 555-0100 or news@example.org.\n\n\
                    Sign up for our newsletter to get the 10 biggest stories every morning.\n\n\
                    Correction: The bridge opened in 1932, not 1923, and cost $4 million.";
        let doc = Document::from_plain_text(text);
        let found: Vec<&str> = find(&doc).iter().map(|f| doc.slice(f.span)).collect();
        assert!(found.iter().all(|f| text.find(f).is_some_and(|at| at > text.find("Correction").unwrap())), "{found:?}");
        assert!(found.iter().any(|f| f.contains("$4 million")), "{found:?}");
    }

    #[test]
    fn margin_of_error_is_approximate() {
        let (_, f) = one("It has a margin of error of +/- 4 percent.");
        assert_eq!((f.value, f.approx.as_deref()), (Some(4.0), Some("+/-")));
    }

    #[test]
    fn phone_numbers_are_no_figures() {
        assert!(figures("call the hotline (800-273-8255) now").is_empty());
        assert_eq!(one("3 tablespoons butter").1.unit.as_deref(), Some("tablespoon"));
    }

    #[test]
    fn a_capitalised_grand_before_a_name_is_no_money() {
        for (text, value) in [
            ("Djokovic has won 22 Grand Slam titles.", 22.0),
            ("Hamilton has 7 Grand Prix wins in Hungary.", 7.0),
            ("The 3 Grand Canyon lodges were full.", 3.0),
        ] {
            let found = figures(text);
            assert!(found.iter().all(|(_, f)| f.category != Category::Money), "{text}: {found:?}");
            assert!(found.iter().any(|(_, f)| f.value == Some(value)), "{text}: {found:?}");
        }
        assert_eq!(one("She paid 40 grand for the car.").1.value, Some(40000.0));
        assert_eq!(one("Grand total: he owes 15 Grand.").1.value, Some(15000.0));
    }

    #[test]
    fn a_half_or_quarter_named_by_its_ordinal_is_no_fraction() {
        for text in ["He scored two first-half goals.", "Second-half sales were weak.", "a third-quarter slump", "their back-half schedule"] {
            assert!(figures(text).iter().all(|(_, f)| f.value != Some(0.5) && f.value != Some(0.25)), "{text}: {:?}", figures(text));
        }
        assert_eq!(one("He scored two first-half goals.").1.value, Some(2.0));
        // A half of something is still one.
        assert_eq!(one("Half the staff left.").1.value, Some(0.5));
    }

    #[test]
    fn ordinals_in_names_are_no_figures() {
        assert!(figures("He is the Second Amendment columnist.").is_empty());
        assert!(figures("a comparison done on Zero Hedge, which").is_empty());
        assert_eq!(figures("Second, the bill failed.").len(), 1);
    }

    #[test]
    fn double_hyphen_is_a_dash_not_a_minus() {
        assert_eq!(one("Long Island -- 44 percent").1.value, Some(44.0));
    }

    #[test]
    fn one_after_an_ordinal_is_the_pronoun() {
        assert_eq!(figures("the 3rd one").len(), 1);
        assert_eq!(figures("I like the first one.").len(), 1);
    }

    #[test]
    fn one_after_an_adjective_is_the_pronoun() {
        assert!(figures("The blue car is the right one.").is_empty());
        assert!(figures("It was a good one").is_empty());
        assert_eq!(figures("They sold two cars.").len(), 1);
    }

    #[test]
    fn one_as_pronoun_or_determiner_counts_nothing() {
        for text in [
            "For one: how was she able to do it?",
            "He is one of the president's closest aides.",
            "In one tweet, Trump said it was rigged.",
            "His message is one that elevates hate.",
            "At one point she left the room.",
            "They might actually get one.",
        ] {
            assert!(figures(text).is_empty(), "{text}: {:?}", figures(text).iter().map(|f| &f.0).collect::<Vec<_>>());
        }
        assert_eq!(one("Let's try one last time.").1.value, Some(1.0));
        assert_eq!(one("at least one person").1.value, Some(1.0));
    }

    #[test]
    fn names_and_codes_are_no_figures() {
        for text in [
            "Samsung showed the Galaxy S24 on Monday.",
            "The plant is certified to ISO 9001 standards.",
            "Shares in the FTSE 100 index slipped.",
            "Dubai lost its bid for Expo 2030 in the end.",
            "She teaches at Intermediate School 285 in Brooklyn.",
            "Blige sang on the show The 411 last night.",
            "The program, called EB-5, drew investors.",
            "They acted under Article 21 of the charter.",
            "Everybody knew what to expect in Round 2.",
            "Federal mine No. 2 would soon have to close.",
            "as shown on page 12 of the report",
            "They took time to high-five passersby.",
            "The S&P 500 gained ground.",
            "Apple said the iPhone 15 would ship soon.",
            "Fans flew in for the Euro 2024 final.",
            "Police were called to 221 Baker Street at about 9 p.m.",
            "She moved to 14 Rue Cler Place last spring.",
            "Call 911 if you see smoke.",
            "Neighbours dialled 999 at once.",
            "The meeting opens around 10:30 a.m. on Friday.",
        ] {
            assert!(figures(text).is_empty(), "{text}: {:?}", figures(text).iter().map(|f| &f.0).collect::<Vec<_>>());
        }
        // A capital at the start of a sentence is no name: "In 2015" dates, "Trump 46" is rare.
        assert_eq!(one("Nearly 10% of the population is Polish American.").1.value, Some(10.0));
    }

    #[test]
    fn footnote_markers_are_no_figures() {
        let found = figures("Part of a larger group, Infosys is a US$4.1 billion company[2] with more than 52,300 employees across 46 countries.");
        let spans: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(spans, ["US$4.1 billion", "more than 52,300 employees", "46 countries"]);
        let (_, money) = &found[0];
        assert_eq!((money.category, money.value, money.unit.as_deref()), (Category::Money, Some(4_100_000_000.0), Some("US dollar")));
        assert_eq!(found[1].1.approx.as_deref(), Some("more than"));
        assert_eq!(found[2].1.value, Some(46.0));
    }

    #[test]
    fn a_price_per_unit_is_one_figure() {
        let (text, f) = one("Coal sold for just above $40 a ton.");
        assert_eq!((text.as_str(), f.value, f.approx.as_deref()), ("just above $40 a ton", Some(40.0), Some("just above")));
        let (text, f) = one("Prices ran from €3 to €4 a kilo.");
        assert_eq!((text.as_str(), f.value, f.high), ("from €3 to €4 a kilo", Some(3.0), Some(4.0)));
        assert_eq!(one("They need to find $500 a month.").0, "$500 a month");
    }

    #[test]
    fn a_number_word_in_a_hyphened_adjective_is_no_figure() {
        assert!(figures("gains from one-time sales").is_empty());
        assert!(figures("the two - door version").is_empty());
        assert_eq!(one("a six-mile trip").1.unit.as_deref(), Some("mile"));
        assert_eq!(one("a two-fold rise").1.value, Some(2.0));
        assert_eq!(one("a ten-point lead").1.value, Some(10.0));
    }

    #[test]
    fn the_two_of_a_story_are_no_figure() {
        assert!(figures("The two men spoke for an hour.").is_empty());
        assert!(figures("a suit against Sony and the two producers").is_empty());
        assert_eq!(one("Two men spoke.").1.value, Some(2.0));
        assert_eq!(one("the 20 most expensive restaurants").1.value, Some(20.0));
    }

    fn spans_and_values(text: &str) -> Vec<(String, Option<f64>)> {
        figures(text).into_iter().map(|(s, f)| (s, f.value)).collect()
    }

    #[test]
    fn a_decimal_comma_is_one_number_not_fragments() {
        for (text, want) in [
            ("le chômage a baissé de 0,3 point à 7,3 %", vec![("0,3", 0.3), ("7,3 %", 7.3)]),
            ("Die Inflation lag bei 2,25 Prozent.", vec![("2,25", 2.25)]),
            ("El PIB creció un 1,8 por ciento en 2023.", vec![("1,8", 1.8)]),
            ("Il costo è di 12,5 euro.", vec![("12,5 euro", 12.5)]),
        ] {
            let found = spans_and_values(text);
            for (span, v) in want {
                assert!(found.iter().any(|(s, got)| s.starts_with(span) && *got == Some(v)), "{text}: {found:?}");
            }
            assert!(!found.iter().any(|(s, _)| s == "3" || s == "25" || s == "5" || s == "8"), "{text}: {found:?}");
        }
    }

    #[test]
    fn a_dot_before_three_digits_groups_thousands_in_european_text() {
        for (text, v) in [
            ("Über 50.000 Menschen demonstrierten.", 50000.0),
            ("Mehr als 3.500 Menschen sind gekommen.", 3500.0),
            ("Nous avons 1.500 employés dans la région.", 1500.0),
            ("Het bedrijf heeft 12.000 werknemers.", 12000.0),
        ] {
            let found = spans_and_values(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].1, Some(v), "{text}: {found:?}");
        }
    }

    #[test]
    fn english_separators_and_lists_keep_their_reading() {
        for (text, want) in [
            ("A total of 1,234 people came.", vec![1234.0]),
            ("Growth was 3.5 percent.", vec![3.5]),
            ("The bonds pay 3.125 percent.", vec![3.125]),
            ("It raised $1.125 billion.", vec![1.125e9]),
            ("Victims aged 47, 28 and 35 were named.", vec![47.0, 28.0, 35.0]),
            ("Scores of 10, 12 and 14 points were recorded.", vec![10.0, 12.0, 14.0]),
        ] {
            let got: Vec<f64> = spans_and_values(text).into_iter().filter_map(|f| f.1).collect();
            assert_eq!(got, want, "{text}: {:?}", spans_and_values(text));
        }
        // A list written without spaces is no decimal comma.
        for text in ["See pages 1,2 and 3 of the report.", "Options 4,5 or 6 remain open."] {
            assert!(spans_and_values(text).iter().all(|f| f.1.is_some_and(|v| v.fract() == 0.0)), "{text}: {:?}", spans_and_values(text));
        }
    }

    #[test]
    fn an_ordinal_beside_a_statistic_is_no_figure() {
        assert_eq!(one("the price of the second simulator is c $ 16.4 million .").0, "$ 16.4 million");
        assert_eq!(figures("imports , the second largest monthly total , were up 5 %").len(), 2);
        assert_eq!(one("Speak the first word.").0, "first");
    }

    #[test]
    fn a_relative_ordinal_or_one_beside_a_statistic_is_no_figure() {
        assert_eq!(one("the previous pact was valued at about $ 98 a share .").0, "about $ 98 a share");
        assert_eq!(one("it was one of its largest deals since it bought Odwalla for $186 million.").0, "$186 million");
        assert_eq!(one("Show me the previous one.").0, "previous one");
        // "version two" is a label, no figure.
        assert_eq!(one("releasing version two and a previous version").0, "previous");
    }

    #[test]
    fn model_numbers_are_no_figures() {
        assert!(figures("IBM picked the 16-bit 8088 chip for its computer").iter().all(|f| f.0 != "8088"));
        assert!(figures("The 486 is the descendant of a long series").is_empty());
        assert!(figures("funding from the EB-5 program").is_empty());
        assert_eq!(one("18 fact-checkers").1.value, Some(18.0));
        assert_eq!(figures("in the Senate's 80-19 vote").len(), 2);
    }

    #[test]
    fn a_rate_per_dozen_is_one_price() {
        let (text, f) = one("egg prices averaged 64.2 cents a dozen .");
        assert_eq!((text.as_str(), f.value), ("64.2 cents a dozen", Some(64.2)));
    }

    #[test]
    fn plus_before_another_amount_adds_it() {
        let found = figures("The club paid £30m plus £4m in bonuses, and 300 plus 20 extra seats.");
        let texts: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert!(found.iter().all(|f| f.1.approx.is_none()), "{texts:?}");
        assert!(texts.contains(&"£30m") && texts.contains(&"£4m"), "{texts:?}");
        // Without an amount after it, "plus" still bounds the figure from below.
        assert_eq!(one("The 400-plus delegates voted.").1.approx.as_deref(), Some("plus"));
    }

    #[test]
    fn a_dash_range_with_a_unit_after_a_slash() {
        for (text, low, high) in [("Brent may average $80-85/bbl.", 80.0, 85.0), ("Rates of 5-6/km are charged.", 5.0, 6.0)] {
            let (_, f) = one(text);
            assert_eq!((f.value, f.high), (Some(low), Some(high)), "{text}");
        }
        // A slash before digits still chains a code or a date.
        assert!(figures("Call 3-4/5 today.").iter().all(|f| f.1.high.is_none()));
    }

    #[test]
    fn dollars_with_letters_keep_their_letters() {
        for (text, words, unit) in [
            ("Exports earned J$48 billion last year.", "J$48 billion", "Jamaican dollar"),
            ("The grant was TT$2.5 million.", "TT$2.5 million", "Trinidad and Tobago dollar"),
            ("Chip sales hit T$1.2 trillion.", "T$1.2 trillion", "New Taiwan dollar"),
            ("Aid reached WS$20 million.", "WS$20 million", "WS$ dollar"),
        ] {
            let (found, f) = one(text);
            assert_eq!((found.as_str(), f.unit.as_deref()), (words, Some(unit)), "{text}");
        }
        assert_eq!(one("It cost $40 million.").1.unit.as_deref(), Some("dollar"));
    }

    #[test]
    fn one_capital_letter_glued_to_an_amount_is_a_currency() {
        for (text, value, unit) in [
            ("The mayor owes R2.7bn to the utility.", 2.7e9, "South African rand"),
            ("Bread now costs N1,450 a loaf.", 1450.0, "Nigerian naira"),
            ("Rice sells for P52.50 in Manila.", 52.5, "Philippine peso"),
            ("Fuel costs K28.75 a litre in Lusaka.", 28.75, "Zambian kwacha"),
        ] {
            let (_, f) = one(text);
            assert_eq!((f.value, f.unit.as_deref()), (Some(value), Some(unit)), "{text}");
        }
        // A letter before a plain integer names a thing: masks, droids, dogs.
        for text in ["Nurses wore N95 masks.", "The P5 nations met.", "The K9 unit searched 12 cars."] {
            assert!(figures(text).iter().all(|f| f.1.category != Category::Money), "{text}: {:?}", figures(text));
        }
    }

    #[test]
    fn plus_after_a_number_is_a_lower_bound() {
        let (text, f) = one("among the 300-plus victims");
        assert_eq!((text.as_str(), f.approx.as_deref(), f.unit.as_deref()), ("300-plus victims", Some("plus"), Some("victims")));
    }

    #[test]
    fn opposite_bounds_in_the_wrong_order_stay_apart() {
        assert_eq!(figures("More than 40 and less than 10 are two ranges").len(), 3);
        let spans: Vec<String> = figures("More than 40 and less than 10 are two ranges").into_iter().map(|f| f.0).collect();
        assert_eq!(spans[..2], ["More than 40", "less than 10"]);
    }

    #[test]
    fn hedges_become_approx() {
        for (text, approx) in [
            ("about 40 people", "about"),
            ("nearly 3,000 homes", "nearly"),
            ("up to 700", "up to"),
            ("as many as 12 boats", "as many as"),
            ("roughly $5 million", "roughly"),
            ("500 or more", "or more"),
            ("dozens of protesters", "dozens of"),
            ("tens of thousands of people", "tens of thousands of"),
        ] {
            let (_, f) = one(text);
            assert_eq!(f.approx.as_deref(), Some(approx), "{text}");
        }
        let (_, f) = one("tens of thousands of people");
        assert_eq!(f.value, Some(10000.0));
    }

    #[test]
    fn an_ordinal_before_time_counts_occurrences() {
        let (text, f) = one("The club has won the cup for the fourth time.");
        assert_eq!((text.as_str(), f.category, f.value), ("fourth", Category::Ordinal, Some(4.0)));
        // Beside a statistic the ordinal only describes, and the statistic is the claim.
        assert_eq!(one("Rates rose to 5% for the first time.").0, "5%");
    }

    #[test]
    fn an_ordinal_before_a_count_selects_that_many() {
        let (text, f) = one("Police charged the first three suspects on Monday.");
        assert_eq!((text.as_str(), f.category, f.value), ("first three suspects", Category::Count, Some(3.0)));
        assert_eq!(one("She won the first 2 sets easily.").1.value, Some(2.0));
        // A count of periods is a length of time, the ordinal only places it.
        assert_eq!(one("Sales fell in the first six months.").1.value, Some(6.0));
    }

    #[test]
    fn a_hyphen_between_two_percents_splits_them() {
        let found = figures("The measure passed 54%-46% in the county.");
        assert_eq!(found.iter().map(|f| f.1.value).collect::<Vec<_>>(), vec![Some(54.0), Some(46.0)]);
        assert_eq!(one("Turnout fell to -3% growth").1.value, Some(-3.0));
    }

    #[test]
    fn digits_of_web_addresses_are_no_figures() {
        assert!(figures("Read it at https://example.org/report?page=3&share=45%25 today.").is_empty());
        assert_eq!(one("See www.stats.gov/2024/table12.html: 40% of homes were empty.").0, "40%");
    }

    #[test]
    fn numbers_inside_idioms_are_no_figures() {
        assert!(figures("Rescuers searched ground zero through the night.").is_empty());
        assert!(figures("The league is back to square one.").is_empty());
        assert_eq!(one("She hit a 7-iron to within 12 feet of the pin.").0, "within 12 feet");
        assert_eq!(one("He found the green with a 3 - wood from 250 yards.").0, "250 yards");
        assert_eq!(one("Helium boils just above absolute zero, at 4.2 kelvin.").0, "4.2 kelvin");
        assert_eq!(one("The school has zero tolerance for bullying after 14 complaints.").0, "14 complaints");
        // "zero" counting something is still a figure.
        assert_eq!(one("The clinic reported zero cases.").1.value, Some(0.0));
    }

    #[test]
    fn a_plus_sign_glued_after_a_number_is_a_lower_bound() {
        let (text, f) = one("The festival drew 12,000+ visitors.");
        assert_eq!((text.as_str(), f.value, f.approx.as_deref()), ("12,000+ visitors", Some(12000.0), Some("or more")));
        let (text, f) = one("the list has 1500+");
        assert_eq!((text.as_str(), f.category, f.value), ("1500+", Category::Count, Some(1500.0)));
        assert_eq!(figures("2+2 is 4").len(), 3);
    }

    #[test]
    fn pronoun_one_and_list_markers_are_no_figures() {
        assert!(figures("One is required to pay.").is_empty());
        assert!(figures("no one came").is_empty());
        assert!(figures("it 1 ) explains").is_empty());
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
    fn a_relative_ordinal_and_its_count_are_one_selection() {
        let (text, f) = one("I want the last two books.");
        assert_eq!((text.as_str(), f.category, f.value, f.unit.as_deref()), ("last two books", Category::Count, Some(2.0), Some("books")));
        assert_eq!(one("I want next 3 books.").0, "next 3 books");
        // Before a noun of time it is a period: the count alone is the quantity.
        assert_eq!(one("over the last 11 months").0, "11 months");
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
            "1",
            "23",
            "4.5",
            ",",
            ".",
            "-",
            "\u{2212}",
            "/",
            "%",
            "$",
            "\u{20ac}",
            "\u{bd}",
            "\u{e9}",
            "\u{1F600}",
            " ",
            "  ",
            "\n",
            "\n\n",
            "a",
            "and",
            "half",
            "hundred",
            "million",
            "thousands",
            "of",
            "to",
            "between",
            "since",
            "one",
            "m",
            "k",
            "st",
            "minus",
            "point",
            "the",
            "more than",
            "degrees",
            "years old",
            "(",
            ")",
            "~",
            "^",
            "e",
            "x10",
            "May",
            "'",
            "s",
            "over",
            "in",
            "out",
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

    /// The work `find` does on `text`, counted by [`numbers::count_work`].
    fn work(text: &str) -> u64 {
        let doc = Document::from_plain_text(text);
        numbers::take_work();
        let _ = find(&doc);
        numbers::take_work()
    }

    #[test]
    fn work_grows_linearly_on_long_runs_of_numbers_and_signs() {
        // Runs that once cost time quadratic in their length: number words, signs, digit
        // groups that end in a group too long to be one number, numbers in one sentence
        // (each asked the whole document for its credit). Doubling the run may at most
        // about double the work; a quadratic scan would quadruple it.
        for (piece, tail) in [
            ("one ", ""),
            ("minus ", ""),
            ("twenty-one ", ""),
            ("thousands of ", ""),
            ("one hundred and ", ""),
            ("between 1 and ", ""),
            ("- 1 ", ""),
            (",000", "0"),
            (" , 000", "0"),
            (".000", "0"),
            ("1. ", ""),
        ] {
            let run = |n: usize| format!("1{}{tail}", piece.repeat(n));
            let (small, big) = (work(&run(500)), work(&run(1000)));
            assert!(big * 2 <= small * 5, "{piece:?}: work {small} for 500, {big} for 1000");
        }
    }

    #[test]
    fn a_long_run_of_number_words_is_read_word_by_word() {
        let found = figures(&"one ".repeat(300));
        assert_eq!(found.len(), 300);
        assert!(found.iter().all(|(text, f)| text == "one" && f.value == Some(1.0)));
        assert!(figures(&"minus ".repeat(300)).is_empty());
    }

    #[test]
    fn figures_do_not_cross_paragraphs() {
        let text = "They counted 10\n\nmiles of road and thousands\n\nof people.";
        for (span_text, _) in figures(text) {
            assert!(!span_text.contains("\n\n"), "{span_text:?}");
        }
    }

    /// A figure as the tests read it: its text, value and upper bound.
    type Read = (String, Option<f64>, Option<f64>);

    /// The figures of a text as (text, value, high).
    fn read_all(text: &str) -> Vec<Read> {
        figures(text).into_iter().map(|(s, f)| (s, f.value, f.high)).collect()
    }

    #[test]
    fn a_broadcast_line_keeps_its_money_and_percent_only() {
        let text =
            "BRIGGS: 4:57 now, and a check on the markets. Direct purchases totalled $18.6 billion in the first half of the year, down more than 35 percent.";
        let found = figures(text);
        let spans: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        // No clock time, no 0.5 from "the first half".
        assert_eq!(spans, ["$18.6 billion", "more than 35 percent"], "{text}");
        assert_eq!((found[0].1.category, found[0].1.value), (Category::Money, Some(18_600_000_000.0)));
        let pct = &found[1].1;
        assert_eq!(
            (pct.category, pct.value, pct.approx.as_deref(), pct.trend),
            (Category::Percent, Some(35.0), Some("more than"), Some(crate::report::Trend::Down))
        );
        assert!(figures("The meeting starts at 10:30 and ends at 4:57.").is_empty());
    }

    #[test]
    fn a_scale_or_unit_written_once_belongs_to_both_ends() {
        for (text, lo, hi) in [
            ("two to three million visitors", 2e6, 3e6),
            ("between 1.5 and 2 billion dollars", 1.5e9, 2e9),
            ("$2-3bn in fines", 2e9, 3e9),
            ("500 to 3 million", 500.0, 3e6),
            ("40-55 km/h", 40.0, 55.0),
            ("some 4-6,000 families fled", 4000.0, 6000.0),
            ("a bill of 1-2,000,000 dollars", 1e6, 2e6),
            ("between 150-2,000 people", 150.0, 2000.0),
        ] {
            let all = read_all(text);
            assert_eq!(all.len(), 1, "{text}: {all:?}");
            assert_eq!((all[0].1, all[0].2), (Some(lo), Some(hi)), "{text}");
        }
        assert_eq!(one("40-55 km/h").1.unit.as_deref(), Some("kilometer per hour"));
        let (text, f) = one("Revenue is forecast from 18.5 to 20\u{2013}22 billion euros.");
        assert_eq!((text.as_str(), f.value, f.high), ("from 18.5 to 20\u{2013}22 billion euros", Some(18.5e9), Some(22e9)));
        let change = read_all("Revenue is forecast to grow from 18.5 to 20\u{2013}22 billion euros.");
        assert_eq!(change.iter().map(|f| (f.1, f.2)).collect::<Vec<_>>(), [(Some(18.5e9), None), (Some(20e9), Some(22e9))]);
    }

    #[test]
    fn spans_of_years_are_years() {
        for text in ["He worked there between 2009 and 2012.", "She was a partner from 2002 to 2010."] {
            let (_, f) = one(text);
            assert_eq!(f.category, Category::Year, "{text}");
        }
        assert!(figures("The 2020-21 season was short.").is_empty());
        assert!(figures("the 1998 - 99 campaign ended early").is_empty());
    }

    #[test]
    fn units_and_currencies_come_from_their_tables() {
        for (text, category, unit, v) in [
            ("a 3 nm process", Category::Measure, "nanometer", 3.0),
            ("ozone at 80 ppm", Category::Measure, "part per million", 80.0),
            ("runs at 3.2 GHz", Category::Measure, "gigahertz", 3.2),
            ("1,200 sq ft of space", Category::Measure, "square foot", 1200.0),
            ("reached 2.5 A/cm\u{b2} in tests", Category::Measure, "ampere per square centimeter", 2.5),
            ("does 45 mpg on the highway", Category::Measure, "mile per gallon", 45.0),
            ("cut by 25 basis points", Category::Measure, "basis point", 25.0),
            ("climbed 1.2 per cent", Category::Percent, "percent", 1.2),
            ("spent \u{a5}300 billion", Category::Money, "yen", 3e11),
            ("costs S$45,000 a year", Category::Money, "Singapore dollar", 45000.0),
            ("a US$4.1 billion company", Category::Money, "US dollar", 4.1e9),
        ] {
            let (_, f) = one(text);
            assert_eq!((f.category, f.unit.as_deref(), f.value), (category, Some(unit), Some(v)), "{text}");
        }
    }

    #[test]
    fn scale_suffixes_and_signs() {
        for (text, v) in
            [("7 bn people", 7e9), ("earned 3mil", 3e6), ("raised 5MM", 5e6), ("2.5k views", 2500.0), ("GDP shrank -0.8% in May", -0.8), ("fell 10M.", 1e7)]
        {
            let (_, f) = one(text);
            assert_eq!(f.value, Some(v), "{text}");
        }
    }

    #[test]
    fn a_minus_before_a_currency_is_a_loss() {
        let (text, f) = one("Net income was -$4.2 million.");
        assert_eq!((text.as_str(), f.value, f.category), ("-$4.2 million", Some(-4.2e6), Category::Money));
        assert_eq!(one("The loss was \u{2212}\u{20ac}30 million.").1.value, Some(-3e7));
        // A hyphen joined to the figure before it is a dash of a range or a code.
        assert_eq!(one("Tickets cost $5-$10.").1.high, Some(10.0));
    }

    #[test]
    fn currency_codes_glued_or_spaced_before_the_number() {
        for (text, v, unit) in [
            ("A coffee costs RM12 here.", 12.0, "Malaysian ringgit"),
            ("A bag costs KSh 200.", 200.0, "Kenyan shilling"),
            ("The bank paid CA$2.1 million.", 2.1e6, "Canadian dollar"),
            ("The bill was NT$3,500.", 3500.0, "New Taiwan dollar"),
            ("The flat sold for S$45,000.", 45000.0, "Singapore dollar"),
            ("Unga costs Sh180 a packet.", 180.0, "Kenyan shilling"),
            ("The levy raised TSh 900 million.", 9e8, "Tanzanian shilling"),
            ("Fuel is GH\u{a2}14.90 a litre.", 14.9, "Ghanaian cedi"),
            ("The plant cost Rp 3.2 trillion.", 3.2e12, "Indonesian rupiah"),
            ("The villa sold for Dh8 million.", 8e6, "UAE dirham"),
            ("The canal earned E\u{a3}300 million.", 3e8, "Egyptian pound"),
            ("The stadium cost QR2.4 billion.", 2.4e9, "Qatari riyal"),
            ("Rice costs Tk 60 a kilo.", 60.0, "Bangladeshi taka"),
            ("The deal is worth 2.5 billion U.S. dollars.", 2.5e9, "US dollar"),
        ] {
            let (_, f) = one(text);
            assert_eq!((f.value, f.unit.as_deref(), f.category), (Some(v), Some(unit), Category::Money), "{text}");
        }
        // A currency's name in title case before a number names a thing; "50p" is pence.
        assert!(figures("the Euro 2024 final").is_empty());
        assert_eq!(one("It costs 50p.").1.category, Category::Money);
    }

    #[test]
    fn verbs_of_comparison_bound_the_amount_they_pass() {
        for (text, v, hedge) in [
            // Reported as the plain comparator, so that every reader takes the bound alike.
            ("Bitcoin topped $70,000 on Monday.", 7e4, "more than"),
            ("Attendance surpassed 1.2 million.", 1.2e6, "more than"),
            ("Claims exceeded 40,000 last week.", 4e4, "exceeded"),
            ("Turnout fell short of 50% again.", 50.0, "less than"),
        ] {
            let (_, f) = one(text);
            assert_eq!((f.value, f.approx.as_deref()), (Some(v), Some(hedge)), "{text}");
        }
        // Money lost is a loss, not a fall; a share lost is a fall.
        assert_eq!(one("The club lost $40 million last season.").1.trend, None);
        assert_eq!(one("The rand lost 2.1% on Friday.").1.trend, Some(crate::report::Trend::Down));
        // "the" names an amount already known, compared with, not bounded.
        assert_eq!(one("The haul surpasses the $2 million raised in 2020.").1.approx, None);
    }

    #[test]
    fn a_decimal_comma_before_a_scale_word() {
        assert_eq!(one("The loan was \u{20ac}1,5 million.").1.value, Some(1.5e6));
        assert_eq!(one("The rebate is worth 1,25 billion euros.").1.value, Some(1.25e9));
        assert_eq!(one("The budget is 3,5 milliard.").1.value, Some(3.5e9));
        // Three digits after the comma group thousands; a list of numbers stays a list.
        assert_eq!(one("It cost 1,500 million.").1.value, Some(1.5e9));
        assert!(figures("Exercises 22,24,26 are due.").iter().all(|f| f.1.value.is_some_and(|v| v.fract() == 0.0)));
    }

    #[test]
    fn grand_is_a_thousand_dollars_after_a_number_only() {
        assert_eq!(one("He owes 4 grand.").1.value, Some(4000.0));
        assert!(figures("A grand jury met.").is_empty());
    }

    #[test]
    fn a_year_and_an_amount_are_no_range() {
        let found = figures("Visitors rose from 2 million in 2015 to 3.5 million in 2019.");
        let values: Vec<(Option<f64>, Option<f64>)> = found.iter().map(|f| (f.1.value, f.1.high)).collect();
        assert_eq!(values, [(Some(2e6), None), (Some(3.5e6), None)], "{:?}", found.iter().map(|f| &f.0).collect::<Vec<_>>());
        assert_eq!(one("Between 2,000 and 3,000 people came.").1.high, Some(3000.0));
    }

    #[test]
    fn vague_plurals_are_orders_of_magnitude() {
        for (text, lo, hi) in [
            ("thousands of people", 1e3, 1e4),
            ("tens of thousands of people", 1e4, 1e5),
            ("hundreds of thousands of people", 1e5, 1e6),
            ("dozens of papers", 12.0, 120.0),
            ("hundreds of arrests", 100.0, 1000.0),
            ("millions of tons", 1e6, 1e7),
            ("hundreds of billions of dollars", 1e11, 1e12),
        ] {
            let (_, f) = one(text);
            assert_eq!((f.value, f.high), (Some(lo), Some(hi)), "{text}");
            assert!(f.approx.is_some(), "{text}");
        }
    }

    #[test]
    fn a_measure_between_a_count_and_its_noun_leaves_the_noun_counted() {
        // The count takes the noun; the measure is a figure of its own.
        let found = test_support::figures("They delivered 30 10-kilogram sacks of rice.");
        let (text, f) = &found[0];
        assert_eq!((text.as_str(), f.value, f.unit.as_deref()), ("30", Some(30.0), Some("sacks")));
        assert_eq!(found.get(1).and_then(|m| m.1.value), Some(10.0));
        assert_eq!(test_support::figures("She bought 12 two-litre bottles.")[0].1.unit.as_deref(), Some("bottles"));
    }

    #[test]
    fn a_fraction_of_a_group_names_the_group() {
        let (_, f) = one("Nearly a third of teachers quit.");
        assert_eq!((f.approx.as_deref(), f.unit.as_deref()), (Some("nearly"), Some("teachers")));
        assert_eq!(one("half of all tomatoes come from Mexico").1.unit.as_deref(), Some("tomatoes"));
        assert!(figures("Funding was cut in half.").is_empty());
        assert!(figures("Profit rose in the half year to June.").is_empty());
        assert!(figures("The bank posted half-year results.").is_empty());
        assert_eq!(figures("The work took half a year.").len(), 1);
    }

    #[test]
    fn a_fraction_hyphened_to_a_noun_names_a_thing() {
        for text in [
            "Chelsea led at half-time.",
            "Pupils return after half-term.",
            "Her half-brother testified on Friday.",
            "The firm hired a third-party auditor.",
            "Spain reached the quarter-finals again.",
            "It was a half-hearted apology.",
        ] {
            assert!(figures(text).is_empty(), "{text}: {:?}", figures(text));
        }
        // A length or a unit after the hyphen keeps the figure.
        for text in ["The talks lasted a half-hour.", "She served a quarter-century on the bench.", "He ran a half-mile.", "Rates rose a quarter-point."] {
            assert_eq!(figures(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn small_counts_either_side_of_or_are_one_range() {
        let (_, f) = one("He got it wrong on two or three things.");
        assert_eq!((f.value, f.high), (Some(2.0), Some(3.0)));
        assert_eq!(figures("Is it 5 or 60?").len(), 2);
    }

    #[test]
    fn bounds_read_the_same_to_every_reader() {
        // Comparators are reported in plain words, so their bound is never misread.
        for (text, approx) in [
            ("no more than $500", Some("at most")),
            ("in excess of 300 people", Some("more than")),
            ("40 degrees or higher", Some("or more")),
            ("exactly 12 people", None),
            ("more than 6 others", Some("more than")),
            ("up to 700 people", Some("up to")),
        ] {
            let (_, f) = one(text);
            assert_eq!(f.approx.as_deref(), approx, "{text}");
        }
    }

    #[test]
    fn no_panic_on_odd_text() {
        for text in ["", "-", "$", "½½", "1/", "between", "from 3 to", "\u{1F600} 3 \u{1F600}%", "3 - - 4", "a an and", "point five"] {
            let _ = figures(text);
        }
    }
}

/// The kinds of issue 9's third session, each with cases of our own beside the one seen.
#[cfg(test)]
mod news_kinds {
    use super::test_support::figures;
    use super::BADGE_THRESHOLD;
    use crate::report::{Category, Trend};

    /// (value, high) of the figures a news reader counts: no years, dates or ordinals.
    fn values(text: &str) -> Vec<(f64, Option<f64>)> {
        figures(text)
            .into_iter()
            .filter(|(_, f)| !matches!(f.category, Category::Year | Category::Date | Category::Ordinal))
            .filter_map(|(_, f)| f.value.map(|v| (v, f.high)))
            .collect()
    }

    /// Values equal to the tenth decimal place: the report's values are exact decimals.
    fn close(got: &[f64], want: &[f64]) -> bool {
        got.len() == want.len() && got.iter().zip(want).all(|(a, b)| (a - b).abs() < 1e-9)
    }

    fn singles(text: &str) -> Vec<f64> {
        values(text).into_iter().map(|v| v.0).collect()
    }

    fn trend_of(text: &str, value: f64) -> Option<Trend> {
        let found = figures(text);
        found.iter().find(|(_, f)| f.value.is_some_and(|v| (v - value).abs() < 1e-9)).unwrap_or_else(|| panic!("{text}: no {value} in {found:?}")).1.trend
    }

    #[test]
    fn a_stretch_after_a_superlative_says_how_long_since() {
        // The span since is a quantity of time, below the badge; the statistic keeps its own.
        for (text, years) in [
            ("The yen weakened past 150 for the first time in 32 years.", 32.0),
            ("It was the bank's first rate cut in four years.", 4.0),
            ("Inflation hit its highest level in 10 years.", 10.0),
            ("Shares posted their biggest drop in two decades.", 2.0),
            ("The lake is at its lowest in 20 years.", 20.0),
        ] {
            let found = figures(text);
            let since = found.iter().find(|(_, f)| f.value == Some(years)).unwrap_or_else(|| panic!("{text}: {found:?}"));
            assert!(since.1.approx.is_none() && since.1.trend.is_none() && since.1.score < BADGE_THRESHOLD, "{text}: {since:?}");
            assert!(singles(text).iter().all(|v| *v == 150.0 || *v == years), "{text}: {:?}", values(text));
        }
        // A stretch that states a length keeps its figure.
        assert_eq!(singles("The bridge was built in three years."), vec![3.0]);
        assert_eq!(singles("Mumbai recorded 231 mm of rain in 24 hours."), vec![231.0, 24.0]);
    }

    #[test]
    fn a_24_hour_clock_time_is_no_figure() {
        for (text, clock) in [
            ("Oil fell 1.1% by 0930 GMT.", 930.0),
            ("Trading resumed at 1400 hours.", 1400.0),
            ("Gold rose 0.3% at 2130 local time.", 2130.0),
            ("The index was up 0.2% at 0815 ET.", 815.0),
        ] {
            assert!(!singles(text).contains(&clock), "{text}: {:?}", values(text));
        }
        // Four digits before a plural are a count; "2500 GMT" is no time.
        assert_eq!(singles("Police counted 3400 protesters."), vec![3400.0]);
    }

    #[test]
    fn a_name_with_a_number_at_the_start_of_a_sentence() {
        for text in ["Windows 11 now runs on 500 million devices.", "Chapter 11 protects the firm from 3 creditors.", "Apollo 11 carried 3 astronauts."] {
            assert!(!singles(text).contains(&11.0), "{text}: {:?}", values(text));
        }
        // Adverbs, determiners and prepositions open counts.
        for (text, want) in [
            ("Another 500 were hurt.", 500.0),
            ("Only 5 countries spend that much.", 5.0),
            ("Among 40 cases, three were fatal.", 40.0),
            ("The 30-second spot ran twice.", 30.0),
        ] {
            assert!(singles(text).contains(&want), "{text}: {:?}", values(text));
        }
    }

    #[test]
    fn an_adverb_opening_a_sentence_before_a_count_is_no_name() {
        for (text, want) in [
            ("Perhaps 40 people came.", 40.0),
            ("Maybe 3 of them will stay.", 3.0),
            ("Approx 200 attended the vigil.", 200.0),
            ("Possibly 12 died in the blast.", 12.0),
            ("Like 50 people showed up.", 50.0),
        ] {
            assert!(singles(text).contains(&want), "{text}: {:?}", values(text));
        }
        assert!(singles("Wait 5 minutes.").contains(&5.0), "{:?}", values("Wait 5 minutes."));
    }

    #[test]
    fn an_opening_verb_before_a_count_is_no_name() {
        // The imperative of a request or a headline's verb, then what it takes.
        for (text, want) in [
            ("Pick 3 cards.", 3.0),
            ("Buy 12 eggs on the way home.", 12.0),
            ("Hire 40 nurses, the board told the hospital.", 40.0),
            ("Expect 20 guests tonight.", 20.0),
            ("Print 250 copies.", 250.0),
            ("Need 6 volunteers!", 6.0),
            ("Choose 2.", 2.0),
            ("Send 3 more trucks.", 3.0),
            ("Show 10 more", 10.0),
            ("Get 2 free drinks with every meal.", 2.0),
        ] {
            assert!(singles(text).contains(&want), "{text}: {:?}", values(text));
        }
        // A range after the number is a count whatever the word that opens the sentence.
        for (text, span, lo, hi) in [
            ("Expect 20 to 25 guests.", "20 to 25 guests", 20.0, 25.0),
            ("Walk 5 to 10 km a day.", "5 to 10 km a day", 5.0, 10.0),
            ("Allow 3-4 weeks for delivery.", "3-4 weeks", 3.0, 4.0),
            ("Budget 40 to 60 minutes.", "40 to 60 minutes", 40.0, 60.0),
        ] {
            let (got, f) = super::test_support::one(text);
            assert_eq!((got.as_str(), f.value, f.high), (span, Some(lo), Some(hi)), "{text}");
        }
        // The same words before a number that names something keep it a name.
        for text in ["Order 66 was given in the film.", "Find 7 is the studio's new game."] {
            assert!(!singles(text).iter().any(|v| *v == 66.0 || *v == 7.0), "{text}: {:?}", values(text));
        }
    }

    #[test]
    fn a_number_after_a_count_names_a_model() {
        assert_eq!(singles("Boeing delivered 27 737 jets in March."), vec![27.0]);
        assert_eq!(singles("The airline ordered 12 320 aircraft."), vec![12.0]);
        // A round group, a unit or no word after: one number with a space between thousands.
        assert_eq!(singles("40 000 is the same as 40 000"), vec![40000.0, 40000.0]);
        assert_eq!(singles("It weighs 12 345 kg."), vec![12345.0]);
        assert_eq!(singles("The city has 1 234 567 people."), vec![1234567.0]);
        assert_eq!(singles("It grew to 27\u{202f}737 jobs."), vec![27737.0]);
        // "423 0000": a leading zero is no model.
        assert_eq!(singles("423 0000 will be read as such."), vec![423.0, 0.0]);
    }

    #[test]
    fn a_verb_stating_an_amount_shows_digits_name_a_model() {
        // A singular noun and a verb in the singular after the digits ("chip costs" is no
        // plural noun), or the verb right after them, in lower-cased text too.
        assert_eq!(singles("the 286 processor sells for $ 400 ."), vec![400.0]);
        assert_eq!(singles("The Airbus 380 costs about $450 million."), vec![450_000_000.0]);
        assert_eq!(singles("the boeing 757 carries 200 passengers ."), vec![200.0]);
        assert_eq!(singles("the pixel 7 weighs 197 grams ."), vec![197.0]);
        // The same words as plural nouns still count: no amount follows them.
        assert_eq!(singles("Crews fought 12 brush fires on Sunday."), vec![12.0]);
        assert_eq!(singles("The agency approved 25 drug uses last year."), vec![25.0]);
    }

    #[test]
    fn lower_case_letters_hyphened_to_digits_are_a_code() {
        assert_eq!(singles("the su-27 jet cost $ 30 million ."), vec![30_000_000.0]);
        assert_eq!(singles("the f-15 program costs $ 9 billion ."), vec![9_000_000_000.0]);
        assert!(!singles("the airline flew 14 dc-9 planes .").contains(&9.0));
        // A function word or a prefix before the hyphen is no code.
        assert_eq!(singles("By a 3-to-1 vote, the board agreed."), vec![3.0, 1.0]);
    }

    #[test]
    fn digits_with_a_letter_name_a_form_or_a_plan() {
        assert_eq!(singles("Its 10-Q report showed $12 million in losses."), vec![12_000_000.0]);
        assert_eq!(singles("She moved $5,000 into a 403(b) account."), vec![5000.0]);
        assert_eq!(singles("the 457 ( b ) plan holds $ 2 million ."), vec![2_000_000.0]);
        // Labels named by a reference word: games of a series, floors, ballot measures.
        assert_eq!(singles("In Game 6 he scored 41 points."), vec![41.0]);
        assert!(singles("The clinic is on floor 4 of the tower.").is_empty());
        assert_eq!(singles("Voters passed proposition 22 by 58 percent."), vec![58.0]);
    }

    #[test]
    fn numbers_read_as_years_that_count_a_noun_are_a_range() {
        let range = |text: &str| figures(text).into_iter().map(|(_, f)| (f.category, f.value, f.high)).collect::<Vec<_>>();
        assert_eq!(range("Officials expect 1200-1600 visitors a day."), vec![(Category::Range, Some(1200.0), Some(1600.0))]);
        assert_eq!(range("Between 1300 and 1700 homes lost power."), vec![(Category::Range, Some(1300.0), Some(1700.0))]);
        // A tilde writes no years.
        assert_eq!(range("The budget is 1100~1900"), vec![(Category::Range, Some(1100.0), Some(1900.0))]);
        // Spans of years stay years: ends that are no round hundreds, or a time after them.
        assert!(range("Between 2010 and 2015 emissions fell.").iter().all(|f| f.0 == Category::Year));
        assert!(range("From 1800 to 1900 years passed.").iter().all(|f| f.0 == Category::Year));
    }

    #[test]
    fn a_code_with_a_scale_letter_multiplies() {
        // "M" before an ISO code is millions, "k" thousands, as in financial statements.
        assert_eq!(singles("They booked a 12.5 MEUR impairment."), vec![12_500_000.0]);
        assert_eq!(singles("Sales reached MCHF 40 last year."), vec![40_000_000.0]);
        assert_eq!(singles("The grant was 350 kEUR in total."), vec![350_000.0]);
        assert_eq!(singles("Fees came to KUSD 75 in the quarter."), vec![75_000.0]);
    }

    #[test]
    fn a_price_is_quoted_per_unit_not_for_one() {
        for text in ["The price of a gallon of gas rose.", "Petrol was hiked by 80 paise a litre.", "Rice costs 40 rupees per a kilo."] {
            assert!(!singles(text).contains(&1.0), "{text}: {:?}", values(text));
        }
        assert_eq!(singles("Petrol was hiked by 80 paise a litre."), vec![80.0]);
        // "a mile" alone is one mile.
        assert_eq!(singles("They walked a mile to the station."), vec![1.0]);
    }

    #[test]
    fn a_or_an_with_an_ordinal_before_a_noun_is_an_ordinal() {
        for text in ["Rates were held for a fifth straight meeting.", "She won a third term.", "He was arrested for a second time."] {
            assert!(values(text).is_empty(), "{text}: {:?}", values(text));
        }
        assert!(close(&singles("Sales fell by a third."), &[1.0 / 3.0]));
        assert_eq!(singles("A fifth of voters are undecided."), vec![0.2]);
    }

    #[test]
    fn a_date_or_year_bounding_a_change_has_no_trend() {
        for text in [
            "Burglaries numbered 64 through March 3, down 12% on last year.",
            "Applications rose 7% in the year to June 30.",
            "Overdose deaths have fallen since 2021, down 14%.",
        ] {
            for (words, f) in figures(text) {
                if matches!(f.category, Category::Date | Category::Year) {
                    assert_eq!(f.trend, None, "{text}: {words}");
                }
            }
        }
    }

    #[test]
    fn a_restated_change_shares_the_trend() {
        let text = "Brent fell 87 cents, or 1.1%, to $78.20 a barrel.";
        for v in [87.0, 1.1, 78.2] {
            assert_eq!(trend_of(text, v), Some(Trend::Down), "{v}");
        }
        let text = "The Sensex tanked 1,064 points, or 1.3%, to end at 80,684.";
        for v in [1064.0, 1.3, 80684.0] {
            assert_eq!(trend_of(text, v), Some(Trend::Down), "{v}");
        }
        assert_eq!(trend_of("Revenue rose by about $2 billion, or 8%, in the year.", 8.0), Some(Trend::Up));
        // No change before the comma: none after it either.
        assert_eq!(trend_of("The fund holds 5,000 shares, or 2%, of the firm.", 2.0), None);
    }

    #[test]
    fn spelled_shares_of_a_small_group() {
        assert_eq!(singles("Two in five adults cut back."), vec![0.4]);
        assert_eq!(singles("Three in four voters agreed."), vec![0.75]);
        assert!(close(&singles("One in three young people felt lonely."), &[1.0 / 3.0]));
        // A time after "in" keeps the two numbers apart.
        assert_eq!(singles("They scored 2 in 5 minutes."), vec![2.0, 5.0]);
    }

    #[test]
    fn an_age_by_its_decade_is_a_range() {
        for (text, low) in [
            ("The man, aged in his 50s, was flown to hospital.", 50.0),
            ("A woman in her 70s was hurt.", 70.0),
            ("Both were in their early 20s.", 20.0),
            ("He is in his mid-30s.", 30.0),
        ] {
            assert_eq!(values(text), vec![(low, Some(low + 10.0))], "{text}");
        }
        assert!(values("Music of the 1980s was loud.").is_empty());
    }

    #[test]
    fn a_height_in_feet_and_inches() {
        for (text, want) in
            [("Trump is 6'3\" tall.", 6.25), ("He stands 5\u{2032}10\u{2033}.", 5.0 + 10.0 / 12.0), ("The 6-foot-4 forward scored.", 6.0 + 4.0 / 12.0)]
        {
            let v = singles(text);
            assert!(v.len() == 1 && (v[0] - want).abs() < 1e-9, "{text}: {v:?}");
        }
    }

    #[test]
    fn apostrophe_groups_of_three_are_thousands_not_feet() {
        for (text, want) in
            [("The chalet sold for 2'000'000 francs.", 2e6), ("A crowd of 8'500 came.", 8500.0), ("Zurich counts 4\u{2019}000 new flats.", 4000.0)]
        {
            assert_eq!(singles(text), vec![want], "{text}");
        }
    }

    #[test]
    fn ranges_with_or_are_approximate_and_to_may_bound_the_upper_end() {
        let found = figures("It was wrong on two or three things.");
        assert_eq!(found[0].1.approx.as_deref(), Some("about"));
        assert_eq!(values("Investors pay $500,000 to more than $1 million."), vec![(500000.0, Some(1000000.0))]);
        assert_eq!(values("Forecasts range from 5 to over 10 percent."), vec![(5.0, Some(10.0))]);
        assert_eq!(values("The bank expects growth of 2.5% to 3% this year."), vec![(2.5, Some(3.0))]);
        // A change by a verb moves between two levels.
        assert_eq!(values("Sales rose from 3 to 5 million units.").len(), 2);
    }

    #[test]
    fn a_bare_m_is_a_million_before_a_preposition_or_the_end() {
        assert_eq!(singles("NHS figures show 7.6m people were waiting, down from 7.7m in July."), vec![7.6e6, 7.7e6]);
        assert_eq!(singles("The club paid 80m for the striker, up from 65m."), vec![8e7, 6.5e7]);
        assert_eq!(singles("Visitor numbers rose to 1.2m in 2023."), vec![1.2e6]);
        // Metres: after an article, before a word of size, or squared.
        assert_eq!(singles("He won the 100m race and swam in a 50m pool."), vec![100.0, 50.0]);
        assert_eq!(singles("The tower is 330m tall."), vec![330.0]);
        assert_eq!(singles("1m is equal to 10 dm"), vec![1.0, 10.0]);
    }

    #[test]
    fn over_or_about_after_a_word_of_dispute_is_no_hedge() {
        for text in ["Minister resigns over \u{a3}2m expenses row", "Protests erupt over 40% fuel price hike", "They argued about $5 million in unpaid fees."] {
            assert!(figures(text).iter().all(|f| f.1.approx.is_none()), "{text}: {:?}", figures(text));
        }
        assert_eq!(figures("Over 1,000 people attended.")[0].1.approx.as_deref(), Some("over"));
    }

    #[test]
    fn the_base_of_a_rate_is_no_figure_and_one_in_a_power_of_ten_is_a_share() {
        assert_eq!(singles("The murder rate was 6.8 per 100,000 people."), vec![6.8]);
        assert_eq!(singles("Infant mortality fell to 5.4 deaths per 1,000 live births."), vec![5.4]);
        assert!(close(&singles("The disease affects 1 in 100,000 people."), &[1e-5]));
        assert!(close(&singles("Three in four Americans support the measure."), &[0.75]));
    }

    #[test]
    fn a_change_by_a_range_with_the_unit_written_once() {
        assert_eq!(values("The Fed cut rates by 25 to 50 basis points."), vec![(25.0, Some(50.0))]);
        assert_eq!(values("Prices rose 5 to 10%."), vec![(5.0, Some(10.0))]);
        // Levels of a change stay two figures.
        assert_eq!(values("The population grew by 1.2 million to 67 million.").len(), 2);
    }

    #[test]
    fn a_trend_reaches_its_figure_past_a_span_of_years() {
        assert_eq!(trend_of("Tuition doubled between 2000 and 2018, to $10,000.", 10000.0), Some(Trend::Up));
        assert_eq!(trend_of("Emissions fell from 1990 to 2020 by 17%.", 17.0), Some(Trend::Down));
        assert_eq!(trend_of("Sales rose every year from 2015 to 2019, reaching $3 billion.", 3e9), Some(Trend::Up));
    }

    #[test]
    fn a_tally_after_a_name_counts_votes() {
        assert_eq!(singles("The measure passed the Senate 52-48."), vec![52.0, 48.0]);
        assert_eq!(singles("The House voted 218-210 on Friday.").len(), 2);
    }

    #[test]
    fn trends_after_movement_verbs_levels_and_change_nouns() {
        assert_eq!(trend_of("Onion prices shot up to Rs 80 per kg.", 80.0), Some(Trend::Up));
        assert_eq!(figures("Onion prices shot up to Rs 80 per kg.")[0].1.approx, None);
        assert_eq!(trend_of("Fares went up to $5.", 5.0), Some(Trend::Up));
        assert_eq!(figures("It can cost up to $1 million.")[0].1.approx.as_deref(), Some("up to"));
        assert_eq!(trend_of("The airline carried 4.3 million passengers in July, up 6% from a year earlier.", 4.3e6), Some(Trend::Up));
        assert_eq!(trend_of("Exports were $40 billion, down 3% on the year.", 4.0e10), Some(Trend::Down));
        assert_eq!(trend_of("Nurses were offered a 5.5% pay rise.", 5.5), Some(Trend::Up));
        assert_eq!(trend_of("Teachers get a $3,000 raise.", 3000.0), Some(Trend::Up));
        assert_eq!(trend_of("It was a 10% price cut.", 10.0), Some(Trend::Down));
        assert_eq!(trend_of("Rents have risen by an average of 9% this year.", 9.0), Some(Trend::Up));
        assert_eq!(trend_of("He paid a $3,000 fee.", 3000.0), None);
    }
}
