//! Speakers written without a name, determiner or plural ending: a group speaking as one
//! ("…, police said", "according to state media", "according to county records"), and
//! nouns that end in -ly yet are no adverb ("the family said").

use super::tokens::{is_capitalised, key, Tok};
use crate::detect::lexicon;
use std::sync::OnceLock;

fn list(data: &'static str) -> Vec<&'static str> {
    let mut v: Vec<&str> = data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    v.sort_unstable();
    v
}

/// Whether `k` (lower case) names a group that credits a statement bare: "police", "staff".
pub fn is_group_noun(k: &str) -> bool {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| list(data_file!("text/attribution/group_nouns.txt"))).binary_search(&k).is_ok()
}

/// Whether `k` (lower case) is a plural noun for people that heads a speaker phrase
/// with a preposition after it: "critics" in "Critics of Johnson said".
pub fn is_group_head(k: &str) -> bool {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| list(data_file!("text/attribution/group_heads.txt"))).binary_search(&k).is_ok()
}

/// Whether `k` (lower case) is a noun ending in -ly: "family", "assembly".
pub fn is_ly_noun(k: &str) -> bool {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| list(data_file!("text/attribution/ly_nouns.txt"))).binary_search(&k).is_ok()
}

/// Whether a lower-case word can end a bare speaker phrase: a plural ("officials",
/// "records", not "business") or a group noun ("police", "media").
pub fn ends_bare_group(k: &str) -> bool {
    (k.len() > 3 && k.ends_with('s') && !k.ends_with("ss") && !k.ends_with("ous")) || is_group_noun(k) || lexicon::plural_nouns().contains(k)
}

/// The end of a bare group named from token `k` ("police", "state media", "county
/// records"): one to three plain lower-case words, the last a plural or a group noun,
/// closed by punctuation or `hi`. `None` when the words run on into a clause.
pub fn bare_group_end(text: &str, toks: &[Tok], k: usize, hi: usize) -> Option<usize> {
    let mut j = k;
    while j < hi && j - k < 3 && toks[j].is_word() {
        let w = &text[toks[j].span.start..toks[j].span.end];
        let kw = key(w);
        let plain = !is_capitalised(w)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !lexicon::function_words().contains(&kw)
            && !lexicon::speaker_boundaries().contains(&kw)
            && !lexicon::time_words().contains(&kw)
            && !lexicon::cue_fillers().contains(&kw)
            && (!lexicon::reporting_verbs().contains(&kw) || lexicon::cue_nouns().contains(&kw));
        if !plain {
            break;
        }
        j += 1;
    }
    let closed = j >= hi || !toks[j].is_word();
    let last = &text[toks.get(j.checked_sub(1)?)?.span.start..toks[j - 1].span.end];
    if j > k && closed && ends_bare_group(&key(last)) {
        return Some(j);
    }
    // "people familiar with the matter", "sources close to the talks": a group and what
    // it knows, up to the end of the clause.
    let g = (k..j).find(|&g| ends_bare_group(&key(&text[toks[g].span.start..toks[g].span.end])))?;
    let q = toks.get(g + 1).filter(|t| g + 1 < hi && t.is_word())?;
    let qk = key(&text[q.span.start..q.span.end]);
    let opens = matches!(qk.as_str(), "familiar" | "close" | "briefed" | "involved" | "knowledgeable")
        || (qk == "with" && toks.get(g + 2).is_some_and(|t| t.is_word() && key(&text[t.span.start..t.span.end]) == "knowledge"));
    if !opens {
        return None;
    }
    let mut e = g + 1;
    while e < hi && e - g <= 10 && toks[e].is_word() {
        let kw = key(&text[toks[e].span.start..toks[e].span.end]);
        if lexicon::reporting_verbs().contains(&kw) && !lexicon::cue_nouns().contains(&kw) || matches!(kw.as_str(), "who" | "which" | "that") {
            return None;
        }
        e += 1;
    }
    (e >= hi || !toks[e].is_word()).then_some(e)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;
    use crate::text::Span;

    fn group(text: &str) -> Option<String> {
        let toks = tokenize(text, Span::new(0, text.len()));
        bare_group_end(text, &toks, 0, toks.len()).map(|e| text[..toks[e - 1].span.end].to_string())
    }

    #[test]
    fn bare_groups_end_at_punctuation() {
        assert_eq!(group("police.").as_deref(), Some("police"));
        assert_eq!(group("state media, which").as_deref(), Some("state media"));
        assert_eq!(group("county records").as_deref(), Some("county records"));
        assert_eq!(group("staff").as_deref(), Some("staff"));
        // Records speak for their keeper: "according to transit data", "census data showed".
        assert_eq!(group("transit data.").as_deref(), Some("transit data"));
        assert_eq!(group("census data,").as_deref(), Some("census data"));
        assert_eq!(group("people familiar with the matter.").as_deref(), Some("people familiar with the matter"));
        assert_eq!(group("sources close to the talks, on").as_deref(), Some("sources close to the talks"));
        assert_eq!(group("people with knowledge of the plan").as_deref(), Some("people with knowledge of the plan"));
    }

    #[test]
    fn clauses_and_singulars_are_no_group() {
        assert_eq!(group("prices rose."), None);
        assert_eq!(group("economic growth in Ohio"), None);
        assert_eq!(group("the business"), None);
        assert_eq!(group("police in Ohio"), None);
    }

    #[test]
    fn lists_hold_what_they_say() {
        assert!(is_group_noun("police") && is_group_noun("media") && !is_group_noun("department"));
        assert!(is_group_head("critics") && is_group_head("residents") && !is_group_head("sanders"));
        assert!(is_ly_noun("family") && is_ly_noun("assembly") && !is_ly_noun("likely"));
    }
}
