//! Speaker phrases: reading the subject of a cue ("ICE director Mark Morgan later
//! explained"), splitting it into a name and a role, and carrying short names and
//! pronouns back to the full name met earlier in the article.

use super::documents;
use super::org_names;
use super::tokens::{is_capitalised, key, Tok};
use crate::detect::lexicon;
use crate::text::Span;
use rustc_hash::FxHashMap as HashMap;

/// What a speaker phrase names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Person,
    Organisation,
    /// A description without a name ("a senior official", "the president").
    Nominal,
    Pronoun,
}

/// A speaker as the article gives it, split into name and role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    pub name: String,
    pub role: Option<String>,
    pub kind: Kind,
    /// Where the phrase stands in the text.
    pub span: Span,
}

fn word<'a>(text: &'a str, t: &Tok) -> &'a str {
    &text[t.span.start..t.span.end]
}

fn is_subject_pronoun(k: &str) -> bool {
    matches!(k, "he" | "she" | "they" | "it" | "we" | "i" | "who")
}

fn is_name_word(w: &str) -> bool {
    // The capital first: most words have none, and then no key need be built.
    is_capitalised(w) && {
        let k = key(w);
        !lexicon::speaker_determiners().contains(&k) && !lexicon::pronouns().contains(&k) && !lexicon::time_words().contains(&k)
    }
}

/// Skips, from `end` leftwards, the words that may stand between a speaker and its cue:
/// adverbs ("later"), auxiliaries ("has"), time ("on Wednesday") and a bracket "(D)".
fn skip_fillers_left(text: &str, toks: &[Tok], lo: usize, mut end: usize) -> usize {
    while end > lo {
        let t = &toks[end - 1];
        if t.is(')') {
            match (lo..end - 1).rev().find(|&k| toks[k].is('(')) {
                Some(k) if end - 1 - k <= 8 => {
                    end = k;
                    continue;
                }
                _ => break,
            }
        }
        if !t.is_word() {
            break;
        }
        let w = word(text, t);
        let k = key(w);
        // "-ly" after a determiner or a possessive is a noun: "the family", "his family";
        // so is a noun ending in -ly anywhere ("family said").
        let after_determiner = end >= lo + 2 && toks[end - 2].is_word() && {
            let d = word(text, &toks[end - 2]);
            lexicon::speaker_determiners().contains(&key(d)) || is_possessive(d)
        };
        let adverb = k.len() > 4 && k.ends_with("ly") && !is_capitalised(w) && !super::groups::is_ly_noun(&k) && !after_determiner;
        if capitalised_name_before_cue(text, toks, lo, end) {
            break;
        }
        if lexicon::cue_fillers().contains(&k) || adverb || lexicon::time_words().contains(&k) {
            end -= 1;
            continue;
        }
        if k == "ago" {
            match span_of_time_ago(text, toks, lo, end - 1) {
                Some(s) => {
                    end = s;
                    continue;
                }
                None => break,
            }
        }
        if matches!(k.as_str(), "on" | "last" | "this")
            && end < toks.len()
            && toks[end].is_word()
            && lexicon::time_words().contains(&key(word(text, &toks[end])))
        {
            end -= 1;
            continue;
        }
        break;
    }
    end
}

/// Where a span of time ending in "ago" at token `ago` starts: "less than two weeks ago",
/// "a year ago", "10 days ago" between a speaker and its cue ("The State Department less
/// than two weeks ago said"). Only amounts, words of time and comparatives are read.
fn span_of_time_ago(text: &str, toks: &[Tok], lo: usize, ago: usize) -> Option<usize> {
    let mut s = ago;
    while s > lo && toks[s - 1].is_word() && {
        let w = word(text, &toks[s - 1]);
        let k = key(w);
        !is_capitalised(w)
            && (w.chars().all(|c| c.is_ascii_digit())
                || lexicon::time_nouns().contains(&k)
                || lexicon::number_words().entry_for_key(&k).is_some()
                || matches!(k.as_str(), "a" | "an" | "than" | "less" | "more" | "about" | "nearly" | "almost" | "just" | "only" | "few" | "several" | "some"))
    } {
        s -= 1;
    }
    // Nothing but "ago" read: the word is no span of time here.
    (s < ago).then_some(s)
}

/// Whether the word right before token `end` (the cue, nothing between) is a capitalised
/// word inside a sentence, so a surname even when it is spelled like a filler ("…,” Will
/// wrote", "While Will acknowledges"), where a sentence's first word ("Will he say …") is not.
fn capitalised_name_before_cue(text: &str, toks: &[Tok], lo: usize, end: usize) -> bool {
    let Some(t) = end.checked_sub(1).and_then(|i| toks.get(i)) else { return false };
    if !t.is_word()
        || !is_capitalised(word(text, t))
        || lexicon::pronouns().contains(&key(word(text, t)))
        || lexicon::time_words().contains(&key(word(text, t)))
    {
        return false;
    }
    let Some(prev) = end.checked_sub(2).and_then(|i| toks.get(i)) else { return false };
    let after_quote = matches!(prev.punct, Some('"' | '\u{201d}' | '\u{2019}' | '\''))
        || (prev.is(',') && end >= 3 && matches!(toks[end - 3].punct, Some('"' | '\u{201d}' | '\u{2019}' | '\'')));
    // "While Will acknowledges …", "and Will said": after a conjunction or a lower-case word
    // (a headline's "Trump Will Say" has a capitalised name before it).
    let after_word = prev.is_word() && {
        let p = word(text, prev);
        lexicon::speaker_boundaries().contains(&key(p)) || !is_capitalised(p)
    };
    end > lo && (after_quote || after_word)
}

/// The run of capitalised name words right before token `end` ("footage of Hillary
/// Clinton" → Hillary Clinton), if it reads as a person's or an organisation's name.
pub fn name_before(text: &str, toks: &[Tok], lo: usize, end: usize) -> Option<Speaker> {
    let mut start = end;
    while start > lo && toks[start - 1].is_word() && {
        let w = word(text, &toks[start - 1]);
        let k = key(w);
        is_name_word(w) && !lexicon::cue_fillers().contains(&k) && !lexicon::speaker_boundaries().contains(&k) && !lexicon::reporting_verbs().contains(&k)
    } {
        start -= 1;
    }
    // At the start of its sentence a lone capitalised word may be any word.
    if start == end || start == lo && end - start < 2 {
        return None;
    }
    let phrase = Span::new(toks[start].span.start, toks[end - 1].span.end);
    let s = describe(text, &toks[start..end], phrase, None);
    matches!(s.kind, Kind::Person | Kind::Organisation).then_some(s)
}

/// The subject of a cue that starts at token `cue`, read leftwards no further than `lo`.
pub fn before(text: &str, toks: &[Tok], lo: usize, cue: usize) -> Option<Speaker> {
    let end = skip_fillers_left(text, toks, lo, cue);
    if end > lo && toks[end - 1].is(',') {
        return before_appositive(text, toks, lo, end - 1).filter(can_speak);
    }
    let start = phrase_start(text, toks, lo, end)?;
    if let Some(head) = head_before_preposition(text, toks, lo, start) {
        // The whole phrase names the speaker, a description: "Critics of Johnson".
        let phrase = Span::new(toks[head].span.start, toks[end - 1].span.end);
        return Some(Speaker { name: text[phrase.start..phrase.end].to_string(), role: None, kind: Kind::Nominal, span: phrase }).filter(can_speak);
    }
    let phrase = Span::new(toks[start].span.start, toks[end - 1].span.end);
    let s = describe(text, &toks[start..end], phrase, None);
    let s = title_listed_before_comma(text, toks, lo, start, s);
    // `"Face the Nation" host Margaret Brennan said`: a title in marks before the office.
    let s = match super::quoted_titles::title_ending_at(text, toks, lo, start, end) {
        Some(open) if s.kind == Kind::Person => super::quoted_titles::with_title(text, toks, open, start, s),
        _ => s,
    };
    Some(joint_speakers(text, toks, lo, start, &s).unwrap_or(s)).filter(can_speak)
}

/// Words a name after a common noun is only the object of, in the subject of a clause:
/// "Every government since Thatcher", "Critics of Johnson", "The policy under Obama".
const SUBJECT_PREPOSITIONS: [&str; 5] = ["after", "before", "of", "since", "under"];
/// Words read back from the preposition to the opening of the clause at most.
const HEAD_WORDS: usize = 4;

/// The token opening a subject whose head is a common noun with a preposition before the
/// name at `start` ("Critics of Johnson said", "Every administration since Reagan has
/// promised"): the head speaks, not the name. None unless those words open the clause.
fn head_before_preposition(text: &str, toks: &[Tok], lo: usize, start: usize) -> Option<usize> {
    let prep = start.checked_sub(1).filter(|&p| p > lo && toks[p].is_word())?;
    if !SUBJECT_PREPOSITIONS.contains(&key(word(text, &toks[prep])).as_str()) {
        return None;
    }
    // The name opens right after the preposition ("since Thatcher", not "before the public").
    if !toks[start].is_word() || !is_capitalised(word(text, &toks[start])) {
        return None;
    }
    // "The mayor of Denver" names an office's holder; "the chancellor after Brown" does not.
    let noun = word(text, &toks[prep - 1]);
    let nk = key(noun);
    let office_of = key(word(text, &toks[prep])) == "of" && lexicon::speaker_roles().contains(&nk);
    if !toks[prep - 1].is_word() || is_capitalised(noun) && prep - 1 > lo || office_of || !is_head_noun(&nk) {
        return None;
    }
    let mut h = prep - 1;
    while h > lo && prep - h < HEAD_WORDS && toks[h - 1].is_word() {
        let k = key(word(text, &toks[h - 1]));
        let number = k.starts_with(|c: char| c.is_ascii_digit());
        if number
            || lexicon::speaker_boundaries().contains(&k)
            || lexicon::reporting_verbs().contains(&k)
            || is_capitalised(word(text, &toks[h - 1])) && h - 1 > lo
        {
            return None;
        }
        h -= 1;
    }
    (h == lo || !toks[h - 1].is_word()).then_some(h)
}

/// Whether `k` (lower case) can head a subject before a preposition: a common noun, not a
/// verb ("Axelrod tweeted after Clinton"), a share or a count ("75 percent of Democrats",
/// "one of the prosecutors") nor a time ("Two years before").
fn is_head_noun(k: &str) -> bool {
    let quantity = k.starts_with(|c: char| c.is_ascii_digit())
        || matches!(k, "percent" | "%" | "half" | "third" | "quarter" | "majority" | "minority" | "share" | "number" | "none")
        || lexicon::speaker_determiners().contains(k)
        || lexicon::indefinite_subjects().contains(k);
    let verb = lexicon::reporting_verbs().contains(k) || k.ends_with("ed");
    !quantity && !verb && !lexicon::time_words().contains(k) && !lexicon::time_words().contains(k.trim_end_matches('s'))
}

/// "Minister of Housing, Communities and Local Government Angela Rayner": a title whose
/// list of portfolios holds a comma, read from after that comma as a role of its own
/// ("Communities and Local Government"), takes back the office before the comma.
fn title_listed_before_comma(text: &str, toks: &[Tok], lo: usize, start: usize, s: Speaker) -> Speaker {
    const OFFICE_REACH: usize = 6;
    let capital_at = |i: usize| toks[i].is_word() && is_capitalised(word(text, &toks[i]));
    let listed = s.kind == Kind::Person
        && s.role.as_deref().is_some_and(|r| r.split_whitespace().any(|w| w == "and"))
        && s.role.as_deref().is_some_and(|r| r.starts_with(char::is_uppercase));
    if !listed || start < lo + 3 || !toks[start - 1].is(',') {
        return s;
    }
    let comma = start - 1;
    // Back over capitalised words to "of"/"for" after a capitalised office.
    let mut j = comma;
    while j > lo && comma - j < OFFICE_REACH && capital_at(j - 1) {
        j -= 1;
    }
    let joins = j >= lo + 2 && toks[j - 1].is_word() && matches!(key(word(text, &toks[j - 1])).as_str(), "of" | "for") && j < comma;
    let office = joins && capital_at(j - 2) && lexicon::speaker_roles().contains(&key(word(text, &toks[j - 2])));
    let opens = office
        && (j - 2 == lo
            || !toks[j - 3].is_word()
            || !is_capitalised(word(text, &toks[j - 3]))
            || lexicon::speaker_roles().contains(&key(word(text, &toks[j - 3]))));
    if !opens {
        return s;
    }
    let name_at = s.span.end - s.name.len();
    let role = text[toks[j - 2].span.start..name_at.max(toks[j - 2].span.start)].trim().to_string();
    Speaker { role: Some(role), span: Span::new(toks[j - 2].span.start, s.span.end), ..s }
}

/// Whether a speaker phrase names something that can speak: a person, a body or a
/// document, not a measure or an index ("the CPI", "An AQI", "the Hang Seng index").
fn can_speak(s: &Speaker) -> bool {
    if s.kind == Kind::Pronoun {
        return true;
    }
    // The head noun ends before a preposition or a number: "An AQI above 150".
    let words: Vec<&str> = s.name.split_whitespace().collect();
    let ends_head = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_digit())
            || (!is_capitalised(w)
                && (lexicon::speaker_boundaries().contains(&key(w)) || matches!(key(w).as_str(), "above" | "below" | "over" | "under" | "near")))
    };
    let head_end = words.iter().position(|w| ends_head(w)).unwrap_or(words.len());
    let head = words[..head_end].last().copied().unwrap_or("");
    !lexicon::mute_measures().contains(&key(strip_possessive(head)))
}

/// Two people credited together, the second being `second` (its phrase opening at token
/// `start`): "Sens. John McCain and Lindsey Graham said", "“…,” Clinton and Kaine wrote".
/// The first name must open its clause (after nothing, punctuation or its title), so
/// "Obama met Putin and Merkel said" does not join the object to the speaker.
fn joint_speakers(text: &str, toks: &[Tok], lo: usize, start: usize, second: &Speaker) -> Option<Speaker> {
    if second.kind != Kind::Person || start < lo + 2 || !toks[start - 1].is_word() || key(word(text, &toks[start - 1])) != "and" {
        return None;
    }
    let and = start - 1;
    let mut a = and;
    while a > lo && toks[a - 1].is_word() && {
        let w = word(text, &toks[a - 1]);
        let k = key(w);
        is_name_word(w) && !lexicon::cue_fillers().contains(&k) && !lexicon::speaker_boundaries().contains(&k) && !lexicon::reporting_verbs().contains(&k)
    } {
        a -= 1;
    }
    let opens_clause = a == lo || !toks[a - 1].is_word();
    if a == and || !opens_clause || and - a > 5 {
        return None;
    }
    let phrase = Span::new(toks[a].span.start, toks[and - 1].span.end);
    let first = describe(text, &toks[a..and], phrase, None);
    // A lone word opening a sentence may be any word ("Today and …"): it must read as a
    // name after a title, or be one of two or more words.
    let named = first.kind == Kind::Person && (first.role.is_some() || and - a >= 2 || a > lo);
    if !named {
        return None;
    }
    let role = first.role.or_else(|| second.role.clone());
    Some(Speaker { name: format!("{} and {}", first.name, second.name), role, kind: Kind::Person, span: Span::new(first.span.start, second.span.end) })
}

