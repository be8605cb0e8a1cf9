//! Finding the article container: a port of Mozilla Readability's `_grabArticle` and
//! `_prepArticle` onto the [`Dom`] arena.
//!
//! Readability is what the corpus's gold was made with and what news readers know to
//! work, so its scoring is kept as it is: paragraphs score their ancestors by length and
//! commas, class and id names weigh containers up or down, link-heavy containers are
//! discounted, the best container takes its related siblings along, and the result is
//! cleaned of link lists, share widgets and other junk. When what is left is too short,
//! the search runs again with fewer of its heuristics (the same fallback order).

use super::dom::{collapse_white_space, Dom, Id};
use super::furniture;
use super::title::is_headline_of;
use regex_lite::Regex;
use std::collections::HashMap;
use std::sync::OnceLock;

/// An article shorter than this (chars) sends the search round again with fewer heuristics.
const CHAR_THRESHOLD: usize = 500;
/// Appeals for readers' money run from a few lines to a few paragraphs.
const APPEAL_MIN_CHARS: usize = 80;
const APPEAL_MAX_CHARS: usize = 3000;
/// A page banner (a breaking-news bar, an alert, a ticker) is a line or two; longer text
/// under such a name is some container's name.
const BANNER_MAX_CHARS: usize = 400;
/// A box's label is a few words ("What you need to know").
const BOX_LABEL_MAX_WORDS: usize = 5;
/// Tags of the elements that hold a page's article, when it marks one.
const ARTICLE_TAGS: &[&str] = &["article", "main"];
const TOP_CANDIDATES: usize = 5;
/// A run of posts alike (a live blog's) has at least this many.
const RUN_MIN_ENTRIES: usize = 3;
/// How far above the best text its post may start (the post's text box, its wrapper).
const RUN_ENTRY_DEPTH: usize = 2;
const MIN_AGREEING_CANDIDATES: usize = 3;

const TAGS_TO_SCORE: &[&str] = &["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"];
const UNLIKELY_ROLES: &[&str] = &["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"];
/// Children that keep a `<div>` from being read as a paragraph.
const DIV_TO_P_ELEMS: &[&str] = &["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"];
/// Elements whose text counts as text in `_cleanConditionally`'s density check.
const TEXTISH: [&str; 12] = ["span", "li", "td", "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"];
const ALTER_TO_DIV_EXCEPTIONS: &[&str] = &["div", "article", "section", "p", "ol", "ul"];
const PHRASING_ELEMS: &[&str] = &[
    "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math",
    "meter", "noscript", "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span", "strong", "sub", "sup", "textarea", "time",
    "var", "wbr",
];
/// Page furniture by its very tag: never article text, whatever it is called.
const FURNITURE_TAGS: &[&str] = &["nav", "aside", "footer", "dialog", "menu"];

struct Patterns {
    unlikely: Regex,
    maybe_candidate: Regex,
    positive: Regex,
    negative: Regex,
    byline: Regex,
    share: Regex,
    ad_words: Regex,
    loading_words: Regex,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        // The patterns are constants: a failure here is a programming error caught by every test.
        let re = |s: &str| Regex::new(s).expect("valid pattern");
        Patterns {
            unlikely: re(r"(?i)-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote"),
            maybe_candidate: re(r"(?i)and|article|body|column|content|main|mathjax|shadow"),
            positive: re(r"(?i)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story"),
            negative: re(r"(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget"),
            byline: re(r"(?i)byline|author|dateline|writtenby|p-author|auth[-_]?(name|info|detail|box)"),
            share: re(r"(?i)(\b|_)(share|sharedaddy)(\b|_)"),
            ad_words: re(r"(?i)^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$"),
            loading_words: re(r"(?i)^((loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$"),
        }
    })
}

#[derive(Clone, Copy)]
struct Flags {
    strip_unlikely: bool,
    weight_classes: bool,
    clean_conditionally: bool,
}

/// What the search found.
pub struct Grabbed {
    /// The article container, a new element holding what was kept.
    pub content: Id,
    /// The headline that duplicated the title, taken out of the body text.
    pub title_node: Option<Id>,
    pub byline: Option<String>,
}

/// Finds the article in `dom` (edited in place: take a copy if the page is needed again).
pub fn grab<N: Clone>(dom: &Dom<N>, body: Id, title: &str) -> (Dom<N>, Grabbed) {
    let mut attempts: Vec<(Dom<N>, Grabbed, usize)> = Vec::new();
    let all = [
        Flags { strip_unlikely: true, weight_classes: true, clean_conditionally: true },
        Flags { strip_unlikely: false, weight_classes: true, clean_conditionally: true },
        Flags { strip_unlikely: false, weight_classes: false, clean_conditionally: true },
        Flags { strip_unlikely: false, weight_classes: false, clean_conditionally: false },
    ];
    for flags in all {
        let mut copy = dom.clone();
        let grabbed = Search { dom: &mut copy, flags, scores: HashMap::new(), byline: None, title_node: None }.run(body, title);
        let length = copy.inner_text_len(grabbed.content);
        if length >= CHAR_THRESHOLD {
            return (copy, grabbed);
        }
        attempts.push((copy, grabbed, length));
    }
    // Nothing long enough: the longest attempt, the first of equals.
    let mut best = 0;
    for (i, a) in attempts.iter().enumerate() {
        if a.2 > attempts[best].2 {
            best = i;
        }
    }
    let (copy, grabbed, _) = attempts.swap_remove(best);
    (copy, grabbed)
}

struct Search<'a, N> {
    dom: &'a mut Dom<N>,
    flags: Flags,
    scores: HashMap<Id, f64>,
    byline: Option<String>,
    title_node: Option<Id>,
}

