//! The country an article is about, for the bodies that publish its figures and the
//! fact-checkers that check its claims: read from the places, institutions and currencies it
//! names (`regions.txt`, `currency_marks.txt`) and the country of the page's host.

use super::table;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// How often a text names each region code.
type Counts = FxHashMap<&'static str, usize>;

/// The country (or union) an article is about, by its code in the data files: "us", "uk",
/// "ca", "au", "eu", a member's or another country's ISO code ("de", "ke", "in"), or "*"
/// for none. A code's data falls back to its union's ("de" to "eu", `region_groups.txt`)
/// and then to the international rows ("*").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Region(&'static str);

impl Default for Region {
    fn default() -> Region {
        Region::Other
    }
}

/// The regions most data is kept for, and the group every other code is counted in when
/// the article's main region is chosen: "*", the rest of the world.
const MAJORS: [&str; 6] = ["us", "uk", "ca", "au", "eu", "*"];

#[allow(non_upper_case_globals)]
impl Region {
    pub const Us: Region = Region("us");
    pub const Uk: Region = Region("uk");
    pub const Canada: Region = Region("ca");
    pub const Australia: Region = Region("au");
    pub const Eu: Region = Region("eu");
    /// No one country: international bodies.
    pub const Other: Region = Region("*");

    /// The codes whose data serve this region, most specific first: its own, its union's,
    /// then the international "*".
    pub(crate) fn codes(self) -> Vec<&'static str> {
        let mut out = vec![self.0];
        out.extend(group_of(self.0));
        if self.0 != "*" {
            out.push("*");
        }
        out
    }

    /// Whether `code` is a region code some data file may use.
    #[cfg(test)]
    pub(crate) fn is_code(code: &str) -> bool {
        code == "*" || MAJORS.contains(&code) || known_code(code).is_some()
    }

    /// The region an article names most often: first the main region (a country of
    /// [`MAJORS`], or the rest of the world) by its country, institution and currency words
    /// ("United States", "Congress", "NHS", "Ottawa", "KSh"); then, for the EU or the rest of
    /// the world, the one country it names most ("Nairobi, Kenya" → "ke"). [`Region::Other`]
    /// when it names none or two equally often.
    pub fn of_article(text: &str) -> Region {
        Region::of_counts(&named(text))
    }

    fn of_counts(counts: &Counts) -> Region {
        let mut major = [0usize; 6];
        for (code, n) in counts {
            major[major_slot(code)] += n;
        }
        let best = *major.iter().max().unwrap_or(&0);
        if best == 0 || major.iter().filter(|&&c| c == best).count() > 1 {
            return Region::Other;
        }
        let slot = major.iter().position(|&c| c == best).unwrap_or(5);
        Region::within(MAJORS[slot], counts)
    }

    /// The member of a main region the article names most (no fewer times than the main
    /// region's own words, "EU", "Brussels"), or the main region itself.
    fn within(main: &'static str, counts: &Counts) -> Region {
        let own = counts.get(main).copied().unwrap_or(0);
        let mut members: Vec<(&'static str, usize)> =
            counts.iter().filter(|(c, _)| **c != main && MAJORS[major_slot(c)] == main).map(|(c, n)| (*c, *n)).collect();
        members.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        match members.as_slice() {
            [(code, n), rest @ ..] if *n >= own && rest.first().is_none_or(|r| r.1 < *n) => Region(code),
            _ => Region(main),
        }
    }

    /// The region of an article on the page whose host is `site`: the outlet's country, by
    /// its domain ("heraldsun.com.au", "bbc.co.uk", "nation.africa" is none, "thehindu.co.in"),
    /// when the article names that country at least once; else the region the article names
    /// most ([`Region::of_article`]). A Melbourne paper that quotes a British bill twice and
    /// says "Australian" once is still writing for Australians; one that never names
    /// Australia writes about elsewhere.
    pub fn of_page(text: &str, site: Option<&str>) -> Region {
        let counts = named(text);
        if let Some(outlet) = site.and_then(Region::of_host) {
            if counts.get(outlet.0).is_some_and(|&n| n > 0) {
                return outlet;
            }
        }
        Region::of_counts(&counts)
    }

    /// The country of a host by its top-level domain, when that is a region code of the
    /// data ("au", "uk", "in", "ke"); none for generic ones.
    fn of_host(host: &str) -> Option<Region> {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        let tld = host.rsplit('.').next().unwrap_or("");
        let tld = if tld == "gb" { "uk" } else { tld };
        known_code(tld).map(Region)
    }
}

