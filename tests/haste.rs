//! The angry letters the judgement finds, typed in haste: in lower case,
//! without accents, without punctuation, or with typos, as real users
//! write from a phone.
//! The letters are those of `tests/fixtures/judgement/` already read (the
//! batches kept unread measure reach and are not used here); each variant
//! must keep most of the letters found as written, and must not make calm
//! letters read as angry.
#![allow(clippy::disallowed_methods)] // not in the module

#[path = "support/bars.rs"]
mod bars;
#[path = "support/letters.rs"]
mod letters;

use bars::{hold, Better, Figure};
use letters::{batches, letters, Kept, Letter, TONE_RULES};
use presend::{Checker, Config, Draft};

/// The share of the letters found as written that each variant must still
/// find: all but a few in lower case; fewer without punctuation (the marks
/// "?!" and "!!!" are signs themselves, and a sentence then runs to the end
/// of its line); fewer again with a letter dropped from every sixth long
/// word, where a charged word may be the one mistyped.
const KEPT_IN_LOWER_CASE: f64 = 0.99;
const KEPT_WITHOUT_ACCENTS: f64 = 0.99;
const KEPT_WITHOUT_PUNCTUATION: f64 = 0.95;
const KEPT_WITH_TYPOS: f64 = 0.90;
/// Calm letters with a tone finding, at most, in any variant.
const CALM_FLAGGED: f64 = 0.02;

/// The figures measured on the wrong side of their bar, with the share
/// then: it must not get worse. `el no punctuation` (529 of 558, 94.8 %,
/// 2026-12-05 midday): the Greek letters read grew by `train6/`, two of
/// whose angry letters rest on what the variant takes away, a question
/// mark ("σοβαρά τώρα;") and the marks around the reader's own words quoted
/// back; with `train7/` read too, 544 of 574 (94.77 %), the same 544 kept
/// as before its families found one more letter as written. It meets the
/// bar again (95.9 %) since the Greek wording model learns from `train5/`
/// to `train10/` (2026-12-05 afternoon). `en typos calm flagged` was
/// 13 of 636 (2.04 %, 2026-12-06 late morning) with `train21/` read — the
/// variant's own dropped letter turns "the shirts" of a calm letter into
/// "the shits", which `insult` flags, a typo its author would want caught —
/// and meets the bar again with `train22/` and `train23/` read (13 of 660).
const HASTE_SHORTFALLS: &[(&str, f64)] = &[];

/// A way of typing in haste: its name, what it does to a body, and the
/// share of the letters found as written it must keep.
type Variant = (&'static str, fn(&str) -> String, f64);

/// The body in lower case.
fn lower_case(body: &str) -> String {
    body.to_lowercase()
}

/// The body without accents, as typed on a phone: Greek without its
/// tonos and dialytika, Russian "ё" as "е".
fn without_accents(body: &str) -> String {
    body.chars()
        .map(|c| match c {
            'ά' => 'α',
            'έ' => 'ε',
            'ή' => 'η',
            'ί' | 'ϊ' | 'ΐ' => 'ι',
            'ό' => 'ο',
            'ύ' | 'ϋ' | 'ΰ' => 'υ',
            'ώ' => 'ω',
            'Ά' => 'Α',
            'Έ' => 'Ε',
            'Ή' => 'Η',
            'Ί' | 'Ϊ' => 'Ι',
            'Ό' => 'Ο',
            'Ύ' | 'Ϋ' => 'Υ',
            'Ώ' => 'Ω',
            'ё' => 'е',
            'Ё' => 'Е',
            other => other,
        })
        .collect()
}

/// The body without sentence punctuation and quotation marks.
fn without_punctuation(body: &str) -> String {
    body.chars()
        .filter(|c| {
            !matches!(
                c,
                '.' | ',' | '!' | '?' | ';' | ':' | '…' | '«' | '»' | '"' | '“' | '”'
            )
        })
        .collect()
}

/// The body with one letter dropped from the middle of every sixth word of
/// four letters or more.
fn with_typos(body: &str) -> String {
    let mut long_words = 0;
    let words = body.split(' ').map(|word| {
        let letters: Vec<char> = word.chars().collect();
        if letters.len() < 4 || !letters.iter().all(|c| c.is_alphabetic()) {
            return word.to_string();
        }
        long_words += 1;
        if long_words % 6 != 0 {
            return word.to_string();
        }
        let middle = letters.len() / 2;
        letters[..middle]
            .iter()
            .chain(&letters[middle + 1..])
            .collect()
    });
    words.collect::<Vec<_>>().join(" ")
}

/// True when the draft gets a tone finding.
fn has_tone(checker: &Checker, draft: &Draft) -> bool {
    let findings = checker.check(draft, &Config::default()).unwrap();
    findings
        .iter()
        .any(|f| TONE_RULES.contains(&f.rule.as_str()))
}

/// The read letters of one language and set (angry: those that expect a
/// tone finding).
fn read_letters(lang: &str, set: &str) -> Vec<Letter> {
    batches(Kept::Read)
        .flat_map(|batch| letters(batch, lang, set))
        .filter(|l| set == "clean" || l.expect.iter().any(|e| e == "tone"))
        .collect()
}

#[test]
fn angry_letters_typed_in_haste_are_still_found_and_calm_ones_still_pass() {
    let checker = Checker::new();
    let variants: [Variant; 4] = [
        ("lower case", lower_case, KEPT_IN_LOWER_CASE),
        ("no accents", without_accents, KEPT_WITHOUT_ACCENTS),
        (
            "no punctuation",
            without_punctuation,
            KEPT_WITHOUT_PUNCTUATION,
        ),
        ("typos", with_typos, KEPT_WITH_TYPOS),
    ];
    let mut failures = Vec::new();
    for lang in ["ru", "en", "el"] {
        let angry = read_letters(lang, "problem");
        let found: Vec<&Letter> = angry
            .iter()
            .filter(|l| has_tone(&checker, &l.draft))
            .collect();
        let calm = read_letters(lang, "clean");
        println!(
            "{lang}: {} of {} angry letters found as written",
            found.len(),
            angry.len()
        );
        for (name, variant, bar) in variants {
            let in_haste = |letter: &Letter| {
                let mut draft = letter.draft.clone();
                draft.body = variant(&letter.draft.body);
                has_tone(&checker, &draft)
            };
            let kept = found.iter().filter(|l| in_haste(l)).count();
            let share = kept as f64 / found.len() as f64;
            let flagged = calm.iter().filter(|l| in_haste(l)).count();
            let flagged_share = flagged as f64 / calm.len() as f64;
            println!(
                "    {name}: {kept} of them still found ({:.1} %), {flagged} of {} calm letters flagged",
                share * 100.0,
                calm.len()
            );
            hold(
                Figure {
                    name: &format!("{lang} {name}"),
                    value: share,
                    bar,
                    better: Better::Higher,
                },
                HASTE_SHORTFALLS,
                &mut failures,
            );
            hold(
                Figure {
                    name: &format!("{lang} {name} calm flagged"),
                    value: flagged_share,
                    bar: CALM_FLAGGED,
                    better: Better::Lower,
                },
                HASTE_SHORTFALLS,
                &mut failures,
            );
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
