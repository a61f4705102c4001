//! The rule catalogue: one rule per file, each with its documentation, its
//! phrase lists (as data files beside it) and its tests.
//!
//! To add a rule: write `src/rules/<name>.rs` with [`declare_rule!`] and an
//! `impl Rule`, then add one line to the [`catalogue!`] list below.

use crate::context::{Context, Diagnostic};
use crate::finding::Severity;
use crate::i18n::Localized;
use crate::language::Lang;
use serde::Serialize;

#[cfg(test)]
pub(crate) mod testing;

// Helpers shared by several rules.
pub(crate) mod names;
pub(crate) mod spans;

/// What area of correspondence a rule is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// Tone and conflict.
    Tone,
    /// Leaks and privacy.
    Privacy,
    /// Bulk mail.
    Bulk,
    /// Content and structure.
    Content,
    /// Form and proofreading.
    Form,
}

/// How settled a rule is. A stable rule's ID never changes meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Published; its ID and meaning are fixed.
    Stable,
    /// Still being tuned on real mail.
    Preview,
}

/// A rule's entry in the catalogue.
#[derive(Debug, Serialize)]
pub struct RuleInfo {
    /// The stable kebab-case ID.
    pub id: &'static str,
    /// The severity of its findings, before configuration.
    pub severity: Severity,
    /// Its area.
    pub category: Category,
    /// The languages it checks (empty: language does not matter).
    pub languages: &'static [Lang],
    /// Stable or preview.
    pub status: Status,
    /// A short name for lists and the options page.
    pub title: Localized,
    /// One sentence on why it matters, shown under each finding.
    pub reason: Localized,
    /// The rule's documentation: its doc comment as written (see
    /// [`RuleInfo::docs_markdown`]). Empty in the WASM build: it is the
    /// team's reference (rustdoc); the command line, the add-ons and the web
    /// page show the users' guides instead, and leaving it out keeps about
    /// 20 KB (gzipped) off the module every Send loads.
    #[serde(skip)]
    pub docs: &'static str,
}

impl RuleInfo {
    /// The documentation with the doc comments' leading space removed.
    pub fn docs_markdown(&self) -> String {
        self.docs
            .lines()
            .map(|l| l.strip_prefix(' ').unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_string()
    }

    /// The text of one `## Section` of the documentation.
    pub fn docs_section(&self, heading: &str) -> Option<String> {
        let docs = self.docs_markdown();
        let start = docs.find(&format!("## {heading}\n"))? + heading.len() + 4;
        let rest = &docs[start..];
        let end = rest.find("\n## ").unwrap_or(rest.len());
        Some(rest[..end].trim().to_string())
    }
}

/// A catalogue entry as the CLI's `rules --format json` gives it: the
/// entry's fields and the user's guide to the rule as Markdown.
#[derive(Debug, Serialize)]
pub struct RuleDoc {
    /// The catalogue entry.
    #[serde(flatten)]
    pub info: &'static RuleInfo,
    /// The guide (`src/rules/docs/<lang>/<id>.md`), in one interface
    /// language.
    pub docs: &'static str,
}

impl RuleDoc {
    /// The entry with its guide in `lang` (empty for a rule without one).
    pub fn new(info: &'static RuleInfo, lang: crate::i18n::UiLang) -> RuleDoc {
        RuleDoc {
            info,
            docs: crate::guides::guide(info.id, lang).unwrap_or_default(),
        }
    }
}

/// A rule: looks at the prepared draft and reports what it finds.
pub trait Rule: Send + Sync {
    /// The rule's catalogue entry.
    fn info(&self) -> &'static RuleInfo;
    /// Appends the rule's findings for `ctx` to `out`.
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>);
}

/// Declares a rule's struct and its catalogue entry `INFO`, whose `docs` are
/// the struct's doc comment — written once, read by rustdoc, `presend
/// explain`, the options page and the web page.
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident { $($field:ident : $ty:ty),* $(,)? }
        info { $($key:ident : $value:expr),* $(,)? }
    ) => {
        $(#[doc = $doc])*
        pub struct $name { $($field: $ty),* }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        /// This rule's catalogue entry; its `docs` are the doc comment of the
        /// rule's struct (left out of the WASM build: see [`RuleInfo::docs`]).
        pub static INFO: $crate::rules::RuleInfo = $crate::rules::RuleInfo {
            docs: if cfg!(target_arch = "wasm32") {
                ""
            } else {
                concat!($($doc, "\n"),*)
            },
            $($key: $value),*
        };
    };
}

