//! Everything rules need to know about one draft, worked out once per check.

use crate::address::{is_internal, Address};
use crate::company;
use crate::config::Config;
use crate::draft::{address_ranges, Draft, Format, Shortened};
use crate::finding::Field;
use crate::i18n::{Localized, UiLang};
use crate::language::{detect, detect_in, Lang};
use crate::layout::Layout;
use crate::time::{now, parse_date, Moment};
use crate::words::TextView;
use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;

/// Separator between the items of a list field (recipients, attachments)
/// in the text that findings' offsets point into.
pub const LIST_SEPARATOR: &str = ", ";

/// One recipient of the draft.
#[derive(Debug, Clone)]
pub struct Recipient {
    /// To, Cc or Bcc.
    pub field: Field,
    /// The text as given.
    pub raw: String,
    /// The parsed address, when the text holds one.
    pub address: Option<Address>,
    /// Byte range of `raw` in the field's joined text.
    pub range: Range<usize>,
}

/// A problem a rule found, before the checker adds the rule's ID and
/// severity and converts the span for JS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The field the span is in.
    pub field: Field,
    /// Byte range in the field's text (see [`Context::field_text`]).
    pub range: Range<usize>,
    /// What is wrong, in the interface language.
    pub message: String,
    /// A replacement for the span.
    pub suggestion: Option<String>,
    /// Reported one step below the rule's severity (see
    /// [`Diagnostic::softened`]).
    pub softened: bool,
}

impl Diagnostic {
    /// A diagnostic without a suggestion.
    pub fn new(field: Field, range: Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            field,
            range,
            message: message.into(),
            suggestion: None,
            softened: false,
        }
    }

    /// Reports the finding one step below the rule's severity (a warning
    /// as a note, an error as a warning): what the rule flags is there, but
    /// the letter already does what the advice asks of such a letter.
    pub fn softened(mut self) -> Diagnostic {
        self.softened = true;
        self
    }

    /// Adds a replacement for the span.
    pub fn with_suggestion(mut self, suggestion: impl Into<String>) -> Diagnostic {
        self.suggestion = Some(suggestion.into());
        self
    }
}

/// The draft as rules see it.
pub struct Context<'a> {
    /// The draft as given.
    pub draft: &'a Draft,
    /// The configuration in force.
    pub config: &'a Config,
    /// The body text findings point into: `draft.body`, or the text of
    /// `draft.html` when the body is empty.
    pub body: Cow<'a, str>,
    /// The body taken apart.
    pub layout: Layout,
    /// Words of the author's own text, signature excluded.
    pub own: TextView,
    /// Words of the subject.
    pub subject: TextView,
    /// The language of the author's own text.
    pub lang: Option<Lang>,
    /// To, Cc and Bcc recipients, in that order.
    pub recipients: Vec<Recipient>,
    /// The sender, when `from` holds an address.
    pub sender: Option<Address>,
    /// The company's domains (see [`company::internal_domains`]).
    pub internal_domains: Vec<String>,
    /// The time of the check.
    pub now: Moment,
    /// The parts of the draft that were longer than a check reads, and cut
    /// (see [`Draft::within_limits`]).
    pub shortened: Vec<Shortened>,
    quoted: OnceCell<TextView>,
    reply: OnceCell<TextView>,
    /// The tone of the author's text, judged once for the tone rules.
    pub(crate) tone: OnceCell<crate::tone::Judgement>,
    /// Words of the first bad news in the author's text, found once for
    /// the two bad-news rules.
    pub(crate) bad_news: OnceCell<Option<Range<usize>>>,
    /// Whether the draft is a mass mailing, worked out once for the rules
    /// that ask (see `rules::spans::is_bulk`).
    pub(crate) bulk: OnceCell<bool>,
}

