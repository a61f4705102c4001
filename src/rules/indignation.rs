use crate::context::{Context, Diagnostic};
use crate::finding::Severity;
use crate::language::Lang;
use crate::rules::{Category, Rule, Status};
use crate::tone::{Judgement, Kind};
use crate::tr;

declare_rule! {
    /// ## What it does
    /// Flags reproaches aimed at the reader in the author's own text:
    /// rebukes ("Что вы себе позволяете?", "не разговаривайте со мной в
    /// таком тоне", "How dare you", "Με ποιο δικαίωμα…"), rhetorical
    /// questions ("как вы вообще могли", "if you had read my email", "what
    /// part of … was unclear", "с какой стати"), counting the reader's
    /// failures ("for the third time", "повторяю в последний раз", "για
    /// τρίτη φορά") and blame ("вы сами виноваты", "it's your fault",
    /// "δικό σας είναι το φταίξιμο"). A rebuke is enough on its own; the
    /// others are shown when the letter is agitated, as one judgement of all
    /// its signs together (see `emotional-tone`). A rebuke quoted from the
    /// client's letter is not checked. Threats of court, the police, the
    /// author's lawyer or debt collectors are rebukes ("the matter will be
    /// passed to our solicitors", "попробуете помешать — вызовем полицию");
    /// named as the next step of a formal claim ("если вопрос не будет
    /// решён, будем вынуждены обратиться в суд, хотя рассчитываем
    /// договориться", "after that date we will have to pass the account to
    /// our debt collectors, which we would much rather avoid": after an
    /// unmet condition or a deadline, reluctantly, in a letter that hopes
    /// to settle), they are not a rebuke on their own.
    ///
    /// ## Why is this bad?
    /// The seed on the "7 critical mistakes with an aggressive client
    /// letter" names this one (mistake 3): answering a complaint in the style
    /// of "What do you think you are doing?" does not resolve the conflict or
    /// keep the client — "rather the opposite". Mistake 4, "let them first
    /// learn to express themselves", is the same rebuke. The first seed adds:
    /// never write while agitated; senders regret such letters.
    ///
    /// ## Example
    /// - en: "How dare you speak to our staff like that?"
    /// - ru: "Что вы себе позволяете? Научитесь разговаривать вежливо."
    /// - el: "Πώς τολμάτε να μας μιλάτε έτσι;"
    ///
    /// ## Options
    /// None. Rebukes are in `indignation.txt` beside this file, threats of
    /// court, a regulator, lawyers or debt collectors in
    /// `indignation.legal.txt` (the hope to settle
    /// that makes a conditional one a formal claim's next step, in
    /// `indignation.settle.txt`), rhetorical
    /// questions in `indignation.rhetorical.txt`, counting in
    /// `indignation.counting.txt`, blame in `indignation.blame.txt`.
    pub struct Indignation {}
    info {
        id: "indignation",
        severity: Severity::Error,
        category: Category::Tone,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "Indignant rebuke", ru: "Возмущённая отповедь", el: "Αγανακτισμένη επίπληξη"),
        reason: tr!(
            en: "Rebuking the client escalates the conflict instead of resolving it.",
            ru: "Отповедь клиенту раздувает конфликт, а не разрешает его.",
            el: "Η επίπληξη του πελάτη κλιμακώνει τη σύγκρουση αντί να τη λύνει.",
        ),
    }
}

impl Indignation {
    /// The rule; its word lists belong to the shared tone judgement.
    pub fn new() -> Self {
        // Prepared with the rule, so the first check does not pay for it.
        crate::tone::ToneJudge::shared();
        Indignation {}
    }
}

impl Rule for Indignation {
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
            let message = if e.kind == Kind::Counting {
                tr!(
                    en: "“{phrase}” keeps score of the reader's failures. Say what is needed now and by when — calmly.",
                    ru: "«{phrase}» — счёт чужих промахов. Напишите, что нужно сейчас и к какому сроку, — спокойно.",
                    el: "Το «{phrase}» μετρά τις αστοχίες του αναγνώστη. Γράψτε ήρεμα τι χρειάζεται τώρα και μέχρι πότε.",
                )
            } else {
                tr!(
                    en: "“{phrase}” rebukes the reader. Say what you will do about the problem and, if needed, what you expect — calmly.",
                    ru: "«{phrase}» — отповедь читателю. Напишите, что вы сделаете с проблемой и, если нужно, чего ждёте от клиента, — спокойно.",
                    el: "Το «{phrase}» επιπλήττει τον αναγνώστη. Γράψτε ήρεμα τι θα κάνετε για το πρόβλημα και, αν χρειάζεται, τι περιμένετε.",
                )
            }
            .format(ctx.ui(), &[("phrase", &text[e.range.clone()])]);
            out.push(Diagnostic::new(e.field, e.range.clone(), message));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::*;

    fn rule() -> Indignation {
        Indignation::new()
    }

    #[test]
    fn a_calm_claim_names_court_as_the_next_step_but_an_angry_threat_rebukes() {
        // A formal claim: what is owed, by when, and court if it is not
        // settled. Not a rebuke.
        for calm in [
            "Направляем претензию по договору поставки: товар не поставлен. Просим до 20 апреля вернуть аванс. Если вопрос не будет решён, мы будем вынуждены обратиться в арбитражный суд, хотя надеемся договориться.",
            "Если оплата не поступит до 20 апреля, будем вынуждены подать иск в арбитражный суд. Надеемся решить вопрос без суда.",
            "If the invoice is not paid by 20 April, we will be forced to go to court. We would much rather settle this between us.",
        ] {
            assert_eq!(excerpts(&rule(), calm), Vec::<String>::new(), "{calm}");
        }
        // Court thrown at the reader, a condition without the reluctance
        // of a claim, or a claim's step in an angry letter, still is.
        assert_eq!(
            excerpts(&rule(), "Мы будем вынуждены обратиться в суд!"),
            ["будем вынуждены обратиться в суд"]
        );
        assert_eq!(
            excerpts(&rule(), "Θα κινηθούμε νομικά."),
            ["Θα κινηθούμε νομικά"]
        );
        let counted = "Мы неоднократно предлагали решить вопрос миром. Если долг не будет погашен до 20 марта, будем вынуждены обратиться в суд.";
        assert!(
            excerpts(&rule(), counted).contains(&"будем вынуждены обратиться в суд".to_string()),
            "{counted}: {:?}",
            excerpts(&rule(), counted)
        );
        let no_door_left =
            "Если оплата не поступит до 20 апреля, будем вынуждены подать иск в арбитражный суд.";
        assert!(
            !excerpts(&rule(), no_door_left).is_empty(),
            "{no_door_left}"
        );
        let personal = "Если ничего не изменится, буду писать в прокуратуру.";
        assert!(!excerpts(&rule(), personal).is_empty(), "{personal}");
        let angry = "Сколько можно кормить нас обещаниями?! Вы вообще читаете, что вам пишут? Если деньги не вернутся до пятницы, мы будем вынуждены обратиться в суд.";
        assert!(!excerpts(&rule(), angry).is_empty(), "{angry}");
    }

    #[test]
    fn flags_rebukes_in_each_language() {
        assert_eq!(
            excerpts(&rule(), "How dare you speak to our staff like that?"),
            ["How dare you"]
        );
        assert_eq!(
            excerpts(&rule(), "Who do you think you are?"),
            ["Who do you think you are"]
        );
        assert_eq!(
            excerpts(&rule(), "Что вы себе позволяете?"),
            ["Что вы себе позволяете"]
        );
        assert_eq!(
            excerpts(&rule(), "Сначала научитесь разговаривать с людьми."),
            ["научитесь разговаривать"]
        );
        assert_eq!(
            excerpts(&rule(), "Πώς τολμάτε να μας μιλάτε έτσι;"),
            ["Πώς τολμάτε"]
        );
        assert_eq!(excerpts(&rule(), "Ντροπή σας!"), ["Ντροπή σας"]);
    }

    #[test]
    fn flags_inflected_and_capitalised_forms() {
        assert_eq!(
            excerpts(&rule(), "Кем Вы себя возомнили?"),
            ["Кем Вы себя возомнили"]
        );
        assert_eq!(
            excerpts(&rule(), "Вы вообще в своём уме?"),
            ["Вы вообще в своём уме"]
        );
        assert_eq!(excerpts(&rule(), "ΠΩΣ ΤΟΛΜΑΤΕ;"), ["ΠΩΣ ΤΟΛΜΑΤΕ"]);
        assert_eq!(excerpts(&rule(), "HOW DARE YOU"), ["HOW DARE YOU"]);
    }

