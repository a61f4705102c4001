//! Unicode word boundaries (UAX #29, "Word Boundaries"), the cut of a text
//! into words that presend reads: the rules of the standard over each
//! character's Word_Break property, which is read from the standard
//! library's `is_alphabetic` and `is_numeric` and, where those do not give
//! it, from [`EXCEPTIONS`]. The tests hold the cut to the one of the
//! `unicode-segmentation` crate (which the core used before) on every
//! character of the Basic Multilingual Plane and of the emoji, beside
//! characters of every property, and on random texts; they differ only
//! where the crate strays from the standard after a joiner. The crate's
//! tables weighed three times what this does in the WebAssembly module:
//! 6 KB gzipped saved in all (2026-12-06).

/// A character's Word_Break property, as far as the rules tell values apart
/// (Extend and Format are one: the rules treat them alike).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Break {
    Other = 0,
    Cr,
    Lf,
    Newline,
    Extend,
    Zwj,
    RegionalIndicator,
    Katakana,
    HebrewLetter,
    ALetter,
    SingleQuote,
    DoubleQuote,
    MidNumLet,
    MidLetter,
    MidNum,
    Numeric,
    ExtendNumLet,
    WSegSpace,
}

/// Every value of [`Break`], by its number.
const BREAKS: [Break; 18] = [
    Break::Other,
    Break::Cr,
    Break::Lf,
    Break::Newline,
    Break::Extend,
    Break::Zwj,
    Break::RegionalIndicator,
    Break::Katakana,
    Break::HebrewLetter,
    Break::ALetter,
    Break::SingleQuote,
    Break::DoubleQuote,
    Break::MidNumLet,
    Break::MidLetter,
    Break::MidNum,
    Break::Numeric,
    Break::ExtendNumLet,
    Break::WSegSpace,
];

