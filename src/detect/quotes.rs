//! Quotations: pairing the marks, then crediting them through [`super::attribution`].

use super::Quote;
use crate::text::Document;

/// Every quotation in the document, in order, with its speaker.
pub fn find(doc: &Document) -> Vec<Quote> {
    let _ = doc;
    Vec::new() // TODO(helper): quote detection
}
