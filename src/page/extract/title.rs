//! The article's title: from the page's metadata (`og:title`, `twitter:title`, a JSON-LD
//! `headline`) or its `<title>`, cleaned of the site name that pages append ("Story | Site", "Site - Story").

use super::dom::{collapse_white_space, Dom, Id};

/// Separators between a headline and the site's name in a `<title>`.
const SEPARATORS: &[char] = &['|', '-', '\u{2013}', '\u{2014}', '\\', '/', '>', '\u{bb}', '\u{b7}', ':'];

/// The page's title as its metadata or `<title>` gives it, the site name cut off.
pub fn page_title<N: Clone>(dom: &Dom<N>) -> Option<String> {
    let mut meta_title = None;
    let mut site_name = None;
    let mut document_title = None;
    let mut h1s = Vec::new();
    let mut headings = Vec::new();
    let mut stack = vec![dom.root];
    while let Some(n) = stack.pop() {
        match dom.tag(n) {
            "meta" => {
                let key = dom.attr(n, "property").or_else(|| dom.attr(n, "name")).unwrap_or("").trim().to_ascii_lowercase();
                let content = dom.attr(n, "content").map(collapse_white_space).filter(|c| !c.is_empty());
                match key.as_str() {
                    "og:title" | "twitter:title" | "dc.title" | "dcterm:title" if meta_title.is_none() => meta_title = content,
                    "og:site_name" if site_name.is_none() => site_name = content,
                    _ => {}
                }
            }
            "title" if document_title.is_none() => {
                document_title = Some(dom.inner_text(n)).filter(|t| !t.is_empty());
            }
            "h1" => {
                h1s.push(n);
                headings.push(dom.inner_text(n));
            }
            "h2" => headings.push(dom.inner_text(n)),
            _ => {}
        }
        stack.extend(dom.children(n).iter().rev().copied());
    }
    // A JSON-LD headline is a metadata title too, where no `<meta>` gives one, when it
    // agrees with the document title (some sites put a description there: "Wikimedia
    // list article"); it is then the title without the site's name.
    let agrees = |headline: &String| document_title.as_deref().is_none_or(|doc| text_similarity(headline, doc) > 0.75);
    let meta_title = meta_title.or_else(|| dom.json_ld_headline.clone().filter(agrees));
    // The site's name, and its short form when the name carries a slogan ("Site - Slogan").
    let mut site_names: Vec<String> = site_name.iter().cloned().collect();
    if let Some(site) = &site_name {
        for separator in [" - ", " | ", " \u{2013} ", " \u{2014} ", ": "] {
            if let Some((head, _)) = site.split_once(separator) {
                site_names.push(head.trim().to_string());
            }
        }
    }
    let known_site = |t: &str| site_names.iter().find_map(|site| strip_site_name(t, site));
    // A metadata title is meant as the headline: only a named site is cut from it. The
    // document title usually carries the site, named or not.
    let cleaned = match (meta_title, document_title) {
        // The metadata repeats the document title: it carries the site the same way.
        (Some(meta), Some(doc)) if meta == doc => known_site(&doc).unwrap_or_else(|| clean_title(&doc, dom, &h1s)),
        (Some(meta), _) => known_site(&meta).unwrap_or(meta),
        (None, Some(doc)) => known_site(&doc).unwrap_or_else(|| clean_title(&doc, dom, &h1s)),
        (None, None) => return None,
    };
    // Whatever was cut or not, a part that the page's own headline repeats is the headline.
    let mut sites = site_names;
    sites.extend(super::furniture::site_host(dom));
    let cleaned = part_named_by_heading(&cleaned, &headings, &sites).unwrap_or(cleaned);
    Some(cleaned).filter(|t| !t.is_empty())
}

/// Separators that join a headline and a site's name or section in a title, each with
/// white space on both sides (`:` only after it): " | ", " - ", " – ", " — ", ": ", " · ", " » ", " / ".
fn title_parts(title: &str) -> Vec<(&str, char, &str)> {
    let mut out = Vec::new();
    for (i, c) in title.char_indices() {
        let after = &title[i + c.len_utf8()..];
        let spaced = title[..i].ends_with(char::is_whitespace) && after.starts_with(char::is_whitespace);
        let joins = match c {
            ':' => after.starts_with(char::is_whitespace),
            '|' | '-' | '\u{2013}' | '\u{2014}' | '\u{b7}' | '\u{bb}' | '/' | '\\' | '>' => spaced,
            _ => false,
        };
        if joins {
            out.push((title[..i].trim(), c, after.trim()));
        }
    }
    out
}

