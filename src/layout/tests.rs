use super::*;

fn kinds(body: &str) -> Vec<(PartKind, String)> {
    Layout::parse(body)
        .parts
        .iter()
        .map(|p| (p.kind, body[p.range.clone()].trim().to_string()))
        .collect()
}

#[test]
fn thunderbird_reply_with_attribution() {
    let body = "Hi Peter,\n\nDone.\n\nOn 02.03.2026 10:00, Peter Brown wrote:\n> Can you do it?\n> Thanks\n";
    let parts = kinds(body);
    assert_eq!(parts.len(), 2);
    assert_eq!(parts[0], (PartKind::Own, "Hi Peter,\n\nDone.".to_string()));
    assert_eq!(parts[1].0, PartKind::Quoted);
    assert!(parts[1].1.starts_with("On 02.03.2026"));
}

#[test]
fn gmail_attribution_wrapped_over_two_lines() {
    let body = "Yes.\n\nOn Mon, Mar 2, 2026 at 10:00 AM Peter Brown <peter@client.com>\nwrote:\n\n> Question?\n";
    let layout = Layout::parse(body);
    let quoted = layout.quoted_parts().next().unwrap();
    assert!(body[quoted.range.clone()].starts_with("On Mon"));
    assert_eq!(quoted.header.from.as_deref(), Some("peter@client.com"));
}

#[test]
fn russian_and_greek_attributions() {
    for body in [
        "Да.\n\n02.03.2026, 10:00, Иван Петров <ivan@x.ru> пишет:\n> Вопрос?\n",
        "Ναι.\n\nΣτις Δευ 2 Μαρ 2026, ο Νίκος <nikos@x.gr> έγραψε:\n> Ερώτηση;\n",
    ] {
        let layout = Layout::parse(body);
        assert_eq!(layout.parts.len(), 2, "{body}");
        assert!(layout.parts[1]
            .header
            .from
            .as_deref()
            .unwrap()
            .contains('@'));
    }
}

#[test]
fn inline_reply_alternates_parts() {
    let body = "> Price?\n100 EUR.\n> Date?\nMonday.\n";
    let k: Vec<PartKind> = kinds(body).into_iter().map(|(k, _)| k).collect();
    assert_eq!(
        k,
        vec![
            PartKind::Quoted,
            PartKind::Own,
            PartKind::Quoted,
            PartKind::Own
        ]
    );
}

#[test]
fn outlook_header_blocks_in_three_languages() {
    for (body, from) in [
        ("See below.\n\nFrom: Anna Smith\nSent: Monday, March 2, 2026 10:00 AM\nTo: Bob\nSubject: Plan\n\nOur plan.\n", "Anna Smith"),
        ("См. ниже.\n\nОт: Анна Смирнова\nОтправлено: 2 марта 2026 г. 10:00\nКому: Борис\nТема: План\n\nПлан.\n", "Анна Смирнова"),
        ("Δείτε κάτω.\n\nΑπό: Άννα\nΣτάλθηκε: Δευτέρα, 2 Μαρτίου 2026\nΠρος: Μπάμπης\nΘέμα: Σχέδιο\n\nΣχέδιο.\n", "Άννα"),
    ] {
        let layout = Layout::parse(body);
        assert_eq!(layout.parts.len(), 2, "{body}");
        let quoted = &layout.parts[1];
        assert_eq!(quoted.kind, PartKind::Quoted);
        assert_eq!(quoted.header.from.as_deref(), Some(from));
        assert_eq!(quoted.header.to.len(), 1);
    }
}

