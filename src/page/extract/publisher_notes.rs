//! The publisher's notes on itself set in or after a story, in words the other furniture
//! rules do not know: calls to download its app or stream its channel, "For more news,
//! visit …", notes that the copy came from an agency's feed, funding notes that vouch for
//! the newsroom's independence or name who pays for a desk or a piece, notes on a print or
//! earlier version or on the licence the copy is run under, the comment section's
//! moderation notice, and a breadcrumb trail set as a line of text. Each says something about the site, not about the story;
//! each is a paragraph of a few lines at most, so a story's longer paragraph is never one.

use regex_lite::Regex;
use std::sync::OnceLock;

/// A publisher's note is a sentence or three: an app call with its "Catch all the …" lead-in.
const NOTE_MAX_CHARS: usize = 320;

/// Whether a short paragraph is the publisher's note on itself (any kind of this module).
pub fn is_publisher_note(text: &str) -> bool {
    let text = text.trim();
    if text.chars().count() > NOTE_MAX_CHARS {
        return false;
    }
    is_app_call(text)
        || is_visit_call(text)
        || is_feed_note(text)
        || is_independence_note(text)
        || is_version_note(text)
        || is_funder_note(text)
        || is_origin_line(text)
        || is_moderation_notice(text)
        || is_breadcrumb_line(text)
}

/// A constant pattern, compiled once: a failure is a programming error every test catches.
fn pattern(cell: &'static OnceLock<Regex>, source: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(source).expect("valid pattern"))
}

/// The sentences of a paragraph, each trimmed: a call may follow a lead-in sentence.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split_inclusive(['.', '!', '?']).map(str::trim).filter(|s| !s.is_empty())
}

/// A sentence that tells the reader, in the imperative, to get the site's app or watch its
/// channel on a device: "Download the KSAN 12 News app for push alerts", "Stream KSAN 12
/// newscasts for free on KSAN+, available on Roku". A story's sentence about an app reports
/// (someone "told users to download the app"); it does not open with the call.
fn is_app_call(text: &str) -> bool {
    static CALL: OnceLock<Regex> = OnceLock::new();
    let call = pattern(
        &CALL,
        r"(?i)^((download|install|get) (the|our|it|a free)\b[^.!?]{0,80}\bapps?\b|(download|install|get|stream|watch) [^.!?]{0,80}\b(on|from|in) (the )?(google play|app store|play store|roku|fire tv|apple tv|android tv|smart tvs?)\b)",
    );
    static NEWS: OnceLock<Regex> = OnceLock::new();
    // The site's app carries its news, and the note says so: an explainer's step ("Download
    // the NHS App, then tap …") names none.
    let news = pattern(&NEWS, r"(?i)\b(our|news|alerts|headlines|newscasts|breaking|stories|coverage|livestream|radar)\b");
    news.is_match(text) && sentences(text).any(|s| call.is_match(s))
}

/// A line that sends the reader to the site's front page for other news: "For more news,
/// visit www.example.ng", "For the latest updates, head to example.com". A service line in
/// a story ("For more information, visit the county's website") names no news.
fn is_visit_call(text: &str) -> bool {
    static CALL: OnceLock<Regex> = OnceLock::new();
    let call = pattern(
        &CALL,
        r"(?i)^(for (more|the latest|all the latest|other|further) ([a-z]+ ){0,3}(news|stories|headlines|updates|coverage)( and [a-z ]{1,30})?,? (please )?(visit|go to|head to|log on to|log onto|check out)\b|(visit|log on to|go to) \S+\.[a-z]{2,4}\S* for (more|the latest|all the latest) ([a-z]+ ){0,3}(news|stories|headlines|updates))",
    );
    call.is_match(text)
}

