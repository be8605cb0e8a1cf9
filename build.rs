//! Writes the word lists and data tables (`src/**/*.txt`) into `OUT_DIR` without their
//! `#` header lines and blank lines, for the `include_str!`s of the shipped code: every
//! reader of these files skips such lines anyway (trimmed, empty or starting with `#`),
//! and the headers are a sixth of the WebAssembly module's text (issue 11, size). The
//! files in `src/` keep their headers; the tests that check them read those.

use std::fs;
use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=src");
    copy_lists(Path::new("src"), &Path::new(&out).join("data"));
    split_claim_model(Path::new("src/detect/claims/claim_model.bin"), Path::new(&out));
}

/// The claim model file in two parts, `claim_model.news.bin` (its header, named signals and
/// news head: what `analyze` reads) and `claim_model.transcript.bin` (the transcript head's
/// packed weights, which only `rank` reads), so that a build without `rank` (the
/// WebAssembly module) links none of the transcript weights: 16 KB that do not compress
/// (issue 11, size). The layout is `detect/claims/model.rs`'s; its tests check that the
/// two parts are the file cut where that module cuts it. A file too short to cut is
/// written whole as the news part, which the model's reader then refuses.
fn split_claim_model(file: &Path, out: &Path) {
    let bytes = fs::read(file).expect("the claim model is readable");
    let at = news_part_len(&bytes).filter(|&n| n <= bytes.len()).unwrap_or(bytes.len());
    for (name, part) in [("claim_model.news.bin", &bytes[..at]), ("claim_model.transcript.bin", &bytes[at..])] {
        let target = out.join(name);
        if fs::read(&target).ok().as_deref() != Some(part) {
            fs::write(&target, part).expect("OUT_DIR is writable");
        }
    }
}

/// The length of the model file's news part: the 44-byte header (magic, three u32 counts,
/// two u16, six f32), two f32 per named signal, then the news head (u8 bits, `2^bits`
/// levels, `bits` per bucket packed).
fn news_part_len(b: &[u8]) -> Option<usize> {
    let u32_at = |at: usize| Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?) as usize);
    let (buckets, signals) = (u32_at(4)?, u32_at(12)?);
    let head = 44 + 8 * signals;
    let bits = *b.get(head)? as usize;
    Some(head + 1 + (1usize << bits.min(16)) + (buckets * bits).div_ceil(8))
}

/// Every `.txt` under `dir`, stripped, at the same relative path under `to`.
fn copy_lists(dir: &Path, to: &Path) {
    let mut entries: Vec<_> = fs::read_dir(dir).expect("src is readable").flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().expect("a directory entry has a name");
        if path.is_dir() {
            copy_lists(&path, &to.join(name));
        } else if path.extension().is_some_and(|e| e == "txt") {
            let text = fs::read_to_string(&path).expect("data files are UTF-8");
            let kept: String = text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).flat_map(|l| [l, "\n"]).collect();
            fs::create_dir_all(to).expect("OUT_DIR is writable");
            let target = to.join(name);
            // Unchanged output keeps its time stamp, so nothing recompiles for nothing.
            if fs::read_to_string(&target).ok().as_deref() != Some(kept.as_str()) {
                fs::write(&target, kept).expect("OUT_DIR is writable");
            }
        }
    }
}
