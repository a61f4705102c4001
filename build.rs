//! Compiles the phrase lists that ship with presend (`src/rules/*.txt`,
//! `src/layout/*.txt`, `src/tone/*.txt`) into word programs ahead of time,
//! with the same code the library uses at run time, so that start-up — paid
//! on every Send in a fresh service worker — neither parses nor stems them:
//! the programs ship as compact bytes (`src/phrases/precompiled.rs` reads
//! them), and start-up only decodes and indexes them.
#![allow(clippy::disallowed_methods)] // the build sorts freely: it is not in the module
#![allow(dead_code)]

#[path = "src/phrases/compile.rs"]
mod compile;
#[path = "src/greeklish.rs"]
mod greeklish;
#[path = "src/language.rs"]
mod language;
#[path = "src/normalize.rs"]
mod normalize;
#[path = "src/sort.rs"]
mod sort;
#[path = "src/translit.rs"]
mod translit;
#[path = "src/typed_in_latin.rs"]
mod typed_in_latin;
#[path = "src/word_bounds.rs"]
mod word_bounds;
#[path = "src/words.rs"]
mod words;

use compile::{CompiledPhrase, Inst, Tok, WordSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const PHRASE_FOLDERS: &[&str] = &["src/rules", "src/layout", "src/tone"];

/// The lists whose phrases' texts the core reads as words (names, forms,
/// acronyms, words allowed twice). The WebAssembly build ships the other
/// lists' phrases without their texts, which nothing there reads (native
/// builds keep every text: the tests compare them). These lists are read
/// only as texts, never matched (`PhraseList::builtin` refuses them), so
/// the WebAssembly build ships them without their programs, and their
/// words stay out of the table of words: each phrase's program is the one
/// instruction `match`.
const TEXTS_READ: &[&str] = &[
    "names.diminutives",
    "names.not_names",
    "names.roles",
    "repeated_word",
    "shouting",
    "vy_capitalization",
];

fn phrase_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in PHRASE_FOLDERS {
        println!("cargo:rerun-if-changed={dir}");
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("folder entry").path();
            if path.extension().is_some_and(|e| e == "txt") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The compiled phrases as compact bytes, decoded at start-up by
/// `src/phrases/precompiled.rs` (see there for the format): static Rust
/// data of the same phrases weighed 630 KB in the WASM module, mostly the
/// same words over and over; here each word is written once.
#[derive(Default)]
struct Encoder {
    /// The encoded phrases, as streams of like values.
    streams: Streams,
    /// Every phrase text kept, one after another.
    strings: String,
    interned: std::collections::HashMap<String, (usize, usize)>,
    /// Every distinct word, the most used first (see [`Encoder::seeded`]),
    /// so the common ones are written in one byte.
    toks: Vec<Tok>,
    tok_index: std::collections::HashMap<String, usize>,
    /// How often each word of `toks` was written.
    tok_uses: Vec<usize>,
    /// Every distinct set of words, most used first: its words' numbers,
    /// encoded (their count is `set_values`' own).
    sets: Vec<Vec<u8>>,
    set_index: std::collections::HashMap<String, usize>,
    /// The sets themselves, and how often each was written.
    set_values: Vec<WordSet>,
    set_uses: Vec<usize>,
    /// How many words the sets hold, how many instructions the programs,
    /// and how many of those are peeks, all together.
    set_words: usize,
    insts: usize,
    peeks: usize,
}

/// The phrases of every list, each kind of value in a stream of its own:
/// gzip (which is how the WebAssembly module travels and is weighed) packs
/// a run of like values much tighter than one stream in which instruction
/// tags, word numbers and jump distances alternate.
#[derive(Default)]
struct Streams {
    /// Per list, its number of phrases; per phrase, its text (when kept),
    /// its language and the length of each of its three programs.
    lists: Vec<u8>,
    /// One tag per instruction.
    tags: Vec<u8>,
    /// The word of each word instruction (its number in the table).
    words: Vec<u8>,
    /// The set of each set or peek instruction (its number in the table).
    sets: Vec<u8>,
    /// The targets of splits and jumps.
    targets: Vec<u8>,
    /// The length of each gap.
    gaps: Vec<u8>,
}

impl Streams {
    /// The streams one after another, and where each after the first
    /// starts.
    fn joined(self) -> (Vec<u8>, [usize; 5]) {
        let mut bytes = self.lists;
        let mut starts = [0; 5];
        for (start, stream) in
            starts
                .iter_mut()
                .zip([self.tags, self.words, self.sets, self.targets, self.gaps])
        {
            *start = bytes.len();
            bytes.extend(stream);
        }
        (bytes, starts)
    }
}

/// The text of a word of a pattern, whatever its kind.
fn tok_text(tok: &Tok) -> &str {
    match tok {
        Tok::Stem(s, _) | Tok::Prefix(s) | Tok::Exact(s, _) => s,
    }
}

impl Encoder {
    fn number(out: &mut Vec<u8>, mut n: usize) {
        loop {
            let byte = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                out.push(byte);
                return;
            }
            out.push(byte | 0x80);
        }
    }

    fn string(&mut self, text: &str) {
        let (start, len) = match self.interned.get(text) {
            Some(&at) => at,
            None => {
                let at = (self.strings.len(), text.len());
                self.strings.push_str(text);
                self.interned.insert(text.to_string(), at);
                at
            }
        };
        Self::number(&mut self.streams.lists, start);
        Self::number(&mut self.streams.lists, len);
    }

    /// The number of `tok` in the table of words (added when new), counted
    /// as one more use.
    fn tok(&mut self, tok: &Tok) -> usize {
        let key = format!("{tok:?}");
        let index = match self.tok_index.get(&key) {
            Some(&i) => i,
            None => {
                self.add_tok(key, tok);
                self.toks.len() - 1
            }
        };
        self.tok_uses[index] += 1;
        index
    }

    /// Gives `tok` the next index of the table of words.
    fn add_tok(&mut self, key: String, tok: &Tok) {
        self.toks.push(tok.clone());
        self.tok_uses.push(0);
        self.tok_index.insert(key, self.toks.len() - 1);
    }

    /// The number of `set` in the table of sets (added when new), counted
    /// as one more use.
    fn word_set(&mut self, set: &WordSet) -> usize {
        let key = format!("{set:?}");
        let index = match self.set_index.get(&key) {
            Some(&i) => i,
            None => {
                self.add_set(key, set);
                self.sets.len() - 1
            }
        };
        self.set_uses[index] += 1;
        index
    }

    /// Gives `set` the next index of the table of sets. Its words are
    /// written as their numbers in the table of words, smallest first, each
    /// as its distance from the one before (small numbers that repeat, where
    /// the set's own order, by hash, would scatter them); the decoder puts
    /// them back in the set's order, which must then be this very order.
    fn add_set(&mut self, key: String, set: &WordSet) {
        let mut indices: Vec<usize> = set.toks.iter().map(|t| self.tok(t)).collect();
        indices.sort_unstable();
        let mut restored: Vec<Tok> = indices.iter().map(|&i| self.toks[i].clone()).collect();
        compile::order_set(&mut restored);
        assert!(
            WordSet::of_ordered(restored.into()) == *set,
            "a set of words that its numbers do not give back: {set:?}"
        );
        let mut encoded = Vec::new();
        let mut previous = 0;
        for index in indices {
            Self::number(&mut encoded, index - previous);
            previous = index;
        }
        self.set_words += set.toks.len();
        self.sets.push(encoded);
        self.set_values.push(set.clone());
        self.set_uses.push(0);
        self.set_index.insert(key, self.sets.len() - 1);
    }

    /// A fresh encoder whose tables hold the words and sets `self` wrote,
    /// most used first (a word or set used as often as another keeps the
    /// order of first use): encoding the same phrases again then writes
    /// the common words and sets in one byte each.
    fn seeded(&self) -> Encoder {
        let by_use = |uses: &[usize]| {
            let mut order: Vec<usize> = (0..uses.len()).collect();
            order.sort_by_key(|&i| std::cmp::Reverse(uses[i]));
            order
        };
        // Within the words written in one byte, and within those written in
        // two: alphabetically. A word is written in as many bytes as
        // before, and each word shares its first letters with the one
        // before it, which the table does not write again (`tables`): 10 KB
        // less gzipped than with the words of one set side by side, which
        // made a set's distances between its words' numbers mostly ones.
        let mut words = by_use(&self.tok_uses);
        let one_byte = words.len().min(128);
        for band in [0..one_byte, one_byte..words.len()] {
            words[band].sort_by(|&a, &b| tok_text(&self.toks[a]).cmp(tok_text(&self.toks[b])));
        }
        let mut seeded = Encoder::default();
        for i in words {
            let tok = &self.toks[i];
            seeded.add_tok(format!("{tok:?}"), tok);
        }
        for i in by_use(&self.set_uses) {
            let set = &self.set_values[i];
            seeded.add_set(format!("{set:?}"), set);
        }
        seeded
    }

    /// Writes the number of `set` to the stream of sets.
    fn set_operand(&mut self, set: &WordSet) {
        let index = self.word_set(set);
        Self::number(&mut self.streams.sets, index);
    }

    /// Encodes one program: its instructions up to and with its one
    /// `Match`, which ends it (so its length is not written).
    fn program(&mut self, insts: &[Inst]) {
        self.insts += insts.len();
        // The decoder relies on it: checked whatever the build profile.
        assert!(
            insts.is_empty()
                || insts.iter().position(|i| matches!(i, Inst::Match)) == Some(insts.len() - 1),
            "a program must end with its one Match"
        );
        // Targets as the distance from the instruction (zigzag), which
        // repeats from phrase to phrase where the positions do not.
        let relative = |pc: usize, to: u16| {
            let delta = to as isize - pc as isize;
            (delta.unsigned_abs() << 1) | usize::from(delta < 0)
        };
        for (pc, inst) in insts.iter().enumerate() {
            let tag = match inst {
                Inst::Word(t) => {
                    let index = self.tok(t);
                    Self::number(&mut self.streams.words, index);
                    0
                }
                Inst::Set(set) => {
                    self.set_operand(set);
                    1
                }
                // The decoder works a peek's set out from what follows it.
                Inst::Peek(_) => {
                    self.peeks += 1;
                    2
                }
                Inst::Split(a, b) => {
                    Self::number(&mut self.streams.targets, relative(pc, *a));
                    Self::number(&mut self.streams.targets, relative(pc, *b));
                    3
                }
                Inst::Jump(to) => {
                    Self::number(&mut self.streams.targets, relative(pc, *to));
                    4
                }
                Inst::Gap(n) => {
                    self.streams.gaps.push(*n);
                    5
                }
                Inst::Start => 6,
                Inst::End => 7,
                Inst::Match => 8,
            };
            self.streams.tags.push(tag);
        }
    }

    /// Encodes one file's phrases; returns where they start in the stream
    /// of lists.
    fn list(&mut self, phrases: &[compile::CompiledPhrase], keep_texts: bool) -> usize {
        let start = self.streams.lists.len();
        Self::number(&mut self.streams.lists, phrases.len());
        for p in phrases {
            if keep_texts {
                self.string(&p.text);
            }
            // The language, and which guards the phrase has, in one byte.
            let lang = match p.lang {
                language::Lang::En => 0,
                language::Lang::Ru => 1,
                language::Lang::El => 2,
            };
            let guards = u8::from(!p.before.is_empty()) | (u8::from(!p.after.is_empty()) << 1);
            self.streams.lists.push(lang + 3 * guards);
            self.program(&p.program);
            self.program(&p.before);
            self.program(&p.after);
        }
        start
    }

    /// The tables: the words (their count, then each as the number of its
    /// letters not shared with the word before it times three plus its
    /// kind — 0 stem, 1 prefix, 2 exact; then, one byte each, how many
    /// letters each shares with the word before it; the letters not shared
    /// are `words`, one after another in this order, and the hashes are
    /// worked out at start-up, 8 bytes a word that would not compress),
    /// then the sets (their count, then each one's count of words, then
    /// each one's words' numbers, as [`Encoder::add_set`] writes them).
    fn tables(&mut self) -> (Vec<u8>, String) {
        let mut out = Vec::new();
        let mut words = String::new();
        let mut shared = Vec::new();
        let mut previous = "";
        Self::number(&mut out, self.toks.len());
        for tok in &self.toks {
            let kind = match tok {
                Tok::Stem(..) => 0,
                Tok::Prefix(_) => 1,
                Tok::Exact(..) => 2,
            };
            // The letters it shares with the word before it (in alphabetical
            // order, forms of one stem sit side by side) are not written
            // again.
            let text = tok_text(tok);
            let prefix = text
                .chars()
                .zip(previous.chars())
                .take_while(|(a, b)| a == b)
                .count()
                .min(u8::MAX.into());
            let rest = text.chars().skip(prefix);
            Self::number(&mut out, rest.clone().count() * 3 + kind);
            words.extend(rest);
            shared.push(prefix as u8);
            previous = text;
        }
        out.extend(shared);
        // Every set's size, then every set's words: 347 bytes less in the
        // gzipped module than each size beside its words.
        Self::number(&mut out, self.sets.len());
        for set in &self.set_values {
            Self::number(&mut out, set.toks.len());
        }
        for set in &self.sets {
            out.extend(set);
        }
        (out, words)
    }
}

/// `text` with each letter outside ASCII written as one byte from 128 on
/// (its place in the letters returned, plus 128): the words are Russian and
/// Greek stems and forms, whose two bytes of UTF-8 a letter gzip packs
/// less tightly than one.
fn one_byte_letters(text: &str) -> (Vec<u8>, Vec<char>) {
    let mut letters: Vec<char> = text.chars().filter(|c| !c.is_ascii()).collect();
    letters.sort_unstable();
    letters.dedup();
    assert!(
        letters.len() <= 128,
        "more than 128 letters outside ASCII in the lists' words"
    );
    let bytes = text
        .chars()
        .map(|c| match letters.binary_search(&c) {
            Ok(at) => 128 + at as u8,
            Err(_) => c as u8,
        })
        .collect();
    (bytes, letters)
}

/// Folds the phrases of one list that differ in one word only ("as the
/// price rose", "since the price rose") into one phrase whose word there is
/// a set of both, as if the line had been written with that alternative:
/// the WebAssembly module then carries one program where it carried several.
/// Only phrases of the same language with the same guards fold, and only
/// where no path of the program can pass that word twice (no jump back), so
/// the folded phrase matches exactly the texts its phrases matched, at the
/// same words. The folded phrase takes the place of the first. The native
/// build keeps every phrase as written (its tests read their texts);
/// `tests/node/parity.test.mjs` holds the two builds to the same findings.
fn fold_one_word_twins(mut phrases: Vec<CompiledPhrase>) -> Vec<CompiledPhrase> {
    loop {
        let longest = phrases.iter().map(|p| p.program.len()).max().unwrap_or(0);
        let mut folded = false;
        for hole in 0..longest {
            let mut first_with: std::collections::HashMap<String, usize> = Default::default();
            let mut keep = vec![true; phrases.len()];
            for at in 0..phrases.len() {
                let Some(key) = shape_around(&phrases[at], hole) else {
                    continue;
                };
                let Some(&into) = first_with.get(&key) else {
                    first_with.insert(key, at);
                    continue;
                };
                let mut toks = words_of(&phrases[into].program[hole]);
                toks.extend(words_of(&phrases[at].program[hole]));
                phrases[into].program.to_mut()[hole] = Inst::set(WordSet::new(toks));
                keep[at] = false;
                folded = true;
            }
            let mut kept = keep.into_iter();
            phrases.retain(|_| kept.next().unwrap_or(true));
        }
        if !folded {
            return phrases;
        }
    }
}

/// True when a jump of `program` goes back, so that a path may pass one
/// instruction twice.
fn jumps_back(program: &[Inst]) -> bool {
    program.iter().enumerate().any(|(at, inst)| match inst {
        Inst::Jump(to) => usize::from(*to) <= at,
        Inst::Split(a, b) => usize::from(*a) <= at || usize::from(*b) <= at,
        _ => false,
    })
}

/// What a phrase is with the word at `hole` left out, as a key: None when
/// no single word stands there or a jump goes back in its program.
fn shape_around(phrase: &CompiledPhrase, hole: usize) -> Option<String> {
    let program = &phrase.program;
    if !matches!(program.get(hole), Some(Inst::Word(_) | Inst::Set(_))) || jumps_back(program) {
        return None;
    }
    let mut key = format!(
        "{:?}|{:?}|{:?}|{hole}|",
        phrase.lang, phrase.before, phrase.after
    );
    for (at, inst) in program.iter().enumerate() {
        if at == hole {
            key.push_str("_;");
        } else {
            write!(key, "{inst:?};").unwrap();
        }
    }
    Some(key)
}

/// The words a word instruction matches.
fn words_of(inst: &Inst) -> Vec<Tok> {
    match inst {
        Inst::Word(tok) => vec![(*tok).clone()],
        Inst::Set(set) => set.toks.to_vec(),
        _ => Vec::new(),
    }
}

fn main() {
    for file in [
        "src/language.rs",
        "src/normalize.rs",
        "src/words.rs",
        "src/greeklish.rs",
        "src/translit.rs",
        "src/typed_in_latin.rs",
        "src/phrases/compile.rs",
        "src/phrases/classes.txt",
    ] {
        println!("cargo:rerun-if-changed={file}");
    }
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    let mut files = Vec::new();
    for file in phrase_files() {
        let source = std::fs::read_to_string(&file).expect("phrase file is UTF-8");
        let Ok(mut phrases) = compile::compile(&source) else {
            // Left to run time, where the rule's tests report the error.
            continue;
        };
        let name = file
            .file_stem()
            .and_then(|stem| stem.to_str())
            .expect("phrase file names are UTF-8")
            .to_string();
        if wasm && TEXTS_READ.contains(&name.as_str()) {
            for phrase in &mut phrases {
                phrase.program = vec![Inst::Match].into();
                phrase.before = Vec::new().into();
                phrase.after = Vec::new().into();
            }
        } else if wasm {
            phrases = fold_one_word_twins(phrases);
        }
        files.push((file, name, phrases));
    }
    // Twice: the first pass counts how often each word and set is used,
    // the second writes them in that order.
    let mut encoder = Encoder::default();
    for (_, name, phrases) in &files {
        encoder.list(phrases, !wasm || TEXTS_READ.contains(&name.as_str()));
    }
    let mut encoder = encoder.seeded();
    let mut lists = String::new();
    let mut texts = String::new();
    let mut phrases_total = 0;
    for (file, name, phrases) in &files {
        let absolute = Path::new(&root).join(file);
        let texts_kept = TEXTS_READ.contains(&name.as_str());
        let has_texts = !wasm || texts_kept;
        let at = encoder.list(phrases, has_texts);
        phrases_total += phrases.len();
        writeln!(lists, "    ({name:?}, {at}, {texts_kept}, {has_texts}),").unwrap();
        writeln!(
            texts,
            "    include_str!({:?}),",
            absolute.display().to_string()
        )
        .unwrap();
    }
    let (mut bytes, words) = encoder.tables();
    let phrases_from = bytes.len();
    let (streams, starts) = std::mem::take(&mut encoder.streams).joined();
    let [tags_at, words_at, sets_at, targets_at, gaps_at] = starts.map(|at| phrases_from + at);
    bytes.extend(streams);
    std::fs::write(out_dir.join("phrases.bin"), bytes).expect("write the compiled phrases");
    std::fs::write(out_dir.join("phrases.str"), &encoder.strings).expect("write their texts");
    let (words, letters) = one_byte_letters(&words);
    std::fs::write(out_dir.join("phrases.words"), words).expect("write their words");
    let (set_words, insts, peeks, phrases) = (
        encoder.set_words,
        encoder.insts,
        encoder.peeks,
        phrases_total,
    );
    let out = format!(
        "/// For each phrase file, its name (the file name without `.txt`),\n\
         /// where its phrases start in the stream of lists of [`BYTES`],\n\
         /// whether the core may read its phrases' texts (`TEXTS_READ`\n\
         /// in `build.rs`: the WebAssembly build ships only those), and\n\
         /// whether the texts are in [`BYTES`] (every list's, natively).\n\
         pub static LISTS: &[(&str, usize, bool, bool)] = &[\n{lists}];\n\
         /// The text of each file, in the order of [`LISTS`]: native builds\n\
         /// compare it with the file they were given; the WebAssembly build\n\
         /// finds its lists by name and leaves the texts out.\n\
         #[cfg(not(target_arch = \"wasm32\"))]\n\
         pub static TEXTS: &[&str] = &[\n{texts}];\n\
         /// The table of words, then the phrases of every file.\n\
         pub static BYTES: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/phrases.bin\"));\n\
         /// Where the phrases start in [`BYTES`]: the stream of lists.\n\
         pub const PHRASES_FROM: usize = {phrases_from};\n\
         /// Where the streams of instruction tags, words, sets, targets\n\
         /// and gaps start in [`BYTES`].\n\
         pub const STREAMS_AT: [usize; 5] = [{tags_at}, {words_at}, {sets_at}, {targets_at}, {gaps_at}];\n\
         /// How many phrases, words in sets, instructions and peeks there are.\n\
         pub const COUNTS: (usize, usize, usize, usize) = ({phrases}, {set_words}, {insts}, {peeks});\n\
         /// Every text of the phrases kept, one after another.\n\
         pub static STRINGS: &str = include_str!(concat!(env!(\"OUT_DIR\"), \"/phrases.str\"));\n\
         /// The strings of the table of words, one after another, each\n\
         /// letter outside ASCII written as one byte from 128 on: its place\n\
         /// in [`LETTERS`] plus 128.\n\
         pub static WORDS: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/phrases.words\"));\n\
         /// The letters outside ASCII of [`WORDS`].\n\
         pub static LETTERS: &[char] = &{letters:?};\n"
    );
    std::fs::write(out_dir.join("precompiled_phrases.rs"), out)
        .expect("write the compiled phrase lists");
    std::fs::write(out_dir.join("case.rs"), case_tables()).expect("write the case tables");
}

/// The standard library's letter case, which `src/case.rs` stands in for in
/// the library; `src/normalize.rs`, shared with this script, calls it.
mod case {
    /// The lowercase of `c`.
    pub fn lower(c: char) -> impl Iterator<Item = char> {
        c.to_lowercase()
    }
}

/// The blocks whose letter case the core keeps, as `[first, end)`: the
/// scripts it reads (Latin, Greek, Cyrillic, with their marks, extensions
/// and fullwidth forms) and the letterlike symbols (Ω, K, Å). Every other
/// char is its own case there: no word of those scripts is ever matched,
/// and their tables cost 1.6 KB of the WebAssembly module gzipped.
const CASED_BLOCKS: [(u32, u32); 9] = [
    (0, 0x530),
    (0x1c80, 0x1c90),
    (0x1d00, 0x2000),
    (0x2100, 0x2150),
    (0x2c60, 0x2c80),
    (0x2de0, 0x2e00),
    (0xa640, 0xa6a0),
    (0xa720, 0xa800),
    (0xff00, 0xff60),
];

/// True when the core keeps the letter case of `c` ([`CASED_BLOCKS`]).
fn is_case_kept(c: u32) -> bool {
    CASED_BLOCKS
        .iter()
        .any(|&(first, end)| (first..end).contains(&c))
}

/// Blocks beyond [`CASED_BLOCKS`] whose case-ignorable chars the core
/// knows, for a final sigma: the punctuation between (joiners) and the
/// variation selectors, which text in the scripts read carries.
const IGNORABLE_BLOCKS: [(u32, u32); 2] = [(0x2000, 0x2100), (0xfe00, 0xfe30)];

/// True when the core knows `c` as case-ignorable, for a final sigma: in
/// [`CASED_BLOCKS`] and [`IGNORABLE_BLOCKS`].
fn is_ignorable_kept(c: u32) -> bool {
    is_case_kept(c)
        || IGNORABLE_BLOCKS
            .iter()
            .any(|&(first, end)| (first..end).contains(&c))
}

/// The letter case of the chars of [`CASED_BLOCKS`] as this toolchain's
/// standard library has it, for `src/case.rs`: for uppercase and for
/// lowercase, the chars that
/// become one other char as runs of like chars (a first char, how many,
/// the step from one to the next, and the distance to the other case), and
/// those that become more than one; and what the lowercase of a capital
/// sigma looks at, the chars the standard library calls case-ignorable and
/// the cased chars that are neither lowercase nor uppercase. Much denser
/// than the standard library's tables, which list each char.
fn case_tables() -> String {
    let upper = case_runs("UPPER", |c| c.to_uppercase().collect());
    let lower = case_runs("LOWER", |c| c.to_lowercase().collect());
    // A final sigma is one after a cased char (case-ignorable ones skipped):
    // "AxΣ" ends in "ς" when x is case-ignorable or cased, "1xΣ" when x is
    // cased and not case-ignorable.
    let final_sigma = |before: &str| before.to_lowercase().ends_with('ς');
    let (mut ignorable, mut titles) = (Vec::<(u32, u32)>::new(), Vec::new());
    for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
        let ignorable_or_cased = final_sigma(&format!("A{c}Σ"));
        let cased_not_ignorable = final_sigma(&format!("1{c}Σ"));
        if ignorable_or_cased && !cased_not_ignorable {
            if !is_ignorable_kept(c as u32) {
                continue;
            }
            match ignorable.last_mut() {
                Some((first, count)) if *first + *count == c as u32 => *count += 1,
                _ => ignorable.push((c as u32, 1)),
            }
        } else if cased_not_ignorable && !c.is_lowercase() && !c.is_uppercase() {
            titles.push(c);
        }
    }
    let ignorable: Vec<u32> = ignorable
        .iter()
        .map(|&(first, count)| {
            assert!(count <= 1 << 11, "a run of case-ignorable chars too long");
            first << 11 | (count - 1)
        })
        .collect();
    format!(
        "{upper}{lower}/// Runs of case-ignorable chars: the first shifted left by 11 bits,\n\
         /// beside how many there are less one.\n\
         static IGNORABLE: &[u32] = &{ignorable:?};\n\
         /// The cased chars that are neither lowercase nor uppercase.\n\
         static TITLES: &[char] = &{titles:?};\n\
         /// The blocks whose case is kept, as `[first, end)`: every other\n\
         /// char is its own case.\n\
         #[cfg(test)]\n\
         static CASED_BLOCKS: &[(u32, u32)] = &{CASED_BLOCKS:?};\n\
         /// The other blocks whose case-ignorable chars are known.\n\
         #[cfg(test)]\n\
         static IGNORABLE_BLOCKS: &[(u32, u32)] = &{IGNORABLE_BLOCKS:?};\n"
    )
}

