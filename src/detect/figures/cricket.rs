//! Cricket's "N-ball M" (issue 9, sport notation): "Kohli's 49-ball 82", "a 23-ball 51", "his
//! 112-delivery 137". The first number counts the balls faced, the second is the batter's
//! score in runs: both are quantities. Neither is a model's number ("the 16-bit 8088 chip")
//! nor a drawn ball ("the bonus ball was 17").

use super::numbers::Tokens;
use crate::text::tokens::pieces::Kind;

/// Whether the number at token `first` is a batter's score after a count of balls hyphened
/// before it: "49-ball 82", "23-ball 51", "112-delivery 137".
pub(super) fn score_after_balls(t: &Tokens, first: usize) -> bool {
    if first < 3 || t.kind(first) != Some(Kind::Digits) || !t.spaced(first) {
        return false;
    }
    let ball = first - 1;
    let hyphened = t.is(ball - 1, "-") && t.joined(ball - 1) && t.joined(ball) && t.kind(ball - 2) == Some(Kind::Digits);
    hyphened && matches!(t.lower(ball), "ball" | "balls" | "delivery" | "deliveries")
}

#[cfg(test)]
mod tests {
    use super::super::test_support::figures;

    fn values(text: &str) -> Vec<f64> {
        figures(text).into_iter().filter_map(|(_, f)| f.value).collect()
    }

    #[test]
    fn a_score_after_its_count_of_balls_is_a_figure() {
        assert_eq!(values("Kohli's 49-ball 82 set up a six-wicket win for India."), vec![49.0, 82.0, 6.0]);
        assert_eq!(values("Jaiswal's 23-ball 51 was the fastest of the season."), vec![23.0, 51.0]);
        assert_eq!(values("Head's 89-ball 137 was the highest score of the tournament."), vec![89.0, 137.0]);
        assert_eq!(values("Her 112-delivery 96 kept them in the game."), vec![112.0, 96.0]);
        assert_eq!(values("A 30-ball 45 and 5 sixes lit up Eden Gardens."), vec![30.0, 45.0, 5.0]);
    }

    #[test]
    fn draws_and_models_stay_no_figures() {
        assert!(values("The bonus ball was 17.").is_empty());
        assert!(figures("IBM picked the 16-bit 8088 chip for its computer").iter().all(|f| f.0 != "8088"));
    }
}
