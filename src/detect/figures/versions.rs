//! Versions and titles with a number (issue 9, names and codes): "iOS 18.2 fixes a bug",
//! "Ubuntu 24.04 will be supported", "Inside Out 2 took $155 million", "Despicable Me 4". The
//! number names a release or a sequel; a reader checks no amount in it.

use super::numbers::{Form, Tokens};
use super::quantity::{plural_like, Quantity};
use super::trend;
use crate::detect::lexicon;
use crate::report::Category;
use crate::text::tokens::pieces::Kind;

/// Whether the "-s" word at token `j`, right after a version, is the verb of the sentence
/// rather than what the number counts: "18.2 fixes a bug", "15.1 brings new features",
/// "17.4 adds support for". A verb takes an object opened by a determiner or an adjective of
/// novelty; a counted noun ("4.3 points in the poll") never runs into one.
pub(super) fn verb_after_a_version(t: &Tokens, j: usize) -> bool {
    let w = t.lower(j);
    let verb_shaped = w.ends_with('s') && plural_like(w) && !lexicon::plural_nouns().contains(w);
    verb_shaped && t.near(j + 1) && opens_an_object(t.lower(j + 1))
}

/// Determiners and words of novelty that open a verb's object: "fixes a bug", "brings new".
fn opens_an_object(w: &str) -> bool {
    matches!(w, "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our" | "your" | "this" | "these" | "those" | "new" | "more" | "support")
}

/// Whether token `j` is an auxiliary or modal verb: "Ubuntu 24.04 will", "Android 15 is".
fn auxiliary(w: &str) -> bool {
    matches!(w, "will" | "would" | "is" | "was" | "are" | "were" | "has" | "had" | "can" | "could" | "should" | "may" | "might" | "must" | "does" | "did")
}

/// "Ubuntu 24.04 will be supported", "Python 3.13 adds a JIT": a capitalised name opening the
/// sentence, then a bare decimal, then a verb, is a release of that name (an amount keeps a
/// unit or a noun after it). Gives the decimal's last token.
pub(super) fn version_opening_a_sentence(t: &Tokens, q: &Quantity) -> Option<usize> {
    if q.form != Form::Digits || q.unit.is_some() || q.category != Category::Count || q.first == 0 || q.last != q.first + 2 {
        return None;
    }
    let decimal = t.is(q.first + 1, ".") && t.joined(q.first + 1) && t.joined(q.last) && t.kind(q.last) == Some(Kind::Digits);
    let p = q.first - 1;
    let starts = p == 0 || matches!(t.lower(p - 1), "." | "!" | "?" | "\"" | "\u{201c}" | "(" | "\u{2014}");
    let name = t.is_word(p) && t.raw(p).starts_with(char::is_uppercase) && t.spaced(q.first) && !lexicon::function_words().contains(t.lower(p));
    let next = q.last + 1;
    let verb = t.near(next) && (auxiliary(t.lower(next)) || verb_after_a_version(t, next));
    (decimal && starts && name && verb && t.raw(q.first) != "0").then_some(q.last)
}

/// Whether the capitalised function word at token `p`, before a number, ends a title rather
/// than reading as a plain word: "Inside Out 2 took", "Despicable Me 4 has", "Now You See Me
/// 3". The word before is capitalised too, the number is followed by no capitalised word (a
/// title-case headline goes on in capitals: "Jobs Up 40 Percent") and the word is no trend.
pub(super) fn last_word_of_a_title(t: &Tokens, p: usize, q: &Quantity) -> bool {
    let capital = |k: usize| t.is_word(k) && t.raw(k).starts_with(char::is_uppercase);
    let next = q.last + 1;
    let goes_on_lower = next >= t.len() || !t.is_word(next) || t.raw(next).starts_with(char::is_lowercase);
    p > 0 && capital(p) && capital(p - 1) && t.near(p) && goes_on_lower && !trend::names_a_trend(t.lower(p))
}

