use crate::context::{Context, Diagnostic};
use crate::finding::Severity;
use crate::language::Lang;
use crate::rules::{Category, Rule, Status};
use crate::tone::{Judgement, Kind};
use crate::tr;

declare_rule! {
    /// ## What it does
    /// Flags a raised voice in an agitated letter: words in capitals ("PLEASE
    /// CALL ME BACK", "СРОЧНО ОПЛАТИТЕ СЧЁТ", "в ЧЕТВЁРТЫЙ раз", "ΑΠΑΝΤΗΣΤΕ
    /// ΑΜΕΣΑ") and repeated marks ("!!", "!!!", "?!", "??") in the author's
    /// own text and the subject. Whether the letter is agitated is one
    /// judgement of all its signs together — capitals and marks, charged
    /// words, rebukes, rhetorical questions, counting, blame, sarcasm,
    /// insults — with weights fitted on real labelled texts (see
    /// `src/tone/`). Capitals in a cheerful or promotional letter ("HAPPY
    /// BIRTHDAY!!!", "NEW COLLECTION!!") are style, not shouting. It offers the
    /// text in normal case and a single "!" or "?".
    ///
    /// Never shouting: acronyms and legal forms ("API", "ООО", "ИНН", "ΦΠΑ",
    /// and any word of three letters or fewer), labels ("АДРЕС БАНКА:"), names
    /// with their acronym ("GULF NORTHERN TRANSMISSION (GN)") or legal form
    /// ("… GMBH", "… LP"), quoted button names, headings (a line in capitals
    /// without final punctuation, with more text around it); "!!!" after a
    /// friendly word ("Thanks!!!").
    ///
    /// ## Why is this bad?
    /// Capitals and "!!!" read as raised voice. The first seed warns never to
    /// write while agitated: such a letter carries negativity even when the
    /// author does not mean it. The seed on aggressive client letters asks to
    /// voice emotions "correctly and in a civilised way" — shouting back at an
    /// angry client only feeds the conflict.
    ///
    /// ## Example
    /// - en: "THIS IS THE THIRD TIME I AM TELLING YOU. The deadline was Friday!!!"
    /// - ru: "Это возмутительно. ПОВТОРЯЮ ЕЩЁ РАЗ: оплата до пятницы!!"
    /// - el: "ΣΑΣ ΕΧΟΥΜΕ ΗΔΗ ΑΠΑΝΤΗΣΕΙ?!"
    ///
    /// ## Options
    /// None. Capitalised names that are never shouting are in `shouting.txt`
    /// beside this file; friendly words after which "!!" is allowed ("Thanks!!")
    /// in `shouting.friendly.txt`.
    pub struct Shouting {}
    info {
        id: "shouting",
        severity: Severity::Warning,
        category: Category::Tone,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "Shouting", ru: "Крик", el: "Φωνές"),
        reason: tr!(
            en: "Capitals and repeated exclamation marks read as a raised voice.",
            ru: "Заглавные буквы и «!!!» читаются как крик.",
            el: "Τα κεφαλαία και τα πολλαπλά θαυμαστικά διαβάζονται σαν φωνές.",
        ),
    }
}

impl Shouting {
    /// The rule; its word lists belong to the shared tone judgement.
    pub fn new() -> Self {
        // Prepared with the rule, so the first check does not pay for it.
        crate::tone::ToneJudge::shared();
        Shouting {}
    }
}