/// Where a character's property is not what [`by_default`] gives, as runs
/// of characters: for each run, how far its first code point is from the
/// first of the run before (LEB128), then one byte, its [`Break`] (or
/// [`DEFAULT`], for a run back to the default) plus [`PICTOGRAPHIC`] when
/// it is Extended_Pictographic. Exact for the Basic Multilingual Plane, the
/// emoji and regional indicators (U+1F000–U+1FFFF) and the tags and
/// variation selectors (U+E0000–U+E0FFF); elsewhere (historic scripts,
/// rare ideographs) the default stands. Worked out from
/// `unicode-segmentation` by the test
/// `exceptions_are_what_unicode_segmentation_cuts`, which prints the table
/// anew when it differs.
const EXCEPTIONS: &[u8] = &[
    133, 1, 3, 1, 31, 35, 159, 1, 31, 3, 4, 1, 159, 1, 31, 3, 0, 2, 31, 3, 13, 1, 9, 1, 0, 1, 31,
    2, 0, 3, 31, 131, 4, 9, 4, 31, 12, 9, 6, 31, 6, 9, 2, 31, 5, 9, 7, 31, 1, 9, 1, 31, 1, 9, 17,
    4, 112, 31, 14, 14, 1, 31, 8, 13, 1, 31, 251, 1, 4, 7, 31, 208, 1, 9, 3, 31, 1, 9, 1, 13, 1,
    31, 41, 14, 1, 9, 1, 31, 6, 4, 45, 31, 1, 4, 1, 31, 1, 4, 2, 31, 1, 4, 2, 31, 1, 4, 1, 31, 8,
    8, 27, 31, 4, 8, 4, 9, 1, 13, 1, 31, 11, 15, 6, 31, 6, 14, 2, 31, 2, 4, 11, 31, 1, 4, 1, 31,
    46, 4, 21, 31, 11, 15, 1, 14, 1, 31, 3, 4, 1, 31, 101, 4, 7, 15, 1, 31, 1, 4, 6, 31, 2, 4, 2,
    31, 1, 4, 4, 31, 33, 9, 1, 31, 1, 4, 1, 31, 30, 4, 27, 31, 91, 4, 11, 31, 58, 4, 9, 31, 4, 14,
    1, 31, 4, 4, 1, 31, 24, 4, 4, 31, 1, 4, 9, 31, 1, 4, 3, 31, 1, 4, 5, 31, 43, 4, 3, 31, 52, 15,
    2, 31, 5, 4, 9, 31, 42, 4, 24, 15, 1, 4, 33, 31, 54, 4, 3, 31, 1, 4, 18, 31, 1, 4, 7, 31, 10,
    4, 2, 31, 29, 4, 3, 31, 56, 4, 1, 31, 1, 4, 7, 31, 2, 4, 2, 31, 2, 4, 3, 31, 9, 4, 1, 31, 10,
    4, 2, 31, 16, 0, 6, 31, 4, 4, 1, 31, 2, 4, 3, 31, 56, 4, 1, 31, 1, 4, 5, 31, 4, 4, 2, 31, 2, 4,
    3, 31, 3, 4, 1, 31, 30, 4, 2, 31, 3, 4, 1, 31, 11, 4, 3, 31, 56, 4, 1, 31, 1, 4, 8, 31, 1, 4,
    3, 31, 1, 4, 3, 31, 20, 4, 2, 31, 22, 4, 6, 31, 1, 4, 3, 31, 56, 4, 1, 31, 1, 4, 7, 31, 2, 4,
    2, 31, 2, 4, 3, 31, 7, 4, 3, 31, 10, 4, 2, 31, 14, 0, 6, 31, 10, 4, 1, 31, 59, 4, 5, 31, 3, 4,
    3, 31, 1, 4, 4, 31, 9, 4, 1, 31, 24, 0, 3, 31, 13, 4, 5, 31, 55, 4, 1, 31, 1, 4, 7, 31, 1, 4,
    3, 31, 1, 4, 4, 31, 7, 4, 2, 31, 11, 4, 2, 31, 20, 0, 7, 31, 2, 4, 3, 31, 56, 4, 1, 31, 1, 4,
    7, 31, 1, 4, 3, 31, 1, 4, 4, 31, 7, 4, 2, 31, 11, 4, 2, 31, 15, 4, 1, 31, 12, 4, 4, 31, 55, 4,
    2, 31, 1, 4, 7, 31, 1, 4, 3, 31, 1, 4, 4, 31, 9, 4, 1, 0, 7, 31, 3, 4, 2, 31, 12, 0, 9, 31, 8,
    4, 3, 31, 70, 4, 1, 31, 4, 4, 6, 31, 1, 4, 1, 31, 1, 4, 8, 31, 18, 4, 2, 31, 13, 0, 48, 4, 1,
    0, 2, 4, 7, 31, 5, 0, 7, 4, 8, 31, 50, 0, 2, 31, 1, 0, 1, 31, 1, 0, 5, 31, 1, 0, 24, 31, 1, 0,
    1, 31, 1, 0, 10, 4, 1, 0, 2, 4, 9, 0, 1, 31, 2, 0, 5, 31, 1, 0, 1, 31, 1, 4, 7, 31, 13, 0, 4,
    31, 56, 4, 2, 31, 16, 0, 10, 31, 1, 4, 1, 31, 1, 4, 1, 31, 1, 4, 1, 31, 4, 4, 2, 31, 49, 4, 20,
    31, 1, 4, 2, 31, 5, 4, 11, 31, 1, 4, 36, 31, 9, 4, 1, 31, 57, 0, 43, 4, 20, 0, 1, 31, 16, 0, 6,
    4, 4, 0, 4, 4, 3, 0, 1, 4, 3, 0, 2, 4, 7, 0, 3, 4, 4, 0, 13, 4, 12, 0, 1, 4, 1, 31, 10, 4, 4,
    31, 191, 5, 4, 3, 31, 9, 0, 20, 31, 131, 6, 17, 1, 31, 145, 1, 4, 4, 31, 28, 4, 3, 31, 29, 4,
    2, 31, 30, 4, 2, 31, 12, 0, 52, 4, 32, 31, 3, 0, 1, 31, 4, 0, 1, 4, 1, 31, 18, 0, 10, 31, 17,
    4, 5, 31, 117, 4, 2, 31, 34, 4, 1, 31, 118, 4, 12, 31, 4, 4, 12, 31, 20, 0, 30, 31, 2, 0, 5,
    31, 11, 0, 44, 31, 4, 0, 26, 31, 77, 4, 5, 31, 4, 0, 53, 4, 10, 31, 1, 4, 29, 31, 2, 4, 1, 31,
    39, 0, 1, 31, 8, 4, 46, 31, 2, 4, 12, 31, 20, 4, 5, 31, 47, 4, 17, 31, 38, 4, 9, 31, 12, 4, 3,
    31, 30, 4, 13, 31, 56, 4, 14, 31, 48, 4, 20, 31, 152, 1, 4, 3, 31, 1, 4, 21, 31, 4, 4, 1, 31,
    6, 4, 1, 31, 2, 4, 3, 31, 198, 1, 4, 64, 31, 128, 4, 17, 7, 31, 1, 17, 3, 31, 1, 4, 1, 5, 1, 4,
    2, 31, 8, 12, 2, 31, 10, 12, 1, 31, 2, 13, 1, 3, 2, 4, 5, 16, 1, 31, 12, 159, 1, 31, 2, 16, 2,
    31, 3, 14, 1, 31, 4, 159, 1, 31, 10, 16, 1, 31, 10, 17, 1, 4, 5, 31, 1, 4, 10, 0, 1, 31, 3, 0,
    6, 31, 6, 0, 10, 31, 70, 4, 33, 31, 49, 159, 1, 31, 22, 159, 1, 31, 22, 0, 16, 31, 41, 0, 1,
    31, 10, 159, 6, 31, 15, 159, 2, 31, 239, 2, 159, 2, 31, 12, 159, 1, 31, 166, 1, 159, 1, 31, 25,
    159, 11, 31, 4, 159, 3, 31, 101, 0, 60, 31, 38, 159, 1, 31, 39, 0, 22, 31, 170, 1, 159, 2, 31,
    10, 159, 1, 31, 9, 159, 1, 31, 58, 159, 4, 31, 1, 159, 5, 31, 9, 159, 1, 31, 2, 159, 1, 31, 2,
    159, 2, 31, 2, 159, 1, 31, 4, 159, 1, 31, 2, 159, 1, 31, 1, 159, 2, 31, 2, 159, 1, 31, 3, 159,
    1, 31, 3, 159, 2, 31, 8, 159, 3, 31, 5, 159, 1, 31, 1, 159, 1, 31, 5, 159, 12, 31, 11, 159, 2,
    31, 2, 159, 1, 31, 1, 159, 2, 31, 1, 159, 1, 31, 18, 159, 1, 31, 2, 159, 2, 31, 18, 159, 6, 31,
    1, 159, 1, 31, 1, 159, 2, 31, 3, 159, 2, 31, 5, 159, 1, 31, 2, 159, 2, 31, 4, 159, 2, 31, 11,
    159, 2, 31, 5, 159, 2, 31, 2, 159, 1, 31, 5, 159, 2, 31, 1, 159, 1, 31, 1, 159, 2, 31, 20, 159,
    2, 31, 5, 159, 6, 31, 1, 159, 4, 31, 2, 159, 1, 31, 4, 159, 1, 31, 2, 159, 1, 31, 2, 159, 6,
    31, 1, 159, 1, 31, 2, 159, 1, 31, 1, 159, 1, 31, 1, 159, 1, 31, 6, 159, 1, 31, 3, 159, 1, 31,
    6, 159, 1, 31, 10, 159, 2, 31, 15, 159, 1, 31, 2, 159, 1, 31, 4, 159, 1, 31, 1, 159, 1, 31, 4,
    159, 3, 31, 1, 159, 1, 31, 11, 159, 2, 31, 17, 0, 30, 31, 1, 159, 3, 31, 9, 159, 1, 31, 14,
    159, 1, 31, 14, 159, 1, 31, 244, 2, 159, 2, 31, 207, 3, 159, 3, 31, 19, 159, 2, 31, 51, 159, 1,
    31, 4, 159, 1, 31, 153, 3, 4, 3, 31, 11, 0, 1, 31, 129, 1, 4, 1, 31, 96, 4, 32, 31, 128, 4, 17,
    1, 31, 5, 0, 2, 31, 25, 0, 9, 4, 6, 159, 1, 7, 5, 31, 2, 0, 3, 31, 2, 159, 1, 31, 3, 0, 86, 31,
    2, 4, 2, 7, 2, 0, 3, 7, 91, 31, 1, 7, 4, 31, 146, 1, 0, 4, 31, 90, 7, 16, 31, 32, 0, 10, 31,
    30, 0, 8, 31, 1, 0, 15, 31, 32, 0, 10, 31, 13, 159, 1, 31, 1, 159, 1, 31, 23, 0, 15, 31, 16, 7,
    47, 31, 1, 7, 88, 31, 168, 1, 0, 192, 51, 31, 64, 0, 128, 164, 1, 31, 239, 12, 4, 4, 31, 1, 4,
    10, 31, 32, 4, 2, 31, 80, 4, 2, 31, 22, 9, 15, 31, 9, 9, 2, 31, 103, 9, 2, 31, 119, 4, 1, 31,
    3, 4, 1, 31, 4, 4, 1, 31, 23, 4, 5, 31, 4, 4, 1, 31, 3, 0, 6, 31, 74, 4, 2, 31, 50, 4, 18, 31,
    26, 4, 18, 31, 13, 4, 1, 31, 38, 4, 8, 31, 25, 4, 13, 31, 44, 4, 4, 31, 47, 4, 14, 31, 31, 0,
    5, 4, 1, 0, 10, 31, 10, 0, 5, 31, 42, 4, 14, 31, 12, 4, 1, 31, 8, 4, 2, 31, 18, 0, 23, 31, 3,
    0, 1, 4, 3, 0, 50, 4, 1, 0, 1, 4, 3, 0, 2, 4, 2, 0, 5, 4, 2, 0, 1, 4, 1, 0, 1, 31, 24, 0, 3,
    31, 13, 4, 5, 31, 5, 4, 2, 31, 100, 9, 1, 31, 135, 1, 4, 8, 31, 1, 4, 2, 31, 146, 154, 1, 0,
    238, 2, 31, 2, 0, 106, 31, 67, 8, 1, 4, 1, 8, 10, 31, 1, 8, 13, 31, 1, 8, 5, 31, 1, 8, 1, 31,
    1, 8, 2, 31, 1, 8, 2, 31, 1, 8, 10, 31, 176, 5, 4, 16, 31, 3, 13, 1, 31, 12, 4, 16, 31, 3, 16,
    2, 31, 24, 16, 3, 14, 1, 31, 1, 12, 1, 31, 1, 14, 1, 13, 1, 31, 169, 1, 4, 1, 31, 7, 12, 1, 31,
    4, 14, 1, 31, 1, 12, 1, 31, 11, 13, 1, 14, 1, 31, 35, 16, 1, 31, 38, 7, 56, 4, 2, 31, 89, 4, 3,
    31, 136, 224, 3, 159, 1, 31, 39, 159, 4, 31, 100, 159, 12, 31, 15, 159, 2, 31, 15, 159, 1, 31,
    14, 159, 2, 31, 37, 159, 10, 0, 13, 31, 99, 159, 2, 31, 12, 159, 2, 31, 14, 159, 1, 31, 2, 159,
    10, 31, 19, 159, 56, 6, 26, 31, 1, 159, 15, 31, 10, 159, 1, 31, 20, 159, 1, 31, 2, 159, 9, 31,
    1, 159, 4, 31, 9, 159, 23, 31, 6, 159, 188, 1, 31, 2, 159, 112, 31, 2, 159, 2, 31, 1, 159, 3,
    31, 2, 159, 83, 31, 2, 159, 3, 31, 1, 159, 4, 4, 5, 159, 254, 1, 31, 1, 159, 63, 31, 11, 159,
    6, 31, 1, 159, 24, 31, 7, 159, 2, 31, 2, 159, 8, 31, 12, 159, 1, 31, 2, 159, 4, 31, 2, 159, 1,
    31, 4, 159, 2, 31, 13, 159, 2, 31, 2, 159, 1, 31, 8, 159, 2, 31, 9, 159, 1, 31, 5, 159, 3, 31,
    12, 159, 3, 31, 8, 159, 3, 31, 2, 159, 1, 31, 1, 159, 1, 31, 4, 159, 1, 31, 6, 159, 1, 31, 3,
    159, 1, 31, 6, 159, 86, 31, 48, 159, 70, 31, 5, 159, 8, 31, 2, 159, 17, 31, 3, 159, 1, 31, 1,
    159, 6, 31, 2, 159, 13, 31, 218, 1, 159, 38, 31, 12, 159, 4, 31, 56, 159, 8, 31, 10, 159, 6,
    31, 40, 159, 8, 31, 30, 159, 2, 31, 12, 159, 4, 31, 2, 159, 14, 31, 9, 159, 39, 31, 12, 159,
    47, 31, 1, 159, 10, 31, 1, 159, 185, 1, 31, 88, 159, 8, 31, 14, 159, 146, 1, 31, 128, 2, 159,
    254, 7, 31, 131, 128, 48, 4, 1, 31, 30, 4, 96, 31, 128, 1, 4, 240, 1, 31,
];

