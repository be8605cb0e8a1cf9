//! Datelines and labels before a colon, which name a place or a kind of item and never
//! who speaks: "NEW DELHI: The government approved …" (PTI style), "BREAKING: …",
//! "Analysis: …". A transcript labels its turns the same way ("PENCE: …"), but it labels
//! at least two of them; a single capitalised label at a line start, with no second label
//! anywhere in the text, is a dateline.

use super::tokens;
use std::sync::OnceLock;

/// The news labels of `news_labels.txt`, sorted.
fn news_labels() -> &'static [&'static str] {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut v: Vec<&str> = data_file!("text/attribution/news_labels.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        v.sort_unstable();
        v
    })
}

/// Whether `label` (the words before a colon, any case) is a news label: "BREAKING",
/// "Analysis", "Editor's note", "UPDATE 2".
pub fn is_news_label(label: &str) -> bool {
    let lower = label.trim().trim_end_matches(':').trim().to_lowercase().replace('\u{2019}', "'");
    let words: Vec<&str> = lower.split_whitespace().filter(|w| !w.chars().all(|c| c.is_ascii_digit())).collect();
    !words.is_empty() && news_labels().binary_search(&words.join(" ").as_str()).is_ok()
}

/// Whether a line opens with a label in capitals and a colon ("WARREN:", "NEW DELHI:").
fn opens_with_capital_label(line: &str) -> bool {
    let line = line.trim_start();
    let Some(colon) = line.find(':') else { return false };
    let head = &line[..colon];
    !head.is_empty()
        && head.len() <= 60
        && head.chars().any(char::is_alphabetic)
        && head.chars().all(|c| c.is_uppercase() || " .,'-&()\u{2019}".contains(c) || c.is_ascii_digit())
        && !line[colon + 1..].starts_with(|c: char| c.is_ascii_digit())
}

/// Whether the capitalised label that opens the line at byte `pos` of `text` is the only
/// label line of the text: a dateline, not a transcript's turn. Stops at the second
/// label found, so a transcript is read no further than its next turn.
pub fn is_lone_label(text: &str, pos: usize) -> bool {
    // A text of one line cannot tell a dateline from a one-line transcript ("ANN LEE: …").
    if text.trim().lines().filter(|l| !l.trim().is_empty()).count() < 2 {
        return false;
    }
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        if (start..offset).contains(&pos) && line[..pos - start].trim().is_empty() {
            continue;
        }
        if opens_with_capital_label(line) && !is_news_label(line.trim_start().split(':').next().unwrap_or("")) {
            return false;
        }
    }
    true
}

/// Most tokens a dateline runs before its mark: "KAMPALA, Uganda, March 3 (AP) —".
const DATELINE_TOKENS: usize = 14;

