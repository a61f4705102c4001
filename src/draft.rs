//! The draft: the input of a check, the same in the CLI, in JS and in tests.

use serde::{Deserialize, Deserializer, Serialize};
use std::ops::Range;

/// How the author composed the body.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text.
    #[default]
    Plain,
    /// HTML (the `html` field holds the markup, `body` its text).
    Html,
}

/// The message being answered, when the mail client knows it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReplyTo {
    /// Its author, `Name <addr>`.
    pub from: String,
    /// When it arrived: RFC 3339 (or RFC 2822, as in a mail header).
    pub date: String,
    /// Its plain text.
    pub body: String,
}

/// An email draft. Every field is optional in JSON: missing ones are empty,
/// unknown ones are ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    /// The sender, `Name <addr>`.
    pub from: String,
    /// To recipients as given: a JSON list, or one comma-separated string
    /// (kept as one item). Findings in the field point into the items
    /// joined with `", "`; each item may hold several addresses.
    #[serde(deserialize_with = "address_list")]
    pub to: Vec<String>,
    /// Cc recipients.
    #[serde(deserialize_with = "address_list")]
    pub cc: Vec<String>,
    /// Bcc recipients.
    #[serde(deserialize_with = "address_list")]
    pub bcc: Vec<String>,
    /// The subject line.
    pub subject: String,
    /// The plain-text body, quoted parts included as shown. When it is empty
    /// and `html` is not, the body is the text of `html`.
    pub body: String,
    /// The HTML body, when the draft is HTML.
    pub html: String,
    /// `plain` or `html`.
    pub format: Format,
    /// Names of the attached files.
    pub attachments: Vec<String>,
    /// True when the source cannot tell whether files were attached (a
    /// message converted to text without its MIME parts). Rules about
    /// missing attachments stay silent then.
    pub attachments_unknown: bool,
    /// The message being answered.
    pub reply_to: Option<ReplyTo>,
    /// The current time, RFC 3339; defaults to the clock.
    pub now: Option<String>,
}

impl Draft {
    /// Total size of the draft's text, in bytes.
    pub fn text_len(&self) -> usize {
        let lists = [&self.to, &self.cc, &self.bcc, &self.attachments];
        self.from.len()
            + self.subject.len()
            + self.body.len()
            + self.html.len()
            + lists
                .iter()
                .flat_map(|list| list.iter())
                .map(String::len)
                .sum::<usize>()
            + self
                .reply_to
                .as_ref()
                .map_or(0, |r| r.from.len() + r.date.len() + r.body.len())
    }
}

/// Splits `"A <a@x>, \"B, Jr.\" <b@y>"` into addresses, keeping commas that
/// are inside quotes or angle brackets.
pub fn split_address_list(text: &str) -> Vec<String> {
    address_ranges(text)
        .into_iter()
        .map(|r| text[r].to_string())
        .collect()
}

/// The byte ranges of the addresses in a list such as `"A <a@x>, \"B, Jr.\"
/// <b@y>; c@z"`: split at commas and semicolons outside quotes and angle
/// brackets, trimmed, empty ones left out.
pub fn address_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let (mut in_quotes, mut in_angle) = (false, false);
    let mut start = 0;
    let mut push = |range: Range<usize>| {
        let part = &text[range.clone()];
        let trimmed = part.trim_start();
        let from = range.start + (part.len() - trimmed.len());
        let to = from + trimmed.trim_end().len();
        if from < to {
            ranges.push(from..to);
        }
    };
    for (at, c) in text.char_indices() {
        match c {
            '"' => in_quotes = !in_quotes,
            '<' if !in_quotes => in_angle = true,
            '>' if !in_quotes => in_angle = false,
            ',' | ';' if !in_quotes && !in_angle => {
                push(start..at);
                start = at + 1;
            }
            _ => {}
        }
    }
    push(start..text.len());
    ranges
}

/// A list field as given: a JSON list of strings, one string (kept whole:
/// it is the field's text), or `null`.
fn address_list<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
        Nothing(()),
    }
    Ok(match OneOrMany::deserialize(deserializer)? {
        OneOrMany::One(text) => vec![text],
        OneOrMany::Many(list) => list,
        OneOrMany::Nothing(()) => Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_fields_are_empty_and_unknown_ones_ignored() {
        let draft: Draft = serde_json::from_str(r#"{"subject": "Hi", "colour": "red"}"#).unwrap();
        assert_eq!(draft.subject, "Hi");
        assert!(draft.to.is_empty() && draft.body.is_empty() && draft.reply_to.is_none());
    }

    #[test]
    fn recipients_may_be_one_string() {
        let text = "\"Brown, Peter\" <p@x.com>, Anna <a@y.ru>";
        let draft: Draft = serde_json::from_value(serde_json::json!({ "to": text })).unwrap();
        assert_eq!(draft.to, vec![text]);
        assert_eq!(
            split_address_list(text),
            vec!["\"Brown, Peter\" <p@x.com>", "Anna <a@y.ru>"]
        );
    }

    #[test]
    fn null_recipients_are_empty() {
        let draft: Draft = serde_json::from_str(r#"{"cc": null}"#).unwrap();
        assert!(draft.cc.is_empty());
    }
}
