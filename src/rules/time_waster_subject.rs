use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::language::Lang;
use crate::phrases::PhraseList;
use crate::rules::{Category, Rule, Status};
use crate::tr;
use crate::words::TextView;

declare_rule! {
    /// ## What it does
    /// Flags a subject that tells the client nothing about why the letter
    /// matters to them: "Думаем, что это может вас заинтересовать", "Thought
    /// this might interest you", "Σκεφτήκαμε ότι μπορεί να σας ενδιαφέρει"
    /// anywhere in the subject, and "FYI", "К сведению", "Ενημέρωση",
    /// "Question" when they are the whole subject ("FYI: new prices from
    /// May" says what it is about and is fine). Replies and forwards ("Re:",
    /// "Fwd:", "Ответ:", "ΑΠ:") keep a subject the author did not choose and
    /// are not checked.
    ///
    /// ## Why is this bad?
    /// The seed "five letters not to send" names it outright: any message
    /// whose subject reads «Думаем, что это может вас заинтересовать» is a
    /// waste of time ("пустая трата времени"); do not clutter the mail of
    /// partners and clients unless you are sure the information is useful to
    /// them. The seed on keeping a dialogue adds: respect the client's time.
    /// A subject that names the matter lets the client decide at a glance.
    ///
    /// ## Example
    /// - en: subject "Thought this might interest you", or just "FYI"
    /// - ru: subject "Думаем, что это может вас заинтересовать"
    /// - el: subject "Σκεφτήκαμε ότι μπορεί να σας ενδιαφέρει"
    ///
    /// ## Options
    /// None. The phrases are in `time_waster_subject.txt` (anywhere in the
    /// subject) and `time_waster_subject.whole.txt` (the whole subject).
    pub struct TimeWasterSubject {
        anywhere: PhraseList,
        whole: PhraseList,
    }
    info {
        id: "time-waster-subject",
        severity: Severity::Warning,
        category: Category::Content,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "Subject that says nothing", ru: "Тема ни о чём", el: "Θέμα που δεν λέει τίποτα"),
        reason: tr!(
            en: "A subject that names the matter lets the client decide at a glance whether to read now.",
            ru: "Тема, называющая суть, позволяет клиенту сразу решить, читать ли письмо сейчас.",
            el: "Ένα θέμα που λέει το ζήτημα επιτρέπει στον πελάτη να αποφασίσει αμέσως αν θα το διαβάσει.",
        ),
    }
}

impl TimeWasterSubject {
    /// Prepares the phrase lists.
    pub fn new() -> Self {
        TimeWasterSubject {
            anywhere: PhraseList::builtin(
                "time_waster_subject",
                crate::phrase_file!("time_waster_subject.txt"),
            ),
            whole: PhraseList::builtin(
                "time_waster_subject.whole",
                crate::phrase_file!("time_waster_subject.whole.txt"),
            ),
        }
    }
}

impl Rule for TimeWasterSubject {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let subject = &ctx.draft.subject;
        if subject.trim().is_empty() || crate::subject::is_reply_or_forward(subject) {
            return;
        }
        let view: &TextView = &ctx.subject;
        let found = self
            .anywhere
            .find_iter(view)
            .map(|m| m.words)
            .min_by_key(|w| w.start)
            .or_else(|| {
                self.whole
                    .find_iter(view)
                    .map(|m| m.words)
                    .find(|w| w.start == 0 && w.end == view.len())
            });
        if let Some(words) = found {
            out.push(Diagnostic::new(
                Field::Subject,
                view.span(words.start, words.end - 1),
                ctx.text(&tr!(
                    en: "The subject does not say what the letter is about; name the matter and why it concerns the client.",
                    ru: "Тема не говорит, о чём письмо; назовите суть и чем она важна клиенту.",
                    el: "Το θέμα δεν λέει τι αφορά το μήνυμα· γράψτε το ζήτημα και γιατί αφορά τον πελάτη.",
                )),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::Draft;
    use crate::finding::Finding;
    use crate::rules::testing::*;

    fn rule() -> TimeWasterSubject {
        TimeWasterSubject::new()
    }

    fn with_subject(subject: &str) -> Draft {
        let mut draft = letter("Hello Peter,\n\nthe new price list starts in May.");
        draft.subject = subject.into();
        draft
    }

    fn flagged(subject: &str) -> Vec<String> {
        run(&rule(), &with_subject(subject))
            .into_iter()
            .map(|f: Finding| {
                assert_eq!(f.field, Field::Subject);
                f.excerpt
            })
            .collect()
    }

    #[test]
    fn flags_vague_subjects_in_each_language() {
        assert_eq!(
            flagged("Thought this might interest you"),
            ["Thought this might interest"]
        );
        assert_eq!(
            flagged("Думаем, что это может вас заинтересовать"),
            ["может вас заинтересовать"]
        );
        assert_eq!(
            flagged("Σκεφτήκαμε ότι μπορεί να σας ενδιαφέρει"),
            ["μπορεί να σας ενδιαφέρει"]
        );
    }

    #[test]
    fn flags_inflected_and_lone_words() {
        assert_eq!(
            flagged("Новинки, которые возможно Вас заинтересуют"),
            ["возможно Вас заинтересуют"]
        );
        assert_eq!(
            flagged("Это может Вас заинтересовать!"),
            ["может Вас заинтересовать"]
        );
        assert_eq!(flagged("FYI"), ["FYI"]);
        assert_eq!(flagged("fyi!"), ["fyi"]);
        assert_eq!(flagged("К сведению"), ["К сведению"]);
        assert_eq!(flagged("Ενημέρωση"), ["Ενημέρωση"]);
        assert_eq!(flagged("Ίσως σας ενδιαφέρει"), ["Ίσως σας ενδιαφέρει"]);
    }

    #[test]
    fn allows_subjects_that_name_the_matter() {
        assert!(flagged("FYI: new prices from May").is_empty());
        assert!(flagged("Contract for May, signed").is_empty());
        assert!(flagged("К сведению: график отпусков").is_empty());
        assert!(flagged("Договор на май").is_empty());
        assert!(flagged("Ενημέρωση τιμών για τον Μάιο").is_empty());
        assert!(flagged("Σύμβαση Μαΐου").is_empty());
    }

    #[test]
    fn ignores_replies_and_forwards() {
        assert!(flagged("Re: FYI").is_empty());
        assert!(flagged("Fwd: Thought this might interest you").is_empty());
        assert!(flagged("Ответ: Может вас заинтересовать").is_empty());
        assert!(flagged("ΑΠ: Ενημέρωση").is_empty());
    }

    #[test]
    fn ignores_the_body() {
        assert_no_lints("Thought this might interest you: the May prices.", &rule());
        assert_no_lints("Думаем, что это может вас заинтересовать.", &rule());
        assert_no_lints("Μπορεί να σας ενδιαφέρει.", &rule());
    }

    #[test]
    fn has_a_message_in_every_language() {
        assert_eq!(
            messages_in_every_language(&rule(), &with_subject("FYI")).len(),
            3
        );
    }
}
