use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::language::Lang;
use crate::phrases::PhraseList;
use crate::rules::{Category, Rule, Status};
use crate::tr;
use crate::words::TextView;
use std::ops::Range;

declare_rule! {
    /// ## What it does
    /// Flags a note not meant for the recipient — "internal only", "do not
    /// forward", "не пересылать клиенту", "(для себя)", "между нами:",
    /// "μόνο για εσωτερική χρήση" — in the author's own text or the subject,
    /// while some recipient is outside the company. Words like "между нами"
    /// or "internal" count only as an aside: in brackets, or opening a
    /// sentence before a colon, comma or dash.
    ///
    /// ## Why is this bad?
    /// The first seed asks to re-read the letter three times and remove
    /// everything internal: "you don't want the client to learn from
    /// internal documents what you and your manager think of him". A note
    /// marked "do not forward to the client" that goes to the client is the
    /// same leak, written by the sender.
    ///
    /// ## Example
    /// - en: "Internal only: we can go down to 5%." — to peter@client.com
    /// - ru: "Скидку дадим не больше 5% (для себя: клиент тянет с оплатой)." — to a client
    /// - el: "Μόνο για εσωτερική χρήση: η τελική τιμή είναι 90 €." — to a client
    ///
    /// ## Options
    /// `internal_domains`: the company's mail domains (default: the sender's).
    /// The phrases are in `internal_remark.txt` and
    /// `internal_remark.asides.txt` beside this file.
    pub struct InternalRemark {
        remarks: PhraseList,
        asides: PhraseList,
    }
    info {
        id: "internal-remark",
        severity: Severity::Error,
        category: Category::Privacy,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "Internal remark", ru: "Внутренняя пометка", el: "Εσωτερική σημείωση"),
        reason: tr!(
            en: "A note meant for colleagues would reach the client.",
            ru: "Пометка для коллег попадёт к клиенту.",
            el: "Μια σημείωση για συναδέλφους θα φτάσει στον πελάτη.",
        ),
    }
}

impl InternalRemark {
    /// Prepares the phrase lists.
    pub fn new() -> Self {
        InternalRemark {
            remarks: PhraseList::builtin(
                "internal_remark",
                crate::phrase_file!("internal_remark.txt"),
            ),
            asides: PhraseList::builtin(
                "internal_remark.asides",
                crate::phrase_file!("internal_remark.asides.txt"),
            ),
        }
    }

    /// Byte ranges of internal remarks in `view` (words of `text`).
    fn find(&self, text: &str, view: &TextView) -> Vec<Range<usize>> {
        let mut found: Vec<Range<usize>> = self
            .remarks
            .find_iter(view)
            .map(|m| view.span(m.words.start, m.words.end - 1))
            .collect();
        found.extend(
            self.asides
                .find_iter(view)
                .map(|m| view.span(m.words.start, m.words.end - 1))
                .filter(|r| is_aside(text, r)),
        );
        crate::sort::sort_by_key(&mut found, |r| (r.start, std::cmp::Reverse(r.end)));
        let mut out: Vec<Range<usize>> = Vec::new();
        for range in found {
            if out.last().is_none_or(|last| range.start >= last.end) {
                out.push(range);
            }
        }
        out
    }
}

/// True when the words at `range` stand apart: in brackets, or at the start
/// of a line or sentence and followed by a colon, comma or dash.
fn is_aside(text: &str, range: &Range<usize>) -> bool {
    let before = text[..range.start].trim_end_matches([' ', '\t']);
    let after = text[range.end..].trim_start_matches([' ', '\t']);
    let bracketed = (before.ends_with('(') && after.starts_with([')', ':']))
        || (before.ends_with('[') && after.starts_with([']', ':']));
    let opens = before.is_empty()
        || before.ends_with([
            '\n',
            '.',
            '!',
            '?',
            '(',
            '[',
            crate::language::GREEK_QUESTION_MARK,
        ]);
    bracketed || (opens && after.starts_with([':', ',', '-', '–', '—']))
}

