use crate::context::{Context, Diagnostic};
use crate::finding::Severity;
use crate::language::Lang;
use crate::rules::{Category, Rule, Status};
use crate::tone::{Judgement, Kind};
use crate::tr;

declare_rule! {
    /// ## What it does
    /// Flags insults, profanity and contemptuous words about people in the
    /// author's own text and the subject: "идиот", "неадекват", "хам",
    /// "idiot", "moron", "you clowns", "ηλίθιος", "βλάκας", "μαλάκας",
    /// Russian obscene words in any inflection and with any prefix
    /// ("заебали", "охуели"; "охренели" is not flagged), also when masked
    /// with asterisks or symbols ("х*р", "п***ц", "f*ck", "b******t",
    /// "μ@λ@κία", "#@$%"). One is enough: an insult needs no other sign of
    /// agitation. Quoted messages are not the author's words and are not
    /// checked, nor is an author calling themselves names ("I felt like an
    /// idiot").
    ///
    /// ## Why is this bad?
    /// The first seed says never to write while agitated: such a letter always
    /// carries negativity, and senders regret it and apologise for a long time.
    /// The seed on the "7 critical mistakes with an aggressive client letter"
    /// is plain: a mistake, even a fair complaint, is "no reason for vulgar
    /// vocabulary", and forwarding the letter to the boss with "look what
    /// boors we work with" loses the client. A masked word is still the word.
    ///
    /// ## Example
    /// - en: "Only an idiot would sign this."
    /// - ru: "Ваш менеджер — полный неадекват."
    /// - el: "Είστε ανίκανοι να κάνετε μια απλή παράδοση."
    ///
    /// ## Options
    /// None. The words are in `insult.txt` beside this file, uses that insult
    /// no one ("I felt like an idiot") in `insult.exceptions.txt`; Russian obscene
    /// roots after a prefix and masked forms are recognised by the rule.
    pub struct Insult {}
    info {
        id: "insult",
        severity: Severity::Error,
        category: Category::Tone,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "Insult or profanity", ru: "Оскорбление или брань", el: "Προσβολή ή βωμολοχία"),
        reason: tr!(
            en: "An insult or an obscene word ends the conversation; the client remembers it, not the rest.",
            ru: "Оскорбление или мат прекращают разговор: клиент запомнит их, а не остальное письмо.",
            el: "Μια προσβολή ή μια βωμολοχία τερματίζει τη συζήτηση· ο πελάτης θα θυμάται μόνο αυτήν.",
        ),
    }
}

impl Insult {
    /// The rule; its word lists belong to the shared tone judgement.
    pub fn new() -> Self {
        // Prepared with the rule, so the first check does not pay for it.
        crate::tone::ToneJudge::shared();
        Insult {}
    }
}

