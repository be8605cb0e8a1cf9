//! A private, mutable copy of the page tree that extraction rewrites as it goes.
//!
//! Readability's method edits the document (it wraps loose text in paragraphs, drops
//! junk, renames tags), and no [`Tree`] can be edited: the live DOM must stay as the
//! reader sees it. So the page is copied once into this arena, with only what reading
//! needs (tags, a few attributes, text), and text nodes keep the handle of the node they
//! came from so that blocks can point back at the page.
//!
//! Every walk here uses an explicit stack: pages nested thousands deep must not overflow
//! the (small, in WebAssembly) call stack.

use super::super::Tree;

pub type Id = usize;

/// Elements nested deeper than this are unwrapped (their text kept, their structure
/// flattened), so that every ancestor walk stays bounded on pathological pages.
const MAX_DEPTH: usize = 400;

/// Attributes the reader looks at; the rest of a page's attributes are not copied.
const ATTRIBUTES: &[&str] = &[
    "class",
    "id",
    "role",
    "style",
    "hidden",
    "aria-hidden",
    "aria-modal",
    "itemprop",
    "rel",
    "href",
    "property",
    "name",
    "content",
    "datatable",
    "summary",
    "colspan",
    "contenteditable",
    "type",
    "data-testid",
    "data-component",
    // Wix names its blog's parts here, not in classes ("recent-posts", "post-footer").
    "data-hook",
];

/// Elements that hold no reader-visible text, left out of the copy with their content.
/// Form fields and code are there too: what a reader types or a program says is no
/// article text, and nothing is analyzed inside an editable region (issue 13). AMP's ad,
/// embed and tracking elements hold only an ad's placeholder ("Loading ad…").
const NOT_TEXT: &[&str] = &[
    "amp-ad",
    "amp-analytics",
    "amp-embed",
    "amp-pixel",
    "amp-sticky-ad",
    "audio",
    "button",
    "canvas",
    "embed",
    "iframe",
    "input",
    "noscript",
    "object",
    "script",
    "select",
    "style",
    "svg",
    "template",
    "textarea",
    "video",
];

/// Class and id words of preformatted blocks that hold code.
const CODE_NAMES: &[&str] = &["code", "highlight", "syntax", "prettyprint", "sourcecode", "console", "terminal", "shell", "brush", "hljs"];

/// Elements a hidden flag never takes out: the page's frame (anti-flicker styles hide
/// `<html>` or `<body>` until a script reveals them) and the metadata that browsers
/// never render but that names the article.
const NEVER_HIDDEN: &[&str] = &["html", "body", "head", "title", "meta"];

#[derive(Clone, Debug)]
pub enum Data<N> {
    Element { tag: String, attrs: Vec<(&'static str, String)> },
    Text { text: String, source: N },
}

#[derive(Clone, Debug)]
pub struct Node<N> {
    pub parent: Option<Id>,
    pub children: Vec<Id>,
    pub data: Data<N>,
}

#[derive(Clone, Debug)]
pub struct Dom<N> {
    pub nodes: Vec<Node<N>>,
    pub root: Id,
    /// The `headline` of the page's first JSON-LD object that has one (scripts are not
    /// copied, so it is read on the way).
    pub json_ld_headline: Option<String>,
    /// The `articleBody` of the page's first JSON-LD object that has one: the whole text of
    /// a page whose script draws the article after loading.
    pub json_ld_body: Option<String>,
    /// The class and id names a JSON-LD `hasPart` declares as the paywalled part of the
    /// article (`"isAccessibleForFree": false, "cssSelector": ".paywall"`, the markup
    /// search engines ask paywalled sites for): the story's own text, shown to
    /// subscribers, whatever its name says.
    pub gated_names: Vec<String>,
}

/// How far a subtree's hidden flags are believed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reading {
    /// Attributes and the tree's flag.
    Flags,
    /// Attributes only: under a frame the flag calls hidden.
    Attributes,
    /// Nothing hides: `<head>`, which browsers never render and the reader reads for its metadata.
    Metadata,
}

/// Whether the user edits this element's content (`contenteditable`, but not "false").
fn is_editable<T: Tree>(tree: &T, node: &T::Node) -> bool {
    tree.attribute(node, "contenteditable").is_some_and(|v| !v.trim().eq_ignore_ascii_case("false"))
}

/// Whether an element is a block of code: a `<pre>` holding `<code>` (or named for code),
/// or a `<code>` of several lines. Inline code in a sentence stays part of the sentence;
/// plain preformatted text (a poem, a plain-text document) stays text.
fn is_code_block<T: Tree>(tree: &T, node: &T::Node, tag: &str) -> bool {
    match tag {
        "pre" => {
            let names =
                format!("{} {}", tree.attribute(node, "class").unwrap_or_default(), tree.attribute(node, "id").unwrap_or_default()).to_ascii_lowercase();
            let named = names.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| CODE_NAMES.contains(&w) || w.starts_with("lang"));
            // Direct children and grandchildren suffice: code sits at the top of its <pre>.
            let holds_code = tree.children(node).iter().any(|c| {
                let is_code = |n: &T::Node| tree.element_name(n).is_some_and(|t| matches!(t.as_str(), "code" | "samp" | "kbd"));
                is_code(c) || tree.children(c).iter().any(is_code)
            });
            named || holds_code
        }
        "code" => tree.children(node).iter().filter_map(|c| tree.text(c)).any(|t| t.trim().contains('\n')),
        _ => false,
    }
}

