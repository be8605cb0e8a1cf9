//! Reported speech: what a sentence says someone said, believes, wants or found, without
//! quote marks — "X said (that) …", "… , X said.", "According to X, …", "X wants to …",
//! "a study found that …". Each stretch of content, with its credit, becomes a claim's
//! `source` and `cue` (see [`crate::detect::claims`]).
//!
//! A sentence may hold several stretches: "X said A, arguing that B" and "X said A — and he
//! noted that B" report two things, and each is its own stretch.

use super::cues::Cue;
use super::speakers::{self, Kind, Speaker};
use super::tokens::{self, Tok};
use super::{sentence_credits, Context, Found, Place};
use crate::detect::lexicon;
use crate::detect::Credit;
use crate::text::{BlockKind, Document, Span};

/// The fewest tokens a stretch of content has: shorter ones are fragments, not statements.
const MIN_CONTENT_TOKENS: usize = 4;

/// Reported speech without quote marks: the span of each stretch of reported content, with
/// its credit.
pub fn reported_speech(doc: &Document) -> Vec<(Span, Credit)> {
    reported_in(&Context::for_article(doc))
}

/// [`reported_speech`] from a context already built.
pub fn reported_in(ctx: &Context) -> Vec<(Span, Credit)> {
    let doc = ctx.doc;
    let mut out = Vec::new();
    for (i, credit) in sentence_credits(ctx, true).into_iter().enumerate() {
        let Some((credit, found, cue)) = credit.or_else(|| ctx.colon_line(i)) else { continue };
        // Headlines and link lists are not prose: their credits are no claims.
        let sentence = doc.sentences[i];
        let block = &doc.blocks[sentence.block];
        if !matches!(block.kind, BlockKind::Paragraph | BlockKind::ListItem | BlockKind::BlockQuote) {
            continue;
        }
        let lo = ctx.sentence_toks[i];
        let hi = ctx.sentence_toks[i + 1];
        let Some((a, b)) = content_tokens(ctx, lo, hi, &found, &cue) else { continue };
        for (a, b, embedded, speaker) in embedded_stretches(ctx, a, b) {
            let span = Span::new(ctx.toks[a].span.start, ctx.toks[b - 1].span.end);
            // Direct speech is the quote detector's: only content that does not open with a
            // quote mark and is not all quoted ("Trump says voter fraud “would be …”" is
            // reported speech holding a partial quote).
            if !is_open_mark(&ctx.toks[a]) && quoted_bytes(&ctx.quoted, span) * 10 < span.len() * 9 {
                let cue = embedded.unwrap_or_else(|| credit.cue.clone());
                match speaker {
                    Some(s) => out.push((span, Credit { name: ctx.display_name(&s), role: s.role.clone(), cue })),
                    None => out.push((span, Credit { cue, ..credit.clone() })),
                }
            }
        }
    }
    out
}

/// How many bytes of `span` lie inside the (sorted, disjoint) quotations `quoted`.
fn quoted_bytes(quoted: &[Span], span: Span) -> usize {
    let first = quoted.partition_point(|q| q.end <= span.start);
    quoted[first..].iter().take_while(|q| q.start < span.end).map(|q| q.end.min(span.end) - q.start.max(span.start)).sum()
}

fn key_at<'a>(ctx: &'a Context, i: usize) -> tokens::Key<'a> {
    let t = &ctx.toks[i];
    tokens::key(&ctx.text()[t.span.start..t.span.end])
}

/// Verbs whose object is the hearer, not what was said: "told reporters that …".
fn takes_hearer(cue: &Cue) -> bool {
    let head = cue.text.split(' ').next().unwrap_or("");
    matches!(
        head,
        "tell"
            | "tells"
            | "telling"
            | "told"
            | "assure"
            | "assured"
            | "assures"
            | "advise"
            | "advised"
            | "advises"
            | "warn"
            | "warned"
            | "warns"
            | "warning"
            | "instructed"
            | "inform"
            | "informed"
            | "informs"
            | "remind"
            | "reminded"
            | "reminds"
    )
}

