//! Attribution: who a quotation or a sentence is credited to, and by which cue.
//!
//! Rules over tokens, not a parser: a reporting cue from the lexicons ("said", "according
//! to", "went on to explain") and the speaker phrase beside it — before it ("Trump
//! said"), after it ("said Trump", "according to the Post"), or before a colon. The phrase
//! is split into a name and a role, and short names and pronouns are carried back to the
//! person met earlier, never further than a few sentences for a pronoun.

mod cues;
mod reported;
mod speakers;
mod tokens;

pub use cues::Cue;
pub use reported::reported_speech;
pub use speakers::{Kind, Speaker};

use crate::detect::Credit;
use crate::text::{BlockKind, Document, Span};
use speakers::Names;
use tokens::{tokenize, Tok};

/// How many sentences back a pronoun may look for the person it stands for.
const PRONOUN_REACH: usize = 4;

/// The longest first line that is still read as a headline.
pub const HEADLINE_BYTES: usize = 300;

/// How many tokens on either side of a quote its credit is looked for in: a cue further
/// away credits something else, and the bound keeps pathological pages linear.
const CONTEXT_TOKENS: usize = 80;

/// Where the credit for a quotation was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// In the words after the quote: "…," she said.
    After,
    /// In the words before it, in the same sentence: She said, "…".
    Before,
    /// A speaker and a colon: "Stone: …" or a previous line ending "he said:".
    Colon,
    /// A line after the quote: "— Hillary Clinton".
    Signature,
}

/// A credit with the speaker phrase it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub speaker: Speaker,
    pub cue: String,
    pub place: Place,
    /// The cue frames a statement ("said") rather than only labels ("called it").
    pub frames_statement: bool,
}

/// The article read once for attribution: its tokens by sentence, what is quoted, and
/// the full names it gives.
pub struct Context<'a> {
    pub doc: &'a Document,
    toks: Vec<Tok>,
    /// Index of the first token of each sentence (and one past the last at the end).
    sentence_toks: Vec<usize>,
    sentence_starts: Vec<usize>,
    /// Outer spans of the quotations: no cue is read inside them.
    quoted: Vec<Span>,
    names: Names,
    /// Words the article capitalises inside a sentence: names, not sentence openers.
    midcap: std::collections::HashSet<String>,
}

