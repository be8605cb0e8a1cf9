//! Rules for the credit in the words before a quotation in its sentence: the nearest cue and its subject, a headline's "Name:" label, and names between a dash and a colon.

use super::*;

/// Verbs that open a predicate of the speaker before a colon introducing a quote, when
/// the predicate is no reporting verb: "was blunt:", "went further:", "put it bluntly:",
/// "had a warning:".
const PREDICATE_VERBS: &[&str] =
    &["was", "were", "is", "went", "put", "had", "has", "gave", "offered", "sounded", "struck", "took", "got", "minced", "did", "made", "kept"];

/// The most words the one heard speaking takes ("the new chief executive").
const HEARD_WORDS: usize = 4;

/// Verbs of perception whose object speaks in the clause after it: "heard the minister say".
fn is_perception_verb(k: &str) -> bool {
    matches!(k, "hear" | "heard" | "hearing" | "hears" | "overheard" | "overhear" | "overhearing")
}

impl Context<'_> {
    /// The one heard speaking, object of a verb of perception right before the cue ("Lund
    /// said she had heard the minister say that “…”"): they speak the quote, not the one
    /// who heard it, even when only a common noun names them; a pronoun ("heard her say")
    /// stands for whom it names.
    fn heard_speaking(&self, cue: &cues::Cue, lo: usize) -> Option<Speaker> {
        let word = |i: usize| tokens::key(&self.text()[self.toks[i].span.start..self.toks[i].span.end]);
        let from = cue.first.saturating_sub(HEARD_WORDS + 1).max(lo);
        let verb = (from..cue.first.saturating_sub(1)).rev().find(|&i| self.toks[i].is_word() && is_perception_verb(&word(i)))?;
        let np = &self.toks[verb + 1..cue.first];
        if np.iter().any(|t| !t.is_word()) {
            return None;
        }
        let phrase = Span::new(np[0].span.start, np[np.len() - 1].span.end);
        // "heard her say", "heard him shout": the pronoun heard stands for the speaker,
        // carried back to the person it names like any subject pronoun.
        if np.len() == 1 && matches!(word(verb + 1).as_str(), "him" | "her" | "them") {
            return Some(Speaker { name: self.text()[phrase.start..phrase.end].to_string(), role: None, kind: Kind::Pronoun, span: phrase });
        }
        let s = speakers::describe(self.text(), np, phrase, None);
        matches!(s.kind, Kind::Person | Kind::Nominal | Kind::Organisation).then_some(s)
    }

    pub(super) fn credit_before(&self, lo: usize, hi: usize) -> Option<Found> {
        if lo >= hi {
            return None;
        }
        // "Q: “…”" credits no one named; "A: “…”" the interviewee.
        if let Some(turn) = self.interview_turn(lo, hi) {
            return match turn {
                lines::InterviewTurn::Question => None,
                lines::InterviewTurn::Answer(found) => found,
            };
        }
        let headline = self.in_headline(lo);
        // A headline that opens with a name and a colon: "Milbank: Republicans ‘Waving …’".
        if headline {
            if let Some(colon) = (lo + 1..hi.min(lo + 5)).find(|&i| self.toks[i].is(':')) {
                // "Smith said: …": a reporting verb before the colon is the cue, not the name.
                let verb = &self.text()[self.toks[colon - 1].span.start..self.toks[colon - 1].span.end];
                let said = colon > lo + 1 && !tokens::is_capitalised(verb) && crate::detect::lexicon::reporting_verbs().contains(&tokens::key(verb));
                let (name_end, cue) = if said { (colon - 1, tokens::key(verb).into()) } else { (colon, ":".to_string()) };
                let phrase = Span::new(self.toks[lo].span.start, self.toks[name_end - 1].span.end);
                let s = speakers::describe(self.text(), &self.toks[lo..name_end], phrase, None);
                // "The Latest: …" is a section label, not a source.
                let label = tokens::key(&self.text()[self.toks[lo].span.start..self.toks[lo].span.end]) == "the"
                    && !(lo..colon).any(|i| {
                        crate::detect::lexicon::organisation_words().contains(&tokens::key(&self.text()[self.toks[i].span.start..self.toks[i].span.end]))
                    });
                if matches!(s.kind, Kind::Person | Kind::Organisation) && !label && !self.headline_label_speaks_for_no_one(lo, name_end) {
                    return Some(Found { speaker: s, cue, place: Place::Colon, frames_statement: true });
                }
            }
        }
        if let Some(found) = self.credit_from_dash_colon(lo, hi) {
            return Some(found);
        }
        // The cue nearest the quote credits it ("X said Y told them “…”"), unless its
        // subject is only a common noun and an earlier cue names someone; in a headline,
        // where every word is capitalised, the first cue ("Obama Says Museum Will Tell …").
        let mut cues = self.cues(lo, hi);
        if !headline {
            cues.reverse();
        }
        let mut fallback: Option<Found> = None;
        for (n, cue) in cues.iter().enumerate() {
            if let Some(speaker) = self.heard_speaking(cue, lo) {
                let cue = &self.main_clause_cue(cue, hi);
                return Some(Found { frames_statement: cue.frames_statement(), speaker, cue: cue.text.clone(), place: Place::Before });
            }
            if let Some(speaker) = self.speaker_of(cue, lo, hi, cue.first == lo) {
                let cue = &self.main_clause_cue(cue, hi);
                let found = Found { frames_statement: cue.frames_statement(), speaker, cue: cue.text.clone(), place: Place::Before };
                if !headline && found.speaker.kind == Kind::Pronoun {
                    if let Some(outer) = self.reporter_of_pronoun(&found, &cues[n + 1..], lo, hi) {
                        return Some(outer);
                    }
                }
                if !headline && is_belief(&found.cue) {
                    if let Some(outer) = self.reporter_of_belief(&found, &cues[n + 1..], lo, hi) {
                        return Some(outer);
                    }
                }
                let common_noun = found.speaker.kind == Kind::Nominal && !found.speaker.name.chars().any(char::is_uppercase);
                if !common_noun {
                    return Some(found);
                }
                fallback.get_or_insert(found);
            }
        }
        if fallback.is_some() {
            return fallback;
        }
        // "Stone: …" — a name and a colon right before the quote.
        if hi - lo >= 2 && self.toks[hi - 1].is(':') {
            let (end, cue) = self.verb_before_colon(lo, hi - 1);
            let s = speakers::before(self.text(), &self.toks[..end], lo, end)?;
            let at = self.tok_at(s.span.start);
            // At the start of the line, or after a dash: "Pollsters agree - Carl Bialik:".
            // After an opening clause when a predicate names the speaker: "Asked about it, Lee was blunt:".
            let opened = at > lo && self.toks[at - 1].is(',') && self.predicate_before_colon(lo, hi - 1);
            let no_one = headline && self.headline_label_speaks_for_no_one(at, end);
            if s.kind != Kind::Pronoun && !no_one && (at == lo || opened || matches!(self.toks[at - 1].punct, Some('-' | '\u{2014}' | '\u{2013}'))) {
                return Some(Found { speaker: s, cue, place: Place::Colon, frames_statement: true });
            }
        }
        None
    }

    /// "Another said he hoped with his “whole heart” …", "Ortiz told reporters she would
    /// “fight this”": a pronoun opening the words reported by an earlier cue (right after
    /// it, or after its "that") stands for that cue's subject, who is credited. `earlier`
    /// are the cues before the pronoun's, nearest first.
    fn reporter_of_pronoun(&self, found: &Found, earlier: &[Cue], lo: usize, hi: usize) -> Option<Found> {
        let at = self.tok_at(found.speaker.span.start);
        let text = self.text();
        let outer = earlier.first()?;
        let between = (outer.end..at).all(|i| {
            let t = &self.toks[i];
            t.is_word() && matches!(tokens::key(&text[t.span.start..t.span.end]).as_str(), "that" | "reporters" | "us" | "me" | "him" | "her" | "them")
        });
        if outer.end > at || !between {
            return None;
        }
        let speaker = self.speaker_of(outer, lo, hi, outer.first == lo)?;
        // A description ("The Florida senator told reporters he …") leaves the pronoun to
        // the person it resolves to, who has a name; "Another" has none to give.
        let indefinite = speaker.kind == Kind::Nominal && crate::detect::lexicon::indefinite_subjects().contains(&tokens::key(&speaker.name));
        let named = matches!(speaker.kind, Kind::Person | Kind::Organisation) || indefinite;
        named.then(|| Found { frames_statement: outer.frames_statement(), speaker, cue: outer.text.clone(), place: Place::Before })
    }

    /// "An official, speaking on condition of anonymity, said Paris hoped “…”": a verb of
    /// belief whose subject opens the words reported by an earlier verb of saying (right
    /// after it, or after its "that") is part of what was said, and the words quoted are
    /// the reporter's, not the place's or the person's they are about.
    fn reporter_of_belief(&self, found: &Found, earlier: &[Cue], lo: usize, hi: usize) -> Option<Found> {
        let at = self.tok_at(found.speaker.span.start);
        let text = self.text();
        let outer = earlier.first().filter(|c| c.frames_statement() && !is_belief(&c.text))?;
        let between = (outer.end..at).all(|i| {
            let t = &self.toks[i];
            t.is_word() && tokens::key(&text[t.span.start..t.span.end]) == "that"
        });
        if outer.end > at || !between {
            return None;
        }
        let speaker = self.speaker_of(outer, lo, hi, outer.first == lo)?;
        Some(Found { frames_statement: true, speaker, cue: outer.text.clone(), place: Place::Before })
    }

    /// "Critics dismissed the target as “pure fantasy”", "The Greens branded the budget as
    /// a “missed opportunity”": a verb that labels its object "as" the quoted words credits
    /// its subject, though the verb reports no statement of its own. Tokens `lo..open`,
    /// `open` the opening mark's.
    pub(super) fn labelling_credit(&self, lo: usize, open: usize) -> Option<Found> {
        const OBJECT_WORDS: usize = 6;
        let text = self.text();
        let key = |i: usize| tokens::key(&text[self.toks[i].span.start..self.toks[i].span.end]);
        let mut as_at = open;
        while as_at > lo && open - as_at < 3 && self.toks[as_at - 1].is_word() && matches!(key(as_at - 1).as_str(), "a" | "an" | "the") {
            as_at -= 1;
        }
        let as_at = as_at.checked_sub(1).filter(|&a| a > lo && self.toks[a].is_word() && key(a) == "as")?;
        let reach = as_at.saturating_sub(OBJECT_WORDS + 1).max(lo + 1);
        let verb = (reach..as_at).rev().take_while(|&i| self.toks[i].is_word()).find(|&i| is_labelling_verb(&key(i)))?;
        // "was dismissed as": the passive's subject is what was labelled.
        let passive = matches!(key(verb - 1).as_str(), "was" | "were" | "is" | "are" | "be" | "been" | "being" | "got" | "get");
        if verb == as_at - 1 || passive || self.is_quoted(self.toks[verb].span.start) {
            return None;
        }
        let speaker = speakers::before(text, &self.toks[..verb], lo, verb)?;
        Some(Found { frames_statement: false, speaker, cue: key(verb).into(), place: Place::Before })
    }

    /// "A report by the National Audit Office, published on Monday, found that “…”": a
    /// document, a body or a person that found, concluded or showed the quoted words right
    /// after "that" is their source, though "found" is no verb of saying; a common noun
    /// ("the team found that") is left to the sentence's subject.
    pub(super) fn finding_credit(&self, lo: usize, open: usize) -> Option<Found> {
        let text = self.text();
        let key = |i: usize| tokens::key(&text[self.toks[i].span.start..self.toks[i].span.end]);
        let that = open.checked_sub(1).filter(|&t| t > lo && self.toks[t].is_word() && key(t) == "that")?;
        let verb = that - 1;
        let finding = matches!(key(verb).as_str(), "found" | "finds" | "concluded" | "concludes" | "showed" | "shows" | "revealed" | "reveals");
        if !finding || !self.toks[verb].is_word() {
            return None;
        }
        let speaker = speakers::before(text, &self.toks[..verb], lo, verb)?;
        let document = speaker.name.split_whitespace().any(|w| documents::is_document_noun(&tokens::key(w)));
        (document || matches!(speaker.kind, Kind::Organisation | Kind::Person)).then(|| Found {
            frames_statement: true,
            speaker,
            cue: key(verb).into(),
            place: Place::Before,
        })
    }

    /// "Rubio disagreed: …", "Schumer was blunt: …", "Lee went further: …": a short
    /// predicate after a capitalised name right before the colon (token `colon`) is the
    /// cue, and the speaker ends before it: a past-tense verb in no list, or one to five
    /// lower-case words opened by a verb of the predicate list. Gives where the speaker
    /// phrase ends and the cue.
    fn verb_before_colon(&self, lo: usize, colon: usize) -> (usize, String) {
        let text = self.text();
        let w = |i: usize| &text[self.toks[i].span.start..self.toks[i].span.end];
        let lower = |i: usize| self.toks[i].is_word() && !tokens::is_capitalised(w(i));
        let capitalised = |i: usize| self.toks[i].is_word() && tokens::is_capitalised(w(i));
        let t = colon - 1;
        let k = tokens::key(w(t));
        let past = colon >= lo + 2 && lower(t) && k.len() > 4 && k.ends_with("ed");
        if past && capitalised(colon - 2) {
            return (colon - 1, k.into());
        }
        // The predicate opens right after the last capitalised word before the colon.
        let mut first = colon;
        while first > lo && colon - first < 5 && lower(first - 1) {
            first -= 1;
        }
        if first < colon && first > lo && capitalised(first - 1) && PREDICATE_VERBS.contains(&tokens::key(w(first)).as_str()) {
            let cue = (first..colon).map(|i| tokens::key(w(i))).collect::<Vec<_>>().join(" ");
            return (first, cue);
        }
        (colon, ":".to_string())
    }

    /// Whether the colon before the quote follows a predicate of the speaker (see
    /// `verb_before_colon`): then an opening clause may stand before the name.
    fn predicate_before_colon(&self, lo: usize, colon: usize) -> bool {
        self.verb_before_colon(lo, colon).1 != ":"
    }

    /// "… TOO EARLY - Mark Blumenthal and Jon Cohen: “…”": a name, or two joined by
    /// "and", between a dash and a colon right before the quote is its source, whatever
    /// cue the words before the dash hold (they are the title of the piece quoted).
    pub(super) fn credit_from_dash_colon(&self, lo: usize, hi: usize) -> Option<Found> {
        if hi < lo + 3 || !self.toks[hi - 1].is(':') {
            return None;
        }
        let text = self.text();
        let dash = |i: usize| matches!(self.toks[i].punct, Some('-' | '\u{2014}' | '\u{2013}'));
        let last = speakers::before(text, &self.toks[..hi], lo, hi - 1).filter(|s| matches!(s.kind, Kind::Person | Kind::Organisation))?;
        let at = self.tok_at(last.span.start);
        if at <= lo || at >= hi {
            return None;
        }
        if dash(at - 1) {
            return Some(Found { speaker: last, cue: ":".to_string(), place: Place::Colon, frames_statement: true });
        }
        let and = &self.toks[at - 1];
        if at < lo + 3 || last.kind != Kind::Person || !and.is_word() || tokens::key(&text[and.span.start..and.span.end]) != "and" {
            return None;
        }
        let first = speakers::before(text, &self.toks[..at - 1], lo, at - 1).filter(|s| s.kind == Kind::Person)?;
        let f_at = self.tok_at(first.span.start);
        if f_at <= lo || f_at >= at || !dash(f_at - 1) {
            return None;
        }
        let speaker =
            Speaker { name: format!("{} and {}", first.name, last.name), role: None, kind: Kind::Person, span: Span::new(first.span.start, last.span.end) };
        Some(Found { speaker, cue: ":".to_string(), place: Place::Colon, frames_statement: true })
    }
}

