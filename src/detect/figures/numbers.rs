//! Numbers in every written form: digits with separators and decimals ("1,234,567",
//! "1 414 021 100", "4.8", ".08"), powers ("1.3e6"), digit fractions ("1/2", "10 1/2", "½"),
//! spelled-out numbers ("two hundred and two thousand"), mixed forms ("2.5 million", "3k",
//! "3 hundred and 21"), word fractions ("a third", "two-thirds", "five and a half million",
//! "one out of three") and ordinals ("21st", "twenty-fifth", "two hundredth").
//!
//! The text is cut into pieces first (letter runs, digit runs, single symbols: the text
//! layer's [`crate::text::tokens::pieces`]); a number is a run of pieces. Spelled-out
//! numbers are read in two steps: the words become *atoms* ("twenty-one" is one atom,
//! "hundred" another), and a small grammar over the atoms decides how far the number goes
//! and what it is worth. Keeping the two apart is what lets the grammar try several
//! readings of one run ("one hundred thirty fifths" is 100/35, "one hundred thirty two
//! fifths" is 132/5) without re-reading the text.

use crate::detect::lexicon::{self, Lexicon};
use crate::text::tokens::pieces::{pieces, Kind, Piece};
use crate::text::Document;
use regex_lite::Regex;
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::sync::OnceLock;

// ---------------------------------------------------------------------------------------
// Work

#[cfg(test)]
thread_local! {
    static WORK: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Counts `n` steps of work: a token looked at, a byte handed to a pattern, a sentence read
/// for its credit. Tests bound the detector's work by this count rather than by the clock
/// (a timed test flakes on a busy machine); outside tests it compiles to nothing.
#[inline(always)]
pub(crate) fn count_work(n: usize) {
    #[cfg(test)]
    WORK.with(|w| w.set(w.get() + n as u64));
    #[cfg(not(test))]
    let _ = n;
}

/// The work counted on this thread since the last call, and a fresh count.
#[cfg(test)]
pub(crate) fn take_work() -> u64 {
    WORK.with(|w| w.replace(0))
}

// ---------------------------------------------------------------------------------------
// Tokens

/// The pieces of one text (see [`crate::text::tokens::pieces`]), with the text they index.
pub struct Tokens<'a> {
    pub text: &'a str,
    /// The document's pieces, cut once ([`crate::text::Document::pieces`]), or a text's own.
    pub toks: Cow<'a, [Piece]>,
    /// [`parse`] at each token, once worked out: the rules ask for the number at a token
    /// several times (as a figure, after a hedge, inside a range).
    parsed: std::cell::RefCell<Vec<Option<Option<Number>>>>,
}

impl<'a> Tokens<'a> {
    /// The pieces of a text of its own (a phrase, a test's sentence).
    pub fn new(text: &'a str) -> Tokens<'a> {
        Tokens::with(text, Cow::Owned(pieces(text)))
    }

    /// The pieces of a document, as the text layer cut them.
    pub fn of(doc: &'a Document) -> Tokens<'a> {
        Tokens::with(&doc.text, Cow::Borrowed(doc.pieces()))
    }

    fn with(text: &'a str, toks: Cow<'a, [Piece]>) -> Tokens<'a> {
        let parsed = std::cell::RefCell::new(vec![None; toks.len()]);
        Tokens { text, toks, parsed }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// The token's text as written.
    pub fn raw(&self, i: usize) -> &'a str {
        count_work(1);
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    pub fn lower(&self, i: usize) -> &str {
        count_work(1);
        self.toks.get(i).map_or("", |t| t.lower.as_str())
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        count_work(1);
        self.toks.get(i).map(|t| t.kind)
    }

    pub fn is(&self, i: usize, s: &str) -> bool {
        count_work(1);
        self.toks.get(i).is_some_and(|t| t.lower == s)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }

    /// Token `i` follows token `i - 1` with nothing between.
    pub fn joined(&self, i: usize) -> bool {
        count_work(1);
        i > 0 && i < self.toks.len() && self.toks[i - 1].end == self.toks[i].start
    }

    /// Token `i` follows token `i - 1` on the same stretch of prose: only white space
    /// between, and no blank line (a number never runs across paragraphs).
    pub fn near(&self, i: usize) -> bool {
        if i == 0 || i >= self.toks.len() {
            return false;
        }
        let gap = &self.text[self.toks[i - 1].end..self.toks[i].start];
        count_work(1 + gap.len());
        gap.chars().all(char::is_whitespace) && gap.matches('\n').count() < 2
    }

    /// Token `i` follows token `i - 1` after spaces only (not a line break).
    pub fn spaced(&self, i: usize) -> bool {
        if i == 0 || i >= self.toks.len() {
            return false;
        }
        let gap = &self.text[self.toks[i - 1].end..self.toks[i].start];
        count_work(1 + gap.len());
        !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}' || c == '\t')
    }

    /// The index of the token ending at byte `end`, searching from `from`.
    fn ending_at(&self, from: usize, end: usize) -> Option<usize> {
        (from..self.toks.len()).take_while(|&k| self.toks[k].start < end).find(|&k| self.toks[k].end == end)
    }
}

// ---------------------------------------------------------------------------------------
// Word lists as lookups

/// `word | value` lines of a lexicon as a map.
fn valued(lex: &Lexicon) -> HashMap<&'static str, f64> {
    lex.entries()
        .iter()
        .filter_map(|line| {
            let mut parts = line.split('|').map(str::trim);
            let word = parts.next()?;
            let value = parts.next()?.parse::<f64>().ok()?;
            Some((word, value))
        })
        .collect()
}

struct Words {
    cardinals: HashMap<&'static str, f64>,
    ordinals: HashMap<&'static str, f64>,
    fractions: HashMap<&'static str, f64>,
    scales: HashMap<&'static str, f64>,
    abbreviations: HashMap<&'static str, f64>,
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| Words {
        cardinals: valued(lexicon::number_words()),
        ordinals: valued(lexicon::ordinal_words()),
        fractions: valued(lexicon::fraction_words()),
        scales: valued(lexicon::scale_words()),
        abbreviations: valued(lexicon::scale_abbreviations()),
    })
}

/// The value of a scale abbreviation as written right after digits ("k", "bn", "M").
pub fn scale_abbreviation(raw: &str) -> Option<f64> {
    words().abbreviations.get(raw).copied()
}

/// The value of a scale word ("million"), singular only.
pub fn scale_word(lower: &str) -> Option<f64> {
    words().scales.get(lower).copied()
}

/// The value of a plural scale word ("thousands", "dozens"), as used in "thousands of".
pub fn plural_scale_word(lower: &str) -> Option<f64> {
    lower.strip_suffix('s').and_then(scale_word)
}

/// The multiple a "-fold" word names ("tenfold" is 10, "hundredfold" 100), or `None`.
pub fn fold_word(lower: &str) -> Option<f64> {
    let stem = lower.strip_suffix("fold")?;
    let w = words();
    w.cardinals.get(stem).or_else(|| w.scales.get(stem)).copied().filter(|&v| v >= 2.0)
}

/// Whether `lower` is a singular ordinal word ("first", "twentieth").
pub fn is_ordinal_word(lower: &str) -> bool {
    words().ordinals.contains_key(lower)
}

/// Whether `lower` is a word that can be part of a spelled-out number.
pub fn is_number_word(lower: &str) -> bool {
    let w = words();
    w.cardinals.contains_key(lower)
        || w.ordinals.contains_key(lower)
        || w.scales.contains_key(lower)
        || w.fractions.contains_key(lower)
        || plural_scale_word(lower).is_some()
}

// ---------------------------------------------------------------------------------------
// Numbers

/// How a number was written; the figure detector uses it to decide the category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// Digits only, no separators or decimals ("2003", "10").
    Integer,
    /// Digits with separators, decimals, powers or a scale ("1,200", "4.8", "3k", "2 million").
    Digits,
    /// Spelled out ("twenty-five", "a dozen").
    Words,
    Fraction,
    Ordinal,
}

/// A number found in the tokens: `first..=last` token indices, its value and form.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number {
    pub first: usize,
    pub last: usize,
    pub value: f64,
    pub form: Form,
    /// Spelled "one", "a" or "an": the number most often not a figure at all ("one of them").
    pub word_one: bool,
}

/// The number that starts at token `i`, if one does.
pub fn parse(t: &Tokens, i: usize) -> Option<Number> {
    if let Some(&Some(known)) = t.parsed.borrow().get(i) {
        return known;
    }
    let n = parse_at(t, i);
    if let Some(slot) = t.parsed.borrow_mut().get_mut(i) {
        *slot = Some(n);
    }
    n
}

fn parse_at(t: &Tokens, i: usize) -> Option<Number> {
    let mut n = parse_unsigned(t, i).or_else(|| parse_signed(t, i))?;
    if let Some(d) = decimal_comma(t, &n).or_else(|| dot_thousands(t, &n)) {
        n = d;
    }
    if let Some(c) = crore_after(t, &n) {
        n = c;
    }
    // "one out of three", "1 in twenty-one", "2000 over 3": a ratio read as a fraction.
    if matches!(n.form, Form::Integer | Form::Words) {
        if let Some(r) = ratio(t, &n) {
            n = r;
        }
    }
    Some(n)
}

/// Crore (ten million) as Indian headlines write it after an amount: "Rs 500 cr", and
/// stacked on a smaller scale, "₹1.5 lakh cr" (a lakh crore, 1e12) or "Rs 50k crore" (a
/// thousand crore, 1e10). The grammar reads "lakh crore" already; the abbreviation "cr"
/// names crore only after money or a scale, where no other "cr" (credits) is meant.
fn crore_after(t: &Tokens, n: &Number) -> Option<Number> {
    let k = n.last + 1;
    if !matches!(t.lower(k), "cr" | "crore" | "crores") || !t.is_word(k) || !t.near(k) {
        return None;
    }
    let ends_in_scale = n.last > n.first && (scale_word(t.lower(n.last)).is_some_and(|s| s < 1e7) || scale_abbreviation(t.raw(n.last)) == Some(1000.0));
    // "Rs 500 cr", "Rs. 500 cr": the currency may take two tokens.
    let money = (1..=2).any(|b| n.first >= b && super::quantity::currency_before_number(t, n.first - b).is_some_and(|(_, last)| last + 1 == n.first));
    let abbreviated = t.lower(k) == "cr";
    (ends_in_scale || (abbreviated && money && n.form != Form::Fraction)).then_some(Number { last: k, value: n.value * 1e7, form: Form::Digits, ..*n })
}

