use crate::context::{Context, Diagnostic};
use crate::draft::{Shortened, MAX_FIELD_BYTES, MAX_LIST_ITEMS};
use crate::finding::{Field, Severity};
use crate::rules::{Category, Rule, Status};
use crate::tr;

declare_rule! {
    /// ## What it does
    /// Says so when a draft was longer than presend reads and only its
    /// beginning was checked: the first 1 MB of the subject, the body, the
    /// HTML body or the message being answered, and the first 50,000 (or
    /// 1 MB of) recipients or attachment names. The finding points at the
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
    /// - ru: письмо с 60 000 адресов в «Скрытой копии»
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
        let megabytes = (MAX_FIELD_BYTES / (1 << 20)).to_string();
        let items = MAX_LIST_ITEMS.to_string();
        for &part in &ctx.shortened {
            let (field, text) = match part {
                Shortened::Subject => (
                    Field::Subject,
                    tr!(
                        en: "Only the first {mb} MB of the subject was checked.",
                        ru: "Проверен только первый {mb} МБ темы.",
                        el: "Ελέγχθηκε μόνο το πρώτο {mb} MB του θέματος.",
                    ),
                ),
                Shortened::Body => (
                    Field::Body,
                    tr!(
                        en: "Only the first {mb} MB of the body was checked; presend read no further.",
                        ru: "Проверен только первый {mb} МБ текста письма; дальше presend не читал.",
                        el: "Ελέγχθηκε μόνο το πρώτο {mb} MB του κειμένου· το presend δεν διάβασε παρακάτω.",
                    ),
                ),
                Shortened::Html => (
                    Field::Body,
                    tr!(
                        en: "Only the first {mb} MB of the HTML body was checked.",
                        ru: "Проверен только первый {mb} МБ HTML-текста письма.",
                        el: "Ελέγχθηκε μόνο το πρώτο {mb} MB του κειμένου HTML.",
                    ),
                ),
                Shortened::ReplyBody => (
                    Field::Body,
                    tr!(
                        en: "Only the first {mb} MB of the message being answered was read.",
                        ru: "Из письма, на которое вы отвечаете, прочитан только первый {mb} МБ.",
                        el: "Από το μήνυμα στο οποίο απαντάτε διαβάστηκε μόνο το πρώτο {mb} MB.",
                    ),
                ),
                Shortened::From => (
                    Field::Body,
                    tr!(
                        en: "Only the first {mb} MB of the sender's address was read.",
                        ru: "Из адреса отправителя прочитан только первый {mb} МБ.",
                        el: "Από τη διεύθυνση του αποστολέα διαβάστηκε μόνο το πρώτο {mb} MB.",
                    ),
                ),
                Shortened::List(field) => (
                    field,
                    tr!(
                        en: "Only the first {items} items ({mb} MB) of this list were checked.",
                        ru: "Проверены только первые {items} записей ({mb} МБ) этого списка.",
                        el: "Ελέγχθηκαν μόνο οι πρώτες {items} εγγραφές ({mb} MB) αυτής της λίστας.",
                    ),
                ),
            };
            let end = ctx.field_text(field).len();
            let message = text.format(ctx.ui(), &[("mb", &megabytes), ("items", &items)]);
            out.push(Diagnostic::new(field, end..end, message));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checker::Checker;
    use crate::config::Config;
    use crate::draft::Draft;
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
            assert_eq!((f.field, f.start, f.end), (Field::Body, f.start, f.start));
            assert!(f.message.contains('1'), "{}", f.message);
            // Reading stopped at a line break, within the limit.
            let prefix: String = draft
                .body
                .encode_utf16()
                .take(f.start)
                .map(|_| 'x')
                .collect();
            assert!(prefix.len() <= MAX_FIELD_BYTES);
            let units: Vec<u16> = draft.body.encode_utf16().collect();
            assert_eq!(units[f.start - 1], u16::from(b'\n'));
        }
    }

    #[test]
    fn many_recipients_are_checked_up_to_the_limit() {
        let draft = Draft {
            subject: "News".into(),
            body: "Hello.".into(),
            bcc: (0..MAX_LIST_ITEMS + 5)
                .map(|i| format!("c{i}@x{i}.com"))
                .collect(),
            ..Draft::default()
        };
        let found = partly(&draft, UiLang::En);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].field, Field::Bcc);
        let kept = draft.bcc[..MAX_LIST_ITEMS].join(", ");
        assert_eq!(found[0].start, kept.encode_utf16().count());
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
