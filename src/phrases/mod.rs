//! Phrase lists kept as data and matched on the words of a text: stems, so
//! a phrase matches its inflected forms, and a small pattern language
//! (word classes, alternatives, optional words, gaps, either order,
//! negation) so it matches the phrase as people really write it. The
//! language is described in `src/phrases/README.md`.

mod blocks;
mod compile;
mod first_words;
mod precompiled;
mod presence;

pub use compile::{compile, compile_with, CompiledPhrase, Inst, Tok, WordSet, SHARED_CLASSES};

use crate::words::{TextView, Word};
use std::borrow::Cow;
use std::ops::Range;

/// A phrase found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhraseMatch {
    /// Indices of the matched words in the [`TextView`], first to last + 1.
    pub words: Range<usize>,
    /// Index of the phrase in the list.
    pub phrase: usize,
}

/// Phrases by the hash of a word they can start with: (hash, phrase)
/// pairs grouped by the hashes' top bits (one counting pass, no sort: a
/// sort was most of indexing at start-up), found through a directory of
/// where each group starts. A group may hold a pair twice, and other
/// hashes: look-ups keep the hash asked for, and [`PhraseList::candidates`]
/// sorts and dedups what they find.
#[derive(Debug, Clone, Default)]
struct Index {
    entries: Vec<(u64, u32)>,
    /// Where the entries whose hash starts with each value of the top bits
    /// begin; one more at the end.
    starts: Vec<u32>,
    /// 64 less the number of top bits.
    shift: u32,
}

impl Index {
    fn new(mut pairs: Vec<(u64, u32)>) -> Index {
        // A phrase's first words come one after another: most repeats go.
        pairs.dedup();
        let bits = pairs.len().next_power_of_two().trailing_zeros().max(1);
        let shift = 64 - bits;
        let mut starts = vec![0u32; (1 << bits) + 1];
        for &(key, _) in &pairs {
            starts[(key >> shift) as usize + 1] += 1;
        }
        for at in 1..starts.len() {
            starts[at] += starts[at - 1];
        }
        let mut next = starts.clone();
        let mut entries = vec![(0, 0); pairs.len()];
        for pair in pairs {
            let slot = &mut next[(pair.0 >> shift) as usize];
            entries[*slot as usize] = pair;
            *slot += 1;
        }
        Index {
            entries,
            starts,
            shift,
        }
    }

    fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Appends the phrases under `key` to `out`.
    fn find(&self, key: u64, out: &mut Vec<usize>) {
        if self.entries.is_empty() {
            return;
        }
        let bucket = (key >> self.shift) as usize;
        let range = self.starts[bucket] as usize..self.starts[bucket + 1] as usize;
        out.extend(
            self.entries[range]
                .iter()
                .filter(|&&(k, _)| k == key)
                .map(|&(_, phrase)| phrase as usize),
        );
    }
}

/// Bits of [`PhraseList`]'s filter of first words.
const FIRST_BITS: usize = 4096;

/// How many words before and after a phrase its `!guard` looks at.
const GUARD_WINDOW: usize = 3;

/// A compiled phrase list: phrases indexed by the words they can start
/// with, so matching is a few hash look-ups per word of the text, and
/// building the list costs next to nothing (start-up is paid on every Send
/// in a fresh worker).
#[derive(Debug, Clone)]
pub struct PhraseList {
    phrases: Cow<'static, [CompiledPhrase]>,
    // The next five make the list's own index of first words, for a list
    // without a place in the shared one (`shared_slot` is `None`); they are
    // left empty for a list with one.
    /// Phrases by the hash of a stem they can start with.
    by_first_stem: Index,
    /// Phrases by the hash of an exact (`=word`) word they can start with.
    by_first_word: Index,
    /// Phrases by a prefix (`word*`) they can start with.
    roots: RootIndex,
    /// A bit for the first character of each prefix a phrase can start
    /// with (by the low bits of its code point): most words of a text start
    /// with none of them, and skip the look-ups in `roots`.
    root_first_chars: Vec<u64>,
    /// A bit for each stem and exact word a phrase can start with (by the
    /// low bits of its hash): most words of a text have none set, and skip
    /// the map look-ups.
    first_bits: Vec<u64>,
    /// For each phrase that starts with two fixed words, where its second
    /// word is in its program: checked before the program runs, since most
    /// candidates fail right there.
    second_word: Vec<Option<u16>>,
    /// For each phrase, words it cannot match without (see
    /// [`presence::needs_of`]), worked out when the phrase is first a
    /// candidate (not at start-up, which every Send in a fresh worker pays).
    needs: Vec<std::sync::OnceLock<presence::Needs>>,
    /// The list's place in the table of first words all built-in lists
    /// share (see [`first_words`]); `None` for a list parsed at run time,
    /// or once the table is full: such a list looks at every word.
    shared_slot: Option<first_words::Slot>,
}

/// Prefixes of words by their hash (as [`crate::words::hash`] hashes the
/// prefix's bytes): a word of the text is looked up at each of its
/// character boundaries, up to the longest prefix. Built with one sort (a
/// trie of the same prefixes allocated for each of its nodes, thousands of
/// times at start-up).
#[derive(Debug, Clone, Default)]
struct RootIndex {
    by_hash: Index,
    /// A bit for each prefix's hash (its low bits, a set of [`FIRST_BITS`]):
    /// most prefixes of a word are no phrase's, and are turned away here
    /// instead of by a look-up in the index, which misses the cache.
    bits: Vec<u64>,
    /// The length in bytes of the longest prefix.
    longest: usize,
}

impl RootIndex {
    /// Indexes (prefix, phrase) pairs; an empty prefix, which no walk of
    /// a word's characters ends on, is left out.
    fn new(roots: Vec<(&str, u32)>) -> RootIndex {
        let longest = roots.iter().map(|(p, _)| p.len()).max().unwrap_or(0);
        let entries: Vec<(u64, u32)> = roots
            .into_iter()
            .filter(|(p, _)| !p.is_empty())
            .map(|(p, phrase)| (crate::words::hash(p.as_bytes()), phrase))
            .collect();
        let mut bits = vec![0u64; FIRST_BITS / 64];
        for &(key, _) in &entries {
            set_bit::<FIRST_BITS>(&mut bits, key);
        }
        RootIndex {
            by_hash: Index::new(entries),
            bits,
            longest,
        }
    }

