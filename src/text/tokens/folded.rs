//! Folded words: what the check-worthiness model reads. Lower-cased words, curly
//! apostrophes made straight, and every number folded into its class (`#num`, `#year`,
//! `#time`, `#code`): the model learns "a figure here", not the figure. A number that
//! names something ("BA287", "Boeing 737", "COVID-19", "Article 50") is a `#code`, no
//! amount: it is no figure to check. Punctuation is dropped,
//! except inside a number ("4.9", "70,000", "4:57").

/// A sentence's folded words written one after another into one buffer, with each word's
/// range in it: two allocations a sentence instead of a `String` per word.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Folded {
    text: String,
    ends: Vec<(usize, usize)>,
}

/// The folded words of `sentence`, each its own `String`.
pub fn tokens(sentence: &str) -> Vec<String> {
    Folded::of(sentence).words().into_iter().map(str::to_string).collect()
}

impl Folded {
    /// The words, borrowed from the buffer.
    pub fn words(&self) -> Vec<&str> {
        self.ends.iter().map(|&(s, e)| &self.text[s..e]).collect()
    }

    /// Append `token` as the next word.
    fn push(&mut self, token: &str) {
        let start = self.text.len();
        self.text.push_str(token);
        self.ends.push((start, self.text.len()));
    }

    /// The folded words of `sentence`.
    pub fn of(sentence: &str) -> Folded {
        let mut b = Builder { out: Folded { text: String::with_capacity(sentence.len()), ends: Vec::new() }, ..Builder::default() };
        b.scan(sentence);
        b.finish()
    }
}

/// What stands between a word and the one before it, as far as the number classes care.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
enum Gap {
    /// Nothing before: the first word.
    #[default]
    Start,
    /// Spaces only ("Boeing 737").
    Space,
    /// One hyphen alone ("F-35", "52-48").
    Hyphen,
    /// Anything else, by its first mark ("51%", "HK$5", "Smith, 45").
    Other(char),
}

impl Gap {
    /// The gap that `c` opens after a word.
    fn after(c: char) -> Gap {
        match c {
            c if c.is_whitespace() => Gap::Space,
            '-' => Gap::Hyphen,
            c => Gap::Other(c),
        }
    }

    /// The gap grown by one more mark `c` before the next word.
    fn join(self, c: char) -> Gap {
        match self {
            Gap::Start => Gap::Start,
            Gap::Space if c.is_whitespace() => Gap::Space,
            Gap::Space | Gap::Hyphen => Gap::Other(if c.is_whitespace() { '-' } else { c }),
            Gap::Other(first) => Gap::Other(first),
        }
    }
}

/// How the page wrote a folded word: what tells a number that names ("Boeing 737") from
/// an amount.
#[derive(Clone, Copy, Debug, Default)]
struct Shape {
    gap: Gap,
    /// Its first letter is upper case.
    capital: bool,
    /// An upper-case letter after the first ("iOS", "COVID", "FTSE").
    inner_capital: bool,
    /// A possessive ("Labour's 10-point lead" counts).
    possessive: bool,
    /// Punctuation trimmed off its end ("Jan.", "737,"): nothing is read across it.
    closed: bool,
    /// Digits only, folded to `#num`.
    number: bool,
}

/// The state of [`Folded::of`]: the word being read, its shape so far, and each folded
/// word's shape.
#[derive(Default)]
struct Builder {
    out: Folded,
    word: String,
    capital: bool,
    inner_capital: bool,
    gap: Gap,
    shapes: Vec<Shape>,
}

impl Builder {
    /// The character loop: [`Builder::flush`] ends each word.
    fn scan(&mut self, sentence: &str) {
        for c in sentence.chars() {
            // ASCII first, the common case: the same decisions without the Unicode tables.
            if c.is_ascii() {
                if c.is_ascii_alphanumeric() || c == '\'' {
                    self.note_case(c.is_ascii_uppercase());
                    self.word.push(c.to_ascii_lowercase());
                } else if matches!(c, '.' | ',' | ':') && self.word.as_bytes().last().is_some_and(u8::is_ascii_digit) {
                    // 4.9 and 70,000 stay one number, 4:57 one time.
                    self.word.push(c);
                } else {
                    self.separator(c);
                }
                continue;
            }
            if c.is_alphanumeric() || c == '\u{2019}' {
                self.note_case(c.is_uppercase());
                self.word.extend(c.to_lowercase().map(|c| if c == '\u{2019}' { '\'' } else { c }));
            } else {
                self.separator(c);
            }
        }
        self.flush();
    }

    fn note_case(&mut self, upper: bool) {
        if self.word.is_empty() {
            self.capital = upper;
        } else {
            self.inner_capital |= upper;
        }
    }

    /// A mark between words: it ends the word being read, or grows the gap before the next.
    fn separator(&mut self, c: char) {
        if self.word.is_empty() {
            self.gap = self.gap.join(c);
        } else {
            self.flush();
            self.gap = Gap::after(c);
        }
    }

