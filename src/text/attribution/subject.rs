//! Rules for who a cue's subject is: the phrase before or after the cue, the subject of a coordinated clause ("… spoke to reporters and said"), the subject of a clause past datelines and adverbials, and the person a pronoun stands for.

use super::*;

impl Context<'_> {
    /// The speaker of `cue`, read within tokens `lo..hi`.
    pub(super) fn speaker_of(&self, cue: &Cue, lo: usize, hi: usize, invert: bool) -> Option<Speaker> {
        let text = self.text();
        let toks = &self.toks[..hi];
        if cue.is_according_to() {
            return speakers::after(text, toks, cue.end, hi);
        }
        if let Some(s) = self.quoted_object(cue, lo, hi) {
            return Some(s);
        }
        if self.passive_cue(cue, lo) {
            return None;
        }
        if let Some(s) = self.indefinite_subject(cue, lo) {
            return Some(s);
        }
        if cue.text.ends_with("ing") {
            // "…, with Senator Okafor angrily calling it": the subject of the absolute phrase.
            if let Some(s) = self.with_subject(cue, lo) {
                return Some(s);
            }
            // "…, Spicer said, adding, “…”", "Thiel wrote in a statement to Wired explaining
            // …": a participle that continues a reporting verb shares its subject.
            if let Some(s) = self.participle_of_cue(cue, lo) {
                return Some(s);
            }
            // ", adding …": the participle's subject is the clause's, found through the
            // cue before it; "X released a statement saying …": the clause's subject.
            if cue.first > lo && self.toks[cue.first - 1].is(',') {
                return self.clause_subject(lo, cue.first, true);
            }
            // "footage of Hillary Clinton asking": the name right before the participle.
            if let Some(s) = speakers::name_before(text, toks, lo, cue.first) {
                return Some(s);
            }
            return match speakers::before(text, toks, lo, cue.first) {
                Some(s) if matches!(s.kind, Kind::Person | Kind::Pronoun) => Some(s),
                other => self.clause_subject(lo, cue.first, true).or(other),
            };
        }
        // "Sanders delivered a snappy retort:": a reporting word after a determiner is a
        // noun; whoever delivered it opens the clause.
        if let Some(det) = self.determiner_before(cue, lo) {
            return self.clause_subject(lo, det, true).filter(|s| matches!(s.kind, Kind::Person | Kind::Organisation | Kind::Pronoun));
        }
        // "Mr. Trump was prompted to say", "she was quick to add": an infinitive's speaker
        // is the subject of the verb it depends on.
        if let Some(s) = self.infinitive_subject(cue, lo) {
            return Some(s);
        }
        // "… spoke to reporters and said …": the subject opens the clause.
        if let Some(s) = self.coordinated_subject(cue, lo) {
            return Some(s);
        }
        // "…, said people familiar with the matter": after a comma, a speaker that fills
        // the rest of the clause after the cue is the cue's, not the clause before it.
        // "The paradox of Nancy, says Carl Anthony, a historian, is that …": a credit set
        // between commas inside the sentence names its speaker after the cue, even where
        // the caller reads only subjects before cues.
        let inverted =
            (cue.can_invert() && cue.first > lo && self.toks[cue.first - 1].is(',')).then(|| speakers::after(text, toks, cue.end, hi)).flatten().filter(|s| {
                let next = self.toks.get(self.tok_at(s.span.end)).filter(|_| self.tok_at(s.span.end) < hi);
                let inserted = s.kind == Kind::Person && next.is_some_and(|t| t.is(','));
                (invert || inserted) && s.kind != Kind::Pronoun && next.is_none_or(|t| !t.is_word()) && !holds_a_finite_verb(s)
            });
        // Only a clause before the comma gives way: "Craig Morris, a blogger, wrote in
        // German Energy Transition" keeps its named subject.
        let subject = speakers::before(text, toks, lo, cue.first);
        // "Another intelligence source speaking to Reuters said", "a White House official
        // who spoke anonymously to discuss strategy said": the words before the cue are a
        // modifier of the subject, which stands before it.
        // Not for a credit set between commas ("Any honest reading of the data, said Tomas
        // Weir, …"), whose speaker follows the cue.
        let set_off = cue.first > lo && self.toks[cue.first - 1].is(',');
        let contact = subject.as_ref().filter(|_| !set_off).and_then(|s| self.contact_relative(cue, s, lo, hi));
        let subject = match subject {
            _ if contact.is_some() => contact,
            Some(s) if set_off || !self.object_of_modifier(&s, lo) => Some(s),
            other if set_off => other,
            other => self.subject_before_modifier(cue, lo).or(other),
        };
        let inverted = inverted.filter(|_| subject.as_ref().is_none_or(|s| !matches!(s.kind, Kind::Person | Kind::Organisation | Kind::Pronoun)));
        let found = inverted.or(subject).or_else(|| {
            if invert && cue.can_invert() {
                speakers::after(text, toks, cue.end, hi).filter(|s| !holds_a_finite_verb(s))
            } else {
                None
            }
        })?;
        // "Talk compared to …": a lone capitalised word opening a headline is a name only
        // if the article writes it capitalised elsewhere too.
        if found.kind == Kind::Person
            && !found.name.contains(' ')
            && self.sentence_starts.binary_search(&self.tok_at(found.span.start)).is_ok()
            && self.in_headline(self.tok_at(found.span.start))
        {
            let k = tokens::key(&found.name);
            if !self.midcap.contains(&*k) && self.names.full(&found.name, usize::MAX).is_none() {
                return None;
            }
        }
        // "the groups who wrote to her say": an object pronoun is never the speaker.
        if found.kind == Kind::Nominal && matches!(found.name.to_lowercase().as_str(), "her" | "him" | "them" | "us" | "me" | "his" | "their" | "its") {
            return None;
        }
        // "Obama, who said": the relative pronoun stands for the name before the comma.
        if found.kind == Kind::Pronoun && found.name.eq_ignore_ascii_case("who") {
            let at = self.tok_at(found.span.start);
            if at > lo + 1 && self.toks[at - 1].is(',') {
                return speakers::before(text, toks, lo, at - 1);
            }
            return None;
        }
        Some(found)
    }

    /// A sentence's source widened to the whole name it was cut from at a lower-case
    /// joiner ("Marks and Spencer", "Transport for Wales", "Gazzetta dello Sport", "the
    /// Secretary of State for Health and Social Care"), unless a word of it is a person
    /// the article names ("Trump and Clinton said" stays two people's).
    pub(super) fn widen_source(&self, s: Speaker, lo: usize, hi: usize) -> Speaker {
        // A full name read out of this very phrase ("Social Care") is no person met.
        let own = self.text()[s.span.start..s.span.end].to_string();
        let person = |w: &str| {
            let w = w.trim_end_matches(['.', ',']);
            let given = |f: &str| f.split(' ').next().is_some_and(|g| crate::detect::lexicon::given_names().entry_for_key(&tokens::key(g)).is_some());
            let met = |f: &str| !own.contains(f) || given(f);
            self.names.full(w, usize::MAX).is_some_and(|f| f != w && met(f)) || self.names.by_first_name(w, usize::MAX).is_some_and(met)
        };
        if let Some(office) = org_names::office_cut_at_joiner(self.text(), &s, person) {
            return office;
        }
        org_names::widen_name(self.text(), self.toks, lo, hi, s, person)
    }

    /// "Another said …", "Several argued …", "Others tweeted, “…”": a word standing for
    /// people (a determiner with its noun left out) alone before the cue, opening the clause,
    /// is the subject, written as the article writes it: whoever was credited before did
    /// not say it.
    fn indefinite_subject(&self, cue: &Cue, lo: usize) -> Option<Speaker> {
        let at = cue.first.checked_sub(1).filter(|&i| i >= lo && self.toks[i].is_word())?;
        let opens = at == lo || self.sentence_starts.binary_search(&at).is_ok() || matches!(self.toks[at - 1].punct, Some(';' | '\u{2014}'));
        let w = &self.text()[self.toks[at].span.start..self.toks[at].span.end];
        let indefinite = crate::detect::lexicon::indefinite_subjects().contains(&tokens::key(w));
        (opens && indefinite && !cue.text.ends_with("ing")).then(|| Speaker { name: w.to_string(), role: None, kind: Kind::Nominal, span: self.toks[at].span })
    }

    /// "a difference the authors said was “…”", "a move residents said was “…”": a
    /// relative clause with no "that", whose subject (a common noun) follows the noun it
    /// describes and whose cue is followed by the verb of the words reported. That subject
    /// is the speaker, cut from the noun described where the phrase read back holds both;
    /// the clause's own subject only owns the noun described.
    fn contact_relative(&self, cue: &Cue, s: &Speaker, lo: usize, hi: usize) -> Option<Speaker> {
        let text = self.text();
        let key = |i: usize| tokens::key(&text[self.toks[i].span.start..self.toks[i].span.end]);
        let lower = |i: usize| self.toks[i].is_word() && !tokens::is_capitalised(&text[self.toks[i].span.start..self.toks[i].span.end]);
        if s.kind != Kind::Nominal || cue.text.contains(' ') || !self.finite_verb_after(cue, hi) {
            return None;
        }
        // The noun described: a lower-case word that is no function word, verb or adverb.
        let noun_at = |i: usize| {
            let k = key(i);
            lower(i)
                && !crate::detect::lexicon::function_words().contains(&k)
                && !crate::detect::lexicon::speaker_boundaries().contains(&k)
                && !crate::detect::lexicon::speaker_determiners().contains(&k)
                && !crate::detect::lexicon::reporting_verbs().contains(&k)
                && !k.ends_with("ly")
                && !k.ends_with("ed")
        };
        let at = self.tok_at(s.span.start);
        let end = self.tok_at(s.span.end).min(cue.first);
        let determiner = |j: usize| lower(j) && matches!(key(j).as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "some" | "many");
        // "a difference the authors": an article inside the phrase opens the subject.
        let inner = (at + 1..end).find(|&j| determiner(j) && noun_at(j - 1));
        // "a move residents": a bare plural after the noun described.
        let plural = || {
            let k = key(end - 1);
            (end >= at + 2 && k.len() > 3 && k.ends_with('s') && noun_at(end - 1) && noun_at(end - 2)).then_some(end - 1)
        };
        // "a plan the mayor": the phrase read back is already the subject.
        let whole = || (at > lo && noun_at(at - 1)).then_some(at);
        let start = inner.or_else(plural).or_else(whole)?;
        let span = Span::new(self.toks[start].span.start, s.span.end);
        Some(Speaker { name: text[span.start..span.end].to_string(), role: None, kind: Kind::Nominal, span })
    }

    /// Whether the cue is followed right away by the finite verb of the words reported
    /// ("… the authors said was", "… the mayor said would"): their subject is the noun the
    /// clause describes, left out, so the cue is a verb and its subject stands before it.
    fn finite_verb_after(&self, cue: &Cue, hi: usize) -> bool {
        let Some(t) = self.toks.get(cue.end).filter(|t| cue.end < hi && t.is_word()) else { return false };
        let k = tokens::key(&self.text()[t.span.start..t.span.end]);
        matches!(k.as_str(), "was" | "were" | "is" | "are" | "would" | "will" | "could" | "had" | "has" | "might")
    }

    /// Whether a speaker read back from a cue is only the object of a preposition or a
    /// common noun ("speaking to Reuters", "to discuss internal strategy"), so that the
    /// subject may stand further back.
    fn object_of_modifier(&self, s: &Speaker, lo: usize) -> bool {
        let at = self.tok_at(s.span.start);
        let text = self.text();
        let after_preposition = at > lo
            && self.toks[at - 1].is_word()
            && matches!(tokens::key(&text[self.toks[at - 1].span.start..self.toks[at - 1].span.end]).as_str(), "to" | "with" | "for");
        let common = s.kind == Kind::Nominal && !s.name.chars().any(char::is_uppercase);
        after_preposition || common
    }

    /// "Protesters marching through the streets chanted …": a word capitalised only because
    /// it opens the sentence (the article never capitalises it inside one) is a common
    /// noun, which a participle after it modifies as it would "protesters".
    fn common_opener(&self, i: usize) -> bool {
        let w = &self.text()[self.toks[i].span.start..self.toks[i].span.end];
        self.sentence_starts.binary_search(&i).is_ok() && !self.midcap.contains(&*tokens::key(w)) && self.names.full(w, usize::MAX).is_none()
    }

    /// The subject before a modifier that separates it from its cue: a participle phrase
    /// ("source speaking to Reuters said") or a relative clause ("official who spoke
    /// anonymously said"), read back no further than [`MODIFIER_REACH`] tokens, inside the
    /// clause (commas only).
    fn subject_before_modifier(&self, cue: &Cue, lo: usize) -> Option<Speaker> {
        let text = self.text();
        let w = |i: usize| &text[self.toks[i].span.start..self.toks[i].span.end];
        let from = lo.max(cue.first.saturating_sub(MODIFIER_REACH));
        let mut m = None;
        for k in (from..cue.first).rev() {
            let t = &self.toks[k];
            if !t.is_word() {
                if t.is(',') {
                    continue;
                }
                return None;
            }
            let key = tokens::key(w(k));
            // A participle after a comma or a common noun, with words following: not a noun
            // in -ing ("the Old Post Office building in", "Sanders's following,").
            let participle = key.len() > 4
                && key.ends_with("ing")
                && !tokens::is_capitalised(w(k))
                && k > lo
                && (self.toks[k - 1].is(',') || (self.toks[k - 1].is_word() && (!tokens::is_capitalised(w(k - 1)) || self.common_opener(k - 1))))
                && self.toks.get(k + 1).is_some_and(|t| t.is_word());
            if (key == "who" || participle) && k > lo {
                m = Some(if self.toks[k - 1].is(',') { k - 1 } else { k });
                break;
            }
        }
        let m = m?;
        let s = speakers::before(text, &self.toks[..m], lo, m)?;
        // "Zeke Emanuel, an oncologist who advised …": the name the description stands beside.
        let at = self.tok_at(s.span.start);
        if s.kind == Kind::Nominal && at > lo + 1 && self.toks[at - 1].is(',') {
            if let Some(name) = speakers::before(text, &self.toks[..at - 1], lo, at - 1).filter(|n| n.kind == Kind::Person) {
                return Some(name);
            }
        }
        // A single capitalised word must be written as a name inside a sentence too
        // ("Likewise, a paper …" opens on no name); a description needs its noun ("a").
        let one_word = !s.name.contains(' ');
        let named = match s.kind {
            Kind::Person | Kind::Organisation => !one_word || self.midcap.contains(&*tokens::key(&s.name)),
            Kind::Nominal => {
                let first = s.name.split_whitespace().next().unwrap_or("");
                !one_word && crate::detect::lexicon::speaker_determiners().contains(&tokens::key(first))
            }
            Kind::Pronoun => false,
        };
        // "Protesters marching …": a plural opening the sentence, the participle right after it.
        let plural_opener = one_word && s.name.ends_with('s') && !self.toks[m].is(',') && self.common_opener(at);
        (named || plural_opener).then_some(s)
    }

    /// The determiner that makes a one-word cue a noun, the object of a verb before it:
    /// right before the cue ("gave a retort"), or before one lower-case or hyphened
    /// modifier ("delivered a snappy retort", "offered a Trump-style retort"). Not
    /// "that", which opens a clause ("officials that said").
    fn determiner_before(&self, cue: &Cue, lo: usize) -> Option<usize> {
        let text = self.text();
        let w = |i: usize| &text[self.toks[i].span.start..self.toks[i].span.end];
        let det =
            |i: usize| self.toks[i].is_word() && tokens::key(w(i)) != "that" && crate::detect::lexicon::speaker_determiners().contains(&tokens::key(w(i)));
        if cue.end != cue.first + 1 || cue.first <= lo || self.finite_verb_after(cue, self.toks.len()) {
            return None;
        }
        let m = cue.first - 1;
        let modifier = self.toks[m].is_word()
            && (!tokens::is_capitalised(w(m)) || w(m).contains('-'))
            && !crate::detect::lexicon::cue_fillers().contains(&tokens::key(w(m)));
        let d = if det(m) {
            m
        } else if m > lo && modifier && det(m - 1) {
            m - 1
        } else {
            return None;
        };
        // The phrase must be a verb's object ("delivered a retort"), not a subject opening
        // its clause ("a spokesman said", "…, and the spokesman said").
        let v = d.checked_sub(1).filter(|&v| v >= lo)?;
        let k = tokens::key(w(v));
        let verb = self.toks[v].is_word()
            && !tokens::is_capitalised(w(v))
            && !crate::detect::lexicon::speaker_boundaries().contains(&k)
            && !crate::detect::lexicon::cue_fillers().contains(&k)
            && !crate::detect::lexicon::reporting_verbs().contains(&k)
            && !crate::detect::lexicon::function_words().contains(&k);
        verb.then_some(d)
    }

    /// The subject before "to" and up to four lower-case words of the verb it depends on:
    /// "Mr. Trump was prompted to say" → Mr. Trump.
    fn infinitive_subject(&self, cue: &Cue, lo: usize) -> Option<Speaker> {
        let text = self.text();
        let w = |i: usize| &text[self.toks[i].span.start..self.toks[i].span.end];
        if cue.first <= lo + 1 || !self.toks[cue.first - 1].is_word() || tokens::key(w(cue.first - 1)) != "to" {
            return None;
        }
        let mut j = cue.first - 1;
        while j > lo && cue.first - 1 - j < 4 && self.toks[j - 1].is_word() && {
            let k = tokens::key(w(j - 1));
            !tokens::is_capitalised(w(j - 1))
                && !crate::detect::lexicon::speaker_boundaries().contains(&k)
                && !crate::detect::lexicon::speaker_determiners().contains(&k)
                && !crate::detect::lexicon::pronouns().contains(&k)
                && !crate::detect::lexicon::reporting_verbs().contains(&k)
        } {
            j -= 1;
        }
        // Whoever took to a platform speaks, a description too ("The club took to X to …").
        let platform = j == cue.first - 1;
        if platform {
            j = self.took_to_platform(lo, j)?;
        }
        speakers::before(text, &self.toks[..cue.first], lo, j)
            .filter(|s| matches!(s.kind, Kind::Person | Kind::Organisation | Kind::Pronoun) || (platform && s.kind == Kind::Nominal))
    }

    /// "The governor took to Facebook to call …", "Lewandowski taking to Twitter to
    /// call …": a platform named between "took to" and the infinitive's "to" at token `to`
    /// (one or two capitalised words); gives the token of "took", whose subject speaks.
    fn took_to_platform(&self, lo: usize, to: usize) -> Option<usize> {
        let text = self.text();
        let w = |i: usize| &text[self.toks[i].span.start..self.toks[i].span.end];
        let mut p = to;
        while p > lo && to - p < 2 && self.toks[p - 1].is_word() && tokens::is_capitalised(w(p - 1)) {
            p -= 1;
        }
        let took = p >= lo + 2
            && p < to
            && self.toks[p - 1].is_word()
            && tokens::key(w(p - 1)) == "to"
            && self.toks[p - 2].is_word()
            && matches!(tokens::key(w(p - 2)).as_str(), "took" | "take" | "takes" | "taking" | "went" | "turned");
        took.then_some(p - 2)
    }

    /// The speaker of the reporting verb a participle cue continues: the nearest cue before
    /// it in the same clause, a few words back, with no stop, colon or quotation between
    /// ("Nefzi said, adding", "said Spicer, adding", "wrote in a statement to Wired explaining").
    fn participle_of_cue(&self, cue: &Cue, lo: usize) -> Option<Speaker> {
        const REACH: usize = 8;
        let from = lo.max(cue.first.saturating_sub(REACH + 3));
        let prev = self.cues(from, cue.first).into_iter().rev().find(|c| !c.text.ends_with("ing") && !c.is_according_to())?;
        let between = &self.toks[prev.end..cue.first];
        let commas = between.iter().filter(|t| t.is(',')).count();
        let open = between.iter().all(|t| t.is_word() || t.is(',')) && commas <= 1;
        // "offered a Trump-style retort, tweeting": a cue after a determiner is a noun.
        let text = self.text();
        let det = |j: usize| {
            self.toks[j].is_word()
                && crate::detect::lexicon::speaker_determiners().contains(&tokens::key(&text[self.toks[j].span.start..self.toks[j].span.end]))
        };
        let hyphened = |j: usize| text[self.toks[j].span.start..self.toks[j].span.end].contains('-');
        let noun = (prev.first > lo && det(prev.first - 1)) || (prev.first > lo + 1 && det(prev.first - 2) && hyphened(prev.first - 1));
        if noun || between.len() > REACH || !open || self.is_quoted(self.toks[prev.first].span.start) {
            return None;
        }
        self.speaker_of(&prev, lo, cue.first, true).filter(|s| matches!(s.kind, Kind::Person | Kind::Organisation))
    }

    /// The subject of the clause a cue is coordinated into: "New York Congressman Pete
    /// King spoke to reporters afterwards and said …" → Pete King.
    pub(super) fn coordinated_subject(&self, cue: &Cue, lo: usize) -> Option<Speaker> {
        let text = self.text();
        let mut j = cue.first;
        while j > lo
            && self.toks[j - 1].is_word()
            && crate::detect::lexicon::cue_fillers().contains(&tokens::key(&text[self.toks[j - 1].span.start..self.toks[j - 1].span.end]))
        {
            j -= 1;
        }
        if j == lo
            || !self.toks[j - 1].is_word()
            || !matches!(tokens::key(&text[self.toks[j - 1].span.start..self.toks[j - 1].span.end]).as_str(), "and" | "but")
        {
            return None;
        }
        // The clause opens after the last punctuation or "but" before the conjunction.
        let mut c = j - 1;
        while c > lo {
            let t = &self.toks[c - 1];
            let w = &text[t.span.start..t.span.end];
            if (!t.is_word() && !matches!(t.punct, Some('.' | '(' | ')' | '-'))) || w == "but" {
                break;
            }
            c -= 1;
        }
        let s = speakers::after(text, &self.toks[..j - 1], c, j - 1)?;
        (s.kind != Kind::Nominal || s.name.split(' ').count() <= 4).then_some(s)
    }

    /// The person or organisation that opens the clause in tokens `lo..hi`, past a
    /// dateline or an opening adverbial. With no cue to go on (`credited` false), a single
    /// capitalised word must be written as a name elsewhere in the article too.
    pub(super) fn clause_subject(&self, lo: usize, hi: usize, credited: bool) -> Option<Speaker> {
        let text = self.text();
        let mut start = lo;
        // Skip a dateline: "WASHINGTON (AP) — …", "NEW DELHI: …".
        if let Some(end) = self.dateline_end(start, hi) {
            start = end;
        } else if let Some(dash) = (start..hi.min(start + 8)).find(|&i| matches!(self.toks[i].punct, Some('\u{2014}' | '\u{2013}' | '-'))) {
            let w = &text[self.toks[start].span.start..self.toks[start].span.end];
            if (w.len() > 1 && w.chars().all(|c| !c.is_lowercase())) || self.agency_dateline(start, dash) {
                start = dash + 1;
            }
        }
        // Skip a run-in heading: "Gender Equality: It was under Mr. Ban …".
        if let Some(colon) = self.run_in_heading(start, hi) {
            start = colon + 1;
        }
        // Skip the opening adverbials, one after another: "In July, …", "Speaking in Iowa,
        // …", "On Thursday, after remaining neutral, Warren …", "Early in his campaign, …".
        for round in 0..3 {
            while start < hi && !self.toks[start].is_word() && self.toks[start].is(',') {
                start += 1;
            }
            if start >= hi || !self.toks[start].is_word() {
                break;
            }
            let k = tokens::key(&text[self.toks[start].span.start..self.toks[start].span.end]);
            if !self.opens_adverbial(start, round == 0) {
                break;
            }
            match (start..hi.min(start + adverbial_reach(&k))).find(|&i| self.toks[i].is(',')) {
                Some(c) => start = c + 1,
                None if matches!(k.as_str(), "and" | "but" | "so" | "yet" | "or") => start += 1,
                None => return None,
            }
        }
        while start < hi && !self.toks[start].is_word() {
            start += 1;
        }
        // A headline capitalises its verbs too: its subject is a known surname or the first
        // two words ("Frustrated Parents Rally Nationwide To …").
        if self.in_headline(start) {
            let word = |i: usize| self.toks.get(i).filter(|t| i < hi && t.is_word()).map(|t| &text[t.span.start..t.span.end]);
            let first = word(start)?;
            let k = tokens::key(first);
            if crate::detect::lexicon::cue_fillers().contains(&k)
                || crate::detect::lexicon::speaker_boundaries().contains(&k)
                || crate::detect::lexicon::speaker_determiners().contains(&k)
            {
                return None;
            }
            let known = self.names.full(k.as_str(), usize::MAX).is_some();
            // A role or title before the name is read with it: "Senator Jane Doe Vows …".
            let lead = (start..hi.min(start + 3)).take_while(|&i| word(i).is_some_and(|w| is_role_word(&tokens::key(w)))).count();
            let take = lead + if known { 1 } else { 2 };
            if (start..start + take).all(|i| word(i).is_some_and(tokens::is_capitalised)) {
                let phrase = Span::new(self.toks[start].span.start, self.toks[start + take - 1].span.end);
                let s = speakers::describe(text, &self.toks[start..start + take], phrase, None);
                return matches!(s.kind, Kind::Person | Kind::Organisation).then_some(s);
            }
            return None;
        }
        let skipped_adverbial = start > lo + 1;
        let hi = self.description_verb(start, hi).unwrap_or(hi);
        let mut speaker = speakers::after(text, &self.toks[..hi], start, hi)?;
        // "At a town hall in Salem, New Hampshire, Trump went after Bush": a place name
        // followed by a comma and another name is still the adverbial; so is a word of
        // time ("Hours later, Trump returned").
        for _ in 0..2 {
            let mut end = self.tok_at(speaker.span.end);
            while end < hi && self.toks[end].is_word() && {
                let k = tokens::key(&text[self.toks[end].span.start..self.toks[end].span.end]);
                matches!(k.as_str(), "later" | "earlier" | "ago" | "before" | "after") || crate::detect::lexicon::time_words().contains(&k)
            } {
                end += 1;
            }
            let place_tail = skipped_adverbial && !speaker.name.contains(' ') && end + 1 < hi && self.toks[end].is(',') && self.toks[end + 1].is_word();
            if place_tail
                || (end + 1 < hi
                    && self.toks[end].is(',')
                    && self.toks[end + 1].is_word()
                    && tokens::is_capitalised(&text[self.toks[end + 1].span.start..self.toks[end + 1].span.end]))
            {
                match speakers::after(text, &self.toks[..hi], end + 1, hi).or_else(|| self.past_adverbial(end + 1, hi)) {
                    Some(next) => speaker = next,
                    None => break,
                }
            } else {
                break;
            }
        }
        // "There's still time for Cruz …", "Here in Columbia …": a function word is no name.
        if speaker.kind != Kind::Pronoun && !speaker.name.contains(' ') {
            let k = tokens::key(speaker.name.split(['\'', '\u{2019}']).next().unwrap_or(""));
            if is_deictic(&k) || crate::detect::lexicon::pronouns().contains(&k) {
                return None;
            }
        }
        // "Her best-known novel, Les Voisins (1989), sold …": a work's title is no subject
        // that speaks.
        if matches!(speaker.kind, Kind::Person | Kind::Organisation)
            && works::is_work_title(text, self.toks, self.tok_at(speaker.span.start), self.tok_at(speaker.span.end))
        {
            return None;
        }
        match speaker.kind {
            Kind::Nominal if credited => Some(speaker),
            Kind::Organisation => Some(speaker),
            // A name must be written as one elsewhere too: "Back in 2008" is no person.
            Kind::Person => {
                let at = self.tok_at(speaker.span.start);
                let end = self.tok_at(speaker.span.end);
                let named = credited
                    || speaker.name.contains(' ')
                    || self.names.full(&speaker.name, usize::MAX).is_some()
                    || (at..end).filter(|&i| self.toks[i].is_word()).all(|i| {
                        let w = &text[self.toks[i].span.start..self.toks[i].span.end];
                        let k = tokens::key(w);
                        !tokens::is_capitalised(w)
                            || self.midcap.contains(&*k)
                            || crate::detect::lexicon::speaker_honorifics().contains(&k)
                            || crate::detect::lexicon::speaker_roles().contains(&k)
                    });
                named.then_some(speaker)
            }
            _ => None,
        }
    }

    /// The verb that ends a description opening a clause at token `start`: "A senior aide
    /// played down the remarks", "The union leader rallied members". A description opens on
    /// a determiner; a lower-case past-tense word two words or more into it, after a noun
    /// rather than an adverb or another participle, is its verb ("a retired teacher", "a
    /// highly respected surgeon" keep theirs as adjectives), and so is an auxiliary.
    fn description_verb(&self, start: usize, hi: usize) -> Option<usize> {
        let text = self.text();
        let w = |i: usize| &text[self.toks[i].span.start..self.toks[i].span.end];
        if start >= hi || !self.toks[start].is_word() || !crate::detect::lexicon::speaker_determiners().contains(&tokens::key(w(start))) {
            return None;
        }
        let mut i = start + 1;
        while i < hi && self.toks[i].is_word() {
            let k = tokens::key(w(i));
            let prev = tokens::key(w(i - 1));
            let past = !tokens::is_capitalised(w(i)) && ((k.len() > 4 && k.ends_with("ed")) || crate::detect::lexicon::irregular_past_verbs().contains(&k));
            let after_noun = !(prev.ends_with("ly") || prev.ends_with("ed") || prev.ends_with("ing"));
            if past && i >= start + 2 && after_noun && !crate::detect::lexicon::speaker_boundaries().contains(&prev) {
                return Some(i);
            }
            // An auxiliary after the noun: "The senator was rallying for …", "A spokesman had
            // said".
            if matches!(k.as_str(), "was" | "were" | "is" | "are" | "has" | "have" | "had" | "will" | "would" | "could" | "did") {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    /// Whether tokens `start..dash` are a dateline written in mixed case with the agency in
    /// brackets: "Washington (AFP) –", "Kabul, Afghanistan (Reuters) —". The place is no
    /// speaker.
    fn agency_dateline(&self, start: usize, dash: usize) -> bool {
        let text = self.text();
        let capital = |i: usize| self.toks[i].is_word() && tokens::is_capitalised(&text[self.toks[i].span.start..self.toks[i].span.end]);
        let agency = (start + 1..dash).find(|&i| self.toks[i].is('(')).is_some_and(|open| {
            open + 2 < dash && self.toks[open + 2].is(')') && self.toks[open + 1].is_word() && {
                let a = &text[self.toks[open + 1].span.start..self.toks[open + 1].span.end];
                a.chars().next().is_some_and(char::is_uppercase) && a.len() >= 2
            }
        });
        agency && capital(start) && (start..dash).all(|i| !self.toks[i].is_word() || capital(i))
    }

    /// Whether the word at token `i`, opening a clause, opens an adverbial before its
    /// subject: a preposition or conjunction, an adverb, a word of time, a participle, or a
    /// capitalised adverb the article never writes as a name ("Early in his campaign,",
    /// "Here in Columbia,", "Shortly after the call ended,").
    /// After a first adverbial (`first` false) only a preposition, a conjunction, a
    /// participle or an adverb opens another: an auxiliary or a word of time there is the
    /// subject's own ("Instead, Will called …" is George Will).
    fn opens_adverbial(&self, i: usize, first: bool) -> bool {
        let lex = crate::detect::lexicon::speaker_boundaries();
        let w = &self.text()[self.toks[i].span.start..self.toks[i].span.end];
        let k = tokens::key(w);
        // "About 200 protesters …", "Nearly 40 percent …": a count is the subject.
        let count_follows =
            self.toks.get(i + 1).is_some_and(|t| t.is_word() && self.text()[t.span.start..t.span.end].starts_with(|c: char| c.is_ascii_digit()));
        if count_follows && crate::detect::lexicon::hedges().entry_for_key(&k).is_some() {
            return false;
        }
        if lex.contains(&k) || k.ends_with("ing") {
            return true;
        }
        if first
            && (crate::detect::lexicon::cue_fillers().contains(&k)
                || crate::detect::lexicon::time_words().contains(&k)
                || crate::detect::lexicon::reporting_verbs().contains(&k))
        {
            return true;
        }
        // Before a preposition, as adverbs stand ("Early in", "Shortly after"), where a name
        // ending the same ("Kelly hugged") is followed by its verb.
        let before_preposition = self.toks.get(i + 1).is_some_and(|t| t.is_word() && lex.contains(&tokens::key(&self.text()[t.span.start..t.span.end])));
        // "Reached by POLITICO, …", "Asked about it, …": a past participle before a
        // preposition opens an adverbial too.
        let participle = k.len() > 4 && k.ends_with("ed");
        let adverb = (k.len() > 4 && k.ends_with("ly") && !super::groups::is_ly_noun(&k)) || is_deictic(&k) || participle;
        adverb && before_preposition && !self.midcap.contains(&*k) && self.names.full(&k, usize::MAX).is_none()
    }

    /// "At a rally in Ames, Iowa, on Sunday, Mrs. Clinton …": after the place, another
    /// adverbial piece opening at token `i` ("on Sunday,", "last week,") is skipped; the
    /// speaker is read after it.
    fn past_adverbial(&self, i: usize, hi: usize) -> Option<Speaker> {
        if i >= hi || !self.toks[i].is_word() {
            return None;
        }
        let timed = crate::detect::lexicon::time_words().contains(&tokens::key(&self.text()[self.toks[i].span.start..self.toks[i].span.end]));
        if !timed && !self.opens_adverbial(i, false) {
            return None;
        }
        let c = (i..hi.min(i + 6)).find(|&j| self.toks[j].is(','))?;
        speakers::after(self.text(), &self.toks[..hi], c + 1, hi)
    }

    /// The subject of the sentence holding `pos`, when it names a person or an
    /// organisation before `pos`: "Trump openly admires Putin as a “strong leader”".
    /// A subordinate clause holding `pos` has a subject of its own, which says its quoted
    /// words: "Jindal signed the order, while Mike Huckabee proposed we “…”" is Huckabee's.
    pub fn sentence_subject(&self, pos: usize) -> Option<Speaker> {
        let s = self.doc.sentence_at(pos)?;
        let main = self.clause_subject(self.sentence_toks[s], self.tok_at(pos), false);
        match (self.subordinate_subject(s, pos), main) {
            (Some(sub), Some(main)) if sub.span.start <= main.span.start => Some(main),
            (Some(sub), _) => Some(sub),
            (None, main) => main,
        }
    }

    /// "the Hollywood columnist Louella Parsons had written": the name in a description
    /// read on past its verb, the words before the name its role.
    /// Tokens `start..stop`.
    fn name_in_description(&self, start: usize, stop: usize) -> Option<Speaker> {
        let text = self.text();
        let capitalised = |i: usize| self.toks[i].is_word() && tokens::is_capitalised(&text[self.toks[i].span.start..self.toks[i].span.end]);
        let mut a = (start + 1..stop.min(start + 5)).find(|&i| capitalised(i))?;
        // A capitalised modifier before a lower-case office opens the role: "the Hollywood columnist".
        while let Some(next) = (a + 1..stop.min(a + 3)).find(|&i| capitalised(i)).filter(|&n| (a + 1..n).any(|i| !capitalised(i))) {
            a = next;
        }
        let b = (a..stop).find(|&i| !capitalised(i)).unwrap_or(stop);
        if b - a < 2 {
            return None;
        }
        let name = speakers::describe(text, &self.toks[a..b], Span::new(self.toks[a].span.start, self.toks[b - 1].span.end), None);
        let role = text[self.toks[start].span.start..self.toks[a - 1].span.end].to_string();
        (name.kind == Kind::Person).then_some(Speaker { role: Some(role), ..name })
    }

    /// The person or organisation that opens the subordinate clause holding `pos` in
    /// sentence `s`: after the last conjunction before `pos` ("When Trump later referred to
    /// the shooting and said he would “protect …”", "As the columnist Ann Ruiz had written,
    /// “…”"). A comma after the clause's verb closes it ("When Ortiz left, the crowd chanted
    /// “…”" is not Ortiz's), unless a reporting verb stands right before that comma, whose
    /// words the quote then are ("as Kumar put it, “…”").
    fn subordinate_subject(&self, s: usize, pos: usize) -> Option<Speaker> {
        const CLAUSE_REACH: usize = 24;
        let text = self.text();
        let key = |i: usize| tokens::key(&text[self.toks[i].span.start..self.toks[i].span.end]);
        let lo = self.sentence_toks[s];
        let hi = self.tok_at(pos);
        let conj = (lo..hi).rev().find(|&i| {
            self.toks[i].is_word()
                && self.toks.get(i + 1).is_some_and(|t| i + 1 < hi && t.is_word())
                && crate::detect::lexicon::clause_conjunctions().contains(&key(i))
                && !self.is_quoted(self.toks[i].span.start)
                // "such as", "as well as", "known as": joined to the words before it.
                && !(key(i) == "as" && i > lo && self.toks[i - 1].is_word() && matches!(key(i - 1).as_str(), "such" | "well" | "known" | "same" | "so" | "as" | "just"))
        })?;
        // Inside words reported by a cue before it ("Trump said Cruz was weak, while Rubio is
        // “a lightweight”"), the clause is the reporter's statement, not its subject's.
        if !self.cues(lo, conj).is_empty() {
            return None;
        }
        // A description read on into its verb ("the columnist Ruth Okafor had written") is
        // no speaker phrase: its name is.
        let speaker = match speakers::after(text, &self.toks[..hi], conj + 1, hi) {
            Some(s) if s.kind != Kind::Nominal => s,
            _ if self.toks[conj + 1].is_word() && crate::detect::lexicon::speaker_determiners().contains(&key(conj + 1)) => {
                self.name_in_description(conj + 1, hi.min(conj + 8))?
            }
            _ => return None,
        };
        let mut end = self.tok_at(speaker.span.end);
        // A possessive is no subject: "before Mrs. Lee's speech titled “…”".
        let possessive = speaker.name.split_whitespace().any(|w| w.ends_with("'s") || w.ends_with("\u{2019}s") || w.ends_with('\''));
        if !matches!(speaker.kind, Kind::Person | Kind::Organisation) || possessive || end >= hi || hi - end > CLAUSE_REACH {
            return None;
        }
        if speaker.kind == Kind::Person && !speaker.name.contains(' ') && self.names.full(&speaker.name, usize::MAX).is_none() {
            return None;
        }
        // An appositive set off by commas: "while Mike Huckabee, the former governor, proposed".
        if self.toks[end].is(',') {
            end = (end + 1..hi.min(end + 16)).find(|&i| self.toks[i].is(',') && !self.is_quoted(self.toks[i].span.start))? + 1;
        }
        // The clause's verb follows, in lower case; a copula makes the quote a description
        // of the subject ("while Ortiz is “a menace”"), not their words.
        if end >= hi || !self.toks[end].is_word() || tokens::is_capitalised(&text[self.toks[end].span.start..self.toks[end].span.end]) {
            return None;
        }
        if matches!(key(end).as_str(), "is" | "was" | "are" | "were" | "be" | "being" | "been" | "seems" | "seemed" | "remains" | "remained") {
            return None;
        }
        let closing = (end..hi).find(|&i| self.toks[i].is(',') || self.toks[i].is(';'));
        match closing {
            None => Some(speaker),
            Some(c) => {
                let last_comma = (c..hi).all(|i| i == c || !self.toks[i].is_word());
                // "as Amar put it,", "as Ruiz had written years before,": the verb among
                // the clause's last words.
                let said = (end.max(c.saturating_sub(4))..c).any(|i| {
                    let v = key(i);
                    self.toks[i].is_word() && (crate::detect::lexicon::reporting_verbs().contains(&v) || matches!(v.as_str(), "put" | "written"))
                });
                (last_comma && said && self.toks[c].is(',')).then_some(speaker)
            }
        }
    }

    /// Records the person or organisation that opens sentence `i` as met there.
    pub fn remember_subject(&self, i: usize, history: &mut Vec<(usize, Speaker, String)>) {
        if let Some((at, s, name)) = self.reading(i).and_then(|r| r.subject.clone()) {
            let at = history.partition_point(|h| h.0 <= at);
            history.insert(at, (s.span.start, s, name));
        }
    }

    /// The subject of sentence `i` with the name it is shown under, for [`Context::remember_subject`].
    pub(super) fn read_subject(&self, i: usize) -> Option<(usize, Speaker, String)> {
        let (Some(&lo), Some(&hi)) = (self.sentence_toks.get(i), self.sentence_toks.get(i + 1)) else { return None };
        // A heading set as a sentence ("Gender Equality.") names no one a pronoun stands for.
        if crate::text::words::reads_as_heading(self.doc.slice(self.doc.sentences[i].span)) {
            return None;
        }
        // An office with no name ("The prime minister voted …") is met too, for a pronoun
        // no named person near can stand for.
        let s = self.clause_subject(lo, hi, false).or_else(|| {
            // The looser reading, taken once: an office, or a body named by one word.
            let loose = self.clause_subject(lo, hi, true)?;
            match loose.kind {
                Kind::Nominal if is_office_phrase(&loose.name) => Some(loose),
                Kind::Person => self.as_body(loose),
                _ => None,
            }
        })?;
        let name = self.display_name(&s);
        // "“Texas deserves better,” she said.": a word inside a quotation is someone a
        // pronoun outside it stands for only as a person the article names in full.
        if self.is_quoted(s.span.start) && !(s.kind == Kind::Person && name.contains(' ')) {
            return None;
        }
        Some((s.span.start, s, name))
    }

    /// The most recent person or organisation credited before `pos`, no more than
    /// [`PRONOUN_REACH`] sentences back, for a pronoun to stand for. `history` is ordered
    /// by position.
    /// Gives the person's full name and the role the article gave them.
    pub fn antecedent(&self, history: &[(usize, Speaker, String)], pos: usize, pronoun: &str) -> Option<(String, Option<String>)> {
        let here = self.sentence_of(pos);
        let want_org = matches!(pronoun.to_lowercase().as_str(), "it" | "they" | "we");
        // "Le Monde quoted him as saying", "A neighbour heard her say": an object pronoun
        // never stands for the subject of its own clause, so it looks before its sentence.
        let object = matches!(pronoun.to_lowercase().as_str(), "him" | "her" | "them");
        let pos = if object { self.doc.sentences.get(here).map_or(pos, |s| s.span.start.min(pos)) } else { pos };
        let before = history.partition_point(|h| h.0 < pos || (!object && h.0 == pos));
        for (p, s, name) in history[..before].iter().rev() {
            if here.saturating_sub(self.sentence_of(*p)) > PRONOUN_REACH {
                break;
            }
            let fits = match s.kind {
                Kind::Person => !want_org || (pronoun.eq_ignore_ascii_case("it") && self.reads_as_body(s, name)),
                Kind::Organisation => want_org,
                _ => false,
            };
            // "“…,” Pete Buttigieg said, before Maria Cantwell interrupted. “…,” she said.":
            // the person named since, as the subject of a clause, whom the pronoun fits.
            if fits && s.kind == Kind::Person {
                if let Some(other) = self.fitting_subject_since(s.span.end, pos, name, pronoun) {
                    return Some((other, None));
                }
            }
            // "he" does not stand for a person the article calls "Ms.", nor "she" for a "Mr.".
            if fits && s.kind == Kind::Person && self.sex_conflicts(name, pronoun) {
                continue;
            }
            if fits {
                // A pronoun stands for the person, not for the source that relayed them.
                let name = name.split_once(" (via ").map_or(name.as_str(), |(n, _)| n);
                return Some((name.to_string(), s.role.clone()));
            }
        }
        // "Jane Roe toured the site. “…,” she said.": with no one credited or opening a
        // sentence before, the one person the sentences just before name in full.
        if want_org || matches!(pronoun.to_lowercase().as_str(), "who") {
            return None;
        }
        // Of two people named, the one the pronoun's sex fits ("Mark Carney met Chrystia
        // Freeland. … she said").
        let from = self.doc.sentences.get(here.saturating_sub(PERSON_REACH)).map_or(0, |s| s.span.start);
        // Every one of them must have a known sex (a place or a party read as a name has
        // none), and exactly one must fit.
        let met: Vec<&str> = self.names.persons_in(from, pos).collect();
        let Some(&one) = met.first() else {
            return self.role_antecedent(history, pos);
        };
        if met.iter().all(|n| *n == one) {
            return Some((one.to_string(), None));
        }
        if !met.iter().all(|n| self.known_sex(n).is_some()) {
            return None;
        }
        let mut fit = met.into_iter().filter(|n| self.known_sex(n).is_none_or(|sex| sex_of_pronoun(pronoun).is_none_or(|want| sex == want)));
        let one = fit.next()?;
        fit.all(|n| n == one).then(|| (one.to_string(), None))
    }
}

impl Context<'_> {
    /// Whether a speaker read as a person ("Nimbus said", one capitalised word with no
    /// organisation word in it) may be the body "it" stands for ("Nimbus unveiled a phone
    /// that it says lasts two days"): one capitalised word with no role, and nothing the
    /// article tells of a person (no full name, given name or honorific with it). A
    /// surname ("Trump said …, it said") never fits.
    fn reads_as_body(&self, s: &Speaker, name: &str) -> bool {
        let one_word = !name.contains(' ') && !s.name.contains(' ');
        one_word
            && s.role.is_none()
            && tokens::is_capitalised(name)
            && self.names.full(name, usize::MAX).is_none()
            && self.names.by_first_name(name, usize::MAX).is_none()
            && crate::detect::lexicon::given_names().entry_for_key(&tokens::key(name)).is_none()
            && !self.sexes().contains_key(&*tokens::key(name))
    }

    /// "Nimbus on Tuesday unveiled the Fold X": a subject of one capitalised word that
    /// the article never names as a person ([`Context::reads_as_body`]) and writes as a
    /// proper noun (capitalised twice or more, never in lower case), met as a body for
    /// "it" to stand for. Kept as an organisation, so "he" and "she" never reach it.
    fn as_body(&self, s: Speaker) -> Option<Speaker> {
        if !self.reads_as_body(&s, &s.name) || !self.written_as_proper_noun(&s.name) {
            return None;
        }
        Some(Speaker { kind: Kind::Organisation, ..s })
    }

    /// Whether `word` stands capitalised at least twice in the article and never in lower
    /// case: a proper noun, not a common word that opens a sentence ("Inflation rose …").
    /// The article's words are counted once, when a subject first asks.
    fn written_as_proper_noun(&self, word: &str) -> bool {
        let counts = self.proper_nouns.get_or_init(|| {
            let text = self.text();
            let mut out: rustc_hash::FxHashMap<String, Option<u32>> = rustc_hash::FxHashMap::default();
            for t in self.toks.iter().filter(|t| t.is_word()) {
                let w = &text[t.span.start..t.span.end];
                let entry = out.entry(tokens::key(w).as_str().to_owned()).or_insert(Some(0));
                // A word once written in lower case is a common word for good.
                *entry = if tokens::is_capitalised(w) { entry.map(|n| n + 1) } else { None };
            }
            out
        });
        counts.get(&*tokens::key(word)).copied().flatten().is_some_and(|n| n >= 2)
    }

    /// "The prime minister voted against it. “…,” she told reporters.": with no person
    /// named near, the office met last as a subject (a singular role after "the") is whom
    /// the pronoun stands for, shown as the article writes it.
    fn role_antecedent(&self, history: &[(usize, Speaker, String)], pos: usize) -> Option<(String, Option<String>)> {
        let here = self.sentence_of(pos);
        let before = history.partition_point(|h| h.0 <= pos);
        let (_, s, _) = history[..before]
            .iter()
            .rev()
            .take_while(|(p, _, _)| here.saturating_sub(self.sentence_of(*p)) <= PRONOUN_REACH)
            .find(|(_, s, _)| s.kind == Kind::Nominal)?;
        is_office_phrase(&s.name).then(|| (s.name.clone(), None))
    }

    /// When the pronoun's sex rules out `name` (the person last credited or met as a
    /// subject), the last person named in full after `from` and before `pos`, outside
    /// quotes and as the subject of a clause (a lower-case verb follows, no preposition
    /// before), whose known sex fits the pronoun. `None` when no sex is told either way.
    fn fitting_subject_since(&self, from: usize, pos: usize, name: &str, pronoun: &str) -> Option<String> {
        let want = sex_of_pronoun(pronoun)?;
        if self.known_sex(name)? == want {
            return None;
        }
        let (lo, hi) = (self.tok_at(from), self.tok_at(pos));
        // Mentions as (first token, last token, name shown): full names, and an honorific
        // with a surname ("Mrs. Collins").
        let mut met: Vec<(usize, usize, String)> = self
            .names
            .persons_at(from, pos)
            .filter(|(_, person)| self.known_sex(person) == Some(want))
            .map(|(at, person)| {
                let first = self.tok_at(at);
                (first, first + person.split_whitespace().count() - 1, person.to_string())
            })
            .collect();
        met.extend((lo..hi).filter_map(|i| self.honorific_mention(i, want)));
        met.sort_by_key(|m| m.0);
        met.into_iter().rev().find(|(first, last, _)| self.reads_as_subject(*first, *last)).map(|m| m.2)
    }

    /// "Mrs. Collins" at token `i` with the honorific of sex `want`: the mention, shown by
    /// the full name met before if any.
    fn honorific_mention(&self, i: usize, want: char) -> Option<(usize, usize, String)> {
        let text = self.text();
        let w = |i: usize| &text[self.toks[i].span.start..self.toks[i].span.end];
        let entry = crate::detect::lexicon::gendered_honorifics().entry_for_key(&tokens::key(w(i)))?;
        let sex = if entry.trim_end().ends_with('f') { 'f' } else { 'm' };
        let mut j = i + 1;
        while j < self.toks.len() && self.toks[j].is('.') {
            j += 1;
        }
        let surname = (j < self.toks.len() && self.toks[j].is_word() && tokens::is_capitalised(w(j))).then(|| w(j))?;
        if sex != want || self.toks.get(j + 1).is_some_and(|t| t.is_word() && tokens::is_capitalised(w(j + 1))) {
            return None;
        }
        let shown = self.names.full(surname, self.toks[j].span.start).unwrap_or(surname).to_string();
        Some((i, j, shown))
    }

    /// Whether the mention at tokens `first..=last` is the subject of a clause: outside
    /// quotes, no preposition before it, a lower-case verb after it.
    fn reads_as_subject(&self, first: usize, last: usize) -> bool {
        let text = self.text();
        let w = |i: usize| &text[self.toks[i].span.start..self.toks[i].span.end];
        let next = last + 1;
        if self.is_quoted(self.toks[first].span.start) || next >= self.toks.len() || !self.toks[next].is_word() {
            return false;
        }
        let k = tokens::key(w(next));
        let possessive = w(last).ends_with("'s") || w(last).ends_with("\u{2019}s");
        let verb_follows = !possessive && !tokens::is_capitalised(w(next)) && !crate::detect::lexicon::speaker_boundaries().contains(&k);
        let object = first > 0
            && self.toks[first - 1].is_word()
            && matches!(tokens::key(w(first - 1)).as_str(), "to" | "with" | "by" | "for" | "of" | "from" | "at" | "on" | "against" | "about" | "than");
        // After an article a name modifies a noun ("for the Bernie Sanders campaign").
        let modifier = first > 0 && self.toks[first - 1].is_word() && matches!(tokens::key(w(first - 1)).as_str(), "the" | "a" | "an");
        verb_follows && !object && !modifier
    }
}

/// Whether a speaker phrase names one office and no one by name: "The prime minister",
/// "the company's chief executive", "The Prime Minister" (a singular role after "the", and
/// no given name: UK and Australian outlets capitalise offices).
fn is_office_phrase(name: &str) -> bool {
    let words: Vec<String> = name.split_whitespace().map(|w| tokens::key(w).into()).collect();
    (2..=4).contains(&words.len())
        && words[0] == "the"
        && words.last().is_some_and(|k| crate::detect::lexicon::speaker_roles().contains(k))
        && !name.split_whitespace().skip(1).any(|w| tokens::is_capitalised(w) && crate::detect::lexicon::given_names().contains(&tokens::key(w)))
}

/// The sex a personal pronoun refers to: "he" m, "she" f, others none.
fn sex_of_pronoun(pronoun: &str) -> Option<char> {
    match pronoun.to_lowercase().as_str() {
        "he" | "him" | "his" => Some('m'),
        "she" | "her" | "hers" => Some('f'),
        _ => None,
    }
}

/// The sex a full name's given name tells ("Chrystia Freeland" → f), from
/// [`crate::detect::lexicon::given_names`]; `None` for a lone surname, or a given name
/// that tells nothing (given to both, or not in the list).
fn given_name_sex(name: &str) -> Option<char> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    words.next()?;
    let entry = crate::detect::lexicon::given_names().entry_for_key(&tokens::key(first))?;
    Some(if entry.trim_end().ends_with('f') { 'f' } else { 'm' })
}

