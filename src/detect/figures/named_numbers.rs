//! Numbers inside the names of things (review 17): a bond's tenor ("the 10-year Treasury
//! note", "two-year Schatz yields"), a race named by its distance ("won the 400m hurdles",
//! "the 10,000m", "the 4x100m relay") and a model named by its number after the maker
//! ("Boeing 737 Max", "Porsche 911"). The number names the thing; a reader checks the yield,
//! the time or the order, never the name, so each is read and dropped. The lists are data:
//! bond_instruments.txt, sport_event_words.txt, event_distances.txt, model_makers.txt.

use super::numbers::{Form, Tokens};
use super::quantity::Quantity;
use crate::detect::lexicon;
use crate::report::Category;
use crate::text::tokens::pieces::Kind;

/// The last token of the name the quantity `q` lies in, if it is one of these names.
pub(super) fn name_holding_a_number(t: &Tokens, q: &Quantity) -> Option<usize> {
    bond_tenor(t, q).or_else(|| race_by_distance(t, q)).or_else(|| relay_legs(t, q)).or_else(|| model_after_maker(t, q))
}

/// How many words may stand between a tenor and the instrument it names: "the 10-year U.S.
/// Treasury note", "a 30-year fixed-rate mortgage".
const TENOR_WORDS: usize = 4;

/// "the 10-year Treasury note", "30-year gilt yields", "a two-year Schatz": a span of years or
/// months hyphened before a debt instrument is its tenor. Gives the tenor's last token (the
/// instrument's words may hold a figure of their own: "the 10-year yield 4.3%" stays).
fn bond_tenor(t: &Tokens, q: &Quantity) -> Option<usize> {
    let period = matches!(t.lower(q.last), "year" | "month" | "yr");
    let hyphened = q.last > q.first && t.is(q.last - 1, "-") && t.joined(q.last - 1) && t.joined(q.last);
    if !(period && hyphened && q.value.is_some()) {
        return None;
    }
    // "the yield on the 10-year rose": the instrument named before, its tenor standing alone.
    let yield_before = q.first >= 3 && t.is(q.first - 1, "the") && t.is(q.first - 2, "on") && matches!(t.lower(q.first - 3), "yield" | "yields");
    if yield_before {
        return Some(q.last);
    }
    let mut k = q.last + 1;
    let mut words = 0;
    while words < TENOR_WORDS && (t.near(k) || t.joined(k)) {
        let w = t.lower(k);
        // "the 10-year average yield", "a 10-year high": a span that names a level (an
        // average over it, a peak in it) is a stretch of time, not the instrument's term.
        if matches!(w, "average" | "averages" | "mean" | "median" | "high" | "highs" | "low" | "lows" | "peak" | "record" | "trend") {
            return None;
        }
        if t.is_word(k) && lexicon::bond_instruments().contains(w) {
            return Some(q.last);
        }
        // A name, a country or a compound may stand between ("U.S.", "German", "fixed-rate").
        let part = (t.is_word(k) && !lexicon::function_words().contains(w)) || (matches!(w, "." | "-") && t.joined(k));
        if !part {
            return None;
        }
        words += usize::from(t.is_word(k));
        k += 1;
    }
    None
}

/// The token of "m", "metre" or "meter" (and plurals) that follows the digits of `q`, if any.
fn metres_token(t: &Tokens, q: &Quantity) -> Option<usize> {
    let digits_end = (q.first..=q.last + 1).take_while(|&k| t.kind(k) == Some(Kind::Digits) || (t.is(k, ",") && t.joined(k))).last()?;
    let k = digits_end + 1;
    let metres = match t.lower(k) {
        "m" => t.joined(k),
        "metre" | "metres" | "meter" | "meters" => t.near(k),
        _ => false,
    };
    metres.then_some(k)
}

/// The whole metres a distance's digits write ("10,000" gives "10000").
fn digits_of(t: &Tokens, first: usize, unit: usize) -> String {
    (first..unit).map(|k| t.raw(k)).filter(|r| *r != ",").collect()
}

