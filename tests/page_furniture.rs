//! Furniture inside the article body, and one reading in the CLI and the browser: every
//! case is read twice, from the parsed HTML (the CLI) and from a snapshot made as
//! `extension/content/snapshot.js` makes it in Chromium (the browser), whose `hidden`
//! flags are the computed style's: `<head>` and its content hidden by the user-agent
//! style sheet, visibility inherited, `[hidden]` and inline `display: none`.
//!
//! The first three cases are issue 12's; the others are more of each kind.

use spotcheck::page::html::{self, HtmlTree, NodeId};
use spotcheck::page::snapshot::Snapshot;
use spotcheck::page::{extract, Tree};
use std::collections::HashSet;

/// Parsed HTML whose hidden flags are what Chromium's `getComputedStyle` says.
struct Computed {
    tree: HtmlTree,
    hidden: HashSet<NodeId>,
}

fn squeezed(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase()
}

impl Computed {
    fn new(markup: &str) -> Computed {
        let tree = html::parse(markup);
        // An anti-flicker rule in a style sheet: `body { visibility: hidden }`.
        let anti_flicker = squeezed(markup).contains("body{visibility:hidden");
        let mut hidden = HashSet::new();
        // (node, inside <head>, visibility inherited as hidden)
        let mut stack = vec![(tree.root(), false, false)];
        while let Some((node, in_head, invisible)) = stack.pop() {
            let Some(tag) = tree.element_name(&node) else { continue };
            let style = squeezed(&tree.attribute(&node, "style").unwrap_or_default());
            let in_head = in_head || tag == "head";
            let mut invisible = invisible || style.contains("visibility:hidden") || (tag == "body" && anti_flicker);
            if style.contains("visibility:visible") {
                invisible = false;
            }
            let display_none = in_head || tree.attribute(&node, "hidden").is_some() || style.contains("display:none");
            if display_none || invisible {
                hidden.insert(node);
            }
            for child in tree.children(&node) {
                stack.push((child, in_head, invisible));
            }
        }
        Computed { tree, hidden }
    }
}

impl Tree for Computed {
    type Node = NodeId;
    fn root(&self) -> NodeId {
        self.tree.root()
    }
    fn children(&self, node: &NodeId) -> Vec<NodeId> {
        self.tree.children(node)
    }
    fn element_name(&self, node: &NodeId) -> Option<String> {
        self.tree.element_name(node)
    }
    fn attribute(&self, node: &NodeId, name: &str) -> Option<String> {
        self.tree.attribute(node, name)
    }
    fn text(&self, node: &NodeId) -> Option<String> {
        self.tree.text(node)
    }
    fn is_hidden(&self, node: &NodeId) -> bool {
        self.hidden.contains(node)
    }
}

/// What both readers make of a page: the article text, title, byline and dateline,
/// asserted equal; the parsed-HTML reading is returned.
struct Read {
    text: String,
    title: Option<String>,
    byline: Option<String>,
    dateline: Option<String>,
}

fn read(markup: &str) -> Read {
    let from_html = extract(&html::parse(markup));
    let json = Snapshot::of(&Computed::new(markup)).to_json();
    let snapshot = Snapshot::from_json(&json).expect("the snapshot reads back");
    let from_snapshot = extract(&snapshot);
    let text_of = |blocks: Vec<String>| blocks.join("\n\n");
    let html_text = text_of(from_html.blocks.iter().map(|b| b.text.clone()).collect());
    let snapshot_text = text_of(from_snapshot.blocks.iter().map(|b| b.text.clone()).collect());
    assert_eq!(html_text, snapshot_text, "the browser's snapshot reads otherwise than the HTML");
    assert_eq!(from_html.title, from_snapshot.title);
    assert_eq!(from_html.byline, from_snapshot.byline);
    assert_eq!(from_html.dateline, from_snapshot.dateline);
    Read { text: html_text, title: from_html.title, byline: from_html.byline, dateline: from_html.dateline }
}

const P1: &str = "The council met on Tuesday, and after a long debate, it voted to extend the program for another year, citing costs, staffing and demand.";
const P2: &str = "Officials said the decision, which followed months of hearings, would cost the city about $4 million, most of it paid from reserves.";
const P3: &str = "Parents who spoke at the meeting, many of them with children in tow, said the meals had become a lifeline since prices began to climb.";
const P4: &str = "A vote on next year's budget, which will decide whether the program can grow, is expected in the spring, a spokesman for the mayor said.";

fn page(head: &str, body: &str) -> String {
    format!("<!doctype html><html><head><title>Council extends lunch program | Daily Bugle</title>{head}</head><body>{body}</body></html>")
}

fn article(inner: &str) -> String {
    page(
        "",
        &format!(
            "<header><nav><a href='/'>Home</a></nav></header><article><h1>Council extends lunch program</h1>{inner}</article><footer>© Daily Bugle</footer>"
        ),
    )
}

