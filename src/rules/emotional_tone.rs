use crate::context::{Context, Diagnostic};
use crate::finding::Severity;
use crate::i18n::UiLang;
use crate::language::Lang;
use crate::rules::{Category, Rule, Status};
use crate::tone::Judgement;
use crate::tr;

declare_rule! {
    /// ## What it does
    /// Flags a letter written while agitated, and shows why: emotionally
    /// charged words ("возмутительно", "надоело", "ridiculous",
    /// "unacceptable", "sick and tired", "απαράδεκτο"), sarcasm ("great job,
    /// genius", "спасибо, что соизволили", "μπράβο σας, ιδιοφυΐες"; praise
    /// set against a failure told right after it: "Excellent service as
    /// always. The router arrived broken.") and demands or ultimatums ("sort it out", "имейте совесть"). Whether the
    /// letter is agitated is one judgement of all its signs together —
    /// these, capitals and "!!", rebukes, rhetorical questions, counting,
    /// blame, insults — with weights fitted on real labelled texts (see
    /// `src/tone/`); one charged word in a calm letter is not enough. The
    /// finding suggests waiting before sending. Words quoted from the
    /// client's letter are not counted, nor are charged words in a sentence
    /// that apologises or sympathises ("I feel terrible about it", "понимаю
    /// ваше возмущение").
    ///
    /// ## Why is this bad?
    /// The first seed opens with "calm down": never write a letter while
    /// agitated — it always carries negativity, even without meaning to, and
    /// senders regret it and apologise for a long time afterwards. The seed on
    /// the "7 critical mistakes with an aggressive client letter" agrees that
    /// emotions may be voiced, but "correctly and in a civilised way".
    ///
    /// ## Example
    /// - en: "This is ridiculous and totally unacceptable."
    /// - ru: "Это возмутительно, нам надоело ждать."
    /// - el: "Είναι απαράδεκτο και εξοργιστικό."
    ///
    /// ## Options
    /// None. The charged words are in `emotional_tone.txt` beside this file,
    /// the unmistakable ones that weigh more in `emotional_tone.strong.txt`,
    /// sarcasm in `emotional_tone.sarcasm.txt` (praise against a failure:
    /// `src/tone/irony.rs`), demands in `emotional_tone.demands.txt`.
    pub struct EmotionalTone {}
    info {
        id: "emotional-tone",
        severity: Severity::Warning,
        category: Category::Tone,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "Agitated tone", ru: "Эмоциональный тон", el: "Φορτισμένο ύφος"),
        reason: tr!(
            en: "A letter written while agitated carries negativity the sender later regrets.",
            ru: "Письмо, написанное на взводе, несёт негатив, о котором потом жалеют.",
            el: "Ένα μήνυμα γραμμένο σε ένταση μεταφέρει αρνητισμό που ο αποστολέας μετανιώνει αργότερα.",
        ),
    }
}

/// At most this many signs are quoted in the message.
const SHOWN: usize = 5;

/// A sign longer than this many words (a whole sentence, where the wording
/// of the letter as a whole decided) is quoted by its first
/// [`OPENING_WORDS`].
const QUOTED_WORDS: usize = 8;
const OPENING_WORDS: usize = 6;

/// `text` as quoted in the message: whole, or its first words and "…".
fn opening(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= QUOTED_WORDS {
        return text.to_string();
    }
    format!("{}…", words[..OPENING_WORDS].join(" "))
}

impl EmotionalTone {
    /// The rule; its word lists belong to the shared tone judgement.
    pub fn new() -> Self {
        // Prepared with the rule, so the first check does not pay for it.
        crate::tone::ToneJudge::shared();
        EmotionalTone {}
    }
}

impl Rule for EmotionalTone {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let judgement = Judgement::of(ctx);
        if !judgement.agitated {
            return;
        }
        let signs: Vec<_> = judgement.evidence_for(INFO.id).collect();
        let Some(first) = signs.first() else {
            return;
        };
        let words: Vec<String> = signs
            .iter()
            .take(SHOWN)
            .map(|e| {
                let text = ctx.field_text(e.field);
                match ctx.ui() {
                    UiLang::En => format!("“{}”", opening(&text[e.range.clone()])),
                    _ => format!("«{}»", opening(&text[e.range.clone()])),
                }
            })
            .collect();
        let message = tr!(
            en: "The letter sounds agitated ({words}). Save it as a draft, re-read it in an hour, and send it once you are calm.",
            ru: "Письмо звучит взвинченно ({words}). Сохраните его в черновиках, перечитайте через час и отправьте, когда успокоитесь.",
            el: "Το μήνυμα ακούγεται φορτισμένο ({words}). Αποθηκεύστε το ως πρόχειρο, ξαναδιαβάστε το σε μία ώρα και στείλτε το όταν ηρεμήσετε.",
        )
        .format(ctx.ui(), &[("words", &words.join(", "))]);
        out.push(Diagnostic::new(first.field, first.range.clone(), message));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::*;

