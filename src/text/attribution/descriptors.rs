//! A place or organisation, a plain description and a full name after a cue ("said Esk
//! Valley grower Brydon Nisbet", "said Hawke's Bay orchardist Lucy Tane"): the name is
//! the speaker and the place with the description the role. Without this the capitalised
//! words before the description were read as the speaker ("Esk Valley").

use super::tokens::{is_capitalised, key, Tok};
use crate::detect::lexicon;

/// The most capitalised words of the place, of the description and of the name.
const PLACE_WORDS: usize = 3;
const DESCRIPTION_WORDS: usize = 3;
const NAME_WORDS: usize = 3;

fn word<'a>(text: &'a str, t: &Tok) -> &'a str {
    &text[t.span.start..t.span.end]
}

/// A lower-case word that may describe a person ("grower", "bodega owner", "dairy
/// farmer"): no verb (past tense, "-ing", a verb of saying), no function word.
fn describing_word(w: &str) -> bool {
    let k = key(w);
    // A verb in the third person ("Roloson supports Democrat Hillary Clinton", "polls
    // see") ends in -s like a plural; a person's description before the name is singular
    // ("boss" and "physics" aside).
    let plural_or_verb = k.ends_with('s') && !k.ends_with("ss") && !k.ends_with("ics");
    !is_capitalised(w)
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && !plural_or_verb
        && !k.ends_with("ed")
        && !k.ends_with("ing")
        && !k.ends_with("ly")
        && !lexicon::function_words().contains(&k)
        && !lexicon::speaker_boundaries().contains(&k)
        && !lexicon::reporting_verbs().contains(&k)
        && !lexicon::irregular_past_verbs().contains(&k)
        && !lexicon::time_words().contains(&k)
        && !lexicon::cue_fillers().contains(&k)
        && !lexicon::pronouns().contains(&k)
}

/// Where the name starts in "Esk Valley grower Brydon Nisbet" read from token `k` (the
/// place's first word) up to `hi`: one to three capitalised words, one to three describing
/// words, then a name of two or three capitalised words that ends the phrase (punctuation,
/// the end, or a lower-case word). `None` for any other shape ("Cruz exhorted Republicans").
pub fn name_after_place_and_description(text: &str, toks: &[Tok], k: usize, hi: usize) -> Option<usize> {
    let capital = |j: usize| j < hi && toks[j].is_word() && is_capitalised(word(text, &toks[j]));
    // "Everybody thought Hillary Clinton …": a word standing for people is a subject, no place.
    let people = |j: usize| {
        let kw = key(word(text, &toks[j]));
        lexicon::pronouns().contains(&kw)
            || lexicon::function_words().contains(&kw)
            || matches!(kw.as_ref(), "everybody" | "everyone" | "somebody" | "someone" | "nobody" | "anybody" | "anyone")
    };
    let mut j = k;
    while capital(j) && j - k < PLACE_WORDS {
        if people(j) {
            return None;
        }
        j += 1;
    }
    if j == k || capital(j) {
        return None;
    }
    let description = j;
    while j < hi && toks[j].is_word() && describing_word(word(text, &toks[j])) && j - description < DESCRIPTION_WORDS {
        j += 1;
    }
    if j == description {
        return None;
    }
    let name = j;
    while capital(j) && j - name < NAME_WORDS + 1 {
        j += 1;
    }
    let name_len = j - name;
    let name_words = (name..j).map(|i| word(text, &toks[i]));
    let closed = j >= hi || !toks[j].is_word() || !is_capitalised(word(text, &toks[j]));
    let plain_name = name_words.clone().all(|w| !lexicon::speaker_roles().contains(&key(w)) && !w.ends_with("'s") && !w.ends_with("\u{2019}s"));
    ((2..=NAME_WORDS).contains(&name_len) && closed && plain_name).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;
    use crate::text::Span;

    fn start(text: &str) -> Option<String> {
        let toks = tokenize(text, Span::new(0, text.len()));
        name_after_place_and_description(text, &toks, 0, toks.len()).map(|i| text[toks[i].span.start..].to_string())
    }

    #[test]
    fn place_description_and_name() {
        assert_eq!(start("Esk Valley grower Brydon Nisbet.").as_deref(), Some("Brydon Nisbet."));
        assert_eq!(start("Hawke's Bay orchardist Lucy Tane, who").as_deref(), Some("Lucy Tane, who"));
        assert_eq!(start("Queens bodega owner Hector Ramos on Monday").as_deref(), Some("Hector Ramos on Monday"));
        assert_eq!(start("Rift Valley herder Joseph Lekishon").as_deref(), Some("Joseph Lekishon"));
        assert_eq!(start("Ogun State cassava farmer Bola Adeyemi").as_deref(), Some("Bola Adeyemi"));
        assert_eq!(start("North Yorkshire sheep farmer Amy Hart.").as_deref(), Some("Amy Hart."));
        assert_eq!(start("Somerset cider maker Tom Oliver.").as_deref(), Some("Tom Oliver."));
        assert_eq!(start("Nairobi physics teacher Grace Wanjiru.").as_deref(), Some("Grace Wanjiru."));
    }

    #[test]
    fn other_shapes_are_none() {
        assert_eq!(start("Cruz exhorted Republicans to vote"), None, "a verb, not a description");
        assert_eq!(start("Obama met John Kerry."), None);
        assert_eq!(start("Smith praised Jane Doe."), None);
        assert_eq!(start("Hawke's Bay orchardists."), None, "a group, no name after it");
        assert_eq!(start("Esk Valley grower Nisbet."), None, "a surname alone may be a place's word");
        assert_eq!(start("the grower Brydon Nisbet"), None, "no capitalised place first");
        assert_eq!(start("Roloson supports Democrat Hillary Clinton in the race"), None, "a verb in -s");
        assert_eq!(start("Opinion polls see Le Pen ahead"), None);
        assert_eq!(start("Everybody thought Hillary Clinton was unbeatable"), None, "a subject standing for people");
        assert_eq!(start("Somebody told Jane Doe"), None);
    }
}
