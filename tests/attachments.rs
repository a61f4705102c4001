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

use bars::print_and_hold;
use letters::score_file;
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
/// after the signature, which the layout takes for part of it). Greek
/// found 14 → 15 of 16 once the rule read the ways of sending a file of
/// `read4/` (2026-12-07 evening).
const READ_SHORTFALLS: &[(&str, f64)] = &[("ru problem", 0.947), ("el problem", 0.9375)];

/// The same for `read2/`, a second set to tune on, written on the night of
/// 2026-12-06 and measured first on the rule as it was then: found ru
/// 67.5 %, en 65 %, el 60 %; passing ru 100 %, en 90 %, el 87.5 %. Once
/// the rule was tuned on it (the same night), every figure meets the bar;
/// Greek passing 38 → 40 of 40 since a file forgotten in yesterday's letter
/// and a thing fixed to a thing are not this letter's file (2026-12-07).
const READ2_SHORTFALLS: &[(&str, f64)] = &[];

/// The same for the half kept back: measured first on 2026-12-06 evening
/// (the rule as it was): found ru 38.1 %, en 68 %, el 54.2 %; passing ru
/// 81.2 %, en 70 %, el 93.3 %; once the rule was tuned on `read/` the same
/// evening: found ru 42.8 %, en 84 %, el 54.1 %; passing ru 87.5 %, en 75 %,
/// el 93.3 %; and once it was tuned on `read2/` (the night of 2026-12-06,
/// one Russian clean letter fewer passes); and once it read the ways of
/// sending a file of `read3/` (2026-12-07 early morning: Greek found 17 →
/// 22 of 24, English passing 15 → 17 of 20); and those of `read4/`
/// (2026-12-07 evening, these figures: found ru 14 → 15 of 21, en 23 → 24
/// of 25, over the bar); and those of `read5/` (the same late evening:
/// found en 25 of 25, Greek passing 14 → 15 of 15).
const UNREAD_SHORTFALLS: &[(&str, f64)] = &[
    ("ru problem", 0.714),
    ("ru clean", 0.812),
    ("en clean", 0.85),
    ("el problem", 0.916),
];

/// The same for `fresh/`, a second set written the same way and kept
/// back whole, measured first on 2026-12-06 evening, once the rule had
/// been tuned on `read/`: found ru 60 %, en 55 %, el 65 %; passing ru
/// 95 %, en 82.5 %, el 90 % (with the rule's lists as they were before
/// that: found ru 47.5 %, en 52.5 %, el 57.5 %; passing ru 92.5 %, en 70 %,
/// el 90 %); once it was tuned on `read2/` (found ru 31, en 30, el 28 of
/// 40; passing 37, 34, 36); and once it read the ways of sending a file
/// of `read3/` (2026-12-07 early morning); and those of `read4/`
/// (2026-12-07 evening: English found 31 → 33 of 40); and those of
/// `read5/` (the same late evening, these figures: found ru 34, en 35).
const FRESH_SHORTFALLS: &[(&str, f64)] = &[
    ("ru problem", 0.85),
    ("ru clean", 0.925),
    ("en problem", 0.875),
    ("en clean", 0.875),
    ("el problem", 0.8),
    ("el clean", 0.9),
];

/// The same for `fresh2/`, a fourth set written blind on the night of
/// 2026-12-06 and measured once, on the rule as `main` had it (found ru
/// 55 %, en 72.5 %, el 52.5 %; passing ru 97.5 %, en 85 %, el 92.5 %) and
/// as tuned on `read2/` (found ru 27, en 33, el 27 of 40; passing 39, 35,
/// 36); and once it read the ways of sending a file of `read3/`
/// (2026-12-07 early morning, these figures: Greek passing 38, over the
/// bar; English passing 36 since a request to send a file again is the
/// reader's sending); and once it read those of `read4/` (2026-12-07
/// evening: found ru 28 → 30, en 34 → 35 of 40); and those of `read5/`
/// (the same late evening, these figures: English found 37).
const FRESH2_SHORTFALLS: &[(&str, f64)] = &[
    ("ru problem", 0.75),
    ("en problem", 0.925),
    ("en clean", 0.9),
    ("el problem", 0.7),
];

/// How many letters of one file pass, and the ids (with the rule's
/// excerpt, for a half that may be read) of those that do not.
fn score(half: &str, lang: &str, set: &str) -> (usize, usize, Vec<String>) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/attachments")
        .join(half)
        .join(format!("{lang}-{set}.txt"));
    score_file(&path, lang, |letter, findings| {
        let flagged = findings.iter().find(|f| f.rule == RULE);
        let passed = if set == "problem" {
            assert_eq!(letter.expect, [RULE], "{} expects {RULE}", letter.id);
            flagged.is_some()
        } else {
            flagged.is_none()
        };
        (!passed).then(|| match flagged {
            Some(f) if half.starts_with("read") => format!("{}: {:?}", letter.id, f.excerpt),
            _ => letter.id.clone(),
        })
    })
}

