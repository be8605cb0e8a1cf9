//! A title standing for the person who holds it: "the judge said" after "Judge Karen
//! Walsh", "the minister said" after "Health Minister Mark Butler". The title names the
//! most recent person the article gave it to, a few sentences back at most.

use super::speakers::Speaker;
use super::tokens::{is_capitalised, key, Tok};
use super::Context;
use crate::detect::lexicon;

/// How many sentences back the person a title stands for may have been named.
const TITLE_REACH: usize = 6;

/// How many words before a full name may hold its title ("Arsenal manager Mikel Arteta").
const TITLE_WORDS: usize = 3;

/// Most words of an office set off after a name ("Minister of State for Foreign Affairs").
const OFFICE_PIECE_WORDS: usize = 8;

/// The office a title-only reference names: "the judge" → "judge", "the chief
/// executive" → "executive", "the President" → "president". Only "the" and one or two
/// words, the last an office; a capitalised word must be an office itself ("the Prime
/// Minister" is a title, "the Judge Karen Walsh" a name).
fn office_of(name: &str) -> Option<String> {
    let mut words = name.split_whitespace();
    if !words.next()?.eq_ignore_ascii_case("the") {
        return None;
    }
    let rest: Vec<&str> = words.collect();
    let title_word = |w: &&str| !is_capitalised(w) || lexicon::speaker_roles().contains(&key(w)) || matches!(key(w).as_str(), "prime" | "chief" | "vice");
    if rest.is_empty() || rest.len() > 2 || !rest.iter().all(title_word) {
        return None;
    }
    let head = key(rest[rest.len() - 1]);
    lexicon::speaker_roles().contains(&head).then(|| head.into())
}

/// Whether a title word given before a name holds `office` ("Justice" holds "judge").
fn holds(word: &str, office: &str) -> bool {
    word == office || (office == "judge" && matches!(word, "justice" | "magistrate"))
}

