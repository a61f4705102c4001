//! The cost of one check in cold caches, as `make bench` sees it (three
//! other checkers run between two of presend's calls): checks a JSON draft
//! `warm` times, then `cold` times, each after writing over `scrub` MB of
//! other memory. Run under valgrind's callgrind with the cache simulator to
//! count the instructions and misses of `Checker::check` alone:
//!
//! ```text
//! valgrind --tool=callgrind --cache-sim=yes \
//!   --toggle-collect='presend::checker::Checker::check' \
//!   target/release/examples/cold_check DRAFT.json [cold] [scrub MB]
//! ```
//!
//! (the warm-up checks are counted too: subtract a run with `cold` 0).
//!
//! A fourth argument, `pad` bytes, is allocated (and kept) before the
//! checker is made: it moves everything the checker allocates, so that
//! counts can be averaged over several layouts of the heap (one layout
//! alone moves the misses by a few percent either way).

use presend::{Checker, Config, Draft};
use std::hint::black_box;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .expect("usage: cold_check DRAFT.json [cold] [scrub MB] [pad]");
    let cold: usize = args
        .next()
        .map_or(10, |n| n.parse().expect("cold: a number"));
    let scrub_mb: usize = args
        .next()
        .map_or(32, |n| n.parse().expect("scrub: a number"));
    let pad: usize = args.next().map_or(0, |n| n.parse().expect("pad: a number"));
    let padding = black_box(vec![1u8; pad]);
    let text = std::fs::read_to_string(&path).expect("cannot read the draft");
    let draft = Draft::from_json(&text).expect("not a draft");
    let checker = Checker::new();
    let config = Config::default();
    let mut found = 0;
    for _ in 0..3 {
        found += black_box(checker.check(&draft, &config).unwrap()).len();
    }
    let mut other = vec![0u8; scrub_mb << 20];
    for round in 0..cold {
        for (i, byte) in other.iter_mut().enumerate().step_by(64) {
            *byte = byte.wrapping_add((i + round) as u8);
        }
        black_box(&other);
        found += black_box(checker.check(&draft, &config).unwrap()).len();
    }
    println!("{found} findings");
    drop(padding);
}