    /// True when one of the rule's excerpts in `body` starts with `start`.
    #[track_caller]
    fn shows(body: &str, start: &str) -> bool {
        excerpts(&rule(), body).iter().any(|e| e.starts_with(start))
    }

    #[test]
    fn flags_rhetorical_questions_counting_and_blame_in_each_language() {
        let en =
            "How could you possibly think that sending the draft to the board was a good idea? \
                  For the third time: it is in the PDF. This is entirely your fault.";
        assert!(shows(en, "How could you possibly think"));
        assert!(shows(en, "For the third time"));
        assert!(shows(en, "This is entirely your fault"));
        let ru = "С какой стати мы должны переделывать работу бесплатно? \
                  Повторяю в последний раз: вы сами виноваты.";
        assert!(shows(ru, "С какой стати"));
        assert!(shows(ru, "Повторяю в последний раз"));
        assert!(shows(ru, "вы сами виноваты"));
        let el = "Πλάκα μας κάνετε; Το επαναλαμβάνω για τελευταία φορά: \
                  δικό σας είναι το φταίξιμο.";
        assert!(shows(el, "Πλάκα μας κάνετε"));
        assert!(shows(el, "Το επαναλαμβάνω για τελευταία φορά"));
        assert!(shows(el, "δικό σας είναι το φταίξιμο"));
    }

    #[test]
    fn flags_free_rebukes() {
        assert_eq!(
            excerpts(&rule(), "Do not speak to me in that tone again."),
            ["Do not speak to me in that tone"]
        );
        assert_eq!(
            excerpts(&rule(), "Не разговаривайте со мной в таком тоне."),
            ["Не разговаривайте со мной в таком тоне"]
        );
        assert_eq!(
            excerpts(&rule(), "Με ποιο δικαίωμα μας μιλάτε έτσι;"),
            ["Με ποιο δικαίωμα"]
        );
    }

    #[test]
    fn a_count_alone_in_a_calm_letter_is_not_a_reproach() {
        assert_no_lints(
            "This is the third time we have worked together on the catalogue.",
            &rule(),
        );
        assert_no_lints("Мы уже в третий раз делаем этот каталог.", &rule());
        assert_no_lints("Είναι η τρίτη φορά που φτιάχνουμε τον κατάλογο.", &rule());
    }

    #[test]
    fn allows_calm_replies() {
        assert_no_lints(
            "We understand your frustration and will call you today.",
            &rule(),
        );
        assert_no_lints(
            "Как вы и просили, высылаем расчёт. Что вы думаете о сроках?",
            &rule(),
        );
        assert_no_lints("Όπως ζητήσατε, σας στέλνουμε την προσφορά.", &rule());
        assert_no_lints("We'd like to learn how to speed up delivery.", &rule());
    }

    #[test]
    fn ignores_the_clients_quoted_rebuke() {
        assert_no_lints(
            "We are sorry.\n\nOn Mon, Peter wrote:\n> How dare you charge me twice?\n",
            &rule(),
        );
        assert_no_lints(
            "Приносим извинения.\n\n> Что вы себе позволяете?!\n",
            &rule(),
        );
        assert_no_lints("Λυπούμαστε.\n\n> Πώς τολμάτε;\n", &rule());
    }

    #[test]
    fn messages_exist_in_every_language() {
        messages_in_every_language(&rule(), &letter("How dare you?"));
    }

    #[test]
    fn thanks_for_deigning_is_a_rebuke_in_each_language() {
        assert_eq!(
            excerpts(&rule(), "Thanks for finally deigning to reply."),
            ["Thanks for finally deigning"]
        );
        assert_eq!(
            excerpts(&rule(), "Спасибо, что все-таки соизволили ответить."),
            ["Спасибо, что все-таки соизволили"]
        );
        assert_eq!(
            excerpts(&rule(), "Ευχαριστω που καταδεχτηκατε να απαντησετε."),
            ["Ευχαριστω που καταδεχτηκατε"]
        );
        assert_no_lints("Thanks for finally sending the contract.", &rule());
        assert_no_lints("Спасибо, что все-таки нашли время на встречу.", &rule());
        assert_no_lints("Ευχαριστώ που απαντήσατε τόσο γρήγορα.", &rule());
    }

    #[test]
    fn blame_and_repeated_mistakes_in_free_wording() {
        let en = "It was you, not us, who moved the launch. Your last email had the old \
                  account on it again!!";
        assert!(shows(en, "It was you, not us"));
        assert!(shows(en, "had the old account on it again"));
        let ru = "Презентацию сорвали вы, а не мы. Вы сами все испортили, \
                  и в письме опять была старая версия!!";
        assert!(shows(ru, "вы, а не мы"));
        assert!(shows(ru, "Вы сами все испортили"));
        assert!(shows(ru, "опять была старая"));
        let el = "Την παρουσίαση την τινάξατε στον αέρα εσείς, όχι εμείς. \
                  Μας στείλατε πάλι λάθος χρώμα!!";
        assert!(shows(el, "τινάξατε στον αέρα"));
        assert!(shows(el, "εσείς, όχι εμείς"));
        assert!(shows(el, "Μας στείλατε πάλι λάθος"));
        let unaccented = "Νικο, διαβαζετε καθολου τι σας γραφουμε; \
                          Ποσες φορες πρεπει να εξηγουμε το ιδιο πραγμα;";
        assert!(shows(unaccented, "διαβαζετε καθολου"));
    }

    #[test]
    fn a_mistake_fixed_once_more_is_not_counted() {
        assert_no_lints("We sent the corrected file again this morning.", &rule());
        assert_no_lints("Мы снова были рады видеть вас на выставке.", &rule());
        assert_no_lints("Σας στείλαμε ξανά το σωστό αρχείο σήμερα.", &rule());
    }

    #[test]
    fn condescension_is_a_rebuke_but_delivery_is_not() {
        assert_eq!(
            excerpts(
                &rule(),
                "Надеюсь, хотя бы сейчас до вас дойдет: оплата по факту."
            ),
            ["хотя бы сейчас до вас дойдет"]
        );
        assert_eq!(
            excerpts(&rule(), "Ελπίζω τουλάχιστον τώρα να το καταλάβετε."),
            ["τουλάχιστον τώρα να το καταλάβετε"]
        );
        assert_eq!(
            excerpts(&rule(), "Maybe this time it will finally sink in."),
            ["Maybe this time it will finally sink in"]
        );
        assert_no_lints("Посылка дойдет до вас за три дня.", &rule());
        assert_no_lints("Ελπίζω να καταλαβαίνετε τη θέση μας.", &rule());
        assert_no_lints("Let the numbers sink in before the meeting.", &rule());
    }

    #[test]
    fn waiting_and_silence_are_counted() {
        let ru = "Вы там вообще работаете? Третью неделю ждем ответа, ни звонка, ни письма!!";
        assert!(shows(ru, "Вы там вообще работаете"));
        assert!(shows(ru, "Третью неделю ждем"));
        assert!(shows(ru, "ни звонка, ни письма"));
        let el = "Δουλεύετε καθόλου; Τρίτη εβδομάδα περιμένουμε, ούτε τηλέφωνο ούτε μήνυμα!!";
        assert!(shows(el, "Δουλεύετε καθόλου"));
        assert!(shows(el, "Τρίτη εβδομάδα περιμένουμε"));
        assert!(shows(el, "ούτε τηλέφωνο ούτε μήνυμα"));
        let en = "Do you people even work? Third week of waiting, not a call, not an email!!";
        assert!(shows(en, "Do you people even work"));
        assert!(shows(en, "Third week of waiting"));
        assert!(shows(en, "not a call, not an email"));
    }

    #[test]
    fn cant_you_read_is_a_rebuke_only_as_the_whole_question() {
        assert_eq!(excerpts(&rule(), "Can't you read?"), ["Can't you read"]);
        assert_eq!(
            excerpts(&rule(), "Вы что, не умеете читать?"),
            ["Вы что, не умеете читать"]
        );
        assert_eq!(
            excerpts(&rule(), "Δεν ξέρετε να διαβάζετε;"),
            ["Δεν ξέρετε να διαβάζετε"]
        );
        assert_no_lints(
            "Can't you read the attachment? I can send it again.",
            &rule(),
        );
        assert_no_lints("Вы не умеете читать ноты? Мы пришлём запись.", &rule());
        assert_no_lints(
            "Δεν ξέρετε να διαβάζετε τα αρχεία PDF; Θα σας τα στείλουμε σε Word.",
            &rule(),
        );
    }

