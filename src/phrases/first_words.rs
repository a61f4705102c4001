//! The words every built-in phrase list can start with, in one index shared
//! by all the lists: for each stem, exact word and prefix a phrase can start
//! with, the (list, phrase) pairs that start with it. A text's words are
//! looked up there once, for all lists together, and each list then reads
//! its own candidates, word by word, instead of looking each word of the
//! text up in an index of its own (some forty lists read each text, and a
//! check in cold caches paid a miss in each list's tables).

use super::blocks::Blocks;
use super::presence::{Needs, Presence};
use super::{for_each_prefix_hash, has_bit, set_bit};
use crate::words::{PhraseCandidates, Prehashed, TextView};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::{Mutex, MutexGuard};

/// How many lists have a place in the index; a list beyond them is matched
/// with its own index, word by word.
const MAX_LISTS: usize = 64;

/// Bits of the filter of prefixes' hashes: most prefixes of a word start
/// no phrase, and are turned away here instead of by a look-up in the
/// index.
const PREFIX_BITS: usize = 1 << 12;

/// Bits of the filter of prefixes' initial keys.
const INITIAL_BITS: usize = 1 << 11;

/// Bits of the filter of stems' and words' hashes: most words of a text
/// start no phrase, and are turned away here, where the lines read are few
/// and shared by all words, instead of each at a slot of the index.
const FIRST_BITS: usize = 1 << 14;

/// A list's place in the shared index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Slot {
    /// The list's number.
    at: u8,
    /// How many lists were in the index once this one was: the candidates
    /// of a view worked out before that do not know the list.
    generation: u32,
}

/// A (list, phrase) pair, packed: the list's number in the top bits.
type Entry = u32;

/// Bits of an [`Entry`] for the phrase.
const PHRASE_BITS: u32 = 26;

/// The list's number in an [`Entry`].
fn list_of(entry: Entry) -> usize {
    (entry >> PHRASE_BITS) as usize
}

/// The phrase's number in an [`Entry`].
fn phrase_of(entry: Entry) -> usize {
    (entry & ((1 << PHRASE_BITS) - 1)) as usize
}

/// What a phrase may start with, as [`register`] is told it.
#[derive(Debug, Clone, Copy)]
pub(crate) enum First<'a> {
    /// A word with a stem of this hash.
    Stem(u64),
    /// Exactly the word of this hash.
    Word(u64),
    /// A word that starts with this (an empty prefix, which no walk of a
    /// word's characters ends on, is in no index).
    Prefix(&'a str),
}

/// A phrase that may start with a word, as the index keeps it: what is
/// read to turn it away sits beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Candidate {
    entry: Entry,
    /// The [`super::presence::fingerprint`] of the phrase's
    /// [`super::presence::sure_need`] (zero: none): a phrase whose sure
    /// need the text lacks is no candidate, found without reading its list.
    sure_need: u32,
    /// Where the phrase's needs are in [`Table::needs`], once kept and
    /// once this candidate was read after that ([`NOT_KEPT`] before).
    needs: u32,
}

/// [`Candidate::needs`] and [`Table::needs_at`] of a phrase whose needs
/// are not kept (yet).
const NOT_KEPT: u32 = u32::MAX;

/// The kinds of keys in [`Table::firsts`]: what a phrase may start with.
const STEM: u8 = 1;
const WORD: u8 = 2;
/// By the hash of the prefix's bytes (as [`crate::words::hash`]).
const PREFIX: u8 = 3;

/// The shared index.
struct Table {
    /// The candidates by what they start with (the hash of a stem, a word
    /// or a prefix, as [`First`]).
    firsts: Blocks<Candidate>,
    /// A bit for the hash of each stem and word a phrase may start with
    /// (its low bits).
    first_bits: Vec<u64>,
    /// A bit for each prefix's hash (its low bits).
    prefix_bits: Vec<u64>,
    /// A bit for each prefix's initial key ([`crate::words::initial_key`],
    /// its low bits): most words start as no prefix does, and skip the walk
    /// of their characters.
    initial_bits: Vec<u64>,
    /// The length in bytes of the longest prefix.
    longest_prefix: usize,
    /// The lists with a place, by what identifies their sources.
    lists: Vec<u64>,
    /// For each list with a place, where its phrases start in `needs_at`
    /// (and, last, where they end).
    first_phrase: Vec<u32>,
    /// For each phrase of each list with a place, where the words it needs
    /// (see [`super::presence::needs_of`]) are in `needs`, once the list
    /// has worked them out (see [`keep_needs`]); [`NOT_KEPT`] before: a
    /// phrase whose needs the text lacks is then no candidate.
    needs_at: Vec<u32>,
    /// The needs kept, one after another, each after its length.
    needs: Vec<u32>,
}

