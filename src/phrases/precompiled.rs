//! The phrase lists that ship with presend, compiled by `build.rs` and
//! stored as compact bytes, decoded once, at start-up, into data that lives
//! as long as the process (as static data would).
//!
//! Format (numbers are LEB128 varints; a string is its start and length in
//! [`STRINGS`]): first the table of words — the 128 most used, then the
//! others, each group in alphabetical order — their count, then each as
//! the number of its letters not shared with the word before
//! it times three plus its kind (0 stem, 1 prefix, 2 exact), then one byte
//! each: how many letters it shares with the word before it (in
//! alphabetical order, forms of one stem sit side by side). A word is those first letters of the word before
//! it followed by the next letters of [`WORDS`] (see [`words_text`]; the
//! hash a stem or an exact word is looked up by is worked out here, not
//! stored: 8 bytes a word that would not compress); then the
//! table of word sets, most used first — their count, then each one's
//! count of words, then each one's words as their numbers in the table of
//! words, smallest first, each as its distance from the one before (put back in the set's order
//! here; `build.rs` makes sure that gives the order the set was compiled
//! in).
//!
//! Then the phrases, each kind of value in a stream of its own, which
//! gzip packs much tighter than one stream in which they alternate:
//! - the stream of lists ([`PHRASES_FROM`]): for each file at its offset in
//!   [`LISTS`], the number of phrases, and for each its text (a string,
//!   when [`LISTS`] says the file's texts are there; the files' own texts
//!   are not shipped: the WebAssembly build finds each list by its name),
//!   and one byte: its language (0 en, 1 ru, 2 el) plus three times which
//!   guards it has (1 before, 2 after, 3 both); its programs (match, then
//!   the guards it has) run each to its one `match` instruction, which ends
//!   it, so no length is written;
//! - then, at [`STREAMS_AT`], the programs' instructions: one tag each (0
//!   word, 1 set, 2 peek, 3 split, 4 jump, 5 gap, 6 start, 7 end, 8
//!   match); the word of each word instruction (its number in the table of
//!   words); the set of each set (its number in the table of sets; a
//!   peek's words are not written: they are the first words of what
//!   follows it, worked out on first use, see [`PeekSet`]); the targets
//!   of splits (two) and jumps (one), each as its distance from the
//!   instruction (zigzag: twice the distance, plus one when it points
//!   back); and the length of each gap (one byte).

use super::compile::{order_set, CompiledPhrase, Inst, PeekSet, Tok, WordSet};
use crate::language::Lang;
use crate::words::hash;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/precompiled_phrases.rs"));

/// Reads one stream of [`BYTES`], from a position.
struct Reader {
    at: usize,
}

impl Reader {
    fn byte(&mut self) -> u8 {
        self.at += 1;
        BYTES[self.at - 1]
    }

    fn number(&mut self) -> usize {
        let mut n = 0;
        let mut shift = 0;
        loop {
            let byte = self.byte();
            n |= usize::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return n;
            }
            shift += 7;
        }
    }

    fn string(&mut self) -> &'static str {
        let start = self.number();
        let len = self.number();
        &STRINGS[start..start + len]
    }
}

/// Every shipped phrase, and for each file of [`LISTS`] the range of its
/// phrases.
struct Decoded {
    phrases: &'static [CompiledPhrase],
    lists: Vec<Range<usize>>,
}

/// A phrase before its programs are slices of the one array of
/// instructions.
struct Pending {
    text: &'static str,
    lang: Lang,
    programs: [Range<usize>; 3],
}

