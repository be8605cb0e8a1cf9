//! Sentence splitting for news prose.
//!
//! A rule splitter, not a model: a sentence ends at `.`, `!`, `?` or `…` (with any closing
//! quote marks and brackets after it) when white space and a plausible sentence start
//! follow, unless the full stop closes an abbreviation or an initial. News text is edited
//! text, and these few rules hold on it far better than on the open web.

use super::Span;

/// Whether `lower` (lower case, no final dot) is a title or rank written before a name.
pub(crate) fn is_title_abbreviation(lower: &str) -> bool {
    title_abbreviations().binary_search(&lower).is_ok()
}

/// A sorted data file of `src/text/`, one entry a line.
fn sorted_list(cell: &'static std::sync::OnceLock<Vec<&'static str>>, src: &'static str) -> &'static [&'static str] {
    cell.get_or_init(|| src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect())
}

/// Abbreviations whose full stop never ends a sentence: titles and ranks before a name
/// ("Det. Supt. Mark Hale"), citation marks ("e.g.", "v."). Lower case, no final dot.
fn title_abbreviations() -> &'static [&'static str] {
    static CELL: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    sorted_list(&CELL, data_file!("text/title_abbreviations.txt"))
}

/// Abbreviations that end a sentence only before a word that opens one ("in the U.S. He
/// said", not "the U.S. Senate"). Lower case, no final dot.
fn sentence_end_abbreviations() -> &'static [&'static str] {
    static CELL: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    sorted_list(&CELL, data_file!("text/sentence_end_abbreviations.txt"))
}

/// Words that open a sentence and never continue a name ("He", "The", "But").
fn sentence_openers() -> &'static [&'static str] {
    static CELL: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    sorted_list(&CELL, data_file!("text/sentence_openers.txt"))
}

/// Whether `rest` (after an abbreviation's full stop) opens with a word that starts a
/// sentence, capitalised: "He said", "The talks".
fn opener_follows(rest: &str) -> bool {
    let first: &str = rest.trim_start().split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let capitalised = first.starts_with(|c: char| c.is_uppercase()) && first.chars().skip(1).all(char::is_lowercase);
    capitalised && sentence_openers().binary_search(&first.to_lowercase().as_str()).is_ok()
}

/// Company suffixes: they end a name, and a sentence too when a new clause follows
/// ("… of Acme Corp. Smith said …"), but not when the name runs on ("Apple Inc. Chief
/// Executive Tim Cook"). Lower case, no dot, sorted.
const COMPANY_SUFFIXES: &[&str] = &["co", "corp", "inc", "llc", "ltd", "plc"];

/// Whether `rest` (after a company suffix's full stop) opens a new clause: a capitalised
/// word followed by a word that is not capitalised ("Smith said", "The company", "He told"),
/// or by punctuation ("Smith, who …"). Two capitalised words in a row continue a name or an
/// office before one ("Chief Executive", "CEO Tim").
fn clause_follows(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let Some(first) = words.next() else { return false };
    if !first.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    if first.ends_with([',', ';', ':']) {
        return true;
    }
    match words.next() {
        None => true,
        Some(second) => !second.starts_with(|c: char| c.is_uppercase()),
    }
}

/// Sentences of `text` within `block`, trimmed; together they cover all of its words.
/// `hard_wrapped` says the text was wrapped at a fixed width (see [`hard_wrapped`]): its
/// line breaks are then spaces, not ends of sentences.
pub fn split(text: &str, block: Span, hard_wrapped: bool) -> Vec<Span> {
    let body = &text[block.start..block.end];
    let mut out = Vec::new();
    let mut start = 0usize;
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, ch) = chars[i];
        let terminal = matches!(ch, '.' | '!' | '?' | '\u{2026}');
        let line_break = ch == '\n';
        if !terminal && !line_break {
            i += 1;
            continue;
        }
        // Take the run of terminal marks and closing marks after them.
        let mut j = i + 1;
        if terminal {
            while j < chars.len() && is_closer_or_terminal(chars[j].1) {
                j += 1;
            }
            // Emoji after the full stop ("We won. 🎉 Next …") close the sentence with it.
            j = past_emoji(&chars, j);
        }
        let end = if j < chars.len() { chars[j].0 } else { body.len() };
        let ends_here = if line_break {
            !body[start..pos].trim().is_empty() && line_break_ends_sentence(body, pos, hard_wrapped)
        } else {
            j >= chars.len() || (chars[j].1.is_whitespace() && starts_sentence(&chars[j..]) && !is_abbreviation(body, pos, ch))
        };
        if ends_here {
            push_trimmed(&mut out, block.start, body, start, end);
            start = end;
        }
        i = j;
    }
    push_trimmed(&mut out, block.start, body, start, body.len());
    out
}

