//! Sentences that are no claim whatever their words score: notices to the reader (an
//! appeal for witnesses, a help line, funeral arrangements), an obituary's bare age, and
//! pieces of a sentence (the tail of a split quote, a stage direction). A figure or a name
//! in them ("call Crime Stoppers on 1800 333 000", "She was 89.") is nothing a careful
//! reader checks (issue 8, claims12).
use crate::text::phones::{self, Calling};

/// The phrases of `cues/notices.txt`, sorted.
/// The notice phrases as word sequences, under their first word: a sentence is checked
/// word by word against the few phrases that open with that word, not every phrase against
/// the whole sentence.
fn phrases() -> &'static rustc_hash::FxHashMap<&'static str, Vec<Vec<&'static str>>> {
    static CELL: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, Vec<Vec<&'static str>>>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| {
        let mut index: rustc_hash::FxHashMap<&'static str, Vec<Vec<&'static str>>> = rustc_hash::FxHashMap::default();
        let lines = data_file!("detect/claims/cues/notices.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'));
        for phrase in lines {
            let words: Vec<&'static str> = phrase.split(' ').collect();
            index.entry(words[0]).or_default().push(words);
        }
        index
    })
}

/// Whether the sentence of folded words `words` is a notice to the reader: it holds a
/// phrase of an appeal, a help line, a donation or a funeral notice.
pub fn is_notice(words: &[&str]) -> bool {
    let index = phrases();
    (0..words.len()).any(|i| index.get(words[i]).is_some_and(|opening| opening.iter().any(|p| words[i..].starts_with(p))))
}

/// Whether the sentence `text` (its folded words `words`) tells the reader whom to get in
/// touch with and on what number ("… should call the Arson Hotline at 1-800-555-0133",
/// "contact Samaritans free on 116 123"): a verb of calling in its base form (a request, not
/// "called") and a telephone number, both as the text layer reads them. A number that
/// counts ("12,000 calls") has commas or no groups and is no telephone number.
pub fn gives_a_contact_number(text: &str, words: &[&str]) -> bool {
    let asks = words.iter().any(|w| phones::calling_word(w).is_some_and(|c| c.base_form && c.does != Calling::Quote));
    (asks && phones::numbers(text).next().is_some()) || asks_to_call_a_number(words)
}

/// How many words may stand between a request to call and its number ("call police on 101").
const CALLED_WORDS: usize = 5;

/// Words before a verb of calling that make it a request to the reader: "Please call",
/// "should call", "asked to contact", "report online or phone".
const REQUEST_MARKS: [&str; 10] = ["please", "should", "can", "must", "may", "to", "or", "then", "also", "immediately"];

/// Words after a number to call or quote that show it counts nothing: the sentence goes on
/// with the rest of the request ("call 101 with any information", "dial 999 immediately"). A noun after the number ("call 300 patients") counts.
const AFTER_THE_NUMBER: [&str; 10] = ["or", "and", "with", "if", "when", "quoting", "immediately", "at", "anytime", "anonymously"];

/// Whether the folded words ask the reader to call or quote a number, whatever its shape
/// ("Anyone with dashcam footage should call 101.", "Please quote crime number 23/4567/24
/// when calling.", "Report it online or phone 101."): a verb of calling in its base form
/// that opens the sentence or follows a mark of request, then within a few words a number
/// that ends the sentence or goes on with the request.
fn asks_to_call_a_number(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        let request = i == 0 || REQUEST_MARKS.contains(&words[i - 1]);
        let calling = phones::calling_word(w).is_some_and(|c| c.base_form);
        request && calling && number_to_call_after(&words[i + 1..])
    })
}

/// Whether a number to call stands within a few words at the start of `rest`.
fn number_to_call_after(rest: &[&str]) -> bool {
    let Some(at) = rest.iter().take(CALLED_WORDS + 1).position(|w| *w == "#num") else { return false };
    let after = rest[at..].iter().position(|w| *w != "#num").map(|k| rest[at + k]);
    after.is_none_or(|w| AFTER_THE_NUMBER.contains(&w))
}

