//! Greek typed in Latin letters ("Greeklish": "den einai i prwti fora",
//! "thelw texniko SIMERA"), as people type it on a phone or a keyboard
//! without Greek, read as the Greek it stands for, so that the tone
//! judgement's Greek lists and model read it too (see
//! [`crate::typed_in_latin`]; the other rules read the words as typed, and
//! their lists have the Greeklish they need).
//!
//! Each Latin word is written in Greek letters, a letter or pair for each
//! sound ("th" θ, "ks" ξ, "ps" ψ, "w" ω, "h" η, "b" μπ, "8" θ…). Where
//! Greeklish types one Latin letter for several Greek ones ("i" for ι, η,
//! υ, ει and οι, "o" for ο and ω), the stem mostly reads past it: "prwti"
//! is "πρωτι", stemmed "πρωτ", as "πρώτη" is; "simera", "σιμερα", is not
//! "σήμερα". (Matching every word by its sound against the words of the
//! lists found one letter more of the read ones and weighed 2 KB in the
//! module.)

use crate::typed_in_latin::TypedInLatin;

/// Greek as Greeklish types it: told by Greek words that are not English
/// words; final sigma as σ, as words are normalised.
pub const GREEKLISH: TypedInLatin = TypedInLatin::new(
    [
        "kai",
        "den",
        "tha",
        "einai",
        "gia",
        "apo",
        "mou",
        "sou",
        "sas",
        "oti",
        "pou",
        "alla",
        "tipota",
        "stin",
        "exw",
        "thelw",
        "simera",
        "avrio",
        "kalimera",
        "kalispera",
    ],
    &[
        ("th", "θ"),
        ("ps", "ψ"),
        ("ks", "ξ"),
        ("ch", "χ"),
        ("kh", "χ"),
        ("8", "θ"),
        ("b", "μπ"),
        ("j", "τζ"),
    ],
    [
        'α', 'π', 'κ', 'δ', 'ε', 'φ', 'γ', 'η', 'ι', 'ζ', 'κ', 'λ', 'μ', 'ν', 'ο', 'π', 'κ', 'ρ',
        'σ', 'τ', 'υ', 'β', 'ω', 'χ', 'υ', 'ζ',
    ],
    None,
    None,
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Script;

    #[test]
    fn words_typed_in_latin_are_written_in_greek_letters() {
        for (latin, greek) in [
            ("ksana", "ξανα"),
            ("pws", "πωσ"),
            ("8elw", "θελω"),
            ("boreite", "μπορειτε"),
            ("mexri", "μεχρι"),
        ] {
            assert_eq!(
                GREEKLISH.as_written(latin, false).as_deref(),
                Some(greek),
                "{latin}"
            );
        }
        for not_greek in ["café", "3i", "8", "taxi"] {
            assert_eq!(GREEKLISH.as_written(not_greek, false), None, "{not_greek}");
        }
        // Stemmed, a vowel Greeklish types otherwise mostly does not count.
        let stem = |greek: &str| crate::words::stem(greek, Script::Greek);
        assert_eq!(
            stem(&GREEKLISH.as_written("prwti", false).unwrap()),
            stem("πρωτη")
        );
    }
}
