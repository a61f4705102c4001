//! Words of a text with their positions, normalised forms and stems, and the
//! stem sequence that phrase lists are matched against.

use crate::language::Script;
use crate::normalize::normalize;
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::rc::Rc;
use std::sync::OnceLock;

/// One word of a text.
#[derive(Debug, Clone)]
pub struct Word {
    /// Byte range in the field's text.
    pub range: Range<usize>,
    /// The word normalised (see [`normalize`]).
    pub norm: WordText,
    /// The word's stem in its script's language (the normalised word for
    /// words that are not letters of one script).
    pub stem: WordText,
    /// The word's script.
    pub script: Script,
}

/// The normalised form or the stem of a word: shared, not copied, by every
/// occurrence of a word read before (see [`KnownWords`]), so reading the
/// words of a text allocates nothing for the words it repeats.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WordText(Rc<str>);

impl WordText {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for WordText {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for WordText {
    fn from(text: &str) -> WordText {
        WordText(Rc::from(text))
    }
}

impl PartialEq<str> for WordText {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for WordText {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl std::fmt::Display for WordText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

struct Stemmers {
    english: Stemmer,
    russian: Stemmer,
    greek: Stemmer,
}

fn stemmers() -> &'static Stemmers {
    static STEMMERS: OnceLock<Stemmers> = OnceLock::new();
    STEMMERS.get_or_init(|| Stemmers {
        english: Stemmer::create(Algorithm::English),
        russian: Stemmer::create(Algorithm::Russian),
        greek: Stemmer::create(Algorithm::Greek),
    })
}

/// True when `word` starts with a capital letter (a name, a line of a
/// signature or an address, the first word of a sentence).
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The script shared by all letters of `word`, `Other` when they mix or
/// there are none.
pub fn word_script(word: &str) -> Script {
    let mut found = Script::Other;
    // Latin, Cyrillic and Greek letters are known by their ranges; only
    // other characters need the (slow) Unicode letter table.
    for c in word.chars() {
        let script = Script::of(c);
        if script == Script::Other && !c.is_alphabetic() {
            continue;
        }
        match (found, script) {
            (_, Script::Other) => return Script::Other,
            (Script::Other, s) => found = s,
            (f, s) if f != s => return Script::Other,
            _ => {}
        }
    }
    found
}

/// A letter or digit; the common scripts without the Unicode table.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || Script::of(c) != Script::Other || c.is_alphanumeric()
}

/// The stem of a normalised word.
pub fn stem(norm: &str, script: Script) -> String {
    let s = stemmers();
    match script {
        Script::Latin => s.english.stem(norm).into_owned(),
        Script::Cyrillic => s.russian.stem(norm).into_owned(),
        Script::Greek => s.greek.stem(norm).into_owned(),
        Script::Other => norm.to_string(),
    }
}

/// The words of `text` (byte offsets relative to `text`, shifted by `base`).
pub fn split_words(text: &str, base: usize) -> impl Iterator<Item = Word> + '_ {
    let mut words = Vec::new();
    for (at, w) in word_spans(text) {
        push_word(w, base + at..base + at + w.len(), &mut words);
    }
    words.into_iter()
}

/// Appends the word `written`, at `range` of its text, to `words`; the
/// hashes of its normalised form and of its stem, and its
/// [`initial_keys`].
#[inline(never)]
fn push_word(written: &str, range: Range<usize>, words: &mut Vec<Word>) -> (u64, u64, [u64; 2]) {
    with_known_word(written, |known| {
        words.push(Word {
            range,
            norm: known.norm.clone(),
            stem: known.stem.clone(),
            script: known.script,
        });
        (known.norm_hash, known.stem_hash, known.initial_keys)
    })
}

/// Salts that keep the keys of a word's first letters apart from the
/// hashes of whole words.
const FIRST_CHAR: u64 = 0x9e37_79b9_7f4a_7c15;
const FIRST_TWO_CHARS: u64 = 0xc2b2_ae3d_27d4_eb4f;

/// The key of the first one or two characters of `text`, by which phrase
/// matching finds the prefixes a word may start with.
pub(crate) fn initial_key(text: &str) -> Option<u64> {
    let mut chars = text.char_indices();
    chars.next()?;
    Some(match chars.next() {
        Some((second, c)) => hash(&text.as_bytes()[..second + c.len_utf8()]) ^ FIRST_TWO_CHARS,
        None => hash(text.as_bytes()) ^ FIRST_CHAR,
    })
}

/// The [`initial_key`]s of a normalised word: of its first character, and
/// of its first two (of its one again when it has one). Worked out once
/// per word read, not on each check.
fn initial_keys(norm: &str) -> [u64; 2] {
    let first = norm.chars().next().map_or(0, char::len_utf8);
    [
        initial_key(&norm[..first]).unwrap_or(FIRST_CHAR),
        initial_key(norm).unwrap_or(FIRST_CHAR),
    ]
}

/// The words of `text` as spans: (byte offset, word), as the Unicode word
/// boundaries (UAX #29) cut it.
fn word_spans(text: &str) -> impl ExactSizeIterator<Item = (usize, &str)> + '_ {
    // Room for a word in every four bytes: prose has about one in six, and
    // a guess that low was outgrown by one letter in two.
    let mut spans = Vec::with_capacity(text.len() / 4);
    // One pass over the bytes (the gaps are ASCII, which no byte of another
    // character can be), cutting each chunk as it comes; a chunk that may
    // not be cut alone sends the whole text to the Unicode boundaries.
    let gaps = text
        .bytes()
        .enumerate()
        .filter(|&(_, b)| is_chunk_gap(b))
        .map(|(at, _)| at);
    let mut start = 0;
    for end in gaps.chain(std::iter::once(text.len())) {
        let chunk = &text[start..end];
        if !may_cut_alone(chunk) {
            spans.clear();
            words_by_boundaries(text, 0, &mut spans);
            break;
        }
        chunk_words(chunk, start, &mut spans);
        start = end + 1;
    }
    spans.into_iter().map(move |(at, end)| (at, &text[at..end]))
}