/// Verbs of belief or hope: words they frame after a verb of saying are the sayer's.
fn is_belief(cue: &str) -> bool {
    matches!(cue, "hoped" | "hopes" | "feared" | "fears" | "believed" | "believes" | "expected" | "expects" | "thought" | "thinks" | "wanted" | "wants")
}

/// Past tenses that label an object as something (the agent participles that take "as"):
/// "dismissed the plan as", "branded them as".
fn is_labelling_verb(k: &str) -> bool {
    !matches!(k, "put" | "used" | "echoed" | "uttered" | "voiced" | "coined") && crate::detect::lexicon::agent_participles().contains(k)
}

#[cfg(test)]
mod tests {
    use crate::text::Document;

    fn quote_credit(text: &str) -> Option<String> {
        let doc = Document::from_plain_text(&format!("A headline\n\n{text}"));
        let ctx = super::Context::for_article(&doc);
        let q = ctx.quotations().first()?.outer;
        Some(ctx.credit_for_quote(q, None, None)?.speaker.name)
    }

    #[test]
    fn the_one_heard_speaking_is_the_speaker() {
        for (text, name) in [
            ("Kate Lund spoke in Leeds. Lund said she had heard the minister say \u{201c}nobody will pay more\u{201d}.", "the minister"),
            ("The union met on Friday. Members said they had heard the chief executive tell staff \"there is no more money\".", "the chief executive"),
            ("Aid workers reached the camp. One nurse said she overheard a guard warn, 'the gates close at six'.", "a guard"),
        ] {
            assert_eq!(quote_credit(text).map(|n| n.to_lowercase()).as_deref(), Some(name), "{text}");
        }
    }
}
