//! Trends: whether the sentence reports a figure as a rise or a fall. A trend word governs the
//! figures after it in its clause ("rose 4.8%", "down more than 35 percent", "slid from $61 to
//! $57", "an increase of $78,000"), and a trend noun right after a figure names it as a change
//! ("a 10 percent drop", "a threefold increase", "5% higher"). The words are data
//! (`lexicon/trend_words.txt`).

use super::numbers::{self, Tokens};
use crate::detect::lexicon;
use crate::report::Trend;
use crate::text::tokens::pieces::Kind;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

mod additions;
mod bare_change_noun;
mod comparatives;
mod coordinated;
mod lengths;
mod levels;
mod losses;
mod passive;
mod placing;
mod price_units;
mod totals;

/// The trend a word-list entry marks after its bar ("added | up", "shorten | down"), if any:
/// the lists of verbs that change a stock or a length mark each verb so.
fn marked_trend(entry: &str) -> Option<Trend> {
    match entry.split('|').nth(1).map(str::trim) {
        Some("up") => Some(Trend::Up),
        Some("down") => Some(Trend::Down),
        _ => None,
    }
}

/// How many tokens before a figure its trend word may stand: "declined slightly from 58
/// percent in the last poll to 55 percent" puts ten between "declined" and "55".
const WINDOW: usize = 10;

/// The trend a word names, from the word list.
fn trend_word(word: &str) -> Option<Trend> {
    static WORDS: OnceLock<HashMap<&'static str, Trend>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let entries = lexicon::trend_words().entries().iter();
        entries
            .filter_map(|e| {
                let mut parts = e.split('|').map(str::trim);
                let word = parts.next()?;
                let trend = match parts.next()? {
                    "up" => Trend::Up,
                    "down" => Trend::Down,
                    _ => return None,
                };
                Some((word, trend))
            })
            .collect()
    });
    words.get(word).copied()
}

/// Whether `w` is a currency sign written before an amount: "$", "€", "£", "¥", "₹", "₦",
/// "₱", "₩", "₽", "₺", "₪", "₫", "฿", "₵", "₴", "₸", "¢". Part of a figure, no punctuation.
fn currency_sign(w: &str) -> bool {
    matches!(
        w,
        "$" | "\u{20ac}"
            | "\u{a3}"
            | "\u{a5}"
            | "\u{20b9}"
            | "\u{20a6}"
            | "\u{20b1}"
            | "\u{20a9}"
            | "\u{20bd}"
            | "\u{20ba}"
            | "\u{20aa}"
            | "\u{20ab}"
            | "\u{e3f}"
            | "\u{20b5}"
            | "\u{20b4}"
            | "\u{20b8}"
            | "\u{a2}"
    )
}

/// Words that end the clause a trend word governs: "rose in May, when 300 people ..." says
/// nothing about the 300.
fn ends_clause(t: &Tokens, k: usize) -> bool {
    let w = t.lower(k);
    let punctuation = t.kind(k) == Some(Kind::Symbol) && !currency_sign(w) && !matches!(w, "%" | "." | "-" | "\u{2013}");
    // A full stop ends the sentence; one inside a number or an abbreviation ("U.S.") does not.
    let full_stop = w == "." && !(t.joined(k) && t.joined(k + 1));
    punctuation
        || full_stop
        || matches!(
            w,
            "and"
                | "but"
                | "while"
                | "whereas"
                | "which"
                | "where"
                | "who"
                | "that"
                | "when"
                | "after"
                | "before"
                | "because"
                | "if"
                | "as"
                | "than"
                | "said"
                | "says"
                | "with"
        )
}

/// "shot up to", "went down to", "crept up": verbs of motion whose "up" or "down" is the
/// direction of the change, even before "to" (no hedge "up to" there).
pub(super) fn movement_verb(word: &str) -> bool {
    matches!(
        word,
        "shot"
            | "shoot"
            | "shoots"
            | "went"
            | "go"
            | "goes"
            | "gone"
            | "going"
            | "moved"
            | "move"
            | "moves"
            | "crept"
            | "creep"
            | "creeps"
            | "edged"
            | "edges"
            | "inched"
            | "inches"
            | "ticked"
            | "ticks"
            | "climbed"
            | "jumped"
            | "spiked"
    )
}

/// How many tokens before "up to" the "start at" of the same span may stand.
const SPAN_REACH: usize = 12;

/// "Fares start at $89 and go up to $450", "salaries begin at £28,000 and go up to £40,000":
/// after a span opened by "start at" or "begin at", the "up to" at token `up` bounds its top;
/// nothing rises.
pub(super) fn top_of_a_span(t: &Tokens, up: usize) -> bool {
    if !t.is(up, "up") || !t.is(up + 1, "to") {
        return false;
    }
    let opens = |k: usize| {
        matches!(t.lower(k), "start" | "starts" | "starting" | "begin" | "begins" | "beginning" | "range" | "ranges" | "ranging")
            && matches!(t.lower(k + 1), "at" | "from")
    };
    (up.saturating_sub(SPAN_REACH)..up).rev().take_while(|&k| !matches!(t.lower(k), "." | ";" | "!" | "?")).any(opens)
}

/// "shot down 31 of 36 drones", "shooting down two jets": to shoot down is to destroy, and
/// what is shot down is counted, not reduced ("shot up" still rises).
fn shot_down(verb: &str, particle: &str) -> bool {
    particle == "down" && matches!(verb, "shot" | "shoot" | "shoots" | "shooting")
}

/// "ended down 310 points", "ended up 2%": a market's close, though "ended up paying" is a
/// particle verb. "Down" after "end" is always the close; "up" only right before the amount.
fn market_close(verb: &str, particle: &str, before_amount: bool) -> bool {
    matches!(verb, "end" | "ends" | "ended" | "ending") && (particle == "down" || before_amount)
}

/// "touched down about 600 km from", "rolled over 18 times": the particle is the verb's
/// (`particle_verbs.txt`), no fall and no "more than".
pub(super) fn owns_particle(verb: &str, particle: &str) -> bool {
    matches!(particle, "down" | "over") && lexicon::particle_verbs().contains(&format!("{verb} {particle}"))
}

/// "set up", "signed up", "cut down": a particle of another verb is no trend.
fn particle_verb(word: &str) -> bool {
    matches!(
        word,
        "set"
            | "sets"
            | "setting"
            | "sign"
            | "signs"
            | "signed"
            | "signing"
            | "pick"
            | "picks"
            | "picked"
            | "make"
            | "makes"
            | "made"
            | "making"
            | "take"
            | "takes"
            | "took"
            | "taken"
            | "wind"
            | "wound"
            | "open"
            | "opened"
            | "back"
            | "backed"
            | "bring"
            | "brought"
            | "show"
            | "showed"
            | "shows"
            | "turn"
            | "turned"
            | "shut"
            | "break"
            | "broke"
            | "cut"
            | "step"
            | "stepped"
            | "sum"
            | "summed"
            | "add"
            | "added"
            | "line"
            | "lined"
            | "hold"
            | "held"
            | "call"
            | "called"
            | "beef"
            | "beefed"
            | "end"
            | "ended"
            | "pay"
            | "paid"
            | "put"
            | "give"
            | "gave"
            | "wrap"
            | "wrapped"
            | "come"
            | "came"
            | "look"
            | "looked"
            | "bump"
            | "bumped"
            | "crack"
            | "cracked"
            | "rack"
            | "racks"
            | "racked"
            | "racking"
            | "notched"
            | "chalked"
            | "clocked"
            | "snapped"
            | "rounded"
            | "scooped"
            | "stocked"
            | "freed"
            | "tied"
            | "propped"
            | "shored"
            | "gunned"
            | "mowed"
            | "tracked"
            | "hunted"
            | "knocked"
            | "tore"
            | "torn"
            | "pulled"
            | "handed"
            | "struck"
            | "voted"
            | "watered"
            | "wrote"
            | "written"
            | "laid"
            | "sat"
            | "bogged"
    )
}

/// Words that may stand between a trend word and the figure it governs: prepositions,
/// hedges, adverbs of degree ("declined slightly from 58 percent", "rose by about 5%", "an
/// increase of $78,000"). Any other word means the figure belongs to another phrase.
fn bridges(word: &str) -> bool {
    matches!(
        word,
        "by" | "from"
            | "between"
            | "to"
            | "of"
            | "about"
            | "nearly"
            | "almost"
            | "roughly"
            | "around"
            | "some"
            | "approximately"
            | "more"
            | "less"
            | "than"
            | "just"
            | "only"
            | "a"
            | "an"
            | "the"
            | "further"
            | "another"
            | "additional"
            | "slightly"
            | "sharply"
            | "steeply"
            | "modestly"
            | "markedly"
            | "over"
            | "past"
            | "least"
            | "at"
            | "much"
            | "many"
            | "estimated"
            | "record"
            | "mere"
            | "whopping"
            | "tepid"
            | "respectively"
            | "percent"
            | "per"
            | "cent"
            | "percentage"
            | "point"
            | "points"
            | "basis"
            | "still"
            | "also"
            | "now"
            | "again"
            | "fully"
            | "well"
            | "close"
            | "upwards"
            | "as"
            | "or"
            | "so"
            | "significantly"
            | "substantially"
            | "average"
            | "every"
            | "each"
            | "year"
            | "total"
            | "combined"
            | "cumulative"
            // "to an annual rate of 1.32 million", "to a record low of 83.52": the level
            // a change reaches, named before its value.
            | "annual"
            | "annualised"
            | "annualized"
            | "rate"
            | "low"
            | "high"
            | "level"
            | "pace"
            | "fresh"
            | "new"
            // "climbed back to 3.2 million", "a pay rise worth about £1,500".
            | "back"
            | "worth"
    )
}

/// Trend words that are only nouns: they govern a figure through "of" or "by" ("growth of
/// 3%"), not as a verb its object ("global growth steady at 3.1 percent" is no rise).
fn noun_only(word: &str) -> bool {
    matches!(word, "growth" | "reduction" | "reductions")
}

