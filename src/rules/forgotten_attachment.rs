use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::language::Lang;
use crate::phrases::PhraseList;
use crate::rules::{Category, Rule, Status};
use crate::tr;
use crate::words::TextView;

declare_rule! {
    /// ## What it does
    /// Flags a draft that says a file is attached ("please find attached",
    /// "во вложении", "прикрепил(а)", "επισυνάπτεται") when nothing is
    /// attached. It reads the
    /// author's own text and the subject, not quoted messages or the
    /// signature, and ignores mentions of the recipient's attachment
    /// ("the attachment you sent").
    ///
    /// ## Why is this bad?
    /// The client has to write back and ask for the file, the thread doubles
    /// and the sender looks careless. The seed on keeping a dialogue asks to
    /// re-read every message before sending and to put everything into one
    /// message; a forgotten file breaks both. It is the one check every mail
    /// user expects.
    ///
    /// ## Example
    /// - en: "Please find the signed contract attached." — no attachment
    /// - ru: "Договор во вложении." — no attachment
    /// - el: "Σας επισυνάπτω το συμβόλαιο." — no attachment
    ///
    /// ## Options
    /// None. The phrase lists are `forgotten_attachment.txt` and
    /// `forgotten_attachment.exceptions.txt` beside this file.
    pub struct ForgottenAttachment {
        announces: PhraseList,
        exceptions: PhraseList,
    }
    info {
        id: "forgotten-attachment",
        severity: Severity::Error,
        category: Category::Content,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "Forgotten attachment", ru: "Забытое вложение", el: "Ξεχασμένο συνημμένο"),
        reason: tr!(
            en: "The client will have to write back and ask for the file.",
            ru: "Клиенту придётся писать ещё раз и просить файл.",
            el: "Ο πελάτης θα πρέπει να σας ξαναγράψει για να ζητήσει το αρχείο.",
        ),
    }
}

impl ForgottenAttachment {
    /// Prepares the rule's phrase lists.
    pub fn new() -> Self {
        ForgottenAttachment {
            announces: PhraseList::builtin(
                "forgotten_attachment",
                crate::phrase_file!("forgotten_attachment.txt"),
            ),
            exceptions: PhraseList::builtin(
                "forgotten_attachment.exceptions",
                crate::phrase_file!("forgotten_attachment.exceptions.txt"),
            ),
        }
    }

    /// The first announcement of a file in `view` that no exception covers.
    fn first_announcement(&self, view: &TextView) -> Option<std::ops::Range<usize>> {
        // Words an exception covers, marked once: no announcement is
        // compared with every exception.
        let mut excepted = vec![false; view.len()];
        for m in self.exceptions.find_iter(view) {
            excepted[m.words].fill(true);
        }
        self.announces
            .find_iter(view)
            .find(|m| !excepted[m.words.clone()].contains(&true))
            .map(|m| view.span(m.words.start, m.words.end - 1))
    }
}