/// The strings of the table of words as UTF-8, one after another, and
/// where each is: each word (its letters not shared with the word before
/// it, and how many it shares, as the table writes them) is that many first
/// letters of the word before it, then its own letters of [`WORDS`], where
/// each letter outside ASCII is one byte, its place in [`LETTERS`] plus 128.
fn words_text(shapes: &[usize], shared: &[u8]) -> (&'static str, Vec<Range<usize>>) {
    let mut text = String::with_capacity(WORDS.len() * 3);
    let mut ranges = Vec::with_capacity(shapes.len());
    let mut previous = 0..0;
    let mut own = WORDS.iter();
    let mut prefix = String::new();
    for (shape, &shared) in shapes.iter().zip(shared) {
        let start = text.len();
        let end = text[previous.clone()]
            .char_indices()
            .nth(shared.into())
            .map_or(previous.end, |(at, _)| previous.start + at);
        prefix.clear();
        prefix.push_str(&text[previous.start..end]);
        text.push_str(&prefix);
        for &b in own.by_ref().take(shape / 3) {
            text.push(match b {
                0..=127 => char::from(b),
                _ => LETTERS[usize::from(b - 128)],
            });
        }
        previous = start..text.len();
        ranges.push(previous.clone());
    }
    (Box::leak(text.into_boxed_str()), ranges)
}

fn decoded() -> &'static Decoded {
    static DECODED: OnceLock<Decoded> = OnceLock::new();
    DECODED.get_or_init(decode)
}

/// Decodes everything: a handful of allocations, kept for the life of the
/// process.
fn decode() -> Decoded {
    let (phrase_count, set_words, inst_count, peek_count) = COUNTS;
    let mut r = Reader { at: 0 };
    let shapes: Vec<usize> = (0..r.number()).map(|_| r.number()).collect();
    let shared = &BYTES[r.at..r.at + shapes.len()];
    r.at += shapes.len();
    let (words_text, ranges) = words_text(&shapes, shared);
    let toks: &'static [Tok] = shapes
        .iter()
        .zip(ranges)
        .map(|(shape, range)| {
            let word = &words_text[range];
            match shape % 3 {
                0 => Tok::Stem(Cow::Borrowed(word), hash(word.as_bytes())),
                1 => Tok::Prefix(Cow::Borrowed(word)),
                _ => Tok::Exact(Cow::Borrowed(word), hash(word.as_bytes())),
            }
        })
        .collect::<Vec<Tok>>()
        .leak();
    let mut set_toks: Vec<Tok> = Vec::with_capacity(set_words);
    let mut set_ranges = Vec::new();
    let set_sizes: Vec<usize> = (0..r.number()).map(|_| r.number()).collect();
    for size in set_sizes {
        let start = set_toks.len();
        let mut index = 0;
        for _ in 0..size {
            index += r.number();
            set_toks.push(toks[index].clone());
        }
        order_set(&mut set_toks[start..]);
        set_ranges.push(start..set_toks.len());
    }
    let set_toks: &'static [Tok] = set_toks.leak();
    let sets: &'static [WordSet] = set_ranges
        .into_iter()
        .map(|range| WordSet::of_ordered(Cow::Borrowed(&set_toks[range])))
        .collect::<Vec<WordSet>>()
        .leak();
    debug_assert_eq!(r.at, PHRASES_FROM);
    let [tags_at, words_at, sets_at, targets_at, gaps_at] = STREAMS_AT;
    // Each peek has words of its own, worked out on first use.
    let mut peeks = (0..peek_count)
        .map(|_| PeekSet::later())
        .collect::<Vec<PeekSet>>()
        .leak()
        .iter();
    let mut tags = Reader { at: tags_at };
    let mut words = Reader { at: words_at };
    let mut set_numbers = Reader { at: sets_at };
    let mut targets = Reader { at: targets_at };
    let mut gaps = Reader { at: gaps_at };
    let mut insts: Vec<Inst> = Vec::with_capacity(inst_count);
    // A program runs to its one `Match`, which ends it.
    let mut program = || {
        let start = insts.len();
        for pc in 0.. {
            // A target is written as its distance from `pc` (zigzag).
            let mut target = || {
                let zigzag = targets.number();
                let delta = (zigzag >> 1) as isize;
                (pc as isize + if zigzag & 1 == 1 { -delta } else { delta }) as u16
            };
            let inst = match tags.byte() {
                0 => Inst::Word(&toks[words.number()]),
                1 => Inst::Set(&sets[set_numbers.number()]),
                2 => Inst::Peek(peeks.next().expect("the build counts every peek")),
                3 => Inst::Split(target(), target()),
                4 => Inst::Jump(target()),
                5 => Inst::Gap(gaps.byte()),
                6 => Inst::Start,
                7 => Inst::End,
                8 => Inst::Match,
                tag => unreachable!("instruction tag {tag} in the compiled phrases"),
            };
            insts.push(inst);
            if matches!(inst, Inst::Match) {
                break;
            }
        }
        start..insts.len()
    };
    let mut pending = Vec::with_capacity(phrase_count);
    let mut lists = Vec::with_capacity(LISTS.len());
    for &(_, offset, _, has_texts) in LISTS {
        debug_assert_eq!(r.at, PHRASES_FROM + offset);
        let start = pending.len();
        for _ in 0..r.number() {
            let text = if has_texts { r.string() } else { "" };
            // The language, and which guards follow (1 before, 2 after).
            let byte = r.byte();
            let lang = match byte % 3 {
                0 => Lang::En,
                1 => Lang::Ru,
                _ => Lang::El,
            };
            let guards = byte / 3;
            let matched = program();
            let before = if guards & 1 == 1 { program() } else { 0..0 };
            let after = if guards & 2 == 2 { program() } else { 0..0 };
            let programs = [matched, before, after];
            pending.push(Pending {
                text,
                lang,
                programs,
            });
        }
        lists.push(start..pending.len());
    }
    debug_assert_eq!(r.at, tags_at);
    debug_assert!(
        peeks.next().is_none(),
        "every peek the build counted is read"
    );
    debug_assert_eq!(
        [tags.at, words.at, set_numbers.at, targets.at, gaps.at],
        [words_at, sets_at, targets_at, gaps_at, BYTES.len()]
    );
    let insts: &'static [Inst] = insts.leak();
    let phrases: Vec<CompiledPhrase> = pending
        .into_iter()
        .map(|p| {
            let [program, before, after] = p.programs.map(|range| Cow::Borrowed(&insts[range]));
            CompiledPhrase {
                text: Cow::Borrowed(p.text),
                lang: p.lang,
                program,
                before,
                after,
            }
        })
        .collect();
    Decoded {
        phrases: Box::leak(phrases.into_boxed_slice()),
        lists,
    }
}

