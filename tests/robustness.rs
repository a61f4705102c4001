//! Hostile and odd drafts never make the checker panic, and every finding's
//! span is a valid UTF-16 range whose text is its excerpt — whatever the
//! rules. The drafts and the properties are the fuzzer's (`fuzz/`), here
//! for a fixed set of seeds so a failure replays; `make fuzz` runs the same
//! for as long as it is given. Below them, every input that once made the
//! check slow, each sized so that a quadratic regression would take
//! minutes.

#[path = "../fuzz/drafts.rs"]
#[allow(dead_code)]
mod drafts;
#[path = "../fuzz/properties.rs"]
mod properties;

use arbitrary::Unstructured;
use presend::{Checker, Config, Draft};

/// The bytes `arbitrary` reads for one seed (xorshift64*).
fn entropy(seed: u64, len: usize) -> Vec<u8> {
    let mut state = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    (0..len)
        .map(|_| {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            (state.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 56) as u8
        })
        .collect()
}

#[test]
fn generated_drafts_keep_every_property() {
    let checker = Checker::new();
    let mut findings = 0;
    for seed in 0..3_000u64 {
        let bytes = entropy(seed, 2_000 + (seed as usize % 7) * 1_000);
        let mut u = Unstructured::new(&bytes);
        let (draft, config) = drafts::draft(&mut u, &drafts::Budget::SMALL).unwrap_or_default();
        findings += properties::check(&checker, &draft, &draft, &config)
            .unwrap_or_else(|why| panic!("seed {seed}: {why}"))
            .0
            .len();
        // The same draft as JSON with lone surrogate escapes, as JS sends it.
        let json = drafts::json_with_lone_surrogates(&draft, &mut u).unwrap_or_default();
        let read = Draft::from_json(&json).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
        let expected = drafts::as_read_from_json(&draft);
        assert!(
            read == expected,
            "seed {seed}: the JSON reads back otherwise"
        );
        properties::check(&checker, &read, &expected, &config)
            .unwrap_or_else(|why| panic!("seed {seed} as JSON: {why}"));
    }
    // The drafts are hostile, not empty: the rules have work to do.
    assert!(
        findings > 10_000,
        "only {findings} findings in 3,000 drafts"
    );
}

#[test]
fn long_single_line_and_deep_quotes_are_checked() {
    let checker = Checker::new();
    let drafts = [
        "x".repeat(1_000_000),
        "> ".repeat(50_000),
        "-----Original Message-----\n".repeat(10_000),
        "слово ".repeat(150_000),
        "\n".repeat(200_000),
    ];
    for body in drafts {
        let draft = Draft {
            subject: "s".into(),
            body,
            ..Draft::default()
        };
        checker.check(&draft, &Config::default()).unwrap();
    }
}
