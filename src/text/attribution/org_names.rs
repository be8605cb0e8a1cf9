//! Organisation names that hold what otherwise ends a speaker phrase: a company suffix
//! after a comma ("Acme Robotics, Inc."), "and" between capitalised words of one name
//! ("the Centers for Disease Control and Prevention", "the Ministry of Trade and
//! Industry"), and a thousands comma inside a description ("a poll of 2,041 adults").

use super::tokens::{is_capitalised, key, Tok};

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
