//! Pages written in the markup of real sites' templates (newspaper CMSs, wire services,
//! blog platforms, press-release wires, section fronts), each with the furniture that
//! template puts inside or around the article. The article text each page must give was
//! written down before the extractor was run on it: every test compares the whole text.

use spotcheck::page::{extract, html};

/// The blocks the CLI reads from a page, and its byline and dateline.
fn read(markup: &str) -> (Vec<String>, Option<String>, Option<String>) {
    let article = extract(&html::parse(markup));
    (article.blocks.into_iter().map(|b| b.text).collect(), article.byline, article.dateline)
}

fn assert_blocks(markup: &str, expected: &[&str]) {
    let (blocks, _, _) = read(markup);
    assert_eq!(blocks, expected, "\ngot:\n{}\n", blocks.join("\n\n"));
}

const A: &str = "The city council voted 7-2 on Monday to raise water rates by 9 percent next year, the first increase since 2019.";
const B: &str = "Officials said the money would pay for repairs to pipes that are, on average, more than 80 years old.";
const C: &str = "Residents who spoke at the meeting, several of them retirees on fixed incomes, urged members to phase the increase in.";
const D: &str = "The new rates take effect on Jan. 1, and a typical household will pay about $6 more a month, the utility said.";

#[test]
fn newspaper_audio_player_and_updated_stamp_at_the_head_are_not_text() {
    let markup = format!(
        "<html><head><title>Council raises water rates - The Daily Record</title></head><body><main><article>
         <header><h1>Council raises water rates</h1><p id='article-summary'>The increase is the first since 2019.</p>
         <div class='listen-wrapper'>Listen to this article · 4:10 min <a href='/audio'>Learn more</a></div>
         <div class='stamp'><time>Nov. 30, 2026</time> Updated <time>5:02 p.m. ET</time></div></header>
         <section name='articleBody'><div class='StoryBodyCompanionColumn'><p>{A}</p><p>{B}</p></div>
         <div class='ad'><p>Advertisement</p><a href='#after-ad'>SKIP ADVERTISEMENT</a></div>
         <div class='StoryBodyCompanionColumn'><p>{C}</p><p>{D}</p></div></section></article></main></body></html>"
    );
    assert_blocks(&markup, &["Council raises water rates", "The increase is the first since 2019.", A, B, C, D]);
}

#[test]
fn relative_and_mixed_time_stamps_are_metadata() {
    let markup = format!(
        "<html><head><title>Council raises water rates</title></head><body><article><h1>Council raises water rates</h1>
         <p>Posted: Mon 30 Nov 2026 | 9:12am</p><p>{A}</p><p>3h ago</p><p>{B}</p><p>{C}</p><p>{D}</p><p>Last updated on November 30, 2026 at 10:45 GMT</p></article></body></html>"
    );
    let (blocks, _, dateline) = read(&markup);
    assert_eq!(blocks, ["Council raises water rates", A, B, C, D]);
    assert_eq!(dateline.as_deref(), Some("Posted: Mon 30 Nov 2026 | 9:12am"));
}

#[test]
fn a_date_in_a_sentence_or_a_month_name_in_prose_stays() {
    let markup = format!(
        "<html><head><title>Council raises water rates</title></head><body><article><h1>Council raises water rates</h1>
         <p>{A}</p><p>On Monday, March 2, the council met again.</p><p>May 2026 be a better year.</p><p>{B}</p><p>{C}</p></article></body></html>"
    );
    assert_blocks(&markup, &["Council raises water rates", A, "On Monday, March 2, the council met again.", "May 2026 be a better year.", B, C]);
}

#[test]
fn blockquote_credit_in_footer_or_cite_closes_the_quotation() {
    let markup = format!(
        "<html><head><title>Reactions to the rate rise</title></head><body><article><h1>Reactions to the rate rise</h1><p>{A}</p>
         <blockquote><p>“This is a tax on the people who can least afford it.”</p><footer>— <cite>Council member Ana Ruiz</cite></footer></blockquote>
         <p>{B}</p><blockquote class='quote'><p>“We cannot keep patching pipes from the 1940s.”</p><cite>Utility director Sam Ode</cite></blockquote><p>{C}</p></article></body></html>"
    );
    assert_blocks(
        &markup,
        &[
            "Reactions to the rate rise",
            A,
            "“This is a tax on the people who can least afford it.”\n— Council member Ana Ruiz",
            B,
            "“We cannot keep patching pipes from the 1940s.”\nUtility director Sam Ode",
            C,
        ],
    );
}

