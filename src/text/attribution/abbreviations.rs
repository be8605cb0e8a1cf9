//! A body abbreviated in a headline ("SC: ‘Rule of law must prevail’", "HC slams police",
//! "EC says polls on time") stands for the body the story names in full ("the Supreme
//! Court", "the Madras High Court"): desks shorten courts and commissions to their
//! initials in headlines only, and the popover should name the body. Only in headlines:
//! in the body an abbreviation is the article's own name for the source ("the CBO said").

use super::speakers::Speaker;
use super::tokens::{is_capitalised, key};
use super::Context;
use crate::detect::lexicon;

/// How many letters a headline abbreviation of a body has.
const LETTERS: std::ops::RangeInclusive<usize> = 2..=6;

/// Lower-case words that join the words of a body's name ("Central Bank of Nigeria").
fn is_connector(k: &str) -> bool {
    matches!(k, "of" | "for" | "and" | "on" | "de")
}

impl Context<'_> {
    /// The body a headline abbreviation stands for, when the story names exactly one body
    /// whose capitalised words' initials spell it and whose name ends in an organisation
    /// word ("Supreme Court", "Election Commission"); `None` otherwise.
    pub(super) fn abbreviated_body(&self, s: &Speaker) -> Option<String> {
        let abbr = s.name.trim();
        let upper = abbr.chars().all(|c| c.is_ascii_uppercase());
        if !upper || !LETTERS.contains(&abbr.len()) || !self.in_headline(self.tok_at(s.span.start)) {
            return None;
        }
        let mut bodies: Vec<(String, String)> = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            let Some(end) = self.name_run_from(i) else {
                i += 1;
                continue;
            };
            if !self.in_headline(i) {
                if let Some(body) = self.body_spelled(abbr, i, end) {
                    let k = body.trim_start_matches("the ").to_lowercase();
                    if !bodies.iter().any(|(seen, _)| *seen == k) {
                        bodies.push((k, body));
                    }
                }
            }
            i = end;
        }
        match bodies.as_slice() {
            [(_, body)] => Some(body.clone()),
            _ => None,
        }
    }

    /// The token after a run of capitalised words opening at token `i`, connectors inside
    /// it ("Supreme Court of Pakistan"); `None` when no capitalised word opens there.
    fn name_run_from(&self, i: usize) -> Option<usize> {
        let text = self.text();
        // A day or a month after the name ("the Supreme Court on Monday") is no part of it.
        let capital = |j: usize| {
            j < self.toks.len() && self.toks[j].is_word() && {
                let w = &text[self.toks[j].span.start..self.toks[j].span.end];
                is_capitalised(w) && !lexicon::time_words().contains(&key(w)) && lexicon::months().entry_for_key(&key(w)).is_none()
            }
        };
        let connector = |j: usize| j < self.toks.len() && self.toks[j].is_word() && is_connector(&key(&text[self.toks[j].span.start..self.toks[j].span.end]));
        if !capital(i) {
            return None;
        }
        let mut j = i + 1;
        while capital(j) || (connector(j) && capital(j + 1)) {
            j += 1;
        }
        Some(j)
    }

    /// The name in tokens `lo..hi`, shown with "the", when the initials of its capitalised
    /// words hold `abbr` and the last word spelled is a word of organisations.
    fn body_spelled(&self, abbr: &str, lo: usize, hi: usize) -> Option<String> {
        let text = self.text();
        let word = |j: usize| &text[self.toks[j].span.start..self.toks[j].span.end];
        let caps: Vec<usize> = (lo..hi).filter(|&j| is_capitalised(word(j)) && key(word(j)).as_str() != "the").collect();
        let initials: String = caps.iter().filter_map(|&j| word(j).chars().next()).collect();
        let at = initials.find(abbr)?;
        let last = caps[at + abbr.len() - 1];
        if caps.len() < 2 || !lexicon::organisation_words().contains(&key(word(last))) {
            return None;
        }
        let first = if key(word(lo)).as_str() == "the" { lo + 1 } else { lo };
        (first < hi).then(|| format!("the {}", &text[self.toks[first].span.start..self.toks[hi - 1].span.end]))
    }
}

#[cfg(test)]
mod tests {
    use crate::text::Document;

    fn headline_speaker(text: &str) -> Option<String> {
        let doc = Document::from_plain_text(text);
        crate::detect::quotes::find(&doc).into_iter().next().and_then(|q| q.speaker)
    }

    #[test]
    fn a_headline_abbreviation_names_the_body_the_story_names() {
        for (text, want) in [
            ("SC: \u{2018}Rule of law must prevail\u{2019}\n\nThe Supreme Court on Monday said the state must act.", "the Supreme Court"),
            ("HC: \u{2018}Bail is the rule, jail the exception\u{2019}\n\nThe Delhi High Court granted bail on Friday.", "the Delhi High Court"),
            (
                "EC: \u{201c}Polls will be held on time\u{201d}\n\nThe Election Commission of Pakistan met party leaders in Islamabad.",
                "the Election Commission of Pakistan",
            ),
        ] {
            assert_eq!(headline_speaker(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn an_abbreviation_stays_when_no_body_or_two_fit() {
        // No body named: the abbreviation stays the speaker.
        let text = "SC: \u{2018}Rule of law must prevail\u{2019}\n\nThe bench heard the plea on Monday.";
        assert_eq!(headline_speaker(text).as_deref(), Some("SC"));
        // A person's initials spell it too, but a person is no body.
        let text = "SC: \u{2018}Rule of law must prevail\u{2019}\n\nSam Cole filed the plea on Monday.";
        assert_eq!(headline_speaker(text).as_deref(), Some("SC"));
        // Two bodies fit: neither is chosen.
        let text = "SC: \u{2018}Rule of law must prevail\u{2019}\n\nThe Supreme Court and the State Commission both heard the plea.";
        assert_eq!(headline_speaker(text).as_deref(), Some("SC"));
    }
}