/// The reported content of a sentence whose credit is `found` through `cue`, as tokens.
fn content_tokens(ctx: &Context, lo: usize, hi: usize, found: &Found, cue: &Cue) -> Option<(usize, usize)> {
    let toks = &ctx.toks;
    let speaker_at = ctx.tok_at(found.speaker.span.start);
    let speaker_end = ctx.tok_at(found.speaker.span.end);
    let head = speaker_at.min(cue.first);
    let tail = speaker_end.max(cue.end);
    // `"…," said Tim Hess, a developer.` / `"…," he said in an interview.`: the words before
    // the credit are a direct quote, which is the quote detector's; what follows the credit
    // is about the speaker, not what was said.
    if head > lo && !cue.is_according_to() {
        let before = Span::new(toks[lo].span.start, toks[head - 1].span.end);
        if quoted_bytes(&ctx.quoted, before) * 10 >= before.len() * 7 {
            return None;
        }
    }
    let words_after = (tail..hi).filter(|&i| toks[i].is_word()).count();
    let inverted = speaker_at > cue.first;
    let content_follows = if cue.is_according_to() { head <= lo + 1 } else { words_after >= 3 && !inverted };
    let (a, b) = if content_follows { (content_start(ctx, tail, hi, cue), trim_end(toks, lo, hi)) } else { (lo, trim_end(toks, lo, head)) };
    (b > a && b - a >= MIN_CONTENT_TOKENS).then_some((a, b))
}

/// Drops punctuation at the end of a stretch, closing marks and brackets aside.
fn trim_end(toks: &[Tok], lo: usize, mut e: usize) -> usize {
    while e > lo && !toks[e - 1].is_word() && !matches!(toks[e - 1].punct, Some('"' | '\u{201d}' | '\'' | '\u{2019}' | ')')) {
        e -= 1;
    }
    e
}

/// Where the content starts after the credit: past "according to X,", a hearer ("told
/// reporters"), "that" and words of time.
fn content_start(ctx: &Context, tail: usize, hi: usize, cue: &Cue) -> usize {
    let toks = &ctx.toks;
    let mut a = tail;
    if cue.is_according_to() {
        while a < hi && !toks[a].is(',') && a < tail + 12 {
            a += 1;
        }
    } else if takes_hearer(cue) {
        if let Some(h) = speakers::after(ctx.text(), &toks[..hi], a, hi) {
            a = ctx.tok_at(h.span.end);
        } else if a < hi && toks[a].is_word() && key_at(ctx, a) != "that" {
            a += 1;
        }
    }
    skip_openers(ctx, a, hi)
}

/// Past punctuation, "that" and words of time that open a stretch of content.
fn skip_openers(ctx: &Context, mut a: usize, hi: usize) -> usize {
    while a < hi
        && (!ctx.toks[a].is_word() && !is_open_mark(&ctx.toks[a]) || {
            let k = key_at(ctx, a);
            k == "that" || lexicon::time_words().contains(&k)
        })
    {
        a += 1;
    }
    a
}

fn is_open_mark(t: &Tok) -> bool {
    matches!(t.punct, Some('"' | '\u{201c}' | '\u{2018}' | '\''))
}

/// The stretches a content holds: cut where a second cue of the same speaker opens another
/// (", arguing that …", ", adding …", "— and he noted that …"), each with that cue.
/// A stretch of content: its tokens, the cue that opened it if not the sentence's, and
/// its own speaker if another than the sentence's ("…, while Republicans argued …").
type Stretch = (usize, usize, Option<String>, Option<Speaker>);