fn assert_has(text: &str, wanted: &[&str]) {
    for w in wanted {
        assert!(text.contains(w), "{w:?} missing from:\n{text}");
    }
}

fn assert_lacks(text: &str, unwanted: &[&str]) {
    for u in unwanted {
        assert!(!text.contains(u), "{u:?} read as article text:\n{text}");
    }
}

// ---- issue 12's cases ----

#[test]
fn case_1_linked_paragraphs_in_wrappers_are_kept_and_most_read_is_dropped() {
    let linked = "On Friday, three of the accused, aged 47, 28 and 35, denied the charge of murder at the crown court.";
    let linked_2 = "The trial, which is expected to last six weeks, will hear from more than forty witnesses, the court was told.";
    let wrap = |p: &str| format!("<div class='Markup__ParagraphWrapper-sc-13qfb2a-0'><p>{p}</p></div>");
    let body = format!(
        "{}{}{}{}{}<div class='Sidebar'><h2>Most read</h2><ul><li><a href='/a'>Man charged after crash on motorway</a></li><li><a href='/b'>Storm to bring snow to hills</a></li><li><a href='/c'>Club appoints new manager</a></li><li><a href='/d'>Council tax to rise by 5%</a></li></ul></div>",
        wrap(P1),
        wrap(&format!("<a href='/news/crime/live-updates'><strong>{linked}</strong></a>")),
        wrap(P2),
        wrap(&format!("<a href='/news/crime/trial'>{linked_2}</a>")),
        wrap(P3),
    );
    let r = read(&page("", &format!("<main><h1>Council extends lunch program</h1><div class='Article'>{body}</div></main>")));
    assert_has(&r.text, &[P1, linked, P2, linked_2, P3]);
    assert_lacks(&r.text, &["Most read", "Man charged", "Storm to bring", "Club appoints", "Council tax"]);
}

#[test]
fn case_2_image_caption_and_credit_are_not_article_text() {
    let r = read(&article(&format!(
        "<p>{P1}</p><p class='image-credit-wrap'><img src='clerk.jpg' alt=''><span class='cutline js-caption'>A records clerk sorts boxes of printed call logs in the basement archive on Monday.</span> <span class='credit'>(Photo: Dana Whitfield, AP)</span></p><p>{P2}</p><p>{P3}</p>"
    )));
    assert_has(&r.text, &[P1, P2, P3]);
    assert_lacks(&r.text, &["records clerk", "Dana Whitfield", "Photo:"]);
}

#[test]
fn case_3_cookie_banner_longer_than_the_statement_is_not_read() {
    let cookie = "We use cookies and similar technologies to improve your experience, to measure how the site is used, and to show you content that is relevant to you, including from our advertising partners.";
    let banner = format!(
        "<div id='cookie-banner' class='cookie-policy'><h2>Your privacy and our cookie policy</h2><p>{cookie}</p><p>{cookie} You can change your mind at any time.</p><p>{cookie} Some cookies are essential and cannot be switched off.</p><p>{cookie} Read our full policy to learn more about how we use them.</p></div>"
    );
    let statement = [
        "The regulator said on Thursday that it would open an inquiry into the way the company handled complaints from its customers over the past two years.",
        "Customers who were wrongly charged could be entitled to compensation of up to £85,000 each, the regulator said, depending on the losses they suffered.",
        "The company said it would cooperate fully with the inquiry and had already begun to review the complaints it had received.",
    ];
    let main = format!("<main><h1>Regulator opens inquiry</h1>{}</main>", statement.iter().map(|p| format!("<p>{p}</p>")).collect::<String>());
    let r = read(&page("", &format!("{banner}{main}")));
    assert_has(&r.text, &statement);
    assert_has(&r.text, &["up to £85,000"]);
    assert_lacks(&r.text, &["cookies", "privacy"]);
}

// ---- more of each kind ----

#[test]
fn figure_captions_media_wrappers_and_wire_credits_are_left_out() {
    let r = read(&article(&format!(
        "<p>{P1}</p><figure class='ArticleImage'><img src='a.jpg'><figcaption>Children eat lunch at a school in Springfield.</figcaption></figure>
         <div class='article-image'><img src='b.jpg'><span>The mayor at the council meeting on Tuesday</span></div>
         <p>{P2}</p><div class='video-player-wrapper'><video src='v.mp4'></video></div><p>Protesters gathered outside city hall before the vote on Tuesday. (Reuters)</p>
         <div class='ImageCaption'>Parents queue at the school gate</div><p>The council chamber was full. Photograph: Jane Doe/Getty Images</p><p>{P3}</p>"
    )));
    assert_has(&r.text, &[P1, P2, P3]);
    assert_lacks(&r.text, &["Children eat", "The mayor at the council meeting", "Protesters gathered", "queue at the school", "Jane Doe"]);
}

