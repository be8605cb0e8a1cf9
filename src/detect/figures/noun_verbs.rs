//! Where a counted noun ends before its clause's verb. A plural noun is never followed by a
//! verb in "-s" that agrees with it, so an "-s" word right after the counted plural is the
//! verb of a singular subject the count sits inside: "Daily walk of 7,000 steps cuts risk",
//! "one in four adults meets the guideline", "Study of 2,000 patients finds link". Headlines,
//! which drop their articles, put such verbs right after the count. Real two-plural nouns
//! keep their modifier: "20 sports cars", "12 arms dealers", "20 police officers"
//! (`attributive_plurals.txt`).

use super::numbers::Tokens;
use super::quantity::plural_like;
use crate::detect::lexicon;
use crate::text::tokens::pieces::Kind;

/// Whether token `j`, right after the plural noun at token `prev`, is the finite verb of the
/// clause ("steps cuts", "adults meets", "workers wins"), so the counted noun ends at `prev`.
pub(super) fn verb_after_plural(t: &Tokens, prev: usize, j: usize) -> bool {
    let (head, w) = (t.lower(prev), t.lower(j));
    let verb_shaped = w.ends_with('s') && plural_like(w) && !lexicon::plural_nouns().contains(w);
    if !verb_shaped || !plural_like(head) || lexicon::attributive_plurals().contains(head) {
        return false;
    }
    // "8.5 million Windows devices": a capitalised name before a plain plural modifies it (a
    // title-case headline capitalises both: "7,000 Steps Cuts Risk").
    let capital = |k: usize| t.raw(k).chars().next().is_some_and(char::is_uppercase);
    if capital(prev) && !capital(j) {
        return false;
    }
    // "12 parts suppliers were fined", "300 steel workers injured": a plural verb or a
    // participle after the second plural makes the two one noun.
    !noun_compound_goes_on(t, j + 1)
}

/// Whether token `k` goes on as the clause of a noun made of two plurals: a verb that agrees
/// with a plural, a participle, "and" or "or" joining another noun.
fn noun_compound_goes_on(t: &Tokens, k: usize) -> bool {
    let w = t.lower(k);
    let participle = t.kind(k) == Some(Kind::Word) && w.len() > 4 && w.ends_with("ed");
    participle
        || matches!(w, "are" | "were" | "have" | "had" | "do" | "did" | "will" | "would" | "could" | "can" | "may" | "might" | "must" | "should" | "and" | "or")
}

#[cfg(test)]
mod tests {
    use super::super::test_support::figures;

    /// The unit of the first figure of a text.
    fn unit(text: &str) -> Option<String> {
        figures(text).into_iter().next().and_then(|(_, f)| f.unit)
    }

    #[test]
    fn a_verb_in_s_after_the_counted_plural_ends_the_noun() {
        for (text, want) in [
            ("Daily walk of 7,000 steps cuts risk of early death.", "steps"),
            ("Fewer than one in four adults meets the guideline.", "adults"),
            ("Study of 2,000 patients finds link to diet.", "patients"),
            ("Firm with 500 workers wins rail contract.", "workers"),
            ("Two in five voters backs the plan.", "voters"),
            ("Survey of 1,500 farmers shows drop in income.", "farmers"),
            ("Fund for 300 schools faces cuts.", "schools"),
            ("One in three children lives in poverty.", "children"),
            ("Strike by 4,000 nurses ends after talks.", "nurses"),
        ] {
            assert_eq!(unit(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn two_plurals_that_make_one_noun_stay_whole() {
        for (text, want) in [
            ("Walking 7,000 steps a day lowers the risk.", "steps"),
            ("The company announced 500 job cuts on Monday.", "job cuts"),
            ("About 20 police officers were injured.", "police officers"),
            ("Pirates seized 12 oil tankers this year.", "oil tankers"),
            ("Police stopped 20 sports cars on the motorway.", "sports cars"),
            ("The court jailed 12 arms dealers in March.", "arms dealers"),
            ("The bank closed 500 savings accounts.", "savings accounts"),
            ("Some 40 women doctors signed the letter.", "women doctors"),
            ("Officials said 12 parts suppliers were fined.", "parts suppliers"),
            ("The firm hired 30 news reporters and editors.", "news reporters"),
            ("The outage hit 8.5 million Windows devices worldwide.", "Windows devices"),
            ("The club sold 30,000 Lakers jerseys in a week.", "Lakers jerseys"),
        ] {
            assert_eq!(unit(text).as_deref(), Some(want), "{text}");
        }
    }
}
