//! False alarms on real mail written by others (`../shared/corpus/`): the
//! quality bars of the rule catalogue, measured with `presend check
//! --summary`. A checker that cries wolf on ordinary mail gets switched off.

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;

fn corpus() -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    assert!(
        path.is_dir(),
        "the evaluation corpus is missing at {} (it sits beside the repository)",
        path.display()
    );
    path
}

/// The summary, one entry per corpus folder.
fn summary() -> BTreeMap<String, Value> {
    let out = Command::new(env!("CARGO_BIN_EXE_presend"))
        .args(["check", "--summary", "--format", "json"])
        .arg(corpus())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .map(|v| (v["folder"].as_str().unwrap().to_string(), v))
        .collect()
}

/// Default severity of every rule, from the catalogue.
fn severities() -> BTreeMap<String, String> {
    let out = Command::new(env!("CARGO_BIN_EXE_presend"))
        .args(["rules", "--format", "json"])
        .output()
        .unwrap();
    let rules: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    rules
        .into_iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_string(),
                r["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn share(folder: &Value, key: &str) -> f64 {
    folder[key].as_f64().unwrap() / folder["messages"].as_f64().unwrap()
}

#[test]
fn every_corpus_message_is_readable() {
    let summary = summary();
    assert!(
        summary.len() >= 14,
        "expected the 14 corpus folders, got {:?}",
        summary.keys()
    );
    for (name, folder) in &summary {
        assert_eq!(folder["unreadable"], 0, "{name}: {folder}");
    }
}

#[test]
fn business_mail_rarely_gets_an_error_or_a_warning() {
    let summary = summary();
    let enron = &summary["en-enron-business"];
    assert!(enron["messages"].as_u64().unwrap() >= 400);
    let errors = share(enron, "with_error");
    let warnings = share(enron, "with_warning");
    assert!(
        errors < 0.01,
        "{:.1}% of business mails get an error: {enron}",
        errors * 100.0
    );
    assert!(
        warnings < 0.10,
        "{:.1}% of business mails get a warning: {enron}",
        warnings * 100.0
    );
}

#[test]
fn russian_and_greek_templates_get_errors_only_for_unfilled_placeholders() {
    let summary = summary();
    let severities = severities();
    for (name, folder) in summary
        .iter()
        .filter(|(n, _)| n.starts_with("ru-") || n.starts_with("el-"))
    {
        for (rule, count) in folder["rules"].as_object().unwrap() {
            if severities[rule] == "error" {
                assert_eq!(
                    rule, "template-placeholder",
                    "{name}: {rule} fires on {count} messages"
                );
            }
        }
    }
}

#[test]
fn templates_with_placeholders_are_caught() {
    // Every phpBB template carries {PLACEHOLDERS}: the rule must see them.
    let summary = summary();
    for name in ["ru-phpbb-templates", "el-phpbb-templates"] {
        let folder = &summary[name];
        let caught = folder["rules"]["template-placeholder"]
            .as_f64()
            .unwrap_or(0.0);
        assert!(
            caught / folder["messages"].as_f64().unwrap() > 0.8,
            "{name}: {folder}"
        );
    }
}