    #[test]
    fn telling_for_the_last_time_is_a_rebuke_but_the_last_meeting_is_not() {
        assert!(shows(
            "Последний раз повторяю: счет нужно выставить на ООО «Вектор».",
            "Последний раз повторяю"
        ));
        assert!(shows(
            "Прошу в последний раз по-хорошему: верните оборудование.",
            "Прошу в последний раз"
        ));
        assert!(shows(
            "Για τελευταία φορά σας λέω: το τιμολόγιο εκδίδεται στην εταιρεία.",
            "Για τελευταία φορά σας λέω"
        ));
        assert!(shows(
            "τελευταια φορα το ζηταω ευγενικα: επιστρεψτε τον εξοπλισμο.",
            "τελευταια φορα το ζηταω"
        ));
        // Each addresses the reader: counted, the last time would tip them.
        assert_no_lints(
            "В последний раз, когда мы встречались, вы говорили о новой смете.",
            &rule(),
        );
        assert_no_lints(
            "Последний раз вы были у нас в феврале, с тех пор склад расширили.",
            &rule(),
        );
        assert_no_lints(
            "Την τελευταία φορά που μιλήσαμε, μου είπατε ότι ετοιμάζετε νέα προσφορά.",
            &rule(),
        );
        assert_no_lints(
            "Τελευταία φορά σας στείλαμε αυτό το μοντέλο το 2023.",
            &rule(),
        );
    }

    #[test]
    fn threats_of_court_and_contempt_are_rebukes() {
        assert!(shows(
            "Если к понедельнику оплаты не будет — встретимся в суде.",
            "встретимся в суде"
        ));
        assert!(shows(
            "Если деньги не поступят, дальше с вами будет разговаривать наш юрист.",
            "дальше с вами будет разговаривать наш юрист"
        ));
        assert!(shows(
            "Раз по-хорошему вы не понимаете, пишем жалобу.",
            "Раз по-хорошему вы не понимаете"
        ));
        assert!(shows(
            "Αν δεν πληρωθούμε ως τη Δευτέρα, θα τα πούμε στα δικαστήρια.",
            "θα τα πούμε στα δικαστήρια"
        ));
        assert!(shows(
            "Αφού με το καλό δεν καταλαβαίνετε, κάνουμε καταγγελία.",
            "Αφού με το καλό δεν καταλαβαίνετε"
        ));
        assert!(shows(
            "Ваши оправдания нам неинтересны.",
            "Ваши оправдания нам неинтересны"
        ));
        assert!(shows(
            "Мне казалось, что мы работаем с профессионалами.",
            "казалось, что мы работаем с профессионалами"
        ));
        assert!(shows(
            "Οι δικαιολογίες σας δεν μας ενδιαφέρουν.",
            "δικαιολογίες σας δεν μας ενδιαφέρουν"
        ));
        assert!(shows(
            "Νόμιζα ότι συνεργαζόμαστε με επαγγελματίες.",
            "Νόμιζα ότι συνεργαζόμαστε με επαγγελματίες"
        ));
        assert!(shows(
            "Με τέτοια νοοτροπία δεν θα μείνετε πολύ στην αγορά.",
            "δεν θα μείνετε πολύ"
        ));
        assert!(shows(
            "Надеюсь, в этот раз вы хотя бы дочитаете письмо до конца.",
            "хотя бы дочитаете письмо"
        ));
        assert!(shows(
            "Όπως έγραψα (που προφανώς δεν το διάβασε κανείς), η προθεσμία είναι 15 Μαρτίου.",
            "προφανώς δεν το διάβασε κανείς"
        ));
        assert_no_lints(
            "Мы передали вопрос юристу, он ответит вам до пятницы.",
            &rule(),
        );
        assert_no_lints(
            "Теперь с вами будет работать наш юрист Ольга, она ведет ваш договор.",
            &rule(),
        );
        assert_no_lints(
            "Δώσαμε το θέμα στον δικηγόρο μας για να ελέγξει τη σύμβαση.",
            &rule(),
        );
        assert_no_lints(
            "Мы работаем с профессиональными переводчиками, поэтому сроки короткие.",
            &rule(),
        );
        assert_no_lints(
            "Συνεργαζόμαστε με επαγγελματίες φωτογράφους εδώ και χρόνια.",
            &rule(),
        );
    }

    #[test]
    fn condescension_and_blame_in_free_wording() {
        assert!(shows(
            "Специально для вас повторю: оплата по факту.",
            "Специально для вас повторю"
        ));
        assert!(shows(
            "Ты вообще с головой дружишь?",
            "Ты вообще с головой дружишь"
        ));
        assert!(shows(
            "Объясню еще раз, если до вас плохо доходит.",
            "до вас плохо доходит"
        ));
        assert!(shows(
            "Ειδικά για εσάς το επαναλαμβάνω: πληρωμή με την παράδοση.",
            "Ειδικά για εσάς το επαναλαμβάνω"
        ));
        assert!(shows(
            "Ваше мнение нас не интересует.",
            "Ваше мнение нас не интересует"
        ));
        let ru = "Вы нас опять подвели!! Обещали отгрузку к среде, а в итоге ни звонка, ни письма.";
        assert!(shows(ru, "Вы нас опять подвели"));
        assert!(shows(ru, "Обещали отгрузку к среде, а в итоге"));
        let el = "Μας εκθέσατε στον πελάτη!! Δεν κρατάτε τον λόγο σας, ούτε τηλέφωνο ούτε μήνυμα.";
        assert!(shows(el, "Μας εκθέσατε"));
        assert!(shows(el, "Δεν κρατάτε τον λόγο σας"));
        assert_no_lints("Специально для вас подготовили подборку новинок.", &rule());
        assert_no_lints("Посылка до вас дойдет за три дня.", &rule());
        assert_no_lints(
            "Ειδικά για εσάς ετοιμάσαμε μια προσφορά για τον Μάρτιο.",
            &rule(),
        );
        assert_no_lints(
            "Мы обещали отгрузку к среде и отгрузили во вторник.",
            &rule(),
        );
    }

    #[test]
    fn glad_repetition_and_a_calm_follow_up_are_not_counted() {
        // Each addresses the reader: counted, the repetition would tip them.
        assert_no_lints("Άλλη μια φορά σας συγχαίρουμε για το νέο γραφείο.", &rule());
        assert_no_lints(
            "Рады в очередной раз видеть вас на нашей выставке.",
            &rule(),
        );
        assert_no_lints(
            "Пишу вам снова по поводу счета 245: пришлите, пожалуйста, акт.",
            &rule(),
        );
        assert!(shows(
            "Объясняю вам еще раз: логин — это адрес почты. Вы вообще читаете?",
            "Объясняю вам еще раз"
        ));
        assert!(shows(
            "Вы в очередной раз сорвали поставку!!",
            "в очередной раз"
        ));
    }

    #[test]
    fn passive_aggression_that_counts_is_a_rebuke_in_each_language() {
        assert!(shows(
            "Как мы уже неоднократно сообщали, без акта мы не можем сдать отчетность.",
            "Как мы уже неоднократно сообщали"
        ));
        assert!(shows(
            "Как я вам уже не раз писала, счет выставлен на другое юрлицо.",
            "Как я вам уже не раз писала"
        ));
        assert!(shows(
            "Вынуждена в очередной раз напомнить про первичные документы.",
            "Вынуждена в очередной раз"
        ));
        assert!(shows(
            "Напоминаем в который раз: оплата до пятого числа.",
            "Напоминаем в который раз"
        ));
        assert!(shows(
            "Όπως σας έχω ήδη γράψει, χωρίς τιμολόγια δεν γίνεται η εκκαθάριση.",
            "Όπως σας έχω ήδη γράψει"
        ));
        assert!(shows(
            "Σας το ζητάμε για ακόμα μια φορά: στείλτε τα παραστατικά.",
            "ζητάμε για ακόμα μια φορά"
        ));
        assert_no_lints(
            "Как я уже писала в понедельник, отчет будет готов в среду.",
            &rule(),
        );
        assert_no_lints(
            "Όπως σας έγραψα τη Δευτέρα, η δήλωση θα είναι έτοιμη την Τετάρτη.",
            &rule(),
        );
        assert_no_lints("В очередной раз благодарим вас за заказ.", &rule());
    }

