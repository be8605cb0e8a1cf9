//! Word lists are data: one sorted list per file in this folder, each opening with `#`
//! header lines that say what belongs in it. They are compiled in (`data_file!`, from the
//! copies `build.rs` makes in `OUT_DIR`).
//!
//! To add a list: put `name.txt` here and add a line to the `lexicons!` call below; the
//! test at the bottom checks that every list is sorted, lower-case where it says so, and
//! free of duplicates.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// A sorted list of entries, parsed once per process (each list sits in its own
/// `OnceLock`) and looked up by hashing: membership tests run for nearly every token of
/// an article, and a hash probe of a short word is several times cheaper than a binary
/// search that compares strings at every step. The sorted order stays for
/// [`Lexicon::entries`] and [`Lexicon::starting_with_word`].
pub struct Lexicon {
    /// The file the list comes from, for messages and tests.
    pub name: &'static str,
    entries: Vec<&'static str>,
    set: FxHashSet<&'static str>,
    /// For `key | fields` lists: each entry by its key (the text before the first `|`).
    keyed: FxHashMap<&'static str, &'static str>,
    /// The first word of every entry: a word that opens none answers
    /// [`Lexicon::starting_with_word`] with one hash probe, without a binary search.
    first_words: FxHashSet<&'static str>,
    /// A bit for the length and edge bytes of every entry ([`sketch_bit`]): a word whose bit
    /// is clear is no entry, answered without hashing it (most words asked about are none).
    sketch: [u64; SKETCH_WORDS],
}

/// Words of [`Lexicon::sketch`]: 2,048 bits, a tenth of them set by the longest lists.
const SKETCH_WORDS: usize = 32;

/// The bit of [`Lexicon::sketch`] for a word: its length, first and last byte mixed.
fn sketch_bit(word: &str) -> usize {
    let b = word.as_bytes();
    let (first, last) = (b.first().copied().unwrap_or(0) as usize, b.last().copied().unwrap_or(0) as usize);
    ((b.len().wrapping_mul(0x9E37)) ^ (first * 0x1F3) ^ (last * 0x7F1B)) % (SKETCH_WORDS * 64)
}

impl Lexicon {
    fn parse(name: &'static str, src: &'static str) -> Lexicon {
        let entries: Vec<&'static str> = src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        let set = entries.iter().copied().collect();
        let mut keyed = FxHashMap::default();
        for e in &entries {
            if let Some((key, _)) = e.split_once('|') {
                keyed.entry(key.trim_end()).or_insert(*e);
            }
        }
        let first_words = entries.iter().map(|e| e.split(' ').next().unwrap_or(e)).collect();
        let mut sketch = [0u64; SKETCH_WORDS];
        for e in &entries {
            let bit = sketch_bit(e);
            sketch[bit / 64] |= 1 << (bit % 64);
        }
        Lexicon { name, entries, set, keyed, first_words, sketch }
    }

    /// Whether `word` is an entry, exactly as written (the lists say their case).
    pub fn contains(&self, word: &str) -> bool {
        let bit = sketch_bit(word);
        self.sketch[bit / 64] & (1 << (bit % 64)) != 0 && self.set.contains(word)
    }

    /// Every entry, in sorted order.
    pub fn entries(&self) -> &[&'static str] {
        &self.entries
    }

    /// The whole entry whose key is `key`, in a list of `key | fields` lines
    /// ("may" gives "may | 5" in months.txt), the first in sorted order when several
    /// share the key; `None` for a list without fields.
    pub fn entry_for_key(&self, key: &str) -> Option<&'static str> {
        self.keyed.get(key).copied()
    }

    /// The entries that are `word` or begin with `word` and a space, in sorted order: the
    /// phrases a token can open ("according" gives "according to"). Entries that start
    /// with the same bytes are contiguous in a sorted list, so this is a few binary
    /// searches, not a scan of the list.
    pub fn starting_with_word<'a>(&'a self, word: &'a str) -> impl Iterator<Item = &'static str> + 'a {
        // Every entry a single word opens has it as its first word; most words open none.
        let opens_some = word.contains(' ') || self.first_words.contains(word);
        let entries: &[&'static str] = if opens_some { &self.entries } else { &[] };
        let lo = entries.partition_point(|e| *e < word);
        let prefixed = &entries[lo..];
        let prefixed = &prefixed[..prefixed.partition_point(|e| e.starts_with(word))];
        // After the prefix: "" sorts first, then tails below a space, then " …" phrases.
        let tail = |e: &&str| e.as_bytes().get(word.len()).copied();
        let first_phrase = prefixed.partition_point(|e| tail(e) < Some(b' '));
        let phrases = &prefixed[first_phrase..];
        let phrases = &phrases[..phrases.partition_point(|e| tail(e) == Some(b' '))];
        let exact = prefixed.first().filter(|e| e.len() == word.len());
        exact.into_iter().chain(phrases).copied()
    }
}

