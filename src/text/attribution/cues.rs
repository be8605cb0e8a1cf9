//! Reporting cues: the words that credit a statement ("said", "according to",
//! "went on to explain"), found in a run of tokens from the lexicons.

use super::tokens::{is_capitalised, key, Tok};
use crate::detect::lexicon;

/// A reporting cue over tokens `first..end`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    pub first: usize,
    pub end: usize,
    /// The cue as the article words it, lower case ("said", "pointed out").
    pub text: String,
}

impl Cue {
    /// "according to X": the source follows the cue.
    pub fn is_according_to(&self) -> bool {
        // "In the words of Professor Adler, …" names its source after it, as "according to" does.
        matches!(self.text.as_str(), "according to" | "as quoted by" | "per" | "in the words of")
    }

    /// Whether the words after the cue can be its speaker ("…," said Trump).
    pub fn can_invert(&self) -> bool {
        let head = self.text.split(' ').next().unwrap_or("");
        !lexicon::cues_with_hearer().contains(head) && !self.names_publication()
    }

    /// "wrote in German Energy Transition": the words after the cue name where the
    /// statement was published, never who made it.
    fn names_publication(&self) -> bool {
        let mut words = self.text.split(' ');
        let head = words.next().unwrap_or("");
        matches!(head, "wrote" | "writes" | "write" | "writing" | "written") && words.next_back() == Some("in")
    }

    /// A verb of saying proper, which frames a whole statement ("said", "wrote"), as
    /// against verbs that only label ("called it …", "praised …").
    pub fn frames_statement(&self) -> bool {
        let head = self.text.split(' ').next().unwrap_or("");
        !lexicon::cues_with_hearer().contains(head) || matches!(head, "told" | "tell" | "tells" | "telling" | "warned" | "warns" | "assured")
    }
}

/// "took to Facebook to call them “…”", "taking to X to brand it": the infinitive at
/// token `i` after a platform the subject took to is the statement's verb.
fn took_to_platform(text: &str, toks: &[Tok], i: usize) -> bool {
    let k = |j: usize| toks.get(j).filter(|t| t.is_word()).map(|t| key(word(text, t)));
    if i < 4 || k(i - 1).as_deref() != Some("to") {
        return false;
    }
    let capital = |j: usize| toks[j].is_word() && is_capitalised(word(text, &toks[j]));
    let mut p = i - 1;
    while p > 0 && i - 1 - p < 2 && capital(p - 1) {
        p -= 1;
    }
    p < i - 1 && p >= 2 && k(p - 1).as_deref() == Some("to") && matches!(k(p - 2).as_deref(), Some("took" | "take" | "takes" | "taking" | "went" | "turned"))
}

#[cfg(test)]
/// Every cue in `toks`, left to right, longest phrase first at each position.
/// `sentence_start` is the index of the token that opens the sentence (a cue there may be
/// capitalised: "According to …", "Said Trump: …").
pub fn find(text: &str, toks: &[Tok], sentence_starts: &[usize]) -> Vec<Cue> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some(cue) = cue_at(text, toks, i, sentence_starts.contains(&i)) {
            i = cue.end;
            out.push(cue);
        } else {
            i += 1;
        }
    }
    out
}

/// Whether a token opens a figure: a digit, a currency sign or a number word ("15,000",
/// "$5m", "two").
fn starts_a_figure(text: &str, t: &Tok) -> bool {
    match t.punct {
        Some(c) => matches!(c, '$' | '\u{a3}' | '\u{20ac}' | '\u{a5}' | '\u{20b9}'),
        None => {
            let w = word(text, t);
            w.starts_with(|c: char| c.is_ascii_digit()) || lexicon::number_words().entry_for_key(&key(w)).is_some()
        }
    }
}

fn word<'a>(text: &'a str, t: &Tok) -> &'a str {
    &text[t.span.start..t.span.end]
}

