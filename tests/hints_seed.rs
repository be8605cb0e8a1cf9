//! The seed article's source hints and priorities, as a reader sees them: every finding has
//! a priority in [0, 1] and rows that each send somewhere different, in plain English.

use serde_json::Value;
use std::collections::HashSet;
use std::path::PathBuf;

fn seed(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/samples").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn reports() -> Vec<Value> {
    let text = spotcheck::analyze_text(&seed("000_7c5a8b2f52a7c5aa.txt"));
    let page = spotcheck::analyze_html(&seed("chicago-ice.html"));
    vec![serde_json::to_value(text).unwrap(), serde_json::to_value(page).unwrap()]
}

fn findings(report: &Value) -> &Vec<Value> {
    report["findings"].as_array().unwrap()
}

fn hint<'a>(finding: &'a Value, kind: &str) -> Option<&'a Value> {
    finding["hints"].as_array().unwrap().iter().find(|h| h["kind"] == kind)
}

fn by_text<'a>(report: &'a Value, kind: &str, text: &str) -> &'a Value {
    findings(report).iter().find(|f| f["kind"] == kind && f["text"].as_str().unwrap().contains(text)).unwrap_or_else(|| panic!("no {kind} {text:?}"))
}

#[test]
fn every_finding_has_a_priority_and_distinct_plain_rows() {
    const KINDS: [&str; 10] = [
        "partial",
        "no-source",
        "hedged",
        "search-quote",
        "search-figure",
        "official-source",
        "fact-check",
        "fact-check-sites",
        "search-outlet",
        "encyclopedia",
    ];
    for report in reports() {
        for f in findings(&report) {
            let p = f["priority"].as_f64().unwrap_or_else(|| panic!("no priority on {f}"));
            assert!((0.0..=1.0).contains(&p) && (p * 1000.0).fract() == 0.0, "priority {p} of {}", f["id"]);
            let rows = f["hints"].as_array().unwrap();
            let labels: HashSet<&str> = rows.iter().map(|h| h["label"].as_str().unwrap()).collect();
            let urls: Vec<&str> = rows.iter().filter_map(|h| h["url"].as_str()).collect();
            assert_eq!(labels.len(), rows.len(), "repeated label in {}", f["id"]);
            assert_eq!(urls.iter().collect::<HashSet<_>>().len(), urls.len(), "repeated link in {}", f["id"]);
            for h in rows {
                let (kind, label) = (h["kind"].as_str().unwrap(), h["label"].as_str().unwrap());
                assert!(KINDS.contains(&kind), "unknown hint kind {kind}");
                assert!(label.chars().count() <= 140, "{label}");
                for bad in ["the number of mile", "the figure of", "2,003", "1,990", "Credited to", "  "] {
                    assert!(!label.contains(bad), "{label:?} contains {bad:?}");
                }
                assert!(h["url"].as_str().is_none_or(|u| u.starts_with("https://")), "{h}");
            }
        }
    }
}

#[test]
fn seed_hints_send_the_reader_somewhere_useful() {
    for report in reports() {
        let q = by_text(&report, "quote", "really jeopardized the safety");
        assert_eq!(hint(q, "search-quote").unwrap()["label"], "Search DuckDuckGo for the exact quote and its speaker, Mark Morgan");
        assert_eq!(hint(q, "encyclopedia").unwrap()["label"], "Look up Mark Morgan (ICE director) on Wikipedia");

        let q = by_text(&report, "quote", "in at least 10 major cities");
        assert_eq!(hint(q, "search-outlet").unwrap()["label"], "Search huffpost.com (the Huffington Post) for the quoted words");

        let f = by_text(&report, "figure", "at least 10 major cities");
        assert_eq!(hint(f, "hedged").unwrap()["label"], "The figure is a lower bound (\u{201c}at least\u{201d}): the exact number may be higher.");
        assert_eq!(
            hint(f, "search-figure").unwrap()["label"],
            "Search DuckDuckGo for \u{201c}10 major cities\u{201d} with raids, Miami, Los Angeles and Chicago"
        );

        let f = by_text(&report, "figure", "thousands of immigrants");
        let official = hint(f, "official-source").unwrap();
        assert_eq!(official["label"], "Compare with the official figures from the Office of Homeland Security Statistics");
        assert_eq!(official["url"], "https://ohss.dhs.gov/");

        let f = by_text(&report, "figure", "since 2003");
        assert!(hint(f, "search-figure").unwrap()["label"].as_str().unwrap().contains("\u{201c}since 2003\u{201d}"));

        // Fact-check queries are key terms, never the claim's first words with their pronoun.
        for c in findings(&report).iter().filter(|f| f["kind"] == "claim") {
            if let Some(h) = hint(c, "fact-check") {
                let query = h["label"].as_str().unwrap().split('\u{201c}').nth(1).unwrap();
                let first = query.split_whitespace().next().unwrap().to_lowercase();
                assert!(!["he", "she", "they", "it", "we", "the", "that"].contains(&first.as_str()), "{query}");
            }
        }
    }
}

#[test]
fn seed_priorities_put_partial_and_relayed_quotes_before_years() {
    for report in reports() {
        let p = |kind, text| by_text(&report, kind, text)["priority"].as_f64().unwrap();
        assert!(p("quote", "remain permanent") > p("quote", "Chicago is and will always be"), "partial before full");
        assert!(p("quote", "will be conducted by Immigration") > p("quote", "really jeopardized"), "relayed by an outlet");
        assert!(p("figure", "at least 10 major cities") > p("figure", "since 2003"), "a hedged count before a year");
    }
}