/// Words that may end a bare age: "She was 89 years old."
const AGE_TAILS: [&[&str]; 6] = [&[], &["years", "old"], &["years", "of", "age"], &["year", "old"], &["when", "he", "died"], &["when", "she", "died"]];

/// Whether the sentence only gives someone's age ("She was 89.", "Mr. Ortiz was 72 years
/// old.", "He died aged 91."): a subject of at most three words, "was", "is" or "died
/// at/aged", a number, and nothing else of weight.
pub fn is_bare_age(words: &[&str]) -> bool {
    let Some(at) = words.iter().position(|w| *w == "#num") else { return false };
    let (subject, tail) = (&words[..at], &words[at + 1..]);
    let verb = match subject {
        [.., "was" | "is"] => 1,
        [.., "died", "at" | "aged"] => 2,
        _ => return false,
    };
    let who = &subject[..subject.len() - verb];
    (1..=3).contains(&who.len()) && who.iter().all(|w| !w.starts_with('#')) && AGE_TAILS.contains(&tail)
}

/// Words that, opening a quotation, carry on a sentence begun before it.
const CONTINUATIONS: [&str; 6] = ["and", "but", "or", "nor", "so", "because"];

/// Whether the sentence `text` is a piece of one, not a whole sentence: a quotation that
/// carries on the previous sentence's quote ("“And that matters,” he added." after
/// "“Costs doubled,” he said.": it opens on a conjunction or a small letter), or a stage
/// direction in brackets ("(CROSSTALK.)"). `after_quote`: the previous sentence of the
/// same block holds a quotation.
pub fn is_fragment(text: &str, after_quote: bool) -> bool {
    let bare = text.trim().trim_matches(|c: char| is_quote_mark(c) || c.is_whitespace());
    // A stage direction is a word or two ("(APPLAUSE)", "[Laughter.]"); a sentence in
    // brackets ("(All rates exclude the 3.8 percent surtax.)") is a sentence like any other.
    if bare.starts_with(['(', '[']) && bare.trim_end_matches('.').ends_with([')', ']']) && bare.split_whitespace().count() <= 3 {
        return true;
    }
    let trimmed = text.trim_start();
    let Some(rest) = trimmed.strip_prefix(is_quote_mark) else { return false };
    let first: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    after_quote && (first.starts_with(char::is_lowercase) || CONTINUATIONS.contains(&first.to_lowercase().as_str()))
}