/// "Airbus A380-800", "an E190-100", "the A350-900s": digits hyphened onto a letter code with
/// digits (one to three letters, a capital first, all glued) are the model's variant, no
/// count. Gives the variant's last token (its plural "s" too).
pub(super) fn variant_of_a_code(t: &Tokens, q: &Quantity) -> Option<usize> {
    let f = q.first;
    if f < 3 || t.kind(f) != Some(Kind::Digits) {
        return None;
    }
    let hyphen = matches!(t.lower(f - 1), "-" | "\u{2013}") && t.joined(f - 1) && t.joined(f);
    let code_digits = t.kind(f - 2) == Some(Kind::Digits) && t.joined(f - 2);
    let letters = t.raw(f - 3);
    let code_letters = t.is_word(f - 3) && (1..=3).contains(&letters.chars().count()) && letters.starts_with(|c: char| c.is_ascii_uppercase());
    if !(hyphen && code_digits && code_letters) {
        return None;
    }
    Some(if t.is(f + 1, "s") && t.joined(f + 1) { f + 1 } else { f })
}

#[cfg(test)]
mod tests {
    use super::super::test_support::figures;

    fn values(text: &str) -> Vec<f64> {
        figures(text).into_iter().filter_map(|(_, f)| f.value).collect()
    }

    #[test]
    fn versions_before_their_verb_are_no_figures() {
        for text in [
            "Apple said iOS 18.2 fixes a bug that drained batteries.",
            "macOS 15.1 brings new features to older Macs.",
            "Ubuntu 24.04 will be supported until 2036.",
            "Python 3.13 adds a new interactive shell.",
            "Android 14.1 is rolling out this week, Google said.",
            "Firefox 133.0 patches the flaw, Mozilla said.",
        ] {
            let got: Vec<f64> = values(text).into_iter().filter(|v| *v != 2036.0).collect();
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }

    #[test]
    fn decimals_that_count_or_measure_stay() {
        assert_eq!(values("HuffPollster gives Clinton 4.3 points in the average."), vec![4.3]);
        assert_eq!(values("Brent rose 2.5% to $82.45 a barrel."), vec![2.5, 82.45]);
        assert_eq!(values("Nearly 4.5 million people will vote."), vec![4.5e6]);
    }

    #[test]
    fn sequels_whose_title_ends_in_a_small_word_are_no_figures() {
        for text in [
            "Inside Out 2 took $155 million at the box office.",
            "Despicable Me 4 has now grossed $969 million worldwide.",
            "Now You See Me 3 opens in November with a $90 million budget.",
            "The studio said Knives Out 3 would begin shooting in June.",
        ] {
            let got: Vec<f64> = values(text).into_iter().filter(|v| *v > 50.0).collect();
            assert_eq!(values(text).len(), got.len(), "{text}: {:?}", values(text));
        }
    }

    #[test]
    fn variants_of_a_lettered_model_are_no_figures() {
        assert!(values("Qantas will retire its last Airbus A380-800 by 2032.").iter().all(|v| *v == 2032.0));
        assert!(values("Qantas will retire its Airbus A350-900 jets.").is_empty());
        assert_eq!(values("Singapore Airlines ordered 20 A350-900s and 11 777-9s."), vec![20.0, 11.0]);
        assert_eq!(values("The Embraer E190-E2 seats 114 passengers."), vec![114.0]);
        // A lettered code before a plain range keeps the range: "COVID-19 cases rose 10-15%".
        assert_eq!(values("The airline flies 12 A321s on 40-50 routes."), vec![12.0, 40.0]);
    }

    #[test]
    fn counts_after_capitalised_words_stay() {
        assert_eq!(values("Police Arrest Over 40 People In Raid"), vec![40.0]);
        assert_eq!(values("Exports Up 12 in April, the ministry said."), vec![12.0]);
        assert_eq!(values("The team scored In 3 of its last 5 games."), vec![3.0, 5.0]);
    }
}