/// The tables of one case: `{name}_RUNS` and `{name}_LONGER`.
fn case_runs(name: &str, case: impl Fn(char) -> Vec<char>) -> String {
    let mut runs: Vec<(u32, u32, u32, i64)> = Vec::new();
    let mut longer = String::new();
    for c in (0..=char::MAX as u32)
        .filter(|&c| is_case_kept(c))
        .filter_map(char::from_u32)
    {
        let mut other = case(c);
        if other.len() > 1 {
            other.resize(3, '\0');
            writeln!(longer, "    ({c:?}, {other:?}),").unwrap();
            continue;
        }
        if other[0] == c {
            continue;
        }
        let (at, distance) = (c as u32, other[0] as i64 - c as i64);
        match runs.last_mut() {
            Some((first, count, step, d)) if *d == distance && at == *first + *count * *step => {
                *count += 1;
            }
            Some((first, count, step, d)) if *d == distance && *count == 1 && at - *first <= 2 => {
                *step = at - *first;
                *count += 1;
            }
            _ => runs.push((at, 1, 1, distance)),
        }
    }
    let runs: String = runs
        .iter()
        .map(|(first, count, step, distance)| format!("({first}, {count}, {step}, {distance}),"))
        .collect();
    format!(
        "/// Runs of chars whose other case is one char: the first, how\n\
         /// many, the step from one to the next and the other case's distance.\n\
         static {name}_RUNS: &[(u32, u16, u16, i32)] = &[{runs}];\n\
         /// The chars whose other case is two or three chars (`'\\0'` after\n\
         /// the last).\n\
         static {name}_LONGER: &[(char, [char; 3])] = &[\n{longer}];\n"
    )
}