/// Whether the line break at `pos` of `body` ends a sentence. A line the next line
/// continues in lower case is one sentence wrapped ("up 6 percent⏎from last year"); in
/// hard-wrapped text every break is a space but after a short line (a heading, a
/// signature) or before a list item. Elsewhere a line stands alone: headings, lists and
/// one-sentence-a-line transcripts are written that way.
fn line_break_ends_sentence(body: &str, pos: usize, hard_wrapped: bool) -> bool {
    let next = body[pos + 1..].trim_start_matches([' ', '\t', '\r']);
    if next.starts_with(char::is_lowercase) {
        return false;
    }
    let line_start = body[..pos].rfind('\n').map_or(0, |i| i + 1);
    let line = body[line_start..pos].trim();
    if starts_list_item(next) {
        return true;
    }
    if runs_on(line) {
        return false;
    }
    if !hard_wrapped {
        return true;
    }
    line.chars().count() < SHORT_LINE && !super::ends_like_prose(line)
}

/// Whether a line cannot end a sentence: it ends with a comma or with a word no sentence
/// ends with (`run_on_words.txt`: "since", "the", "according"), so the break after it is
/// wrapping, whatever opens the next line ("since⏎2019", "according to⏎The Times").
fn runs_on(line: &str) -> bool {
    // Not ';': a headline and its deck are joined by one ("Ginsburg apologizes; ⏎Justice vows …").
    if line.ends_with(',') {
        return true;
    }
    let last = line.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    !last.is_empty() && last.len() < line.len() && run_on_words().binary_search(&last.to_lowercase().as_str()).is_ok()
}

fn run_on_words() -> &'static [&'static str] {
    static CELL: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| data_file!("text/run_on_words.txt").lines().map(str::trim).filter(|l| !l.is_empty()).collect())
}

/// A line shorter than this (in chars) in hard-wrapped text ends where its author ended it.
const SHORT_LINE: usize = 30;

/// Whether a line opens with a bullet or a number of a list ("- ", "• ", "2. ", "3) ").
fn starts_list_item(line: &str) -> bool {
    if line.starts_with(['-', '*', '\u{2022}', '\u{2013}', '\u{2014}']) {
        return true;
    }
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    // "2. " opens an item; "4.1%" is a number.
    let rest = &line[digits..];
    digits > 0 && rest.starts_with(['.', ')']) && rest[1..].starts_with(char::is_whitespace)
}

/// Whether `text` was wrapped at a fixed width (wire copy, e-mail, a text file filled at
/// 70–80 columns): at least three lines, almost none longer than a wrapped line can be,
/// and at least a third of them breaking mid-sentence after a full-width line. Text
/// written one paragraph a line, or one sentence a line, has neither.
pub fn hard_wrapped(text: &str) -> bool {
    let (mut lines, mut long, mut broken) = (0usize, 0usize, 0usize);
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let chars = line.chars().count();
        lines += 1;
        long += usize::from(chars > WRAP_WIDTH_MAX);
        broken += usize::from(chars >= WRAP_WIDTH_MIN && !super::ends_like_prose(line));
    }
    lines >= 3 && long * 20 <= lines && broken * 3 >= lines
}

/// The widths (in chars) hard-wrapped text is filled to lie between these.
const WRAP_WIDTH_MIN: usize = 40;
const WRAP_WIDTH_MAX: usize = 100;