    /// Appends the phrases whose prefix starts `word` (on a character
    /// boundary).
    fn find(&self, word: &[u8], out: &mut Vec<usize>) {
        if self.by_hash.is_empty() {
            return;
        }
        for_each_prefix_hash(word, self.longest, |h| {
            if has_bit::<FIRST_BITS>(&self.bits, h) {
                self.by_hash.find(h, out);
            }
        });
    }
}

/// The text of a phrase file that ships with presend, for
/// [`PhraseList::builtin`] and [`PhraseList::merged`] (`path` relative to the
/// file that names it, as with `include_str!`). Native builds carry the text
/// (a list the build did not compile is compiled from it, and the tests
/// compare it with what the build compiled); the WebAssembly build finds
/// every list, compiled by the build, by its name and carries no text,
/// which keeps the files' comments out of the module.
#[macro_export]
macro_rules! phrase_file {
    ($path:literal) => {
        if cfg!(target_arch = "wasm32") {
            ""
        } else {
            include_str!($path)
        }
    };
}

/// A phrase list that ships with presend, compiled once on first use and
/// shared by every caller: `static_phrase_list!("name", "file.txt")` (the
/// file relative to the calling source file, as with [`phrase_file!`]).
#[macro_export]
macro_rules! static_phrase_list {
    ($name:literal, $file:literal) => {{
        static LIST: std::sync::OnceLock<$crate::phrases::PhraseList> = std::sync::OnceLock::new();
        $crate::phrases::PhraseList::shared(&LIST, $name, $crate::phrase_file!($file))
    }};
}

/// The phrases of a list that ships with presend (see
/// [`PhraseList::builtin`]), not yet indexed.
fn builtin_phrases(name: &str, source: &str) -> Cow<'static, [CompiledPhrase]> {
    match precompiled::phrases_of(name, source) {
        Some(phrases) => Cow::Borrowed(phrases),
        // A list the build could not compile: the error, from the tests.
        // The WebAssembly build leaves the compiler out (it is not needed
        // when every list is compiled, and it would weigh in the module).
        #[cfg(not(target_arch = "wasm32"))]
        None => Cow::Owned(compile(source).unwrap_or_else(|e| panic!("phrase list {name}: {e}"))),
        #[cfg(target_arch = "wasm32")]
        None => panic!("phrase list {name} was not compiled by the build"),
    }
}

/// The phrases of a list that ships with presend, as written in its file,
/// for the lists read as words rather than matched (names, forms,
/// acronyms). Only the lists named in `TEXTS_READ` in `build.rs` keep their
/// texts in the WebAssembly build, so this panics, in every build, for any
/// other list: a native test then fails where the WebAssembly build would
/// silently read "" (the texts of other lists cannot be read at all: the
/// field is private to this module).
pub fn builtin_texts(name: &str, source: &str) -> Vec<Cow<'static, str>> {
    assert!(
        precompiled::texts_kept(name),
        "the texts of phrase list {name} are not shipped: name it in TEXTS_READ in build.rs"
    );
    match builtin_phrases(name, source) {
        Cow::Borrowed(phrases) => phrases.iter().map(|p| p.text.clone()).collect(),
        Cow::Owned(phrases) => phrases.into_iter().map(|p| p.text).collect(),
    }
}

/// Refuses a list read as texts only: the WebAssembly build ships it
/// without programs (see `TEXTS_READ` in build.rs), so matching it there
/// would silently find nothing.
fn assert_matchable(name: &str) {
    assert!(
        !precompiled::texts_kept(name),
        "phrase list {name} is read as texts only: it cannot be matched"
    );
}

impl PhraseList {
    /// Parses a phrase file. Errors name the line that is wrong.
    pub fn parse(source: &str) -> Result<PhraseList, String> {
        Ok(PhraseList::from_compiled(
            Cow::Owned(compile(source)?),
            None,
        ))
    }

    /// A phrase list that ships with presend: compiled by `build.rs` ahead
    /// of time, or parsed now when the build did not see it. A broken list
    /// is a bug the tests catch, so this panics with the file's error.
    pub fn builtin(name: &str, source: &str) -> PhraseList {
        assert_matchable(name);
        let identity = list_identity(std::slice::from_ref(&name));
        PhraseList::from_compiled(builtin_phrases(name, source), Some(identity))
    }