/// A note that the story is an agency's copy run as received: "This story has been
/// published from a wire agency feed without modifications to the text", "(… the rest of
/// the content is auto-generated from a syndicated feed.)".
fn is_feed_note(text: &str) -> bool {
    static FEED: OnceLock<Regex> = OnceLock::new();
    let feed = pattern(&FEED, r"(?i)\b(syndicated|agency|wire|news agency|wire agency|wire service|agency news) (news )?feeds?\b");
    static RUN_AS_IS: OnceLock<Regex> = OnceLock::new();
    let as_is = pattern(
        &RUN_AS_IS,
        r"(?i)\b(auto-?generated|published from|without modifications?|not (been )?edited|unedited|reworked|has been edited only|sourced from|taken from)\b",
    );
    feed.is_match(text) && as_is.is_match(text) && !text.contains(" said")
}

/// A funding note that vouches for the newsroom's independence: "The Standard's climate
/// desk is funded by the Open Water Foundation; editorial decisions remain ours.",
/// "Funders have no say in our editorial decisions." A story about a broadcaster's funding
/// reports its independence ("its editorial independence is protected, the minister
/// said"); it does not claim it for "our" decisions.
fn is_independence_note(text: &str) -> bool {
    static OWN: OnceLock<Regex> = OnceLock::new();
    let own = pattern(
        &OWN,
        r"(?i)\b(editorial (decisions|choices|content|judg(e)?ments?) (remain|remains|are|is) (ours|our own|entirely our own|solely our own|our responsibility)|(have|has|had|with) no (say|role|input|influence|involvement) (in|on|over) (our|the newsroom's|its) (editorial|journalism|coverage|reporting|content)|(retains?|maintains?|keeps?|has|have) (full|sole|complete|total) editorial (control|independence|responsibility))\b",
    );
    static FUNDED: OnceLock<Regex> = OnceLock::new();
    let funded = pattern(&FUNDED, r"(?i)\b(fund(ed|ing|ers?)|support(ed|ers?)?|sponsor(ed|s)?|grants?|donors?|underwrit(ten|ers?))\b");
    own.is_match(text) && funded.is_match(text) && !text.contains(" said")
}

/// A note that the story also ran elsewhere or in print: "A version of this story appeared
/// in the print edition of …", "This article appears in the December 2026 issue of …". A
/// correction on an earlier version ("An earlier version of this story misstated …") is
/// the story's, and says no "appeared in".
fn is_version_note(text: &str) -> bool {
    static NOTE: OnceLock<Regex> = OnceLock::new();
    let note = pattern(
        &NOTE,
        r"(?i)^[(\[]?(a (shorter |longer |slightly different |different |modified |condensed |similar )?version of this (article|story|piece|report|column|essay|interview|feature) (also )?(first )?(appeared|appears|ran|runs|was published|will appear|is published) (in|on)\b|this (article|story|piece|report|column|essay|interview|feature) (also )?(appeared|appears|ran|runs|will appear) (in|on) (the )?([^.]{0,80}\b)?(print|edition|issue|magazine|newspaper|paper)\b)",
    );
    note.is_match(text)
}

/// A note naming who pays for the piece or the desk, in words the funding-note rules of
/// `furniture` do not know: "This reporting was supported by a grant from the Pulitzer
/// Center.", "The Standard's climate desk is funded by the Open Water Foundation." Only the
/// piece ("this", "our") or a newsroom's desk: "The project was funded by the EU." reports.
fn is_funder_note(text: &str) -> bool {
    static NOTE: OnceLock<Regex> = OnceLock::new();
    let note = pattern(
        &NOTE,
        r"(?i)^((this|our) ([a-z'’-]+ ){0,2}(reporting|coverage|journalism|project|series|story|article|report|investigation|episode|podcast|fellowship|newsletter)|[^.]{0,80}\b(desk|newsroom|news desk|beat)) (is|was|were|are) (made possible|supported|funded|underwritten|produced|financed)( in part| partly)?( with support)? (by|through|from|with)\b",
    );
    text.chars().count() <= FUNDER_NOTE_MAX_CHARS && note.is_match(text) && !text.contains(" said") && !text.contains(" says")
}

