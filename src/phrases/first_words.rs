//! The words every built-in phrase list can start with, in one table shared
//! by all the lists: a text's words are looked up there once, and each word
//! gets a bit for every list that may have a phrase starting at it. A list
//! then visits only the words with its bit set, instead of looking each
//! word of the text up in its own index (some forty lists read each text).

use crate::words::{ListBitsOfWords, Prehashed, TextView};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::{Mutex, MutexGuard};

/// One bit per built-in list that has a place in the table (as
/// [`ListBitsOfWords`] keeps them).
pub(crate) type ListBits = u64;

/// How many lists have a bit; a list beyond them is matched word by word.
const MAX_LISTS: usize = ListBits::BITS as usize;

/// A list's place in the shared table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Slot {
    /// The list's bit.
    bit: ListBits,
    /// How many lists were in the table once this one was: a view's bits
    /// made before that do not know the list.
    generation: u32,
}

/// The shared table: for each key (the hash of a stem or of a word, or the
/// key of a prefix's first letters, see [`crate::words::initial_key`]) the lists that
/// may start with it.
#[derive(Default)]
struct Table {
    by_key: HashMap<u64, ListBits, BuildHasherDefault<Prehashed>>,
    /// Lists with a phrase that may start at any word (an empty prefix).
    any_word: ListBits,
    /// The lists with a place, by what identifies their sources.
    lists: Vec<u64>,
}

fn table() -> MutexGuard<'static, Table> {
    static TABLE: Mutex<Table> = Mutex::new(Table {
        by_key: HashMap::with_hasher(BuildHasherDefault::new()),
        any_word: 0,
        lists: Vec::new(),
    });
    TABLE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The key under which the table knows a first word of a phrase: `None`
/// for an empty prefix, which any word starts with.
pub(crate) type FirstKey = Option<u64>;

/// Gives the built-in list identified by `identity` (the same for every
/// copy of the same sources) a place in the table, with the keys of the
/// words its phrases may start with. A list seen before keeps its place;
/// `None` when the table is full.
pub(crate) fn register(identity: u64, keys: impl Iterator<Item = FirstKey>) -> Option<Slot> {
    let mut table = table();
    if let Some(at) = table.lists.iter().position(|&known| known == identity) {
        return Some(Slot {
            bit: 1 << at,
            generation: at as u32 + 1,
        });
    }
    let at = table.lists.len();
    if at >= MAX_LISTS {
        return None;
    }
    let bit: ListBits = 1 << at;
    for key in keys {
        match key {
            Some(key) => *table.by_key.entry(key).or_default() |= bit,
            None => table.any_word |= bit,
        }
    }
    table.lists.push(identity);
    Some(Slot {
        bit,
        generation: at as u32 + 1,
    })
}

/// The words of `view` with the bit of `slot` set (their indices, from
/// `from` on), worked out for all lists at the first call on the view.
pub(crate) fn next_word_of(view: &TextView, slot: Slot, from: usize) -> Option<usize> {
    let mut cell = view.list_bits.borrow_mut();
    if cell.generation < slot.generation {
        *cell = view_bits(view);
    }
    cell.bits
        .get(from..)?
        .iter()
        .position(|&bits| bits & slot.bit != 0)
        .map(|at| from + at)
}

/// The bits of every word of `view` in the table as it is now.
fn view_bits(view: &TextView) -> ListBitsOfWords {
    let table = table();
    let bits_of = |key: u64| table.by_key.get(&key).copied().unwrap_or(0);
    let bits = (0..view.len())
        .map(|i| {
            let [first, initial] = view.initial_keys[i];
            let mut bits = table.any_word
                | bits_of(view.stem_hashes[i])
                | bits_of(view.norm_hashes[i])
                | bits_of(first);
            // A word of one letter has one key for both.
            if initial != first {
                bits |= bits_of(initial);
            }
            bits
        })
        .collect();
    ListBitsOfWords {
        generation: table.lists.len() as u32,
        bits,
    }
}