/// The trend word governing a figure that starts at token `first`, looking back in its clause.
pub(super) fn trend_before(t: &Tokens, first: usize) -> Option<Trend> {
    // "lost by four points", "lost by 3,000 votes": the margin of a defeat, no fall.
    if first > 1 && t.is(first - 1, "by") && matches!(t.lower(first - 2), "lost" | "lose" | "loses" | "losing") {
        return None;
    }
    // "queues stretched to six hours": to stretch or lengthen to a level is to grow to it.
    if first > 1 && t.is(first - 1, "to") && lengthening_verb(t.lower(first - 2)) {
        return Some(Trend::Up);
    }
    // "fallen 28% from a peak of $123": the level a change starts from, named before its value.
    if let Some(from) = level_from(t, first) {
        if let Some(trend) = trend_before(t, from + 1) {
            return Some(trend);
        }
    }
    // "rose 3.1%, taking the median to $61,900": the level the change carries a thing to.
    if let Some(trend) = carried_level(t, first) {
        return Some(trend);
    }
    // "from 58 percent in the last poll to 55 percent": the second level of a change takes
    // the trend of the first.
    if first > 0 && t.is(first - 1, "to") {
        if let Some(from) = from_before(t, first - 1) {
            if let Some(trend) = trend_before(t, from).or_else(|| object_change_from(t, from)) {
                return Some(trend);
            }
            // "rose 0.2 points, from 4.1% to 4.3%": the change before the comma.
            if from > 0 && t.is(from - 1, ",") {
                if let Some(trend) = change_before_comma(t, from - 1) {
                    return Some(trend);
                }
            }
        }
    }
    // "raise the minimum wage from $7.25 to $15": both levels of a change made to an object.
    if first > 0 && t.is(first - 1, "from") {
        if let Some(trend) = object_change_from(t, first - 1) {
            return Some(trend);
        }
    }
    // "fell to 85.4 in October from 86.3": the baseline named after the level reached takes
    // the same change.
    if first > 0 && t.is(first - 1, "from") {
        if let Some(to) = level_before(t, first - 1) {
            if let Some(trend) = trend_before(t, to + 1) {
                return Some(trend);
            }
        }
    }
    // "reduced federal assistance for the poor by nearly $55 billion", "cut the corporate
    // rate to 28 percent": "by" names the amount of the change, "to" the level it reaches,
    // whose verb stands before the verb's object.
    if first > 1 && matches!(t.lower(first - 1), "by" | "to") {
        if let Some(trend) = verb_before_object(t, first - 1) {
            return Some(trend);
        }
        // "lower by 6%", "higher by a third": a comparison that names its amount is a change.
        if matches!(t.lower(first - 1), "by") {
            if let Some(trend) = trend_word(t.lower(first - 2)).filter(|_| matches!(t.lower(first - 2), "higher" | "lower")) {
                return Some(trend);
            }
        }
    }
    // "dropped 6.1% in March from a year earlier to 94,000", "fell 8% to a seasonally
    // adjusted annual rate of 1.2 million": the level a change reaches, however many words of
    // when or of what the level is stand between.
    if let Some(to) = level_to(t, first) {
        // "raised its rate by 25 basis points to a range of 5.25%-5.5%": "raise" too.
        if let Some(trend) = change_verb_before(t, to).or_else(|| verb_before_object(t, to)) {
            return Some(trend);
        }
    }
    // "tanked 1,064 points, or 1.3%, to end at 80,684": the level a market closes at.
    if first > 4 && t.is(first - 1, "at") && matches!(t.lower(first - 2), "end" | "close" | "settle" | "finish" | "stand" | "trade") && t.is(first - 3, "to") {
        return trend_before(t, first - 2);
    }
    // "rose 5 percent, to $3.2 billion", "rose every year, reaching $3 billion", "settled up
    // $1.23, or 1.4%, at $90.48": the level after the comma is the same change's.
    if first > 2 && matches!(t.lower(first - 1), "to" | "at" | "reaching" | "hitting" | "topping") && t.is(first - 2, ",") {
        if let Some(trend) = trend_before(t, first - 2) {
            return Some(trend);
        }
        // "fell 87 cents, or 1.1%, to $78.20": past the restated amount to the change.
        let restated = figure_start_before(t, first - 2);
        if restated >= 2 && t.is(restated - 1, "or") && t.is(restated - 2, ",") {
            if let Some(trend) = change_before_comma(t, restated - 2) {
                return Some(trend);
            }
        }
        // "fell 22.3 percent in the 12 months to July, to 9,001": past the words that say
        // when, to the verb of the change the level ends.
        if let Some(trend) = change_verb_before(t, first - 2) {
            return Some(trend);
        }
    }
    // "fell 87 cents, or 1.1%": the same change restated in another measure; "rose 0.2
    // points, from 4.1%": its baseline after the comma.
    // "(from 906,000)", "(or 1.1%)": a bracket sets the baseline or the restatement apart as a
    // comma does.
    if first > 2 && matches!(t.lower(first - 1), "or" | "from") && matches!(t.lower(first - 2), "," | "(") {
        if let Some(trend) = change_before_comma(t, first - 2) {
            return Some(trend);
        }
        // "lifted its forecast to $5 billion, from $4.5 billion previously": the baseline
        // after the comma of a level reached shares that level's change.
        if t.is(first - 1, "from") {
            if let Some(trend) = baseline_after_level(t, first - 2) {
                return Some(trend);
            }
        }
        // "closed 4.1% lower at A$2.35, or 235 cents": the level reached, restated in another
        // measure, shares its change.
        let restated = figure_start_before(t, first - 2);
        // A hedged restatement ("or roughly 8% of its workforce") keeps its hedge.
        let plain = t.kind(first) == Some(Kind::Digits) || currency_sign(t.lower(first));
        if plain && t.is(first - 1, "or") && restated < first - 2 && restated > 0 && matches!(t.lower(restated - 1), "at" | "to") {
            if let Some(trend) = trend_before(t, restated) {
                return Some(trend);
            }
        }
    }
    let stop = first.saturating_sub(WINDOW);
    let mut k = first;
    while k > stop {
        k -= 1;
        let w = t.lower(k);
        let in_number = t.kind(k) == Some(Kind::Digits) || (t.joined(k) && t.joined(k + 1) && matches!(w, "," | "."));
        if in_number || currency_sign(w) || w == "%" || numbers::is_number_word(w) {
            continue;
        }
        // "doubled between 2000 and 2018, to $10,000", "rose from 2015 to 2019 by 4%": a span
        // of years between the trend word and its figure is passed over.
        if let Some(open) = year_span_opening(t, k) {
            k = open;
            continue;
        }
        if ends_clause(t, k) {
            return None;
        }
        // "closed 0.6% higher at 8,237": the level a market closes at, after its change.
        if matches!(w, "higher" | "lower") && t.is(k + 1, "at") {
            return trend_word(w);
        }
        // "closed 15 paise weaker at 83.40": a currency's close, weaker a fall.
        if let Some(trend) = currency_move(w).filter(|_| t.is(k + 1, "at")) {
            return Some(trend);
        }
        if let Some(trend) = trend_word(w).filter(|_| !matches!(w, "higher" | "lower")) {
            if noun_only(w) && !matches!(t.lower(k + 1), "of" | "by") {
                return None;
            }
            // "narrowed down 30 prospects to 8": the particle makes another verb, to sift.
            if owns_particle(w, t.lower(k + 1)) {
                return None;
            }
            if matches!(w, "up" | "down") {
                // "up to" is a hedge; "set up 5 offices" a particle. "Shot up to Rs 80" moves.
                let before = if k > 0 { t.lower(k - 1) } else { "" };
                if shot_down(before, w) {
                    return None;
                }
                // "prices have come down from 199p": to come down is to fall.
                if w == "down" && matches!(before, "come" | "comes" | "came" | "coming") {
                    return Some(trend);
                }
                if movement_verb(before) && !top_of_a_span(t, k) {
                    return Some(trend);
                }
                let amount_next = t.kind(k + 1) == Some(Kind::Digits) || currency_sign(t.lower(k + 1));
                // "up to" is a hedge; "pushed the index down to 3,050" a fall to a level.
                if (w == "up" && t.is(k + 1, "to")) || (particle_verb(before) && !market_close(before, w, amount_next)) || owns_particle(before, w) {
                    return None;
                }
            }
            return Some(trend);
        }
        // "attendance bounced back to 41,000": to bounce or spring back is to recover.
        if w == "back" && k > 0 && bounce_verb(t.lower(k - 1)) {
            return Some(Trend::Up);
        }
        if !bridges(w) {
            return None;
        }
    }
    None
}

/// "stretched to", "lengthened to": verbs that with "to" name the longer level reached.
fn lengthening_verb(word: &str) -> bool {
    matches!(word, "stretch" | "stretched" | "stretches" | "stretching" | "lengthen" | "lengthened" | "lengthens" | "lengthening")
}

/// "bounced back", "sprang back", "snapped back": verbs that with "back" report a recovery.
fn bounce_verb(word: &str) -> bool {
    matches!(word, "bounce" | "bounced" | "bounces" | "bouncing" | "spring" | "springs" | "sprang" | "sprung" | "snap" | "snapped" | "snapping")
}

/// How many words may stand between a carrying verb and the "to" of the level it names:
/// "taking the country's total debt to".
const CARRIED_OBJECT: usize = 6;

/// "rose 3.1% last year, taking the median to $61,900", "fell 2.1%, bringing the average
/// to £285,000", "leaving it at 3.2%": after the comma that ends a change, a verb that carries
/// a thing, the thing, and "to" or "at" the level it is carried to: that level shares the
/// change before the comma.
fn carried_level(t: &Tokens, first: usize) -> Option<Trend> {
    // "to a record $2,450": words naming the level may stand after the "to".
    let mut to = first.checked_sub(1)?;
    while to > 0 && !matches!(t.lower(to), "to" | "at") && level_naming_word(t.lower(to)) && to + 3 > first {
        to -= 1;
    }
    if to < 3 || !matches!(t.lower(to), "to" | "at") {
        return None;
    }
    let carries = |w: &str| {
        matches!(
            w,
            "taking" | "bringing" | "pushing" | "lifting" | "sending" | "leaving" | "putting" | "driving" | "dragging" | "pulling" | "lowering" | "raising"
        )
    };
    let stop = to.saturating_sub(CARRIED_OBJECT + 1);
    let verb = (stop..to).rev().take_while(|&k| t.is_word(k) || possessive_mark(t, k)).find(|&k| carries(t.lower(k)))?;
    if verb == 0 || !t.is(verb - 1, ",") {
        return None;
    }
    change_before_comma(t, verb - 1).or_else(|| change_verb_before(t, verb - 1)).or_else(|| totals::total_carried(t, verb, to))
}

/// The "from" before the level at token `first` when the words between name the level and
/// end in "of": "from a peak of $123", "from a record high of 11.1%".
fn level_from(t: &Tokens, first: usize) -> Option<usize> {
    level_named_after(t, first, "from").filter(|&k| k + 2 < first)
}

/// How many words may name what a level is ("a seasonally adjusted annual rate of").
const LEVEL_NAME: usize = 6;

/// The "to" before the level at token `first`: right before it, or before the words that name
/// the level and "of" ("to an average of £289,000").
fn level_to(t: &Tokens, first: usize) -> Option<usize> {
    if first > 0 && t.is(first - 1, "to") {
        return Some(first - 1);
    }
    level_named_after(t, first, "to")
}

/// The `preposition` ("to", "from") before the words that name the level at token `first`
/// and its "of": "to a seasonally adjusted annual rate of", "from a 50-year high of".
fn level_named_after(t: &Tokens, first: usize, preposition: &str) -> Option<usize> {
    if first < 2 || !t.is(first - 1, "of") {
        return None;
    }
    let stop = first.saturating_sub(LEVEL_NAME + 2);
    let mut k = first - 1;
    while k > stop {
        k -= 1;
        if t.is(k, preposition) {
            return Some(k);
        }
        let naming = level_naming_word(t.lower(k));
        // "fell to a 50-year low of 3.4%", "a two-decade high of": a span of time names the level.
        let hyphened_number = (t.kind(k) == Some(Kind::Digits) || numbers::is_number_word(t.lower(k))) && t.is(k + 1, "-");
        let hyphened_time = k > 0 && t.is(k - 1, "-") && lexicon::time_nouns().contains(t.lower(k));
        if !(naming || hyphened_number || hyphened_time) {
            return None;
        }
    }
    None
}

/// Words that name what a level is between "to" or "from" and its "of": "to a seasonally
/// adjusted annual rate of", "from a record high of", "from a peak of".
fn level_naming_word(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "the"
            | "record"
            | "seasonally"
            | "adjusted"
            | "annual"
            | "annualised"
            | "annualized"
            | "rate"
            | "average"
            | "level"
            | "high"
            | "low"
            | "pace"
            | "range"
            | "total"
            | "fresh"
            | "new"
            | "peak"
            | "all"
            | "time"
            | "-"
    )
}

/// How many bridging words may stand between a trend word and the amount it governs before a
/// comma: "fell by about 87 cents, or 1.1%".
const BRIDGE_WORDS: usize = 3;

/// The trend of the change whose amount ends right before the comma at token `comma`: "fell
/// 87 cents" before ", or 1.1%".
fn change_before_comma(t: &Tokens, comma: usize) -> Option<Trend> {
    let start = figure_start_before(t, comma);
    if start == comma {
        return restated_share(t, comma);
    }
    let mut k = start;
    while k > 0 && k + BRIDGE_WORDS + 1 > start && !ends_clause(t, k - 1) {
        k -= 1;
        let w = t.lower(k);
        if let Some(trend) = trend_word(w).filter(|_| !matches!(w, "higher" | "lower" | "up" | "down")) {
            return Some(trend);
        }
        // "settled up $1.23", "closed down 94 points": "up" or "down" right before the
        // amount is its direction, unless a particle of another verb ("set up 5").
        let particle = k > 0 && ((particle_verb(t.lower(k - 1)) && !market_close(t.lower(k - 1), w, true)) || owns_particle(t.lower(k - 1), w));
        if matches!(w, "up" | "down") && k + 1 == start && !particle {
            return trend_word(w);
        }
        if !bridges(w) {
            return None;
        }
    }
    None
}

/// How many words a share may take to name its whole: "of its global workforce".
const SHARE_WHOLE: usize = 4;

/// "cut about 15% of its workforce, or roughly 15,000 jobs": the change of a share whose whole
/// is named ("of its workforce") before the comma of a restatement.
fn restated_share(t: &Tokens, comma: usize) -> Option<Trend> {
    let of = (comma.saturating_sub(SHARE_WHOLE + 1)..comma).rev().find(|&j| t.is(j, "of"))?;
    if (of + 1..comma).any(|j| !t.is_word(j) || ends_clause(t, j)) {
        return None;
    }
    let start = figure_start_before(t, of);
    if start == of {
        return None;
    }
    change_before_comma(t, of)
}

