use crate::context::{Context, Diagnostic, Recipient};
use crate::finding::{Field, Severity};
use crate::language::{Lang, Script};
use crate::rules::names::{address_pieces, display_name_initials, skeleton, NameMatcher};
use crate::rules::{Category, Rule, Status};
use crate::tr;
use crate::words::word_script;
use std::ops::Range;

declare_rule! {
    /// ## What it does
    /// Flags a greeting that names someone who is not among the recipients —
    /// the sign of a letter reused for another client: "Dear John," to Peter
    /// Brown; "Добрый день, Анна!" to Ольга Смирнова; "Αγαπητή Μαρία," to
    /// Ελένη Παπαδοπούλου. The names in the greeting line (capitalised words
    /// before the first comma or exclamation mark, not greeting words or
    /// titles like "Dear", "Mr", "Team", "All", "коллеги", "κύριε") are
    /// compared with the recipients' display names and the parts of their
    /// addresses (`olga.smirnova@…`). Inflected and vocative forms match
    /// ("Ольге", "Ольга Сергеевна" for Ольга Смирнова, "κύριε Παπαδόπουλε"
    /// for Παπαδόπουλος), and so do transliterations (Olga/Ольга,
    /// Nikos/Νίκος) and everyday forms (Bob/Robert, Саша/Александр,
    /// Γιάννης/Ιωάννης).
    ///
    /// Because it is an error, the rule stays silent whenever it cannot be
    /// sure: a greeting with template fields (`{USERNAME}`), a greeting to a
    /// department ("Dear Acme Support"), a To recipient with no display name
    /// and an address that does not spell a name (`info@…`), or names
    /// written in a script none of the recipients' names use.
    ///
    /// ## Why is this bad?
    /// The seed on keeping a dialogue asks to personalise the answer and to
    /// re-check every message before sending ("Перепроверяйте сообщения
    /// перед отправкой"); the seed on handling company mail recommends
    /// keeping model letters and changing what each new recipient needs —
    /// and the name is what gets forgotten. A client greeted by someone
    /// else's name knows at once the letter was copied, and often that
    /// another client got the same offer.
    ///
    /// ## Example
    /// - en: "Dear John," — to Peter Brown <peter@client.com>
    /// - ru: "Добрый день, Анна!" — to Ольга Смирнова <olga@client.ru>
    /// - el: "Αγαπητή Μαρία," — to Ελένη Παπαδοπούλου <eleni@client.gr>
    ///
    /// ## Options
    /// None. The name lists are shared with `generic-greeting` and
    /// `missing-greeting` and live beside `names.rs`: words that are not names
    /// in `names.not_names.txt`, words that make a greeting address a group
    /// in `names.roles.txt`, everyday forms of names in
    /// `names.diminutives.txt`.
    pub struct NameMismatch {
        names: &'static NameMatcher,
    }
    info {
        id: "name-mismatch",
        severity: Severity::Error,
        category: Category::Content,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "Wrong name in the greeting", ru: "Чужое имя в обращении", el: "Λάθος όνομα στον χαιρετισμό"),
        reason: tr!(
            en: "A client greeted by someone else's name knows the letter was copied.",
            ru: "Клиент, к которому обратились чужим именем, сразу поймёт, что письмо скопировано.",
            el: "Ένας πελάτης που προσφωνείται με άλλο όνομα καταλαβαίνει ότι το μήνυμα αντιγράφηκε.",
        ),
    }
}

impl NameMismatch {
    /// Prepares the word lists.
    pub fn new() -> Self {
        NameMismatch {
            names: NameMatcher::shared(),
        }
    }

    /// True when `name` is one of the recipients'.
    fn is_known(&self, ctx: &Context, name: &str) -> bool {
        let display = ctx
            .recipients
            .iter()
            .flat_map(|r| self.names.display_name_words(r));
        for known in display {
            if self.names.same_name(name, &known) {
                return true;
            }
        }
        // A display name with initials ("ИП Гаспарян А. Р.") answers to
        // a name that starts with one of them ("Ашот Рубенович").
        let initial = crate::normalize::normalize(name).chars().next();
        if ctx
            .recipients
            .iter()
            .any(|r| initial.is_some_and(|i| display_name_initials(r).contains(&i)))
        {
            return true;
        }
        let skeleton = skeleton(name);
        ctx.recipients.iter().any(|r| {
            let (pieces, label) = address_pieces(r);
            pieces.iter().chain(label.iter()).any(|piece| {
                self.names.same_name(name, piece)
                    || (skeleton.len() >= 4 && piece.contains(&skeleton))
            })
        })
    }
}

