//! Every quick fix the core offers, in each language, applied to the draft
//! the way the add-ons apply it (the span replaced by the suggestion), then
//! checked again: the fix must cure what it was offered for, bring no new
//! problem, and never damage the letter — a sentence keeps its capital
//! letter, and a Greek word keeps its accent (monotonic Greek writes one on
//! every word of more than one syllable; capitals carry none, so lowering
//! them cannot know where it goes).
//!
//! Drafts: tests/fixtures/quick-fixes.json (something for every rule that
//! offers a fix, in en, ru and el), the dialog's samples in
//! tests/e2e/drafts.json, and the JSON drafts of tests/fixtures/drafts.
#![allow(clippy::disallowed_methods)] // sorts freely: not in the module

use presend::context::LIST_SEPARATOR;
use presend::span::utf16_to_byte;
use presend::{Checker, Config, Draft, Field, Finding, UiLang};
use std::collections::BTreeSet;
use std::path::Path;

/// Fixes the core still offers although they damage the letter, by rule and
/// language, each with what the core must change. The test expects them to
/// damage it (so it fails, asking to remove the entry, once the core is
/// right) and checks everything else about them.
const AWAITING_CORE_FIX: &[(&str, &str, &str)] = &[];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The drafts to try, with the interface language their messages are in.
fn drafts() -> Vec<(String, UiLang, Draft)> {
    let mut out = Vec::new();
    let read = |path: &Path| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    };
    let quick = read(&root().join("tests/fixtures/quick-fixes.json"));
    let samples = read(&root().join("tests/e2e/drafts.json"));
    for (code, lang) in [("en", UiLang::En), ("ru", UiLang::Ru), ("el", UiLang::El)] {
        for (i, draft) in quick[code].as_array().unwrap().iter().enumerate() {
            let draft: Draft = serde_json::from_value(draft.clone()).unwrap();
            out.push((format!("quick-fixes.json {code} #{i}"), lang, draft));
        }
        for set in ["one_finding", "ten_findings"] {
            let mut draft: Draft = serde_json::from_value(samples[set][code].clone()).unwrap();
            draft.from = "Alice <alice@acme.com>".into();
            draft.to = vec!["Bob Client <bob@client.example>".into()];
            out.push((format!("drafts.json {set} {code}"), lang, draft));
        }
    }
    let fixtures = root().join("tests/fixtures/drafts");
    let mut files: Vec<_> = std::fs::read_dir(&fixtures)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    for path in files {
        let draft: Draft = serde_json::from_value(read(&path)).unwrap();
        if draft.body.is_empty() && !draft.html.is_empty() {
            continue; // the add-ons always pass the text; offsets index it
        }
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        for lang in [UiLang::En, UiLang::Ru, UiLang::El] {
            out.push((name.clone(), lang, draft.clone()));
        }
    }
    out
}

fn lang_code(lang: UiLang) -> &'static str {
    match lang {
        UiLang::En => "en",
        UiLang::Ru => "ru",
        UiLang::El => "el",
    }
}

/// The draft with the finding's span replaced by its suggestion, as the
/// add-ons do it (offsets are UTF-16 units into the field's text).
fn apply(draft: &Draft, finding: &Finding) -> Draft {
    let suggestion = finding.suggestion.as_deref().unwrap();
    let splice = |text: &str| {
        let start = utf16_to_byte(text, finding.start);
        let end = utf16_to_byte(text, finding.end);
        assert_eq!(
            &text[start..end],
            finding.excerpt,
            "the span is the excerpt"
        );
        format!("{}{}{}", &text[..start], suggestion, &text[end..])
    };
    let mut fixed = draft.clone();
    let list = |addresses: &[String]| -> Vec<String> {
        splice(&addresses.join(LIST_SEPARATOR))
            .split(LIST_SEPARATOR)
            .map(str::to_string)
            .collect()
    };
    match finding.field {
        Field::Subject => fixed.subject = splice(&draft.subject),
        Field::Body => fixed.body = splice(&draft.body),
        Field::To => fixed.to = list(&draft.to),
        Field::Cc => fixed.cc = list(&draft.cc),
        Field::Bcc => fixed.bcc = list(&draft.bcc),
        Field::Attachments => panic!("a fix of the attachment names: {finding:?}"),
    }
    fixed
}