    fn rule() -> EmotionalTone {
        EmotionalTone::new()
    }

    const CALM_EN: &str =
        "We reviewed the schedule with the warehouse team today and agreed on the \
        new delivery windows for the next quarter. The first shipment leaves on Monday, the second \
        one a week later, and the invoices follow the usual terms. Please let me know if the dates \
        work for your side, and we will confirm the booking with the carrier.";

    #[test]
    fn flags_several_charged_words_in_each_language() {
        assert_eq!(
            excerpts(&rule(), "This is ridiculous and totally unacceptable."),
            ["ridiculous"]
        );
        assert_eq!(
            excerpts(&rule(), "Это возмутительно, нам надоело ждать."),
            ["возмутительно"]
        );
        assert_eq!(
            excerpts(&rule(), "Είναι απαράδεκτο και εξοργιστικό."),
            ["απαράδεκτο"]
        );
    }

    #[test]
    fn a_long_sign_is_quoted_by_its_opening_words() {
        assert_eq!(opening("This is ridiculous"), "This is ridiculous");
        assert_eq!(
            opening("Every call ends with someone telling me they will look into it"),
            "Every call ends with someone telling…"
        );
        assert_eq!(
            opening("Каждый звонок заканчивается обещанием разобраться, и после этого ничего не происходит"),
            "Каждый звонок заканчивается обещанием разобраться, и…"
        );
    }

    #[test]
    fn flags_inflected_forms() {
        assert_lint_count("Мы возмущены вашим безобразным отношением.", &rule(), 1);
        assert_lint_count(
            "Τέτοιες απαράδεκτες καθυστερήσεις είναι αίσχος.",
            &rule(),
            1,
        );
        assert_lint_count(
            "We are sick and tired of these outrageous delays.",
            &rule(),
            1,
        );
    }

    #[test]
    fn one_charged_word_in_a_calm_letter_is_not_enough() {
        assert_no_lints("That price is absurd.", &rule());
        assert_no_lints("Цена, конечно, абсурдная.", &rule());
        assert_no_lints("Η τιμή είναι εξωφρενική.", &rule());
        assert_no_lints(
            &format!("{CALM_EN} Honestly, the old rate was absurd."),
            &rule(),
        );
    }

    #[test]
    fn signs_add_up_in_each_language() {
        assert_eq!(
            excerpts(
                &rule(),
                "This is absolutely unacceptable!!! I am sick of chasing your team."
            ),
            ["absolutely unacceptable"]
        );
        assert_eq!(
            excerpts(
                &rule(),
                "Это просто возмутительно. Нам надоели ваши бесконечные отговорки."
            ),
            ["просто возмутительно"]
        );
        assert_eq!(
            excerpts(
                &rule(),
                "Είναι πραγματικά απαράδεκτο. Βαρεθήκαμε τις δικαιολογίες σας."
            ),
            ["απαράδεκτο"]
        );
    }

    #[test]
    fn flags_sarcasm_and_demands() {
        assert_lint_count(
            "Great job, genius. Truly impressive work from your side!!",
            &rule(),
            1,
        );
        assert_lint_count("Ну вы и гении, конечно. Это надо уметь!!", &rule(), 1);
        assert_lint_count(
            "Μπράβο σας, πραγματικά ιδιοφυΐες. Κάντε τη δουλειά σας σωστά!!",
            &rule(),
            1,
        );
    }

    #[test]
    fn self_reproach_in_an_apology_is_not_agitation() {
        assert_no_lints(
            "I'm so sorry, I feel terrible that the invoice was wrong. It was an awful mistake.",
            &rule(),
        );
        assert_no_lints(
            "Простите, нам ужасно стыдно за эту кошмарную ошибку.",
            &rule(),
        );
        assert_no_lints("Λυπάμαι πολύ, ντρέπομαι για το απαράδεκτο λάθος.", &rule());
    }

    #[test]
    fn acknowledging_the_clients_feelings_is_not_agitation() {
        assert_no_lints(
            "I understand how frustrating this is. We ship on Monday.",
            &rule(),
        );
        assert_no_lints(
            "Понимаю ваше недовольство. Отправим в понедельник.",
            &rule(),
        );
        assert_no_lints(
            "Καταλαβαίνω την ενόχλησή σας. Στέλνουμε τη Δευτέρα.",
            &rule(),
        );
    }

    #[test]
    fn allows_calm_letters() {
        assert_no_lints(CALM_EN, &rule());
        assert_no_lints(
            "Спасибо за заказ. Доставка будет в пятницу, счёт во вложении.",
            &rule(),
        );
        assert_no_lints(
            "Ευχαριστούμε για την παραγγελία. Η παράδοση θα γίνει την Παρασκευή.",
            &rule(),
        );
    }

