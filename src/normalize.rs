//! Text normalised for matching: lowercase, `ё` as `е`, Greek without
//! accents and with `σ` for final `ς`, typographic apostrophes as `'`.

/// Normalises one word (or any text) for matching.
pub fn normalize(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match simple_lowercase(c) {
            Some(lower) => out.push(fold(lower)),
            None => {
                for lower in c.to_lowercase() {
                    out.push(fold(lower));
                }
            }
        }
    }
    out
}

/// The lowercase of the letters mail is mostly written in, without the
/// general Unicode tables: ASCII, basic Cyrillic and Greek capitals.
fn simple_lowercase(c: char) -> Option<char> {
    match c {
        'A'..='Z' | 'А'..='Я' | 'Α'..='Ρ' | 'Σ'..='Ω' => char::from_u32(c as u32 + 32),
        'Ё' => Some('ё'),
        _ if c.is_ascii() || ('а'..='я').contains(&c) || ('ά'..='ώ').contains(&c) => Some(c),
        _ => None,
    }
}

/// Folds one lowercase character.
fn fold(c: char) -> char {
    match c {
        'ё' => 'е',
        'ά' | 'ἀ' | 'ἁ' | 'ὰ' | 'ᾶ' => 'α',
        'έ' | 'ἐ' | 'ἑ' | 'ὲ' => 'ε',
        'ή' | 'ἠ' | 'ἡ' | 'ὴ' | 'ῆ' => 'η',
        'ί' | 'ϊ' | 'ΐ' | 'ἰ' | 'ἱ' | 'ὶ' | 'ῖ' => 'ι',
        'ό' | 'ὀ' | 'ὁ' | 'ὸ' => 'ο',
        'ύ' | 'ϋ' | 'ΰ' | 'ὐ' | 'ὑ' | 'ὺ' | 'ῦ' => 'υ',
        'ώ' | 'ὠ' | 'ὡ' | 'ὼ' | 'ῶ' => 'ω',
        'ς' => 'σ',
        '\u{2019}' | '\u{2018}' | '\u{02BC}' => '\'',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_yo_and_greek_accents() {
        assert_eq!(normalize("Ещё"), "еще");
        assert_eq!(normalize("Καλημέρα"), "καλημερα");
        assert_eq!(normalize("ΠΑΡΑΓΓΕΛΊΑΣ"), "παραγγελιασ");
        assert_eq!(normalize("It’s"), "it's");
        assert_eq!(
            normalize("ΆΈΉΊΌΎΏ ΣΟΦΊΑ Straße İ"),
            "αεηιουω σοφια straße i\u{307}"
        );
    }
}
