//! Figures: numbers in every written form, their category, value, hedge and unit.

use super::Figure;
use crate::text::Document;

/// Every figure in the document, in order.
pub fn find(doc: &Document) -> Vec<Figure> {
    let _ = doc;
    Vec::new() // TODO(helper)
}

/// The score at or above which the extension badges a figure (the CLI reports every one).
pub const BADGE_THRESHOLD: f64 = 0.4;
