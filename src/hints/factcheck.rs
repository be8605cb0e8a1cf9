//! Fact-check searches for a claim (or a speaker's factual quote), built from its key terms:
//! Google Fact Check Explorer, and a search of the article region's major fact-checkers.

use super::region::Region;
use super::terms::{self, Class, Terms};
use super::{clip_label, encode_path, table, Engine, Hint};
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

const FACT_CHECK_EXPLORER: &str = "https://toolbox.google.com/factcheck/explorer/search/";
/// Names first (who and what), then numbers, then the nouns of the claim; other content
/// words only when those are too few to search for.
const ORDER: [Class; 4] = [Class::Name, Class::Number, Class::Noun, Class::Word];
/// Fewer words than this from names, numbers and nouns, and other words join the query.
const FEW: usize = 3;
/// Words in a fact-check query: enough to say what the claim is about, few enough to match.
const BUDGET: usize = 8;

fn checkers() -> &'static [(&'static str, &'static str, &'static str)] {
    static CELL: OnceLock<Vec<(&'static str, &'static str, &'static str)>> = OnceLock::new();
    CELL.get_or_init(|| table::rows_of(data_file!("hints/factcheckers.txt"), 3).map(|r| (r[0], r[1], r[2])).collect())
}

/// The fact-checkers searched for a region: its own, its union's, or the international ones.
fn checkers_for(region: Region) -> Vec<(&'static str, &'static str)> {
    let of = |code: &str| checkers().iter().filter(|(r, ..)| *r == code).map(|(_, n, s)| (*n, *s)).collect::<Vec<_>>();
    region.codes().into_iter().map(of).find(|own| !own.is_empty()).unwrap_or_default()
}

/// A region's fact-checkers as a label lists them ("PolitiFact, FactCheck.org and …") and
/// as a search filters them ("site:a OR site:b"): the same for every claim, so built once a
/// region rather than once a claim.
fn checker_search(region: Region) -> (String, String) {
    thread_local! {
        static BUILT: std::cell::RefCell<rustc_hash::FxHashMap<Region, (String, String)>> = std::cell::RefCell::default();
    }
    BUILT.with(|built| {
        built
            .borrow_mut()
            .entry(region)
            .or_insert_with(|| {
                let sites = checkers_for(region);
                let names: Vec<String> = sites.iter().map(|(n, _)| n.to_string()).collect();
                let filter = sites.iter().map(|(_, s)| format!("site:{s}")).collect::<Vec<_>>().join(" OR ");
                (terms::listed(&names), filter)
            })
            .clone()
    })
}

/// The key terms of a claim, led by the person credited with it (when a person is).
pub(crate) fn query(text: &str, person: Option<&str>, common: &HashSet<String>) -> String {
    query_of(&Terms::in_article(text, common), person)
}

/// [`query`] from the text's terms already read (a claim's own query reads the same terms).
pub(crate) fn query_of(terms: &Terms, person: Option<&str>) -> String {
    let exclude = person.map(terms::words_lower).unwrap_or_default();
    let mut parts: Vec<String> = person.map(str::to_string).into_iter().collect();
    // The person leads the query once: not again as "Chair Jerome Powell" or "Powell".
    let others = person.map(|p| terms.without_mentions(p));
    let terms = others.as_ref().unwrap_or(terms);
    let mut picked = terms.pick(&ORDER[..3], BUDGET, &exclude);
    if picked.iter().map(|t| t.split_whitespace().count()).sum::<usize>() < FEW {
        picked = terms.pick(&ORDER, BUDGET, &exclude);
    }
    parts.extend(picked);
    parts.join(" ")
}

/// The two fact-check rows for a query of key terms; none when the claim has too few terms
/// to search for (a query of one word finds everything and nothing).
pub(crate) fn hints(query: &str, region: Region, engine: Engine) -> Vec<Hint> {
    if query.split_whitespace().count() < 2 {
        return Vec::new();
    }
    let explorer = Hint {
        kind: "fact-check".into(),
        label: clip_label(&format!("Search Google Fact Check Explorer for \u{201c}{query}\u{201d}")),
        url: Some(format!("{FACT_CHECK_EXPLORER}{}", encode_path(query))),
    };
    let (listed, filter) = checker_search(region);
    let checkers = Hint {
        kind: "fact-check-sites".into(),
        label: clip_label(&format!("Search {listed} for \u{201c}{query}\u{201d}")),
        url: Some(engine.search_url(&format!("{query} ({filter})"))),
    };
    vec![explorer, checkers]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checkers_table_is_sorted_and_every_region_has_some() {
        table::check::sorted_table("factcheckers.txt", include_str!("factcheckers.txt"), 3, 2);
        for r in [Region::Us, Region::Uk, Region::Canada, Region::Australia, Region::Eu, Region::Other] {
            assert!(checkers_for(r).len() >= 2, "{r:?}");
        }
    }

    #[test]
    fn the_query_is_key_terms_led_by_the_person_not_the_first_words() {
        let q = query(
            "he had delayed an operation aimed at deporting thousands of immigrants illegally residing in the United States",
            Some("President Trump"),
            &HashSet::default(),
        );
        assert_eq!(q, "President Trump operation thousands immigrants United States");
        let q = query("she said the city's 12,000 officers would not cooperate with ICE", None, &HashSet::default());
        assert_eq!(q, "city 12,000 officers ICE", "in the sentence's order");
    }

    #[test]
    fn the_person_leads_the_query_once_and_names_are_not_repeated() {
        let none = HashSet::default();
        let q = query("Treasury Secretary Janet Yellen, speaking in New York, said the economy remained resilient.", Some("Janet Yellen"), &none);
        assert_eq!(q, "Janet Yellen New York economy");
        let q = query("The Federal Reserve held rates steady on Wednesday, Chair Jerome Powell said, citing inflation.", Some("Jerome Powell"), &none);
        assert_eq!(q, "Jerome Powell Federal Reserve rates inflation");
        let q = query("Mayor Karen Bass said Bass would veto the budget of Los Angeles.", Some("Karen Bass"), &none);
        assert!(!q.contains("Mayor") && q.matches("Bass").count() == 1, "{q}");
        // No one credited: a name said twice in two forms is one term.
        let q = query("Prime Minister Anthony Albanese met Xi Jinping; Albanese raised tariffs on barley.", None, &none);
        assert_eq!(q, "Prime Minister Anthony Albanese Xi Jinping tariffs");
    }

    #[test]
    fn a_wire_dateline_is_no_part_of_the_query() {
        let none = HashSet::default();
        let q = query(
            "WASHINGTON (Reuters) - The Federal Reserve held interest rates steady on Wednesday, Chair Jerome Powell said.",
            Some("Jerome Powell"),
            &none,
        );
        assert_eq!(q, "Jerome Powell Federal Reserve rates");
        let q = query("KYIV, Ukraine (AP) \u{2014} Russia launched 120 drones overnight, officials said.", None, &none);
        assert_eq!(q, "Russia 120 drones officials");
        let q = query("CAIRO \u{2014} Gunmen killed at least 19 people at the Bardo museum.", None, &none);
        assert!(!q.contains("CAIRO"), "{q}");
    }

    #[test]
    fn fact_check_hint_wording_and_urls() {
        let rows = hints("President Trump deportation raids", Region::Us, Engine::DuckDuckGo);
        assert_eq!(rows[0].kind, "fact-check");
        assert_eq!(rows[0].label, "Search Google Fact Check Explorer for \u{201c}President Trump deportation raids\u{201d}");
        assert_eq!(rows[0].url.as_deref(), Some("https://toolbox.google.com/factcheck/explorer/search/President%20Trump%20deportation%20raids"));
        assert_eq!(rows[1].kind, "fact-check-sites");
        assert_eq!(rows[1].label, "Search FactCheck.org, PolitiFact and Snopes for \u{201c}President Trump deportation raids\u{201d}");
        assert_eq!(
            rows[1].url.as_deref(),
            Some("https://duckduckgo.com/?q=President+Trump+deportation+raids+%28site%3Afactcheck.org+OR+site%3Apolitifact.com+OR+site%3Asnopes.com%29")
        );
        let uk = hints("NHS waiting lists", Region::Uk, Engine::Google);
        assert_eq!(uk[1].label, "Search Channel 4 FactCheck and Full Fact for \u{201c}NHS waiting lists\u{201d}");
        assert!(uk[1].url.as_deref().unwrap().starts_with("https://www.google.com/search?q=NHS+waiting+lists+%28site%3Achannel4.com%2Fnews%2Ffactcheck"));
        assert!(hints("ICE", Region::Us, Engine::DuckDuckGo).is_empty());
    }
}