/// ASCII white space: Unicode word boundaries always fall on both sides of
/// it, except before a combining mark or format character (see
/// [`may_cut_alone`]).
fn is_chunk_gap(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\r' | b'\t')
}

/// True when a chunk of text between ASCII spaces has the same word
/// boundaries alone as in its text: it does not start with a character
/// that would cling to the space before it (a combining mark, a joiner).
fn may_cut_alone(chunk: &str) -> bool {
    chunk.chars().next().is_none_or(|c| {
        c.is_ascii()
            || (c.is_alphabetic()
                && Script::of(c) != Script::Other
                && !('\u{0483}'..='\u{0489}').contains(&c))
    })
}

/// Appends the words of `chunk` (text between ASCII spaces), at byte `at`
/// of its text, to `spans` as byte ranges. The common chunk — letters of
/// presend's languages and digits with an opening bracket or quote before
/// and punctuation after — is one word without the Unicode rules.
fn chunk_words(chunk: &str, at: usize, spans: &mut Vec<(usize, usize)>) {
    let bytes = chunk.as_bytes();
    let lead = bytes
        .iter()
        .take_while(|b| matches!(b, b'(' | b'[' | b'"' | b'\''))
        .count();
    let ascii = bytes[lead..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let core = ascii
        + chunk[lead + ascii..]
            .char_indices()
            .find(|&(_, c)| !(c.is_ascii_alphanumeric() || crate::word_bounds::is_plain_letter(c)))
            .map_or(chunk.len() - lead - ascii, |(end, _)| end);
    let trail_is_punctuation = bytes[lead + core..].iter().all(|b| {
        matches!(
            b,
            b',' | b'.' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'"' | b'\''
        )
    });
    if trail_is_punctuation {
        if core > 0 {
            spans.push((at + lead, at + lead + core));
        }
    } else {
        words_by_boundaries(chunk, at, spans);
    }
}

/// Appends the words of `text` as the Unicode word boundaries cut it.
fn words_by_boundaries(text: &str, at: usize, spans: &mut Vec<(usize, usize)>) {
    crate::word_bounds::for_each_piece(text, |start, end| {
        if text[start..end].chars().any(is_word_char) {
            spans.push((at + start, at + end));
        }
    });
}

/// A word as written, read: its normalised form, stem, script and their
/// hashes.
#[derive(Debug, Clone)]
struct ReadWord {
    norm: WordText,
    stem: WordText,
    script: Script,
    norm_hash: u64,
    stem_hash: u64,
    initial_keys: [u64; 2],
}

/// A word remembered by [`KnownWords`]: where the word as written is in
/// [`KnownWords::written`], and what reading it gave.
#[derive(Debug)]
struct KnownWord {
    written: Range<u32>,
    read: ReadWord,
}

/// Reads `written`: normalises, stems and hashes it.
fn read_word(written: &str) -> ReadWord {
    let script = word_script(written);
    // A Cyrillic word disguised with Latin look-alikes ("дурaк") or digits
    // ("зае6али") is read as the word it imitates; its script stays as it
    // is written (the mixed-script rule shows a mixed one).
    let folded = crate::normalize::may_be_disguised(written, script)
        .then(|| crate::normalize::fold_cyrillic_look_alikes(written))
        .flatten();
    let mut norm = normalize(folded.as_deref().unwrap_or(written));
    if let Some(full) = crate::normalize::written_in_full(&norm) {
        norm = full.to_string();
    }
    let stem = stem(
        &norm,
        if folded.is_some() {
            Script::Cyrillic
        } else {
            script
        },
    );
    ReadWord {
        norm_hash: hash(norm.as_bytes()),
        stem_hash: hash(stem.as_bytes()),
        initial_keys: initial_keys(&norm),
        norm: WordText::from(norm.as_str()),
        stem: WordText::from(stem.as_str()),
        script,
    }
}

/// How many words [`KnownWords`] remembers: the vocabulary of many letters,
/// in about a megabyte. When it is full it starts over, so memory stays
/// bounded whatever is checked.
const KNOWN_WORDS_MAX: usize = 8_192;

/// The longest word (in bytes, as written, normalised and stemmed together)
/// that is remembered; longer ones are rare and read each time.
const KNOWN_WORD_MAX_BYTES: usize = 255;

/// Words of the three languages read before, by the hash of the word as
/// written. Normalising and above all stemming a word costs far more than
/// looking it up, and an author's letters, and each letter, repeat their
/// words. (Numbers, codes and other words without a language are cheap to
/// read and are not kept: there are too many of them.)
#[derive(Default)]
struct KnownWords {
    by_hash: HashMap<u64, u32, BuildHasherDefault<Prehashed>>,
    words: Vec<KnownWord>,
    /// The words as written, one after another: the words of a letter sit
    /// together, not each in an allocation of its own (a miss apiece when
    /// a check starts with cold caches).
    written: String,
}

thread_local! {
    static KNOWN_WORDS: std::cell::RefCell<KnownWords> = std::cell::RefCell::default();
}

/// Calls `with` on `written` read (normalised, stemmed, hashed), from the
/// words remembered or read now.
fn with_known_word<T>(written: &str, with: impl FnOnce(&ReadWord) -> T) -> T {
    KNOWN_WORDS.with(|known| {
        let mut known = known.borrow_mut();
        let key = hash(written.as_bytes());
        if let Some(&at) = known.by_hash.get(&key) {
            let word = &known.words[at as usize];
            let range = word.written.start as usize..word.written.end as usize;
            if known.written[range] == *written {
                return with(&word.read);
            }
            // Another word with the same hash: read this one each time.
            return with(&read_word(written));
        }
        let read = read_word(written);
        let bytes = written.len() + read.norm.len() + read.stem.len();
        if read.script != Script::Other && bytes <= KNOWN_WORD_MAX_BYTES {
            if known.words.len() >= KNOWN_WORDS_MAX {
                known.by_hash.clear();
                known.words.clear();
                known.written.clear();
            }
            let at = known.words.len() as u32;
            let result = with(&read);
            let start = known.written.len() as u32;
            known.written.push_str(written);
            let end = known.written.len() as u32;
            known.words.push(KnownWord {
                written: start..end,
                read,
            });
            known.by_hash.insert(key, at);
            return result;
        }
        with(&read)
    })
}

/// A hasher for keys that are already hashes (the FNV hashes of words and
/// stems): it passes them through.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only u64 keys are hashed here; anything else is folded in.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}

/// The words of one or more parts of a field's text, ready for phrase
/// matching: each word's stem hashed once, and where sentences and parts
/// break (no phrase spans a break).
#[derive(Debug, Clone, Default)]
pub struct TextView {
    /// The words, in order.
    pub words: Vec<Word>,
    /// [`hash`] of each word's stem.
    pub(crate) stem_hashes: Vec<u64>,
    /// [`hash`] of each normalised word.
    pub(crate) norm_hashes: Vec<u64>,
    /// The [`initial_keys`] of each word.
    pub(crate) initial_keys: Vec<[u64; 2]>,
    /// True where a sentence or a part ends before the word.
    pub(crate) break_before: Vec<bool>,
    /// True where a line starts before the word.
    line_before: Vec<bool>,
    /// True for a view of Greek or Russian typed in Latin letters, read as
    /// Greek or Russian (see [`TextView::read_as_typed_in_latin`]).
    pub typed_in_latin: bool,
    /// For phrase matching: the words of the view and of each of its
    /// sentences as Bloom filters, made when a phrase first needs them (see
    /// `phrases::presence`).
    pub(crate) phrase_filters: std::cell::OnceCell<PhraseFilters>,
    /// For phrase matching: the phrases of each built-in list that may
    /// start at each word, worked out for all lists at once when the first
    /// list reads the view (see `phrases::first_words`).
    pub(crate) phrase_candidates: std::cell::RefCell<PhraseCandidates>,
}

impl TextView {
    /// Reads all the words of `text`.
    pub fn of(text: &str) -> TextView {
        TextView::new(text, std::slice::from_ref(&(0..text.len())))
    }

    /// Reads the words of `text` within `ranges` (byte ranges of `text`).
    pub fn new(text: &str, ranges: &[Range<usize>]) -> TextView {
        let mut view = TextView::default();
        for range in ranges {
            let part = &text[range.clone()];
            let mut previous_end: Option<usize> = None;
            // True while the words so far of a sentence are @handles.
            let mut in_leading_handles = false;
            let spans = word_spans(part);
            // The part's words are counted before they are read: room for
            // them all at once (a guess from the length grew most vectors).
            view.reserve(spans.len());
            for (at, w) in spans {
                let start = range.start + at;
                let end = start + w.len();
                let gap = previous_end.map(|end| &text[end..start]);
                let is_handle = is_handle(gap.unwrap_or(&part[..at]), gap.is_none());
                let mut sentence_starts = gap.is_none_or(ends_sentence);
                // A leading run of @handles ("@acme @help why is my order…")
                // addresses the message; the sentence starts after it.
                if in_leading_handles && !is_handle {
                    sentence_starts = true;
                }
                in_leading_handles = is_handle && (sentence_starts || in_leading_handles);
                view.line_before.push(gap.is_none_or(|g| g.contains('\n')));
                view.break_before.push(sentence_starts);
                previous_end = Some(end);
                let (norm_hash, stem_hash, initial_keys) =
                    push_word(w, start..end, &mut view.words);
                view.norm_hashes.push(norm_hash);
                view.stem_hashes.push(stem_hash);
                view.initial_keys.push(initial_keys);
                let at = view.words.len() - 1;
                // Not before the first half of a compound, which the
                // possessive takes ("its over-run", "its all-new range").
                if !sentence_starts
                    && view.words[at - 1].norm == "its"
                    && crate::normalize::its_is_it_is_before(&view.words[at].norm)
                    && text.as_bytes().get(end) != Some(&b'-')
                {
                    view.read_as(at - 1, "it's");
                }
            }
        }
        view
    }

    /// The view read as Greek or Russian, when its words are Greek or
    /// Russian typed in Latin letters (see [`crate::typed_in_latin`];
    /// `text` is the text it reads): for the tone judgement, whose lists
    /// and models are Greek and Russian. The other rules read the words as
    /// typed (their lists have the Greeklish they need: "episinaptw", "sas
    /// stelnw"). Words of up to four capitals ("IBAN", "PDF") stay as
    /// typed: they are mostly acronyms.
    pub fn read_as_typed_in_latin(&self, text: &str) -> Option<TextView> {
        let words = || {
            let scripts = self.words.iter().map(|w| w.script);
            scripts.zip(self.norm_hashes.iter().copied())
        };
        let language = [&crate::greeklish::GREEKLISH, &crate::translit::TRANSLIT]
            .into_iter()
            .find(|language| language.is_in(words()))?;
        let mut read = TextView {
            phrase_filters: Default::default(),
            phrase_candidates: Default::default(),
            typed_in_latin: true,
            ..self.clone()
        };
        for at in 0..read.words.len() {
            let written = &text[read.words[at].range.clone()];
            if written.len() <= 4 && written.bytes().all(|b| b.is_ascii_uppercase()) {
                continue;
            }
            // An apostrophe right after the word is part of it ("den'").
            let apostrophe = text[read.words[at].range.end..].starts_with(['\'', '’']);
            if let Some(in_letters) = language.as_written(&read.words[at].norm, apostrophe) {
                read.read_as(at, &in_letters);
            }
        }
        Some(read)
    }

    /// Reads word `at` as `written` instead ("its" as "it's"), in the same
    /// place of the text.
    fn read_as(&mut self, at: usize, written: &str) {
        // Read onto the end by `push_word`, then moved into the word's
        // place: the one reading path, not a second instance of it.
        let (norm_hash, stem_hash, initial_keys) =
            push_word(written, self.words[at].range.clone(), &mut self.words);
        self.words.swap_remove(at);
        self.norm_hashes[at] = norm_hash;
        self.stem_hashes[at] = stem_hash;
        self.initial_keys[at] = initial_keys;
    }

    fn reserve(&mut self, words: usize) {
        self.words.reserve(words);
        self.stem_hashes.reserve(words);
        self.norm_hashes.reserve(words);
        self.initial_keys.reserve(words);
        self.break_before.reserve(words);
        self.line_before.reserve(words);
    }

    /// True when a sentence or a part ends before word `at`.
    pub(crate) fn breaks_before(&self, at: usize) -> bool {
        self.break_before[at]
    }

    /// True when a line starts before word `at`.
    pub(crate) fn starts_line(&self, at: usize) -> bool {
        self.line_before[at]
    }

    /// True when words `first..=last` are in one sentence.
    pub(crate) fn is_unbroken(&self, first: usize, last: usize) -> bool {
        !self.break_before[first + 1..=last].iter().any(|&b| b)
    }

    /// What stands in `text` (the text the view was read from) between the
    /// end of word `before` and the start of word `after`: the spaces and
    /// marks between two neighbours (", ", " — "), or all the words between.
    pub fn between<'t>(&self, text: &'t str, before: usize, after: usize) -> &'t str {
        &text[self.words[before].range.end..self.words[after].range.start]
    }

    /// The byte range in the field's text from word `first` to word `last`.
    pub fn span(&self, first: usize, last: usize) -> Range<usize> {
        self.words[first].range.start..self.words[last].range.end
    }

    /// The index of the first word that starts at byte `byte` of the text
    /// or after it (the number of words when none does).
    pub fn first_word_from(&self, byte: usize) -> usize {
        self.words.partition_point(|w| w.range.start < byte)
    }

    /// The number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when there are no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// The words of a view and of each of its sentences as Bloom filters, made
