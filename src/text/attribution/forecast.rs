//! Verbs of forecast: "the IMF estimates growth of 2.1%", "the OBR forecasts growth of
//! 1.1%". A named body or person before one is the source of the figures of its clause,
//! as of the claim, though the verb is no verb of saying.

use std::sync::OnceLock;

/// Whether `k` (lower case) is a verb of forecast: `forecast_verbs.txt`.
pub fn is_forecast_verb(k: &str) -> bool {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    let list = CELL.get_or_init(|| {
        let mut v: Vec<&str> =
            data_file!("text/attribution/forecast_verbs.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        v.sort_unstable();
        v
    });
    // A handful of entries, asked of nearly every word of a credit: a scan that compares
    // lengths first settles most words without comparing a byte.
    list.iter().any(|v| v.len() == k.len() && *v == k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forecast_verbs_are_listed_in_every_form() {
        for k in ["forecasts", "forecast", "projects", "predicts", "expects"] {
            assert!(is_forecast_verb(k), "{k}");
        }
        for k in ["said", "forecaster", "project", "Forecasts"] {
            assert!(!is_forecast_verb(k), "{k}");
        }
    }
}
