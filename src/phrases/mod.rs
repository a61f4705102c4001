//! Phrase lists kept as data, matched on word stems so a phrase matches its
//! inflected forms.
//!
//! A phrase file has one phrase per line under a `[en]`, `[ru]` or `[el]`
//! header; `#` starts a comment. A phrase is matched word by word on stems,
//! so "please find attached" also matches "Please, find attached". A `*`
//! after the last word matches any word that starts with it ("идиот*"
//! matches "идиотами"); in such a phrase every word is compared with the
//! normalised words as written (no stemming).

mod compile;

pub use compile::{compile, CompiledPhrase};

use crate::language::Lang;
use crate::words::{fnv_step, hash, FnvBuild, TextView, FNV_OFFSET};
use std::collections::HashMap;
use std::ops::Range;

/// One phrase of a list.
#[derive(Debug, Clone)]
pub struct Phrase {
    /// The phrase as written in the data file.
    pub text: String,
    /// The language section it was written under.
    pub lang: Lang,
}

/// A phrase found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhraseMatch {
    /// Indices of the first and last matched word in the [`TextView`].
    pub words: Range<usize>,
    /// Index of the phrase in the list.
    pub phrase: usize,
}

type Index = HashMap<u64, Vec<usize>, FnvBuild>;

/// A phrase as the words it is matched against.
#[derive(Debug, Clone)]
struct Entry {
    /// Stems (whole-word phrases) or normalised words (prefix phrases).
    tokens: Vec<String>,
    /// The last token is a prefix of the word it matches.
    is_prefix: bool,
}

/// A compiled phrase list: phrases indexed by their first word, so matching
/// is one hash look-up per word of the text, and building the list costs
/// next to nothing (start-up is paid on every Send in a fresh worker).
#[derive(Debug, Clone)]
pub struct PhraseList {
    phrases: Vec<Phrase>,
    entries: Vec<Entry>,
    /// Whole-word phrases by the hash of their first stem.
    by_first_stem: Index,
    /// Prefix phrases of several words by the hash of their first word.
    by_first_word: Index,
    /// One-word prefix phrases ("идиот*") by the hash of the root.
    roots: Index,
    /// The longest root, in bytes.
    longest_root: usize,
}

impl PhraseList {
    /// Parses a phrase file. Errors name the line that is wrong.
    pub fn parse(source: &str) -> Result<PhraseList, String> {
        PhraseList::from_compiled(compile(source)?)
    }

    /// A phrase list that ships with presend: compiled by `build.rs` ahead
    /// of time (so start-up builds only the automata), or parsed now when
    /// the build did not see it. A broken list is a bug the tests catch, so
    /// this panics with the file's error.
    pub fn builtin(name: &str, source: &str) -> PhraseList {
        let compiled = precompiled::LISTS
            .iter()
            .find(|(text, _)| *text == source)
            .map(|(_, phrases)| {
                phrases
                    .iter()
                    .map(|&(text, lang, pattern, is_prefix)| CompiledPhrase {
                        text: text.to_string(),
                        lang: match lang {
                            "ru" => Lang::Ru,
                            "el" => Lang::El,
                            _ => Lang::En,
                        },
                        pattern: pattern.to_string(),
                        is_prefix,
                    })
                    .collect()
            })
            .map_or_else(|| compile(source), Ok);
        compiled
            .and_then(PhraseList::from_compiled)
            .unwrap_or_else(|e| panic!("phrase list {name}: {e}"))
    }

    fn from_compiled(compiled: Vec<CompiledPhrase>) -> Result<PhraseList, String> {
        let mut list = PhraseList {
            phrases: Vec::with_capacity(compiled.len()),
            entries: Vec::with_capacity(compiled.len()),
            by_first_stem: HashMap::default(),
            by_first_word: HashMap::default(),
            roots: HashMap::default(),
            longest_root: 0,
        };
        for (index, phrase) in compiled.into_iter().enumerate() {
            let tokens: Vec<String> = phrase
                .pattern
                .split_whitespace()
                .map(str::to_string)
                .collect();
            let first = hash(tokens[0].as_bytes());
            let index_of = match (phrase.is_prefix, tokens.len()) {
                (false, _) => &mut list.by_first_stem,
                (true, 1) => {
                    list.longest_root = list.longest_root.max(tokens[0].len());
                    &mut list.roots
                }
                (true, _) => &mut list.by_first_word,
            };
            index_of.entry(first).or_default().push(index);
            list.entries.push(Entry {
                tokens,
                is_prefix: phrase.is_prefix,
            });
            list.phrases.push(Phrase {
                text: phrase.text,
                lang: phrase.lang,
            });
        }
        Ok(list)
    }

    /// Appends to `out` the phrases among `candidates` that match from word
    /// `start` of `view`.
    fn matches_from(
        &self,
        view: &TextView,
        start: usize,
        candidates: &[usize],
        out: &mut Vec<PhraseMatch>,
    ) {
        for &phrase in candidates {
            let entry = &self.entries[phrase];
            let last = start + entry.tokens.len() - 1;
            if last >= view.len() || !view.is_unbroken(start, last) {
                continue;
            }
            let matched = entry.tokens.iter().enumerate().all(|(k, token)| {
                let word = &view.words[start + k];
                match (entry.is_prefix, start + k == last) {
                    (false, _) => word.stem == *token,
                    (true, false) => word.norm == *token,
                    (true, true) => word.norm.starts_with(token.as_str()),
                }
            });
            if matched {
                out.push(PhraseMatch {
                    words: start..last + 1,
                    phrase,
                });
            }
        }
    }