/// Holds the bars for one half of the letters.
fn half_holds_the_bars(half: &str, shortfalls: &[(&str, f64)]) {
    let mut failures = Vec::new();
    for lang in ["ru", "en", "el"] {
        for set in ["problem", "clean"] {
            let name = format!("{lang} {set}");
            let score = score(half, lang, set);
            print_and_hold(half, &name, score, BAR, shortfalls, &mut failures);
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

#[test]
fn a_third_set_kept_back_holds_the_bars() {
    half_holds_the_bars("fresh2", FRESH2_SHORTFALLS);
}

/// The figures of `read3/` (a third set to tune on, written blind on the
/// early morning of 2026-12-07) below the bar, measured first on the rule
/// of 138ae07: found ru 30, en 36, el 26 of 40; passing ru 36, en 35, el
/// 36 of 40; once the rule read its ways of sending a file (the same
/// morning), every figure meets the bar.
const READ3_SHORTFALLS: &[(&str, f64)] = &[];

/// The figures of `fresh3/` (a fourth set kept back, written with
/// `read3/`) below the bar, measured first on the rule of 138ae07: found
/// ru 32, en 32, el 26 of 40; passing ru 37, en 39, el 36 of 40; once the
/// rule read the ways of sending a file of `read3/` (the same morning,
/// measured at the end of the change): found ru 36, en 34, el 31; passing
/// ru 37, en 39, el 37; once it read those of `read4/` (2026-12-07
/// evening): found en 35, el 34; and those of `read5/` (the same late
/// evening, these figures: English found 36, Greek passing 38).
const FRESH3_SHORTFALLS: &[(&str, f64)] = &[
    ("ru problem", 0.9),
    ("ru clean", 0.925),
    ("en problem", 0.9),
    ("el problem", 0.85),
];

#[test]
fn a_third_set_the_rule_may_be_tuned_on_holds_the_bars() {
    half_holds_the_bars("read3", READ3_SHORTFALLS);
}

#[test]
fn a_fourth_set_kept_back_holds_the_bars() {
    half_holds_the_bars("fresh3", FRESH3_SHORTFALLS);
}

/// The figures of `read4/` (a fourth set to tune on, written blind on the
/// evening of 2026-12-07) below the bar, measured first on the rule of
/// bcfc8cd: found ru 33, en 30, el 31 of 40; passing ru 39, en 37, el 35;
/// once the rule read its ways of sending a file (the same evening), every
/// figure meets the bar (found ru 40, en 39, el 38; passing ru 40, en 39,
/// el 39: "here it is – the signed CMR", a CV "εδώ" after its name and a
/// case "συνημμένη" to an album's cover are left as they are).
const READ4_SHORTFALLS: &[(&str, f64)] = &[];

#[test]
fn a_fourth_set_the_rule_may_be_tuned_on_holds_the_bars() {
    half_holds_the_bars("read4", READ4_SHORTFALLS);
}

/// The figures of `fresh4/` (a fifth set kept back, written with `read4/`)
/// below the bar, measured first on the rule of bcfc8cd: found ru 34, en
/// 30, el 24 of 40; passing ru 37, en 37, el 37; once the rule read the
/// ways of sending a file of `read4/` (the same evening, these figures):
/// found en 32, el 27; Greek passing 38; and those of `read5/` (the same
/// late evening, these figures: English passing 38).
const FRESH4_SHORTFALLS: &[(&str, f64)] = &[
    ("ru problem", 0.85),
    ("ru clean", 0.925),
    ("en problem", 0.8),
    ("el problem", 0.675),
];

#[test]
fn a_fifth_set_kept_back_holds_the_bars() {
    half_holds_the_bars("fresh4", FRESH4_SHORTFALLS);
}

/// The figures of `read5/` (a fifth set to tune on, written blind late on
/// the evening of 2026-12-07) below the bar, measured first on the rule of
/// 6323928: found ru 30, en 35, el 24 of 40; passing ru 38, en 39, el 38;
/// once the rule read its files and ways of sending them (the same late
/// evening; its Greek wordings left out, see
/// `docs/rules-of-acceptance.md`): found ru 40, en 40, el 24; passing 40
/// in each.
const READ5_SHORTFALLS: &[(&str, f64)] = &[("el problem", 0.6)];

#[test]
fn a_fifth_set_the_rule_may_be_tuned_on_holds_the_bars() {
    half_holds_the_bars("read5", READ5_SHORTFALLS);
}

/// The figures of `fresh5/` (a sixth set kept back, written with `read5/`)
/// below the bar, measured first on the rule of 6323928: found ru 31, en
/// 36, el 31 of 40; passing ru 37, en 36, el 38; once the rule read the
/// files and ways of sending them of `read5/` (the same late evening, these
/// figures): found ru 32, en 38 (over the bar).
const FRESH5_SHORTFALLS: &[(&str, f64)] = &[
    ("ru problem", 0.8),
    ("ru clean", 0.925),
    ("en clean", 0.9),
    ("el problem", 0.775),
];

#[test]
fn a_sixth_set_kept_back_holds_the_bars() {
    half_holds_the_bars("fresh5", FRESH5_SHORTFALLS);
}
