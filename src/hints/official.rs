//! The official body behind a figure: its topic from the counted noun and the sentence
//! ("border encounters" → border), its body from the article's country (U.S. Customs and
//! Border Protection for a U.S. article, Frontex for an EU one, an international body otherwise).

use super::{table, Hint};
use crate::text::tokens::plain;
use std::sync::OnceLock;

/// The country or union an article is about, as far as the official bodies go.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Region {
    Us,
    Uk,
    Canada,
    Australia,
    Eu,
    /// No one country: international bodies.
    #[default]
    Other,
}

impl Region {
    /// The region's word in the data files (`*` for [`Region::Other`]).
    fn code(self) -> &'static str {
        match self {
            Region::Us => "us",
            Region::Uk => "uk",
            Region::Canada => "ca",
            Region::Australia => "au",
            Region::Eu => "eu",
            Region::Other => "*",
        }
    }

    fn from_code(code: &str) -> Region {
        match code {
            "us" => Region::Us,
            "uk" => Region::Uk,
            "ca" => Region::Canada,
            "au" => Region::Australia,
            "eu" => Region::Eu,
            _ => Region::Other,
        }
    }

    /// The region an article names most often, by its country and institution words
    /// ("United States", "Congress", "NHS", "Ottawa"); [`Region::Other`] when it names none
    /// or two equally often.
    pub fn of_article(text: &str) -> Region {
        let counts = region_counts(text);
        let all = REGIONS;
        let best = *counts.iter().max().unwrap_or(&0);
        if best == 0 || counts.iter().filter(|&&c| c == best).count() > 1 {
            return Region::Other;
        }
        all[counts.iter().position(|&c| c == best).unwrap_or(5)]
    }

    /// The region of an article on the page whose host is `site`: the outlet's country, by
    /// its domain ("heraldsun.com.au", "bbc.co.uk", "cbc.ca"), when the article names that
    /// country at least once; else the region the article names most ([`Region::of_article`]).
    /// A Melbourne paper that quotes a British bill twice and says "Australian" once is still
    /// writing for Australians; one that never names Australia writes about elsewhere.
    pub fn of_page(text: &str, site: Option<&str>) -> Region {
        let outlet = site.map(Region::of_host).unwrap_or_default();
        if outlet != Region::Other {
            let at = REGIONS.iter().position(|r| *r == outlet).unwrap_or(5);
            if region_counts(text)[at] > 0 {
                return outlet;
            }
        }
        Region::of_article(text)
    }

    /// The country of a host by its top-level domain; [`Region::Other`] for generic ones.
    fn of_host(host: &str) -> Region {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        match host.rsplit('.').next().unwrap_or("") {
            "au" => Region::Australia,
            "uk" => Region::Uk,
            "ca" => Region::Canada,
            _ => Region::Other,
        }
    }

    /// The fact-checkers' data code, shared with [`super::factcheck`].
    pub(crate) fn data_code(self) -> &'static str {
        self.code()
    }
}

fn regions() -> &'static [(&'static str, &'static str)] {
    static CELL: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    CELL.get_or_init(|| table::rows_of(data_file!("hints/regions.txt"), 2).map(|r| (r[0], r[1])).collect())
}

/// The regions in the order of [`region_counts`].
const REGIONS: [Region; 6] = [Region::Us, Region::Uk, Region::Canada, Region::Australia, Region::Eu, Region::Other];