fn embedded_stretches(ctx: &Context, a: usize, b: usize) -> Vec<Stretch> {
    let mut out = Vec::new();
    let mut start = a;
    let mut cue: Option<String> = None;
    let mut speaker: Option<Speaker> = None;
    let mut k = a + 1;
    while k < b {
        let found = second_cue_at(ctx, k, b).map(|(cut, next, text)| (cut, next, text, None)).or_else(|| second_speaker_at(ctx, k, b));
        if let Some((cut, next, text, who)) = found {
            let end = trim_end(ctx.toks, start, cut);
            if end > start && end - start >= MIN_CONTENT_TOKENS {
                out.push((start, end, cue.take(), speaker.take()));
            }
            start = skip_openers(ctx, next, b);
            cue = Some(text);
            speaker = who;
            k = start + 1;
            continue;
        }
        k += 1;
    }
    if b > start && b - start >= MIN_CONTENT_TOKENS {
        out.push((start, b, cue, speaker));
    }
    out
}

/// At token `k`, after a comma, a semicolon or a conjunction: a named speaker of one to four
/// capitalised words and a reporting verb ("…, while Senate Republicans argued that …").
/// Gives where the first stretch ends, where the next starts, the cue and the speaker.
fn second_speaker_at(ctx: &Context, k: usize, b: usize) -> Option<(usize, usize, String, Option<Speaker>)> {
    let toks = &ctx.toks;
    // "an architect who said he was stiffed": the relative clause credits the noun before it.
    if toks[k].is_word() && key_at(ctx, k) == "who" && k + 1 < b && toks[k + 1].is_word() {
        let verb = key_at(ctx, k + 1);
        if lexicon::reporting_verbs().contains(&verb) && !lexicon::cue_nouns().contains(&verb) {
            let who = speakers::before(ctx.text(), &toks[..k], k.saturating_sub(8), k).filter(|s| s.kind != Kind::Pronoun)?;
            return Some((k, k + 2, verb.into(), Some(who)));
        }
    }
    let mut s = k;
    let after_break = matches!(toks[k - 1].punct, Some(',' | ';'));
    if toks[s].is_word() && matches!(key_at(ctx, s).as_str(), "and" | "but" | "while" | "whereas") {
        s += 1;
    } else if !after_break {
        return None;
    }
    let name_end =
        (s..b.min(s + 4)).take_while(|&j| toks[j].is_word() && tokens::is_capitalised(&ctx.text()[toks[j].span.start..toks[j].span.end])).last()? + 1;
    let verb = toks.get(name_end).filter(|t| name_end < b && t.is_word())?;
    let vk = tokens::key(&ctx.text()[verb.span.start..verb.span.end]);
    if !lexicon::reporting_verbs().contains(&vk) || lexicon::cue_nouns().contains(&vk) {
        return None;
    }
    let phrase = Span::new(toks[s].span.start, toks[name_end - 1].span.end);
    let who = speakers::describe(ctx.text(), &toks[s..name_end], phrase, None);
    if !matches!(who.kind, Kind::Person | Kind::Organisation) {
        return None;
    }
    let cut = if s > k { k } else { k - 1 };
    Some((cut, name_end + 1, vk.into(), Some(who)))
}