#[test]
fn separators_start_quoted_or_forwarded_parts() {
    for (body, kind) in [
        ("FYI\n\n-----Original Message-----\nFrom: a@x.com\nSent: today\nTo: b@x.com\n\nold\n", PartKind::Quoted),
        ("See\n\n---------- Forwarded message ---------\nFrom: Anna <a@x.com>\nDate: Mon\nTo: b@y.com\n\nold\n", PartKind::Forwarded),
        ("См.\n\n-------- Пересылаемое сообщение --------\n02.03.2026, 10:00, \"Анна\" <a@x.ru>:\nстарое\n", PartKind::Forwarded),
        ("Δείτε\n\n-------- Προωθημένο μήνυμα --------\nΘέμα: Σχέδιο\nΑπό: a@x.gr\n\nπαλιό\n", PartKind::Forwarded),
        ("See\n\nBegin forwarded message:\n\nFrom: Anna <a@x.com>\nDate: Mon\n\nold\n", PartKind::Forwarded),
    ] {
        let layout = Layout::parse(body);
        assert_eq!(layout.parts.len(), 2, "{body}");
        assert_eq!(layout.parts[1].kind, kind, "{body}");
    }
}

#[test]
fn forwarded_header_is_parsed() {
    let body = "See\n\n---------- Forwarded message ---------\nFrom: Anna <a@x.com>\nDate: Mon, 2 Mar 2026\nSubject: Old\nTo: b@y.com, c@y.com\n\nold\n";
    let header = &Layout::parse(body).parts[1].header;
    assert_eq!(header.from.as_deref(), Some("Anna <a@x.com>"));
    assert_eq!(header.to, vec!["b@y.com", "c@y.com"]);
    assert_eq!(header.subject.as_deref(), Some("Old"));
}

#[test]
fn a_from_line_in_prose_is_not_a_header_block() {
    let body = "From: the north office we got news.\nThe plan stands.\n";
    assert_eq!(Layout::parse(body).parts.len(), 1);
}

#[test]
fn finds_greetings_in_three_languages() {
    for (body, greeting) in [
        ("\nDear Ms Brown,\nThe report is ready.", "Dear Ms Brown,"),
        (
            "Уважаемая Ольга Сергеевна!\nОтчёт готов.",
            "Уважаемая Ольга Сергеевна!",
        ),
        (
            "Αγαπητέ κύριε Παπαδόπουλε,\nΗ αναφορά είναι έτοιμη.",
            "Αγαπητέ κύριε Παπαδόπουλε,",
        ),
    ] {
        let layout = Layout::parse(body);
        assert_eq!(&body[layout.greeting.unwrap()], greeting);
    }
    assert_eq!(Layout::parse("The report is ready.").greeting, None);
}

#[test]
fn finds_signatures() {
    for (body, first) in [
        (
            "Done.\n\nBest regards,\nAnna Smith\nACME Ltd.\n",
            "Best regards,",
        ),
        ("Готово.\n\nС уважением,\nАнна\n", "С уважением,"),
        ("Έτοιμο.\n\nΜε εκτίμηση,\nΆννα\n", "Με εκτίμηση,"),
        ("Done.\n-- \nAnna\n", "-- "),
    ] {
        let layout = Layout::parse(body);
        let sig = layout.signature.expect(body);
        assert!(body[sig].starts_with(first), "{body}");
    }
    let body = "Thanks for the update. We will ship on Monday.\n";
    assert_eq!(Layout::parse(body).signature, None);
}

/// A postscript after the signature is the author's text again: the
/// signature ends where it starts. A line that merely starts with the
/// same letters ("PSA", "Псков") is still the signature's.
#[test]
fn a_postscript_ends_the_signature() {
    for (body, ps) in [
        (
            "Done.\n\nBest regards,\nAnna\n\nP.S. The file is attached.\n",
            "P.S.",
        ),
        ("Done.\n\nCheers,\nAnna\nPS: call me\n", "PS:"),
        (
            "Готово.\n\nС уважением,\nАнна\n\nП.С. Файл во вложении.\n",
            "П.С.",
        ),
        (
            "Έτοιμο.\n\nΦιλικά,\nΆννα\n\nΥ.Γ. Το αρχείο είναι συνημμένο.\n",
            "Υ.Γ.",
        ),
    ] {
        let layout = Layout::parse(body);
        let sig = layout.signature.clone().expect(body);
        assert!(body[sig.end..].starts_with(ps), "{body}");
        let own: String = layout
            .own_ranges_without_signature()
            .into_iter()
            .map(|r| &body[r])
            .collect();
        assert!(own.contains(ps), "{body}");
    }
    for body in [
        "Done.\n\nBest regards,\nAnna\nPSA Logistics Ltd\n",
        "Готово.\n\nС уважением,\nАнна\nПсков, ул. Ленина 4\n",
    ] {
        let sig = Layout::parse(body).signature.expect(body);
        assert_eq!(sig.end, body.len(), "{body}");
    }
}