/// How many tokens an opening adverbial may run before its comma. A participle clause or
/// a prepositional phrase may run long ("Speaking at a town hall event in Salem, New
/// Hampshire, Trump …", "In one exchange between Clinton and her chief of staff Cheryl
/// Mills in April 2012, Mills …"); a conjunction opens a clause with its own subject and
/// commas, which a long reach would skip ("But Mr. Sanders showed no sign of backing
/// down, releasing …").
fn adverbial_reach(opener: &str) -> usize {
    if (opener.len() > 4 && opener.ends_with("ing")) || crate::detect::lexicon::long_adverbial_openers().contains(opener) {
        LONG_ADVERBIAL_REACH
    } else {
        ADVERBIAL_REACH
    }
}

/// Most tokens of a participle phrase or relative clause between a subject and its cue.
const MODIFIER_REACH: usize = 12;

/// Tokens before the comma that closes an opening adverbial ("In July, …").
const ADVERBIAL_REACH: usize = 8;
/// Tokens before the comma that closes an opening participle clause or a phrase opened by
/// a preposition ([`crate::detect::lexicon::long_adverbial_openers`]).
const LONG_ADVERBIAL_REACH: usize = 14;

impl Context<'_> {
    /// Whether `pronoun` ("he", "she") disagrees with the sex the article's honorifics give
    /// the person shown as `name` (its last word, the surname). Unknown sexes never conflict.
    fn sex_conflicts(&self, name: &str, pronoun: &str) -> bool {
        let Some(want) = sex_of_pronoun(pronoun) else { return false };
        let name = name.split_once(" (via ").map_or(name, |(n, _)| n);
        let surname = name.split_whitespace().last().unwrap_or("");
        self.sexes().get(&*tokens::key(surname)).is_some_and(|&sex| sex != '?' && sex != want)
    }

    /// The sex of the person shown as `name`: from the article's honorifics before the
    /// surname ("Mr. Cruz"), else from the given name ("Chrystia Freeland"); `None` when
    /// neither tells, or the honorifics disagree. Only the choice between people named in
    /// full asks the given name: over the credits already met, the honorifics alone decide
    /// (measured: the given name there moved as many PolNeAR credits away as it fixed).
    fn known_sex(&self, name: &str) -> Option<char> {
        let name = name.split_once(" (via ").map_or(name, |(n, _)| n);
        let surname = name.split_whitespace().last().unwrap_or("");
        let sex = match self.sexes().get(&*tokens::key(surname)) {
            Some(&sex) => Some(sex),
            None => given_name_sex(name),
        };
        sex.filter(|&s| s != '?')
    }

    /// Each surname's sex from the gendered honorifics before it ("Mr. Cruz" → m); a surname
    /// written with both ("Mr. Clinton", "Mrs. Clinton") has none.
    fn sexes(&self) -> &rustc_hash::FxHashMap<String, char> {
        self.sexes.get_or_init(|| {
            let text = self.text();
            let w = |i: usize| &text[self.toks[i].span.start..self.toks[i].span.end];
            let mut out: rustc_hash::FxHashMap<String, char> = rustc_hash::FxHashMap::default();
            for i in 0..self.toks.len() {
                if !self.toks[i].is_word() {
                    continue;
                }
                let Some(entry) = crate::detect::lexicon::gendered_honorifics().entry_for_key(&tokens::key(w(i))) else { continue };
                let sex = if entry.trim_end().ends_with('f') { 'f' } else { 'm' };
                // The surname: the last capitalised word of the name after the honorific.
                let mut j = i + 1;
                while j < self.toks.len() && self.toks[j].is('.') {
                    j += 1;
                }
                let mut last = None;
                while j < self.toks.len() && self.toks[j].is_word() && tokens::is_capitalised(w(j)) {
                    last = Some(j);
                    j += 1;
                }
                if let Some(l) = last {
                    let k = tokens::key(w(l));
                    match out.get(&*k) {
                        Some(&had) if had != sex => {
                            out.insert(k.into(), '?');
                        }
                        Some(_) => {}
                        None => {
                            out.insert(k.into(), sex);
                        }
                    }
                }
            }
            out
        })
    }
}

