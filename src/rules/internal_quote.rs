use crate::address::{is_internal, Address};
use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::layout::Part;
use crate::rules::{Category, Rule, Status};
use crate::tr;

declare_rule! {
    /// ## What it does
    /// Flags a draft to someone outside the company that carries a quoted or
    /// forwarded message exchanged only between colleagues: its header shows
    /// an internal sender and only internal To/Cc addresses. The company's
    /// domains are the configured `internal_domains`, or the sender's domain
    /// when it is not a public mail provider; with none known the rule stays
    /// silent. A quote whose recipients are not shown (a bare "On … wrote:"
    /// line) is not judged.
    ///
    /// ## Why is this bad?
    /// The first seed says: read the letter three times and "remove all the
    /// correspondence with your managers where you discuss the situation with
    /// the client" — "you don't want the client to learn from internal
    /// documents what you and your manager think of him and what you call him
    /// behind his back". When such correspondence reaches the client, further
    /// cooperation is in question. The seed on aggressive letters warns
    /// likewise against forwarding the client's letter to the boss with
    /// comments.
    ///
    /// ## Example
    /// - en: a reply to peter@client.com under "From: Bob <bob@acme.com> To: anna@acme.com — he is a pain, give him 5% and close it"
    /// - ru: ответ клиенту, под которым пересланное «От: boris@acme.ru Кому: anna@acme.ru — клиент капризный, дайте скидку»
    /// - el: απάντηση στον πελάτη με προωθημένο «Από: nikos@acme.gr Προς: anna@acme.gr — δύσκολος πελάτης»
    ///
    /// ## Options
    /// `internal_domains`: the company's mail domains (default: the sender's).
    pub struct InternalQuote {}
    info {
        id: "internal-quote",
        severity: Severity::Error,
        category: Category::Privacy,
        languages: &[],
        status: Status::Stable,
        title: tr!(en: "Internal correspondence quoted", ru: "Внутренняя переписка в письме", el: "Εσωτερική αλληλογραφία στο μήνυμα"),
        reason: tr!(
            en: "The client would read what colleagues wrote about them among themselves.",
            ru: "Клиент прочтёт, что коллеги писали о нём между собой.",
            el: "Ο πελάτης θα διαβάσει τι έγραφαν οι συνάδελφοι μεταξύ τους γι' αυτόν.",
        ),
    }
}

impl InternalQuote {
    /// Nothing to prepare.
    pub fn new() -> Self {
        InternalQuote {}
    }
}

/// True when the part's header shows an internal sender and To/Cc
/// recipients, all of them internal.
fn is_internal_only(part: &Part, internal: &[String]) -> bool {
    let header = &part.header;
    let Some(from) = header.from.as_deref().and_then(Address::parse) else {
        return false;
    };
    let recipients: Vec<Option<Address>> = header
        .to
        .iter()
        .chain(&header.cc)
        .map(|r| Address::parse(r))
        .collect();
    is_internal(from.domain(), internal)
        && !recipients.is_empty()
        && recipients.iter().all(|r| {
            r.as_ref()
                .is_some_and(|a| is_internal(a.domain(), internal))
        })
}

