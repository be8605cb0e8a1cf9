//! Figures as news states them: the quantity-extraction measure of `../shared/tools/score.py
//! newsfigures`, on `tests/data/newsfigures-dev.json` (350 sentences from the PolNeAR
//! development articles, 318 quantities annotated by hand; years, dates and ordinals left out).
//!
//! A gold quantity is found when a figure has the same value (a range must match as a pair),
//! one figure per quantity; precision counts every figure that is not a year, date or ordinal.
//! The direction of a figure is its `trend` when set, else the sense of its hedge (about → ~,
//! more than / at least → >, up to / fewer than → <, none → =), read exactly as score.py reads
//! it. Run with `cargo test --release --test eval_newsfigures -- --nocapture` for the numbers;
//! `SPOTCHECK_NEWSFIGURES_DUMP=path` writes every miss, wrong direction and extra figure
//! (`SPOTCHECK_NEWSFIGURES_KINDS_DUMP` the same for `tests/data/newsfigures-kinds.json`).
//!
//! How the data was annotated: every number a sentence states as an amount is a quantity —
//! counts, money, percentages (as their number), measures, ages, and durations stated as facts
//! ("for 10 years"); vague plurals are their order of magnitude ("thousands of" is
//! "1000-10000", change "~"). Not quantities: years, dates, ordinals, times of day, names and
//! codes with digits ("EB-5", "Fortune 500", "Article 21"), "one" as a pronoun or determiner,
//! "the two" pointing back at people named before, and relative points in time ("two years
//! ago", "three weeks later", "90 days after the vote"), which are dates. Stretches of time are
//! quantities whatever their role, as the published quantity benchmarks annotate them: a length
//! ("for 10 years"), a period ("$84 billion over 10 years"), a deadline ("within 90 days"), a
//! frequency ("every three months"). (Until session 7 the periods, deadlines and frequencies
//! were left out; two independent review sets annotated them as quantities, and the sets here
//! were brought to that convention.)
//! `change` is "up"/"down" when the sentence reports the quantity as a rise or fall (both
//! levels of "declined from 58 percent to 55 percent"), else the hedge's sense.

use serde_json::Value;
use spotcheck::report::{Category, Detail, Trend};
use std::path::PathBuf;

/// score.py's `NEWS_SENSE`, in its order: the first list with a word inside the hedge wins.
const SENSE: [(&str, &[&str]); 3] = [
    (">", &["more than", "over", "at least", "upwards of", "above", "exceed", "greater than", "or more", "plus", "no fewer", "no less"]),
    ("<", &["less than", "fewer than", "under", "up to", "at most", "below", "as many as", "or less", "or fewer", "no more than"]),
    (
        "~",
        &[
            "about",
            "around",
            "roughly",
            "approximately",
            "nearly",
            "almost",
            "some",
            "estimated",
            "close to",
            "circa",
            "or so",
            "thousands",
            "hundreds",
            "dozens",
            "millions",
            "billions",
            "tens of",
        ],
    ),
];

/// The direction score.py reads from a hedge.
fn sense(approx: Option<&str>) -> &'static str {
    let Some(a) = approx.filter(|a| !a.is_empty()) else { return "=" };
    let a = a.to_lowercase();
    SENSE.iter().find(|(_, words)| words.iter().any(|w| a.contains(w))).map_or("~", |(sym, _)| sym)
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Value2 {
    One(f64),
    Pair(f64, f64),
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= f64::max(1e-5 * f64::max(a.abs(), b.abs()), 1e-8)
}

fn matches(g: Value2, p: Value2) -> bool {
    match (g, p) {
        (Value2::One(a), Value2::One(b)) => close(a, b),
        (Value2::Pair(a, b), Value2::Pair(c, d)) => close(a, c) && close(b, d),
        _ => false,
    }
}

/// A gold value as score.py's `news_value` reads it: "2000-3000" is a pair.
fn gold_value(v: &str) -> Value2 {
    if !v.contains('E') && !v.starts_with('-') {
        if let Some((a, b)) = v.split_once('-') {
            return Value2::Pair(a.parse().expect("gold low"), b.parse().expect("gold high"));
        }
    }
    Value2::One(v.parse().expect("gold value"))
}

