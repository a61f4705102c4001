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

/// Words of a condition that is a courtesy or a hedge, not asked of the
/// reader: "if you don't mind", "if I'm not mistaken", "если вы не
/// против", "если я не ошибаюсь", "αν δεν σας πειράζει", "αν δεν κάνω
/// λάθος", normalised.
const COURTESY: &[&str] = &[
    "mind",
    "mistaken",
    "wrong",
    "против",
    "возражаете",
    "ошибаюсь",
    "πειραζει",
    "λαθοσ",
];

/// Words after which a condition may open inside a sentence ("a reminder
/// that if …", "напоминаю, что если …", "υπενθυμίζω ότι αν …"),
/// normalised.
const BEFORE_A_CONDITION: &[&str] = &[
    "that",
    "and",
    "but",
    "so",
    "что",
    "и",
    "но",
    "а",
    "поэтому",
    "так",
    "οτι",
    "πωσ",
    "και",
    "αλλα",
    "οποτε",
];

/// A word index that stands for "none".
const NONE: u32 = u32::MAX;

/// The conditions of one text, read once, so that any number of phrases
/// can be asked about in constant time each (a sentence of thousands of
/// pieces of news must not be read once per piece).
pub struct Conditions {
    /// Per word: the first word of its sentence.
    sentence_start: Vec<u32>,
    /// Per word: the last "иначе", "otherwise", "αλλιώς" before it in its
    /// sentence.
    otherwise_before: Vec<u32>,
    /// Per word: the last word before it in its sentence that opens a
    /// condition there (see [`opens_a_condition_here`]).
    opener_before: Vec<u32>,
    /// Per word: the first word from it on with a comma after it.
    comma_from: Vec<u32>,
    /// Per word and one past the last: how many words of [`QUESTIONS`]
    /// come before it.
    questions_before: Vec<u32>,
    /// Per word: a condition the reader can still meet comes first of all
    /// conditions from it to the end of its sentence.
    unmet_from: Vec<bool>,
}

impl Conditions {
    /// Reads the conditions of `view` (the words of `text`).
    pub fn of(view: &TextView, text: &str) -> Conditions {
        let n = view.len();
        let is = |at: usize, list: &[&str]| list.contains(&view.words[at].norm.as_str());
        let comma_after = |at: usize| at + 1 < n && view.between(text, at, at + 1).contains(',');
        let mut sentence_start = Vec::with_capacity(n);
        let mut otherwise_before = Vec::with_capacity(n);
        let mut opener_before = Vec::with_capacity(n);
        let mut questions_before = Vec::with_capacity(n + 1);
        let (mut first, mut otherwise, mut opener, mut questions) = (0, NONE, NONE, 0);
        for at in 0..n {
            if at > 0 && view.breaks_before(at) {
                (first, otherwise, opener) = (at, NONE, NONE);
            }
            sentence_start.push(first as u32);
            otherwise_before.push(otherwise);
            opener_before.push(opener);
            questions_before.push(questions);
            if is(at, OTHERWISE) {
                otherwise = at as u32;
            }
            if opens_a_condition_here(view, text, first, at) {
                opener = at as u32;
            }
            questions += u32::from(is(at, QUESTIONS));
        }
        questions_before.push(questions);
        // From the end: the next comma, where each clause ends, how many
        // negations and words of courtesy come after each word, and the
        // first condition of the rest of each sentence.
        let mut comma_from = vec![NONE; n];
        let mut clause_end = vec![n as u32; n];
        let mut negations_from = vec![0u32; n + 1];
        let mut courtesy_from = vec![0u32; n + 1];
        let mut unmet_from = vec![false; n];
        for at in (0..n).rev() {
            let ends_here = at + 1 == n || view.breaks_before(at + 1) || comma_after(at);
            comma_from[at] = if comma_after(at) {
                at as u32
            } else if at + 1 < n {
                comma_from[at + 1]
            } else {
                NONE
            };
            clause_end[at] = if ends_here {
                at as u32 + 1
            } else {
                clause_end[at + 1]
            };
            negations_from[at] = negations_from[at + 1]
                + u32::from(crate::phrases::is_negation(&view.words[at].norm));
            courtesy_from[at] = courtesy_from[at + 1] + u32::from(is(at, COURTESY));
            let sentence_goes_on = at + 1 < n && !view.breaks_before(at + 1);
            unmet_from[at] = if view.words[at].norm == "unless" {
                true
            } else if opens_a_condition(view, text, at) {
                // The condition's words run to its clause's end.
                let (from, to) = (at + 1, clause_end[at] as usize);
                negations_from[from] > negations_from[to]
                    && courtesy_from[from] == courtesy_from[to]
            } else {
                sentence_goes_on && unmet_from[at + 1]
            };
        }
        Conditions {
            sentence_start,
            otherwise_before,
            opener_before,
            comma_from,
            questions_before,
            unmet_from,
        }
    }