/// Closings real mail uses, each opening the signature, in every
/// language; the same words inside a sentence do not.
#[test]
fn finds_signatures_after_the_usual_closings_of_each_language() {
    for closing in [
        "Με τους καλύτερους χαιρετισμούς,",
        "Με εκτίμηση και ευχαριστίες,",
        "Φιλικούς χαιρετισμούς,",
        "Με θερμούς χαιρετισμούς,",
        "Να είστε καλά,",
        "Ευχαριστώ εκ των προτέρων,",
        "Всего наилучшего,",
        "Хорошего дня!",
        "До связи,",
        "Заранее благодарю,",
        "С уважением и благодарностью,",
        "With kind regards,",
        "With best regards,",
        "Warm wishes,",
        "Warmly,",
        "With thanks,",
        "Thanks so much,",
        "Sincerely yours,",
        "Take care,",
        "Speak soon,",
        "Talk soon,",
    ] {
        let body = format!("The plan is attached.\n\n{closing}\nMarta Kovač\nKovač Studio\n");
        let sig = Layout::parse(&body).signature.expect(closing);
        assert!(body[sig].starts_with(closing), "{body}");
    }
    for body in [
        "Take care with the second crate, it is fragile.\n",
        "Всего наилучшего вам и команде желаем в новом сезоне, и вот план.\n",
        "Καλή συνέχεια στις εργασίες σας και ευχαριστούμε για το σχέδιο που στείλατε.\n",
    ] {
        assert_eq!(Layout::parse(body).signature, None, "{body}");
    }
}

/// A letter typed as one long line still opens with its greeting, in
/// every language; a long first line that only starts with a greeting's
/// word does not.
#[test]
fn finds_the_greeting_that_opens_a_letter_typed_as_one_line() {
    for (body, greeting) in [
        (
            "Hi Kev, where are you? You said eight and it is nearly eleven now, the house is cold and we have a newborn here, please call me as soon as you can.",
            "Hi Kev,",
        ),
        (
            "Добрый день, Олег! Пишу по поводу поставки плитки на объект на Профсоюзной: машина так и не приехала, бригада простаивает с утра, перезвоните, пожалуйста.",
            "Добрый день, Олег!",
        ),
        (
            "Олег, добрый день! Пишу по поводу поставки плитки на объект на Профсоюзной: машина так и не приехала, бригада простаивает с утра, перезвоните, пожалуйста.",
            "Олег, добрый день!",
        ),
        (
            "Καλημέρα σας κύριε Νίκο, σας γράφω για την παράδοση των πλακακιών στο εργοτάξιο, το φορτηγό δεν ήρθε ακόμα και το συνεργείο περιμένει από το πρωί.",
            "Καλημέρα σας κύριε Νίκο,",
        ),
    ] {
        let layout = Layout::parse(body);
        assert_eq!(layout.greeting.map(|g| &body[g]), Some(greeting), "{body}");
    }
    for body in [
        "Morning deliveries are late again, and the drivers do not call ahead, so the kitchen waits with nothing to cook and the lunch menu has to change at the last minute.",
        "Hello is the first word our new chatbot says to every visitor, and we would like it to say more than that, so here are the phrases we want it to learn next week.",
    ] {
        assert_eq!(Layout::parse(body).greeting, None, "{body}");
    }
}

#[test]
fn own_text_without_signature_excludes_it() {
    let body = "Please see attached.\n\nThanks,\nAnna\n";
    let layout = Layout::parse(body);
    let own: String = layout
        .own_ranges_without_signature()
        .into_iter()
        .map(|r| &body[r])
        .collect();
    assert_eq!(own.trim(), "Please see attached.");
}

