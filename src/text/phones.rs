//! Telephone numbers and the words of calling: one reading in the text layer, shared by the
//! detectors that must not read each other (figures drop a number to call as no quantity;
//! claims take an appeal that gives one for a notice, not a statement of fact).
//!
//! A telephone number is written in digit groups ("0800 555 0199", "020 7946 0321"), split by
//! spaces, hyphens or dots ("1-800-555-0133", "555.123.4567"), with a "+" country code
//! ("+254 20 123 4567"), an area code in brackets ("(03) 9123 4567", "+44 (0)20 7946 0958")
//! and an extension ("ext. 123"). Some shapes say "telephone" alone; shorter ones ("9123 4567",
//! "116 123") only after a word of calling.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// What a word of calling does with the number it introduces (`calling_words.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Calling {
    /// The number may follow at once: "Call 911", "ring 999", "text 85258".
    Dial,
    /// The one reached stands between: "contact police on 101".
    Reach,
    /// A reference is quoted: "quoting incident 4471".
    Quote,
}

/// A word of calling: what it does, and whether it is the base form, the one that asks the
/// reader to get in touch ("call", "contact"; not "called").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallingWord {
    /// What it does with its number.
    pub does: Calling,
    /// It is the verb's base form.
    pub base_form: bool,
}

/// The word of calling `lower` (a lower-case word) is, if it is one.
pub fn calling_word(lower: &str) -> Option<CallingWord> {
    static CELL: OnceLock<FxHashMap<&'static str, CallingWord>> = OnceLock::new();
    CELL.get_or_init(|| data_file!("text/calling_words.txt").lines().filter_map(calling_entry).collect()).get(lower).copied()
}

/// One line of `calling_words.txt`: "word | base | dial|reach|quote".
fn calling_entry(line: &'static str) -> Option<(&'static str, CallingWord)> {
    let mut fields = line.split('|').map(str::trim);
    let (word, base, does) = (fields.next()?, fields.next()?, fields.next()?);
    let does = match does {
        "dial" => Calling::Dial,
        "reach" => Calling::Reach,
        "quote" => Calling::Quote,
        _ => return None,
    };
    Some((word, CallingWord { does, base_form: word == base }))
}

/// A telephone number read in a text: its byte span, and whether its shape alone names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phone {
    /// Its first byte (a digit, "+" or "(").
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// The shape alone says "telephone": a "+" country code, an area code in brackets, a
    /// trunk "0" and nine digits or more, or three groups or more of ten digits or more that
    /// are no thousands. Otherwise ("9123 4567", "116 123", "555-0199") it is a number to
    /// call only after a word of calling.
    pub certain: bool,
}

/// How many groups a number is read in at most ("+33 1 42 68 53 00" has six): the cap keeps
/// a long run of spaced numbers from costing time quadratic in its length.
const MAX_GROUPS: usize = 7;

/// How many digits a group has at most ("+49 30 12345678").
const GROUP_DIGITS: usize = 8;

/// How many digits a telephone number has at most (the international plan's fifteen).
const MAX_DIGITS: usize = 15;

/// How far back from a digit [`covering`] looks for the start of its number, in bytes.
const LOOK_BACK: usize = 40;

/// The digit groups read from one start: each group's digit count and the marks between.
#[derive(Default)]
struct Groups {
    lens: Vec<usize>,
    plus: bool,
    /// The first group (after a country code) is in brackets: "(03)", "(212)".
    bracketed_area: bool,
    dots: bool,
    /// The first group opens on a trunk "0" ("0800 555 0199").
    trunk: bool,
    /// The first group is a year (1800-2099): "2019-2020" is a span.
    first_is_year: bool,
    end: usize,
}

