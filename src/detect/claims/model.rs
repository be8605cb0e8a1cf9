//! The check-worthiness model: two logistic heads over [`features`], one for news prose
//! (`analyze`, Platt-scaled so that its score is a probability on news-like text) and one
//! for transcript lines (`rank`), their weights compiled in as a small binary file.
//!
//! Two heads, because the corpora disagree on what to reward: in CLEF debates 1 line in 90
//! is check-worthy and the wording of a moderator's question matters, in ClaimBuster 1 in
//! 4; cross-validation showed each head losing on the other's corpus when they shared one.
//!
//! `claim_model.bin` beside this file is written by `examples/train_claims.rs`. Layout,
//! little-endian: the magic `SCM3`; u32 news buckets, u32 transcript buckets, u32 named
//! signals; u16 show threshold in thousandths; u16 neighbour weight of `rank` in
//! thousandths; f32 news bias, news scale, transcript bias, transcript scale, Platt a,
//! Platt b; one f32 per named signal for news, then for transcripts; then, per head (news
//! first), the bits `b` of its level indices (u8), its `2^b` weight levels (i8), then one
//! `b`-bit level index per bucket, packed from the lowest bit of the first byte up
//! (weight = level × scale). The transcript head folds the hashed features into fewer
//! buckets.
//!
//! Why levels: the hashed weights are most of the WebAssembly module's data. At most
//! [`LEVELS`] levels a head, chosen by the trainer ([`snap_to_levels`]), hold it in 4 bits
//! a bucket instead of 8. Cross-validated (issue 8, second pass), 2^16 news buckets at 16
//! levels beat 2^15 at 64 (emitted F1 0.771 against 0.764) in about the same room; 32 or
//! 64 levels at 2^16 gained no more than 0.004 and cost 15 to 25 KB gzipped.

use super::features::{self, Features};
use std::sync::OnceLock;

/// The model file as stored (the trainer writes it; the tests read it whole).
#[cfg(test)]
const BYTES: &[u8] = include_bytes!("claim_model.bin");
/// The file's news part: header, named signals, news head (cut by build.rs at
/// [`news_part_len`]). `analyze` reads only this.
const NEWS_PART: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/claim_model.news.bin"));
/// The rest of the file, the transcript head's packed weights: a static of its own that
/// only [`transcript`] (so only `rank`) names, so the WebAssembly module, which never ranks
/// transcripts, links none of these 16 KB (issue 11, size).
const TRANSCRIPT_PART: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/claim_model.transcript.bin"));
const HEADER: usize = 4 + 3 * 4 + 2 + 2 + 6 * 4;
const MAGIC: &[u8] = b"SCM3";

/// How many distinct weights a head's hashed buckets may take: what a 4-bit index names.
pub const LEVELS: usize = 16;

/// The calibrated score at or above which a sentence is shown as a claim: read from the
/// model file, where the trainer put the threshold that maximised the mean out-of-fold F1
/// over base rates of check-worthy sentences from ClaimBuster's own to three times it.
pub const SHOW_THRESHOLD: f64 = u16::from_le_bytes([NEWS_PART[16], NEWS_PART[17]]) as f64 / 1000.0;

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

/// The parsed model of news prose (what `analyze` scores with). The file's transcript head
/// is read apart ([`transcript`]), by `rank` only.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub news: Head,
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

/// The number of named signals of a file's header, when the header is this build's (magic,
/// bucket counts, signals) and the named weights follow it.
fn header_signals(b: &[u8]) -> Option<usize> {
    if b.len() < HEADER || &b[..4] != MAGIC {
        return None;
    }
    let (nb, tb, k) = (u32_at(b, 4), u32_at(b, 8), u32_at(b, 12));
    (nb == features::BUCKETS && tb == TRANSCRIPT_BUCKETS && k == features::SIGNALS.len() && b.len() >= HEADER + 8 * k).then_some(k)
}

