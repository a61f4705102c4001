use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::language::Lang;
use crate::phrases::PhraseList;
use crate::rules::{Category, Rule, Status};
use crate::tr;

declare_rule! {
    /// ## What it does
    /// Flags insincere stock phrases in the author's own text: "ваше мнение
    /// очень важно для нас", "приносим извинения за доставленные неудобства",
    /// "we apologize for any inconvenience this may have caused", "η γνώμη
    /// σας είναι πολύ σημαντική για εμάς". Each occurrence is a finding on
    /// the phrase. Quoted messages and the signature are not read.
    ///
    /// ## Why is this bad?
    /// The seed on keeping a dialogue asks to be sincere ("Искренность —
    /// залог успеха") and to personalise the answer to the client; a phrase
    /// copied from every call-centre script tells the client the letter was
    /// not written for them. The Greek seed on bad-news letters asks for a
    /// clear, specific apology rather than a ritual one.
    ///
    /// ## Example
    /// - en: "We apologize for any inconvenience this may have caused."
    /// - ru: "Ваше мнение очень важно для нас."
    /// - el: "Ζητούμε συγγνώμη για την όποια ταλαιπωρία."
    ///
    /// ## Options
    /// None. The phrases are in `cliche.txt` beside this file.
    pub struct Cliche {
        phrases: PhraseList,
    }
    info {
        id: "cliche",
        severity: Severity::Info,
        category: Category::Content,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "Stock phrase", ru: "Шаблонная фраза", el: "Στερεότυπη φράση"),
        reason: tr!(
            en: "A phrase from every script tells the client the letter was not written for them.",
            ru: "Фраза из любого скрипта говорит клиенту, что письмо написано не для него.",
            el: "Μια φράση από κάθε σενάριο λέει στον πελάτη ότι το μήνυμα δεν γράφτηκε για εκείνον.",
        ),
    }
}

impl Cliche {
    /// Prepares the phrase list.
    pub fn new() -> Self {
        Cliche {
            phrases: PhraseList::builtin("cliche", crate::phrase_file!("cliche.txt")),
        }
    }
}

impl Rule for Cliche {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for range in self.phrases.spans(&ctx.own) {
            let message = tr!(
                en: "“{text}” is a stock phrase; say something specific to this client instead.",
                ru: "«{text}» — шаблонная фраза; лучше скажите что-то конкретное для этого клиента.",
                el: "Το «{text}» είναι στερεότυπη φράση· πείτε κάτι συγκεκριμένο για αυτόν τον πελάτη.",
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

    fn rule() -> Cliche {
        Cliche::new()
    }

    #[test]
    fn flags_stock_phrases_in_each_language() {
        assert_eq!(
            excerpts(
                &rule(),
                "The order is late. We apologize for any inconvenience this may have caused."
            ),
            ["We apologize for any inconvenience this may have caused"]
        );
        assert_eq!(
            excerpts(&rule(), "Ваше мнение очень важно для нас!"),
            ["Ваше мнение очень важно для нас"]
        );
        assert_eq!(
            excerpts(&rule(), "Ζητούμε συγγνώμη για την όποια ταλαιπωρία."),
            ["Ζητούμε συγγνώμη για την όποια ταλαιπωρία"]
        );
    }

    #[test]
    fn flags_inflected_forms() {
        assert_eq!(
            excerpts(
                &rule(),
                "Приносим вам извинения за доставленные неудобства."
            ),
            Vec::<String>::new(),
            "a word in between is a different phrase"
        );
        assert_eq!(
            excerpts(
                &rule(),
                "Приносим свои извинения за доставленное неудобство."
            ),
            ["Приносим свои извинения за доставленное неудобство"]
        );
        assert_eq!(
            excerpts(&rule(), "We apologise for any inconveniences."),
            ["We apologise for any inconveniences"]
        );
        assert_eq!(
            excerpts(&rule(), "Ευχαριστούμε για την κατανόησή σας."),
            ["Ευχαριστούμε για την κατανόησή σας"]
        );
    }

    #[test]
    fn reports_each_occurrence() {
        assert_lint_count(
            "Спасибо за понимание. И ещё раз спасибо за понимание.",
            &rule(),
            2,
        );
    }

    #[test]
    fn ignores_quotes_and_specific_text() {
        assert_no_lints(
            "Done.\n\nOn Mon, Peter wrote:\n> We apologize for any inconvenience.\n",
            &rule(),
        );
        assert_no_lints(
            "Исправили.\n\n> Ваше мнение очень важно для нас.\n",
            &rule(),
        );
        assert_no_lints(
            "Διορθώθηκε.\n\n> Ευχαριστούμε για την κατανόηση.\n",
            &rule(),
        );
        assert_no_lints(
            "Sorry the parcel left two days late; it arrives on Friday.",
            &rule(),
        );
        assert_no_lints("Простите, что посылка ушла на два дня позже.", &rule());
        assert_no_lints(
            "Λυπάμαι που το δέμα έφυγε με καθυστέρηση δύο ημερών.",
            &rule(),
        );
    }

    #[test]
    fn has_a_message_in_every_language() {
        let messages = messages_in_every_language(&rule(), &letter("Спасибо за понимание."));
        assert_eq!(messages.len(), 3);
    }

    #[test]
    fn flags_thanks_for_choosing_and_forwarded_requests() {
        assert_eq!(
            excerpts(
                &rule(),
                "Thank you for choosing us! Your request has been forwarded to the relevant team."
            ),
            [
                "Thank you for choosing us",
                "Your request has been forwarded to the relevant team"
            ]
        );
        assert_eq!(
            excerpts(
                &rule(),
                "Благодарим за обращение в нашу компанию. Спасибо, что выбираете нас!"
            ),
            [
                "Благодарим за обращение в нашу компанию",
                "Спасибо, что выбираете нас"
            ]
        );
        assert_eq!(
            excerpts(
                &rule(),
                "Σας ευχαριστούμε που επικοινωνήσατε με την εταιρεία μας."
            ),
            ["Σας ευχαριστούμε που επικοινωνήσατε με την εταιρεία μας"]
        );
        assert_no_lints(
            "Thank you for choosing the blue version, it ships Monday.",
            &rule(),
        );
        assert_no_lints("Спасибо, что выбрали время для встречи.", &rule());
        assert_no_lints("Σας ευχαριστούμε που μας φιλοξενήσατε χθες.", &rule());
    }
}