    #[test]
    fn first_person_threats_and_ultimatums_are_rebukes_in_each_language() {
        assert_flags_each_and_spares(
            &rule(),
            &[
                (
                    "Мы будем вынуждены обратиться в арбитражный суд с иском.",
                    "будем вынуждены обратиться в арбитражный суд",
                ),
                (
                    "Если ничего не изменится, буду писать в департамент образования.",
                    "буду писать в департамент",
                ),
                (
                    "Жалоба в Роспотребнадзор уже готова.",
                    "Жалоба в Роспотребнадзор",
                ),
                ("Подадим на вас в суд.", "Подадим на вас в суд"),
                (
                    "Ответьте до вечера, иначе мы расторгаем договор.",
                    "иначе мы расторгаем",
                ),
                (
                    "Это последний заказ, который мы у вас размещаем.",
                    "последний заказ, который мы у вас размещаем",
                ),
                (
                    "Αν δεν πληρώσετε, θα κινηθούμε δικαστικά.",
                    "θα κινηθούμε δικαστικά",
                ),
                (
                    "Θα απευθυνθώ στη Διεύθυνση Εκπαίδευσης.",
                    "Θα απευθυνθώ στη Διεύθυνση Εκπαίδευσης",
                ),
                (
                    "Η καταγγελία στον Συνήγορο του Καταναλωτή είναι έτοιμη.",
                    "καταγγελία στον Συνήγορο",
                ),
                (
                    "Απαντήστε σήμερα, αλλιώς καταγγέλλουμε τη σύμβαση.",
                    "αλλιώς καταγγέλλουμε",
                ),
                (
                    "Είναι η τελευταία παραγγελία που κάνουμε σε εσάς.",
                    "τελευταία παραγγελία που κάνουμε",
                ),
            ],
            &[
                "Вы вправе обратиться в суд, если не согласны с решением.",
                "Арбитражный суд перенес заседание на 20 марта.",
                "Подадим заявление в налоговую на этой неделе.",
                "Последний заказ у вас мы делали в марте.",
                "Το δικαστήριο ανέβαλε τη συζήτηση για τις 20 Μαρτίου.",
                "Θα απευθυνθώ στον λογιστή μου για τη δήλωση.",
                "Η τελευταία παραγγελία που κάναμε ήταν τον Ιανουάριο.",
            ],
        );
    }

    #[test]
    fn cold_contempt_is_a_rebuke_in_each_language() {
        assert_flags_each_and_spares(
            &rule(),
            &[
                (
                    "Мне неинтересно, кто у вас за что отвечает.",
                    "Мне неинтересно, кто у вас",
                ),
                ("Разбирайтесь между собой.", "Разбирайтесь между собой"),
                (
                    "Обсуждать с вами что-либо дальше не вижу смысла.",
                    "Обсуждать с вами",
                ),
                (
                    "Давайте без этих ваших сказок про сломанный сервер.",
                    "Давайте без этих",
                ),
                (
                    "Ваши обещания ничего не стоят.",
                    "Ваши обещания ничего не стоят",
                ),
                ("Мы вам не банк.", "Мы вам не банк"),
                (
                    "Так с постоянными клиентами не поступают.",
                    "Так с постоянными клиентами не поступают",
                ),
                (
                    "Спасибо за оперативность, всего-то девять дней.",
                    "Спасибо за оперативность, всего-то",
                ),
                ("И долго нам еще ждать акт?", "И долго нам еще ждать"),
                (
                    "Δεν με ενδιαφέρει ποιο τμήμα σας φταίει.",
                    "Δεν με ενδιαφέρει ποιο τμήμα σας",
                ),
                ("Τα βρείτε μεταξύ σας.", "Τα βρείτε μεταξύ σας"),
                (
                    "Οι υποσχέσεις σας δεν αξίζουν τίποτα.",
                    "Οι υποσχέσεις σας δεν αξίζουν τίποτα",
                ),
                ("Μας έχετε πρήξει με τις αναβολές.", "Μας έχετε πρήξει"),
                (
                    "Ευχαριστώ για την άμεση ανταπόκριση, μόλις εννέα μέρες μετά.",
                    "Ευχαριστώ για την άμεση ανταπόκριση",
                ),
                (
                    "Χάρη σε εσάς θα πληρώσουμε ρήτρα.",
                    "Χάρη σε εσάς θα πληρώσουμε ρήτρα",
                ),
            ],
            &[
                "Мы так не поступаем с данными клиентов: они хранятся только у нас.",
                "Спасибо за оперативность! Розы пришли на день раньше.",
                "Ευχαριστώ για την άμεση απάντηση, μόλις την είδα.",
                "Δεν με ενδιαφέρει ιδιαίτερα το χρώμα, όποιο έχετε.",
            ],
        );
    }

    #[test]
    fn expecting_better_and_reproach_without_a_question_are_rebukes() {
        assert_flags_each_and_spares(
            &rule(),
            &[
                ("Честно говоря, ожидали большего.", "ожидали большего"),
                ("Так дела не делаются.", "Так дела не делаются"),
                ("Все это крайне несерьезно.", "Все это крайне несерьезно"),
                ("Περίμενα κάτι καλύτερο.", "Περίμενα κάτι καλύτερο"),
                (
                    "Έτσι δεν γίνονται οι δουλειές.",
                    "Έτσι δεν γίνονται οι δουλειές",
                ),
            ],
            &[
                "Мы ожидали большего спроса на новую линейку.",
                "Περιμέναμε περισσότερα από την έκθεση, αλλά είχε λίγο κόσμο.",
            ],
        );
    }

    #[test]
    fn verdicts_and_counted_waits_in_free_wording_in_each_language() {
        assert_flags_each_and_spares(
            &rule(),
            &[
                ("Это уже ни в какие ворота.", "ни в какие ворота"),
                (
                    "Сколько раз можно повторять одно и то же.",
                    "Сколько раз можно",
                ),
                (
                    "Вам, видимо, безразлична судьба нашего заказа.",
                    "Вам, видимо, безразлична",
                ),
                (
                    "Мы больше не будем с вами работать.",
                    "Мы больше не будем с вами работать",
                ),
                (
                    "Благодарю за столь быстрый ответ — всего три недели.",
                    "Благодарю за столь быстрый ответ",
                ),
                ("Вы нас так с ума сведете.", "с ума сведете"),
                (
                    "Я вам уже писала об этом. Вы вообще читаете почту?",
                    "Я вам уже писала",
                ),
                (
                    "Мы ждем ваш ответ уже вторую неделю.",
                    "ждем ваш ответ уже вторую неделю",
                ),
                ("Αυτό ξεπερνάει κάθε όριο.", "ξεπερνάει κάθε όριο"),
                (
                    "Δεν θα συνεργαστούμε ξανά μαζί σας.",
                    "Δεν θα συνεργαστούμε ξανά",
                ),
                (
                    "Προφανώς δεν σας ενδιαφέρει καθόλου η παραγγελία μας.",
                    "Προφανώς δεν σας ενδιαφέρει",
                ),
                ("Θα μας τρελάνετε τελικά.", "Θα μας τρελάνετε"),
                (
                    "Περιμένουμε την απάντησή σας εδώ και τρεις εβδομάδες.",
                    "Περιμένουμε την απάντησή σας εδώ και τρεις εβδομάδες",
                ),
            ],
            &[
                "Этот проект сведет меня с ума, но мы успеем к пятнице.",
                "Мы больше не будем заказывать эту модель: ее сняли с производства.",
                "Ждем поставку уже вторую неделю, как и договаривались с заводом.",
                "Δεν σας ενδιαφέρει αν έρθει την Τρίτη ή την Τετάρτη;",
                "Περιμένουμε την έγκριση της τράπεζας εδώ και δύο εβδομάδες.",
            ],
        );
    }

    #[test]
    fn condescension_about_writing_is_a_rebuke() {
        assert_flags_each_and_spares(
            &rule(),
            &[
                ("С головой дружишь?", "С головой дружишь"),
                (
                    "Ты вообще умеешь из слов предложения составлять?",
                    "Ты вообще умеешь из слов предложения составлять",
                ),
                (
                    "Сначала научитесь связывать слова в предложения.",
                    "научитесь связывать слова",
                ),
                ("Помойте рот с мылом.", "Помойте рот с мылом"),
            ],
            &[
                "Дети учатся составлять предложения из карточек.",
                "Дружит с головой только наш бухгалтер, шучу: пришлите, пожалуйста, акт.",
            ],
        );
    }

