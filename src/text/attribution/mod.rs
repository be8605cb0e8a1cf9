//! Attribution: who a quotation or a sentence is credited to, and by which cue.
//!
//! Part of the text layer, not a detector: [`Context`] is the article read once — quote
//! marks paired, sentence tokens, the names the article gives — and quotes, reported
//! speech (claims' sources) and figures' sources all read it, so no detector imports
//! another. The rules live one concern a file: `after`, `before`, `lines`,
//! `subject` for who a cue's subject is, `reported` for reported speech, `speakers`
//! for the names model and `cues` for the reporting words.
//!
//! Rules over tokens, not a parser: a reporting cue from the lexicons ("said", "according
//! to", "went on to explain") and the speaker phrase beside it — before it ("Trump
//! said"), after it ("said Trump", "according to the Post"), or before a colon. The phrase
//! is split into a name and a role, and short names and pronouns are carried back to the
//! person met earlier, never further than a few sentences for a pronoun.

mod abbreviations;
mod after;
mod apposed;
mod before;
mod bodies;
mod cues;
mod datelines;
mod descriptors;
mod documents;
mod forecast;
mod groups;
mod headline_labels;
mod issuers;
mod lines;
mod name_openers;
mod name_words;
mod org_names;
mod passive;
mod possessive;
mod quoted_titles;
mod reported;
mod role_pieces;
mod sources;
mod speakers;
mod subject;
mod titles;
mod unnamed;
mod works;
// The word cut attribution reads is the text layer's (one cut, shared by every reader).
use crate::text::tokens::words as tokens;

pub use cues::Cue;
pub use datelines::{is_lone_label, is_news_label};
pub use reported::{reported_in, reported_speech};
pub use speakers::{Kind, Speaker};

use crate::detect::Credit;
use crate::text::marks::Quotation;
use crate::text::{BlockKind, Document, Span};
use speakers::Names;
use tokens::Tok;

/// How many sentences back a pronoun may look for the person it stands for.
const PRONOUN_REACH: usize = 4;

/// How many sentences back a pronoun credited by no one before may look for the one
/// person named in full.
const PERSON_REACH: usize = 2;

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
    /// The document's words by sentence ([`Document::words`]), cut once for every reader.
    toks: &'a [Tok],
    /// Index of the first token of each sentence (and one past the last at the end).
    sentence_toks: &'a [usize],
    sentence_starts: &'a [usize],
    /// Outer spans of the quotations: no cue is read inside them.
    quoted: Vec<Span>,
    /// Pairs of marks that do not match: no quotations, but set off from their sentence.
    mangled: Vec<Span>,
    /// The top-level quotations, paired once for every reader of the article.
    quotations: Vec<Quotation>,
    names: Names,
    /// Words the article capitalises inside a sentence: names, not sentence openers.
    midcap: rustc_hash::FxHashSet<String>,
    /// Each sentence's [`Context::credit_in_sentence`] and the subject
    /// [`Context::remember_subject`] takes from it, worked out once: quotes, sentence
    /// credits and reported speech each walk every sentence.
    by_sentence: std::cell::OnceCell<Vec<SentenceReading>>,
    /// The roles the article gives people named in full where it credits them or opens a
    /// sentence with them ("Sarah Kline, a nurse at St Mary's, said"), in order, for a
    /// short name later ([`Context::carry_role`]); read once from `by_sentence`.
    roles: std::cell::OnceCell<Vec<(usize, String, String)>>,
    /// The sex the article's honorifics give each surname ("Mr. Cruz", "Ms. Warren"), read
    /// once when a pronoun first needs it.
    sexes: std::cell::OnceCell<rustc_hash::FxHashMap<String, char>>,
    /// Each word's count of capitalised uses, `None` once it is met in lower case
    /// ([`Context::written_as_proper_noun`]), counted once when a subject first asks.
    proper_nouns: std::cell::OnceCell<rustc_hash::FxHashMap<String, Option<u32>>>,
    /// Whether each sentence stands in a headline ([`Context::in_headline`]), read once: the
    /// cue scan asks it of nearly every token.
    headline_sentences: Vec<bool>,
    /// The last [`Context::cues`] read and its token range: a sentence's credit asks for
    /// its cues, then its relay ([`Context::name_relay`]) for the same cues again.
    last_cues: std::cell::RefCell<Option<(usize, usize, Vec<Cue>)>>,
}

/// What one sentence gives, for [`Context::credit_in_sentence`] and [`Context::remember_subject`].
struct SentenceReading {
    credit: Option<(Found, Cue)>,
    subject: Option<(usize, Speaker, String)>,
}