impl<'a> Context<'a> {
    pub fn new(doc: &'a Document, quoted: Vec<Span>) -> Context<'a> {
        let mut toks = Vec::new();
        let mut sentence_toks = Vec::with_capacity(doc.sentences.len() + 1);
        for s in &doc.sentences {
            sentence_toks.push(toks.len());
            toks.extend(tokenize(&doc.text, s.span));
        }
        sentence_toks.push(toks.len());
        let sentence_starts = sentence_toks[..sentence_toks.len().saturating_sub(1)].to_vec();
        let names = Names::collect(&doc.text, &toks, &sentence_starts);
        let mut midcap = std::collections::HashSet::new();
        for w in sentence_toks.windows(2) {
            for i in w[0] + 1..w[1] {
                let t = &toks[i];
                let after_mark = matches!(toks[i - 1].punct, Some(p) if p != ',' && p != ')');
                let word = &doc.text[t.span.start..t.span.end];
                if t.is_word() && !after_mark && tokens::is_capitalised(word) {
                    midcap.insert(tokens::key(word));
                }
            }
        }
        Context { doc, toks, sentence_toks, sentence_starts, quoted, names, midcap }
    }

    fn text(&self) -> &str {
        &self.doc.text
    }

    /// Index of the first token at or after byte `pos`.
    fn tok_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.span.start < pos)
    }

    fn is_quoted(&self, pos: usize) -> bool {
        let i = self.quoted.partition_point(|q| q.start <= pos);
        i > 0 && self.quoted[i - 1].end > pos
    }

    /// A reporting cue that stands right before a quotation with no speaker of its own,
    /// within `lo..quote_start` and its sentence: the participle of a split quote
    /// (`"…," adding, "…"`) or a bare verb (`"…" and went on: "…"`). At most three tokens
    /// may stand between, so that a cue belonging to another clause is not borrowed.
    pub fn cue_before(&self, lo: usize, quote_start: usize) -> Option<String> {
        let end = self.tok_at(quote_start);
        let sentence = self.sentence_toks.partition_point(|&t| t <= end.saturating_sub(1)).saturating_sub(1);
        let first = self.tok_at(lo).max(self.sentence_toks.get(sentence).copied().unwrap_or(0)).max(end.saturating_sub(3));
        let cue = self.cues(first, end).pop()?;
        let between = self.toks[cue.end..end].iter().all(|t| !t.is_word());
        between.then_some(cue.text)
    }

    /// The cues in tokens `lo..hi` that stand outside quotation marks.
    fn cues(&self, lo: usize, hi: usize) -> Vec<Cue> {
        let mut out = Vec::new();
        let mut i = lo;
        while i < hi {
            // Headlines capitalise every word, cues too ("…, Lindsey Graham Says").
            let at_start = self.sentence_starts.binary_search(&i).is_ok() || self.in_headline(i);
            if !self.is_quoted(self.toks[i].span.start) {
                if let Some(c) = cues::cue_at(self.text(), &self.toks[..hi], i, at_start) {
                    i = c.end;
                    out.push(c);
                    continue;
                }
            }
            i += 1;
        }
        out
    }

    /// Whether token `i` stands in a headline: a heading block or the article's first line.
    fn in_headline(&self, i: usize) -> bool {
        let s = self.sentence_toks.partition_point(|&t| t <= i).saturating_sub(1);
        self.doc.sentences.get(s).is_some_and(|s| {
            let block = &self.doc.blocks[s.block];
            matches!(block.kind, BlockKind::Heading | BlockKind::Title)
                || (s.block == 0 && block.span.len() <= HEADLINE_BYTES && !self.doc.slice(block.span).contains('\n'))
        })
    }

    /// The speaker of `cue`, read within tokens `lo..hi`.
    fn speaker_of(&self, cue: &Cue, lo: usize, hi: usize, invert: bool) -> Option<Speaker> {
        let text = self.text();
        let toks = &self.toks[..hi];
        if cue.is_according_to() {
            return speakers::after(text, toks, cue.end, hi);
        }
        if cue.text.ends_with("ing") {
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
        // "… spoke to reporters and said …": the subject opens the clause.
        if let Some(s) = self.coordinated_subject(cue, lo) {
            return Some(s);
        }
        let found =
            speakers::before(text, toks, lo, cue.first).or_else(|| if invert && cue.can_invert() { speakers::after(text, toks, cue.end, hi) } else { None })?;
        // "Talk compared to …": a lone capitalised word opening a headline is a name only
        // if the article writes it capitalised elsewhere too.
        if found.kind == Kind::Person
            && !found.name.contains(' ')
            && self.sentence_starts.binary_search(&self.tok_at(found.span.start)).is_ok()
            && self.in_headline(self.tok_at(found.span.start))
        {
            let k = tokens::key(&found.name);
            if !self.midcap.contains(&k) && self.names.full(&found.name, usize::MAX).is_none() {
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

    /// The subject of the clause a cue is coordinated into: "New York Congressman Pete
    /// King spoke to reporters afterwards and said …" → Pete King.
    fn coordinated_subject(&self, cue: &Cue, lo: usize) -> Option<Speaker> {
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

    fn sentence_of(&self, pos: usize) -> usize {
        self.doc.sentence_at(pos).unwrap_or(0)
    }

    fn block_of(&self, pos: usize) -> Span {
        self.doc.block_at(pos).map(|b| self.doc.blocks[b].span).unwrap_or(Span::new(0, self.text().len()))
    }

    /// The credit a quotation (outer span `q`) is given in its own sentence or lines,
    /// with `prev_end`/`next_start` the neighbouring quotations in the same paragraph.
    pub fn credit_for_quote(&self, q: Span, prev_end: Option<usize>, next_start: Option<usize>) -> Option<Found> {
        let block = self.block_of(q.start);
        let bound = |pos: usize| pos.min(next_start.unwrap_or(usize::MAX)).min(block.end);
        // After the quote, to the end of its sentence (a sentence cut after an initial,
        // "Rep. G.K. Butterfield", runs on), stopping at the next quotation.
        let s_end = self.sentence_of(q.end.saturating_sub(1));
        let mut hi_pos = self.doc.sentences.get(s_end).map_or(block.end, |s| s.span.end);
        let cut_at_initial = self.text()[q.end.min(hi_pos)..hi_pos].split_whitespace().last().is_some_and(|w| {
            let w = w.trim_end_matches('.');
            !w.is_empty() && w.len() <= 4 && w.chars().next().is_some_and(char::is_uppercase) && (w.len() == 1 || w.contains('.'))
        });
        if cut_at_initial {
            if let Some(next) = self.doc.sentences.get(s_end + 1) {
                if next.span.start < block.end {
                    hi_pos = next.span.end;
                }
            }
        }
        let r_lo = self.tok_at(q.end);
        let r_hi = self.tok_at(bound(hi_pos)).min(r_lo + CONTEXT_TOKENS);
        if r_hi > r_lo {
            if let Some(found) = self.credit_after(r_lo, r_hi) {
                return Some(found);
            }
        }
        // Before the quote, in its sentence.
        let s_start = self.sentence_of(q.start);
        let sent_start = self.doc.sentences.get(s_start).map_or(block.start, |s| s.span.start);
        let lo_pos = sent_start.max(block.start).max(prev_end.unwrap_or(0));
        let l_hi = self.tok_at(q.start);
        let l_lo = self.tok_at(lo_pos).max(l_hi.saturating_sub(CONTEXT_TOKENS));
        if let Some(found) = self.credit_before(l_lo, l_hi) {
            return Some(found);
        }
        let nothing_before = (l_lo..l_hi).all(|i| !self.toks[i].is_word());
        let nothing_after = (r_lo..r_hi).all(|i| !self.toks[i].is_word());
        // A quote that ends its sentence: the next one on the same line may be only the
        // credit ("…!" Trump said.).
        if nothing_after && nothing_before {
            if let Some(next) = self.doc.sentences.get(s_end + 1) {
                let gap = &self.text()[q.end.min(next.span.start)..next.span.start];
                if next.span.start < block.end && !gap.contains('\n') {
                    let n_lo = self.tok_at(next.span.start);
                    let n_hi = self.tok_at(bound(next.span.end));
                    if let Some(found) = self.credit_after(n_lo, n_hi) {
                        return Some(found);
                    }
                }
            }
        }
        // A line before ending with a colon: "Stated Stone:" / "He told reporters:".
        if nothing_before {
            if let Some(found) = self.credit_from_colon_line(s_start) {
                return Some(found);
            }
        }
        // A signature line after the quote: "— Hillary Clinton."
        if nothing_after {
            if let Some(found) = self.credit_from_signature(block) {
                return Some(found);
            }
        }
        None
    }

    fn credit_after(&self, lo: usize, hi: usize) -> Option<Found> {
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
        let Some(cue) = self.cues(first, hi).into_iter().next().filter(|c| c.first - first <= 30) else {
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
            let at = self.tok_at(s.span.start);
            let closing_clause = at > first
                && self.toks[at - 1].is(',')
                && (cue.end..hi).all(|i| {
                    let t = &self.toks[i];
                    !t.is_word() || crate::detect::lexicon::time_words().contains(&tokens::key(&self.text()[t.span.start..t.span.end]))
                });
            // "…,'' the White House spokesman, Josh Earnest, said": a short description
            // set off before the name opens the words after the quote.
            let described = at > first + 1
                && at - first <= 7
                && self.toks[at - 1].is(',')
                && s.kind == Kind::Person
                && (first..at - 1).all(|i| {
                    let t = &self.toks[i];
                    let k = tokens::key(&self.text()[t.span.start..t.span.end]);
                    t.is_word()
                        && !k.ends_with("ing")
                        && (!crate::detect::lexicon::function_words().contains(&k) || crate::detect::lexicon::speaker_determiners().contains(&k) || k == "the")
                        && !crate::detect::lexicon::reporting_verbs().contains(&k)
                });
            if at != first && !closing_clause && !described {
                return None;
            }
            s
        };
        let frames = cue.frames_statement();
        Some(Found { speaker, cue: cue.text, place: Place::After, frames_statement: frames })
    }

    /// "…?” Hannity pressed.": right after a quote, a name and a verb in the past tense
    /// credit it even when the verb is in no list.
    fn credit_after_any_verb(&self, first: usize, hi: usize) -> Option<Found> {
        let text = self.text();
        // Inverted: "…!” beamed Donald Hartley of Madison.
        let t0 = &self.toks[first];
        let w0 = &text[t0.span.start..t0.span.end];
        if t0.is_word() && !tokens::is_capitalised(w0) && w0.len() > 3 && w0.ends_with("ed") {
            let s = speakers::after(text, &self.toks[..hi], first + 1, hi)?;
            return (s.kind == Kind::Person).then(|| Found { speaker: s, cue: tokens::key(w0), place: Place::After, frames_statement: true });
        }
        let s = speakers::after(text, &self.toks[..hi], first, hi)?;
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
        (verb_like && ends).then_some(Found { speaker: s, cue: k, place: Place::After, frames_statement: true })
    }

    fn credit_before(&self, lo: usize, hi: usize) -> Option<Found> {
        if lo >= hi {
            return None;
        }
        let headline = self.in_headline(lo);
        // A headline that opens with a name and a colon: "Milbank: Republicans ‘Waving …’".
        if headline {
            if let Some(colon) = (lo + 1..hi.min(lo + 5)).find(|&i| self.toks[i].is(':')) {
                let phrase = Span::new(self.toks[lo].span.start, self.toks[colon - 1].span.end);
                let s = speakers::describe(self.text(), &self.toks[lo..colon], phrase, None);
                // "The Latest: …" is a section label, not a source.
                let label = tokens::key(&self.text()[self.toks[lo].span.start..self.toks[lo].span.end]) == "the"
                    && !(lo..colon).any(|i| {
                        crate::detect::lexicon::organisation_words().contains(&tokens::key(&self.text()[self.toks[i].span.start..self.toks[i].span.end]))
                    });
                if matches!(s.kind, Kind::Person | Kind::Organisation) && !label {
                    return Some(Found { speaker: s, cue: ":".to_string(), place: Place::Colon, frames_statement: true });
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
        for cue in &cues {
            if let Some(speaker) = self.speaker_of(cue, lo, hi, cue.first == lo) {
                let found = Found { frames_statement: cue.frames_statement(), speaker, cue: cue.text.clone(), place: Place::Before };
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
            let s = speakers::before(self.text(), &self.toks[..hi], lo, hi - 1)?;
            let at = self.tok_at(s.span.start);
            // At the start of the line, or after a dash: "Pollsters agree - Carl Bialik:".
            if s.kind != Kind::Pronoun && (at == lo || matches!(self.toks[at - 1].punct, Some('-' | '\u{2014}' | '\u{2013}'))) {
                return Some(Found { speaker: s, cue: ":".to_string(), place: Place::Colon, frames_statement: true });
            }
        }
        None
    }

    /// "… TOO EARLY - Mark Blumenthal and Jon Cohen: “…”": a name, or two joined by
    /// "and", between a dash and a colon right before the quote is its source, whatever
    /// cue the words before the dash hold (they are the title of the piece quoted).
    fn credit_from_dash_colon(&self, lo: usize, hi: usize) -> Option<Found> {
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

    /// The sentence before `sentence` (in its paragraph or the one before) if it ends
    /// with a colon and credits someone.
    fn credit_from_colon_line(&self, sentence: usize) -> Option<Found> {
        let prev = sentence.checked_sub(1)?;
        let s = self.doc.sentences.get(prev)?;
        if !self.text()[s.span.start..s.span.end].trim_end().ends_with(':') {
            return None;
        }
        let lo = self.sentence_toks[prev];
        let hi = self.sentence_toks[prev + 1];
        // "… said:", "And from Chairwoman Jessica Rosenworcel:", or "Trump issued the
        // following statement:" (its subject).
        let mut found = self.credit_before(lo, hi).or_else(|| self.introduced_name(lo, hi)).or_else(|| {
            let s = self.clause_subject(lo, hi, false)?;
            Some(Found { speaker: s, cue: ":".to_string(), place: Place::Colon, frames_statement: true })
        })?;
        found.place = Place::Colon;
        Some(found)
    }

    /// A line that introduces what follows by a name before its closing colon, after
    /// "from" or "by" ("And from Chairwoman Jessica Rosenworcel:", "A statement by the
    /// Sierra Club:"): a full name or an organisation, never a lone word.
    fn introduced_name(&self, lo: usize, hi: usize) -> Option<Found> {
        let colon = (lo..hi).rev().find(|&i| self.toks[i].is_word() || self.toks[i].is(':')).filter(|&i| self.toks[i].is(':'))?;
        let s = speakers::before(self.text(), &self.toks[..colon], lo, colon)?;
        let at = self.tok_at(s.span.start);
        let full = match s.kind {
            Kind::Person => s.name.contains(' '),
            Kind::Organisation => true,
            _ => false,
        };
        let lead = at.checked_sub(1).map(|k| &self.toks[k]).filter(|t| t.is_word()).map(|t| tokens::key(&self.text()[t.span.start..t.span.end]));
        (full && matches!(lead.as_deref(), Some("from" | "by"))).then_some(Found { speaker: s, cue: ":".to_string(), place: Place::Colon, frames_statement: true })
    }

    /// A paragraph right after `block` that is only a dash and a name.
    fn credit_from_signature(&self, block: Span) -> Option<Found> {
        let b = self.doc.block_at(block.start)?;
        let next = self.doc.blocks.get(b + 1)?;
        let body = self.doc.slice(next.span);
        let rest = body.strip_prefix(['-', '\u{2014}', '\u{2013}'])?.trim_start();
        if rest.len() > 120 || !rest.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let lo = self.tok_at(next.span.start);
        let hi = self.tok_at(next.span.end);
        let first = (lo..hi).find(|&i| self.toks[i].is_word())?;
        let end = (first..hi).find(|&i| self.toks[i].is(',') || self.toks[i].is('.') && i + 1 == hi).unwrap_or(hi);
        if end <= first {
            return None;
        }
        let phrase = Span::new(self.toks[first].span.start, self.toks[end - 1].span.end);
        let s = speakers::describe(self.text(), &self.toks[first..end], phrase, None);
        if matches!(s.kind, Kind::Person | Kind::Organisation) {
            return Some(Found { speaker: s, cue: "\u{2014}".to_string(), place: Place::Signature, frames_statement: true });
        }
        None
    }

    /// The name a speaker is shown under: short names carried back to full names.
    pub fn display_name(&self, s: &Speaker) -> String {
        speakers::resolve_name(&self.names, s)
    }

    /// The credit a sentence gives for its words (outside its quotations).
    pub fn credit_in_sentence(&self, sentence: usize) -> Option<(Found, Cue)> {
        let lo = *self.sentence_toks.get(sentence)?;
        let hi = *self.sentence_toks.get(sentence + 1)?;
        for cue in self.cues(lo, hi) {
            if let Some(speaker) = self.speaker_of(&cue, lo, hi, true) {
                let frames = cue.frames_statement();
                return Some((Found { speaker, cue: cue.text.clone(), place: Place::Before, frames_statement: frames }, cue));
            }
        }
        None
    }

    /// The subject of the sentence holding `pos`, when it names a person or an
    /// organisation before `pos`: "Trump openly admires Putin as a “strong leader”".
    pub fn sentence_subject(&self, pos: usize) -> Option<Speaker> {
        let s = self.doc.sentence_at(pos)?;
        self.clause_subject(self.sentence_toks[s], self.tok_at(pos), false)
    }

    /// The person or organisation that opens the clause in tokens `lo..hi`, past a
    /// dateline or an opening adverbial. With no cue to go on (`credited` false), a single
    /// capitalised word must be written as a name elsewhere in the article too.
    fn clause_subject(&self, lo: usize, hi: usize, credited: bool) -> Option<Speaker> {
        let text = self.text();
        let mut start = lo;
        // Skip a dateline: "WASHINGTON (AP) — …".
        if let Some(dash) = (start..hi.min(start + 8)).find(|&i| matches!(self.toks[i].punct, Some('\u{2014}' | '\u{2013}' | '-'))) {
            let w = &text[self.toks[start].span.start..self.toks[start].span.end];
            if w.len() > 1 && w.chars().all(|c| !c.is_lowercase()) {
                start = dash + 1;
            }
        }
        // Skip an opening adverbial: "In July, …", "On Tuesday, …", "Speaking in Iowa, …".
        if start < hi && self.toks[start].is_word() {
            let w = &text[self.toks[start].span.start..self.toks[start].span.end];
            let k = tokens::key(w);
            let lex = crate::detect::lexicon::speaker_boundaries();
            if lex.contains(&k)
                || crate::detect::lexicon::cue_fillers().contains(&k)
                || crate::detect::lexicon::time_words().contains(&k)
                || k.ends_with("ing")
                || crate::detect::lexicon::reporting_verbs().contains(&k)
            {
                match (start..hi.min(start + 8)).find(|&i| self.toks[i].is(',')) {
                    Some(c) => start = c + 1,
                    None if matches!(k.as_str(), "and" | "but" | "so" | "yet" | "or") => start += 1,
                    None => return None,
                }
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
            let take = if known { 1 } else { 2 };
            if (start..start + take).all(|i| word(i).is_some_and(tokens::is_capitalised)) {
                let phrase = Span::new(self.toks[start].span.start, self.toks[start + take - 1].span.end);
                let s = speakers::describe(text, &self.toks[start..start + take], phrase, None);
                return matches!(s.kind, Kind::Person | Kind::Organisation).then_some(s);
            }
            return None;
        }
        let skipped_adverbial = start > lo + 1;
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
                match speakers::after(text, &self.toks[..hi], end + 1, hi) {
                    Some(next) => speaker = next,
                    None => break,
                }
            } else {
                break;
            }
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
                            || self.midcap.contains(&k)
                            || crate::detect::lexicon::speaker_honorifics().contains(&k)
                            || crate::detect::lexicon::speaker_roles().contains(&k)
                    });
                named.then_some(speaker)
            }
            _ => None,
        }
    }

    /// A line that opens with a name and a colon ("PENCE: Gennifer Flowers will not …"):
    /// the name credits the rest.
    fn colon_line(&self, i: usize) -> Option<(Credit, Found, Cue)> {
        let lo = *self.sentence_toks.get(i)?;
        let hi = *self.sentence_toks.get(i + 1)?;
        let colon = (lo + 1..hi.min(lo + 5)).find(|&k| self.toks[k].is(':'))?;
        if (lo..colon).any(|k| !self.toks[k].is_word() || !tokens::is_capitalised(&self.text()[self.toks[k].span.start..self.toks[k].span.end])) {
            return None;
        }
        let phrase = Span::new(self.toks[lo].span.start, self.toks[colon - 1].span.end);
        let s = speakers::describe(self.text(), &self.toks[lo..colon], phrase, None);
        if !matches!(s.kind, Kind::Person | Kind::Organisation) {
            return None;
        }
        let credit = Credit { name: self.display_name(&s), role: s.role.clone(), cue: ":".to_string() };
        let cue = Cue { first: colon, end: colon + 1, text: ":".to_string() };
        Some((credit, Found { speaker: s, cue: ":".to_string(), place: Place::Colon, frames_statement: true }, cue))
    }

    /// Records the person or organisation that opens sentence `i` as met there.
    pub fn remember_subject(&self, i: usize, history: &mut Vec<(usize, Speaker, String)>) {
        let (Some(&lo), Some(&hi)) = (self.sentence_toks.get(i), self.sentence_toks.get(i + 1)) else { return };
        if let Some(s) = self.clause_subject(lo, hi, false) {
            let name = self.display_name(&s);
            let at = history.partition_point(|h| h.0 <= s.span.start);
            history.insert(at, (s.span.start, s, name));
        }
    }

    /// The most recent person or organisation credited before `pos`, no more than
    /// [`PRONOUN_REACH`] sentences back, for a pronoun to stand for. `history` is ordered
    /// by position.
    /// Gives the person's full name and the role the article gave them.
    pub fn antecedent(&self, history: &[(usize, Speaker, String)], pos: usize, pronoun: &str) -> Option<(String, Option<String>)> {
        let here = self.sentence_of(pos);
        let want_org = matches!(pronoun.to_lowercase().as_str(), "it" | "they" | "we");
        let before = history.partition_point(|h| h.0 <= pos);
        for (p, s, name) in history[..before].iter().rev() {
            if here.saturating_sub(self.sentence_of(*p)) > PRONOUN_REACH {
                break;
            }
            let fits = match s.kind {
                Kind::Person => !want_org,
                Kind::Organisation => want_org,
                _ => false,
            };
            if fits {
                return Some((name.clone(), s.role.clone()));
            }
        }
        None
    }
}

fn to_credit(ctx: &Context, found: &Found, history: &[(usize, Speaker, String)]) -> Option<Credit> {
    let (name, role) = match found.speaker.kind {
        Kind::Pronoun => ctx.antecedent(history, found.speaker.span.start, &found.speaker.name)?,
        _ => (ctx.display_name(&found.speaker), found.speaker.role.clone()),
    };
    Some(Credit { name, role, cue: found.cue.clone() })
}

/// Credits for every sentence in order, pronouns carried back through the ones before.
/// With `stances`, a sentence with no reporting cue may be credited through a verb of
/// stance ("Clinton wants …", "a study found …"): what reported speech reads.
fn sentence_credits(ctx: &Context, stances: bool) -> Vec<Option<(Credit, Found, Cue)>> {
    let mut history: Vec<(usize, Speaker, String)> = Vec::new();
    let mut out = Vec::with_capacity(ctx.doc.sentences.len());
    for i in 0..ctx.doc.sentences.len() {
        // The person a sentence is about is one a later pronoun may stand for.
        ctx.remember_subject(i, &mut history);
        let found = ctx.credit_in_sentence(i).or_else(|| if stances { ctx.stance_in_sentence(i) } else { None });
        let credit = found.and_then(|(f, cue)| {
            let c = to_credit(ctx, &f, &history)?;
            if f.speaker.kind != Kind::Pronoun {
                let at = history.partition_point(|h| h.0 <= f.speaker.span.start);
                history.insert(at, (f.speaker.span.start, f.speaker.clone(), c.name.clone()));
            }
            Some((c, f, cue))
        });
        out.push(credit);
    }
    out
}

fn quoted_spans(doc: &Document) -> Vec<Span> {
    super::marks::quotations(doc).into_iter().map(|q| q.outer).collect()
}

/// The credit each sentence gives for its content ("according to the Huffington Post, …",
/// "The New York Times reported that …"), in sentence order; used for figures' sources.
/// One pass over the whole article, since pronouns need the sentences before them.
pub fn credits_by_sentence(doc: &Document) -> Vec<Option<Credit>> {
    let ctx = Context::new(doc, quoted_spans(doc));
    sentence_credits(&ctx, false).into_iter().map(|c| c.map(|(credit, _, _)| credit)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credit(text: &str, sentence: usize) -> Option<Credit> {
        credits_by_sentence(&Document::from_plain_text(text)).into_iter().nth(sentence).flatten()
    }

    #[test]
    fn according_to_outlet_credits_the_outlet() {
        let c = credit("According to the Huffington Post, the raids would have been conducted in 10 cities.", 0).expect("credit");
        assert_eq!((c.name.as_str(), c.cue.as_str()), ("the Huffington Post", "according to"));
    }

    #[test]
    fn outlet_reported_that_credits_the_outlet() {
        let c = credit("The New York Times reported Thursday that raids were back on.", 0).expect("credit");
        assert_eq!((c.name.as_str(), c.cue.as_str()), ("The New York Times", "reported"));
    }

    #[test]
    fn sentence_without_cue_has_no_credit() {
        assert_eq!(credit("The raids were back on and set to begin Sunday.", 0), None);
    }

    #[test]
    fn pronoun_credit_carried_back_to_person_met_just_before() {
        let text = "Mayor Lori Lightfoot said the city was ready. She said the ban would stay.";
        let c = credit(text, 1).expect("credit");
        assert_eq!(c.name, "Lori Lightfoot");
    }

    #[test]
    fn reported_speech_span_is_the_content() {
        let doc = Document::from_plain_text("The Chicago Sun-Times reported that a coalition of organizations are urging the mayor to act.");
        let rs = reported_speech(&doc);
        assert_eq!(rs.len(), 1);
        assert_eq!(doc.slice(rs[0].0), "a coalition of organizations are urging the mayor to act");
        assert_eq!(rs[0].1.name, "The Chicago Sun-Times");
    }

    #[test]
    fn reported_speech_after_content() {
        let doc = Document::from_plain_text("The campaign decided to change course to avoid the doctors, a source said.");
        let rs = reported_speech(&doc);
        assert_eq!(rs.len(), 1);
        assert_eq!(doc.slice(rs[0].0), "The campaign decided to change course to avoid the doctors");
        assert_eq!(rs[0].1.name, "a source");
    }

    #[test]
    fn direct_quote_is_not_reported_speech() {
        let doc = Document::from_plain_text("Lightfoot said, \"Chicago is and will always be a welcoming city.\"");
        assert!(reported_speech(&doc).is_empty());
    }
}
