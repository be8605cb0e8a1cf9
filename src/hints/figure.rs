//! A figure's rows: what its hedge means, and a search for the number with its subject.

use super::terms::{self, Class};
use super::{clip_label, outlets, Context, Hint};
use crate::detect::lexicon;
use crate::report::Category;

/// The subject of a figure: its nouns first, then the names and numbers around it.
const ORDER: [Class; 3] = [Class::Noun, Class::Name, Class::Number];
/// Words of subject besides the figure itself.
const BUDGET: usize = 5;
/// Words either side of a figure that say what it counts (for its topic).
const CONTEXT_WORDS: usize = 10;

/// The words of `sentence` within [`CONTEXT_WORDS`] of the figure `text` (the whole sentence
/// when the figure is not found in it): the topic of a figure is in its clause, not in a
/// long sentence's other clauses ("opened fire … at least 19 people" is no wildfire).
pub(crate) fn near<'a>(sentence: &'a str, text: &str) -> &'a str {
    let t = text.trim();
    let Some(at) = sentence.find(t).filter(|_| !t.is_empty()) else { return sentence };
    let starts: Vec<usize> = word_starts(sentence);
    let first = starts.iter().rposition(|&w| w < at).map_or(0, |i| i.saturating_sub(CONTEXT_WORDS - 1));
    let from = starts.get(first).copied().unwrap_or(0).min(at);
    let end = at + t.len();
    let to = starts.iter().filter(|&&w| w >= end).nth(CONTEXT_WORDS).copied().unwrap_or(sentence.len());
    sentence[from..to].trim_end()
}

/// Words before a figure in its own clause: its subject and verb ("the average house price
/// rose by 1.7% to"), not a clause about something else.
const CLAUSE_BEFORE: usize = 8;
/// Words after a figure in its own clause: what it counts ("patients with measles").
const CLAUSE_AFTER: usize = 5;

/// The figure `text` with at most [`CLAUSE_BEFORE`] words before it and [`CLAUSE_AFTER`] after, not crossing a
/// clause break (a comma, colon, semicolon, parenthesis, dash or quotation mark): a figure's
/// topic is named by its own clause, and a speaker's role before a quote ("Retired teacher Ann
/// Cole said: 'We've lived here for 45 years'") or a policy later in the sentence ("voted 64
/// to 58 against plans for rent controls") says nothing of it. The whole sentence when the
/// figure is not found in it.
pub(crate) fn clause<'a>(sentence: &'a str, text: &str) -> &'a str {
    let t = text.trim();
    let Some(at) = sentence.find(t).filter(|_| !t.is_empty()) else { return sentence };
    let end = at + t.len();
    let from = sentence[..at].char_indices().rfind(|&(i, c)| breaks_clause(sentence, i, c)).map_or(0, |(i, c)| i + c.len_utf8());
    let to = sentence[end..].char_indices().find(|&(i, c)| breaks_clause(sentence, end + i, c)).map_or(sentence.len(), |(i, _)| end + i);
    // Words counted within the clause: one opened by a quotation mark starts after it.
    let before = word_starts(&sentence[from..at]);
    let from = before.get(before.len().saturating_sub(CLAUSE_BEFORE)).map_or(at, |w| from + w);
    let to = word_starts(&sentence[end..to]).get(CLAUSE_AFTER).map_or(to, |w| end + w);
    sentence[from..to].trim()
}

/// Whether the character `c` at byte `i` of `s` ends a clause: a comma or colon before a space
/// (not "2,000" or "10:30"), a semicolon, parenthesis or dash, or a quotation mark.
fn breaks_clause(s: &str, i: usize, c: char) -> bool {
    match c {
        ',' | ':' => s[i + c.len_utf8()..].chars().next().is_none_or(char::is_whitespace),
        ';' | '(' | ')' | '[' | ']' | '\u{2014}' | '\u{2013}' => true,
        _ => quotation_mark(s, i, c),
    }
}

/// Whether the character `c` at byte `i` of `s` opens or closes a quotation: a double mark,
/// or a single one that opens a quote or closes it after punctuation (not "We've").
fn quotation_mark(s: &str, i: usize, c: char) -> bool {
    let next = s[i + c.len_utf8()..].chars().next();
    let prev = s[..i].chars().next_back();
    match c {
        '"' | '\u{201c}' | '\u{201d}' | '\u{ab}' | '\u{bb}' => true,
        '\'' | '\u{2018}' | '\u{2019}' => {
            prev.is_none_or(|p| p.is_whitespace() || p.is_ascii_punctuation())
                || (next.is_none_or(char::is_whitespace) && prev.is_some_and(|p| !p.is_alphanumeric()))
        }
        _ => false,
    }
}

