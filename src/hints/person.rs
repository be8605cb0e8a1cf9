//! A named person: an encyclopedia search, so the reader can see who is speaking.

use super::{encode_query, outlets, table, Hint};
use crate::detect::lexicon;
use std::sync::OnceLock;

const WIKIPEDIA_SEARCH: &str = "https://en.wikipedia.org/w/index.php?search=";

/// Most words of a role worth adding to a search ("ICE director"); a longer description is
/// a sentence about the person, not a way to tell namesakes apart.
const ROLE_WORDS: usize = 4;

fn institution_words() -> &'static [&'static str] {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| table::rows_of(data_file!("hints/institution_words.txt"), 1).map(|r| r[0]).collect())
}

/// Whether a credited source is an official body that publishes figures ("the Bureau of
/// Labor Statistics", "Statistics Canada", "the central bank"; `official_body_words.txt`),
/// not a person, a newspaper or a political office.
pub(crate) fn is_official_body(name: &str) -> bool {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    let words = CELL.get_or_init(|| table::rows_of(data_file!("hints/official_body_words.txt"), 1).map(|r| r[0]).collect());
    let listed = |w: &str| {
        let acronym = w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase());
        words.binary_search(&w.to_lowercase().trim_end_matches("'s")).is_ok() || (acronym && words.binary_search(&w).is_ok())
    };
    !is_person(name) && name.split_whitespace().map(|w| w.trim_end_matches("'s").trim_end_matches('\u{2019}')).any(listed)
}

/// Whether a credited source is a body (an authority, an agency, a union, a company), not a
/// person: the figures it is credited with are its statistics.
pub(crate) fn is_institution(name: &str) -> bool {
    !is_person(name) && name.split_whitespace().any(institutional)
}

fn institutional(word: &str) -> bool {
    let w = word.to_lowercase();
    let w = w.trim_end_matches("'s").trim_end_matches('\u{2019}');
    lexicon::organisation_words().contains(w) || institution_words().binary_search(&w).is_ok()
}

/// The speaker proper of a credit relayed by another source ("Bernie Sanders (via CNN)" →
/// "Bernie Sanders"): the quote is searched with, and looked up under, who said it.
pub(crate) fn speaker_proper(name: &str) -> &str {
    name.split_once(" (via ").map_or(name, |(n, _)| n)
}

/// Whether a credited name reads as a person's full name ("Lori Lightfoot", "President
/// Trump") rather than an outlet's, an institution's ("White House") or a description
/// ("several immigrant rights groups"). One word ("Trump") is too little to look up.
pub(crate) fn is_person(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let particle = |w: &&str| lexicon::name_particles().contains(&w.to_lowercase());
    words.len() >= 2
        && words.len() <= 5
        && !words[0].eq_ignore_ascii_case("the")
        && capitalised(&words[0])
        && words.iter().all(|w| capitalised(w) || particle(w))
        && !words.iter().any(|w| institutional(w))
        && outlets::domain(name).is_none()
}

/// Words that open a description of someone as one of many or by their relation to someone
/// ("a farmer in Ames", "an engineer at Acme", "her neighbour"), not by an office.
const PRIVATE_OPENERS: [&str; 11] = ["a", "an", "one", "another", "his", "her", "their", "my", "our", "your", "its"];

/// Whether the article describes the person as a private person: their role is "a farmer in
/// Ames", "a spokesman for Acme Corp.", "her husband" — one of many, not an office.
fn private(role: Option<&str>) -> bool {
    let words: Vec<String> = role.map(|r| r.split_whitespace().map(str::to_lowercase).collect()).unwrap_or_default();
    let Some(first) = words.first() else { return false };
    // "who lives next door": a relative clause describes what someone does, not an office.
    PRIVATE_OPENERS.contains(&first.as_str()) || ["who", "whose"].contains(&first.as_str()) || words.iter().any(|w| names_a_private_role(w))
}