#[test]
fn part_languages_are_detected() {
    let body = "Ok.\n\n> Добрый день, когда будет счёт?\n";
    let layout = Layout::parse(body);
    assert_eq!(layout.parts[0].lang(body), Some(Lang::En));
    assert_eq!(layout.parts[1].lang(body), Some(Lang::Ru));
}

#[test]
fn forward_markers_of_every_client_in_three_languages() {
    // Thunderbird (en/ru/el), Gmail, Yahoo, Apple Mail (en/ru/el), Yandex and
    // Mail.ru, as their forward lines read.
    for marker in [
        "-------- Forwarded Message --------",
        "-------- Перенаправленное сообщение --------",
        "-------- Προωθημένο μήνυμα --------",
        "---------- Forwarded message ---------",
        "---------- Пересылаемое сообщение ---------",
        "----- Пересылаемое сообщение -----",
        "Begin forwarded message:",
        "Начало переадресованного сообщения:",
        "Αρχή προωθημένου μηνύματος:",
    ] {
        let body = format!(
            "See below.\n\n{marker}\nFrom: Bob <bob@acme.com>\nDate: Mon, 2 Mar 2026\nTo: anna@acme.com\n\nHe is a pain.\n"
        );
        let layout = Layout::parse(&body);
        assert_eq!(layout.parts.len(), 2, "{marker}");
        assert_eq!(layout.parts[1].kind, PartKind::Forwarded, "{marker}");
        assert!(body[layout.parts[1].range.clone()].starts_with(marker));
        assert_eq!(
            layout.parts[1].header.from.as_deref(),
            Some("Bob <bob@acme.com>"),
            "{marker}"
        );
    }
}

#[test]
fn thunderbird_russian_forward_header_is_read() {
    let body = "Пётр, смотрите ниже.\n\n-------- Перенаправленное сообщение --------\nТема: \tБраун\nДата: \tMon, 2 Mar 2026 10:00:00 +0300\nОт: \tБорис <boris@acme.com>\nКому: \tАнна <anna@acme.com>\n\nКлиент капризный.\n";
    let header = &Layout::parse(body).parts[1].header;
    assert_eq!(header.from.as_deref(), Some("Борис <boris@acme.com>"));
    assert_eq!(header.to, vec!["Анна <anna@acme.com>"]);
    assert_eq!(header.subject.as_deref(), Some("Браун"));
}

#[test]
fn mail_ru_and_apple_mail_sender_keys() {
    // Mail.ru writes "От кого:", Apple Mail in Russian "Отправитель:".
    for (body, from) in [
        ("См.\n\n-------- Пересылаемое сообщение --------\nОт кого: Борис <boris@acme.com>\nКому: anna@acme.com\nДата: Понедельник, 2 марта 2026, 10:00 +03:00\nТема: Браун\n\nСтарое.\n", "Борис <boris@acme.com>"),
        ("См.\n\nНачало переадресованного сообщения:\n\nОтправитель: Борис <boris@acme.com>\nТема: Браун\nДата: 2 марта 2026 г., 10:00:00 GMT+3\nКому: anna@acme.com\n\nСтарое.\n", "Борис <boris@acme.com>"),
    ] {
        let layout = Layout::parse(body);
        assert_eq!(layout.parts.len(), 2, "{body}");
        assert_eq!(layout.parts[1].header.from.as_deref(), Some(from));
        assert_eq!(layout.parts[1].header.to, vec!["anna@acme.com"]);
    }
}

#[test]
fn outlook_365_rule_opens_the_quoted_header_block() {
    let body = "Please see below.\n\n________________________________\nFrom: Bob <bob@acme.com>\nSent: Monday, March 2, 2026 10:00 AM\nTo: anna@acme.com\nSubject: Brown\n\nHe is a pain.\n";
    let layout = Layout::parse(body);
    assert_eq!(layout.parts.len(), 2);
    assert_eq!(
        body[layout.parts[0].range.clone()].trim(),
        "Please see below."
    );
    assert_eq!(
        layout.parts[1].header.from.as_deref(),
        Some("Bob <bob@acme.com>")
    );
}

