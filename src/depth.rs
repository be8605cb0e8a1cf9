//! Markup nested deeper than browsers build it, flattened before it is parsed.
//!
//! The HTML parser's tree builder checks the stack of open elements on every start tag
//! ("is there a `<p>` in button scope?"), so its time grows with depth × tags: `<div>`
//! nested 100,000 deep takes minutes. Browsers never build such a tree: Chromium stops
//! nesting at 512 levels. So, like a browser, the CLI keeps at most [`MAX_DEPTH`] levels:
//! start tags deeper than that (and their end tags) are dropped from the source, their
//! content kept. A page within the limit is returned untouched (one linear scan).

use std::borrow::Cow;

/// Element nesting kept, as in Chromium's HTML parser.
pub const MAX_DEPTH: usize = 512;

/// Elements that never have content, so never nest.
const VOID: &[&str] = &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];
/// Elements whose content is raw text, where `<` starts no tag.
const RAW: &[&str] = &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];
/// Start tags that close an open element of the same name (`<p>…<p>`, `<li>…<li>`), as
/// the HTML parser's implied end tags do.
const SELF_ENDING: &[&str] = &["dd", "dt", "li", "option", "p", "rb", "rp", "rt", "td", "th", "tr"];
/// Start tags that close an open `<p>`.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "div",
    "dl",
    "fieldset",
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
    "hr",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
];
/// How far down the open stack an end tag looks for its start tag (browsers' adoption
/// agency looks a bounded way too); an end tag that matches nothing nearer is ignored.
const END_TAG_REACH: usize = 32;

/// `html` with start and end tags past [`MAX_DEPTH`] removed, when there are any.
pub fn flatten(html: &str) -> Cow<'_, str> {
    let tags = scan(html);
    if !tags.iter().any(|t| t.drop) {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    for tag in tags.iter().filter(|t| t.drop) {
        out.push_str(&html[at..tag.start]);
        at = tag.end;
    }
    out.push_str(&html[at..]);
    Cow::Owned(out)
}

struct Tag {
    start: usize,
    end: usize,
    drop: bool,
}

/// Every start and end tag with whether it lies past the depth limit.
fn scan(html: &str) -> Vec<Tag> {
    let bytes = html.as_bytes();
    let mut tags = Vec::new();
    // (name, dropped) of each open element.
    let mut open: Vec<(String, bool)> = Vec::new();
    let mut i = 0;
    while let Some(offset) = memchr(b'<', &bytes[i..]) {
        let start = i + offset;
        let rest = &html[start..];
        if rest.starts_with("<!--") {
            i = rest.find("-->").map_or(html.len(), |e| start + e + 3);
            continue;
        }
        let closing = rest.starts_with("</");
        let name_from = start + if closing { 2 } else { 1 };
        let name_len = html[name_from..].bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b':').count();
        if name_len == 0 || !html.as_bytes()[name_from].is_ascii_alphabetic() {
            i = start + 1;
            continue;
        }
        let name = html[name_from..name_from + name_len].to_ascii_lowercase();
        let end = tag_end(html, name_from + name_len);
        if closing {
            let reach = open.len().saturating_sub(END_TAG_REACH);
            let drop = match open[reach..].iter().rposition(|(n, _)| *n == name) {
                Some(p) => {
                    let dropped = open[reach + p].1;
                    open.truncate(reach + p);
                    dropped
                }
                None => false,
            };
            tags.push(Tag { start, end, drop });
            i = end;
            continue;
        }
        let self_closing = html[start..end].ends_with("/>");
        if VOID.contains(&name.as_str()) || self_closing {
            i = end;
            continue;
        }
        let reach = open.len().saturating_sub(END_TAG_REACH);
        let implied = |n: &str| (SELF_ENDING.contains(&name.as_str()) && n == name) || (n == "p" && CLOSES_P.contains(&name.as_str()));
        if let Some(p) = open[reach..].iter().rposition(|(n, _)| implied(n)) {
            open.truncate(reach + p);
        }
        let drop = open.len() >= MAX_DEPTH;
        tags.push(Tag { start, end, drop });
        i = end;
        if RAW.contains(&name.as_str()) {
            // Skip the raw text up to its end tag; that end tag is then read as a tag.
            let close = format!("</{name}");
            i = find_ascii_ci(html, i, &close).unwrap_or(html.len());
        }
        open.push((name, drop));
    }
    tags
}

/// The byte after the `>` that ends a tag whose name ends at `from` (quotes respected).
fn tag_end(html: &str, from: usize) -> usize {
    let mut quote = None;
    for (i, b) in html.as_bytes()[from..].iter().enumerate() {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(*b),
            (Some(q), _) if q == *b => quote = None,
            (None, b'>') => return from + i + 1,
            _ => {}
        }
    }
    html.len()
}

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|b| *b == needle)
}

/// The first case-insensitive occurrence of the ASCII `needle` in `html` from `from`.
fn find_ascii_ci(html: &str, from: usize, needle: &str) -> Option<usize> {
    let hay = &html.as_bytes()[from..];
    let n = needle.as_bytes();
    hay.windows(n.len()).position(|w| w.eq_ignore_ascii_case(n)).map(|p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_untouched() {
        let html = "<html><body><div><p>One <b>two</b><br> three</p><script>if (a<b) x('</div>')</script></div></body></html>";
        assert!(matches!(flatten(html), Cow::Borrowed(_)));
    }

    #[test]
    fn nesting_past_the_limit_is_dropped_and_the_text_kept() {
        let depth = MAX_DEPTH + 1000;
        let html = format!("<html><body>{}<p>Deep text.</p>{}</body></html>", "<div class=\"x>y\">".repeat(depth), "</div>".repeat(depth));
        let flat = flatten(&html);
        // The paragraph itself lies past the limit: its tags go, its text stays.
        assert!(flat.contains("Deep text.") && !flat.contains("<p>"));
        // <html> and <body> count: MAX_DEPTH - 2 divs stay open around the paragraph.
        assert_eq!(flat.matches("<div").count(), MAX_DEPTH - 2);
        assert_eq!(flat.matches("</div>").count(), MAX_DEPTH - 2);
        assert!(flat.ends_with("</body></html>"));
    }

    #[test]
    fn stray_end_tags_and_unclosed_paragraphs_do_not_confuse_the_count() {
        let html = format!("<body><ul>{}</ul>{}{}", "<li>item".repeat(3000), "<p>x</span>".repeat(5000), "<div>".repeat(10));
        // Unclosed <p>s and <li>s close each other, as a browser closes them.
        assert!(matches!(flatten(&html), Cow::Borrowed(_)));
    }
}
