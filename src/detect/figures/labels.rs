//! Numbers that label rather than count (session 19): the numbers of a lottery draw ("the
//! winning numbers were 4, 12, 22, 31, 38 and 45"), a school year or grade ("Grade 12
//! pupils", "class 10 board exams") and a year of an era ("850 BC", "AD 79"). A reader checks
//! none of them as an amount; each is read and dropped. The lists are data: draw_words.txt,
//! school_grades.txt, school_nouns.txt.

use super::numbers::{Form, Tokens};
use super::quantity::Quantity;
use crate::detect::lexicon;
use crate::text::tokens::pieces::Kind;

/// The last token of the label the quantity `q` is, if it is one.
pub(super) fn label(t: &Tokens, q: &Quantity) -> Option<usize> {
    drawn_number(t, q).or_else(|| school_year(t, q)).or_else(|| year_of_an_era(t, q)).or_else(|| numbered_title(t, q)).or_else(|| code_to_dial(t, q))
}

/// The highest number a lottery draws (keno draws up to 80, bingo up to 90).
const DRAW_MAX: f64 = 99.0;

/// How many tokens back the list of drawn numbers may reach its draw word: six numbers, their
/// commas, "and", "were" and a bonus ball.
const DRAW_REACH: usize = 30;

/// A bare whole number of a draw's size.
fn bare_small(q: &Quantity) -> bool {
    q.form == Form::Integer && q.unit.is_none() && q.first == q.last && q.value.is_some_and(|v| v <= DRAW_MAX)
}

/// "the winning numbers were 4, 12, 22, 31, 38 and 45", "the bonus ball was 17", "Powerball:
/// 9": back from the number over other drawn numbers and the words that list them, a word of
/// a draw.
fn drawn_number(t: &Tokens, q: &Quantity) -> Option<usize> {
    if !bare_small(q) {
        return None;
    }
    let listing = |k: usize| {
        let w = t.lower(k);
        (t.kind(k) == Some(Kind::Digits) && t.raw(k).len() <= 2)
            || matches!(w, "," | ":" | "and" | "were" | "was" | "are" | "is" | "the" | "plus" | "with" | "-")
    };
    let mut k = q.first;
    while k > 0 && q.first - k < DRAW_REACH && listing(k - 1) {
        k -= 1;
    }
    let word = k.checked_sub(1)?;
    // "Kohli's 49-ball 82": a draw word hyphened to a number is a compound, a count of balls.
    if word >= 2 && t.is(word - 1, "-") && t.joined(word - 1) && t.joined(word) && t.kind(word - 2) == Some(Kind::Digits) {
        return None;
    }
    let pair = word.checked_sub(1).map(|p| format!("{} {}", t.lower(p), t.lower(word)));
    let draw = lexicon::draw_words().contains(t.lower(word)) || pair.is_some_and(|p| lexicon::draw_words().contains(&p));
    draw.then_some(q.last)
}

/// The highest school year or grade a number names (Year 13, Grade 12, Class 12).
const GRADE_MAX: f64 = 13.0;

/// How many tokens either side a word of schooling may stand: "pupils in class 10".
const SCHOOL_REACH: usize = 3;

/// "Grade 12 pupils", "Year 9 students", "class 10 board exams", "Form 4": a school year or
/// grade named by its number. Capitalised, the word names it alone; in lower case ("last year
/// 12 people died") a word of schooling must stand beside it.
fn school_year(t: &Tokens, q: &Quantity) -> Option<usize> {
    let bare = q.form == Form::Integer && q.first == q.last && q.value.is_some_and(|v| (1.0..=GRADE_MAX).contains(&v));
    let w = q.first.checked_sub(1).filter(|&k| bare && t.spaced(q.first) && lexicon::school_grades().contains(t.lower(k)))?;
    let capitalised = t.raw(w).chars().next().is_some_and(char::is_uppercase);
    let from = w.saturating_sub(SCHOOL_REACH);
    let school = (from..w).chain(q.last + 1..=q.last + SCHOOL_REACH).any(|k| lexicon::school_nouns().contains(t.lower(k)));
    // "Year 2 of the war" is a year of something else, still no count; "the class 30 pupils
    // joined" has no capital and a count above any grade.
    (capitalised || school).then_some(q.last)
}

/// "850 BC", "300 BCE", "AD 79", "79 AD": a year of an era dates, it counts nothing.
pub(super) fn year_of_an_era(t: &Tokens, q: &Quantity) -> Option<usize> {
    if q.form != Form::Integer || q.first != q.last || q.unit.is_some() {
        return None;
    }
    let era = |k: usize| matches!(t.raw(k), "BC" | "BCE" | "AD" | "CE" | "B.C." | "A.D.");
    if t.spaced(q.last + 1) && era(q.last + 1) {
        return Some(q.last + 1);
    }
    (q.first > 0 && t.spaced(q.first) && matches!(t.raw(q.first - 1), "AD" | "A.D.")).then_some(q.last)
}

