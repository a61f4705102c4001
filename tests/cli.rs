//! The `presend` command line as a user runs it: inputs of every kind, both
//! output formats, exit statuses, and clear messages for bad input.
#![allow(clippy::disallowed_methods)] // not in the module

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn presend(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_presend"))
        .args(args)
        .output()
        .expect("presend runs")
}

fn presend_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_presend"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("presend runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/drafts")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

/// A scratch file with these bytes, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, bytes: &[u8]) -> TempFile {
        let dir = std::env::temp_dir().join(format!("presend-cli-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        TempFile(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn json_lines(output: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(output.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect()
}

fn rules_of(line: &serde_json::Value) -> Vec<String> {
    line["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn json_format_prints_one_line_per_input_and_exits_1_on_findings() {
    let out = presend(&[
        "check",
        "--format",
        "json",
        &fixture("clean-reply.json"),
        &fixture("en-forgotten-attachment.json"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["file"]
        .as_str()
        .unwrap()
        .ends_with("clean-reply.json"));
    assert!(rules_of(&lines[0]).is_empty());
    assert_eq!(
        rules_of(&lines[1]),
        ["forgotten-attachment", "repeated-word"]
    );
}

#[test]
fn clean_draft_exits_0() {
    let out = presend(&["check", &fixture("clean-reply.json")]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
}

#[test]
fn text_format_looks_like_a_compiler() {
    let out = presend(&["check", &fixture("en-forgotten-attachment.json")]);
    let text = String::from_utf8(out.stdout).unwrap();
    let first: Vec<&str> = text.lines().take(3).collect();
    assert!(first[0].ends_with(
        "en-forgotten-attachment.json:3:33: error[forgotten-attachment] The letter says a file is attached, but nothing is attached."
    ), "{}", first[0]);
    assert_eq!(
        first[1],
        "    | Please find the signed contract attached. The the second copy goes by post."
    );
    assert_eq!(first[2], format!("    | {}^^^^^^^^", " ".repeat(32)));
}

#[test]
fn interface_language_changes_messages() {
    let out = presend(&[
        "check",
        "--format",
        "json",
        "--ui-lang",
        "el",
        &fixture("empty.json"),
    ]);
    let lines = json_lines(&out);
    assert_eq!(
        lines[0]["findings"][0]["message"],
        "Το μήνυμα δεν έχει θέμα."
    );
}

#[test]
fn reads_a_json_draft_from_standard_input() {
    let out = presend_with_stdin(
        &["check", "--format", "json"],
        br#"{"subject": "Form to sign", "body": "Sign the the form."}"#,
    );
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out);
    assert_eq!(lines[0]["file"], "-");
    assert_eq!(rules_of(&lines[0]), ["repeated-word"]);
}

#[test]
fn eml_gives_headers_body_and_attachment_names() {
    let out = presend(&["check", "--format", "json", &fixture("with-attachment.eml")]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let out = presend(&["check", "--format", "json", &fixture("outlook-forward.eml")]);
    let lines = json_lines(&out);
    // The quoted "[First Name]" of the original message is not the author's;
    // the quoted message itself went between colleagues only.
    assert_eq!(
        rules_of(&lines[0]),
        ["forgotten-attachment", "internal-quote"]
    );
}

#[test]
fn text_with_mail_headers_is_a_message_whose_attachments_are_unknown() {
    let file = TempFile::new(
        "converted.txt",
        "From: Anna <anna@acme.com>\nTo: Peter <peter@client.com>\nSubject: Plan\n\nAttached is the plan.\n".as_bytes(),
    );
    let out = presend(&["check", "--format", "json", file.path()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn other_text_files_are_a_plain_body() {
    let file = TempFile::new(
        "note.txt",
        "Sign the the report, it is attached.\n".as_bytes(),
    );
    let out = presend(&["check", "--format", "json", file.path()]);
    // A text file cannot carry attachments, so "attached" is not judged.
    assert_eq!(
        rules_of(&json_lines(&out)[0]),
        ["missing-subject", "repeated-word"]
    );
}

#[test]
fn bad_input_gets_a_clear_error_line_and_exit_2() {
    let not_json = TempFile::new("bad.json", b"{ this is not json");
    let not_utf8 = TempFile::new("bad-bytes.json", b"{\"body\": \"\xff\xfe\"}");
    let not_object = TempFile::new("list.json", b"[1, 2]");
    let wrong_type = TempFile::new("wrong.json", br#"{"to": 5}"#);
    let cases = [
        (not_json.path(), "not valid JSON"),
        (not_utf8.path(), "not UTF-8 text"),
        (not_object.path(), "expected a JSON object"),
        (wrong_type.path(), "not a valid draft"),
        ("/no/such/file.json", "cannot read"),
    ];
    for (path, expected) in cases {
        let out = presend(&["check", "--format", "json", path]);
        assert_eq!(out.status.code(), Some(2), "{path}");
        let line = &json_lines(&out)[0];
        assert_eq!(line["file"], path);
        let error = line["error"].as_str().unwrap();
        assert!(error.contains(expected), "{path}: {error}");
        let out = presend(&["check", path]);
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains(expected));
    }
}

#[test]
fn one_bad_input_does_not_hide_the_others() {
    let bad = TempFile::new("bad2.json", b"nope");
    let out = presend(&[
        "check",
        "--format",
        "json",
        bad.path(),
        &fixture("empty.json"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let lines = json_lines(&out);
    assert!(lines[0]["error"].is_string());
    assert_eq!(rules_of(&lines[1]), ["missing-subject"]);
}

#[test]
fn configuration_file_turns_rules_off() {
    let config = TempFile::new(
        "config.json",
        br#"{"rules": {"missing-subject": {"enabled": false}}}"#,
    );
    let out = presend(&["check", "--config", config.path(), &fixture("empty.json")]);
    assert_eq!(out.status.code(), Some(0));
    let broken = TempFile::new("broken-config.json", br#"{"line_length": "wide"}"#);
    let out = presend(&["check", "--config", broken.path(), &fixture("empty.json")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a valid configuration"));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["frobnicate"][..],
        &["check", "--format", "xml"],
        &["check", "--ui-lang", "de"],
        &["explain"],
    ] {
        let out = presend(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("usage:"));
    }
}

#[test]
fn rules_and_explain_read_the_catalogue() {
    let out = presend(&["rules", "--format", "json"]);
    let rules: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(rules
        .iter()
        .any(|r| r["id"] == "template-placeholder" && r["severity"] == "error"));
    let out = presend(&["explain", "repeated-word"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("## Why it matters"), "{text}");
    let out = presend(&["explain", "repeated-word", "--ui-lang", "ru"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("## Почему это важно"), "{text}");
    let out = presend(&["explain", "no-such-rule"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown rule"));
}
/// A scratch folder, removed with what is in it when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("presend-cli-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn path(&self, name: &str) -> String {
        self.0.join(name).to_string_lossy().into_owned()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn mkfifo(path: &str) {
    let made = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
}

#[test]
fn a_20_mb_draft_is_checked_in_part() {
    let huge = TempFile::new(
        "huge.json",
        format!(
            "{{\"subject\": \"s\", \"body\": \"{}\"}}",
            "Thanks, the report is fine.\\n".repeat(1 << 20)
        )
        .as_bytes(),
    );
    let out = presend(&["check", "--format", "json", huge.path()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(rules_of(&json_lines(&out)[0]).contains(&"partly-checked".to_string()));
}

#[test]
fn a_huge_file_is_refused_before_it_is_read() {
    // 2 GB, sparse: reading it whole took 18 s and 4 GB of memory.
    let dir = TempDir::new("huge");
    let path = dir.path("huge.json");
    std::fs::File::create(&path)
        .unwrap()
        .set_len(2 << 30)
        .unwrap();
    let out = presend(&["check", "--format", "json", &path]);
    assert_eq!(out.status.code(), Some(2));
    let error = json_lines(&out)[0]["error"].as_str().unwrap().to_string();
    assert!(error.contains("too large"), "{error}");
}

#[test]
fn endless_standard_input_is_bounded() {
    let zero = std::fs::File::open("/dev/zero").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_presend"))
        .args(["check", "--format", "json"])
        .stdin(zero)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let error = json_lines(&out)[0]["error"].as_str().unwrap().to_string();
    assert!(error.contains("too large"), "{error}");
}

#[test]
fn pipes_and_devices_are_skipped_with_a_message() {
    let dir = TempDir::new("fifo");
    let fifo = dir.path("pipe.json");
    mkfifo(&fifo);
    std::fs::write(
        dir.path("draft.json"),
        br#"{"subject": "s", "body": "the the"}"#,
    )
    .unwrap();
    // Named on the command line: an error line for each, and no hang.
    for path in [fifo.as_str(), "/dev/zero"] {
        let out = presend(&["check", "--format", "json", path]);
        assert_eq!(out.status.code(), Some(2), "{path}");
        let error = json_lines(&out)[0]["error"].as_str().unwrap().to_string();
        assert!(error.contains("not a regular file"), "{path}: {error}");
    }
    // Inside a folder: skipped with a note, the other drafts checked.
    let out = presend(&["check", "--format", "json", &dir.path("")]);
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 1);
    assert!(lines[0]["file"].as_str().unwrap().ends_with("draft.json"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("pipe.json") && stderr.contains("skipped"),
        "{stderr}"
    );
}

#[test]
fn a_symlink_loop_is_walked_once() {
    let dir = TempDir::new("loop");
    std::fs::write(
        dir.path("draft.json"),
        br#"{"subject": "s", "body": "the the"}"#,
    )
    .unwrap();
    std::os::unix::fs::symlink(&dir.0, dir.path("again")).unwrap();
    std::os::unix::fs::symlink(dir.path("draft.json"), dir.path("same.json")).unwrap();
    let out = presend(&["check", "--format", "json", &dir.path("")]);
    assert_eq!(
        json_lines(&out).len(),
        1,
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let json = TempFile::new(
        "bom.json",
        "\u{feff}{\"subject\": \"s\", \"body\": \"the the\"}".as_bytes(),
    );
    let text = TempFile::new("bom.txt", "\u{feff}Sign the the form.\n".as_bytes());
    for file in [&json, &text] {
        let out = presend(&["check", "--format", "json", file.path()]);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(rules_of(&json_lines(&out)[0]).contains(&"repeated-word".to_string()));
    }
}

#[test]
fn lone_surrogates_in_json_escapes_are_read() {
    // As JS would send a string holding half of an emoji: each lone half is
    // one UTF-16 unit, so offsets stay those of the JS string.
    let out = presend_with_stdin(
        &["check", "--format", "json"],
        br#"{"subject": "s\ud800", "body": "Hi \udc00\ud83d\ude00 \ud800 the the end"}"#,
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let line = &json_lines(&out)[0];
    let found = line["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "repeated-word")
        .unwrap();
    assert_eq!(found["start"], 9);
    assert_eq!(found["excerpt"], "the the");
}

#[test]
fn explain_speaks_to_the_user_in_each_language() {
    // What a user reads states the advice itself: no word of the team's
    // (where the advice came from, the files the word lists live in).
    let out = presend(&["rules", "--format", "json"]);
    let rules: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    for rule in &rules {
        let id = rule["id"].as_str().unwrap();
        for lang in ["en", "ru", "el"] {
            let out = presend(&["explain", id, "--ui-lang", lang]);
            assert_eq!(out.status.code(), Some(0), "{id} {lang}");
            let text = String::from_utf8(out.stdout).unwrap();
            assert!(text.lines().count() > 5, "{id} {lang}: {text}");
            for team_word in ["seed", ".txt", "src/", "tone-dev"] {
                assert!(
                    !text.to_lowercase().contains(team_word),
                    "{id} {lang} says {team_word:?}: {text}"
                );
            }
        }
    }
}