    /// Ends the word being read: its folded form and its shape.
    fn flush(&mut self) {
        if self.word.is_empty() {
            return;
        }
        let raw = std::mem::take(&mut self.word);
        let w = raw.trim_matches(|c| c == '\'' || c == '.' || c == ',' || c == ':');
        if !w.is_empty() {
            let class = class_of(w);
            self.out.push(class.unwrap_or(w));
            self.shapes.push(Shape {
                gap: self.gap,
                capital: self.capital,
                inner_capital: self.inner_capital,
                possessive: w.ends_with("'s"),
                closed: raw.len() - raw.trim_end_matches(['\'', '.', ',', ':']).len() > 0,
                number: class == Some("#num") && w.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b','),
            });
            self.gap = Gap::Space;
        }
        self.word = raw;
        self.word.clear();
        self.capital = false;
        self.inner_capital = false;
    }

    /// The folded words, with each number that names something (see [`names_at`]) folded
    /// to `#code`.
    fn finish(mut self) -> Folded {
        if !self.shapes.iter().any(|s| s.number) {
            return self.out;
        }
        let words = self.out.words();
        let codes: Vec<usize> = (0..self.shapes.len()).filter(|&i| names_at(&words, &self.shapes, i)).collect();
        if codes.is_empty() {
            return self.out;
        }
        let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        self.out.text.clear();
        self.out.ends.clear();
        for (i, w) in words.iter().enumerate() {
            self.out.push(if codes.contains(&i) { "#code" } else { w });
        }
        self.out
    }
}

/// The class a word with digits folds into, `None` for a word without: `#time` for a clock
/// time, `#year`, `#code` for letters and digits mixed that name something ("BA287", "A9",
/// "G20", "3D"), `#num` for an amount ("70,000", "10m", "1990s", "Rs500").
fn class_of(w: &str) -> Option<&'static str> {
    if !w.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    if w.contains(':') {
        // A clock time ("4:57") says when, not how much.
        return Some("#time");
    }
    let lead = w.len() - w.trim_start_matches(|c: char| c.is_alphabetic()).len();
    if lead > 0 {
        // Letters first: a code ("BA287", "M25", "COVID19"), save a currency ("Rs500").
        return Some(if listed(not_names(), &w[..lead]) { "#num" } else { "#code" });
    }
    let digits = w.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    if digits.is_empty() {
        let year = w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1800..2100).contains(&y));
        return Some(if year { "#year" } else { "#num" });
    }
    // Digits then letters: an amount when a unit, scale or ordinal follows ("5bn", "3rd").
    Some(if digits.starts_with('\'') || listed(amount_suffixes(), digits) { "#num" } else { "#code" })
}

/// Whether the number at `i` (digits only) names something: "Boeing 737", "Max 9",
/// "Route 66", "Article 50" (after a capitalised word in mid-sentence that is no month,
/// weekday or currency, with no count or measure after it), "COVID-19", "F-35" (hyphened
/// to a word with a capital). Such a number picks out a thing, it does not count one.
fn names_at(words: &[&str], shapes: &[Shape], i: usize) -> bool {
    if i == 0 || !shapes[i].number {
        return false;
    }
    let (prev, word) = (&shapes[i - 1], words[i - 1]);
    let letters = !word.starts_with('#') && (prev.capital || prev.inner_capital);
    if !letters || prev.closed {
        return false;
    }
    match shapes[i].gap {
        // "COVID-19", "F-35", "MH-17"; "Under-18" at a sentence's start is an age.
        Gap::Hyphen => i > 1 || prev.inner_capital || word.chars().count() <= 2,
        Gap::Space => (i > 1 || prev.inner_capital) && !prev.possessive && !is_group(word) && !listed(not_names(), word) && !counted_after(words, shapes, i),
        _ => false,
    }
}

/// "Democrats", "Americans", "Britons": a plural before a number gives its share ("Democrats
/// 51, Republicans 49"). Not "Windows", "Sims": no plural of a group ends in -ws, -ms.
fn is_group(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() > 3 && b[b.len() - 1] == b's' && !matches!(b[b.len() - 2], b's' | b'u' | b'i' | b'w' | b'm' | b'\'')
}

/// Whether what follows the number at `i` makes it a count or a measure: a mark such as
/// "%" straight after it, a range ("52-48", "18 to 24"), "and older", or a counted word
/// ("40 people", "10 miles").
fn counted_after(words: &[&str], shapes: &[Shape], i: usize) -> bool {
    if shapes[i].closed {
        return false;
    }
    let Some(next) = shapes.get(i + 1) else { return false };
    let after = |k: usize| words.get(i + k).copied().unwrap_or("");
    match next.gap {
        Gap::Other(c) => matches!(c, '%' | '\u{2030}' | '\u{b0}' | '/'),
        Gap::Hyphen => after(1).starts_with('#'),
        Gap::Space => {
            let w = after(1);
            let range = matches!(w, "to" | "or" | "and") && after(2).starts_with('#');
            let age = w == "and" && matches!(after(2), "older" | "over" | "up" | "above" | "under" | "younger");
            let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") && !w.ends_with("'s");
            range || age || plural || listed(counted(), w)
        }
        Gap::Start => false,
    }
}