    #[test]
    fn cold_anger_by_family_is_a_rebuke_in_russian() {
        assert_flags_each_and_spares(
            &rule(),
            &[
                (
                    "Прошу переслать это письмо вашему директору.",
                    "Прошу переслать это письмо вашему директору",
                ),
                (
                    "Завтра отправлю претензию вашему учредителю.",
                    "претензию вашему учредителю",
                ),
                (
                    "Хочу, чтобы жалобой занялось руководство.",
                    "жалобой занялось руководство",
                ),
                (
                    "Подаем жалобу в Роспотребнадзор сегодня же.",
                    "Подаем жалобу в Роспотребнадзор",
                ),
                ("Со следующей недели подаю иск.", "подаю иск"),
                (
                    "Что именно вам непонятно в счете?",
                    "Что именно вам непонятно",
                ),
                (
                    "А вам что тут неясно?",
                    "вам что тут неясно",
                ),
                (
                    "Ваши сроки уже переходят все разумные границы.",
                    "переходят все разумные границы",
                ),
                (
                    "Больше никаких дел с вашей компанией не имеем.",
                    "дел с вашей компанией не имеем",
                ),
                (
                    "Забудьте о продлении договора.",
                    "Забудьте о продлении",
                ),
                (
                    "Обещали прислать счет и, как обычно, не прислали.",
                    "как обычно, не прислали",
                ),
                (
                    "Устала тратить нервы на переписку с вами.",
                    "тратить нервы на переписку",
                ),
                (
                    "Если вам не нужны заказчики, скажите прямо.",
                    "Если вам не нужны заказчики",
                ),
                ("Хватит, мы не намерены это терпеть.", "не намерены это терпеть"),
                ("Не понимаю, за что я вам плачу.", "за что я вам плачу"),
                (
                    "Поразительно, как ваша компания еще на плаву.",
                    "как ваша компания еще на плаву",
                ),
                (
                    "Пишу последний раз по-хорошему.",
                    "последний раз по-хорошему",
                ),
                (
                    "Ситуацию я уже передал нашим юристам.",
                    "Ситуацию я уже передал нашим юристам",
                ),
                (
                    "Пересылаю всю переписку адвокату.",
                    "Пересылаю всю переписку адвокату",
                ),
                (
                    "Мы уже ищем другого поставщика.",
                    "ищем другого поставщика",
                ),
                (
                    "Заказываем теперь у ваших конкурентов.",
                    "Заказываем теперь у ваших конкурентов",
                ),
                (
                    "На таких условиях сотрудничать мы дальше не намерены.",
                    "сотрудничать мы дальше не намерены",
                ),
                (
                    "Рассчитывала на совсем иной уровень сервиса.",
                    "Рассчитывала на совсем иной",
                ),
                (
                    "Я ожидал хотя бы звонка от менеджера.",
                    "ожидал хотя бы",
                ),
                ("Мы давно уже не удивляемся.", "не удивляемся"),
                (
                    "Видимо, для вашего отдела это непосильная задача.",
                    "для вашего отдела это непосильная",
                ),
                (
                    "Теперь понятно, как вы цените клиентов.",
                    "Теперь понятно, как вы цените",
                ),
                (
                    "Может, вам словарь купить?",
                    "вам словарь купить",
                ),
                (
                    "Надеемся, напоминать больше не придется.",
                    "Надеемся, напоминать больше не придется",
                ),
                (
                    "Это просто издевательство над покупателями.",
                    "Это просто издевательство",
                ),
                (
                    "Благодарю за быструю реакцию на заявку, которую мы подали еще в январе и получили ответ спустя два месяца.",
                    "Благодарю за быструю реакцию",
                ),
            ],
            &[
                "Передам ваш вопрос руководителю отдела, он ответит завтра.",
                "Жалоба клиента передана руководству, разбираемся.",
                "Договор передал юристу на проверку, вернусь с правками в пятницу.",
                "Суд перенес заседание на 20 марта.",
                "В отличие от ваших конкурентов, вы всегда отвечаете быстро.",
                "Мы нашли другого перевозчика, груз придет раньше.",
                "На выставку ожидали как минимум двести гостей.",
                "Удивлен и рад, что все получилось так быстро!",
                "Это не неуважение, просто у нас был аврал.",
                "Надеюсь, объяснения помогут.",
                "Мы рассчитывали на другой результат пилота, давайте созвонимся.",
                "Как проверят, что груз застрахован, непонятно, уточню у брокера.",
                "Спасибо за быстрый ответ!",
                "Не забудьте о продлении договора до конца месяца.",
                "Граница участка проходит по забору.",
                "Разумеется, не забудем про скидку.",
                "Мы не будем терпеть убытки: перенесем отгрузку на склад в Туле.",
                "Не хочу тратить ваше время: коротко о главном.",
            ],
        );
    }

    #[test]
    fn cold_anger_by_family_is_a_rebuke_in_greek() {
        assert_flags_each_and_spares(
            &rule(),
            &[
                (
                    "Είπατε ότι θα στείλετε το δείγμα και φυσικά δεν στείλατε.",
                    "φυσικά δεν στείλατε",
                ),
                (
                    "Βαρέθηκα να χάνω τον χρόνο μου μαζί σας.",
                    "να χάνω τον χρόνο μου μαζί σας",
                ),
                (
                    "Δεν είμαστε διατεθειμένοι να το ανεχτούμε άλλο.",
                    "διατεθειμένοι να το ανεχτούμε",
                ),
                (
                    "Για ποιο λόγο σας πληρώνουμε τότε;",
                    "Για ποιο λόγο σας πληρώνουμε",
                ),
                ("Απορώ πώς λειτουργείτε ακόμα.", "Απορώ πώς λειτουργείτε"),
                (
                    "Ξεχάστε την ανανέωση του συμβολαίου.",
                    "Ξεχάστε την ανανέωση",
                ),
                (
                    "Δεν θέλουμε να έχουμε καμία σχέση μαζί σας.",
                    "καμία σχέση μαζί σας",
                ),
                (
                    "Θα κάνω καταγγελία στη διοίκηση της εταιρείας.",
                    "καταγγελία στη διοίκηση",
                ),
                (
                    "Ζητώ να ασχοληθεί ο προϊστάμενός σας προσωπικά.",
                    "Ζητώ να ασχοληθεί ο προϊστάμενός",
                ),
                (
                    "Την υπόθεση την έχουμε δώσει ήδη στους δικηγόρους μας.",
                    "υπόθεση την έχουμε δώσει ήδη στους δικηγόρους",
                ),
                ("Αναζητούμε ήδη νέο πάροχο.", "Αναζητούμε ήδη νέο πάροχο"),
                (
                    "Θα παραγγείλουμε από τους ανταγωνιστές σας.",
                    "ανταγωνιστές σας",
                ),
                (
                    "Έτσι δεν μπορούμε να δουλέψουμε πια.",
                    "Έτσι δεν μπορούμε να δουλέψουμε πια",
                ),
                ("Ελπίζαμε σε κάτι πολύ καλύτερο.", "κάτι πολύ καλύτερο"),
                ("Δεν μου κάνει εντύπωση πια.", "Δεν μου κάνει εντύπωση πια"),
                (
                    "Είναι πάνω από τις δυνατότητες του τμήματός σας.",
                    "πάνω από τις δυνατότητες",
                ),
                (
                    "Τώρα κατάλαβα πώς εκτιμάτε τους πελάτες σας.",
                    "Τώρα κατάλαβα πώς εκτιμάτε",
                ),
                (
                    "Ελπίζουμε να μην χρειαστεί να το επαναλάβω.",
                    "Ελπίζουμε να μην χρειαστεί να",
                ),
                (
                    "Πρόκειται για σκέτη κοροϊδία.",
                    "Πρόκειται για σκέτη κοροϊδία",
                ),
            ],
            &[
                "Θα ενημερώσω τον διευθυντή μου και θα σας απαντήσω.",
                "Έστειλα τη σύμβαση στον δικηγόρο για έλεγχο.",
                "Σε αντίθεση με τους ανταγωνιστές σας, απαντάτε γρήγορα.",
                "Περιμέναμε τουλάχιστον διακόσια άτομα στην εκδήλωση.",
                "Περιμέναμε νέα από εσάς.",
                "Ελπίζω οι εξηγήσεις να βοηθούν.",
            ],
        );
    }

