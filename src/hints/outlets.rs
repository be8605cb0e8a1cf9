//! News outlets: a finding credited to one gets a search limited to that outlet's site.

use super::region::Region;
use super::table;
use std::sync::OnceLock;

fn outlets() -> &'static [(&'static str, &'static str)] {
    static CELL: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    CELL.get_or_init(|| table::rows_of(data_file!("hints/outlets.txt"), 2).map(|r| (r[0], r[1])).collect())
}

/// A credited name as the outlet table spells its keys: lower case, without a leading "the"
/// or punctuation around it, curly apostrophes made straight.
fn key(name: &str) -> String {
    // Lower-cased without a copy when it is already lower case, and the apostrophes
    // replaced only when there is one: a key is made for every credited name of a report.
    let trimmed = name.trim();
    let lower = if trimmed.contains('\u{2019}') { trimmed.replace('\u{2019}', "'").to_lowercase().into() } else { crate::text::words::lower(trimmed) };
    let lower = lower.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
    let lower = lower.strip_prefix("the ").unwrap_or(lower);
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The site of the outlet `name` credits ("the Huffington Post" → "huffpost.com"), if it is
/// one; a possessive ("the Tribune's") is tried without its "'s" when the name has none.
pub(crate) fn domain(name: &str) -> Option<&'static str> {
    domain_of_key(&key(name))
}

/// [`domain`] of a name's [`key`], worked out already.
fn domain_of_key(key: &str) -> Option<&'static str> {
    let table = outlets();
    let find = |k: &str| table.binary_search_by(|(t, _)| (*t).cmp(k)).ok().map(|i| table[i].1);
    find(key).or_else(|| key.strip_suffix("'s").and_then(find))
}

fn regional() -> &'static [(&'static str, &'static str, &'static str)] {
    static CELL: OnceLock<Vec<(&'static str, &'static str, &'static str)>> = OnceLock::new();
    CELL.get_or_init(|| table::rows_of(data_file!("hints/regional_outlets.txt"), 3).map(|r| (r[0], r[1], r[2])).collect())
}

/// [`domain`] for an article about `region`: a short name several countries' papers share
/// ("the Nation", "the Star") is the paper of the article's country when it has one.
pub(crate) fn domain_in(name: &str, region: Region) -> Option<&'static str> {
    // The key is made once for both tables (it lower-cases and splits the name).
    let full = key(name);
    let key = full.strip_suffix("'s").unwrap_or(&full);
    let own = region.codes().into_iter().find_map(|code| regional().iter().find(|(r, n, _)| *r == code && *n == key));
    own.map(|(.., site)| *site).or_else(|| domain_of_key(&full))
}

fn told_cues() -> &'static [Vec<&'static str>] {
    static CELL: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    CELL.get_or_init(|| table::rows_of(data_file!("hints/told_cues.txt"), 1).map(|r| r[0].split(' ').collect()).collect())
}

/// Whether a word (its punctuation trimmed) lower-cases to the first word of a cue: an
/// ASCII word is compared letter by letter without a lower-cased copy (the cues are lower
/// case), any other lower-cased as [`told`] reads it.
fn opens_a_cue(bare: &str) -> bool {
    if bare.is_ascii() {
        told_cues().iter().any(|c| c.first().is_some_and(|f| f.eq_ignore_ascii_case(bare)))
    } else {
        let lower = crate::text::words::lower(bare);
        told_cues().iter().any(|c| c.first() == Some(&&*lower))
    }
}

/// The most words a cue has: how far past a cue's first word [`told`] lower-cases.
fn longest_cue() -> usize {
    told_cues().iter().map(Vec::len).max().unwrap_or(0)
}

/// Words after a cue tried as an outlet's name: "BBC Radio 4's Today programme" is tried
/// from its longest opening down to "BBC".
const NAME_WORDS: usize = 5;