impl Rule for ForgottenAttachment {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        if !ctx.draft.attachments.is_empty() || ctx.draft.attachments_unknown {
            return;
        }
        let found = self
            .first_announcement(&ctx.own)
            .map(|range| (Field::Body, range))
            .or_else(|| {
                self.first_announcement(&ctx.subject)
                    .map(|range| (Field::Subject, range))
            });
        if let Some((field, range)) = found {
            out.push(Diagnostic::new(
                field,
                range,
                ctx.text(&tr!(
                    en: "The letter says a file is attached, but nothing is attached.",
                    ru: "В письме сказано, что файл приложен, но вложений нет.",
                    el: "Το μήνυμα αναφέρει συνημμένο αρχείο, αλλά δεν έχει επισυναφθεί τίποτα.",
                )),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::*;

    fn rule() -> ForgottenAttachment {
        ForgottenAttachment::new()
    }

    #[test]
    fn flags_announced_file_in_each_language() {
        assert_eq!(
            excerpts(&rule(), "Please find the contract attached."),
            ["attached"]
        );
        assert_eq!(
            excerpts(&rule(), "I am attaching the invoice."),
            ["attaching"]
        );
        assert_eq!(excerpts(&rule(), "Договор во вложении."), ["во вложении"]);
        assert_eq!(excerpts(&rule(), "Прилагаем счёт за март."), ["Прилагаем"]);
        assert_eq!(
            excerpts(&rule(), "Прикреплённый файл содержит смету."),
            ["Прикреплённый"]
        );
        assert_eq!(
            excerpts(&rule(), "Σας επισυνάπτω το συμβόλαιο."),
            ["επισυνάπτω"]
        );
        assert_eq!(
            excerpts(&rule(), "Θα βρείτε συνημμένα τα τιμολόγια."),
            ["συνημμένα"]
        );
    }

    #[test]
    fn flags_russian_past_tense() {
        assert_eq!(excerpts(&rule(), "Я прикрепил договор."), ["прикрепил"]);
        assert_eq!(
            excerpts(&rule(), "Прикрепила счёт за март."),
            ["Прикрепила"]
        );
        assert_eq!(excerpts(&rule(), "Прикрепил(а) смету."), ["Прикрепил"]);
        assert_eq!(excerpts(&rule(), "Мы прикрепили акт."), ["прикрепили"]);
        assert_no_lints(
            "Спасибо, что прикрепили акт.

> Акт во вложении.
",
            &rule(),
        );
        assert_no_lints("Вы прикрепили не тот файл.", &rule());
        assert_no_lints("Прикрепите, пожалуйста, акт.", &rule());
        assert_eq!(excerpts(&rule(), "Я приложил акт сверки."), ["приложил"]);
        assert_eq!(excerpts(&rule(), "Επισύναψα το τιμολόγιο."), ["Επισύναψα"]);
        assert_no_lints("Επισυνάψτε το τιμολόγιο, παρακαλώ.", &rule());
        assert_eq!(excerpts(&rule(), "I attached the invoice."), ["attached"]);
    }

    #[test]
    fn flags_the_subject_too() {
        let mut draft = letter("Hello Peter, see you Monday.");
        draft.subject = "Invoice attached".into();
        let found = run(&rule(), &draft);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].field, Field::Subject);
    }

    #[test]
    fn allows_drafts_with_attachments() {
        let mut draft = letter("Договор во вложении.");
        draft.attachments = vec!["договор.pdf".into()];
        assert!(run(&rule(), &draft).is_empty());
    }

    #[test]
    fn stays_silent_when_attachments_are_unknown() {
        let mut draft = letter("Attached is the plan.");
        draft.attachments_unknown = true;
        assert!(run(&rule(), &draft).is_empty());
    }

    #[test]
    fn ignores_the_recipients_attachment_and_quotes() {
        assert_no_lints("Thanks, I could not open the attachment you sent.", &rule());
        assert_no_lints("Не получается открыть ваше вложение.", &rule());
        assert_no_lints("Δεν μπορώ να ανοίξω το συνημμένο σας.", &rule());
        // Theirs, thanked for or referred to.
        for body in [
            "Thank you for the attachment, we will read it today.",
            "The figures in the attachment to your email are clear.",
            "Отвечаю на вопросы во вложении к вашему письму.",
            "Спасибо за вложение, посмотрим сегодня.",
            "Вложение, которое вы прислали, не открывается.",
            "Ευχαριστούμε για το συνημμένο που μας στείλατε.",
            "Το συνημμένο που μας στείλατε δεν ανοίγει.",
            "Спасибо, что написали и приложили фото, так проще разобраться.",
            "Thank you for writing and for attaching the photos of the kitchen.",
            "Σας ευχαριστώ που γράψατε και επισυνάψατε τις φωτογραφίες.",
        ] {
            assert_no_lints(body, &rule());
        }
        // Ours still counts, even beside their letter.
        assert_eq!(
            excerpts(&rule(), "In reply to your email, the contract is attached."),
            ["attached"]
        );
        assert_eq!(
            excerpts(&rule(), "Ответ на ваше письмо во вложении."),
            ["во вложении"]
        );
        assert_eq!(
            excerpts(&rule(), "Спасибо за ответ. Мы приложили акт сверки."),
            ["приложили"]
        );
        assert_eq!(
            excerpts(
                &rule(),
                "Σας στέλνουμε συνημμένο το τιμολόγιο που ζητήσατε."
            ),
            ["συνημμένο"]
        );
        assert_no_lints(
            "Got it.\n\nOn Mon, Peter wrote:\n> Contract attached.\n",
            &rule(),
        );
        assert_no_lints("Ок.\n\n> Счёт во вложении.\n", &rule());
        assert_no_lints("Εντάξει.\n\n> Επισυνάπτω το τιμολόγιο.\n", &rule());
    }

    #[test]
    fn allows_letters_without_file_words() {
        assert_no_lints("The meeting moved to Monday.", &rule());
        assert_no_lints("Встреча перенесена на понедельник.", &rule());
        assert_no_lints("Η συνάντηση μεταφέρθηκε για τη Δευτέρα.", &rule());
    }

    #[test]
    fn flags_a_file_announced_as_sent_in_each_language() {
        assert_eq!(
            excerpts(&rule(), "Here is the scan of the signed contract."),
            ["Here is the scan"]
        );
        assert_eq!(
            excerpts(&rule(), "Высылаю вам скан подписанного договора."),
            ["Высылаю вам скан"]
        );
        assert_eq!(
            excerpts(&rule(), "Σας στέλνω το σκαναρισμένο συμβόλαιο."),
            ["Σας στέλνω το σκαναρισμένο"]
        );
        assert_eq!(excerpts(&rule(), "Прикрепил(а) договор."), ["Прикрепил"]);
    }

    #[test]
    fn a_file_sent_by_post_or_link_is_no_attachment() {
        assert_no_lints("I'm sending the spreadsheet link below.", &rule());
        assert_no_lints("Высылаю файлы по ссылке ниже.", &rule());
        assert_no_lints("Σας στέλνω το αρχείο στον σύνδεσμο παρακάτω.", &rule());
    }

    #[test]
    fn flags_files_forwarded_as_pdf() {
        assert_eq!(
            excerpts(&rule(), "Forwarding the supplier's quote as a PDF."),
            ["Forwarding the supplier's quote as a PDF"]
        );
        assert_eq!(
            excerpts(&rule(), "Файл с расчетом прикладываю."),
            ["прикладываю"]
        );
        assert_eq!(
            excerpts(&rule(), "Σου προωθώ τον τιμοκατάλογο σε pdf."),
            ["Σου προωθώ τον τιμοκατάλογο σε pdf"]
        );
        assert_no_lints("We can send the template in Word if you prefer.", &rule());
        assert_no_lints("Мы разрабатываем прикладное ПО.", &rule());
        assert_no_lints("Μπορούμε να το στείλουμε σε Word.", &rule());
    }

    #[test]
    fn a_file_promised_with_a_later_letter_is_not_forgotten() {
        assert_no_lints(
            "Могу предложить аналог, характеристики во вложении к следующему письму.",
            &rule(),
        );
        assert_no_lints(
            "Θα σας στείλω το φυλλάδιο συνημμένο σε επόμενο μήνυμα.",
            &rule(),
        );
        assert_eq!(
            excerpts(&rule(), "Характеристики во вложении к этому письму."),
            ["во вложении"]
        );
    }

    /// Written before the exceptions grew (2026-12-04, late night): a
    /// file promised for later, a file that came with another letter and a
    /// thing attached to a thing are not this letter's attachment; a file
    /// announced with this letter still is.
    #[test]
    fn files_of_other_letters_later_files_and_things_attached_are_not_forgotten() {
        for body in [
            "I will attach the contract once legal has signed it, probably on Friday.",
            "We'll attach the final drawings to the invoice next week.",
            "The invoice was attached to my email of 3 March; I can resend it.",
            "I attached the price list to my previous email.",
            "The label is attached to each pallet with two straps.",
            "The sensor is attached to the wall behind the unit.",
            "Счёт был во вложении к моему письму от 3 марта, могу отправить ещё раз.",
            "Прайс-лист я прикладывал к предыдущему письму.",
            "Θα επισυνάψω τη σύμβαση μόλις την υπογράψει το νομικό τμήμα.",
            "Το τιμολόγιο ήταν συνημμένο στο email μου της 3ης Μαρτίου.",
            "You're right, I forgot to attach the certificate to yesterday's email; I'll send it when I'm back at the office.",
            "Вы правы, я забыл приложить сертификат к вчерашнему письму, пришлю, как только вернусь.",
            "Έχετε δίκιο, ξέχασα να επισυνάψω το πιστοποιητικό στο χθεσινό μου μήνυμα· θα σας το στείλω μόλις γυρίσω.",
            "Το δελτίο αποστολής είναι σε θήκη συνημμένη στην πλαϊνή πλευρά της παλέτας.",
        ] {
            assert_no_lints(body, &rule());
        }
        for body in [
            "I have attached the contract.",
            "Please find the invoice attached to this email.",
            "The label design is attached.",
            "Прикрепил счёт к этому письму.",
            "Прайс-лист во вложении.",
            "Σας επισυνάπτω τη σύμβαση.",
            "Το τιμολόγιο είναι συνημμένο.",
            "Το πιστοποιητικό είναι συνημμένο στο παρόν μήνυμα.",
            "I forgot to attach the certificate yesterday, so here it is attached.",
        ] {
            assert_lint_count(body, &rule(), 1);
        }
    }

    /// A file announced in people's own words or typed in haste, in every
    /// language; a file fastened, felt, asked for,
    /// received, sent earlier or not attached is not.
    #[test]
    fn files_announced_in_other_words_are_found() {
        for body in [
            "Sending you the drawings from Tuesday's visit.",
            "Here are the receipts for the taxi and the hotel.",
            "I've put the signed contract in this email.",
            "I've atached the quote for the kitchen.",
            "Скидываю вам новую версию макета.",
            "Направляем вам договор на подпись.",
            "Вот скрин ошибки из личного кабинета.",
            "Логи за вчера в аттаче.",
            "Вложил в это письмо оба файла.",
            "Εσωκλείω αντίγραφο της ταυτότητάς μου.",
            "Ορίστε το excel με τις παραγγελίες.",
            "Σου στέλνω τις αποδείξεις από το ταξίδι.",
            "Σου επισηνάπτω την αναφορά της βάρδιας.",
        ] {
            assert_lint_count(body, &rule(), 1);
        }
        for body in [
            "Sending you the photos tomorrow, once they are edited.",
            "Here is the link to the photos: https://example.com/album",
            "Please don't remove the seal attached to the meter.",
            "The team is a bit too attached to the old logo.",
            "We cannot accept CVs sent by email attachment.",
            "Could you reply with your ID attached?",
            "Блок прикреплён к кронштейну через подушки.",
            "К проекту прикреплены два консультанта.",
            "Ещё один аналитик будет прикреплён с февраля.",
            "Таблицу не прикладываю: цифры привожу прямо здесь.",
            "Оплатить можно в приложении банка.",
            "Παρακαλούμε να απαντήσετε επισυνάπτοντας την ταυτότητά σας.",
            "Στην αίτηση πρέπει να επισυνάπτονται τα δικαιολογητικά.",
            "Την Τρίτη σας έστειλα την προσφορά μας σε συνημμένο αρχείο.",
            "Λάβαμε το μήνυμά σας με τα συνημμένα έγγραφα.",
        ] {
            assert_no_lints(body, &rule());
        }
    }

    /// Wordings of a file sent with the letter that the first lists did
    /// not know (the letters of `tests/fixtures/attachments/read2/`, our
    /// own sentences): passives, more document names after a verb of
    /// sending, "here is…", typos, a P.S. after the signature, Greek typed
    /// without accents or in Latin letters; and, beside them, files that
    /// are not in this letter.
    #[test]
    fn more_ways_to_announce_a_file() {
        for body in [
            "Quote attatched for the new fence.",
            "Please find enlcosed our notice of the rent review.",
            "PFA the delivery note for order 4471.",
            "Here's the updated logo in both colour schemes.",
            "I'm sending you the renewal lease for next year.",
            "Mark - sending over the site plan for unit 5.",
            "Forwarding the spec sheet the supplier sent me.",
            "Popping the invoice in here for your records.",
            "You'll find the signed form in this email.",
            "I have included the price breakdown as a spreadsheet.",
            "We send herewith the accounts for your approval.",
            "Hi all,\n\nThe match starts at ten.\n\nCheers,\nDave\n\nP.S. I've attached the team sheet.",
            "Смета приложена к письму.",
            "Копии сертификатов приложены.",
            "График отпусков — в приложении.",
            "Направляем Вам для подписания два экземпляра договора.",
            "Отправляю вам проект договора аренды.",
            "Высылаю наш каталог с оптовыми ценами.",
            "Вот отчёт за ноябрь.",
            "Кидаю фотки с объекта.",
            "Прекрепляю заявление на отпуск.",
            "Вложила в письмо все чеки.",
            "Смотрите файл, лист 3.",
            "Σας στέλνω την προσφορά για το μπάνιο.",
            "Σας αποστέλλουμε σχέδιο της σύμβασης.",
            "Ορίστε η κατάσταση με τα κοινόχρηστα.",
            "Να το τιμολόγιο του Νοεμβρίου.",
            "Στο συνημενο εχει τις φωτογραφιες.",
            "σας στελνω screenshot με το error.",
            "sas stelno to arxeio me tis times.",
            "Episinapto to biografiko mou.",
            "Σας ανέβασα εδώ στο mail τις τρεις προτάσεις.",
            "Γεια σας,\n\nΗ συνέλευση είναι τη Δευτέρα.\n\nΦιλικά,\nΣτέλλα\n\nΥ.Γ. Σας έβαλα και το αρχείο με τα πρακτικά.",
        ] {
            assert_lint_count(body, &rule(), 1);
        }
        for body in [
            "Here's the address of the warehouse: 4 Mill Lane.",
            "I'm sending you the lease by post tomorrow.",
            "Thanks for sending over the floor plan.",
            "The spreadsheet is included in the monthly fee.",
            "Hi all,\n\nThe match starts at ten.\n\nCheers,\nDave\n\nP.S. Bring your own water.",
            "Оплата картой в приложении банка.",
            "Согласно приложению 2 к договору, срок поставки — 30 дней.",
            "Вложения в оборудование окупились за год.",
            "Полный перечень услуг приведён в приложении 1 к договору.",
            "В приложении в разделе «Мои посылки» есть кнопка «Перенести».",
            "Don't bother sending the invoice.",
            "Send the signed forms by Friday.",
            "I will be sending you the invoice next week.",
            "Отчёт отправлю завтра отдельным письмом.",
            "Вот адрес склада: ул. Заводская, 4.",
            "Η προσφορά ισχύει έως το τέλος του μήνα.",
            "Θα σας στείλω την προσφορά αύριο.",
            "sas stelno to arxeio avrio.",
            "Please return the form enclosed with the letter we posted.",
            "A semi-detached house with an attached garage.",
            "There's no need to attach any photos.",
            "Rather than attach the whole spreadsheet, here are the totals.",
            "Бланк вложен в конверт вместе с договором.",
            "Фото прикладывать не нужно, водитель всё осмотрит.",
            "Не нужно прикреплять фото, водитель всё осмотрит.",
            "Στον φάκελο εσωκλείεται η επιταγή.",
            "Δεν χρειάζεται να επισυνάψετε δικαιολογητικά.",
            "Στο συνημμένο που σας έστειλα χθες υπάρχει ένα λάθος.",
        ] {
            assert_no_lints(body, &rule());
        }
    }

    /// "В приложении" is also the app: shown, found or checked there
    /// ("отображается в приложении", "можно посмотреть в приложении") it is
    /// no file; a file said to be there, or the reader asked to look at one
    /// there, still is.
    #[test]
    fn the_app_is_no_attachment() {
        for body in [
            "Новая дата окончания абонемента отображается в приложении.",
            "Статус заказа можно посмотреть в приложении.",
            "Бонусы уже доступны в приложении.",
            "Расписание тренировок вы найдёте в приложении клуба.",
        ] {
            assert_no_lints(body, &rule());
        }
        for body in [
            "Смета в приложении.",
            "Посмотрите, пожалуйста, смету в приложении.",
        ] {
            assert_lint_count(body, &rule(), 1);
        }
    }

    /// Ways of sending a file with the letter that the lists did not know
    /// (the letters of `tests/fixtures/attachments/read3/`, our own
    /// sentences): other verbs and nouns of sending, a place in this
    /// letter, a formal list of enclosures; and, beside them, files of
    /// another letter, a file the reader is asked to attach, things and
    /// people attached to something, efforts, a file too big to attach.
    #[test]
    fn sending_a_file_in_other_words() {
        for body in [
            "Ben, here's a screenshot of the error page they keep getting.",
            "Have popped the new cleaning rota on here, shout if your days are wrong.",
            "The photo of the cracked tile is included with this message.",
            "invoice attachd for the boiler service, thanks",
            "Ира, шлю сканы билетов для отчёта.",
            "Вкладываю фото показаний счётчика.",
            "Закинул прямо в письмо обновлённую смету.",
            "С этим письмом отправляю положение о конкурсе.",
            "Прошу рассмотреть приложенные документы.",
            "Держи табличку с дежурствами на январь.",
            "Высылаю планировку первого этажа.",
            "Приложение: список участников на 3 л. в 1 экз.",
            "Фото чека прикрипил.",
            "Во влож. акт сверки за ноябрь.",
            "Σας στέλνω τις ακτινογραφίες του σκύλου για τον ορθοπαιδικό.",
            "Με το παρόν σας διαβιβάζουμε την απόφαση της επιτροπής.",
            "Έβαλα στο mail την τελική παρουσίαση για την Πέμπτη.",
            "Στο παρόν μήνυμα θα βρείτε τον λογαριασμό του Νοεμβρίου.",
            "Σας στέλνω με αυτό το email την περιγραφή της θέσης.",
            "Κοίτα το pdf που σου βάζω και πες μου.",
            "Να και το κείμενο για το πρόγραμμα του φεστιβάλ.",
            "Εδώ είναι το τιμολόγιο για την επισκευή.",
            "Στο συννημένο θα δεις το νέο πρόγραμμα προπονήσεων.",
            "Ορίστε οι φωτό από την εκδήλωση.",
            "Σου πασάρω το excel με τις συνδρομές.",
        ] {
            assert_lint_count(body, &rule(), 1);
        }
        for body in [
            "The attachment in that message is the only copy you need.",
            "Each crate will have a numbered seal attached.",
            "The loose shelf is now attached again with new screws.",
            "The video was too big to attach, so here is a download link: https://example.com/v",
            "Unfortunately the attachment did not come through at our end.",
            "Could you send the signed form again, as a PDF this time?",
            "Here's the schedule for Friday: nine o'clock arrival, ten o'clock talks.",
            "Your new door code is included in this email, just below.",
            "Θα σας το βάλει στο mail η Μαρία όταν γυρίσει.",
            "К вашему проекту с понедельника прикрепляем нового тестировщика.",
            "Все справки приложены там же, в личном кабинете.",
            "Мы прилагаем все усилия, чтобы сбой не повторился.",
            "Спасибо за приложенный прайс, цены нас устраивают.",
            "Расписание прикреплено на дверях каждого подъезда.",
            "Το βιογραφικό σας το είχα επισυνάψει στο email της Δευτέρας.",
            "Παρακαλούμε να επισυνάψετε στην πλατφόρμα την ταυτότητά σας.",
            "Μπορείτε να μου επισυνάψετε μια φωτογραφία της πινακίδας;",
            "Εδώ είναι η κατάσταση με τις παραδόσεις: όλα κινούνται κανονικά.",
        ] {
            assert_no_lints(body, &rule());
        }
    }

    #[test]
    fn a_file_put_into_this_letter_in_other_words() {
        for body in [
            "I've popped the signed lease into this email for your files.",
            "Stuck a couple of the best shots on this email for you.",
            "The menu in Word and PDF comes with this mail.",
            "Have a look at the drawings I've added and tell me what you think.",
            "I include a photo of the cracked window.",
            "I'm sending the final itinerary along with this message.",
            "attachign the rota for next week",
            "Here are the X-rays of the upper jaw you asked for.",
            "Высылаю вам 12 превью с фотосессии.",
            "Вот список гостей на субботу, проверь.",
            "Отправляю снимки МРТ пациента для консультации.",
            "Этим письмом отправляем вам электронные билеты на концерт.",
            "Направляем в Ваш адрес в электронном виде счёт на оплату.",
            "Прикаладываю смету на ремонт кухни.",
            "Скидываю тебе оффер от банка.",
            "Σας στέλνω εδώ το σχέδιο της σύμβασης για έλεγχο.",
            "Στέλνω μαζί το βιογραφικό του υποψηφίου.",
            "Σας αποστέλλω με το παρόν την τελική προσφορά.",
            "Σου πετάω εδώ τις φωτό από τη βάπτιση.",
            "Το λογότυπο είναι μέσα στο mail, σε svg.",
            "Θα βρεις τις αποδείξεις του μήνα σε αυτό το μέιλ.",
            // Attached in a format, or at the end: this letter's file.
            "Το τιμολόγιο επισυνάπτεται σε μορφή PDF.",
            "Η προσφορά επισυνάπτεται στο τέλος του μηνύματος.",
        ] {
            assert_lint_count(body, &rule(), 1);
        }
        for body in [
            "Your boarding passes were attached to our booking confirmation email of 2 May.",
            "Did you get the attachment I sent on Monday with the new prices?",
            "I've attached the logs to the support ticket rather than emailing them.",
            "Your door code is included in this email, just below.",
            "Вчера написал вам, что акт во вложении, а сам забыл его приложить; пришлю завтра.",
            "Χθες ξέχασα να επισυνάψω το συμβόλαιο στο μήνυμα που σας έστειλα· θα σας το στείλω αύριο.",
            "Το αρχείο είναι πολύ μεγάλο και δεν γίνεται να το επισυνάψω εδώ, το ανέβασα στο Drive.",
            "Στη σύμβαση επισυνάπτονται ως Παράρτημα Α τα σχέδια του ακινήτου.",
            "Η υπογεγραμμένη συγκατάθεση επισυνάπτεται πάντα στον φάκελο του ασθενούς.",
        ] {
            assert_no_lints(body, &rule());
        }
    }

    #[test]
    fn files_and_ways_of_sending_them_of_a_fifth_set() {
        // (Greek wordings of the same set were tried and left out: they
        // cost a letter kept back that needs no file; see
        // docs/rules-of-acceptance.md, 2026-12-07 evening.)
        for body in [
            "Here is our revised wholesale price list for spring.",
            "Here are the second proofs of the catalogue.",
            "Here's the recording of the rehearsal you asked for.",
            "I've put the site plan from the council's letter in with this email too.",
            "I'm sending over the November timesheet summary in this email.",
            "Отправляю вместе с этим письмом график дежурств.",
            "Акт сверки отправляю этим письмом, как договаривались.",
            "Пересылаю вам ваучер на гостиницу.",
            "Отправляю исправленную ведомость за ноябрь.",
            "Ловите вёрстку второй главы.",
            "Сохранила прайс и прицепила к письму.",
            "Подготовил табличку с графиком, она в письме.",
            "Да, конечно, вот он — акт за ноябрь.",
        ] {
            assert_lint_count(body, &rule(), 1);
        }
        for body in [
            "Sorry, I forgot to attach the plan when I emailed you yesterday; I'll send it tomorrow.",
            "Скачайте приложение: в приложении можно пройти регистрацию заранее.",
            "Прикреплённый к вашему письму файл не открывается, пришлите ещё раз.",
            "Вчера забыла приложить счёт к письму, пришлю завтра утром.",
            "Ευχαριστούμε για τη βεβαίωση που μας επισύναψες.",
            "Ξέχασα να σας επισυνάψω χθες τη συνταγή, θα σας τη στείλω αύριο.",
            "Σας το στέλνω αύριο με κούριερ.",
            "Τα έγγραφα να τα έχετε μαζί σας στο ραντεβού.",
            "Θα σας το στέλνω κάθε μήνα.",
            "Σας το στέλνω την Πέμπτη, μόλις υπογραφεί.",
            "Σας τα στέλνω ταχυδρομικώς.",
            "Σας στέλνουμε ταχυδρομικά τη λίστα των μελών.",
            "Μόλις το λάβω από τη γραμματεία, σας το στέλνω.",
            "Οι φωτογραφίες του γάμου εδώ στο στούντιο είναι έτοιμες.",
            "Σας επιστρέφουμε το βιβλιάριο υγείας στην επόμενη επίσκεψη.",
        ] {
            assert_no_lints(body, &rule());
        }
    }

    /// Said of a file sent later or elsewhere in Russian and Greek as in
    /// English ("next week", "as soon as", "shortly", a drive or a link),
    /// 2026-12-08; a file of last week is still announced.
    #[test]
    fn a_file_sent_next_week_as_soon_as_or_by_drive_is_not_forgotten() {
        for body in [
            "Высылаем счёт на следующей неделе.",
            "Высылаем акт, как только бухгалтерия его подготовит.",
            "Σας στέλνουμε το τιμολόγιο την επόμενη εβδομάδα.",
            "Σας στέλνουμε το τιμολόγιο μόλις εκδοθεί.",
            "Σας στέλνω το αρχείο σε λίγο.",
            "Σας στέλνω το σχέδιο στο Google Drive.",
            "Σας στέλνω το αρχείο με link.",
        ] {
            assert_no_lints(body, &rule());
        }
        for body in [
            "Высылаю счёт за прошлую неделю.",
            "Σας στέλνω το τιμολόγιο της προηγούμενης εβδομάδας.",
        ] {
            assert_lint_count(body, &rule(), 1);
        }
    }
}
