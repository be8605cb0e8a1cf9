//! A document credited as if it spoke ("the statement said", "the letter reads", "read
//! the circular") stands for whoever the article says issued it: "The Ghana Water Company
//! said in a statement …", "The Teachers Service Commission said in a circular …". The
//! popover names the issuer, the body or person to check, not the paper.

use super::speakers::{Kind, Speaker};
use super::tokens::key;
use super::Context;
use std::sync::OnceLock;

/// How many sentences back the issuer may have been named with its document.
const ISSUER_REACH: usize = 6;
/// Most words of a document phrase: "the three-page statement".
const DOCUMENT_WORDS: usize = 4;

/// Whether `k` (lower case) names a document a body issues (`issued_documents.txt`).
fn is_issued_document(k: &str) -> bool {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut v: Vec<&str> =
            data_file!("text/attribution/issued_documents.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        v.sort_unstable();
        v
    })
    .binary_search(&k)
    .is_ok()
}

/// The document noun of a phrase that refers back to a document: "the statement", "its
/// latest report", "this letter" → "statement"; `None` for a named document ("the
/// Ghana Water Company statement" is handled with its owner) or any other phrase.
fn document_referred_to(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let det = key(words.first()?);
    if !matches!(det.as_str(), "the" | "this" | "that" | "its" | "their") || words.len() > DOCUMENT_WORDS {
        return None;
    }
    let noun = key(words.last()?.trim_end_matches(['.', ',']));
    let plain = words[1..].iter().all(|w| !super::tokens::is_capitalised(w));
    (plain && is_issued_document(&noun)).then(|| noun.as_str().to_owned())
}

impl Context<'_> {
    /// The issuer of the document `s` refers back to: the subject of the clause that names
    /// the same document noun before it ("X said in a statement", "X issued a letter"), a
    /// body or a person, when the sentences within reach name exactly one.
    pub(super) fn document_issuer(&self, s: &Speaker) -> Option<String> {
        if s.kind == Kind::Pronoun || s.kind == Kind::Person {
            return None;
        }
        let noun = document_referred_to(&s.name)?;
        let here = self.sentence_of(s.span.start);
        let own = self.tok_at(s.span.start);
        let text = self.text();
        let mut issuers: Vec<String> = Vec::new();
        for i in here.saturating_sub(ISSUER_REACH)..=here {
            let (Some(&lo), Some(&hi)) = (self.sentence_toks.get(i), self.sentence_toks.get(i + 1)) else { continue };
            let mention = (lo..hi.min(own)).find(|&j| {
                let t = &self.toks[j];
                t.is_word() && !self.is_quoted(t.span.start) && key(&text[t.span.start..t.span.end]).as_str() == noun
            });
            let Some(at) = mention else { continue };
            let issuer =
                self.clause_subject(lo, at, true).filter(|x| matches!(x.kind, Kind::Organisation | Kind::Person) && document_referred_to(&x.name).is_none());
            if let Some(x) = issuer {
                let name = self.display_name(&x);
                if !issuers.contains(&name) {
                    issuers.push(name);
                }
            }
        }
        match issuers.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    fn speakers(text: &str) -> Vec<Option<String>> {
        let doc = Document::from_plain_text(&format!("A headline\n\n{text}"));
        crate::detect::quotes::find(&doc).into_iter().map(|q| q.speaker).collect()
    }

    #[test]
    fn document_phrases_are_read() {
        assert_eq!(document_referred_to("the statement").as_deref(), Some("statement"));
        assert_eq!(document_referred_to("its latest report").as_deref(), Some("report"));
        assert_eq!(document_referred_to("the Ghana Water statement"), None);
        assert_eq!(document_referred_to("the minister"), None);
    }

    #[test]
    fn a_document_stands_for_the_one_who_issued_it() {
        for (text, want) in [
            (
                "The Ghana Water Company said in a statement that supply would be cut. \u{201c}We apologise for the inconvenience,\u{201d} the statement said.",
                "The Ghana Water Company",
            ),
            (
                "The Teachers Service Commission said in a circular that absent teachers would not be paid.\n\n\u{201c}Any teacher absent from duty will face disciplinary action,\u{201d} read the circular.",
                "The Teachers Service Commission",
            ),
            (
                "The Nairobi Water Company issued a letter to customers on Monday. \u{201c}Payments are overdue,\u{201d} the letter said.",
                "The Nairobi Water Company",
            ),
            (
                "Senator Amara Obi wrote a letter to the ministry. \u{201c}The delays are unacceptable,\u{201d} the letter said.",
                "Amara Obi",
            ),
        ] {
            assert_eq!(speakers(text).first().cloned().flatten().as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn a_document_stays_when_no_issuer_or_two_are_named() {
        let text = "Supply will be cut on Monday. \u{201c}We apologise for the inconvenience,\u{201d} the statement said.";
        assert_eq!(speakers(text).first().cloned().flatten().as_deref(), Some("the statement"));
        let text = "The Nurses Union said in a statement that talks had failed. The Health Ministry said in its own statement that talks would resume. \u{201c}Talks are over,\u{201d} the statement said.";
        assert_eq!(speakers(text).first().cloned().flatten().as_deref(), Some("the statement"));
    }
}
