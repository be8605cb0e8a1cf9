//! Source hints: what the badge's popover tells the reader about checking a finding.
//!
//! Hints are built from the finding alone and never touch the network; a hint's `url` is
//! a link that the reader may choose to open. Kinds are stable words the extension keys on.

use crate::report::{Category, Detail, Hint};

const FACT_CHECK_SEARCH: &str = "https://toolbox.google.com/factcheck/explorer/search/";
const WEB_SEARCH: &str = "https://duckduckgo.com/?q=";

/// The hints for one finding, given its detail and its text.
pub fn for_finding(detail: &Detail, text: &str) -> Vec<Hint> {
    let mut hints = Vec::new();
    match detail {
        Detail::Quote { speaker, role, cue, partial } => {
            hints.push(credit_hint(speaker.as_deref(), role.as_deref(), cue.as_deref()));
            if *partial {
                hints.push(Hint {
                    kind: "partial".into(),
                    label: "Only part of the statement is quoted: read the full remarks for context.".into(),
                    url: None,
                });
            }
            hints.push(settle(match speaker {
                Some(s) => format!("Find the original recording, transcript or post where {s} said this."),
                None => "Find who said this first: the article does not say.".to_string(),
            }));
            let exact = format!("\"{}\"", clip_words(text, 32));
            let query = match speaker {
                Some(s) => format!("{exact} {s}"),
                None => exact.clone(),
            };
            hints.push(link("search-quote", "Search the exact words", WEB_SEARCH, &query));
            hints.push(link("fact-check", "Look it up in fact-check databases", FACT_CHECK_SEARCH, &clip_words(text, 12)));
        }
        Detail::Figure { category, approx, source, unit, .. } => {
            hints.push(credit_hint(source.as_deref(), None, None));
            if let Some(a) = approx {
                hints.push(Hint {
                    kind: "hedged".into(),
                    label: format!("The figure is hedged (\u{201c}{a}\u{201d}): the exact number may differ."),
                    url: None,
                });
            }
            let what = unit.as_deref().map(|u| format!(" of {u}")).unwrap_or_default();
            hints.push(settle(match (source, category) {
                (Some(s), _) => format!("Find the figure{what} in {s}'s own publication or data."),
                (None, Category::Money) => "Look for the budget, filing or report this amount comes from.".to_string(),
                (None, Category::Percent) => "Look for the survey or statistic this share comes from, and what it is a share of.".to_string(),
                (None, Category::Year | Category::Date) => "Check the date against a dated record of the event.".to_string(),
                (None, _) => format!("Look for the official statistic or report behind the number{what}."),
            }));
            hints.push(link("search-figure", "Search for this figure", WEB_SEARCH, &clip_words(text, 16)));
        }
        Detail::Claim { source, cue, .. } => {
            hints.push(credit_hint(source.as_deref(), None, cue.as_deref()));
            hints.push(settle(match source {
                Some(s) => format!("Find {s}'s own statement or report, and whether others confirm it."),
                None => "Look for a primary source (a record, a study, an official statement) that confirms it.".to_string(),
            }));
            hints.push(link("fact-check", "Look it up in fact-check databases", FACT_CHECK_SEARCH, &clip_words(text, 12)));
        }
    }
    hints
}

fn credit_hint(who: Option<&str>, role: Option<&str>, cue: Option<&str>) -> Hint {
    match who {
        Some(name) => {
            let role = role.map(|r| format!(" ({r})")).unwrap_or_default();
            let cue = cue.map(|c| format!(", cue \u{201c}{c}\u{201d}")).unwrap_or_default();
            Hint { kind: "source".into(), label: format!("Credited to {name}{role}{cue}."), url: None }
        }
        None => Hint { kind: "no-source".into(), label: "No source is named for this.".into(), url: None },
    }
}

fn settle(label: String) -> Hint {
    Hint { kind: "settle".into(), label, url: None }
}

fn link(kind: &str, label: &str, base: &str, query: &str) -> Hint {
    Hint { kind: kind.into(), label: label.into(), url: Some(format!("{base}{}", encode_query(query))) }
}

/// The first `n` words of `text`, so that links stay short.
fn clip_words(text: &str, n: usize) -> String {
    text.split_whitespace().take(n).collect::<Vec<_>>().join(" ")
}

/// Percent-encoding for a URL query value (RFC 3986 unreserved characters pass).
fn encode_query(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_hints_name_the_speaker_and_search_the_exact_words() {
        let d = Detail::Quote { speaker: Some("Lori Lightfoot".into()), role: None, cue: Some("said".into()), partial: false };
        let hints = for_finding(&d, "Chicago is & will always be");
        assert_eq!(hints[0].kind, "source");
        assert!(hints[0].label.contains("Lori Lightfoot"));
        let search = hints.iter().find(|h| h.kind == "search-quote").unwrap();
        let url = search.url.as_deref().unwrap();
        assert!(url.contains("%22Chicago+is+%26+will+always+be%22+Lori+Lightfoot"), "{url}");
    }

    #[test]
    fn unsourced_figure_says_so() {
        let d = Detail::Figure {
            category: Category::Count,
            value: Some(10.0),
            high: None,
            approx: Some("at least".into()),
            trend: None,
            unit: Some("cities".into()),
            source: None,
        };
        let hints = for_finding(&d, "at least 10 cities");
        assert_eq!(hints[0].kind, "no-source");
        assert!(hints.iter().any(|h| h.kind == "hedged"));
    }

    #[test]
    fn encoding_is_utf8_percent() {
        assert_eq!(encode_query("caf\u{e9} \u{201c}x\u{201d}"), "caf%C3%A9+%E2%80%9Cx%E2%80%9D");
    }
}