/// "Headline | Site", "Site - Headline", "Site: Headline" where a `<h1>` or `<h2>` of the
/// page says one part (case and spacing aside): that part. A site's logo is a heading on
/// some pages, so a part that names the site (`sites`: its names and host) is never the
/// headline, and a part after the separator must be longer than the one before it (the
/// headline comes first more often than the site does), or as long after a colon (which
/// follows a site's or a section's name: "Site: Headline"). Of several, the one of more words.
fn part_named_by_heading(title: &str, headings: &[String], sites: &[String]) -> Option<String> {
    let key = |s: &str| collapse_white_space(s).to_lowercase();
    let named: Vec<String> = headings.iter().map(|h| key(h)).filter(|h| !h.is_empty()).collect();
    let is_heading = |part: &str| !part.is_empty() && named.contains(&key(part));
    if is_heading(title) {
        return None;
    }
    let mut best: Option<&str> = None;
    for (head, separator, tail) in title_parts(title) {
        let tail_allowed = word_count(tail) > word_count(head) || (separator == ':' && word_count(tail) == word_count(head));
        let candidates = [(head, true), (tail, tail_allowed)];
        for (part, allowed) in candidates {
            let better = best.is_none_or(|b| word_count(part) > word_count(b));
            if allowed && better && is_heading(part) && !names_site(part, sites) {
                best = Some(part);
            }
        }
    }
    best.map(str::to_string)
}

/// Whether a part of a title is the site's name: one of its names, or its host without the
/// top-level domain ("Daily Bugle" for `dailybugle.com`), letters and digits compared.
fn names_site(part: &str, sites: &[String]) -> bool {
    let squeeze = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>();
    let part = squeeze(part);
    !part.is_empty()
        && sites.iter().any(|site| {
            let site = site.rsplit_once('.').filter(|(_, tld)| !tld.contains(' ')).map_or(site.as_str(), |(name, _)| name);
            squeeze(site) == part || squeeze(site.rsplit('.').next().unwrap_or("")) == part
        })
}