/// The value of a JSON-LD script, when it is one.
fn json_ld<T: Tree>(tree: &T, script: &T::Node) -> Option<serde_json::Value> {
    let kind = tree.attribute(script, "type")?;
    if !kind.trim().eq_ignore_ascii_case("application/ld+json") {
        return None;
    }
    let text: String = tree.children(script).iter().filter_map(|c| tree.text(c)).collect();
    serde_json::from_str(text.trim()).ok()
}

/// The first non-empty string `field` of a JSON-LD value (the object itself, its `@graph`,
/// or a list of them), as `clean` leaves it.
fn field_in(value: &serde_json::Value, field: &str, clean: fn(&str) -> String) -> Option<String> {
    let candidates: Vec<&serde_json::Value> = match value {
        serde_json::Value::Array(items) => items.iter().collect(),
        serde_json::Value::Object(map) => match map.get("@graph") {
            Some(serde_json::Value::Array(items)) => std::iter::once(value).chain(items.iter()).collect(),
            _ => vec![value],
        },
        _ => Vec::new(),
    };
    candidates.into_iter().find_map(|c| c.get(field)?.as_str().map(clean).filter(|h| !h.is_empty()))
}

/// How deep into a JSON-LD value the paywalled parts are looked for (they sit in the
/// article object, its `@graph`, a list of them, a list of parts: a few levels).
const GATED_MAX_DEPTH: usize = 8;

