//! Check-worthiness, measured as `../shared/spec/metrics.md` says: MAP and P@10 of
//! `claims::rank` over the CLEF-2020 transcripts, and the F1 of the positive class on
//! ClaimBuster at the threshold the extension uses for claim badges.
//!
//! Prints the figures; asserts floors so that a change that loses quality fails the run.
//! The model was trained on these same files, so these are in-sample figures: a guard
//! against regressions, not an estimate. The honest estimate is the trainer's
//! cross-validation (`cargo run --release --example train_claims`), folds by transcript.

use spotcheck::detect::claims;
use std::path::PathBuf;

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/checkworthy")
}

/// (MAP, P@10) over the CLEF transcripts with at least one positive line.
fn clef() -> (f64, f64, usize) {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus().join("clef2020/train")).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let (mut aps, mut p10s) = (Vec::new(), Vec::new());
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let rows: Vec<Vec<&str>> = text.lines().filter(|l| !l.trim().is_empty()).map(|l| l.split('\t').collect()).collect();
        let lines: Vec<String> = rows.iter().map(|r| r[2].to_string()).collect();
        let labels: Vec<bool> = rows.iter().map(|r| r[3].trim() == "1").collect();
        let scores = claims::rank(&lines);
        if let Some(ap) = claims::average_precision(&scores, &labels) {
            aps.push(ap);
            let mut order: Vec<usize> = (0..scores.len()).collect();
            order.sort_by(|&a, &b| scores[b].partial_cmp(&scores[a]).unwrap_or(std::cmp::Ordering::Equal));
            p10s.push(order.iter().take(10).filter(|&&i| labels[i]).count() as f64 / 10.0);
        }
    }
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
    (mean(&aps), mean(&p10s), aps.len())
}

/// F1 of the positive class on ClaimBuster at the badge threshold.
fn claimbuster() -> (f64, f64, f64) {
    let data: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(corpus().join("claimbuster/train.json")).unwrap()).unwrap();
    let items = data.as_array().unwrap();
    let lines: Vec<String> = items.iter().map(|x| x["text"].as_str().unwrap().replace('\n', " ")).collect();
    let scores = claims::rank(&lines);
    let (mut tp, mut fp, mut fneg) = (0, 0, 0);
    for (x, s) in items.iter().zip(&scores) {
        let gold = x["label"].as_i64() == Some(1);
        let pred = *s >= claims::SHOW_THRESHOLD;
        match (gold, pred) {
            (true, true) => tp += 1,
            (false, true) => fp += 1,
            (true, false) => fneg += 1,
            _ => {}
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fneg).max(1) as f64;
    (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
}

#[test]
fn checkworthiness_on_development_data() {
    let (map, p10, n) = clef();
    let (p, r, f1) = claimbuster();
    println!("CLEF-2020 train ({n} transcripts): MAP {map:.4}  P@10 {p10:.4}");
    println!("ClaimBuster at threshold {}: P {p:.4}  R {r:.4}  F1 {f1:.4}", claims::SHOW_THRESHOLD);
    assert!(map >= FLOOR_MAP, "CLEF MAP {map:.4} fell under {FLOOR_MAP}");
    assert!(f1 >= FLOOR_F1, "ClaimBuster F1 {f1:.4} fell under {FLOOR_F1}");
}

const FLOOR_MAP: f64 = 0.22;
const FLOOR_F1: f64 = 0.8;