/// "Jeb Bush, the former Florida governor, told CNN" and "Donna Rawlings, 59, of Ashton,
/// Md., said": the speaker is the leftmost comma-separated piece that opens like a name or
/// a described person; the pieces after it are its appositive.
fn before_appositive(text: &str, toks: &[Tok], lo: usize, comma: usize) -> Option<Speaker> {
    // Read the comma-separated pieces right to left: the nearest one that opens like a
    // name is the speaker, unless a place piece ("of Ashton, Md.") stands before it; a
    // description ("the former governor") is taken only when no name comes before it.
    let mut right = comma;
    let mut best: Option<(usize, usize)> = None;
    let mut fallback: Option<(usize, usize)> = None;
    let mut pending_name: Option<(usize, usize)> = None;
    // An office's title set off between a name and the cue ("Sheikh Rashid Ahmed, Minister
    // of Foreign Affairs, said"): the speaker only when no name stands before it.
    let mut office_seen: Option<(usize, usize)> = None;
    for _ in 0..5 {
        let prev = (lo..right).rev().take(30).find(|&j| toks[j].is(','));
        let seg = prev.map_or(lo, |p| p + 1);
        if seg >= right {
            break;
        }
        // A piece may open with the closing mark of a quote before it: `…,” Rep. Jim Jordan`;
        // nothing left of that mark belongs to the speaker phrase.
        let mut seg = seg;
        while seg < right && !toks[seg].is_word() && matches!(toks[seg].punct, Some('"' | '\u{201d}' | '\u{2019}' | '\'')) {
            seg += 1;
        }
        let after_quote = seg > prev.map_or(lo, |p| p + 1);
        // "Even China, Pyongyang's only ally, said": an adverb opening the piece is no
        // part of the name after it.
        if seg + 1 < right && toks[seg].is_word() && lexicon::cue_fillers().contains(&key(word(text, &toks[seg]))) && {
            let n = &toks[seg + 1];
            n.is_word() && is_capitalised(word(text, n))
        } {
            seg += 1;
        }
        // Another clause, not an appositive: a verb of saying, a quote mark, a colon, a dash.
        let clause = (seg..right).any(|j| {
            let t = &toks[j];
            let nickname = nickname_at(text, toks, j) || (j >= 2 && nickname_at(text, toks, j - 2));
            let apostrophe = j > seg && possessive_end(text, toks, j - 1) == Some(j + 1);
            (!t.is_word() && !nickname && !apostrophe && !matches!(t.punct, Some('(' | ')' | '.' | '-' | '\'' | '&')))
                || (t.is_word()
                    && !is_capitalised(word(text, t))
                    && lexicon::reporting_verbs().contains(&key(word(text, t)))
                    && !noun_position(text, toks, seg, j)
                    && !before_title(text, toks, j, right))
        });
        if clause {
            break;
        }
        if seg >= right {
            break;
        }
        let w = word(text, &toks[seg]);
        let k = key(w);
        // "Marco Rubio, whose hometown, Miami, is sinking, argues": the pieces from a
        // relative pronoun on describe the speaker, who stands before it.
        if toks[seg].is_word() && matches!(k.as_str(), "who" | "whose" | "which") {
            pending_name = None;
            fallback = None;
            match prev {
                Some(p) if p > lo && !after_quote => {
                    right = p;
                    continue;
                }
                _ => break,
            }
        }
        // "Pyongyang's only ally": a possessive opens a description, not a name.
        let possessive = possessive_end(text, toks, seg).is_some();
        // "State Senator Tom Reyes, a Democrat, said": a capitalised word that is also a verb
        // of saying opens a title when a capitalised word follows it.
        let opens_title = seg + 1 < right && toks[seg + 1].is_word() && is_capitalised(word(text, &toks[seg + 1]));
        let opens_name = toks[seg].is_word()
            && !possessive
            && is_capitalised(w)
            && !lexicon::cue_fillers().contains(&k)
            && !lexicon::speaker_boundaries().contains(&k)
            && (!lexicon::reporting_verbs().contains(&k) || opens_title)
            && !k.ends_with("ing")
            && !lexicon::pronouns().contains(&k)
            && !lexicon::speaker_determiners().contains(&k)
            && !is_party_label(w)
            || (toks[seg].is_word()
                && !is_capitalised(w)
                && !lexicon::speaker_boundaries().contains(&k)
                && !lexicon::speaker_determiners().contains(&k)
                && seg + 1 < right
                && toks[seg + 1].is_word()
                && is_capitalised(word(text, &toks[seg + 1])));
        // "Democrat of Tennessee" after a name is its description.
        let party = matches!(k.as_str(), "democrat" | "republican" | "independent" | "libertarian")
            && seg + 1 < right
            && toks[seg + 1].is_word()
            && key(word(text, &toks[seg + 1])) == "of";
        let office_title = super::role_pieces::set_off_office(text, toks, seg, right, prev.is_some_and(|p| p > lo) && !after_quote);
        let opens_name = opens_name && !party && !office_title && !office_piece(text, toks, seg, right);
        // A place piece: "of Ashton", "now retired in Cambridge" before "Mass.". A
        // capitalised opening is the sentence's own adverbial ("Alarmed by the unrest in
        // Nevada, Senator Harry Reid, …"), which ends in a place without being one.
        let opens_place = toks[seg].is_word()
            && (matches!(k.as_str(), "of" | "in" | "from")
                || (!is_capitalised(w)
                    && right >= seg + 2
                    && toks[right - 2].is_word()
                    && matches!(key(word(text, &toks[right - 2])).as_str(), "in" | "of" | "from")
                    && is_capitalised(word(text, &toks[right - 1]))));
        // A description that ends in a name is a name: "the economist Jared Bernstein".
        // "a Green councillor" ends in a common noun: a description, whatever capital it holds.
        let described_name = !opens_name && toks[seg].is_word() && lexicon::speaker_determiners().contains(&k) && {
            let d =
                phrase_start(text, toks, seg, right).map(|st| describe(text, &toks[st..right], Span::new(toks[st].span.start, toks[right - 1].span.end), None));
            let prepositions =
                (seg..right).any(|j| toks[j].is_word() && matches!(key(word(text, &toks[j])).as_str(), "of" | "for" | "at" | "to" | "in" | "with" | "from"));
            !prepositions && d.is_some_and(|d| d.kind == Kind::Person && d.name.contains(' '))
        };
        // "On Monday Tomas Ferreira, a Green councillor, said": a piece opened by other
        // words that ends in a person's full name is a name piece, from where the name starts.
        let mut run = right;
        while run > seg
            && toks[run - 1].is_word()
            && is_name_word(word(text, &toks[run - 1]))
            && !lexicon::speaker_boundaries().contains(&key(word(text, &toks[run - 1])))
        {
            run -= 1;
        }
        let name_at = {
            let ws: Vec<&str> = (run..right).map(|j| word(text, &toks[j])).collect();
            run + person_name_start(&ws)
        };
        let ends_in_name = !opens_name
            && !described_name
            && toks[seg].is_word()
            && (is_capitalised(w) || opens_clause(&k))
            && (lexicon::speaker_boundaries().contains(&k) || lexicon::cue_fillers().contains(&k) || lexicon::time_words().contains(&k))
            && !(seg + 1..right)
                .any(|j| toks[j].is_word() && matches!(key(word(text, &toks[j])).as_str(), "of" | "for" | "at" | "to" | "in" | "with" | "from" | "and"))
            && run > seg
            && right >= name_at + 2
            && !(name_at..right).any(|j| {
                let k = key(word(text, &toks[j]));
                lexicon::speaker_roles().contains(&k) || lexicon::organisation_words().contains(&k) || lexicon::time_words().contains(&k)
            });
        // "one protester, 24-year-old student Lena Vogt, said": a bare description
        // before a full name is a name piece; the description before it is only a lead-in.
        let lead_named = !opens_name && !described_name && !ends_in_name && described_name_piece(text, toks, seg, right);
        let opens_name = opens_name || described_name || ends_in_name || lead_named;
        // "President Obama's former chief of staff": a name in the possessive before
        // lower-case words describes the speaker by someone else's name.
        let ends_lower = right > seg && toks[right - 1].is_word() && !is_capitalised(word(text, &toks[right - 1]));
        let owned = ends_lower
            && toks[seg].is_word()
            && is_capitalised(w)
            && (seg..right.saturating_sub(1))
                .any(|j| possessive_end(text, toks, j).is_some_and(|e| e < right && toks[e].is_word() && !is_capitalised(word(text, &toks[e]))));
        let opens_name = opens_name && !owned;
        let opens_description = toks[seg].is_word() && ((lexicon::speaker_determiners().contains(&k) && k != "that") || possessive || party || owned);
        if let Some(name) = pending_name.take() {
            if opens_place {
                // "…, of Ashton, Md.": the name piece was a place; read on.
            } else {
                best = Some(name);
                break;
            }
        }
        if ends_in_name {
            pending_name = Some((name_at, right));
        } else if opens_name {
            pending_name = Some((seg, right));
        } else if office_title && office_seen.is_none() {
            office_seen = Some((seg, right));
        } else if opens_description && fallback.is_none() {
            fallback = Some((seg, right));
        }
        match prev {
            Some(p) if p > lo && !after_quote => right = p,
            _ => break,
        }
    }
    let best = best.or(pending_name).or(office_seen).or(fallback);
    let (seg, end) = best?;
    let start = phrase_start(text, toks, seg, end)?;
    let appositive = set_off_role(text, toks, end + 1, comma);
    let phrase = Span::new(toks[start].span.start, toks[end - 1].span.end);
    let speaker = describe(text, &toks[start..end], phrase, appositive);
    Some(match role_before_name(text, toks, lo, start) {
        // "the union president, John Catanzara, said": the description set off before the
        // name is the person's role, and the speaker phrase opens with it.
        Some(role) if speaker.kind == Kind::Person && speaker.role.is_none() && speaker.name.contains(' ') => {
            let span = Span::new(toks[role.0].span.start, speaker.span.end);
            let shown = text[toks[role.1].span.start..toks[role.2 - 1].span.end].to_string();
            Speaker { role: Some(shown), span, ..speaker }
        }
        // "Minister of Information, Alhaji Lai Mohammed, said": an office's title set off
        // before the name is the role, over an honorific the name was read with.
        _ => match super::role_pieces::office_piece_before(text, toks, lo, start.saturating_sub(1)) {
            Some((open, comma)) if speaker.kind == Kind::Person && speaker.name.contains(' ') && start > lo => {
                let shown = text[toks[open].span.start..toks[comma - 1].span.end].to_string();
                Speaker { role: Some(shown), span: Span::new(toks[open].span.start, speaker.span.end), ..speaker }
            }
            _ => speaker,
        },
    })
}

/// The pieces set off between a speaker and its cue (tokens `a..comma`) as its role, with
/// no relative clause: "A spokesperson for the Rail Delivery Group, which represents the
/// operators, said" has none; "Tom Becker, a cardiologist who was not involved, said" has
/// "a cardiologist".
fn set_off_role(text: &str, toks: &[Tok], a: usize, comma: usize) -> Option<Span> {
    let relative = |j: usize| toks[j].is_word() && matches!(word(text, &toks[j]), "who" | "whose" | "which" | "that");
    let stop = (a..comma).find(|&j| relative(j)).unwrap_or(comma);
    // A comma left before the relative clause closes the role.
    let mut end = stop;
    while end > a && !toks[end - 1].is_word() && !toks[end - 1].is(')') && !toks[end - 1].is('.') {
        end -= 1;
    }
    (end > a).then(|| Span::new(toks[a].span.start, toks[end - 1].span.end))
}

/// Whether tokens `seg..right` are only an office, capitalised or not, ending in a word of
/// office: "CEO and managing director", "Executive Director and CFO". Such a piece
/// describes the name before it and opens no name of its own. A title before a name
/// ("Mr. King", "Sen. Bishop") or one capitalised word alone ("King") is a name.
fn office_piece(text: &str, toks: &[Tok], seg: usize, right: usize) -> bool {
    let w = |j: usize| word(text, &toks[j]);
    let office = |j: usize| lexicon::speaker_roles().contains(&key(w(j)));
    let plain = |j: usize| toks[j].is_word() && !lexicon::speaker_honorifics().contains(&key(w(j))) && (office(j) || !is_capitalised(w(j)));
    let acronym = |j: usize| w(j).len() > 1 && w(j).chars().all(|c| c.is_ascii_uppercase());
    right > seg && (seg..right).all(plain) && office(right - 1) && (seg..right).any(|j| is_capitalised(w(j))) && (right - seg >= 2 || acronym(seg))
}

/// The description set off by a comma right before a name that starts at token `name`:
/// "the union president, ", "Toyota's spokesperson, ". Gives where the piece opens, and
/// where the words shown as the role open (after an article) and end. The piece must run
/// from the sentence's or clause's start (`lo`, or a quote's closing mark) and end in a
/// lower-case word of office or a noun naming a person's job.
fn role_before_name(text: &str, toks: &[Tok], lo: usize, name: usize) -> Option<(usize, usize, usize)> {
    const ROLE_REACH: usize = 6;
    let comma = name.checked_sub(1).filter(|&c| c >= lo && toks[c].is(','))?;
    let mut open = comma;
    while open > lo && comma - open < ROLE_REACH && toks[open - 1].is_word() {
        open -= 1;
    }
    // Possessive apostrophes the tokenizer splits off ("Workers' union chief").
    let piece_opens = open == lo || matches!(toks[open - 1].punct, Some('"' | '\u{201d}' | '\u{2019}' | '\''));
    if !piece_opens || open >= comma || comma - open < 2 {
        return None;
    }
    let k0 = key(word(text, &toks[open]));
    let possessive = possessive_end(text, toks, open).is_some();
    let article = matches!(k0.as_str(), "the" | "a" | "an");
    if !(article || possessive) {
        return None;
    }
    let last = word(text, &toks[comma - 1]);
    if is_capitalised(last) || !lexicon::speaker_roles().contains(&key(last)) {
        return None;
    }
    // No verb of saying or clause word inside the piece.
    if (open..comma).any(|j| {
        let k = key(word(text, &toks[j]));
        lexicon::reporting_verbs().contains(&k) || matches!(k.as_str(), "who" | "which" | "that")
    }) {
        return None;
    }
    let shown = if article { open + 1 } else { open };
    Some((open, shown, comma))
}

/// Whether a word is in the possessive: "Obama's", "Sanders'".
fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("\u{2019}s") || w.ends_with("s'") || w.ends_with("s\u{2019}")
}

/// Where the word at token `j` ends if it is in the possessive, counting a plural's
/// apostrophe the tokenizer splits off ("Sanders' campaign manager"): the token after it.
fn possessive_end(text: &str, toks: &[Tok], j: usize) -> Option<usize> {
    let t = toks.get(j).filter(|t| t.is_word())?;
    let w = word(text, t);
    if is_possessive(w) {
        return Some(j + 1);
    }
    let mark = toks.get(j + 1).filter(|m| matches!(m.punct, Some('\'' | '\u{2019}')) && m.span.start == t.span.end)?;
    toks.get(j + 2).filter(|n| n.is_word() && n.span.start > mark.span.end)?;
    w.ends_with('s').then_some(j + 2)
}

/// A conjunction that opens a clause whose subject may follow it ("…, as Tom Ridge, a
/// former secretary, put it"), as against "and" or a preposition, which join a name to
/// what stands before.
fn opens_clause(k: &str) -> bool {
    matches!(k, "as" | "when" | "while" | "after" | "before" | "because" | "since" | "though" | "although" | "until" | "unless" | "whereas" | "once" | "where")
}

/// Whether the word at `j` (within a phrase opening at `seg`) stands where a noun does:
/// after a determiner, a preposition or a possessive ("one of the states", "secretary
/// of state"), so a reporting verb spelled the same is no verb there.
fn noun_position(text: &str, toks: &[Tok], seg: usize, j: usize) -> bool {
    if j <= seg || !toks[j - 1].is_word() {
        return false;
    }
    let w = word(text, &toks[j - 1]);
    let k = key(w);
    is_possessive(w)
        || (is_capitalised(w) && !lexicon::pronouns().contains(&k))
        || lexicon::speaker_determiners().contains(&k)
        || matches!(k.as_str(), "of" | "for" | "at" | "in" | "from" | "with" | "on")
}

/// Whether the word at `j` stands before a title ("state Sen.", "state Del."): a word
/// spelled like a reporting verb there is an adjective of the office.
fn before_title(text: &str, toks: &[Tok], j: usize, hi: usize) -> bool {
    toks.get(j + 1).filter(|_| j + 1 < hi).is_some_and(|n| {
        let w = word(text, n);
        n.is_word() && is_capitalised(w) && (lexicon::speaker_honorifics().contains(&key(w)) || lexicon::speaker_roles().contains(&key(w)))
    })
}

/// A party and state label written after a name: "R-Ky.", "D-Calif.".
/// A quoted nickname inside a name ("Marcia “Cia” Price") at tokens `i..i + 3`.
fn nickname_at(text: &str, toks: &[Tok], i: usize) -> bool {
    let mark = |t: Option<&Tok>| t.is_some_and(|t| matches!(t.punct, Some('"' | '\u{201c}' | '\u{201d}' | '\'' | '\u{2018}' | '\u{2019}')));
    mark(toks.get(i)) && toks.get(i + 1).is_some_and(|t| t.is_word() && is_capitalised(word(text, t))) && mark(toks.get(i + 2))
}

fn is_party_label(w: &str) -> bool {
    let mut parts = w.splitn(2, '-');
    matches!((parts.next(), parts.next()), (Some(p), Some(rest)) if p.len() == 1 && p.chars().all(|c| c.is_ascii_uppercase()) && !rest.is_empty())
}

