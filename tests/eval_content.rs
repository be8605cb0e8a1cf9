//! The main-content measure of `shared/spec/metrics.md` on the Readability pages: the
//! bag-of-tokens F1 of our article text against the visible text of Readability's own
//! output, per page, averaged over all pages and over the real news pages; and the
//! boilerplate leak, the share of findings on the news pages that lie outside the gold; and,
//! stricter, the findings on the news pages whose words are not a stretch of the gold
//! article (its body, or its headline from `expected-metadata.json`), which must be none.
//!
//! It agrees with `shared/tools/score.py content` (the reference scorer): same gold text
//! (all text outside script/style/noscript/template), same tokens (runs of letters and
//! digits, lower-cased), same news list. Our prediction is the report's `text`, which is
//! `page::html::read(..).text` (what `analyze_html` puts in the report), read here without
//! running the detectors.

mod common;
use common::visible_text;
use std::collections::HashMap;
use std::path::PathBuf;

/// The real news articles among the development pages (score.py's NEWS).
const NEWS: &[&str] = &[
    "nytimes-1",
    "nytimes-2",
    "nytimes-3",
    "wapo-1",
    "guardian-1",
    "schema-org-context-object",
    "quanta-1",
    "keep-images",
    "webmd-1",
    "buzzfeed-1",
    "ars-1",
    "herald-sun-1",
    "salon-1",
    "engadget",
    "tmz-1",
    "wikia",
    "citylab-1",
];

/// Floors a little under what the extractor reaches, so that a regression fails.
const MIN_MEAN_F1: f64 = 0.97;
const MIN_NEWS_MEAN_F1: f64 = 0.975;
/// Findings on the news pages whose text lies outside the gold article (metrics.md).
const MAX_BOILERPLATE_LEAK: f64 = 0.02;

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/readability")
}

/// The gold article's letters and digits, lower-cased, its headline first: a finding lies
/// inside the article when its own letters and digits are a stretch of them (a finding may
/// end inside a word: "up to 60" of "up to 60FPS").
fn article_line(gold_text: &str, dir: &std::path::Path) -> String {
    let metadata = std::fs::read_to_string(dir.join("expected-metadata.json")).unwrap_or_default();
    let title = serde_json::from_str::<serde_json::Value>(&metadata).ok().and_then(|m| m.get("title")?.as_str().map(str::to_string)).unwrap_or_default();
    format!("{}|{}", squeezed(&title), squeezed(gold_text))
}

fn squeezed(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Whether a finding's letters and digits are a stretch of the article's.
fn inside(line: &str, finding: &str) -> bool {
    line.contains(&squeezed(finding))
}

fn tokens(s: &str) -> Vec<String> {
    s.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).map(str::to_string).collect()
}

/// Precision, recall and F1 of the predicted bag of tokens against the gold bag.
fn bag_scores(predicted: &[String], gold: &[String]) -> Scores {
    let mut bag: HashMap<&str, i64> = HashMap::new();
    for t in gold {
        *bag.entry(t).or_default() += 1;
    }
    let mut overlap = 0;
    for t in predicted {
        if let Some(n) = bag.get_mut(t.as_str()) {
            if *n > 0 {
                *n -= 1;
                overlap += 1;
            }
        }
    }
    if overlap == 0 {
        return Scores { p: 0.0, r: 0.0, f1: 0.0 };
    }
    let p = overlap as f64 / predicted.len() as f64;
    let r = overlap as f64 / gold.len() as f64;
    Scores { p, r, f1: 2.0 * p * r / (p + r) }
}

#[derive(Clone, Copy, Debug)]
struct Scores {
    p: f64,
    r: f64,
    f1: f64,
}