#[test]
fn dated_attributions_without_a_verb() {
    // Gmail in Russian, Yandex and Mail.ru end the line with the author and
    // a colon, no "wrote".
    for line in [
        "пн, 2 мар. 2026 г. в 10:00, Пётр Браун <peter@client.com>:",
        "02.03.2026, 10:00, \"Пётр Браун\" <peter@client.com>:",
        "Понедельник, 2 марта 2026, 10:00 +03:00 от Пётр Браун <peter@client.com>:",
    ] {
        for quoted in ["> Вопрос?\n> Спасибо.\n", "Вопрос?\nСпасибо.\n"] {
            let body = format!("Да, готово.\n\n{line}\n{quoted}");
            let layout = Layout::parse(&body);
            assert_eq!(layout.parts.len(), 2, "{body}");
            assert_eq!(body[layout.parts[0].range.clone()].trim(), "Да, готово.");
            assert_eq!(layout.parts[1].kind, PartKind::Quoted);
            assert!(body[layout.parts[1].range.clone()].starts_with(line));
        }
    }
    // Mail.ru may name the author without an address.
    let body = "Да.\n\nЧетверг, 9 апреля 2026, 17:30 +03:00 от ACME :\n> Вопрос?\n";
    assert!(body[Layout::parse(body).parts[1].range.clone()].starts_with("Четверг"));
}

#[test]
fn prose_with_a_time_and_a_colon_is_not_an_attribution() {
    for body in [
        "Meeting on 2 March 2026 at 10:00, agenda:\nprices\nterms\n",
        "Напишите Анне <anna@acme.com> до 10:00 2 марта 2026:\nцены\nсроки\n",
        "Στις 2 Μαρτίου 2026 στις 10:00 θα συζητήσουμε:\nτιμές\nόρους\n",
    ] {
        assert_eq!(Layout::parse(body).parts.len(), 1, "{body}");
    }
}

#[test]
fn name_first_greetings() {
    for (body, greeting) in [
        (
            "Светлана Игоревна, добрый день!\nОтчёт готов.",
            "Светлана Игоревна, добрый день!",
        ),
        ("Пётр, здравствуйте!\nОтчёт готов.", "Пётр, здравствуйте!"),
        (
            "Peter, good morning!\nThe report is ready.",
            "Peter, good morning!",
        ),
        (
            "Νίκο, καλημέρα!\nΗ αναφορά είναι έτοιμη.",
            "Νίκο, καλημέρα!",
        ),
    ] {
        let layout = Layout::parse(body);
        assert_eq!(layout.greeting.map(|g| &body[g]), Some(greeting), "{body}");
    }
    for body in [
        "Отчёт, как договаривались, готов.",
        "Report A, hello world edition, is ready.",
        "Τιμές, καλημέρα σε όλους δεν αρκεί.",
    ] {
        assert_eq!(Layout::parse(body).greeting, None, "{body}");
    }
}

#[test]
fn reply_attributions_of_every_client_in_three_languages() {
    // The lines Thunderbird, Gmail and Apple Mail write above a quoted reply
    // in English, Russian and Greek (Thunderbird's Greek keeps "ο/η").
    for line in [
        "On 02.03.2026 10:00, Peter Brown wrote:",
        "On Mon, Mar 2, 2026 at 10:00 AM Peter Brown <peter@client.com> wrote:",
        "On 2 Mar 2026, at 10:00, Peter Brown <peter@client.com> wrote:",
        "02.03.2026 10:00, Пётр Браун пишет:",
        "2 марта 2026 г., в 10:00, Пётр Браун <peter@client.ru> написал(а):",
        "Στις 2/3/26 10:00 π.μ., ο/η Νίκος Γεωργίου έγραψε:",
        "Στις Δευ 2 Μαρ 2026 στις 10:00, ο/η Νίκος Γεωργίου <nikos@client.gr> έγραψε:",
        "Στις 2 Μαρ 2026, 10:00 π.μ., ο χρήστης Νίκος Γεωργίου <nikos@client.gr> έγραψε:",
    ] {
        let body = format!("Done.\n\n{line}\n> Question?\n");
        let layout = Layout::parse(&body);
        assert_eq!(layout.parts.len(), 2, "{line}");
        assert_eq!(layout.parts[1].kind, PartKind::Quoted, "{line}");
        assert!(
            body[layout.parts[1].range.clone()].starts_with(line),
            "{line}"
        );
    }
}

