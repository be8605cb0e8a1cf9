//! Main-content extraction over any [`Tree`]: the article's headline and body text out
//! of the page's furniture (navigation, banners, rails, footers, share widgets).
//!
//! Three steps, one module each:
//! 1. `dom` copies the visible part of the page into an arena that can be edited;
//! 2. `readability` finds the article container, as Mozilla Readability does;
//! 3. `blocks` cuts the container into titled, headed, paragraphed blocks, with every
//!    run of text tied to the text node it came from.
//!
//! `title` reads the headline from the page's metadata; `furniture` tells captions,
//! slugs, banners, headline lists, bylines and datelines inside the article by name and text.

mod blocks;
mod dom;
mod furniture;
mod publisher_notes;
mod readability;
mod summary_labels;
mod title;

use super::{Article, Tree};
use crate::text::BlockKind;
use blocks::Builder;
use dom::{Dom, Id};

/// The article of the page `tree` holds. Never panics; a page without text gives an
/// article without blocks.
pub fn extract<T: Tree>(tree: &T) -> Article<T::Node> {
    // Only the copy knows the tree's node type: the rest runs on the copy's text-node
    // indices, so it is compiled once for every kind of tree (the wasm module has two).
    let (page, sources) = Dom::copy(tree).indexed();
    let article = extract_from(page);
    let blocks = article
        .blocks
        .into_iter()
        .map(|b| super::ArticleBlock {
            kind: b.kind,
            text: b.text,
            pieces: b
                .pieces
                .into_iter()
                .map(|p| super::Piece { node: sources[p.node].clone(), start: p.start, len: p.len, node_offset: p.node_offset })
                .collect(),
        })
        .collect();
    Article { title: article.title, byline: article.byline, dateline: article.dateline, blocks, site: article.site }
}

/// [`extract`] on the copied page, whose text nodes are named by their index in the copy order.
#[inline(never)]
fn extract_from(mut page: Dom<usize>) -> Article<usize> {
    let title = title::page_title(&page);
    let body = if page.tag(page.root) == "body" { Some(page.root) } else { page.first_by_tag(page.root, "body") };
    let body = body.unwrap_or(page.root);
    for other in other_articles(&page, body, title.as_deref()) {
        page.detach(other);
    }
    let (dom, grabbed) = readability::grab(&page, body, title.as_deref().unwrap_or(""));

    // The headline the search took out, or else one the search never reached (inside a
    // container it dropped as furniture): the title block should point at the page.
    let headline = grabbed.title_node.or_else(|| {
        let wanted = title.as_deref()?;
        let found =
            ["h1", "h2"].iter().flat_map(|tag| page.elements_by_tag(page.root, &[tag])).find(|&h| title::is_headline_of(wanted, &page.inner_text(h)))?;
        (!dom.is_within(found, grabbed.content)).then_some(found)
    });
    let mut builder = Builder::new(&dom);
    match headline {
        Some(headline) => {
            builder.add(headline, BlockKind::Title);
            builder.flush();
            for block in &mut builder.blocks {
                block.kind = BlockKind::Title;
            }
        }
        None => builder.h1_is_title = true,
    }
    builder.add(grabbed.content, BlockKind::Paragraph);
    let byline = grabbed.byline.or_else(|| builder.byline.take());
    let dateline = builder.dateline.take();
    let mut blocks = builder.finish();
    if let Some(headline) = headline {
        drop_kicker(&mut blocks, &page, headline);
    }
    drop_closing_bios(&mut blocks);
    drop_closing_references(&mut blocks);
    drop_repeated_quotes(&mut blocks, &Display::of(&page));
    if let Some(text) = page.json_ld_body.as_deref().filter(|text| shows_no_article(&page, body, text)) {
        // The page's script has not drawn the article yet: its text is only in the metadata.
        blocks.retain(|b| b.kind == BlockKind::Title);
        blocks.extend(json_ld_blocks(text));
    }

    // No headline on the page itself: the metadata's title stays in `title` only. The
    // article text is what the page shows a reader; a headline it does not show is no
    // part of the body (extraction benchmarks score it as a leak), and a block that points
    // nowhere could never carry a marker in the browser anyway.
    // The headline shown a second time (a blog theme's post title, linked, under the page's).
    if let Some(headline) = blocks.iter().find(|b| b.kind == BlockKind::Title).map(|b| b.text.clone()) {
        blocks.retain(|b| b.kind != BlockKind::Heading || b.text != headline);
    }
    let title = title.or_else(|| blocks.iter().find(|b| b.kind == BlockKind::Title).map(|b| b.text.clone()));
    let site = furniture::site_host(&page);
    Article { title, byline, dateline, blocks, site }
}

/// The section label set just before the headline (`<span class="volanta">ECONOMY</span>
/// <h1>…`), when the article's first block says it: the template's label, not the story.
/// Its element is the headline's previous sibling, or its wrapper's when the headline
/// opens a wrapper of its own.
fn drop_kicker(blocks: &mut Vec<super::ArticleBlock<usize>>, page: &Dom<usize>, headline: Id) {
    let before = page.previous_element_sibling(headline).or_else(|| page.parent(headline).and_then(|p| page.previous_element_sibling(p)));
    let Some(label) = before.map(|b| dom::collapse_white_space(&page.inner_text(b))) else { return };
    if !furniture::is_kicker(&label) {
        return;
    }
    if let Some(first) = blocks.iter().position(|b| b.kind != BlockKind::Title) {
        if dom::collapse_white_space(&blocks[first].text).trim() == label.trim() {
            blocks.remove(first);
        }
    }
}

/// A text shorter than this (chars) is no article: a teaser, a card, an app's shell.
const ARTICLE_MIN_CHARS: usize = 250;

