//! The figures evaluation of `../shared/spec/metrics.md` on the Recognizers-Text spec files in
//! `../shared/corpus/recognizers/`: span recall, value accuracy and precision per model file
//! and overall, computed exactly as `../shared/tools/score.py figures` does, with floors a
//! little under what the detector reaches on the development split.
//!
//! Run with `cargo test --release --test eval_figures -- --nocapture` to see the table.
//! When the corpus is not beside the repository (a bare clone), the test says so and passes:
//! it measures data, and without the data there is nothing to measure.

use serde_json::Value;
use spotcheck::report::Detail;
use std::path::PathBuf;

#[derive(Default, Clone, Copy)]
struct Tally {
    gold: usize,
    found: usize,
    resolved: usize,
    pred: usize,
    pred_ok: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.gold += o.gold;
        self.found += o.found;
        self.resolved += o.resolved;
        self.pred += o.pred;
        self.pred_ok += o.pred_ok;
    }
    fn recall(&self) -> f64 {
        ratio(self.found, self.gold)
    }
    fn value_accuracy(&self) -> f64 {
        ratio(self.resolved, self.gold)
    }
    fn precision(&self) -> f64 {
        ratio(self.pred_ok, self.pred)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The gold number of a result, as score.py's `gold_number` reads it: the resolution's
/// value (or number); a range's lower bound; a percent as its number; none for a range
/// open below, a relative ordinal or a unit named without a number.
fn gold_number(result: &Value) -> Option<f64> {
    let r = result.get("Resolution")?;
    let v = match r.get("value") {
        Some(v) if !v.is_null() => v,
        _ => r.get("number").filter(|v| !v.is_null())?,
    };
    if let Some(x) = v.as_f64() {
        return Some(x);
    }
    let s = v.as_str()?.trim();
    if s.starts_with('[') || s.starts_with('(') {
        if let Some(comma) = s.find(',') {
            let low = s[1..comma].trim();
            if low.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '.' | 'e' | 'E' | '+')) {
                return if low.is_empty() { None } else { low.parse().ok() };
            }
        }
    }
    s.trim_end_matches('%').replace(',', "").trim().parse().ok()
}

/// UTF-16 offsets of `text` mapped to char (code point) offsets, as score.py maps them.
fn utf16_to_char(text: &str) -> Vec<usize> {
    let mut map = Vec::new();
    for (i, ch) in text.chars().enumerate() {
        for _ in 0..ch.len_utf16() {
            map.push(i);
        }
    }
    map.push(text.chars().count());
    map
}

/// The chars `start..end` of `text`, for the error dump.
fn slice_chars(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end.saturating_sub(start)).collect()
}

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/recognizers")
}

/// (model, tally) per spec file of the development split, in file-name order.
fn evaluate() -> Option<Vec<(String, Tally)>> {
    evaluate_dir(&corpus_dir())
}

