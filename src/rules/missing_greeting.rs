use crate::context::{Context, Diagnostic, Recipient};
use crate::finding::{Field, Severity};
use crate::language::Lang;
use crate::rules::names::{greeting_for, NameMatcher};
use crate::rules::spans::{first_own_line, is_bulk};
use crate::rules::{Category, Rule, Status};
use crate::tr;
use crate::words::is_capitalised;

/// Own texts shorter than this many words are quick notes ("Thanks, got
/// it.") that do without a greeting.
const SHORT_NOTE_WORDS: usize = 15;

declare_rule! {
    /// ## What it does
    /// Flags a letter to one, two or three people, one of them outside the
    /// company, whose own text starts without any greeting ("Dear Peter",
    /// "Здравствуйте", "Καλημέρα σας"…). Notes among colleagues often do
    /// without one and are left alone, and so are mass mailings (an
    /// unsubscribe line, or `bulk_recipients` addresses).
    /// A first line that only names the reader ("Peter,", "Ольга
    /// Сергеевна!") counts as a greeting, and so does a first sentence that
    /// opens with a recipient's name ("Peter, the contract is ready").
    /// Quick notes of fewer than 15 words of own text are left alone, as
    /// are letters to more than three addresses. It suggests a greeting by
    /// the recipient's first name when the draft gives one.
    ///
    /// ## Why is this bad?
    /// The seed on keeping a dialogue asks to personalise the service and to
    /// address the client properly ("Обращение к клиенту"); a letter that
    /// starts straight with business reads as a notice, not a conversation.
    /// The Greek seed on bad-news letters asks to open with a thank-you,
    /// which needs an opening in the first place.
    ///
    /// ## Example
    /// - en: "The contract is ready, please sign it by Friday…" — to Peter
    ///   Brown, no greeting
    /// - ru: "Договор готов, подпишите его до пятницы…" — без обращения
    /// - el: "Το συμβόλαιο είναι έτοιμο, υπογράψτε το έως την Παρασκευή…" —
    ///   χωρίς χαιρετισμό
    ///
    /// ## Options
    /// None. The greeting words are the layout's `greetings.txt`.
    pub struct MissingGreeting {
        names: &'static NameMatcher,
    }
    info {
        id: "missing-greeting",
        severity: Severity::Info,
        category: Category::Content,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "No greeting", ru: "Нет приветствия", el: "Χωρίς χαιρετισμό"),
        reason: tr!(
            en: "A letter that starts straight with business reads as a notice, not a conversation.",
            ru: "Письмо, которое сразу начинается с дела, читается как уведомление, а не разговор.",
            el: "Ένα μήνυμα που ξεκινά κατευθείαν με τη δουλειά διαβάζεται σαν ανακοίνωση, όχι σαν συζήτηση.",
        ),
    }
}

impl MissingGreeting {
    /// Prepares the name lists.
    pub fn new() -> Self {
        MissingGreeting {
            names: NameMatcher::shared(),
        }
    }

    /// True when the first line only names the reader ("Peter," / "Ольга
    /// Сергеевна!") or the text opens with a recipient's name.
    fn opens_with_name(&self, ctx: &Context, first_line: &str, recipients: &[&Recipient]) -> bool {
        let trimmed = first_line.trim_end();
        let words: Vec<&str> = trimmed.split_whitespace().collect();
        if trimmed.ends_with([',', '!', ':', '-', '\u{2013}', '\u{2014}'])
            && words.len() <= 4
            && words.iter().all(|w| is_capitalised(w))
        {
            return true;
        }
        self.names
            .own_text_opens_with_name(ctx, recipients.iter().copied())
    }
}

