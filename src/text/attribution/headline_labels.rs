//! Who a headline's speaker label stands for. Desks shorten the speaker in a headline —
//! an office or its abbreviation ("PM: ‘…’", "Taoiseach: ‘…’", "Union boss says …"), a
//! first name or surname alone ("Raila: ‘…’", "OKAFOR: ‘…’") — and name the person in
//! full in the story below. The label resolves to that person only when exactly one
//! person of the body fits it; otherwise it stays as written. A section label before the
//! colon ("EXCLUSIVE:", "Opinion:") and a place ("Kenya: ‘…’") speak for no one.

use super::speakers::{Kind, Speaker};
use super::tokens::{is_capitalised, key};
use super::{Context, Found, Place};
use crate::detect::lexicon;
use crate::text::Span;

/// How many words before a body name may hold the office a label names ("Unite union
/// general secretary Sharon Graham").
const ROLE_WORDS: usize = 4;

/// How many words an appositive after a body name may run ("John Smith, the leader of
/// the rail union,").
const APPOSITIVE_WORDS: usize = 6;

/// How many words a description after a headline's verb may run ("says union boss").
const DESCRIPTION_WORDS: usize = 3;

/// Prepositions after which the body writes a place ("in Kenya", "from Lagos").
const PLACE_PREPOSITIONS: &[&str] = &["across", "from", "in", "inside", "near", "outside", "throughout", "within"];

/// A shorthand and its alternatives, each a list of words.
type Shorthand = (&'static str, Vec<Vec<&'static str>>);

/// Headline shorthand for an office and what the story writes for it
/// (`headline_shorthand.txt`): each alternative a list of words that must all be present.
fn shorthand() -> &'static [Shorthand] {
    static CELL: std::sync::OnceLock<Vec<Shorthand>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| {
        data_file!("text/attribution/headline_shorthand.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split_once('|'))
            .map(|(short, alts)| (short.trim(), alts.split(',').map(|a| a.split_whitespace().collect()).collect()))
            .collect()
    })
}

/// The ways the story may write a label word: the word itself, or what its shorthand
/// stands for.
fn spellings(word: &str) -> Vec<Vec<&str>> {
    let mut out = vec![vec![word]];
    if let Some((_, alts)) = shorthand().iter().find(|(s, _)| *s == word) {
        out.extend(alts.iter().cloned());
    }
    out
}

/// Whether a label word names an office: a role, a profession, or headline shorthand.
fn is_office(word: &str) -> bool {
    lexicon::speaker_roles().contains(word) || lexicon::profession_roles().contains(word) || shorthand().iter().any(|(s, _)| *s == word)
}

/// The one person among `found` (full names, in order): mentions sharing a surname are one
/// person; two people leave none.
fn the_one(found: &[String]) -> Option<String> {
    let surname = |n: &str| n.split_whitespace().last().map(|w| key(w).to_string());
    let first = found.first()?;
    found.iter().all(|n| surname(n) == surname(first)).then(|| first.clone())
}

