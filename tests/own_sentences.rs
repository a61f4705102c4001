//! The tests speak in sentences of their own. The real texts in
//! `../shared/corpus` and `../shared/tone-dev` measure presend; a test that
//! kept one of them word for word as an expected output would measure it on
//! what it was tuned on. This test reads every string literal of the Rust
//! sources and of the tests (Rust and JavaScript) and fails on one that
//! shares a run of six words with those texts — apart from a few stock phrases every mailing uses
//! ([`STOCK_PHRASES`]).
#![allow(clippy::disallowed_methods)] // sorts freely: not in the module

#[path = "support/tone_dev.rs"]
mod tone_dev;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use tone_dev::{corpus_files, folder, FILES};

/// Words in a run that counts as copied.
const RUN: usize = 6;

/// A run shorter than this many characters is too common to count.
const MIN_RUN_CHARS: usize = 24;

/// Stock phrases of mailings, headers and markup, written alike by everyone:
/// a literal holding one of them may match the real texts there.
const STOCK_PHRASES: &[&str] = &[
    "you are receiving this email because",
    "you received this email because",
    "вы получили это письмо потому что",
    "subscription is about to expire",
    "no longer wish to receive",
    "спасибо за подписку на нашу рассылку",
    "ευχαριστούμε για την εγγραφή σας στο ενημερωτικό δελτίο",
    "не обращайте внимания на это письмо",
    "thank you for your order",
    "content type text plain charset utf",
    "input type hidden name",
    "and it still doesn t work",
];

/// Lower case, words only: "Don't — STOP!" reads "don t stop".
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Every run of [`RUN`] words of `text`, long enough to count.
fn runs(text: &str) -> Vec<String> {
    words(text)
        .windows(RUN)
        .map(|w| w.join(" "))
        .filter(|run| run.chars().count() >= MIN_RUN_CHARS)
        .collect()
}

/// The runs of every real text: the corpus's messages and tone-dev's rows.
fn real_runs(corpus: &Path) -> HashSet<String> {
    let mut all = HashSet::new();
    let folders = std::fs::read_dir(corpus)
        .unwrap()
        .flatten()
        .map(|e| e.path());
    for folder in folders.filter(|p| p.is_dir()) {
        let name = folder.file_name().unwrap().to_string_lossy();
        for path in corpus_files(&name) {
            let text = std::fs::read(&path).unwrap_or_default();
            all.extend(runs(&String::from_utf8_lossy(&text)));
        }
    }
    for file in FILES {
        for row in tone_dev::rows(file) {
            all.extend(runs(&row.text));
        }
    }
    all
}

/// The files under `dir`, depth first, that `keep` accepts.
fn files_under(dir: &Path, keep: &dyn Fn(&Path) -> bool) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            found.extend(files_under(&path, keep));
        } else if keep(&path) {
            found.push(path);
        }
    }
    found
}

/// The double-quoted string literals of a Rust or JavaScript source,
/// escapes read as a space; raw strings and character literals are skipped.
fn string_literals(source: &str) -> Vec<String> {
    let mut literals = Vec::new();
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                // '"' or '\"' is a character, not the start of a string.
                let mut ahead = chars.clone();
                match (ahead.next(), ahead.next(), ahead.next()) {
                    (Some('"'), Some('\''), _) => {
                        chars.nth(1);
                    }
                    (Some('\\'), Some('"'), Some('\'')) => {
                        chars.nth(2);
                    }
                    _ => {}
                }
            }
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '"' => {
                let mut literal = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                            literal.push(' ');
                        }
                        '"' => break,
                        _ => literal.push(c),
                    }
                }
                literals.push(literal);
            }
            _ => {}
        }
    }
    literals
}

/// True when `literal` holds a stock phrase.
fn is_stock(literal: &str) -> bool {
    let plain = words(literal).join(" ");
    STOCK_PHRASES
        .iter()
        .any(|p| plain.contains(&words(p).join(" ")))
}

#[test]
fn no_test_keeps_a_real_text_word_for_word() {
    let (Some(corpus), Some(_)) = (folder("corpus"), folder("tone-dev")) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "../shared is missing, and CI must check the tests against it"
        );
        eprintln!("SKIPPED: ../shared is absent, the tests are not checked against it");
        return;
    };
    let real = real_runs(&corpus);
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let is_rust = |p: &Path| p.extension().is_some_and(|e| e == "rs");
    let is_test_source = |p: &Path| {
        p.extension()
            .is_some_and(|e| e == "rs" || e == "mjs" || e == "js")
            && !p
                .components()
                .any(|c| c.as_os_str() == "node_modules" || c.as_os_str() == "out")
    };
    let mut sources = files_under(&repo.join("src"), &is_rust);
    sources.extend(files_under(&repo.join("tests"), &is_test_source));
    sources.extend(files_under(&repo.join("examples"), &is_rust));
    let mut copied = Vec::new();
    for path in &sources {
        let source = std::fs::read_to_string(path).unwrap();
        for literal in string_literals(&source) {
            if is_stock(&literal) {
                continue;
            }
            if let Some(run) = runs(&literal).into_iter().find(|run| real.contains(run)) {
                copied.push(format!(
                    "{}: {:?} (\"{run}\")",
                    path.strip_prefix(&repo).unwrap_or(path).display(),
                    literal.chars().take(100).collect::<String>()
                ));
            }
        }
    }
    assert!(
        copied.is_empty(),
        "string literals that keep a real text of ../shared word for word; write a sentence of your own:\n{}",
        copied.join("\n")
    );
}

#[test]
fn the_reader_of_literals_sees_strings_not_characters_or_comments() {
    let source = r#"let q = '"'; let e = '\"'; // "a comment"
        f("one \"two\" three", "four");"#;
    assert_eq!(
        string_literals(source),
        ["one  two  three", "four"].map(String::from)
    );
    assert_eq!(
        runs("We never got the parcel, not once, not ever.").first(),
        Some(&"we never got the parcel not".to_owned())
    );
}
