//! Page furniture that sits inside the article's container: what it is called (class and
//! id) and what it says. The search (`readability`) and the block builder (`blocks`) ask
//! here; the tables are kinds, not sites: captions and credits, ad and promo slugs,
//! consent and newsletter banners, share bars, headline lists, bylines and datelines.

use super::dom::{Dom, Id};
use regex_lite::Regex;
use std::sync::OnceLock;

/// Class and id words of elements that are never article text, however long: consent
/// and cookie banners (often longer than the article). Matched against whole words of the
/// names (split at `-`, `_` and spaces).
const ALWAYS_FURNITURE_WORDS: &[&str] = &["cmp", "consent", "cookie", "cookiebanner", "cookies", "gdpr", "onetrust"];

/// Class and id words of ad slots and recommendation widgets: furniture unless the element
/// holds most of the page, when the name is a hook the widget hangs on the story's body
/// (`storyDetails taboola-readmore`).
const AD_FURNITURE_WORDS: &[&str] = &["adslot", "advert", "advertisement", "outbrain", "taboola"];

/// Class and id names of elements that are furniture when they hold a small part of the
/// page: a comment thread, a share or follow bar, a newsletter box, an author's bio, a list
/// of other stories (`small_furniture.txt`).
fn small_furniture_names() -> &'static [&'static str] {
    static NAMES: OnceLock<Vec<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| data_file!("page/extract/small_furniture.txt").lines().collect())
}

/// Class and id words of captions, credits and bylines (whole words, or inside a word
/// for the unmistakable ones: `ImageCaption`, `wp-caption-text`).
const CAPTION_WORDS: &[&str] = &["attribution", "byline", "credit", "credits", "cutline", "photographer"];
const CAPTION_PARTS: &[&str] = &["caption", "cutline", "photocredit", "imagecredit"];

/// Class and id words of image and video wrappers, whose own text is a caption.
const MEDIA_WORDS: &[&str] = &["figure", "gallery", "image", "img", "media", "photo", "picture", "player", "video"];

/// Captions and credits, bylines and wrappers are short: longer text under such a name
/// is some container's name, not furniture.
pub const CAPTION_MAX_CHARS: usize = 400;

struct Patterns {
    slug: Regex,
    related_heading: Regex,
    credit_end: Regex,
    credit_start: Regex,
    credit_line: Regex,
    label_line: Regex,
    promo_start: Regex,
    byline: Regex,
    dateline: Regex,
    promo_lead: Regex,
    promo_phrase: Regex,
    notice: Regex,
    credit_note: Regex,
    staff_credit: Regex,
    translation_credit: Regex,
    reading_time: Regex,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        // Constant patterns: a failure is a programming error that every test catches.
        let re = |s: &str| Regex::new(s).expect("valid pattern");
        Patterns {
            // The whole text of a block that only points elsewhere or marks an ad.
            slug: re(r"(?i)^[-–—\s]*((advertisement|advertising|ad|ads)( ?[-–—:|·•] ?(scroll|continue|story continues)[a-z ]*)?|ad feedback|(paid|partner|sponsored|promoted|branded) (content|post|posts|stories|links)|sponsored( content| by [^.!?]{1,40})?|promoted( by [^.!?]{1,40})?|supported by|skip (advertisement|ad)|(the )?(story|article|content|text) continues (below|after|under)( (this |the )?(advertisement|ad))?|comments?( ?\(\d+\))?|\d+ comments?|(view|show|read|see|hide|load) (all )?(the )?(\d+ )?comments?|join the (conversation|discussion|debate)|(sign|log) in to (comment|continue( reading)?|read( more)?)|subscribe to (continue|keep) reading|(continue|keep) reading (your|this|the) (article|story) with (a|an) [^.!?]{1,40} (subscription|membership)|already (a subscriber|have an account)\??( (sign|log) in)?|you have \d+ free (articles?|stories|reads) (left|remaining)( this month)?|toggle caption|(click to )?(enlarge|expand)( this)?( image| photo)?|(image|photo|slide|picture) \d+ (of|/) \d+|\d+[- ]min(ute)?s?( read| listen)?|(share (on|via|to) )?(facebook|twitter|x|email|e-mail|mail|whatsapp|linkedin|reddit|pinterest|print|copy link|copy url|messenger|telegram|flipboard|threads|bluesky)|gift( this)? article|save( article| for later)?|continue reading( (the )?(main story|below|article))?|scroll (down )?to continue( with content| reading)?|read more|read the full (story|article)|show more|load more|share( this( article| story| post)?)?|share (on|via) [a-z]+|follow us( on [a-z ]+)?|sign up|subscribe( now)?|listen( (to )?(this|the) (article|story|episode)( now)?)?(\s*powered by [a-z ]{1,30})?([\s·•|:–—-]+(\d{1,2}:\d{2}|\d{1,3} ?min(ute)?s?)( ?min(ute)?s?)?)?([\s·•|]+learn more)?|click here to [a-z ]+|more (web |visual )?(stories|news|videos)|(web|visual) stories|related( (articles|stories|content|coverage|links|topics))?|recommended( (for you|stories|articles|reading))?|most (read|popular|viewed|shared)|trending( now)?|you (may|might) (also )?like|more from [^.!?]{1,40}|editor'?s picks?|(top|latest) (stories|news|headlines)|watch|video|image|photo|gallery|live( now)?|(for )?subscribers only|subscriber exclusive|pr|\(end\)|end|-+ ?end ?-+|#{3}|-30-)[\s.:!…>»–—-]*$"),
            related_heading: re(r"(?i)^(related( (articles|stories|content|coverage|links|reading|topics))?|read more|(web|visual) stories|more (web stories|visual stories|stories|news|on this story|on this topic|to read|from [^.!?]{1,40})|most (read|popular|viewed|shared)|trending( now| stories)?|recommended( (for you|stories|articles|reading))?|((stories|articles|more stories|other stories) )?you (may|might) (also )?(like|be interested in|have missed)|editor'?s picks?|(top|latest) (stories|news|headlines)|popular (now|stories)|see also|also read|read also|also from [^.!?]{1,40}|in case you missed it|further reading|what to read next|around the web|about the (authors?|writers?|reporters?|contributors?))[\s.:!…>»-]*$"),
            // Wire-service and photo credits that close a caption: "… (Reuters)", "(Photo: AP)".
            credit_end: re(r"(?i)(\((reuters|ap|afp|upi|dpa|efe|ansa|pa|bloomberg|getty images|reuters video|ap video|ap photo[^)]*|photo[:/][^)]*|credit[:/][^)]*|image[:/][^)]*|video[:/][^)]*|file photo[^)]*)\)|(photograph|photo|picture|image|credit|video)( by)?:\s*[^.!?]{1,80}|getty images|shutterstock|©\s*[^.!?]{1,60})\s*$"),
            credit_start: re(r"(?i)^((photo|photograph|picture|image|credit|video|pictured|caption|image source|image caption|media caption)\s*:|\((photo|credit|image)[:/])"),
            // A whole short line that credits a picture: "Photo by Jane Doe / Unsplash",
            // "Illustration by X", "(Courtesy of the Parks Department)".
            credit_line: re(r"(?i)^\(?((top |lead |header |cover |main )?(photo|photograph|picture|image|illustration|video|graphic|artwork|photo illustration)s?( and (text|words|video))? (by|from|courtesy of)|(photo |image )?courtesy( of)?)\s+[^!?]{1,90}\)?\.?$"),
            // A label and a colon before another story's headline: "Related: …", "WATCH: …".
            label_line: re(r"(?i)^(related|read|read more|read also|also read|see also|more|watch|listen|video|photos|gallery|recommended|don'?t miss|must read|trending|more coverage|more on this( story)?|latest|also read|go deeper|dive deeper|keep reading|read next|up next|flashback|podcast|explainer|opinion|analysis)\s*[:|]\s*"),
            // A call to the reader that opens a paragraph: "Sign up for …", "Subscribe to …".
            promo_start: re(r"(?i)^(sign up|subscribe|follow us|download (our|the)|get (our|the) [a-z ]{0,30}(newsletter|app)|join (our|the) [a-z ]{0,30}(newsletter|list|community)|donate|support (independent|our|us)|help us keep|stay up to date|get the latest|for the latest news|have a (news )?tip|do you have a (story|tip)|we want to hear from you|join [a-z']+ (telegram|whatsapp)|follow [a-z'’]+ coverage|download (our|the) [a-z ]{0,30}app)\b"),
            // "By Jane Roe", "By Jane Roe and John Doe, Reuters", "WRITER: Jane Roe": a name,
            // not a sentence.
            byline: re(r"^((By|BY|Written by|Words by|Reporting by|Posted by|Von|Par|Por)\s+|(WRITER|Writer|AUTHOR|Author|REPORTER|Reporter)\s*:\s*)[A-ZÀ-Þ][^!?]{0,100}$"),
            // "Published 3:04 PM EST, Mon November 30, 2026", "Updated: Nov. 30, 2026",
            // "01-12-2025 15:40" (day, month, year in figures).
            dateline: re(r"(?i)^((published|updated|posted|last updated|last modified|first published|modified|originally published|(first )?uploaded)( on| at)?\s*:?\s*[^!?]{0,60}\d[^!?]{0,40}|(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d{1,2}\s+[a-z]+\.?\s+\d{4}[^!?]{0,30}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}(([,\s]+|\s+at\s+)\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*[a-z]{0,4})?|\d{1,2} (minutes?|mins?|hours?|hrs?|days?) ago|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}([,\s]+\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*[a-z]{0,4})?|\d{4}-\d{2}-\d{2}([t\s]\d{2}:\d{2}[^\s]*)?|\d{1,2}[-/.]\d{1,2}[-/.](\d{4}|\d{2})([,\s]+\d{1,2}[:.]\d{2}(:\d{2})?\s*([ap]\.?m\.?)?\s*[a-z]{0,4})?)$"),
            // A linked sentence that sends the reader elsewhere rather than telling the story.
            promo_lead: re(r"(?i)^(read|read more|more|related|see|see also|watch|listen|also read|also|click|tap|sign up|subscribe|follow|continue reading|recommended|explore|discover|get|download|join|lire|à lire|voir aussi|revivez|retrouvez|lesen sie|mehr zum thema|lee también|leer más|leggi anche)\b"),
            // Notices that close syndicated copy or label a gallery: "Copyright 2026 The
            // Associated Press. All rights reserved.", "Our Standards: …", "3 of 12", "Topics: …",
            // a paper's DOI ("doi: https://doi.org/10.1038/…"), "Copyright © AFP 2017-2026.
            // Any commercial use …", a labelled disclaimer (on comments, on analysts' advice:
            // "Disclaimer: The views and recommendations above are …") and the unlabelled one
            // an opinion page closes with ("The views expressed are the author's own"), a
            // labelled ad line ("TEXT AD: Call …", "Sponsored: …").
            notice: re(r"(?i)^(copyright\s*©?\s*(\d{4}|the\b)[^\n]{0,300}|copyright\s*(©|\(c\))\s*[^\n]{0,300}|disclaimer\s*:\s*([^\n]{0,80}\b)?(comments|views|opinions|recommendations|(investment|financial|medical|legal) advice)\b[^\n]{0,300}|(text ad|ad|advert|advertisement|sponsored|paid (content|post)|promoted)\s*:\s*[^\n]{1,150}|(the )?views (expressed )?(here |above )?are personal[^\n]{0,100}|(the )?(views|opinions) expressed ([^\n]{0,60} )?(are|is) (those of the (authors?|writers?|columnists?|contributors?)|the (authors?|writers?)'?s?'? own|solely (those|that) of)[^\n]{0,250}|©\s*[^\n]{1,150}|[^\n]{0,200}all rights reserved\.?[^\n]{0,300}|our standards:[^\n]{0,120}|\d{1,3}\s*(of|/)\s*\d{1,3}|(tags|topics|filed under|categories|related topics)\s*:[^\n]{0,200}|(additional|contributing|with additional) (reporting|writing|research)( and (reporting|writing|research))? (by|from|contributed by)\s[^\n]{0,150}|(contact|email|e-mail|reach|follow):? [^\n]{0,80}(@|twitter|instagram|bluesky|mastodon)[^\n]{0,300}|[^\n]{0,120}\bcopyright reserved[^\n]{0,60}|(media|press|investor|news|public) (relations )?(contacts?|inquiries|enquiries)\s*:[\s\S]{0,200}|doi\s*:?\s*(https?://(dx\.)?doi\.org/)?10\.\d{4,}/\S+)$"),
            // Who wrote, reported, edited or supplied the story, where it was first
            // published, as a closing line: "Reporting by X; Additional reporting by Y; Editing
            // by Z", "X contributed to this report.", "(With inputs from PTI)", "-- Bloomberg",
            // "This article was originally published on The Conversation.", a licence notice,
            // the publisher's note on itself ("KFF Health News is a national newsroom that …").
            credit_note: re(r"(?i)^[(\[]?\s*([^\n]{1,200}\bcontributed( reporting| research| to (this|the) (report|story|article))[^\n]{0,120}|contributing\s*:\s[^\n]{1,200}|[-–—]*\s*with (inputs|files|reporting|additional reporting|agency inputs) from\s[^\n,;]{1,60}|[-–—]*\s*with (afp|ap|reuters|pti|ani|ians|agencies|wires|bloomberg|dpa|efe|xinhua)|[-–—]+\s*(afp|ap|reuters|pti|ani|ians|bloomberg|the associated press|associated press|agencies)|source\s*:\s*(afp|ap|reuters|pti|ani|ians|agencies|bloomberg)|this (article|story|piece|post) (was|is|has been) (originally |first )?(re)?published [^\n]{0,160}|this (article|story|piece|post) (originally|first) appeared (on|in) [^\n]{0,160}|(this (article|story|piece) is (a|the) )?translation of (an|the|a) (original )?(article|story|piece) [^\n]{0,200}|this (article|story|piece) (was|has been) translated from [^\n]{0,200}|[^\n.]{0,80}\bis ([a-z]+[- ]){0,3}journalism (co-?)?funded (by|through) [^\n]{0,120}|except for the headline, this story has not been edited[^\n]{0,200}|view (original content|source version)[^\n:]{0,60}:\s*[^\n]{0,200}|read the (full|original) (story|article) (at|on|here)[^\n]{0,100}|[^\n]{0,160}\b((licen[cs]ed|published|available|republished|distributed) under|print,? under) (a |the )?(creative commons|cc[- ]by)[^\n]{0,200}|[^\n]{0,300}\bis solely responsible for (all|the|its) content[^\n]{0,300}|[^\n]{0,120}\bprovides funding as a (founding )?(member|partner) of [^\n]{0,120}|this (story|article|report|piece|coverage|series|project) (was|is) (produced|reported|published|co-published|made possible) (in (partnership|collaboration) with|with (the )?(support|funding|help|backing) (from|of))[^\n]{0,200}|[^\n.]{1,80} is (a|an|part of) [^\n.]{0,80}\b(newsroom|news organi[sz]ation|media organi[sz]ation|news network|news service)\b[^\n]{0,300})\s*[)\].]*$"),
            // One part of a wire story's staff line: "Additional reporting by Jane Roe in Rome",
            // or names alone after "Additional reporting" ("Additional reporting Seán Whelan").
            staff_credit: re(r"^((?i:(additional |further )?(reporting|writing|editing|edited|written|reported|compiled|research|graphics|produced|fact-checking) by)\s+[A-ZÀ-Þ]|(?i:additional reporting)\s+[A-ZÀ-Þ][^\s,;]*(,? (and |& )?[A-ZÀ-Þ][^\s,;]*)*$)"),
            // Who wrote the original a translated story was made from, or translated it:
            // "(Japanese original by Ryo Takahashi, Business News Department)", "(English
            // translation by the desk)"; unbracketed, only a short "Translated by Ana Ruiz.".
            translation_credit: re(r"(?i)^([(\[]\s*([a-z]+ ){0,2}(original|translation|translated) by\s+[^\n()]{2,120}[)\]]|(translated|translation) by\s+[^\n.!?,]{2,40})\.?$"),
            // A reading time or a length set in a post's meta line: "9 min read", "7 min", "1,388 words".
            reading_time: re(r"(?i)^(\d{1,3}\s*(min|mins|minute|minutes)(\s+read)?|\d[\d,]{0,6}\s+words)$"),
            // Words that speak to the reader about the site, not about the story.
            promo_phrase: re(r"(?i)\b(tell us|let us know|your feedback|sign up|subscribe|newsletter|follow us|click here|tap here|download (our|the) app|our (app|podcast|newsletter)|in your inbox|full coverage|live updates|read (more|the full)|watch (the|our) (video|full)|donate|whatsapp|telegram|news tip|hear from you|journalism free|our app|coverage of)\b"),
        }
    })
}

