//! Key terms of a sentence for a search query: its names, its numbers and its content nouns,
//! in the order the sentence gives them — never its first words cut mid-clause, never a
//! pronoun or a reporting verb.

use crate::detect::lexicon;
use crate::text::tokens::terms::{each_bare_word, tokens, Token};
use crate::text::words::{eq_lower, lower as to_lower};
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

/// What kind of term a candidate is; a query picks kinds in the order its search needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// A run of capitalised words ("Immigration and Customs Enforcement", "Miami").
    Name,
    /// A number as written, with its sign, unit mark or scale word ("$1.2 billion", "4.8%").
    Number,
    /// A content word that reads as a noun ("the operation", "raids", "deportation").
    Noun,
    /// Any other content word ("delayed", "illegal").
    Word,
}

#[derive(Clone, Debug)]
struct Candidate {
    text: String,
    class: Class,
    /// Its place in the sentence, for keeping the sentence's order.
    order: usize,
    /// Its byte offset in the sentence, for picking the terms nearest a figure.
    at: usize,
    words: usize,
}

/// The candidate terms of one sentence.
#[derive(Clone, Debug)]
pub(crate) struct Terms {
    candidates: Vec<Candidate>,
}

const NAME_JOINERS: [&str; 4] = ["of", "for", "de", "&"];
/// Stop words that open a place's name when a capitalised name word follows ("New York",
/// "North Carolina", "Great Britain"); alone they are no search term.
const NAME_OPENERS: [&str; 7] = ["new", "north", "south", "east", "west", "great", "old"];
const DETERMINERS: [&str; 25] = [
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "any", "all", "some", "no", "every", "each",
    "several", "many", "few", "most", "other",
];
const NOUN_SUFFIXES: [&str; 10] = ["tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ship", "ure"];

fn stop_words() -> &'static [&'static str] {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| super::table::rows_of(data_file!("hints/stop_words.txt"), 1).map(|r| r[0]).collect())
}

/// The stop words as a set: a hash probe, not a scan of the list, for each capitalised word.
fn stop_word_set() -> &'static HashSet<&'static str> {
    static CELL: OnceLock<HashSet<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| stop_words().iter().copied().collect())
}

/// A word that makes no search term on its own: function words, pronouns, reporting verbs,
/// weekdays, months and the like.
pub(crate) fn is_stop(lower: &str) -> bool {
    // The four lists as one set: one hash probe a word, for nearly every word of a sentence.
    static CELL: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let all = CELL.get_or_init(|| {
        let lists = [lexicon::function_words(), lexicon::pronouns(), lexicon::reporting_verbs()];
        lists.iter().flat_map(|l| l.entries().iter().copied()).chain(stop_words().iter().copied()).collect()
    });
    all.contains(lower)
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn has_digit(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_digit())
}

fn is_scale(lower: &str) -> bool {
    matches!(lower, "hundred" | "thousand" | "million" | "billion" | "trillion" | "percent" | "per cent")
}

/// Whether the word after a number says what the number is, so a query keeps it with the
/// number: a scale ("crore", "lakhs"), a unit ("pc", "km", "basis") or a stretch of time
/// ("50 years", "43 days"). Without it "₹45 lakh" would be searched as 45.
fn belongs_to_number(lower: &str) -> bool {
    let singular = lower.strip_suffix('s').unwrap_or(lower);
    is_scale(lower)
        || lexicon::scale_words().entry_for_key(singular).is_some()
        || lexicon::units().entry_for_key(lower).is_some()
        || lexicon::units().starting_with_word(lower).next().is_some()
        || lexicon::time_nouns().contains(lower)
}

fn noun_suffix(lower: &str) -> bool {
    NOUN_SUFFIXES.iter().any(|s| lower.len() > s.len() + 2 && lower.ends_with(s))
}

/// Endings of words that modify the noun after them ("renowned", "national", "famous").
const ADJECTIVE_ENDINGS: [&str; 12] = ["ed", "al", "ous", "ive", "ful", "ic", "able", "ible", "ish", "less", "ant", "ent"];