/// `code` as the data files spell it, if some region word or group uses it.
fn known_code(code: &str) -> Option<&'static str> {
    regions().iter().map(|(_, c)| *c).chain(groups().iter().flat_map(|(c, g)| [*c, *g])).find(|c| *c == code && *c != "*")
}

/// The union a country's data falls back to ("de" → "eu").
fn group_of(code: &str) -> Option<&'static str> {
    groups().iter().find(|(c, _)| *c == code).map(|(_, g)| *g)
}

/// The slot in [`MAJORS`] a code is counted in.
fn major_slot(code: &str) -> usize {
    let main = group_of(code).unwrap_or(code);
    MAJORS.iter().position(|m| *m == main).unwrap_or(5)
}

fn groups() -> &'static [(&'static str, &'static str)] {
    static CELL: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    CELL.get_or_init(|| table::rows_of(data_file!("hints/region_groups.txt"), 2).map(|r| (r[0], r[1])).collect())
}

fn currency_marks() -> &'static [(&'static str, &'static str)] {
    static CELL: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    CELL.get_or_init(|| table::rows_of(data_file!("hints/currency_marks.txt"), 2).map(|r| (r[0], r[1])).collect())
}

/// How often a text names each region: its words ([`region_counts`]) and its amounts in a
/// country's currency ("KSh 2 billion", "₹500 crore", "£40m").
fn named(text: &str) -> Counts {
    let mut counts = region_counts(text);
    let amounts = count_amounts(text, currency_marks());
    for ((_, code), n) in currency_marks().iter().zip(amounts) {
        if n > 0 {
            *counts.entry(code).or_default() += n;
        }
    }
    counts
}

/// How often each of `marks` opens an amount: not after a letter (the "$" of "A$"), and
/// followed by a digit, after at most one space. One pass over the text for all the marks
/// (a mark is tried only at a byte some mark starts with), finding each mark's occurrences
/// as `match_indices` does: left to right, none overlapping the one before.
fn count_amounts(text: &str, marks: &[(&str, &str)]) -> Vec<usize> {
    let mut counts = vec![0; marks.len()];
    let mut free_from = vec![0; marks.len()];
    let mut opens = [false; 256];
    for (mark, _) in marks {
        if let Some(&b) = mark.as_bytes().first() {
            opens[usize::from(b)] = true;
        }
    }
    for (i, b) in text.bytes().enumerate() {
        if !opens[usize::from(b)] {
            continue;
        }
        for (k, (mark, _)) in marks.iter().enumerate() {
            if mark.is_empty() || i < free_from[k] || !text.as_bytes()[i..].starts_with(mark.as_bytes()) {
                continue;
            }
            free_from[k] = i + mark.len();
            if opens_amount(text, i, mark) {
                counts[k] += 1;
            }
        }
    }
    counts
}

/// Whether `mark`, found at byte `i`, opens an amount (see [`count_amounts`]).
fn opens_amount(text: &str, i: usize, mark: &str) -> bool {
    let after = text[i + mark.len()..].trim_start_matches(' ');
    !text[..i].chars().next_back().is_some_and(char::is_alphabetic)
        && text[i + mark.len()..].len() - after.len() <= 1
        && after.starts_with(|c: char| c.is_ascii_digit())
}

pub(super) fn regions() -> &'static [(&'static str, &'static str)] {
    static CELL: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    CELL.get_or_init(|| table::rows_of(data_file!("hints/regions.txt"), 2).map(|r| (r[0], r[1])).collect())
}

