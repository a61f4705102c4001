use crate::address::Address;
use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::language::Lang;
use crate::phrases::PhraseList;
use crate::rules::{Category, Rule, Status};
use crate::words::TextView;
use crate::{plural, tr};

declare_rule! {
    /// ## What it does
    /// Flags a bulk mail without a way to unsubscribe. A mail is bulk when it
    /// has at least `bulk_recipients` recipients outside the company (To, Cc
    /// and Bcc together) from at least three organisations and is not a reply
    /// or a forward, or says it is a mailing ("newsletter", "mailing
    /// list", "информационная рассылка", "ενημερωτικό δελτίο") — unless it
    /// only confirms a subscription ("спасибо за подписку"). The way out
    /// is unsubscribe wording anywhere in the author's text, footer included
    /// ("unsubscribe", "opt out", "отписаться", "отказаться от рассылки",
    /// "διαγραφή", "απεγγραφή"), or a link whose address mentions
    /// unsubscribing.
    ///
    /// ## Why is this bad?
    /// The first seed, on unwanted mailings: "far from every client is glad
    /// when you send them your news… so if you do send such a mailing, be
    /// sure to provide an 'Unsubscribe' button". Without it the only way out
    /// is the spam button, and the negativity towards the sender grows.
    ///
    /// ## Example
    /// - en: "Our March newsletter: three new products…" — no unsubscribe link
    /// - ru: "Информационная рассылка: новинки марта…" — нет ссылки «Отписаться»
    /// - el: "Ενημερωτικό δελτίο Μαρτίου…" — χωρίς σύνδεσμο διαγραφής
    ///
    /// ## Options
    /// `bulk_recipients` (default 10): the number of recipients that makes a
    /// mail bulk. The wording is in `missing_unsubscribe.txt`,
    /// `missing_unsubscribe.confirmations.txt` and
    /// `missing_unsubscribe.optout.txt` beside this file.
    pub struct MissingUnsubscribe {
        newsletter: PhraseList,
        confirmations: PhraseList,
        optout: PhraseList,
    }
    info {
        id: "missing-unsubscribe",
        severity: Severity::Error,
        category: Category::Bulk,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "No unsubscribe link", ru: "Нет ссылки «Отписаться»", el: "Χωρίς σύνδεσμο διαγραφής"),
        reason: tr!(
            en: "Without a way to unsubscribe, the spam button is the only way out.",
            ru: "Без возможности отписаться у получателя остаётся только кнопка «Спам».",
            el: "Χωρίς τρόπο διαγραφής, η μόνη διέξοδος είναι το κουμπί «Ανεπιθύμητο».",
        ),
    }
}

/// A mail to many recipients is a mailing when they belong to at least this
/// many organisations (each address at a public provider counts as one).
const MIN_ORGANISATIONS: usize = 3;

/// Words in a link's address that mean it unsubscribes.
pub const OPTOUT_IN_HREF: &[&str] = &[
    "unsub",
    "optout",
    "opt-out",
    "opt_out",
    "otpis",
    "remove",
    "preferences",
];

impl MissingUnsubscribe {
    /// Prepares the phrase lists.
    pub fn new() -> Self {
        MissingUnsubscribe {
            newsletter: PhraseList::builtin(
                "missing_unsubscribe",
                crate::phrase_file!("missing_unsubscribe.txt"),
            ),
            confirmations: PhraseList::builtin(
                "missing_unsubscribe.confirmations",
                crate::phrase_file!("missing_unsubscribe.confirmations.txt"),
            ),
            optout: optout_list(),
        }
    }
}

/// The unsubscribe wording, shared with `broken-unsubscribe`.
pub fn optout_list() -> PhraseList {
    PhraseList::builtin(
        "missing_unsubscribe.optout",
        crate::phrase_file!("missing_unsubscribe.optout.txt"),
    )
}

/// True when the draft answers or passes on a message: a conversation with
/// many people, not a mailing.
fn is_reply_or_forward(ctx: &Context) -> bool {
    ctx.draft.reply_to.is_some()
        || ctx.layout.quoted_parts().next().is_some()
        || crate::subject::is_reply_or_forward(&ctx.draft.subject)
}