/// The stretch of `sentence` in the figure's own voice: inside its quotation, or between the
/// quotations around it. A speaker's words say nothing of the reporter's words about the
/// speaker ("Dairy farmer Tom Bell said: 'We lost 30% of our savings'" is no farm statistic).
pub(crate) fn voice<'a>(sentence: &'a str, text: &str) -> &'a str {
    let t = text.trim();
    let Some(at) = sentence.find(t).filter(|_| !t.is_empty()) else { return sentence };
    let end = at + t.len();
    let from = sentence[..at].char_indices().rfind(|&(i, c)| quotation_mark(sentence, i, c)).map_or(0, |(i, c)| i + c.len_utf8());
    let to = sentence[end..].char_indices().find(|&(i, c)| quotation_mark(sentence, end + i, c)).map_or(sentence.len(), |(i, _)| end + i);
    &sentence[from..to]
}

/// The byte offsets where the words of `s` start.
fn word_starts(s: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut in_word = false;
    for (i, c) in s.char_indices() {
        if !c.is_whitespace() && !in_word {
            out.push(i);
        }
        in_word = !c.is_whitespace();
    }
    out
}

/// What a hedge or comparator does to a figure.
#[derive(Debug, PartialEq, Eq)]
enum Hedge {
    /// "about", "nearly": the number is rounded.
    Approximate,
    /// "at least", "more than": the real number is higher.
    Lower,
    /// "up to", "less than": the real number is lower.
    Upper,
    /// "thousands of", "dozens of": only an order of magnitude.
    Vague,
    /// A word the hedge tables do not know.
    Other,
}

const VAGUE_WORDS: [&str; 9] = ["dozens", "hundreds", "thousands", "millions", "billions", "trillions", "scores", "tens", "several"];

fn hedge(approx: &str) -> Option<Hedge> {
    let lower = approx.trim().to_lowercase();
    if lower.split_whitespace().any(|w| VAGUE_WORDS.contains(&w)) {
        return Some(Hedge::Vague);
    }
    meaning(hedge_kinds().get(lower.as_str()).copied())
}

/// The hedge tables' phrases with their direction words, read once: the first entry of a
/// phrase counts, as a scan of the tables in order would find it.
fn hedge_kinds() -> &'static rustc_hash::FxHashMap<&'static str, &'static str> {
    static CELL: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, &'static str>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| {
        let mut kinds = rustc_hash::FxHashMap::default();
        for e in [lexicon::hedges(), lexicon::hedges_after()].iter().flat_map(|l| l.entries().iter()) {
            if let Some((phrase, kind)) = e.split_once(" | ") {
                kinds.entry(phrase.trim()).or_insert(kind.trim());
            }
        }
        kinds
    })
}

/// What a hedge table's direction word means.
fn meaning(direction: Option<&str>) -> Option<Hedge> {
    match direction {
        Some("exact") => None,
        Some("approx") => Some(Hedge::Approximate),
        Some("lower") => Some(Hedge::Lower),
        Some("upper") => Some(Hedge::Upper),
        _ => Some(Hedge::Other),
    }
}

/// The hedge as the page wrote it: the report's `approx` is the hedge's plain comparator
/// ("up to" for "as much as", "more than" for "in excess of"), so the words are found again in
/// the figure's text — `approx` itself, or the longest phrase of the hedge tables with its
/// meaning that the text opens with (or, written after a number, ends with).
fn as_written<'a>(text: &'a str, approx: &'a str) -> &'a str {
    let t = text.trim();
    let lower = t.to_lowercase();
    let a = approx.trim().to_lowercase();
    // Lower-casing keeps byte offsets for the scripts the hedge tables are written in.
    if lower.len() == t.len() && !a.is_empty() {
        if let Some(at) = lower.find(&a) {
            return &t[at..at + a.len()];
        }
    }
    let Some(wanted) = hedge(approx) else { return approx };
    let written = |entries: &'static [&'static str], before: bool| {
        entries
            .iter()
            .filter_map(|e| {
                let mut fields = e.split(" | ").map(str::trim);
                Some((fields.next()?, fields.next()))
            })
            .filter(|(p, direction)| p.len() < lower.len() && meaning(*direction).as_ref() == Some(&wanted))
            .map(|(p, _)| p)
            .filter(|p| {
                // The hedge at the edge, and a word boundary after it (slicing only where it
                // matched: elsewhere a byte offset may fall inside a character).
                let next =
                    if before { lower.strip_prefix(*p).and_then(|r| r.chars().next()) } else { lower.strip_suffix(*p).and_then(|r| r.chars().next_back()) };
                next.is_some_and(|c| !c.is_alphanumeric())
            })
            .max_by_key(|p| p.len())
    };
    if lower.len() != t.len() {
        return approx;
    }
    match (written(lexicon::hedges().entries(), true), written(lexicon::hedges_after().entries(), false)) {
        (Some(p), _) => &t[..p.len()],
        (None, Some(p)) => &t[t.len() - p.len()..],
        (None, None) => approx,
    }
}

