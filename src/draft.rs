//! The draft: the input of a check, the same in the CLI, in JS and in tests.

use serde::de::{self, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;
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

/// The most bytes of a body a check reads — 512 KiB, some 80,000 words,
/// far above any letter written for a person, and low enough that a 20 MB
/// draft is checked fast and in bounded memory (the WebAssembly module's
/// memory never shrinks). Other parts of a draft are read up to their own,
/// smaller [`Shortened::limit`].
pub const MAX_FIELD_BYTES: usize = 512 << 10;

/// The most recipients a check reads (To, Cc and Bcc together).
pub const MAX_LIST_ITEMS: usize = 20_000;

/// A part of a draft that was longer than a check reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortened {
    /// The subject.
    Subject,
    /// The sender.
    From,
    /// A recipient list (To, Cc and Bcc share one limit), or the attachment
    /// names.
    List(crate::finding::Field),
    /// The plain-text body.
    Body,
    /// The HTML body.
    Html,
    /// The body of the message being answered.
    ReplyBody,
}

/// How much of a part a check reads: bytes of text, and items of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    /// Bytes of text (of a list: its items and their separators).
    pub bytes: usize,
    /// Items of a list.
    pub items: usize,
}

impl Shortened {
    /// How much of this part a check reads.
    pub fn limit(self) -> Limit {
        use crate::finding::Field;
        let text = |bytes| Limit { bytes, items: 1 };
        match self {
            Shortened::Subject | Shortened::From => text(16 << 10),
            Shortened::Body | Shortened::Html => text(MAX_FIELD_BYTES),
            Shortened::ReplyBody => text(128 << 10),
            Shortened::List(Field::Attachments) => Limit {
                bytes: 64 << 10,
                items: 1_000,
            },
            Shortened::List(_) => Limit {
                bytes: MAX_FIELD_BYTES,
                items: MAX_LIST_ITEMS,
            },
        }
    }
}

impl Draft {
    /// The draft as far as a check reads it — each part cut to its
    /// [`Shortened::limit`] (a text at a line break near the limit when
    /// there is one, a list after its last whole item) — and the parts that
    /// were cut. What is kept is a prefix of each field, so offsets into it
    /// are offsets into the field as given.
    pub fn within_limits(&self) -> (std::borrow::Cow<'_, Draft>, Vec<Shortened>) {
        use crate::finding::Field;
        let over = |t: &str, part: Shortened| t.len() > part.limit().bytes;
        let recipients = Shortened::List(Field::To).limit();
        let lists = [&self.to, &self.cc, &self.bcc];
        let count: usize = lists.iter().map(|l| l.len()).sum();
        let bytes: usize = lists
            .iter()
            .flat_map(|l| l.iter())
            .map(|i| i.len() + 2)
            .sum();
        let attachments = Shortened::List(Field::Attachments).limit();
        let attachment_bytes: usize = self.attachments.iter().map(|i| i.len() + 2).sum();
        let any_over = over(&self.subject, Shortened::Subject)
            || over(&self.from, Shortened::From)
            || over(&self.body, Shortened::Body)
            || over(&self.html, Shortened::Html)
            || self.reply_to.as_ref().is_some_and(|r| {
                over(&r.body, Shortened::ReplyBody) || r.from.len() + r.date.len() > 4096
            })
            || count > recipients.items
            || bytes > recipients.bytes + 2
            || self.attachments.len() > attachments.items
            || attachment_bytes > attachments.bytes + 2;
        if !any_over {
            return (std::borrow::Cow::Borrowed(self), Vec::new());
        }
        let mut cut = Vec::new();
        let mut text = |t: &str, part: Shortened| -> String {
            let limit = part.limit().bytes;
            if t.len() > limit {
                cut.push(part);
                t[..cut_point(t, limit)].to_string()
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
                from: r.from[..cut_point(&r.from, 2048)].to_string(),
                date: r.date[..cut_point(&r.date, 2048)].to_string(),
            }),
            format: self.format,
            attachments_unknown: self.attachments_unknown,
            now: self.now.clone(),
            ..Draft::default()
        };
        // To, Cc and Bcc share one budget, spent in that order.
        let (mut items, mut bytes) = (recipients.items, recipients.bytes + 2);
        for (field, list) in [
            (Field::To, &self.to),
            (Field::Cc, &self.cc),
            (Field::Bcc, &self.bcc),
        ] {
            let kept = keep(list, &mut items, &mut bytes);
            if kept.len() < list.len() {
                cut.push(Shortened::List(field));
            }
            match field {
                Field::To => draft.to = kept,
                Field::Cc => draft.cc = kept,
                _ => draft.bcc = kept,
            }
        }
        let (mut items, mut bytes) = (attachments.items, attachments.bytes + 2);
        draft.attachments = keep(&self.attachments, &mut items, &mut bytes);
        if draft.attachments.len() < self.attachments.len() {
            cut.push(Shortened::List(Field::Attachments));
        }
        (std::borrow::Cow::Owned(draft), cut)
    }
}

/// The items of `list` that fit in what is left of a budget of `items` and
/// `bytes` (each item counts its separator), which they use up.
fn keep(list: &[String], items: &mut usize, bytes: &mut usize) -> Vec<String> {
    let mut kept = Vec::new();
    for item in list {
        if *items == 0 || item.len() + 2 > *bytes {
            *items = 0;
            break;
        }
        *items -= 1;
        *bytes -= item.len() + 2;
        kept.push(item.clone());
    }
    kept
}

/// Where to cut a text longer than `limit` bytes: after the last line
/// break of its final 4 KiB, or else at the last character that fits.
fn cut_point(text: &str, limit: usize) -> usize {
    if text.len() <= limit {
        return text.len();
    }
    let mut end = limit;
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
///
/// Read by a visitor of its own, not an untagged enum: that one buffers the
/// value and tries each shape in turn (when the WebAssembly module still
/// read drafts through serde, every shape tried and failed built a JS
/// `Error` with its stack, a tenth of a 1 KB check; it reads them in
/// `js_input` now, in the same shapes).
fn address_list<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    struct OneOrMany;
    impl<'de> Visitor<'de> for OneOrMany {
        type Value = Vec<String>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a list of strings, a string, or null")
        }
        fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
            Ok(vec![text.to_string()])
        }
        fn visit_string<E: de::Error>(self, text: String) -> Result<Self::Value, E> {
            Ok(vec![text])
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(Vec::new())
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(Vec::new())
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Self::Value, A::Error> {
            let mut list = Vec::with_capacity(items.size_hint().unwrap_or(0).min(1024));
            while let Some(item) = items.next_element::<String>()? {
                list.push(item);
            }
            Ok(list)
        }
    }
    deserializer.deserialize_any(OneOrMany)
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
