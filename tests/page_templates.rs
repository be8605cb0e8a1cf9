//! Article pages written in the markup of news sites' and blog platforms' templates
//! (`tests/data/site-templates`: wire services, national and local papers, public
//! broadcasters, newsletter and blog platforms), each with the furniture its template puts
//! around and inside the story: donation appeals, funding notes, newsletter boxes, related
//! lists, share rows, time stamps, author roles and bios. Each page, `pages/NAME.html`,
//! marks its article with `⟦` and `⟧` (the gold, written by hand before the extractor was
//! run on it); the page the extractor reads is the same file without the marks. It is
//! scored as extraction benchmarks score it: the F1, precision and recall of its runs of
//! four words.

mod common;
use common::visible_text;
use std::collections::HashMap;
use std::path::PathBuf;

/// Floors a little under what the extractor reaches, so that a regression fails.
const MIN_MEAN_F1: f64 = 0.965;
const MIN_MEAN_PRECISION: f64 = 0.975;
/// No page may read much furniture as text.
const MIN_PAGE_PRECISION: f64 = 0.9;
/// Words in a shingle.
const SHINGLE: usize = 4;

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/site-templates")
}

/// The runs of four tokens (letters and digits, lower-cased) of a text, as a bag.
fn shingles(text: &str) -> HashMap<String, i64> {
    let tokens: Vec<String> = text.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).map(str::to_string).collect();
    let mut bag = HashMap::new();
    for run in tokens.windows(SHINGLE.min(tokens.len().max(1))) {
        *bag.entry(run.join(" ")).or_insert(0) += 1;
    }
    bag
}

/// Precision, recall and F1 of the predicted shingles against the gold ones.
fn scores(predicted: &HashMap<String, i64>, gold: &HashMap<String, i64>) -> (f64, f64, f64) {
    let overlap: i64 = predicted.iter().map(|(s, n)| (*n).min(*gold.get(s).unwrap_or(&0))).sum();
    let (npred, ngold): (i64, i64) = (predicted.values().sum(), gold.values().sum());
    if overlap == 0 || npred == 0 || ngold == 0 {
        return (0.0, 0.0, 0.0);
    }
    let (p, r) = (overlap as f64 / npred as f64, overlap as f64 / ngold as f64);
    (p, r, 2.0 * p * r / (p + r))
}

/// A marked page split into the page as served (marks removed) and its gold article's
/// visible text (each marked stretch's visible text, in order).
fn split_marked(name: &str, marked: &str) -> (String, String) {
    let (opens, closes) = (marked.matches('⟦').count(), marked.matches('⟧').count());
    assert_eq!(opens, closes, "{name}: unbalanced marks");
    let source = marked.replace(['⟦', '⟧'], "");
    let gold: Vec<String> = marked.split('⟦').skip(1).map(|piece| visible_text(piece.split('⟧').next().unwrap_or(""))).collect();
    (source, gold.join(" "))
}

/// Each page's score line, the pages reading much furniture as text, and the folder's
/// mean F1 and precision.
fn score_folder(folder: &str) -> (String, Vec<String>, f64, f64) {
    let mut pages: Vec<String> = std::fs::read_dir(corpus().join(folder))
        .expect("the site-template pages are in tests/data")
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_string_lossy().strip_suffix(".html").map(str::to_string))
        .collect();
    pages.sort();
    assert!(pages.len() >= 5, "{folder}: {pages:?}");
    let (mut sum_p, mut sum_f1) = (0.0, 0.0);
    let mut report = String::new();
    let mut low = Vec::new();
    for page in &pages {
        let marked = std::fs::read_to_string(corpus().join(folder).join(format!("{page}.html"))).expect("a marked page");
        let (source, gold) = split_marked(page, &marked);
        let text = spotcheck::page::html::read(&source).text;
        let (p, r, f1) = scores(&shingles(&text), &shingles(&gold));
        report.push_str(&format!("{page:24} F1 {f1:.3} P {p:.3} R {r:.3}\n"));
        if p < MIN_PAGE_PRECISION {
            low.push(page.clone());
        }
        sum_p += p;
        sum_f1 += f1;
    }
    let n = pages.len() as f64;
    (report, low, sum_f1 / n, sum_p / n)
}

#[test]
fn site_template_pages_read_their_article_and_little_else() {
    let (report, low, mean_f1, mean_p) = score_folder("pages");
    println!("{report}mean F1 {mean_f1:.4} precision {mean_p:.4}");
    assert!(low.is_empty(), "pages reading furniture as text: {low:?}\n{report}");
    assert!(mean_f1 >= MIN_MEAN_F1, "mean F1 {mean_f1:.4}\n{report}");
    assert!(mean_p >= MIN_MEAN_PRECISION, "mean precision {mean_p:.4}\n{report}");
}

