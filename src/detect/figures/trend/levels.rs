//! Levels reached by a change the sentence states somewhere else than right before them: a
//! second level written in parallel ("rose to $28.50 for men and $24.10 for women"), a level
//! whose change follows it ("settled at $84.10, after a gain of $1.30"; "came in at $4.7
//! billion, 12% higher than last year"). News gives such a level the change's direction.

use super::{change_noun, ends_clause, figure_start_before, trend_before, trend_word, Tokens};
use crate::detect::lexicon;
use crate::report::Trend;
use crate::text::tokens::pieces::Kind;

/// How many words a place or group after a level may take: "for first-time buyers".
const PARALLEL_WORDS: usize = 4;

/// The trend of a level stated apart from its change, if the sentence states one.
pub(super) fn level_of_stated_change(t: &Tokens, first: usize, last: usize) -> Option<Trend> {
    parallel_level(t, first, last)
        .or_else(|| level_before_later_change(t, last))
        .or_else(|| stated_level_then_gap(t, first, last))
        .or_else(|| coordinated_change(t, first, last))
}

/// Whether token `k` ends a percentage or a change in points: "%", "per cent", "points".
fn ends_a_share(t: &Tokens, k: usize) -> bool {
    matches!(t.lower(k), "%" | "cent" | "percent" | "pc" | "points")
}

/// How many tokens may say when or over what a change is measured: "in the quarter", "m/m",
/// "month-on-month", "on the day".
const PERIOD_TOKENS: usize = 6;

/// Words that may follow the second change of a pair: its period ("y/y", "over the year", "from
/// a year earlier") or the end of the clause. A verb or "of" makes it a share of its own
/// ("and 6% of staff left").
fn period_after(t: &Tokens, k: usize) -> bool {
    let ends = t.kind(k).is_none() || (t.kind(k) == Some(Kind::Symbol) && !matches!(t.lower(k), "-" | "/"));
    ends || matches!(
        t.lower(k),
        "in" | "on"
            | "over"
            | "for"
            | "from"
            | "during"
            | "against"
            | "compared"
            | "year"
            | "month"
            | "quarter"
            | "y"
            | "m"
            | "q"
            | "yoy"
            | "mom"
            | "qoq"
            | "respectively"
            | "a"
            | "this"
            | "last"
            | "since"
    )
}

/// "rose 0.3% m/m and 2.1% y/y", "fell 4% in Q2 and 6% over the half", "climbed 2.5 per
/// cent in the quarter and 6.1 per cent over the year": a second percentage after "and",
/// past the period of the first, is the same change measured over another period.
fn coordinated_change(t: &Tokens, first: usize, last: usize) -> Option<Trend> {
    if first < 3 || !t.is(first - 1, "and") || !ends_a_share(t, last) || !period_after(t, last + 1) {
        return None;
    }
    let and = first - 1;
    let stop = and.saturating_sub(PERIOD_TOKENS + 1);
    let period = |j: usize| t.is_word(j) || (matches!(t.lower(j), "/" | "-") && t.joined(j)) || (t.kind(j) == Some(Kind::Digits) && t.joined(j));
    let end = (stop..and).rev().take_while(|&j| ends_a_share(t, j) || period(j)).find(|&j| ends_a_share(t, j))?;
    if (end + 1..and).any(|j| lexicon::function_words().contains(t.lower(j)) && !matches!(t.lower(j), "in" | "on" | "over" | "the" | "a" | "for" | "during")) {
        return None;
    }
    let start = figure_start_before(t, end + 1);
    if start > end {
        return None;
    }
    trend_before(t, start)
}

/// Whether token `k` is a preposition that names whom or where a level is for.
fn names_whom(t: &Tokens, k: usize) -> bool {
    matches!(t.lower(k), "for" | "in" | "among" | "at" | "on")
}

/// "rose to $28.50 for men and $24.10 for women", "climbed to $412,000 in Auckland and
/// $298,000 in Christchurch": after "and", a level followed by the same preposition as the
/// level before the "and" shares that level's change. A figure with another phrase after it
/// ("... in May and 300 people lost jobs") is a figure of its own.
fn parallel_level(t: &Tokens, first: usize, last: usize) -> Option<Trend> {
    if first < 4 || !t.is(first - 1, "and") || !names_whom(t, last + 1) {
        return None;
    }
    let and = first - 1;
    let preposition = t.lower(last + 1);
    let phrase = (and.saturating_sub(PARALLEL_WORDS + 1)..and).rev().find(|&k| t.is(k, preposition))?;
    if (phrase + 1..and).any(|k| !t.is_word(k) || ends_clause(t, k) || lexicon::function_words().contains(t.lower(k)) && !t.is(k, "the")) {
        return None;
    }
    let start = figure_start_before(t, phrase);
    if start == phrase {
        return None;
    }
    trend_before(t, start).filter(|_| first > 0 && start > 0 && matches!(t.lower(start - 1), "to" | "at"))
}

