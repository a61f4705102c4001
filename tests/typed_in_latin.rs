//! Greek and Russian letters typed in Latin letters
//! (`tests/fixtures/greeklish/`, `tests/fixtures/translit/`, see their
//! READMEs), read as Greek and Russian (`src/typed_in_latin.rs`): the
//! anger of an angry one is found in at least 95 % of them, and no calm
//! one is warned in at least 95 %. `read/` and `read2/` may be tuned on;
//! `unread/` is kept back, and its test shows only the ids of its letters.

#[path = "support/bars.rs"]
mod bars;
#[path = "support/letters.rs"]
mod letters;

use bars::print_and_hold;
use letters::{score_file, TONE_RULES};
use presend::Severity;
use std::path::PathBuf;

/// The share of letters that must pass, in each set.
const BAR: f64 = 0.95;

/// A folder of sets and the language of its letters.
type Folder = (&'static str, &'static str);
/// Greek typed in Latin letters.
const GREEKLISH: Folder = ("greeklish", "el");
/// Russian typed in Latin letters.
const TRANSLIT: Folder = ("translit", "ru");

/// How many letters of one file pass, and the ids (with the findings, for
/// a set that may be read) of those that do not.
fn score((folder, lang): Folder, set: &str, kind: &str) -> (usize, usize, Vec<String>) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(folder)
        .join(set)
        .join(format!("{lang}-{kind}.txt"));
    score_file(&path, lang, |letter, findings| {
        let passed = if kind == "problem" {
            findings
                .iter()
                .any(|f| TONE_RULES.contains(&f.rule.as_str()))
        } else {
            !findings.iter().any(|f| f.severity >= Severity::Warning)
        };
        (!passed).then(|| {
            if set.starts_with("read") {
                let rules: Vec<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
                format!("{}: {rules:?}", letter.id)
            } else {
                letter.id.clone()
            }
        })
    })
}

/// Holds the bars for one set (or its known shortfalls).
fn set_holds_the_bars(folder: Folder, set: &str, shortfalls: &[(&str, f64)]) {
    let lang = folder.1;
    let mut failures = Vec::new();
    for kind in ["problem", "clean"] {
        let name = format!("{lang} {kind}");
        let score = score(folder, set, kind);
        print_and_hold(set, &name, score, BAR, shortfalls, &mut failures);
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// The set to tune on: measured first (before Greeklish was read as
/// Greek) 3 of 20 angry letters found, 19 of 20 calm passing; 17 and 20
/// since (2026-12-07 night).
#[test]
fn greeklish_letters_to_tune_on_hold_the_bars() {
    set_holds_the_bars(GREEKLISH, "read", &[("el problem", 0.85)]);
}

/// The second set to tune on, first kept back: 2 of 20 angry letters
/// found before, 20 of 20 since; 20 of 20 calm passing.
#[test]
fn a_second_set_of_greeklish_letters_to_tune_on_holds_the_bars() {
    set_holds_the_bars(GREEKLISH, "read2", &[]);
}

/// The set kept back: 2 of 20 angry letters found before, 17 since; 20 of
/// 20 calm passing before and since.
#[test]
fn greeklish_letters_kept_back_hold_the_bars() {
    set_holds_the_bars(GREEKLISH, "unread", &[("el problem", 0.85)]);
}

/// The Russian set to tune on (`tests/fixtures/translit/read/`): measured
/// first (before translit was read as Russian, on the code of 8b5dc88) 5
/// of 20 angry letters found, 20 of 20 calm passing; 12 and 20 since
/// (2026-12-07 late night).
#[test]
fn translit_letters_to_tune_on_hold_the_bars() {
    set_holds_the_bars(TRANSLIT, "read", &[("ru problem", 0.6)]);
}

/// The Russian set kept back (`tests/fixtures/translit/unread/`): 4 of 20
/// angry letters found before, 9 since; 19 of 20 calm passing before, 20
/// since.
#[test]
fn translit_letters_kept_back_hold_the_bars() {
    set_holds_the_bars(TRANSLIT, "unread", &[("ru problem", 0.45)]);
}
