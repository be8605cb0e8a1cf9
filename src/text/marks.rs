//! Quotation marks: telling them from apostrophes and pairing them into quotations.
//!
//! News pages mix every convention: straight and curly double and single marks, `''` for
//! a double mark (the New York Times' archive), ` ``…'' ` (wire copy in typewriter style), `«»` and `„“`, and quotes that run over
//! several paragraphs with each paragraph reopening and only the last one closing. The
//! pairing is a small stack machine per paragraph: a mark's neighbours say whether it can
//! open, close, or is an apostrophe; a closing mark closes the nearest open mark of its
//! family (double or single), so quotes inside quotes nest.

use crate::text::{Document, Span};

/// Double marks (`"`, `“”`, `„`, `«»`, `''`, ` `` `) and single marks (`'`, `‘’`, `‹›`) pair only
/// within their family, which is what lets a quote hold a quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// `"`, `“”`, `„`, `«»`, `''`.
    Double,
    /// `'`, `‘’`, `‹›`.
    Single,
}

/// A pair of marks and the words between them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quotation {
    /// The words between the outermost marks, without the marks.
    pub inner: Span,
    /// From the opening mark's first byte to the closing mark's last.
    pub outer: Span,
    /// Which family of marks encloses it.
    pub family: Family,
    /// How many quotations enclose this one (0 for a top-level quote).
    pub depth: usize,
    /// The quote goes on from the paragraph before (this paragraph reopened it).
    pub continues: bool,
    /// The quote is left open at the paragraph's end and reopened in the next one.
    pub runs_on: bool,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    pos: usize,
    len: usize,
    family: Family,
    can_open: bool,
    can_close: bool,
    /// The mark reopens a quote carried over from the paragraph before.
    reopens: bool,
}

/// The top-level quotations of the document (quotes inside quotes are part of theirs).
///
/// A pair whose marks do not match ([`marks_match`]) is no quotation: its words read as
/// the article's own, so a cue around them credits them as reported speech, and the
/// quotes inside it (`“He said, 'we will win.'"`) stand on their own.
pub fn quotations(doc: &Document) -> Vec<Quotation> {
    quotations_and_mangled(doc).0
}

/// [`quotations`], and the outer spans of the top-level pairs whose marks do not match:
/// words still set off from the sentence around them, which bound a neighbour's credit.
pub fn quotations_and_mangled(doc: &Document) -> (Vec<Quotation>, Vec<Span>) {
    let all = pair(doc);
    let mangled: Vec<Span> = all.iter().filter(|q| q.depth == 0 && !marks_match(&doc.text, q)).map(|q| q.outer).collect();
    let kept = all
        .into_iter()
        .filter(|q| match q.depth {
            0 => marks_match(&doc.text, q),
            1 => mangled.iter().any(|m| m.contains(q.outer)),
            _ => false,
        })
        .map(|q| Quotation { depth: 0, ..q })
        .collect();
    (kept, mangled)
}