/// Whether a content word reads as a noun: after a determiner ("the operation"), after a
/// possessive ("the city's police"), after a determiner and a modifier ("the renowned
/// museum"), a plural, or a noun suffix ("deportation") — but not a participle.
fn nounish(lower: &str, prev: Option<&Token<'_>>, prev2: Option<&Token<'_>>) -> bool {
    let determiner = |t: Option<&Token<'_>>| t.is_some_and(|p| DETERMINERS.contains(&&*to_lower(p.text)));
    let after_possessive = prev.is_some_and(|p| p.possessive);
    let modified = determiner(prev2) && prev.is_some_and(|p| ADJECTIVE_ENDINGS.iter().any(|e| p.text.len() > e.len() + 2 && p.text.ends_with(e)));
    let plural = lower.len() > 3 && lower.ends_with('s') && !["ss", "us", "is"].iter().any(|s| lower.ends_with(s));
    // "the renowned museum", "its threatened": a participle, not the noun after it.
    let participle = lower.len() > 4 && lower.ends_with("ed") && !lower.ends_with("eed");
    (determiner(prev) || after_possessive || modified || plural || noun_suffix(lower)) && !participle
}

fn content_word(lower: &str) -> bool {
    lower.chars().nth(2).is_some() && lower.chars().all(|c| c.is_alphabetic() || c == '-') && !(lower.len() > 4 && lower.ends_with("ly")) && !is_stop(lower)
}

impl Terms {
    /// The candidate terms of `text`.
    #[cfg(test)]
    pub(crate) fn of(text: &str) -> Terms {
        Terms::in_article(text, &HashSet::default())
    }