/// The other stories of a page that holds several articles, each long enough to be one
/// (an infinite-scroll page preloads the next story below the first): all but the one
/// whose headline is the page's title. None when no article has that headline.
fn other_articles(page: &Dom<usize>, body: Id, title: Option<&str>) -> Vec<Id> {
    let Some(title) = title else { return Vec::new() };
    let articles: Vec<Id> = page
        .elements_by_tag(body, &["article"])
        .into_iter()
        .filter(|&a| !page.has_ancestor_tag(a, "article", None) && page.inner_text_len(a) >= ARTICLE_MIN_CHARS)
        .collect();
    let titled = |a: Id| page.elements_by_tag(a, &["h1", "h2"]).into_iter().any(|h| title::is_headline_of(title, &page.inner_text(h)));
    match articles.iter().position(|&a| titled(a)) {
        Some(own) if articles.len() >= 2 => articles.into_iter().enumerate().filter(|&(i, _)| i != own).map(|(_, a)| a).collect(),
        _ => Vec::new(),
    }
}

/// Whether the page shows less than a quarter of the text of its JSON-LD `articleBody`: a
/// page whose script draws the article after loading, read before it has. (A paywalled
/// page that shows its first paragraphs and its furniture shows more, and is read as shown.)
fn shows_no_article(page: &Dom<usize>, body: Id, text: &str) -> bool {
    let metadata = text.chars().count();
    metadata >= ARTICLE_MIN_CHARS && page.inner_text_len(body) * 4 < metadata
}

/// The paragraphs of a JSON-LD `articleBody`, one a line. They point at no text on the page.
fn json_ld_blocks(text: &str) -> impl Iterator<Item = super::ArticleBlock<usize>> + '_ {
    text.lines().map(|line| line.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|line| !line.is_empty()).map(|text| super::ArticleBlock {
        kind: BlockKind::Paragraph,
        text,
        pieces: Vec::new(),
    })
}

/// Words in a row that a pull quote shares with the sentence it repeats.
const SHINGLE_WORDS: usize = 5;

/// Pull quotes are a sentence or two.
const PULL_QUOTE_MAX_CHARS: usize = 300;

/// A quotation the page names a pull quote repeats the story when at least this share of
/// its runs of [`PULL_QUOTE_WORDS`] words are the story's (a pull quote is often trimmed
/// or reworded a little: "them" for "a pharmacy", a clause left out).
const PULL_QUOTE_SHARE: f64 = 0.5;

/// Words in a row that a named pull quote shares with the story's text.
const PULL_QUOTE_WORDS: usize = 4;

/// The page's display text around the story: the headline's companions (standfirst,
/// kicker), which the body leaves out but a pull quote may repeat, and the text of the
/// elements it names pull quotes.
struct Display {
    companions: Vec<String>,
    pull_quotes: Vec<String>,
}

impl Display {
    fn of(page: &Dom<usize>) -> Display {
        let mut display = Display { companions: Vec::new(), pull_quotes: Vec::new() };
        for id in page.descendants(page.root) {
            if !page.is_element(id) {
                continue;
            }
            let names = page.match_string(id);
            if names.is_empty() {
                continue;
            }
            if furniture::pull_quote_name(&names) {
                display.pull_quotes.push(words(&page.inner_text(id)).join(" "));
            } else if furniture::header_name(&names) && page.inner_text_len(id) <= PULL_QUOTE_MAX_CHARS {
                display.companions.push(page.inner_text(id));
            }
        }
        display
    }

    /// Whether a block's text is (part of) an element the page names a pull quote.
    fn is_named_pull_quote(&self, text: &str) -> bool {
        let own = words(text).join(" ");
        !own.is_empty() && text.chars().count() <= PULL_QUOTE_MAX_CHARS && self.pull_quotes.iter().any(|p| p.contains(&own))
    }
}

/// A text's words, lower case, letters and digits only.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// The runs of `n` words of a text.
fn shingles(text: &str, n: usize) -> Vec<String> {
    words(text).windows(n).map(|w| w.join(" ")).collect()
}

/// Takes out the quotations that only repeat the article's own words, as a reader skips
/// them: a block quotation set off from the paragraph it quotes (every run of five of its
/// words is in the paragraphs), and a pull quote the page names so, which repeats a line of
/// the body or the standfirst, perhaps trimmed (half its runs of four words are there). A
/// repeated sentence would be read twice, its quotes, figures and claims with it. A pull
/// quote that says something the story does not stays. (Paragraphs printed twice stay:
/// that is what the page says.)
fn drop_repeated_quotes<N>(blocks: &mut Vec<super::ArticleBlock<N>>, display: &Display) {
    use std::collections::HashSet;
    let named: Vec<bool> = blocks.iter().map(|b| b.kind != BlockKind::Title && display.is_named_pull_quote(&b.text)).collect();
    let is_pull_quote = |b: &super::ArticleBlock<N>| b.kind == BlockKind::BlockQuote && b.text.chars().count() <= PULL_QUOTE_MAX_CHARS;
    if !blocks.iter().any(is_pull_quote) && !named.contains(&true) {
        return;
    }
    let story: Vec<&str> = blocks
        .iter()
        .zip(&named)
        .filter(|(b, named)| !**named && matches!(b.kind, BlockKind::Paragraph | BlockKind::ListItem))
        .map(|(b, _)| b.text.as_str())
        .collect();
    let told: HashSet<String> = story.iter().flat_map(|t| shingles(t, SHINGLE_WORDS)).collect();
    let shown = blocks.iter().filter(|b| b.kind == BlockKind::Title).map(|b| b.text.as_str());
    let told_or_shown: HashSet<String> =
        story.iter().copied().chain(shown).chain(display.companions.iter().map(String::as_str)).flat_map(|t| shingles(t, PULL_QUOTE_WORDS)).collect();
    let mut i = 0;
    blocks.retain(|b| {
        let named = named[i];
        i += 1;
        if named {
            let own = shingles(&b.text, PULL_QUOTE_WORDS);
            let repeated = own.iter().filter(|s| told_or_shown.contains(*s)).count();
            return own.is_empty() || (repeated as f64) < PULL_QUOTE_SHARE * own.len() as f64;
        }
        let own = shingles(&b.text, SHINGLE_WORDS);
        !(is_pull_quote(b) && !own.is_empty() && own.iter().all(|s| told.contains(s)))
    });
}

