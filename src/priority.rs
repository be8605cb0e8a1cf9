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
use crate::text::tokens::plain;
use std::borrow::Cow;
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
    /// The lowest priority a finding needs to be considered for a marker at this
    /// sensitivity; the extension then keeps the best within its density budget.
    pub fn threshold(self) -> f64 {
        match self {
            Sensitivity::Fewer => 0.55,
            Sensitivity::Default => 0.40,
            Sensitivity::All => 0.0,
        }
    }
}

/// Whether a finding of this priority may get a marker at this sensitivity.
pub fn shown(priority: f64, sensitivity: Sensitivity) -> bool {
    priority >= sensitivity.threshold()
}

/// Fewest words of a block that is prose rather than a label ("Watch LIVE").
const LEDE_BLOCK_WORDS: usize = 6;

/// The article's lede: its title and first two blocks of prose. Whoever it names is the
/// story's protagonist, whose words the story hinges on.
pub fn lede(title: Option<&str>, text: &str) -> String {
    let prose = text.split("\n\n").filter(|b| b.split_whitespace().count() >= LEDE_BLOCK_WORDS).take(2);
    title.into_iter().chain(prose).collect::<Vec<_>>().join("\n\n")
}

/// The priority of a finding: its detail, its text, the sentence it is in, its detector's
/// score in [0, 1], and the article's [`lede`]. Pure, and total on any input.
pub fn of(detail: &Detail, text: &str, sentence: &str, score: f64, lede: &str) -> f64 {
    let score = if score.is_finite() { score.clamp(0.0, 1.0) } else { 0.0 };
    let p = match detail {
        Detail::Quote { speaker, cue, partial, .. } => {
            let q = QuoteFacts { speaker: speaker.as_deref(), cue: cue.as_deref(), partial: *partial };
            quote(&q, text, score, lede)
        }
        Detail::Figure { category, value, approx, unit, source, .. } => {
            let sourced = source.is_some() || crate::hints::credits_someone(sentence);
            let f = FigureFacts { category: *category, value: *value, approx: approx.as_deref(), has_unit: unit.is_some(), sourced };
            figure(&f, text, sentence, score)
        }
        Detail::Claim { source, reasons, .. } => claim(sentence, source.is_some() || crate::hints::credits_someone(sentence), reasons, score),
    };
    p.clamp(0.0, 1.0)
}

/// What priority needs of a quote's detail.
struct QuoteFacts<'a> {
    speaker: Option<&'a str>,
    cue: Option<&'a str>,
    partial: bool,
}

/// A quote: a full quote from a named person is the plain case; words lifted out of a longer
/// statement, words nobody is credited with, words relayed by another outlet, the story's
/// protagonist's words and a named speaker stating a fact come first.
fn quote(q: &QuoteFacts<'_>, text: &str, score: f64, lede: &str) -> f64 {
    let mut p = 0.55 + 0.10 * score;
    if q.partial {
        p += 0.15;
    }
    let Some(speaker) = q.speaker else { return p + 0.15 };
    if second_hand(speaker, q.cue) {
        p += 0.10;
    }
    if protagonist(speaker, lede) {
        p += 0.20;
    }
    if states_a_fact(text) {
        p += 0.05;
    }
    p
}

/// Words that reach the article through another outlet or a document ("according to the
/// Huffington Post", "The New York Times reported").
fn second_hand(speaker: &str, cue: Option<&str>) -> bool {
    let relayed = cue.is_some_and(|c| words(c).any(|w| SECOND_HAND_CUES.contains(&&*w)));
    relayed || crate::hints::is_outlet(speaker)
}

const SECOND_HAND_CUES: [&str; 8] = ["according", "report", "reported", "reports", "wrote", "writes", "cited", "citing"];

/// Whether the lede names the speaker (by surname).
fn protagonist(speaker: &str, lede: &str) -> bool {
    let surname = speaker.split_whitespace().last().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric());
    if surname.chars().count() < 3 || !surname.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    lede_has_word(lede, &surname.to_lowercase())
}

/// Whether a word of `lede`, lower-cased, is `word`. The report asks this for every quote
/// with the same lede, which on a long single-paragraph input is the whole text: the words
/// of the last lede asked about are kept as a set, with the lede they come from (compared
/// by content, so they never answer for another lede).
fn lede_has_word(lede: &str, word: &str) -> bool {
    thread_local! {
        static LAST: std::cell::RefCell<(String, rustc_hash::FxHashSet<String>)> = std::cell::RefCell::new(Default::default());
    }
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        if last.0 != lede {
            last.1 = words(lede).map(Cow::into_owned).collect();
            last.0.clear();
            last.0.push_str(lede);
        }
        last.1.contains(word)
    })
}