/// "demand showed no sign of slowing", "the economy shows signs of strain": "show" before
/// "sign(s)" describes a trend, it reports nobody's words, and its subject is no source.
fn shows_signs(text: &str, toks: &[Tok], i: usize, first: &str) -> bool {
    let key_at = |j: usize| toks.get(j).filter(|t| t.is_word()).map(|t| key(word(text, t))).unwrap_or_default();
    if !first.starts_with("show") {
        return false;
    }
    let mut j = i + 1;
    if matches!(key_at(j).as_str(), "no" | "little" | "few" | "any" | "some" | "early" | "clear" | "more") {
        j += 1;
    }
    matches!(key_at(j).as_str(), "sign" | "signs" | "indication" | "indications")
}

/// "It says a lot about the market", "That says a great deal about him", "said nothing
/// about the cuts": a verb of saying before an amount and "about" tells what something
/// reveals (or that nothing was said); it reports no statement and credits no source.
fn reveals_an_amount(text: &str, toks: &[Tok], i: usize, first: &str) -> bool {
    if !matches!(first, "say" | "says" | "said" | "saying") {
        return false;
    }
    let key_at = |j: usize| toks.get(j).filter(|t| t.is_word()).map(|t| key(word(text, t))).unwrap_or_default();
    // "a", "a great", "a whole" may open the amount.
    let mut j = i + 1;
    while j < i + 3 && matches!(key_at(j).as_str(), "a" | "great" | "good" | "whole") {
        j += 1;
    }
    lexicon::revealing_amounts().contains(&key_at(j)) && key_at(j + 1) == "about"
}

/// "profit beats estimates", "sales topped forecasts", "missed expectations": after a verb of
/// beating or missing, "estimates" is the forecast beaten, a noun, and the word before it
/// ("beats") no speaker.
fn beaten_estimates(text: &str, toks: &[Tok], i: usize, first: &str) -> bool {
    const PASSING: &[&str] = &[
        "beat",
        "beating",
        "beats",
        "exceed",
        "exceeded",
        "exceeds",
        "exceeding",
        "lag",
        "lagged",
        "lags",
        "met",
        "meet",
        "meets",
        "miss",
        "missed",
        "misses",
        "missing",
        "surpass",
        "surpassed",
        "surpasses",
        "top",
        "topped",
        "topping",
        "tops",
        "trail",
        "trailed",
        "trails",
    ];
    let noun = matches!(first, "estimates" | "forecasts" | "projections" | "predictions" | "expects" | "expectations");
    noun && i > 0 && toks[i - 1].is_word() && PASSING.contains(&key(word(text, &toks[i - 1])).as_str())
}