/// The class and id names of the CSS selectors that a JSON-LD value's `hasPart` objects
/// declare not free to read (`isAccessibleForFree` false or "False"): ".paywall",
/// "#premium-body", ".a, .b". Only plain names are kept; a compound selector's last part
/// ("div.body .gated") names the element.
fn gated_names(value: &serde_json::Value, out: &mut Vec<String>, depth: usize) {
    if depth > GATED_MAX_DEPTH {
        return;
    }
    match value {
        serde_json::Value::Array(items) => items.iter().for_each(|v| gated_names(v, out, depth + 1)),
        serde_json::Value::Object(map) => {
            let not_free = match map.get("isAccessibleForFree") {
                Some(serde_json::Value::Bool(free)) => !free,
                Some(serde_json::Value::String(free)) => free.trim().eq_ignore_ascii_case("false"),
                _ => false,
            };
            if let (true, Some(selectors)) = (not_free, map.get("cssSelector").and_then(|s| s.as_str())) {
                for selector in selectors.split(',') {
                    let last = selector.split_whitespace().last().unwrap_or("");
                    let names = last.split(['.', '#']).skip(1).filter(|n| !n.is_empty() && n.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_'));
                    out.extend(names.map(str::to_ascii_lowercase));
                }
            }
            map.iter().filter(|(k, _)| k.as_str() == "hasPart" || k.as_str() == "@graph").for_each(|(_, v)| gated_names(v, out, depth + 1));
        }
        _ => {}
    }
}

/// Class names that style sheets use to clip text out of sight for screen readers only.
const SCREEN_READER_ONLY: &[&str] = &[
    "element-invisible",
    "screen-reader-only",
    "screen-reader-text",
    "screenreader-only",
    "sr-only",
    "u-visually-hidden",
    "visually-hidden",
    "visuallyhidden",
];

/// Whether an element's own attributes hide it, as Readability's visibility test reads them.
fn hidden_by_attributes(attrs: &[(&'static str, String)]) -> bool {
    let get = |name: &str| attrs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str());
    if get("hidden").is_some() {
        return true;
    }
    if get("aria-hidden").is_some_and(|v| v.trim().eq_ignore_ascii_case("true")) && !get("class").unwrap_or("").contains("fallback-image") {
        return true;
    }
    // Text for screen readers only, clipped out of sight by the site's own style sheet
    // ("Opens a new window", "12 items in cart"): no reader of the page sees it.
    if get("class").is_some_and(|c| c.split_whitespace().any(|w| SCREEN_READER_ONLY.contains(&w.to_ascii_lowercase().as_str()))) {
        return true;
    }
    if let Some(style) = get("style") {
        let squeezed: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        if squeezed.contains("display:none") || squeezed.contains("visibility:hidden") {
            return true;
        }
    }
    false
}

/// Whether an element is one of the extension's own (its overlay host and anything else it adds).
pub fn is_own_element(tag: &str) -> bool {
    tag.starts_with("spotcheck-")
}

impl<N: Clone> Dom<N> {
    /// Copies the visible part of `tree`: no comments, no script-like elements, nothing
    /// hidden, none of the extension's own elements, no editable region.
    ///
    /// The tree's own hidden flag (computed style) is believed except where it would
    /// make the live page read otherwise than its HTML: on the page's frame and metadata
    /// ([`NEVER_HIDDEN`]), inside `<head>`, and under a frame the flag says is hidden
    /// (visibility is inherited, so under a hidden `<body>` every element says hidden and
    /// only attributes can tell what really is).
    pub fn copy<T: Tree<Node = N>>(tree: &T) -> Dom<N> {
        let mut dom = Dom { nodes: Vec::new(), root: 0, json_ld_headline: None, json_ld_body: None, gated_names: Vec::new() };
        let mut stack: Vec<(N, Option<Id>, usize, Reading)> = vec![(tree.root(), None, 0, Reading::Flags)];
        while let Some((node, parent, depth, reading)) = stack.pop() {
            let mut child_reading = reading;
            let data = if let Some(tag) = tree.element_name(&node) {
                let tag = tag.to_ascii_lowercase();
                if tag == "script" {
                    if let Some(value) = json_ld(tree, &node) {
                        dom.json_ld_headline = dom.json_ld_headline.take().or_else(|| field_in(&value, "headline", collapse_white_space));
                        dom.json_ld_body = dom.json_ld_body.take().or_else(|| field_in(&value, "articleBody", |s| s.trim().to_string()));
                        gated_names(&value, &mut dom.gated_names, 0);
                    }
                }
                if NOT_TEXT.contains(&tag.as_str()) || is_own_element(&tag) || is_editable(tree, &node) || is_code_block(tree, &node, &tag) {
                    continue;
                }
                let attrs: Vec<(&'static str, String)> = ATTRIBUTES.iter().filter_map(|&name| tree.attribute(&node, name).map(|v| (name, v))).collect();
                if tag == "head" {
                    child_reading = Reading::Metadata;
                } else if reading != Reading::Metadata && !NEVER_HIDDEN.contains(&tag.as_str()) {
                    let flagged = reading == Reading::Flags && tree.is_hidden(&node);
                    if parent.is_some() && (hidden_by_attributes(&attrs) || flagged) {
                        continue;
                    }
                } else if reading == Reading::Flags && matches!(tag.as_str(), "html" | "body") && tree.is_hidden(&node) {
                    child_reading = Reading::Attributes;
                }
                if depth > MAX_DEPTH {
                    // Too deep to keep the structure: the element is unwrapped, its content kept.
                    for child in tree.children(&node).into_iter().rev() {
                        stack.push((child, parent, depth, child_reading));
                    }
                    continue;
                }
                Data::Element { tag, attrs }
            } else if let Some(text) = tree.text(&node) {
                Data::Text { text, source: node.clone() }
            } else if parent.is_none() {
                // A root that is no element (a document node): a container all the same.
                Data::Element { tag: "#document".into(), attrs: Vec::new() }
            } else {
                continue;
            };
            let is_element = matches!(data, Data::Element { .. });
            let id = dom.push(parent, data);
            if let Some(p) = parent {
                dom.nodes[p].children.push(id);
            }
            if is_element {
                for child in tree.children(&node).into_iter().rev() {
                    stack.push((child, Some(id), depth + 1, child_reading));
                }
            }
        }
        if dom.nodes.is_empty() {
            dom.push(None, Data::Element { tag: "html".into(), attrs: Vec::new() });
        }
        dom
    }

    /// The same page with each text node's source replaced by its index in the returned
    /// list of sources, so that what reads the copy need not know the tree's node type.
    pub fn indexed(self) -> (Dom<usize>, Vec<N>) {
        let mut sources = Vec::new();
        let nodes = self
            .nodes
            .into_iter()
            .map(|n| {
                let data = match n.data {
                    Data::Element { tag, attrs } => Data::Element { tag, attrs },
                    Data::Text { text, source } => {
                        sources.push(source);
                        Data::Text { text, source: sources.len() - 1 }
                    }
                };
                Node { parent: n.parent, children: n.children, data }
            })
            .collect();
        let dom = Dom { nodes, root: self.root, json_ld_headline: self.json_ld_headline, json_ld_body: self.json_ld_body, gated_names: self.gated_names };
        (dom, sources)
    }

    fn push(&mut self, parent: Option<Id>, data: Data<N>) -> Id {
        self.nodes.push(Node { parent, children: Vec::new(), data });
        self.nodes.len() - 1
    }

    /// A new element, not yet attached anywhere.
    pub fn create(&mut self, tag: &str) -> Id {
        self.push(None, Data::Element { tag: tag.to_string(), attrs: Vec::new() })
    }

    /// The lower-case tag of an element; "" for text.
    pub fn tag(&self, id: Id) -> &str {
        match &self.nodes[id].data {
            Data::Element { tag, .. } => tag,
            Data::Text { .. } => "",
        }
    }

    pub fn is_element(&self, id: Id) -> bool {
        matches!(self.nodes[id].data, Data::Element { .. })
    }

    pub fn set_tag(&mut self, id: Id, new_tag: &str) {
        if let Data::Element { tag, .. } = &mut self.nodes[id].data {
            *tag = new_tag.to_string();
        }
    }

    pub fn attr(&self, id: Id, name: &str) -> Option<&str> {
        match &self.nodes[id].data {
            Data::Element { attrs, .. } => attrs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str()),
            Data::Text { .. } => None,
        }
    }

    /// The text of a text node; `None` for elements.
    pub fn text(&self, id: Id) -> Option<&str> {
        match &self.nodes[id].data {
            Data::Text { text, .. } => Some(text),
            Data::Element { .. } => None,
        }
    }

    /// `class` and `id` together, the string Readability matches its patterns against.
    pub fn match_string(&self, id: Id) -> String {
        format!("{} {}", self.attr(id, "class").unwrap_or(""), self.attr(id, "id").unwrap_or(""))
    }

    /// Whether the page's JSON-LD declares this element the paywalled part of the article
    /// (one of its classes, or its id, is named in [`Dom::gated_names`]).
    pub fn is_gated(&self, id: Id) -> bool {
        if self.gated_names.is_empty() {
            return false;
        }
        let named = |n: &str| self.gated_names.iter().any(|g| g.eq_ignore_ascii_case(n));
        self.attr(id, "class").unwrap_or("").split_whitespace().any(named) || self.attr(id, "id").is_some_and(|i| named(i.trim()))
    }

    pub fn parent(&self, id: Id) -> Option<Id> {
        self.nodes[id].parent
    }

    pub fn children(&self, id: Id) -> &[Id] {
        &self.nodes[id].children
    }

    /// The element children only.
    pub fn element_children(&self, id: Id) -> Vec<Id> {
        self.nodes[id].children.iter().copied().filter(|&c| self.is_element(c)).collect()
    }

    /// Every node under `id`, in document order, `id` itself excluded.
    pub fn descendants(&self, id: Id) -> Vec<Id> {
        let mut out = Vec::new();
        let mut stack: Vec<Id> = self.nodes[id].children.iter().rev().copied().collect();
        while let Some(n) = stack.pop() {
            out.push(n);
            stack.extend(self.nodes[n].children.iter().rev().copied());
        }
        out
    }

    /// The elements under `id` with one of `tags`, in document order.
    pub fn elements_by_tag(&self, id: Id, tags: &[&str]) -> Vec<Id> {
        self.descendants(id).into_iter().filter(|&n| tags.contains(&self.tag(n))).collect()
    }

    /// Whether an ancestor of `id` has tag `tag` (within `max_depth` levels when given).
    pub fn has_ancestor_tag(&self, id: Id, tag: &str, max_depth: Option<usize>) -> bool {
        let mut depth = 0;
        let mut node = self.parent(id);
        while let Some(n) = node {
            if max_depth.is_some_and(|m| depth >= m) {
                return false;
            }
            if self.tag(n) == tag {
                return true;
            }
            node = self.parent(n);
            depth += 1;
        }
        false
    }

    /// Up to `max` ancestors, nearest first.
    pub fn ancestors(&self, id: Id, max: usize) -> Vec<Id> {
        let mut out = Vec::new();
        let mut node = self.parent(id);
        while let Some(n) = node {
            if out.len() >= max {
                break;
            }
            out.push(n);
            node = self.parent(n);
        }
        out
    }

    /// All the text under `id`, as the DOM's `textContent`.
    pub fn text_content(&self, id: Id) -> String {
        if let Some(t) = self.text(id) {
            return t.to_string();
        }
        let mut out = String::new();
        for n in self.descendants(id) {
            if let Some(t) = self.text(n) {
                out.push_str(t);
            }
        }
        out
    }

    /// Readability's inner text: the text content trimmed, runs of white space as one space.
    pub fn inner_text(&self, id: Id) -> String {
        collapse_white_space(&self.text_content(id))
    }

    /// The length (in chars) of [`Dom::inner_text`].
    pub fn inner_text_len(&self, id: Id) -> usize {
        self.inner_text(id).chars().count()
    }

    /// Takes `id` out of the tree (its parent forgets it); the arena slot stays.
    pub fn detach(&mut self, id: Id) {
        if let Some(p) = self.nodes[id].parent.take() {
            self.nodes[p].children.retain(|&c| c != id);
        }
    }

    /// Appends `child` (detached first) as the last child of `parent`.
    pub fn append(&mut self, parent: Id, child: Id) {
        self.detach(child);
        self.nodes[child].parent = Some(parent);
        self.nodes[parent].children.push(child);
    }

    /// Puts `new` where `old` is; `old` ends up detached.
    pub fn replace(&mut self, old: Id, new: Id) {
        self.detach(new);
        if let Some(p) = self.nodes[old].parent.take() {
            if let Some(slot) = self.nodes[p].children.iter_mut().find(|c| **c == old) {
                *slot = new;
            }
            self.nodes[new].parent = Some(p);
        }
    }

    /// The sibling after `id`, text nodes included.
    pub fn next_sibling(&self, id: Id) -> Option<Id> {
        let p = self.parent(id)?;
        let siblings = &self.nodes[p].children;
        let i = siblings.iter().position(|&c| c == id)?;
        siblings.get(i + 1).copied()
    }

    /// The next sibling that is an element.
    pub fn next_element_sibling(&self, id: Id) -> Option<Id> {
        let p = self.parent(id)?;
        let siblings = &self.nodes[p].children;
        let i = siblings.iter().position(|&c| c == id)?;
        siblings[i + 1..].iter().copied().find(|&c| self.is_element(c))
    }

    /// The previous sibling that is an element.
    pub fn previous_element_sibling(&self, id: Id) -> Option<Id> {
        let p = self.parent(id)?;
        let siblings = &self.nodes[p].children;
        let i = siblings.iter().position(|&c| c == id)?;
        siblings[..i].iter().rev().copied().find(|&c| self.is_element(c))
    }

    /// Readability's `_getNextNode`: the next node in document order, elements only,
    /// skipping `id`'s own subtree when asked.
    pub fn next_element(&self, id: Id, skip_children: bool) -> Option<Id> {
        if !skip_children {
            if let Some(&first) = self.nodes[id].children.iter().find(|&&c| self.is_element(c)) {
                return Some(first);
            }
        }
        let mut node = id;
        loop {
            let mut sibling = self.next_sibling(node);
            while let Some(s) = sibling {
                if self.is_element(s) {
                    return Some(s);
                }
                sibling = self.next_sibling(s);
            }
            node = self.parent(node)?;
        }
    }

    /// Whether `id` is still attached under `ancestor` (or is it).
    pub fn is_within(&self, id: Id, ancestor: Id) -> bool {
        let mut node = Some(id);
        let mut steps = 0;
        while let Some(n) = node {
            if n == ancestor {
                return true;
            }
            node = self.parent(n);
            steps += 1;
            if steps > MAX_DEPTH + 8 {
                return false;
            }
        }
        false
    }

    /// The first element with tag `tag` under `id` (document order).
    pub fn first_by_tag(&self, id: Id, tag: &str) -> Option<Id> {
        let mut stack: Vec<Id> = self.nodes[id].children.iter().rev().copied().collect();
        while let Some(n) = stack.pop() {
            if self.tag(n) == tag {
                return Some(n);
            }
            stack.extend(self.nodes[n].children.iter().rev().copied());
        }
        None
    }
}

/// Trimmed, with every run of white space as one space.
pub fn collapse_white_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #[test]
    fn the_part_json_ld_declares_paywalled_is_known_by_its_class_or_id() {
        let page = |json: &str| {
            let markup = format!(
                "<html><head><script type='application/ld+json'>{json}</script></head><body><div id='a' class='body paywall'>x</div><p id='b' class='meteredContent'>y</p><div id='premium-body'>z</div><div id='c' class='promo'>w</div></body></html>"
            );
            Dom::copy(&crate::page::html::parse(&markup))
        };
        let find = |dom: &Dom<_>, name: &str| dom.descendants(dom.root).into_iter().find(|&n| dom.attr(n, "id") == Some(name)).expect("element");
        let conde = page(
            r#"{"@type":"NewsArticle","isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paywall"}}"#,
        );
        assert!(conde.is_gated(find(&conde, "a")) && !conde.is_gated(find(&conde, "c")));
        // A list of parts, "False" as a string, selectors listed together, an id selector.
        let listed = page(
            r#"[{"@graph":[{"@type":"NewsArticle","hasPart":[{"isAccessibleForFree":"False","cssSelector":"section .meteredContent, #premium-body"}]}]}]"#,
        );
        assert!(listed.is_gated(find(&listed, "b")) && listed.is_gated(find(&listed, "premium-body")) && !listed.is_gated(find(&listed, "a")));
        // A part declared free is not gated; nor is anything without the metadata.
        let free = page(r#"{"hasPart":{"isAccessibleForFree":true,"cssSelector":".paywall"}}"#);
        assert!(!free.is_gated(find(&free, "a")));
        let none = page(r#"{"@type":"NewsArticle","isAccessibleForFree":false}"#);
        assert!(none.gated_names.is_empty());
    }

    use super::*;
    use crate::page::html;

    fn copy(markup: &str) -> Dom<html::NodeId> {
        Dom::copy(&html::parse(markup))
    }

    #[test]
    fn copy_leaves_out_amp_ads_and_trackers() {
        let dom = copy(
            "<body><p>kept</p><amp-ad type='doubleclick'><div placeholder>Loading ad...</div></amp-ad><amp-sticky-ad><amp-ad>Ad</amp-ad></amp-sticky-ad>
             <amp-embed type='taboola'><div fallback>Sponsored</div></amp-embed><amp-analytics><script type='application/json'>{}</script></amp-analytics><amp-img alt='x'></amp-img><p>also</p></body>",
        );
        assert_eq!(dom.inner_text(dom.root).split_whitespace().collect::<Vec<_>>(), ["kept", "also"]);
    }

    #[test]
    fn copy_leaves_out_scripts_hidden_elements_and_overlay() {
        let dom = copy(
            "<body><p>kept</p><script>var x;</script><style>p{}</style><p hidden>h1</p><p aria-hidden='true'>h2</p>
             <p style='visibility : hidden'>h3</p><svg><text>s</text></svg><spotcheck-overlay>o</spotcheck-overlay><!-- c --></body>",
        );
        assert_eq!(collapse_white_space(&dom.text_content(dom.root)), "kept");
    }

    #[test]
    fn fallback_image_stays_visible_despite_aria_hidden() {
        let dom = copy("<body><div class='fallback-image' aria-hidden='true'>caption</div></body>");
        assert_eq!(dom.inner_text(dom.root), "caption");
    }

    #[test]
    fn over_deep_elements_are_unwrapped_not_dropped() {
        let depth = MAX_DEPTH * 2;
        let dom = copy(&format!("{}bottom{}", "<div>".repeat(depth), "</div>".repeat(depth)));
        assert_eq!(dom.inner_text(dom.root), "bottom");
        let deepest =
            dom.nodes.iter().enumerate().filter(|(_, n)| matches!(n.data, Data::Element { .. })).map(|(i, _)| dom.ancestors(i, usize::MAX).len()).max();
        assert!(deepest.is_some_and(|d| d <= MAX_DEPTH + 1));
    }

    #[test]
    fn next_element_walks_document_order() {
        let dom = copy("<body><div><p>a</p></div><span>b</span></body>");
        let body = dom.first_by_tag(dom.root, "body").unwrap();
        let mut order = Vec::new();
        let mut node = dom.next_element(body, false);
        while let Some(n) = node {
            order.push(dom.tag(n).to_string());
            node = dom.next_element(n, false);
        }
        assert_eq!(order, ["div", "p", "span"]);
    }
}
