//! Rules for credits given by other lines: a line before that ends with a colon ("Caddell continued:", "And from Chairwoman Jessica Rosenworcel:"), a transcript line "PENCE: …", and a signature paragraph "— Hillary Clinton".

use super::*;
use crate::text::words::title_case;

/// Most words of an interviewer's question set as a paragraph of its own.
const QUESTION_WORDS: usize = 30;

/// Most words of a run-in heading before its colon ("Veto Power Impedes Peace Efforts:").
const RUN_IN_HEADING_WORDS: usize = 7;

/// The interview labels of `interview_labels.txt` as (label, 'q' or 'a').
fn interview_labels() -> &'static [(&'static str, char)] {
    static CELL: std::sync::OnceLock<Vec<(&'static str, char)>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| {
        data_file!("text/attribution/interview_labels.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let (label, side) = l.split_once('|')?;
                Some((label.trim(), side.trim().chars().next()?))
            })
            .collect()
    })
}

/// What an interview label at the start of a line answers to.
pub(super) enum InterviewTurn {
    /// "Q:": the interviewer's question, credited to no one named.
    Question,
    /// "A:": the answer, the interviewee's (`None` when the article names no one before).
    Answer(Option<Found>),
}

impl Context<'_> {
    /// "Q: “…”" and "A: “…”" at the start of a line (tokens `lo..hi`): an interview set as
    /// questions and answers. The answer is the last person named in full before it,
    /// outside quotes: the one introduced as interviewed ("In an interview with Senator Amy
    /// Klobuchar …").
    pub(super) fn interview_turn(&self, lo: usize, hi: usize) -> Option<InterviewTurn> {
        let text = self.text();
        if hi < lo + 2 || !self.toks[lo].is_word() {
            return None;
        }
        // "Q:", or "A." right before the quote (a full stop after a lone capital is
        // otherwise an initial: "A. Smith").
        let mark_after = |i: usize| text[self.toks[i].span.end..].trim_start().starts_with(['"', '\u{201c}', '\u{2018}', '\'']);
        let label_word = &text[self.toks[lo].span.start..self.toks[lo].span.end];
        let dotted = label_word.ends_with('.') && mark_after(lo);
        if !(self.toks[lo + 1].is(':') || (self.toks[lo + 1].is('.') && mark_after(lo + 1)) || dotted) {
            return None;
        }
        let before = text[..self.toks[lo].span.start].trim_end_matches([' ', '\t', '*']);
        let line_start = before.is_empty() || before.ends_with('\n');
        let label = tokens::key(label_word.trim_end_matches('.'));
        let side = interview_labels().iter().find(|(l, _)| *l == label)?.1;
        if !line_start || !tokens::is_capitalised(&text[self.toks[lo].span.start..self.toks[lo].span.end]) {
            return None;
        }
        if side == 'q' {
            return Some(InterviewTurn::Question);
        }
        let named = self.interviewee_before(self.toks[lo].span.start).map(|speaker| Found {
            speaker,
            cue: ":".to_string(),
            place: Place::Colon,
            frames_statement: true,
        });
        Some(InterviewTurn::Answer(named))
    }

    /// The person last named in full before byte `at`, outside quotes: in an interview,
    /// the one the introduction says was interviewed ("sat down with Mayor Karen Bass").
    fn interviewee_before(&self, at: usize) -> Option<Speaker> {
        let (p, n) = self.names.persons_at(0, at).rev().find(|(p, _)| !self.is_quoted(*p))?;
        Some(Speaker { name: n.to_string(), role: None, kind: Kind::Person, span: Span::new(p, p + n.len()) })
    }

    /// A quote that is a whole paragraph, right after a paragraph that is only a question
    /// ("**Why did the response take so long?**", "“What went wrong?”"): an interview's
    /// answer, the interviewee's. Gives their name.
    pub fn answer_to_question(&self, q: Span) -> Option<String> {
        let doc = self.doc;
        let b = doc.block_at(q.start)?;
        let block = doc.blocks.get(b)?.span;
        // Nothing else in the paragraph but an answer label ("A.", "Answer:").
        let lead = doc.text[block.start..q.start].trim().trim_end_matches([':', '.']).to_lowercase();
        let label = lead.is_empty() || interview_labels().iter().any(|(l, side)| *side == 'a' && *l == lead);
        let alone = label && doc.text[q.end..block.end].trim().is_empty();
        let prev = doc.blocks.get(b.checked_sub(1)?)?.span;
        let question = doc.text[prev.start..prev.end].trim().trim_end_matches(['*', '_', '"', '\u{201d}', '\'', '\u{2019}']).trim_end().ends_with('?');
        // One sentence: a question line, not a paragraph of story ending in one.
        let short = doc.text[prev.start..prev.end].split_whitespace().count() <= QUESTION_WORDS;
        if b < 2 || !alone || !question || !short {
            return None;
        }
        Some(self.introduced_interviewee(b - 1).or_else(|| self.interviewee_before(prev.start))?.name)
    }

    /// Whether block `b` is an interviewer's question set as a paragraph of its own: one
    /// short line ending in "?" (bold marks and closing quotes aside).
    fn is_question_block(&self, b: usize) -> bool {
        let Some(block) = self.doc.blocks.get(b) else { return false };
        let line = self.doc.text[block.span.start..block.span.end].trim();
        line.trim_end_matches(['*', '_', '"', '\u{201d}', '\'', '\u{2019}']).trim_end().ends_with('?') && line.split_whitespace().count() <= QUESTION_WORDS
    }

    /// The interviewee of questions and answers in plain paragraphs: the first person the
    /// introduction (the body before its first question, up to block `question`) names in
    /// full, outside quotes. The introduction names its subject first ("Amara Diallo,
    /// whose third novel is out, talked to Lucy Hart"; "Kenyan runner Faith Kipyegon sat
    /// down with Nation Sport"); the interviewer, when named, comes after, and a credit
    /// after "by" ("Interview by Lucy Hart") is the writer's.
    fn introduced_interviewee(&self, question: usize) -> Option<Speaker> {
        let first = (1..=question).find(|&b| self.is_question_block(b))?;
        let from = self.doc.blocks.get(1)?.span.start;
        let to = self.doc.blocks.get(first)?.span.start;
        let (p, n) = self.names.persons_at(from, to).find(|(p, _)| !self.is_quoted(*p) && !self.after_by(*p))?;
        Some(Speaker { name: n.to_string(), role: None, kind: Kind::Person, span: Span::new(p, p + n.len()) })
    }

    /// Whether the word right before byte `at` is "by".
    fn after_by(&self, at: usize) -> bool {
        let t = self.tok_at(at);
        t > 0 && self.toks[t - 1].is_word() && tokens::key(&self.text()[self.toks[t - 1].span.start..self.toks[t - 1].span.end]) == "by"
    }

    /// The sentence before `sentence` (in its paragraph or the one before) if it ends
    /// with a colon and credits someone.
    pub(super) fn credit_from_colon_line(&self, sentence: usize) -> Option<Found> {
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
    pub(super) fn introduced_name(&self, lo: usize, hi: usize) -> Option<Found> {
        let colon = (lo..hi).rev().find(|&i| self.toks[i].is_word() || self.toks[i].is(':')).filter(|&i| self.toks[i].is(':'))?;
        let s = speakers::before(self.text(), &self.toks[..colon], lo, colon)?;
        let at = self.tok_at(s.span.start);
        let full = match s.kind {
            Kind::Person => s.name.contains(' '),
            Kind::Organisation => true,
            _ => false,
        };
        let lead = at.checked_sub(1).map(|k| &self.toks[k]).filter(|t| t.is_word()).map(|t| tokens::key(&self.text()[t.span.start..t.span.end]));
        (full && matches!(lead.as_deref(), Some("from" | "by"))).then_some(Found {
            speaker: s,
            cue: ":".to_string(),
            place: Place::Colon,
            frames_statement: true,
        })
    }

    /// A paragraph right after `block` that is only a dash and a name.
    pub(super) fn credit_from_signature(&self, block: Span) -> Option<Found> {
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

    /// "Little Relief for Refugees: The refugee crisis …", "Gender Equality: It was …": a
    /// paragraph that opens with a capitalised phrase and a colon before a capitalised word
    /// is a run-in heading (explainers, Q&As, live blogs), not a speaker's label, when the
    /// phrase of two words or more reads as a heading (a small word such as "for" or "on" inside it, or an
    /// article before it) or its last word names nobody the article mentions elsewhere. A
    /// label in capitals ("PENCE:") is a transcript's, and a person met elsewhere ("Briggs:")
    /// is credited. Gives the colon's token.
    pub(super) fn run_in_heading(&self, lo: usize, hi: usize) -> Option<usize> {
        let text = self.text();
        let word = |k: usize| &text[self.toks[k].span.start..self.toks[k].span.end];
        let first = self.toks.get(lo)?;
        let block = self.block_of(first.span.start);
        if !text[block.start..first.span.start].trim().is_empty() {
            return None;
        }
        let colon = (lo + 1..hi.min(lo + RUN_IN_HEADING_WORDS + 1)).find(|&k| self.toks[k].is(':'))?;
        let words: Vec<&str> = (lo..colon).map(word).collect();
        // One word ("Poll:", "Lopez:") is a source's or a speaker's label, as before.
        if words.len() < 2 || (lo..colon).any(|k| !self.toks[k].is_word()) || !title_case(&words) || !words.iter().any(|w| w.chars().any(char::is_lowercase)) {
            return None;
        }
        if !self.toks.get(colon + 1).is_some_and(|t| t.is_word() && tokens::is_capitalised(word(colon + 1))) {
            return None;
        }
        let heading_words = matches!(tokens::key(words[0]).as_str(), "the" | "a" | "an") || words.iter().any(|w| !tokens::is_capitalised(w));
        let last = words[words.len() - 1];
        let named_elsewhere = || (0..self.toks.len()).any(|k| (k < lo || k >= colon) && self.toks[k].is_word() && word(k) == last);
        (heading_words || !named_elsewhere()).then_some(colon)
    }

    /// A line that opens with a name and a colon ("PENCE: Gennifer Flowers will not …"):
    /// the name credits the rest.
    pub(super) fn colon_line(&self, i: usize) -> Option<(Credit, Found, Cue)> {
        let lo = *self.sentence_toks.get(i)?;
        let hi = *self.sentence_toks.get(i + 1)?;
        if self.run_in_heading(lo, hi).is_some() {
            return None;
        }
        let colon = (lo + 1..hi.min(lo + 5)).find(|&k| self.toks[k].is(':'))?;
        if (lo..colon).any(|k| !self.toks[k].is_word() || !tokens::is_capitalised(&self.text()[self.toks[k].span.start..self.toks[k].span.end])) {
            return None;
        }
        let phrase = Span::new(self.toks[lo].span.start, self.toks[colon - 1].span.end);
        // "BREAKING:", "Analysis:" name a kind of item; a lone "NEW DELHI:" is a dateline.
        let all_capitals = !self.text()[phrase.start..phrase.end].chars().any(char::is_lowercase);
        if is_news_label(&self.text()[phrase.start..phrase.end]) || (all_capitals && is_lone_label(self.text(), phrase.start)) {
            return None;
        }
        let s = speakers::describe(self.text(), &self.toks[lo..colon], phrase, None);
        if !matches!(s.kind, Kind::Person | Kind::Organisation) {
            return None;
        }
        let credit = Credit { name: self.display_name(&s), role: s.role.clone(), cue: ":".to_string() };
        let cue = Cue { first: colon, end: colon + 1, text: ":".to_string() };
        Some((credit, Found { speaker: s, cue: ":".to_string(), place: Place::Colon, frames_statement: true }, cue))
    }
}