/// The byte of a run of [`EXCEPTIONS`] back to the default.
const DEFAULT: u8 = 31;

/// The bit of a byte of [`EXCEPTIONS`] for Extended_Pictographic (which a
/// joiner before it keeps in the word, rule WB3c).
const PICTOGRAPHIC: u8 = 1 << 7;

/// [`EXCEPTIONS`] decoded, once: each run as its first code point (the low
/// 21 bits) and its byte (the top 8).
fn runs() -> &'static [u32] {
    static RUNS: std::sync::OnceLock<Vec<u32>> = std::sync::OnceLock::new();
    RUNS.get_or_init(|| {
        let mut runs = Vec::new();
        let (mut first, mut gap, mut shift) = (0, 0, 0);
        let mut bytes = EXCEPTIONS.iter();
        while let Some(&byte) = bytes.next() {
            gap |= u32::from(byte & 0x7f) << shift;
            shift += 7;
            if byte & 0x80 == 0 {
                first += gap;
                let kind = bytes.next().copied().unwrap_or(DEFAULT);
                runs.push(first | u32::from(kind) << 24);
                (gap, shift) = (0, 0);
            }
        }
        runs
    })
}

/// The property the standard library's Unicode tables give: a letter
/// (Alphabetic) is ALetter, a number is Numeric.
fn by_default(c: char) -> Break {
    if c.is_alphabetic() {
        Break::ALetter
    } else if c.is_numeric() {
        Break::Numeric
    } else {
        Break::Other
    }
}

