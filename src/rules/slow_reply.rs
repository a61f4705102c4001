use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::i18n::UiLang;
use crate::language::Lang;
use crate::phrases::PhraseList;
use crate::rules::spans::first_own_line;
use crate::rules::{Category, Rule, Status};
use crate::time::parse_date;
use crate::{plural, tr};
use std::ops::Range;

declare_rule! {
    /// ## What it does
    /// Flags a reply sent more than `reply_delay_hours` (default 24) after
    /// the message it answers arrived (`reply_to.date`, RFC 3339 or RFC
    /// 2822, compared with the time of the check) when the author's own text
    /// does not acknowledge the delay ("sorry for the late reply", "thank you
    /// for your patience", "извините за задержку", "простите за долгий
    /// ответ", "συγγνώμη για την καθυστέρηση"). The finding is on the
    /// greeting, or on the first line of the author's text. A draft that is
    /// not a reply, or whose answered message has no readable date, is left
    /// alone.
    ///
    /// ## Why is this bad?
    /// The seed on handling mail in a company asks to answer every message
    /// within 24 hours ("ответить на все наши сообщения в течение 24 часов"),
    /// and, when that is impossible, to tell the client that their problem is
    /// being worked on: a quick reply builds trust. The seed on aggressive
    /// client letters names delaying the answer as the first critical
    /// mistake. A late answer that pretends to be on time reads as
    /// indifference; one sentence of acknowledgement repairs it.
    ///
    /// ## Example
    /// - en: "Hi Peter, the contract is ready." — three days after his letter
    /// - ru: "Добрый день, Ольга! Договор готов." — через три дня после её письма
    /// - el: "Καλημέρα σας, το συμβόλαιο είναι έτοιμο." — τρεις μέρες μετά
    ///
    /// ## Options
    /// `reply_delay_hours` (default 24): how many hours after the answered
    /// message arrived a reply counts as late. The acknowledging phrases are
    /// in `slow_reply.txt` beside this file.
    pub struct SlowReply {
        acknowledgements: PhraseList,
    }
    info {
        id: "slow-reply",
        severity: Severity::Warning,
        category: Category::Content,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "Late reply", ru: "Запоздалый ответ", el: "Καθυστερημένη απάντηση"),
        reason: tr!(
            en: "A late answer that does not mention the delay reads as indifference.",
            ru: "Запоздалый ответ, не упоминающий задержку, выглядит как безразличие.",
            el: "Μια καθυστερημένη απάντηση που δεν αναφέρει την καθυστέρηση μοιάζει με αδιαφορία.",
        ),
    }
}

impl SlowReply {
    /// Prepares the phrase list.
    pub fn new() -> Self {
        SlowReply {
            acknowledgements: PhraseList::builtin(
                "slow_reply",
                crate::phrase_file!("slow_reply.txt"),
            ),
        }
    }
}

/// The greeting line, or else the first non-blank line of the author's text.
fn opening_line(ctx: &Context) -> Option<Range<usize>> {
    ctx.layout.greeting.clone().or_else(|| first_own_line(ctx))
}

/// "3 days" / "30 hours" in the interface language.
fn elapsed(hours: i64, ui: UiLang) -> String {
    let hours = hours.max(0) as u64;
    if hours >= 48 {
        plural!(
            en: [one: "{n} day", other: "{n} days"],
            ru: [one: "{n} день", few: "{n} дня", many: "{n} дней"],
            el: [one: "{n} ημέρα", other: "{n} ημέρες"],
        )
        .format(ui, hours / 24)
    } else {
        plural!(
            en: [one: "{n} hour", other: "{n} hours"],
            ru: [one: "{n} час", few: "{n} часа", many: "{n} часов"],
            el: [one: "{n} ώρα", other: "{n} ώρες"],
        )
        .format(ui, hours)
    }
}

impl Rule for SlowReply {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(reply_to) = &ctx.draft.reply_to else {
            return;
        };
        let Some(received) = parse_date(&reply_to.date) else {
            return;
        };
        let minutes = ctx.now.minutes_since(received);
        if (minutes as f64) <= ctx.config.reply_delay_hours * 60.0 {
            return;
        }
        if self.acknowledgements.is_found_in(&ctx.own) {
            return;
        }
        let Some(range) = opening_line(ctx) else {
            return;
        };
        let message = tr!(
            en: "You are answering {time} after the message arrived. Acknowledge the delay (“Sorry for the late reply”).",
            ru: "Вы отвечаете через {time} после получения письма. Признайте задержку («Извините за задержку с ответом»).",
            el: "Απαντάτε {time} μετά την άφιξη του μηνύματος. Αναγνωρίστε την καθυστέρηση («Συγγνώμη για την καθυστέρηση»).",
        )
        .format(ctx.ui(), &[("time", &elapsed(minutes / 60, ctx.ui()))]);
        out.push(Diagnostic::new(Field::Body, range, message));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::draft::{Draft, ReplyTo};
    use crate::rules::testing::*;

