//! What the check-worthiness model sees of a sentence: hashed word and character n-grams,
//! and named signals that fact-checkers give as reasons (figures, comparisons, names,
//! attribution, tense and modality, first person, questions, opinion words …).
//!
//! The signals are computed here, from the text, with this module's own word lists
//! (`cues/*.txt`): no detector imports another. The trainer (`examples/train_claims.rs`)
//! and the scorer both call [`extract`], so they cannot drift apart.

use crate::detect::lexicon;
use crate::text::tokens::folded::Folded;
use crate::text::tokens::plain;

/// The hashed part of the model has `1 << HASH_BITS` weights.
pub const HASH_BITS: u32 = 16;
/// Number of hashed weights.
pub const BUCKETS: usize = 1 << HASH_BITS;

/// The named signals, in the order reasons are reported: each with the reason word a reader
/// is shown when it fires and pushes the score up (`None`: a signal, never a reason). A
/// reason is a fact about the sentence: "named" only for a name written in it, "public"
/// for a public body or policy topic (`cues/bodies.txt`: "unemployment" names nobody), and
/// no reason for the reporting-verb signal, which fires on "said" with nobody credited
/// ("He said no"): the claim finder says "attributed" from the credit it resolved.
/// The "superlative" signal's reason depends on its word ([`Features::reasons`]):
/// "comparison" for words that rank against others ("the largest"), "universal" for words
/// of all or none ("all", "never", "nobody"), "record" for a record ("unprecedented"), none
/// for "first", "last" or "only" alone. (One signal for all of them: split into four, the
/// cross-validated F1 and MAP were no better, issue 8, claims9.)
pub const SIGNALS: [(&str, Option<&str>); 28] = [
    ("figure", Some("figure")),
    ("money-or-percent", Some("figure")),
    ("figures-many", Some("figure")),
    ("year", None),
    ("date", None),
    ("quantity", Some("quantity")),
    ("hedge", None),
    ("comparison", Some("comparison")),
    ("superlative", None),
    ("statistic", Some("statistic")),
    ("record", Some("record")),
    ("named", Some("named")),
    ("named-many", Some("named")),
    ("body", Some("public")),
    ("attributed", None),
    ("past", None),
    ("modal", None),
    ("first-person", None),
    ("second-person", None),
    ("question", None),
    ("exclaim", None),
    ("opinion", None),
    ("pleasantry", None),
    ("len-tiny", None),
    ("len-short", None),
    ("len-mid", None),
    ("len-long", None),
    ("len-huge", None),
];

/// One sentence as the model sees it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Features {
    /// Indices into [`SIGNALS`], ascending, distinct.
    pub signals: Vec<usize>,
    /// (bucket, value) of the hashed n-grams; values of one kind sum to unit length.
    pub hashed: Vec<(u32, f32)>,
    /// (signal, reason word) for each reason a fired signal gives, in [`SIGNALS`] order:
    /// a reader is shown those whose signal raises the score.
    pub reasons: Vec<(usize, &'static str)>,
}

/// A sorted word list from `cues/`, with its `#` header lines left out.
struct Cues(Vec<&'static str>);

impl Cues {
    fn parse(src: &'static str) -> Cues {
        Cues(src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect())
    }
    fn contains(&self, w: &str) -> bool {
        self.0.binary_search(&w).is_ok()
    }
}

macro_rules! cue_lists {
    ($($name:ident => $file:literal),* $(,)?) => {
        $(
            fn $name() -> &'static Cues {
                static CELL: std::sync::OnceLock<Cues> = std::sync::OnceLock::new();
                CELL.get_or_init(|| Cues::parse(data_file!("detect/claims/", $file)))
            }
        )*
        #[cfg(test)]
        fn all_cues() -> Vec<(&'static str, &'static Cues)> {
            vec![$((stringify!($name), $name())),*]
        }
    };
}

cue_lists! {
    hedges => "cues/hedges.txt",
    comparatives => "cues/comparatives.txt",
    superlatives => "cues/superlatives.txt",
    universals => "cues/universals.txt",
    records => "cues/records.txt",
    ranks => "cues/ranks.txt",
    bodies => "cues/bodies.txt",
    reporting => "cues/reporting.txt",
    modals => "cues/modals.txt",
    first_person => "cues/first_person.txt",
    second_person => "cues/second_person.txt",
    opinion => "cues/opinion.txt",
    pleasantries => "cues/pleasantries.txt",
    past_irregular => "cues/past_irregular.txt",
    self_sources => "cues/self_sources.txt",
    negations => "cues/negations.txt",
    no_comment => "cues/no_comment.txt",
    weekdays => "cues/weekdays.txt",
    time_zones => "cues/time_zones.txt",
    false_superlatives => "cues/false_superlatives.txt",
}

/// Whether the sentence only says that someone gave no comment ("did not respond to a
/// request for comment", "could not be reached"): nothing in it to check.
pub fn declines_comment(sentence: &str) -> bool {
    declines_comment_in(&Folded::of(sentence))
}

