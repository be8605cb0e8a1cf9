//! What the check-worthiness model sees of a sentence: its words (lower-cased, numbers
//! folded into classes) and a few named features that fact-checkers give as reasons.
//!
//! The trainer (`examples/train_claims.rs`) and the scorer both call [`features`], so
//! they cannot drift apart.

use regex_lite::Regex;
use std::sync::OnceLock;

/// Named features: (reason word, pattern). A sentence that matches shows the reason.
/// The patterns are ASCII (`-u`): a Unicode `\b` keeps the regex crate off its fast
/// engines on any text with a curly quote, and these words are all ASCII anyway.
struct Reasons {
    patterns: Vec<(&'static str, Regex)>,
}

fn reason_patterns() -> &'static Reasons {
    static R: OnceLock<Reasons> = OnceLock::new();
    R.get_or_init(|| {
        let table: &[(&'static str, &str)] = &[
            ("figure", r"\d"),
            ("quantity", r"(?i)\b(?:hundreds|thousands|millions|billions|trillions|dozens|percent|half|third|quarter|twice|double|triple|tenfold)\b"),
            ("comparison", r"(?i)\b(?:more|less|fewer|most|least|highest|lowest|largest|biggest|smallest|worst|best|record|increased?|decreased?|rose|risen|fell|fallen|doubled|tripled|grew|grown|dropped|than)\b"),
            ("statistic", r"(?i)(?:\b(?:percent|per cent|rate|taxe?s?|jobs|unemployment|debt|deficit|budget|spending|wages?|income|GDP|crime|deaths?|killed|votes?|poll|polls|dollars|million|billion|trillion)\b|[%$])"),
            ("record", r"(?i)\b(?:voted|signed|passed|created|lost|spent|paid|cut|raised|funded|approved|vetoed|sponsored|supported|opposed)\b"),
            ("attributed", r"(?i)\b(?:according to|reported|said|says|announced|found that|shows? that|study|report|survey|data)\b"),
        ];
        Reasons { patterns: table.iter().map(|(name, p)| (*name, Regex::new(p).expect("reason pattern"))).collect() }
    })
}

/// The named reasons a sentence matches, in a fixed order.
pub fn reasons(sentence: &str) -> Vec<&'static str> {
    reason_patterns().patterns.iter().filter(|(_, re)| re.is_match(sentence)).map(|(name, _)| *name).collect()
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
