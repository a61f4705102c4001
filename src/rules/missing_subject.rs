use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::rules::{Category, Rule, Status};
use crate::tr;

declare_rule! {
    /// ## What it does
    /// Flags a draft whose subject is empty, or holds nothing but a reply or
    /// forward prefix ("Re:", "Fwd:", "Ответ:", "ΑΠ:").
    ///
    /// ## Why is this bad?
    /// The subject is what the client sees in the list of letters and what
    /// they search for later. A letter without one looks careless, is easy to
    /// miss and is often caught by spam filters. The seed on keeping a
    /// dialogue asks to respect the client's time: a clear subject tells them
    /// what the letter is about before they open it.
    ///
    /// ## Example
    /// - en: subject "" or "Re:"
    /// - ru: subject "Fwd: "
    /// - el: subject "ΠΡΘ:"
    ///
    /// ## Options
    /// None.
    pub struct MissingSubject {}
    info {
        id: "missing-subject",
        severity: Severity::Warning,
        category: Category::Content,
        languages: &[],
        status: Status::Stable,
        title: tr!(en: "Missing subject", ru: "Нет темы", el: "Χωρίς θέμα"),
        reason: tr!(
            en: "A letter without a subject is easy to miss and hard to find later.",
            ru: "Письмо без темы легко пропустить и трудно потом найти.",
            el: "Ένα μήνυμα χωρίς θέμα περνά εύκολα απαρατήρητο και βρίσκεται δύσκολα αργότερα.",
        ),
    }
}

impl MissingSubject {
    /// Prepares the rule.
    pub fn new() -> Self {
        MissingSubject {}
    }
}

impl Rule for MissingSubject {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        if has_content(&ctx.draft.subject) {
            return;
        }
        out.push(Diagnostic::new(
            Field::Subject,
            0..ctx.draft.subject.len(),
            ctx.text(&tr!(
                en: "The letter has no subject.",
                ru: "У письма нет темы.",
                el: "Το μήνυμα δεν έχει θέμα.",
            )),
        ));
    }
}

/// True when the subject says something beyond reply/forward prefixes.
fn has_content(subject: &str) -> bool {
    !crate::subject::without_prefixes(subject).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::Draft;
    use crate::rules::testing::{messages_in_every_language, run};

    fn subject(text: &str) -> usize {
        let draft = Draft {
            subject: text.into(),
            ..Draft::default()
        };
        run(&MissingSubject::new(), &draft).len()
    }

    #[test]
    fn flags_empty_and_prefix_only_subjects() {
        for s in [
            "",
            "   ",
            "Re:",
            "RE: Fwd:",
            "Ответ: ",
            "Пересл.:",
            "ΑΠ:",
            "ΠΡΘ: ",
        ] {
            assert_eq!(subject(s), 1, "{s:?}");
        }
    }

    #[test]
    fn allows_real_subjects_in_each_language() {
        for s in [
            "Contract",
            "Re: Contract",
            "Счёт за март",
            "Re[2]: Счёт",
            "Τιμολόγιο Μαρτίου",
        ] {
            assert_eq!(subject(s), 0, "{s:?}");
        }
    }

    #[test]
    fn speaks_every_interface_language() {
        let messages = messages_in_every_language(&MissingSubject::new(), &Draft::default());
        assert_eq!(messages[1], "У письма нет темы.");
    }
}
