//! What a check reports: findings, their severity and the field they are in.

use serde::{Deserialize, Serialize};
use std::fmt;

/// How serious a finding is. Ordered from least to most serious.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; shown by "Check now", not on Send by default.
    Info,
    /// Likely to hurt the letter; the Send dialog shows it by default.
    Warning,
    /// Almost certainly a mistake the author would not want to send.
    Error,
}

impl Severity {
    /// The severity one step below this one (a note stays a note).
    pub fn one_step_lower(self) -> Severity {
        match self {
            Severity::Error => Severity::Warning,
            Severity::Warning | Severity::Info => Severity::Info,
        }
    }

    /// `error`, `warning` or `info`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The part of the draft a finding points into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    /// The subject line.
    Subject,
    /// The To recipients as given (the list's items, untrimmed, joined with
    /// `", "`; a string as it is).
    To,
    /// The Cc recipients, as for To.
    Cc,
    /// The Bcc recipients, as for To.
    Bcc,
    /// The attachment names, joined with `", "`.
    Attachments,
    /// The plain-text body.
    Body,
}

impl Field {
    /// The field's name as it appears in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Subject => "subject",
            Field::To => "to",
            Field::Cc => "cc",
            Field::Bcc => "bcc",
            Field::Attachments => "attachments",
            Field::Body => "body",
        }
    }
}

/// One problem found in a draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The rule's stable kebab-case ID, e.g. `forgotten-attachment`.
    pub rule: String,
    /// The severity after the configuration's overrides.
    pub severity: Severity,
    /// The field the span points into.
    pub field: Field,
    /// Start of the span, in UTF-16 code units from the start of the field.
    pub start: usize,
    /// End of the span (exclusive), in UTF-16 code units.
    pub end: usize,
    /// The text of the span.
    pub excerpt: String,
    /// What is wrong, in the interface language.
    pub message: String,
    /// A replacement for the span that fixes the problem, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
}