impl Rule for MissingGreeting {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        if ctx.layout.greeting.is_some() || ctx.own.len() < SHORT_NOTE_WORDS {
            return;
        }
        let recipients: Vec<&Recipient> = ctx
            .recipients
            .iter()
            .filter(|r| r.field != Field::Bcc)
            .collect();
        if recipients.is_empty()
            || recipients.len() > 3
            || ctx.external_recipients().next().is_none()
            || is_bulk(ctx)
        {
            return;
        }
        let Some(range) = first_own_line(ctx) else {
            return;
        };
        let line = &ctx.body[range.clone()];
        // A separator ("----- Forwarded by …", "=====") opens no letter.
        if line.starts_with(['-', '=', '_', '*', '[', '#'])
            || self.opens_with_name(ctx, line, &recipients)
        {
            return;
        }
        let name = recipients
            .iter()
            .filter(|r| r.field == Field::To && self.names.has_personal_name(r))
            .find_map(|r| self.names.first_name(r));
        let mut diagnostic = Diagnostic::new(
            Field::Body,
            range.clone(),
            ctx.text(&tr!(
                en: "The letter starts without a greeting; open by addressing the reader.",
                ru: "Письмо начинается без приветствия; начните с обращения к читателю.",
                el: "Το μήνυμα ξεκινά χωρίς χαιρετισμό· ξεκινήστε προσφωνώντας τον αναγνώστη.",
            )),
        );
        if let Some(lang) = ctx.lang {
            let greeting = greeting_for(lang, name.as_deref());
            let end = if lang == Lang::Ru { "!" } else { "," };
            diagnostic =
                diagnostic.with_suggestion(format!("{greeting}{end}\n\n{}", &ctx.body[range]));
        }
        out.push(diagnostic);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::*;

    fn rule() -> MissingGreeting {
        MissingGreeting::new()
    }

    const EN: &str = "The contract is ready. Please sign both copies and send one back to us by Friday, so we can start in May.";
    const RU: &str = "Договор готов. Подпишите, пожалуйста, оба экземпляра и верните один нам до пятницы, чтобы мы начали в мае.";
    const EL: &str = "Το συμβόλαιο είναι έτοιμο. Υπογράψτε και τα δύο αντίτυπα και στείλτε μας το ένα έως την Παρασκευή, για να ξεκινήσουμε τον Μάιο.";

    fn to(recipient: &str, body: &str) -> Vec<String> {
        excerpts_to(&rule(), recipient, body)
    }

    #[test]
    fn flags_letters_without_greeting_in_each_language() {
        assert_eq!(excerpts(&rule(), EN), [EN]);
        assert_eq!(excerpts(&rule(), RU), [RU]);
        assert_eq!(excerpts(&rule(), EL), [EL]);
    }

    #[test]
    fn suggests_a_greeting_by_name() {
        assert_suggestion_result(EN, &rule(), &format!("Dear Peter,\n\n{EN}"));
        let mut draft = letter(RU);
        draft.to = vec!["Ольга Смирнова <olga@client.ru>".into()];
        let found = run(&rule(), &draft);
        assert_eq!(
            found[0].suggestion.as_deref(),
            Some(format!("Здравствуйте, Ольга!\n\n{RU}").as_str())
        );
    }

    #[test]
    fn allows_greetings_in_each_language_and_inflection() {
        assert_no_lints(&format!("Dear Peter,\n\n{EN}"), &rule());
        assert_no_lints(&format!("Good morning!\n{EN}"), &rule());
        assert_no_lints(&format!("Здравствуйте, Пётр!\n\n{RU}"), &rule());
        assert_no_lints(&format!("Добрый день!\n{RU}"), &rule());
        assert_no_lints(&format!("Уважаемая Ольга Сергеевна!\n\n{RU}"), &rule());
        assert_no_lints(&format!("Καλημέρα σας,\n\n{EL}"), &rule());
        assert_no_lints(&format!("Αγαπητέ Πέτρο,\n\n{EL}"), &rule());
        // A title and surname greet as well.
        assert_no_lints(&format!("Mr Brown,\n\n{EN}"), &rule());
        assert_no_lints(&format!("Dr. Patel, {EN}"), &rule());
        assert_no_lints(&format!("Господин Петров,\n\n{RU}"), &rule());
        assert_no_lints(&format!("Κύριε Παππά,\n\n{EL}"), &rule());
    }