/// What priority needs of a figure's detail.
struct FigureFacts<'a> {
    category: Category,
    value: Option<f64>,
    approx: Option<&'a str>,
    has_unit: bool,
    sourced: bool,
}

/// A figure: amounts a reader can check against a source (counts, money, shares, measures)
/// rank by score, hedge, trend and a missing source; figures that only place the story in
/// time, order things or name a page rank low.
fn figure(f: &FigureFacts<'_>, text: &str, sentence: &str, score: f64) -> f64 {
    let reference = reference_penalty(text, sentence);
    let Some(base) = checkable_base(f.category) else { return 0.05 + 0.10 * score + placing_weight(f.category) - reference };
    let mut p = base + 0.30 * score;
    let vague = f.approx.is_some_and(is_vague);
    if let Some(a) = f.approx {
        p += if vague {
            0.05
        } else if is_hedge(a) {
            0.10
        } else {
            0.05
        };
    }
    if vague && !f.has_unit {
        p -= 0.25;
    }
    if has_trend_word(sentence) {
        p += 0.10;
    }
    if !f.sourced {
        p += 0.05;
    }
    if small_count(f) {
        p -= 0.30;
    }
    p - reference
}

/// The base of a figure a reader can check against a source, or `None` for one that only
/// places or orders things.
fn checkable_base(c: Category) -> Option<f64> {
    match c {
        Category::Percent | Category::Money => Some(0.40),
        Category::Count | Category::Measure | Category::Range | Category::Temperature => Some(0.35),
        Category::Year | Category::Date | Category::Ordinal | Category::Age => None,
    }
}

/// Among figures that place or order things, an age says most, an ordinal least.
fn placing_weight(c: Category) -> f64 {
    match c {
        Category::Age => 0.10,
        Category::Date => 0.05,
        Category::Year => 0.03,
        _ => 0.0,
    }
}

/// A count of one, two or three things with no hedge: rarely what a reader doubts.
fn small_count(f: &FigureFacts<'_>) -> bool {
    f.category == Category::Count && f.approx.is_none() && f.value.is_some_and(|v| v < 4.0)
}

/// A number that names rather than counts ("page 12", "one of them").
fn reference_penalty(text: &str, sentence: &str) -> f64 {
    let at = sentence.find(text);
    let before = at.map(|i| &sentence[..i]).unwrap_or("");
    let after = at.map(|i| &sentence[i + text.len()..]).unwrap_or("");
    let word_before = plain::words(before, &[]).next_back().unwrap_or("").to_lowercase();
    let first_after = after.split_whitespace().next().unwrap_or("").to_lowercase();
    if lexicon::reference_words().contains(&word_before) {
        0.60
    } else if text.trim().eq_ignore_ascii_case("one") && first_after == "of" {
        0.15
    } else {
        0.0
    }
}

/// A claim: its check-worthiness first, then a missing source (no one credited, not even in
/// words the detectors did not resolve), numbers, hedges and trends.
fn claim(sentence: &str, sourced: bool, reasons: &[String], score: f64) -> f64 {
    let mut p = 0.10 + 0.70 * score;
    if !sourced {
        p += 0.05;
    }
    if reasons.iter().any(|r| matches!(r.as_str(), "figure" | "quantity" | "statistic" | "comparison")) {
        p += 0.03;
    }
    // The sentence's words cut once for both tests.
    let lower: Vec<_> = words(sentence).collect();
    if hedged(&lower) {
        p += 0.03;
    }
    if trended(&lower) {
        p += 0.03;
    }
    p
}

