//! The command-line front end: argument handling and I/O around the core.
//!
//! Exit status 0 on success, 2 on bad arguments or unreadable input, with one line on
//! standard error naming the input and the cause.

use crate::detect::claims;
use crate::error::{Error, ErrorKind};
use crate::report::Report;
use crate::{depth, page, windows};
use serde::Serialize;
use std::io::{self, BufRead, Read, Write};

const USAGE: &str = "usage: spotcheck analyze [--jsonl] [PATH|-]... | spotcheck rank PATH | spotcheck --version";

const HELP: &str = "spotcheck: marks the quotes, figures and claims in a news article that a careful reader should verify.

  spotcheck analyze PATH...   one JSON report a line for each file (- reads standard input);
                              .html/.htm files, or files starting with '<', are web pages
  spotcheck analyze --jsonl   JSON lines {\"id\", \"text\"|\"html\"} in, {\"id\", ...report} out
  spotcheck rank PATH         one check-worthiness score in [0, 1] per line of PATH
  spotcheck --version         the version
";

/// Runs the CLI with `args` (without the program name) and returns the exit status.
pub fn run(args: Vec<String>) -> i32 {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let result = dispatch(&args, &mut out).and_then(|()| out.flush().map_err(|e| Error::new(ErrorKind::Io, format!("standard output: {e}"))));
    match result {
        Ok(()) => 0,
        Err(e) => {
            let _ = out.flush();
            eprintln!("spotcheck: {e}");
            2
        }
    }
}

fn dispatch(args: &[String], out: &mut impl Write) -> Result<(), Error> {
    let usage = |msg: &str| Error::new(ErrorKind::Usage, format!("{msg} ({USAGE})"));
    match args.first().map(String::as_str) {
        Some("--version" | "-V") => write_line(out, &format!("spotcheck {}", crate::analyze::VERSION)),
        Some("--help" | "-h") => out.write_all(HELP.as_bytes()).map_err(io_err("standard output")),
        Some("analyze") => {
            let rest = &args[1..];
            if rest.iter().any(|a| a == "--help" || a == "-h") {
                return out.write_all(HELP.as_bytes()).map_err(io_err("standard output"));
            }
            if rest.iter().any(|a| a == "--jsonl") {
                if rest.len() != 1 {
                    return Err(usage("--jsonl reads standard input and takes no paths"));
                }
                return analyze_jsonl(io::stdin().lock(), out);
            }
            if rest.is_empty() {
                return Err(usage("analyze needs a path, or - for standard input"));
            }
            if let Some(flag) = rest.iter().find(|a| a.starts_with("--")) {
                return Err(usage(&format!("unknown option {flag}")));
            }
            // Read everything first: a bad path fails the run before anything is printed.
            let inputs = rest.iter().map(|p| read_input(p).map(|text| (p, text))).collect::<Result<Vec<_>, _>>()?;
            for (path, text) in inputs {
                let report = analyze_input(path, &text);
                write_json(out, &report)?;
            }
            Ok(())
        }
        Some("rank") => {
            let [_, path] = args else { return Err(usage("rank takes exactly one path")) };
            let text = read_input(path)?;
            let lines: Vec<String> = text.lines().map(str::to_string).collect();
            for (line, score) in lines.iter().zip(claims::rank(&lines)) {
                // A blank line is no sentence: nothing in it is worth checking.
                let score = if line.trim().is_empty() { 0.0 } else { score };
                write_line(out, &format!("{score:.6}"))?;
            }
            Ok(())
        }
        Some(other) => Err(usage(&format!("unknown command {other:?}"))),
        None => Err(usage("no command given")),
    }
}

/// A page when the name says so or the content starts with markup; plain text otherwise.
fn analyze_input(path: &str, text: &str) -> Report {
    let lower = path.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") || looks_like_markup(text) {
        analyze_page(text)
    } else {
        windows::analyze_text(text)
    }
}