#[test]
fn a_section_front_of_teaser_cards_is_no_article() {
    let cards: String = (1..=12)
        .map(|i| {
            format!("<div class='card'><h2><a href='/news/story-{i}'>Story {i}: city to hire {i}0 teachers</a></h2><p>The district said {i}% of schools lack staff, officials said.</p><span>{i}h ago</span></div>")
        })
        .collect();
    let markup = format!("<html><head><title>Local news - The Daily Record</title></head><body><nav><a href='/'>Home</a></nav><main><h1>Local news</h1>{cards}</main></body></html>");
    let (blocks, _, _) = read(&markup);
    assert!(blocks.len() <= 1, "{blocks:?}");
    assert!(!blocks.join(" ").contains("schools lack staff"), "{blocks:?}");
}

#[test]
fn one_related_card_in_an_article_goes_but_the_article_stays() {
    let markup = format!(
        "<html><head><title>Council raises water rates</title></head><body><article><h1>Council raises water rates</h1><p>{A}</p><p>{B}</p>
         <div class='story-card'><h3><a href='/news/2026/11/pipes-burst'>Pipes burst on Main Street</a></h3><p>Crews worked through the night to fix the break.</p></div>
         <p>{C}</p><p>{D}</p></article></body></html>"
    );
    assert_blocks(&markup, &["Council raises water rates", A, B, C, D]);
}

#[test]
fn live_blog_entries_whose_headings_link_to_their_own_permalink_stay() {
    let entry = |id: &str, head: &str, body: &str| {
        format!("<div class='entry' id='{id}'><p class='time'>10:42 GMT</p><h2><a href='https://www.example-news.com/live/2026/nov/30/water-rates?page=with:{id}#{id}'>{head}</a></h2><p>{body}</p></div>")
    };
    let markup = format!(
        "<html><head><title>Water rates vote: live</title><link rel='canonical' href='https://www.example-news.com/live/2026/nov/30/water-rates'></head><body><article><h1>Water rates vote: live</h1>{}{}{}</article></body></html>",
        entry("block-3", "Council votes 7-2", A),
        entry("block-2", "Residents speak", C),
        entry("block-1", "What the rise means", D),
    );
    assert_blocks(&markup, &["Water rates vote: live", "Council votes 7-2", A, "Residents speak", C, "What the rise means", D]);
}

#[test]
fn press_release_boilerplate_tail_is_not_text() {
    let markup = format!(
        "<html><head><title>Acme Water Reports Record Year</title></head><body><div class='release-body'><h1>Acme Water Reports Record Year</h1>
         <p>DENVER, Nov. 30, 2026 /PRNewswire/ -- Acme Water, Inc. today reported revenue of $412 million for the year, up 12%.</p><p>{B}</p><p>{C}</p>
         <h2>About Acme Water</h2><p>Acme Water, Inc. is a leading provider of water infrastructure services, serving 2,000 towns in 14 states.</p>
         <h2>Forward-Looking Statements</h2><p>This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. Actual results may differ materially.</p>
         <p>Media Contact: Jane Roe, press@acmewater.example, +1 303-555-0100</p><p>SOURCE Acme Water, Inc.</p></div></body></html>"
    );
    assert_blocks(
        &markup,
        &[
            "Acme Water Reports Record Year",
            "DENVER, Nov. 30, 2026 /PRNewswire/ -- Acme Water, Inc. today reported revenue of $412 million for the year, up 12%.",
            B,
            C,
        ],
    );
}

#[test]
fn an_about_section_that_is_the_story_stays() {
    let markup = format!(
        "<html><head><title>What the rate rise pays for</title></head><body><article><h1>What the rate rise pays for</h1><p>{A}</p>
         <h2>About the pipes</h2><p>{B}</p><h2>About Denver Water</h2><p>{C}</p><p>{D}</p></article></body></html>"
    );
    assert_blocks(&markup, &["What the rate rise pays for", A, "About the pipes", B, "About Denver Water", C, D]);
}

