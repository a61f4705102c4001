//! Test helpers for rules: drafts in one line, assertions that read like
//! specifications.

use crate::checker::run_rules;
use crate::config::Config;
use crate::context::Context;
use crate::draft::Draft;
use crate::finding::Finding;
use crate::i18n::UiLang;
use crate::rules::Rule;

/// A draft from Anna at acme.com to Peter Brown at client.com with this body
/// and a subject.
pub fn letter(body: &str) -> Draft {
    Draft {
        from: "Anna Smith <anna@acme.com>".into(),
        to: vec!["Peter Brown <peter@client.com>".into()],
        subject: "Contract".into(),
        body: body.into(),
        ..Draft::default()
    }
}

/// Runs one rule on a draft with a configuration.
pub fn run_with(rule: &dyn Rule, draft: &Draft, config: &Config) -> Vec<Finding> {
    let ctx = Context::new(draft, config);
    run_rules(&ctx, std::iter::once(rule))
}

/// Runs one rule on a draft with the default configuration.
pub fn run(rule: &dyn Rule, draft: &Draft) -> Vec<Finding> {
    run_with(rule, draft, &Config::default())
}

/// The excerpts the rule flags in a letter with this body.
#[track_caller]
pub fn excerpts(rule: &dyn Rule, body: &str) -> Vec<String> {
    run(rule, &letter(body))
        .into_iter()
        .map(|f| f.excerpt)
        .collect()
}

/// The excerpts the rule flags in a letter with this body to one recipient.
#[track_caller]
pub fn excerpts_to(rule: &dyn Rule, recipient: &str, body: &str) -> Vec<String> {
    let mut draft = letter(body);
    draft.to = vec![recipient.into()];
    run(rule, &draft).into_iter().map(|f| f.excerpt).collect()
}

/// Asserts the rule flags exactly `count` spans in a letter with this body.
#[track_caller]
pub fn assert_lint_count(body: &str, rule: &dyn Rule, count: usize) {
    let found = run(rule, &letter(body));
    assert_eq!(found.len(), count, "body {body:?} gave {found:#?}");
}

/// Asserts that the rule finds something in a letter with this body.
#[track_caller]
pub fn assert_lints(body: &str, rule: &dyn Rule) {
    assert!(
        !run(rule, &letter(body)).is_empty(),
        "expected a finding in {body:?}"
    );
}

/// Asserts the rule flags nothing in a letter with this body.
#[track_caller]
pub fn assert_no_lints(body: &str, rule: &dyn Rule) {
    assert_lint_count(body, rule, 0);
}

/// Asserts that the rule flags, in each `(body, words)` of `flagged`, a span
/// containing `words`, and flags nothing in any body of `spared`.
#[track_caller]
pub fn assert_flags_each_and_spares(rule: &dyn Rule, flagged: &[(&str, &str)], spared: &[&str]) {
    for (body, words) in flagged {
        let found = excerpts(rule, body);
        assert!(found.iter().any(|f| f.contains(words)), "{body}: {found:?}");
    }
    for body in spared {
        assert_no_lints(body, rule);
    }
}

/// Asserts that the rule flags something in each body of `flagged` and
/// nothing in any body of `spared`.
#[track_caller]
pub fn assert_flags_all_and_spares(rule: &dyn Rule, flagged: &[&str], spared: &[&str]) {
    for body in flagged {
        assert_lints(body, rule);
    }
    for body in spared {
        assert_no_lints(body, rule);
    }
}

/// Asserts that applying the rule's first suggestion to the body gives `fixed`.
#[track_caller]
pub fn assert_suggestion_result(body: &str, rule: &dyn Rule, fixed: &str) {
    let found = run(rule, &letter(body));
    let first = found
        .first()
        .unwrap_or_else(|| panic!("no finding in {body:?}"));
    let suggestion = first
        .suggestion
        .as_deref()
        .expect("finding has no suggestion");
    let units: Vec<u16> = body.encode_utf16().collect();
    let mut out: Vec<u16> = units[..first.start].to_vec();
    out.extend(suggestion.encode_utf16());
    out.extend_from_slice(&units[first.end..]);
    assert_eq!(String::from_utf16(&out).unwrap(), fixed);
}

/// The messages a rule gives in each interface language, for checking that
/// none is missing.
#[track_caller]
pub fn messages_in_every_language(rule: &dyn Rule, draft: &Draft) -> Vec<String> {
    [UiLang::En, UiLang::Ru, UiLang::El]
        .into_iter()
        .map(|ui_lang| {
            let config = Config {
                ui_lang,
                ..Config::default()
            };
            let found = run_with(rule, draft, &config);
            let message = found.first().expect("the rule should fire").message.clone();
            assert!(!message.is_empty());
            message
        })
        .collect()
}

/// The signs the tone judgement finds in a letter with this body, each as
/// its kind and its words ("Charged \"απάτη\""): a list's own sign tested
/// apart from the weights that add signs up.
pub fn tone_signs(body: &str) -> Vec<String> {
    let draft = letter(body);
    let config = Config::default();
    let ctx = Context::new(&draft, &config);
    crate::tone::Judgement::of(&ctx).describe_signs(&ctx)
}
