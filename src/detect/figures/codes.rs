//! Numbers that identify rather than count (review 6): telephone numbers written in spaced
//! groups ("0800 111 4444"), clock times with a dot ("3.30pm"), house numbers with a letter
//! ("221B Baker Street"), model names after an owner ("Boeing's 737 MAX"), software versions
//! ("iOS 17.4") and a decimal glued to letters ("PM2.5"). Each is read and dropped: a reader
//! checks none of them as a quantity, and a badge on one looks absurd.

use super::numbers::{Form, Tokens};
use super::quantity::Quantity;
use super::{phrases, street_address, time_zone_at};
use crate::detect::lexicon;
use crate::report::Category;
use crate::text::phones::{self, Calling};
use crate::text::tokens::pieces::Kind;

/// The last token of the identifier quantity `q` is part of, if it is one.
pub(super) fn identifier(t: &Tokens, q: &Quantity) -> Option<usize> {
    phone_groups(t, q)
        .or_else(|| clock_time(t, q))
        .or_else(|| dotted_code(t, q))
        .or_else(|| lettered_house_number(t, q))
        .or_else(|| owned_model(t, q))
        .or_else(|| version_after_name(t, q))
        .or_else(|| super::versions::version_opening_a_sentence(t, q))
        .or_else(|| super::versions::variant_of_a_code(t, q))
        .or_else(|| decimal_glued_to_letters(t, q))
        .or_else(|| exchange_ticker(t, q))
        .or_else(|| place_named_by_a_measure(t, q))
        .or_else(|| spaced_letter_code(t, q))
        .or_else(|| numbered_name(t, q))
        .or_else(|| number_to_call(t, q))
        .or_else(|| financial_year_end(t, q))
        .or_else(|| numbered_act(t, q))
        .or_else(|| lettered_lineage(t, q))
        .or_else(|| confidence_level(t, q))
        .or_else(|| spaced_clock_time(t, q))
        .or_else(|| spaced_compound_end(t, q))
        .or_else(|| reference_chain(t, q))
        .or_else(|| law_report_citation(t, q))
}

/// Whether token `k` is a hyphen or slash glued on both sides: a joint inside a code.
fn code_joint(t: &Tokens, k: usize) -> bool {
    matches!(t.lower(k), "-" | "/") && t.joined(k) && t.joined(k + 1)
}

/// Whether token `k` is a word in capitals ("CR", "MISC") or digits: a part of a code.
fn code_part(t: &Tokens, k: usize) -> bool {
    let raw = t.raw(k);
    t.kind(k) == Some(Kind::Digits) || (t.is_word(k) && raw.chars().all(|c| c.is_ascii_uppercase()))
}

/// "CR-2023-0415", "HC-MISC-12/2024", "CIV-2019-004512": a number at the end of a chain of
/// capitals and digits joined by two hyphens or slashes or more, opened by capitals, is a
/// case, file or docket reference, no count. ("COVID-19" and "F-16", one joint, are read
/// elsewhere.) Gives the chain's last token.
fn reference_chain(t: &Tokens, q: &Quantity) -> Option<usize> {
    if q.unit.is_some() || t.kind(q.first) != Some(Kind::Digits) {
        return None;
    }
    let mut start = q.first;
    let mut joints = 0;
    while start >= 2 && code_joint(t, start - 1) && code_part(t, start - 2) {
        start -= 2;
        joints += 1;
    }
    let mut end = q.last;
    while code_joint(t, end + 1) && code_part(t, end + 2) {
        end += 2;
        joints += 1;
    }
    let opened_by_capitals = t.is_word(start) && t.raw(start).len() >= 2;
    (joints >= 2 && opened_by_capitals && !(start > 0 && t.joined(start))).then_some(end)
}

/// How many tokens a law report's abbreviation takes at most: "F . Supp . 2d", "EWCA Civ".
const REPORT_TOKENS: usize = 8;

/// The token after the abbreviation of a law report that starts at token `k` ("CLR", "SCC",
/// "F.3d", "U.S.", "S. Ct.", "EWCA Civ", "All ER"): capitals first (a lone capital letter
/// with its dot), then title-case words, dots and editions glued on ("3d", "2d").
fn after_report_name(t: &Tokens, k: usize) -> Option<usize> {
    let raw = t.raw(k);
    let capitals = t.is_word(k) && raw.chars().all(|c| c.is_ascii_uppercase());
    // "17 USD 25" is an amount and its cents, no citation.
    let currency = phrases::currencies().longest(t, k).is_some();
    if !capitals || currency || !t.near(k) || (raw.len() == 1 && !(t.is(k + 1, ".") && t.joined(k + 1))) {
        return None;
    }
    let mut j = k + 1;
    while j < k + REPORT_TOKENS && j < t.len() {
        let w = t.raw(j);
        let dot = w == "." && t.joined(j);
        let title = t.is_word(j) && t.near(j) && w.starts_with(|c: char| c.is_ascii_uppercase()) && w.len() <= 5;
        let edition = t.joined(j) && (t.kind(j) == Some(Kind::Digits) || (t.is_word(j) && matches!(w, "d" | "nd" | "rd" | "th")));
        if !(dot || title || edition) {
            break;
        }
        j += 1;
    }
    Some(j)
}

