//! A small backtracking matcher for Spotcheck's few fixed patterns (page furniture by
//! name and text, numbers written in digits), in place of the `regex-lite` crate.
//!
//! Why not the crate: its parser, compiler and Pike VM were the largest dependency in
//! the WebAssembly module (35 KB of code before compression, issue 11), for some thirty
//! patterns known at build time, each run on short text (a class attribute, a caption, a
//! 64-byte window of digits). This matcher takes the part of the syntax those patterns
//! use and gives the same answers as `regex-lite` for it (the tests compare the two on
//! every pattern in the tree):
//!
//! - literals, `.`, classes `[a-z…]` and `[^…]`, `\d` `\s` `\w` (ASCII, as `regex-lite`),
//!   escapes of punctuation, `\n` and `\t`;
//! - `^` and `$` (start and end of the text), `\b` (ASCII word boundary);
//! - groups `(…)` and `(?:…)`, alternation, greedy `?` `*` `+` `{m}` `{m,}` `{m,n}`;
//! - the flag `(?i)`: ASCII case folding only, as `regex-lite` does.
//!
//! Matching is leftmost-first (Perl's order: alternatives left to right, repetition as
//! long as it can), the order `regex-lite` reports. Backtracking can take time
//! exponential in the pattern on hostile text, which is why every caller bounds the text
//! it matches (a few hundred characters at most) and no pattern nests unbounded loops.

use std::ops::Index;

/// A compiled pattern.
#[derive(Clone, Debug)]
pub struct Regex {
    root: Vec<Vec<Node>>,
    groups: usize,
    anchored: bool,
}

#[derive(Clone, Debug)]
enum Node {
    /// One character in any of the ranges.
    Class(Vec<(char, char)>),
    Start,
    End,
    WordBoundary,
    /// Alternatives, and the capture slot when the group captures.
    Group(Vec<Vec<Node>>, Option<usize>),
    /// Greedy repetition between the bounds (`u32::MAX`: unbounded).
    Repeat(Box<Node>, u32, u32),
}

/// A match: the matched text's span in the haystack.
#[derive(Clone, Copy, Debug)]
pub struct Match<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Match<'t> {
    /// The matched text.
    pub fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }

    /// Byte offset of the match's start.
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset just past the match.
    pub fn end(&self) -> usize {
        self.end
    }
}

/// The groups of a match; group 0 is the whole match.
#[derive(Clone, Debug)]
pub struct Captures<'t> {
    text: &'t str,
    slots: Vec<Option<(usize, usize)>>,
}

impl<'t> Captures<'t> {
    /// Group `i`, when it took part in the match.
    pub fn get(&self, i: usize) -> Option<Match<'t>> {
        let (start, end) = (*self.slots.get(i)?)?;
        Some(Match { text: self.text, start, end })
    }
}

impl Index<usize> for Captures<'_> {
    type Output = str;

    /// Group `i`'s text. Panics when the group did not take part, as `regex-lite` does.
    fn index(&self, i: usize) -> &str {
        let (start, end) = self.slots.get(i).copied().flatten().unwrap_or_else(|| panic!("no group {i} in this match"));
        &self.text[start..end]
    }
}

impl Regex {
    /// Compiles `pattern`; an error names what is outside the supported syntax.
    pub fn new(pattern: &str) -> Result<Regex, String> {
        let mut p = Parser { chars: pattern.chars().collect(), at: 0, fold: false, groups: 1 };
        let root = p.alternatives()?;
        if p.at != p.chars.len() {
            return Err(format!("unbalanced ')' at {} in {pattern}", p.at));
        }
        let anchored = root.iter().all(|seq| matches!(seq.first(), Some(Node::Start)));
        Ok(Regex { root, groups: p.groups, anchored })
    }

