//! Reading the letters of `tests/fixtures/judgement/` (see its README) into
//! drafts. Shared by `tests/judgement.rs`, `tests/wording.rs` and the
//! examples `calibrate` and `wording`.
#![allow(clippy::disallowed_methods)] // sorts freely: not in the module
#![allow(dead_code)]

use presend::draft::ReplyTo;
use presend::Draft;
use std::path::PathBuf;

/// The time every letter is checked at.
const NOW: &str = "2025-03-12T10:00:00+00:00";

/// The rules `expect: tone` stands for.
pub const TONE_RULES: &[&str] = &["insult", "indignation", "emotional-tone", "shouting"];

/// What the team may do with a batch of `tests/fixtures/judgement/` (the
/// folder's README tells each batch's story). Every folder there is in
/// [`BATCHES`]: a test in `tests/judgement.rs` says so, so that a new batch
/// is kept unread until it is listed otherwise.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kept {
    /// Read: the rules may be tuned on it, the wording model may learn
    /// from it (`examples/wording.rs` chooses which), and a test may show
    /// its words.
    Read,
    /// Written for the wording model and left out of it: not read, learns
    /// nothing, measures nothing but the model's settings
    /// (`EVAL_BATCH=train4` in `examples/wording.rs`).
    Unused,
    /// Kept unread: it measures the rules' reach, and a test prints only
    /// the ids of its letters, never their words.
    Unread,
}

/// Every batch of letters and what may be done with it: the two halves of
/// the first letters, the rounds written for the wording model, then the
/// batches written blind, each group in the order it was written.
pub const BATCHES: &[(&str, Kept)] = &[
    ("dev", Kept::Read),
    ("held", Kept::Unread),
    ("train", Kept::Read),
    ("train2", Kept::Read),
    ("train3", Kept::Read),
    ("train4", Kept::Unused),
    ("train5", Kept::Read),
    ("train6", Kept::Read),
    ("train7", Kept::Read),
    ("train8", Kept::Read),
    ("train9", Kept::Read),
    ("train10", Kept::Read),
    ("train11", Kept::Read),
    ("train12", Kept::Read),
    ("train13", Kept::Read),
    ("train14", Kept::Read),
    ("train15", Kept::Read),
    ("train16", Kept::Read),
    ("train17", Kept::Read),
    ("train18", Kept::Read),
    ("train19", Kept::Read),
    ("train20", Kept::Read),
    ("train21", Kept::Read),
    ("train22", Kept::Read),
    ("train23", Kept::Read),
    ("train24", Kept::Read),
    ("train25", Kept::Read),
    ("train26", Kept::Read),
    ("train27", Kept::Read),
    ("train28", Kept::Read),
    ("train29", Kept::Read),
    ("train30", Kept::Read),
    ("train31", Kept::Read),
    ("train32", Kept::Read),
    ("train33", Kept::Read),
    ("blind", Kept::Read),
    ("blind2", Kept::Read),
    ("blind3", Kept::Read),
    ("blind4", Kept::Read),
    ("blind5", Kept::Read),
    ("blind6", Kept::Read),
    ("blind7", Kept::Read),
    ("blind8", Kept::Read),
    ("blind9", Kept::Read),
    ("blind10", Kept::Read),
    ("blind11", Kept::Read),
    ("blind12", Kept::Unread),
    ("blind13", Kept::Unread),
    ("blind14", Kept::Unread),
    ("blind15", Kept::Unread),
    ("blind16", Kept::Unread),
    ("blind17", Kept::Unread),
    ("blind18", Kept::Unread),
    ("blind19", Kept::Unread),
    ("blind20", Kept::Unread),
    ("blind21", Kept::Unread),
    ("blind22", Kept::Unread),
    ("blind23", Kept::Unread),
    ("blind24", Kept::Unread),
    ("blind25", Kept::Read),
    ("blind26", Kept::Unread),
    ("blind27", Kept::Unread),
    ("blind28", Kept::Unread),
    ("blind29", Kept::Unread),
    ("blind30", Kept::Unread),
    ("blind31", Kept::Unread),
    ("blind32", Kept::Unread),
    ("blind33", Kept::Unread),
    ("blind34", Kept::Unread),
    ("blind35", Kept::Unread),
    ("blind36", Kept::Unread),
    ("blind37", Kept::Unread),
    ("blind38", Kept::Unread),
    ("blind39", Kept::Unread),
    ("blind40", Kept::Unread),
    ("blind41", Kept::Unread),
    ("blind42", Kept::Unread),
    ("blind43", Kept::Unread),
    ("blind44", Kept::Unread),
    ("blind45", Kept::Unread),
    ("blind46", Kept::Unread),
    ("blind47", Kept::Unread),
    ("blind48", Kept::Unread),
    ("blind49", Kept::Unread),
    ("blind50", Kept::Unread),
    ("blind51", Kept::Unread),
    ("blind52", Kept::Unread),
    ("blind53", Kept::Unread),
    ("blind54", Kept::Unread),
    ("blind55", Kept::Unread),
    ("blind56", Kept::Unread),
    ("blind57", Kept::Unread),
    ("blind58", Kept::Unread),
    ("blind59", Kept::Unread),
    ("blind60", Kept::Unread),
    ("blind61", Kept::Unread),
];

