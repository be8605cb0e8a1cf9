//! A serialized DOM snapshot (format in `docs/wasm-api.md`): what the content script sends
//! the service worker when the page's CSP keeps WebAssembly out of the page. It is read
//! into an arena that implements [`Tree`], so the snapshot is read by the very same
//! extraction as the live DOM and parsed HTML.
//!
//! Two ways in: [`Snapshot::from_json`] for JSON text (no recursion, any depth), and a
//! serde [`Deserialize`] impl for other formats (serde-wasm-bindgen, straight from the JS
//! object), which builds the arena as it goes and stops descending below [`MAX_DEPTH`]
//! elements, so a hostile snapshot cannot exhaust the stack.

use super::Tree;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::fmt;

/// Elements nested deeper than this are unwrapped by [`Snapshot::from_json`] (their
/// content kept) and dropped with their content by the serde [`Deserialize`] impl (which
/// must recurse, and so stops here: 256 levels are far from any stack limit).
pub const MAX_DEPTH: usize = 256;

mod json;

/// A node of a [`Snapshot`]: its index there, and for a text node the snapshot's text
/// id, so that a [`super::NodeRange`] can be answered without the snapshot at hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SnapshotNode {
    index: u32,
    text_id: Option<u32>,
}

/// The snapshot text id of a text node (what the answer's `node` numbers are); `None`
/// for an element.
pub fn text_id(node: SnapshotNode) -> Option<u32> {
    node.text_id
}

#[derive(Clone, Debug)]
enum Entry {
    Element { tag: String, attrs: Vec<(String, String)>, hidden: bool, children: Vec<u32> },
    Text { text: String, id: u32 },
}

/// A page's element tree as the content script serialized it.
#[derive(Clone, Debug)]
pub struct Snapshot {
    entries: Vec<Entry>,
    root: u32,
}

impl Snapshot {
    /// Reads a snapshot from JSON text, to any depth (the `json` module reads without recursion).
    pub fn from_json(json: &str) -> Result<Snapshot, serde_json::Error> {
        json::read(json)
    }

    /// The snapshot text id of a text node (what the answer's `node` numbers are).
    pub fn text_id(&self, node: SnapshotNode) -> Option<u32> {
        match self.entries.get(node.index as usize)? {
            Entry::Text { id, .. } => Some(*id),
            Entry::Element { .. } => None,
        }
    }

    fn handle(&self, index: u32) -> SnapshotNode {
        let text_id = match self.entries.get(index as usize) {
            Some(Entry::Text { id, .. }) => Some(*id),
            _ => None,
        };
        SnapshotNode { index, text_id }
    }

    /// The snapshot of any tree, as the content script makes it: script-like elements
    /// left out (JSON-LD metadata kept), text nodes numbered in document order, `hidden` from [`Tree::is_hidden`].
    pub fn of<T: Tree>(tree: &T) -> Snapshot {
        const LEFT_OUT: &[&str] = &["script", "style", "noscript", "template"];
        let mut entries: Vec<Entry> = Vec::new();
        let mut next_text_id = 0;
        // (tree node, parent entry); children are attached after their parent is pushed.
        let mut stack = vec![(tree.root(), None::<u32>)];
        while let Some((node, parent)) = stack.pop() {
            let entry = if let Some(tag) = tree.element_name(&node) {
                let json_ld = tag == "script" && tree.attribute(&node, "type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                if (LEFT_OUT.contains(&tag.as_str()) && !json_ld) || tag.starts_with("spotcheck-") {
                    continue;
                }
                let attrs = [
                    "class",
                    "id",
                    "role",
                    "itemprop",
                    "aria-hidden",
                    "hidden",
                    "style",
                    "rel",
                    "property",
                    "content",
                    "name",
                    "href",
                    "aria-modal",
                    "datatable",
                    "summary",
                    "colspan",
                    "contenteditable",
                    "type",
                ]
                .iter()
                .filter_map(|&n| tree.attribute(&node, n).map(|v| (n.to_string(), v)))
                .collect();
                Entry::Element { tag, attrs, hidden: tree.is_hidden(&node), children: Vec::new() }
            } else if let Some(text) = tree.text(&node) {
                next_text_id += 1;
                Entry::Text { text, id: next_text_id - 1 }
            } else {
                continue;
            };
            let index = entries.len() as u32;
            let is_element = matches!(entry, Entry::Element { .. });
            entries.push(entry);
            if let Some(Entry::Element { children, .. }) = parent.and_then(|p| entries.get_mut(p as usize)) {
                children.push(index);
            }
            if is_element {
                for child in tree.children(&node).into_iter().rev() {
                    stack.push((child, Some(index)));
                }
            }
        }
        if entries.is_empty() {
            entries.push(Entry::Element { tag: "html".into(), attrs: Vec::new(), hidden: false, children: Vec::new() });
        }
        Snapshot { entries, root: 0 }
    }

