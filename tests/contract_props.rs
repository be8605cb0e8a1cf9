//! Property tests (proptest) of the report contract of `../shared/spec/cli.md` over
//! generated inputs: offsets are UTF-16 code units, `text[start..end]` is each finding's
//! text, findings are sorted by start, ids are unique, and nothing panics. The inputs mix
//! what the detectors look at (quote marks, numbers, currency, hedges, cue words, emoji,
//! lone halves of pairs seen as text, line breaks) so that findings do occur.

use proptest::prelude::*;
use spotcheck::Report;
use std::collections::HashSet;

const PIECES: &[&str] = &[
    "\"",
    "\u{201c}",
    "\u{201d}",
    "'",
    "\u{2019}",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    ".",
    ",",
    ":",
    "$",
    "%",
    "\u{20ac}",
    "1",
    "2,000",
    "3.5",
    "million",
    "about",
    "at least",
    "said",
    "according to",
    "Jane Okafor",
    "the mayor",
    "We",
    "spent",
    "on",
    "the",
    "bridge",
    "in 2019",
    "\u{1F600}",
    "\u{5d0}\u{5d1}",
    "\u{e9}",
    "<",
    ">",
    "&amp;",
];

fn prose() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..300).prop_map(|p| p.concat())
}

fn check(text: &str, report: &Report) -> Result<(), TestCaseError> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut ids = HashSet::new();
    let mut last = 0;
    for f in &report.findings {
        prop_assert!(f.start < f.end && f.end <= units.len(), "offsets {}..{} of {}", f.start, f.end, units.len());
        prop_assert_eq!(String::from_utf16(&units[f.start..f.end]).ok(), Some(f.text.clone()));
        prop_assert!(f.start >= last, "sorted by start");
        last = f.start;
        prop_assert!(ids.insert(f.id.clone()), "unique id {}", f.id);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn text_reports_keep_the_contract(text in prose()) {
        let report = spotcheck::analyze_text(&text);
        prop_assert_eq!(&report.text, &text);
        check(&text, &report)?;
    }

    #[test]
    fn page_reports_keep_the_contract(paragraphs in prop::collection::vec(prose(), 0..8), wrap in prop::sample::select(&["p", "div", "li", "blockquote", "h2"][..])) {
        let html = format!("<html><body><article>{}</article></body></html>", paragraphs.iter().map(|p| format!("<{wrap}>{p}</{wrap}>")).collect::<String>());
        let report = spotcheck::analyze_html(&html);
        check(&report.text.clone(), &report)?;
    }

    #[test]
    fn marks_point_inside_their_nodes(paragraphs in prop::collection::vec(prose(), 1..6)) {
        let html = format!("<html><body><article>{}</article></body></html>", paragraphs.iter().map(|p| format!("<p>{}</p>", p.replace('<', "&lt;"))).collect::<String>());
        let tree = spotcheck::page::html::parse(&html);
        let article = spotcheck::page::extract(&tree);
        let result = spotcheck::marks::page_result(&article, |n| Some(*n));
        for mark in &result.marks {
            let finding = result.report.findings.iter().find(|f| f.id == mark.id).expect("the mark's finding");
            let covered: String = mark.ranges.iter().map(|r| {
                let data: Vec<u16> = spotcheck::page::Tree::text(&tree, &r.node).unwrap_or_default().encode_utf16().collect();
                String::from_utf16_lossy(&data[r.start..r.end])
            }).collect();
            // The reader folds white space and may put a space between two nodes' text that
            // belongs to neither: compare without white space.
            let fold = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            prop_assert_eq!(fold(&covered), fold(&finding.text));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4, ..ProptestConfig::default() })]

    /// Inputs past the whole-document size go window by window; the contract holds.
    #[test]
    fn huge_text_reports_keep_the_contract(seed in prose(), copies in 1500usize..2500) {
        let text = format!("{seed} \u{201c}We spent $4 million,\u{201d} said Jane Okafor. ").repeat(copies);
        prop_assume!(text.len() > spotcheck::windows::WHOLE_BELOW);
        let report = spotcheck::windows::analyze_text(&text);
        prop_assert_eq!(&report.text, &text);
        check(&text, &report)?;
    }
}
