//! News outlets: a finding credited to one gets a search limited to that outlet's site.

use super::table;
use std::sync::OnceLock;

fn outlets() -> &'static [(&'static str, &'static str)] {
    static CELL: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    CELL.get_or_init(|| table::rows_of(data_file!("hints/outlets.txt"), 2).map(|r| (r[0], r[1])).collect())
}

/// A credited name as the outlet table spells its keys: lower case, without a leading "the"
/// or punctuation around it, curly apostrophes made straight.
fn key(name: &str) -> String {
    let lower = name.trim().replace('\u{2019}', "'").to_lowercase();
    let lower = lower.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
    let lower = lower.strip_prefix("the ").unwrap_or(lower);
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The site of the outlet `name` credits ("the Huffington Post" → "huffpost.com"), if it is
/// one; a possessive ("the Tribune's") is tried without its "'s" when the name has none.
pub(crate) fn domain(name: &str) -> Option<&'static str> {
    let key = key(name);
    let table = outlets();
    let find = |k: &str| table.binary_search_by(|(t, _)| (*t).cmp(k)).ok().map(|i| table[i].1);
    find(&key).or_else(|| key.strip_suffix("'s").and_then(find))
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
