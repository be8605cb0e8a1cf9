//! The command-line front end: argument handling and I/O around the core.
//!
//! Exit status 0 on success, 2 on bad arguments or unreadable input, with one line on
//! standard error naming the input and the cause.

use crate::detect::claims;
use crate::error::{Error, ErrorKind};
use crate::report::Report;
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
                write_line(out, &to_json(&report))?;
            }
            Ok(())
        }
        Some("rank") => {
            let [_, path] = args else { return Err(usage("rank takes exactly one path")) };
            let text = read_input(path)?;
            let lines: Vec<String> = text.lines().map(str::to_string).collect();
            for score in claims::rank(&lines) {
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
        crate::analyze_html(text)
    } else {
        crate::analyze_text(text)
    }
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

/// Batch mode: a bad line yields an error object for its id, and the run goes on.
fn analyze_jsonl(input: impl BufRead, out: &mut impl Write) -> Result<(), Error> {
    for (n, line) in input.split(b'\n').enumerate() {
        let line = line.map_err(io_err("standard input"))?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let reply = match batch_item(&line) {
            Ok((id, report)) => {
                let mut value = serde_json::to_value(&report).unwrap_or_default();
                prepend_id(&mut value, id)
            }
            Err((id, msg)) => serde_json::json!({"id": id, "error": format!("line {}: {msg}", n + 1)}),
        };
        write_line(out, &reply.to_string())?;
    }
    Ok(())
}

type BatchError = (serde_json::Value, String);

fn batch_item(line: &[u8]) -> Result<(serde_json::Value, Report), BatchError> {
    let null = serde_json::Value::Null;
    let line = std::str::from_utf8(line).map_err(|_| (null.clone(), "not valid UTF-8".to_string()))?;
    let value: serde_json::Value = serde_json::from_str(line).map_err(|e| (null.clone(), format!("not JSON: {e}")))?;
    let id = value.get("id").cloned().unwrap_or(serde_json::Value::Null);
    if let Some(text) = value.get("text").and_then(|t| t.as_str()) {
        Ok((id, crate::analyze_text(text)))
    } else if let Some(html) = value.get("html").and_then(|t| t.as_str()) {
        Ok((id, crate::analyze_html(html)))
    } else {
        Err((id, "needs a string \"text\" or \"html\"".to_string()))
    }
}

/// `{"id": …}` first, then the report's fields, as the contract shows it.
fn prepend_id(report: &mut serde_json::Value, id: serde_json::Value) -> serde_json::Value {
    let mut map = serde_json::Map::new();
    map.insert("id".into(), id);
    if let serde_json::Value::Object(fields) = report.take() {
        map.extend(fields);
    }
    serde_json::Value::Object(map)
}

fn to_json(report: &Report) -> String {
    // Serializing plain data with string keys cannot fail.
    serde_json::to_string(report).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

fn write_line(out: &mut impl Write, line: &str) -> Result<(), Error> {
    writeln!(out, "{line}").map_err(io_err("standard output"))
}

fn io_err(what: &'static str) -> impl Fn(io::Error) -> Error {
    move |e| Error::new(ErrorKind::Io, format!("{what}: {}", io_message(&e)))
}

/// The OS message without Rust's "(os error N)" tail.
fn io_message(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