    /// The candidate terms of `text`, where `common` holds the words the article also writes
    /// in lower case: a capitalised first word that is one of them ("Crime has fallen") is a
    /// common word, not a name.
    pub(crate) fn in_article(text: &str, common: &HashSet<String>) -> Terms {
        let toks = tokens(without_dateline(text));
        let offset = |t: &Token<'_>| t.text.as_ptr() as usize - text.as_ptr() as usize;
        let mut candidates = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let t = &toks[i];
            let lower = to_lower(t.text);
            if let Some(end) = clock_time_end(text, &toks, i) {
                // "12:50", "5:24 p.m.": one time as written, not "12 50".
                let from = offset(t);
                let last = &toks[end - 1];
                let text = text[from..clock_time_text_end(text, last, offset(last))].to_string();
                candidates.push(Candidate { text, class: Class::Number, order: i, at: from, words: 1 });
                i = end;
            } else if has_digit(t.text) {
                let mut end = i + 1;
                // One word that says what the number is, and a second for a two-word unit
                // ("3 basis points").
                let joins = |k: usize, test: &dyn Fn(&str) -> bool| toks.get(k).is_some_and(|n| !n.break_before && test(&to_lower(n.text)));
                if joins(end, &belongs_to_number) {
                    let first = to_lower(toks[end].text);
                    end += 1;
                    if joins(end, &|w| lexicon::units().entry_for_key(&format!("{first} {w}")).is_some()) {
                        end += 1;
                    }
                }
                let text = toks[i..end].iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
                candidates.push(Candidate { text, class: Class::Number, order: i, at: offset(t), words: end - i });
                i = end;
            } else if capitalised(t.text) && is_honorific(&lower) {
                // "Mrs", "Dr", "Sen": how a person is addressed, not what the claim is about;
                // the name after it is a term of its own.
                i += 1;
            } else if capitalised(t.text)
                && (!is_stop(&lower) || opens_name(&toks, i))
                && t.text.chars().nth(1).is_some()
                && !(i == 0 && common_first_word(&toks, &lower, common))
            {
                let end = name_end(&toks, i);
                let text = toks[i..end].iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
                candidates.push(Candidate { text, class: Class::Name, order: i, at: offset(t), words: end - i });
                i = end;
            } else {
                if content_word(&lower) && !(i == 0 && opens_with_participle(&toks, &lower)) {
                    let prev = i.checked_sub(1).map(|j| &toks[j]);
                    let prev2 = i.checked_sub(2).map(|j| &toks[j]);
                    // A sentence's first word, when common, is most often its subject.
                    let class = if i == 0 || nounish(&lower, prev, prev2) { Class::Noun } else { Class::Word };
                    candidates.push(Candidate { text: lower.into_owned(), class, order: i, at: offset(t), words: 1 });
                }
                i += 1;
            }
        }
        Terms { candidates }
    }

    /// Up to `budget` words of terms, taken class by class in `order` and, within a class, in
    /// the sentence's order; terms whose words all appear in `exclude` (lower case) are
    /// skipped, and so are repeats. The result keeps the sentence's order.
    pub(crate) fn pick(&self, order: &[Class], budget: usize, exclude: &[String]) -> Vec<String> {
        self.pick_near(order, budget, exclude, None)
    }

    /// [`Terms::pick`], taking each class's terms nearest the byte offset `anchor` first (the
    /// figure's place in its sentence) rather than in the sentence's order.
    pub(crate) fn pick_near(&self, order: &[Class], budget: usize, exclude: &[String], anchor: Option<usize>) -> Vec<String> {
        let mut chosen: Vec<&Candidate> = Vec::new();
        let mut used = 0;
        for class in order {
            let mut of_class: Vec<&Candidate> = self.candidates.iter().filter(|c| c.class == *class).collect();
            if let Some(a) = anchor {
                crate::order::sort_by_key(&mut of_class, |c| c.at.abs_diff(a));
            }
            for c in of_class {
                // The budget first: it is the cheapest test, and once it is spent no term fits.
                if used + c.words > budget {
                    continue;
                }
                let lower = to_lower(&c.text);
                let excluded = lower.split_whitespace().all(|w| exclude.iter().any(|x| x == w));
                let repeat = excluded
                    || chosen.iter().any(|k| eq_lower(&k.text, &lower) || (c.class == Class::Name && k.class == Class::Name && same_name(&k.text, &c.text)));
                if repeat {
                    continue;
                }
                used += c.words;
                chosen.push(c);
            }
            if used >= budget {
                break;
            }
        }
        crate::order::sort_by_key(&mut chosen, |c| c.order);
        chosen.into_iter().map(|c| c.text.clone()).collect()
    }
}

impl Terms {
    /// The terms without the names that mention `person` by surname ("Chair Jerome Powell",
    /// "Powell" for Jerome Powell): a query led by the person's name needs them no more.
    pub(crate) fn without_mentions(&self, person: &str) -> Terms {
        let Some(surname) = words_lower(person).pop() else { return Terms { candidates: self.candidates.clone() } };
        let mentions = |c: &Candidate| c.class == Class::Name && c.text.split_whitespace().any(|w| w.to_lowercase() == surname);
        Terms { candidates: self.candidates.iter().filter(|c| !mentions(c)).cloned().collect() }
    }
}

/// Whether two names are one ("Jerome Powell" and "Powell", "Chair Jerome Powell"): every word
/// of the shorter is a word of the longer.
fn same_name(a: &str, b: &str) -> bool {
    let (short, long) = if a.split_whitespace().count() <= b.split_whitespace().count() { (a, b) } else { (b, a) };
    // Compared lower-cased word by word, without a lower-cased copy of either name.
    short.split_whitespace().all(|w| {
        let w = to_lower(w);
        long.split_whitespace().any(|l| to_lower(l) == w)
    })
}