#[test]
fn axios_go_deeper_lines_are_not_text() {
    let markup = format!(
        "<html><head><title>Water rates rise</title></head><body><div class='story-text'><h1>Water rates rise</h1><p>{A}</p>
         <p><strong>Why it matters:</strong> {B}</p><p>{C}</p><p><strong>Go deeper:</strong> <a href='/2026/11/01/pipes-age'>America's aging water pipes, in 4 charts</a></p><p>{D}</p></div></body></html>"
    );
    assert_blocks(&markup, &["Water rates rise", A, &format!("Why it matters: {B}"), C, D]);
}

#[test]
fn bbc_image_source_and_caption_are_not_text() {
    let markup = format!(
        "<html><head><title>Water bills to rise by 9% - BBC News</title></head><body><main><article><header><h1>Water bills to rise by 9%</h1></header>
         <figure><div data-component='image-block'><img src='p.jpg' alt=''><span class='image-source'>Image source, Getty Images</span></div>
         <figcaption><span class='visually-hidden'>Image caption, </span>Work on a water main in Leeds</figcaption></figure>
         <div data-component='text-block'><p><b>{A}</b></p></div><div data-component='text-block'><p>{B}</p></div>
         <div data-component='text-block'><p>{C}</p></div><div data-component='text-block'><p>{D}</p></div>
         <div data-component='topic-list'><h2>Related topics</h2><ul><li><a href='/news/topics/water'>Water</a></li><li><a href='/news/topics/leeds'>Leeds</a></li><li><a href='/news/topics/bills'>Household bills</a></li></ul></div>
         </article></main></body></html>"
    );
    assert_blocks(&markup, &["Water bills to rise by 9%", A, B, C, D]);
}

#[test]
fn wordpress_theme_furniture_around_entry_content_is_not_text() {
    let markup = format!(
        "<html><head><title>Council raises water rates &#8211; Riverside Gazette</title></head><body class='single'><div id='page'><div id='content'><article class='post type-post hentry'>
         <header class='entry-header'><h1 class='entry-title'>Council raises water rates</h1><div class='entry-meta'><span class='posted-on'>Posted on <time>November 30, 2026</time></span> <span class='byline'>by <a href='/author/jroe'>Jane Roe</a></span></div></header>
         <div class='entry-content'><p>{A}</p><p>{B}</p><figure class='wp-block-image'><img src='a.jpg'><figcaption class='wp-element-caption'>The water plant on River Road. Photo by Jane Roe</figcaption></figure><p>{C}</p><p>{D}</p>
         <div class='sharedaddy sd-sharing-enabled'><h3 class='sd-title'>Share this:</h3><ul><li><a href='?share=facebook'>Facebook</a></li><li><a href='?share=x'>X</a></li></ul></div>
         <div id='jp-relatedposts' class='jp-relatedposts'><h3 class='jp-relatedposts-headline'>Related</h3></div></div>
         <footer class='entry-footer'><span class='cat-links'>Posted in <a href='/category/news'>News</a></span><span class='tags-links'>Tagged <a href='/tag/water'>water</a></span></footer></article>
         <div id='comments' class='comments-area'><h2 class='comments-title'>2 thoughts on “Council raises water rates”</h2><ol class='comment-list'><li><p>About time the pipes were fixed, frankly, they have been leaking for years.</p></li></ol>
         <div id='respond'><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p></div></div></div></div></body></html>"
    );
    assert_blocks(&markup, &["Council raises water rates", A, B, C, D]);
}

#[test]
fn ghost_and_substack_cards_and_subscribe_boxes_are_not_text() {
    let markup = format!(
        "<html><head><title>Why my water bill went up</title></head><body><main class='site-main'><article class='gh-article post'><header class='gh-article-header'><h1 class='gh-article-title'>Why my water bill went up</h1></header>
         <section class='gh-content gh-canvas'><p>{A}</p><figure class='kg-card kg-image-card kg-card-hascaption'><img src='x.jpg'><figcaption>The plant, in 1952.</figcaption></figure><p>{B}</p>
         <div class='kg-card kg-cta-card'><p>Enjoying this? Subscribe to get every post in your inbox.</p><a href='#/portal/signup'>Subscribe</a></div><p>{C}</p><p>{D}</p></section>
         <section class='gh-subscribe'><h3>Sign up for more like this.</h3><a href='#/portal/signup'>Enter your email</a></section></article></main></body></html>"
    );
    assert_blocks(&markup, &["Why my water bill went up", A, B, C, D]);
}

