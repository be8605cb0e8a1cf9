//! A description standing for a body the article named with it in apposition: "a rights
//! group said" after "The Egyptian Initiative for Personal Rights, a rights group, …";
//! "the London-based charity said" after "Oxfam, the London-based charity, …". The
//! popover should name the body, not the description of it.

use super::speakers::Speaker;
use super::tokens::{is_capitalised, key};
use super::Context;
use std::sync::OnceLock;

/// Most words of a description after its determiner ("a Cairo-based human rights group").
const DESCRIPTION_WORDS: usize = 5;
/// Most words of the body's name before the appositive's comma.
const NAME_WORDS: usize = 8;

/// Whether `k` (lower case) heads a description of a body (`body_descriptions.txt`).
fn is_body_noun(k: &str) -> bool {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut v: Vec<&str> =
            data_file!("text/attribution/body_descriptions.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        v.sort_unstable();
        v
    })
    .binary_search(&k)
    .is_ok()
}

/// The words of a description speaker after its determiner, lower case: "a rights group"
/// → ["rights", "group"]. A bare "the group" is the group met last, not a description
/// (its own rule), so a "the" needs a word before the noun.
fn description_words(name: &str) -> Option<Vec<String>> {
    let words: Vec<String> = name.split_whitespace().map(|w| key(w).as_str().to_owned()).collect();
    let (det, rest) = words.split_first()?;
    let fits = match det.as_str() {
        "a" | "an" => !rest.is_empty(),
        "the" => rest.len() >= 2,
        _ => false,
    };
    (fits && rest.len() <= DESCRIPTION_WORDS && rest.last().is_some_and(|k| is_body_noun(k))).then(|| rest.to_vec())
}

impl Context<'_> {
    /// The one body set in apposition with the description `s` names, before it: "Human
    /// Rights Watch, a rights group,". `None` when none or two differ.
    pub(super) fn apposed_body(&self, s: &Speaker) -> Option<String> {
        let want = description_words(&s.name)?;
        let text = self.text();
        let word = |j: usize| key(&text[self.toks[j].span.start..self.toks[j].span.end]).as_str().to_owned();
        let end = self.tok_at(s.span.start);
        let mut bodies: Vec<String> = Vec::new();
        for c in 1..end {
            if !self.toks[c].is(',') || self.is_quoted(self.toks[c].span.start) {
                continue;
            }
            // ", a rights group," / ", the London-based rights group.": the description's
            // words end with the speaker's, and a mark closes the appositive.
            let det = c + 1;
            if det >= end || !self.toks[det].is_word() || !matches!(word(det).as_str(), "a" | "an" | "the") {
                continue;
            }
            // A hyphen may be cut as a token of its own ("London-based").
            let Some(close) = (det + 1..end.min(det + 2 + 2 * DESCRIPTION_WORDS)).find(|&j| !self.toks[j].is_word() && !self.toks[j].is('-')) else { continue };
            let described: Vec<String> = (det + 1..close).filter(|&j| self.toks[j].is_word()).map(word).collect();
            if !self.toks[close].punct.is_some_and(|p| matches!(p, ',' | '.' | ';')) || !described.ends_with(&want) {
                continue;
            }
            if let Some(name) = self.body_name_before(c) {
                if !bodies.contains(&name) {
                    bodies.push(name);
                }
            }
        }
        match bodies.as_slice() {
            [body] => Some(body.clone()),
            _ => None,
        }
    }

    /// The capitalised name that ends right before the comma at token `comma` ("The
    /// Egyptian Initiative for Personal Rights"), lower-case joiners inside it.
    fn body_name_before(&self, comma: usize) -> Option<String> {
        let text = self.text();
        let w = |j: usize| &text[self.toks[j].span.start..self.toks[j].span.end];
        let capital = |j: usize| self.toks[j].is_word() && is_capitalised(w(j));
        let joiner = |j: usize| self.toks[j].is_word() && matches!(key(w(j)).as_str(), "of" | "for" | "and" | "on");
        // The name opens its sentence at the earliest.
        let sentence = self.sentence_of(self.toks[comma].span.start);
        let opening = self.sentence_toks.get(sentence).copied().unwrap_or(0);
        let mut start = comma;
        while start > opening && comma - start < NAME_WORDS && (capital(start - 1) || (joiner(start - 1) && start >= opening + 2 && capital(start - 2))) {
            start -= 1;
        }
        if start == comma {
            return None;
        }
        // The appositive says what the name is: a body, though a two-word name ("Amnesty
        // International") reads like a person's.
        Some(text[self.toks[start].span.start..self.toks[comma - 1].span.end].to_string())
    }
}

#[cfg(test)]
mod tests {
    use crate::text::Document;

    fn speakers(text: &str) -> Vec<Option<String>> {
        let doc = Document::from_plain_text(&format!("A headline\n\n{text}"));
        crate::detect::quotes::find(&doc).into_iter().map(|q| q.speaker).collect()
    }

    #[test]
    fn a_description_stands_for_the_body_named_with_it() {
        for (text, want) in [
            (
                "The Egyptian Initiative for Personal Rights, a rights group, documented the arrests. \u{201c}The detentions are arbitrary,\u{201d} a rights group said.",
                "The Egyptian Initiative for Personal Rights",
            ),
            (
                "The arrests were documented by Amnesty International, the London-based rights group. \u{201c}They must be freed,\u{201d} the London-based rights group said.",
                "Amnesty International",
            ),
            (
                "Transparency International Kenya, an anti-graft watchdog, reviewed the tender. \u{201c}The process was opaque,\u{201d} said the anti-graft watchdog.",
                "Transparency International Kenya",
            ),
            ("Oxfam, a British charity, sent two lorries. \u{201c}The need is enormous,\u{201d} a charity told reporters.", "Oxfam"),
        ] {
            assert_eq!(speakers(text).first().cloned().flatten().as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn a_description_stays_when_no_body_or_two_were_named_with_it() {
        let text = "Police detained 40 people. \u{201c}The detentions are arbitrary,\u{201d} a rights group said.";
        assert_eq!(speakers(text).first().cloned().flatten().as_deref(), Some("a rights group"));
        let text = "Amnesty International, a rights group, and Human Rights Watch, a rights group, wrote to the ministry. \u{201c}Free them,\u{201d} a rights group said.";
        assert_eq!(speakers(text).first().cloned().flatten().as_deref(), Some("a rights group"));
    }
}
