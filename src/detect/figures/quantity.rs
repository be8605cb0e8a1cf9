//! Quantities: a number with what qualifies it — a currency before or after it ("$ 75
//! million", "420 million finnish markka"), a unit ("45-acre", "188 miles an hour"), a
//! percent sign, "years old" — or a quantity word with no number ("thousands of"), and the
//! counted noun after a count ("10 major cities"). The category of a figure is decided here.

use super::numbers::{self, Form, Number, Tokens};
use super::{phrases, trend, words_of};
use crate::detect::lexicon;
use crate::report::Category;
use crate::text::tokens::pieces::Kind;

/// A quantity: a number with what qualifies it, before hedges and ranges.
#[derive(Clone, Debug)]
pub(super) struct Quantity {
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) value: Option<f64>,
    /// The upper bound of a quantity word's order of magnitude ("thousands of": 10,000).
    pub(super) high: Option<f64>,
    pub(super) category: Category,
    pub(super) unit: Option<String>,
    /// "thousands of": a quantity word that is its own hedge.
    pub(super) approx: Option<String>,
    pub(super) form: Form,
    pub(super) word_one: bool,
}

/// "12 F-35 fighters", "six C-17 transports": a capital letter spaced from the count and glued
/// by a hyphen to digits is a model's code, no temperature scale ("F", "C") or unit after it.
fn letter_code(t: &Tokens, k: usize, last: usize) -> bool {
    let capital = t.raw(k).chars().all(char::is_uppercase);
    let glued_digits = t.is(last + 1, "-") && t.joined(last + 1) && t.joined(last + 2) && t.kind(last + 2) == Some(Kind::Digits);
    last == k && t.spaced(k) && capital && glued_digits
}

/// A number with its currency, unit or percent, or a quantity word ("thousands of").
pub(super) fn quantity(t: &Tokens, i: usize) -> Option<Quantity> {
    // "aged 87", "age 87", "at the age of 20".
    if matches!(t.lower(i), "age" | "aged") && t.near(i + 1) {
        let k = if t.is(i + 1, "of") { i + 2 } else { i + 1 };
        if let Some(n) = numbers::parse(t, k).filter(|n| (n.form == Form::Integer || n.form == Form::Words) && t.near(k)) {
            return Some(Quantity {
                high: None,
                first: i,
                last: n.last,
                value: Some(n.value),
                category: Category::Age,
                unit: Some("year".into()),
                approx: None,
                form: n.form,
                word_one: false,
            });
        }
    }
    // "1:56.72", "2:03:45", "clocked 4:02": a race time, read before its colon makes a clock.
    if let Some(q) = super::race::race_time(t, i) {
        return Some(q);
    }
    // "$ 75 million", "US$ 150 million", "€ 2 million", "USD 200"; "-$4.2 million" is a loss.
    let minus = minus_before_currency(t, i);
    let c = if minus { i + 1 } else { i };
    if let Some((p, last)) = currency_before_number(t, c) {
        let k = last + 1;
        if t.near(k) {
            if let Some(n) = numbers::parse(t, k).filter(|n| n.form != Form::Ordinal) {
                let factor = p.field(1).and_then(|f| f.parse::<f64>().ok()).unwrap_or(1.0);
                let mut value = n.value * factor;
                if minus {
                    value = -value;
                }
                let mut end = n.last;
                // "$5m", "$4.8b": lower-case scale letters mean money here.
                if t.joined(end + 1) && matches!(t.raw(end + 1), "m" | "b") {
                    value *= if t.raw(end + 1) == "m" { 1e6 } else { 1e9 };
                    end += 1;
                }
                return Some(Quantity {
                    high: None,
                    first: i,
                    last: end,
                    value: Some(value),
                    category: Category::Money,
                    unit: p.field(0).map(String::from),
                    approx: None,
                    form: n.form,
                    word_one: false,
                });
            }
        }
    }
    if let Some(q) = letter_currency(t, i).or_else(|| lettered_dollar(t, i)) {
        return Some(q);
    }
    // "percent of 10".
    if let Some((p, last)) = phrases::units().longest(t, i) {
        if p.field(0) == Some("percent") && t.lower(i).chars().all(char::is_alphabetic) && t.is(last + 1, "of") && t.near(last + 2) {
            if let Some(n) = numbers::parse(t, last + 2) {
                return Some(Quantity {
                    high: None,
                    first: i,
                    last: n.last,
                    value: Some(n.value),
                    category: Category::Percent,
                    unit: p.field(1).map(String::from),
                    approx: None,
                    form: n.form,
                    word_one: false,
                });
            }
        }
    }
    // "a tenfold increase", "grew threefold": a multiple written as one word is a figure.
    if let Some(v) = numbers::fold_word(t.lower(i)).filter(|_| t.is_word(i)) {
        return Some(Quantity {
            first: i,
            last: i,
            high: None,
            value: Some(v),
            category: Category::Count,
            unit: None,
            approx: None,
            form: Form::Words,
            word_one: false,
        });
    }
    let Some(n) = numbers::parse(t, i) else {
        return quantity_word(t, i).or_else(|| vague_count(t, i)).or_else(|| one_unit(t, i));
    };
    // "10.62s", "a 5K race": seconds and kilometres written the way results are.
    // "4min 12sec", "45 min": durations chained or abbreviated.
    // "3min 42sec", "2 hours 15 minutes": a chain of falling units of time is one amount.
    if let Some(q) = super::compound_durations::chain(t, i)
        .or_else(|| super::race::glued_seconds(t, &n))
        .or_else(|| super::race::race_distance(t, &n))
        .or_else(|| glued_megapixels(t, &n))
        .or_else(|| super::durations::duration(t, &n))
    {
        return Some(q);
    }
    Some(qualify(t, n))
}

/// "a 200MP camera", "50mp": megapixels written glued to the digits. "MP" is no unit of the
/// table: spaced ("one MP said", "the 3 MPs") it is a member of parliament.
fn glued_megapixels(t: &Tokens, n: &Number) -> Option<Quantity> {
    let k = n.last + 1;
    let glued = t.is(k, "mp") && t.joined(k) && !(t.joined(k + 1) && t.is_word(k + 1));
    (glued && matches!(n.form, Form::Integer | Form::Digits)).then(|| Quantity {
        first: n.first,
        last: k,
        value: Some(n.value),
        high: None,
        category: Category::Measure,
        unit: Some("megapixel".to_string()),
        approx: None,
        form: n.form,
        word_one: false,
    })
}

/// A currency as it is written before a number, and its last token: a symbol ("$", "S$",
/// "€"), a code ("USD", "RMB", "Rs") or an abbreviation. A name written in lower or title
/// case ("Euro 2024", "the Dollar 50 store") names an event or a brand there, and a lone
/// letter ("S&P 500") is pence only after the number ("50p").
pub(super) fn currency_before_number(t: &Tokens, i: usize) -> Option<(&'static phrases::Phrase, usize)> {
    let (p, last) = phrases::currencies().longest(t, i)?;
    let raw = t.raw(i);
    let letters = raw.chars().count();
    let name = last == i && t.is_word(i) && letters > 3 && !raw.chars().all(char::is_uppercase) && spelled_in_its_currency(p, t.lower(i));
    let lone_letter = last == i && t.is_word(i) && letters == 1;
    (!name && !lone_letter && dollar_prefix_is_written(t, i, last)).then_some((p, last))
}

/// Whether a surface is the currency's name spelled out ("euro", "rupees", "naira"), not an
/// abbreviation ("KShs", "Kshs", "UShs", "FCFA"): a name is in the currency's own name, so
/// "Euro 2024" can name an event, while an abbreviation before digits is always money.
fn spelled_in_its_currency(p: &phrases::Phrase, surface: &str) -> bool {
    let currency = p.field(0).unwrap_or("").to_lowercase();
    let singular = surface.strip_suffix('s').unwrap_or(surface);
    currency.contains(surface) || currency.contains(singular)
}

