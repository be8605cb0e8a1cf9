//! The `spotcheck` command as a user meets it: exit codes, messages, output shape.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn spotcheck(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_spotcheck"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the spotcheck binary runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("spotcheck-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn one_line_error(out: &Output) -> String {
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert_eq!(err.trim_end().lines().count(), 1, "one line on stderr: {err:?}");
    err
}

#[test]
fn version_prints_the_crate_version() {
    let out = spotcheck(&["--version"], b"");
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), format!("spotcheck {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn unknown_command_exits_2_with_one_line() {
    let out = spotcheck(&["frobnicate"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(one_line_error(&out).contains("frobnicate"));
}

#[test]
fn missing_file_exits_2_naming_the_file() {
    let out = spotcheck(&["analyze", "/no/such/article.txt"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(one_line_error(&out).contains("/no/such/article.txt"));
    assert!(out.stdout.is_empty(), "nothing printed before the error");
}

#[test]
fn invalid_utf8_exits_2_without_panic() {
    let path = temp_file("latin1.txt", b"caf\xe9 \"quoted words here\" he said.");
    let out = spotcheck(&["analyze", path.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    let err = one_line_error(&out);
    assert!(err.contains("UTF-8") && err.contains("latin1.txt"), "{err}");
}

#[test]
fn stdin_text_is_analyzed_as_given() {
    let text = "The mayor said, \u{201c}We will never give up on this city.\u{201d}\n";
    let out = spotcheck(&["analyze", "-"], text.as_bytes());
    assert!(out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["text"], text);
    assert_eq!(report["version"], env!("CARGO_PKG_VERSION"));
    assert!(report["findings"].is_array());
}

#[test]
fn one_report_per_file_in_order() {
    let a = temp_file("a.txt", b"First article.");
    let b = temp_file("b.html", b"<html><body><article><p>Second article, a page.</p></article></body></html>");
    let out = spotcheck(&["analyze", a.to_str().unwrap(), b.to_str().unwrap()], b"");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["text"], "First article.");
}

#[test]
fn jsonl_keeps_ids_and_order_and_survives_bad_lines() {
    let input = "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": 7}\n\u{0}garbage\n{\"id\": [1], \"html\": \"<p>Two.</p>\"}\n";
    let out = spotcheck(&["analyze", "--jsonl"], input.as_bytes());
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[1]["id"], 7);
    assert!(lines[1]["error"].is_string());
    assert!(lines[2]["error"].is_string());
    assert_eq!(lines[3]["id"], serde_json::json!([1]));
    assert!(lines[3]["findings"].is_array());
}

#[test]
fn rank_prints_one_score_per_line() {
    let path = temp_file("debate.txt", b"Thank you.\nWe lost 70,000 factory jobs in 2016 alone.\nGood night.\n");
    let out = spotcheck(&["rank", path.to_str().unwrap()], b"");
    assert!(out.status.success());
    let scores: Vec<f64> = String::from_utf8(out.stdout).unwrap().lines().map(|l| l.parse().unwrap()).collect();
    assert_eq!(scores.len(), 3);
    assert!(scores.iter().all(|s| (0.0..=1.0).contains(s)));
    assert!(scores[1] > scores[0] && scores[1] > scores[2]);
}

#[test]
fn rank_scores_a_blank_line_zero() {
    let path = temp_file("gaps.txt", b"We lost 70,000 factory jobs in 2016 alone.\n\n   \nGood night.\n");
    let out = spotcheck(&["rank", path.to_str().unwrap()], b"");
    let scores: Vec<f64> = String::from_utf8(out.stdout).unwrap().lines().map(|l| l.parse().unwrap()).collect();
    assert_eq!(scores.len(), 4);
    assert_eq!((scores[1], scores[2]), (0.0, 0.0));
    assert!(scores[0] > 0.0);
}

#[test]
fn rank_without_path_is_a_usage_error() {
    let out = spotcheck(&["rank"], b"");
    assert_eq!(out.status.code(), Some(2));
    one_line_error(&out);
}

#[test]
fn nesting_far_past_what_browsers_build_is_read_quickly() {
    // 100,000 nested <div>s took minutes in the HTML parser (stack scans per tag); the CLI
    // flattens past 512 levels, as Chromium does, and keeps the text.
    let depth = 100_000;
    let html = format!(
        "<html><body>{}<p>\u{201c}We spent $4 million on this,\u{201d} said Jane Okafor, the mayor.</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let started = std::time::Instant::now();
    let out = spotcheck(&["analyze", "-"], html.as_bytes());
    assert!(out.status.success());
    assert!(started.elapsed().as_secs() < 30, "took {:?}", started.elapsed());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(report["text"].as_str().unwrap().contains("Jane Okafor"));
    assert!(report["findings"].as_array().unwrap().iter().any(|f| f["kind"] == "quote"));
}

#[test]
fn jsonl_error_lines_name_their_input() {
    let input = b"{\"id\": \"a\", \"text\": \"caf\xe9\"}\n{\"id\": \"b\", \"text\": \"\\ud800 said Ann.\"}\n";
    let out = spotcheck(&["analyze", "--jsonl"], input);
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!((lines[0]["id"].as_str(), lines[1]["id"].as_str()), (Some("a"), Some("b")));
    assert!(lines.iter().all(|l| l["error"].is_string()));
}
