//! The wording model of the tone judgement (`src/tone/wording.rs`) on
//! letters written for it before it was trained (`tests/fixtures/wording/`,
//! en, ru, el; not the everyday Greek of `el-everyday.jsonl`, which trains
//! it): the calm letters get no tone finding; an angry letter that no listed
//! sign decides and the wording finds shows the sentences that weigh most,
//! and the angry letters found do not become fewer.

#[path = "support/letters.rs"]
mod letters;

use letters::{letters_in, Letter, TONE_RULES};
use presend::context::Context;
use presend::tone::Judgement;
use presend::{Checker, Config};
use std::path::PathBuf;

/// The angry letters missed when the model was trained (2026-12-04), with
/// the score of their wording (above zero: found). `ru-w3` chases a
/// document in cold words (−35); `el-w1` names the "χάος" once, a charged
/// word too weak alone (−7); `el-w4` is the installation moved again (−87).
/// Every other angry letter of the fixtures is found, by the signs or by
/// its wording. Retrained on more letters that evening, `el-w1` is found
/// (55); with the letter form (the night of 2026-12-04: a text laid out
/// as a letter weighed against calm letters and calm mail only), `ru-w3`
/// (15) and `el-w4` (16) too; trained on short letters too (`train3/`,
/// that night), both are missed again (−21, −4); learning from the rounds
/// written for study (`train5/` to `train10/`, 2026-12-05 afternoon), both
/// are found (64, 36).
const MISSED: &[&str] = &[];

fn letters_of(lang: &str) -> Vec<Letter> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/wording")
        .join(format!("{lang}.txt"));
    letters_in(&path, lang)
}

#[test]
fn angry_wording_is_found_and_calm_letters_pass_in_each_language() {
    let checker = Checker::new();
    let config = Config::default();
    let mut failures = Vec::new();
    for lang in ["en", "ru", "el"] {
        let mut by_wording = 0;
        for letter in letters_of(lang) {
            let id = letter.id.as_str();
            let angry = letter.expect.iter().any(|e| e == "tone");
            let ctx = Context::new(&letter.draft, &config);
            let judgement = Judgement::of(&ctx);
            let findings = checker.check(&letter.draft, &config).unwrap();
            let tone: Vec<_> = findings
                .iter()
                .filter(|f| TONE_RULES.contains(&f.rule.as_str()))
                .collect();
            if !angry {
                if !tone.is_empty() {
                    failures.push(format!("{id} (calm): {tone:?}"));
                }
                continue;
            }
            if tone.is_empty() != MISSED.contains(&id) {
                failures.push(format!(
                    "{id}: found {}, wording score {:?} (listed as missed: {})",
                    !tone.is_empty(),
                    judgement.wording,
                    MISSED.contains(&id)
                ));
            }
            if judgement.wording.is_some_and(|score| score > 0) {
                by_wording += 1;
                // The finding names the sentences that weigh most (by their
                // opening words).
                let shown: Vec<String> = judgement
                    .evidence_for("emotional-tone")
                    .map(|e| ctx.field_text(e.field)[e.range.clone()].to_string())
                    .collect();
                let message = tone
                    .iter()
                    .find(|f| f.rule == "emotional-tone")
                    .map_or("", |f| f.message.as_str());
                let opening =
                    |s: &String| s.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
                if shown.is_empty() || !shown.iter().all(|s| message.contains(&opening(s))) {
                    failures.push(format!("{id}: {shown:?} not in {message:?}"));
                }
            }
        }
        // In ru the letters written for it are found by the signs, or not
        // at all (ru-w3); the model's reach in ru is measured on the
        // unread batches (tests/judgement.rs).
        if lang != "ru" && by_wording == 0 {
            failures.push(format!("{lang}: no letter found by its wording"));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