/// What a finding is about, wherever it now sits in the text and whatever
/// its case (lowering shouted words leaves the rest of the tone as it was).
fn identity(finding: &Finding) -> (String, String) {
    (finding.rule.clone(), finding.excerpt.to_lowercase())
}

const GREEK_ACCENTED: &str = "άέήίόύώΐΰ";

/// Syllables of a lower-case Greek word: its vowel groups. Diphthongs
/// ("ει", "ου", "αι"…) count once, and so does an unaccented "ι" before
/// another vowel (synizesis: "γεια", "μια", "ποιος" are one syllable and
/// written without an accent).
fn greek_syllables(word: &str) -> usize {
    const VOWELS: &str = "αεηιουωάέήίόύώϊϋΐΰ";
    let chars: Vec<char> = word.chars().collect();
    let mut count = 0;
    for (i, &c) in chars.iter().enumerate() {
        if !VOWELS.contains(c) {
            continue;
        }
        let previous = i.checked_sub(1).map(|j| chars[j]);
        let joins_previous = match previous {
            Some(p) => {
                matches!(
                    (p, c),
                    ('α' | 'ε' | 'ο' | 'υ', 'ι') | ('ο' | 'α' | 'ε', 'υ')
                ) || (p == 'ι' && VOWELS.contains(c))
            }
            None => false,
        };
        if !joins_previous {
            count += 1;
        }
    }
    count
}

/// A word as its author may have typed it: lower case, Latin look-alikes
/// read as the Greek letters they stand for ("πελaτη" is "πελατη").
fn as_typed(word: &str) -> String {
    word.to_lowercase()
        .chars()
        .map(|c| match c {
            'a' => 'α',
            'e' => 'ε',
            'o' => 'ο',
            'i' => 'ι',
            'u' => 'υ',
            'k' => 'κ',
            'x' => 'χ',
            'p' => 'ρ',
            't' => 'τ',
            'v' => 'ν',
            _ => c,
        })
        .collect()
}

/// How the fix damages the letter, if it does.
fn damage(draft: &Draft, finding: &Finding) -> Option<String> {
    let suggestion = finding.suggestion.as_deref().unwrap_or_default();
    // Greek words of more than one syllable that lost (or never got) an
    // accent — unless the author wrote them so, in lower case (capitals
    // carry no accent, so a shouted word tells nothing about it).
    let authors_spelling: BTreeSet<String> = finding
        .excerpt
        .split(|c: char| !c.is_alphabetic())
        .filter(|word| word.chars().any(char::is_lowercase))
        .map(as_typed)
        .collect();
    for word in suggestion.split(|c: char| !c.is_alphabetic()) {
        let is_greek_lower = !word.is_empty()
            && word.chars().all(|c| {
                ('\u{0370}'..='\u{03ff}').contains(&c) || ('\u{1f00}'..='\u{1fff}').contains(&c)
            })
            && word.chars().any(char::is_lowercase);
        if is_greek_lower
            && !authors_spelling.contains(&as_typed(word))
            && greek_syllables(&word.to_lowercase()) > 1
            && !word
                .chars()
                .any(|c| GREEK_ACCENTED.contains(c.to_lowercase().next().unwrap()))
        {
            return Some(format!("the Greek word “{word}” has lost its accent"));
        }
    }
    // A sentence that started with a capital starts with one still.
    if finding.field == Field::Body {
        let body = &draft.body;
        let start = utf16_to_byte(body, finding.start);
        let before = body[..start].trim_end_matches([' ', '\t']);
        let starts_sentence = before.is_empty() || before.ends_with(['\n', '.', '!', '?']);
        let first = |text: &str| text.chars().find(|c| c.is_alphabetic());
        if starts_sentence
            && first(&finding.excerpt).is_some_and(char::is_uppercase)
            && first(suggestion).is_some_and(char::is_lowercase)
        {
            return Some("the sentence lost its capital letter".into());
        }
    }
    None
}

