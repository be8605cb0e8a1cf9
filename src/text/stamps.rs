//! Time stamps: a line that says when a story was posted or updated ("Updated December 1,
//! 2025, 6:12 p.m.", "Published 3 hours ago", "Last modified: 12/01/2025 14:05"). A page's
//! extractor drops such a block as furniture; plain text marks the sentence boilerplate.

use regex_lite::Regex;
use std::sync::OnceLock;

/// Words a time-stamp line is made of besides numbers (`stamp_words.txt`).
fn stamp_words() -> &'static [&'static str] {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| data_file!("text/stamp_words.txt").lines().filter(|l| !l.starts_with('#')).collect())
}

/// Whether a short block is nothing but a time stamp, in whatever order its parts come:
/// "March 20, 2024 Updated 4:41 p.m. ET", "Posted: Mon 4 Mar 2024 | 9:12am", "1h ago". Every
/// word is a number, a clock time or a stamp word; a date or a clock is in it.
pub fn is_time_stamp(text: &str) -> bool {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > STAMP_MAX_CHARS {
        return false;
    }
    let lower = text.to_lowercase().replace("a.m.", "am").replace("p.m.", "pm");
    // A time and the words after it run together when a page prints a stamp twice, once
    // for screen readers: "4:02pmMon 30 Nov".
    let lower = glued_clock().replace_all(&lower, "$1 $2");
    // A stamp's parts set side by side in their own boxes run together the same way:
    // "14:22Modified: 30/11/2026", "30 Nov 2026Updated 09:14".
    let lower = glued_word().replace_all(&lower, "$1 $2");
    let words: Vec<&str> =
        lower.split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '·' | '•' | '/' | '–' | '—' | '(' | ')')).filter(|w| !w.is_empty()).collect();
    let (mut dated, mut named) = (false, false);
    for word in &words {
        let word = word.trim_matches(|c: char| matches!(c, '.' | ':' | '-'));
        if word.is_empty() {
            continue;
        }
        let digits = word.trim_start_matches(|c: char| c.is_ascii_digit() || c == ':' || c == '.');
        let numeric = digits.len() < word.len();
        if numeric && matches!(digits, "" | "st" | "nd" | "rd" | "th" | "am" | "pm" | "h" | "m" | "d" | "hr" | "hrs" | "min" | "mins") {
            dated = true;
            continue;
        }
        if !numeric && stamp_words().contains(&word) {
            // A month, a day, a verb or a zone says it is a time; "on" and "at" do not.
            named |= !matches!(word, "a" | "at" | "on" | "first" | "last");
            continue;
        }
        return false;
    }
    dated && named && words.len() >= 2
}

/// A stamp with its published and its updated time, each written out ("Posted Mon 30 Nov
/// 2026 at 4:02pm, updated Mon 30 Nov 2026 at 6:15pm"), is about this long at most.
const STAMP_MAX_CHARS: usize = 160;

/// A clock time glued to the word after it: "4:02pmmon", "10.15amsun".
fn glued_clock() -> &'static Regex {
    static GLUED: OnceLock<Regex> = OnceLock::new();
    // A constant pattern: a failure is a programming error that every test catches.
    GLUED.get_or_init(|| Regex::new(r"(\d(?:am|pm))([a-z])").expect("valid pattern"))
}

/// A number glued to a word of three letters or more after it: "22modified", "2026updated".
fn glued_word() -> &'static Regex {
    static GLUED: OnceLock<Regex> = OnceLock::new();
    // A constant pattern: a failure is a programming error that every test catches.
    GLUED.get_or_init(|| Regex::new(r"(\d)([a-z]{3,})").expect("valid pattern"))
}