    /// The snapshot as the JSON the content script sends (written without recursion).
    pub fn to_json(&self) -> String {
        enum Step {
            Open(u32, bool),
            Close,
        }
        let quote = |s: &str| serde_json::Value::from(s).to_string();
        let mut out = String::new();
        let mut stack = vec![Step::Open(self.root, true)];
        while let Some(step) = stack.pop() {
            match step {
                Step::Close => out.push_str("]}"),
                Step::Open(i, first) => {
                    if !first {
                        out.push(',');
                    }
                    match &self.entries[i as usize] {
                        Entry::Text { text, id } => out.push_str(&format!("{{\"text\":{},\"id\":{id}}}", quote(text))),
                        Entry::Element { tag, attrs, hidden, children } => {
                            let attrs: Vec<String> = attrs.iter().map(|(k, v)| format!("{}:{}", quote(k), quote(v))).collect();
                            out.push_str(&format!("{{\"tag\":{},\"attrs\":{{{}}},\"hidden\":{hidden},\"children\":[", quote(tag), attrs.join(",")));
                            stack.push(Step::Close);
                            for (n, &c) in children.iter().enumerate().rev() {
                                stack.push(Step::Open(c, n == 0));
                            }
                        }
                    }
                }
            }
        }
        out
    }
}

impl Tree for Snapshot {
    type Node = SnapshotNode;

    fn root(&self) -> SnapshotNode {
        self.handle(self.root)
    }

    fn children(&self, node: &SnapshotNode) -> Vec<SnapshotNode> {
        match self.entries.get(node.index as usize) {
            Some(Entry::Element { children, .. }) => children.iter().map(|&c| self.handle(c)).collect(),
            _ => Vec::new(),
        }
    }

    fn element_name(&self, node: &SnapshotNode) -> Option<String> {
        match self.entries.get(node.index as usize)? {
            Entry::Element { tag, .. } => Some(tag.to_ascii_lowercase()),
            Entry::Text { .. } => None,
        }
    }

    fn attribute(&self, node: &SnapshotNode, name: &str) -> Option<String> {
        match self.entries.get(node.index as usize)? {
            Entry::Element { attrs, .. } => attrs.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.clone()),
            Entry::Text { .. } => None,
        }
    }

    fn text(&self, node: &SnapshotNode) -> Option<String> {
        match self.entries.get(node.index as usize)? {
            Entry::Text { text, .. } => Some(text.clone()),
            Entry::Element { .. } => None,
        }
    }

    fn is_hidden(&self, node: &SnapshotNode) -> bool {
        matches!(self.entries.get(node.index as usize), Some(Entry::Element { hidden: true, .. }))
    }
}

impl<'de> Deserialize<'de> for Snapshot {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Snapshot, D::Error> {
        let mut entries = Vec::new();
        let root = NodeSeed { entries: &mut entries, depth: 0 }.deserialize(deserializer)?;
        match root {
            Some(root) if matches!(entries.get(root as usize), Some(Entry::Element { .. })) => Ok(Snapshot { entries, root }),
            _ => Err(de::Error::custom("a snapshot's root must be an element")),
        }
    }
}