impl Table {
    /// The needs kept at `at` (see [`Table::needs_at`]).
    fn needs(&self, at: u32) -> &[u32] {
        let at = at as usize;
        &self.needs[at + 1..at + 1 + self.needs[at] as usize]
    }
}

fn table() -> MutexGuard<'static, Table> {
    static TABLE: Mutex<Table> = Mutex::new(Table {
        firsts: Blocks::new(),
        first_bits: Vec::new(),
        prefix_bits: Vec::new(),
        initial_bits: Vec::new(),
        longest_prefix: 0,
        lists: Vec::new(),
        first_phrase: Vec::new(),
        needs_at: Vec::new(),
        needs: Vec::new(),
    });
    TABLE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Gives the built-in list identified by `identity` (the same for every
/// copy of the same sources) a place in the index, with the words each of
/// its phrases may start with (`firsts`: (phrase, first word) pairs) and
/// the fingerprint of a word each phrase needs (`needs`, by phrase; zero:
/// none), asked for only when the list is new. A list seen before keeps its
/// place; `None` when the index is full.
pub(crate) fn register<'a>(
    identity: u64,
    firsts: impl Iterator<Item = (usize, First<'a>)>,
    needs: impl FnOnce() -> Vec<u32>,
) -> Option<Slot> {
    let mut table = table();
    if let Some(at) = table.lists.iter().position(|&known| known == identity) {
        return Some(Slot {
            at: at as u8,
            generation: at as u32 + 1,
        });
    }
    let at = table.lists.len();
    if at >= MAX_LISTS {
        return None;
    }
    if table.prefix_bits.is_empty() {
        table.prefix_bits = vec![0; PREFIX_BITS / 64];
        table.initial_bits = vec![0; INITIAL_BITS / 64];
        table.first_bits = vec![0; FIRST_BITS / 64];
    }
    let list = (at as Entry) << PHRASE_BITS;
    let needs = needs();
    // The list's phrases grouped by what they start with, so that each
    // key's block is appended to the shared index at once: each key gets a
    // number when first seen (`group`), and the phrases are then placed
    // key by key, in their own order (a counting sort, linear; a sort by
    // comparison was most of the start-up's time).
    let mut group: Blocks<u32> = Blocks::new();
    let mut keys: Vec<(u8, u64)> = Vec::new();
    let mut grouped: Vec<(u32, Entry)> = Vec::new();
    for (phrase, first) in firsts {
        assert!(
            phrase < 1 << PHRASE_BITS,
            "a phrase list too long for the index"
        );
        let (kind, key) = match first {
            First::Stem(key) | First::Word(key) => {
                set_bit::<FIRST_BITS>(&mut table.first_bits, key);
                (
                    if matches!(first, First::Stem(_)) {
                        STEM
                    } else {
                        WORD
                    },
                    key,
                )
            }
            First::Prefix("") => continue,
            First::Prefix(prefix) => {
                let key = crate::words::hash(prefix.as_bytes());
                table.longest_prefix = table.longest_prefix.max(prefix.len());
                set_bit::<PREFIX_BITS>(&mut table.prefix_bits, key);
                if let Some(initial) = crate::words::initial_key(prefix) {
                    set_bit::<INITIAL_BITS>(&mut table.initial_bits, initial);
                }
                (PREFIX, key)
            }
        };
        let number = match group.items()[group.find(kind, key)].first() {
            Some(&number) => number,
            None => {
                group.append(kind, key, &[keys.len() as u32]);
                keys.push((kind, key));
                keys.len() as u32 - 1
            }
        };
        grouped.push((number, list | phrase as Entry));
    }
    let mut starts = vec![0; keys.len() + 1];
    for &(number, _) in &grouped {
        starts[number as usize + 1] += 1;
    }
    for at in 1..starts.len() {
        starts[at] += starts[at - 1];
    }
    let mut placed = vec![0; grouped.len()];
    let mut next = starts.clone();
    for (number, entry) in grouped {
        placed[next[number as usize]] = entry;
        next[number as usize] += 1;
    }
    let mut block = Vec::new();
    for (number, &(kind, key)) in keys.iter().enumerate() {
        let entries = &placed[starts[number]..starts[number + 1]];
        block.clear();
        // A phrase that may start with the same word twice (its first
        // words are listed together) is in the block once.
        for (at, &entry) in entries.iter().enumerate() {
            if at == 0 || entries[at - 1] != entry {
                block.push(Candidate {
                    entry,
                    sure_need: needs[phrase_of(entry)],
                    needs: NOT_KEPT,
                });
            }
        }
        table.firsts.append(kind, key, &block);
    }
    if table.first_phrase.is_empty() {
        table.first_phrase.push(0);
    }
    let end = table.needs_at.len() + needs.len();
    table.needs_at.resize(end, NOT_KEPT);
    table.first_phrase.push(end as u32);
    table.lists.push(identity);
    Some(Slot {
        at: at as u8,
        generation: at as u32 + 1,
    })
}

/// Keeps the words phrase `phrase` of the list of `slot` needs, worked out
/// by the list when the phrase was first a candidate, so that from then on
/// the phrase is turned away where candidates are found (checked once per
/// distinct word of a text), not at each word it may start at.
pub(crate) fn keep_needs(slot: Slot, phrase: usize, needs: &Needs) {
    let mut table = table();
    let at = usize::from(slot.at);
    let phrases = table.first_phrase[at] as usize..table.first_phrase[at + 1] as usize;
    let Some(index) = phrases.clone().nth(phrase) else {
        return;
    };
    // The same phrase of the same sources always needs the same words.
    if table.needs_at[index] == NOT_KEPT {
        table.needs_at[index] = table.needs.len() as u32;
        table.needs.push(needs.len() as u32);
        table.needs.extend_from_slice(needs);
    }
}

/// Where a list is in reading its candidates in a view: the next of its
/// pairs to read.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Cursor(usize);

/// Marks a phrase that [`next_candidates`] gives whose needs were tested,
/// in the whole text and in the sentence of the word: the index kept them,
/// and found them there (the list need not read them).
pub(crate) const NEEDS_TESTED: usize = 1 << 31;

/// The phrases of the list of `slot` that may start at the next word of
/// `view` that has any (from `cursor` on), put in `out` (sorted, no
/// repeats; with [`NEEDS_TESTED`] set for some); the word, or `None` when no
/// word before `end` has any.
pub(crate) fn next_candidates(
    view: &TextView,
    slot: Slot,
    cursor: &mut Cursor,
    end: usize,
    out: &mut Vec<usize>,
) -> Option<usize> {
    let mut cell = view.phrase_candidates.borrow_mut();
    if cell.generation < slot.generation {
        *cell = candidates_of(view);
    }
    let at = usize::from(slot.at);
    let pairs = &cell.pairs[cell.starts[at] as usize..cell.starts[at + 1] as usize];
    let &(word, _) = pairs.get(cursor.0)?;
    if word as usize >= end {
        return None;
    }
    out.clear();
    for &(w, phrase) in &pairs[cursor.0..] {
        if w != word {
            break;
        }
        out.push(phrase as usize);
        cursor.0 += 1;
    }
    Some(word as usize)
}

/// The largest buffer of packed candidates kept from one check for the next
/// (entries of 8 bytes: 4 MB); a larger one, for a long text, is freed.
const KEPT_FOUND_MAX: usize = 1 << 19;

thread_local! {
    /// The buffer [`candidates_of`] packs candidates in, kept from check to
    /// check: grown anew on each check, it was copied over and over as it
    /// doubled (the realloc behind a few percent of a 1 KB check in WASM).
    static FOUND: std::cell::Cell<Vec<u64>> = const { std::cell::Cell::new(Vec::new()) };
}

/// The candidates of every list at the words of `view`, from the index as
/// it is now.
fn candidates_of(view: &TextView) -> PhraseCandidates {
    let mut found = FOUND.take();
    found.clear();
    let candidates = pack_candidates(view, &mut found);
    if found.capacity() <= KEPT_FOUND_MAX {
        FOUND.set(found);
    }
    candidates
}

/// [`candidates_of`], packing them in `found` (empty) first.
fn pack_candidates(view: &TextView, found: &mut Vec<u64>) -> PhraseCandidates {
    let mut table = table();
    let lists = table.lists.len();
    let presence = Presence::of(view);
    // (list, tested, word, phrase) packed for one sort per word: the list in
    // the top bits, whether the phrase's needs were tested, then the word,
    // then the phrase.
    assert!(view.len() < 1 << 31, "a text of too many words");
    let pack = |word: usize, entry: Entry, tested: bool| {
        ((list_of(entry) as u64) << 58)
            | (u64::from(tested) << 57)
            | ((word as u64) << PHRASE_BITS)
            | phrase_of(entry) as u64
    };
    // The candidates of each distinct word, worked out at its first
    // occurrence (sorted, no repeats): a long letter repeats its words, and
    // looking each occurrence up in the index was most of this work.
    let mut of_word: HashMap<u64, (usize, Range<usize>), BuildHasherDefault<Prehashed>> =
        HashMap::with_capacity_and_hasher(view.len().min(1 << 12), BuildHasherDefault::new());
    // Each an entry (the top half) and where its needs are kept; room for
    // the eight or so a word of a letter has (grown from nothing, this was
    // copied over a dozen times a check).
    let mut distinct: Vec<u64> = Vec::with_capacity(8 * view.len().min(1 << 12));
    for i in 0..view.len() {
        let known = of_word.get(&view.norm_hashes[i]).filter(|(first, _)| {
            let (seen, word) = (&view.words[*first], &view.words[i]);
            seen.norm == word.norm && seen.stem == word.stem
        });
        let entries = match known {
            Some((_, entries)) => entries.clone(),
            None => {
                let from = distinct.len();
                entries_of_word(&mut table, view, i, &presence, &mut distinct);
                of_word
                    .entry(view.norm_hashes[i])
                    .or_insert((i, from..distinct.len()));
                from..distinct.len()
            }
        };
        // The needs the index keeps are tested in the word's sentence here,
        // where they were just read, not by the list after.
        let mut sentence = None;
        for &candidate in &distinct[entries] {
            let (entry, needs) = ((candidate >> 32) as Entry, candidate as u32);
            let tested = needs != NOT_KEPT;
            if tested
                && !sentence
                    .get_or_insert_with(|| Presence::of_sentence(view, i))
                    .may_have_all(table.needs(needs))
            {
                continue;
            }
            found.push(pack(i, entry, tested));
        }
    }
    // Grouped by list, keeping the order of words (a counting sort).
    let mut starts = vec![0u32; lists + 1];
    for &f in found.iter() {
        starts[(f >> 58) as usize + 1] += 1;
    }
    for at in 1..starts.len() {
        starts[at] += starts[at - 1];
    }
    let mut next = starts.clone();
    let mut pairs = vec![(0, 0); found.len()];
    for &f in found.iter() {
        let slot = &mut next[(f >> 58) as usize];
        let word = ((f >> PHRASE_BITS) & 0x7fff_ffff) as u32;
        let tested = if f & (1 << 57) != 0 {
            NEEDS_TESTED as u32
        } else {
            0
        };
        pairs[*slot as usize] = (word, (f & ((1 << PHRASE_BITS) - 1)) as u32 | tested);
        *slot += 1;
    }
    PhraseCandidates {
        generation: lists as u32,
        starts,
        pairs,
    }
}

/// Appends to `out` the entries of the phrases that may start at word `i`
/// of `view`, as the index has them, sorted, without repeats, and without
/// those whose sure need, or kept needs, `presence` lacks: each in the top
/// half, with where its needs are kept ([`NOT_KEPT`]: not yet) below.
fn entries_of_word(
    table: &mut Table,
    view: &TextView,
    i: usize,
    presence: &Presence,
    out: &mut Vec<u64>,
) {
    let from = out.len();
    let mut add = |table: &mut Table, kind: u8, key: u64| {
        for at in table.firsts.find(kind, key) {
            let candidate = table.firsts.items()[at];
            if candidate.sure_need != 0 && !presence.may_have_fingerprint(candidate.sure_need) {
                continue;
            }
            let mut needs = candidate.needs;
            if needs == NOT_KEPT {
                let (list, phrase) = (list_of(candidate.entry), phrase_of(candidate.entry));
                needs = table.needs_at[table.first_phrase[list] as usize + phrase];
                // Kept beside the candidate from now on.
                table.firsts.items_mut()[at].needs = needs;
            }
            if needs == NOT_KEPT || presence.may_have_all(table.needs(needs)) {
                out.push((u64::from(candidate.entry) << 32) | u64::from(needs));
            }
        }
    };
    for (kind, key) in [(STEM, view.stem_hashes[i]), (WORD, view.norm_hashes[i])] {
        if has_bit::<FIRST_BITS>(&table.first_bits, key) {
            add(table, kind, key);
        }
    }
    let [first, initial] = view.initial_keys[i];
    if has_bit::<INITIAL_BITS>(&table.initial_bits, first)
        || has_bit::<INITIAL_BITS>(&table.initial_bits, initial)
    {
        for_each_prefix_hash(view.words[i].norm.as_bytes(), table.longest_prefix, |h| {
            if has_bit::<PREFIX_BITS>(&table.prefix_bits, h) {
                add(table, PREFIX, h);
            }
        });
    }
    if out.len() - from > 1 {
        sort_runs(&mut out[from..]);
        let mut kept = from + 1;
        for next in from + 1..out.len() {
            if out[next] >> 32 != out[kept - 1] >> 32 {
                out[kept] = out[next];
                kept += 1;
            }
        }
        out.truncate(kept);
    }
}

/// Sorts a word's candidates by insertion: they come in a few runs, each
/// in order (a block of the index keeps its entries in the order of their
/// lists and phrases, the order they were appended in), so this is about
/// one pass; and a sort of its own for `u64` weighed some kilobytes in the
/// WebAssembly module.
fn sort_runs(items: &mut [u64]) {
    for next in 1..items.len() {
        let item = items[next];
        let mut at = next;
        while at > 0 && items[at - 1] > item {
            items[at] = items[at - 1];
            at -= 1;
        }
        items[at] = item;
    }
}