/// Every quotation in the document, ordered by where it opens.
///
/// A quote that runs over paragraphs (a paragraph leaves its mark open and the next one
/// reopens with a mark of the same family at its very start) is cut at each reopening mark:
/// one quotation per paragraph, so no span ever holds a paragraph break and the mark
/// that reopens after it. The pieces after the first have `continues` set. A quote whose
/// paragraphs all reopen and none closes (a block of quoted transcript) is no quotation.
pub fn pair(doc: &Document) -> Vec<Quotation> {
    let mut out = Vec::new();
    // An open quote left by the paragraph before: its mark and that paragraph's end.
    let mut carried: Option<(Mark, usize)> = None;
    // The pieces of a quote running over paragraphs, kept until a closing mark ends it.
    let mut pending: Vec<Quotation> = Vec::new();
    // How many paragraphs the quote carried so far runs over.
    let mut run = 1;
    // The quotations inside the mark carried over: nested in it only if it goes on.
    let mut inside_carried: Vec<usize> = Vec::new();
    for block in &doc.blocks {
        let marks = marks_in(&doc.text, block.span);
        let mut stack: Vec<Mark> = Vec::new();
        let mut rest = &marks[..];
        let first_here = out.len();
        let reopened = carried.as_ref().is_some_and(|(open, _)| {
            marks.first().is_some_and(|m| reopens(&doc.text, m, open, block.span.start) && is_straight(&doc.text, m) == is_straight(&doc.text, open))
        });
        if !reopened {
            unnest(&mut out, &inside_carried);
        }
        inside_carried.clear();
        if let Some((open, prev_end)) = carried.take() {
            let same_style = |m: &Mark| is_straight(&doc.text, m) == is_straight(&doc.text, &open);
            if let Some(first) = marks.first().filter(|m| reopens(&doc.text, m, &open, block.span.start) && same_style(m)) {
                run += 1;
                if open.pos + open.len < prev_end {
                    let trimmed = open.pos + open.len + doc.text[open.pos + open.len..prev_end].trim_end().len();
                    pending.push(Quotation {
                        inner: Span::new(open.pos + open.len, trimmed),
                        outer: Span::new(open.pos, trimmed),
                        family: open.family,
                        depth: 0,
                        continues: open.reopens,
                        runs_on: true,
                    });
                }
                stack.push(Mark { reopens: true, ..*first });
                rest = &marks[1..];
            }
        }
        if !stack.first().is_some_and(|m| m.reopens) {
            pending.clear();
            run = 1;
        }
        let mut transcript = run > MAX_PARAGRAPHS;
        for &m in rest {
            // A line that reopens a double quote left open on the line before: plain
            // text that ends paragraphs with one line break ("…revel in it.⏎“There's
            // another side…”") runs a quote over them as over blank-line paragraphs.
            if let Some(open) = stack.first().copied().filter(|o| reopens_line(&doc.text, o, &m)) {
                let line_end = doc.text[..m.pos].rfind('\n').unwrap_or(m.pos);
                let trimmed = open.pos + open.len + doc.text[open.pos + open.len..line_end].trim_end().len();
                if open.pos + open.len < trimmed {
                    pending.push(Quotation {
                        inner: Span::new(open.pos + open.len, trimmed),
                        outer: Span::new(open.pos, trimmed),
                        family: open.family,
                        depth: 0,
                        continues: open.reopens,
                        runs_on: true,
                    });
                }
                stack.clear();
                stack.push(Mark { reopens: true, ..m });
                run += 1;
                transcript = run > MAX_PARAGRAPHS;
                continue;
            }
            if m.can_close {
                if let Some(k) = stack.iter().rposition(|o| o.family == m.family) {
                    // A single mark does not close past an open double one inside it.
                    let crosses = stack[k + 1..].iter().any(|o| o.family == Family::Double);
                    if !(m.family == Family::Single && crosses) {
                        let open = stack[k];
                        stack.truncate(k);
                        if open.reopens && k == 0 {
                            if transcript {
                                pending.clear();
                                continue;
                            }
                            out.append(&mut pending);
                        }
                        if open.pos + open.len <= m.pos {
                            out.push(Quotation {
                                inner: padded_inner(&doc.text, open.pos + open.len, m.pos),
                                outer: Span::new(open.pos, m.pos + m.len),
                                family: m.family,
                                depth: stack.len(),
                                continues: open.reopens,
                                runs_on: false,
                            });
                        }
                        continue;
                    }
                }
            }
            if m.can_open {
                stack.push(m);
            }
        }
        // A mark left open, wherever it opened, may run on into the next paragraph (if
        // that paragraph reopens with a mark of its family and style).
        let carry = stack.first().copied();
        if let Some(first) = carry {
            carried = Some((first, block.span.end));
        }
        // A paragraph that opens with a double mark and never closes it is a quoted
        // paragraph (an excerpt set off by its opening mark alone): the quotes in it are
        // the excerpt's, nested in it.
        let quoted_paragraph = carry.filter(|m| m.pos == block.span.start && m.family == Family::Double).map(|m| m.pos);
        let stray: Vec<Mark> = stack.iter().filter(|m| Some(m.pos) != quoted_paragraph && is_straight(&doc.text, m)).copied().collect();
        inside_carried = unnest_from_unclosed(&mut out[first_here..], &stray, carry.map(|m| m.pos)).into_iter().map(|i| first_here + i).collect();
    }
    unnest(&mut out, &inside_carried);
    crate::order::sort_by_key(&mut out, |q| (q.outer.start, std::cmp::Reverse(q.outer.end)));
    out
}

/// Takes one level of nesting off the quotations at `ids`: the mark around them never closed.
fn unnest(out: &mut [Quotation], ids: &[usize]) {
    for &i in ids {
        if let Some(q) = out.get_mut(i) {
            q.depth = q.depth.saturating_sub(1);
        }
    }
}

/// Takes off the nesting that stray marks, left open at a paragraph's end, gave the
/// quotations closed in it: a straight mark serves as apostrophe, opening and closing
/// mark alike, so one that never closes was most likely misread (an elision such as the
/// Dutch `'t`, a mark dropped from its pair) and encloses nothing; the quotes after it in
/// the paragraph stand on their own. (A curly opening mark left open is an opening whose
/// closing was lost, as in a truncated excerpt, and the quotes after it are inside it.)
/// The double mark that may run on into the next paragraph (`carried`) is left for that
/// paragraph to decide; the positions (in `qs`) of the quotations inside it are returned.
fn unnest_from_unclosed(qs: &mut [Quotation], open: &[Mark], carried: Option<usize>) -> Vec<usize> {
    let mut inside_carried = Vec::new();
    for (i, q) in qs.iter_mut().enumerate() {
        for m in open.iter().filter(|m| m.pos < q.outer.start) {
            if Some(m.pos) == carried {
                inside_carried.push(i);
            } else {
                q.depth = q.depth.saturating_sub(1);
            }
        }
    }
    inside_carried
}

