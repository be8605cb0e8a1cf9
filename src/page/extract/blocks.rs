//! Cutting the article container into blocks of text, each remembering where on the page
//! every stretch of its text came from.
//!
//! Text is laid out as a browser would show it: runs of white space become one space,
//! white space at the start and end of a block goes, a `<br>` is a line break, and every
//! block-level element starts a new block. Each output character comes from exactly one
//! source character (a collapsed space from the first character of its run), so a
//! [`Piece`] is a run copied char for char from one text node, white space shown as a
//! plain space: both are one UTF-16 unit, which keeps [`Article::locate`] exact.
//!
//! [`Article::locate`]: super::super::Article::locate

use super::dom::{Dom, Id};
use super::furniture;
use crate::page::{ArticleBlock, Piece};
use crate::text::BlockKind;

/// Elements whose content is a block (or several) of its own.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Never body text, even inside the article: captions and credits, page furniture that
/// survived the search, form controls. (Not `<form>`: some sites wrap the whole page in one.)
const LEFT_OUT: &[&str] = &["figcaption", "button", "nav", "aside", "footer", "input", "label", "select", "option", "head", "title", "meta", "link"];

/// Paragraphs shorter than this (in visible chars) that are 80% link text are left out.
const PROMO_MAX_CHARS: usize = 200;

/// The block being built.
struct Open<N> {
    kind: BlockKind,
    text: String,
    pieces: Vec<Piece<N>>,
    /// The text node and UTF-16 offset the next character must come from to extend the
    /// last piece.
    continues: Option<(Id, usize)>,
    /// A collapsed space waiting for the next visible character: where it came from.
    pending_space: Option<(Id, usize)>,
    /// Visible characters, those of them inside links, and those inside links to other
    /// pages of the site.
    chars: usize,
    link_chars: usize,
    away_chars: usize,
    /// The text node the block's last character came from.
    last_node: Option<Id>,
}

/// Where a run of text sits with respect to links.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Link {
    None,
    /// Inside a link: to another site, to a place on this page, or to the site's own pages.
    Any,
    /// Inside a link to another page of the site itself: another story.
    ToSitePage,
}

pub struct Builder<'a, N> {
    dom: &'a Dom<N>,
    pub blocks: Vec<ArticleBlock<N>>,
    open: Open<N>,
    /// Whether the next `<h1>` is the headline (no other headline having been found).
    pub h1_is_title: bool,
    /// Bylines and datelines found among the blocks, kept apart from the body.
    pub byline: Option<String>,
    pub dateline: Option<String>,
    /// The page's own host (from its canonical address), to tell its links from others.
    site: Option<String>,
    /// The path of the page's own address, to tell links to itself from other stories.
    own_path: Option<String>,
    /// The element the blocks are taken from (no teaser box, whatever it holds).
    root: Id,
    /// Whether the text added now is the headline.
    titling: bool,
    /// The box around the last block kept when that block is a heading (the heading's
    /// parent element): a call to the reader after it in the same box takes it along.
    heading_box: Option<Id>,
}

/// How far above a heading's text node its heading element may be (`<h2><a><span>`).
const HEADING_DEPTH: usize = 4;

/// A box's label is a few words ("Nature Briefing", "Get More From WIRED"); a longer
/// heading says something of its own.
const BOX_LABEL_MAX_WORDS: usize = 5;

/// A box a heading labels, with its call to the reader: a few lines at most.
const HEADED_BOX_MAX_CHARS: usize = 600;

/// A standfirst is a sentence or two.
const COMPANION_MAX_CHARS: usize = 300;

/// A section label is a word or a few ("Politics", "Poison in the Air").
const LABEL_MAX_WORDS: usize = 4;

/// A label set as a paragraph is a few words ("Read also", "More on this story").
const LABEL_MAX_CHARS: usize = 60;

/// A teaser card is no longer than this (chars): a headline, a line or two and a stamp.
const TEASER_MAX_CHARS: usize = 400;

/// Headline lists: at least this many items, each (nearly) wholly a link.
const HEADLINE_LIST_MIN_ITEMS: usize = 3;

