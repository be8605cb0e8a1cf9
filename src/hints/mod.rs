//! Source hints: the rows of a marker's popover that send the reader somewhere useful to
//! check a finding.
//!
//! Every hint is built offline from the finding, its sentence and the article; a hint's
//! `url` is a link the reader may choose to open, never one this code fetches. Each row has
//! a stable `kind` the extension may key on:
//!
//! | kind | for | row |
//! |---|---|---|
//! | `partial` | quote | only part of the statement is quoted |
//! | `no-source` | any | the article credits no one |
//! | `hedged` | figure | what its hedge ("at least", "thousands of") means |
//! | `search-quote` | quote | the exact words with the speaker (`quote.rs`) |
//! | `search-figure` | figure | the number with its subject (`figure.rs`) |
//! | `official-source` | figure | the body that publishes such numbers (`official.rs`) |
//! | `fact-check` | claim | Google Fact Check Explorer on its key terms (`factcheck.rs`) |
//! | `fact-check-sites` | claim | the region's fact-checkers on its key terms |
//! | `search-outlet` | any | the credited outlet's own site (`outlets.rs`) |
//! | `encyclopedia` | quote, claim | Wikipedia on the credited person (`person.rs`) |
//!
//! No two rows of a finding say the same, and none repeats what the popover already shows
//! (the speaker, the cue, the value): each row is a place to look or a caution.

mod engine;
mod factcheck;
mod figure;
mod official;
mod outlets;
mod person;
mod quote;
mod region;
mod table;
mod terms;

pub use engine::Engine;
pub use region::Region;

use crate::detect::lexicon;
use crate::report::{Category, Detail, Finding, Hint};
use crate::text::tokens::plain;
use crate::text::{Document, Span};
use rustc_hash::FxHashSet as HashSet;
use std::cell::RefCell;

/// Longest label: the extension clips longer ones, so they are cut here at a word instead.
const LABEL_CHARS: usize = 140;

/// What the hints of one article share: the search engine (the reader's setting), the
/// country the article is about, and the words it writes in lower case.
#[derive(Clone, Debug)]
pub struct Context {
    /// The web search engine the links open.
    pub engine: Engine,
    /// The country whose official bodies a figure's hint names.
    pub region: Region,
    /// Words the article writes in lower case, so a capitalised first word is not a name.
    pub(crate) common: HashSet<String>,
    /// The terms of the text read last, with that text: a sentence's claim and each of its
    /// figures read the same sentence's terms one after the other (findings come sorted).
    last_terms: RefCell<Option<(String, terms::Terms)>>,
}

impl Context {
    /// The context of an article's text, with the reader's search engine.
    pub fn for_article(text: &str, engine: Engine) -> Context {
        Context::for_page(text, None, engine)
    }

    /// [`Context::for_article`] for a page whose host is `site`: the outlet's country
    /// chooses the region when the article names that country at all.
    pub fn for_page(text: &str, site: Option<&str>, engine: Engine) -> Context {
        Context { engine, region: Region::of_page(text, site), common: terms::lower_case_words(text), last_terms: RefCell::default() }
    }

    /// `read` of [`terms::Terms::in_article`] of `text`, read once for a run of findings that
    /// ask about the same text (compared by content, so it never answers for another text).
    pub(crate) fn with_terms<R>(&self, text: &str, read: impl FnOnce(&terms::Terms) -> R) -> R {
        let mut last = self.last_terms.borrow_mut();
        match &*last {
            Some((t, terms)) if t == text => read(terms),
            _ => {
                let terms = terms::Terms::in_article(text, &self.common);
                let out = read(&terms);
                *last = Some((text.to_string(), terms));
                out
            }
        }
    }
}

/// Every finding's hints built again for the reader's search engine: the report is built
/// with [`Engine::default`], and the extension passes the reader's setting (the wasm API's
/// `engine` option). `spans[i]` is `findings[i]`'s byte span in `doc`. Each finding's
/// sentence is found as the report's builder finds it, so only the engine changes.
pub fn for_engine(findings: &mut [Finding], spans: &[Span], doc: &Document, engine: Engine) {
    if findings.is_empty() {
        return;
    }
    let ctx = Context::for_article(&doc.text, engine);
    for (finding, span) in findings.iter_mut().zip(spans) {
        let sentence = doc.sentence_at(span.start).map_or(finding.text.as_str(), |s| doc.slice(doc.sentences[s].span));
        finding.hints = for_finding(&finding.detail, &finding.text, sentence, &ctx);
    }
}