/// Whether the capitalised filler at token `i` opens an office's title with the
/// capitalised office after it: "First Minister", "First Lady", "First Secretary"
/// (`title_ordinals.txt`), where "First, …" or "first said" is no part of a name.
fn opens_office_title(text: &str, toks: &[Tok], i: usize) -> bool {
    static CELL: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let ordinals = CELL
        .get_or_init(|| data_file!("text/attribution/title_ordinals.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect());
    let next = toks.get(i + 1).filter(|t| t.is_word()).map(|t| word(text, t));
    ordinals.contains(&key(word(text, &toks[i])).as_ref())
        && next.is_some_and(|w| is_capitalised(w) && (lexicon::speaker_roles().contains(&key(w)) || super::name_words::is_peer_style(w)))
}

/// Where the speaker phrase ending at `end` starts, reading leftwards no further than `lo`.
fn phrase_start(text: &str, toks: &[Tok], lo: usize, end: usize) -> Option<usize> {
    let mut start = end;
    let mut k = end;
    // Whether the reading stopped at punctuation or the edge (not at a word it refused).
    let mut clean_stop = true;
    while k > lo {
        let t = toks[k - 1];
        if t.is(')') {
            if let Some(open) = (lo..k - 1).rev().find(|&j| toks[j].is('(')) {
                if k - 1 - open <= 8 {
                    k = open;
                    continue;
                }
            }
            break;
        }
        if k >= lo + 3 && start < end && nickname_at(text, toks, k - 3) {
            k -= 3;
            continue;
        }
        // "Acme Robotics, Inc. announced": a comma before a company suffix is inside the name.
        if t.is(',') && start == k && k < end && k >= lo + 2 && org_names::is_company_suffix(word(text, &toks[k])) && {
            let p = word(text, &toks[k - 2]);
            toks[k - 2].is_word() && is_capitalised(p)
        } {
            k -= 1;
            continue;
        }
        // "Marks and Spencer chief executive Stuart Machin said", "Procter & Gamble boss
        // …": a joiner inside a company's name before the office; "Ministry of
        // Agriculture, Forestry and Fisheries spokesman …": a comma in its list.
        if start == k && k < end && (org_names::and_before_office(text, toks, lo, k - 1, end) || org_names::comma_inside_name(text, toks, lo, k - 1, end)) {
            start = k - 1;
            k -= 1;
            continue;
        }
        if !t.is_word() {
            break;
        }
        let w = word(text, &t);
        let kk = key(w);
        let capital = is_capitalised(w);
        // "the Ministry of Trade and Industry said": "and" inside one organisation's name.
        if start == k && k < end && org_names::and_inside_name(text, toks, lo, k - 1, end) {
            start = k - 1;
            k -= 1;
            continue;
        }
        // "Later", "But", "When" opening a sentence are not part of a name.
        if capital
            && (lexicon::cue_fillers().contains(&kk) || lexicon::speaker_boundaries().contains(&kk))
            && !(k == end && capitalised_name_before_cue(text, toks, lo, end))
            && !(start == k && k < end && opens_office_title(text, toks, k - 1))
        {
            // "First National Bank said": the adverb opens the organisation's name, and
            // nothing before it belongs to the phrase.
            if start == k && k < end && super::name_openers::opens_name_at(text, toks, k - 1, end) {
                start = k - 1;
            }
            clean_stop = false;
            break;
        }
        if is_subject_pronoun(&kk) {
            if start == end {
                start = k - 1;
            }
            clean_stop = false;
            break;
        }
        if lexicon::speaker_determiners().contains(&kk) && !(capital && kk == "i") {
            if kk == "that" {
                clean_stop = false;
                break;
            }
            start = k - 1;
            // "a spokesman for the campaign": the determiner opens the object of a
            // preposition inside the phrase; read on to the phrase's own start.
            // "a narrator in the ad", "one source on the panel" likewise.
            let inner = k >= lo + 3
                && toks[k - 2].is_word()
                && (matches!(key(word(text, &toks[k - 2])).as_str(), "of" | "for" | "at" | "with" | "from" | "in" | "on")
                    || and_the_in_title(text, toks, lo, k - 2, k)
                    || super::unnamed::ties_at(text, toks, lo, k - 2))
                && toks[k - 3].is_word()
                && {
                    let pw = word(text, &toks[k - 3]);
                    let pk = key(pw);
                    lexicon::speaker_roles().contains(&pk)
                        || is_capitalised(pw)
                        // "a report from the Resolution Foundation": a document's maker.
                        || documents::is_document_noun(&pk)
                        || (!lexicon::speaker_boundaries().contains(&pk)
                            && !lexicon::reporting_verbs().contains(&pk)
                            && !lexicon::speaker_determiners().contains(&pk))
                };
            if inner {
                k -= 2;
                continue;
            }
            clean_stop = false;
            break;
        }
        // "earlier estimates from Stanford University": a document and its maker.
        let document = start < end && k < end && documents::is_document_noun(&kk) && {
            let next = key(word(text, &toks[k]));
            toks[k].is_word() && matches!(next.as_str(), "from" | "by" | "of")
        };
        // "Minister for the Environment and Climate Eamon Ryan": "and" between capitalised
        // words of an office's title.
        if kk == "and"
            && start == k
            && k >= lo + 2
            && toks[k - 2].is_word()
            && is_capitalised(word(text, &toks[k - 2]))
            && title_opened_before(text, toks, lo, k - 1)
        {
            start = k - 1;
            k -= 1;
            continue;
        }
        // "earlier estimates", "a new state survey": up to two modifiers of the document.
        let doc_at = |i: usize| i < end && toks[i].is_word() && documents::is_document_noun(&key(word(text, &toks[i])));
        let doc_modifier = start == k
            && !capital
            && (doc_at(k) || (k + 1 < end && doc_at(k + 1)))
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !lexicon::speaker_determiners().contains(&kk)
            && !lexicon::reporting_verbs().contains(&kk)
            && !lexicon::speaker_boundaries().contains(&kk)
            && !is_subject_pronoun(&kk);
        if doc_modifier
            && k < end
            && toks[start].is_word()
            && (start + 1..end).any(|j| key(word(text, &toks[j])) == "from" || key(word(text, &toks[j])) == "by")
        {
            start = k - 1;
            k -= 1;
            continue;
        }
        let made_by = matches!(kk.as_str(), "from" | "by" | "of")
            && start == k
            && k < end
            && k >= lo + 2
            && toks[k - 2].is_word()
            && documents::is_document_noun(&key(word(text, &toks[k - 2])));
        if made_by {
            start = k - 1;
            k -= 1;
            continue;
        }
        // "Founder and chief executive Gary Smith said": "and" between two offices joins one role.
        if kk == "and" && start == k && k < end && offices_joined_at(text, toks, lo, k - 1, end) {
            start = k - 1;
            k -= 1;
            continue;
        }
        if !capital && lexicon::speaker_boundaries().contains(&kk) {
            // A preposition inside the phrase: "a spokesman for the campaign".
            let place = kk == "in" && start < end && is_capitalised(word(text, &toks[k]));
            // "A former aide to Obama": "to" after an office ties it to whom it serves.
            let serves = kk == "to" && k >= 2 && lexicon::speaker_roles().contains(&key(word(text, &toks[k - 2])));
            // "A source close to Boris Johnson", "someone familiar with the talks".
            let serves = serves || super::unnamed::ties_at(text, toks, lo, k - 1);
            let inside =
                start < end && (matches!(kk.as_str(), "of" | "for" | "at" | "with" | "from") || place || serves) && k >= 2 && toks[k - 2].is_word() && {
                    let pw = word(text, &toks[k - 2]);
                    let pk = key(pw);
                    lexicon::speaker_roles().contains(&pk)
                        || is_capitalised(pw)
                        || (pk.len() > 2 && !lexicon::speaker_boundaries().contains(&pk) && !lexicon::reporting_verbs().contains(&pk))
                };
            if inside {
                k -= 1;
                continue;
            }
            clean_stop = false;
            break;
        }
        // "the IMF report stated": a reporting word after a name or a determiner, right
        // before the cue, is the noun that heads the phrase.
        // "the audit report found": likewise after a determiner and one modifier.
        let modified = k >= lo + 3
            && lexicon::cue_nouns().contains(&kk)
            && toks[k - 2].is_word()
            && !is_capitalised(word(text, &toks[k - 2]))
            && toks[k - 3].is_word()
            && lexicon::speaker_determiners().contains(&key(word(text, &toks[k - 3])));
        let head_noun = k == end && lexicon::reporting_verbs().contains(&kk) && (noun_position(text, toks, lo, k - 1) || modified);
        // "the state health department said", "state media said": a reporting word as
        // often a noun, before another lower-case word of the phrase, modifies it.
        let modifier = start == k
            && k < end
            && lexicon::cue_nouns().contains(&kk)
            && toks[k].is_word()
            && !is_capitalised(word(text, &toks[k]))
            && !lexicon::reporting_verbs().contains(&key(word(text, &toks[k])));
        // "secretary of state Hillary Clinton": a reporting word after an office and "of"
        // is what the office is of.
        let office = before_title(text, toks, k - 1, end)
            || (k >= lo + 3
                && toks[k - 2].is_word()
                && key(word(text, &toks[k - 2])) == "of"
                && lexicon::speaker_roles().contains(&key(word(text, &toks[k - 3]))));
        if !capital && !head_noun && !modifier && !office && !document && (lexicon::reporting_verbs().contains(&kk) || lexicon::cue_fillers().contains(&kk)) {
            clean_stop = false;
            break;
        }
        start = k - 1;
        k -= 1;
        if end - start > 14 {
            clean_stop = false;
            break;
        }
    }
    if start >= end {
        return None;
    }
    // Trim lower-case words the phrase cannot start with ("spoke to reporters" → nothing),
    // but keep an office before a name at the edge ("panel Chairman Jason Chaffetz").
    let mut s = start;
    while s < end {
        let w = word(text, &toks[s]);
        let kk = key(w);
        if is_capitalised(w) || lexicon::speaker_determiners().contains(&kk) || lexicon::speaker_roles().contains(&kk) || is_subject_pronoun(&kk) {
            break;
        }
        if clean_stop && s == start && (s + 1..end.min(s + 3)).any(|j| is_capitalised(word(text, &toks[j]))) {
            break;
        }
        if clean_stop && s == start && describes_name(text, toks, s, end) {
            break;
        }
        if super::unnamed::opens_at(text, toks, s, end) {
            break;
        }
        // "earlier estimates from Stanford University": modifiers of a document opening
        // the phrase are the document's.
        if s == start && (s..end.min(s + 3)).any(|j| documents::is_document_noun(&key(word(text, &toks[j])))) {
            break;
        }
        if lexicon::speaker_boundaries().contains(&kk) {
            s += 1;
            continue;
        }
        // A bare plural ("officials said", "experts say") stands alone.
        // So does a group that speaks as one ("police said", "state media said").
        if (s..end).all(|j| !is_capitalised(word(text, &toks[j]))) && end - s <= 3 && super::groups::ends_bare_group(&key(word(text, &toks[end - 1]))) {
            break;
        }
        s += 1;
    }
    (s < end).then_some(s)
}

/// How many words back an office's title may have been opened by "of"/"for".
const TITLE_REACH: usize = 8;

/// Whether "and" at token `and`, before "the" at `the`, joins the portfolios of an
/// office's title ("Cabinet Secretary for Finance and the Economy Kate Forbes"): a
/// capitalised word on either side, and an office with "for" or "of" a few words before.
fn and_the_in_title(text: &str, toks: &[Tok], lo: usize, and: usize, the: usize) -> bool {
    let cap = |i: usize| toks.get(i).is_some_and(|t| t.is_word() && is_capitalised(word(text, t)));
    if key(word(text, &toks[and])) != "and" || the + 1 >= toks.len() || !cap(the + 1) || and == lo || !cap(and - 1) {
        return false;
    }
    title_opened_before(text, toks, lo, and)
}

/// Whether an office's title opened by "of"/"for" ("Minister for", "Secretary of State
/// for") stands a few words before token `at`, only capitalised words and connectives
/// between.
fn title_opened_before(text: &str, toks: &[Tok], lo: usize, at: usize) -> bool {
    let mut j = at;
    while j > lo + 1 && at - j < TITLE_REACH {
        j -= 1;
        let t = &toks[j];
        if !t.is_word() {
            return false;
        }
        let k = key(word(text, t));
        if matches!(k.as_str(), "of" | "for") && toks[j - 1].is_word() && {
            let p = word(text, &toks[j - 1]);
            is_capitalised(p) && lexicon::speaker_roles().contains(&key(p))
        } {
            return true;
        }
        if !is_capitalised(word(text, t)) && !matches!(k.as_str(), "of" | "for" | "and" | "&" | "the") {
            return false;
        }
    }
    false
}

/// Most lower-case words of a description that may stand before a name.
const DESCRIPTION_WORDS: usize = 4;

/// Whether tokens `s..end` open with a lower-case description that ends in a word of
/// office right before a capitalised name: "election law expert Rick Hasen", "former
/// county health officer Ana Diaz". The whole run is the speaker's role.
fn describes_name(text: &str, toks: &[Tok], s: usize, end: usize) -> bool {
    let Some(cap) = (s..end).find(|&j| is_capitalised(word(text, &toks[j]))) else { return false };
    cap > s
        && cap - s <= DESCRIPTION_WORDS
        && lexicon::speaker_roles().contains(&key(word(text, &toks[cap - 1])))
        && (s..cap).all(|j| {
            let k = key(word(text, &toks[j]));
            toks[j].is_word()
                && !lexicon::speaker_boundaries().contains(&k)
                && !lexicon::function_words().contains(&k)
                && !lexicon::reporting_verbs().contains(&k)
        })
}

/// "according to new figures from the ONS": the document and its maker (read from token
/// `maker`), credited as one phrase, as PolNeAR's gold does.
fn document_source(text: &str, toks: &[Tok], k: usize, maker: usize, hi: usize) -> Option<Speaker> {
    let body = read_after(text, toks, maker, hi)?;
    let span = Span::new(toks[k].span.start, body.span.end);
    let end = (maker..hi).find(|&j| toks[j].span.end >= body.span.end)? + 1;
    Some(describe(text, &toks[k..end], span, None))
}

/// The speaker after an inverted cue ("…," said Douglas Holtz-Eakin, an economist …) or
/// the source after "according to", read rightwards no further than `hi`.
pub fn after(text: &str, toks: &[Tok], cue_end: usize, hi: usize) -> Option<Speaker> {
    read_after(text, toks, cue_end, hi).filter(can_speak)
}

fn read_after(text: &str, toks: &[Tok], cue_end: usize, hi: usize) -> Option<Speaker> {
    let mut k = cue_end;
    let first = toks.get(k).filter(|_| k < hi)?;
    if !first.is_word() {
        // `said "Meet the Press" moderator Kristen Welker`: a title in marks opens the role.
        let after = super::quoted_titles::title_before_office(text, toks, k, hi)?;
        let s = read_after(text, toks, after, hi)?;
        return Some(super::quoted_titles::with_title(text, toks, k, after, s));
    }
    if super::documents::after_according_to(text, toks, k) {
        // "a YouGov poll of 2,041 adults" names no maker: read as any other source.
        if let Some(s) = super::documents::maker_start(text, toks, k, hi).and_then(|m| document_source(text, toks, k, m, hi)) {
            return Some(s);
        }
    }
    let w0 = word(text, first);
    let k0 = key(w0);
    if lexicon::time_words().contains(&k0) {
        return None;
    }
    if is_subject_pronoun(&k0) && k0 != "who" && k0 != "that" {
        return Some(describe(text, &toks[k..k + 1], first.span, None));
    }
    // "said State Senator José Rodríguez": a capitalised word before a name is no verb.
    let before_name = is_capitalised(w0) && toks.get(k + 1).filter(|_| k + 1 < hi).is_some_and(|t| t.is_word() && is_capitalised(word(text, t)));
    if matches!(k0.as_str(), "that" | "this" | "these" | "those")
        || (lexicon::reporting_verbs().contains(&k0) && !before_name && super::groups::bare_group_end(text, toks, k, hi).is_none())
        || lexicon::speaker_boundaries().contains(&k0)
        || (is_capitalised(w0) && k0.ends_with("ing"))
    {
        return None;
    }
    // "The audience gathered …" is a description; "The Chicago Tribune" a name.
    let next_capitalised = toks.get(k + 1).filter(|_| k + 1 < hi).is_some_and(|t| t.is_word() && is_capitalised(word(text, t)));
    let nominal = lexicon::speaker_determiners().contains(&k0) && (!is_capitalised(w0) || !next_capitalised);
    if nominal && !toks.get(k + 1).filter(|_| k + 1 < hi).is_some_and(Tok::is_word) {
        return None;
    }
    // A bare role before the name: "said former Sen. Evan Bayh", "said retired
    // neurosurgeon Ben Carson". Up to three plain lower-case words, then a capital.
    let lead_end = if nominal {
        k
    } else if is_capitalised(w0) {
        // "said British finance minister Hugo Jonge": a capitalised modifier before a
        // lower-case role and a name opens the role, not the name.
        let lower_next = toks.get(k + 1).filter(|_| k + 1 < hi).is_some_and(|t| t.is_word() && !is_capitalised(word(text, t)));
        // The lower-case words must end in an office ("Cruz exhorted Republicans" is a clause).
        let office = |e: usize| lexicon::speaker_roles().contains(&key(word(text, &toks[e - 1])));
        let office_lead = if lower_next { role_lead_end(text, toks, k + 1, hi).filter(|&e| office(e)) } else { None };
        // "said Esk Valley grower Brydon Nisbet", "said Queens bodega owner Hector Ramos":
        // the place and what the person does lead to the name.
        office_lead.or_else(|| super::descriptors::name_after_place_and_description(text, toks, k, hi)).unwrap_or(k)
    } else {
        match role_lead_end(text, toks, k, hi) {
            Some(e) => e,
            // "according to police", "said state media": a group speaking as one, read
            // only right after a cue word (a clause's opening words are no speaker).
            None if k > 0 && toks[k - 1].is_word() => {
                let e = super::groups::bare_group_end(text, toks, k, hi)?;
                return Some(describe(text, &toks[k..e], Span::new(toks[k].span.start, toks[e - 1].span.end), None));
            }
            None => return None,
        }
    };
    let start = k;
    // Whether the phrase ended at a participle of its document's release.
    let mut released = false;
    while k < hi {
        let t = toks[k];
        if t.is('(') {
            if let Some(close) = (k + 1..hi.min(k + 9)).find(|&j| toks[j].is(')')) {
                k = close + 1;
                continue;
            }
            break;
        }
        if k > start && k + 3 <= hi && nickname_at(text, toks, k) {
            k += 3;
            continue;
        }
        // "said 9/11 survivor Dana Ortiz": the slash inside the role read before the name.
        if k < lead_end && t.is('/') {
            k += 1;
            continue;
        }
        // "a YouGov poll of 2,041 adults": a thousands comma is inside the number.
        if k > start && org_names::thousands_comma(text, toks, k) {
            k += 1;
            continue;
        }
        // "the inspectors' report", "the Consumers' Association": a plural's apostrophe
        // inside the phrase; "Telford & Wrekin Council": an ampersand between capitals.
        if k > start && k + 1 < hi && (possessive_end(text, toks, k - 1) == Some(k + 1) || ampersand_in_name(text, toks, k, hi)) {
            k += 1;
            continue;
        }
        // "said Ministry of Agriculture, Forestry and Fisheries spokesman Taro Ito": a
        // comma in an organisation's list of portfolios; "said Procter & Gamble boss …".
        if k > start && (org_names::comma_inside_name(text, toks, start, k, hi) || org_names::and_before_office(text, toks, start, k, hi)) {
            k += 1;
            continue;
        }
        if !t.is_word() {
            break;
        }
        let w = word(text, &t);
        let kk = key(w);
        let capital = is_capitalised(w);
        // "the Centers for Disease Control and Prevention", "the Ministry of Trade and
        // Industry": a preposition after an organisation word, or "and" between words of
        // its name, is inside the name.
        if k > start && !capital && (org_names::and_inside_name(text, toks, start, k, hi) || org_preposition(text, toks, start, k, hi)) {
            k += 1;
            continue;
        }
        if k > start && !capital && lexicon::speaker_boundaries().contains(&kk) {
            // "a source involved in the super-PAC's creation", "an editorial in The Register".
            // "said a report on Wednesday": a day is when, no object of the phrase.
            let object_follows = k + 1 < hi && toks[k + 1].is_word() && {
                let n = word(text, &toks[k + 1]);
                (is_capitalised(n) && !(kk == "on" && lexicon::time_words().contains(&key(n)))) || lexicon::speaker_determiners().contains(&key(n))
            };
            let inside = (matches!(kk.as_str(), "of" | "for" | "at") && k + 1 < hi && toks[k + 1].is_word())
                || k < lead_end
                || (kk == "and" && office_then_name(text, toks, k - 1, hi))
                || of_in_title(text, toks, k, hi)
                // "said a report by the Urban Institute": "by" before a name gives the maker.
                || (nominal && matches!(kk.as_str(), "in" | "on" | "to" | "with" | "from" | "by") && object_follows);
            if !inside {
                break;
            }
        }
        // "according to the audit report, …": a word as often a noun that ends the phrase
        // (punctuation or nothing after it) heads it: the document credited.
        let head_noun = k > start && lexicon::cue_nouns().contains(&kk) && (k + 1 >= hi || !toks[k + 1].is_word() || after_determiner(text, toks, k));
        if !capital && !head_noun && k > start && k >= lead_end && (lexicon::reporting_verbs().contains(&kk) || lexicon::time_words().contains(&kk)) {
            break;
        }
        if !nominal
            && !capital
            && k >= lead_end
            && !lexicon::name_particles().contains(&kk)
            && !office_then_name(text, toks, k, hi)
            && !joined_role_at(text, toks, start, k, hi)
            && !of_in_title(text, toks, k, hi)
            && !org_preposition_before_office(text, toks, k, hi)
        {
            break;
        }
        // "according to a new Quinnipiac University poll released Wednesday": a participle
        // after the document noun opens a phrase about when or how it came out, no part of
        // the source (one handing it over from its maker, "provided by", is read above).
        if nominal && k > start && !capital && released_after_document(text, toks, k, hi) {
            released = true;
            break;
        }
        // "said a longtime GOP data expert who has worked …": the relative clause is not
        // part of the name.
        // "Director-General of the WHO Tedros …": the acronym in capitals is no pronoun.
        if k > start && !(capital && kk == "who") && matches!(kk.as_str(), "who" | "whose" | "which" | "that") {
            break;
        }
        k += 1;
        if k - start > 12 {
            break;
        }
    }
    // Drop bracketed trailers and prepositions left hanging at the end.
    let mut end = k;
    while end > start && (toks[end - 1].is(')') || (toks[end - 1].is_word() && lexicon::speaker_boundaries().contains(&key(word(text, &toks[end - 1]))))) {
        if toks[end - 1].is(')') {
            match (start..end - 1).rev().find(|&j| toks[j].is('(')) {
                Some(open) => end = open,
                None => break,
            }
        } else {
            end -= 1;
        }
    }
    if end <= start {
        return None;
    }
    // A description after the cue must end there ("said the mayor."), or it is the
    // subject of the reported clause ("said the event brought back memories").
    // "said the base chief known as Bob": the description gives the name after it.
    if nominal {
        // The naming phrase may have been read into the description ("the base chief known").
        if let Some((at, named)) = (start + 1..=end).find_map(|j| named_after_description(text, toks, j, hi).map(|n| (j, n))) {
            let role = text[toks[start].span.start..toks[at - 1].span.end].to_string();
            return Some(Speaker { role: Some(role), ..named });
        }
    }
    let relative_follows = end < hi && toks[end].is_word() && matches!(key(word(text, &toks[end])).as_str(), "who" | "whose" | "which");
    let when = when_follows(text, toks, end, hi);
    if nominal && (end - start > 10 || (end < hi && toks[end].is_word() && !relative_follows && !released && !when)) {
        return None;
    }
    // "said the bureau's director, James B. Comey, on Monday": a description, then the
    // name set off after it, is the named person with the description as role.
    if nominal {
        if let Some(named) = name_after_comma(text, toks, end, hi) {
            let role = text[toks[start].span.start..toks[end - 1].span.end].to_string();
            return Some(Speaker { role: Some(role), ..named });
        }
        // "said one resident, taxi driver Ahmed Karim": the description set off after it
        // names the person and gives the role.
        if let Some(named) = described_after_comma(text, toks, end, hi) {
            return Some(named);
        }
    }
    // An appositive after a name: ", an economist at the Tax Foundation,".
    // A bare office works too: ", founder of MacroPolicy Perspectives.".
    let mut appositive = None;
    if end < hi && toks[end].is(',') {
        let a = end + 1;
        let opens = a < hi
            && toks[a].is_word()
            && (lexicon::speaker_determiners().contains(&key(word(text, &toks[a])))
                || bare_office_at(text, toks, a, hi)
                || super::role_pieces::office_piece_end(text, toks, a, hi).is_some());
        if opens {
            let stop = (a..hi).find(|&j| !toks[j].is_word() && !toks[j].is('-') && !toks[j].is('\'')).unwrap_or(hi);
            // A relative clause describes the speaker further; it is no part of the role.
            let closed = stop >= hi || toks[stop].is(',') || toks[stop].is('.');
            let stop = relative_clause_at(text, toks, a, stop).unwrap_or(stop);
            // A description, not a clause: "the raids would have been conducted" is none.
            let clause = (a..stop).any(|j| lexicon::cue_fillers().contains(&key(word(text, &toks[j]))));
            if stop > a && !clause && closed {
                appositive = Some(Span::new(toks[a].span.start, toks[stop - 1].span.end));
            }
        }
    }
    let phrase = Span::new(toks[start].span.start, toks[end - 1].span.end);
    Some(describe(text, &toks[start..end], phrase, appositive))
}

/// Whether only a day follows token `end` to its clause's end: "on Wednesday" after
/// "said a report".
fn when_follows(text: &str, toks: &[Tok], end: usize, hi: usize) -> bool {
    let stop = (end..hi).find(|&j| !toks[j].is_word()).unwrap_or(hi);
    let words = |j: usize| key(word(text, &toks[j]));
    stop == end + 2 && words(end) == "on" && is_capitalised(word(text, &toks[end + 1])) && lexicon::time_words().contains(&words(end + 1))
}

/// Whether token `k` is a past participle right after a document noun ("poll released
/// Wednesday", "survey conducted online"), not handing it over from a maker ("by", "to").
fn released_after_document(text: &str, toks: &[Tok], k: usize, hi: usize) -> bool {
    let k_key = key(word(text, &toks[k]));
    let participle = (k_key.len() > 4 && k_key.ends_with("ed")) || lexicon::irregular_past_verbs().contains(&k_key);
    let after_document = toks[k - 1].is_word() && documents::is_document_noun(&key(word(text, &toks[k - 1])));
    let handed = k + 1 < hi && toks[k + 1].is_word() && matches!(key(word(text, &toks[k + 1])).as_ref(), "by" | "to" | "from");
    // Only when (and how) it came out follows, to the clause's end: "released Wednesday",
    // "conducted online last week"; "published Thursday in The Lancet" names its outlet.
    let when = (k + 1..hi).take_while(|&j| toks[j].is_word()).all(|j| {
        let w = word(text, &toks[j]);
        let kk = key(w);
        lexicon::time_words().contains(&kk) || (!is_capitalised(w) && matches!(kk.as_ref(), "on" | "last" | "this" | "online" | "earlier" | "week" | "month"))
    });
    participle && after_document && !handed && when
}

/// Whether a bare office opens at token `a` of an appositive: lower-case words, at most
/// four, whose last before a preposition or the piece's end is an office ("founder of
/// MacroPolicy Perspectives", "chief investment strategist at Halberd Capital").
fn bare_office_at(text: &str, toks: &[Tok], a: usize, hi: usize) -> bool {
    let lower = |j: usize| j < hi && toks[j].is_word() && !is_capitalised(word(text, &toks[j]));
    let mut j = a;
    // "pressed by moderator Dana Bash": a preposition other than the office's own ends it.
    let stops = |j: usize| {
        let k = key(word(text, &toks[j]));
        HEAD_PREPOSITIONS.contains(&k.as_ref()) || k == "by"
    };
    while lower(j) && j < a + 4 && !stops(j) {
        j += 1;
    }
    j > a && lexicon::speaker_roles().contains(&key(word(text, &toks[j - 1])))
}

/// The first relative pronoun ("who", "whose", "which", "that") in tokens `a..stop` after
/// the first word: where a description's relative clause begins.
fn relative_clause_at(text: &str, toks: &[Tok], a: usize, stop: usize) -> Option<usize> {
    (a + 1..stop).find(|&j| toks[j].is_word() && matches!(word(text, &toks[j]), "who" | "whose" | "which" | "that"))
}

/// Whether token `k` is an ampersand between two capitalised words, inside a name
/// ("Telford & Wrekin Council", "Brighton & Hove").
fn ampersand_in_name(text: &str, toks: &[Tok], k: usize, hi: usize) -> bool {
    let capital_at = |i: usize| i < hi && toks.get(i).is_some_and(|t| t.is_word() && is_capitalised(word(text, t)));
    toks[k].is('&') && k > 0 && capital_at(k - 1) && capital_at(k + 1)
}

/// Whether the "of" at token `k` joins a capitalised office to what it is the office of,
/// before a name: "Secretary of State Madeleine Albright", "Director of National
/// Intelligence James Clapper". The title is the role, and the name follows it.
/// "Minister for Foreign Affairs and Trade Penny Wong": "for" after an office, and an
/// "and" between capitalised words of the title such a preposition opened, join it too.
fn of_in_title(text: &str, toks: &[Tok], k: usize, hi: usize) -> bool {
    let capital_at = |i: usize| toks.get(i).filter(|_| i < hi).is_some_and(|t| t.is_word() && is_capitalised(word(text, t)));
    let office_at = |i: usize| capital_at(i) && lexicon::speaker_roles().contains(&key(word(text, &toks[i])));
    let connective_at = |i: usize| toks[i].is_word() && matches!(key(word(text, &toks[i])).as_str(), "of" | "for" | "and" | "&" | "the");
    let kk = key(word(text, &toks[k]));
    // The title opened by "of"/"for" after an office a few words back: "Minister of State
    // for Housing", "Secretary of State for Energy Security and Net Zero".
    let opened_before = || title_opened_before(text, toks, 0, k);
    let joins = match kk.as_str() {
        "of" | "for" => k > 0 && (office_at(k - 1) || (capital_at(k - 1) && opened_before())),
        "and" => k > 0 && capital_at(k - 1) && opened_before(),
        "the" => k > 0 && connective_at(k - 1) && opened_before(),
        _ => false,
    };
    // Two capitalised words follow, or one and then "and" going on with the title
    // ("for Health and Social Care Aled Evans"); "the" may open them ("for the Economy").
    let and_at = |i: usize| toks.get(i).filter(|_| i < hi).is_some_and(|t| t.is_word() && matches!(key(word(text, t)).as_str(), "and" | "&"));
    let the = toks.get(k + 1).filter(|_| k + 1 < hi).is_some_and(|t| t.is_word() && key(word(text, t)) == "the");
    let n = if the { k + 2 } else { k + 1 };
    let goes_on = |i: usize| toks.get(i).filter(|_| i < hi).is_some_and(|t| t.is_word() && matches!(key(word(text, t)).as_str(), "of" | "for"));
    joins && capital_at(n) && (capital_at(n + 1) || (kk != "and" && (and_at(n + 1) || goes_on(n + 1)) && capital_at(n + 2)))
}

/// Whether the "of" or "for" at token `k` joins the capitalised words of an organisation
/// that an office and a name follow: "Transport for London commissioner Andy Lord",
/// "Bank of England governor Andrew Bailey".
fn org_preposition_before_office(text: &str, toks: &[Tok], k: usize, hi: usize) -> bool {
    const ORG_REACH: usize = 4;
    let capital_at = |i: usize| i < hi && toks[i].is_word() && is_capitalised(word(text, &toks[i]));
    if k == 0 || !capital_at(k - 1) || !matches!(key(word(text, &toks[k])).as_str(), "of" | "for") || !capital_at(k + 1) {
        return false;
    }
    let mut j = k + 1;
    while j < hi && j - k <= ORG_REACH && capital_at(j) {
        j += 1;
    }
    j < hi && office_then_name(text, toks, j, hi)
}

/// Whether the "of" or "for" at token `k` (in a phrase opening at `start`) follows an
/// organisation word and comes before a capitalised word: "the Ministry of Trade",
/// "the Centers for Disease Control", not "Smith of Ohio".
fn org_preposition(text: &str, toks: &[Tok], start: usize, k: usize, hi: usize) -> bool {
    let kk = key(word(text, &toks[k]));
    let prev = &toks[k - 1];
    let org = prev.is_word() && is_capitalised(word(text, prev)) && {
        let pk = key(word(text, prev));
        lexicon::organisation_words().contains(&pk) || pk.strip_suffix('s').is_some_and(|b| lexicon::organisation_words().contains(b))
    };
    k > start
        && matches!(kk.as_str(), "of" | "for")
        && org
        && toks.get(k + 1).filter(|_| k + 1 < hi).is_some_and(|n| n.is_word() && is_capitalised(word(text, n)))
}

/// A person's name of two to four words set off by a comma at `comma` and closed by a
/// comma, a full stop or the end: the name in "the bureau's director, James B. Comey,".
fn name_after_comma(text: &str, toks: &[Tok], comma: usize, hi: usize) -> Option<Speaker> {
    if comma >= hi || !toks[comma].is(',') {
        return None;
    }
    let a = comma + 1;
    let stop = (a..hi).find(|&j| !toks[j].is_word()).unwrap_or(hi);
    let closed = stop >= hi || toks[stop].is(',') || toks[stop].is('.');
    let words = (a..stop).all(|j| is_name_word(word(text, &toks[j])) && !lexicon::speaker_roles().contains(&key(word(text, &toks[j]))));
    if !closed || !words || !(2..=4).contains(&(stop - a)) {
        return None;
    }
    let s = describe(text, &toks[a..stop], Span::new(toks[a].span.start, toks[stop - 1].span.end), None);
    (s.kind == Kind::Person).then_some(s)
}

/// Whether the comma-separated piece `seg..right` is a bare description and a full name.
fn described_name_piece(text: &str, toks: &[Tok], seg: usize, right: usize) -> bool {
    toks.get(seg).is_some_and(|t| t.is_word() && !is_capitalised(word(text, t))) && described_name(text, toks, seg, right).is_some()
}

/// The piece after the comma at `comma`, closed by a comma, a full stop or the end, when it
/// is a bare description and a full name ("…, taxi driver Ahmed Karim.").
fn described_after_comma(text: &str, toks: &[Tok], comma: usize, hi: usize) -> Option<Speaker> {
    if comma >= hi || !toks[comma].is(',') {
        return None;
    }
    let a = comma + 1;
    let stop = (a..hi).find(|&j| !toks[j].is_word()).unwrap_or(hi);
    let closed = stop >= hi || toks[stop].is(',') || toks[stop].is('.');
    if !closed || !toks.get(a).is_some_and(|t| a < hi && t.is_word() && !is_capitalised(word(text, t))) {
        return None;
    }
    described_name(text, toks, a, stop)
}

/// A person's age as a modifier ("24-year-old", "71-year-old"): part of no name, nor of a role.
fn is_age_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit()) && w.to_ascii_lowercase().ends_with("-year-old")
}