/// True for the letters of presend's languages beyond ASCII (Latin-1 and
/// Latin Extended, Greek and Cyrillic, accented or not): their property is
/// ALetter, found without a search of the table.
pub fn is_plain_letter(c: char) -> bool {
    matches!(c, '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{2D7}'
        | '\u{388}'..='\u{38A}' | '\u{38E}'..='\u{3A1}' | '\u{3A3}'..='\u{3F5}'
        | '\u{3F7}'..='\u{481}' | '\u{48A}'..='\u{52F}')
}

/// The Word_Break property of `c`, and whether it is Extended_Pictographic.
fn property(c: char) -> (Break, bool) {
    if c.is_ascii() {
        let class = match c {
            '\r' => Break::Cr,
            '\n' => Break::Lf,
            '\u{b}' | '\u{c}' => Break::Newline,
            ' ' => Break::WSegSpace,
            '\'' => Break::SingleQuote,
            '"' => Break::DoubleQuote,
            '.' => Break::MidNumLet,
            ':' => Break::MidLetter,
            ',' | ';' => Break::MidNum,
            '_' => Break::ExtendNumLet,
            '0'..='9' => Break::Numeric,
            'a'..='z' | 'A'..='Z' => Break::ALetter,
            _ => Break::Other,
        };
        return (class, false);
    }
    if is_plain_letter(c) {
        return (Break::ALetter, false);
    }
    let runs = runs();
    let run = runs.partition_point(|&run| run & 0x1f_ffff <= c as u32);
    let kind = run
        .checked_sub(1)
        .map_or(DEFAULT, |at| (runs[at] >> 24) as u8);
    let class = match kind & !PICTOGRAPHIC {
        DEFAULT => by_default(c),
        number => BREAKS[usize::from(number)],
    };
    (class, kind & PICTOGRAPHIC != 0)
}

