//! Consequences of a condition: words said as what will follow if
//! something happens or fails to ("Если поставка не придёт до среды, мы
//! будем вынуждены отменить заказ", "sign by Thursday, otherwise the launch
//! will be delayed"). Such words warn and ask the reader to act; they do
//! not tell what has been decided.

use crate::words::TextView;
use std::ops::Range;

/// Words that open a sentence as a condition, normalised (no accents, "σ"
/// for a final "ς").
const OPENS_A_CONDITION: &[&str] = &["если", "ежели", "if", "unless", "αν", "εαν", "αμα"];

/// Words that introduce what follows a condition left unmet, normalised
/// ("в противном случае" by its middle word).
const OTHERWISE: &[&str] = &[
    "иначе",
    "противном",
    "otherwise",
    "αλλιωσ",
    "διαφορετικα",
    "ειδαλλωσ",
];

/// Questions the reader may have: "if you have any questions, …", "если
/// у вас есть вопросы, …", normalised.
const QUESTIONS: &[&str] = &["questions", "вопросы", "ερωτησεισ", "αποριεσ"];

/// Words after "если", "if", "αν" that make no condition of what follows:
/// "если честно, …", "if so, …", "αν και" (although), normalised.
const NO_CONDITION: &[&str] = &[
    "честно",
    "коротко",
    "кратко",
    "что",
    "можно",
    "так",
    "нет",
    "да",
    "возможно",
    "so",
    "possible",
    "not",
    "any",
    "και",
    "ναι",
    "οχι",
];

/// True when the words `words` of `view` (read from `text`) are said as the
/// consequence of a condition: their sentence opens with "если", "if",
/// "αν" and a comma closes the condition before them, or "иначе",
/// "otherwise", "αλλιώς" comes before them in their sentence.
pub fn is_consequence_of_a_condition(view: &TextView, text: &str, words: &Range<usize>) -> bool {
    let mut first = words.start;
    while first > 0 && !view.breaks_before(first) {
        first -= 1;
    }
    let is = |at: usize, list: &[&str]| list.contains(&view.words[at].norm.as_str());
    if (first..words.start).any(|at| is(at, OTHERWISE)) {
        return true;
    }
    if !is(first, OPENS_A_CONDITION) || first + 1 >= words.start || is(first + 1, NO_CONDITION) {
        return false;
    }
    // The comma that closes the condition, after its last word.
    let closed = (first..words.start)
        .find(|&at| text[view.words[at].range.end..view.words[at + 1].range.start].contains(','));
    // "If you have any questions, …" opens help, not a condition.
    closed.is_some_and(|last| last > first && !(first..=last).any(|at| is(at, QUESTIONS)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the words from the first of `news` to the end of `text` are
    /// a consequence of a condition.
    fn consequence(text: &str, news: &str) -> bool {
        let view = TextView::of(text);
        let at = view
            .words
            .iter()
            .position(|w| &text[w.range.clone()] == news)
            .unwrap();
        is_consequence_of_a_condition(&view, text, &(at..view.len()))
    }

    #[test]
    fn what_follows_an_if_or_an_otherwise_is_a_consequence() {
        assert!(consequence(
            "Если поставка не придёт, мы отменим заказ.",
            "мы"
        ));
        assert!(consequence("Подпишите до среды, иначе мы не успеем.", "мы"));
        assert!(consequence(
            "Подпишите, в противном случае мы не успеем.",
            "мы"
        ));
        assert!(consequence("If it is late, we will cancel.", "we"));
        assert!(consequence("Sign it, otherwise we will cancel.", "we"));
        assert!(consequence("Αν αργήσει, θα ακυρώσουμε.", "θα"));
        assert!(consequence("Υπογράψτε, αλλιώς θα ακυρώσουμε.", "θα"));
    }

    #[test]
    fn news_said_outright_is_no_consequence() {
        assert!(!consequence("Мы отменим заказ.", "Мы"));
        assert!(!consequence("Если коротко: мы отменим заказ.", "мы"));
        assert!(!consequence("Если честно, мы отменим заказ.", "мы"));
        assert!(!consequence("If so, we will cancel.", "we"));
        assert!(!consequence(
            "If you have questions about it, your account was closed.",
            "your"
        ));
        assert!(!consequence("Αν και προσπαθήσαμε, θα ακυρώσουμε.", "θα"));
        assert!(!consequence("Если что, звоните. Мы отменим заказ.", "Мы"));
        assert!(!consequence("We will cancel if it is late.", "We"));
        assert!(!consequence("Θα ακυρώσουμε.", "Θα"));
    }
}