/// Titles set before a bare surname as a name (`surname_titles.txt`).
fn surname_titles() -> &'static [&'static str] {
    static CELL: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| data_file!("text/attribution/surname_titles.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect())
}

/// How many capitalised words before a surname its title may take ("Lord Chief Justice").
const SURNAME_TITLE_WORDS: usize = 3;

/// The people named by a title and a bare surname ("Judge Patel", "Lord Justice Baker",
/// "Coach Reid"): where the surname is, the title and surname as the name, and the
/// surname's key. A full name's run of capitalised words stops at a title, so such a
/// person is otherwise never recorded and "the judge said" finds nobody to stand for.
pub(super) fn titled_surnames(text: &str, toks: &[Tok], sentence_starts: &[usize]) -> Vec<(usize, String, String)> {
    let word = |i: usize| &text[toks[i].span.start..toks[i].span.end];
    let mut out = Vec::new();
    for i in 1..toks.len() {
        let lo = sentence_starts[..sentence_starts.partition_point(|&s| s <= i)].last().copied().unwrap_or(0);
        let title = |j: usize| toks[j].is_word() && is_capitalised(word(j)) && surname_titles().contains(&key(word(j)).as_ref());
        if i <= lo || !title(i - 1) || !is_surname(text, toks, i) {
            continue;
        }
        // The title's words: titles and honorifics before it ("Lord Justice", "Mr Justice").
        let mut from = i - 1;
        while from > lo && i - from < SURNAME_TITLE_WORDS && toks[from - 1].is_word() && is_capitalised(word(from - 1)) && {
            let k = key(word(from - 1));
            title(from - 1) || lexicon::speaker_honorifics().contains(&k)
        } {
            from -= 1;
        }
        let name = (from..=i).map(word).collect::<Vec<_>>().join(" ");
        out.push((toks[i].span.start, name, key(word(i)).into()));
    }
    out
}

/// Whether the word at `i` is a surname standing alone: capitalised, no role, title or
/// common word, and no capitalised word after it (a full name is recorded as one).
fn is_surname(text: &str, toks: &[Tok], i: usize) -> bool {
    let w = &text[toks[i].span.start..toks[i].span.end];
    let k = key(w);
    let next_capitalised = toks.get(i + 1).is_some_and(|t| t.is_word() && is_capitalised(&text[t.span.start..t.span.end]));
    toks[i].is_word()
        && is_capitalised(w)
        && w.chars().any(char::is_lowercase)
        && !next_capitalised
        && !lexicon::speaker_roles().contains(&k)
        && !lexicon::speaker_honorifics().contains(&k)
        && !lexicon::pronouns().contains(&k)
        && !lexicon::speaker_determiners().contains(&k)
        && !lexicon::time_words().contains(&k)
        && !lexicon::organisation_words().contains(&k)
}

impl Context<'_> {
    /// Whether an appositive after a name's last token (`end` is the token after it) gives
    /// the office: "Ruth Adeyemi, the education minister, said" holds "minister".
    fn office_after_name(&self, end: usize, holds_at: &dyn Fn(usize) -> bool) -> bool {
        let text = self.text();
        if !self.toks.get(end).is_some_and(|t| t.is(',')) {
            return false;
        }
        let article = self.toks.get(end + 1).is_some_and(|t| t.is_word() && matches!(key(&text[t.span.start..t.span.end]).as_str(), "the" | "a" | "an"));
        let from = end + 1 + usize::from(article);
        // The appositive's words up to its closing comma or full stop; the office is its head,
        // the last word, with no preposition before it ("a critic of the minister" is none).
        let close = (from..self.toks.len().min(from + OFFICE_PIECE_WORDS + 1)).find(|&i| !self.toks[i].is_word());
        let Some(c) = close.filter(|&c| c > from && self.toks[c].punct.is_some_and(|p| matches!(p, ',' | '.' | ';'))) else {
            return false;
        };
        // "Kafayat Bello, Commissioner for Finance, said": an office opening the piece
        // before "of"/"for" heads it as much as one that ends it.
        let joined = |i: usize| self.toks[i].is_word() && matches!(key(&text[self.toks[i].span.start..self.toks[i].span.end]).as_str(), "of" | "for");
        (c - from <= TITLE_WORDS && holds_at(c - 1)) || (c > from + 2 && holds_at(from) && joined(from + 1))
    }

    /// The full name of the person a headline's bare title ("Minister says …", "Mayor
    /// vows …") stands for: the first person the story below gives that title.
    fn headline_title_holder(&self, s: &Speaker) -> Option<String> {
        let office = office_of(&format!("the {}", s.name))?;
        if !self.in_headline(self.tok_at(s.span.start)) {
            return None;
        }
        let text = self.text();
        self.names.persons_at(s.span.end, text.len()).find_map(|(at, person)| {
            let t = self.tok_at(at);
            let lo = self.sentence_toks.get(self.sentence_of(at)).copied().unwrap_or(0);
            let holds_at = |i: usize| self.toks[i].is_word() && holds(&key(&text[self.toks[i].span.start..self.toks[i].span.end]), &office);
            let body = !self.in_headline(t);
            (body && (t.saturating_sub(TITLE_WORDS).max(lo)..t).any(holds_at)).then(|| person.to_string())
        })
    }

    /// The full name of the person a title-only speaker ("the judge") stands for.
    pub(super) fn titled_person(&self, s: &Speaker) -> Option<String> {
        if let Some(holder) = self.headline_title_holder(s) {
            return Some(holder);
        }
        let office = office_of(&s.name)?;
        let here = self.sentence_of(s.span.start);
        let from = self.doc.sentences.get(here.saturating_sub(TITLE_REACH))?.span.start;
        let text = self.text();
        let holds_at = |i: usize| self.toks[i].is_word() && holds(&key(&text[self.toks[i].span.start..self.toks[i].span.end]), &office);
        let mut holders: Vec<String> = self
            .names
            .persons_at(from, s.span.start)
            .rev()
            .filter(|&(at, person)| {
                let t = self.tok_at(at);
                let lo = self.sentence_toks.get(self.sentence_of(at)).copied().unwrap_or(0);
                // "Minister of Foreign Affairs": capitals after "of"/"for" name the office's
                // domain, not someone holding it.
                let domain =
                    t > lo && self.toks[t - 1].is_word() && matches!(key(&text[self.toks[t - 1].span.start..self.toks[t - 1].span.end]).as_str(), "of" | "for");
                let titled = !domain && (t.saturating_sub(TITLE_WORDS).max(lo)..t).any(holds_at);
                titled || self.office_after_name(t + person.split(' ').count(), &holds_at)
            })
            .map(|(_, person)| person.to_string())
            .collect();
        holders.extend(self.titled_mononyms(from, s.span.start, &holds_at));
        one_person(holders)
    }

    /// "Water Resources Minister Duraimurugan": people known by one name, met between bytes
    /// `from` and `to` right after a word holding the office. Such a name is no full name,
    /// so [`super::speakers::Names`] never records it.
    fn titled_mononyms(&self, from: usize, to: usize, holds_at: &dyn Fn(usize) -> bool) -> Vec<String> {
        let text = self.text();
        let (lo, hi) = (self.tok_at(from), self.tok_at(to));
        (lo..hi.saturating_sub(1))
            .filter(|&i| holds_at(i) && !self.is_quoted(self.toks[i].span.start) && !self.in_headline(i))
            .filter(|&i| self.toks[i + 1].is_word() && is_surname(text, self.toks, i + 1))
            .filter(|&i| self.names.full(&text[self.toks[i + 1].span.start..self.toks[i + 1].span.end], self.toks[i + 1].span.end).is_none())
            .map(|i| text[self.toks[i + 1].span.start..self.toks[i + 1].span.end].to_string())
            .collect()
    }
}

