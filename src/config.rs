//! The configuration: one table of defaults, overridable per key.

use crate::finding::Severity;
use crate::i18n::UiLang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A rule's setting: on/off and a severity override.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RuleSetting {
    /// `false` turns the rule off; missing means on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Reports the rule's findings with this severity instead of its own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
}

/// The house style for the Russian polite "вы".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VyStyle {
    /// "вы" in lowercase mid-sentence (the seed's advice).
    #[default]
    Lowercase,
    /// "Вы" capitalised when writing to one person.
    Capital,
}

/// Everything a user or an administrator can set. Every key is optional in
/// JSON; unknown keys are ignored so the add-ons can keep their own settings
/// beside these.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Config {
    /// The language of findings' messages.
    pub ui_lang: UiLang,
    /// Per-rule settings, by rule ID.
    pub rules: BTreeMap<String, RuleSetting>,
    /// The company's own mail domains, besides the sender's own domain
    /// (which counts unless it is a public mail provider).
    pub internal_domains: Vec<String>,
    /// Hours after which a reply counts as late (`slow-reply`).
    pub reply_delay_hours: f64,
    /// Recipients that make a mail "bulk" (`missing-unsubscribe`).
    pub bulk_recipients: usize,
    /// Width beyond which a plain-text line is long (`long-lines`).
    pub line_length: usize,
    /// Words of the author's own text beyond which a letter is long (`too-long`).
    pub max_words: usize,
    /// The house style for "вы" (`vy-capitalization`).
    pub vy_style: VyStyle,
}

/// The default of [`Config::max_words`]: the words of a client letter at
/// most.
pub const DEFAULT_MAX_WORDS: usize = 250;

impl Default for Config {
    fn default() -> Self {
        Config {
            ui_lang: UiLang::En,
            rules: BTreeMap::new(),
            internal_domains: Vec::new(),
            reply_delay_hours: 24.0,
            bulk_recipients: 10,
            line_length: 78,
            max_words: DEFAULT_MAX_WORDS,
            vy_style: VyStyle::Lowercase,
        }
    }
}

impl Config {
    /// Whether the rule `id` is on.
    pub fn is_enabled(&self, id: &str) -> bool {
        self.rules.get(id).and_then(|s| s.enabled).unwrap_or(true)
    }

    /// The rule's severity after the override, if any.
    pub fn severity_of(&self, id: &str, default: Severity) -> Severity {
        self.rules
            .get(id)
            .and_then(|s| s.severity)
            .unwrap_or(default)
    }

    /// Checks the values a JSON file or a JS object could get wrong, against
    /// the ranges of [`crate::settings::SETTINGS`].
    pub fn validate(&self) -> Result<(), String> {
        use crate::settings::check_range;
        check_range("reply_delay_hours", self.reply_delay_hours)?;
        check_range("bulk_recipients", self.bulk_recipients as f64)?;
        check_range("line_length", self.line_length as f64)?;
        check_range("max_words", self.max_words as f64)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_config_keeps_other_defaults() {
        let config: Config = serde_json::from_str(
            r#"{"ui_lang": "ru", "rules": {"repeated-word": {"enabled": false}}, "threshold": "info"}"#,
        )
        .unwrap();
        assert_eq!(config.ui_lang, UiLang::Ru);
        assert!(!config.is_enabled("repeated-word"));
        assert!(config.is_enabled("missing-subject"));
        assert_eq!(config.line_length, 78);
    }

    #[test]
    fn severity_override_applies() {
        let config: Config =
            serde_json::from_str(r#"{"rules": {"missing-subject": {"severity": "error"}}}"#)
                .unwrap();
        assert_eq!(
            config.severity_of("missing-subject", Severity::Warning),
            Severity::Error
        );
    }

    #[test]
    fn rejects_negative_delay() {
        let config = Config {
            reply_delay_hours: -1.0,
            ..Config::default()
        };
        assert!(config.validate().unwrap_err().contains("reply_delay_hours"));
    }
}
