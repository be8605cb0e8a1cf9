//! A show's, book's or paper's title in quotation marks inside a speaker phrase: `said
//! "Meet the Press" moderator Kristen Welker`, `"Face the Nation" host Margaret Brennan
//! said`. The marked words are no quotation of their own (nobody said "Meet the Press"), so
//! they neither bound the quote before them nor cut the phrase: the title and the office
//! after it are the person's role.

use super::speakers::Speaker;
use super::tokens::{is_capitalised, key, Tok};
use super::Context;
use crate::detect::lexicon;
use crate::text::Span;

/// Most words of a title in marks ("Late Night with Seth Meyers").
const TITLE_WORDS: usize = 6;
/// Short words a title keeps in lower case ("Meet the Press", "Game of Thrones").
const TITLE_SMALL_WORDS: [&str; 12] = ["a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to", "with"];
/// Most lower-case words of the office after the title ("chief political correspondent").
const OFFICE_WORDS: usize = 3;

fn word<'a>(text: &'a str, t: &Tok) -> &'a str {
    &text[t.span.start..t.span.end]
}

/// Whether `k` (lower case) is a word of office, or one with a prefix ("co-anchor",
/// "co-host", "vice-chair", "ex-minister").
pub(super) fn is_office(k: &str) -> bool {
    lexicon::speaker_roles().contains(k) || k.rsplit_once('-').is_some_and(|(pre, office)| !pre.is_empty() && lexicon::speaker_roles().contains(office))
}

fn is_mark(t: &Tok) -> bool {
    matches!(t.punct, Some('"' | '\u{201c}' | '\u{201d}' | '\'' | '\u{2018}' | '\u{2019}'))
}

/// Whether lower-case words from token `k` end in an office right before a capitalised
/// word (the name): "moderator Kristen", "chief political correspondent Dana".
fn office_then_capital(text: &str, toks: &[Tok], k: usize, hi: usize) -> bool {
    let mut j = k;
    while j < hi && j - k < OFFICE_WORDS && toks[j].is_word() && !is_capitalised(word(text, &toks[j])) {
        let kk = key(word(text, &toks[j]));
        if lexicon::function_words().contains(&kk) || lexicon::reporting_verbs().contains(&kk) || lexicon::speaker_boundaries().contains(&kk) {
            return false;
        }
        j += 1;
    }
    j > k && j < hi && is_office(&key(word(text, &toks[j - 1]))) && toks[j].is_word() && is_capitalised(word(text, &toks[j]))
}

/// The token after the closing mark of a title in marks that opens at token `open`, when an
/// office and a name follow it: `"Meet the Press" moderator Kristen Welker`. The title is
/// one to six words, the first capitalised, with no mark of a sentence inside.
pub(super) fn title_before_office(text: &str, toks: &[Tok], open: usize, hi: usize) -> Option<usize> {
    if !toks.get(open).filter(|_| open < hi).is_some_and(is_mark) {
        return None;
    }
    let first = toks.get(open + 1).filter(|t| open + 1 < hi && t.is_word())?;
    if !is_capitalised(word(text, first)) && !word(text, first).starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let close = (open + 1..hi.min(open + 2 + 2 * TITLE_WORDS)).find(|&j| !toks[j].is_word() && !toks[j].is('-') && !toks[j].is('&') && !toks[j].is(':'))?;
    let words = (open + 1..close).filter(|&j| toks[j].is_word()).count();
    // A title is written in title case ("Meet the Press", "Face the Nation"); a short
    // quotation before its speaker is not ("“But why?” reporter Jackie Nespral asked").
    let title_case = (open + 1..close).filter(|&j| toks[j].is_word()).all(|j| {
        let w = word(text, &toks[j]);
        is_capitalised(w) || w.starts_with(|c: char| c.is_ascii_digit()) || TITLE_SMALL_WORDS.contains(&w)
    });
    let opens_clause = lexicon::cue_fillers().contains(&key(word(text, first))) || lexicon::pronouns().contains(&key(word(text, first)));
    if !is_mark(&toks[close]) || words == 0 || words > TITLE_WORDS || !title_case || opens_clause {
        return None;
    }
    office_then_capital(text, toks, close + 1, hi).then_some(close + 1)
}

