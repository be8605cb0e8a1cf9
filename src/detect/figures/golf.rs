//! Golf scores against par (session 19): "a three-under-par 68", "a five-over 77", "finished
//! six under". The number of strokes under or over par is a figure of the round, as "won by
//! two strokes" is; hyphened to "under" or "over" it is no adjective ("a two-way race").

use super::numbers::Tokens;
use crate::text::tokens::pieces::Kind;

/// Whether the word at token `k`, hyphened after a spelled number, is "under" or "over" of a
/// score against par: "-under-par", "-under par", or "-over" before the round's strokes
/// ("a five-over 77").
pub(super) fn score_against_par(t: &Tokens, k: usize) -> bool {
    if !matches!(t.lower(k), "under" | "over") {
        return false;
    }
    let par = t.is(k + 1, "par") || (t.is(k + 1, "-") && t.joined(k + 1) && t.is(k + 2, "par"));
    let strokes = t.spaced(k + 1) && t.kind(k + 1) == Some(Kind::Digits) && t.raw(k + 1).len() == 2;
    par || strokes
}

/// The last token of a score against par hyphened after the number that ends at token
/// `last` ("three-under-par", "five-over"), so that its "over" is read as no hedge of the
/// round's strokes after it ("a five-over 77").
pub(super) fn compound_end(t: &Tokens, last: usize) -> Option<usize> {
    let k = last + 2;
    if !(t.is(last + 1, "-") && t.joined(last + 1) && t.joined(k) && score_against_par(t, k)) {
        return None;
    }
    Some(if t.is(k + 1, "par") {
        k + 1
    } else if t.is(k + 1, "-") && t.is(k + 2, "par") {
        k + 2
    } else {
        k
    })
}

#[cfg(test)]
mod tests {
    use super::super::test_support::figures;

    fn values(text: &str) -> Vec<f64> {
        figures(text).into_iter().filter_map(|(_, f)| f.value).collect()
    }

    #[test]
    fn strokes_against_par_in_a_hyphened_compound_are_figures() {
        assert_eq!(values("McIlroy carded a three-under-par 68 on Sunday."), vec![3.0, 68.0]);
        assert_eq!(values("Lowry opened with a four-under-par 67 at Portrush."), vec![4.0, 67.0]);
        assert_eq!(values("Smith shot a five-over 77 in the wind at Carnoustie."), vec![5.0, 77.0]);
        assert_eq!(values("Ko signed for a one-over-par 73."), vec![1.0, 73.0]);
        assert_eq!(values("She is eight-under par after two rounds in Dubai."), vec![8.0, 2.0]);
        // Other hyphened adjectives still describe.
        assert!(values("It is a two-way race for the title.").is_empty());
        assert!(values("A one-over-the-top finale closed the show.").is_empty());
    }

    #[test]
    fn the_compound_names_strokes_against_par() {
        let units: Vec<_> = figures("Ko signed for a one-over-par 73 and a two-under 70.").into_iter().map(|(_, f)| f.unit).collect();
        assert_eq!(units, vec![Some("strokes over par".to_string()), None, Some("strokes under par".to_string()), None]);
    }

    #[test]
    fn margins_in_strokes_and_shots_are_figures() {
        assert_eq!(values("Hovland won by two strokes in Dubai."), vec![2.0]);
        assert_eq!(values("She sealed a four-shot victory at Augusta."), vec![4.0]);
        assert_eq!(values("Scheffler finished six under, two shots behind the leader."), vec![6.0, 2.0]);
    }
}
