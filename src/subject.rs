//! The prefixes mail programs put before the subject of a reply or a
//! forward ("Re:", "Fwd:", "AW:", "Ответ:", "Пересл:", "ΑΠ:", "ΠΡΘ:"),
//! stacked or numbered ("Re[2]: Fwd: …"). What follows them in a reply is
//! the subject the thread began with, often the reader's own words.

use crate::normalize::normalize;

/// The prefixes, lowercased and without accents.
const PREFIXES: &[&str] = &[
    "re",
    "fw",
    "fwd",
    "aw",
    "wg",
    "tr",
    "ответ",
    "отв",
    "пересл",
    "на",
    "απ",
    "σχετ",
    "πρθ",
    "προωθ",
];

/// The subject without its leading reply and forward prefixes, trimmed.
pub fn without_prefixes(subject: &str) -> &str {
    let mut rest = subject.trim();
    while let Some(colon) = rest.find(':') {
        let prefix = normalize(rest[..colon].trim());
        let prefix = prefix.trim_end_matches(|c: char| c.is_ascii_digit() || "[]().".contains(c));
        if !PREFIXES.contains(&prefix) {
            break;
        }
        rest = rest[colon + 1..].trim();
    }
    rest
}

/// True when the subject starts with a reply or forward prefix.
pub fn is_reply_or_forward(subject: &str) -> bool {
    without_prefixes(subject).len() != subject.trim().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_of_every_language_are_taken_off() {
        assert_eq!(without_prefixes("Re: Order 15"), "Order 15");
        assert_eq!(without_prefixes("RE[2]: Fwd: Order 15"), "Order 15");
        assert_eq!(without_prefixes("Ответ: Пересл: Счёт"), "Счёт");
        assert_eq!(without_prefixes("ΑΠ: Προσφορά"), "Προσφορά");
        assert_eq!(without_prefixes("Προώθ: Προσφορά"), "Προσφορά");
        assert_eq!(without_prefixes("Re:"), "");
        assert!(is_reply_or_forward("AW: Termin"));
        assert!(is_reply_or_forward("ΠΡΘ: Τιμολόγιο"));
    }

    #[test]
    fn a_colon_of_the_subject_itself_is_no_prefix() {
        assert_eq!(without_prefixes("Note: invoice 15"), "Note: invoice 15");
        assert_eq!(without_prefixes("Итог: 3 ошибки"), "Итог: 3 ошибки");
        assert!(!is_reply_or_forward("Order 15"));
        assert!(!is_reply_or_forward("Reminder: order 15"));
        assert!(!is_reply_or_forward(""));
    }
}
