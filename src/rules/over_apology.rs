use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::language::Lang;
use crate::phrases::PhraseList;
use crate::rules::{Category, Rule, Status};
use crate::{plural, tr};

declare_rule! {
    /// ## What it does
    /// Flags a letter that apologises three times or more ("sorry",
    /// "извините", "συγγνώμη"), and any self-abasement: "посыпаем голову
    /// пеплом", "дайте нам шанс", "такого больше не повторится", "it will
    /// never happen again", "give us one more chance", "δεν θα ξανασυμβεί".
    /// One polite apology is fine, and so are three in a long letter that
    /// explains what happened and what was done (one apology per more than
    /// 25 words of the author's own text). Only the author's own text
    /// counts.
    ///
    /// ## Why is this bad?
    /// Mistake 5 of the seed on aggressive client letters is exactly this:
    /// admitting everything, "sprinkling ashes on one's head", promising it
    /// will never happen again and asking the client for a chance — "an
    /// apologetic tone is not the best helper in business". The Greek seed on
    /// bad news agrees: "do not apologise excessively"; explain briefly what
    /// happened and apologise once. A promise that it will never happen again
    /// is one nobody can keep.
    ///
    /// ## Example
    /// - en: "Sorry again. We apologise. It will never happen again."
    /// - ru: "Посыпаем голову пеплом и просим дать нам шанс."
    /// - el: "Συγγνώμη, συγγνώμη, λυπούμαστε πολύ — δεν θα ξανασυμβεί."
    ///
    /// ## Options
    /// None. Apologies are in `over_apology.txt`, self-abasement in
    /// `over_apology.abasement.txt` beside this file.
    pub struct OverApology {
        abasement: PhraseList,
    }
    info {
        id: "over-apology",
        severity: Severity::Warning,
        category: Category::Tone,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "Too many apologies", ru: "Избыток извинений", el: "Υπερβολικές συγγνώμες"),
        reason: tr!(
            en: "An apologetic tone weakens your position; apologise once and say what you will do.",
            ru: "Оправдательный тон ослабляет позицию: извинитесь один раз и скажите, что сделаете.",
            el: "Ο απολογητικός τόνος αποδυναμώνει τη θέση σας· ζητήστε συγγνώμη μία φορά και πείτε τι θα κάνετε.",
        ),
    }
}

/// Apologies ("sorry", "приносим извинения", "ζητούμε συγγνώμη"), also
/// read by `bad-news-by-email`.
pub(crate) fn apology_phrases() -> &'static PhraseList {
    crate::static_phrase_list!("over_apology", "over_apology.txt")
}

/// This many apologies are too many…
const TOO_MANY: usize = 3;

/// …when there is one for every this many words of the author's own text,
/// or fewer: a long letter that explains what happened and what was done
/// may say sorry three times (every letter written to be flagged has its
/// three within 36 words; the calm letters owning a mistake, one per 35 or
/// more; Russian says the same in fewer words than English).
const WORDS_PER_APOLOGY: usize = 25;

impl OverApology {
    /// Prepares the phrase lists.
    pub fn new() -> Self {
        // Prepared with the rule, so the first check does not pay for it.
        apology_phrases();
        OverApology {
            abasement: PhraseList::builtin(
                "over_apology.abasement",
                crate::phrase_file!("over_apology.abasement.txt"),
            ),
        }
    }
}

