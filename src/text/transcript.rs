//! Speaker labels in broadcast and debate transcripts.
//!
//! A transcript credits its lines by labels at a line start: `DAVE BRIGGS, CNN ANCHOR:`
//! (a name, then a role), later just `BRIGGS:`. A label credits the lines after it, up to
//! the next label; a short label resolves to the first full one that ends with it, so the
//! reader sees "Dave Briggs" rather than "BRIGGS". On-screen text and stage directions
//! (`TEXT:`, `GRAPHIC:`, `(BEGIN VIDEO CLIP)`) are labels too, but credit nobody.
//! Labels are written in capitals: a colon after ordinary words ("Note: …") is no label.

use super::Span;
use std::sync::OnceLock;

/// One labelled stretch of a transcript.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Turn {
    /// The label itself, colon included (empty for a stage direction's line).
    pub label: Span,
    /// From the label to the next label (or the end of the text).
    pub span: Span,
    /// The resolved speaker; `None` for captions and stage directions.
    pub speaker: Option<String>,
}

/// Label words that mark captions, on-screen text and unnamed voices: credited to nobody.
fn captions() -> &'static [&'static str] {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| data_file!("text/transcript_captions.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect())
}

/// The turns of a text, in order; empty when it has no speaker labels.
pub fn turns(text: &str) -> Vec<Turn> {
    let mut found: Vec<(Span, Option<String>)> = Vec::new();
    let mut full_names: Vec<String> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset + (line.len() - line.trim_start().len());
        offset += line.len();
        let body = line.trim();
        if is_stage_direction(body) {
            found.push((Span::new(start, start), None));
            continue;
        }
        let Some((name, label_len)) = label(body) else { continue };
        // A label alone in its text is a dateline ("NEW DELHI: …"), a news label a kind of
        // item ("SYNOPSIS: …"): like a caption, it credits nobody.
        let dateline = crate::text::attribution::is_news_label(&name) || crate::text::attribution::is_lone_label(text, start);
        let speaker = if is_caption(&name) || dateline { None } else { Some(resolve(&name, &mut full_names)) };
        found.push((Span::new(start, start + label_len), speaker));
    }
    let ends: Vec<usize> = found.iter().skip(1).map(|(l, _)| l.start).chain(std::iter::once(text.len())).collect();
    found.into_iter().zip(ends).map(|((label, speaker), end)| Turn { label, span: Span::new(label.start, end), speaker }).collect()
}

/// The turn that holds byte `pos`, if any.
pub fn turn_at(turns: &[Turn], pos: usize) -> Option<&Turn> {
    let i = turns.partition_point(|t| t.span.start <= pos);
    turns.get(i.checked_sub(1)?).filter(|t| t.span.start <= pos && pos < t.span.end.max(t.span.start + 1))
}

/// `NAME:` or `NAME, ROLE:` at the start of a trimmed line: the name part and the label's
/// length in bytes (colon included). The name is one to five words in capitals.
fn label(line: &str) -> Option<(String, usize)> {
    let colon = line.find(':')?;
    let head = &line[..colon];
    // "4:57" and "10:30 a.m." are times, not labels.
    if head.is_empty() || head.len() > 60 || line[colon + 1..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let name = head.split(',').next()?.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 || !head.chars().all(|c| c.is_uppercase() || " .,'-&()\u{2019}".contains(c) || c.is_ascii_digit()) {
        return None;
    }
    // At least one real word of two letters ("A:" or "U.S.:" alone is no speaker).
    let real = |w: &&str| {
        let w = w.trim_end_matches('.');
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.contains('.')
    };
    if !words.iter().any(real) {
        return None;
    }
    Some((words.join(" "), colon + 1))
}

/// `(BEGIN VIDEO CLIP)`, `[COMMERCIAL BREAK]`: a whole line of capitals in brackets.
fn is_stage_direction(line: &str) -> bool {
    let inner = line.strip_prefix('(').and_then(|l| l.strip_suffix(')')).or_else(|| line.strip_prefix('[').and_then(|l| l.strip_suffix(']')));
    inner.is_some_and(|s| s.chars().any(char::is_alphabetic) && s.chars().all(|c| !c.is_lowercase()))
}

fn is_caption(name: &str) -> bool {
    let lower = name.to_lowercase();
    captions().binary_search(&lower.as_str()).is_ok() || lower.split_whitespace().next().is_some_and(|w| captions().binary_search(&w).is_ok())
}

/// A short label resolves to the first full name (two words or more) that holds it; a full name is remembered for the short labels after it.
fn resolve(name: &str, full_names: &mut Vec<String>) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() == 1 {
        let found = full_names.iter().find(|f| {
            let fw: Vec<&str> = f.split_whitespace().collect();
            fw.contains(&words[0])
        });
        if let Some(full) = found {
            return display(full);
        }
    } else if !full_names.iter().any(|f| f == name) {
        full_names.push(name.to_string());
    }
    display(name)
}

