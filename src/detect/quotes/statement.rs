//! Is a quoted stretch a statement someone made? Quoted titles ("Face the Nation"),
//! nicknames and scare quotes that nobody is credited with are not, and get no badge;
//! a short partial quote that someone is credited with ('remain permanent') is.

use crate::detect::lexicon::{function_words, mention_nouns, work_nouns};
use crate::text::attribution::Found;
use crate::text::marks::{Family, Quotation};
use crate::text::words::title_case;
use crate::text::{BlockKind, Document};

/// Words that introduce a title rather than speech: `on "Fox News Sunday"`, `the book
/// "Hacked World Order"`, `told "Fox and Friends"` (a name told something is the
/// programme or paper that heard it).
const TITLE_LEADS: &[&str] = &[
    "album",
    "article",
    "book",
    "called",
    "column",
    "dubbed",
    "episode",
    "essay",
    "film",
    "from",
    "headline",
    "in",
    "memoir",
    "movie",
    "named",
    "nicknamed",
    "novel",
    "of",
    "on",
    "op-ed",
    "play",
    "podcast",
    "program",
    "programme",
    "series",
    "show",
    "slogan",
    "song",
    "telling",
    "tells",
    "titled",
    "to",
    "told",
    "with",
];

/// Nouns after a quoted title: `a "Talk Bernie to Me" tote bag`, `"Dear Walter" letters`.
const TITLE_FOLLOWS: &[&str] = &[
    "actor",
    "actress",
    "album",
    "anchor",
    "bag",
    "banner",
    "book",
    "campaign",
    "co-host",
    "column",
    "creator",
    "documentary",
    "episode",
    "event",
    "film",
    "forum",
    "hat",
    "hats",
    "host",
    "letter",
    "letters",
    "memoir",
    "movement",
    "movie",
    "podcast",
    "program",
    "rally",
    "segment",
    "series",
    "shirt",
    "shirts",
    "show",
    "sign",
    "signs",
    "song",
    "star",
    "t-shirt",
    "t-shirts",
    "tour",
];

/// Words that name what follows in quotes as someone's words, even in title case: a
/// slogan, a chant, a name given ("the slogan \"Make America Great
/// Again\"", "chants of \"Feel the Bern!\"", "a memo titled \"The Facts on the Race\"").
/// PolNeAR counts such naming as an attribution (the namer is the source), so the quoted
/// words are a statement, not a title to pass over, when somebody is credited with them.
const NAMING_LEADS: &[&str] =
    &["called", "chant", "chanted", "chanting", "chants", "dubbed", "entitled", "labeled", "labelled", "nicknamed", "slogan", "titled"];

/// The text before the opening mark inside the quote's own block (paragraph, headline):
/// a word that ends the block before ("Headline", a heading "Book") does not introduce a
/// quote that opens the next one.
fn block_before<'a>(doc: &'a Document, q: &Quotation) -> &'a str {
    let start = doc.block_at(q.outer.start).map_or(0, |b| doc.blocks[b].span.start.min(q.outer.start));
    &doc.text[start..q.outer.start]
}

/// The word just before the opening mark in its block, lower case, and whether it is a
/// possessive.
fn word_before(doc: &Document, q: &Quotation) -> (String, bool) {
    let before = block_before(doc, q).trim_end();
    let w = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    let possessive = w.ends_with("'s") || w.ends_with("\u{2019}s") || w.ends_with("s'") || w.ends_with("s\u{2019}");
    (w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase(), possessive)
}

/// The word just after the closing mark, lower case.
fn word_after(doc: &Document, q: &Quotation) -> String {
    let after = doc.text[q.outer.end..].trim_start();
    let w = after.split(|c: char| c.is_whitespace()).next().unwrap_or("");
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_lowercase()
}

/// Whether a naming word ([`NAMING_LEADS`]) stands right before the quote, maybe with
/// an article between ("called the", "a slogan,") or as "chants of".
pub fn is_named(doc: &Document, q: &Quotation) -> bool {
    let before = block_before(doc, q);
    // Lower case as written: a capitalised "Called" is a headline's word, not a naming.
    let words: Vec<&str> =
        before.rsplit(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()).take(3).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    let lead = match words.first() {
        Some(&("the" | "a" | "of")) => words.get(1),
        _ => words.first(),
    };
    lead.is_some_and(|w| NAMING_LEADS.contains(w))
}

/// The most words of a quoted title named as a work by a noun beside it ([`work_nouns`]):
/// a book's title may run long ("Backfire: A Battle for the Soul of a Company").
const WORK_TITLE_WORDS: usize = 16;

