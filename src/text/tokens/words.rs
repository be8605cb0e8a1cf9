//! Words and punctuation marks with their byte spans: the unit attribution reads in.
//!
//! A word keeps its inner apostrophes, hyphens and full stops (`Clinton’s`, `Holtz-Eakin`,
//! `U.S`) and takes the full stop after an abbreviation or an initial (`Sen.`, `J.`), so a
//! speaker phrase reads as the article wrote it.

use crate::detect::lexicon;
use crate::text::{Sentence, Span};

/// A word or one punctuation mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    /// Where it lies in the text it was cut from.
    pub span: Span,
    /// `None` for a word, the character for punctuation.
    pub punct: Option<char>,
}

impl Tok {
    /// Whether it is a word, not a mark.
    pub fn is_word(&self) -> bool {
        self.punct.is_none()
    }
    /// Whether it is the mark `c`.
    pub fn is(&self, c: char) -> bool {
        self.punct == Some(c)
    }
}

/// The tokens of `text[span]`, white space dropped.
pub fn tokenize(text: &str, span: Span) -> Vec<Tok> {
    let body = &text[span.start..span.end];
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (off, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < chars.len() {
                let d = chars[j].1;
                let joins = matches!(d, '\'' | '\u{2019}' | '-' | '.' | '&') && chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric());
                // Text decoded twice ("FranÃÂ§ois"): a Latin-1 sign after "Ã" or "Â" is a
                // letter's second byte, inside the word.
                let mojibake = is_mojibake_mark(d) || (('\u{80}'..='\u{bf}').contains(&d) && is_mojibake_lead(chars[j - 1].1));
                if d.is_alphanumeric() || joins || mojibake {
                    j += if joins { 2 } else { 1 };
                } else {
                    break;
                }
            }
            let mut end = if j < chars.len() { chars[j].0 } else { body.len() };
            if j < chars.len() && chars[j].1 == '.' && takes_full_stop(&body[off..end]) {
                end += 1;
            }
            out.push(Tok { span: Span::new(span.start + off, span.start + end), punct: None });
            i = j;
            while i < chars.len() && chars[i].0 < end {
                i += 1;
            }
            continue;
        }
        out.push(Tok { span: Span::new(span.start + off, span.start + off + c.len_utf8()), punct: Some(c) });
        i += 1;
    }
    out
}

/// The tokens of every sentence in one list, and where each sentence's tokens start in it:
/// one entry a sentence, then the list's length.
pub fn by_sentence(text: &str, sentences: &[Sentence]) -> (Vec<Tok>, Vec<usize>) {
    let mut toks = Vec::new();
    let mut starts = Vec::with_capacity(sentences.len() + 1);
    for s in sentences {
        starts.push(toks.len());
        toks.extend(tokenize(text, s.span));
    }
    starts.push(toks.len());
    (toks, starts)
}

/// A combining mark or a control code: only ever inside a word in text decoded twice
/// ("FranA\u{303}\u{83}A\u{302}§ois").
fn is_mojibake_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c) || ('\u{80}'..='\u{9f}').contains(&c)
}

/// The characters after which a Latin-1 sign is the second byte of a letter decoded twice.
fn is_mojibake_lead(c: char) -> bool {
    matches!(c, '\u{c2}' | '\u{c3}' | 'A') || is_mojibake_mark(c)
}

/// Abbreviations and initials keep their full stop: "Sen.", "J.", "U.S.", "Jr.".
fn takes_full_stop(word: &str) -> bool {
    let mut cs = word.chars();
    if let (Some(c), None) = (cs.next(), cs.next()) {
        return c.is_uppercase();
    }
    let lower = word.to_lowercase();
    word.contains('.')
        || lexicon::speaker_honorifics().contains(&lower)
        || crate::text::sentences::is_title_abbreviation(&lower)
        || matches!(lower.as_str(), "jr" | "sr" | "st" | "inc" | "co" | "corp" | "ltd")
}

