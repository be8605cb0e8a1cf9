//! Organisation names that hold what otherwise ends a speaker phrase: a company suffix
//! after a comma ("Acme Robotics, Inc."), "and" between capitalised words of one name
//! ("the Centers for Disease Control and Prevention", "the Ministry of Trade and
//! Industry"), and a thousands comma inside a description ("a poll of 2,041 adults").

use super::speakers::{Kind, Speaker};
use super::tokens::{is_capitalised, key, Tok};
use crate::text::Span;

fn word<'a>(text: &'a str, t: &Tok) -> &'a str {
    &text[t.span.start..t.span.end]
}

/// Whether `w` is a company suffix written after a comma: "Inc.", "Ltd", "LLC", "plc".
pub fn is_company_suffix(w: &str) -> bool {
    matches!(key(w).as_str(), "inc" | "ltd" | "llc" | "corp" | "plc" | "co" | "lp" | "llp" | "ag" | "nv" | "gmbh" | "limited" | "pty" | "bhd")
}

/// Whether the "and" at token `i` joins two capitalised words of one organisation's name:
/// a capitalised word on each side, and before the left one (over at most three
/// capitalised words and commas) a lower-case "of" or "for" after a capitalised word
/// ("Department for Environment, Food and Rural Affairs"). "Smith and Jones" is two names.
pub fn and_inside_name(text: &str, toks: &[Tok], lo: usize, i: usize, hi: usize) -> bool {
    let cap = |j: usize| toks.get(j).filter(|_| j < hi).is_some_and(|t| t.is_word() && is_capitalised(word(text, t)));
    if i == 0 || i <= lo || !cap(i + 1) || !cap(i - 1) || key(word(text, &toks[i])) != "and" {
        return false;
    }
    let mut j = i - 1;
    let mut capitals = 0;
    while j > lo && capitals < 4 {
        let t = &toks[j];
        if t.is_word() && is_capitalised(word(text, t)) {
            capitals += 1;
        } else if !t.is(',') {
            break;
        }
        j -= 1;
    }
    let w = word(text, &toks[j]);
    toks[j].is_word() && matches!(w, "of" | "for") && j > lo && cap(j - 1)
}

/// Most capitalised words on either side of a joiner inside an organisation's name read
/// as one name: "Johnson and Johnson", "Food and Drug Administration".
const JOINED_NAME_WORDS: usize = 3;

/// Whether the "and" or "&" at token `i` joins two capitalised words of an organisation's
/// name that a lower-case office and a person's name follow: "Marks and Spencer chief
/// executive Stuart Machin", "Food and Drug Administration commissioner Robert Califf",
/// "Procter & Gamble boss Jon Moeller". The name before the joiner opens its clause (at
/// `lo`, after punctuation or "the") and holds no given name, title or office ("Jane
/// and Labour leader Keir Starmer" is two people); the one after it runs straight into
/// the office, and a capitalised name follows the office within a few words.
pub fn and_before_office(text: &str, toks: &[Tok], lo: usize, i: usize, hi: usize) -> bool {
    let cap = |j: usize| j < hi && toks.get(j).is_some_and(|t| t.is_word() && is_capitalised(word(text, t)));
    let joiner = toks.get(i).is_some_and(|t| t.is('&') || (t.is_word() && word(text, t) == "and"));
    if !joiner || i <= lo || !cap(i - 1) || !cap(i + 1) {
        return false;
    }
    let mut j = i;
    while j > lo && i - j < JOINED_NAME_WORDS && cap(j - 1) {
        j -= 1;
    }
    let opens = j == lo || !toks[j - 1].is_word() || key(word(text, &toks[j - 1])) == "the";
    let lexicon = |w: &str| {
        let k = key(w);
        crate::detect::lexicon::given_names().entry_for_key(&k).is_some()
            || crate::detect::lexicon::speaker_roles().contains(&k)
            || crate::detect::lexicon::speaker_honorifics().contains(&k)
    };
    if !opens || (j..i).any(|x| lexicon(word(text, &toks[x]))) || (cap(j.wrapping_sub(1)) && j > lo) {
        return false;
    }
    let mut m = i + 1;
    while m < hi && m - i <= JOINED_NAME_WORDS && cap(m) {
        m += 1;
    }
    let office = m < hi && toks[m].is_word() && {
        let w = word(text, &toks[m]);
        !is_capitalised(w) && crate::detect::lexicon::speaker_roles().contains(&key(w))
    };
    let untitled = (i + 1..m).all(|x| !lexicon(word(text, &toks[x])));
    office && untitled && (m + 1..hi.min(m + 5)).any(cap)
}

