//! What every fuzz target checks on a report: the contract of `../shared/spec/cli.md`.

use spotcheck::Report;
use std::collections::HashSet;

/// Panics (which AFL records as a crash) when `report` breaks the contract on the
/// UTF-16 `text` it indexes: offsets in range and on the finding's text, sorted, ids unique.
pub fn check(text: &[u16], report: &Report) {
    let mut ids = HashSet::new();
    let mut last = 0;
    for f in &report.findings {
        assert!(f.start <= f.end && f.end <= text.len(), "offsets out of range: {} {}", f.start, f.end);
        assert!(f.start >= last, "findings not sorted");
        last = f.start;
        assert!(ids.insert(f.id.as_str()), "duplicate id {}", f.id);
        assert_eq!(String::from_utf16_lossy(&text[f.start..f.end]), f.text, "slice differs from the finding's text");
    }
}
