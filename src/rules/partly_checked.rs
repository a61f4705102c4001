use crate::context::{Context, Diagnostic};
use crate::draft::Shortened;
use crate::finding::{Field, Severity};
use crate::rules::{Category, Rule, Status};
use crate::tr;

declare_rule! {
    /// ## What it does
    /// Says so when a draft was longer than presend reads and only its
    /// beginning was checked: the first 512 KB of the body and of the HTML
    /// body, 128 KB of the message being answered, 16 KB of the subject and
    /// of the sender, 20,000 recipients (and 512 KB of addresses, To, Cc
    /// and Bcc together) and 1,000 attachment names. The finding points at the
    /// place where reading stopped.
    ///
    /// ## Why is this bad?
    /// It is not bad in itself: a check reads a bounded part of each field so
    /// that it stays fast and small on a draft of any size (a 20 MB draft is
    /// checked in well under a second). But what lies beyond was not
    /// checked, and the author should know that rather than take silence
    /// for a clean bill.
    ///
    /// ## Example
    /// - en: a 20 MB body pasted from a log file
    /// - ru: письмо с 30 000 адресов в «Скрытой копии»
    /// - el: ένα προωθημένο νήμα 5 MB
    ///
    /// ## Options
    /// None. The limits are fixed.
    pub struct PartlyChecked {}
    info {
        id: "partly-checked",
        severity: Severity::Info,
        category: Category::Content,
        languages: &[],
        status: Status::Stable,
        title: tr!(en: "Checked in part", ru: "Проверено не полностью", el: "Ελέγχθηκε εν μέρει"),
        reason: tr!(
            en: "Only the beginning of a very long draft is read; the rest was not checked.",
            ru: "У очень длинного письма проверяется только начало; остальное не проверено.",
            el: "Από ένα πολύ μεγάλο μήνυμα διαβάζεται μόνο η αρχή· το υπόλοιπο δεν ελέγχθηκε.",
        ),
    }
}

impl PartlyChecked {
    /// Nothing to prepare.
    pub fn new() -> Self {
        PartlyChecked {}
    }
}

impl Rule for PartlyChecked {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for &part in &ctx.shortened {
            let limit = part.limit();
            // Russian writes the units in Cyrillic ("512 КБ").
            let (kb, mb) = match ctx.ui() {
                crate::i18n::UiLang::Ru => ("КБ", "МБ"),
                _ => ("KB", "MB"),
            };
            let size = if limit.bytes >= 1 << 20 {
                format!("{} {mb}", limit.bytes >> 20)
            } else {
                format!("{} {kb}", limit.bytes >> 10)
            };
            let (field, text) = match part {
                Shortened::Subject => (
                    Field::Subject,
                    tr!(
                        en: "Only the first {size} of the subject was checked.",
                        ru: "Проверены только первые {size} темы.",
                        el: "Ελέγχθηκαν μόνο τα πρώτα {size} του θέματος.",
                    ),
                ),
                Shortened::Body => (
                    Field::Body,
                    tr!(
                        en: "Only the first {size} of the body was checked; presend read no further.",
                        ru: "Проверены только первые {size} текста письма; дальше presend не читал.",
                        el: "Ελέγχθηκαν μόνο τα πρώτα {size} του κειμένου· το presend δεν διάβασε παρακάτω.",
                    ),
                ),
                Shortened::Html => (
                    Field::Body,
                    tr!(
                        en: "Only the first {size} of the HTML body was checked.",
                        ru: "Проверены только первые {size} HTML-текста письма.",
                        el: "Ελέγχθηκαν μόνο τα πρώτα {size} του κειμένου HTML.",
                    ),
                ),
                Shortened::ReplyBody => (
                    Field::Body,
                    tr!(
                        en: "Only the first {size} of the message being answered was read.",
                        ru: "Из письма, на которое вы отвечаете, прочитаны только первые {size}.",
                        el: "Από το μήνυμα στο οποίο απαντάτε διαβάστηκαν μόνο τα πρώτα {size}.",
                    ),
                ),
                Shortened::From => (
                    Field::Body,
                    tr!(
                        en: "Only the first {size} of the sender's address was read.",
                        ru: "Из адреса отправителя прочитаны только первые {size}.",
                        el: "Από τη διεύθυνση του αποστολέα διαβάστηκαν μόνο τα πρώτα {size}.",
                    ),
                ),
                Shortened::List(Field::Attachments) => (
                    Field::Attachments,
                    tr!(
                        en: "Only the first {items} attachment names ({size}) were checked.",
                        ru: "Проверены только первые {items} имён вложений ({size}).",
                        el: "Ελέγχθηκαν μόνο τα πρώτα {items} ονόματα συνημμένων ({size}).",
                    ),
                ),
                Shortened::List(field) => (
                    field,
                    tr!(
                        en: "Only the first {items} recipients ({size} of addresses, To, Cc and Bcc together) were checked.",
                        ru: "Проверены только первые {items} получателей ({size} адресов в «Кому», «Копии» и «Скрытой копии» вместе).",
                        el: "Ελέγχθηκαν μόνο οι πρώτοι {items} παραλήπτες ({size} διευθύνσεων σε Προς, Κοιν. και Κρυφή κοιν. μαζί).",
                    ),
                ),
            };
            let end = ctx.field_text(field).len();
            let items = limit.items.to_string();
            let message = text.format(ctx.ui(), &[("size", &size), ("items", &items)]);
            out.push(Diagnostic::new(field, end..end, message));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checker::Checker;
    use crate::config::Config;
    use crate::draft::{Draft, MAX_FIELD_BYTES, MAX_LIST_ITEMS};
    use crate::i18n::UiLang;

