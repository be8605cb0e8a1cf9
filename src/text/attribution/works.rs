//! The title of a work is no speaker: "Her best-known novel, Les Voisins (1989), sold two
//! million copies, a figure she calls “an accident”" credits no "Les Voisins". A run of
//! capitalised words reads as a name unless what stands around it says it is a film's,
//! a book's or an album's title: the noun for the work right before it, or the year it
//! came out in brackets right after it.

use super::tokens::{is_capitalised, key, Tok};
use std::sync::OnceLock;

/// `work_nouns.txt`, sorted.
fn work_nouns() -> &'static [&'static str] {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut v: Vec<&str> = data_file!("text/attribution/work_nouns.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        v.sort_unstable();
        v
    })
}

fn word<'a>(text: &'a str, t: &Tok) -> &'a str {
    &text[t.span.start..t.span.end]
}

/// Whether a lower-case noun for a work stands right before token `start`, or before a
/// comma right before it: "the novel Les Voisins", "his latest album, Blue Lines".
fn after_work_noun(text: &str, toks: &[Tok], start: usize) -> bool {
    let mut j = start;
    if j > 0 && toks[j - 1].is(',') {
        j -= 1;
    }
    j > 0 && toks[j - 1].is_word() && {
        let w = word(text, &toks[j - 1]);
        !is_capitalised(w) && work_nouns().binary_search(&key(w).as_ref()).is_ok()
    }
}

/// Whether a year in brackets follows token `end`: "Les Voisins (1989)", "Parasite (2019)".
fn year_in_brackets_after(text: &str, toks: &[Tok], end: usize) -> bool {
    let year = |t: &Tok| {
        let w = word(text, t);
        w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && matches!(&w[..2], "17" | "18" | "19" | "20")
    };
    matches!(toks.get(end..end + 3), Some([open, y, close]) if open.is('(') && year(y) && close.is(')'))
}

/// Whether the capitalised words in tokens `start..end` are a work's title, not a speaker.
pub(super) fn is_work_title(text: &str, toks: &[Tok], start: usize, end: usize) -> bool {
    start < end && end <= toks.len() && (after_work_noun(text, toks, start) || year_in_brackets_after(text, toks, end))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;
    use crate::text::{Document, Span};

    /// Whether the words `title` in `text` read as a work's title.
    fn titled(text: &str, title: &str) -> bool {
        let toks = tokenize(text, Span::new(0, text.len()));
        let at = text.find(title).expect("the title is in the text");
        let start = toks.iter().position(|t| t.span.start == at).expect("a token opens the title");
        let end = toks.iter().position(|t| t.span.end == at + title.len()).expect("a token closes the title") + 1;
        is_work_title(text, &toks, start, end)
    }

    #[test]
    fn a_title_after_a_work_noun_or_before_a_year_is_a_work() {
        assert!(titled("Her best-known novel, Les Voisins (1989), sold well.", "Les Voisins"));
        assert!(titled("The film Silent Harbour made $40m.", "Silent Harbour"));
        assert!(titled("His second album, Blue Lines, went gold.", "Blue Lines"));
        assert!(titled("Parasite (2019) won four Oscars.", "Parasite"));
        assert!(titled("the documentary Tiger King drew 34 million viewers", "Tiger King"));
        // A person after an office, or with an age in brackets, is no work.
        assert!(!titled("The minister, Ama Owusu, said it was wrong.", "Ama Owusu"));
        assert!(!titled("Ravi Menon (54) said it was wrong.", "Ravi Menon"));
        assert!(!titled("The book club's chair, Jane Roe, said it was wrong.", "Jane Roe"));
    }

    /// The speaker of the last quote of `text`.
    fn last_speaker(text: &str) -> Option<String> {
        let doc = Document::from_plain_text(&format!("A headline\n\n{text}"));
        crate::detect::quotes::find(&doc).pop()?.speaker
    }

    #[test]
    fn a_works_title_is_never_credited_with_a_quote() {
        for (text, title) in [
            ("Her best-known novel, Les Voisins (1989), sold two million copies, a figure she calls \u{201c}an accident\u{201d}.", "Les Voisins"),
            ("The film Silent Harbour (2004) made $40m, a sum its director calls \u{201c}pure luck\u{201d}.", "Silent Harbour"),
            ("His debut album, Northern Lights, topped the charts, a run he still calls \u{201c}a blur\u{201d}.", "Northern Lights"),
            ("Ghost Town Blues (1996) is what critics called \u{201c}the record of the decade\u{201d}.", "Ghost Town Blues"),
        ] {
            assert_ne!(last_speaker(text).as_deref(), Some(title), "{text}");
        }
        // A person in the same place keeps the quote.
        let text = "Her best-known critic, Paul Okoro, dismissed the book as \u{201c}an accident\u{201d}.";
        assert_eq!(last_speaker(text).as_deref(), Some("Paul Okoro"));
    }
}