    /// The built-in list `name` kept in `cell`, compiled on first use (see
    /// [`static_phrase_list!`]): one function for every list, not one copy
    /// of the start-up code per list.
    #[inline(never)]
    pub fn shared(
        cell: &'static std::sync::OnceLock<PhraseList>,
        name: &'static str,
        source: &'static str,
    ) -> &'static PhraseList {
        cell.get_or_init(|| PhraseList::builtin(name, source))
    }

    /// Indexes `phrases`: a built-in list (its sources identified by
    /// `identity`) by a place in the shared index of first words; a list
    /// parsed at run time, or one the shared index has no room for, by an
    /// index of its own.
    fn from_compiled(phrases: Cow<'static, [CompiledPhrase]>, identity: Option<u64>) -> PhraseList {
        let mut list = PhraseList {
            phrases: Cow::Borrowed(&[]),
            by_first_stem: Index::default(),
            by_first_word: Index::default(),
            roots: RootIndex::default(),
            root_first_chars: Vec::new(),
            second_word: Vec::with_capacity(phrases.len()),
            first_bits: Vec::new(),
            needs: phrases.iter().map(|_| std::sync::OnceLock::new()).collect(),
            shared_slot: None,
        };
        let mut firsts: Vec<(usize, first_words::First)> = Vec::with_capacity(phrases.len());
        let mut walk = compile::Walk::default();
        for (index, phrase) in phrases.iter().enumerate() {
            let is_word = |i: &Inst| matches!(i, Inst::Word(_) | Inst::Set(_));
            let checks_word = |i: &Inst| is_word(i) || matches!(i, Inst::Peek(_));
            list.second_word.push(
                (phrase.program.len() > 2
                    && is_word(&phrase.program[0])
                    && checks_word(&phrase.program[1]))
                .then_some(1),
            );
            compile::for_each_first_word(&phrase.program, &mut walk, |tok| {
                firsts.push((
                    index,
                    match tok {
                        Tok::Stem(_, h) => first_words::First::Stem(*h),
                        Tok::Exact(_, h) => first_words::First::Word(*h),
                        Tok::Prefix(p) => first_words::First::Prefix(p),
                    },
                ));
            })
            .unwrap_or_else(|e| panic!("phrase {:?}: {e}", phrase.text));
        }
        list.shared_slot = identity.and_then(|identity| {
            first_words::register(identity, firsts.iter().copied(), || {
                phrases
                    .iter()
                    .map(|p| presence::sure_need(&p.program).map_or(0, presence::fingerprint))
                    .collect()
            })
        });
        if list.shared_slot.is_none() {
            list.index_first_words(&firsts);
        }
        list.phrases = phrases;
        list
    }

    /// The list's own index of the words its phrases may start with
    /// (`firsts`: (phrase, first word) pairs), read by [`Self::candidates`].
    fn index_first_words(&mut self, firsts: &[(usize, first_words::First)]) {
        self.root_first_chars = vec![0; FIRST_BITS / 64];
        self.first_bits = vec![0; FIRST_BITS / 64];
        let (mut by_stem, mut by_word, mut roots) = (Vec::new(), Vec::new(), Vec::new());
        for &(index, first) in firsts {
            let (index_of, key) = match first {
                first_words::First::Stem(h) => (&mut by_stem, h),
                first_words::First::Word(h) => (&mut by_word, h),
                first_words::First::Prefix(p) => {
                    roots.push((p, index as u32));
                    if let Some(c) = p.chars().next() {
                        set_bit::<FIRST_BITS>(&mut self.root_first_chars, c as u64);
                    }
                    continue;
                }
            };
            set_bit::<FIRST_BITS>(&mut self.first_bits, key);
            index_of.push((key, index as u32));
        }
        self.by_first_stem = Index::new(by_stem);
        self.by_first_word = Index::new(by_word);
        self.roots = RootIndex::new(roots);
    }

    /// Several built-in lists (name, source) as one, matched in one pass;
    /// the phrases keep their order, list after list. With it, for each
    /// phrase, the index of the list it comes from. Only the one list is
    /// indexed, so this costs no more to prepare than its parts.
    pub fn merged(lists: &[(&str, &str)]) -> (PhraseList, Vec<usize>) {
        for (name, _) in lists {
            assert_matchable(name);
        }
        let parts: Vec<_> = lists
            .iter()
            .map(|(name, source)| builtin_phrases(name, source))
            .collect();
        let total = parts.iter().map(|part| part.len()).sum();
        let mut phrases: Vec<CompiledPhrase> = Vec::with_capacity(total);
        let mut origin = Vec::with_capacity(total);
        for (index, part) in parts.iter().enumerate() {
            origin.extend(std::iter::repeat_n(index, part.len()));
            phrases.extend_from_slice(part);
        }
        let names: Vec<&str> = lists.iter().map(|&(name, _)| name).collect();
        let identity = list_identity(&names);
        (
            PhraseList::from_compiled(Cow::Owned(phrases), Some(identity)),
            origin,
        )
    }

    /// The phrases, in file order.
    pub fn phrases(&self) -> &[CompiledPhrase] {
        &self.phrases
    }

    /// The phrases that may start at word `i` of `view`, sorted, no repeats.
    fn candidates(&self, view: &TextView, i: usize, out: &mut Vec<usize>) {
        out.clear();
        let stem = view.stem_hashes[i];
        if has_bit::<FIRST_BITS>(&self.first_bits, stem) {
            self.by_first_stem.find(stem, out);
        }
        let norm = view.norm_hashes[i];
        if !self.by_first_word.is_empty() && has_bit::<FIRST_BITS>(&self.first_bits, norm) {
            self.by_first_word.find(norm, out);
        }
        let word = view.words[i].norm.as_str();
        if word
            .chars()
            .next()
            .is_some_and(|c| has_bit::<FIRST_BITS>(&self.root_first_chars, c as u64))
        {
            self.roots.find(word.as_bytes(), out);
        }
        if out.len() > 1 {
            crate::sort::sort(out);
            out.dedup();
        }
    }

    /// The end of the longest match of `phrase` from word `start`, guards
    /// included.
    fn match_at(
        &self,
        view: &TextView,
        phrase: usize,
        start: usize,
        stack: &mut Vec<(usize, usize)>,
    ) -> Option<usize> {
        let p = &self.phrases[phrase];
        if let Some(pc) = self.second_word[phrase] {
            let next = start + 1;
            let fits = |tok: &Tok| matches(tok, view, next);
            let ok = next < view.len()
                && !view.breaks_before(next)
                && (is_passed_over(view, next)
                    || match &p.program[pc as usize] {
                        Inst::Word(tok) => fits(tok),
                        Inst::Set(set) => set_matches(set, view, next),
                        Inst::Peek(peek) => {
                            set_matches(peek.words(&p.program, pc as usize), view, next)
                        }
                        _ => true,
                    });
            if !ok {
                return None;
            }
        }
        let end = run(&p.program, view, start, stack)?;
        let guarded_before = !p.before.is_empty()
            && (start.saturating_sub(GUARD_WINDOW)..start)
                .filter(|&from| view.is_unbroken(from, start))
                .any(|from| run(&p.before, view, from, stack).is_some_and(|e| e <= start));
        let guarded_after = !p.after.is_empty()
            && (end..view.len().min(end + GUARD_WINDOW))
                .take_while(|&from| view.is_unbroken(end - 1, from))
                .any(|from| run(&p.after, view, from, stack).is_some());
        (!guarded_before && !guarded_after).then_some(end)
    }

    /// Every phrase that matches in `view`, each with its longest match at
    /// each word it starts at, in order of that word; matches may overlap.
    pub fn find_iter<'a>(&'a self, view: &'a TextView) -> impl Iterator<Item = PhraseMatch> + 'a {
        self.matches_starting_before(view, view.len())
    }

    /// The end of the longest match of a phrase at the first word of
    /// `view`, read no further than that word's matches.
    pub fn longest_at_start(&self, view: &TextView) -> Option<usize> {
        self.matches_starting_before(view, 1)
            .map(|m| m.words.end)
            .max()
    }

    /// [`PhraseList::find_iter`] of the matches that start before word `end`.
    /// One copy for every caller (it takes the scratch space from a
    /// thread-local: inlined into each, that weighed 1.3 KB gzipped in the
    /// WebAssembly module).
    #[inline(never)]
    fn matches_starting_before<'a>(&'a self, view: &'a TextView, end: usize) -> Matches<'a> {
        Matches {
            list: self,
            view,
            presence: None,
            next_word: 0,
            cursor: first_words::Cursor::default(),
            end: end.min(view.len()),
            scratch: SCRATCH.take(),
            next_found: 0,
        }
    }

    /// The places where phrases occur in `view`, in text order: matches
    /// that overlap are one occurrence, spanning them all, credited to the
    /// first (and, of those, the longest). This is how every rule counts
    /// and shows phrases.
    pub fn occurrences(&self, view: &TextView) -> Vec<PhraseMatch> {
        merge_overlapping(self.find_iter(view).collect())
    }

    /// The first of [`PhraseList::occurrences`], found without reading
    /// further than it.
    pub fn first_occurrence(&self, view: &TextView) -> Option<PhraseMatch> {
        self.first_occurrence_where(view, |_| true)
    }

    /// [`PhraseList::first_occurrence`] of the matches `keep` accepts: the
    /// others are passed over as if they were not there.
    pub fn first_occurrence_where(
        &self,
        view: &TextView,
        mut keep: impl FnMut(&PhraseMatch) -> bool,
    ) -> Option<PhraseMatch> {
        let mut first: Option<PhraseMatch> = None;
        for m in self.find_iter(view).filter(|m| keep(m)) {
            match &mut first {
                None => first = Some(m),
                Some(f) if m.words.start < f.words.end => {
                    f.words.end = f.words.end.max(m.words.end);
                }
                Some(_) => break,
            }
        }
        first
    }

    /// The byte ranges of [`PhraseList::occurrences`] in the text of `view`.
    pub fn spans(&self, view: &TextView) -> Vec<Range<usize>> {
        self.occurrences(view)
            .into_iter()
            .map(|m| view.span(m.words.start, m.words.end - 1))
            .collect()
    }

    /// True when any phrase occurs in `view`.
    pub fn is_found_in(&self, view: &TextView) -> bool {
        self.find_iter(view).next().is_some()
    }

    /// How many times phrases occur in `view` (see [`PhraseList::occurrences`]).
    pub fn count_in(&self, view: &TextView) -> usize {
        self.occurrences(view).len()
    }
}

