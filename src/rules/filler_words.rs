use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::language::Lang;
use crate::phrases::PhraseList;
use crate::rules::{Category, Rule, Status};
use crate::tr;

declare_rule! {
    /// ## What it does
    /// Flags empty words and bureaucratese in the author's own text: "в
    /// принципе", "как бы", "доводим до вашего сведения", "basically",
    /// "please be advised", "βασικά", "σας γνωστοποιούμε ότι". Each
    /// occurrence is a finding of its own, on the words themselves. Quoted
    /// messages and the signature are not read.
    ///
    /// ## Why is this bad?
    /// The seed on keeping a dialogue with clients asks to be brief ("Краткость
    /// — сестра таланта": no chatter, no overloading the message) and to
    /// respect the client's time. Filler words make the client read more to
    /// learn nothing, and official formulas ("доводим до вашего сведения")
    /// sound cold where a plain sentence would do.
    ///
    /// ## Example
    /// - en: "Please be advised that the office is closed on Monday."
    /// - ru: "Доводим до вашего сведения, что офис в понедельник закрыт."
    /// - el: "Σας γνωστοποιούμε ότι το γραφείο είναι κλειστό τη Δευτέρα."
    ///
    /// ## Options
    /// None. The phrases are in `filler_words.txt` beside this file.
    pub struct FillerWords {
        phrases: PhraseList,
    }
    info {
        id: "filler-words",
        severity: Severity::Info,
        category: Category::Content,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "Filler words", ru: "Слова-паразиты и канцелярит", el: "Περιττές λέξεις"),
        reason: tr!(
            en: "Empty words make the client read more to learn nothing.",
            ru: "Пустые слова заставляют клиента читать больше, не сообщая ничего.",
            el: "Οι περιττές λέξεις κάνουν τον πελάτη να διαβάζει περισσότερα χωρίς λόγο.",
        ),
    }
}

impl FillerWords {
    /// Prepares the phrase list.
    pub fn new() -> Self {
        FillerWords {
            phrases: PhraseList::builtin("filler_words", crate::phrase_file!("filler_words.txt")),
        }
    }
}

impl Rule for FillerWords {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for range in self.phrases.spans(&ctx.own) {
            let message = tr!(
                en: "“{text}” adds nothing; say it plainly or leave it out.",
                ru: "«{text}» ничего не добавляет; скажите проще или уберите.",
                el: "Το «{text}» δεν προσθέτει τίποτα· πείτε το απλά ή αφαιρέστε το.",
            )
            .format(ctx.ui(), &[("text", &ctx.body[range.clone()])]);
            out.push(Diagnostic::new(Field::Body, range, message));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::*;

    fn rule() -> FillerWords {
        FillerWords::new()
    }

    #[test]
    fn flags_filler_in_each_language() {
        assert_eq!(
            excerpts(
                &rule(),
                "Please be advised that the office is closed. Basically, we rest."
            ),
            ["Please be advised", "Basically"]
        );
        assert_eq!(
            excerpts(
                &rule(),
                "Доводим до вашего сведения, что офис закрыт. В принципе, это всё."
            ),
            ["Доводим до вашего сведения", "В принципе"]
        );
        assert_eq!(
            excerpts(
                &rule(),
                "Σας γνωστοποιούμε ότι το γραφείο είναι κλειστό. Βασικά, αυτό."
            ),
            ["Σας γνωστοποιούμε ότι", "Βασικά"]
        );
    }

    #[test]
    fn flags_inflected_forms() {
        assert_eq!(
            excerpts(&rule(), "Ставим Вас в известность о переносе."),
            ["Ставим Вас в известность"]
        );
        assert_eq!(
            excerpts(&rule(), "Довожу до вашего сведения: счёт оплачен."),
            ["Довожу до вашего сведения"]
        );
        assert_eq!(excerpts(&rule(), "Ουσιαστικά, τελειώσαμε."), ["Ουσιαστικά"]);
    }

    #[test]
    fn reports_each_occurrence() {
        assert_lint_count("Как бы да. Как бы нет. Как бы потом.", &rule(), 3);
    }

    #[test]
    fn ignores_quotes_and_plain_text() {
        assert_no_lints(
            "Noted.\n\nOn Mon, Peter wrote:\n> Please be advised the office is closed.\n",
            &rule(),
        );
        assert_no_lints("Хорошо.\n\n> В принципе, можно и так.\n", &rule());
        assert_no_lints("Εντάξει.\n\n> Βασικά, συμφωνούμε.\n", &rule());
        assert_no_lints("The office is closed on Monday.", &rule());
        assert_no_lints("Офис в понедельник закрыт.", &rule());
        assert_no_lints("Το γραφείο είναι κλειστό τη Δευτέρα.", &rule());
    }

    #[test]
    fn has_a_message_in_every_language() {
        let messages = messages_in_every_language(&rule(), &letter("Как бы да."));
        assert_eq!(messages.len(), 3);
    }
}