/// `k` named-signal weights (f32) from `at`.
fn signals_at(b: &[u8], at: usize, k: usize) -> Vec<f32> {
    (0..k).map(|i| f32_at(b, at + 4 * i)).collect()
}

/// The transcript head: its bias, scale and named weights from the news part's header, its
/// hashed weights from the rest of the file, which must be exactly them.
fn parse_transcript(news_part: &[u8], rest: &[u8]) -> Option<Head> {
    let k = header_signals(news_part)?;
    let (hashed, used) = unpack(rest, TRANSCRIPT_BUCKETS)?;
    (used == rest.len()).then(|| Head { bias: f32_at(news_part, 28), scale: f32_at(news_part, 32), signals: signals_at(news_part, HEADER + 4 * k, k), hashed })
}

/// The length of a model file's news part (header, named signals, news head): where
/// build.rs cuts the compiled-in file; `None` when the file is too short to say.
fn news_part_len(b: &[u8]) -> Option<usize> {
    if b.len() < HEADER {
        return None;
    }
    let (nb, k) = (u32_at(b, 4), u32_at(b, 12));
    let bits = *b.get(HEADER + 8 * k)? as usize;
    Some(HEADER + 8 * k + 1 + (1 << bits.min(16)) + (nb * bits).div_ceil(8))
}

impl Model {
    /// Reads a whole model file: the news model and the transcript head; `None` when it
    /// is not one for this build's features.
    pub fn parse(b: &[u8]) -> Option<(Model, Head)> {
        let at = news_part_len(b).filter(|&n| n <= b.len())?;
        Some((Model::parse_news(&b[..at])?, parse_transcript(&b[..at], &b[at..])?))
    }

    /// The news model out of a file's news part, which must be exactly that.
    fn parse_news(b: &[u8]) -> Option<Model> {
        let k = header_signals(b)?;
        let (news_hashed, used) = unpack(&b[HEADER + 8 * k..], u32_at(b, 4))?;
        if HEADER + 8 * k + used != b.len() {
            return None;
        }
        let news = Head { bias: f32_at(b, 20), scale: f32_at(b, 24), signals: signals_at(b, HEADER, k), hashed: news_hashed };
        Some(Model {
            news,
            platt_a: f32_at(b, 36),
            platt_b: f32_at(b, 40),
            threshold: u16::from_le_bytes([b[16], b[17]]) as f64 / 1000.0,
            context: u16::from_le_bytes([b[18], b[19]]) as f64 / 1000.0,
        })
    }