/// "(1999) 198 CLR 511", "[2019] 3 SCC 45", "123 F.3d 456", "410 U.S. 113": a volume, a law
/// report's abbreviation and a page cite a judgment; neither number counts anything. Gives
/// the page's token.
fn law_report_citation(t: &Tokens, q: &Quantity) -> Option<usize> {
    // Digits with no more of a number glued on ("511." ends a sentence; "511.5" or "511m" go on).
    let whole = |k: usize| {
        let glued_on =
            t.joined(k + 1) && (t.is_word(k + 1) || t.kind(k + 2) == Some(Kind::Digits) && t.joined(k + 2) || matches!(t.lower(k + 1), "%" | "-" | "/"));
        t.kind(k) == Some(Kind::Digits) && !glued_on
    };
    if !whole(q.first) || (q.first > 0 && t.joined(q.first)) {
        return None;
    }
    let page = after_report_name(t, q.first + 1)?;
    (whole(page) && t.near(page)).then_some(page)
}

/// How many groups a number to call is read back over at most ("46/12345", "116 123"): the
/// cap keeps a long run of spaced numbers from costing time quadratic in its length.
const PHONE_GROUPS: usize = 6;

/// The telephone number (the text layer's reading) that token `k` lies in.
fn phone_at(t: &Tokens, k: usize) -> Option<phones::Phone> {
    phones::covering(t.text, t.toks.get(k)?.start)
}

/// The token that ends at byte `end`, from token `k` on.
fn token_ending(t: &Tokens, k: usize, end: usize) -> Option<usize> {
    (k..t.len()).take_while(|&j| t.toks[j].start < end).find(|&j| t.toks[j].end == end)
}

/// "0800 111 4444", "+254 20 123 4567", "(03) 9123 4567", "1-800-555-0133": digits in a
/// number whose shape alone says telephone are no count; the number's last token. "in 2019
/// 150 people" and "1 414 021 100" have no such shape.
fn phone_groups(t: &Tokens, q: &Quantity) -> Option<usize> {
    // "+61 2 9374 4000": the country code may be read with its sign.
    let first = if t.is(q.first, "+") && t.joined(q.first + 1) { q.first + 1 } else { q.first };
    if first != q.last || t.kind(first) != Some(Kind::Digits) {
        return None;
    }
    let phone = phone_at(t, q.first).filter(|p| p.certain)?;
    token_ending(t, q.last, phone.end)
}

/// "version 2.3.1", "192.168.0.1": numbers chained by two dots or more are a code; the last
/// token of the chain. A piece left after a label ("Version 2.3" then ".1") goes too.
fn dotted_code(t: &Tokens, q: &Quantity) -> Option<usize> {
    let link = |k: usize| t.is(k, ".") && t.joined(k) && t.joined(k + 1) && t.kind(k + 1) == Some(Kind::Digits);
    let decimal = q.form == Form::Digits && q.last == q.first + 2 && t.is(q.first + 1, ".");
    let tail = q.form == Form::Integer && q.first >= 2 && link(q.first - 1) && t.kind(q.first - 2) == Some(Kind::Digits);
    if !(tail || (decimal && link(q.last + 1))) {
        return None;
    }
    let mut end = q.last;
    while link(end + 1) {
        end += 2;
    }
    Some(end)
}

/// "at 3.30pm", "before 5.30 p.m.", "10.15am": hours and minutes split by a dot, before
/// "am" or "pm", are a time of day (British style), not a decimal.
/// The figures read it after a hedge too ("at about 11.40pm", "around 10.30 p.m.").
pub(super) fn clock_time(t: &Tokens, q: &Quantity) -> Option<usize> {
    let (h, dot, m) = (q.first, q.first + 1, q.first + 2);
    let hours = t.raw(h).parse::<u32>().ok().filter(|v| *v <= 23 && t.raw(h).len() <= 2)?;
    let minutes = t.raw(m).parse::<u32>().ok().filter(|v| *v < 60 && t.raw(m).len() == 2)?;
    if minutes >= 60 || q.last > m || q.unit.is_some() || !t.is(dot, ".") || !t.joined(dot) || !t.joined(m) {
        return None;
    }
    let k = m + 1;
    // "18.30 GMT", "14.30 local time": a 24-hour time before its zone.
    if let Some(zone) = time_zone_at(t, k).filter(|_| t.spaced(k)) {
        return Some(zone);
    }
    if !(1..=12).contains(&hours) {
        return None;
    }
    if !(t.joined(k) || t.spaced(k)) {
        return None;
    }
    if matches!(t.lower(k), "am" | "pm") {
        return Some(k);
    }
    // "5.30 p.m.": the letters and their dots.
    let spelled = matches!(t.lower(k), "a" | "p") && t.is(k + 1, ".") && t.is(k + 2, "m");
    spelled.then(|| k + 2 + usize::from(t.is(k + 3, ".") && t.joined(k + 3)))
}

/// "at 9 : 30 a . m .", "by 16 : 45": text tokenised word by word spaces the colon of a
/// time of day; hours, then two-digit minutes, are a time, not a count. A ratio writes no
/// two-digit second term with a leading zero or above its first ("3 : 1"). Gives the minutes.
fn spaced_clock_time(t: &Tokens, q: &Quantity) -> Option<usize> {
    let (h, colon, m) = (q.first, q.first + 1, q.first + 2);
    let hours = q.first == q.last && q.unit.is_none() && t.raw(h).len() <= 2 && t.raw(h).parse::<u32>().is_ok_and(|v| v <= 23);
    let minutes = t.raw(m).len() == 2 && t.raw(m).parse::<u32>().is_ok_and(|v| v < 60);
    (hours && minutes && t.is(colon, ":") && t.spaced(colon) && t.spaced(m)).then_some(m)
}