/// The hints for one finding: its detail, its text and the text of the sentence it is in
/// (the finding's own text when it is the sentence).
pub fn for_finding(detail: &Detail, text: &str, sentence: &str, ctx: &Context) -> Vec<Hint> {
    let rows = match detail {
        Detail::Quote { speaker, role, partial, .. } => {
            let mut rows = quote_rows(text, speaker.as_deref(), role.as_deref(), *partial, ctx);
            rows.extend(told_search(sentence, speaker.as_deref(), &format!("\"{}\"", quote::phrase(text)), "the quoted words", ctx));
            rows
        }
        Detail::Figure { category, approx, unit, source, .. } => {
            let f = FigureDetail { category: *category, approx: approx.as_deref(), unit: unit.as_deref(), source: source.as_deref() };
            figure_rows(text, &f, sentence, ctx)
        }
        Detail::Claim { source, .. } => claim_rows(text, source.as_deref(), ctx),
    };
    distinct(rows)
}

fn quote_rows(text: &str, speaker: Option<&str>, role: Option<&str>, partial: bool, ctx: &Context) -> Vec<Hint> {
    let speaker = speaker.map(person::speaker_proper);
    let mut rows = Vec::new();
    if partial {
        rows.push(note("partial", "Only part of the statement is quoted: read the full remarks for context."));
    }
    if speaker.is_none() {
        rows.push(note("no-source", "The article does not say who said this."));
    }
    let is_person = speaker.is_some_and(person::is_person);
    rows.push(quote::search(text, speaker, is_person, ctx.engine));
    if let Some(s) = speaker {
        rows.extend(outlet_search(s, &format!("\"{}\"", quote::phrase(text)), "the quoted words", ctx));
        rows.extend(person::encyclopedia(s, role));
    }
    rows
}

/// The parts of a figure's detail its rows need.
struct FigureDetail<'a> {
    category: Category,
    approx: Option<&'a str>,
    unit: Option<&'a str>,
    source: Option<&'a str>,
}

/// Figures an official body publishes: amounts, not years, dates, ordinals or ages.
fn checkable(category: Category) -> bool {
    matches!(category, Category::Count | Category::Percent | Category::Money | Category::Measure | Category::Range | Category::Temperature)
}

fn figure_rows(text: &str, f: &FigureDetail<'_>, sentence: &str, ctx: &Context) -> Vec<Hint> {
    let FigureDetail { category, approx, unit, source } = *f;
    let mut rows = Vec::new();
    if source.is_none() && !credits_someone(sentence) {
        rows.push(note("no-source", "The article names no source for this figure."));
    }
    rows.extend(figure::hedged(approx, text));
    if !figure::too_bare(category, figure::core(text, approx), unit) {
        rows.push(figure::search(text, approx, source, sentence, ctx));
    }
    // A figure credited to an official body ("…, the Bureau of Labor Statistics said") is
    // checked at that body; another body's figures would be a second opinion.
    if checkable(category) && !source.is_some_and(person::is_official_body) && publishable(category, unit, figure::voice(sentence, text)) {
        // Only a counted noun says what a figure is about; "percent" or "kilometer" does not.
        let counted = unit.filter(|_| matches!(category, Category::Count | Category::Range));
        // The figure's own clause names its topic; only a statistic (a share, an amount of
        // money, a count of something) reads the wider sentence, in its own voice, when its
        // clause names none: a duration, a temperature or a bare number is about what its
        // clause says.
        let statistic = counted.is_some() || matches!(category, Category::Percent | Category::Money);
        let contexts = [figure::clause(sentence, text), figure::near(figure::voice(sentence, text), text)];
        let contexts = if statistic { &contexts[..] } else { &contexts[..1] };
        rows.extend(official::hint(text, counted, contexts, sentence, ctx.region, category == Category::Money));
    }
    if let Some(s) = source {
        let shown = text.trim();
        rows.extend(outlet_search(s, &format!("\"{shown}\""), &format!("\u{201c}{shown}\u{201d}"), ctx));
    }
    rows
}

/// Words of a speaker's own experience: a figure said in them ("we lost about a third of
/// the crop", "my rent rose 40%") is an anecdote, not a statistic a body publishes.
const FIRST_PERSON: [&str; 8] = ["i", "i'm", "i've", "me", "my", "our", "us", "we"];

/// Whether a figure's unit is a stretch of time ("minutes", "years", "day"): one time noun,
/// not a rate that ends in one ("miles per hour", "tonnes a year").
pub(crate) fn is_duration_unit(unit: &str) -> bool {
    let mut words = unit.split_whitespace();
    let (Some(only), None) = (words.next(), words.next()) else { return false };
    lexicon::time_nouns().contains(only.to_lowercase().as_str())
}

