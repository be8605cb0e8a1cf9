//! Sports scorelines: "won 3-1", "a 16-15 victory", "drew 2-2", "beat the Lions
//! 24-17", "a 2-0 lead", "lead the series 3-2", "6-4, 6-3", "Arsenal 3-1 Chelsea". The
//! published quantity-benchmark convention, as six independent reviewers wrote it, counts a
//! scoreline as no quantity: it is the result of a game, not an amount of anything. Its shape
//! decides, in a sports clause, not a list of teams: two small whole numbers joined by a dash,
//! after a verb of result (result_verbs.txt) or beside a noun of result (result_nouns.txt),
//! between two capitalised names, or next to another such pair (a list of sets). A tally of
//! votes has the same shape and stays two figures: a word of voting or polling anywhere in the
//! sentence (tally_words.txt) keeps the pair ("the Senate voted 52-47", "a 5-4 ruling").
//! Margins keep their unit and stay figures ("won by 12 points", "a 3-goal lead"), and so do a
//! cricket side's runs and wickets ("287 for 6": one side's total, not two sides' scores).

use super::numbers::Tokens;
use super::{counted_noun, Found};
use crate::detect::lexicon;
use crate::text::tokens::pieces::Kind;

/// How many tokens before a scoreline its verb or noun of result may stand: "won the one-day
/// series 2-1", "She won a three-set thriller, 6-4".
const RESULT_BEFORE: usize = 8;

/// How many tokens after a scoreline its noun of result may stand: "a 2-1 extra-time win".
const RESULT_AFTER: usize = 4;

/// How many tokens either side of a scoreline are searched for a word of voting.
const SENTENCE_REACH: usize = 40;

/// Whether figure `f` is one number of a sports scoreline, or the pair read as one range.
pub(super) fn in_a_scoreline(t: &Tokens, f: &Found) -> bool {
    pair_of(t, f).is_some_and(|(a, b)| scoreline_at(t, a, b))
}

/// The first and last token of the pair "d-d" figure `f` is, or one number of.
fn pair_of(t: &Tokens, f: &Found) -> Option<(usize, usize)> {
    let k = f.first;
    // "Celtic 2-1 Rangers": a capitalised word read as the second number's counted noun is
    // the other side's name.
    let named_after = f.last == k + 1 && t.raw(f.last).starts_with(|c: char| c.is_uppercase());
    // "ran out 34-20 winners", "2-0 series winners": a noun of result read as the second
    // number's counted noun names the result, as "a 2-0 lead" does.
    let named_after = named_after || (f.last > k && f.last <= k + RESULT_AFTER && result_after(t, k));
    if f.approx.is_some() || (f.unit.is_some() && !named_after) {
        return None;
    }
    if f.high.is_some() {
        return (f.last == k + 2 && f.unit.is_none() && is_pair(t, k)).then_some((k, k + 2));
    }
    if f.first != f.last && !named_after {
        return None;
    }
    if is_pair(t, k) {
        return Some((k, k + 2));
    }
    (k >= 2 && is_pair(t, k - 2)).then_some((k - 2, k))
}

/// Whether tokens `a..=a + 2` are a pair of small whole numbers joined by a dash or a colon
/// ("3-1", "24–17", "2:0"), and not a link of a longer chain ("1-800-555", "2.5-3", "3-4/5").
fn is_pair(t: &Tokens, a: usize) -> bool {
    let small = |k: usize| t.kind(k) == Some(Kind::Digits) && (1..=3).contains(&t.raw(k).len());
    let link = |k: usize| matches!(t.lower(k), "-" | "\u{2013}" | ":") && t.joined(k) && t.joined(k + 1);
    let b = a + 2;
    let chained_before = a > 0 && t.joined(a) && !matches!(t.lower(a - 1), "(" | "\u{201c}" | "\"");
    let chained_after = t.joined(b + 1) && !matches!(t.lower(b + 1), "," | "." | ";" | ")" | "!" | "?" | "\u{201d}" | "\"")
        || (t.is(b + 1, ".") && t.joined(b + 2) && t.kind(b + 2) == Some(Kind::Digits));
    small(a) && link(a + 1) && small(b) && !chained_before && !chained_after
}