/// The words of the signature (the author's own text without it is
/// `ctx.own`).
pub fn signature_view(ctx: &Context) -> TextView {
    ctx.layout
        .signature
        .clone()
        .map(|range| TextView::new(&ctx.body, &[range]))
        .unwrap_or_default()
}

/// True when a link's address unsubscribes.
pub fn is_optout_href(href: &str) -> bool {
    let href = href.to_ascii_lowercase();
    OPTOUT_IN_HREF.iter().any(|w| href.contains(w))
}

impl Rule for MissingUnsubscribe {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        // Many people at one or two companies are a working group; a
        // mailing reaches many organisations.
        let organisations: crate::words::FnvSet<&str> = ctx
            .external_recipients()
            .filter_map(|r| r.address.as_ref())
            .map(Address::organisation)
            .collect();
        let outsiders = ctx.external_recipients().count();
        let many = outsiders >= ctx.config.bulk_recipients.max(1)
            && organisations.len() >= MIN_ORGANISATIONS
            && !is_reply_or_forward(ctx);
        let wording = self.newsletter.find_iter(&ctx.subject).next().map(|m| {
            (
                Field::Subject,
                ctx.subject.span(m.words.start, m.words.end - 1),
            )
        });
        // The author's text and, apart, the signature, where mailings keep
        // their footer (no second reading of the whole body).
        let signature = signature_view(ctx);
        let views = [&ctx.own, &signature];
        let wording = wording
            .or_else(|| {
                views.iter().find_map(|view| {
                    self.newsletter
                        .find_iter(view)
                        .next()
                        .map(|m| (Field::Body, view.span(m.words.start, m.words.end - 1)))
                })
            })
            .filter(|_| {
                !views.iter().any(|v| self.confirmations.is_found_in(v))
                    && !self.confirmations.is_found_in(&ctx.subject)
            });
        if !many && wording.is_none() {
            return;
        }
        let has_optout = views.iter().any(|v| self.optout.is_found_in(v))
            || self.optout.is_found_in(&ctx.subject)
            || crate::html::links(&ctx.draft.html)
                .iter()
                .any(|l| l.href.as_deref().is_some_and(is_optout_href));
        if has_optout {
            return;
        }
        let (field, range) = match wording {
            Some(found) => found,
            None => {
                let outside: Vec<_> = ctx.external_recipients().collect();
                let field = outside.last().map_or(Field::To, |r| r.field);
                let in_field: Vec<_> = outside.into_iter().filter(|r| r.field == field).collect();
                (
                    field,
                    in_field[0].range.start..in_field[in_field.len() - 1].range.end,
                )
            }
        };
        let count = plural!(
            en: [one: "{n} recipient", other: "{n} recipients"],
            ru: [one: "{n} получатель", few: "{n} получателя", many: "{n} получателей"],
            el: [one: "{n} παραλήπτη", other: "{n} παραλήπτες"],
        )
        .format(ctx.ui(), outsiders as u64);
        let message = if many {
            tr!(
                en: "This mail goes to {count} but offers no way to unsubscribe. Add an “Unsubscribe” link.",
                ru: "У письма {count}, но отписаться нельзя. Добавьте ссылку «Отписаться от рассылки».",
                el: "Το μήνυμα έχει {count}, αλλά δεν προσφέρει τρόπο διαγραφής. Προσθέστε σύνδεσμο «Διαγραφή».",
            )
        } else {
            tr!(
                en: "This is a mailing, but it offers no way to unsubscribe. Add an “Unsubscribe” link.",
                ru: "Это рассылка, но отписаться от неё нельзя. Добавьте ссылку «Отписаться от рассылки».",
                el: "Πρόκειται για μαζική αποστολή χωρίς δυνατότητα διαγραφής. Προσθέστε σύνδεσμο «Διαγραφή».",
            )
        }
        .format(ctx.ui(), &[("count", &count)]);
        out.push(Diagnostic::new(field, range, message));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::rules::testing::*;