    /// The file's bytes, with the transcript head `rank` uses (the trainer writes them).
    pub fn to_bytes(&self, transcript: &Head) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        for n in [self.news.hashed.len(), transcript.hashed.len(), self.news.signals.len()] {
            out.extend((n as u32).to_le_bytes());
        }
        out.extend(((self.threshold * 1000.0).round() as u16).to_le_bytes());
        out.extend(((self.context * 1000.0).round() as u16).to_le_bytes());
        let head = [self.news.bias, self.news.scale, transcript.bias, transcript.scale, self.platt_a, self.platt_b];
        for v in head.iter().chain(&self.news.signals).chain(&transcript.signals) {
            out.extend(v.to_le_bytes());
        }
        for head in [&self.news, transcript] {
            out.extend(pack(&head.hashed));
        }
        out
    }

    /// The news head's margin (what `analyze` calibrates).
    pub fn margin(&self, f: &Features) -> f64 {
        self.news.margin(f)
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

/// A head's hashed weights as stored: the bits of a level index `b` (u8), the `2^b`
/// levels (i8), then one `b`-bit level index per bucket, packed from the lowest bit up.
///
/// # Panics
/// When the weights take more than [`LEVELS`] distinct values: the trainer must pass them
/// through [`snap_to_levels`] first.
fn pack(weights: &[i8]) -> Vec<u8> {
    let mut levels: Vec<i8> = weights.to_vec();
    levels.sort_unstable();
    levels.dedup();
    assert!(levels.len() <= LEVELS, "{} distinct weights: snap_to_levels first", levels.len());
    let bits = levels.len().max(2).next_power_of_two().trailing_zeros() as usize;
    levels.resize(1 << bits, *levels.last().unwrap_or(&0));
    let mut out = vec![bits as u8];
    out.extend(levels.iter().map(|&l| l as u8));
    let mut packed = vec![0u8; (weights.len() * bits).div_ceil(8)];
    for (i, w) in weights.iter().enumerate() {
        let index = levels.iter().position(|l| l == w).unwrap_or(0);
        for bit in 0..bits {
            packed[(i * bits + bit) / 8] |= (((index >> bit) & 1) as u8) << ((i * bits + bit) % 8);
        }
    }
    out.extend(packed);
    out
}

/// `n` hashed weights out of [`pack`]'s bytes at the start of `b`, and how many bytes
/// they took; `None` when `b` is too short or names more than [`LEVELS`] levels.
fn unpack(b: &[u8], n: usize) -> Option<(Vec<i8>, usize)> {
    let bits = *b.first()? as usize;
    if bits == 0 || (1 << bits) > LEVELS {
        return None;
    }
    let levels = b.get(1..1 + (1 << bits))?;
    let packed = b.get(1 + levels.len()..1 + levels.len() + (n * bits).div_ceil(8))?;
    let index = |i: usize| (0..bits).fold(0, |acc, bit| acc | (((packed[(i * bits + bit) / 8] >> ((i * bits + bit) % 8)) & 1) as usize) << bit);
    Some(((0..n).map(|i| levels[index(i)] as i8).collect(), 1 + levels.len() + packed.len()))
}

/// Moves every weight to one of at most [`LEVELS`] values: what the trainer does to a
/// head before it is stored, and inside its cross-validation, so that the measured F1 is
/// the stored model's.
///
/// The levels come from Lloyd's algorithm on the weights' histogram (started at its
/// quantiles) in a square-root scale, sign kept: plain squared error would spend the
/// levels on the crowd of small weights and round off the few large ones, which decide
/// most scores.
pub fn snap_to_levels(weights: &mut [i8]) {
    let mut count = [0usize; 256];
    for &w in weights.iter() {
        count[(w as i16 + 128) as usize] += 1;
    }
    let warp = |w: f64| w.signum() * w.abs().sqrt();
    let values: Vec<(f64, f64)> = (0..256).filter(|&v| count[v] > 0).map(|v| (warp(v as f64 - 128.0), count[v] as f64)).collect();
    if values.len() <= LEVELS {
        return;
    }
    let total: f64 = values.iter().map(|v| v.1).sum();
    let mut centres: Vec<f64> = (0..LEVELS)
        .map(|k| {
            let want = (k as f64 + 0.5) / LEVELS as f64 * total;
            let mut seen = 0.0;
            values
                .iter()
                .find(|v| {
                    seen += v.1;
                    seen >= want
                })
                .map_or(0.0, |v| v.0)
        })
        .collect();
    let nearest = |centres: &[f64], x: f64| (0..centres.len()).min_by(|&a, &b| (centres[a] - x).abs().total_cmp(&(centres[b] - x).abs())).unwrap_or(0);
    for _ in 0..100 {
        let mut sum = vec![(0.0, 0.0); LEVELS];
        for &(x, n) in &values {
            let k = nearest(&centres, x);
            sum[k].0 += x * n;
            sum[k].1 += n;
        }
        let next: Vec<f64> = sum.iter().zip(&centres).map(|(&(s, n), &c)| if n > 0.0 { s / n } else { c }).collect();
        if next == centres {
            break;
        }
        centres = next;
    }
    let level = |c: f64| (c.signum() * c * c).round().clamp(-127.0, 127.0);
    for w in weights.iter_mut() {
        *w = level(centres[nearest(&centres, warp(*w as f64))]) as i8;
    }
}

/// The compiled-in model. A file that does not fit this build fails the unit test below;
/// at run time it would give every sentence the same middling score rather than panic.
pub fn model() -> &'static Model {
    static M: OnceLock<Model> = OnceLock::new();
    M.get_or_init(|| {
        Model::parse_news(NEWS_PART).unwrap_or(Model {
            news: Head::zero(features::BUCKETS),
            platt_a: 0.0,
            platt_b: 0.0,
            threshold: SHOW_THRESHOLD,
            context: 0.0,
        })
    })
}

