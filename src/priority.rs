//! Priority: how much a careful reader should check a finding first, in [0, 1].
//!
//! The detectors' scores say how sure they are that something *is* a quote, a figure or a
//! check-worthy sentence; priority says which of those deserve the reader's attention. It
//! starts from the score and adds what makes a finding worth checking — a hedge, a trend, a
//! missing source, a partial quote, money or a share, a named speaker stating a fact — and
//! takes off for what does not — page numbers, "one of them", ordinals, years alone, small
//! counts, vague plurals with nothing counted. The extension marks by priority and the
//! reader's [`Sensitivity`]; the CLI reports every finding with its priority.
//!
//! The weights are hand-set and the unit tests pin the ordering of representative cases,
//! so a change that reorders them is a visible decision.

use crate::detect::lexicon;
use crate::report::{Category, Detail};
use std::sync::OnceLock;

/// How many markers the reader wants: the extension's setting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sensitivity {
    /// Only what to check first.
    Fewer,
    /// What a careful reader should check.
    #[default]
    Default,
    /// Every finding.
    All,
}

impl Sensitivity {
    /// The lowest priority a finding needs to get a marker at this sensitivity.
    pub fn threshold(self) -> f64 {
        match self {
            Sensitivity::Fewer => 0.65,
            Sensitivity::Default => 0.45,
            Sensitivity::All => 0.0,
        }
    }
}

/// Whether a finding of this priority gets a marker at this sensitivity.
pub fn shown(priority: f64, sensitivity: Sensitivity) -> bool {
    priority >= sensitivity.threshold()
}

/// The priority of a finding: its detail, its text, the sentence it is in, and its
/// detector's score in [0, 1]. Pure, and total on any input.
pub fn of(detail: &Detail, text: &str, sentence: &str, score: f64) -> f64 {
    let score = if score.is_finite() { score.clamp(0.0, 1.0) } else { 0.0 };
    let p = match detail {
        Detail::Quote { speaker, partial, .. } => quote(text, speaker.is_some(), *partial, score),
        Detail::Figure { category, value, approx, unit, source, .. } => {
            let f = FigureFacts { category: *category, value: *value, approx: approx.as_deref(), has_unit: unit.is_some(), sourced: source.is_some() };
            figure(&f, text, sentence, score)
        }
        Detail::Claim { source, reasons, .. } => claim(sentence, source.is_some(), reasons, score),
    };
    p.clamp(0.0, 1.0)
}

/// A quote: partial quotes, unattributed ones, and a named speaker stating a fact come first.
fn quote(text: &str, named: bool, partial: bool, score: f64) -> f64 {
    let mut p = 0.35 + 0.20 * score;
    if partial {
        p += 0.10;
    }
    if !named {
        p += 0.10;
    } else if states_a_fact(text) {
        p += 0.15;
    } else {
        p += 0.05;
    }
    p
}

/// What priority needs of a figure's detail.
struct FigureFacts<'a> {
    category: Category,
    value: Option<f64>,
    approx: Option<&'a str>,
    has_unit: bool,
    sourced: bool,
}

fn figure(f: &FigureFacts<'_>, text: &str, sentence: &str, score: f64) -> f64 {
    let mut p = 0.20 + 0.30 * score + category_weight(f.category);
    let vague = f.approx.is_some_and(is_vague);
    if let Some(a) = f.approx {
        p += if vague {
            0.0
        } else if is_hedge(a) {
            0.10
        } else {
            0.05
        };
    }
    if vague && !f.has_unit {
        p -= 0.20;
    }
    let quantity = matches!(f.category, Category::Count | Category::Percent | Category::Money | Category::Measure | Category::Range);
    if quantity && has_word(sentence, trend_words) {
        p += 0.10;
    }
    if !f.sourced && quantity {
        p += 0.10;
    }
    if small_count(f) {
        p -= 0.22;
    }
    p - reference_penalty(text, sentence)
}

fn category_weight(c: Category) -> f64 {
    match c {
        Category::Percent | Category::Money => 0.15,
        Category::Range => 0.10,
        Category::Count | Category::Measure | Category::Temperature => 0.05,
        Category::Age => -0.05,
        Category::Date => -0.15,
        Category::Year => -0.22,
        Category::Ordinal => -0.30,
    }
}

/// A count of one, two or three things with no hedge: rarely what a reader doubts.
fn small_count(f: &FigureFacts<'_>) -> bool {
    f.category == Category::Count && f.approx.is_none() && f.value.is_some_and(|v| v < 4.0)
}

/// A number that names rather than counts ("page 12", "one of them").
fn reference_penalty(text: &str, sentence: &str) -> f64 {
    let before = sentence.find(text).map(|i| &sentence[..i]).unwrap_or("");
    let after = sentence.find(text).map(|i| &sentence[i + text.len()..]).unwrap_or("");
    let word_before = before.split(|c: char| !c.is_alphanumeric()).rev().find(|w| !w.is_empty()).unwrap_or("").to_lowercase();
    let first_after = after.split_whitespace().next().unwrap_or("").to_lowercase();
    if lexicon::reference_words().contains(&word_before) {
        0.60
    } else if text.trim().eq_ignore_ascii_case("one") && first_after == "of" {
        0.20
    } else {
        0.0
    }
}