/// [`declines_comment`] of a sentence of folded words `sentence`: a phrase counts when its
/// words come one after another among the sentence's (folded words hold no space, so this
/// is a search of the words joined by spaces). Each word looks up only the phrases it opens.
pub fn declines_comment_in(sentence: &Folded) -> bool {
    let words = sentence.words();
    let opening = no_comment_openings();
    (0..words.len()).any(|i| opening.get(words[i]).is_some_and(|phrases| phrases.iter().any(|p| words[i..].starts_with(p))))
}

/// The [`no_comment`] phrases cut into words, by their first word.
fn no_comment_openings() -> &'static rustc_hash::FxHashMap<&'static str, Vec<Vec<&'static str>>> {
    static CELL: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, Vec<Vec<&'static str>>>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| {
        let mut by_first = rustc_hash::FxHashMap::default();
        for p in &no_comment().0 {
            let words: Vec<&'static str> = p.split(' ').collect();
            by_first.entry(words[0]).or_insert_with(Vec::new).push(words);
        }
        by_first
    })
}

/// Whether the reporting cue is negated where the sentence uses it ("did not respond",
/// "declined to say", "wouldn't comment"): a statement not made reports nothing. Looks at
/// the three words before the cue's first word.
pub fn cue_is_negated(sentence: &str, cue: &str) -> bool {
    cue_is_negated_in(&Folded::of(sentence), cue)
}

/// [`cue_is_negated`] in a sentence of folded words `sentence`.
pub fn cue_is_negated_in(sentence: &Folded, cue: &str) -> bool {
    let words = sentence.words();
    let cue = Folded::of(cue);
    let Some(&first) = cue.words().first() else { return false };
    words
        .iter()
        .enumerate()
        .filter(|(_, w)| **w == first)
        .any(|(i, _)| words[i.saturating_sub(3)..i].iter().any(|w| w.ends_with("n't") || negations().contains(w)))
}

/// Whether a reported-speech source names someone outside the speaker ("the governor",
/// "Kennedy"), not "I've", "you" or "let me".
pub fn names_an_outside_source(source: &str) -> bool {
    source.split_whitespace().next().is_some_and(|w| !self_sources().contains(&w.to_lowercase()))
}

/// Whether the text talks in the first or second person ("I respect …", "let me", "as you
/// know"): the speaker's own talk, not a reporter's. Possessives ("my colleague", "our
/// nation") do not count: a reporter writes them too.
pub fn speaks_in_person(text: &str) -> bool {
    // An empty word is none of the lists' words, so plain words drop nothing that counted.
    plain::words(text, &['\'', '\u{2019}']).any(|raw| {
        // "US" is the country.
        let mut w = crate::text::words::lower(raw);
        if w.contains('\u{2019}') {
            w = w.replace('\u{2019}', "'").into();
        }
        raw != "US" && in_person_words().contains(&*w)
    })
}

/// The first- and second-person words that count for [`speaks_in_person`]: both lists
/// without the [`POSSESSIVES`], as one set (one hash probe a word).
fn in_person_words() -> &'static rustc_hash::FxHashSet<&'static str> {
    static CELL: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| first_person().0.iter().chain(&second_person().0).copied().filter(|w| !POSSESSIVES.contains(w)).collect())
}

/// First- and second-person words that [`speaks_in_person`] leaves out ("mine" is as
/// often the pit as the pronoun).
const POSSESSIVES: [&str; 9] = ["mine", "my", "our", "ours", "ourselves", "your", "yours", "yourself", "myself"];

/// Index of a named signal in [`SIGNALS`].
pub fn signal_index(name: &str) -> Option<usize> {
    SIGNALS.iter().position(|(n, _)| *n == name)
}

/// The features of one sentence.
pub fn extract(sentence: &str) -> Features {
    extract_folded(sentence, &Folded::of(sentence))
}

/// [`extract`] of a sentence already cut into its folded words.
pub fn extract_folded(sentence: &str, folded: &Folded) -> Features {
    let words = folded.words();
    let (signals, reasons) = signals(sentence, &words);
    Features { signals, hashed: hashed(sentence, &words), reasons }
}

/// The word lists [`signals`] asks about, each a bit of a [`Hits`] mask.
fn signal_lists() -> &'static [&'static [&'static str]; 18] {
    // Built once: `Hits::any` asks for the lists a dozen times a sentence.
    static CELL: std::sync::OnceLock<[&'static [&'static str]; 18]> = std::sync::OnceLock::new();
    CELL.get_or_init(|| {
        [
            &hedges().0,
            &comparatives().0,
            &superlatives().0,
            &universals().0,
            &records().0,
            &ranks().0,
            &bodies().0,
            &reporting().0,
            &modals().0,
            &first_person().0,
            &second_person().0,
            &opinion().0,
            &pleasantries().0,
            &past_irregular().0,
            lexicon::claim_quantity().entries(),
            lexicon::claim_statistic().entries(),
            lexicon::claim_record().entries(),
            lexicon::claim_attributed().entries(),
        ]
    })
}

/// Which of the [`signal_lists`] hold a word or a word pair of a sentence: one hash probe per
/// word and pair into a table of every list, instead of a search of every list for each.
struct Hits<'a> {
    mask: u32,
    words: &'a [&'a str],
}