impl Rule for OverApology {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for range in self.abasement.spans(&ctx.own) {
            let message = tr!(
                en: "“{phrase}” sounds like begging. Say what happened, what you have fixed and what happens next.",
                ru: "«{phrase}» звучит как мольба. Напишите, что случилось, что вы исправили и что будет дальше.",
                el: "Το «{phrase}» ακούγεται σαν ικεσία. Γράψτε τι συνέβη, τι διορθώσατε και τι ακολουθεί.",
            )
            .format(ctx.ui(), &[("phrase", &ctx.body[range.clone()])]);
            out.push(Diagnostic::new(Field::Body, range, message));
        }
        let apologies = apology_phrases().spans(&ctx.own);
        if apologies.len() >= TOO_MANY && ctx.own.words.len() <= WORDS_PER_APOLOGY * apologies.len()
        {
            let count = plural!(
                en: [one: "{n} time", other: "{n} times"],
                ru: [one: "{n} извинение", few: "{n} извинения", many: "{n} извинений"],
                el: [one: "{n} φορά", other: "{n} φορές"],
            )
            .format(ctx.ui(), apologies.len() as u64);
            let message = tr!(
                en: "The letter apologises {count}. Once is enough: apologise, then say what you will do.",
                ru: "В письме {count}. Достаточно одного: извинитесь и скажите, что вы сделаете.",
                el: "Το μήνυμα ζητά συγγνώμη {count}. Αρκεί μία: ζητήστε συγγνώμη και πείτε τι θα κάνετε.",
            )
            .format(ctx.ui(), &[("count", &count)]);
            out.push(Diagnostic::new(
                Field::Body,
                apologies[TOO_MANY - 1].clone(),
                message,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::*;

    fn rule() -> OverApology {
        OverApology::new()
    }

    #[test]
    fn flags_three_apologies_in_each_language() {
        assert_eq!(
            excerpts(
                &rule(),
                "Sorry for the delay. We apologize. Again, our apologies."
            ),
            ["apologies"]
        );
        assert_eq!(
            excerpts(
                &rule(),
                "Извините за задержку. Приносим извинения. Ещё раз просим прощения."
            ),
            ["просим прощения"]
        );
        assert_eq!(
            excerpts(
                &rule(),
                "Συγγνώμη για την καθυστέρηση. Λυπούμαστε. Ξανά συγγνώμη."
            ),
            ["συγγνώμη"]
        );
    }

    #[test]
    fn flags_self_abasement_once() {
        assert_eq!(
            excerpts(&rule(), "Please give us one more chance."),
            ["give us one more chance"]
        );
        assert_eq!(
            excerpts(&rule(), "Rest assured it will never happen again."),
            ["it will never happen again"]
        );
        assert_eq!(
            excerpts(&rule(), "Посыпаем голову пеплом."),
            ["Посыпаем голову пеплом"]
        );
        assert_eq!(
            excerpts(&rule(), "Уверяем, что такого больше не повторится."),
            ["такого больше не повторится"]
        );
        assert_eq!(
            excerpts(&rule(), "Дайте нам ещё один шанс!"),
            ["Дайте нам ещё один шанс"]
        );
        assert_eq!(
            excerpts(&rule(), "Σας διαβεβαιώνουμε ότι δεν θα ξανασυμβεί."),
            ["Σας διαβεβαιώνουμε ότι δεν θα ξανασυμβεί"]
        );
    }

    /// A long letter owning a mistake may apologise, explain what happened
    /// and what was done, and say sorry again at the end: the apologies do
    /// not stand in for the explanation. The same three apologies with
    /// little else between them are too many.
    #[test]
    fn three_apologies_spread_through_a_letter_that_explains_are_not_too_many() {
        for body in [
            "Dear Ms Hale,\n\nWe are very sorry about the wrong labels on Friday's delivery. The mistake was ours: the order was copied from last month's sheet, and nobody checked it against your new list before the van left. That is not how we work, and it cost your team a morning.\n\nWe have reprinted all forty labels and our driver will bring them to you tomorrow by nine, free of charge, together with a credit note for the delivery. From this week every order is checked against the customer's latest list by a second person.\n\nPlease accept our apologies for the trouble, and let me know if anything else is needed for your launch.\n\nWith sincere apologies,\nTom Reed",
            "Елена, добрый день.\n\nПриношу извинения за ошибку в пятничной поставке: наклейки были напечатаны по прошлому списку, и перед отправкой их никто не сверил с новым. Это наша ошибка, и из-за неё ваша команда потеряла утро.\n\nВсе сорок наклеек мы уже перепечатали, завтра к девяти водитель привезёт их бесплатно вместе с кредит-нотой на стоимость доставки. С этой недели каждый заказ перед отправкой сверяет с последним списком клиента второй сотрудник.\n\nЕсли для запуска нужно что-то ещё, напишите, всё сделаем. Нам очень жаль, что так вышло.\n\nЕщё раз простите.\nОлег",
            "Κυρία Αλεξίου,\n\nΖητούμε συγγνώμη για τις λάθος ετικέτες στην παράδοση της Παρασκευής. Το λάθος ήταν δικό μας: η παραγγελία αντιγράφηκε από τη λίστα του προηγούμενου μήνα και κανείς δεν την έλεγξε με τη νέα σας λίστα πριν φύγει το φορτηγό.\n\nΤυπώσαμε ξανά και τις σαράντα ετικέτες και ο οδηγός μας θα σας τις φέρει αύριο ως τις εννιά, χωρίς χρέωση, μαζί με πιστωτικό για τα έξοδα αποστολής. Από αυτή την εβδομάδα κάθε παραγγελία ελέγχεται από δεύτερο άτομο με την τελευταία λίστα του πελάτη.\n\nΛυπούμαστε πολύ για την ταλαιπωρία. Αν χρειάζεστε κάτι άλλο για το λανσάρισμα, πείτε μου.\n\nΚαι πάλι συγγνώμη,\nΘωμάς",
        ] {
            assert_no_lints(body, &rule());
        }
        for body in [
            "Dear Ms Hale,\n\nWe are very sorry about the labels. Please accept our apologies. With sincere apologies,\nTom",
            "Елена, приносим извинения за наклейки. Нам очень жаль. Ещё раз простите.\nОлег",
            "Κυρία Αλεξίου, ζητούμε συγγνώμη για τις ετικέτες. Λυπούμαστε πολύ. Και πάλι συγγνώμη.\nΘωμάς",
        ] {
            assert_lint_count(body, &rule(), 1);
        }
    }

    #[test]
    fn allows_one_or_two_apologies() {
        assert_no_lints("Sorry for the delay: the parts arrive on Monday.", &rule());
        assert_no_lints(
            "Извините за задержку. Детали придут в понедельник, ещё раз простите.",
            &rule(),
        );
        assert_no_lints(
            "Συγγνώμη για την καθυστέρηση. Τα ανταλλακτικά έρχονται τη Δευτέρα.",
            &rule(),
        );
    }

    #[test]
    fn a_measure_taken_so_it_does_not_happen_again_is_no_promise() {
        assert_no_lints(
            "Sorry for the double invoice. To make sure this won't happen again, we have added a second check.",
            &rule(),
        );
        assert_no_lints(
            "Извините за двойной счёт. Чтобы такое не повторилось, мы ввели дополнительную сверку.",
            &rule(),
        );
        assert_no_lints(
            "Συγγνώμη για το διπλό τιμολόγιο. Για να μην ξανασυμβεί, προσθέσαμε δεύτερο έλεγχο.",
            &rule(),
        );
        assert_eq!(
            excerpts(&rule(), "Извините. Такое не повторится."),
            ["не повторится"]
        );
    }

    #[test]
    fn what_did_not_happen_is_no_promise() {
        assert_no_lints(
            "Простите за задержку. Диспетчер должен был предупредить вас — этого не случилось, и это наша ошибка.",
            &rule(),
        );
        assert_no_lints(
            "Простите. Замена должна была приехать сразу, но этого не произошло.",
            &rule(),
        );
        assert_eq!(
            excerpts(&rule(), "Простите. Такого больше не случится."),
            ["Такого больше не случится"]
        );
    }

    #[test]
    fn ignores_quoted_apologies() {
        assert_no_lints(
            "Thanks, all good.\n\nOn Mon, Peter wrote:\n> Sorry! So sorry. Apologies again. It won't happen again.\n",
            &rule(),
        );
        assert_no_lints(
            "Спасибо.\n\n> Извините, простите, виноваты, больше не повторится.\n",
            &rule(),
        );
        assert_no_lints(
            "Ευχαριστώ.\n\n> Συγγνώμη, λυπάμαι, συγγνώμη, δεν θα ξανασυμβεί.\n",
            &rule(),
        );
    }

    #[test]
    fn messages_exist_in_every_language() {
        messages_in_every_language(&rule(), &letter("Sorry. Sorry. Sorry."));
    }
}
