//! The report: the JSON contract of `../shared/spec/cli.md`, shared by the CLI and the
//! wasm API. Offsets here are UTF-16 code units; the detectors' byte spans are converted
//! when the report is built, in [`crate::analyze`].

use serde::{Deserialize, Serialize, Serializer};

/// What the analysis of one article gives: the text it read and everything it marked.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Report {
    /// The version of Spotcheck that made the report (the crate's version).
    pub version: String,
    /// The article's title, when the input has one (a page's, or a plain text's heading).
    pub title: Option<String>,
    /// The text analyzed, which every finding's `start`/`end` index.
    pub text: String,
    /// Every finding, sorted by `start`, then `end`, then kind.
    pub findings: Vec<Finding>,
}

/// One thing the reader should verify: a quote, a figure or a claim.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Finding {
    /// Unique within the report: the kind's letter and a count (`q1`, `f2`, `c3`).
    pub id: String,
    /// The kind and its own fields, flattened into the finding's JSON object.
    #[serde(flatten)]
    pub detail: Detail,
    /// Where the finding starts in [`Report::text`], in UTF-16 code units.
    pub start: usize,
    /// Where it ends (exclusive), in UTF-16 code units.
    pub end: usize,
    /// The finding's words: `text[start..end]` of the report.
    pub text: String,
    /// How much it needs checking, in [0, 1], rounded to three decimals.
    #[serde(serialize_with = "shortest_number")]
    pub score: f64,
    /// How much a careful reader should check it first, in [0, 1], three decimals
    /// ([`crate::priority`]); the extension marks by it, the CLI reports every finding.
    #[serde(default, serialize_with = "shortest_number")]
    pub priority: f64,
    /// What the popover offers for checking it.
    pub hints: Vec<Hint>,
}

/// The kind-specific fields. `kind` is the JSON tag.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Detail {
    /// A quotation; `text` is the quoted words without the marks.
    Quote {
        /// Who is credited, resolved to the fullest name the article gives.
        speaker: Option<String>,
        /// The speaker's description as the article gives it ("ICE director").
        role: Option<String>,
        /// The reporting word or phrase ("said", "according to").
        cue: Option<String>,
        /// The marks enclose only part of the credited statement.
        partial: bool,
    },
    /// A number in the text with what it counts or measures.
    Figure {
        /// What kind of number it is.
        category: Category,
        /// The number as resolved (for a range, its lower bound); `null` when it has none.
        #[serde(serialize_with = "number_or_null")]
        value: Option<f64>,
        /// The upper bound of a range.
        #[serde(serialize_with = "number_or_null", skip_serializing_if = "Option::is_none", default)]
        high: Option<f64>,
        /// The hedge or comparator ("about", "at least", "thousands of").
        approx: Option<String>,
        /// Whether the sentence reports the figure as a rise or a fall ("rose 4.8%").
        #[serde(default)]
        trend: Option<Trend>,
        /// The counted noun or the unit.
        unit: Option<String>,
        /// Whoever the sentence credits for the figure.
        source: Option<String>,
    },
    /// A sentence worth checking.
    Claim {
        /// Who the sentence credits ("X announced that …").
        source: Option<String>,
        /// The reporting word of that credit.
        cue: Option<String>,
        /// Short stable words saying why: "figure", "attributed", "comparison", …
        reasons: Vec<String>,
    },
}

impl Detail {
    /// The JSON `kind` tag: "quote", "figure" or "claim".
    pub fn kind(&self) -> &'static str {
        match self {
            Detail::Quote { .. } => "quote",
            Detail::Figure { .. } => "figure",
            Detail::Claim { .. } => "claim",
        }
    }
}

/// What kind of number a figure is; the JSON value is the lower-case name.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// A number of things ("1,200 teachers").
    Count,
    /// A percentage or percentage points ("40%").
    Percent,
    /// An amount of money ("$4.8 billion").
    Money,
    /// A quantity in a unit ("12 km", "3 tons").
    Measure,
    /// A year that bounds a period or is hedged ("since 2003").
    Year,
    /// A date that bounds a period ("by May 1").
    Date,
    /// Two bounds ("between 10 and 20").
    Range,
    /// A rank ("third", "21st").
    Ordinal,
    /// Someone's age ("a 45-year-old").
    Age,
    /// A temperature ("30 degrees").
    Temperature,
}

