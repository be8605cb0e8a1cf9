//! Rules for a quotation credited by a possessive and a noun of speech: "Trump's claim
//! that there were “thousands of shootings”", "Romney's “47 percent” comment". The
//! owner of the claim is the speaker, whatever else the sentence is about; a noun of
//! speech with a colon ("… rolled out a new message: “…”") is the subject's.

use super::*;
use crate::detect::lexicon;

/// How many tokens may stand between the noun of speech and the quote it introduces
/// ("Trump's claim that there have been “…”").
const NOUN_REACH: usize = 8;

/// How many lower-case words may stand between the possessive and the noun ("Rubio's
/// catch phrase", "Comey's most surprising suggestion").
const MODIFIERS: usize = 3;

impl Context<'_> {
    /// The owner and the noun of a possessive that credits the quotation with outer span
    /// `q`: right before it ("X's claim that “…”") or around it ("X's “…” comment").
    pub fn possessive_source(&self, q: Span) -> Option<(Speaker, String)> {
        let open = self.tok_at(q.start);
        let close = self.tok_at(q.end);
        let sentence = self.sentence_toks.partition_point(|&t| t <= open).saturating_sub(1);
        let lo = self.sentence_toks.get(sentence).copied().unwrap_or(0);
        // Around: the possessive right before the opening mark, the noun right after the
        // closing one.
        if open > lo && close < self.toks.len() && self.is_speech_noun(close) {
            if let Some(s) = self.owner_ending_at(lo, open) {
                return Some((s, self.key_at(close).into()));
            }
        }
        // Before: the nearest noun of speech within reach, owned by a possessive, with no
        // reporting cue or other quotation between it and the quote.
        let reach = open.saturating_sub(NOUN_REACH).max(lo);
        for n in (reach..open).rev() {
            if self.is_quoted(self.toks[n].span.start) {
                return None;
            }
            if !self.is_speech_noun(n) {
                continue;
            }
            if !self.cues(n + 1, open).is_empty() || !self.introduces(n + 1, open) {
                return None;
            }
            let mut end = n;
            while end > lo && n - end < MODIFIERS && self.is_modifier(end - 1) {
                end -= 1;
            }
            // "Obama is rolling out a new campaign message: “…”": a noun of speech that
            // introduces the quote with a colon is the message of the sentence's subject.
            let colon = n + 2 == open && self.toks[n + 1].is(':');
            let owner = self
                .owner_ending_at(lo, end)
                .or_else(|| colon.then(|| self.sentence_subject(q.start)).flatten().filter(|s| matches!(s.kind, Kind::Person | Kind::Organisation)));
            return owner.map(|s| (s, self.key_at(n).into()));
        }
        None
    }

    /// Whether the words after a noun of speech, up to the quote, go on to say what was
    /// said: nothing, a colon or dash, "that …", "of …", "was …" ("Trump's claim that
    /// there were “…”", "her slogan was “…”"), not another clause ("Clinton's remark
    /// first as a compliment -- “…”").
    fn introduces(&self, after: usize, open: usize) -> bool {
        let Some(t) = self.toks.get(after).filter(|_| after < open) else { return true };
        if !t.is_word() {
            return after + 1 == open || matches!(t.punct, Some(':' | ',' | '\u{2014}' | '-'));
        }
        matches!(self.key_at(after).as_str(), "that" | "of" | "about" | "was" | "is" | "were" | "are" | "against" | "to")
    }

    fn key_at(&self, i: usize) -> tokens::Key<'_> {
        let t = &self.toks[i];
        tokens::key(&self.text()[t.span.start..t.span.end])
    }

    fn is_speech_noun(&self, i: usize) -> bool {
        self.toks[i].is_word() && {
            let w = &self.text()[self.toks[i].span.start..self.toks[i].span.end];
            !tokens::is_capitalised(w) && lexicon::speech_nouns().contains(&self.key_at(i))
        }
    }

    /// A lower-case word that may stand between an owner and its noun: "campaign",
    /// "earlier", "most surprising"; never a function word or a verb of saying.
    fn is_modifier(&self, i: usize) -> bool {
        let t = &self.toks[i];
        if !t.is_word() {
            return false;
        }
        let w = &self.text()[t.span.start..t.span.end];
        let k = tokens::key(w);
        !tokens::is_capitalised(w)
            && !w.ends_with("'s")
            && !w.ends_with("\u{2019}s")
            && !lexicon::function_words().contains(&k)
            && !lexicon::speaker_boundaries().contains(&k)
            && !lexicon::reporting_verbs().contains(&k)
    }

    /// "beating analysts' average estimate of €580 million", "Goldman Sachs's forecast of
    /// 2.1%": a figure that is what a possessive owner estimated or forecast is that
    /// owner's, not the sentence's speaker's. `pos` is the figure's first byte.
    pub fn estimate_owner(&self, pos: usize) -> Option<String> {
        const ESTIMATES: &[&str] = &[
            "consensus",
            "estimate",
            "estimates",
            "expectation",
            "expectations",
            "forecast",
            "forecasts",
            "prediction",
            "predictions",
            "projection",
            "projections",
        ];
        let f = self.tok_at(pos);
        let sentence = self.sentence_toks.partition_point(|&t| t <= f).saturating_sub(1);
        let lo = self.sentence_toks.get(sentence).copied().unwrap_or(0);
        let of = f.checked_sub(1).filter(|&i| i > lo && self.toks[i].is_word() && matches!(self.key_at(i).as_ref(), "of" | "for"))?;
        let noun = of - 1;
        if !self.toks[noun].is_word() || !ESTIMATES.contains(&self.key_at(noun).as_ref()) {
            return None;
        }
        // Up to two lower-case modifiers between the owner and the noun ("average", "mean").
        let text = self.text();
        let mut end = noun;
        while end > lo && noun - end < 2 && self.toks[end - 1].is_word() && {
            let w = &text[self.toks[end - 1].span.start..self.toks[end - 1].span.end];
            !tokens::is_capitalised(w) && !w.ends_with("'s") && !w.ends_with("\u{2019}s")
        } {
            end -= 1;
        }
        if let Some(s) = self.owner_ending_at(lo, end) {
            return Some(self.display_name(&s));
        }
        // "analysts'", "economists'": a plural group in the possessive.
        let p = end.checked_sub(2).filter(|&p| p >= lo && matches!(self.toks[p + 1].punct, Some('\'' | '\u{2019}')) && self.toks[p].is_word())?;
        let k = self.key_at(p);
        (super::groups::is_group_head(&k) || super::groups::ends_bare_group(&k)).then(|| text[self.toks[p].span.start..self.toks[p].span.end].to_string())
    }

    /// "the minister's claim", "the company's promise", "the government's assurance": an
    /// office, a body or a group speaking as one named by "the"
    /// and a lower-case noun (token `last`, its stem ending at byte `stem_end`) owns the
    /// words as a name would; any other common noun ("the plan's") owns nothing said.
    fn described_owner(&self, lo: usize, last: usize, stem_end: usize) -> Option<Speaker> {
        let det = last.checked_sub(1).filter(|&d| d >= lo && self.toks[d].is_word() && self.key_at(d) == "the")?;
        let k = self.key_at(last);
        let speaks = lexicon::speaker_roles().contains(&k) || lexicon::organisation_words().contains(&k) || (super::groups::is_group_noun(&k) && k != "data");
        let phrase = Span::new(self.toks[det].span.start, stem_end);
        speaks.then(|| Speaker { name: self.text()[phrase.start..phrase.end].to_string(), role: None, kind: Kind::Nominal, span: phrase })
    }

    /// The name in the possessive that ends right before token `end`: "Donald Trump's",
    /// "Mr. Comey's", "Sanders'". Titles and offices before the name are its role.
    fn owner_ending_at(&self, lo: usize, end: usize) -> Option<Speaker> {
        let text = self.text();
        let p = end.checked_sub(1).filter(|&p| p >= lo)?;
        let t = &self.toks[p];
        let w = &text[t.span.start..t.span.end];
        // "Sanders’ campaign": the mark after the s is a token of its own.
        let (last, stem_end) = if t.is_word() && (w.ends_with("'s") || w.ends_with("\u{2019}s")) {
            (p, t.span.end - if w.ends_with("'s") { 2 } else { "\u{2019}s".len() })
        } else if matches!(t.punct, Some('\'' | '\u{2019}')) && p > lo && self.toks[p - 1].is_word() {
            let prev = &text[self.toks[p - 1].span.start..self.toks[p - 1].span.end];
            if !prev.ends_with('s') {
                return None;
            }
            (p - 1, self.toks[p - 1].span.end)
        } else {
            return None;
        };
        let mut start = last + 1;
        while start > lo && self.toks[start - 1].is_word() && start > last.saturating_sub(4) && {
            let w = &text[self.toks[start - 1].span.start..self.toks[start - 1].span.end];
            tokens::is_capitalised(w) && !lexicon::speaker_determiners().contains(&tokens::key(w))
        } {
            start -= 1;
        }
        if start > last {
            return self.described_owner(lo, last, stem_end);
        }
        let phrase = Span::new(self.toks[start].span.start, stem_end);
        let stem = &text[phrase.start..phrase.end];
        if start == last && lexicon::pronouns().contains(&tokens::key(stem)) {
            return None;
        }
        let organisation = (start..=last).any(|i| lexicon::organisation_words().contains(&self.key_at(i)));
        if organisation {
            return Some(Speaker { name: stem.to_string(), role: None, kind: Kind::Organisation, span: phrase });
        }
        // The name proper: the words after the last title or office.
        let words: Vec<&str> = stem.split_whitespace().collect();
        let cut = words.iter().rposition(|w| {
            let k = tokens::key(w);
            lexicon::speaker_roles().contains(&k) || lexicon::speaker_honorifics().contains(&k)
        });
        let name_from = cut.map_or(0, |c| c + 1);
        if name_from >= words.len() {
            return None;
        }
        let role = (name_from > 0).then(|| words[..name_from].join(" "));
        Some(Speaker { name: words[name_from..].join(" "), role, kind: Kind::Person, span: phrase })
    }
}