impl<'a> Context<'a> {
    /// The article's context, its quotation marks paired here: built once per article
    /// and read by quotes, claims (reported speech) and figures (sentence credits).
    pub fn for_article(doc: &'a Document) -> Context<'a> {
        let (quotations, mangled) = super::marks::quotations_and_mangled(doc);
        Context { mangled, ..Context::new(doc, quotations) }
    }

    /// The context of `doc` with its top-level `quotations` already paired.
    pub fn new(doc: &'a Document, quotations: Vec<Quotation>) -> Context<'a> {
        let quoted = quotations.iter().map(|q| q.outer).collect();
        let (toks, sentence_toks) = doc.words();
        let sentence_starts = &sentence_toks[..sentence_toks.len().saturating_sub(1)];
        let mut names = Names::collect(&doc.text, toks, sentence_starts);
        names.forget_headline_only(&headline_spans(doc));
        let mut midcap = rustc_hash::FxHashSet::default();
        for w in sentence_toks.windows(2) {
            for i in w[0] + 1..w[1] {
                let t = &toks[i];
                let after_mark = matches!(toks[i - 1].punct, Some(p) if p != ',' && p != ')');
                let word = &doc.text[t.span.start..t.span.end];
                if t.is_word() && !after_mark && tokens::is_capitalised(word) {
                    midcap.insert(tokens::key(word).into());
                }
            }
        }
        Context {
            doc,
            toks,
            sentence_toks,
            sentence_starts,
            quoted,
            quotations,
            mangled: Vec::new(),
            names,
            midcap,
            by_sentence: std::cell::OnceCell::new(),
            roles: std::cell::OnceCell::new(),
            sexes: std::cell::OnceCell::new(),
            proper_nouns: std::cell::OnceCell::new(),
            headline_sentences: headline_sentences(doc),
            last_cues: std::cell::RefCell::default(),
        }
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
        if let Some((l, h, cues)) = &*self.last_cues.borrow() {
            if (*l, *h) == (lo, hi) {
                return cues.clone();
            }
        }
        let out = self.read_cues(lo, hi);
        *self.last_cues.borrow_mut() = Some((lo, hi, out.clone()));
        out
    }

    /// [`Context::cues`], read from the tokens.
    fn read_cues(&self, lo: usize, hi: usize) -> Vec<Cue> {
        let mut out = Vec::new();
        let mut i = lo;
        while i < hi {
            if !self.is_quoted(self.toks[i].span.start) {
                // Headlines capitalise every word, cues too ("…, Lindsey Graham Says").
                let at_start = self.sentence_starts.binary_search(&i).is_ok() || self.in_headline(i);
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

    /// The cue a found speaker is credited through: `cue` itself, unless it only asks for
    /// anonymity ("An official, who asked not to be named, said …") and the main clause
    /// goes on with a cue of its own after a comma; the speaker stays the same either way.
    fn main_clause_cue(&self, cue: &Cue, hi: usize) -> Cue {
        let text = self.text();
        if !cues::asks_anonymity(text, &self.toks[..hi], cue) {
            return cue.clone();
        }
        let after_comma = |c: &Cue| c.first > 0 && self.toks[c.first - 1].is(',');
        self.cues(cue.end, hi).into_iter().find(|c| after_comma(c) && !cues::asks_anonymity(text, &self.toks[..hi], c)).unwrap_or_else(|| cue.clone())
    }

    /// Whether token `i` stands in a headline: a heading block or the article's first line.
    fn in_headline(&self, i: usize) -> bool {
        let s = self.sentence_toks.partition_point(|&t| t <= i).saturating_sub(1);
        self.headline_sentences.get(s).copied().unwrap_or(false)
    }

    fn sentence_of(&self, pos: usize) -> usize {
        self.doc.sentence_at(pos).unwrap_or(0)
    }

    fn block_of(&self, pos: usize) -> Span {
        self.doc.block_at(pos).map(|b| self.doc.blocks[b].span).unwrap_or(Span::new(0, self.text().len()))
    }

    /// The credit a quotation (outer span `q`) is given in its own sentence or lines,
    /// with `prev_end`/`next_start` the neighbouring quotations in the same paragraph.
    /// A credit relayed by another source in the same sentence ("…,” Sanders said,
    /// according to CNN.) names both: the speaker, and the source the article has the
    /// words from ("Bernie Sanders (via CNN)"), since that source is the one to check.
    pub fn credit_for_quote(&self, q: Span, prev_end: Option<usize>, next_start: Option<usize>) -> Option<Found> {
        let mut found = self.own_credit_for_quote(q, prev_end, next_start)?;
        let block = self.block_of(q.start);
        let mut from = self.sentence_of(q.start.min(found.speaker.span.start));
        // "According to AZCentral, one sign read, “…” Another advised, “…”": a subject
        // standing for one more of those met before keeps their relay.
        if found.speaker.kind == Kind::Nominal && crate::detect::lexicon::indefinite_subjects().contains(&tokens::key(&found.speaker.name)) {
            from = from.saturating_sub(1);
        }
        let to = self.sentence_of(q.end.saturating_sub(1).max(found.speaker.span.end.saturating_sub(1)));
        let lo_pos = self.doc.sentences.get(from).map_or(block.start, |s| s.span.start).max(block.start);
        let hi_pos = self.doc.sentences.get(to).map_or(block.end, |s| s.span.end).min(block.end).min(next_start.unwrap_or(usize::MAX));
        self.name_relay(&mut found, self.tok_at(lo_pos), self.tok_at(hi_pos));
        Some(self.carry_role(found))
    }

    /// "Sarah Kline, a nurse at St Mary's, said …" then "“…,” Kline said": a short name
    /// carried back to a full name takes the role the article gave that person when it
    /// named them, as the reader of a later quote needs it too. A role of its own stays.
    fn carry_role(&self, mut found: Found) -> Found {
        let s = &found.speaker;
        if s.kind != Kind::Person || s.role.is_some() {
            return found;
        }
        let full = self.display_name(s);
        if full == s.name || !full.contains(' ') {
            return found;
        }
        let roles = self.roles.get_or_init(|| self.roles_given());
        let before = roles.partition_point(|(p, _, _)| *p < s.span.start);
        found.speaker.role = roles[..before].iter().rev().find(|(_, n, _)| *n == full).map(|(_, _, r)| r.clone());
        found
    }

    /// The people named in full with a role, where the sentences credit them or open with
    /// them: what [`Context::carry_role`] reads.
    fn roles_given(&self) -> Vec<(usize, String, String)> {
        let mut out = Vec::new();
        for i in 0..self.doc.sentences.len() {
            let Some(r) = self.reading(i) else { continue };
            let credited = r.credit.as_ref().map(|(f, _)| (f.speaker.clone(), self.display_name(&f.speaker)));
            let subject = r.subject.as_ref().map(|(_, s, name)| (s.clone(), name.clone()));
            for (s, name) in credited.into_iter().chain(subject) {
                if let (Kind::Person, Some(role)) = (s.kind, s.role) {
                    if name.contains(' ') && !name.contains(" (via ") {
                        out.push((s.span.start, name, role));
                    }
                }
            }
        }
        out.sort_by_key(|(p, _, _)| *p);
        out
    }

    /// Names the source that relays `found` within tokens `lo..hi` beside its speaker.
    fn name_relay(&self, found: &mut Found, lo: usize, hi: usize) {
        if matches!(found.speaker.kind, Kind::Person | Kind::Organisation | Kind::Nominal) {
            if let Some(via) = self.relayed_by(lo, hi, found) {
                found.speaker.name = format!("{} (via {})", self.display_name(&found.speaker), self.display_name(&via));
            }
        }
    }

    fn own_credit_for_quote(&self, q: Span, prev_end: Option<usize>, next_start: Option<usize>) -> Option<Found> {
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
        // Before the quote, in its sentence.
        let s_start = self.sentence_of(q.start);
        let sent_start = self.doc.sentences.get(s_start).map_or(block.start, |s| s.span.start);
        let lo_pos = sent_start.max(block.start).max(prev_end.unwrap_or(0));
        let l_hi = self.tok_at(q.start);
        let l_lo = self.tok_at(lo_pos).max(l_hi.saturating_sub(CONTEXT_TOKENS));
        if r_hi > r_lo {
            if let Some(found) = self.credit_after(r_lo, r_hi) {
                return Some(found);
            }
        }
        if let Some(found) = self.closing_credit_past_quotes(q, r_lo, hi_pos.min(block.end)) {
            return Some(found);
        }
        if let Some(found) = self.credit_before(l_lo, l_hi).or_else(|| self.labelling_credit(l_lo, l_hi)).or_else(|| self.finding_credit(l_lo, l_hi)) {
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
                    if let Some(found) = self.credit_after(n_lo, n_hi).filter(|f| !self.opens_own_statement(f, n_lo, n_hi)) {
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

    /// "…will carry “a great deal of weight” and bring the “grass-roots firepower” they
    /// need, DFA spokesman Neil Sroka said.": a credit closing the sentence, after further
    /// quotes of the same sentence, credits every quote in it. Tokens from `r_lo` (after
    /// the quote) to the sentence's end at byte `end`.
    fn closing_credit_past_quotes(&self, q: Span, r_lo: usize, end: usize) -> Option<Found> {
        let later = self.quotations.iter().any(|o| o.outer.start >= q.end && o.outer.end <= end);
        if !later {
            return None;
        }
        let hi = self.tok_at(end).min(r_lo + CONTEXT_TOKENS);
        let last_quote_end = self.quotations.iter().filter(|o| o.outer.start >= q.end && o.outer.end <= end).map(|o| o.outer.end).max()?;
        let from = self.tok_at(last_quote_end);
        let cue = self.cues(from, hi).pop()?;
        let found = self.credit_after(from, hi)?;
        let at = self.tok_at(found.speaker.span.start).min(cue.first);
        // The credit is the sentence's last clause, set off by a comma a few words (a role)
        // before it: ", DFA spokesman Neil Sroka said."
        let comma = (from..at).rev().find(|&i| !self.toks[i].is_word());
        let set_off = comma.is_some_and(|c| self.toks[c].is(',') && at - c <= 6);
        let closes = self.closes_sentence(self.tok_at(found.speaker.span.end).max(cue.end), hi);
        (set_off && closes && matches!(found.speaker.kind, Kind::Person | Kind::Organisation)).then_some(found)
    }

    /// Whether the sentence in tokens `lo..hi`, read as the credit of a quote before it,
    /// reports words of its own instead: "Ohio Gov. John Kasich said he would have fired
    /// him" is Kasich's statement, not the credit of the quote that ends the sentence before.
    /// A cue closed by a colon ("Mr. Haddad said: “…”") introduces the quote after it:
    /// the quote before belongs to whoever spoke before, not to this new speaker.
    fn opens_own_statement(&self, found: &Found, lo: usize, hi: usize) -> bool {
        self.introduces_next(found, lo, hi) || self.reports_own_words(found, lo, hi)
    }

    /// Whether the cue of `found` (with its speaker, if after it) ends on a colon.
    fn introduces_next(&self, found: &Found, lo: usize, hi: usize) -> bool {
        let cue_words = found.cue.split(' ').count();
        let key = |i: usize| tokens::key(&self.text()[self.toks[i].span.start..self.toks[i].span.end]);
        let head = found.cue.split(' ').next().unwrap_or("");
        let Some(cue) = (lo..hi).find(|&i| self.toks[i].is_word() && key(i) == head) else {
            return false;
        };
        let end = (cue + cue_words).max(self.tok_at(found.speaker.span.end));
        end < hi && self.toks[end].is(':')
    }

    fn reports_own_words(&self, found: &Found, lo: usize, hi: usize) -> bool {
        let text = self.text();
        let key = |i: usize| tokens::key(&text[self.toks[i].span.start..self.toks[i].span.end]);
        let verb = found.cue.split(' ').next().unwrap_or("");
        let from = self.tok_at(found.speaker.span.end).max(lo);
        let Some(cue) = (lo..hi).find(|&i| self.toks[i].is_word() && key(i) == verb && (i >= from || found.speaker.span.start >= self.toks[i].span.end)) else {
            return false;
        };
        let after = (cue + found.cue.split(' ').count()).max(from);
        if after >= hi || !self.toks[after].is_word() {
            return false;
        }
        // A determiner after "told" or "asked" opens the hearer ("Todd asked the mogul").
        let said = matches!(verb, "said" | "says" | "say");
        match key(after).as_str() {
            "he" | "she" | "they" | "it" | "we" | "i" | "that" => true,
            "the" | "a" | "an" | "his" | "her" | "their" | "its" => said,
            _ => false,
        }
    }

    /// The source that relays a credit within tokens `lo..hi` (the sentences that hold the
    /// quote and its credit): "according to CNN" opening or closing them, or a closing ",
    /// CNN reported." after the credit. None when that source is the speaker itself.
    fn relayed_by(&self, lo: usize, hi: usize, found: &Found) -> Option<Speaker> {
        let own = self.tok_at(found.speaker.span.start);
        let mut via = None;
        for cue in self.cues(lo, hi) {
            if cue.first <= own && own < cue.end.max(cue.first + 1) {
                continue;
            }
            let speaker = if cue.is_according_to() {
                // It must open the sentence or close it: "according to the CBO" set inside
                // the statement credits a fact of it, not the quote.
                let opens = self.sentence_starts.binary_search(&cue.first).is_ok();
                // Set off from the clause before it, not opened by a conjunction ("…, although
                // according to the budget office the plan …").
                let set_off = cue.first > lo && {
                    let t = &self.toks[cue.first - 1];
                    t.is(',') || (t.is_word() && !crate::detect::lexicon::speaker_boundaries().contains(&tokens::key(&self.text()[t.span.start..t.span.end])))
                };
                speakers::after(self.text(), &self.toks[..hi], cue.end, hi)
                    .filter(|s| opens || (set_off && self.closes_after_release(self.tok_at(s.span.end), hi)))
            } else if cue.first > own && cue.text == "reported" && self.closes_sentence(cue.end, hi) {
                // "…, saying it was “doing the right thing,” CNN reported." "…, Right Wing
                // Watch first reported.": a name of three words or more there is an outlet's.
                speakers::before(self.text(), &self.toks[..hi], lo, cue.first)
                    .filter(|s| (s.kind == Kind::Organisation || (s.kind == Kind::Person && s.name.split(' ').count() >= 3)) && self.tok_at(s.span.start) > own)
            } else if cue.first > own && matches!(cue.text.as_str(), "reported" | "reports") && self.toks[cue.first - 1].is(',') {
                // "…,” said Kristen Day, reports USA Today.": the outlet after the cue.
                speakers::after(self.text(), &self.toks[..hi], cue.end, hi)
                    .filter(|s| matches!(s.kind, Kind::Organisation | Kind::Person) && self.closes_sentence(self.tok_at(s.span.end), hi))
            } else {
                None
            };
            if let Some(s) = speaker.filter(|s| !matches!(s.kind, Kind::Pronoun) && s.span.start != found.speaker.span.start) {
                via = Some(s);
            }
        }
        let via = via?;
        let same = tokens::key(&self.display_name(&via)) == tokens::key(&self.display_name(&found.speaker));
        (!same).then_some(via)
    }

    /// [`Context::closes_sentence`], a participle of release allowed first: "…, according
    /// to an AP-GfK poll released Thursday." (the source stops before "released").
    fn closes_after_release(&self, i: usize, hi: usize) -> bool {
        let participle = i < hi && self.toks[i].is_word() && {
            let w = &self.text()[self.toks[i].span.start..self.toks[i].span.end];
            !tokens::is_capitalised(w) && w.len() > 4 && w.ends_with("ed")
        };
        self.closes_sentence(i, hi) || (participle && self.closes_sentence(i + 1, hi))
    }

    /// Whether nothing but punctuation and words of time follow token `i` before `hi`.
    fn closes_sentence(&self, i: usize, hi: usize) -> bool {
        (i..hi).all(|j| {
            let t = &self.toks[j];
            !t.is_word() || crate::detect::lexicon::time_words().contains(&tokens::key(&self.text()[t.span.start..t.span.end]))
        })
    }

    /// Whether a speaker names a group rather than one person: a single word in the plural
    /// or a group noun ("Democrats", "Republicans", "Police"), unless the article names a
    /// person in full by it ("Williams" after "Serena Williams", "Sanders" after "Bernie
    /// Sanders"): then it is that person's surname.
    pub fn is_group(&self, s: &Speaker) -> bool {
        if s.name.contains(' ') {
            return false;
        }
        let k = tokens::key(&s.name);
        let plural = k.len() > 3 && k.ends_with('s') && !k.ends_with("ss") && !k.ends_with("us");
        (plural || groups::is_group_noun(&k)) && self.names.full(&s.name, usize::MAX).is_none() && self.names.by_first_name(&s.name, usize::MAX).is_none()
    }

    /// The name a speaker is shown under: short names carried back to full names.
    pub fn display_name(&self, s: &Speaker) -> String {
        if let Some(person) = self.headline_person(s) {
            return person;
        }
        if let Some(person) = self.titled_person(s) {
            return person;
        }
        if let Some(body) = self.named_body(s) {
            return body;
        }
        if let Some(named) = self.named_for(s) {
            return named;
        }
        // A headline names by surname the person the story names in full below it
        // ("‘We will not back down’: Okafor" over "Union leader Chidi Okafor told …").
        if s.kind == Kind::Person && !s.name.contains(' ') && self.in_headline(self.tok_at(s.span.start)) {
            if let Some(full) = self.names.full(&s.name, self.text().len()) {
                return full.to_string();
            }
        }
        speakers::resolve_name(&self.names, s)
    }

    /// The body or person a phrase stands for that the article names elsewhere: a
    /// headline's abbreviation ("SC"), a description set in apposition ("a rights group")
    /// or a document of a named issuer ("the statement").
    fn named_for(&self, s: &Speaker) -> Option<String> {
        if s.kind == Kind::Pronoun {
            return None;
        }
        self.abbreviated_body(s).or_else(|| self.apposed_body(s)).or_else(|| self.document_issuer(s))
    }

    /// The credit a sentence gives for its words (outside its quotations).
    pub fn credit_in_sentence(&self, sentence: usize) -> Option<(Found, Cue)> {
        let (found, cue) = self.reading(sentence)?.credit.clone()?;
        Some((self.carry_role(found), cue))
    }

    /// What sentence `i` gives, read for every sentence on first use.
    fn reading(&self, i: usize) -> Option<&SentenceReading> {
        let all = self
            .by_sentence
            .get_or_init(|| (0..self.doc.sentences.len()).map(|i| SentenceReading { credit: self.read_credit(i), subject: self.read_subject(i) }).collect());
        all.get(i)
    }

    fn read_credit(&self, sentence: usize) -> Option<(Found, Cue)> {
        let lo = *self.sentence_toks.get(sentence)?;
        let hi = *self.sentence_toks.get(sentence + 1)?;
        for cue in self.cues(lo, hi) {
            if sources::hearer_in_passive(self.text(), self.toks, lo, cue.first) {
                continue;
            }
            if let Some(speaker) = self
                .speaker_of(&cue, lo, hi, true)
                .filter(|s| !sources::counts_or_scrap(self.text(), s) && !self.asks_the_hearer(sentence, s))
                .map(|s| owned_document(self.widen_source(s, lo, hi)))
            {
                let cue = self.main_clause_cue(&cue, hi);
                let frames = cue.frames_statement();
                let mut found = Found { speaker, cue: cue.text.clone(), place: Place::Before, frames_statement: frames };
                if !cue.is_according_to() {
                    self.name_relay(&mut found, lo, hi);
                }
                return Some((found, cue));
            }
        }
        None
    }
}

impl Context<'_> {
    /// "Why did you write it?", "What did you tell the board?": a question put to the one
    /// addressed, or an interviewer's question set as a paragraph of its own, credits
    /// nobody; an interview's answer after it is the interviewee's, not a continuation of
    /// whoever the question's words were read back to.
    fn asks_the_hearer(&self, sentence: usize, s: &Speaker) -> bool {
        let Some(span) = self.doc.sentences.get(sentence).map(|x| x.span) else { return false };
        let line = self.text()[span.start..span.end].trim_end().trim_end_matches(['*', '_', '"', '\u{201d}', '\'', '\u{2019}']);
        let block = self.block_of(span.start);
        let whole_paragraph = self.text()[block.start..block.end].trim().trim_matches(['*', '_']).trim() == line.trim_start_matches(['*', '_']).trim();
        // "Smith asked: “Why now?”" ends in a question too, but quotes one.
        let quotes_one = self.quoted.iter().any(|q| q.start < span.end && q.end > span.start);
        line.ends_with('?') && !quotes_one && (s.name.eq_ignore_ascii_case("you") || whole_paragraph)
    }
}

/// A source that is a document or event of a named owner ("the Federal Reserve's July
/// meeting") credited to that owner, a body ([`documents::owner_of_document`]).
fn owned_document(s: Speaker) -> Speaker {
    match documents::owner_of_document(&s.name) {
        Some(owner) if s.kind != Kind::Pronoun => {
            let kind = if s.kind == Kind::Person { Kind::Person } else { Kind::Organisation };
            Speaker { name: owner, kind, ..s }
        }
        _ => s,
    }
}

/// Whether each sentence of `doc` stands in a headline: a heading block or the article's
/// first line (for [`Context::in_headline`]).
fn headline_sentences(doc: &Document) -> Vec<bool> {
    // The first block's test reads its text: once, not once a sentence.
    let first_is_a_line = doc.blocks.first().is_some_and(|b| b.span.len() <= HEADLINE_BYTES && !doc.slice(b.span).contains('\n'));
    doc.sentences
        .iter()
        .map(|s| {
            let block = &doc.blocks[s.block];
            matches!(block.kind, BlockKind::Heading | BlockKind::Title) || (s.block == 0 && first_is_a_line)
        })
        .collect()
}

fn to_credit(ctx: &Context, found: &Found, history: &[(usize, Speaker, String)]) -> Option<Credit> {
    let (name, role) = match found.speaker.kind {
        Kind::Pronoun => ctx.antecedent(history, found.speaker.span.start, &found.speaker.name)?,
        _ => (ctx.display_name(&found.speaker), found.speaker.role.clone()),
    };
    Some(Credit { name, role, cue: found.cue.clone() })
}

/// The byte spans of the article's headlines: heading blocks, and a first block of one
/// short line (as [`Context::in_headline`] reads them).
fn headline_spans(doc: &Document) -> Vec<std::ops::Range<usize>> {
    let one_line = |i: usize, b: &crate::text::Block| i == 0 && b.span.len() <= HEADLINE_BYTES && !doc.slice(b.span).contains('\n');
    let head = |i: usize, b: &crate::text::Block| matches!(b.kind, BlockKind::Heading | BlockKind::Title) || one_line(i, b);
    doc.blocks.iter().enumerate().filter(|(i, b)| head(*i, b)).map(|(_, b)| b.span.start..b.span.end).collect()
}

/// "The Environment Agency expects levels to fall by up to 30cm", "the IMF estimates
/// growth of 2.1%": a named body or person who expects, estimates or predicts (verbs of
/// stance that carry a figure) is the source of the figures of that clause, as it is of
/// the claim.
fn forecasts(found: &Found, cue: &Cue) -> bool {
    forecast::is_forecast_verb(&cue.text) && matches!(found.speaker.kind, Kind::Person | Kind::Organisation)
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
        let found = ctx.credit_in_sentence(i).or_else(|| ctx.stance_in_sentence(i).filter(|(f, cue)| stances || forecasts(f, cue)));
        let credit = found.and_then(|(f, cue)| {
            // Reported speech keeps a pronoun nobody before it names ("They argue that …"):
            // the sentence is still someone's statement, and says so.
            let unresolved = || (stances && f.speaker.kind == Kind::Pronoun).then(|| Credit { name: f.speaker.name.clone(), role: None, cue: f.cue.clone() });
            let c = to_credit(ctx, &f, &history).or_else(unresolved)?;
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

/// The credit each sentence gives for its content ("according to the Huffington Post, …",
/// "The New York Times reported that …"), in sentence order; used for figures' sources.
/// One pass over the whole article, since pronouns need the sentences before them.
pub fn credits_by_sentence(doc: &Document) -> Vec<Option<Credit>> {
    Context::for_article(doc).credits_by_sentence()
}

impl Context<'_> {
    /// The outer spans of the pairs of marks that do not match, in order (see
    /// [`super::marks::quotations_and_mangled`]).
    pub fn mangled(&self) -> &[Span] {
        &self.mangled
    }

    /// The top-level quotations of the article, in order.
    pub fn quotations(&self) -> &[Quotation] {
        &self.quotations
    }

    /// [`credits_by_sentence`] from a context already built.
    pub fn credits_by_sentence(&self) -> Vec<Option<Credit>> {
        sentence_credits(self, false).into_iter().map(|c| c.map(|(credit, _, _)| credit)).collect()
    }

    /// [`Context::credits_by_sentence`], each with the stretch of its sentence the credit
    /// governs: the clause holding the cue and its speaker, not past a semicolon nor into
    /// a contrasting clause after it ("Crime is falling, as the mayor claimed; robberies are
    /// up 3%": the 3% is not the mayor's). For figures, which sit in one clause.
    pub fn scoped_credits_by_sentence(&self) -> Vec<Option<(Credit, Span)>> {
        sentence_credits(self, false).into_iter().enumerate().map(|(i, c)| c.map(|(credit, found, cue)| (credit, self.credit_scope(i, &found, &cue)))).collect()
    }

    /// Whether a conjunction at token `j` opens a clause credited to someone else, in
    /// tokens up to `hi`: "Police said two men were arrested, but the fire service said 40
    /// homes …", "The mayor said …, while auditor Jane Roe said …". What follows is the
    /// other speaker's, not `found`'s; a pronoun ("and she said") may be the same speaker.
    fn opens_other_credit(&self, j: usize, hi: usize, found: &Found) -> bool {
        let t = &self.toks[j];
        let conjunction = t.is_word()
            && j > 0
            && self.toks[j - 1].is(',')
            && !self.is_quoted(t.span.start)
            && matches!(tokens::key(&self.text()[t.span.start..t.span.end]).as_str(), "but" | "and" | "while" | "whereas" | "yet");
        if !conjunction {
            return false;
        }
        // The new clause opens with its speaker and the verb of saying right after it:
        // ", but the fire service said", not ", and would owe $65 billion, the report said".
        let own = self.display_name(&found.speaker);
        let Some(c) = self.cues(j + 1, hi).into_iter().next().filter(Cue::frames_statement) else { return false };
        self.speaker_of(&c, j + 1, hi, false).is_some_and(|s| {
            let (first, end) = (self.tok_at(s.span.start), self.tok_at(s.span.end));
            let adjoins = first == j + 1 && (end..c.first).all(|i| self.toks[i].is_word()) && c.first - end <= 1;
            adjoins && s.kind != Kind::Pronoun && tokens::key(&self.display_name(&s)) != tokens::key(&own)
        })
    }

    /// The bytes of sentence `i` that the credit by `found` through `cue` governs.
    fn credit_scope(&self, i: usize, found: &Found, cue: &Cue) -> Span {
        let sentence = self.doc.sentences[i].span;
        let (Some(&lo), Some(&hi)) = (self.sentence_toks.get(i), self.sentence_toks.get(i + 1)) else { return sentence };
        let speaker_first = self.tok_at(found.speaker.span.start);
        let speaker_last = self.tok_at(found.speaker.span.end).max(speaker_first + 1);
        let first = cue.first.min(speaker_first).clamp(lo, hi);
        let last = cue.end.max(speaker_last).clamp(lo, hi);
        let text = self.text();
        let key = |j: usize| tokens::key(&text[self.toks[j].span.start..self.toks[j].span.end]);
        let open = |j: usize| !self.is_quoted(self.toks[j].span.start);
        // "…; they only learned on Friday …": a clause opened by a subject pronoun goes on
        // with the statement.
        let semicolon = |j: usize| {
            self.toks[j].is(';') && open(j) && !(j + 1 < hi && self.toks[j + 1].is_word() && matches!(key(j + 1).as_str(), "he" | "she" | "they" | "we" | "i"))
        };
        // A contrasting conjunction after a comma opens a clause of its own; "but" and "yet"
        // only right after the credit ("…, the minister said, but wages rose …"), since
        // inside the reported words they go on with them ("a high sum, but still below …").
        let contrast = |j: usize| {
            j > lo && self.toks[j - 1].is(',') && self.toks[j].is_word() && open(j) && {
                let k = key(j);
                matches!(k.as_str(), "while" | "whereas" | "although" | "though") || (matches!(k.as_str(), "but" | "yet") && j == last + 1)
            }
        };
        let start = (lo..first).rev().find(|&j| semicolon(j)).map_or(sentence.start, |j| self.toks[j].span.end);
        let end = (last..hi).find(|&j| semicolon(j) || contrast(j) || self.opens_other_credit(j, hi, found)).map_or(sentence.end, |j| self.toks[j].span.start);
        Span::new(start.max(sentence.start), end.min(sentence.end).max(start.max(sentence.start)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credit(text: &str, sentence: usize) -> Option<Credit> {
        credits_by_sentence(&Document::from_plain_text(text)).into_iter().nth(sentence).flatten()
    }

    /// The name credited to quotation `n` of `text`, relay included.
    fn quote_credit(text: &str, n: usize) -> Option<String> {
        let doc = Document::from_plain_text(text);
        let ctx = Context::for_article(&doc);
        let q = ctx.quotations().get(n)?.outer;
        let f = ctx.credit_for_quote(q, None, None)?;
        Some(if f.speaker.kind == Kind::Pronoun { f.speaker.name } else { ctx.display_name(&f.speaker) })
    }

    #[test]
    fn a_poll_released_on_a_day_still_relays_the_quote() {
        for (text, want) in [
            ("Most voters say \u{201c}prices are too high,\u{201d} according to an AP-GfK poll released Thursday.", "an AP-GfK poll"),
            ("Most parents say \u{201c}schools are safe,\u{201d} according to a YouGov survey published Monday.", "a YouGov survey"),
        ] {
            let got = quote_credit(text, 0).unwrap_or_default();
            assert!(got.contains(want), "{text}: {got}");
        }
    }

    /// The speaker of quotation `n` named by a passive's agent or a possessive owner, as
    /// the quotes detector asks for them when the sentence gives no cue of its own.
    fn owner_or_agent(text: &str, n: usize) -> Option<String> {
        let doc = Document::from_plain_text(text);
        let ctx = Context::for_article(&doc);
        let q = ctx.quotations().get(n)?.outer;
        let (s, _) = ctx.passive_agent(q).or_else(|| ctx.possessive_source(q))?;
        Some(ctx.display_name(&s))
    }

    /// A past perfect of writing ("had written", "has written") is a cue as "wrote" is, in
    /// a clause opening the sentence ("As X had written, “…”") or closing the quote.
    #[test]
    fn perfect_of_writing_is_a_cue() {
        for (text, name) in [
            ("Headline\n\nAs the columnist Rosa Vidal had written a year earlier, \u{201c}No city can build its way out of this.\u{201d}", "Rosa Vidal"),
            ("Headline\n\n\u{201c}The river will flood again within a decade,\u{201d} Dr. Ian Shore has written.", "Ian Shore"),
            ("Headline\n\nAs Ferdinand Kole had written in his memoir, \"The party never forgave the miners.\"", "Ferdinand Kole"),
            (
                "Headline\n\nThe bank's economists have written that \u{201c}rates will stay higher for longer than markets expect.\u{201d}",
                "The bank's economists",
            ),
        ] {
            assert_eq!(quote_credit(text, 0).as_deref(), Some(name), "{text}");
        }
    }

    /// "…,” concluded a report by the Urban Institute": a word as often a noun right after a
    /// determiner ("a report") heads the document credited after an inverted cue; it ends
    /// no phrase as the verb "report" would.
    #[test]
    fn document_noun_after_an_inverted_cue_is_the_source() {
        for (text, name) in [
            (
                "Headline\n\n\u{201c}The plan shifts the cost onto renters,\u{201d} concluded a report by the Urban Institute.",
                "a report by the Urban Institute",
            ),
            // The maker of a report from a named body is shown as the body.
            ("Headline\n\n\"Hospitals were not ready for the second wave,\" noted the report from the National Audit Office.", "National Audit Office"),
            ("Headline\n\n\u{201c}Most of the funds were never spent,\u{201d} said a report by Transparency International.", "Transparency International"),
        ] {
            assert_eq!(quote_credit(text, 0).as_deref(), Some(name), "{text}");
        }
    }

    /// "…,” as one analyst put it.": an "as" clause right after the quote credits it.
    #[test]
    fn as_clause_after_the_quote_is_its_credit() {
        for (text, name) in [
            ("Headline\n\nThe rule demands a \u{201c}sizable investment in a new business,\u{201d} as a Treasury memo put it.", "a Treasury memo"),
            ("Headline\n\n\u{201c}Nobody wins a trade war that lasts this long,\u{201d} as the economist Paula Grant put it.", "Paula Grant"),
            ("Headline\n\n\"The season is over for us,\" as coach Marco Bielsa said after the match.", "Marco Bielsa"),
        ] {
            assert_eq!(quote_credit(text, 0).as_deref(), Some(name), "{text}");
        }
    }

    /// "…,” Carter said, according to audio provided by Montana Public Radio.": the
    /// document's maker relays the quote, named beside the speaker; with no speaker of its
    /// own the document phrase is the credit.
    #[test]
    fn handed_document_relays_or_credits_the_quote() {
        for (text, name) in [
            (
                "Headline\n\n\u{201c}We will rebuild the mill this year,\u{201d} Bill Carter said during the session, according to audio provided by Montana Public Radio.",
                "Bill Carter (via audio provided by Montana Public Radio)",
            ),
            (
                "Headline\n\n\"We will rebuild the mill this year,\" Bill Carter said during the session, according to a recording obtained by the Guardian.",
                "Bill Carter (via a recording obtained by the Guardian)",
            ),
        ] {
            assert_eq!(quote_credit(text, 0).as_deref(), Some(name), "{text}");
        }
        let text = "Headline\n\nThe hearing ran late.\n\n\u{201c}The defendant pushed past the guard twice and then left,\u{201d} according to a court document filed by prosecutor Dave Aronberg.";
        assert!(quote_credit(text, 0).is_some_and(|c| c.contains("Dave Aronberg")), "{text}");
    }

    /// "Protesters marching through the streets chanted “…”": the plural opening the
    /// sentence is the subject, not the object of the participle phrase after it.
    #[test]
    fn plural_before_a_participle_phrase_is_the_subject() {
        for (text, name) in [
            ("Headline\n\nStudents marching through the old town chanted \u{201c}No more cuts to our schools.\u{201d}", "Students"),
            ("Headline\n\nResidents living near the plant told reporters, \"We cannot open our windows in summer.\"", "Residents"),
            ("Headline\n\nNurses picketing outside the hospital shouted \u{2018}Safe staffing saves lives.\u{2019}", "Nurses"),
        ] {
            assert_eq!(quote_credit(text, 0).as_deref(), Some(name), "{text}");
        }
        // A name the article writes as one keeps its own reading.
        let text = "Headline\n\nEnergy prices rising across Europe worried Lena Park, who said, \u{201c}We are not ready for winter.\u{201d}";
        assert_ne!(quote_credit(text, 0).as_deref(), Some("Energy"));
    }

    /// "was described by Helen Marsh, a housing economist, as “…”": the agent named before
    /// the "as" that opens the quote; the agent's phrase and appositive must reach the "as".
    #[test]
    fn passive_agent_before_the_quote_is_the_speaker() {
        for (text, name) in [
            ("Headline\n\nThe plan was described by Helen Marsh, a housing economist, as \u{201c}a sticking plaster on a broken leg.\u{201d}", "Helen Marsh"),
            ("Headline\n\nThe new stadium was described by Councillor Priya Nair as \u{201c}an expensive white elephant\u{201d}.", "Priya Nair"),
            ("Headline\n\nThe proposal was branded by Lord Evans, a former minister, as \u{201c}unworkable and unfair.\u{201d}", "Lord Evans"),
            (
                "Headline\n\nThe treaty was hailed by the Swedish Foreign Ministry as a \u{201c}turning point for the region.\u{201d}",
                "the Swedish Foreign Ministry",
            ),
        ] {
            assert_eq!(owner_or_agent(text, 0).as_deref(), Some(name), "{text}");
        }
        // "by the end of the year" names no agent.
        let text = "Headline\n\nThe road will be finished by the end of the year, described as \u{201c}a lifeline for the valley.\u{201d}";
        assert_eq!(owner_or_agent(text, 0), None);
    }

    /// "The minister's claim that “…”": an office or a body named by "the" owns its words
    /// as a name does; any other noun owns nothing said.
    #[test]
    fn office_in_the_possessive_owns_its_claim() {
        for (text, name) in [
            ("Headline\n\nThe minister\u{2019}s claim that \u{201c}waiting lists are falling\u{201d} was challenged by doctors.", "The minister"),
            ("Headline\n\nThe senator's insistence that \u{201c}the bill is dead\u{201d} surprised colleagues.", "The senator"),
            ("Headline\n\nThe company's promise that \u{201c}no jobs will go\u{201d} was met with scepticism.", "The company"),
            ("Headline\n\nThe government\u{2019}s assurance that \u{201c}the data is safe\u{201d} failed to convince campaigners.", "The government"),
            ("Headline\n\nDr. Patel's advice was simple: \u{201c}Wash your hands and stay home.\u{201d}", "Patel"),
            ("Headline\n\nJones's verdict was blunt: \u{201c}It is over for the club.\u{201d}", "Jones"),
        ] {
            assert_eq!(owner_or_agent(text, 0).as_deref(), Some(name), "{text}");
        }
        let text = "Headline\n\nThe plan's promise that \u{201c}no jobs will go\u{201d} was met with scepticism.";
        assert_eq!(owner_or_agent(text, 0), None);
    }

    /// Credits in the quote's own sentence where the verb is no plain verb of saying: a
    /// verb labelling its object "as" the words, a document that found them, a verb of
    /// belief inside someone's statement, a relative clause with no "that", and "in the
    /// words of"; and names that hold an apostrophe or an ampersand.
    #[test]
    fn labelling_finding_and_relative_credits() {
        for (text, name) in [
            // The subject of a verb that labels, not the speaker of the paragraph before.
            ("Headline\n\n\u{201c}This is historic,\u{201d} said Jane Fox.\n\nCritics dismissed the target as \u{201c}pure fantasy.\u{201d}", "Critics"),
            ("Headline\n\nShareholder activist Dan Moore dismissed her comments as \u{201c}corporate spin.\u{201d}", "Dan Moore"),
            ("Headline\n\nThe opposition leader, Paul Grant, derided the plan as a \u{201c}gimmick dreamed up for the headlines.\u{201d}", "Paul Grant"),
            // A document or body that found the words.
            ("Headline\n\nA poll by Gallup, published on Sunday, found that \u{201c}voters remain deeply divided.\u{201d}", "A poll by Gallup"),
            ("Headline\n\nThe Resolution Foundation concluded that \u{201c}the poorest lose most.\u{201d}", "The Resolution Foundation"),
            ("Headline\n\nA poll by YouGov, published on Sunday, found that \u{201c}voters remain deeply divided.\u{201d}", "YouGov"),
            // A place that hopes, inside what the official said, is no speaker.
            (
                "Headline\n\nAn official, speaking on condition of anonymity, said Paris hoped \u{201c}a deal can be reached before the summit.\u{201d}",
                "An official",
            ),
            ("Headline\n\nA senior diplomat said Moscow feared \u{201c}a wider escalation in the region.\u{201d}", "A senior diplomat"),
            // A relative clause with no "that".
            ("Headline\n\nThe study found a difference the authors said was \u{201c}too large to be explained by chance.\u{201d}", "the authors"),
            ("Headline\n\nThe council approved a plan the mayor said would \u{201c}transform the waterfront for good.\u{201d}", "the mayor"),
            ("Headline\n\nVoters backed a candidate many analysts said was \u{201c}too inexperienced to govern.\u{201d}", "many analysts"),
            ("Headline\n\nIn the words of Professor Ruth Adler, \u{201c}this is a once-in-a-century event.\u{201d}", "Ruth Adler"),
            // Apostrophes and ampersands inside the source's name.
            ("Headline\n\nAccording to the inspectors' report, \u{201c}staff were too few to keep patients safe.\u{201d}", "the inspectors' report"),
            ("Headline\n\n\u{201c}We cannot afford it,\u{201d} said a spokesman for Telford & Wrekin Council.", "a spokesman for Telford & Wrekin Council"),
        ] {
            assert_eq!(quote_credit(text, if text.contains("Jane Fox") { 1 } else { 0 }).as_deref(), Some(name), "{text}");
        }
        // A verb of labelling in the passive labels its subject: no credit from it.
        let text = "Headline\n\nThe plan was dismissed as \u{201c}pure fantasy\u{201d} in the end.";
        assert_eq!(quote_credit(text, 0), None);
    }

    /// The text of the sentence credit's scope, with its name, for the second sentence.
    fn scoped(text: &str) -> Option<(String, String)> {
        let doc = Document::from_plain_text(text);
        let ctx = Context::for_article(&doc);
        let (c, scope) = ctx.scoped_credits_by_sentence().into_iter().nth(1).flatten()?;
        Some((c.name, doc.text[scope.start..scope.end].trim_end_matches(['.', ' ']).to_string()))
    }

    /// A second clause with a speaker and a verb of saying of its own ends the first
    /// credit's scope: its figures are not the first speaker's.
    #[test]
    fn a_second_speakers_clause_ends_the_first_credit() {
        for (text, name, scope) in [
            (
                "Headline\n\nPolice said two men were arrested, but the fire service said 40 homes were evacuated.",
                "Police",
                "Police said two men were arrested,",
            ),
            (
                "Headline\n\nThe mayor said the budget was balanced, while auditor Jane Roe said the deficit was $3 million.",
                "The mayor",
                "The mayor said the budget was balanced,",
            ),
            ("Headline\n\nThe club said 300 fans attended, and the police told us 40 were arrested.", "The club", "The club said 300 fans attended,"),
        ] {
            assert_eq!(scoped(text), Some((name.to_string(), scope.to_string())), "{text}");
        }
        // The same speaker again, a pronoun, or words inside the statement keep the scope.
        for (text, name) in [
            ("Headline\n\nThe company said it sold 5,000 cars, and it said sales rose 3%.", "The company"),
            ("Headline\n\nThe researchers reported that Apple holds $200 billion offshore, and would owe $60 billion in taxes.", "The researchers"),
        ] {
            let (got, scope) = scoped(text).unwrap_or_default();
            assert_eq!(got, name, "{text}");
            assert!(scope.ends_with("taxes") || scope.ends_with("3%"), "{text}: {scope}");
        }
    }

    /// Name and cue credited to sentence `sentence` of `text`.
    fn named_credit(text: &str, sentence: usize) -> Option<(String, String)> {
        credit(text, sentence).map(|c| (c.name, c.cue))
    }

    /// A pronoun with no person named near stands for the office met as a subject before
    /// it, shown as the article writes it; a person named near still comes first.
    #[test]
    fn pronoun_after_an_unnamed_office_credits_the_office() {
        for (text, name) in [
            (
                "Headline\n\nThe prime minister voted against the bill on Tuesday. \u{201c}I feel confident about it,\u{201d} she told reporters.",
                "The prime minister",
            ),
            ("Headline\n\nThe chancellor met the unions on Monday. \u{201c}We will not budge on this,\u{201d} he said.", "The chancellor"),
            ("Headline\n\nThe governor toured the flooded towns. \u{201c}Nobody should have to live like this,\u{201d} she said.", "The governor"),
            ("Headline\n\nThe mayor walked the flooded streets. \u{201c}We were not ready for this,\u{201d} he admitted.", "The mayor"),
            // UK and Australian outlets capitalise the office.
            ("Headline\n\nThe Chancellor tells MPs the plan will work. \u{201c}We listened,\u{201d} she says.", "The Chancellor"),
            ("Headline\n\nThe Foreign Secretary flew to Kyiv overnight. \u{201c}We stand with Ukraine,\u{201d} he said.", "The Foreign Secretary"),
            ("Headline\n\nThe Treasurer rejected the report. \u{201c}The numbers are wrong,\u{201d} she told Sky News.", "The Treasurer"),
        ] {
            assert_eq!(credit(text, 2).map(|c| c.name).as_deref(), Some(name), "{text}");
        }
        let text = "Headline\n\nAngela Merkel arrived late. The chancellor met the unions. \u{201c}We will not budge on this,\u{201d} she said.";
        assert_eq!(credit(text, 3).map(|c| c.name).as_deref(), Some("Angela Merkel"));
    }

    /// "took to Facebook to call …": the infinitive after a platform is the statement's
    /// verb, and whoever took to the platform its speaker.
    #[test]
    fn taking_to_a_platform_to_call_credits_the_subject() {
        for (text, name) in [
            ("Headline\n\nThe governor took to Facebook to call the protesters \u{201c}paid agitators from out of state.\u{201d}", "The governor"),
            ("Headline\n\nCritics were scathing, with Senator Amy Ross taking to Twitter to call the plan \u{201c}a giveaway to donors.\u{201d}", "Amy Ross"),
            ("Headline\n\nMs. Okafor took to Truth Social to brand the verdict \u{201c}a total disgrace to justice.\u{201d}", "Okafor"),
            ("Headline\n\nThe club took to X to describe the signing as \u{201c}a dream come true for everyone.\u{201d}", "The club"),
        ] {
            assert_eq!(quote_credit(text, 0).as_deref(), Some(name), "{text}");
        }
    }

    #[test]
    fn a_document_and_its_maker_are_credited_as_one_phrase() {
        let pair = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        let text = "Headline\n\nPrices rose 4% last year, according to new figures from the Office for National Statistics.";
        assert_eq!(named_credit(text, 1), pair("new figures from the Office for National Statistics", "according to"));
        let text = "Headline\n\nMost voters back the plan, according to a survey by Gallup.";
        assert_eq!(named_credit(text, 1), pair("a survey by Gallup", "according to"));
        let text = "Headline\n\nRents climbed 9% in Lagos, according to a report from the central bank.";
        assert_eq!(named_credit(text, 1), pair("a report from the central bank", "according to"));
        let text = "Headline\n\nAccording to research by the University of Sydney, sleep loss harms memory.";
        assert_eq!(named_credit(text, 1), pair("research by the University of Sydney", "according to"));
    }

    #[test]
    fn a_document_noun_after_according_to_is_no_cue_of_its_own() {
        // Not "a day … estimates": the figure's own clause holds no source.
        let text = "Headline\n\nWalkers take roughly 5,000 steps a day, according to earlier estimates from Stanford University.";
        assert_eq!(named_credit(text, 1), Some(("earlier estimates from Stanford University".to_string(), "according to".to_string())));
        let text = "Headline\n\nThe dam holds 2 million litres, according to preliminary findings from the engineers' union.";
        assert_ne!(credit(text, 1).map(|c| c.name).as_deref(), Some("2 million litres"));
    }

    #[test]
    fn a_request_for_anonymity_gives_way_to_the_main_clause_cue() {
        let text = "Headline\n\nAn official, who asked not to be named, said Rome would \u{201c}live with it.\u{201d}";
        assert_eq!(named_credit(text, 1), Some(("An official".to_string(), "said".to_string())));
        let text = "Headline\n\nA Kremlin insider, who asked not to be quoted by name, warned that Moscow \u{201c}will answer.\u{201d}";
        assert_eq!(named_credit(text, 1), Some(("A Kremlin insider".to_string(), "warned".to_string())));
        let text = "Headline\n\nA teacher at the school, who asked not to be identified, added: \u{201c}Nobody listened to us.\u{201d}";
        assert_eq!(quote_credit(text, 0).as_deref(), Some("A teacher at the school"));
    }

    #[test]
    fn with_no_other_cue_the_anonymous_speaker_keeps_the_credit() {
        let text = "Headline\n\nOne nurse on the picket line, who asked not to be named, put it plainly: \u{201c}We are exhausted.\u{201d}";
        assert_eq!(quote_credit(text, 0).as_deref(), Some("One nurse on the picket line"));
    }

    #[test]
    fn outlet_reporting_after_the_credit_is_its_relay() {
        let text = "A headline\n\n\u{201c}The deal is off,\u{201d} Marta Gil said, reports the Lisbon Daily Post.";
        assert_eq!(quote_credit(text, 0).as_deref(), Some("Marta Gil (via the Lisbon Daily Post)"));
        let text = "A headline\n\n\u{201c}We are done here,\u{201d} Ana Lopez said, Granite State Wire reported.";
        assert_eq!(quote_credit(text, 0).as_deref(), Some("Ana Lopez (via Granite State Wire)"));
    }

    #[test]
    fn credit_relayed_by_another_source_names_both() {
        let text = "Senator Maria Ortiz spoke late. \u{201c}We will not back down on this bill,\u{201d} Ortiz said, according to Reuters.";
        assert_eq!(quote_credit(text, 0).as_deref(), Some("Maria Ortiz (via Reuters)"));
        let text = "\u{201c}The plant stays open for now,\u{201d} the manager said Tuesday, according to an Associated Press account.";
        assert_eq!(quote_credit(text, 0).as_deref(), Some("the manager (via an Associated Press account)"));
        let c = credit("Dana Reyes said the ruling was fair and final, the Boston Globe reported.", 0).expect("credit");
        assert_eq!(c.name, "Dana Reyes (via the Boston Globe)");
        // An "according to" inside the statement credits a fact of it, not the quote.
        let text = "\u{201c}It costs too much,\u{201d} Ortiz said, although according to the budget office the plan is cheaper.";
        assert_eq!(quote_credit(text, 0).as_deref(), Some("Ortiz"));
        // A credit given by the relaying source itself is no relay.
        let text = "According to Reuters, \u{201c}the talks have collapsed for good.\u{201d}";
        assert_eq!(quote_credit(text, 0).as_deref(), Some("Reuters"));
    }

    #[test]
    fn past_tense_verb_before_a_colon_is_the_cue() {
        let text = "Jeb Bush spoke in Miami.\n\nRubio disagreed: \"Records don't win elections.\"";
        assert_eq!(quote_credit(text, 0).as_deref(), Some("Rubio"));
        let text = "The council met.\n\nMayor Ann Diaz objected: \"This budget leaves the parks behind.\"";
        assert_eq!(quote_credit(text, 0).as_deref(), Some("Ann Diaz"));
        // A label with a colon stays the speaker.
        let text = "The hearing went on.\n\nStone: \"I never spoke to him about it.\"";
        assert_eq!(quote_credit(text, 0).as_deref(), Some("Stone"));
    }

    #[test]
    fn predicate_that_is_no_speech_verb_before_a_colon_is_the_cue() {
        let text = "The vote was close.\n\nPressed on the delay, Okafor was candid: \"We ran out of money.\"";
        assert_eq!(quote_credit(text, 0).as_deref(), Some("Okafor"));
        let text = "The vote was close.\n\nCity treasurer Maria Lund went a step further: \"Nobody read the audit.\"";
        assert_eq!(quote_credit(text, 0).as_deref(), Some("Maria Lund"));
        let text = "The vote was close.\n\nDenholm put it plainly: \"The fund is empty.\"";
        assert_eq!(quote_credit(text, 0).as_deref(), Some("Denholm"));
        let text = "The vote was close.\n\nSenator Paula Reyes had a warning for them: \"Do not sign it.\"";
        assert_eq!(quote_credit(text, 0).as_deref(), Some("Paula Reyes"));
        // A noun before the predicate is no speaker.
        let text = "The vote was close.\n\nThe message was simple: \"Pay up.\"";
        assert_eq!(quote_credit(text, 0), None);
    }

    #[test]
    fn pronoun_after_a_relayed_credit_stands_for_the_speaker() {
        let text = "Mayor Tom Reed spoke. \u{201c}We are ready for the storm,\u{201d} Reed said, according to Reuters. Later, \u{201c}the salt is all in,\u{201d} he said.";
        let quotes = crate::detect::quotes::find(&Document::from_plain_text(text));
        let names: Vec<_> = quotes.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(names, [Some("Tom Reed (via Reuters)"), Some("Tom Reed")]);
    }

    #[test]
    fn surname_spelled_like_a_filler_after_a_quote_is_the_speaker() {
        let text = "The debate went on. George Will is a columnist.\n\n\u{201c}The party has lost its way,\u{201d} Will wrote.";
        assert_eq!(quote_credit(text, 0).as_deref(), Some("George Will"));
        let text = "Columnist Ann Still spoke first.\n\n\u{201c}Nobody is listening to the voters,\u{201d} Still said on Monday.";
        assert_eq!(quote_credit(text, 0).as_deref(), Some("Ann Still"));
        let text = "Columnist George Will wrote about the race.\n\nWhile Will acknowledges the governor's \u{201c}forceful persona,\u{201d} he doubts him.";
        assert_eq!(quote_credit(text, 0).as_deref(), Some("George Will"));
        // A headline capitalises its modal and its verb alike.
        let text = "Sanders: \u{2018}It Is Not A Radical Idea\u{2019} To Ask For A Raise.\n\nThe senator spoke.";
        assert_ne!(quote_credit(text, 0).as_deref(), Some("To"));
    }

    #[test]
    fn office_of_a_department_before_a_name_is_the_role() {
        let text =
            "The race went on.\n\nFormer Secretary of State Madeleine Albright urged women to vote, saying, \u{201c}There is a special place for them.\u{201d}";
        assert_eq!(quote_credit(text, 0).as_deref(), Some("Madeleine Albright"));
        let text = "The hearing went on.\n\n\u{201c}We saw no warning of it,\u{201d} said former Director of National Intelligence James Clapper.";
        assert_eq!(quote_credit(text, 0).as_deref(), Some("James Clapper"));
    }

    #[test]
    fn two_people_credited_together() {
        let text = "The vote was close.\n\n\u{201c}This bill keeps the troops paid,\u{201d} Sens. John McCain and Lindsey Graham said in a statement.";
        assert_eq!(quote_credit(text, 0).as_deref(), Some("John McCain and Lindsey Graham"));
        let text = "The vote was close.\n\nReps. Ana Ruiz and Tom Hale said, \u{201c}The count must go on.\u{201d}";
        assert_eq!(quote_credit(text, 0).as_deref(), Some("Ana Ruiz and Tom Hale"));
        // A name after a verb is its object, not a second speaker.
        let text = "The summit ended.\n\nObama met Putin and Merkel said, \u{201c}We made no progress at all.\u{201d}";
        assert_eq!(quote_credit(text, 0).as_deref(), Some("Merkel"));
    }

    #[test]
    fn a_lone_plural_is_a_group_unless_it_is_a_surname_named_in_full() {
        let text = "Serena Williams won the final. Democrats said the vote was close. Williams smiled. Police said the road was shut.";
        let doc = Document::from_plain_text(text);
        let ctx = Context::for_article(&doc);
        let one = |name: &str| Speaker { name: name.to_string(), role: None, kind: Kind::Person, span: Span::new(0, 0) };
        assert!(ctx.is_group(&one("Democrats")));
        assert!(ctx.is_group(&one("Police")));
        assert!(!ctx.is_group(&one("Williams")));
        assert!(!ctx.is_group(&one("Serena Williams")));
        // The carry-over rule moves on to a person named since the last credit, not to a group.
        let text = "Senator Tom Williams arrived late.\n\nGovernor Ann Reyes spoke first. \u{201c}We will fix the roads,\u{201d} Reyes said. Williams looked tired. \u{201c}The money is not there.\u{201d}";
        let quotes = crate::detect::quotes::find(&Document::from_plain_text(text));
        assert_eq!(quotes.last().and_then(|q| q.speaker.as_deref()), Some("Tom Williams"));
    }

    #[test]
    fn span_of_time_before_the_cue_is_no_speaker() {
        let c = credit("The State Department less than two weeks ago said the files were secret.", 0).expect("credit");
        assert_eq!(c.name, "The State Department");
        let c = credit("The county clerk's office a year ago warned that the rolls were full.", 0).expect("credit");
        assert_eq!(c.name, "The county clerk's office");
        // "ago" with no span of time before it is left to the phrase, and the reading ends.
        assert_eq!(credit("\u{201c}No,\u{201d} the mayor ago said.", 0).map(|c| c.name).as_deref(), Some("the mayor ago"));
    }

    #[test]
    fn relative_clause_between_speaker_and_cue_describes_the_speaker() {
        let c = credit("Marco Rubio, whose hometown, Miami, is sinking, argues that the plan will fail.", 0).expect("credit");
        assert_eq!(c.name, "Marco Rubio");
        let c = credit("Ana Diaz, who chairs the board, Tuesday, said the vote was lost.", 0).expect("credit");
        assert_eq!(c.name, "Ana Diaz");
    }

    #[test]
    fn state_before_a_title_is_the_office() {
        let text = "The Missouri Senate debated the bill.\n\n\u{201c}We are tying their hands,\u{201d} state Sen. Jason Holsman (D) said about halfway through the debate.";
        assert_eq!(quote_credit(text, 0).as_deref(), Some("Jason Holsman"));
    }

    #[test]
    fn mixed_case_dateline_with_an_agency_is_no_speaker() {
        let text = "Clinton hits back.\n\nWashington (AFP) \u{2013} Democrat Hillary Clinton took a swipe at her rival, saying that \u{201c}bombastic comments\u{201d} do harm.";
        let quotes = crate::detect::quotes::find(&Document::from_plain_text(text));
        let s = quotes[0].speaker.as_deref().unwrap_or("");
        assert!(s.ends_with("Hillary Clinton"), "{s}");
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

    /// Explainers and live blogs open paragraphs with a heading and a colon; a transcript
    /// or interview opens them with a speaker's label.
    #[test]
    fn run_in_heading_is_no_speaker_label_and_no_subject() {
        for text in [
            "Gender Equality: It was a slow year for the agency.",
            "Little Relief for Refugees: The crisis is the sort of issue the body was made for.",
            "The Road Ahead: Officials expect the bridge to open in May.",
            "Veto Power Impedes Peace Efforts: Eliminating war was the first goal.",
        ] {
            let doc = Document::from_plain_text(text);
            let ctx = Context::for_article(&doc);
            assert!(ctx.colon_line(0).is_none(), "{text}");
            assert!(ctx.read_subject(0).is_none(), "{text}");
        }
        for (text, who) in [
            ("Maria Lopez is the new coach.\n\nLopez: We have a plan for this season.", "Maria Lopez"),
            ("Poll: Voters turn against the stadium plan.", "Poll"),
            ("PENCE: Gennifer Flowers will not be at the debate.", "PENCE"),
        ] {
            let doc = Document::from_plain_text(text);
            let ctx = Context::for_article(&doc);
            let last = doc.sentences.len() - 1;
            assert_eq!(ctx.colon_line(last).map(|c| c.0.name).as_deref(), Some(who), "{text}");
        }
    }

    #[test]
    fn heading_set_as_a_sentence_is_no_antecedent() {
        let text = "Ruth Okafor chairs the housing board.\n\nPublic Housing.\n\nIn recent months, she said the plan would go ahead.";
        assert_eq!(credit(text, 2).map(|c| c.name).as_deref(), Some("Ruth Okafor"));
    }

    #[test]
    fn continue_is_speech_only_before_what_was_said_or_closing_the_credit() {
        assert_eq!(credit("Mass atrocities continue in the region as talks stall.", 0), None);
        assert_eq!(
            credit("The union continues to insist that the pay offer is too low.", 0).map(|c| (c.name, c.cue)),
            Some(("The union".to_string(), "continues".to_string()))
        );
        assert_eq!(credit("Prices continued to climb in May, the statistics office said.", 0).map(|c| c.name).as_deref(), Some("the statistics office"));
        assert_eq!(quote_credit("Ana Ruiz spoke last. \u{201c}We will keep going,\u{201d} Ruiz continued.", 0).as_deref(), Some("Ana Ruiz"));
        assert_eq!(quote_credit("Ana Ruiz continued: \u{201c}We will keep going.\u{201d}", 0).as_deref(), Some("Ana Ruiz"));
        assert_eq!(
            quote_credit("Deputy Mayor Tom Hale continued his attack on the plan, calling it \u{201c}a gift to developers.\u{201d}", 0).as_deref(),
            Some("Tom Hale")
        );
    }

    /// A document is credited as a document, not given to the person quoted before it.
    #[test]
    fn a_report_credited_by_name_is_the_source() {
        let before = "Mayor Tim Reed defended the plan. \u{201c}It is the right call,\u{201d} Reed said.\n\n";
        for (rest, want) in [
            ("According to the audit report, \u{201c}the council failed to track spending.\u{201d}", "the audit report"),
            ("The annual report said \u{201c}the council failed to track spending.\u{201d}", "The annual report"),
            ("Under the heading of risks, the board\u{2019}s own review stated \u{201c}spending was not tracked.\u{201d}", "the board\u{2019}s own review"),
        ] {
            let text = format!("{before}{rest}");
            assert_eq!(quote_credit(&text, 1).as_deref(), Some(want), "{rest}");
        }
        assert_eq!(credit("He will report back to the committee, the mayor said.", 0).map(|c| c.name).as_deref(), Some("the mayor"));
    }

    /// Two people named in full and no credit before: the pronoun's sex picks the one its
    /// given name fits; a name whose sex nothing tells leaves the pronoun unresolved.
    #[test]
    fn pronoun_picks_the_person_named_in_full_whose_given_name_fits() {
        let quote = "\n\n\u{201c}We had a very productive conversation,\u{201d} she said.";
        let doc = |first: &str| format!("Finance Minister {first} met Mark Carney on Tuesday.{quote}");
        let credited = |text: String| {
            let doc = Document::from_plain_text(&text);
            crate::detect::quotes::find(&doc).first().and_then(|q| q.speaker.clone())
        };
        assert_eq!(credited(doc("Chrystia Freeland")).as_deref(), Some("Chrystia Freeland"));
        assert_eq!(credited(doc("Priya Nair")).as_deref(), Some("Priya Nair"));
        // "Jordan" is given to both: nothing tells who "she" is.
        assert_eq!(credited(doc("Jordan Ellis")), None);
    }

    /// A pronoun whose sex rules out the person last credited goes to the person named
    /// since, as the subject of a clause, whom it fits; with nothing telling the sex, or the
    /// one named since only an object, the last credit stands.
    #[test]
    fn pronoun_goes_to_the_person_named_since_whose_sex_fits() {
        let speakers = |text: &str| -> Vec<Option<String>> {
            let doc = Document::from_plain_text(text);
            crate::detect::quotes::find(&doc).into_iter().map(|q| q.speaker).collect()
        };
        let second = |text: &str| speakers(text).get(1).cloned().flatten();
        assert_eq!(
            second("\u{201c}The levy stays,\u{201d} Rishi Sunak told the Commons, before Angela Rayner stood up. \u{201c}It will not survive the Lords,\u{201d} she said.").as_deref(),
            Some("Angela Rayner")
        );
        assert_eq!(
            second("\u{201c}Growth is back,\u{201d} said Nirmala Sitharaman, as Rahul Gandhi shook his head. \u{201c}Ask the farmers,\u{201d} he replied.")
                .as_deref(),
            Some("Rahul Gandhi")
        );
        assert_eq!(
            second("Prime Minister Keir Starmer defended the plan. \u{201c}We will build,\u{201d} he said, as Kemi Badenoch laughed. \u{201c}You said that in July,\u{201d} she said.").as_deref(),
            Some("Kemi Badenoch")
        );
        // A name after an article modifies a noun: no subject, the last credit stands.
        assert_eq!(
            second("\u{201c}Vote early,\u{201d} Maria Lopez said, while knocking for the Bernie Sanders campaign. \u{201c}He will win,\u{201d} he said.")
                .as_deref(),
            Some("Maria Lopez")
        );
        // An honorific tells the sex as well as a given name.
        assert_eq!(
            second("\u{201c}We have the numbers,\u{201d} Ms. Okafor said, and Mr. Adeyemi rose to object. \u{201c}Not on this bill,\u{201d} he said.")
                .as_deref(),
            Some("Adeyemi")
        );
        // Named since only as an object: no subject to stand for.
        assert_eq!(
            second("\u{201c}The budget is fair,\u{201d} Mark Hollis said, standing next to Emma Clarke. \u{201c}It is not,\u{201d} she said.").as_deref(),
            Some("Mark Hollis")
        );
        // Nothing tells the sex: the last credit stands, as before.
        assert_eq!(
            second("\u{201c}The river is rising,\u{201d} Jordan Ellis said, before Casey Lind arrived. \u{201c}We need sandbags,\u{201d} she said.").as_deref(),
            Some("Jordan Ellis")
        );
    }

    /// An interview set as questions and answers: the answer is the interviewee's, the
    /// question nobody's.
    /// "‘…’: Subway slashing victim speaks out": in a headline, the description after the
    /// colon runs to its verb and is the speaker as a whole, never its first word.
    #[test]
    fn headline_description_after_the_colon_is_the_speaker_whole() {
        for (text, who) in [
            (
                "\u{2018}I thought I was going to die\u{2019}: Subway slashing victim speaks out\n\nThe attack happened on Monday.",
                Some("Subway slashing victim"),
            ),
            ("\u{2018}I will keep baking\u{2019}: Lotto winner vows to stay at bakery\n\nHe won on Saturday.", Some("Lotto winner")),
            ("\u{201c}Our regulators are too slow\u{201d}: Nigerian fintech founder warns of exodus\n\nShe spoke in Lagos.", Some("Nigerian fintech founder")),
            ("\u{2018}We will be back\u{2019}: Okafor vows to fight on\n\nThe vote was close.", Some("Okafor")),
            // A headline verb outside the lists leaves the capitalised run its speaker.
            ("\u{2018}We will win\u{2019}: Biden hits back at critics\n\nThe vote was close.", Some("Biden")),
        ] {
            assert_eq!(quote_credit(text, 0).as_deref(), who, "{text}");
        }
    }

    #[test]
    fn interview_answer_is_the_interviewees() {
        let text = "In an interview with Senator Amy Klobuchar on Tuesday.\n\nQ: \u{201c}Will you support the farm bill?\u{201d}\n\nA: \u{201c}Yes, because growers need the relief now.\u{201d}";
        let doc = Document::from_plain_text(text);
        let quotes = crate::detect::quotes::find(&doc);
        let by = |words: &str| quotes.iter().find(|q| doc.slice(q.span).contains(words)).map(|q| q.speaker.clone());
        assert_eq!(by("farm bill"), Some(None));
        assert_eq!(by("growers"), Some(Some("Amy Klobuchar".to_string())));
        let text = "The Guardian spoke to the novelist Hilary Mantel.\n\nQuestion: \u{201c}What are you writing now?\u{201d}\n\nAnswer: \u{201c}A play, and it is going slowly.\u{201d}";
        let doc = Document::from_plain_text(text);
        let quotes = crate::detect::quotes::find(&doc);
        let by = |words: &str| quotes.iter().find(|q| doc.slice(q.span).contains(words)).and_then(|q| q.speaker.clone());
        assert_eq!(by("A play").as_deref(), Some("Hilary Mantel"));
        assert_eq!(by("writing now"), None);
    }

    /// An interviewer's question set as a paragraph of its own (bold, a bare question, or
    /// after "Q."), then the answer in quotes with no cue: the answer is the interviewee's.
    #[test]
    fn answer_after_a_question_paragraph_is_the_interviewees() {
        let answer = |text: &str, words: &str| {
            let doc = Document::from_plain_text(text);
            crate::detect::quotes::find(&doc).into_iter().find(|q| doc.slice(q.span).contains(words)).and_then(|q| q.speaker)
        };
        let bold = "Our reporter sat down with Mayor Karen Bass.\n\n**Why did the fire response take so long?**\n\n\u{201c}We had crews across three counties and the winds grounded our aircraft.\u{201d}";
        assert_eq!(answer(bold, "three counties").as_deref(), Some("Karen Bass"));
        let bare = "We asked the coach, Ange Postecoglou, about the defeat.\n\n\u{201c}What went wrong?\u{201d}\n\n\u{201c}We lost our shape after the first goal.\u{201d}";
        assert_eq!(answer(bare, "our shape").as_deref(), Some("Ange Postecoglou"));
        let dotted = "The Times spoke with Interior Minister Nancy Faeser.\n\nQ. What comes next for the border checks?\n\nA. \u{201c}They stay until the spring, and then we review them.\u{201d}";
        assert_eq!(answer(dotted, "the spring").as_deref(), Some("Nancy Faeser"));
    }

    /// Election copy: the share of precincts, polls or districts "reporting" is no source.
    #[test]
    fn with_n_percent_reporting_is_no_credit() {
        let c = credit("With 87% of precincts reporting, Governor Ana Ruiz leads by 52.4% to 46.1%, according to the Associated Press.", 0);
        assert_eq!(c.map(|c| (c.name, c.cue)), Some(("the Associated Press".to_string(), "according to".to_string())));
        assert_eq!(credit("With most districts reporting, the mayor holds a narrow lead.", 0), None);
        assert_eq!(credit("The Herald is reporting that the council will close two libraries.", 0).map(|c| c.name).as_deref(), Some("The Herald"));
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

    /// The name credited to quotation `n` of `text` with the neighbouring quotations of its
    /// paragraph as bounds, as the quotes detector reads it.
    fn bounded_credit(text: &str, n: usize) -> Option<String> {
        let doc = Document::from_plain_text(text);
        let ctx = Context::for_article(&doc);
        let qs = ctx.quotations();
        let q = qs.get(n)?.outer;
        let same = |o: &Quotation| doc.block_at(o.outer.start) == doc.block_at(q.start);
        let prev = n.checked_sub(1).and_then(|p| qs.get(p)).filter(|o| same(o)).map(|o| o.outer.end);
        let next = qs.get(n + 1).filter(|o| same(o)).map(|o| o.outer.start);
        let f = ctx.credit_for_quote(q, prev, next)?;
        Some(if f.speaker.kind == Kind::Pronoun { f.speaker.name } else { ctx.display_name(&f.speaker) })
    }

    #[test]
    fn closing_credit_after_further_quotes_credits_every_quote_of_the_sentence() {
        let text = "A headline\n\nHis backing will carry \u{201c}real weight\u{201d} and give candidates the \u{201c}firepower\u{201d} they need, Fair Pay Network spokesman Tom Hale said.";
        assert_eq!(bounded_credit(text, 0).as_deref(), Some("Tom Hale"));
        assert_eq!(bounded_credit(text, 1).as_deref(), Some("Tom Hale"));
        // With no cue closing the sentence, no credit.
        let text = "A headline\n\nThe \u{201c}green levy\u{201d} and the \u{201c}fuel rebate\u{201d} both end in June, Treasury figures show.";
        assert_eq!(bounded_credit(text, 0), None);
    }

    #[test]
    fn a_sentence_reporting_its_own_words_is_no_credit_of_the_quote_before() {
        let text = "A headline\n\n\u{201c}It is a sad day,\u{201d} Ms Sturgeon told reporters. \u{201c}This is what their campaign has become.\u{201d} Labour leader Keir Starmer said he would have sacked the adviser.";
        assert_ne!(bounded_credit(text, 1).as_deref(), Some("Keir Starmer"));
        // A sentence that is only the credit still credits it.
        let text = "A headline\n\nThe board met. \u{201c}Did you know it was the same firm?\u{201d} Todd asked the chairman.";
        assert_eq!(bounded_credit(text, 0).as_deref(), Some("Todd"));
    }

    /// The (speaker, role) of every quote the quotes detector finds in `text`, in order.
    fn quote_speakers(text: &str) -> Vec<(Option<String>, Option<String>)> {
        let doc = Document::from_plain_text(text);
        crate::detect::quotes::find(&doc).into_iter().map(|q| (q.speaker, q.role)).collect()
    }

    /// A knight's, dame's or peer's short form (the style and the given name, or the
    /// style and the surname or title) is the styled full name met earlier.
    #[test]
    fn a_styled_short_form_is_the_full_name_met_earlier() {
        for (text, want) in [
            ("Airline boss\n\nSir Tim Clark, the president of Emirates, spoke on Monday. \u{201c}We will keep flying,\u{201d} Sir Tim said.", "Sir Tim Clark"),
            ("Headline\n\nDame Sally Davies warned of resistance. \u{201c}This is a slow tsunami,\u{201d} Dame Sally told the BBC.", "Dame Sally Davies"),
            ("Headline\n\nLord Sebastian Coe opened the meeting in Monaco. \u{201c}Athletics needs clean sport,\u{201d} said Lord Coe.", "Lord Sebastian Coe"),
            ("Headline\n\nSir Keir Starmer visited Leeds on Friday. \u{201c}We will fix the NHS,\u{201d} Sir Keir told reporters.", "Sir Keir Starmer"),
            // Named first without the style, the short form still finds the person.
            ("Headline\n\nElton John played Glastonbury. \u{201c}It was my last UK show,\u{201d} Sir Elton said.", "Elton John"),
        ] {
            assert_eq!(quote_speakers(text).last().and_then(|s| s.0.clone()).as_deref(), Some(want), "{text}");
        }
        // Two people of the given name: the short form names neither.
        let text = "Headline\n\nSir Tim Clark met Sir Tim Rice in Dubai. \u{201c}It went well,\u{201d} Sir Tim said.";
        assert_eq!(quote_speakers(text).last().and_then(|s| s.0.clone()).as_deref(), Some("Sir Tim"));
        // A pronoun after the short form stands for the one person named.
        let text = "Headline\n\nSir Tim Clark spoke in Dubai. Sir Tim smiled at Andrea Jones. \u{201c}We are not selling,\u{201d} he said.";
        assert_eq!(quote_speakers(text).last().and_then(|s| s.0.clone()).as_deref(), Some("Sir Tim Clark"));
    }

    /// A short name carries the role the article gave the person with the full name.
    #[test]
    fn a_short_name_carries_the_role_given_with_the_full_name() {
        for (text, name, role) in [
            (
                "Headline\n\nSarah Kline, a nurse at St Mary's Hospital, said the wards were full. \u{201c}We are exhausted,\u{201d} Kline said.",
                "Sarah Kline",
                "a nurse at St Mary's Hospital",
            ),
            ("Headline\n\n\u{201c}The river rose overnight,\u{201d} said Tomas Berg, a farmer in Uppsala. Later, Berg said: \u{201c}We lost everything.\u{201d}", "Tomas Berg", "a farmer in Uppsala"),
            (
                "Headline\n\nKenyan Treasury Secretary Njuguna Ndung'u said the bill would pass. \u{201c}We have the votes,\u{201d} Ndung'u told reporters in Nairobi.",
                "Njuguna Ndung'u",
                "Kenyan Treasury Secretary",
            ),
            ("Headline\n\n\u{201c}Prices will fall,\u{201d} said Priya Nair, chief economist at HDFC Bank. \u{201c}But not soon,\u{201d} Nair added.", "Priya Nair", "chief economist at HDFC Bank"),
        ] {
            let got = quote_speakers(text);
            let last = got.last().cloned().unwrap_or_default();
            assert_eq!((last.0.as_deref(), last.1.as_deref()), (Some(name), Some(role)), "{text}");
        }
        // A role of its own stays, and another person's role never carries over.
        let text = "Headline\n\nSarah Kline, a nurse, spoke first. \u{201c}We will not go back to the old rota,\u{201d} said ward manager Kline. \u{201c}The talks are over for now,\u{201d} said Omar Haddad.";
        let got = quote_speakers(text);
        assert_eq!(got[0].1.as_deref(), Some("ward manager"));
        assert_eq!(got[1], (Some("Omar Haddad".to_string()), None));
    }

    /// A live blog's post heading "Office: 'words'" credits its own subject, an office
    /// opened by an ordinal included, never the previous post's speaker.
    #[test]
    fn a_live_blog_heading_credits_its_own_subject() {
        for (text, want) in [
            (
                "Live updates\n\n\u{201c}We are following the science,\u{201d} Boris Johnson told reporters.\n\nFirst Minister: \u{2018}Stay at home\u{2019}\n\nNicola Sturgeon urged people to stay in.",
                "First Minister",
            ),
            ("Live\n\n\u{201c}It is a proud day,\u{201d} Joe Biden said.\n\nFirst Lady: \u{201c}Read to your children\u{201d}\n\nJill Biden visited a school.", "First Lady"),
            (
                "Live\n\n\u{201c}The budget is balanced,\u{201d} said Jim Chalmers.\n\nFirst Secretary: \u{2018}The talks went well\u{2019}\n\nThe minister met his counterpart.",
                "First Secretary",
            ),
        ] {
            let got = quote_speakers(text);
            assert_eq!(got.get(1).and_then(|s| s.0.as_deref()), Some(want), "{text}");
        }
        // "First" still ends a speaker phrase as a filler: "Ruiz first said".
        let got = quote_speakers("Headline\n\nAna Ruiz spoke. First, she said: \u{201c}We are ready.\u{201d}");
        assert_eq!(got.first().and_then(|s| s.0.as_deref()), Some("Ana Ruiz"));
    }

    /// Questions and answers in plain paragraphs: an answer after a question paragraph is
    /// the interviewee's, the person the introduction names first, not an outlet or the
    /// interviewer it names after, nor a "you" of the question carried back.
    #[test]
    fn an_answer_after_a_question_paragraph_is_the_introduced_interviewee() {
        for (text, want) in [
            (
                "Headline\n\nThe Guardian spoke to the novelist Amara Diallo about her new book.\n\n**Why did you write it?**\n\n\u{201c}I wanted to understand my mother. It took ten years.\u{201d}",
                "Amara Diallo",
            ),
            (
                "Headline\n\nAmara Diallo, whose third novel is out this week, talked to Lucy Hart about family and exile.\n\nWhy did you write it?\n\n\u{201c}I wanted to understand my mother.\u{201d}",
                "Amara Diallo",
            ),
            (
                "Headline\n\nKenyan runner Faith Kipyegon sat down with Nation Sport after her win in Eugene.\n\nHow do you feel?\n\n\u{201c}I am so happy. This is for my daughter.\u{201d}",
                "Faith Kipyegon",
            ),
            (
                "Headline\n\nInterview by Tom Reeve. Chef Asma Khan opened her first restaurant in 2017.\n\nWho inspires you?\n\n\u{201c}Every woman who cooks at home without praise.\u{201d}",
                "Asma Khan",
            ),
        ] {
            let got = quote_speakers(text);
            assert_eq!(got.last().and_then(|s| s.0.as_deref()), Some(want), "{text}");
        }
    }
}