impl super::Context<'_> {
    /// The token after a dateline that opens a paragraph at token `start` (within `hi`):
    /// "NEW DELHI:", "LAGOS —", "KAMPALA, Uganda (AP) —", "Nairobi, March 3 (Reuters) -".
    /// A dateline names where the story was filed, never who speaks: the clause's subject
    /// is read after it. `None` for anything else, a transcript's "PENCE:" among them.
    pub(super) fn dateline_end(&self, start: usize, hi: usize) -> Option<usize> {
        let text = self.text();
        let first = self.toks.get(start).filter(|t| t.is_word() && start < hi)?;
        let block = self.block_of(first.span.start);
        if !text[block.start..first.span.start].trim().is_empty() {
            return None;
        }
        let piece = |i: usize| self.toks[i].is_word() || matches!(self.toks[i].punct, Some(',' | '(' | ')' | '.'));
        let mark = (start + 1..hi.min(start + DATELINE_TOKENS)).find(|&i| !piece(i))?;
        let word = |i: usize| &text[self.toks[i].span.start..self.toks[i].span.end];
        let words: Vec<&str> = (start..mark).filter(|&i| self.toks[i].is_word()).map(word).collect();
        // Places, a date and an agency: capitalised words and numbers only.
        if mark + 1 >= hi || !words.iter().all(|w| tokens::is_capitalised(w) || w.starts_with(|c: char| c.is_ascii_digit())) {
            return None;
        }
        let shouted = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() > 1 && !w.chars().any(char::is_lowercase);
        let place_in_capitals = words.first().is_some_and(|w| shouted(w));
        let agency = (start..mark).any(|i| self.toks[i].is('(')) && (start..mark).any(|i| self.toks[i].is(')'));
        let dated = words
            .windows(2)
            .any(|p| crate::detect::lexicon::months().entry_for_key(&tokens::key(p[0])).is_some() && p[1].starts_with(|c: char| c.is_ascii_digit()));
        match self.toks[mark].punct {
            Some('\u{2014}' | '\u{2013}' | '-') if place_in_capitals || agency || dated => Some(mark + 1),
            // A colon follows a speaker's label in a transcript: only a label in capitals
            // that no other line repeats as a turn is a dateline ("NEW DELHI: …").
            Some(':') if place_in_capitals && is_lone_label(text, first.span.start) => Some(mark + 1),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn news_labels_are_known_in_any_case() {
        for l in ["BREAKING", "Analysis", "UPDATE", "Update 2", "EXCLUSIVE", "Synopsis", "Correction", "Editor\u{2019}s note", "WATCH"] {
            assert!(is_news_label(l), "{l}");
        }
        for l in ["PENCE", "Stone", "New Delhi", "Dave Briggs"] {
            assert!(!is_news_label(l), "{l}");
        }
    }

    #[test]
    fn a_label_alone_in_its_text_is_a_dateline() {
        let text = "NEW DELHI: The government approved Rs 500 crore on Monday.\nThe money goes to three states.";
        assert!(is_lone_label(text, 0));
        let text = "LUCKNOW: Three people were killed.\n\nBREAKING: More to follow.";
        assert!(is_lone_label(text, 0), "a news label is no second speaker");
        assert!(!is_lone_label("ANN LEE: Our budget grew by $40 million.", 0), "one line: a transcript turn");
    }

    #[test]
    fn a_label_with_another_is_a_transcript_turn() {
        let text = "ROMANS: We begin with jobs.\nBRIGGS: Thank you.";
        assert!(!is_lone_label(text, 0));
        assert!(!is_lone_label(text, text.find("BRIGGS").unwrap()));
        assert!(!is_lone_label("Intro line.\nPENCE: One.\nKAINE: Two.", 12));
    }

    fn first_speaker(text: &str) -> Option<String> {
        let doc = crate::text::Document::from_plain_text(text);
        crate::detect::quotes::find(&doc).into_iter().next().and_then(|q| q.speaker)
    }

    /// A dateline opening the first paragraph is never the speaker; the clause's subject is.
    #[test]
    fn a_dateline_is_never_the_speaker() {
        for (text, want) in [
            ("Court rules on cow slaughter\n\nNEW DELHI: The Supreme Court on Monday dismissed the plea, saying \u{201c}the law is clear on this point.\u{201d}", "The Supreme Court"),
            ("Kenya rates\n\nNairobi, March 3 (Reuters) - The central bank held its rate, saying \u{201c}inflation remains within target.\u{201d}", "The central bank"),
            ("Ferry capsizes\n\nLAGOS \u{2014} The Lagos State Emergency Management Agency on Sunday confirmed the deaths, saying \u{201c}the search continues.\u{201d}", "The Lagos State Emergency Management Agency"),
            ("Uganda vote\n\nKAMPALA, Uganda (AP) \u{2014} The electoral commission said on Friday, \u{201c}we will announce results tomorrow.\u{201d}", "The electoral commission"),
        ] {
            assert_eq!(first_speaker(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn label_list_is_lower_case() {
        assert!(news_labels().iter().all(|w| w.to_lowercase() == *w));
    }
}