/// At token `k`: a participle cue after a comma or dash (", arguing that"), or "and" with a
/// pronoun and a cue ("and he noted"). Gives where the first stretch ends, where the next
/// starts, and the cue.
fn second_cue_at(ctx: &Context, k: usize, b: usize) -> Option<(usize, usize, String)> {
    let toks = &ctx.toks;
    if !toks[k].is_word() {
        return None;
    }
    let w = key_at(ctx, k);
    // "… and said he did not support Mr. Trump": the same subject says a second thing.
    if matches!(w.as_str(), "and" | "but") && k + 1 < b && toks[k + 1].is_word() {
        let verb = key_at(ctx, k + 1);
        if lexicon::reporting_verbs().contains(&verb) && !lexicon::cue_nouns().contains(&verb) && !lexicon::cues_with_hearer().contains(&verb) {
            return Some((k, k + 2, verb.into()));
        }
    }
    let after_break = matches!(toks[k - 1].punct, Some(',' | '-' | '\u{2014}' | '\u{2013}' | ';'));
    if !after_break {
        return None;
    }
    if w.ends_with("ing") && (lexicon::reporting_verbs().contains(&w) || lexicon::stance_verbs().contains(&w)) {
        return Some((k - 1, k + 1, w.into()));
    }
    if w == "and" && k + 2 < b && toks[k + 1].is_word() && toks[k + 2].is_word() {
        let pronoun = matches!(key_at(ctx, k + 1).as_str(), "he" | "she" | "they" | "it" | "we");
        let verb = key_at(ctx, k + 2);
        if pronoun && lexicon::reporting_verbs().contains(&verb) {
            return Some((k - 1, k + 3, verb.into()));
        }
    }
    None
}

