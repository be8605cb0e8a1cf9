//! What the check-worthiness model sees of a sentence: its words (lower-cased, numbers
//! folded into classes) and a few named features that fact-checkers give as reasons.
//!
//! The trainer (`examples/train_claims.rs`) and the scorer both call [`features`], so
//! they cannot drift apart.

use crate::detect::lexicon::{self, Lexicon};

/// The named reasons, in the order they are reported, each with its word list.
fn reason_lists() -> [(&'static str, &'static Lexicon); 5] {
    [
        ("quantity", lexicon::claim_quantity()),
        ("comparison", lexicon::claim_comparison()),
        ("statistic", lexicon::claim_statistic()),
        ("record", lexicon::claim_record()),
        ("attributed", lexicon::claim_attributed()),
    ]
}

/// The named reasons a sentence matches, in a fixed order: "figure" for digits, then
/// each list that holds one of its words or two-word phrases.
pub fn reasons(sentence: &str) -> Vec<&'static str> {
    let words = tokens(sentence);
    let pairs: Vec<String> = words.windows(2).map(|w| format!("{} {}", w[0], w[1])).collect();
    let mut out = Vec::new();
    if sentence.chars().any(|c| c.is_ascii_digit()) {
        out.push("figure");
    }
    for (name, list) in reason_lists() {
        let symbol = name == "statistic" && sentence.contains(['%', '$']);
        if symbol || words.iter().chain(&pairs).any(|w| list.contains(w)) {
            out.push(name);
        }
    }
    out
}

/// The features of a sentence: `@`-prefixed named features and shape features, then its
/// distinct words. Numbers become `#num` (`#year` for 1800–2099), so that a model learns
/// "a number is here", not which number.
pub fn features(sentence: &str, reasons: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = reasons.iter().map(|r| format!("@{r}")).collect();
    let words = sentence.split_whitespace().count();
    out.push(
        match words {
            0..=3 => "@len-tiny",
            4..=8 => "@len-short",
            9..=20 => "@len-mid",
            21..=40 => "@len-long",
            _ => "@len-huge",
        }
        .to_string(),
    );
    let trimmed = sentence.trim_end();
    if trimmed.ends_with('?') {
        out.push("@question".into());
    }
    if trimmed.ends_with('!') {
        out.push("@exclaim".into());
    }
    let inner_capitals = sentence
        .split_whitespace()
        .skip(1)
        .filter(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.len() > 1 && w.chars().next().is_some_and(char::is_uppercase)
        })
        .count();
    if inner_capitals > 0 {
        out.push(if inner_capitals > 2 { "@names-many".into() } else { "@names".into() });
    }
    let mut seen = std::collections::HashSet::new();
    for token in tokens(sentence) {
        if seen.insert(token.clone()) {
            out.push(token);
        }
    }
    out
}

/// Lower-cased word tokens; numbers folded to `#num` / `#year`.
pub fn tokens(sentence: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut Vec<String>| {
        if word.is_empty() {
            return;
        }
        let w = word.trim_matches(|c| c == '\'' || c == '.' || c == ',');
        if !w.is_empty() {
            if w.chars().any(|c| c.is_ascii_digit()) {
                let year = w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1800..2100).contains(&y));
                out.push(if year { "#year".into() } else { "#num".into() });
            } else {
                out.push(w.to_string());
            }
        }
        word.clear();
    };
    for c in sentence.chars() {
        if c.is_alphanumeric() || c == '\'' || c == '\u{2019}' {
            word.extend(c.to_lowercase().map(|c| if c == '\u{2019}' { '\'' } else { c }));
        } else if (c == '.' || c == ',') && word.chars().last().is_some_and(|l| l.is_ascii_digit()) {
            // 4.9 and 70,000 stay one number.
            word.push(c);
        } else {
            flush(&mut word, &mut out);
        }
    }
    flush(&mut word, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_fold_into_classes() {
        assert_eq!(tokens("We lost 70,000 jobs in 2016, or 4.9%."), ["we", "lost", "#num", "jobs", "in", "#year", "or", "#num"]);
    }

    #[test]
    fn curly_apostrophes_fold_to_straight() {
        assert_eq!(tokens("Don\u{2019}t \u{2018}go\u{2019}"), ["don't", "go"]);
    }

    #[test]
    fn reasons_name_what_matched() {
        assert_eq!(reasons("Taxes rose 3% since 2010."), ["figure", "comparison", "statistic"]);
    }

    #[test]
    fn features_are_distinct_and_named_first() {
        let f = features("Is it true, is it?", &[]);
        assert_eq!(f[0], "@len-short");
        assert!(f.contains(&"@question".to_string()));
        assert_eq!(f.iter().filter(|t| *t == "is").count(), 1);
    }
}