macro_rules! lexicons {
    ($($fn_name:ident => $file:literal),* $(,)?) => {
        $(
            #[doc = concat!("The list in `", $file, "`, parsed on first use.")]
            pub fn $fn_name() -> &'static Lexicon {
                static CELL: OnceLock<Lexicon> = OnceLock::new();
                CELL.get_or_init(|| Lexicon::parse($file, data_file!("detect/lexicon/", $file)))
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
    currency_letters => "currency_letters.txt",
    minor_currency_units => "minor_currency_units.txt",
    units => "units.txt",
    hedges => "hedges.txt",
    hedges_after => "hedges_after.txt",
    function_words => "function_words.txt",
    plural_nouns => "plural_nouns.txt",
    attributive_plurals => "attributive_plurals.txt",
    million_nouns => "million_nouns.txt",
    metre_plurals => "metre_plurals.txt",
    length_words => "length_words.txt",
    digit_letter_names => "digit_letter_names.txt",
    reference_words => "reference_words.txt",
    numbered_names => "numbered_names.txt",
    relative_ordinals => "relative_ordinals.txt",
    number_idioms => "number_idioms.txt",
    time_comparators => "time_comparators.txt",
    pronoun_one_verbs => "pronoun_one_verbs.txt",
    time_nouns => "time_nouns.txt",
    duration_units => "duration_units.txt",
    baseline_times => "baseline_times.txt",
    trend_words => "trend_words.txt",
    passive_changes => "passive_changes.txt",
    length_verbs => "length_verbs.txt",
    change_nouns => "change_nouns.txt",
    particle_verbs => "particle_verbs.txt",
    count_taking_verbs => "count_taking_verbs.txt",
    amount_verbs => "amount_verbs.txt",
    european_words => "european_words.txt",
    money_words => "money_words.txt",
    age_subjects => "age_subjects.txt",
    apposed_age_nouns => "apposed_age_nouns.txt",
    instruction_verbs => "instruction_verbs.txt",
    opening_verbs => "opening_verbs.txt",
    count_openers => "count_openers.txt",
    kind_compound_words => "kind_compound_words.txt",
    race_time_cues => "race_time_cues.txt",
    race_nouns => "race_nouns.txt",
    racer_nouns => "racer_nouns.txt",
    race_verbs => "race_verbs.txt",
    long_races => "long_races.txt",
    fraction_name_nouns => "fraction_name_nouns.txt",
    resolution_nouns => "resolution_nouns.txt",
    rain_words => "rain_words.txt",
    heat_words => "heat_words.txt",
    bond_instruments => "bond_instruments.txt",
    sport_event_words => "sport_event_words.txt",
    scoring_plays => "scoring_plays.txt",
    sum_nouns => "sum_nouns.txt",
    placing_words => "placing_words.txt",
    event_distances => "event_distances.txt",
    model_makers => "model_makers.txt",
    comparative_words => "comparative_words.txt",
    cap_verbs => "cap_verbs.txt",
    angle_words => "angle_words.txt",
    draw_words => "draw_words.txt",
    result_verbs => "result_verbs.txt",
    result_nouns => "result_nouns.txt",
    return_period_events => "return_period_events.txt",
    tally_words => "tally_words.txt",
    school_grades => "school_grades.txt",
    school_nouns => "school_nouns.txt",
    // Quotes and attribution (detect::quotes, text::attribution); stance verbs for reported speech.
    agent_participles => "agent_participles.txt",
    attributive_participles => "attributive_participles.txt",
    courtesy_honorifics => "courtesy_honorifics.txt",
    gendered_honorifics => "gendered_honorifics.txt",
    given_names => "given_names.txt",
    indefinite_subjects => "indefinite_subjects.txt",
    irregular_past_verbs => "irregular_past_verbs.txt",
    long_adverbial_openers => "long_adverbial_openers.txt",
    clause_conjunctions => "clause_conjunctions.txt",
    cue_fillers => "cue_fillers.txt",
    cue_nouns => "cue_nouns.txt",
    mute_measures => "mute_measures.txt",
    cues_with_hearer => "cues_with_hearer.txt",
    name_particles => "name_particles.txt",
    mention_nouns => "mention_nouns.txt",
    naming_phrases => "naming_phrases.txt",
    organisation_words => "organisation_words.txt",
    profession_roles => "profession_roles.txt",
    pronouns => "pronouns.txt",
    reporting_phrases => "reporting_phrases.txt",
    reporting_verbs => "reporting_verbs.txt",
    revealing_amounts => "revealing_amounts.txt",
    speaker_boundaries => "speaker_boundaries.txt",
    speaker_determiners => "speaker_determiners.txt",
    speaker_honorifics => "speaker_honorifics.txt",
    speaker_roles => "speaker_roles.txt",
    speech_nouns => "speech_nouns.txt",
    stance_verbs => "stance_verbs.txt",
    time_words => "time_words.txt",
    work_nouns => "work_nouns.txt",
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

    fn lexicon(src: &'static str) -> Lexicon {
        Lexicon::parse("test", src)
    }

    #[test]
    fn contains_agrees_with_a_search_of_the_sorted_entries() {
        for lex in all() {
            for e in lex.entries() {
                assert!(lex.contains(e), "{}: {e:?}", lex.name);
                let mut shorter = e.chars();
                shorter.next_back();
                for probe in [format!("{e}x"), format!(" {e}"), e.to_uppercase(), shorter.as_str().to_string()] {
                    assert_eq!(lex.contains(&probe), lex.entries().binary_search(&probe.as_str()).is_ok(), "{}: {probe:?}", lex.name);
                }
            }
        }
    }

    #[test]
    fn phrases_starting_with_a_word_are_whole_words_only() {
        let lex = lexicon("# header\naccording to\nadd\nadd to\nadd up to\nadded\nadding\naddress\nsay\n");
        assert!(lex.entries().is_sorted(), "the lookup needs a sorted list, as every list file is");
        assert_eq!(lex.starting_with_word("add").collect::<Vec<_>>(), ["add", "add to", "add up to"]);
        assert_eq!(lex.starting_with_word("according").collect::<Vec<_>>(), ["according to"]);
        assert_eq!(lex.starting_with_word("say").collect::<Vec<_>>(), ["say"]);
        assert_eq!(lex.starting_with_word("ad").count(), 0, "a prefix of a word opens nothing");
        assert_eq!(lex.starting_with_word("zebra").count(), 0);
        assert_eq!(lex.starting_with_word("").count(), 0, "no entry is empty");
    }

    #[test]
    fn phrases_starting_with_a_word_match_a_scan_of_every_list() {
        for lex in all() {
            let firsts: std::collections::BTreeSet<&str> = lex.entries().iter().filter_map(|e| e.split(' ').next()).collect();
            for first in firsts {
                let scan: Vec<&str> = lex.entries().iter().copied().filter(|e| e.split(' ').next() == Some(first)).collect();
                assert_eq!(lex.starting_with_word(first).collect::<Vec<_>>(), scan, "{}: {first:?}", lex.name);
            }
        }
    }

    #[test]
    fn keyed_entries_are_found_by_the_text_before_the_bar() {
        let lex = lexicon("apr | 4\napril | 4\nmay | 5\nmay | 6\nno bar here\n");
        assert_eq!(lex.entry_for_key("april"), Some("april | 4"));
        assert_eq!(lex.entry_for_key("may"), Some("may | 5"), "the first of a repeated key");
        assert_eq!(lex.entry_for_key("apr |"), None);
        assert_eq!(lex.entry_for_key("no bar here"), None, "a line without fields has no key");
        // On the real list, the key lookup agrees with reading every line.
        for word in ["may", "sept", "december", "mayday", "m"] {
            let scan = months().entries().iter().any(|e| e.split('|').next().map(str::trim) == Some(word));
            assert_eq!(months().entry_for_key(word).is_some(), scan, "{word}");
        }
    }
}