/// The direction a sentence gives a figure: "rose 4.8%" is up, "down 9.2%" is down.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Trend {
    /// A rise: rose, climbed, up, increased.
    Up,
    /// A fall: fell, dropped, down, declined.
    Down,
}

/// One line of a finding's popover: advice, or a link the reader may choose to open.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Hint {
    /// A stable word the extension keys on ("source", "partial", "search-quote", "fact-check", …).
    pub kind: String,
    /// What the reader sees.
    pub label: String,
    /// The link, when the hint is one; never fetched by Spotcheck itself.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub url: Option<String>,
}

/// Whole numbers print as integers (1000, not 1000.0): the values are read by people too.
/// Every value is first rounded to the decimal it was written as ([`exact_decimal`]), so no
/// binary artefact of scaling ("US$4.1 billion" as 4099999999.9999995) reaches the JSON.
fn number_or_null<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v.map(exact_decimal) {
        Some(x) if x.is_finite() && x.fract() == 0.0 && x.abs() < 9.0e15 => s.serialize_i64(x as i64),
        Some(x) if x.is_finite() => s.serialize_f64(x),
        _ => s.serialize_none(),
    }
}

/// A whole number written without a fraction ("1", not "1.0"), as JavaScript's
/// `JSON.stringify` writes it: the CLI's report and the wasm module's are the same text.
fn shortest_number<S: Serializer>(x: &f64, s: S) -> Result<S::Ok, S::Error> {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        s.serialize_i64(*x as i64)
    } else {
        s.serialize_f64(*x)
    }
}

/// The number rounded to 15 significant digits, as near as a float gets to that decimal.
/// Text gives at most a dozen or so digits, and a float carries 15 to 17: scaling and
/// dividing ("4.1" times a billion, "one third") leave errors only in the last one or two,
/// which this removes, and the shortest printing of the result is the decimal the text meant.
pub fn exact_decimal(x: f64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    format!("{x:.14e}").parse().unwrap_or(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figure_serializes_with_kind_tag_and_integral_value() {
        let f = Finding {
            id: "f1".into(),
            detail: Detail::Figure {
                category: Category::Count,
                value: Some(1000.0),
                high: None,
                approx: Some("thousands of".into()),
                trend: None,
                unit: Some("immigrants".into()),
                source: None,
            },
            start: 3,
            end: 9,
            text: "abcdef".into(),
            score: 0.5,
            priority: 0.25,
            hints: vec![],
        };
        let json = serde_json::to_value(&f).unwrap();
        assert_eq!(json["kind"], "figure");
        assert_eq!(json["value"].to_string(), "1000");
        assert_eq!(json["category"], "count");
        assert!(json["source"].is_null());
        assert!(json.get("high").is_none());
        assert_eq!(json["priority"].to_string(), "0.25");
        assert!(json["trend"].is_null());
    }

    #[test]
    fn values_serialize_as_the_decimals_the_text_wrote() {
        let value = |x: f64| {
            let d = Detail::Figure { category: Category::Money, value: Some(x), high: None, approx: None, trend: Some(Trend::Down), unit: None, source: None };
            serde_json::to_value(&d).unwrap()
        };
        assert_eq!(value(4.1 * 1e9)["value"].to_string(), "4100000000");
        assert_eq!(value(0.1 + 0.2)["value"].to_string(), "0.3");
        assert_eq!(value(18.6e9)["value"].to_string(), "18600000000");
        assert_eq!(value(1.0 / 3.0)["value"].to_string(), "0.333333333333333");
        assert_eq!(value(-0.8)["value"].to_string(), "-0.8");
        assert_eq!(value(2.5)["trend"], "down");
    }
}