/// Whether the stop word at `i` opens a place's name: one of [`NAME_OPENERS`] with a
/// capitalised name word right after it ("New York"; not "New rules").
fn opens_name(toks: &[Token<'_>], i: usize) -> bool {
    let next_is_name = toks.get(i + 1).is_some_and(|n| !n.break_before && capitalised(n.text) && !is_stop(&n.text.to_lowercase()) && !has_digit(n.text));
    NAME_OPENERS.contains(&toks[i].text.to_lowercase().as_str()) && next_is_name
}

/// Most words of a dateline's head ("SAN FRANCISCO, Calif., March 3 (Reuters)").
const DATELINE_WORDS: usize = 8;

/// The text without a wire dateline ("WASHINGTON (Reuters) - ", "CAIRO — ", "KYIV, Ukraine
/// (AP) — "): a place in capitals, maybe a region, a date and an agency, then a dash and a
/// new sentence. The place and the agency say where the story was filed, not what it claims.
pub(crate) fn without_dateline(text: &str) -> &str {
    let body = text.trim_start();
    let Some((head, rest)) = split_at_first_dash(body) else {
        return text;
    };
    let words: Vec<&str> = head.split_whitespace().collect();
    let first = words.first().map_or("", |w| w.trim_end_matches([',', '.']));
    let capitals = first.chars().filter(|c| c.is_alphabetic()).count() >= 2 && first.chars().all(|c| !c.is_lowercase());
    let heading = |w: &&str| w.trim_start_matches(['(', '/']).chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let rest = rest.trim_start();
    let new_sentence = rest.chars().next().is_some_and(|c| c.is_uppercase() || matches!(c, '"' | '\u{201c}'));
    if capitals && words.len() <= DATELINE_WORDS && words.iter().all(heading) && new_sentence {
        rest
    } else {
        text
    }
}

/// The text before and after its first dash: " - ", " -- ", an em dash or an en dash,
/// whichever comes first (one pass, not a search of the whole text for each).
fn split_at_first_dash(body: &str) -> Option<(&str, &str)> {
    let b = body.as_bytes();
    for i in 0..b.len() {
        let len = match b[i] {
            b' ' if b[i + 1..].starts_with(b"- ") => 3,
            b' ' if b[i + 1..].starts_with(b"-- ") => 4,
            0xe2 if b[i..].starts_with("\u{2014}".as_bytes()) || b[i..].starts_with("\u{2013}".as_bytes()) => 3,
            _ => continue,
        };
        return Some((&body[..i], &body[i + len..]));
    }
    None
}

/// Whether a sentence's capitalised first word is a common word rather than a name: one the
/// article also writes in lower case, an adverb ("Previously") or a participle ("Speaking to
/// the BBC, …"), standing alone.
fn common_first_word(toks: &[Token<'_>], lower: &str, common: &HashSet<String>) -> bool {
    let adverb = lower.len() > 4 && lower.ends_with("ly");
    name_end(toks, 0) == 1 && (common.contains(lower) || adverb || opens_with_participle(toks, lower))
}

/// Most words of a participle's opening phrase ("Speaking to the BBC,").
const PARTICIPLE_PHRASE: usize = 6;

/// Whether a sentence opens with a participle's phrase ("Speaking to the BBC, Coaker said",
/// "Writing in the Lancet, …"): an -ing first word whose clause closes within a few words.
/// Not a noun that opens a clause of its own ("Housing costs rose", "Funding for schools fell").
fn opens_with_participle(toks: &[Token<'_>], lower: &str) -> bool {
    lower.len() > 6 && lower.ends_with("ing") && toks.iter().skip(1).position(|t| t.break_before).is_some_and(|k| k < PARTICIPLE_PHRASE)
}

/// Whether a word is an honorific or courtesy title ("Mrs", "Dr.", "Sen", "Prof"), lower case.
fn is_honorific(lower: &str) -> bool {
    let bare = lower.trim_end_matches('.');
    lexicon::speaker_honorifics().contains(bare) || lexicon::courtesy_honorifics().contains(bare)
}

/// Where a clock time starting at token `i` ends ("12:50", "5:24 p.m.", "07:30 GMT" up to the
/// minutes): an hour, a colon right after it and two digits of minutes right after that, then
/// "a.m."/"p.m." when written. The tokens split at the colon, which is no word character.
fn clock_time_end(text: &str, toks: &[Token<'_>], i: usize) -> Option<usize> {
    let offset = |t: &Token<'_>| t.text.as_ptr() as usize - text.as_ptr() as usize;
    let (hour, minutes) = (&toks[i], toks.get(i + 1)?);
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    // The minutes may carry the meridiem ("9:45am").
    let lower = to_lower(minutes.text);
    let bare_minutes = lower.strip_suffix("am").or_else(|| lower.strip_suffix("pm")).unwrap_or(&lower);
    let colon = text.get(offset(hour) + hour.text.len()..offset(minutes)) == Some(":");
    if !(digits(hour.text, 1..=2) && digits(bare_minutes, 2..=2) && colon) {
        return None;
    }
    let meridiem = toks.get(i + 2).is_some_and(|m| !m.break_before && matches!(&*to_lower(m.text.trim_end_matches('.')), "a.m" | "p.m" | "am" | "pm"));
    Some(i + 2 + usize::from(meridiem))
}

/// The end of a clock time's text: after its last token, and after the full stop that closes
/// a written "p.m." (the tokens leave it out).
fn clock_time_text_end(text: &str, last: &Token<'_>, offset: usize) -> usize {
    let end = offset + last.text.len();
    let dotted = last.text.contains('.') && text[end..].starts_with('.');
    end + usize::from(dotted)
}

/// Where a run of capitalised words starting at `i` ends: it goes on through capitalised
/// words and through "of"/"for" (and through "and" when two capitalised words follow, so
/// "Immigration and Customs Enforcement" is one name but "Los Angeles and Chicago" is two).
fn name_end(toks: &[Token<'_>], i: usize) -> usize {
    // Inside a name, a capitalised word is part of it even when it is also a common word
    // ("United States", "Says Who"); only weekdays, months and the like end it.
    // An honorific opens the next person's name, never continues this one ("Sen. Tom Hale and
    // Prof Rachel Ballantyne" are two people).
    let is_name_word = |t: &Token<'_>| {
        let lower = to_lower(t.text);
        capitalised(t.text) && !stop_word_set().contains(&*lower) && !has_digit(t.text) && !is_honorific(&lower)
    };
    let mut end = i + 1;
    while end < toks.len() && !toks[end].break_before {
        let t = &toks[end];
        if is_name_word(t) {
            end += 1;
            continue;
        }
        let lower = to_lower(t.text);
        let next_is_name = |k: usize| toks.get(k).is_some_and(|n| !n.break_before && is_name_word(n));
        let joins = (NAME_JOINERS.contains(&&*lower) && next_is_name(end + 1)) || (lower == "and" && next_is_name(end + 1) && next_is_name(end + 2));
        if !joins {
            break;
        }
        end += 1;
    }
    end
}

/// The words an article writes in lower case somewhere, for [`Terms::in_article`].
pub(crate) fn lower_case_words(article: &str) -> HashSet<String> {
    // The words of [`tokens`], read in one pass without building its token list (the
    // clause marks and possessives it records matter not here); distinct words first: one
    // String per word, not one per occurrence.
    let mut distinct: HashSet<&str> = HashSet::default();
    each_bare_word(article, |word| {
        if word.chars().next().is_some_and(char::is_lowercase) {
            distinct.insert(word);
        }
    });
    distinct.into_iter().map(str::to_string).collect()
}

/// Terms joined for a label: "raids, Miami and Chicago".
pub(crate) fn listed(terms: &[String]) -> String {
    match terms {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The lower-case words of a text, for excluding them from a query.
pub(crate) fn words_lower(text: &str) -> Vec<String> {
    tokens(text).iter().map(|t| to_lower(t.text).into_owned()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-pass reading of an article's lower-case words finds what a filter of the
    /// sentence tokenizer's words finds.
    #[test]
    fn lower_case_words_are_the_lower_case_tokens() {
        let texts = [
            "The city's 12,000 officers said \u{201c}no\u{201d} -- and U.S. officials, too.",
            "WASHINGTON (Reuters) - The Fed's rate rose 0.25%; \u{e9}lan caf\u{e9} \u{130}stanbul o'neill 'quoted' -dash- &co /slash/",
            "",
            "  ... ,,, ---",
        ];
        for t in texts {
            let want: HashSet<String> =
                tokens(t).iter().filter(|w| w.text.chars().next().is_some_and(char::is_lowercase)).map(|w| w.text.to_string()).collect();
            assert_eq!(lower_case_words(t), want, "{t:?}");
        }
    }

    /// The one-pass dash split finds what a search for each dash finds, the first of them.
    #[test]
    fn the_first_dash_is_the_one_a_search_for_each_finds_first() {
        fn search(body: &str) -> Option<(&str, &str)> {
            [" - ", " -- ", "\u{2014}", "\u{2013}"].iter().filter_map(|d| body.split_once(d)).min_by_key(|(h, _)| h.len())
        }
        for t in [
            "WASHINGTON (Reuters) - The Fed",
            "CAIRO \u{2014} Egypt -- said - x",
            "KYIV \u{2013} a \u{2014} b",
            "a -- b - c",
            "no dash-here",
            "ends with - ",
            "ends with -",
            " -- ",
            "",
            "caf\u{e9} \u{2014}",
        ] {
            assert_eq!(split_at_first_dash(t), search(t), "{t:?}");
        }
    }

    const FACT: [Class; 4] = [Class::Name, Class::Number, Class::Noun, Class::Word];

    #[test]
    fn names_join_through_of_and_and_but_lists_do_not() {
        let t = Terms::of("she cut off Immigration and Customs Enforcement and the Department of Homeland Security in Miami, Los Angeles and Chicago.");
        assert_eq!(
            t.pick(&[Class::Name], 20, &[]),
            ["Immigration and Customs Enforcement", "Department of Homeland Security", "Miami", "Los Angeles", "Chicago"]
        );
    }

    #[test]
    fn a_claim_never_starts_with_its_pronoun_or_its_reporting_verb() {
        let t = Terms::of("she has cut off Immigration and Customs Enforcement from accessing the city's police databases in an effort to prevent illegal immigrants from being targeted in potential deportation raids");
        assert_eq!(t.pick(&FACT, 8, &[]), ["Immigration and Customs Enforcement", "city", "police", "databases", "immigrants"]);
        let t = Terms::of("He said the economy grew 4.8% and unemployment fell to $1.2 billion in 2023.");
        assert_eq!(t.pick(&FACT, 6, &[]), ["economy", "4.8%", "unemployment", "$1.2 billion", "2023"]);
        let t = Terms::of("he had delayed an operation aimed at deporting immigrants in the United States");
        assert_eq!(t.pick(&FACT[..3], 8, &[]), ["operation", "immigrants", "United States"]);
    }

    #[test]
    fn sentence_start_weekdays_and_possessives_are_not_names() {
        let t = Terms::of("Last month, President Trump announced on Wednesday that Lightfoot's city would comply.");
        assert_eq!(t.pick(&[Class::Name], 10, &[]), ["President Trump", "Lightfoot"]);
        let t = Terms::of("The U.S. economy shrank.");
        assert_eq!(t.pick(&FACT, 10, &[]), ["U.S.", "economy", "shrank"]);
    }

    #[test]
    fn excluded_and_repeated_terms_are_skipped_and_the_budget_holds() {
        let t = Terms::of("the raids in at least 10 major cities, including Miami and the raids in Chicago");
        let exclude = words_lower("at least 10 major cities");
        assert_eq!(t.pick(&[Class::Noun, Class::Name], 4, &exclude), ["raids", "Miami", "Chicago"]);
        assert_eq!(t.pick(&[Class::Noun, Class::Name], 2, &exclude), ["raids", "Miami"]);
    }

    #[test]
    fn a_capitalised_first_word_the_article_also_writes_in_lower_case_is_common() {
        let sentence = "Crime has fallen since the 1990s, Trump said.";
        assert_eq!(Terms::of(sentence).pick(&[Class::Name, Class::Noun], 5, &[]), ["Crime", "Trump"]);
        assert_eq!(Terms::of("Previously, the maximum was higher.").pick(&[Class::Name], 5, &[]), Vec::<String>::new());
        let common = lower_case_words("Violent crime rose. Trump spoke.");
        assert_eq!(Terms::in_article(sentence, &common).pick(&[Class::Name, Class::Noun], 5, &[]), ["crime", "Trump"]);
    }

    /// A query's words are what the claim is about: not how its people are addressed ("Mrs",
    /// "Dr.", "Sen."), what they are ("chief", "spokesperson"), whom they told ("reporters"),
    /// a sentence-opening participle ("Speaking") or a vague noun ("People").
    #[test]
    fn honorifics_roles_and_filler_are_no_search_terms() {
        let cases: [(&str, &[&str], &[&str]); 8] = [
            ("\"I have farmed this land,\" said Mrs. Eleanor Price, who grows wheat near Hollis.", &["Eleanor Price", "Hollis"], &["Mrs", "Mrs."]),
            ("Dr. Samuel Achebe estimated losses at $1.8 billion.", &["Samuel Achebe", "$1.8 billion"], &["Dr", "Dr."]),
            ("Sen. Tom Hale and Prof Rachel Ballantyne disagreed on tariffs.", &["Tom Hale", "Rachel Ballantyne", "tariffs"], &["Sen", "Prof"]),
            ("Its chief executive, Marcus Bell, told reporters the strike was illegal.", &["Marcus Bell", "strike"], &["chief", "reporters"]),
            ("A spokesperson told journalists that 40 flights were cancelled.", &["40", "flights"], &["spokesperson", "journalists"]),
            ("Speaking to the BBC, Coaker said operations would resume.", &["BBC", "Coaker", "operations"], &["Speaking", "speaking"]),
            ("People queued for 20 years of records.", &["20 years"], &["People", "people"]),
            ("General Motors cut 500 jobs on Ocean Drive, Mr Lee said.", &["General Motors", "500", "jobs", "Ocean Drive", "Lee"], &["Mr", "Mr Lee"]),
        ];
        for (sentence, kept, dropped) in cases {
            let picked = Terms::of(sentence).pick(&FACT, 12, &[]);
            for k in kept {
                assert!(picked.iter().any(|p| p == k), "{k:?} kept in {picked:?} of {sentence:?}");
            }
            for d in dropped {
                assert!(!picked.iter().any(|p| p == d), "{d:?} dropped from {picked:?} of {sentence:?}");
            }
        }
    }

    /// A clock time is one term as written, with its "a.m."/"p.m."; other numbers around a
    /// colon stay apart.
    #[test]
    fn clock_times_are_one_term() {
        let numbers = |s: &str| Terms::of(s).pick(&[Class::Number], 10, &[]);
        assert_eq!(numbers("The train left at 12:50 and arrived at 5:24 p.m. on time."), ["12:50", "5:24 p.m."]);
        assert_eq!(numbers("Polls close at 07:30, officials said."), ["07:30"]);
        assert_eq!(numbers("The vote was 12: 50 against."), ["12", "50"]);
        assert_eq!(numbers("Ratio 3:125 and 2:1 odds."), ["3", "125", "2", "1"]);
        assert_eq!(numbers("Doors open at 9:45am daily."), ["9:45am"]);
        assert_eq!(numbers("It ended at 11:05 P.M. sharp."), ["11:05 P.M."]);
    }

    #[test]
    fn a_figure_s_subject_is_the_nouns_nearest_it() {
        let sentence = "The museum and the station reopened after the renowned attack killed at least 19 people, most of them tourists.";
        let at = sentence.find("at least 19 people");
        let t = Terms::of(sentence);
        assert_eq!(t.pick_near(&[Class::Noun], 2, &words_lower("at least 19 people"), at), ["attack", "tourists"]);
        assert_eq!(t.pick(&[Class::Noun], 2, &[]), ["museum", "station"], "the sentence's order without an anchor");
    }

    #[test]
    fn datelines_are_left_out_and_other_dashes_are_clause_marks() {
        assert_eq!(without_dateline("WASHINGTON (Reuters) - The Fed held."), "The Fed held.");
        assert_eq!(without_dateline("NEW YORK (AP) \u{2014} A man was hurt."), "A man was hurt.");
        assert_eq!(without_dateline("SAN FRANCISCO, Calif., March 3 \u{2013} Sales fell."), "Sales fell.");
        assert_eq!(without_dateline("  LONDON -- \u{201c}We won,\u{201d} she said."), "\u{201c}We won,\u{201d} she said.");
        assert_eq!(
            without_dateline("SAN JOSE, Calif., March 3, 2024 /PRNewswire/ -- Acme Robotics today announced a deal."),
            "Acme Robotics today announced a deal."
        );
        for kept in [
            "The plan - which failed - cost $5 million.",
            "NASA \u{2014} the agency said \u{2014} will launch.",
            "COVID-19 cases \u{2013} up 10% \u{2013} rose.",
            "In 2010\u{2013}2015 Sales rose.",
            "Prices rose.",
        ] {
            assert_eq!(without_dateline(kept), kept);
        }
        let t = Terms::of("Reuters said the deal - A big one - closed.");
        assert_eq!(t.pick(&[Class::Name], 5, &[]), ["Reuters"], "a lone dash ends a name");
    }

    #[test]
    fn place_names_may_open_with_a_common_word() {
        let t = Terms::of("Officials in New York, North Carolina and Great Britain said new rules start.");
        assert_eq!(t.pick(&[Class::Name], 10, &[]), ["Officials", "New York", "North Carolina", "Great Britain"]);
        assert_eq!(Terms::of("New rules start today.").pick(&[Class::Name], 5, &[]), Vec::<String>::new());
    }

    #[test]
    fn a_person_s_mentions_go_and_a_name_s_shorter_form_is_a_repeat() {
        let t = Terms::of("Chair Jerome Powell said Powell and the Federal Reserve would wait.");
        assert_eq!(t.without_mentions("Jerome Powell").pick(&[Class::Name], 10, &[]), ["Federal Reserve"]);
        assert_eq!(t.pick(&[Class::Name], 10, &[]), ["Chair Jerome Powell", "Federal Reserve"]);
        assert_eq!(Terms::of("the Smith report").without_mentions("").pick(&[Class::Name], 5, &[]), ["Smith"]);
    }

    #[test]
    fn a_number_keeps_the_word_that_says_what_it_is() {
        let t = Terms::of(
            "Nearly 3.5 lakh commuters paid \u{20b9}45 lakh, inflation hit 3.2 pc and yields rose 3 basis points, the lowest in 50 years after 43 days.",
        );
        assert_eq!(t.pick(&[Class::Number], 20, &[]), ["3.5 lakh", "\u{20b9}45 lakh", "3.2 pc", "3 basis points", "50 years", "43 days"]);
        assert_eq!(Terms::of("She has 3 dogs.").pick(&[Class::Number], 5, &[]), ["3"], "a counted noun is its own term");
    }

    #[test]
    fn contractions_are_not_search_terms() {
        assert_eq!(Terms::of("the mayor isn't doing enough, they\u{2019}re saying").pick(&FACT, 8, &[]), ["mayor"]);
    }

    #[test]
    fn lists_read_as_english() {
        let l = |v: &[&str]| listed(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(l(&[]), "");
        assert_eq!(l(&["raids"]), "raids");
        assert_eq!(l(&["raids", "Miami"]), "raids and Miami");
        assert_eq!(l(&["raids", "Miami", "Chicago"]), "raids, Miami and Chicago");
    }
}