#[test]
fn ad_and_promo_slugs_are_left_out() {
    let r = read(&article(&format!(
        "<p>{P1}</p><div class='ad-label'>Advertisement</div><p>{P2}</p><p>Story continues below advertisement</p><p>{P3}</p>
         <div><a href='/x'>Continue reading</a></div><p>SKIP ADVERTISEMENT</p><p>{P4}</p>"
    )));
    assert_has(&r.text, &[P1, P2, P3, P4]);
    assert_lacks(&r.text, &["Advertisement", "continues below", "Continue reading", "SKIP"]);
}

#[test]
fn consent_and_newsletter_banners_are_left_out_even_when_long() {
    let long = format!("{P1} {P2} {P3} {P4}").replace("council", "consent manager");
    let r = read(&page(
        "",
        &format!(
            "<div id='onetrust-consent-sdk'><div class='ot-banner'><p>{long}</p><p>{long}</p><p>{long}</p><p>{long}</p></div></div>
             <article><h1>Council extends lunch program</h1><p>{P1}</p><div class='newsletter-signup'><h3>Get the morning briefing</h3><p>Sign up for our newsletter and get the day's news in your inbox every morning.</p></div><p>{P2}</p><p>{P3}</p></article>"
        ),
    ));
    assert_has(&r.text, &[P1, P2, P3]);
    assert_lacks(&r.text, &["consent manager", "morning briefing", "Sign up"]);
}

#[test]
fn share_bars_and_related_lists_are_left_out_but_a_table_of_contents_stays() {
    let r = read(&article(&format!(
        "<div class='social-share'><a href='https://facebook.com/x'>Facebook</a> <a href='https://twitter.com/x'>Twitter</a> <a href='mailto:x'>Email</a></div>
         <p>{P1}</p><p>{P2}</p><h3>Related</h3><ul><li><a href='/1'>School meals: what the council decided</a></li><li><a href='/2'>Prices rise again in November</a></li><li><a href='/3'>Mayor faces budget gap</a></li></ul>
         <p>{P3}</p><ul><li><a href='/4'>Ten things to do this weekend</a></li><li><a href='/5'>Best pizza in town, ranked</a></li><li><a href='/6'>Traffic plans for the holidays</a></li></ul>
         <p>{P4}</p><ul><li>Breakfast is served from 8am.</li><li>Lunch is served from noon.</li><li>Snacks are free.</li></ul>"
    )));
    assert_has(&r.text, &[P1, P2, P3, P4, "Breakfast is served from 8am."]);
    assert_lacks(&r.text, &["Facebook", "Related", "what the council decided", "Ten things", "Best pizza"]);
}

#[test]
fn lists_of_sources_off_the_site_and_tables_of_contents_stay() {
    let r = read(&page(
        "<link rel='canonical' href='https://www.dailybugle.example/news/lunch'>",
        &format!(
            "<article><h1>Council extends lunch program</h1><p>{P1}</p><ul><li><a href='#costs'>Costs</a></li><li><a href='#staff'>Staffing</a></li><li><a href='#demand'>Demand</a></li></ul>
             <p>{P2}</p><ul><li><a href='https://bugzilla.example.org/1'>Bug 1677080 – Fullscreen window is affected</a></li><li><a href='https://bugzilla.example.org/2'>Bug 1677107 – Add telemetry</a></li><li><a href='https://bugzilla.example.org/3'>Bug 1681796 – Prevent extra actors</a></li></ul>
             <p>{P3}</p><ul><li><a href='https://dailybugle.example/a'>Storm to bring snow to hills</a></li><li><a href='https://www.dailybugle.example/b'>Club appoints new manager</a></li><li><a href='/c'>Council tax to rise</a></li></ul></article>"
        ),
    ));
    assert_has(&r.text, &[P1, P2, P3, "Costs", "Bug 1677080", "Bug 1681796"]);
    assert_lacks(&r.text, &["Storm to bring", "Club appoints", "Council tax"]);
}

#[test]
fn bylines_and_datelines_go_to_the_metadata() {
    let r = read(&article(&format!(
        "<p>By Jane Roe and John Doe</p><p>Published 3:04 PM EST, Mon November 30, 2026</p><p><span class='dateline'>SPRINGFIELD —</span> {P1}</p><p>{P2}</p><p>{P3}</p>"
    )));
    assert_has(&r.text, &[&format!("SPRINGFIELD — {P1}"), P2, P3]);
    assert_lacks(&r.text, &["Jane Roe", "3:04 PM"]);
    assert_eq!(r.byline.as_deref(), Some("By Jane Roe and John Doe"));
    assert_eq!(r.dateline.as_deref(), Some("Published 3:04 PM EST, Mon November 30, 2026"));
}

#[test]
fn comment_threads_are_left_out() {
    let comment = "I have lived here for thirty years, and I can tell you, this program is the best thing the council has done, even if it costs more.";
    let r = read(&article(&format!(
        "<p>{P1}</p><p>{P2}</p><p>{P3}</p><section id='comments' class='comments-area'><h2>3 comments</h2><div class='comment'><p>{comment}</p></div><div class='comment'><p>{comment}</p></div></section>"
    )));
    assert_has(&r.text, &[P1, P2, P3]);
    assert_lacks(&r.text, &["thirty years", "3 comments"]);
}

