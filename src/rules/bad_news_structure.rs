use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::language::Lang;
use crate::phrases::PhraseList;
use crate::rules::bad_news_by_email::{first_bad_news, solution_phrases, thanks_phrases};
use crate::rules::{Category, Rule, Status};
use crate::tr;

declare_rule! {
    /// ## What it does
    /// Checks the shape of a letter that brings bad news (the phrases of
    /// `bad-news-by-email`: a delay, a price increase, a refusal, a
    /// cancellation). It reports, on the first bad-news phrase, when nothing
    /// before it thanks the client ("thank you", "спасибо", "благодарим",
    /// "ευχαριστούμε", "we appreciate"), and when the letter offers no
    /// solution, alternative or next step ("we can offer", "instead",
    /// "предлагаем", "вместо", "σας προτείνουμε", "εναλλακτικά", a refund, a
    /// discount). It also flags each euphemism that blurs what happened, in
    /// any letter: "due to unforeseen circumstances", "временные трудности",
    /// "корректировка цен", "λόγω απρόβλεπτων συνθηκών". Only the author's
    /// own text is read.
    ///
    /// ## Why is this bad?
    /// The Greek seed on bad-news letters lays out the shape: start with a
    /// thank-you ("Ξεκινήστε με ένα ευχαριστώ") for the client's business
    /// before announcing the bad news; say what happened clearly and briefly,
    /// without euphemisms that make it hard to understand; and try to offer a
    /// solution ("Προσπαθήστε να προσφέρετε μια λύση") or a referral, so the
    /// blow is softened by something positive. The seed "five letters not to
    /// send" adds that bad news is a reason to call rather than write.
    ///
    /// ## Example
    /// - en: "Unfortunately, your order will be delayed." — no thanks, no
    ///   alternative
    /// - ru: "Из-за временных трудностей поставка задерживается." — a
    ///   euphemism, no thanks, no next step
    /// - el: "Η παράδοση θα καθυστερήσει λόγω απρόβλεπτων συνθηκών." — a
    ///   euphemism, no thanks, no solution
    ///
    /// ## Options
    /// None. The phrase lists are `bad_news_by_email.txt`,
    /// `bad_news_structure.thanks.txt`, `bad_news_structure.solutions.txt`
    /// and `bad_news_structure.euphemisms.txt` beside this file.
    pub struct BadNewsStructure {
        euphemisms: PhraseList,
    }
    info {
        id: "bad-news-structure",
        severity: Severity::Info,
        category: Category::Content,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "Shape of a bad-news letter", ru: "Структура письма с плохой новостью", el: "Δομή μηνύματος με κακά νέα"),
        reason: tr!(
            en: "Thanks first, the news said plainly, then a way forward: that keeps the client.",
            ru: "Сначала благодарность, затем прямо сказанная новость и решение — так клиента сохраняют.",
            el: "Πρώτα ευχαριστίες, μετά τα νέα με σαφήνεια και μια λύση: έτσι κρατάτε τον πελάτη.",
        ),
    }
}

impl BadNewsStructure {
    /// Prepares the phrase lists.
    pub fn new() -> Self {
        BadNewsStructure {
            euphemisms: PhraseList::builtin(
                "bad_news_structure.euphemisms",
                crate::phrase_file!("bad_news_structure.euphemisms.txt"),
            ),
        }
    }
}