#[test]
fn wire_staff_lines_and_agency_credits_are_not_text() {
    let markup = format!(
        "<html><head><title>Quake toll rises to 268 | Reuters</title></head><body><main><article><h1>Quake toll rises to 268</h1>
         <div data-testid='paragraph-0'>CIANJUR, Indonesia, Nov 22 (Reuters) - {A}</div><div data-testid='paragraph-1'>{B}</div><div data-testid='paragraph-2'>{C}</div>
         <p class='sign-off'>Reporting by Stanley Widianto in Jakarta; Additional reporting by Fransiska Nangoy in Singapore; Writing by Kanupriya Kapoor; Editing by Robert Birsel</p>
         <p>Our Standards: The Thomson Reuters Trust Principles.</p></article></main></body></html>"
    );
    assert_blocks(&markup, &["Quake toll rises to 268", &format!("CIANJUR, Indonesia, Nov 22 (Reuters) - {A}"), B, C]);
}

#[test]
fn contributed_lines_syndication_notes_and_reader_calls_are_not_text() {
    let markup = format!(
        "<html><head><title>Council raises water rates</title></head><body><article><h1>Council raises water rates</h1><p>{A}</p><p>{B}</p>
         <p>after newsletter promotion</p><p>{C}</p><p>{D}</p><p>Support independent journalism. Donate today.</p><p>Have a news tip? Email us at tips@record.example.</p>
         <p><em>CNN’s Jane Roe and John Doe contributed to this report.</em></p><p>(With inputs from PTI)</p>
         <p>This article is republished from The Conversation under a Creative Commons license. Read the original article.</p></article></body></html>"
    );
    assert_blocks(&markup, &["Council raises water rates", A, B, C, D]);
}

#[test]
fn sentences_that_merely_mention_reporting_or_inputs_stay() {
    let lines = [
        "Reporting by local papers, the minister said, had been unfair to the council for years.",
        "With inputs from the public, the plan was changed twice before the vote.",
        "Volunteers contributed to the cleanup, which took three days and cost the town $40,000.",
    ];
    let markup = format!(
        "<html><head><title>Council raises water rates</title></head><body><article><h1>Council raises water rates</h1><p>{A}</p><p>{}</p><p>{}</p><p>{B}</p><p>{}</p><p>{C}</p></article></body></html>",
        lines[0], lines[1], lines[2]
    );
    assert_blocks(&markup, &["Council raises water rates", A, lines[0], lines[1], B, lines[2], C]);
}

#[test]
fn a_blog_post_title_repeated_under_the_page_headline_is_read_once() {
    let markup = format!(
        "<html><head><title>Why my water bill went up</title><link rel='canonical' href='https://pipes.example.com/post/1234/why-my-water-bill-went-up'></head><body>
         <div class='post'><h2><a href='https://pipes.example.com/post/1234/why-my-water-bill-went-up'>Why my water bill went up</a></h2><p>{A}</p><p>{B}</p><p>{C}</p><p>{D}</p></div></body></html>"
    );
    let (blocks, _, _) = read(&markup);
    assert_eq!(blocks.iter().filter(|b| b.as_str() == "Why my water bill went up").count(), 1, "{blocks:?}");
    assert_eq!(&blocks[blocks.len() - 4..], [A, B, C, D]);
}

#[test]
fn table_rows_read_as_lines_and_publisher_tails_go() {
    let markup = format!(
        "<html><head><title>Fuel prices: what you will pay</title></head><body><article><h1>Fuel prices: what you will pay</h1><p>{A}</p>
         <table><thead><tr><th>Product</th><th>Change per litre</th></tr></thead><tbody><tr><td>Petrol 93</td><td>-37c</td></tr><tr><td>Diesel 0.05%</td><td>-21c</td></tr></tbody></table>
         <p>{B}</p><p>{C}</p><p>Download the Daily Record Lite App on Google Play Store</p><p>Contact: editor@record.example</p>
         <p>All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from the Daily Record.</p>
         <p>Follow AP’s coverage of water at https://apnews.com/hub/water.</p></article></body></html>"
    );
    assert_blocks(&markup, &["Fuel prices: what you will pay", A, "Product Change per litre", "Petrol 93 -37c", "Diesel 0.05% -21c", B, C]);
}

// Session 5: pages in the markup of more sites, their expected text written before the run.