/// The words of a class and id string: lower-cased, split at `-`, `_` and white space.
fn name_words(names: &str) -> impl Iterator<Item = String> + '_ {
    names.split(|c: char| c == '-' || c == '_' || c.is_whitespace()).filter(|w| !w.is_empty()).map(str::to_ascii_lowercase)
}

fn has_word(names: &str, words: &[&str]) -> bool {
    name_words(names).any(|w| words.contains(&w.as_str()))
}

/// Whether an element named so (`class id`) is never article text, whatever its size.
pub fn always_furniture(names: &str) -> bool {
    has_word(names, ALWAYS_FURNITURE_WORDS)
}

/// Whether a box's text is a publisher's appeal for readers' money: it says at least
/// [`APPEAL_MIN_PHRASES`] different phrases of `appeal_phrases.txt`. A story about a
/// fundraiser may quote one or two; the appeal itself says many ("a small favour to ask",
/// "consider supporting", "every contribution", "as little as £1").
pub fn is_appeal(text: &str) -> bool {
    let said = text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase().replace('\u{2019}', "'");
    data_file!("page/extract/appeal_phrases.txt").lines().filter(|phrase| said.contains(phrase)).take(APPEAL_MIN_PHRASES).count() == APPEAL_MIN_PHRASES
}

/// Different appeal phrases that make a box an appeal.
pub const APPEAL_MIN_PHRASES: usize = 3;

/// Ad slots named with "ad" and a word for a box: "ad-container", "adWrapper", "ad_unit"
/// ("ad" alone is too short a word to trust: "has-ad", "ad-free" pages name articles so).
const AD_BOX_NAMES: &[&str] = &["adbox", "adcontainer", "adlabel", "adslot", "adunit", "adwrapper", "adzone"];

/// "ads" and a word for a box ("ads-wrapper", "adsBox"), or a word for where ads go before
/// it ("inline_ads", "content-ads"): the plural names the slot, never a story.
const ADS_BOX_WORDS: &[&str] = &["block", "box", "container", "holder", "label", "slot", "unit", "wrap", "wrapper", "zone"];
const ADS_PLACES: &[&str] = &["article", "content", "incontent", "inline", "inpost", "instory", "native", "sidebar"];

/// Whether an element named so is an ad slot or a recommendation widget.
pub fn ad_furniture(names: &str) -> bool {
    let words: Vec<String> = name_words(&camel_spaced(names)).collect();
    let ads_slot = |run: &[String]| (run[1] == "ads" && ADS_PLACES.contains(&run[0].as_str())) || (run[0] == "ads" && ADS_BOX_WORDS.contains(&run[1].as_str()));
    has_word(names, AD_FURNITURE_WORDS) || words.windows(2).any(|run| AD_BOX_NAMES.contains(&run.concat().as_str()) || ads_slot(run))
}

/// Whether an element named so is furniture when it is small next to the article.
/// CamelCase names count word by word ("storyTags", "subscribeBox").
pub fn small_furniture(names: &str) -> bool {
    let listed = small_furniture_names();
    let words: Vec<String> = name_words(&camel_spaced(names)).collect();
    // Each word, and each run of two or three adjacent words written as one ("author-box").
    (1..=3).any(|n| words.windows(n).any(|run| listed.contains(&run.concat().as_str())))
}

/// Whether an element named so is the story's summary box set before its body (key
/// points, highlights, takeaways: `summary_names.txt`).
pub fn summary_box_name(names: &str) -> bool {
    let listed = data_file!("page/extract/summary_names.txt");
    let words: Vec<String> = name_words(&camel_spaced(names)).collect();
    (1..=3).any(|n| words.windows(n).any(|run| listed.lines().any(|l| summary_name_is(&run.concat(), l))))
}

/// Whether a class word (or run of words written as one) names a listed summary box: the
/// name itself, its singular ("story__highlight" for "highlights"), or a compound that
/// ends with a long one ("Keyhighlight_keyhighlights", "articleKeypoints"): CSS modules
/// and component names glue the box's kind to a prefix.
fn summary_name_is(word: &str, listed: &str) -> bool {
    let plural = |w: &str| listed.strip_suffix('s') == Some(w);
    let compound = |w: &str| {
        listed.len() >= SUMMARY_COMPOUND_MIN_CHARS
            && w.len() > listed.len()
            && (w.ends_with(listed) || listed.strip_suffix('s').is_some_and(|l| w.ends_with(l)))
    };
    word == listed || plural(word) || compound(word)
}

/// A listed name this long is a box's kind even glued to a prefix ("keyhighlights"); a
/// short one ("tldr") is not.
const SUMMARY_COMPOUND_MIN_CHARS: usize = 8;

/// A summary box holds a few bullets: more is a list of something else.
pub const SUMMARY_MAX_ITEMS: usize = 8;
/// A bullet of a summary box is a clause at least: fewer words is a list of links or tags.
pub const SUMMARY_ITEM_MIN_WORDS: usize = 5;

/// Whether an element named so is a page-wide banner (`banner_names.txt`): a breaking-news
/// or live bar, a weather or traffic alert, a ticker, a site announcement or subscription bar.
pub fn banner_name(names: &str) -> bool {
    names_say(names, data_file!("page/extract/banner_names.txt"), 3)
}

/// ARIA roles of regions that announce something to the reader apart from the page's
/// content: alerts, status lines, tickers, countdowns.
const LIVE_ROLES: &[&str] = &["alert", "marquee", "status", "timer"];

/// Whether an element's role or `aria-live` makes it a live announcement region (an alert,
/// a ticker, a status line), which a page sets apart from the text it announces beside.
pub fn is_live_region(role: Option<&str>, aria_live: Option<&str>) -> bool {
    let role = role.unwrap_or("").trim().to_ascii_lowercase();
    let live = aria_live.unwrap_or("off").trim().to_ascii_lowercase();
    LIVE_ROLES.contains(&role.as_str()) || matches!(live.as_str(), "polite" | "assertive")
}

/// Names of a call-to-action box ("inline-cta__wrapper", "CallToAction"): an offer with its
/// own heading, copy and button (an event's tickets, an app, a course) set in the story.
const CALL_BOX_WORDS: &[&str] = &["calltoaction", "cta"];

/// Whether a container named so is a call-to-action box. Only a box: a paragraph that
/// carries the name (`<p class="cta-…">`) is one line of the text, read with it.
pub fn call_box(tag: &str, names: &str) -> bool {
    let words: Vec<String> = name_words(&camel_spaced(names)).collect();
    matches!(tag, "div" | "section" | "aside") && (1..=3).any(|n| words.windows(n).any(|run| CALL_BOX_WORDS.contains(&run.concat().as_str())))
}

/// Whether an element named so is a post embedded from a social network (`embed_names.txt`:
/// "twitter-tweet", "instagram-media", "tiktok-embed"): another person's words in the
/// network's box, whatever its size, not the article's. What the post said, when it is
/// news, the story tells in its own paragraphs.
pub fn embedded_post(names: &str) -> bool {
    names_say(names, data_file!("page/extract/embed_names.txt"), 3)
}

/// Whether an element named so is set as a pull quote ("pull-quote", "ArticlePullquote",
/// "PullQuote"): display type that repeats a line of the story.
pub fn pull_quote_name(names: &str) -> bool {
    names_say(names, "pullquote", 2)
}

/// Whether a run of up to `most` adjacent words of a class and id string, written as one
/// (CamelCase split first), is a line of `listed`.
fn names_say(names: &str, listed: &str, most: usize) -> bool {
    let words: Vec<String> = name_words(&camel_spaced(names)).collect();
    (1..=most).any(|n| words.windows(n).any(|run| listed.lines().any(|l| l == run.concat())))
}

/// Whether an element named so is a headline's companion: the standfirst under it (`dek`,
/// `standfirst`, `subtitle`) or the section label over it (`kicker`, `rubric`, `eyebrow`),
/// from `header_names.txt`. CamelCase names count word by word ("ArticleDek").
pub fn header_name(names: &str) -> bool {
    let listed: Vec<&str> = data_file!("page/extract/header_names.txt").lines().collect();
    let words: Vec<String> = name_words(&camel_spaced(names)).collect();
    (1..=2).any(|n| words.windows(n).any(|run| listed.contains(&run.concat().as_str())))
}

/// Class and id names with a space at each lower-to-upper case step: "ArticleDek" is
/// "Article Dek", "storyTags" is "story Tags".
fn camel_spaced(names: &str) -> String {
    let mut spaced = String::with_capacity(names.len() + 8);
    let mut previous_lower = false;
    for c in names.chars() {
        if c.is_uppercase() && previous_lower {
            spaced.push(' ');
        }
        previous_lower = c.is_lowercase();
        spaced.push(c);
    }
    spaced
}

/// Whether a short block is a row of share buttons and engagement counters: "Share Save",
/// "Copy link Email Facebook", "18 Likes · 4 Restacks", "Responses (48)". Every word is a
/// share or count word (`share_words.txt`) or a count, and one at least is a word.
pub fn is_share_row(text: &str) -> bool {
    if text.chars().count() > 160 {
        return false;
    }
    let listed: Vec<&str> = data_file!("page/extract/share_words.txt").lines().collect();
    let words: Vec<String> = text.split(|c: char| !c.is_alphanumeric() && c != '.').filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    // Buttons set side by side without a space read as one word: "FacebookX", "EmailShare".
    let is_word = |w: &String| glued_words(w, &listed, GLUED_MAX_WORDS);
    words.iter().any(is_word) && words.iter().all(|w| is_word(w) || is_bare_count(w))
}

/// Buttons glued into one word are a few: "EmailWhatsAppShare".
const GLUED_MAX_WORDS: usize = 4;

/// Whether `word` is one of `listed`, or up to `most` of them written together.
fn glued_words(word: &str, listed: &[&str], most: usize) -> bool {
    listed.contains(&word)
        || (most > 1 && (1..word.len()).any(|i| word.is_char_boundary(i) && listed.contains(&&word[..i]) && glued_words(&word[i..], listed, most - 1)))
}

/// Whether a short line credits a chart or a map's data: "Source: CBRE. Chart: Crain's",
/// "Graphic: Jane Roe", "Data: Census Bureau". Every sentence of it is such a label and a name.
pub fn is_chart_credit(text: &str) -> bool {
    const LABELS: &[&str] = &["chart", "data", "graphic", "graphics", "map", "source", "sources"];
    let text = text.trim();
    if text.chars().count() > 120 || !text.contains(':') {
        return false;
    }
    // The credit is a name or two ("CBRE", "U.S. Census Bureau; Jane Roe"), not a sentence.
    let credits = |named: &str| named.split_whitespace().count() <= 6 && named.trim_start().starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    text.split(". ")
        .all(|sentence| sentence.split_once(':').is_some_and(|(label, named)| LABELS.contains(&label.trim().to_lowercase().as_str()) && credits(named)))
}

/// Whether an element named so is a caption, a credit or a byline (when short).
pub fn caption_name(names: &str) -> bool {
    let lower = names.to_ascii_lowercase();
    has_word(names, CAPTION_WORDS) || CAPTION_PARTS.iter().any(|p| lower.contains(p))
}

/// Whether an element named so wraps an image or a video.
/// CamelCase names count word by word ("VideoPlayer", "InlineImage").
pub fn media_name(names: &str) -> bool {
    has_word(&camel_spaced(names), MEDIA_WORDS)
}

/// Media wrappers with less text than this are an image or a video and its caption.
const MEDIA_MAX_CHARS: usize = 300;

/// Whether an element is a caption, credit or byline box, or an image or video wrapper
/// with its caption, by its name and its short text (a wrapper holding a paragraph of
/// prose is a container after all).
pub fn is_caption_or_media<N: Clone>(dom: &Dom<N>, id: Id) -> bool {
    let names = dom.match_string(id);
    let caption = caption_name(&names);
    let media = media_name(&names) && !matches!(dom.tag(id), "a" | "img" | "body" | "html" | "article" | "main");
    // A wrapper with a heading is a section or a list entry that happens to hold an image.
    if (!caption && !media) || !dom.elements_by_tag(id, &["h1", "h2", "h3", "h4", "h5", "h6"]).is_empty() {
        return false;
    }
    let length = dom.inner_text_len(id);
    if caption && length <= CAPTION_MAX_CHARS {
        return true;
    }
    // A paragraph of prose is text whatever its name: a design system's prefix names every
    // element after the product ("media-ui-Paragraph_text"), paragraphs with the rest.
    let prose_paragraph = dom.tag(id) == "p" && reads_as_prose(&dom.inner_text(id));
    media && !prose_paragraph && length <= MEDIA_MAX_CHARS && !dom.elements_by_tag(id, &["p"]).iter().any(|&p| reads_as_prose(&dom.inner_text(p)))
}

/// A product box holds a few lines: a name, a price, a button (a card's blurb at most).
const PRODUCT_BOX_MAX_CHARS: usize = 600;

/// A product's own words in a box, besides its shop call: a label, a name, a price, a
/// line of blurb. A review's verdict box (pros, cons, a summary) says far more beside its button.
const PRODUCT_WORDS_PER_CALL: usize = 25;

/// Whether an element is a shopping box set in a story (a product card, a row of them, a
/// "Shop the story" strip): a box holding links that send the reader to a retailer (their
/// text a shop call, `buy_calls.txt`, or a price at a shop: "$39.99 at Amazon"), saying
/// little besides (a few words a product), with little prose (a paragraph that links "buy
/// it" in a sentence is text, and so is a review's verdict box of pros, cons and summary
/// beside its "Buy Now"). Its name, price and button are the publisher's commerce.
pub fn is_product_box<N: Clone>(dom: &Dom<N>, id: Id) -> bool {
    if !matches!(dom.tag(id), "div" | "section" | "aside" | "figure" | "ul" | "ol") {
        return false;
    }
    let length = dom.inner_text_len(id);
    if length == 0 || length > PRODUCT_BOX_MAX_CHARS {
        return false;
    }
    let calls: Vec<String> = dom.elements_by_tag(id, &["a"]).into_iter().map(|a| dom.inner_text(a)).filter(|t| is_shop_call(t)).collect();
    if calls.is_empty() {
        return false;
    }
    let call_words: usize = calls.iter().map(|c| c.split_whitespace().count()).sum();
    let own_words = dom.inner_text(id).split_whitespace().count().saturating_sub(call_words);
    let prose: usize = dom.elements_by_tag(id, &["p"]).iter().map(|&p| dom.inner_text(p)).filter(|t| reads_as_prose(t)).map(|t| t.chars().count()).sum();
    own_words <= PRODUCT_WORDS_PER_CALL * calls.len() && prose * 2 < length
}