fn listed(list: &[&str], w: &str) -> bool {
    list.binary_search(&w).is_ok()
}

/// The lines of a word list, its header and blank lines left out.
fn list_of(src: &'static str) -> Vec<&'static str> {
    src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

fn not_names() -> &'static [&'static str] {
    static CELL: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| list_of(include_str!("folded_not_names.txt")))
}

fn amount_suffixes() -> &'static [&'static str] {
    static CELL: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| list_of(include_str!("folded_amount_suffixes.txt")))
}

fn counted() -> &'static [&'static str] {
    static CELL: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| list_of(include_str!("folded_counted.txt")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_fold_into_classes() {
        assert_eq!(tokens("We lost 70,000 jobs in 2016, or 4.9%."), ["we", "lost", "#num", "jobs", "in", "#year", "or", "#num"]);
        assert_eq!(tokens("Founded in 1750, it had 2200 beds, 2,100 in 1799."), ["founded", "in", "#num", "it", "had", "#num", "beds", "#num", "in", "#num"]);
    }

    #[test]
    fn clock_times_are_their_own_class() {
        assert_eq!(tokens("At 4:57 now, and 10:30: the vote."), ["at", "#time", "now", "and", "#time", "the", "vote"]);
    }

    #[test]
    fn curly_apostrophes_fold_to_straight() {
        assert_eq!(tokens("Don\u{2019}t \u{2018}go\u{2019}"), ["don't", "go"]);
        assert_eq!(tokens("'Quoted' O'NEILL's"), ["quoted", "o'neill's"]);
    }

    #[test]
    fn the_buffer_holds_what_the_strings_hold() {
        for s in ["", "?!", "Caf\u{e9} \u{130}stanbul's 4.9% ZA\u{df}", "1.2.3,4 ...", "-- A- 9", "\u{130}9 \u{130}\u{130} 9-"] {
            assert_eq!(Folded::of(s).words(), tokens(s), "{s:?}");
        }
    }

    #[test]
    fn letters_and_digits_mixed_are_codes() {
        assert_eq!(
            tokens("Flight BA287 took the A9, not the M25, to the G20."),
            ["flight", "#code", "took", "the", "#code", "not", "the", "#code", "to", "the", "#code"]
        );
        assert_eq!(tokens("H1N1 and 3D prints of COVID19"), ["#code", "and", "#code", "prints", "of", "#code"]);
    }

    #[test]
    fn numbers_with_units_written_on_stay_amounts() {
        assert_eq!(
            tokens("It cost $5bn, 10m and Rs500 in the 1990s; the 3rd at 9am, 100km."),
            ["it", "cost", "#num", "#num", "and", "#num", "in", "the", "#num", "the", "#num", "at", "#num", "#num"]
        );
    }

    #[test]
    fn numbers_in_names_are_codes() {
        for (s, at) in [
            ("The Boeing 737 Max 9 was grounded.", vec![2, 4]),
            ("Users of iOS 17 and Windows 11 complained.", vec![3, 6]),
            ("They invoked Article 50 and Section 230 of the act.", vec![3, 6]),
            ("The firm filed for Chapter 11 after Title 42 ended.", vec![5, 8]),
            ("Cases of COVID-19 and Covid-19 rose; the F-35 and MH-17 too.", vec![3, 6, 10, 13]),
            ("It was Apollo 11, on Route 66 and in Formula 1.", vec![3, 6, 10]),
            ("iOS 17 arrived today.", vec![1]),
        ] {
            let t = tokens(s);
            let codes: Vec<usize> = t.iter().enumerate().filter(|(_, w)| *w == "#code").map(|(i, _)| i).collect();
            assert_eq!(codes, at, "{s:?}: {t:?}");
        }
    }

    #[test]
    fn amounts_after_capitals_stay_numbers() {
        for s in [
            "It opened on March 15 and Friday 13, for Rs 500 or USD 40.",
            "In Texas 40 people died and Ohio 12 miles away.",
            "Americans 65 and older, Britons 18 to 24, and Democrats 51, Republicans 49.",
            "Biden 51% and the Senate 52-48 vote.",
            "Labour's 10 seats and Smith, 45, and Jan. 6.",
            "About 300 people came.",
            "Under-18 players and mid-2020 figures.",
            "The Boeing 737 jets.",
        ] {
            assert!(!tokens(s).contains(&"#code".to_string()), "{s:?}: {:?}", tokens(s));
        }
    }

    #[test]
    fn word_lists_are_sorted_lower_case_and_distinct() {
        for list in [not_names(), amount_suffixes(), counted()] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            assert!(list.iter().all(|w| *w == w.to_lowercase()));
        }
    }
}
