//! Attribution: who a quotation or a sentence is credited to, and by which cue.

use super::{Credit, Quote};
use crate::text::Document;

/// The credit a sentence gives for its content ("according to the Huffington Post, …",
/// "The New York Times reported that …"), if any. Used for figures and claims.
pub fn credit_for_sentence(doc: &Document, sentence: usize) -> Option<Credit> {
    let _ = (doc, sentence);
    None // TODO(helper)
}

/// Reported speech without quote marks: (span of the reported content or sentence, credit).
pub fn reported_speech(doc: &Document) -> Vec<(crate::text::Span, Credit)> {
    let _ = doc;
    Vec::new() // TODO(helper)
}

#[allow(dead_code)]
fn _uses(_: &Quote) {}