#[test]
fn headline_link_paragraphs_go_but_linked_sentences_stay() {
    let sentence = "The decision followed a report, published in May, which found that one in five pupils had skipped lunch at least once a week.";
    let r = read(&article(&format!(
        "<p>{P1}</p><p><a href='/report'>{sentence}</a></p><p><a href='/other'>Read more: Mayor says ban will stay</a></p><p>{P2}</p><p>{P3}</p>"
    )));
    assert_has(&r.text, &[P1, sentence, P2, P3]);
    assert_lacks(&r.text, &["Mayor says ban"]);
}

/// Kept-block kinds found by reading what the extractor kept on the development pages and on
/// pages of our own: one test per kind, each with several forms of it and prose of the same
/// words that must stay.
#[test]
fn more_ad_sponsor_and_paywall_slugs_are_left_out() {
    let r = read(&article(&format!(
        "<p>{P1}</p><p>Advertisement - Scroll to continue</p><p>Article continues after this advertisement</p><div>Ad Feedback</div>
         <p>{P2}</p><p>Paid Content</p><p>Sponsored by Acme Corp</p><p>Promoted Stories</p><p>Partner content</p>
         <p>{P3}</p><p>Subscribe to continue reading</p><p>You have 3 free articles left this month.</p><p>Already a subscriber? Sign in</p><p>{P4}</p>
         <p>Sponsored content, the council said, would not be allowed on school buses from next year.</p>"
    )));
    assert_has(&r.text, &[P1, P2, P3, P4, "Sponsored content, the council said"]);
    assert_lacks(
        &r.text,
        &[
            "Scroll to continue",
            "continues after",
            "Feedback",
            "Paid Content",
            "Acme",
            "Promoted",
            "Partner",
            "continue reading",
            "free articles",
            "subscriber",
        ],
    );
}

#[test]
fn comment_counts_and_calls_to_comment_are_left_out() {
    let r = read(&article(&format!(
        "<p>{P1}</p><p>Comments (12)</p><p>{P2}</p><p>Join the conversation</p><p><a href='/login'>Sign in</a> to comment</p><p>{P3}</p><p>48 Comments</p><p>{P4}</p>"
    )));
    assert_has(&r.text, &[P1, P2, P3, P4]);
    assert_lacks(&r.text, &["Comments", "conversation", "Sign in"]);
}

#[test]
fn media_widget_labels_and_reading_times_are_left_out() {
    let r = read(&article(&format!(
        "<p>5 min read</p><p>{P1}</p><p>toggle caption</p><p>Enlarge this image</p><p>{P2}</p><p>Image 1 of 5</p><p>Expand</p><p>{P3}</p><p>{P4}</p>"
    )));
    assert_has(&r.text, &[P1, P2, P3, P4]);
    assert_lacks(&r.text, &["min read", "toggle", "Enlarge", "Image 1", "Expand"]);
}

#[test]
fn share_buttons_in_a_list_and_tag_lists_are_left_out() {
    let r = read(&article(&format!(
        "<p>{P1}</p><ul class='toolbar'><li><a href='https://facebook.com/share'>Facebook</a></li><li><a href='https://twitter.com/intent'>Twitter</a></li><li><a href='mailto:'>Email</a></li><li>Copy link</li></ul>
         <p>{P2}</p><p>{P3}</p><p>{P4}</p><ul class='tag-list'><li><a href='/t/schools'>Schools</a></li><li><a href='/t/budget'>Budget</a></li></ul>
         <ul><li>Facebook said it would pay for the meals of 300 children in the district next year.</li><li>Email, the council said, was how most parents heard of the vote.</li></ul>"
    )));
    assert_has(&r.text, &[P1, P2, P3, P4, "Facebook said it would pay", "Email, the council said"]);
    assert_lacks(&r.text, &["Twitter", "Copy link", "Schools\n", "Budget"]);
    assert!(!r.text.lines().any(|l| l == "Facebook" || l == "Email"), "{}", r.text);
}

#[test]
fn picture_credit_lines_are_left_out() {
    let r = read(&article(&format!(
        "<p>{P1}</p><p>Photo by Jane Doe / Unsplash</p><p>{P2}</p><p><em>Photograph by Jane Doe for The Daily Bugle</em></p><p>Illustration by John Roe</p>
         <p>{P3}</p><p>(Courtesy of the Parks Department)</p><p>{P4}</p>
         <p>Photographs by Jane Doe, which the council showed at the meeting, had been taken in 2019 at three schools.</p>"
    )));
    assert_has(&r.text, &[P1, P2, P3, P4, "Photographs by Jane Doe, which the council showed"]);
    assert_lacks(&r.text, &["Unsplash", "for The Daily Bugle", "Illustration", "Courtesy"]);
}