impl<'a, N: Clone> Builder<'a, N> {
    pub fn new(dom: &'a Dom<N>) -> Builder<'a, N> {
        Builder {
            dom,
            blocks: Vec::new(),
            open: Open {
                kind: BlockKind::Paragraph,
                text: String::new(),
                pieces: Vec::new(),
                continues: None,
                pending_space: None,
                chars: 0,
                link_chars: 0,
                away_chars: 0,
                last_node: None,
            },
            h1_is_title: false,
            byline: None,
            dateline: None,
            site: furniture::site_host(dom),
            own_path: furniture::own_path(dom),
            root: dom.root,
            titling: false,
            heading_box: None,
        }
    }

    pub fn finish(mut self) -> Vec<ArticleBlock<N>> {
        self.flush();
        self.blocks
    }

    /// Adds the text under `root` as blocks; `kind` is the kind of loose text in it.
    pub fn add(&mut self, root: Id, kind: BlockKind) {
        self.titling = kind == BlockKind::Title;
        self.root = root;
        enum Step {
            Enter(Id, BlockKind, Link),
            Leave,
            /// The end of a quoted paragraph whose attribution follows on its next line.
            Break,
            /// The closing mark of an inline quotation.
            CloseQuote(char),
        }
        let mut quote_depth = 0usize;
        let mut skipped: Vec<Id> = Vec::new();
        let mut stack = vec![Step::Enter(root, kind, Link::None)];
        while let Some(step) = stack.pop() {
            let (id, context, in_link) = match step {
                Step::Leave => {
                    self.flush();
                    continue;
                }
                Step::Break => {
                    self.line_break();
                    continue;
                }
                Step::CloseQuote(mark) => {
                    quote_depth = quote_depth.saturating_sub(1);
                    self.push_mark(mark, false);
                    continue;
                }
                Step::Enter(id, context, in_link) => (id, context, in_link),
            };
            if let Some(text) = self.dom.text(id) {
                if self.open.text.is_empty() {
                    self.open.kind = context;
                }
                self.push_text(id, text, in_link);
                continue;
            }
            let tag = self.dom.tag(id);
            if (LEFT_OUT.contains(&tag) && !self.is_quote_credit(id)) || self.is_furniture(id) {
                continue;
            }
            let link = match (tag, in_link) {
                ("a", Link::None | Link::Any) if self.leads_to_site_page(id) => Link::ToSitePage,
                ("a", Link::None) => Link::Any,
                _ => in_link,
            };
            if tag == "a" && link == Link::ToSitePage && self.is_teaser_card(id) {
                continue;
            }
            if tag == "p" && self.dom.inner_text_len(id) <= LABEL_MAX_CHARS && furniture::is_related_heading(&self.dom.inner_text(id)) {
                // A label set as a paragraph ("<p><strong>Read also</strong></p>") over a
                // list of stories, as a heading would be: the label and its list.
                skipped.extend(furniture::stories_after(self.dom, id));
                continue;
            }
            if matches!(tag, "h2" | "h3" | "h4" | "h5" | "h6") {
                let heading = self.dom.inner_text(id);
                if furniture::is_related_heading(&heading) || furniture::is_more_in_heading(&heading) {
                    // "Most read", "Related": the heading and the list of stories after it.
                    skipped.extend(furniture::stories_after(self.dom, id));
                    continue;
                }
                // "More explainers" over a list of links: the heading and its links.
                if furniture::is_more_kind_heading(&heading) {
                    let links = furniture::links_after(self.dom, id);
                    if !links.is_empty() {
                        skipped.extend(links);
                        continue;
                    }
                }
                if let Some(section) = self.boilerplate_section(id, &heading) {
                    skipped.extend(section);
                    continue;
                }
            }
            if skipped.contains(&id) {
                continue;
            }
            if tag == "br" {
                self.line_break();
                continue;
            }
            // A cell of plain text is a column of its row: the row is one line, as it reads.
            let cell = matches!(tag, "td" | "th") && self.is_plain_cell(id);
            if cell && !self.open.text.is_empty() && self.open.pending_space.is_none() && !self.open.text.ends_with('\n') {
                self.open.text.push(' ');
                self.open.continues = None;
            }
            let is_block = BLOCK_TAGS.contains(&tag) && !cell;
            // A quotation's credit ("<blockquote><p>…</p><footer>— Name</footer>") goes on
            // the quotation's last line, as the page shows it under the words.
            let credit = self.is_quote_credit(id);
            if credit {
                self.line_break();
                if is_block {
                    stack.push(Step::Leave);
                }
            }
            let inner = match tag {
                "h1" if self.h1_is_title => {
                    self.h1_is_title = false;
                    BlockKind::Title
                }
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
                "li" | "dd" | "dt" if context != BlockKind::BlockQuote => BlockKind::ListItem,
                "blockquote" => BlockKind::BlockQuote,
                _ => context,
            };
            if is_block && !credit {
                self.flush();
                let credited = self.dom.next_element_sibling(id).is_some_and(|n| self.is_quote_credit(n));
                stack.push(if credited { Step::Break } else { Step::Leave });
            }
            if tag == "q" {
                // Browsers draw <q>'s quotation marks with CSS, so its text has none: the
                // reader gets them (outside every piece), as a reader of the page sees them.
                let (open, close) = if quote_depth.is_multiple_of(2) { ('\u{201c}', '\u{201d}') } else { ('\u{2018}', '\u{2019}') };
                if self.open.text.is_empty() {
                    self.open.kind = context;
                }
                self.push_mark(open, true);
                quote_depth += 1;
                stack.push(Step::CloseQuote(close));
            }
            for &child in self.dom.children(id).iter().rev() {
                stack.push(Step::Enter(child, inner, link));
            }
        }
    }

    /// Whether an element inside the article is furniture by its name and make: a caption
    /// or credit, an image or video wrapper with its caption, a byline or dateline box, a
    /// list of other stories' headlines.
    fn is_furniture(&mut self, id: Id) -> bool {
        let dom = self.dom;
        if furniture::is_caption_or_media(dom, id) {
            let text = dom.inner_text(id);
            if furniture::is_byline_text(&text) && self.byline.is_none() {
                self.byline = Some(text);
            }
            return true;
        }
        (matches!(dom.tag(id), "ul" | "ol") && self.is_headline_list(id)) || (id != self.root && self.is_teaser_box(id)) || self.is_headline_companion(id)
    }

    /// A standfirst or a section label around the headline, by its name, before the body's
    /// first paragraph: the story's summary or its section, not its text (it would be read
    /// twice, its figures and claims with it, the body saying the same again). A standfirst
    /// set as a heading stays: it reads as one of the article's headings, as Readability keeps it.
    fn is_headline_companion(&self, id: Id) -> bool {
        let dom = self.dom;
        let heading = matches!(dom.tag(id), "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
        id != self.root
            && (!heading || dom.inner_text(id).split_whitespace().count() <= LABEL_MAX_WORDS)
            && !self.titling
            && !self.blocks.iter().any(|b| b.kind == BlockKind::Paragraph)
            && dom.inner_text_len(id) <= COMPANION_MAX_CHARS
            && dom.elements_by_tag(id, &["p"]).len() <= 1
            && furniture::header_name(&dom.match_string(id))
    }

    /// Whether a table cell holds only inline content (no paragraph, list or nested table).
    fn is_plain_cell(&self, cell: Id) -> bool {
        self.dom.descendants(cell).into_iter().all(|d| !self.dom.is_element(d) || !BLOCK_TAGS.contains(&self.dom.tag(d)))
    }

    /// Whether an element is the credit line of the `<blockquote>` it closes: a `<footer>`
    /// or a `<cite>` after the quoted words.
    fn is_quote_credit(&self, id: Id) -> bool {
        let dom = self.dom;
        matches!(dom.tag(id), "footer" | "cite")
            && dom.parent(id).is_some_and(|p| dom.tag(p) == "blockquote")
            && dom.previous_element_sibling(id).is_some()
            && !dom.inner_text(id).trim().is_empty()
    }

    /// A box holding another story's teaser: its heading is wholly a link to another page of
    /// the site, and it is short, a line or two of summary and a time stamp ("<div
    /// class='card'><h2><a href='/s1'>Other story</a></h2><p>Its summary.</p><span>1h
    /// ago</span></div>"). A page of such cards, a section front, is no article.
    fn is_teaser_box(&self, id: Id) -> bool {
        let dom = self.dom;
        if !matches!(dom.tag(id), "div" | "article" | "li" | "section") {
            return false;
        }
        let Some(heading) = dom.elements_by_tag(id, &["h2", "h3", "h4", "h5", "h6"]).into_iter().next() else { return false };
        let length = dom.inner_text_len(id);
        if length > TEASER_MAX_CHARS || dom.elements_by_tag(id, &["p"]).len() > 2 {
            return false;
        }
        let heading_chars = dom.inner_text_len(heading);
        let linked: usize = dom.elements_by_tag(heading, &["a"]).into_iter().filter(|&a| self.leads_to_site_page(a)).map(|a| dom.inner_text_len(a)).sum();
        heading_chars > 0 && linked == heading_chars && dom.is_within(heading, id)
    }

    /// The boilerplate that a press release closes with, from its heading to the next one:
    /// legal notices and contacts by their heading, and an "About Acme" section whose first
    /// paragraph opens with the name (the company's standard description).
    fn boilerplate_section(&self, heading: Id, text: &str) -> Option<Vec<Id>> {
        let dom = self.dom;
        let mut section = Vec::new();
        let mut next = dom.next_sibling(heading);
        while let Some(n) = next {
            next = dom.next_sibling(n);
            if dom.is_element(n) && matches!(dom.tag(n), "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
                break;
            }
            section.push(n);
        }
        if furniture::is_boilerplate_heading(text) {
            return Some(section);
        }
        let name = furniture::about_heading_name(text)?;
        let first_word = name.split_whitespace().next()?;
        let opening = section.iter().find(|&&n| dom.is_element(n) && !dom.inner_text(n).trim().is_empty())?;
        dom.inner_text(*opening).trim_start().starts_with(first_word).then_some(section)
    }

    /// Whether a link goes to another page of the site (another story, a section).
    fn leads_to_site_page(&self, a: Id) -> bool {
        self.dom.attr(a, "href").is_some_and(|h| furniture::is_site_link(h, self.site.as_deref()) && !furniture::is_same_page(h, self.own_path.as_deref()))
    }

    /// A link to another page of the site that wraps a headline (a card: "<a><h3>Other
    /// story</h3><p>Its summary.</p></a>"): another story's teaser, however prose-like.
    fn is_teaser_card(&self, a: Id) -> bool {
        !self.dom.elements_by_tag(a, &["h1", "h2", "h3", "h4", "h5", "h6"]).is_empty()
    }

    /// A list of links to other stories: several items, each (nearly) wholly a link to
    /// another page, few of them sentences.
    fn is_headline_list(&self, list: Id) -> bool {
        let dom = self.dom;
        let items: Vec<Id> = dom.element_children(list).into_iter().filter(|&c| dom.tag(c) == "li").collect();
        if items.len() < HEADLINE_LIST_MIN_ITEMS {
            return false;
        }
        let mut prose = 0;
        for &item in &items {
            let text = dom.inner_text(item);
            let total = text.chars().count();
            // Links to the site's own pages: another story; links off the site are sources
            // (a list of bugs, of references) and in-page links a table of contents.
            let linked: usize = dom
                .elements_by_tag(item, &["a"])
                .into_iter()
                .filter(|&a| dom.attr(a, "href").is_some_and(|h| furniture::is_site_link(h, self.site.as_deref())))
                .map(|a| dom.inner_text_len(a))
                .sum();
            if total == 0 || linked * 5 < total * 4 {
                return false;
            }
            if furniture::reads_as_prose(&text) {
                prose += 1;
            }
        }
        prose * 2 < items.len()
    }

    /// Ends the open block, if it has any text.
    pub fn flush(&mut self) {
        let open = &mut self.open;
        while open.text.ends_with('\n') {
            open.text.pop();
        }
        open.pending_space = None;
        open.continues = None;
        let (chars, link_chars) = (std::mem::take(&mut open.chars), std::mem::take(&mut open.link_chars));
        let away_chars = std::mem::take(&mut open.away_chars);
        let last_node = open.last_node.take();
        // A heading that is wholly a link to another page of the site is another story's
        // headline ("<h3><a href='/other-story'>…</a></h3>" in a list of teasers).
        // Not the headline itself, which sites often link to its own page.
        let teaser = open.kind == BlockKind::Heading && !self.titling && chars > 0 && away_chars == chars;
        // A short paragraph that is (nearly) all link is a promo for another page ("Read
        // more: …", "Continue reading the main story"), not the article's own text: its
        // headline must not be read as this article's quote or claim. Readability keeps
        // them; we give up that bit of agreement with its output.
        let link_only = open.kind == BlockKind::Paragraph && chars < PROMO_MAX_CHARS && link_chars * 5 >= chars * 4;
        // Unless it reads as a sentence of the story that happens to be a link.
        let link_only = link_only && !furniture::reads_as_prose(&open.text);
        let calls_reader = (matches!(open.kind, BlockKind::Paragraph | BlockKind::Heading) && furniture::is_reader_call(&open.text))
            || (open.kind == BlockKind::Paragraph && furniture::is_promo_call(&open.text));
        // A crew's credits, one "Name Role" a line ("Jane Roe Producer"): like a call, its
        // box's label ("The team") goes with it.
        let credits = open.kind == BlockKind::ListItem && furniture::is_role_line(&open.text);
        let slug = match open.kind {
            BlockKind::Paragraph | BlockKind::Heading | BlockKind::ListItem => {
                furniture::is_slug(&open.text)
                    || furniture::is_furniture_line(&open.text)
                    || furniture::is_related_heading(&open.text)
                    || furniture::is_share_row(&open.text)
            }
            _ => false,
        } || calls_reader
            || credits
            || (open.kind == BlockKind::Paragraph
                && (furniture::is_credit_text(&open.text)
                    || furniture::is_notice(&open.text)
                    || furniture::is_labelled_headline(&open.text)
                    || furniture::is_release_source_line(&open.text)
                    || furniture::is_credit_note(&open.text)
                    || furniture::is_bare_count(&open.text)
                    || furniture::is_chart_credit(&open.text)
                    || furniture::is_role_line(&open.text)
                    || furniture::is_address_line(&open.text)
                    || furniture::is_contact_line(&open.text)
                    || furniture::is_transcript_note(&open.text)
                    || furniture::is_sign_off(&open.text)
                    || furniture::is_funding_note(&open.text)
                    || furniture::is_supporter_disclosure(&open.text)
                    || furniture::is_signature(&open.text)
                    || furniture::is_salutation(&open.text)
                    || furniture::is_editor_initials(&open.text)
                    || super::publisher_notes::is_publisher_note(&open.text)
                    || (link_chars > 0 && furniture::is_promo_sentence(&open.text))));
        // Bylines and datelines are the article's metadata, not its text.
        let mut metadata = false;
        if open.kind == BlockKind::Paragraph && furniture::is_byline_text(&open.text) {
            metadata = true;
            self.byline.get_or_insert_with(|| open.text.clone());
        } else if open.kind == BlockKind::Paragraph
            && (furniture::is_dateline_text(&open.text)
                || furniture::is_clock_time(&open.text)
                || furniture::is_time_stamp(&open.text)
                || furniture::is_labelled_stamp(&open.text)
                || furniture::is_labelled_parts_stamp(&open.text)
                || furniture::is_meta_line(&open.text)
                || furniture::is_stamped_byline(&open.text))
        {
            metadata = true;
            self.dateline.get_or_insert_with(|| open.text.clone());
        }
        // Only marks the reader added (an empty <q>): nothing of the page's own.
        // A rule drawn in text ("___", "* * *"): no words at all.
        let wordless = !open.text.chars().any(char::is_alphanumeric);
        if link_only || slug || teaser || wordless || metadata || open.pieces.is_empty() {
            open.text.clear();
        }
        let kept = !open.text.is_empty();
        if kept {
            let text = std::mem::take(&mut open.text);
            let pieces = std::mem::take(&mut open.pieces);
            let pieces = pieces.into_iter().filter(|p| p.start + p.len <= text.len()).collect();
            self.blocks.push(ArticleBlock { kind: open.kind, text, pieces });
        }
        open.pieces.clear();
        let kind = open.kind;
        if (calls_reader || credits) && self.heads_same_box(last_node) {
            self.blocks.pop();
            self.heading_box = None;
        } else if kept {
            self.heading_box = last_node.filter(|_| kind == BlockKind::Heading).and_then(|node| self.box_of_heading(node));
        }
    }

    /// The parent of the heading a text node is in, when it is a box a few lines long
    /// (a newsletter or offer box, not the article's body).
    fn box_of_heading(&self, node: Id) -> Option<Id> {
        let dom = self.dom;
        let heading = dom.ancestors(node, HEADING_DEPTH).into_iter().find(|&a| matches!(dom.tag(a), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"))?;
        dom.parent(heading).filter(|&b| dom.inner_text_len(b) <= HEADED_BOX_MAX_CHARS)
    }

    /// Whether the last block kept is a heading whose box also holds the text node the
    /// dropped call came from: "Nature Briefing" over "Sign up for the Nature Briefing
    /// newsletter", the box's label, not a heading of the story.
    fn heads_same_box(&self, call_node: Option<Id>) -> bool {
        let (Some(call), Some(container)) = (call_node, self.heading_box) else { return false };
        let label = |b: &ArticleBlock<N>| b.kind == BlockKind::Heading && b.text.split_whitespace().count() <= BOX_LABEL_MAX_WORDS;
        self.blocks.last().is_some_and(label) && self.dom.is_within(call, container)
    }

    /// Appends a character the page shows but no text node holds; an opening mark takes
    /// the white space before it, a closing mark does not.
    fn push_mark(&mut self, mark: char, opening: bool) {
        let open = &mut self.open;
        if opening {
            if open.pending_space.take().is_some() {
                open.text.push(' ');
            }
        } else if open.text.is_empty() {
            return;
        }
        open.text.push(mark);
        open.continues = None;
    }

    fn line_break(&mut self) {
        let open = &mut self.open;
        open.pending_space = None;
        open.continues = None;
        if !open.text.is_empty() && !open.text.ends_with('\n') {
            open.text.push('\n');
        }
    }

    fn push_text(&mut self, id: Id, text: &str, in_link: Link) {
        let Some(source) = (match &self.dom.nodes[id].data {
            super::dom::Data::Text { source, .. } => Some(source.clone()),
            _ => None,
        }) else {
            return;
        };
        let mut unit = 0;
        let mut in_space_run = false;
        for ch in text.chars() {
            let width = ch.len_utf16();
            if ch.is_whitespace() {
                if !in_space_run {
                    let open = &mut self.open;
                    if !open.text.is_empty() && !open.text.ends_with(['\n', ' ']) && open.pending_space.is_none() {
                        open.pending_space = Some((id, unit));
                    }
                }
                in_space_run = true;
            } else {
                in_space_run = false;
                if let Some((space_node, space_unit)) = self.open.pending_space.take() {
                    let space_source = match &self.dom.nodes[space_node].data {
                        super::dom::Data::Text { source, .. } => source.clone(),
                        _ => source.clone(),
                    };
                    self.push_char(' ', space_node, space_unit, &space_source);
                }
                self.push_char(ch, id, unit, &source);
                self.open.chars += 1;
                if in_link != Link::None {
                    self.open.link_chars += 1;
                }
                if in_link == Link::ToSitePage {
                    self.open.away_chars += 1;
                }
            }
            unit += width;
        }
    }

    /// Appends one character that came from `node` at UTF-16 offset `unit`.
    fn push_char(&mut self, ch: char, node: Id, unit: usize, source: &N) {
        let open = &mut self.open;
        let start = open.text.len();
        open.text.push(ch);
        let len = ch.len_utf8();
        match (open.continues, open.pieces.last_mut()) {
            (Some((n, u)), Some(piece)) if n == node && u == unit => piece.len += len,
            _ => open.pieces.push(Piece { node: source.clone(), start, len, node_offset: unit }),
        }
        open.continues = Some((node, unit + ch.len_utf16()));
        open.last_node = Some(node);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::page::html;

    fn blocks(markup: &str) -> Vec<(BlockKind, String)> {
        let dom = Dom::copy(&html::parse(markup));
        let body = dom.first_by_tag(dom.root, "body").unwrap_or(dom.root);
        let mut builder = Builder::new(&dom);
        builder.add(body, BlockKind::Paragraph);
        builder.finish().into_iter().map(|b| (b.kind, b.text)).collect()
    }

    #[test]
    fn block_kinds_follow_the_elements() {
        let got = blocks("<body><h3>Sub</h3><p>Para.</p><ul><li>One</li><li><p>Two</p></li></ul><blockquote><p>Quoted.</p></blockquote><figure><figcaption>Credit</figcaption></figure></body>");
        assert_eq!(
            got,
            [
                (BlockKind::Heading, "Sub".to_string()),
                (BlockKind::Paragraph, "Para.".to_string()),
                (BlockKind::ListItem, "One".to_string()),
                (BlockKind::ListItem, "Two".to_string()),
                (BlockKind::BlockQuote, "Quoted.".to_string()),
            ]
        );
    }

    #[test]
    fn link_only_promo_paragraph_is_left_out() {
        let got = blocks(
            "<body><p><a href='/other'>Read more: Mayor says ban will stay</a></p><p>[<a href='/x'>Read: Senate passes the bill</a>]</p>
             <p>The mayor <a href='/m'>said</a> on Monday that the ban would stay, and <a href='/c'>critics</a> disagreed.</p>
             <ul><li><a href='/bug'>Bug 1 – Fix the crash on start</a></li></ul></body>",
        );
        let texts: Vec<&str> = got.iter().map(|b| b.1.as_str()).collect();
        assert_eq!(texts, ["The mayor said on Monday that the ban would stay, and critics disagreed.", "Bug 1 – Fix the crash on start"]);
    }

    #[test]
    fn inline_quotation_gets_its_marks() {
        let got = blocks("<body><p>He said <q>we will <q>never</q> stop</q> today.</p></body>");
        assert_eq!(got[0].1, "He said \u{201c}we will \u{2018}never\u{2019} stop\u{201d} today.");
        assert!(blocks("<body><p><q></q></p></body>").is_empty());
    }

    #[test]
    fn first_h1_is_the_title_when_asked() {
        let dom = Dom::copy(&html::parse("<body><h1>Head</h1><p>Body.</p><h1>Second</h1></body>"));
        let mut builder = Builder::new(&dom);
        builder.h1_is_title = true;
        builder.add(dom.root, BlockKind::Paragraph);
        let kinds: Vec<BlockKind> = builder.finish().into_iter().map(|b| b.kind).collect();
        assert_eq!(kinds, [BlockKind::Title, BlockKind::Paragraph, BlockKind::Heading]);
    }

    #[test]
    fn space_runs_across_nodes_collapse_to_one() {
        let got = blocks("<body><p> a <b> b </b> <i> c</i>\n</p><div>loose <span></span> text<br><br>after</div></body>");
        assert_eq!(got[0].1, "a b c");
        assert_eq!(got[1].1, "loose text\nafter");
    }

    #[test]
    fn collapsed_space_is_a_piece_from_the_first_space_of_its_run() {
        let dom = Dom::copy(&html::parse("<body><p>ab  \n cd</p></body>"));
        let mut builder = Builder::new(&dom);
        builder.add(dom.root, BlockKind::Paragraph);
        let out = builder.finish();
        assert_eq!(out[0].text, "ab cd");
        let pieces: Vec<(usize, usize, usize)> = out[0].pieces.iter().map(|p| (p.start, p.len, p.node_offset)).collect();
        // "ab " verbatim from offset 0, then "cd" from offset 6.
        assert_eq!(pieces, [(0, 3, 0), (3, 2, 6)]);
    }
}