impl Rule for Insult {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for e in Judgement::of(ctx)
            .evidence
            .iter()
            .filter(|e| e.kind == Kind::Insult)
        {
            let text = ctx.field_text(e.field);
            let message = tr!(
                en: "“{word}” insults or swears. Nothing in a business letter justifies it: remove it.",
                ru: "«{word}» — оскорбление или брань. В деловом письме это недопустимо: уберите.",
                el: "Το «{word}» είναι προσβολή ή βωμολοχία. Δεν έχει θέση σε επαγγελματικό μήνυμα: αφαιρέστε το.",
            )
            .format(ctx.ui(), &[("word", &text[e.range.clone()])]);
            out.push(Diagnostic::new(e.field, e.range.clone(), message));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::*;

    fn rule() -> Insult {
        Insult::new()
    }

    #[test]
    fn flags_contemptuous_words_in_each_language() {
        assert_eq!(
            excerpts(&rule(), "Only an idiot would sign this."),
            ["idiot"]
        );
        assert_eq!(
            excerpts(&rule(), "Your team are complete morons."),
            ["morons"]
        );
        assert_eq!(
            excerpts(&rule(), "Are you stupid or what?"),
            ["Are you stupid"]
        );
        assert_eq!(
            excerpts(&rule(), "Ваш менеджер — полный неадекват."),
            ["неадекват"]
        );
        assert_eq!(
            excerpts(&rule(), "Работать с такими идиотами невозможно."),
            ["идиотами"]
        );
        assert_eq!(excerpts(&rule(), "Ваши сотрудники — хамы."), ["хамы"]);
        assert_eq!(excerpts(&rule(), "Не считайте нас дебилами."), ["дебилами"]);
        assert_eq!(excerpts(&rule(), "Είστε ηλίθιοι;"), ["ηλίθιοι"]);
        assert_eq!(
            excerpts(&rule(), "Μόνο ένας βλάκας θα το υπέγραφε."),
            ["βλάκας"]
        );
        assert_eq!(
            excerpts(&rule(), "Είστε ανίκανοι να κάνετε μια παράδοση."),
            ["ανίκανοι"]
        );
    }

    #[test]
    fn flags_english_names_called_after_an_intensifier_or_a_word_for_the_group() {
        // As Russian and Greek find "Вы там совсем тупые?" and "Είστε
        // εντελώς ερασιτέχνες".
        assert_eq!(
            excerpts(&rule(), "Are you people actually thick? Navy, not black."),
            ["Are you people actually thick"]
        );
        assert_eq!(
            excerpts(&rule(), "Are you lot stupid or what?"),
            ["Are you lot stupid"]
        );
        assert_eq!(
            excerpts(&rule(), "Absolute cowboys, the lot of you!!!"),
            ["Absolute cowboys"]
        );
        assert_eq!(
            excerpts(&rule(), "You are complete jokers."),
            ["complete jokers"]
        );
        assert_eq!(
            excerpts(&rule(), "Total clowns, all of you."),
            ["Total clowns"]
        );
        assert_no_lints("Are you people free on Thursday?", &rule());
        assert_no_lints("This course is for complete amateurs.", &rule());
        assert_no_lints("A workshop for complete clowns and jugglers.", &rule());
        assert_no_lints("The clowns were a hit with the children.", &rule());
    }

    #[test]
    fn flags_russian_obscene_roots_in_any_form() {
        assert_eq!(excerpts(&rule(), "Вы там совсем охуели?"), ["охуели"]);
        assert_eq!(
            excerpts(&rule(), "Вы меня заебали своими звонками."),
            ["заебали"]
        );
        assert_eq!(excerpts(&rule(), "Это полный пиздец."), ["пиздец"]);
        assert_eq!(excerpts(&rule(), "Опять, блять, задержка."), ["блять"]);
        assert_eq!(
            excerpts(&rule(), "Эти мудаки снова всё сорвали."),
            ["мудаки"]
        );
        assert_eq!(excerpts(&rule(), "Какая-то херня с оплатой."), ["херня"]);
        assert_eq!(excerpts(&rule(), "Fucking useless support."), ["Fucking"]);
    }

    #[test]
    fn flags_masked_forms() {
        assert_eq!(
            excerpts(&rule(), "Да пошли вы на х*р."),
            ["Да пошли вы", "х*р"]
        );
        assert_eq!(excerpts(&rule(), "Полный п***ц с поставкой."), ["п***ц"]);
        assert_eq!(excerpts(&rule(), "What the f*ck happened?"), ["f*ck"]);
        assert_eq!(excerpts(&rule(), "This is s**t."), ["s**t"]);
        assert_eq!(excerpts(&rule(), "Б***, опять не то."), ["Б***"]);
        assert_eq!(excerpts(&rule(), "Вы б.я читаете письма?"), ["б.я"]);
        assert_eq!(excerpts(&rule(), "Είσαι μ@λ@κας."), ["μ@λ@κας"]);
    }

    #[test]
    fn flags_russian_words_disguised_with_latin_letters_or_digits() {
        assert_eq!(
            excerpts(&rule(), "Вы нас уже зае6али своими звонками."),
            ["зае6али"]
        );
        assert_eq!(excerpts(&rule(), "Полный пи3дец с поставкой."), ["пи3дец"]);
        assert_eq!(excerpts(&rule(), "Ваш кладовщик полный мyдak."), ["мyдak"]);
        assert_eq!(excerpts(&rule(), "Сидят там одни пидopы."), ["пидopы"]);
        assert_eq!(excerpts(&rule(), "Ведёт себя как шлюha."), ["шлюha"]);
    }

    #[test]
    fn allows_model_numbers_units_and_latin_names_in_russian_text() {
        for body in [
            "Модем Huawei E3372 поддерживает 4G и 5G.",
            "Для iPhone 13 нужен переходник, артикул 6B-330.",
            "Самолёт Су30 и Ту154 на выставке, вход 30мин до начала.",
            "Файл в формате мп3, размер 60кб, доставка 5кг за 3дня.",
            "Поставили 3х комнатную квартиру на учёт, 2024г.",
        ] {
            assert_no_lints(body, &rule());
        }
    }

    #[test]
    fn allows_ordinary_words_that_look_alike() {
        assert_no_lints("Прошу употреблять этот термин аккуратно.", &rule());
        assert_no_lints(
            "Разгрузка корабля задерживается, бляха на воротах сломана.",
            &rule(),
        );
        assert_no_lints("Застрахуйте груз, мы страхуем его тоже.", &rule());
        assert_no_lints("Оставьте себе копию и небольшой запас хлеба.", &rule());
        assert_no_lints(
            "Хамелеон — наш новый продукт, прогноз неблагоприятный.",
            &rule(),
        );
        assert_no_lints("Please remove the fire retardant from the list.", &rule());
        assert_no_lints("Sorry for the stupid question: is the API ready?", &rule());
        assert_no_lints(
            "I felt like an idiot when the file would not open.",
            &rule(),
        );
        assert_no_lints("Footnote* applies; prices x*2 in 2026*.", &rule());
        assert_no_lints("Among the biggest losers were airlines.", &rule());
        assert_no_lints("The talks were prickly but useful.", &rule());
        // "Piece of work" is ordinary as a task; of a person it is an insult.
        assert_no_lints(
            "We can scope the loyalty module as a separate piece of work.",
            &rule(),
        );
        assert_no_lints("It was a fine piece of work, thank you.", &rule());
        assert_eq!(
            excerpts(&rule(), "You are a real piece of work."),
            ["You are a real piece of work"]
        );
        assert_eq!(
            excerpts(&rule(), "Your manager is a nasty piece of work."),
            ["nasty piece of work"]
        );
        assert_no_lints("Το μαλακό υλικό έφτασε. Ο γάμος είναι το Σάββατο.", &rule());
        // A buffet is no owl: "μπουφέ" and "μπούφε" differ by the accent.
        assert_no_lints("Ξεκινάμε στις έξι, με μουσική και μπουφέ.", &rule());
        assert_eq!(
            excerpts(&rule(), "Ρε μπούφε, πού είναι η παραγγελία;"),
            ["Ρε μπούφε"]
        );
    }

    #[test]
    fn allows_the_author_calling_themselves_a_fool_in_each_language() {
        for body in [
            "I felt like such an idiot when the file would not open.",
            "I feel so stupid: the invoice was in my inbox.",
            "What an idiot I was to send the old file.",
            "Я чувствовал себя полным идиотом, когда понял ошибку.",
            "Ну я и дурак, отправил не тот файл.",
            "Ένιωσα ηλίθιος όταν είδα το λάθος μου.",
            "Ένιωσα τόσο ηλίθιος με αυτό το λάθος.",
            "Αισθάνθηκα σαν βλάκας που δεν το πρόσεξα.",
            "Ήμουν πολύ χαζός που δεν ρώτησα.",
        ] {
            assert_no_lints(body, &rule());
        }
        // Calling the reader one stays an insult.
        assert_eq!(excerpts(&rule(), "I feel you are an idiot."), ["idiot"]);
        assert_eq!(excerpts(&rule(), "Я чувствую, что вы идиот."), ["вы идиот"]);
        assert_eq!(excerpts(&rule(), "Νιώθω ότι είστε ηλίθιοι."), ["ηλίθιοι"]);
    }

    #[test]
    fn ignores_quoted_insults() {
        assert_no_lints(
            "We are looking into it.\n\nOn Mon, Peter wrote:\n> You are idiots.\n",
            &rule(),
        );
        assert_no_lints("Разбираемся.\n\n> Вы там охуели? Идиоты!\n", &rule());
        assert_no_lints("Το εξετάζουμε.\n\n> Είστε ηλίθιοι!\n", &rule());
    }

    #[test]
    fn messages_exist_in_every_language() {
        messages_in_every_language(&rule(), &letter("You idiots."));
    }

    #[test]
    fn flags_name_calling_as_written_online() {
        assert_eq!(excerpts(&rule(), "Чё ты несёшь, дурачок?"), ["дурачок"]);
        assert_eq!(
            excerpts(&rule(), "Видать беда, раз таких бестолочей набирают."),
            ["бестолочей"]
        );
        assert_eq!(
            excerpts(&rule(), "Ваши менеджеры — продажные шавки."),
            ["шавки"]
        );
        assert_no_lints(
            "Наш бот в Телеграме отвечает на вопросы о доставке круглосуточно.",
            &rule(),
        );
        assert_no_lints("Мы работаем с бестселлерами и новинками.", &rule());
        assert_no_lints(
            "Поставщик прикинулся дурачком, поэтому мы сменили его на вас.",
            &rule(),
        );
    }

    #[test]
    fn flags_more_forms_of_the_same_insults_in_russian_and_greek() {
        assert_flags_each_and_spares(
            &rule(),
            &[
                ("Вы опять всё проебали с поставкой.", "проебали"),
                ("Хуле вы молчите третий день?", "Хуле"),
                ("Это просто пздц, а не сервис.", "пздц"),
                ("Είσαι πανηλίθιος.", "πανηλίθιος"),
                ("Άντε ρε καργιόλη.", "καργιόλη"),
                ("Είστε απατεώνας, κύριε.", "απατεώνας"),
                ("Είσαι ένα ζώο.", "Είσαι ένα ζώο"),
            ],
            &[
                "Поеду на склад в пятницу, заберу образцы.",
                "Морские гады в меню ресторана — по четвергам.",
                "Δεν είναι ανάγκη να κάνεις ό,τι σου λένε οι άλλοι.",
                "Ο γάμος της αδελφής μου είναι το Σάββατο.",
                "Η καθυστερημένη πληρωμή έφτασε σήμερα.",
            ],
        );
    }

    #[test]
    fn flags_more_greek_name_calling() {
        assert_flags_each_and_spares(
            &rule(),
            &[
                ("Είσαι ψυχάκιας.", "ψυχάκιας"),
                ("Άντε ρε γλείφτη.", "γλείφτη"),
                ("Τι λες ρε χαμένε;", "χαμένε"),
            ],
            &[
                "Τα πουλημένα προϊόντα επιστρέφονται σε 14 ημέρες.",
                "Χάσαμε το χαμένο δέμα και βρήκαμε άλλο.",
            ],
        );
    }

    #[test]
    fn greek_words_that_lose_their_difference_without_accents_are_not_insults() {
        // Soft, gently, putty, shopping, rotten fruit, a blocked drain, an
        // archdeacon: ordinary words spelled like insults once the accents
        // are gone.
        for ordinary in [
            "Θα θέλαμε 15 μαλακές θήκες γυαλιών και 10 σκληρές.",
            "Στο σεμινάριο θα δούμε μαλακές δεξιότητες πωλήσεων.",
            "Προτείνω να το πάμε μαλακά με τη μετάβαση.",
            "Πατήστε πιο μαλακά το κουμπί, αλλιώς κολλάει.",
            "Στείλαμε 20 σακιά στόκος και 4 σπάτουλες.",
            "Ο οδηγός θα περάσει μετά τα ψώνια της εβδομάδας.",
            "Τρία τελάρα ροδάκινα ήρθαν σάπια, τα αντικαταστήσαμε.",
            "Βούλωσε ο νεροχύτης της κουζίνας, στείλτε υδραυλικό.",
            "Ο αρχιδιάκονος θα τελέσει τον αγιασμό στις 9.",
            "Ο αρχιδιαιτητής ζήτησε τις βιντεοσκοπήσεις του αγώνα.",
            "Στείλαμε το σύγγραμμα ψυχοπαθολογίας που παραγγείλατε.",
        ] {
            assert_no_lints(ordinary, &rule());
        }
        // The same words said to or of the reader stay insults.
        assert_eq!(
            excerpts(&rule(), "Ρε μαλάκα, πού είναι το φορτίο;"),
            ["μαλάκα"]
        );
        assert_eq!(excerpts(&rule(), "Είστε μαλάκες όλοι σας."), ["μαλάκες"]);
        assert_eq!(excerpts(&rule(), "Είσαι ένα ψώνιο."), ["Είσαι ένα ψώνιο"]);
        assert_eq!(
            excerpts(&rule(), "Είστε εντελώς σάπιοι."),
            ["Είστε εντελώς σάπιοι"]
        );
        assert_eq!(
            excerpts(&rule(), "Βούλωσέ το επιτέλους."),
            ["Βούλωσέ το επιτέλους"]
        );
        assert_eq!(excerpts(&rule(), "Ρε στόκε, διάβασε το μήνυμα."), ["στόκε"]);
    }
}