/// "WS$20 million", "SI$3.5 billion": capital letters glued to "$" that the currency table
/// does not know still name a dollar other than the US one; the amount keeps them, so the
/// reader sees the page's "WS$", never a bare "$" read as US dollars.
fn lettered_dollar(t: &Tokens, i: usize) -> Option<Quantity> {
    let raw = t.raw(i);
    let letters = t.is_word(i) && (1..=3).contains(&raw.len()) && raw.chars().all(|c| c.is_ascii_uppercase());
    if !letters || (i > 0 && t.joined(i)) || !t.joined(i + 1) || t.raw(i + 1) != "$" || !t.joined(i + 2) {
        return None;
    }
    let q = quantity(t, i + 1).filter(|q| q.first == i + 1 && q.category == Category::Money)?;
    Some(Quantity { first: i, unit: Some(format!("{raw}$ dollar")), ..q })
}

/// "R5.3bn", "N1,620", "P58.45": a currency written as one capital letter glued to an amount
/// (South African, Nigerian, Philippine and Zambian copy). Only an amount written as money,
/// with a separator, decimals or a scale, makes the letter a currency: "N95", "P5", "K9" are
/// names.
fn letter_currency(t: &Tokens, i: usize) -> Option<Quantity> {
    let raw = t.raw(i);
    let capital = t.is_word(i) && raw.chars().count() == 1 && raw.chars().all(char::is_uppercase);
    let upper_end = i > 0 && t.joined(i) && letter_range_low(t, i).is_some();
    if !capital || !t.joined(i + 1) || (i > 0 && t.joined(i) && !upper_end) {
        return None;
    }
    let entry = lexicon::currency_letters().entry_for_key(t.lower(i))?;
    let n = numbers::parse(t, i + 1)
        .filter(|n| n.form == Form::Digits || (n.form == Form::Integer && (priced_or_changed(t, i, n.last) || upper_end || letter_range_high(t, i, n.last))))?;
    Some(Quantity {
        high: None,
        first: i,
        last: n.last,
        value: Some(n.value),
        category: Category::Money,
        unit: entry.split('|').nth(1).map(|c| c.trim().to_string()),
        approx: None,
        form: n.form,
        word_one: false,
    })
}

/// "R5-R10", "R150-R200": the same currency letter glued to both ends of a range makes both
/// money, where "R2-D2" or "N95" alone stays a name. Whether the letter at `i` after a hyphen
/// ends such a range: the token where its lower end starts.
fn letter_range_low(t: &Tokens, i: usize) -> Option<usize> {
    if i < 3 || !t.is(i - 1, "-") || !t.joined(i - 1) || t.kind(i - 2) != Some(Kind::Digits) {
        return None;
    }
    // Back over the digits of the lower end, with their separators ("R1,500-R2,000").
    let mut k = i - 2;
    while k > 1 && t.joined(k) && (t.kind(k - 1) == Some(Kind::Digits) || matches!(t.lower(k - 1), "," | ".")) {
        k -= 1;
    }
    let low = k.checked_sub(1)?;
    (t.joined(k) && t.raw(low) == t.raw(i) && (low == 0 || !t.joined(low))).then_some(low)
}

/// Whether the amount glued to the letter at `i`, ending at `last`, opens a range whose upper
/// end has the same letter ("R5-R10").
fn letter_range_high(t: &Tokens, i: usize, last: usize) -> bool {
    let k = last + 1;
    t.is(k, "-") && t.joined(k) && t.joined(k + 1) && t.raw(k + 1) == t.raw(i) && t.joined(k + 2) && t.kind(k + 2) == Some(Kind::Digits)
}

/// "rose by R1 a litre", "fell by R2", "R5 a kilo": a small whole amount after "by" (the size
/// of a change) or before a rate ("a litre", "per month") is money, where "N95" or "K9" alone
/// is a name.
fn priced_or_changed(t: &Tokens, i: usize, last: usize) -> bool {
    // "rose by between R5-R10": "between" opens the range the change spans.
    let by = i > 0 && (t.is(i - 1, "by") || (i > 1 && t.is(i - 1, "between") && t.is(i - 2, "by")));
    let rate = matches!(t.lower(last + 1), "a" | "an" | "per")
        && matches!(
            t.lower(last + 2),
            "litre" | "liter" | "kilo" | "kg" | "kilogram" | "day" | "week" | "month" | "year" | "unit" | "share" | "hour" | "loaf" | "bag"
        );
    by || rate || money_context(t, i, last)
}

/// How many tokens before a one-letter currency may hold the word that prices it: "costs
/// K200", "sold for N500", "paid as much as R50".
const PRICE_WORDS: usize = 4;

/// "a loaf costs R50", "sold for N500", "fares rose to P30", "R50 for a loaf of bread": a
/// letter and a small whole amount are money where a word of money or price comes just before
/// (or a change reaches the amount), or what is bought follows ("for a loaf"). "The R2 form",
/// "a K9 unit", "his P45" have none and stay codes.
fn money_context(t: &Tokens, i: usize, last: usize) -> bool {
    let priced = |k: usize| lexicon::money_words().contains(t.lower(k)) || lexicon::amount_verbs().contains(t.lower(k));
    // "bought a K9 unit", "the R2 form": after a determiner the letter and digits name a thing.
    let named = i > 0 && matches!(t.lower(i - 1), "a" | "an" | "the" | "his" | "her" | "their" | "its");
    let before = !named && (i.saturating_sub(PRICE_WORDS)..i).rev().take_while(|&k| t.is_word(k) && t.near(k + 1)).any(priced);
    // "rose to P30", "down from K150": the level a change reaches or leaves.
    let reached = i >= 2 && matches!(t.lower(i - 1), "to" | "from" | "at") && lexicon::trend_words().entry_for_key(t.lower(i - 2)).is_some();
    let bought = t.is(last + 1, "for") && matches!(t.lower(last + 2), "a" | "an" | "one" | "each" | "every");
    before || reached || bought
}

/// Whether letters before a dollar sign ("A$", "AU$", "NZ$", "US$") are its country prefix:
/// only when written capitalised, and against the sign unless a code of capitals ("US $5").
/// "a $5 million grant" is the article; a lower-case word before a spaced "$" is no prefix.
fn dollar_prefix_is_written(t: &Tokens, i: usize, last: usize) -> bool {
    if last == i || t.raw(last) != "$" || !t.is_word(i) {
        return true;
    }
    let letters = t.raw(i);
    let capitalised = letters.chars().next().is_some_and(char::is_uppercase);
    // "US $150 million" is still a code; "A $5 million grant" opens a sentence with the article.
    let code = letters.chars().count() > 1 && letters.chars().all(char::is_uppercase);
    capitalised && ((i + 1..=last).all(|k| t.joined(k)) || code)
}

/// Whether token `i` is a minus sign standing before a currency symbol: "-$4.2 million",
/// "net income was −€30m". A hyphen joined to the word or number before it is no sign.
fn minus_before_currency(t: &Tokens, i: usize) -> bool {
    matches!(t.lower(i), "-" | "\u{2212}") && (i == 0 || !t.joined(i)) && t.joined(i + 1) && t.kind(i + 1) == Some(Kind::Symbol)
}