/// A word of office or a title that may stand before a name ("Senator", "Gov.").
fn is_role_word(k: &str) -> bool {
    crate::detect::lexicon::speaker_roles().contains(k) || crate::detect::lexicon::speaker_honorifics().contains(k)
}

/// "Here" and "There" opening a sentence point at a place or an existence, never at a
/// speaker ("Here in Columbia, Sanders …", "There's still time for Cruz …").
fn is_deictic(k: &str) -> bool {
    matches!(k, "here" | "there" | "back")
}

/// Whether a phrase read after a cue is the start of the reported clause, not a speaker:
/// "…, said the plan was “reckless”" reads "the plan was", whose auxiliary or copula (written
/// in lower case, so that "Will Smith" stays a name) makes it a clause.
fn holds_a_finite_verb(s: &Speaker) -> bool {
    s.name.split_whitespace().any(|w| {
        matches!(
            w,
            "was"
                | "were"
                | "is"
                | "are"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "could"
                | "can"
                | "did"
                | "does"
                | "do"
                | "should"
                | "must"
                | "might"
                | "may"
        )
    })
}
#[cfg(test)]
mod tests {
    use crate::text::attribution::credits_by_sentence;
    use crate::text::Document;

    /// The credit of `text` read as a paragraph after a headline (a lone line is one).
    fn credited(text: &str) -> Option<String> {
        let doc = Document::from_plain_text(&format!("A headline\n\n{text}"));
        credits_by_sentence(&doc).into_iter().skip(1).flatten().next().map(|c| c.name)
    }

