//! Credits read in constructions where the speaker is not the subject of a cue: the agent
//! of a passive ("called “a reckless gamble” by Councillor Bright") and the subject of an
//! absolute phrase ("…, with Senator Okafor calling it “a gift to the banks.”"), the
//! object of a verb of quoting ("Reuters quoted a senior official as saying …"), and the
//! subject of a passive cue, who was named or told and said nothing ("The district is
//! often called “the forgotten quarter”").

use super::*;

/// Most words between the closing mark and "by": "was used twice, by", "as described by".
const AGENT_GAP: usize = 3;
/// Most tokens from "by" back from the "as" that opens the quote: "described by Helen
/// Marsh, a housing economist at the LSE, as".
const AGENT_REACH: usize = 14;
/// Most words between a participle and the opening mark: "labeled as a “…”".
const PARTICIPLE_GAP: usize = 3;
/// Most tokens from "with" to its participle cue: "with the chief executive, Dana Whitt, warning".
const WITH_REACH: usize = 9;
/// Most tokens between a verb of quoting and the "as" of "as saying": "quoted Ali Hassan,
/// a farmer in the valley, as saying".
const QUOTED_REACH: usize = 14;

/// Verbs whose object is the one whose words are quoted, with "as saying" after it:
/// "The Guardian quoted Smith as saying", "state media quoted the minister as telling".
fn is_quoting_verb(k: &str) -> bool {
    // Not "cited": "Sanders cited “the ability to …” as a loophole" cites a thing.
    matches!(k, "quoted" | "quotes" | "quoting" | "quote")
}

/// Auxiliaries that make the participle after them a passive: "is called", "were told".
fn is_passive_auxiliary(k: &str) -> bool {
    matches!(k, "is" | "are" | "was" | "were" | "be" | "been" | "being" | "get" | "gets" | "got" | "gotten")
}

/// Adverbs that may stand between a passive auxiliary and its participle: "is often
/// called", "was widely described", "has long been dubbed".
fn is_passive_adverb(k: &str) -> bool {
    (k.len() > 4 && k.ends_with("ly"))
        || matches!(k, "often" | "sometimes" | "also" | "still" | "now" | "once" | "even" | "long" | "since" | "then" | "not" | "never" | "already" | "first")
}