impl Context<'_> {
    /// The word of token `i`.
    fn word_at(&self, i: usize) -> &str {
        &self.text()[self.toks[i].span.start..self.toks[i].span.end]
    }

    /// The full name the story's body gives the person a headline label stands for, when
    /// exactly one body person fits it: by first name or surname for a one-word label that
    /// is no office ("Raila", "OKAFOR"), by the office otherwise ("PM", "Union boss").
    pub(super) fn headline_person(&self, s: &Speaker) -> Option<String> {
        if s.kind == Kind::Pronoun || !self.in_headline(self.tok_at(s.span.start)) {
            return None;
        }
        let label: Vec<String> =
            s.name.split_whitespace().map(|w| key(w).to_string()).filter(|k| !matches!(k.as_str(), "the" | "a" | "an") && !k.is_empty()).collect();
        if label.is_empty() || label.len() > DESCRIPTION_WORDS + 1 {
            return None;
        }
        let one_name = label.len() == 1 && !is_office(&label[0]);
        let mut by_name = Vec::new();
        let mut by_office = Vec::new();
        for (at, person) in self.names.persons_at(0, self.text().len()) {
            let t = self.tok_at(at);
            if self.in_headline(t) {
                continue;
            }
            let Some((first, end)) = self.name_tokens(t, person) else { continue };
            let words: Vec<String> = person.split_whitespace().map(|w| key(w).to_string()).collect();
            if one_name && (words.first() == Some(&label[0]) || words.last() == Some(&label[0])) {
                by_name.push(person.to_string());
            } else if self.holds_label(&label, first, end, one_name) {
                by_office.push(person.to_string());
            }
        }
        if !by_name.is_empty() {
            return the_one(&by_name);
        }
        the_one(&by_office)
    }

    /// Where the body name `person` met at token `t` stands: its first token and the token
    /// after it (a name run may open with a word the name leaves out, "Taoiseach Micheál
    /// Martin" recorded as "Micheál Martin").
    fn name_tokens(&self, t: usize, person: &str) -> Option<(usize, usize)> {
        let first_word = person.split_whitespace().next()?;
        let n = person.split_whitespace().count();
        let first = (t..self.toks.len().min(t + ROLE_WORDS)).find(|&i| self.word_at(i) == first_word).unwrap_or(t);
        Some((first, (first + n).min(self.toks.len())))
    }

    /// Whether the body person whose name runs over tokens `first..end` holds every word of
    /// `label`, in the words before the name or an appositive after it. A one-word label
    /// that is no office ("Taoiseach") holds only as the word right before the name.
    fn holds_label(&self, label: &[String], first: usize, end: usize, one_name: bool) -> bool {
        if one_name {
            return first > 0
                && self.toks[first - 1].is_word()
                && is_capitalised(self.word_at(first - 1))
                && !self.word_at(first - 1).contains(['\'', '\u{2019}'])
                && *key(self.word_at(first - 1)) == *label[0];
        }
        if !label.iter().any(|w| is_office(w)) {
            return false;
        }
        let role = self.role_words(first, end);
        label.iter().all(|w| spellings(w).iter().any(|alt| alt.iter().all(|a| role.iter().any(|r| r == a))))
    }

    /// The words the story gives a name over tokens `first..end` as its office: up to
    /// [`ROLE_WORDS`] words right before it in its sentence, and an appositive after it.
    fn role_words(&self, first: usize, end: usize) -> Vec<String> {
        let lo = self.sentence_toks.get(self.sentence_of(self.toks[first].span.start)).copied().unwrap_or(0);
        let mut out = Vec::new();
        let mut i = first;
        while i > lo && first - i < ROLE_WORDS && self.toks[i - 1].is_word() {
            i -= 1;
            out.push(key(self.word_at(i)).to_string());
        }
        if self.toks.get(end).is_some_and(|t| t.is(',')) {
            let stop = self.toks.len().min(end + 1 + APPOSITIVE_WORDS);
            let close = (end + 1..stop).find(|&j| !self.toks[j].is_word());
            if let Some(c) = close.filter(|&c| self.toks[c].punct.is_some_and(|p| matches!(p, ',' | '.' | ';'))) {
                out.extend((end + 1..c).map(|j| key(self.word_at(j)).to_string()));
            }
        }
        out
    }

    /// Whether a headline's label over tokens `lo..colon` is a section label ("EXCLUSIVE",
    /// "Opinion", "Live") or a place the body writes as one ("in Kenya") and names no person
    /// by: no speaker either way.
    pub(super) fn headline_label_speaks_for_no_one(&self, lo: usize, colon: usize) -> bool {
        if lo >= colon {
            return false;
        }
        let label = &self.text()[self.toks[lo].span.start..self.toks[colon - 1].span.end];
        if super::is_news_label(label) {
            return true;
        }
        let words: Vec<String> = (lo..colon).map(|i| key(self.word_at(i)).to_string()).collect();
        let one_name = words.len() == 1 && !is_office(&words[0]);
        let named = one_name && self.names.persons_at(0, self.text().len()).any(|(_, p)| p.split_whitespace().any(|w| *key(w) == *words[0]));
        words.len() <= 2 && !named && self.body_writes_as_place(&words)
    }

    /// Whether the body writes `words` right after a preposition of place ("in Kenya").
    fn body_writes_as_place(&self, words: &[String]) -> bool {
        let n = words.len();
        (0..self.toks.len().saturating_sub(n)).any(|i| {
            self.toks[i].is_word()
                && !self.in_headline(i)
                && PLACE_PREPOSITIONS.contains(&&*key(self.word_at(i)))
                && (0..n).all(|k| {
                    let t = i + 1 + k;
                    let w = self.word_at(t);
                    self.toks[t].is_word() && is_capitalised(w) && !w.contains(['\'', '\u{2019}']) && *key(w) == *words[k]
                })
        })
    }

    /// "‘We will strike,’ says union boss": in a headline, a verb of saying right after the
    /// quote and a bare description of an office (no article, one to three words, ending
    /// the headline or a clause) credit the quote to that description.
    pub(super) fn headline_said_by_description(&self, first: usize, hi: usize) -> Option<Found> {
        if first + 1 >= hi || !self.in_headline(first) || !self.toks[first].is_word() {
            return None;
        }
        let verb = self.word_at(first);
        if is_capitalised(verb) || !lexicon::reporting_verbs().contains(&key(verb)) {
            return None;
        }
        let plain = |j: usize| {
            let k = key(self.word_at(j));
            self.toks[j].is_word()
                && !lexicon::function_words().contains(&k)
                && !lexicon::speaker_boundaries().contains(&k)
                && !lexicon::time_words().contains(&k)
                && !lexicon::reporting_verbs().contains(&k)
        };
        let mut end = first + 1;
        while end < hi && end - first <= DESCRIPTION_WORDS && plain(end) {
            end += 1;
        }
        let closes = end == hi || !self.toks[end].is_word() || !plain(end) && !is_capitalised(self.word_at(end));
        let head = key(self.word_at(end - 1));
        if end == first + 1 || !closes || !is_office(&head) || is_capitalised(self.word_at(end - 1)) {
            return None;
        }
        let span = Span::new(self.toks[first + 1].span.start, self.toks[end - 1].span.end);
        let speaker = Speaker { name: self.text()[span.start..span.end].to_string(), role: None, kind: Kind::Nominal, span };
        Some(Found { speaker, cue: key(verb).to_string(), place: Place::After, frames_statement: true })
    }
}