/// The matches of a [`PhraseList`] in a [`TextView`], word by word (see
/// [`PhraseList::find_iter`]).
struct Matches<'a> {
    list: &'a PhraseList,
    view: &'a TextView,
    /// The next word to look for phrases at (a list without a place in the
    /// shared index).
    next_word: usize,
    /// Where the list is in its candidates in the shared index.
    cursor: first_words::Cursor,
    /// The word before which phrases are looked for.
    end: usize,
    /// The words of the view, once a phrase may start in it.
    presence: Option<presence::Presence<'a>>,
    /// Scratch space, taken from [`SCRATCH`] and given back when done.
    scratch: Scratch,
    /// The next of `scratch.found` to give.
    next_found: usize,
}

/// The scratch space of a [`Matches`]: kept from one to the next (some
/// thirty lists read each check; each allocated and grew its own three).
#[derive(Default)]
struct Scratch {
    /// The phrases that may start at a word.
    candidates: Vec<usize>,
    /// The stack of the word programs.
    stack: Vec<(usize, usize)>,
    /// The matches at the last word looked at.
    found: Vec<PhraseMatch>,
}

/// The largest scratch space kept (in elements of each buffer); a larger
/// one, grown by a long text, is freed.
const KEPT_SCRATCH_MAX: usize = 1 << 12;

thread_local! {
    /// The scratch space of the last [`Matches`] dropped.
    static SCRATCH: std::cell::Cell<Scratch> = const {
        std::cell::Cell::new(Scratch {
            candidates: Vec::new(),
            stack: Vec::new(),
            found: Vec::new(),
        })
    };
}

impl Drop for Matches<'_> {
    // One copy for every caller, as for `next`.
    #[inline(never)]
    fn drop(&mut self) {
        let mut scratch = std::mem::take(&mut self.scratch);
        if scratch
            .candidates
            .capacity()
            .max(scratch.stack.capacity())
            .max(scratch.found.capacity())
            <= KEPT_SCRATCH_MAX
        {
            scratch.candidates.clear();
            scratch.stack.clear();
            scratch.found.clear();
            SCRATCH.set(scratch);
        }
    }
}