/// together (filled and read by `phrases::presence`, which tells what they
/// hold). A phrase's words are all in the sentence it starts in, so in a
/// long text, where every word is somewhere, the sentence still turns
/// candidates away.
#[derive(Debug, Clone, Default)]
pub(crate) struct PhraseFilters {
    /// The filter of the whole view.
    pub(crate) whole: Vec<u64>,
    /// The number of each word's sentence.
    pub(crate) sentence_of: Vec<u32>,
    /// Where each sentence's filter starts in `sentences` (and, last, where
    /// they end).
    pub(crate) starts: Vec<u32>,
    /// The sentences' filters, one after another, each a power of two of
    /// bits.
    pub(crate) sentences: Vec<u64>,
}

/// For each built-in phrase list, the phrases that may start at each word
/// of a view, as of a generation of the shared index of the lists' first
/// words (filled and read by `phrases::first_words`).
#[derive(Debug, Clone, Default)]
pub(crate) struct PhraseCandidates {
    /// How many lists the index held when they were worked out.
    pub(crate) generation: u32,
    /// Where each list's pairs start in `pairs`; one more at the end.
    pub(crate) starts: Vec<u32>,
    /// (word, phrase) pairs, grouped by list, in order of word, then
    /// phrase, without repeats.
    pub(crate) pairs: Vec<(u32, u32)>,
}

