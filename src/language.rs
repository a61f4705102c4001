//! Which of presend's languages a text is written in, by its letters.

use serde::Serialize;

/// A language presend checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English (and, by its letters, any Latin-script text).
    En,
    /// Russian (any Cyrillic text).
    Ru,
    /// Greek.
    El,
}

impl Lang {
    /// `en`, `ru` or `el`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::El => "el",
        }
    }
}

/// The writing system of a letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// A–Z and accented Latin letters.
    Latin,
    /// Cyrillic.
    Cyrillic,
    /// Greek.
    Greek,
    /// Anything else (digits, CJK, symbols).
    Other,
}

/// The Greek question mark U+037E, a look-alike of ";" that some keyboards
/// and word processors type: it asks, as ";" does in Greek.
pub const GREEK_QUESTION_MARK: char = '\u{037E}';

impl Script {
    /// The script of one character.
    pub fn of(c: char) -> Script {
        match c {
            // The Greek question mark and ano teleia are punctuation.
            GREEK_QUESTION_MARK | '\u{0387}' => Script::Other,
            'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' => Script::Latin,
            '\u{0400}'..='\u{052F}' => Script::Cyrillic,
            '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}' => Script::Greek,
            _ => Script::Other,
        }
    }

    /// The language a word in this script is taken to be in.
    pub fn lang(self) -> Option<Lang> {
        match self {
            Script::Latin => Some(Lang::En),
            Script::Cyrillic => Some(Lang::Ru),
            Script::Greek => Some(Lang::El),
            Script::Other => None,
        }
    }
}

/// The language most of the text's letters belong to, or `None` for text
/// without letters. Latin counts for less than its share, because Russian and
/// Greek letters routinely carry English names, URLs and product codes.
pub fn detect(text: &str) -> Option<Lang> {
    detect_in(text, std::slice::from_ref(&(0..text.len())))
}

/// [`detect`] over the parts `ranges` of `text`, taken together.
pub fn detect_in(text: &str, ranges: &[std::ops::Range<usize>]) -> Option<Lang> {
    let (mut latin, mut cyrillic, mut greek) = (0usize, 0usize, 0usize);
    for range in ranges {
        let mut rest = &text[range.clone()];
        loop {
            // Runs of ASCII are counted a byte at a time, without decoding.
            let ascii = rest
                .bytes()
                .position(|b| !b.is_ascii())
                .unwrap_or(rest.len());
            let (run, after) = rest.split_at(ascii);
            latin += run.bytes().filter(u8::is_ascii_alphabetic).count();
            let Some(c) = after.chars().next() else { break };
            match Script::of(c) {
                Script::Latin => latin += 1,
                Script::Cyrillic => cyrillic += 1,
                Script::Greek => greek += 1,
                Script::Other => {}
            }
            rest = &after[c.len_utf8()..];
        }
    }
    let scores = [
        (Lang::Ru, cyrillic * 3),
        (Lang::El, greek * 3),
        (Lang::En, latin),
    ];
    scores
        .into_iter()
        .filter(|(_, score)| *score > 0)
        .max_by_key(|(_, score)| *score)
        .map(|(lang, _)| lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_each_language() {
        assert_eq!(detect("Добрый день! Высылаю счёт."), Some(Lang::Ru));
        assert_eq!(detect("Καλημέρα σας, στέλνω το τιμολόγιο."), Some(Lang::El));
        assert_eq!(detect("Good morning, here is the invoice."), Some(Lang::En));
        assert_eq!(detect("12:30 — 😀"), None);
    }

    #[test]
    fn russian_with_english_names_stays_russian() {
        assert_eq!(
            detect("Отправил отчёт по проекту Salesforce Integration в Jira."),
            Some(Lang::Ru)
        );
    }
}
