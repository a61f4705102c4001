//! A map from keys to blocks of items, all the blocks in one array: a
//! look-up reads one slot of a flat table of slots, then the items of its
//! block, one after another. The shared index of first words is read with
//! cold caches at each check, where a map of vectors paid a line for the
//! map's control bytes, one for its bucket and one for the vector's own
//! allocation.

/// Bits of a slot's `kind_len` for the block's length (the rest: the kind).
const LEN_BITS: u32 = 30;

/// A slot of the table: the key, and where its block is.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    key: u64,
    /// Where the block starts in `items`.
    start: u32,
    /// The key's kind in the top bits, the block's length below: zero for
    /// an empty slot (a block is never empty).
    kind_len: u32,
}

impl Slot {
    /// The kind of the slot's key (zero: an empty slot).
    fn kind(&self) -> u32 {
        self.kind_len >> LEN_BITS
    }

    /// How many items its block has.
    fn len(&self) -> usize {
        (self.kind_len & ((1 << LEN_BITS) - 1)) as usize
    }
}

/// Items by key: a key is a hash and the kind (1 to 3) of what was hashed,
/// so equal hashes of different kinds are different keys. Blocks only
/// grow; a block that grows when it is not the last one is copied to the
/// end, and the copies left behind are dropped once they are half the
/// array.
#[derive(Debug)]
pub(crate) struct Blocks<T> {
    /// Open addressing with linear probing; a power of two of slots, at
    /// most half of them used.
    slots: Vec<Slot>,
    /// How many slots are used.
    used: usize,
    /// The blocks, one after another.
    items: Vec<T>,
    /// How many items are in no block (copies left behind).
    dropped: usize,
}

impl<T: Copy> Blocks<T> {
    /// No key.
    pub(crate) const fn new() -> Blocks<T> {
        Blocks {
            slots: Vec::new(),
            used: 0,
            items: Vec::new(),
            dropped: 0,
        }
    }

    /// Where the slot of `(kind, key)` is, or the empty slot where it would
    /// go (the table has at least one empty slot).
    fn slot_of(&self, kind: u8, key: u64) -> usize {
        let mask = self.slots.len() - 1;
        let bits = self.slots.len().trailing_zeros();
        // By the hash alone: a word's stem and the word itself are often
        // the same text, and the same hash's kinds then share a line.
        let mixed = key.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let mut at = (mixed >> (64 - bits)) as usize & mask;
        loop {
            let slot = &self.slots[at];
            if slot.kind_len == 0 || (slot.key == key && slot.kind() == u32::from(kind)) {
                return at;
            }
            at = (at + 1) & mask;
        }
    }

    /// Where the block of `(kind, key)` is in [`Blocks::items`] (empty when
    /// the key has none).
    pub(crate) fn find(&self, kind: u8, key: u64) -> std::ops::Range<usize> {
        if self.slots.is_empty() {
            return 0..0;
        }
        let slot = &self.slots[self.slot_of(kind, key)];
        let start = slot.start as usize;
        start..start + slot.len()
    }

    /// Every block, one after another (see [`Blocks::find`]).
    pub(crate) fn items(&self) -> &[T] {
        &self.items
    }

    /// [`Blocks::items`], to change items in place.
    pub(crate) fn items_mut(&mut self) -> &mut [T] {
        &mut self.items
    }

    /// Appends `more` (not empty) to the block of `(kind, key)` (`kind` 1
    /// to 3).
    pub(crate) fn append(&mut self, kind: u8, key: u64, more: &[T]) {
        debug_assert!((1..4).contains(&kind) && !more.is_empty());
        if (self.used + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let at = self.slot_of(kind, key);
        let slot = self.slots[at];
        let len = slot.len();
        let mut start = slot.start as usize;
        if slot.kind_len == 0 {
            start = self.items.len();
            self.used += 1;
        } else if start + len != self.items.len() {
            self.items.extend_from_within(start..start + len);
            self.dropped += len;
            start = self.items.len() - len;
        }
        self.items.extend_from_slice(more);
        let len = len + more.len();
        assert!(len < 1 << LEN_BITS && self.items.len() <= u32::MAX as usize);
        self.slots[at] = Slot {
            key,
            start: start as u32,
            kind_len: (u32::from(kind) << LEN_BITS) | len as u32,
        };
        if self.dropped * 2 > self.items.len() {
            self.compact();
        }
    }

    /// Twice the slots (at least 16), every key placed again.
    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(16);
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); size]);
        for slot in old.into_iter().filter(|slot| slot.kind_len != 0) {
            let at = self.slot_of(slot.kind() as u8, slot.key);
            self.slots[at] = slot;
        }
    }

    /// The blocks copied together, without the copies left behind.
    fn compact(&mut self) {
        let mut items = Vec::with_capacity(self.items.len() - self.dropped);
        for slot in self.slots.iter_mut().filter(|slot| slot.kind_len != 0) {
            let start = slot.start as usize;
            let len = slot.len();
            slot.start = items.len() as u32;
            items.extend_from_slice(&self.items[start..start + len]);
        }
        self.items = items;
        self.dropped = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_keep_every_item_by_key_and_kind() {
        let mut blocks = Blocks::new();
        let block =
            |blocks: &Blocks<u32>, kind, key| blocks.items()[blocks.find(kind, key)].to_vec();
        for round in 0..50u32 {
            for key in 0..40u64 {
                blocks.append(1 + (key % 3) as u8, key * 7, &[round, key as u32]);
            }
        }
        // The same hash as another kind is another key.
        blocks.append(3, 0, &[99]);
        for key in 0..40u64 {
            let expected: Vec<u32> = (0..50).flat_map(|round| [round, key as u32]).collect();
            assert_eq!(block(&blocks, 1 + (key % 3) as u8, key * 7), expected);
        }
        assert_eq!(block(&blocks, 3, 0), [99]);
        assert!(block(&blocks, 2, 7 * 41).is_empty());
        assert!(block(&Blocks::new(), 1, 0).is_empty());
        // Copies left behind are dropped: at most as many as kept.
        assert!(blocks.items().len() <= 2 * (40 * 100 + 1));
    }
}
