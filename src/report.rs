//! The report: the JSON contract of `../shared/spec/cli.md`, shared by the CLI and the
//! wasm API. Offsets here are UTF-16 code units; the detectors' byte spans are converted
//! when the report is built, in [`crate::analyze`].

use serde::{Deserialize, Serialize, Serializer};

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Report {
    pub version: String,
    pub title: Option<String>,
    pub text: String,
    pub findings: Vec<Finding>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Finding {
    pub id: String,
    #[serde(flatten)]
    pub detail: Detail,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub score: f64,
    /// How much a careful reader should check it first, in [0, 1], three decimals
    /// ([`crate::priority`]); the extension marks by it, the CLI reports every finding.
    #[serde(default)]
    pub priority: f64,
    pub hints: Vec<Hint>,
}

/// The kind-specific fields. `kind` is the JSON tag.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Detail {
    Quote {
        speaker: Option<String>,
        /// The speaker's description as the article gives it ("ICE director").
        role: Option<String>,
        cue: Option<String>,
        partial: bool,
    },
    Figure {
        category: Category,
        #[serde(serialize_with = "number_or_null")]
        value: Option<f64>,
        /// The upper bound of a range.
        #[serde(serialize_with = "number_or_null", skip_serializing_if = "Option::is_none", default)]
        high: Option<f64>,
        approx: Option<String>,
        /// Whether the sentence reports the figure as a rise or a fall ("rose 4.8%").
        #[serde(default)]
        trend: Option<Trend>,
        unit: Option<String>,
        source: Option<String>,
    },
    Claim {
        source: Option<String>,
        cue: Option<String>,
        reasons: Vec<String>,
    },
}

impl Detail {
    pub fn kind(&self) -> &'static str {
        match self {
            Detail::Quote { .. } => "quote",
            Detail::Figure { .. } => "figure",
            Detail::Claim { .. } => "claim",
        }
    }
}

#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Count,
    Percent,
    Money,
    Measure,
    Year,
    Date,
    Range,
    Ordinal,
    Age,
    Temperature,
}

/// The direction a sentence gives a figure: "rose 4.8%" is up, "down 9.2%" is down.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Trend {
    Up,
    Down,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Hint {
    pub kind: String,
    pub label: String,
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
