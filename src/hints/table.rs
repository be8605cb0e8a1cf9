//! The hint data files: `#` header lines, then one row a line, fields separated by ` | `.

/// The rows of a data file, each split into its trimmed fields.
pub(crate) fn rows(src: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(|l| l.split(" | ").map(str::trim).collect())
}

/// A file's rows with exactly `n` fields; a malformed row is a bug the tests catch, so it is
/// skipped here rather than allowed to panic in the browser.
pub(crate) fn rows_of(src: &'static str, n: usize) -> impl Iterator<Item = Vec<&'static str>> {
    rows(src).filter(move |r| r.len() == n)
}

#[cfg(test)]
pub(crate) mod check {
    use super::rows;

    /// Every row has `n` non-empty fields, and the rows are sorted (byte order) by their
    /// first `key` fields without repeating a key.
    pub fn sorted_table(name: &str, src: &'static str, n: usize, key: usize) {
        let all: Vec<Vec<&str>> = rows(src).collect();
        assert!(src.starts_with('#'), "{name} needs a header line");
        for r in &all {
            assert_eq!(r.len(), n, "{name}: row {r:?} needs {n} fields");
            assert!(r.iter().all(|f| !f.is_empty()), "{name}: empty field in {r:?}");
        }
        for w in all.windows(2) {
            assert!(w[0][..key] < w[1][..key], "{name}: {:?} must come before {:?} (sorted, no duplicates)", w[1], w[0]);
        }
    }
}