/// The words between two marks without the spaces that pad them: French typography sets
/// guillemets off with (often non-breaking) spaces, `« Nous gagnerons »`, and the quoted
/// words are what is inside them.
fn padded_inner(text: &str, start: usize, end: usize) -> Span {
    let body = &text[start..end];
    let lead = body.len() - body.trim_start().len();
    let trimmed = body.trim().len();
    Span::new(start + lead, start + lead + trimmed)
}

/// Pairs of an opening and a closing mark that belong together, as writers set them:
/// straight with straight, curly left with curly right, guillemets either way round, the
/// German low-high marks. A quote opened in one style and closed in another (`“…"`) or
/// with a mark turned the wrong way (`”…”`, `“…“`) is text whose marks were mangled
/// (pasted, converted twice): the marks no longer say where the quoted words begin and
/// end, and a quotation, as Spotcheck and its measure count one, is a matching pair.
const MATCHING_MARKS: &[(&str, &str)] = &[
    ("\"", "\""),
    ("''", "''"),
    ("''", "'.'"),
    ("``", "''"),
    ("'", "'"),
    ("\u{201c}", "\u{201d}"),
    ("\u{2018}", "\u{2019}"),
    ("\u{ab}", "\u{bb}"),
    ("\u{bb}", "\u{ab}"),
    ("\u{201e}", "\u{201c}"),
    ("\u{201e}", "\u{201d}"),
    ("\u{201a}", "\u{2018}"),
    ("\u{2039}", "\u{203a}"),
];

/// Whether the quotation's opening and closing marks are a matching pair. A piece left
/// open at its paragraph's end has no closing mark and is judged by the piece that closes.
pub fn marks_match(text: &str, q: &Quotation) -> bool {
    if q.runs_on {
        return true;
    }
    let open = text[q.outer.start..q.inner.start].trim_end();
    let close = text[q.inner.end..q.outer.end].trim_start();
    MATCHING_MARKS.iter().any(|&(o, c)| o == open && c == close)
}

/// The most paragraphs one quote runs over: a longer run of reopened paragraphs is a
/// quoted document or transcript, whose marks say nothing about who speaks.
const MAX_PARAGRAPHS: usize = 6;

/// Whether a mark is a straight one (`"`, `''`): a quote reopened in another style (a
/// straight mark then a curly one) is a new quote, not the same one going on.
fn is_straight(text: &str, m: &Mark) -> bool {
    text[m.pos..].starts_with(['"', '\''])
}

/// Whether mark `m` opens a line inside a paragraph (after one line break and any
/// spaces) in the family and style of the quote `open` left open on an earlier line.
fn reopens_line(text: &str, open: &Mark, m: &Mark) -> bool {
    if open.family != m.family || !m.can_open || is_straight(text, m) != is_straight(text, open) {
        return false;
    }
    let before = text[open.pos..m.pos].trim_end_matches([' ', '\t']);
    before.ends_with('\n') && !before[..before.len() - 1].trim().is_empty()
}

/// Whether mark `m` reopens the quote `open` left open, at the very start of the
/// paragraph at `start`. British style runs single marks over paragraphs as others run
/// double ones (`‘The river rises…⏎⏎‘This year…’`); a single mark left open is no
/// apostrophe then, since the next paragraph reopens with its family.
/// A paragraph opening with a right single mark (`’Tis`, `’Twas`) opens on an elision.
fn reopens(text: &str, m: &Mark, open: &Mark, start: usize) -> bool {
    m.pos == start && m.family == open.family && m.can_open && !text[m.pos..].starts_with('\u{2019}')
}

fn is_closing_neighbour(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_whitespace() || ".,;:!?)]}\u{2014}\u{2013}-\u{2026}/*".contains(c) || is_mark(c),
    }
}

fn is_opening_neighbour(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_whitespace() || "([{\u{2014}\u{2013}-/>".contains(c) || is_mark(c),
    }
}

fn is_mark(c: char) -> bool {
    matches!(c, '"' | '`' | '\'' | '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}' | '\u{201e}' | '\u{ab}' | '\u{bb}' | '\u{2039}' | '\u{203a}')
}

