//! The detectors. Each is a pure function of the [`Document`] (and, for claims, of the
//! other detectors' findings), tested alone in its own file.
//!
//! They speak in byte [`Span`]s; [`crate::analyze`] turns their output into the report.

// The detectors' own public items are documented by their owners as they are reworked
// (issues 8, 9 and 10); until then missing docs there are allowed here, not hidden
// crate-wide. Follow-up: remove these allows when the modules are done.
#[allow(missing_docs)]
pub mod claims;
#[allow(missing_docs)]
pub mod figures;
pub mod lexicon;
#[allow(missing_docs)]
pub mod quotes;

use crate::report::{Category, Trend};
use crate::text::Span;

/// A quotation: the words between the marks, and who is credited with them.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub span: Span,
    /// The person or organisation credited, resolved to the fullest name the article gives.
    pub speaker: Option<String>,
    /// The speaker's description as the article gives it ("ICE director").
    pub role: Option<String>,
    /// The reporting word or phrase ("said", "according to").
    pub cue: Option<String>,
    /// The marks enclose only part of the credited statement.
    pub partial: bool,
    /// How much the quote needs checking, in [0, 1].
    pub score: f64,
}

/// A numeric claim.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// The figure's words, hedge and unit included.
    pub span: Span,
    /// What kind of number it is.
    pub category: Category,
    /// The number as resolved; for a range its lower bound.
    pub value: Option<f64>,
    /// The upper bound of a range.
    pub high: Option<f64>,
    /// The hedge or comparator ("about", "at least", "thousands of").
    pub approx: Option<String>,
    /// A rise or a fall the sentence reports for it ("rose 4.8%", "down 9.2%").
    pub trend: Option<Trend>,
    /// The counted noun or the unit.
    pub unit: Option<String>,
    /// Whoever the sentence credits for it; filled by [`crate::analyze`] from attribution.
    pub source: Option<String>,
    /// How much the figure needs checking, in [0, 1].
    pub score: f64,
}

/// A sentence worth checking.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// The sentence, or the reported content within it.
    pub span: Span,
    /// Who the sentence credits (reported speech: "X announced that …").
    pub source: Option<String>,
    /// The reporting word of that credit.
    pub cue: Option<String>,
    /// How much the sentence needs checking, in [0, 1].
    pub score: f64,
    /// Short stable words saying why: "figure", "attributed", "comparison", …
    pub reasons: Vec<String>,
}

/// Who a stretch of text is credited to, and by which cue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credit {
    /// The person or organisation, resolved to the fullest name the article gives.
    pub name: String,
    /// Their description as the article gives it ("ICE director").
    pub role: Option<String>,
    /// The reporting word or phrase ("said", "according to").
    pub cue: String,
}