/// A funder note is a sentence or two.
const FUNDER_NOTE_MAX_CHARS: usize = 250;

/// A line saying where the copy first ran or on what terms it is run: "Originally
/// published by Inside Climate News.", "First appeared on The Conversation", "Used under
/// licence from AFP.", "Reproduced with permission from Reuters." A line of a few words with
/// no clause after the source: a story's "First published in 1851, the paper …" goes on.
fn is_origin_line(text: &str) -> bool {
    static LINE: OnceLock<Regex> = OnceLock::new();
    let line = pattern(
        &LINE,
        r"(?i)^[(\[]?((originally|first) (published|appeared|posted|ran) (on|in|by|at)|(this (article|story|content|report|piece) (is|was) )?(reproduced|used|published|distributed|republished) (here )?(under|with) (a )?(licen[cs]e|permission|content[- ]sharing agreement|syndication agreement)\b)",
    );
    let words = text.split_whitespace().count();
    words <= ORIGIN_LINE_MAX_WORDS && !text.contains(", ") && line.is_match(text)
}

/// An origin line names a publisher or an agency: "Originally published by … on Dec. 2, 2026".
const ORIGIN_LINE_MAX_WORDS: usize = 16;

/// The comment section's notice on its moderation, set in or under the story: "Comments
/// are moderated and will not appear until approved.", "The Standard reserves the right to
/// remove comments that are abusive." A story on a platform's moderation reports it ("…,
/// the company said").
fn is_moderation_notice(text: &str) -> bool {
    static NOTICE: OnceLock<Regex> = OnceLock::new();
    let notice = pattern(
        &NOTICE,
        r"(?i)^(please note:? )?(all )?(readers?'?s?'? )?comments( (on|to|under|below) (this|the|our) (article|story|post|page|site))? (are|will be|may be|must be) ((pre-?)?(moderated|reviewed|screened|approved)|subject to moderation)\b|\breserves? the right to (remove|delete|edit|reject|moderate|not publish)\b[^.]{0,40}\b(comments?|posts?)\b",
    );
    notice.is_match(text) && !text.contains(" said") && !text.contains(" says")
}

