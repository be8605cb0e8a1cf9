//! The official body behind a figure: its topic from the counted noun and the sentence
//! ("border encounters" → border), its body from the article's country (U.S. Customs and
//! Border Protection for a U.S. article, Frontex for an EU one, an international body otherwise).

use super::region::Region;
use super::{table, Hint};
use crate::text::tokens::plain;
use std::sync::OnceLock;

struct Topic {
    name: &'static str,
    /// Each keyword as its stemmed words.
    keywords: Vec<Vec<String>>,
}

fn topics() -> &'static [Topic] {
    static CELL: OnceLock<Vec<Topic>> = OnceLock::new();
    CELL.get_or_init(|| {
        table::rows_of(data_file!("hints/topics.txt"), 2)
            .map(|r| Topic { name: r[0], keywords: r[1].split(',').map(stems).filter(|k| !k.is_empty()).collect() })
            .collect()
    })
}

fn bodies() -> &'static [(&'static str, &'static str, &'static str, &'static str)] {
    static CELL: OnceLock<Vec<(&'static str, &'static str, &'static str, &'static str)>> = OnceLock::new();
    CELL.get_or_init(|| table::rows_of(data_file!("hints/bodies.txt"), 4).map(|r| (r[0], r[1], r[2], r[3])).collect())
}

/// Lower-case words with a plural "s" taken off, so "encounters" matches "encounter".
fn stems(text: &str) -> Vec<String> {
    plain::words(text, &['-'])
        .map(|w| {
            let w = w.to_lowercase();
            if w.len() > 4 && w.ends_with("ies") {
                format!("{}y", &w[..w.len() - 3])
            } else if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
                w[..w.len() - 1].to_string()
            } else {
                w
            }
        })
        .collect()
}

/// Whether `keyword` occurs as consecutive words of `words`.
fn occurs(words: &[String], keyword: &[String]) -> bool {
    !keyword.is_empty() && words.windows(keyword.len()).any(|w| w == keyword)
}

/// The topic of a figure from its counted noun and the words around it (without the figure
/// itself): a keyword scores three a word, and two more when it ends the counted noun (its
/// head: "job interviews" are no jobs figure), so a longer keyword ("overdose deaths") beats
/// a shorter one in the unit ("deaths"); the best topic wins, the earlier in the table on a tie.
pub(crate) fn topic(unit: Option<&str>, sentence: &str) -> Option<&'static str> {
    let unit_words = unit.map(stems).unwrap_or_default();
    if !unit.is_some_and(names_a_people) && names_its_own_topic(&unit_words) {
        return topic_within(&unit_words);
    }
    let sentence_words = stems(sentence);
    // A keyword scores only where its first word occurs or its last word ends the unit:
    // only those keywords are looked at ([`KeywordIndex`]), not every topic's.
    let index = KeywordIndex::get();
    let mut candidates: Vec<(usize, usize)> = Vec::new();
    for w in &sentence_words {
        candidates.extend(index.by_first.get(w.as_str()).into_iter().flatten());
    }
    if let Some(head) = unit_words.last() {
        candidates.extend(index.by_last.get(head.as_str()).into_iter().flatten());
    }
    let mut scores = vec![0usize; topics().len()];
    for (t, k) in candidates {
        let k = &topics()[t].keywords[k];
        let score = match (unit_words.ends_with(k), occurs(&sentence_words, k)) {
            (true, _) => 3 * k.len() + 2,
            (false, true) => 3 * k.len(),
            _ => 0,
        };
        scores[t] = scores[t].max(score);
    }
    let mut best: Option<(&str, usize)> = None;
    for (t, &score) in topics().iter().zip(&scores) {
        if score > 0 && best.is_none_or(|(_, s)| score > s) {
            best = Some((t.name, score));
        }
    }
    best.map(|(name, _)| name)
}

/// Every topic keyword, as (topic, keyword) indexes into [`topics`], by its first word and by
/// its last: a keyword counts for a figure only where its first word is in the sentence or
/// its last word ends the counted noun, so [`topic`] scores only those.
struct KeywordIndex {
    by_first: rustc_hash::FxHashMap<&'static str, Vec<(usize, usize)>>,
    by_last: rustc_hash::FxHashMap<&'static str, Vec<(usize, usize)>>,
}

