//! Tokens: the text cut into words, at the granularity each reader needs. The text layer
//! owns every cut, so no detector or hint splits text its own way, and a cut that several
//! readers share is made once per article (see [`Document`](crate::text::Document)).
//!
//! Why more than one cut: what counts as a word depends on what is read from it, and one
//! cut cannot serve two readers without one of them re-splitting its tokens.
//!
//! - [`pieces`]: the finest cut — letter runs, digit runs, every other mark alone
//!   ("$4.8bn" is `$` `4` `.` `8` `bn`). The number grammar of figures needs it: it reads
//!   "4.8", "4 . 8", "US$" and "km/h" as runs of pieces, whatever the spacing.
//! - [`words`]: words with their inner joiners ("Holtz-Eakin", "Clinton’s", "U.S") and the
//!   full stop of an abbreviation ("Sen.", "J."), punctuation marks as tokens of their own.
//!   Attribution reads speaker phrases and cues in it; built once per article, by sentence
//!   ([`Document::words`](crate::text::Document::words)).
//! - [`folded`]: lower-cased words with numbers folded into classes (`#num`, `#year`,
//!   `#time`), punctuation dropped: what the claim model's features read.
//! - [`terms`]: words that keep the marks inside numbers and names ("$1.2", "4.8%", "AT&T")
//!   and record clause breaks and possessives: what search-query hints pick terms from.
//! - [`plain`]: runs of letters and digits, for looking words up in a list.

pub mod folded;
pub mod pieces;
pub mod plain;
pub mod terms;
pub mod words;

use std::cell::OnceCell;

/// The cuts of one document that more than one pass reads, each made once, when a pass
/// first asks for it (see [`Document`](crate::text::Document)'s `pieces`, `words` and
/// `folded`): a pass that needs none of a cut never pays for it.
#[derive(Clone, Debug, Default)]
pub(crate) struct Cuts {
    pub(crate) pieces: OnceCell<Vec<pieces::Piece>>,
    pub(crate) words: OnceCell<(Vec<words::Tok>, Vec<usize>)>,
    pub(crate) folded: OnceCell<Vec<OnceCell<folded::Folded>>>,
}