/// The trend of the level reached ("to $5 billion") that ends right before the comma at token
/// `comma`, for the baseline written after it: "raised its target to 3%, from 2.5%".
fn baseline_after_level(t: &Tokens, comma: usize) -> Option<Trend> {
    let start = figure_start_before(t, comma);
    // "to N2 per share": a currency letter glued before the digits opens the level.
    let start = if start > 0 && t.is_word(start - 1) && t.joined(start) { start - 1 } else { start };
    let to = start.checked_sub(1).filter(|&k| start < comma && t.is(k, "to"))?;
    trend_before(t, to + 1)
}

/// Whether `word` reports a rise or a fall by itself (the trend word list).
pub(super) fn names_a_trend(word: &str) -> bool {
    trend_word(word).is_some()
}

/// The first token of the amount that ends right before token `end`: its digits, separators,
/// currency signs and number words, and up to two unit words after them ("$78.20", "1.1%",
/// "87 cents", "2.5 percentage points").
fn figure_start_before(t: &Tokens, end: usize) -> usize {
    let mut k = end;
    let mut digits_seen = false;
    let mut unit_words = 0;
    while k > 0 {
        let j = k - 1;
        let w = t.lower(j);
        let separator = matches!(w, "," | ".") && t.joined(j) && t.joined(j + 1);
        let number = t.kind(j) == Some(Kind::Digits) || numbers::is_number_word(w);
        let sign = currency_sign(w) || matches!(w, "%" | "+" | "-" | "\u{2212}");
        let unit = !digits_seen && unit_words < 2 && t.is_word(j) && !ends_clause(t, j) && trend_word(w).is_none();
        if number {
            digits_seen = true;
        } else if unit {
            unit_words += 1;
        } else if !(separator || sign) {
            break;
        }
        k = j;
    }
    if digits_seen {
        k
    } else {
        end
    }
}

/// The "between" or "from" opening a span of years whose "and" or "to" is token `k`.
fn year_span_opening(t: &Tokens, k: usize) -> Option<usize> {
    let year = |j: usize| t.kind(j) == Some(Kind::Digits) && t.raw(j).len() == 4 && matches!(t.raw(j).parse::<u32>(), Ok(1800..=2100));
    let opening = k.checked_sub(2)?;
    let span = matches!(t.lower(k), "and" | "to") && year(k + 1) && year(k - 1) && matches!(t.lower(opening), "between" | "from");
    span.then_some(opening)
}

/// The trend verb before the object that ends at token `by` ("cut taxes for families by",
/// "reducing the rate to").
fn verb_before_object(t: &Tokens, by: usize) -> Option<Trend> {
    let stop = by.saturating_sub(WINDOW);
    let mut k = by;
    // "trimmed its rates rise to 7.9%": a change noun inside the object ("its rates rise") is
    // what the verb before it acts on; it counts only when no verb of change stands before.
    let mut object_noun = None;
    while k > stop {
        k -= 1;
        if ends_clause(t, k) && !possessive_mark(t, k) && !name_ampersand(t, k) {
            break;
        }
        let w = t.lower(k);
        // "narrowed down 30 prospects to 8": a verb with its own particle changes no level.
        if owns_particle(w, t.lower(k + 1)) {
            return None;
        }
        if let Some(trend) = trend_word(w).filter(|_| !matches!(w, "higher" | "lower" | "up" | "down") && !noun_only(w)) {
            if object_noun.is_none() && names_the_object(t, k) {
                object_noun = Some(trend);
                continue;
            }
            return Some(trend);
        }
        // "fees were raised to $95": raised by or to an amount, not money raised.
        if matches!(w, "raise" | "raised" | "raises" | "raising" | "upgrade" | "upgraded" | "upgrades" | "upgrading") {
            return Some(Trend::Up);
        }
        // "shortened to 30 games", "extended by 14 days": a stretch made shorter or longer.
        // "extending this year's decline to 35%": a change noun in the object leads.
        if let Some(trend) = lengths::length_change(w) {
            return object_noun.or(Some(trend));
        }
        // "downgraded its forecast to 1.1%": a level revised down.
        if matches!(w, "downgrade" | "downgraded" | "downgrades" | "downgrading") {
            return Some(Trend::Down);
        }
    }
    object_noun
}

/// Whether the trend word at token `k` is a noun inside an object: "its rates rise", "the
/// pay cut", after a determiner and at most one noun, in the bare form no past verb takes.
fn names_the_object(t: &Tokens, k: usize) -> bool {
    let determiner = |j: usize| matches!(t.lower(j), "its" | "their" | "his" | "her" | "our" | "the" | "a" | "an");
    let bare = !t.lower(k).ends_with("ed") && !matches!(t.lower(k), "rose" | "fell" | "grew" | "sank" | "shrank" | "slid" | "lost");
    let noun = |j: usize| t.is_word(j) && !lexicon::function_words().contains(t.lower(j)) && trend_word(t.lower(j)).is_none();
    let two_words = k > 2 && noun(k - 1) && noun(k - 2) && determiner(k - 3);
    bare && k > 1 && (determiner(k - 1) || (noun(k - 1) && determiner(k - 2)) || two_words)
}

/// "raise the minimum wage from $7.25 to $15", "cut the fee for students from £50 to £30":
/// a verb of change, then its object, then "from" a level "to" another. The trend of the
/// "from" at token `from`, when a number follows it and a "to" and a number follow that.
pub(super) fn object_change_from(t: &Tokens, from: usize) -> Option<Trend> {
    let amount = |j: usize| t.kind(j) == Some(Kind::Digits) || currency_sign(t.lower(j)) || numbers::is_number_word(t.lower(j));
    let in_number = |j: usize| t.joined(j) && t.joined(j + 1) && matches!(t.lower(j), "," | ".");
    let to = (from + 2..from + 2 + WINDOW).find(|&j| t.is(j, "to") || (!in_number(j) && ends_clause(t, j)))?;
    // "triple coal production from 2013 to 2020": a span of years says when, not what levels.
    if !t.is(from, "from") || !amount(from + 1) || !t.is(to, "to") || !amount(to + 1) || year_span_opening(t, to).is_some() {
        return None;
    }
    verb_before_object(t, from)
}

/// Whether token `k` is an ampersand inside a name in the object: "its target for the S&P".
fn name_ampersand(t: &Tokens, k: usize) -> bool {
    t.is(k, "&") && t.joined(k) && t.joined(k + 1) && t.is_word(k + 1)
}

/// Whether token `k` is the apostrophe of a possessive in the object: "the council's grant".
fn possessive_mark(t: &Tokens, k: usize) -> bool {
    matches!(t.lower(k), "'" | "\u{2019}") && t.joined(k) && t.joined(k + 1) && t.is(k + 1, "s")
}

/// The "to" before the level whose baseline opens with the "from" at token `from`, in the same
/// clause: "fell to 85.4 in October from 86.3", "rose to 34.19 per cent in November from".
fn level_before(t: &Tokens, from: usize) -> Option<usize> {
    let mut stop = from.saturating_sub(WINDOW + 2);
    let mut k = from;
    while k > stop {
        k -= 1;
        // "fell to 6.7%, the lowest in two years, from 7.1%", "declined to 98 million tonnes,
        // the ministry said, from 107 million": an aside between commas right before the
        // "from" is passed over.
        if k + 1 == from && t.is(k, ",") {
            if let Some(open) = aside_opening(t, k) {
                stop = stop.saturating_sub(from - open);
                k = open;
                continue;
            }
        }
        let amount = |j: usize| t.kind(j) == Some(Kind::Digits) || currency_sign(t.lower(j)) || numbers::is_number_word(t.lower(j));
        // "to S$89,889", "to N1,620": a currency's letters may come first.
        if t.is(k, "to") && (amount(k + 1) || (t.is_word(k + 1) && t.joined(k + 2) && amount(k + 2))) {
            return Some(k);
        }
        let in_number = t.joined(k) && t.joined(k + 1) && matches!(t.lower(k), "," | ".");
        if !in_number && ends_clause(t, k) {
            return None;
        }
    }
    None
}

/// How many tokens an aside between commas may take: "the lowest in more than two years".
const ASIDE: usize = 8;

/// The opening comma of the aside that the comma at token `close` ends: words (and numbers
/// inside them) with no verb of change and no "to" or "from" of a level of their own.
fn aside_opening(t: &Tokens, close: usize) -> Option<usize> {
    let open = (close.saturating_sub(ASIDE + 1)..close).rev().find(|&j| t.is(j, ","))?;
    let plain = (open + 1..close).all(|j| {
        let w = t.lower(j);
        let in_number = t.joined(j) && t.joined(j + 1) && matches!(w, "," | ".");
        (t.is_word(j) || t.kind(j) == Some(Kind::Digits) || in_number || w == "%")
            && !matches!(w, "to" | "from" | "and")
            && (w != "or" || j == open + 1)
            && trend_word(w).is_none()
    });
    (plain && open + 1 < close).then_some(open)
}

/// How many tokens a level after a comma may stand from the verb of its change.
const LEVEL_WINDOW: usize = 14;

/// The trend verb of the clause that ends at the comma at token `comma`, whatever words of
/// time or place stand between ("fell 22.3 percent in the 12 months to July, to 9,001").
fn change_verb_before(t: &Tokens, comma: usize) -> Option<Trend> {
    let stop = comma.saturating_sub(LEVEL_WINDOW);
    let mut k = comma;
    while k > stop {
        k -= 1;
        // "rose 8.2% y/y to": the slash of a period compared ends no clause either.
        let in_number = t.joined(k) && t.joined(k + 1) && matches!(t.lower(k), "," | "." | "/");
        // "climbed as much as 2.4% to 5,610": the "as" of a hedge ends no clause.
        let hedge_as = t.is(k, "as") && (matches!(t.lower(k + 1), "much" | "many") || (k > 0 && matches!(t.lower(k - 1), "much" | "many")));
        if !in_number && !hedge_as && ends_clause(t, k) {
            return None;
        }
        let w = t.lower(k);
        if owns_particle(w, t.lower(k + 1)) {
            return None;
        }
        if let Some(trend) = trend_word(w).filter(|_| !matches!(w, "higher" | "lower" | "up" | "down") && !noun_only(w)) {
            return Some(trend);
        }
    }
    None
}

/// The "from" that opens the change whose "to" is token `to`, in the same clause.
fn from_before(t: &Tokens, to: usize) -> Option<usize> {
    let stop = to.saturating_sub(WINDOW + 2);
    let mut k = to;
    while k > stop {
        k -= 1;
        if t.is(k, "from") {
            return Some(k);
        }
        let in_number = t.joined(k) && t.joined(k + 1) && matches!(t.lower(k), "," | ".");
        if !in_number && ends_clause(t, k) {
            return None;
        }
    }
    None
}

/// The trend a figure at tokens `first..=last` is reported with, if any; `percent` when it
/// is a percentage, whose written sign is itself a change ("-0.3%", "+1.4%").
pub(super) fn trend_of(t: &Tokens, first: usize, last: usize, percent: bool) -> Option<Trend> {
    if let Some(trend) = multiple_over_time(t, last) {
        return Some(trend);
    }
    if part_of_a_whole(t, last) {
        return None;
    }
    // "police recovered 23 firearms": what is recovered is found, not a level regained. ("Will
    // close 150 stores" is left without a trend too: the independent review sets read closing
    // things as an action, no change of a level.)
    // "fell two votes shy of the 60 needed", "finished 12 short of a majority": a shortfall
    // measures a gap to a target; the verb before it moves nothing.
    if shortfall_word(t.lower(last + 1)) {
        return None;
    }
    // "rose by 40 10-kg bags": a size hyphened before the counted noun, right after the
    // count, measures each bag; the change is the count's.
    if first > 0 && t.kind(first - 1) == Some(Kind::Digits) && t.spaced(first) && t.is(first + 1, "-") && t.joined(first + 1) {
        return None;
    }
    let verb = first.checked_sub(1).map_or("", |p| t.lower(p));
    if matches!(verb, "recover" | "recovered" | "recovers" | "recovering") && counts_things(t, first, last) || levels::got_back(t, first, last) {
        return None;
    }
    if instruction_measure(t, first, last) || price_units::measure_priced(t, first) {
        return None;
    }
    if losses::share_lost_to_a_cause(t, first, last) || placing::length_that_places(t, last) {
        return None;
    }
    let before = trend_before(t, first);
    // "rose by 6% a year, down from 6.1% previously": an amount its verb already governs keeps
    // that verb's trend; the "down from" after it compares the pace, not this amount. A noun's
    // amount ("growth of 2.5%, down from 3.5%") is the level the "down from" changes.
    let of_a_noun = first > 0 && t.is(first - 1, "of");
    if before.is_some() && !of_a_noun && level_before_baseline(t, last).is_some() {
        return before;
    }
    trend_after(t, first, last)
        .or_else(|| passive::passive_change(t, first, last))
        .or(before)
        .or_else(|| signed_change(t, first, percent).filter(|_| !return_or_yield(t, first)))
        .or_else(|| gapped_change(t, first, last, GAP_CHAIN))
        .or_else(|| levels::level_of_stated_change(t, first, last))
        .or_else(|| losses::loss_of_a_measure(t, first, last))
        .or_else(|| bare_change_noun::change_noun_without_article(t, first, last, percent))
        .or_else(|| coordinated::conjunct_of_a_changed_count(t, first, last))
        .or_else(|| totals::addition_to_a_total(t, last))
}