/// Whether the pair at tokens `a..=b` is a scoreline: a sports clause around it, a run of
/// pairs it belongs to (a list of sets) having one, and no word of voting in the sentence.
fn scoreline_at(t: &Tokens, a: usize, b: usize) -> bool {
    // A count after the pair makes it a range of things: "won 20-25 seats", "lost 2-3 kg"
    // (a capitalised name after it is the other side: "Celtic 2-1 Rangers").
    let lower_case = t.raw(b + 1).starts_with(|c: char| c.is_lowercase());
    if lower_case && counted_noun(t, b + 1).is_some() && !result_after(t, b) {
        return false;
    }
    if votes_in_sentence(t, a, b) {
        return false;
    }
    let (first, last) = run_of_pairs(t, a, b);
    result_before(t, first) || result_after(t, last) || between_names(t, first, last)
}

/// The first token of the first pair and the last of the last in the run of pairs around
/// `a..=b`, each next to the other or after a comma or a bracket: "6-4, 3-6, 7-5", "7-6 (7-4)".
fn run_of_pairs(t: &Tokens, a: usize, b: usize) -> (usize, usize) {
    let gap = |k: usize| matches!(t.lower(k), "," | "(" | ")");
    let (mut first, mut last) = (a, b);
    loop {
        let prev = (1..=2).map(|d| first.checked_sub(d + 2)).find_map(|p| p.filter(|&p| is_pair(t, p) && (p + 3..first).all(gap) && t.near(first)));
        match prev {
            Some(p) => first = p,
            None => break,
        }
    }
    loop {
        let next = (1..=2).map(|d| last + d).find(|&n| is_pair(t, n) && (last + 1..n).all(gap) && t.near(n));
        match next {
            Some(n) => last = n + 2,
            None => break,
        }
    }
    (first, last)
}

/// Whether a verb or noun of result stands before token `first` in its clause.
fn result_before(t: &Tokens, first: usize) -> bool {
    (first.saturating_sub(RESULT_BEFORE)..first)
        .rev()
        // A dot inside a name ("Gen.G") ends no clause.
        .take_while(|&k| (t.joined(k + 1) || !matches!(t.lower(k), "." | ";" | "!" | "?")) && t.near(k + 1))
        .any(|k| lexicon::result_verbs().contains(t.lower(k)) || result_noun(t, k))
}

/// Whether a noun of result follows token `last`, with only words between: "a 3-2 home win".
fn result_after(t: &Tokens, last: usize) -> bool {
    (last + 1..=last + RESULT_AFTER).take_while(|&k| t.near(k) && (t.is_word(k) || t.is(k, "-"))).any(|k| result_noun(t, k))
}

fn result_noun(t: &Tokens, k: usize) -> bool {
    t.is_word(k) && lexicon::result_nouns().contains(t.lower(k))
}

/// "Arsenal 3-1 Chelsea": the pair between two capitalised names, mid-sentence.
fn between_names(t: &Tokens, first: usize, last: usize) -> bool {
    let name = |k: usize| t.is_word(k) && t.raw(k).starts_with(|c: char| c.is_uppercase());
    first > 0 && name(first - 1) && t.spaced(first) && name(last + 1) && t.spaced(last + 1)
}

/// Whether a word of voting or polling stands in the sentence of the pair `a..=b`.
fn votes_in_sentence(t: &Tokens, a: usize, b: usize) -> bool {
    let ends = |k: usize| matches!(t.lower(k), "." | "!" | "?") && !t.joined(k + 1);
    let tally = |k: usize| t.is_word(k) && lexicon::tally_words().contains(t.lower(k));
    let before = (a.saturating_sub(SENTENCE_REACH)..a).rev().take_while(|&k| !ends(k)).any(tally);
    let after = (b + 1..(b + SENTENCE_REACH).min(t.len())).take_while(|&k| !ends(k)).any(tally);
    before || after
}

#[cfg(test)]
mod tests {
    use super::super::test_support::figures;

    fn values(text: &str) -> Vec<f64> {
        figures(text).into_iter().filter_map(|(_, f)| f.value).collect()
    }