/// The quotation marks of one paragraph with what each can do there.
fn marks_in(text: &str, block: Span) -> Vec<Mark> {
    let body = &text[block.start..block.end];
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (off, ch) = chars[i];
        let prev = if i > 0 { Some(chars[i - 1].1) } else { None };
        let pos = block.start + off;
        // Two grave accents open a double quote in wire and typewriter style (``…''):
        // they never close one.
        if ch == '`' && chars.get(i + 1).map(|c| c.1) == Some('`') {
            let next = chars.get(i + 2).map(|c| c.1);
            let can_open = is_opening_neighbour(prev) && next.is_some_and(|c| !c.is_whitespace());
            if can_open {
                out.push(Mark { pos, len: 2, family: Family::Double, can_open, can_close: false, reopens: false });
            }
            i += 2;
            continue;
        }
        // Two straight apostrophes in a row are one double mark.
        if ch == '\'' && chars.get(i + 1).map(|c| c.1) == Some('\'') {
            let next = chars.get(i + 2).map(|c| c.1);
            let (can_open, can_close) = straight(prev, next);
            out.push(Mark { pos, len: 2, family: Family::Double, can_open, can_close, reopens: false });
            i += 2;
            continue;
        }
        // The New York Times' archive turns a closing double mark before a closing
        // parenthesis into `'.'` ("… in Syria.'.')"): one closing double mark.
        if ch == '\'' && is_archive_closer(&chars[i..], prev) {
            out.push(Mark { pos, len: 3, family: Family::Double, can_open: false, can_close: true, reopens: false });
            i += 3;
            continue;
        }
        let next = chars.get(i + 1).map(|c| c.1);
        let after_next = chars.get(i + 2).map(|c| c.1);
        let mark = match ch {
            '"' => {
                let (o, c) = straight(prev, next);
                Some((Family::Double, o, c))
            }
            // An opening curly mark typed twice (`““Radical …`) is one mark.
            '\u{201c}' if next == Some('\u{201c}') && !is_opening_neighbour(after_next) => None,
            '\u{201c}' => {
                // An opening curly mark, or one misused as a closer after a word.
                let looks_closing = !is_opening_neighbour(prev) && is_closing_neighbour(next);
                Some((Family::Double, !looks_closing, looks_closing))
            }
            '\u{201d}' => {
                // A closing curly mark, or one misused as an opener before a word.
                let looks_opening = is_opening_neighbour(prev) && next.is_some_and(char::is_alphanumeric);
                Some((Family::Double, looks_opening, !looks_opening))
            }
            '\u{201e}' | '\u{ab}' => Some((Family::Double, true, false)),
            '\u{bb}' => Some((Family::Double, false, true)),
            '\u{2039}' => Some((Family::Single, true, false)),
            '\u{203a}' => Some((Family::Single, false, true)),
            '\'' | '\u{2018}' | '\u{2019}' => {
                if is_apostrophe(prev, next, after_next) {
                    None
                } else if ch == '\u{2018}' {
                    let looks_closing = !is_opening_neighbour(prev) && is_closing_neighbour(next);
                    Some((Family::Single, !looks_closing, looks_closing))
                } else {
                    match straight(prev, next) {
                        // Glued between non-spaces ("e.v.’s"): an apostrophe.
                        (true, true) => None,
                        (o, c) => Some((Family::Single, o, c)),
                    }
                }
            }
            _ => None,
        };
        if let Some((family, mut can_open, can_close)) = mark {
            // A mark after "=" opens an attribute value of markup left in the text, and
            // one before ">" closes the last value of a tag (`<tweet author="@x">`).
            if prev == Some('=') || next == Some('>') {
                can_open = false;
            }
            if can_open || can_close {
                out.push(Mark { pos, len: ch.len_utf8(), family, can_open, can_close, reopens: false });
            }
        }
        i += 1;
    }
    drop_possessive_apostrophes(text, &mut out);
    out
}

/// Takes out the single marks that close nothing but a plural possessive inside a single
/// quote: in `‘We checked, and the kids’ classrooms are ready,’ she said` the mark after
/// "kids" looks like a closer (a letter before it, a space after), yet the quote goes on
/// to the closer after "ready,". A closer after an "s" with a lower-case word right after
/// it is such an apostrophe when the next single mark of the paragraph closes too (no
/// mark opens between, so both cannot close quotes of their own) and does not look like
/// one itself: that later mark is the quote's end.
fn drop_possessive_apostrophes(text: &str, marks: &mut Vec<Mark>) {
    let closes_only = |m: &Mark| m.family == Family::Single && m.can_close && !m.can_open;
    let mut k = 0;
    while k < marks.len() {
        let later = marks[k + 1..].iter().find(|m| m.family == Family::Single);
        let apostrophe = closes_only(&marks[k]) && looks_possessive(text, &marks[k]) && later.is_some_and(|l| closes_only(l) && !looks_possessive(text, l));
        if apostrophe {
            marks.remove(k);
        } else {
            k += 1;
        }
    }
}

