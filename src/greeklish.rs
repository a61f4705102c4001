//! Greek typed in Latin letters ("Greeklish": "den einai i prwti fora",
//! "thelw texniko SIMERA"), as people type it on a phone or a keyboard
//! without Greek, read as the Greek it stands for, so that the tone
//! judgement's Greek lists and model read it too
//! ([`crate::words::TextView::read_as_greek`]; the other rules read the
//! words as typed, and their lists have the Greeklish they need).
//!
//! A text is taken for Greeklish by its small words: at least three
//! different Greek words typed in Latin letters that are not English ones
//! ("kai", "den", "tha", "einai"…), and one word in ten of them. Each
//! Latin word of it is then written in Greek letters, a letter or pair for
//! each sound ("th" θ, "ks" ξ, "ps" ψ, "w" ω, "h" η, "b" μπ, "8" θ…), and
//! stemmed as Greek. Where Greeklish types one Latin letter for several
//! Greek ones ("i" for ι, η, υ, ει and οι, "o" for ο and ω), the stem
//! mostly reads past it: "prwti" is "πρωτι", stemmed "πρωτ", as "πρώτη" is;
//! "simera", "σιμερα", is not "σήμερα". (Matching every word by its sound
//! against the words of the lists found one letter more of the read ones
//! and weighed 2 KB in the module.)

use crate::language::Script;

/// Greek words that are not English words, as Greeklish writes them.
const MARKERS: [&str; 20] = [
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
];

/// The hashes of [`MARKERS`] (as [`crate::words::hash`] hashes a word),
/// their low 32 bits.
const MARKER_HASHES: [u32; MARKERS.len()] = {
    let mut hashes = [0; MARKERS.len()];
    let mut at = 0;
    while at < MARKERS.len() {
        hashes[at] = crate::words::hash(MARKERS[at].as_bytes()) as u32;
        at += 1;
    }
    hashes
};

/// A bit for each marker's hash (its low six bits): most words of a text
/// have none set and are passed over in one step.
const MARKER_BITS: u64 = {
    let mut bits = 0;
    let mut at = 0;
    while at < MARKERS.len() {
        bits |= 1 << (MARKER_HASHES[at] % 64);
        at += 1;
    }
    bits
};

/// True when the words of a text, each as its script and the hash of its
/// normalised form, are Greek typed in Latin letters.
pub fn is_greeklish(words: impl Iterator<Item = (Script, u64)>) -> bool {
    let mut found = 0u32;
    let (mut latin, mut markers) = (0, 0);
    for (script, h) in words {
        if script != Script::Latin {
            continue;
        }
        latin += 1;
        if MARKER_BITS & 1 << (h % 64) == 0 {
            continue;
        }
        if let Some(at) = MARKER_HASHES.iter().position(|&m| m == h as u32) {
            found |= 1 << at;
            markers += 1;
        }
    }
    found.count_ones() >= 3 && markers * 10 >= latin
}

/// English words Greeks type in Latin letters in Greek too: they stay
/// English ("taxi" is not "ταχι", quick).
const ENGLISH: [&str; 6] = ["ok", "sorry", "email", "taxi", "site", "link"];

/// The Greek a Latin word stands for, normalised, and its stem; `None`
/// for a word that is not letters a–z (and the digit 8, θ, in a word:
/// "8elw"; "3i" is "3η", third, not "ξι"), for a number, and for an
/// English word (see [`ENGLISH`]).
pub fn as_greek(latin: &str) -> Option<(String, String)> {
    // A number ("8", at eight) is no word, and an English word stays one.
    if !latin.bytes().any(|b| b.is_ascii_lowercase()) || ENGLISH.contains(&latin) {
        return None;
    }
    let norm = letters_to_greek(latin)?;
    let stem = crate::words::stem(&norm, Script::Greek);
    Some((norm, stem))
}

/// The Greek letter of each Latin one, a to z ("b" and "j" are two:
/// μπ and τζ, written by [`letters_to_greek`]).
const LETTERS: [char; 26] = [
    'α', 'π', 'κ', 'δ', 'ε', 'φ', 'γ', 'η', 'ι', 'ζ', 'κ', 'λ', 'μ', 'ν', 'ο', 'π', 'κ', 'ρ', 'σ',
    'τ', 'υ', 'β', 'ω', 'χ', 'υ', 'ζ',
];

/// Latin letters in Greek ones, a letter or pair for each sound; final
/// sigma as σ, as words are normalised.
fn letters_to_greek(latin: &str) -> Option<String> {
    let mut out = String::with_capacity(latin.len() * 2);
    let bytes = latin.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let pair = (bytes[at], bytes.get(at + 1).copied().unwrap_or(0));
        let digraph = match pair {
            (b't', b'h') => Some('θ'),
            (b'p', b's') => Some('ψ'),
            (b'k', b's') => Some('ξ'),
            (b'c' | b'k', b'h') => Some('χ'),
            _ => None,
        };
        if let Some(greek) = digraph {
            out.push(greek);
            at += 2;
            continue;
        }
        match bytes[at] {
            b'8' => out.push('θ'),
            b'b' => out.push_str("μπ"),
            b'j' => out.push_str("τζ"),
            b @ b'a'..=b'z' => out.push(LETTERS[usize::from(b - b'a')]),
            _ => return None,
        }
        at += 1;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greeklish_is_told_from_english() {
        let words = |text: &str| -> Vec<(Script, u64)> {
            let hashes = text.split(' ').map(|w| crate::words::hash(w.as_bytes()));
            hashes.map(|h| (Script::Latin, h)).collect()
        };
        let greeklish = words("den einai i prwti fora pou to kanete kai tha to plirwsete");
        assert!(is_greeklish(greeklish.into_iter()));
        let english = words("the den of the auto parts shop sent a ton of stuff to me");
        assert!(!is_greeklish(english.into_iter()));
    }

    #[test]
    fn words_typed_in_latin_are_written_in_greek_letters() {
        assert_eq!(letters_to_greek("ksana").unwrap(), "ξανα");
        assert_eq!(letters_to_greek("pws").unwrap(), "πωσ");
        assert_eq!(letters_to_greek("8elw").unwrap(), "θελω");
        assert_eq!(letters_to_greek("boreite").unwrap(), "μπορειτε");
        assert_eq!(letters_to_greek("mexri").unwrap(), "μεχρι");
        assert_eq!(letters_to_greek("café"), None);
        assert_eq!(letters_to_greek("3i"), None);
        assert_eq!(as_greek("8"), None);
        assert_eq!(
            as_greek("8elw").map(|(norm, _)| norm).as_deref(),
            Some("θελω")
        );
        // Stemmed, a vowel Greeklish types otherwise mostly does not count.
        let stem = |greek: &str| crate::words::stem(greek, Script::Greek);
        assert_eq!(stem(&letters_to_greek("prwti").unwrap()), stem("πρωτη"));
    }
}
