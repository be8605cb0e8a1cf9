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