    #[test]
    fn letters_left_unanswered_and_a_dragging_wait_add_up_by_family() {
        // Two counts, or a count and a reproach, in other words than the
        // letters of batch 8.
        for angry in [
            "Ни на одно наше письмо вы так и не ответили. Заявки остались без ответа.",
            "Третью неделю ждем ответа. Вы даже не сочли нужным перезвонить.",
            "Вторые сутки сайт лежит, а на звонки вы не ответили ни на один.",
            "Складывается впечатление, что вы просто надеетесь, что мы забудем. Ни одного ответа мы не получили.",
            "Δεν πήραμε απάντηση σε κανένα από τα τρία email. Τρίτο μήνα μένουμε χωρίς σύνδεση.",
            "Τα αιτήματά μας έμειναν αναπάντητα. Δεν μπαίνετε καν στον κόπο να τηλεφωνήσετε.",
        ] {
            assert_lints(angry, &rule());
        }
        for calm in [
            "Уже третий день работаем над вашим заказом, к пятнице закончим.",
            "Третий месяц подряд растут продажи, спасибо команде!",
            "В четверти неделя каникул, занятия начнутся 1 апреля.",
            "Ни одного вопроса по договору у нас не возникло.",
            "Ни на одно из писем от банка мы не ответили, так что продублируйте, пожалуйста.",
            "Ни одно ваше письмо не останется без ответа.",
            "Κανένα μήνυμα δεν μένει αναπάντητο στην ομάδα μας.",
            "Την Τρίτη εβδομάδα του μήνα έχουμε απογραφή.",
        ] {
            assert_no_lints(calm, &rule());
        }
    }

    #[test]
    fn nobody_there_and_not_even_reading_are_rhetorical() {
        assert_flags_each_and_spares(
            &rule(),
            &[
                (
                    "Кто-нибудь там вообще читает почту?",
                    "Кто-нибудь там вообще читает",
                ),
                (
                    "Διαβάζει κανείς τα μηνύματα που στέλνουμε;",
                    "Διαβάζει κανείς τα μηνύματα",
                ),
                ("Διαβάσατε καν το συνημμένο;", "Διαβάσατε καν"),
            ],
            &[
                "Если кто-нибудь из ваших коллег работает в субботу, дайте знать.",
                "Δεν διαβάσαμε ακόμα το συνημμένο, θα απαντήσουμε αύριο.",
            ],
        );
    }

    #[test]
    fn a_count_beside_a_reproach_is_its_own_sign() {
        // "так и не ответили" is blame; "ни на один вопрос" beside it is the
        // count that makes two.
        for angry in [
            "Вы так и не ответили ни на одно мое письмо.",
            "Пишу вам трижды, а ответа я так и не получила.",
            "Очередной срок, очередное обещание. Как обычно.",
            "Вы вообще собираетесь что-нибудь исправлять?",
            "Δεν πήρα απάντηση σε κανένα από τα αιτήματά μου. Ως συνήθως.",
            "Ξανά τα ίδια λάθη στο τιμολόγιο, και πάλι σιωπή.",
        ] {
            assert_lints(angry, &rule());
        }
        for calm in [
            "Мы не опоздали ни на один день, все по графику.",
            "Как обычно, пришлем отчет в пятницу.",
            "Так и не получили ваш счет, пришлите, пожалуйста, еще раз.",
            "Ως συνήθως, η παράδοση θα γίνει την Τρίτη.",
        ] {
            assert_no_lints(calm, &rule());
        }
    }

    #[test]
    fn expecting_other_treatment_is_a_rebuke_in_greek_as_in_russian() {
        assert_flags_each_and_spares(
            &rule(),
            &[
                (
                    "Υπολογίζαμε σε άλλη μεταχείριση.",
                    "Υπολογίζαμε σε άλλη μεταχείριση",
                ),
                (
                    "Мы рассчитывали на совсем другой подход.",
                    "рассчитывали на совсем другой подход",
                ),
            ],
            &[
                "Περιμέναμε άλλη προσφορά από τον προμηθευτή, θα σας ενημερώσουμε.",
                "Άλλη μια παραγγελία, άλλο ένα ευχαριστώ!",
            ],
        );
        for angry in [
            "Άλλο ένα τιμολόγιο λάθος, άλλη μια καθυστέρηση. Ως συνήθως.",
            "Επιστροφή χρημάτων δεν λάβαμε ποτέ, ενώ γράψαμε δύο φορές.",
        ] {
            assert_lints(angry, &rule());
        }
    }

    #[test]
    fn batch_nine_rebukes_by_family_in_russian() {
        // Written with dev letters ru-p164–p189, before the lists changed;
        // other sentences of the same families.
        assert_flags_each_and_spares(
            &rule(),
            &[
                (
                    "Надеюсь, вы знаете, что значит слово срок.",
                    "Надеюсь, вы знаете, что значит",
                ),
                (
                    "Хоть бы предупредили, что курьер не приедет.",
                    "Хоть бы предупредили",
                ),
                ("И вам не стыдно присылать такой отчет?", "вам не стыдно"),
                (
                    "Клиенты для вас всего лишь строчка в отчете.",
                    "для вас всего лишь строчка",
                ),
                (
                    "Могли бы хоть сделать вид, что вам не безразлично.",
                    "сделать вид, что вам не безразлично",
                ),
                (
                    "Эти извинения можете оставить себе.",
                    "Эти извинения можете оставить себе",
                ),
                ("К вам больше не обратимся.", "К вам больше не обратимся"),
                (
                    "Никому из коллег не порекомендую.",
                    "Никому из коллег не порекомендую",
                ),
                (
                    "Потом не жалуйтесь, что мы не предупреждали.",
                    "Потом не жалуйтесь",
                ),
                (
                    "Общаться будем только через адвоката.",
                    "Общаться будем только через адвоката",
                ),
                (
                    "Размеры вы, конечно же, не уточнили.",
                    "конечно же, не уточнили",
                ),
                ("Иначе обращаюсь в суд.", "Иначе обращаюсь"),
                (
                    "Видимо, придется поискать другую клинику.",
                    "поискать другую клинику",
                ),
                (
                    "Со следующего месяца переходим к другому брокеру.",
                    "переходим к другому брокеру",
                ),
                (
                    "Как можно было так подвести нас перед праздником?",
                    "Как можно было так подвести",
                ),
                (
                    "Кто у вас там вообще решает такие вопросы?",
                    "Кто у вас там вообще решает",
                ),
                ("Стыдно должно быть за такой отчет.", "Стыдно должно быть"),
            ],
            &[
                "Надеюсь, вы помните нашу встречу в Самаре.",
                "Мы бы хотели, чтобы вы хотя бы предупредили заранее, если курьер задерживается.",
                "Нам не стыдно показать эти цифры инвесторам.",
                "Больше не придется ждать: курьер приедет к вам завтра.",
                "Коллегам обязательно вас посоветую!",
                "Разговаривать будем в четверг на встрече.",
                "Ищем нового бухгалтера в штат, пришлите, пожалуйста, вакансию.",
                "Если проект не утвердят, будем искать другую площадку для конференции.",
                "Потом не забудьте подписать акт.",
                "Как можно так настроить фильтр, чтобы письма не терялись?",
                "Кто у вас решает вопросы по логистике?",
            ],
        );
    }

    #[test]
    fn greek_blame_counting_and_the_clients_to_answer_by_family() {
        for angry in [
            "Τι να πω τώρα στους πελάτες μου; Το λάθος είναι αποκλειστικά δικό σας.",
            "Το τηλέφωνο στο γραφείο σας δεν το σηκώνει κανείς. Παρά τις τρεις υπενθυμίσεις μας, τίποτα.",
            "Τρίτη παραγγελία αυτόν τον μήνα που έρχεται λάθος. Ξεχάσατε πάλι τα φίλτρα.",
            "Το ζητήσαμε στις 3, στις 8 και στις 12 του μήνα. Η ευθύνη είναι καθαρά δική σας.",
        ] {
            assert_lints(angry, &rule());
        }
        for calm in [
            "Τι να πω στους πελάτες για την καθυστέρηση; Προτείνετε μια διατύπωση;",
            "Η ευθύνη της παραλαβής είναι δική μας, θα στείλουμε φορτηγό.",
            "Τη νέα ημερομηνία την έμαθα από τον οδηγό, ευχαριστώ για την ενημέρωση.",
            "Μην ανησυχείτε, δεν φταίτε εσείς· το λάθος έγινε στην αποθήκη μας.",
        ] {
            assert_no_lints(calm, &rule());
        }
        // Weak alone, so the sign itself: a reassurance is no blame.
        assert_eq!(tone_signs("Όχι, δεν φταίτε εσείς."), Vec::<String>::new());
        assert_eq!(tone_signs("Εσείς φταίτε."), ["Blame \"Εσείς φταίτε\""]);
        // Words whose stem is the stem of an ordinary word: "αξιωθήκατε"
        // and "αξίας" (value), "τονίσει" and "τον", "τελικά" and "τέλη".
        for ordinary in [
            "Ευχαριστούμε για την παραγγελία αξίας 500 ευρώ.",
            "Σας έχουμε ήδη τον φάκελο έτοιμο.",
            "Σας ευχαριστούμε για τα τέλη που εξοφλήσατε.",
        ] {
            assert_eq!(tone_signs(ordinary), Vec::<String>::new(), "{ordinary}");
        }
        assert_lints("Ευχαριστούμε που αξιωθήκατε να απαντήσετε.", &rule());
    }