/// How often the text names each of [`REGIONS`]: the whole-word occurrences of its words,
/// the longest at each place and none inside another ("New South Wales" is Australia's, not
/// also Wales's; "Northern Ireland" the UK's, not also Ireland's).
fn region_counts(text: &str) -> [usize; 6] {
    let mut counts = [0usize; 6];
    let index = RegionWords::get();
    let mut add = |code: &str, n: usize| {
        if let Some(i) = REGIONS.iter().position(|r| r.code() == code) {
            counts[i] += n;
        }
    };
    // One pass over the text's words, each looked up by its first run of letters; the few
    // region words that pass cannot take (see `RegionWords`) are counted by a search.
    // Bytes below 128 are read as they are; only other bytes are decoded as characters.
    let bytes = text.as_bytes();
    let mut prev_alnum = false;
    let mut taken_to = 0;
    let mut next = 0;
    while next < bytes.len() {
        let at = next;
        let b = bytes[at];
        let (alnum, len) = if b.is_ascii() {
            (b.is_ascii_alphanumeric(), 1)
        } else {
            // `at` is always at a character's first byte: it moves by whole characters.
            let c = text[at..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric(), c.len_utf8())
        };
        let starts_word = alnum && !prev_alnum;
        prev_alnum = alnum;
        next += len;
        if !starts_word || at < taken_to || (b.is_ascii() && !index.opens[usize::from(b)]) {
            continue;
        }
        let rest = &text[at..];
        let run = &rest[..rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len())];
        let whole = |word: &&str| rest.starts_with(*word) && rest[word.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        let longest = index.by_first_run.get(run).into_iter().flatten().filter(|(word, _)| whole(word)).max_by_key(|(word, _)| word.len());
        if let Some((word, code)) = longest {
            add(code, 1);
            taken_to = at + word.len();
        }
    }
    for (word, code) in &index.searched {
        add(code, count_whole_words(text, word));
    }
    counts
}

/// The region words by their first run of letters and digits ("U" for "U.S.", "United" for
/// "United States"): a whole-word occurrence starts a word of the text whose run is that one.
/// A word that starts with another character, or that could overlap itself across a word
/// boundary ("ab ab" in "ab ab ab", where a search counts one), stays in `searched`, so the
/// counts are exactly those of [`count_whole_words`].
struct RegionWords {
    by_first_run: rustc_hash::FxHashMap<&'static str, Vec<(&'static str, &'static str)>>,
    searched: Vec<(&'static str, &'static str)>,
    /// The ASCII characters some run of `by_first_run` starts with: a word opened by
    /// another (most are lower case) needs no lookup.
    opens: [bool; 128],
}

impl RegionWords {
    fn get() -> &'static RegionWords {
        static CELL: OnceLock<RegionWords> = OnceLock::new();
        CELL.get_or_init(|| {
            let mut by_first_run = rustc_hash::FxHashMap::<_, Vec<_>>::default();
            let mut searched = Vec::new();
            for &(word, code) in regions() {
                let run = &word[..word.find(|c: char| !c.is_alphanumeric()).unwrap_or(word.len())];
                if run.is_empty() || overlaps_itself_at_a_word(word) {
                    searched.push((word, code));
                } else {
                    by_first_run.entry(run).or_default().push((word, code));
                }
            }
            let mut opens = [false; 128];
            for run in by_first_run.keys() {
                if let Some(b) = run.bytes().next().filter(u8::is_ascii) {
                    opens[usize::from(b)] = true;
                }
            }
            RegionWords { by_first_run, searched, opens }
        })
    }
}

/// Whether a second occurrence of `word` could start inside a first one, at a word start:
/// a proper prefix that is also a suffix, with no letter or digit just before that suffix.
fn overlaps_itself_at_a_word(word: &str) -> bool {
    (1..word.len()).filter(|&k| word.is_char_boundary(word.len() - k)).any(|k| {
        let shift = word.len() - k;
        word[..k] == word[shift..] && word[..shift].chars().next_back().is_some_and(|c| !c.is_alphanumeric())
    })
}