/// The `n` words before the opening mark, nearest first, lower case, stripped of the
/// punctuation around them (a hyphen inside a word stays: "so-called").
fn words_before(doc: &Document, q: &Quotation, n: usize) -> Vec<String> {
    block_before(doc, q)
        .rsplit(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .take(n)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .collect()
}

/// A scare quote announced as one: `the so-called "death tax"` (also "so called" and
/// the "so- called" of a broken line). The writer distances the words; nobody is quoted.
pub fn is_so_called(doc: &Document, q: &Quotation) -> bool {
    let w = words_before(doc, q, 2);
    match w.first().map(String::as_str) {
        Some("so-called") => true,
        Some("called") => w.get(1).is_some_and(|v| v == "so"),
        _ => false,
    }
}

/// The most words of a label given to a thing ([`label_verb`]): a name is short; a
/// longer stretch after "called" is a description someone gave ("called it a reckless
/// gamble with other people's money").
pub const LABEL_WORDS: usize = 6;

/// Adverbs that may stand beside a naming verb: "known locally as", "widely dubbed",
/// "informally be dubbed", "also called".
fn is_naming_adverb(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ly")) || matches!(w, "also" | "now" | "once" | "often" | "since" | "sometimes" | "still" | "then")
}

/// The naming verb of a label the article gives a thing, when the quote is one: the
/// project, dubbed "Green Mile"; a group called "Parents First"; the estate, known
/// locally as 'the Bullring'; the show is billed as "a night for heroes". A participle
/// ([`label_verbs`]) right before the quote (maybe with "the" or "as" between) whose
/// own left neighbour is no speaking subject: a comma or an opening bracket (an
/// apposition), a passive auxiliary ("is called"), or a common noun it describes ("a
/// play called"). A name, a pronoun, "has" or a noun after "which"/"whom" is a
/// subject that speaks ("what he called", "Trump dubbed", "whom critics dubbed"), and a
/// long stretch is a description said, not a name.
pub fn label_verb(doc: &Document, q: &Quotation) -> Option<String> {
    if doc.slice(q.inner).split_whitespace().count() > LABEL_WORDS || in_headline(doc, q) {
        return None;
    }
    let raw: Vec<&str> = block_before(doc, q).rsplit(char::is_whitespace).filter(|w| !w.is_empty()).take(10).collect();
    let bare = |i: usize| raw.get(i).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_lowercase()).unwrap_or_default();
    // The words between verb and quote are plain words, no punctuation between them.
    let plain = |i: usize| raw.get(i).is_some_and(|w| w.chars().last().is_some_and(char::is_alphanumeric));
    let mut i = 0;
    if matches!(bare(i).as_str(), "the" | "a" | "an") && plain(i) {
        i += 1;
    }
    if bare(i) == "as" && plain(i) {
        i += 1;
        while is_naming_adverb(&bare(i)) && plain(i) {
            i += 1;
        }
    }
    let verb = bare(i);
    // Lower case as written: a capitalised "Titled" opens a sentence or a headline.
    let opened = raw.get(i).map_or("", |w| w.trim_start_matches(['(', '[', '\u{2014}', '\u{2013}']));
    if !in_list(data_file!("detect/quotes/label_verbs.txt"), &verb) || !opened.chars().next().is_some_and(char::is_lowercase) {
        return None;
    }
    // "The mission (codenamed “Blue Falcon”)": a bracket or a dash sets the label off.
    if raw.get(i).is_some_and(|w| w.len() > opened.len()) {
        return Some(verb);
    }
    let mut j = i + 1;
    while is_naming_adverb(&bare(j)) && plain(j) {
        j += 1;
    }
    let before = raw.get(j)?;
    let word = bare(j);
    // A passive ("is known as", "had been called the") is how PolNeAR-style annotation
    // most often marks a naming as somebody's words (the namer left unsaid): no label
    // here. "it's known as" is one too.
    let passive = matches!(word.as_str(), "is" | "was" | "were" | "are" | "be" | "been" | "being" | "become" | "became" | "get" | "gets" | "got")
        || word.ends_with("'s")
        || word.ends_with("\u{2019}s");
    if passive {
        return None;
    }
    let apposition = before.ends_with([',', '(', '\u{2014}', '\u{2013}']) || matches!(*before, "-" | "--");
    // "which Apple's chief executive, Tim Cook, called": a relative clause's subject,
    // however it is set off, names the speaker (the sentence before is no part of it).
    let relative = (0..6)
        .map(|k| j + k)
        .take_while(|&k| k == j || raw.get(k).is_some_and(|w| !w.ends_with(['.', '!', '?', ':', ';'])))
        .any(|k| matches!(bare(k).as_str(), "what" | "which" | "whom" | "who" | "that" | "whose"));
    // A pronoun, "has" or a quantifier ("the Times and the Post each called") stands for
    // the speaker; "many of them known as" has no noun for the label either.
    let subject = matches!(
        word.as_str(),
        "has" | "have" | "had" | "having" | "i" | "we" | "you" | "he" | "she" | "they" | "it" | "them" | "each" | "both" | "all" | "some" | "many" | "others"
    ) || !before.chars().next().is_some_and(char::is_lowercase);
    // "nominee, Mitt Romney, called": a name set off by commas on both sides is an
    // apposition to the subject, who speaks.
    let set_off_name = apposition && !before.chars().next().is_some_and(char::is_lowercase) && raw.iter().skip(j + 1).take(3).any(|w| w.ends_with(','));
    (!relative && !set_off_name && (apposition || !subject)).then_some(verb)
}

