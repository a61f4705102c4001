//! Text normalised for matching: lowercase, `ё` as `е`, Greek without
//! accents and with `σ` for final `ς`, typographic apostrophes as `'`.

/// Normalises one word (or any text) for matching.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        for lower in c.to_lowercase() {
            out.push(fold(lower));
        }
    }
    out
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
    }
}
