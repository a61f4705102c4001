//! One index of the words phrases can start with, shared by the first
//! [`SLOTS`] phrase lists prepared (the rules' lists): a word of a text is
//! looked up in it once, and learns which lists may start a phrase there,
//! instead of every list looking the word up in its own index. A text that
//! many lists read (the author's own text is read by most rules) then costs
//! each list a bit test per word.

use super::Prehashed;
use crate::words::TextView;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::Mutex;

/// How many lists share the index: one bit each in a `u64`.
pub(crate) const SLOTS: usize = 64;

type Masks = HashMap<u64, u64, BuildHasherDefault<Prehashed>>;

/// For each first word, the lists (a bit per slot) that can start with it.
#[derive(Default)]
struct SharedIndex {
    /// Slots taken.
    slots: usize,
    /// By the hash of a stem.
    by_stem: Masks,
    /// By the hash of an exact word.
    by_word: Masks,
    /// By the first character of a prefix.
    by_first_char: Masks,
}

static SHARED: Mutex<Option<SharedIndex>> = Mutex::new(None);

/// The first words of one list, to register.
#[derive(Default)]
pub(crate) struct FirstWords {
    /// Hashes of the stems its phrases can start with.
    pub stems: Vec<u64>,
    /// Hashes of the exact words its phrases can start with.
    pub words: Vec<u64>,
    /// First characters of the prefixes its phrases can start with.
    pub first_chars: Vec<char>,
}

/// Gives a list a slot in the shared index, with its first words; `None`
/// when every slot is taken (the list then looks words up itself).
pub(crate) fn register(first: &FirstWords) -> Option<u32> {
    let mut shared = SHARED.lock().unwrap_or_else(|e| e.into_inner());
    let shared = shared.get_or_insert_with(SharedIndex::default);
    if shared.slots == SLOTS {
        return None;
    }
    let slot = shared.slots;
    shared.slots += 1;
    let bit = 1u64 << slot;
    for &h in &first.stems {
        *shared.by_stem.entry(h).or_default() |= bit;
    }
    for &h in &first.words {
        *shared.by_word.entry(h).or_default() |= bit;
    }
    for &c in &first.first_chars {
        *shared.by_first_char.entry(u64::from(c)).or_default() |= bit;
    }
    Some(slot as u32)
}

/// The slots registered so far and, for each word of `view`, the lists (a
/// bit per slot) that may start a phrase at it.
pub(crate) fn starts_in(view: &TextView) -> (usize, Vec<u64>) {
    let shared = SHARED.lock().unwrap_or_else(|e| e.into_inner());
    let Some(shared) = shared.as_ref() else {
        return (0, Vec::new());
    };
    let masks = (0..view.len())
        .map(|i| {
            let of = |map: &Masks, key: u64| map.get(&key).copied().unwrap_or(0);
            let first_char = view.words[i].norm.chars().next().map_or(0, u64::from);
            of(&shared.by_stem, view.stem_hashes[i])
                | of(&shared.by_word, view.norm_hashes[i])
                | of(&shared.by_first_char, first_char)
        })
        .collect();
    (shared.slots, masks)
}
