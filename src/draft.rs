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
    /// Reads a draft from JSON text, as the command line and the tests take
    /// it: a leading byte-order mark is skipped, and an escape of half a
    /// surrogate pair (`"\ud800"`, which JS strings may hold) is read as
    /// U+FFFD — one UTF-16 unit for one, so offsets stay those of the JS
    /// string. Errors are one line for the user.
    pub fn from_json(text: &str) -> Result<Draft, String> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            return Err(
                "empty input: expected a JSON draft such as {\"subject\": \"…\", \"body\": \"…\"}"
                    .into(),
            );
        }
        let text = lone_surrogates_replaced(text);
        let value: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| format!("not valid JSON: {e}"))?;
        if !value.is_object() {
            return Err(
                "not a draft: expected a JSON object such as {\"subject\": \"…\", \"body\": \"…\"}"
                    .into(),
            );
        }
        serde_json::from_value(value).map_err(|e| format!("not a valid draft: {e}"))
    }
}

/// `text` with every `\uXXXX` escape of an unpaired surrogate replaced by
/// `\ufffd` (serde_json rejects them).
fn lone_surrogates_replaced(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("\\u") {
        return std::borrow::Cow::Borrowed(text);
    }
    let bytes = text.as_bytes();
    // The code unit of a `\uXXXX` escape at `at`.
    let unit = |at: usize| -> Option<u16> {
        let hex = bytes.get(at..at + 6)?;
        if hex[0] != b'\\' || hex[1] != b'u' {
            return None;
        }
        u16::from_str_radix(std::str::from_utf8(&hex[2..]).ok()?, 16).ok()
    };
    let is_high = |u: u16| (0xD800..0xDC00).contains(&u);
    let is_low = |u: u16| (0xDC00..0xE000).contains(&u);
    let mut out = String::with_capacity(text.len());
    let (mut at, mut copied) = (0, 0);
    while at < bytes.len() {
        if bytes[at] != b'\\' {
            at += 1;
            continue;
        }
        match unit(at) {
            Some(u) if is_high(u) && unit(at + 6).is_some_and(is_low) => at += 12,
            Some(u) if is_high(u) || is_low(u) => {
                out.push_str(&text[copied..at]);
                out.push_str("\\ufffd");
                at += 6;
                copied = at;
            }
            Some(_) => at += 6,
            // Any other escape is two characters: `\\` must not be read as
            // the start of the next one.
            None => at += 2,
        }
    }
    out.push_str(&text[copied..]);
    std::borrow::Cow::Owned(out)
}

/// The most bytes of one text field a check reads: 1 MiB, hundreds of
/// pages — far above any letter written for a person, and low enough that
/// the check of a 20 MB draft stays fast and its working memory bounded.
pub const MAX_FIELD_BYTES: usize = 1 << 20;

/// The most items of one list field (recipients, attachments) a check reads.
pub const MAX_LIST_ITEMS: usize = 50_000;

/// A part of a draft that was longer than a check reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortened {
    /// The subject.
    Subject,
    /// The sender.
    From,
    /// A recipient list, or the attachment names.
    List(crate::finding::Field),
    /// The plain-text body.
    Body,
    /// The HTML body.
    Html,
    /// The body of the message being answered.
    ReplyBody,
}

impl Draft {
    /// The draft as far as a check reads it — each text field cut to
    /// [`MAX_FIELD_BYTES`] (at a line break near the limit when there is
    /// one), each list to [`MAX_LIST_ITEMS`] items and [`MAX_FIELD_BYTES`]
    /// of text — and the parts that were cut. What is kept is a prefix of
    /// each field, so offsets into it are offsets into the field as given.
    pub fn within_limits(&self) -> (std::borrow::Cow<'_, Draft>, Vec<Shortened>) {
        use crate::finding::Field;
        let text_over = |t: &str| t.len() > MAX_FIELD_BYTES;
        let list_over = |l: &[String]| {
            l.len() > MAX_LIST_ITEMS
                || l.iter().map(|i| i.len() + 2).sum::<usize>() > MAX_FIELD_BYTES + 2
        };
        let reply_over = self.reply_to.as_ref().is_some_and(|r| text_over(&r.body));
        let lists = [
            (Field::To, &self.to),
            (Field::Cc, &self.cc),
            (Field::Bcc, &self.bcc),
            (Field::Attachments, &self.attachments),
        ];
        let over = text_over(&self.subject)
            || text_over(&self.from)
            || text_over(&self.body)
            || text_over(&self.html)
            || reply_over
            || lists.iter().any(|(_, l)| list_over(l));
        if !over {
            return (std::borrow::Cow::Borrowed(self), Vec::new());
        }
        let mut cut = Vec::new();
        let mut text = |t: &str, part: Shortened| -> String {
            if text_over(t) {
                cut.push(part);
                t[..cut_point(t)].to_string()
            } else {
                t.to_string()
            }
        };
        let mut draft = Draft {
            subject: text(&self.subject, Shortened::Subject),
            from: text(&self.from, Shortened::From),
            body: text(&self.body, Shortened::Body),
            html: text(&self.html, Shortened::Html),
            reply_to: self.reply_to.as_ref().map(|r| ReplyTo {
                body: text(&r.body, Shortened::ReplyBody),
                from: r.from.chars().take(1000).collect(),
                date: r.date.chars().take(1000).collect(),
            }),
            format: self.format,
            attachments_unknown: self.attachments_unknown,
            now: self.now.clone(),
            ..Draft::default()
        };
        for (field, list) in lists {
            let mut bytes = 0;
            let kept: Vec<String> = list
                .iter()
                .take(MAX_LIST_ITEMS)
                .take_while(|item| {
                    bytes += item.len() + 2;
                    bytes <= MAX_FIELD_BYTES + 2
                })
                .cloned()
                .collect();
            if kept.len() < list.len() {
                cut.push(Shortened::List(field));
            }
            match field {
                Field::To => draft.to = kept,
                Field::Cc => draft.cc = kept,
                Field::Bcc => draft.bcc = kept,
                _ => draft.attachments = kept,
            }
        }
        (std::borrow::Cow::Owned(draft), cut)
    }
}

/// Where to cut a text longer than [`MAX_FIELD_BYTES`]: after the last line
/// break of its final 4 KiB, or else at the last character that fits.
fn cut_point(text: &str) -> usize {
    let mut end = MAX_FIELD_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut start = end.saturating_sub(4096);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    text[start..end]
        .rfind('\n')
        .map_or(end, |at| start + at + 1)
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
    fn json_with_lone_surrogates_and_a_byte_order_mark() {
        let draft = Draft::from_json(
            "\u{feff}{\"subject\": \"a\\ud800b\", \"body\": \"\\udc00\\ud83d\\ude00\\\\ud800\"}",
        )
        .unwrap();
        assert_eq!(draft.subject, "a\u{fffd}b");
        assert_eq!(draft.body, "\u{fffd}😀\\ud800");
        assert!(Draft::from_json("[]").unwrap_err().contains("not a draft"));
        assert!(Draft::from_json(" ").unwrap_err().contains("empty input"));
        assert!(Draft::from_json("{")
            .unwrap_err()
            .contains("not valid JSON"));
    }

    #[test]
    fn null_recipients_are_empty() {
        let draft: Draft = serde_json::from_str(r#"{"cc": null}"#).unwrap();
        assert!(draft.cc.is_empty());
    }
}