impl Rule for BadNewsStructure {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let view = &ctx.own;
        let first_bad = first_bad_news(ctx);
        if let Some(bad) = first_bad {
            let thanked = thanks_phrases()
                .find_iter(view)
                .any(|m| m.words.start < bad.start);
            let solved = solution_phrases().is_found_in(view);
            let message = match (thanked, solved) {
                (true, true) => None,
                (false, true) => Some(tr!(
                    en: "The bad news comes without thanks first; open by thanking the client for their business.",
                    ru: "Плохая новость идёт без благодарности; начните с того, что поблагодарите клиента за сотрудничество.",
                    el: "Τα κακά νέα έρχονται χωρίς ευχαριστίες· ξεκινήστε ευχαριστώντας τον πελάτη για τη συνεργασία.",
                )),
                (true, false) => Some(tr!(
                    en: "The bad news comes with no solution, alternative or next step; offer the client a way forward.",
                    ru: "К плохой новости не предложено решения, альтернативы или следующего шага; предложите клиенту выход.",
                    el: "Τα κακά νέα δεν συνοδεύονται από λύση, εναλλακτική ή επόμενο βήμα· προτείνετε στον πελάτη μια διέξοδο.",
                )),
                (false, false) => Some(tr!(
                    en: "The bad news comes without thanks first and with no solution or next step; thank the client, then offer a way forward.",
                    ru: "Плохая новость идёт без благодарности и без решения или следующего шага; поблагодарите клиента и предложите выход.",
                    el: "Τα κακά νέα έρχονται χωρίς ευχαριστίες και χωρίς λύση ή επόμενο βήμα· ευχαριστήστε τον πελάτη και προτείνετε μια διέξοδο.",
                )),
            };
            if let Some(message) = message {
                out.push(Diagnostic::new(
                    Field::Body,
                    view.span(bad.start, bad.end - 1),
                    ctx.text(&message),
                ));
            }
        }
        for range in self.euphemisms.spans(view) {
            let message = tr!(
                en: "“{text}” blurs what happened; say plainly what it was and how it affects the client.",
                ru: "«{text}» затуманивает суть; скажите прямо, что случилось и как это касается клиента.",
                el: "Το «{text}» θολώνει το τι συνέβη· πείτε καθαρά τι έγινε και πώς επηρεάζει τον πελάτη.",
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

    fn rule() -> BadNewsStructure {
        BadNewsStructure::new()
    }

    #[test]
    fn flags_bare_bad_news_in_each_language() {
        assert_eq!(
            excerpts(&rule(), "Unfortunately, your order will be delayed."),
            ["order will be delayed"]
        );
        assert_eq!(
            excerpts(&rule(), "К сожалению, поставка задерживается."),
            ["К сожалению, поставка задерживается"]
        );
        assert_eq!(
            excerpts(&rule(), "Δυστυχώς η παράδοση θα καθυστερήσει."),
            ["Δυστυχώς η παράδοση θα καθυστερήσει"]
        );
    }

    #[test]
    fn flags_missing_solution_after_thanks() {
        let found = run(
            &rule(),
            &letter("Спасибо, что вы с нами. Поставки задерживаются на неделю."),
        );
        assert_eq!(found.len(), 1);
        assert!(
            found[0].message.contains("solution"),
            "{}",
            found[0].message
        );
        let found = run(
            &rule(),
            &letter("Σας ευχαριστούμε για τη συνεργασία. Η αποστολή θα καθυστερήσει."),
        );
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn does_not_take_the_bad_news_for_a_solution() {
        for text in [
            "К сожалению, вынуждены сообщить, что поставка задерживается. Это может затронуть склад.",
            "Δυστυχώς η παράδοση θα καθυστερήσει και μπορεί να αργήσει κι άλλο.",
            "We regret to inform you that your order will be delayed; it may take a month.",
        ] {
            let found = run(&rule(), &letter(text));
            assert_eq!(found.len(), 1, "{text}");
            assert!(found[0].message.contains("no solution"), "{}", found[0].message);
        }
    }

    #[test]
    fn flags_missing_thanks_when_a_solution_is_offered() {
        let found = run(
            &rule(),
            &letter("Prices will increase in May. We can offer a fixed rate until then."),
        );
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("thanks"), "{}", found[0].message);
    }

    #[test]
    fn flags_euphemisms_with_inflections() {
        assert_eq!(
            excerpts(&rule(), "Из-за временных трудностей мы пересмотрели план."),
            ["временных трудностей"]
        );
        assert_eq!(
            excerpts(
                &rule(),
                "Due to unforeseen circumstances the office is closed."
            ),
            ["Due to unforeseen circumstances"]
        );
        assert_eq!(
            excerpts(
                &rule(),
                "Λόγω απρόβλεπτων συνθηκών το γραφείο είναι κλειστό."
            ),
            ["Λόγω απρόβλεπτων συνθηκών"]
        );
    }

    #[test]
    fn allows_well_built_bad_news() {
        assert_no_lints(
            "Thank you for ordering with us for six years. Your order will be delayed by a week; \
             instead of waiting, you can take the same model from our Leeds store today.",
            &rule(),
        );
        assert_no_lints(
            "Спасибо, что вы с нами. Поставка задерживается на неделю; предлагаем скидку 10% \
             или замену на модель из наличия.",
            &rule(),
        );
        assert_no_lints(
            "Σας ευχαριστούμε για τη συνεργασία. Η παράδοση θα καθυστερήσει· σας προτείνουμε \
             εναλλακτικά ένα παρόμοιο μοντέλο.",
            &rule(),
        );
    }

    #[test]
    fn ignores_quotes_and_good_news() {
        assert_no_lints(
            "Noted.\n\nOn Mon, Peter wrote:\n> Our delivery will be delayed.\n",
            &rule(),
        );
        assert_no_lints(
            "Понял.\n\n> Поставка задерживается из-за временных трудностей.\n",
            &rule(),
        );
        assert_no_lints("Εντάξει.\n\n> Η παράδοση θα καθυστερήσει.\n", &rule());
        assert_no_lints("The delivery arrives on Friday.", &rule());
        assert_no_lints("Поставка придёт в пятницу.", &rule());
        assert_no_lints("Η παράδοση θα γίνει την Παρασκευή.", &rule());
    }

    #[test]
    fn has_a_message_in_every_language() {
        let draft = letter("Заказ отменён.");
        assert_eq!(messages_in_every_language(&rule(), &draft).len(), 3);
    }
}
