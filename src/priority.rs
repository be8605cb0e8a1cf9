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
/// Prose blocks that make the lede.
pub const LEDE_BLOCKS: usize = 2;
/// The most bytes of the text a lede reaches: a text of one long paragraph (wire copy, a
/// transcript) has no lede beyond its first few sentences, not the whole of it.
const LEDE_MAX_BYTES: usize = 1_200;

/// The article's lede: its title and first two blocks of prose.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lede {
    /// The title and the lede's blocks, joined by a blank line. Whoever it names is the
    /// story's protagonist, whose words the story hinges on.
    pub text: String,
    /// Where the lede ends in the article's text (bytes): a finding that starts before it is
    /// the story's key claim, or its headline's, which a reader checks first.
    pub end: usize,
}

impl Lede {
    /// Whether a finding starting at byte `at` of the article's text lies in the lede.
    pub fn holds(&self, at: usize) -> bool {
        at < self.end
    }
}

/// Whether a block of the article's text counts as one of the lede's prose blocks: six
/// words or more (not "Watch LIVE"), and not the headline itself, which a page's text and
/// a plain text with a headline line both open with (counted, it left the lede one block
/// short: the headline, its standfirst, and not the story's first paragraph).
pub fn is_lede_prose(title: Option<&str>, block: &str) -> bool {
    block.split_whitespace().count() >= LEDE_BLOCK_WORDS && title.is_none_or(|t| t.trim() != block.trim())
}

/// The article's [`Lede`]: its title and first two blocks of prose.
pub fn lede(title: Option<&str>, text: &str) -> Lede {
    let mut end = 0;
    let mut prose = Vec::new();
    for block in text.split("\n\n") {
        if prose.len() == LEDE_BLOCKS {
            break;
        }
        if is_lede_prose(title, block) {
            prose.push(block);
            // `block` is a slice of `text`: its end is an offset into it.
            end = block.as_ptr() as usize - text.as_ptr() as usize + block.len();
        }
    }
    let text = title.into_iter().chain(prose).collect::<Vec<_>>().join("\n\n");
    Lede { text, end: end.min(LEDE_MAX_BYTES) }
}

/// The priority of a finding: its detail, its text, the sentence it is in, its detector's
/// score in [0, 1], the article's [`lede`] and where the finding starts in the article's
/// text (bytes). Pure, and total on any input.
pub fn of(detail: &Detail, text: &str, sentence: &str, score: f64, lede: &Lede, at: usize) -> f64 {
    let score = if score.is_finite() { score.clamp(0.0, 1.0) } else { 0.0 };
    let in_lede = lede.holds(at);
    let p = match detail {
        Detail::Quote { speaker, cue, partial, .. } => {
            let q = QuoteFacts { speaker: speaker.as_deref(), cue: cue.as_deref(), partial: *partial };
            quote(&q, text, score, &lede.text)
        }
        Detail::Figure { category, value, approx, unit, source, trend, .. } => {
            let f = FigureFacts {
                category: *category,
                value: *value,
                approx: approx.as_deref(),
                has_unit: unit.is_some(),
                duration: unit.as_deref().is_some_and(crate::hints::is_duration_unit),
                trend: trend.is_some(),
                sourced: source.is_some() || crate::hints::credits_someone(sentence),
                by_a_body: source.as_deref().is_some_and(crate::hints::is_institution),
                in_lede,
            };
            figure(&f, text, sentence, score)
        }
        Detail::Claim { source, reasons, .. } => {
            claim(sentence, source.is_some() || crate::hints::credits_someone(sentence), reasons, score) + if in_lede { LEDE_CLAIM } else { 0.0 }
        }
    };
    p.clamp(0.0, 1.0)
}

/// What the lede adds to a claim: the story's key claim is checked before the rest.
const LEDE_CLAIM: f64 = 0.10;
/// What the lede adds to a figure: the story's key statistic ("$1,940 a month, up 14%").
const LEDE_FIGURE: f64 = 0.12;
/// What a stretch of time takes off a figure ("more than 15 minutes late", "for 20 years"):
/// it qualifies a statistic or tells a life, and is rarely the number a reader doubts.
const DURATION: f64 = 0.15;
/// What a statistic credited to a body (an authority, an agency, a union) adds: one a reader
/// can look up at its source. Less than a missing source adds: no one to look it up with
/// is still the first thing to check.
const BY_A_BODY: f64 = 0.04;
/// What a count with nothing counted takes off ("about 188,000", "1,120"): less to check
/// than a count of something named beside it.
const NOTHING_COUNTED: f64 = 0.05;

/// What priority needs of a quote's detail.
struct QuoteFacts<'a> {
    speaker: Option<&'a str>,
    cue: Option<&'a str>,
    partial: bool,
}