/// Index after a run of white space and emoji starting at `j`, if the run holds an emoji;
/// `j` unchanged otherwise.
fn past_emoji(chars: &[(usize, char)], j: usize) -> usize {
    let mut k = j;
    let mut last_emoji = None;
    while k < chars.len() && (chars[k].1.is_whitespace() || is_emoji(chars[k].1)) {
        if is_emoji(chars[k].1) {
            last_emoji = Some(k + 1);
        }
        k += 1;
    }
    last_emoji.unwrap_or(j)
}

/// Pictographs and the characters that join or modify them (variation selector, zero-width
/// joiner, skin tones, tags).
fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0xFE0F | 0x200D | 0xE0020..=0xE007F)
}

fn push_trimmed(out: &mut Vec<Span>, base: usize, body: &str, s: usize, e: usize) {
    let piece = &body[s..e];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(Span::new(base + s + lead, base + e - trail));
    }
}

fn is_closer_or_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '\u{2026}' | '"' | '\'' | '\u{201d}' | '\u{2019}' | ')' | ']' | '\u{bb}')
}

/// After the white space: does what follows look like the start of a sentence?
fn starts_sentence(rest: &[(usize, char)]) -> bool {
    let next = rest.iter().map(|&(_, c)| c).find(|c| !c.is_whitespace());
    match next {
        None => true,
        Some(c) => {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\u{201c}' | '\u{2018}' | '\'' | '(' | '[' | '\u{2014}' | '-' | '\u{ab}' | '\u{201e}')
        }
    }
}