/// Tokens `a..stop` as a bare description and then a person's full name: "24-year-old
/// student Lena Vogt", "retired teacher Maureen Pike", "taxi driver Ahmed Karim",
/// "mother-of-three Grace Mwangi". One to three plain lower-case words (an age may open
/// them) before a name of two to four words that ends the piece. The person is the
/// speaker, the words before the name the role; an age says how old, not what one does.
fn described_name(text: &str, toks: &[Tok], a: usize, stop: usize) -> Option<Speaker> {
    let age = toks.get(a).filter(|t| a < stop && t.is_word()).is_some_and(|t| is_age_word(word(text, t)));
    let lead = if age { a + 1 } else { a };
    let name = role_lead_end(text, toks, lead, stop).or_else(|| age.then_some(lead))?;
    let plain = (name..stop).all(|j| {
        let w = word(text, &toks[j]);
        toks[j].is_word() && is_name_word(w) && !lexicon::speaker_roles().contains(&key(w)) && !lexicon::speaker_honorifics().contains(&key(w))
    });
    if !plain || !(2..=4).contains(&(stop - name)) {
        return None;
    }
    let phrase = Span::new(toks[a].span.start, toks[stop - 1].span.end);
    let s = describe(text, &toks[lead..stop], Span::new(toks[lead].span.start, toks[stop - 1].span.end), None);
    (s.kind == Kind::Person && s.name.contains(' ')).then_some(Speaker { span: phrase, ..s })
}

/// The person a description names right after it at token `end`, through a naming phrase
/// ("known as Bob", "calling himself Paul Paul", "going by the handle Pulvermann"): one to
/// three capitalised words that close the phrase.
fn named_after_description(text: &str, toks: &[Tok], end: usize, hi: usize) -> Option<Speaker> {
    let first = toks.get(end).filter(|t| end < hi && t.is_word())?;
    let phrase_end = lexicon::naming_phrases()
        .starting_with_word(&key(word(text, first)))
        .filter_map(|p| {
            let n = p.split(' ').count();
            let words = toks.get(end..end + n).filter(|_| end + n <= hi)?;
            let same = words.iter().zip(p.split(' ')).all(|(t, w)| t.is_word() && key(word(text, t)) == w);
            same.then_some(end + n)
        })
        .max()?;
    let mut stop = phrase_end;
    while stop < hi && stop - phrase_end < 3 && toks[stop].is_word() && is_capitalised(word(text, &toks[stop])) {
        stop += 1;
    }
    let closed = stop >= hi || !toks[stop].is_word();
    if stop == phrase_end || !closed {
        return None;
    }
    let s = describe(text, &toks[phrase_end..stop], Span::new(toks[phrase_end].span.start, toks[stop - 1].span.end), None);
    (s.kind == Kind::Person).then_some(s)
}

/// Whether tokens from `k` are one to three lower-case office words and then a capitalised
/// word: "Census Bureau director Robert Santos", "White House press secretary Josh Earnest".
/// Whether token `k` (after `start`) lies inside offices joined by "and" before a name,
/// read from an office up to three words back ("founder and creative director").
fn joined_role_at(text: &str, toks: &[Tok], start: usize, k: usize, hi: usize) -> bool {
    let and = |m: usize| toks[m].is_word() && key(word(text, &toks[m])) == "and";
    (start.max(k.saturating_sub(3))..k).any(|s| is_office_at(text, toks, s) && (s..=k).any(and) && office_then_name(text, toks, s, hi))
}

/// Whether the "and" at token `and` joins an office before it, capitalised or not, to
/// lower-case offices before a name ending the phrase at `end`: "Founder and chief
/// executive Gary Smith", "Acme co-founder and managing director Jo Lee".
fn offices_joined_at(text: &str, toks: &[Tok], lo: usize, and: usize, end: usize) -> bool {
    and > lo && is_office_at(text, toks, and - 1) && role_lead_end(text, toks, and + 1, end).is_some_and(|e| is_office_at(text, toks, e - 1))
}

/// "Acme co-founder and chief executive John Smith", "GreenVolt founder and managing
/// director Aoife Gallagher": offices joined by "and", a modifier before an office
/// ("managing"), make one role.
fn office_then_name(text: &str, toks: &[Tok], k: usize, hi: usize) -> bool {
    let mut j = k;
    let mut words = 0;
    while j < hi && words < 3 && toks[j].is_word() {
        let w = word(text, &toks[j]);
        let kw = key(w);
        if is_capitalised(w) {
            break;
        }
        let office = lexicon::speaker_roles().contains(&kw);
        let joins = kw == "and" && j > k && is_office_at(text, toks, j - 1);
        let modifies =
            !office && j > k && is_office_at(text, toks, j + 1) && w.chars().all(|c| c.is_alphabetic() || c == '-') && !lexicon::function_words().contains(&kw);
        if !(office || joins || modifies) {
            break;
        }
        words += usize::from(!joins);
        j += 1;
    }
    j > k && j < hi && is_office_at(text, toks, j - 1) && toks[j].is_word() && is_capitalised(word(text, &toks[j]))
}

/// Where a lower-case role before a name ends ("former Sen.", "retired neurosurgeon"):
/// the index of the first capitalised word after one to three plain lower-case words,
/// or `None` when the words run into a verb, a function word or anything but a name.
/// Whether token `i` is a word of office ("director", "minister"): an "-ing" word right
/// before one is part of the office ("managing director", "housing minister", "acting
/// mayor"), not a participle.
fn is_office_at(text: &str, toks: &[Tok], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.is_word() && lexicon::speaker_roles().contains(&key(word(text, t))))
}

/// Most modifiers between a determiner and the noun it opens ("a 2019 annual report").
const NOUN_MODIFIERS: usize = 2;

/// "concluded a report by the Urban Institute": a word as often a noun ([`lexicon::cue_nouns`])
/// right after a determiner is that noun, heading the phrase, not a verb that ends it. So
/// it is after a year or a plain modifier or two ("a 2019 report", "the annual report").
fn after_determiner(text: &str, toks: &[Tok], k: usize) -> bool {
    let mut j = k;
    while j > 0 && k - j < NOUN_MODIFIERS && toks[j - 1].is_word() && is_noun_modifier(word(text, &toks[j - 1])) {
        j -= 1;
    }
    j > 0 && toks[j - 1].is_word() && lexicon::speaker_determiners().contains(&key(word(text, &toks[j - 1])))
}

/// A word that may stand between a determiner and its noun: a number or a year, or a plain
/// lower-case word that is no verb of saying, function word or preposition ("new", "annual").
fn is_noun_modifier(w: &str) -> bool {
    let k = key(w);
    let number = w.chars().all(|c| c.is_ascii_digit());
    let plain = !is_capitalised(w)
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && !lexicon::speaker_determiners().contains(&k)
        && !lexicon::reporting_verbs().contains(&k)
        && !lexicon::function_words().contains(&k)
        && !lexicon::speaker_boundaries().contains(&k);
    number || plain
}

fn role_lead_end(text: &str, toks: &[Tok], k: usize, hi: usize) -> Option<usize> {
    let mut j = k;
    let mut words = 0;
    while j < hi && words < 3 {
        let t = toks.get(j)?;
        // "said 9/11 widow Terry Strada": a date written with a slash is one word.
        let slash = |i: usize| toks.get(i).is_some_and(|t| t.is('/'));
        if slash(j) && j > k && toks[j - 1].is_word() && toks.get(j + 1).is_some_and(|n| n.is_word()) {
            j += 1;
            continue;
        }
        let dated = t.is_word() && word(text, t).chars().all(|c| c.is_ascii_digit()) && (slash(j + 1) || (j > k && slash(j - 1)));
        if dated {
            j += 1;
            continue;
        }
        if !t.is_word() {
            return None;
        }
        let w = word(text, t);
        if is_capitalised(w) {
            break;
        }
        let kw = key(w);
        // "said GreenVolt founder and managing director Aoife Gallagher": "and" between
        // two offices joins one role, and costs no word of it.
        if kw == "and" && j > k && is_office_at(text, toks, j - 1) && toks.get(j + 1).is_some_and(|n| n.is_word() && !is_capitalised(word(text, n))) {
            j += 1;
            continue;
        }
        // "said former secretary of state Hillary Clinton": "of" and one lower-case word
        // after an office belong to the office.
        if let Some(e) = office_of_end(text, toks, k, j, hi) {
            j = e;
            continue;
        }
        // "said managing director Sue Lake", "acting mayor": an -ing or -ly word before
        // a lower-case office is part of the role.
        let before_role = (j + 1..hi.min(j + 3)).any(|r| {
            let nw = word(text, &toks[r]);
            toks[r].is_word() && !is_capitalised(nw) && lexicon::speaker_roles().contains(&key(nw))
        });
        let plain = w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !lexicon::function_words().contains(&kw)
            && !lexicon::speaker_boundaries().contains(&kw)
            && !lexicon::reporting_verbs().contains(&kw)
            && !lexicon::time_words().contains(&kw)
            && !lexicon::cue_fillers().contains(&kw)
            && (before_role || ((!kw.ends_with("ing") || is_office_at(text, toks, j + 1)) && !kw.ends_with("ly")));
        if !plain {
            return None;
        }
        j += 1;
        words += 1;
    }
    let t = toks.get(j).filter(|_| j < hi && j > k)?;
    (t.is_word() && is_capitalised(word(text, t)) && !is_subject_pronoun(&key(word(text, t)))).then_some(j)
}

/// At token `j` in a role read from `k`: "of" after an office and one lower-case word,
/// optionally after "the" ("secretary of state", "chief of staff", "director of the
/// budget"), gives the token after them.
fn office_of_end(text: &str, toks: &[Tok], k: usize, j: usize, hi: usize) -> Option<usize> {
    let w = |i: usize| toks.get(i).filter(|t| i < hi && t.is_word()).map(|t| word(text, t));
    if j <= k || key(w(j)?) != "of" || !lexicon::speaker_roles().contains(&key(w(j - 1)?)) {
        return None;
    }
    let the = w(j + 1).is_some_and(|x| key(x) == "the");
    let obj = if the { j + 2 } else { j + 1 };
    let ow = w(obj)?;
    let lower = !is_capitalised(ow) && ow.chars().all(|c| c.is_alphabetic()) && !lexicon::function_words().contains(&key(ow));
    lower.then_some(obj + 1)
}

