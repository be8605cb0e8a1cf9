//! Rules for the credit in the words after a quotation: `"…," said Trump`, `"…," Trump said`, a signature dash, and a past-tense verb in no list (`"…?" Hannity pressed`).

use super::*;

impl Context<'_> {
    pub(super) fn credit_after(&self, lo: usize, hi: usize) -> Option<Found> {
        // Leading punctuation: `,"` `—` `-`.
        let mut first = lo;
        while first < hi && !self.toks[first].is_word() {
            if self.toks[first].is('(') {
                return None;
            }
            first += 1;
        }
        if first >= hi {
            return None;
        }
        if let Some(found) = self.headline_colon_speaker(lo, first, hi) {
            return Some(found);
        }
        if let Some(found) = self.headline_said_by_description(first, hi) {
            return Some(found);
        }
        // A signature after a dash: "” ― Krystal Correa".
        if first > lo && matches!(self.toks[first - 1].punct, Some('-' | '\u{2014}' | '\u{2013}' | '\u{2015}')) {
            let end = (first..hi).find(|&i| !self.toks[i].is_word() && !matches!(self.toks[i].punct, Some('.' | '-' | '\'' | '\u{2019}'))).unwrap_or(hi);
            if end > first
                && end - first <= 5
                && (first..end).all(|i| !self.toks[i].is_word() || tokens::is_capitalised(&self.text()[self.toks[i].span.start..self.toks[i].span.end]))
            {
                let phrase = Span::new(self.toks[first].span.start, self.toks[end - 1].span.end);
                let s = speakers::describe(self.text(), &self.toks[first..end], phrase, None);
                if matches!(s.kind, Kind::Person | Kind::Organisation) {
                    return Some(Found { speaker: s, cue: "\u{2014}".to_string(), place: Place::Signature, frames_statement: true });
                }
            }
        }
        let Some(cue) = self.cues(first, hi).into_iter().next().filter(|c| c.first - first <= 30).or_else(|| self.closing_inverted_cue(first, hi)) else {
            return self.credit_after_any_verb(first, hi);
        };
        // ", adding …" after a quote belongs to the speaker credited before it.
        if cue.first == first && cue.text.ends_with("ing") {
            return None;
        }
        let speaker = if cue.first == first {
            // Inverted: "…," said Trump.
            if cue.is_according_to() || cue.can_invert() || matches!(cue.text.as_str(), "asked") {
                speakers::after(self.text(), &self.toks[..hi], cue.end, hi)?
            } else {
                return None;
            }
        } else if self.toks[cue.first - 1].is(',')
            && cue.can_invert()
            && !cue.is_according_to()
            && speakers::after(self.text(), &self.toks[..hi], cue.end, hi).is_some_and(|s| s.kind == Kind::Person)
        {
            // Inverted after a clause that ends the quoted sentence: "…” for the EU, said
            // Geert Wilders." A named person right after the cue is its speaker.
            speakers::after(self.text(), &self.toks[..hi], cue.end, hi)?
        } else {
            let s = self.speaker_of(&cue, first, hi, false)?;
            // The speaker must open the words after the quote ("…," Trump said), or a
            // last clause of the sentence ("… climate change, Axelrod said.").
            // A phrase opening with a title's marks (`“60 Minutes” correspondent …`) opens at
            // the first word after the quote's own marks, and the title joins its role.
            let at = self.tok_at(s.span.start).max(first);
            let title = super::quoted_titles::title_ending_at(self.text(), self.toks, first.saturating_sub(1), at, hi).filter(|_| s.kind == Kind::Person);
            let (s, at) = match title {
                Some(open) => (super::quoted_titles::with_title(self.text(), self.toks, open, at, s), first),
                None => (s, at),
            };
            let closing_clause = at > first
                && self.toks[at - 1].is(',')
                && (cue.end..hi).all(|i| {
                    let t = &self.toks[i];
                    !t.is_word() || crate::detect::lexicon::time_words().contains(&tokens::key(&self.text()[t.span.start..t.span.end]))
                });
            // "…,'' the White House spokesman, Josh Earnest, said": a description (up to a
            // dozen words, prepositions and possessives allowed) set off before the name
            // opens the words after the quote.
            // The comma that sets the name off; up to two lower-case words may stand
            // between it and the name ("his cousin, state Del. Nora Hale").
            let comma = (first + 1..at).rev().take(3).find(|&i| self.toks[i].is(','));
            let lead_ok = comma.is_some_and(|c| {
                (c + 1..at).all(|i| {
                    let w = &self.text()[self.toks[i].span.start..self.toks[i].span.end];
                    let k = tokens::key(w);
                    self.toks[i].is_word()
                        && !tokens::is_capitalised(w)
                        && !crate::detect::lexicon::function_words().contains(&k)
                        && !crate::detect::lexicon::speaker_boundaries().contains(&k)
                })
            });
            let described = lead_ok
                && comma.is_some_and(|c| c > first && c - first <= 12)
                && s.kind == Kind::Person
                && (first..comma.unwrap_or(first)).all(|i| {
                    let t = &self.toks[i];
                    let k = tokens::key(&self.text()[t.span.start..t.span.end]);
                    t.is_word()
                        && !k.ends_with("ing")
                        && (!crate::detect::lexicon::function_words().contains(&k)
                            || crate::detect::lexicon::speaker_determiners().contains(&k)
                            // "Rep. Duncan Hunter's chief of staff, Joe Kasper,"
                            || matches!(k.as_str(), "the" | "of" | "for" | "at" | "in" | "on" | "from"))
                        && !crate::detect::lexicon::reporting_verbs().contains(&k)
                });
            // "…,” as one analyst put it.": an "as" clause right after the quote is its credit.
            let as_clause = at == first + 1 && tokens::key(&self.text()[self.toks[first].span.start..self.toks[first].span.end]) == "as";
            if at != first && !closing_clause && !described && !as_clause {
                return None;
            }
            s
        };
        // "“…,” the woman, who asked not to be named, said.": the main clause's cue.
        let cue = self.main_clause_cue(&cue, hi);
        let frames = cue.frames_statement();
        Some(Found { speaker, cue: cue.text, place: Place::After, frames_statement: frames })
    }

    /// "The promise to “make America great again” appeals to whites who …, said Alan
    /// Abramowitz, a demographer.": far past the quote, a last cue set off by a comma,
    /// with a named person after it who closes the sentence (an appositive allowed),
    /// credits the whole sentence.
    fn closing_inverted_cue(&self, first: usize, hi: usize) -> Option<Cue> {
        let text = self.text();
        let cue = self.cues(first, hi).pop()?;
        if cue.first <= first || !self.toks[cue.first - 1].is(',') || !cue.can_invert() || cue.is_according_to() {
            return None;
        }
        let s = speakers::after(text, &self.toks[..hi], cue.end, hi).filter(|s| s.kind == Kind::Person)?;
        let end = self.tok_at(s.span.end);
        let appositive = end + 1 < hi
            && self.toks[end].is(',')
            && self.toks[end + 1].is_word()
            && crate::detect::lexicon::speaker_determiners().contains(&tokens::key(&text[self.toks[end + 1].span.start..self.toks[end + 1].span.end]));
        (appositive || self.closes_sentence(end, hi)).then_some(cue)
    }

    /// "an angry Hollande", "a defiant Ortiz": a determiner and one or two lower-case words
    /// before a name the article writes as one, from token `first`: that person, the words
    /// before the name as their role.
    fn described_name(&self, first: usize, hi: usize) -> Option<Speaker> {
        let text = self.text();
        let w = |i: usize| &text[self.toks[i].span.start..self.toks[i].span.end];
        if !self.toks[first].is_word() || tokens::is_capitalised(w(first)) || !crate::detect::lexicon::speaker_determiners().contains(&tokens::key(w(first))) {
            return None;
        }
        let name = (first + 1..hi.min(first + 4)).take_while(|&i| self.toks[i].is_word()).find(|&i| tokens::is_capitalised(w(i)))?;
        let known = self.midcap.contains(&*tokens::key(w(name))) || self.names.full(w(name), usize::MAX).is_some();
        let next_capitalised = self.toks.get(name + 1).is_some_and(|t| name + 1 < hi && t.is_word() && tokens::is_capitalised(w(name + 1)));
        if name == first + 1 || !known || next_capitalised {
            return None;
        }
        let role = text[self.toks[first].span.start..self.toks[name - 1].span.end].to_string();
        Some(Speaker { name: w(name).to_string(), role: Some(role), kind: Kind::Person, span: self.toks[name].span })
    }

    /// "…?” Hannity pressed.": right after a quote, a name and a verb in the past tense
    /// credit it even when the verb is in no list.
    /// "‘We will not back down’: Okafor" and "“This is not the end”: Hale vows to fight
    /// on": in a headline, a colon right after the quote and then a name gives its speaker.
    /// The name is the run of one to three capitalised words after the colon, up to a verb.
    fn headline_colon_speaker(&self, lo: usize, first: usize, hi: usize) -> Option<Found> {
        const NAME_WORDS: usize = 3;
        if !(lo..first).any(|i| self.toks[i].is(':')) || !self.in_headline(first) {
            return None;
        }
        let text = self.text();
        let word = |i: usize| &text[self.toks[i].span.start..self.toks[i].span.end];
        let mut end = first;
        while end < hi && end - first < NAME_WORDS && self.toks[end].is_word() && {
            let w = word(end);
            let k = tokens::key(w);
            tokens::is_capitalised(w) && !crate::detect::lexicon::reporting_verbs().contains(&k) && !crate::detect::lexicon::speaker_boundaries().contains(&k)
        } {
            end += 1;
        }
        // The run must end the headline or meet a lower-case word or a mark: a title-case
        // headline's words run on ("Okafor Vows To Fight" is no name).
        if end == first || (end < hi && self.toks[end].is_word() && tokens::is_capitalised(word(end))) {
            return None;
        }
        if let Some(verb) = self.headline_description_end(end, hi) {
            // "‘…’: Subway slashing victim speaks out": the capitalised word opens a
            // description that runs to the verb; the whole description is the speaker.
            // Right at the run the run itself is the verb's subject ("Okafor vows …").
            if verb > end {
                let phrase = Span::new(self.toks[first].span.start, self.toks[verb - 1].span.end);
                let name = text[phrase.start..phrase.end].to_string();
                let speaker = Speaker { name, role: None, kind: Kind::Nominal, span: phrase };
                return Some(Found { speaker, cue: ":".to_string(), place: Place::Colon, frames_statement: true });
            }
        }
        let phrase = Span::new(self.toks[first].span.start, self.toks[end - 1].span.end);
        let s = speakers::describe(text, &self.toks[first..end], phrase, None);
        matches!(s.kind, Kind::Person | Kind::Organisation).then(|| Found { speaker: s, cue: ":".to_string(), place: Place::Colon, frames_statement: true })
    }

    /// Where the verb of a headline's subject stands, reading lower-case words from `from`:
    /// at most three words of description ("slashing victim", "fintech founder") before a
    /// verb of saying ("vows", "recalls", "warns") or of speaking out ("speaks", "opens
    /// up"). `None` when `from` holds a lower-case word and no such verb follows.
    fn headline_description_end(&self, from: usize, hi: usize) -> Option<usize> {
        const DESCRIPTION_WORDS: usize = 3;
        let text = self.text();
        let speech = |k: &str| crate::detect::lexicon::reporting_verbs().contains(k) || matches!(k, "speaks" | "speak" | "talks" | "opens");
        let mut j = from;
        while j < hi && j - from <= DESCRIPTION_WORDS && self.toks[j].is_word() {
            let w = &text[self.toks[j].span.start..self.toks[j].span.end];
            if tokens::is_capitalised(w) {
                return None;
            }
            let k = tokens::key(w);
            if speech(&k) {
                return Some(j);
            }
            if crate::detect::lexicon::function_words().contains(&k) || crate::detect::lexicon::speaker_boundaries().contains(&k) {
                return None;
            }
            j += 1;
        }
        None
    }

    pub(super) fn credit_after_any_verb(&self, first: usize, hi: usize) -> Option<Found> {
        let text = self.text();
        // Inverted: "…!” beamed Donald Hartley of Madison.
        let t0 = &self.toks[first];
        let w0 = &text[t0.span.start..t0.span.end];
        if t0.is_word() && !tokens::is_capitalised(w0) && w0.len() > 3 && w0.ends_with("ed") {
            let s = speakers::after(text, &self.toks[..hi], first + 1, hi)?;
            return (s.kind == Kind::Person).then(|| Found { speaker: s, cue: tokens::key(w0).into(), place: Place::After, frames_statement: true });
        }
        let s = self.described_name(first, hi).or_else(|| speakers::after(text, &self.toks[..hi], first, hi))?;
        if !matches!(s.kind, Kind::Person | Kind::Pronoun) {
            return None;
        }
        let v = self.tok_at(s.span.end);
        let t = self.toks.get(v).filter(|_| v < hi)?;
        let w = &text[t.span.start..t.span.end];
        let k = tokens::key(w);
        let verb_like =
            t.is_word() && !tokens::is_capitalised(w) && k.len() > 3 && k.ends_with("ed") && !crate::detect::lexicon::speaker_boundaries().contains(&k);
        let ends = self.toks.get(v + 1).filter(|_| v + 1 < hi).is_none_or(|n| {
            !n.is_word()
                || crate::detect::lexicon::speaker_boundaries().contains(&tokens::key(&text[n.span.start..n.span.end]))
                || crate::detect::lexicon::time_words().contains(&tokens::key(&text[n.span.start..n.span.end]))
        });
        (verb_like && ends).then_some(Found { speaker: s, cue: k.into(), place: Place::After, frames_statement: true })
    }
}