/// (model, tally) per spec file in `dir`, in file-name order.
fn evaluate_dir(dir: &std::path::Path) -> Option<Vec<(String, Tally)>> {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(dir).ok()?.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "json")).collect();
    files.sort();
    let mut out = Vec::new();
    let mut dump: Vec<String> = Vec::new();
    for path in files {
        let model = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let raw = std::fs::read_to_string(&path).expect("spec file readable");
        let cases: Vec<Value> = serde_json::from_str(raw.trim_start_matches('\u{feff}')).expect("spec file is JSON");
        let mut tally = Tally::default();
        for case in &cases {
            let input = case["Input"].as_str().unwrap_or("");
            let gold: Vec<(usize, usize, &Value)> = case["Results"]
                .as_array()
                .map(|rs| rs.iter().map(|r| (r["Start"].as_u64().unwrap_or(0) as usize, r["End"].as_u64().unwrap_or(0) as usize + 1, r)).collect())
                .unwrap_or_default();
            if gold.is_empty() {
                continue;
            }
            let report = spotcheck::analyze_text(input);
            let map = utf16_to_char(&report.text);
            let at = |u: usize| map[u.min(map.len() - 1)];
            let pred: Vec<(usize, usize, Option<f64>)> = report
                .findings
                .iter()
                .filter_map(|f| match &f.detail {
                    Detail::Figure { value, .. } => Some((at(f.start), at(f.end), *value)),
                    _ => None,
                })
                .collect();
            let overlaps = |ps: usize, pe: usize, gs: usize, ge: usize| pe.min(ge) > ps.max(gs);
            tally.gold += gold.len();
            tally.pred += pred.len();
            tally.pred_ok += pred.iter().filter(|&&(ps, pe, _)| gold.iter().any(|&(gs, ge, _)| overlaps(ps, pe, gs, ge))).count();
            for &(ps, pe, v) in &pred {
                if !gold.iter().any(|&(gs, ge, _)| overlaps(ps, pe, gs, ge)) {
                    dump.push(format!("{model}\tFP\t{}\t{v:?}\t{input}", slice_chars(input, ps, pe)));
                }
            }
            for &(gs, ge, result) in &gold {
                let hits: Vec<Option<f64>> = pred.iter().filter(|&&(ps, pe, _)| overlaps(ps, pe, gs, ge)).map(|p| p.2).collect();
                if hits.is_empty() {
                    dump.push(format!("{model}\tMISS\t{}\t{:?}\t{input}", slice_chars(input, gs, ge), gold_number(result)));
                    continue;
                }
                tally.found += 1;
                if let Some(want) = gold_number(result) {
                    if hits.iter().flatten().any(|v| (v - want).abs() <= 1e-9 * want.abs().max(1.0)) {
                        tally.resolved += 1;
                    } else {
                        dump.push(format!("{model}\tVALUE\t{}\t{want} got {hits:?}\t{input}", slice_chars(input, gs, ge)));
                    }
                }
            }
        }
        out.push((model, tally));
    }
    // For error analysis: `SPOTCHECK_FIGURES_DUMP=path` writes every miss, wrong value and
    // unmatched figure, one a line (model, kind, span, values, input).
    if let Some(path) = std::env::var_os("SPOTCHECK_FIGURES_DUMP") {
        let _ = std::fs::write(path, dump.join("\n"));
    }
    Some(out)
}

#[test]
fn figures_meet_their_floors_on_the_recognizers_specs() {
    // A missing corpus is a failure, not a pass: the floors would otherwise guard nothing.
    let per_model = evaluate().filter(|v| !v.is_empty()).unwrap_or_else(|| panic!("no Recognizers corpus at {}", corpus_dir().display()));
    let mut total = Tally::default();
    println!("{:<20} {:>5} {:>12} {:>14} {:>10}", "model", "gold", "span recall", "value accuracy", "precision");
    for (model, t) in &per_model {
        println!("{:<20} {:>5} {:>12.4} {:>14.4} {:>10.4}", model, t.gold, t.recall(), t.value_accuracy(), t.precision());
        total.add(t);
    }
    println!("{:<20} {:>5} {:>12.4} {:>14.4} {:>10.4}", "overall", total.gold, total.recall(), total.value_accuracy(), total.precision());

    // Floors a little under the development-split figures, so a regression fails the build.
    assert!(total.recall() >= FLOOR_RECALL, "span recall {:.4} < {FLOOR_RECALL}", total.recall());
    assert!(total.value_accuracy() >= FLOOR_VALUE, "value accuracy {:.4} < {FLOOR_VALUE}", total.value_accuracy());
    assert!(total.precision() >= FLOOR_PRECISION, "precision {:.4} < {FLOOR_PRECISION}", total.precision());
    for (model, t) in &per_model {
        if model == "NumberModel" {
            assert!(t.value_accuracy() >= 0.95, "NumberModel value accuracy {:.4}", t.value_accuracy());
        }
    }
}

// Development split, as measured: span recall 0.9506, value accuracy 0.8665, precision 0.9000
// (before issue 9: 0.958, 0.874, 0.908). The difference is deliberate: labels and codes
// ("nr. 22", "version two", "SCP-173") are no figures now, and durations stated as facts
// ("lasted four years") are, which the Recognizers specs do not count; stretches that place a
// claim in time ("in the past three years") are not.
const FLOOR_RECALL: f64 = 0.95;
const FLOOR_VALUE: f64 = 0.865;
const FLOOR_PRECISION: f64 = 0.895;

