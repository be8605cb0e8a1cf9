//! The seed article, the first thing Spotcheck must get completely right: every gold quote
//! with its speaker, every gold figure with its value, hedge and unit, and nothing flagged
//! in the page furniture — as plain text and as a web page.

use serde_json::Value;
use std::path::PathBuf;

fn samples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/samples")
}

fn gold() -> Value {
    serde_json::from_str(&std::fs::read_to_string(samples().join("chicago-ice.gold.json")).unwrap()).unwrap()
}

fn seed_text() -> String {
    std::fs::read_to_string(samples().join("000_7c5a8b2f52a7c5aa.txt")).unwrap()
}

fn seed_page() -> String {
    std::fs::read_to_string(samples().join("chicago-ice.html")).unwrap()
}

fn findings(report: &spotcheck::Report, kind: &str) -> Vec<Value> {
    serde_json::to_value(report).unwrap()["findings"].as_array().unwrap().iter().filter(|f| f["kind"] == kind).cloned().collect()
}

/// Lower-case surname match, as the gold's note allows ("Lightfoot" for "Lori Lightfoot").
fn same_speaker(want: &str, got: &str) -> bool {
    let last = |s: &str| s.split_whitespace().last().unwrap_or("").trim_matches('.').to_lowercase();
    !got.is_empty() && last(want) == last(got)
}

fn assert_quotes(report: &spotcheck::Report) {
    let quotes = findings(report, "quote");
    for g in gold()["quotes"].as_array().unwrap() {
        let text = g["text"].as_str().unwrap();
        let hit = quotes.iter().find(|q| q["text"].as_str() == Some(text));
        let hit = hit.unwrap_or_else(|| panic!("gold quote not found exactly: {text:?}\nquotes: {quotes:#?}"));
        let speaker = hit["speaker"].as_str().unwrap_or("");
        assert!(same_speaker(g["speaker"].as_str().unwrap(), speaker), "{text:?}: speaker {speaker:?}, want {}", g["speaker"]);
        assert_eq!(hit["partial"], g["partial"], "partial for {text:?}");
        // The gold names the cue's head word ("explain" for "went on to explain").
        let cue = hit["cue"].as_str().unwrap_or("");
        assert!(cue.contains(g["cue"].as_str().unwrap()), "{text:?}: cue {cue:?}, want {}", g["cue"]);
    }
}

fn assert_figures(report: &spotcheck::Report) {
    let figures = findings(report, "figure");
    let units = [
        ("thousands of immigrants", Some("immigrants")),
        ("at least 10 major cities", Some("major cities")),
        ("since 2003", None),
        ("hundreds of arrests", Some("arrests")),
    ];
    for g in gold()["figures"].as_array().unwrap() {
        let text = g["text"].as_str().unwrap();
        let hit = figures.iter().find(|f| f["text"].as_str().is_some_and(|t| t.contains(text) || text.contains(t)));
        let hit = hit.unwrap_or_else(|| panic!("gold figure not found: {text:?}\nfigures: {figures:#?}"));
        assert_eq!(hit["value"].as_f64(), g["value"].as_f64(), "value of {text:?}");
        assert_eq!(hit["category"], g["category"], "category of {text:?}");
        if let Some(approx) = g.get("approx") {
            assert_eq!(&hit["approx"], approx, "approx of {text:?}");
        }
        if let Some((_, Some(unit))) = units.iter().find(|(t, _)| *t == text) {
            assert_eq!(hit["unit"].as_str(), Some(*unit), "unit of {text:?}");
        }
    }
}

fn assert_no_furniture_flagged(report: &spotcheck::Report) {
    let report = serde_json::to_value(report).unwrap();
    for f in report["findings"].as_array().unwrap() {
        let text = f["text"].as_str().unwrap();
        for b in gold()["boilerplate_never_flagged"].as_array().unwrap() {
            let b = b.as_str().unwrap();
            assert!(!text.contains(b) && !b.contains(text), "furniture {b:?} flagged by {f}");
        }
    }
}

/// UTF-16 offsets index `text` exactly as the contract says.
fn assert_offsets(report: &spotcheck::Report) {
    let units: Vec<u16> = report.text.encode_utf16().collect();
    for f in &report.findings {
        let slice = String::from_utf16(&units[f.start..f.end]).unwrap();
        assert_eq!(slice, f.text, "{}", f.id);
    }
}

#[test]
fn seed_text_quotes_all_nine_with_speakers() {
    assert_quotes(&spotcheck::analyze_text(&seed_text()));
}

#[test]
fn seed_text_figures_with_value_hedge_and_unit() {
    assert_figures(&spotcheck::analyze_text(&seed_text()));
}

#[test]
fn seed_text_furniture_never_flagged() {
    let report = spotcheck::analyze_text(&seed_text());
    assert_no_furniture_flagged(&report);
    assert_offsets(&report);
}

#[test]
fn seed_page_quotes_figures_and_no_furniture() {
    let report = spotcheck::analyze_html(&seed_page());
    assert_quotes(&report);
    assert_figures(&report);
    assert_no_furniture_flagged(&report);
    assert_offsets(&report);
    for b in gold()["boilerplate_never_flagged"].as_array().unwrap() {
        assert!(!report.text.contains(b.as_str().unwrap()), "furniture {b} in the extracted article");
    }
}

/// The extension must badge all of them: acceptance counts the badges on the page.
#[test]
fn seed_gold_quotes_and_figures_all_get_badges() {
    for report in [spotcheck::analyze_text(&seed_text()), spotcheck::analyze_html(&seed_page())] {
        let gold = gold();
        let quotes = gold["quotes"].as_array().unwrap().iter().map(|g| ("quote", g));
        let figures = gold["figures"].as_array().unwrap().iter().map(|g| ("figure", g));
        for (kind, g) in quotes.chain(figures) {
            let text = g["text"].as_str().unwrap();
            let finding = report.findings.iter().find(|f| f.detail.kind() == kind && (f.text.contains(text) || text.contains(f.text.as_str())));
            let finding = finding.unwrap_or_else(|| panic!("{kind} {text:?} not found"));
            assert!(spotcheck::analyze::badged(finding), "{text:?} gets no badge (score {})", finding.score);
        }
    }
}

#[test]
fn seed_reported_claims_credit_their_source() {
    let report = spotcheck::analyze_text(&seed_text());
    let claims = findings(&report, "claim");
    for g in gold()["reported_claims"].as_array().unwrap() {
        let text = g["text"].as_str().unwrap();
        let start = report.text.find(text).unwrap();
        let start16 = report.text[..start].encode_utf16().count();
        let end16 = start16 + text.encode_utf16().count();
        let hit = claims.iter().find(|c| {
            let (s, e) = (c["start"].as_u64().unwrap() as usize, c["end"].as_u64().unwrap() as usize);
            s < end16 && start16 < e
        });
        let hit = hit.unwrap_or_else(|| panic!("no claim over {text:?}"));
        let source = hit["source"].as_str().unwrap_or("");
        assert!(same_speaker(g["source"].as_str().unwrap(), source), "{text:?}: source {source:?}, want {}", g["source"]);
    }
}
