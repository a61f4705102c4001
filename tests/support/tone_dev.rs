//! Reading `../shared/tone-dev/` (real texts labelled rude or calm by
//! others) as the bodies of replies to a client, and the split of each file
//! into the half the tone judgement is fitted on and the half kept back.
//! Shared by `tests/tone.rs` and `examples/calibrate.rs`.
#![allow(clippy::disallowed_methods)] // sorts freely: not in the module
#![allow(dead_code)]

use presend::{Checker, Config, Draft, Finding};
use serde_json::Value;
use std::path::PathBuf;

/// The files of `../shared/tone-dev`, main sets first.
pub const FILES: &[&str] = &[
    "ru",
    "el",
    "en",
    "ru-vk",
    "en-aggression",
    "ru-paradetox",
    "en-paradetox",
    "en-politeness",
];

/// Files whose rude side measures nothing (impolite there is mild
/// bluntness): only their calm side counts, as false alarms.
pub const CALM_ONLY: &[&str] = &["en-politeness"];

/// The rules that make up a tone finding.
pub const TONE_RULES: &[&str] = &["insult", "indignation", "emotional-tone", "shouting"];

/// One labelled text.
pub struct Row {
    /// The dataset's id.
    pub id: String,
    /// True for a rude text, false for a calm one.
    pub rude: bool,
    /// The text.
    pub text: String,
}

/// `shared/<name>` beside the repository (or beside the folder that holds
/// a git worktree of it), when it is there; `PRESEND_SHARED` may name the
/// `shared` folder instead.
pub fn folder(name: &str) -> Option<PathBuf> {
    if let Some(shared) = std::env::var_os("PRESEND_SHARED") {
        let path = PathBuf::from(shared).join(name);
        return path.is_dir().then_some(path);
    }
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    repo.ancestors()
        .skip(1)
        .take(2)
        .map(|dir| dir.join("shared").join(name))
        .find(|path| path.is_dir())
}

/// The rows of one file.
pub fn rows(file: &str) -> Vec<Row> {
    rows_of(
        &folder("tone-dev")
            .expect("../shared/tone-dev")
            .join(format!("{file}.jsonl")),
    )
}

/// The rows of a file in the format of tone-dev (one JSON object per line:
/// id, label, text) at `path`.
pub fn rows_of(path: &std::path::Path) -> Vec<Row> {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let v: Value = serde_json::from_str(line).expect("a JSON line");
            Row {
                id: v["id"].as_str().unwrap().to_string(),
                rude: v["label"] == "rude",
                text: v["text"].as_str().unwrap().to_string(),
            }
        })
        .collect()
}

/// True for a row of the half kept back: chosen by a hash of its id, with
/// both sides of a paradetox pair ("…-rude", "…-calm") on the same side.
pub fn is_held_back(id: &str) -> bool {
    let stem = id
        .strip_suffix("-rude")
        .or_else(|| id.strip_suffix("-calm"))
        .unwrap_or(id);
    fnv_hash(stem, 0xcbf2_9ce4_8422_2325, 0x0100_0000_01b3) % 2 == 1
}

/// An FNV-style hash of `text`: from `basis`, each byte mixed in and
/// multiplied by `prime` (FNV-1a's are `0xcbf2_9ce4_8422_2325` and
/// `0x0100_0000_01b3`).
pub fn fnv_hash(text: &str, basis: u64, prime: u64) -> u64 {
    text.bytes()
        .fold(basis, |h, b| (h ^ u64::from(b)).wrapping_mul(prime))
}

/// The text as the body of a reply to a client.
pub fn draft_of(text: &str) -> Draft {
    Draft {
        from: "Anna Smith <anna@acme.com>".into(),
        to: vec!["Peter Brown <peter@client.com>".into()],
        subject: "Re: your message".into(),
        body: text.to_string(),
        now: Some("2025-03-12T10:00:00+00:00".into()),
        ..Draft::default()
    }
}

/// True when a finding is a tone finding.
pub fn is_tone(finding: &Finding) -> bool {
    TONE_RULES.contains(&finding.rule.as_str())
}

/// Recall on the rude rows and false alarms on the calm ones of a file.
pub struct Figures {
    pub rude: usize,
    pub rude_found: usize,
    pub calm: usize,
    pub calm_flagged: usize,
}

impl Figures {
    pub fn recall(&self) -> f64 {
        self.rude_found as f64 / self.rude.max(1) as f64
    }
    pub fn false_alarms(&self) -> f64 {
        self.calm_flagged as f64 / self.calm.max(1) as f64
    }
}

/// Checks the rows of `file` on one side of the split.
pub fn figures(checker: &Checker, file: &str, held_back: bool) -> Figures {
    let config = Config::default();
    let mut f = Figures {
        rude: 0,
        rude_found: 0,
        calm: 0,
        calm_flagged: 0,
    };
    for row in rows(file)
        .into_iter()
        .filter(|r| is_held_back(&r.id) == held_back)
    {
        let found = checker
            .check(&draft_of(&row.text), &config)
            .unwrap()
            .iter()
            .any(is_tone);
        if row.rude {
            f.rude += 1;
            f.rude_found += usize::from(found);
        } else {
            f.calm += 1;
            f.calm_flagged += usize::from(found);
        }
    }
    f
}

/// A file of `en-support-replies-twcs`: the brand's reply as the letter,
/// the customer's tweet as the message it answers (the file holds both,
/// under `--- customer ---` and `--- brand reply ---`).
pub fn support_reply_draft(path: &std::path::Path) -> Draft {
    let text = std::fs::read_to_string(path).expect("a support reply file");
    let (customer, reply) = text
        .split_once("--- brand reply ---")
        .expect("a --- brand reply --- section");
    let customer = customer
        .split_once("--- customer ---")
        .map_or(customer, |(_, c)| c);
    let mut draft = draft_of(reply.trim());
    draft.subject = "Re: your message".into();
    draft.reply_to = Some(presend::draft::ReplyTo {
        from: "Customer <customer@example.com>".into(),
        date: "2025-03-12T09:00:00+00:00".into(),
        body: customer.trim().to_string(),
    });
    draft
}

/// The files of a corpus folder, sorted.
pub fn corpus_files(name: &str) -> Vec<std::path::PathBuf> {
    let dir = folder("corpus").expect("../shared/corpus").join(name);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "eml"))
        .collect();
    files.sort();
    files
}