impl Context<'_> {
    /// The agent of a passive that names the quoted words (outer span `q`) as somebody's,
    /// with the participle: "The plan has been called “a reckless gamble” by Councillor Tom
    /// Bright", "“deeply troubling,” as described by Inspector General Mark Hale". The
    /// participle ([`crate::detect::lexicon::agent_participles`]) stands just before the
    /// quote or between it and "by"; the agent must be a name or an organisation, so that
    /// "by the end of the year" or "by 2020" credits nobody.
    pub fn passive_agent(&self, q: Span) -> Option<(Speaker, String)> {
        self.agent_after(q).or_else(|| self.agent_before(q))
    }

    fn agent_after(&self, q: Span) -> Option<(Speaker, String)> {
        let text = self.text();
        let w = |i: usize| &text[self.toks[i].span.start..self.toks[i].span.end];
        let s_end = self.sentence_of(q.end.saturating_sub(1));
        let hi = self.tok_at(self.doc.sentences.get(s_end).map_or(q.end, |s| s.span.end).min(self.block_of(q.start).end));
        let start = self.tok_at(q.end);
        let mut participle = None;
        let mut words = 0;
        let mut by = None;
        for i in start..hi {
            let t = &self.toks[i];
            if !t.is_word() {
                if t.is(',') {
                    continue;
                }
                return None;
            }
            let k = tokens::key(w(i));
            if k == "by" {
                by = Some(i);
                break;
            }
            words += 1;
            if words > AGENT_GAP || tokens::is_capitalised(w(i)) {
                return None;
            }
            if crate::detect::lexicon::agent_participles().contains(&k) {
                participle = Some(k.into());
            } else if !is_agent_gap_word(&k) {
                // A noun there is what the quoted words modify ("“value-added tax” systems
                // used by European countries"): the agent is that noun's.
                return None;
            }
        }
        let by = by?;
        let participle = participle.or_else(|| self.participle_before(q))?;
        let agent = speakers::after(text, &self.toks[..hi], by + 1, hi)?;
        let named = match agent.kind {
            Kind::Person | Kind::Organisation => true,
            Kind::Nominal => agent.name.chars().next().is_some_and(char::is_uppercase) && !self.starts_with_determiner(&agent),
            Kind::Pronoun => false,
        };
        named.then_some((agent, participle))
    }

    /// The agent named before the quote, between the participle and an "as" that opens
    /// it: "was described by Helen Marsh, a housing economist, as “…”", "was hailed by
    /// the Consumers' Association as a “…”". Only articles may stand between "as" and the
    /// mark, and the participle must stand right before "by".
    fn agent_before(&self, q: Span) -> Option<(Speaker, String)> {
        let text = self.text();
        let key = |i: usize| tokens::key(&text[self.toks[i].span.start..self.toks[i].span.end]);
        let open = self.tok_at(q.start);
        let lo = self.sentence_toks.get(self.sentence_of(q.start)).copied().unwrap_or(0);
        let mut as_at = open;
        while as_at > lo && open - as_at < 3 && self.toks[as_at - 1].is_word() && matches!(key(as_at - 1).as_str(), "a" | "an" | "the") {
            as_at -= 1;
        }
        let as_at = as_at.checked_sub(1).filter(|&a| a > lo && self.toks[a].is_word() && key(a) == "as")?;
        let reach = as_at.saturating_sub(AGENT_REACH).max(lo + 1);
        let by = (reach..as_at).rev().find(|&i| self.toks[i].is_word() && key(i) == "by")?;
        let participle = key(by - 1);
        if !self.toks[by - 1].is_word() || !crate::detect::lexicon::agent_participles().contains(&participle) {
            return None;
        }
        let agent = speakers::after(text, &self.toks[..as_at], by + 1, as_at)?;
        // The agent's phrase (and its appositive) reaches the "as": nothing else between.
        let reaches = self.toks[self.tok_at(agent.span.end)..as_at].iter().all(|t| !t.is_word());
        let appositive = agent.role.is_some() && self.toks[as_at - 1].is(',');
        let named = match agent.kind {
            Kind::Person | Kind::Organisation => true,
            Kind::Nominal => agent.name.chars().next().is_some_and(char::is_uppercase) && !self.starts_with_determiner(&agent),
            Kind::Pronoun => false,
        };
        (named && (reaches || appositive)).then_some((agent, participle.into()))
    }

    /// The agent participle a few words before the opening mark, in the quote's sentence:
    /// "often derided as a “…”", "has been called “…”".
    fn participle_before(&self, q: Span) -> Option<String> {
        let text = self.text();
        let end = self.tok_at(q.start);
        let s = self.sentence_of(q.start);
        let lo = self.sentence_toks.get(s).copied().unwrap_or(0);
        let mut words = 0;
        for i in (lo..end).rev() {
            let t = &self.toks[i];
            if !t.is_word() {
                return None;
            }
            let k = tokens::key(&text[t.span.start..t.span.end]);
            if crate::detect::lexicon::agent_participles().contains(&k) {
                return Some(k.into());
            }
            words += 1;
            if words > PARTICIPLE_GAP
                || !matches!(k.as_str(), "as" | "a" | "an" | "the" | "it" | "them" | "him" | "her" | "simply" | "often" | "widely" | "once")
            {
                return None;
            }
        }
        None
    }

    /// "Reuters quoted a senior official as saying", "Le Monde quoted him as saying",
    /// "State media quoted President Xi as telling": the object of a verb of quoting, before
    /// the "as" of a reporting participle, is the one who spoke; the subject (an outlet,
    /// most often) only relays the words. `cue` is either the participle after "as" or the
    /// verb of quoting itself; tokens `lo..hi` bound the sentence. None for the passive
    /// ("was quoted as saying"), whose subject speaks and is read as any other.
    pub(super) fn quoted_object(&self, cue: &Cue, lo: usize, hi: usize) -> Option<Speaker> {
        let text = self.text();
        let key = |i: usize| tokens::key(&text[self.toks[i].span.start..self.toks[i].span.end]);
        let word_at = |i: usize, f: &dyn Fn(&str) -> bool| i < hi && self.toks[i].is_word() && f(&key(i));
        let participle = |k: &str| k.len() > 4 && k.ends_with("ing") && crate::detect::lexicon::reporting_verbs().contains(k);
        let (verb, as_at) = if cue.first == cue.end.saturating_sub(1) && is_quoting_verb(&key(cue.first)) {
            let verb = cue.first;
            let as_at = (verb + 1..hi.min(verb + 1 + QUOTED_REACH)).find(|&i| word_at(i, &|k| k == "as"))?;
            word_at(as_at + 1, &participle).then_some((verb, as_at))?
        } else if cue.text.ends_with("ing") && cue.first > lo + 1 && word_at(cue.first - 1, &|k| k == "as") {
            let as_at = cue.first - 1;
            let from = as_at.saturating_sub(QUOTED_REACH).max(lo);
            let verb = (from..as_at).rev().find(|&i| word_at(i, &is_quoting_verb))?;
            (verb, as_at)
        } else {
            return None;
        };
        // Nothing but the object (words, commas, an apostrophe) between the verb and "as".
        let plain = self.toks[verb + 1..as_at].iter().all(|t| t.is_word() || t.is(',') || t.is('\'') || t.is('\u{2019}'));
        let passive = verb > lo && word_at(verb - 1, &is_passive_auxiliary);
        if verb + 1 >= as_at || !plain || passive || self.is_quoted(self.toks[verb].span.start) {
            return None;
        }
        let first = key(verb + 1);
        if verb + 2 == as_at && matches!(first.as_str(), "him" | "her" | "them") {
            return Some(Speaker {
                name: text[self.toks[verb + 1].span.start..self.toks[verb + 1].span.end].to_string(),
                role: None,
                kind: Kind::Pronoun,
                span: self.toks[verb + 1].span,
            });
        }
        let object = &self.toks[..as_at];
        let s = speakers::after(text, object, verb + 1, as_at).unwrap_or_else(|| {
            let end = (verb + 1..as_at).rev().find(|&i| self.toks[i].is_word()).unwrap_or(verb + 1) + 1;
            let phrase = Span::new(self.toks[verb + 1].span.start, self.toks[end - 1].span.end);
            speakers::describe(text, &self.toks[verb + 1..end], phrase, None)
        });
        (s.kind != Kind::Pronoun).then_some(s)
    }

    /// Whether the cue is a participle in the passive ("is often called", "were told",
    /// "was described"): its subject is what was named or who was told, never the one who
    /// spoke, who is the agent after "by" if anyone. Tokens from `lo`.
    pub(super) fn passive_cue(&self, cue: &Cue, lo: usize) -> bool {
        let text = self.text();
        let key = |i: usize| tokens::key(&text[self.toks[i].span.start..self.toks[i].span.end]);
        let participle = key(cue.first);
        let single = cue.end == cue.first + 1;
        if !single || !(participle.ends_with("ed") || matches!(participle.as_str(), "told" | "known" | "heard" | "written")) {
            return false;
        }
        let mut i = cue.first;
        while i > lo && self.toks[i - 1].is_word() && is_passive_adverb(&key(i - 1)) && cue.first - i < 2 {
            i -= 1;
        }
        // "was told by The Daily Caller": the agent follows, and speaks.
        let by_follows = cue.end < self.toks.len() && self.toks[cue.end].is_word() && key(cue.end) == "by";
        i > lo && self.toks[i - 1].is_word() && is_passive_auxiliary(&key(i - 1)) && !by_follows
    }

    /// Whether the words quoted at byte `quote_start` follow a passive naming or telling
    /// in their sentence ("The district is often called “…”", "The players were told
    /// “…”", "was once described as a “…”"): the sentence's subject is what was named or
    /// who was told, so it is no speaker of the words.
    pub fn after_passive_cue(&self, quote_start: usize) -> bool {
        let text = self.text();
        let key = |i: usize| tokens::key(&text[self.toks[i].span.start..self.toks[i].span.end]);
        let open = self.tok_at(quote_start);
        let lo = self.sentence_toks.get(self.sentence_of(quote_start)).copied().unwrap_or(0);
        let mut p = open;
        while p > lo && open - p < 3 && self.toks[p - 1].is_word() && matches!(key(p - 1).as_str(), "a" | "an" | "the" | "as") {
            p -= 1;
        }
        let Some(v) = p.checked_sub(1).filter(|&v| v > lo && self.toks[v].is_word()) else { return false };
        let verb = key(v);
        let participle = crate::detect::lexicon::agent_participles().contains(&verb) || crate::detect::lexicon::cues_with_hearer().contains(&verb);
        participle && self.passive_cue(&Cue { first: v, end: v + 1, text: verb.into() }, lo)
    }

    fn starts_with_determiner(&self, s: &Speaker) -> bool {
        let first = s.name.split_whitespace().next().unwrap_or("");
        crate::detect::lexicon::speaker_determiners().contains(&tokens::key(first))
    }

    /// The subject of an absolute phrase a participle cue stands in: "…, with Senator Paul
    /// Okafor angrily calling it …", "with the chief executive, Dana Whitt, warning that …".
    /// The phrase opens on "with" a few tokens before the cue, with only words, commas and
    /// adverbs between; its subject must be a person or an organisation ("with polls showing"
    /// credits nobody).
    pub(super) fn with_subject(&self, cue: &Cue, lo: usize) -> Option<Speaker> {
        let text = self.text();
        let w = |i: usize| &text[self.toks[i].span.start..self.toks[i].span.end];
        let from = lo.max(cue.first.saturating_sub(WITH_REACH));
        let with = (from..cue.first).rev().take_while(|&i| self.toks[i].is_word() || self.toks[i].is(',')).find(|&i| tokens::key(w(i)) == "with")?;
        // The adverbs between the subject and its participle: "reportedly", "angrily".
        let mut end = cue.first;
        while end > with + 1 && self.toks[end - 1].is_word() && {
            let k = tokens::key(w(end - 1));
            k.len() > 3 && k.ends_with("ly") && !tokens::is_capitalised(w(end - 1))
        } {
            end -= 1;
        }
        let s = speakers::after(text, &self.toks[..end], with + 1, end)?;
        // The subject stands right before its participle: in "appeared with Maddow and
        // endorsed Clinton, saying" the one with Maddow is not the one saying.
        let adjoins = self.toks[self.tok_at(s.span.end)..end].iter().all(|t| t.is(','));
        (adjoins && matches!(s.kind, Kind::Person | Kind::Organisation)).then_some(s)
    }
}

/// A word that may stand between the quote and "by" besides the participle: an adverb, a
/// count of times, "as" ("“deeply troubling,” as described by").
fn is_agent_gap_word(k: &str) -> bool {
    matches!(k, "as" | "once" | "twice" | "also" | "too" | "again" | "even" | "was" | "were" | "is" | "are" | "been" | "being")
        || (k.len() > 3 && k.ends_with("ly"))
}