/// Whether a link's whole text sends the reader to a shop: a shop call
/// (`buy_calls.txt`: "Shop Now", "Check Price"), one naming the shop ("Buy at Walmart",
/// "Shop on Etsy"), or a price at a shop ("$39.99 at Amazon", "£24 from John Lewis").
pub fn is_shop_call(text: &str) -> bool {
    let said = text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let said = said.trim_end_matches(['.', '!', '>', '\u{bb}', '\u{2192}', ' ']);
    if said.is_empty() || said.chars().count() > SHOP_CALL_MAX_CHARS {
        return false;
    }
    let calls = data_file!("page/extract/buy_calls.txt");
    if calls.lines().any(|call| call == said) {
        return true;
    }
    let Some((call, shop)) = [" at ", " on ", " from "].iter().find_map(|sep| said.split_once(sep)) else { return false };
    let price = call.trim_start_matches(['$', '£', '€', '¥', '₹']);
    let is_price = !price.is_empty() && price.starts_with(|c: char| c.is_ascii_digit()) && price.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    let named_shop = !shop.is_empty() && shop.split_whitespace().count() <= SHOP_NAME_MAX_WORDS;
    named_shop && (is_price || calls.lines().any(|c| c == call))
}

/// A shop call is a few words: "See latest price at Dick's Sporting Goods" at most.
const SHOP_CALL_MAX_CHARS: usize = 60;

/// A shop's name is a few words ("Dick's Sporting Goods", "John Lewis").
const SHOP_NAME_MAX_WORDS: usize = 4;

/// The host of the page's canonical address (`<link rel=canonical>` or `og:url`).
pub fn site_host<N: Clone>(dom: &Dom<N>) -> Option<String> {
    canonical_address(dom, host_of)
}

/// The path of the page's canonical address, without a final `/`: links to it are links to
/// the page itself (a live blog's entry permalinks), not to other stories.
pub fn own_path<N: Clone>(dom: &Dom<N>) -> Option<String> {
    canonical_address(dom, path_of)
}

/// The first canonical address of the page (`<link rel=canonical>`, `og:url`, in document
/// order before `<body>`) that `read` can make something of.
fn canonical_address<N: Clone>(dom: &Dom<N>, read: impl Fn(&str) -> Option<String>) -> Option<String> {
    let mut stack = vec![dom.root];
    while let Some(n) = stack.pop() {
        let url = match dom.tag(n) {
            "link" if dom.attr(n, "rel").is_some_and(|r| r.split_whitespace().any(|r| r.eq_ignore_ascii_case("canonical"))) => dom.attr(n, "href"),
            "meta" if dom.attr(n, "property").is_some_and(|p| p.eq_ignore_ascii_case("og:url")) => dom.attr(n, "content"),
            "body" => None,
            _ => {
                stack.extend(dom.children(n).iter().rev().copied());
                None
            }
        };
        if let Some(found) = url.and_then(&read) {
            return Some(found);
        }
    }
    None
}

/// The path of an absolute or root-relative address, its query, fragment and final `/` left
/// off; `None` for a relative one, which cannot be resolved here.
fn path_of(url: &str) -> Option<String> {
    let url = url.trim();
    let rest = match url.split_once("//") {
        Some((scheme, rest)) if scheme.is_empty() || scheme.ends_with(':') => rest.find('/').map_or("/", |i| &rest[i..]),
        _ if url.starts_with('/') => url,
        _ => return None,
    };
    let path = rest.split(['?', '#']).next().unwrap_or("");
    Some(path.trim_end_matches('/').to_string())
}

/// Whether a link points at the page itself: a fragment, a query, or the page's own path.
pub fn is_same_page(href: &str, own: Option<&str>) -> bool {
    let href = href.trim();
    if href.starts_with('#') || href.starts_with('?') {
        return true;
    }
    matches!((path_of(href), own), (Some(path), Some(own)) if path == own)
}

/// The lower-case host of an absolute (or scheme-relative) address, without `www.`.
fn host_of(url: &str) -> Option<String> {
    let rest = url.trim().split_once("//")?.1;
    let host = rest.split(['/', '?', '#', ':']).next()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (!host.is_empty()).then_some(host)
}

/// Whether a link goes to another page of the site itself: a relative address, or the
/// site's own host (when known). In-page anchors and other schemes are not.
pub fn is_site_link(href: &str, site: Option<&str>) -> bool {
    let href = href.trim();
    if href.is_empty() || href.starts_with('#') {
        return false;
    }
    let lower = href.to_ascii_lowercase();
    if lower.starts_with("http:") || lower.starts_with("https:") || lower.starts_with("//") {
        return match (host_of(href), site) {
            (Some(host), Some(site)) => host == site || host.ends_with(&format!(".{site}")),
            _ => false,
        };
    }
    !lower.contains(':')
}

/// Whether a block's whole text is an ad or promo slug ("Advertisement", "Story
/// continues below", "Continue reading", "Share this article").
pub fn is_slug(text: &str) -> bool {
    text.chars().count() <= 60 && patterns().slug.is_match(text.trim())
}

/// Whether a block is, in full, one of the comment-form and reader-call lines of
/// `furniture_lines.txt` ("Leave a Reply", "Your email address will not be published.").
pub fn is_furniture_line(text: &str) -> bool {
    in_list(data_file!("page/extract/furniture_lines.txt"), text)
}

/// Whether a short block credits the story's writers, agencies or first publisher, or
/// states its licence, rather than telling it.
pub fn is_credit_note(text: &str) -> bool {
    let text = text.trim();
    if text.chars().count() > 400 {
        return false;
    }
    let p = patterns();
    // "Edited by: Jane Roe" is "Edited by Jane Roe".
    let text = &text.replace("by:", "by");
    // A staff line set in brackets ("[Edited by Jane Roe]", "(Reporting by X; Editing by Y)")
    // is the same line.
    let unbracketed = match (text.chars().next(), text.chars().last()) {
        (Some('['), Some(']')) | (Some('('), Some(')')) => text[1..text.len() - 1].trim(),
        _ => text.as_str(),
    };
    let mut parts = unbracketed.split(';').map(str::trim).filter(|part| !part.is_empty()).peekable();
    p.credit_note.is_match(text)
        || (parts.peek().is_some() && parts.all(|part| p.staff_credit.is_match(part)))
        || is_wire_note(text)
        || p.translation_credit.is_match(text)
}

/// Whether a line is a wire story's note on its own making: who helped ("—With assistance
/// from Jane Roe.") or what a new version changed ("(Updates with comment in third
/// paragraph.)", "(Adds details throughout)").
fn is_wire_note(text: &str) -> bool {
    let lower = text.trim_start_matches(['-', '\u{2013}', '\u{2014}', ' ']).to_lowercase();
    // The helpers are names: "—With assistance from Grant Smith and Yongchang Chin."
    let original = text.trim_start_matches(['-', '\u{2013}', '\u{2014}', ' ']);
    let named = |rest: &str| {
        let words: Vec<&str> = rest.split_whitespace().filter(|w| !matches!(*w, "and" | "&")).collect();
        !words.is_empty() && words.len() <= 16 && words.iter().all(|w| w.starts_with(char::is_uppercase))
    };
    let helped = lower.starts_with("with assistance from ") && original.get("with assistance from ".len()..).is_some_and(named);
    // A dash, "With" and names only: the desk's colleague who helped ("— With Jane Roe").
    let dashed = text.trim_start().starts_with(['-', '\u{2013}', '\u{2014}']);
    let helped = helped || (dashed && lower.starts_with("with ") && original.get("with ".len()..).is_some_and(|rest| named(rest.trim_end_matches('.'))));
    let agency = is_agency_credit(original);
    let inner = lower.strip_prefix('(').and_then(|rest| rest.trim_end_matches('.').strip_suffix(')'));
    let revised = inner.is_some_and(|inner| {
        let verb = inner.split_whitespace().next().unwrap_or("");
        !inner.contains('(') && WIRE_REVISIONS.contains(&verb) && inner.split_whitespace().count() >= 2
    });
    (helped || agency || revised) && text.chars().count() <= 200
}

/// News agencies whose copy a story is made from, as its closing credit names them.
const AGENCIES: &[&str] = &["afp", "agencies", "ansa", "ap", "dpa", "efe", "kyodo", "pti", "reuters", "wires", "xinhua", "yonhap"];

/// Whether a line names the publisher and the agencies whose copy it used: "Le Monde with
/// AFP", "(FRANCE 24 with AFP and Reuters)", "DW with Reuters, dpa".
fn is_agency_credit(text: &str) -> bool {
    let text = text.trim().trim_end_matches('.');
    let text = text.strip_prefix('(').and_then(|t| t.strip_suffix(')')).unwrap_or(text);
    let Some((publisher, agencies)) = text.rsplit_once(" with ") else { return false };
    let words: Vec<&str> = publisher.split_whitespace().collect();
    let named = !words.is_empty() && words.len() <= 4 && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    let lower = agencies.to_lowercase().replace(" and ", ",").replace('&', ",");
    let mut parts = lower.split(',').map(str::trim).filter(|a| !a.is_empty()).peekable();
    named && parts.peek().is_some() && parts.all(|a| AGENCIES.contains(&a))
}

/// The verbs a wire story's version note opens with: "(Updates with …)", "(Recasts …)".
const WIRE_REVISIONS: &[&str] = &["adds", "corrects", "fixes", "recasts", "refiles", "removes", "repeats", "rewrites", "updates"];

/// Whether a closing line tells the reader how to reach the writer: "Jane Roe can be
/// reached at jroe@example.com. Follow her @janeroe.", "You can reach Jane Roe at …". A
/// name of two to four capitalised words, then the call, and an address or handle in it;
/// the notice pattern has the lines that open with "Contact" or "Email".
pub fn is_contact_line(text: &str) -> bool {
    static CONTACT: OnceLock<Regex> = OnceLock::new();
    // A constant pattern: a failure is a programming error that every test catches.
    let contact = CONTACT.get_or_init(|| {
        Regex::new(r"^(?:(?:You|you) can (?:reach|contact|email|e-mail|write to) (?:[A-ZÀ-Þ][\w'’.-]* ){1,3}[A-ZÀ-Þ][\w'’.-]*,? (?:at|on|via|by)\b|(?:[A-ZÀ-Þ][\w'’.-]* ){1,3}[A-ZÀ-Þ][\w'’.-]*,? (?:can|may) be (?:reached|contacted|emailed|e-mailed) (?:at|on|via|by)\b)")
            .expect("valid pattern")
    });
    let text = text.trim();
    text.chars().count() <= CONTACT_LINE_MAX_CHARS && text.contains('@') && contact.is_match(text)
}

/// A contact line is a sentence or two: the address, a handle, a phone number.
const CONTACT_LINE_MAX_CHARS: usize = 250;

/// Whether a paragraph is a transcript's note on itself: it speaks of the transcript and
/// says it was made by machine or in haste, may hold errors, or yields to the recording
/// (`transcript_notes.txt`: "Transcripts are generated using automated software and may
/// contain errors.", "This is a rush transcript."). The conversation itself seldom says so.
pub fn is_transcript_note(text: &str) -> bool {
    if text.chars().count() > TRANSCRIPT_NOTE_MAX_CHARS {
        return false;
    }
    let said = text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    said.contains("transcri") && data_file!("page/extract/transcript_notes.txt").lines().any(|phrase| said.contains(phrase))
}

/// A transcript's note is a few sentences.
const TRANSCRIPT_NOTE_MAX_CHARS: usize = 500;

/// Whether a short paragraph notes who paid for the work it reports, set after the story:
/// "The research was funded by the U.S. Environmental Protection Agency.", "This work was
/// supported in part by a grant from …". A paragraph that reports it ("…, officials said")
/// is the story's.
pub fn is_funding_note(text: &str) -> bool {
    static NOTE: OnceLock<Regex> = OnceLock::new();
    // A constant pattern: a failure is a programming error that every test catches.
    let note = NOTE.get_or_init(|| {
        Regex::new(r"(?i)^((the |this )?(research|study|studies|work|project|survey|trial|analysis)( reported here)?|this ((photo|podcast|video) )?(essay|story|article|report|series|coverage|piece|investigation|podcast|episode|documentary)|(reporting|research|travel|fieldwork) for this (story|article|essay|report|piece|series|project|investigation)) (was|were|is) (also )?(funded|supported|financed|paid for|underwritten|made possible)( in part)? (by|through) [^\n]{3,200}$|^this ((photo|podcast|video) )?(essay|story|article|report|series|piece|episode|coverage) is (a )?part of [^\n]{3,120}\b(supported|funded|underwritten|made possible)( in part)? by [^\n]{3,150}$").expect("valid pattern")
    });
    let text = text.trim();
    // One sentence: no stop after a word in lower case before the end ("U.S. Agency" is one).
    let one_sentence = !text.match_indices(". ").any(|(i, _)| text[..i].ends_with(char::is_lowercase));
    text.chars().count() <= FUNDING_NOTE_MAX_CHARS && note.is_match(text) && !text.contains(" said") && one_sentence
}

/// Whether a paragraph is a nonprofit newsroom's disclosure that someone in the story pays
/// it: "Disclosure: Texas A&M University has been a financial supporter of The Texas
/// Tribune …", "The Gates Foundation is a sponsor of this newsroom; sponsors have no say in
/// our journalism." The publisher's note, not the story.
pub fn is_supporter_disclosure(text: &str) -> bool {
    static NOTE: OnceLock<Regex> = OnceLock::new();
    // A constant pattern: a failure is a programming error that every test catches.
    let note = NOTE.get_or_init(|| {
        Regex::new(r"(?i)^disclosures?\s*:\s*[^\n]{0,600}\b(supporters?|sponsors?|donors?|funders?|underwrit(ers?|ing)|funded|funding)\b|\b(supporters?|sponsors?|donors?|funders?|underwriters?) (play|plays|have|has) no (role|say|influence|part) in\b")
            .expect("valid pattern")
    });
    text.chars().count() <= DISCLOSURE_MAX_CHARS && note.is_match(text.trim())
}

/// A disclosure names a supporter or a dozen, and says what they do not do: a paragraph.
const DISCLOSURE_MAX_CHARS: usize = 900;

/// A funding note names a funder or three: a sentence.
const FUNDING_NOTE_MAX_CHARS: usize = 250;

/// Whether a short block signs a reader's letter with the writer's name and town, a line
/// each or after a comma ("Michael O'Sullivan\nBallincollig, Co Cork", "Dr Helen Walsh,
/// Blackrock", "Jane Roe, Springfield, Ill."): who wrote it, not what it says.
pub fn is_signature(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let (name, place) = match lines[..] {
        [name, place] => (name.trim_end_matches(','), place),
        [line] => match line.split_once(',') {
            Some((name, place)) => (name, place),
            None => return false,
        },
        _ => return false,
    };
    let name: Vec<&str> = name.split_whitespace().collect();
    is_bare_name(&name) && is_place(place)
}