#[test]
fn reporting_credits_and_contact_lines_are_left_out() {
    let r = read(&article(&format!(
        "<p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p><p><em>Additional reporting by Jane Roe in Springfield.</em></p>
         <p>Follow Jane Roe on Twitter <a href='https://twitter.com/jane'>@janeroe</a></p><p>Contact the reporter at <a href='mailto:j@x.com'>j@x.com</a>.</p>
         <p>Reporting by the Herald first showed the cost of the meals, the mayor said on Monday at the council.</p>"
    )));
    assert_has(&r.text, &[P1, P2, P3, P4, "Reporting by the Herald first showed"]);
    assert_lacks(&r.text, &["Additional reporting", "@janeroe", "j@x.com"]);
}

#[test]
fn newsletter_calls_and_labelled_headlines_are_left_out() {
    let r = read(&article(&format!(
        "<p>{P1}</p><p><strong>Sign up for The Brief, our daily newsletter that keeps readers up to speed on the most essential news.</strong></p>
         <p>{P2}</p><p>Related: <a href='/news/other'>Council votes to close two schools</a></p><p>WATCH: The mayor explains the program</p>
         <p>{P3}</p><p>{P4}</p><p>Related: the council also voted to close two schools, which will save the city $2 million a year.</p>"
    )));
    assert_has(&r.text, &[P1, P2, P3, P4, "Related: the council also voted to close two schools"]);
    assert_lacks(&r.text, &["The Brief", "close two schools\n", "WATCH"]);
    assert!(!r.text.contains("Council votes to close"), "{}", r.text);
}

#[test]
fn more_datelines_go_to_the_metadata() {
    for date in ["Last modified on Mon 30 Nov 2026 10.04 GMT", "November 30, 2026 at 5:04 p.m. EST", "Updated 2 hours ago"] {
        let r = read(&article(&format!("<p>{date}</p><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p>")));
        assert_has(&r.text, &[P1, P2, P3, P4]);
        assert_lacks(&r.text, &[date]);
        assert_eq!(r.dateline.as_deref(), Some(date));
    }
}

// ---- one reading in both places ----

#[test]
fn head_metadata_is_read_though_the_browser_hides_head() {
    let body = format!("<article><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>");
    let r = read(&page("<meta property='og:title' content='Council extends the school lunch program'>", &body));
    assert_eq!(r.title.as_deref(), Some("Council extends the school lunch program"));
    // A headline only the metadata holds is the report's title, not a line of the body.
    assert!(r.text.starts_with(P1), "{}", r.text);
}

#[test]
fn json_ld_headline_is_a_metadata_title() {
    let ld = r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Daily Bugle"},{"@type":"NewsArticle","headline":"Lunch program extended for a year"}]}</script>"#;
    let r = read(&format!("<html><head><title>Lunch program extended for a year - The Daily Bugle of Springfield</title>{ld}</head><body><article><p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>"));
    assert_eq!(r.title.as_deref(), Some("Lunch program extended for a year"));
    // A JSON-LD "headline" that is no title of this page is not taken for one.
    let ld = r#"<script type="application/ld+json">{"@type":"Article","headline":"Wikimedia list article"}</script>"#;
    let r =
        read(&format!("<html><head><title>List of films featuring time loops</title>{ld}</head><body><article><p>{P1}</p><p>{P2}</p></article></body></html>"));
    assert_eq!(r.title.as_deref(), Some("List of films featuring time loops"));
}

#[test]
fn anti_flicker_hidden_body_never_removes_the_article() {
    let r = read(&page(
        "<style>body { visibility: hidden !important }</style>",
        &format!("<article><p>{P1}</p><p>{P2}</p><p hidden>Not shown.</p><p>{P3}</p></article>"),
    ));
    assert_has(&r.text, &[P1, P2, P3]);
    assert_lacks(&r.text, &["Not shown"]);
    let r = read(&format!("<html style='visibility:hidden'><body style='display:none'><article><p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>"));
    assert_has(&r.text, &[P1, P2, P3]);
}

#[test]
fn editable_regions_and_code_are_never_article_text() {
    let r = read(&article(&format!(
        "<p>{P1}</p><div contenteditable='true'><p>“We spent $4 million on the bridge,” said Jane Okafor, the mayor, in a draft.</p></div>
         <p>{P2}</p><textarea>“We will cut taxes by 10%,” the governor said.</textarea><pre><code>let cost = 4_000_000; // 4 million</code></pre><p>{P3}</p>
         <form><input value='Search 5 million stories'></form><div contenteditable='false'><p>{P4}</p></div>"
    )));
    assert_has(&r.text, &[P1, P2, P3, P4]);
    assert_lacks(&r.text, &["Okafor", "cut taxes", "4_000_000", "Search 5 million"]);
    let editor = read(&page("", &format!("<article contenteditable='true'><p>{P1}</p><p>{P2}</p></article>")));
    assert_lacks(&editor.text, &[P1, P2]);
    // Inline code is part of its sentence, and plain preformatted text (a poem) is text.
    let r = read(&article(&format!(
        "<p>{P1}</p><p>Run the <code>make</code> command, the council's technical staff said on Tuesday.</p><pre>The lunch bell rings at noon,\nthe hall fills up with children.</pre><pre class='language-js'>fetch(url).then(r => r.json())</pre><p>{P2}</p><p>{P3}</p>"
    )));
    assert_has(&r.text, &["Run the make command", "The lunch bell rings at noon"]);
    assert_lacks(&r.text, &["fetch(url)"]);
}