/// "a 3 - for - 2 split", "two - for - one", "a one - to - one meeting": in text tokenised
/// word by word the last number of a hyphened compound follows " - for - "; it is the
/// compound's, as "3-for-2" keeps it, and its hyphen is no minus sign. Gives the number's end.
fn spaced_compound_end(t: &Tokens, q: &Quantity) -> Option<usize> {
    let dash = if t.is(q.first, "-") { q.first } else { q.first.checked_sub(1).filter(|&k| t.is(k, "-"))? };
    let linker = dash.checked_sub(1)?;
    let opening = linker.checked_sub(1)?;
    let spaced = t.spaced(dash) && t.spaced(dash + 1) && t.spaced(linker) && t.spaced(opening);
    let linked = t.is_word(linker) && lexicon::function_words().contains(t.lower(linker)) && t.is(opening, "-");
    (spaced && linked && q.unit.is_none()).then_some(q.last)
}

/// "221B Baker Street", "14a High Road": a house number with a letter glued to it is an
/// address, whose letter is no scale ("B" read as billion); the last token of the street.
fn lettered_house_number(t: &Tokens, q: &Quantity) -> Option<usize> {
    let letter = q.first + 1;
    let one_letter = t.is_word(letter) && t.joined(letter) && t.raw(letter).chars().count() == 1;
    if t.kind(q.first) != Some(Kind::Digits) || !one_letter || q.last > letter {
        return None;
    }
    let house = Quantity {
        first: q.first,
        last: letter,
        value: None,
        high: None,
        category: Category::Count,
        unit: None,
        approx: None,
        form: Form::Integer,
        word_one: false,
    };
    street_address(t, &house)
}

/// Whether token `k` is a model word in capitals after a model number: "MAX", "XL", "GT".
fn capitals_model_word(t: &Tokens, k: usize) -> bool {
    let raw = t.raw(k);
    t.is_word(k)
        && (2..=5).contains(&raw.len())
        && raw.chars().all(|c| c.is_ascii_uppercase())
        && phrases::units().longest(t, k).is_none()
        && phrases::currencies().longest(t, k).is_none()
}

/// "Boeing's 737 MAX jets", "the company's 220 XL": digits after an owner's "'s" and before a
/// model word in capitals name the model; the model word is the last token. (A count after
/// "'s" takes a plain noun: "the company's 300 employees".)
fn owned_model(t: &Tokens, q: &Quantity) -> Option<usize> {
    let k = q.last + 1;
    let owner = q.first >= 2 && t.is(q.first - 1, "s") && matches!(t.lower(q.first - 2), "'" | "\u{2019}") && t.joined(q.first - 1);
    let digits = q.form == Form::Integer && q.unit.is_none() && t.raw(q.first).len() >= 3;
    (owner && digits && t.spaced(k) && capitals_model_word(t, k)).then_some(k)
}

/// "iOS 17.4", "Android 14.2", "Python 3.12": a bare decimal after a name in mid-sentence is a
/// version of it. Amounts keep their unit ("Brent rose 2.5%"), so only unit-less decimals go.
fn version_after_name(t: &Tokens, q: &Quantity) -> Option<usize> {
    // "macOS 15.1 brings new features": a verb read as the counted noun is no unit.
    let verb_read_as_unit = q.unit.is_some() && super::versions::verb_after_a_version(t, q.first + 3);
    if q.form != Form::Digits || (q.unit.is_some() && !verb_read_as_unit) || q.category != Category::Count || q.first < 1 {
        return None;
    }
    if q.last != q.first + 2 && !verb_read_as_unit {
        return None;
    }
    let decimal = t.is(q.first + 1, ".") && t.kind(q.first + 2) == Some(Kind::Digits);
    let p = q.first - 1;
    let raw = t.raw(p);
    let mut letters = raw.chars();
    let capital_first = letters.next().is_some_and(char::is_uppercase);
    // "iOS", "macOS": a capital inside the word marks a product name even at the start.
    let inner_capital = letters.any(char::is_uppercase) && raw.chars().any(char::is_lowercase);
    // "iOS 18.2 fixes ..." may open the text: only a capital inside the name marks it there.
    let mid_sentence = p > 0 && t.near(p) && !matches!(t.lower(p - 1), "." | "!" | "?" | ":" | ";" | "\"" | "\u{201c}" | "(");
    let named = t.is_word(p) && t.spaced(q.first) && (inner_capital || (capital_first && mid_sentence));
    // "HuffPollster 4.3 points": a plural after the decimal is what it counts.
    let next = q.first + 3;
    let counts_a_noun = t.is_word(next)
        && t.near(next)
        && !lexicon::function_words().contains(t.lower(next))
        && super::quantity::plural_like(t.lower(next))
        && !super::versions::verb_after_a_version(t, next);
    // "95% CI 0.83 to 1.15", "HR 0.74": a version never starts at zero, nor spans a range;
    // statistics written after their abbreviation do both.
    let zero = t.raw(q.first) == "0";
    let ranged = matches!(t.lower(next), "to" | "-" | "\u{2013}") && t.kind(next + 1) == Some(Kind::Digits);
    (decimal && named && !counts_a_noun && !zero && !ranged && !super::time::is_month(t.lower(p))).then_some(q.last)
}