/// A bit of a [`Hits`] table entry past the lists' bits: the word opens an entry of more
/// than one word, so the pair it starts is worth looking up.
const OPENS_A_PAIR: u32 = 1 << 31;

/// Every word and phrase of the [`signal_lists`] with the bits of the lists that hold it,
/// and [`OPENS_A_PAIR`] on each first word of a phrase.
fn hits_table() -> &'static rustc_hash::FxHashMap<&'static str, u32> {
    static TABLE: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, u32>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = rustc_hash::FxHashMap::default();
        for (bit, list) in signal_lists().iter().enumerate() {
            for e in list.iter() {
                *t.entry(*e).or_insert(0) |= 1 << bit;
                if let Some((first, _)) = e.split_once(' ') {
                    *t.entry(first).or_insert(0) |= OPENS_A_PAIR;
                }
            }
        }
        t
    })
}

impl<'a> Hits<'a> {
    fn of(words: &'a [&'a str]) -> Hits<'a> {
        let table = hits_table();
        let bits = |key: &str| table.get(key).copied().unwrap_or(0);
        let mut mask = 0;
        let mut pair = String::new();
        for (i, w) in words.iter().enumerate() {
            let own = bits(w);
            mask |= own & !OPENS_A_PAIR;
            // A pair is built and looked up only after a word some phrase opens with: most
            // words open none.
            if let Some(next) = words.get(i + 1).filter(|_| own & OPENS_A_PAIR != 0) {
                pair.clear();
                pair.push_str(w);
                pair.push(' ');
                pair.push_str(next);
                mask |= bits(&pair) & !OPENS_A_PAIR;
            }
        }
        Hits { mask, words }
    }

    /// Whether a word or pair is in `list` (sorted): its bit when it is one of
    /// [`signal_lists`], else a search of it.
    fn any(&self, list: &[&'static str]) -> bool {
        match signal_lists().iter().position(|l| std::ptr::eq(*l, list)) {
            Some(bit) => self.mask & (1 << bit) != 0,
            None => {
                let found = |w: &str| list.binary_search(&w).is_ok();
                self.words.iter().any(|w| found(w)) || self.words.windows(2).any(|w| found(&format!("{} {}", w[0], w[1])))
            }
        }
    }
}

/// Which named signals a sentence shows, and the reasons they give.
fn signals(sentence: &str, words: &[&str]) -> (Vec<usize>, Vec<(usize, &'static str)>) {
    let hits = Hits::of(words);
    let any = |list: &Cues| hits.any(&list.0);
    let lex = |list: &lexicon::Lexicon| hits.any(list.entries());
    // A day of the month or a clock time ("March 14", "9 a.m.") says when, not how much.
    let numbers = (0..words.len()).filter(|&i| words[i] == "#num" && !says_when(words, i)).count();
    let mut on: Vec<&str> = Vec::new();
    let mut set = |cond: bool, name: &'static str| {
        if cond {
            on.push(name);
        }
    };
    set(numbers > 0, "figure");
    set(sentence.contains(['%', '$', '\u{20ac}', '\u{a3}']) || words.iter().any(|w| *w == "percent" || *w == "dollars"), "money-or-percent");
    set(numbers > 1, "figures-many");
    set(words.contains(&"#year"), "year");
    set(words.contains(&"#time") || (0..words.len()).any(|i| words[i] == "#num" && says_when(words, i)), "date");
    set(lex(lexicon::claim_quantity()), "quantity");
    set(any(hedges()), "hedge");
    set(any(comparatives()) || words.iter().any(|w| is_comparative(w)), "comparison");
    // One signal, a reason by its kind of word: "every" compares nothing.
    let ranked = [
        (any(superlatives()) || words.iter().any(|w| is_superlative(w)), Some("comparison")),
        (any(universals()), Some("universal")),
        (any(records()), Some("record")),
        (any(ranks()), None),
    ];
    set(ranked.iter().any(|r| r.0), "superlative");
    set(lex(lexicon::claim_statistic()), "statistic");
    set(lex(lexicon::claim_record()), "record");
    let names = inner_capitals(sentence);
    set(names > 0, "named");
    set(names > 2, "named-many");
    set(any(bodies()), "body");
    set(any(reporting()) || lex(lexicon::claim_attributed()), "attributed");
    set(any(past_irregular()) || words.iter().any(|w| w.len() > 4 && w.ends_with("ed")), "past");
    set(any(modals()), "modal");
    set(any(first_person()), "first-person");
    set(any(second_person()), "second-person");
    let trimmed = sentence.trim_end().trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')']);
    set(trimmed.ends_with('?'), "question");
    set(trimmed.ends_with('!'), "exclaim");
    set(any(opinion()), "opinion");
    set(any(pleasantries()), "pleasantry");
    set(true, length_bucket(words.len()));
    let mut out: Vec<usize> = on.iter().filter_map(|n| signal_index(n)).collect();
    out.sort_unstable();
    out.dedup();
    let superlative = signal_index("superlative");
    let mut reasons = Vec::new();
    for &i in &out {
        if Some(i) == superlative {
            reasons.extend(ranked.iter().filter(|r| r.0).filter_map(|r| r.1).map(|r| (i, r)));
        } else if let Some(r) = SIGNALS[i].1 {
            reasons.push((i, r));
        }
    }
    (out, reasons)
}

