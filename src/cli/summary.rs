//! `presend check --summary`: per folder, how many messages each rule fires
//! on — the false-alarm measure on mail written by others.
#![allow(clippy::disallowed_methods)] // sorts freely: not in the module

use super::args::Format;
use super::input::load;
use presend::{Checker, Config, Severity};
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Default)]
struct Tally {
    messages: usize,
    unreadable: usize,
    with_error: usize,
    with_warning: usize,
    by_rule: BTreeMap<String, usize>,
}

/// Prints the table for `inputs`, grouped by the folder each file is in: as
/// text, or as one JSON object per folder (`folder`, `messages`,
/// `with_error`, `with_warning`, `unreadable`, `rules`: messages per rule).
pub fn print(checker: &Checker, config: &Config, inputs: &[String], format: Format) {
    let mut groups: BTreeMap<String, Tally> = BTreeMap::new();
    for name in inputs {
        let folder = Path::new(name)
            .parent()
            .and_then(|p| p.file_name())
            .map_or_else(|| ".".to_string(), |f| f.to_string_lossy().into_owned());
        let tally = groups.entry(folder).or_default();
        tally.messages += 1;
        let Ok(findings) =
            load(name).and_then(|d| checker.check(&d, config).map_err(|e| e.to_string()))
        else {
            tally.unreadable += 1;
            continue;
        };
        let worst = findings.iter().map(|f| f.severity).max();
        tally.with_error += usize::from(worst == Some(Severity::Error));
        tally.with_warning += usize::from(worst >= Some(Severity::Warning));
        let mut rules: Vec<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
        rules.sort_unstable();
        rules.dedup();
        for rule in rules {
            *tally.by_rule.entry(rule.to_string()).or_default() += 1;
        }
    }
    if format == Format::Json {
        for (folder, tally) in &groups {
            let line = serde_json::json!({
                "folder": folder,
                "messages": tally.messages,
                "with_error": tally.with_error,
                "with_warning": tally.with_warning,
                "unreadable": tally.unreadable,
                "rules": tally.by_rule,
            });
            out!("{line}");
        }
        return;
    }
    for (folder, tally) in &groups {
        let percent = |n: usize| 100.0 * n as f64 / tally.messages.max(1) as f64;
        out!(
            "{folder}: {} messages, {:.1}% with an error, {:.1}% with a warning or error{}",
            tally.messages,
            percent(tally.with_error),
            percent(tally.with_warning),
            if tally.unreadable > 0 {
                format!(", {} unreadable", tally.unreadable)
            } else {
                String::new()
            }
        );
        let mut rules: Vec<_> = tally.by_rule.iter().collect();
        rules.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (rule, count) in rules {
            out!("    {rule:<26} {count:>4}  ({:.1}%)", percent(*count));
        }
    }
}