/// The telephone number starting at byte `start` of `text` (a digit, "+" or "("), if the
/// digit groups there make one.
pub fn number_at(text: &str, start: usize) -> Option<Phone> {
    let groups = read_groups(text, start)?;
    // "+1-222-2222/2222": a number run on by a slash is of a shape not read here.
    let b = text.as_bytes();
    if b.get(groups.end) == Some(&b'/') && b.get(groups.end + 1).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let end = extension_end(text, groups.end).unwrap_or(groups.end);
    let certain = certain_shape(&groups);
    (certain || possible_shape(&groups)).then_some(Phone { start, end, certain })
}

/// The telephone number that byte `at` of `text` lies in, if any: a number certain by its
/// shape before one that is only possible.
pub fn covering(text: &str, at: usize) -> Option<Phone> {
    let b = text.as_bytes();
    if at >= b.len() {
        return None;
    }
    let mut lo = at;
    while lo > 0 && at - lo < LOOK_BACK && phone_byte(b[lo - 1]) {
        lo -= 1;
    }
    let mut possible = None;
    for p in (lo..=at).filter(|&p| starts_a_number(b, p)) {
        let Some(phone) = number_at(text, p).filter(|ph| ph.start <= at && at < ph.end) else { continue };
        if phone.certain {
            return Some(phone);
        }
        possible = possible.or(Some(phone));
    }
    possible
}

/// Every telephone number in `text`, left to right, certain or possible.
pub fn numbers(text: &str) -> impl Iterator<Item = Phone> + '_ {
    let b = text.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        while from < b.len() {
            let p = from;
            from += 1;
            if !starts_a_number(b, p) {
                continue;
            }
            if let Some(phone) = number_at(text, p) {
                from = phone.end;
                return Some(phone);
            }
        }
        None
    })
}

/// A byte a telephone number may hold (white space between groups included).
fn phone_byte(c: u8) -> bool {
    c.is_ascii_digit() || matches!(c, b' ' | b'-' | b'.' | b'(' | b')' | b'+')
}

/// Whether a number may start at byte `p`: a digit, "+" or "(" not glued to a word, a
/// number ("1,200", "3.5", "46/12") or a sign before it.
fn starts_a_number(b: &[u8], p: usize) -> bool {
    let opens = match b[p] {
        b'+' | b'(' => b.get(p + 1).is_some_and(|c| c.is_ascii_digit() || (b[p] == b'+' && *c == b'(')),
        c => c.is_ascii_digit(),
    };
    // "(+254 20 …)": a bracket may hold a number opening on its sign; before digits the
    // bracket is the number's own ("(03) 9123 4567").
    let bracket_before_digit = b[p] != b'+' && p > 0 && b[p - 1] == b'(';
    let glued =
        p > 0 && (b[p - 1].is_ascii_alphanumeric() || matches!(b[p - 1], b',' | b'.' | b':' | b'/' | b'-' | b'+' | b')' | b'_') || bracket_before_digit);
    opens && !glued
}

/// The digit groups from `start`: "+", then groups of digits (one in brackets may stand
/// first, or after the country code), split by one space, hyphen or dot; a group glued after
/// a bracket ("(0)20") counts on its own. Dots split every group or none: "3.5" is a decimal.
fn read_groups(text: &str, start: usize) -> Option<Groups> {
    let b = text.as_bytes();
    let mut g = Groups { plus: b.get(start) == Some(&b'+'), ..Groups::default() };
    let mut pos = start + usize::from(g.plus);
    let mut seps_seen = false;
    loop {
        let open = b.get(pos) == Some(&b'(');
        let from = pos + usize::from(open);
        let n = b[from.min(b.len())..].iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 || n > GROUP_DIGITS || (open && b.get(from + n) != Some(&b')')) {
            break;
        }
        if open && g.lens.len() == usize::from(g.plus) && !(g.plus && n == 1) {
            g.bracketed_area = true;
        }
        if g.lens.is_empty() && !open {
            let first = &text[from..from + n];
            g.trunk = !g.plus && first.starts_with('0');
            g.first_is_year = n == 4 && first.parse::<u32>().is_ok_and(|y| (1800..2100).contains(&y));
        }
        g.lens.push(n);
        pos = from + n + usize::from(open);
        g.end = pos;
        if g.lens.len() == MAX_GROUPS {
            break;
        }
        let (sep, width) = match text[pos..].chars().next() {
            Some(c @ (' ' | '\u{a0}' | '\u{202f}' | '-' | '.')) => (c, c.len_utf8()),
            // "(0)20", "(03)9123 4567": digits glued after a bracket.
            Some(c) if open && c.is_ascii_digit() => (')', 0),
            _ => break,
        };
        if sep == '.' && seps_seen && !g.dots || sep != '.' && g.dots {
            break;
        }
        let next = pos + width;
        let continues = b.get(next).is_some_and(|c| c.is_ascii_digit() || (*c == b'(' && matches!(sep, ' ' | '\u{a0}' | '\u{202f}' | ')')));
        if !continues {
            break;
        }
        g.dots |= sep == '.';
        seps_seen |= width > 0;
        pos = next;
    }
    let digits: usize = g.lens.iter().sum();
    (g.lens.len() >= 2 && digits <= MAX_DIGITS && !(g.dots && g.lens.len() < 3)).then_some(g)
}