#[derive(Default, Debug)]
struct Score {
    gold: usize,
    predicted: usize,
    found: usize,
    directed: usize,
}

impl Score {
    fn f1(&self, tp: usize) -> f64 {
        2.0 * tp as f64 / (self.predicted + self.gold).max(1) as f64
    }
}

fn data_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name)
}

/// The items of a data file, with the kind each is filed under ("" where none).
fn load(name: &str) -> Vec<Value> {
    let raw = std::fs::read_to_string(data_path(name)).unwrap_or_else(|e| panic!("tests/data/{name}: {e}"));
    serde_json::from_str(&raw).expect("news figures data is JSON")
}

fn evaluate() -> (Score, Vec<String>) {
    score_items(&load("newsfigures-dev.json"))
}

fn score_items(data: &[Value]) -> (Score, Vec<String>) {
    let mut score = Score::default();
    let mut dump = Vec::new();
    for item in data {
        let text = item["text"].as_str().expect("text");
        let report = spotcheck::analyze_text(text);
        let mut preds: Vec<(Value2, &'static str, String)> = report
            .findings
            .iter()
            .filter_map(|f| match &f.detail {
                Detail::Figure { category, value: Some(v), high, approx, trend, .. }
                    if !matches!(category, Category::Year | Category::Date | Category::Ordinal) =>
                {
                    let value = high.map_or(Value2::One(*v), |h| Value2::Pair(*v, h));
                    let direction = match trend {
                        Some(Trend::Up) => "up",
                        Some(Trend::Down) => "down",
                        None => sense(approx.as_deref()),
                    };
                    Some((value, direction, f.text.clone()))
                }
                _ => None,
            })
            .collect();
        score.predicted += preds.len();
        for q in item["quantities"].as_array().expect("quantities") {
            score.gold += 1;
            let want = gold_value(q["value"].as_str().expect("value is a string"));
            let change = q["change"].as_str().expect("change");
            match preds.iter().position(|p| matches(want, p.0)) {
                Some(k) => {
                    let hit = preds.remove(k);
                    score.found += 1;
                    if hit.1 == change {
                        score.directed += 1;
                    } else {
                        dump.push(format!("DIRECTION\t{} gold {change} got {}\t{}\t{text}", q["value"], hit.1, hit.2));
                    }
                }
                None => dump.push(format!("MISS\t{} {}\t{text}", q["value"], q["unit"])),
            }
        }
        for p in preds {
            dump.push(format!("EXTRA\t{:?}\t{}\t{text}", p.0, p.2));
        }
    }
    (score, dump)
}

#[test]
fn news_figures_meet_their_floors_on_the_development_sentences() {
    let (s, dump) = evaluate();
    if let Some(path) = std::env::var_os("SPOTCHECK_NEWSFIGURES_DUMP") {
        let _ = std::fs::write(path, dump.join("\n"));
    }
    let (value_f1, direction_f1) = (s.f1(s.found), s.f1(s.directed));
    println!(
        "gold {} predicted {} value precision {:.4} recall {:.4} F1 {:.4} value-with-direction F1 {:.4}",
        s.gold,
        s.predicted,
        s.found as f64 / s.predicted.max(1) as f64,
        s.found as f64 / s.gold.max(1) as f64,
        value_f1,
        direction_f1
    );
    assert!(s.gold >= 300, "the development set has at least 300 quantities ({})", s.gold);
    assert!(value_f1 >= FLOOR_VALUE_F1, "value F1 {value_f1:.4} < {FLOOR_VALUE_F1}");
    assert!(direction_f1 >= FLOOR_DIRECTION_F1, "value-with-direction F1 {direction_f1:.4} < {FLOOR_DIRECTION_F1}");
}

// Development set, as measured (and as score.py newsfigures gives it): value F1 0.9812,
// value-with-direction F1 0.9655 (0.9704 / 0.9516 before issue 9's third pass, 0.945 direction
// before its second). Floors a little under, so a regression fails the build.
const FLOOR_VALUE_F1: f64 = 0.965;
const FLOOR_DIRECTION_F1: f64 = 0.945;

/// The kinds set: about 40 news-style sentences of each kind of figure issue 9 names (names
/// and codes, ranges with one scale word, spans of years, units and durations, scale suffixes
/// and signs, currency codes glued to the number, trends, vague plurals), written for this
/// test and annotated as the development set is. None comes from a corpus, so it checks how
/// the grammar holds on text it was not tuned on; each kind has its own floor.
#[test]
fn news_figures_hold_on_each_kind() {
    let data = load("newsfigures-kinds.json");
    let mut kinds: Vec<&str> = data.iter().filter_map(|d| d["kind"].as_str()).collect();
    kinds.sort_unstable();
    kinds.dedup();
    let mut dump = Vec::new();
    let mut failures = Vec::new();
    for kind in kinds {
        let items: Vec<Value> = data.iter().filter(|d| d["kind"] == kind).cloned().collect();
        let (s, d) = score_items(&items);
        dump.extend(d.into_iter().map(|line| format!("{kind}\t{line}")));
        let (value_f1, direction_f1) = (s.f1(s.found), s.f1(s.directed));
        println!(
            "{kind:<8} sentences {:>3} gold {:>3} predicted {:>3} value F1 {value_f1:.4} with direction {direction_f1:.4}",
            items.len(),
            s.gold,
            s.predicted
        );
        if value_f1 < FLOOR_KIND_VALUE_F1 || direction_f1 < FLOOR_KIND_DIRECTION_F1 {
            failures.push(format!("{kind}: {value_f1:.4} / {direction_f1:.4}"));
        }
    }
    let (all, _) = score_items(&data);
    println!(
        "all      sentences {:>3} gold {:>3} predicted {:>3} value F1 {:.4} with direction {:.4}",
        data.len(),
        all.gold,
        all.predicted,
        all.f1(all.found),
        all.f1(all.directed)
    );
    if let Some(path) = std::env::var_os("SPOTCHECK_NEWSFIGURES_KINDS_DUMP") {
        let _ = std::fs::write(path, dump.join("\n"));
    }
    assert!(failures.is_empty(), "kinds under their floors: {failures:?}");
}

// The kinds set, as measured (317 sentences, 309 quantities): value F1 0.9984, with direction
// 0.9951 (0.9935 / 0.9838 before the third pass fixed "27 737 jets", "Windows 11" at the start
// of a sentence and trends past a span of years, "doubled between 2000 and 2018, to $10,000").
// Floors a little under the worst kind.
const FLOOR_KIND_VALUE_F1: f64 = 0.95;
const FLOOR_KIND_DIRECTION_F1: f64 = 0.91;

/// The outlet sets: news sentences in the styles of Reuters, AP, Bloomberg, the BBC, the
/// Guardian, the Times of India and ABC Australia (`style`), written and annotated by hand as
/// the development set is, each measured before the detector was changed for it:
/// `newsfigures-outlets.json` (64 sentences, 103 quantities) first read 0.919 / 0.863, and
/// `newsfigures-outlets2.json` (46 sentences, 72 quantities), written after the fixes the
/// first one led to, first read 0.966 / 0.869. `newsfigures-outlets3.json` (144 sentences,
/// 275 quantities) is in the styles of outlets the first two did not use: other wire services
/// (AFP, PTI, Xinhua, Yonhap), business and markets desks, sports, science and health, US and
/// UK local news, tabloids, Singapore, Nigeria, Kenya, South Africa, Ireland, Canada, opinion,
/// live blogs, data journalism and press releases; it first read 0.971 / 0.888. Their misses
/// were fixed by kind, each with cases of its own in `src/detect/figures`.
/// `newsfigures-kinds5.json` (32 sentences, 55 quantities) holds session 5's news kinds (a
/// bare count before its verb, listed labels, gapped verbs, market closes, spelled compounds,
/// shooting lines), written before the fixes: it first read 0.792 / 0.535, then 0.991 / 0.973.
/// `newsfigures-kinds6.json` (44 sentences, 40 quantities) holds review 6's news kinds, in
/// sentences of our own (phone numbers, clock times with a dot, lettered house numbers, model
/// names and versions, page and case numbers, changes named by a noun, "shot down", ranges of a
/// change's size, "raise X from A to B", "half-a-dozen", "head of cattle", "scores of", counts
/// with hyphened modifiers, "up to" at the top of a span opened by "start at", "over-65s",
/// "within 500 km of"), written before the fixes: it first read 0.615 / 0.352, then 1.0 / 1.0.
/// `newsfigures-kinds7b.json` (143 sentences, 180 quantities) holds review 7's news kinds (the
/// level a change carries a thing to or starts from, "a 4% increase" after a level, "a pay rise
/// worth", comparisons and tallies that are no change, "near", "closer to", "-odd", "estimated
/// at", a margin in words, "m" as a million, "four of the seven", "30 10-kilogram sacks", road
/// codes): the first 69 sentences were written before the fixes (0.935 / 0.592, then 1.0 /
/// 1.0); the next 45, written as a check after them, read 0.883 / 0.487 on the old code and
/// 0.938 / 0.903 before their own fixes, then 0.983 / 0.983 ("2m waves" left as a million);
/// the last 29, a second check, read 0.943 / 0.543 on the old code and 1.0 / 1.0 untouched.
/// Session 16 reads race times as measures in seconds, so "won in 3:28" now counts 208
/// seconds, a quantity this file had left out (181 quantities).
/// `newsfigures-kinds7.json` (72 sentences, 87 quantities) holds session 7's kinds in many
/// outlets' styles (ranges whose ends each write a scale or currency, "as little/few/low/high
/// as", figures above or below a norm, percentages with "less"/"more", comparators before a
/// hyphened modifier, figures "compared with" a change, "a couple of", spelled numbers, percent
/// forms, currency names, units), written before the fixes: it first read 0.9711 / 0.6821,
/// then 0.9942 / 0.9942 ("N800 to the dollar" left: a one-letter currency before three bare
/// digits stays a code, as "N95" does). Two of its comparisons ("30% less gas than older
/// models") were first annotated as falls; on merging with kinds7b they follow its convention,
/// a gap against another thing is no change over time. Its "£3,000 below the national
/// average" was annotated a fall; it now follows issue 9's reviewer and the review 7 set, a gap
/// against other places is no change.
/// `newsfigures-kinds9.json` (66 sentences, 86 quantities) holds issue 9's direction kinds in
/// nine outlets' styles (a change stated against an earlier time, verbs that lift or stretch a
/// level, gaps against others, hedges "top"/"longer than"/"roughly every"/"$US", named targets,
/// per-unit prices and "N years on", "his first 100 days", "a one-bedroom", "R1"), written
/// before the fixes: it first read 0.9524 / 0.5595, then 1.0 / 0.9767 (left: "close 150
/// stores" and "shut 14 routes" as falls, which the independent review sets 7 and 8 annotate
/// as no change). `newsfigures-kinds9b.json` (44 sentences, 51 quantities), written after the
/// fixes and measured untouched, read 0.9293 / 0.5455 on the old code and 0.98 / 0.98 on the
/// new (left: "the two lenders" after "as", "below the R19 level").
/// `newsfigures-kinds10.json` (68 sentences) holds the nine kinds issue 9's reviewers named
/// (multiples, "N quarters" framed as time a count of periods; odds "one in N" as the share
/// 1/N of the group named, as the development set writes "1 in 4 residents"; quarter- and
/// half-point moves; currency letters glued to amounts and ranges; particles owned by their
/// verb and "give or take"; a change restated after ", or"; scores and tallies as two counts
/// without trend; comparatives between count and noun) in ten outlets' styles, written before
/// the fixes. As written it read 0.8772 / 0.6433 on the old code. Its gold then counted
/// "twice"/"double"/"triple" as 2 or 3 times and "lay off" as a fall; the independent review
/// sets 6 to 9 annotate neither (five multiples left out, layoffs no change), so those 13
/// quantities in both files were brought to the review sets' reading (and one hedged "three
/// times what it was in 2019" to "up", as the kind's convention says): 0.8982 / 0.6707 on the
/// old code, 0.9882 / 0.9647 on the new. `newsfigures-kinds10b.json` (49 sentences), written
/// after the fixes and measured untouched, read 0.8288 / 0.5946 on the old code and 0.9831 /
/// 0.9322 on the code of that moment; with the same re-reading, 0.8679 / 0.6792 old and
/// 0.9815 / 0.963 final. Left: "a kilo of onions" read as 1 kg, "zero-hours", "give or take a
/// few hundred" as its own vague figure, "add 12 new stations" as a rise, "close 19 of its 242
/// stores" (no change, as the review sets read closing).
/// `newsfigures-kinds11.json` (64 sentences, 84 quantities) holds session 11's nine reviewer
/// kinds in twelve outlets' styles, written before the fixes: "N times" comparisons (a
/// quantity of times, hedged; "twice"/"double" and the verb "doubled" stay no figures, as the
/// review sets 7 and 8 leave "nearly twice the density" out while annotating "27 times the WHO
/// limit"), golf and match scores (two counts or an under-par count, never a range, no trend),
/// a scale carried to a parallel bare amount ("$3 million for roads but only 1.5 for parks")
/// or to the first level of a fall ("from 60 to 52 million"), stretches of time ("the first
/// 48 hours" a length; "N years ago" a date, as this file's header says), "N-fold to X",
/// fractions as the size of a change, stretches of days inside a date ("between 3 and 7
/// March"), where a trend goes (not to "over the past six months", not to a target "chased
/// down"; "spread over 40 km" no bound; "trebled to" a rise; "an average of" exact, as review
/// sets 6 to 9 annotate it; "lost 300 members" and "sheds 2,000 jobs" falls, as the kinds9 and
/// kinds10 sets read shedding), "one in five children" and "the final third". It read 0.9294 /
/// 0.8706 on the old code, then 1.0 / 1.0. `newsfigures-kinds11b.json` (44 sentences, 58
/// quantities), written after the fixes and measured untouched, read 0.8966 / 0.8276 on the
/// old code and 0.9828 / 0.9828 on the new; its one miss ("climbed eightfold to A$16 billion"
/// took the billion) was then fixed by kind (a "-fold" multiple takes no scale): 1.0 / 1.0.
/// `newsfigures-kinds12.json` (51 sentences, 64 quantities) holds session 12's seven kinds in
/// outlets' styles from six countries, written before the fixes: the level a stated change
/// reaches ("improved to X from Y" by value, "rose to X for A and Y for B", "rose N% y/y to X",
/// "X, N% higher than last year" after a verb of standing, "X, after a gain of Y", "N% lower
/// at X, or Y cents"), a change noun after a described amount ("a revised 0.4 per cent
/// decline"), particles and "recovered" goods with no move, "an estimated <measure> of",
/// coins (sen, kobo, pesewas, fils), numbers in names and route lists, "over two days". It read
/// 0.9538 / 0.5692 on the old code, then 1.0 / 1.0. `newsfigures-kinds12b.json` (49 sentences,
/// 59 quantities), written before the fixes and measured only after the first round of them,
/// read 0.9661 / 0.661 on the old code and 0.9833 / 0.9667 then ("uptick" and "narrowed down
/// N to M" were then fixed by kind; one gold count was corrected: "between two junctions" is
/// a count): 1.0 / 1.0. `newsfigures-kinds12c.json` (29 sentences, 37 quantities), written
/// after the fixes and measured untouched: 0.9459 / 0.5676 on the old code, 1.0 / 0.973 on the
/// new (left: "lifted its year-end target for the S&P to 6,300", the verb eleven tokens
/// before its "to", past the trend window). `newsfigures-kinds14.json` (55 sentences) holds
/// review 13's figure kinds in our own sentences (shortfalls, a level beside its change, a
/// baseline past an aside, verbs of change, coordinated changes, unit-size modifiers, kind
/// compounds, cricket shots, kelvin): 0.8902 / 0.4634 on the old code, 1.0 / 0.975 on the new.
/// `newsfigures-kinds17.json` (80 sentences, 88 quantities) holds review 17's kinds in our own
/// sentences in fifteen outlets' styles: numbers inside names (bond tenors, races named by
/// distance, models after their maker, letter codes such as "F-35"), market words of change and
/// a loss of a measure, the baseline after a level's comma ("to $5 billion, from $4.5 billion
/// previously"), comparatives of quality, caps as upper bounds. Hiring, recruiting and lay-offs
/// keep the review sets' reading (no change). 0.9062 / 0.5729 on the old code. Review 17 reads a
/// race named by its distance as no figure at all, so three kinds7b sentences ("the 100m
/// sprint", "the 400m freestyle final", "the 1,500m final"), written when the concern was
/// metres against millions, no longer count the race's name as a quantity.
/// `newsfigures-kinds16.json` (95 sentences, 117 quantities) holds session 16's kinds in our
/// own sentences, written before the fixes (race times in seconds, product specs, "K" and "M"
/// counts and race distances, multiples, hedged upper ends of ranges, bounds after the number,
/// changes before levels, compound modifiers, names of sports): 0.7753 / 0.7225 on the old code,
/// 0.9957 / 0.9957 on the new (left: "2M subscribers", one digit and "M" kept a name as "3M" is).
/// Two of its race results name the race by its distance ("won the 1500m in 3:28.24"); after
/// kinds17 a race's name is no figure, so only their times count (115 quantities).
/// `newsfigures-probe20.json` (177 sentences, 193 quantities) holds session 20's probe in beats
/// the other sets under-use (health trials, polls, courts, weather, tech, property, transport,
/// energy, agriculture, taka and lakh, fractions, headlines, hyphen-spelled numbers, brackets
/// and footnotes; 38 sentences whose numbers are no quantity), gold written before the run:
/// 0.9771 / 0.9517 on the old code; three gold items then followed the sets' conventions
/// ("twice" and "two months after launch" are no quantity, nor a mortgage's "two-year fixed"
/// tenor): 0.9846 / 0.9590 on the old code, 0.9897 / 0.9742 on the new.
/// `newsfigures-probe24b.json` (112 sentences, 129 quantities) holds session 17's value, unit,
/// hedge and direction probe in business-wire, energy and shipping, East African, South Asian,
/// Caribbean, sport, health and local styles (compound durations "3min 54.2sec" and "2 years 6
/// months" as one amount in the smallest unit, currency marks "KShs", "UShs", "Bds$", trade
/// units "kWp", "TEU", "bcm", "mtpa", deadlines "within 30 days", passive changes "jobs were
/// added/cut", verbs of length "shorten/extend by", shares of acronym groups "three in four
/// GPs", "one toilet for every 80 pupils" as the quantity after "every" with "one" its
/// determiner), gold written before the run: 0.7881 / 0.6914 on the old code, 0.9923 / 0.9846
/// on the new (left: "finished the 10km" as a distance, "a litre of" as 1 litre, "runs ... over
/// 180 km" read as a lower bound). Session 17 reads a deadline's "within" as an upper bound, as
/// "within 100 metres of" is, and "were lost" as a fall, as "lost 300 members" is: one kinds
/// item ("within 90 days"), one outlets item ("within five years") and one kinds range
/// ("1.5 to 2 million barrels a day were lost") were brought to that reading.
/// Session 20 follows the reviewers' convention that a sports scoreline is no quantity ("won
/// 3-1", "a 2-0 lead", "6-4, 6-3"); the scorelines of kinds10, 10b, 11, 11b, 12c, 16 and
/// outlets3 were taken out of their gold (votes such as "voted 52-47" stay).
/// `newsfigures-probe24a.json` (115 sentences, 146 quantities) holds session 17's probe of what
/// is and is not a quantity in sports, cricket, tech, aviation, film and TV, events, weather,
/// business, Caribbean, African, South Asian and Australian outlets' styles (scorelines before
/// "winners", "N-ball M" innings, "N more runs" still needed, versions and sequels, aircraft
/// variants, return periods "a 1-in-100-year flood"), gold written before the run: 0.8924 /
/// 0.8544 on the old code. Three gold items then followed the sets' conventions ("limit ... to
/// 200 litres" is a cap, "<"; "within 30 days" a deadline, "=", then "<" as probe24b reads
/// it; "the 10K" a race of 10 km): 0.8896 / 0.8644 old, 0.9932 / 0.9863 new.
/// Session 19 reads "passed" before a level as a lower bound, as "topped" and "crossed" are (the
/// independent review's convention), so "passed 250K followers" is ">" there now.
#[test]
fn news_figures_hold_on_sentences_in_outlet_styles() {
    let mut failures = Vec::new();
    for name in [
        "newsfigures-outlets.json",
        "newsfigures-outlets2.json",
        "newsfigures-outlets3.json",
        "newsfigures-kinds5.json",
        "newsfigures-kinds6.json",
        "newsfigures-kinds7b.json",
        "newsfigures-kinds7.json",
        "newsfigures-kinds9.json",
        "newsfigures-kinds9b.json",
        "newsfigures-kinds10.json",
        "newsfigures-kinds10b.json",
        "newsfigures-kinds11.json",
        "newsfigures-kinds11b.json",
        "newsfigures-kinds12.json",
        "newsfigures-kinds12b.json",
        "newsfigures-kinds12c.json",
        "newsfigures-kinds14.json",
        "newsfigures-kinds17.json",
        "newsfigures-kinds16.json",
        "newsfigures-probe20.json",
        "newsfigures-probe24b.json",
        "newsfigures-probe24a.json",
    ] {
        let data = load(name);
        let mut styles: Vec<&str> = data.iter().filter_map(|d| d["style"].as_str()).collect();
        styles.sort_unstable();
        styles.dedup();
        for style in styles {
            let items: Vec<Value> = data.iter().filter(|d| d["style"] == style).cloned().collect();
            let (s, _) = score_items(&items);
            println!("{name} {style:<9} gold {:>3} predicted {:>3} value F1 {:.4} with direction {:.4}", s.gold, s.predicted, s.f1(s.found), s.f1(s.directed));
        }
        let (s, dump) = score_items(&data);
        let (value_f1, direction_f1) = (s.f1(s.found), s.f1(s.directed));
        println!("{name} all       gold {:>3} predicted {:>3} value F1 {value_f1:.4} with direction {direction_f1:.4}", s.gold, s.predicted);
        for line in &dump {
            println!("  {line}");
        }
        if value_f1 < FLOOR_OUTLETS_VALUE_F1 || direction_f1 < FLOOR_OUTLETS_DIRECTION_F1 {
            failures.push(format!("{name}: {value_f1:.4} / {direction_f1:.4}"));
        }
    }
    assert!(failures.is_empty(), "outlet sets under their floors: {failures:?}");
}

// The outlet sets, as measured after their fixes: 1.0 / 1.0 and 1.0 / 0.972 (two changes
// left: "down from an earlier forecast of 3.5%", "pulled $12.4 billion from the funds").
// Floors at the held-out bars, not at what the fitted sets now read.
const FLOOR_OUTLETS_VALUE_F1: f64 = 0.93;
const FLOOR_OUTLETS_DIRECTION_F1: f64 = 0.88;

#[test]
fn hedges_are_read_as_the_reference_scorer_reads_them() {
    assert_eq!(sense(None), "=");
    assert_eq!(sense(Some("more than")), ">");
    assert_eq!(sense(Some("at least")), ">");
    assert_eq!(sense(Some("up to")), "<");
    assert_eq!(sense(Some("fewer than")), "<");
    assert_eq!(sense(Some("nearly")), "~");
    assert_eq!(sense(Some("thousands of")), "~");
    assert_eq!(sense(Some("several")), "~");
    assert!(matches(gold_value("1000-10000"), Value2::Pair(1000.0, 10000.0)));
    assert!(!matches(gold_value("1000-10000"), Value2::One(1000.0)));
    assert!(matches(gold_value("0.333333"), Value2::One(1.0 / 3.0)));
}

#[test]
fn figures_report_the_bound_their_hedge_names() {
    // What the report says must read the same to score.py: the hedge's sense, or the trend.
    for (text, want) in [
        ("It employs more than 52,300 people.", ">"),
        ("The fine is no more than $500.", "<"),
        ("Temperatures of 40C or higher are rare.", ">"),
        ("Up to 700 people came.", "<"),
        ("Some 35 percent of jobs depend on trade.", "~"),
        ("Thousands of people marched.", "~"),
        ("Exactly 12 people came.", "="),
        ("Purchases totalled $18.6 billion, down more than 35 percent.", "down"),
    ] {
        let report = spotcheck::analyze_text(text);
        let last = report
            .findings
            .iter()
            .rev()
            .filter_map(|f| match &f.detail {
                Detail::Figure { approx, trend, .. } => Some(match trend {
                    Some(Trend::Up) => "up",
                    Some(Trend::Down) => "down",
                    None => sense(approx.as_deref()),
                }),
                _ => None,
            })
            .next();
        assert_eq!(last, Some(want), "{text}");
    }
}
