//! The check-worthiness model: logistic regression, its weights as data.
//!
//! `claim_weights.txt` beside this file holds one `feature<TAB>weight` a line, sorted by
//! feature, written by `examples/train_claims.rs`; `@bias` is the intercept. A feature
//! missing from the file weighs nothing.

use std::collections::HashMap;
use std::sync::OnceLock;

const WEIGHTS: &str = include_str!("claim_weights.txt");

fn weights() -> &'static HashMap<&'static str, f64> {
    static W: OnceLock<HashMap<&'static str, f64>> = OnceLock::new();
    W.get_or_init(|| parse(WEIGHTS))
}

/// Reads the weights file; malformed lines are skipped (the test below rejects them).
pub fn parse(src: &str) -> HashMap<&str, f64> {
    src.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let (name, w) = l.split_once('\t')?;
            Some((name, w.trim().parse().ok()?))
        })
        .collect()
}

/// The probability that a sentence with these features is check-worthy.
pub fn score(features: &[String]) -> f64 {
    let w = weights();
    let z: f64 = w.get("@bias").copied().unwrap_or(0.0) + features.iter().filter_map(|f| w.get(f.as_str())).sum::<f64>();
    1.0 / (1.0 + (-z).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_file_is_well_formed_and_sorted() {
        let lines: Vec<&str> = WEIGHTS.lines().filter(|l| !l.starts_with('#')).collect();
        assert!(lines.len() > 100, "a trained model has weights");
        for l in &lines {
            let (_, w) = l.split_once('\t').unwrap_or_else(|| panic!("no tab in {l:?}"));
            assert!(w.parse::<f64>().is_ok_and(f64::is_finite), "{l:?}");
        }
        for pair in lines.windows(2) {
            assert!(pair[0].split('\t').next() < pair[1].split('\t').next(), "sorted, no duplicates: {pair:?}");
        }
        assert!(weights().contains_key("@bias"));
    }
}
