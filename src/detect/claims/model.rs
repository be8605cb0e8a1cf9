//! The check-worthiness model: two logistic heads over [`features`], one for news prose
//! (`analyze`, Platt-scaled so that its score is a probability on news-like text) and one
//! for transcript lines (`rank`), their weights compiled in as a small binary file.
//!
//! Two heads, because the corpora disagree on what to reward: in CLEF debates 1 line in 90
//! is check-worthy and the wording of a moderator's question matters, in ClaimBuster 1 in
//! 4; cross-validation showed each head losing on the other's corpus when they shared one.
//!
//! `claim_model.bin` beside this file is written by `examples/train_claims.rs`. Layout,
//! little-endian: the magic `SCM2`; u32 news buckets, u32 transcript buckets, u32 named
//! signals; u16 show threshold in thousandths; u16 neighbour weight of `rank` in
//! thousandths; f32 news bias, news scale, transcript bias, transcript scale, Platt a,
//! Platt b; one f32 per named signal for news, then for transcripts; then one i8 per news
//! bucket and one per transcript bucket (weight = i8 × scale). The transcript head folds
//! the hashed features into fewer buckets, which keeps the file small.

use super::features::{self, Features};
use std::sync::OnceLock;

const BYTES: &[u8] = include_bytes!("claim_model.bin");
const HEADER: usize = 4 + 3 * 4 + 2 + 2 + 6 * 4;

/// The calibrated score at or above which a sentence is shown as a claim: read from the
/// model file, where the trainer put the threshold that maximised out-of-fold F1.
pub const SHOW_THRESHOLD: f64 = u16::from_le_bytes([BYTES[16], BYTES[17]]) as f64 / 1000.0;

/// Transcript lines fold the hashed features into this many buckets.
pub const TRANSCRIPT_BUCKETS: usize = features::BUCKETS / 2;

/// Calibrated scores stay this far from 0 and 1: the model is never certain.
pub const CLAMP: f64 = 0.01;

/// One linear head.
#[derive(Clone, Debug, PartialEq)]
pub struct Head {
    pub bias: f32,
    pub scale: f32,
    pub signals: Vec<f32>,
    pub hashed: Vec<i8>,
}

impl Head {
    /// The head's log-odds for a sentence; hashed buckets fold into the head's size.
    pub fn margin(&self, f: &Features) -> f64 {
        let mask = self.hashed.len().saturating_sub(1);
        let named: f32 = f.signals.iter().filter_map(|&i| self.signals.get(i)).sum();
        let hashed: f32 = f.hashed.iter().filter_map(|&(b, v)| self.hashed.get(b as usize & mask).map(|&w| w as f32 * v)).sum();
        (self.bias + named + self.scale * hashed) as f64
    }

    fn zero(buckets: usize) -> Head {
        Head { bias: 0.0, scale: 0.0, signals: vec![0.0; features::SIGNALS.len()], hashed: vec![0; buckets] }
    }
}

/// The parsed model.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub news: Head,
    pub transcript: Head,
    pub platt_a: f32,
    pub platt_b: f32,
    pub threshold: f64,
    /// How much of its neighbours' margins a transcript line takes in `rank`.
    pub context: f64,
}

fn u32_at(b: &[u8], at: usize) -> usize {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]]) as usize
}