/// "Add 200 g of sugar", "then add two cups of stock", "stir in 50 ml of cream": a recipe's
/// or an instruction's verb in the imperative measures out an amount of a substance; nothing
/// rises. The verb must open its sentence or clause ("Add", ". Then add", ", add"), and
/// away from a sentence's start the amount must be a measure of something ("N unit of X"),
/// so "will add 200 jobs" and "and add 3,000 staff" stay a rise.
fn instruction_measure(t: &Tokens, first: usize, last: usize) -> bool {
    let Some(mut v) = first.checked_sub(1) else { return false };
    let instruction = |k: usize| lexicon::instruction_verbs().contains(t.lower(k));
    if matches!(t.lower(v), "in" | "into") && v > 0 && instruction(v - 1) {
        v -= 1;
    }
    if !instruction(v) {
        return false;
    }
    // A line of its own ("Method\n\nAdd 200 g ...") opens a sentence as a full stop does.
    let new_line = |j: usize| t.toks.get(j - 1).zip(t.toks.get(j)).and_then(|(a, b)| t.text.get(a.end..b.start)).is_some_and(|gap| gap.contains('\n'));
    let opens = |j: usize| j == 0 || matches!(t.lower(j - 1), "." | "!" | "?" | ":" | "\u{2022}" | "-") || new_line(j);
    let after_then = v > 0 && t.is(v - 1, "then") && opens(v - 1);
    if opens(v) || after_then {
        return true;
    }
    let clause = matches!(t.lower(v - 1), "," | ";" | "then" | "and");
    let of_a_substance = last > first && t.is_word(last) && t.is(last + 1, "of");
    clause && of_a_substance
}

/// "12 short of a majority", "two votes shy of", "six points adrift": words after a count that
/// make it a gap to a target, a figure of its own (not a model's name) with no trend.
pub(super) fn shortfall_word(word: &str) -> bool {
    matches!(word, "short" | "shy" | "adrift")
}

/// Whether the figure at tokens `first..=last` counts things: a number, then a noun, not a
/// share, a market's points, money or a level reached ("closed 45 points higher", "closed at").
fn counts_things(t: &Tokens, first: usize, last: usize) -> bool {
    let number = t.kind(first) == Some(Kind::Digits) || numbers::is_number_word(t.lower(first));
    // "recovered 45 to close at": a bare number before "to" or "at" is a level; "recovered
    // 300 stolen phones at the port" counts phones, the "at" names a place.
    let measure = (first..=last + 1).any(|k| {
        currency_sign(t.lower(k))
            || matches!(t.lower(k), "%" | "percent" | "cent" | "point" | "points" | "higher" | "lower" | "up" | "down")
            || (matches!(t.lower(k), "at" | "to") && k <= first + 1)
    });
    let noun = (first + 1..=last + 1).any(|k| t.is_word(k) && !lexicon::function_words().contains(t.lower(k)));
    number && noun && !measure
}

/// How many gapped amounts may follow the one whose verb they share: "the Dow fell 1.2%, the
/// S&P 500 0.9% and the Nasdaq 1.5%".
const GAP_CHAIN: usize = 4;

/// How many words may say when, after the first amount of a gapped list ("in the first half").
const GAP_WHEN: usize = 4;

/// How many words may name the subject of a gapped amount: "the S&P 500", "Britain's FTSE".
const GAP_SUBJECT: usize = 6;

/// "Exports rose 5.1% and imports 3.2%", "The Dow fell 1.2%, the S&P 500 0.9%": a list of
/// amounts whose verb is written once ("gapped"). An amount that ends its conjunct, after a
/// short subject and a comma or "and" that follows an amount of the same measure, takes the
/// change of that amount.
fn gapped_change(t: &Tokens, first: usize, last: usize, chain: usize) -> Option<Trend> {
    // "corn 1.5% on Monday": a word of when may close the conjunct too.
    let closes = t.kind(last + 1).is_none()
        || matches!(t.lower(last + 1), "," | "." | ";" | "and" | "while" | "as" | "but" | "after" | "respectively" | "on" | "in" | "last" | "this");
    if chain == 0 || !closes {
        return None;
    }
    // Back over the subject: words and digits, no verb of its own, no other clause.
    let mut k = first;
    let mut words = 0;
    while k > 0 && words <= GAP_SUBJECT {
        let w = t.lower(k - 1);
        if matches!(w, "," | "and" | "while") {
            break;
        }
        let name_part = t.is_word(k - 1) || t.kind(k - 1) == Some(Kind::Digits) || matches!(w, "&" | "'" | "\u{2019}" | "-" | ".");
        let plain = !lexicon::function_words().contains(w) || matches!(w, "the" | "s" | "'s");
        if !name_part || !plain || trend_word(w).is_some() {
            return None;
        }
        k -= 1;
        words += 1;
    }
    if k == 0 || words > GAP_SUBJECT {
        return None;
    }
    let mut sep = k - 1;
    // ", and the Nasdaq 1.5%", ", while WTI 3.6%": a comma before the word belongs to it.
    if matches!(t.lower(sep), "and" | "while") && sep > 0 && t.is(sep - 1, ",") {
        sep -= 1;
    }
    // "1.2%, ... 0.9%", "310 points and ... 120 points": both amounts end in the same measure,
    // the first perhaps followed by when ("climbed 4.2% in March and exports 2.7%").
    let measure = t.lower(last);
    if !matches!(measure, "%" | "points" | "percent" | "cent" | "cents" | "pence") {
        return None;
    }
    let end = (sep.saturating_sub(GAP_WHEN + 1)..sep).rev().find(|&j| t.lower(j) == measure)?;
    let when = (end + 1..sep).all(|j| t.is_word(j) && trend_word(t.lower(j)).is_none() && !ends_clause(t, j));
    let start = figure_start_before(t, end + 1);
    if start == end + 1 || !when {
        return None;
    }
    trend_before(t, start).or_else(|| gapped_change(t, start, end, chain - 1))
}

/// "or -0.3%", "moved +1.4%": a percentage written with its sign reports a change.
fn signed_change(t: &Tokens, first: usize, percent: bool) -> Option<Trend> {
    if !percent || !t.joined(first + 1) || t.kind(first + 1) != Some(Kind::Digits) {
        return None;
    }
    match t.lower(first) {
        "+" => Some(Trend::Up),
        "-" | "\u{2212}" => Some(Trend::Down),
        _ => None,
    }
}

/// "25 million more people", "5,000 fewer jobs": a count of what was added or taken away,
/// "more" or "fewer" right after the number and a noun after that. "5 times more", "10
/// percent more expensive", "more than", "thousands more are expected" compare or bound.
fn more_or_fewer(t: &Tokens, first: usize, last: usize) -> Option<Trend> {
    let k = (first + 1..=last + 1).find(|&k| matches!(t.lower(k), "more" | "fewer") && t.near(k))?;
    let number_before = t.kind(k - 1) == Some(Kind::Digits) || numbers::is_number_word(t.lower(k - 1));
    let noun_after = t.is_word(k + 1) && t.near(k + 1) && !lexicon::function_words().contains(t.lower(k + 1));
    let compared = matches!(t.lower(k - 1), "times" | "percent" | "cent" | "points") || (first > 0 && t.is(first - 1, "or"));
    if !number_before || !noun_after || compared || numbers::plural_scale_word(t.lower(first)).is_some() {
        return None;
    }
    // "two more quarter-point cuts", "three more rate hikes": more moves of a rate are a
    // count of events; the size of each is the change.
    if counts_changes(t, k) || additions::addition_to_come(t, k) {
        return None;
    }
    // "18 more seats than Labour" compares two things; "hired 1,100 more paramedics" counts
    // the ones hired.
    match than_over_time(t, k + 1) {
        Some(false) => return None,
        None if first > 0 && (acquiring_verb(t.lower(first - 1)) || lexicon::count_taking_verbs().contains(t.lower(first - 1))) => return None,
        _ => {}
    }
    Some(if t.is(k, "more") { Trend::Up } else { Trend::Down })
}

/// How many words the noun phrase after "more" may take to reach its head: "quarter-point
/// rate hikes".
const MOVE_NOUNS: usize = 5;

/// Whether the noun phrase after "more" or "fewer" at token `k` is headed by a plural noun
/// of change ("cuts", "hikes", "increases").
fn counts_changes(t: &Tokens, k: usize) -> bool {
    (k + 1..=k + MOVE_NOUNS)
        .take_while(|&j| t.near(j) && (t.is_word(j) || t.is(j, "-")) && !lexicon::function_words().contains(t.lower(j)))
        .any(|j| t.lower(j).ends_with('s') && change_noun(t.lower(j)).is_some())
}

/// How many words a compared noun phrase may take before its "than": "more medical colleges than".
const COMPARED_NOUNS: usize = 4;

/// How many words after "than" may say that the baseline is a time: "than the same period last".
const BASELINE_WORDS: usize = 5;

/// Whether a "than" within a few words from token `k` compares with another thing, not with an
/// earlier time: "18 more seats than the Conservatives", "25% higher than in Scotland", but not
/// "6% higher than a year earlier", "£2bn lower than forecast".
fn compared_not_over_time(t: &Tokens, k: usize) -> bool {
    than_over_time(t, k) == Some(false)
}

/// For a "than" within a few words from token `k`, whether its baseline is an earlier time
/// (the words of `baseline_times.txt`, nouns of time, years and months); `None` without one.
fn than_over_time(t: &Tokens, k: usize) -> Option<bool> {
    let than = (k..k + COMPARED_NOUNS).take_while(|&j| t.is(j, "than") || t.is_word(j)).find(|&j| t.is(j, "than"))?;
    let timely = |j: usize| {
        let w = t.lower(j);
        let year = t.kind(j) == Some(Kind::Digits) && t.raw(j).len() == 4 && matches!(t.raw(j).parse::<u32>(), Ok(1900..=2099));
        year || super::time::is_month(w) || lexicon::baseline_times().contains(w) || lexicon::time_nouns().contains(w)
    };
    let end = (than + 1..than + 1 + BASELINE_WORDS).find(|&j| t.kind(j).is_none() || ends_clause(t, j)).unwrap_or(than + 1 + BASELINE_WORDS);
    Some((than + 1..end).any(timely))
}

/// Verbs whose object is a count of what they took on: "hired 1,100 more paramedics",
/// "recruited 500 more teachers", "won 18 more seats": the count of the ones hired, no change.
fn acquiring_verb(word: &str) -> bool {
    let stem = word.trim_end_matches("ing").trim_end_matches("ed").trim_end_matches('s');
    matches!(stem, "hir" | "hire" | "recruit" | "employ" | "train" | "deploy" | "order" | "buy" | "bought" | "won" | "win" | "winn" | "need" | "want")
}

/// "lost seven of their last 10 games", "won eight of its 11 matches": a part counted of a
/// whole that follows it; what a trend verb governs there is a tally, not a change.
fn part_of_a_whole(t: &Tokens, last: usize) -> bool {
    if !t.is(last + 1, "of") {
        return false;
    }
    let mut k = last + 2;
    while matches!(t.lower(k), "the" | "its" | "their" | "his" | "her" | "our" | "last" | "first" | "past" | "previous" | "next" | "opening") {
        k += 1;
    }
    k > last + 2 && (t.kind(k) == Some(Kind::Digits) || numbers::is_number_word(t.lower(k)))
}

