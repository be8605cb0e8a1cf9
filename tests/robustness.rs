//! Nothing panics on any input, and every report keeps the contract: findings sorted,
//! ids unique, offsets on UTF-16 boundaries that slice out exactly the finding's text.
//! Inputs: random mixes of the characters that the detectors care about, and corpus
//! articles cut at random places (mid-quote, mid-number, mid-tag).

use spotcheck::Report;
use std::collections::HashSet;
use std::path::PathBuf;

/// A small xorshift generator: reproducible runs without a random crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "\"",
    "'",
    "\u{201c}",
    "\u{201d}",
    "\u{2018}",
    "\u{2019}",
    "\u{ab}",
    "\u{bb}",
    "\u{201e}",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    ".",
    ",",
    ":",
    "-",
    "\u{2014}",
    "$",
    "%",
    "\u{20ac}",
    "\u{a3}",
    "1",
    "2,000",
    "3.5",
    "1/2",
    "21st",
    "million",
    "thousands of",
    "at least",
    "between",
    "and",
    "said",
    "says",
    "told",
    "according to",
    "he",
    "she",
    "They",
    "Lori Lightfoot",
    "Mr.",
    "Sen.",
    "The New York Times",
    "reported that",
    "percent",
    "km",
    "degrees",
    "years old",
    "\u{1F600}",
    "\u{e9}",
    "\u{4e2d}",
    "\u{a0}",
    "\t",
    "<",
    ">",
    "&amp;",
    "(",
    ")",
];

fn check(report: &Report, label: &str) {
    let units: Vec<u16> = report.text.encode_utf16().collect();
    let mut ids = HashSet::new();
    let mut last = 0;
    for f in &report.findings {
        assert!(ids.insert(f.id.clone()), "{label}: duplicate id {}", f.id);
        assert!(f.start <= f.end && f.end <= units.len(), "{label}: {} out of range", f.id);
        assert!(f.start >= last, "{label}: findings not sorted at {}", f.id);
        last = f.start;
        let slice = String::from_utf16(&units[f.start..f.end]).unwrap_or_else(|_| panic!("{label}: {} cuts a surrogate pair", f.id));
        assert_eq!(slice, f.text, "{label}: {}", f.id);
        assert!((0.0..=1.0).contains(&f.score), "{label}: score {}", f.score);
    }
}

#[test]
fn random_mixes_of_marks_numbers_and_cues() {
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    for case in 0..400 {
        let len = 1 + rng.below(120);
        let text: String = (0..len).map(|_| PIECES[rng.below(PIECES.len())]).collect();
        check(&spotcheck::analyze_text(&text), &format!("text case {case}: {text:?}"));
        let page = format!("<html><body><article><p>{text}</p><p>{text}</p></article></body></html>");
        check(&spotcheck::analyze_html(&page), &format!("page case {case}"));
    }
}

#[test]
fn corpus_articles_cut_anywhere() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/polnear/dev/text");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    let mut rng = Rng(0xc0ff_ee00_1234_5678);
    for path in paths.iter().take(40) {
        let text = std::fs::read_to_string(path).unwrap();
        for _ in 0..3 {
            let mut a = rng.below(text.len());
            let mut b = a + rng.below(text.len() - a + 1);
            while !text.is_char_boundary(a) {
                a -= 1;
            }
            while !text.is_char_boundary(b) {
                b -= 1;
            }
            let cut = &text[a..b.max(a)];
            check(&spotcheck::analyze_text(cut), &format!("{} [{a}..{b}]", path.display()));
        }
    }
}

#[test]
fn corpus_pages_cut_mid_tag() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/readability");
    let mut pages: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path().join("source.html")).collect();
    pages.sort();
    let mut rng = Rng(0x0bad_cafe_f00d_0042);
    for path in pages.iter().step_by(4) {
        let Ok(html) = std::fs::read_to_string(path) else { continue };
        let mut cut = rng.below(html.len());
        while !html.is_char_boundary(cut) {
            cut -= 1;
        }
        check(&spotcheck::analyze_html(&html[..cut]), &format!("{} cut at {cut}", path.display()));
    }
}
