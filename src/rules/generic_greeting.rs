use crate::context::{Context, Diagnostic, Recipient};
use crate::finding::{Field, Severity};
use crate::language::Lang;
use crate::phrases::PhraseList;
use crate::rules::names::{greeting_for, NameMatcher};
use crate::rules::spans::is_bulk;
use crate::rules::{Category, Rule, Status};
use crate::tr;
use crate::words::TextView;

declare_rule! {
    /// ## What it does
    /// Flags a greeting that addresses nobody in particular — "Dear
    /// Customer", "Dear Sir or Madam", "To whom it may concern", "Уважаемый
    /// клиент", "Уважаемые господа", "Αγαπητέ πελάτη", "Αξιότιμε κύριε/κυρία"
    /// — in a letter to at most three people, one of whom the draft names
    /// ("Peter Brown <peter@client.com>"). It suggests greeting that person
    /// by name. A greeting that goes on to a name ("Αγαπητέ κύριε
    /// Παπαδόπουλε", "Dear Sir John") is personal. Mass mailings (many
    /// recipients, an unsubscribe line, or clients in Bcc only) and recipients
    /// without a display name are left alone.
    ///
    /// ## Why is this bad?
    /// The seed on keeping a dialogue asks to personalise the service to the
    /// client ("Персонализируйте сервис под потребности клиента",
    /// "Индивидуальный подход"): a client whose name you know and who is
    /// greeted as "dear customer" reads a form letter. The seed on handling
    /// company mail says model letters are fine as long as you change what
    /// the new recipient needs.
    ///
    /// ## Example
    /// - en: "Dear Customer," — to Peter Brown
    /// - ru: "Уважаемый клиент!" — to Ольга Смирнова
    /// - el: "Αγαπητέ πελάτη," — to Νίκος Παππάς
    ///
    /// ## Options
    /// None. The phrases are in `generic_greeting.txt` beside this file.
    pub struct GenericGreeting {
        phrases: PhraseList,
        names: &'static NameMatcher,
    }
    info {
        id: "generic-greeting",
        severity: Severity::Warning,
        category: Category::Content,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "Impersonal greeting", ru: "Безличное обращение", el: "Απρόσωπος χαιρετισμός"),
        reason: tr!(
            en: "A client whose name you know reads “Dear Customer” as a form letter.",
            ru: "Клиент, чьё имя вам известно, прочтёт «Уважаемый клиент» как рассылку.",
            el: "Ένας πελάτης του οποίου ξέρετε το όνομα διαβάζει το «Αγαπητέ πελάτη» σαν εγκύκλιο.",
        ),
    }
}

impl GenericGreeting {
    /// Prepares the phrase list.
    pub fn new() -> Self {
        GenericGreeting {
            phrases: PhraseList::builtin(
                "generic_greeting",
                crate::phrase_file!("generic_greeting.txt"),
            ),
            names: NameMatcher::shared(),
        }
    }
}

impl Rule for GenericGreeting {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(greeting) = &ctx.layout.greeting else {
            return;
        };
        let addressed: Vec<&Recipient> = ctx
            .recipients
            .iter()
            .filter(|r| r.field != Field::Bcc)
            .collect();
        if addressed.is_empty() || addressed.len() > 3 || is_bulk(ctx) {
            return;
        }
        let Some(person) = addressed
            .iter()
            .find(|r| r.field == Field::To && self.names.has_personal_name(r))
        else {
            return;
        };
        let view = TextView::new(&ctx.body, std::slice::from_ref(greeting));
        let Some(found) = self.phrases.find_iter(&view).min_by_key(|m| m.words.start) else {
            return;
        };
        let range = view.span(found.words.start, found.words.end - 1);
        // "Αγαπητέ κύριε Παπαδόπουλε", "Dear Sir John": the greeting goes on
        // to the reader's name, so it is personal after all.
        let rest = &ctx.body[range.end..greeting.end];
        if rest.starts_with(char::is_whitespace)
            && self
                .names
                .greeting_names(rest, range.end)
                .is_some_and(|names| !names.is_empty())
        {
            return;
        }
        let lang = self.phrases.phrases()[found.phrase].lang;
        let name = self.names.first_name(person);
        let shown = person.address.as_ref().map_or("", |a| a.name.as_str());
        let message = tr!(
            en: "The letter goes to {name}, but the greeting addresses nobody in particular; greet them by name.",
            ru: "Получатель: {name}, а обращение безличное. Обратитесь к получателю по имени.",
            el: "Παραλήπτης: {name}, αλλά ο χαιρετισμός δεν απευθύνεται σε κάποιον συγκεκριμένα. Χαιρετήστε τον παραλήπτη με το όνομά του.",
        )
        .format(ctx.ui(), &[("name", shown)]);
        let mut diagnostic = Diagnostic::new(Field::Body, range, message);
        if let Some(name) = name {
            diagnostic = diagnostic.with_suggestion(greeting_for(lang, Some(&name)));
        }
        out.push(diagnostic);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::*;