/// A character with the Extend, Format and joiner characters after it,
/// which the rules pass over (WB4), as one.
#[derive(Debug, Clone, Copy)]
struct Unit {
    class: Break,
    /// Where it ends in the text (bytes).
    end: usize,
    /// Where it starts.
    start: usize,
    /// True when nothing was passed over after the character.
    bare: bool,
    /// True when its last character is the zero-width joiner.
    ends_in_joiner: bool,
    /// True when the character is Extended_Pictographic.
    pictographic: bool,
}

/// A character read: where it is, what it is, and its property.
type Read = (usize, char, Break, bool);

/// The units of a text, in order, each character's property read once.
struct Units<'a> {
    chars: std::str::CharIndices<'a>,
    /// The character after the last unit, read to see it was not passed over.
    next: Option<Read>,
}

impl Units<'_> {
    fn read(&mut self) -> Option<Read> {
        self.chars.next().map(|(at, c)| {
            let (class, pictographic) = property(c);
            (at, c, class, pictographic)
        })
    }
}

impl Iterator for Units<'_> {
    type Item = Unit;

    fn next(&mut self) -> Option<Unit> {
        let (start, first, class, pictographic) = self.next.take().or_else(|| self.read())?;
        let mut end = start + first.len_utf8();
        let mut last = first;
        // After a line break nothing is passed over (WB3a, WB4).
        let passes_over = !matches!(class, Break::Cr | Break::Lf | Break::Newline);
        loop {
            match self.read() {
                Some((at, c, Break::Extend | Break::Zwj, _)) if passes_over => {
                    end = at + c.len_utf8();
                    last = c;
                }
                read => {
                    self.next = read;
                    break;
                }
            }
        }
        Some(Unit {
            class,
            end,
            start,
            bare: end == start + first.len_utf8(),
            ends_in_joiner: last == '\u{200D}',
            pictographic,
        })
    }
}