/// "PM2.5", "H1.5": a decimal glued to the letters before it is part of a name.
fn decimal_glued_to_letters(t: &Tokens, q: &Quantity) -> Option<usize> {
    let glued = q.first > 0 && t.joined(q.first) && t.is_word(q.first - 1);
    (q.form == Form::Digits && q.unit.is_none() && glued && t.is(q.first + 1, ".")).then_some(q.last)
}

/// "the f - 16 fighter", "a mig - 29", "the g - 7 summit": text tokenised word by word takes
/// a code ("F-16", "MiG-29") apart, and the hyphen between its letters and digits is no minus
/// sign. One to three letters, no function word: "fell to - 20 degrees" keeps its sign. Gives
/// the digits' token.
fn spaced_letter_code(t: &Tokens, q: &Quantity) -> Option<usize> {
    let sign = q.first;
    if sign == 0 || !t.is(sign, "-") || !t.spaced(sign) || !t.spaced(sign + 1) || t.kind(sign + 1) != Some(Kind::Digits) {
        return None;
    }
    let w = t.lower(sign - 1);
    let letters = (1..=3).contains(&w.len()) && w.chars().all(|c| c.is_ascii_alphabetic());
    (letters && !lexicon::function_words().contains(w)).then_some(sign + 1)
}

/// "the ftse 100 rose", "iso 9001 rules": a bare whole number after a name it completes
/// (numbered_names.txt) is the name's, in any case. A unit or a move after it ("the Nasdaq
/// 90 points", "the CAC 40 1.2%") leaves the number, or the next one, a figure.
fn numbered_name(t: &Tokens, q: &Quantity) -> Option<usize> {
    let named = q.first > 0 && t.spaced(q.first) && lexicon::numbered_names().contains(t.lower(q.first - 1));
    let bare = q.form == Form::Integer && q.unit.is_none() && q.first == q.last;
    let moved = matches!(t.lower(q.last + 1), "%" | "percent" | "points" | "pts" | "point");
    (named && bare && !moved).then_some(q.last)
}

/// "(95% CI 1.1 to 1.8)", "a 90% confidence interval", "at the 99% level of confidence": the
/// confidence level of an estimate is a convention of the method, not a finding; the interval
/// after it is. Gives the token that names it.
fn confidence_level(t: &Tokens, q: &Quantity) -> Option<usize> {
    let k = q.last + 1;
    let named = match t.lower(k) {
        "ci" | "cis" => Some(k),
        "confidence" => Some(k + usize::from(matches!(t.lower(k + 1), "interval" | "intervals" | "level" | "limits"))),
        "credible" if matches!(t.lower(k + 1), "interval" | "intervals") => Some(k + 1),
        _ => None,
    }?;
    (q.category == Category::Percent && t.near(k)).then_some(named)
}

/// "p=0.004", "P < 0.001", "p ≤ .05": a p-value, the comparator at `comparator` after the
/// letter "p", is a test's measure of chance, like a confidence level, not an amount a reader
/// checks; its last token.
pub(super) fn p_value(t: &Tokens, comparator: usize, q: &Quantity) -> Option<usize> {
    let letter = comparator.checked_sub(1).filter(|&k| t.is_word(k) && t.lower(k) == "p" && t.near(comparator))?;
    let symbol = matches!(t.raw(comparator), "=" | "<" | ">" | "\u{2264}" | "\u{2265}");
    (symbol && q.unit.is_none() && q.value.is_some_and(|v| v < 1.0) && !(letter > 0 && t.is(letter - 1, "."))).then_some(q.last)
}

/// "2027/28", "FY2024/2025": the year after a slash that follows a year by one is the end of
/// a financial or academic year, written short or whole, and no count. Gives its token.
fn financial_year_end(t: &Tokens, q: &Quantity) -> Option<usize> {
    let slash = q.first.checked_sub(1).filter(|&k| t.is(k, "/") && t.joined(k) && t.joined(q.first))?;
    let year = slash.checked_sub(1).filter(|&k| t.kind(k) == Some(Kind::Digits) && t.raw(k).len() == 4)?;
    let start: u32 = t.raw(year).parse().ok()?;
    let end: u32 = t.raw(q.first).parse().ok()?;
    let next = match t.raw(q.first).len() {
        2 => (start + 1) % 100,
        4 => start + 1,
        _ => return None,
    };
    (q.first == q.last && end == next && (1900..2200).contains(&start)).then_some(q.last)
}

/// "Regulation (EU) 2016/679", "Directive 2019/1937", "Resolution 2023/118": a number of three
/// or more digits after a year and a slash numbers an act of that year, no count. (A year's
/// second half, "2027/28", is [`financial_year_end`]'s.)
fn numbered_act(t: &Tokens, q: &Quantity) -> Option<usize> {
    let slash = q.first.checked_sub(1).filter(|&k| t.is(k, "/") && t.joined(k) && t.joined(q.first))?;
    let year = slash.checked_sub(1).filter(|&k| t.kind(k) == Some(Kind::Digits) && t.raw(k).len() == 4)?;
    let start: u32 = t.raw(year).parse().ok()?;
    let number = q.first == q.last && t.kind(q.first) == Some(Kind::Digits) && t.raw(q.first).len() >= 3;
    (number && (1900..2100).contains(&start)).then_some(q.last)
}