/// "€1,5 million", "1,25 billion euros": a comma before one or two digits and a scale word
/// is a decimal comma, as much of Europe writes it; before three digits it groups thousands.
fn decimal_comma(t: &Tokens, n: &Number) -> Option<Number> {
    let (c, k) = (n.last + 1, n.last + 2);
    let digits = t.raw(k);
    if n.form != Form::Integer || !t.is(c, ",") || !t.joined(c) || !t.joined(k) || t.kind(k) != Some(Kind::Digits) || digits.len() > 2 {
        return None;
    }
    let rest = parse_unsigned(t, k)?;
    let fraction: f64 = digits.parse().ok()?;
    let decimal = n.value + fraction / 10f64.powi(digits.len() as i32);
    if let Some(scale) = scale_word(t.lower(rest.last)).filter(|_| rest.last > k && rest.form == Form::Digits) {
        return Some(Number { first: n.first, last: rest.last, value: decimal * scale, form: Form::Digits, word_one: false });
    }
    // "de 0,3 point à 7,3 %": with no scale word the comma is still a decimal one, unless
    // more digit groups run on ("1,23,456"), the number is itself a group of another, or a
    // list goes on.
    let runs_on = |c: usize| matches!(t.lower(c), "," | ".") && t.joined(c) && t.joined(c + 1) && t.kind(c + 1) == Some(Kind::Digits);
    // "pages 1,2 and 3" is a list written without spaces.
    let listed = matches!(t.lower(k + 1), "and" | "or" | "&") && t.kind(k + 2) == Some(Kind::Digits);
    if listed || runs_on(k + 1) || (n.first >= 2 && t.joined(n.first) && runs_on(n.first - 1) && t.kind(n.first - 2) == Some(Kind::Digits)) {
        return None;
    }
    Some(Number { first: n.first, last: k, value: decimal, form: Form::Digits, word_one: false })
}

/// "Über 50.000 Menschen", "plus de 3.500 personnes": one dot before exactly three digits
/// groups thousands in European text, which a function word of a European language near
/// the number shows (`lexicon/european_words.txt`). In English text "3.125" stays a
/// decimal, and a scale word after it ("1.125 billion") always makes it one.
fn dot_thousands(t: &Tokens, n: &Number) -> Option<Number> {
    let (i, dot, k) = (n.first, n.first + 1, n.first + 2);
    let whole = t.raw(i);
    let grouped = t.kind(i) == Some(Kind::Digits) && whole.len() <= 3 && !whole.starts_with('0') && t.is(dot, ".") && t.joined(dot) && t.joined(k);
    if !grouped || n.last != k || t.kind(k) != Some(Kind::Digits) || t.raw(k).len() != 3 {
        return None;
    }
    let runs_on = matches!(t.lower(k + 1), "," | ".") && t.joined(k + 1) && t.joined(k + 2) && t.kind(k + 2) == Some(Kind::Digits);
    let european = (i.saturating_sub(CONTEXT)..(k + CONTEXT).min(t.len())).any(|j| lexicon::european_words().contains(t.lower(j)));
    if runs_on || !european {
        return None;
    }
    let value: f64 = format!("{whole}{}", t.raw(k)).parse().ok()?;
    Some(Number { first: i, last: k, value, form: Form::Digits, word_one: false })
}

/// How many tokens either side of a number may show the language its separators follow.
const CONTEXT: usize = 8;

/// "-5", "- 10 k", "minus five", "negative one over 20".
fn parse_signed(t: &Tokens, i: usize) -> Option<Number> {
    let tok = t.toks.get(i)?;
    let is_dash = matches!(tok.lower.as_str(), "-" | "\u{2212}" | "\u{2013}");
    if is_dash || tok.lower == "+" {
        // A hyphen inside a word or after a number joins ("SCP-173", "10-15"); it is a sign
        // only where a number may start.
        if i > 0 && t.joined(i) && matches!(t.kind(i - 1), Some(Kind::Word | Kind::Digits)) {
            return None;
        }
        if i > 0 && t.kind(i - 1) == Some(Kind::Digits) {
            return None;
        }
        // "passed 52%-48%": a hyphen glued after a percent splits two shares.
        if i > 0 && t.joined(i) && t.is(i - 1, "%") {
            return None;
        }
        // "--" and "—" are dashes between clauses.
        if i > 0 && t.joined(i) && matches!(t.lower(i - 1), "-" | "\u{2013}" | "\u{2014}") {
            return None;
        }
        // "mid - 1972", "pre-2008": a prefix, not a minus.
        if i > 0 && matches!(t.lower(i - 1), "mid" | "pre" | "post" | "early" | "late" | "circa") {
            return None;
        }
        if t.kind(i + 1) != Some(Kind::Digits) || !(t.joined(i + 1) || t.spaced(i + 1)) {
            return None;
        }
        if is_dash && parenthetical_dash(t, i) {
            return None;
        }
        let mut n = parse_unsigned(t, i + 1)?;
        if is_dash {
            n.value = -n.value;
        }
        n.first = i;
        if n.form == Form::Integer && is_dash {
            n.form = Form::Digits;
        }
        return Some(n);
    }
    if tok.lower == "minus" || tok.lower == "negative" {
        if !t.near(i + 1) {
            return None;
        }
        // One sign only: "minus - 5" is not a number, and a run of signs must not recurse.
        let next_is_word_sign = matches!(t.lower(i + 1), "minus" | "negative");
        let mut n = parse_unsigned(t, i + 1).or_else(|| if next_is_word_sign { None } else { parse_signed(t, i + 1) })?;
        if let Some(r) = ratio(t, &n) {
            n = r;
        }
        n.value = -n.value;
        n.first = i;
        return Some(n);
    }
    None
}

/// "The cost – 40 million euros – was high", "its reserves - 300 tonnes - were sold", "one
/// aim – 23 wins": a spaced en dash after a content word, or a spaced hyphen closed by
/// another later in the sentence, sets off a clause. A minus is written against its digits,
/// after a word that asks for a value ("fell to – 5C", "a low of - 3"), or is a hyphen typed
/// for it ("convert - 20 degrees").
fn parenthetical_dash(t: &Tokens, i: usize) -> bool {
    /// How far the closing dash is looked for.
    const CLAUSE_TOKENS: usize = 24;
    let opens = i > 0 && t.spaced(i) && t.spaced(i + 1) && t.is_word(i - 1) && !lexicon::function_words().contains(t.lower(i - 1));
    if !opens {
        return false;
    }
    let dash = t.lower(i);
    if dash == "\u{2013}" {
        return true;
    }
    for j in i + 2..(i + 2 + CLAUSE_TOKENS).min(t.len()) {
        if matches!(t.lower(j), "." | "!" | "?" | ";") || !t.near(j) {
            return false;
        }
        if t.lower(j) == dash && t.spaced(j) && t.spaced(j + 1) {
            return true;
        }
    }
    false
}

fn parse_unsigned(t: &Tokens, i: usize) -> Option<Number> {
    let tok = t.toks.get(i)?;
    match tok.kind {
        Kind::Digits => parse_digits(t, i),
        Kind::Word => parse_words(t, i),
        Kind::Symbol => {
            if let Some(v) = vulgar(&tok.lower) {
                return Some(Number { first: i, last: i, value: v, form: Form::Fraction, word_one: false });
            }
            // ".08": a leading decimal point.
            if tok.lower == "." && t.kind(i + 1) == Some(Kind::Digits) && t.joined(i + 1) && !(i > 0 && t.joined(i) && t.kind(i - 1) == Some(Kind::Digits)) {
                let digits = t.raw(i + 1);
                let value = format!("0.{digits}").parse().ok()?;
                return Some(Number { first: i, last: i + 1, value, form: Form::Digits, word_one: false });
            }
            None
        }
    }
}

fn vulgar(s: &str) -> Option<f64> {
    Some(match s {
        "\u{bd}" => 0.5,
        "\u{2153}" => 1.0 / 3.0,
        "\u{2154}" => 2.0 / 3.0,
        "\u{bc}" => 0.25,
        "\u{be}" => 0.75,
        "\u{2155}" => 0.2,
        "\u{2156}" => 0.4,
        "\u{2157}" => 0.6,
        "\u{2158}" => 0.8,
        "\u{2159}" => 1.0 / 6.0,
        "\u{215a}" => 5.0 / 6.0,
        "\u{215b}" => 0.125,
        "\u{215c}" => 0.375,
        "\u{215d}" => 0.625,
        "\u{215e}" => 0.875,
        _ => return None,
    })
}

// --- digits ----------------------------------------------------------------------------

struct DigitPatterns {
    power: Regex,
    euro: Regex,
    spaced_euro: Regex,
    dotted: Regex,
    indian: Regex,
    grouped: Regex,
    spaced_groups: Regex,
    apostrophe_groups: Regex,
    tokenized_grouped_decimal: Regex,
    tokenized_groups: Regex,
    mixed_fraction: Regex,
    fraction: Regex,
    tokenized_decimal: Regex,
    plain: Regex,
}

fn patterns() -> &'static DigitPatterns {
    static P: OnceLock<DigitPatterns> = OnceLock::new();
    P.get_or_init(|| {
        let re = |s: &str| Regex::new(s).expect("digit pattern");
        DigitPatterns {
            // "1.3x10^6", "2 × 10^6", "1e10", "2^5".
            power: re(r"^(\d+(?:\.\d+)?)(?:[eE]([-+]?\d+)|\^([-+]?\d+)| ?[x×] ?10\^([-+]?\d+))"),
            // "1.111,11": dots group, a comma marks decimals.
            euro: re(r"^\d{1,3}(?:\.\d{3})+,\d{1,2}"),
            // "1 234 567,89", "12\u{202f}500,50": spaces group, a comma marks decimals (the
            // French and Nordic style); three digits after the comma would be a thousands group.
            spaced_euro: re("^\\d{1,3}(?:[ \u{a0}\u{202f}]\\d{3})+,\\d{1,2}"),
            // "1.234.567": two or more dot groups can only be thousands.
            dotted: re(r"^\d{1,3}(?:\.\d{3}){2,}"),
            // "12,34,567.89": the Indian grouping by twos above the thousands.
            indian: re(r"^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"),
            grouped: re(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?"),
            // "1 414 021 100", "40\u{202f}000": thin or plain spaces between groups of three.
            spaced_groups: re("^\\d{1,3}(?:[ \u{a0}\u{202f}]\\d{3})+(?:\\.\\d+)?"),
            // "1'250'000", "CHF 12’500": the Swiss grouping by apostrophes; always groups of
            // three, so no foot-and-inch height ("6'2") reads as one.
            apostrophe_groups: re(r"^\d{1,3}(?:['\u{2019}]\d{3})+(?:\.\d+)?"),
            // "10 , 000": text tokenized word by word, as news corpora store it.
            tokenized_groups: re(r"^\d{1,3}(?: , \d{3})+"),
            // "2 1/4", "1-1/2"; web pages also write the fraction slash, "1⁄2".
            mixed_fraction: re(r"^(\d+)(?:[ \t]+and[ \t]+|[ \t]+|-)(\d{1,2}) ?[/⁄] ?(\d{1,3})"),
            fraction: re(r"^(\d{1,2}) ?[/⁄] ?(\d{1,3})"),
            tokenized_decimal: re(r"^\d+ \. \d+"),
            // "2,600 . 14": the same with thousands groups.
            tokenized_grouped_decimal: re(r"^\d{1,3}(?:,\d{3})+ \. \d+"),
            plain: re(r"^\d+(?:\.\d+)?"),
        }
    })
}

