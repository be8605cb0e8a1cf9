//! The snapshot reader (what the background reads from the content script) and the page
//! result built from it, on any input: a non-snapshot is an error, never a panic; every
//! mark points inside the text it was read from.
use spotcheck::page::snapshot::Snapshot;

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let Ok(json) = std::str::from_utf8(data) else { return };
        let Ok(snapshot) = Snapshot::from_json(json) else { return };
        let article = spotcheck::page::extract(&snapshot);
        let result = spotcheck::marks::page_result(&article, |node| snapshot.text_id(*node));
        spotcheck_fuzz::check(&result.report.text.encode_utf16().collect::<Vec<u16>>(), &result.report);
        for mark in &result.marks {
            assert!(result.report.findings.iter().any(|f| f.id == mark.id), "a mark for a finding that is not there");
            for r in &mark.ranges {
                assert!(r.start < r.end, "an empty range");
            }
        }
    });
}
