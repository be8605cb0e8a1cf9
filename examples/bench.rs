//! Throughput of the core on the public corpora, as ratios that hold from machine to
//! machine better than seconds do.
//!
//! `cargo run --release --example bench -- [SHARED_DIR] [ROUNDS]` analyzes every PolNeAR
//! article (train and dev) and every Readability page, best of ROUNDS (default 3), and
//! prints each stage's time, the throughput, and each stage as a multiple of the cheapest
//! pass over the same text (building the document: blocks and sentences).

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

fn best_of<F: FnMut()>(rounds: usize, mut f: F) -> Duration {
    (0..rounds)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
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
    let pages: Vec<String> =
        read_dir_sorted(&shared.join("corpus/readability")).into_iter().filter_map(|d| std::fs::read_to_string(d.join("source.html")).ok()).collect();
    let text_mb = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    let page_mb = pages.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    println!("{} PolNeAR articles ({text_mb:.2} MB), {} pages ({page_mb:.2} MB), best of {rounds}", texts.len(), pages.len());

    let docs: Vec<Document> = texts.iter().map(|t| Document::from_plain_text(t)).collect();
    let base = best_of(rounds, || {
        for t in &texts {
            std::hint::black_box(Document::from_plain_text(t));
        }
    });
    let stages: Vec<(&str, Duration)> = vec![
        ("document (blocks, sentences)", base),
        ("quotes + attribution", best_of(rounds, || docs.iter().for_each(|d| drop(std::hint::black_box(quotes::find(d)))))),
        ("figures", best_of(rounds, || docs.iter().for_each(|d| drop(std::hint::black_box(figures::find(d)))))),
        ("reported speech", best_of(rounds, || docs.iter().for_each(|d| drop(std::hint::black_box(attribution::reported_speech(d)))))),
        ("claims (scoring every sentence)", best_of(rounds, || docs.iter().for_each(|d| drop(std::hint::black_box(claims::find(d, &[], &[], &[])))))),
        ("whole analysis to report", best_of(rounds, || texts.iter().for_each(|t| drop(std::hint::black_box(spotcheck::analyze_text(t)))))),
    ];
    for (name, d) in &stages {
        println!(
            "  {name:<34} {:>8.1} ms  {:>6.2} MB/s  {:>6.1}x document",
            d.as_secs_f64() * 1e3,
            text_mb / d.as_secs_f64(),
            d.as_secs_f64() / base.as_secs_f64()
        );
    }
    let html = best_of(rounds, || pages.iter().for_each(|p| drop(std::hint::black_box(spotcheck::analyze_html(p)))));
    println!("  {:<34} {:>8.1} ms  {:>6.2} MB/s  (HTML in)", "pages: extraction + analysis", html.as_secs_f64() * 1e3, page_mb / html.as_secs_f64());
    let whole = stages.last().map(|s| s.1).unwrap_or_default();
    println!("per article: {:.2} ms on average", whole.as_secs_f64() * 1e3 / texts.len().max(1) as f64);
}