/// What the [`DigitPatterns`] need to see at a number's start before they can match: the
/// run of ASCII digits it opens with, the character after that run and the one after that.
/// Every pattern opens with digits and then needs a separator of its own (a dot, a comma, a
/// space and then a digit or a slash, an exponent sign…), so most numbers ("2019 ", "40%")
/// rule out all but `plain` at a glance; a pattern is only run where its test passes. Each
/// test is a necessary condition of its pattern (the unit test below checks that no match
/// is ever ruled out), so the numbers read are the same, without a dozen regex searches a
/// number. (`\d` is ASCII in regex-lite, as the run here is.)
struct Lead {
    /// How many ASCII digits open the text.
    run: usize,
    /// The character after them, and the one after that.
    next: Option<char>,
    after: Option<char>,
}

impl Lead {
    fn of(rest: &str) -> Lead {
        let run = rest.bytes().take_while(u8::is_ascii_digit).count();
        let mut cs = rest[run..].chars();
        Lead { run, next: cs.next(), after: cs.next() }
    }
    /// `\d{1,n}` then `c`: the whole run is the group (a shorter one is followed by a digit).
    fn group_then(&self, n: usize, c: impl Fn(char) -> bool) -> bool {
        (1..=n).contains(&self.run) && self.next.is_some_and(c)
    }
    fn spaced(c: char) -> bool {
        matches!(c, ' ' | '\u{a0}' | '\u{202f}')
    }
    fn power(&self) -> bool {
        self.run > 0
            && match self.next {
                Some('.' | 'e' | 'E' | '^' | 'x' | '\u{d7}') => true,
                Some(' ') => matches!(self.after, Some('x' | '\u{d7}')),
                _ => false,
            }
    }
    fn dot_groups(&self) -> bool {
        self.group_then(3, |c| c == '.')
    }
    fn spaced_groups(&self) -> bool {
        self.group_then(3, Lead::spaced)
    }
    fn comma_groups(&self) -> bool {
        self.group_then(3, |c| c == ',')
    }
    fn indian(&self) -> bool {
        self.group_then(2, |c| c == ',')
    }
    fn apostrophe_groups(&self) -> bool {
        self.group_then(3, |c| matches!(c, '\'' | '\u{2019}'))
    }
    fn tokenized_groups(&self) -> bool {
        self.group_then(3, |c| c == ' ') && self.after == Some(',')
    }
    fn mixed_fraction(&self) -> bool {
        self.run > 0 && matches!(self.next, Some(' ' | '\t' | '-'))
    }
    fn fraction(&self) -> bool {
        let slash = |c: Option<char>| matches!(c, Some('/' | '\u{2044}'));
        (1..=2).contains(&self.run) && (slash(self.next) || (self.next == Some(' ') && slash(self.after)))
    }
    fn tokenized_decimal(&self) -> bool {
        self.run > 0 && self.next == Some(' ') && self.after == Some('.')
    }
}

/// The most characters a number written in digits takes ("1,234,567,890,123.45 " is 20).
const MAX_NUMBER_BYTES: usize = 64;

/// Denominators that make "a/b" read as a fraction rather than a date or a score.
pub fn fraction_denominator(d: f64) -> bool {
    [2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 12.0, 16.0, 32.0, 64.0, 100.0].contains(&d)
}

/// Whether `digits`, ending at byte `end`, is a count and a model number rather than one
/// number with a space between its thousands: "27 737 jets", "12 320 aircraft". A single
/// group after a plain space, not round ("40 000", "27 500" are one number), before a word
/// that is no unit or currency reads as a count of a model.
fn count_then_model(t: &Tokens, i: usize, digits: &str, end: usize) -> bool {
    let Some((head, group)) = digits.split_once(' ') else { return false };
    if group.contains([' ', '\u{a0}', '\u{202f}']) || group.ends_with("00") || head.contains(['\u{a0}', '\u{202f}']) {
        return false;
    }
    let Some(k) = t.ending_at(i, end).map(|last| last + 1) else { return false };
    // "11 777-9s", "20 737-800s": a model's variant hyphened to the group makes it a model.
    let variant =
        matches!(t.lower(k), "-" | "\u{2013}") && t.joined(k) && t.joined(k + 1) && t.raw(k + 1).starts_with(|c: char| c.is_ascii_digit()) && !t.spaced(k + 2);
    variant || (t.is_word(k) && t.near(k) && super::phrases::units().longest(t, k).is_none() && super::phrases::currencies().longest(t, k).is_none())
}

/// "1.2m people", "5m homes", "2.9m food parcels", "the 1m target": a lower-case "m" is a
/// million when a count follows it, perhaps after one word saying what kind ("food
/// parcels", "new homes"), or a noun that names an amount as a level or a sum (the list
/// `million_nouns.txt`). A metre measures one thing: "the 100m race", "a 5m wall".
fn million_before_noun(t: &Tokens, k: usize) -> bool {
    let counted = |j: usize| {
        let w = t.lower(j);
        let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !lexicon::function_words().contains(w);
        // "2m waves", "3m walls": things measured in metres are no count.
        t.near(j) && t.is_word(j) && (plural || w == "people") && !lexicon::metre_plurals().contains(w)
    };
    let kind_word = |j: usize| {
        let w = t.lower(j);
        t.near(j) && t.is_word(j) && !lexicon::function_words().contains(w) && !is_number_word(w)
    };
    counted(k) || (t.near(k) && lexicon::million_nouns().contains(t.lower(k))) || (kind_word(k) && counted(k + 1))
}

/// "down from 7.7m in July", "paid 80m for the striker": a bare "m" is a million where a
/// preposition or the end of the clause follows it and no article stands before ("the 100m
/// race", "a 50m pool" and "330m tall" are metres).
fn million_by_context(t: &Tokens, first: usize, m: usize) -> bool {
    let before = if first > 0 { t.lower(first - 1) } else { "" };
    if matches!(before, "the" | "a" | "an" | "-") {
        return false;
    }
    // "the sea level rose by 0.5m", "the queue stretched 200m": a clause of height or length
    // measures in metres, unless a currency makes it money ("£2m").
    let money = first > 0 && super::quantity::currency_before_number(t, first - 1).is_some();
    if !money && clause_mentions(t, m, |w| lexicon::length_words().contains(w)) {
        return false;
    }
    let next = t.lower(m + 1);
    // "24703m2" and "m²" are square metres; a verb after ("1m is 10 dm") may follow either.
    let clause_ends = !t.is_word(m + 1) && t.kind(m + 1) != Some(Kind::Digits) && !matches!(next, "-" | "/" | "(" | "\u{b2}" | "\u{b3}");
    clause_ends
        || matches!(
            next,
            "in" | "from"
                | "for"
                | "to"
                | "on"
                | "last"
                | "this"
                | "and"
                | "or"
                | "up"
                | "down"
                | "since"
                | "after"
                | "before"
                | "at"
                | "by"
                | "more"
                | "fewer"
                | "extra"
                | "worth"
                | "than"
        )
}