#[test]
fn every_quick_fix_cures_its_finding_and_damages_nothing() {
    let checker = Checker::new();
    let mut tried: BTreeSet<(String, &'static str)> = BTreeSet::new();
    let mut still_damaging: BTreeSet<(String, &'static str)> = BTreeSet::new();
    let mut failures = Vec::new();
    for (name, lang, draft) in drafts() {
        let config = Config {
            ui_lang: lang,
            ..Config::default()
        };
        let before = checker.check(&draft, &config).unwrap();
        for finding in before.iter().filter(|f| f.suggestion.is_some()) {
            let code = lang_code(lang);
            tried.insert((finding.rule.clone(), code));
            let label = format!(
                "{name} ({code}): {} “{}” → “{}”",
                finding.rule,
                finding.excerpt,
                finding.suggestion.as_deref().unwrap()
            );
            let fixed = apply(&draft, finding);
            let after = checker.check(&fixed, &config).unwrap();
            // Cured: the same problem is not found again…
            if after.iter().any(|f| identity(f) == identity(finding)) {
                failures.push(format!("{label}: still found after the fix"));
            }
            // …and nothing new appears.
            let mut left: Vec<(String, String)> = before.iter().map(identity).collect();
            left.retain(|id| id != &identity(finding));
            for new in after.iter().map(identity).filter(|id| !left.contains(id)) {
                // The fixed span itself may be reported again, reworded
                // by the same rule only if it was not cured: caught above.
                failures.push(format!("{label}: the fix brings a new finding {new:?}"));
            }
            let awaited = AWAITING_CORE_FIX
                .iter()
                .any(|(rule, l, _)| *rule == finding.rule && *l == code);
            match damage(&draft, finding) {
                Some(harm) if awaited => {
                    still_damaging.insert((finding.rule.clone(), code));
                    eprintln!("awaiting the core: {label}: {harm}");
                }
                Some(harm) => failures.push(format!("{label}: {harm}")),
                None => {}
            }
        }
    }
    for (rule, lang, change) in AWAITING_CORE_FIX {
        let key = (rule.to_string(), *lang);
        if tried.contains(&key) && !still_damaging.contains(&key) {
            failures.push(format!(
                "{rule} ({lang}) no longer damages the letter ({change}): remove it from AWAITING_CORE_FIX"
            ));
        }
    }
    // Every rule that offers fixes was tried in each language it checks.
    for rule in [
        "repeated-word",
        "shouting",
        "spacing",
        "mixed-script",
        "url-trailing-punctuation",
        "recipient-typo",
        "generic-greeting",
        "missing-greeting",
        "long-lines",
    ] {
        for lang in ["en", "ru", "el"] {
            if !tried.contains(&(rule.to_string(), lang)) {
                failures.push(format!("no draft gives a {rule} fix in {lang}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_damage_check_catches_what_it_is_for() {
    let finding = |excerpt: &str, suggestion: &str, start: usize| Finding {
        rule: "shouting".into(),
        severity: presend::Severity::Warning,
        field: Field::Body,
        start,
        end: start + excerpt.encode_utf16().count(),
        excerpt: excerpt.into(),
        message: String::new(),
        suggestion: Some(suggestion.into()),
    };
    let draft = |body: &str| Draft {
        body: body.into(),
        ..Draft::default()
    };
    let greek = draft("ΕΙΝΑΙ ΑΠΑΡΑΔΕΚΤΟ!");
    assert!(damage(&greek, &finding("ΕΙΝΑΙ ΑΠΑΡΑΔΕΚΤΟ", "Ειναι απαραδεκτο", 0)).is_some());
    assert!(damage(&greek, &finding("ΕΙΝΑΙ ΑΠΑΡΑΔΕΚΤΟ", "Είναι απαράδεκτο", 0)).is_none());
    assert!(damage(&draft("Να μας πείτε"), &finding("ΝΑ ΜΑΣ", "να μας", 0)).is_some());
    let english = draft("Fine. WE PAID IT.");
    assert!(damage(&english, &finding("WE PAID IT", "we paid it", 6)).is_some());
    assert!(damage(&english, &finding("WE PAID IT", "We paid it", 6)).is_none());
    assert_eq!(greek_syllables("ειναι"), 2);
    assert_eq!(greek_syllables("μας"), 1);
    assert_eq!(greek_syllables("γεια"), 1);
    assert_eq!(greek_syllables("πελατη"), 3);
    // The author's own spelling is not the fix's damage.
    let typed = draft("Στον πελaτη.");
    let mut slip = finding("πελaτη", "πελατη", 5);
    slip.rule = "mixed-script".into();
    assert!(damage(&typed, &slip).is_none());
}