impl<'a> Context<'a> {
    /// Works out what rules need from `draft`.
    pub fn new(draft: &'a Draft, config: &'a Config) -> Context<'a> {
        let body: Cow<'a, str> = if draft.body.trim().is_empty() && !draft.html.trim().is_empty() {
            Cow::Owned(crate::html::to_text(&draft.html))
        } else {
            Cow::Borrowed(draft.body.as_str())
        };
        let layout = Layout::parse(&body);
        let own_ranges = layout.own_ranges_without_signature();
        let own = TextView::new(&body, &own_ranges);
        let subject = TextView::of(&draft.subject);
        let sender = Address::parse(&draft.from);
        let internal_domains = company::internal_domains(sender.as_ref(), config);
        let now = draft
            .now
            .as_deref()
            .and_then(parse_date)
            .unwrap_or_else(now);
        Context {
            draft,
            config,
            lang: detect_in(&body, &own_ranges).or_else(|| detect(&draft.subject)),
            body,
            layout,
            own,
            subject,
            recipients: recipients_of(draft),
            sender,
            internal_domains,
            now,
            shortened: Vec::new(),
            quoted: OnceCell::new(),
            reply: OnceCell::new(),
            tone: OnceCell::new(),
            bad_news: OnceCell::new(),
            bulk: OnceCell::new(),
        }
    }

    /// The interface language.
    pub fn ui(&self) -> UiLang {
        self.config.ui_lang
    }

    /// A localized text in the interface language.
    pub fn text(&self, text: &Localized) -> &'static str {
        text.get(self.ui())
    }

    /// The text a field's offsets point into.
    pub fn field_text(&self, field: Field) -> Cow<'_, str> {
        match field {
            Field::Subject => Cow::Borrowed(&self.draft.subject),
            Field::Body => Cow::Borrowed(&self.body),
            Field::To => Cow::Owned(self.draft.to.join(LIST_SEPARATOR)),
            Field::Cc => Cow::Owned(self.draft.cc.join(LIST_SEPARATOR)),
            Field::Bcc => Cow::Owned(self.draft.bcc.join(LIST_SEPARATOR)),
            Field::Attachments => Cow::Owned(self.draft.attachments.join(LIST_SEPARATOR)),
        }
    }

    /// Words of the quoted and forwarded parts.
    pub fn quoted(&self) -> &TextView {
        self.quoted
            .get_or_init(|| TextView::new(&self.body, &self.layout.quoted_ranges()))
    }

    /// Words of the message being answered: `reply_to.body` when the client
    /// gave it, else the quoted parts of the body.
    pub fn replied_message(&self) -> &TextView {
        self.reply.get_or_init(|| match &self.draft.reply_to {
            Some(reply) if !reply.body.trim().is_empty() => TextView::of(&reply.body),
            _ => self.quoted().clone(),
        })
    }

    /// True when `address` is outside the company. With no known company
    /// domain every address counts as external.
    pub fn is_external(&self, address: &Address) -> bool {
        !is_internal(address.domain(), &self.internal_domains)
    }

    /// Recipients whose address is outside the company.
    pub fn external_recipients(&self) -> impl Iterator<Item = &Recipient> {
        self.recipients
            .iter()
            .filter(|r| r.address.as_ref().is_some_and(|a| self.is_external(a)))
    }

    /// True when the draft is plain text (not HTML).
    pub fn is_plain_text(&self) -> bool {
        self.draft.format == Format::Plain
    }
}

/// The recipients, each with its range in its field's text: the items as
/// given joined with [`LIST_SEPARATOR`], an item split at its commas.
fn recipients_of(draft: &Draft) -> Vec<Recipient> {
    let mut recipients = Vec::new();
    for (field, list) in [
        (Field::To, &draft.to),
        (Field::Cc, &draft.cc),
        (Field::Bcc, &draft.bcc),
    ] {
        let mut at = 0;
        for item in list {
            for range in address_ranges(item) {
                let raw = &item[range.clone()];
                recipients.push(Recipient {
                    field,
                    raw: raw.to_string(),
                    address: Address::parse(raw),
                    range: at + range.start..at + range.end,
                });
            }
            at += item.len() + LIST_SEPARATOR.len();
        }
    }
    recipients
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checker::Checker;

    #[test]
    fn recipient_spans_index_the_list_as_given() {
        // Untrimmed items, an empty one, and two addresses in one item: the
        // field's text is the list joined with ", ", exactly as given.
        let draft: Draft = serde_json::from_str(
            r#"{"to": ["  Peter <p@client.com>", "", "a@client.com, \"Brown, B\" <b@gmial.com>"]}"#,
        )
        .unwrap();
        let config = Config::default();
        let ctx = Context::new(&draft, &config);
        let text = ctx.field_text(Field::To);
        assert_eq!(text, draft.to.join(", "));
        let raw: Vec<&str> = ctx
            .recipients
            .iter()
            .map(|r| &text[r.range.clone()])
            .collect();
        assert_eq!(
            raw,
            [
                "Peter <p@client.com>",
                "a@client.com",
                "\"Brown, B\" <b@gmial.com>"
            ]
        );
        for r in &ctx.recipients {
            assert_eq!(r.raw, &text[r.range.clone()]);
        }
    }

    #[test]
    fn a_recipient_string_is_its_own_field_text() {
        let draft: Draft = serde_json::from_str(
            r#"{"subject": "s", "body": "Hi.", "cc": " x@gmial.com ;y@client.com"}"#,
        )
        .unwrap();
        let findings = Checker::new().check(&draft, &Config::default()).unwrap();
        let typo = findings
            .iter()
            .find(|f| f.rule == "recipient-typo")
            .unwrap();
        let units: Vec<u16> = " x@gmial.com ;y@client.com".encode_utf16().collect();
        assert_eq!(
            String::from_utf16(&units[typo.start..typo.end]).unwrap(),
            "x@gmial.com"
        );
        assert_eq!(typo.excerpt, "x@gmial.com");
    }
}