/// Whether the full stop at `dot` closes an abbreviation or an initial ("J." in "John J. Smith").
fn is_abbreviation(body: &str, dot: usize, ch: char) -> bool {
    if ch != '.' {
        return false;
    }
    let before = &body[..dot];
    let word_start = before.char_indices().rev().find(|&(_, c)| !(c.is_alphanumeric() || c == '.')).map(|(i, c)| i + c.len_utf8()).unwrap_or(0);
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let lower = word.to_lowercase();
    // "No. 5" is an abbreviation, "he said no. Then" the end of a sentence.
    if lower == "no" {
        return body[dot + 1..].trim_start().starts_with(|c: char| c.is_ascii_digit());
    }
    if COMPANY_SUFFIXES.binary_search(&lower.as_str()).is_ok() {
        return !clause_follows(&body[dot + 1..]);
    }
    if title_abbreviations().binary_search(&lower.as_str()).is_ok() {
        return true;
    }
    if sentence_end_abbreviations().binary_search(&lower.as_str()).is_ok() {
        return !opener_follows(&body[dot + 1..]);
    }
    // Initials: single capital letters, alone or joined ("J.", "G.K."); "A." at a
    // sentence start is rare in news.
    word.split('.').all(|part| {
        let mut cs = part.chars();
        matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, Span::new(0, text.len()), hard_wrapped(text)).into_iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn abbreviation_lists_are_sorted_for_binary_search() {
        for list in [title_abbreviations(), sentence_end_abbreviations(), sentence_openers()] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn police_military_and_civic_titles_do_not_end_sentences() {
        for text in [
            "Insp. Jane Roe said the van was found.",
            "Det. Supt. Mark Hale and Det. Chief Insp. Sam Tull led the raid.",
            "Police named Sgt. Alan Cole and Const. Mary Bell.",
            "Cllr. Ann Price objected, as did Lt. Col. Ray Dunn.",
            "Brig. Gen. Lee Moss met Maj. Gen. Ali Khan and Cmdr. Sue Lin.",
            "Rev. Tom Gray, Revd. Ian Ash, Fr. Paul Kelly and Msgr. Luis Ortiz prayed.",
            "Sen. Jo Ames, Rep. Kim Ruiz and Gov. Dan Cole signed it.",
            "Supt. Ian Hall thanked Ch. Supt. Ben Ola and Asst. Comm. Ruth Ode.",
            "Pte. Sam Orr and Cpl. Ed Kim were hurt, said Capt. Ivy Nash.",
        ] {
            assert_eq!(sentences(text), [text], "{text}");
        }
    }

    #[test]
    fn an_abbreviation_ends_a_sentence_before_a_word_that_opens_one() {
        assert_eq!(sentences("The senator visited the U.S. He said it was fine."), ["The senator visited the U.S.", "He said it was fine."]);
        assert_eq!(sentences("They met at 10 a.m. The talks lasted hours."), ["They met at 10 a.m.", "The talks lasted hours."]);
        assert_eq!(sentences("He was named after John Smith Jr. But the name stuck."), ["He was named after John Smith Jr.", "But the name stuck."]);
        // A name or a time runs on.
        for text in ["The U.S. Senate voted at 5 p.m. Friday.", "The U.K. Treasury and the U.N. Security Council met.", "Sam Tull Jr. Has won before, he said."]
        {
            assert_eq!(sentences(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn splits_after_full_stop_before_capital() {
        assert_eq!(sentences("It rained. Then it stopped."), ["It rained.", "Then it stopped."]);
    }

    #[test]
    fn titles_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentences("Sen. Ted Cruz met Mr. John J. Smith in the U.S. Capitol. They talked."),
            ["Sen. Ted Cruz met Mr. John J. Smith in the U.S. Capitol.", "They talked."]
        );
    }

    #[test]
    fn company_suffix_ends_a_sentence_before_a_new_clause() {
        assert_eq!(sentences("He works for Acme Corp. Smith said the firm grew."), ["He works for Acme Corp.", "Smith said the firm grew."]);
        assert_eq!(sentences("Shares of Widget Inc. The company fell."), ["Shares of Widget Inc.", "The company fell."]);
        assert_eq!(sentences("She joined Foo Ltd. He left, then."), ["She joined Foo Ltd.", "He left, then."]);
        assert_eq!(sentences("It sued Bar Co. Jones, who runs it, declined."), ["It sued Bar Co.", "Jones, who runs it, declined."]);
    }

    #[test]
    fn company_suffix_inside_a_name_or_office_keeps_the_sentence() {
        for s in [
            "Apple Inc. Chief Executive Tim Cook said so.",
            "Acme Corp. CEO Jane Roe spoke.",
            "Widget Co. shares rose.",
            "Acme Corp. Vice President Ann Lee left.",
        ] {
            assert_eq!(sentences(s), [s]);
        }
    }

    #[test]
    fn closing_quote_stays_with_its_sentence() {
        assert_eq!(sentences("He said, \u{201c}We will win.\u{201d} She laughed."), ["He said, \u{201c}We will win.\u{201d}", "She laughed."]);
    }

    #[test]
    fn lower_case_after_full_stop_continues() {
        assert_eq!(sentences("The score was 3.5 vs. 2 in the end."), ["The score was 3.5 vs. 2 in the end."]);
    }

    #[test]
    fn emoji_after_full_stop_ends_the_sentence_with_it() {
        assert_eq!(sentences("It rained. \u{1F600} Then it stopped."), ["It rained. \u{1F600}", "Then it stopped."]);
        assert_eq!(sentences("We won!\u{1F389}\u{1F389} The bill passed."), ["We won!\u{1F389}\u{1F389}", "The bill passed."]);
        assert_eq!(sentences("Thumbs up. \u{1F44D}\u{1F3FD}"), ["Thumbs up. \u{1F44D}\u{1F3FD}"]);
        assert_eq!(
            sentences("Call 911. \u{2764}\u{FE0F} \u{201c}Stay safe,\u{201d} she said."),
            ["Call 911. \u{2764}\u{FE0F}", "\u{201c}Stay safe,\u{201d} she said."]
        );
    }

    #[test]
    fn middle_initials_stay_inside_the_sentence() {
        assert_eq!(sentences("Singer Mary J. Blige performed. She sang two songs."), ["Singer Mary J. Blige performed.", "She sang two songs."]);
        assert_eq!(sentences("It was Mary J. Blige. Fans cheered."), ["It was Mary J. Blige.", "Fans cheered."]);
        assert_eq!(sentences("George H. W. Bush and John F. Kennedy Jr. spoke."), ["George H. W. Bush and John F. Kennedy Jr. spoke."]);
        assert_eq!(sentences("Rep. G.K. Butterfield said no. Then he left."), ["Rep. G.K. Butterfield said no.", "Then he left."]);
    }

    #[test]
    fn line_breaks_inside_a_block_end_sentences() {
        assert_eq!(sentences("A heading\nThe text."), ["A heading", "The text."]);
        assert_eq!(sentences("Apples\nPears\nPlums"), ["Apples", "Pears", "Plums"]);
        assert_eq!(sentences("BRIGGS: Good morning.\nROMANS: Good morning."), ["BRIGGS: Good morning.", "ROMANS: Good morning."]);
    }

    #[test]
    fn a_line_continued_in_lower_case_is_one_sentence() {
        assert_eq!(sentences("Sales rose 6 percent\nfrom last year. Then fell."), ["Sales rose 6 percent\nfrom last year.", "Then fell."]);
    }

    #[test]
    fn hard_wrapped_text_runs_sentences_over_lines() {
        let text = "The council approved a budget of $4.2 million on Tuesday, up 6 percent\n\
                    from last year, according to city treasurer Maria Lopez. \"We had to make\n\
                    some very hard choices this year,\" Lopez said at the meeting, adding\n\
                    that the city would cut 35 jobs. \"Nobody wanted this,\" said council member\n\
                    Dan Whitaker.\n";
        assert!(hard_wrapped(text));
        let got = sentences(text);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got[0].ends_with("up 6 percent\nfrom last year, according to city treasurer Maria Lopez."), "{got:?}");
        assert!(got[2].ends_with("said council member\nDan Whitaker."), "{got:?}");
    }

    #[test]
    fn hard_wrapped_text_keeps_headings_and_list_items_apart() {
        let text = "Budget news\nThe council approved a budget of $4.2 million on Tuesday and\n\
                    Mayor Ann Lee said the city would cut 35 jobs over the next two years\n\
                    - parks lose six staff members and the libraries close on Mondays\n\
                    - road repairs are delayed until the spring of next year at least\n";
        assert!(hard_wrapped(text));
        assert_eq!(sentences(text).len(), 4, "{:?}", sentences(text));
    }

    #[test]
    fn a_line_ending_where_no_sentence_ends_runs_on() {
        // Two lines are too few to call a text hard-wrapped; the words still tell.
        let got = sentences("Diesel prices rose by 12 per cent last month, the steepest increase since\n2019, the statistics office said.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(sentences("The mayor said, according to\nThe Chronicle, that it would pass.").len(), 1);
        assert_eq!(sentences("Fares will rise by 4%,\nTransport for London said.").len(), 1);
        assert_eq!(sentences("Unemployment fell to\n4.1% in May.").len(), 1, "a decimal is no list number");
        // A heading, a label or a list item still stands on its own line.
        assert_eq!(sentences("Where to eat now\nThe new places opened this week."), ["Where to eat now", "The new places opened this week."]);
        assert_eq!(sentences("Costs rose for:\n- fuel, and\n- food"), ["Costs rose for:", "- fuel, and", "- food"]);
        assert_eq!(sentences("Mayor quits; \nCouncil to meet on Friday."), ["Mayor quits;", "Council to meet on Friday."]);
        assert_eq!(sentences("BRIGGS: Good morning.\nROMANS: And a good morning to\nyou."), ["BRIGGS: Good morning.", "ROMANS: And a good morning to\nyou."]);
    }

    #[test]
    fn run_on_words_are_sorted_lower_case_and_distinct() {
        let lines: Vec<&str> = include_str!("run_on_words.txt").lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).collect();
        assert!(lines.windows(2).all(|p| p[0] < p[1]), "unsorted or repeated");
        assert!(lines.iter().all(|l| l.to_lowercase() == *l && l.trim() == *l && !l.contains(' ')));
    }

    #[test]
    fn text_one_paragraph_a_line_is_not_hard_wrapped() {
        let para = "The council approved a budget of $4.2 million on Tuesday, up 6 percent from last year, said Maria Lopez.";
        assert!(!hard_wrapped(&format!("Budget news\n{para}\n{para}\n{para}")));
        assert!(!hard_wrapped("One line.\nTwo lines.\nThree lines."));
        assert!(!hard_wrapped("Most read stories of the day today\nAnother headline about the markets today\n"));
    }
}