    fn rule() -> GenericGreeting {
        GenericGreeting::new()
    }

    fn to(recipient: &str, body: &str) -> Vec<String> {
        excerpts_to(&rule(), recipient, body)
    }

    #[test]
    fn flags_impersonal_greetings_in_each_language() {
        assert_eq!(
            excerpts(&rule(), "Dear Customer,\n\nyour order has shipped."),
            ["Dear Customer"]
        );
        assert_eq!(
            excerpts(&rule(), "Dear Sir or Madam,\n\nyour order has shipped."),
            ["Dear Sir or Madam"]
        );
        assert_eq!(
            to(
                "Ольга Смирнова <olga@client.ru>",
                "Уважаемый клиент!\n\nЗаказ отправлен."
            ),
            ["Уважаемый клиент"]
        );
        assert_eq!(
            to(
                "Νίκος Παππάς <np@client.gr>",
                "Αγαπητέ πελάτη,\n\nη παραγγελία στάλθηκε."
            ),
            ["Αγαπητέ πελάτη"]
        );
    }

    #[test]
    fn flags_inflected_forms() {
        assert_eq!(
            excerpts(&rule(), "Dear Sir/Madam,\n\nshipped."),
            ["Dear Sir/Madam"]
        );
        assert_eq!(
            to(
                "Ольга Смирнова <olga@client.ru>",
                "Здравствуйте, уважаемая покупательница!\n\nЗаказ отправлен."
            ),
            ["уважаемая покупательница"]
        );
        assert_eq!(
            to(
                "Ελένη Βλάχου <ev@client.gr>",
                "Αξιότιμε κύριε/κυρία,\n\nη παραγγελία στάλθηκε."
            ),
            ["Αξιότιμε κύριε/κυρία"]
        );
    }

    /// Written before the list changed (2026-12-04, late night): the
    /// plural greets a team of named people; one colleague unnamed is
    /// still a form letter.
    #[test]
    fn colleagues_greet_a_team_and_one_colleague_unnamed_is_impersonal() {
        let two = |a: &str, b: &str, body: &str| {
            let mut draft = letter(body);
            draft.to = vec![a.into(), b.into()];
            run(&rule(), &draft)
        };
        for (a, b, body) in [
            (
                "Peter Brown <peter@client.com>",
                "Mary Green <mary@client.com>",
                "Dear colleagues,\n\nThe parts arrive on Monday.",
            ),
            (
                "Пётр Иванов <petr@client.ru>",
                "Мария Петрова <maria@client.ru>",
                "Уважаемые коллеги!\n\nДетали придут в понедельник.",
            ),
            (
                "Νίκος Γεωργίου <nikos@client.gr>",
                "Μαρία Παππά <maria@client.gr>",
                "Αγαπητοί συνάδελφοι,\n\nΤα ανταλλακτικά έρχονται τη Δευτέρα.",
            ),
        ] {
            assert!(two(a, b, body).is_empty(), "{body:?}");
        }
        assert_eq!(
            to(
                "Peter Brown <peter@client.com>",
                "Dear colleague,\n\nThe parts arrive on Monday."
            ),
            ["Dear colleague"]
        );
        assert_eq!(
            to(
                "Пётр Иванов <petr@client.ru>",
                "Уважаемый коллега!\n\nДетали придут в понедельник."
            ),
            ["Уважаемый коллега"]
        );
        assert_eq!(
            to(
                "Νίκος Γεωργίου <nikos@client.gr>",
                "Αγαπητέ συνάδελφε,\n\nΤα ανταλλακτικά έρχονται τη Δευτέρα."
            ),
            ["Αγαπητέ συνάδελφε"]
        );
    }

    #[test]
    fn suggests_the_name() {
        assert_suggestion_result(
            "Dear Customer,\n\nshipped.",
            &rule(),
            "Dear Peter,\n\nshipped.",
        );
        let mut draft = letter("Уважаемый клиент!\n\nЗаказ отправлен.");
        draft.to = vec!["Смирнова, Ольга <olga@client.ru>".into()];
        let found = run(&rule(), &draft);
        assert_eq!(found[0].suggestion.as_deref(), Some("Здравствуйте, Ольга"));
    }