/// The row that says what the figure's hedge means, if it has one, in the page's words.
pub(crate) fn hedged(approx: Option<&str>, text: &str) -> Option<Hint> {
    let approx = approx?;
    let meaning = hedge(approx)?;
    let a = as_written(text, approx).trim();
    let label = match meaning {
        Hedge::Approximate => format!("The figure is approximate (\u{201c}{a}\u{201d}): the exact number may differ."),
        Hedge::Lower => format!("The figure is a lower bound (\u{201c}{a}\u{201d}): the exact number may be higher."),
        Hedge::Upper => format!("The figure is an upper bound (\u{201c}{a}\u{201d}): the exact number may be lower."),
        Hedge::Vague => format!("The amount is vague (\u{201c}{a}\u{201d}): it gives an order of magnitude, not a count."),
        Hedge::Other => format!("The figure is hedged (\u{201c}{a}\u{201d}): the exact number may differ."),
    };
    Some(Hint { kind: "hedged".into(), label, url: None })
}

/// The number as the page wrote it, without a leading hedge ("at least 10 major cities" →
/// "10 major cities") so an exact-phrase search can match other wordings of the same hedge.
pub(crate) fn core<'a>(text: &'a str, approx: Option<&str>) -> &'a str {
    let Some(a) = approx.filter(|a| !matches!(hedge(a), Some(Hedge::Vague) | None)) else { return text.trim() };
    let t = text.trim();
    let a = as_written(t, a);
    match t.get(..a.len()) {
        Some(head) if head.eq_ignore_ascii_case(a) && t.len() > a.len() => t[a.len()..].trim_start(),
        _ => t,
    }
}

/// Whether a figure is too bare to search for: an ordinal ("first", "next"), or a lone word
/// or number with nothing counted ("one", "14") — the subject alone would be the search.
pub(crate) fn too_bare(category: Category, text: &str, unit: Option<&str>) -> bool {
    category == Category::Ordinal || (unit.is_none() && text.split_whitespace().count() < 2)
}

