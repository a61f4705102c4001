//! Text normalised for matching: lowercase, `ё` as `е`, Greek without
//! accents and with `σ` for final `ς`, typographic apostrophes as `'`; and
//! a Cyrillic word disguised with Latin look-alike letters read as the
//! word it imitates.

use crate::language::Script;

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
                for lower in crate::case::lower(c) {
                    out.push(fold(lower));
                }
            }
        }
    }
    out
}

/// The whole word a hasty writer types short, for a normalised word: "u"
/// is "you" and "ur" is "your" ("are u kidding", "its ur fault"); "ваще"
/// and "вобще" are "вообще", "щас" is "сейчас", "чо", "че" and "шо" are
/// "что"; "γτ" is "γιατί", "τπτ" "τίποτα", "δλδ" "δηλαδή" — so that every
/// phrase with the full word matches them. Not "r" (also a letter), "κ"
/// (also "κ." for "κύριος") or "pls" (a word of courtesy the judgement
/// weighs).
pub fn written_in_full(norm: &str) -> Option<&'static str> {
    match norm {
        "u" => Some("you"),
        "ur" => Some("your"),
        "ваще" | "вобще" => Some("вообще"),
        "щас" => Some("сейчас"),
        "чо" | "че" | "шо" => Some("что"),
        "γτ" => Some("γιατι"),
        "τπτ" => Some("τιποτα"),
        "δλδ" => Some("δηλαδη"),
        _ => None,
    }
}

