//! Whether an apology is said in passing: a word of apology set off by
//! commas inside a sentence ("Мы, простите, уже устали ждать", "This is,
//! pardon me, absurd"). Said so, it is a figure of speech that sharpens the
//! sentence, not an apology to the reader. An apology that goes on to say
//! what it is for ("…, простите, что задержали ответ") is meant.

use crate::words::TextView;
use std::ops::Range;

/// The longest apology, in words, that is taken as said in passing ("pardon
/// me", "прошу прощения"); longer ones are meant.
const LONGEST_ASIDE: usize = 2;

/// The words "me" and "us" after "pardon", "прости", "συγχωρέστε".
const OBJECT_OF_PARDON: &[&str] = &["me", "us", "меня", "нас", "με", "μας"];

/// Particles that may open an apology said in passing, set off with it:
/// "это, уж извините, не наша забота".
const PARTICLES_BEFORE: &[&str] = &["уж"];

/// Words that, right after the apology, say what it is for: "простите, что…",
/// "sorry, that…", "συγγνώμη, που…".
const SAYS_WHAT_FOR: &[&str] = &["что", "за", "если", "that", "for", "if", "που", "για", "αν"];

/// True when the words `words` of `view` (read from `text`, the field's
/// text) are an apology said in passing: short, after a word of the same
/// sentence and a comma, dash or bracket, and before a comma, dash or
/// bracket that the sentence goes on after, not followed by what the
/// apology is for.
pub fn is_said_in_passing(view: &TextView, text: &str, words: &Range<usize>) -> bool {
    let (mut first, mut end) = (words.start, words.end);
    if first > 0 && PARTICLES_BEFORE.contains(&view.words[first - 1].norm.as_str()) {
        first -= 1;
    }
    // "pardon me": the list's apology is "pardon".
    if end < view.len() && OBJECT_OF_PARDON.contains(&view.words[end].norm.as_str()) {
        end += 1;
    }
    if first == 0 || end >= view.len() || end - first > LONGEST_ASIDE {
        return false;
    }
    if view.breaks_before(first) || view.breaks_before(end) {
        return false;
    }
    let opens = ['(', ',', '—', '–', '-'];
    let closes = [')', ',', '—', '–', '-'];
    let before = view.between(text, first - 1, first);
    let after = view.between(text, end - 1, end);
    let set_off = before.trim().ends_with(opens) && after.trim().starts_with(closes);
    set_off && !SAYS_WHAT_FOR.contains(&view.words[end].norm.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the words `first..end` of `text` are said in passing.
    fn in_passing(text: &str, first: usize, end: usize) -> bool {
        is_said_in_passing(&TextView::of(text), text, &(first..end))
    }

    #[test]
    fn an_apology_between_commas_inside_a_sentence_is_said_in_passing() {
        assert!(in_passing("Мы, простите, уже устали ждать.", 1, 2));
        assert!(in_passing("This is, pardon me, absurd.", 2, 4));
        assert!(in_passing("Это (извините) бред.", 1, 2));
        assert!(in_passing("Αυτό, συγγνώμη, είναι απαράδεκτο.", 1, 2));
        // A particle before the apology is set off with it.
        assert!(in_passing("Это, уж извините, не наша забота.", 2, 3));
        assert!(in_passing("Вы, уж простите, не первый клиент.", 2, 3));
    }

    #[test]
    fn an_apology_that_opens_ends_or_says_what_for_is_meant() {
        assert!(!in_passing("Простите, мы опоздали.", 0, 1), "opens");
        assert!(!in_passing("Мы опоздали, простите.", 2, 3), "ends");
        assert!(
            !in_passing("Мы опоздали, простите. Больше не будем.", 2, 3),
            "ends its sentence"
        );
        assert!(
            !in_passing("Ещё раз, простите, что задержали ответ.", 2, 3),
            "says what for"
        );
        assert!(!in_passing("We are, sorry for that, late.", 2, 3));
        assert!(!in_passing("Мы простите устали.", 1, 2), "no commas");
        assert!(
            !in_passing("Мы уж извините, что опоздали.", 2, 3),
            "no comma before the particle"
        );
    }
}