/// Splits a speaker phrase into its name and its role.
pub fn describe(text: &str, toks: &[Tok], phrase: Span, appositive: Option<Span>) -> Speaker {
    // Words in brackets ("(R-Ohio)", "(D)") describe the speaker; they are no part of a name.
    let mut depth = 0usize;
    let bare = toks.iter().filter(|t| {
        match t.punct {
            Some('(') => depth += 1,
            Some(')') => depth = depth.saturating_sub(1),
            _ => {}
        }
        depth == 0 && t.is_word()
    });
    let words: Vec<(&str, String)> = bare.map(|t| (word(text, t), key(word(text, t)).into())).collect();
    let apposition = appositive.map(|a| text[a.start..a.end].trim().to_string()).filter(|s| !s.is_empty());
    if words.len() == 1 && is_subject_pronoun(&words[0].1) {
        return Speaker { name: words[0].0.to_string(), role: None, kind: Kind::Pronoun, span: phrase };
    }
    if let Some(s) = office_of_organisation(&words, phrase) {
        let role = s.role.as_deref().and_then(|r| written_role(text[phrase.start..phrase.end].trim_end_matches([',', ' ']), r, &s.name));
        return Speaker { role: role.or(s.role), ..s };
    }
    if headed_by_preposition(&words) {
        let name = text[phrase.start..phrase.end].trim_end_matches([',', ' ']).to_string();
        return Speaker { name, role: apposition, kind: Kind::Nominal, span: phrase };
    }
    // The head of the phrase ends at its first preposition: "a spokesman for the campaign",
    // "Mr. Morgan of the Sierra Club".
    let head = words.iter().position(|(w, k)| !is_capitalised(w) && matches!(k.as_str(), "of" | "for" | "at" | "with" | "from")).unwrap_or(words.len());
    // A capitalised word right before an office modifies it ("Cabinet Secretary for
    // Finance"): no name of its own.
    let before_office = |i: usize| words[..head].get(i + 1).is_some_and(|(_, k)| lexicon::speaker_roles().contains(k));
    let named_head = words[..head]
        .iter()
        .enumerate()
        .any(|(i, (w, k))| is_name_word(w) && !lexicon::speaker_roles().contains(k) && !lexicon::speaker_honorifics().contains(k) && !before_office(i));
    let cut = if named_head { head } else { words.len() };
    let tail: Vec<&str> = words[cut..].iter().map(|(w, _)| *w).collect();
    let head_words = &words[..head];
    let words = &words[..cut];
    // The name: the run of capitalised words (with particles and initials) at the end.
    let mut n = words.len();
    while n > 0 {
        let (w, k) = &words[n - 1];
        let name_like = is_name_word(w) && !lexicon::speaker_roles().contains(k) && !lexicon::speaker_honorifics().contains(k);
        let particle = n < words.len() && lexicon::name_particles().contains(k) && !is_capitalised(w);
        // "the Evening Standard", "First National Bank": a time or an adverb opening a name.
        let opener = !name_like && n < words.len() && {
            let rest: Vec<&str> = words[n..].iter().map(|(w, _)| *w).collect();
            super::name_openers::opens_name(n.checked_sub(2).map(|p| words[p].0), w, &rest)
        };
        if name_like || particle || opener {
            n -= 1;
        } else {
            break;
        }
    }
    // Possessives end a name: "Trump's campaign manager" has no name of its own.
    let last_possessive = words.last().is_some_and(|(w, _)| w.ends_with("'s") || w.ends_with("\u{2019}s"));
    let phrase_text = text[phrase.start..phrase.end].trim_end_matches([',', ' ']).to_string();
    let organisation = head_words.iter().any(|(w, k)| lexicon::organisation_words().contains(k) && (is_capitalised(w) || n == words.len()))
        || (n < words.len() && words[n..].iter().all(|(w, _)| w.len() > 1 && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '&')));
    // "several groups in Chicago": a short run after a preposition is a place, not a name.
    // "a report from the Resolution Foundation": "the" may stand between them.
    let p = if n > 1 && words[n - 1].1 == "the" { n - 1 } else { n };
    let after_preposition = p > 0
        && n + 2 >= words.len()
        && !is_capitalised(words[p - 1].0)
        && matches!(words[p - 1].1.as_str(), "in" | "of" | "for" | "at" | "with" | "from" | "to");
    if n == words.len() || last_possessive || after_preposition || !words.iter().any(|(w, _)| is_capitalised(w)) {
        let kind = if organisation { Kind::Organisation } else { Kind::Nominal };
        return Speaker { name: phrase_text, role: apposition, kind, span: phrase };
    }
    let leading_the = n >= 1 && words[n - 1].1 == "the" && n == 1;
    // "Census Bureau director Robert Santos", "Fox News host Sean Hannity": an office right
    // before a full name makes the organisation before it part of the person's role.
    let office_before_name =
        n > 0 && n + 2 <= words.len() && (lexicon::speaker_roles().contains(&words[n - 1].1) || lexicon::speaker_honorifics().contains(&words[n - 1].1));
    if (organisation && !office_before_name) || leading_the {
        return Speaker { name: phrase_text, role: apposition, kind: Kind::Organisation, span: phrase };
    }
    // Very long capitalised runs hold an office before the name ("Secretary of State
    // Hillary Clinton" leaves "State" in the run): keep a first name, initials, the
    // surname and a suffix ("Robert F. Kennedy Jr.").
    let mut name_words: Vec<&str> = words[n..].iter().map(|(w, _)| *w).collect();
    let mut role_words: Vec<&str> = words[..n].iter().map(|(w, _)| *w).collect();
    // Particles ("da", "von der") are part of a surname, not words of a longer run.
    let core = name_words.iter().filter(|w| !is_initial(w) && !is_suffix(w) && !is_lower_particle(w)).count();
    // "Secretary for Transport and Logistics Mable Chan": after a connective inside an
    // office's title, the run's first word still belongs to the title.
    // "Minister for the Economy Ana Ruiz": an article after the connective likewise.
    let c = if n > 1 && words[n - 1].1 == "the" { n - 1 } else { n };
    let title_connective = c > 0 && matches!(words[c - 1].1.as_str(), "of" | "for" | "and" | "&") && {
        let k = words[c - 1].1.as_str();
        k == "of" || words[..c - 1].iter().any(|(_, k)| lexicon::speaker_roles().contains(k))
    };
    // An office right before the run ("President Luiz Inácio Lula da Silva") leaves the
    // whole run to the name: the office words are already out of it.
    if !office_before_name && (core > 3 || (core == 3 && title_connective)) {
        let cut = person_name_start(&name_words);
        let cut = super::name_words::patronymic_floor(&name_words).map_or(cut, |f| cut.min(f));
        // "Editor-in-Chief of the Gazette Maria Lopez": after "of the", the run's first
        // word is the title's, even when the name could read as two given names.
        let cut = if c < n && core == 3 && title_connective && name_words.len() == 3 { cut.max(1) } else { cut };
        let moved: Vec<&str> = name_words.drain(..cut).collect();
        role_words.extend(moved);
    }
    take_peer_style(&mut role_words, &mut name_words);
    take_traditional_style(&mut role_words, &mut name_words);
    let name = name_words.join(" ");
    // "Mr." says how to address the speaker, not what the speaker does: never a role.
    role_words.retain(|w| !is_courtesy(w) && !is_age_word(w));
    let profession = profession_at_employer(&role_words, &tail);
    let tail = if profession { ["at"].into_iter().chain(tail[1..].iter().copied()).collect() } else { tail };
    let lowered = role_words.first().map(|w| w.to_lowercase());
    if let (true, Some(first)) = (profession, lowered.as_deref()) {
        role_words[0] = first;
    }
    role_words.extend(tail);
    let mut role = role_words.join(" ");
    if role.eq_ignore_ascii_case("the") || role.eq_ignore_ascii_case("a") {
        role.clear();
    }
    let role = written_role(&phrase_text, &role, &name).unwrap_or(role);
    // "Sheikh Rashid Ahmed, Minister of Foreign Affairs,": an honorific says how the
    // speaker is addressed; the office set off beside the name says what they do.
    let honorific_only = role.split_whitespace().all(|w| lexicon::speaker_honorifics().contains(&key(w)));
    let role = if role.is_empty() || (honorific_only && apposition.is_some()) { apposition } else { Some(role) };
    Speaker { name, role, kind: Kind::Person, span: phrase }
}

/// "Analyst Ben Hughes of Forrester", "Meteorologist Estael Sias of MetSul": a
/// profession before the name and "of" an employer after it. The role reads "analyst at
/// Forrester", the profession in lower case as a common noun (capitalised only as a
/// title); offices keep "of" ("Senator … of Vermont").
fn profession_at_employer(role_words: &[&str], tail: &[&str]) -> bool {
    let of = tail.len() >= 2 && tail[0] == "of";
    of && role_words.len() == 1 && lexicon::profession_roles().contains(&key(role_words[0]))
}

/// "Defence minister Lord Coaker", "Dame Sally Davies": the style of a peer or knight
/// right before the name is part of it, as the press writes the name, and no office.
fn take_peer_style<'w>(role_words: &mut Vec<&'w str>, name_words: &mut Vec<&'w str>) {
    if name_words.first().is_some_and(|w| !super::name_words::is_peer_style(w)) && role_words.last().is_some_and(|w| super::name_words::is_peer_style(w)) {
        if let Some(style) = role_words.pop() {
            name_words.insert(0, style);
        }
    }
}

/// "Omanhene Nana Kobina Nketsia V", "Togbe Afede XIV": a traditional ruler's style
/// right before the name ("Nana", "Togbe") is part of it as the press writes it; the
/// stool or throne ("Omanhene") stays the role.
fn take_traditional_style<'w>(role_words: &mut Vec<&'w str>, name_words: &mut Vec<&'w str>) {
    if role_words.last().is_some_and(|w| super::name_words::is_traditional_style(w)) {
        if let Some(style) = role_words.pop() {
            name_words.insert(0, style);
        }
    }
}

/// The role as the phrase writes it, with the commas and ampersands its words were read
/// without ("Procter & Gamble boss", "Ministry of Agriculture, Forestry and Fisheries
/// spokesman"), when the text before the name holds exactly those words.
fn written_role(phrase: &str, role: &str, name: &str) -> Option<String> {
    let first = role.split_whitespace().next()?;
    let at = phrase.rfind(name)?;
    let before = &phrase[..at];
    let start = before.find(first)?;
    let slice = before[start..].trim_end_matches([',', ' ']);
    let bare: Vec<&str> = slice.split_whitespace().map(|w| w.trim_end_matches(',')).filter(|w| *w != "&").collect();
    (slice.contains([',', '&']) && bare.join(" ") == role).then(|| slice.to_string())
}

/// Prepositions after a description's head noun that tie it to whom or what it serves.
const HEAD_PREPOSITIONS: [&str; 9] = ["across", "at", "for", "from", "in", "of", "on", "to", "with"];

/// Whether a speaker phrase is a description whose head comes before a preposition, so
/// the whole phrase is the source and the name after the preposition is only whom the
/// speaker serves or opposes (PolNeAR writes such sources whole): "Critics of Johnson"
/// (a plural for people, capitalised only as it opens the sentence), "A former aide to
/// Obama", "a lawyer for the family", "An adviser to Chancellor Scholz".
fn headed_by_preposition(words: &[(&str, String)]) -> bool {
    if super::unnamed::is_unnamed_phrase(words) {
        return true;
    }
    let preposition = |i: usize| words.get(i).is_some_and(|(w, k)| !is_capitalised(w) && HEAD_PREPOSITIONS.contains(&k.as_str()));
    if words.len() >= 3 && super::groups::is_group_head(&words[0].1) && preposition(1) {
        return true;
    }
    let indefinite = words.first().is_some_and(|(_, k)| matches!(k.as_str(), "a" | "an" | "one" | "another"));
    let Some(p) = (2..words.len().saturating_sub(1)).find(|&i| preposition(i)) else { return false };
    // Lower-case words only between the determiner and the preposition: "a former aide",
    // not "A Democrat from Ohio" (a name of its own).
    // The head is an office ("aide", "lawyer"): "A group of 67 Latin American artists"
    // keeps its own reading.
    indefinite
        && lexicon::speaker_roles().contains(&words[p - 1].1)
        && words[1..p].iter().all(|(w, k)| !is_capitalised(w) && !HEAD_PREPOSITIONS.contains(&k.as_str()))
}

/// "Bank of England governor Andrew Bailey", "Transport for London commissioner Andy
/// Lord": an organisation named with "of" or "for", a lower-case office, and a full name
/// after it. The name is the person's, the organisation and the office their role.
fn office_of_organisation(words: &[(&str, String)], phrase: Span) -> Option<Speaker> {
    let office = words.iter().rposition(|(w, k)| !is_capitalised(w) && lexicon::speaker_roles().contains(k))?;
    let name = &words[office + 1..];
    let org = &words[..office];
    let joined = |k: &str| matches!(k, "of" | "for" | "and" | "&" | "the");
    // A surname may be spelled like a title ("Andy Lord", "Jane Bishop"); the first name may not.
    let named = (2..=4).contains(&name.len())
        && name.iter().all(|(w, _)| is_name_word(w))
        && !lexicon::speaker_roles().contains(&name[0].1)
        && !lexicon::speaker_honorifics().contains(&name[0].1);
    let organisation = org.first().is_some_and(|(w, _)| is_capitalised(w))
        && org.iter().any(|(_, k)| matches!(k.as_str(), "of" | "for"))
        && org.iter().all(|(w, k)| is_capitalised(w) || joined(k));
    if !named || !organisation {
        return None;
    }
    // A sentence's full stop read onto a surname spelled like an abbreviation ("Lord.").
    let ws: Vec<&str> = name.iter().map(|(w, _)| if is_initial(w) || is_suffix(w) { *w } else { w.trim_end_matches('.') }).collect();
    let start = person_name_start(&ws);
    let role = words[..office + 1 + start].iter().map(|(w, _)| *w).collect::<Vec<_>>().join(" ");
    Some(Speaker { name: ws[start..].join(" "), role: Some(role), kind: Kind::Person, span: phrase })
}

/// A courtesy honorific ("Mr.", "Ms.", "Mrs."): part of neither the name nor the role.
fn is_courtesy(w: &str) -> bool {
    lexicon::courtesy_honorifics().contains(&key(w))
}

/// An initial: one capital letter with its full stop, or two joined ("J.", "G.K.").
pub fn is_initial(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    w.ends_with('.') && (1..=3).contains(&letters) && w.chars().all(|c| c.is_uppercase() || c == '.')
}

/// A generational suffix or a regnal numeral that ends a name ("Jr.", "III", "Nketsia
/// V"): `name_suffixes.txt`. Written in capitals (or "Jr."/"Sr."), so a word of the
/// sentence ("v" in a case name, "Vi") is none.
pub fn is_suffix(w: &str) -> bool {
    static CELL: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let list = CELL.get_or_init(|| {
        let mut v: Vec<&str> =
            data_file!("text/attribution/name_suffixes.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        v.sort_unstable();
        v
    });
    let k = key(w);
    let numeral = !matches!(k.as_str(), "jr" | "sr");
    (!numeral || w.trim_end_matches('.').chars().all(|c| c.is_ascii_uppercase())) && list.binary_search(&k.as_str()).is_ok()
}

/// Where a person's name starts in a run of capitalised words that may hold other words
/// before it ("Zika Virus Chris Christie"): reading from the end, suffixes, the surname,
/// initials, and one first name (with initials before it: "J. Robert Oppenheimer").
pub fn person_name_start(ws: &[&str]) -> usize {
    let mut i = ws.len();
    while i > 0 && is_suffix(ws[i - 1]) {
        i -= 1;
    }
    // "Yoon Suk Yeol", "Ho Chi Minh": a family name before a two-word given name.
    if i >= 3 && family_before_two_given(&ws[i - 3..i]) && ws[i - 2..i].iter().all(|w| !is_initial(w)) {
        return i - 3;
    }
    // The surname, with the particles that open it ("da Silva", "von der Leyen").
    i = i.saturating_sub(1);
    while i > 1 && is_lower_particle(ws[i - 1]) {
        i -= 1;
    }
    while i > 0 && initial_at(ws, i - 1) {
        i -= 1;
    }
    // The first name.
    i = i.saturating_sub(1);
    if i == 1 && ws.len() == 3 && second_given_name(ws[1]) && is_name_word(ws[0]) && !initial_at(ws, 0) {
        // "Kelly Ann Rourke": a double given name opening the run, both kept.
        return 0;
    }
    while i > 0 && initial_at(ws, i - 1) {
        i -= 1;
    }
    i
}

/// Whether `w` is a name particle written in lower case ("da", "von", "der", "de", "la"):
/// part of the surname that follows it, never a name's first word.
fn is_lower_particle(w: &str) -> bool {
    !is_capitalised(w) && lexicon::name_particles().contains(&key(w))
}

/// Whether `w` is a given name often written second in a double given name ("Ann" in
/// "Kelly Ann Rourke", "Jo" in "Mary Jo White"): `middle_given_names.txt`.
fn second_given_name(w: &str) -> bool {
    static CELL: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let list = CELL.get_or_init(|| {
        let mut v: Vec<&str> =
            data_file!("text/attribution/middle_given_names.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        v.sort_unstable();
        v
    });
    is_capitalised(w) && list.binary_search(&key(w).as_str()).is_ok()
}

/// Whether `ws[j]` is an initial, with its full stop or without ("T V Narendran", "J K
/// Rowling", as Indian and British papers write them). A bare "A" or "I" is a word of the
/// sentence unless another bare initial follows it ("A R Rahman").
fn initial_at(ws: &[&str], j: usize) -> bool {
    let bare = |w: &str| w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase());
    let w = ws[j];
    is_initial(w) || (bare(w) && (!matches!(w, "A" | "I") || ws.get(j + 1).is_some_and(|n| bare(n))))
}

/// The surname of a full name: its last word that is no suffix, or its first for a name
/// written family name first ("Yoon Suk Yeol", "Xi Jinping", "Lee Jae-myung").
fn surname_of<'a>(ws: &[&'a str]) -> Option<&'a str> {
    if family_name_first(ws) {
        return ws.first().copied();
    }
    ws.iter().rev().find(|w| !is_suffix(w)).copied()
}

fn is_family_name(w: &str) -> bool {
    super::name_words::is_family_name(w)
}

/// "Chee Hong Tat", "Lee Hsien Loong", "Nguyen Thi Lan": a family name before two short
/// given syllables. A family name that is also an English given name needs a second word
/// that is no English middle name ("Lee Ann Womack" is given name first).
fn family_before_two_given(ws: &[&str]) -> bool {
    let [f, g1, g2] = ws else { return false };
    is_family_name(f)
        && super::name_words::given_syllable(g1)
        && super::name_words::given_syllable(g2)
        && !(super::name_words::is_given_too(f) && second_given_name(g1))
}

/// Whether a full name is written family name first: a family name before a two-word
/// given name, or before one hyphenated or, for a family name that is no English given
/// name, any one-word given name ("Xi Jinping").
fn family_name_first(ws: &[&str]) -> bool {
    match ws {
        [_, _, _] => family_before_two_given(ws),
        [f, g] => is_family_name(f) && (g.contains('-') || !super::name_words::is_given_too(f)),
        _ => false,
    }
}

/// The people the article names in full, by surname, in order, so that "Lightfoot" and
/// "Mr. Obama" are carried back to "Lori Lightfoot" and "Barack Obama".
#[derive(Default)]
pub struct Names {
    by_surname: HashMap<String, Vec<(usize, String)>>,
    /// The same names by first name, for a first name used alone ("Anna said").
    by_first: HashMap<String, Vec<(usize, String)>>,
    /// Every full name in the order the article gives them, with where.
    mentions: Vec<(usize, String)>,
}