impl Context<'_> {
    /// A sentence whose subject takes a verb of stance — a position, a plan or a finding
    /// ("Clinton wants to …", "the IMF expects that …", "a study found that …"): the verb
    /// is the cue, and only a named subject, a pronoun or a study-like subject credits it.
    pub(super) fn stance_in_sentence(&self, sentence: usize) -> Option<(Found, Cue)> {
        let lo = *self.sentence_toks.get(sentence)?;
        let hi = *self.sentence_toks.get(sentence + 1)?;
        for i in lo + 1..hi {
            let t = &self.toks[i];
            if !t.is_word() || self.is_quoted(t.span.start) {
                continue;
            }
            let w = &self.text()[t.span.start..t.span.end];
            let k = tokens::key(w);
            if tokens::is_capitalised(w) || !(lexicon::stance_verbs().contains(&k) || super::forecast::is_forecast_verb(&k)) {
                continue;
            }
            // "growth forecast to slow", "numbers projected to swell": a participle of
            // forecast after its noun, no one forecasting.
            if !lexicon::stance_verbs().contains(&k)
                && self.toks.get(i + 1).is_some_and(|t| t.is_word() && tokens::key(&self.text()[t.span.start..t.span.end]) == "to")
            {
                continue;
            }
            // "his plans", "the findings": a noun after a determiner or a possessive.
            let prev = &self.text()[self.toks[i - 1].span.start..self.toks[i - 1].span.end];
            if lexicon::speaker_determiners().contains(&tokens::key(prev)) || prev.ends_with("'s") || prev.ends_with("\u{2019}s") {
                continue;
            }
            // "Construction is expected to start", "the river was forecast to peak": in the
            // passive the subject is what is expected, and no one is credited with it; nor
            // with a participle further on ("…, with the mayor expected to attend").
            if matches!(tokens::key(prev).as_str(), "is" | "are" | "was" | "were" | "be" | "been" | "being") {
                return None;
            }
            let speaker = speakers::before(self.text(), &self.toks[..hi], lo, i)?;
            let credited = match speaker.kind {
                Kind::Person | Kind::Organisation | Kind::Pronoun => !matches!(speaker.name.to_lowercase().as_str(), "it" | "who"),
                Kind::Nominal => speaker.name.split(' ').any(|w| lexicon::organisation_words().contains(&tokens::key(w))),
            };
            if !credited {
                return None;
            }
            let cue = Cue { first: i, end: i + 1, text: k.to_string() };
            return Some((Found { speaker, cue: k.into(), place: Place::Before, frames_statement: true }, cue));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reported(text: &str) -> Vec<(String, String, String)> {
        let doc = Document::from_plain_text(&format!("A headline\n\n{text}"));
        reported_speech(&doc).into_iter().map(|(s, c)| (doc.slice(s).to_string(), c.name, c.cue)).collect()
    }

    #[test]
    fn second_cue_after_a_comma_opens_a_second_stretch() {
        let got = reported(
            "Sen. David Perdue said he did not believe those attacks hurt Romney in 2012, arguing that divisions in the party were the bigger hurdle.",
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0, "he did not believe those attacks hurt Romney in 2012");
        assert_eq!((got[1].0.as_str(), got[1].1.as_str(), got[1].2.as_str()), ("divisions in the party were the bigger hurdle", "David Perdue", "arguing"));
    }

    #[test]
    fn and_with_pronoun_and_cue_opens_a_second_stretch() {
        let got = reported(
            "But Fowler said the politics at the top of the ticket would be more intense \u{2014} and he noted that any change would come weeks later.",
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1].0, "any change would come weeks later");
    }

    #[test]
    fn a_second_named_speaker_opens_a_stretch_of_their_own() {
        let got = reported("Democrats said the bill would cut taxes for the middle class, while Senate Republicans argued that it would add to the deficit.");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!((got[1].0.as_str(), got[1].1.as_str(), got[1].2.as_str()), ("it would add to the deficit", "Senate Republicans", "argued"));
    }

    #[test]
    fn a_coordinated_or_relative_cue_opens_a_second_stretch() {
        let got = reported("Merrill says Machado promised to keep supporting Clinton and said she would stand up to the attacks.");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!((got[1].0.as_str(), got[1].2.as_str()), ("she would stand up to the attacks", "said"));
        let got = reported("Trump refused to pay an architect who said he was stiffed after he designed a clubhouse.");
        let last = got.last().expect("a stretch");
        assert_eq!((last.0.as_str(), last.1.as_str()), ("he was stiffed after he designed a clubhouse", "an architect"));
    }

    #[test]
    fn stance_verbs_credit_their_subject() {
        let got = reported("Clinton wants to sign up 5 million people for national service.");
        assert_eq!(got, [("to sign up 5 million people for national service".to_string(), "Clinton".to_string(), "wants".to_string())]);
        let got = reported("A 2014 study in the British Medical Journal found that half of the advice was not supported.");
        assert_eq!(got[0].0, "half of the advice was not supported");
        let got = reported("The IMF expects that U.S. output will expand by a tepid 1.6 percent.");
        assert_eq!(got[0].1, "The IMF");
    }

    #[test]
    fn a_passive_stance_credits_no_one() {
        for text in [
            "Construction is expected to start in spring 2027.",
            "The Wilsons River was forecast to peak on Sunday night.",
            "Ticket prices are expected to rise by 8 percent next year.",
        ] {
            assert!(reported(text).is_empty(), "{text}: {:?}", reported(text));
        }
        assert_eq!(reported("The council expects construction to start in spring 2027.")[0].1, "The council");
    }

    #[test]
    fn labelling_verbs_keep_their_object_as_the_content() {
        let got = reported("New Jersey Gov. Chris Christie described Hillary Clinton as a disgrace after the speech.");
        assert_eq!(got[0].0, "Hillary Clinton as a disgrace after the speech");
        let got = reported("Donald Trump is warning voters that a Clinton victory would bring back old scandals.");
        assert_eq!(got[0].0, "a Clinton victory would bring back old scandals");
    }

    #[test]
    fn nouns_that_look_like_stance_verbs_credit_nothing() {
        assert!(reported("His plans for the city were announced without any details at all.").is_empty());
        assert!(reported("The weather found its way into every conversation at the fair.").is_empty());
    }

    #[test]
    fn unresolved_pronoun_still_credits_reported_speech() {
        let got = reported("The hearing ran late.\n\nThey argue that the agency overstepped its authority when it issued the rules.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!((got[0].1.as_str(), got[0].2.as_str()), ("They", "argue"));
    }

    #[test]
    fn worry_is_a_stance() {
        let got = reported("Governor Ellen Marsh worries that the new dam will dry out the wells by August.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!((got[0].1.as_str(), got[0].2.as_str()), ("Ellen Marsh", "worries"));
    }
}