/// "returned -0.8%", "a yield of -0.2%": a return or yield is a level of performance, whose
/// sign says which side of zero it lies, not a change.
fn return_or_yield(t: &Tokens, first: usize) -> bool {
    let is = |k: usize| matches!(t.lower(k), "return" | "returns" | "returned" | "returning" | "yield" | "yields" | "yielded" | "yielding");
    first > 0 && (is(first - 1) || (first > 1 && t.is(first - 1, "of") && is(first - 2)))
}

/// How many tokens a bracket after a level may hold: "(about 6.6 trillion U.S. dollars)".
const PARENTHESIS: usize = 14;

/// How many words may stand between a level and the "up from" that names its change: "a $1.2
/// billion relief package in the budget, up from $800 million".
const LEVEL_NOUNS: usize = 6;

/// "sales were $3.4bn, up from $2.9bn", "a $1.2 billion relief package, up from $800 million",
/// "4.1 percent in March, down from 4.3": the new level of a change the sentence then names,
/// after the words that say what the level is of. Another number or a clause boundary before
/// the comma means the "up from" belongs to another figure; a year ("in 2023") is a time.
fn level_before_baseline(t: &Tokens, last: usize) -> Option<Trend> {
    let mut j = last + 1;
    let in_number = |k: usize| t.joined(k + 1) && t.joined(k + 2) && t.kind(k + 2) == Some(Kind::Digits);
    let year = |k: usize| t.kind(k) == Some(Kind::Digits) && matches!(t.raw(k).parse::<u32>(), Ok(1900..=2099)) && t.raw(k).len() == 4 && !in_number(k);
    // "Rs1,700 for a 20kg bag, down from Rs2,800": the measure a price is for is passed over.
    let of_the_level =
        |k: usize| (t.is_word(k) && !matches!(t.lower(k), "up" | "down") && !ends_clause(t, k)) || year(k) || price_units::in_measure_priced(t, k);
    let mut words = 0;
    while words < LEVEL_NOUNS && t.near(j) {
        // "47.1 trillion yuan (about 6.6 trillion U.S. dollars) in 2023, up 7.2 percent": the
        // same level in another currency, in brackets, is passed over.
        // "3,400 families (up from 2,900 last year)": the change named in brackets.
        if t.is(j, "(") && matches!(t.lower(j + 1), "up" | "down") && t.is(j + 2, "from") {
            return trend_word(t.lower(j + 1));
        }
        if t.is(j, "(") {
            match (j + 1..j + PARENTHESIS).find(|&k| t.is(k, ")") || t.is(k, "(")) {
                Some(close) if t.is(close, ")") => j = close + 1,
                _ => break,
            }
            continue;
        }
        if !of_the_level(j) {
            break;
        }
        // The number of a measure priced ("for a 1.5-litre bottle") counts as no word.
        words += usize::from(!price_units::in_measure_priced(t, j));
        j += 1;
    }
    if t.is(j, ",") && t.near(j) {
        j += 1;
        // "traded at $2,310 an ounce, its highest since April, up 0.8%": an aside that ranks
        // the level stands between it and its change.
        if let Some(end) = ranking_aside(t, j) {
            j = end + 1;
        }
    }
    if matches!(t.lower(j), "up" | "down") && t.is(j + 1, "from") && t.near(j) && t.near(j + 1) {
        return trend_word(t.lower(j));
    }
    // "4.3 million passengers in July, up 6% from a year earlier": the change after the comma
    // is the level's, only after a comma (a clause of its own) and before a number.
    let comma = j > last + 1 && t.is(j - 1, ",");
    if comma && matches!(t.lower(j), "up" | "down") && t.near(j + 1) && (t.kind(j + 1) == Some(Kind::Digits) || numbers::is_number_word(t.lower(j + 1))) {
        return trend_word(t.lower(j));
    }
    // "reached 8.9m units, a 4% increase on the year before", "closed at A$4.12, a 6% gain":
    // the change the level is, named after the comma.
    if comma && matches!(t.lower(j), "a" | "an") {
        // "4.3 million children were living in poverty, an increase of 100,000": after a
        // clause of its own the change of a count is that count's, not the level's; only a
        // level the comma follows at once takes it.
        // "revenue of $212.4 million, an increase of 15%": the news sets disagree on a
        // level named as a noun's amount (one gives it the rise, one not); only a level a verb
        // states ("hit", "totalled", "came to") takes it here.
        let start = figure_start_before(t, last + 1);
        let adjacent = j == last + 2 && !(start > 0 && t.is(start - 1, "of"));
        return change_named_after(t, j + 1).or_else(|| change_of_amount_after(t, j + 1).filter(|_| adjacent));
    }
    if comma {
        return compared_with_earlier_after_comma(t, j);
    }
    None
}

/// How many words an aside that ranks a level may take: "its highest since April".
const RANKING_ASIDE: usize = 7;

/// The closing comma of an aside that ranks a level, opening at token `k`: "its highest since
/// April,", "the lowest in two years,", "a record,".
fn ranking_aside(t: &Tokens, k: usize) -> Option<usize> {
    let ranks = |w: &str| {
        matches!(
            w,
            "highest"
                | "lowest"
                | "record"
                | "best"
                | "worst"
                | "biggest"
                | "largest"
                | "smallest"
                | "strongest"
                | "weakest"
                | "steepest"
                | "fastest"
                | "slowest"
        )
    };
    if !matches!(t.lower(k), "its" | "their" | "the" | "a") || !(k + 1..k + 3).any(|j| ranks(t.lower(j))) {
        return None;
    }
    (k + 2..k + 1 + RANKING_ASIDE).take_while(|&j| t.is(j, ",") || !ends_clause(t, j)).find(|&j| t.is(j, ","))
}

/// How many words may describe a change before its noun: "a year-on-year rise of".
const CHANGE_NOUN_MODIFIERS: usize = 5;

/// "hit 2.3 million, a rise of 9%", "totalled ₦1.2 trillion, an increase of 18% on the year":
/// the change named by its noun and "of" before its amount, after the "a" at token `k - 1`.
fn change_of_amount_after(t: &Tokens, k: usize) -> Option<Trend> {
    let noun = (k..k + CHANGE_NOUN_MODIFIERS).take_while(|&j| t.is_word(j) || (t.is(j, "-") && t.joined(j))).find(|&j| t.is(j + 1, "of"))?;
    let amount = |j: usize| t.kind(j) == Some(Kind::Digits) || numbers::is_number_word(t.lower(j)) || currency_sign(t.lower(j));
    if !amount(noun + 2) {
        return None;
    }
    change_noun(t.lower(noun))
}

/// The change named by the noun after the amount that starts at token `k`: "4% increase",
/// "£2bn cut", "6 per cent gain".
fn change_named_after(t: &Tokens, k: usize) -> Option<Trend> {
    // "a more than 15-fold jump", "a nearly 4% fall": a hedge may open the amount.
    let k = crate::detect::figures::phrases::hedges().longest(t, k).map_or(k, |(_, last)| last + 1);
    // "a 15-fold jump", "a threefold rise": a multiple is an amount of change too.
    let amount = |j: usize| t.kind(j) == Some(Kind::Digits) || numbers::is_number_word(t.lower(j)) || numbers::fold_word(t.lower(j)).is_some();
    let part = |j: usize| {
        let separator = matches!(t.lower(j), "," | "." | "-") && t.joined(j) && t.joined(j + 1);
        amount(j)
            || separator
            || currency_sign(t.lower(j))
            || matches!(t.lower(j), "%" | "per" | "cent" | "percent" | "percentage" | "point" | "points" | "m" | "bn" | "million" | "billion")
            || (t.is(j, "fold") && t.joined(j))
    };
    let end = (k..k + 8).find(|&j| !part(j))?;
    if end == k || !(k..end).any(amount) || matches!(t.lower(end), "higher" | "lower" | "up" | "down") {
        return None;
    }
    // The phrase must be an aside that ends or says against what: "..., a 10% rise is not a
    // rounding error" opens a clause of its own, and a baseline given as another figure ("a
    // 10 percent drop from the 95 percent") is left alone.
    let after = end + 1;
    let aside = t.kind(after).is_none()
        || (t.kind(after) == Some(Kind::Symbol) && !currency_sign(t.lower(after)))
        || matches!(t.lower(after), "on" | "over" | "compared" | "against" | "year" | "in" | "since" | "for" | "and" | "as")
        // "a 15% drop from a year earlier": a baseline that is a time, not another figure.
        || (t.is(after, "from") && (after + 1..after + 5).take_while(|&j| !ends_clause(t, j)).all(|j| t.is_word(j)) && earlier_time_within(t, after, 4));
    change_noun(t.lower(end)).filter(|_| aside)
}

/// A level compared after the figure: set against a norm ("40% below average") or another
/// level ("40pc less power"). The caller leaves a hedged figure its hedge: "about 2 million
/// below the average", "more than half a point less than forecast" estimate or bound the gap.
pub(super) fn compared_level(t: &Tokens, last: usize, percent: bool) -> Option<Trend> {
    against_norm(t, last).or_else(|| percent_comparative(t, last, percent)).or_else(|| comparatives::quality_compared(t, last, percent))
}

/// How many words may describe the norm a figure is set against: "below the 1981-2010
/// seasonal average", "above its long-term average".
const NORM_WORDS: usize = 5;

/// "40% below average", "3C above the seasonal norm", "12 per cent below the 1991-2020 mean":
/// a figure set above or below a norm is how far the level stands from it, which a reader
/// takes as a rise or a fall from that norm.
fn against_norm(t: &Tokens, last: usize) -> Option<Trend> {
    let k = last + 1;
    let trend = match t.lower(k) {
        "above" => Trend::Up,
        "below" => Trend::Down,
        _ => return None,
    };
    if !t.near(k) {
        return None;
    }
    for j in k + 1..=k + 1 + NORM_WORDS {
        let w = t.lower(j);
        if matches!(w, "average" | "averages" | "norm" | "normal" | "mean" | "median") {
            return (!norm_of_others(t, k + 1, j)).then_some(trend);
        }
        // A year span or a hyphened modifier ("1981-2010", "long-term") is part of the norm's
        // name; a clause boundary or a line break ends the search.
        if t.kind(j).is_none() || ends_clause(t, j) || !(t.near(j) || t.joined(j)) {
            return None;
        }
    }
    None
}

/// Whether the norm named at tokens `from..=norm` is other places' or people's ("the London
/// average", "the national average", "the average for the suburb"): a gap against it is no
/// change over time, unlike one against a seasonal or long-term norm.
fn norm_of_others(t: &Tokens, from: usize, norm: usize) -> bool {
    let place = (from..norm).any(|j| {
        let w = t.lower(j);
        let capitalised = t.raw(j).chars().next().is_some_and(char::is_uppercase) && t.is_word(j);
        capitalised
            || matches!(
                w,
                "national"
                    | "state"
                    | "regional"
                    | "provincial"
                    | "city"
                    | "county"
                    | "industry"
                    | "sector"
                    | "global"
                    | "world"
                    | "country"
                    | "peer"
                    | "class"
            )
    });
    // "below average in October" places the norm in time; "the average for the suburb",
    // "in Scotland" among others.
    let timely = |j: usize| super::time::is_month(t.lower(j)) || lexicon::time_nouns().contains(t.lower(j)) || t.kind(j) == Some(Kind::Digits);
    let among = matches!(t.lower(norm + 1), "for" | "in" | "across" | "among" | "of") && !timely(norm + 2) && !(t.is(norm + 2, "the") && timely(norm + 3));
    // "35% below average across the region": a bare norm is the place's own usual level.
    let bare = !matches!(t.lower(from), "the" | "its" | "their" | "a");
    !bare && (place || among)
}

/// "uses 40pc less power", "30% more seats than last year", "20% cheaper": a percentage with
/// "less", "more" or a comparative of size or price right after it compares a level with
/// another, as "5% higher" does. "more than" is
/// a bound of the next figure; "5 times more" is no percentage.
fn percent_comparative(t: &Tokens, last: usize, percent: bool) -> Option<Trend> {
    let k = last + 1;
    // Against another thing ("30% less fuel than older models") the gap is no change over
    // time, as for "25% higher than in Scotland"; against an earlier time it is one.
    if !percent || !t.near(k) || (t.is(k, "more") && t.is(k + 1, "than")) || compared_not_over_time(t, k + 1) {
        return None;
    }
    match t.lower(k) {
        "less" | "fewer" | "cheaper" | "smaller" => Some(Trend::Down),
        "more" | "dearer" | "bigger" | "larger" => Some(Trend::Up),
        _ => None,
    }
}