    #[test]
    fn allows_a_name_alone_or_first() {
        assert_no_lints(&format!("Peter,\n\n{EN}"), &rule());
        assert_no_lints(&format!("Peter -\n\n{EN}"), &rule());
        assert_no_lints(
            &format!("---------- Forwarded by Anna ----------\n{EN}"),
            &rule(),
        );
        assert!(to(
            "Ольга Смирнова <olga@client.ru>",
            &format!("Ольга Сергеевна!\n\n{RU}")
        )
        .is_empty());
        assert!(to("Ольга Смирнова <olga@client.ru>", &format!("Ольга, {RU}")).is_empty());
        assert!(to("Νίκος Παππάς <np@client.gr>", &format!("Νίκο, {EL}")).is_empty());
    }

    #[test]
    fn allows_short_notes_and_many_recipients() {
        assert_no_lints("Thanks, got it.", &rule());
        assert_no_lints("Спасибо, получил.", &rule());
        assert_no_lints("Ευχαριστώ, το έλαβα.", &rule());
        let mut draft = letter(EN);
        draft.to = (0..4).map(|i| format!("p{i}@client.com")).collect();
        assert!(run(&rule(), &draft).is_empty());
        assert_no_lints(&format!("{EN} To unsubscribe, reply STOP."), &rule());
        let mut to_colleague = letter(RU);
        to_colleague.to = vec!["Борис <boris@acme.com>".into()];
        assert!(run(&rule(), &to_colleague).is_empty());
    }

    #[test]
    fn allows_a_name_first_greeting_with_patronymic() {
        assert!(to(
            "svetlana@client.ru",
            &format!("Светлана Игоревна, добрый день!\n\n{RU}")
        )
        .is_empty());
        assert!(to("peter@client.com", &format!("Peter, good morning!\n\n{EN}")).is_empty());
        assert!(to("nikos@client.gr", &format!("Νίκο, καλημέρα!\n\n{EL}")).is_empty());
    }

    /// A letter typed as one long line that opens with a greeting has
    /// one, in every language.
    #[test]
    fn allows_a_greeting_opening_a_letter_typed_as_one_line() {
        for (to_address, body) in [
            (
                "kev@client.com",
                "Hi Kev, the boiler is still cold and nobody has called us since Monday, so please tell me today when the engineer can come and what we should do meanwhile.",
            ),
            (
                "oleg@client.ru",
                "Добрый день, Олег! Котёл так и не греет, с понедельника нам никто не звонил, подскажите, пожалуйста, сегодня, когда придёт мастер и что нам пока делать.",
            ),
            (
                "nikos@client.gr",
                "Καλημέρα σας κύριε Νίκο, ο λέβητας ακόμα δεν ζεσταίνει και από τη Δευτέρα δεν μας πήρε κανείς τηλέφωνο, πείτε μου σήμερα πότε θα έρθει ο τεχνικός.",
            ),
        ] {
            assert!(to(to_address, body).is_empty(), "{body}");
        }
        // The same letter without its greeting still lacks one.
        assert_eq!(
            to(
                "kev@client.com",
                "The boiler is still cold and nobody has called us since Monday, so please tell me today when the engineer can come and what we should do meanwhile."
            )
            .len(),
            1
        );
    }

    #[test]
    fn allows_bcc_mailings() {
        for body in [EN, RU, EL] {
            let mut draft = letter(body);
            draft.to = vec!["Anna Smith <anna@acme.com>".into()];
            draft.bcc = (0..3).map(|i| format!("c{i}@client{i}.com")).collect();
            assert!(run(&rule(), &draft).is_empty(), "{body}");
        }
    }

    #[test]
    fn reads_only_own_text() {
        let body = format!("Hi Peter,\nsee below.\n\nOn Mon, Peter wrote:\n> {EN}\n");
        assert_no_lints(&body, &rule());
        assert_no_lints(&format!("Привет!\n\n> {RU}\n"), &rule());
        assert_no_lints(&format!("Γεια σας!\n\n> {EL}\n"), &rule());
    }

    #[test]
    fn has_a_message_in_every_language() {
        assert_eq!(messages_in_every_language(&rule(), &letter(EN)).len(), 3);
    }
}