/// Scripts in which the recipients' names are known.
fn known_scripts(names: &NameMatcher, recipients: &[Recipient]) -> KnownScripts {
    let mut scripts = KnownScripts::default();
    for r in recipients {
        for word in names.display_name_words(r) {
            scripts.insert(ScriptKey::of(word_script(&word)));
        }
        if address_pieces(r).0.len() >= 2 {
            scripts.insert(ScriptKey::Latin);
        }
    }
    scripts
}

/// A set of [`ScriptKey`]s, one bit each (four scripts need no hash table).
#[derive(Default)]
struct KnownScripts(u8);

impl KnownScripts {
    fn insert(&mut self, key: ScriptKey) {
        self.0 |= 1 << key as u8;
    }

    fn contains(&self, key: &ScriptKey) -> bool {
        self.0 & (1 << *key as u8) != 0
    }
}

#[derive(Clone, Copy)]
enum ScriptKey {
    Latin,
    Cyrillic,
    Greek,
    Other,
}

impl ScriptKey {
    fn of(script: Script) -> ScriptKey {
        match script {
            Script::Latin => ScriptKey::Latin,
            Script::Cyrillic => ScriptKey::Cyrillic,
            Script::Greek => ScriptKey::Greek,
            Script::Other => ScriptKey::Other,
        }
    }
}

impl Rule for NameMismatch {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(greeting) = &ctx.layout.greeting else {
            return;
        };
        let to: Vec<&Recipient> = ctx
            .recipients
            .iter()
            .filter(|r| r.field == Field::To)
            .collect();
        // Unsure unless every To recipient's name is known, from the display
        // name or a first.last address.
        // An organisation's mailbox (`Бизнес-центр "Пулково"`, `Web studio
        // "Pixel"`) is read by people whose names it does not give.
        let all_named = !to.is_empty()
            && to.iter().all(|r| {
                !self.names.is_organisation(r)
                    && (!self.names.display_name_words(r).is_empty()
                        || address_pieces(r).0.len() >= 2)
            });
        if !all_named {
            return;
        }
        let Some(names) = self
            .names
            .greeting_names(&ctx.body[greeting.clone()], greeting.start)
        else {
            return;
        };
        if names.is_empty()
            || names
                .iter()
                .any(|w| self.is_known(ctx, &ctx.body[w.range.clone()]))
        {
            return;
        }
        let scripts = known_scripts(self.names, &ctx.recipients);
        let Some(first) = names
            .iter()
            .find(|w| scripts.contains(&ScriptKey::of(w.script)))
        else {
            return;
        };
        let span: Range<usize> =
            first.range.start..names.last().map_or(first.range.end, |w| w.range.end);
        let recipient = to
            .iter()
            .find_map(|r| {
                r.address.as_ref().map(|a| {
                    if a.name.is_empty() {
                        a.email.clone()
                    } else {
                        a.name.clone()
                    }
                })
            })
            .unwrap_or_default();
        let message = tr!(
            en: "The greeting names “{name}”, but the letter goes to {recipient}. Was it copied from another letter?",
            ru: "В обращении «{name}», а получатель — {recipient}. Не скопировано ли письмо из другого?",
            el: "Ο χαιρετισμός αναφέρει «{name}», αλλά παραλήπτης είναι: {recipient}. Μήπως το μήνυμα αντιγράφηκε από άλλο;",
        )
        .format(ctx.ui(), &[("name", &ctx.body[span.clone()]), ("recipient", &recipient)]);
        out.push(Diagnostic::new(Field::Body, span, message));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::*;

    fn rule() -> NameMismatch {
        NameMismatch::new()
    }

    fn to(recipient: &str, body: &str) -> Vec<String> {
        excerpts_to(&rule(), recipient, body)
    }