/// A web page: nesting past what browsers build flattened first, then its article
/// analyzed window by window when it is huge (time and memory linear in the input).
fn analyze_page(html: &str) -> Report {
    windows::analyze_document(&page::html::read(&depth::flatten(html)))
}

fn looks_like_markup(text: &str) -> bool {
    text.trim_start_matches('\u{feff}').trim_start().starts_with('<')
}

fn read_input(path: &str) -> Result<String, Error> {
    let mut bytes = Vec::new();
    let read = if path == "-" {
        io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)).map(|_| ())
    };
    let name = if path == "-" { "standard input" } else { path };
    read.map_err(|e| Error::new(ErrorKind::Io, format!("{name}: {}", io_message(&e))))?;
    String::from_utf8(bytes).map_err(|e| Error::new(ErrorKind::Utf8, format!("{name}: not valid UTF-8 (at byte {})", e.utf8_error().valid_up_to())))
}

/// Batch mode: one output line per input line, in order, so that a consumer can pair
/// them. A bad line (a blank one too) yields an error object for its id, and the run goes
/// on. The newline that ends the last line opens no new one.
fn analyze_jsonl(input: impl BufRead, out: &mut impl Write) -> Result<(), Error> {
    for (n, line) in input.split(b'\n').enumerate() {
        let line = line.map_err(io_err("standard input"))?;
        // Windows tools open a UTF-8 stream with a byte-order mark: not part of the JSON.
        let line = if n == 0 { line.strip_prefix(BYTE_ORDER_MARK).unwrap_or(&line) } else { &line };
        match batch_item(line) {
            Ok((id, report)) => write_json(out, &WithId { id: &id, report: &report })?,
            Err((id, msg)) => write_json(out, &ErrorLine { id: &id, error: format!("line {}: {msg}", n + 1) })?,
        }
    }
    Ok(())
}

/// `{"id": …}` first, then the report's fields, as the contract shows it; written
/// straight out (no intermediate JSON tree: a report of 500,000 findings stays small).
#[derive(Serialize)]
struct WithId<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    report: &'a Report,
}

/// A line that could not be analyzed: `{"id": …, "error": …}`, the id first as in a report.
#[derive(Serialize)]
struct ErrorLine<'a> {
    id: &'a serde_json::Value,
    error: String,
}

type BatchError = (serde_json::Value, String);

/// The UTF-8 byte-order mark.
const BYTE_ORDER_MARK: &[u8] = b"\xEF\xBB\xBF";

fn batch_item(line: &[u8]) -> Result<(serde_json::Value, Report), BatchError> {
    if line.iter().all(u8::is_ascii_whitespace) {
        return Err((serde_json::Value::Null, "blank line".to_string()));
    }
    let text = std::str::from_utf8(line).map_err(|_| (salvage_id(line), "not valid UTF-8".to_string()))?;
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| (salvage_id(line), format!("not JSON: {e}")))?;
    let id = value.get("id").cloned().unwrap_or(serde_json::Value::Null);
    match (value.get("text").and_then(|t| t.as_str()), value.get("html").and_then(|t| t.as_str())) {
        // Which of the two the caller meant cannot be known: reading one would be a guess.
        (Some(_), Some(_)) => Err((id, "has both \"text\" and \"html\": give one".to_string())),
        (Some(text), None) => Ok((id, windows::analyze_text(text))),
        (None, Some(html)) => Ok((id, analyze_page(html))),
        (None, None) => Err((id, "needs a string \"text\" or \"html\"".to_string())),
    }
}

/// The id of a line that is not valid UTF-8 or not valid JSON only because of an
/// escaped lone surrogate: read again with invalid bytes and lone surrogates replaced by
/// U+FFFD, so the error line still says which input it was. `null` when even that fails.
fn salvage_id(line: &[u8]) -> serde_json::Value {
    let lossy = String::from_utf8_lossy(line);
    let repaired = replace_lone_surrogates(&lossy);
    serde_json::from_str::<serde_json::Value>(&repaired).ok().and_then(|v| v.get("id").cloned()).unwrap_or(serde_json::Value::Null)
}