/// One node of the snapshot, pushed into `entries`; its index, or `None` when it is
/// neither an element nor a text (or lies too deep).
struct NodeSeed<'a> {
    entries: &'a mut Vec<Entry>,
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for NodeSeed<'_> {
    type Value = Option<u32>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<u32>, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for NodeSeed<'_> {
    type Value = Option<u32>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a snapshot node: {tag, attrs, hidden, children} or {text, id}")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<u32>, A::Error> {
        let mut tag: Option<String> = None;
        let mut attrs: Vec<(String, String)> = Vec::new();
        let mut hidden = false;
        let mut children: Vec<u32> = Vec::new();
        let mut text: Option<String> = None;
        let mut id: Option<u32> = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "tag" => tag = Some(map.next_value()?),
                "attrs" => {
                    let raw: Option<std::collections::BTreeMap<String, AttrValue>> = map.next_value()?;
                    attrs = raw.unwrap_or_default().into_iter().filter_map(|(k, v)| v.0.map(|v| (k, v))).collect();
                }
                "hidden" => hidden = map.next_value::<Option<bool>>()?.unwrap_or(false),
                "children" => {
                    children = map.next_value_seed(ChildrenSeed { entries: &mut *self.entries, depth: self.depth + 1 })?;
                }
                "text" => text = Some(map.next_value()?),
                "id" => id = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let entry = match (tag, text) {
            (Some(tag), _) => Entry::Element { tag: tag.to_ascii_lowercase(), attrs, hidden, children },
            (None, Some(text)) => match id {
                Some(id) => Entry::Text { text, id },
                None => return Err(de::Error::missing_field("id")),
            },
            (None, None) => return Ok(None),
        };
        self.entries.push(entry);
        Ok(Some(self.entries.len() as u32 - 1))
    }
}

/// An attribute value: a string, or anything else (which is dropped).
struct AttrValue(Option<String>);