// ---- session 3: kinds found on pages of our own made after common templates ----

#[test]
fn author_bio_boxes_by_name_and_closing_bios_by_what_they_say_are_left_out() {
    let bio = "Jane Roe is a senior reporter covering education and city hall for the Daily Bugle. She lives in Springfield with her two cats.";
    for (name, wrapper) in
        [("author-box", "div"), ("about-the-author", "section"), ("c-author-info", "div"), ("authorCard", "div"), ("post_author_bio", "aside")]
    {
        let r = read(&article(&format!(
            "<p>{P1}</p><p>{P2}</p><p>{P3}</p><{wrapper} class='{name}'><img src='jane.jpg'><h4>About Jane Roe</h4><p>{bio}</p></{wrapper}>"
        )));
        assert_has(&r.text, &[P1, P2, P3]);
        assert_lacks(&r.text, &["About Jane Roe", "senior reporter"]);
    }
    // A bio closing the article in a plain paragraph, one or two of them.
    let closing = [
        "Stella Kim is an NBC News freelance producer based in Seoul.",
        "Jennifer Jett is the Asia Digital Editor for NBC News, based in Hong Kong.",
        "Omar Haddad was a staff writer at the Daily Bugle until 2024.",
    ];
    let r = read(&article(&format!("<p>{P1}</p><p>{P2}</p><p>{P3}</p><p><em>{}</em></p><p><i>{}</i></p>", closing[0], closing[1])));
    assert_lacks(&r.text, &closing[..2]);
    let r = read(&article(&format!("<p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{}</p>", closing[2])));
    assert_lacks(&r.text, &closing[2..]);
    // The story's own sentences about a reporter, or a bio-like sentence amid the story, stay.
    let detained = "Dana Whitfield is a reporter for the Bugle who was detained at the border for six hours on Monday.";
    let r = read(&article(&format!("<p>{P1}</p><p>{detained}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p>")));
    assert_has(&r.text, &[detained]);
    let officer = "John Smith is a former police officer who was arrested at his home on Monday.";
    let r = read(&article(&format!("<p>{P1}</p><p>{P2}</p><p>{officer}</p>")));
    assert_has(&r.text, &[officer]);
}

#[test]
fn teaser_cards_and_linked_headlines_of_other_stories_are_left_out() {
    let card = |href: &str, head: &str, summary: &str| format!("<div class='card'><a href='{href}'><h3>{head}</h3><p>{summary}</p></a></div>");
    let cards = [
        card("/news/board-budget", "School board approves new budget", "The board voted five to two on Monday night after a debate that ran past midnight."),
        card(
            "/news/union-deal",
            "Teachers union reaches deal with district",
            "The deal, which ends a two-week strike, raises pay by four percent over two years.",
        ),
        card(
            "https://www.dailybugle.com/news/food-bank",
            "Food bank demand rises",
            "Demand is up by a third this year, the county's largest food bank said on Friday.",
        ),
    ]
    .concat();
    let head = "<link rel='canonical' href='https://www.dailybugle.com/news/lunch'>";
    let r = read(&page(
        head,
        &format!("<article><h1>Council extends lunch program</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p><div class='more-stories'>{cards}</div></article>"),
    ));
    assert_has(&r.text, &[P1, P2, P3]);
    assert_lacks(&r.text, &["School board", "Teachers union", "Food bank", "five to two", "two-week strike", "by a third"]);
    // Headlines alone, each a heading wholly linked to another page of the site.
    let linked =
        "<h3><a href='/news/board-budget'>School board approves new budget</a></h3><h3><a href='/news/union-deal'>Teachers union reaches deal</a></h3>";
    let r = read(&page(head, &format!("<article><h1>Council extends lunch program</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p>{linked}</article>")));
    assert_lacks(&r.text, &["School board", "Teachers union"]);
    // The story's own subheadings stay, plain or linked to a place on the page or off the site;
    // so does a headline linked to its own page.
    let own = "<h2>Why it matters</h2><p>{P2}</p><h2><a href='#costs'>What it costs</a></h2><p>{P3}</p><h2><a href='https://data.example.org/lunch'>The data</a></h2><p>{P4}</p>";
    let r = read(&page(
        head,
        &format!(
            "<article><h1><a href='/news/lunch'>Council extends lunch program</a></h1><p>{P1}</p>{}</article>",
            own.replace("{P2}", P2).replace("{P3}", P3).replace("{P4}", P4)
        ),
    ));
    assert_has(&r.text, &["Why it matters", "What it costs", "The data", P1, P2, P3, P4]);
    assert_eq!(r.title.as_deref(), Some("Council extends lunch program"));
    assert!(r.text.starts_with("Council extends lunch program"), "{}", r.text);
}

