//! Words that decide where a person's name starts, read from data: family names written
//! before the given name ("Chee Hong Tat", "Nguyen Thi Lan") and the styles of peers and
//! knights that belong to the name ("Lord Coaker", "Dame Sally Davies").

use super::tokens::{is_capitalised, key};
use std::sync::OnceLock;

/// The entries of a `word` or `word | given` list, sorted, with whether each is marked.
fn read(src: &'static str) -> Vec<(&'static str, bool)> {
    let mut v: Vec<(&str, bool)> = src
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once('|') {
            Some((w, mark)) => (w.trim(), mark.trim() == "given"),
            None => (l, false),
        })
        .collect();
    v.sort_unstable();
    v
}

fn family_names() -> &'static [(&'static str, bool)] {
    static CELL: OnceLock<Vec<(&'static str, bool)>> = OnceLock::new();
    CELL.get_or_init(|| read(data_file!("text/attribution/family_names_first.txt")))
}

fn family_entry(w: &str) -> Option<bool> {
    if !is_capitalised(w) {
        return None;
    }
    let k = key(w);
    let list = family_names();
    list.binary_search_by(|(e, _)| (*e).cmp(k.as_ref())).ok().map(|i| list[i].1)
}

/// Whether `w` is a family name of a country that writes it first ("Xi", "Chee", "Nguyen").
pub fn is_family_name(w: &str) -> bool {
    family_entry(w).is_some()
}

/// Whether the family name `w` is also an English given name or word ("Lee", "Kim", "Hong"):
/// it comes first only when the given name after it looks like one.
pub fn is_given_too(w: &str) -> bool {
    family_entry(w) == Some(true)
}

/// A given name's syllable as East and South-East Asian names are romanised: short
/// ("Hong", "Tat", "Hsien", "Loong", "Thi"), or hyphenated ("Jae-myung").
pub fn given_syllable(w: &str) -> bool {
    is_capitalised(w) && !w.ends_with('.') && (w.contains('-') || w.chars().count() <= 6)
}

/// Whether `w` is the style of a peer or knight ("Lord", "Baroness", "Sir", "Dame"),
/// which the press writes as part of the name.
pub fn is_peer_style(w: &str) -> bool {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    let list = CELL.get_or_init(|| read(data_file!("text/attribution/peer_styles.txt")).into_iter().map(|(w, _)| w).collect());
    is_capitalised(w) && list.binary_search(&key(w).as_ref()).is_ok()
}

/// Whether `w` is the style of a traditional ruler or elder ("Nana", "Togbe", "Nii"),
/// which the press writes as part of the name (`traditional_styles.txt`).
pub fn is_traditional_style(w: &str) -> bool {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    let list = CELL.get_or_init(|| read(data_file!("text/attribution/traditional_styles.txt")).into_iter().map(|(w, _)| w).collect());
    is_capitalised(w) && list.binary_search(&key(w).as_ref()).is_ok()
}

/// Where a long run of capitalised words may start the name at the latest when it holds a
/// patronymic ("Mohammed bin Abdulrahman Al Thani", "Tamim bin Hamad"): the given name
/// before the first "bin", "ibn" or "bint" is the name's, and so is all after it.
pub fn patronymic_floor(ws: &[&str]) -> Option<usize> {
    let at = ws.iter().position(|w| matches!(*w, "bin" | "ibn" | "bint" | "binti"))?;
    at.checked_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_patronymic_keeps_the_given_name_before_it() {
        assert_eq!(patronymic_floor(&["Qatari", "Mohammed", "bin", "Abdulrahman", "Al", "Thani"]), Some(1));
        assert_eq!(patronymic_floor(&["Tamim", "bin", "Hamad", "Al", "Thani"]), Some(0));
        assert_eq!(patronymic_floor(&["Zika", "Virus", "Chris", "Christie"]), None);
        assert_eq!(patronymic_floor(&["bin", "Laden"]), None);
    }

    #[test]
    fn family_names_and_their_english_twins() {
        for w in ["Chee", "Ong", "Nguyen", "Xi", "Goh", "Tan", "Yoon"] {
            assert!(is_family_name(w) && !is_given_too(w), "{w}");
        }
        for w in ["Lee", "Kim", "Hong", "Song"] {
            assert!(is_family_name(w) && is_given_too(w), "{w}");
        }
        assert!(!is_family_name("chee"), "lower case is a word of the sentence");
        assert!(!is_family_name("Smith"));
    }

    #[test]
    fn peer_styles_are_read_capitalised() {
        for w in ["Lord", "Lady", "Sir", "Dame", "Baroness", "Viscount"] {
            assert!(is_peer_style(w), "{w}");
        }
        assert!(!is_peer_style("lord"));
        assert!(!is_peer_style("Senator"));
    }
}