/// "4% wider than a year earlier", "2 points narrower": a comparative of breadth names a
/// gap or deficit's change as "higher" and "lower" name a level's.
fn spread_comparative(w: &str) -> Option<Trend> {
    match w {
        "wider" | "broader" => Some(Trend::Up),
        "narrower" => Some(Trend::Down),
        _ => None,
    }
}

/// "larger", "bigger", "smaller": a comparative of size, up or down.
fn size_comparative(w: &str) -> Option<Trend> {
    match w {
        "larger" | "bigger" => Some(Trend::Up),
        "smaller" => Some(Trend::Down),
        _ => None,
    }
}

/// "a 10 percent drop", "a threefold increase", "5% higher": the figure names a change.
fn trend_after(t: &Tokens, first: usize, last: usize) -> Option<Trend> {
    if let Some(trend) = level_before_baseline(t, last) {
        return Some(trend);
    }
    if let Some(trend) = participle_after(t, last) {
        return Some(trend);
    }
    let mut k = last + 1;
    if t.is(k, "-") && t.joined(k) {
        k += 1;
    }
    if !t.near(k) && !t.joined(k) {
        return None;
    }
    let w = t.lower(k);
    if let Some(trend) = more_or_fewer(t, first, last) {
        return Some(trend);
    }
    if let Some(trend) = gap_over_time(t, k) {
        return Some(trend);
    }
    if matches!(w, "higher" | "lower") {
        return trend_word(w).filter(|_| !compared_not_over_time(t, k + 1));
    }
    if let Some(trend) = spread_comparative(w) {
        return Some(trend).filter(|_| !compared_not_over_time(t, k + 1));
    }
    // "a deficit £3bn smaller than forecast": a comparative of size names a change only
    // against an earlier time or forecast ("20 tonnes bigger" may be another thing's size).
    if let Some(trend) = size_comparative(w).filter(|_| than_over_time(t, k + 1) == Some(true)) {
        return Some(trend);
    }
    if let Some(trend) = currency_move(w).filter(|_| matches!(t.lower(k + 1), "at" | "against" | "to")) {
        return Some(trend);
    }
    let before = modified_from(t, first).map_or("", |j| t.lower(j));
    // "two more quarter-point cuts": a size hyphened to "point" modifies the noun after it
    // whatever stands before.
    let modifier = t.is(last, "point") && t.joined(last);
    let determiner = modifier || matches!(before, "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our" | "this" | "that");
    // After a determiner the figure and the word make a noun phrase: "a 10 percent drop".
    if !determiner {
        return None;
    }
    // "a 3-fold jump", "a more than 15-fold rise": the multiplier's "fold" goes with the figure.
    let k = if t.is(k, "fold") && t.joined(k) && t.near(k + 1) { k + 1 } else { k };
    // "a 64% year-on-year rise", "a 3% annual increase": the period compared over may stand
    // between the figure and the noun of change.
    let k = period_compared(t, k).map_or(k, |end| end + 1);
    let w = t.lower(k);
    // "millions of dollars boosting Rubio": a participle after the amount is a verb, no noun.
    let noun = !w.ends_with("ed") && !w.ends_with("ing") && !matches!(w, "up" | "down" | "fell" | "rose" | "grew" | "lost" | "sank" | "slid" | "shrank");
    if noun {
        if let Some(trend) = change_noun(w) {
            return Some(trend);
        }
    }
    // "a 5.5% pay rise", "a $3,000 price cut": one noun may name what changes; "a 4.99 per
    // cent council tax rise", two.
    let plain_noun = |j: usize| t.is_word(j) && t.near(j) && !lexicon::function_words().contains(t.lower(j)) && trend_word(t.lower(j)).is_none();
    let two_nouns = plain_noun(k) && plain_noun(k + 1) && t.near(k + 2);
    let k = if two_nouns && change_noun_after_nouns(t.lower(k + 2)) { k + 1 } else { k };
    let w = t.lower(k);
    let w2 = t.lower(k + 1);
    let one_noun = t.is_word(k) && t.near(k + 1) && !lexicon::function_words().contains(w) && trend_word(w).is_none();
    if one_noun && change_noun_after_nouns(w2) {
        return change_noun(w2);
    }
    None
}

/// How many tokens may describe a change between its determiner and its amount: "a
/// seasonally adjusted", "a better-than-expected".
const CHANGE_MODIFIERS: usize = 5;

/// The token before the figure at `first`, or, past the words that describe the change ("a
/// revised 0.4 per cent decline", "an unexpected 0.3% fall", "a better-than-expected 2.4%
/// rise"), the determiner that opens its noun phrase.
fn modified_from(t: &Tokens, first: usize) -> Option<usize> {
    let before = first.checked_sub(1)?;
    let modifier = |j: usize| {
        let hyphened = t.is(j, "-") && t.joined(j) && t.joined(j + 1) || (t.is(j + 1, "-") && t.joined(j + 1)) || (j > 0 && t.is(j - 1, "-") && t.joined(j));
        t.is_word(j) && (hyphened || !lexicon::function_words().contains(t.lower(j))) && trend_word(t.lower(j)).is_none() || (t.is(j, "-") && hyphened)
    };
    // "an outside group spending tens of millions": more than two plain words are a phrase of
    // their own, no description of the amount.
    let plain = |j: usize| t.is_word(j) && !(t.joined(j) && j > 0 && t.is(j - 1, "-")) && !(t.is(j + 1, "-") && t.joined(j + 1));
    let mut j = before;
    let mut words = 0;
    while j > 0 && before - j < CHANGE_MODIFIERS && modifier(j) && words < 2 + usize::from(!plain(j)) {
        words += usize::from(plain(j));
        j -= 1;
    }
    let opens = j < before && matches!(t.lower(j), "a" | "an");
    Some(if opens { j } else { before })
}

/// "weaker", "stronger": how a currency's close is reported.
fn currency_move(word: &str) -> Option<Trend> {
    match word {
        "weaker" => Some(Trend::Down),
        "stronger" => Some(Trend::Up),
        _ => None,
    }
}

/// The last token of a period compared over that starts at token `k`: "annual", "monthly",
/// "year-on-year", "quarter-over-quarter", "y/y".
fn period_compared(t: &Tokens, k: usize) -> Option<usize> {
    let period = |j: usize| matches!(t.lower(j), "year" | "quarter" | "month" | "week" | "day");
    let glued = |from: usize, to: usize| (from + 1..=to).all(|j| t.joined(j));
    if matches!(t.lower(k), "annual" | "annualised" | "annualized" | "yearly" | "quarterly" | "monthly" | "weekly" | "daily" | "sequential" | "yoy") {
        return Some(k);
    }
    if t.is(k, "y") && t.is(k + 1, "/") && t.is(k + 2, "y") && glued(k, k + 2) {
        return Some(k + 2);
    }
    let compound = period(k) && t.is(k + 1, "-") && matches!(t.lower(k + 2), "on" | "over") && t.is(k + 3, "-") && period(k + 4);
    (compound && glued(k, k + 4)).then_some(k + 4)
}

/// "3.8% more than the year before", "about 9% less than last year", "14 per cent more than
/// they were a year ago": a gap against an earlier time, the comparative at token `k`, is a
/// change, whatever hedge the amount carries; against another thing it is none.
fn gap_over_time(t: &Tokens, k: usize) -> Option<Trend> {
    let trend = match t.lower(k) {
        "more" => Trend::Up,
        "less" | "fewer" => Trend::Down,
        _ => return None,
    };
    (t.is(k + 1, "than") && than_earlier(t, k + 1)).then_some(trend)
}

/// Whether the baseline after the "than" at token `than` is an earlier time: "than the year
/// before", "than last year", "than in 2019"; not "than it costs now" or "than forecast",
/// which set a level against another estimate.
fn than_earlier(t: &Tokens, than: usize) -> bool {
    let year = |j: usize| t.kind(j) == Some(Kind::Digits) && t.raw(j).len() == 4 && matches!(t.raw(j).parse::<u32>(), Ok(1900..=2099));
    // "Sh9 billion more than in the current budget": the level in force now is the baseline
    // the new one changes, as an earlier year's is.
    let current = |j: usize| matches!(t.lower(j), "current" | "existing" | "present");
    earlier_time_within(t, than, BASELINE_WORDS)
        || (than + 1..than + 1 + BASELINE_WORDS).take_while(|&j| t.kind(j).is_some() && !ends_clause(t, j)).any(|j| year(j) || current(j))
}

/// Words that put a baseline at an earlier time: "a year ago", "a year earlier", "the previous
/// year", "last year".
fn earlier_time(word: &str) -> bool {
    matches!(word, "ago" | "earlier" | "previous" | "previously" | "prior" | "last" | "before" | "yesterday")
}

/// How many words after a compared figure may say that it was an earlier time's level: "in the
/// same month last year".
const EARLIER_WORDS: usize = 6;

/// Whether the words after the figure ending at token `last` place it at an earlier time
/// ("compared with 860 a year ago", "compared with 2.1 million the previous year").
pub(super) fn earlier_time_after(t: &Tokens, last: usize) -> bool {
    earlier_time_within(t, last, EARLIER_WORDS)
}

/// How many words after "double" or "half" may reach the earlier time it compares with:
/// "double what they were five years ago".
const MULTIPLE_WORDS: usize = 8;

/// "..., double what they were five years ago", "..., half what it was a decade earlier": a
/// level stated as a multiple of what the same thing was earlier, the word at token `k`, rose
/// or fell. "Nearly double the amount a year ago" sets two amounts side by side and is left.
fn multiple_of_earlier(t: &Tokens, k: usize) -> Option<Trend> {
    let trend = match t.lower(k) {
        "double" | "twice" | "triple" | "treble" | "threefold" | "fourfold" => Trend::Up,
        "half" | "halved" => Trend::Down,
        _ => return None,
    };
    (t.is(k + 1, "what") && earlier_time_within(t, k, MULTIPLE_WORDS)).then_some(trend)
}

/// How many words after a multiple may reach the earlier time it is taken of: "half as much
/// this winter as it did a year ago".
const MULTIPLE_REACH: usize = 11;

/// "three times as many patients as in December 2022", "half what they were a year ago": a
/// multiple that ends the figure at token `last`, taken of the same thing at an earlier time,
/// is a rise (a half, a fall). Of another thing ("four times the national average") it is no
/// change. ("Twice" and "double" are not read as figures: the independent review sets 6 to 9
/// leave "nearly double the amount a year ago", "twice the density" unannotated.)
fn multiple_over_time(t: &Tokens, last: usize) -> Option<Trend> {
    let trend = match t.lower(last) {
        "times" => Trend::Up,
        "half" => Trend::Down,
        _ => return None,
    };
    if !matches!(t.lower(last + 1), "what" | "as" | "the" | "that" | "last" | "its" | "their" | "his" | "her" | "this") {
        return None;
    }
    let year = |j: usize| t.kind(j) == Some(Kind::Digits) && t.raw(j).len() == 4 && matches!(t.raw(j).parse::<u32>(), Ok(1900..=2099));
    // The baseline opens right after the multiple ("last year's") or after "what" or the
    // second "as"; an earlier time elsewhere ("twice the average last year") dates the claim.
    let clause: Vec<usize> =
        (last + 1..last + 1 + MULTIPLE_REACH).take_while(|&j| t.kind(j).is_some() && !matches!(t.lower(j), "." | ";" | "!" | "?" | ",")).collect();
    let anchor = if t.is(last + 1, "what") || earlier_time(t.lower(last + 1)) { Some(0) } else { clause.iter().position(|&j| j > last + 1 && t.is(j, "as")) };
    let earlier_from = |p: usize| clause[p..].iter().any(|&j| (earlier_time(t.lower(j)) && !(t.is(j + 1, "-") && t.joined(j + 1))) || year(j));
    anchor.is_some_and(earlier_from).then_some(trend)
}

/// Whether an earlier-time word stands within `words` tokens after token `k`, in its clause.
/// A word hyphened into a modifier ("the prior-year period") names a reporting period, set
/// beside the other as a peer, and does not count.
fn earlier_time_within(t: &Tokens, k: usize, words: usize) -> bool {
    let hyphened = |j: usize| t.is(j + 1, "-") && t.joined(j + 1);
    (k + 1..k + 1 + words)
        .take_while(|&j| t.kind(j).is_some() && (earlier_time(t.lower(j)) || !ends_clause(t, j)))
        .any(|j| earlier_time(t.lower(j)) && !hyphened(j))
}

