//! Offsets: Rust indexes bytes, JS indexes UTF-16 code units. Findings are
//! converted once, when they leave the checker.

/// Converts byte offsets into `text` to UTF-16 offsets, in one pass over the
/// text however many offsets there are. Offsets must be on char boundaries.
pub fn bytes_to_utf16(text: &str, offsets: &[usize]) -> Vec<usize> {
    let order = crate::sort::stable_order(offsets.len(), &mut |a, b| offsets[a].cmp(&offsets[b]));
    let mut result = vec![0; offsets.len()];
    let (mut byte, mut units) = (0usize, 0usize);
    let mut chars = text.chars();
    for i in order {
        while byte < offsets[i] {
            let Some(c) = chars.next() else { break };
            byte += c.len_utf8();
            units += c.len_utf16();
        }
        result[i] = units;
    }
    result
}

/// Converts a UTF-16 offset into `text` to a byte offset (clamped to the
/// text's end, and to a char boundary).
pub fn utf16_to_byte(text: &str, units: usize) -> usize {
    let mut seen = 0;
    for (byte, c) in text.char_indices() {
        if seen >= units {
            return byte;
        }
        seen += c.len_utf16();
    }
    text.len()
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_and_column(text: &str, byte: usize) -> (usize, usize) {
    let before = &text[..byte.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_cyrillic_greek_and_emoji() {
        let text = "Да 😀 Ναι x";
        let x = text.find('x').unwrap();
        let nai = text.find("Ναι").unwrap();
        assert_eq!(bytes_to_utf16(text, &[x, 0, nai]), vec![10, 0, 6]);
        assert_eq!(utf16_to_byte(text, 10), x);
        assert_eq!(utf16_to_byte(text, 6), nai);
    }

    #[test]
    fn finds_line_and_column() {
        assert_eq!(line_and_column("ab\nщюx", 7), (2, 3));
    }
}
