//! The seed page comes out as exactly its article: headline, subtitle, paragraphs and
//! subheads, none of the banner, header, caption, rail or footer.

use spotcheck::page::{extract, html};
use spotcheck::text::BlockKind;
use std::path::PathBuf;

fn samples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/samples")
}

#[test]
fn seed_page_extracts_exactly_the_article() {
    let Ok(page) = std::fs::read_to_string(samples().join("chicago-ice.html")) else {
        panic!("the seed page is missing from {}", samples().display());
    };
    let article = extract(&html::parse(&page));
    let blocks: Vec<(BlockKind, &str)> = article.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
    for b in &blocks {
        eprintln!("{:?}\t{}", b.0, b.1);
    }
    assert_eq!(blocks[0], (BlockKind::Title, "Chicago mayor blocks ICE from accessing police databases ahead of potential raids"));
    assert_eq!(blocks[1], (BlockKind::Heading, "Mayor Lori Lightfoot says the ban will 'remain permanent'"));
    assert!(blocks[2].1.starts_with("Chicago Mayor Lori Lightfoot (D) announced Wednesday"));
    assert_eq!(blocks[3], (BlockKind::Heading, "What are the details?"));
    assert_eq!(blocks.iter().filter(|b| b.0 == BlockKind::Heading).count(), 3);
    assert_eq!(blocks.iter().filter(|b| b.0 == BlockKind::Paragraph).count(), 9);
    assert_eq!(blocks.len(), 13);
    assert!(blocks.last().is_some_and(|b| b.1.starts_with("The Chicago Tribune pointed out")));
    assert_eq!(article.title.as_deref(), Some("Chicago mayor blocks ICE from accessing police databases ahead of potential raids"));

    let text = article.document().text;
    let gold: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(samples().join("chicago-ice.gold.json")).unwrap()).unwrap();
    for furniture in gold["boilerplate_never_flagged"].as_array().unwrap() {
        let furniture = furniture.as_str().unwrap();
        assert!(!text.contains(furniture), "furniture {furniture:?} in the article");
    }
    for quote in gold["quotes"].as_array().unwrap() {
        let quote = quote["text"].as_str().unwrap();
        assert!(text.contains(quote), "gold quote {quote:?} missing");
    }
    for figure in gold["figures"].as_array().unwrap() {
        let figure = figure["text"].as_str().unwrap();
        assert!(text.contains(figure), "gold figure {figure:?} missing");
    }
}

/// The service worker's snapshot of a page reads exactly as the page's HTML does.
#[test]
fn snapshot_of_real_pages_reads_like_their_html() {
    use spotcheck::page::snapshot::{text_id, Snapshot};
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/readability");
    let mut pages = vec![samples().join("chicago-ice.html")];
    for name in ["nytimes-1", "guardian-1", "wapo-1", "ars-1", "buzzfeed-1"] {
        pages.push(corpus.join(name).join("source.html"));
    }
    for path in pages {
        let Ok(page) = std::fs::read_to_string(&path) else { panic!("missing page {}", path.display()) };
        let tree = html::parse(&page);
        let snapshot = Snapshot::from_json(&Snapshot::of(&tree).to_json()).expect("a snapshot reads back");
        let from_html = extract(&tree);
        let from_snapshot = extract(&snapshot);
        let a: Vec<(BlockKind, &str)> = from_html.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
        let b: Vec<(BlockKind, &str)> = from_snapshot.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(a, b, "{}", path.display());
        assert!(from_snapshot.blocks.iter().flat_map(|b| &b.pieces).all(|p| text_id(p.node).is_some()));
    }
}