/// A breadcrumb trail set as a line of text: a few short section names and the page's
/// own title after them, split by slashes or arrows ("City / Bengaluru News / Bengaluru:
/// BBMP to fine …", "Home › News › Local"). A story's sentence is never so cut up.
fn is_breadcrumb_line(text: &str) -> bool {
    let spaced = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let parts: Vec<&str> = spaced.split(" / ").flat_map(|p| p.split(" › ")).flat_map(|p| p.split(" > ")).flat_map(|p| p.split(" » ")).map(str::trim).collect();
    let Some((last, sections)) = parts.split_last() else { return false };
    let section = |p: &&str| {
        let words = p.split_whitespace().count();
        (1..=BREADCRUMB_SECTION_MAX_WORDS).contains(&words)
            && p.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && !p.ends_with(['.', ',', ';', ':'])
    };
    let title_words = last.split_whitespace().count();
    sections.len() >= 2
        && sections.iter().all(section)
        && (1..=BREADCRUMB_TITLE_MAX_WORDS).contains(&title_words)
        && last.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// Section names in a trail are a word or a few: "Bengaluru News", "Local Politics".
const BREADCRUMB_SECTION_MAX_WORDS: usize = 3;
/// A trail's last part may be the page's headline.
const BREADCRUMB_TITLE_MAX_WORDS: usize = 24;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_to_get_the_sites_app_or_stream_its_channel_are_notes() {
        for note in [
            "Download the KSAN 12 News app for push alerts on breaking news, and the KSAN Weather app for live radar.",
            "Download the Tribune Online Daily app on Google Play and the App Store for breaking news alerts.",
            "Catch all the Latest City News, Pune News and India News along with weather and traffic updates. Download The Deccan Chronicle Daily App to get Daily Market Updates.",
            "Stream KSAN 12 newscasts for free on KSAN+, available on Roku, Fire TV and Apple TV.",
            "Get the Daily Courier app on the App Store or Google Play for breaking news.",
            "Install our free app for alerts when news breaks near you.",
            "Watch Channel 9 News live on Roku and Fire TV.",
        ] {
            assert!(is_publisher_note(note), "{note}");
        }
        for story in [
            "Users were told to download the app before the festival, organisers said.",
            "“Download the app and you will see,” the minister told reporters on Monday.",
            "The bank's app was downloaded 2 million times in its first week on Google Play.",
            "Watch the river, the elders say, because it tells you when the rain is coming.",
            "Get vaccinated, the health ministry urges, and then download the MySejahtera app.",
            "Download the NHS App, then tap Get care and choose your vaccination.",
            "Stream the final on Peacock, available on Roku and Fire TV.",
        ] {
            assert!(!is_publisher_note(story), "{story}");
        }
    }

    #[test]
    fn a_line_sending_the_reader_to_the_front_page_for_news_is_a_note() {
        for note in [
            "For more news, visit www.tribuneonlinedaily.ng",
            "For more news, visit indusherald.pk or follow us on our social media handles.",
            "For the latest updates, head to example.com.",
            "For more local news and weather, go to ksan12.com/news.",
            "Visit accranews.com.gh for more news.",
            "For all the latest sports news, log on to example.co.ke",
        ] {
            assert!(is_publisher_note(note), "{note}");
        }
        for story in [
            "For more information, visit the county's website or call 311.",
            "For more news about the outbreak, residents rely on the radio, he said.",
            "Visitors can go to the museum for more details on the exhibition.",
        ] {
            assert!(!is_publisher_note(story), "{story}");
        }
    }

    #[test]
    fn a_note_that_the_copy_came_from_an_agency_feed_is_a_note() {
        for note in [
            "This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.",
            "(Only the headline and picture of this report may have been reworked by the staff; the rest of the content is auto-generated from a syndicated feed.)",
            "This is an unedited, auto-generated story from a syndicated news feed.",
            "Disclaimer: This article is sourced from a news agency feed and has not been edited by our staff.",
        ] {
            assert!(is_publisher_note(note), "{note}");
        }
        for story in [
            "The agency feed of livestock to the herders was not edited down, officials said.",
            "The wire service said its photographers had been barred from the summit.",
        ] {
            assert!(!is_publisher_note(story), "{story}");
        }
    }

    #[test]
    fn a_funding_note_vouching_for_the_newsrooms_independence_is_a_note() {
        for note in [
            "The Standard's climate desk is funded by the Open Water Foundation; editorial decisions remain ours.",
            "The Buckeye Civic Ledger is funded by foundations and readers; our editorial decisions remain our own.",
            "This story was produced with support from the Africa Climate Reporting Fund. The Standard retains full editorial control.",
            "Our health coverage receives support from the Lumen Trust. Funders have no say in our editorial decisions.",
            "The series is supported by a grant from the River Fund, which has no role in our coverage.",
        ] {
            assert!(is_publisher_note(note), "{note}");
        }
        for story in [
            "The BBC is funded by the licence fee, and its editorial independence is protected by the charter, the minister said.",
            "The foundation, which funded the clinic, said it had no say in the hospital's hiring.",
            "Editorial decisions remain ours, the editor said, after the donor threatened to pull its funding.",
        ] {
            assert!(!is_publisher_note(story), "{story}");
        }
    }

    #[test]
    fn a_note_on_a_print_or_other_version_is_a_note() {
        for note in [
            "A version of this story appeared in the print edition of Manila Bulletin Times on December 3, 2026, with the headline \"P12-B irrigation plan for Cagayan corn\".",
            "This article appears in the December 2026 issue of Harbour Magazine.",
            "A shorter version of this article ran in the Sunday Nation.",
            "This story appeared in print on page A4 of the Nov. 30 edition.",
        ] {
            assert!(is_publisher_note(note), "{note}");
        }
        for story in [
            "An earlier version of this story misstated the number of boreholes in Turkana South.",
            "A version of this bill appeared in parliament in 2019 but never reached a vote.",
            "This story appeared to surprise the committee, which had not seen the print edition.",
        ] {
            assert!(!is_publisher_note(story), "{story}");
        }
    }

    #[test]
    fn a_note_naming_who_pays_for_the_piece_or_the_desk_is_a_note() {
        for note in [
            "This reporting was supported by a grant from the Pulitzer Center.",
            "The Standard's climate desk is funded by the Open Water Foundation.",
            "Our health coverage is made possible in part by the Lumen Trust.",
            "This investigation was financed with support from the Journalism Fund.",
            "The Ledger's education desk is underwritten by the Carver Family Foundation.",
        ] {
            assert!(is_publisher_note(note), "{note}");
        }
        for story in [
            "The project was funded by the World Bank, the county said, and will be finished in March.",
            "This year's harvest was financed by loans from cooperatives at 18 percent interest.",
            "The reporting requirement is funded by a levy on importers.",
            "The project was funded by the European Union.",
            "Medicaid coverage is funded by federal and state governments.",
        ] {
            assert!(!is_publisher_note(story), "{story}");
        }
    }

    #[test]
    fn a_line_on_where_the_copy_first_ran_or_its_licence_is_a_note() {
        for note in [
            "Originally published by Inside Climate News.",
            "First appeared on The Conversation",
            "Used under licence from AFP.",
            "Reproduced with permission from Reuters.",
            "(This article is published under a content-sharing agreement with Rappler.)",
        ] {
            assert!(is_publisher_note(note), "{note}");
        }
        for story in [
            "First published in 1851, the paper moved to its Eighth Avenue building in 2007 and still prints daily.",
            "Originally published as a pamphlet, the report became the basis of the 1998 law, historians say.",
            "Published with permission from the family, the letters describe his last months in prison in detail.",
        ] {
            assert!(!is_publisher_note(story), "{story}");
        }
    }

    #[test]
    fn a_comment_sections_moderation_notice_is_a_note() {
        for note in [
            "Comments are moderated and will not appear until approved. Please keep comments relevant and respectful.",
            "Comments are moderated by The Standard and must adhere to our community guidelines. The Standard reserves the right to remove comments that are abusive.",
            "All comments are subject to moderation.",
            "Readers' comments will be reviewed before publication.",
            "We reserve the right to delete any comments that breach our terms of use.",
            "Comments on this article are moderated. Keep the conversation civil and on topic.",
            "Comments to this story will be reviewed by our editors.",
        ] {
            assert!(is_publisher_note(note), "{note}");
        }
        for story in [
            "Comments are moderated by a team of 40 contractors in Nairobi, the company said.",
            "The new law requires platforms to remove posts that incite violence within 24 hours.",
            "Critics say comments are moderated unevenly, and appeals can take weeks.",
        ] {
            assert!(!is_publisher_note(story), "{story}");
        }
    }

    #[test]
    fn a_breadcrumb_trail_set_as_text_is_a_note() {
        for trail in [
            "City / Bengaluru News / Bengaluru: BBMP to fine bulk generators Rs 25,000 for unsegregated waste",
            "Home › News › Local",
            "Home > Business > Markets > Cedi closes November weaker",
            "News » Kenya » Counties",
        ] {
            assert!(is_publisher_note(trail), "{trail}");
        }
        for story in [
            "The woods are lovely, dark and deep / But I have promises to keep / And miles to go before I sleep",
            "Speeds rose from 40 km/h to 60 km/h on the bypass.",
            "He voted yes / no / abstain on the three motions, the record shows.",
            "Sales > 2 million / year, the firm said.",
        ] {
            assert!(!is_publisher_note(story), "{story}");
        }
    }
}