/// "the BA.2 subvariant", "XBB.1.5 cases", "JN.1": capital letters with a dotted number glued
/// after them name a lineage or a code; the ".2" is no decimal. Gives the code's last token.
fn lettered_lineage(t: &Tokens, q: &Quantity) -> Option<usize> {
    let dot = q.first;
    let letters = dot.checked_sub(1).filter(|&k| t.is_word(k) && t.joined(dot))?;
    let raw = t.raw(letters);
    let capitals = (1..=4).contains(&raw.len()) && raw.chars().all(|c| c.is_ascii_uppercase());
    if !t.is(dot, ".") || !capitals || !t.joined(dot + 1) || t.kind(dot + 1) != Some(Kind::Digits) {
        return None;
    }
    let link = |k: usize| t.is(k, ".") && t.joined(k) && t.joined(k + 1) && t.kind(k + 1) == Some(Kind::Digits);
    let mut end = (dot + 1).max(q.last);
    while link(end + 1) {
        end += 2;
    }
    Some(end)
}

/// How many words may stand between a verb of calling and its number: the one called
/// ("police", "Crime Stoppers", "the NHS helpline") or the reference quoted ("incident",
/// "crime reference number").
const CALLED_WORDS: usize = 6;

/// "call police on 101", "ring Samaritans free on 116 123", "text HELP to 85258", "quoting
/// incident 4471": a whole number after a verb of calling, a few words and "on", "at" or "to",
/// or a few words after "quoting", is a number to dial or quote. Gives its last token.
/// "called on 2,000 workers to strike" (no one called between) urges; it stays a count.
fn number_to_call(t: &Tokens, q: &Quantity) -> Option<usize> {
    dialled_number(t, q).or_else(|| second_number_to_call(t, q))
}

/// "Call 999 or 101", "dial 112 or 911", "ring 0800 123 456 and 116 123": a number joined by
/// "or" or "and" to a number to call is one to call too. Gives its last token.
fn second_number_to_call(t: &Tokens, q: &Quantity) -> Option<usize> {
    let joint = q.first.checked_sub(1).filter(|&k| matches!(t.lower(k), "or" | "and") && t.near(k))?;
    let earlier = joint.checked_sub(1).filter(|&k| t.kind(k) == Some(Kind::Digits) && t.near(joint))?;
    // Numbers to dial have three digits or more ("called 2 or 3 times" counts calls).
    let bare = q.unit.is_none() && (q.first..=q.last).all(|k| t.kind(k) == Some(Kind::Digits)) && t.raw(q.first).len() >= 3 && t.raw(earlier).len() >= 3;
    let first = Quantity { first: earlier, last: earlier, unit: None, ..q.clone() };
    // "Call 999": the earlier number right after a verb of dialling.
    let dialled_at_once = earlier > 0 && phones::calling_word(t.lower(earlier - 1)).is_some_and(|c| c.does == Calling::Dial);
    (bare && (dialled_at_once || dialled_number(t, &first).is_some())).then_some(q.last)
}

/// A number after a verb of calling (see [`number_to_call`]); its last token.
fn dialled_number(t: &Tokens, q: &Quantity) -> Option<usize> {
    // Digits alone, maybe in spaced groups ("116 123"); no decimal, scale or thousands mark.
    // A reference may be split by slashes ("46/12345").
    let dialled = (q.first..=q.last).all(|k| t.kind(k) == Some(Kind::Digits) || (t.is(k, "/") && t.joined(k)));
    if q.unit.is_some() || !dialled || q.first == 0 {
        return None;
    }
    // The number's earlier groups, read apart: "01622 690690", "46/12345", "(03) 9123".
    let mut start = q.first;
    while start > 0
        && q.first - start < PHONE_GROUPS
        && (t.kind(start - 1) == Some(Kind::Digits) || (t.is(start - 1, "/") && t.joined(start - 1)))
        && t.near(start)
    {
        start -= 1;
    }
    let phone = phone_at(t, q.first);
    if let Some(opening) = phone.and_then(|ph| (0..=start).rev().find(|&k| t.toks[k].start == ph.start)) {
        start = start.min(opening);
    }
    let p = start.checked_sub(1)?;
    let via = matches!(t.lower(p), "on" | "at" | "to");
    let words_end = if via { p.checked_sub(1)? } else { p };
    let mut k = words_end;
    let mut between = 0;
    while between <= CALLED_WORDS {
        let word = t.lower(k);
        if let Some(calling) = phones::calling_word(word) {
            let quoting = calling.does == Calling::Quote;
            // "call 9123 4567", "text 0412 555 019": a number to call right after the verb.
            let dialled_at_once = !via && between == 0 && calling.does == Calling::Dial && phone.is_some();
            return ((quoting && !via) || (via && between > 0 && !quoting) || dialled_at_once).then_some(q.last);
        }
        // The words of a name or a compound go by: "the council's out-of-hours line".
        let joiner = matches!(word, "'" | "\u{2019}" | "-" | "&") && t.joined(k);
        // A conjunction or relative starts another clause: "called the strike illegal and
        // pointed to 300 arrests" counts arrests.
        let clause = matches!(word, "and" | "but" | "or" | "that" | "which" | "who" | "while" | "as");
        if !(t.is_word(k) || joiner) || clause || k == 0 || !t.near(k) {
            return None;
        }
        let possessive_s = word == "s" && k > 0 && matches!(t.lower(k - 1), "'" | "\u{2019}");
        between += usize::from(!joiner && !possessive_s);
        k -= 1;
    }
    None
}

