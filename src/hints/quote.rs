//! A quote's exact words, searched with the person or outlet credited with them.

use super::{clip_label, Engine, Hint};

/// Words of a quote in an exact-phrase search: long enough to be unique, short enough for
/// the engines' phrase limits.
const PHRASE_WORDS: usize = 20;

/// Fewest words of a quote's first sentence that make a phrase on their own.
const SENTENCE_WORDS: usize = 6;

/// The quoted words as an exact phrase: the quote's first sentence when it is long enough
/// to be unique, else its first [`PHRASE_WORDS`] words, without the punctuation that closes
/// it (a search engine ignores it, a reader need not see it).
pub(crate) fn phrase(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().take(PHRASE_WORDS).collect();
    let first_sentence = words.iter().position(|w| w.ends_with(['.', '?', '!'])).map(|i| i + 1);
    let n = first_sentence.filter(|&n| n >= SENTENCE_WORDS).unwrap_or(words.len());
    words[..n].join(" ").trim_end_matches(|c: char| !c.is_alphanumeric() && c != '%' && c != ')').to_string()
}

/// The search-quote row: the exact words, with the speaker's name when the article gives one.
pub(crate) fn search(text: &str, speaker: Option<&str>, speaker_is_person: bool, engine: Engine) -> Hint {
    let exact = format!("\"{}\"", phrase(text));
    let (label, query) = match speaker {
        Some(s) => {
            let who = if speaker_is_person { "speaker" } else { "source" };
            (format!("Search {} for the exact quote and its {who}, {s}", engine.name()), format!("{exact} {s}"))
        }
        None => (format!("Search {} for the exact quote to find who said it first", engine.name()), exact),
    };
    Hint { kind: "search-quote".into(), label: clip_label(&label), url: Some(engine.search_url(&query)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_quote_wording_and_url() {
        let h = search("Chicago is & will always be a welcoming city.", Some("Lori Lightfoot"), true, Engine::DuckDuckGo);
        assert_eq!(h.kind, "search-quote");
        assert_eq!(h.label, "Search DuckDuckGo for the exact quote and its speaker, Lori Lightfoot");
        assert_eq!(h.url.as_deref(), Some("https://duckduckgo.com/?q=%22Chicago+is+%26+will+always+be+a+welcoming+city%22+Lori+Lightfoot"));
        let h = search("in at least 10 major cities, including Miami.", Some("the Huffington Post"), false, Engine::Bing);
        assert_eq!(h.label, "Search Bing for the exact quote and its source, the Huffington Post");
        assert_eq!(h.url.as_deref(), Some("https://www.bing.com/search?q=%22in+at+least+10+major+cities%2C+including+Miami%22+the+Huffington+Post"));
        let h = search("remain permanent", None, false, Engine::DuckDuckGo);
        assert_eq!(h.label, "Search DuckDuckGo for the exact quote to find who said it first");
        assert_eq!(h.url.as_deref(), Some("https://duckduckgo.com/?q=%22remain+permanent%22"));
    }

    #[test]
    fn long_quotes_are_cut_to_a_searchable_phrase() {
        let long = (1..=30).map(|i| format!("w{i}")).collect::<Vec<_>>().join(" ");
        assert_eq!(phrase(&long).split_whitespace().count(), PHRASE_WORDS);
        assert_eq!(phrase("it rose 40%."), "it rose 40%");
        let two = "the Chicago Police Department will not cooperate with ICE. That means that they will not team up.";
        assert_eq!(phrase(two), "the Chicago Police Department will not cooperate with ICE");
        assert_eq!(phrase("No. That means nothing."), "No. That means nothing", "a short first sentence is not a phrase");
    }
}