fn is_ah_letter(class: Break) -> bool {
    matches!(class, Break::ALetter | Break::HebrewLetter)
}

fn is_mid_letter(class: Break) -> bool {
    matches!(
        class,
        Break::MidLetter | Break::MidNumLet | Break::SingleQuote
    )
}

fn is_mid_num(class: Break) -> bool {
    matches!(class, Break::MidNum | Break::MidNumLet | Break::SingleQuote)
}

/// True when a word boundary falls between units `a` and `b`, with the
/// classes of the unit before `a` and after `b`, and how many regional
/// indicators end at `a`.
fn breaks_between(
    before: Option<Break>,
    a: &Unit,
    b: &Unit,
    after: Option<Break>,
    indicators: usize,
) -> bool {
    use Break::*;
    let (x, y) = (a.class, b.class);
    match (x, y) {
        (Cr, Lf) => return false,
        (Cr | Lf | Newline, _) | (_, Cr | Lf | Newline) => return true,
        _ => {}
    }
    if a.ends_in_joiner && b.pictographic {
        return false; // WB3c
    }
    if a.bare && x == WSegSpace && y == WSegSpace {
        return false; // WB3d
    }
    let keeps = (is_ah_letter(x) && is_ah_letter(y))
        || (is_ah_letter(x) && is_mid_letter(y) && after.is_some_and(is_ah_letter))
        || (before.is_some_and(is_ah_letter) && is_mid_letter(x) && is_ah_letter(y))
        || (x == HebrewLetter && y == SingleQuote)
        || (x == HebrewLetter && y == DoubleQuote && after == Some(HebrewLetter))
        || (before == Some(HebrewLetter) && x == DoubleQuote && y == HebrewLetter)
        || ((is_ah_letter(x) || x == Numeric) && (is_ah_letter(y) || y == Numeric))
        || (before == Some(Numeric) && is_mid_num(x) && y == Numeric)
        || (x == Numeric && is_mid_num(y) && after == Some(Numeric))
        || (x == Katakana && y == Katakana)
        || (matches!(
            x,
            ALetter | HebrewLetter | Numeric | Katakana | ExtendNumLet
        ) && y == ExtendNumLet)
        || (x == ExtendNumLet && matches!(y, ALetter | HebrewLetter | Numeric | Katakana))
        || (x == RegionalIndicator && y == RegionalIndicator && indicators % 2 == 1);
    !keeps
}