/// Whether the comma at token `i` separates the portfolios of one organisation's name:
/// "Ministry of Agriculture, Forestry and Fisheries", "Department for Environment, Food
/// and Rural Affairs". Before it, capitalised words back to "of" or "for" after a
/// capitalised word; after it, capitalised words (and more commas) up to "and" and one
/// more capitalised word. "the mayor of Leeds, Jane Doe, said" is no list.
pub fn comma_inside_name(text: &str, toks: &[Tok], lo: usize, i: usize, hi: usize) -> bool {
    const LIST_REACH: usize = 8;
    let cap = |j: usize| j < hi && toks.get(j).is_some_and(|t| t.is_word() && is_capitalised(word(text, t)));
    if toks.get(i).is_none_or(|t| !t.is(',')) || i >= hi {
        return false;
    }
    let mut j = i;
    let mut capitals = 0;
    while j > lo && i - j < LIST_REACH {
        if cap(j - 1) {
            capitals += 1;
        } else if !(toks[j - 1].is(',') && capitals > 0) {
            break;
        }
        j -= 1;
    }
    let opened = capitals > 0 && j >= lo + 2 && toks[j - 1].is_word() && matches!(word(text, &toks[j - 1]), "of" | "for") && cap(j - 2);
    let mut m = i + 1;
    let mut capitals = 0;
    while m < hi && m - i < LIST_REACH {
        if cap(m) {
            capitals += 1;
        } else if !(toks[m].is(',') && capitals > 0) {
            break;
        }
        m += 1;
    }
    let and = m < hi && (toks[m].is('&') || (toks[m].is_word() && word(text, &toks[m]) == "and"));
    opened && capitals > 0 && and && cap(m + 1)
}

/// Whether the comma at token `i` is a thousands separator: digits before it and exactly
/// three digits after it, written without a space ("2,041").
pub fn thousands_comma(text: &str, toks: &[Tok], i: usize) -> bool {
    let digits = |t: &Tok| t.is_word() && word(text, t).chars().all(|c| c.is_ascii_digit());
    i > 0
        && toks[i].is(',')
        && digits(&toks[i - 1])
        && toks[i - 1].span.end == toks[i].span.start
        && toks.get(i + 1).is_some_and(|n| digits(n) && word(text, n).len() == 3 && n.span.start == toks[i].span.end)
}

/// Whether the word "per" at token `i` credits a source ("…, per the New York Fed", "per
/// Reuters"): after a comma or opening the sentence, before a capitalised name or a
/// determiner and one. "$5 per gallon" and "per cent" are rates.
pub fn per_credits(text: &str, toks: &[Tok], i: usize, at_sentence_start: bool) -> bool {
    let after_comma = i > 0 && toks[i - 1].is(',');
    if !(after_comma || at_sentence_start) || key(word(text, &toks[i])) != "per" {
        return false;
    }
    let cap = |j: usize| toks.get(j).is_some_and(|t| t.is_word() && is_capitalised(word(text, t)));
    let det = toks.get(i + 1).is_some_and(|t| t.is_word() && matches!(key(word(text, t)).as_str(), "the" | "a" | "an"));
    // "…, per police.", "per court documents", "per a spokesperson": a group or an office,
    // closing the sentence (", per day," and ", per head," are rates).
    let from = if det { i + 2 } else { i + 1 };
    let bare = super::groups::bare_group_end(text, toks, from, toks.len()).or_else(|| {
        let office = toks.get(from).is_some_and(|t| t.is_word() && crate::detect::lexicon::speaker_roles().contains(&key(word(text, t))));
        (det && office).then_some(from + 1)
    });
    let closes = |e: usize| toks.get(e).is_none_or(|t| matches!(t.punct, Some('.' | '!' | '?' | ';' | ')')));
    cap(i + 1) || (det && cap(i + 2)) || bare.is_some_and(closes)
}