impl Names {
    /// Collects the runs of two or three capitalised words that read as a person's name.
    pub fn collect(text: &str, toks: &[Tok], sentence_starts: &[usize]) -> Names {
        let mut names = Names::default();
        let mut i = 0;
        while i < toks.len() {
            let start = i;
            // A run never crosses into the next sentence.
            let limit = sentence_starts.get(sentence_starts.partition_point(|&s| s <= start)).copied().unwrap_or(toks.len());
            while i < limit && toks[i].is_word() && {
                let w = word(text, &toks[i]);
                // The key only for a word that may join the run: most words cannot.
                (is_name_word(w) && {
                    let k = key(w);
                    // "Even Norway", "Later Smith": an adverb opening a sentence is no first name.
                    (i != start || !lexicon::cue_fillers().contains(&k))
                        && !lexicon::speaker_roles().contains(&k)
                        && !lexicon::speaker_honorifics().contains(&k)
                        && !lexicon::speaker_boundaries().contains(&k)
                        && !lexicon::reporting_verbs().contains(&k)
                }) || (i > start && !is_capitalised(w) && lexicon::name_particles().contains(&key(w)))
            } {
                i += 1;
                if word(text, &toks[i - 1]).ends_with("'s") || word(text, &toks[i - 1]).ends_with("\u{2019}s") {
                    break;
                }
            }
            let run = &toks[start..i];
            // "Lord Coaker", "Sir Keir Starmer": a peer's or knight's style opens the full name.
            let style = (start > 0 && toks[start - 1].is_word())
                .then(|| word(text, &toks[start - 1]))
                .filter(|w| super::name_words::is_peer_style(w) && !run.is_empty());
            // "Sir Tim" after "Sir Tim Clark": the short form is met as the full name, so a
            // pronoun after it finds one person, not two.
            if let Some(full) = style.filter(|_| run.len() == 1).and_then(|st| names.styled_short_form(st, word(text, &run[0]), run[0].span.start)) {
                let full = full.to_string();
                names.mentions.push((run[0].span.start, full));
                continue;
            }
            if (2..=4).contains(&(run.len() + usize::from(style.is_some()))) && run.len() <= 4 {
                let ws: Vec<&str> = run.iter().map(|t| word(text, t)).collect();
                let person = ws.iter().all(|w| {
                    let k = key(w);
                    !lexicon::organisation_words().contains(&k) && (w.len() <= 1 || is_initial(w) || !w.chars().all(|c| c.is_uppercase() || c == '.'))
                });
                if person {
                    // Longer runs often take in a word before the name ("Zika Virus Chris
                    // Christie"): keep the name proper, initials and suffix included.
                    let from = person_name_start(&ws);
                    let ws = &ws[from..];
                    let full: Vec<&str> = ws.iter().map(|w| strip_possessive(w)).collect();
                    // "Baroness Brenda Hale" opening a sentence: the style read into the run.
                    let style = style.filter(|_| from == 0).or_else(|| from.checked_sub(1).map(|b| ws[b]).filter(|w| super::name_words::is_peer_style(w)));
                    let surname = key(surname_of(&full).unwrap_or(""));
                    let first = if family_name_first(&full) {
                        surname.clone()
                    } else {
                        full.iter().find(|w| !is_initial(w) && w.len() > 1).map(|w| key(w)).unwrap_or_default()
                    };
                    if !surname.is_empty() && full.len() + usize::from(style.is_some()) >= 2 {
                        let name = style.into_iter().chain(full.iter().copied()).collect::<Vec<_>>().join(" ");
                        if first != surname {
                            names.by_first.entry(first.into()).or_default().push((run[0].span.start, name.clone()));
                        }
                        names.mentions.push((run[0].span.start, name.clone()));
                        names.by_surname.entry(surname.into()).or_default().push((run[0].span.start, name));
                    }
                }
            }
            if i == start {
                i += 1;
            }
        }
        names.add_titled_surnames(text, toks, sentence_starts);
        names
    }

    /// Records "Judge Patel", "Lord Justice Baker" ([`super::titles::titled_surnames`]) at
    /// the surname, for a surname the article gives nobody in full.
    fn add_titled_surnames(&mut self, text: &str, toks: &[Tok], sentence_starts: &[usize]) {
        let found = super::titles::titled_surnames(text, toks, sentence_starts);
        if found.is_empty() {
            return;
        }
        let named_in_full: std::collections::HashSet<String> = self.by_surname.keys().cloned().collect();
        for (at, name, surname) in found {
            if !named_in_full.contains(&surname) {
                self.by_surname.entry(surname).or_default().push((at, name.clone()));
                let k = self.mentions.partition_point(|(p, _)| *p <= at);
                self.mentions.insert(k, (at, name));
            }
        }
    }

    /// Forgets the names met in headlines (the byte spans `heads`) that the body gives
    /// otherwise: a headline capitalises the word before a name ("Late Salah double sinks
    /// Spurs"), so a run there is no full name when the body names someone else in full
    /// by the same surname ("Mohamed Salah").
    pub fn forget_headline_only(&mut self, heads: &[std::ops::Range<usize>]) {
        let in_head = |p: usize| heads.iter().any(|h| h.contains(&p));
        let body: std::collections::HashSet<&str> = self.mentions.iter().filter(|(p, _)| !in_head(*p)).map(|(_, n)| n.as_str()).collect();
        let mut wrong: std::collections::HashSet<String> = std::collections::HashSet::new();
        for list in self.by_surname.values() {
            let other = |n: &str| list.iter().any(|(p, m)| !in_head(*p) && m != n);
            wrong.extend(list.iter().filter(|(p, n)| in_head(*p) && !body.contains(n.as_str()) && other(n)).map(|(_, n)| n.clone()));
        }
        if wrong.is_empty() {
            return;
        }
        let keep = |(p, n): &(usize, String)| !in_head(*p) || !wrong.contains(n);
        self.mentions.retain(keep);
        for list in self.by_surname.values_mut().chain(self.by_first.values_mut()) {
            list.retain(keep);
        }
    }

    /// The one full name, met at or before `pos`, whose first name is `first`; none when
    /// the article has named two different people so.
    pub fn by_first_name(&self, first: &str, pos: usize) -> Option<&str> {
        let list = self.by_first.get(&*key(first))?;
        let mut met = list.iter().filter(|(p, _)| *p <= pos).map(|(_, n)| n.as_str());
        let one = met.next()?;
        met.all(|n| n == one).then_some(one)
    }

    /// The people named in full between bytes `lo` and `hi`, in order, a name once for
    /// each time it is met ("Jane Roe met the press. “…,” she said." gives Jane Roe).
    pub fn persons_in(&self, lo: usize, hi: usize) -> impl Iterator<Item = &str> {
        let from = self.mentions.partition_point(|(p, _)| *p < lo);
        self.mentions[from..].iter().take_while(move |(p, _)| *p < hi).map(|(_, n)| n.as_str())
    }

    /// The same as [`Names::persons_in`], with where each is met.
    pub fn persons_at(&self, lo: usize, hi: usize) -> impl DoubleEndedIterator<Item = (usize, &str)> {
        let from = self.mentions.partition_point(|(p, _)| *p < lo);
        let to = self.mentions.partition_point(|(p, _)| *p < hi).max(from);
        self.mentions[from..to].iter().map(|(p, n)| (*p, n.as_str()))
    }

    /// The styled full name a knight's, dame's or peer's short form stands for, met before
    /// `pos`: "Sir Tim" (the style and the given name) for "Sir Tim Clark", "Lord Coe" (the
    /// style and the surname or title) for "Lord Sebastian Coe". A name given in full by
    /// two people is no one's short form. None when only the short form itself was met.
    pub fn styled_short_form(&self, style: &str, name: &str, pos: usize) -> Option<&str> {
        let name = strip_possessive(name);
        let fuller = |full: &&str| full.split(' ').count() > 2 || !super::name_words::is_peer_style(full.split(' ').next().unwrap_or(""));
        let by_given = self.by_first_name(name, pos.saturating_sub(1)).filter(fuller);
        let found = by_given.or_else(|| self.full(name, pos.saturating_sub(1)).filter(fuller))?;
        // A knight's short form keeps the style the full name was given, when it had one:
        // "Sir Tim" is not "Lord Tim Clark".
        let first = found.split(' ').next().unwrap_or("");
        (!super::name_words::is_peer_style(first) || first.eq_ignore_ascii_case(style)).then_some(found)
    }

    /// The fullest name, met at or before `pos`, whose surname is `surname`.
    pub fn full(&self, surname: &str, pos: usize) -> Option<&str> {
        let list = self.by_surname.get(&*key(surname))?;
        // A double given name ("Anne Marie Murphy") makes no fuller name of another person
        // of the surname ("Chris Murphy"): it counts as two words.
        let words = |n: &str| {
            let ws: Vec<&str> = n.split(' ').collect();
            let double = ws.len() == 3 && second_given_name(ws[1]);
            ws.len().min(3) - usize::from(double)
        };
        list.iter().filter(|(p, _)| *p <= pos).max_by_key(|(p, n)| (words(n), std::cmp::Reverse(*p))).map(|(_, n)| n.as_str())
    }
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")).unwrap_or(w)
}