/// Builds [`catalogue`] and [`prepare_all`] from the one list of rules.
/// The modules themselves are declared above, outside the macro, so that
/// `cargo fmt` and other tools reach the rule files.
macro_rules! catalogue {
    ($($module:ident :: $rule:ident),* $(,)?) => {
        /// Every rule's catalogue entry, in registry order (cheap: nothing is
        /// prepared).
        pub fn catalogue() -> Vec<&'static RuleInfo> {
            vec![$(&$module::INFO),*]
        }

        /// Every rule, prepared for checking (phrase lists compiled).
        pub fn prepare_all() -> Vec<Box<dyn Rule>> {
            vec![$(Box::new($module::$rule::new())),*]
        }
    };
}

// The rules, one module each; the order of the catalogue is the list below.
pub mod bad_news_by_email;
pub mod bad_news_structure;
pub mod broken_unsubscribe;
pub mod cliche;
pub mod emotional_tone;
pub mod excuses;
pub mod exposed_recipients;
pub mod filler_words;
pub mod forgotten_attachment;
pub mod generic_greeting;
pub mod ignores_emotion;
pub mod indignation;
pub mod insult;
pub mod internal_quote;
pub mod internal_remark;
pub mod long_lines;
pub mod missing_greeting;
pub mod missing_subject;
pub mod missing_unsubscribe;
pub mod mixed_script;
pub mod name_mismatch;
pub mod over_apology;
pub mod partly_checked;
pub mod recipient_typo;
pub mod repeated_word;
pub mod shouting;
pub mod slow_reply;
pub mod spacing;
pub mod split_message;
pub mod template_placeholder;
pub mod time_waster_subject;
pub mod too_long;
pub mod url_trailing_punctuation;
pub mod vy_capitalization;

catalogue![
    // Tone and conflict, leaks and privacy, bulk mail.
    insult::Insult,
    indignation::Indignation,
    emotional_tone::EmotionalTone,
    shouting::Shouting,
    over_apology::OverApology,
    excuses::Excuses,
    ignores_emotion::IgnoresEmotion,
    internal_quote::InternalQuote,
    internal_remark::InternalRemark,
    exposed_recipients::ExposedRecipients,
    recipient_typo::RecipientTypo,
    missing_unsubscribe::MissingUnsubscribe,
    broken_unsubscribe::BrokenUnsubscribe,
    // (end of tone, privacy and bulk rules)
    // Content and structure.
    forgotten_attachment::ForgottenAttachment,
    missing_subject::MissingSubject,
    template_placeholder::TemplatePlaceholder,
    bad_news_by_email::BadNewsByEmail,
    bad_news_structure::BadNewsStructure,
    time_waster_subject::TimeWasterSubject,
    slow_reply::SlowReply,
    generic_greeting::GenericGreeting,
    missing_greeting::MissingGreeting,
    name_mismatch::NameMismatch,
    split_message::SplitMessage,
    too_long::TooLong,
    filler_words::FillerWords,
    cliche::Cliche,
    // (end of content rules)
    // Form and proofreading.
    url_trailing_punctuation::UrlTrailingPunctuation,
    repeated_word::RepeatedWord,
    long_lines::LongLines,
    vy_capitalization::VyCapitalization,
    mixed_script::MixedScript,
    spacing::Spacing,
    // (end of form rules)
    // Said when a draft is longer than a check reads.
    partly_checked::PartlyChecked,
];

#[cfg(test)]
mod catalogue_tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn ids_are_unique_kebab_case() {
        let mut seen = BTreeSet::new();
        for info in catalogue() {
            assert!(seen.insert(info.id), "duplicate rule id {}", info.id);
            assert!(
                info.id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{} is not kebab-case",
                info.id
            );
        }
    }

    #[test]
    fn every_rule_is_documented_in_the_same_sections() {
        for info in catalogue() {
            for section in ["What it does", "Why is this bad?", "Example", "Options"] {
                let text = info.docs_section(section);
                assert!(
                    text.is_some_and(|t| !t.is_empty()),
                    "rule {} lacks a '## {section}' section",
                    info.id
                );
            }
            for text in [info.title, info.reason] {
                assert!(!text.en.is_empty() && !text.ru.is_empty() && !text.el.is_empty());
            }
        }
    }

    #[test]
    fn every_rule_file_is_in_the_catalogue() {
        // A rule file left out of `catalogue!` would compile and never run.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
        let mut files = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let source = std::fs::read_to_string(&path).unwrap_or_default();
            if path.extension().is_some_and(|e| e == "rs") && source.contains("\ndeclare_rule! {") {
                files += 1;
            }
        }
        assert_eq!(files, catalogue().len());
    }

    #[test]
    fn every_rule_prepares_and_matches_its_entry() {
        let prepared = prepare_all();
        let listed = catalogue();
        assert_eq!(prepared.len(), listed.len());
        for (rule, info) in prepared.iter().zip(listed) {
            assert_eq!(rule.info().id, info.id);
        }
    }
}