/// "won the 400m hurdles", "the 200m backstroke final", "the 3,000m steeplechase", "took the
/// 10,000m in Paris": a distance in metres before an event word, or after "the" at a distance
/// events are named by and before no noun, is a race's name. "m" there is metres, never
/// million. "a 400m stretch of road" and "the 200m of track" stay distances. Gives the name's
/// last token.
fn race_by_distance(t: &Tokens, q: &Quantity) -> Option<usize> {
    if t.kind(q.first) != Some(Kind::Digits) {
        return None;
    }
    let unit = metres_token(t, q)?;
    let next = unit + 1;
    if t.is_word(next) && t.near(next) && lexicon::sport_event_words().contains(t.lower(next)) {
        // "the 400m individual medley": the event's second word is the name's too.
        let both = t.is(next, "individual") && t.is(next + 1, "medley");
        return Some(if both { next + 1 } else { next });
    }
    let the = q.first > 0 && (t.is(q.first - 1, "the") || sex_of_the_event(t, q.first - 1));
    let event_distance = lexicon::event_distances().contains(&digits_of(t, q.first, unit));
    // No noun after the distance: punctuation, the end, or a preposition ("in 27:05", "at the
    // Games", "on Saturday").
    let bare = t.kind(next).is_none() || t.kind(next) == Some(Kind::Symbol) || matches!(t.lower(next), "in" | "at" | "on" | "and" | "for" | "with");
    (the && event_distance && bare).then_some(unit)
}

/// Whether the tokens ending at `k` read "the men's" or "the women's" ("won the women's 800m
/// in 1:55"): the possessive names the event's field, as "the" alone does.
fn sex_of_the_event(t: &Tokens, k: usize) -> bool {
    let apostrophe = |j: usize| matches!(t.lower(j), "'" | "\u{2019}");
    k >= 3 && t.is(k, "s") && apostrophe(k - 1) && matches!(t.lower(k - 2), "men" | "women") && t.is(k - 3, "the")
}

/// "the 4x100m relay", "the 4x400 metres": a team race named by its legs and their distance.
/// The count of legs and the distance both belong to the name; gives its last token.
fn relay_legs(t: &Tokens, q: &Quantity) -> Option<usize> {
    let x_at = |k: usize| matches!(t.raw(k), "x" | "X" | "\u{d7}") && t.joined(k) && t.joined(k + 1) && t.kind(k + 1) == Some(Kind::Digits);
    // The quantity may start at the legs ("4") or at the distance after "x" ("100m").
    let legs = if x_at(q.first + 1) && t.kind(q.first) == Some(Kind::Digits) {
        q.first
    } else if q.first >= 2 && x_at(q.first - 1) && t.kind(q.first - 2) == Some(Kind::Digits) {
        q.first - 2
    } else {
        return None;
    };
    let distance = Quantity { first: legs + 2, last: q.last.max(legs + 2), ..q.clone() };
    let unit = metres_token(t, &distance)?;
    let relay = t.is(unit + 1, "relay") || t.is(unit + 1, "relays");
    Some(if relay { unit + 1 } else { unit })
}

/// How many capitalised words after a model's number still name it: "737 Max", "787
/// Dreamliner", "911 Carrera S".
const MODEL_WORDS: usize = 2;

