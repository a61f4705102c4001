//! Links written out in text ("https://…", "www.…"): the rule on
//! punctuation after a link reads them, and the tone judgement leaves their
//! words out (an address is not said to the reader).

use std::ops::Range;

/// The links in `text` (starting with `http://`, `https://` or `www.`, in
/// any case), as byte ranges running to the next space or bracket.
pub fn find_links(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    // The text before each "://" and each dot, compared without case: the
    // schemes are ASCII, which no byte of another character is. (Searching
    // a lower-cased copy for each scheme cost twice as much.)
    let ends_with = |end: usize, word: &[u8]| {
        end >= word.len() && bytes[end - word.len()..end].eq_ignore_ascii_case(word)
    };
    let mut starts: Vec<usize> = text
        .match_indices("://")
        .filter_map(|(colon, _)| {
            [&b"https"[..], b"http"]
                .into_iter()
                .find(|scheme| ends_with(colon, scheme))
                .map(|scheme| colon - scheme.len())
        })
        .chain(
            text.match_indices('.')
                .filter(|&(dot, _)| ends_with(dot, b"www"))
                .map(|(dot, _)| dot - 3),
        )
        .collect();
    crate::sort::sort(&mut starts);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn links(text: &str) -> Vec<&str> {
        find_links(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn finds_links_in_any_case_not_glued_to_a_word() {
        assert_eq!(
            links("See https://acme.com/a, or HTTP://Acme.com. WWW.acme.com/x?y=1 (www.b.org)"),
            [
                "https://acme.com/a,",
                "HTTP://Acme.com.",
                "WWW.acme.com/x?y=1",
                "www.b.org"
            ]
        );
        assert_eq!(
            links("xhttps://no.com and /www.no.com but «www.yes.com» and [http://yes.org]"),
            ["www.yes.com", "http://yes.org"]
        );
        assert_eq!(
            links("Ссылка: https://пример.рф/путь, и ещё wWw.пример.рф."),
            ["https://пример.рф/путь,", "wWw.пример.рф."]
        );
        assert_eq!(
            links("http:/ almost, https:// bare, www. bare, ends with http"),
            ["https://", "www."]
        );
        assert!(links("").is_empty());
    }

    #[test]
    fn a_scheme_inside_a_link_is_part_of_it() {
        assert_eq!(
            links("https://www.acme.com/http://x www.www.acme.com"),
            ["https://www.acme.com/http://x", "www.www.acme.com"]
        );
    }
}
