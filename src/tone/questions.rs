//! Whether a sentence asks: the mark that ends it.
//!
//! A put-down asked as a question and answered at once with comfort is an
//! offer of help, not a put-down: "Совсем запутались в настройках? Ничего
//! страшного, поможем." The same words said ("…в настройках. Ничего
//! страшного") or asked indignantly ("?!") still rebuke.

use crate::language::{Script, GREEK_QUESTION_MARK};
use crate::words::TextView;

/// True when the sentence of word `at` of `view` (read from `text`, the
/// field's text) ends with a question mark and no exclamation: "?", and in
/// Greek ";" and the Greek question mark U+037E.
pub fn ends_with_question(view: &TextView, text: &str, at: usize) -> bool {
    let mut last = at;
    while last + 1 < view.len() && !view.breaks_before(last + 1) {
        last += 1;
    }
    let word = &view.words[last];
    let gap_end = view
        .words
        .get(last + 1)
        .map_or(text.len(), |next| next.range.start);
    let Some(gap) = text.get(word.range.end..gap_end) else {
        return false;
    };
    let mut marks = gap
        .chars()
        .skip_while(|c| matches!(c, '"' | '\'' | '»' | '”' | '’' | ')' | ' '))
        .take_while(|c| !c.is_whitespace());
    let asks = match marks.next() {
        Some('?' | GREEK_QUESTION_MARK) => true,
        // A semicolon is the Greek question mark where the sentence is
        // Greek, even when a number or a Latin name ends it ("…στα 100;").
        Some(';') => {
            let mut first = at;
            while first > 0 && !view.breaks_before(first) {
                first -= 1;
            }
            view.words[first..=last]
                .iter()
                .any(|w| w.script == Script::Greek)
        }
        _ => false,
    };
    asks && marks.all(|c| c != '!')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the first sentence of `text` asks.
    fn asks(text: &str) -> bool {
        ends_with_question(&TextView::of(text), text, 0)
    }

    #[test]
    fn a_question_mark_ends_a_question_in_each_language() {
        assert!(asks("Не получается войти? Ничего страшного."));
        assert!(asks("Lost in the settings? No worries."));
        assert!(asks("Δεν βρίσκετε τη ρύθμιση; Κανένα πρόβλημα."));
        assert!(asks("Ξέρετε τι θα γινόταν στα 100; Κανείς δεν ξέρει."));
        assert!(!asks("See item 100; then item 200."));
        assert!(
            asks("Он спросил «как?» Ответа не было."),
            "a mark inside quotes, then closing"
        );
        assert!(asks("Как?"), "at the end of the text");
        assert!(
            asks("Δεν βρίσκετε τη ρύθμιση\u{37E} Κανένα πρόβλημα."),
            "the Greek question mark U+037E"
        );
        assert!(asks("Τι κάνετε\u{37E}"), "U+037E at the end of the text");
    }

    #[test]
    fn statements_and_indignant_questions_do_not_ask() {
        assert!(!asks("Не получается войти. Ничего страшного."));
        assert!(!asks("Не получается войти?! Ничего страшного."));
        assert!(!asks("Не получается войти?!! Ничего страшного."));
        assert!(
            !asks("Не получается войти; ничего страшного."),
            "a Russian semicolon"
        );
        assert!(!asks("It failed; no worries."));
        assert!(!asks("Δεν βρίσκετε τη ρύθμιση\u{37E}! Κανένα πρόβλημα."));
        assert!(!asks("Не получается войти"));
    }
}
