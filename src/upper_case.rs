//! The uppercase of a char, as `char::to_uppercase` gives it, from tables
//! `build.rs` writes from the standard library's: the same answers for
//! every char (a test compares them all). The standard library's table
//! lists each of its 1,500 chars, 13.6 KB of the WebAssembly module for the
//! two places that capitalise a word; runs of like chars make the module
//! 4 KB smaller gzipped.

include!(concat!(env!("OUT_DIR"), "/upper_case.rs"));

/// Appends the uppercase of `c` (one, two or three chars) to `out`.
pub fn push_upper(c: char, out: &mut String) {
    let at = c as u32;
    let run = RUNS.partition_point(|&(first, ..)| first <= at);
    if let Some(&(first, count, step, distance)) = run.checked_sub(1).map(|run| &RUNS[run]) {
        let offset = at - first;
        if offset % step as u32 == 0 && offset / (step as u32) < count as u32 {
            out.push(char::from_u32(at.wrapping_add_signed(distance)).unwrap_or(c));
            return;
        }
    }
    match LONGER.binary_search_by_key(&c, |&(from, _)| from) {
        Ok(found) => out.extend(LONGER[found].1.iter().filter(|&&c| c != '\0')),
        Err(_) => out.push(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_char_as_the_standard_library_has_it() {
        let mut ours = String::new();
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            ours.clear();
            push_upper(c, &mut ours);
            assert_eq!(ours, c.to_uppercase().collect::<String>(), "{c:?}");
        }
    }

    #[test]
    fn tables_are_a_fraction_of_the_chars() {
        assert!(
            RUNS.len() < 300 && LONGER.len() < 150,
            "{} runs",
            RUNS.len()
        );
    }
}