#[test]
fn photographer_and_agency_credits_joined_by_a_slash_are_left_out() {
    let r = read(&article(&format!(
        "<p>{P1}</p><div><img src='a.jpg'><span>Students line up for lunch at Lincoln Elementary on Monday. (Jane Roe/Daily Bugle)</span></div>
         <p>{P2}</p><div><img src='b.jpg'><p>Chang W. Lee/The New York Times</p></div><p>{P3}</p><div><img src='c.jpg'><p>Anthony Wallace / AFP - Getty Images</p></div><p>{P4}</p>"
    )));
    assert_has(&r.text, &[P1, P2, P3, P4]);
    assert_lacks(&r.text, &["line up for lunch", "Chang W. Lee", "Anthony Wallace"]);
    // A slash in the story's own sentences is no credit.
    let own = "The network still runs on old protocols, engineers said, and the upgrade will cost $2 million (or £1.6 million/€1.9 million).";
    let r = read(&article(&format!("<p>{P1}</p><p>{own}</p><p>{P2}</p><p>{P3}</p>")));
    assert_has(&r.text, &[own]);
}

#[test]
fn comment_form_lines_are_left_out() {
    let r = read(&article(&format!(
        "<p>{P1}</p><p>{P2}</p><p>{P3}</p><section id='reply-form'><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p><form><textarea></textarea></form></section>"
    )));
    assert_has(&r.text, &[P1, P2, P3]);
    assert_lacks(&r.text, &["Leave a Reply", "email address"]);
}

#[test]
fn title_drops_the_site_when_the_headline_repeats_the_rest() {
    for title in [
        "Lunch program extended | Daily Bugle",
        "Lunch program extended - The Bugle",
        "Lunch program extended \u{2014} Bugle",
        "Daily Bugle: Lunch program extended",
    ] {
        let markup = format!("<!doctype html><html><head><title>{title}</title></head><body><article><h1>Lunch program extended</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>");
        let r = read(&markup);
        assert_eq!(r.title.as_deref(), Some("Lunch program extended"), "{title}");
        assert_eq!(r.text.matches("Lunch program extended").count(), 1, "{}", r.text);
    }
}

#[test]
fn a_wrapped_paragraph_with_a_few_links_in_its_sentence_is_kept() {
    // Each paragraph in its own wrapper, as many templates write them (reviewer's P17).
    let wrap = |p: &str| format!("<div class='markup'><p>{p}</p></div>");
    let linked = [
        "Detective Chief Inspector Mark Lee said more than 60 officers had worked on the case, with <a href='/a'>CCTV</a> from <a href='/b'>40 locations</a> and <a href='/c'>200 witness statements</a> reviewed.",
        "The council's <a href='/budget'>budget report</a> shows that costs rose 12% in a year, while <a href='/income'>income fell</a> by a fifth, the treasurer told members on Monday.",
    ];
    let r = read(&page(
        "",
        &format!("<main><h1>Council extends lunch program</h1><div class='body'>{}</div></main>", [P1, linked[0], P2, linked[1], P3].map(wrap).concat()),
    ));
    assert_has(&r.text, &["Detective Chief Inspector Mark Lee said more than 60 officers", "costs rose 12% in a year", P1, P2, P3]);
    // A wrapped list of links is still no paragraph of the story.
    let links = "<div class='markup'><p><a href='/a'>Schools</a> <a href='/b'>Budget</a> <a href='/c'>Council</a> <a href='/d'>Mayor</a></p></div>";
    let r = read(&page("", &format!("<main><h1>Council extends lunch program</h1><div class='body'>{}{links}</div></main>", [P1, P2, P3].map(wrap).concat())));
    assert_lacks(&r.text, &["Schools Budget"]);
}

#[test]
fn screen_reader_only_text_is_not_read() {
    let r = read(&article(&format!(
        "<p>{P1} <span class='sr-only'>Opens a new window</span></p><div class='visually-hidden'>Screen reader only: 12 items in cart.</div><p>{P2}</p><p class='screen-reader-text'>Skip to content</p><p>{P3}</p>"
    )));
    assert_has(&r.text, &[P1, P2, P3]);
    assert_lacks(&r.text, &["new window", "12 items", "Skip to content"]);
}

#[test]
fn subscription_and_paywall_boxes_inside_the_body_are_left_out() {
    for (class, words) in [
        ("subscription-widget-wrap", "Thanks for reading! Subscribe for free to receive new posts and support my work."),
        ("paywall", "Continue reading your article with a Bugle subscription. Members get 12 free gift articles a month."),
        ("c-subscription", "Become a member today and get unlimited access to every story for $1 a week."),
    ] {
        let r = read(&article(&format!("<p>{P1}</p><p>{P2}</p><div class='{class}'><p>{words}</p></div><p>{P3}</p>")));
        assert_has(&r.text, &[P1, P2, P3]);
        assert_lacks(&r.text, &[words]);
    }
}

