//! `analyze_text` on any input: no panic, and the report keeps its contract.
fn main() {
    afl::fuzz!(|data: &[u8]| {
        if let Ok(text) = std::str::from_utf8(data) {
            spotcheck_fuzz::check(&text.encode_utf16().collect::<Vec<u16>>(), &spotcheck::windows::analyze_text(text));
        }
    });
}