    #[test]
    fn subject_found_past_several_opening_adverbials() {
        let text = "On Thursday, after weeks of silence, Warren appeared with Maddow and endorsed Clinton, saying the choice was clear.";
        assert_eq!(credited(text).as_deref(), Some("Warren"));
        let text = "In June 2009, after Clinton fell ill, Axelrod emailed her, telling her to rest.";
        assert_eq!(credited(text).as_deref(), Some("Axelrod"));
    }

    #[test]
    fn capitalised_adverb_opening_a_sentence_is_no_speaker() {
        assert_eq!(credited("Early in his campaign, Trump attacked Romney, calling him a failure.").as_deref(), Some("Trump"));
        assert_eq!(credited("Shortly after the call ended, Rubio hit back, saying the vote was wrong.").as_deref(), Some("Rubio"));
        assert_eq!(credited("Here in Columbia, Sanders stepped up his pitch, saying the law must change.").as_deref(), Some("Sanders"));
        assert_eq!(credited("There's still time for Cruz, even after dismissing them, calling them a cartel."), None);
        // A year after a preposition opens an adverbial.
        assert_eq!(credited("In 1991, John Boyd published a memoir, saying little.").as_deref(), Some("John Boyd"));
        // A surname spelled like an auxiliary after an adverbial is the subject.
        assert_eq!(credited("George Will wrote a column. Instead, Will called for a new field, saying it was time.").as_deref(), Some("George Will"));
        // A name ending like an adverb is still a name.
        assert_eq!(credited("Kelly hugged her son, saying the wait was over.").as_deref(), Some("Kelly"));
    }

