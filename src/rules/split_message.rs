use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::language::Lang;
use crate::phrases::PhraseList;
use crate::rules::{Category, Rule, Status};
use crate::tr;

declare_rule! {
    /// ## What it does
    /// Flags a promise to send part of the answer in another letter: "в
    /// следующем письме", "I'll send the figures in a separate email", "θα
    /// σας στείλω τις λεπτομέρειες σε ξεχωριστό email". The finding is on the
    /// first such phrase of the author's own text.
    ///
    /// ## Why is this bad?
    /// The seed on keeping a dialogue gives it a rule of its own: put all the
    /// information in one message ("Излагайте информацию в одном сообщении.
    /// Один заход — один выстрел"), so the client does not piece the answer
    /// together from several letters. Every extra letter also takes the
    /// client's time, which the same seed asks to respect.
    ///
    /// ## Example
    /// - en: "I'll send the price list in a separate email."
    /// - ru: "Прайс-лист вышлю в следующем письме."
    /// - el: "Θα σας στείλω τον τιμοκατάλογο σε ξεχωριστό email."
    ///
    /// ## Options
    /// None. The phrases are in `split_message.txt` beside this file.
    pub struct SplitMessage {
        phrases: PhraseList,
    }
    info {
        id: "split-message",
        severity: Severity::Info,
        category: Category::Content,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "Answer split over letters", ru: "Ответ в нескольких письмах", el: "Απάντηση σε πολλά μηνύματα"),
        reason: tr!(
            en: "One complete letter saves the client piecing the answer together.",
            ru: "Одно полное письмо избавит клиента от сборки ответа по частям.",
            el: "Ένα πλήρες μήνυμα γλιτώνει τον πελάτη από το να συνθέτει την απάντηση κομμάτι κομμάτι.",
        ),
    }
}

impl SplitMessage {
    /// Prepares the phrase list.
    pub fn new() -> Self {
        SplitMessage {
            phrases: PhraseList::builtin("split_message", crate::phrase_file!("split_message.txt")),
        }
    }
}

impl Rule for SplitMessage {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        if let Some(range) = self.phrases.spans(&ctx.own).into_iter().next() {
            out.push(Diagnostic::new(
                Field::Body,
                range,
                ctx.text(&tr!(
                    en: "Part of the answer is promised in another letter; if you can, put everything in this one.",
                    ru: "Часть ответа обещана в другом письме; если можно, изложите всё в этом.",
                    el: "Υπόσχεστε μέρος της απάντησης σε άλλο μήνυμα· αν γίνεται, βάλτε τα όλα σε αυτό.",
                )),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::*;

    fn rule() -> SplitMessage {
        SplitMessage::new()
    }

    #[test]
    fn flags_promises_in_each_language() {
        assert_eq!(
            excerpts(&rule(), "I'll send the price list in a separate email."),
            ["in a separate email"]
        );
        assert_eq!(
            excerpts(&rule(), "Прайс-лист вышлю в следующем письме."),
            ["в следующем письме"]
        );
        assert_eq!(
            excerpts(
                &rule(),
                "Θα σας στείλω τον τιμοκατάλογο σε ξεχωριστό email."
            ),
            ["στείλω τον τιμοκατάλογο σε ξεχωριστό email"]
        );
    }

    #[test]
    fn flags_inflected_forms() {
        assert_eq!(
            excerpts(&rule(), "Счета пришлём отдельными письмами."),
            ["пришлём отдельными письмами"]
        );
        assert_eq!(
            excerpts(&rule(), "Details will come in separate emails."),
            ["come in separate emails"]
        );
        assert_eq!(
            excerpts(&rule(), "The rest in a separate e-mail."),
            ["in a separate e-mail"]
        );
        assert_eq!(
            excerpts(&rule(), "Τα υπόλοιπα σε ξεχωριστά μηνύματα."),
            ["σε ξεχωριστά μηνύματα"]
        );
    }

    #[test]
    fn reports_once_per_letter() {
        assert_lint_count(
            "Счёт в следующем письме. Акт отдельным письмом.",
            &rule(),
            1,
        );
    }

    #[test]
    fn ignores_quotes_and_single_letters() {
        assert_no_lints(
            "Thanks.\n\nOn Mon, Peter wrote:\n> I'll send it in a separate email.\n",
            &rule(),
        );
        assert_no_lints("Спасибо.\n\n> Вышлю в следующем письме.\n", &rule());
        assert_no_lints(
            "Ευχαριστώ.\n\n> Θα το στείλω σε ξεχωριστό μήνυμα.\n",
            &rule(),
        );
        assert_no_lints("Here are the price list and the contract.", &rule());
        assert_no_lints("Высылаю прайс-лист и договор.", &rule());
        assert_no_lints("Σας στέλνω τον τιμοκατάλογο και το συμβόλαιο.", &rule());
    }

    #[test]
    fn has_a_message_in_every_language() {
        let messages = messages_in_every_language(&rule(), &letter("Акт вышлю отдельным письмом."));
        assert_eq!(messages.len(), 3);
    }
}