/// True when "its" before `next` (the normalised word after it in its
/// sentence) is "it's" typed without the apostrophe: no possessive takes a
/// negation, an adverb, "been", "going" or a determiner after it ("its
/// your fault", "its not my problem", "its been a week"). Not "very",
/// "own", "only", "first" or "time", which follow the possessive ("doing
/// its very best", "its own team").
pub fn its_is_it_is_before(next: &str) -> bool {
    // One string rather than a table of `&str` like the other word lists:
    // forty-odd slices weighed about 130 bytes more in the gzipped module.
    const NO_POSSESSIVE_BEFORE: &str = "not no now never always just still already so too really all over beyond about up like clearly obviously literally absolutely totally completely simply almost nearly quite pretty been going getting a an the my your our their his her";
    NO_POSSESSIVE_BEFORE.split(' ').any(|word| word == next)
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

/// The Cyrillic letter a Latin letter or a digit stands for inside a
/// Cyrillic word ("дурaк", "дeбuл0в"): the letters that look alike, "h"
/// for "х", and 0, 6 and 3 for о, б and з.
fn cyrillic_look_alike(c: char) -> Option<char> {
    Some(match c {
        'a' | 'A' => 'а',
        'e' | 'E' => 'е',
        'o' | 'O' | '0' => 'о',
        'p' | 'P' => 'р',
        'c' | 'C' => 'с',
        'y' | 'Y' => 'у',
        'x' | 'X' => 'х',
        'k' | 'K' => 'к',
        'm' | 'M' => 'м',
        't' | 'T' => 'т',
        'b' | 'B' => 'в',
        // A capital H looks like "Н"; a small one stands for "х", as in
        // transliteration ("шлюha").
        'H' => 'н',
        'h' => 'х',
        'u' | 'U' => 'и',
        '6' => 'б',
        '3' => 'з',
        _ => return None,
    })
}

/// True when `word`, of `script` (see [`crate::words::word_script`]), may
/// be a Cyrillic word in disguise and is worth [`fold_cyrillic_look_alikes`]:
/// it mixes scripts, or its letters are Cyrillic and a digit stands among
/// them ("е6ать"). Most words are neither, and are not looked at again.
pub fn may_be_disguised(word: &str, script: Script) -> bool {
    match script {
        Script::Other => true,
        Script::Cyrillic => word.bytes().any(|b| b.is_ascii_digit()),
        _ => false,
    }
}

/// `word` with its Latin look-alike letters and look-alike digits written
/// in Cyrillic, when it is a Cyrillic word in disguise: at least two
/// Cyrillic letters, at most one look-alike more than them ("мyдak",
/// "пидopa"), no other letter or digit, no two digits in a row and no
/// digit at the end. `None` for any other word — a Latin word, a number,
/// a code, a number with its unit ("30мин", "Су30", "мп3") — which is
/// never changed.
pub fn fold_cyrillic_look_alikes(word: &str) -> Option<String> {
    let (mut cyrillic, mut look_alikes) = (0, 0);
    let mut after_digit = false;
    for c in word.chars() {
        let digit = c.is_ascii_digit();
        if digit && after_digit {
            return None;
        }
        after_digit = digit;
        if Script::of(c) == Script::Cyrillic {
            cyrillic += 1;
        } else if cyrillic_look_alike(c).is_some() {
            look_alikes += 1;
        } else if c.is_alphanumeric() {
            return None;
        }
    }
    if after_digit || look_alikes == 0 || cyrillic < 2 || look_alikes > cyrillic + 1 {
        return None;
    }
    Some(
        word.chars()
            .map(|c| match Script::of(c) {
                Script::Cyrillic => c,
                _ => cyrillic_look_alike(c).unwrap_or(c),
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_cyrillic_word_disguised_with_latin_letters_and_digits() {
        assert_eq!(fold_cyrillic_look_alikes("дурaк").as_deref(), Some("дурак"));
        assert_eq!(
            fold_cyrillic_look_alikes("дeбuл0в").as_deref(),
            Some("дебилов")
        );
        assert_eq!(fold_cyrillic_look_alikes("ТУПОЙ").as_deref(), None);
        assert_eq!(fold_cyrillic_look_alikes("ТУПOЙ").as_deref(), Some("ТУПоЙ"));
        assert_eq!(fold_cyrillic_look_alikes("иди0т").as_deref(), Some("идиот"));
        // As many look-alikes as Cyrillic letters, or one more.
        assert_eq!(
            fold_cyrillic_look_alikes("пидopa").as_deref(),
            Some("пидора")
        );
        assert_eq!(fold_cyrillic_look_alikes("мyдak").as_deref(), Some("мудак"));
        assert_eq!(fold_cyrillic_look_alikes("шлюha").as_deref(), Some("шлюха"));
        // A digit for a letter in an otherwise Cyrillic word.
        assert_eq!(fold_cyrillic_look_alikes("е6ать").as_deref(), Some("ебать"));
        assert_eq!(
            fold_cyrillic_look_alikes("зае6али").as_deref(),
            Some("заебали")
        );
        assert_eq!(
            fold_cyrillic_look_alikes("3ae6ись").as_deref(),
            Some("заебись")
        );
    }

    #[test]
    fn looks_again_only_at_mixed_words_and_cyrillic_words_with_digits() {
        assert!(may_be_disguised("дурaк", Script::Other));
        assert!(may_be_disguised("е6ать", Script::Cyrillic));
        assert!(!may_be_disguised("дурак", Script::Cyrillic));
        assert!(!may_be_disguised("iPhone", Script::Latin));
        assert!(!may_be_disguised("4G", Script::Latin));
    }

    #[test]
    fn never_changes_a_latin_word_a_number_or_a_code() {
        for word in [
            "packet", "Moscow", "taxi", "300", "2024", "A4", "3d", "ok", "x", "Bob's",
        ] {
            assert_eq!(fold_cyrillic_look_alikes(word), None, "{word}");
        }
        // Mostly Latin, or with a letter or digit that looks like nothing
        // Cyrillic: left as written.
        for word in ["Mockвa", "дом2", "кодg", "аx", "4ел"] {
            assert_eq!(fold_cyrillic_look_alikes(word), None, "{word}");
        }
        // Model numbers, units and codes with digits or Latin letters.
        for word in [
            "iPhone", "4G", "5G", "E3372", "Е3372", "Су30", "30мин", "60км", "2024г", "5кг", "3х",
            "МТС", "Wi-Fi", "B2B", "Ту154", "мп3",
        ] {
            assert_eq!(fold_cyrillic_look_alikes(word), None, "{word}");
        }
    }

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