    #[test]
    fn allows_personal_greetings_and_unnamed_or_many_recipients() {
        assert_no_lints("Dear Peter,\n\nshipped.", &rule());
        assert!(to(
            "Ольга Смирнова <olga@client.ru>",
            "Уважаемая Ольга!\n\nГотово."
        )
        .is_empty());
        assert!(to("Νίκος Παππάς <np@client.gr>", "Αγαπητέ Νίκο,\n\nέτοιμο.").is_empty());
        // Χρήστος shares a stem with "χρήστη" (user).
        assert!(to(
            "Χρήστος Βασιλείου <cv@client.gr>",
            "Αγαπητέ Χρήστο,\n\nέτοιμο."
        )
        .is_empty());
        assert_eq!(
            to(
                "Χρήστος Βασιλείου <cv@client.gr>",
                "Αγαπητέ χρήστη,\n\nέτοιμο."
            ),
            ["Αγαπητέ χρήστη"]
        );
        assert!(to("orders@client.com", "Dear Customer,\n\nshipped.").is_empty());
        assert!(to(
            "Client Support <help@client.com>",
            "Dear Customer,\n\nshipped."
        )
        .is_empty());
        let mut draft = letter("Dear Customer,\n\nshipped.");
        draft.to = (0..5)
            .map(|i| format!("Person {i} <p{i}@client.com>"))
            .collect();
        assert!(run(&rule(), &draft).is_empty());
    }

    #[test]
    fn a_greeting_that_goes_on_to_a_name_is_personal() {
        assert!(to(
            "Νίκος Παπαδόπουλος <np@client.gr>",
            "Αγαπητέ κύριε Παπαδόπουλε,\n\nη παραγγελία στάλθηκε."
        )
        .is_empty());
        // A surname of two syllables in the vocative.
        assert!(to(
            "Νίκος Παππάς <np@client.gr>",
            "Αγαπητέ κύριε Παππά,\n\nη παραγγελία στάλθηκε."
        )
        .is_empty());
        assert!(to(
            "Ελένη Βλάχου <ev@client.gr>",
            "Αγαπητή κυρία Βλάχου,\n\nη παραγγελία στάλθηκε."
        )
        .is_empty());
        assert!(to(
            "Νίκος Παπαδόπουλος <np@client.gr>",
            "Αξιότιμε κύριε Παπαδόπουλε,\n\nη παραγγελία στάλθηκε."
        )
        .is_empty());
        assert!(to(
            "Ольга Смирнова <olga@client.ru>",
            "Уважаемый клиент Ольга Смирнова!\n\nЗаказ отправлен."
        )
        .is_empty());
        assert_no_lints("Dear Sir John,\n\nshipped.", &rule());
        // Still impersonal: "Dear Sirs", "Αγαπητοί κύριοι".
        assert_eq!(
            to(
                "Νίκος Παππάς <np@client.gr>",
                "Αγαπητοί κύριοι,\n\nη παραγγελία στάλθηκε."
            ),
            ["Αγαπητοί κύριοι"]
        );
        assert_eq!(excerpts(&rule(), "Dear Sirs, Shipped."), ["Dear Sirs"]);
    }

    #[test]
    fn a_bcc_mailing_is_not_judged() {
        // A mailing sent to oneself with the clients in Bcc.
        for body in [
            "Dear Customer,\n\nour prices change in May.",
            "Уважаемый клиент!\n\nЦены меняются в мае.",
            "Αγαπητέ πελάτη,\n\nοι τιμές αλλάζουν τον Μάιο.",
        ] {
            let mut draft = letter(body);
            draft.to = vec!["Anna Smith <anna@acme.com>".into()];
            draft.bcc = (0..3)
                .map(|i| format!("Client {i} <c{i}@client{i}.com>"))
                .collect();
            assert!(run(&rule(), &draft).is_empty(), "{body}");
        }
    }

    #[test]
    fn ignores_quotes_and_text_after_the_greeting() {
        assert_no_lints(
            "Hi Peter,\n\nok.\n\nOn Mon, Shop wrote:\n> Dear Customer,\n",
            &rule(),
        );
        assert_no_lints("Здравствуйте, Пётр!\n\n> Уважаемый клиент!\n", &rule());
        assert_no_lints("Γεια σας, Peter!\n\n> Αγαπητέ πελάτη,\n", &rule());
        assert_no_lints(
            "Hi Peter,\nour note says dear customer everywhere.",
            &rule(),
        );
    }

    #[test]
    fn has_a_message_in_every_language() {
        assert_eq!(
            messages_in_every_language(&rule(), &letter("Dear Customer,\n\nok.")).len(),
            3
        );
    }
}