/// Whether `word` is a line of a data file (header lines open with `#`).
fn in_list(list: &str, word: &str) -> bool {
    !word.is_empty() && list.lines().any(|l| l == word)
}

/// A nickname set between a given name and a surname: Dwayne "The Rock" Johnson,
/// Stefani 'Lady Gaga' Germanotta. A few capitalised words with no end punctuation, a
/// capitalised word (not a function word such as "On") right before and one right after,
/// outside headlines, which capitalise every word.
pub fn is_nickname(doc: &Document, q: &Quotation) -> bool {
    let inner = doc.slice(q.inner);
    let words: Vec<&str> = inner.split_whitespace().collect();
    if words.len() > 3 || !title_case(&words) || inner.trim_end().ends_with([',', '.', '!', '?', ':', ';']) || in_headline(doc, q) {
        return false;
    }
    let before = &doc.text[..q.outer.start];
    let after = &doc.text[q.outer.end..];
    let (Some(given), Some(surname)) = (before.strip_suffix(' '), after.strip_prefix(' ')) else { return false };
    let given = given.rsplit(char::is_whitespace).next().unwrap_or("");
    let surname = surname.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let name_like = |w: &str| w.len() > 1 && w.chars().all(char::is_alphabetic) && w.chars().next().is_some_and(char::is_uppercase);
    name_like(given) && name_like(surname) && !function_words().contains(given.to_lowercase().as_str())
}

/// Words mentioned, not said: `the term "quiet quitting"`, `a phrase, "soft landing"`
/// ([`mention_nouns`] after an article or a demonstrative). The caller drops them only
/// when nobody is credited with saying them ("what he calls …" stays a partial quote).
pub fn is_mention(doc: &Document, q: &Quotation) -> bool {
    let w = words_before(doc, q, 2);
    w.first().is_some_and(|n| mention_nouns().contains(n.as_str())) && w.get(1).is_some_and(|d| matches!(d.as_str(), "the" | "a" | "this" | "that" | "same"))
}

/// A title named as a work after it: `"Roots of the River," the Netflix series about the
/// delta` (an article, at most two modifiers and a work noun, then no verb: "the book
/// said" credits the book instead).
fn work_named_after(doc: &Document, q: &Quotation) -> bool {
    let after = doc.text[q.outer.end..].trim_start().trim_start_matches(',').trim_start();
    let words: Vec<&str> = after.split_whitespace().take(5).collect();
    if !words.first().is_some_and(|w| matches!(*w, "the" | "a" | "an" | "his" | "her" | "their" | "its")) {
        return false;
    }
    words.iter().enumerate().skip(1).take(3).any(|(i, w)| {
        let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        let ends_phrase = bare.len() < w.len() || words.get(i + 1).is_some_and(|n| WORK_NOUN_FOLLOWERS.contains(n));
        work_nouns().contains(bare.to_lowercase().as_str()) && ends_phrase
    })
}

/// Words that may follow a work noun naming the title before it: "the series about …",
/// "the film by …", "the album from 1999".
const WORK_NOUN_FOLLOWERS: &[&str] = &["about", "based", "by", "from", "in", "on", "that", "which", "starring", "with"];

/// A title or name in quotes: `CNN's "State of the Union"`, `the "Contract with America"`.
pub fn is_title(doc: &Document, q: &Quotation) -> bool {
    let inner = doc.slice(q.inner);
    let words: Vec<&str> = inner.split_whitespace().collect();
    let (before, possessive) = word_before(doc, q);
    // "Under the title", "with the headline": whatever follows is a title, in any case.
    // A colon introduces words that became the title ("used her words as its headline:
    // “…”"): still somebody's quote.
    let introduced = doc.text[..q.outer.start].trim_end().ends_with(':');
    if in_list(data_file!("detect/quotes/title_nouns.txt"), &before) && !introduced && words.len() <= WORK_TITLE_WORDS {
        return true;
    }
    if !title_case(&words) {
        return false;
    }
    // Named as a work by a noun beside it: a title, however long. A headline in title
    // case capitalises every word, so there only a sentence-case line tells a title.
    let cased_apart = !in_headline(doc, q) || sentence_case_around(doc, q);
    if words.len() <= WORK_TITLE_WORDS && cased_apart && (work_nouns().contains(before.as_str()) || work_named_after(doc, q)) {
        return true;
    }
    if words.len() > 9 {
        return false;
    }
    // A headline capitalises every word: a quote in it is told from a title only when
    // it is the whole line. A headline in sentence case is read like a sentence.
    if in_headline(doc, q) && !sentence_case_around(doc, q) {
        return in_heading(doc, q);
    }
    let followed_by_noun = !inner.trim_end().ends_with([',', '.', '!', '?']) && TITLE_FOLLOWS.contains(&word_after(doc, q).as_str());
    possessive || before == "the" || TITLE_LEADS.contains(&before.as_str()) || followed_by_noun
}