/// FNV-1a: a fast, stable 64-bit hash for phrase look-ups. Collisions are
/// harmless: a hit is always confirmed by comparing the words.
pub(crate) const fn hash(bytes: &[u8]) -> u64 {
    // A loop rather than a fold, so constants can be hashed too.
    let mut h = FNV_OFFSET;
    let mut at = 0;
    while at < bytes.len() {
        h = fnv_step(h, bytes[at]);
        at += 1;
    }
    h
}

/// The FNV-1a start value.
pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a as a [`Hasher`], for maps keyed by words or by their hashes:
/// much cheaper than the default SipHash for short keys, and no map here is
/// keyed by anything chosen to slow it down (the text is the user's own).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(FNV_OFFSET)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = bytes.iter().fold(self.0, |h, &b| fnv_step(h, b));
    }
}

/// Builds [`Fnv`] hashers for a `HashMap`.
pub(crate) type FnvBuild = BuildHasherDefault<Fnv>;

/// A set hashed with [`Fnv`]: every set of the crate is one, so that the
/// WebAssembly module carries one hasher and fewer copies of the table's
/// code.
pub(crate) type FnvSet<T> = std::collections::HashSet<T, FnvBuild>;

/// One FNV-1a step; hashing a word byte by byte gives the hash of each of
/// its prefixes on the way.
pub(crate) const fn fnv_step(h: u64, byte: u8) -> u64 {
    (h ^ byte as u64).wrapping_mul(0x0100_0000_01b3)
}