fn parse_digits(t: &Tokens, i: usize) -> Option<Number> {
    let p = patterns();
    let start = t.toks[i].start;
    // The patterns see a window, not the rest of the text: no number is written in more
    // characters than this, and a long run of digit groups that is not one number
    // ("1,000,000,…,0000") must not be rescanned to its end from every group.
    let mut end = (start + MAX_NUMBER_BYTES).min(t.text.len());
    while !t.text.is_char_boundary(end) {
        end -= 1;
    }
    let rest = &t.text[start..end];
    count_work(rest.len());
    let next_is_digit = |len: usize| rest[len..].chars().next().is_some_and(|c| c.is_ascii_digit());
    let follows_slash_digit = |len: usize| {
        let mut cs = rest[len..].chars();
        cs.next() == Some('/') && cs.next().is_some_and(|c| c.is_ascii_digit())
    };
    let after_slash = i >= 2 && t.joined(i) && t.is(i - 1, "/") && t.kind(i - 2) == Some(Kind::Digits);

    // "21st", "11th": an ordinal.
    if t.joined(i + 1) && matches!(t.lower(i + 1), "st" | "nd" | "rd" | "th") {
        let value: f64 = t.raw(i).parse().ok()?;
        return Some(Number { first: i, last: i + 1, value, form: Form::Ordinal, word_one: false });
    }

    let lead = Lead::of(rest);
    let mut found: Option<(f64, usize, Form)> = None;
    if let Some(c) = lead.power().then(|| p.power.captures(rest)).flatten() {
        let base: f64 = c[1].parse().ok()?;
        let exp: f64 = c.get(2).or(c.get(3)).or(c.get(4)).and_then(|m| m.as_str().parse().ok())?;
        let value = if c.get(4).is_some() {
            base * 10f64.powf(exp)
        } else if c.get(3).is_some() {
            base.powf(exp)
        } else {
            base * 10f64.powf(exp)
        };
        found = Some((value, c[0].len(), Form::Digits));
    }
    if found.is_none() {
        let euro = || lead.dot_groups().then(|| p.euro.find(rest)).flatten();
        let spaced_euro = || lead.spaced_groups().then(|| p.spaced_euro.find(rest)).flatten();
        if let Some(m) = euro().or_else(spaced_euro).filter(|m| !next_is_digit(m.end())) {
            let v: String = m.as_str().chars().filter_map(|c| if c == ',' { Some('.') } else { c.is_ascii_digit().then_some(c) }).collect();
            found = Some((v.parse().ok()?, m.end(), Form::Digits));
        }
    }
    if found.is_none() {
        if let Some(m) = lead.dot_groups().then(|| p.dotted.find(rest)).flatten().filter(|m| !next_is_digit(m.end()) && !rest[m.end()..].starts_with(",")) {
            found = Some((m.as_str().replace('.', "").parse().ok()?, m.end(), Form::Digits));
        }
    }
    if found.is_none() {
        if let Some(m) = lead.comma_groups().then(|| p.tokenized_grouped_decimal.find(rest)).flatten().filter(|m| !next_is_digit(m.end())) {
            let v: String = m.as_str().chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
            found = Some((v.parse().ok()?, m.end(), Form::Digits));
        }
    }
    if found.is_none() {
        let tries = [lead.indian(), lead.comma_groups(), lead.spaced_groups(), lead.apostrophe_groups(), lead.tokenized_groups()];
        for (re, _) in [&p.indian, &p.grouped, &p.spaced_groups, &p.apostrophe_groups, &p.tokenized_groups].into_iter().zip(tries).filter(|(_, may)| *may) {
            let model = |m: &regex_lite::Match| std::ptr::eq(re, &p.spaced_groups) && count_then_model(t, i, m.as_str(), start + m.end());
            if let Some(m) = re.find(rest).filter(|m| !next_is_digit(m.end())).filter(|m| !model(m)) {
                let v: String = m.as_str().chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
                found = Some((v.parse().ok()?, m.end(), Form::Digits));
                break;
            }
        }
    }
    if found.is_none() && !after_slash {
        if let Some(c) =
            lead.mixed_fraction().then(|| p.mixed_fraction.captures(rest)).flatten().filter(|c| !next_is_digit(c[0].len()) && !follows_slash_digit(c[0].len()))
        {
            let (w, n, d): (f64, f64, f64) = (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
            if n < d && fraction_denominator(d) {
                found = Some((w + n / d, c[0].len(), Form::Fraction));
            }
        }
        if found.is_none() {
            if let Some(c) =
                lead.fraction().then(|| p.fraction.captures(rest)).flatten().filter(|c| !next_is_digit(c[0].len()) && !follows_slash_digit(c[0].len()))
            {
                let (n, d): (f64, f64) = (c[1].parse().ok()?, c[2].parse().ok()?);
                if n > 0.0 && n < d && fraction_denominator(d) {
                    found = Some((n / d, c[0].len(), Form::Fraction));
                }
            }
        }
    }
    if found.is_none() {
        if let Some(m) = lead.tokenized_decimal().then(|| p.tokenized_decimal.find(rest)).flatten().filter(|m| !next_is_digit(m.end())) {
            let v = m.as_str().replace(' ', "");
            found = Some((v.parse().ok()?, m.end(), Form::Digits));
        }
    }
    let (mut value, len, mut form) = match found {
        Some(f) => f,
        None => {
            let m = p.plain.find(rest)?;
            let form = if m.as_str().contains('.') { Form::Digits } else { Form::Integer };
            (m.as_str().parse().ok()?, m.end(), form)
        }
    };
    let mut last = t.ending_at(i, start + len)?;

    // "2½", "2 ½": a whole number and a vulgar fraction, glued or a space apart.
    if form == Form::Integer && (t.joined(last + 1) || t.spaced(last + 1)) {
        if let Some(v) = vulgar(t.lower(last + 1)) {
            return Some(Number { first: i, last: last + 1, value: value + v, form: Form::Fraction, word_one: false });
        }
    }
    if form == Form::Fraction {
        // "$ 2 3/4 million", "1 1/2 billion shares": a scale word after a fraction in digits
        // scales all of it.
        let k = last + 1;
        if let Some(scale) = scale_word(t.lower(k)).filter(|&s| s >= 1000.0 && t.near(k)) {
            return Some(Number { first: i, last: k, value: value * scale, form: Form::Digits, word_one: false });
        }
        return Some(Number { first: i, last, value, form, word_one: false });
    }

    if t.joined(last + 1) && t.raw(last + 1) == "m" && million_before_noun(t, last + 2) {
        return Some(Number { first: i, last: last + 1, value: value * 1e6, form: Form::Digits, word_one: false });
    }
    if t.joined(last + 1) && t.raw(last + 1) == "m" && million_by_context(t, i, last + 1) {
        return Some(Number { first: i, last: last + 1, value: value * 1e6, form: Form::Digits, word_one: false });
    }

    // "3k", "10M", "$4.8bn", "10 bln": a scale abbreviation. Only multi-letter ones and
    // "k" may stand apart from the digits: a lone "M" or "G" after a space is a unit or a name.
    let k = last + 1;
    if t.is_word(k) {
        let raw = t.raw(k);
        let apart_ok = raw.len() > 1 || raw.eq_ignore_ascii_case("k");
        if let Some(scale) = scale_abbreviation(raw).filter(|_| raw != "m" && raw != "b") {
            if (t.joined(k) || (apart_ok && t.spaced(k))) && !measure_not_scale(t, i, k) {
                return Some(Number { first: i, last: k, value: value * scale, form: Form::Digits, word_one: false });
            }
        }
    }

    // "2 million", "3 hundred and 21", "322 hundred", "2.5 million": digits, then words.
    let mut atoms = vec![Atom { kind: AtomKind::Digit(value, form == Form::Integer), last }];
    collect_atoms(t, last + 1, &mut atoms);
    atoms.truncate(scaled_amount_end(&atoms));
    if atoms.len() > 1 {
        if let Some(r) = interpret(&atoms) {
            if r.used > 1 {
                value = r.value;
                last = atoms[r.used - 1].last;
                form = if r.form == Form::Words { Form::Digits } else { r.form };
            }
        }
    }
    Some(Number { first: i, last, value, form, word_one: false })
}

/// How many tokens either side of a number are searched for words that say what it measures.
const CONTEXT_TOKENS: usize = 12;

/// Whether a word for which `wanted` holds stands within the clause around token `k`, at most
/// [`CONTEXT_TOKENS`] away, not past the end of a sentence.
pub(super) fn clause_mentions(t: &Tokens, k: usize, wanted: impl Fn(&str) -> bool) -> bool {
    // A point inside a number ("4.2 K") ends no sentence.
    let stop = |j: usize| matches!(t.lower(j), "." | "!" | "?" | ";") && !(t.joined(j) && t.joined(j + 1) && t.kind(j + 1) == Some(Kind::Digits));
    let after = (k + 1..t.len().min(k + 1 + CONTEXT_TOKENS)).take_while(|&j| !stop(j)).any(|j| wanted(t.lower(j)));
    after || (k.saturating_sub(CONTEXT_TOKENS)..k).rev().take_while(|&j| !stop(j)).any(|j| wanted(t.lower(j)))
}

/// "180 mil of rain", "rainfall totals of 45 mil": Australians say "mil" for millimetres of
/// rain, never for millions, when rain is talked of (`rain_words.txt`).
fn rain_word(w: &str) -> bool {
    lexicon::rain_words().contains(w)
}

/// "cooled to 4 K", "a 226 K surface temperature": a capital K apart from its number is a
/// kelvin where the clause talks of heat, not a thousand (`heat_words.txt`).
pub(super) fn heat_word(w: &str) -> bool {
    lexicon::heat_words().contains(w)
}

/// Whether the abbreviation at token `k` after the digits from token `i` measures something
/// the clause names (rain in "mil", heat in a spaced "K") rather than scaling the number.
fn measure_not_scale(t: &Tokens, i: usize, k: usize) -> bool {
    let money = i > 0 && super::quantity::currency_before_number(t, i - 1).is_some();
    match t.raw(k) {
        "mil" => !money && clause_mentions(t, k, rain_word),
        "K" => !money && t.spaced(k) && clause_mentions(t, k, heat_word),
        _ => false,
    }
}

/// How many atoms of a digit-led run belong to its amount: a number word straight after a
/// scale word starts a new number ("$92 million two years ago", "Rs 92,000 crore two
/// years ago"), since a figure written in digits and a scale never goes on in words
/// without an "and" ("3 hundred and 21").
fn scaled_amount_end(atoms: &[Atom]) -> usize {
    atoms
        .windows(2)
        .position(|w| matches!(w[0].kind, AtomKind::Scale(_)) && matches!(w[1].kind, AtomKind::Card(..) | AtomKind::Ord(..) | AtomKind::OrdPlural(..)))
        .map_or(atoms.len(), |p| p + 1)
}

// --- words -----------------------------------------------------------------------------

/// The size class of a number word, which decides what may follow it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Class {
    Unit,
    Teen,
    Tens,
    TensUnit,
    Hundred,
    Scale,
}

