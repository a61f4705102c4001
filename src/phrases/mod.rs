//! Phrase lists kept as data, matched on word stems so a phrase matches its
//! inflected forms.
//!
//! A phrase file has one phrase per line under a `[en]`, `[ru]` or `[el]`
//! header; `#` starts a comment. A phrase is matched word by word on stems,
//! so "please find attached" also matches "Please, find attached". A `*`
//! after the last word matches any word that starts with it ("идиот*"
//! matches "идиотами"); in such a phrase every word is compared with the
//! normalised words as written (no stemming).

use crate::language::Lang;
use crate::words::{split_words, TextView};
use aho_corasick::{AhoCorasick, AhoCorasickKind};
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

/// One automaton over one of a [`TextView`]'s joined sequences.
#[derive(Debug, Clone)]
struct Matcher {
    automaton: AhoCorasick,
    /// The phrase index of each of the automaton's patterns.
    phrase_of: Vec<usize>,
}

impl Matcher {
    fn new(patterns: &[(String, usize)]) -> Result<Matcher, String> {
        Ok(Matcher {
            // A contiguous NFA builds several times faster than a DFA and
            // matches nearly as fast on texts of letter size: start-up counts,
            // because a fresh service worker prepares every rule on Send.
            automaton: AhoCorasick::builder()
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .prefilter(false)
                .build(patterns.iter().map(|(p, _)| p))
                .map_err(|e| e.to_string())?,
            phrase_of: patterns.iter().map(|(_, i)| *i).collect(),
        })
    }

    fn find_iter<'a>(
        &'a self,
        joined: &'a str,
        starts: &'a [usize],
    ) -> impl Iterator<Item = PhraseMatch> + 'a {
        self.automaton.find_overlapping_iter(joined).map(move |m| {
            let first = starts.partition_point(|&s| s < m.start());
            let last = starts.partition_point(|&s| s + 1 < m.end()) - 1;
            PhraseMatch {
                words: first..last + 1,
                phrase: self.phrase_of[m.pattern().as_usize()],
            }
        })
    }
}

/// A compiled phrase list.
#[derive(Debug, Clone)]
pub struct PhraseList {
    phrases: Vec<Phrase>,
    /// Whole-word phrases, over the stems.
    stems: Matcher,
    /// Phrases ending in `word*`, over the normalised words.
    prefixes: Matcher,
}

impl PhraseList {
    /// Parses a phrase file. Errors name the line that is wrong.
    pub fn parse(source: &str) -> Result<PhraseList, String> {
        let mut phrases = Vec::new();
        let (mut stem_patterns, mut prefix_patterns) = (Vec::new(), Vec::new());
        let mut lang = None;
        for (number, line) in source.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            if let Some(code) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                lang = Some(match code {
                    "en" => Lang::En,
                    "ru" => Lang::Ru,
                    "el" => Lang::El,
                    _ => return Err(format!("line {}: unknown language [{code}]", number + 1)),
                });
                continue;
            }
            let lang = lang.ok_or_else(|| {
                format!(
                    "line {}: phrase before any [en]/[ru]/[el] header",
                    number + 1
                )
            })?;
            let pattern = pattern_of(line).map_err(|e| format!("line {}: {e}", number + 1))?;
            match pattern {
                Pattern::Stems(p) => stem_patterns.push((p, phrases.len())),
                Pattern::Prefix(p) => prefix_patterns.push((p, phrases.len())),
            }
            phrases.push(Phrase {
                text: line.to_string(),
                lang,
            });
        }
        Ok(PhraseList {
            phrases,
            stems: Matcher::new(&stem_patterns)?,
            prefixes: Matcher::new(&prefix_patterns)?,
        })
    }

    /// Parses a phrase file that ships with presend; a broken one is a bug
    /// caught by the tests, so this panics with the file's error.
    pub fn builtin(name: &str, source: &str) -> PhraseList {
        PhraseList::parse(source).unwrap_or_else(|e| panic!("phrase list {name}: {e}"))
    }

    /// The phrases, in file order.
    pub fn phrases(&self) -> &[Phrase] {
        &self.phrases
    }

    /// Every occurrence of every phrase in `view`, overlapping ones included,
    /// whole-word phrases first, each kind in order of where it ends.
    pub fn find_iter<'a>(&'a self, view: &'a TextView) -> impl Iterator<Item = PhraseMatch> + 'a {
        self.stems.find_iter(&view.joined, &view.word_starts).chain(
            self.prefixes
                .find_iter(&view.joined_norms, &view.norm_starts),
        )
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

/// How a phrase is matched.
enum Pattern {
    /// `" s1 s2 "` over the stems.
    Stems(String),
    /// `" w1 w2"` over the normalised words: the last word is a prefix.
    Prefix(String),
}

fn pattern_of(phrase: &str) -> Result<Pattern, String> {
    let words: Vec<_> = split_words(phrase, 0).collect();
    if words.is_empty() {
        return Err(format!("phrase {phrase:?} has no words"));
    }
    let is_prefix = phrase.trim_end().ends_with('*');
    let mut pattern = String::new();
    for (i, word) in words.iter().enumerate() {
        if phrase[word.range.end..].starts_with('*') && i + 1 != words.len() {
            return Err(format!("in {phrase:?} only the last word may end with *"));
        }
        pattern.push(' ');
        pattern.push_str(if is_prefix { &word.norm } else { &word.stem });
    }
    Ok(if is_prefix {
        Pattern::Prefix(pattern)
    } else {
        pattern.push(' ');
        Pattern::Stems(pattern)
    })
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
    fn counts_each_word_once() {
        let l = list("[en]\nsorry\nso sorry\n");
        let text = "So sorry. Sorry again.";
        assert_eq!(l.count_in(&TextView::of(text)), 2);
    }
}