#[test]
fn main_content_f1_on_readability_pages() {
    let Ok(entries) = std::fs::read_dir(corpus()) else {
        panic!("the Readability corpus is missing from {}", corpus().display());
    };
    let mut pages: Vec<String> = entries.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    pages.sort();
    let mut scores: Vec<(String, Scores)> = Vec::new();
    let (mut findings, mut leaks) = (0usize, 0usize);
    let mut outside: Vec<String> = Vec::new();
    for page in &pages {
        let dir = corpus().join(page);
        let (Ok(expected), Ok(source)) = (std::fs::read(dir.join("expected.html")), std::fs::read(dir.join("source.html"))) else {
            continue;
        };
        let gold_text = visible_text(&String::from_utf8_lossy(&expected));
        let gold = tokens(&gold_text);
        let source = String::from_utf8_lossy(&source);
        let predicted = tokens(&spotcheck::page::html::read(&source).text);
        scores.push((page.clone(), bag_scores(&predicted, &gold)));
        if NEWS.contains(&page.as_str()) {
            // A finding leaks when fewer than half its tokens are words of the gold article.
            let vocabulary: std::collections::HashSet<&str> = gold.iter().map(String::as_str).collect();
            let line = article_line(&gold_text, &dir);
            for finding in spotcheck::analyze_html(&source).findings {
                if !inside(&line, &finding.text) {
                    outside.push(format!("{page}: {:?}", finding.text));
                }
                let words = tokens(&finding.text);
                findings += 1;
                if !words.is_empty() && (words.iter().filter(|w| vocabulary.contains(w.as_str())).count() as f64) < words.len() as f64 * 0.5 {
                    leaks += 1;
                }
            }
        }
    }
    let mean = |xs: &[f64]| if xs.is_empty() { 0.0 } else { xs.iter().sum::<f64>() / xs.len() as f64 };
    let is_news = |page: &str| NEWS.contains(&page);
    let measure = |news_only: bool, pick: fn(&Scores) -> f64| -> f64 {
        let xs: Vec<f64> = scores.iter().filter(|s| !news_only || is_news(&s.0)).map(|s| pick(&s.1)).collect();
        mean(&xs)
    };
    let mut ranked = scores.clone();
    ranked.sort_by(|a, b| a.1.f1.partial_cmp(&b.1.f1).unwrap_or(std::cmp::Ordering::Equal));
    for (page, s) in &ranked {
        let mark = if is_news(page) { "news" } else { "" };
        println!("{:.3}\tP {:.3}\tR {:.3}\t{page}\t{mark}", s.f1, s.p, s.r);
    }
    let news = scores.iter().filter(|s| is_news(&s.0)).count();
    let (mean_all, mean_news) = (measure(false, |s| s.f1), measure(true, |s| s.f1));
    println!("content F1: mean {mean_all:.4} over {} pages, news mean {mean_news:.4} over {news} pages", scores.len());
    println!(
        "precision: mean {:.4}, news {:.4}; recall: mean {:.4}, news {:.4}",
        measure(false, |s| s.p),
        measure(true, |s| s.p),
        measure(false, |s| s.r),
        measure(true, |s| s.r)
    );
    let leak = if findings == 0 { 0.0 } else { leaks as f64 / findings as f64 };
    println!("boilerplate leak: {leaks} of {findings} findings on the news pages ({leak:.4})");
    println!("outside the article body: {} of {findings} findings on the news pages", outside.len());
    for o in &outside {
        println!("  outside: {o}");
    }
    assert_eq!(news, NEWS.len(), "news pages missing from the corpus");
    assert!(leak <= MAX_BOILERPLATE_LEAK, "boilerplate leak {leak:.4} over {MAX_BOILERPLATE_LEAK}");
    assert!(outside.is_empty(), "{} findings outside the article body: {outside:?}", outside.len());
    assert!(mean_all >= MIN_MEAN_F1, "mean content F1 {mean_all:.4} under {MIN_MEAN_F1}");
    assert!(mean_news >= MIN_NEWS_MEAN_F1, "news content F1 {mean_news:.4} under {MIN_NEWS_MEAN_F1}");
}