/// How often the text names each region code: the whole-word occurrences of its words,
/// the longest at each place and none inside another ("New South Wales" is Australia's, not
/// also Wales's; "Northern Ireland" the UK's, not also Ireland's).
fn region_counts(text: &str) -> Counts {
    let mut counts = Counts::default();
    let index = RegionWords::get();
    let mut add = |code: &'static str, n: usize| {
        if n > 0 {
            *counts.entry(code).or_default() += n;
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
    (1..word.len()).filter(|&k| word.is_char_boundary(k) && word.is_char_boundary(word.len() - k)).any(|k| {
        let shift = word.len() - k;
        word[..k] == word[shift..] && word[..shift].chars().next_back().is_some_and(|c| !c.is_alphanumeric())
    })
}

/// How often `word` occurs in `text` as a whole word (case as written).
fn count_whole_words(text: &str, word: &str) -> usize {
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    text.match_indices(word).filter(|(i, _)| boundary(text[..*i].chars().next_back()) && boundary(text[i + word.len()..].chars().next())).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_with_headers_and_use_known_codes() {
        table::check::sorted_table("regions.txt", include_str!("regions.txt"), 2, 1);
        table::check::sorted_table("region_groups.txt", include_str!("region_groups.txt"), 2, 1);
        table::check::sorted_table("currency_marks.txt", include_str!("currency_marks.txt"), 2, 1);
        let code_like = |c: &str| c.len() == 2 && c.chars().all(|ch| ch.is_ascii_lowercase());
        for (_, code) in regions().iter().chain(currency_marks()) {
            assert!(*code == "*" || code_like(code), "region {code}");
        }
        for (code, group) in groups() {
            assert!(code_like(code) && MAJORS.contains(group), "{code} {group}");
        }
    }

    /// The one-pass count of the currency marks gives what a search of each mark gives,
    /// on amounts written every way, marks inside other marks ("A$" in "CA$") and marks
    /// that overlap themselves.
    #[test]
    fn currency_marks_counted_in_one_pass_as_searched_one_by_one() {
        let searched = |text: &str, mark: &str| text.match_indices(mark).filter(|(i, _)| opens_amount(text, *i, mark)).count();
        let texts = [
            "",
            "A$5 and CA$ 7, KSh 2 billion, Ksh3m, \u{20b9}500 crore, \u{a3}40m, US$1, NZ$ 12 and GH\u{20b5}9.",
            "AAA$1 A$A$2 CA$CA$3 A$  4 \u{a3}\u{a3}5 \u{20a6}6\u{20b1}7",
            "Prices in \u{a3} rose; the A$ fell. UGX 100, UGX100, xUGX 5",
        ];
        let marks: [(&str, &str); 4] = [("A$", "au"), ("aa", "x"), ("AA", "y"), ("\u{a3}", "uk")];
        for text in texts.iter().chain([&"aaa1 aa 2 aaaa3 AAA 4"]) {
            let table = currency_marks();
            let one_pass = count_amounts(text, table);
            let each: Vec<usize> = table.iter().map(|(m, _)| searched(text, m)).collect();
            assert_eq!(one_pass, each, "{text:?}");
            let one_pass = count_amounts(text, &marks);
            let each: Vec<usize> = marks.iter().map(|(m, _)| searched(text, m)).collect();
            assert_eq!(one_pass, each, "{text:?}");
        }
        assert_eq!(count_amounts("A$5 and CA$ 7 A$ 8", &[("A$", "au")]), [2]);
    }

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
    fn the_article_country_is_the_one_named_most() {
        assert_eq!(Region::of_article("The White House said the U.S. economy grew. Congress agreed."), Region::Us);
        assert_eq!(Region::of_article("The NHS in England and Wales; the US was not mentioned twice."), Region::Uk);
        assert_eq!(Region::of_article("Ottawa and Toronto: Canada's figures."), Region::Canada);
        assert_eq!(Region::of_article("Sydney and Melbourne, Australia."), Region::Australia);
        assert_eq!(Region::of_article("The European Commission in Brussels."), Region::Eu);
        assert_eq!(Region::of_article("Tokyo and Seoul."), Region::Other);
        let tunisia = "Tunisia's museum was attacked. The U.S. offered help, the White House said. Tunisia mourned; Tunisia's president spoke.";
        assert_eq!(Region::of_article(tunisia), Region("tn"), "another country named most: its own code");
        assert_eq!(Region::of_article(tunisia).codes(), ["tn", "*"], "whose data fall back to international bodies");
        assert_eq!(Region::of_article("Paris, France: France and Germany agreed."), Region("fr"), "a member state");
        assert_eq!(Region("fr").codes(), ["fr", "eu", "*"]);
        assert_eq!(Region::of_article("Brussels and the EU: France agreed."), Region::Eu, "the union named more than any member");
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
            let mut counts = Counts::default();
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
                        *counts.entry(*code).or_default() += 1;
                        at += w.len();
                    }
                    None => at += text[at..].chars().next().map_or(1, char::len_utf8),
                }
            }
            for (word, code) in &RegionWords::get().searched {
                let n = count_whole_words(text, word);
                if n > 0 {
                    *counts.entry(*code).or_default() += n;
                }
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
        assert_eq!(Region::of_article("Mexico"), Region("mx"));
        let local = "Unemployment in Ohio rose to 4.1 percent, the state said.";
        let h = super::super::official::hint("4.1 percent", None, &[local], local, Region::of_article(local), false).unwrap();
        assert_eq!(h.label, "Compare with the official figures from the Bureau of Labor Statistics (Current Population Survey)");
    }
}