/// Words that join the capitalised words of one name in lower case: "Transport for
/// Wales", "Gazzetta dello Sport", "Marks and Spencer", "Procter & Gamble".
fn is_joiner(k: &str) -> bool {
    matches!(k, "and" | "&" | "of" | "for" | "the") || crate::detect::lexicon::name_particles().contains(k) || matches!(k, "dello" | "degli" | "dei" | "y")
}

/// Whether `w` is a capitalised word that may be part of an organisation's name (no given
/// name, which would make it a person's).
fn org_word(w: &str) -> bool {
    is_capitalised(w) && w.chars().any(char::is_alphabetic) && crate::detect::lexicon::given_names().entry_for_key(&key(w)).is_none()
}

/// A credited source widened to the whole capitalised name it was cut from, when the cut
/// fell on a lower-case joiner: "Marks and Spencer" read as "Spencer", "Transport for
/// Wales" as the person "Transport" with the role "for Wales", "the Secretary of State for
/// Health and Social Care" as "Social Care", "Gazzetta dello Sport" as "Gazzetta".
/// `person` says whether a word is a surname or first name the article gives a person:
/// "Trump and Clinton said" stays two people's. Tokens `lo..hi` bound the clause.
pub fn widen_name(text: &str, toks: &[Tok], lo: usize, hi: usize, s: Speaker, person: impl Fn(&str) -> bool) -> Speaker {
    let first = toks.partition_point(|t| t.span.start < s.span.start);
    let last = toks.partition_point(|t| t.span.start < s.span.end);
    if first >= last || last > hi || s.kind == Kind::Pronoun {
        return s;
    }
    // A person's full name ("Ross Eisenbrey of the Economic Policy Institute") keeps its
    // body as role: only a single word or an office or body's words may be cut names.
    let body_word = |w: &str| {
        let k = key(w);
        crate::detect::lexicon::organisation_words().contains(&k) || crate::detect::lexicon::speaker_roles().contains(&k)
    };
    if s.kind == Kind::Person && s.name.split_whitespace().count() > 1 && !s.name.split_whitespace().any(body_word) {
        return s;
    }
    let phrase: Vec<usize> = (first..last).filter(|&i| toks[i].is_word()).collect();
    let all_org = |ix: &[usize]| {
        ix.iter().all(|&i| {
            let w = word(text, &toks[i]);
            org_word(w) || is_joiner(&key(w))
        }) && ix.iter().any(|&i| org_word(word(text, &toks[i])))
    };
    let names_person = |ix: &[usize]| ix.iter().any(|&i| person(word(text, &toks[i])));
    let w = |i: usize| word(text, &toks[i]);
    let joiner_at = |i: usize| toks[i].is('&') || (toks[i].is_word() && !is_capitalised(w(i)) && is_joiner(&key(w(i))));
    let capital_at = |i: usize| toks[i].is_word() && org_word(w(i)) && !person(w(i));
    let mut start = first;
    let mut end = last;
    // Leftwards: "Marks and Spencer", "Work and Pensions Secretary", "Procter & Gamble".
    if s.name.split_whitespace().all(|x| org_word(x) || is_joiner(&key(x))) && all_org(&phrase) && !names_person(&phrase) {
        let mut j = first;
        loop {
            let mut m = j;
            while m > lo && j - m < 2 && joiner_at(m - 1) {
                m -= 1;
            }
            // "the" alone is no joiner: "the Guardian" opens its name.
            if m == j || (j - m == 1 && key(w(m)) == "the") {
                break;
            }
            let run_end = m;
            while m > lo && capital_at(m - 1) {
                m -= 1;
            }
            if m == run_end {
                break;
            }
            j = m;
        }
        start = j;
    }
    // Rightwards: "Gazzetta dello Sport", "Bank of America" after the name read.
    if all_org(&phrase) && !names_person(&phrase) {
        let mut j = last;
        loop {
            let mut m = j;
            while m < hi && m - j < 2 && joiner_at(m) {
                m += 1;
            }
            if m == j || matches!(key(w(j)).as_str(), "and" | "the") {
                break;
            }
            let run_start = m;
            while m < hi && capital_at(m) {
                m += 1;
            }
            if m == run_start {
                break;
            }
            j = m;
        }
        end = j;
    }
    if start == first && end == last {
        return s;
    }
    // A determiner before the widened name is the article's ("the Food and Drug Administration").
    if start > lo && toks[start - 1].is_word() && key(word(text, &toks[start - 1])) == "the" {
        start -= 1;
    }
    let span = Span::new(toks[start].span.start.min(s.span.start), toks[end - 1].span.end.max(s.span.end));
    Speaker { name: text[span.start..span.end].to_string(), role: None, kind: Kind::Organisation, span }
}