/// How often `word` occurs in `text` as a whole word (case as written).
fn count_whole_words(text: &str, word: &str) -> usize {
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    text.match_indices(word).filter(|(i, _)| boundary(text[..*i].chars().next_back()) && boundary(text[i + word.len()..].chars().next())).count()
}

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
    // A keyword occurs only where its first word does: most are ruled out by one probe.
    let present: rustc_hash::FxHashSet<&str> = sentence_words.iter().map(String::as_str).collect();
    let occurs = |k: &[String]| k.first().is_some_and(|w| present.contains(w.as_str())) && occurs(&sentence_words, k);
    let mut best: Option<(&str, usize)> = None;
    for t in topics() {
        let score: usize = t
            .keywords
            .iter()
            .map(|k| match (unit_words.ends_with(k), occurs(k)) {
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

/// The body that publishes a topic's figures for a region, or the international one.
pub(crate) fn body(topic: &str, region: Region) -> Option<(&'static str, &'static str)> {
    let rows = bodies().iter().filter(|(t, ..)| *t == topic);
    let for_region = rows.clone().find(|(_, r, ..)| Region::from_code(r) == region && region != Region::Other);
    for_region.or_else(|| rows.clone().find(|(_, r, ..)| *r == "*")).map(|(_, _, name, url)| (*name, *url))
}

/// The official-source hint for a figure, when its topic has a body for the article's region:
/// `context` is the figure's clause, `text` the figure as written, `unit` its counted noun
/// (`None` for a percentage, an amount of money or a measure).
pub(crate) fn hint(text: &str, unit: Option<&str>, context: &str, region: Region) -> Option<Hint> {
    let around = context.replacen(text.trim(), " ", 1);
    let (name, url) = body(topic(unit, &around)?, region)?;
    Some(Hint { kind: "official-source".into(), label: format!("Compare with the official figures from {name}"), url: Some(url.to_string()) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outlet_s_country_leads_when_the_article_names_it() {
        let text = "Queensland's Premier met Canadian and British envoys. The British plan and the Canadian one differ.";
        assert_eq!(Region::of_page(text, Some("www.couriermail.com.au")), Region::Australia);
        assert_eq!(Region::of_page(text, Some("www.theglobeandmail.ca")), Region::Canada);
        assert_eq!(Region::of_page(text, Some("www.example.com")), Region::of_article(text));
        // A page that never names its outlet's country is about somewhere else.
        let abroad = "The Senate passed the bill and Congress sent it to the White House.";
        assert_eq!(Region::of_page(abroad, Some("www.thetimes.co.uk")), Region::Us);
        assert_eq!(Region::of_page(abroad, None), Region::Us);
    }

    #[test]
    fn tables_are_sorted_with_headers_and_every_topic_has_a_body() {
        table::check::sorted_table("topics.txt", include_str!("topics.txt"), 2, 1);
        table::check::sorted_table("bodies.txt", include_str!("bodies.txt"), 4, 2);
        table::check::sorted_table("regions.txt", include_str!("regions.txt"), 2, 1);
        table::check::sorted_table("general_nouns.txt", include_str!("general_nouns.txt"), 1, 1);
        assert!(topics().len() >= 40, "{} topics", topics().len());
        for t in topics() {
            assert!(bodies().iter().any(|(b, ..)| *b == t.name), "no body for {}", t.name);
        }
        for (topic, region, name, url) in bodies() {
            assert!(topics().iter().any(|t| t.name == *topic), "body for unknown topic {topic}");
            assert!(["*", "us", "uk", "ca", "au", "eu"].contains(region), "region {region}");
            assert!(url.starts_with("https://") && !url.contains(' '), "{url}");
            assert!(!name.ends_with('.'), "{name}");
        }
        for (_, code) in regions() {
            assert!(["us", "uk", "ca", "au", "eu", "*"].contains(code), "region {code}");
        }
    }

    #[test]
    fn the_article_country_is_the_one_named_most() {
        assert_eq!(Region::of_article("The White House said the U.S. economy grew. Congress agreed."), Region::Us);
        assert_eq!(Region::of_article("The NHS in England and Wales; the US was not mentioned twice."), Region::Uk);
        assert_eq!(Region::of_article("Ottawa and Toronto: Canada's figures."), Region::Canada);
        assert_eq!(Region::of_article("Sydney and Melbourne, Australia."), Region::Australia);
        assert_eq!(Region::of_article("The European Commission in Brussels."), Region::Eu);
        assert_eq!(Region::of_article("Tokyo and Seoul."), Region::Other);
        let tunisia = "Tunisia's museum was attacked. The U.S. offered help, the White House said. Tunisia mourned; Tunisia's president spoke.";
        assert_eq!(Region::of_article(tunisia), Region::Other, "another country named most: international bodies");
        assert_eq!(Region::of_article("Paris, France: France and Germany agreed."), Region::Eu, "a member state");
        // "us" the pronoun and "Chicagoan" are not the country and the city.
        assert_eq!(Region::of_article("Tell us, Chicagoans."), Region::Other);
        assert_eq!(Region::of_article("London and Washington."), Region::Other, "a tie is no country");
    }

    /// The counts by word index are those of a search, left to right, for the longest region
    /// word at each word start: on the test texts, on words that overlap themselves, and on
    /// every region word set in awkward places.
    #[test]
    fn region_counts_by_word_index_agree_with_a_search() {
        let searched = |w: &str| RegionWords::get().searched.iter().any(|(s, _)| *s == w);
        let search = |text: &str| {
            let mut counts = [0usize; 6];
            let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
            let mut at = 0;
            while at < text.len() {
                let found = boundary(text[..at].chars().next_back())
                    .then(|| {
                        let whole = |w: &str| text[at..].starts_with(w) && boundary(text[at + w.len()..].chars().next());
                        regions().iter().filter(|(w, _)| !searched(w) && whole(w)).max_by_key(|(w, _)| w.len())
                    })
                    .flatten();
                match found {
                    Some((w, code)) => {
                        counts[REGIONS.iter().position(|r| r.code() == *code).unwrap()] += 1;
                        at += w.len();
                    }
                    None => at += text[at..].chars().next().map_or(1, char::len_utf8),
                }
            }
            for (word, code) in &RegionWords::get().searched {
                counts[REGIONS.iter().position(|r| r.code() == *code).unwrap()] += count_whole_words(text, word);
            }
            counts
        };
        let mut texts: Vec<String> = vec![
            "The White House said the U.S. economy grew. Congress agreed.".into(),
            "U.S.U.S. U.S.A. CDCDC CDC's (CDC) eurozone-eurozone".into(),
            "\u{e9}Canada Canada\u{e9} Canada, Ottawa; Ottawa2 Brussels".into(),
        ];
        let all: Vec<&str> = regions().iter().map(|(w, _)| *w).collect();
        texts.push(all.join(" "));
        texts.push(all.join(""));
        texts.push(all.join("-x "));
        for text in &texts {
            assert_eq!(region_counts(text), search(text), "{text}");
        }
        assert!(overlaps_itself_at_a_word("ab ab") && !overlaps_itself_at_a_word("CDC") && !overlaps_itself_at_a_word("U.S."));
    }

    #[test]
    fn a_local_story_is_its_country_s_and_a_name_inside_a_longer_one_is_not_counted() {
        assert_eq!(Region::of_article("Senator Jane Doe, a Democrat from Ohio, spoke in Dayton."), Region::Us);
        assert_eq!(Region::of_article("Tom Harris, a farmer in Ames, Iowa, lost his crop."), Region::Us);
        assert_eq!(Region::of_article("Police in Manchester said the roads were closed."), Region::Uk);
        assert_eq!(Region::of_article("Saskatchewan farmers and Winnipeg traders."), Region::Canada);
        assert_eq!(Region::of_article("Floods in Tasmania and Hobart."), Region::Australia);
        assert_eq!(Region::of_article("New South Wales"), Region::Australia, "not also Wales");
        assert_eq!(Region::of_article("Northern Ireland"), Region::Uk, "not also Ireland");
        assert_eq!(Region::of_article("New Mexico and Texas"), Region::Us, "not also Mexico");
        assert_eq!(Region::of_article("Mexico"), Region::Other);
        let local = "Unemployment in Ohio rose to 4.1 percent, the state said.";
        let h = hint("4.1 percent", None, local, Region::of_article(local)).unwrap();
        assert_eq!(h.label, "Compare with the official figures from the Bureau of Labor Statistics (Current Population Survey)");
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
        assert!(hint("a couple of job interviews", Some("job interviews"), "after a couple of job interviews", Region::Us).is_none(), "not the head");
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
        let h = hint("2.4 million encounters", Some("encounters"), "There were 2.4 million encounters at the border.", Region::Us).unwrap();
        assert_eq!(h.kind, "official-source");
        assert_eq!(h.label, "Compare with the official figures from U.S. Customs and Border Protection (nationwide encounters)");
        assert_eq!(h.url.as_deref(), Some("https://www.cbp.gov/newsroom/stats/nationwide-encounters"));
        let h = hint("3.9%", None, "Unemployment fell to 3.9%.", Region::Other).unwrap();
        assert_eq!(h.label, "Compare with the official figures from the International Labour Organization (ILOSTAT)");
        assert_eq!(h.url.as_deref(), Some("https://ilostat.ilo.org/"));
    }
}