/// The opening mark of a title in marks that ends right before token `at` (where its
/// office opens), read back no further than `lo`: the phrase `"Face the Nation" host
/// Margaret Brennan said` read leftwards from the cue stops at the closing mark.
pub(super) fn title_ending_at(text: &str, toks: &[Tok], lo: usize, at: usize, hi: usize) -> Option<usize> {
    let from = at.saturating_sub(3 + 2 * TITLE_WORDS).max(lo);
    (from..at.saturating_sub(1)).rev().find(|&open| title_before_office(text, toks, open, hi) == Some(at))
}

/// The speaker `s` read from token `after`, behind a title in marks whose opening mark is
/// token `open`: the title joins the role (`"Meet the Press" moderator`).
pub(super) fn with_title(text: &str, toks: &[Tok], open: usize, after: usize, s: Speaker) -> Speaker {
    let title = &text[toks[open].span.start..toks[after - 1].span.end];
    let role = s.role.as_deref().map_or_else(|| title.to_string(), |r| format!("{title} {r}"));
    Speaker { role: Some(role), span: Span::new(toks[open].span.start, s.span.end), ..s }
}

impl Context<'_> {
    /// Whether the quotation `q` is a title inside a speaker phrase (`"Meet the Press"
    /// moderator Kristen Welker`), no statement of its own.
    pub fn titles_a_speaker(&self, q: Span) -> bool {
        let open = self.tok_at(q.start);
        self.toks.get(open).is_some_and(|t| t.span.start == q.start) && title_before_office(self.text(), self.toks, open, self.toks.len()).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn after_title(text: &str) -> Option<String> {
        let toks = tokenize(text, Span::new(0, text.len()));
        let open = toks.iter().position(is_mark)?;
        title_before_office(text, &toks, open, toks.len()).map(|j| word(text, &toks[j]).to_string())
    }

    #[test]
    fn a_title_in_marks_before_an_office_and_a_name() {
        assert_eq!(after_title("said \"Meet the Press\" moderator Kristen Welker.").as_deref(), Some("moderator"));
        assert_eq!(after_title("\u{201c}Face the Nation\u{201d} host Margaret Brennan said").as_deref(), Some("host"));
        assert_eq!(after_title("said \u{201c}Late Night with Seth Meyers\u{201d} host Seth Meyers").as_deref(), Some("host"));
        assert_eq!(after_title("\u{201c}60 Minutes\u{201d} correspondent Lesley Stahl said").as_deref(), Some("correspondent"));
        assert_eq!(after_title("said \u{2018}The Daily\u{2019} senior producer Lisa Chow").as_deref(), Some("senior"));
    }

    #[test]
    fn a_title_is_found_back_from_its_office() {
        let text = "\u{201c}Face the Nation\u{201d} host Margaret Brennan said";
        let toks = tokenize(text, Span::new(0, text.len()));
        let host = toks.iter().position(|t| word(text, t) == "host").unwrap();
        assert_eq!(title_ending_at(text, &toks, 0, host, toks.len()), Some(0));
        assert_eq!(title_ending_at(text, &toks, 0, host + 1, toks.len()), None);
    }

    #[test]
    fn a_quotation_or_a_title_with_no_office_after_it_is_none() {
        assert_eq!(after_title("said \"We will win,\" and Kristen Welker agreed."), None);
        assert_eq!(after_title("the \"Meet the Press\" interview with Kristen Welker"), None);
        assert_eq!(after_title("he called it \"a disgrace\" moderator Kristen Welker"), None);
        assert_eq!(after_title("\"Meet the Press\" moderator said"), None);
        assert_eq!(after_title("\u{201c}But why?\u{201d} reporter Jackie Nespral asked him."), None);
        assert_eq!(after_title("\u{201c}Not Now\u{201d} reporter Jackie Nespral asked him."), None);
        assert_eq!(after_title("\u{201c}You Lied\u{201d} activist Jane Doe shouted."), None);
    }
}