#[cfg(test)]
mod tests {
    use crate::text::Document;

    /// The speaker of the first quote of `text`, its first line the headline.
    fn headline_speaker(text: &str) -> Option<String> {
        let doc = Document::from_plain_text(text);
        crate::detect::quotes::find(&doc).into_iter().next().and_then(|q| q.speaker)
    }

    #[test]
    fn shorthand_is_sorted() {
        let lines: Vec<&str> = data_file!("text/attribution/headline_shorthand.txt").lines().filter(|l| !l.starts_with('#') && !l.is_empty()).collect();
        assert!(lines.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_title_or_its_abbreviation_names_the_body_person_holding_it() {
        for (text, want) in [
            (
                "PM: 'We will not back down on tariffs'\n\nPrime Minister Keith Rowley told reporters on Monday that the country would hold firm.",
                "Keith Rowley",
            ),
            ("Taoiseach: \u{2018}We will not be bullied\u{2019}\n\nTaoiseach Miche\u{e1}l Martin spoke in Dublin on Tuesday.", "Miche\u{e1}l Martin"),
            ("CEO: \u{201c}The merger is off\u{201d}\n\nChief executive Dana Whitfield told staff the talks had collapsed.", "Dana Whitfield"),
            ("CM: 'Every village will get water by March'\n\nChief Minister Revanth Reddy inspected the canal works on Friday.", "Revanth Reddy"),
            ("President: \u{2018}The border stays open\u{2019}\n\nThe talks ran late. President William Ruto addressed the nation.", "William Ruto"),
            ("Governor: 'Help is on the way'\n\nGavin Newsom, the governor, toured the burned areas on Sunday.", "Gavin Newsom"),
        ] {
            assert_eq!(headline_speaker(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn a_first_name_or_surname_label_names_the_body_person() {
        for (text, want) in [
            ("Raila: 'We will go to court'\n\nOpposition leader Raila Odinga addressed supporters in Nairobi.", "Raila Odinga"),
            ("OKAFOR: \u{2018}We will not back down\u{2019}\n\nUnion leader Chidi Okafor told members the strike would go on.", "Chidi Okafor"),
            ("Biden: \u{201c}Democracy is on the ballot\u{201d}\n\nPresident Joe Biden spoke in Philadelphia on Thursday.", "Joe Biden"),
            ("Mbappe: 'I never asked to leave'\n\nKylian Mbappe broke his silence on Sunday.", "Kylian Mbappe"),
        ] {
            assert_eq!(headline_speaker(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn an_office_description_names_the_body_person_whose_role_matches() {
        for (text, want) in [
            ("Union boss says 'we will strike until they listen'\n\nUnion leader John Smith told members on Monday that pay talks had failed.", "John Smith"),
            ("'We will strike until they listen,' says union boss\n\nUnion leader John Smith told members on Monday that pay talks had failed.", "John Smith"),
            ("\u{2018}The cuts will cost lives,\u{2019} warns health chief\n\nHealth service chief executive Amanda Pritchard told MPs the budget was short.", "Amanda Pritchard"),
            ("\u{201c}We got it wrong\u{201d} admits police chief\n\nThe raid was condemned. Police Commissioner Tom Hale apologised on Friday.", "Tom Hale"),
            ("'Prices will fall by spring,' says mayor\n\nMayor Ana Lopez spoke outside city hall on Monday.", "Ana Lopez"),
        ] {
            assert_eq!(headline_speaker(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn a_label_two_people_fit_stays_as_written() {
        let text = "PM: 'We will not back down'\n\nPrime Minister Keith Rowley met Prime Minister Mia Mottley in Bridgetown.";
        assert_eq!(headline_speaker(text).as_deref(), Some("PM"));
        let text = "'We will strike,' says union boss\n\nUnion leader John Smith and union leader Mary Jones spoke.";
        assert_eq!(headline_speaker(text).as_deref(), Some("union boss"));
        let text = "Raila: 'We will go to court'\n\nThe opposition met in Nairobi on Monday.";
        assert_eq!(headline_speaker(text).as_deref(), Some("Raila"));
    }

    #[test]
    fn a_section_label_or_a_place_before_the_colon_is_no_speaker() {
        for (text, want) in [
            ("EXCLUSIVE: 'I was never told,' says whistleblower\n\nThe report was published on Monday.", None),
            ("LIVE: 'Stay indoors tonight'\n\nPolice Chief Tom Hale spoke on Monday.", None),
            ("Opinion: \u{2018}We must act now on housing\u{2019}\n\nThe city is running out of homes.", None),
            ("WATCH | 'We are not afraid,' says mayor\n\nMayor Ana Lopez spoke on Monday.", Some("Ana Lopez")),
            ("Kenya: 'We will not pay the debt'\n\nOfficials in Kenya said on Monday that talks would resume.", None),
        ] {
            assert_eq!(headline_speaker(text).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn a_labelled_organisation_keeps_its_credit() {
        let text = "Google: 'We take privacy seriously'\n\nThe company said on Monday that the fine would be appealed.";
        assert_eq!(headline_speaker(text).as_deref(), Some("Google"));
    }
}