fn length_bucket(words: usize) -> &'static str {
    match words {
        0..=3 => "len-tiny",
        4..=8 => "len-short",
        9..=20 => "len-mid",
        21..=40 => "len-long",
        _ => "len-huge",
    }
}

/// "earlier", "riskier": a regular -ier comparative (short stems like "never", "other" aside;
/// other comparatives are listed in `cues/comparatives.txt`).
fn is_comparative(w: &str) -> bool {
    w.len() > 5 && w.ends_with("ier")
}

/// "highest", "largest": a regular superlative; not a word that only ends like one
/// ("inquest", "northwest", "harvest", "unrest").
fn is_superlative(w: &str) -> bool {
    w.len() > 5 && w.ends_with("est") && !false_superlatives().0.iter().any(|s| w.ends_with(s))
}

/// Capitalised words after the first: names of people, places and bodies. Not the words
/// of a calendar or a clock ("set for March 14", "open Friday at 9 a.m. Pacific"): they
/// are capitalised, yet name no one.
fn inner_capitals(sentence: &str) -> usize {
    let raw: Vec<&str> = sentence.split_whitespace().collect();
    (1..raw.len())
        .filter(|&i| {
            let w = raw[i].trim_matches(|c: char| !c.is_alphanumeric());
            w.len() > 1 && w.chars().next().is_some_and(char::is_uppercase) && w != "I'm" && w != "I've" && !names_a_time(w, raw[i - 1])
        })
        .count()
}

/// Whether a folded word names a month or a weekday.
pub fn is_calendar_word(w: &str) -> bool {
    lexicon::months().entry_for_key(w).is_some() || weekdays().contains(w)
}

/// The reason words the signals of a sentence give, whatever the model's weights (one
/// word once): what the sentence shows a reader, without scoring it.
pub fn reason_words(sentence: &str, words: &[&str]) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = signals(sentence, words).1.into_iter().map(|r| r.1).collect();
    out.dedup();
    out
}

/// Whether the capitalised word `w` (after the word `before`, as written) is a month, a
/// weekday, or a time zone after a clock time ("9 a.m. Pacific", "noon ET").
fn names_a_time(w: &str, before: &str) -> bool {
    // Lower-cased without an allocation when the key is the whole word in lower case
    // (no full stop or possessive cut): this is asked of every capitalised word.
    let key = crate::text::tokens::words::key(w);
    let owned;
    let lower = if key.len() == w.len() {
        key.as_str()
    } else {
        owned = w.to_lowercase();
        owned.as_str()
    };
    is_calendar_word(lower) || (time_zones().contains(lower) && is_clock_word(before))
}

/// Whether a word as written ends a clock time: "a.m.", "pm", "noon", "10:30", "9am".
fn is_clock_word(raw: &str) -> bool {
    let w = raw.trim_end_matches([',', ';']).to_lowercase();
    let bare = w.trim_start_matches(|c: char| c.is_ascii_digit());
    let bare = bare.strip_prefix(':').map_or(bare, |rest| rest.trim_start_matches(|c: char| c.is_ascii_digit()));
    matches!(bare, "a.m." | "p.m." | "am" | "pm" | "a.m" | "p.m" | "noon" | "midnight" | "o'clock") || (bare.is_empty() && w.contains(':'))
}

/// Words before a day of the month: "on 14 May", "by 3 March".
const TIME_PREPOSITIONS: [&str; 8] = ["after", "before", "by", "from", "on", "since", "till", "until"];

/// Whether the `#num` at `i` of the folded words says when, not how much: a day of the
/// month next to its month ("March 14", "14 March", "the 4th of July", "Sept. 12-16") or a
/// clock time ("9 a.m.", "10 pm", "6 o'clock").
pub fn says_when(words: &[&str], i: usize) -> bool {
    let at = |k: usize| words.get(k).copied().unwrap_or("");
    let month = |k: usize| lexicon::months().entry_for_key(at(k)).is_some();
    let before = i.checked_sub(1);
    let month_before = before.is_some_and(|b| month(b) || (at(b) == "#num" && b > 0 && month(b - 1)));
    // "May" and "March" are verbs too ("300 may have died", "5,000 march"): after a number
    // they make a date only after a word of time ("on 14 May") or before a year.
    let verb_month = |k: usize| matches!(at(k), "may" | "march");
    let dated = |k: usize| month(k) && (!verb_month(k) || at(k + 1) == "#year" || before.is_some_and(|b| TIME_PREPOSITIONS.contains(&at(b))));
    let month_after = dated(i + 1) || (at(i + 1) == "of" && dated(i + 2));
    let clock_after = matches!((at(i + 1), at(i + 2)), ("a" | "p", "m") | ("am" | "pm" | "o'clock", _));
    month_before || month_after || clock_after
}