/// Whether a figure is of the kind an official body publishes: not a stretch of time ("a
/// 20-year low", "for six years": it qualifies the statistic or tells a life) and not a
/// number in the speaker's own experience (`voice`, the figure's stretch of its sentence in
/// the words of whoever says it).
fn publishable(category: Category, unit: Option<&str>, voice: &str) -> bool {
    let duration = category == Category::Measure && unit.is_some_and(is_duration_unit);
    let own = plain::words(voice, &['\'', '\u{2019}']).any(|w| {
        // Lower-cased without a copy when it is lower case already; straightened only
        // when it holds a curly apostrophe (each word of every figure's voice is asked).
        let lower = crate::text::words::lower(w);
        if lower.contains('\u{2019}') {
            FIRST_PERSON.contains(&&*lower.replace('\u{2019}', "'"))
        } else {
            FIRST_PERSON.contains(&&*lower)
        }
    });
    !duration && !own
}

fn claim_rows(text: &str, source: Option<&str>, ctx: &Context) -> Vec<Hint> {
    let mut rows = Vec::new();
    if source.is_none() && !credits_someone(text) {
        rows.push(note("no-source", "The article names no source for this claim."));
    }
    let person = source.filter(|s| person::is_person(s));
    // A source that is neither a person nor an outlet describes who claims it ("immigrant
    // rights groups in Chicago"): its words belong to what the claim is about.
    // Only when the claim does not already say it: "Farm groups called the package too small"
    // queried as "Farm groups: Farm groups called …" read the second "Farm" as a name and
    // gave "groups Farm package".
    let described = source.filter(|s| person.is_none() && outlets::domain(s).is_none() && !text.contains(*s));
    // The claim's own terms, read once: its query and, without a described source, the
    // query about it are both made of them.
    let (query, own) = ctx.with_terms(text, |own_terms| {
        let query = match described {
            Some(d) => factcheck::query(&format!("{d}: {text}"), person, &ctx.common),
            None => factcheck::query_of(own_terms, person),
        };
        (query, source.map(|_| factcheck::query_of(own_terms, None)))
    });
    rows.extend(factcheck::hints(&query, ctx.region, ctx.engine));
    if let (Some(s), Some(own)) = (source, own) {
        if own.split_whitespace().count() >= 2 {
            let what = format!("\u{201c}{own}\u{201d}");
            rows.extend(outlet_search(s, &own, &what, ctx));
            rows.extend(told_search(text, Some(s), &own, &what, ctx));
        }
        // The words before the name may say the person is private ("her neighbour Linda
        // Park"); the office a label shows comes from the apposition after it.
        if !person::described_as_private(text, s) {
            rows.extend(person::encyclopedia(s, person::described_in(text, s)));
        }
    }
    rows
}

/// Whether a credited name is a news outlet's ("the Huffington Post", "AP"): what the
/// article relays from it is second-hand.
pub(crate) fn is_outlet(name: &str) -> bool {
    outlets::domain(name).is_some()
}

/// Whether a credited source is a body ("the regional housing authority", "the Civil
/// Aviation Authority"), not a person: what priority favours as a statistic to look up.
pub(crate) fn is_institution(name: &str) -> bool {
    person::is_institution(name)
}

/// Whether a text credits someone in words the detectors did not resolve to a source ("The
/// Chicago Tribune pointed out that …"): then "no source" would be a wrong detail shown as fact.
pub(crate) fn credits_someone(text: &str) -> bool {
    // A report asks this of a sentence for its hints, again for its priority, and again for
    // every figure it holds: the last answer is kept with the text it answers (compared by
    // content, so it can never answer for another text).
    thread_local! {
        static LAST: std::cell::RefCell<(String, bool)> = const { std::cell::RefCell::new((String::new(), false)) };
    }
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        if last.0 != text {
            last.1 = reads_as_credit(text);
            last.0.clear();
            last.0.push_str(text);
        }
        last.1
    })
}

/// [`credits_someone`], worked out.
fn reads_as_credit(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = plain::words(&lower, &[]).collect();
    // A phrase counts word for word: each word looks up only the phrases it opens.
    let opens = |at: &[&str], phrase: &str| {
        let mut rest = at.iter();
        phrase.split(' ').all(|part| rest.next() == Some(&part))
    };
    words.iter().any(|w| lexicon::reporting_verbs().contains(w))
        || (0..words.len()).any(|i| lexicon::reporting_phrases().starting_with_word(words[i]).any(|p| opens(&words[i..], p)))
}

/// A search of the site of the outlet a speaker spoke to ("told Reuters", "in an interview
/// with CNN"), where the full interview is; none when the speaker is that outlet.
fn told_search(sentence: &str, speaker: Option<&str>, query: &str, what: &str, ctx: &Context) -> Option<Hint> {
    let (name, domain) = outlets::told(sentence, ctx.region)?;
    if speaker.and_then(|s| outlets::domain_in(s, ctx.region)) == Some(domain) {
        return None;
    }
    Some(site_search(&name, domain, query, what, ctx))
}