impl<N: Clone> Search<'_, N> {
    fn run(mut self, body: Id, title: &str) -> Grabbed {
        // Old markup's <font> is a <span> to every later rule.
        for font in self.dom.elements_by_tag(body, &["font"]) {
            self.dom.set_tag(font, "span");
        }
        replace_br_chains(self.dom, body);
        let to_score = self.walk(body, title);
        let candidates = self.score(&to_score);
        let content = self.pick(body, &candidates);
        self.prepare(content);
        Grabbed { content, title_node: self.title_node, byline: self.byline }
    }

    fn class_weight(&self, id: Id) -> f64 {
        if !self.flags.weight_classes {
            return 0.0;
        }
        let p = patterns();
        let mut weight = 0.0;
        for value in [self.dom.attr(id, "class"), self.dom.attr(id, "id")].into_iter().flatten() {
            if value.is_empty() {
                continue;
            }
            if p.negative.is_match(value) {
                weight -= 25.0;
            }
            if p.positive.is_match(value) {
                weight += 25.0;
            }
        }
        weight
    }

    fn initial_score(&self, id: Id) -> f64 {
        let base = match self.dom.tag(id) {
            "div" => 5.0,
            "pre" | "td" | "blockquote" => 3.0,
            "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
            _ => 0.0,
        };
        base + self.class_weight(id)
    }

    /// The first pass over the body: drops furniture, the byline and the duplicated
    /// headline, turns text-only `<div>`s into paragraphs, and lists what to score.
    fn walk(&mut self, body: Id, title: &str) -> Vec<Id> {
        let p = patterns();
        let mut to_score = Vec::new();
        let mut looking_for_title = !title.is_empty();
        // Furniture by name is dropped in every pass when it is small next to the page.
        let page_chars = self.dom.inner_text_len(body);
        let has_article = self.has_article_container(body);
        let mut node = Some(body);
        while let Some(id) = node {
            let tag = self.dom.tag(id).to_string();
            let match_string = self.dom.match_string(id);
            if self.dom.attr(id, "aria-modal") == Some("true") && self.dom.attr(id, "role") == Some("dialog") {
                node = self.remove_and_next(id);
                continue;
            }
            let quote_credit = tag == "footer" && self.dom.parent(id).is_some_and(|p| self.dom.tag(p) == "blockquote");
            // A key-points box set as an `<aside>` ("post-takeaways") holds the story's own points.
            let summary_aside = tag == "aside" && self.is_summary_box(id);
            if id != body
                && ((FURNITURE_TAGS.contains(&tag.as_str()) && !quote_credit && !summary_aside) || self.is_named_furniture(id, &match_string, page_chars))
            {
                node = self.remove_with_stories_and_next(id);
                continue;
            }
            if id != body && has_article && self.is_page_banner(id, &match_string, page_chars) && !self.is_within_article(id) {
                node = self.remove_and_next(id);
                continue;
            }
            if self.byline.is_none() && self.is_byline(id, &match_string) {
                self.byline = Some(self.dom.inner_text(id));
                node = self.remove_and_next(id);
                continue;
            }
            if id != body && (furniture::is_caption_or_media(self.dom, id) || furniture::is_product_box(self.dom, id)) {
                node = self.remove_and_next(id);
                continue;
            }
            if looking_for_title && (tag == "h1" || tag == "h2") && is_headline_of(title, &self.dom.inner_text(id)) {
                looking_for_title = false;
                self.title_node = Some(id);
                node = self.remove_and_next(id);
                continue;
            }
            if self.flags.strip_unlikely && id != body {
                // A heading called a header ("header-anchor-post") over a paragraph of prose
                // is a subheading of the text: the word names its tag, not furniture.
                let unlikely_names = if self.heads_prose(id) { match_string.to_ascii_lowercase().replace("header", "") } else { match_string.clone() };
                let unlikely = p.unlikely.is_match(&unlikely_names)
                    && !p.maybe_candidate.is_match(&match_string)
                    && !self.dom.has_ancestor_tag(id, "table", None)
                    && !self.dom.has_ancestor_tag(id, "code", None)
                    && tag != "a";
                let role = self.dom.attr(id, "role").unwrap_or("").trim().to_ascii_lowercase();
                if unlikely || UNLIKELY_ROLES.contains(&role.as_str()) {
                    node = self.remove_with_stories_and_next(id);
                    continue;
                }
            }
            if matches!(tag.as_str(), "div" | "section" | "header" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6") && self.without_content(id) {
                node = self.remove_and_next(id);
                continue;
            }
            if TAGS_TO_SCORE.contains(&tag.as_str()) {
                to_score.push(id);
            }
            let mut current = id;
            if tag == "div" {
                self.wrap_phrasing_runs(id);
                let kids = self.dom.element_children(id);
                if self.single_p_inside(id) && self.link_density(id) < 0.25 {
                    let child = kids[0];
                    self.dom.replace(id, child);
                    current = child;
                    to_score.push(child);
                } else if !self.has_child_block_element(id) {
                    self.dom.set_tag(id, "p");
                    to_score.push(id);
                }
            }
            node = self.dom.next_element(current, false);
        }
        to_score
    }

    /// Consent banners, ad slots and recommendation widgets by name, whatever their size;
    /// comment threads, share bars, newsletter boxes and dialogs when they hold less than
    /// half the page's text (a page may name its whole article after its section).
    fn is_named_furniture(&self, id: Id, names: &str, page_chars: usize) -> bool {
        // The part the page declares paywalled is the story's text, though named "paywall".
        if self.dom.is_gated(id) {
            return false;
        }
        if furniture::always_furniture(names) || furniture::embedded_post(names) {
            return true;
        }
        if furniture::ad_furniture(names) && self.dom.inner_text_len(id) * 2 < page_chars {
            return true;
        }
        if self.is_appeal_box(id, page_chars) {
            return true;
        }
        let role = self.dom.attr(id, "role").unwrap_or("").trim().to_ascii_lowercase();
        let dialog = role == "dialog" || role == "alertdialog";
        let call_box = furniture::call_box(self.dom.tag(id), names);
        let hook = self.dom.attr(id, "data-hook").unwrap_or("");
        (dialog || call_box || furniture::small_furniture(names) || furniture::small_furniture(hook)) && self.dom.inner_text_len(id) * 2 < page_chars
    }

    /// A page-wide banner, bar or ticker by its name or its live-region role: short, and
    /// small next to the page (a live blog's feed may be a live region: it is the page).
    fn is_page_banner(&self, id: Id, names: &str, page_chars: usize) -> bool {
        let chars = self.dom.inner_text_len(id);
        let live = furniture::is_live_region(self.dom.attr(id, "role"), self.dom.attr(id, "aria-live"));
        (live || furniture::banner_name(names)) && chars <= BANNER_MAX_CHARS && chars * 4 < page_chars
    }

    /// Whether the page marks its article with an element (`<article>`, `<main>`, a
    /// `role="main"` or `itemprop="articleBody"`) holding a good part of its text.
    fn has_article_container(&self, body: Id) -> bool {
        let page_chars = self.dom.inner_text_len(body);
        let mut marked = self.dom.elements_by_tag(body, ARTICLE_TAGS);
        marked.extend(self.dom.elements_by_tag(body, &["div", "section"]).into_iter().filter(|&e| self.is_article_element(e)));
        marked.into_iter().any(|e| self.dom.inner_text_len(e) * 4 >= page_chars)
    }

    /// Whether `id` is an element that marks the article, or the page's main region.
    fn is_article_element(&self, id: Id) -> bool {
        ARTICLE_TAGS.contains(&self.dom.tag(id)) || self.dom.attr(id, "role") == Some("main") || self.is_story_element(id)
    }

    /// Whether `id` is an element that marks one story (`<article>`, `role="article"`,
    /// `itemprop="articleBody"`); the main region may hold the page's banners too.
    fn is_story_element(&self, id: Id) -> bool {
        let itemprop = self.dom.attr(id, "itemprop").unwrap_or("");
        self.dom.tag(id) == "article" || self.dom.attr(id, "role") == Some("article") || itemprop.split_whitespace().any(|w| w == "articleBody")
    }

    /// Whether `id` is inside (or is) an element that marks a story.
    fn is_within_article(&self, id: Id) -> bool {
        let mut node = Some(id);
        while let Some(n) = node {
            if self.is_story_element(n) {
                return true;
            }
            node = self.dom.parent(n);
        }
        false
    }

    /// A box of a few paragraphs, small next to the page, that appeals for readers' money
    /// (a donation or membership box, whatever it is called).
    fn is_appeal_box(&self, id: Id, page_chars: usize) -> bool {
        if !matches!(self.dom.tag(id), "div" | "section" | "aside" | "figure") {
            return false;
        }
        let chars = self.dom.inner_text_len(id);
        (APPEAL_MIN_CHARS..=APPEAL_MAX_CHARS).contains(&chars) && chars * 2 < page_chars && furniture::is_appeal(&self.dom.inner_text(id))
    }

    /// [`Search::link_density`] leaving out links whose text reads as a sentence of prose
    /// (a paragraph that is wholly a link to the story's earlier coverage).
    fn link_density_without_prose(&self, id: Id) -> f64 {
        let total = self.dom.inner_text_len(id);
        if total == 0 {
            return 0.0;
        }
        let mut links = 0.0;
        for a in self.dom.elements_by_tag(id, &["a"]) {
            let text = self.dom.inner_text(a);
            if furniture::reads_as_prose(&text) {
                continue;
            }
            let weight = if self.dom.attr(a, "href").is_some_and(|h| h.starts_with('#') && h.len() > 1) { 0.3 } else { 1.0 };
            links += text.chars().count() as f64 * weight;
        }
        links / total as f64
    }

    /// Whether `id` is a heading whose next element is a paragraph of prose.
    fn heads_prose(&self, id: Id) -> bool {
        matches!(self.dom.tag(id), "h2" | "h3" | "h4" | "h5" | "h6")
            && self.dom.next_element_sibling(id).is_some_and(|n| self.dom.tag(n) == "p" && furniture::reads_as_prose(&self.dom.inner_text(n)))
    }

    /// [`Search::remove_and_next`], and when `id` is a "Related stories" heading, the list
    /// of stories after it too: taken out alone, it would leave its headlines behind.
    fn remove_with_stories_and_next(&mut self, id: Id) -> Option<Id> {
        if matches!(self.dom.tag(id), "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
            let heading = self.dom.inner_text(id);
            if furniture::is_related_heading(&heading) || furniture::is_more_in_heading(&heading) {
                for story in furniture::stories_after(self.dom, id) {
                    self.dom.detach(story);
                }
            }
        }
        self.remove_and_next(id)
    }

    /// Takes `id` out and gives the element the walk goes on with.
    fn remove_and_next(&mut self, id: Id) -> Option<Id> {
        let next = self.dom.next_element(id, true);
        self.dom.detach(id);
        next
    }

    fn is_byline(&self, id: Id, match_string: &str) -> bool {
        let rel = self.dom.attr(id, "rel").unwrap_or("");
        let itemprop = self.dom.attr(id, "itemprop").unwrap_or("");
        // React sites name their parts in test and component attributes only
        // (`data-testid="byline-new"`, `data-component="byline-block"`).
        let data_names = ["data-testid", "data-component"].map(|a| self.dom.attr(id, a).unwrap_or("")).join(" ");
        if !(rel == "author" || itemprop.contains("author") || patterns().byline.is_match(match_string) || patterns().byline.is_match(&data_names)) {
            return false;
        }
        let text = self.dom.text_content(id);
        let length = text.trim().chars().count();
        // A byline is a block of its own; a "dateline" span that opens a paragraph of
        // prose ("CAIRO — Gunmen opened fire …") is the paragraph's first words.
        let paragraph = self.dom.ancestors(id, usize::MAX).into_iter().find(|&a| self.dom.tag(a) == "p");
        if paragraph.is_some_and(|p| self.dom.inner_text_len(p) > length + 40 && furniture::reads_as_prose(&self.dom.inner_text(p))) {
            return false;
        }
        length > 0 && length < 100
    }

    /// No text, and no children but line breaks and rules.
    fn without_content(&self, id: Id) -> bool {
        if !self.dom.text_content(id).trim().is_empty() {
            return false;
        }
        self.dom.element_children(id).iter().all(|&c| matches!(self.dom.tag(c), "br" | "hr"))
    }

    fn is_phrasing(&self, id: Id) -> bool {
        if !self.dom.is_element(id) {
            return true;
        }
        let tag = self.dom.tag(id);
        if PHRASING_ELEMS.contains(&tag) {
            return true;
        }
        matches!(tag, "a" | "del" | "ins")
            && self
                .dom
                .descendants(id)
                .into_iter()
                .all(|d| !self.dom.is_element(d) || PHRASING_ELEMS.contains(&self.dom.tag(d)) || matches!(self.dom.tag(d), "a" | "del" | "ins"))
    }

    fn is_white_space(&self, id: Id) -> bool {
        match self.dom.text(id) {
            Some(t) => t.trim().is_empty(),
            None => self.dom.tag(id) == "br",
        }
    }

    /// Loose text and inline elements of a `<div>` go into paragraphs of their own.
    fn wrap_phrasing_runs(&mut self, div: Id) {
        let children: Vec<Id> = self.dom.children(div).to_vec();
        if children.iter().all(|&c| !self.is_phrasing(c)) {
            return;
        }
        let mut rebuilt = Vec::with_capacity(children.len());
        let mut paragraph: Option<Id> = None;
        for child in children {
            if self.is_phrasing(child) {
                match paragraph {
                    Some(p) => {
                        self.dom.nodes[p].children.push(child);
                        self.dom.nodes[child].parent = Some(p);
                    }
                    None if !self.is_white_space(child) => {
                        let p = self.dom.create("p");
                        self.dom.nodes[p].parent = Some(div);
                        self.dom.nodes[p].children.push(child);
                        self.dom.nodes[child].parent = Some(p);
                        rebuilt.push(p);
                        paragraph = Some(p);
                    }
                    None => rebuilt.push(child),
                }
            } else {
                if let Some(p) = paragraph.take() {
                    self.trim_trailing_white_space(p);
                }
                rebuilt.push(child);
            }
        }
        if let Some(p) = paragraph {
            self.trim_trailing_white_space(p);
        }
        self.dom.nodes[div].children = rebuilt;
    }

    fn trim_trailing_white_space(&mut self, p: Id) {
        while let Some(&last) = self.dom.nodes[p].children.last() {
            if !self.is_white_space(last) {
                break;
            }
            self.dom.nodes[p].children.pop();
            self.dom.nodes[last].parent = None;
        }
    }

    fn single_p_inside(&self, id: Id) -> bool {
        let kids = self.dom.element_children(id);
        kids.len() == 1 && self.dom.tag(kids[0]) == "p" && !self.dom.children(id).iter().any(|&c| self.dom.text(c).is_some_and(|t| !t.trim().is_empty()))
    }

    fn has_child_block_element(&self, id: Id) -> bool {
        self.dom.descendants(id).into_iter().any(|d| DIV_TO_P_ELEMS.contains(&self.dom.tag(d)))
    }

    /// The share of an element's text that is link text (in-page links count 0.3).
    fn link_density(&self, id: Id) -> f64 {
        let total = self.dom.inner_text_len(id);
        if total == 0 {
            return 0.0;
        }
        let mut links = 0.0;
        for a in self.dom.elements_by_tag(id, &["a"]) {
            let weight = if self.dom.attr(a, "href").is_some_and(|h| h.starts_with('#') && h.len() > 1) { 0.3 } else { 1.0 };
            links += self.dom.inner_text_len(a) as f64 * weight;
        }
        links / total as f64
    }

    /// Paragraph scores pushed up to five levels of ancestors; the candidates, best first.
    fn score(&mut self, to_score: &[Id]) -> Vec<Id> {
        let mut candidates: Vec<Id> = Vec::new();
        for &element in to_score {
            if self.dom.parent(element).is_none() {
                continue;
            }
            let text = self.dom.inner_text(element);
            let length = text.chars().count();
            if length < 25 {
                continue;
            }
            let ancestors = self.dom.ancestors(element, 5);
            if ancestors.is_empty() {
                continue;
            }
            let commas = text
                .chars()
                .filter(|c| matches!(c, ',' | '\u{60c}' | '\u{fe50}' | '\u{fe10}' | '\u{fe11}' | '\u{2e41}' | '\u{2e34}' | '\u{2e32}' | '\u{ff0c}'))
                .count();
            let score = 1.0 + (commas + 1) as f64 + (length / 100).min(3) as f64;
            for (level, &ancestor) in ancestors.iter().enumerate() {
                if self.dom.parent(ancestor).is_none() {
                    continue;
                }
                if !self.scores.contains_key(&ancestor) {
                    let initial = self.initial_score(ancestor);
                    self.scores.insert(ancestor, initial);
                    candidates.push(ancestor);
                }
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    _ => level as f64 * 3.0,
                };
                if let Some(s) = self.scores.get_mut(&ancestor) {
                    *s += score / divider;
                }
            }
        }
        for &c in &candidates {
            let density = self.link_density(c);
            if let Some(s) = self.scores.get_mut(&c) {
                *s *= 1.0 - density;
            }
        }
        let mut ranked: Vec<(Id, f64)> = candidates.iter().map(|&c| (c, self.score_of(c))).collect();
        // Stable, so the earlier of equal candidates stays first, as in Readability.
        crate::order::sort_by(&mut ranked, |a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal));
        ranked.truncate(TOP_CANDIDATES);
        ranked.into_iter().map(|(c, _)| c).collect()
    }

    fn score_of(&self, id: Id) -> f64 {
        self.scores.get(&id).copied().unwrap_or(0.0)
    }

    fn ensure_scored(&mut self, id: Id) {
        if !self.scores.contains_key(&id) {
            let initial = self.initial_score(id);
            self.scores.insert(id, initial);
        }
    }

    fn is_body_or_top(&self, id: Id, body: Id) -> bool {
        id == body || self.dom.parent(id).is_none()
    }

    /// The top candidate, moved up where its ancestors tell of more content, and its
    /// related siblings, gathered into a new container.
    fn pick(&mut self, body: Id, top: &[Id]) -> Id {
        let mut best = match top.first() {
            Some(&b) if b != body => b,
            _ => {
                // No candidate: the whole body is the article.
                let container = self.dom.create("div");
                for child in self.dom.children(body).to_vec() {
                    self.dom.append(container, child);
                }
                self.dom.append(body, container);
                self.ensure_scored(container);
                return self.gather(container);
            }
        };
        // Several near-best candidates under one ancestor: that ancestor is the article.
        let best_score = self.score_of(best);
        let alternatives: Vec<Vec<Id>> =
            top[1..].iter().filter(|&&c| best_score > 0.0 && self.score_of(c) / best_score >= 0.75).map(|&c| self.dom.ancestors(c, usize::MAX)).collect();
        if alternatives.len() >= MIN_AGREEING_CANDIDATES {
            let mut parent = self.dom.parent(best);
            while let Some(p) = parent {
                if self.is_body_or_top(p, body) {
                    break;
                }
                let agreeing = alternatives.iter().filter(|list| list.contains(&p)).count();
                if agreeing >= MIN_AGREEING_CANDIDATES {
                    best = p;
                    break;
                }
                parent = self.dom.parent(p);
            }
        }
        self.ensure_scored(best);
        // A parent scoring higher than its child holds more of the article.
        let mut last = self.score_of(best);
        let threshold = last / 3.0;
        let mut parent = self.dom.parent(best);
        while let Some(p) = parent {
            if self.is_body_or_top(p, body) {
                break;
            }
            if let Some(&score) = self.scores.get(&p) {
                if score < threshold {
                    break;
                }
                if score > last {
                    best = p;
                    break;
                }
                last = score;
            }
            parent = self.dom.parent(p);
        }
        // One post of a live blog's run of posts: the run is the article.
        if let Some(entry) = self.entry_of_run(best, body) {
            best = entry;
        }
        // An only child says no more than its parent, which may have useful siblings.
        while let Some(p) = self.dom.parent(best) {
            if self.is_body_or_top(p, body) || self.dom.element_children(p).len() != 1 {
                break;
            }
            best = p;
        }
        self.ensure_scored(best);
        self.gather(best)
    }

    /// The entry `best` sits in when it is one of a run of entries alike: at least
    /// [`RUN_MIN_ENTRIES`] siblings of one tag and class that each hold scored text (a live
    /// blog's posts, `li.post` after `li.post`, each with its time, its text and its share
    /// row). The best-scoring text is then one post's, and the article is every post:
    /// gathering from the entry takes its like siblings along. A run of teasers never holds
    /// the best text, and a lone box of a class is no run.
    fn entry_of_run(&self, best: Id, body: Id) -> Option<Id> {
        let mut node = best;
        for _ in 0..=RUN_ENTRY_DEPTH {
            if self.is_body_or_top(node, body) {
                return None;
            }
            let class = self.dom.attr(node, "class").unwrap_or("").trim();
            let parent = self.dom.parent(node)?;
            if !class.is_empty() {
                let tag = self.dom.tag(node);
                let alike = |&s: &Id| self.dom.tag(s) == tag && self.dom.attr(s, "class").map(str::trim) == Some(class) && self.scores.contains_key(&s);
                if self.dom.element_children(parent).iter().filter(|s| alike(s)).count() >= RUN_MIN_ENTRIES {
                    return Some(node);
                }
            }
            node = parent;
        }
        None
    }

    /// The top candidate and those of its siblings that look like part of the article.
    fn gather(&mut self, best: Id) -> Id {
        let container = self.dom.create("div");
        let best_score = self.score_of(best);
        let threshold = (best_score * 0.2).max(10.0);
        let best_class = self.dom.attr(best, "class").unwrap_or("").to_string();
        let siblings = match self.dom.parent(best) {
            Some(p) => self.dom.element_children(p),
            None => vec![best],
        };
        // An article the page marks as one holds its own text: a short line beside it is
        // the page's (a breaking-news bar, a date bar), not the story's.
        let marked_article = self.is_story_element(best);
        let best_at = siblings.iter().position(|&s| s == best).unwrap_or(0);
        for (at, sibling) in siblings.into_iter().enumerate() {
            let mut keep = sibling == best;
            // The story's key points, set between its headline and its body's container.
            if at < best_at && self.is_summary_box(sibling) {
                self.drop_box_labels(sibling);
                keep = true;
            }
            let names = self.dom.match_string(sibling);
            let banner = furniture::banner_name(&names) || furniture::is_live_region(self.dom.attr(sibling, "role"), self.dom.attr(sibling, "aria-live"));
            // A banner outside any story is never gathered.
            let page_banner = banner && !self.is_within_article(sibling);
            if !keep && !page_banner {
                let bonus = if !best_class.is_empty() && self.dom.attr(sibling, "class") == Some(best_class.as_str()) { best_score * 0.2 } else { 0.0 };
                if self.scores.get(&sibling).is_some_and(|s| s + bonus >= threshold) {
                    keep = true;
                } else if self.dom.tag(sibling) == "p" {
                    let density = self.link_density(sibling);
                    let text = self.dom.inner_text(sibling);
                    let length = text.chars().count();
                    let sentence_end = text.contains(". ") || text.ends_with('.');
                    keep = (length > 80 && density < 0.25)
                        || (length < 80 && length > 0 && density == 0.0 && sentence_end && !marked_article)
                        || (length > 80 && furniture::reads_as_prose(&text));
                }
            }
            if keep {
                if !ALTER_TO_DIV_EXCEPTIONS.contains(&self.dom.tag(sibling)) {
                    self.dom.set_tag(sibling, "div");
                }
                self.dom.append(container, sibling);
            }
        }
        container
    }

    /// Whether `id` is a summary box by its name (`summary_names.txt`) holding a short list
    /// of the story's own points: a few bullets of several words, hardly linked.
    fn is_summary_box(&self, id: Id) -> bool {
        furniture::summary_box_name(&self.dom.match_string(id)) && self.has_summary_bullets(id)
    }

    /// Whether `id` holds a short list of the story's own points: a few bullets of several
    /// words, hardly linked (a list of links under "Highlights" is a section of its own).
    fn has_summary_bullets(&self, id: Id) -> bool {
        if self.link_density(id) >= 0.25 {
            return false;
        }
        let items = self.dom.elements_by_tag(id, &["li"]);
        let clause = |&li: &Id| self.dom.inner_text(li).split_whitespace().count() >= furniture::SUMMARY_ITEM_MIN_WORDS;
        (2..=furniture::SUMMARY_MAX_ITEMS).contains(&items.len()) && items.iter().all(clause)
    }

    /// The label of a box ("Key points", "What you need to know"): a heading of a few
    /// words outside its bullets, the template's, not the story's.
    fn drop_box_labels(&mut self, id: Id) {
        for heading in self.dom.elements_by_tag(id, &["h2", "h3", "h4", "h5", "h6"]) {
            let words = self.dom.inner_text(heading).split_whitespace().count();
            if (1..=BOX_LABEL_MAX_WORDS).contains(&words) && !self.dom.has_ancestor_tag(heading, "li", None) {
                self.dom.detach(heading);
            }
        }
        // A label set in a plain element before the bullets (`<div class="…hdng">Key
        // Highlights</div><ul>`): a few words with no list in them, ahead of the first list.
        for child in self.dom.element_children(id) {
            if matches!(self.dom.tag(child), "ul" | "ol") || !self.dom.elements_by_tag(child, &["li"]).is_empty() {
                break;
            }
            let words = self.dom.inner_text(child).split_whitespace().count();
            if (1..=BOX_LABEL_MAX_WORDS).contains(&words) {
                self.dom.detach(child);
            }
        }
    }

    /// Readability's `_prepArticle`: junk out of the chosen content.
    fn prepare(&mut self, content: Id) {
        // A key-points box inside the body is read like one before it: bullets, no label.
        // Only a box that is a small part of the body: a body container named so keeps its headings.
        let body_len = self.dom.inner_text_len(content);
        let small = |s: &Self, b: Id| s.dom.inner_text_len(b) * 3 < body_len;
        let summaries: Vec<Id> =
            self.dom.elements_by_tag(content, &["div", "section"]).into_iter().filter(|&b| small(self, b) && self.is_summary_box(b)).collect();
        for summary in summaries {
            self.drop_box_labels(summary);
        }
        // A list's label by its words ("What you need to know:"), whatever its box is called.
        for list in self.dom.elements_by_tag(content, &["ul", "ol"]) {
            let label = self
                .dom
                .previous_element_sibling(list)
                .filter(|&l| super::summary_labels::is_summary_label(&self.dom.inner_text(l)) && self.has_summary_bullets(list));
            if let Some(label) = label {
                self.dom.detach(label);
            }
        }
        let tables = self.data_tables(content);
        self.clean_conditionally(content, "form", &tables);
        self.clean_conditionally(content, "fieldset", &tables);
        for tag in ["object", "embed", "link", "aside"] {
            self.remove_all(content, tag);
        }
        // A quotation's own footer is its credit line, not the page's.
        for footer in self.dom.elements_by_tag(content, &["footer"]) {
            if self.dom.parent(footer).is_none_or(|p| self.dom.tag(p) != "blockquote") {
                self.dom.detach(footer);
            }
        }
        let p = patterns();
        for top in self.dom.element_children(content) {
            for d in self.dom.descendants(top) {
                if self.dom.is_element(d)
                    && self.dom.is_within(d, top)
                    && p.share.is_match(&self.dom.match_string(d))
                    && self.dom.text_content(d).chars().count() < CHAR_THRESHOLD
                {
                    self.dom.detach(d);
                }
            }
        }
        for tag in ["iframe", "input", "textarea", "select", "button"] {
            self.remove_all(content, tag);
        }
        for h in self.dom.elements_by_tag(content, &["h1", "h2"]) {
            if self.class_weight(h) < 0.0 {
                self.dom.detach(h);
            }
        }
        self.clean_conditionally(content, "table", &tables);
        self.clean_conditionally(content, "ul", &tables);
        self.clean_conditionally(content, "div", &tables);
    }

    fn remove_all(&mut self, content: Id, tag: &str) {
        for n in self.dom.elements_by_tag(content, &[tag]) {
            self.dom.detach(n);
        }
    }

    /// The tables under `content` that hold data rather than lay the page out.
    fn data_tables(&self, content: Id) -> Vec<Id> {
        let mut out = Vec::new();
        for table in self.dom.elements_by_tag(content, &["table"]) {
            if self.dom.attr(table, "role") == Some("presentation") || self.dom.attr(table, "datatable") == Some("0") {
                continue;
            }
            let marked = self.dom.attr(table, "summary").is_some()
                || self.dom.first_by_tag(table, "caption").is_some_and(|c| !self.dom.children(c).is_empty())
                || !self.dom.elements_by_tag(table, &["col", "colgroup", "tfoot", "thead", "th"]).is_empty();
            let data = if marked {
                true
            } else if self.dom.first_by_tag(table, "table").is_some() {
                false
            } else {
                let rows = self.dom.elements_by_tag(table, &["tr"]);
                let mut columns = 0;
                for &row in &rows {
                    let cells: usize = self
                        .dom
                        .element_children(row)
                        .into_iter()
                        .filter(|&c| self.dom.tag(c) == "td")
                        .map(|c| self.dom.attr(c, "colspan").and_then(|s| s.trim().parse::<usize>().ok()).unwrap_or(1).max(1))
                        .sum();
                    columns = columns.max(cells);
                }
                let rows = rows.len();
                if rows == 1 || columns == 1 {
                    false
                } else {
                    rows >= 10 || columns > 4 || rows * columns > 10
                }
            };
            if data {
                out.push(table);
            }
        }
        out
    }

    /// Whether some non-blank text under `id` lies inside an element with one of `tags`
    /// (one pass, where summing each such element's text would be quadratic when nested).
    fn has_text_inside(&self, id: Id, tags: &[&str]) -> bool {
        let mut stack: Vec<(Id, bool)> = self.dom.children(id).iter().rev().map(|&c| (c, false)).collect();
        while let Some((n, inside)) = stack.pop() {
            if let Some(t) = self.dom.text(n) {
                if inside && !t.trim().is_empty() {
                    return true;
                }
                continue;
            }
            let inside = inside || tags.contains(&self.dom.tag(n));
            stack.extend(self.dom.children(n).iter().rev().map(|&c| (c, inside)));
        }
        false
    }

    fn text_density(&self, id: Id, tags: &[&str]) -> f64 {
        let total = self.dom.inner_text_len(id);
        if total == 0 {
            return 0.0;
        }
        let inner: usize = self.dom.elements_by_tag(id, tags).into_iter().map(|c| self.dom.inner_text_len(c)).sum();
        inner as f64 / total as f64
    }

    /// Removes the `tag` elements under `content` that look like link lists, forms, image
    /// galleries or empty shells rather than article text.
    fn clean_conditionally(&mut self, content: Id, tag: &str, data_tables: &[Id]) {
        if !self.flags.clean_conditionally {
            return;
        }
        let p = patterns();
        for node in self.dom.elements_by_tag(content, &[tag]) {
            if !self.dom.is_within(node, content) {
                continue;
            }
            let inner = self.dom.inner_text(node);
            let length = inner.chars().count();
            let mut is_list = tag == "ul" || tag == "ol";
            if !is_list {
                let list_length: usize = self.dom.elements_by_tag(node, &["ul", "ol"]).into_iter().map(|l| self.dom.inner_text_len(l)).sum();
                is_list = length > 0 && list_length as f64 / length as f64 > 0.9;
            }
            if data_tables.contains(&node) {
                continue;
            }
            let in_data_table = {
                let mut a = self.dom.parent(node);
                let mut found = false;
                while let Some(x) = a {
                    if data_tables.contains(&x) {
                        found = true;
                        break;
                    }
                    a = self.dom.parent(x);
                }
                found
            };
            if in_data_table || self.dom.has_ancestor_tag(node, "code", None) {
                continue;
            }
            if self.dom.elements_by_tag(node, &["table"]).iter().any(|t| data_tables.contains(t)) {
                continue;
            }
            let weight = self.class_weight(node);
            if weight < 0.0 {
                self.dom.detach(node);
                continue;
            }
            if inner.matches(',').count() >= 10 {
                continue;
            }
            let paragraphs = self.dom.elements_by_tag(node, &["p"]).len() as f64;
            let images = self.dom.elements_by_tag(node, &["img"]).len() as f64;
            let items = self.dom.elements_by_tag(node, &["li"]).len() as f64 - 100.0;
            let inputs = self.dom.elements_by_tag(node, &["input"]).len() as f64;
            let heading_density = self.text_density(node, &["h1", "h2", "h3", "h4", "h5", "h6"]);
            if p.ad_words.is_match(&inner) || p.loading_words.is_match(&inner) {
                self.dom.detach(node);
                continue;
            }
            // A link that is a whole sentence of prose is the story's own text, not a list of others.
            let link_density = self.link_density_without_prose(node);
            // Readability's "text density of textish tags is 0": no text inside any of them.
            let textish_text = self.has_text_inside(node, &TEXTISH);
            let in_figure = self.dom.has_ancestor_tag(node, "figure", None);
            // A wrapper of one paragraph of prose is that paragraph (a sentence with a few
            // links in it is no link list), as it would be without the wrapper.
            let wraps_one_paragraph = paragraphs == 1.0 && link_density < 0.35 && furniture::reads_as_prose(&inner);
            let mut remove = (!in_figure && images > 1.0 && paragraphs / images < 0.5)
                || (!is_list && items > paragraphs)
                || (inputs > (paragraphs / 3.0).floor())
                || (!is_list && !in_figure && heading_density < 0.9 && length < 25 && (images == 0.0 || images > 2.0) && link_density > 0.0)
                || (!is_list && weight < 25.0 && link_density > 0.2 && !wraps_one_paragraph)
                || (weight >= 25.0 && link_density > 0.5)
                || (images == 0.0 && !textish_text);
            if is_list && remove {
                // A plain list of images may stay.
                let simple = self.dom.element_children(node).iter().all(|&c| self.dom.element_children(c).len() <= 1);
                if simple && images == self.dom.elements_by_tag(node, &["li"]).len() as f64 {
                    remove = false;
                }
            }
            if remove {
                self.dom.detach(node);
            }
        }
    }
}

