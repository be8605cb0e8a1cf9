//! Boilerplate sentences: the publisher's notes set in the article's text rather than the
//! story it tells ("All rights reserved.", "Correction: An earlier version of this story
//! misstated …", "Contact the reporter at jdoe@example.com.", "Sign up for our newsletter.").
//!
//! A page's furniture blocks (`page::extract::furniture`: notices, credit notes, reader
//! calls) are dropped before its text is built; plain text is analyzed as given (its offsets
//! index the input), so the same kinds are marked here instead, one sentence at a time, on
//! every [`super::Document`]: each [`super::Sentence`] says which kind of boilerplate it is,
//! if any, and every detector reads that mark. A [`Boilerplate::Notice`] (rights, credits,
//! calls to write, sign up or subscribe) holds nothing to check: no claim, no figure (a
//! copyright year, a phone number). A [`Boilerplate::Correction`] is no claim of the story
//! either, but the facts it puts right are figures a reader may check ("the bridge opened
//! in 1932, not 1923"). On a page's text the mark is a second net for a notice that shares
//! a block with the story.

/// What kind of boilerplate a sentence is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Boilerplate {
    /// A rights notice, a credit of the story's making, a call to contact, sign up,
    /// subscribe or follow.
    Notice,
    /// A correction or update note ("Correction: …", "This story was updated …").
    Correction,
}

/// A notice is a line or two; a longer sentence that opens with a notice's words tells
/// more than the notice.
const MAX_CHARS: usize = 300;

/// Whether `sentence` is the publisher's boilerplate (see [`kind`]).
pub fn is_boilerplate(sentence: &str) -> bool {
    kind(sentence).is_some()
}

/// Which boilerplate `sentence` is: a correction when it holds one of `corrections.txt`
/// (one ending in a colon only as its opening); a notice when it opens with one of
/// `boilerplate_openings.txt`, holds one of `boilerplate_phrases.txt`, states a copyright
/// ("Copyright 2025 The Associated Press."), asks the reader to write to an address or is
/// nothing but a time stamp ("Updated Dec. 1, 2025, 6:12 p.m.", as a page's stamp block). An
/// editor's note is judged by what follows its label: "Editor's note: This story was
/// updated …" is a correction, "Editor's note: Donald Trump regularly …" the outlet's
/// own statement, which may be checked.
pub fn kind(sentence: &str) -> Option<Boilerplate> {
    if sentence.chars().count() > MAX_CHARS {
        return None;
    }
    let said = normalised(sentence);
    let said = LABELS.iter().find_map(|l| said.strip_prefix(l)).map_or(said.as_str(), str::trim_start);
    let opens = |phrase: &str| {
        said.strip_prefix(phrase).is_some_and(|rest| phrase.ends_with(|c: char| !c.is_alphanumeric()) || !rest.starts_with(char::is_alphanumeric))
    };
    // Most sentences hold no phrase's first eight bytes: then no search of each phrase.
    let anywhere = may_hold_a_phrase(said);
    let holds = |phrase: &str| anywhere && said.contains(phrase);
    let corrects = |phrase: &str| if phrase.ends_with(':') { opens(phrase) } else { holds(phrase) };
    if corrections().any(corrects) {
        Some(Boilerplate::Correction)
    } else if openings().any(opens) || phrases().any(holds) || states_copyright(said) || asks_to_write(said) || is_labelled_time_stamp(said, sentence) {
        Some(Boilerplate::Notice)
    } else {
        None
    }
}

/// A time stamp the outlet labels as one ("Updated …", "Published 3 hours ago", "Last
/// modified: …"). A bare date or span of time ("3 hours ago", "Monday at 5 pm") is left
/// alone: alone on a line it may be an answer or a figure of the story.
fn is_labelled_time_stamp(said: &str, sentence: &str) -> bool {
    let labelled = said.split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "updated" | "published" | "posted" | "modified" | "issued"));
    labelled && super::stamps::is_time_stamp(sentence)
}

/// Labels that say nothing of what follows them.
const LABELS: [&str; 2] = ["editor's note:", "editors' note:"];

/// "copyright 2025 …", "copyright the …": the word then a year or an owner, as a notice
/// writes it ("Copyright law changed in 1976." is a sentence of the story).
fn states_copyright(said: &str) -> bool {
    let Some(rest) = said.strip_prefix("copyright ") else { return false };
    rest.starts_with(|c: char| c.is_ascii_digit()) || rest.starts_with("the ")
}

/// "Contact Jane Roe at jroe@example.com.", "Email the desk at news@example.org": a call to
/// write to an address.
fn asks_to_write(said: &str) -> bool {
    let verb = said.split(' ').next().unwrap_or("");
    matches!(verb, "contact" | "email" | "e-mail" | "reach" | "write") && said.split(' ').any(|w| w.contains('@') && w.contains('.'))
}