    #[test]
    fn ignores_the_clients_quoted_anger() {
        assert_no_lints(
            "We will call you today.\n\nOn Mon, Peter wrote:\n> Ridiculous! Unacceptable!\n",
            &rule(),
        );
        assert_no_lints(
            "Перезвоним сегодня.\n\n> Это возмутительно! Безобразие!\n",
            &rule(),
        );
        assert_no_lints(
            "Θα σας καλέσουμε σήμερα.\n\n> Απαράδεκτο! Αίσχος!\n",
            &rule(),
        );
    }

    #[test]
    fn suggests_waiting_in_every_language() {
        let messages = messages_in_every_language(&rule(), &letter("Ridiculous and outrageous."));
        assert!(messages[0].contains("re-read it in an hour"));
        assert!(messages[1].contains("перечитайте через час"));
    }

    #[test]
    fn ultimatums_and_impatient_orders_add_up_in_each_language() {
        assert_lints(
            "WE ARE NOT WAITING ANY LONGER. Pay by Friday!!! Otherwise we go to court.",
            &rule(),
        );
        assert_lints(
            "МЫ НЕ БУДЕМ БОЛЬШЕ ЖДАТЬ. Деньги до пятницы!!! Иначе идем в суд.",
            &rule(),
        );
        assert_lints(
            "ΔΕΝ ΘΑ ΠΕΡΙΜΕΝΟΥΜΕ ΑΛΛΟ. Πληρωμή ως την Παρασκευή!!! Αλλιώς θα πάμε στα δικαστήρια.",
            &rule(),
        );
        assert_lints(
            "Хватит кормить нас завтраками. Пришлите уже наконец ваши документы!",
            &rule(),
        );
    }

    #[test]
    fn calm_waiting_and_sending_are_no_demands() {
        assert_no_lints("We are happy to wait until the auditors finish.", &rule());
        assert_no_lints(
            "Пришлите уже подписанный экземпляр, когда будет удобно.",
            &rule(),
        );
        assert_no_lints("Хватит ли вам двух недель на проверку?", &rule());
        assert_no_lints("Θα περιμένουμε την απάντησή σας ως την Παρασκευή.", &rule());
    }

    #[test]
    fn threats_to_leave_and_the_height_of_disrespect_add_up() {
        assert_lints("Если вы не в состоянии поставить оборудование в срок, так и скажите, найдем нормального поставщика.", &rule());
        assert_lints("Αν δεν είστε σε θέση να παραδώσετε στην ώρα σας, πείτε το να βρούμε έναν σοβαρό προμηθευτή.", &rule());
        assert_lints("Calling me at 8 am on a Saturday is the height of disrespect. If you are not capable of waiting, we'll find a proper supplier.", &rule());
        assert_no_lints(
            "Мы найдем другого поставщика упаковки к маю, цены останутся прежними.",
            &rule(),
        );
        assert_no_lints(
            "Θα βρούμε άλλον προμηθευτή για τα κουτιά ως τον Μάιο.",
            &rule(),
        );
    }

    #[test]
    fn threats_to_leave_or_escalate_add_up_in_each_language() {
        assert_lints(
            "Честно говоря, я уже всерьез думаю о том, чтобы сменить поставщика. Такого отношения к клиенту мы от вас не ожидали.",
            &rule(),
        );
        assert_lints(
            "Если вопрос не будет решен сегодня, я буду вынуждена обратиться к вашему руководству.",
            &rule(),
        );
        assert_lints(
            "Ειλικρινά σκεφτόμαστε σοβαρά να αλλάξουμε προμηθευτή. Τέτοια αντιμετώπιση δεν την περιμέναμε από εσάς.",
            &rule(),
        );
        assert_lints(
            "Αν δεν λυθεί σήμερα, θα αναγκαστώ να απευθυνθώ στη διοίκηση της εταιρείας σας.",
            &rule(),
        );
        assert_no_lints(
            "Если вопрос не решится на уровне менеджеров, предлагаю подключить руководителей обеих сторон.",
            &rule(),
        );
        assert_no_lints(
            "Мы рассчитывали на другой результат пилота, давайте созвонимся завтра.",
            &rule(),
        );
        assert_no_lints(
            "Περιμέναμε διαφορετικό αποτέλεσμα, γι' αυτό προτείνω να μιλήσουμε αύριο.",
            &rule(),
        );
    }

    #[test]
    fn cold_contempt_and_sarcastic_thanks_add_up_in_each_language() {
        assert_lints(
            "Спасибо за очередную отписку. Ничего другого я, впрочем, и не ждала.",
            &rule(),
        );
        assert_lints(
            "Видимо, у вас в компании принято переносить встречи за час. У нас так не принято.",
            &rule(),
        );
        assert_lints(
            "Ευχαριστούμε για άλλη μια τυποποιημένη απάντηση που δεν λέει απολύτως τίποτα.",
            &rule(),
        );
        assert_lints(
            "Το «απογοητευμένη» είναι λίγο. Έξι μήνες δουλειάς για κάτι που δεν δουλεύει.",
            &rule(),
        );
        assert_lints("Разочарована — это мягко сказано.", &rule());
        assert_no_lints(
            "Спасибо за очередной заказ! Отгрузим его в пятницу, как обычно.",
            &rule(),
        );
        assert_no_lints(
            "Ευχαριστούμε για άλλη μια παραγγελία! Θα την παραδώσουμε την Παρασκευή.",
            &rule(),
        );
        assert_no_lints(
            "Вам все равно придется подписать акт, поэтому пришлю его вместе со счетом.",
            &rule(),
        );
        assert_no_lints(
            "Это лучшее, что я видела за десять лет работы в отрасли, спасибо вам!",
            &rule(),
        );
    }

