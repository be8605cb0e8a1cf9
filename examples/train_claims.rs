//! Trains the check-worthiness model of `src/detect/claims/model.rs`.
//!
//! `cargo run --release --example train_claims -- [SHARED_DIR]` reads the CLEF-2020
//! transcripts and the ClaimBuster sentences, reports 5-fold cross-validated figures
//! (folds by transcript for CLEF, so no debate is seen in training and test at once), then
//! trains on everything and writes `src/detect/claims/claim_weights.txt`.

use spotcheck::detect::claims::{self, features};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

struct Example {
    features: Vec<String>,
    label: bool,
}

struct Transcript {
    examples: Vec<Example>,
}

const FOLDS: usize = 5;
const EPOCHS: usize = 12;
const L2: f64 = 1e-5;
const MIN_COUNT: usize = 10;
const CLEF_DOMAIN: &str = "@domain-debate";
/// Weights smaller than this are left out of the file: they change no ranking.
const PRUNE: f64 = 0.1;

fn featurize(text: &str) -> Vec<String> {
    features::features(text, &features::reasons(text))
}

fn load(shared: &Path) -> (Vec<Transcript>, Vec<Example>) {
    let dir = shared.join("corpus/checkworthy/clef2020/train");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).expect("CLEF folder").map(|e| e.unwrap().path()).collect();
    files.sort();
    let transcripts = files
        .iter()
        .map(|p| Transcript {
            examples: std::fs::read_to_string(p)
                .unwrap()
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| {
                    let cols: Vec<&str> = l.split('\t').collect();
                    // The domain feature soaks up CLEF's far lower base rate, so that the
                    // weights written (which never see it) stay calibrated for news prose.
                    let mut features = featurize(cols[2]);
                    features.push(CLEF_DOMAIN.to_string());
                    Example { features, label: cols[3].trim() == "1" }
                })
                .collect(),
        })
        .collect();
    let cb: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(shared.join("corpus/checkworthy/claimbuster/train.json")).unwrap()).unwrap();
    let claimbuster =
        cb.as_array().unwrap().iter().map(|x| Example { features: featurize(x["text"].as_str().unwrap()), label: x["label"].as_i64() == Some(1) }).collect();
    (transcripts, claimbuster)
}

/// Logistic regression by AdaGrad over binary features.
fn train(examples: &[&Example]) -> HashMap<String, f64> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for e in examples {
        for f in &e.features {
            *counts.entry(f).or_default() += 1;
        }
    }
    let mut w: HashMap<String, f64> = HashMap::new();
    let mut g2: HashMap<String, f64> = HashMap::new();
    let lr = 0.1;
    // A fixed shuffle keeps runs reproducible without a random crate.
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    for epoch in 0..EPOCHS {
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        let _ = epoch;
        for &i in &order {
            let e = examples[i];
            let active: Vec<&str> =
                std::iter::once("@bias").chain(e.features.iter().map(String::as_str).filter(|f| counts.get(f).copied().unwrap_or(0) >= MIN_COUNT)).collect();
            let z: f64 = active.iter().map(|f| w.get(*f).copied().unwrap_or(0.0)).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let err = p - if e.label { 1.0 } else { 0.0 };
            for f in active {
                let wi = w.entry(f.to_string()).or_default();
                let g = err + L2 * *wi;
                let acc = g2.entry(f.to_string()).or_default();
                *acc += g * g;
                *wi -= lr * g / (acc.sqrt() + 1e-8);
            }
        }
    }
    w
}

fn score(w: &HashMap<String, f64>, e: &Example) -> f64 {
    // As in the product: the domain feature is not there at inference.
    let z: f64 = w.get("@bias").copied().unwrap_or(0.0) + e.features.iter().filter(|f| *f != CLEF_DOMAIN).filter_map(|f| w.get(f)).sum::<f64>();
    1.0 / (1.0 + (-z).exp())
}

fn f1_at(scores: &[(f64, bool)], t: f64) -> f64 {
    let tp = scores.iter().filter(|(s, l)| *l && *s >= t).count() as f64;
    let fp = scores.iter().filter(|(s, l)| !*l && *s >= t).count() as f64;
    let fneg = scores.iter().filter(|(s, l)| *l && *s < t).count() as f64;
    if tp == 0.0 {
        0.0
    } else {
        2.0 * tp / (2.0 * tp + fp + fneg)
    }
}

fn main() {
    let shared = std::env::args().nth(1).map(PathBuf::from).unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let (transcripts, claimbuster) = load(&shared);

    let mut aps = Vec::new();
    let mut cb_scores = Vec::new();
    for fold in 0..FOLDS {
        let train_set: Vec<&Example> = transcripts
            .iter()
            .enumerate()
            .filter(|(i, _)| i % FOLDS != fold)
            .flat_map(|(_, t)| t.examples.iter())
            .chain(claimbuster.iter().enumerate().filter(|(i, _)| i % FOLDS != fold).map(|(_, e)| e))
            .collect();
        let w = train(&train_set);
        for t in transcripts.iter().enumerate().filter(|(i, _)| i % FOLDS == fold).map(|(_, t)| t) {
            let own: Vec<f64> = t.examples.iter().map(|e| score(&w, e)).collect();
            let labels: Vec<bool> = t.examples.iter().map(|e| e.label).collect();
            if let Some(ap) = claims::average_precision(&claims::blend_with_neighbours(&own), &labels) {
                aps.push(ap);
            }
        }
        cb_scores.extend(claimbuster.iter().enumerate().filter(|(i, _)| i % FOLDS == fold).map(|(_, e)| (score(&w, e), e.label)));
        eprintln!("fold {fold} done");
    }
    let map = aps.iter().sum::<f64>() / aps.len() as f64;
    println!("cross-validated CLEF MAP {map:.4} over {} transcripts", aps.len());
    let best = (1..20).map(|k| k as f64 / 20.0).map(|t| (t, f1_at(&cb_scores, t))).fold((0.0, 0.0), |a, b| if b.1 > a.1 { b } else { a });
    println!("cross-validated ClaimBuster F1 at 0.5: {:.4}; best {:.4} at {:.2}", f1_at(&cb_scores, 0.5), best.1, best.0);

    let all: Vec<&Example> = transcripts.iter().flat_map(|t| t.examples.iter()).chain(claimbuster.iter()).collect();
    let w = train(&all);
    let mut lines: Vec<(String, f64)> = w.into_iter().filter(|(f, v)| v.abs() >= PRUNE && f != CLEF_DOMAIN).collect();
    lines.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = String::from("# Check-worthiness weights: feature<TAB>weight, sorted by feature; @bias is the intercept.\n# Written by examples/train_claims.rs from CLEF-2020 train and ClaimBuster; do not edit by hand.\n");
    for (f, v) in &lines {
        out.push_str(&format!("{f}\t{v:.4}\n"));
    }
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/detect/claims/claim_weights.txt");
    std::fs::write(&path, out).unwrap();
    println!("wrote {} weights to {}", lines.len(), path.display());
}