    // Branch ru-probe2: types of cold or angry Russian letters of a second
    // probe (ru-p444-p459), as families.
    #[test]
    fn contempt_fraud_lies_and_lawyers_by_family_in_russian() {
        for angry in [
            "Это не компания, а цирк.",
            "Балаган какой-то, а не отдел продаж.",
            "У вас не сервис, а издевательство над клиентами.",
            "Честно говоря, полный дурдом.",
            "Это чистой воды мошенничество.",
            "Ваша новая комиссия — самая настоящая обдираловка.",
            "Вы кинули нас на деньги.",
            "Нас нагрели почти на сорок тысяч рублей.",
            "Хватит кормить нас сказками.",
            "Перестаньте уже сочинять небылицы.",
            "Ну спасибо, удружили.",
            "Такое ощущение, что у вас работают одни дилетанты.",
            "Непрофессионализм вашего отдела просто зашкаливает.",
            "Дальше с вами будут говорить наши юристы.",
        ] {
            assert_lints(angry, &rule());
        }
        for calm in [
            "Это не цирк, а театр юного зрителя.",
            "Дети были в восторге: настоящий цирк шапито приехал в город.",
            "Билеты в цирк купим на субботу.",
            "Это не компания, а её филиал в Казани.",
            "Остерегайтесь мошенничества: мы не просим коды из СМС.",
            "Кинули меня в копию, спасибо, всё получила.",
            "Вы кинули ссылку на новый прайс?",
            "Сказки Андерсена для детского сада привезём в пятницу.",
            "Спасибо, что удружили с машиной, выручили.",
            "Температура на складе зашкаливает, включили кондиционер.",
            "Теперь с вами будет работать наш юрист Ольга.",
            "Курсы для начинающих любителей фотографии начнутся в марте.",
        ] {
            assert_no_lints(calm, &rule());
        }
    }

    #[test]
    fn blame_and_thanks_for_being_remembered_are_signs_in_russian() {
        for (body, sign) in [
            (
                "Срыв запуска целиком на вашей совести.",
                "Blame \"целиком на вашей совести\"",
            ),
            ("Это полностью ваша вина.", "Blame \"полностью ваша вина\""),
            (
                "Виноваты во всём только вы.",
                "Blame \"Виноваты во всём только вы\"",
            ),
            (
                "Не пытайтесь свалить вину на курьера.",
                "Blame \"пытайтесь свалить вину\"",
            ),
        ] {
            assert!(
                tone_signs(body).iter().any(|s| s == sign),
                "{body}: {:?}",
                tone_signs(body)
            );
        }
        for calm in [
            "Это не полностью ваша вина, склад тоже ошибся.",
            "Виноваты только мы: перепутали адрес.",
            "Мы не хотим перекладывать ответственность на курьера.",
            "Нам нужно переложить ответственность за доставку на перевозчика.",
            "Вы можете переложить ответственность на страховую компанию.",
        ] {
            assert_eq!(tone_signs(calm), Vec::<String>::new(), "{calm}");
        }
        // Two signs make the letter agitated.
        assert_lints(
            "Срыв запуска целиком на вашей совести. Вы подвели всю команду.",
            &rule(),
        );
        assert_lints(
            "Спасибо, что хоть вспомнили о нас. Это полностью ваша вина.",
            &rule(),
        );
        assert_no_lints("Спасибо, что вспомнили о нас и прислали открытку.", &rule());
    }

    #[test]
    fn trust_withdrawn_leave_if_you_like_and_thanks_for_damage_by_family_in_russian() {
        for angry in [
            "Веры вам больше нет.",
            "Доверия к вашей компании у нас больше не осталось.",
            "Вашим словам грош цена.",
            "Ещё раз, для тех, кто не понял: оплата прошла.",
            "Нам с вами не по пути.",
            "Если вас что-то не устраивает, можете поискать себе другого подрядчика.",
            "Вопрос закрыт, дальнейшая переписка бессмысленна.",
            "Отдельное спасибо вашему курьеру за разбитую вазу.",
            "Огромное вам спасибо за сорванный праздник.",
            "Вы снова нас обсчитали.",
            "Это развод на деньги.",
            "Вам на нас наплевать, это очевидно.",
            "Ваш менеджер элементарно наплевал на наш заказ.",
            "Работа сделана из рук вон плохо.",
            "Качество ниже всякой критики.",
            "Интересно, сколько ещё писем мне нужно написать.",
            "Больше предупреждать не буду.",
            "Срок до пятницы, дальше без предупреждений.",
        ] {
            assert_lints(angry, &rule());
        }
        for calm in [
            "Доверие к вам у нас полное, продлеваем договор.",
            "В отношении доверия вопросов не осталось, спасибо за аудит.",
            "Если цена не устраивает, можете поискать другой вариант доставки у нас на сайте.",
            "Если вас что-то не устраивает, можете обратиться к руководителю отдела.",
            "Спасибо за компенсацию за разбитую вазу.",
            "Вы уже обсчитали смету по второму корпусу?",
            "Ответственность за груз несёт перевозчик, ваша задача только подписать акт.",
            "Сколько ещё писем нужно отправить в рассылке?",
            "Больше просить не буду, спасибо, что помогли.",
            "Дальше без церемоний: зовите меня просто Анна.",
        ] {
            assert_no_lints(calm, &rule());
        }
        // Mock understanding is a sign of its own, weak alone.
        assert!(
            !tone_signs("Я, конечно, понимаю, что мы у вас не единственные клиенты.").is_empty()
        );
        assert!(
            !tone_signs("Жду ответа вторую неделю, но, видимо, это слишком сложно.").is_empty()
        );
    }

    #[test]
    fn asking_how_often_to_explain_and_never_again_by_family_in_russian() {
        for angry in [
            "Сколько раз вам надо объяснять?",
            "Сколько ещё раз тебе повторять одно и то же?",
            "С такими партнёрами и врагов не надо.",
            "Работать с вами — себя не уважать.",
            "Ноги нашей больше у вас не будет.",
        ] {
            assert_lints(angry, &rule());
        }
        for calm in [
            "Сколько раз вам напоминать о платеже: раз в неделю или раз в месяц?",
            "Сколько раз в год вам нужно проводить инвентаризацию?",
            "С такими партнёрами приятно работать.",
            "Нога заживает, на следующей неделе буду в офисе.",
        ] {
            assert_no_lints(calm, &rule());
        }
        // Stock sarcasm and tiredness are signs of their own, weak alone.
        for weak in [
            "Кто бы сомневался.",
            "Какая неожиданность, снова задержка.",
            "Я уже устала повторять одно и то же.",
        ] {
            assert!(!tone_signs(weak).is_empty(), "{weak}");
        }
        assert_eq!(
            tone_signs("Кто бы мог подумать, что мы выиграем тендер!"),
            Vec::<String>::new()
        );
    }