    fn rule() -> SlowReply {
        SlowReply::new()
    }

    const NOW: &str = "2026-03-05T12:00:00+00:00";

    fn reply(body: &str, received: &str) -> Draft {
        let mut draft = letter(body);
        draft.now = Some(NOW.into());
        draft.reply_to = Some(ReplyTo {
            from: "Peter Brown <peter@client.com>".into(),
            date: received.into(),
            body: "Where is the contract?".into(),
        });
        draft
    }

    fn flagged(body: &str, received: &str) -> Vec<String> {
        run(&rule(), &reply(body, received))
            .into_iter()
            .map(|f| f.excerpt)
            .collect()
    }

    #[test]
    fn flags_late_replies_in_each_language() {
        let three_days = "2026-03-02T10:00:00+00:00";
        assert_eq!(
            flagged("Hi Peter,\n\nthe contract is ready.", three_days),
            ["Hi Peter,"]
        );
        assert_eq!(
            flagged("Добрый день, Пётр!\n\nДоговор готов.", three_days),
            ["Добрый день, Пётр!"]
        );
        assert_eq!(
            flagged("Καλημέρα σας,\n\nτο συμβόλαιο είναι έτοιμο.", three_days),
            ["Καλημέρα σας,"]
        );
    }

    #[test]
    fn flags_the_first_line_without_a_greeting_and_reads_rfc2822() {
        assert_eq!(
            flagged(
                "  The contract is ready.\nSee you.",
                "Mon, 2 Mar 2026 10:00:00 +0000"
            ),
            ["The contract is ready."]
        );
    }

    #[test]
    fn says_how_late_in_each_language() {
        let draft = reply("Договор готов.", "2026-03-02T10:00:00+00:00");
        let messages = messages_in_every_language(&rule(), &draft);
        assert!(messages[0].contains("3 days"), "{}", messages[0]);
        assert!(messages[1].contains("3 дня"), "{}", messages[1]);
        assert!(messages[2].contains("3 ημέρες"), "{}", messages[2]);
        assert_eq!(elapsed(30, UiLang::Ru), "30 часов");
        assert_eq!(elapsed(121, UiLang::Ru), "5 дней");
        assert_eq!(elapsed(25, UiLang::Ru), "25 часов");
        assert_eq!(elapsed(24 * 21, UiLang::Ru), "21 день");
    }

    #[test]
    fn allows_a_delay_acknowledged_in_free_wording() {
        let late = "2026-03-01T10:00:00+00:00";
        for body in [
            "Dear Peter,\n\nApologies for the slow response. The contract is ready.",
            "Hi Peter,\n\nSorry it took me a while to get back to you. It is ready.",
            "Добрый день!\n\nПрошу прощения, что отвечаю только сейчас. Договор готов.",
            "Пётр, здравствуйте!\n\nСпасибо, что подождали. Договор готов.",
            "Καλημέρα σας,\n\nζητώ συγγνώμη που απαντώ με τόση καθυστέρηση. Είναι έτοιμο.",
            "Καλημέρα σας,\n\nσυγγνώμη που άργησα να σας απαντήσω. Είναι έτοιμο.",
        ] {
            assert!(flagged(body, late).is_empty(), "{body}");
        }
        // A word of delay that acknowledges nothing is not enough.
        assert_eq!(
            flagged("Dear Peter,\n\nThe delay penalty is 2%.", late).len(),
            1
        );
        assert_eq!(
            flagged("Пётр, добрый день!\n\nОтвечаю на вопрос: да.", late).len(),
            1
        );
        assert_eq!(
            flagged("Καλημέρα σας,\n\nαπαντώ στην ερώτηση: ναι.", late).len(),
            1
        );
    }

