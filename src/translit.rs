//! Russian typed in Latin letters ("translit": "vy uzhe v tretiy raz
//! prisylaete ne to", "chto za bardak"), as people type it on a phone or a
//! keyboard without Cyrillic, read as the Russian it stands for, so that
//! the tone judgement's Russian lists and model read it too (see
//! [`crate::typed_in_latin`]).
//!
//! Each Latin word is written in Cyrillic letters, a letter or a group for
//! each sound ("zh" ж, "kh" х, "ch" and "4" ч, "sh" ш, "sch" and "shch" щ,
//! "ts" ц, "ya" я, "yu" ю, "y" ы, and й after a vowel), and an apostrophe
//! in or right after a word as the soft sign ("opyat'" is "опять"). Where
//! translit leaves the soft sign out, it is not guessed: "opyat" is
//! "опят", and words whose stem keeps a soft sign are not found so.

use crate::typed_in_latin::TypedInLatin;

/// Russian as translit types it: told by Russian words that are not
/// English words; ё as е, as words are normalised.
pub const TRANSLIT: TypedInLatin = TypedInLatin::new(
    [
        "ne", "chto", "eto", "vy", "vas", "vam", "uzhe", "kak", "dlya", "nas", "esli", "pochemu",
        "seychas", "opyat", "tolko", "mozhno", "nado", "spasibo", "eshche", "menya",
    ],
    &[
        ("shch", "щ"),
        ("tsya", "тся"),
        ("sch", "щ"),
        ("zh", "ж"),
        ("kh", "х"),
        ("ch", "ч"),
        ("sh", "ш"),
        ("ts", "ц"),
        ("ya", "я"),
        ("ja", "я"),
        ("yu", "ю"),
        ("ju", "ю"),
        ("yi", "ый"),
        ("4", "ч"),
    ],
    [
        'а', 'б', 'ц', 'д', 'е', 'ф', 'г', 'х', 'и', 'й', 'к', 'л', 'м', 'н', 'о', 'п', 'к', 'р',
        'с', 'т', 'у', 'в', 'в', 'х', 'ы', 'з',
    ],
    Some('й'),
    Some('ь'),
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_typed_in_latin_are_written_in_cyrillic_letters() {
        for (latin, cyrillic) in [
            ("tretiy", "третий"),
            ("dobryi", "добрый"),
            ("bezobrazie", "безобразие"),
            ("shchas", "щас"),
            ("zhdu", "жду"),
            ("4to", "что"),
            ("moy", "мой"),
            ("seychas", "сейчас"),
            ("maya", "мая"),
            ("ostaetsya", "остается"),
            ("bol'she", "больше"),
        ] {
            assert_eq!(
                TRANSLIT.as_written(latin, false).as_deref(),
                Some(cyrillic),
                "{latin}"
            );
        }
        assert_eq!(TRANSLIT.as_written("café", false), None);
    }
}
