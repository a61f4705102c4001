use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::language::Lang;
use crate::phrases::PhraseList;
use crate::rules::{Category, Rule, Status};
use crate::tone::{Judgement, Part, ToneJudge};
use crate::tr;
use crate::words::TextView;
use std::ops::Range;

declare_rule! {
    /// ## What it does
    /// Reads the message being answered (`reply_to.body`, or the quoted part
    /// of the draft nearest the reply). When it is angry — as the same judgement of tone that
    /// the tone rules use finds it: insults, rebukes, charged words
    /// ("безобразие", "unacceptable", "απαράδεκτο"), "!!!", capitals,
    /// counting… — and the reply
    /// does not acknowledge the feeling anywhere ("понимаю ваше
    /// недовольство", "I understand how frustrating", "καταλαβαίνω την
    /// ενόχλησή σας", or an apology), it suggests doing so.
    ///
    /// ## Why is this bad?
    /// Mistake 2 of the seed on aggressive client letters is "suppressing
    /// the emotions and answering to the point, in the style of 'all is calm
    /// in Baghdad'": "do not lie to yourself or to the client — nothing is
    /// calm". Emotions can be given an outlet, "correctly and in a civilised
    /// way". A reply that ignores the client's anger reads as indifference
    /// and feeds the conflict.
    ///
    /// ## Example
    /// - en: a reply "Your order ships on Monday." to "This is unacceptable!!! Third delay!"
    /// - ru: "Заказ отправим в понедельник." в ответ на «Это безобразие! Сколько можно ждать?!»
    /// - el: "Η παραγγελία φεύγει τη Δευτέρα." ως απάντηση στο «Απαράδεκτο! Αίσχος!»
    ///
    /// ## Options
    /// None. Acknowledging phrases are in `ignores_emotion.txt`; anger is
    /// recognised by the tone judgement of `insult`, `indignation`,
    /// `emotional-tone` and `shouting`.
    pub struct IgnoresEmotion {}
    info {
        id: "ignores-emotion",
        severity: Severity::Info,
        category: Category::Tone,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "Anger left unacknowledged", ru: "Эмоции клиента без ответа", el: "Αγνοημένος θυμός"),
        reason: tr!(
            en: "Answering an angry client only on the facts reads as indifference.",
            ru: "Ответ рассерженному клиенту только по существу читается как равнодушие.",
            el: "Μια απάντηση μόνο επί της ουσίας σε θυμωμένο πελάτη διαβάζεται ως αδιαφορία.",
        ),
    }
}

/// Words that acknowledge the reader's feelings ("you're right",
/// "понимаю ваше недовольство", "ξέρω ότι δεν είναι ευχάριστο"), besides
/// what the tone judgement reads as soothing; also read by
/// `bad-news-by-email`.
pub(crate) fn acknowledgement_phrases() -> &'static PhraseList {
    crate::static_phrase_list!("ignores_emotion", "ignores_emotion.txt")
}

/// Signs of anger that make a message angry.
impl IgnoresEmotion {
    /// Prepares the phrase list.
    pub fn new() -> Self {
        // Prepared with the rule, so the first check does not pay for it.
        acknowledgement_phrases();
        IgnoresEmotion {}
    }

    /// True when the message being answered is angry.
    fn is_angry(&self, ctx: &Context) -> bool {
        let judge = |text: &str, view: &TextView, ranges: &[Range<usize>]| {
            ToneJudge::shared()
                .judge(&Part {
                    field: Field::Body,
                    text,
                    view,
                    ranges,
                })
                .agitated
        };
        match &ctx.draft.reply_to {
            Some(reply) if !reply.body.trim().is_empty() => judge(
                &reply.body,
                ctx.replied_message(),
                std::slice::from_ref(&(0..reply.body.len())),
            ),
            // The message answered is the quote nearest the reply, not the
            // whole history below it.
            _ => ctx.layout.quoted_parts().next().is_some_and(|part| {
                let range = part.range.clone();
                let view = TextView::new(&ctx.body, std::slice::from_ref(&range));
                judge(&ctx.body, &view, &[range])
            }),
        }
    }
}

