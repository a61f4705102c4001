//! Links written out in text ("https://…", "www.…"): the rule on
//! punctuation after a link reads them, and the tone judgement leaves their
//! words out (an address is not said to the reader).

use std::ops::Range;

/// The links in `text` (starting with `http://`, `https://` or `www.`), as
/// byte ranges running to the next space or bracket.
pub fn find_links(text: &str) -> Vec<Range<usize>> {
    // ASCII lowercasing keeps byte offsets, so positions carry over.
    let lower = text.to_ascii_lowercase();
    let mut starts: Vec<usize> = ["https://", "http://", "www."]
        .iter()
        .flat_map(|scheme| lower.match_indices(scheme).map(|(i, _)| i))
        .collect();
    starts.sort_unstable();
    let mut links: Vec<Range<usize>> = Vec::new();
    for start in starts {
        if links.last().is_some_and(|l| start < l.end) {
            continue;
        }
        let preceded_by_word = text[..start]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '/' || c == '.');
        if preceded_by_word {
            continue;
        }
        let length = text[start..]
            .find(|c: char| {
                c.is_whitespace()
                    || matches!(c, '<' | '>' | '"' | '«' | '»' | '(' | ')' | '[' | ']')
            })
            .unwrap_or(text.len() - start);
        links.push(start..start + length);
    }
    links
}