    /// Written before the change (2026-12-04, late night): "ue" for "ü",
    /// and a family name of two letters, are the recipient's name; a
    /// different name beside them still is not.
    #[test]
    fn umlauts_spelt_out_and_short_names_are_the_recipients() {
        assert!(to(
            "Hans Mueller <hm@client.de>",
            "Dear Mr Müller,\n\nThe parts arrive on Monday."
        )
        .is_empty());
        assert!(to(
            "Jörg Schäfer <js@client.de>",
            "Dear Mr Schaefer,\n\nThe parts arrive on Monday."
        )
        .is_empty());
        assert!(to(
            "Li Wei <lw@client.cn>",
            "Dear Mr Li,\n\nThe parts arrive on Monday."
        )
        .is_empty());
        assert!(to(
            "Ng Mei Ling <nml@client.sg>",
            "Dear Ms Ng,\n\nThe parts arrive on Monday."
        )
        .is_empty());
        assert_eq!(
            to(
                "Hans Mueller <hm@client.de>",
                "Dear Mr Miller,\n\nThe parts arrive on Monday."
            ),
            ["Miller"]
        );
        assert_eq!(
            to(
                "Li Wei <lw@client.cn>",
                "Dear Mr Lu,\n\nThe parts arrive on Monday."
            ),
            ["Lu"]
        );
        // A listed everyday form of two letters ("Ed" for Edward) is the
        // recipient's too; to someone else it is still another name.
        assert!(to(
            "Edward Jones <ej@client.com>",
            "Hi Ed,\n\nThe parts arrive on Monday."
        )
        .is_empty());
        assert_eq!(
            to(
                "Peter Brown <pb@client.com>",
                "Hi Ed,\n\nThe parts arrive on Monday."
            ),
            ["Ed"]
        );
    }

    #[test]
    fn flags_another_name_in_each_language() {
        assert_eq!(
            excerpts(&rule(), "Dear John,\n\nthe contract is ready."),
            ["John"]
        );
        assert_eq!(
            to(
                "Ольга Смирнова <olga@client.ru>",
                "Добрый день, Анна!\n\nДоговор готов."
            ),
            ["Анна"]
        );
        assert_eq!(
            to(
                "Ελένη Παπαδοπούλου <eleni@client.gr>",
                "Αγαπητή Μαρία,\n\nτο συμβόλαιο είναι έτοιμο."
            ),
            ["Μαρία"]
        );
    }

    #[test]
    fn flags_inflected_wrong_names() {
        assert_eq!(
            to(
                "Ольга Смирнова <olga@client.ru>",
                "Уважаемая Анна Петровна!\n\nДоговор готов."
            ),
            ["Анна Петровна"]
        );
        assert_eq!(
            to(
                "Γιώργος Παπαδόπουλος <gp@client.gr>",
                "Κύριε Οικονόμου,\n\nτο συμβόλαιο είναι έτοιμο."
            ),
            ["Οικονόμου"]
        );
        assert_eq!(excerpts(&rule(), "Dear Mr. Green,\n\nready."), ["Green"]);
    }

    #[test]
    fn a_display_name_with_initials_answers_to_the_names_they_stand_for() {
        let ru = "ИП Гаспарян А. Р. <gasparyan.ar@yandex.ru>";
        assert!(to(ru, "Ашот Рубенович, добрый день.\n\nДоговор готов.").is_empty());
        assert_eq!(
            to(ru, "Борис Петрович, добрый день.\n\nДоговор готов."),
            ["Борис Петрович"]
        );
        let en = "Smith J. <accounts@smith-joinery.co.uk>";
        assert!(to(en, "Dear John,\n\nThe invoice is ready.").is_empty());
        assert_eq!(to(en, "Dear Peter,\n\nThe invoice is ready."), ["Peter"]);
        let el = "Παπαδόπουλος Γ. <gp@client.gr>";
        assert!(to(el, "Αγαπητέ Γιώργο,\n\nτο συμβόλαιο είναι έτοιμο.").is_empty());
        assert_eq!(
            to(el, "Αγαπητέ Νίκο,\n\nτο συμβόλαιο είναι έτοιμο."),
            ["Νίκο"]
        );
    }