    #[test]
    fn legal_threats_lost_custom_and_passive_aggression_add_up() {
        assert_lints(
            "Вы только что потеряли клиента. Будем решать вопрос в судебном порядке.",
            &rule(),
        );
        assert_lints(
            "Видимо, я неясно выразилась. Прочитайте мое письмо внимательнее, надеюсь, теперь понятно.",
            &rule(),
        );
        assert_lints(
            "Χάσατε έναν πελάτη. Θα κινηθούμε νομικά και δεν θα ξανασυνεργαστούμε.",
            &rule(),
        );
        assert_lints(
            "Μάλλον δεν εξήγησα καλά. Διαβάστε πιο προσεκτικά το μήνυμά μου, ελπίζω τώρα να είναι σαφές.",
            &rule(),
        );
        assert_no_lints(
            "Сообщаем, что мы приняли решение прекратить сотрудничество с вашей компанией с 1 апреля.",
            &rule(),
        );
        assert_no_lints(
            "Спасибо, что так быстро ответили! Все получили, все в порядке.",
            &rule(),
        );
        assert_no_lints(
            "Надеюсь, теперь в инструкции все понятно: мы добавили схемы.",
            &rule(),
        );
        assert_no_lints(
            "Το νομικό τμήμα θα ελέγξει τη σύμβαση ως την Παρασκευή.",
            &rule(),
        );
    }

    #[test]
    fn reproach_without_a_question_and_sarcastic_politeness_add_up() {
        assert_lints(
            // "Так дела не делаются" is a rebuke of its own (indignation).
            "Вы опять сорвали сроки. Качество работы оставляет желать лучшего.",
            &rule(),
        );
        assert_lints(
            "Будьте так любезны, ответьте наконец на наше письмо. Удачи вам с таким подходом.",
            &rule(),
        );
        assert_lints(
            "Καθυστερήσατε πάλι. Η δουλειά σας είναι κάτω του μετρίου.",
            &rule(),
        );
        assert_lints(
            "Αν δεν σας είναι κόπος, απαντήστε έστω σε αυτό το μήνυμα. Καλή τύχη με τέτοια νοοτροπία.",
            &rule(),
        );
        assert_no_lints("Будьте так любезны, пришлите счет до пятницы.", &rule());
        assert_no_lints(
            "Αν δεν σας είναι κόπος, στείλτε μας το τιμολόγιο ως την Παρασκευή.",
            &rule(),
        );
        assert_no_lints(
            "Это уже не первый раз, когда мы заказываем у вас печать, и всегда довольны.",
            &rule(),
        );
    }

    #[test]
    fn expecting_better_and_a_new_date_again_add_up() {
        // Expecting a more serious approach is a rebuke of its own, shown by
        // indignation.
        assert_lints(
            "Откровенно говоря, рассчитывал на куда более серьезный подход от вашей команды.",
            &crate::rules::indignation::Indignation::new(),
        );
        // "Новая" is a word of a promotion only as "новая коллекция".
        assert_lints(
            "Честно, уже задолбали эти ваши переносы. Третья неделя, третья новая дата.",
            &rule(),
        );
        // "Περίμενα πολύ περισσότερα" is a rebuke of its own (indignation).
        for calm in [
            "Мы рассчитывали на более серьезный объем заказа, поэтому пересчитали цену.",
            "Ожидали как минимум двести гостей, пришло сто пятьдесят.",
        ] {
            assert_no_lints(calm, &rule());
            assert_no_lints(calm, &crate::rules::indignation::Indignation::new());
        }
        assert_no_lints("Ждали всего-то два дня, спасибо, что так быстро!", &rule());
        assert_no_lints(
            "Если вы давно ждали эту книгу, приходите на презентацию.",
            &rule(),
        );
    }

    #[test]
    fn passive_aggression_counts_in_pairs_in_russian_and_greek() {
        for angry in [
            "Ну что ж, сдвигайте, раз вам так проще. Нам не привыкать.",
            "Что ж, раз вам так удобнее, переносите.",
            "Как-нибудь переживем и без вашей доставки, нам не привыкать подстраиваться под ваше расписание.",
            "Складские в диком восторге. Очень показательно.",
            "Отвечать отписками у вас выходит прекрасно, а вот прочитать письмо - нет.",
            "Εντάξει, αφού έτσι σας βολεύει. Έχουμε συνηθίσει να περιμένουμε.",
            "Οι αποθηκάριοι ενθουσιάστηκαν. Πολύ ενδεικτικό.",
        ] {
            assert_lint_count(angry, &rule(), 1);
        }
        for sincere in [
            "Давайте в среду, раз вам так удобнее.",
            "Нам не привыкать к срочным заказам, сделаем к пятнице!",
            "Клиенты в полном восторге от букетов, спасибо!",
            "Ας το κάνουμε την Τρίτη, αφού έτσι σας βολεύει.",
            "Οι πελάτες ενθουσιάστηκαν με τα δείγματα, ευχαριστούμε!",
        ] {
            assert_no_lints(sincere, &rule());
        }
    }