/// Whether the line around the quotation is written in sentence case: a word outside the
/// quote that is no function word starts in lower case ("Her new novel, \"…\", sold").
/// Title-case headlines leave only small words such as "if" or "of" in lower case.
fn sentence_case_around(doc: &Document, q: &Quotation) -> bool {
    let start = doc.text[..q.outer.start].rfind('\n').map_or(0, |i| i + 1);
    let end = doc.text[q.outer.end..].find('\n').map_or(doc.text.len(), |i| q.outer.end + i);
    let outside = [&doc.text[start..q.outer.start], &doc.text[q.outer.end..end]];
    outside.iter().flat_map(|part| part.split_whitespace()).any(|w| {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        bare.chars().next().is_some_and(char::is_lowercase) && !function_words().contains(bare)
    })
}

/// A heading block, or the article's first line (plain text gives headlines no kind).
pub fn in_headline(doc: &Document, q: &Quotation) -> bool {
    doc.block_at(q.outer.start).is_some_and(|b| {
        let block = &doc.blocks[b];
        matches!(block.kind, BlockKind::Heading | BlockKind::Title)
            || (b == 0 && block.span.len() <= crate::text::attribution::HEADLINE_BYTES && !doc.slice(block.span).contains('\n'))
    })
}

fn in_heading(doc: &Document, q: &Quotation) -> bool {
    doc.block_at(q.outer.start).is_some_and(|b| matches!(doc.blocks[b].kind, BlockKind::Heading | BlockKind::Title) && doc.blocks[b].span == q.outer)
}

/// The headline of a linked piece with its byline: `—"Hamilton to play Chicago," by
/// Variety's Gordon Cox`. The quote opens its line (at most a capitalised label such as
/// `NOW OPEN—` before it), ends in a comma, and "by" and a name follow.
pub fn is_bylined_headline(doc: &Document, q: &Quotation) -> bool {
    let inner = doc.slice(q.inner).trim_end();
    if !inner.ends_with(',') {
        return false;
    }
    let mut after = doc.text[q.outer.end..].split_whitespace();
    let by = after.next().is_some_and(|w| w == "by");
    let named = after.next().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    if !(by && named) {
        return false;
    }
    let Some(s) = doc.sentence_at(q.outer.start) else { return false };
    let line_start = doc.text[..q.outer.start].rfind('\n').map_or(0, |i| i + 1);
    let start = doc.sentences[s].span.start.max(line_start).min(q.outer.start);
    !doc.text[start..q.outer.start].chars().any(char::is_lowercase)
}

/// The most words of a quoted line that reads as a subheading.
const SUBHEADING_WORDS: usize = 8;

/// A subheading set in quotes: a line of its own that is nothing but a short quoted
/// phrase, either with every word capitalised (`'All Bets Are Off.'` between two sections
/// of a feature) or in single marks in an article whose quotes are set in double ones
/// (`'Totally pro-Israel.'`: American papers head a section with a phrase from it in
/// headline style, which takes single marks). Spoken words are written in sentence case
/// and in the article's own marks, and a quote standing alone is credited by the
/// paragraphs around it. Plain text may end its paragraphs with one line break, so the
/// line, not the block, is what must hold nothing else.
pub fn is_subheading(doc: &Document, q: &Quotation, single_marks_are_headline_style: bool) -> bool {
    let words: Vec<&str> = doc.slice(q.inner).split_whitespace().collect();
    if words.len() > SUBHEADING_WORDS || !alone_on_its_line(doc, q) {
        return false;
    }
    title_case(&words) || (single_marks_are_headline_style && q.family == Family::Single && !in_headline(doc, q))
}

/// Whether the quotation is all its line holds, but for end punctuation and the dashes
/// that set a subheading off (`– ‘We’re alive’ –.`).
fn alone_on_its_line(doc: &Document, q: &Quotation) -> bool {
    let start = doc.text[..q.outer.start].rfind('\n').map_or(0, |i| i + 1);
    let end = doc.text[q.outer.end..].find('\n').map_or(doc.text.len(), |i| q.outer.end + i);
    let dash_or_space = |c: char| c.is_whitespace() || matches!(c, '-' | '\u{2013}' | '\u{2014}');
    let before = doc.text[start..q.outer.start].chars().all(dash_or_space);
    let after = doc.text[q.outer.end..end].chars().all(|c| dash_or_space(c) || ".:!?".contains(c));
    before && after
}

/// Whether the article sets its quotes in double marks, so that a phrase in single marks
/// standing alone is in headline style ([`is_subheading`]): more top-level quotations in
/// double marks than in single ones. Papers that quote in single marks (much of the
/// British press) set a one-line quote the same way as any other.
pub fn single_marks_are_headline_style(qs: &[Quotation]) -> bool {
    let doubles = qs.iter().filter(|q| q.family == Family::Double).count();
    doubles > qs.len() - doubles
}