/// The compiled phrases of the file `name` (its file name without `.txt`),
/// when the build compiled it. Native builds also make sure the build
/// compiled the same `source` (the file's text) and answer `None` when it
/// did not; the WebAssembly build, whose lists are all compiled and which
/// does not carry their texts, finds the list by its name alone.
pub fn phrases_of(name: &str, source: &str) -> Option<&'static [CompiledPhrase]> {
    let index = LISTS.iter().position(|&(listed, ..)| listed == name)?;
    #[cfg(not(target_arch = "wasm32"))]
    if TEXTS[index] != source {
        return None;
    }
    #[cfg(target_arch = "wasm32")]
    let _ = source;
    let decoded = decoded();
    Some(&decoded.phrases[decoded.lists[index].clone()])
}

/// True when the core may read the texts of the phrases of the file `name`
/// (named in `TEXTS_READ` in `build.rs`, so the WebAssembly build ships
/// them); false for any other list, and for a name the build did not see.
pub fn texts_kept(name: &str) -> bool {
    LISTS
        .iter()
        .any(|&(listed, _, kept, _)| listed == name && kept)
}

/// The names and texts of the files the build compiled.
#[cfg(test)]
pub fn sources() -> Vec<(&'static str, &'static str)> {
    LISTS
        .iter()
        .map(|&(name, ..)| name)
        .zip(TEXTS.iter().copied())
        .collect()
}
