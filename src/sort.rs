//! Stable sorting through one copy of the sorting code.
//!
//! Every `sort_by_key` of the standard library with its own element type and
//! key is a copy of the whole sort in the WebAssembly module (5 to 8 KB
//! each; there were ten). Here only positions are sorted, by one sort of
//! `usize` that asks a closure to compare the items at two positions, and
//! the items are then moved into that order: the result of the standard
//! library's stable sort, with one copy of its code. The lists sorted here
//! are short (matches, findings, the signs of one letter), so the indirect
//! comparisons cost next to nothing.

use std::cmp::Ordering;

/// Sorts `items` in their order; equal items keep their order (as
/// `slice::sort` does; for items that equal ones cannot be told apart, as
/// `slice::sort_unstable` does too).
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// Sorts `items` by `key`; items with equal keys keep their order (as
/// `slice::sort_by_key` does).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` by `compare`; items it finds equal keep their order (as
/// `slice::sort_by` does).
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = stable_order(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    permute(items, order);
}

/// The positions `0..len` sorted by `compare`, equal ones in their order:
/// the one copy of the sorting code.
#[inline(never)]
pub fn stable_order(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    // The one sort of the standard library the core keeps (clippy.toml
    // turns the others away).
    #[allow(clippy::disallowed_methods)]
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Moves the item at `order[i]` to position `i`, for every `i`, one cycle
/// of the permutation after another (each position is written once).
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut at = start;
        while order[at] != start {
            let from = order[at];
            items.swap(at, from);
            order[at] = at;
            at = from;
        }
        order[at] = at;
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // compared with the standard library's sort
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_keeping_equal_keys_in_order() {
        // Pseudo-random pairs with many equal keys; the second field tells
        // equal keys apart.
        let mut seed = 12345u32;
        for len in [0, 1, 2, 3, 7, 20, 21, 100, 1000] {
            let items: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    ((seed >> 16) % 7, i)
                })
                .collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |item| item.0);
            let mut theirs = items.clone();
            theirs.sort_by_key(|item| item.0);
            assert_eq!(ours, theirs, "{len} items");
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            let mut theirs = items;
            theirs.sort_by_key(|b| std::cmp::Reverse(b.0));
            assert_eq!(ours, theirs, "{len} items, reversed");
        }
    }

    #[test]
    fn moves_items_that_are_not_copied() {
        let mut words: Vec<String> = ["pear", "fig", "apple", "kiwi", "date"]
            .map(String::from)
            .to_vec();
        sort_by_key(&mut words, |w| w.len());
        assert_eq!(words, ["fig", "pear", "kiwi", "date", "apple"]);
    }

    #[test]
    fn orders_positions_by_what_they_point_at() {
        let offsets = [30, 10, 20, 10];
        let order = stable_order(offsets.len(), &mut |a, b| offsets[a].cmp(&offsets[b]));
        assert_eq!(order, [1, 3, 2, 0]);
    }
}