/// Whether the quotation opens its sentence (only white space or a dash before it).
pub fn opens_sentence(doc: &Document, q: &Quotation) -> bool {
    let Some(s) = doc.sentence_at(q.outer.start) else { return true };
    let start = doc.sentences[s].span.start.min(q.outer.start);
    doc.text[start..q.outer.start].chars().all(|c| c.is_whitespace() || matches!(c, '-' | '\u{2014}' | '\u{2013}' | '(' | '['))
}

/// Whether the quotation ends its sentence (only punctuation and white space after it up
/// to the sentence's end): with [`opens_sentence`], the quote is a sentence of its own.
pub fn ends_sentence(doc: &Document, q: &Quotation) -> bool {
    let Some(s) = doc.sentence_at(q.outer.end.saturating_sub(1)) else { return true };
    let end = doc.sentences[s].span.end.max(q.outer.end);
    doc.text[q.outer.end..end].chars().all(|c| c.is_whitespace() || ".!?;:)]".contains(c))
}

/// Whether the quotation is inside a post embedded in the text as markup
/// (`<tweet author="@x">…</tweet>`): the post is shown as it was posted, and the quotes
/// in it are its author's way of writing, not words the article quotes.
pub fn in_embedded_post(doc: &Document, q: &Quotation) -> bool {
    let start = doc.text[..q.outer.start].rfind('\n').map_or(0, |i| i + 1);
    let end = doc.text[q.outer.end..].find('\n').map_or(doc.text.len(), |i| q.outer.end + i);
    let before = &doc.text[start..q.outer.start];
    let after = &doc.text[q.outer.end..end];
    let opened = before.rfind("<tweet").is_some_and(|open| !before[open..].starts_with("<tweet/>") && !before[open..].contains("</tweet>"));
    // Some pages close the element with a malformed `<tweet/>`.
    opened && (after.contains("</tweet>") || after.contains("<tweet/>"))
}

/// Whether words that [`is_statement`] passes over as a title or a name are still a
/// statement because a naming word sets them off as somebody's slogan, chant or given
/// name ([`is_named`]). Such words are a statement only when somebody is credited with
/// them (the caller checks): a capitalised name given by nobody is a title after all.
pub fn is_named_statement(doc: &Document, q: &Quotation, single_marks_are_headline_style: bool) -> bool {
    doc.slice(q.inner).split_whitespace().nth(1).is_some()
        && !in_embedded_post(doc, q)
        && !is_so_called(doc, q)
        && is_named(doc, q)
        && !in_headline(doc, q)
        && !is_bylined_headline(doc, q)
        && !is_subheading(doc, q, single_marks_are_headline_style)
}

