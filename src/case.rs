//! Letter case as the standard library has it (`char::to_uppercase`,
//! `char::to_lowercase`, `str::to_lowercase`), from tables `build.rs`
//! writes from the standard library's own: the same answers for every char
//! of the scripts the core reads (Latin, Greek, Cyrillic and their marks;
//! `CASED_BLOCKS` in `build.rs`), and every other char its own case (tests
//! compare them all). The standard library's tables list each char (25 KB
//! of the WebAssembly module); runs of like chars made the module 11 KB
//! smaller gzipped, and leaving out the scripts the core does not read
//! another 1.6 KB.

include!(concat!(env!("OUT_DIR"), "/case.rs"));

/// Appends the uppercase of `c` (one, two or three chars) to `out`.
pub fn push_upper(c: char, out: &mut String) {
    let (chars, len) = other_case(c, UPPER_RUNS, UPPER_LONGER);
    out.extend(&chars[..len]);
}

/// The lowercase of `c` (one or two chars).
pub fn lower(c: char) -> impl Iterator<Item = char> {
    let (chars, len) = if c.is_ascii() {
        ([c.to_ascii_lowercase(), '\0', '\0'], 1)
    } else {
        other_case(c, LOWER_RUNS, LOWER_LONGER)
    };
    chars.into_iter().take(len)
}

/// The lowercase of `text`, as `str::to_lowercase` writes it: a capital
/// sigma at the end of a word becomes "ς", elsewhere "σ".
pub fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        if c == 'Σ' {
            let after = &text[at + 'Σ'.len_utf8()..];
            let last = cased_before(text[..at].chars().rev()) && !cased_before(after.chars());
            out.push(if last { 'ς' } else { 'σ' });
        } else {
            out.extend(lower(c));
        }
    }
    out
}

/// The other case of `c` from the tables of that case: its chars, and how
/// many of them there are.
fn other_case(
    c: char,
    runs: &[(u32, u16, u16, i32)],
    longer: &[(char, [char; 3])],
) -> ([char; 3], usize) {
    let at = c as u32;
    let run = runs.partition_point(|&(first, ..)| first <= at);
    if let Some(&(first, count, step, distance)) = run.checked_sub(1).map(|run| &runs[run]) {
        let offset = at - first;
        if offset % step as u32 == 0 && offset / (step as u32) < count as u32 {
            let other = char::from_u32(at.wrapping_add_signed(distance)).unwrap_or(c);
            return ([other, '\0', '\0'], 1);
        }
    }
    match longer.binary_search_by_key(&c, |&(from, _)| from) {
        Ok(found) => {
            let chars = longer[found].1;
            (chars, chars.iter().filter(|&&c| c != '\0').count())
        }
        Err(_) => ([c, '\0', '\0'], 1),
    }
}

/// Whether the first char of `chars` that is not case-ignorable is cased.
fn cased_before(mut chars: impl Iterator<Item = char>) -> bool {
    chars
        .find(|&c| !is_case_ignorable(c))
        .is_some_and(|c| c.is_lowercase() || c.is_uppercase() || TITLES.contains(&c))
}

fn is_case_ignorable(c: char) -> bool {
    let at = c as u32;
    let run = IGNORABLE.partition_point(|&run| run >> 11 <= at);
    run.checked_sub(1)
        .is_some_and(|run| at - (IGNORABLE[run] >> 11) <= IGNORABLE[run] & 0x7ff)
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // compared with the standard library's
mod tests {
    use super::*;

    fn chars() -> impl Iterator<Item = char> {
        (0..=char::MAX as u32).filter_map(char::from_u32)
    }

    /// True when `c` is in one of `blocks`.
    fn is_in(blocks: &[(u32, u32)], c: char) -> bool {
        blocks
            .iter()
            .any(|&(first, end)| (first..end).contains(&(c as u32)))
    }

    /// True when the case of `c` is kept.
    fn is_kept(c: char) -> bool {
        is_in(CASED_BLOCKS, c)
    }

    #[test]
    fn every_char_read_as_the_standard_library_has_it_the_others_their_own() {
        let mut upper = String::new();
        for c in chars() {
            upper.clear();
            push_upper(c, &mut upper);
            if is_kept(c) {
                assert_eq!(upper, c.to_uppercase().collect::<String>(), "{c:?}");
                assert!(lower(c).eq(c.to_lowercase()), "{c:?}");
            } else {
                assert_eq!(upper, c.to_string(), "{c:?}");
                assert!(lower(c).eq([c]), "{c:?}");
            }
        }
    }

    #[test]
    fn the_scripts_read_and_the_letterlike_symbols_are_kept() {
        for c in [
            'A', 'é', 'Ş', 'Ω', 'ά', 'Ἀ', 'Ж', 'ё', 'Ꙁ', 'Ａ', '\u{2126}', '\u{212a}',
        ] {
            assert!(is_kept(c), "{c:?}");
            assert!(lower(c).eq(c.to_lowercase()), "{c:?}");
        }
        for c in ['Ա', 'Ⴀ', '𐐀', 'Ⓐ'] {
            assert!(!is_kept(c), "{c:?}");
        }
    }

    #[test]
    fn a_capital_sigma_beside_every_char_as_the_standard_library_has_it() {
        // Beside a char of the scripts read, or one the standard library
        // calls case-ignorable that text in them carries (marks, joiners,
        // variation selectors).
        let beside = |c: char| is_kept(c) || is_in(IGNORABLE_BLOCKS, c);
        for c in chars().filter(|&c| beside(c)) {
            for text in [
                format!("Α{c}Σ"),
                format!("1{c}Σ"),
                format!("ΑΣ{c}"),
                format!("ΑΣ{c}Α"),
                format!("{c}Σ{c}"),
            ] {
                assert_eq!(lowercase(&text), text.to_lowercase(), "{c:?}");
            }
        }
        for text in [
            "ΟΔΟΣ",
            "ΟΔΟΣ.",
            "Σ",
            "ΑΣ'Α",
            "ΑΣ.Α",
            "Ὀδυσσεύς ΟΔΥΣΣΕΥΣ",
            "İSTANBUL",
        ] {
            assert_eq!(lowercase(text), text.to_lowercase(), "{text}");
        }
    }

    #[test]
    fn tables_are_a_fraction_of_the_chars() {
        assert!(UPPER_RUNS.len() < 300 && LOWER_RUNS.len() < 300);
        assert!(
            IGNORABLE.len() < 600 && TITLES.len() < 64,
            "{}",
            IGNORABLE.len()
        );
    }
}