/// "(2330.TW)", "0700.HK", "7203.T", "005930.KS": four to six digits glued by a dot to an
/// upper-case exchange suffix of one to three letters are a stock's ticker, a name, not a
/// count. Gives the suffix's token.
fn exchange_ticker(t: &Tokens, q: &Quantity) -> Option<usize> {
    let k = q.last;
    let code = t.raw(k);
    let suffix = t.raw(k + 2);
    let digits = q.first == k && t.kind(k) == Some(Kind::Digits) && (4..=6).contains(&code.len());
    let glued = t.is(k + 1, ".") && t.joined(k + 1) && t.joined(k + 2) && t.is_word(k + 2);
    let exchange = (1..=3).contains(&suffix.len()) && suffix.chars().all(|c| c.is_ascii_uppercase());
    let ends = !(t.joined(k + 3) && t.is_word(k + 3));
    (digits && glued && exchange && ends).then_some(k + 2)
}

/// "Ninety Mile Beach", "Seven Mile Bridge", "the Hundred Acre Wood", "on Ninety Mile
/// beach": a spelled-out number and a singular unit, both capitalised, are a place's name,
/// not a distance, before a capitalised word or after a lower-case one (in a title-case
/// headline every word is capitalised, and the rule stays out). Gives the name's last token.
fn place_named_by_a_measure(t: &Tokens, q: &Quantity) -> Option<usize> {
    let capital = |k: usize| t.is_word(k) && t.raw(k).starts_with(|c: char| c.is_uppercase());
    let spelled = q.form == Form::Words && q.category == Category::Measure && q.last > q.first;
    let unit = t.raw(q.last);
    let singular = !unit.ends_with('s') && !unit.chars().all(|c| c.is_uppercase());
    let name_follows = t.spaced(q.last + 1) && capital(q.last + 1);
    let in_prose = q.first > 0 && t.is_word(q.first - 1) && !capital(q.first - 1);
    let named = capital(q.first) && capital(q.last) && (name_follows || in_prose);
    (spelled && singular && named).then_some(if name_follows { q.last + 1 } else { q.last })
}

#[cfg(test)]
mod tests {
    use super::super::test_support::figures;

    fn values(text: &str) -> Vec<f64> {
        figures(text).into_iter().filter_map(|(_, f)| f.value).collect()
    }

    #[test]
    fn places_named_by_a_spelled_measure_are_no_figures() {
        assert!(values("Surfers drove up Eighty Mile Beach at dawn.").is_empty());
        assert!(values("Traffic stalled on the Seven Mile Bridge.").is_empty());
        assert!(values("The Hundred Acre Wood is a real forest.").is_empty());
        assert!(values("Whales beached on Eighty Mile beach again.").is_empty());
        assert_eq!(values("Storm Cuts Power For Ten Miles"), vec![10.0], "a plural unit is a distance");
        // Distances written as distances stay.
        assert_eq!(values("The trail runs for ninety miles along the coast."), vec![90.0]);
        assert_eq!(values("Crews cleared Ten miles of road."), vec![10.0]);
    }

    #[test]
    fn codes_taken_apart_by_word_tokenising_are_no_negatives() {
        for text in ["the crew of the c - 17 transport landed", "an su - 35 jet crashed", "the g - 20 leaders met", "the sr - 71 flew"] {
            assert!(values(text).is_empty(), "{text}");
        }
        assert_eq!(values("the crew of the c - 17 landed 40 people"), vec![40.0]);
        // A sign after a function word or a longer word is a sign.
        assert_eq!(values("lows of - 15 degrees"), vec![-15.0]);
        assert_eq!(values("it ended at - 4 . 5"), vec![-4.5]);
        assert_eq!(values("the index closed down - 7"), vec![-7.0]);
    }

    #[test]
    fn numbers_completing_an_index_or_standard_name_are_no_figures() {
        assert_eq!(values("the nikkei 225 slid 310 points on friday"), vec![310.0]);
        assert_eq!(values("the plant won iso 14001 status and hired 85 staff"), vec![85.0]);
        assert_eq!(values("the ftse 100 closed 0.4% higher"), vec![0.4]);
        // A move right after the name is the name's figure.
        assert_eq!(values("the Nasdaq 75 points and the Kospi 1.1%"), vec![75.0, 1.1]);
    }

    #[test]
    fn spaced_clock_times_are_no_figures() {
        assert_eq!(values("the vote opens at 7 : 15 a . m . and 300 people queued"), vec![300.0]);
        assert!(values("trading halted at 14 : 05 local time").is_empty());
        assert_eq!(values("they won 3 : 1 at home"), vec![3.0, 1.0]);
    }

    #[test]
    fn the_end_of_a_spaced_compound_is_no_negative() {
        assert_eq!(values("the firm voted a 5 - for - 4 split of its stock"), vec![5.0]);
        assert!(values("a one - to - one swap").is_empty());
        // A sign after a spaced hyphen of no compound stays a sign.
        assert_eq!(values("readings fell to - 12 overnight"), vec![-12.0]);
    }