    /// Written before the list grew (2026-12-04, late night): a delay
    /// acknowledged in other words, eight ways per language; an apology for
    /// something else acknowledges nothing.
    #[test]
    fn allows_a_delay_acknowledged_in_other_words() {
        let late = "2026-03-02T10:00:00+00:00";
        for body in [
            "Sorry it took me a while to get back to you. The contract is ready.",
            "Sorry for going quiet last week. The contract is ready.",
            "I know this is overdue, my apologies. The contract is ready.",
            "Forgive the slow turnaround. The contract is ready.",
            "My apologies for the radio silence. The contract is ready.",
            "I'm only now catching up on my inbox, sorry. The contract is ready.",
            "This reply is long overdue. The contract is ready.",
            "Sorry I dropped the ball on this. The contract is ready.",
            "Простите, что так долго. Договор готов.",
            "Извините, что не сразу ответил. Договор готов.",
            "Извините, совсем закрутился и не ответил вовремя. Договор готов.",
            "Прошу прощения, ваше письмо затерялось у меня в почте. Договор готов.",
            "Приношу извинения за паузу с ответом. Договор готов.",
            "Виноват, что пропустил ваше письмо. Договор готов.",
            "Прошу прощения, что отвечаю спустя неделю. Договор готов.",
            "Знаю, что затянул, извините. Договор готов.",
            "Συγγνώμη που άργησα να απαντήσω. Το συμβόλαιο είναι έτοιμο.",
            "Ζητώ συγγνώμη για την αργοπορία. Το συμβόλαιο είναι έτοιμο.",
            "Συγγνώμη για τη σιωπή αυτές τις μέρες. Το συμβόλαιο είναι έτοιμο.",
            "Συγγνώμη, το μήνυμά σας χάθηκε στα εισερχόμενα. Το συμβόλαιο είναι έτοιμο.",
            "Με συγχωρείτε που δεν σας απάντησα νωρίτερα. Το συμβόλαιο είναι έτοιμο.",
            "Συγγνώμη που σας απαντώ μετά από μια εβδομάδα. Το συμβόλαιο είναι έτοιμο.",
            "Ξέρω ότι άργησα, συγγνώμη. Το συμβόλαιο είναι έτοιμο.",
            "Σας ευχαριστώ που περιμένατε. Το συμβόλαιο είναι έτοιμο.",
        ] {
            assert!(flagged(body, late).is_empty(), "{body:?}");
        }
        for body in [
            "Sorry, the contract is not ready yet.",
            "Извините, договор ещё не готов.",
            "Συγγνώμη, το συμβόλαιο δεν είναι ακόμα έτοιμο.",
        ] {
            assert_eq!(flagged(body, late).len(), 1, "{body:?}");
        }
    }

    #[test]
    fn allows_acknowledged_delay_in_inflected_forms() {
        let late = "2026-03-01T10:00:00+00:00";
        assert!(flagged(
            "Hi Peter,\n\nsorry for the late reply. The contract is ready.",
            late
        )
        .is_empty());
        assert!(flagged("Apologies for the delays. Ready now.", late).is_empty());
        assert!(flagged(
            "Добрый день!\n\nИзвините за задержку с ответом. Договор готов.",
            late
        )
        .is_empty());
        assert!(flagged("Простите, что долго не отвечала. Договор готов.", late).is_empty());
        assert!(flagged(
            "Καλημέρα σας,\n\nσυγγνώμη για την καθυστέρηση. Είναι έτοιμο.",
            late
        )
        .is_empty());
        assert!(flagged("Σας ευχαριστούμε για την υπομονή σας.", late).is_empty());
    }

    #[test]
    fn ignores_an_acknowledgement_in_the_quote() {
        let late = "2026-03-01T10:00:00+00:00";
        let body = "Ready.\n\nOn Sun, Peter wrote:\n> Sorry for the late reply.\n";
        assert_eq!(flagged(body, late), ["Ready."]);
        assert_eq!(
            flagged("Готово.\n\n> Извините за задержку.\n", late),
            ["Готово."]
        );
        assert_eq!(
            flagged("Έτοιμο.\n\n> Συγγνώμη για την καθυστέρηση.\n", late),
            ["Έτοιμο."]
        );
    }

    #[test]
    fn allows_quick_replies_and_non_replies() {
        assert!(flagged("Hi Peter, ready.", "2026-03-05T09:00:00+00:00").is_empty());
        assert!(flagged("Договор готов.", "2026-03-04T13:00:00+00:00").is_empty());
        assert!(flagged("Είναι έτοιμο.", "not a date").is_empty());
        assert_no_lints("Hi Peter, the contract is ready.", &rule());
    }

    #[test]
    fn follows_the_configured_delay() {
        let draft = reply("Ready.", "2026-03-05T06:00:00+00:00");
        let config = Config {
            reply_delay_hours: 4.0,
            ..Config::default()
        };
        assert_eq!(run_with(&rule(), &draft, &config).len(), 1);
        assert!(run(&rule(), &draft).is_empty());
    }

    #[test]
    fn allows_a_russian_delay_owned_in_other_words() {
        let late = "2026-03-01T10:00:00+00:00";
        for body in [
            "Добрый день!\n\nИзвиняюсь, что так затянул с ответом. Договор готов.",
            "Добрый день!\n\nПростите, что пропала на неделю: была в отпуске. Договор готов.",
        ] {
            assert!(flagged(body, late).is_empty(), "{body}");
        }
        assert_eq!(
            flagged("Договор затянули юристы, но он готов.", late).len(),
            1
        );
    }
}