fn f32_at(b: &[u8], at: usize) -> f32 {
    f32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

impl Model {
    /// Reads a model file; `None` when it is not one for this build's features.
    pub fn parse(b: &[u8]) -> Option<Model> {
        if b.len() < HEADER || &b[..4] != b"SCM2" {
            return None;
        }
        let (nb, tb, k) = (u32_at(b, 4), u32_at(b, 8), u32_at(b, 12));
        if nb != features::BUCKETS || tb != TRANSCRIPT_BUCKETS || k != features::SIGNALS.len() || b.len() != HEADER + 8 * k + nb + tb {
            return None;
        }
        let floats = |at: usize| (0..k).map(|i| f32_at(b, at + 4 * i)).collect::<Vec<f32>>();
        let bytes = |from: usize, n: usize| b[from..from + n].iter().map(|&x| x as i8).collect::<Vec<i8>>();
        let news = Head { bias: f32_at(b, 20), scale: f32_at(b, 24), signals: floats(HEADER), hashed: bytes(HEADER + 8 * k, nb) };
        let transcript = Head { bias: f32_at(b, 28), scale: f32_at(b, 32), signals: floats(HEADER + 4 * k), hashed: bytes(HEADER + 8 * k + nb, tb) };
        Some(Model {
            news,
            transcript,
            platt_a: f32_at(b, 36),
            platt_b: f32_at(b, 40),
            threshold: u16::from_le_bytes([b[16], b[17]]) as f64 / 1000.0,
            context: u16::from_le_bytes([b[18], b[19]]) as f64 / 1000.0,
        })
    }

    /// The model file's bytes (the trainer writes them).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = b"SCM2".to_vec();
        for n in [self.news.hashed.len(), self.transcript.hashed.len(), self.news.signals.len()] {
            out.extend((n as u32).to_le_bytes());
        }
        out.extend(((self.threshold * 1000.0).round() as u16).to_le_bytes());
        out.extend(((self.context * 1000.0).round() as u16).to_le_bytes());
        let head = [self.news.bias, self.news.scale, self.transcript.bias, self.transcript.scale, self.platt_a, self.platt_b];
        for v in head.iter().chain(&self.news.signals).chain(&self.transcript.signals) {
            out.extend(v.to_le_bytes());
        }
        out.extend(self.news.hashed.iter().chain(&self.transcript.hashed).map(|&x| x as u8));
        out
    }

    /// The news head's margin (what `analyze` calibrates).
    pub fn margin(&self, f: &Features) -> f64 {
        self.news.margin(f)
    }

    /// The transcript head's margin (what `rank` orders by).
    pub fn transcript_margin(&self, f: &Features) -> f64 {
        self.transcript.margin(f)
    }

    /// The calibrated probability that a sentence with these features is check-worthy, kept
    /// within [`CLAMP`], 1 − [`CLAMP`].
    pub fn score(&self, f: &Features) -> f64 {
        self.calibrate(self.margin(f)).clamp(CLAMP, 1.0 - CLAMP)
    }

    /// A news margin mapped to a probability on news-like text (Platt scaling), unclamped.
    pub fn calibrate(&self, margin: f64) -> f64 {
        1.0 / (1.0 + (-(self.platt_a as f64 * margin + self.platt_b as f64)).exp())
    }
}

/// The compiled-in model. A file that does not fit this build fails the unit test below;
/// at run time it would give every sentence the same middling score rather than panic.
pub fn model() -> &'static Model {
    static M: OnceLock<Model> = OnceLock::new();
    M.get_or_init(|| {
        Model::parse(BYTES).unwrap_or(Model {
            news: Head::zero(features::BUCKETS),
            transcript: Head::zero(TRANSCRIPT_BUCKETS),
            platt_a: 0.0,
            platt_b: 0.0,
            threshold: SHOW_THRESHOLD,
            context: 0.0,
        })
    })
}

/// The compiled-in model's [`Model::score`].
pub fn score(f: &Features) -> f64 {
    model().score(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiled_model_fits_this_build() {
        let m = Model::parse(BYTES).expect("claim_model.bin matches features::BUCKETS and SIGNALS");
        assert_eq!(m.threshold, SHOW_THRESHOLD);
        assert!((0.05..0.95).contains(&SHOW_THRESHOLD), "{SHOW_THRESHOLD}");
        assert!(m.platt_a > 0.0, "calibration keeps the order of the margins");
        for head in [&m.news, &m.transcript] {
            assert!(head.hashed.iter().any(|&w| w != 0) && head.scale > 0.0, "a trained model has weights");
        }
        assert_eq!(m.to_bytes(), BYTES);
    }

    #[test]
    fn scores_stay_off_the_ends() {
        let mut m = model().clone();
        m.news.bias = 1e6;
        let f = features::extract("Anything.");
        assert!(m.calibrate(m.margin(&f)) > 0.999);
        for s in ["", "Thank you.", "We cut taxes by 40 percent, the largest cut in history, and created 14 million jobs."] {
            let p = score(&features::extract(s));
            assert!((CLAMP..=1.0 - CLAMP).contains(&p), "{s}: {p}");
        }
    }

    #[test]
    fn a_file_for_other_features_is_refused() {
        let mut b = BYTES.to_vec();
        b[8] ^= 1;
        assert!(Model::parse(&b).is_none());
        assert!(Model::parse(b"SCM1").is_none());
        assert!(Model::parse(&BYTES[..BYTES.len() - 1]).is_none());
    }
}
