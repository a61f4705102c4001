use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::language::Lang;
use crate::phrases::PhraseList;
use crate::rules::{Category, Rule, Status};
use crate::tr;

declare_rule! {
    /// ## What it does
    /// Points out blame-shifting and justification in the author's own text:
    /// "это не наша вина", "так получилось", "мы тут ни при чём", "it's not
    /// our fault", "δεν φταίμε εμείς", and blaming the reader ("вы сами
    /// виноваты", "εσείς φταίτε").
    ///
    /// ## Why is this bad?
    /// The seed on aggressive client letters lists "giving arguments in one's
    /// own defence" among the critical mistakes: "an apologetic,
    /// self-justifying tone is not the best helper in business". The Greek
    /// seed on bad news asks to explain briefly what happened, how it affected
    /// the client, and how it is being fixed — even when the cause was inside
    /// the company. The client wants the problem solved, not its author found.
    ///
    /// ## Example
    /// - en: "The delay is not our fault: the carrier lost the pallet."
    /// - ru: "Так получилось, мы тут ни при чём — виноват перевозчик."
    /// - el: "Δεν φταίμε εμείς για την καθυστέρηση."
    ///
    /// ## Options
    /// None. The phrases are in `excuses.txt` beside this file.
    pub struct Excuses {
        phrases: PhraseList,
    }
    info {
        id: "excuses",
        severity: Severity::Info,
        category: Category::Tone,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "Excuses", ru: "Оправдания", el: "Δικαιολογίες"),
        reason: tr!(
            en: "The client wants the problem solved, not to hear whose fault it was.",
            ru: "Клиенту нужно решение проблемы, а не поиск виноватых.",
            el: "Ο πελάτης θέλει λύση στο πρόβλημα, όχι να μάθει ποιος φταίει.",
        ),
    }
}

impl Excuses {
    /// Prepares the phrase list.
    pub fn new() -> Self {
        Excuses {
            phrases: PhraseList::builtin("excuses", crate::phrase_file!("excuses.txt")),
        }
    }
}

impl Rule for Excuses {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for range in self.phrases.spans(&ctx.own) {
            let message = tr!(
                en: "“{phrase}” sounds like an excuse. Say what you are doing to fix it instead.",
                ru: "«{phrase}» звучит как оправдание. Лучше напишите, что вы делаете, чтобы это исправить.",
                el: "Το «{phrase}» ακούγεται σαν δικαιολογία. Γράψτε καλύτερα τι κάνετε για να διορθωθεί.",
            )
            .format(ctx.ui(), &[("phrase", &ctx.body[range.clone()])]);
            out.push(Diagnostic::new(Field::Body, range, message));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::*;

    fn rule() -> Excuses {
        Excuses::new()
    }

    #[test]
    fn flags_excuses_in_each_language() {
        assert_eq!(
            excerpts(&rule(), "The delay is not our fault."),
            ["The delay is not our fault"]
        );
        assert_eq!(
            excerpts(&rule(), "Так получилось, увы."),
            ["Так получилось"]
        );
        assert_eq!(
            excerpts(&rule(), "Мы тут ни при чём, виноват склад."),
            ["Мы тут ни при чём"]
        );
        assert_eq!(
            excerpts(&rule(), "Δεν φταίμε εμείς για την καθυστέρηση."),
            ["Δεν φταίμε εμείς"]
        );
    }

    #[test]
    fn flags_free_wording_and_inflected_forms() {
        assert_eq!(
            excerpts(&rule(), "It was really out of our hands, I'm afraid."),
            ["out of our hands"]
        );
        assert_eq!(
            excerpts(&rule(), "There was nothing we could have done about it."),
            ["There was nothing we could have done"]
        );
        assert_eq!(
            excerpts(&rule(), "Сбой склада — от нас это никак не зависело."),
            ["от нас это никак не зависело"]
        );
        assert_eq!(
            excerpts(&rule(), "Δεν ήταν στο χέρι μας, έπεσε το σύστημα."),
            ["Δεν ήταν στο χέρι μας"]
        );
        assert_eq!(
            excerpts(
                &rule(),
                "Задержка произошла по независящим от нас причинам."
            ),
            ["по независящим от нас причинам"]
        );
        assert_eq!(
            excerpts(&rule(), "Η καθυστέρηση δεν οφείλεται σε εμάς."),
            ["δεν οφείλεται σε εμάς"]
        );
    }

    #[test]
    fn leaves_blaming_the_reader_to_indignation() {
        assert_no_lints("Вы сами виноваты в задержке.", &rule());
        assert_no_lints("It's your own fault, frankly.", &rule());
        assert_no_lints("Εσείς φταίτε για το λάθος.", &rule());
    }

    #[test]
    fn allows_owning_the_problem() {
        assert_no_lints(
            "The delay is our fault; we ship a replacement today.",
            &rule(),
        );
        assert_no_lints("Задержка — наша ошибка, замену отправим сегодня.", &rule());
        assert_no_lints(
            "Η καθυστέρηση ήταν δικό μας λάθος· στέλνουμε αντικατάσταση σήμερα.",
            &rule(),
        );
    }

    #[test]
    fn ignores_quoted_excuses() {
        assert_no_lints(
            "Noted.\n\nOn Mon, Peter wrote:\n> It's not our fault.\n",
            &rule(),
        );
        assert_no_lints("Понял.\n\n> Так получилось, мы ни при чём.\n", &rule());
        assert_no_lints("Εντάξει.\n\n> Δεν φταίμε εμείς.\n", &rule());
    }

    #[test]
    fn messages_exist_in_every_language() {
        messages_in_every_language(&rule(), &letter("It's not our fault."));
    }

    #[test]
    fn flags_shrugging_in_other_words() {
        assert_eq!(
            excerpts(
                &rule(),
                "Курьер опоздал из-за пробок, тут уж ничего не поделаешь."
            ),
            ["тут уж ничего не поделаешь"]
        );
        assert_eq!(
            excerpts(&rule(), "Ο κούριερ άργησε, δεν μπορούσαμε να κάνουμε κάτι."),
            ["δεν μπορούσαμε να κάνουμε κάτι"]
        );
        assert_no_lints(
            "Мы ничего не поделали с графиком: он остаётся прежним.",
            &rule(),
        );
    }

    #[test]
    fn flags_russian_blame_passed_to_a_third_party() {
        assert_flags_each_and_spares(
            &rule(),
            &[
                (
                    "Груз задержали на границе, и повлиять на это мы никак не могли.",
                    "повлиять на это мы никак не могли",
                ),
                (
                    "Мы никак не могли изменить расписание аэропорта.",
                    "Мы никак не могли изменить",
                ),
                (
                    "Претензии по срокам, пожалуйста, адресуйте перевозчику.",
                    "Претензии по срокам, пожалуйста, адресуйте перевозчику",
                ),
            ],
            &[
                "Мы можем повлиять на график, если заявка придет до среды.",
                "Претензии по качеству направляйте на адрес quality@firma.ru.",
            ],
        );
    }

    #[test]
    fn flags_a_russian_appeal_to_the_season() {
        assert_flags_each_and_spares(
            &rule(),
            &[(
                "Сами понимаете, сезон отпусков, курьеров не хватает.",
                "Сами понимаете, сезон",
            )],
            &["Вы сами знаете этот склад лучше нас, подскажите подъезд."],
        );
    }
}