/// JSON text with every `\uD800`–`\uDFFF` escape that is not half of a pair replaced by
/// `\uFFFD`; other escapes (`\\u…` is a backslash and text) are left as they are.
fn replace_lone_surrogates(json: &str) -> String {
    let hex = |s: &str| if s.len() >= 6 && s.starts_with("\\u") { u16::from_str_radix(s.get(2..6)?, 16).ok() } else { None };
    let mut out = String::with_capacity(json.len());
    let mut rest = json;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        match hex(rest) {
            Some(0xD800..=0xDBFF) if matches!(hex(&rest[6..]), Some(0xDC00..=0xDFFF)) => {
                out.push_str(&rest[..12]);
                rest = &rest[12..];
            }
            Some(0xD800..=0xDFFF) => {
                out.push_str("\\ufffd");
                rest = &rest[6..];
            }
            _ => {
                // Any other escape: the backslash and the character it escapes.
                let len = rest[1..].chars().next().map_or(1, |c| 1 + c.len_utf8());
                out.push_str(&rest[..len]);
                rest = &rest[len..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// One JSON value and a newline, serialized straight into `out`.
fn write_json(out: &mut impl Write, value: &impl Serialize) -> Result<(), Error> {
    serde_json::to_writer(&mut *out, value).map_err(|e| Error::new(ErrorKind::Io, format!("standard output: {}", without_os_tail(e.to_string()))))?;
    out.write_all(b"\n").map_err(io_err("standard output"))
}

fn write_line(out: &mut impl Write, line: &str) -> Result<(), Error> {
    writeln!(out, "{line}").map_err(io_err("standard output"))
}

fn io_err(what: &'static str) -> impl Fn(io::Error) -> Error {
    move |e| Error::new(ErrorKind::Io, format!("{what}: {}", io_message(&e)))
}

/// The OS message without Rust's "(os error N)" tail.
fn io_message(e: &io::Error) -> String {
    without_os_tail(e.to_string())
}

/// `s` without Rust's " (os error N)" tail, wherever the message came from (an
/// `io::Error`, or serde_json's error wrapping one).
fn without_os_tail(mut s: String) -> String {
    if let Some(i) = s.find(" (os error") {
        s.truncate(i);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_error_tails_are_dropped_from_every_message() {
        assert_eq!(without_os_tail("Broken pipe (os error 32)".into()), "Broken pipe");
        assert_eq!(without_os_tail("Broken pipe (os error 32) at line 1 column 2".into()), "Broken pipe");
        assert_eq!(without_os_tail("no such file".into()), "no such file");
    }

    #[test]
    fn analyze_help_prints_the_help() {
        let mut out = Vec::new();
        dispatch(&["analyze".to_string(), "--help".to_string()], &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), HELP);
    }

    #[test]
    fn markup_is_recognised_after_bom_and_blank_lines() {
        assert!(looks_like_markup("\u{feff}\n  <!doctype html>"));
        assert!(!looks_like_markup("Plain words < and >"));
    }

    #[test]
    fn jsonl_bad_line_gives_error_and_run_goes_on() {
        let input = b"{\"id\": 1, \"text\": \"Hello.\"}\nnot json\n{\"id\": \"x\"}\n" as &[u8];
        let mut out = Vec::new();
        analyze_jsonl(input, &mut out).unwrap();
        let lines: Vec<serde_json::Value> = String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0]["id"], 1);
        assert_eq!(lines[0]["text"], "Hello.");
        assert!(lines[1]["error"].as_str().unwrap().contains("not JSON"));
        assert_eq!(lines[2]["id"], "x");
        assert!(lines[2]["error"].is_string());
    }

    #[test]
    fn jsonl_line_with_both_text_and_html_is_an_error() {
        let input = b"{\"id\": 1, \"text\": \"Hi.\", \"html\": \"<p>Ho.</p>\"}\n{\"id\": 2, \"html\": \"<p>Ho.</p>\"}\n" as &[u8];
        let mut out = Vec::new();
        analyze_jsonl(input, &mut out).unwrap();
        let lines: Vec<serde_json::Value> = String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(lines[0]["id"], 1);
        assert!(lines[0]["error"].as_str().unwrap().contains("both"), "{}", lines[0]);
        assert_eq!(lines[1]["id"], 2);
        assert!(lines[1]["error"].is_null(), "the run goes on: {}", lines[1]);
    }

    #[test]
    fn jsonl_error_lines_keep_a_readable_id() {
        let input = b"{\"id\": \"bad-utf8\", \"text\": \"caf\xe9 \xff\"}\n{\"id\": [\"lone\", 2], \"text\": \"half \\ud800 \\\\ud800 a pair \\ud83d\\ude00\"}\n{\"text\": \"\\udc00\", \"id\": 7}\n" as &[u8];
        let mut out = Vec::new();
        analyze_jsonl(input, &mut out).unwrap();
        let lines: Vec<serde_json::Value> = String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(lines[0]["id"], "bad-utf8");
        assert!(lines[0]["error"].as_str().unwrap().contains("UTF-8"));
        assert_eq!(lines[1]["id"], serde_json::json!(["lone", 2]));
        assert!(lines[1]["error"].as_str().unwrap().contains("not JSON"));
        assert_eq!(lines[2]["id"], 7);
    }

    fn jsonl_lines(input: &[u8]) -> Vec<String> {
        let mut out = Vec::new();
        analyze_jsonl(input, &mut out).unwrap();
        String::from_utf8(out).unwrap().lines().map(str::to_string).collect()
    }

    #[test]
    fn the_newline_ending_the_last_line_opens_no_line() {
        assert_eq!(jsonl_lines(b"{\"id\": 1, \"text\": \"A.\"}\r\n").len(), 1);
        assert_eq!(jsonl_lines(b"{\"id\": 1, \"text\": \"A.\"}").len(), 1);
        assert!(jsonl_lines(b"").is_empty());
        assert_eq!(jsonl_lines(b"{\"id\": 1, \"text\": \"A.\"}\n\n").len(), 2, "a blank last line is a line");
    }

    #[test]
    fn only_lone_surrogate_escapes_are_replaced() {
        assert_eq!(replace_lone_surrogates(r#""a\ud800b\ud83d\ude00\\ud800\"\udc00""#), r#""a\ufffdb\ud83d\ude00\\ud800\"\ufffd""#);
    }

    /// A consumer pairs input and output lines: a blank line keeps its place (review L1),
    /// and a byte-order mark before the first line is no part of its JSON (review L6).
    #[test]
    fn jsonl_blank_lines_keep_their_place_and_a_bom_is_skipped() {
        let input = b"\xef\xbb\xbf{\"id\": 1, \"text\": \"Hi.\"}\n\n  \r\n{\"id\": 2, \"text\": \"\\ufeffHo.\"}\n" as &[u8];
        let mut out = Vec::new();
        analyze_jsonl(input, &mut out).unwrap();
        let lines: Vec<serde_json::Value> = String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(lines.len(), 4, "{lines:?}");
        assert_eq!((&lines[0]["id"], &lines[0]["text"]), (&serde_json::json!(1), &serde_json::json!("Hi.")));
        for (i, blank) in lines[1..3].iter().enumerate() {
            assert_eq!(blank["id"], serde_json::Value::Null);
            assert_eq!(blank["error"], format!("line {}: blank line", i + 2));
        }
        assert_eq!(lines[3]["text"], "\u{feff}Ho.", "a mark inside a later line's text is the text's own");
    }

    #[test]
    fn jsonl_reports_start_with_the_id() {
        let mut out = Vec::new();
        analyze_jsonl(b"{\"id\": 1, \"text\": \"Hi.\"}\n" as &[u8], &mut out).unwrap();
        assert!(String::from_utf8(out).unwrap().starts_with("{\"id\":1,\"version\""));
    }
}