/// How many words may stand between a level and the "after" of the change that led to it:
/// "$84.10 a barrel, after".
const UNIT_WORDS: usize = 3;

/// "settled at $84.10 a barrel, after a gain of $1.30", "closed at 7,412, after an increase of
/// 58 points", "ended at 88.20 rupees after falling 1.6 rupees": the level a change ended at,
/// the change named after it.
fn level_before_later_change(t: &Tokens, last: usize) -> Option<Trend> {
    let after = (last + 1..=last + 1 + UNIT_WORDS).take_while(|&k| t.is_word(k) || t.is(k, ",")).find(|&k| t.is(k, "after"))?;
    if (last + 1..after).any(|k| t.is_word(k) && trend_word(t.lower(k)).is_some()) {
        return None;
    }
    let mut k = after + 1;
    // "after falling 1.6 rupees", "after rising 3%": the verb of the change.
    if t.lower(k).ends_with("ing") {
        return trend_word(t.lower(k)).filter(|_| amount(t, k + 1) || t.is(k + 1, "by"));
    }
    if !matches!(t.lower(k), "a" | "an") {
        return None;
    }
    k += 1;
    // "after a sharp gain of", "after a 2% gain": a modifier or the amount may come first.
    while k < after + 8 && (t.is_word(k) || amount(t, k) || t.is(k, "%")) {
        if let Some(trend) = change_noun(t.lower(k)).filter(|_| t.is_word(k)) {
            let named = t.is(k + 1, "of") || amount(t, k - 1) || t.is(k - 1, "%");
            return named.then_some(trend);
        }
        k += 1;
    }
    None
}

/// Whether token `k` opens or is part of an amount: digits, a number word or a currency sign.
fn amount(t: &Tokens, k: usize) -> bool {
    t.kind(k) == Some(Kind::Digits) || super::numbers::is_number_word(t.lower(k)) || super::currency_sign(t.lower(k))
}

/// Verbs that state the level a thing stands at: "was", "stood at", "came in at", "totalled".
fn states_a_level(word: &str) -> bool {
    matches!(
        word,
        "was"
            | "were"
            | "is"
            | "are"
            | "stood"
            | "stands"
            | "totalled"
            | "totaled"
            | "totalling"
            | "reached"
            | "hit"
            | "amounted"
            | "came"
            | "reported"
            | "posted"
    )
}

/// "Revenue came in at $4.7 billion, 12% higher than last year", "Reserves stood at $612
/// billion, 3% lower than a year ago": a level stated with a verb of standing, then after the
/// comma its gap against an earlier time, moved with that gap. After a verb of doing ("has
/// covered 900 hectares so far, 4% higher than last year") the review sets leave the level
/// as it is, and so does this.
fn stated_level_then_gap(t: &Tokens, first: usize, last: usize) -> Option<Trend> {
    let stated = (first.saturating_sub(3)..first).any(|k| states_a_level(t.lower(k)))
        && (first.saturating_sub(3)..first).all(|k| t.is_word(k) || super::currency_sign(t.lower(k)));
    if !stated || !t.is(last + 1, ",") {
        return None;
    }
    let k = last + 2;
    let part = |j: usize| {
        amount(t, j) || (matches!(t.lower(j), "," | ".") && t.joined(j) && t.joined(j + 1)) || matches!(t.lower(j), "%" | "per" | "cent" | "percent")
    };
    let end = (k..k + 5).find(|&j| !part(j))?;
    if end == k || !amount(t, k) || !t.is(end + 1, "than") {
        return None;
    }
    let trend = match t.lower(end) {
        "higher" | "more" | "up" => Trend::Up,
        "lower" | "less" | "fewer" | "down" => Trend::Down,
        _ => return None,
    };
    super::than_earlier(t, end + 1).then_some(trend)
}

/// The verbs of recovering: to recover a thing is to get it back, a level recovers by rising.
fn recovering(word: &str) -> bool {
    matches!(word, "recover" | "recovered" | "recovers" | "recovering" | "regain" | "regained" | "regains" | "regaining" | "retrieved" | "recouped")
}

/// Words saying that what was got back had been taken: "of stolen jewellery", "in looted cash".
fn taken_goods(word: &str) -> bool {
    matches!(
        word,
        "stolen"
            | "looted"
            | "missing"
            | "smuggled"
            | "laundered"
            | "embezzled"
            | "misappropriated"
            | "diverted"
            | "illicit"
            | "fraudulent"
            | "ransom"
            | "loot"
            | "cash"
    )
}

/// "Police recovered $2m in stolen cash", "recovered £150,000 of stolen jewellery", "recovered
/// 300 stolen phones": money or things got back, not a level that rose.
pub(super) fn got_back(t: &Tokens, first: usize, last: usize) -> bool {
    if first == 0 || !recovering(t.lower(first - 1)) {
        return false;
    }
    let goods = |k: usize| taken_goods(t.lower(k));
    goods(last + 1) || (matches!(t.lower(last + 1), "in" | "of" | "worth") && (goods(last + 2) || goods(last + 3))) || (first..=last).any(goods)
}