/// FNV-1a over a kind tag and the text, folded into [`BUCKETS`].
fn bucket(kind: u8, parts: &[&str]) -> u32 {
    let mut h = Fnv::new(kind);
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            h.eat(b' ');
        }
        p.bytes().for_each(|b| h.eat(b));
    }
    h.bucket()
}

/// The FNV-1a state of [`bucket`].
struct Fnv(u32);

/// A salt for the hashed buckets: 0 (none) in the product. The trainer's `--quick=N`
/// sets others to measure a change as the mean over several hashings: which n-grams
/// collide moves the cross-validated F1 by a few thousandths, as much as many changes gain.
static HASH_SEED: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

/// Sets the salt of the hashed buckets (the trainer's measurement over hash seeds only;
/// a model trained under another salt does not fit the product).
#[doc(hidden)]
pub fn set_hash_seed(seed: u32) {
    HASH_SEED.store(seed, std::sync::atomic::Ordering::Relaxed);
}

impl Fnv {
    fn new(kind: u8) -> Fnv {
        let mut h = Fnv(0x811c_9dc5);
        h.eat(kind);
        // Seed 0 leaves the product's buckets as they were.
        let seed = HASH_SEED.load(std::sync::atomic::Ordering::Relaxed);
        if seed != 0 {
            seed.to_le_bytes().into_iter().for_each(|b| h.eat(b));
        }
        h
    }
    fn eat(&mut self, b: u8) {
        self.0 ^= b as u32;
        self.0 = self.0.wrapping_mul(0x0100_0193);
    }
    /// Fold the high bits in: FNV's low bits alone mix poorly.
    fn bucket(&self) -> u32 {
        (self.0 ^ (self.0 >> HASH_BITS)) & (BUCKETS as u32 - 1)
    }
}

/// `buckets` sorted and without repeats, as `sort_unstable` then `dedup` leave them: a long
/// list through a bitmap of every bucket ([`distinct_into`]), which costs a fraction of a
/// sort; a short one sorted.
fn sort_distinct(buckets: &mut Vec<u32>) {
    if buckets.len() < 64 {
        buckets.sort_unstable();
        buckets.dedup();
        return;
    }
    let list = std::mem::take(buckets);
    distinct_into(buckets, |set| list.iter().for_each(|&b| set.add(b)));
}

/// A bitmap of every bucket, and a second level that marks the bitmap's words in use, so
/// reading it skips the empty ones (a sentence's grams touch a few hundred of its 1024 words).
struct Bitmap<'a> {
    bits: &'a mut [u64; BUCKETS / 64],
    used: &'a mut [u64; BUCKETS / 4096],
}

impl Bitmap<'_> {
    fn add(&mut self, b: u32) {
        // Buckets are folded below BUCKETS; the mask keeps an index in range regardless.
        let b = b as usize & (BUCKETS - 1);
        self.bits[b / 64] |= 1 << (b % 64);
        self.used[b / 4096] |= 1 << (b / 64 % 64);
    }
}