/// Whether a line is a town and its county, state or country: a few capitalised words
/// set apart by commas ("Ballincollig, Co Cork", "Springfield, Ill.", "Leeds").
fn is_place(line: &str) -> bool {
    let words: Vec<&str> = line.split([',', ' ']).filter(|w| !w.is_empty()).collect();
    let place_word = |w: &&str| {
        (w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.')))
            || matches!(*w, "upon" | "on" | "of" | "the")
    };
    (1..=PLACE_MAX_WORDS).contains(&words.len()) && words.iter().all(place_word)
}

/// A town and its county or state, spelled out: "Newcastle upon Tyne, Tyne and Wear" at most.
const PLACE_MAX_WORDS: usize = 6;

/// Whether a line of a few words greets the reader before the text (`salutations.txt`):
/// "Hi friends,", "Good morning, everyone!", "Dear readers,".
pub fn is_salutation(text: &str) -> bool {
    let text = text.trim();
    let said = text.to_lowercase();
    let words = said.split_whitespace().count();
    (1..=SALUTATION_MAX_WORDS).contains(&words)
        && text.ends_with([',', '!'])
        && data_file!("page/extract/salutations.txt")
            .lines()
            .any(|opening| said.strip_prefix(opening).is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ',', '!'])))
}

/// A greeting is a few words: "Good morning, dear readers!".
const SALUTATION_MAX_WORDS: usize = 5;

/// Whether a block is nothing but an e-mail address: the writer's, set under the story
/// ("jdoe@example.com"), to write to, not to read.
pub fn is_address_line(text: &str) -> bool {
    let text = text.trim().trim_end_matches('.');
    let Some((user, host)) = text.split_once('@') else { return false };
    let plain = |part: &str| !part.is_empty() && part.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+'));
    plain(user) && plain(host) && host.contains('.') && !host.starts_with('.') && !host.ends_with('.')
}

/// Whether a closing line only signs the story off with its publisher or agency, set in
/// capitals or as its address: "-- BERNAMA", "– Rappler.com", "— IANS". (A dash and a
/// name in ordinary case, "— Jane Roe", may sign a letter or a quotation: it stays.)
pub fn is_sign_off(text: &str) -> bool {
    let text = text.trim();
    let Some(rest) = text.strip_prefix(['-', '\u{2013}', '\u{2014}']) else { return false };
    let rest = rest.trim_start_matches(['-', '\u{2013}', '\u{2014}', ' ']).trim_end_matches('.');
    let words: Vec<&str> = rest.split_whitespace().collect();
    let signed = |w: &&str| w.starts_with(char::is_uppercase) && (w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()) || is_site_address(w));
    (1..=3).contains(&words.len()) && rest.chars().count() <= SIGN_OFF_MAX_CHARS && words.iter().all(signed)
}

/// Whether a closing line is only the desk's initials after a slash ("/cb", "/atm", "/dl, ra"):
/// who edited the copy, set under it, not a line of it.
pub fn is_editor_initials(text: &str) -> bool {
    let Some(rest) = text.trim().strip_prefix('/') else { return false };
    let marks: Vec<&str> = rest.split([',', '/', ' ']).filter(|m| !m.is_empty()).collect();
    (1..=3).contains(&marks.len()) && marks.iter().all(|m| (1..=4).contains(&m.len()) && m.chars().all(|c| c.is_ascii_lowercase()))
}

/// A sign-off is a name or two: "-- Xinhua News Agency" at most.
const SIGN_OFF_MAX_CHARS: usize = 30;

/// Whether a word is a site's address: "Rappler.com", "Inquirer.net".
fn is_site_address(word: &str) -> bool {
    word.rsplit_once('.').is_some_and(|(name, tld)| !name.is_empty() && (2..=4).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_lowercase()))
}

/// Whether a block is a copyright or standards notice, a gallery counter or a tag line.
pub fn is_notice(text: &str) -> bool {
    text.chars().count() <= 400 && patterns().notice.is_match(text.trim())
}

/// Whether a short linked paragraph speaks to the reader about the site ("Sign up for our
/// newsletter here.", "Tell us what you think.") rather than about the story.
pub fn is_promo_sentence(text: &str) -> bool {
    text.chars().count() <= 200 && patterns().promo_phrase.is_match(text)
}

/// Calls to the reader this short need no word about the site to be told.
const PROMO_CALL_MAX_CHARS: usize = 80;

/// Whether a short paragraph, linked or not, opens as a call to the reader and speaks of
/// the site ("Sign up for The Brief, our daily newsletter …").
/// A reader's question may come first: "Enjoying this? Subscribe to get every post."
pub fn is_promo_call(text: &str) -> bool {
    let text = text.trim();
    let mut starts = std::iter::once(0).chain(text.match_indices(['.', '?', '!']).map(|(i, _)| i + 1));
    if is_embed_call(text) {
        return true;
    }
    // A short line needs no more than its call ("Download the Daily Record app on Google Play").
    (is_promo_sentence(text) || text.chars().count() <= PROMO_CALL_MAX_CHARS)
        && starts.any(|i| text.get(i..).is_some_and(|rest| patterns().promo_start.is_match(rest.trim_start())))
}

/// Whether a whole line sends the reader to a video or recording set below or above it
/// ("Watch the latest episode of BizTech below:", "Listen to the full interview above."):
/// the embed's label, not the story. One line only: a story's paragraph may end so.
fn is_embed_call(text: &str) -> bool {
    static CALL: OnceLock<Regex> = OnceLock::new();
    // A constant pattern: a failure is a programming error that every test catches.
    let call = CALL.get_or_init(|| Regex::new(r"(?i)^(watch|listen to|listen|see|view) [^.!?]{0,80}\b(below|above|here)\s*[:.!]?$").expect("valid pattern"));
    call.is_match(text)
}

/// Whether a short paragraph or heading asks the reader to sign up, subscribe, become a
/// member or send a tip, wherever in it the call comes (`reader_calls.txt`): "While you're
/// here: … You can sign up here for the weekly newsletter.", "Do you have a tip?".
pub fn is_reader_call(text: &str) -> bool {
    if text.chars().count() > READER_CALL_MAX_CHARS {
        return false;
    }
    let said = text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    data_file!("page/extract/reader_calls.txt").lines().any(|call| said.contains(call))
}

/// Reader calls are a line or two; a longer paragraph that says "subscribe here" tells more.
const READER_CALL_MAX_CHARS: usize = 300;

/// Whether a paragraph is a bare count (a like or comment counter: "12", "1.2K").
/// Counters may run together when their boxes sit side by side ("2.1K" and "48": "2.1K48").
pub fn is_bare_count(text: &str) -> bool {
    let text = text.trim();
    let suffix = |c: char| matches!(c, 'K' | 'k' | 'M' | 'm');
    let digits = |c: char| c.is_ascii_digit() || c == '.' || c == ',';
    text.len() <= 12
        && text.starts_with(|c: char| c.is_ascii_digit())
        && text.chars().all(|c| digits(c) || suffix(c))
        && !text.chars().zip(text.chars().skip(1)).any(|(a, b)| suffix(a) && suffix(b))
}

/// Whether a paragraph is a label and another story's headline ("Related: …", "WATCH: …"):
/// what follows the label is no sentence of the story.
pub fn is_labelled_headline(text: &str) -> bool {
    let text = text.trim();
    text.chars().count() <= 200 && patterns().label_line.find(text).is_some_and(|m| !reads_as_prose(&text[m.end()..]))
}

/// Whether a short line is a writer's job title set under the byline: "Travel
/// Correspondent", "Senior Political Reporter", "Staff Writer". A few capitalised words
/// ending in a word of `bio_roles.txt`.
pub fn is_role_line(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "and" | "&");
    let Some(last) = words.last() else { return false };
    let last = last.trim_end_matches(['.', ',']).to_lowercase();
    (1..=ROLE_LINE_MAX_WORDS).contains(&words.len())
        && words.iter().all(capitalised)
        && data_file!("page/extract/bio_roles.txt").lines().any(|role| role == last)
}

/// A job title is a few words: "Deputy Washington Bureau Chief Correspondent" at most.
const ROLE_LINE_MAX_WORDS: usize = 5;

/// Whether a heading introduces other stories ("Most read", "Related", "More from …").
pub fn is_related_heading(text: &str) -> bool {
    text.chars().count() <= 60 && (patterns().related_heading.is_match(text.trim()) || in_list(data_file!("page/extract/related_headings.txt"), text))
}

/// The siblings after a "Most read" heading that hold its stories: lists, and link-heavy
/// boxes, up to the next heading.
pub fn stories_after<N: Clone>(dom: &Dom<N>, heading: Id) -> Vec<Id> {
    let mut out = Vec::new();
    let mut next = dom.next_sibling(heading);
    while let Some(n) = next {
        next = dom.next_sibling(n);
        if !dom.is_element(n) {
            if dom.text(n).is_some_and(|t| !t.trim().is_empty()) {
                break;
            }
            continue;
        }
        let tag = dom.tag(n);
        if tag.starts_with('h') && tag.len() == 2 {
            break;
        }
        let text = dom.inner_text(n);
        // A link set straight after the label is itself the story it points to.
        let linked: usize = if tag == "a" { text.chars().count() } else { dom.elements_by_tag(n, &["a"]).into_iter().map(|a| dom.inner_text_len(a)).sum() };
        let mostly_links = linked * 2 >= text.chars().count();
        // A list of stories, or a box that is mostly links; prose ends the run.
        if !mostly_links && (!matches!(tag, "ul" | "ol") || reads_as_prose(&text)) {
            break;
        }
        out.push(n);
    }
    out
}

/// Whether a block says, in full, one line of a data list (lower case, white space
/// collapsed, closing marks left off).
fn in_list(list: &'static str, text: &str) -> bool {
    if text.len() > 120 {
        return false;
    }
    let said = text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let said = said.trim_end_matches(['.', ':', '!', '*', '\u{2026}', ' ', '\u{bb}', '>']);
    list.lines().any(|line| line == said)
}

/// Whether a short block is a caption or a credit by what it says: it ends with a wire
/// service or photo credit ("… (Reuters)", "Photograph: X/Getty Images") or starts as one.
pub fn is_credit_text(text: &str) -> bool {
    let text = text.trim();
    let p = patterns();
    text.chars().count() <= CAPTION_MAX_CHARS
        && (p.credit_end.is_match(text)
            || p.credit_start.is_match(text)
            || (text.split_whitespace().count() <= 14 && p.credit_line.is_match(text))
            || is_slash_credit(text))
}

/// Whether a caption's text is or ends with a photographer and agency joined by a slash:
/// the whole line "Chang W. Lee/The New York Times", "Jane Doe / AFP - Getty Images", or a
/// closing "(Jane Roe/Daily Bugle)", "(Reuters/Kevin Lamarque)". Each side is a few
/// capitalised words, and not both a single word ("(TCP/IP)").
fn is_slash_credit(text: &str) -> bool {
    let text = text.trim();
    if let Some(inner) = text.strip_suffix(')').and_then(|t| t.rsplit_once('(')).map(|(_, inner)| inner) {
        return credit_sides(inner);
    }
    !text.ends_with(['.', '!', '?', ':', ',']) && text.split_whitespace().count() <= 12 && credit_sides(text)
}

/// "Name/Agency": one slash, each side one to six words that start with a capital (or a
/// digit: "500px"), a side of two words at least.
fn credit_sides(credit: &str) -> bool {
    let Some((left, right)) = credit.split_once('/') else { return false };
    let capitalised = |side: &str| {
        let words: Vec<&str> = side.split_whitespace().filter(|w| !matches!(*w, "-" | "\u{2013}" | "\u{2014}" | "&" | "and" | "for" | "of" | "the")).collect();
        let ok = !words.is_empty() && words.len() <= 6 && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
        ok.then_some(words.len())
    };
    match (capitalised(left), capitalised(right)) {
        (Some(l), Some(r)) => !right.contains('/') && l + r >= 3 && !left.trim().is_empty() && !right.trim().is_empty(),
        _ => false,
    }
}

