//! Throughput of the core on the public corpora, stage by stage.
//!
//! `cargo run --release --example bench -- [SHARED_DIR] [ROUNDS]` (`make bench`) analyzes
//! every PolNeAR article (train and dev, 924 texts) and every Readability page, best of
//! ROUNDS (default 3) after a warm-up pass, and prints for each stage its CPU time, the
//! throughput in MB of article text per CPU second, and the stage as a multiple of the
//! cheapest pass over the same text (building the document: blocks and sentences).
//!
//! Times are the process's CPU time, not the wall clock: on a machine shared with other
//! jobs the wall clock counts their work too, the CPU time only ours. The wall time of the
//! whole analysis is printed beside it.
//!
//! Each detector stage runs alone on documents built beforehand, so a stage's time is its
//! own; detectors that read another's context rebuild it, and that cost shows in their line.

use spotcheck::detect::{claims, figures, quotes};
use spotcheck::text::attribution;
use spotcheck::text::Document;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn read_dir_sorted(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir).map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect()).unwrap_or_default();
    v.sort();
    v
}

/// CPU time this process has used so far (all threads; the core runs on one).
fn cpu_time() -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec; the clock id is a constant libc knows.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) } == 0;
    if !ok {
        return Duration::ZERO;
    }
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// The best (least CPU time) of `rounds` runs of `f`, after one run that warms up caches
/// and the word lists; with the wall time of that best run.
fn best_of<F: FnMut()>(rounds: usize, mut f: F) -> (Duration, Duration) {
    f();
    (0..rounds.max(1))
        .map(|_| {
            let (cpu, wall) = (cpu_time(), Instant::now());
            f();
            (cpu_time() - cpu, wall.elapsed())
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let shared = args.next().map(PathBuf::from).unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(3);

    let texts: Vec<String> = ["train", "dev"]
        .iter()
        .flat_map(|split| read_dir_sorted(&shared.join("corpus/polnear").join(split).join("text")))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    if texts.is_empty() {
        eprintln!("bench: no PolNeAR texts under {}", shared.join("corpus/polnear").display());
        std::process::exit(2);
    }
    let pages: Vec<String> =
        read_dir_sorted(&shared.join("corpus/readability")).into_iter().filter_map(|d| std::fs::read_to_string(d.join("source.html")).ok()).collect();
    let text_mb = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    let page_mb = pages.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    println!("{} PolNeAR articles ({text_mb:.2} MB), {} pages ({page_mb:.2} MB), best of {rounds} after a warm-up, CPU time", texts.len(), pages.len());

    // Inputs each stage reads, computed once outside the timings.
    let docs: Vec<Document> = texts.iter().map(|t| Document::from_plain_text(t)).collect();
    let found: Vec<_> = docs.iter().map(|d| (quotes::find(d), figures::find(d), attribution::reported_speech(d))).collect();
    let reports: Vec<_> = texts.iter().map(|t| spotcheck::analyze_text(t)).collect();

    let base = best_of(rounds, || texts.iter().for_each(|t| drop(std::hint::black_box(Document::from_plain_text(t)))));
    let whole = best_of(rounds, || texts.iter().for_each(|t| drop(std::hint::black_box(spotcheck::analyze_text(t)))));
    let stages: Vec<(&str, (Duration, Duration))> = vec![
        ("document (blocks, sentences)", base),
        ("quotes (with their attribution)", best_of(rounds, || docs.iter().for_each(|d| drop(std::hint::black_box(quotes::find(d)))))),
        ("figures", best_of(rounds, || docs.iter().for_each(|d| drop(std::hint::black_box(figures::find(d)))))),
        ("attribution: sentence credits", best_of(rounds, || docs.iter().for_each(|d| drop(std::hint::black_box(attribution::credits_by_sentence(d)))))),
        ("attribution: reported speech", best_of(rounds, || docs.iter().for_each(|d| drop(std::hint::black_box(attribution::reported_speech(d)))))),
        (
            "claims (scoring every sentence)",
            best_of(rounds, || docs.iter().zip(&found).for_each(|(d, (q, f, r))| drop(std::hint::black_box(claims::find(d, q, f, r))))),
        ),
        (
            "hints (every finding)",
            best_of(rounds, || {
                reports.iter().for_each(|r| {
                    let ctx = spotcheck::hints::Context::for_article(&r.text, spotcheck::hints::Engine::default());
                    r.findings.iter().for_each(|f| drop(std::hint::black_box(spotcheck::hints::for_finding(&f.detail, &f.text, &f.text, &ctx))))
                })
            }),
        ),
        ("serialization (report to JSON)", best_of(rounds, || reports.iter().for_each(|r| drop(std::hint::black_box(serde_json::to_vec(r)))))),
        ("whole analysis to report", whole),
    ];
    for (name, (cpu, _)) in &stages {
        println!(
            "  {name:<34} {:>8.1} ms  {:>6.2} MB/s  {:>6.1}x document",
            cpu.as_secs_f64() * 1e3,
            text_mb / cpu.as_secs_f64(),
            cpu.as_secs_f64() / base.0.as_secs_f64()
        );
    }
    let (html, _) = best_of(rounds, || pages.iter().for_each(|p| drop(std::hint::black_box(spotcheck::analyze_html(p)))));
    println!("  {:<34} {:>8.1} ms  {:>6.2} MB/s  (HTML in)", "pages: extraction + analysis", html.as_secs_f64() * 1e3, page_mb / html.as_secs_f64());
    println!(
        "whole analysis: {:.2} MB/s of CPU time ({:.2} MB/s wall), {:.2} ms of CPU an article",
        text_mb / whole.0.as_secs_f64(),
        text_mb / whole.1.as_secs_f64(),
        whole.0.as_secs_f64() * 1e3 / texts.len() as f64
    );
}