/// The search for a figure with its subject: the figure as an exact phrase and the key
/// terms of its sentence (its counted noun's neighbours, the names around it).
pub(crate) fn search(text: &str, approx: Option<&str>, source: Option<&str>, sentence: &str, ctx: &Context) -> Hint {
    let engine = ctx.engine;
    let mut exclude = terms::words_lower(text);
    if let Some(s) = source.filter(|s| outlets::domain(s).is_some()) {
        exclude.extend(terms::words_lower(s));
    }
    let subject = ctx.with_terms(sentence, |terms| terms.pick_near(&ORDER, BUDGET, &exclude, sentence.find(text.trim())));
    // The label quotes the phrase the link searches: a hedge the search leaves out is not
    // shown as searched ("at least 10 major cities" searches “10 major cities”).
    let shown = core(text, approx);
    let label = if subject.is_empty() {
        format!("Search {} for \u{201c}{shown}\u{201d}", engine.name())
    } else {
        format!("Search {} for \u{201c}{shown}\u{201d} with {}", engine.name(), terms::listed(&subject))
    };
    let query = format!("\"{}\" {}", core(text, approx), subject.join(" "));
    Hint { kind: "search-figure".into(), label: clip_label(&label), url: Some(engine.search_url(query.trim())) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hints::Engine;

    fn ctx(engine: Engine) -> Context {
        Context { engine, ..Context::for_article("Violent crime rose.", Engine::default()) }
    }

    /// The table read once answers what a scan of the hedge tables in order answers.
    #[test]
    fn hedge_kinds_agree_with_a_scan_of_the_tables() {
        let scan = |lower: &str| {
            [lexicon::hedges(), lexicon::hedges_after()]
                .iter()
                .flat_map(|l| l.entries().iter())
                .find_map(|e| e.split_once(" | ").filter(|(phrase, _)| phrase.trim() == lower).map(|(_, kind)| kind.trim()))
        };
        let tables = [lexicon::hedges(), lexicon::hedges_after()];
        let phrases = tables.iter().flat_map(|l| l.entries().iter()).filter_map(|e| e.split_once(" | ")).map(|(p, _)| p.trim());
        for p in phrases.chain(["", "about", "roughly some", "AT LEAST", "thousands of"]) {
            assert_eq!(hedge_kinds().get(p).copied(), scan(p), "{p:?}");
        }
    }

    #[test]
    fn hedges_say_which_way_the_number_may_be_off() {
        let label = |a| hedged(Some(a), "").map(|h| h.label);
        assert_eq!(label("at least").as_deref(), Some("The figure is a lower bound (\u{201c}at least\u{201d}): the exact number may be higher."));
        assert_eq!(label("up to").as_deref(), Some("The figure is an upper bound (\u{201c}up to\u{201d}): the exact number may be lower."));
        assert_eq!(label("nearly").as_deref(), Some("The figure is approximate (\u{201c}nearly\u{201d}): the exact number may differ."));
        assert_eq!(label("thousands of").as_deref(), Some("The amount is vague (\u{201c}thousands of\u{201d}): it gives an order of magnitude, not a count."));
        assert_eq!(label("some kind of").as_deref(), Some("The figure is hedged (\u{201c}some kind of\u{201d}): the exact number may differ."));
        assert_eq!(hedged(Some("equals"), "equals 5"), None, "an exact comparator is no hedge");
        assert_eq!(hedged(None, "5"), None);
        assert_eq!(hedged(Some("at least"), "at least 5").unwrap().kind, "hedged");
    }

    #[test]
    fn a_hedge_is_quoted_as_the_page_wrote_it() {
        let label = |approx, text| hedged(Some(approx), text).map(|h| h.label).unwrap_or_default();
        assert_eq!(label("up to", "as much as $4.5 billion"), "The figure is an upper bound (\u{201c}as much as\u{201d}): the exact number may be lower.");
        assert_eq!(label("up to", "As many as 300 people"), "The figure is an upper bound (\u{201c}As many as\u{201d}): the exact number may be lower.");
        assert_eq!(label("more than", "in excess of 40%"), "The figure is a lower bound (\u{201c}in excess of\u{201d}): the exact number may be higher.");
        assert_eq!(label("at most", "no more than 12 cars"), "The figure is an upper bound (\u{201c}no more than\u{201d}): the exact number may be lower.");
        assert_eq!(label("or more", "500 or greater"), "The figure is a lower bound (\u{201c}or greater\u{201d}): the exact number may be higher.");
        assert_eq!(label("up to", "up to 10 days"), "The figure is an upper bound (\u{201c}up to\u{201d}): the exact number may be lower.");
        assert_eq!(label("about", "About 3,500 people"), "The figure is approximate (\u{201c}About\u{201d}): the exact number may differ.");
        // Words the tables do not hold: the report's comparator, as before.
        assert_eq!(label("up to", "$4.5 billion"), "The figure is an upper bound (\u{201c}up to\u{201d}): the exact number may be lower.");
        assert_eq!(core("as much as $4.5 billion", Some("up to")), "$4.5 billion", "the exact phrase is the number");
    }

    #[test]
    fn search_figure_wording_and_url() {
        let sentence = "According to the Huffington Post, the raids would have been conducted \u{201c}in at least 10 major cities, including Miami, Los Angeles and Chicago.\u{201d}";
        let h = search("at least 10 major cities", Some("at least"), Some("the Huffington Post"), sentence, &ctx(Engine::DuckDuckGo));
        assert_eq!(h.kind, "search-figure");
        assert_eq!(h.label, "Search DuckDuckGo for \u{201c}10 major cities\u{201d} with raids, Miami, Los Angeles and Chicago");
        assert_eq!(h.url.as_deref(), Some("https://duckduckgo.com/?q=%2210+major+cities%22+raids+Miami+Los+Angeles+Chicago"));
    }

    #[test]
    fn the_label_quotes_what_the_link_searches() {
        let sentence = "Officials said more than 2,000 homes lost power across Ohio and Kentucky.";
        let h = search("more than 2,000 homes", Some("more than"), None, sentence, &ctx(Engine::Google));
        assert!(h.label.starts_with("Search Google for \u{201c}2,000 homes\u{201d}"), "{}", h.label);
        assert!(h.url.as_deref().is_some_and(|u| u.contains("%222%2C000+homes%22")), "{:?}", h.url);
        // A hedged bare number is as bare as the number once the hedge is left out.
        assert!(too_bare(Category::Count, core("Roughly 70", Some("about")), None));
        assert!(too_bare(Category::Count, core("nearly 300", Some("nearly")), None));
        assert!(!too_bare(Category::Count, core("nearly 300 flights", Some("nearly")), None));
    }

    #[test]
    fn years_and_money_keep_the_page_s_own_writing() {
        let h = search("since 2003", None, None, "the operation is similar to ones conducted regularly since 2003", &ctx(Engine::Google));
        assert_eq!(h.label, "Search Google for \u{201c}since 2003\u{201d} with operation");
        assert!(!h.label.contains("2,003"));
        let h = search("A$1.2 billion", None, None, "The government will spend A$1.2 billion on roads.", &ctx(Engine::DuckDuckGo));
        assert_eq!(h.label, "Search DuckDuckGo for \u{201c}A$1.2 billion\u{201d} with government and roads");
        assert_eq!(h.url.as_deref(), Some("https://duckduckgo.com/?q=%22A%241.2+billion%22+government+roads"));
        let h = search("the 1990s", None, None, "Crime has fallen since the 1990s.", &ctx(Engine::DuckDuckGo));
        assert_eq!(h.label, "Search DuckDuckGo for \u{201c}the 1990s\u{201d} with crime");
    }

    #[test]
    fn a_figure_s_context_is_its_clause() {
        let s = "Gunmen opened fire on visitors at the museum on Wednesday, in an attack that killed at least 19 people, most of them foreign tourists.";
        assert_eq!(near(s, "at least 19 people"), "at the museum on Wednesday, in an attack that killed at least 19 people, most of them foreign tourists.");
        let long = "one two three four five six seven eight nine ten eleven twelve 40% a b c d e f g h i j k l";
        assert_eq!(near(long, "40%"), "three four five six seven eight nine ten eleven twelve 40% a b c d e f g h i j");
        assert_eq!(near("short", "absent"), "short");
    }

    #[test]
    fn a_figure_s_clause_stops_at_its_punctuation_and_quotation() {
        let s = "Retired teacher Maureen Pike said: 'We've lived here for 45 years.'";
        assert_eq!(clause(s, "45 years"), "We've lived here for 45 years.");
        let s = "At Holyrood, MSPs voted 64 to 58 against the Scottish government's plans for rent controls, as unemployment held at 4.1%.";
        assert_eq!(clause(s, "58"), "MSPs voted 64 to 58 against the Scottish government's plans");
        assert_eq!(clause(s, "4.1%"), "as unemployment held at 4.1%.");
        assert_eq!(
            clause("Officials counted 2,000 homes without power on Tuesday night in the county.", "2,000 homes"),
            "Officials counted 2,000 homes without power on Tuesday night"
        );
        assert_eq!(
            clause("The jobless rate (seasonally adjusted) rose to 5.2% in the third quarter of the year.", "5.2%"),
            "rose to 5.2% in the third quarter of"
        );
        assert_eq!(clause("short", "absent"), "short");
    }

    #[test]
    fn a_figure_s_voice_is_its_side_of_the_quotation_marks() {
        let s = "Dairy farmer Tom Bell told the paper: \u{201c}We lost 30% of our savings.\u{201d}";
        assert_eq!(voice(s, "30%"), "We lost 30% of our savings.");
        let s = "\u{201c}It is a disaster,\u{201d} said Ms Okafor, adding that inflation hit 28% in May.";
        assert_eq!(voice(s, "28%"), " said Ms Okafor, adding that inflation hit 28% in May.");
        assert_eq!(voice("The workers' union said pay rose 4%.", "4%"), "The workers' union said pay rose 4%.", "no quotation");
    }

    #[test]
    fn bare_numbers_and_ordinals_get_no_search() {
        assert!(too_bare(Category::Ordinal, "the third", None));
        assert!(too_bare(Category::Count, "one", None));
        assert!(too_bare(Category::Count, "14", None));
        assert!(!too_bare(Category::Count, "14", Some("people")));
        assert!(!too_bare(Category::Year, "since 2003", None));
        assert!(!too_bare(Category::Money, "$150K", Some("dollars")));
    }

    #[test]
    fn vague_amounts_stay_whole_in_the_phrase() {
        assert_eq!(core("thousands of immigrants", Some("thousands of")), "thousands of immigrants");
        assert_eq!(core("nearly 40%", Some("nearly")), "40%");
        assert_eq!(core("40% or more", Some("or more")), "40% or more");
    }

    #[test]
    fn hedges_are_read_around_any_character() {
        // Found by the contract proptests: a multi-byte sign where a hedge would end.
        for (text, approx) in [(">2,000€", ">"), ("2,000€<", "<"), ("€>2", ">"), ("~€5", "~"), ("über 5", "over"), ("5 €or more", "or more")] {
            let _ = as_written(text, approx);
        }
        assert_eq!(as_written(">2,000€", ">"), ">");
    }
}