/// The person an office stands for when the article gave it to exactly one, most recent
/// first in `holders`: a title that two people hold ("Health Minister Mark Butler and
/// Finance Minister Jim Chalmers … the minister said") names neither, and the phrase stays.
/// Mentions of one person by a full name and by title and surname share the surname.
fn one_person(holders: Vec<String>) -> Option<String> {
    let surname = |p: &str| p.split_whitespace().last().map(|w| key(w).as_str().to_owned());
    let first = holders.first()?;
    holders.iter().all(|h| surname(h) == surname(first)).then(|| first.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    fn credit(text: &str) -> Vec<Option<String>> {
        let doc = Document::from_plain_text(&format!("A headline\n\n{text}"));
        super::super::credits_by_sentence(&doc).into_iter().map(|c| c.map(|c| c.name)).collect()
    }

    #[test]
    fn an_office_set_off_after_a_name_with_of_or_for_is_carried_to_its_title() {
        let last = |t: &str| credit(t).last().cloned().flatten();
        assert_eq!(
            last("Alhaja Kafayat Bello, Commissioner for Finance, said revenue was up. The commissioner said more would come.").as_deref(),
            Some("Kafayat Bello")
        );
        assert_eq!(
            last("Sheikh Rashid Ahmed, Minister of Foreign Affairs, said talks would go on. The minister said the envoy had been called.").as_deref(),
            Some("Rashid Ahmed")
        );
        assert_eq!(
            last("Mary Wanjiru, Secretary for Health and Sanitation, visited the ward. The secretary said beds were short.").as_deref(),
            Some("Mary Wanjiru")
        );
        // Must stay: the office named by a critic, not held by her.
        assert_eq!(last("Tom Hale, a critic of the minister, spoke first. The minister said prices would fall.").as_deref(), Some("The minister"));
    }

    #[test]
    fn offices_are_read_from_title_only_references() {
        assert_eq!(office_of("the judge").as_deref(), Some("judge"));
        assert_eq!(office_of("the chief executive").as_deref(), Some("executive"));
        assert_eq!(office_of("the Judge Karen Walsh"), None);
        assert_eq!(office_of("a judge"), None);
        assert_eq!(office_of("the family"), None);
    }

    #[test]
    fn a_title_stands_for_the_last_person_given_it() {
        let got = credit("Judge Karen Walsh sentenced the pair on Thursday. The judge said the offence was cruel and planned.");
        assert_eq!(got.last().cloned().flatten().as_deref(), Some("Karen Walsh"));
        let got = credit("Energy Minister Lars Berg met Tom Hale on Monday. The minister said prices would fall by spring.");
        assert_eq!(got.last().cloned().flatten().as_deref(), Some("Lars Berg"));
    }

    #[test]
    fn a_title_before_a_bare_surname_names_the_person() {
        for (text, name) in [
            ("Lord Justice Baker dismissed the appeal on Friday. \u{201c}The sentence was lawful,\u{201d} the judge said.", "Lord Justice Baker"),
            ("Judge Patel heard the case in March. The judge said the fraud was deliberate.", "Judge Patel"),
            ("Justice Moyo delivered the ruling in Harare. Moyo said parliament must act.", "Justice Moyo"),
            ("Coach Reid was furious after the defeat. \"We gave away two soft goals,\" the coach said.", "Coach Reid"),
            ("Sheriff Dawson closed the road overnight. The sheriff said the bridge was unsafe.", "Sheriff Dawson"),
        ] {
            assert_eq!(credit(text).last().cloned().flatten().as_deref(), Some(name), "{text}");
        }
    }

    #[test]
    fn a_full_name_wins_over_title_and_surname() {
        let got = credit("Judge Anita Patel opened the hearing. Judge Patel then adjourned it. The judge said the delay was regrettable.");
        assert_eq!(got.last().cloned().flatten().as_deref(), Some("Anita Patel"));
    }

    /// A capitalised title ("the President") and a title given in an appositive after the
    /// name ("Ruth Adeyemi, the education minister,") stand for the person as well.
    #[test]
    fn a_capitalised_or_appositive_title_stands_for_the_person() {
        assert_eq!(office_of("the President").as_deref(), Some("president"));
        assert_eq!(office_of("the Prime Minister").as_deref(), Some("minister"));
        assert_eq!(office_of("the Labour Party"), None);
        for (text, name) in [
            ("President Alan Marsh visited the flood zone. The President said every home would be rebuilt.", "Alan Marsh"),
            ("Ruth Adeyemi, the education minister, defended the reform. The minister said teachers had asked for it.", "Ruth Adeyemi"),
            ("Kwame Boateng, a senior superintendent, led the search. The superintendent said divers would return at dawn.", "Kwame Boateng"),
            ("Prime Minister Ines Duarte flew to Brussels. The Prime Minister said the deal was close.", "Ines Duarte"),
        ] {
            assert_eq!(credit(text).last().cloned().flatten().as_deref(), Some(name), "{text}");
        }
        // An appositive whose head is no office gives none.
        let got = credit("Tom Hale, a critic of the minister, spoke first. The minister said prices would fall.");
        assert_eq!(got.last().cloned().flatten().as_deref(), Some("The minister"));
    }

    fn first_speaker(text: &str) -> Option<String> {
        let doc = Document::from_plain_text(&format!("A headline\n\n{text}"));
        crate::detect::quotes::find(&doc).into_iter().next().and_then(|q| q.speaker)
    }

    /// A title stands for the one person given it, a person known by one name too; two
    /// holders leave the phrase.
    #[test]
    fn a_title_stands_for_its_one_holder_mononyms_too() {
        for (text, want) in [
            (
                "Water Resources Minister Duraimurugan met officials in Vellore on Monday. \u{201c}We will not allow the dam,\u{201d} the minister said.",
                "Duraimurugan",
            ),
            ("Sprinter Shericka Jackson won the 200m. \u{201c}I felt strong,\u{201d} the sprinter told reporters.", "Shericka Jackson"),
            ("Shericka Jackson, the Jamaican sprinter, won the 200m. \u{201c}I felt strong,\u{201d} the sprinter told reporters.", "Shericka Jackson"),
            ("Health Minister Mark Butler and Finance Minister Jim Chalmers met. \u{201c}We agree,\u{201d} the minister said.", "the minister"),
        ] {
            assert_eq!(first_speaker(text).as_deref(), Some(want), "{text}");
        }
    }

    /// A regnal numeral and a traditional style belong to the name; the stool is the role.
    #[test]
    fn a_traditional_rulers_name_keeps_its_numeral() {
        let text = "\u{201c}Our traditions must be preserved,\u{201d} said Nana Kobina Nketsia V, the Omanhene of Essikado.";
        let doc = Document::from_plain_text(&format!("Festival\n\n{text}"));
        let q = crate::detect::quotes::find(&doc).into_iter().next().expect("quote");
        assert_eq!(q.speaker.as_deref(), Some("Nana Kobina Nketsia V"));
        assert_eq!(q.role.as_deref(), Some("the Omanhene of Essikado"));
        assert!(super::super::speakers::is_suffix("XIV") && super::super::speakers::is_suffix("Jr.") && !super::super::speakers::is_suffix("Xi"));
    }

    #[test]
    fn a_title_nobody_was_given_stays() {
        let got = credit("Tom Hale met the board on Monday. The minister said prices would fall by spring.");
        assert_eq!(got.last().cloned().flatten().as_deref(), Some("The minister"));
    }

    #[test]
    fn a_job_before_a_name_is_a_role() {
        for (text, name) in [
            ("Farmer Bruce Hanlon said the river had never been so high.", "Bruce Hanlon"),
            ("Midwife Sarah Okafor said the ward was full every night.", "Sarah Okafor"),
            ("Shopkeeper Ahmed Rahim said trade had halved since the road closed.", "Ahmed Rahim"),
            ("Independent astrophysicist Laura Kreidberg said the signal was faint.", "Laura Kreidberg"),
        ] {
            assert_eq!(credit(text).last().cloned().flatten().as_deref(), Some(name), "{text}");
        }
    }

    #[test]
    fn a_hyphenated_office_after_an_acronym_leaves_the_full_name() {
        for (text, name) in [
            ("KNUT Secretary-General Collins Oyuu met teachers on Monday. Mr Oyuu said the offer was final.", "Collins Oyuu"),
            ("NATO Secretary-General Mark Rutte arrived in Kyiv. Mr Rutte said support would last.", "Mark Rutte"),
            ("COSATU General-Secretary Solly Phetoe spoke to workers. Mr Phetoe said the strike would go ahead.", "Solly Phetoe"),
        ] {
            assert_eq!(credit(text).last().cloned().flatten().as_deref(), Some(name), "{text}");
        }
    }

    #[test]
    fn a_headline_place_inside_a_quote_is_no_antecedent() {
        let doc = Document::from_plain_text(
            "Reyes sworn in as Manila mayor\n\nMayor Luis Reyes spoke outside city hall. \u{201c}Manila will be cleaner within a year,\u{201d} he said.",
        );
        let got: Vec<Option<String>> = super::super::credits_by_sentence(&doc).into_iter().map(|c| c.map(|c| c.name)).collect();
        assert_eq!(got.last().cloned().flatten().as_deref(), Some("Luis Reyes"));
    }
}