/// Later batches, written for other sites after the first pages were fitted, each scored
/// on its own, each written before the rules for the kinds it showed: `batch7a`, then
/// `batch7b` (which first checked `batch7a`'s rules), `batch7c` (which checked `batch7b`'s)
/// `batch7d` (which checked `batch7c`'s) and `batch7e` (which, with `batch7d`, showed the
/// publisher's sign-off lines fixed last, with no later batch to check them); then
/// `batch8a` (measured, then its kinds fixed) and `batch8b` (written after those rules,
/// scored untouched at F1 0.910, then its kinds fixed; its standfirsts are the gold's,
/// dropped by the team's convention); then `batch10a` (African, Asian, Pacific and Canadian
/// sites and a Guardian live blog, with page-wide banners and tickers: measured at F1 0.975,
/// then its kinds fixed) and `batch10b` (written after those rules, scored untouched at F1
/// 0.978, precision 0.994: what it loses is its standfirsts); then `batch11a` (Arc XP,
/// WordPress VIP, Drupal, Brightspot, beehiiv, regional and wire pages, a live blog, a
/// long-read, an AMP page, a podcast transcript: measured at F1 0.960, precision 0.947,
/// then its kinds fixed) and `batch11b` (written after those rules, scored untouched at F1
/// 0.973, precision 0.981; its kinds, a section kicker over the headline and a date in
/// figures, were fixed after); then `batch12a` (Next.js app router, Nuxt, Gatsby, Hugo,
/// Squarespace, Wix, Jetpack WordPress, Escenic, Atex, a rugby report with its scoreboard,
/// Japanese, Korean, Sri Lankan and Bangladeshi sites, a live blog of div posts: measured
/// at F1 0.968, precision 0.966, then its kinds fixed) and `batch12b` (written after those
/// rules, scored untouched at F1 1.0); then `batch13a` (Arc XP, Hearst, SWI, Buttondown, MSN
/// syndication, an AMP page with `amp-ad` placeholders, a broadcaster's live blog of list-item
/// posts, a Nexstar station, a university news office, a GOV.UK press release, a club's match
/// report with its stats tables, a letters page: measured at F1 0.903, precision 0.944, then
/// its kinds fixed) and `batch13b` (written after those rules, scored untouched at F1 0.998);
/// then `batch14a` (a New Yorker long-read whose later part is the paywalled one its JSON-LD
/// declares, an infinite-scroll page with the next story below, a paginated story, a trade
/// paper with a sponsored block, PolitiFact, a commerce lifestyle story with product boxes, a
/// Q&A with bold questions, RFI, TheJournal.ie, The Star Malaysia, an NYT obituary, TheCable:
/// measured at F1 0.934, precision 0.960, then its kinds fixed) and `batch14b` (Slate, The
/// Intercept, the ODT, Euractiv and news.com.au with declared paywalled parts, the Texas
/// Tribune: written after those rules, scored untouched at F1 0.949, precision 0.953, then its
/// kinds fixed; what both lose is their standfirsts), then `batch15a` (an AP story on a local
/// paper, a Jannah WordPress theme, a Drupal city weekly, an explainer in one `<article>` per
/// section, a `<main>` with its rail before the story, India Today, Business Standard, a photo
/// essay, a match report with its line-ups, Asharq Al-Awsat, a PR Newswire release, a numbered
/// listicle: measured at F1 0.947, precision 0.960, then its kinds fixed) and `batch15b` (the
/// Kathmandu Post, a public radio station, Khaleej Times, a student paper, Hürriyet Daily News,
/// Rest of World: written after those rules, scored untouched at F1 0.923, precision 0.952,
/// then its kinds fixed; what both lose is their standfirsts); then `batch17a` (AMP pages
/// and an AMP web story, JNews and tagDiv WordPress themes, Kenyan, Ghanaian, Nigerian,
/// Pakistani, Philippine and Indian outlets, a US local TV station, a Substack letter, a
/// wire story on Arc with its feed notes, a nonprofit newsroom with a donation box: measured
/// at F1 0.946, precision 0.915, then its kinds fixed; what it loses is its standfirsts) and
/// `batch17b` (a Ugandan paper, a Gray local station, a Pakistani business daily, a tagDiv
/// Philippine paper, a Ghost newsletter: written after those rules, scored untouched at F1
/// 0.988, precision 0.979; its two kinds, a summary label known by its words and "Comments on
/// this article are moderated", fixed after).
/// Floors a little under what the extractor reaches, so that a regression fails.
#[test]
fn later_site_template_batches_keep_their_scores() {
    for (folder, min_f1, min_p) in [
        ("batch7a", 0.965, 0.98),
        ("batch7b", 0.955, 0.955),
        ("batch7c", 0.965, 0.99),
        ("batch7d", 0.96, 0.985),
        ("batch7e", 0.935, 0.93),
        ("batch8a", 0.96, 0.985),
        ("batch8b", 0.925, 0.93),
        ("batch10a", 0.98, 0.99),
        ("batch10b", 0.97, 0.985),
        ("batch11a", 0.98, 0.99),
        ("batch11b", 0.97, 0.98),
        ("batch12a", 0.985, 0.99),
        ("batch12b", 0.985, 0.99),
        ("batch13a", 0.97, 0.99),
        ("batch13b", 0.99, 0.99),
        ("batch14a", 0.975, 0.99),
        ("batch14b", 0.965, 0.99),
        ("batch15a", 0.97, 0.99),
        ("batch15b", 0.95, 0.985),
        ("batch17a", 0.98, 0.99),
        ("batch17b", 0.99, 0.99),
    ] {
        let (report, _, mean_f1, mean_p) = score_folder(folder);
        println!("{folder}\n{report}mean F1 {mean_f1:.4} precision {mean_p:.4}");
        assert!(mean_f1 >= min_f1 && mean_p >= min_p, "{folder}: mean F1 {mean_f1:.4} precision {mean_p:.4}\n{report}");
    }
}