impl<'de> Deserialize<'de> for AttrValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<AttrValue, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = AttrValue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an attribute value")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<AttrValue, E> {
                Ok(AttrValue(Some(v.to_string())))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<AttrValue, E> {
                Ok(AttrValue(Some(v.to_string())))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<AttrValue, E> {
                Ok(AttrValue(Some(v.to_string())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<AttrValue, E> {
                Ok(AttrValue(Some(v.to_string())))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<AttrValue, E> {
                Ok(AttrValue(Some(v.to_string())))
            }
            fn visit_unit<E: de::Error>(self) -> Result<AttrValue, E> {
                Ok(AttrValue(None))
            }
            fn visit_none<E: de::Error>(self) -> Result<AttrValue, E> {
                Ok(AttrValue(None))
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// A `children` array: each child pushed, their indices in order.
struct ChildrenSeed<'a> {
    entries: &'a mut Vec<Entry>,
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for ChildrenSeed<'_> {
    type Value = Vec<u32>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Vec<u32>, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for ChildrenSeed<'_> {
    type Value = Vec<u32>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of snapshot nodes")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Vec<u32>, E> {
        Ok(Vec::new())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<u32>, A::Error> {
        let mut out = Vec::new();
        if self.depth > MAX_DEPTH {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            return Ok(out);
        }
        while let Some(child) = seq.next_element_seed(NodeSeed { entries: &mut *self.entries, depth: self.depth })? {
            if let Some(index) = child {
                out.push(index);
            }
        }
        Ok(out)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::page::{extract, html};

    const PAGE: &str = "<html><head><title>Mayor bans raids | Daily Bugle</title></head><body>
        <header class='site'><a href='/'>Daily Bugle</a></header>
        <article><h1>Mayor bans raids</h1>
        <p>The mayor said “we <a href='/x'>will not</a> <em>cooperate</em>” with the agency, and the council agreed, after a long debate on Tuesday.</p>
        <p>Fish &amp; chips now cost&nbsp;£5 \u{1F41F} at the market, vendors said, blaming higher costs, wages and rents this year.</p>
        <p>Critics, however, say the move is not enough, and want an order that covers every agency, not just one, before the summer.</p>
        </article><footer>All Articles</footer></body></html>";

    #[test]
    fn snapshot_reads_like_the_page_it_was_taken_from() {
        let tree = html::parse(PAGE);
        let json = Snapshot::of(&tree).to_json();
        let snapshot = Snapshot::from_json(&json).expect("valid snapshot");
        let from_html = extract(&tree);
        let from_snapshot = extract(&snapshot);
        fn texts<N>(blocks: &[crate::page::ArticleBlock<N>]) -> Vec<(crate::text::BlockKind, String)> {
            blocks.iter().map(|b| (b.kind, b.text.clone())).collect()
        }
        assert_eq!(texts(&from_html.blocks), texts(&from_snapshot.blocks));
        assert!(from_snapshot.blocks.len() >= 4);
        // Pieces point at the same text, through the snapshot's text ids.
        let doc = from_snapshot.document();
        let start = doc.text.find("we will").unwrap();
        let ranges = from_snapshot.locate(crate::text::Span::new(start, start + "we will not cooperate".len()));
        let ids: Vec<Option<u32>> = ranges.iter().map(|r| snapshot.text_id(r.node)).collect();
        assert_eq!(ids.len(), 4);
        assert!(ids.iter().all(Option::is_some));
        assert!(ids.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn snapshot_from_the_documented_format() {
        let json = r#"{"tag":"HTML","attrs":{},"hidden":false,"children":[
            {"tag":"body","attrs":{"class":"x"},"children":[
              {"tag":"p","attrs":{"data-n":1},"hidden":false,"children":[{"text":"Hello there.","id":0}]},
              {"tag":"p","attrs":{},"hidden":true,"children":[{"text":"Hidden.","id":1}]},
              {"comment":"unknown shape"}]}]}"#;
        let snapshot = Snapshot::from_json(json).expect("valid snapshot");
        let article = extract(&snapshot);
        let text: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(text, ["Hello there."]);
        assert_eq!(snapshot.text_id(article.blocks[0].pieces[0].node), Some(0));
        assert_eq!(text_id(article.blocks[0].pieces[0].node), Some(0));
    }

    #[test]
    fn truncated_and_corrupted_json_never_panics() {
        let json = Snapshot::of(&html::parse(PAGE)).to_json();
        let boundaries: Vec<usize> = json.char_indices().map(|(i, _)| i).collect();
        for &cut in boundaries.iter().step_by(3) {
            let _ = Snapshot::from_json(&json[..cut]).map(|s| extract(&s));
        }
        let junk = ['{', '}', '[', ']', '"', '\\', ',', ':', '0', '-', 'x', ' '];
        for (n, &at) in boundaries.iter().enumerate().step_by(5) {
            let mut corrupted = json.clone();
            let end = json[at..].chars().next().map_or(at, |c| at + c.len_utf8());
            corrupted.replace_range(at..end, &junk[n % junk.len()].to_string());
            let _ = Snapshot::from_json(&corrupted).map(|s| extract(&s));
        }
    }

    #[test]
    fn bad_snapshots_are_errors_not_panics() {
        for json in ["", "[]", "{\"text\":\"x\"}", "{\"tag\":\"p\",\"children\":{}}", "{\"text\":\"orphan\",\"id\":3}"] {
            assert!(Snapshot::from_json(json).is_err(), "{json}");
        }
    }

    #[test]
    fn serde_path_reads_the_same_and_cuts_deep_nesting() {
        let tree = html::parse(PAGE);
        let json = Snapshot::of(&tree).to_json();
        let via_serde: Snapshot = serde_json::from_str(&json).expect("valid snapshot");
        let texts = |s: &Snapshot| extract(s).blocks.into_iter().map(|b| b.text).collect::<Vec<_>>();
        assert_eq!(texts(&via_serde), texts(&Snapshot::from_json(&json).unwrap()));
        // Deeper than serde_json allows: an error, not a crash.
        let depth = 2_000;
        let json = format!("{}{{\"text\":\"deep\",\"id\":0}}{}", "{\"tag\":\"div\",\"attrs\":{},\"children\":[".repeat(depth), "]}".repeat(depth));
        assert!(serde_json::from_str::<Snapshot>(&json).is_err());
    }
}