    fn partly(draft: &Draft, ui_lang: UiLang) -> Vec<crate::finding::Finding> {
        let config = Config {
            ui_lang,
            ..Config::default()
        };
        Checker::new()
            .check(draft, &config)
            .unwrap()
            .into_iter()
            .filter(|f| f.rule == "partly-checked")
            .collect()
    }

    #[test]
    fn a_20_mb_body_is_checked_in_part_and_says_so() {
        let line = "The contract is ready, please sign it. Договор готов. Το συμβόλαιο.\n";
        let draft = Draft {
            subject: "Contract".into(),
            body: line.repeat(20 * (1 << 20) / line.len()),
            ..Draft::default()
        };
        for ui_lang in [UiLang::En, UiLang::Ru, UiLang::El] {
            let found = partly(&draft, ui_lang);
            assert_eq!(found.len(), 1);
            let f = &found[0];
            assert_eq!((f.field, f.end), (Field::Body, f.start));
            let size = if ui_lang == UiLang::Ru {
                "512 КБ"
            } else {
                "512 KB"
            };
            assert!(f.message.contains(size), "{}", f.message);
            // Reading stopped at a line break, within the limit.
            let byte = crate::span::utf16_to_byte(&draft.body, f.start);
            assert!(MAX_FIELD_BYTES - 4096 < byte && byte <= MAX_FIELD_BYTES);
            assert!(draft.body[..byte].ends_with('\n'));
        }
    }

    #[test]
    fn recipients_share_one_limit() {
        let draft = Draft {
            subject: "News".into(),
            body: "Hello.".into(),
            to: (0..MAX_LIST_ITEMS - 10)
                .map(|i| format!("c{i}@x{i}.com"))
                .collect(),
            bcc: (0..20).map(|i| format!("b{i}@y{i}.com")).collect(),
            ..Draft::default()
        };
        let found = partly(&draft, UiLang::En);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].field, Field::Bcc);
        let kept = draft.bcc[..10].join(", ");
        assert_eq!(found[0].start, kept.encode_utf16().count());
    }

    #[test]
    fn a_long_subject_is_read_to_its_own_limit() {
        let draft = Draft {
            subject: "Offer ".repeat(10_000),
            body: "Hello.".into(),
            ..Draft::default()
        };
        let found = partly(&draft, UiLang::Ru);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].field, Field::Subject);
        assert!(found[0].message.contains("16 КБ"), "{}", found[0].message);
    }

    #[test]
    fn ordinary_drafts_are_read_whole() {
        let draft = Draft {
            subject: "Hi".into(),
            body: "Short letter.".into(),
            ..Draft::default()
        };
        assert!(partly(&draft, UiLang::En).is_empty());
    }
}