    #[test]
    fn allows_the_recipients_name_in_any_form() {
        assert_no_lints("Dear Peter,\n\nready.", &rule());
        assert_no_lints("Hi Pete!\n\nready.", &rule());
        assert_no_lints("Dear Mr. Brown,\n\nready.", &rule());
        let ru = "Ольга Смирнова <olga@client.ru>";
        assert!(to(ru, "Добрый день, Ольга!\n\nДоговор готов.").is_empty());
        assert!(to(ru, "Уважаемая Ольга Сергеевна!\n\nДоговор готов.").is_empty());
        assert!(to(ru, "Здравствуйте, Оля!\n\nДоговор готов.").is_empty());
        assert!(to(ru, "Dear Olga,\n\nthe contract is ready.").is_empty());
        assert!(to(
            "Смирнова Ольга <o@client.ru>",
            "Уважаемая госпожа Смирнова!\n\nГотово."
        )
        .is_empty());
        let el = "Γιώργος Παπαδόπουλος <gp@client.gr>";
        assert!(to(el, "Κύριε Παπαδόπουλε,\n\nτο συμβόλαιο είναι έτοιμο.").is_empty());
        assert!(to(el, "Αγαπητέ Γιώργο,\n\nέτοιμο.").is_empty());
        assert!(to("Nikos Pappas <np@client.gr>", "Γεια σου Νίκο,\n\nέτοιμο.").is_empty());
        assert!(to(
            "Ιωάννης Βλάχος <iv@client.gr>",
            "Γεια σου Γιάννη,\n\nέτοιμο."
        )
        .is_empty());
        assert!(to("Robert King <rk@client.com>", "Hi Bob,\n\nready.").is_empty());
        assert!(to(
            "Alexey Petrov <ap@client.ru>",
            "Добрый день, Алексей!\n\nГотово."
        )
        .is_empty());
        assert!(to("Александр Орлов <ao@client.ru>", "Привет, Саша!\n\nГотово.").is_empty());
    }

    #[test]
    fn reads_names_from_addresses() {
        assert!(to("olga.smirnova@client.ru", "Добрый день, Ольга!\n\nГотово.").is_empty());
        assert_eq!(
            to("olga.smirnova@client.ru", "Dear Anna,\n\nready."),
            ["Anna"]
        );
        assert!(
            to("psmith@client.com", "Dear Anna,\n\nready.").is_empty(),
            "unsure: no name known"
        );
        assert!(to("dr.smith@client.com", "Dear Dr. Smith,\n\nready.").is_empty());
    }

    #[test]
    fn stays_silent_when_unsure() {
        assert_no_lints("Dear Customer,\n\nready.", &rule());
        assert_no_lints("Hi all,\n\nready.", &rule());
        assert_no_lints("Dear Mr President,\n\nready.", &rule());
        assert_no_lints("Dear Hiring Manager,\n\nready.", &rule());
        assert_no_lints("Уважаемый Директор!\n\nГотово.", &rule());
        assert_no_lints("Κύριε Πρόεδρε,\n\nέτοιμο.", &rule());
        assert_no_lints("Hello Team,\n\nready.", &rule());
        assert_no_lints("Dear Acme Support,\n\nready.", &rule());
        assert_no_lints("Dear Shop.com customer,\n\nready.", &rule());
        assert_no_lints("Dear Acme Customer,\n\nready.", &rule());
        assert_no_lints("Уважаемый Клиент Магазина!\n\nГотово.", &rule());
        assert_no_lints("Good morning, Peter, John met me today.", &rule());
        assert_no_lints("Здравствуйте, {USERNAME}!\n\nВаш заказ готов.", &rule());
        assert_no_lints("Hello %name%,\n\nready.", &rule());
        assert_no_lints("Добрый день, коллеги!\n\nГотово.", &rule());
        assert_no_lints("Уважаемые Коллеги!\n\nГотово.", &rule());
        assert_no_lints("Αγαπητοί συνάδελφοι,\n\nέτοιμο.", &rule());
        assert_no_lints("Καλημέρα σας,\n\nέτοιμο.", &rule());
        assert_no_lints("Hello, Hope you are well.\n\nready.", &rule());
        assert_no_lints("Здравствуйте! Рады Вам сообщить, что заказ готов.", &rule());
        assert_no_lints("Γεια σας! Σας Ενημερώνουμε ότι είναι έτοιμο.", &rule());
        assert!(
            to("Ольга Смирнова <olga@client.ru>", "Dear Anna,\n\nready.").is_empty(),
            "no Latin name known"
        );
        assert!(to("info@client.com", "Dear John,\n\nready.").is_empty());
    }

