//! Word lists are data: one sorted list per file in this folder, each opening with `#`
//! header lines that say what belongs in it. They are compiled in with `include_str!`.
//!
//! To add a list: put `name.txt` here and add a line to the `lexicons!` call below; the
//! test at the bottom checks that every list is sorted, lower-case where it says so, and
//! free of duplicates.

use std::sync::OnceLock;

/// A sorted list of entries, looked up by binary search.
pub struct Lexicon {
    pub name: &'static str,
    entries: Vec<&'static str>,
}

impl Lexicon {
    fn parse(name: &'static str, src: &'static str) -> Lexicon {
        let entries = src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        Lexicon { name, entries }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.entries.binary_search(&word).is_ok()
    }

    pub fn entries(&self) -> &[&'static str] {
        &self.entries
    }
}

macro_rules! lexicons {
    ($($fn_name:ident => $file:literal),* $(,)?) => {
        $(
            pub fn $fn_name() -> &'static Lexicon {
                static CELL: OnceLock<Lexicon> = OnceLock::new();
                CELL.get_or_init(|| Lexicon::parse($file, include_str!($file)))
            }
        )*
        /// Every list, for the consistency test.
        #[cfg(test)]
        fn all() -> Vec<&'static Lexicon> {
            vec![$($fn_name()),*]
        }
    };
}

lexicons! {
    // Filled by the detectors that use them.
    // Claims (detect::claims): the named reasons a sentence is worth checking.
    claim_attributed => "claim_attributed.txt",
    claim_comparison => "claim_comparison.txt",
    claim_quantity => "claim_quantity.txt",
    claim_record => "claim_record.txt",
    claim_statistic => "claim_statistic.txt",
    // Figures (detect::figures): numbers, units, currencies, hedges.
    number_words => "number_words.txt",
    ordinal_words => "ordinal_words.txt",
    fraction_words => "fraction_words.txt",
    scale_words => "scale_words.txt",
    scale_abbreviations => "scale_abbreviations.txt",
    months => "months.txt",
    currencies => "currencies.txt",
    units => "units.txt",
    hedges => "hedges.txt",
    hedges_after => "hedges_after.txt",
    function_words => "function_words.txt",
    plural_nouns => "plural_nouns.txt",
    reference_words => "reference_words.txt",
    relative_ordinals => "relative_ordinals.txt",
    time_comparators => "time_comparators.txt",
    pronoun_one_verbs => "pronoun_one_verbs.txt",
    time_nouns => "time_nouns.txt",
    trend_words => "trend_words.txt",
    // Quotes and attribution (detect::quotes, text::attribution); stance verbs for reported speech.
    cue_fillers => "cue_fillers.txt",
    cue_nouns => "cue_nouns.txt",
    cues_with_hearer => "cues_with_hearer.txt",
    name_particles => "name_particles.txt",
    organisation_words => "organisation_words.txt",
    pronouns => "pronouns.txt",
    reporting_phrases => "reporting_phrases.txt",
    reporting_verbs => "reporting_verbs.txt",
    speaker_boundaries => "speaker_boundaries.txt",
    speaker_determiners => "speaker_determiners.txt",
    speaker_honorifics => "speaker_honorifics.txt",
    speaker_roles => "speaker_roles.txt",
    stance_verbs => "stance_verbs.txt",
    time_words => "time_words.txt",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_sorted_and_free_of_duplicates() {
        for lex in all() {
            let e = lex.entries();
            for w in e.windows(2) {
                assert!(w[0] < w[1], "{}: {:?} should come after {:?} (sorted, no duplicates)", lex.name, w[0], w[1]);
            }
        }
    }
}
