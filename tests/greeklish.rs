//! Greek letters typed in Latin letters (`tests/fixtures/greeklish/`, see
//! its README), read as Greek (`src/greeklish.rs`): the anger of an angry
//! one is found in at least 95 % of them, and no calm one is warned in at
//! least 95 %. `read/` and `read2/` may be tuned on; `unread/` is kept
//! back, and its test shows only the ids of its letters.

#[path = "support/bars.rs"]
mod bars;
#[path = "support/letters.rs"]
mod letters;

use bars::hold_at_least;
use letters::{letters_in, TONE_RULES};
use presend::{Checker, Config, Severity};
use std::path::PathBuf;

/// The share of letters that must pass, in each set.
const BAR: f64 = 0.95;

/// How many letters of one file pass, and the ids (with the findings, for
/// a set that may be read) of those that do not.
fn score(set: &str, kind: &str) -> (usize, usize, Vec<String>) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/greeklish")
        .join(set)
        .join(format!("el-{kind}.txt"));
    let checker = Checker::new();
    let config = Config::default();
    let letters = letters_in(&path, "el");
    let mut misses = Vec::new();
    for letter in &letters {
        let findings = checker.check(&letter.draft, &config).unwrap();
        let passed = if kind == "problem" {
            findings
                .iter()
                .any(|f| TONE_RULES.contains(&f.rule.as_str()))
        } else {
            !findings.iter().any(|f| f.severity >= Severity::Warning)
        };
        if !passed {
            misses.push(if set.starts_with("read") {
                let rules: Vec<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
                format!("{}: {rules:?}", letter.id)
            } else {
                letter.id.clone()
            });
        }
    }
    (letters.len() - misses.len(), letters.len(), misses)
}

/// Holds the bars for one set (or its known shortfalls).
fn set_holds_the_bars(set: &str, shortfalls: &[(&str, f64)]) {
    let mut failures = Vec::new();
    for kind in ["problem", "clean"] {
        let (passed, total, misses) = score(set, kind);
        let share = passed as f64 / total as f64;
        println!("{set} el {kind}: {passed}/{total} = {:.1}%", share * 100.0);
        for miss in &misses {
            println!("    {miss}");
        }
        hold_at_least(&format!("el {kind}"), share, BAR, shortfalls, &mut failures);
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// The set to tune on: measured first (before Greeklish was read as
/// Greek) 3 of 20 angry letters found, 19 of 20 calm passing; 17 and 20
/// since (2026-12-07 night).
#[test]
fn greeklish_letters_to_tune_on_hold_the_bars() {
    set_holds_the_bars("read", &[("el problem", 0.85)]);
}

/// The second set to tune on, first kept back: 2 of 20 angry letters
/// found before, 20 of 20 since; 20 of 20 calm passing.
#[test]
fn a_second_set_of_greeklish_letters_to_tune_on_holds_the_bars() {
    set_holds_the_bars("read2", &[]);
}

/// The set kept back: 2 of 20 angry letters found before, 17 since; 20 of
/// 20 calm passing before and since.
#[test]
fn greeklish_letters_kept_back_hold_the_bars() {
    set_holds_the_bars("unread", &[("el problem", 0.85)]);
}