/// "DAVE BRIGGS" → "Dave Briggs", "O'BRIEN" → "O'Brien", "MCCAIN" → "Mccain" (no guesswork).
fn display(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    for c in name.chars() {
        if c.is_alphabetic() {
            if start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            start = false;
        } else {
            out.push(c);
            start = matches!(c, ' ' | '-' | '\'' | '\u{2019}' | '.' | '(');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BROADCAST: &str = "DAVE BRIGGS, CNN ANCHOR: Good morning. A state of emergency is in effect across Florida.\n\n\
        BRIGGS: 4:57 now, and a check on the markets. Direct purchases totalled $18.6 billion in the first half of the year.\n\n\
        TEXT: Storm Warning: Landfall Expected Monday; Evacuations Ordered";

    fn speaker_at(text: &str, needle: &str) -> Option<String> {
        let t = turns(text);
        turn_at(&t, text.find(needle).unwrap()).and_then(|t| t.speaker.clone())
    }

    #[test]
    fn short_label_resolves_to_the_first_full_one() {
        assert_eq!(speaker_at(BROADCAST, "Good morning").as_deref(), Some("Dave Briggs"));
        assert_eq!(speaker_at(BROADCAST, "Direct purchases").as_deref(), Some("Dave Briggs"));
        assert_eq!(speaker_at(BROADCAST, "Landfall"), None, "on-screen text is credited to nobody");
    }

    #[test]
    fn labels_are_spans_of_the_text() {
        let t = turns(BROADCAST);
        assert_eq!(t.len(), 3);
        assert_eq!(&BROADCAST[t[0].label.start..t[0].label.end], "DAVE BRIGGS, CNN ANCHOR:");
        assert_eq!(&BROADCAST[t[1].label.start..t[1].label.end], "BRIGGS:");
        assert_eq!(t[2].span.end, BROADCAST.len());
    }

    #[test]
    fn lines_after_a_label_belong_to_it_until_the_next() {
        let text = "ROMANS: We begin with jobs.\nThe economy added 200,000 jobs.\n(BEGIN VIDEO CLIP)\nGRAPHIC: Jobs report\nSEN. ELIZABETH WARREN (D), MASSACHUSETTS: It is not enough.\nWARREN: Not nearly.";
        assert_eq!(speaker_at(text, "The economy").as_deref(), Some("Romans"));
        assert_eq!(speaker_at(text, "Jobs report"), None);
        assert_eq!(speaker_at(text, "It is not").as_deref(), Some("Sen. Elizabeth Warren (D)"));
        assert_eq!(speaker_at(text, "Not nearly").as_deref(), Some("Sen. Elizabeth Warren (D)"));
        let t = turns(text);
        assert_eq!(turn_at(&t, text.find("(BEGIN").unwrap()).unwrap().speaker, None, "a stage direction credits nobody");
    }

    #[test]
    fn a_lone_label_is_a_dateline_crediting_nobody() {
        let text = "NEW DELHI: The government approved Rs 500 crore on Monday.\nThe money goes to three states.";
        assert_eq!(speaker_at(text, "The money"), None);
        assert_eq!(speaker_at("SYNOPSIS: The rupee fell.\nPENCE: One.\nKAINE: Two.", "The rupee"), None);
        assert_eq!(speaker_at("PENCE: One.\nKAINE: Two.", "One").as_deref(), Some("Pence"));
    }

    #[test]
    fn prose_and_times_are_no_labels() {
        for text in ["Note: prices rose.", "At 10:30 the vote began.", "U.S.: a report", "A: yes", "The plan: cut taxes.", "10:30: markets open"] {
            assert!(turns(text).is_empty(), "{text}");
        }
        assert!(turns("").is_empty());
        assert_eq!(display("O'BRIEN-SMITH"), "O'Brien-Smith");
    }

    #[test]
    fn caption_list_is_sorted_lower_case() {
        let c = captions();
        assert!(c.windows(2).all(|p| p[0] < p[1]), "sorted, distinct");
        assert!(c.iter().all(|w| w.to_lowercase() == *w));
        assert!(is_caption("TEXT") && is_caption("UNIDENTIFIED MALE") && !is_caption("BRIGGS"));
    }
}