/// True when the word after `gap` (the text since the word before, or since
/// the start of the part when `first`) is an @handle: the gap ends with an
/// `@` that is not glued to the word before, as in an e-mail address.
fn is_handle(gap: &str, first: bool) -> bool {
    gap.ends_with('@') && (first || gap.len() > 1)
}

fn ends_sentence(gap: &str) -> bool {
    if gap == " " {
        return false;
    }
    gap.contains([
        '.',
        '!',
        '?',
        ';',
        '…',
        crate::language::GREEK_QUESTION_MARK,
    ]) || gap.contains("\n\n")
        || gap.contains("\n\r\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    /// "its" typed for "it's" is read as "it's" where no possessive could
    /// stand: before a negation, an adverb, "been", "going" or a
    /// determiner; the possessive ("its own", "its very best", "its
    /// opening hours") and "its" ending a sentence stay "its".
    #[test]
    fn its_before_what_no_possessive_takes_is_read_as_it_is() {
        let norms = |text: &str| -> Vec<String> {
            TextView::of(text)
                .words
                .iter()
                .map(|w| w.norm.to_string())
                .collect()
        };
        for text in [
            "its your fault",
            "its not my problem",
            "its been three weeks",
            "its the third time",
            "its now friday",
            "its going to be late",
            "ITS A JOKE",
        ] {
            assert_eq!(norms(text)[0], "it's", "{text}");
        }
        for text in [
            "its own team",
            "doing its very best",
            "its opening hours",
            "its price went up",
            "we love its. Not a word",
            "its first delivery",
            "its all-new range",
        ] {
            assert!(norms(text).contains(&"its".to_string()), "{text}");
        }
        // The word keeps its place in the text.
        let view = TextView::of("well its not fine");
        assert_eq!(view.words[1].range, 5..8);
    }

    #[test]
    fn words_have_byte_ranges_and_stems() {
        let text = "Высылаю договоры, attached files";
        let words: Vec<Word> = split_words(text, 0).collect();
        assert_eq!(words.len(), 4);
        assert_eq!(&text[words[1].range.clone()], "договоры");
        assert_eq!(words[1].stem, "договор");
        assert_eq!(words[2].stem, "attach");
    }

    #[test]
    fn a_cyrillic_word_disguised_with_latin_letters_reads_as_the_word() {
        let text = "Ты дурaк, а он дeбuл0в.";
        let words: Vec<Word> = split_words(text, 0).collect();
        let by_text = |w: &str| words.iter().find(|x| &text[x.range.clone()] == w).unwrap();
        assert_eq!(by_text("дурaк").norm, "дурак");
        assert_eq!(
            by_text("дурaк").stem,
            *split_words("дурак", 0).next().unwrap().stem
        );
        assert_eq!(by_text("дeбuл0в").norm, "дебилов");
        // Still written in two scripts: the mixed-script rule sees it so.
        assert_eq!(by_text("дурaк").script, Script::Other);
        assert_eq!(by_text("Ты").script, Script::Cyrillic);
    }

    #[test]
    fn latin_words_and_numbers_are_read_as_written() {
        let text = "The taxi to Moscow costs 300 EUR, order A4-3b.";
        for word in split_words(text, 0) {
            assert_eq!(word.norm, *normalize(&text[word.range.clone()]));
        }
    }

    #[test]
    fn greek_words_are_stemmed_without_accents() {
        let a: Vec<Word> = split_words("συνημμένο συνημμένα", 0).collect();
        assert_eq!(a[0].stem, a[1].stem);
    }

    #[test]
    fn words_are_cut_as_the_unicode_word_boundaries_cut_them() {
        // Random texts of the characters where the shortcuts of
        // `word_spans` could go wrong.
        let alphabet: Vec<char> =
            "ab Zz09 \n\r\t.,;:!?'\"()[]_-@/é ёЖ λΣ\u{301}\u{200d}\u{483}\u{2003}😀🇬🇧1.5a.b"
                .chars()
                .collect();
        for text in crate::word_bounds::tests::random_texts(&alphabet, 14, 50_000) {
            if !crate::word_bounds::tests::crate_cuts_as_the_standard(&text) {
                continue;
            }
            let expected: Vec<(usize, &str)> = text
                .split_word_bound_indices()
                .filter(|(_, w)| w.chars().any(is_word_char))
                .collect();
            assert_eq!(word_spans(&text).collect::<Vec<_>>(), expected, "{text:?}");
        }
    }

    /// The words of `text` that start a sentence.
    fn sentence_starts(text: &str) -> Vec<&str> {
        let view = TextView::of(text);
        (0..view.len())
            .filter(|&at| view.breaks_before(at))
            .map(|at| &text[view.words[at].range.clone()])
            .collect()
    }

    #[test]
    fn a_sentence_starts_after_a_leading_run_of_handles() {
        assert_eq!(
            sentence_starts("@SkyLine Never fails: my trains are late."),
            ["SkyLine", "Never"]
        );
        assert_eq!(
            sentence_starts("@acme @Ride_Support why is my order late? @help_desk Seriously"),
            ["acme", "why", "help_desk", "Seriously"]
        );
        assert_eq!(
            sentence_starts("Help! @NordAir my flight is delayed."),
            ["Help", "NordAir", "my"]
        );
    }

    #[test]
    fn a_handle_or_an_address_inside_a_sentence_starts_nothing() {
        assert_eq!(
            sentence_starts("Hi @acme my order is late, ask @help why."),
            ["Hi"]
        );
        assert_eq!(
            sentence_starts("john@example.com never answers. Write to support@acme.com today"),
            ["john", "Write"]
        );
    }

    #[test]
    fn the_greek_question_mark_is_no_word_and_ends_a_sentence() {
        let text = "Τι κάνετε\u{37E} Εμείς καλά\u{37E}";
        let view = TextView::of(text);
        let words: Vec<&str> = view.words.iter().map(|w| &text[w.range.clone()]).collect();
        assert_eq!(words, ["Τι", "κάνετε", "Εμείς", "καλά"]);
        assert_eq!(sentence_starts(text), ["Τι", "Εμείς"]);
        assert_eq!(
            sentence_starts("Γιατί\u{37E} Δεν ξέρω."),
            sentence_starts("Γιατί; Δεν ξέρω.")
        );
    }

    #[test]
    fn mixed_script_word_is_other() {
        assert_eq!(word_script("oтправлен"), Script::Other);
        assert_eq!(word_script("отправлен"), Script::Cyrillic);
    }
}