/// Whether `text` holds a quotation mark.
pub fn holds_quote(text: &str) -> bool {
    text.contains(is_quote_mark)
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}' | '\'')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::folded::Folded;

    fn notice(s: &str) -> bool {
        is_notice(&Folded::of(s).words())
    }

    fn age(s: &str) -> bool {
        is_bare_age(&Folded::of(s).words())
    }

    #[test]
    fn appeals_help_lines_and_funerals_are_notices() {
        for s in [
            "Anyone with information is asked to call Crime Stoppers on 1800 333 000.",
            "Witnesses are urged to contact West Midlands Police on 101, quoting reference 455 of 3 March.",
            "If you have been affected by the issues in this story, call Lifeline on 13 11 14.",
            "If you or someone you know is struggling, help is available 24 hours a day.",
            "Anyone who saw the grey Ford Focus between 9pm and 11pm is asked to contact detectives.",
            "Officers are asking anyone with any information to come forward, a spokesman said.",
            "We would urge anyone who saw the van to come forward.",
            "Information can be given anonymously to Crimestoppers.",
            "People with information are asked to get in touch with the inquiry team.",
            "Callers should quote reference 1234 of 5 May.",
            "Details can also be passed anonymously to Crimestoppers.",
            "People who witnessed the crash are urged to call the RCMP detachment at 250-555-0100.",
            "In lieu of flowers, donations may be made to the Alzheimer's Society.",
            "He is survived by his wife of 52 years, Joan, and two daughters.",
            "She was predeceased by her husband, Tom, in 2009.",
            "Funeral arrangements are pending.",
            "Services will be held at 11 a.m. Saturday at St. Mary's Church.",
            "A memorial service will take place in the spring.",
        ] {
            assert!(notice(s), "{s}");
        }
        for s in [
            "Police said 40 people were arrested after the match.",
            "Crime Stoppers received 12,000 tips last year, up 30 percent.",
            "The hospital said 200 people had been affected by the outbreak.",
            "The senator urged colleagues to pass the bill by Friday.",
            "Donations to the campaign rose 40 percent in June.",
            "The funeral industry employs 100,000 people.",
            "Three more women have come forward since March, lawyers said.",
            "Crimestoppers received 9,000 calls in 2023.",
        ] {
            assert!(!notice(s), "{s}");
        }
    }

    #[test]
    fn a_contact_number_makes_a_notice() {
        let contact = |s: &str| gives_a_contact_number(s, &Folded::of(s).words());
        for s in [
            "Those who saw the fire should call the arson line at 1-800-555-0133.",
            "Readers seeking support can contact Samaritans free on 116 123.",
            "Gardai want to hear from anyone in the area; ring Store Street station on 01 666 9000.",
            "For help, text the crisis line on 0412 555 019.",
            "Parents worried about a child can phone the helpline on (02) 9876 5432.",
            "Those in Kenya should call +254 20 123 4567 for consular help.",
            "Tenants can telephone the housing office on 0161 496 0000 ext. 123.",
            "Anyone with dashcam footage should call 101.",
            "Report it online or phone 101 quoting log 455.",
            "Please quote crime number 23/4567/24 when calling.",
            "Call 999 immediately if you see the man.",
            "Ring 112 if the water rises.",
        ] {
            assert!(contact(s), "{s}");
        }
        for s in [
            "The hotline took 12,000 calls in 2023, up 40 percent.",
            "Call volumes rose 30 percent from 2019-2020.",
            "Officials will contact 1 200 families by May.",
            "Police said 3 people called 911 during the 2021 storm.",
            "She called the hotline at 1-800-555-0133 three times, records show.",
            "Officials will contact 40 schools between 2019-2020 and 2024.",
            "Doctors should call 300 patients back for tests.",
            "The campaign can contact 2,000 voters a day.",
            "Residents call 311 more than 8,000 times a week.",
            "The report used her calendar and contact information, 85 of 154 meetings.",
            "In that America one must dial 1 for English.",
        ] {
            assert!(!contact(s), "{s}");
        }
    }

    #[test]
    fn a_bare_age_is_no_claim() {
        for s in ["She was 89.", "Mr. Ortiz was 72 years old.", "He died aged 91.", "The victim was 17.", "His widow, Ruth, is 84.", "He was 64 when he died."]
        {
            assert!(age(s), "{s}");
        }
        for s in [
            "Unemployment was 5 percent.",
            "The deficit was $3 trillion in 2020.",
            "He was 89 and had served 40 years in the Senate.",
            "Turnout in the county was 61 percent, the highest since 1992.",
            "She was the first woman to win 3 titles.",
            "About 40 people died at the site.",
        ] {
            assert!(!age(s), "{s}");
        }
    }

    #[test]
    fn the_tail_of_a_split_quote_is_a_fragment() {
        for s in [
            "\u{201c}And that matters,\u{201d} he added.",
            "\"But we will not stop,\" Ms. Park said.",
            "\u{2018}and it will get worse,\u{2019} she warned.",
            "\u{201c}So we acted.\u{201d}",
        ] {
            assert!(is_fragment(s, true), "{s}");
            assert!(!is_fragment(s, false) || s.contains('('), "{s}");
        }
        for s in ["(CROSSTALK.)", "\"(APPLAUSE)", "[Laughter.]", "(Inaudible question.)"] {
            assert!(is_fragment(s, false), "{s}");
        }
        assert!(!is_fragment("(All rates exclude the additional 3.8 percent surtax on net investment income.)", true));
        for s in [
            "\u{201c}Taxes rose 5 percent,\u{201d} he said.",
            "And the deficit rose 40 percent in 2023.",
            "\u{201c}Nobody paid more,\u{201d} said Ana Ruiz (D-Calif.).",
            "The plan (announced in May) cut 300 jobs.",
        ] {
            assert!(!is_fragment(s, true), "{s}");
        }
    }
}