/// The batches kept as `kept`, in the order of [`BATCHES`].
pub fn batches(kept: Kept) -> impl Iterator<Item = &'static str> {
    BATCHES
        .iter()
        .filter(move |(_, k)| *k == kept)
        .map(|(name, _)| *name)
}

/// True when `batch` is kept unread (or is not listed at all).
pub fn is_unread(batch: &str) -> bool {
    !BATCHES
        .iter()
        .any(|&(name, kept)| name == batch && kept != Kept::Unread)
}

/// The folders of `tests/fixtures/judgement/` that hold letters.
pub fn folders() -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(fixtures())
        .expect("tests/fixtures/judgement")
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .collect();
    out.sort();
    out
}

/// One letter of a fixture file.
pub struct Letter {
    /// Its id.
    pub id: String,
    /// The rules of which one should fire (problem letters).
    pub expect: Vec<String>,
    /// The letter as a draft.
    pub draft: Draft,
}

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/judgement")
}

/// Sender and recipient of a letter in `lang` when the letter names none.
fn parties(lang: &str) -> (&'static str, &'static str) {
    match lang {
        "ru" => (
            "Анна Смирнова <anna@acme.ru>",
            "Пётр Иванов <petr@client.ru>",
        ),
        "el" => (
            "Άννα Παπαδοπούλου <anna@acme.gr>",
            "Νίκος Γεωργίου <nikos@client.gr>",
        ),
        _ => (
            "Anna Smith <anna@acme.com>",
            "Peter Brown <peter@client.com>",
        ),
    }
}

/// The letter's body without the team's notes that may follow it in the
/// file (lines starting with "#" before the next letter, about the batch
/// after it), and without trailing blank lines.
fn without_notes_after(body: &str) -> &str {
    let mut body = body.trim_end();
    while let Some(last) = body.lines().next_back().filter(|l| l.starts_with('#')) {
        body = body[..body.len() - last.len()].trim_end();
    }
    body
}

/// Reads the letters of one fixture file.
pub fn letters(half: &str, lang: &str, set: &str) -> Vec<Letter> {
    letters_in(
        &fixtures().join(half).join(format!("{lang}-{set}.txt")),
        lang,
    )
}

/// Reads the letters in `lang` of the file at `path`, in the format of
/// `tests/fixtures/judgement/`.
pub fn letters_in(path: &std::path::Path, lang: &str) -> Vec<Letter> {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let (from, to) = parties(lang);
    let mut out = Vec::new();
    for block in text.split("\n=== ").skip(1) {
        let (head, rest) = block.split_once('\n').unwrap_or((block, ""));
        let (id, expect) = match head.split_once(" expect:") {
            Some((id, rules)) => (id, rules.split_whitespace().map(String::from).collect()),
            None => (head, Vec::new()),
        };
        let (headers, body) = rest.split_once("\n\n").unwrap_or((rest, ""));
        let mut draft = Draft {
            from: from.into(),
            to: vec![to.into()],
            body: without_notes_after(body).to_string() + "\n",
            now: Some(NOW.into()),
            ..Draft::default()
        };
        for line in headers.lines() {
            let (key, value) = line
                .split_once(": ")
                .unwrap_or_else(|| panic!("{id}: bad header line {line:?}"));
            match key {
                "Subject" => draft.subject = value.into(),
                "From" => draft.from = value.into(),
                "To" => draft.to = vec![value.into()],
                "Bcc" => draft.bcc = vec![value.into()],
                "Attachments" => draft.attachments = value.split(", ").map(String::from).collect(),
                "Reply-Date" => {
                    draft.reply_to = Some(ReplyTo {
                        from: draft.to[0].clone(),
                        date: value.into(),
                        body: String::new(),
                    })
                }
                _ => panic!("{id}: unknown header {key}"),
            }
        }
        out.push(Letter {
            id: id.trim().to_string(),
            expect,
            draft,
        });
    }
    assert!(!out.is_empty(), "no letters in {}", path.display());
    out
}

/// Checks every letter of the file at `path` (in `lang`) with the default
/// settings and asks `miss` of each, with its findings, what it lacks:
/// `None` when it passes. How many pass, how many there are, and what
/// each letter that does not pass lacks.
pub fn score_file(
    path: &std::path::Path,
    lang: &str,
    miss: impl Fn(&Letter, &[presend::Finding]) -> Option<String>,
) -> (usize, usize, Vec<String>) {
    let checker = presend::Checker::new();
    let config = presend::Config::default();
    let letters = letters_in(path, lang);
    let misses: Vec<String> = letters
        .iter()
        .filter_map(|letter| miss(letter, &checker.check(&letter.draft, &config).unwrap()))
        .collect();
    (letters.len() - misses.len(), letters.len(), misses)
}