/// Calls `f` with the byte range of each piece of `text` between two word
/// boundaries, in order: words, and the runs of spaces and punctuation
/// between them.
pub fn for_each_piece(text: &str, mut f: impl FnMut(usize, usize)) {
    let mut units = Units {
        chars: text.char_indices(),
        next: None,
    };
    let Some(mut a) = units.next() else {
        return;
    };
    let mut before = None;
    let mut indicators = usize::from(a.class == Break::RegionalIndicator);
    let mut start = 0;
    let mut next = units.next();
    while let Some(b) = next {
        let after = units.next();
        if breaks_between(before, &a, &b, after.map(|u| u.class), indicators) {
            f(start, a.end);
            start = b.start;
        }
        indicators = if b.class == Break::RegionalIndicator {
            indicators + 1
        } else {
            0
        };
        before = Some(a.class);
        a = b;
        next = after;
    }
    f(start, a.end);
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn pieces(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        for_each_piece(text, |start, end| out.push(&text[start..end]));
        out
    }

    fn crate_pieces(text: &str) -> Vec<&str> {
        text.split_word_bounds().collect()
    }

    /// `count` random texts of up to `longest - 1` characters of `alphabet`
    /// (the same on every run).
    pub(crate) fn random_texts(
        alphabet: &[char],
        longest: usize,
        count: usize,
    ) -> impl Iterator<Item = String> + '_ {
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut random = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed as usize
        };
        (0..count).map(move |_| {
            (0..random() % longest)
                .map(|_| alphabet[random() % alphabet.len()])
                .collect()
        })
    }

    /// True when the crate's cut of `text` is the standard's: where a
    /// joiner keeps a pictograph in the word (WB3c), the crate cuts after
    /// the pictograph whatever follows ("\u{200D}ℹa", where ℹ is a letter),
    /// and keeps a mark that precedes the joiner in the word ("1;\u{200D}👍").
    pub(crate) fn crate_cuts_as_the_standard(text: &str) -> bool {
        !text
            .split('\u{200D}')
            .skip(1)
            .any(|rest| rest.chars().next().is_some_and(|c| property(c).1))
    }

    #[test]
    fn a_joiner_keeps_a_pictograph_in_the_word_and_the_rules_go_on() {
        assert_eq!(pieces("a\u{200D}👍 b"), ["a\u{200D}👍", " ", "b"]);
        assert_eq!(pieces("\u{200D}ℹa"), ["\u{200D}ℹa"]);
        assert_eq!(pieces("1;\u{200D}👍1"), ["1", ";\u{200D}👍", "1"]);
        assert_eq!(pieces("\u{200D}©©"), ["\u{200D}©", "©"]);
    }

    /// The property of `c` as the crate's cut shows it: each value of
    /// [`Break`] is told apart by how the crate cuts `c` beside a few
    /// characters of known property.
    fn property_by_crate(c: char) -> (Break, bool) {
        let one = |s: String| crate_pieces(&s).len() == 1;
        let s = |parts: &[&str]| parts.concat();
        let c = &c.to_string()[..];
        let pictographic = one(s(&["\u{200D}", c]));
        let class = if c == "\r" {
            Break::Cr
        } else if c == "\n" {
            Break::Lf
        } else if !one(s(&[c, "\u{301}"])) {
            Break::Newline
        } else if one(s(&[" ", c])) && one(s(&["a", c, "a"])) {
            if one(s(&["a", c, "\u{1F600}"])) {
                Break::Zwj
            } else {
                Break::Extend
            }
        } else if one(s(&[" ", c])) {
            Break::WSegSpace
        } else if crate_pieces(&s(&[c, c, c])).len() == 2 {
            Break::RegionalIndicator
        } else if one(s(&["a", c])) {
            if one(s(&[c, ".1"])) {
                Break::Numeric
            } else if one(s(&[c, ".a"])) {
                if one(s(&[c, "'"])) {
                    Break::HebrewLetter
                } else {
                    Break::ALetter
                }
            } else {
                Break::ExtendNumLet
            }
        } else if one(s(&["\u{30A2}", c])) {
            Break::Katakana
        } else {
            match (one(s(&["a", c, "a"])), one(s(&["1", c, "1"]))) {
                (true, true) if one(s(&["\u{5D0}", c])) => Break::SingleQuote,
                (true, true) => Break::MidNumLet,
                (true, false) => Break::MidLetter,
                (false, true) => Break::MidNum,
                _ if one(s(&["\u{5D0}", c, "\u{5D0}"])) => Break::DoubleQuote,
                _ => Break::Other,
            }
        };
        (
            class,
            pictographic && !matches!(class, Break::Extend | Break::Zwj),
        )
    }

    /// True for the characters whose property [`EXCEPTIONS`] gives exactly.
    fn is_exact(c: char) -> bool {
        matches!(c, '\u{80}'..='\u{FFFF}' | '\u{1F000}'..='\u{1FFFF}' | '\u{E0000}'..='\u{E0FFF}')
    }

    /// [`EXCEPTIONS`] as the crate gives it, and as Rust source.
    fn exceptions_by_crate() -> (Vec<u8>, String) {
        let mut bytes = Vec::new();
        let (mut last_kind, mut last_first) = (DEFAULT, 0);
        for c in '\u{80}'..=char::MAX {
            let (class, pictographic) = if is_exact(c) {
                property_by_crate(c)
            } else {
                (by_default(c), false)
            };
            let number = if class == by_default(c) {
                DEFAULT
            } else {
                class as u8
            };
            let kind = number | if pictographic { PICTOGRAPHIC } else { 0 };
            if kind != last_kind {
                let mut gap = c as u32 - last_first;
                loop {
                    let byte = (gap & 0x7f) as u8;
                    gap >>= 7;
                    bytes.push(if gap > 0 { byte | 0x80 } else { byte });
                    if gap == 0 {
                        break;
                    }
                }
                bytes.push(kind);
                (last_kind, last_first) = (kind, c as u32);
            }
        }
        let mut source = String::from("const EXCEPTIONS: &[u8] = &[\n");
        for line in bytes.chunks(16) {
            let line: Vec<String> = line.iter().map(|b| b.to_string()).collect();
            source.push_str(&format!("    {},\n", line.join(", ")));
        }
        source.push_str("];\n");
        (bytes, source)
    }

    #[test]
    fn exceptions_are_what_unicode_segmentation_cuts() {
        let (entries, source) = exceptions_by_crate();
        assert!(
            entries == EXCEPTIONS,
            "the table differs from unicode-segmentation's cut; put this in word_bounds.rs:\n{source}"
        );
    }

    #[test]
    fn every_character_is_cut_as_unicode_segmentation_cuts_it() {
        // Each character the table is exact for, beside characters of the
        // properties whose rules could keep it in a word or part it off.
        let contexts = [
            ["a", "a"],
            ["1", "1"],
            [" ", " "],
            ["\u{5D0}", "\u{5D0}"],
            ["\u{30A2}", "_"],
            ["\u{200D}", "\u{301}"],
            ["\u{1F1EC}", "\u{1F1E7}"],
            ["\r", "\n"],
        ];
        let mut wrong = Vec::new();
        for c in ('\u{0}'..=char::MAX).filter(|&c| c.is_ascii() || is_exact(c)) {
            for [before, after] in contexts {
                let text = format!("{before}{c}{c}{after}");
                if crate_cuts_as_the_standard(&text) && pieces(&text) != crate_pieces(&text) {
                    wrong.push(text);
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "{} cut otherwise, as {:?}",
            wrong.len(),
            &wrong[..wrong.len().min(20)]
        );
    }

    #[test]
    fn texts_of_every_property_are_cut_as_unicode_segmentation_cuts_them() {
        // Random texts of characters of every property, and of the
        // letters, marks and punctuation of presend's languages.
        let alphabet: Vec<char> = "aZ09 \r\n\u{b}\u{85}\u{2028}.,;:'\"_!?-()\u{a0}\u{202f}\u{2003}\u{3000}\
             éßǅ\u{301}\u{345}ёЖѐ\u{483}\u{489}\u{2de0}λΣΐ\u{387}\u{37e}ʼ’‘·\u{ad}\u{200b}\u{200c}\
             \u{200d}\u{200e}\u{2060}\u{feff}\u{fe0f}²½Ⅻ١\u{5d0}\u{5f3}ア\u{ff66}中あก\u{e01}\u{e31}\
             ©❤😀👍\u{1f3fb}\u{1f1ec}\u{1f1e7}\u{e0067}"
            .chars()
            .collect();
        for text in random_texts(&alphabet, 12, 100_000) {
            if crate_cuts_as_the_standard(&text) {
                assert_eq!(pieces(&text), crate_pieces(&text), "{text:?}");
            }
        }
    }
}