    #[test]
    fn football_and_rugby_scorelines_are_no_figures() {
        for text in [
            "Arsenal won 3-1 at the Emirates on Saturday.",
            "The sides drew 2-2 at Anfield.",
            "Real Madrid took a 2-0 lead into the break.",
            "The game ended in a 1-1 draw.",
            "Leinster sealed a 16-15 victory over Munster in Dublin.",
            "Orlando Pirates lost 1-0 to Sundowns on Saturday.",
            "Kaizer Chiefs were beaten 4–0 by Sundowns.",
            "The Wallabies crashed to a 40-6 defeat in Cardiff.",
            "Celtic 2-1 Rangers was the result everyone expected.",
            "The final score was 24-17 after a late try.",
            "Barcelona went through 5-4 on aggregate.",
            "Bayern won 2:0 in Munich.",
        ] {
            assert!(values(text).is_empty(), "{text}: {:?}", values(text));
        }
    }

    #[test]
    fn other_sports_scorelines_are_no_figures() {
        for text in [
            "The Packers beat the Lions 24-17 on Thursday night.",
            "The Celtics lead the series 3-2.",
            "The Rangers lost 4-3 in overtime to Boston.",
            "Fnatic beat G2 3-1 in the grand final.",
            "The Yankees defeated the Red Sox 7-5.",
            "Sinner won 6-4, 6-3 to reach the final.",
            "Swiatek won 6-2, 3-6, 7-6 (7-4) in Rome.",
            "The Mavericks trailed 54-50 at halftime.",
            "T1 swept Gen.G 3-0 in Seoul.",
        ] {
            assert!(values(text).is_empty(), "{text}: {:?}", values(text));
        }
        // The other figures of the sentence stay.
        assert_eq!(values("The Yankees edged the Red Sox 5-4 in 11 innings."), vec![11.0]);
        assert_eq!(values("Mahomes threw for 320 yards in a 27-20 win."), vec![320.0]);
    }

    #[test]
    fn scorelines_before_a_noun_of_the_side_that_won_or_lost_are_no_figures() {
        for text in [
            "The Sharks ran out 34-20 winners at Kings Park on Saturday.",
            "Leicester were 3-1 winners at the King Power on Tuesday night.",
            "The Warriors emerged 112-104 victors in overtime.",
            "Pakistan were 2-0 series winners after the rain-ruined third Test.",
            "Celtic finished 4-0 victors, with Kyogo scoring twice.",
            "Wigan were deserved 22-10 winners.",
            "Munster were beaten 19-17 losers in Limerick.",
        ] {
            assert!(values(text).is_empty(), "{text}: {:?}", values(text));
        }
        assert_eq!(values("The Bulls ended 27-24 losers despite scoring three tries."), vec![3.0]);
        // A count of people after a range is still a range of them.
        assert_eq!(values("The club named 20-25 winners of its community awards."), vec![20.0]);
    }

    #[test]
    fn tallies_of_votes_stay_figures() {
        assert_eq!(values("The Senate voted 52-47 to confirm the nominee."), vec![52.0, 47.0]);
        assert_eq!(values("The bill passed 310-118 in the House."), vec![310.0, 118.0]);
        assert_eq!(values("The court ruled 3-2 in favour of the council."), vec![3.0, 2.0]);
        assert_eq!(values("The motion won 28-12 in a vote of the council."), vec![28.0, 12.0]);
        assert_eq!(values("Labour leads 44-38 in the latest poll."), vec![44.0, 38.0]);
        assert_eq!(values("In a 7-2 ruling, the justices struck down the law."), vec![7.0, 2.0]);
    }

    #[test]
    fn margins_and_innings_stay_figures() {
        assert_eq!(values("The All Blacks won by 12 points."), vec![12.0]);
        assert_eq!(values("Scheffler won by two strokes at Augusta."), vec![2.0]);
        assert_eq!(values("City built a 3-goal lead before half-time."), vec![3.0]);
        assert_eq!(values("India were 287 for 6 at stumps."), vec![287.0, 6.0]);
        assert_eq!(values("Root scored 145 runs off 210 balls."), vec![145.0, 210.0]);
        // A range of things after a verb of result is a range.
        assert_eq!(figures("Labour could win 20-25 seats in Scotland.").len(), 1);
    }
}