    #[test]
    fn shock_at_the_service_is_outrage_but_shock_at_its_speed_is_not() {
        assert_flags_each_and_spares(
            &rule(),
            &[
                (
                    "Мы просто в шоке от такого отношения к клиентам.",
                    "в шоке от такого отношения",
                ),
                (
                    "Честно, в ужасе от уровня сервиса в вашем салоне.",
                    "в ужасе от уровня сервиса",
                ),
                (
                    "Είμαστε σοκαρισμένοι από την αντιμετώπιση που είχαμε.",
                    "σοκαρισμένοι από την αντιμετώπιση",
                ),
                (
                    "Είμαι σε σοκ με το επίπεδο της εξυπηρέτησής σας.",
                    "σε σοκ με το επίπεδο της εξυπηρέτησής",
                ),
                (
                    "Αυτό πλέον δεν πάει άλλο με τις παραδόσεις σας.",
                    "Αυτό πλέον δεν πάει άλλο",
                ),
            ],
            &[
                "Я в шоке, как быстро вы все починили, спасибо!",
                "Мы в шоке от того, что вы успели за выходные. Спасибо!",
                "Είμαι σε σοκ με το πόσο γρήγορα απαντήσατε, ευχαριστώ!",
                "Είμαστε σε σοκ με την ποιότητα των φωτογραφιών σας, υπέροχες!",
            ],
        );
    }

    #[test]
    fn sarcastic_politeness_and_veiled_threats_by_family_add_up() {
        // Each sentence pairs two signs of the families of batch 8; one of
        // them alone is not enough (below).
        for angry in [
            "Спасибо, разумеется, это очень помогло. Видимо, наши заказы для вас слишком мелкие.",
            "Очень удобная позиция. Что ж, будем делать выводы.",
            "Ну, прекрасная логика. Не тратьте больше мое время.",
            "Попробую объяснить еще раз, помедленнее. Надеюсь, на этот раз получится прочитать до конца.",
            "Мы, наверное, плохо выражаемся. Будьте так любезны, разберитесь уже с накладными.",
            "Наши письма в ваши приоритеты, видимо, не входят. Иначе будем решать вопрос через суд.",
            "Ευχαριστούμε, φυσικά, βοήθησε πολύ. Προφανώς οι παραγγελίες μας είναι τόσο μικρές για εσάς.",
            "Τι υπέροχη λογική. Θα βγάλουμε τα συμπεράσματά μας.",
            "Θα το γράψω πάλι αργά. Ελπίζω αυτή τη φορά να το διαβάσετε.",
            "Δεν ξέρω πώς δουλεύετε με άλλους πελάτες, αλλά εμείς θα δώσουμε τη δουλειά σε άλλη εταιρεία.",
        ] {
            assert_lints(angry, &rule());
        }
        for alone_or_sincere in [
            "Спасибо, конечно, за помощь, разберемся.",
            "Вы предложили удобную схему оплаты, спасибо.",
            "Будьте так любезны, пришлите счет до пятницы.",
            "Мы сделали выводы и поменяли порядок проверки.",
            "Надеюсь, на этот раз получится встретиться лично.",
            "Если письмо останется без ответа, позвоните нам.",
            "Ευχαριστούμε για την αναλυτική απάντηση, ήταν πολύ χρήσιμη.",
            "Βγάλαμε συμπεράσματα και αλλάξαμε τη διαδικασία.",
            "Ελπίζω αυτή τη φορά να μπορέσουμε να βρεθούμε.",
            "Σταματάμε τις παραδόσεις την Παρασκευή για απογραφή.",
        ] {
            assert_no_lints(alone_or_sincere, &rule());
        }
    }

    #[test]
    fn disappointment_and_contempt_by_family() {
        assert_flags_each_and_spares(
            &rule(),
            &[
                (
                    "От такого крупного дистрибьютора мы подобного не ожидали. Вы вообще посмели выставить счет?",
                    "подобного не ожидали",
                ),
                (
                    "У меня уже нет ни сил, ни терпения. Вы хоть понимаете, сколько мы потеряли?",
                    "нет ни сил",
                ),
                (
                    "Δεν έχουμε πλέον ούτε χρόνο ούτε υπομονή. Περιμέναμε πολύ διαφορετική αντιμετώπιση.",
                    "Δεν έχουμε πλέον ούτε χρόνο ούτε υπομονή",
                ),
            ],
            &[
                "Не ожидали такого быстрого ответа, спасибо!",
                "От вас такого подарка мы не ожидали, очень приятно.",
                "Περιμέναμε νέα σας για το δείγμα.",
            ],
        );
    }

