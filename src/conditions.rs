//! Conditions: words said as what will follow if something happens or
//! fails to ("Если поставка не придёт до среды, мы будем вынуждены отменить
//! заказ", "sign by Thursday, otherwise the launch will be delayed"), and
//! words inside the condition itself ("if anything is delayed, tell us").
//! Such words warn, ask the reader to act or suppose; they do not tell what
//! has been decided.

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
    let first = sentence_start(view, words.start);
    let is = |at: usize, list: &[&str]| list.contains(&view.words[at].norm.as_str());
    if (first..words.start).any(|at| is(at, OTHERWISE)) {
        return true;
    }
    if first + 1 >= words.start || !opens_a_condition(view, text, first) {
        return false;
    }
    // "If you have any questions, …" opens help, not a condition.
    closing_comma(view, text, first, words.start)
        .is_some_and(|last| last > first && !(first..=last).any(|at| is(at, QUESTIONS)))
}

/// The last word of the condition that word `first` of `view` opens, when
/// a comma after it closes the condition before word `end`.
fn closing_comma(view: &TextView, text: &str, first: usize, end: usize) -> Option<usize> {
    (first..end)
        .find(|&at| text[view.words[at].range.end..view.words[at + 1].range.start].contains(','))
}

/// The first word of the sentence of word `at` of `view`.
fn sentence_start(view: &TextView, at: usize) -> usize {
    let mut first = at;
    while first > 0 && !view.breaks_before(first) {
        first -= 1;
    }
    first
}

/// True when word `first` of `view` (read from `text`) opens a condition:
/// "если", "if", "αν", not followed by a word of [`NO_CONDITION`] set
/// apart by a mark ("если честно, …", "if so, …") or by "και" ("αν και":
/// although). "Если что-то задержится" and "if not paid by Friday" are
/// conditions.
fn opens_a_condition(view: &TextView, text: &str, first: usize) -> bool {
    let is = |at: usize, list: &[&str]| list.contains(&view.words[at].norm.as_str());
    if !is(first, OPENS_A_CONDITION) {
        return false;
    }
    let Some(next) = view.words.get(first + 1) else {
        return true;
    };
    if !NO_CONDITION.contains(&next.norm.as_str()) {
        return true;
    }
    let after = text[next.range.end..].trim_start_matches([' ', '\t']);
    let set_apart = after.starts_with([',', ':', ';', '.', '!', '?', '—', '–']) || after.is_empty();
    !(set_apart || next.norm.as_str() == "και")
}

/// True when the words `words` of `view` (read from `text`) lie inside a
/// condition: their sentence opens with "если", "if", "αν" and no comma
/// closes the condition before them ("If anything is delayed, tell us":
/// the delay is supposed, not told).
pub fn is_within_a_condition(view: &TextView, text: &str, words: &Range<usize>) -> bool {
    let first = sentence_start(view, words.start);
    first < words.start
        && opens_a_condition(view, text, first)
        && closing_comma(view, text, first, words.start).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of `text` and the number of the first word that is `news`.
    fn view_at(text: &str, news: &str) -> (TextView, usize) {
        let view = TextView::of(text);
        let at = view
            .words
            .iter()
            .position(|w| &text[w.range.clone()] == news)
            .unwrap();
        (view, at)
    }

    /// Whether the words from the first of `news` to the end of `text` are
    /// a consequence of a condition.
    fn consequence(text: &str, news: &str) -> bool {
        let (view, at) = view_at(text, news);
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
        // "что", "not" open the condition when no mark sets them apart.
        assert!(consequence(
            "Если что-то не придёт, мы отменим заказ.",
            "мы"
        ));
        assert!(consequence("If not paid by Friday, we will cancel.", "we"));
    }

    /// Whether the words from the first of `news` on lie inside a
    /// condition.
    fn supposed(text: &str, news: &str) -> bool {
        let (view, at) = view_at(text, news);
        is_within_a_condition(&view, text, &(at..at + 1))
    }

    #[test]
    fn what_a_condition_supposes_lies_within_it() {
        assert!(supposed("If the parts are delayed, tell us.", "delayed"));
        assert!(supposed(
            "If the parts are delayed we will tell you.",
            "delayed"
        ));
        assert!(supposed(
            "Если поставка задержится, сообщите нам.",
            "задержится"
        ));
        assert!(supposed(
            "Αν η παράδοση καθυστερήσει, πείτε μας.",
            "καθυστερήσει"
        ));
        assert!(!supposed(
            "If you planned it, the parts are delayed.",
            "delayed"
        ));
        assert!(!supposed(
            "Если честно, поставка задерживается.",
            "задерживается"
        ));
        assert!(!supposed(
            "The parts are delayed if we read it right.",
            "delayed"
        ));
        assert!(!supposed(
            "Αν και προσπαθήσαμε η παράδοση θα καθυστερήσει.",
            "καθυστερήσει"
        ));
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