/// Whether the quotation is a statement to badge (`single_marks_are_headline_style`: see
/// [`single_marks_are_headline_style`]).
pub fn is_statement(doc: &Document, q: &Quotation, found: Option<&Found>, continues: bool, single_marks_are_headline_style: bool) -> bool {
    let inner = doc.slice(q.inner);
    let words = inner.split_whitespace().count();
    if words < 2 || in_embedded_post(doc, q) || is_nickname(doc, q) {
        return false;
    }
    // A scare quote announced as one is the writer's unless a cue credits someone with
    // the words ("the mayor said the so-called “green corridor” would open" reports the
    // mayor's term).
    // The "called" of "so called" read as a cue credits nobody.
    let credited = found.is_some_and(|f| !(f.cue == "called" && words_before(doc, q, 1).first().is_some_and(|w| w == "called")));
    if is_so_called(doc, q) && !credited {
        return false;
    }
    if is_title(doc, q) || is_bylined_headline(doc, q) || is_subheading(doc, q, single_marks_are_headline_style) {
        return false;
    }
    if found.is_some() {
        return true;
    }
    // A short name in title case inside the article's own sentence, credited to nobody,
    // is a title ("leads “America with Jorge Ramos” on Fusion"); headlines capitalise
    // every word, so there it says nothing unless the headline is in sentence case.
    if (!in_headline(doc, q) || sentence_case_around(doc, q))
        && words <= 6
        && title_case(&inner.split_whitespace().collect::<Vec<_>>())
        && !opens_sentence(doc, q)
    {
        return false;
    }
    // A quote inside a sentence of the article's own words is most often a partial quote
    // of whoever the sentence is about; one that stands as its own sentence with nobody
    // credited nearby is a statement only when it is long enough to be one.
    if !opens_sentence(doc, q) {
        return true;
    }
    continues || words >= 6
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::marks::pair;

    fn first_is_title(body: &str) -> bool {
        let text = format!("Headline of the story\n\n{body}");
        let doc = Document::from_plain_text(&text);
        let q = pair(&doc).into_iter().next().expect("a quotation");
        is_title(&doc, &q)
    }

    /// The first quotation of a text given whole (its first line is its headline).
    fn quote_of(text: &str) -> (Document, Quotation) {
        let doc = Document::from_plain_text(text);
        let q = pair(&doc).into_iter().next().expect("a quotation");
        (doc, q)
    }

    #[test]
    fn a_label_word_ending_the_block_before_introduces_nothing() {
        // A headline or heading that ends in a title noun, a work noun or a naming word
        // ("Headline", "Title", "The film", "Slogan") is no lead-in to the paragraph's quote.
        for text in [
            "Headline\n\n\"We will appeal,\" said Anna Berg of Amnesty International.",
            "Title\n\n\"We will appeal,\" said Anna Berg.",
            "Inside the new film\n\n\"It Was Never Easy,\" the director said of the shoot.",
            "Campaign slogan\n\n\"Never Again\" is what the marchers chanted, organisers said.",
        ] {
            let (doc, q) = quote_of(text);
            assert!(!is_title(&doc, &q) && !is_named(&doc, &q), "{text}");
        }
        // The same words inside the quote's own paragraph still name a title.
        let (doc, q) = quote_of("Headline\n\nThe paper ran it under the headline \"Markets tumble\" on Monday.");
        assert!(is_title(&doc, &q));
        let (doc, q) = quote_of("Headline\n\nThe group, with the slogan \"Never Again,\" marched on Monday.");
        assert!(is_named(&doc, &q));
    }

    #[test]
    fn show_title_after_possessive_outlet_is_a_title() {
        assert!(first_is_title("Pence said on CNN's \"State of the Union\" that it was fine."));
    }

    #[test]
    fn show_told_something_or_named_with_an_ampersand_is_a_title() {
        assert!(first_is_title("The senator told \"Good Day Ohio,\" on Monday that he was fair game."));
        assert!(first_is_title("She said on WXYZ's \"Stocks & Bonds Tonight\" that rates would rise."));
        assert!(first_is_title("Crews filmed the new \"Speed & Fury\" film downtown."));
        // A sentence told in quotes is no title.
        assert!(!first_is_title("He told \"everyone in the room\" to leave."));
    }

    #[test]
    fn show_title_after_on_is_a_title() {
        assert!(first_is_title("On \"Face the Nation,\" Sen. Bernie Sanders said more."));
    }

    fn first_is_bylined_headline(body: &str) -> bool {
        let text = format!("Headline of the story\n\n{body}");
        let doc = Document::from_plain_text(&text);
        let q = pair(&doc).into_iter().next().expect("a quotation");
        is_bylined_headline(&doc, &q)
    }

    #[test]
    fn linked_headline_with_byline_is_no_statement() {
        assert!(first_is_bylined_headline("NOW OPEN\u{2014}\"Pop-up art show strives to confront gentrification,\" by DNAinfo's Eddie Small: more."));
    }

    #[test]
    fn partial_quote_said_by_someone_is_no_headline() {
        assert!(!first_is_bylined_headline("Salceda said the \"ugliness of utterances, largely undeserved,\" by Trump stood out."));
    }

    fn first_is_subheading(text: &str) -> bool {
        let doc = Document::from_plain_text(text);
        let qs = pair(&doc);
        let q = qs.first().expect("a quotation");
        is_subheading(&doc, q, single_marks_are_headline_style(&qs))
    }

    #[test]
    fn capitalised_quoted_line_between_sections_is_a_subheading() {
        assert!(first_is_subheading("The mill shut in 2015.\n\n'A Town Without Work.'\n\nJobs have not come back."));
        assert!(first_is_subheading("Turnout fell again.\n\n\u{201c}Nobody Listens to Us\u{201d}\n\nVoters in the valley agree."));
        assert!(first_is_subheading("The reef is bleaching.\n\n\"The Last Good Year\":\n\nDivers remember 1998."));
    }

    #[test]
    fn quoted_sentence_alone_or_capitalised_phrase_in_a_sentence_is_no_subheading() {
        // Spoken words stand alone in sentence case.
        assert!(!first_is_subheading("The mill shut in 2015.\n\n\"We lost everything that year.\"\n\nJobs have not come back."));
        // A capitalised phrase inside a sentence is a name or a title, not a heading line.
        assert!(!first_is_subheading("Fans chanted \"Bring Back Our Team\" outside the stadium."));
        // A long capitalised line is a slogan or a headline in its own right.
        assert!(!first_is_subheading("Up top.\n\n\"Vote For The Party That Keeps Every One Of Its Promises To You\"\n\nMore."));
    }

    #[test]
    fn short_line_in_single_marks_heads_a_section_of_a_double_mark_article() {
        let text = "The plant closed in May.\n\n\"We had no warning at all,\" said welder Ann Fox.\n\n'Nobody told us anything.'\n\nWorkers cleared their lockers. \"It felt like a funeral,\" Fox said.";
        let doc = Document::from_plain_text(text);
        let qs = crate::text::marks::quotations(&doc);
        assert!(single_marks_are_headline_style(&qs));
        assert!(is_subheading(&doc, &qs[1], true));
        // Set off by dashes, in curly marks (wire-service style).
        let text =
            "\u{201c}It is over,\u{201d} he said.\n\n\u{2013} \u{2018}Back to work\u{2019} \u{2013}.\n\nThe strike ended. \u{201c}We won,\u{201d} she said.";
        let doc = Document::from_plain_text(text);
        let qs = crate::text::marks::quotations(&doc);
        assert!(is_subheading(&doc, &qs[1], single_marks_are_headline_style(&qs)));
    }

    #[test]
    fn line_in_single_marks_of_a_single_mark_article_is_a_quote() {
        // Much of the British press quotes in single marks: a one-line quote is speech.
        let text =
            "Headline of the story\n\n\u{2018}We lost the lot,\u{2019} said farmer Tom Reed.\n\n\u{2018}Nobody came to help.\u{2019}\n\nThe river rose again.";
        let doc = Document::from_plain_text(text);
        let qs = crate::text::marks::quotations(&doc);
        assert!(!single_marks_are_headline_style(&qs));
        assert!(!is_subheading(&doc, &qs[1], false));
        // A single-mark phrase inside a sentence is no subheading in any article.
        assert!(!first_is_subheading("\"Fine,\" he said. \"Really.\"\n\nShe called it 'a real mess' on Monday."));
    }

    #[test]
    fn capitalised_quoted_line_ended_by_one_line_break_is_a_subheading() {
        // Plain text whose paragraphs end with a single line break.
        assert!(first_is_subheading("The talks ended on Friday.\n\u{201c}THE VOTERS WILL DECIDE\u{201d}\nAcross the region, ministers met."));
        // A sentence-case quoted line there is still speech.
        assert!(!first_is_subheading("The talks ended on Friday.\n\u{201c}We will decide soon.\u{201d}\nAcross the region, ministers met."));
    }

    fn first_is_named(body: &str) -> bool {
        let text = format!("Headline of the story\n\n{body}");
        let doc = Document::from_plain_text(&text);
        let q = pair(&doc).into_iter().next().expect("a quotation");
        is_named(&doc, &q)
    }

    #[test]
    fn naming_word_before_the_quote_names_it() {
        assert!(first_is_named("The group is called the \"Friends of the River\" now."));
        assert!(first_is_named("Fans answered with chants of \u{201c}One More Song!\u{201d}"));
        assert!(first_is_named("It was dubbed \"Operation Clean Sweep\" by the police."));
        assert!(first_is_named("She kept the old slogan, \"Vote Early, Vote Often.\""));
        // Other words before a quote, or a capitalised headline word, do not name it.
        assert!(!first_is_named("Pence said on CNN's \"State of the Union\" that it was fine."));
        assert!(!first_is_named("Ten Things About Being Called \"A Quiet Hero\" This Year"));
    }

    #[test]
    fn participle_naming_a_thing_gives_it_a_label() {
        let label = |body: &str| first_with(body, |d, q| label_verb(d, q).is_some());
        assert!(label("The project, dubbed \"Green Mile\", will cost $40m."));
        assert!(label("The estate, known locally as \u{2018}the Bullring\u{2019}, is empty."));
        assert!(label("They joined a group called \"Parents for Safer Roads\" last year."));
        assert!(label("The mission (codenamed \"Blue Falcon\") began at dawn."));
        assert!(label("The rally, billed as \u{201c}the March for Our Future\u{201d}, drew 20,000."));
        // A subject names it: a speech act ("what he called", "Trump dubbed", "whom
        // critics dubbed", "nominee, Mitt Romney, called", "has dubbed").
        assert!(!label("It was what he called \"a total disgrace\" on Monday."));
        assert!(!label("Rubio, whom critics dubbed \"the little senator\", replied."));
        assert!(!label("Mayor Pike dubbed \"the Iron Lady\" by critics, said no."));
        assert!(!label("A rival that the former nominee, Ann Lowe, called \"our top foe\" hit back."));
        assert!(!label("One analyst has dubbed \"the yuca primary\" a farce."));
        assert!(!label("Both papers each called \"a rough week\" for him."));
        // A passive, a long description or an active verb: no label here.
        assert!(!label("The island was known as \"the Poorhouse of the Caribbean\" then."));
        assert!(!label("The plan, called \"a reckless gamble with other people's money and jobs\", failed."));
        assert!(!label("Locals call the bridge \"the Sleeping Giant\"."));
    }

    #[test]
    fn quote_that_is_a_whole_sentence_ends_it() {
        let ends = |body: &str| {
            let text = format!("Headline of the story\n\n{body}");
            let doc = Document::from_plain_text(&text);
            let q = pair(&doc).into_iter().next().expect("a quotation");
            (opens_sentence(&doc, &q), ends_sentence(&doc, &q))
        };
        assert_eq!(ends("Ruiz looked up. \u{201c}Not today.\u{201d} The room went still."), (true, true));
        assert_eq!(ends("\"Not today\"."), (true, true));
        assert_eq!(ends("'Carnage on the road' in the city of Nice."), (true, false));
        assert_eq!(ends("She said it was \"not today.\""), (false, true));
    }

    fn first_in_embedded_post(body: &str) -> bool {
        let text = format!("Headline of the story\n\n{body}");
        let doc = Document::from_plain_text(&text);
        let q = pair(&doc).into_iter().next().expect("a quotation");
        in_embedded_post(&doc, &q)
    }

    #[test]
    fn quote_inside_an_embedded_post_is_the_posts() {
        assert!(first_in_embedded_post(
            "<tweet author=\"@mayor_ruiz\" datetime=\"2024-05-01\">\u{201c}Crews start on the bridge deck today,\u{201d} says the crew chief</tweet>."
        ));
        // Some pages close the element with a malformed tag.
        assert!(first_in_embedded_post("<tweet tweet-author=\"@cllr_amy\">RT: \u{201c}Libraries stay open all summer.\u{201d} #Leeds<tweet/>."));
        // The article's own quote beside an embed, or after one closed, is no part of it.
        assert!(!first_in_embedded_post("\u{201c}We read every post,\u{201d} the press officer said."));
        assert!(!first_in_embedded_post("<tweet author=\"@x\">Road shut</tweet> \u{201c}It will reopen soon,\u{201d} police said."));
    }

    fn first_with(body: &str, test: fn(&Document, &Quotation) -> bool) -> bool {
        let text = format!("Headline of the story\n\n{body}");
        let doc = Document::from_plain_text(&text);
        let q = pair(&doc).into_iter().next().expect("a quotation");
        test(&doc, &q)
    }

    #[test]
    fn so_called_in_any_spelling_announces_a_scare_quote() {
        assert!(first_with("The so-called \"rainy day fund\" is empty.", is_so_called));
        assert!(first_with("A so called \u{2018}jobs miracle\u{2019} followed.", is_so_called));
        assert!(first_with("The so- called \"quiet zone\" grew.", is_so_called));
        assert!(!first_with("She called it \"a rainy day fund\" on Monday.", is_so_called));
    }

    #[test]
    fn nickname_sits_between_two_name_words_outside_headlines() {
        assert!(first_with("Coach Ray \"Big Shot\" Delgado retired.", is_nickname));
        assert!(!first_with("On \"Meet the Voters\" Sunday, she spoke.", is_nickname));
        assert!(!first_with("Delgado said \"We Won\" Monday.", is_nickname));
        assert!(!first_with("Ray \"the old coach,\" Delgado said.", is_nickname));
    }

    #[test]
    fn term_or_phrase_before_the_quote_mentions_it() {
        assert!(first_with("Nobody liked the term \"rate reset\" here.", is_mention));
        assert!(first_with("He coined a phrase, \"smart growth\", in 1998.", is_mention));
        // "the words" quote an utterance; "a slogan" is a campaign's own words.
        assert!(!first_with("She said the words \"I am sorry\" twice.", is_mention));
        assert!(!first_with("They ran on the slogan \"Homes for All\" last year.", is_mention));
    }

    #[test]
    fn title_beside_a_work_noun_is_a_title_even_when_long() {
        assert!(first_is_title("The exhibition \"Rivers of the North\" opened."));
        assert!(first_is_title("\"Night Shift,\" the HBO series about nurses, ends."));
        assert!(first_is_title("Her biography, \"Iron Lady of the Docks: The Life and Times of Mary Ann Pike and Her Union\", sold."));
        // The work said something: a quote credited to it, no title.
        assert!(!first_is_title("\"Prices Will Rise,\" the report said."));
        // A one-line text in sentence case is read as its headline: the noun still tells.
        let doc = Document::from_plain_text("Her debut novel, \"Nights at the Mill\", sold well, her agent said.");
        let q = pair(&doc).into_iter().next().expect("a quotation");
        assert!(is_title(&doc, &q));
        // A sentence-case headline is read like a sentence: an owner's title is a title.
        let doc = Document::from_plain_text("Rita Ora's \"Silver Lines\" tops the charts again\n\nBody.");
        let q = pair(&doc).into_iter().next().expect("a quotation");
        assert!(is_title(&doc, &q));
        // "Under the title" announces a title in any case; a game or a collection is a work.
        assert!(first_is_title("The paper ran under the title \"Warm winters shrink ice roads\" in May."));
        assert!(first_is_title("Players left the survival game \"Grey Harbour\" in droves."));
        assert!(first_is_title("She showed her spring collection, \"Paper Moons\", in Milan."));
        // A headline in title case tells nothing by its capitals, small words aside.
        let doc = Document::from_plain_text("Mayor Sees 'Real Progress' if Voters Back the Levy\n\nBody.");
        let q = pair(&doc).into_iter().next().expect("a quotation");
        assert!(!is_title(&doc, &q));
        let doc = Document::from_plain_text("Senator Slams Documentary 'Is Rigged From Start'");
        let q = pair(&doc).into_iter().next().expect("a quotation");
        assert!(!is_title(&doc, &q));
    }

    #[test]
    fn sentence_in_quotes_is_not_a_title() {
        assert!(!first_is_title("He said \"we will win the election in November\" to cheers."));
    }
}