    /// The name credited to quotation `n` of `text`, read as a paragraph after a headline.
    fn quoted_by(text: &str, n: usize) -> Option<String> {
        let doc = Document::from_plain_text(&format!("A headline\n\n{text}"));
        let ctx = crate::text::attribution::Context::for_article(&doc);
        let q = ctx.quotations().get(n)?.outer;
        ctx.credit_for_quote(q, None, None).map(|f| ctx.display_name(&f.speaker))
    }

    #[test]
    fn participle_after_a_reporting_verb_shares_its_subject() {
        let text = "The budget will pass by June, Alma Ortiz said, adding, \"We have the votes on both sides.\"";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Alma Ortiz"));
        let text = "The hospital reopens in May, said Dev Patel, adding, \"Nobody will be turned away.\"";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Dev Patel"));
        // The object of the verb is no speaker of the participle.
        let text = "\"Rates will stay high,\" Ines Moreau wrote in a letter to Reuters explaining the vote, \"for at least a year.\"";
        assert_eq!(quoted_by(text, 1).as_deref(), Some("Ines Moreau"));
    }

    #[test]
    fn infinitive_cue_takes_the_subject_of_its_verb() {
        let text = "Even so, Mayor Greta Lund was moved to say, \"This town has never been stronger.\"";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Greta Lund"));
        let text = "Ray Dunn, the coach, was quick to add: \"We still have a lot to fix.\"";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Ray Dunn"));
    }