/// Whether a closing paragraph is its author's bio: a name of two to four capitalised words,
/// then "is" or "was" and a description that calls them a reporter, an editor, a
/// correspondent (`bio_roles.txt`), in at most three sentences ("Stella Kim is an NBC News
/// freelance producer based in Seoul."). A story's own paragraph seldom opens so and ends
/// the article; the caller asks only of the last blocks.
pub fn is_author_bio(text: &str) -> bool {
    static ROLES: OnceLock<Vec<&'static str>> = OnceLock::new();
    let roles = ROLES.get_or_init(|| data_file!("page/extract/bio_roles.txt").lines().collect());
    let text = text.trim();
    // "About the Author: Jane Roe is a staff writer …": the label says what follows.
    let text =
        ["About the Author:", "About the author:", "About the Authors:", "About the authors:"].iter().find_map(|l| text.strip_prefix(l)).unwrap_or(text).trim();
    let sentences = text.matches(". ").count() + 1;
    if text.chars().count() > 400 || sentences > 3 {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some(verb) = words.iter().take(5).position(|w| matches!(*w, "is" | "was" | "covers" | "writes" | "reports")) else { return false };
    let name = &words[..verb];
    let named = (2..=4).contains(&name.len()) && name.iter().all(|w| w.starts_with(char::is_uppercase));
    // "Jane Roe covers the Federal Reserve for The Times.": the beat is the description.
    if matches!(words[verb], "covers" | "writes" | "reports") {
        return named && words[verb + 1..].iter().take(20).any(|w| matches!(*w, "for" | "at"));
    }
    let describes = words.get(verb + 1).is_some_and(|w| matches!(*w, "a" | "an" | "the"));
    let first_sentence = text.split(". ").next().unwrap_or(text).to_lowercase();
    let role = first_sentence.split(|c: char| !c.is_alphanumeric()).any(|w| roles.contains(&w) || w.strip_suffix('s').is_some_and(|w| roles.contains(&w)));
    named && describes && role
}

/// Whether a line set just before the headline is its kicker: the section or topic label
/// ("ECONOMY", "Economics", "Being Texan") a template shows over the headline, a few words
/// that are no sentence.
pub fn is_kicker(text: &str) -> bool {
    let text = text.trim();
    let words = text.split_whitespace().count();
    (1..=KICKER_MAX_WORDS).contains(&words) && text.chars().count() <= KICKER_MAX_CHARS && !text.ends_with(['.', '!', '?', ':', '"', '\u{201d}'])
}

/// A kicker is a label: "Economy", "Opinion | Climate", "The Big Read" at most.
const KICKER_MAX_WORDS: usize = 4;
const KICKER_MAX_CHARS: usize = 40;

/// Whether a heading names another section's stories: "More in Economy", "More from
/// The Times" (a name of a few capitalised words after "More in|from|on|about").
pub fn is_more_in_heading(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let named = |w: &&str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || matches!(*w, "the" | "and" | "of" | "&");
    (3..=6).contains(&words.len())
        && words[0].eq_ignore_ascii_case("more")
        && matches!(words[1].to_lowercase().as_str(), "in" | "from" | "on" | "about")
        && words[2..].iter().all(named)
}

/// Whether a heading says "More" and a kind of piece, in the plural: "More explainers",
/// "More photo essays", "More videos". Other stories only if links follow it (see
/// [`links_after`]): a story's own subheading can say "More delays" over its paragraphs.
pub fn is_more_kind_heading(text: &str) -> bool {
    let words: Vec<&str> = text.trim().trim_end_matches([':', '.', '!', '\u{2026}', '\u{bb}', '>', ' ']).split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words[0].eq_ignore_ascii_case("more")
        && words[1..].iter().all(|w| w.chars().all(char::is_alphabetic))
        && !MORE_FUNCTION_WORDS.contains(&words[1].to_lowercase().as_str())
        && words.last().is_some_and(|w| w.chars().count() >= 4 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is"))
}

/// Words after "More" that make it a phrase ("More on this", "More than that"), not a
/// kind of piece.
const MORE_FUNCTION_WORDS: &[&str] =
    &["about", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "than", "that", "the", "these", "this", "those", "to", "with"];

/// Whether the stories after a heading (see [`stories_after`]) are there and are links,
/// each mostly its link's words: a list of other pieces, not a list of the story's points.
pub fn links_after<N: Clone>(dom: &Dom<N>, heading: Id) -> Vec<Id> {
    let stories = stories_after(dom, heading);
    let linked = |&n: &Id| {
        let text = dom.inner_text(n).chars().count();
        let links: usize = if dom.tag(n) == "a" { text } else { dom.elements_by_tag(n, &["a"]).into_iter().map(|a| dom.inner_text_len(a)).sum() };
        text > 0 && links * 2 >= text
    };
    if !stories.is_empty() && stories.iter().all(linked) {
        stories
    } else {
        Vec::new()
    }
}

/// Whether a block is a bare clock time, a live blog's time-stamp: "10:42 PM", "9.58am",
/// "14:05 GMT".
pub fn is_clock_time(text: &str) -> bool {
    let text = text.trim();
    let digits: String = text.chars().take_while(|c| c.is_ascii_digit() || *c == ':' || *c == '.').collect();
    let Some((h, m)) = digits.split_once([':', '.']) else { return false };
    let rest = text[digits.len()..].trim().to_ascii_lowercase().replace('.', "");
    let zone = rest.is_empty()
        || ["am", "pm"]
            .iter()
            .any(|x| rest == *x || rest.strip_prefix(x).is_some_and(|z| z.trim().len() <= 4 && z.trim().chars().all(|c| c.is_ascii_alphabetic())));
    let zone = zone || (rest.len() <= 4 && rest.chars().all(|c| c.is_ascii_alphabetic()));
    (1..=2).contains(&h.len()) && m.len() == 2 && zone
}

/// Whether a block is a live-blog post's time and byline, run together or not: "8:15pmBy
/// Rhiana Whitson", "9:42 PM By Jane Roe", or the time and the writer's bare name, as a
/// post's header sets them side by side ("14:30 Emma Virtanen", "9.05am Kofi Mensah").
pub fn is_stamped_byline(text: &str) -> bool {
    let text = text.trim();
    let by = text.match_indices("By ").any(|(i, _)| i > 0 && is_clock_time(&text[..i]) && is_byline_text(&text[i..]));
    let words: Vec<&str> = text.split_whitespace().collect();
    // The time may be one word or two ("14:30", "9:42 PM").
    by || (1..words.len().min(3)).any(|k| is_clock_time(&words[..k].join(" ")) && is_bare_name(&words[k..]))
}

/// Whether words are a person's bare name: two to four capitalised words of letters (and
/// the hyphens, apostrophes and stops of "Jean-Luc", "O'Neil", "J."), no sentence.
fn is_bare_name(words: &[&str]) -> bool {
    let initial = |w: &str| w.chars().count() == 2 && w.starts_with(char::is_uppercase) && w.ends_with('.');
    let name_word = |w: &&str| {
        initial(w)
            || (w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
                && w.chars().any(char::is_lowercase))
    };
    (NAME_MIN_WORDS..=NAME_MAX_WORDS).contains(&words.len()) && words.iter().all(name_word) && !words.last().is_some_and(|w| w.ends_with('.'))
}

/// A bare name is a given name and a family name, with a middle name or two at most.
const NAME_MIN_WORDS: usize = 2;
const NAME_MAX_WORDS: usize = 4;

/// Whether a block is a byline ("By Jane Roe, Reuters").
pub fn is_byline_text(text: &str) -> bool {
    let text = text.trim();
    let words = text.split_whitespace().count();
    // A name may hold initials ("By J. R. Roe"); a sentence of many words ends with a stop.
    let submitted = text.strip_prefix("Submitted by ").is_some_and(|rest| rest.starts_with(char::is_uppercase));
    words <= 14 && !(words > 6 && text.ends_with('.')) && (submitted || patterns().byline.is_match(text))
}

/// Whether a block is a dateline or a bare date and time.
pub fn is_dateline_text(text: &str) -> bool {
    let text = text.trim();
    text.chars().count() <= 120 && patterns().dateline.is_match(text)
}

pub use crate::text::stamps::is_time_stamp;

/// Whether a short block is a time stamp after the section's label, one to three
/// capitalised words ("All News 10:24 October 01, 2025", "World Updated 5 March 2025 09:14").
pub fn is_labelled_stamp(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=3).any(|k| {
        let label = words.iter().take(k).all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic));
        let rest = words.get(k..).unwrap_or(&[]);
        label && rest.len() >= 3 && rest.iter().any(|w| w.contains(':') || w.contains('.')) && is_time_stamp(&rest.join(" "))
    })
}

/// Whether a short line is a stamp in labelled parts set apart by bars ("Publish : 01 Dec
/// 2025, 08:10 AM | Update : 01 Dec 2025, 09:55 PM", "Posted: 3 March 2026 | Last
/// modified: 4 March 2026"): each part a label of one to three words, a colon, a time.
pub fn is_labelled_parts_stamp(text: &str) -> bool {
    let labelled = |part: &str| {
        let Some((label, time)) = part.split_once(':') else { return false };
        let words: Vec<&str> = label.split_whitespace().collect();
        (1..=3).contains(&words.len()) && words.iter().all(|w| w.chars().all(char::is_alphabetic)) && (is_time_stamp(time) || is_dateline_text(time.trim()))
    };
    text.chars().count() <= LABELLED_STAMP_MAX_CHARS && text.split('|').all(labelled)
}

/// Two labelled times and their bar are about this long at most.
const LABELLED_STAMP_MAX_CHARS: usize = 160;

/// Whether a short line is a post's meta line, its parts set apart by dots or bars: the
/// writer, a role, the date and a reading time ("Dana Okafor · Staff Engineer · November 18,
/// 2025 · 9 min read", "March 3, 2026 | 1,204 words | Jo Reyes"). A date and a reading
/// time or length among three parts or more, none a sentence.
pub fn is_meta_line(text: &str) -> bool {
    let parts: Vec<&str> = text.split(['·', '•', '|']).map(str::trim).filter(|p| !p.is_empty()).collect();
    let short = |p: &&str| p.split_whitespace().count() <= META_PART_MAX_WORDS && !p.ends_with(['.', '!', '?']);
    let dated = |p: &&str| is_time_stamp(p) || is_dateline_text(p);
    text.chars().count() <= META_LINE_MAX_CHARS
        && parts.len() >= 3
        && parts.iter().all(short)
        && parts.iter().any(dated)
        && parts.iter().any(|p| patterns().reading_time.is_match(p))
}

/// A meta line's part is a name, a job title or a date: a few words.
const META_PART_MAX_WORDS: usize = 6;
const META_LINE_MAX_CHARS: usize = 200;

/// Whether a heading opens a press release's closing boilerplate, which runs to the next
/// heading: its legal notice ("Forward-Looking Statements", "Safe Harbor Statement") or its
/// contacts ("Media Contact").
pub fn is_boilerplate_heading(text: &str) -> bool {
    let said = text.trim().trim_end_matches(':').trim().to_lowercase();
    let said = said.split_whitespace().collect::<Vec<_>>().join(" ");
    matches!(
        said.as_str(),
        "forward-looking statements"
            | "forward looking statements"
            | "cautionary note regarding forward-looking statements"
            | "cautionary statement regarding forward-looking statements"
            | "safe harbor statement"
            | "safe harbor"
            | "media contact"
            | "media contacts"
            | "press contact"
            | "press contacts"
            | "investor contact"
            | "investor contacts"
            | "investor relations contact"
            | "disclosure statement"
            | "disclosure statements"
    )
}

/// The name an "About Acme Robotics" heading introduces (a few capitalised words), whose
/// section is boilerplate when its first paragraph opens with that name.
pub fn about_heading_name(text: &str) -> Option<&str> {
    let rest = text.trim().strip_prefix("About ")?.trim().trim_end_matches(':');
    let words: Vec<&str> = rest.split_whitespace().collect();
    let named = !words.is_empty()
        && words.len() <= 6
        && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || matches!(*w, "of" | "and" | "&" | "the"));
    (named && !matches!(words[0], "The" | "This" | "Our" | "Us")).then_some(rest)
}

/// Whether a closing line names the press release's source: "SOURCE Acme Robotics, Inc."
pub fn is_release_source_line(text: &str) -> bool {
    let text = text.trim();
    text.chars().count() <= 100 && text.strip_prefix("SOURCE ").is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()))
}