#[test]
fn infinite_scroll_reads_only_the_article_the_page_is_titled_for() {
    let next = "A second fire broke out in Boulder County on Sunday afternoon, burning about 400 acres near Lyons before crews slowed it, the county said.";
    let markup = format!(
        "<html><head><title>Council raises water rates</title></head><body><main>
         <article class='article'><h1>Council raises water rates</h1><div class='article-body'><p>{A}</p><p>{B}</p><p>{C}</p></div></article>
         <div class='infinite-scroll'><article class='article'><h1>Second fire breaks out near Lyons</h1><div class='article-body'>{}</div></article></div>
         </main></body></html>",
        format!("<p>{next}</p>").repeat(5)
    );
    assert_blocks(&markup, &["Council raises water rates", A, B, C]);
}

#[test]
fn an_app_shell_is_read_from_its_json_ld_article_body() {
    let body = format!("{A}\n\n{B}\n{C}");
    let ld = format!(
        r#"{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council raises water rates","articleBody":{}}}"#,
        serde_json::to_string(&body).unwrap()
    );
    let markup = format!(
        "<html><head><title>Council raises water rates | The Courier</title><script type='application/ld+json'>{ld}</script></head>
         <body><div id='app-root'></div><noscript>You need to enable JavaScript to run this app.</noscript></body></html>"
    );
    let article = extract(&html::parse(&markup));
    let blocks: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(blocks, [A, B, C]);
    // A page that shows its article is read as shown, whatever its metadata says.
    let shown = format!(
        "<html><head><title>Council raises water rates</title><script type='application/ld+json'>{ld}</script></head><body><article><h1>Council raises water rates</h1><p>{A}</p><p>{D}</p></article></body></html>"
    );
    assert_blocks(&shown, &["Council raises water rates", A, D]);
}

#[test]
fn a_pull_quote_repeating_the_body_is_read_once_but_a_quotation_of_its_own_stays() {
    let said = "“This is a tax on the people who can least afford it,” council member Ana Ruiz said after the vote on Monday night.";
    let markup = format!(
        "<html><head><title>Council raises water rates</title></head><body><article><h1>Council raises water rates</h1><p>{A}</p><p>{said}</p>
         <blockquote class='pullquote'><p>“This is a tax on the people who can least afford it.”</p></blockquote><p>{B}</p>
         <blockquote><p>“We cannot keep patching pipes from the 1940s.”</p></blockquote><p>{C}</p></article></body></html>"
    );
    assert_blocks(&markup, &["Council raises water rates", A, said, B, "“We cannot keep patching pipes from the 1940s.”", C]);
}

#[test]
fn dw_and_bloomberg_editing_credits_update_notes_and_newsletter_calls_are_not_text() {
    let markup = format!(
        "<html><head><title>Council raises water rates</title></head><body><article><h1>Council raises water rates</h1><div class='rich-text'><p>{A}</p><p>{B}</p><p>{C}</p>
         <p><em>Edited by: Wesley Dockery</em></p>
         <p>While you're here: Every Tuesday, our editors round up what is happening in city politics. You can sign up here for the weekly email newsletter.</p>
         <p><em>—With assistance from Grant Smith and Yongchang Chin.</em></p><p>(Updates with analyst comment in third paragraph.)</p></div></article></body></html>"
    );
    assert_blocks(&markup, &["Council raises water rates", A, B, C]);
}

#[test]
fn vox_membership_footer_and_propublica_tip_box_are_not_text() {
    let markup = format!(
        "<html><head><title>Council raises water rates</title></head><body><article class='c-entry'><h1>Council raises water rates</h1><div class='c-entry-content'><p>{A}</p><p>{B}</p>
         <div class='bb-callout'><h3>Do You Have a Tip?</h3><p>If you have information about water billing, we want to hear from you. Email tips@example.org.</p></div>
         <p>{C}</p><p>{D}</p>
         <div class='c-article-footer'><p>You've read 1 article in the last month</p><p>Here at the Record, we believe in helping everyone understand our complicated world, so that we can all help to shape it.</p>
         <p>If you share our vision, please consider supporting our work by becoming a Record Member.</p></div></div></article></body></html>"
    );
    assert_blocks(&markup, &["Council raises water rates", A, B, C, D]);
}