/// How many of the last blocks may be authors' bios (one author, or a few).
const CLOSING_BIO_BLOCKS: usize = 3;

/// Takes the authors' bios off the end of the article ("Jane Roe is a reporter at …").
fn drop_closing_bios<N>(blocks: &mut Vec<super::ArticleBlock<N>>) {
    let tail = blocks.len().saturating_sub(CLOSING_BIO_BLOCKS);
    let mut i = blocks.len();
    while i > tail.max(1) {
        i -= 1;
        let text = &blocks[i].text;
        if blocks[i].kind == BlockKind::Paragraph && furniture::is_author_bio(text) {
            blocks.remove(i);
        }
    }
}

/// Labels over the list of works a story cites, set after it ("References", "Sources:",
/// a fact check's "Our Sources"), an "our" or "the" before them left off.
const REFERENCE_HEADINGS: &[&str] = &["bibliography", "citations", "references", "sources", "sources cited", "works cited"];

/// A citation is a line or two; a longer block after the label is the story going on.
const CITATION_MAX_CHARS: usize = 300;

/// Takes off the end of the article the list of works it cites: the label and the short
/// entries after it, to the end (a paper's authors, title and journal, not the story).
fn drop_closing_references<N>(blocks: &mut Vec<super::ArticleBlock<N>>) {
    let label = |b: &super::ArticleBlock<N>| {
        let said = b.text.trim().trim_end_matches([':', '.']).to_lowercase();
        let said = said.strip_prefix("our ").or_else(|| said.strip_prefix("the ")).unwrap_or(&said);
        matches!(b.kind, BlockKind::Heading | BlockKind::Paragraph) && REFERENCE_HEADINGS.contains(&said)
    };
    let Some(start) = blocks.iter().rposition(label) else { return };
    let told_before = blocks[..start].iter().any(|b| b.kind == BlockKind::Paragraph);
    let entries = &blocks[start + 1..];
    // The page's labels after the list ("Subjects", "Rights and permissions") end with it.
    let citations = entries.iter().all(|b| b.kind != BlockKind::BlockQuote && b.text.chars().count() <= CITATION_MAX_CHARS);
    if told_before && !entries.is_empty() && citations {
        blocks.truncate(start);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::page::html;
    use crate::text::Span;

    fn article(markup: &str) -> Article<crate::page::html::NodeId> {
        extract(&html::parse(markup))
    }

    fn texts(markup: &str) -> Vec<(BlockKind, String)> {
        article(markup).blocks.into_iter().map(|b| (b.kind, b.text)).collect()
    }

    const FILLER: &str =
        "The council met on Tuesday, and after a long debate, it voted to extend the program for another year, citing costs, staffing and demand.";

    fn page(body: &str) -> String {
        format!("<html><head><title>Council extends the school lunch program | Daily Bugle</title></head><body>{body}</body></html>")
    }

    #[test]
    fn article_text_is_taken_out_of_furniture() {
        let body = format!(
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>
             <div class='sidebar'><p>Subscribe to our newsletter today, it is free and easy to do.</p></div>
             <article><h1>Council extends the school lunch program</h1><p>{FILLER}</p><h2>Why it matters</h2><p>{FILLER}</p><p>{FILLER}</p><ul><li>{FILLER}</li><li>{FILLER}</li></ul><p>{FILLER}</p></article>
             <footer>Copyright Daily Bugle, all rights reserved.</footer>"
        );
        let blocks = texts(&page(&body));
        assert_eq!(blocks[0], (BlockKind::Title, "Council extends the school lunch program".to_string()));
        assert_eq!(blocks[1], (BlockKind::Paragraph, FILLER.to_string()));
        assert_eq!(blocks[2], (BlockKind::Heading, "Why it matters".to_string()));
        assert!(blocks.iter().any(|b| b.0 == BlockKind::ListItem));
        let all: String = blocks.iter().map(|b| b.1.as_str()).collect();
        assert!(!all.contains("newsletter") && !all.contains("Copyright") && !all.contains("Home"));
    }

    #[test]
    fn headline_in_dropped_furniture_still_points_at_the_page() {
        let body = format!("<div class='page-header'><h1>Council extends the school lunch program</h1></div><article><p>{FILLER}</p><p>{FILLER}</p><p>{FILLER}</p><p>{FILLER}</p></article>");
        let a = article(&page(&body));
        assert_eq!(a.blocks[0].kind, BlockKind::Title);
        assert_eq!(a.blocks[0].text, "Council extends the school lunch program");
        assert_eq!(a.blocks[0].pieces.len(), 1);
        assert_eq!(a.blocks.iter().filter(|b| b.kind == BlockKind::Title).count(), 1);
    }

    #[test]
    fn title_without_headline_comes_from_metadata_and_stays_out_of_the_body() {
        let body = format!("<article><p>{FILLER}</p><p>{FILLER}</p><p>{FILLER}</p><p>{FILLER}</p></article>");
        let a = article(&page(&body));
        assert_eq!(a.title.as_deref(), Some("Council extends the school lunch program"));
        // The page shows no headline, so the body has none: every block points at the page.
        assert!(a.blocks.iter().all(|b| b.kind != BlockKind::Title && !b.pieces.is_empty()));
        assert_eq!(a.blocks.len(), 4);
    }

    #[test]
    fn a_preloaded_next_article_is_not_read_but_one_article_is_read_whole() {
        let other = "A second fire broke out near Lyons on Sunday, burning about 400 acres before crews slowed it, the county said in a statement.";
        let body = format!(
            "<article><h2>Council extends the school lunch program</h2><p>{FILLER}</p><p>{FILLER}</p></article><article><h2>Second fire near Lyons</h2><p>{other}</p><p>{other}</p><p>{other}</p></article>"
        );
        let all: String = texts(&page(&body)).into_iter().map(|b| b.1).collect();
        assert!(all.contains("The council met") && !all.contains("Lyons"), "{all}");
        // No article has the page's headline: nothing is taken out.
        let untitled = body.replace("Council extends the school lunch program", "Budget news");
        let all: String = texts(&page(&untitled)).into_iter().map(|b| b.1).collect();
        assert!(all.contains("Lyons"), "{all}");
    }

    #[test]
    fn only_block_quotations_wholly_repeated_from_the_paragraphs_go() {
        let kinds = |body: &str| texts(&page(&format!("<article><p>{FILLER}</p>{body}<p>{FILLER}</p><p>{FILLER}</p></article>")));
        let repeated = kinds("<blockquote>After a long debate, it voted to extend the program for another year.</blockquote>");
        assert!(repeated.iter().all(|b| b.0 != BlockKind::BlockQuote), "{repeated:?}");
        let own = kinds("<blockquote>The program feeds 4,000 children a day, and it will go on feeding them.</blockquote>");
        assert!(own.iter().any(|b| b.0 == BlockKind::BlockQuote), "{own:?}");
        // Paragraphs printed twice stay: the page says them twice.
        assert_eq!(kinds("").iter().filter(|b| b.1 == FILLER).count(), 3);
    }

    #[test]
    fn a_named_pull_quote_that_rewords_the_standfirst_or_body_goes_but_one_of_its_own_stays() {
        let dek = "Ferry fares rise again, and the islanders who rely on them most are the ones least able to pay.";
        let kinds = |pull: &str| {
            texts(&page(&format!(
                "<article><header><h1>Council extends the school lunch program</h1><p class='story-dek'>{dek}</p></header><p>{FILLER}</p>{pull}<p>{FILLER}</p><p>{FILLER}</p></article>"
            )))
        };
        // Reworded from the standfirst ("them" for "ferries"), set as a pull quote by name,
        // in a <div> as well as a <blockquote>: a reader does not read it as more story.
        for pull in [
            "<aside class='PullQuote'><p>The islanders who rely on ferries most are the ones least able to pay.</p></aside>",
            "<blockquote class='wp-block-pullquote'><p>The islanders who rely on the ferry most are the ones least able to pay.</p></blockquote>",
            "<div class='pull-quote'><p>After a long debate it voted to extend the program, citing costs and staffing.</p></div>",
        ] {
            let blocks = kinds(pull);
            assert!(blocks.iter().all(|b| !b.1.contains("least able") && !b.1.starts_with("After a long debate it voted")), "{pull}: {blocks:?}");
        }
        // A pull quote that says something the story does not is text of its own.
        let own = kinds("<div class='pullquote'><p>“We will keep the kitchens open through the summer holidays,” the mayor said.</p></div>");
        assert!(own.iter().any(|b| b.1.contains("kitchens open")), "{own:?}");
        // A block quotation the page does not name a pull quote must repeat the body word for word.
        let reworded = kinds("<blockquote><p>The islanders who rely on ferries most are the ones least able to pay.</p></blockquote>");
        assert!(reworded.iter().any(|b| b.1.contains("least able")), "{reworded:?}");
    }

    #[test]
    fn paragraphs_named_after_a_media_design_system_are_read() {
        let body = format!(
            "<article class='media-ui-Article'><p class='media-ui-Paragraph_text'>Copper rose to a record as a strike at the biggest mine in Chile widened on Sunday.</p>\
             <figure class='media-ui-Figure'><img src='/a.jpg'><figcaption>The mine in Antofagasta.</figcaption></figure>\
             <p class='MediaKit-paragraph'>Prices climbed as much as 3.4% to a new high on the London Metal Exchange.</p><p>{FILLER}</p><p>{FILLER}</p></article>"
        );
        let blocks = texts(&page(&body));
        assert!(blocks.iter().any(|b| b.1.starts_with("Copper rose")) && blocks.iter().any(|b| b.1.starts_with("Prices climbed")), "{blocks:?}");
        assert!(blocks.iter().all(|b| !b.1.contains("Antofagasta")), "{blocks:?}");
        // A short line in a photo wrapper is still the photo's.
        let photo = texts(&page(&format!(
            "<article><p>{FILLER}</p><div class='photo'><img src='/b.jpg'><p>Photo: Jane Roe</p></div><p>{FILLER}</p><p>{FILLER}</p></article>"
        )));
        assert!(photo.iter().all(|b| !b.1.contains("Jane Roe")), "{photo:?}");
    }

    #[test]
    fn posts_embedded_from_social_networks_are_not_read() {
        let body = format!(
            "<article><p>{FILLER}</p><blockquote class='twitter-tweet'><p>Roads are closed downtown until 6pm, please plan ahead.</p>&mdash; City Traffic (@citytraffic) <a href='https://x.com/s/1'>May 2, 2026</a></blockquote>\
             <p>{FILLER}</p><blockquote class='instagram-media' data-instgrm-permalink='x'><div><p>Opening night at the new theatre!</p></div></blockquote>\
             <div class='tiktok-embed'><p>Watch the crowd sing along</p></div><p>{FILLER}</p></article>"
        );
        let blocks = texts(&page(&body));
        assert!(blocks.iter().all(|b| !b.1.contains("Roads are closed") && !b.1.contains("Opening night") && !b.1.contains("crowd sing")), "{blocks:?}");
        assert_eq!(blocks.iter().filter(|b| b.1 == FILLER).count(), 3);
    }

    #[test]
    fn a_paragraph_label_over_a_short_list_of_stories_goes_with_its_list() {
        let body = format!(
            "<article><p>{FILLER}</p><div><p><strong>Read also</strong></p><ul><li><a href='/news/a'>Bus fares to rise in March</a></li><li><a href='/news/b'>New depot opens in the north</a></li></ul></div>\
             <p>{FILLER}</p><p><b>In case you missed it:</b></p><ul><li><a href='/news/c'>Bridge closes for repairs</a></li></ul><p>{FILLER}</p></article>"
        );
        let blocks = texts(&page(&body));
        assert!(
            blocks.iter().all(|b| !b.1.contains("Bus fares") && !b.1.contains("depot") && !b.1.contains("Bridge") && !b.1.contains("Read also")),
            "{blocks:?}"
        );
        // A bare link after the label, with a note beside it, goes as the list would.
        let bare = texts(&page(&format!(
            "<article><p>{FILLER}</p><section><p>Read more</p><a href='/news/d'>Ferry fares rise again in the islands</a><span>Subscribers only</span></section><p>{FILLER}</p><p>{FILLER}</p></article>"
        )));
        assert!(bare.iter().all(|b| !b.1.contains("Ferry") && !b.1.contains("Subscribers")), "{bare:?}");
        // A list after a paragraph that is not such a label stays.
        let kept = texts(&page(&format!(
            "<article><p>{FILLER}</p><p>The plan has three parts:</p><ul><li>Fares</li><li>Routes</li></ul><p>{FILLER}</p><p>{FILLER}</p></article>"
        )));
        assert!(kept.iter().any(|b| b.1 == "Routes"), "{kept:?}");
    }

    #[test]
    fn white_space_collapses_and_br_breaks_the_line() {
        let body = format!("<article><p>  One\n\t two  <b> three </b>four<br>five  </p><p>{FILLER}</p><p>{FILLER}</p><p>{FILLER}</p></article>");
        let blocks = texts(&page(&body));
        assert!(blocks.iter().any(|b| b.1 == "One two three four\nfive"), "{blocks:?}");
    }

    #[test]
    fn hidden_and_own_elements_are_not_read() {
        let body = format!(
            "<article><p>{FILLER}</p><p hidden>Secret one.</p><p style='display: none'>Secret two.</p><div aria-hidden='true'>Secret three.</div>
             <spotcheck-overlay>Badge text</spotcheck-overlay><p>{FILLER}</p><p>{FILLER}</p></article>"
        );
        let all: String = texts(&page(&body)).into_iter().map(|b| b.1).collect();
        assert!(!all.contains("Secret") && !all.contains("Badge"), "{all}");
    }

    /// A tree whose computed style hides what the class says: what the live DOM reports.
    struct StyledTree(html::HtmlTree);

    impl Tree for StyledTree {
        type Node = html::NodeId;
        fn root(&self) -> Self::Node {
            self.0.root()
        }
        fn children(&self, node: &Self::Node) -> Vec<Self::Node> {
            self.0.children(node)
        }
        fn element_name(&self, node: &Self::Node) -> Option<String> {
            self.0.element_name(node)
        }
        fn attribute(&self, node: &Self::Node, name: &str) -> Option<String> {
            self.0.attribute(node, name)
        }
        fn text(&self, node: &Self::Node) -> Option<String> {
            self.0.text(node)
        }
        fn is_hidden(&self, node: &Self::Node) -> bool {
            self.0.attribute(node, "class").is_some_and(|c| c.contains("css-hidden"))
        }
    }

    #[test]
    fn tree_hidden_elements_are_not_read() {
        let body = format!("<article><p>{FILLER}</p><p class='css-hidden'>Hidden by a style sheet.</p><p>{FILLER}</p><p>{FILLER}</p></article>");
        let styled = extract(&StyledTree(html::parse(&page(&body))));
        let all: String = styled.blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(!all.contains("style sheet"), "{all}");
        assert!(texts(&page(&body)).iter().any(|b| b.1.contains("style sheet")));
    }

    #[test]
    fn figure_captions_and_bylines_stay_out() {
        let body = format!(
            "<article><div class='byline'>By Jane Roe</div><figure><img src='x.jpg'><figcaption>Photo: Agency</figcaption></figure>
             <p>{FILLER}</p><p>{FILLER}</p><p>{FILLER}</p><div class='share-tools'><a href='#'>Share</a></div></article>"
        );
        let a = article(&page(&body));
        let all: String = a.blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(!all.contains("Photo") && !all.contains("Jane") && !all.contains("Share"), "{all}");
        assert_eq!(a.byline.as_deref(), Some("By Jane Roe"));
    }

    #[test]
    fn quote_across_link_and_emphasis_locates_on_each_node() {
        let body = format!(
            "<article><p>She said “we <a href='/x'>will not</a> <em>back down</em>” on Monday.</p><p>{FILLER}</p><p>{FILLER}</p><p>{FILLER}</p></article>"
        );
        let a = article(&page(&body));
        let doc = a.document();
        let start = doc.text.find("we will").unwrap();
        let end = doc.text.find(" on Monday").unwrap() - "”".len();
        let ranges = a.locate(Span::new(start, end));
        let tree = html::parse(&page(&body));
        let got: Vec<String> = ranges
            .iter()
            .map(|r| {
                let data: Vec<u16> = tree.text(&r.node).unwrap().encode_utf16().collect();
                String::from_utf16(&data[r.start..r.end]).unwrap()
            })
            .collect();
        assert_eq!(got, ["we ", "will not", " ", "back down"]);
    }

    #[test]
    fn entities_and_astral_characters_keep_offsets_exact() {
        let body = format!(
            "<article><p>Fish &amp; chips cost&nbsp;£5 \u{1F41F} “a fair&nbsp;price”, he said.</p><p>{FILLER}</p><p>{FILLER}</p><p>{FILLER}</p></article>"
        );
        let a = article(&page(&body));
        let doc = a.document();
        let tree = html::parse(&page(&body));
        for needle in ["Fish & chips", "cost\u{a0}£5", "\u{1F41F} “a fair\u{a0}price”"] {
            let needle_doc = needle.replace('\u{a0}', " ");
            let start = doc.text.find(&needle_doc).unwrap_or_else(|| panic!("{needle_doc:?} in {:?}", doc.text));
            let ranges = a.locate(Span::new(start, start + needle_doc.len()));
            let mut got = String::new();
            for r in &ranges {
                let data: Vec<u16> = tree.text(&r.node).unwrap().encode_utf16().collect();
                got.push_str(&String::from_utf16(&data[r.start..r.end]).unwrap());
            }
            assert_eq!(got, needle);
        }
    }

    #[test]
    fn no_empty_blocks_and_no_panic_on_broken_markup() {
        for markup in ["", "<", "<p>", "<html><body><div><p></p><p> </p></div>", "<table><tr><td>x</td><p>y</table></b></i>", "\u{feff}<p>&#0;&#xD800;</p>"] {
            let a = article(markup);
            assert!(a.blocks.iter().all(|b| !b.text.trim().is_empty()), "{markup:?}");
        }
    }

    /// Every piece is its node's data, char for char (white space shown as a space).
    fn assert_pieces_are_verbatim(tree: &html::HtmlTree, a: &Article<html::NodeId>) {
        for block in &a.blocks {
            assert!(!block.text.trim().is_empty());
            for piece in &block.pieces {
                let text = &block.text[piece.start..piece.start + piece.len];
                let data: Vec<u16> = tree.text(&piece.node).expect("a text node").encode_utf16().collect();
                let units: Vec<u16> = text.encode_utf16().collect();
                let source = String::from_utf16_lossy(&data[piece.node_offset..piece.node_offset + units.len()]);
                let shown: String = source.chars().map(|c| if c.is_whitespace() { ' ' } else { c }).collect();
                assert_eq!(shown, text);
            }
        }
    }

    #[test]
    fn tag_soup_never_breaks_the_piece_invariant() {
        const PARTS: &[&str] = &[
            "<p>",
            "</p>",
            "<div class='content'>",
            "<div class='sidebar'>",
            "</div>",
            "<a href='#x'>",
            "</a>",
            "<em>",
            "</em>",
            "<br>",
            "<br><br>",
            "<li>",
            "<ul>",
            "</ul>",
            "<blockquote>",
            "</blockquote>",
            "<h2>",
            "</h2>",
            "<table><tr><td>",
            "</td></tr></table>",
            "Words, more words, and then some.",
            " ",
            "\n\t ",
            "&nbsp;",
            "&amp;",
            "\u{1F600}",
            "“quoted”",
            "é",
            "<script>x</script>",
            "<span hidden>gone</span>",
            "<q>",
            "</q>",
            "<!-- c -->",
            "<",
            ">",
            "&",
            "<font>",
            "</font>",
            "<figure><figcaption>cap</figcaption></figure>",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..120 {
            let mut markup = String::from("<html><head><title>A title: with parts | Site</title></head><body>");
            for _ in 0..200 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                markup.push_str(PARTS[(seed % PARTS.len() as u64) as usize]);
            }
            let tree = html::parse(&markup);
            let a = extract(&tree);
            assert_pieces_are_verbatim(&tree, &a);
            let doc = a.document();
            // Every span, on char boundaries, locates without panicking.
            let bounds: Vec<usize> = doc.text.char_indices().map(|(i, _)| i).chain([doc.text.len()]).step_by(7).collect();
            for w in bounds.windows(2) {
                let _ = a.locate(Span::new(w[0], w[1]));
            }
        }
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let depth = 1_500;
        let markup = format!("{}<p>{FILLER}</p>{}", "<div>".repeat(depth), "</div>".repeat(depth));
        let deep = article(&markup);
        assert!(deep.blocks.iter().any(|b| b.text == FILLER), "the text deep down is kept");
        let markup = format!("{}deep{}", "<span>".repeat(depth), "</span>".repeat(depth));
        let _ = article(&markup);
    }

    #[test]
    fn a_list_of_cited_works_after_the_story_is_left_out() {
        let body = format!(
            "<article><h1>Council extends the school lunch program</h1><p>{FILLER}</p><p>{FILLER}</p><p>{FILLER}</p>
             <h3>Sources</h3><p>Doe, J. and Roe, R. “School meals and attendance.” Journal of Public Health, 4 March 2025.</p>
             <p>“Lunch program audit.” City Comptroller’s Office, 2026.</p><h3>Topics</h3></article>"
        );
        let blocks = texts(&page(&body));
        let all: String = blocks.iter().map(|b| b.1.as_str()).collect();
        assert!(!all.contains("Journal of Public Health") && !all.contains("Comptroller") && !all.contains("Sources"), "{blocks:?}");
        assert_eq!(blocks.iter().filter(|b| b.1 == FILLER).count(), 3);
    }

    #[test]
    fn a_fact_checks_our_sources_list_and_the_boxes_after_it_are_left_out() {
        for label in ["Our Sources", "OUR SOURCES:", "The sources", "Sources cited"] {
            let body = format!(
                "<article><h1>Council extends the school lunch program</h1><p>{FILLER}</p><p>{FILLER}</p><p>We rate this claim False.</p>
                 <h3>{label}</h3><p>Facebook post, Nov. 18, 2025</p><p>Email interview, county spokesperson, Nov. 20, 2025</p>
                 <p>Share The Facts</p><p>PolitiFact rating: False</p></article>"
            );
            let blocks = texts(&page(&body));
            let all: String = blocks.iter().map(|b| b.1.as_str()).collect();
            assert!(!all.contains("Email interview") && !all.contains(label) && !all.contains("Share The Facts"), "{blocks:?}");
            assert!(all.contains("We rate this claim False."), "{blocks:?}");
        }
    }

    #[test]
    fn a_section_headed_sources_that_goes_on_with_the_story_stays() {
        let long = format!("{FILLER} {FILLER} {FILLER}");
        let body = format!("<article><h1>Council extends the school lunch program</h1><p>{FILLER}</p><p>{FILLER}</p><h2>Sources</h2><p>{long}</p></article>");
        let blocks = texts(&page(&body));
        assert!(blocks.iter().any(|b| b.1 == "Sources") && blocks.iter().any(|b| b.1 == long), "{blocks:?}");
    }

    #[test]
    fn a_boxs_label_goes_with_the_call_it_labels() {
        // The label of a newsletter or offer box whose copy is a call to the reader.
        let body = format!(
            "<article><h1>Council extends the school lunch program</h1><p>{FILLER}</p><p>{FILLER}</p>
             <div class='briefing-box'><h3>The Morning Ledger</h3><p>Sign up for our free newsletter, delivered to your inbox every weekday.</p></div>
             <p>{FILLER}</p><div class='offer'><h4>Get More From the Bugle</h4><p>Become a member and read without limits.</p></div></article>"
        );
        let blocks = texts(&page(&body));
        let all: String = blocks.iter().map(|b| b.1.as_str()).collect();
        assert!(!all.contains("Morning Ledger") && !all.contains("Get More"), "{blocks:?}");
        // A subheading of the story over its own paragraph stays, and a long heading over a call
        // says something of its own.
        let body = format!(
            "<article><h1>Council extends the school lunch program</h1><p>{FILLER}</p><section><h2>What parents can do</h2><p>{FILLER}</p></section><p>{FILLER}</p></article>"
        );
        assert!(texts(&page(&body)).iter().any(|b| b.1 == "What parents can do"));
    }

    #[test]
    fn a_byline_named_only_in_test_attributes_is_metadata() {
        let body = format!(
            "<article><h1>Council extends the school lunch program</h1><div data-testid='byline-contributors'><span>Priya Natarajan</span><span>Education correspondent</span></div><p>{FILLER}</p><p>{FILLER}</p><p>{FILLER}</p></article>"
        );
        let blocks = texts(&page(&body));
        assert!(!blocks.iter().any(|b| b.1.contains("Natarajan")), "{blocks:?}");
        let body = format!(
            "<article><h1>Council extends the school lunch program</h1><div data-component='byline-block'><span>Tom Ellis</span></div><p>{FILLER}</p><p>{FILLER}</p><p>{FILLER}</p></article>"
        );
        assert!(!texts(&page(&body)).iter().any(|b| b.1.contains("Tom Ellis")));
    }

    #[test]
    fn a_key_points_box_before_the_bodys_container_is_read_without_its_label() {
        for (names, label) in [("story-highlights", "Highlights"), ("KeyTakeaways", "What you need to know"), ("tldr", "TL;DR")] {
            let body = format!(
                "<main><article><h1>Council extends the school lunch program</h1><div class='{names}'><h3>{label}</h3><ul>\
                 <li>The program will run for another school year at the same cost.</li><li>Two members voted against the extension on Tuesday.</li></ul></div>\
                 <div id='story-body' class='article-content'><p>{FILLER}</p><p>{FILLER}</p><p>{FILLER}</p></div></article></main>"
            );
            let blocks = texts(&page(&body));
            assert!(
                blocks.iter().any(|b| b.1.contains("another school year")) && blocks.iter().any(|b| b.1.contains("Two members voted")),
                "{names}: {blocks:?}"
            );
            assert!(!blocks.iter().any(|b| b.1 == label), "{names}: {blocks:?}");
        }
        // A box of that name holding links to other stories is no summary.
        let body = format!(
            "<main><article><h1>Council extends the school lunch program</h1><div class='highlights'><ul><li><a href='/a'>Mayor opens the new library branch downtown</a></li>\
             <li><a href='/b'>School board names its new superintendent today</a></li></ul></div><div class='article-content'><p>{FILLER}</p><p>{FILLER}</p><p>{FILLER}</p></div></article></main>"
        );
        assert!(!texts(&page(&body)).iter().any(|b| b.1.contains("superintendent")));
    }

    #[test]
    fn readers_polls_and_wix_blog_parts_are_not_read() {
        let body = format!(
            "<article><h1>Council extends the school lunch program</h1><p>{FILLER}</p><div class='poll-widget'><h4>Reader Poll</h4><p>Should the district pay for free lunches for every pupil?</p><form><label>Yes</label><label>No</label></form></div>\
             <p>{FILLER}</p><p>{FILLER}</p><section data-hook='recent-posts'><h2>Recent Posts</h2><div><h3>Library extends its weekend opening hours again</h3></div></section></article>"
        );
        let blocks = texts(&page(&body));
        assert!(blocks.iter().all(|b| !b.1.contains("free lunches") && !b.1.contains("Reader Poll") && !b.1.contains("weekend opening")), "{blocks:?}");
        assert_eq!(blocks.iter().filter(|b| b.1 == FILLER).count(), 3);
    }

    #[test]
    fn a_summary_box_named_in_a_compound_with_a_plain_label_is_read_without_it() {
        // CSS-module names ("Keyhighlight_keyhighlights", "Story_story__highlight__x") and a
        // label set in a plain element, not a heading.
        for (names, label) in [
            ("Keyhighlight_keyhighlights__a1", "<div class='Keyhighlight_hdng'>Key Highlights</div>"),
            ("Story_story__highlight__uUO7e", "<h3>In Short</h3>"),
            ("articleKeypoint", "<p><strong>At a glance</strong></p>"),
            ("summary-takeaway-box", "<span>Takeaways</span>"),
        ] {
            let body = format!(
                "<main><article><h1>Council extends the school lunch program</h1><div class='{names}'>{label}<ul>\
                 <li>The program will run for another school year at the same cost.</li><li>Two members voted against the extension on Tuesday.</li></ul></div>\
                 <div class='article-content'><p>{FILLER}</p><p>{FILLER}</p><p>{FILLER}</p></div></article></main>"
            );
            let blocks = texts(&page(&body));
            assert!(
                blocks.iter().any(|b| b.1.contains("another school year")) && blocks.iter().any(|b| b.1.contains("Two members voted")),
                "{names}: {blocks:?}"
            );
            let all: String = blocks.iter().map(|b| b.1.as_str()).collect::<Vec<_>>().join("|");
            assert!(
                !all.contains("Key Highlights") && !all.contains("In Short") && !all.contains("At a glance") && !all.contains("|Takeaways|"),
                "{names}: {blocks:?}"
            );
        }
    }

    #[test]
    fn an_author_line_named_with_auth_is_metadata() {
        for names in ["MainStory_dtlauthinfo", "auth_name", "story-auth-detail", "authBox"] {
            let body = format!(
                "<article><h1>Council extends the school lunch program</h1><div class='{names}'><a href='/author/anjali'>Anjali Kumari</a> <span>Mumbai</span></div><p>{FILLER}</p><p>{FILLER}</p><p>{FILLER}</p></article>"
            );
            let blocks = texts(&page(&body));
            assert!(!blocks.iter().any(|b| b.1.contains("Anjali")), "{names}: {blocks:?}");
        }
        // A log-in box is no byline: the story's real byline is still found as one.
        let body = format!(
            "<article><h1>Council extends the school lunch program</h1><div class='byline'>By Tom Ellis</div><p>{FILLER}</p><p>{FILLER}</p><p>{FILLER}</p></article><div class='auth-modal oauth'><p>Log in with Google</p></div>"
        );
        assert!(!texts(&page(&body)).iter().any(|b| b.1.contains("Tom Ellis")));
    }

    #[test]
    fn more_and_a_kind_of_piece_over_links_goes_but_over_the_storys_list_stays() {
        for heading in ["More explainers", "More photo essays", "More videos", "More podcasts"] {
            let body = format!(
                "<main><article><h1>Council extends the school lunch program</h1><p>{FILLER}</p><p>{FILLER}</p><p>{FILLER}</p></article>\
                 <section class='x'><h2>{heading}</h2><ul><li><a href='/a'>How the carbon border tax works</a></li><li><a href='/b'>Why roaming charges might come back</a></li></ul></section></main>"
            );
            let blocks = texts(&page(&body));
            assert!(!blocks.iter().any(|b| b.1.contains("carbon border") || b.1.contains(heading)), "{heading}: {blocks:?}");
        }
        let body = format!(
            "<article><h1>Council extends the school lunch program</h1><p>{FILLER}</p><p>{FILLER}</p><h2>More delays</h2><ul><li>The kitchen at Lincoln Elementary opens in March</li><li>Menus for the spring term are not yet set</li></ul><p>{FILLER}</p></article>"
        );
        let blocks = texts(&page(&body));
        assert!(blocks.iter().any(|b| b.1 == "More delays") && blocks.iter().any(|b| b.1.contains("Lincoln Elementary")), "{blocks:?}");
    }

    #[test]
    fn a_reaction_prompt_is_no_part_of_the_story() {
        for prompt in ["What did you think?", "How did this story make you feel?", "What's your reaction?"] {
            let body = format!(
                "<article><h1>Council extends the school lunch program</h1><p>{FILLER}</p><p>{FILLER}</p><p>{FILLER}</p><div class='box'><h3>{prompt}</h3><button>LOVE</button><button>LOL</button></div></article>"
            );
            assert!(!texts(&page(&body)).iter().any(|b| b.1 == prompt), "{prompt}");
        }
    }

    #[test]
    fn a_key_points_aside_before_the_body_is_read_but_a_sidebar_aside_is_not() {
        for names in ["post-takeaways", "storyKeyPoints", "article-highlights"] {
            let body = format!(
                "<main><article><h1>Council extends the school lunch program</h1><aside class='{names}'><h2>Key Takeaways</h2><ul>\
                 <li>The program will run for another school year at the same cost.</li><li>Two members voted against the extension on Tuesday.</li></ul></aside>\
                 <div class='post-content'><p>{FILLER}</p><p>{FILLER}</p><p>{FILLER}</p></div></article><aside class='sidebar'><h3>Most read</h3><ul><li><a href='/a'>Mayor opens the new library branch downtown</a></li></ul></aside></main>"
            );
            let blocks = texts(&page(&body));
            assert!(
                blocks.iter().any(|b| b.1.contains("another school year")) && blocks.iter().any(|b| b.1.contains("Two members voted")),
                "{names}: {blocks:?}"
            );
            assert!(!blocks.iter().any(|b| b.1 == "Key Takeaways" || b.1.contains("library branch")), "{names}: {blocks:?}");
        }
    }
}