/// Whether a single mark sits where a plural possessive's apostrophe does: right after an
/// "s" and before a space and a lower-case word ("the kids’ classrooms", "Members' pay").
fn looks_possessive(text: &str, m: &Mark) -> bool {
    let after_s = text[..m.pos].ends_with(['s', 'S']);
    let rest = &text[m.pos + m.len..];
    let word = rest.trim_start_matches([' ', '\u{a0}']);
    after_s && word.len() < rest.len() && word.chars().next().is_some_and(char::is_lowercase)
}

/// Whether `rest` opens with the archive's `'.'` before a `)`, after a word's last letter
/// or its full stop.
fn is_archive_closer(rest: &[(usize, char)], prev: Option<char>) -> bool {
    let at = |k: usize| rest.get(k).map(|c| c.1);
    prev.is_some_and(|c| c.is_alphanumeric() || c == '.') && at(1) == Some('.') && at(2) == Some('\'') && at(3) == Some(')')
}

/// Whether a mark that looks the same both ways can open and can close here.
fn straight(prev: Option<char>, next: Option<char>) -> (bool, bool) {
    let open = is_opening_neighbour(prev) && next.is_some_and(|c| !c.is_whitespace());
    let close = prev.is_some_and(|c| !c.is_whitespace()) && is_closing_neighbour(next);
    if !open && !close {
        // Glued between words ("a"b"): let the pairing decide.
        return (true, true);
    }
    (open, close)
}

