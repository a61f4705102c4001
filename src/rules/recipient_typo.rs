use crate::address::{is_public_provider, PUBLIC_PROVIDERS};
use crate::context::{Context, Diagnostic, Recipient};
use crate::finding::Severity;
use crate::rules::{Category, Rule, Status};
use crate::tr;
use std::collections::HashMap;

declare_rule! {
    /// ## What it does
    /// Flags a recipient whose domain is one typo (a letter added, missing,
    /// changed, or two letters swapped) away from a well-known mail provider
    /// ("gmial.com", "yandex.ry", "mail.ri") or from a domain already in the
    /// draft — the sender's, a colleague's, or one used by more recipients
    /// ("client.com" and "cleint.com"). It offers the corrected address.
    /// A real country domain is not a typo: "yahoo.fr" is not "yahoo.gr".
    ///
    /// ## Why is this bad?
    /// A letter to a mistyped domain never arrives, or worse, arrives at a
    /// stranger's server. The seed on keeping a dialogue asks to re-check
    /// every message before sending ("attention to detail": accuracy keeps the
    /// client's trust); an address is the one detail that decides whether the
    /// letter is read at all.
    ///
    /// ## Example
    /// - en: To: peter@gmial.com
    /// - ru: Кому: olga@yandex.ry
    /// - el: Προς: nikos@cleint.gr, maria@client.gr
    ///
    /// ## Options
    /// None. The providers are presend's list of public mail providers.
    pub struct RecipientTypo {}
    info {
        id: "recipient-typo",
        severity: Severity::Warning,
        category: Category::Privacy,
        languages: &[],
        status: Status::Stable,
        title: tr!(en: "Typo in an address", ru: "Опечатка в адресе", el: "Λάθος στη διεύθυνση"),
        reason: tr!(
            en: "A letter to a mistyped domain never arrives, or reaches a stranger.",
            ru: "Письмо на адрес с опечаткой не дойдёт или попадёт к чужим.",
            el: "Ένα μήνυμα σε διεύθυνση με τυπογραφικό λάθος δεν φτάνει ποτέ ή φτάνει σε αγνώστους.",
        ),
    }
}

/// Top-level domains in common use: a domain that differs from another only
/// there is another country's site, not a typo.
const REAL_TLDS: &[&str] = &[
    "com", "net", "org", "info", "biz", "edu", "gov", "int", "io", "co", "me", "tv", "eu", "ru",
    "su", "ua", "by", "kz", "uz", "am", "az", "ge", "md", "gr", "cy", "de", "fr", "it", "es", "pt",
    "uk", "ie", "us", "ca", "au", "nz", "nl", "be", "lu", "ch", "at", "pl", "cz", "sk", "si", "hr",
    "rs", "ba", "bg", "ro", "hu", "lt", "lv", "ee", "fi", "se", "no", "dk", "is", "tr", "il", "ae",
    "sa", "in", "cn", "jp", "kr", "tw", "hk", "sg", "my", "id", "th", "vn", "ph", "br", "ar", "mx",
    "cl", "pe", "za", "eg", "ng", "ke", "al", "mk", "mt", "li", "mc",
];

/// Below this length the name part of a domain is too short to call a
/// one-letter difference a typo ("gm.com" and "gmx.com" are both real).
const MIN_NAME: usize = 5;

impl RecipientTypo {
    /// Nothing to prepare.
    pub fn new() -> Self {
        RecipientTypo {}
    }
}

/// True when `a` and `b` differ by one insertion, deletion, substitution or
/// swap of two neighbouring letters.
pub fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Equal => {
            ra[1..] == rb[1..]
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        std::cmp::Ordering::Greater => ra[1..] == *rb,
        std::cmp::Ordering::Less => rb[1..] == *ra,
    }
}

/// The name part and the top-level domain of `domain`.
fn split_tld(domain: &str) -> (&str, &str) {
    domain.rsplit_once('.').unwrap_or((domain, ""))
}

/// True when `domain` looks like a mistyped `intended`.
fn is_typo_of(domain: &str, intended: &str) -> bool {
    if !one_edit_apart(domain, intended) {
        return false;
    }
    let ((name, tld), (intended_name, _)) = (split_tld(domain), split_tld(intended));
    if name == intended_name {
        !REAL_TLDS.contains(&tld)
    } else {
        intended_name.chars().count() >= MIN_NAME
    }
}

/// `raw` with the domain after its last `@` replaced by `domain`.
fn with_domain(raw: &str, old: &str, domain: &str) -> Option<String> {
    let at = raw.rfind('@')? + 1;
    let end = at + old.len();
    (raw.is_char_boundary(end) && raw.get(at..end)?.eq_ignore_ascii_case(old))
        .then(|| format!("{}{}{}", &raw[..at], domain, &raw[end..]))
}