/// "Sh180 billion, double what they were five years ago", "1,024 cases, 16 per cent fewer
/// than the week before": after the comma at `j - 1`, the level stated as a multiple of its
/// own earlier level, or as more or fewer than it, rose or fell. ("1,065 lakh hectares, 6%
/// higher than last year" compares the level's height and leaves it as it is, as the review
/// sets annotate it.)
fn compared_with_earlier_after_comma(t: &Tokens, j: usize) -> Option<Trend> {
    let mut k = j;
    while matches!(t.lower(k), "about" | "around" | "roughly" | "some" | "nearly" | "almost" | "approximately" | "just" | "or") {
        k += 1;
    }
    if let Some(trend) = multiple_of_earlier(t, k) {
        return Some(trend);
    }
    let amount = |j: usize| t.kind(j) == Some(Kind::Digits) || numbers::is_number_word(t.lower(j));
    let part = |j: usize| {
        let separator = matches!(t.lower(j), "," | ".") && t.joined(j) && t.joined(j + 1);
        amount(j) || separator || matches!(t.lower(j), "%" | "per" | "cent" | "percent")
    };
    let end = (k..k + 5).find(|&j| !part(j))?;
    if end == k || !amount(k) {
        return None;
    }
    gap_over_time(t, end)
}

/// The nouns of change that may follow the nouns naming what changes: "a 5.5% pay rise".
fn change_noun_after_nouns(word: &str) -> bool {
    matches!(
        word,
        "rise"
            | "rises"
            | "raise"
            | "raises"
            | "increase"
            | "increases"
            | "hike"
            | "hikes"
            | "cut"
            | "cuts"
            | "drop"
            | "fall"
            | "reduction"
            | "decrease"
            | "boost"
            | "contraction"
    )
}

/// "with 158,000 jobs lost", "$21 billion wiped off the market", "5,000 jobs added in May":
/// a participle of change after the counted noun, its clause ending or going on with a
/// preposition. A verb with an object ("300 people lost their homes") is the figure's own.
fn participle_after(t: &Tokens, last: usize) -> Option<Trend> {
    let k = last + 1;
    let w = t.lower(k);
    if !t.near(k) || !t.is_word(k) || !(w.ends_with("ed") || matches!(w, "lost" | "cut" | "shed")) {
        return None;
    }
    let trend = match w {
        "wiped" | "axed" => Some(Trend::Down),
        _ => trend_word(w).filter(|_| !matches!(w, "higher" | "lower")),
    }?;
    let next = t.lower(k + 1);
    let goes_on = matches!(
        next,
        "off"
            | "out"
            | "in"
            | "on"
            | "at"
            | "by"
            | "since"
            | "this"
            | "last"
            | "so"
            | "over"
            | "during"
            | "across"
            | "from"
            | "nationwide"
            | "worldwide"
            | "overall"
    );
    let clause_ends = t.kind(k + 1).is_none() || (t.kind(k + 1) == Some(Kind::Symbol) && !currency_sign(next));
    (goes_on || clause_ends).then_some(trend)
}

/// The change a noun after a figure names: the trend words, and "raise" and "boost", which
/// as nouns are rises ("a $3,000 raise").
fn change_noun(word: &str) -> Option<Trend> {
    match word {
        "raise" | "raises" | "boost" | "boosts" => Some(Trend::Up),
        _ => trend_word(word),
    }
}

#[cfg(test)]
mod tests {
    use crate::report::Trend;

    use super::super::test_support::{figures, one};

    fn trends(text: &str) -> Vec<(String, Option<Trend>)> {
        figures(text).into_iter().map(|(s, f)| (s, f.trend)).collect()
    }

    #[test]
    fn the_period_compared_may_stand_before_the_noun_of_change() {
        for (text, want) in [
            ("Exports posted a 64 per cent year-on-year rise in October.", Some(Trend::Up)),
            ("The chain reported a 3.1% month-on-month fall in footfall.", Some(Trend::Down)),
            ("Analysts expect a 2% quarter-over-quarter decline.", Some(Trend::Down)),
            ("Brokers saw a 5.2% y/y drop in volumes.", Some(Trend::Down)),
            ("Nurses won a 4% annual increase.", Some(Trend::Up)),
            // A period before a noun that names no change leaves the figure as it was.
            ("Members pay a 5% annual fee.", None),
        ] {
            let (_, f) = one(text);
            assert_eq!(f.trend, want, "{text}");
        }
    }