    /// Whether the pattern matches anywhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.search(text).is_some()
    }

    /// The leftmost-first match in `text`.
    pub fn find<'t>(&self, text: &'t str) -> Option<Match<'t>> {
        let slots = self.search(text)?;
        let (start, end) = slots[0]?;
        Some(Match { text, start, end })
    }

    /// The leftmost-first match in `text` with its groups.
    pub fn captures<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        Some(Captures { text, slots: self.search(text)? })
    }

    fn search(&self, text: &str) -> Option<Vec<Option<(usize, usize)>>> {
        let mut slots = vec![None; self.groups];
        let starts = text.char_indices().map(|(i, _)| i).chain([text.len()]);
        for start in starts {
            let mut end = None;
            if alternatives(&self.root, text, start, &mut slots, &mut |j, _| {
                end = Some(j);
                true
            }) {
                slots[0] = end.map(|e| (start, e));
                return Some(slots);
            }
            if self.anchored {
                break;
            }
        }
        None
    }
}

/// The continuation: what must match after a node, given where the node ended.
type Rest<'k> = dyn FnMut(usize, &mut Vec<Option<(usize, usize)>>) -> bool + 'k;

fn alternatives(alts: &[Vec<Node>], text: &str, at: usize, slots: &mut Vec<Option<(usize, usize)>>, k: &mut Rest) -> bool {
    alts.iter().any(|seq| sequence(seq, text, at, slots, k))
}

fn is_word(b: Option<&u8>) -> bool {
    b.is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_')
}

fn in_class(ranges: &[(char, char)], c: char) -> bool {
    ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi)
}

fn sequence(seq: &[Node], text: &str, at: usize, slots: &mut Vec<Option<(usize, usize)>>, k: &mut Rest) -> bool {
    let Some((node, rest)) = seq.split_first() else { return k(at, slots) };
    match node {
        Node::Class(ranges) => match text[at..].chars().next() {
            Some(c) if in_class(ranges, c) => sequence(rest, text, at + c.len_utf8(), slots, k),
            _ => false,
        },
        Node::Start => at == 0 && sequence(rest, text, at, slots, k),
        Node::End => at == text.len() && sequence(rest, text, at, slots, k),
        Node::WordBoundary => {
            let b = text.as_bytes();
            is_word(at.checked_sub(1).and_then(|i| b.get(i))) != is_word(b.get(at)) && sequence(rest, text, at, slots, k)
        }
        Node::Group(alts, slot) => alts.iter().any(|alt| {
            sequence(alt, text, at, slots, &mut |end, slots| {
                let Some(slot) = *slot else { return sequence(rest, text, end, slots, k) };
                let before = slots[slot].replace((at, end));
                sequence(rest, text, end, slots, k) || {
                    slots[slot] = before;
                    false
                }
            })
        }),
        Node::Repeat(inner, min, max) => match &**inner {
            // One character at a time: take the longest run, then give back one by one.
            Node::Class(ranges) => {
                let mut ends = vec![at];
                for c in text[at..].chars() {
                    if ends.len() as u64 > *max as u64 || !in_class(ranges, c) {
                        break;
                    }
                    ends.push(ends[ends.len() - 1] + c.len_utf8());
                }
                ends.iter().enumerate().rev().take_while(|&(n, _)| n as u32 >= *min).any(|(_, &end)| sequence(rest, text, end, slots, k))
            }
            _ => repeat(inner, *min, *max, 0, text, at, rest, slots, k),
        },
    }
}

#[allow(clippy::too_many_arguments)]
fn repeat(inner: &Node, min: u32, max: u32, count: u32, text: &str, at: usize, rest: &[Node], slots: &mut Vec<Option<(usize, usize)>>, k: &mut Rest) -> bool {
    if count < max {
        let more = sequence(std::slice::from_ref(inner), text, at, slots, &mut |end, slots| {
            // An iteration that takes nothing ends the loop, or it would never end.
            end != at && repeat(inner, min, max, count + 1, text, end, rest, slots, k)
        });
        if more {
            return true;
        }
    }
    count >= min && sequence(rest, text, at, slots, k)
}

struct Parser {
    chars: Vec<char>,
    at: usize,
    fold: bool,
    groups: usize,
}