/// A search of the credited outlet's own site, when the name is an outlet's.
fn outlet_search(name: &str, query: &str, what: &str, ctx: &Context) -> Option<Hint> {
    let domain = outlets::domain_in(name, ctx.region)?;
    Some(site_search(name, domain, query, what, ctx))
}

fn site_search(name: &str, domain: &str, query: &str, what: &str, ctx: &Context) -> Hint {
    Hint {
        kind: "search-outlet".into(),
        label: clip_label(&format!("Search {domain} ({}) for {what}", name.trim())),
        url: Some(ctx.engine.search_url(&format!("site:{domain} {query}"))),
    }
}

fn note(kind: &str, label: &str) -> Hint {
    Hint { kind: kind.into(), label: label.into(), url: None }
}

/// The rows without any that repeats an earlier row's label or link.
fn distinct(rows: Vec<Hint>) -> Vec<Hint> {
    let mut out: Vec<Hint> = Vec::with_capacity(rows.len());
    for row in rows {
        let repeats = out.iter().any(|o| o.label == row.label || (row.url.is_some() && o.url == row.url));
        if !repeats {
            out.push(row);
        }
    }
    out
}

/// A label cut at a word to [`LABEL_CHARS`], closing a quotation it cuts into.
fn clip_label(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        return label.to_string();
    }
    let mut out = String::new();
    for word in label.split(' ') {
        if out.chars().count() + word.chars().count() + 3 > LABEL_CHARS {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push('\u{2026}');
    if out.matches('\u{201c}').count() > out.matches('\u{201d}').count() {
        out.push('\u{201d}');
    }
    out
}

/// Percent-encoding for a URL query value (RFC 3986 unreserved characters pass, space is `+`).
fn encode_query(s: &str) -> String {
    encode(s, "+")
}

/// Percent-encoding for a URL path segment (space is `%20`).
fn encode_path(s: &str) -> String {
    encode(s, "%20")
}

fn encode(s: &str, space: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            b' ' => out.push_str(space),
            _ => {
                // "%XX" written in place: a `format!` a byte was most of a link's cost.
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(HEX[usize::from(b >> 4)] as char);
                out.push(HEX[usize::from(b & 15)] as char);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "Chicago Mayor Lori Lightfoot spoke in the United States. Congress and the White House agreed.";

    /// The word-for-word phrase lookup says what a search of the joined words said.
    #[test]
    fn credits_someone_agrees_with_a_search_of_the_joined_words() {
        let search = |text: &str| {
            let lower = text.to_lowercase();
            let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            words.iter().any(|w| lexicon::reporting_verbs().contains(w))
                || lexicon::reporting_phrases().entries().iter().any(|p| format!(" {} ", words.join(" ")).contains(&format!(" {p} ")))
        };
        let mut texts: Vec<String> = vec![ARTICLE.into(), "".into(), "The sky, as is well known, is blue.".into()];
        for p in lexicon::reporting_phrases().entries() {
            texts.push(format!("The city, {p} the report, spent more."));
            texts.push(p.to_uppercase());
            texts.push(p.replace(' ', "-"));
            texts.push(p.split(' ').next().unwrap_or("").to_string());
            texts.push(format!("{p}{p}"));
        }
        for t in &texts {
            assert_eq!(credits_someone(t), search(t), "{t:?}");
        }
    }

    fn ctx() -> Context {
        Context::for_article(ARTICLE, Engine::default())
    }

    fn kinds(rows: &[Hint]) -> Vec<&str> {
        rows.iter().map(|h| h.kind.as_str()).collect()
    }

    fn quote(speaker: Option<&str>, role: Option<&str>, partial: bool) -> Detail {
        Detail::Quote { speaker: speaker.map(Into::into), role: role.map(Into::into), cue: Some("said".into()), partial }
    }

    fn figure(category: Category, approx: Option<&str>, unit: Option<&str>, source: Option<&str>) -> Detail {
        // Built from JSON, as the report reads, so fields the figures detector adds (with
        // their defaults) need no change here.
        let json = serde_json::json!({"kind": "figure", "category": category, "value": null, "approx": approx, "unit": unit, "source": source});
        serde_json::from_value(json).unwrap()
    }

    #[test]
    fn a_person_s_quote_searches_the_words_and_looks_the_person_up() {
        let d = quote(Some("Mark Morgan"), Some("ICE director"), true);
        let rows = for_finding(&d, "really jeopardized the safety of law enforcement officers.", "", &ctx());
        assert_eq!(kinds(&rows), ["partial", "search-quote", "encyclopedia"]);
        assert_eq!(rows[0].label, "Only part of the statement is quoted: read the full remarks for context.");
        assert_eq!(rows[1].label, "Search DuckDuckGo for the exact quote and its speaker, Mark Morgan");
        assert_eq!(rows[1].url.as_deref(), Some("https://duckduckgo.com/?q=%22really+jeopardized+the+safety+of+law+enforcement+officers%22+Mark+Morgan"));
        assert_eq!(rows[2].label, "Look up Mark Morgan (ICE director) on Wikipedia");
    }

    #[test]
    fn an_outlet_s_quote_searches_the_outlet_s_site() {
        let d = quote(Some("the Huffington Post"), None, true);
        let rows = for_finding(&d, "in at least 10 major cities, including Miami, Los Angeles and Chicago.", "", &ctx());
        assert_eq!(kinds(&rows), ["partial", "search-quote", "search-outlet"]);
        assert_eq!(rows[2].label, "Search huffpost.com (the Huffington Post) for the quoted words");
        assert_eq!(
            rows[2].url.as_deref(),
            Some("https://duckduckgo.com/?q=site%3Ahuffpost.com+%22in+at+least+10+major+cities%2C+including+Miami%2C+Los+Angeles+and+Chicago%22")
        );
    }

    #[test]
    fn an_unattributed_quote_says_so() {
        let rows = for_finding(&quote(None, None, false), "we will win", "", &ctx());
        assert_eq!(kinds(&rows), ["no-source", "search-quote"]);
        assert_eq!(rows[0].label, "The article does not say who said this.");
        assert!(rows[0].url.is_none());
    }

    #[test]
    fn a_figure_gets_its_caution_its_subject_search_and_the_official_body() {
        let sentence = "Last month, President Trump announced he had delayed an operation aimed at deporting thousands of immigrants illegally residing in the United States.";
        let d = figure(Category::Count, Some("thousands of"), Some("immigrants"), Some("Trump"));
        let rows = for_finding(&d, "thousands of immigrants", sentence, &ctx());
        assert_eq!(kinds(&rows), ["hedged", "search-figure", "official-source"]);
        assert_eq!(rows[0].label, "The amount is vague (\u{201c}thousands of\u{201d}): it gives an order of magnitude, not a count.");
        assert_eq!(rows[1].label, "Search DuckDuckGo for \u{201c}thousands of immigrants\u{201d} with President Trump, operation and United States");
        assert_eq!(rows[2].label, "Compare with the official figures from the Office of Homeland Security Statistics");
        assert_eq!(rows[2].url.as_deref(), Some("https://ohss.dhs.gov/"));
    }

    #[test]
    fn an_unsourced_figure_says_so_and_an_outlet_s_figure_searches_its_site() {
        let d = figure(Category::Year, None, None, None);
        let rows = for_finding(&d, "since 1998", "Unemployment has fallen since 1998.", &ctx());
        assert_eq!(kinds(&rows), ["no-source", "search-figure"], "a year is no official statistic");

        let d = figure(Category::Percent, Some("nearly"), Some("%"), None);
        let rows = for_finding(&d, "nearly 40%", "Unemployment rose to nearly 40% in the city.", &ctx());
        assert_eq!(kinds(&rows), ["no-source", "hedged", "search-figure", "official-source"]);
        assert_eq!(rows[0].label, "The article names no source for this figure.");
        assert_eq!(rows[3].label, "Compare with the official figures from the Bureau of Labor Statistics (Current Population Survey)");

        let d = figure(Category::Money, None, None, Some("Reuters"));
        let rows = for_finding(&d, "A$1.2 billion", "The plan costs A$1.2 billion, Reuters reported.", &ctx());
        assert_eq!(kinds(&rows), ["search-figure", "search-outlet"]);
        assert_eq!(rows[1].label, "Search reuters.com (Reuters) for \u{201c}A$1.2 billion\u{201d}");
        assert_eq!(rows[1].url.as_deref(), Some("https://duckduckgo.com/?q=site%3Areuters.com+%22A%241.2+billion%22"));
    }

    /// The official body a figure of `sentence` gets in an article of that sentence alone.
    fn official_body(category: Category, text: &str, unit: Option<&str>, sentence: &str) -> Option<String> {
        let ctx = Context::for_article(sentence, Engine::default());
        let rows = for_finding(&figure(category, None, unit, None), text, sentence, &ctx);
        rows.into_iter().find(|h| h.kind == "official-source").map(|h| h.label.replace("Compare with the official figures from ", ""))
    }

    #[test]
    fn a_figure_s_body_follows_its_own_clause_not_words_elsewhere() {
        let none = [
            // A speaker's role before the quote.
            (Category::Measure, "45 years", Some("years"), "Retired teacher Maureen Pike said: 'We've lived here for 45 years.'"),
            (Category::Measure, "25 years", Some("years"), "Dr Amira Khan, an infectious disease specialist in Toronto, has practised for 25 years."),
            (
                Category::Measure,
                "60 years",
                Some("years"),
                "Long-time schools inspector Greg Hollis says his family has farmed the block near Dubbo for 60 years.",
            ),
            (Category::Percent, "30%", Some("%"), "Dairy farmer Tom Bell told the paper: \u{201c}We lost 30% of our savings.\u{201d}"),
            // A policy named later in the sentence.
            (Category::Count, "64", None, "At Holyrood, MSPs voted 64 to 58 against the Scottish government's plans for rent controls."),
            (Category::Count, "212", None, "The Lok Sabha passed the bill by 212 to 98 after a debate on rising inflation."),
            (Category::Count, "51", None, "Senators voted 51 to 49 on Thursday to confirm the nominee, who has promised to cut federal spending."),
            // A temperature on another world, or in a body.
            (
                Category::Temperature,
                "around -47C",
                None,
                "The exoplanet, which orbits a red dwarf star, has a surface temperature of around -47C, astronomers said.",
            ),
            (Category::Temperature, "-63C", None, "Nasa's rover measured an average temperature of -63C on Mars."),
            (Category::Temperature, "39.5C", None, "The boy was taken to hospital in Leeds with a fever and a body temperature of 39.5C."),
        ];
        for (category, text, unit, sentence) in none {
            assert_eq!(official_body(category, text, unit, sentence), None, "{sentence}");
        }
        let some = [
            (
                Category::Percent,
                "4.1%",
                "At Holyrood, MSPs voted 64 to 58 against plans for rent controls, as Scottish unemployment held at 4.1%.",
                "the Office for National Statistics (unemployment)",
            ),
            (
                Category::Percent,
                "4.1%",
                "The U.S. unemployment rate rose to 4.1% in May, the Labor Department said.",
                "the Bureau of Labor Statistics (Current Population Survey)",
            ),
            (
                Category::Percent,
                "5.2%",
                "Unemployment in Canada, which had fallen for months, rose to 5.2% in June.",
                "Statistics Canada (Labour Force Survey)",
            ),
            (Category::Percent, "3.2%", "Inflation in Britain rose to 3.2% in March, the highest in a year.", "the Office for National Statistics (inflation)"),
            (
                Category::Percent,
                "3.8%",
                "Consumer prices in Australia rose 3.8% from a year earlier.",
                "the Australian Bureau of Statistics (price indexes and inflation)",
            ),
            (Category::Percent, "1.9%", "Average house prices in England rose 1.9% in the year to June.", "the UK House Price Index"),
            (Category::Money, "\u{a3}9bn", "Tax revenue from fuel duty in the UK fell to \u{a3}9bn last year.", "HM Revenue and Customs"),
            (Category::Temperature, "41C", "Temperatures in London reached 41C on Tuesday.", "the Met Office"),
            (
                Category::Money,
                "\u{a3}285,000",
                "The average house price in Britain rose by 1.7% to \u{a3}285,000 in the year to January.",
                "the UK House Price Index",
            ),
        ];
        for (category, text, sentence, body) in some {
            assert_eq!(official_body(category, text, None, sentence).as_deref(), Some(body), "{sentence}");
        }
    }

    /// An official body is suggested for a statistic of the kind it publishes: not for a
    /// number in someone's own experience, not for a stretch of time, and not for a figure
    /// credited to an international body (a national office, chosen by another country the
    /// article names, would be a second opinion on the wrong place).
    #[test]
    fn anecdotes_durations_and_international_bodies_figures_get_no_official_body() {
        let anecdotes = [
            (Category::Count, "about a third", None, "\"We planted late and lost about a third of the crop anyway.\""),
            (Category::Percent, "40%", None, "\"My rent rose 40% in one year,\" said a tenant in Leeds."),
            (Category::Count, "1,800 engineers", Some("engineers"), "\"We have 1,800 engineers on standby,\" the company said."),
            (Category::Money, "\u{a3}300", None, "I\u{2019}ve paid \u{a3}300 more for heating in Britain this winter."),
        ];
        let durations = [
            (Category::Measure, "20-year", Some("year"), "Wheat harvest falls to 20-year low as drought grips the plains"),
            (Category::Measure, "six years", Some("years"), "Unemployment among the union's members has not fallen in six years."),
            (Category::Measure, "more than 15 minutes", Some("minutes"), "Flights at UK airports left more than 15 minutes late."),
        ];
        for (category, text, unit, sentence) in anecdotes.into_iter().chain(durations) {
            assert_eq!(official_body(category, text, unit, sentence), None, "{sentence}");
        }
        // A rate is no stretch of time; the same figures told as statistics keep their body.
        assert!(is_duration_unit("years") && is_duration_unit("Day") && !is_duration_unit("miles per hour") && !is_duration_unit("tonnes a year"));
        assert!(official_body(Category::Percent, "40%", None, "Rents in Britain rose 40% in one year.").is_some());
        assert!(official_body(Category::Percent, "5.2%", None, "Unemployment in Canada rose to 5.2% in June.").is_some());
        // A WHO figure in an article that names Australia (a funder): no Australian office.
        let sentence = "Malaria killed 608,000 people in 2022, according to the WHO, in a study funded by the Australian government.";
        let ctx = Context::for_article(sentence, Engine::default());
        for source in ["WHO", "the World Health Organization"] {
            let rows = for_finding(&figure(Category::Count, None, Some("people"), Some(source)), "608,000 people", sentence, &ctx);
            assert!(!rows.iter().any(|h| h.kind == "official-source"), "{source}: {rows:?}");
        }
    }

    #[test]
    fn a_country_s_own_statistics_office_publishes_its_national_figures() {
        let cases = [
            ("6.9%", "Kenya's inflation rose to 6.9% in October, pushed up by fuel costs in Nairobi.", "the Kenya National Bureau of Statistics"),
            (
                "5.1%",
                "India's unemployment rate fell to 5.1% in the quarter, as hiring in Delhi picked up.",
                "the Ministry of Statistics and Programme Implementation (MoSPI)",
            ),
            ("1.9%", "Philippine inflation eased to 1.9% in September, data from Manila showed.", "the Philippine Statistics Authority"),
            ("33.2%", "South Africa's unemployment rate rose to 33.2% in the second quarter.", "Statistics South Africa"),
            ("33.9%", "Nigeria's inflation rate climbed to 33.9% in May, Abuja said.", "the National Bureau of Statistics (Nigeria)"),
            ("2.5%", "Pakistan's GDP grew 2.5% in the fiscal year, officials in Islamabad said.", "the Pakistan Bureau of Statistics"),
            ("0.3%", "Germany's GDP shrank 0.3% in the second quarter.", "Destatis, the Federal Statistical Office of Germany"),
            ("4.3%", "Ireland's unemployment rate was 4.3% in June.", "the Central Statistics Office (Ireland)"),
            ("1.7%", "New Zealand's population grew 1.7% last year.", "Stats NZ"),
            ("2.4%", "Singapore's inflation slowed to 2.4% in June.", "the Singapore Department of Statistics (SingStat)"),
        ];
        for (text, sentence, body) in cases {
            assert_eq!(official_body(Category::Percent, text, None, sentence).as_deref(), Some(body), "{sentence}");
        }
        // A topic no such office publishes keeps the international body.
        assert_eq!(
            official_body(Category::Percent, "2%", None, "Singapore's unemployment rate held at 2%.").as_deref(),
            Some("the International Labour Organization (ILOSTAT)")
        );
    }

    #[test]
    fn a_claim_gets_fact_checks_on_its_key_terms_and_its_source() {
        let d = Detail::Claim { source: Some("President Trump".into()), cue: Some("announced".into()), reasons: vec!["figure".into()] };
        let text = "he had delayed an operation aimed at deporting thousands of immigrants illegally residing in the United States";
        let rows = for_finding(&d, text, text, &ctx());
        assert_eq!(kinds(&rows), ["fact-check", "fact-check-sites", "encyclopedia"]);
        assert_eq!(rows[0].label, "Search Google Fact Check Explorer for \u{201c}President Trump operation thousands immigrants United States\u{201d}");
        assert_eq!(rows[2].label, "Look up President Trump on Wikipedia");
        let d = Detail::Claim { source: Some("Trump".into()), cue: Some("announced".into()), reasons: vec!["figure".into()] };
        let text = "he had delayed an operation aimed at deporting thousands of immigrants illegally residing in the United States";
        let rows = for_finding(&d, text, text, &ctx());
        assert_eq!(kinds(&rows), ["fact-check", "fact-check-sites"]);
        assert_eq!(rows[0].label, "Search Google Fact Check Explorer for \u{201c}Trump operation thousands immigrants United States\u{201d}");
        assert!(!rows[0].label.contains("\u{201c}he "), "never the first words with their pronoun");

        let d = Detail::Claim { source: Some("The New York Times".into()), cue: Some("reported".into()), reasons: vec![] };
        let text = "nationwide deportation raids were back on and set to begin Sunday";
        let rows = for_finding(&d, text, text, &ctx());
        assert_eq!(kinds(&rows), ["fact-check", "fact-check-sites", "search-outlet"]);
        assert_eq!(rows[0].label, "Search Google Fact Check Explorer for \u{201c}nationwide deportation raids\u{201d}");
        assert_eq!(rows[2].label, "Search nytimes.com (The New York Times) for \u{201c}nationwide deportation raids\u{201d}");
        assert_eq!(rows[2].url.as_deref(), Some("https://duckduckgo.com/?q=site%3Anytimes.com+nationwide+deportation+raids"));

        let d = Detail::Claim { source: Some("several immigrant rights groups in Chicago".into()), cue: None, reasons: vec![] };
        let rows = for_finding(&d, "the mayor isn't doing enough", "", &ctx());
        assert_eq!(kinds(&rows), ["fact-check", "fact-check-sites"]);
        assert_eq!(rows[0].label, "Search Google Fact Check Explorer for \u{201c}immigrant rights groups Chicago mayor\u{201d}");
        // A source the claim already names is not said twice (its second, capitalised, copy
        // read as a name and came out of order).
        for (source, text) in [
            ("Farm groups", "Farm groups called the package too small."),
            ("Tenants", "Tenants say they are being priced out of the city centre."),
            ("Residents of Hollis", "Residents of Hollis said the water tasted of chlorine for weeks."),
        ] {
            let d = Detail::Claim { source: Some(source.into()), cue: None, reasons: vec![] };
            let ctx = Context::for_article(&format!("{text} A farm and tenants."), Engine::default());
            let rows = for_finding(&d, text, text, &ctx);
            let query = rows[0].label.to_lowercase();
            let first = source.split_whitespace().next().unwrap().to_lowercase();
            assert_eq!(query.matches(&first).count(), 1, "{query}");
        }
        let d = Detail::Claim { source: Some("Farm groups".into()), cue: None, reasons: vec![] };
        let text = "Farm groups called the package too small.";
        let rows = for_finding(&d, text, text, &Context::for_article("Farm groups called the package too small. A farm.", Engine::default()));
        assert_eq!(rows[0].label, "Search Google Fact Check Explorer for \u{201c}farm groups package\u{201d}");

        let d = Detail::Claim { source: None, cue: None, reasons: vec![] };
        let text = "The Chicago Tribune pointed out that the operation is similar to ones conducted since 2003.";
        let rows = for_finding(&d, text, text, &ctx());
        assert!(!kinds(&rows).contains(&"no-source"), "the sentence credits the Tribune: no wrong \"no source\"");

        let rows = for_finding(&d, "It is.", "It is.", &ctx());
        assert_eq!(kinds(&rows), ["no-source"], "too few terms for a fact-check search");
        assert_eq!(rows[0].label, "The article names no source for this claim.");
    }

    #[test]
    fn the_engine_setting_changes_every_search_link() {
        let google = Context { engine: Engine::Google, ..ctx() };
        let d = quote(Some("Lori Lightfoot"), None, false);
        let rows = for_finding(&d, "we will win", "", &google);
        assert_eq!(rows[0].label, "Search Google for the exact quote and its speaker, Lori Lightfoot");
        assert_eq!(rows[0].url.as_deref(), Some("https://www.google.com/search?q=%22we+will+win%22+Lori+Lightfoot"));
    }

    #[test]
    fn no_two_rows_repeat_a_label_or_a_link() {
        let a = Hint { kind: "a".into(), label: "x".into(), url: Some("u".into()) };
        let b = Hint { kind: "b".into(), label: "y".into(), url: Some("u".into()) };
        let c = Hint { kind: "c".into(), label: "x".into(), url: None };
        let d = Hint { kind: "d".into(), label: "z".into(), url: None };
        assert_eq!(kinds(&distinct(vec![a, b, c, d])), ["a", "d"]);
    }

    #[test]
    fn long_labels_are_cut_at_a_word_and_keep_their_quotes_closed() {
        let long = format!("Search for \u{201c}{}\u{201d}", "word ".repeat(40).trim());
        let cut = clip_label(&long);
        assert!(cut.chars().count() <= LABEL_CHARS, "{cut}");
        assert!(cut.ends_with("\u{2026}\u{201d}"), "{cut}");
        assert_eq!(clip_label("short"), "short");
    }

    #[test]
    fn encoding_is_utf8_percent() {
        assert_eq!(encode_query("caf\u{e9} \u{201c}x\u{201d}"), "caf%C3%A9+%E2%80%9Cx%E2%80%9D");
        assert_eq!(encode_path("a b/c"), "a%20b%2Fc");
    }
}