impl Rule for InternalQuote {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        if ctx.internal_domains.is_empty() {
            return;
        }
        let Some(outsider) = ctx.external_recipients().next() else {
            return;
        };
        let outsider = outsider.address.as_ref().map_or("", |a| a.email.as_str());
        for part in ctx.layout.quoted_parts() {
            if !is_internal_only(part, &ctx.internal_domains) {
                continue;
            }
            let text = &ctx.body[part.range.clone()];
            let skip = text.len() - text.trim_start().len();
            let start = part.range.start + skip;
            let end = ctx.body[start..part.range.end]
                .find('\n')
                .map_or(part.range.end, |i| start + i);
            let from = part.header.from.as_deref().unwrap_or("");
            let message = tr!(
                en: "This letter goes to {outsider}, but it carries a message between colleagues (from {from}). Remove it before sending.",
                ru: "Письмо уходит {outsider}, но в нём внутренняя переписка (от {from}). Удалите её перед отправкой.",
                el: "Το μήνυμα πηγαίνει στο {outsider}, αλλά περιέχει αλληλογραφία μεταξύ συναδέλφων (από {from}). Αφαιρέστε την πριν την αποστολή.",
            )
            .format(ctx.ui(), &[("outsider", outsider), ("from", from)]);
            out.push(Diagnostic::new(
                Field::Body,
                start..end.max(start + 1).min(part.range.end),
                message,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::rules::testing::*;

    fn rule() -> InternalQuote {
        InternalQuote::new()
    }

    const INTERNAL_EN: &str = "Peter, the revised offer is below.\n\n-----Original Message-----\nFrom: Bob Stone <bob@acme.com>\nSent: Monday, March 2, 2026 10:00 AM\nTo: Anna Smith <anna@acme.com>\nCc: sales@acme.com\nSubject: Brown\n\nHe is a pain. Give him 5% and close it.\n";
    const INTERNAL_RU: &str = "Пётр, высылаю расчёт.\n\n-------- Пересылаемое сообщение --------\nОт: Борис <boris@acme.com>\nДата: 2 марта 2026\nКому: anna@acme.com\nТема: Браун\n\nКлиент капризный, дайте скидку и закройте.\n";
    const INTERNAL_EL: &str = "Κύριε Brown, η προσφορά παρακάτω.\n\nΑπό: Νίκος <nikos@acme.com>\nΣτάλθηκε: Δευτέρα, 2 Μαρτίου 2026\nΠρος: anna@acme.com\nΘέμα: Brown\n\nΔύσκολος πελάτης, δώσε έκπτωση.\n";

    #[test]
    fn flags_internal_threads_sent_outside_in_each_language() {
        assert_eq!(
            excerpts(&rule(), INTERNAL_EN),
            ["-----Original Message-----"]
        );
        assert_eq!(
            excerpts(&rule(), INTERNAL_RU),
            ["-------- Пересылаемое сообщение --------"]
        );
        assert_eq!(
            excerpts(&rule(), INTERNAL_EL),
            ["Από: Νίκος <nikos@acme.com>"]
        );
    }

    #[test]
    fn flags_internal_threads_under_every_clients_forward_marker() {
        // Thunderbird in Russian, Mail.ru, Apple Mail in Greek, Outlook 365.
        for (marker, from_key) in [
            ("-------- Перенаправленное сообщение --------", "От:"),
            ("-------- Пересылаемое сообщение --------", "От кого:"),
            ("Αρχή προωθημένου μηνύματος:", "Από:"),
            ("________________________________", "From:"),
        ] {
            let body = format!(
                "Peter, see below.\n\n{marker}\n{from_key} Bob <bob@acme.com>\nSent: Monday, 2 March 2026\nTo: anna@acme.com\nSubject: Brown\n\nHe is a pain, give him 5%.\n"
            );
            assert_eq!(excerpts(&rule(), &body), [marker], "{marker}");
        }
    }

    #[test]
    fn allows_internal_threads_between_colleagues() {
        let mut draft = letter(INTERNAL_EN);
        draft.to = vec!["Carl <carl@acme.com>".into()];
        assert!(run(&rule(), &draft).is_empty());
        draft.to = vec!["Carl <carl@eu.acme.com>".into()];
        assert!(run(&rule(), &draft).is_empty());
    }

    #[test]
    fn allows_threads_that_included_the_client() {
        let body = INTERNAL_EN.replace("Cc: sales@acme.com", "Cc: peter@client.com");
        assert_no_lints(&body, &rule());
        assert_no_lints(
            "Ok.\n\nOn Mon, Bob <bob@acme.com> wrote:\n> Peter, the offer is ready.\n",
            &rule(),
        );
        assert_no_lints("Ок.\n\n> Пётр, предложение готово.\n", &rule());
    }

    #[test]
    fn stays_silent_without_a_company_domain() {
        let mut draft = letter(INTERNAL_EN);
        draft.from = "anna.smith@gmail.com".into();
        assert!(run(&rule(), &draft).is_empty());
    }

    #[test]
    fn uses_configured_domains() {
        let mut draft = letter(&INTERNAL_EN.replace("acme.com", "acme-group.com"));
        draft.from = "anna@gmail.com".into();
        let config = Config {
            internal_domains: vec!["acme-group.com".into()],
            ..Config::default()
        };
        assert_eq!(run_with(&rule(), &draft, &config).len(), 1);
    }

    #[test]
    fn messages_exist_in_every_language() {
        messages_in_every_language(&rule(), &letter(INTERNAL_EN));
    }
}
