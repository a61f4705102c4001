use crate::address::Address;
use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::rules::{Category, Rule, Status};
use crate::{plural, tr};

declare_rule! {
    /// ## What it does
    /// Flags a draft whose To and Cc hold many external addresses (five or
    /// more) from different organisations (at least two domains; each
    /// address at a public provider such as gmail.com counts as its own), so
    /// every recipient sees everyone else's address. It suggests Bcc.
    /// Addresses already in Bcc, and colleagues, are not counted.
    ///
    /// ## Why is this bad?
    /// The first seed warns that not every client is glad to receive a
    /// company's mailings; a mailing that also hands each client the
    /// addresses of all the others is worse — it discloses the client list
    /// and invites "reply all". The seed asks to remove from a letter
    /// everything the client should not see before sending.
    ///
    /// ## Example
    /// - en: To: a@alpha.com, b@beta.com, c@gamma.com, d@delta.com, e@gmail.com — "Our new price list"
    /// - ru: Кому: пять клиентов из разных компаний — «Новый прайс-лист»
    /// - el: Προς: πέντε πελάτες από διαφορετικές εταιρείες — «Νέος τιμοκατάλογος»
    ///
    /// ## Options
    /// `internal_domains`: the company's domains, whose addresses are not
    /// counted. The threshold (five addresses) is fixed.
    pub struct ExposedRecipients {}
    info {
        id: "exposed-recipients",
        severity: Severity::Warning,
        category: Category::Privacy,
        languages: &[],
        status: Status::Stable,
        title: tr!(en: "Recipients exposed to each other", ru: "Адреса получателей видны всем", el: "Εκτεθειμένοι παραλήπτες"),
        reason: tr!(
            en: "Every recipient will see the others' addresses: your client list leaks.",
            ru: "Каждый получатель увидит адреса остальных — ваш список клиентов утечёт.",
            el: "Κάθε παραλήπτης θα δει τις διευθύνσεις των άλλων: η λίστα πελατών σας διαρρέει.",
        ),
    }
}

/// This many visible external addresses are too many.
const MIN_ADDRESSES: usize = 5;
/// …when they belong to at least this many organisations.
const MIN_ORGANISATIONS: usize = 2;

impl ExposedRecipients {
    /// Nothing to prepare.
    pub fn new() -> Self {
        ExposedRecipients {}
    }
}

impl Rule for ExposedRecipients {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let visible: Vec<_> = ctx
            .external_recipients()
            .filter(|r| matches!(r.field, Field::To | Field::Cc))
            // "Name/Dept/Corp@CORP" is an address book entry inside one
            // company's mail system, not an address on the Internet.
            .filter(|r| r.address.as_ref().is_some_and(|a| a.domain().contains('.')))
            .collect();
        if visible.len() < MIN_ADDRESSES {
            return;
        }
        let organisations: crate::words::FnvSet<&str> = visible
            .iter()
            .filter_map(|r| r.address.as_ref())
            .map(Address::organisation)
            .collect();
        if organisations.len() < MIN_ORGANISATIONS {
            return;
        }
        let to = visible.iter().filter(|r| r.field == Field::To).count();
        let field = if to * 2 >= visible.len() {
            Field::To
        } else {
            Field::Cc
        };
        let in_field: Vec<_> = visible.iter().filter(|r| r.field == field).collect();
        let range = in_field[0].range.start..in_field[in_field.len() - 1].range.end;
        let addresses = plural!(
            en: [one: "{n} external address", other: "{n} external addresses"],
            ru: [one: "{n} внешний адрес", few: "{n} внешних адреса", many: "{n} внешних адресов"],
            el: [one: "υπάρχει {n} εξωτερική διεύθυνση", other: "υπάρχουν {n} εξωτερικές διευθύνσεις"],
        )
        .format(ctx.ui(), visible.len() as u64);
        let orgs = plural!(
            en: [one: "{n} organisation", other: "{n} organisations"],
            ru: [one: "{n} организации", few: "{n} организаций", many: "{n} организаций"],
            el: [one: "{n} οργανισμό", other: "{n} οργανισμούς"],
        )
        .format(ctx.ui(), organisations.len() as u64);
        let message = tr!(
            en: "Every recipient will see the others' addresses: To and Cc hold {count} from {orgs}. Put them in Bcc.",
            ru: "Все получатели увидят адреса друг друга: в «Кому» и «Копии» {count} из {orgs}. Перенесите их в «Скрытую копию».",
            el: "Όλοι οι παραλήπτες θα δουν τις διευθύνσεις των άλλων: στα πεδία «Προς» και «Κοιν.» {count} από {orgs}. Μεταφέρετέ τις στην «Κρυφή κοινοποίηση».",
        )
        .format(ctx.ui(), &[("count", &addresses), ("orgs", &orgs)]);
        out.push(Diagnostic::new(field, range, message));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::*;

    fn rule() -> ExposedRecipients {
        ExposedRecipients::new()
    }

    fn to(addresses: &[&str]) -> crate::draft::Draft {
        let mut draft = letter("Наш новый прайс-лист. Our new price list. Ο νέος τιμοκατάλογος.");
        draft.to = addresses.iter().map(|a| a.to_string()).collect();
        draft
    }

    #[test]
    fn flags_many_visible_outsiders() {
        let draft = to(&[
            "a@alpha.com",
            "b@beta.ru",
            "Γιώργος <c@gamma.gr>",
            "d@delta.com",
            "e@gmail.com",
        ]);
        let found = run(&rule(), &draft);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].field, Field::To);
        assert_eq!(found[0].excerpt, draft.to.join(", "));
    }

    #[test]
    fn counts_cc_too_and_points_at_the_larger_field() {
        let mut draft = to(&["a@alpha.com"]);
        draft.cc = vec![
            "b@beta.com".into(),
            "c@gamma.com".into(),
            "d@delta.com".into(),
            "Ольга <e@epsilon.ru>".into(),
        ];
        let found = run(&rule(), &draft);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].field, Field::Cc);
    }

    #[test]
    fn allows_bcc_colleagues_and_one_organisation() {
        let mut draft = to(&["a@alpha.com"]);
        draft.bcc = vec![
            "b@beta.com".into(),
            "c@gamma.com".into(),
            "d@delta.com".into(),
            "e@epsilon.com".into(),
        ];
        assert!(run(&rule(), &draft).is_empty());
        let draft = to(&[
            "a@acme.com",
            "b@acme.com",
            "c@acme.com",
            "d@acme.com",
            "e@client.com",
        ]);
        assert!(run(&rule(), &draft).is_empty());
        let draft = to(&[
            "a@client.com",
            "b@client.com",
            "c@client.com",
            "d@client.com",
            "e@client.com",
        ]);
        assert!(run(&rule(), &draft).is_empty());
    }

    #[test]
    fn allows_few_recipients() {
        let draft = to(&["a@alpha.com", "b@beta.com", "c@gamma.com", "d@delta.com"]);
        assert!(run(&rule(), &draft).is_empty());
        let draft = to(&["A/Corp/X@X", "B/HOU/X@Y", "C@Z", "D@W", "e@alpha.com"]);
        assert!(run(&rule(), &draft).is_empty());
    }

    #[test]
    fn messages_exist_in_every_language() {
        let draft = to(&[
            "a@alpha.com",
            "b@beta.com",
            "c@gamma.com",
            "d@delta.com",
            "e@gmail.com",
        ]);
        let messages = messages_in_every_language(&rule(), &draft);
        assert!(messages[1].contains("Скрытую копию"));
    }
}