/// Readability's `_replaceBrs`: two or more `<br>`s in a row end a paragraph, so the
/// text after them becomes a `<p>` of its own.
fn replace_br_chains<N: Clone>(dom: &mut Dom<N>, body: Id) {
    let is_phrasing = |dom: &Dom<N>, id: Id| !dom.is_element(id) || PHRASING_ELEMS.contains(&dom.tag(id)) || matches!(dom.tag(id), "a" | "del" | "ins");
    // The next sibling that is not white-space text.
    let next_significant = |dom: &Dom<N>, mut node: Option<Id>| {
        while let Some(n) = node {
            match dom.text(n) {
                Some(t) if t.trim().is_empty() => node = dom.next_sibling(n),
                _ => break,
            }
        }
        node
    };
    for br in dom.elements_by_tag(body, &["br"]) {
        let Some(parent) = dom.parent(br) else { continue };
        let mut replaced = false;
        let mut next = next_significant(dom, dom.next_sibling(br));
        while let Some(n) = next {
            if dom.tag(n) != "br" {
                break;
            }
            replaced = true;
            let after = dom.next_sibling(n);
            dom.detach(n);
            next = next_significant(dom, after);
        }
        if !replaced {
            continue;
        }
        let p = dom.create("p");
        dom.replace(br, p);
        let mut next = dom.next_sibling(p);
        while let Some(n) = next {
            if dom.tag(n) == "br" {
                let after = next_significant(dom, dom.next_sibling(n));
                if after.is_some_and(|a| dom.tag(a) == "br") {
                    break;
                }
            }
            if !is_phrasing(dom, n) {
                break;
            }
            next = dom.next_sibling(n);
            dom.append(p, n);
        }
        while let Some(&last) = dom.nodes[p].children.last() {
            let blank = match dom.text(last) {
                Some(t) => t.trim().is_empty(),
                None => dom.tag(last) == "br",
            };
            if !blank {
                break;
            }
            dom.detach(last);
        }
        if dom.tag(parent) == "p" {
            dom.set_tag(parent, "div");
        }
    }
}