    /// The phrases, in file order.
    pub fn phrases(&self) -> &[Phrase] {
        &self.phrases
    }

    /// Every occurrence of every phrase in `view`, overlapping ones included,
    /// in order of the word they start at.
    pub fn find_iter<'a>(&'a self, view: &'a TextView) -> impl Iterator<Item = PhraseMatch> + 'a {
        let mut found = Vec::new();
        (0..view.len()).flat_map(move |i| {
            found.clear();
            if let Some(candidates) = self.by_first_stem.get(&view.stem_hashes[i]) {
                self.matches_from(view, i, candidates, &mut found);
            }
            let norm = view.words[i].norm.as_bytes();
            if !self.by_first_word.is_empty() {
                if let Some(candidates) = self.by_first_word.get(&hash(norm)) {
                    self.matches_from(view, i, candidates, &mut found);
                }
            }
            if !self.roots.is_empty() {
                // The hash of each prefix of the word comes on the way.
                let mut h = FNV_OFFSET;
                for (at, &byte) in norm.iter().enumerate().take(self.longest_root) {
                    h = fnv_step(h, byte);
                    let on_char_boundary = norm.get(at + 1).is_none_or(|b| (*b as i8) >= -0x40);
                    if on_char_boundary {
                        if let Some(candidates) = self.roots.get(&h) {
                            self.matches_from(view, i, candidates, &mut found);
                        }
                    }
                }
            }
            std::mem::take(&mut found)
        })
    }

    /// True when any phrase occurs in `view`.
    pub fn is_found_in(&self, view: &TextView) -> bool {
        self.find_iter(view).next().is_some()
    }

    /// How many times phrases occur in `view`, counting each word once.
    pub fn count_in(&self, view: &TextView) -> usize {
        let mut matches: Vec<PhraseMatch> = self.find_iter(view).collect();
        matches.sort_by_key(|m| (m.words.start, m.words.end));
        let mut covered_until = 0;
        let mut count = 0;
        for m in matches {
            if m.words.start >= covered_until {
                count += 1;
                covered_until = m.words.end;
            }
        }
        count
    }
}

/// The phrase lists that ship with presend, compiled by `build.rs`: for
/// each file, its text and its phrases as (text, language, pattern,
/// is_prefix).
mod precompiled {
    include!(concat!(env!("OUT_DIR"), "/precompiled_phrases.rs"));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(source: &str) -> PhraseList {
        PhraseList::parse(source).unwrap()
    }

    fn found(list: &PhraseList, text: &str) -> Vec<String> {
        let view = TextView::of(text);
        list.find_iter(&view)
            .map(|m| text[view.span(m.words.start, m.words.end - 1)].to_string())
            .collect()
    }

    #[test]
    fn matches_inflected_forms() {
        let l = list("[ru]\nприлагаю договор\n[en]\nplease find attached\n");
        assert_eq!(found(&l, "Прилагаю договоры."), vec!["Прилагаю договоры"]);
        assert_eq!(
            found(&l, "Please, find attached."),
            vec!["Please, find attached"]
        );
    }

    #[test]
    fn prefix_matches_any_ending() {
        let l = list("[ru]\nидиот*\n[el]\nηλίθι*\n");
        assert_eq!(found(&l, "какими-то идиотами"), vec!["идиотами"]);
        assert_eq!(found(&l, "Είστε ΗΛΙΘΙΟΙ"), vec!["ΗΛΙΘΙΟΙ"]);
    }

    #[test]
    fn does_not_match_inside_words_or_across_sentences() {
        let l = list("[en]\nfind attached\n[ru]\nхам\n");
        assert!(found(&l, "I could not find it. Attached is nothing").is_empty());
        assert!(found(&l, "хамелеон").is_empty());
    }

    #[test]
    fn reports_broken_lines() {
        assert!(PhraseList::parse("hello\n").unwrap_err().contains("line 1"));
        assert!(PhraseList::parse("[en]\nab* cd\n")
            .unwrap_err()
            .contains("only the last"));
        assert!(PhraseList::parse("[de]\nhallo\n")
            .unwrap_err()
            .contains("[de]"));
    }

    #[test]
    fn precompiled_lists_match_what_parsing_gives() {
        for (source, phrases) in precompiled::LISTS {
            let parsed = compile(source).unwrap();
            assert_eq!(parsed.len(), phrases.len());
            for (p, &(text, lang, pattern, is_prefix)) in parsed.iter().zip(phrases.iter()) {
                assert_eq!(
                    (
                        p.text.as_str(),
                        p.lang.code(),
                        p.pattern.as_str(),
                        p.is_prefix
                    ),
                    (text, lang, pattern, is_prefix)
                );
            }
        }
        assert!(precompiled::LISTS.len() >= 5);
    }

    #[test]
    fn counts_each_word_once() {
        let l = list("[en]\nsorry\nso sorry\n");
        let text = "So sorry. Sorry again.";
        assert_eq!(l.count_in(&TextView::of(text)), 2);
    }
}