    #[test]
    fn more_of_the_disappointment_and_threat_families_add_up() {
        for angry in [
            "Не такого мы ждали от вашей фирмы. Будем вынуждены пересмотреть наше сотрудничество.",
            "Мы были о вас лучшего мнения. Это наше последнее напоминание.",
            "Очень жаль, что вы так относитесь к арендаторам. С вами все ясно.",
            "Спасибо, что хотя бы ответили. Все последствия будут на вашей ответственности.",
            "Είχαμε πολύ καλύτερη γνώμη για εσάς. Θα επανεξετάσουμε τη συνεργασία μας.",
            "Κρίμα που έτσι αντιμετωπίζετε τους πελάτες σας. Αυτό είναι το τελευταίο μας μήνυμα.",
        ] {
            assert_lints(angry, &rule());
        }
        for calm in [
            "Предлагаем пересмотреть условия договора на следующий год.",
            "Это мое последнее письмо перед отпуском, вернусь 10 мая.",
            "Είχαμε καλύτερη εικόνα για την αγορά πέρυσι.",
            "Θα επανεξετάσουμε τη συνεργασία τον Σεπτέμβριο, όπως κάθε χρόνο.",
        ] {
            assert_no_lints(calm, &rule());
        }
    }

    #[test]
    fn unanswered_letters_contempt_and_irony_by_family() {
        for angry in [
            "На наши звонки у вас, похоже, не хватает времени. Толку ноль.",
            "Оплачивать счета вовремя у вас, видимо, не принято. Пустые обещания.",
            "Поздравляю, вы потеряли заказчика. Спасибо и на этом.",
            "Договоренности для вас, похоже, ничего не значат. Уже не знаю, как до вас достучаться.",
            "Ваше молчание красноречивее любых слов. Наплевательское отношение.",
            "Φαίνεται ότι δεν βρίσκετε χρόνο για τους πελάτες σας. Κούφιες υποσχέσεις.",
            "Η σιωπή σας λέει πολλά. Ο λόγος σας δεν αξίζει τίποτα.",
        ] {
            assert_lints(angry, &rule());
        }
        for calm in [
            "Не ожидали, что будет столько желающих, добавим второй поток.",
            "Спасибо и на этом этапе за вашу помощь!",
            "Поздравляем, вы выиграли сертификат на 5000 рублей!",
            "Σιωπή στο αμφιθέατρο κατά την παρουσίαση, παρακαλούμε.",
            "Δεν έχετε χρόνο την Τρίτη; Τότε ας βρεθούμε την Πέμπτη.",
        ] {
            assert_no_lints(calm, &rule());
        }
    }

    #[test]
    fn ten_ways_of_cold_contempt_irony_and_veiled_threats() {
        for angry in [
            "Можете не утруждаться с ответом. Мне с вами не о чем разговаривать.",
            "Надеюсь, хоть на этот раз дочитаете письмо. Будем признательны, если вы наконец пришлете акт.",
            "Какая оперативность. Думаю, вы понимаете, чем все это может закончиться.",
            "Ваши сотрудники не в состоянии выполнить простейшую просьбу. Будем вынуждены принять меры.",
            "Нам от вас больше ничего не нужно. Оставляем за собой право обратиться в суд.",
            "Αν σας ενδιαφέρει βέβαια. Θα αναγκαστούμε να λάβουμε μέτρα.",
            "Τι ταχύτητα. Θα αναγκαστούμε να λάβουμε μέτρα.",
            "Ελπίζω έστω αυτή τη φορά να το διαβάσετε. Καταλαβαίνετε πού μπορεί να οδηγήσει αυτό.",
        ] {
            assert_lints(angry, &rule());
        }
        for calm in [
            "Можете не отвечать на это письмо, оно для информации.",
            "Какая оперативность, спасибо большое!",
            "Мы примем меры, чтобы это не повторилось.",
            "Если вам это интересно, пришлю программу конференции.",
            "Μπορείτε να μην απαντήσετε, είναι μόνο για ενημέρωση.",
            "Αν σας ενδιαφέρει, σας στέλνω τον κατάλογο.",
        ] {
            assert_no_lints(calm, &rule());
        }
    }

