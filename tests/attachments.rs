//! The forgotten-attachment rule on letters written for it
//! (`tests/fixtures/attachments/`, see its README): in each language the
//! forgotten file is found in at least 95 % of the letters that forget it,
//! and no letter that needs no file, or has it, is flagged in at least
//! 95 % of the others. `read/` is the half the rule may be tuned on;
//! `unread/` is kept back, and its test shows only the ids of its letters.

#[path = "support/bars.rs"]
mod bars;
#[path = "support/letters.rs"]
mod letters;

use bars::hold_at_least;
use letters::letters_in;
use presend::{Checker, Config};
use std::path::PathBuf;

/// The share of letters that must pass, in each language and set.
const BAR: f64 = 0.95;

/// The rule measured.
const RULE: &str = "forgotten-attachment";

/// The figures of the half the rule may be tuned on below the bar: they
/// must not get worse. Measured first on 2026-12-06 evening (the rule as
/// it was): found ru 57.8 %, en 73.3 %, el 43.7 %; passing ru 70.8 %, en
/// 80 %, el 84 %; after the rule was tuned on them the same evening, all
/// but two meet the bar (a formal claim "направляем в Ваш адрес
/// претензию", which may be the letter itself; a file sent "σε μορφή
/// PDF" a long sentence after its verb; a file announced in a "Υ.Γ."
/// after the signature, which the layout takes for part of it).
const READ_SHORTFALLS: &[(&str, f64)] = &[("ru problem", 0.947), ("el problem", 0.875)];

/// The same for `read2/`, a second set to tune on, written on the night of
/// 2026-12-06 and measured first on the rule as it was then (these
/// figures).
const READ2_SHORTFALLS: &[(&str, f64)] = &[
    ("ru problem", 0.675),
    ("en problem", 0.65),
    ("en clean", 0.9),
    ("el problem", 0.6),
    ("el clean", 0.875),
];

/// The same for the half kept back: measured first on 2026-12-06 evening
/// (the rule as it was): found ru 38.1 %, en 68 %, el 54.2 %; passing ru
/// 81.2 %, en 70 %, el 93.3 %; and once more once the rule was tuned on
/// the other half, the same evening (these figures).
const UNREAD_SHORTFALLS: &[(&str, f64)] = &[
    ("ru problem", 0.428),
    ("ru clean", 0.875),
    ("en problem", 0.84),
    ("en clean", 0.75),
    ("el problem", 0.541),
    ("el clean", 0.933),
];

/// The same for `fresh/`, a second set written the same way and kept
/// back whole, measured first on 2026-12-06 evening, once the rule had
/// been tuned on `read/` (these figures), and with the rule's lists as
/// they were before: found ru 47.5 %, en 52.5 %, el 57.5 %; passing ru
/// 92.5 %, en 70 %, el 90 %.
const FRESH_SHORTFALLS: &[(&str, f64)] = &[
    ("ru problem", 0.6),
    ("en problem", 0.55),
    ("en clean", 0.825),
    ("el problem", 0.65),
    ("el clean", 0.9),
];

/// How many letters of one file pass, and the ids (with the rule's
/// excerpt, for a half that may be read) of those that do not.
fn score(half: &str, lang: &str, set: &str) -> (usize, usize, Vec<String>) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/attachments")
        .join(half)
        .join(format!("{lang}-{set}.txt"));
    let checker = Checker::new();
    let config = Config::default();
    let letters = letters_in(&path, lang);
    let mut misses = Vec::new();
    for letter in &letters {
        let findings = checker.check(&letter.draft, &config).unwrap();
        let flagged = findings.iter().find(|f| f.rule == RULE);
        let passed = if set == "problem" {
            assert_eq!(letter.expect, [RULE], "{} expects {RULE}", letter.id);
            flagged.is_some()
        } else {
            flagged.is_none()
        };
        if !passed {
            misses.push(match flagged {
                Some(f) if half.starts_with("read") => format!("{}: {:?}", letter.id, f.excerpt),
                _ => letter.id.clone(),
            });
        }
    }
    (letters.len() - misses.len(), letters.len(), misses)
}

/// Holds the bars for one half of the letters.
fn half_holds_the_bars(half: &str, shortfalls: &[(&str, f64)]) {
    let mut failures = Vec::new();
    for lang in ["ru", "en", "el"] {
        for set in ["problem", "clean"] {
            let (passed, total, misses) = score(half, lang, set);
            let share = passed as f64 / total as f64;
            println!(
                "{half} {lang} {set}: {passed}/{total} = {:.1}%",
                share * 100.0
            );
            for miss in &misses {
                println!("    {miss}");
            }
            hold_at_least(
                &format!("{lang} {set}"),
                share,
                BAR,
                shortfalls,
                &mut failures,
            );
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn letters_the_rule_may_be_tuned_on_hold_the_bars() {
    half_holds_the_bars("read", READ_SHORTFALLS);
}

#[test]
fn a_second_set_the_rule_may_be_tuned_on_holds_the_bars() {
    half_holds_the_bars("read2", READ2_SHORTFALLS);
}

#[test]
fn letters_kept_back_hold_the_bars() {
    half_holds_the_bars("unread", UNREAD_SHORTFALLS);
}

#[test]
fn a_second_set_kept_back_holds_the_bars() {
    half_holds_the_bars("fresh", FRESH_SHORTFALLS);
}