impl Rule for IgnoresEmotion {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(first) = ctx.own.words.first() else {
            return;
        };
        let acknowledged =
            Judgement::of(ctx).soothes || acknowledgement_phrases().is_found_in(&ctx.own);
        if acknowledged || !self.is_angry(ctx) {
            return;
        }
        let line_end = ctx.body[first.range.start..]
            .find('\n')
            .map_or(ctx.body.len(), |i| first.range.start + i);
        let end = ctx
            .own
            .words
            .iter()
            .take_while(|w| w.range.end <= line_end)
            .last()
            .map_or(first.range.end, |w| w.range.end);
        out.push(Diagnostic::new(
            Field::Body,
            first.range.start..end,
            ctx.text(&tr!(
                en: "The message you are answering is angry, and the reply does not acknowledge it. Start by recognising the client's frustration (“I understand how frustrating this is”).",
                ru: "Письмо, на которое вы отвечаете, гневное, а в ответе об этом ни слова. Начните с признания чувств клиента («Понимаю ваше недовольство»).",
                el: "Το μήνυμα στο οποίο απαντάτε είναι θυμωμένο και η απάντηση δεν το αναγνωρίζει. Ξεκινήστε αναγνωρίζοντας την ενόχληση του πελάτη («Καταλαβαίνω την ενόχλησή σας»).",
            )),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::ReplyTo;
    use crate::rules::testing::*;

    fn rule() -> IgnoresEmotion {
        IgnoresEmotion::new()
    }

    #[test]
    fn flags_a_dry_answer_to_an_angry_quote_in_each_language() {
        assert_eq!(
            excerpts(
                &rule(),
                "Your order ships on Monday.\n\nOn Mon, Peter wrote:\n> This is unacceptable!!! Third delay, ridiculous.\n"
            ),
            ["Your order ships on Monday"]
        );
        assert_lint_count(
            "Заказ отправим в понедельник.\n\n> Это безобразие! Сколько можно ждать?!\n",
            &rule(),
            1,
        );
        assert_lint_count(
            "Η παραγγελία φεύγει τη Δευτέρα.\n\n> Απαράδεκτο! Είναι αίσχος!\n",
            &rule(),
            1,
        );
    }

    #[test]
    fn reads_the_reply_to_body() {
        let mut draft = letter("Заказ отправлен.");
        draft.reply_to = Some(ReplyTo {
            from: "peter@client.com".into(),
            date: String::new(),
            body: "Вы там совсем идиоты? Третий раз срываете сроки!".into(),
        });
        assert_eq!(run(&rule(), &draft).len(), 1);
    }

    #[test]
    fn allows_a_reply_that_acknowledges_the_feeling() {
        assert_no_lints(
            "I understand how frustrating this is. Your order ships on Monday.\n\n> This is unacceptable!!! Ridiculous.\n",
            &rule(),
        );
        assert_no_lints(
            "Понимаю ваше недовольство. Заказ отправим в понедельник.\n\n> Это возмутительно! Безобразие!\n",
            &rule(),
        );
        assert_no_lints(
            "Καταλαβαίνω την ενόχλησή σας. Η παραγγελία φεύγει τη Δευτέρα.\n\n> Απαράδεκτο! Αίσχος!\n",
            &rule(),
        );
    }

    /// Saying the writer knows the news is unwelcome acknowledges how it
    /// lands; knowing only the facts does not.
    #[test]
    fn knowing_the_news_is_unwelcome_acknowledges_the_reader() {
        for body in [
            "I know this is not the news you wanted. The refund takes ten days.\n\n> This is unacceptable!!! Ridiculous.\n",
            "Понимаю, что такие новости никого не радуют. Возврат займёт десять дней.\n\n> Это возмутительно! Безобразие!\n",
            "Ξέρω ότι δεν είναι τα νέα που περιμένατε. Η επιστροφή θα πάρει δέκα μέρες.\n\n> Απαράδεκτο! Αίσχος!\n",
        ] {
            assert_no_lints(body, &rule());
        }
        for body in [
            "I know the refund takes ten days.\n\n> This is unacceptable!!! Ridiculous.\n",
            "Понимаю, что возврат займёт десять дней.\n\n> Это возмутительно! Безобразие!\n",
            "Ξέρω ότι η επιστροφή θα πάρει δέκα μέρες.\n\n> Απαράδεκτο! Αίσχος!\n",
        ] {
            assert_lint_count(body, &rule(), 1);
        }
    }

    #[test]
    fn allows_answers_to_calm_messages() {
        assert_no_lints(
            "Monday works.\n\n> When will the order ship? Thanks!\n",
            &rule(),
        );
        assert_no_lints("В понедельник.\n\n> Когда отправите заказ?\n", &rule());
        assert_no_lints("Τη Δευτέρα.\n\n> Πότε φεύγει η παραγγελία;\n", &rule());
        assert_no_lints("No quote here at all, just a short note.", &rule());
    }

    #[test]
    fn messages_exist_in_every_language() {
        messages_in_every_language(
            &rule(),
            &letter("Shipped.\n\n> Outrageous! Unacceptable!\n"),
        );
    }
}