    fn rule() -> MissingUnsubscribe {
        MissingUnsubscribe::new()
    }

    #[test]
    fn flags_newsletters_without_a_way_out_in_each_language() {
        assert_eq!(
            excerpts(&rule(), "Our March newsletter: three new products."),
            ["newsletter"]
        );
        assert_eq!(
            excerpts(&rule(), "Информационная рассылка: новинки марта."),
            ["Информационная рассылка"]
        );
        assert_eq!(
            excerpts(&rule(), "Ενημερωτικό δελτίο Μαρτίου: τρία νέα προϊόντα."),
            ["Ενημερωτικό δελτίο"]
        );
        assert_eq!(
            excerpts(&rule(), "Наша рассылка выходит по понедельникам."),
            ["Наша рассылка"]
        );
    }

    #[test]
    fn flags_many_recipients() {
        let mut draft = letter("Spring prices inside.");
        draft.bcc = (0..10).map(|i| format!("c{i}@client{i}.com")).collect();
        let mut one_company = draft.clone();
        one_company.bcc = (0..10).map(|i| format!("c{i}@client.com")).collect();
        assert!(run(&rule(), &one_company).is_empty());
        let mut forward = draft.clone();
        forward.subject = "Fwd: spring prices".into();
        assert!(run(&rule(), &forward).is_empty());
        let found = run(&rule(), &draft);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].field, Field::Bcc);
        let config = Config {
            bulk_recipients: 20,
            ..Config::default()
        };
        assert!(run_with(&rule(), &draft, &config).is_empty());
    }

    #[test]
    fn allows_mailings_with_a_way_out() {
        assert_no_lints(
            "Our March newsletter.\n\nTo unsubscribe, reply STOP.",
            &rule(),
        );
        assert_no_lints(
            "Our newsletter.\n\n--\nAcme\nOpt out: acme.com/out",
            &rule(),
        );
        assert_no_lints(
            "Информационная рассылка.\n\nЧтобы отписаться, нажмите здесь.",
            &rule(),
        );
        assert_no_lints(
            "Новостная рассылка. Отказаться от рассылки можно в профиле.",
            &rule(),
        );
        assert_no_lints("Ενημερωτικό δελτίο.\n\nΓια απεγγραφή πατήστε εδώ.", &rule());
        assert_no_lints("Ενημερωτικό δελτίο. Διαγραφή από τη λίστα.", &rule());
        let mut draft = letter("");
        draft.html =
            r#"<p>Our newsletter.</p><a href="https://acme.com/u?id=1&amp;unsub=1">Leave</a>"#
                .into();
        assert!(run(&rule(), &draft).is_empty());
    }

    #[test]
    fn allows_subscription_confirmations_and_mail_to_colleagues() {
        assert_no_lints("Thank you for subscribing to our newsletter!", &rule());
        assert_no_lints("Спасибо за подписку на нашу рассылку.", &rule());
        assert_no_lints(
            "Ευχαριστούμε για την εγγραφή σας στο ενημερωτικό δελτίο.",
            &rule(),
        );
        let mut draft = letter("Team meeting moved to 3 pm.");
        draft.to = (0..12).map(|i| format!("user{i}@acme.com")).collect();
        assert!(run(&rule(), &draft).is_empty());
    }

    #[test]
    fn allows_ordinary_letters() {
        assert_no_lints("The contract is ready for signing.", &rule());
        assert_no_lints("Договор готов к подписанию.", &rule());
        assert_no_lints("Το συμβόλαιο είναι έτοιμο.", &rule());
    }

    #[test]
    fn ignores_newsletters_quoted_in_a_reply() {
        assert_no_lints(
            "Thanks!\n\nOn Mon, Acme wrote:\n> Our newsletter: news.\n",
            &rule(),
        );
        assert_no_lints("Спасибо.\n\n> Информационная рассылка.\n", &rule());
        assert_no_lints("Ευχαριστώ.\n\n> Ενημερωτικό δελτίο.\n", &rule());
    }

    #[test]
    fn messages_exist_in_every_language() {
        messages_in_every_language(&rule(), &letter("Our newsletter."));
    }
}