    #[test]
    fn reporting_noun_after_a_verb_credits_the_clause_subject() {
        let text = "Paula Grant delivered a sharp retort: \"This plan is a fantasy.\"";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Paula Grant"));
        let text = "Senator Omar Haddad offered a Twitter-style retort, posting, \"Try reading the bill.\"";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Omar Haddad"));
        // A subject opening its clause keeps its own cue.
        let text = "On Monday a spokeswoman said \"the talks are over.\"";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("a spokeswoman"));
    }

    #[test]
    fn credit_set_between_commas_names_the_speaker_after_the_cue() {
        let text = "The real danger, argues Lena Brandt, an economist at Kiel, is \"a slow bleed of confidence.\"";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Lena Brandt"));
        let text = "Any honest reading of the data, said Tomas Weir, a pollster, shows \"a tie in every county.\"";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Tomas Weir"));
    }

    #[test]
    fn subject_found_past_a_place_and_a_second_adverbial() {
        let text = "At a diner in Dover, Del., on Friday, Governor Ann Holt toured the kitchen, saying it was \"the best in the state.\"";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Ann Holt"));
        let text = "Asked about the strike, Nadia Kerr shrugged, saying only that it was \"not my fight.\"";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Nadia Kerr"));
        let text = "Back in 2004, Raul Vega praised the plan, telling reporters it was \"long overdue.\"";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Raul Vega"));
    }

    #[test]
    fn publication_after_wrote_in_is_no_speaker() {
        let text = "\"The model is broken,\" Hal Berg, a columnist, wrote in New Scientist Weekly.";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Hal Berg"));
    }

    #[test]
    fn a_clause_after_the_cue_is_no_inverted_speaker() {
        for (text, speaker) in [
            ("State Senator Tom Reyes, who chairs the committee, said the plan was \u{201c}reckless and unfunded.\u{201d}", "Tom Reyes"),
            ("Dr. Amara Obi, who led the trial, said the results were \u{201c}striking.\u{201d}", "Amara Obi"),
            ("Chief Constable Ruth Hale, who took over in May, said the force had \u{201c}lost the trust of the public.\u{201d}", "Ruth Hale"),
        ] {
            assert_eq!(credited(text).as_deref(), Some(speaker), "{text}");
        }
        // A speaker after the cue still is one, "Will" included.
        assert_eq!(credited("\u{201c}We are ready,\u{201d} said Will Grant, the coach.").as_deref(), Some("Will Grant"));
    }

    #[test]
    fn closing_inverted_credit_far_after_the_quote_credits_it() {
        let text = "The slogan \"bring the jobs home\" plays well with older voters in towns where the mills closed a generation ago and nothing came to replace them, said Rosa Whitcomb, a sociologist at Drake University.";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Rosa Whitcomb"));
    }

    #[test]
    fn verbs_of_interrupting_and_pleading_are_cues() {
        let text = "The minister praised the budget, to which Gwen Tally interjected: \"Nobody believes that.\"";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Gwen Tally"));
        let text = "\"Please let us go home,\" Omar Saleh pleaded.";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Omar Saleh"));
    }

    /// The subject [`Context::sentence_subject`] gives for the first quotation of `text`.
    fn subject_of_quote(text: &str) -> Option<String> {
        let doc = Document::from_plain_text(&format!("A headline\n\n{text}"));
        let ctx = crate::text::attribution::Context::for_article(&doc);
        let q = ctx.quotations().first()?.outer;
        ctx.sentence_subject(q.start).map(|s| ctx.display_name(&s))
    }

    #[test]
    fn words_quoted_in_a_subordinate_clause_are_its_subjects() {
        let text = "The hall was full. When Premier Ana Lopes later turned to the budget and said she would \u{201c}protect every pension,\u{201d} the hall fell silent.";
        assert_eq!(subject_of_quote(text).as_deref(), Some("Ana Lopes"));
        let text = "Chief Minister Arvind Rao opened the bridge on Monday, while opposition leader Meera Nair, a former judge, proposed they \u{201c}tear it down and start again.\u{201d}";
        assert_eq!(subject_of_quote(text).as_deref(), Some("Meera Nair"));
        let text = "Nobody disputed the figure. As the columnist Ruth Okafor had written years before, \u{201c}the harbour pays for everything.\u{201d}";
        assert_eq!(subject_of_quote(text).as_deref(), Some("Ruth Okafor"));
    }

    #[test]
    fn a_closed_or_reported_subordinate_clause_leaves_the_main_subject() {
        // A comma after the clause's verb closes it.
        let text = "When Tom Ortiz left, Dana Frey described the plan as \u{201c}a giveaway.\u{201d}";
        assert_eq!(subject_of_quote(text).as_deref(), Some("Dana Frey"));
        // Inside words reported by a cue, the clause is the reporter's.
        let text = "Leah Stone said on Tuesday that Ben Hart was weak, while Ivo Marsh is \u{201c}a lightweight.\u{201d}";
        assert_ne!(subject_of_quote(text).as_deref(), Some("Ivo Marsh"));
        // A copula describes the subject rather than quoting them.
        let text = "Colin Webb arrived late, while Nina Shah was \u{201c}furious\u{201d} about the delay.";
        assert_eq!(subject_of_quote(text).as_deref(), Some("Colin Webb"));
        // A possessive after "before" is no subject.
        let text = "The paper appeared shortly before Mrs. Lee's Sydney speech titled \u{201c}Fixing the Grid.\u{201d}";
        assert_eq!(subject_of_quote(text), None);
    }

    #[test]
    fn a_word_standing_for_people_is_the_subject_of_its_cue() {
        let text = "Paul Gray tweeted, \u{201c}Great night.\u{201d} Another tweeted, \u{201c}The minister thinks she is above the rules.\u{201d}";
        assert_eq!(quoted_by(text, 1).as_deref(), Some("Another"));
        let text = "Sue Ward voted yes. Several said they would rather see the money in \u{201c}block grants\u{201d} to councils.";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Several"));
        // Mid-sentence, lower case, the word still qualifies a noun: no speaker of its own.
        let text = "Sue Ward said another \u{201c}review of the rules\u{201d} was due.";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Sue Ward"));
    }

    #[test]
    fn a_pronoun_opening_reported_words_stands_for_the_reporter() {
        let text = "Peter Lowe spoke first. Another said he hoped with his \u{201c}whole heart\u{201d} that the bill fails.";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Another"));
        let text = "Julie Bishop spoke first. Senator Penny Wong told reporters she would \u{201c}fight this all the way.\u{201d}";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Penny Wong"));
        let text = "Ravi Menon met the board. Priya Das said that she hopes to \u{201c}win back the trust of depositors.\u{201d}";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Priya Das"));
    }

    #[test]
    fn a_description_names_its_person_through_a_naming_phrase() {
        let text = "\u{201c}There never was an order to stand down,\u{201d} said the base chief known as Bob, speaking publicly for the first time.";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Bob"));
        let text = "\u{201c}Whoever opens the borders has no place here!\u{201d} wrote a man calling himself Raj Kumar.";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Raj Kumar"));
        let text = "\u{201c}Nobody asked us,\u{201d} tweeted a user from Leeds going by the handle Spartacus.";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Spartacus"));
    }

    #[test]
    fn a_determiner_and_adjective_before_a_known_name_are_its_role() {
        let text = "President Francois Hollande spoke in Nice. \u{201c}France will always be France,\u{201d} an angry Hollande retaliated.";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Francois Hollande"));
        let text = "Anthony Albanese faced the chamber. \u{201c}Not on my watch,\u{201d} a defiant Albanese shot back.";
        assert_ne!(quoted_by(text, 0).as_deref(), Some("a defiant"));
    }

    #[test]
    fn offices_joined_by_and_before_a_name_are_one_role() {
        let text = "\"We will grow,\" said Acme co-founder and chief executive John Smith.";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("John Smith"));
        let text = "\"Orders are up,\" said Nordwerk founder and managing director Ilse Brandt.";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Ilse Brandt"));
        let text = "\"Demand is strong,\" said Tata Steel chairman and chief executive Priya Nair.";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Priya Nair"));
    }

    #[test]
    fn a_name_with_a_lower_case_joiner_is_one_source() {
        for (text, want) in [
            ("Marks and Spencer said sales rose 4% in the first half.", "Marks and Spencer"),
            ("Procter & Gamble said prices would rise 3% next quarter.", "Procter & Gamble"),
            ("Services were cut by a fifth, rail operator Transport for Wales said.", "Transport for Wales"),
            ("The Secretary of State for Health and Social Care said waiting lists fell by 2%.", "The Secretary of State for Health and Social Care"),
            ("The Minister for Children and Families said 5,000 places would be created.", "The Minister for Children and Families"),
            ("Juventus have made a bid for the forward, according to Gazzetta dello Sport.", "Gazzetta dello Sport"),
            ("London North Eastern Railway said 12 trains were cancelled.", "London North Eastern Railway"),
        ] {
            assert_eq!(credited(text).as_deref(), Some(want), "{text}");
        }
        // A person's full name keeps the body after it as a role; people met stay two.
        assert_eq!(credited("Ross Eisenbrey of the Economic Policy Institute said wages rose.").as_deref(), Some("Ross Eisenbrey"));
        let text = "Donald Trump met Hillary Clinton. Trump and Clinton said the debate would go ahead.";
        let doc = Document::from_plain_text(&format!("A headline\n\n{text}"));
        let last = credits_by_sentence(&doc).into_iter().last().flatten().map(|c| c.name);
        assert_ne!(last.as_deref(), Some("Trump and Clinton"));
    }

    #[test]
    fn a_plural_noun_cue_after_a_name_closing_the_sentence_is_a_verb() {
        let text = "Kellyanne Conway was in Ohio. \u{201c}Look at the statement he put out after the shootings,\u{201d} Conway notes.";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("Kellyanne Conway"));
        let text = "Fiona Hill was in Leeds. \u{201c}The budget is a start,\u{201d} she notes.";
        assert_eq!(quoted_by(text, 0).as_deref(), Some("she"));
    }

    /// Every sentence's credit of `text` (after a headline), by name, in order.
    fn credits_all(text: &str) -> Vec<Option<String>> {
        let doc = Document::from_plain_text(&format!("A headline\n\n{text}"));
        credits_by_sentence(&doc).into_iter().skip(1).map(|c| c.map(|c| c.name)).collect()
    }

    #[test]
    fn it_stands_for_a_body_named_by_one_word() {
        // The body opens the sentence, or the one before, and "it" is the subject of a cue.
        for (text, want) in [
            ("SAN FRANCISCO - Nimbus on Tuesday unveiled the Fold X, a foldable phone that it says lasts two days. Nimbus was founded in 2019.", "Nimbus"),
            ("Ryanair cut its fares for the winter. It said bookings were up 8% on a year ago. Ryanair shares rose.", "Ryanair"),
            ("Shares in Vodacom rose. Vodacom posted a 6% rise in profit. It said data revenue grew faster than voice.", "Vodacom"),
            ("Airbus delivered 63 jets in May, which it said was short of its goal. Boeing and Airbus both lag.", "Airbus"),
        ] {
            let got = credits_all(text);
            assert!(got.iter().flatten().any(|n| n == want), "{text}: {got:?}");
            assert!(!got.iter().flatten().any(|n| n == "it" || n == "It"), "{text}: {got:?}");
        }
    }

    #[test]
    fn it_stands_for_no_person() {
        // A surname met with its full name, a given name, or a name with an honorific is a
        // person: "it" stands for none of them.
        for text in [
            "Maria Lopez toured the plant. Lopez praised the staff. It said the line would reopen.",
            "Mr. Okafor spoke first. It says the plan is sound.",
            "Sarah called the office. It said the lines were closed.",
            // A common word opening a sentence is no body, though capitalised twice.
            "Inflation rose again. Inflation has risen for a year, and it says little about wages. Food inflation eased.",
        ] {
            let last = credits_all(text).pop().flatten();
            assert!(last.as_deref().is_none_or(|n| !["Maria Lopez", "Lopez", "Okafor", "Sarah", "Inflation"].contains(&n)), "{text}: {last:?}");
        }
    }
}