impl Iterator for Matches<'_> {
    type Item = PhraseMatch;

    // One copy for every caller: inlined into each, the matcher weighs on
    // the WebAssembly module many times over.
    #[inline(never)]
    fn next(&mut self) -> Option<PhraseMatch> {
        loop {
            if let Some(found) = self.scratch.found.get(self.next_found) {
                self.next_found += 1;
                return Some(found.clone());
            }
            let i = match self.list.shared_slot {
                Some(slot) => first_words::next_candidates(
                    self.view,
                    slot,
                    &mut self.cursor,
                    self.end,
                    &mut self.scratch.candidates,
                )?,
                None => {
                    let i = self.next_word;
                    if i >= self.end {
                        return None;
                    }
                    self.next_word = i + 1;
                    self.list
                        .candidates(self.view, i, &mut self.scratch.candidates);
                    if self.scratch.candidates.is_empty() {
                        continue;
                    }
                    i
                }
            };
            self.scratch.found.clear();
            self.next_found = 0;
            let view = self.view;
            let presence = *self
                .presence
                .get_or_insert_with(|| presence::Presence::of(view));
            // The filter of the word's sentence, once a candidate needs it.
            let mut sentence = None;
            for &candidate in &self.scratch.candidates {
                let phrase = candidate & !first_words::NEEDS_TESTED;
                // Needs the shared index tested are not read again.
                if candidate & first_words::NEEDS_TESTED == 0 {
                    let needs = match self.list.needs[phrase].get() {
                        Some(needs) => needs,
                        None => {
                            let needs = self.list.needs[phrase].get_or_init(|| {
                                presence::needs_of(&self.list.phrases[phrase].program)
                            });
                            if let Some(slot) = self.list.shared_slot {
                                first_words::keep_needs(slot, phrase, needs);
                            }
                            needs
                        }
                    };
                    if !presence.may_have_all(needs)
                        || !sentence
                            .get_or_insert_with(|| presence::Presence::of_sentence(view, i))
                            .may_have_all(needs)
                    {
                        continue;
                    }
                }
                if let Some(end) = self
                    .list
                    .match_at(self.view, phrase, i, &mut self.scratch.stack)
                {
                    self.scratch.found.push(PhraseMatch {
                        words: i..end,
                        phrase,
                    });
                }
            }
        }
    }
}

/// What identifies a built-in list by the names of its files: the same for
/// every copy made of it (each rule's list is made again with each checker).
fn list_identity(names: &[&str]) -> u64 {
    names.iter().fold(crate::words::FNV_OFFSET, |h, name| {
        name.bytes()
            .chain(std::iter::once(0))
            .fold(h, crate::words::fnv_step)
    })
}

/// Calls `f` with the hash of each prefix of `word` (as
/// [`crate::words::hash`] hashes its bytes) that ends on a character
/// boundary, up to `longest` bytes, shortest first: where a walk of the
/// word's characters looks prefixes up. Shared by the lists' own indexes and
/// the shared one; always inlined, as are the bit helpers below: called
/// instead, they cost about 1 % of a check's instructions (callgrind).
#[inline(always)]
fn for_each_prefix_hash(word: &[u8], longest: usize, mut f: impl FnMut(u64)) {
    let mut h = crate::words::FNV_OFFSET;
    for (at, &byte) in word.iter().take(longest).enumerate() {
        h = crate::words::fnv_step(h, byte);
        if word.get(at + 1).is_none_or(|b| (*b as i8) >= -0x40) {
            f(h);
        }
    }
}

/// Sets the bit of `key` (its low bits) in a bit set of `SIZE` bits.
#[inline(always)]
fn set_bit<const SIZE: usize>(bits: &mut [u64], key: u64) {
    let bit = key as usize % SIZE;
    bits[bit / 64] |= 1 << (bit % 64);
}

/// True when the bit of `key` is set in a bit set of `SIZE` bits (an empty
/// set has none).
#[inline(always)]
fn has_bit<const SIZE: usize>(bits: &[u64], key: u64) -> bool {
    let bit = key as usize % SIZE;
    bits.get(bit / 64)
        .is_some_and(|b| b & (1 << (bit % 64)) != 0)
}

/// Something found at a range of words or bytes.
pub trait Spanned {
    /// Where it is.
    fn range(&self) -> &Range<usize>;
    /// Where it is, to widen it.
    fn range_mut(&mut self) -> &mut Range<usize>;
}

impl Spanned for Range<usize> {
    fn range(&self) -> &Range<usize> {
        self
    }
    fn range_mut(&mut self) -> &mut Range<usize> {
        self
    }
}

impl Spanned for PhraseMatch {
    fn range(&self) -> &Range<usize> {
        &self.words
    }
    fn range_mut(&mut self) -> &mut Range<usize> {
        &mut self.words
    }
}

/// Sorts `items` by where they are and merges the ones that overlap into
/// the first (the longest of those that start first), widened to cover
/// them all. Every rule that shows or counts matches goes through here, so
/// "one occurrence" means the same everywhere.
pub fn merge_overlapping<T: Spanned>(mut items: Vec<T>) -> Vec<T> {
    crate::sort::sort_by_key(&mut items, |item| {
        (item.range().start, std::cmp::Reverse(item.range().end))
    });
    let mut out: Vec<T> = Vec::new();
    for item in items {
        match out.last_mut() {
            Some(last) if item.range().start < last.range().end => {
                let end = last.range().end.max(item.range().end);
                last.range_mut().end = end;
            }
            _ => out.push(item),
        }
    }
    out
}

/// Words that negate what follows, in the three languages (normalised).
const NEGATIONS: &[&str] = &[
    "not",
    "never",
    "no",
    "nor",
    "cannot",
    "can't",
    "won't",
    "don't",
    "doesn't",
    "didn't",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "haven't",
    "hasn't",
    "hadn't",
    "couldn't",
    "wouldn't",
    "shouldn't",
    "mustn't",
    "не",
    "ни",
    "нет",
    "никогда",
    "δεν",
    "δε",
    "μην",
    "μη",
    "ουτε",
    "ποτε",
    "οχι",
];

/// True when a normalised word is a negation, an English contraction
/// typed without its apostrophe ("dont", "isnt") included, as phrases
/// match it.
pub(crate) fn is_negation(norm: &str) -> bool {
    NEGATIONS.iter().any(|negation| {
        *negation == norm
            || negation
                .strip_suffix("'t")
                .is_some_and(|stem| norm.strip_suffix('t') == Some(stem))
    })
}

