//! Compiles the phrase lists that ship with presend (`src/rules/*.txt`,
//! `src/layout/*.txt`, `src/tone/*.txt`) into word programs ahead of time,
//! with the same code the library uses at run time, so that start-up — paid
//! on every Send in a fresh service worker — neither parses nor stems them:
//! the programs are static data, and start-up only indexes them.
#![allow(dead_code)]

#[path = "src/phrases/compile.rs"]
mod compile;
#[path = "src/language.rs"]
mod language;
#[path = "src/normalize.rs"]
mod normalize;
#[path = "src/words.rs"]
mod words;

use compile::{Inst, Tok, WordSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const PHRASE_FOLDERS: &[&str] = &["src/rules", "src/layout", "src/tone"];

fn phrase_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in PHRASE_FOLDERS {
        println!("cargo:rerun-if-changed={dir}");
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("folder entry").path();
            if path.extension().is_some_and(|e| e == "txt") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// A word of a program as a Rust expression.
fn tok(tok: &Tok) -> String {
    match tok {
        Tok::Stem(s, h) => format!("s({s:?},{h})"),
        Tok::Prefix(s) => format!("p({s:?})"),
        Tok::Exact(s, h) => format!("e({s:?},{h})"),
    }
}

/// A set of words as a Rust expression.
fn word_set(set: &WordSet) -> String {
    format!(
        "WordSet {{ toks: Borrowed(&[{}]), exact_from: {}, prefix_from: {} }}",
        set.toks.iter().map(tok).collect::<Vec<_>>().join(","),
        set.exact_from,
        set.prefix_from
    )
}

/// A word program as a Rust expression of static data.
fn program(insts: &[Inst]) -> String {
    let mut out = String::from("&[");
    for inst in insts {
        match inst {
            Inst::Word(t) => write!(out, "Word({}),", tok(t)),
            Inst::Set(set) => write!(out, "Set({}),", word_set(set)),
            Inst::Peek(set) => write!(out, "Peek({}),", word_set(set)),
            Inst::Split(a, b) => write!(out, "Split({a},{b}),"),
            Inst::Jump(to) => write!(out, "Jump({to}),"),
            Inst::Gap(n) => write!(out, "Gap({n}),"),
            Inst::Start => write!(out, "Start,"),
            Inst::End => write!(out, "End,"),
            Inst::Match => write!(out, "Match,"),
        }
        .unwrap();
    }
    out.push(']');
    out
}

fn main() {
    for file in [
        "src/language.rs",
        "src/normalize.rs",
        "src/words.rs",
        "src/phrases/compile.rs",
        "src/phrases/classes.txt",
    ] {
        println!("cargo:rerun-if-changed={file}");
    }
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let mut out = String::from(
        "use super::compile::{CompiledPhrase, Inst::*, Tok, WordSet};\n\
         use crate::language::Lang;\n\
         use std::borrow::Cow::Borrowed;\n\
         const fn s(s: &'static str, h: u64) -> Tok { Tok::Stem(Borrowed(s), h) }\n\
         const fn p(s: &'static str) -> Tok { Tok::Prefix(Borrowed(s)) }\n\
         const fn e(s: &'static str, h: u64) -> Tok { Tok::Exact(Borrowed(s), h) }\n\
         /// For each phrase file, its text and its compiled phrases.\n\
         pub static LISTS: &[(&str, &[CompiledPhrase])] = &[\n",
    );
    for file in phrase_files() {
        let source = std::fs::read_to_string(&file).expect("phrase file is UTF-8");
        let Ok(phrases) = compile::compile(&source) else {
            // Left to run time, where the rule's tests report the error.
            continue;
        };
        let absolute = Path::new(&root).join(&file);
        writeln!(
            out,
            "    (include_str!({:?}), &[",
            absolute.display().to_string()
        )
        .unwrap();
        for p in phrases {
            writeln!(
                out,
                "        CompiledPhrase {{ text: Borrowed({:?}), lang: Lang::{:?}, program: Borrowed({}), before: Borrowed({}), after: Borrowed({}) }},",
                p.text,
                p.lang,
                program(&p.program),
                program(&p.before),
                program(&p.after),
            )
            .unwrap();
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    let target = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("precompiled_phrases.rs");
    std::fs::write(target, out).expect("write the compiled phrase lists");
}