#[test]
fn medium_counters_reading_time_and_drupal_submitted_lines_are_not_text() {
    let markup = format!(
        "<html><head><title>Council raises water rates</title></head><body><article><h1>Council raises water rates</h1>
         <div><span>6 min read</span><span>·</span><span>Mar 1, 2026</span></div><div class='pw-multi-vote-count'><p>1.2K</p></div><div class='pw-responses-count'><p>12</p></div>
         <div class='node__meta'>Submitted by <a href='/user/12'>Tom Reyes</a> on Wed, 03/11/2026 - 09:30</div>
         <p>{A}</p><p>{B}</p><p>{C}</p><ul class='links inline'><li><a href='/comment/reply/55'>Log in to post comments</a></li></ul></article></body></html>"
    );
    let (blocks, byline, _) = read(&markup);
    assert_eq!(blocks, ["Council raises water rates", A, B, C]);
    assert_eq!(byline.as_deref(), Some("Submitted by Tom Reyes on Wed, 03/11/2026 - 09:30"));
}

#[test]
fn el_pais_and_spiegel_ad_labels_and_related_headings_are_not_text() {
    let markup = format!(
        "<html lang='es'><head><title>Council raises water rates</title></head><body><article><h1>Council raises water rates</h1><p>{A}</p><div class='ad'><span>Publicidad</span></div><p>{B}</p>
         <div id='mas_informacion'><h3>Más información</h3><a href='/economia/2025/agua.html'><h4>El agua sube un 4,4% en 2025</h4></a></div><p>{C}</p>
         <div class='ad-container'><span>Anzeige</span></div><section><h3>Mehr zum Thema</h3><ul><li><a href='/a'>Bahn verfehlt Ziel</a></li><li><a href='/b'>Neue Preise</a></li><li><a href='/c'>Sanierung verzögert</a></li></ul></section>
         <p>{D}</p></article></body></html>"
    );
    assert_blocks(&markup, &["Council raises water rates", A, B, C, D]);
}

#[test]
fn atlantic_and_le_monde_standfirsts_kickers_share_bars_and_publisher_notes_are_not_text() {
    let markup = format!(
        "<html><head><title>Council raises water rates</title></head><body><main><article class='ArticleLayout'><header class='ArticleHero'>
         <p class='ArticleRubric'>Local</p><p class='article__kicker'>Water</p><h1 class='ArticleTitle'>Council raises water rates</h1>
         <p class='ArticleDek'>The first increase since 2019 will cost a typical household $72 a year.</p><div class='ArticleShare'>Share Save</div></header>
         <section class='ArticleBody_root'><p>{A}</p><p>{B}</p><div class='post-ufi'><span>18 Likes</span> · <span>4 Restacks</span></div><p>{C}</p>
         <p>Do you live near the reservoir? Share your story with our reporters.</p><p>{D}</p>
         <p>When you buy a book using a link on this page, we receive a commission. Thank you for supporting the Record.</p>
         <p>A version of this article appears in print on March 7, Section B, Page 6 of the New York edition with the headline: Rates Rise.</p>
         <p>Reuse this content</p></section></article></main></body></html>"
    );
    assert_blocks(&markup, &["Council raises water rates", A, B, C, D]);
}

#[test]
fn a_standfirst_set_as_a_heading_and_a_subheading_in_the_body_stay() {
    let markup = format!(
        "<html><head><title>Council raises water rates</title></head><body><article><h1>Council raises water rates</h1>
         <h2 class='l-article__dek'>The first increase since 2019 will cost a typical household $72 a year</h2><p>{A}</p><p>{B}</p>
         <p class='subtitle'>What happens next</p><p>{C}</p></article></body></html>"
    );
    assert_blocks(
        &markup,
        &["Council raises water rates", "The first increase since 2019 will cost a typical household $72 a year", A, B, "What happens next", C],
    );
}

#[test]
fn live_blog_post_stamps_chart_credits_and_ad_fallbacks_are_not_text() {
    let post =
        |t: &str, by: &str, body: &str| format!("<div class='post'><div class='post-meta'><time>{t}</time><span>By {by}</span></div><p>{body}</p></div>");
    let markup = format!(
        "<html><head><title>Water rates vote: live</title></head><body><article><h1>Water rates vote: live</h1>{}{}
         <figure class='chart'><p>Source: City Utility. Chart: Daily Record</p></figure><div><p>Source: City Utility. Chart: Daily Record</p></div>
         <amp-ad><div fallback>Ad failed to load</div></amp-ad>{}</article></body></html>",
        post("8:15pm", "Rhiana Whitson", A),
        post("6:30pm", "Joseph Dunstan", B),
        post("6:01pm", "Joseph Dunstan", C)
    );
    assert_blocks(&markup, &["Water rates vote: live", A, B, C]);
}