/// Where an extension after a number ends: "ext. 123", "ext 45", ", extension 4412", " x123".
fn extension_end(text: &str, end: usize) -> Option<usize> {
    let rest = &text[end..];
    let rest_lower = rest.get(..rest.len().min(14))?.to_ascii_lowercase();
    let mark = ["ext. ", "ext.", "ext ", "extension ", "x"];
    let after_comma = rest_lower.strip_prefix(", ").map(|r| (r, 2)).or_else(|| rest_lower.strip_prefix(' ').map(|r| (r, 1)))?;
    let (body, skip) = after_comma;
    let m = mark.iter().find(|m| body.starts_with(**m))?;
    let digits_from = end + skip + m.len();
    let n = text.as_bytes()[digits_from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let glued_word = text.as_bytes().get(digits_from + n).is_some_and(u8::is_ascii_alphanumeric);
    ((1..=6).contains(&n) && !glued_word).then_some(digits_from + n)
}

/// Whether the groups' shape alone names a telephone number.
fn certain_shape(g: &Groups) -> bool {
    let digits: usize = g.lens.iter().sum();
    let trunk = g.trunk && digits >= 9;
    let long_run = g.lens.len() >= 3 && digits > 9 && !thousands(g);
    ((g.plus || g.bracketed_area) && digits >= 8) || trunk || long_run
}

/// Whether the groups are thousands ("1 414 021 100", "12.500.000"): one to three digits,
/// then groups of three.
fn thousands(g: &Groups) -> bool {
    !g.plus && !g.bracketed_area && (1..=3).contains(&g.lens[0]) && g.lens[1..].iter().all(|&n| n == 3)
}

/// Whether the groups may be a number to call after a word of calling: six digits or more,
/// not a span of years ("2019-2020", "2019-20").
fn possible_shape(g: &Groups) -> bool {
    let digits: usize = g.lens.iter().sum();
    let years = g.lens.len() == 2 && g.first_is_year;
    digits >= 6 && !years
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The telephone number `text` holds, as written, and whether its shape alone names it.
    fn read(text: &str) -> Option<(&str, bool)> {
        numbers(text).next().map(|p| (&text[p.start..p.end], p.certain))
    }

    #[test]
    fn numbers_written_in_groups_from_many_countries_are_read_whole() {
        for (text, number) in [
            ("call 0800 555 0199 now", "0800 555 0199"),
            ("ring them on 020 7946 0321.", "020 7946 0321"),
            ("the embassy (+254 20 123 4567) said", "+254 20 123 4567"),
            ("bookings on (03) 9123 4567 only", "(03) 9123 4567"),
            ("call (212) 555-0199 today", "(212) 555-0199"),
            ("dial +44 (0)20 7946 0958 from abroad", "+44 (0)20 7946 0958"),
            ("call +33 1 42 68 53 00.", "+33 1 42 68 53 00"),
            ("on 1-800-555-0133, free", "1-800-555-0133"),
            ("call 555.123.4567 now", "555.123.4567"),
            ("call +81 3-1234-5678 in Tokyo", "+81 3-1234-5678"),
            ("call +55 11 91234-5678 in São Paulo", "+55 11 91234-5678"),
            ("from abroad call 0049 30 123456.", "0049 30 123456"),
            ("in Lagos call +234 803 555 0199", "+234 803 555 0199"),
            ("call +91 98765 43210 for tickets", "+91 98765 43210"),
            ("the line 0161 496 0000 ext. 123 opens", "0161 496 0000 ext. 123"),
            ("on 020 7946 0321, extension 4412, for", "020 7946 0321, extension 4412"),
            ("in Singapore call +65\u{a0}6123\u{a0}4567", "+65\u{a0}6123\u{a0}4567"),
        ] {
            assert_eq!(read(text), Some((number, true)), "{text}");
        }
    }

    #[test]
    fn short_numbers_are_telephone_numbers_only_after_a_word_of_calling() {
        for (text, number) in [("call 9123 4567", "9123 4567"), ("on 116 123", "116 123"), ("call 555-0199", "555-0199"), ("call 13 11 14", "13 11 14")] {
            assert_eq!(read(text), Some((number, false)), "{text}");
        }
    }

    #[test]
    fn counts_decimals_years_and_dates_are_no_telephone_numbers() {
        for text in [
            "in 2019 150 people",
            "grew to 1 414 021 100 last year",
            "spent 12.500.000 euros",
            "from 2019-2020",
            "in the 2019-20 season",
            "rose 3.5 percent",
            "dated 2024-03-15",
            "won 3-1 at home",
            "cost $1,200 300 times",
            "ref 46/12345",
            "+1-222-2222/2222 is a number",
            "0.12345678 of it",
        ] {
            assert!(read(text).is_none_or(|(_, certain)| !certain), "{text}: {:?}", read(text));
        }
        assert_eq!(read("from 2019-2020"), None);
        assert_eq!(read("rose 3.5 percent"), None);
        assert_eq!(read("1 200 families"), None);
    }

    #[test]
    fn covering_finds_the_number_around_any_of_its_groups() {
        let text = "Readers can call (03) 9123 4567 for help.";
        let at = text.find("4567").unwrap_or(0);
        let phone = covering(text, at);
        assert_eq!(phone.map(|p| &text[p.start..p.end]), Some("(03) 9123 4567"));
        let text = "Call on 0800 555 0199 today.";
        let phone = covering(text, text.find("0199").unwrap_or(0));
        assert_eq!(phone.map(|p| (&text[p.start..p.end], p.certain)), Some(("0800 555 0199", true)));
        assert_eq!(covering("no number here", 3), None);
        assert_eq!(covering("", 0), None);
    }

    #[test]
    fn words_of_calling_say_what_they_do() {
        assert_eq!(calling_word("call"), Some(CallingWord { does: Calling::Dial, base_form: true }));
        assert_eq!(calling_word("called"), Some(CallingWord { does: Calling::Dial, base_form: false }));
        assert_eq!(calling_word("contact").map(|c| c.does), Some(Calling::Reach));
        assert_eq!(calling_word("quoting").map(|c| c.does), Some(Calling::Quote));
        assert_eq!(calling_word("rang").map(|c| c.base_form), Some(false));
        assert_eq!(calling_word("report"), None);
    }

    #[test]
    fn no_input_panics_and_long_runs_stay_linear() {
        for text in ["+", "(", "(+", "+(", "((03", "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0", "9 ext.", "0800 555 0199 x", "é+1 2é", "+1 2\u{202f}"] {
            let _ = numbers(text).count();
            for at in 0..text.len() {
                if text.is_char_boundary(at) {
                    let _ = covering(text, at);
                }
            }
        }
        let long = "12 ".repeat(20_000);
        assert!(numbers(&long).count() > 1_000);
    }
}