/// Whether a speaker read as a person is a whole office or body cut at a joiner: the
/// name no person's, and the words after it a joiner and capitalised words ("rail
/// operator Transport for Wales" read as "Transport"), or the words before it capitalised
/// words ending in a joiner ("Social Care" of "the Secretary of State for Health and
/// Social Care"): the whole name is the source, a lower-case description before it its role.
pub fn office_cut_at_joiner(text: &str, s: &Speaker, person: impl Fn(&str) -> bool) -> Option<Speaker> {
    if s.kind != Kind::Person || s.role.is_none() || s.name.split_whitespace().any(&person) {
        return None;
    }
    let phrase = text.get(s.span.start..s.span.end)?.trim_end_matches([',', ' ', '.']);
    let at = phrase.rfind(s.name.as_str())?;
    let before: Vec<&str> = phrase[..at].split_whitespace().collect();
    let after: Vec<&str> = phrase[at + s.name.len()..].split_whitespace().collect();
    let org_run = |ws: &[&str]| ws.iter().all(|w| org_word(w) || is_joiner(&key(w))) && ws.iter().any(|w| org_word(w));
    let opens = |w: &str| !is_capitalised(w) && is_joiner(&key(w)) && !matches!(key(w).as_str(), "and" | "the");
    // "Transport for Wales": the name one word, then "for"/"of"/"dello" and the rest.
    if s.name.split_whitespace().count() == 1 && after.first().is_some_and(|w| opens(w)) && org_run(&after) {
        let lead = before.iter().rposition(|w| !org_word(w) && !is_joiner(&key(w))).map_or(0, |i| i + 1);
        // "Representative Raúl M. Grijalva of Arizona": a title or an initial makes a person.
        let titled = |w: &&str| {
            let k = key(w);
            crate::detect::lexicon::speaker_roles().contains(&k) || crate::detect::lexicon::speaker_honorifics().contains(&k) || super::speakers::is_initial(w)
        };
        if before[lead..].iter().any(titled) || titled(&s.name.as_str()) {
            return None;
        }
        let name = [&before[lead..], &[s.name.as_str()][..], &after[..]].concat().join(" ");
        let role = (lead > 0).then(|| before[..lead].join(" "));
        return Some(Speaker { name, role, kind: Kind::Organisation, span: s.span });
    }
    // "the Secretary of State for Health and Social Care": the role ends on a joiner.
    let joined = before.last().is_some_and(|w| !is_capitalised(w) && matches!(key(w).as_str(), "and" | "&" | "of" | "for"));
    let lead = usize::from(before.first().is_some_and(|w| key(w) == "the"));
    if after.is_empty() && joined && org_run(&before[lead..]) && s.name.split_whitespace().all(org_word) {
        return Some(Speaker { name: phrase.to_string(), role: None, kind: Kind::Organisation, span: s.span });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;
    use crate::text::Span;

    fn toks(text: &str) -> Vec<Tok> {
        tokenize(text, Span::new(0, text.len()))
    }

    fn and_at(text: &str) -> bool {
        let t = toks(text);
        let i = t.iter().position(|t| &text[t.span.start..t.span.end] == "and").unwrap();
        and_inside_name(text, &t, 0, i, t.len())
    }

    #[test]
    fn and_inside_an_organisation_name() {
        assert!(and_at("the Centers for Disease Control and Prevention said"));
        assert!(and_at("the Ministry of Trade and Industry said"));
        assert!(and_at("the Department for Environment, Food and Rural Affairs said"));
        assert!(!and_at("John Smith and Jane Doe said"));
        assert!(!and_at("the mayor of Leeds and Jane Doe said"));
    }

    fn joiner_at(text: &str, f: fn(&str, &[Tok], usize, usize, usize) -> bool, joiner: &str) -> bool {
        let t = toks(text);
        let i = t.iter().position(|t| &text[t.span.start..t.span.end] == joiner).unwrap();
        f(text, &t, 0, i, t.len())
    }

    #[test]
    fn and_inside_a_company_name_before_an_office() {
        for (text, want) in [
            ("Marks and Spencer chief executive Stuart Machin said", true),
            ("Johnson and Johnson chief executive Joaquin Duato said", true),
            ("Food and Drug Administration commissioner Robert Califf said", true),
            ("Procter & Gamble boss Jon Moeller said", true),
            ("the Tate and Lyle spokesman Tom Hale said", true),
            ("Barnes and Noble chairman Leonard Riggio said", true),
            // Two people: a given name, a title, or no office after the second name.
            ("Emma and Labour leader Keir Starmer said", false),
            ("President Biden and Labour leader Keir Starmer said", false),
            ("Smith and Jones said", false),
            ("Smith and Jones chief executive said", false),
            ("He met Smith and Jones spokesman Tom Hale", false),
        ] {
            assert_eq!(joiner_at(text, and_before_office, if text.contains('&') { "&" } else { "and" }), want, "{text}");
        }
    }

    #[test]
    fn comma_inside_a_list_of_portfolios() {
        for (text, want) in [
            ("Ministry of Agriculture, Forestry and Fisheries spokesman Taro Ito said", true),
            ("the Department for Environment, Food and Rural Affairs said", true),
            ("Minister of Housing, Communities and Local Government Angela Rayner said", true),
            ("Ministry of Land, Infrastructure, Transport and Tourism official Ken Sato said", true),
            ("the mayor of Leeds, Jane Doe, said", false),
            ("Mary Smith, Tom Jones and Ann Lee said", false),
            ("the Bank of England, the Treasury and Ofgem said", false),
        ] {
            assert_eq!(joiner_at(text, comma_inside_name, ","), want, "{text}");
        }
    }

    #[test]
    fn thousands_comma_is_inside_a_number() {
        let text = "a poll of 2,041 adults, 3, 400";
        let t = toks(text);
        let commas: Vec<bool> = (0..t.len()).filter(|&i| t[i].is(',')).map(|i| thousands_comma(text, &t, i)).collect();
        assert_eq!(commas, [true, false, false]);
    }

    #[test]
    fn per_credits_a_named_source_only() {
        for (text, want) in [
            ("debt rose, per the New York Fed.", true),
            ("Per Reuters, it fell.", true),
            ("$5 per gallon", false),
            ("up 3 per cent", false),
            ("he is expected to recover, per police.", true),
            ("the deal was signed in May, per court documents.", true),
            ("she left on Friday, per a spokesperson.", true),
            ("two arrests were made, per local officials.", true),
            ("it costs $40, per person, at the door.", false),
            ("fees rise 3%, per year.", false),
        ] {
            let t = toks(text);
            let i = t.iter().position(|t| key(&text[t.span.start..t.span.end]) == "per").unwrap();
            assert_eq!(per_credits(text, &t, i, i == 0), want, "{text}");
        }
    }

    #[test]
    fn company_suffixes() {
        assert!(is_company_suffix("Inc.") && is_company_suffix("plc") && !is_company_suffix("Robotics"));
    }
}