/// True when word `at` of `view` is a word of courtesy, emphasis or
/// frankness that people put between the words of a phrase without
/// changing what it says ("избавьте меня, пожалуйста, от…", "I am really
/// just done with you", "σταματήστε, παρακαλώ, να…"). Inside a phrase,
/// after its first word, such a word is passed over wherever a word of the
/// phrase does not match it, and so is an intensifier ("you literally
/// ignored", "вы нас совершенно подвели", "ποιος ακριβώς νομίζετε") or a
/// word of "already", "by now", "at last", "again", "even", "still"
/// ("это уже издевательство", "δεν είστε πια σοβαροί", "this is still a
/// joke"). None of them negates, and none is a form of address. (A
/// `match` on the normalised word: tried by length first, it costs a few
/// instructions where a scan of a list cost one comparison per entry, for
/// every word a phrase turns away.)
fn is_passed_over(view: &TextView, at: usize) -> bool {
    matches!(
        &*view.words[at].norm,
        "please"
            | "kindly"
            | "really"
            | "just"
            | "actually"
            | "honestly"
            | "frankly"
            | "truly"
            | "simply"
            | "very"
            | "literally"
            | "totally"
            | "completely"
            | "absolutely"
            | "utterly"
            | "exactly"
            | "already"
            | "finally"
            | "again"
            | "even"
            | "still"
            | "пожалуйста"
            | "же"
            | "ведь"
            | "уж"
            | "очень"
            | "просто"
            | "действительно"
            | "реально"
            | "честно"
            | "совершенно"
            | "абсолютно"
            | "вообще"
            | "собственно"
            | "полностью"
            | "уже"
            | "наконец"
            | "опять"
            | "снова"
            | "даже"
            | "παρακαλω"
            | "πραγματικα"
            | "ειλικρινα"
            | "απλα"
            | "απλωσ"
            | "πολυ"
            | "οντωσ"
            | "εντελωσ"
            | "τελειωσ"
            | "απολυτωσ"
            | "ακριβωσ"
            | "δηλαδη"
            | "ηδη"
            | "πια"
            | "επιτελουσ"
            | "παλι"
            | "ξανα"
            | "καν"
            | "ακομα"
            | "ακομη"
    )
}

/// True when word `at` of `view` is the word `tok` asks for (hashes first,
/// then the words, since hashes may collide).
fn matches(tok: &Tok, view: &TextView, at: usize) -> bool {
    let word: &Word = &view.words[at];
    match tok {
        Tok::Stem(s, h) => view.stem_hashes[at] == *h && word.stem == **s,
        Tok::Prefix(p) => word.norm.starts_with(&**p),
        Tok::Exact(w, h) => view.norm_hashes[at] == *h && word.norm == **w,
    }
}

/// True when word `at` of `view` is one of `toks` (in [`compile::set_order`]).
fn set_matches(set: &WordSet, view: &TextView, at: usize) -> bool {
    let word: &Word = &view.words[at];
    let toks: &[Tok] = &set.toks;
    let exact_from = usize::from(set.exact_from);
    let prefix_from = usize::from(set.prefix_from);
    let find = |part: &[Tok], h: u64, text: &str| {
        let key = |t: &Tok| match t {
            Tok::Stem(_, h) | Tok::Exact(_, h) => *h,
            Tok::Prefix(_) => 0,
        };
        let first = part.partition_point(|t| key(t) < h);
        part[first..]
            .iter()
            .take_while(|t| key(t) == h)
            .any(|t| matches!(t, Tok::Stem(s, _) | Tok::Exact(s, _) if **s == *text))
    };
    let (stem, norm) = (view.stem_hashes[at], view.norm_hashes[at]);
    (set.may_have_hash(stem) && find(&toks[..exact_from], stem, &word.stem))
        || (set.may_have_hash(norm) && find(&toks[exact_from..prefix_from], norm, &word.norm))
        || prefix_from < toks.len() && {
            // Prefixes of the word sort before it, among the entries that
            // start with its first letter.
            let prefixes = &toks[prefix_from..];
            let first = word.norm.chars().next();
            let upper = prefixes.partition_point(|t| match t {
                Tok::Prefix(p) => **p <= *word.norm,
                _ => true,
            });
            prefixes[..upper]
                .iter()
                .rev()
                .take_while(|t| matches!(t, Tok::Prefix(p) if p.chars().next() == first))
                .any(|t| matches!(t, Tok::Prefix(p) if word.norm.starts_with(&**p)))
        }
}