/// `out` set to the buckets that `fill` adds, sorted and without repeats, read off a
/// [`Bitmap`]: a sentence's character grams (hundreds) go straight in, with no list to
/// sort or to read twice.
fn distinct_into(out: &mut Vec<u32>, fill: impl FnOnce(&mut Bitmap<'_>)) {
    thread_local! {
        // One bitmap a thread, cleared as it is read: not 4 KB set to zero per sentence.
        static BITS: std::cell::RefCell<([u64; BUCKETS / 64], [u64; BUCKETS / 4096])> = const { std::cell::RefCell::new(([0; BUCKETS / 64], [0; BUCKETS / 4096])) };
    }
    BITS.with(|cell| {
        let (bits, used) = &mut *cell.borrow_mut();
        fill(&mut Bitmap { bits, used });
        out.clear();
        for (u, slot) in used.iter_mut().enumerate() {
            let mut words = std::mem::take(slot);
            while words != 0 {
                let i = u * 64 + words.trailing_zeros() as usize;
                words &= words - 1;
                let mut word = std::mem::take(&mut bits[i]);
                while word != 0 {
                    out.push((i * 64) as u32 + word.trailing_zeros());
                    word &= word - 1;
                }
            }
        }
    })
}

/// Word unigrams and bigrams (with the sentence's edges), and character 3- to 5-grams
/// inside words; each kind weighs one in all, so long sentences do not shout.
fn hashed(sentence: &str, words: &[&str]) -> Vec<(u32, f32)> {
    let mut unigrams: Vec<u32> = words.iter().map(|w| bucket(b'w', &[w])).collect();
    let mut bigrams: Vec<u32> = Vec::with_capacity(words.len() + 1);
    let edged: Vec<&str> = std::iter::once("^").chain(words.iter().copied()).chain(std::iter::once("$")).collect();
    for pair in edged.windows(2) {
        bigrams.push(bucket(b'b', pair));
    }
    let mut grams = Vec::new();
    let mut padded: Vec<char> = Vec::new();
    let mut ascii: Vec<u8> = Vec::new();
    // Every gram's hash starts from the same state: set once, not per gram start.
    let start_state = Fnv::new(b'c');
    distinct_into(&mut grams, |set| {
        for word in plain::words(sentence, &['\'']) {
            if word.is_ascii() {
                // The same grams over bytes: an ASCII char lower-cases to one byte.
                ascii.clear();
                ascii.push(b' ');
                ascii.extend(word.bytes().map(|b| if b.is_ascii_digit() { b'0' } else { b.to_ascii_lowercase() }));
                ascii.push(b' ');
                // FNV-1a reads left to right, so the 3-, 4- and 5-gram at one start are one
                // running hash read at three lengths: the same buckets as hashing each window
                // (the order differs, and the bitmap makes it irrelevant).
                for start in 0..ascii.len() {
                    let mut h = Fnv(start_state.0);
                    for (n, &b) in ascii[start..].iter().take(5).enumerate() {
                        h.eat(b);
                        if n >= 2 {
                            set.add(h.bucket());
                        }
                    }
                }
                continue;
            }
            padded.clear();
            padded.push(' ');
            padded.extend(word.chars().flat_map(char::to_lowercase).map(|c| if c.is_ascii_digit() { '0' } else { c }));
            padded.push(' ');
            let mut utf8 = [0u8; 4];
            for start in 0..padded.len() {
                let mut h = Fnv(start_state.0);
                for (n, c) in padded[start..].iter().take(5).enumerate() {
                    c.encode_utf8(&mut utf8).bytes().for_each(|b| h.eat(b));
                    if n >= 2 {
                        set.add(h.bucket());
                    }
                }
            }
        }
    });
    sort_distinct(&mut unigrams);
    sort_distinct(&mut bigrams);
    let mut out = Vec::with_capacity(unigrams.len() + bigrams.len() + grams.len());
    for group in [&unigrams, &bigrams, &grams] {
        let v = 1.0 / (group.len().max(1) as f32).sqrt();
        out.extend(group.iter().map(|&b| (b, v)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::folded::tokens;

    fn names(sentence: &str) -> Vec<&'static str> {
        extract(sentence).signals.iter().map(|&i| SIGNALS[i].0).collect()
    }

    /// The bitmap leaves what a sort and a dedup leave, for short and long lists alike.
    #[test]
    fn sort_distinct_agrees_with_sort_and_dedup() {
        let mut x: u32 = 12345;
        for len in [0, 1, 5, 63, 64, 65, 300, 2000] {
            let list: Vec<u32> = (0..len)
                .map(|_| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    (x >> 7) % if len > 100 { BUCKETS as u32 } else { 40 }
                })
                .collect();
            let mut want = list.clone();
            want.sort_unstable();
            want.dedup();
            let mut got = list;
            sort_distinct(&mut got);
            assert_eq!(got, want, "{len}");
        }
        let mut edges = vec![BUCKETS as u32 - 1, 0, 63, 64, 0, BUCKETS as u32 - 1];
        edges.extend(0..64);
        sort_distinct(&mut edges);
        assert_eq!(edges, (0..65).chain([BUCKETS as u32 - 1]).collect::<Vec<_>>());
    }

    #[test]
    fn clock_times_are_no_figures() {
        for s in ["4:57 now, and a check on the markets.", "The meeting ends at 10:30."] {
            let f = extract(s);
            assert!(!f.signals.contains(&signal_index("figure").unwrap()), "{s}");
        }
    }

    /// A day of the month or a clock time says when, not how much (newcomer13: "Sentencing
    /// is set for March 14." and "Pre-orders open Friday at 9 a.m. Pacific." gave "figure"):
    /// no "figure" signal, and no reason; an amount beside a date still gives one.
    #[test]
    fn days_of_the_month_and_clock_times_are_no_figures() {
        let figure = signal_index("figure").unwrap();
        for s in [
            "Sentencing is set for March 14.",
            "Pre-orders open Friday at 9 a.m. Pacific.",
            "The hearing resumes on 3 June.",
            "Polls close at 8 p.m. Eastern on Nov. 5.",
            "The survey was conducted Sept. 12-16.",
            "Doors open at 7 pm and the show starts at 10 o'clock.",
            "Parliament returns on the 4th of July.",
            "The deadline is 14 May 2025.",
        ] {
            let f = extract(s);
            assert!(!f.signals.contains(&figure), "{s}");
            assert!(!f.reasons.iter().any(|r| r.1 == "figure"), "{s}");
        }
        for s in [
            "Sales rose 12 percent in March.",
            "On March 14, police arrested 23 people.",
            "As many as 300 may have died in the floods.",
            "Some 5,000 march through the capital every May.",
            "The plant employed 900 workers until 2020.",
        ] {
            assert!(extract(s).signals.contains(&figure), "{s}");
        }
    }

    /// A month, a weekday, or a time zone after a clock time is capitalised, yet names no
    /// person, place or body: no "named".
    #[test]
    fn calendar_words_and_time_zones_are_no_names() {
        for s in [
            "Sentencing is set for March 14.",
            "Pre-orders open Friday at 9 a.m. Pacific.",
            "The trial resumes on Monday, Oct. 4.",
            "Results are expected after 10 p.m. ET on Tuesday.",
            "The market reopens at 08:00 GMT on Wednesday.",
        ] {
            assert_eq!(inner_capitals(s), 0, "{s}");
            assert!(!extract(s).reasons.iter().any(|r| r.1 == "named"), "{s}");
        }
        for (s, n) in [
            ("The Pacific fleet sailed on Friday.", 1),
            ("Prime Minister Theresa May resigned in May.", 2),
            ("Shares of Union Pacific fell on Monday.", 2),
            ("The Sun reported the story on Sunday.", 1),
            ("Eastern Airlines cut 300 jobs.", 1),
        ] {
            assert_eq!(inner_capitals(s), n, "{s}");
        }
    }

    /// A number that names something (issue 8: "Boeing 737 Max 9", "BA287", "the A9")
    /// gives no "figure"; an amount beside such a name still does.
    #[test]
    fn codes_and_model_names_are_no_figures() {
        let figure = signal_index("figure").unwrap();
        for s in [
            "The Boeing 737 Max 9 was grounded on Friday.",
            "Flight BA287 was diverted.",
            "The A9 near Perth was closed.",
            "Regulators debated Section 230 and the F-35.",
        ] {
            assert!(!extract(s).signals.contains(&figure), "{s}");
        }
        for s in ["The A9 crash left 3 people dead.", "Flight BA287 carried 214 passengers.", "The FTSE 100 fell 2%."] {
            assert!(extract(s).signals.contains(&figure), "{s}");
        }
    }

    #[test]
    fn first_and_second_person_sources_are_not_outside_sources() {
        for s in ["Kennedy", "the governor", "The Labor Department", "Sen. Warren"] {
            assert!(names_an_outside_source(s), "{s}");
        }
        for s in ["I've", "You", "Let me", "we", ""] {
            assert!(!names_an_outside_source(s), "{s}");
        }
    }

    #[test]
    fn first_and_second_person_talk_is_the_speakers_own() {
        for s in ["I respect what the governor said.", "As Kennedy will tell you, it failed.", "Let\u{2019}s see what we\u{2019}ve got."] {
            assert!(speaks_in_person(s), "{s}");
        }
        for s in [
            "The governor said taxes rose.",
            "Officials told reporters the plant would close.",
            "Mine workers say it is unsafe.",
            "US officials said it.",
            "My colleague Ann Lee reported it.",
        ] {
            assert!(!speaks_in_person(s), "{s}");
        }
    }

    /// The mask of a sentence is what a lookup of every word and every pair of words gives:
    /// a pair is skipped only when no phrase opens with its first word.
    #[test]
    fn hits_find_every_word_and_pair_a_full_lookup_finds() {
        let table = hits_table();
        let full = |words: &[&str]| {
            let lists = |k: &str| table.get(k).copied().unwrap_or(0) & !OPENS_A_PAIR;
            words.iter().fold(0, |m, w| m | lists(w)) | words.windows(2).fold(0, |m, p| m | lists(&format!("{} {}", p[0], p[1])))
        };
        let phrases: Vec<&str> = signal_lists().iter().flat_map(|l| l.iter().copied()).filter(|e| e.contains(' ')).collect();
        assert!(!phrases.is_empty(), "some list holds a phrase of two words");
        let mut sentences: Vec<String> = phrases.iter().map(|p| format!("the {p} rose by #num percent")).collect();
        sentences.extend(["", "more", "the largest rise since #year", "i think we should have said so"].map(String::from));
        for s in &sentences {
            let words: Vec<&str> = s.split(' ').filter(|w| !w.is_empty()).collect();
            assert_eq!(Hits::of(&words).mask, full(&words), "{s}");
        }
        assert!(phrases.iter().all(|p| table.get(p.split(' ').next().unwrap_or("")).is_some_and(|b| b & OPENS_A_PAIR != 0)));
    }

    #[test]
    fn signals_name_what_the_sentence_shows() {
        let s = names("Taxes rose more than 3% since 2010, the highest in Ohio.");
        for want in ["figure", "money-or-percent", "year", "hedge", "comparison", "superlative", "named", "past", "len-mid"] {
            assert!(s.contains(&want), "{want} missing from {s:?}");
        }
        let q = names("Will you tell us what you think?");
        for want in ["question", "modal", "second-person", "first-person", "opinion"] {
            assert!(q.contains(&want), "{want} missing from {q:?}");
        }
        assert!(!q.contains(&"figure"));
        assert!(names("Thank you so much, everybody.").contains(&"pleasantry"));
        assert!(names("The senate voted against the bill, the report said.").contains(&"attributed"));
    }

    #[test]
    fn words_that_only_look_like_degrees_are_not() {
        assert!(!is_superlative("interest") && !is_superlative("honest") && is_superlative("largest"));
        for w in ["inquest", "request", "conquest", "northwest", "midwest", "harvest", "unrest", "budapest", "manifest", "bequest"] {
            assert!(!is_superlative(w), "{w}");
        }
        for w in ["latest", "greatest", "hottest", "fattest", "richest", "cheapest", "strongest", "lowest", "slowest", "nearest", "biggest"] {
            assert!(is_superlative(w), "{w}");
        }
        assert!(!is_comparative("never") && is_comparative("earlier") && comparatives().contains("cheaper"));
    }

    /// The table of every list and the byte-wise n-gram hashing give what a search of each
    /// list and a hash of each gram's string gave.
    #[test]
    fn fast_lookups_agree_with_plain_ones() {
        let sentences = [
            "Taxes rose more than 3% since 2010, the highest in Ohio, according to the report.",
            "Will you tell us what you think? Thank you so much, everybody.",
            "Caf\u{e9} \u{1F600} \u{130}stanbul's 4.9% ZA\u{df} o'neill",
            "",
        ];
        for s in sentences {
            let lowered = Folded::of(s);
            let words = lowered.words();
            assert_eq!(words, tokens(s), "{s}");
            let hits = Hits::of(&words);
            for list in signal_lists().iter() {
                let pairs: Vec<String> = words.windows(2).map(|w| format!("{} {}", w[0], w[1])).collect();
                let want = words.iter().copied().chain(pairs.iter().map(String::as_str)).any(|w| list.binary_search(&w).is_ok());
                assert_eq!(hits.any(list), want, "{s}");
            }
            let mut grams = Vec::new();
            for word in s.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()) {
                let padded: Vec<char> = std::iter::once(' ')
                    .chain(word.chars().flat_map(char::to_lowercase).map(|c| if c.is_ascii_digit() { '0' } else { c }))
                    .chain(std::iter::once(' '))
                    .collect();
                for n in 3..=5 {
                    for g in padded.windows(n) {
                        grams.push(bucket(b'c', &[&g.iter().collect::<String>()]));
                    }
                }
            }
            grams.sort_unstable();
            grams.dedup();
            let ours: Vec<u32> = hashed(s, &words).into_iter().map(|(b, _)| b).collect();
            assert!(grams.iter().all(|g| ours.contains(g)), "{s}");
        }
        assert!(signal_lists().iter().all(|l| l.is_sorted()), "the fallback search needs sorted lists");
    }

    #[test]
    fn hashed_features_are_in_range_distinct_and_unit_per_kind() {
        let f = extract("The deficit doubled, the deficit doubled.");
        assert!(f.hashed.iter().all(|&(b, v)| (b as usize) < BUCKETS && v > 0.0 && v <= 1.0));
        let total: f32 = f.hashed.iter().map(|(_, v)| v * v).sum();
        assert!((total - 3.0).abs() < 1e-3, "three kinds of unit length: {total}");
        assert_eq!(extract("Same words."), extract("Same words."));
        assert_ne!(extract("Taxes rose.").hashed, extract("Taxes fell.").hashed);
    }

    /// The word-for-word phrase lookup gives what the search of the joined tokens gives:
    /// every phrase in several cases and spellings, inside other words and cut short.
    #[test]
    fn no_comment_lookup_agrees_with_the_token_search() {
        let search = |s: &str| {
            let joined = format!(" {} ", tokens(s).join(" "));
            no_comment().0.iter().any(|p| joined.contains(&format!(" {p} ")))
        };
        assert!(no_comment().0.iter().all(|p| p.split(' ').all(|w| !w.is_empty())), "phrases are words one space apart");
        let mut texts: Vec<String> = vec!["".into(), "The city spent $4 million.".into(), "CommentS were RESPONDED to.".into()];
        for p in &no_comment().0 {
            texts.push(format!("Smith {p} on Monday."));
            texts.push(p.to_uppercase());
            texts.push(p.replace(' ', ", "));
            texts.push(p.replace('\'', "\u{2019}").replace('c', "C"));
            texts.push(p.replace('e', "\u{e9}"));
            texts.push(p.split(' ').next().unwrap_or("").to_string());
            texts.push(p.rsplit_once(' ').map_or("", |(head, _)| head).to_string());
            texts.push(format!("x{p}x"));
        }
        for t in &texts {
            assert_eq!(declines_comment(t), search(t), "{t:?}");
        }
        assert!(declines_comment("Smith could not be reached for comment."));
    }

    #[test]
    fn empty_and_odd_text_extract_without_panic() {
        for s in ["", " ", "?!", "\u{1F600}\u{301}", "'''", "1.2.3,4"] {
            let f = extract(s);
            assert!(f.signals.iter().all(|&i| i < SIGNALS.len()));
        }
    }

    #[test]
    fn cue_lists_are_sorted_lower_case_and_distinct() {
        for (name, list) in all_cues() {
            assert!(!list.0.is_empty(), "{name}");
            for pair in list.0.windows(2) {
                assert!(pair[0] < pair[1], "{name}: {pair:?} unsorted or repeated");
            }
            assert!(list.0.iter().all(|w| w.to_lowercase() == *w), "{name} has capitals");
        }
    }

    #[test]
    fn every_signal_has_a_distinct_name() {
        let mut n: Vec<&str> = SIGNALS.iter().map(|s| s.0).collect();
        n.sort_unstable();
        n.dedup();
        assert_eq!(n.len(), SIGNALS.len());
    }
}