/// A word without the punctuation around it, as a cue's words are compared.
fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// The outlet a sentence says a speaker spoke or wrote to ("told Reuters", "in an interview
/// with CNN", "told the Nation"), as written, with its site.
pub(crate) fn told(sentence: &str, region: Region) -> Option<(String, &'static str)> {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    // A cue is tried only at a word that opens one; only then are the words it may run
    // over lower-cased ([`crate::text::words::lower`] is `to_lowercase`).
    (0..words.len()).filter(|&i| opens_a_cue(bare(words[i]))).find_map(|i| {
        let ahead: Vec<std::borrow::Cow<'_, str>> = words[i..].iter().take(longest_cue()).map(|w| crate::text::words::lower(bare(w))).collect();
        // A cue no longer than the longest fits in `ahead` exactly when it fits in the rest
        // of the sentence.
        let cue = told_cues().iter().filter(|c| c.len() <= ahead.len() && c.iter().zip(&ahead).all(|(a, b)| *a == &**b)).map(Vec::len).max()?;
        // The outlet's name ends at the first word that closes a clause ("told Reuters, …").
        let mut after: Vec<&str> = Vec::new();
        for w in words.iter().skip(i + cue).take(NAME_WORDS) {
            let bare = w.trim_end_matches([',', '.', ';', ':', '"', '\u{201d}', ')', '!', '?']);
            after.push(bare);
            if bare.len() < w.len() {
                break;
            }
        }
        // Only a name with a capital is an outlet's ("told the Nation", "told talkSPORT", not
        // "told the nation").
        let starts = usize::from(after.first().is_some_and(|w| w.eq_ignore_ascii_case("the")));
        if !after.get(starts).is_some_and(|w| w.chars().any(char::is_uppercase)) {
            return None;
        }
        (starts + 1..=after.len()).rev().find_map(|n| {
            let name = after[..n].join(" ");
            domain_in(&name, region).map(|d| (name.trim_end_matches("'s").trim_end_matches("\u{2019}s").to_string(), d))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A cue opens at a word that lower-cases to its first word, whatever its case or the
    /// punctuation around it, in ASCII or not; a word that only starts like one does not.
    #[test]
    fn a_cue_opens_at_its_first_word_in_any_case() {
        for w in ["told", "Told", "TOLD", "In", "interview", "Wrote", "SPEAKING", "appearing"] {
            assert!(opens_a_cue(w), "{w}");
        }
        for w in ["tol", "tolds", "into", "intervie", "", "caf\u{e9}", "\u{e9}crit", "t\u{f6}ld"] {
            assert!(!opens_a_cue(w), "{w}");
        }
        assert!(longest_cue() >= 4, "\"in an interview with\" is a cue");
    }

    /// The outlet a speaker spoke to is found after every kind of cue, at any place in the
    /// sentence, in any case, and not after a word that only looks like a cue's.
    #[test]
    fn told_finds_the_outlet_after_each_kind_of_cue() {
        for (sentence, site) in [
            ("Ms Ardern told Reuters on Monday that the plan would work.", "reuters.com"),
            ("\u{201c}We will win,\u{201d} he said in an interview with CNN.", "cnn.com"),
            ("The senator, speaking to the BBC, denied the report.", "bbc.co.uk"),
            ("TOLD REUTERS: the minister said so.", "reuters.com"),
        ] {
            assert_eq!(told(sentence, Region::default()).map(|(_, d)| d), Some(site), "{sentence}");
        }
        for sentence in ["He told the nation it would pass.", "Into Reuters' newsroom walked the minister.", "In an interview, he said so.", ""] {
            assert_eq!(told(sentence, Region::default()), None, "{sentence}");
        }
    }

    /// The key is the name lower-cased, straightened and trimmed, with or without a copy.
    #[test]
    fn keys_fold_case_apostrophes_and_a_leading_the() {
        assert_eq!(key("  The Huffington Post "), "huffington post");
        assert_eq!(key("the tribune\u{2019}s"), "tribune's");
        assert_eq!(key("\u{201c}CNN\u{201d}"), "cnn");
        assert_eq!(key("Le Monde\u{2019}s"), "le monde's");
        assert_eq!(key("reuters"), "reuters");
    }

    #[test]
    fn the_table_is_sorted_with_a_header_and_over_200_outlets() {
        table::check::sorted_table("outlets.txt", include_str!("outlets.txt"), 2, 1);
        let mut domains: Vec<&str> = outlets().iter().map(|(_, d)| *d).collect();
        domains.sort_unstable();
        domains.dedup();
        assert!(domains.len() >= 200, "{} outlets", domains.len());
        for (name, domain) in outlets() {
            assert_eq!(key(name), *name, "keys are lower case without \"the\"");
            assert!(domain.contains('.') && !domain.contains(' ') && !domain.starts_with("www."), "{domain}");
        }
    }

    #[test]
    fn name_variants_find_one_site() {
        assert_eq!(domain("the Huffington Post"), Some("huffpost.com"));
        assert_eq!(domain("HuffPost"), Some("huffpost.com"));
        assert_eq!(domain("AP"), Some("apnews.com"));
        assert_eq!(domain("The Associated Press"), Some("apnews.com"));
        assert_eq!(domain("The New York Times"), Some("nytimes.com"));
        assert_eq!(domain("the Chicago Sun-Times"), Some("suntimes.com"));
        assert_eq!(domain("The Chicago Tribune\u{2019}s"), Some("chicagotribune.com"));
        assert_eq!(domain("Barron\u{2019}s"), Some("barrons.com"));
        assert_eq!(domain("Lori Lightfoot"), None);
        assert_eq!(domain("the"), None);
    }

    #[test]
    fn the_regional_table_is_sorted_and_a_shared_name_is_the_article_country_s_paper() {
        table::check::sorted_table("regional_outlets.txt", include_str!("regional_outlets.txt"), 3, 2);
        table::check::sorted_table("told_cues.txt", include_str!("told_cues.txt"), 1, 1);
        assert_eq!(domain_in("the Nation", Region::of_article("Nairobi, Kenya")), Some("nation.africa"));
        assert_eq!(domain_in("The Nation", Region::of_article("Lahore and Karachi, Pakistan")), Some("nation.com.pk"));
        assert_eq!(domain_in("the Nation", Region::Us), Some("thenation.com"));
        assert_eq!(domain_in("the Nation", Region::Other), None, "no guess without the country");
        assert_eq!(domain_in("The Star", Region::of_article("Toronto, Ontario")), Some("thestar.com"));
        assert_eq!(domain_in("the Sun's", Region::Uk), Some("thesun.co.uk"));
        assert_eq!(domain_in("Reuters", Region::of_article("Nairobi, Kenya")), Some("reuters.com"), "the shared table otherwise");
    }

    #[test]
    fn the_outlet_a_speaker_told_is_read() {
        let ke = Region::of_article("Nairobi, Kenya");
        let cases = [
            ("\"We will not back down,\" the senator told Reuters on Tuesday.", Region::Us, "Reuters", "reuters.com"),
            ("The minister told the BBC that the talks had stalled.", Region::Uk, "the BBC", "bbc.co.uk"),
            ("She said in an interview with CNN's Jake Tapper that she would run.", Region::Us, "CNN", "cnn.com"),
            ("He told BBC Radio 4's Today programme the figures were wrong.", Region::Uk, "BBC", "bbc.co.uk"),
            ("The coach told Sky Sports: \"We were poor.\"", Region::Uk, "Sky Sports", "skysports.com"),
            ("Speaking to Marca, the forward denied the rumours.", Region::Other, "Marca", "marca.com"),
            ("The manager told talkSPORT he wanted one more forward.", Region::Uk, "talkSPORT", "talksport.com"),
            ("The governor told the Nation that funds had been released.", ke, "the Nation", "nation.africa"),
            ("In an interview with the Hindustan Times, the minister defended the plan.", Region::Other, "the Hindustan Times", "hindustantimes.com"),
            ("The mayor wrote in the Guardian that rents were too high.", Region::Uk, "the Guardian", "theguardian.com"),
        ];
        for (sentence, region, name, site) in cases {
            assert_eq!(told(sentence, region), Some((name.to_string(), site)), "{sentence}");
        }
        for sentence in [
            "The minister told reporters the figures were wrong.",
            "He told MPs on Tuesday that poverty would fall.",
            "She told the nation in a televised address that the war was over.",
            "The coach told his players to keep calm.",
            "told",
            "",
        ] {
            assert_eq!(told(sentence, Region::Uk), None, "{sentence}");
        }
    }
}