impl Rule for Shouting {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let judgement = Judgement::of(ctx);
        if !judgement.agitated {
            return;
        }
        for e in judgement.evidence_for(INFO.id) {
            let text = ctx.field_text(e.field);
            let shown = &text[e.range.clone()];
            let message = if e.kind == Kind::Marks {
                tr!(
                    en: "“{text}” raises the voice; one mark is enough.",
                    ru: "«{text}» звучит как повышенный тон; достаточно одного знака.",
                    el: "Το «{text}» υψώνει τον τόνο· αρκεί ένα σημείο.",
                )
            } else {
                tr!(
                    en: "“{text}” is in capitals, which reads as shouting.",
                    ru: "Текст «{text}» набран заглавными буквами — это читается как крик.",
                    el: "Το «{text}» είναι γραμμένο με κεφαλαία και διαβάζεται σαν φωνή.",
                )
            }
            .format(ctx.ui(), &[("text", shown)]);
            let mut diagnostic = Diagnostic::new(e.field, e.range.clone(), message);
            if let Some(suggestion) = &e.suggestion {
                diagnostic = diagnostic.with_suggestion(suggestion.clone());
            }
            out.push(diagnostic);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::*;

    fn rule() -> Shouting {
        Shouting::new()
    }

    #[test]
    fn flags_runs_of_capitals_in_an_angry_letter_in_each_language() {
        assert_eq!(
            excerpts(
                &rule(),
                "This is unacceptable. We have ALREADY ANSWERED THIS question."
            ),
            ["ALREADY ANSWERED THIS"]
        );
        assert_eq!(
            excerpts(
                &rule(),
                "Это возмутительно. ПОВТОРЯЮ ЕЩЁ РАЗ: оплата до пятницы."
            ),
            ["ПОВТОРЯЮ ЕЩЁ РАЗ"]
        );
        assert_eq!(
            excerpts(&rule(), "Απαράδεκτο. ΣΑΣ ΕΧΟΥΜΕ ΗΔΗ ΑΠΑΝΤΗΣΕΙ για αυτό."),
            ["ΣΑΣ ΕΧΟΥΜΕ ΗΔΗ ΑΠΑΝΤΗΣΕΙ"]
        );
    }

    #[test]
    fn offers_normal_case() {
        assert_suggestion_result(
            "PLEASE CALL ME BACK today, this is ridiculous.",
            &rule(),
            "Please call me back today, this is ridiculous.",
        );
        assert_suggestion_result(
            "Мы ЖДЁМ ОПЛАТУ СЧЁТА, это безобразие.",
            &rule(),
            "Мы ждём оплату счёта, это безобразие.",
        );
        // Greek capitals that keep their accents lower-case rightly.
        assert_suggestion_result(
            "ΑΠΑΝΤΉΣΤΕ ΆΜΕΣΑ ΠΑΡΑΚΑΛΏ. Είναι απαράδεκτο.",
            &rule(),
            "Απαντήστε άμεσα παρακαλώ. Είναι απαράδεκτο.",
        );
        assert_suggestion_result(
            "I SAID THE API IS BROKEN. Unacceptable.",
            &rule(),
            "I said the API is broken. Unacceptable.",
        );
    }

    #[test]
    fn offers_no_case_for_greek_capitals_that_lost_their_accents() {
        // "ΕΙΝΑΙ ΑΠΑΡΑΔΕΚΤΟ" in lower case is "είναι απαράδεκτο": putting the
        // accents back needs a dictionary, so the finding comes without a
        // fix rather than with a misspelt one ("ειναι απαραδεκτο").
        for body in [
            "ΕΙΝΑΙ ΑΠΑΡΑΔΕΚΤΟ ΑΥΤΟ ΠΟΥ ΚΑΝΕΤΕ. Πού είναι η πληρωμή;",
            "Απαράδεκτο. Σας το είπα ΤΡΕΙΣ ΦΟΡΕΣ!!",
        ] {
            let found = run(&rule(), &letter(body));
            let capitals: Vec<_> = found.iter().filter(|f| !f.excerpt.contains('!')).collect();
            assert_eq!(capitals.len(), 1, "{body}: {found:#?}");
            assert_eq!(capitals[0].suggestion, None, "{body}");
        }
        // Words of one syllable need no accent.
        assert_suggestion_result(
            "Απαράδεκτο. ΚΑΙ ΤΟ ΞΈΡΕΤΕ ΚΑΛΆ!",
            &rule(),
            "Απαράδεκτο. Και το ξέρετε καλά!",
        );
    }

    #[test]
    fn the_fix_cures_the_capitals_and_keeps_every_word_right_in_each_language() {
        for (body, fixed) in [
            (
                "Ridiculous. WE HAVE ASKED YOU THREE TIMES for the NDA.",
                "Ridiculous. We have asked you three times for the NDA.",
            ),
            (
                "Безобразие. МЫ ВАМ УЖЕ ТРИЖДЫ ПИСАЛИ про НДС.",
                "Безобразие. Мы вам уже трижды писали про НДС.",
            ),
            // Accents kept, final sigma where a word ends.
            (
                "Απαράδεκτο. ΣΑΣ ΤΟ ΈΧΟΥΜΕ ΠΕΙ ΤΡΕΙΣ ΦΟΡΈΣ ως τώρα.",
                "Απαράδεκτο. Σας το έχουμε πει τρεις φορές ως τώρα.",
            ),
        ] {
            assert_suggestion_result(body, &rule(), fixed);
            let left = run(&rule(), &letter(fixed));
            assert!(left.is_empty(), "{fixed}: {left:#?}");
        }
    }

    #[test]
    fn offers_no_case_where_an_accent_tells_two_greek_words_apart() {
        // "ΠΟΥ" is "που" (that) or "πού" (where), "Η" "η" (the) or "ή" (or).
        for body in [
            "Απαράδεκτο. ΚΑΙ ΠΟΥ ΤΟ ΣΤΕΊΛΑΤΕ;",
            "Απαράδεκτο. ΠΛΗΡΏΣΤΕ ΣΉΜΕΡΑ Η ΑΎΡΙΟ ΤΟ ΤΙΜΟΛΌΓΙΟ.",
        ] {
            let found = run(&rule(), &letter(body));
            let capitals: Vec<_> = found.iter().filter(|f| !f.excerpt.contains('!')).collect();
            assert_eq!(capitals.len(), 1, "{body}: {found:#?}");
            assert_eq!(capitals[0].suggestion, None, "{body}");
        }
    }

    #[test]
    fn flags_repeated_marks() {
        assert_eq!(excerpts(&rule(), "Pay today, this is absurd!!!"), ["!!!"]);
        assert_eq!(excerpts(&rule(), "Ridiculous. Pay NOW!!"), ["!!"]);
        assert_eq!(excerpts(&rule(), "Вы это серьёзно?!"), ["?!"]);
        assert_eq!(excerpts(&rule(), "Αίσχος. Πότε επιτέλους!!!"), ["!!!"]);
        assert_suggestion_result(
            "Pay today, it is outrageous!!!",
            &rule(),
            "Pay today, it is outrageous!",
        );
        assert_suggestion_result("Seriously?!", &rule(), "Seriously?");
    }

    #[test]
    fn allows_capitals_and_marks_in_a_cheerful_or_promotional_letter() {
        assert_no_lints("WE NEED GRASS THIS YEAR!!! The yard looks great.", &rule());
        assert_no_lints("COPY ANY DVD MOVIE!! Order today!!!", &rule());
        assert_no_lints("МЫ ОТКРЫЛИ НОВЫЙ МАГАЗИН!!! Ждём вас.", &rule());
        assert_no_lints("ΜΕΓΑΛΕΣ ΕΚΠΤΩΣΕΙΣ ΣΕ ΟΛΑ!!! Σας περιμένουμε.", &rule());
    }

    #[test]
    fn allows_acronyms_names_labels_and_headings() {
        let angry = " Absurd.";
        for text in [
            "The API and the SDK are in the PDF, VAT included.",
            "ООО «РОМАШКА», ИНН 7701234567, КПП 770101001.",
            "Η ΑΕ πλήρωσε τον ΦΠΑ στη ΔΟΥ.",
            "Our NASA and NATO contacts use HTTPS.",
            "MARKET DATA is down; FIELD SERVICES are fine.",
            "АДРЕС БАНКА: Москва, ул. Ленина, 1.",
            "Gas flows on GULF NORTHERN TRANSMISSION (GN) today.",
            "Shipping via GULF NORTHERN TRANSMISSION, LP today.",
            "Press \"ABORT, CANCEL OR TRUST SIGNER\" when asked.",
            "Schedule below.\n\nSCHEDULED SYSTEM OUTAGES\nNone this week.",
            "Codes: MALIN_5_RNDMTN ENRJ_CISO_3000 attached.",
            "Dear {FIRSTNAME}, your code is %ACTIVATIONCODE% for *|MERGE_FIELD|*.",
            "Уважаемый [ИМЯ КЛИЕНТА], ваш форум {FORUMNAME} ждёт.",
            "HAPPY BIRTHDAY TO YOU, dear Anna.",
        ] {
            assert_no_lints(&format!("{text}{angry}"), &rule());
        }
        assert_lint_count("Это СОВЕРШЕННО НЕПРИЕМЛЕМО!", &rule(), 1);
    }

    #[test]
    fn allows_friendly_exclamations_and_log_lines() {
        assert_no_lints(
            "Thanks a lot!!! See you Monday. The old price was absurd.",
            &rule(),
        );
        assert_no_lints("Спасибо огромное!!! Прежний сервис был ужасный.", &rule());
        assert_no_lints("Συγχαρητήρια!!! Η παλιά υπηρεσία ήταν απαράδεκτη.", &rule());
        assert_no_lints("Ridiculous log:\n!!!Unknown database.\n", &rule());
    }

    #[test]
    fn allows_single_marks() {
        assert_no_lints("Thank you! Is Monday fine?", &rule());
        assert_no_lints("Спасибо! Понедельник подходит?", &rule());
        assert_no_lints("Ευχαριστώ! Σας βολεύει η Δευτέρα;", &rule());
    }

    #[test]
    fn flags_the_subject() {
        let mut draft = letter("This delay is unacceptable.");
        draft.subject = "PAY THE INVOICE NOW!!".into();
        let found = run(&rule(), &draft);
        assert_eq!(found.len(), 2);
        assert!(found
            .iter()
            .all(|f| f.field == crate::finding::Field::Subject));
    }

    #[test]
    fn ignores_quoted_shouting() {
        assert_no_lints(
            "We are on it.\n\nOn Mon, Peter wrote:\n> WHERE IS MY ORDER?! Unacceptable!!!\n",
            &rule(),
        );
        assert_no_lints("Разбираемся.\n\n> ГДЕ МОЙ ЗАКАЗ?! Безобразие!!!\n", &rule());
        assert_no_lints(
            "Το εξετάζουμε.\n\n> ΠΟΥ ΕΙΝΑΙ Η ΠΑΡΑΓΓΕΛΙΑ ΜΟΥ;! Αίσχος!!\n",
            &rule(),
        );
    }

    #[test]
    fn flags_shouting_that_is_the_only_sign_in_each_language() {
        assert_eq!(
            excerpts(
                &rule(),
                "THIS IS THE THIRD TIME I AM TELLING YOU. The deadline was Friday!!!"
            ),
            ["THIS IS THE THIRD TIME I AM TELLING YOU", "!!!"]
        );
        assert_eq!(
            excerpts(&rule(), "Я уже ТРЕТИЙ РАЗ объясняю!!! Где оплата?"),
            ["ТРЕТИЙ РАЗ", "!!!"]
        );
        assert_eq!(
            excerpts(
                &rule(),
                "ΣΑΣ ΤΟ ΕΧΩ ΗΔΗ ΠΕΙ ΔΥΟ ΦΟΡΕΣ. Πού είναι η πληρωμή???"
            ),
            ["ΣΑΣ ΤΟ ΕΧΩ ΗΔΗ ΠΕΙ ΔΥΟ ΦΟΡΕΣ", "???"]
        );
    }

    #[test]
    fn allows_one_emphasised_word_in_a_calm_letter() {
        assert_no_lints(
            "Please note the NEW address of our warehouse from Monday.",
            &rule(),
        );
        assert_no_lints("Обратите внимание: склад ПЕРЕЕХАЛ с понедельника.", &rule());
        assert_no_lints("Προσοχή: η αποθήκη ΜΕΤΑΚΟΜΙΖΕΙ από τη Δευτέρα.", &rule());
    }

    #[test]
    fn messages_exist_in_every_language() {
        messages_in_every_language(&rule(), &letter("Pay now, this is outrageous!!!"));
    }
}