/// A quote that states something checkable: a number, an amount, a record or a statistic
/// ("worst of the worst" is a comparison but an opinion, so comparisons do not count).
fn states_a_fact(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
        || words(text).any(|w| {
            lexicon::claim_quantity().contains(&w)
                || lexicon::claim_record().contains(&w)
                || lexicon::claim_statistic().contains(&w)
                || lexicon::number_words().entry_for_key(&w).is_some()
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
#[cfg(test)]
fn has_hedge(sentence: &str) -> bool {
    hedged(&words(sentence).collect::<Vec<_>>())
}

/// Whether a sentence's lower-cased [`words`] hold a hedge phrase of more than one word or
/// four letters, word for word: each word looks up only the phrases it opens.
fn hedged(lower: &[Cow<'_, str>]) -> bool {
    static BY_FIRST: OnceLock<rustc_hash::FxHashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    let by_first = BY_FIRST.get_or_init(|| {
        let mut m = rustc_hash::FxHashMap::<_, Vec<_>>::default();
        for h in hedge_phrases().iter().filter(|h| h.contains(' ') || h.len() > 4) {
            m.entry(h.split(' ').next().unwrap_or(h)).or_default().push(*h);
        }
        m
    });
    (0..lower.len()).any(|i| by_first.get(&*lower[i]).is_some_and(|hs| hs.iter().any(|h| opens(&lower[i..], h))))
}

/// Whether `words` begin with the words of `phrase` (separated by single spaces).
fn opens(words: &[Cow<'_, str>], phrase: &str) -> bool {
    let mut rest = words.iter();
    phrase.split(' ').all(|part| rest.next().is_some_and(|w| w == part))
}

fn trend_words() -> &'static [&'static str] {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| data_file!("priority/trend_words.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect())
}

/// Whether a word of the sentence is a trend word: one hash probe a word (every figure and
/// claim asks this of its sentence), not a binary search that compares strings at each step.
fn has_trend_word(sentence: &str) -> bool {
    words(sentence).any(|w| is_trend_word(&w))
}

/// Whether a sentence's lower-cased [`words`] hold a trend word.
fn trended(lower: &[Cow<'_, str>]) -> bool {
    lower.iter().any(|w| is_trend_word(w))
}

fn is_trend_word(lower: &str) -> bool {
    static SET: OnceLock<rustc_hash::FxHashSet<&'static str>> = OnceLock::new();
    let set = SET.get_or_init(|| trend_words().iter().copied().collect());
    set.contains(lower)
}

/// The lower-cased words of `text`, borrowed where already lower case.
fn words(text: &str) -> impl Iterator<Item = Cow<'_, str>> + '_ {
    plain::words(text, &[]).map(crate::text::words::lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`super::of`] in an article whose lede names no one.
    fn of(detail: &Detail, text: &str, sentence: &str, score: f64) -> f64 {
        super::of(detail, text, sentence, score, "")
    }

    fn quote_of(speaker: Option<&str>, partial: bool) -> Detail {
        Detail::Quote { speaker: speaker.map(Into::into), role: None, cue: Some("said".into()), partial }
    }

    fn figure_of(category: Category, value: f64, approx: Option<&str>, unit: Option<&str>, source: Option<&str>) -> Detail {
        // Built from JSON, as the report reads, so fields the figures detector adds (with
        // their defaults) need no change here.
        let json = serde_json::json!({"kind": "figure", "category": category, "value": value, "approx": approx, "unit": unit, "source": source});
        serde_json::from_value(json).unwrap()
    }

    fn claim_of(source: Option<&str>, reasons: &[&str]) -> Detail {
        Detail::Claim { source: source.map(Into::into), cue: None, reasons: reasons.iter().map(|r| r.to_string()).collect() }
    }

    /// Representative findings, from what to check first to what to check last.
    fn ranked() -> Vec<(&'static str, f64)> {
        let s = 0.6;
        vec![
            ("unsourced claim with a rising percent", of(&claim_of(None, &["figure"]), "", "Crime rose at least 40% last year.", 0.9)),
            ("named speaker stating a number, partly quoted", of(&quote_of(Some("Ana Ruiz"), true), "we served 1,200 people", "", 0.5)),
            ("unattributed quote", of(&quote_of(None, false), "we will not back down", "", 0.5)),
            (
                "unsourced hedged money figure",
                of(
                    &figure_of(Category::Money, 4.8e9, Some("nearly"), Some("dollars"), None),
                    "nearly $4.8 billion",
                    "The program cost nearly $4.8 billion.",
                    s,
                ),
            ),
            (
                "sourced trending percent",
                of(&figure_of(Category::Percent, 4.8, None, Some("%"), Some("the BLS")), "4.8%", "Prices rose 4.8%, the BLS said.", s),
            ),
            ("attributed check-worthy claim", of(&claim_of(Some("Trump"), &["attributed"]), "", "Trump said the wall is finished.", 0.8)),
            ("named speaker's opinion", of(&quote_of(Some("Lori Lightfoot"), false), "Chicago is a welcoming city", "", 0.45)),
            (
                "sourced count with a subject",
                of(&figure_of(Category::Count, 250.0, None, Some("arrests"), Some("police")), "250 arrests", "Police made 250 arrests.", s),
            ),
            (
                "vague plural with no subject",
                of(&figure_of(Category::Count, 1000.0, Some("thousands of"), None, Some("police")), "Thousands of", "Thousands of them came.", s),
            ),
            ("low-scored attributed claim", of(&claim_of(Some("the mayor"), &["wording"]), "", "The mayor says it is not enough.", 0.2)),
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

    /// The word-by-word hedge and number-word lookups say what the string searches they
    /// replace said: a phrase between spaces in the joined words, a key before " | ".
    #[test]
    fn hedge_and_number_lookups_agree_with_a_search() {
        let joined_search = |sentence: &str| {
            let lower: Vec<_> = words(sentence).collect();
            let joined = format!(" {} ", lower.join(" "));
            hedge_phrases().iter().filter(|h| h.contains(' ') || h.len() > 4).any(|h| joined.contains(&format!(" {h} ")))
        };
        let mut sentences: Vec<String> = vec!["About 40 people came, more or less.".into(), "Nearly, up to, at least".into(), "".into()];
        for h in hedge_phrases() {
            sentences.push(format!("It was {h} 40."));
            sentences.push(h.to_uppercase());
            sentences.push(h.replace(' ', ", "));
            sentences.push(h.split(' ').next().unwrap_or("").to_string());
        }
        for s in &sentences {
            assert_eq!(has_hedge(s), joined_search(s), "{s:?}");
        }
        for e in lexicon::number_words().entries() {
            let key = e.split(" | ").next().unwrap();
            assert_eq!(lexicon::number_words().entry_for_key(key).map(|e| e.split(" | ").next()), Some(Some(key)), "{e}");
        }
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
    fn the_protagonist_s_and_relayed_words_come_before_a_bystander_s() {
        let lede = lede(Some("Chicago mayor blocks ICE"), "Blaze Media\nWatch LIVE\n\nMayor Lori Lightfoot says the ban will 'remain permanent'\n\nMore.");
        assert_eq!(lede, "Chicago mayor blocks ICE\n\nMayor Lori Lightfoot says the ban will 'remain permanent'");
        let full = |speaker: &str, cue: &str| {
            let d = Detail::Quote { speaker: Some(speaker.into()), role: None, cue: Some(cue.into()), partial: false };
            super::of(&d, "we are a welcoming city", "", 0.45, &lede)
        };
        let bystander = full("Eric Reeves", "said");
        assert!(full("Lori Lightfoot", "said") > bystander, "the protagonist");
        assert!(full("Mark Morgan", "according to") > bystander, "a relayed quote");
        assert!(full("The New York Times", "said") > bystander, "an outlet's words");
        assert!(!protagonist("Li", "Li said"), "too short a surname to match safely");
    }

    /// The kept set of lede words answers as a scan of the lede would, whichever lede was
    /// asked about last (by content: the same words at another address, or other words).
    #[test]
    fn lede_words_answer_as_a_scan_for_each_lede_in_turn() {
        let scan = |lede: &str, word: &str| lede.split(|c: char| !c.is_alphanumeric()).any(|w| !w.is_empty() && w.to_lowercase() == word);
        let ledes = ["", "Mayor Lori LIGHTFOOT says", "\u{d6}zil and \u{d3}SCAR spoke", "Mayor Lori LIGHTFOOT says", "Reeves-Smith, 40, said"];
        let words = ["", "lightfoot", "lori", "\u{f6}zil", "\u{f3}scar", "reeves", "smith", "reeves-smith", "40", "mayor lori"];
        for _ in 0..2 {
            for lede in ledes {
                let copy = lede.to_string();
                for word in words {
                    assert_eq!(lede_has_word(&copy, word), scan(lede, word), "{word:?} in {lede:?}");
                }
            }
        }
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
        assert!(!shown(0.39, Sensitivity::Default) && shown(0.40, Sensitivity::Default));
        assert!(!shown(0.54, Sensitivity::Fewer) && shown(0.55, Sensitivity::Fewer));
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