#[test]
fn outlook_and_gmail_separators_in_russian_and_greek() {
    // Outlook's "Original Message" line and Gmail's forward line as they
    // read in Russian and Greek.
    for (marker, kind) in [
        ("-----Исходное сообщение-----", PartKind::Quoted),
        ("-----Αρχικό μήνυμα-----", PartKind::Quoted),
        (
            "---------- Προωθημένο μήνυμα ---------",
            PartKind::Forwarded,
        ),
        (
            "---------- Пересланное сообщение ---------",
            PartKind::Forwarded,
        ),
    ] {
        let body = format!("See below.\n\n{marker}\nFrom: Bob <bob@acme.com>\nTo: anna@acme.com\n\nHe is a pain.\n");
        let layout = Layout::parse(&body);
        assert_eq!(layout.parts.len(), 2, "{marker}");
        assert_eq!(layout.parts[1].kind, kind, "{marker}");
        assert_eq!(
            layout.parts[1].header.from.as_deref(),
            Some("Bob <bob@acme.com>")
        );
    }
}

/// True when `body` is laid out as a letter, as the layout reads it.
fn laid_out(body: &str) -> bool {
    Layout::parse(body).is_laid_out_as_letter(body)
}

#[test]
fn a_letter_greets_or_runs_to_three_lines_and_a_comment_does_neither() {
    // A greeting alone is enough, in each language.
    for body in [
        "Dear Anna,\nThe invoice is paid.",
        "Светлана Игоревна, добрый день!\nСчёт оплачен.",
        "Αγαπητέ κύριε Παπαδόπουλε,\nΤο τιμολόγιο εξοφλήθηκε.",
    ] {
        assert!(laid_out(body), "{body}");
    }
    // Three lines of one's own, blank lines between them not counted.
    assert!(laid_out(
        "The invoice is paid.\n\nThe receipt is below.\n\nAnna"
    ));
    // One paragraph, however long, or two lines: a comment's shape.
    assert!(!laid_out("Where did you get that figure? The report says otherwise, and the table on page four shows it."));
    assert!(!laid_out("Откуда вы взяли эту цифру?\n\nВ отчёте другая."));
    // Quoted lines and the signature are not the author's letter.
    assert!(!laid_out(
        "Paid.\n\nOn Monday, Bob wrote:\n> one\n> two\n> three\n"
    ));
    assert!(!laid_out(
        "Paid today.\n\nBest regards,\nAnna Smith\nAcme Ltd"
    ));
    // Blank as the rest of the layout reads it: a line of no-break spaces
    // (left by mail written in HTML) is no line of the letter.
    assert!(!laid_out("Paid.\n\u{a0}\u{a0}\nThe receipt follows."));
}

#[test]
fn a_note_signed_with_a_name_is_laid_out_as_a_letter() {
    for body in [
        "Готова, да. Жду вас с объяснениями.\n\nИрина",
        "I would like to know whether you didn't check, or didn't care.\n\nH. Marsh",
        "The balance is due by Friday.\n\nN. Brook, Brook Glass",
        "Πληρώστε και πάρτε το αυτοκίνητο.\n\nΘ. Μπακάλης",
    ] {
        assert!(laid_out(body), "{body}");
    }
    // A second sentence, a reply's last words, a number or a lone name
    // with nothing before it: no signature.
    for body in [
        "ok thanks\n\nsee you",
        "Where is the invoice?\n\nThe one from May.",
        "Call me back.\n\nRoom 12",
        "Anna",
        "Where did you get that figure? The report says otherwise.",
    ] {
        assert!(!laid_out(body), "{body}");
    }
}