impl Rule for InternalRemark {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(outsider) = ctx.external_recipients().next() else {
            return;
        };
        let outsider = outsider.address.as_ref().map_or("", |a| a.email.as_str());
        let found = self
            .find(&ctx.draft.subject, &ctx.subject)
            .into_iter()
            .map(|r| (Field::Subject, ctx.draft.subject.as_str(), r))
            .chain(
                self.find(&ctx.body, &ctx.own)
                    .into_iter()
                    .map(|r| (Field::Body, &*ctx.body, r)),
            );
        for (field, text, range) in found {
            let message = tr!(
                en: "“{note}” is a note for colleagues, but the letter goes to {outsider}. Remove it before sending.",
                ru: "«{note}» — пометка для коллег, а письмо получит адресат вне компании: {outsider}. Удалите её перед отправкой.",
                el: "Το «{note}» είναι σημείωση για συναδέλφους, αλλά το μήνυμα θα το λάβει παραλήπτης εκτός εταιρείας: {outsider}. Αφαιρέστε το πριν από την αποστολή.",
            )
            .format(ctx.ui(), &[("note", &text[range.clone()]), ("outsider", outsider)]);
            out.push(Diagnostic::new(field, range, message));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::*;

    fn rule() -> InternalRemark {
        InternalRemark::new()
    }

    #[test]
    fn flags_notes_for_colleagues_in_each_language() {
        assert_eq!(
            excerpts(&rule(), "Internal only: we can go down to 5%."),
            ["Internal only"]
        );
        assert_eq!(
            excerpts(&rule(), "Price list below. Do not forward."),
            ["Do not forward"]
        );
        assert_eq!(
            excerpts(&rule(), "Смета ниже, не пересылать клиенту."),
            ["не пересылать клиенту"]
        );
        assert_eq!(
            excerpts(
                &rule(),
                "Μόνο για εσωτερική χρήση: η τελική τιμή είναι 90 €."
            ),
            ["Μόνο για εσωτερική χρήση"]
        );
    }

    #[test]
    fn flags_asides_in_brackets_or_at_a_sentence_start() {
        assert_eq!(
            excerpts(
                &rule(),
                "Скидка не больше 5% (для себя: клиент тянет с оплатой)."
            ),
            ["для себя"]
        );
        assert_eq!(
            excerpts(&rule(), "Между нами: клиент неплатёжеспособен."),
            ["Между нами"]
        );
        assert_eq!(
            excerpts(&rule(), "Price is final. (Between us, he always haggles.)"),
            ["Between us"]
        );
        assert_eq!(
            excerpts(&rule(), "Μεταξύ μας, ο πελάτης αργεί να πληρώσει."),
            ["Μεταξύ μας"]
        );
        assert_eq!(
            excerpts(&rule(), "Our terms [internal] are attached."),
            ["internal"]
        );
    }

    #[test]
    fn allows_the_same_words_in_running_text() {
        assert_no_lints("The contract between us was signed in May.", &rule());
        assert_no_lints(
            "Договор между нами подписан в мае. Купите для себя пробную версию.",
            &rule(),
        );
        assert_no_lints("Η συνεργασία μεταξύ μας ξεκίνησε τον Μάιο.", &rule());
        assert_no_lints("We run an internal review of every order.", &rule());
    }

    #[test]
    fn allows_notes_among_colleagues() {
        let mut draft = letter("Internal only: we can go down to 5%.");
        draft.to = vec!["bob@acme.com".into()];
        assert!(run(&rule(), &draft).is_empty());
    }

    #[test]
    fn flags_the_subject() {
        let mut draft = letter("Hello Peter, the offer is attached.");
        draft.subject = "Offer (do not forward)".into();
        let found = run(&rule(), &draft);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].field, Field::Subject);
    }

    #[test]
    fn ignores_quoted_notes() {
        assert_no_lints(
            "Agreed.\n\nOn Mon, Peter wrote:\n> Internal only: our budget is 10k.\n",
            &rule(),
        );
        assert_no_lints("Согласны.\n\n> Между нами: бюджет 10 тысяч.\n", &rule());
        assert_no_lints("Συμφωνούμε.\n\n> Μόνο για εσωτερική χρήση.\n", &rule());
    }

    #[test]
    fn messages_exist_in_every_language() {
        messages_in_every_language(&rule(), &letter("Internal only: 5%."));
    }
}
