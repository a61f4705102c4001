//! Reading a phrase file into match patterns. Shared by the library (for
//! lists given at run time) and by `build.rs`, which compiles every list
//! that ships with presend ahead of time, so start-up does not stem them.

use crate::language::Lang;
use crate::words::split_words;

/// One phrase of a file with the pattern it is matched as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompiledPhrase {
    /// The phrase as written.
    pub text: String,
    /// The language section it was written under.
    pub lang: Lang,
    /// `" s1 s2 "` over stems, or `" w1 w2"` over normalised words when
    /// the last word ends with `*`.
    pub pattern: String,
    /// True for a `word*` phrase.
    pub is_prefix: bool,
}

/// Parses a phrase file. Errors name the line that is wrong.
pub fn compile(source: &str) -> Result<Vec<CompiledPhrase>, String> {
    let mut phrases = Vec::new();
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
        let (pattern, is_prefix) =
            pattern_of(line).map_err(|e| format!("line {}: {e}", number + 1))?;
        phrases.push(CompiledPhrase {
            text: line.to_string(),
            lang,
            pattern,
            is_prefix,
        });
    }
    Ok(phrases)
}

/// The sequence a phrase is matched as, and whether it ends in a prefix.
fn pattern_of(phrase: &str) -> Result<(String, bool), String> {
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
    if !is_prefix {
        pattern.push(' ');
    }
    Ok((pattern, is_prefix))
}
