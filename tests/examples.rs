//! The playground's example drafts (`www/examples.json`) show what they are
//! there to show: each triggers the rules it illustrates, every situation is
//! there in English, Russian and Greek, and no example is hurt by an error
//! it was not written to show.

use presend::{Checker, Config, Draft, Severity};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

fn examples() -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("www/examples.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The draft of an example, its answered message dated `hours_ago` before
/// the time of the check, as the playground builds it.
fn draft_of(example: &Value) -> Draft {
    let now = chrono::DateTime::parse_from_rfc3339("2026-03-23T12:00:00+00:00").unwrap();
    let mut draft = example["draft"].clone();
    draft["now"] = now.to_rfc3339().into();
    if let Some(reply) = example.get("reply") {
        let hours = reply["hours_ago"].as_i64().unwrap();
        draft["reply_to"] = serde_json::json!({
            "from": reply["from"],
            "date": (now - chrono::Duration::hours(hours)).to_rfc3339(),
            "body": reply["body"],
        });
    }
    serde_json::from_value(draft).unwrap()
}

#[test]
fn every_example_triggers_the_rules_it_illustrates() {
    let checker = Checker::new();
    let mut wrong = Vec::new();
    for example in examples()["examples"].as_array().unwrap() {
        let name = format!("{} ({})", example["situation"], example["lang"]);
        let found = checker
            .check(&draft_of(example), &Config::default())
            .unwrap();
        let rules: BTreeSet<&str> = found.iter().map(|f| f.rule.as_str()).collect();
        let expected: Vec<&str> = example["expect"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap())
            .collect();
        assert!(!expected.is_empty(), "{name} expects nothing");
        for rule in &expected {
            if !rules.contains(rule) {
                wrong.push(format!("{name}: {rule} did not fire (found {rules:?})"));
            }
        }
        // An example shows its situation; an error from another rule would
        // distract from it.
        for finding in &found {
            if finding.severity == Severity::Error && !expected.contains(&finding.rule.as_str()) {
                wrong.push(format!(
                    "{name}: an unrelated error from {}: {}",
                    finding.rule, finding.message
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_situation_is_there_in_every_language() {
    let all = examples();
    let situations: BTreeSet<&str> = all["situations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert_eq!(situations.len(), 5);
    let mut languages: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for example in all["examples"].as_array().unwrap() {
        let situation = example["situation"].as_str().unwrap();
        assert!(
            situations.contains(situation),
            "unknown situation {situation}"
        );
        let lang = example["lang"].as_str().unwrap();
        assert!(
            languages.entry(situation).or_default().insert(lang),
            "{situation} twice in {lang}"
        );
    }
    for situation in situations {
        assert_eq!(
            languages.get(situation).map(|l| l.len()),
            Some(3),
            "{situation}: not in en, ru and el"
        );
    }
}