/// A claim: its check-worthiness first, then a missing source, numbers, hedges and trends.
fn claim(sentence: &str, sourced: bool, reasons: &[String], score: f64) -> f64 {
    let mut p = 0.15 + 0.60 * score;
    if !sourced {
        p += 0.12;
    }
    if reasons.iter().any(|r| matches!(r.as_str(), "figure" | "quantity" | "statistic" | "comparison")) {
        p += 0.05;
    }
    if has_hedge(sentence) {
        p += 0.05;
    }
    if has_word(sentence, trend_words) {
        p += 0.05;
    }
    p
}

/// A quote that states something checkable: a number, a comparison, a record or a statistic.
fn states_a_fact(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
        || words(text).any(|w| {
            lexicon::claim_comparison().contains(&w)
                || lexicon::claim_quantity().contains(&w)
                || lexicon::claim_record().contains(&w)
                || lexicon::claim_statistic().contains(&w)
                || lexicon::number_words().entries().iter().any(|e| e.split(" | ").next() == Some(w.as_str()))
        })
}

/// Vague plurals give only an order of magnitude ("thousands of", "dozens").
fn is_vague(approx: &str) -> bool {
    words(approx).any(|w| lexicon::claim_quantity().contains(&w) && w.ends_with('s'))
}

/// A hedge or comparator the figure lexicons know ("at least", "nearly", "up to").
fn is_hedge(approx: &str) -> bool {
    let a = approx.trim().to_lowercase();
    hedge_phrases().iter().any(|h| *h == a)
}

fn hedge_phrases() -> &'static [&'static str] {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| {
        [lexicon::hedges(), lexicon::hedges_after()]
            .iter()
            .flat_map(|l| l.entries().iter())
            .filter_map(|e| e.split_once(" | "))
            .filter(|(phrase, kind)| kind.trim() != "exact" && phrase.chars().all(|c| c.is_alphabetic() || c == ' '))
            .map(|(phrase, _)| phrase.trim())
            .collect()
    })
}

/// Whether a sentence hedges ("at least", "nearly", "more than") anywhere.
fn has_hedge(sentence: &str) -> bool {
    let lower: Vec<String> = words(sentence).collect();
    let joined = format!(" {} ", lower.join(" "));
    hedge_phrases().iter().filter(|h| h.contains(' ') || h.len() > 4).any(|h| joined.contains(&format!(" {h} ")))
}