/// Whether `word` (lower case) is a private role of `private_roles.txt`, in the singular or
/// plural ("neighbour", "residents").
fn names_a_private_role(word: &str) -> bool {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    let roles = CELL.get_or_init(|| super::table::rows_of(data_file!("hints/private_roles.txt"), 1).map(|r| r[0]).collect());
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    let singular = word.strip_suffix('s').unwrap_or(word);
    roles.binary_search(&word).is_ok() || roles.binary_search(&singular).is_ok()
}

/// Whether the words just before `name` in `text` describe a private person ("her
/// neighbour Linda Park", "said local resident Tom Ross").
pub(crate) fn described_as_private(text: &str, name: &str) -> bool {
    described_before(text, name).is_some_and(|d| private(Some(d)))
}

/// How `text` describes the person `name` just before the name ("her neighbour Linda Park",
/// "said local resident Tom Ross"): up to three lower-case words or a possessive opener
/// before it, when no comma or full stop comes between.
fn described_before<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    let at = text.find(name)?;
    let before = &text[..at];
    let stop = |c: char| matches!(c, ',' | '.' | ';' | ':' | '\u{201c}' | '\u{201d}' | '"');
    let start = before.char_indices().rev().find(|&(_, c)| stop(c)).map_or(0, |(i, c)| i + c.len_utf8());
    let words: Vec<&str> = before[start..].split_whitespace().collect();
    let kept = &words[words.len().saturating_sub(3)..];
    let from = kept.iter().rposition(|w| !w.chars().next().is_some_and(char::is_lowercase) && !PRIVATE_OPENERS.contains(&w.to_lowercase().as_str()));
    let kept = &kept[from.map_or(0, |i| i + 1)..];
    let first = kept.first()?;
    let offset = before[start..].rfind(first).map(|i| start + i)?;
    Some(before[offset..].trim()).filter(|d| !d.is_empty())
}

/// The encyclopedia hint for a person, with their role when the article gives an office of
/// several words ("ICE director", "the mayor of Chicago"; a bare title such as "Mayor" adds
/// nothing to the name). None for a private person ([`private`]): an encyclopedia search
/// would find a namesake, and their description is no one else's business to search.
pub(crate) fn encyclopedia(name: &str, role: Option<&str>) -> Option<Hint> {
    if !is_person(name) || private(role) {
        return None;
    }
    // The search is the bare name: a role or a title in it ("Sen.", "an analyst at UBS")
    // makes the search miss the person's page. The label shows the office, for the reader.
    let bare = bare_name(name);
    let role = role.map(|r| r.trim().trim_end_matches([',', '.']));
    let role = role.map(|r| r.strip_prefix("the ").or_else(|| r.strip_prefix("The ")).unwrap_or(r));
    let role = role.filter(|r| (2..=ROLE_WORDS).contains(&r.split_whitespace().count()));
    let label = match role {
        Some(r) => format!("Look up {bare} ({r}) on Wikipedia"),
        None => format!("Look up {bare} on Wikipedia"),
    };
    Some(Hint { kind: "encyclopedia".into(), label, url: Some(format!("{WIKIPEDIA_SEARCH}{}", encode_query(bare))) })
}

/// How `text` describes the person `name` in apposition ("said Tom Harris, a farmer in Ames,
/// Iowa" → "a farmer in Ames"): the words after the name and a comma, up to the next comma or
/// full stop. A claim's detail carries no role, so its sentence is read for one.
pub(crate) fn described_in<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    let at = text.find(name)? + name.len();
    let rest = text[at..].strip_prefix(", ")?;
    let end = rest.find([',', '.', ';', '\u{201d}', '"']).unwrap_or(rest.len());
    Some(rest[..end].trim()).filter(|d| !d.is_empty())
}