    #[test]
    fn a_baseline_in_brackets_shares_the_change() {
        let down = Some(Trend::Down);
        let up = Some(Trend::Up);
        for (text, want) in [
            ("Net migration fell to 540,000 (from 764,000) in the year to June.", vec![down, down]),
            ("Applications dropped to 1,200 (from 1,650 in 2022).", vec![down, down]),
            ("The club has 8,100 members (up from 6,900 last season).", vec![up, up]),
            ("Arrests totalled 412 (down from 530 a year earlier).", vec![down, down]),
            ("Shares fell 87 cents (or 1.1%) in New York.", vec![down, down]),
        ] {
            let got: Vec<_> = trends(text).into_iter().map(|(_, t)| t).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn verbs_of_rise_and_fall_give_the_trend() {
        for (text, want) in [
            ("Shares climbed 1.2 per cent on Monday.", Trend::Up),
            ("Exports were down 4.5% in May.", Trend::Down),
            ("The index jumped 300 points.", Trend::Up),
            ("Profits declined by nearly 20 percent.", Trend::Down),
            ("The company cut 5,000 jobs.", Trend::Down),
            ("Revenue surged past $1 billion.", Trend::Up),
            ("The law reduced federal aid for the poor by nearly $55 billion.", Trend::Down),
            ("Obama called for reducing the corporate tax rate to 28 percent.", Trend::Down),
        ] {
            let (_, f) = one(text);
            assert_eq!(f.trend, Some(want), "{text}");
        }
    }

    #[test]
    fn a_change_from_one_level_to_another_is_two_figures_with_the_trend() {
        let found = trends("Oil slid from $61 to $57 a barrel.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|f| f.1 == Some(Trend::Down)), "{found:?}");
        let found = trends("Approval has declined slightly from 58 percent in the last poll to 55 percent now.");
        assert_eq!(found.iter().filter(|f| f.1 == Some(Trend::Down)).count(), 2, "{found:?}");
        let found = trends("Sales rose from 3 to 5 million units.");
        assert!(found.iter().all(|f| f.1 == Some(Trend::Up) && !f.0.contains("from")), "{found:?}");
    }

    #[test]
    fn every_value_of_a_market_close_shares_its_direction() {
        // "up" or "down" before the change, then its restatement and the level after ", at".
        for text in ["Gold finished up $14.20, or 0.6%, at $2,391 an ounce.", "The Nikkei closed down 310 points, or 0.8%, at 38,120."] {
            let found = trends(text);
            assert_eq!(found.len(), 3, "{found:?}");
            let want = if text.contains("up") { Trend::Up } else { Trend::Down };
            assert!(found.iter().all(|f| f.1 == Some(want)), "{text}: {found:?}");
        }
        // A particle of another verb is still no direction.
        assert_eq!(trends("They set up 12 clinics, or 40% of the plan, at 3 sites.")[0].1, None);
    }

    #[test]
    fn a_level_named_before_its_value_takes_the_change() {
        for (text, want) in [
            ("Home sales jumped 9% to an annualized pace of 4.4 million.", Trend::Up),
            ("The lira slid to a fresh record low of 34.1 per dollar.", Trend::Down),
            ("Output climbed to a level of 2.1 million barrels a day.", Trend::Up),
        ] {
            assert_eq!(trends(text).last().map(|f| f.1), Some(Some(want)), "{text}");
        }
    }

    #[test]
    fn a_change_amount_keeps_its_verb_before_a_later_baseline() {
        // The amount of "rose by" keeps "up"; the baseline after "down from" is the fall.
        let found = trends("Rents grew by 4% a year, down from 5.5% in 2023.");
        assert_eq!(found.iter().map(|f| f.1).collect::<Vec<_>>(), [Some(Trend::Up), Some(Trend::Down)], "{found:?}");
        // A noun's amount is the level the "down from" lowers.
        let found = trends("The fund sees growth of 2% this year, down from 3%.");
        assert_eq!(found[0].1, Some(Trend::Down), "{found:?}");
    }

    #[test]
    fn a_trend_noun_after_the_figure_names_it_as_a_change() {
        assert_eq!(one("It was a 10 percent drop from last year.").1.trend, Some(Trend::Down));
        assert_eq!(one("They saw a threefold increase in claims.").1.trend, Some(Trend::Up));
        assert_eq!(one("Prices are 5% higher than in May.").1.trend, Some(Trend::Up));
    }

    #[test]
    fn a_comparative_of_breadth_names_a_change_as_higher_does() {
        assert_eq!(one("The trade deficit was 4% wider than a year earlier.").1.trend, Some(Trend::Up));
        assert_eq!(one("Credit spreads were 2 points wider than in March.").1.trend, Some(Trend::Up));
        assert_eq!(one("The shortfall came in 6 per cent narrower than forecast.").1.trend, Some(Trend::Down));
        assert_eq!(one("Its gap with rivals is 12% broader than last year.").1.trend, Some(Trend::Up));
        assert_eq!(one("The budget posted a deficit 3% larger than forecast.").1.trend, Some(Trend::Up));
        assert_eq!(one("The deficit was \u{a3}3bn smaller than forecast.").1.trend, Some(Trend::Down));
        assert_eq!(one("The harvest was 2 million tonnes bigger than last year.").1.trend, Some(Trend::Up));
        assert_eq!(one("The new arena is 5,000 seats larger than the old one.").1.trend, None);
    }

    #[test]
    fn an_instruction_to_add_a_measure_of_a_substance_is_no_rise() {
        assert_eq!(one("Add 200 g of sugar and stir.").1.trend, None);
        assert_eq!(one("Whisk the eggs. Then add 2 cups of milk.").1.trend, None);
        assert_eq!(one("Melt the butter, add 3 tablespoons of flour and cook for a minute.").1.trend, None);
        assert_eq!(one("Stir in 50 ml of cream before serving.").1.trend, None);
        assert_eq!(one("Method\n\nAdd 1 teaspoon of salt to the water.").1.trend, None);
        assert_eq!(one("The company will add 200 jobs next year.").1.trend, Some(Trend::Up));
        assert_eq!(one("The utility plans to add 500 megawatts of capacity.").1.trend, Some(Trend::Up));
        assert_eq!(one("Employers added 150,000 jobs in May.").1.trend, Some(Trend::Up));
    }

    #[test]
    fn more_verbs_of_change_and_their_forms() {
        for (text, want) in [
            ("The currency weakened 2.5% this week.", Trend::Down),
            ("The budget was slashed by $2 billion.", Trend::Down),
            ("Inflation eased to 2.9% in June.", Trend::Down),
            ("Debt ballooned to $31 trillion.", Trend::Up),
            ("Grain prices rallied 7 percent.", Trend::Up),
            ("The deficit narrowed to $40 billion.", Trend::Down),
            ("The gap widened to 12 points.", Trend::Up),
            ("Rates were raised by 0.25 percentage points.", Trend::Up),
            ("Fees were raised to $95 a year.", Trend::Up),
            ("Crime was lower by 6% this year.", Trend::Down),
            ("Costs were higher by a third.", Trend::Up),
            ("Output contracted 1.1% in the quarter.", Trend::Down),
            ("The index moved +1.4% on the day.", Trend::Up),
            ("Stocks closed at -2.1% for the week.", Trend::Down),
        ] {
            let (_, f) = one(text);
            assert_eq!(f.trend, Some(want), "{text}");
        }
    }

    #[test]
    fn a_count_of_more_or_fewer_is_a_change() {
        assert_eq!(one("The law gave 25 million more people health care.").1.trend, Some(Trend::Up));
        assert_eq!(one("There are 5,000 fewer jobs in the county.").1.trend, Some(Trend::Down));
        assert_eq!(one("Thousands more are expected on Sunday.").1.trend, None);
        for text in ["It was 5 times more expensive.", "We need 10 more than that.", "Prices rose 10% more slowly."] {
            assert!(trends(text).iter().all(|f| f.1 != Some(Trend::Up) || text.contains("rose")), "{text}: {:?}", trends(text));
        }
        assert_eq!(trends("It was 5 times more expensive.")[0].1, None);
    }

    #[test]
    fn a_level_before_up_from_is_the_change_reached() {
        let found = trends("Sales were $3.4bn, up from $2.9bn.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|f| f.1 == Some(Trend::Up)), "{found:?}");
        assert_eq!(trends("Turnout was 61% down from 66%.")[0].1, Some(Trend::Down));
    }

    #[test]
    fn a_level_with_its_noun_before_up_from_carries_the_change() {
        for (text, level, want) in [
            ("The state approved a $1.2 billion relief package, up from $800 million last year.", "$1.2 billion", Trend::Up),
            ("Unemployment was 4.1 percent in March, down from 4.3 percent.", "4.1 percent", Trend::Down),
            ("The firm reported 3,000 new orders for the quarter, up from 2,500.", "3,000 new orders", Trend::Up),
            ("It spent $40 million on security in 2023, down from $52 million.", "$40 million", Trend::Down),
            ("Turnout reached 61% among young voters, up from 48% in 2020.", "61%", Trend::Up),
        ] {
            let found = trends(text);
            let f = found.iter().find(|f| f.0.starts_with(level)).unwrap_or_else(|| panic!("{text}: {found:?}"));
            assert_eq!(f.1, Some(want), "{text}: {found:?}");
        }
        // Another figure or clause between keeps the first figure apart from the change.
        let found = trends("Police counted 200 protesters, and prices were 5% higher, up from 3%.");
        assert_eq!(found[0].1, None, "{found:?}");
        let found = trends("The 12 members met 30 times this year, up from 20.");
        assert_eq!(found[0].1, None, "{found:?}");
    }

    #[test]
    fn a_level_named_with_a_span_of_time_after_to_or_from_carries_the_trend() {
        for (text, level, want) in [
            ("Shares have fallen 28% from a 52-week high of $123.", "$123", Trend::Down),
            ("Unemployment fell to a 50-year low of 3.4%.", "3.4%", Trend::Down),
            ("The index climbed from a two-decade low of 880 points.", "880 points", Trend::Up),
        ] {
            let found = trends(text);
            assert!(found.iter().any(|f| f.0 == level && f.1 == Some(want)), "{text}: {found:?}");
        }
    }

    #[test]
    fn the_new_level_of_a_change_from_one_level_to_another_carries_the_trend() {
        // The new level carries the change; the baseline keeps it too, as the news development
        // gold (and the benchmark it follows) marks both levels of one change.
        for (text, want) in [
            ("Unemployment rose to 4.1 percent from 3.9 percent.", Trend::Up),
            ("Sales fell from $2,415 to $2,315.", Trend::Down),
            ("The deficit shrank to $40 billion from $52 billion.", Trend::Down),
            ("Membership climbed from 12,000 to 15,500 people.", Trend::Up),
        ] {
            let found = trends(text);
            assert_eq!(found.len(), 2, "{text}: {found:?}");
            assert!(found.iter().all(|f| f.1 == Some(want)), "{text}: {found:?}");
        }
    }

    #[test]
    fn the_level_after_a_comma_shares_the_change() {
        let found = trends("Sales rose 5 percent, to $3.2 billion.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|f| f.1 == Some(Trend::Up)), "{found:?}");
        let found = trends("Membership fell 8%, to 41,000 people.");
        assert!(found.iter().all(|f| f.1 == Some(Trend::Down)), "{found:?}");
        // A comma that opens another clause keeps its figure apart.
        assert_eq!(trends("Prices rose, and 300 people left.")[0].1, None);
    }

    #[test]
    fn no_trend_without_a_trend_word_in_the_clause() {
        for text in [
            "That held the estimate of global growth steady at 3.1 percent.",
            "He plans to cut emissions by gaining control of millions of tons of coal.",
            "You can sum it up in about 30 words.",
            "Clinton wants to sign up 5 million people.",
            "The lower 95 percent would pay little.",
            "It can cost up to $1 million.",
            "Prices rose in May, when 300 people bought homes.",
            "They raised $15 million for the campaign.",
            "About 40 people came.",
            "A rally of 5,000 people filled the square.",
            "He won by a narrow 51 percent.",
            "They signed contracts of $5 billion.",
            "Net income was -$4.2 million.",
            "The reservoir was at -3.5 metres.",
        ] {
            assert!(trends(text).iter().all(|f| f.1.is_none()), "{text}: {:?}", trends(text));
        }
    }

    #[test]
    fn the_baseline_after_the_level_reached_shares_the_change() {
        for (text, want) in [
            ("The index fell to 92.1 in March from 94.7.", Trend::Down),
            ("Inflation rose to 6.2 per cent in May from 5.9 per cent in April.", Trend::Up),
            ("Premiums dropped to S$70,000 from S$81,500 at the last tender.", Trend::Down),
            ("Turnout climbed to 71% this time from 64%.", Trend::Up),
        ] {
            let found = trends(text);
            assert_eq!(found.len(), 2, "{text}: {found:?}");
            assert!(found.iter().all(|f| f.1 == Some(want)), "{text}: {found:?}");
        }
        // A "from" in another clause is no baseline of the change.
        let found = trends("Rates rose to 5%, and 40 people came from 12 towns.");
        assert!(found.iter().filter(|f| !f.0.contains('%')).all(|f| f.1.is_none()), "{found:?}");
    }

    #[test]
    fn a_level_after_a_comma_past_words_of_time_shares_the_change() {
        let found = trends("Arrests fell 12 percent in the year to March, to 8,400.");
        assert!(found.iter().filter(|f| f.0.starts_with("8,400")).all(|f| f.1 == Some(Trend::Down)), "{found:?}");
        let found = trends("Output grew 4% over the winter months, to 2.1 million tonnes.");
        assert!(found.iter().all(|f| f.1 == Some(Trend::Up)), "{found:?}");
    }

    #[test]
    fn currency_signs_of_every_kind_belong_to_the_figure() {
        for text in ["Silver jumped ₹900 to ₹92,400 a kilo.", "Fares rose ₦500 to ₦2,500.", "The fee went up ₩2,000 to ₩15,000."] {
            let found = trends(text);
            assert_eq!(found.len(), 2, "{text}: {found:?}");
            assert!(found.iter().all(|f| f.1 == Some(Trend::Up)), "{text}: {found:?}");
        }
    }

    #[test]
    fn a_close_higher_or_lower_at_a_level_is_the_same_change() {
        let found = trends("The Hang Seng ended 1.3% lower at 17,120 points.");
        assert!(found.iter().all(|f| f.1 == Some(Trend::Down)), "{found:?}");
        let found = trends("The CAC 40 finished 0.4% higher at 7,544.");
        assert!(found.iter().all(|f| f.1 == Some(Trend::Up)), "{found:?}");
    }

    #[test]
    fn a_level_then_its_value_in_brackets_still_takes_the_change_after_them() {
        let found = trends("Exports reached 3.2 trillion yuan (about $450 billion) in May, up 5 percent.");
        let level = found.iter().find(|f| f.0.starts_with("3.2 trillion")).expect("level");
        assert_eq!(level.1, Some(Trend::Up), "{found:?}");
        let found = trends("Sales were €4bn (£3.4bn) last year, down 2%.");
        assert_eq!(found[0].1, Some(Trend::Down), "{found:?}");
    }

    #[test]
    fn a_participle_of_change_after_the_counted_noun() {
        for (text, want) in [
            ("The sector shrank, with 12,000 jobs lost in the quarter.", Trend::Down),
            ("Markets tumbled, with $40 billion wiped off the value of banks.", Trend::Down),
            ("Payrolls grew, with 210,000 jobs added in May.", Trend::Up),
            ("There were 900 positions cut.", Trend::Down),
        ] {
            let found = trends(text);
            let f = found.iter().find(|f| f.0.chars().next().is_some_and(|c| c.is_ascii_digit() || c == '$')).unwrap_or_else(|| panic!("{text}: {found:?}"));
            assert_eq!(f.1, Some(want), "{text}: {found:?}");
        }
        // The figure's own verb with an object is no change of the figure.
        assert_eq!(trends("About 300 people lost their homes.")[0].1, None);
        assert_eq!(trends("Some 40 workers cut the grass.")[0].1, None);
    }

    #[test]
    fn verbs_of_currencies_and_prices() {
        for (text, want) in [
            ("The shilling depreciated 1.5% against the dollar.", Trend::Down),
            ("The won appreciated 0.8% on Friday.", Trend::Up),
            ("The rand firmed 0.4% in early trade.", Trend::Up),
            ("Inflation cooled to 2.4% in June.", Trend::Down),
            ("Growth slowed to 1.1% in the quarter.", Trend::Down),
            ("The bank lowered its forecast to 3%.", Trend::Down),
            ("Shares leapt 14% on the news.", Trend::Up),
            ("Rents skyrocketed 30% last year.", Trend::Up),
        ] {
            let (_, f) = one(text);
            assert_eq!(f.trend, Some(want), "{text}");
        }
    }

    #[test]
    fn up_and_down_after_more_verbs_are_particles() {
        for text in [
            "The landlord racked up 800 violations.",
            "The team notched up 12 wins.",
            "Police rounded up 30 suspects.",
            "Gunmen gunned down 4 villagers.",
            "Officers tracked down 12 suspects.",
            "The council knocked down 200 homes.",
        ] {
            assert!(trends(text).iter().all(|f| f.1.is_none()), "{text}: {:?}", trends(text));
        }
    }

    #[test]
    fn gapped_amounts_share_the_verb_written_once() {
        for (text, want, n) in [
            ("Copper rose 2.1%, aluminium 1.4% and zinc 0.9%.", Trend::Up, 3),
            ("Wheat futures dropped 3% and corn 1.5% on Monday.", Trend::Down, 2),
            ("Sales grew 8% in the first half and profits 11%.", Trend::Up, 2),
            ("The Dax lost 120 points, the Ibex 85 points and the Smi 60 points.", Trend::Down, 3),
            ("Brent sank 4%, while WTI 3.6%.", Trend::Down, 2),
        ] {
            let found = trends(text);
            assert_eq!(found.len(), n, "{text}: {found:?}");
            assert!(found.iter().all(|f| f.1 == Some(want)), "{text}: {found:?}");
        }
        // An amount with a verb of its own, or of another measure, takes no gapped change.
        let found = trends("Sales rose 5%, and 20 stores will close.");
        assert_eq!(found.last().map(|f| f.1), Some(None), "{found:?}");
        let found = trends("Prices rose 3% and the firm hired 40 workers.");
        assert_eq!(found.last().map(|f| f.1), Some(None), "{found:?}");
        let found = trends("Rents rose 4% and 1,200 families moved.");
        assert_eq!(found.last().map(|f| f.1), Some(None), "{found:?}");
    }

    #[test]
    fn ended_up_or_down_before_an_amount_is_a_close() {
        for (text, want) in [
            ("The Sensex ended down 420 points at 72,100.", Trend::Down),
            ("Silver ended up 2.2% at $29.40 an ounce.", Trend::Up),
            ("The euro ended down 0.4% on the day.", Trend::Down),
        ] {
            let found = trends(text);
            assert!(found.iter().all(|f| f.1 == Some(want)), "{text}: {found:?}");
        }
        // "ended up" before anything but an amount is the particle verb.
        for text in ["He ended up paying $300 in fees.", "They ended up with 12 seats."] {
            assert!(trends(text).iter().all(|f| f.1.is_none()), "{text}: {:?}", trends(text));
        }
    }

    #[test]
    fn the_level_a_change_reaches_takes_it_past_words_between() {
        for (text, want) in [
            ("Exports fell 3.4% in June from a year earlier to $52 billion.", Trend::Down),
            ("Rents rose 1.1% month-on-month to an average of $2,050.", Trend::Up),
            ("Output slumped 9% to a seasonally adjusted annual rate of 640,000.", Trend::Down),
            ("The index jumped as much as 3.1% to 7,420.", Trend::Up),
            ("Panic selling pushed the rupee down to 84.2.", Trend::Down),
            ("Inflation rose 0.3 points, from 2.1% to 2.4%.", Trend::Up),
        ] {
            let found = trends(text);
            assert!(found.len() >= 2 || text.contains("pushed"), "{text}: {found:?}");
            assert!(found.iter().all(|f| f.1 == Some(want)), "{text}: {found:?}");
        }
        // A "to" after no change stays a plain amount; "up to" is still a bound.
        assert!(trends("They gave $5 to each of 300 charities.").iter().all(|f| f.1.is_none()));
        assert!(trends("The plan covers up to 400 homes.").iter().all(|f| f.1.is_none()));
    }
}