    #[test]
    fn batch_nine_weak_signs_add_up_in_russian() {
        // Written with dev letters ru-p164–p189, before the lists changed:
        // mock praise, sarcastic resignation, disappointment, veiled threats
        // and counting, each weak alone, two of them together.
        for angry in [
            "Сроки опять сорваны. Прекрасный сервис, нечего сказать.",
            "Хороший у вас склад, видимо, безразмерный. Партия снова пришла с опозданием.",
            "Зато счет за хранение выставили вовремя, тут вы мастера.",
            "Похоже, самим придется чинить. Зато вам торопиться некуда.",
            "Такого мы не ждали даже от вас. Вы опять присылаете акт без подписи.",
            "Выводы мы для себя сделали. Будем вынуждены приостановить платежи.",
            "Не знаю, как у вас это называется, но мы называем это обманом. Мне кажется, вам просто не до нас.",
            "Может быть, к лету вы соберетесь прислать договор? Заявка висит седьмую неделю.",
            "Ни единого слова по существу, только шаблонные отписки.",
            "Деньги при этом списали полностью. Не понимаю, как еще с вами работать.",
        ] {
            assert_lints(angry, &rule());
        }
        for calm in [
            "Отличная работа, что тут скажешь, спасибо всей команде!",
            "Доставка дороже, зато вовремя.",
            "Хорошая у вас команда, приятно работать.",
            "Успеете к Новому году?",
            "Честно, не ожидали от вас такого подарка, спасибо!",
            "Не ожидали такой скорости от вас, огромное спасибо.",
            "Сервер снова доступен, спасибо за быструю работу.",
            "Это уже третья поставка в этом месяце, спасибо!",
            "Выводы мы сделали: в следующий раз закажем раньше.",
            "Если до пятницы счет не придет, оплата уйдет на следующей неделе.",
        ] {
            assert_no_lints(calm, &rule());
        }
    }

    #[test]
    fn ten_ways_of_disappointment_mock_praise_and_threats_in_russian() {
        // Written before the patterns, as other ways of the families of
        // batch 9; each pair adds up, each sign alone in a kind letter
        // does not.
        for angry in [
            "Благодарю за помощь, разумеется. Вы опять перепутали адрес.",
            "Спасибо за гарантию, которой нет. Великолепно. Просто великолепно.",
            "Мы были о вашей фирме лучшего мнения. Вас это, видимо, не волнует.",
            "Вы так к клиентам относитесь? Это какой-то балаган.",
            "Вообще-то это ваша прямая обязанность. Напоминаю, что мы вам платим.",
            "Больше напоминать не будем. Ответственность целиком ваша.",
            "Очень не хотелось бы терять партнерство, но если до среды не будет акта, мы приостановим оплату.",
            "Ну вы и деятели. Видимо, для вас это в порядке вещей.",
            "Я так понимаю, вам все равно. Элементарные вещи вы сделать не в состоянии.",
        ] {
            assert_lints(angry, &rule());
        }
        for calm in [
            "Спасибо, конечно, за предложение, но мы уже выбрали подрядчика.",
            "Прекрасно, просто прекрасно, спасибо вам за праздник!",
            "Мы вам доверяли все эти годы и доверяем сейчас, спасибо.",
            "Ваша задача - согласовать макет, наша - напечатать.",
            "Если до пятницы не будет акта, оплату проведем в понедельник.",
            "Не хотелось бы затягивать, давайте созвонимся завтра.",
            "Кто у вас отвечает за логистику? Хочу уточнить адрес.",
        ] {
            assert_no_lints(calm, &rule());
        }
    }

    #[test]
    fn ironic_thanks_as_the_closing_line_is_read_not_taken_for_the_signature() {
        // Before, "Спасибо, конечно, за оперативность." alone on the last
        // line opened the signature and was never judged.
        assert_lints(
            "Добрый день.\n\nВы опять перепутали цвет.\n\nСпасибо, конечно, за оперативность.\n\nАнна",
            &rule(),
        );
        assert_no_lints(
            "Добрый день.\n\nЦвет подтверждаем, отгрузка в пятницу.\n\nСпасибо,\nАнна",
            &rule(),
        );
    }

    #[test]
    fn greek_ultimatums_veiled_threats_and_mock_praise_add_up() {
        // Batch 9 families; each sentence pairs two signs, one of which
        // alone is not enough.
        for angry in [
            "Αν ως την Τρίτη δεν έχει γίνει η πληρωμή, από την Τετάρτη διακόπτουμε τις παραδόσεις. Άλλη υπενθύμιση δεν θα σταλεί.",
            "Για δεύτερη συνεχόμενη εβδομάδα λείπει ο οδηγός. Αν δεν βρεθεί λύση, θα αναγκαστούμε να αλλάξουμε μεταφορέα.",
            "Η ζημιά έγινε καθαρά από δικό σας λάθος. Τα έξοδα θα τα πληρώσετε εσείς.",
            "Πάλι δεν ήρθε ο τεχνικός για τρίτη συνεχόμενη μέρα. Μόνο αυτό μας έλειπε.",
            "Το σύστημα έπεσε δεύτερη συνεχόμενη μέρα. Μπράβο για την αναβάθμιση, σκέτο αριστούργημα.",
            "Σας ευχαριστούμε πολύ που αφήσατε την αποθήκη σε τέτοια κατάσταση. Φαντάζομαι στην εταιρεία σας δεν δουλεύετε έτσι.",
            "Πάλι ήρθε μισή η παράδοση. Είναι προφανές τι θα σημάνει αυτό για τη συνεργασία μας.",
        ] {
            assert_lints(angry, &rule());
        }
        for calm in [
            "Την Παρασκευή θα αναγκαστούμε να κλείσουμε νωρίτερα λόγω απογραφής.",
            "Αν δεν σας βολεύει η Τρίτη, πείτε μας άλλη μέρα.",
            "Τέλεια, ακριβώς αυτό που χρειαζόμασταν, ευχαριστούμε!",
            "Συγχαρητήρια για το νέο κατάστημα, πραγματικό αριστούργημα!",
            "Πρώτη φορά βλέπω τόσο προσεγμένη συσκευασία, μπράβο.",
        ] {
            assert_no_lints(calm, &rule());
        }
    }

