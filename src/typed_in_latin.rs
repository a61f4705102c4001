//! A language typed in Latin letters, as people type it on a phone or a
//! keyboard without its own letters: Greek ("Greeklish",
//! [`crate::greeklish`]) and Russian ("translit", [`crate::translit`]).
//! Such a text is read as the language it stands for by the tone judgement
//! only ([`crate::words::TextView::read_as_typed_in_latin`]); the other
//! rules read the words as typed.
//!
//! A text is taken for one of them by its small words: at least three
//! different words of the language typed in Latin letters that are not
//! English ones ("kai", "den", "tha"; "chto", "uzhe", "eto"…), and one
//! word in ten of them. Each Latin word of it is then written in the
//! language's letters, a letter or a group for each sound, and read as a
//! word so written (normalised and stemmed in its script).

use crate::language::Script;

/// A language as it is typed in Latin letters.
pub struct TypedInLatin {
    /// The hashes of its small words (as [`crate::words::hash`] hashes a
    /// word, their low 32 bits), with a bit for each hash's low six bits:
    /// most words of a text have none set and are passed over in one step.
    marker_hashes: [u32; 20],
    marker_bits: u64,
    /// Groups of Latin letters read as one sound, tried in order before
    /// a single letter.
    groups: &'static [(&'static str, &'static str)],
    /// The letter of each Latin one, a to z.
    letters: [char; 26],
    /// "y" after a vowel is this letter (Russian й), not [`Self::letters`]'.
    y_after_vowel: Option<char>,
    /// An apostrophe in or right after a word is this letter (Russian ь).
    apostrophe: Option<char>,
}

impl TypedInLatin {
    /// The language told by `markers`, read by `groups` and `letters`, with the letters of a "y" after a vowel and
    /// of an apostrophe, if the language has them.
    pub const fn new(
        markers: [&str; 20],
        groups: &'static [(&'static str, &'static str)],
        letters: [char; 26],
        y_after_vowel: Option<char>,
        apostrophe: Option<char>,
    ) -> TypedInLatin {
        let mut marker_hashes = [0; 20];
        let mut marker_bits = 0;
        let mut at = 0;
        while at < markers.len() {
            marker_hashes[at] = crate::words::hash(markers[at].as_bytes()) as u32;
            marker_bits |= 1 << (marker_hashes[at] % 64);
            at += 1;
        }
        TypedInLatin {
            marker_hashes,
            marker_bits,
            groups,
            letters,
            y_after_vowel,
            apostrophe,
        }
    }

    /// True when the words of a text, each as its script and the hash of
    /// its normalised form, are the language typed in Latin letters.
    pub fn is_in(&self, words: impl Iterator<Item = (Script, u64)>) -> bool {
        let mut found = 0u32;
        let (mut latin, mut markers) = (0, 0);
        for (script, h) in words {
            if script != Script::Latin {
                continue;
            }
            latin += 1;
            if self.marker_bits & 1 << (h % 64) == 0 {
                continue;
            }
            if let Some(at) = self.marker_hashes.iter().position(|&m| m == h as u32) {
                found |= 1 << at;
                markers += 1;
            }
        }
        found.count_ones() >= 3 && markers * 10 >= latin
    }

    /// The word `latin` (normalised; `apostrophe_after`: an apostrophe
    /// follows it) in the language's letters; `None` for a word with a
    /// character that is neither a letter a–z nor a digit of a group
    /// ("8elw" is "θελω", "3i" is "3η", third), for a number, and for an
    /// English word.
    pub fn as_written(&self, latin: &str, apostrophe_after: bool) -> Option<String> {
        // A number ("8", at eight) is no word, and an English word stays one.
        if !latin.bytes().any(|b| b.is_ascii_lowercase()) || ENGLISH.contains(&latin) {
            return None;
        }
        let mut out = String::with_capacity(latin.len() * 2);
        let mut at = 0;
        'letters: while at < latin.len() {
            let rest = &latin[at..];
            for (group, written) in self.groups {
                if rest.as_bytes().starts_with(group.as_bytes()) {
                    out.push_str(written);
                    at += group.len();
                    continue 'letters;
                }
            }
            let b = rest.as_bytes()[0];
            if let (b'\'', Some(letter)) = (b, self.apostrophe) {
                out.push(letter);
                at += 1;
                continue;
            }
            if !b.is_ascii_lowercase() {
                return None;
            }
            let after_vowel = at > 0 && b"aeiou".contains(&latin.as_bytes()[at - 1]);
            out.push(match self.y_after_vowel {
                Some(letter) if b == b'y' && after_vowel => letter,
                _ => self.letters[usize::from(b - b'a')],
            });
            at += 1;
        }
        if let (true, Some(letter)) = (apostrophe_after, self.apostrophe) {
            out.push(letter);
        }
        Some(out)
    }
}

/// English words people type in Latin letters in Greek and Russian too:
/// they stay English ("taxi" is not "ταχι", quick).
const ENGLISH: [&str; 6] = ["ok", "sorry", "email", "taxi", "site", "link"];

#[cfg(test)]
mod tests {
    use crate::greeklish::GREEKLISH;
    use crate::language::Script;
    use crate::translit::TRANSLIT;

    /// Each word of `text` (split at spaces) as a Latin word and its hash.
    fn latin_words(text: &str) -> impl Iterator<Item = (Script, u64)> + '_ {
        let hashes = text.split(' ').map(|w| crate::words::hash(w.as_bytes()));
        hashes.map(|h| (Script::Latin, h))
    }

    #[test]
    fn each_language_is_told_from_english_by_its_small_words() {
        let greeklish = "den einai i prwti fora pou to kanete kai tha to plirwsete";
        let translit = "vy uzhe v tretiy raz prisylaete ne to chto my zakazyvali";
        assert!(GREEKLISH.is_in(latin_words(greeklish)));
        assert!(TRANSLIT.is_in(latin_words(translit)));
        assert!(!GREEKLISH.is_in(latin_words(translit)));
        assert!(!TRANSLIT.is_in(latin_words(greeklish)));
        for english in [
            "the den of the auto parts shop sent a ton of stuff to me",
            "the ne corner of the site is where we said the kiosk would go ya know",
        ] {
            assert!(!GREEKLISH.is_in(latin_words(english)), "{english}");
            assert!(!TRANSLIT.is_in(latin_words(english)), "{english}");
        }
    }
}