/// The highest number of a sequel or a numbered title: "Avatar 3", "Grand Theft Auto 6".
const SEQUEL_MAX: f64 = 20.0;

/// "Avatar 3 earned $400 million", "Grand Theft Auto 6 will launch", "Frozen 3 opens": a
/// small number right after a capitalised name and right before a verb completes a title (a
/// count would count a noun after it). A month before it makes a date, which is read
/// elsewhere.
fn numbered_title(t: &Tokens, q: &Quantity) -> Option<usize> {
    let bare = q.form == Form::Integer && q.unit.is_none() && q.first == q.last && q.value.is_some_and(|v| (1.0..=SEQUEL_MAX).contains(&v));
    let p = q.first.checked_sub(1).filter(|_| bare && t.spaced(q.first))?;
    let capital = t.is_word(p) && t.raw(p).chars().next().is_some_and(char::is_uppercase) && t.raw(p).chars().count() > 1;
    if !capital || lexicon::function_words().contains(t.lower(p)) || super::time::is_month(t.lower(p)) {
        return None;
    }
    let k = q.last + 1;
    let w = t.lower(k);
    let lower = t.raw(k).chars().next().is_some_and(char::is_lowercase);
    let verb = (w.len() > 4 && w.ends_with("ed"))
        || lexicon::irregular_past_verbs().contains(w)
        || matches!(w, "is" | "was" | "will" | "has" | "had" | "opens" | "launches" | "arrives" | "debuts" | "premieres" | "tops" | "hits" | "becomes");
    (t.is_word(k) && t.near(k) && lower && verb).then_some(q.last)
}

/// "*544#", "*144*2#": the digits of a code dialled on a phone (a USSD code) between a star
/// and a hash count nothing.
fn code_to_dial(t: &Tokens, q: &Quantity) -> Option<usize> {
    let star = q.first > 0 && t.is(q.first - 1, "*") && t.joined(q.first);
    let mut k = q.last + 1;
    // "*144*2#": more groups, each after a star.
    while t.is(k, "*") && t.joined(k) && t.joined(k + 1) && t.kind(k + 1) == Some(Kind::Digits) {
        k += 2;
    }
    (star && t.is(k, "#") && t.joined(k)).then_some(k)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::figures;

    fn values(text: &str) -> Vec<f64> {
        figures(text).into_iter().filter_map(|(_, f)| f.value).collect()
    }

    #[test]
    fn the_numbers_of_a_lottery_draw_are_no_amounts() {
        assert!(values("The winning numbers were 4, 12, 22, 31, 38 and 45.").is_empty());
        assert!(values("Saturday's Lotto numbers drawn were 7, 19, 23, 33, 41 and 48, and the bonus ball was 2.").is_empty());
        assert!(values("The Powerball was 9 and the jackpot rolled over.").is_empty());
        assert!(values("EuroMillions lucky stars: 3 and 11.").is_empty());
        assert!(values("The winning numbers: 5, 14, 27, 36, 44 and 58.").is_empty());
        // The jackpot beside them is money; a list of other things still counts.
        assert_eq!(values("The winning numbers were 4, 12 and 22, and the jackpot was $20 million."), vec![2e7]);
        assert_eq!(values("The team scored 4, 12 and 22 points in three games."), vec![4.0, 12.0, 22.0, 3.0]);
    }

    #[test]
    fn a_school_year_or_grade_is_no_count() {
        assert!(values("Grade 12 pupils sat their final exams on Monday.").is_empty());
        assert!(values("Year 9 students will be tested in maths.").is_empty());
        assert!(values("The class 10 board exams begin next week.").is_empty());
        assert!(values("Form 4 candidates in Kenya start their papers today.").is_empty());
        assert!(values("Pupils in Standard 8 will sit the test.").is_empty());
        // A count after "last year" or a class of 30 still counts.
        assert_eq!(values("Last year 12 people drowned in the river."), vec![12.0]);
        assert_eq!(values("The class has 30 pupils."), vec![30.0]);
    }

    #[test]
    fn the_number_of_a_sequel_or_a_code_to_dial_is_no_count() {
        assert_eq!(values("Avatar 3 earned $400 million in its opening weekend."), vec![4e8]);
        assert!(values("Grand Theft Auto 6 will launch next autumn.").is_empty());
        assert!(values("Toy Story 5 opens in June.").is_empty());
        assert!(values("Dial *544# to buy data bundles.").is_empty());
        assert!(values("Customers can dial *144*2# to check their balance.").is_empty());
        // A count of a noun after a name still counts.
        assert_eq!(values("Apollo 11 landed in 1969, and 3 astronauts flew it."), vec![3.0]);
    }

    #[test]
    fn a_year_of_an_era_is_no_count() {
        assert!(values("The temple dates from 850 BC.").is_empty());
        assert!(values("Vesuvius buried Pompeii in AD 79.").is_empty());
        assert!(values("The city was founded around 300 BCE by settlers.").is_empty());
        assert_eq!(values("The site holds 850 graves."), vec![850.0]);
    }
}