#[test]
fn more_in_section_headlines_time_stamps_rules_and_beat_bios_are_left_out() {
    let list = "<ul><li><a href='/economy/home-sales'>Home Sales Jumped 9.5% in February</a></li><li><a href='/economy/claims'>Jobless Claims Fall to 210,000</a></li></ul>";
    let r = read(&article(&format!(
        "<p>{P1}</p><p>10:42 PM</p><p>{P2}</p><p>9.58am</p><p>{P3}</p><p>___</p><p>* * *</p><p>{P4}</p><p>Jeanna Roe covers the Federal Reserve and the economy for The Bugle. She has covered the Fed since 2013.</p><h2>More in Economy</h2>{list}"
    )));
    assert_has(&r.text, &[P1, P2, P3, P4]);
    assert_lacks(&r.text, &["10:42", "9.58am", "___", "* * *", "covers the Federal Reserve", "More in Economy", "Home Sales", "Jobless Claims"]);
    assert_eq!(r.dateline.as_deref(), Some("10:42 PM"));
    // A time in a sentence, and a heading that starts with "More", stay.
    let own = "<h2>More in store for the schools</h2><p>The polls closed at 10:42 PM, and the count began at once, officials said.</p>";
    let r = read(&article(&format!("<p>{P1}</p><p>{P2}</p>{own}<p>{P3}</p>")));
    assert_has(&r.text, &["More in store for the schools", "closed at 10:42 PM"]);
}

#[test]
fn a_key_points_boxs_label_inside_the_body_is_left_out_and_its_bullets_kept() {
    let bullets = "<ul><li>The council voted 7-2 to extend the program.</li><li>The extension will cost about $4 million.</li><li>A budget vote is due in the spring.</li></ul>";
    for (class, label) in [
        ("wp-block-group key-points", "<h2>Key points</h2>"),
        ("keyPoints", "<h3>Key Points</h3>"),
        ("summary-points", "<p class='sp-title'>In Summary</p>"),
        ("story-highlights", "<div class='hdr'>Highlights</div>"),
        ("article-page-summary", "<h4>What you need to know:</h4>"),
        ("box", "<p><strong>At a glance</strong></p>"),
    ] {
        let r = read(&article(&format!("<div class='body'><div class='{class}'>{label}{bullets}</div><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>")));
        assert_has(&r.text, &[P1, P2, P3, "The council voted 7-2 to extend the program.", "A budget vote is due in the spring."]);
        assert_lacks(&r.text, &["Key points", "Key Points", "In Summary", "Highlights", "What you need to know", "At a glance"]);
    }
}

#[test]
fn publisher_notes_after_the_story_are_left_out() {
    for note in [
        "Download the Daily Bugle app for push alerts on breaking news.",
        "Stream Bugle TV newscasts for free, available on Roku, Fire TV and Apple TV.",
        "For more news, visit www.dailybugle.example",
        "This story has been published from a wire agency feed without modifications to the text.",
        "(Only the headline may have been reworked by our staff; the rest of the content is auto-generated from a syndicated feed.)",
        "The Bugle's schools desk is funded by the Lantern Foundation; editorial decisions remain ours.",
        "A version of this story appeared in the print edition of the Daily Bugle on December 3.",
        "The Bugle Letter is reader-supported. To receive new posts and support my work, consider becoming a free or paid subscriber.",
        "- Advertisement -",
        "— ADVERTISEMENT —",
    ] {
        let r = read(&article(&format!("<div class='body'><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p><p>{note}</p></div>")));
        assert_has(&r.text, &[P1, P2, P3, P4]);
        assert_lacks(&r.text, &[note]);
    }
}

#[test]
fn a_breadcrumb_line_and_a_web_storys_end_card_are_left_out() {
    let r = read(&article(&format!(
        "<div class='crumbs'>News / Local / Council extends lunch program</div><div class='body'><p>{P1}</p><p>{P2}</p><p>{P3}</p><p class='end'>More Web Stories</p><p>Swipe up to read more</p></div>"
    )));
    assert_has(&r.text, &[P1, P2, P3]);
    assert_lacks(&r.text, &["News / Local", "More Web Stories", "Swipe up"]);
}

#[test]
fn comment_warnings_and_meta_rows_set_in_the_body_are_left_out() {
    for furniture in [
        "Comments are moderated and will not appear until approved.",
        "Comments are moderated. Please be respectful.",
        "2 December 2026 3:10pm | 2 mins read | By Efua Mensah",
        "Dec 2, 2026 · 4 min read · Kevin Lomuria",
    ] {
        let r = read(&article(&format!("<div class='body'><p>{furniture}</p><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p></div>")));
        assert_has(&r.text, &[P1, P2, P3, P4]);
        assert_lacks(&r.text, &[furniture]);
    }
}