/// Our own Recognizers-style cases (`tests/data/recognizers-own`, 331 results in all eight
/// models), written before they were run to test the grammar on forms the development split
/// does not hold. Session 5 first read 0.9879 / 0.9728 / 0.9939 on them (the 47 older
/// results 0.9574 / 0.9362 / 0.9783); every wrong value left is an ordinal read as a
/// fraction or a year-like ordinal before a time noun.
#[test]
fn figures_hold_on_our_own_recognizers_style_cases() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/recognizers-own");
    let per_model = evaluate_dir(&dir).filter(|v| !v.is_empty()).expect("own cases present");
    let mut total = Tally::default();
    for (model, t) in &per_model {
        println!("own {:<20} {:>5} {:>8.4} {:>8.4} {:>8.4}", model, t.gold, t.recall(), t.value_accuracy(), t.precision());
        total.add(t);
    }
    println!("own overall {:>5} {:>8.4} {:>8.4} {:>8.4}", total.gold, total.recall(), total.value_accuracy(), total.precision());
    assert!(total.recall() >= 0.97, "own span recall {:.4}", total.recall());
    assert!(total.value_accuracy() >= 0.95, "own value accuracy {:.4}", total.value_accuracy());
    assert!(total.precision() >= 0.97, "own precision {:.4}", total.precision());
}

/// Session 14's probe cases (`tests/data/recognizers-probe`, 547 results in all eight models),
/// written in the specs' style before they were run: currencies by name, code and symbol for
/// many countries, units of every kind spelled, abbreviated and glued, ages, temperatures,
/// percents, spelled and fractional numbers, ranges, ordinals, and imperatives before counts.
/// First run 0.9737 / 0.9211 / 1.0 (ten counts after an opening verb read as names: "Pick 3
/// cards", "Expect 20 to 25 guests"; then five after an adverb: "Perhaps 40 people came"); now
/// 0.9872 / 0.9433 / 1.0. What is left: open lower
/// bounds and relative ordinals (no value to match), "the 21st century" and "the 100th day"
/// (ordinals of time, no figure for a news reader), "Book 2 tickets" (a word that names a
/// numbered thing as often), "a couple", "one thousandth" (a fraction to the Number model).
#[test]
fn figures_hold_on_the_probe_cases() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/recognizers-probe");
    let per_model = evaluate_dir(&dir).filter(|v| !v.is_empty()).expect("probe cases present");
    let mut total = Tally::default();
    for (model, t) in &per_model {
        println!("probe {:<20} {:>5} {:>8.4} {:>8.4} {:>8.4}", model, t.gold, t.recall(), t.value_accuracy(), t.precision());
        total.add(t);
    }
    println!("probe overall {:>5} {:>8.4} {:>8.4} {:>8.4}", total.gold, total.recall(), total.value_accuracy(), total.precision());
    assert!(total.recall() >= 0.985, "probe span recall {:.4}", total.recall());
    assert!(total.value_accuracy() >= 0.94, "probe value accuracy {:.4}", total.value_accuracy());
    assert!(total.precision() >= 0.99, "probe precision {:.4}", total.precision());
}

#[test]
fn gold_numbers_read_like_the_reference_scorer() {
    let v = |s: &str| serde_json::from_str::<Value>(s).expect("json");
    assert_eq!(gold_number(&v(r#"{"Resolution":{"value":"25%"}}"#)), Some(25.0));
    assert_eq!(gold_number(&v(r#"{"Resolution":{"value":"(20,35]"}}"#)), Some(20.0));
    assert_eq!(gold_number(&v(r#"{"Resolution":{"value":"(,100]"}}"#)), None);
    assert_eq!(gold_number(&v(r#"{"Resolution":{"value":"1,234"}}"#)), Some(1234.0));
    assert_eq!(gold_number(&v(r#"{"Resolution":{"value":"end+0"}}"#)), None);
    assert_eq!(gold_number(&v(r#"{"Resolution":{"value":null,"unit":"Dollar"}}"#)), None);
}
