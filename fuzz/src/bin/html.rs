//! `analyze_html` (the parsed-page reader and the detectors) on any input: no panic,
//! and the report keeps its contract on the extracted text.
fn main() {
    afl::fuzz!(|data: &[u8]| {
        if let Ok(html) = std::str::from_utf8(data) {
            let report = spotcheck::analyze_html(&spotcheck::depth::flatten(html));
            spotcheck_fuzz::check(&report.text.encode_utf16().collect::<Vec<u16>>(), &report);
        }
    });
}