/// The compiled-in transcript head (what `rank` orders by); a file that does not fit gives
/// every line the same margin, as [`model`] does.
pub fn transcript() -> &'static Head {
    static T: OnceLock<Head> = OnceLock::new();
    T.get_or_init(|| parse_transcript(NEWS_PART, TRANSCRIPT_PART).unwrap_or(Head::zero(TRANSCRIPT_BUCKETS)))
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
        let (m, transcript) = Model::parse(BYTES).expect("claim_model.bin matches features::BUCKETS and SIGNALS");
        assert_eq!(m.threshold, SHOW_THRESHOLD);
        assert!((0.05..0.95).contains(&SHOW_THRESHOLD), "{SHOW_THRESHOLD}");
        assert!(m.platt_a > 0.0, "calibration keeps the order of the margins");
        for head in [&m.news, &transcript] {
            assert!(head.hashed.iter().any(|&w| w != 0) && head.scale > 0.0, "a trained model has weights");
        }
        assert_eq!(m.to_bytes(&transcript), BYTES);
    }

    #[test]
    fn the_compiled_in_parts_are_the_file_cut_after_its_news_head() {
        let at = news_part_len(BYTES).expect("a model file");
        assert_eq!(NEWS_PART, &BYTES[..at], "build.rs cuts where news_part_len does");
        assert_eq!(TRANSCRIPT_PART, &BYTES[at..]);
        let (news, transcript_head) = Model::parse(BYTES).expect("the whole file");
        assert_eq!(model(), &news, "the news part alone gives the news model");
        assert_eq!(transcript(), &transcript_head, "the two parts give the transcript head");
        assert_eq!(TRANSCRIPT_PART.len(), 1 + LEVELS + TRANSCRIPT_BUCKETS * 4 / 8, "the transcript head alone");
    }

    #[test]
    fn a_part_of_the_wrong_length_is_refused() {
        assert!(Model::parse_news(&BYTES[..NEWS_PART.len() - 1]).is_none(), "a news part cut short");
        assert!(Model::parse_news(BYTES).is_none(), "the whole file is not a news part");
        assert!(parse_transcript(NEWS_PART, &TRANSCRIPT_PART[1..]).is_none());
        assert!(parse_transcript(&NEWS_PART[..10], TRANSCRIPT_PART).is_none(), "no header");
        assert!(news_part_len(b"SCM3").is_none());
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
    fn levels_pack_and_unpack_unchanged() {
        let mut w: Vec<i8> = (0..1001).map(|i| ((i * 37) % 255) as i8).collect();
        snap_to_levels(&mut w);
        let mut distinct = w.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert!(distinct.len() <= LEVELS && distinct.len() > LEVELS / 2, "{distinct:?}");
        assert_eq!(unpack(&pack(&w), w.len()), Some((w.clone(), pack(&w).len())));
        assert!(unpack(&pack(&w)[..10], w.len()).is_none());
        let few = vec![3i8, -2, 3, 0, 0];
        let mut snapped = few.clone();
        snap_to_levels(&mut snapped);
        assert_eq!(snapped, few, "weights already on few levels stay");
    }

    #[test]
    fn a_file_for_other_features_is_refused() {
        let mut b = BYTES.to_vec();
        b[8] ^= 1;
        assert!(Model::parse(&b).is_none());
        assert!(Model::parse(b"SCM2").is_none());
        assert!(Model::parse(&BYTES[..BYTES.len() - 1]).is_none());
    }
}