/// The text of `id` as one line, for tests and debugging.
#[allow(dead_code)]
pub fn flat_text<N: Clone>(dom: &Dom<N>, id: Id) -> String {
    collapse_white_space(&dom.text_content(id))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::page::html;

    const PARAGRAPH: &str = "The committee heard testimony for six hours, and members said the evidence, while incomplete, pointed one way.";

    /// The article container's text for a page body.
    fn grabbed_text(body: &str) -> String {
        let dom = Dom::copy(&html::parse(&format!("<html><body>{body}</body></html>")));
        let body_id = dom.first_by_tag(dom.root, "body").unwrap();
        let (copy, grabbed) = grab(&dom, body_id, "");
        flat_text(&copy, grabbed.content)
    }

    #[test]
    fn a_related_heading_dropped_by_its_name_takes_its_short_list_along() {
        let story = format!("<p>{PARAGRAPH}</p>").repeat(4);
        let text = grabbed_text(&format!(
            "<div class='story'>{story}<div class='moreLinks'><h3 class='relatedLinks'>Related stories</h3><ul><li><a href='/a'>Bridge closes for repairs</a></li><li><a href='/b'>Tolls to rise in spring</a></li></ul></div>{story}</div>"
        ));
        assert!(!text.contains("Bridge closes") && !text.contains("Tolls to rise"), "{text}");
        assert!(text.contains("The committee"), "{text}");
    }

    #[test]
    fn a_subheading_called_a_header_over_prose_stays_but_a_box_label_goes() {
        let story = format!("<p>{PARAGRAPH}</p>").repeat(6);
        let text = grabbed_text(&format!(
            "<div class='post-body'>{story}<h2 class='section-header'>What the panel found</h2><p>{PARAGRAPH}</p><h2 class='box-header'>The morning briefing</h2><div><form><input></form></div></div>"
        ));
        assert!(text.contains("What the panel found"), "{text}");
        assert!(!text.contains("morning briefing"), "{text}");
    }

    #[test]
    fn the_part_a_page_declares_paywalled_is_read_though_named_paywall() {
        let first = format!("<p>{PARAGRAPH}</p>").repeat(3);
        let gated = "<p class='paywall'>After the break, the members voted nine to four to send the bill back, with the chair among the nine.</p>".repeat(3);
        let declared = |selector: &str| {
            format!(
                "<script type='application/ld+json'>{{\"@type\":\"NewsArticle\",\"isAccessibleForFree\":false,\"hasPart\":{{\"isAccessibleForFree\":false,\"cssSelector\":\"{selector}\"}}}}</script>
                 <article><div class='body'>{first}</div><div class='newsletter'><p>Sign up for the daily.</p></div>
                 <div class='body paywall'>{gated}</div><div class='paywall-prompt'><p>You are reading your last free article. Subscribe.</p></div></article>"
            )
        };
        for selector in [".paywall", "div.body .paywall"] {
            let text = grabbed_text(&declared(selector));
            assert_eq!(text.matches("voted nine to four").count(), 3, "{selector}: {text}");
            assert!(!text.contains("last free article"), "{text}");
        }
        // Declared for another part, the boxes named "paywall" are small furniture as before.
        let text = grabbed_text(&declared(".premium"));
        assert!(!text.contains("voted nine to four"), "{text}");
    }

    #[test]
    fn a_story_body_named_for_an_ad_widget_hook_is_kept() {
        let story = format!("<p>{PARAGRAPH}</p>").repeat(5);
        let text = grabbed_text(&format!(
            "<div class='story-text outbrain-readmore'>{story}</div><div class='taboola-feed'><a href='/x'>Sponsored: one weird trick</a></div>"
        ));
        assert!(text.contains("The committee"), "{text}");
        assert!(!text.contains("weird trick"), "{text}");
    }

    #[test]
    fn an_appeal_box_goes_whatever_it_is_called_but_a_story_of_a_fundraiser_stays() {
        let story = format!("<p>{PARAGRAPH}</p>").repeat(5);
        let appeal = "<div class='x7'><p>We have a small favour to ask.</p><p>Unlike many others, our journalism has no paywall. Every contribution, however big or small, helps.</p><p>Support us from as little as £1.</p></div>";
        let text = grabbed_text(&format!("<div class='story'>{story}{appeal}</div>"));
        assert!(text.contains("The committee") && !text.contains("small favour"), "{text}");
        let drive = "<div class='x7'><p>The food bank said every contribution, however small, would be matched by a local grocer until Friday.</p><p>Organizers urged residents to donate canned goods at the library.</p></div>";
        let text = grabbed_text(&format!("<div class='story'>{story}{drive}</div>"));
        assert!(text.contains("every contribution"), "{text}");
    }

    #[test]
    fn densest_container_wins_over_link_lists() {
        let links: String = (0..20).map(|i| format!("<li><a href='/{i}'>Other story number {i}, read it now</a></li>")).collect();
        let text = grabbed_text(&format!("<div id='more'><ul>{links}</ul></div><div class='story'>{}</div>", format!("<p>{PARAGRAPH}</p>").repeat(6)));
        assert!(text.starts_with("The committee"), "{text}");
        assert!(!text.contains("Other story"), "{text}");
    }

    #[test]
    fn double_br_splits_loose_text_into_paragraphs() {
        let dom = Dom::copy(&html::parse(&format!("<body><div>{PARAGRAPH}<br><br>{PARAGRAPH}<br>same paragraph</div></body>")));
        let mut dom = dom;
        let body = dom.first_by_tag(dom.root, "body").unwrap();
        replace_br_chains(&mut dom, body);
        let ps = dom.elements_by_tag(body, &["p"]);
        assert_eq!(ps.len(), 1);
        // The single <br> stays inside (text content has no space for it).
        assert_eq!(flat_text(&dom, ps[0]), format!("{PARAGRAPH}same paragraph"));
    }

    #[test]
    fn unlikely_sidebar_is_dropped_but_main_column_kept() {
        let text = grabbed_text(&format!(
            "<div class='sidebar'><p>{PARAGRAPH} Sidebar words.</p></div><div class='main-column'>{}</div><div class='comments'><p>{PARAGRAPH} Comment words.</p></div>",
            format!("<p>{PARAGRAPH}</p>").repeat(6)
        ));
        assert!(!text.contains("Sidebar") && !text.contains("Comment words"), "{text}");
        assert_eq!(text.matches("The committee").count(), 6);
    }

    #[test]
    fn short_page_falls_back_to_everything() {
        // Too short for the first pass: the unlikely-named container comes back.
        let text = grabbed_text("<div class='sidebar'><p>Only this text, in a sidebar, exists on the page at all.</p></div>");
        assert!(text.contains("Only this text"), "{text}");
    }

    #[test]
    fn page_banners_beside_an_article_are_not_its_text() {
        let story = format!("<p>{PARAGRAPH}</p>").repeat(2);
        for banner in [
            "<div id='breaking'>BREAKING: Severe storms expected after 4 p.m.</div>",
            "<div class='site-alert-bar'><p>Flood watch for the county until 8 p.m. tonight.</p></div>",
            "<div role='alert'>Weather alert: roads closed in the north.</div>",
            "<p aria-live='polite' class='x9'>Markets: FTSE up 0.4 per cent.</p>",
            "<div class='NewsTicker'><span>LIVE:</span> Polls close at 10 p.m.</div>",
            "<div class='promoBar'>Subscribe today for 99p a week.</div>",
            "<div class='x4'>Tuesday, June 3, 2025. Today's paper.</div>",
        ] {
            for page in [format!("{banner}<article class='story'>{story}</article>"), format!("<main>{banner}<article>{story}{story}{story}</article></main>")]
            {
                let text = grabbed_text(&page);
                assert!(text.contains("The committee"), "{page}: {text}");
                for word in ["BREAKING", "Flood watch", "roads closed", "FTSE", "Polls close", "99p", "June 3"] {
                    assert!(!text.contains(word), "{page}: {text}");
                }
            }
        }
    }

    #[test]
    fn a_note_or_a_live_feed_inside_the_article_stays() {
        let story = format!("<p>{PARAGRAPH}</p>").repeat(4);
        let note = "<div class='alert alert-info'>Correction: an earlier version misstated the date of the hearing.</div>";
        let text = grabbed_text(&format!("<article>{note}{story}</article>"));
        assert!(text.contains("Correction: an earlier") && text.contains("The committee"), "{text}");
        let text = grabbed_text(&format!("<div class='ticker'>Live: results</div><main><div class='feed' aria-live='polite'>{story}{story}</div></main>"));
        assert_eq!(text.matches("The committee").count(), 8, "{text}");
        // No container marks the article: a short sentence beside the story is still read.
        let text = grabbed_text(&format!("<div class='story'>{story}</div><p>He declined to comment.</p>"));
        assert!(text.contains("declined to comment"), "{text}");
    }

    #[test]
    fn share_widget_inside_article_is_removed() {
        let text = grabbed_text(&format!(
            "<article>{}<div class='share-bar'><a href='/fb'>Facebook</a> Share this story</div></article>",
            format!("<p>{PARAGRAPH}</p>").repeat(6)
        ));
        assert!(!text.contains("Share this"), "{text}");
    }

    #[test]
    fn a_live_blogs_posts_alike_are_all_gathered() {
        // Each post a list item or a div of its own, with its time, its text and its share
        // row: the best text is one post's, the article is all of them.
        let post = |n: usize, words: &str| {
            format!("<div class='meta'><time>1{n}:30</time></div><div class='post-body'><p>Update {n}: {words}</p></div><div class='share'>Share</div>")
        };
        let short = "The minister arrived at the hall and the press conference began soon after.";
        for (open, close) in [("<ol class='feed'>", "</ol>"), ("<div class='feed'>", "</div>")] {
            let item = if open.starts_with("<ol") { "li" } else { "div" };
            let posts: String = [PARAGRAPH, short, short, PARAGRAPH]
                .iter()
                .enumerate()
                .map(|(n, words)| format!("<{item} class='entry'>{}</{item}>", post(n, words)))
                .collect();
            let text = grabbed_text(&format!("<main><h1>Budget day live</h1>{open}{posts}{close}</main>"));
            for n in 0..4 {
                assert!(text.contains(&format!("Update {n}:")), "post {n} of {open}: {text}");
            }
        }
    }

    #[test]
    fn a_run_of_teasers_beside_a_story_is_not_gathered() {
        let story = format!("<p>{PARAGRAPH}</p>").repeat(4);
        let cards = "<li class='card'><p>Council approves new bus lanes on Main Street this week.</p></li>".repeat(4);
        let text = grabbed_text(&format!("<div class='page'><article><div class='body'>{story}</div></article><ul class='more'>{cards}</ul></div>"));
        assert!(!text.contains("bus lanes"), "{text}");
        assert_eq!(text.matches("The committee").count(), 4);
    }
}