/// The name without the titles and offices before it ("Sen. Mark Kelly" → "Mark Kelly",
/// "Detective Chief Inspector Mark Lee" → "Mark Lee"), keeping two words at least ("President
/// Trump"). Titles are the quote detector's honorifics and office words.
fn bare_name(name: &str) -> &str {
    let mut rest = name.trim();
    loop {
        let Some((first, tail)) = rest.split_once(' ') else { return rest };
        let word = first.trim_end_matches('.').to_lowercase();
        let title = lexicon::speaker_honorifics().contains(&word) || lexicon::speaker_roles().contains(&word);
        if !title || tail.split_whitespace().count() < 2 {
            return rest;
        }
        rest = tail.trim_start();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relayed_credit_is_looked_up_under_the_speaker() {
        assert_eq!(speaker_proper("Bernie Sanders (via CNN)"), "Bernie Sanders");
        assert_eq!(speaker_proper("Lori Lightfoot"), "Lori Lightfoot");
    }

    #[test]
    fn people_are_told_from_outlets_and_groups() {
        assert!(is_person("Lori Lightfoot"));
        assert!(is_person("President Trump"));
        assert!(is_person("Ursula von der Leyen"));
        assert!(!is_person("The New York Times"));
        assert!(!is_person("the Huffington Post"));
        assert!(!is_person("CNN"));
        assert!(!is_person("several immigrant rights groups in Chicago"));
        assert!(!is_person("Chicago Police Department"));
        assert!(!is_person("White House"));
        assert!(!is_person("Project Jonah"));
        assert!(!is_person("Trump"), "one word is too little to look up");
    }

    #[test]
    fn a_private_person_gets_no_lookup_and_their_description_is_never_searched() {
        for role in ["a farmer in Ames", "a spokesman for Acme Corp.", "an engineer", "one of the residents", "her neighbour", "A nurse at the clinic"] {
            assert!(encyclopedia("Tom Harris", Some(role)).is_none(), "{role}");
        }
        assert!(encyclopedia("Tom Harris", None).is_some(), "no description: the name alone");
        assert!(encyclopedia("Janet Yellen", Some("Treasury Secretary")).unwrap().url.unwrap().ends_with("search=Janet+Yellen"));
        assert!(!private(Some("the agency's director")) && !private(Some("Anne's lawyer")) && !private(None));
    }

    #[test]
    fn a_claim_s_sentence_says_how_it_describes_its_source() {
        let text = "\u{201c}We have never seen anything like it,\u{201d} said Tom Harris, a farmer in Ames, Iowa.";
        assert_eq!(described_in(text, "Tom Harris"), Some("a farmer in Ames"));
        assert!(encyclopedia("Tom Harris", described_in(text, "Tom Harris")).is_none());
        let text = "Revenue grew 4%, said Jane Fraser, chief executive of Citigroup.";
        assert_eq!(
            encyclopedia("Jane Fraser", described_in(text, "Jane Fraser")).unwrap().label,
            "Look up Jane Fraser (chief executive of Citigroup) on Wikipedia"
        );
        assert_eq!(described_in("Jane Fraser said revenue grew.", "Jane Fraser"), None);
        assert_eq!(described_in("It grew, said Jane Fraser", "Jane Fraser"), None);
    }

    #[test]
    fn official_bodies_are_told_from_people_papers_and_politics() {
        for name in ["the Bureau of Labor Statistics", "Statistics Canada", "the Office for National Statistics", "the central bank", "the State Department"] {
            assert!(is_official_body(name), "{name}");
        }
        for name in ["the mayor", "Janet Yellen", "Gov. Gavin Newsom", "analysts", "the Obama administration", "the Daily News", "the Trump campaign"] {
            assert!(!is_official_body(name), "{name}");
        }
        // International bodies, by name or by the acronym in capitals; not a pronoun.
        for name in ["the World Health Organization", "WHO", "the IMF", "the United Nations", "UNHCR's", "the International Organization for Migration"] {
            assert!(is_official_body(name), "{name}");
        }
        for name in ["people who work here", "Who", "Mr Imf"] {
            assert!(!is_official_body(name), "{name}");
        }
        table::check::sorted_table("official_body_words.txt", include_str!("official_body_words.txt"), 1, 1);
    }

    #[test]
    fn private_roles_and_descriptions_give_no_encyclopedia_search() {
        for role in ["neighbour", "local resident", "who lives next door", "Her neighbour", "the victim's mother", "commuters' group member"] {
            assert!(encyclopedia("Linda Park", Some(role)).is_none(), "{role}");
        }
        for role in ["Mayor", "the county's chief medical officer", "Health Minister", "a spokesman for Acme"] {
            let public = !role.starts_with("a ");
            assert_eq!(encyclopedia("Tom Harris", Some(role)).is_some(), public, "{role}");
        }
        assert_eq!(described_before("Her neighbour Linda Park said she heard shots.", "Linda Park"), Some("Her neighbour"));
        assert_eq!(described_before("\"It was loud,\" said local resident Tom Ross.", "Tom Ross"), Some("said local resident"));
        assert_eq!(described_before("Mayor Ann Lee said taxes rose.", "Ann Lee"), None);
        assert_eq!(described_before("Linda Park said so.", "Linda Park"), None);
        assert!(described_as_private("\"It was loud,\" said local resident Tom Ross.", "Tom Ross"));
        assert!(described_as_private("\u{201c}It was loud,\u{201d} said local resident Tom Ross.", "Tom Ross"), "curly marks");
        assert!(!described_as_private("The \u{201c}sex tape\u{201d} reference was about Alicia Machado.", "Alicia Machado"));
        assert!(!described_as_private("\"It was loud,\" said county commissioner Tom Ross.", "Tom Ross"));
        table::check::sorted_table("private_roles.txt", include_str!("private_roles.txt"), 1, 1);
    }

    #[test]
    fn encyclopedia_hint_wording_and_url() {
        let h = encyclopedia("Mark Morgan", Some("ICE director")).unwrap();
        assert_eq!(h.kind, "encyclopedia");
        assert_eq!(h.label, "Look up Mark Morgan (ICE director) on Wikipedia");
        assert_eq!(h.url.as_deref(), Some("https://en.wikipedia.org/w/index.php?search=Mark+Morgan"), "the bare name");
        let h = encyclopedia("Sen. Mark Kelly", None).unwrap();
        assert_eq!((h.label.as_str(), h.url.as_deref()), ("Look up Mark Kelly on Wikipedia", Some("https://en.wikipedia.org/w/index.php?search=Mark+Kelly")));
        assert_eq!(bare_name("Detective Chief Inspector Mark Lee"), "Mark Lee");
        assert_eq!(bare_name("Gov. Gavin Newsom"), "Gavin Newsom");
        assert_eq!(bare_name("President Trump"), "President Trump", "two words at least");
        assert_eq!(bare_name("Mary Lou McDonald"), "Mary Lou McDonald");
        let h = encyclopedia("Lori Lightfoot", Some("Mayor")).unwrap();
        assert_eq!(h.label, "Look up Lori Lightfoot on Wikipedia");
        assert_eq!(h.url.as_deref(), Some("https://en.wikipedia.org/w/index.php?search=Lori+Lightfoot"));
        assert!(encyclopedia("The Chicago Tribune", None).is_none());
        let long = "fierce and uncompromising elder of the Ngātiwai tribe";
        assert_eq!(encyclopedia("Hori Parata", Some(long)).unwrap().label, "Look up Hori Parata on Wikipedia");
        let h = encyclopedia("Karen Bass", Some("the mayor of Los Angeles")).unwrap();
        assert_eq!(h.label, "Look up Karen Bass (mayor of Los Angeles) on Wikipedia");
        table::check::sorted_table("institution_words.txt", include_str!("institution_words.txt"), 1, 1);
    }
}