/// "a metric ton", "a mile", "a euro": the article counts one of a unit of measure or money.
/// Units that are also common nouns ("a bit", "a foot", "a turn", "a degree") are left out.
pub(super) fn one_unit(t: &Tokens, i: usize) -> Option<Quantity> {
    if !matches!(t.lower(i), "a" | "an") || !t.near(i + 1) {
        return None;
    }
    // "the price of a gallon", "80 paise a litre", "$2 per a kilo": a unit after "of", "per"
    // or an amount is what a price is quoted for, no amount of one.
    let before = if i > 0 { t.lower(i - 1) } else { "" };
    // "45c a litre", "15p a kilo": a unit glued to digits ends an amount too.
    let glued_unit = i > 1 && t.is_word(i - 1) && t.joined(i - 1) && t.kind(i - 2) == Some(Kind::Digits);
    if matches!(before, "of" | "per")
        || glued_unit
        || (i > 0 && (t.kind(i - 1) == Some(Kind::Digits) || phrases::currencies().longest(t, i - 1).is_some_and(|(_, l)| l == i - 1)))
    {
        return None;
    }
    let k = i + 1;
    // A currency that multiplies ("grand") is no unit of one: "a grand jury".
    if let Some((p, last)) = phrases::currencies().longest(t, k).filter(|(p, _)| t.is_word(k) && t.lower(k).len() > 3 && p.field(1).is_none()) {
        return Some(Quantity {
            high: None,
            first: i,
            last,
            value: Some(1.0),
            category: Category::Money,
            unit: p.field(0).map(String::from),
            approx: None,
            form: Form::Words,
            word_one: true,
        });
    }
    let (p, last) = phrases::units().longest(t, k)?;
    // "a century old", "a year old": an age of one unit is an age too.
    let measurable = matches!(p.field(0), Some("length" | "area" | "volume" | "weight" | "speed" | "age"));
    let common_noun = matches!(t.lower(k), "foot" | "yard" | "cup" | "stone" | "pint" | "ton" | "pound" | "turn" | "bit");
    if !measurable || common_noun || p.is_short() || t.lower(k).len() < 4 && last == k {
        return None;
    }
    let (value, last) = fraction_after_unit(t, last + 1).map_or((1.0, last), |(part, end)| (1.0 + part, end));
    Some(Quantity {
        high: None,
        first: i,
        last,
        value: Some(value),
        category: if p.field(0) == Some("age") { Category::Age } else { Category::Measure },
        unit: p.field(1).map(String::from),
        approx: None,
        form: Form::Words,
        word_one: true,
    })
}

/// A vague count a news reader still reads as a number: "several thousand", "a few
/// hundred", "a couple hundred", "a couple of million dollars" (a scale word multiplied by
/// a vague amount, read as the scale itself, as "thousands of" is read as 1000; "a couple"
/// is two of them), and "a couple of" before a counted plural ("a couple of apples" is about 2).
/// "A couple" alone is a pair of people, no count.
pub(super) fn vague_count(t: &Tokens, i: usize) -> Option<Quantity> {
    let (times, mut last) = match t.lower(i) {
        "several" => (1.0, i),
        "a" if t.is(i + 1, "few") && t.near(i + 1) => (1.0, i + 1),
        "a" if t.is(i + 1, "couple") && t.near(i + 1) => (2.0, i + 1),
        _ => return None,
    };
    let couple = times == 2.0;
    let of = couple && t.is(last + 1, "of") && t.near(last + 1);
    let k = if of { last + 2 } else { last + 1 };
    let scale = numbers::scale_word(t.lower(k)).filter(|_| t.near(k) && t.is_word(k));
    let value = match scale {
        Some(s) => {
            last = k;
            // "several hundred thousand", "a few hundred million": scales multiply.
            let mut value = times * s;
            let mut unit = s;
            while let Some(s2) = numbers::scale_word(t.lower(last + 1)).filter(|&s2| s2 > unit && t.near(last + 1) && t.is_word(last + 1)) {
                value *= s2;
                unit = s2;
                last += 1;
            }
            value
        }
        // "a couple of apples": the plural noun is attached by the caller as a count's noun.
        None if of && counted_noun(t, k).is_some() => {
            last = k - 1;
            2.0
        }
        None => return None,
    };
    let vague_end = if of { k - 1 } else { k.saturating_sub(1) };
    // "a couple of officers" is about two, as "a few" is about three: the vague words are the hedge.
    let approx = Some(words_of(t, i, vague_end));
    Some(Quantity { high: None, first: i, last, value: Some(value), category: Category::Count, unit: None, approx, form: Form::Words, word_one: false })
}

/// A score is twenty.
const SCORE: f64 = 20.0;

/// "Scores of villagers fled": "scores of" before what it counts is a vague plural like
/// "dozens of". Results are scores too: "the scores of both teams", "scores of the tests",
/// "test scores of 85" keep their own meaning.
fn scores_of(t: &Tokens, i: usize) -> bool {
    let prev = if i > 0 { t.lower(i - 1) } else { "" };
    let owned = matches!(
        prev,
        "the" | "their" | "his" | "her" | "its" | "our" | "your" | "my" | "these" | "those" | "test" | "exam" | "high" | "top" | "average" | "final"
    );
    let counted = t.is_word(i + 2) && !lexicon::function_words().contains(t.lower(i + 2));
    t.is(i, "scores") && t.is(i + 1, "of") && t.near(i + 1) && t.near(i + 2) && !owned && counted
}