    /// True when the words `words` are said as the consequence of a
    /// condition: a condition ("если", "if", "αν") opens their sentence, or
    /// opens inside it after a comma or after "that", "что", "ότι", and a
    /// comma closes it before them; or "иначе", "otherwise", "αλλιώς" comes
    /// before them in their sentence; or a condition the reader can still
    /// meet follows them ("… if the lists do not reach us", "… unless the
    /// parts arrive"), not a courtesy or a hedge ("if you don't mind", "if
    /// I'm not mistaken").
    pub fn is_consequence(&self, view: &TextView, words: &Range<usize>) -> bool {
        if self.otherwise_before[words.start] != NONE {
            return true;
        }
        if words.end < view.len() && !view.breaks_before(words.end) && self.unmet_from[words.end] {
            return true;
        }
        let opener = self.opener_before[words.start];
        if opener == NONE || opener as usize + 1 >= words.start {
            return false;
        }
        // "If you have any questions, …" opens help, not a condition.
        let last = self.comma_from[opener as usize];
        last != NONE
            && (last as usize) < words.start
            && last > opener
            && self.questions_before[last as usize + 1] == self.questions_before[opener as usize]
    }

    /// The first word of the sentence of word `at`.
    pub fn sentence_start(&self, at: usize) -> usize {
        self.sentence_start[at] as usize
    }

    /// True when the words `words` lie inside a condition: their sentence
    /// opens with "если", "if", "αν" and no comma closes the condition
    /// before them ("If anything is delayed, tell us": the delay is
    /// supposed, not told).
    pub fn is_within(&self, view: &TextView, text: &str, words: &Range<usize>) -> bool {
        let first = self.sentence_start[words.start] as usize;
        let comma = self.comma_from[first];
        first < words.start
            && opens_a_condition(view, text, first)
            && (comma == NONE || comma as usize >= words.start)
    }
}

/// True when word `at` of `view`, in the sentence that starts at word
/// `first`, opens a condition there: at the sentence's start, or after a
/// comma, a dash or a word of [`BEFORE_A_CONDITION`].
fn opens_a_condition_here(view: &TextView, text: &str, first: usize, at: usize) -> bool {
    if !opens_a_condition(view, text, at) {
        return false;
    }
    if at == first {
        return true;
    }
    let gap = view.between(text, at - 1, at);
    gap.contains([',', ';', '—', '–', '('])
        || BEFORE_A_CONDITION.contains(&view.words[at - 1].norm.as_str())
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
        Conditions::of(&view, text).is_consequence(&view, &(at..view.len()))
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
        // A condition the reader can still meet, after the news; its
        // negation typed with or without the apostrophe.
        for text in [
            "We will cancel the order if the parts don't reach us.",
            "We will cancel the order if the parts dont reach us.",
        ] {
            let view = TextView::of(text);
            let news = 0..5; // "We will cancel the order"
            assert!(
                Conditions::of(&view, text).is_consequence(&view, &news),
                "{text}"
            );
        }
    }

    /// Whether the words from the first of `news` on lie inside a
    /// condition.
    fn supposed(text: &str, news: &str) -> bool {
        let (view, at) = view_at(text, news);
        Conditions::of(&view, text).is_within(&view, text, &(at..at + 1))
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