/// Whether text reads as prose: a sentence of several words that ends as sentences do,
/// not a headline, a label or a call to action.
pub fn reads_as_prose(text: &str) -> bool {
    let text = text.trim();
    let words = text.split_whitespace().count();
    let end = text.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»', '*']);
    words >= 8 && end.ends_with(['.', '!', '?', '…', '。']) && !patterns().promo_lead.is_match(text) && !patterns().promo_phrase.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn product_box(markup: &str) -> bool {
        let dom = Dom::copy(&crate::page::html::parse(&format!("<html><body>{markup}</body></html>")));
        let boxes: Vec<Id> = dom.descendants(dom.root).into_iter().filter(|&n| dom.attr(n, "id") == Some("box")).collect();
        is_product_box(&dom, boxes[0])
    }

    #[test]
    fn shop_buttons_and_prices_at_a_shop_are_shop_calls() {
        for call in [
            "Shop Now",
            "BUY NOW »",
            "Check Price",
            "See latest price",
            "Buy at Walmart",
            "Shop on Etsy",
            "$39.99 at Amazon",
            "£24 from John Lewis",
            "€1,299.00 at MediaMarkt",
            "Add to cart",
        ] {
            assert!(is_shop_call(call), "{call}");
        }
        // A headline, a sentence, a price said without a shop, and a place are no shop calls.
        for text in [
            "Shopping centres reopen",
            "Buy now, pay later firms face new rules",
            "$39.99",
            "Shop at the heart of the village wins award for best",
            "Meet me at noon",
        ] {
            assert!(!is_shop_call(text), "{text}");
        }
    }

    #[test]
    fn a_product_card_or_strip_is_a_product_box_but_prose_with_a_shop_link_is_not() {
        // A card with a label, a name, a price and a button.
        assert!(product_box(
            "<div id='box'><span>Our pick</span><h3>Sunrise Alarm Clock</h3><p>$39.99 at Amazon</p><a rel='sponsored' href='#'>Shop Now</a></div>"
        ));
        // A strip of several products, each with its button.
        assert!(product_box("<section id='box'><h3>Shop the story</h3><div><h4>Wool Throw</h4><a href='#'>£45 at John Lewis</a></div><div><h4>Candle</h4><a href='#'>£12 at Boots</a></div></section>"));
        // A deal box whose button names the shop, its one line of blurb short.
        assert!(product_box("<aside id='box'><h4>Kindle Paperwhite</h4><p>Lowest price this year.</p><a class='btn'>Check price</a></aside>"));
        // A story's paragraphs that link a shop in a sentence, and a box with no shop call.
        assert!(!product_box("<div id='box'><p>The company said the new model, which sells for $129, will be in stores in March and online from Friday, and analysts expect strong sales over the holidays.</p><p>Readers who want one now can <a href='#'>buy it</a> directly from the maker, which said it had doubled production.</p><a href='#'>Shop</a></div>"));
        assert!(!product_box("<div id='box'><h3>Related</h3><a href='#'>Energy bills to rise in January</a></div>"));
        // A review's verdict box: a score and a "Buy Now" beside its pros, cons and summary.
        assert!(!product_box(
            "<div id='box'><div><a href='#'>$499 at Amazon</a><div>87</div></div><h5>Pros</h5><ul><li>Most powerful hardware ever in a home console</li>
             <li>Solid selection of enhanced titles</li><li>4K Blu-ray drive is great for movie fans</li></ul><h5>Cons</h5><ul><li>Expensive</li>
             <li>Not worth it if you don't have a 4K TV</li><li>Still no VR support</li></ul><h4>Summary</h4><p>As promised, it is the most powerful console
             ever, but it only puts the maker on equal footing with its rival</p></div>"
        ));
    }

    #[test]
    fn stamps_in_labelled_parts_and_post_meta_lines_are_metadata() {
        assert!(is_labelled_parts_stamp("Publish : 01 Dec 2025, 08:10 AM | Update : 01 Dec 2025, 09:55 PM"));
        assert!(is_labelled_parts_stamp("Posted: March 3, 2026 | Last modified: March 4, 2026"));
        assert!(is_labelled_parts_stamp("Updated : 14 Feb 2027 18:02"));
        assert!(!is_labelled_parts_stamp("Deadline: the council must decide by March 3, 2026, officials said."));
        assert!(!is_labelled_parts_stamp("Score: 3-1 | Attendance: 41,000"));
        assert!(is_meta_line("Dana Okafor · Staff Engineer, Developer Productivity · November 18, 2025 · 9 min read"));
        assert!(is_meta_line("March 3, 2026 | 1,204 words | Jo Reyes"));
        assert!(is_meta_line("Priya Shah • 12 Jan 2027 • 5 minutes"));
        assert!(!is_meta_line("Doors open at 7 · Tickets £12 · March 3, 2026"));
        assert!(!is_meta_line("The show ran 9 min over. It ended March 3, 2026 · Fans waited · Nobody left."));
    }

    #[test]
    fn a_translated_storys_credit_for_its_original_is_a_credit_note() {
        assert!(is_credit_note("(Japanese original by Ryo Takahashi, Business News Department)"));
        assert!(is_credit_note("Translated by Ana Ruiz."));
        assert!(is_credit_note("(English translation by Kim Min-jun)"));
        assert!(!is_credit_note("Original by design, the building was meant to last a century and it has."));
        assert!(!is_credit_note("The translation by the ministry was wrong, the court said."));
    }

    #[test]
    fn camel_case_media_wrapper_names_count_word_by_word() {
        assert!(media_name("VideoPlayer"));
        assert!(media_name("InlineImage-wrapper"));
        assert!(media_name("storyPhoto"));
        assert!(!media_name("ArticleBody"));
        assert!(!media_name("Imagery-essay"));
    }

    #[test]
    fn an_appeal_for_readers_money_says_several_appeal_phrases() {
        assert!(is_appeal(
            "Before you go… we have a small favor to ask. The Valley Ledger is reader-supported. Please consider making a gift of as little as $5 today."
        ));
        assert!(is_appeal("Your support keeps our newsroom going. Every contribution counts. Support us with a regular amount each month."));
        // A story about a fundraiser may quote a phrase or two.
        assert!(!is_appeal("“Every contribution matters,” said the food bank’s director, who asked residents to consider supporting the drive."));
        assert!(!is_appeal("The council voted to raise water rates by 9 percent."));
    }

    #[test]
    fn ad_widget_names_go_unless_they_hook_the_body_but_consent_names_always_go() {
        assert!(ad_furniture("taboola-below-article"));
        assert!(ad_furniture("ad-slot advert"));
        assert!(!ad_furniture("story-body"));
        assert!(!always_furniture("storyDetails taboola-readmore"));
        assert!(always_furniture("gdpr-consent-box"));
    }

    #[test]
    fn camel_case_furniture_names_count_word_by_word() {
        assert!(small_furniture("storyTags"));
        assert!(small_furniture("newsletterBox"));
        assert!(small_furniture("cli cli-support-huffpost"));
        assert!(small_furniture("donation-ask"));
        assert!(!small_furniture("storyBody"));
        assert!(!small_furniture("supporting-docs-body"));
    }

    #[test]
    fn share_buttons_set_without_spaces_and_twitter_renamed_are_a_share_row() {
        assert!(is_share_row("FacebookX (formerly Twitter)Copy link"));
        assert!(is_share_row("Share ViaCopy Link"));
        assert!(is_share_row("EmailWhatsAppShare"));
        assert!(!is_share_row("Facebook shares fell 4%"));
        assert!(!is_share_row("Xenon"));
    }

    #[test]
    fn stamps_printed_twice_and_german_clock_times_are_time_stamps() {
        assert!(is_time_stamp("Posted Mon 30 Nov 2026 at 4:02pmMon 30 Nov 2026 at 4:02pm, updated Mon 30 Nov 2026 at 6:15pmMon 30 Nov 2026 at 6:15pm"));
        assert!(is_time_stamp("Posted Tue 3 Mar 2026 at 9:40amTue 3 Mar 2026 at 9:40am"));
        assert!(is_time_stamp("30.11.2026, 12.48 Uhr"));
        assert!(is_time_stamp("04.02.2027, 7.05 Uhr"));
        assert!(!is_time_stamp("The meeting ran from 4:02pm to 6:15pm on Monday, and members voted at the end."));
    }

    #[test]
    fn funding_partnership_and_syndication_notes_are_credit_notes() {
        assert!(is_credit_note(
            "The Associated Press’ education coverage receives financial support from several private foundations. AP is solely responsible for all content."
        ));
        assert!(is_credit_note("The Daily Record is solely responsible for the content of this series."));
        assert!(is_credit_note("Grand State University provides funding as a member of The Conversation UK."));
        assert!(is_credit_note("This story was produced in partnership with Mountain Public Radio."));
        assert!(is_credit_note("This article was produced in collaboration with the Lake Institute for Nonprofit News."));
        assert!(is_credit_note("This article originally appeared on Detroit Free Press: Lions win again"));
        assert!(is_credit_note("Republish our articles for free, online or in print, under a Creative Commons license."));
        assert!(!is_credit_note("The hospital receives financial support from the state, officials said, and is responsible for the clinic."));
        assert!(!is_credit_note("The mayor said the story was produced by rumours, not facts."));
    }

    #[test]
    fn a_writers_job_title_alone_is_a_role_line() {
        assert!(is_role_line("Travel Correspondent"));
        assert!(is_role_line("Senior Political Reporter"));
        assert!(is_role_line("Chief Film Critic"));
        assert!(!is_role_line("She is a reporter"));
        assert!(!is_role_line("Correspondents Dinner Draws Protest In Washington Tonight"));
        assert!(!is_role_line("Weather"));
    }

    #[test]
    fn ad_labels_with_a_scroll_call_and_audio_widget_labels_are_slugs() {
        assert!(is_slug("Advertisement · Scroll to continue"));
        assert!(is_slug("Ad • Story continues below"));
        assert!(is_slug("Listen to this article nowPowered by Newsweek AI"));
        assert!(is_slug("Listen to this article Powered by Trinity Audio"));
        assert!(!is_slug("Listen to this: the council voted 7-2 on Monday."));
    }

    #[test]
    fn appeals_and_inbox_calls_are_reader_calls_and_comment_closers_are_lines() {
        assert!(is_reader_call("Your support helps us to keep reporting from the statehouse."));
        assert!(is_reader_call("Get local news delivered to your inbox!"));
        assert!(is_reader_call("At such a moment, your donation allows us to keep reporters in the field."));
        assert!(is_furniture_line("Be the first to know"));
        assert!(is_furniture_line("The discussion has been closed."));
        assert!(is_furniture_line("Comments are closed"));
        assert!(is_furniture_line("Ready for more?"));
        assert!(!is_reader_call("The charity said donations fell 12% last year."));
    }

    #[test]
    fn disclosure_statements_are_boilerplate_sections() {
        assert!(is_boilerplate_heading("Disclosure statement"));
        assert!(is_boilerplate_heading("Disclosure Statements:"));
        assert!(!is_boilerplate_heading("Disclosure rules tighten"));
    }

    #[test]
    fn names_are_matched_by_whole_words() {
        assert!(always_furniture("cookie-policy cookie-banner"));
        assert!(always_furniture("ot-sdk onetrust-banner"));
        assert!(!always_furniture("article-body"));
        assert!(small_furniture("share-tools"));
        assert!(small_furniture("c-most-read"));
        assert!(small_furniture("author-box vcard"));
        assert!(small_furniture("post_about_the_author"));
        assert!(small_furniture("c-more-stories"));
        assert!(!small_furniture("author-name"));
        assert!(!small_furniture("story-body more"));
        assert!(!small_furniture("shareholders-report"));
        assert!(caption_name("cutline js-caption"));
        assert!(caption_name("image-credit-wrap"));
        assert!(caption_name("ImageCaption"));
        assert!(!caption_name("accredited-body"));
        assert!(media_name("article-image"));
        assert!(!media_name("imagery"));
    }

    #[test]
    fn slugs_are_whole_blocks_only() {
        for slug in [
            "Advertisement",
            "ADVERTISEMENT",
            "Story continues below advertisement",
            "Continue reading the main story",
            "Share this article",
            "Most read",
            "Skip Advertisement",
            "Related:",
        ] {
            assert!(is_slug(slug), "{slug}");
        }
        for text in [
            "Advertisement revenue fell 4% last year.",
            "Read more about the budget in our explainer, which covers every line.",
            "The story continues below the fold.",
        ] {
            assert!(!is_slug(text), "{text}");
        }
    }

    #[test]
    fn comment_form_lines() {
        for line in ["Leave a Reply", "Leave a Comment:", "Your email address will not be published. Required fields are marked *", "Be the first to comment!"]
        {
            assert!(is_furniture_line(line), "{line}");
        }
        assert!(!is_furniture_line("Leave a reply, the minister told the committee, and we will answer it."));
    }

    #[test]
    fn notices_and_promos() {
        for notice in [
            "Copyright 2026 The Associated Press. All rights reserved.",
            "© Daily Bugle 2026",
            "Our Standards: The Thomson Reuters Trust Principles.",
            "3 of 12",
            "Topics: Schools, Budget",
        ] {
            assert!(is_notice(notice), "{notice}");
        }
        assert!(!is_notice("Copyright law, the judge said, had not kept up with the internet, and the case would go on."));
        assert!(is_promo_sentence("Sign up for our daily newsletter here."));
        assert!(!is_promo_sentence("The mayor said the ban would stay."));
    }

    #[test]
    fn credits_are_told_by_their_ends() {
        for credit in [
            "Protesters march through the capital on Tuesday. (Reuters)",
            "(Photo: Dana Whitfield, AP)",
            "The mayor speaks. Photograph: Jane Doe/Getty Images",
            "Photo: AP",
            "Firefighters at the scene (AP Photo/John Smith)",
        ] {
            assert!(is_credit_text(credit), "{credit}");
        }
        for credit in [
            "Students line up for lunch at Lincoln Elementary on Monday. (Jane Roe/Daily Bugle)",
            "Chang W. Lee/The New York Times",
            "Anthony Wallace / AFP - Getty Images",
            "Benoit Tessier/Reuters",
            "A vigil outside the court. (Reuters/Kevin Lamarque)",
        ] {
            assert!(is_credit_text(credit), "{credit}");
        }
        for text in [
            "WASHINGTON (Reuters) - The Senate voted on Tuesday to pass the bill.",
            "The mayor said the photo was taken in 2019.",
            "The network still runs on old protocols (TCP/IP)",
            "Yes/No",
            "He said the choice was between Labour and the Tories / and nobody else.",
            "Prices rose 4% in the year to March (or 3.2% on the old measure/index).",
        ] {
            assert!(!is_credit_text(text), "{text}");
        }
    }

    #[test]
    fn bylines_and_datelines() {
        assert!(is_byline_text("By Jane Roe and John Doe, Reuters"));
        assert!(!is_byline_text("By the end of the year, prices had risen by a third."));
        assert!(!is_byline_text("by far the largest"));
        for date in ["Published 3:04 PM EST, Mon November 30, 2026", "Updated: Nov. 30, 2026", "November 30, 2026", "30 November 2026, 10:04 GMT", "2026-11-30"]
        {
            assert!(is_dateline_text(date), "{date}");
        }
        assert!(!is_dateline_text("Updated figures show 30 people were hurt in the blast on Monday, the police said."));
    }

    #[test]
    fn author_bios_by_what_they_say() {
        for bio in [
            "Stella Kim is an NBC News freelance producer based in Seoul.",
            "Jennifer Jett is the Asia Digital Editor for NBC News, based in Hong Kong.",
            "Jane Roe is a senior reporter covering education and city hall for the Daily Bugle since 2015. She lives in Springfield.",
            "Omar Haddad was a staff writer at the Bugle until 2024.",
            "Jeanna Smialek covers the Federal Reserve and the economy for The Times. She has covered the Fed since 2013.",
            "About the Author: Ross Andersen is a staff writer at The Atlantic. Follow",
        ] {
            assert!(is_author_bio(bio), "{bio}");
        }
        for text in [
            "The mayor is expected to sign the measure next week.",
            "John Smith is a former police officer who was arrested on Monday.",
            "Jane Roe, a reporter for the Bugle, was detained at the border for six hours and released without charge.",
            "Smith is a reporter.",
            "The Fed covers its costs from the interest on its bonds.",
        ] {
            assert!(!is_author_bio(text), "{text}");
        }
    }

    #[test]
    fn more_in_headings_and_clock_times() {
        assert!(is_more_in_heading("More in Economy"));
        assert!(is_more_in_heading("More from the Opinion Desk"));
        assert!(!is_more_in_heading("More in store for the schools"));
        assert!(!is_more_in_heading("More"));
        assert!(!is_more_in_heading("More in the Economy than Ever Before and Beyond"));
        for time in ["10:42 PM", "9.58am", "14:05 GMT", "7:00 p.m."] {
            assert!(is_clock_time(time), "{time}");
        }
        for text in ["10:42 PM: the polls close", "2,840,112", "51.1", "1:39 PM ET extra words"] {
            assert!(!is_clock_time(text), "{text}");
        }
    }

    #[test]
    fn credit_notes_close_the_story() {
        for note in [
            "Reporting by Stanley Widianto in Jakarta; Additional reporting by Fransiska Nangoy in Singapore; Editing by Robert Birsel",
            "Writing by Kanupriya Kapoor; Editing by Robert Birsel",
            "Associated Press writer Ana Martinez contributed to this report from Washington.",
            "CNN’s Jane Roe and John Doe contributed to this report.",
            "Abigail Williams and Beomsu Jo contributed reporting.",
            "(With inputs from PTI)",
            "— With files from The Canadian Press",
            "-- Bloomberg",
            "Contributing: Jane Roe, USA TODAY",
            "This article was originally published on The Conversation. Read the original article.",
            "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)",
            "This website and all documents on it are licensed under a Creative Commons Attribution-Share Alike 3.0 United States License .",
        ] {
            assert!(is_credit_note(note), "{note}");
        }
        for text in [
            "Reporting by local papers, the minister said, had been unfair to the council for years.",
            "Volunteers contributed to the cleanup, which took three days and cost the town $40,000.",
            "With inputs from the public, the plan was changed twice before the vote.",
            "The data is published under an open licence, officials said.",
        ] {
            assert!(!is_credit_note(text), "{text}");
        }
    }

    #[test]
    fn time_stamps_in_any_order() {
        for stamp in ["March 20, 2024 Updated 4:41 p.m. ET", "Posted: Mon 30 Nov 2026 | 9:12am", "1h ago", "3 hours ago", "Updated 10.45 GMT", "Nov. 30, 2026"]
        {
            assert!(is_time_stamp(stamp), "{stamp}");
        }
        for text in ["May 2026 be a better year.", "On Monday, March 2, the council met again.", "Updated", "2,840,112", "Monday"] {
            assert!(!is_time_stamp(text), "{text}");
        }
    }

    #[test]
    fn press_release_tails() {
        assert!(is_boilerplate_heading("Forward-Looking Statements"));
        assert!(is_boilerplate_heading("Media Contacts:"));
        assert!(!is_boilerplate_heading("Statements from the council"));
        assert_eq!(about_heading_name("About Acme Robotics"), Some("Acme Robotics"));
        assert_eq!(about_heading_name("About the pipes"), None);
        assert_eq!(about_heading_name("About The Author"), None);
        assert!(is_release_source_line("SOURCE Acme Robotics, Inc."));
        assert!(!is_release_source_line("Source code is on GitHub."));
        assert!(is_notice("Media Contact: Jane Roe, press@acme.com, +1 408-555-0100"));
    }

    #[test]
    fn links_to_the_page_itself() {
        let own = Some("/live/2026/nov/30/water-rates");
        assert!(is_same_page("#block-3", own));
        assert!(is_same_page("https://www.example.com/live/2026/nov/30/water-rates?page=with:block-3#block-3", own));
        assert!(is_same_page("/live/2026/nov/30/water-rates/", own));
        assert!(!is_same_page("/news/other-story", own));
        assert!(!is_same_page("other-story.html", own));
        assert!(!is_same_page("/news/other-story", None));
    }

    #[test]
    fn reader_calls_after_a_question() {
        assert!(is_promo_call("Enjoying this? Subscribe to get every post in your inbox."));
        assert!(is_promo_call("Sign up for our daily newsletter."));
        assert!(!is_promo_call("Why subscribe? The council has asked itself that about the pipes."));
        for call in [
            "Download the Daily Record Lite App on Google Play Store",
            "Support independent journalism. Donate today.",
            "Have a news tip? Email us at tips@example.com.",
            "Stay up to date with the latest news on WhatsApp.",
        ] {
            assert!(is_promo_call(call), "{call}");
        }
    }

    #[test]
    fn wire_notes_and_editing_credits() {
        for note in [
            "—With assistance from Grant Smith and Yongchang Chin.",
            "-- With assistance from Jane Roe",
            "(Updates with analyst comment in third paragraph.)",
            "(Adds details throughout)",
            "Le Monde with AFP",
            "Edited by: Wesley Dockery",
        ] {
            assert!(is_credit_note(note), "{note}");
        }
        for text in
            ["With assistance from the state, the town rebuilt the bridge in 2019.", "(Updates)", "(Updates with comment (AP))", "The mayor met with AP"]
        {
            assert!(!is_credit_note(text), "{text}");
        }
    }

    #[test]
    fn reader_calls_anywhere_in_a_short_paragraph() {
        assert!(is_reader_call("While you're here: every Tuesday our editors round up the week. You can sign up here for the newsletter."));
        assert!(is_reader_call("Do You Have a Tip?"));
        assert!(is_reader_call("If you share our vision, please consider supporting our work by becoming a Member."));
        assert!(!is_reader_call("The union said members would vote on the offer next week."));
        let long = format!("{} You can sign up here.", "The council said the plan would go ahead. ".repeat(8));
        assert!(!is_reader_call(&long));
    }

    #[test]
    fn bare_counts_and_foreign_furniture() {
        for count in ["12", "1.2K", "3,400", "14"] {
            assert!(is_bare_count(count), "{count}");
        }
        for text in ["12 people", "K", "1.2.3 release notes", "2026-11-30"] {
            assert!(!is_bare_count(text), "{text}");
        }
        for label in ["Publicidad", "ANZEIGE", "Publicité", "Реклама"] {
            assert!(is_furniture_line(label), "{label}");
        }
        for heading in ["Más información", "Mehr zum Thema", "À lire aussi :", "Leggi anche"] {
            assert!(is_related_heading(heading), "{heading}");
        }
        assert!(!is_related_heading("Más información sobre el agua llegará el lunes"));
        assert!(is_byline_text("Submitted by Tom Reyes on Wed, 03/11/2026 - 09:30"));
        assert!(is_time_stamp("6 min read · Mar 1, 2026"));
        assert!(is_stamped_byline("8:15pmBy Rhiana Whitson"));
        assert!(is_stamped_byline("9:42 PM By Jane Roe"));
        assert!(!is_stamped_byline("By 9pm the polls had closed."));
        // The time and the writer's bare name, as a post's header sets them.
        assert!(is_stamped_byline("14:30 Emma Virtanen"));
        assert!(is_stamped_byline("9.05am Kofi Mensah"));
        assert!(is_stamped_byline("10:12 PM Jean-Luc O'Neil"));
        assert!(is_stamped_byline("08:00 Mary J. Blige"));
        assert!(!is_stamped_byline("14:30 Police said the road was closed."));
        assert!(!is_stamped_byline("9:00 Kickoff"));
        assert!(!is_stamped_byline("12:40 NATO Summit Opens In The Hague Today"));
        assert!(!is_stamped_byline("Emma Virtanen 14:30 Jussi"));
    }

    #[test]
    fn share_rows_chart_credits_and_headline_companions() {
        for row in [
            "Share Save",
            "COMMents SHARE Copy link Email Facebook Twitter Telegram LinkedIn WhatsApp Reddit",
            "18 Likes · 4 Restacks",
            "Responses (48)",
            "2.1K48",
        ] {
            assert!(is_share_row(row) || is_bare_count(row), "{row}");
        }
        for text in ["Share prices fell 4%", "48", "Email the council by Friday"] {
            assert!(!is_share_row(text), "{text}");
        }
        assert!(is_chart_credit("Source: CBRE. Chart: Crain's"));
        assert!(is_chart_credit("Data: Census Bureau"));
        assert!(!is_chart_credit("Source: the mayor told us the plan was dead."));
        assert!(!is_chart_credit("The source said: no deal."));
        for name in ["ArticleDek", "dek", "article__kicker", "sdc-article-header__sub-title", "teaser-text", "pw-subtitle-paragraph", "series-title"] {
            assert!(header_name(name), "{name}");
        }
        for name in ["article-body", "decking", "story-text", "subtitles-track"] {
            assert!(!header_name(name), "{name}");
        }
    }

    #[test]
    fn prose_is_a_sentence_not_a_headline() {
        assert!(reads_as_prose("On Friday, three of the accused, aged 47, 28 and 35, denied the charge of murder at the crown court."));
        assert!(!reads_as_prose("Mayor says ban will stay after long debate in the council"));
        assert!(!reads_as_prose("Read more: the mayor says the ban will stay in place for good."));
        assert!(!reads_as_prose("Short one."));
    }

    #[test]
    fn stamps_whose_boxes_run_together_are_time_stamps() {
        assert!(is_time_stamp("Issued on: 30/11/2026 - 14:22Modified: 30/11/2026 - 17:05"));
        assert!(is_time_stamp("07:00, 30 Nov 2026Updated 09:14, 30 Nov 2026"));
        assert!(is_time_stamp("Published 4 May 2025Last updated 6 May 2025"));
        // A figure glued to a word is no stamp: "3million", "issued 40 bonds".
        assert!(!is_time_stamp("30 Nov 2026 3million"));
        assert!(!is_time_stamp("Issued 40 bonds on 3 May"));
    }

    #[test]
    fn a_publisher_with_its_agencies_is_a_credit_note() {
        assert!(is_credit_note("(FRANCE 24 with AFP and Reuters)"));
        assert!(is_credit_note("DW with Reuters, dpa"));
        assert!(is_credit_note("RFI with AFP & AP."));
        assert!(is_credit_note("Le Monde with AFP"));
        // A sentence about an agency is story: a verb, a lower-case word, an unknown name.
        assert!(!is_credit_note("He spoke with Reuters."));
        assert!(!is_credit_note("Talks with Reuters editors"));
        assert!(!is_credit_note("The Mayor with Aides"));
    }

    #[test]
    fn social_network_embeds_and_pull_quotes_by_name() {
        assert!(embedded_post("twitter-tweet"));
        assert!(embedded_post("instagram-media instagram-media-rendered"));
        assert!(embedded_post("tiktok-embed"));
        assert!(embedded_post("bluesky-embed"));
        assert!(!embedded_post("tweet-this"));
        assert!(!embedded_post("social-share twitter"));
        assert!(pull_quote_name("ArticlePullquote_root"));
        assert!(pull_quote_name("pull-quote wpds-c-gkHaTh"));
        assert!(pull_quote_name("PullQuote"));
        assert!(!pull_quote_name("quote-block"));
        assert!(!pull_quote_name("pull-right"));
    }

    #[test]
    fn read_also_and_missed_it_labels_introduce_other_stories() {
        for label in ["Read also", "READ ALSO:", "In case you missed it", "IN CASE YOU MISSED IT"] {
            assert!(is_related_heading(label), "{label}");
        }
        assert!(!is_related_heading("In case you missed it, the bridge reopens on Monday."));
        assert!(is_slug("LIVE"));
        assert!(is_slug("Live now"));
        assert!(!is_slug("Live music returns"));
    }

    #[test]
    fn subscription_and_comment_calls_are_reader_calls() {
        assert!(is_reader_call("Quality journalism matters more than ever. By subscribing, you can help us get the story right."));
        assert!(is_reader_call("Subscribers can comment on this article. We encourage a civil debate."));
        assert!(!is_reader_call("By subscribing to the county's alert list, residents get flood warnings by text."));
        assert!(!is_reader_call("The minister declined to comment on this article's claims."));
    }

    #[test]
    fn ad_boxes_named_with_ad_and_a_box_word() {
        assert!(ad_furniture("ad-container"));
        assert!(ad_furniture("c-adWrapper"));
        assert!(ad_furniture("story_ad_unit mrec"));
        assert!(!ad_furniture("has-ad article-body"));
        assert!(!ad_furniture("ad-free-story"));
        assert!(!ad_furniture("head-container"));
    }

    #[test]
    fn paywall_offers_are_appeals() {
        assert!(is_appeal("Subscribe to unlock this article. Try unlimited access: only €1 for 4 weeks, then €39 per month. Complete digital access on any device. Cancel anytime."));
        // A story about a streaming service's prices says one or two of them.
        assert!(!is_appeal("The service will offer unlimited access to its catalogue for $9 a month, the company said."));
    }

    #[test]
    fn writers_addresses_translation_and_funding_notes_are_not_story() {
        assert!(is_address_line("kimsh@heraldcorp.com"));
        assert!(is_address_line(" j.roe-smith@news.example.co.nz. "));
        assert!(!is_address_line("Write to tips@example.com with your story."));
        assert!(!is_address_line("@cityhall"));
        assert!(is_credit_note("Translation of an original article published in Spanish on elpais.com."));
        assert!(is_credit_note("This article was translated from German by the DW newsroom."));
        assert!(is_credit_note("Local Democracy Reporting is public interest journalism funded by the BBC."));
        assert!(!is_credit_note("The new program is funded through a state grant, officials said."));
        assert!(is_slug("Subscribers only"));
        assert!(is_slug("Continue reading your article with a WSJ subscription"));
        assert!(is_slug("Keep reading this story with a Daily Ledger membership."));
        assert!(!is_slug("Continue reading your article with a pencil in hand"));
        assert!(is_share_row("Reply Share Thank 3"));
    }

    #[test]
    fn membership_asks_are_appeals_and_comment_sign_offs_are_calls() {
        assert!(is_appeal("Support The Valley Ledger. Every story you read is made possible by our members. Join them today and get an ad-free experience."));
        assert!(is_appeal("Please join our community of readers. For as little as $5 a month you back independent journalism and get exclusive content."));
        // A story about a paper's members says one or two of these.
        assert!(!is_appeal("The paper said its new membership scheme is made possible by a grant and offers exclusive content to donors."));
        assert!(is_reader_call("If you want to add a comment, please subscribe. Thank you for reading the Ledger."));
        assert!(!is_reader_call("The council will read each comment before it votes."));
    }

    #[test]
    fn publishers_sign_offs_and_picture_copyright_lines_are_not_story() {
        for line in ["-- BERNAMA", "– Rappler.com", "—IANS", "- Inquirer.net.", "-- KUNA"] {
            assert!(is_sign_off(line), "{line}");
        }
        for line in ["— Jane Roe", "- The mayor said no.", "-- 30 --", "BERNAMA"] {
            assert!(!is_sign_off(line), "{line}");
        }
        assert!(is_notice("-- fotoBERNAMA (2026) COPYRIGHT RESERVED"));
        assert!(is_notice("Follow us on social media : Facebook : @dailyledger, @ledgertv Twitter : @ledger, @ledgertv, @ledgerradio Instagram : @ledgerofficial TikTok : @ledgerofficial"));
        assert!(!is_notice(
            "The band said its copyright was reserved for the songwriters, who had sued the label in 2019 over the rights to their first two albums."
        ));
    }

    #[test]
    fn publishers_notes_to_the_reader_seen_on_new_sites_are_reader_calls() {
        // An AI voice note over the story, a follow-topics prompt, a messaging-app channel,
        // a tip line on Signal, an institution's access note, a portal's closing promo.
        assert!(is_reader_call("This audio is generated by an AI tool."));
        assert!(is_reader_call("Click the bell to follow topics and get alerts."));
        assert!(is_reader_call("Click here to join our Telegram channel for the latest updates"));
        assert!(is_reader_call("Know something about the county jail? Reach our reporters on Signal at 555-0142."));
        assert!(is_reader_call("You have full access to this article via Leiden University."));
        assert!(is_reader_call("Catch all the Business News, Breaking News and Latest News Updates on Daily Mint."));
        // The story's own words about the same things stay.
        assert!(!is_reader_call("The app's audio, generated from a recording of the actor, was removed on Friday."));
        assert!(!is_reader_call("Protesters used Signal to organise the march, police said."));
    }

    #[test]
    fn additional_reporting_names_without_by_are_a_credit() {
        assert!(is_credit_note("Additional reporting Seán Whelan"));
        assert!(is_credit_note("Additional reporting Aoife Hegarty and Conor McMorrow"));
        assert!(is_credit_note("Additional reporting by Jane Roe in Rome"));
        // A sentence of the story that opens with the same words stays.
        assert!(!is_credit_note("Additional reporting requirements for landlords take effect in March."));
    }

    #[test]
    fn a_publishers_note_on_itself_is_a_credit() {
        assert!(is_credit_note("CalMatters is a nonprofit newsroom covering California's state Capitol and politics. Learn more."));
        assert!(is_credit_note("Stateline is part of States Newsroom, a nonprofit news network supported by grants and a coalition of donors."));
        assert!(is_credit_note("The Lens is an independent news organization that investigates government in New Orleans."));
        // A story's sentence about another newsroom, set inside the text, is not the note.
        assert!(!is_credit_note("The council said it would respond to questions from reporters on Monday, after the vote."));
        assert!(!is_credit_note("Its owner said the deal would close in March. The paper is a newsroom of 12 reporters."));
    }

    #[test]
    fn a_papers_doi_line_is_a_notice() {
        assert!(is_notice("doi: https://doi.org/10.1126/science.adq1234"));
        assert!(is_notice("DOI: 10.1016/j.cell.2026.01.004"));
        assert!(!is_notice("The paper's DOI was listed in the complaint, the university said."));
    }

    #[test]
    fn first_uploaded_stamps_are_datelines() {
        assert!(is_dateline_text("First uploaded on: 02-12-2026 at 14:05 IST"));
        assert!(is_dateline_text("Uploaded: 3 December 2026"));
        assert!(!is_dateline_text("Uploaded videos show the flooding in the town centre on Monday."));
    }

    #[test]
    fn a_noun_before_you_may_like_still_heads_other_stories() {
        assert!(is_related_heading("Stories you might be interested in"));
        assert!(is_related_heading("Articles you may have missed"));
        assert!(is_related_heading("You might also like"));
        assert!(!is_related_heading("Stories you might have told differently"));
    }

    #[test]
    fn call_to_action_names_mark_boxes_not_paragraphs() {
        assert!(call_box("div", "wp-block-acme-inline-cta"));
        assert!(call_box("section", "CallToAction promo"));
        assert!(call_box("aside", "cta-box"));
        assert!(!call_box("p", "cta-fandom-contributor"));
        assert!(!call_box("div", "actant octal"));
    }

    #[test]
    fn breadcrumbs_and_glued_story_tags_are_small_furniture() {
        assert!(small_furniture("m-breadcrumb"));
        assert!(small_furniture("c-breadcrumbs"));
        assert!(small_furniture("storytags"));
    }

    #[test]
    fn labelled_bylines_are_bylines() {
        assert!(is_byline_text("WRITER: Somchai Wongsa"));
        assert!(is_byline_text("Author: Maria Lopez"));
        assert!(is_byline_text("Reporter: Tom Ellis, Phnom Penh"));
        assert!(!is_byline_text("Writer and director Maria Lopez said the film took six years."));
        assert!(!is_byline_text("Author: the book is out in May."));
    }

    #[test]
    fn copyright_with_its_owner_first_and_comment_disclaimers_are_notices() {
        assert!(is_notice("Copyright © Kyodo News 2010-2026. Any reuse requires permission."));
        assert!(is_notice("Copyright (c) The Valley Ledger 2026"));
        assert!(is_notice("Disclaimer: Comments do not represent the views of the Daily Star. We reserve the right to remove them."));
        assert!(!is_notice("The disclaimer said the company was not responsible for delays."));
        assert!(!is_notice("Comments do not represent the views of the ministry, a spokesman said later."));
    }

    #[test]
    fn the_desks_initials_after_a_slash_close_the_copy() {
        assert!(is_editor_initials("/cb"));
        assert!(is_editor_initials("/atm, ra"));
        assert!(is_editor_initials(" /dl "));
        assert!(!is_editor_initials("/r/worldnews"));
        assert!(!is_editor_initials("/ and then he left"));
        assert!(!is_editor_initials("cb"));
    }

    #[test]
    fn page_banners_are_known_by_name_and_live_regions_by_role() {
        for names in ["breaking-news-ticker", "c-alertBanner", "urgent-bar", "TopBar", "site_notice", "newsTicker", "weather-alert"] {
            assert!(banner_name(names), "{names}");
        }
        for names in ["alert alert-info", "editors-notice", "story-body", "notice", "liveblog-body"] {
            assert!(!banner_name(names), "{names}");
        }
        assert!(is_live_region(Some("alert"), None));
        assert!(is_live_region(Some(" Status "), None));
        assert!(is_live_region(None, Some("assertive")));
        assert!(!is_live_region(None, Some("off")));
        assert!(!is_live_region(Some("main"), None));
    }

    #[test]
    fn end_marks_and_ad_labels_are_slugs() {
        for slug in ["(END)", "PR", "###", "-30-", "-- END --"] {
            assert!(is_slug(slug), "{slug}");
        }
        assert!(!is_slug("The end of an era."));
        assert!(!is_slug("PR firm hired"));
    }

    #[test]
    fn funding_notes_and_helpers_in_other_words_are_credit_notes() {
        assert!(is_credit_note("This story was produced with the support of the Henry Nxumalo Foundation."));
        assert!(is_credit_note("This report was made possible with the backing of the Open Society Foundations."));
        assert!(is_credit_note("- LDR is local body journalism co-funded by RNZ and NZ On Air."));
        assert!(is_credit_note("Court News is public-interest journalism funded by the Meta Journalism Project."));
        assert!(is_credit_note("— With Mayen Jaymalin"));
        assert!(is_credit_note("-With Kofi Mensah and Ama Serwaa."));
        assert!(!is_credit_note("With Mayen Jaymalin in charge, the desk grew."));
        assert!(!is_credit_note("— with the support of neighbours, the family rebuilt the house."));
        assert!(!is_credit_note("The foundation said the study was produced with the support of three universities."));
    }

    #[test]
    fn a_stamp_after_its_section_label_is_a_stamp() {
        assert!(is_labelled_stamp("All News 10:24 October 01, 2025"));
        assert!(is_labelled_stamp("World 09:14 5 March 2025"));
        assert!(!is_labelled_stamp("All News"));
        assert!(!is_labelled_stamp("Police said 10:24 October 01, 2025 was the time"));
        assert!(!is_labelled_stamp("Election Day November 5, 2024"));
    }

    #[test]
    fn a_line_that_points_at_an_embed_is_a_promo_call() {
        assert!(is_promo_call("Watch the latest episode of BizTech below:"));
        assert!(is_promo_call("Listen to the full interview above."));
        assert!(is_promo_call("WATCH the moment the roof gave way below"));
        assert!(!is_promo_call("Police released footage of the attack on Monday, which shows the driver below the bridge."));
        assert!(!is_promo_call("Watch parties were held across the city as temperatures fell below zero."));
    }

    #[test]
    fn labelled_disclaimers_on_advice_and_unlabelled_views_notes_are_notices() {
        assert!(is_notice("Disclaimer: The recommendations made above are by market analysts and are not investment advice."));
        assert!(is_notice("DISCLAIMER: Opinions in this column belong to the writer, not to the Valley Ledger."));
        assert!(is_notice("The views expressed in this commentary are solely those of the author."));
        assert!(is_notice("The opinions expressed are those of the writers and do not reflect the paper's position."));
        assert!(is_notice("Views are personal."));
        // A blog's own labelled note that says something else stays (a dev page keeps one).
        assert!(!is_notice("Disclaimer: I bought this kettle with my own money and nobody paid me to try it."));
        assert!(!is_notice("The views expressed at the hearing were mixed, the chairman said."));
    }

    #[test]
    fn a_labelled_ad_line_is_a_notice() {
        assert!(is_notice("TEXT AD: Call Grace on 0803 555 0199 for cheap flights"));
        assert!(is_notice("Sponsored: Try the new Acme banking app today"));
        assert!(is_notice("Advertisement: Lagos plots for sale, call 0700 000"));
        assert!(!is_notice("Advertising revenue fell 8% in the quarter, the company said."));
    }

    #[test]
    fn a_closing_line_on_how_to_reach_the_writer_is_a_contact_line() {
        assert!(is_contact_line("Maria Delgado can be reached at maria.delgado@herald.example. Follow her @mdelgado."));
        assert!(is_contact_line("Kwame Mensah may be contacted at kmensah@example.com or on 555-0101."));
        assert!(is_contact_line("You can reach Li Wei at li.wei@example.org."));
        // No address: a story's sentence about someone who could not be reached.
        assert!(!is_contact_line("The driver could not be reached at his home on Sunday."));
        assert!(!is_contact_line("The clinic can be reached at the end of the bus line, residents said."));
    }

    #[test]
    fn a_transcripts_note_on_itself_is_not_the_conversation() {
        assert!(is_transcript_note("This transcript was produced by a contractor and may not be in its final form."));
        assert!(is_transcript_note("Note: This is a rush transcript. Copy may not be in its final form."));
        assert!(is_transcript_note("Transcripts are machine-generated and reviewed by an editor; they may contain errors."));
        assert!(!is_transcript_note("The court transcript shows the witness changed her account twice."));
        assert!(!is_transcript_note("HOST: The software may contain errors, the regulator warned."));
    }

    #[test]
    fn plural_ads_slots_are_ad_furniture() {
        assert!(ad_furniture("ads-wrapper align-center"));
        assert!(ad_furniture("td_block_inline_ads"));
        assert!(ad_furniture("contentAds"));
        assert!(ad_furniture("adsBox"));
        assert!(!ad_furniture("ads-free-article"));
        assert!(!ad_furniture("roads-section"));
    }

    #[test]
    fn a_crews_credit_line_and_a_referral_box_are_furniture() {
        assert!(is_role_line("Mina Okafor Host"));
        assert!(is_role_line("Sam Ortiz Senior Producer"));
        assert!(small_furniture("referral-block"));
        assert!(small_furniture("newsletterReferrals"));
        assert!(is_reader_call("We welcome your comments at letters@example.in."));
        assert!(is_reader_call("Write to us at editor@example.com with your corrections."));
    }

    #[test]
    fn a_few_words_that_are_no_sentence_can_be_a_kicker() {
        assert!(is_kicker("POLITICS"));
        assert!(is_kicker("Opinion | Climate"));
        assert!(is_kicker("The Big Read"));
        assert!(!is_kicker("Officials said the bridge will reopen in May."));
        assert!(!is_kicker("Why the harbour keeps flooding and who pays for it"));
    }

    #[test]
    fn a_date_in_figures_day_first_is_a_dateline() {
        assert!(is_dateline_text("03-11-2025 09:15"));
        assert!(is_dateline_text("3/11/2025"));
        assert!(is_dateline_text("17.06.24, 18:02"));
        assert!(!is_dateline_text("The vote was 3-1 in favour."));
    }

    #[test]
    fn a_newsrooms_supporter_disclosure_is_furniture() {
        assert!(is_supporter_disclosure("Disclosure: The Teacher Retirement System of Texas has been a financial supporter of The Texas Tribune, a nonprofit, nonpartisan news organization that is funded in part by donations from members, foundations and corporate sponsors. Financial supporters play no role in the Tribune’s journalism. Find a complete list of them here."));
        assert!(is_supporter_disclosure("Disclosures: Google and Meta are among the funders of the Bay Chronicle."));
        assert!(is_supporter_disclosure("The Walton Family Foundation is a sponsor of this newsroom. Sponsors have no say in our coverage."));
        assert!(is_supporter_disclosure("DISCLOSURE: The university is a member of the Gazette's underwriting program."));
        // The story's sentences about donors and sponsors stay.
        assert!(!is_supporter_disclosure("Smith has been a financial supporter of the governor's campaign since 2018, records show."));
        assert!(!is_supporter_disclosure("Sponsors of the bill said the change would save the state $40 million."));
        assert!(!is_supporter_disclosure("The disclosure came weeks after donors complained, the board said."));
    }

    #[test]
    fn bracketed_staff_lines_are_credit_notes() {
        assert!(is_credit_note("[Edited by Donagh Cagney/Zoran Radosavljevic]"));
        assert!(is_credit_note("(Reporting by Jane Roe in Brussels; Editing by John Doe)"));
        assert!(is_credit_note("[Edited by Alice Taylor-Braçe]"));
        // A bracketed aside of the story is not a staff line.
        assert!(!is_credit_note("(Edited versions of the bill were sent to the committee twice.)"));
    }

    #[test]
    fn a_funding_note_after_a_story_is_furniture() {
        assert!(is_funding_note("The research was funded by the U.S. Environmental Protection Agency and the Washington State Department of Health."));
        assert!(is_funding_note("This work was supported in part by a grant from the Wellcome Trust."));
        assert!(is_funding_note("The study was financed by the German Research Foundation (DFG)."));
        assert!(is_funding_note("The project is funded through the European Union's Horizon programme."));
        // The story reporting who paid, or saying more after it, is the story's.
        assert!(!is_funding_note("The study was funded by the drug's maker, the researchers said in the paper."));
        assert!(!is_funding_note("The study was funded by the company. It found no harm from the drug, which critics doubt."));
        assert!(!is_funding_note("The new program is funded through a state grant."));
    }

    #[test]
    fn a_pieces_own_funding_note_is_furniture() {
        // The piece speaks of itself ("this essay", "reporting for this story").
        assert!(is_funding_note("This essay was supported by a grant from the Earth Journalism Network."));
        assert!(is_funding_note("Reporting for this story was supported by the Pulitzer Center."));
        assert!(is_funding_note("This photo essay was made possible by the International Women's Media Foundation."));
        assert!(is_funding_note("This series is funded in part by the Solutions Journalism Network."));
        assert!(is_funding_note("Travel for this article was paid for by the Norwegian Refugee Council."));
        assert!(is_funding_note("This podcast episode is underwritten by the Knight Foundation."));
        // A report the story tells of is the story's.
        assert!(is_funding_note("This story is part of WRVR's housing reporting initiative, supported by the Riverbend Community Foundation."));
        assert!(is_funding_note("This article is part of a series on rural health funded by the Commonwealth Fund."));
        assert!(is_funding_note("This episode is part of our climate desk, made possible by the Heising-Simons Foundation."));
        assert!(!is_funding_note("The report was funded by the European Commission."));
        assert!(!is_funding_note("The school is part of a district supported by a state grant."));
        assert!(!is_funding_note("This story was supported by dozens of interviews, court records and leaked emails, the editors said."));
    }

    #[test]
    fn a_summary_box_named_in_a_compound_or_the_singular_is_one() {
        assert!(summary_box_name("Keyhighlight_keyhighlights"));
        assert!(summary_box_name("Story_story__highlight__uUO7e"));
        assert!(summary_box_name("article-keypoint"));
        assert!(summary_box_name("storyKeyTakeaways"));
        assert!(summary_box_name("ArticleSynopsis_box"));
        // A word that only starts like one is none ("highlighted", "keypointer"); a code
        // block's "highlight" is one by name, and no box for want of bullets of clauses.
        assert!(!summary_box_name("text-highlighted"));
        assert!(!summary_box_name("keypointer"));
        assert!(!summary_box_name("story-body"));
        assert!(!summary_box_name("mytldr"), "a short name is no compound's end");
    }

    #[test]
    fn more_and_a_kind_of_piece_heads_other_pieces() {
        for heading in ["More explainers", "More photo essays", "More videos:", "More Podcasts", "more analyses"] {
            assert!(is_more_kind_heading(heading), "{heading}");
        }
        for heading in ["More than money", "More to come", "More on this", "More in 2027", "More business", "Moreover", "More of this", "More bonus"] {
            assert!(!is_more_kind_heading(heading), "{heading}");
        }
        // A story's subheading can say so too: only the links after it make it a list of
        // other pieces (`links_after`).
        assert!(is_more_kind_heading("More delays"));
    }

    #[test]
    fn press_release_furniture_is_no_part_of_it() {
        assert!(is_notice("Media Contact:\nJamie Reyes\n520-555-0142\njreyes@northwindhealth.org"));
        assert!(is_notice("Press contacts:\nAnna Berg, +46 8 555 0100, anna.berg@example.se"));
        assert!(is_notice("Investor Relations Contact: Mark Lee, ir@example.com"));
        assert!(is_credit_note("View original content to download multimedia: https://www.prnewswire.com/news-releases/northwind-302611458.html"));
        assert!(is_credit_note("View original content: https://www.prnewswire.com/news-releases/acme-301.html"));
        assert!(is_credit_note("View source version on businesswire.com: https://www.businesswire.com/news/home/2026/en/"));
        assert!(!is_credit_note("View the original content of the bill on the legislature's site, officials urged."));
        assert!(is_related_heading("Also from this source"));
        for heading in ["About the Writer", "About the reporters", "About the contributor:"] {
            assert!(is_related_heading(heading), "{heading}");
        }
        assert!(is_related_heading("Also from Reuters"));
        assert!(!is_related_heading("Also from the report, the panel found that wages fell."));
    }

    #[test]
    fn a_letters_signature_is_no_part_of_the_letter() {
        assert!(is_signature("Michael O\u{2019}Sullivan\nBallincollig, Co Cork"));
        assert!(is_signature("Dr Helen Walsh\nBlackrock, Cork"));
        assert!(is_signature("Jane Roe, Springfield, Ill."));
        assert!(is_signature("Tom Kelleher,\nNewcastle upon Tyne"));
        assert!(is_signature("Priya Natarajan, Leeds"));
        assert!(!is_signature("Drivers are not asking for the moon, only for their pay to keep up."));
        assert!(!is_signature("Harbour City: Hartley; Reyes, Adams, Mensah, Clarke"));
        assert!(!is_signature("Attendance, 18,412"));
        assert!(!is_signature("Thanks, everyone"));
    }

    #[test]
    fn a_greeting_line_before_a_newsletter_is_furniture() {
        assert!(is_salutation("Hi friends,"));
        assert!(is_salutation("Good morning, everyone!"));
        assert!(is_salutation("Dear readers,"));
        assert!(is_salutation("Hello!"));
        assert!(is_salutation("Welcome back, subscribers,"));
        assert!(!is_salutation("Hi-tech firms lost 4% on Monday,"));
        assert!(!is_salutation("Hello, the minister said, and walked out of the room without another word."));
        assert!(!is_salutation("Dear God, what have we done?"));
        assert!(!is_salutation("Highways reopened,"));
    }

    #[test]
    fn a_local_stations_sign_off_a_letters_call_and_a_feedback_prompt_are_furniture() {
        assert!(is_reader_call("For the latest news, weather, sports, and streaming video, head to WKVT Channel 9."));
        assert!(is_reader_call("For the latest news, weather and traffic, download the KXTV app."));
        assert!(is_reader_call("Send your letters to: letters@example.ie. Letters should be no longer than 350 words."));
        assert!(is_reader_call("That's it for this week. If you found this useful, forward it to a neighbor."));
        assert!(is_reader_call("Forward this email to someone who'd like it."));
        assert!(is_furniture_line("Is this page useful?"));
        assert!(is_furniture_line("Was this article helpful?"));
        assert!(is_furniture_line("Loading ad..."));
        assert!(!is_reader_call("The council will forward the plan to the state for review."));
    }

    #[test]
    fn affiliate_disclosures_and_messaging_channel_invitations_are_reader_calls() {
        // Affiliate notes in the words of several publishers.
        assert!(is_reader_call("If you buy something through our links, Rolling Groove may receive an affiliate commission."));
        assert!(is_reader_call("When you buy through our links, we may earn a commission."));
        assert!(is_reader_call("Products are independently chosen; items purchased through our links may earn us an affiliate commission."));
        assert!(is_reader_call("This post contains affiliate links."));
        assert!(is_reader_call("The Bugle may earn a portion of sales from products purchased through our site."));
        // Channel invitations, labelled or not.
        assert!(is_reader_call("Disclaimer: Join Whatsapp Channel of The Northern Tribune for latest updates."));
        assert!(is_reader_call("Follow us on our official WhatsApp channel for breaking news alerts and key updates!"));
        assert!(is_reader_call("Join our Telegram channel for the latest updates."));
        // The story's sentences about the same things stay.
        assert!(!is_reader_call("Amazon cut the commission it pays publishers on furniture to 3%, affiliates said."));
        assert!(!is_reader_call("The ministry launched a WhatsApp service to send flood alerts, officials said."));
    }
}