/// Whether `k` (lower case) is a verb of knowing that credits its subject only closing a
/// clause or before "that" ("…, The Athletic understands.").
fn is_knowing_verb(k: &str) -> bool {
    static CELL: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let list = CELL.get_or_init(|| {
        let mut v: Vec<&str> =
            data_file!("text/attribution/knowing_verbs.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        v.sort_unstable();
        v
    });
    list.binary_search(&k).is_ok()
}

/// "12.6% of patients on the drug compared with 1.7% on placebo": "compared" right before
/// "with" or "to" sets two things side by side; it reports nobody ("Trump compared
/// Clinton to …" has its object between).
fn compares_figures(text: &str, toks: &[Tok], i: usize, first: &str) -> bool {
    matches!(first, "compared" | "compares" | "compare" | "comparing")
        && toks.get(i + 1).is_some_and(|n| n.is_word() && matches!(key(word(text, n)).as_str(), "with" | "to" | "against"))
}

/// "Barcelona have agreed a €70m fee", "agreed terms", "agreed a deal": "agree" with a
/// thing agreed as its object is a bargain struck, not words said ("agreed that …",
/// "agreed to …" and "…, she agreed." stay cues).
fn agrees_a_deal(text: &str, toks: &[Tok], i: usize, first: &str) -> bool {
    matches!(first, "agree" | "agreed" | "agrees" | "agreeing")
        && toks.get(i + 1).is_some_and(|n| {
            starts_a_figure(text, n) || (n.is_word() && matches!(key(word(text, n)).as_str(), "a" | "an" | "terms" | "deal" | "deals" | "personal" | "fees"))
        })
}

/// "supports fast charging, the company says", "after the warning.": a word in -ing after a
/// lower-case modifier, with nothing after it in its clause, is a noun; a participle of
/// saying takes what was said, or stands after a comma (", adding:").
fn is_gerund_noun(text: &str, toks: &[Tok], i: usize, first: &str) -> bool {
    if !first.ends_with("ing") || i == 0 || !toks[i - 1].is_word() {
        return false;
    }
    let pw = word(text, &toks[i - 1]);
    let pk = key(pw);
    let modifier = !is_capitalised(pw)
        && !pk.ends_with("ly")
        && !lexicon::function_words().contains(&pk)
        && !lexicon::speaker_boundaries().contains(&pk)
        && !lexicon::pronouns().contains(&pk)
        && !matches!(
            pk.as_str(),
            "is" | "are" | "was" | "were" | "be" | "been" | "being" | "am" | "kept" | "keeps" | "keep" | "started" | "stopped" | "began" | "continued"
        );
    let bare = toks.get(i + 1).is_none_or(|n| matches!(n.punct, Some('.' | ',' | ';' | ')' | '!' | '?')));
    modifier && bare
}

/// "the median asking rent", "a telling detail", "as the saying goes": a word in -ing that
/// describes the noun after it is an adjective (or a noun's own word), no verb of saying, and
/// the words before it ("The median") are no speaker. Right after an article it always is
/// one when a content word follows; after another modifier only in the pairs the data lists,
/// since "officials asking questions" has the same shape.
fn is_attributive_participle(text: &str, toks: &[Tok], i: usize, first: &str) -> bool {
    if !first.ends_with("ing") {
        return false;
    }
    let Some(next) = toks.get(i + 1).filter(|n| n.is_word()) else {
        return false;
    };
    let nw = word(text, next);
    let nk = key(nw);
    if is_capitalised(nw) || lexicon::function_words().contains(&nk) || lexicon::pronouns().contains(&nk) {
        return false;
    }
    let after_article = i > 0 && toks[i - 1].is_word() && matches!(key(word(text, &toks[i - 1])).as_str(), "a" | "an" | "the");
    after_article || lexicon::attributive_participles().contains(&format!("{first} {nk}"))
}

/// ", the firm claims.", ", the report notes.": after a comma, a short subject phrase (a
/// determiner and its noun, or a name) and the verb closing the sentence: the plural of a
/// cue noun there is the verb of that credit.
fn closing_credit_phrase(text: &str, toks: &[Tok], i: usize) -> bool {
    const REACH: usize = 5;
    if toks.get(i + 1).is_some_and(|n| n.is_word() || !matches!(n.punct, Some('.' | '!' | '?'))) {
        return false;
    }
    let mut j = i;
    while j > 0 && i - j < REACH && toks[j - 1].is_word() {
        j -= 1;
    }
    if j == 0 || j + 1 >= i || !toks[j - 1].is(',') {
        return false;
    }
    let w = word(text, &toks[j]);
    let k = key(w);
    let opener = matches!(k.as_str(), "the" | "its" | "their" | "our" | "his" | "her") || (is_capitalised(w) && !lexicon::function_words().contains(&k));
    // "…, rejecting union claims." opens on a verb, no subject.
    let plain = (j + 1..i).all(|m| {
        let mk = key(word(text, &toks[m]));
        !lexicon::function_words().contains(&mk) && !mk.ends_with("ing") && !word(text, &toks[m]).ends_with("'s")
    });
    opener && plain
}

/// Whether `k` (lower case) names a result that is posted or reported: "loss", "rise".
fn is_result_noun(k: &str) -> bool {
    static CELL: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let list = CELL.get_or_init(|| {
        let mut v: Vec<&str> =
            data_file!("text/attribution/result_nouns.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        v.sort_unstable();
        v
    });
    list.binary_search(&k).is_ok()
}

/// "The unit posted an EBITDA loss of €45 million", "posted €2bn": "post" before a result
/// (a figure, or a result noun within a few words) states the result, and words of
/// nobody's. "The company reported earnings of $8.42 a share" stays a credit: the report
/// is the figure's source (PolNeAR credits it too), and so does a plea ("pleaded guilty").
fn states_a_result(text: &str, toks: &[Tok], i: usize, first: &str) -> bool {
    const REACH: usize = 5;
    if !matches!(first, "post" | "posts" | "posted" | "posting") {
        return false;
    }
    if toks.get(i + 1).is_some_and(|n| starts_a_figure(text, n)) {
        return true;
    }
    let mut j = i + 1;
    while j < toks.len() && j <= i + REACH {
        let t = &toks[j];
        if t.is_word() {
            let k = key(word(text, t));
            if is_result_noun(&k) {
                return true;
            }
            if matches!(k.as_str(), "that" | "to" | "on" | "in" | "of" | "he" | "she" | "they" | "it" | "we") {
                return false;
            }
        } else if !matches!(t.punct, Some('%' | '$' | '\u{a3}' | '\u{20ac}' | '-' | '.')) {
            return false;
        }
        j += 1;
    }
    false
}

/// "There were 118 major crimes reported in …", "there have been 40 cases recorded": in a
/// clause opened by "there" and a form of "be", a participle describes what is counted; the
/// count before it is no one who reported.
fn existential_participle(text: &str, toks: &[Tok], i: usize, first: &str) -> bool {
    const REACH: usize = 8;
    if !first.ends_with("ed") {
        return false;
    }
    let key_at = |j: usize| key(word(text, &toks[j]));
    let mut j = i;
    while j > 0 && i - j < REACH && toks[j - 1].is_word() {
        j -= 1;
        let be_next = toks.get(j + 1).is_some_and(|n| n.is_word()) && j + 1 < i;
        if key_at(j) == "there" && be_next && matches!(key_at(j + 1).as_str(), "is" | "are" | "was" | "were" | "have" | "has" | "had" | "will") {
            return true;
        }
    }
    false
}

/// Whether `cue` asks for anonymity ("who asked not to be named", "requested anonymity",
/// "declined to be identified"): the speaker's condition, not the statement's cue.
pub fn asks_anonymity(text: &str, toks: &[Tok], cue: &Cue) -> bool {
    let verb = matches!(cue.text.as_str(), "asked" | "asking" | "requested" | "requesting" | "declined" | "declining" | "spoke" | "speaking");
    verb && (cue.end..toks.len().min(cue.end + 6))
        .take_while(|&j| toks[j].is_word())
        .any(|j| matches!(key(word(text, &toks[j])).as_str(), "named" | "identified" | "anonymity" | "anonymous" | "quoted"))
}

/// Whether token `i` comes right after "said", "says", "told" or "tells", with nothing
/// between them ("said demand", "says claims"): forms that are only verbs, so the word
/// after them opens what was said. (A word before a cue may be a noun of speech: "the
/// report stated", "the firm claims".)
fn follows_a_saying_verb(text: &str, toks: &[Tok], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).and_then(|p| toks.get(p)) else { return false };
    prev.is_word() && matches!(&*crate::text::words::lower(word(text, prev)), "said" | "says" | "told" | "tells")
}

/// The cue starting at token `i`, if one does.
pub fn cue_at(text: &str, toks: &[Tok], i: usize, at_sentence_start: bool) -> Option<Cue> {
    let t = toks.get(i)?;
    if !t.is_word() {
        return None;
    }
    let w = word(text, t);
    if is_capitalised(w) && !at_sentence_start {
        return None;
    }
    let first = crate::text::words::lower(w);
    // Phrases: the longest that matches word for word.
    // Only the phrases this word opens: found by binary search, not a scan of the list.
    let mut best: Option<(usize, &str)> = None;
    for phrase in lexicon::reporting_phrases().starting_with_word(&first) {
        let mut parts = phrase.split(' ');
        parts.next();
        let mut j = i + 1;
        let mut ok = true;
        for p in parts {
            match toks.get(j) {
                Some(t) if t.is_word() && word(text, t).eq_ignore_ascii_case(p) => j += 1,
                _ => {
                    ok = false;
                    break;
                }
            }
        }
        if ok && best.as_ref().is_none_or(|(e, _)| j > *e) {
            best = Some((j, phrase));
        }
    }
    if let Some((end, text)) = best {
        return Some(Cue { first: i, end, text: text.to_string() });
    }
    // "…, per the New York Fed": "per" before a named source reads as "according to".
    if super::org_names::per_credits(text, toks, i, at_sentence_start) {
        return Some(Cue { first: i, end: i + 1, text: "per".to_string() });
    }
    // "The economy added 15,000 jobs": "add" before a figure is arithmetic, not speech.
    if matches!(&*first, "add" | "adds" | "added" | "adding") && toks.get(i + 1).is_some_and(|n| starts_a_figure(text, n)) {
        return None;
    }
    // "…, Sky Sports understands.", "The BBC understands that …": a verb of knowing
    // credits its subject only closing the clause or before "that"; "she understands the
    // risks" is no statement.
    if is_knowing_verb(&first) {
        let closes = toks.get(i + 1).is_none_or(|n| matches!(n.punct, Some('.' | ',' | ';' | '!')) || (n.is_word() && key(word(text, n)) == "that"));
        return closes.then(|| Cue { first: i, end: i + 1, text: first.into_owned() });
    }
    if !lexicon::reporting_verbs().contains(&first) {
        return None;
    }
    // "Feld said demand had softened", "she said calls for a ban were growing": a word
    // right after a verb of saying opens what was said (a noun here), it is no second cue.
    if follows_a_saying_verb(text, toks, i) {
        return None;
    }
    if compares_figures(text, toks, i, &first)
        || agrees_a_deal(text, toks, i, &first)
        || is_gerund_noun(text, toks, i, &first)
        || reveals_an_amount(text, toks, i, &first)
        || is_attributive_participle(text, toks, i, &first)
    {
        return None;
    }
    // "With 87% of precincts reporting, Ruiz leads …": "reporting" with nothing reported
    // after it (a comma, a full stop) is the count's state, not a credit.
    if first == "reporting" && toks.get(i + 1).is_none_or(|n| matches!(n.punct, Some(',' | ';' | '.' | ')'))) {
        return None;
    }
    // "Mass atrocities continue in Darfur", "prices continued to climb": "continue" is
    // speech when it closes the credit (", he continued."), when what was said follows at
    // once (a colon, a quote, "that"), before the speaker ("Continued Stone: …"), before
    // the speaker's own remarks ("continued his attacks") or before "to".
    // "continued to insist that …", "continue to ignore the reality that …": the verb
    // after "to" carries the statement, and PolNeAR credits it (dropping these lost 0.002
    // of dev's reported-speech recall).
    let to_speech = toks.get(i + 1).is_some_and(|n| n.is_word() && key(word(text, n)) == "to");
    if first.starts_with("continu")
        && !to_speech
        && toks.get(i + 1).is_some_and(|n| {
            let w = word(text, n);
            n.is_word() && !is_capitalised(w) && !matches!(key(w).as_str(), "that" | "his" | "her" | "their" | "its" | "our" | "my")
        })
    {
        return None;
    }
    if shows_signs(text, toks, i, &first)
        || existential_participle(text, toks, i, &first)
        || beaten_estimates(text, toks, i, &first)
        || states_a_result(text, toks, i, &first)
    {
        return None;
    }
    // "according to earlier estimates from Stanford": the document credited, no verb.
    if super::documents::inside_according_to(text, toks, i) {
        return None;
    }
    // "…,” earlier estimates from Stanford University show.": a document with its maker
    // after it is the subject, not a verb.
    if super::documents::is_document_noun(&first) && toks.get(i + 1).is_some_and(|n| n.is_word() && matches!(key(word(text, n)).as_str(), "from" | "by")) {
        return None;
    }
    // Nouns that look like verbs: "the report", "his remarks", "a call".
    if i > 0 && toks[i - 1].is_word() {
        let prev = key(word(text, &toks[i - 1]));
        // A capitalised modal inside a sentence is a name ("…,” Will wrote"); a headline
        // capitalises every word ("… To Ask For A $15 Minimum Wage").
        let name = is_capitalised(word(text, &toks[i - 1])) && !at_sentence_start && prev != "to";
        let modal = !name && matches!(prev.as_str(), "to" | "will" | "would" | "could" | "should" | "can" | "might" | "must" | "may");
        // "Another tweeted", "Several said": opening the sentence, the word stands for people.
        let indefinite = lexicon::indefinite_subjects().contains(&prev) && is_capitalised(word(text, &toks[i - 1])) && (i < 2 || !toks[i - 2].is_word());
        // "heard her say": after a verb of perception "her" is the one heard, not a possessive.
        let heard = prev == "her"
            && i >= 2
            && toks[i - 2].is_word()
            && matches!(key(word(text, &toks[i - 2])).as_str(), "hear" | "heard" | "hears" | "hearing" | "overheard");
        if (lexicon::speaker_determiners().contains(&prev) && !indefinite && !heard)
            || modal && !matches!(&*first, "say" | "tell" | "add" | "write" | "tweet" | "explain") && !took_to_platform(text, toks, i)
        {
            return None;
        }
        // The passive is no credit: "the operation was called off".
        if matches!(prev.as_str(), "was" | "were" | "been" | "being" | "be" | "is" | "are") && first.ends_with("ed") {
            return None;
        }
        // Possessive before a noun: "Trump's remarks".
        let pw = word(text, &toks[i - 1]);
        if (pw.ends_with("'s") || pw.ends_with("\u{2019}s")) && !first.ends_with("ed") && first != "said" && first != "told" && first != "wrote" {
            return None;
        }
    }
    // Words as often nouns: "his home state of Vermont", "a fundraising call".
    if lexicon::cue_nouns().contains(&first) {
        let prev_ok = i > 0 && toks[i - 1].is_word() && {
            let pw = word(text, &toks[i - 1]);
            let pk = key(pw);
            matches!(pk.as_str(), "they" | "we" | "i" | "you" | "to" | "will" | "would" | "did" | "do")
                || (pk.len() > 3 && pk.ends_with('s') && !pk.ends_with("ss"))
                // "Trump is warning voters": a participle after an auxiliary is a verb.
                || (first.ends_with("ing") && matches!(pk.as_str(), "is" | "are" | "was" | "were" | "been"))
        };
        let next_noun = toks.get(i + 1).is_some_and(|n| n.is_word() && matches!(key(word(text, n)).as_str(), "of" | "for" | "from" | "on" | "in"));
        if !prev_ok || next_noun {
            return None;
        }
    }
    // Their plurals likewise: "Republican claims as “false”" is a noun, "Trump claims
    // that …" a verb, told by what follows.
    if let Some(base) = first.strip_suffix('s') {
        if lexicon::cue_nouns().contains(base) {
            // "…,” Conway notes.": a name or a pronoun alone between the quote and a
            // full stop is the subject of the verb.
            let credit_alone = i >= 2 && !toks[i - 2].is_word() && toks[i - 1].is_word() && {
                let pw = word(text, &toks[i - 1]);
                (is_capitalised(pw) && !at_sentence_start) || matches!(key(pw).as_str(), "he" | "she" | "they" | "we")
            } || closing_credit_phrase(text, toks, i);
            let verb_follows = toks.get(i + 1).map_or(credit_alone, |n| {
                if !n.is_word() {
                    // "Union boss vows “we will strike”": in a headline, a quote opening
                    // right after the word is what the verb says.
                    let quote_opens = at_sentence_start && matches!(n.punct, Some('"' | '\'' | '\u{201c}' | '\u{2018}'));
                    return matches!(n.punct, Some(':' | ',')) || quote_opens || (credit_alone && matches!(n.punct, Some('.' | '!' | '?')));
                }
                let w = word(text, n);
                let k = key(w);
                // "PM vows to “fix the NHS”": a headline's verb before its infinitive.
                let infinitive = at_sentence_start && k == "to";
                is_capitalised(w) || k == "that" || infinitive || lexicon::speaker_determiners().contains(&k) || lexicon::pronouns().contains(&k)
            });
            if !verb_follows {
                return None;
            }
        }
    }
    // "state Sen. Jason Holsman": "state" before a title is the office's, not a verb.
    if first == "state"
        && toks.get(i + 1).is_some_and(|n| {
            let w = word(text, n);
            n.is_word() && is_capitalised(w) && (lexicon::speaker_honorifics().contains(&key(w)) || lexicon::speaker_roles().contains(&key(w)))
        })
    {
        return None;
    }
    // Phrasal verbs that are not speech: "called off", "called up".
    if first.starts_with("call") {
        if let Some(n) = toks.get(i + 1).filter(|t| t.is_word()) {
            if matches!(key(word(text, n)).as_str(), "off" | "up" | "in" | "out" | "back" | "down") {
                return None;
            }
        }
    }
    Some(Cue { first: i, end: i + 1, text: first.into_owned() })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;
    use crate::text::Span;

    fn cues(text: &str) -> Vec<String> {
        let toks = tokenize(text, Span::new(0, text.len()));
        find(text, &toks, &[0]).into_iter().map(|c| c.text).collect()
    }

    #[test]
    fn participle_describing_the_noun_after_it_is_no_cue() {
        assert!(cues("The median asking rent rose 4% to $2,100 a month.").is_empty());
        assert!(cues("The average asking price in Leeds is now £245,000.").is_empty());
        assert!(cues("Weekly asking rents in Sydney climbed 2.1% in March.").is_empty());
        assert!(cues("One telling detail stood out in the filing.").is_empty());
        assert!(cues("As the saying goes, the tide lifts all boats.").is_empty());
        assert!(cues("Analysts see early warning signs in the credit market.").is_empty());
        assert!(cues("It was a promising start for the new coach.").is_empty());
        // The same words still report when they take a hearer, a question or what was said.
        assert_eq!(cues("Officials are asking residents to stay indoors."), vec!["asking"]);
        assert_eq!(cues("She kept telling reporters the plan would work."), vec!["telling"]);
        assert_eq!(cues("Protesters were asking questions about the budget."), vec!["asking"]);
        assert_eq!(cues("Analysts are warning that prices will fall."), vec!["warning"]);
    }

    #[test]
    fn signs_of_a_trend_and_counted_participles_are_no_cues() {
        assert!(cues("Hiring cooled as appetite for new staff showed little sign of returning.").is_empty());
        assert!(cues("The housing market shows signs of strain.").is_empty());
        assert!(cues("There were 57 thefts reported on buses through June.").is_empty());
        assert!(cues("There have been 12 outbreaks recorded this winter.").is_empty());
        // The verbs still report when they frame what someone said or found.
        assert_eq!(cues("The survey showed that most renters pay more."), vec!["showed"]);
        assert_eq!(cues("Officials reported 57 thefts on buses."), vec!["reported"]);
        assert!(cues("Quarterly revenue tops forecasts, misses estimates").is_empty());
        assert_eq!(cues("The agency estimates that 40,000 homes flooded."), vec!["estimates"]);
    }

    #[test]
    fn posted_results_are_no_cues() {
        assert!(cues("The Netherlands unit posted an EBITDA loss of €45 million.").is_empty());
        assert!(cues("Rivian posted $1.4bn in the quarter.").is_empty());
        assert!(cues("The retailer posted a 12% drop in sales.").is_empty());
        assert!(cues("Barclays posts record annual profits.").is_empty());
        assert!(cues("Shell posted a first-quarter profit of $7.7 billion.").is_empty());
        // Still cues when words follow: a claim, a report of a figure.
        assert_eq!(cues("The mayor posted that the road was shut."), ["posted"]);
        assert_eq!(cues("She posted on Facebook that the pool would reopen."), ["posted"]);
        assert_eq!(cues("Officials reported 57 thefts on buses."), ["reported"]);
        assert_eq!(cues("The company reported earnings of $8.42 a share."), ["reported"]);
    }

    #[test]
    fn phrase_wins_over_its_verb() {
        assert_eq!(cues("Lightfoot went on to explain she had spoken"), ["went on to explain"]);
        assert_eq!(cues("The Chicago Tribune pointed out that it"), ["pointed out"]);
    }

    #[test]
    fn according_to_at_sentence_start() {
        assert_eq!(cues("According to the Huffington Post, the raids"), ["according to"]);
    }

    #[test]
    fn verbs_of_knowing_credit_only_closing_the_clause() {
        assert_eq!(cues("Two arrests were made, ITV News understands."), ["understands"]);
        assert_eq!(cues("The BBC understands that three ministers will quit."), ["understands"]);
        assert!(cues("She understands the risks of the plan.").is_empty());
        assert_eq!(cues("Growth will slow next year, the chancellor reckons."), ["reckons"]);
    }

    #[test]
    fn a_noun_of_speech_right_after_said_opens_what_was_said() {
        assert_eq!(cues("Feld said demand for its premium models had softened."), ["said"]);
        assert_eq!(cues("She says calls for a ban are growing."), ["says"]);
        assert_eq!(cues("The chief executive told reporters claims of fraud were false."), ["told reporters"]);
        assert_eq!(cues("He said reports of layoffs were exaggerated."), ["said"]);
        // A noun of speech before the cue stays as it was read: "the report stated".
        assert_eq!(cues("The annual report stated that spending fell."), ["stated"]);
    }

    #[test]
    fn saying_an_amount_about_something_reports_no_statement() {
        assert!(cues("It says a lot about the market that prices fell.").is_empty());
        assert!(cues("That says a great deal about the club's ambitions.").is_empty());
        assert!(cues("The verdict says volumes about the state of the courts.").is_empty());
        assert!(cues("The ministry said nothing about the missing funds.").is_empty());
        assert!(cues("Their silence says something about the party.").is_empty());
        // An amount that is what was said stays a statement.
        assert_eq!(cues("She said a lot of voters were angry."), ["said"]);
        assert_eq!(cues("The bank said little had changed since May."), ["said"]);
    }

    #[test]
    fn plural_cue_noun_closing_a_credit_after_a_comma_is_the_verb() {
        assert_eq!(cues("Sales rose 5% last year, the firm claims."), ["claims"]);
        assert_eq!(cues("Half of all councils face ruin, the report notes."), ["notes"]);
        assert!(cues("The minister dismissed the claims.").is_empty());
        assert!(cues("He resigned, rejecting union claims.").is_empty());
    }

    #[test]
    fn comparisons_bargains_and_gerunds_are_no_cues() {
        assert!(cues("Swelling hit 12.6% of patients on the drug compared with 1.7% on placebo.").is_empty());
        assert!(cues("Sales were up 4% compared to last year.").is_empty());
        assert_eq!(cues("Trump compared Clinton to a robot."), ["compared"]);
        assert!(cues("Leeds have agreed a £20m fee for the forward.").is_empty());
        assert!(cues("The club agreed terms with the player.").is_empty());
        assert_eq!(cues("The unions agreed that the offer was fair."), ["agreed"]);
        assert!(cues("The phone supports wireless charging.").is_empty());
        assert!(cues("The battery offers fast charging, the maker says.").iter().all(|c| c != "charging"));
        assert_eq!(cues("He resigned, adding that he was proud."), ["adding"]);
    }

    #[test]
    fn nouns_that_look_like_cues_are_not_cues() {
        assert!(cues("The report was late and his remarks were long").is_empty());
    }
}