impl KeywordIndex {
    fn get() -> &'static KeywordIndex {
        static CELL: OnceLock<KeywordIndex> = OnceLock::new();
        CELL.get_or_init(|| {
            let mut index = KeywordIndex { by_first: Default::default(), by_last: Default::default() };
            for (t, topic) in topics().iter().enumerate() {
                for (k, words) in topic.keywords.iter().enumerate() {
                    if let (Some(first), Some(last)) = (words.first(), words.last()) {
                        index.by_first.entry(first.as_str()).or_default().push((t, k));
                        index.by_last.entry(last.as_str()).or_default().push((t, k));
                    }
                }
            }
            index
        })
    }
}

/// Whether a counted noun must name the figure's topic itself: a specific thing counted
/// ("electric buses", "tutors") is its own topic, and a keyword elsewhere in the clause ("its
/// largest order since the pandemic") is about something else. A general noun ("people",
/// "cases", `general_nouns.txt`) or no counted noun leaves the topic to the clause.
fn names_its_own_topic(unit_words: &[String]) -> bool {
    static CELL: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    let general = CELL.get_or_init(|| table::rows_of(data_file!("hints/general_nouns.txt"), 1).map(|r| stems(r[0])).collect());
    unit_words.last().is_some_and(|head| !general.iter().any(|g| g.last() == Some(head)))
}

/// Whether a counted noun is one capitalised word, a people named by its place ("Iowans",
/// "Brits", "Gazans"): like "residents", it leaves the topic to the clause.
fn names_a_people(unit: &str) -> bool {
    let unit = unit.trim();
    !unit.contains(char::is_whitespace) && unit.starts_with(char::is_uppercase) && unit.chars().skip(1).all(char::is_lowercase)
}

/// The topic a counted noun names by itself: a keyword that ends it ("new infections" →
/// disease, "migrant encounters" → border; "job interviews" are no jobs figure), the longest
/// keyword winning, the earlier topic on a tie.
fn topic_within(unit_words: &[String]) -> Option<&'static str> {
    let mut best: Option<(&str, usize)> = None;
    for t in topics() {
        let score = t.keywords.iter().filter(|k| !k.is_empty() && unit_words.ends_with(k)).map(Vec::len).max();
        if let Some(score) = score.filter(|s| best.is_none_or(|(_, b)| *s > b)) {
            best = Some((t.name, score));
        }
    }
    best.map(|(name, _)| name)
}

/// The body that publishes a topic's figures for a region: the country's own, then its
/// union's ("de" then "eu"), then the international one.
pub(crate) fn body(topic: &str, region: Region) -> Option<(&'static str, &'static str)> {
    let rows = || bodies().iter().filter(|(t, ..)| *t == topic);
    region.codes().into_iter().find_map(|code| rows().find(|(_, r, ..)| *r == code)).map(|(_, _, name, url)| (*name, *url))
}

/// Topics whose figures no official body publishes: a company's own accounts.
#[cfg(test)]
const NO_BODY: [&str; 1] = ["company-results"];

/// Whether the words of a figure's sentence put it outside a topic's official figures
/// (`out_of_scope.txt`): an exoplanet's temperature is no weather office's reading.
fn out_of_scope(topic: &str, sentence: &str) -> bool {
    /// A topic with its out-of-scope words, each as its stemmed words.
    type Scope = (&'static str, Vec<Vec<String>>);
    static CELL: OnceLock<Vec<Scope>> = OnceLock::new();
    let rows = CELL.get_or_init(|| {
        table::rows_of(data_file!("hints/out_of_scope.txt"), 2).map(|r| (r[0], r[1].split(',').map(stems).filter(|k| !k.is_empty()).collect())).collect()
    });
    let Some((_, words)) = rows.iter().find(|(t, _)| *t == topic) else { return false };
    let sentence_words = stems(sentence);
    words.iter().any(|w| occurs(&sentence_words, w))
}

/// Whether a topic's official figures include amounts of money (`money_topics.txt`).
fn counts_money(topic: &str) -> bool {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| table::rows_of(data_file!("hints/money_topics.txt"), 1).map(|r| r[0]).collect()).contains(&topic)
}

