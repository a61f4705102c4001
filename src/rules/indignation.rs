use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::language::Lang;
use crate::phrases::PhraseList;
use crate::rules::{Category, Rule, Status};
use crate::tr;

declare_rule! {
    /// ## What it does
    /// Flags indignant rebukes of the reader in the author's own text: "Что
    /// вы себе позволяете?", "научитесь разговаривать", "How dare you", "Who
    /// do you think you are", "Πώς τολμάτε". A rebuke quoted from the client's
    /// letter is not checked.
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
    /// None. The phrases are in `indignation.txt` beside this file.
    pub struct Indignation {
        phrases: PhraseList,
    }
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
    /// One prepared copy for rules that reuse this rule's word lists.
    pub fn shared() -> &'static Indignation {
        static SHARED: std::sync::OnceLock<Indignation> = std::sync::OnceLock::new();
        SHARED.get_or_init(Indignation::new)
    }

    /// Prepares the phrase list.
    pub fn new() -> Self {
        Indignation {
            phrases: PhraseList::builtin("indignation", include_str!("indignation.txt")),
        }
    }

    /// The phrase list, for rules that judge the tone of a message.
    pub fn phrases(&self) -> &PhraseList {
        &self.phrases
    }
}

impl Rule for Indignation {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let mut last_end = 0;
        for m in self.phrases.find_iter(&ctx.own) {
            let range = ctx.own.span(m.words.start, m.words.end - 1);
            if range.start < last_end {
                continue;
            }
            last_end = range.end;
            let message = tr!(
                en: "“{phrase}” rebukes the reader. Say what you will do about the problem and, if needed, what you expect — calmly.",
                ru: "«{phrase}» — отповедь читателю. Напишите, что вы сделаете с проблемой и, если нужно, чего ждёте от клиента, — спокойно.",
                el: "Το «{phrase}» επιπλήττει τον αναγνώστη. Γράψτε ήρεμα τι θα κάνετε για το πρόβλημα και, αν χρειάζεται, τι περιμένετε.",
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
}