    #[test]
    fn exchange_tickers_are_no_figures() {
        assert!(values("Shares of Tencent (0700.HK) slipped in Hong Kong.").is_empty());
        assert!(values("Toyota Motor Corp (7203.T) kept its outlook.").is_empty());
        assert!(values("Samsung Electronics (005930.KS) is the largest maker.").is_empty());
        // A count before a sentence that opens without a space is still a count.
        assert_eq!(values("Crews fixed 15000 pipes.The rest waited."), vec![15000.0]);
    }

    #[test]
    fn a_confidence_level_is_no_figure() {
        assert_eq!(values("The effect was 1.4 (95% CI 1.1 to 1.8)."), vec![1.4, 1.1]);
        assert_eq!(values("Support is 41%, with a 90% confidence interval of 38% to 44%."), vec![41.0, 38.0]);
        // A share of people confident in something is a figure.
        assert_eq!(values("Only 35% of voters said they had confidence in the count."), vec![35.0]);
    }

    #[test]
    fn numbered_acts_of_a_year_are_no_counts() {
        assert!(values("The EU's Regulation 2016/679 is better known as GDPR.").is_empty());
        assert!(values("Directive 2019/1937 protects whistleblowers.").is_empty());
        assert_eq!(values("Under Decision 2022/2464, firms report on 1,000 metrics."), vec![1000.0]);
        // A season or a financial year keeps its own reading, a short count stays.
        assert_eq!(values("The vote was 2024/12 on the motion."), vec![12.0]);
    }

    #[test]
    fn lettered_lineages_are_no_decimals() {
        assert!(values("The Omicron BA.2 subvariant spread quickly.").is_empty());
        assert!(values("Health officials confirmed XBB.1.5 and JN.1 cases.").is_empty());
        assert_eq!(values("The EG.5 strain made up 17% of cases."), vec![17.0]);
        // A decimal after a currency code keeps its value.
        assert_eq!(values("The note sold for USD 4.5 million."), vec![4_500_000.0]);
    }

    #[test]
    fn the_end_of_a_financial_year_is_no_count() {
        assert_eq!(values("The budget for 2027/28 rises by 4%."), vec![4.0]);
        assert_eq!(values("Exports fell 3% in FY2024/2025."), vec![3.0]);
        assert_eq!(values("In 2019/20 the trust treated 12,000 patients."), vec![12_000.0]);
        // A count after a slash that does not follow the year is still read.
        assert_eq!(values("The vote was 2024/12 on the motion."), vec![12.0]);
    }

    #[test]
    fn numbers_to_call_or_quote_are_no_figures() {
        assert!(values("Anyone with information should call police on 101, quoting incident 4471.").is_empty());
        assert!(values("Call Samaritans free on 116 123.").is_empty());
        assert!(values("Anyone with information is asked to call Crime Stoppers on 1800 333 000.").is_empty());
        assert!(values("Text SAFE to 85258 for support.").is_empty());
        assert!(values("Ring the council's out-of-hours line on 311 if the drain floods.").is_empty());
        assert!(values("Witnesses should contact Kent Police at 01622 690690, quoting reference 46/12345.").is_empty());
        // "called on" with no one called urges; its count stays, as do counts after "quoting".
        assert_eq!(values("The union called on 2,000 workers to strike."), vec![2000.0]);
        assert_eq!(values("Doctors called 300 patients back for tests."), vec![300.0]);
        assert_eq!(values("The bus calls at 12 stops on the way."), vec![12.0]);
        assert_eq!(values("The ministry called the strike illegal and pointed to 300 arrests."), vec![300.0]);
    }

    #[test]
    fn telephone_numbers_in_spaced_groups_are_no_figures() {
        assert!(values("Call the helpline on 0161 496 0000 today.").is_empty());
        assert!(values("Readers can ring 0300 123 4567 for advice.").is_empty());
        assert!(values("Contact the embassy on +44 20 7946 0958.").is_empty());
        // Counts side by side are still counts.
        assert_eq!(values("In 2019 150 people were hurt."), vec![150.0]);
    }

    #[test]
    fn telephone_numbers_of_many_countries_are_no_figures() {
        for text in [
            "Readers needing support can call (03) 9123 4567 at any hour.",
            "Bookings: (02) 9876 5432, the clinic said.",
            "The Nairobi office (+254 20 123 4567) opened in March.",
            "For the Tokyo office call 03-1234-5678 before noon.",
            "Reach the Sao Paulo desk on +55 11 91234-5678.",
            "From abroad, dial 0049 30 123456 for the Berlin office.",
            "The council can be contacted on 0161 496 0000 ext. 123.",
            "Call the press office on 020 7946 0321, extension 4412, for details.",
            "Dial +44 (0)20 7946 0958 to book.",
            "For bookings call 9123 4567 after lunch.",
            "Call 555-0199 to reserve a seat.",
            "Those affected can call 0800 028 0199 or text 85258.",
            "Gardai can be reached on +353 1 666 9000.",
        ] {
            assert!(values(text).is_empty(), "{text}: {:?}", values(text));
        }
        // Counts, scores, dates and spans of years beside them stay what they were.
        assert_eq!(values("Volunteers rang 40 households and phoned 300 voters."), vec![40.0, 300.0]);
        assert!(values("The team won 3-1 on Saturday.").is_empty(), "a scoreline is no quantity");
        assert_eq!(values("The firm contacted 1 200 families by May."), vec![1200.0]);
        assert_eq!(values("He dialled 999 and 20 officers arrived."), vec![20.0]);
    }