/// "thousands of", "tens of thousands of", "hundreds of thousands of", "dozens".
pub(super) fn quantity_word(t: &Tokens, i: usize) -> Option<Quantity> {
    let (mut value, mut last) = if t.is(i, "tens") && t.is(i + 1, "of") {
        (10.0 * numbers::plural_scale_word(t.lower(i + 2)).filter(|&s| s >= 1000.0)?, i + 2)
    } else if scores_of(t, i) {
        (SCORE, i)
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
    // A vague plural names an order of magnitude: "thousands" are 1,000 to 10,000, "dozens"
    // 12 to 120, "tens of thousands" 10,000 to 100,000.
    let high = Some(value * 10.0);
    Some(Quantity { high, first: i, last, value: Some(value), category: Category::Count, unit: None, approx: Some(approx), form: Form::Words, word_one: false })
}

/// Whether the number is a one-point move ("slipped one point", "up by 1 point"): after a
/// change verb or "by"; "at one point" is a moment.
fn one_point_move(t: &Tokens, n: &Number) -> bool {
    let prev = if n.first > 0 { t.lower(n.first - 1) } else { "" };
    let point = n.last + 1;
    n.value == 1.0 && t.is(point, "point") && t.near(point) && (prev == "by" || (prev != "at" && trend::trend_before(t, n.first).is_some()))
}

/// The quantity a number makes with what follows it: a currency, a unit, a percent sign,
/// "years old"; or a year, a decade, an ordinal, a count.
pub(super) fn qualify(t: &Tokens, n: Number) -> Quantity {
    let mut q = Quantity {
        high: None,
        first: n.first,
        last: n.last,
        value: Some(n.value),
        category: Category::Count,
        unit: None,
        approx: None,
        form: n.form,
        word_one: n.word_one,
    };
    if n.form == Form::Ordinal {
        q.category = Category::Ordinal;
        return q;
    }
    // "dipped one point to 37%", "gained 1 point": a move of one point is a figure as much as
    // "two points" is.
    let point = n.last + 1;
    if one_point_move(t, &n) {
        q.last = point;
        q.unit = Some("point".to_string());
        q.word_one = false;
        return q;
    }
    let mut k = n.last + 1;
    // "half a mile", "a third of a gallon".
    if n.form == Form::Fraction {
        let mut j = k;
        if t.is(j, "of") {
            j += 1;
        }
        if matches!(t.lower(j), "a" | "an")
            && t.near(j)
            && t.near(j + 1)
            && (phrases::units().longest(t, j + 1).is_some() || phrases::currencies().longest(t, j + 1).is_some())
        {
            k = j + 1;
        }
    }
    // "half an hour", "a quarter of a century", "half a decade": a fraction of a stretch of
    // time measures that time.
    if let Some(unit) = fraction_of_time(t, &n) {
        q.last = unit;
        q.category = Category::Measure;
        q.unit = Some(t.lower(unit).to_string());
        return q;
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
    // "grew 5x", "10x faster": an x glued to the digits is a multiple; "4x4", "1920x1080"
    // (an x between digits) name a size or a drive, not a multiple.
    let x = n.last + 1;
    if matches!(n.form, Form::Integer | Form::Digits)
        && t.joined(x)
        && matches!(t.raw(x), "x" | "\u{d7}")
        && !(t.joined(x + 1) && t.kind(x + 1) == Some(Kind::Digits))
    {
        q.last = x;
        q.unit = Some("times".to_string());
        return q;
    }
    let near = t.near(k) || t.joined(k);
    let close = |last: usize| match bracket {
        Some(c) => t.is(last + 1, c).then_some(last + 1),
        None => Some(last),
    };

    // Currency after the number: "5 dollars", "420 million finnish markka", "75 USD million".
    if near {
        // "50p": a one-letter currency only right after the digits.
        if let Some((p, last)) = phrases::currencies()
            .longest(t, k)
            .filter(|(p, _)| !p.is_short() || p.field(0) != Some("penny") || t.joined(k))
            .filter(|(p, last)| !opens_a_name(t, k, *last, p.field(1).is_some()))
        {
            if let Some(mut last) = close(last) {
                let factor = p.field(1).and_then(|f| f.parse::<f64>().ok()).unwrap_or(1.0);
                let mut value = n.value * factor;
                if let Some(s) = numbers::scale_word(t.lower(last + 1)).filter(|&s| s >= 1000.0 && t.near(last + 1)) {
                    value *= s;
                    last += 1;
                }
                // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "17 USD 25".
                let major = !matches!(p.field(0), Some("cent" | "penny")) && coin_share(t, last).is_none();
                if major {
                    if let Some((coins, end)) = cents_after(t, last + 1) {
                        value += coins;
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
            // Two letters that are no English word ("km", "kg", "mb") are a unit before a word
            // too: "2 km long", "5 kg of rice"; "in", "am" are words, and "m" is a name's initial.
            let two_letter_unit =
                last == k && t.raw(k).chars().count() == 2 && !lexicon::function_words().contains(t.lower(k)) && !matches!(t.lower(k), "am" | "pm" | "yo");
            let short_ok = !p.is_short()
                || two_letter_unit
                || t.joined(k)
                || !t.is_word(last + 1)
                || !t.near(last + 1)
                || unit_of_a_substance(t, last)
                || super::letter_units::spaced_temperature(t, k);
            let after_digits = matches!(n.form, Form::Integer | Form::Digits | Form::Fraction) || !p.is_short();
            if short_ok && after_digits && !letter_code(t, k, last) {
                if let Some(last) = close(last) {
                    let kind = p.field(0).unwrap_or("");
                    let mut value = n.value;
                    let mut end = last;
                    if p.field(1) == Some("pound") && t.is_word(k) {
                        if let Some((pence, end)) = pence_after_pounds(t, last + 1) {
                            q.last = end;
                            q.value = Some(value + pence);
                            q.category = Category::Money;
                            q.unit = Some("British pound".into());
                            return q;
                        }
                        if pounds_are_money(t, &n, last) {
                            q.last = last;
                            q.category = Category::Money;
                            q.unit = Some("British pound".into());
                            return q;
                        }
                    }
                    // "5 feet 2 inches", "12 ft 2 in".
                    if p.field(1) == Some("foot") {
                        if let Some((inches, e)) = inches_after(t, last + 1) {
                            value += inches / 12.0;
                            end = e;
                        }
                    }
                    // "a mile and a half", "two kilos and a quarter".
                    if let Some((part, e)) = fraction_after_unit(t, end + 1) {
                        value += part;
                        end = e;
                    }
                    // "10 degrees below zero".
                    if kind == "temperature" && t.is(end + 1, "below") && t.is(end + 2, "zero") {
                        value = -value;
                        end += 2;
                    }
                    q.last = end;
                    q.value = Some(value);
                    q.unit = p.field(1).map(String::from);
                    // "a tilt of 12 degrees": bare degrees near a word of angle measure one.
                    let angle = kind == "temperature" && q.unit.as_deref() == Some("degree") && super::angles::degrees_of_an_angle(t, n.first, end);
                    q.category = match kind {
                        "percent" => Category::Percent,
                        "temperature" if angle => Category::Measure,
                        "temperature" => Category::Temperature,
                        "age" => Category::Age,
                        _ => Category::Measure,
                    };
                    return q;
                }
            }
        }
    }

    if let Some(found) = measure_named_around(t, &n, q.clone()) {
        return found;
    }

    // "20 below zero", "five below zero": a temperature that leaves out its "degrees".
    let below_zero = |k: usize| t.is(k, "below") && t.near(k) && t.is(k + 1, "zero") && t.near(k + 1);
    if n.value > 0.0 && below_zero(n.last + 1) {
        q.last = n.last + 2;
        q.value = Some(-n.value);
        q.category = Category::Temperature;
        q.unit = Some("degree".into());
        return q;
    }

    // "a 3,000-strong workforce", "the 40-strong squad": the noun after "-strong" is what the
    // number counts.
    if let Some(noun) = strong_compound(t, &n) {
        q.unit = Some(t.lower(noun).to_string());
        q.last = noun;
        return q;
    }
    // "a 15-year high", "the 10-year yield", "a four-year fight": a length of time hyphened
    // into an adjective is a measure of that time, not a bare count.
    if let Some(unit) = hyphened_time(t, &n) {
        q.category = Category::Measure;
        q.unit = Some(t.lower(unit).to_string());
        q.last = unit;
        return q;
    }

    // "the 90's", "the 1990's": a decade with an apostrophe before its "s".
    let len = t.raw(n.first).len();
    let apostrophe_s = t.joined(n.last + 1) && matches!(t.lower(n.last + 1), "'" | "\u{2019}") && t.joined(n.last + 2) && t.is(n.last + 2, "s");
    if n.form == Form::Integer && (len == 2 || len == 4 && (1000.0..=2100.0).contains(&n.value)) && n.value % 10.0 == 0.0 && apostrophe_s {
        q.category = Category::Year;
        q.value = Some(if len == 2 { 1900.0 + n.value } else { n.value });
        q.unit = Some("decade".into());
        q.last = n.last + 2;
        return q;
    }
    // Years and decades: "2003", "the 1990s", "'90s". "1000+" is a count with a lower bound.
    let plus_after = t.joined(n.last + 1) && t.is(n.last + 1, "+");
    if n.form == Form::Integer && (1000.0..=2100.0).contains(&n.value) && t.raw(n.first).len() == 4 && !plus_after {
        q.category = Category::Year;
        if t.joined(n.last + 1) && t.lower(n.last + 1) == "s" {
            q.last = n.last + 1;
            q.unit = Some("decade".into());
        }
        return q;
    }
    if n.form == Form::Integer
        && t.raw(n.first).len() == 2
        && n.first > 0
        && t.joined(n.first)
        && matches!(t.lower(n.first - 1), "'" | "\u{2019}")
        && t.joined(n.last + 1)
        && t.lower(n.last + 1) == "s"
    {
        q.category = Category::Year;
        q.first = n.first - 1;
        q.last = n.last + 1;
        q.value = Some(1900.0 + n.value);
        q.unit = Some("decade".into());
    }
    // "she turned 65", "turns 12 tomorrow": a bare number after "turn" is the age reached;
    // "people over 70", "aged under 18": a bound on people's number of years is an age.
    if q.category == Category::Count && (turned_age(t, &n) || bounded_age(t, &n) || age_at_death_or_stated(t, &n)) {
        q.category = Category::Age;
        q.unit = Some("year".into());
    }
    q
}

/// "500 g of heroin", "2 l of water", "40 m of fencing": a short unit is one before "of" and
/// the stuff it measures (a word that is no function word: "5 m of them" counts people).
fn unit_of_a_substance(t: &Tokens, unit: usize) -> bool {
    let stuff = unit + 2;
    t.is(unit + 1, "of") && t.near(unit + 1) && t.is_word(stuff) && t.near(stuff) && !lexicon::function_words().contains(t.lower(stuff))
}

/// "a mile and a half", "three pounds and a quarter": a half or a quarter joined by "and" to
/// a measure adds to it; its value and last token. "and a half-hour drive", "and a half dozen
/// eggs", "and a quarter of the land" are things of their own.
fn fraction_after_unit(t: &Tokens, k: usize) -> Option<(f64, usize)> {
    if !(t.is(k, "and") && t.is(k + 1, "a") && t.near(k) && t.near(k + 1) && t.near(k + 2)) {
        return None;
    }
    let part = match t.lower(k + 2) {
        "half" => 0.5,
        "quarter" => 0.25,
        _ => return None,
    };
    let next = k + 3;
    let w = t.lower(next);
    let own_thing = (t.is(next, "-") && t.joined(next))
        || (t.is_word(next)
            && t.near(next)
            && (w == "of"
                || numbers::is_number_word(w)
                || numbers::scale_word(w).is_some()
                || lexicon::time_nouns().contains(w)
                || phrases::units().longest(t, next).is_some()
                || phrases::currencies().longest(t, next).is_some()));
    (!own_thing).then_some((part, k + 2))
}

/// A measure whose unit the table cannot read after the number: a kelvin written as a spaced
/// capital K where the clause talks of heat ("cooled to 4 K"; numbers read no thousand there),
/// an earthquake's magnitude named before it ("a magnitude 6.8 quake", "magnitude-7"), and
/// animals counted by the head ("3,000 head of cattle", the animals are the unit).
fn measure_named_around(t: &Tokens, n: &Number, mut q: Quantity) -> Option<Quantity> {
    let k = n.last + 1;
    if t.raw(k) == "K" && t.spaced(k) && numbers::clause_mentions(t, k, numbers::heat_word) {
        q.last = k;
        q.category = Category::Temperature;
        q.unit = Some("kelvin".into());
        return Some(q);
    }
    let p = if n.first >= 2 && t.is(n.first - 1, "-") && t.joined(n.first - 1) && t.joined(n.first) { n.first - 2 } else { n.first.wrapping_sub(1) };
    if n.first > 0 && t.is(p, "magnitude") && matches!(n.form, Form::Integer | Form::Digits) {
        q.category = Category::Measure;
        q.unit = Some("magnitude".into());
        return Some(q);
    }
    let animals = k + 2;
    let head_of = t.is(k, "head") && t.is(k + 1, "of") && t.near(k) && t.near(animals) && t.is_word(animals);
    if head_of && n.form != Form::Ordinal && !lexicon::function_words().contains(t.lower(animals)) {
        q.last = animals;
        q.unit = Some(t.lower(animals).to_string());
        return Some(q);
    }
    None
}

/// Whether the number is an age reached ("turned 40"): a whole number from 1 to 120 right after
/// a form of "turn", before no counted noun ("turned 3 pages" counts pages, "turned one of his
/// companies into" picks one out).
fn turned_age(t: &Tokens, n: &Number) -> bool {
    let after_turn = n.first > 0 && matches!(t.lower(n.first - 1), "turned" | "turns" | "turning" | "turn");
    let whole = matches!(n.form, Form::Integer | Form::Words) && n.value.fract() == 0.0 && (1.0..=120.0).contains(&n.value);
    let next = n.last + 1;
    let counted = t.is_word(next) && t.near(next) && (plural_like(t.lower(next)) || t.is(next, "of"));
    after_turn && whole && !counted && !n.word_one
}

/// Whether the number is an age stated of a person: after "died at" or "dies at" ("died at
/// 89"), or after "he was" or "she is" closing the clause ("She was 89.", "He was 34 when the
/// war began"): a whole number from 1 to 120 before no counted noun. Obituaries and court
/// reports give ages this way; a bare count there misleads.
fn age_at_death_or_stated(t: &Tokens, n: &Number) -> bool {
    let before = |k: usize| n.first.checked_sub(k).map(|i| t.lower(i));
    let died_at = before(1) == Some("at") && matches!(before(2), Some("died" | "dies" | "dying"));
    let person_was = matches!(before(1), Some("was" | "is")) && matches!(before(2), Some("he" | "she"));
    let next = n.last + 1;
    let clause_ends = t.kind(next).is_none() || matches!(t.lower(next), "." | "," | ";" | "when" | "at" | "and");
    let whole = matches!(n.form, Form::Integer | Form::Words) && n.value.fract() == 0.0 && (1.0..=120.0).contains(&n.value);
    whole && !n.word_one && (died_at || (person_was && clause_ends))
}

/// Whether the number is a bound on people's age: a whole number from 1 to 120 after "over",
/// "under", "above" or "below" that follows "aged" or a noun for people (`age_subjects.txt`:
/// "people over 70", "children under 5", "aged over 65"), before no counted noun.
fn bounded_age(t: &Tokens, n: &Number) -> bool {
    let bound = n.first >= 2 && matches!(t.lower(n.first - 1), "over" | "under" | "above" | "below") && t.near(n.first - 1);
    let people = bound && lexicon::age_subjects().contains(t.lower(n.first - 2));
    let whole = matches!(n.form, Form::Integer | Form::Words) && n.value.fract() == 0.0 && (1.0..=120.0).contains(&n.value);
    let next = n.last + 1;
    let counted = t.is_word(next) && t.near(next) && (plural_like(t.lower(next)) || t.is(next, "of"));
    people && whole && !counted && !n.word_one
}

/// The time noun after a fraction and "a" ("half an hour", "a third of a century"), if any.
fn fraction_of_time(t: &Tokens, n: &Number) -> Option<usize> {
    let mut j = n.last + 1;
    if t.is(j, "of") {
        j += 1;
    }
    let article = matches!(t.lower(j), "a" | "an") && t.near(j) && t.near(j + 1);
    let time = matches!(t.lower(j + 1), "second" | "minute" | "hour" | "day" | "week" | "month" | "season" | "year" | "decade" | "century" | "millennium");
    (n.form == Form::Fraction && article && time).then_some(j + 1)
}

/// The noun a whole number hyphened to "strong" counts ("3,000-strong workforce"), if any.
fn strong_compound(t: &Tokens, n: &Number) -> Option<usize> {
    let strong = n.last + 2;
    let joined = t.is(n.last + 1, "-") && t.joined(n.last + 1) && t.joined(strong) && t.is(strong, "strong");
    let noun = strong + 1;
    let counted = t.is_word(noun) && t.near(noun) && !lexicon::function_words().contains(t.lower(noun));
    let whole = matches!(n.form, Form::Integer | Form::Words | Form::Digits) && n.value.fract() == 0.0;
    (whole && joined && counted).then_some(noun)
}

/// The time noun a whole number is hyphened to ("15-year", "four-month"), if any.
fn hyphened_time(t: &Tokens, n: &Number) -> Option<usize> {
    let k = n.last + 2;
    let joined = t.is(n.last + 1, "-") && t.joined(n.last + 1) && t.joined(k) && t.is_word(k);
    let time = joined && lexicon::time_nouns().contains(t.lower(k)) && t.lower(k) != "time";
    (matches!(n.form, Form::Integer | Form::Words) && time).then_some(k)
}

/// "50 cents", "and forty-five cents", "25" after a currency, "five jiao", "75 pence": the
/// coins of a sum, as a share of the main currency, and their last token.
pub(super) fn cents_after(t: &Tokens, k: usize) -> Option<(f64, usize)> {
    let mut s = k;
    if t.is(s, "and") && t.near(s) {
        s += 1;
    }
    if !t.near(s) {
        return None;
    }
    let n = numbers::parse(t, s).filter(|n| matches!(n.form, Form::Integer | Form::Words) && n.value < 100.0 && n.value >= 1.0)?;
    let after = n.last + 1;
    if let Some(share) = coin_share(t, after) {
        // "five mao five": a bare number after a tenth-coin counts the hundredths.
        if share >= 0.1 {
            let next =
                numbers::parse(t, after + 1).filter(|m| t.near(after + 1) && matches!(m.form, Form::Integer | Form::Words) && m.value < 10.0 && m.value >= 1.0);
            if let Some(m) = next.filter(|m| !t.is_word(m.last + 1) || !t.near(m.last + 1)) {
                return Some((n.value * share + m.value * share / 10.0, m.last));
            }
        }
        return Some((n.value * share, after));
    }
    // A bare number after the sum is its cents unless something else is counted by it.
    if t.near(after) && (phrases::currencies().longest(t, after).is_some() || phrases::units().longest(t, after).is_some()) {
        return None;
    }
    if t.near(after) && t.is_word(after) && !t.is(after, "more") {
        return None;
    }
    Some((n.value / 100.0, n.last))
}

/// The share of the main currency that the coin named at token `k` is worth ("cents": 0.01).
fn coin_share(t: &Tokens, k: usize) -> Option<f64> {
    let entry = lexicon::minor_currency_units().entry_for_key(t.lower(k)).filter(|_| t.near(k) && t.is_word(k))?;
    entry.split('|').nth(1)?.trim().parse().ok()
}

/// Whether a bare "pounds" after the number `n` (the unit's last token `last`) is money, not
/// weight. Weight when "of" follows ("2 million pounds of beef") or the number is a compound's
/// ("a 300-pound bear"); money when the amount is scaled ("1.2 billion pounds"), converted in
/// brackets ("50 pounds ($63)"), or a money word comes shortly before ("paid 50 pounds",
/// `money_words.txt`) unless a weight word does ("weighed", "lost"), or a price's "a ticket"
/// follows. Otherwise weight, as before: US outlets weigh in pounds and write money in "£".
fn pounds_are_money(t: &Tokens, n: &Number, last: usize) -> bool {
    let after = last + 1;
    if t.is(after, "of") || (t.is(n.last + 1, "-") && t.joined(n.last + 1)) {
        return false;
    }
    let scaled = (n.first..=n.last).any(|j| numbers::scale_word(t.lower(j)).is_some_and(|s| s >= 1e6));
    let converted = t.is(after, "(") && phrases::currencies().longest(t, after + 1).is_some();
    if scaled || converted {
        return true;
    }
    let before = n.first.saturating_sub(6)..n.first;
    let weighed = before.clone().any(|j| {
        matches!(
            t.lower(j),
            "weigh" | "weighs" | "weighed" | "weighing" | "weight" | "lose" | "lost" | "losing" | "gain" | "gained" | "shed" | "heavier" | "lighter"
        )
    });
    let priced = before.clone().any(|j| lexicon::money_words().contains(t.lower(j)));
    let price_after = matches!(t.lower(after), "a" | "an" | "per") && lexicon::money_words().contains(t.lower(after + 1));
    !weighed && (priced || price_after)
}

/// "4 pounds 75 pence": pence after a number of pounds make the pounds money, not weight.
fn pence_after_pounds(t: &Tokens, k: usize) -> Option<(f64, usize)> {
    let (share, end) = cents_after(t, k)?;
    matches!(t.lower(end), "pence" | "penny").then_some((share, end))
}

/// "2 inches", "2 in" after a number of feet.
pub(super) fn inches_after(t: &Tokens, k: usize) -> Option<(f64, usize)> {
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

/// Whether a word looks like a plural noun: "cities", "arrests", "people".
pub(super) fn plural_like(word: &str) -> bool {
    if lexicon::plural_nouns().contains(word) {
        return true;
    }
    word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is")
}

/// The counted noun after a count: up to three words, ending at the last plural noun
/// ("10 major cities, including" → "major cities").
pub(super) fn counted_noun(t: &Tokens, k: usize) -> Option<(String, usize)> {
    let mut words: Vec<usize> = Vec::new();
    let mut j = k;
    while words.len() < 3 && t.is_word(j) && t.near(j) {
        let w = t.lower(j);
        if lexicon::function_words().contains(w) || numbers::is_number_word(w) || phrases::hedges_after().longest(t, j).is_some() {
            break;
        }
        // A capitalised word after a lower-case one is a name ("10 major Cities"); a run
        // that opens capitalised is a people or a proper-noun modifier ("33,000 Palestinians",
        // "40 British soldiers", "300 Tesla vehicles"), unless a verb ends it ("5 Trump says").
        let capital = t.raw(j).chars().next().is_some_and(char::is_uppercase);
        let opened_capital = words.iter().all(|&w| t.raw(w).chars().next().is_some_and(char::is_uppercase));
        if (capital && !opened_capital) || (!capital && !words.is_empty() && opened_capital && lexicon::reporting_verbs().contains(w)) {
            break;
        }
        // "1,200 schools needed repairs": a word in "-ed" after the counted plural is its
        // verb; an adjective in "-ed" comes before the noun ("300 injured people").
        if words.iter().any(|&w| plural_like(t.lower(w))) && w.len() > 4 && w.ends_with("ed") {
            break;
        }
        // "7,000 steps cuts risk", "one in four adults meets": a verb in "-s" after the plural.
        if words.last().is_some_and(|&prev| super::noun_verbs::verb_after_plural(t, prev, j)) {
            break;
        }
        words.push(j);
        j += 1;
    }
    // Only a plural ends the noun: after "one" a verb or an adjective is as likely as a
    // noun ("one study found", "one notable exception"), and one of anything is no statistic.
    let end = words[words.iter().rposition(|&w| plural_like(t.lower(w)))?];
    // A proper noun keeps its capital: "Palestinians", "British soldiers".
    let proper = t.raw(k).chars().next().is_some_and(char::is_uppercase);
    let noun = if proper { t.text[t.toks[k].start..t.toks[end].end].to_string() } else { words_of(t, k, end) };
    Some((noun, end))
}

/// "22 Grand Slam titles", "7 Grand Prix wins": a slang currency that multiplies ("grand")
/// written with a capital and followed by a capitalised word opens a name, not an amount of
/// money ("40 grand for the car" stays $40,000).
fn opens_a_name(t: &Tokens, first: usize, last: usize, multiplies: bool) -> bool {
    let capital = |k: usize| t.is_word(k) && t.raw(k).chars().next().is_some_and(char::is_uppercase);
    multiplies && t.is_word(first) && capital(first) && t.near(last + 1) && capital(last + 1)
}

#[cfg(test)]
mod tests {
    use super::super::BADGE_THRESHOLD;
    use crate::report::Category;

    use super::super::test_support::{figures, one};

    #[test]
    fn the_counted_noun_stops_at_its_verb_and_takes_irregular_plurals() {
        for (text, unit) in [
            ("About 1,200 schools needed repairs after the storm.", "schools"),
            ("Some 300 homes lacked basic services.", "homes"),
            ("Officers said 40 cars blocked exits overnight.", "cars"),
            ("She leaves seven grandchildren and a brother.", "grandchildren"),
            ("Two spokesmen declined to comment.", "spokesmen"),
            // An adjective in "-ed" before the noun stays in it.
            ("At least 12 injured workers were treated.", "injured workers"),
        ] {
            let found = figures(text);
            assert_eq!(found[0].1.unit.as_deref(), Some(unit), "{text}: {found:?}");
        }
    }

    #[test]
    fn several_thousand_is_an_approximate_thousand() {
        let (text, f) = one("Several thousand protesters marched on the capital.");
        assert_eq!(text, "Several thousand protesters");
        assert_eq!((f.category, f.value, f.approx.as_deref(), f.unit.as_deref()), (Category::Count, Some(1000.0), Some("several"), Some("protesters")));
    }

    #[test]
    fn a_few_hundred_and_a_couple_hundred_are_counts() {
        let (text, f) = one("Only a few hundred residents stayed.");
        assert_eq!((text.as_str(), f.value, f.approx.as_deref()), ("a few hundred residents", Some(100.0), Some("a few")));
        assert_eq!(one("The agency hired a couple hundred workers.").1.value, Some(200.0));
        assert_eq!(one("They raised a couple of million dollars.").1.category, Category::Money);
        let (text, f) = one("Several hundred thousand people marched.");
        assert_eq!((text.as_str(), f.value), ("Several hundred thousand people", Some(100_000.0)));
    }

    #[test]
    fn a_couple_of_apples_is_two() {
        let (text, f) = one("He bought a couple of apples.");
        assert_eq!((text.as_str(), f.value, f.approx.as_deref()), ("a couple of apples", Some(2.0), Some("a couple of")));
        let (text, f) = one("A couple of ministers resigned on Friday.");
        assert_eq!((text.as_str(), f.value, f.approx.as_deref()), ("A couple of ministers", Some(2.0), Some("a couple of")));
    }

    #[test]
    fn a_couple_alone_is_no_count() {
        assert!(figures("A couple from Ohio won the lottery, and a couple of the judges agreed.").is_empty());
        assert!(figures("A few people came, several said so.").is_empty());
    }

    #[test]
    fn thousands_of_is_approximate() {
        let (text, f) = one("Trump delayed an operation aimed at deporting thousands of immigrants illegally residing here.");
        assert_eq!(text, "thousands of immigrants");
        assert_eq!((f.category, f.value, f.approx.as_deref(), f.unit.as_deref()), (Category::Count, Some(1000.0), Some("thousands of"), Some("immigrants")));
        assert!(f.score >= BADGE_THRESHOLD);
    }

    #[test]
    fn hundreds_of_arrests() {
        let (text, f) = one("that often produce hundreds of arrests,");
        assert_eq!(text, "hundreds of arrests");
        assert_eq!((f.value, f.approx.as_deref(), f.unit.as_deref()), (Some(100.0), Some("hundreds of"), Some("arrests")));
    }

    #[test]
    fn percent_forms() {
        for (text, v) in [("up 25% on the year", 25.0), ("a 4.9 percent rate", 4.9), ("twenty per cent of voters", 20.0), ("rose 2 percentage points", 2.0)] {
            let (_, f) = one(text);
            assert_eq!((f.category, f.value), (Category::Percent, Some(v)), "{text}");
        }
    }

    #[test]
    fn an_article_before_a_dollar_sign_is_no_country_prefix() {
        for (text, span, v) in [
            ("The company received a $5 million grant.", "$5 million", 5e6),
            ("The state approved a $1.2 billion relief package.", "$1.2 billion", 1.2e9),
            ("A $300,000 loan was approved.", "$300,000", 3e5),
            ("He paid a $40 fine and a $ 15 fee.", "$40", 40.0),
            ("It is a $2bn deal, officials said in Sydney.", "$2bn", 2e9),
            ("They want us $5 more, she joked.", "$5", 5.0),
            ("Each got c $100 in cash.", "$100", 100.0),
        ] {
            let found = figures(text);
            let (got, f) = &found[0];
            assert_eq!((got.as_str(), f.value, f.unit.as_deref()), (span, Some(v), Some("dollar")), "{text}: {found:?}");
        }
    }

    #[test]
    fn a_capitalised_prefix_glued_to_the_dollar_names_the_currency() {
        for (text, unit) in [
            ("a A$5 million grant", "Australian dollar"),
            ("an AU$5 million grant", "Australian dollar"),
            ("a C$300 fee", "Canadian dollar"),
            ("a NZ$40 ticket", "New Zealand dollar"),
            ("a HK$2 billion bond", "Hong Kong dollar"),
            ("a S$45,000 salary", "Singapore dollar"),
            ("a US$4.1 billion company", "US dollar"),
            ("a US $150 million loan", "US dollar"),
        ] {
            let (_, f) = one(text);
            assert_eq!((f.category, f.unit.as_deref()), (Category::Money, Some(unit)), "{text}");
        }
    }

    #[test]
    fn money_with_scales_and_symbols() {
        for (text, v) in [
            ("$4.8bn", 4.8e9),
            ("$4.8 billion", 4.8e9),
            ("US$ 150 million", 1.5e8),
            ("€ 2 million", 2e6),
            ("420 million finnish markka", 4.2e8),
            ("thirteen dollars and forty-five cents", 13.45),
            ("75 USD million", 7.5e7),
            ("50 cents", 50.0),
        ] {
            let (_, f) = one(text);
            assert_eq!(f.category, Category::Money, "{text}");
            assert!((f.value.unwrap_or(0.0) - v).abs() < 1e-6 * v, "{text}: {:?}", f.value);
        }
    }

    #[test]
    fn currencies_named_after_the_number() {
        for (text, unit, v) in [
            ("The fine was 100 forint.", "Hungarian forint", 100.0),
            ("It costs 1.5 kuai.", "Chinese yuan", 1.5),
            ("He paid 20 koruna for it.", "Czech koruna", 20.0),
            ("Reserves of 3 billion renminbi were moved.", "Chinese yuan", 3e9),
        ] {
            let (_, f) = one(text);
            assert_eq!((f.category, f.unit.as_deref(), f.value), (Category::Money, Some(unit), Some(v)), "{text}");
        }
    }

    #[test]
    fn coins_add_to_the_sum_before_them() {
        for (text, v) in [
            ("The taxi fare came to 12 euros and 40 cents.", 12.4),
            ("A pint is now 5 pounds 20 pence in the capital.", 5.2),
            ("Vendors charge eight yuan and three jiao for a bowl.", 8.3),
            ("it cost two kuai and four mao six", 2.46),
            ("The stamp costs 2 rupees and 25 paise.", 2.25),
            ("Bread rose to 40 rubles 50 kopecks.", 40.5),
        ] {
            let (_, f) = one(text);
            assert_eq!(f.category, Category::Money, "{text}");
            assert!((f.value.unwrap_or(0.0) - v).abs() < 1e-9, "{text}: {:?}", f.value);
        }
        // Pounds with no pence after them stay a weight.
        assert_eq!(one("The parcel weighs 6 pounds.").1.category, Category::Measure);
    }

    #[test]
    fn pounds_are_money_by_their_context() {
        for (s, v) in [
            ("The deal is worth 1.2 billion pounds ($1.5 billion).", 1.2e9),
            ("Fans paid 50 pounds a ticket for the final.", 50.0),
            ("The council was fined 40,000 pounds.", 40_000.0),
            ("Tickets cost 85 pounds each.", 85.0),
            ("The hotel charges 120 pounds per night.", 120.0),
            ("The club lost 3 million pounds last season.", 3e6),
            ("He sold the painting for 900 pounds.", 900.0),
        ] {
            let q = figures(s).remove(0).1;
            assert_eq!((q.category, q.unit.as_deref(), q.value), (Category::Money, Some("British pound"), Some(v)), "{s}");
        }
        for s in [
            "Police seized 50 pounds of cocaine.",
            "The baby weighed 7 pounds.",
            "She lost 30 pounds in a year.",
            "Officials recalled 2 million pounds of ground beef.",
            "A 300-pound bear wandered into the yard.",
            "The catch was 40 pounds.",
        ] {
            let q = figures(s).remove(0).1;
            assert_eq!(q.category, Category::Measure, "{s}");
        }
    }

    #[test]
    fn nordic_legacy_and_other_currencies_named_after_the_number() {
        for (text, unit) in [
            ("The museum charges 150 norwegian kroner.", "Norwegian krone"),
            ("Tickets cost 90 danish kroner.", "Danish krone"),
            ("Rent is 9,000 Swedish kronor a month.", "Swedish krona"),
            ("A bus ride is 3 lei.", "Romanian leu"),
            ("He bet 20 quid on the match.", "British pound"),
            // Currencies before the euro, in archive copy.
            ("The villa fetched 90 million pesetas.", "Spanish peseta"),
            ("The fine was 2,000 Deutsche marks.", "German mark"),
            ("Fares rose to 1,500 lire.", "Italian lira"),
            ("The bond paid 400 French francs.", "French franc"),
        ] {
            let (_, f) = one(text);
            assert_eq!((f.category, f.unit.as_deref()), (Category::Money, Some(unit)), "{text}");
        }
    }

    #[test]
    fn micro_units_and_ordinal_indicators_as_degrees() {
        assert_eq!(one("Particles smaller than 2.5 µm are the most harmful.").1.unit.as_deref(), Some("micrometer"));
        assert_eq!(one("The filter stops 3 μm particles.").1.unit.as_deref(), Some("micrometer"));
        let (text, f) = one("Madrid reached 41ºC on Sunday.");
        assert_eq!((text.as_str(), f.category, f.value), ("41ºC", Category::Temperature, Some(41.0)));
        assert_eq!(one("Tyres are inflated to 32 psi.").1.unit.as_deref(), Some("pound per square inch"));
    }

    #[test]
    fn two_letter_units_before_a_word() {
        let (text, f) = one("The new bridge is 2 km long.");
        assert_eq!((text.as_str(), f.category, f.unit.as_deref()), ("2 km", Category::Measure, Some("kilometer")));
        assert_eq!(one("They shipped 5 kg of rice.").1.category, Category::Measure);
        // "in" is a word: "5 in the morning" is no length.
        assert!(figures("He scored 5 in the second half.").iter().all(|f| f.1.category != Category::Measure));
    }

    #[test]
    fn a_one_letter_unit_before_of_and_its_stuff() {
        for (text, unit) in [("Police seized 500 g of heroin.", "gram"), ("Pour 2 l of water in.", "liter"), ("They laid 40 m of fencing.", "meter")] {
            let (_, f) = one(text);
            assert_eq!((f.category, f.unit.as_deref()), (Category::Measure, Some(unit)), "{text}");
        }
        assert!(figures("He won 5 m of them.").iter().all(|f| f.1.category != Category::Measure));
    }

    #[test]
    fn ages_in_decades_and_centuries() {
        let (text, f) = one("The church is a century old.");
        assert_eq!((text.as_str(), f.category, f.value, f.unit.as_deref()), ("a century old", Category::Age, Some(1.0), Some("century")));
        let (text, f) = one("The dispute is three decades old.");
        assert_eq!((text.as_str(), f.category, f.value), ("three decades old", Category::Age, Some(3.0)));
        assert_eq!(one("The puppy is a year old.").1.category, Category::Age);
    }

    #[test]
    fn tenfold_is_a_multiple() {
        let (text, f) = one("The agency reported a tenfold increase in claims.");
        assert_eq!((text.as_str(), f.value), ("tenfold", Some(10.0)));
        assert!(figures("The cloth was folded and the manifold replaced.").is_empty());
    }

    #[test]
    fn watts_glued_to_the_digits() {
        let (text, f) = one("The laptop ships with a 100W adapter.");
        assert_eq!((text.as_str(), f.category, f.unit.as_deref(), f.value), ("100W", Category::Measure, Some("watt"), Some(100.0)));
        assert_eq!(one("A 2.2kW heater warmed the hall.").1.unit.as_deref(), Some("kilowatt"));
        // A lone "W" apart from the digits and before a word is a compass point, not a unit.
        assert!(figures("The station is 5 W of the river.").iter().all(|f| f.1.category != Category::Measure));
    }

    #[test]
    fn an_x_glued_to_the_digits_is_a_multiple() {
        let (text, f) = one("Sales jumped 4x last year.");
        assert_eq!((text.as_str(), f.value, f.unit.as_deref()), ("4x", Some(4.0), Some("times")));
        assert_eq!(one("Shares rose 2.5x since the listing.").1.value, Some(2.5));
        // An x between digits is a size, not a multiple.
        assert!(figures("He owns a 4x4 truck.").iter().all(|f| f.1.unit.as_deref() != Some("times")));
    }

    #[test]
    fn a_move_of_one_point_is_a_figure() {
        let fs = figures("The party's support slipped one point to 41%.");
        assert!(fs.iter().any(|(text, f)| text == "one point" && f.value == Some(1.0)), "{fs:?}");
        assert!(figures("The index gained 1 point on Friday.").iter().any(|(text, _)| text == "1 point"));
        // "at one point" is a moment, not a move.
        assert!(figures("At one point, the crowd fell silent.").is_empty());
    }

    #[test]
    fn a_number_turned_is_an_age() {
        let (text, f) = one("My son turns 12 tomorrow.");
        assert_eq!((text.as_str(), f.category, f.value), ("12", Category::Age, Some(12.0)));
        assert_eq!(one("She turned sixty in May.").1.category, Category::Age);
        // A counted noun after the number is what was turned.
        assert_eq!(one("He turned 3 pages.").1.category, Category::Count);
        assert!(figures("She turned two of the shops into cafes.").iter().all(|f| f.1.category != Category::Age));
    }

    #[test]
    fn sqft_is_square_feet() {
        let (text, f) = one("The flat has 900 sqft of floor.");
        assert_eq!((text.as_str(), f.unit.as_deref(), f.value), ("900 sqft", Some("square foot"), Some(900.0)));
    }

    #[test]
    fn measures_with_units() {
        for (text, unit, v) in [
            ("a 45-acre horse farm", "acre", 45.0),
            ("190,000 square meters", "square meter", 190000.0),
            ("188 miles an hour", "mile per hour", 188.0),
            ("he is 5 feet 2 inches", "foot", 5.0 + 2.0 / 12.0),
            ("a 7.62mm barrel", "millimeter", 7.62),
        ] {
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
    fn fractions_of_a_unit() {
        let (text, f) = one("half a mile away");
        assert_eq!((text.as_str(), f.value, f.unit.as_deref()), ("half a mile", Some(0.5), Some("mile")));
        assert_eq!(one("1-1/2 inches").1.value, Some(1.5));
    }

    #[test]
    fn below_zero_is_negative() {
        assert_eq!(one("10 degrees below zero").1.value, Some(-10.0));
        let (text, f) = one("by dawn it was 25 below zero in the valley");
        assert_eq!((text.as_str(), f.value, f.category), ("25 below zero", Some(-25.0), Category::Temperature));
        assert_eq!(one("it felt like eight below zero").1.value, Some(-8.0));
    }

    #[test]
    fn lower_case_m_before_a_count_is_a_million() {
        let (_, f) = one("home to 1.2m people");
        assert_eq!((f.category, f.value), (Category::Count, Some(1_200_000.0)));
        let (_, f) = one("the 100m race");
        assert_eq!((f.category, f.unit.as_deref()), (Category::Measure, Some("meter")));
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
    fn units_of_science_and_engineering_keep_their_number() {
        // An unknown singular word after digits reads as a model's name; these are units.
        for (text, unit, v) in [
            ("tyres inflated to 220 kPa before the race", "kilopascal", 220.0),
            ("the cabin held 0.8 atm of pressure", "atmosphere", 0.8),
            ("workers absorbed 20 mSv that year", "millisievert", 20.0),
            ("the turbine spins at 1,800 rpm all day", "revolution per minute", 1800.0),
            ("a 1.2 gigawatt reactor opens", "gigawatt", 1.2),
            ("blood sugar of 7.8 mmol per litre", "millimole", 7.8),
            ("the line carries 400 kV across the valley", "kilovolt", 400.0),
            ("the pack holds 5,000 mAh when new", "milliampere hour", 5000.0),
        ] {
            let (_, f) = one(text);
            assert_eq!((f.category, f.unit.as_deref(), f.value), (Category::Measure, Some(unit), Some(v)), "{text}");
        }
    }

    #[test]
    fn mil_of_rain_and_spaced_kelvin_are_measures() {
        let (_, f) = one("Darwin copped 95 mil of rain in an hour");
        assert_eq!((f.unit.as_deref(), f.value), (Some("millimeter"), Some(95.0)));
        let (_, f) = one("gauges at the dam showed 42 mil after the downpour");
        assert_eq!((f.unit.as_deref(), f.value), (Some("millimeter"), Some(42.0)));
        // Money and plain amounts keep "mil" as a million.
        assert_eq!(one("the club paid $12 mil for the striker").1.value, Some(12_000_000.0));
        assert_eq!(one("the budget grew by 40 mil last year").1.value, Some(40_000_000.0));
        let (_, f) = one("the probe measured a surface temperature of 95 K near the pole");
        assert_eq!((f.category, f.unit.as_deref(), f.value), (Category::Temperature, Some("kelvin"), Some(95.0)));
        let (_, f) = one("the magnet was cooled to 4 K with liquid helium");
        assert_eq!((f.category, f.value), (Category::Temperature, Some(4.0)));
        assert_eq!(one("starting salaries of 45 K are common").1.value, Some(45_000.0));
    }

    #[test]
    fn magnitudes_sigmas_and_head_of_animals_carry_their_unit() {
        for (text, unit, v) in [
            ("a magnitude 5.9 tremor shook the coast", "magnitude", 5.9),
            ("the magnitude-7.1 quake cut power", "magnitude", 7.1),
            ("a 6.2 magnitude aftershock followed", "magnitude", 6.2),
            ("the excess reached 4.1 sigma in the new data", "standard deviation", 4.1),
            ("the ranch runs 1,200 head of sheep", "sheep", 1200.0),
        ] {
            let (_, f) = one(text);
            assert_eq!((f.unit.as_deref(), f.value), (Some(unit), Some(v)), "{text}");
        }
    }

    #[test]
    fn a_half_or_a_quarter_after_a_measure_adds_to_it() {
        for (text, v) in
            [("the trail runs a mile and a half uphill", 1.5), ("she lost three kilos and a half in May", 3.5), ("it is a metre and a quarter wide", 1.25)]
        {
            assert_eq!(one(text).1.value, Some(v), "{text}");
        }
        let f = figures("a drive of two miles and a half-hour wait");
        assert_eq!(f[0].1.value, Some(2.0));
    }
}