/// A quote: a full quote from a named person is the plain case; words lifted out of a longer
/// statement, words nobody is credited with, words relayed by another outlet, the story's
/// protagonist's words and a named speaker stating a fact (a number, a record, "never")
/// come first: of two quotes a reader checks "We have never seen the gap this wide" before
/// "People are packing up".
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
        p += 0.10;
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
    /// Its unit is a stretch of time.
    duration: bool,
    /// The figure itself rises or falls ("up 14%").
    trend: bool,
    sourced: bool,
    /// Its source is a body (an authority, an agency, a union), not a person.
    by_a_body: bool,
    in_lede: bool,
}

/// A figure: amounts a reader can check against a source (counts, money, shares, measures)
/// rank by score, hedge, trend, a missing source or a body's credit, and the lede; durations
/// and counts with nothing counted rank lower, and figures that only place the story in
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
    if f.trend || has_trend_word(sentence) {
        p += 0.10;
    }
    let small = small_count(f);
    if !f.sourced {
        p += 0.05;
    } else if f.by_a_body && !small && !f.duration {
        p += BY_A_BODY;
    }
    if small {
        p -= 0.30;
    }
    if f.duration {
        p -= DURATION;
    }
    if f.category == Category::Count && !f.has_unit && !vague {
        p -= NOTHING_COUNTED;
    }
    if f.in_lede {
        p += LEDE_FIGURE;
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

/// A quote that states something checkable: a number, an amount, a record, a statistic or
/// a universal ("never", "every": true or false of every case, so checkable) ("worst of the
/// worst" is a comparison but an opinion, so comparisons do not count).
fn states_a_fact(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
        || words(text).any(|w| {
            lexicon::claim_quantity().contains(&w)
                || lexicon::claim_record().contains(&w)
                || lexicon::claim_statistic().contains(&w)
                || lexicon::number_words().entry_for_key(&w).is_some()
                || universal_words().contains(&&*w)
        })
}

/// Words that speak of all or none ("never", "everyone"), `priority/universal_words.txt`.
fn universal_words() -> &'static rustc_hash::FxHashSet<&'static str> {
    static CELL: OnceLock<rustc_hash::FxHashSet<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| data_file!("priority/universal_words.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect())
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

    /// [`super::of`] in an article whose lede names no one, past the lede.
    fn of(detail: &Detail, text: &str, sentence: &str, score: f64) -> f64 {
        super::of(detail, text, sentence, score, &Lede::default(), 0)
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
        assert_eq!(lede.text, "Chicago mayor blocks ICE\n\nMayor Lori Lightfoot says the ban will 'remain permanent'");
        let full = |speaker: &str, cue: &str| {
            let d = Detail::Quote { speaker: Some(speaker.into()), role: None, cue: Some(cue.into()), partial: false };
            super::of(&d, "we are a welcoming city", "", 0.45, &lede, usize::MAX)
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

    /// The lede is the title and the first two prose blocks after it: the headline that
    /// opens the text is not one of them, and labels and short lines are not prose.
    #[test]
    fn the_lede_is_the_headline_and_the_two_prose_blocks_after_it() {
        let text = "Rents in Millbrook rise 14% as new towers stall\n\nTenants say they are being priced out by rising rents.\n\nThe median rent reached $1,940 a month, up 14%, the authority said.\n\nLater paragraph with more words here.";
        let l = lede(Some("Rents in Millbrook rise 14% as new towers stall"), text);
        let third = text.find("Later").unwrap();
        assert_eq!(l.end, third - 2, "ends with the story's first paragraph");
        assert!(l.holds(text.find("$1,940").unwrap()) && l.holds(0) && !l.holds(third));
        // Without a title, a short label does not count; a long single paragraph has a lede
        // of its first sentences only.
        let l = lede(
            None,
            "LIVE\n\nThe storm cut power to 200,000 homes overnight, NorthGrid said.\n\nCrews are out.\n\nIt will take days to reconnect every home.",
        );
        assert!(l.holds(10) && !l.holds(l.end) && l.text.ends_with("reconnect every home."));
        let long = "Word after word of one paragraph. ".repeat(200);
        let l = lede(None, &long);
        assert!(l.holds(100) && !l.holds(5_000));
        assert_eq!(lede(Some("T"), ""), Lede { text: "T".into(), end: 0 });
    }

    /// What a careful reader checks first in a sentence: its statistic (a share, an amount,
    /// a trend, a body's figure) before the duration or the small count beside it, and the
    /// lede's before the same figure further down.
    #[test]
    fn statistics_come_before_the_durations_and_small_counts_beside_them() {
        let f = |category, value, approx: Option<&str>, unit: Option<&str>, source: Option<&str>, text: &str, sentence: &str| {
            of(&figure_of(category, value, approx, unit, source), text, sentence, 0.55)
        };
        let aviation = "Delays reached a record, with 31.4% of departures leaving more than 15 minutes late, according to the Civil Aviation Authority.";
        let share = f(Category::Percent, 31.4, None, Some("percent"), Some("the Civil Aviation Authority"), "31.4%", aviation);
        let minutes = f(Category::Measure, 15.0, Some("more than"), Some("minutes"), Some("the Civil Aviation Authority"), "more than 15 minutes", aviation);
        assert!(share > minutes, "{share} > {minutes}");
        let farm = "Yields fell by a fifth over three years, the ministry said, to £2,400 a hectare.";
        let money = f(Category::Money, 2400.0, None, Some("British pound"), Some("the ministry"), "£2,400", farm);
        let years = f(Category::Measure, 3.0, None, Some("years"), Some("the ministry"), "three years", farm);
        assert!(money > years, "{money} > {years}");
        // A rate that ends in a time noun is no stretch of time.
        let storm = "Winds reached 110mph on the coast, the weather service said.";
        let speed = f(Category::Measure, 110.0, None, Some("miles per hour"), Some("the weather service"), "110mph", storm);
        let hours = f(Category::Measure, 110.0, None, Some("hours"), Some("the weather service"), "110 hours", storm);
        assert!(speed > hours, "{speed} > {hours}");
        let hospital = "The hospital treated 4,100 patients in two weeks, up 9%, the health board said.";
        let patients = f(Category::Count, 4100.0, None, Some("patients"), Some("the health board"), "4,100 patients", hospital);
        let weeks = f(Category::Measure, 2.0, None, Some("weeks"), Some("the health board"), "two weeks", hospital);
        let wards = f(Category::Count, 3.0, None, Some("wards"), Some("the health board"), "three wards", hospital);
        assert!(patients > weeks && patients > wards, "{patients} {weeks} {wards}");
        // A statistic credited to a body comes before the same one credited to a person.
        let by = |source| f(Category::Count, 4100.0, None, Some("patients"), Some(source), "4,100 patients", hospital);
        assert!(by("the health board") > by("Mary Jones"));
        // A count with something counted before a bare one.
        let bare = f(Category::Count, 188000.0, None, None, Some("the health board"), "188,000", hospital);
        assert!(patients > bare);
        // The figure's own trend counts where the sentence has no trend word.
        let d = |trend: Option<&str>| {
            let json = serde_json::json!({"kind": "figure", "category": "percent", "value": 14, "unit": "percent", "trend": trend});
            of(&serde_json::from_value(json).unwrap(), "14%", "The rent share was 14% in October.", 0.5)
        };
        assert!(d(Some("up")) > d(None));
    }

    #[test]
    fn the_lede_s_claims_and_figures_come_before_the_same_further_down() {
        let text = "Rents rise 14%\n\nThe median rent reached $1,940 a month, the authority said today.\n\nMore text follows in this block.\n\nThe median rent reached $1,940 a month, the authority said today.";
        let l = lede(Some("Rents rise 14%"), text);
        let (first, last) = (text.find("$1,940").unwrap(), text.rfind("$1,940").unwrap());
        let sentence = "The median rent reached $1,940 a month, the authority said today.";
        let money = figure_of(Category::Money, 1940.0, None, Some("dollar"), Some("the authority"));
        assert!(super::of(&money, "$1,940 a month", sentence, 0.55, &l, first) > super::of(&money, "$1,940 a month", sentence, 0.55, &l, last));
        let claim = claim_of(Some("the authority"), &["figure"]);
        assert!(super::of(&claim, sentence, sentence, 0.9, &l, first - 20) > super::of(&claim, sentence, sentence, 0.9, &l, last - 20));
        let quote = quote_of(Some("Ana Ruiz"), false);
        assert_eq!(super::of(&quote, "we are fine", "", 0.5, &l, 0), super::of(&quote, "we are fine", "", 0.5, &l, last), "a quote's lede is its speaker");
    }

    /// A quote that says something checkable ("never", "every", a number) comes before one
    /// that only voices a feeling, whoever the speakers are.
    #[test]
    fn quotes_that_state_a_checkable_fact_come_first() {
        let q = |text| of(&quote_of(Some("Marisol Ortega"), false), text, "", 0.45);
        let feeling = q("People who live here are packing up.");
        for fact in [
            "We have never seen the gap between wages and rents this wide,",
            "Every school in the county is closed.",
            "Nobody has paid a penny of compensation.",
            "Investors bought one in every five homes sold here last year.",
            "We answered 350 calls in a month.",
        ] {
            assert!(q(fact) > feeling, "{fact}");
        }
    }

    #[test]
    fn universal_words_are_sorted_with_a_header() {
        let src = include_str!("priority/universal_words.txt");
        assert!(src.starts_with('#'));
        let words: Vec<&str> = src.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).collect();
        assert!(words.windows(2).all(|w| w[0] < w[1]), "sorted, no duplicates");
        assert_eq!(universal_words().len(), words.len());
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