    #[test]
    fn a_long_run_of_spaced_numbers_costs_linear_work() {
        let work = |text: &str| {
            let doc = crate::text::Document::from_plain_text(text);
            crate::detect::figures::numbers::take_work();
            let _ = crate::detect::figures::find(&doc);
            crate::detect::figures::numbers::take_work()
        };
        for piece in ["1 ", "0 12 ", "+1 ", "1.2.", "(212) 555-0199 "] {
            let (small, big) = (work(&piece.repeat(500)), work(&piece.repeat(1000)));
            assert!(big * 2 <= small * 5, "{piece:?}: work {small} for 500, {big} for 1000");
        }
    }

    #[test]
    fn a_clock_time_with_a_dot_is_no_decimal() {
        assert!(values("Doors open at 7.45pm on Friday.").is_empty());
        assert!(values("The train left at 10.15 a.m. sharp.").is_empty());
        assert_eq!(values("The meeting starts at 9.30am and 40 people will attend."), vec![40.0]);
        // After a hedge too (newcomer 12): "about" rounds the time, it makes no decimal of it.
        for text in [
            "The crash happened at about 11.40pm on Saturday.",
            "The fire started at around 10.30 p.m., a witness said.",
            "Shortly before 6.15am, the alarm rang.",
        ] {
            assert!(values(text).is_empty(), "{text}: {:?}", values(text));
        }
        assert_eq!(values("Growth was about 11.40 per cent."), vec![11.4]);
    }

    #[test]
    fn a_p_value_is_no_figure_and_a_range_of_decimals_below_one_is_one_range() {
        for text in ["The effect was significant (p=0.004).", "Deaths fell (P < 0.001).", "It held at p \u{2264} 0.05 in both arms."] {
            assert!(values(text).is_empty(), "{text}: {:?}", values(text));
        }
        let found = figures("The hazard ratio was 0.73 (95% CI 0.61-0.87; p=0.004).");
        let got: Vec<_> = found.iter().map(|(s, f)| (s.as_str(), f.value, f.high)).collect();
        assert_eq!(got, [("0.73", Some(0.73), None), ("0.61-0.87", Some(0.61), Some(0.87))]);
        assert_eq!(values("Scores ranged 0.2-0.9 across the sample."), vec![0.2]);
        // A nil scoreline is no range, and no quantity either.
        assert!(values("Spurs won 1-0 at home.").is_empty());
        // A decimal before another word is a decimal.
        assert_eq!(values("Output grew 7.45 percent."), vec![7.45]);
    }

    #[test]
    fn north_american_numbers_codes_and_24_hour_times_are_no_figures() {
        assert!(values("Call (212) 555-0199 for tickets.").is_empty());
        assert!(values("Ring 1800 123 456 for help.").is_empty());
        assert!(values("Polls close at 18.30 GMT on Thursday.").is_empty());
        assert!(values("Trading resumed at 14.30 local time.").is_empty());
        assert_eq!(values("Version 2.3.1 fixed 12 bugs."), vec![12.0]);
        assert!(values("The server at 192.168.0.1 went down.").is_empty());
        // A decimal is a decimal.
        assert_eq!(values("Turnout was 18.30 per cent."), vec![18.3]);
    }

    #[test]
    fn a_house_number_with_a_letter_is_an_address() {
        assert!(values("She rents a flat at 14B Elm Road.").is_empty());
        assert!(values("The shop at 9a Castle Street closed.").is_empty());
        // A scale letter after money is still a scale.
        assert_eq!(values("The deal is worth $4B over time."), vec![4e9]);
    }

    #[test]
    fn model_numbers_and_versions_are_no_figures() {
        assert!(values("Airbus's 350 XWB fleet was inspected.").is_empty());
        assert!(values("The update arrives with Android 14.2 next week.").is_empty());
        assert!(values("Apple released iOS 18.1 to fix the bug.").is_empty());
        assert!(values("PM10 and PM2.5 readings were high.").is_empty());
        // The company's count of staff is a count.
        assert_eq!(values("The company's 300 employees were told."), vec![300.0]);
        // A decimal that counts a noun after a name is a figure of the name's.
        assert_eq!(values("Polls show her ahead, with HuffPollster 4.3 points and Gallup 2.1 points."), vec![4.3, 2.1]);
    }

    #[test]
    fn statistics_after_their_abbreviation_are_figures() {
        // Confidence intervals and ratios: a version never starts at zero nor spans a range.
        assert_eq!(values("The hazard ratio was 0.98 (95% CI 0.83 to 1.15)."), vec![0.98, 0.83]);
        assert_eq!(values("Risk was lower in the trial arm, HR 0.74, in the first year."), vec![0.74]);
        assert_eq!(values("Mortality was similar (95% CI 1.1-1.9) in both groups."), vec![1.1]);
        assert_eq!(values("The odds of relapse, OR 0.62 over the study, fell."), vec![0.62]);
        // Versions stay names.
        assert!(values("Users of Python 3.12 saw the bug.").is_empty());
    }
}
