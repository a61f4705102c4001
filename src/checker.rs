//! The checker: rules prepared once, then run on each draft.

use crate::config::Config;
use crate::context::{Context, Diagnostic};
use crate::draft::Draft;
use crate::finding::{Field, Finding};
use crate::rules::{prepare_all, Rule, RuleInfo};
use crate::span::bytes_to_utf16;
use std::fmt;

/// Why a draft could not be checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckError {
    /// The configuration has a value that makes no sense.
    BadConfig(String),
}

impl fmt::Display for CheckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CheckError::BadConfig(why) => write!(f, "bad configuration: {why}"),
        }
    }
}

impl std::error::Error for CheckError {}

/// The rules, prepared once and reused for every draft.
pub struct Checker {
    rules: Vec<Box<dyn Rule>>,
}

impl Default for Checker {
    fn default() -> Self {
        Checker::new()
    }
}

impl Checker {
    /// Prepares every rule of the catalogue.
    pub fn new() -> Checker {
        Checker {
            rules: prepare_all(),
        }
    }

    /// The catalogue entries of the prepared rules.
    pub fn rules(&self) -> impl Iterator<Item = &'static RuleInfo> + '_ {
        self.rules.iter().map(|r| r.info())
    }

    /// Checks `draft` with every rule `config` leaves on. Findings come
    /// sorted by severity (errors first), then field and position. A draft
    /// of any size is checked: beyond the limits of
    /// [`Draft::within_limits`] it is read in part, and a `partly-checked`
    /// finding says so.
    pub fn check(&self, draft: &Draft, config: &Config) -> Result<Vec<Finding>, CheckError> {
        config.validate().map_err(CheckError::BadConfig)?;
        let (draft, shortened) = draft.within_limits();
        let mut ctx = Context::new(&draft, config);
        ctx.shortened = shortened;
        let enabled = self.rules.iter().filter(|r| config.is_enabled(r.info().id));
        Ok(run_rules(&ctx, enabled.map(|r| r.as_ref())))
    }
}

/// Runs `rules` on a prepared context and turns their diagnostics into
/// sorted findings with UTF-16 spans.
pub(crate) fn run_rules<'r>(
    ctx: &Context,
    rules: impl Iterator<Item = &'r dyn Rule>,
) -> Vec<Finding> {
    let mut raw: Vec<(&'static RuleInfo, Diagnostic)> = Vec::new();
    let mut diagnostics = Vec::new();
    for rule in rules {
        rule.check(ctx, &mut diagnostics);
        raw.extend(diagnostics.drain(..).map(|d| (rule.info(), d)));
    }
    let mut findings = Vec::with_capacity(raw.len());
    for field in [
        Field::Subject,
        Field::To,
        Field::Cc,
        Field::Bcc,
        Field::Attachments,
        Field::Body,
    ] {
        let in_field: Vec<_> = raw.iter().filter(|(_, d)| d.field == field).collect();
        if in_field.is_empty() {
            continue;
        }
        let text = ctx.field_text(field);
        let ranges: Vec<_> = in_field
            .iter()
            .map(|(_, d)| clamp_to_chars(&text, d.range.clone()))
            .collect();
        let offsets: Vec<usize> = ranges.iter().flat_map(|r| [r.start, r.end]).collect();
        let utf16 = bytes_to_utf16(&text, &offsets);
        for (i, ((info, d), range)) in in_field.into_iter().zip(ranges).enumerate() {
            findings.push(Finding {
                rule: info.id.to_string(),
                severity: match ctx.config.severity_of(info.id, info.severity) {
                    severity if d.softened => severity.one_step_lower(),
                    severity => severity,
                },
                field,
                start: utf16[2 * i],
                end: utf16[2 * i + 1],
                excerpt: text[range].to_string(),
                message: d.message.clone(),
                suggestion: d.suggestion.clone(),
            });
        }
    }
    crate::sort::sort_by(&mut findings, |a, b| {
        b.severity
            .cmp(&a.severity)
            .then(a.field.cmp(&b.field))
            .then(a.start.cmp(&b.start))
            .then(a.end.cmp(&b.end))
            .then(a.rule.cmp(&b.rule))
    });
    findings.dedup_by(|a, b| {
        a.rule == b.rule && a.field == b.field && a.start == b.start && a.end == b.end
    });
    findings
}

/// Keeps a rule's byte range inside the text and on char boundaries.
fn clamp_to_chars(text: &str, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let fix = |mut at: usize| {
        at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let start = fix(range.start);
    start..fix(range.end).max(start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Severity;

    #[test]
    fn empty_draft_is_checked_without_panicking() {
        let findings = Checker::new()
            .check(&Draft::default(), &Config::default())
            .unwrap();
        assert!(findings.iter().any(|f| f.rule == "missing-subject"));
    }

    #[test]
    fn sorted_by_severity_then_position_with_utf16_spans() {
        let draft = Draft {
            subject: "".into(),
            body: "Привет 😀 the the file is attached.".into(),
            ..Draft::default()
        };
        let findings = Checker::new().check(&draft, &Config::default()).unwrap();
        let ids: Vec<_> = findings.iter().map(|f| f.rule.as_str()).collect();
        assert_eq!(
            ids,
            ["forgotten-attachment", "missing-subject", "repeated-word"]
        );
        let repeated = &findings[2];
        let utf16: Vec<u16> = draft.body.encode_utf16().collect();
        assert_eq!(
            String::from_utf16(&utf16[repeated.start..repeated.end]).unwrap(),
            repeated.excerpt
        );
        assert_eq!(repeated.excerpt, "the the");
    }

    #[test]
    fn insults_disguised_with_latin_letters_are_insults_in_mixed_script() {
        let draft = Draft {
            subject: "Ответ".into(),
            body: "Здравствуйте. Вы дурaк, и ваш менеджер дeбuл0в.".into(),
            ..Draft::default()
        };
        let findings = Checker::new().check(&draft, &Config::default()).unwrap();
        let of = |rule: &str| -> Vec<&str> {
            findings
                .iter()
                .filter(|f| f.rule == rule)
                .map(|f| f.excerpt.as_str())
                .collect()
        };
        assert_eq!(of("insult"), ["дурaк", "дeбuл0в"]);
        assert!(of("mixed-script").contains(&"дурaк"), "{findings:?}");
        // The same words written in Cyrillic are insults too, and a Latin
        // sentence with the same letters is left alone.
        let plain = Draft {
            body: "Здравствуйте. Вы дурак.".into(),
            ..draft.clone()
        };
        let plain = Checker::new().check(&plain, &Config::default()).unwrap();
        assert!(plain.iter().any(|f| f.rule == "insult"));
        let english = Draft {
            body: "Hello. The taxi to Moscow costs 300 EUR, see page 3b.".into(),
            ..draft
        };
        let english = Checker::new().check(&english, &Config::default()).unwrap();
        assert!(!english
            .iter()
            .any(|f| f.rule == "insult" || f.rule == "mixed-script"));
    }

    #[test]
    fn configuration_turns_rules_off_and_changes_severity() {
        let config: Config = serde_json::from_str(
            r#"{"rules": {"missing-subject": {"severity": "info"}, "repeated-word": {"enabled": false}}}"#,
        )
        .unwrap();
        let draft = Draft {
            body: "the the".into(),
            ..Draft::default()
        };
        let findings = Checker::new().check(&draft, &config).unwrap();
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].severity, Severity::Info);
    }
}