fn trend_words() -> &'static [&'static str] {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| include_str!("priority/trend_words.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect())
}

fn has_word(sentence: &str, list: fn() -> &'static [&'static str]) -> bool {
    words(sentence).any(|w| list().binary_search(&w.as_str()).is_ok())
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote_of(speaker: Option<&str>, partial: bool) -> Detail {
        Detail::Quote { speaker: speaker.map(Into::into), role: None, cue: Some("said".into()), partial }
    }

    fn figure_of(category: Category, value: f64, approx: Option<&str>, unit: Option<&str>, source: Option<&str>) -> Detail {
        Detail::Figure { category, value: Some(value), high: None, approx: approx.map(Into::into), unit: unit.map(Into::into), source: source.map(Into::into) }
    }

    fn claim_of(source: Option<&str>, reasons: &[&str]) -> Detail {
        Detail::Claim { source: source.map(Into::into), cue: None, reasons: reasons.iter().map(|r| r.to_string()).collect() }
    }

    /// Representative findings, from what to check first to what to check last.
    fn ranked() -> Vec<(&'static str, f64)> {
        let s = 0.6;
        vec![
            ("unsourced claim with a rising percent", of(&claim_of(None, &["figure"]), "", "Crime rose at least 40% last year.", 0.9)),
            (
                "unsourced hedged money figure",
                of(
                    &figure_of(Category::Money, 4.8e9, Some("nearly"), Some("dollars"), None),
                    "nearly $4.8 billion",
                    "The program cost nearly $4.8 billion.",
                    s,
                ),
            ),
            ("named speaker stating a number, partly quoted", of(&quote_of(Some("Ana Ruiz"), true), "we served 1,200 people", "", 0.5)),
            (
                "sourced trending percent",
                of(&figure_of(Category::Percent, 4.8, None, Some("%"), Some("the BLS")), "4.8%", "Prices rose 4.8%, the BLS said.", s),
            ),
            ("attributed check-worthy claim", of(&claim_of(Some("Trump"), &["attributed"]), "", "Trump said the wall is finished.", 0.7)),
            ("unattributed quote", of(&quote_of(None, false), "we will not back down", "", 0.5)),
            ("named speaker's opinion", of(&quote_of(Some("Lori Lightfoot"), false), "Chicago is a welcoming city", "", 0.45)),
            (
                "sourced count with a subject",
                of(&figure_of(Category::Count, 250.0, None, Some("arrests"), Some("police")), "250 arrests", "Police made 250 arrests.", s),
            ),
            ("low-scored attributed claim", of(&claim_of(Some("the mayor"), &["wording"]), "", "The mayor says it is not enough.", 0.2)),
            (
                "vague plural with no subject",
                of(&figure_of(Category::Count, 1000.0, Some("thousands of"), None, Some("police")), "Thousands of", "Thousands of them came.", s),
            ),
            ("small count", of(&figure_of(Category::Count, 2.0, None, Some("people"), Some("police")), "two people", "Two people were hurt, police said.", s)),
            (
                "year alone",
                of(&figure_of(Category::Year, 2003.0, None, None, Some("the Tribune")), "since 2003", "It has run since 2003, the Tribune said.", s),
            ),
            ("ordinal", of(&figure_of(Category::Ordinal, 3.0, None, None, None), "third", "It was the third time.", s)),
            ("one of them", of(&figure_of(Category::Count, 1.0, None, None, Some("police")), "one", "He was one of them, police said.", s)),
            ("page number", of(&figure_of(Category::Count, 12.0, None, None, None), "12", "See page 12 of the report.", s)),
        ]
    }

    #[test]
    fn representative_findings_rank_in_the_order_a_careful_reader_checks_them() {
        let ranked = ranked();
        for w in ranked.windows(2) {
            assert!(w[0].1 > w[1].1, "{:?} ({:.3}) should come before {:?} ({:.3})", w[0].0, w[0].1, w[1].0, w[1].1);
        }
        for (name, p) in &ranked {
            assert!((0.0..=1.0).contains(p), "{name}: {p}");
        }
    }

    #[test]
    fn each_raising_signal_raises_and_each_lowering_signal_lowers() {
        let base = |approx: Option<&str>, source: Option<&str>, sentence: &str, text: &str| {
            of(&figure_of(Category::Count, 250.0, approx, Some("arrests"), source), text, sentence, 0.6)
        };
        let plain = base(None, Some("police"), "Police made 250 arrests.", "250 arrests");
        assert!(base(Some("at least"), Some("police"), "Police made at least 250 arrests.", "at least 250 arrests") > plain, "hedge");
        assert!(base(None, None, "There were 250 arrests.", "250 arrests") > plain, "missing source");
        assert!(base(None, Some("police"), "Arrests rose to 250.", "250 arrests") > plain, "trend");
        assert!(base(None, Some("police"), "See page 250 arrests.", "250 arrests") < plain, "reference");
        let q = |partial| of(&quote_of(Some("Ana Ruiz"), partial), "we are fine", "", 0.5);
        assert!(q(true) > q(false), "partial quote");
        let fact = of(&quote_of(Some("Ana Ruiz"), false), "we served 1,200 people", "", 0.5);
        assert!(fact > q(false), "a named speaker stating a fact");
        let c = |source: Option<&str>, score| of(&claim_of(source, &[]), "", "It is so.", score);
        assert!(c(None, 0.5) > c(Some("Ana Ruiz"), 0.5), "missing source");
        assert!(c(None, 0.9) > c(None, 0.5), "check-worthiness");
    }

    #[test]
    fn priority_stays_in_range_on_any_input() {
        for score in [f64::NAN, f64::INFINITY, -3.0, 0.0, 1.0, 7.0] {
            let p = of(&claim_of(None, &["figure"]), "", "Crime rose at least 40%.", score);
            assert!((0.0..=1.0).contains(&p), "{score}: {p}");
            let p = of(&figure_of(Category::Ordinal, 1.0, None, None, Some("x")), "one", "one of page one", score);
            assert!((0.0..=1.0).contains(&p), "{score}: {p}");
        }
        assert_eq!(of(&quote_of(None, false), "", "", 0.5), of(&quote_of(None, false), "", "", 0.5));
    }

    #[test]
    fn sensitivity_thresholds_nest() {
        assert!(shown(0.0, Sensitivity::All));
        assert!(!shown(0.44, Sensitivity::Default) && shown(0.45, Sensitivity::Default));
        assert!(!shown(0.6, Sensitivity::Fewer) && shown(0.65, Sensitivity::Fewer));
        assert!(Sensitivity::Fewer.threshold() > Sensitivity::Default.threshold());
        assert!(Sensitivity::Default.threshold() > Sensitivity::All.threshold());
    }

    #[test]
    fn trend_words_are_sorted_with_a_header() {
        let src = include_str!("priority/trend_words.txt");
        assert!(src.starts_with('#'));
        let words = trend_words();
        assert!(words.windows(2).all(|w| w[0] < w[1]), "sorted, no duplicates");
    }
}
