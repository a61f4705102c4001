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
    /// client's letter is not checked.
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
    /// None. Rebukes are in `indignation.txt` beside this file, rhetorical
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
}