/// "Headline | Site" or "Site: Headline" with the site named: the headline.
fn strip_site_name(title: &str, site: &str) -> Option<String> {
    let site = site.trim();
    let same = |a: &str| a.to_lowercase() == site.to_lowercase();
    if site.is_empty() || same(title) {
        return None;
    }
    let trim = |s: &str| s.trim_matches(|c: char| c.is_whitespace() || SEPARATORS.contains(&c)).to_string();
    // Byte positions are only tried where they fall on character boundaries (`get`).
    if let Some(cut) = title.len().checked_sub(site.len()) {
        if let (Some(head), Some(tail)) = (title.get(..cut), title.get(cut..)) {
            if same(tail) && head.trim_end().ends_with(SEPARATORS) {
                return Some(trim(head)).filter(|t| !t.is_empty());
            }
        }
    }
    if let (Some(head), Some(tail)) = (title.get(..site.len()), title.get(site.len()..)) {
        if same(head) && tail.trim_start().starts_with(SEPARATORS) {
            return Some(trim(tail)).filter(|t| !t.is_empty());
        }
    }
    None
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Readability's `_getArticleTitle` heuristics for a title whose site name is not known.
fn clean_title<N: Clone>(original: &str, dom: &Dom<N>, h1s: &[Id]) -> String {
    let original = collapse_white_space(original);
    let hierarchical = |c: char| matches!(c, '\\' | '/' | '>' | '\u{bb}');
    let separator = |c: char| matches!(c, '|' | '-' | '\u{2013}' | '\u{2014}') || hierarchical(c);
    // A separator with a space on either side: " | ", " - ", " » ".
    let separator_positions: Vec<usize> = original
        .char_indices()
        .filter(|&(i, c)| separator(c) && original[..i].ends_with(' ') && original[i + c.len_utf8()..].starts_with(' '))
        .map(|(i, _)| i)
        .collect();
    let mut had_hierarchical = false;
    let mut title = original.clone();
    if let (Some(&first), Some(&last)) = (separator_positions.first(), separator_positions.last()) {
        had_hierarchical = separator_positions.iter().any(|&i| original[i..].starts_with(hierarchical));
        title = original[..last].trim().to_string();
        if word_count(&title) < 3 {
            let c = original[first..].chars().next().map_or(1, char::len_utf8);
            title = original[first + c..].trim().to_string();
        }
    } else if original.contains(": ") {
        let exact_heading = dom.elements_by_tag(dom.root, &["h1", "h2"]).into_iter().any(|h| dom.inner_text(h) == original);
        if !exact_heading {
            if let (Some(first), Some(last)) = (original.find(':'), original.rfind(':')) {
                title = original[last + 1..].trim().to_string();
                if word_count(&title) < 3 {
                    title = original[first + 1..].trim().to_string();
                } else if word_count(&original[..first]) > 5 {
                    title = original.clone();
                }
            }
        }
    } else if original.chars().count() > 150 || original.chars().count() < 15 {
        if let [only] = h1s {
            title = dom.inner_text(*only);
        }
    }
    let count = word_count(&title);
    let separators_removed = word_count(&original.replace(separator, ""));
    if count <= 4 && (!had_hierarchical || count + 1 != separators_removed) {
        title = original;
    }
    title
}

/// How much of a heading's wording the title must share for the heading to be the headline.
const HEADLINE_SIMILARITY: f64 = 0.75;

/// How much of a short title's wording a longer heading must say for the heading to be the
/// headline the title shortens.
const SHORTENED_TITLE_SHARE: f64 = 0.9;

/// A title shortened for search engines has at least this many words: a shorter one is
/// often a section's or a topic's name, which many headings repeat.
const SHORTENED_TITLE_MIN_WORDS: usize = 4;

/// Whether a heading on the page is the headline that `title` names: the title says most
/// of its words (Readability's test: "Story" for "Story | Site" or "Site: Story"), or the
/// heading says nearly all of a title of several words and at most twice as many words
/// (the metadata's headline is the page's own shortened for search results: "Maya Okafor
/// on Her Farmhouse Album" for the shown "Maya Okafor on Her Farmhouse Album, Leaving
/// Nashville, and Learning to Play Slow").
pub fn is_headline_of(title: &str, heading: &str) -> bool {
    if text_similarity(title, heading) > HEADLINE_SIMILARITY {
        return true;
    }
    let (title_words, heading_words) = (word_count(title), word_count(heading));
    title_words >= SHORTENED_TITLE_MIN_WORDS && heading_words <= 2 * title_words && text_similarity(heading, title) >= SHORTENED_TITLE_SHARE
}

/// Readability's measure of how much of `b`'s wording `a` shares, from 0 to 1.
pub fn text_similarity(a: &str, b: &str) -> f64 {
    let tokens =
        |s: &str| -> Vec<String> { s.to_lowercase().split(|c: char| !c.is_alphanumeric() && c != '_').filter(|t| !t.is_empty()).map(str::to_string).collect() };
    let ta = tokens(a);
    let tb = tokens(b);
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let unique: Vec<&str> = tb.iter().filter(|t| !ta.contains(t)).map(String::as_str).collect();
    let distance = unique.join(" ").len() as f64 / tb.join(" ").len() as f64;
    1.0 - distance
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn site_name_after_a_bar_is_cut() {
        assert_eq!(strip_site_name("Chicago bans ICE | Blaze Media", "Blaze Media").as_deref(), Some("Chicago bans ICE"));
        assert_eq!(strip_site_name("The Verge - Phones get bigger", "The Verge").as_deref(), Some("Phones get bigger"));
        assert_eq!(strip_site_name("Blaze Media", "Blaze Media"), None);
        assert_eq!(strip_site_name("İİİ headline about things | Ünïcode", "ünïcode").as_deref(), Some("İİİ headline about things"));
        assert_eq!(strip_site_name("İx", "ab"), None);
    }

    #[test]
    fn site_name_with_slogan_is_cut_by_its_short_form() {
        let markup = "<html><head><meta property='og:site_name' content='Aktuálně.cz - Víte, co se právě děje'>
            <meta property='og:title' content='West Ham hrozí gigantům | Aktuálně.cz'></head><body></body></html>";
        let dom = Dom::copy(&crate::page::html::parse(markup));
        assert_eq!(page_title(&dom).as_deref(), Some("West Ham hrozí gigantům"));
    }

    fn title_of(head: &str, body: &str) -> Option<String> {
        let markup = format!("<html><head>{head}</head><body>{body}</body></html>");
        page_title(&Dom::copy(&crate::page::html::parse(&markup)))
    }

    #[test]
    fn part_of_the_title_that_the_headline_repeats_is_the_title() {
        // Short headlines, which the unnamed-site rules keep whole.
        for (title, h1) in [
            ("Mayor resigns | Daily Bugle", "Mayor resigns"),
            ("Mayor resigns - Daily Bugle", "Mayor resigns"),
            ("Mayor resigns \u{2013} The Bugle", "Mayor resigns"),
            ("Mayor resigns \u{2014} The Bugle", "Mayor resigns"),
            ("Daily Bugle: Mayor resigns", "Mayor resigns"),
            ("Daily Bugle | Mayor resigns after vote", "Mayor resigns after vote"),
            ("Mayor resigns | Local News | Daily Bugle", "Mayor resigns"),
            ("Budget: what it means for you - Daily Bugle", "Budget: what it means for you"),
        ] {
            let head = format!("<title>{title}</title>");
            assert_eq!(title_of(&head, &format!("<h1>{h1}</h1>")).as_deref(), Some(h1), "{title}");
            // The same from a metadata title that carries the site.
            let head = format!("<meta property='og:title' content='{title}'><title>Other</title>");
            assert_eq!(title_of(&head, &format!("<h1>  {}  </h1>", h1.to_uppercase())).as_deref(), Some(h1), "{title}");
        }
        // A site logo in a <h1> besides the story's own heading: the story's words.
        let head = "<title>Mayor resigns after vote | Daily Bugle</title>";
        assert_eq!(title_of(head, "<h1>Daily Bugle</h1><h2>Mayor resigns after vote</h2>").as_deref(), Some("Mayor resigns after vote"));
        // A logo that names the site, by its name or its host, is no headline.
        let head = "<title>Mayor resigns | Daily Bugle</title><link rel='canonical' href='https://www.dailybugle.com/news/1'>";
        assert_eq!(title_of(head, "<h1>Daily Bugle</h1>").as_deref(), Some("Mayor resigns | Daily Bugle"));
        let head = "<title>Daily Bugle: Mayor resigns</title><meta property='og:site_name' content='Daily Bugle'>";
        assert_eq!(title_of(head, "<h1>Daily Bugle</h1>").as_deref(), Some("Mayor resigns"));
        // No heading says a part: as before; a headline with a dash in it stays whole.
        assert_eq!(title_of("<title>Mayor resigns | Daily Bugle</title>", "<h1>Other words</h1>").as_deref(), Some("Mayor resigns | Daily Bugle"));
        let head = "<title>Well-known mayor - a profile</title>";
        assert_eq!(title_of(head, "<h1>Well-known mayor - a profile</h1>").as_deref(), Some("Well-known mayor - a profile"));
    }

    #[test]
    fn a_heading_that_says_a_shortened_title_whole_is_its_headline() {
        // Titles cut down for search results, and the page's own longer headline.
        for (title, heading) in [
            ("Maya Okafor on Her Farmhouse Album and Leaving Nashville", "Maya Okafor on Her Farmhouse Album, Leaving Nashville, and Learning to Play Slow"),
            ("Fed holds rates steady as inflation cools", "Fed holds rates steady as inflation cools, signals two cuts next year"),
            ("Kenya's tea exports fall to a five-year low", "Kenya’s tea exports fall to a five-year low as drought and prices bite"),
            ("Man rescued from Lake District fell after 30 hours", "Walker rescued from Lake District fell after 30 hours in freezing fog"),
        ] {
            assert!(is_headline_of(title, heading), "{title}");
        }
        // Readability's own case: the title holds the heading and the site.
        assert!(is_headline_of("Council backs new bus lanes | Daily Bugle", "Council backs new bus lanes"));
        // A section's name, a heading of another story that shares a few words, and a
        // heading far longer than the title are no headline of it.
        assert!(!is_headline_of("Politics", "Politics: what the budget means for you and your family"));
        assert!(!is_headline_of("Fed holds rates steady as inflation cools", "Markets rally as inflation cools in Europe"));
        assert!(!is_headline_of(
            "Fed holds rates steady",
            "Fed holds rates steady while the central banks of Europe, Japan and Canada cut theirs again this week"
        ));
    }

    #[test]
    fn similar_headline_and_title_score_high() {
        assert!(text_similarity("Chicago mayor blocks ICE", "Chicago mayor blocks ICE") > 0.99);
        assert!(text_similarity("Chicago mayor blocks ICE", "Something else entirely") < 0.1);
        assert_eq!(text_similarity("", "x"), 0.0);
    }
}