/// The ASCII case partner of a range's letters, as `regex-lite` folds it.
fn fold_range((lo, hi): (char, char)) -> Option<(char, char)> {
    let shift = |c: char, by: i32| char::from_u32((c as i32 + by) as u32).unwrap_or(c);
    if lo <= 'z' && hi >= 'a' {
        return Some((shift(lo.max('a'), -32), shift(hi.min('z'), -32)));
    }
    if lo <= 'Z' && hi >= 'A' {
        return Some((shift(lo.max('A'), 32), shift(hi.min('Z'), 32)));
    }
    None
}

fn negate(mut ranges: Vec<(char, char)>) -> Vec<(char, char)> {
    ranges.sort_unstable();
    let mut out = Vec::new();
    let mut next = 0u32;
    for (lo, hi) in ranges {
        if (lo as u32) > next {
            // The surrogate gap holds no char: a range ending in it ends before it.
            let end = if (0xD800..0xE000).contains(&(lo as u32 - 1)) { 0xD7FF } else { lo as u32 - 1 };
            out.extend(char::from_u32(next).zip(char::from_u32(end)).filter(|(a, b)| a <= b));
        }
        next = next.max(hi as u32 + 1);
        // Skip the surrogate gap, which no char is in.
        if (0xD800..0xE000).contains(&next) {
            next = 0xE000;
        }
    }
    if next <= char::MAX as u32 {
        out.extend(char::from_u32(next).map(|c| (c, char::MAX)));
    }
    out
}