/// The official-source hint for a figure, when its topic has a body for the article's region:
/// `contexts` are the words around the figure, nearest first (its own clause, then for a
/// statistic the wider sentence: the first that names a topic decides), `text` the figure as
/// written, `sentence` the whole of its sentence, `unit` its counted noun (`None` for a percentage, an amount of money or a
/// measure), `money` whether it is an amount of money (the price of a flight is no aviation
/// statistic).
pub(crate) fn hint(text: &str, unit: Option<&str>, contexts: &[&str], sentence: &str, region: Region, money: bool) -> Option<Hint> {
    let topic = contexts.iter().find_map(|context| topic(unit, &context.replacen(text.trim(), " ", 1)));
    let topic = topic.filter(|t| (!money || counts_money(t)) && !out_of_scope(t, sentence))?;
    let (name, url) = body(topic, region)?;
    Some(Hint { kind: "official-source".into(), label: format!("Compare with the official figures from {name}"), url: Some(url.to_string()) })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hint for a figure whose clause is its whole sentence.
    fn sentence_hint(text: &str, unit: Option<&str>, sentence: &str, region: Region, money: bool) -> Option<Hint> {
        hint(text, unit, &[sentence], sentence, region, money)
    }

    #[test]
    fn tables_are_sorted_with_headers_and_every_topic_has_a_body() {
        table::check::sorted_table("topics.txt", include_str!("topics.txt"), 2, 1);
        table::check::sorted_table("bodies.txt", include_str!("bodies.txt"), 4, 2);
        table::check::sorted_table("general_nouns.txt", include_str!("general_nouns.txt"), 1, 1);
        assert!(topics().len() >= 40, "{} topics", topics().len());
        table::check::sorted_table("money_topics.txt", include_str!("money_topics.txt"), 1, 1);
        table::check::sorted_table("out_of_scope.txt", include_str!("out_of_scope.txt"), 2, 1);
        for r in table::rows_of(data_file!("hints/out_of_scope.txt"), 2) {
            assert!(topics().iter().any(|k| k.name == r[0]), "unknown topic {}", r[0]);
        }
        for t in topics() {
            assert_eq!(bodies().iter().any(|(b, ..)| *b == t.name), !NO_BODY.contains(&t.name), "bodies of {}", t.name);
        }
        for (t,) in table::rows_of(data_file!("hints/money_topics.txt"), 1).map(|r| (r[0],)) {
            assert!(topics().iter().any(|k| k.name == t), "unknown money topic {t}");
        }
        for (topic, region, name, url) in bodies() {
            assert!(topics().iter().any(|t| t.name == *topic), "body for unknown topic {topic}");
            assert!(Region::is_code(region), "region {region}");
            assert!(url.starts_with("https://") && !url.contains(' '), "{url}");
            assert!(!name.ends_with('.'), "{name}");
        }
    }

    #[test]
    fn topics_come_from_the_counted_noun_first_then_the_sentence() {
        assert_eq!(topic(Some("encounters"), "Border agents reported 200,000 encounters at the southwest border."), Some("border"));
        assert_eq!(topic(Some("immigrants"), "deporting thousands of immigrants"), Some("immigration"));
        assert_eq!(topic(None, "The unemployment rate rose to 4.1% in May."), Some("unemployment"));
        assert_eq!(topic(None, "Consumer prices rose 3.2% from a year earlier, inflation data showed."), Some("inflation"));
        assert_eq!(topic(Some("cases"), "measles cases rose"), Some("disease"));
        assert_eq!(topic(None, "The economy grew 2.1%, the GDP report showed."), Some("gdp"));
        assert_eq!(topic(Some("major cities"), "the raids would have been conducted in at least 10 major cities"), None);
        assert_eq!(topic(Some("job interviews"), "after a couple of job interviews"), None, "a keyword before the head");
    }

    /// The indexed scoring picks what scoring every topic's every keyword picks.
    #[test]
    fn indexed_topic_agrees_with_scoring_every_keyword() {
        let every = |unit: Option<&str>, sentence: &str| -> Option<&'static str> {
            let unit_words = unit.map(stems).unwrap_or_default();
            if !unit.is_some_and(names_a_people) && names_its_own_topic(&unit_words) {
                return topic_within(&unit_words);
            }
            let words = stems(sentence);
            let mut best: Option<(&str, usize)> = None;
            for t in topics() {
                let score = t
                    .keywords
                    .iter()
                    .map(|k| match (unit_words.ends_with(k), occurs(&words, k)) {
                        (true, _) => 3 * k.len() + 2,
                        (false, true) => 3 * k.len(),
                        _ => 0,
                    })
                    .max()
                    .unwrap_or(0);
                if score > 0 && best.is_none_or(|(_, s)| score > s) {
                    best = Some((t.name, score));
                }
            }
            best.map(|(name, _)| name)
        };
        let mut sentences: Vec<String> = vec![
            "The unemployment rate rose to 4.1% as inflation and gdp data showed migrant encounters at the border.".into(),
            "Overdose deaths and measles cases rose while deaths on roads fell.".into(),
            "Nothing here names a topic at all.".into(),
        ];
        // Every keyword alone, two together, and each after an unrelated one.
        let keywords: Vec<String> = topics().iter().flat_map(|t| t.keywords.iter().map(|k| k.join(" "))).collect();
        for (i, k) in keywords.iter().enumerate() {
            sentences.push(format!("Officials said {k} changed."));
            sentences.push(format!("{} and {k} rose.", keywords[(i * 7 + 3) % keywords.len()]));
        }
        let units = [None, Some("people"), Some("cases"), Some("deaths"), Some("Iowans"), Some("points"), Some("migrant encounters")];
        for sentence in &sentences {
            for unit in units {
                assert_eq!(topic(unit, sentence), every(unit, sentence), "{unit:?} {sentence:?}");
            }
        }
    }

    #[test]
    fn a_specific_counted_noun_is_its_own_topic() {
        // The clause's keyword is about something else than the thing counted.
        assert_eq!(topic(Some("electric buses"), "The transit authority ordered 300 electric buses, its largest order since the pandemic"), None);
        assert_eq!(topic(Some("tutors"), "Schools hired 2,000 tutors to help students recover from pandemic learning loss"), None);
        assert_eq!(topic(Some("warehouse workers"), "The retailer hired 100,000 warehouse workers during the Covid-19 outbreak"), None);
        assert_eq!(topic(Some("desks"), "The agency bought 40 desks for its unemployment office"), None);
        // A general noun leaves the topic to the clause; a keyword ending the noun names it.
        assert_eq!(topic(Some("people"), "300 people were deported last month"), Some("deportation"));
        assert_eq!(topic(Some("patients"), "Hospitals treated 1,200 patients with measles"), Some("disease"));
        assert_eq!(topic(Some("new infections"), "The province recorded 900 new infections"), Some("disease"));
        assert_eq!(topic(Some("measles cases"), "There were 40 measles cases"), Some("disease"));
        assert_eq!(topic(Some("migrant encounters"), "Agents logged 2,000 migrant encounters"), Some("border"));
        assert_eq!(topic(Some("Californians"), "About 40,000 Californians were deported last year"), Some("deportation"));
        assert_eq!(topic(Some("points"), "Unemployment fell 0.3 points to 4.1%"), Some("unemployment"));
        assert!(
            sentence_hint("a couple of job interviews", Some("job interviews"), "after a couple of job interviews", Region::Us, false).is_none(),
            "not the head"
        );
    }

    #[test]
    fn the_body_follows_the_article_country_with_an_international_default() {
        assert_eq!(body("border", Region::Us).unwrap().0, "U.S. Customs and Border Protection (nationwide encounters)");
        assert_eq!(body("unemployment", Region::Us).unwrap().0, "the Bureau of Labor Statistics (Current Population Survey)");
        assert_eq!(body("inflation", Region::Uk).unwrap().0, "the Office for National Statistics (inflation)");
        assert_eq!(body("disease", Region::Other).unwrap().0, "the World Health Organization (data)");
        assert_eq!(body("disease", Region::Us).unwrap().0, "the Centers for Disease Control and Prevention");
        assert_eq!(body("gdp", Region::Us).unwrap().0, "the Bureau of Economic Analysis (GDP)");
        assert_eq!(body("crime", Region::Us).unwrap().0, "the FBI's Crime Data Explorer (Uniform Crime Reporting)");
        assert_eq!(body("bankruptcy", Region::Australia), None, "no body rather than a wrong one");
    }

    #[test]
    fn official_source_hint_wording_and_url() {
        let h = sentence_hint("2.4 million encounters", Some("encounters"), "There were 2.4 million encounters at the border.", Region::Us, false).unwrap();
        assert_eq!(h.kind, "official-source");
        assert_eq!(h.label, "Compare with the official figures from U.S. Customs and Border Protection (nationwide encounters)");
        assert_eq!(h.url.as_deref(), Some("https://www.cbp.gov/newsroom/stats/nationwide-encounters"));
        let h = sentence_hint("3.9%", None, "Unemployment fell to 3.9%.", Region::Other, false).unwrap();
        assert_eq!(h.label, "Compare with the official figures from the International Labour Organization (ILOSTAT)");
        assert_eq!(h.url.as_deref(), Some("https://ilostat.ilo.org/"));
    }

    #[test]
    fn a_company_s_accounts_have_no_official_body() {
        let cases = [
            ("\u{20ac}2.38", "For the full year, adjusted earnings per share rose to \u{20ac}2.38 from \u{20ac}2.16."),
            ("$4.1 billion", "Quarterly revenue climbed 12% to $4.1 billion, beating analysts' estimates."),
            ("\u{a3}312m", "The retailer reported a pre-tax profit of \u{a3}312m for the half year."),
            ("18%", "Net income fell 18% as the carmaker cut prices in China."),
            ("\u{20b9}1,200 crore", "The lender's net profit rose to \u{20b9}1,200 crore in the quarter."),
            ("5% to 6%", "The group expects sales growth of 5% to 6%, its sales guidance for the year said."),
        ];
        for (text, sentence) in cases {
            assert!(sentence_hint(text, None, sentence, Region::Other, false).is_none(), "{sentence}");
            assert!(sentence_hint(text, None, sentence, Region::Us, true).is_none(), "{sentence}");
        }
        // A statistic with the same words stays one.
        assert!(sentence_hint("\u{a3}9bn", None, "Tax revenue from fuel duty fell to \u{a3}9bn.", Region::Uk, true).is_some());
        assert!(sentence_hint("2.1%", None, "Average earnings grew 2.1% in the year to March.", Region::Uk, false).is_some());
        assert!(sentence_hint("0.4%", None, "Retail sales rose 0.4% in October.", Region::Us, false).is_some());
    }

    #[test]
    fn the_price_of_a_thing_is_no_statistic_of_its_sector() {
        let cases = [
            ("around A$450", "A return flight from Perth costs around A$450 in the low season."),
            ("$1,200", "Fees at the county's schools reach $1,200 a term."),
            ("\u{20ac}35", "A ticket for the outbreak exhibition costs \u{20ac}35."),
            ("KSh 3,000", "A bed in the prison's visitors' lodge costs KSh 3,000 a night."),
            ("\u{a3}3.5bn a year", "Scrapping the limit would cost \u{a3}3.5bn a year, charities fighting child poverty said."),
        ];
        for (text, sentence) in cases {
            assert!(sentence_hint(text, None, sentence, Region::Other, true).is_none(), "{sentence}");
        }
        // A money topic keeps its body; a count of the same sector keeps its own.
        assert!(sentence_hint("$3.20", None, "Gasoline prices averaged $3.20 a gallon, the highest since May.", Region::Us, true).is_some());
        assert!(sentence_hint("4 million", Some("air passengers"), "Airports handled 4 million air passengers in May.", Region::Uk, false).is_some());
    }
}