    #[test]
    fn a_person_greeted_at_an_organisations_mailbox_is_no_mismatch() {
        let greeted = [
            (
                "Веб-студия \"Пиксель\" <pm@pixel-studio.ru>",
                "Анастасия, здравствуйте.\n\nТексты пришлем в пятницу.",
            ),
            (
                "Бизнес-центр «Пулково» <arenda@bc.ru>",
                "Николай Андреевич, добрый день.\n\nСпасибо.",
            ),
            (
                "Επιχειρηματικό κέντρο \"Πειραιώς\" <info@bc.gr>",
                "Καλημέρα κύριε Ρήγα,\n\nευχαριστούμε.",
            ),
            (
                "Λογιστήριο \"Άλφα\" <logistirio@alfa.gr>",
                "Καλημέρα Μαρία,\n\nτο τιμολόγιο επισυνάπτεται.",
            ),
            (
                "Завод «Керамстрой» <sbyt@keramstroy.ru>",
                "Игорь, добрый день.\n\nСчет оплатили.",
            ),
            (
                "Ανθοπωλείο Ασφόδελος <asfodelos@gmail.com>",
                "Κυρία Ρένα,\n\nσας ευχαριστούμε για τα λουλούδια.",
            ),
            (
                "Ωδείο Φιλομουσία <grammateia@filomousia.gr>",
                "Καλημέρα σας κυρία Λαζαρίδου,\n\nτο ραντεβού αλλάζει.",
            ),
            (
                "Ателье Стежок <info@stezhok.ru>",
                "Марина, добрый день.\n\nЗаберем в пятницу.",
            ),
            (
                "Riverside Dental Clinic <desk@riverside.co.uk>",
                "Dear Susan,\n\nthank you for fitting us in.",
            ),
        ];
        for (recipient, body) in greeted {
            assert!(to(recipient, body).is_empty(), "{recipient}: {body}");
        }
        assert_eq!(
            to(
                "Ольга Смирнова <olga@client.ru>",
                "Анастасия, здравствуйте.\n\nГотово."
            ),
            ["Анастасия"]
        );
    }

    /// Written before the change (2026-12-06 morning): a display name that
    /// opens with an article is a shop's or a firm's ("The Purl Shed", "Το
    /// Κουκλοχειρουργείο"), whose people it does not name.
    #[test]
    fn a_display_name_that_opens_with_an_article_names_nobody() {
        for (recipient, body) in [
            (
                "Το Κουκλοχειρουργείο <dolls@example.gr>",
                "Καλησπέρα κυρία Ντίνα!\n\nΤο δέμα ήρθε, ευχαριστούμε.",
            ),
            (
                "The Purl Shed <hello@purlshed.example>",
                "Dear Fran,\n\nthe wool arrived today, thank you.",
            ),
            (
                "Τα Υφαντά της Λίμνης <info@yfanta.example>",
                "Καλημέρα Άννα,\n\nευχαριστούμε για την παράδοση.",
            ),
        ] {
            assert!(to(recipient, body).is_empty(), "{recipient}: {body}");
        }
        assert_eq!(
            to(
                "Theodora Brown <theodora@client.example>",
                "Dear Anna,\n\nthe wool arrived today."
            ),
            ["Anna"]
        );
        assert_eq!(
            to(
                "Θεοδώρα Μπράουν <theodora@client.example>",
                "Καλημέρα Άννα,\n\nευχαριστούμε."
            ),
            ["Άννα"]
        );
    }

    #[test]
    fn ignores_names_in_quotes() {
        assert_no_lints(
            "Thanks.\n\nOn Mon, Peter wrote:\n> Dear John,\n> see you.\n",
            &rule(),
        );
        assert_no_lints("Спасибо.\n\n> Добрый день, Анна!\n", &rule());
        assert_no_lints("Ευχαριστώ.\n\n> Αγαπητή Μαρία,\n", &rule());
    }

    #[test]
    fn has_a_message_in_every_language() {
        assert_eq!(
            messages_in_every_language(&rule(), &letter("Dear John,\n\nready.")).len(),
            3
        );
    }

    #[test]
    fn a_job_title_for_a_display_name_names_nobody() {
        for recipient in [
            "Руководитель проекта <pm@devline.ru>",
            "Таможенный представитель <broker@tamlog.ru>",
            "Главный инженер <chief@zavod.ru>",
        ] {
            assert!(
                to(recipient, "Игорь, добрый день!\n\nПлан готов.").is_empty(),
                "{recipient}"
            );
        }
        assert_eq!(
            to(
                "Игорь Котов <kotov@devline.ru>",
                "Максим, добрый день!\n\nПлан готов."
            ),
            ["Максим"]
        );
    }
}