/// Whether the word starts with a capital letter.
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Lower case, with a trailing full stop and possessive dropped ("Sen." → "sen").
///
/// Attribution asks this of nearly every word it reads, several times over, so the key
/// is built without touching the allocator: borrowed when the word is lower-case ASCII
/// already, lower-cased in place when it is a short ASCII word; only a long or non-ASCII
/// word gets a `String`.
pub fn key(word: &str) -> Key<'_> {
    let w = word.trim_end_matches('.');
    let w = if w.ends_with('s') { w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")).unwrap_or(w) } else { w };
    let bytes = w.as_bytes();
    if !bytes.iter().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        return Key(KeyText::Borrowed(w));
    }
    if bytes.len() <= KEY_INLINE && w.is_ascii() {
        // Copied and lower-cased in one pass over the word.
        let mut buf = [0u8; KEY_INLINE];
        for (to, from) in buf.iter_mut().zip(bytes) {
            *to = from.to_ascii_lowercase();
        }
        return Key(KeyText::Inline { len: bytes.len() as u8, buf });
    }
    Key(KeyText::Owned(crate::text::words::lower(w).into_owned()))
}

/// The longest key kept inline (ASCII bytes): longer than nearly every English word.
const KEY_INLINE: usize = 22;

/// A word's [`key`]: reads as a `&str` (`Deref`, [`Key::as_str`], comparisons with
/// strings), becomes a `String` with `String::from` where one is kept.
#[derive(Clone)]
pub struct Key<'a>(KeyText<'a>);

#[derive(Clone)]
enum KeyText<'a> {
    Borrowed(&'a str),
    /// Lower-cased ASCII, `len` bytes of `buf`.
    Inline {
        len: u8,
        buf: [u8; KEY_INLINE],
    },
    Owned(String),
}

impl Key<'_> {
    /// The key's text.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            KeyText::Borrowed(s) => s,
            KeyText::Inline { len, buf } => {
                let bytes = &buf[..usize::from(*len)];
                debug_assert!(bytes.is_ascii());
                // SAFETY: only `key` writes an inline key: the bytes of an ASCII `&str`,
                // lower-cased in place (ASCII stays ASCII), and `len` never more than it
                // wrote; ASCII bytes are UTF-8. Attribution reads keys by the hundred
                // thousand an article, and the checked conversion was ~2% of the CLI's
                // instructions.
                unsafe { std::str::from_utf8_unchecked(bytes) }
            }
            KeyText::Owned(s) => s,
        }
    }
}

impl Default for Key<'_> {
    fn default() -> Self {
        Key(KeyText::Borrowed(""))
    }
}

impl std::ops::Deref for Key<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Key<'_> {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for Key<'_> {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Key<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Key<'_> {}

impl std::hash::Hash for Key<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

impl PartialEq<str> for Key<'_> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Key<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Key<'_> {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<Key<'_>> for &str {
    fn eq(&self, other: &Key<'_>) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<Key<'_>> for String {
    fn eq(&self, other: &Key<'_>) -> bool {
        self == other.as_str()
    }
}

impl std::fmt::Debug for Key<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for Key<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<Key<'_>> for String {
    fn from(key: Key<'_>) -> String {
        match key.0 {
            KeyText::Owned(s) => s,
            other => Key(other).as_str().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len())).iter().map(|t| &text[t.span.start..t.span.end]).collect()
    }

    #[test]
    fn abbreviations_keep_their_full_stop() {
        assert_eq!(words("Sen. John J. Smith Jr. said."), ["Sen.", "John", "J.", "Smith", "Jr.", "said", "."]);
    }

    #[test]
    fn inner_apostrophes_and_hyphens_stay_in_the_word() {
        assert_eq!(
            words("Clinton\u{2019}s aide, Holtz-Eakin, said: \"no\""),
            ["Clinton\u{2019}s", "aide", ",", "Holtz-Eakin", ",", "said", ":", "\"", "no", "\""]
        );
    }

    #[test]
    fn twice_decoded_letters_stay_in_the_word() {
        assert_eq!(words("President Fran\u{c3}\u{c2}\u{a7}ois Morel said"), ["President", "Fran\u{c3}\u{c2}\u{a7}ois", "Morel", "said"]);
        // A sign on its own is still punctuation.
        assert_eq!(words("costs \u{a7} 5"), ["costs", "\u{a7}", "5"]);
    }

    #[test]
    fn letters_decomposed_and_decoded_twice_stay_in_the_word() {
        let name = "Fran\u{41}\u{303}\u{83}\u{41}\u{302}\u{a7}ois";
        let text = format!("President {name} Morel said");
        assert_eq!(words(&text), ["President", name, "Morel", "said"]);
    }
}