/// A person's short name carried back to the full name met earlier ("Lightfoot" →
/// "Lori Lightfoot"); other speakers are returned as they are.
pub fn resolve_name(names: &Names, speaker: &Speaker) -> String {
    if speaker.kind != Kind::Person {
        return speaker.name.clone();
    }
    let count = speaker.name.split(' ').count();
    if let Some((style, short)) = speaker.name.split_once(' ').filter(|(st, rest)| !rest.contains(' ') && super::name_words::is_peer_style(st)) {
        if let Some(full) = names.styled_short_form(style, short, speaker.span.start) {
            return full.to_string();
        }
    }
    if count == 1 {
        // The full name may be met inside the phrase itself, after a role ("Senator Jane
        // Doe" read short as "Jane"): look up to the phrase's end.
        if let Some(full) = names.full(&speaker.name, speaker.span.end).or_else(|| names.by_first_name(&speaker.name, speaker.span.end)) {
            return full.to_string();
        }
    }
    speaker.name.clone()
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn subject(text: &str, cue_word: &str) -> Speaker {
        let toks = tokenize(text, Span::new(0, text.len()));
        let cue = toks.iter().position(|t| &text[t.span.start..t.span.end] == cue_word).expect("cue in text");
        before(text, &toks, 0, cue).expect("a subject")
    }

    fn inverted(text: &str, cue_word: &str) -> Option<Speaker> {
        let toks = tokenize(text, Span::new(0, text.len()));
        let cue = toks.iter().position(|t| &text[t.span.start..t.span.end] == cue_word)?;
        after(text, &toks, cue + 1, toks.len())
    }

    #[test]
    fn a_name_after_a_preposition_in_the_subject_is_not_its_head() {
        assert_eq!(subject("Every administration since Reagan has promised", "promised").name, "Every administration since Reagan");
        assert_eq!(subject("Each chancellor after Brown pledged", "pledged").name, "Each chancellor after Brown");
        assert_eq!(subject("Many critics of Johnson said", "said").name, "Many critics of Johnson");
        assert_eq!(subject("The party under Corbyn said", "said").name, "The party under Corbyn");
        // An office of a place still names its holder's office.
        assert_eq!(subject("The mayor of Denver said", "said").name, "The mayor of Denver");
        // Not a time or a verb before the preposition.
        assert_ne!(subject("Two weeks after Easter, the council said", "said").name, "Two weeks after Easter");
        assert_eq!(subject("Guy Roberts tweeted after Khan said", "said").name, "Khan");
    }

    /// A plural for people opening the sentence with a preposition after it is no name:
    /// the whole phrase is the source, not "Critics" alone nor the name after "of".
    #[test]
    fn group_phrase_opening_a_sentence_is_the_source() {
        for (text, cue, name) in [
            ("Critics of the mayor said", "said", "Critics of the mayor"),
            ("Supporters of the plan argue", "argue", "Supporters of the plan"),
            ("Residents of the Maple Street estate said", "said", "Residents of the Maple Street estate"),
            ("Opponents of Prime Minister Mark Carney warned", "warned", "Opponents of Prime Minister Mark Carney"),
            ("Members of the Labour group on the council called", "called", "Members of the Labour group on the council"),
            ("Doctors in Lagos told", "told", "Doctors in Lagos"),
        ] {
            let s = subject(text, cue);
            assert_eq!((s.name.as_str(), s.kind), (name, Kind::Nominal), "{text}");
        }
    }

    /// "A former aide to Obama": an office before "to"/"for" is the speaker, with whom it
    /// serves (PolNeAR writes the whole phrase), never the person or body after it.
    #[test]
    fn office_serving_someone_is_the_whole_phrase() {
        for (text, cue, name) in [
            ("A former aide to Obama said", "said", "A former aide to Obama"),
            ("An adviser to Chancellor Scholz said", "said", "An adviser to Chancellor Scholz"),
            ("A lawyer for the family said", "said", "A lawyer for the family"),
            ("A spokeswoman for Qantas told", "told", "A spokeswoman for Qantas"),
            ("One official at the Treasury said", "said", "One official at the Treasury"),
        ] {
            assert_eq!(subject(text, cue).name, name, "{text}");
        }
        let s = inverted("said a senior adviser to Governor Kathy Hochul.", "said").expect("a speaker");
        assert_eq!(s.name, "a senior adviser to Governor Kathy Hochul");
    }

    /// A document and its maker before the verb, its modifiers with it.
    #[test]
    fn document_with_its_maker_before_the_verb_is_the_source() {
        for (text, cue, name) in [
            ("\u{201d} earlier estimates from Stanford University show.", "show", "earlier estimates from Stanford University"),
            ("\u{201d} a report from the Resolution Foundation said.", "said", "a report from the Resolution Foundation"),
            ("\u{201d} the latest figures from the ONS suggest.", "suggest", "the latest figures from the ONS"),
            ("\u{201d} new data from Statistics Canada showed.", "showed", "new data from Statistics Canada"),
        ] {
            assert_eq!(subject(text, cue).name, name, "{text}");
        }
    }

    /// Long titles whose portfolios hold "of", "for", "and" and "the": the name is the
    /// person, the title the role, before or after the cue.
    #[test]
    fn long_titles_with_several_connectives_are_the_role() {
        for (text, cue, name, role) in [
            ("Cabinet Secretary for Finance and the Economy Kate Forbes said", "said", "Kate Forbes", "Cabinet Secretary for Finance and the Economy"),
            ("Minister for the Environment and Climate Eamon Ryan called", "called", "Eamon Ryan", "Minister for the Environment and Climate"),
            ("Deputy Minister for Trade and the Economy Lina Sato said", "said", "Lina Sato", "Deputy Minister for Trade and the Economy"),
        ] {
            let s = subject(text, cue);
            assert_eq!((s.name.as_str(), s.role.as_deref()), (name, Some(role)), "{text}");
        }
        for (text, name) in [
            ("said Minister of State for Housing Darragh O'Brien.", "Darragh O'Brien"),
            ("said Secretary of State for Energy Security and Net Zero Ed Miliband.", "Ed Miliband"),
            ("said Minister for the Economy Conor Murphy on Tuesday.", "Conor Murphy"),
        ] {
            assert_eq!(inverted(text, "said").expect("a speaker").name, name, "{text}");
        }
    }

    #[test]
    fn lower_case_role_before_inverted_name() {
        let s = inverted("said retired neurosurgeon Ben Carson, asked about it.", "said").expect("a speaker");
        assert_eq!((s.name.as_str(), s.role.as_deref(), s.kind), ("Ben Carson", Some("retired neurosurgeon"), Kind::Person));
        let s = inverted("said former Sen. Evan Bayh.", "said").expect("a speaker");
        assert_eq!(s.name, "Evan Bayh");
    }

    #[test]
    fn lower_case_clause_after_cue_is_no_speaker() {
        assert_eq!(inverted("said economic growth in Ohio slowed.", "said"), None);
        assert_eq!(inverted("said repeatedly Trump lies.", "said"), None);
    }

    #[test]
    fn courtesy_honorific_is_never_the_role() {
        let s = inverted("\"No,\" said Mr. Smith, a spokesman for Acme Corp.", "said").unwrap();
        assert_eq!((s.name.as_str(), s.role.as_deref()), ("Smith", Some("a spokesman for Acme Corp.")));
        let s = subject("Ms. Ann Lee said it.", "said");
        assert_eq!((s.name.as_str(), s.role), ("Ann Lee", None));
        let s = subject("Mrs. Jones, the head teacher, said it.", "said");
        assert_eq!((s.name.as_str(), s.role.as_deref()), ("Jones", Some("the head teacher")));
        // A title that names an office stays the role.
        let s = subject("Sen. Ann Lee said it.", "said");
        assert_eq!((s.name.as_str(), s.role.as_deref()), ("Ann Lee", Some("Sen.")));
    }

    /// (name, role) of a speaker.
    fn named(s: Option<Speaker>) -> (String, Option<String>) {
        let s = s.expect("a speaker");
        (s.name, s.role)
    }

    #[test]
    fn an_honorific_of_address_is_no_role_and_leaves_the_appositive() {
        let got = named(inverted("said Dr. Ana Morales, an epidemiologist at the University of Sydney who led the study.", "said"));
        assert_eq!(got, ("Ana Morales".into(), Some("an epidemiologist at the University of Sydney".into())));
        let got = named(Some(subject("Dr. Tom Becker, a cardiologist at Johns Hopkins who was not involved, called it modest.", "called")));
        assert_eq!(got, ("Tom Becker".into(), Some("a cardiologist at Johns Hopkins".into())));
        let got = named(Some(subject("Sir Keir Starmer said it.", "said")));
        // A knight's or a peer's style belongs to the name as the press writes it.
        assert_eq!(got, ("Sir Keir Starmer".into(), None));
        let got = named(inverted("added Dame Sally Davies, the former chief medical officer.", "added"));
        assert_eq!(got, ("Dame Sally Davies".into(), Some("the former chief medical officer".into())));
    }

    #[test]
    fn a_relative_clause_is_never_a_role() {
        let got = named(Some(subject("A spokesperson for the Rail Delivery Group, which represents the operators, said it.", "said")));
        assert_eq!(got.1, None);
        let got = named(Some(subject("Amina Yusuf, who chairs the committee, said it.", "said")));
        assert_eq!(got, ("Amina Yusuf".into(), None));
        let got = named(Some(subject("Carlos Vela, a farmer whose land flooded, said it.", "said")));
        assert_eq!(got, ("Carlos Vela".into(), Some("a farmer".into())));
        let got = named(inverted("said Greta Holm, an engineer who worked on the bridge.", "said"));
        assert_eq!(got, ("Greta Holm".into(), Some("an engineer".into())));
    }

    #[test]
    fn a_bare_office_set_off_after_an_inverted_name_is_its_role() {
        for (text, name, role) in [
            ("said Julia Coronado, founder of MacroPolicy Perspectives.", "Julia Coronado", "founder of MacroPolicy Perspectives"),
            ("said Priya Natarajan, chief investment strategist at Halberd Capital.", "Priya Natarajan", "chief investment strategist at Halberd Capital"),
            ("said Kwame Mensah, head of research at Databank, on Monday.", "Kwame Mensah", "head of research at Databank"),
        ] {
            assert_eq!(named(inverted(text, "said")), (name.into(), Some(role.into())), "{text}");
        }
        // A clause after the comma is none.
        assert_eq!(named(inverted("said Ana Ruiz, adding that the plan had failed.", "said")).1, None);
    }

    #[test]
    fn a_participle_after_a_document_is_no_part_of_the_source() {
        for (text, want) in [
            ("according to a new Quinnipiac University poll released Wednesday.", "a new Quinnipiac University poll"),
            ("according to a YouGov survey published on Monday.", "a YouGov survey"),
            ("according to an Ipsos poll conducted online last week.", "an Ipsos poll"),
        ] {
            assert_eq!(inverted(text, "to").map(|s| s.name).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn a_profession_with_of_its_employer_reads_at() {
        for (text, name, role) in [
            ("Analyst Ben Hughes of Forrester said it.", "Ben Hughes", "analyst at Forrester"),
            ("Meteorologist Estael Sias of MetSul said it.", "Estael Sias", "meteorologist at MetSul"),
            ("Economist Ruth Okoro of Stanbic IBTC said it.", "Ruth Okoro", "economist at Stanbic IBTC"),
            // An office of a place keeps "of".
            ("Senator Tammy Baldwin of Wisconsin said it.", "Tammy Baldwin", "Senator of Wisconsin"),
        ] {
            assert_eq!(named(Some(subject(text, "said"))), (name.into(), Some(role.into())), "{text}");
        }
    }

    #[test]
    fn role_stripped_from_name_and_kept() {
        let s = subject("ICE director Mark Morgan later explained the operation", "explained");
        assert_eq!((s.name.as_str(), s.role.as_deref(), s.kind), ("Mark Morgan", Some("ICE director"), Kind::Person));
    }

    #[test]
    fn party_bracket_and_title_are_not_the_name() {
        let s = subject("Chicago Mayor Lori Lightfoot (D) announced Wednesday that", "announced");
        assert_eq!((s.name.as_str(), s.role.as_deref()), ("Lori Lightfoot", Some("Chicago Mayor")));
    }

    #[test]
    fn outlet_keeps_its_article() {
        let s = subject("The Chicago Tribune pointed out that", "pointed");
        assert_eq!((s.name.as_str(), s.kind), ("The Chicago Tribune", Kind::Organisation));
    }

    #[test]
    fn name_after_a_closing_mark_and_before_an_appositive() {
        let s = subject("\u{201c}We did,\u{201d} Rep. Jim Jordan (R-Ohio), an oversight panel member, said", "said");
        assert_eq!((s.name.as_str(), s.kind), ("Jim Jordan", Kind::Person));
        let s = subject("\"Not now,\" Maria Lopez, a nurse at the clinic, said", "said");
        assert_eq!(s.name, "Maria Lopez");
    }

    #[test]
    fn a_title_opened_by_a_verb_of_saying_before_an_appositive() {
        for text in [
            "State Senator Tom Reyes, a Democrat, said it was over.",
            "Yesterday, State Senator Tom Reyes, a Democrat, said it was over.",
            "State Treasurer Tom Reyes, who took office in May, said it was over.",
        ] {
            assert_eq!(subject(text, "said").name, "Tom Reyes", "{text}");
        }
    }

    #[test]
    fn appositive_skipped_back_to_the_name() {
        let s = subject("Jeb Bush, the former Florida governor, told CNN", "told");
        assert_eq!((s.name.as_str(), s.role.as_deref()), ("Jeb Bush", Some("the former Florida governor")));
    }

    #[test]
    fn nominal_source_with_in_or_on_stays_whole() {
        let s = subject("\", a narrator in the Clinton ad asks", "asks");
        assert_eq!((s.name.as_str(), s.kind), ("a narrator in the Clinton ad", Kind::Nominal));
        let s = subject("\" one Democratic source on the panel said", "said");
        assert_eq!(s.name, "one Democratic source on the panel");
    }

    #[test]
    fn nominal_source_stays_as_written() {
        let s = subject("But a spokesman for the Clinton campaign said", "said");
        assert_eq!((s.name.as_str(), s.kind), ("a spokesman for the Clinton campaign", Kind::Nominal));
    }

    /// "the union president, John Catanzara, said": the description set off before the
    /// name is the role, and the phrase opens with it.
    #[test]
    fn description_set_off_before_a_name_is_the_role() {
        for (text, name, role) in [
            ("\u{201d} the union president, John Catanzara, said.", "John Catanzara", "union president"),
            ("\u{201d} Toyota's spokesperson, Jane Roe, told reporters.", "Jane Roe", "Toyota's spokesperson"),
            ("\u{201d} the county clerk, Dean Logan, told the Los Angeles Times.", "Dean Logan", "county clerk"),
            ("\u{201d} a Qantas spokeswoman, Amy Lee-Wong, said.", "Amy Lee-Wong", "Qantas spokeswoman"),
        ] {
            let cue = if text.contains("told") { "told" } else { "said" };
            let s = subject(text, cue);
            assert_eq!((s.name.as_str(), s.role.as_deref()), (name, Some(role)), "{text}");
            assert!(text[s.span.start..].starts_with(['t', 'a', 'T']), "the phrase opens with the role: {text}");
        }
    }

    /// Long titles joined by "for", "of" and "and" stay whole before the name.
    #[test]
    fn long_office_title_with_for_and_and_is_the_role() {
        for (text, cue, name, role) in [
            ("Secretary for Transport and Logistics Mable Chan said", "said", "Mable Chan", "Secretary for Transport and Logistics"),
            ("Secretary of State for Business and Trade Kemi Badenoch told MPs", "told", "Kemi Badenoch", "Secretary of State for Business and Trade"),
            ("Minister of Finance and Economic Planning Uzziel Ndagijimana said", "said", "Uzziel Ndagijimana", "Minister of Finance and Economic Planning"),
        ] {
            let s = subject(text, cue);
            assert_eq!((s.name.as_str(), s.role.as_deref()), (name, Some(role)), "{text}");
        }
        let s = inverted("said Minister for Foreign Affairs and Trade Penny Wong.", "said").expect("a speaker");
        assert_eq!((s.name.as_str(), s.role.as_deref()), ("Penny Wong", Some("Minister for Foreign Affairs and Trade")));
        let s = inverted("said Commissioner for Health and Social Care Aled Evans on Monday.", "said").expect("a speaker");
        assert_eq!(s.name, "Aled Evans");
    }

    /// An organisation named with "of"/"for", a lower-case office and a full name: the
    /// person speaks, the organisation and office are the role, before or after the cue.
    #[test]
    fn organisation_with_of_or_for_then_office_then_name() {
        let s = subject("\u{201d} Bank of England governor Andrew Bailey said.", "said");
        assert_eq!((s.name.as_str(), s.role.as_deref()), ("Andrew Bailey", Some("Bank of England governor")));
        let s = inverted("said Transport for London commissioner Jane Fell.", "said").expect("a speaker");
        assert_eq!((s.name.as_str(), s.role.as_deref()), ("Jane Fell", Some("Transport for London commissioner")));
        let s = subject("\u{201d} Transport for London commissioner Andy Lord said.", "said");
        assert_eq!((s.name.as_str(), s.role.as_deref()), ("Andy Lord", Some("Transport for London commissioner")));
        let s = inverted("said Transport for London commissioner Andy Lord.", "said").expect("a speaker");
        assert_eq!(s.name, "Andy Lord");
        let s = inverted("said University of Chicago economist John List on Monday.", "said").expect("a speaker");
        assert_eq!(s.name, "John List");
        // An organisation alone stays whole.
        let s = inverted("said the Centers for Disease Control and Prevention.", "said").expect("a speaker");
        assert_eq!(s.name, "the Centers for Disease Control and Prevention");
    }

    /// A title whose list of portfolios holds a comma keeps the office before the comma.
    #[test]
    fn title_with_a_comma_in_its_list_of_portfolios_stays_whole() {
        for (text, name, role) in [
            (
                "Minister of Housing, Communities and Local Government Angela Rayner said",
                "Angela Rayner",
                "Minister of Housing, Communities and Local Government",
            ),
            (
                "\u{201d} Minister for Immigration, Citizenship and Multicultural Affairs Andrew Giles said",
                "Andrew Giles",
                "Minister for Immigration, Citizenship and Multicultural Affairs",
            ),
        ] {
            let s = subject(text, "said");
            assert_eq!((s.name.as_str(), s.role.as_deref()), (name, Some(role)), "{text}");
        }
        // A list of people is no title: "Smith, Jones and Brown Ltd" stays as it was.
        let s = subject("\u{201d} the mayor, Ben Ito and Council Member Ruth Ade said", "said");
        assert_ne!(s.role.as_deref().map(|r| r.contains(',')), Some(true));
    }

    /// A measure, an index or a rating cannot speak: no speaker.
    #[test]
    fn measure_or_index_is_no_speaker() {
        let toks_of = |text: &str| tokenize(text, Span::new(0, text.len()));
        for (text, cue) in [("\u{201d} the CPI said.", "said"), ("An AQI above 150, said", "said"), ("\u{201d} the Hang Seng Index said on Friday.", "said")] {
            let toks = toks_of(text);
            let at = toks.iter().position(|t| &text[t.span.start..t.span.end] == cue).expect("cue");
            assert!(before(text, &toks, 0, at).is_none(), "{text}");
        }
        assert!(inverted("said the PMI survey.", "said").is_none_or(|s| s.name != "the PMI"));
        // Bodies written as acronyms speak.
        assert_eq!(subject("\u{201d} the IMF said.", "said").name, "the IMF");
        assert_eq!(subject("\u{201d} the BLS said on Friday.", "said").name, "the BLS");
    }

    #[test]
    fn inverted_speaker_after_cue_with_appositive() {
        let text = "said Douglas Holtz-Eakin, an economist at the forum.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let s = after(text, &toks, 1, toks.len()).expect("speaker");
        assert_eq!((s.name.as_str(), s.role.as_deref()), ("Douglas Holtz-Eakin", Some("an economist at the forum")));
    }

    #[test]
    fn name_start_keeps_initials_and_suffixes() {
        assert_eq!(person_name_start(&["Zika", "Virus", "Chris", "Christie"]), 2);
        assert_eq!(person_name_start(&["Robert", "F.", "Kennedy", "Jr."]), 0);
        assert_eq!(person_name_start(&["Singer", "Mary", "J.", "Blige"]), 1);
        assert_eq!(person_name_start(&["George", "H.", "W.", "Bush"]), 0);
        assert_eq!(person_name_start(&["Obama"]), 0);
        assert_eq!(person_name_start(&["President", "Moon", "Jae", "In"]), 1);
        assert_eq!(person_name_start(&["Leader", "Ho", "Chi", "Minh"]), 1);
        assert_eq!(person_name_start(&["State", "Jane", "Doe"]), 1);
    }

    #[test]
    fn a_lower_case_particle_belongs_to_the_surname() {
        // The particle never opens the name: it takes the surname and the given name before.
        assert_eq!(person_name_start(&["Luiz", "Inácio", "Lula", "da", "Silva"]), 2);
        assert_eq!(person_name_start(&["Commission", "Ursula", "von", "der", "Leyen"]), 1);
        assert_eq!(person_name_start(&["Gabriel", "García", "Márquez", "de", "la", "Cruz"]), 2);
        assert_eq!(person_name_start(&["Charles", "de", "Gaulle"]), 0);
        // A capitalised particle is a name word like any other.
        assert_eq!(person_name_start(&["State", "Anna", "De", "Luca"]), 2);
    }

    #[test]
    fn family_name_first_is_the_surname() {
        let text = "Premier Pham Minh Chinh spoke first. Premier Li Keqiang followed. Lee Anderson spoke last.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let names = Names::collect(text, &toks, &[0]);
        assert_eq!(names.full("Pham", text.len()), Some("Pham Minh Chinh"));
        assert_eq!(names.full("Li", text.len()), Some("Li Keqiang"));
        assert_eq!(names.full("Anderson", text.len()), Some("Lee Anderson"));
        assert_eq!(names.full("Lee", text.len()), None);
    }

    fn after_cue(text: &str, cue_word: &str) -> (String, Option<String>) {
        let toks = tokenize(text, Span::new(0, text.len()));
        let cue = toks.iter().position(|t| &text[t.span.start..t.span.end] == cue_word).expect("cue in text");
        let s = after(text, &toks, cue + 1, toks.len()).expect("a speaker");
        (s.name, s.role)
    }

    fn role_and_name(text: &str, cue_word: &str) -> (String, Option<String>) {
        let s = subject(text, cue_word);
        (s.name, s.role)
    }

    #[test]
    fn a_title_in_marks_before_an_office_joins_the_role() {
        let own = |n: &str, r: &str| (n.to_string(), Some(r.to_string()));
        assert_eq!(after_cue("\u{201d} said \"Meet the Press\" moderator Kristen Welker.", "said"), own("Kristen Welker", "\"Meet the Press\" moderator"));
        assert_eq!(
            after_cue("\u{201d} said \u{201c}Face the Nation\u{201d} host Margaret Brennan.", "said"),
            own("Margaret Brennan", "\u{201c}Face the Nation\u{201d} host")
        );
        assert_eq!(role_and_name("\"Good Morning America\" co-anchor Robin Roberts said", "said"), own("Robin Roberts", "\"Good Morning America\" co-anchor"));
    }

    #[test]
    fn an_office_set_off_after_an_inverted_name_is_its_role() {
        let own = |n: &str, r: &str| (n.to_string(), Some(r.to_string()));
        assert_eq!(after_cue("\u{201d} said Vincent Clerc, Maersk chief executive.", "said"), own("Vincent Clerc", "Maersk chief executive"));
        assert_eq!(after_cue("\u{201d} said Ayman Safadi, Minister of Foreign Affairs.", "said"), own("Ayman Safadi", "Minister of Foreign Affairs"));
        assert_eq!(after_cue("\u{201d} said Ana Ruiz, Spain's foreign minister.", "said"), own("Ana Ruiz", "Spain's foreign minister"));
        assert_eq!(after_cue("\u{201d} said Tom Reyes, Acme managing director, on Monday.", "said"), own("Tom Reyes", "Acme managing director"));
    }

    #[test]
    fn a_participle_phrase_after_an_inverted_name_is_no_role() {
        let s = inverted("\u{201d} said Hillary Clinton, pressed by moderator Dana Bash to release them.", "said").expect("a speaker");
        assert_eq!((s.name.as_str(), s.role), ("Hillary Clinton", None));
    }

    #[test]
    fn a_name_with_a_patronymic_stays_whole() {
        let own = |n: &str, r: &str| (n.to_string(), Some(r.to_string()));
        assert_eq!(after_cue("\u{201d} said Sheikh Mohammed bin Abdulrahman Al Thani.", "said"), own("Mohammed bin Abdulrahman Al Thani", "Sheikh"));
        assert_eq!(
            after_cue("\u{201d} said Saudi Crown Prince Mohammed bin Salman Al Saud.", "said"),
            own("Mohammed bin Salman Al Saud", "Saudi Crown Prince")
        );
        assert_eq!(role_and_name("Qatari Emir Sheikh Tamim bin Hamad Al Thani said", "said").0, "Tamim bin Hamad Al Thani");
    }

    #[test]
    fn an_office_title_opening_the_clause_before_a_name_is_its_role() {
        let own = |n: &str, r: &str| (n.to_string(), Some(r.to_string()));
        assert_eq!(role_and_name("Minister of Information, Alhaji Lai Mohammed, said", "said"), own("Lai Mohammed", "Minister of Information"));
        assert_eq!(role_and_name("Maersk chief executive, Vincent Clerc, said", "said"), own("Vincent Clerc", "Maersk chief executive"));
    }

    #[test]
    fn an_office_with_of_set_off_after_a_name_is_its_role_not_the_speaker() {
        let own = |n: &str, r: &str| (n.to_string(), Some(r.to_string()));
        assert_eq!(role_and_name("Sheikh Rashid Ahmed, Minister of Foreign Affairs, said", "said"), own("Rashid Ahmed", "Minister of Foreign Affairs"));
        assert_eq!(role_and_name("Kafayat Bello, Commissioner for Finance, said", "said"), own("Kafayat Bello", "Commissioner for Finance"));
        assert_eq!(role_and_name("Maria Okoro, Director of Public Prosecutions, told", "told"), own("Maria Okoro", "Director of Public Prosecutions"));
        assert_eq!(role_and_name("Chief Emeka Obi, Chairman of the Board of Trustees, said", "said").0, "Emeka Obi".to_string());
        // Cases that must stay: an office alone, or opening the clause before the name.
        assert_eq!(role_and_name("Minister of Foreign Affairs said", "said").0, "Minister of Foreign Affairs".to_string());
        assert_eq!(role_and_name("On Monday, Minister of Foreign Affairs said", "said").0, "Minister of Foreign Affairs".to_string());
        assert_eq!(role_and_name("Minister of Information, Lai Mohammed, said", "said").0, "Lai Mohammed".to_string());
    }

    #[test]
    fn a_compound_office_with_of_before_a_name_is_the_role() {
        let own = |n: &str, r: &str| (n.to_string(), Some(r.to_string()));
        assert_eq!(
            role_and_name("Commander-in-Chief of the Armed Forces Oleksandr Syrskyi said", "said"),
            own("Oleksandr Syrskyi", "Commander-in-Chief of the Armed Forces")
        );
        assert_eq!(
            after_cue("\u{201d} said Director-General of the WHO Tedros Ghebreyesus.", "said"),
            own("Tedros Ghebreyesus", "Director-General of the WHO")
        );
        assert_eq!(
            role_and_name("Editor-in-Chief of the Kyiv Independent Olga Rudenko said", "said"),
            own("Olga Rudenko", "Editor-in-Chief of the Kyiv Independent")
        );
        assert_eq!(role_and_name("Editor-in-Chief of the Gazette Maria Lopez said", "said"), own("Maria Lopez", "Editor-in-Chief of the Gazette"));
        assert_eq!(role_and_name("Chief of the Navy Anna Bell said", "said"), own("Anna Bell", "Chief of the Navy"));
    }

    #[test]
    fn offices_joined_by_and_or_of_before_a_name_are_one_role() {
        let own = |n: &str, r: &str| (n.to_string(), Some(r.to_string()));
        assert_eq!(role_and_name("Founder and chief executive Gary Smith said", "said"), own("Gary Smith", "Founder and chief executive"));
        assert_eq!(role_and_name("Acme co-founder and managing director Jo Lee said", "said"), own("Jo Lee", "Acme co-founder and managing director"));
        assert_eq!(after_cue("\u{201d} said master of ceremonies John Smith.", "said"), own("John Smith", "master of ceremonies"));
        assert_eq!(after_cue("\u{201d} said founder and chief executive Gary Smith.", "said"), own("Gary Smith", "founder and chief executive"));
    }

    #[test]
    fn an_organisation_opening_with_a_time_or_an_order_word_stays_whole() {
        assert_eq!(subject("\u{201d} the Evening Standard reported.", "reported").name, "the Evening Standard");
        assert_eq!(subject("\u{201d} The Sunday Times reported.", "reported").name, "The Sunday Times");
        assert_eq!(subject("\u{201d} First National Bank said.", "said").name, "First National Bank");
        assert_eq!(subject("On Monday First Republic Bank said.", "said").name, "First Republic Bank");
        assert_eq!(inverted("\u{201d} said the Evening Standard.", "said").map(|s| s.name).as_deref(), Some("the Evening Standard"));
        assert_eq!(subject("Later Jane Doe said", "said").name, "Jane Doe");
    }

    #[test]
    fn a_document_with_a_year_or_a_modifier_and_its_maker_after_the_cue() {
        for (text, cue, want) in [
            ("rise, concluded a 2019 report by the Congressional Budget Office.", "concluded", "a 2019 report by the Congressional Budget Office"),
            ("rise, said a 2021 study by Stanford University.", "said", "a 2021 study by Stanford University"),
            ("rise, found a new report by the Resolution Foundation.", "found", "a new report by the Resolution Foundation"),
            ("rise, said a congressional report on Wednesday.", "said", "a congressional report"),
            ("rise, said a report on Monday.", "said", "a report"),
        ] {
            assert_eq!(inverted(text, cue).map(|s| s.name).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn three_part_family_first_names_stay_whole_after_a_long_title() {
        let own = |n: &str, r: &str| (n.to_string(), Some(r.to_string()));
        assert_eq!(after_cue("\u{201d} said Senior Minister for Transport Chee Hong Tat.", "said"), own("Chee Hong Tat", "Senior Minister for Transport"));
        assert_eq!(
            after_cue("\u{201d} said Senior Minister of State for Finance Gan Kim Yong.", "said"),
            own("Gan Kim Yong", "Senior Minister of State for Finance")
        );
        assert_eq!(role_and_name("Singapore's Ong Ye Kung said", "said"), own("Ong Ye Kung", "Singapore's"));
        assert_eq!(person_name_start(&["Minister", "of", "Industry", "Nguyen", "Hong", "Dien"]), 3);
        assert_eq!(person_name_start(&["Hong", "Kong", "Chief", "Executive", "Lee", "Hsien", "Loong"]), 4);
        // A family name that is also an English given name, before an English given name.
        assert_eq!(person_name_start(&["Lee", "Ann", "Womack"]), 0);
        assert_eq!(surname_of(&["Lee", "Ann", "Womack"]), Some("Womack"));
        // Long English words after it are no given syllables.
        assert_eq!(person_name_start(&["Reality", "Star", "Kim", "Kardashian", "West"]), 3);
    }

    #[test]
    fn mr_and_a_family_name_first_resolve_to_the_full_name() {
        let text = "Transport Minister Chee Hong Tat spoke. Deputy Premier Goh Chok Tong followed. Mr Chee said more. Mr Goh agreed.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let names = Names::collect(text, &toks, &[0]);
        assert_eq!(names.full("Chee", text.len()), Some("Chee Hong Tat"));
        assert_eq!(names.full("Goh", text.len()), Some("Goh Chok Tong"));
        assert_eq!(names.full("Tat", text.len()), None);
    }

    #[test]
    fn a_particle_inside_a_kenyan_or_malay_name_keeps_it_whole() {
        let own = |n: &str| (n.to_string(), None);
        assert_eq!(role_and_name("Kiprono arap Sang told", "told"), own("Kiprono arap Sang"));
        assert_eq!(after_cue("\u{201d} said Mr Kiprono arap Sang.", "said"), own("Kiprono arap Sang"));
        assert_eq!(after_cue("\u{201d} said Senator Kipchumba arap Murkomen.", "said"), ("Kipchumba arap Murkomen".into(), Some("Senator".into())));
        assert_eq!(role_and_name("Siti binti Ahmad said", "said"), own("Siti binti Ahmad"));
    }

    #[test]
    fn a_peers_or_knights_style_belongs_to_the_name() {
        let own = |n: &str, r: Option<&str>| (n.to_string(), r.map(str::to_string));
        assert_eq!(role_and_name("Defence minister Lord Coaker said", "said"), own("Lord Coaker", Some("Defence minister")));
        assert_eq!(role_and_name("Health minister Baroness Merron said", "said"), own("Baroness Merron", Some("Health minister")));
        assert_eq!(after_cue("\u{201d} said Sir Keir Starmer.", "said"), own("Sir Keir Starmer", None));
        assert_eq!(role_and_name("Dame Sally Davies said", "said"), own("Dame Sally Davies", None));
        assert_eq!(role_and_name("Lady Hale said", "said"), own("Lady Hale", None));
        // Later, the surname alone is the styled name.
        let text = "Defence minister Lord Coaker spoke. Sir Keir Starmer agreed. Coaker said more. Starmer nodded.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let names = Names::collect(text, &toks, &[0]);
        assert_eq!(names.full("Coaker", text.len()), Some("Lord Coaker"));
        assert_eq!(names.full("Starmer", text.len()), Some("Sir Keir Starmer"));
    }

    #[test]
    fn a_styled_short_form_is_the_styled_full_name() {
        let text = "Sir Tim Clark spoke. Lord Sebastian Coe agreed. Dame Sally Davies left. Sir Tim said more. Lord Coe nodded. Dame Sally waved.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let names = Names::collect(text, &toks, &[0]);
        let end = text.len();
        assert_eq!(names.styled_short_form("Sir", "Tim", end), Some("Sir Tim Clark"));
        assert_eq!(names.styled_short_form("Lord", "Coe", end), Some("Lord Sebastian Coe"));
        assert_eq!(names.styled_short_form("Dame", "Sally", end), Some("Dame Sally Davies"));
        // Another style is another person; a name not met is nobody's.
        assert_eq!(names.styled_short_form("Lord", "Tim", end), None);
        assert_eq!(names.styled_short_form("Sir", "Mo", end), None);
        // Not before the full name is met.
        assert_eq!(names.styled_short_form("Sir", "Tim", 0), None);
        // The short forms are met as the full names, not as people of their own.
        let people: Vec<&str> = names.persons_in(0, end).collect();
        assert_eq!(people, ["Sir Tim Clark", "Lord Sebastian Coe", "Dame Sally Davies", "Sir Tim Clark", "Lord Sebastian Coe", "Dame Sally Davies"]);
    }

    #[test]
    fn honorifics_of_nigeria_and_malaysia_are_the_role() {
        let own = |n: &str, r: &str| (n.to_string(), Some(r.to_string()));
        assert_eq!(role_and_name("Alhaji Atiku Abubakar said", "said"), own("Atiku Abubakar", "Alhaji"));
        assert_eq!(after_cue("\u{201d} said Engr. Musa Bello.", "said"), own("Musa Bello", "Engr."));
        assert_eq!(role_and_name("Datuk Lee Chong Wei said", "said"), own("Lee Chong Wei", "Datuk"));
        assert_eq!(role_and_name("Mallam Nuhu Ribadu said", "said"), own("Nuhu Ribadu", "Mallam"));
    }

    #[test]
    fn place_and_description_after_the_cue_are_the_role_of_the_name() {
        let own = |n: &str, r: &str| (n.to_string(), Some(r.to_string()));
        assert_eq!(after_cue("\u{201d} said Esk Valley grower Brydon Nisbet.", "said"), own("Brydon Nisbet", "Esk Valley grower"));
        assert_eq!(after_cue("\u{201d} said Hawke's Bay orchardist Lucy Tane.", "said"), own("Lucy Tane", "Hawke's Bay orchardist"));
        assert_eq!(after_cue("\u{201d} said Queens bodega owner Hector Ramos on Monday.", "said"), own("Hector Ramos", "Queens bodega owner"));
        assert_eq!(after_cue("\u{201d} said Rift Valley herder Joseph Lekishon.", "said"), own("Joseph Lekishon", "Rift Valley herder"));
        assert_eq!(role_and_name("Ogun State farmer Bola Adeyemi said", "said"), own("Bola Adeyemi", "Ogun State farmer"));
        // A group named by its place stays whole.
        assert_eq!(role_and_name("Hawke's Bay orchardists said", "said").0, "Hawke's Bay orchardists");
    }

    #[test]
    fn first_name_alone_resolves_only_when_one_person_has_it() {
        let text = "Anna Petrova met Ivan Sokolov. Later Anna said more. Anna Karenina came.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let names = Names::collect(text, &toks, &[]);
        assert_eq!(names.by_first_name("Anna", 40), Some("Anna Petrova"));
        assert_eq!(names.by_first_name("Anna", text.len()), None);
        assert_eq!(names.full("Kennedy", 0), None);
    }

    #[test]
    fn bare_initials_belong_to_the_name() {
        assert_eq!(person_name_start(&["T", "V", "Narendran"]), 0);
        assert_eq!(person_name_start(&["A", "R", "Rahman"]), 0);
        assert_eq!(person_name_start(&["J", "K", "Rowling"]), 0);
        assert_eq!(person_name_start(&["Ravi", "S", "Menon"]), 0);
        // A sentence's "A" before a name is no initial.
        assert_eq!(person_name_start(&["A", "Priya", "Nair"]), 1);
        let text = "Minister M K Stalin spoke. Later Stalin said more.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let names = Names::collect(text, &toks, &[]);
        assert_eq!(names.full("Stalin", 40), Some("M K Stalin"));
        // A title and a surname spelled like an office are still a name.
        let s = subject("“I was never edited,” Mr. King, 82, told me", "told");
        assert_eq!(s.name, "Mr. King");
    }

    #[test]
    fn an_office_set_off_after_a_name_is_its_role() {
        for (text, name, role) in [
            ("“Demand held,” T V Narendran, CEO and managing director, said", "T V Narendran", "CEO and managing director"),
            ("“Costs rose,” Anita Shah, Executive Director and CFO, said", "Anita Shah", "Executive Director and CFO"),
            ("“We are ready,” Peter Olsen, Chief Executive, said", "Peter Olsen", "Chief Executive"),
            ("“Prices will ease,” R S Sharma, chairman and managing director, said", "R S Sharma", "chairman and managing director"),
            ("“Sales doubled,” Maria Lopez, President and CEO, said", "Maria Lopez", "President and CEO"),
            ("“We will appeal,” Dan Reyes, CFO, said", "Dan Reyes", "CFO"),
        ] {
            let cue = text.rsplit(' ').next().unwrap_or("");
            let s = subject(text, cue);
            assert_eq!((s.name.as_str(), s.role.as_deref()), (name, Some(role)), "{text}");
        }
    }

    #[test]
    fn organisation_boss_before_a_name_is_the_role() {
        for (text, name, role) in [
            ("said RMT boss Mick Lynch.", "Mick Lynch", "RMT boss"),
            ("said Unite boss Sharon Graham.", "Sharon Graham", "Unite boss"),
            ("said Leinster coach Leo Cullen.", "Leo Cullen", "Leinster coach"),
            ("said Arsenal manager Mikel Arteta.", "Mikel Arteta", "Arsenal manager"),
            ("said Tata Steel CFO Koushik Chatterjee.", "Koushik Chatterjee", "Tata Steel CFO"),
        ] {
            let s = inverted(text, "said").expect("a speaker");
            assert_eq!((s.name.as_str(), s.role.as_deref(), s.kind), (name, Some(role), Kind::Person), "{text}");
        }
    }

    #[test]
    fn local_and_police_titles_are_stripped() {
        for (text, name) in [
            ("Cr Glenda Mather said", "Glenda Mather"),
            ("Cllr Amy Rhodes said", "Amy Rhodes"),
            ("Ald Jim Bruce said", "Jim Bruce"),
            ("Insp Sarah Kemp said", "Sarah Kemp"),
            ("PC Andrew Harper said", "Andrew Harper"),
        ] {
            assert_eq!(subject(text, "said").name, name, "{text}");
        }
        let text = "Mayor Adam Belot spoke. Later Cr Belot said more.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let names = Names::collect(text, &toks, &[]);
        let s = subject(text, "said");
        assert_eq!(resolve_name(&names, &s), "Adam Belot");
    }

    #[test]
    fn double_given_names_are_kept_whole() {
        assert_eq!(person_name_start(&["Kelly", "Ann", "Rourke"]), 0);
        assert_eq!(person_name_start(&["Mary", "Jo", "White"]), 0);
        assert_eq!(person_name_start(&["Anna", "Maria", "Costa"]), 0);
        assert_eq!(person_name_start(&["Billy", "Ray", "Cyrus"]), 0);
        assert_eq!(person_name_start(&["Lisa", "Marie", "Dunne"]), 0);
        // Only a run of three: a longer one holds a word before the name.
        assert_eq!(person_name_start(&["Zika", "Virus", "Ann", "Smith"]), 2);
        let text = "Sarah Jo Pender, 44, was jailed. Pender said nothing.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let names = Names::collect(text, &toks, &[]);
        assert_eq!(names.full("Pender", 40), Some("Sarah Jo Pender"));
        // The first person named by the surname keeps it.
        let text = "Senator Chris Murphy spoke. He met Anne Marie Murphy there. Murphy said more.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let names = Names::collect(text, &toks, &[]);
        assert_eq!(names.full("Murphy", text.len()), Some("Chris Murphy"));
    }

    #[test]
    fn names_only_in_a_headline_are_forgotten() {
        let text = "Late Salah double sinks Spurs\n\nMohamed Salah scored twice. Salah told Sky Sports.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let mut names = Names::collect(text, &toks, &[0, 5, 10]);
        names.forget_headline_only(std::slice::from_ref(&(0..29)));
        assert_eq!(names.full("Salah", text.len()), Some("Mohamed Salah"));
        // A headline's name the body gives in full, or gives no other for, is kept.
        let text = "Jane Doe wins seat\n\nVoters chose Jane Doe. Doe said thanks.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let mut names = Names::collect(text, &toks, &[0, 4, 9]);
        names.forget_headline_only(std::slice::from_ref(&(0..18)));
        assert_eq!(names.full("Doe", text.len()), Some("Jane Doe"));
        let text2 = "Brave Kane Rescues Draw\n\nHarry Kane scored late. Kane said it was vital.";
        let toks2 = tokenize(text2, Span::new(0, text2.len()));
        let mut names2 = Names::collect(text2, &toks2, &[0, 4, 9]);
        names2.forget_headline_only(std::slice::from_ref(&(0..23)));
        assert_eq!(names2.full("Kane", text2.len()), Some("Harry Kane"));
        let text3 = "Maria Costa wins award\n\nThe award went to Costa on Friday. Costa said she was proud.";
        let toks3 = tokenize(text3, Span::new(0, text3.len()));
        let mut names3 = Names::collect(text3, &toks3, &[0, 4, 12]);
        names3.forget_headline_only(std::slice::from_ref(&(0..22)));
        assert_eq!(names3.full("Costa", text3.len()), Some("Maria Costa"));
    }

    #[test]
    fn surname_carried_back_to_full_name() {
        let text = "Mayor Lori Lightfoot spoke. Later Lightfoot said more.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let names = Names::collect(text, &toks, &[]);
        assert_eq!(names.full("Lightfoot", 40), Some("Lori Lightfoot"));
        assert_eq!(names.full("Lightfoot", 0), None);
    }

    #[test]
    fn bare_groups_are_speakers() {
        assert_eq!(subject("Two people were shot at a store, police said.", "said").name, "police");
        assert_eq!(subject("Two ships collided near the port, state media said.", "said").name, "state media");
        assert_eq!(subject("The fire spread fast, staff told us.", "told").name, "staff");
        assert_eq!(inverted("according to police.", "to").map(|s| s.name).as_deref(), Some("police"));
        assert_eq!(inverted("according to county records.", "to").map(|s| s.name).as_deref(), Some("county records"));
        assert_eq!(inverted("according to state media.", "to").map(|s| s.name).as_deref(), Some("state media"));
        assert_eq!(inverted("said people familiar with the matter.", "said").map(|s| s.name).as_deref(), Some("people familiar with the matter"));
    }

    #[test]
    fn nouns_in_ly_are_no_adverbs() {
        assert_eq!(subject("\"We ask for privacy,\" the family said.", "said").name, "the family");
        assert_eq!(subject("The royal family later said it.", "said").name, "The royal family");
        assert_eq!(subject("The general assembly said no.", "said").name, "The general assembly");
        // A real adverb still goes: "the mayor repeatedly said".
        assert_eq!(subject("Then the mayor repeatedly said no.", "said").name, "the mayor");
    }

    #[test]
    fn state_before_a_noun_is_no_verb() {
        assert_eq!(subject("Turnout reached 67 percent, the state health department said.", "said").name, "the state health department");
        assert_eq!(subject("The vote was close, the state election board reported.", "reported").name, "the state election board");
    }

    #[test]
    fn organisation_names_with_and_suffix_and_numbers() {
        assert_eq!(subject("Exports fell, the Ministry of Trade and Industry said.", "said").name, "the Ministry of Trade and Industry");
        assert_eq!(
            inverted("according to the Centers for Disease Control and Prevention.", "to").map(|s| s.name).as_deref(),
            Some("the Centers for Disease Control and Prevention")
        );
        assert_eq!(inverted("according to the Office for National Statistics.", "to").map(|s| s.name).as_deref(), Some("the Office for National Statistics"));
        assert_eq!(subject("SAN JOSE -- Acme Robotics, Inc. (NASDAQ: ACME) today announced a deal.", "announced").name, "Acme Robotics Inc.");
        assert_eq!(inverted("according to a YouGov poll of 2,041 adults.", "to").map(|s| s.name).as_deref(), Some("a YouGov poll of 2,041 adults"));
        // Two people joined by "and" are credited together, each under their own name.
        assert_eq!(subject("It was late, John Smith and Jane Doe said.", "said").name, "John Smith and Jane Doe");
        let s = subject("\u{201c}No,\u{201d} Will wrote.", "wrote");
        assert_eq!((s.name.as_str(), s.kind), ("Will", Kind::Person));
    }

    #[test]
    fn capitalised_or_participle_role_before_inverted_name() {
        let s = inverted("said British finance minister Hugo Jonge.", "said").expect("a speaker");
        assert_eq!((s.name.as_str(), s.role.as_deref()), ("Hugo Jonge", Some("British finance minister")));
        let s = inverted("said managing director Sue Lake.", "said").expect("a speaker");
        assert_eq!((s.name.as_str(), s.role.as_deref()), ("Sue Lake", Some("managing director")));
        let s = inverted("said acting mayor Tom Reed.", "said").expect("a speaker");
        assert_eq!((s.name.as_str(), s.role.as_deref()), ("Tom Reed", Some("acting mayor")));
        let s = inverted("said acting police chief Dana Ruiz.", "said").expect("a speaker");
        assert_eq!((s.name.as_str(), s.role.as_deref()), ("Dana Ruiz", Some("acting police chief")));
        let s = inverted("said Trump campaign manager Kellyanne Conway.", "said").expect("a speaker");
        assert_eq!(s.name, "Kellyanne Conway");
        assert_eq!(inverted("said Smith was right.", "said").map(|s| s.name).as_deref(), Some("Smith"));
        // A capitalised word, a verb and a name is a clause, not a role and a name.
        assert_eq!(inverted("said Cruz exhorted Republicans to vote.", "said").map(|s| s.name).as_deref(), Some("Cruz"));
    }

    #[test]
    fn adverb_opening_the_name_piece_is_dropped() {
        let s = subject("Even Norway, the bloc\u{2019}s closest partner and its largest supplier of gas, said it", "said");
        assert_eq!(s.name, "Norway");
    }

    #[test]
    fn office_of_something_before_an_inverted_name() {
        let s = inverted("said former secretary of state Dana Whitlock, who led the talks.", "said").expect("a speaker");
        assert_eq!((s.name.as_str(), s.role.as_deref()), ("Dana Whitlock", Some("former secretary of state")));
        let s = inverted("said chief of staff Mara Quill.", "said").expect("a speaker");
        assert_eq!(s.name, "Mara Quill");
        assert_eq!(subject("Deputy secretary of state Ivo Ranic said", "said").name, "Ivo Ranic");
    }

    #[test]
    fn plural_possessive_appositive_describes_the_name_before_it() {
        assert_eq!(subject("Jill Amos, the Pattersons' lawyer, said", "said").name, "Jill Amos");
        assert_eq!(subject("Ken Obi, Sanders\u{2019} senior media adviser, said", "said").name, "Ken Obi");
    }

    #[test]
    fn name_after_a_clause_opening_conjunction_keeps_its_appositive() {
        assert_eq!(subject("Or, as Rhea Stone, a former judge, put", "put").name, "Rhea Stone");
        assert_eq!(subject("Prices rose, as Jane Alvarez, a grocer in Leeds, said", "said").name, "Jane Alvarez");
        assert_eq!(subject("On Monday Tomas Ferreira, a Green councillor, said", "said").name, "Tomas Ferreira");
    }

    #[test]
    fn opening_adverbial_ending_in_a_place_is_no_place_piece() {
        assert_eq!(subject("Worried about flooding in Leeds, Mayor Tom Hale, a Labour councillor, said", "said").name, "Tom Hale");
        assert_eq!(subject("Donna Rawlings, 59, now retired in Cambridge, Mass., said", "said").name, "Donna Rawlings");
    }

    /// "one protester, 24-year-old student Lena Vogt, said": a bare description before a
    /// full name, set off after a lead-in description, names the speaker; the description
    /// is the role, without the age.
    #[test]
    fn bare_description_and_name_after_a_lead_in_is_the_speaker() {
        for (text, cue, name, role) in [
            ("\u{201d} one protester, 24-year-old student Lena Vogt, said.", "said", "Lena Vogt", "student"),
            ("\u{201d} another neighbour, retired teacher Maureen Pike, 71, said.", "said", "Maureen Pike", "retired teacher"),
            ("\u{201d} a fellow passenger, 30-year-old engineer Tomasz Nowak, told reporters.", "told", "Tomasz Nowak", "engineer"),
            ("\u{201d} another trader, mother-of-three Grace Mwangi, said.", "said", "Grace Mwangi", "mother-of-three"),
        ] {
            let s = subject(text, cue);
            assert_eq!((s.name.as_str(), s.role.as_deref()), (name, Some(role)), "{text}");
        }
        for (text, name, role) in [
            ("said one resident, taxi driver Ahmed Karim.", "Ahmed Karim", "taxi driver"),
            ("said another witness, bus driver Kemal Yilmaz, who saw the crash.", "Kemal Yilmaz", "bus driver"),
        ] {
            let s = inverted(text, "said").expect("a speaker");
            assert_eq!((s.name.as_str(), s.role.as_deref()), (name, Some(role)), "{text}");
        }
        // A bare description alone is no name.
        assert_eq!(subject("\u{201d} one protester, a student, said.", "said").kind, Kind::Nominal);
    }
}