/// "Boeing 737 Max jets", "an Airbus 380", "the Porsche 911", "Tesla's Model 3": a whole
/// number right after a capitalised maker (model_makers.txt) names the model; the capitalised
/// words after it ("Max", "Dreamliner") name it too. Gives the name's last token. A count
/// after the maker's verb ("Boeing delivered 40 jets") has a word between.
fn model_after_maker(t: &Tokens, q: &Quantity) -> Option<usize> {
    let maker = q.first.checked_sub(1)?;
    let capital = |k: usize| t.is_word(k) && t.raw(k).starts_with(|c: char| c.is_uppercase());
    // "iPhone 15": a product line may write its capital inside.
    let cased = t.is_word(maker) && t.raw(maker).chars().any(char::is_uppercase);
    let named = cased && lexicon::model_makers().contains(t.lower(maker)) && t.spaced(q.first);
    let whole = t.kind(q.first) == Some(Kind::Digits) && matches!(q.form, Form::Integer | Form::Digits) && !t.is(q.first + 1, ".");
    let plain = matches!(q.category, Category::Count | Category::Range | Category::Measure);
    if !(named && whole && plain) || matches!(t.lower(q.first + 1), "%" | "percent") {
        return None;
    }
    let mut last = q.first;
    // "737s", "747-8": a plural or a variant glued to the number.
    while t.joined(last + 1) && (t.is(last + 1, "s") || (t.is(last + 1, "-") && t.kind(last + 2) == Some(Kind::Digits))) {
        last += if t.is(last + 1, "s") { 1 } else { 2 };
    }
    let mut words = 0;
    while words < MODEL_WORDS && t.spaced(last + 1) && capital(last + 1) {
        last += 1;
        words += 1;
    }
    Some(last)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::figures;

    fn values(text: &str) -> Vec<f64> {
        figures(text).into_iter().filter_map(|(_, f)| f.value).collect()
    }

    #[test]
    fn a_bond_tenor_is_part_of_the_instrument_name() {
        assert_eq!(values("The yield on the 10-year Treasury note rose to 4.25%."), vec![4.25]);
        assert_eq!(values("The 30-year gilt yield climbed 12 basis points to 5.1%."), vec![12.0, 5.1]);
        assert_eq!(values("Germany's two-year Schatz yield fell to 2.8%."), vec![2.8]);
        assert_eq!(values("Yields on 10-year JGBs hit 1.1% in Tokyo."), vec![1.1]);
        assert_eq!(values("The yield on the 10-year rose to 4.3%."), vec![4.3]);
        assert_eq!(values("The average 30-year fixed-rate mortgage rose to 6.9%."), vec![6.9]);
        assert_eq!(values("Italy sold 5 billion euros of 10-year BTPs."), vec![5e9]);
        assert_eq!(values("The benchmark 10-year U.S. Treasury yield slipped to 4.1%."), vec![4.1]);
        // A span of years that is no instrument's stays a figure.
        assert_eq!(values("He served a 10-year sentence."), vec![10.0]);
        assert_eq!(values("The firm signed a 15-year lease on the site."), vec![15.0]);
        assert_eq!(values("Yields hit a 10-year high in March."), vec![10.0]);
        assert_eq!(values("Gilts traded below the 10-year average yield of 3.1%."), vec![10.0, 3.1]);
        assert_eq!(values("Bund yields reached a two-year peak yield of 2.9%."), vec![2.0, 2.9]);
    }

    #[test]
    fn a_race_named_by_its_distance_is_no_figure() {
        for text in [
            "She won the 400m hurdles in Paris.",
            "The 100m freestyle final was delayed.",
            "She set a record in the 200m backstroke.",
            "Kipchoge skipped the 10,000m on Saturday.",
            "He will run the 1500m at the Games.",
            "She took bronze in the 3000m steeplechase.",
            "Jamaica won the 4x100m relay.",
            "Britain's 4x400m team was disqualified.",
            "The 400m individual medley was her best event.",
            "He won the 100 metres.",
            "She won the women's 800m in Rome.",
            "The men's 5000m final starts at noon.",
        ] {
            assert!(values(text).is_empty(), "{text}: {:?}", values(text));
        }
        // Distances that are no race's name stay distances.
        assert_eq!(values("The bridge spans a 400m stretch of river."), vec![400.0]);
        assert_eq!(values("Crews laid the 200m of track by June."), vec![200.0]);
        assert_eq!(values("The flood covered the 350m of road."), vec![350.0]);
        // Money in millions before a noun keeps its scale.
        assert_eq!(values("The club paid $400m for the stadium."), vec![4e8]);
    }

    #[test]
    fn a_model_named_by_its_number_is_no_count() {
        for text in [
            "Boeing 737 Max jets were grounded.",
            "An Airbus 380 landed in Dubai.",
            "He drove a Porsche 911 Carrera to work.",
            "The Embraer 190 is a regional jet.",
            "Tesla cut the price of the Model 3 in China.",
            "Boeing 747s were retired from the fleet.",
            "Apple's iPhone 15 went on sale in September.",
            "Sony cut the price of the PlayStation 5 in Japan.",
            "A BMW 3 Series was stolen overnight.",
        ] {
            assert!(values(text).is_empty(), "{text}: {:?}", values(text));
        }
        // A count after a maker's verb, or after a lower-case word, is a count.
        assert_eq!(values("Boeing delivered 40 jets in May."), vec![40.0]);
        assert_eq!(values("The airline ordered 20 Boeing 787 Dreamliners."), vec![20.0]);
    }

    #[test]
    fn a_letter_code_is_no_temperature() {
        assert_eq!(values("The Pentagon bought 12 F-35 fighters."), vec![12.0]);
        assert_eq!(values("Crews flew 8 C-17 transports in."), vec![8.0]);
        // A temperature in Fahrenheit or Celsius stays one.
        assert_eq!(values("Highs reached 95F on Sunday."), vec![95.0]);
        assert_eq!(values("The low was 20 F."), vec![20.0]);
    }
}
