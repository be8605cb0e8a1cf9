//! Logistics: sentences that only say when something happens or where someone went
//! ("Sentencing is set for March 14.", "Pre-orders open Friday at 9 a.m. Pacific.", "The
//! president flew over the region by helicopter."). Their names, days and clock times
//! read to the model like a claim's, yet a schedule or an itinerary is nothing a careful
//! reader checks (newcomer13; ClaimBuster's annotators agree: 2 of its 15 sentences of a
//! trip are check-worthy, both with an amount). Such a sentence stays a claim when it
//! also states an amount, compares, or speaks of a statistic, a record or all or none.

use super::features;

/// A sorted list of `cues/`, one entry a line, `#` header lines left out.
fn list(src: &'static str) -> Vec<&'static str> {
    src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

macro_rules! cue_list {
    ($name:ident, $file:literal) => {
        fn $name() -> &'static [&'static str] {
            static CELL: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
            CELL.get_or_init(|| list(data_file!("detect/claims/", $file)))
        }
    };
}

cue_list!(schedule_phrases, "cues/schedule_phrases.txt");
cue_list!(travel_verbs, "cues/travel_verbs.txt");
cue_list!(when_words, "cues/when_words.txt");

/// Whether the sentence `text` (its folded words `words`) is a schedule (a phrase that
/// sets a time, and a day, a date or an hour) or an itinerary (a verb of a trip), with
/// nothing else in it to check.
pub fn is_logistics(text: &str, words: &[&str]) -> bool {
    let trip = words.iter().any(|w| travel_verbs().binary_search(w).is_ok());
    let schedule = || holds_phrase(words, split_phrases(PhraseList::Schedule)) && says_when(words);
    (trip || schedule()) && nothing_to_check(text, words)
}

/// Whether any of the phrases (folded words one space apart) runs in `words`: each word
/// looks up only the phrases it opens (one hash probe a word), instead of every phrase
/// being compared at every place of every sentence.
fn holds_phrase(words: &[&str], phrases: &PhraseIndex) -> bool {
    (0..words.len()).any(|i| phrases.get(words[i]).is_some_and(|opened| opened.iter().any(|p| words[i..].starts_with(p))))
}

/// A list's phrases, each cut into its words, under its first word.
type PhraseIndex = rustc_hash::FxHashMap<&'static str, Vec<Vec<&'static str>>>;

/// `phrases` cut into words and filed under their first word.
fn index_phrases(phrases: &[&'static str]) -> PhraseIndex {
    let mut index = PhraseIndex::default();
    for phrase in phrases {
        let words: Vec<&'static str> = phrase.split(' ').collect();
        index.entry(words[0]).or_insert_with(Vec::new).push(words);
    }
    index
}

/// Which list of phrases [`split_phrases`] gives.
#[derive(Clone, Copy)]
enum PhraseList {
    Schedule,
    When,
}

/// The phrases of a list cut into words and indexed once: every sentence of every
/// article is checked against them.
fn split_phrases(list: PhraseList) -> &'static PhraseIndex {
    static SCHEDULE: std::sync::OnceLock<PhraseIndex> = std::sync::OnceLock::new();
    static WHEN: std::sync::OnceLock<PhraseIndex> = std::sync::OnceLock::new();
    let (cell, source): (_, fn() -> &'static [&'static str]) = match list {
        PhraseList::Schedule => (&SCHEDULE, schedule_phrases),
        PhraseList::When => (&WHEN, when_words),
    };
    cell.get_or_init(|| index_phrases(source()))
}

/// Whether the words name a day, a date or an hour: a weekday or a month, a day of the
/// month or a clock time, or a word of when ("tomorrow", "next week").
fn says_when(words: &[&str]) -> bool {
    let dated = (0..words.len()).any(|i| match words[i] {
        "#time" => true,
        "#num" => features::says_when(words, i),
        w => features::is_calendar_word(w),
    });
    dated || holds_phrase(words, split_phrases(PhraseList::When))
}

/// Whether the sentence gives no reason to check it but a name or a public body: no
/// amount, comparison, statistic, record or universal.
fn nothing_to_check(text: &str, words: &[&str]) -> bool {
    features::reason_words(text, words).iter().all(|r| matches!(*r, "named" | "public"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::folded::Folded;

    fn logistics(s: &str) -> bool {
        is_logistics(s, &Folded::of(s).words())
    }

    #[test]
    fn schedules_and_itineraries_are_logistics() {
        for s in [
            "Sentencing is set for March 14.",
            "Pre-orders open Friday at 9 a.m. Pacific.",
            "The president flew over the region by helicopter.",
            "President Luiz Inacio Lula da Silva flew over the region by helicopter.",
            "The hearing will resume on Tuesday at 10 a.m.",
            "Talks are set to resume next week in Geneva.",
            "The inquest is due to open tomorrow at Westminster Coroner's Court.",
            "Voting begins at 7 a.m. on Thursday.",
            "The prime minister arrived in Kyiv on Monday for talks with Zelensky.",
            "Mr Albanese toured the flood zone with local MPs.",
            "The film goes on sale on 3 June.",
        ] {
            assert!(logistics(s), "{s}");
        }
    }

    #[test]
    fn a_schedule_or_trip_that_states_more_is_no_logistics() {
        for s in [
            // An amount, a comparison, a statistic, a record, a universal.
            "It will go on sale on Oct. 4 in the U.S. and 12 other countries.",
            "The trial of the former mayor, accused of stealing $2 million, is set to begin Monday.",
            "She visited 14 countries in her first year, more than any predecessor.",
            "The president never visited the troops in Iraq.",
            "Unemployment figures are due to be published on Friday and are expected to show a record low.",
            "Visitors arrived in record numbers on Saturday.",
            // No time for a schedule; no trip.
            "The bridge is set for demolition.",
            "The council opens its books to auditors.",
            "Sentencing guidelines call for a term of 10 years.",
            "Rents rose on Monday.",
        ] {
            assert!(!logistics(s), "{s}");
        }
    }

    /// The index finds a phrase wherever it runs, whole, and only then: at the start, in
    /// the middle, at the end, beside another phrase with the same first word.
    #[test]
    fn a_phrase_is_held_only_when_all_its_words_run_in_order() {
        let index = index_phrases(&["are due to", "are set for", "later today", "noon"]);
        let holds = |s: &str| holds_phrase(&s.split(' ').collect::<Vec<_>>(), &index);
        for s in ["are set for march", "the talks are due to resume", "it closes at noon", "back later today", "noon"] {
            assert!(holds(s), "{s}");
        }
        for s in ["are set to", "set for are", "are due", "later this today", "", "later", "afternoon"] {
            assert!(!holds(s), "{s}");
        }
    }

    #[test]
    fn lists_are_sorted_lower_case_and_distinct() {
        for l in [schedule_phrases(), travel_verbs(), when_words()] {
            assert!(!l.is_empty());
            assert!(l.windows(2).all(|p| p[0] < p[1]), "{l:?}");
            assert!(l.iter().all(|w| w.to_lowercase() == *w));
        }
    }
}
