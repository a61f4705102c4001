//! False alarms on real mail written by others (`../shared/corpus/`): the
//! quality bars of the rule catalogue, measured with `presend check
//! --summary`. A checker that cries wolf on ordinary mail gets switched off.

use serde_json::Value;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::Command;

/// Where the corpus is: `PRESEND_CORPUS`, or `../shared/corpus` beside the
/// repository. `None` (with a note on the terminal) when it is not there —
/// except under CI (`CI` set), where a missing corpus fails the run.
fn corpus() -> Option<PathBuf> {
    let path = std::env::var_os("PRESEND_CORPUS").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
        PathBuf::from,
    );
    if path.is_dir() {
        return Some(path);
    }
    let under_ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false");
    assert!(
        !under_ci,
        "the evaluation corpus is missing at {} (it sits beside the repository; CI must run these tests)",
        path.display()
    );
    // Once, in one write, straight to the terminal: the test harness would
    // swallow eprintln!.
    static NOTE: std::sync::Once = std::sync::Once::new();
    NOTE.call_once(|| {
        let note = format!(
            "\nnote: corpus tests SKIPPED: no corpus at {} (set PRESEND_CORPUS to its folder)\n",
            path.display()
        );
        let _ = std::io::stderr().write_all(note.as_bytes());
    });
    None
}

/// The summary, one entry per corpus folder; `None` when the corpus is
/// not on this machine.
fn summary() -> Option<BTreeMap<String, Value>> {
    let corpus = corpus()?;
    let out = Command::new(env!("CARGO_BIN_EXE_presend"))
        .args(["check", "--summary", "--format", "json"])
        .arg(corpus)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap())
            .map(|v| (v["folder"].as_str().unwrap().to_string(), v))
            .collect(),
    )
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
    let Some(summary) = summary() else { return };
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
    let Some(summary) = summary() else { return };
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
    let Some(summary) = summary() else { return };
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
    let Some(summary) = summary() else { return };
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

/// The rules that speak of the letter's tone.
const TONE_RULES: [&str; 4] = ["emotional-tone", "indignation", "insult", "shouting"];

#[test]
fn russian_and_greek_customer_templates_rarely_read_as_angry() {
    // Calm mail to customers, written by others: the only Russian and
    // Greek business mail of the corpus. A tone finding on more than one
    // in a hundred of them is crying wolf (a tried threshold for letters,
    // 2026-12-04, read "Вы можете просмотреть ваш заказ…" as anger in 13
    // more of them). Counted per rule, so a message with two tone findings
    // counts twice.
    let Some(summary) = summary() else { return };
    let (mut toned, mut messages) = (0.0, 0.0);
    for folder in summary
        .iter()
        .filter(|(n, _)| n.starts_with("ru-") || n.starts_with("el-"))
        .map(|(_, folder)| folder)
    {
        messages += folder["messages"].as_f64().unwrap();
        toned += TONE_RULES
            .iter()
            .filter_map(|rule| folder["rules"][rule].as_f64())
            .sum::<f64>();
    }
    assert!(
        toned <= messages / 100.0,
        "{toned} tone findings on {messages} customer templates"
    );
}