fn class_of(v: f64) -> Class {
    if v < 10.0 {
        Class::Unit
    } else if v < 20.0 {
        Class::Teen
    } else if v < 100.0 && v % 10.0 == 0.0 {
        Class::Tens
    } else if v < 100.0 {
        Class::TensUnit
    } else if v == 100.0 {
        Class::Hundred
    } else {
        Class::Scale
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum AtomKind {
    /// A cardinal word or hyphenated pair below a hundred.
    Card(f64, Class),
    /// Digits inside a worded number ("3 hundred and 21"); true when a whole number.
    Digit(f64, bool),
    Hundred,
    Scale(f64),
    /// "hundreds", "dozens" after a number ("three dozens").
    ScalePlural(f64),
    /// "a", "an": one, where a number may start.
    Article,
    And,
    Point,
    Ord(f64, Class),
    OrdPlural(f64, Class),
    /// "half", "quarter" (false) and "halves", "quarters" (true), with their denominator.
    Frac(f64, bool),
}

#[derive(Clone, Copy, Debug)]
struct Atom {
    kind: AtomKind,
    /// The token the atom ends at (a hyphenated pair spans three).
    last: usize,
}

fn parse_words(t: &Tokens, i: usize) -> Option<Number> {
    let mut atoms = Vec::new();
    collect_atoms(t, i, &mut atoms);
    if atoms.is_empty() {
        return None;
    }
    let Some(mut r) = interpret(&atoms) else {
        return fraction_word_of_a_scale(t, i, &atoms);
    };
    let last = atoms[r.used - 1].last;
    if let Some(value) = ordinal_before_noun(t, &atoms[..r.used], r.form) {
        r = Reading { value, used: r.used, form: Form::Ordinal };
    }
    let word_one = r.used == 1 && r.value == 1.0 && r.form == Form::Words;
    let mut n = Number { first: i, last, value: r.value, form: r.form, word_one };
    // "two thirds of a million", "half a million".
    if n.form == Form::Fraction {
        if let Some((scale, s_at)) = of_a_scale(t, last + 1) {
            n.value *= scale;
            n.last = s_at;
        }
    }
    Some(n)
}

/// "quarter of a million", "quarter of a billion dollars": a fraction word that alone is no
/// number ("the third quarter") is one before "of a" and a scale word, with no article of
/// its own.
fn fraction_word_of_a_scale(t: &Tokens, i: usize, atoms: &[Atom]) -> Option<Number> {
    let [Atom { kind: AtomKind::Frac(d, false), last }] = atoms else { return None };
    if !t.is(last + 1, "of") {
        return None;
    }
    let (scale, s_at) = of_a_scale(t, last + 1)?;
    Some(Number { first: i, last: s_at, value: scale / d, form: Form::Fraction, word_one: false })
}

/// After a fraction, "of a million", "a million", "-a-dozen": the scale word it takes and
/// where that word stands.
fn of_a_scale(t: &Tokens, mut k: usize) -> Option<(f64, usize)> {
    if t.is(k, "of") && t.near(k) {
        k += 1;
    }
    // "half-a-dozen", "half-a-million": the same words hyphened.
    let hyphen = |j: usize| t.is(j, "-") && t.joined(j) && t.joined(j + 1);
    if hyphen(k) {
        k += 1;
    }
    if !matches!(t.lower(k), "a" | "an") || !t.near(k) {
        return None;
    }
    let s_at = if hyphen(k + 1) { k + 2 } else { k + 1 };
    scale_word(t.lower(s_at)).filter(|_| t.near(s_at)).map(|s| (s, s_at))
}

/// "a fifth term", "a twenty-first birthday", "one hundredth anniversary": one ordinal after
/// "a" or "one" that describes the noun after it ranks that noun; it is a fraction only alone
/// or before "of", a comparative or a unit ("a fifth of", "a third more", "a tenth higher",
/// "a third cup"). Returns the ordinal's value.
fn ordinal_before_noun(t: &Tokens, atoms: &[Atom], form: Form) -> Option<f64> {
    let (end, rest) = atoms.split_last()?;
    let one = matches!(rest.first().map(|a| a.kind), Some(AtomKind::Article | AtomKind::Card(1.0, _)));
    if form != Form::Fraction || !one || !matches!(end.kind, AtomKind::Ord(..)) {
        return None;
    }
    let k = end.last + 1;
    let w = t.lower(k);
    // "the one millionth customer", "the one hundredth member": after "the" a word in "-er"
    // is a noun the ordinal ranks; "a third higher" compares.
    let after_the = atoms.first().is_some_and(|a| a.last > 0 && t.is(a.last - 1, "the"));
    // A verb after it makes the fraction a subject ("a fifth voted", "a third say"), and an
    // adverb or a time ends the phrase ("by a third last year").
    let verb = lexicon::reporting_verbs().contains(w) || lexicon::stance_verbs().contains(w) || w.ends_with("ed");
    let noun = t.is_word(k)
        && t.near(k)
        && w.chars().all(|c| c.is_ascii_lowercase())
        && !lexicon::function_words().contains(w)
        && (!w.ends_with("er") || after_the)
        && !w.ends_with("ly")
        && !verb
        && !is_number_word(w)
        && !lexicon::time_nouns().contains(w)
        && super::phrases::relative_ordinals().longest(t, k).is_none()
        && super::phrases::units().longest(t, k).is_none()
        && super::phrases::currencies().longest(t, k).is_none();
    // "by a third", "nearly a fifth": a share after "by" or a hedge is a fraction.
    // "a" and "one" are one token each, so the first atom ends where the number starts.
    let first = atoms.first()?.last;
    let before = if first > 0 { t.lower(first - 1) } else { "" };
    let share = matches!(before, "by" | "only" | "just" | "nearly" | "almost" | "about" | "roughly" | "some" | "around" | "than");
    if !noun || share {
        return None;
    }
    // "a twenty-first" drops the article; "one hundredth" keeps "one" as part of the ordinal.
    let from = usize::from(matches!(rest[0].kind, AtomKind::Article));
    ordinal_exact(&atoms[from..])
}

/// The number-word atoms from token `i` on, appended to `atoms`.
fn collect_atoms(t: &Tokens, mut i: usize, atoms: &mut Vec<Atom>) {
    let w = words();
    // No number is written in more words than this; the cap keeps a pathological run of
    // number words from costing time quadratic in its length.
    const MAX_ATOMS: usize = 24;
    while i < t.len() && atoms.len() < MAX_ATOMS {
        if !atoms.is_empty() {
            if !t.near(i) {
                break;
            }
            // A hyphen may join two number words ("one-eighth", "five - eighths"), and glues
            // the words of "four-and-a-half".
            let glued = t.joined(i) && t.joined(i + 1);
            if t.is(i, "-")
                && t.is_word(i + 1)
                && t.near(i + 1)
                && matches!(atoms.last().map(|a| a.kind), Some(k) if glued || k != AtomKind::And && k != AtomKind::Article)
            {
                i += 1;
            }
        }
        let tok = &t.toks[i];
        let word = tok.lower.as_str();
        let kind = match tok.kind {
            Kind::Digits => {
                // Digits continue a worded number only after a scale or "and".
                let after_scale = matches!(atoms.last().map(|a| a.kind), Some(AtomKind::Scale(_) | AtomKind::Hundred | AtomKind::And));
                if !after_scale {
                    break;
                }
                match patterns().plain.find(&t.text[tok.start..]) {
                    Some(m) if m.end() == tok.end - tok.start && !t.joined(i + 1) => AtomKind::Digit(m.as_str().parse().unwrap_or(0.0), true),
                    _ => break,
                }
            }
            Kind::Symbol => break,
            Kind::Word => {
                if let Some(&v) = w.cardinals.get(word) {
                    // "twenty-one", "fifty - two", "twenty-first", "thirty-fifths".
                    if class_of(v) == Class::Tens && t.is(i + 1, "-") && t.near(i + 1) && t.near(i + 2) {
                        let next = t.lower(i + 2);
                        if let Some(&u) = w.cardinals.get(next).filter(|&&u| (1.0..10.0).contains(&u)) {
                            atoms.push(Atom { kind: AtomKind::Card(v + u, Class::TensUnit), last: i + 2 });
                            i += 3;
                            continue;
                        }
                        if let Some((u, plural)) = ordinal(next).filter(|(u, _)| (1.0..10.0).contains(u)) {
                            let kind = if plural { AtomKind::OrdPlural(v + u, Class::TensUnit) } else { AtomKind::Ord(v + u, Class::TensUnit) };
                            atoms.push(Atom { kind, last: i + 2 });
                            i += 3;
                            continue;
                        }
                    }
                    AtomKind::Card(v, class_of(v))
                } else if let Some((v, plural)) = ordinal(word) {
                    if plural {
                        AtomKind::OrdPlural(v, class_of(v))
                    } else {
                        AtomKind::Ord(v, class_of(v))
                    }
                } else if let Some(&d) = w.fractions.get(word) {
                    AtomKind::Frac(d, word.ends_with('s'))
                } else if word == "hundred" {
                    AtomKind::Hundred
                } else if let Some(&s) = w.scales.get(word) {
                    AtomKind::Scale(s)
                } else if let Some(s) = plural_scale_word(word) {
                    AtomKind::ScalePlural(s)
                } else if word == "a" || word == "an" {
                    if !atoms.is_empty() && atoms.last().map(|a| a.kind) != Some(AtomKind::And) {
                        break;
                    }
                    AtomKind::Article
                } else if word == "and" && !atoms.is_empty() {
                    AtomKind::And
                } else if word == "point" && !atoms.is_empty() {
                    AtomKind::Point
                } else {
                    break;
                }
            }
        };
        atoms.push(Atom { kind, last: i });
        i += 1;
    }
    // A run never ends on a connective.
    while matches!(atoms.last().map(|a| a.kind), Some(AtomKind::And | AtomKind::Article | AtomKind::Point)) {
        atoms.pop();
    }
}

/// An ordinal word and whether it is plural ("fifths").
fn ordinal(word: &str) -> Option<(f64, bool)> {
    let w = words();
    if let Some(&v) = w.ordinals.get(word) {
        return Some((v, false));
    }
    word.strip_suffix('s').and_then(|s| w.ordinals.get(s)).map(|&v| (v, true))
}

/// The reading of a run of atoms: its value, how many atoms it uses, and its form.
#[derive(Clone, Copy, Debug)]
struct Reading {
    value: f64,
    used: usize,
    form: Form,
}

/// A cardinal read from the front of a run.
#[derive(Clone, Copy, Debug, Default)]
struct Cardinal {
    value: f64,
    used: usize,
    /// The part already multiplied by a scale, the part since, and the largest scale seen:
    /// "five billion and three quarters" needs them to put the fraction in the right place.
    total: f64,
    current: f64,
    scale: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Last {
    Start,
    Article,
    Small(Class),
    Digit,
    Hundred,
    Scale,
    And(Option<Class>),
}

/// The longest cardinal at the front of `atoms`, if any.
fn cardinal(atoms: &[Atom]) -> Option<Cardinal> {
    let (mut total, mut current, mut scale) = (0.0f64, 0.0f64, 0.0f64);
    let mut last = Last::Start;
    let mut best: Option<Cardinal> = None;
    // The best reading before the current small group began: "3 hundred and 2 hundred" is
    // two numbers, and the second "hundred" sends the reading back to "3 hundred".
    let mut before_group: Option<Cardinal> = None;
    let mut k = 0;
    while k < atoms.len() {
        let a = atoms[k].kind;
        let starts_group = matches!(last, Last::Start | Last::Article | Last::Hundred | Last::Scale | Last::And(_));
        match a {
            AtomKind::Article if k == 0 => {
                current = 1.0;
                last = Last::Article;
                k += 1;
                continue;
            }
            AtomKind::Card(v, class) => {
                let ok = match class {
                    Class::Unit => matches!(last, Last::Start | Last::Small(Class::Tens) | Last::Hundred | Last::Scale | Last::And(_)),
                    _ => matches!(last, Last::Start | Last::Hundred | Last::Scale | Last::And(None)),
                };
                // "a twenty" is not a number; "one" after "a" is not either.
                if !ok || last == Last::Article {
                    break;
                }
                if starts_group {
                    before_group = best;
                }
                current += v;
                last = Last::Small(class);
            }
            AtomKind::Digit(v, whole) => {
                let ok = k == 0 || (whole && (1.0..1000.0).contains(&v) && matches!(last, Last::Scale | Last::And(None)) && (scale == 0.0 || v < scale));
                if !ok {
                    break;
                }
                if starts_group {
                    before_group = best;
                }
                current += v;
                // Digits after a scale are a small group like words ("3 hundred and 21").
                last = if k == 0 { Last::Digit } else { Last::Small(class_of(v.min(99.0))) };
            }
            AtomKind::Hundred | AtomKind::ScalePlural(100.0) => {
                match last {
                    Last::Start | Last::Article | Last::Digit => {}
                    Last::Small(_) if current < 100.0 => {}
                    Last::Small(_) => return before_group,
                    _ => break,
                }
                if matches!(a, AtomKind::ScalePlural(_)) && matches!(last, Last::Start | Last::Article) {
                    break;
                }
                current = if current == 0.0 { 100.0 } else { current * 100.0 };
                last = Last::Hundred;
            }
            AtomKind::Scale(s) | AtomKind::ScalePlural(s) => {
                if matches!(last, Last::Start | Last::And(_)) {
                    break;
                }
                if last == Last::Scale && (current != 0.0 || s <= scale) {
                    break;
                }
                // A scale no smaller than one already passed starts a second number: "15
                // million and 22 million" is two amounts (a range or a list), never 37 million.
                if last != Last::Scale && total != 0.0 && s >= scale {
                    return before_group;
                }
                if total == 0.0 || s > scale {
                    total = (total + current) * s;
                } else {
                    total += current * s;
                }
                current = 0.0;
                scale = scale.max(s);
                last = Last::Scale;
            }
            AtomKind::And => {
                // "one hundred and three quarters": a fraction below one after "and" is added
                // to what came before, and ends the cardinal.
                if simple_fraction(&atoms[k + 1..]).is_some_and(|(f, _)| f < 1.0) {
                    break;
                }
                last = match last {
                    Last::Hundred | Last::Scale => Last::And(None),
                    Last::Small(Class::Tens) => Last::And(Some(Class::Tens)),
                    _ => break,
                };
                k += 1;
                continue;
            }
            AtomKind::Point => {
                if !matches!(last, Last::Small(_) | Last::Hundred | Last::Scale | Last::Digit) {
                    break;
                }
                let mut digits = String::new();
                let mut j = k + 1;
                while let Some(AtomKind::Card(v, _)) = atoms.get(j).map(|a| a.kind) {
                    digits.push_str(&format!("{}", v as u64));
                    j += 1;
                }
                if digits.is_empty() {
                    break;
                }
                let fraction: f64 = format!("0.{digits}").parse().unwrap_or(0.0);
                let mut value = total + current + fraction;
                if let Some(AtomKind::Scale(s)) = atoms.get(j).map(|a| a.kind) {
                    value *= s;
                    j += 1;
                }
                return Some(Cardinal { value, used: j, total: value, current: 0.0, scale: 0.0 });
            }
            _ => break,
        }
        best = Some(Cardinal { value: total + current, used: k + 1, total, current, scale });
        k += 1;
    }
    best
}

/// The atoms read as exactly one cardinal ("a" alone is one), or `None`.
fn cardinal_exact(atoms: &[Atom]) -> Option<f64> {
    if let [Atom { kind: AtomKind::Article, .. }] = atoms {
        return Some(1.0);
    }
    cardinal(atoms).filter(|c| c.used == atoms.len()).map(|c| c.value)
}

/// The atoms read as exactly one ordinal compound ("one hundred twenty fifth"), or `None`.
fn ordinal_exact(atoms: &[Atom]) -> Option<f64> {
    let (end, rest) = atoms.split_last()?;
    let (v, class) = match end.kind {
        AtomKind::Ord(v, c) | AtomKind::OrdPlural(v, c) => (v, c),
        _ => return None,
    };
    if rest.is_empty() {
        return Some(v);
    }
    let mut as_cardinal: Vec<Atom> = rest.to_vec();
    let kind = match class {
        Class::Hundred => AtomKind::Hundred,
        Class::Scale => AtomKind::Scale(v),
        c => AtomKind::Card(v, c),
    };
    as_cardinal.push(Atom { kind, ..*end });
    let c = cardinal(&as_cardinal)?;
    (c.used == as_cardinal.len()).then_some(c.value)
}

/// "a half", "three quarters", "two fifths", "a thirtieth": one small numerator and a
/// denominator. Returns the value and the atoms used. Only called after the "and" of a mixed
/// number, where a singular denominator is the adjective form of a fraction ("one and three
/// quarter hours", "two and two third cups") and still a fraction below one.
fn simple_fraction(atoms: &[Atom]) -> Option<(f64, usize)> {
    let num = match atoms.first()?.kind {
        AtomKind::Article => 1.0,
        AtomKind::Card(v, _) if v >= 1.0 => v,
        _ => return None,
    };
    let den = match atoms.get(1)?.kind {
        AtomKind::Frac(d, plural) if plural || num < d => d,
        AtomKind::Ord(d, _) if num < d && d >= 3.0 => d,
        AtomKind::OrdPlural(d, _) if d >= 3.0 => d,
        _ => return None,
    };
    Some((num / den, 2))
}

/// "a three-quarter share": a number word hyphened to a singular "quarter" is the adjective
/// form of a fraction, not a count of quarters (a period). One word below the denominator and
/// in lowest terms, as the adjective is written: "a two-quarter slump" counts quarters of a
/// year; spaced words ("three quarter finals") stay as they are.
fn hyphened_fraction(atoms: &[Atom], k: usize) -> bool {
    let lowest_terms = |num: f64, d: f64| (2..=num as u32).all(|f| !(num as u32).is_multiple_of(f) || !(d as u32).is_multiple_of(f));
    match (atoms.first().map(|a| a.kind), atoms.get(k)) {
        (Some(AtomKind::Card(num, Class::Unit)), Some(&Atom { kind: AtomKind::Frac(d, false), last })) if k == 1 => {
            last == atoms[0].last + 2 && num < d && lowest_terms(num, d)
        }
        _ => false,
    }
}

/// Whether the atom can be a fraction's denominator.
fn is_denominator(a: &AtomKind) -> bool {
    matches!(a, AtomKind::Ord(..) | AtomKind::OrdPlural(..) | AtomKind::Frac(..))
}

/// Reads a run of atoms as a number: a cardinal, a mixed number, a fraction or an ordinal.
fn interpret(atoms: &[Atom]) -> Option<Reading> {
    let first = atoms.first()?.kind;

    // "half", "half million", "quarter million".
    if let AtomKind::Frac(d, false) = first {
        if let Some(AtomKind::Scale(s)) = atoms.get(1).map(|a| a.kind) {
            return Some(Reading { value: s / d, used: 2, form: Form::Fraction });
        }
        return (d == 2.0).then_some(Reading { value: 0.5, used: 1, form: Form::Fraction });
    }

    let card = cardinal(atoms);
    let n = card.map_or(0, |c| c.used);

    // Mixed numbers: "one and a half", "five and a half million", "3 million and a half".
    if let Some(c) = card {
        if atoms.get(n).map(|a| a.kind) == Some(AtomKind::And) {
            if let Some((f, used)) = simple_fraction(&atoms[n + 1..]).filter(|(f, _)| *f < 1.0) {
                let m = n + 1 + used;
                let (value, used) = match atoms.get(m).map(|a| a.kind) {
                    Some(AtomKind::Scale(s)) if c.total > 0.0 && s < c.scale => (c.total + (c.current + f) * s, m + 1),
                    Some(AtomKind::Scale(s)) => ((c.total + c.current + f) * s, m + 1),
                    _ if c.scale > 0.0 && c.current == 0.0 => (c.total + f * c.scale, m),
                    _ => (c.value + f, m),
                };
                return Some(Reading { value, used, form: Form::Fraction });
            }
        }
    }

    // A denominator after number words: an ordinal compound or a fraction.
    let d = atoms.iter().position(|a| is_denominator(&a.kind));
    if let Some(d) = d.filter(|&d| atoms[..d].iter().all(|a| !matches!(a.kind, AtomKind::Point))) {
        let singular_single = d == 1 && matches!(atoms[0].kind, AtomKind::Article | AtomKind::Card(1.0, _));
        // "twenty-fifth", "two hundredth", "three trillionth"; but "a fifth", "one third" are fractions.
        if let AtomKind::Ord(v, _) = atoms[d].kind {
            let single_word_fraction = singular_single && v >= 3.0;
            if !single_word_fraction {
                if let Some(value) = ordinal_exact(&atoms[..=d]) {
                    return Some(Reading { value, used: d + 1, form: Form::Ordinal });
                }
            }
        }
        // The longest denominator that leaves a whole numerator.
        for k in 1..=d {
            let den_atoms = &atoms[k..=d];
            let den = match den_atoms {
                [Atom { kind: AtomKind::Frac(den, plural), .. }] => {
                    if !plural && !singular_single && !hyphened_fraction(atoms, k) {
                        continue;
                    }
                    Some(*den)
                }
                [.., _] => {
                    if matches!(den_atoms[0].kind, AtomKind::Hundred | AtomKind::Scale(_) | AtomKind::And | AtomKind::Article) && den_atoms.len() > 1 {
                        continue;
                    }
                    ordinal_exact(den_atoms)
                }
                [] => None,
            };
            let Some(den) = den.filter(|&v| v >= 2.0) else { continue };
            if den == 2.0 && !matches!(atoms[d].kind, AtomKind::Frac(..)) {
                continue; // "seconds" is time, not halves
            }
            if let Some(num) = cardinal_exact(&atoms[..k]) {
                // Digits as numerator only with a plural denominator: "1988 quarter" is a period.
                if matches!(atoms[0].kind, AtomKind::Digit(..)) && !matches!(atoms[d].kind, AtomKind::OrdPlural(..) | AtomKind::Frac(_, true)) {
                    break;
                }
                let mut value = num / den;
                let mut used = d + 1;
                if let Some(AtomKind::Scale(s)) = atoms.get(d + 1).map(|a| a.kind) {
                    value *= s;
                    used += 1;
                }
                return Some(Reading { value, used, form: Form::Fraction });
            }
        }
        if d == 0 {
            // A lone ordinal: "third", "twentieth", "trillionth".
            if let AtomKind::Ord(v, _) = first {
                return Some(Reading { value: v, used: 1, form: Form::Ordinal });
            }
        }
    }

    card.filter(|c| c.used > 0).map(|c| Reading { value: c.value, used: c.used, form: Form::Words })
}

/// "1 in 100,000 people", "one in a million": a base of a thousand or more is a rate only as a
/// power of ten.
fn power_of_ten(d: f64) -> bool {
    (3..=9).any(|e| d == 10f64.powi(e))
}

/// Whether the denominator of "one in …" ends in "million" or "billion": the long odds of a
/// lottery or a rare disease, no count after a year ("one in 2020" is no ratio, nor is it
/// written with a scale).
fn scaled_odds(t: &Tokens, d: &Number) -> bool {
    matches!(t.lower(d.last), "million" | "billion" | "m" | "bn")
}

/// Whether a ratio's base is one news writes shares in ("nine in 10", "eight of 10", "3 in 100").
fn tenth_base(d: f64) -> bool {
    d == 10.0 || d == 100.0
}

/// Whether denominator `d` of an "in" ratio is small and followed by the plural it shares out:
/// "five adults" in "two in five adults", "four GPs" ("3 in 5 minutes" is a time).
fn small_share_of_group(t: &Tokens, d: &Number) -> bool {
    d.value <= 12.0 && super::group_plurals::plural_group(t, d.last + 1)
}

/// "one out of three", "1 in twenty-one", "2000 over 3": a ratio after a whole number.
fn ratio(t: &Tokens, n: &Number) -> Option<Number> {
    let k = n.last + 1;
    let (connector_end, kind) = if t.is(k, "out") && t.is(k + 1, "of") {
        (k + 1, "out of")
    } else if t.is(k, "over") {
        (k, "over")
    } else if t.is(k, "in") {
        // "one in every four adults": the same share.
        (if t.is(k + 1, "every") && t.near(k + 1) { k + 1 } else { k }, "in")
    } else if t.is(k, "of") {
        (k, "of")
    } else {
        return None;
    };
    if !t.near(k) || !t.near(connector_end + 1) {
        return None;
    }
    let d = parse_unsigned(t, connector_end + 1)?;
    if !matches!(d.form, Form::Integer | Form::Words | Form::Digits) || d.value == 0.0 {
        return None;
    }
    let ok = match kind {
        "out of" => n.value < d.value,
        // "one in five Americans", "nine in 10"; "8 in 5" and "3000 in 2009" are two numbers.
        // "two in five adults", "3 in 4 voters": a small share before the group it counts.
        // "one in 300 million", "1 in 2.5 million births": odds written with a scale word.
        "in" => {
            (n.value == 1.0 && (d.value < 1000.0 || power_of_ten(d.value) || scaled_odds(t, &d)))
                || (n.value < d.value && (tenth_base(d.value) || small_share_of_group(t, &d)))
        }
        // "eight of 10 avocados": a share of ten or a hundred.
        "of" => n.value >= 1.0 && n.value < d.value && tenth_base(d.value),
        // "over 3 years" is a comparator; a ratio ends the phrase.
        _ => !t.is_word(d.last + 1) || !t.near(d.last + 1),
    };
    ok.then_some(Number { first: n.first, last: d.last, value: n.value / d.value, form: Form::Fraction, word_one: false })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quick tests of [`Lead`] never rule out a match of their pattern: every pattern
    /// is run on strings built from digit runs of several lengths and every separator the
    /// patterns know (and some they do not), and wherever it matches, its test passes.
    #[test]
    fn lead_tests_never_rule_out_a_digit_pattern() {
        let p = patterns();
        let pieces = [
            "1", "12", "123", "1234", "0", ".", ",", " ", "\t", "-", "'", "\u{2019}", "\u{a0}", "\u{202f}", "/", "\u{2044}", "x", "\u{d7}", "e", "E", "^", "+",
            "and", "a", "10", "%", "\u{bd}",
        ];
        /// A pattern and the lead test that must pass wherever it matches.
        type Check<'p> = (&'p Regex, fn(&Lead) -> bool);
        let tests: [Check<'_>; 14] = [
            (&p.power, Lead::power),
            (&p.euro, Lead::dot_groups),
            (&p.spaced_euro, Lead::spaced_groups),
            (&p.dotted, Lead::dot_groups),
            (&p.indian, Lead::indian),
            (&p.grouped, Lead::comma_groups),
            (&p.spaced_groups, Lead::spaced_groups),
            (&p.apostrophe_groups, Lead::apostrophe_groups),
            (&p.tokenized_groups, Lead::tokenized_groups),
            (&p.tokenized_grouped_decimal, Lead::comma_groups),
            (&p.mixed_fraction, Lead::mixed_fraction),
            (&p.fraction, Lead::fraction),
            (&p.tokenized_decimal, Lead::tokenized_decimal),
            (&p.plain, |l: &Lead| l.run > 0),
        ];
        let mut texts: Vec<String> = Vec::new();
        // Every string of up to four pieces that opens with digits (5 * 27^3 of the longest).
        let mut frontier: Vec<String> = ["1", "12", "123", "1234", "12345"].iter().map(|s| s.to_string()).collect();
        for _ in 0..3 {
            let next: Vec<String> = frontier.iter().flat_map(|f| pieces.iter().map(move |p| format!("{f}{p}"))).collect();
            texts.append(&mut frontier);
            frontier = next;
        }
        texts.append(&mut frontier);
        // And the forms the patterns are written for, as news writes them.
        for t in [
            "1.3x10^6",
            "2 \u{d7} 10^6",
            "1e10",
            "2^5",
            "1.111,11",
            "1 234 567,89",
            "12\u{202f}500,50",
            "1.234.567",
            "12,34,567.89",
            "1,234.5",
            "1 414 021 100",
            "1'250'000",
            "12\u{2019}500",
            "10 , 000",
            "2 1/4",
            "1-1/2",
            "10 and 3/4",
            "1\u{2044}2",
            "3 / 4",
            "2 . 5",
            "2,600 . 14",
            "2019 and",
        ] {
            texts.push(t.to_string());
        }
        let mut matched = 0;
        for text in &texts {
            let lead = Lead::of(text);
            for (k, (re, may)) in tests.iter().enumerate() {
                if re.is_match(text) {
                    matched += 1;
                    assert!(may(&lead), "pattern {k} matches {text:?} but its lead test rules it out");
                }
            }
        }
        assert!(matched > 10_000, "the strings exercise the patterns: {matched} matches");
    }

    fn read(text: &str) -> Option<(f64, String, Form)> {
        let t = Tokens::new(text);
        (0..t.len()).find_map(|i| parse(&t, i)).map(|n| (n.value, text[t.toks[n.first].start..t.toks[n.last].end].to_string(), n.form))
    }

    fn value(text: &str) -> f64 {
        read(text).map_or(f64::NAN, |r| r.0)
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * b.abs().max(1.0)
    }

    #[test]
    fn digits_with_separators_and_decimals() {
        assert_eq!(value("1,234,567"), 1234567.0);
        assert_eq!(value("1 414 021 100 people"), 1414021100.0);
        assert_eq!(value("40\u{202f}000"), 40000.0);
        assert_eq!(value("12,34,567.89"), 1234567.89);
        assert_eq!(value("1.111,11"), 1111.11);
        assert_eq!(value("4.800"), 4.8);
        assert_eq!(value(".08"), 0.08);
        assert_eq!(value("80 , 000 spectators"), 80000.0);
        assert_eq!(value("1.234.567"), 1234567.0);
    }

    #[test]
    fn groups_of_four_digits_are_two_numbers() {
        assert_eq!(read("423 0000").map(|r| r.1), Some("423".to_string()));
    }

    #[test]
    fn negatives_and_hyphens() {
        assert_eq!(value(" -9.2321312"), -9.2321312);
        assert_eq!(value("- 10  k"), -10000.0);
        assert_eq!(value("SCP-173"), 173.0);
        assert_eq!(value("The answer is minus one"), -1.0);
    }

    #[test]
    fn scale_abbreviations_and_words_after_digits() {
        assert_eq!(value("3k"), 3000.0);
        assert_eq!(value("10M."), 10_000_000.0);
        assert_eq!(value("10G"), 1e10);
        assert_eq!(value("either 10 bln"), 1e10);
        assert_eq!(value("2.5 million"), 2_500_000.0);
        assert_eq!(value("3 hundred and 21 yuan"), 321.0);
        assert_eq!(value("322 hundred"), 32200.0);
        assert_eq!(value("13 lakh"), 1_300_000.0);
        assert_eq!(value("3mil"), 3_000_000.0);
        assert_eq!(value("5MM"), 5_000_000.0);
        assert_eq!(value("7 bn people"), 7e9);
        assert_eq!(value("2.5k"), 2500.0);
        assert_eq!(value("3 dozens"), 36.0);
    }

    #[test]
    fn three_hundred_and_two_hundred_are_two_numbers() {
        assert_eq!(read("3 hundred and 2 hundred").map(|r| r.0), Some(300.0));
        assert_eq!(read("4 thousand 3 hundred and 0").map(|r| r.0), Some(4300.0));
    }

    #[test]
    fn a_second_amount_of_the_same_scale_is_another_number() {
        // A list or range of scaled amounts is never their sum.
        assert_eq!(read("15 million and 22 million").map(|r| r.0), Some(15e6));
        assert_eq!(read("two billion and three billion").map(|r| r.0), Some(2e9));
        assert_eq!(read("300 thousand and 500 thousand").map(|r| r.0), Some(300e3));
        assert_eq!(read("4 thousand and 2 million").map(|r| r.0), Some(4e3));
        // A smaller scale after "and" still continues the number.
        assert_eq!(value("two million and three hundred thousand"), 2_300_000.0);
        assert_eq!(value("one hundred and twenty thousand"), 120_000.0);
    }

    #[test]
    fn spelled_out_numbers() {
        assert_eq!(value("twenty-five"), 25.0);
        assert_eq!(value("fifty - two"), 52.0);
        assert_eq!(value("two hundred thousand"), 200_000.0);
        assert_eq!(value("two hundred and two thousand"), 202_000.0);
        assert_eq!(value("twenty-one trillion and three hundred"), 21_000_000_000_300.0);
        assert_eq!(value("hundred thousand dollars"), 100_000.0);
        assert_eq!(value("a dozen"), 12.0);
        assert_eq!(value("three lakh crore"), 3e12);
        assert_eq!(value("two hundred point seventy-one"), 200.71);
        assert_eq!(value("nine point nought four"), 9.04);
    }

    #[test]
    fn number_words_do_not_run_together() {
        assert_eq!(read("three-nought-four").map(|r| r.0), Some(3.0));
        assert_eq!(read("between twenty and thirty").map(|r| r.0), Some(20.0));
    }

    #[test]
    fn word_fractions() {
        assert_eq!(value("a half"), 0.5);
        assert_eq!(value("two-thirds"), 2.0 / 3.0);
        assert_eq!(value("a third"), 1.0 / 3.0);
        assert_eq!(value("three quarters"), 0.75);
        assert_eq!(value("one-eighth"), 0.125);
        assert!(close(value("one hundred thirty fifths"), 100.0 / 35.0));
        assert!(close(value("one hundred and thirty fifths"), 26.0));
        assert!(close(value("one hundred thirty two fifths"), 26.4));
        assert!(close(value("one one hundred fifth"), 1.0 / 105.0));
        assert!(close(value("a hundred thousand trillionths"), 1e-7));
        assert!(close(value("ninety - five hundred fifths"), 1900.0));
        assert!(close(value("three twenty-firsts"), 3.0 / 21.0));
    }

    #[test]
    fn one_ordinal_before_a_noun_ranks_it() {
        // "a"/"one" and an ordinal before a noun rank the noun; alone or before "of", a
        // comparative or a unit they are a fraction.
        let ordinal = |text: &str| read(text).map(|(v, _, form)| (v, form));
        assert_eq!(ordinal("She made a fourth attempt at the summit."), Some((4.0, Form::Ordinal)));
        assert_eq!(ordinal("They threw a thirtieth birthday party."), Some((30.0, Form::Ordinal)));
        assert_eq!(ordinal("The town held its one hundredth parade."), Some((100.0, Form::Ordinal)));
        assert_eq!(value("a fifth of the vote"), 0.2);
        assert_eq!(value("a third more"), 1.0 / 3.0);
        assert_eq!(value("a tenth higher"), 0.1);
        assert_eq!(value("one tenth"), 0.1);
        assert_eq!(value("one fifth mile"), 0.2);
        assert_eq!(value("Only a fifth voted."), 0.2);
        assert_eq!(value("A third say they will stay."), 1.0 / 3.0);
        assert_eq!(value("Output fell by a third last year."), 1.0 / 3.0);
        assert_eq!(value("nearly a fifth pay nothing"), 0.2);
    }

    #[test]
    fn tokenized_decimals_with_thousands_groups() {
        assert_eq!(read("the index ended at 3,412 . 87 on friday").map(|r| (r.0, r.1)), Some((3412.87, "3,412 . 87".to_string())));
        assert_eq!(value("1,005,000 . 5"), 1005000.5);
        assert_eq!(value("it rose to 12 , 450 points"), 12450.0);
    }

    #[test]
    fn swiss_apostrophe_groups() {
        assert_eq!(read("a budget of CHF 3'400'000 this year").map(|r| (r.0, r.1)), Some((3_400_000.0, "3'400'000".to_string())));
        assert_eq!(value("Fr. 12\u{2019}750.50"), 12750.5);
        // A height in feet and inches is no thousands group.
        assert_eq!(value("he is 6'2 tall"), 6.0);
    }

    #[test]
    fn mixed_numbers() {
        assert_eq!(value("one and a half"), 1.5);
        // "2 and 1/2": digits joined to a fraction by "and" make one mixed number.
        assert_eq!(value("3 and 1/4 cups"), 3.25);
        assert_eq!(value("7 and 3/4"), 7.75);
        assert!(close(value("twenty and three fifths"), 20.6));
        assert!(close(value("twenty and three and three fifths"), 23.6));
        assert!(close(value("one hundred and three quarters"), 100.75));
        assert_eq!(value("five and a half million"), 5_500_000.0);
        assert_eq!(value("over four-and-a-half years"), 4.5);
        assert_eq!(value("3 million and a half"), 3_500_000.0);
        assert_eq!(value("one billion and a half million"), 1_000_500_000.0);
        assert_eq!(value("five billion and three quarters"), 5_750_000_000.0);
        assert!(close(value("two hundred and fifty-four hundredths"), 200.54));
    }

    #[test]
    fn mixed_numbers_with_the_adjective_form_of_the_fraction() {
        // After "and" a singular denominator is the adjective form: still a fraction below one.
        assert_eq!(value("a walk of four and three quarter miles"), 4.75);
        assert_eq!(value("it lasted two and three-quarter hours"), 2.75);
        assert!(close(value("five and two third cups"), 5.0 + 2.0 / 3.0));
        assert!(close(value("ten and four fifth metres"), 10.8));
        // Not a fraction below one: "and" ends the number there.
        assert_eq!(value("six and five quarter"), 6.0);
        // Hyphened to one number word it is a fraction; spaced words are left alone.
        assert_eq!(read("they sold a three-quarter stake").map(|r| (r.0, r.2)), Some((0.75, Form::Fraction)));
        assert_eq!(value("the club bought a one-quarter share"), 0.25);
        assert_eq!(value("after a two-quarter slump"), 2.0);
        assert_eq!(read("sales in the third quarter").map(|r| r.2), Some(Form::Ordinal));
    }

    #[test]
    fn vulgar_fraction_a_space_after_the_whole_number() {
        assert_eq!(read("add 3 ½ cups of stock").map(|r| (r.0, r.1)), Some((3.5, "3 ½".to_string())));
        assert_eq!(value("a 12 ¾ inch board"), 12.75);
        assert_eq!(value("7¼ miles"), 7.25);
    }

    #[test]
    fn fractions_of_scales() {
        assert_eq!(value("half million"), 500_000.0);
        assert_eq!(value("quarter million"), 250_000.0);
        assert!(close(value("two thirds of a million"), 2e6 / 3.0));
    }

    #[test]
    fn digit_fractions() {
        assert_eq!(value("3/4"), 0.75);
        assert_eq!(value("2  1/4"), 2.25);
        assert_eq!(value("10 1/2 miles"), 10.5);
        assert_eq!(value("\u{bd}"), 0.5);
        // A date is three numbers, not a fraction.
        assert_eq!(read("5/17/2018").map(|r| r.0), Some(5.0));
    }

    #[test]
    fn ratios() {
        assert!(close(value("one out of three"), 1.0 / 3.0));
        assert!(close(value("1 in twenty-one"), 1.0 / 21.0));
        assert!(close(value("2000 over 3"), 2000.0 / 3.0));
        assert!(close(value("two out of five hundreds"), 0.004));
        assert_eq!(read("12 out of 10").map(|r| r.0), Some(12.0));
        assert!(close(value("eight of 10 avocados"), 0.8));
        assert!(close(value("nine in 10 voters"), 0.9));
        assert_eq!(read("two of the three").map(|r| r.0), Some(2.0));
        assert_eq!(read("over 3 years").map(|r| r.0), Some(3.0));
    }

    #[test]
    fn ordinals() {
        assert_eq!(read("21st").map(|r| (r.0, r.2)), Some((21.0, Form::Ordinal)));
        assert_eq!(read("twenty-fifth").map(|r| (r.0, r.2)), Some((25.0, Form::Ordinal)));
        assert_eq!(value("one hundred twenty fifth"), 125.0);
        assert_eq!(value("two hundredth"), 200.0);
        assert_eq!(value("three trillionth"), 3e12);
        assert_eq!(read("third quarter").map(|r| (r.0, r.2)), Some((3.0, Form::Ordinal)));
        assert!(close(value("a hundredth"), 0.01));
    }

    #[test]
    fn a_spaced_dash_after_a_content_word_sets_off_a_clause() {
        assert_eq!(value("The bill \u{2013} 40 million euros \u{2013} was paid"), 40_000_000.0);
        assert_eq!(value("its herd - 300 head - was sold"), 300.0);
        assert_eq!(value("lows fell to \u{2013} 5 overnight"), -5.0);
        assert_eq!(value("a reading of - 12 at dawn"), -12.0);
        assert_eq!(value("how to turn - 8 degrees into kelvin"), -8.0);
        assert_eq!(value("she set a goal \u{2013} 15 medals"), 15.0);
        assert_eq!(value("it stood at -4"), -4.0);
    }

    #[test]
    fn powers() {
        assert_eq!(value("1e10"), 1e10);
        assert!(close(value("a dose of 4 x 10^8 cells"), 4e8));
        assert!(close(value("roughly 3.5×10^-3 of it"), 3.5e-3));
        assert!(close(value("1.3x10^6"), 1.3e6));
        assert!(close(value("-2.5^-1"), -0.4));
    }

    #[test]
    fn spaces_group_and_a_comma_marks_decimals() {
        assert!(close(value("le budget de 2 345 678,50 euros"), 2_345_678.5));
        assert!(close(value("a price of 12\u{202f}500,5 kronor"), 12_500.5));
        // Three digits after the comma group thousands; a space after it lists two numbers.
        assert_eq!(read("1 234,567 km").map(|r| r.1), Some("1 234".to_string()));
        assert_eq!(read("40 000, 50 000").map(|r| r.1), Some("40 000".to_string()));
    }

    #[test]
    fn a_bare_quarter_of_a_scale_word_is_that_share_of_it() {
        assert_eq!(read("nearly quarter of a million homes").map(|r| (r.0, r.1)), Some((250_000.0, "quarter of a million".to_string())));
        assert_eq!(value("quarter of a billion"), 250_000_000.0);
        assert!(read("the quarter of a century since").is_none());
    }

    #[test]
    fn no_number_in_plain_words() {
        assert!(read("a man walked in").is_none());
        assert!(read("quarter").is_none());
    }

    #[test]
    fn one_scale_ordinal_after_the_ranks_a_noun_in_er() {
        assert_eq!(value("she became the one millionth subscriber"), 1_000_000.0);
        assert_eq!(value("he was the one thousandth passenger through"), 1000.0);
        assert_eq!(value("a third higher than before"), 1.0 / 3.0);
    }

    #[test]
    fn the_fraction_slash_writes_a_fraction() {
        assert_eq!(value("stir in 3\u{2044}4 cup of stock"), 0.75);
        assert_eq!(value("a board 1 1\u{2044}2 inches thick"), 1.5);
    }

    #[test]
    fn a_scale_word_after_a_fraction_in_digits_scales_it() {
        assert_eq!(value("a $ 1 1/2 billion bond issue"), 1.5e9);
        assert_eq!(value("some 3/4 million shares changed hands"), 750_000.0);
        assert_eq!(value("it rose 1 1/4 to 20"), 1.25);
    }
}
