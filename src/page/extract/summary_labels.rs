//! The label over a story's summary bullets, known by its words rather than by its box's
//! name: "What you need to know:" over the bullets in a box named only "article-page-summary".
//! The bullets are the story's own sentences; the label is the template's.

/// Whether a short block says, in full, a summary box's label (`summary_labels.txt`).
pub fn is_summary_label(text: &str) -> bool {
    if text.chars().count() > LABEL_MAX_CHARS {
        return false;
    }
    let said = text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let said = said.trim_end_matches(['.', ':', '!', '*', '\u{2026}', ' ']);
    data_file!("page/extract/summary_labels.txt").lines().any(|label| label == said)
}

/// A label is a few words: "What you need to know:".
const LABEL_MAX_CHARS: usize = 40;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_summary_boxs_label_is_known_by_its_words() {
        for label in ["What you need to know:", "Key Points", "IN SUMMARY", "Highlights", "Key takeaways.", "At a glance"] {
            assert!(is_summary_label(label), "{label}");
        }
        for text in ["What you need to know about the new tax", "Key points of the budget were leaked on Monday.", "Summary judgment was granted."] {
            assert!(!is_summary_label(text), "{text}");
        }
    }

    #[test]
    fn the_list_is_sorted_with_a_header() {
        let source = include_str!("summary_labels.txt");
        assert!(source.starts_with("# "), "a header line");
        let labels: Vec<&str> = source.lines().skip(1).collect();
        assert!(labels.windows(2).all(|w| w[0] < w[1]), "sorted, no duplicates");
    }
}