    // Branch el-probe: families of the Greek probe (dev letters el-p243–p258).
    #[test]
    fn greek_probe_threats_lecturing_and_contempt_are_rebukes() {
        assert_flags_each_and_spares(
            &rule(),
            &[
                (
                    "Αν δεν μας στείλετε τις βεβαιώσεις ως τη Δευτέρα, θα ενημερώσω την εφορία.",
                    "θα ενημερώσω την εφορία",
                ),
                (
                    "Αλλιώς θα ειδοποιήσουμε αμέσως τον ΕΦΚΑ.",
                    "θα ειδοποιήσουμε αμέσως τον ΕΦΚΑ",
                ),
                (
                    "θα ενημερωσω τη ΔΟΥ για τις αδηλωτες αποδοχες σας",
                    "θα ενημερωσω τη ΔΟΥ για τις αδηλωτες",
                ),
                (
                    "Από αύριο θεωρούμε τη σύμβαση καταγγελμένη.",
                    "θεωρούμε τη σύμβαση καταγγελμένη",
                ),
                (
                    "Θα σας χρεώσουμε κάθε ζημιά που μας προξενήσατε.",
                    "Θα σας χρεώσουμε κάθε ζημιά",
                ),
                (
                    "Θα σας ζητήσουμε αποζημίωση για τη χαμένη παραγωγή.",
                    "Θα σας ζητήσουμε αποζημίωση",
                ),
                (
                    "Θα περίμενα από έναν προμηθευτή της δικής σας κατηγορίας να γνωρίζει τους κανονισμούς.",
                    "να γνωρίζει",
                ),
                (
                    "Θα σας το πω μια και καλή: χωρίς υπογραφή δεν παραλαμβάνουμε.",
                    "Θα σας το πω μια και καλή",
                ),
                (
                    "Δεν μας αφορούν πλέον οι προφάσεις.",
                    "Δεν μας αφορούν πλέον οι προφάσεις",
                ),
                (
                    "Δεν με νοιάζουν τα εσωτερικά σας.",
                    "Δεν με νοιάζουν τα εσωτερικά σας",
                ),
                (
                    "Δεν θέλουμε να ακούσουμε άλλες δικαιολογίες.",
                    "Δεν θέλουμε να ακούσουμε άλλες δικαιολογίες",
                ),
                (
                    "Η εξυπηρέτησή σας κατάντησε ανέκδοτο.",
                    "κατάντησε ανέκδοτο",
                ),
                (
                    "Όλη αυτή η ιστορία έχει καταντήσει σκέτη κοροϊδία.",
                    "καταντήσει σκέτη κοροϊδία",
                ),
            ],
            &[
                "Θα ενημερώσω την εφορία για τη νέα διεύθυνση της εταιρείας.",
                "Αν δεν έρθει ο λογιστής, θα πάω εγώ στην εφορία.",
                "Η εφορία μας ζήτησε τις βεβαιώσεις του 2024.",
                "Θεωρούμε τη σύμβαση λυμένη με κοινή συμφωνία από 1η Απριλίου.",
                "Θα σας χρεώσουμε την επισκευή της ζημιάς στο αυτοκίνητο.",
                "Θα περίμενε κανείς να πέσουν οι τιμές τον χειμώνα.",
                "Θα περίμενα μέχρι να ξέρετε σίγουρα την ημερομηνία.",
                "Ας σας εξηγήσω πώς λειτουργεί η πλατφόρμα.",
                "Δεν μας αφορούν οι αλλαγές στη νομοθεσία, είμαστε εκτός πεδίου.",
                "Θέλουμε να ακούσουμε τις εξηγήσεις σας για το σχέδιο.",
                "Το παλιό κτίριο κατάντησε ερείπιο μετά τον σεισμό.",
            ],
        );
    }

    // Branch el-probe: families of the Greek sentence probe (one angry
    // sentence per type, checked alone in a letter before the lists changed).
    #[test]
    fn if_you_cannot_do_it_do_not_take_it_on_is_a_rebuke_in_each_language() {
        assert_flags_each_and_spares(
            &rule(),
            &[
                (
                    "If you can't read a drawing, don't take on joinery.",
                    "If you can't read a drawing, don't take on",
                ),
                (
                    "If you cannot deliver on time, do not promise dates.",
                    "do not promise",
                ),
                (
                    "if you dont know how to run a payroll dont offer one",
                    "dont offer",
                ),
                (
                    "Если не умеете работать с металлом, не беритесь.",
                    "не беритесь",
                ),
                (
                    "Если вы не можете отгрузить вовремя, не обещайте сроков.",
                    "не обещайте",
                ),
                ("Не умеете — не беритесь.", "не беритесь"),
                (
                    "Αν δεν ξέρετε να γράφετε ελληνικά, μην αναλαμβάνετε μεταφράσεις.",
                    "μην αναλαμβάνετε",
                ),
                (
                    "Αν δεν μπορείτε να παραδώσετε εγκαίρως, μην υπόσχεστε ημερομηνίες.",
                    "μην υπόσχεστε",
                ),
            ],
            &[
                "If you can't make it on Friday, don't worry, we can meet next week.",
                "If you cannot attend, do not hesitate to send a colleague.",
                "Если не можете прийти в пятницу, не переживайте, перенесём.",
                "Αν δεν μπορείτε να έρθετε την Παρασκευή, μην ανησυχείτε.",
            ],
        );
    }

    #[test]
    fn greek_probe_jabs_said_alone_are_rebukes() {
        assert_flags_each_and_spares(
            &rule(),
            &[
                (
                    "Θα αφήσω αρνητική κριτική σε κάθε πλατφόρμα.",
                    "Θα αφήσω αρνητική κριτική",
                ),
                ("θα σας βγαλω στη φορα παντου", "θα σας βγαλω στη φορα"),
                (
                    "Αυτό που κάνετε δεν λέγεται επαγγελματισμός.",
                    "δεν λέγεται επαγγελματισμός",
                ),
                (
                    "Είναι ταπεινωτικό να μας ζητάτε ξανά τα ίδια έγγραφα.",
                    "ταπεινωτικό να μας",
                ),
                ("Μας λέτε ψέματα κατάμουτρα.", "ψέματα κατάμουτρα"),
                ("Ψεύδεστε ασύστολα.", "Ψεύδεστε ασύστολα"),
                (
                    "Μας παραπλανήσατε για την ημερομηνία.",
                    "Μας παραπλανήσατε",
                ),
                ("Θα έπρεπε να ντρέπεστε.", "να ντρέπεστε"),
                ("Σίγουρα θα το μετανιώσετε.", "το μετανιώσετε"),
                ("Θα σας κάνω να το μετανιώσετε.", "το μετανιώσετε"),
                (
                    "Θα σας γράψω αρνητική κριτική παντού.",
                    "Θα σας γράψω αρνητική κριτική",
                ),
                (
                    "Με ποιον πρέπει να μιλήσουμε πια για να λυθεί το θέμα;",
                    "Με ποιον πρέπει να μιλήσουμε πια",
                ),
                (
                    "Κάντε επιτέλους τη δουλειά για την οποία σας πληρώνουμε.",
                    "τη δουλειά για την οποία σας πληρώνουμε",
                ),
                (
                    "Δεν είστε σε θέση να κλείσετε ούτε ένα ραντεβού σωστά.",
                    "Δεν είστε σε θέση να κλείσετε ούτε",
                ),
                (
                    "Ευχαριστούμε θερμά για τίποτα.",
                    "Ευχαριστούμε θερμά για τίποτα",
                ),
                (
                    "Μάλλον εκεί μέσα κανείς δεν ασχολείται με τα παράπονα.",
                    "κανείς δεν ασχολείται",
                ),
                (
                    "Μη μας ξαναενοχλήσετε με προσφορές.",
                    "Μη μας ξαναενοχλήσετε",
                ),
                (
                    "Ήταν η τελευταία φορά που σας εμπιστευόμαστε.",
                    "τελευταία φορά που σας εμπιστευόμαστε",
                ),
                (
                    "Πληρώνουμε ρήτρα στον πελάτη εξαιτίας σας.",
                    "Πληρώνουμε ρήτρα στον πελάτη εξαιτίας σας",
                ),
                (
                    "Να μην ξαναδώ τέτοιο τιμολόγιο.",
                    "Να μην ξαναδώ τέτοιο",
                ),
                (
                    "Δεν μπήκατε στον κόπο να μας ενημερώσετε.",
                    "Δεν μπήκατε στον κόπο",
                ),
                (
                    "Αν αυτό το λέτε υποστήριξη, τι να πω.",
                    "Αν αυτό το λέτε υποστήριξη",
                ),
            ],
            &[
                "Αν μείνατε ευχαριστημένοι, μπορείτε να αφήσετε μια κριτική στη σελίδα μας.",
                "Η τοποθέτηση δεν είναι εξυπηρέτηση που περιλαμβάνεται στην τιμή.",
                "Το σχόλιο μπορεί να φανεί προσβλητικό σε κάποιους αναγνώστες.",
                "Δεν μας παραπλανήσατε, απλώς υπήρξε παρεξήγηση.",
                "Δεν χρειάζεται να ντρέπεστε να ρωτήσετε.",
                "Δεν θα το μετανιώσετε, το προϊόν είναι εξαιρετικό.",
                "Με ποιον να μιλήσω για την τιμολόγηση;",
                "Οι υπηρεσίες για τις οποίες σας πληρώνουμε μηνιαίως περιλαμβάνουν και τη συντήρηση.",
                "Ο μεταφορέας δεν είναι σε θέση να παραδώσει πριν τη Δευτέρα.",
                "Ευχαριστώ πολύ, δεν χρειάζεται τίποτα άλλο.",
                "Μάλλον κανείς δεν ξέρει ακόμη την ημερομηνία της έκθεσης.",
                "Μην ξαναστείλετε το αρχείο, το έχουμε.",
                "Ήταν η τελευταία φορά που συνεργαστήκαμε πριν τη συγχώνευση.",
                "Χάσαμε την πτήση εξαιτίας της απεργίας.",
                "Δεν μπήκαμε στον κόπο να το τυπώσουμε.",
                "Ελπίζω να μην ξαναδούμε τέτοια κακοκαιρία.",
            ],
        );
    }
}