const DIGIT: &[(char, char)] = &[('0', '9')];
const SPACE: &[(char, char)] = &[('\t', '\r'), (' ', ' ')];
const WORD: &[(char, char)] = &[('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z')];

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        let yes = self.peek() == Some(c);
        self.at += yes as usize;
        yes
    }

    fn alternatives(&mut self) -> Result<Vec<Vec<Node>>, String> {
        let mut alts = vec![self.sequence()?];
        while self.eat('|') {
            alts.push(self.sequence()?);
        }
        Ok(alts)
    }

    fn sequence(&mut self) -> Result<Vec<Node>, String> {
        let mut seq = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            if let Some(atom) = self.atom()? {
                seq.push(self.quantified(atom)?);
            }
        }
        Ok(seq)
    }

    fn class_of(&self, mut ranges: Vec<(char, char)>) -> Node {
        if self.fold {
            let folded: Vec<_> = ranges.iter().filter_map(|&r| fold_range(r)).collect();
            ranges.extend(folded);
        }
        Node::Class(ranges)
    }

    /// The next atom; `None` for a flag group, which only sets the flag.
    fn atom(&mut self) -> Result<Option<Node>, String> {
        let c = self.peek().ok_or("pattern ends early")?;
        self.at += 1;
        Ok(Some(match c {
            '(' => {
                if self.eat('?') {
                    if self.eat('i') && self.eat(')') {
                        self.fold = true;
                        return Ok(None);
                    }
                    if !self.eat(':') {
                        return Err(format!("unsupported group at {}", self.at));
                    }
                    return self.group(None).map(Some);
                }
                let slot = self.groups;
                self.groups += 1;
                self.group(Some(slot))?
            }
            '[' => self.class()?,
            '^' => Node::Start,
            '$' => Node::End,
            '.' => Node::Class(negate(vec![('\n', '\n')])),
            '\\' => match self.escape()? {
                Err(node) => node,
                Ok(ranges) => self.class_of(ranges),
            },
            '?' | '*' | '+' | '{' => return Err(format!("repetition of nothing at {}", self.at)),
            c => self.class_of(vec![(c, c)]),
        }))
    }

    fn group(&mut self, slot: Option<usize>) -> Result<Node, String> {
        let fold = self.fold;
        let alts = self.alternatives()?;
        self.fold = fold;
        if !self.eat(')') {
            return Err("unclosed group".into());
        }
        Ok(Node::Group(alts, slot))
    }

    /// After a backslash: a class's ranges, or a node of its own (`\b`).
    fn escape(&mut self) -> Result<Result<Vec<(char, char)>, Node>, String> {
        let c = self.peek().ok_or("pattern ends in a backslash")?;
        self.at += 1;
        Ok(Ok(match c {
            'd' => DIGIT.to_vec(),
            's' => SPACE.to_vec(),
            'w' => WORD.to_vec(),
            'D' => negate(DIGIT.to_vec()),
            'S' => negate(SPACE.to_vec()),
            'W' => negate(WORD.to_vec()),
            'b' => return Ok(Err(Node::WordBoundary)),
            'n' => vec![('\n', '\n')],
            't' => vec![('\t', '\t')],
            c if c.is_ascii_punctuation() || c == ' ' => vec![(c, c)],
            c => return Err(format!("unsupported escape \\{c}")),
        }))
    }

    fn class(&mut self) -> Result<Node, String> {
        let negated = self.eat('^');
        let mut ranges = Vec::new();
        loop {
            let c = self.peek().ok_or("unclosed class")?;
            self.at += 1;
            let lo = match c {
                ']' if !ranges.is_empty() => break,
                '\\' => match self.escape()? {
                    Ok(set) if set.len() == 1 && set[0].0 == set[0].1 => set[0].0,
                    Ok(set) => {
                        ranges.extend(set);
                        continue;
                    }
                    Err(_) => return Err("\\b inside a class".into()),
                },
                c => c,
            };
            if self.peek() == Some('-') && self.chars.get(self.at + 1).is_some_and(|&n| n != ']') {
                self.at += 1;
                let hi = match self.peek().ok_or("unclosed class")? {
                    '\\' => {
                        self.at += 1;
                        match self.escape()? {
                            Ok(set) if set.len() == 1 && set[0].0 == set[0].1 => set[0].0,
                            _ => return Err("class range ends in a class".into()),
                        }
                    }
                    c => {
                        self.at += 1;
                        c
                    }
                };
                if hi < lo {
                    return Err("class range out of order".into());
                }
                ranges.push((lo, hi));
            } else {
                ranges.push((lo, lo));
            }
        }
        let Node::Class(ranges) = self.class_of(ranges) else { unreachable!("class_of makes a class") };
        Ok(Node::Class(if negated { negate(ranges) } else { ranges }))
    }

    fn number(&mut self) -> Option<u32> {
        let from = self.at;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.at += 1;
        }
        self.chars[from..self.at].iter().collect::<String>().parse().ok()
    }

    fn quantified(&mut self, atom: Node) -> Result<Node, String> {
        let (min, max) = match self.peek() {
            Some('?') => (0, 1),
            Some('*') => (0, u32::MAX),
            Some('+') => (1, u32::MAX),
            Some('{') => {
                self.at += 1;
                let min = self.number().ok_or("bad repetition")?;
                let max = if self.eat(',') {
                    if self.peek() == Some('}') {
                        u32::MAX
                    } else {
                        self.number().ok_or("bad repetition")?
                    }
                } else {
                    min
                };
                if self.peek() != Some('}') || max < min {
                    return Err("bad repetition".into());
                }
                (min, max)
            }
            _ => return Ok(atom),
        };
        self.at += 1;
        if matches!(self.peek(), Some('?' | '*' | '+' | '{')) {
            return Err(format!("lazy or doubled repetition at {}", self.at));
        }
        if matches!(atom, Node::Start | Node::End | Node::WordBoundary) {
            return Err("repetition of an assertion".into());
        }
        Ok(Node::Repeat(Box::new(atom), min, max))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Every pattern in the tree when this matcher replaced `regex-lite` (page furniture
    /// by name and text, Readability's class patterns, numbers in digits).
    const PATTERNS: &[&str] = &[
        r"(?i)-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote",
        r"(?i)and|article|body|column|content|main|mathjax|shadow",
        r"(?i)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story",
        r"(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget",
        r"(?i)byline|author|dateline|writtenby|p-author",
        r"(?i)(\b|_)(share|sharedaddy)(\b|_)",
        r"(?i)^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$",
        r"(?i)^((loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$",
        r"(?i)^(advertisement|advertising|ad|ads|sponsored( content)?|supported by|skip (advertisement|ad)|(the )?(story|article|content) continues below( (this )?(advertisement|ad))?|continue reading( (the )?(main story|below|article))?|scroll (down )?to continue( with content| reading)?|read more|read the full (story|article)|show more|load more|share( this( article| story| post)?)?|share (on|via) [a-z]+|follow us( on [a-z ]+)?|sign up|subscribe( now)?|listen to (this|the) (article|story)|click here to [a-z ]+|more (stories|news|videos)|related( (articles|stories|content|coverage|links|topics))?|recommended( (for you|stories|articles|reading))?|most (read|popular|viewed|shared)|trending( now)?|you (may|might) (also )?like|more from [^.!?]{1,40}|editor'?s picks?|(top|latest) (stories|news|headlines)|watch|video|image|photo|gallery)[\s.:!…>»-]*$",
        r"(?i)^(related( (articles|stories|content|coverage|links|reading|topics))?|read more|more (stories|news|on this story|on this topic|to read|from [^.!?]{1,40})|most (read|popular|viewed|shared)|trending( now| stories)?|recommended( (for you|stories|articles|reading))?|you (may|might) (also )?(like|be interested in)|editor'?s picks?|(top|latest) (stories|news|headlines)|popular (now|stories)|see also|also read|further reading|what to read next|around the web)[\s.:!…>»-]*$",
        r"(?i)(\((reuters|ap|afp|upi|dpa|efe|ansa|pa|bloomberg|getty images|reuters video|ap video|ap photo[^)]*|photo[:/][^)]*|credit[:/][^)]*|image[:/][^)]*|video[:/][^)]*|file photo[^)]*)\)|(photograph|photo|picture|image|credit|video)( by)?:\s*[^.!?]{1,80}|getty images|shutterstock|©\s*[^.!?]{1,60})\s*$",
        r"(?i)^((photo|photograph|picture|image|credit|video|pictured|caption|image source|image caption|media caption)\s*:|\((photo|credit|image)[:/])",
        r"^(By|BY|Written by|Words by|Reporting by|Posted by|Von|Par|Por)\s+[A-ZÀ-Þ][^!?]{0,100}$",
        r"(?i)^((published|updated|posted|last updated|first published|modified|originally published)( on| at)?\s*:?\s*[^!?]{0,60}\d[^!?]{0,40}|(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d{1,2}\s+[a-z]+\.?\s+\d{4}[^!?]{0,30}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}([,\s]+\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*[a-z]{0,4})?|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}([,\s]+\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*[a-z]{0,4})?|\d{4}-\d{2}-\d{2}([t\s]\d{2}:\d{2}[^\s]*)?)$",
        r"(?i)^(read|read more|more|related|see|see also|watch|listen|also read|also|click|tap|sign up|subscribe|follow|continue reading|recommended|explore|discover|get|download|join|lire|à lire|voir aussi|revivez|retrouvez|lesen sie|mehr zum thema|lee también|leer más|leggi anche)\b",
        r"(?i)^(copyright\s*©?\s*(\d{4}|the\b)[^\n]{0,300}|©\s*[^\n]{1,150}|[^\n]{0,200}all rights reserved\.?[^\n]{0,200}|our standards:[^\n]{0,120}|\d{1,3}\s*(of|/)\s*\d{1,3}|(tags|topics|filed under|categories|related topics)\s*:[^\n]{0,200})$",
        r"(?i)\b(tell us|let us know|your feedback|sign up|subscribe|newsletter|follow us|click here|tap here|download (our|the) app|our (app|podcast|newsletter)|in your inbox|full coverage|live updates|read (more|the full)|watch (the|our) (video|full))\b",
        r"^(\d+(?:\.\d+)?)(?:[eE]([-+]?\d+)|\^([-+]?\d+)|x10\^([-+]?\d+))",
        r"^\d{1,3}(?:\.\d{3})+,\d{1,2}",
        r"^\d{1,3}(?:\.\d{3}){2,}",
        r"^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?",
        r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?",
        "^\\d{1,3}(?:[ \u{a0}\u{202f}]\\d{3})+(?:\\.\\d+)?",
        r"^\d{1,3}(?: , \d{3})+",
        r"^(\d+)(?:[ \t]+|-)(\d{1,2}) ?/ ?(\d{1,3})",
        r"^(\d{1,2}) ?/ ?(\d{1,3})",
        r"^\d+ \. \d+",
        r"^\d+(?:\.\d+)?",
    ];

    /// Pieces the random texts are made of: the pattern's own words in three cases, and
    /// the digits, separators, spaces and letters the patterns treat specially.
    fn pieces(pattern: &str) -> Vec<String> {
        let mut out: Vec<String> = pattern
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .flat_map(|w| {
                let chars: Vec<char> = w.chars().collect();
                let cap: String = chars[..1].iter().map(char::to_ascii_uppercase).chain(chars[1..].iter().copied()).collect();
                [w.to_string(), w.to_ascii_uppercase(), cap, chars[..chars.len() / 2].iter().collect()]
            })
            .collect();
        let fixed = [
            "0",
            "1",
            "12",
            "123",
            "1234",
            "2024",
            ",",
            ".",
            " ",
            "  ",
            " , ",
            " . ",
            "/",
            " / ",
            "-",
            "\u{a0}",
            "\u{202f}",
            "e",
            "E",
            "^",
            "x10^",
            "+",
            ":",
            "(",
            ")",
            "©",
            "…",
            "...",
            "»",
            "_",
            "é",
            "É",
            "PUBLICITÉ",
            "РЕКЛАМА",
            "реклама",
            "\n",
            "\t",
            "!",
            "?",
            "a",
            "Z",
            "s",
            "share",
            "by ",
            "photo: ",
            "x",
            " hid ",
            "hid",
            "1e5",
            "2.5E-3",
            "^6",
            "x10^8",
            "1 1/2",
            "-1/4",
            "1.234,56",
            "1.234.567",
            "12,34,567.89",
            "1,234",
            "10 , 000",
            "3 . 5",
            "40\u{202f}000",
            "1 414",
            "12/100",
        ];
        out.extend(fixed.iter().map(|s| s.to_string()));
        out
    }

    fn spans(c: Option<Captures>, n: usize) -> Option<Vec<Option<(usize, usize)>>> {
        c.map(|c| (0..n).map(|i| c.get(i).map(|m| (m.start(), m.end()))).collect())
    }

    fn lite_spans(c: Option<regex_lite::Captures>, n: usize) -> Option<Vec<Option<(usize, usize)>>> {
        c.map(|c| (0..n).map(|i| c.get(i).map(|m| (m.start(), m.end()))).collect())
    }

    #[test]
    fn agrees_with_regex_lite_on_every_pattern() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for pattern in PATTERNS {
            let ours = Regex::new(pattern).unwrap_or_else(|e| panic!("{pattern}: {e}"));
            let lite = regex_lite::Regex::new(pattern).expect("regex-lite compiles it");
            let groups = lite.captures_len();
            assert_eq!(ours.groups, groups, "{pattern}");
            let pieces = pieces(pattern);
            let mut matched = 0;
            for _ in 0..20_000 {
                let text: String = (0..1 + next(7)).map(|_| pieces[next(pieces.len())].as_str()).collect();
                let (a, b) = (spans(ours.captures(&text), groups), lite_spans(lite.captures(&text), groups));
                assert_eq!(a, b, "{pattern} on {text:?}");
                assert_eq!(ours.is_match(&text), lite.is_match(&text));
                matched += a.is_some() as usize;
            }
            assert!(matched >= 5, "{pattern}: too few random texts match to compare ({matched})");
        }
    }

    #[test]
    fn unsupported_syntax_is_an_error() {
        for bad in ["(a", "a)", "[a", "a{2,1}", "*a", "a+?", r"\p{L}", "(?x)a", "[b-a]"] {
            assert!(Regex::new(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn groups_report_the_last_text_they_matched() {
        let re = Regex::new(r"^(\d+)(?:[ \t]+|-)(\d{1,2}) ?/ ?(\d{1,3})").expect("valid");
        let c = re.captures("2 1/4 cups").expect("matches");
        assert_eq!((&c[0], &c[1], &c[2], &c[3]), ("2 1/4", "2", "1", "4"));
        assert!(re.captures("2/4").is_none());
        assert_eq!(Regex::new("(?i)b").expect("valid").find("aB").map(|m| (m.start(), m.end())), Some((1, 2)));
    }
}