/// Lower case, white space collapsed, curly apostrophes straight, opening brackets, dashes
/// and bullets left off ("(Reporting by …)", "— Correction: …").
fn normalised(sentence: &str) -> String {
    let start = sentence.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '(' | '[' | '*' | '-' | '\u{2013}' | '\u{2014}' | '\u{2022}'));
    // The words joined by single spaces in one buffer, then lower-cased as one string (as
    // `to_lowercase` of the joined words: a final sigma reads its neighbours).
    let mut joined = String::with_capacity(start.len());
    for (i, word) in start.split_whitespace().enumerate() {
        if i > 0 {
            joined.push(' ');
        }
        joined.push_str(word);
    }
    let lower = if joined.is_ascii() { joined.to_ascii_lowercase() } else { joined.to_lowercase() };
    if lower.contains('\u{2019}') {
        lower.replace('\u{2019}', "'")
    } else {
        lower
    }
}

/// Bytes of a phrase's head that [`may_hold_a_phrase`] looks for.
const HEAD: usize = 8;

/// The heads (first [`HEAD`] bytes, as numbers, sorted) of the phrases [`kind`] looks for
/// anywhere in a sentence, and which bytes open them; `None` when a phrase is shorter than
/// a head, so that every sentence is searched.
fn phrase_heads() -> Option<&'static ([bool; 256], Vec<u64>)> {
    static CELL: std::sync::OnceLock<Option<([bool; 256], Vec<u64>)>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| {
        let anywhere = corrections().filter(|p| !p.ends_with(':')).chain(phrases());
        let mut opens = [false; 256];
        let mut heads = Vec::new();
        for phrase in anywhere {
            let head = head_at(phrase.as_bytes())?;
            opens[phrase.as_bytes()[0] as usize] = true;
            heads.push(head);
        }
        heads.sort_unstable();
        Some((opens, heads))
    })
    .as_ref()
}

/// The first [`HEAD`] bytes of `bytes` as one number, if it has that many.
fn head_at(bytes: &[u8]) -> Option<u64> {
    let head: [u8; HEAD] = bytes.get(..HEAD)?.try_into().ok()?;
    Some(u64::from_le_bytes(head))
}

/// Whether `said` may contain a phrase of the lists [`kind`] searches anywhere: false only
/// when no phrase's head is in it, so it never answers false for a sentence holding one.
fn may_hold_a_phrase(said: &str) -> bool {
    let Some((opens, heads)) = phrase_heads() else { return true };
    let bytes = said.as_bytes();
    (0..bytes.len()).any(|i| opens[bytes[i] as usize] && head_at(&bytes[i..]).is_some_and(|h| heads.binary_search(&h).is_ok()))
}

/// The lines of a data file, cut once: [`kind`] reads every list for every sentence, and
/// finding each line's end again each time cost more than the comparisons.
macro_rules! lines_once {
    ($file:literal) => {{
        static CELL: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
        CELL.get_or_init(|| data_file!($file).lines().collect()).iter().copied()
    }};
}

fn openings() -> impl Iterator<Item = &'static str> {
    lines_once!("text/boilerplate_openings.txt")
}

fn phrases() -> impl Iterator<Item = &'static str> {
    lines_once!("text/boilerplate_phrases.txt")
}