/// Runs a word program from word `start` of `view`, within its sentence;
/// the end (exclusive) of the longest match. `stack` is scratch space.
fn run(
    program: &[Inst],
    view: &TextView,
    start: usize,
    stack: &mut Vec<(usize, usize)>,
) -> Option<usize> {
    // A word after the first may be used only if no sentence ends before it.
    let usable = |at: usize| at < view.len() && (at == start || !view.breaks_before(at));
    let mut best = None;
    stack.clear();
    stack.push((0, start));
    // An instruction that asks for a word at `at`: on to the next
    // instruction, `read` words on, when the word is the one asked for;
    // else, after the first word, past a word of courtesy or emphasis the
    // phrase does not ask for here (`is_passed_over`), asking again.
    let on_word = |stack: &mut Vec<(usize, usize)>, pc: usize, at: usize, fits: bool, read| {
        if fits {
            stack.push((pc + 1, at + read));
        } else if at > start && usable(at) && is_passed_over(view, at) {
            stack.push((pc, at + 1));
        }
    };
    while let Some((pc, at)) = stack.pop() {
        match &program[pc] {
            Inst::Word(tok) => on_word(stack, pc, at, usable(at) && matches(tok, view, at), 1),
            Inst::Set(set) => on_word(stack, pc, at, usable(at) && set_matches(set, view, at), 1),
            // A peek looks at the word without reading it.
            Inst::Peek(peek) => {
                let fits = usable(at) && set_matches(peek.words(program, pc), view, at);
                on_word(stack, pc, at, fits, 0)
            }
            Inst::Split(first, second) => {
                stack.push((*second as usize, at));
                stack.push((*first as usize, at));
            }
            Inst::Jump(to) => stack.push((*to as usize, at)),
            Inst::Gap(n) => {
                stack.push((pc + 1, at));
                for skipped in at..at + *n as usize {
                    // A gap never skips a negation: "the shipment is, after
                    // all, not delayed" is no "shipment ~3 delayed".
                    if !usable(skipped) || is_negation(&view.words[skipped].norm) {
                        break;
                    }
                    stack.push((pc + 1, skipped + 1));
                }
            }
            Inst::Start => {
                if at == 0 || view.breaks_before(at) || view.starts_line(at) {
                    stack.push((pc + 1, at));
                }
            }
            Inst::End => {
                if at == view.len() || view.breaks_before(at) || view.starts_line(at) {
                    stack.push((pc + 1, at));
                }
            }
            Inst::Match => best = best.max(Some(at)),
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(source: &str) -> PhraseList {
        PhraseList::parse(source).unwrap()
    }

    /// What the list shows in `text`, one excerpt per occurrence.
    fn found(list: &PhraseList, text: &str) -> Vec<String> {
        let view = TextView::of(text);
        list.spans(&view)
            .into_iter()
            .map(|r| text[r].to_string())
            .collect()
    }

    #[test]
    fn matches_inflected_forms() {
        let l = list("[ru]\nприлагаю договор\n[en]\nplease find attached\n");
        assert_eq!(found(&l, "Прилагаю договоры."), vec!["Прилагаю договоры"]);
        assert_eq!(
            found(&l, "Please, find attached."),
            vec!["Please, find attached"]
        );
    }

    #[test]
    fn contractions_match_without_their_apostrophe_unless_that_is_another_word() {
        let l = list("[en]\ni don't care\nyou're late\nthat's all\nwe're done\nit's over\n");
        assert_eq!(found(&l, "I dont care."), vec!["I dont care"]);
        assert_eq!(found(&l, "Youre late again."), vec!["Youre late"]);
        assert_eq!(found(&l, "Thats all."), vec!["Thats all"]);
        assert_eq!(
            found(&l, "I don\u{2019}t care."),
            vec!["I don\u{2019}t care"]
        );
        assert!(found(&l, "We were done by noon.").is_empty());
        assert!(found(&l, "The show and its over-run.").is_empty());
    }

    #[test]
    fn prefix_matches_any_ending_anywhere_in_the_phrase() {
        let l = list("[ru]\nидиот*\n[el]\nηλίθι*\n[en]\nfuck* off\n");
        assert_eq!(found(&l, "какими-то идиотами"), vec!["идиотами"]);
        assert_eq!(found(&l, "Είστε ΗΛΙΘΙΟΙ"), vec!["ΗΛΙΘΙΟΙ"]);
        assert_eq!(found(&l, "just fucking off"), vec!["fucking off"]);
    }

    #[test]
    fn does_not_match_inside_words_or_across_sentences() {
        let l = list("[en]\nfind attached\nsorry ~3 delay\n[ru]\nхам\n");
        assert!(found(&l, "I could not find it. Attached is nothing").is_empty());
        assert!(found(&l, "хамелеон").is_empty());
        assert!(found(&l, "Sorry. The delay is short").is_empty());
    }

    #[test]
    fn classes_alternatives_and_optional_words() {
        let l = list(
            "[en]\n{sorry} for [the|my|our] (slow|late|delayed) (reply|response)\n\
             [ru]\n{sorry} ~4 (отвечаю|ответ*) только сейчас\n\
             [el]\n{sorry} ~4 καθυστέρηση\n",
        );
        assert_eq!(
            found(&l, "Apologies for the slow response."),
            ["Apologies for the slow response"]
        );
        assert_eq!(found(&l, "Sorry for late reply!"), ["Sorry for late reply"]);
        assert_eq!(
            found(&l, "Прошу прощения, что отвечаю только сейчас."),
            ["Прошу прощения, что отвечаю только сейчас"]
        );
        assert_eq!(
            found(&l, "Ζητώ συγγνώμη που απαντώ με τόση καθυστέρηση."),
            ["Ζητώ συγγνώμη που απαντώ με τόση καθυστέρηση"]
        );
        assert!(found(&l, "Sorry for the reply").is_empty());
    }

    #[test]
    fn needs_kept_from_one_text_turn_away_no_phrase_in_another() {
        // A built-in list keeps its phrases' needed words in the shared
        // index once worked out; a later text that has them still matches.
        let source = "[en]\nplease ~3 (invoice|bill)\nplease ~3 contract\n";
        let l = PhraseList::builtin("test.kept-needs", source);
        assert!(found(&l, "Please send it today.").is_empty());
        assert_eq!(
            found(&l, "Please sign the contract."),
            ["Please sign the contract"]
        );
        assert_eq!(found(&l, "Please pay the bill."), ["Please pay the bill"]);
        assert!(found(&l, "Please send it today.").is_empty());
        let again = PhraseList::builtin("test.kept-needs", source);
        assert_eq!(
            found(
                &again,
                "Please check the invoice, and please sign the contract."
            ),
            ["Please check the invoice", "please sign the contract"]
        );
    }

    #[test]
    fn alternatives_of_one_and_several_words_mixed() {
        // One-word alternatives are tried as one set, the others each on
        // their own; every one still matches, the longest match wins.
        let l = list("[en]\n(i|we|i am|we have been|i've) ~1 (told|tired|=waiting)\n");
        assert_eq!(found(&l, "I told you."), ["I told"]);
        assert_eq!(found(&l, "We were told."), ["We were told"]);
        assert_eq!(found(&l, "I am so tired."), ["I am so tired"]);
        assert_eq!(found(&l, "We have been waiting."), ["We have been waiting"]);
        assert_eq!(found(&l, "I've waiting."), ["I've waiting"]);
        assert!(found(&l, "They told us.").is_empty());
        assert!(found(&l, "We have been waits.").is_empty());
    }

    #[test]
    fn gaps_are_bounded() {
        let l = list("[ru]\nстоимость ~1 (повышается|вырастет)\n");
        assert_eq!(
            found(&l, "Стоимость обслуживания повышается."),
            ["Стоимость обслуживания повышается"]
        );
        assert!(found(&l, "Стоимость нашего обслуживания повышается.").is_empty());
    }

    #[test]
    fn gaps_do_not_skip_a_negation() {
        let l = list("[en]\nshipment ~3 delayed\n[ru]\nотгрузка ~3 задерживается\n");
        assert_eq!(
            found(&l, "The shipment is again delayed."),
            ["shipment is again delayed"]
        );
        assert!(found(&l, "The shipment is not delayed.").is_empty());
        // Typed without its apostrophe, a contraction still negates.
        assert!(found(&l, "The shipment still isnt delayed.").is_empty());
        assert!(found(&l, "Our shipment, they say, wasnt delayed.").is_empty());
        assert!(found(&l, "Отгрузка всё-таки не задерживается.").is_empty());
    }

    #[test]
    fn a_word_of_courtesy_or_emphasis_between_the_words_is_passed_over() {
        let l = list(
            "[ru]\nизбавьте меня от\nспасибо вам огромное\n\
             [en]\nspare me the excuses\ni am done with you\n\
             [el]\nσταματήστε να μου στέλνετε\n",
        );
        for (text, shown) in [
            (
                "И избавьте меня, пожалуйста, от объяснений.",
                "избавьте меня, пожалуйста, от",
            ),
            ("Избавьте же меня от этого.", "Избавьте же меня от"),
            (
                "Spare me, please, the excuses.",
                "Spare me, please, the excuses",
            ),
            (
                "I am really just done with you.",
                "I am really just done with you",
            ),
            (
                "Σταματήστε, παρακαλώ, να μου στέλνετε υπενθυμίσεις.",
                "Σταματήστε, παρακαλώ, να μου στέλνετε",
            ),
            // A phrase still ends where its own words end.
            ("Спасибо вам огромное, пожалуйста.", "Спасибо вам огромное"),
        ] {
            assert_eq!(found(&l, text), [shown], "{text}");
        }
        // Only those words: a name, another word or a negation is not
        // passed over.
        for text in [
            "Избавьте меня, Пётр, от объяснений.",
            "I am not done with you.",
            "Spare me the details, please.",
        ] {
            assert!(found(&l, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn either_order() {
        let l = list("[ru]\nпридется & перенести\n");
        assert_eq!(
            found(&l, "Поставку придётся перенести."),
            ["придётся перенести"]
        );
        assert_eq!(
            found(&l, "Перенести поставку, увы, придётся."),
            ["Перенести поставку, увы, придётся"]
        );
    }

    #[test]
    fn negation_guards() {
        let l = list("[en]\n!{not} delayed\nangry !about\n");
        assert_eq!(found(&l, "The order is delayed."), ["delayed"]);
        assert!(found(&l, "The order is not delayed.").is_empty());
        assert!(found(&l, "It isn't delayed at all.").is_empty());
        assert!(found(&l, "It is not really delayed.").is_empty());
        assert_eq!(
            found(&l, "Not that anyone knew: it is delayed."),
            ["delayed"]
        );
        assert_eq!(found(&l, "I am angry."), ["angry"]);
        assert!(found(&l, "I am angry about it.").is_empty());
    }

    #[test]
    fn anchors_at_sentence_and_line_ends() {
        let l = list("[en]\n^ seriously $\n");
        assert_eq!(found(&l, "Seriously? You want more?"), ["Seriously"]);
        assert_eq!(found(&l, "Peter,\nSeriously.\n"), ["Seriously"]);
        assert!(found(&l, "We take it seriously.").is_empty());
        assert!(found(&l, "Seriously good work.").is_empty());
    }

    #[test]
    fn exact_words_are_not_stemmed() {
        let l = list("[ru]\n=ты дурак\n");
        assert_eq!(found(&l, "Ты дурак"), ["Ты дурак"]);
        assert!(found(&l, "Тебе дурак").is_empty());
    }

    #[test]
    fn overlapping_matches_are_one_occurrence() {
        let l = list("[ru]\nпришлю отдельно\nотдельным письмом\n[en]\nsorry\nso sorry\n");
        assert_eq!(
            found(&l, "Счета пришлю отдельным письмом."),
            ["пришлю отдельным письмом"]
        );
        let view = TextView::of("So sorry. Sorry again.");
        assert_eq!(l.count_in(&view), 2);
        let first = &l.occurrences(&view)[0];
        assert_eq!(l.phrases()[first.phrase].text, "so sorry");
    }

    #[test]
    fn precompiled_lists_match_what_parsing_gives() {
        let sources = precompiled::sources();
        for &(name, source) in &sources {
            let decoded = precompiled::phrases_of(name, source).unwrap();
            for phrase in decoded.iter() {
                for program in [&phrase.program, &phrase.before, &phrase.after] {
                    compile::resolve_peeks(program);
                }
            }
            assert_eq!(compile(source).unwrap(), decoded);
        }
        assert!(sources.len() >= 5);
    }

    #[test]
    fn texts_are_read_only_from_the_lists_that_ship_them() {
        let sources = precompiled::sources();
        let text_of = |name: &str| sources.iter().find(|(n, _)| *n == name).unwrap().1;
        let forms = builtin_texts("vy_capitalization", text_of("vy_capitalization"));
        assert!(!forms.is_empty() && forms.iter().all(|text| !text.is_empty()));
        let read = std::panic::catch_unwind(|| builtin_texts("cliche", text_of("cliche")));
        assert!(
            read.is_err(),
            "the texts of a list left out of TEXTS_READ were read"
        );
    }

    #[test]
    fn every_shipped_list_compiles() {
        let mut errors = Vec::new();
        for dir in ["src/rules", "src/layout", "src/tone"] {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "txt") {
                    let source = std::fs::read_to_string(&path).unwrap();
                    if let Err(e) = compile(&source) {
                        errors.push(format!("{}: {e}", path.display()));
                    }
                }
            }
        }
        assert!(errors.is_empty(), "{errors:#?}");
    }
}