/// An apostrophe, never a quote mark: inside a word (don't, Clinton's), or eliding the
/// century of a year ('08, ’90s) or the start of a word ('em).
fn is_apostrophe(prev: Option<char>, next: Option<char>, after_next: Option<char>) -> bool {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    if alnum(prev) && alnum(next) {
        return true;
    }
    if !alnum(prev) && next.is_some_and(|c| c.is_ascii_digit()) && after_next.is_some_and(|c| c.is_ascii_digit()) {
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<(String, usize)> {
        let doc = Document::from_plain_text(text);
        pair(&doc).into_iter().map(|q| (doc.slice(q.inner).to_string(), q.depth)).collect()
    }

    #[test]
    fn straight_double_quotes_pair_in_order() {
        assert_eq!(quoted("\"We will win,\" he said. \"Believe me.\""), [("We will win,".into(), 0), ("Believe me.".into(), 0)]);
    }

    #[test]
    fn curly_single_quote_inside_curly_double() {
        assert_eq!(
            quoted("She said, \u{201c}Stop calling her \u{2018}Crooked Hillary\u{2019} now.\u{201d}"),
            [("Stop calling her \u{2018}Crooked Hillary\u{2019} now.".into(), 0), ("Crooked Hillary".into(), 1)]
        );
    }

    #[test]
    fn apostrophe_is_never_a_quote_mark() {
        assert_eq!(quoted("Clinton\u{2019}s team didn't say it in \u{2019}08 or '12."), Vec::<(String, usize)>::new());
    }

    #[test]
    fn partial_single_quote_after_plural_possessive_word() {
        assert_eq!(quoted("Lightfoot says the ban will 'remain permanent'"), [("remain permanent".into(), 0)]);
    }

    #[test]
    fn plural_possessive_inside_a_single_quote_does_not_close_it() {
        // British style, curly and straight marks, the possessive mid-quote.
        assert_eq!(
            quoted("\u{2018}We checked every room, and the kids\u{2019} classrooms are ready,\u{2019} the head teacher said."),
            [("We checked every room, and the kids\u{2019} classrooms are ready,".into(), 0)]
        );
        assert_eq!(quoted("'Members' pay has fallen for a decade,' said union leader Sharon Graham."), [("Members' pay has fallen for a decade,".into(), 0)]);
        // Nested in a double quote, with the possessive of a name.
        assert_eq!(
            quoted("\u{201c}He backed \u{2018}the Hastings\u{2019} own plan\u{2019} from the start,\u{201d} Ms Lee said."),
            [("He backed \u{2018}the Hastings\u{2019} own plan\u{2019} from the start,".into(), 0), ("the Hastings\u{2019} own plan".into(), 1)]
        );
        // A headline quote with a possessive.
        assert_eq!(quoted("Minister: \u{2018}Farmers\u{2019} grants will rise\u{2019}"), [("Farmers\u{2019} grants will rise".into(), 0)]);
    }

    #[test]
    fn quote_closed_after_an_s_stays_closed() {
        // The next single mark opens a new quote: the first closer was a closer.
        assert_eq!(quoted("She said \u{2018}yes\u{2019} to the plan and \u{2018}no\u{2019} to the tax."), [("yes".into(), 0), ("no".into(), 0)]);
        // The later mark is itself a possessive's: the first one closes.
        assert_eq!(quoted("Fans call them \u{2018}the Jets\u{2019} and admire the Giants\u{2019} defence."), [("the Jets".into(), 0)]);
        // No later closer in the paragraph: the mark closes as before.
        assert_eq!(quoted("He called the plan \u{2018}a gift to the banks\u{2019} again."), [("a gift to the banks".into(), 0)]);
        // A possessive with no quote open stays out of the way.
        assert_eq!(quoted("The teachers\u{2019} union said \u{2018}enough is enough\u{2019}."), [("enough is enough".into(), 0)]);
    }

    #[test]
    fn two_apostrophes_make_a_double_mark() {
        assert_eq!(
            quoted("''This isn't tax reform,'' said Mr. Holtz-Eakin. ''It's anti-reform.''"),
            [("This isn't tax reform,".into(), 0), ("It's anti-reform.".into(), 0)]
        );
    }

    #[test]
    fn archive_closer_before_a_parenthesis_closes_a_double_mark() {
        // The Times' archive writes `.")` as `.'.')`.
        let text = "(A union spokesman said that, ''Nobody here has decided anything yet.'.')";
        assert_eq!(quoted(text), [("Nobody here has decided anything yet.".into(), 0)]);
        assert_eq!(matching(text), [("Nobody here has decided anything yet.".into(), true)]);
        // A full stop between two single marks and no parenthesis after is no such closer.
        let text = "He typed ''stop'.' then left.";
        assert!(marks_in(text, Span::new(0, text.len())).iter().all(|m| m.len < 3));
    }

    #[test]
    fn guillemets_and_low_high_marks() {
        assert_eq!(quoted("Er sagte \u{ab}Nein danke\u{bb} und \u{201e}Gute Nacht\u{201c}."), [("Nein danke".into(), 0), ("Gute Nacht".into(), 0)]);
    }

    #[test]
    fn quote_over_paragraphs_is_cut_at_each_reopening_mark() {
        let text = "\u{201c}First part of it.\n\n\u{201c}Second part.\u{201d}\n\nAfter.";
        let doc = Document::from_plain_text(text);
        let qs = pair(&doc);
        let pieces: Vec<(&str, bool, bool)> = qs.iter().map(|q| (doc.slice(q.inner), q.continues, q.runs_on)).collect();
        assert_eq!(pieces, [("First part of it.", false, true), ("Second part.", true, false)]);
    }

    #[test]
    fn quote_opening_mid_paragraph_runs_on_over_three_paragraphs() {
        let text = "\u{201c}Spread,\u{201d} Dub\u{e9} said. \u{201c}Going down.\n\n\u{201c}Below 900 a day.\n\n\u{201c}Keep the rules.\u{201d}";
        let doc = Document::from_plain_text(text);
        let qs = quotations(&doc);
        let inner: Vec<&str> = qs.iter().map(|q| doc.slice(q.inner)).collect();
        assert_eq!(inner, ["Spread,", "Going down.", "Below 900 a day.", "Keep the rules."]);
        assert!(qs.iter().all(|q| !doc.slice(q.outer).contains("\n\n")));
        assert_eq!(qs.iter().map(|q| q.continues).collect::<Vec<_>>(), [false, false, true, true]);
    }

    #[test]
    fn quote_reopened_after_a_single_line_break_is_cut_there() {
        // Plain text that ends its paragraphs with one line break.
        let text = "Intro line.\n\n\u{201c}One thing is clear,\u{201d} Ruiz said. \u{201c}The river is rising.\n\u{201c}The levee will not hold,\u{201d} she said. \u{201c}Not this time.\u{201d}\nAfter.";
        let doc = Document::from_plain_text(text);
        let qs = quotations(&doc);
        let pieces: Vec<(&str, bool, bool)> = qs.iter().map(|q| (doc.slice(q.inner), q.continues, q.runs_on)).collect();
        assert_eq!(
            pieces,
            [
                ("One thing is clear,", false, false),
                ("The river is rising.", false, true),
                ("The levee will not hold,", true, false),
                ("Not this time.", false, false)
            ]
        );
        assert!(qs.iter().all(|q| !doc.slice(q.outer).contains('\n')));
        // Straight marks the same way; a mark opening a line with no quote open is a new quote.
        let text = "Intro line.\n\n\"We ran out of beds.\n\"We ran out of staff.\"\n\"Then the power failed,\" he said.";
        assert_eq!(quoted(text), [("We ran out of beds.".into(), 0), ("We ran out of staff.".into(), 0), ("Then the power failed,".into(), 0)]);
    }

    #[test]
    fn single_quote_left_open_does_not_run_on() {
        let text = "He called it \u{2018}a mess.\n\n\u{201c}We will fix it,\u{201d} she said.";
        assert_eq!(quoted(text), [("We will fix it,".into(), 0)]);
    }

    #[test]
    fn single_quote_opening_mid_paragraph_runs_on_when_reopened_with_a_single_mark() {
        // British style, curly marks: the middle paragraph is part of the quote.
        let text =
            "Storm damage\n\nThe council met, said Tom Reed. \u{2018}The river rises every spring.\n\n\u{2018}This year the bags came late,\u{2019} he added.";
        assert_eq!(quoted(text), [("The river rises every spring.".into(), 0), ("This year the bags came late,".into(), 0)]);
        // Straight single marks, three paragraphs, an apostrophe inside.
        let text = "Pay row\n\nAnn Marsh was blunt. 'We have waited three years.\n\n'Our members can't wait.\n\n'We will strike,' she said.";
        assert_eq!(quoted(text), [("We have waited three years.".into(), 0), ("Our members can't wait.".into(), 0), ("We will strike,".into(), 0)]);
    }

    #[test]
    fn apostrophes_at_paragraph_edges_do_not_run_a_quote_on() {
        // A plural possessive ends a paragraph; an elided year opens the next.
        let text = "Fans packed the Joneses' \n\n\u{2019}90s hits played all night, \u{2018}loud\u{2019} and long.";
        assert_eq!(quoted(text), [("loud".into(), 0)]);
        // A paragraph opening with an elision ('Tis) after a quote left open on a word.
        let text = "He called it \u{2018}a mess.\n\n\u{2019}Tis the season, she said.";
        assert!(quoted(text).is_empty());
    }

    #[test]
    fn a_long_run_of_reopened_paragraphs_is_a_transcript_not_a_quote() {
        let mut text = String::new();
        for i in 0..8 {
            text.push_str(&format!("\"SPEAKER {i}: Some words were said here.\n\n"));
        }
        text.push_str("\"Follow us on Twitter today.\"");
        let got = quoted(&text);
        assert!(got.len() <= 1, "{got:?}");
    }

    #[test]
    fn reopening_in_another_style_starts_a_new_quote() {
        let text = "\"Melanie thought it was outrageous.\n\n\u{201c}It never crossed my mind,\u{201d} she said.";
        assert_eq!(quoted(text), [("It never crossed my mind,".into(), 0)]);
    }

    #[test]
    fn paragraphs_that_reopen_and_never_close_make_no_quotation() {
        assert!(quoted("\"WALLACE: Let us start with the news.\n\n\"PENCE: Well, look, it is simple.\n\n\"Follow Pam Key on Twitter.").is_empty());
        let text = "\"First piece here.\n\n\"Second piece here.\n\nPlain text.\n\n\u{201c}A closed one,\u{201d} she said.";
        assert_eq!(quoted(text), [("A closed one,".into(), 0)]);
    }

    #[test]
    fn unclosed_paragraph_without_reopening_is_dropped() {
        assert!(quoted("\u{201c}Never closed.\n\nPlain text.").is_empty());
    }

    fn matching(text: &str) -> Vec<(String, bool)> {
        let doc = Document::from_plain_text(text);
        pair(&doc).into_iter().filter(|q| q.depth == 0).map(|q| (doc.slice(q.inner).to_string(), marks_match(&doc.text, &q))).collect()
    }

    #[test]
    fn guillemet_padding_is_not_part_of_the_quote() {
        // Le Monde style, with plain and non-breaking spaces inside the marks.
        assert_eq!(quoted("Le ministre a d\u{e9}clar\u{e9} : \u{ab} Nous ne c\u{e9}derons pas \u{bb}."), [("Nous ne c\u{e9}derons pas".into(), 0)]);
        assert_eq!(quoted("\u{ab}\u{a0}C\u{2019}est fini\u{202f}\u{bb}, a-t-il dit."), [("C\u{2019}est fini".into(), 0)]);
        assert_eq!(matching("Il a dit \u{ab} non merci \u{bb}."), [("non merci".into(), true)]);
    }

    #[test]
    fn marks_of_one_style_match() {
        assert_eq!(matching("\"We will rebuild,\" the mayor said."), [("We will rebuild,".into(), true)]);
        assert_eq!(matching("\u{201c}We will rebuild,\u{201d} the mayor said."), [("We will rebuild,".into(), true)]);
        assert_eq!(matching("''We will rebuild,'' the mayor said."), [("We will rebuild,".into(), true)]);
        assert_eq!(matching("She called it \u{2018}a clear breach\u{2019} of the deal."), [("a clear breach".into(), true)]);
        assert_eq!(matching("Er sagte \u{201e}Wir schaffen das\u{201c} am Montag."), [("Wir schaffen das".into(), true)]);
    }

    #[test]
    fn grave_accents_open_a_double_quote_in_wire_style() {
        assert_eq!(matching("``We will rebuild,'' the mayor said."), [("We will rebuild,".into(), true)]);
        assert_eq!(quoted("``The ruling stands,'' Judge Amara Osei wrote. ``It is final.''"), [("The ruling stands,".into(), 0), ("It is final.".into(), 0)]);
        // A quote inside a wire quote keeps its single marks.
        assert_eq!(quoted("He said: ``They called it 'a sham' at the time.''")[0].0, "They called it 'a sham' at the time.");
        // Grave accents never close a quote, and a pair glued after a word opens nothing.
        assert!(quoted("Run the ``make`` target.").is_empty());
        assert!(quoted("The flag x``y stays.").is_empty());
    }

    #[test]
    fn marks_of_mixed_styles_or_turned_the_wrong_way_do_not_match() {
        // A curly opener closed by a straight mark, as pasted copy often leaves it.
        assert_eq!(matching("\u{201c}The budget is balanced,\" the treasurer said."), [("The budget is balanced,".into(), false)]);
        assert_eq!(matching("\"The budget is balanced,\u{201d} the treasurer said."), [("The budget is balanced,".into(), false)]);
        // A closing mark used to open, and an opening mark used to close.
        assert_eq!(matching("Then: \u{201d}Mr. Lee has my vote.\u{201d} \u{2015} Ana Ruiz"), [("Mr. Lee has my vote.".into(), false)]);
        assert_eq!(matching("He rated the show \u{201c}utterly brilliant\u{201c} on air."), [("utterly brilliant".into(), false)]);
    }

    #[test]
    fn straight_mark_left_open_encloses_nothing_after_it() {
        // A Dutch particle read as an opening single mark, then the quote it would swallow.
        assert_eq!(
            top_level("\"Prices keep climbing,\" said Joost van 't Hoff, a Rotterdam trader. \"It hurts everyone.\""),
            ["Prices keep climbing,", "It hurts everyone."]
        );
        // A straight double mark dropped from its pair in the middle of a paragraph.
        assert_eq!(
            top_level("The memo called it \"a plan, and the minister added, \u{201c}We will build it this year.\u{201d}"),
            ["We will build it this year."]
        );
    }

    #[test]
    fn curly_mark_left_open_or_a_quoted_paragraph_still_encloses() {
        // A truncated excerpt: its opening curly mark is real, the quote in it is its own.
        assert!(top_level("The column read: \u{201c}Voters want \u{2018}a clean break,\u{2019} the mayor says \u{2026}.").is_empty());
        // A paragraph quoted from another paper, set off by an opening mark alone.
        assert!(
            top_level("\"The senator tried to joke, saying \u{201c}Only on Tuesdays.\u{201d} But the host pressed on.\n\nThe debate ended late.").is_empty()
        );
        // A mark that reopens the next paragraph keeps the quote inside the run.
        let text = "\u{201c}She told us \u{2018}wait here\u{2019} and left.\n\n\u{201c}Then the doors shut,\u{201d} he said.";
        assert_eq!(top_level(text), ["She told us \u{2018}wait here\u{2019} and left.", "Then the doors shut,"]);
    }

    #[test]
    fn opening_curly_mark_typed_twice_is_one_mark() {
        assert_eq!(top_level("The draft platform reads: \u{201c}\u{201c}Terror threatens every free people.\u{201d}"), ["Terror threatens every free people."]);
        // Two marks with a space between them are still two.
        assert_eq!(quoted("\u{201c} \u{201c}Yes,\u{201d} she said.\u{201d}").len(), 2);
    }

    #[test]
    fn mark_closing_a_markup_attribute_opens_nothing() {
        let text = "<tweet author=\"@cityhall\" date=\"2024-05-01\">Roadworks begin on Monday</tweet>";
        let marks = marks_in(text, Span::new(0, text.len()));
        assert!(marks.iter().all(|m| !m.can_open), "{marks:?}");
    }

    #[test]
    fn curly_closer_misused_as_opener() {
        assert_eq!(quoted("Then: \u{201d}Mr. Trump embodies it.\u{201d}"), [("Mr. Trump embodies it.".into(), 0)]);
    }

    fn top_level(text: &str) -> Vec<String> {
        let doc = Document::from_plain_text(text);
        quotations(&doc).into_iter().map(|q| doc.slice(q.inner).to_string()).collect()
    }

    #[test]
    fn a_mismatched_pair_is_no_quotation_but_the_quote_inside_it_is() {
        assert!(top_level("\u{201c}The budget is balanced,\" the treasurer said.").is_empty());
        assert_eq!(
            top_level("He recalled, \u{201c}She told me, \u{2018}You will win this seat easily,\u{2019} and I did.\"\n\nThe count ended."),
            ["You will win this seat easily,"]
        );
        // A matching pair keeps the quote inside it as part of itself.
        assert_eq!(
            top_level("He recalled, \u{201c}She told me, \u{2018}You will win this seat easily.\u{2019}\u{201d}"),
            ["She told me, \u{2018}You will win this seat easily.\u{2019}"]
        );
    }
}