fn corrections() -> impl Iterator<Item = &'static str> {
    lines_once!("text/corrections.txt")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_stamp_lines_are_notices() {
        for s in [
            "Updated December 1, 2025, 6:12 p.m.",
            "Published 3 hours ago",
            "Last modified: 12/01/2025 14:05",
            "Posted Mon 30 Nov 2026 at 4:02pm",
            "First published on Tue 2 Dec 2025 09.14 GMT",
            "Issued at 10:15 GMT, 30 November 2026",
        ] {
            assert_eq!(kind(s), Some(Boilerplate::Notice), "{s}");
        }
        for s in [
            "3 hours ago",
            "Monday at 5 pm",
            "The council updated its plan on December 1, 2025.",
            "Prices rose 3% in the last hour of trading.",
            "Published in 1998, the report was ignored.",
        ] {
            assert_eq!(kind(s), None, "{s}");
        }
    }

    #[test]
    fn publishers_notes_are_boilerplate() {
        for s in [
            "All rights reserved.",
            "Copyright 2025 The Associated Press.",
            "Copyright 2024 Nexstar Media Inc. All rights reserved.",
            "\u{a9} 2026 Gannett Co., Inc.",
            "Correction: An earlier version of this story misstated the year the bridge opened.",
            "CLARIFICATION: This story has been updated to say the vote was held Tuesday.",
            "An earlier version of this article gave the wrong figure for the deficit, $4 million.",
            "Editor\u{2019}s note: This story was updated at 3:15 p.m. to add comment from the mayor.",
            "This article was updated at 10:30 a.m. with new figures.",
            "This story has been corrected to show that 12, not 14, people were hurt.",
            "Contact the reporter at jdoe@apnews.com.",
            "Contact Priya Nair at pnair@thehindu.co.in or on 555-0199.",
            "Email the author at k.osei@graphic.com.gh.",
            "Sign up for our newsletter.",
            "Sign up for The Morning, our daily newsletter, here.",
            "Subscribe to our daily briefing for the latest news.",
            "The Associated Press contributed to this report.",
            "(Reporting by Ann Lee; Editing by Tom Hogue)",
            "This story was originally published by ProPublica.",
        ] {
            assert!(is_boilerplate(s), "{s}");
        }
    }

    #[test]
    fn corrections_and_notices_are_told_apart() {
        for s in [
            "Correction: An earlier version of this story misstated the year the bridge opened.",
            "Correction: October 2, 2016, Sunday.",
            "Editor's note: This story was updated at 3:15 p.m. to add comment from the mayor.",
            "Because of an editing error, an earlier version of this article gave the wrong date.",
        ] {
            assert_eq!(kind(s), Some(Boilerplate::Correction), "{s}");
        }
        for s in ["All rights reserved.", "Contact the reporter at jdoe@apnews.com.", "Sign up for our newsletter."] {
            assert_eq!(kind(s), Some(Boilerplate::Notice), "{s}");
        }
        // An editor's note that states something is the outlet's word, not boilerplate.
        assert_eq!(kind("Editor\u{2019}s note: The senator has pledged to ban 1.6 billion people from entering the U.S."), None);
    }

    #[test]
    fn the_story_itself_is_not() {
        for s in [
            "Copyright law changed in 1976, when Congress rewrote it.",
            "Copyright infringement suits rose 20 percent last year.",
            "Correction officers said 40 inmates were moved on Tuesday.",
            "Contact tracing reached 80 percent of cases, officials said.",
            "Subscribers rose 12 percent to 3.1 million in the quarter.",
            "An earlier version of the bill capped rents at 5 percent.",
            "The company updated its forecast at 10:30 a.m., cutting it by 3 percent.",
            "Reach of the program grew to 2 million families.",
            "Signups for the program fell 9 percent.",
            "",
        ] {
            assert!(!is_boilerplate(s), "{s}");
        }
    }

    #[test]
    fn a_long_sentence_that_mentions_a_notice_tells_more() {
        let long = format!("All rights reserved, the court ruled, {}.", "and the publisher appealed the ruling again ".repeat(8));
        assert!(!is_boilerplate(&long));
    }

    #[test]
    fn lists_are_sorted_lower_case_and_distinct() {
        for (name, src) in [
            ("openings", include_str!("boilerplate_openings.txt")),
            ("phrases", include_str!("boilerplate_phrases.txt")),
            ("corrections", include_str!("corrections.txt")),
        ] {
            let lines: Vec<&str> = src.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).collect();
            assert!(lines.windows(2).all(|p| p[0] < p[1]), "{name}: unsorted or repeated");
            assert!(lines.iter().all(|l| l.to_lowercase() == *l && l.trim() == *l), "{name}");
        }
    }

    /// The head prefilter never hides a phrase: every phrase searched anywhere, set in a
    /// sentence at any place, passes it; sentences of a story mostly do not.
    #[test]
    fn the_phrase_prefilter_passes_every_phrase() {
        for p in corrections().filter(|p| !p.ends_with(':')).chain(phrases()) {
            for s in [p.to_string(), format!("the mayor said {p} today"), format!("x{p}")] {
                assert!(may_hold_a_phrase(&s), "{s}");
            }
        }
        for s in ["the council voted on tuesday to raise fares by 5 percent", "", "this", "contrib"] {
            assert!(!may_hold_a_phrase(s), "{s}");
        }
    }

    /// One buffer lower-cased gives what the joined words lower-cased gave, final sigma and
    /// curly apostrophes included.
    #[test]
    fn normalised_is_the_joined_words_lower_cased() {
        for s in ["  (Reporting by  Jane\tRoe)", "\u{2014} Editor\u{2019}s NOTE:  x", "ΟΔΟΣ ΣΟΦΟΣ.", "", "Ünïcödé  ÀB"] {
            let start = s.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '(' | '[' | '*' | '-' | '\u{2013}' | '\u{2014}' | '\u{2022}'));
            let plain = start.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase().replace('\u{2019}', "'");
            assert_eq!(normalised(s), plain, "{s}");
        }
    }
}
