//! Compiles the phrase lists that ship with presend (`src/rules/*.txt`,
//! `src/layout/*.txt`) into match patterns ahead of time, with the same code
//! the library uses at run time, so that start-up — paid on every Send in a
//! fresh service worker — builds only the automata and stems nothing.
#![allow(dead_code)]

#[path = "src/phrases/compile.rs"]
mod compile;
#[path = "src/language.rs"]
mod language;
#[path = "src/normalize.rs"]
mod normalize;
#[path = "src/words.rs"]
mod words;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn phrase_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in ["src/rules", "src/layout"] {
        println!("cargo:rerun-if-changed={dir}");
        for entry in std::fs::read_dir(dir).expect("source folder") {
            let path = entry.expect("folder entry").path();
            if path.extension().is_some_and(|e| e == "txt") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn main() {
    for file in [
        "src/language.rs",
        "src/normalize.rs",
        "src/words.rs",
        "src/phrases/compile.rs",
    ] {
        println!("cargo:rerun-if-changed={file}");
    }
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let mut out = String::from(
        "/// A phrase: its text, language code, match pattern, and whether it ends in a prefix.\n\
         pub type Phrase = (&'static str, &'static str, &'static str, bool);\n\
         pub static LISTS: &[(&str, &[Phrase])] = &[\n",
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
                "        ({:?}, {:?}, {:?}, {}),",
                p.text,
                p.lang.code(),
                p.pattern,
                p.is_prefix
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