    #[test]
    fn greek_charged_words_in_their_ordinary_sense_are_not_agitation() {
        for calm in [
            "Προσοχή: κυκλοφορεί απάτη με ψεύτικα email στο όνομά μας. Μην ανοίξετε τον σύνδεσμο.",
            "Δεν θα σας πω ψέματα, η παραγγελία θα αργήσει δύο μέρες.",
            "Ο καιρός είναι χάλια και το πλοίο έμεινε στο λιμάνι.",
            "Με την απεργία επικρατεί χάος στα λιμάνια, η φόρτωση πάει για την Πέμπτη.",
            "Περιμέναμε κάτι καλύτερο από τον καιρό, αλλά η εκδήλωση έγινε κανονικά.",
            "Η δικαιοσύνη έχει γελοιοποιηθεί, έγραφε το άρθρο που σας στείλαμε.",
            "Δεν είναι ντροπή να ρωτήσετε, γι' αυτό είμαστε εδώ.",
            "Μισώ να σας ενοχλώ ξανά, αλλά χρειαζόμαστε την υπογραφή σας.",
            "Δουλεύουμε και το Σάββατο για να αναπληρώσουμε τον χαμένο χρόνο.",
            "Δεν αντέχεται η ζέστη στην αποθήκη, φέρνουμε κλιματιστικό.",
            "Είμαστε απαισιόδοξοι για τον Αύγουστο, γι' αυτό παραγγέλνουμε λιγότερα.",
            "Υπάρχει ανικανοποίητη ζήτηση για το μοντέλο, στείλτε άλλα 50.",
            "Μας είναι αδιάφορο αν θα έρθει Τρίτη ή Τετάρτη.",
            "Περιμέναμε καλά νέα και ήρθαν, ευχαριστούμε!",
            "Ελπίζαμε σε κάτι καλό για τη σεζόν και τα καταφέραμε.",
        ] {
            assert_eq!(tone_signs(calm), Vec::<String>::new(), "{calm}");
        }
        // Said of the reader, they still count.
        assert_lints(
            "Αυτό που κάνετε είναι σκέτη απάτη. Η δουλειά σας είναι χάλια.",
            &rule(),
        );
        assert_lints(
            "Μας λέτε ψέματα. Περιμέναμε κάτι καλύτερο από εσάς.",
            &rule(),
        );
        assert_lints("Είναι γελοίο. Ντροπή για μια τέτοια εταιρεία.", &rule());
        assert_lints("Δεν αντέχουμε άλλο. Χάσιμο χρόνου με εσάς.", &rule());
        assert_lints(
            "Είστε ανίκανοι και αδιάφοροι. Απαίσια εξυπηρέτηση.",
            &rule(),
        );
    }

    // Branch el-probe: Greek contempt exclaimed weighs enough alone.
    #[test]
    fn greek_probe_contempt_exclaimed_is_agitated() {
        for angry in ["Τι ερασιτεχνισμός είναι αυτός;", "Τι προχειρότητα!"]
        {
            assert_lints(angry, &rule());
        }
        for calm in [
            "Τι προχειρότητα θα έχει η τελική έκδοση; Ρωτάω για τις ανοχές.",
            "Η αδιαφορία του κοινού για την έκθεση μας ανησυχεί.",
        ] {
            assert_no_lints(calm, &rule());
        }
    }

    #[test]
    fn i_am_not_an_idiot_is_a_retort_in_each_language() {
        // A charged word, as "I'm not stupid": with the reader addressed,
        // enough alone in a short text.
        for angry in [
            "I'm not stupid, stop explaining it to me.",
            "Я не идиот, не объясняйте мне это.",
            "Мы не дети, не рассказывайте нам сказки.",
            "Δεν είμαι ηλίθιος, μη μου το εξηγείτε.",
            "Δεν είμαστε μικρά παιδιά, μη μας λέτε παραμύθια.",
        ] {
            assert_lints(angry, &rule());
        }
        for calm in [
            "Я не специалист, подскажите, пожалуйста.",
            "Δεν είμαι ειδικός, μπορείτε να μου εξηγήσετε;",
            "Вы не идиот, просто инструкция написана плохо.",
        ] {
            assert_no_lints(calm, &rule());
        }
    }
}
