use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::language::Lang;
use crate::phrases::PhraseList;
use crate::rules::{Category, Rule, Status};
use crate::tr;
use crate::words::TextView;
use std::ops::Range;

declare_rule! {
    /// ## What it does
    /// Counts emotionally charged words in the author's own text
    /// ("возмутительно", "безобразие", "абсурд", "надоело", "ridiculous",
    /// "unacceptable", "outrageous", "sick and tired", "απαράδεκτο"). Two or
    /// more, or one in a short letter (fewer than 50 words), mean the letter
    /// was written while agitated; the finding suggests waiting before
    /// sending. Words quoted from the client's letter are not counted.
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
    /// None. The charged words are in `emotional_tone.txt` beside this file.
    pub struct EmotionalTone {
        charged: PhraseList,
    }
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

/// Below this many words, one charged word is enough.
const SHORT_LETTER_WORDS: usize = 50;

impl EmotionalTone {
    /// One prepared copy for rules that reuse this rule's word lists.
    pub fn shared() -> &'static EmotionalTone {
        static SHARED: std::sync::OnceLock<EmotionalTone> = std::sync::OnceLock::new();
        SHARED.get_or_init(EmotionalTone::new)
    }

    /// Prepares the list of charged words.
    pub fn new() -> Self {
        EmotionalTone {
            charged: PhraseList::builtin("emotional_tone", include_str!("emotional_tone.txt")),
        }
    }

    /// The charged words of `view`, in order, each word counted once.
    pub fn charged_in(&self, view: &TextView) -> Vec<Range<usize>> {
        let mut matches: Vec<_> = self.charged.find_iter(view).map(|m| m.words).collect();
        matches.sort_by_key(|w| (w.start, std::cmp::Reverse(w.end)));
        let mut out: Vec<Range<usize>> = Vec::new();
        let mut covered_until = 0;
        for words in matches {
            if words.start >= covered_until {
                covered_until = words.end;
                out.push(view.span(words.start, words.end - 1));
            }
        }
        out
    }

    /// True when `count` charged words in a text of `words` words make it
    /// agitated.
    pub fn is_agitated(count: usize, words: usize) -> bool {
        count >= 2 || (count == 1 && words < SHORT_LETTER_WORDS)
    }
}

impl Rule for EmotionalTone {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let charged = self.charged_in(&ctx.own);
        if !Self::is_agitated(charged.len(), ctx.own.len()) {
            return;
        }
        let words: Vec<String> = charged
            .iter()
            .take(5)
            .map(|r| match ctx.ui() {
                crate::i18n::UiLang::En => format!("“{}”", &ctx.body[r.clone()]),
                _ => format!("«{}»", &ctx.body[r.clone()]),
            })
            .collect();
        let message = tr!(
            en: "The letter sounds agitated ({words}). Save it as a draft, re-read it in an hour, and send it once you are calm.",
            ru: "Письмо звучит взвинченно ({words}). Сохраните его в черновиках, перечитайте через час и отправьте, когда успокоитесь.",
            el: "Το μήνυμα ακούγεται φορτισμένο ({words}). Αποθηκεύστε το ως πρόχειρο, ξαναδιαβάστε το σε μία ώρα και στείλτε το όταν ηρεμήσετε.",
        )
        .format(ctx.ui(), &[("words", &words.join(", "))]);
        out.push(Diagnostic::new(Field::Body, charged[0].clone(), message));
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
    fn one_charged_word_is_enough_in_a_short_letter_only() {
        assert_lint_count("That price is absurd.", &rule(), 1);
        assert_no_lints(
            &format!("{CALM_EN} Honestly, the old rate was absurd."),
            &rule(),
        );
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
}