impl Rule for RecipientTypo {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let mut uses: HashMap<&str, usize> = HashMap::new();
        for r in &ctx.recipients {
            if let Some(a) = &r.address {
                *uses.entry(a.domain()).or_default() += 1;
            }
        }
        let trusted: Vec<&str> = ctx
            .internal_domains
            .iter()
            .map(String::as_str)
            .chain(ctx.sender.as_ref().map(|s| s.domain()))
            .collect();
        for (index, r) in ctx.recipients.iter().enumerate() {
            let Some(address) = &r.address else { continue };
            let domain = address.domain();
            if is_public_provider(domain) || trusted.contains(&domain) {
                continue;
            }
            let earlier = |d: &str| {
                ctx.recipients[..index]
                    .iter()
                    .any(|e: &Recipient| e.address.as_ref().is_some_and(|a| a.domain() == d))
            };
            let intended = PUBLIC_PROVIDERS
                .iter()
                .copied()
                .chain(trusted.iter().copied())
                .find(|c| is_typo_of(domain, c))
                .or_else(|| {
                    // Another domain of the draft: the more used one, or on a
                    // tie the one written first.
                    ctx.recipients
                        .iter()
                        .filter_map(|e| e.address.as_ref().map(|a| a.domain()))
                        .find(|c| {
                            is_typo_of(domain, c)
                                && (uses[c] > uses[domain]
                                    || (uses[c] == uses[domain] && earlier(c)))
                        })
                });
            let Some(intended) = intended else { continue };
            let message = tr!(
                en: "Is “{domain}” a typo for “{intended}”?",
                ru: "Может быть, «{domain}» — опечатка и имелось в виду «{intended}»?",
                el: "Μήπως το «{domain}» είναι λάθος για το «{intended}»;",
            )
            .format(ctx.ui(), &[("domain", domain), ("intended", intended)]);
            let mut diagnostic = Diagnostic::new(r.field, r.range.clone(), message);
            if let Some(fixed) = with_domain(&r.raw, domain, intended) {
                diagnostic = diagnostic.with_suggestion(fixed);
            }
            out.push(diagnostic);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Field;
    use crate::rules::testing::*;

    fn rule() -> RecipientTypo {
        RecipientTypo::new()
    }

    fn to(addresses: &[&str]) -> crate::draft::Draft {
        let mut draft = letter("Hello. Здравствуйте. Καλημέρα.");
        draft.to = addresses.iter().map(|a| a.to_string()).collect();
        draft
    }

    #[test]
    fn measures_one_edit() {
        assert!(one_edit_apart("gmial.com", "gmail.com"));
        assert!(one_edit_apart("gmai.com", "gmail.com"));
        assert!(one_edit_apart("gmaill.com", "gmail.com"));
        assert!(one_edit_apart("yandex.ry", "yandex.ru"));
        assert!(!one_edit_apart("gmail.com", "gmail.com"));
        assert!(!one_edit_apart("gmx.com", "gmail.com"));
    }

    #[test]
    fn flags_mistyped_providers_and_offers_the_fix() {
        for (typo, fixed) in [
            (
                "Peter Brown <peter@gmial.com>",
                "Peter Brown <peter@gmail.com>",
            ),
            ("Ольга <olga@yandex.ry>", "Ольга <olga@yandex.ru>"),
            ("ivan@mail.ri", "ivan@mail.ru"),
            ("Νίκος <nikos@hotmial.com>", "Νίκος <nikos@hotmail.com>"),
            ("ANNA@GMAIL.CON", "ANNA@gmail.com"),
        ] {
            let found = run(&rule(), &to(&["a@client.com", typo]));
            assert_eq!(found.len(), 1, "{typo}");
            assert_eq!(found[0].field, Field::To);
            assert_eq!(found[0].excerpt, typo);
            assert_eq!(found[0].suggestion.as_deref(), Some(fixed));
        }
    }

    #[test]
    fn flags_a_domain_one_letter_from_another_in_the_draft() {
        let mut draft = to(&["maria@client.gr", "nikos@cleint.gr"]);
        draft.cc = vec!["olga@client.gr".into()];
        let found = run(&rule(), &draft);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].suggestion.as_deref(), Some("nikos@client.gr"));
        let found = run(&rule(), &to(&["bob@acne.com"]));
        assert!(found.is_empty(), "acme is too short a name to judge");
        let mut draft = to(&["bob@acmee-corp.com"]);
        draft.from = "anna@acme-corp.com".into();
        assert_eq!(
            run(&rule(), &draft)[0].suggestion.as_deref(),
            Some("bob@acme-corp.com")
        );
    }

    #[test]
    fn allows_real_domains() {
        assert!(run(
            &rule(),
            &to(&["a@gmail.com", "b@yandex.ru", "c@mail.ru", "d@otenet.gr"])
        )
        .is_empty());
        assert!(run(
            &rule(),
            &to(&[
                "a@yahoo.fr",
                "b@hotmail.fr",
                "c@gm.com",
                "d@ge.com",
                "e@aon.com"
            ])
        )
        .is_empty());
        assert!(run(&rule(), &to(&["a@client.com", "b@client.ru"])).is_empty());
    }

    #[test]
    fn messages_exist_in_every_language() {
        messages_in_every_language(&rule(), &to(&["peter@gmial.com"]));
    }
}
