//! Mail addresses: `Name <local@domain>` split into its parts.

/// Public mail providers: a sender at one of these has no company domain.
pub const PUBLIC_PROVIDERS: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "yahoo.com",
    "yahoo.co.uk",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "msn.com",
    "icloud.com",
    "me.com",
    "aol.com",
    "proton.me",
    "protonmail.com",
    "gmx.com",
    "gmx.net",
    "gmx.de",
    "mail.com",
    "zoho.com",
    "yandex.ru",
    "yandex.com",
    "ya.ru",
    "mail.ru",
    "inbox.ru",
    "list.ru",
    "bk.ru",
    "rambler.ru",
    "gmail.gr",
    "yahoo.gr",
    "hotmail.gr",
    "otenet.gr",
    "windowslive.com",
];

/// One address from a recipient list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    /// The display name, without quotes (may be empty).
    pub name: String,
    /// `local@domain`, lowercased.
    pub email: String,
}

impl Address {
    /// Parses `Name <a@b>`, `"Name" <a@b>`, `a@b` or `a@b (Name)`.
    /// Returns `None` when the text holds no `@`.
    pub fn parse(text: &str) -> Option<Address> {
        let text = text.trim();
        let (name, email) = match (text.rfind('<'), text.rfind('>')) {
            (Some(open), Some(close)) if open < close => {
                (text[..open].to_string(), text[open + 1..close].to_string())
            }
            _ => match text.find('(') {
                Some(open) if text.ends_with(')') => (
                    text[open + 1..text.len() - 1].to_string(),
                    text[..open].to_string(),
                ),
                _ => (String::new(), text.to_string()),
            },
        };
        let email = crate::case::lowercase(email.trim().trim_matches(|c| c == '\'' || c == '"'));
        if !email.contains('@') {
            return None;
        }
        let name = name
            .trim()
            .trim_matches(|c| c == '"' || c == '\'')
            .trim()
            .to_string();
        Some(Address { name, email })
    }

    /// The part after `@`, lowercased.
    pub fn domain(&self) -> &str {
        self.email.rsplit('@').next().unwrap_or("")
    }

    /// Whom the address belongs to: its domain, or the address itself at a
    /// public mail provider, where every address is a different person.
    pub fn organisation(&self) -> &str {
        if is_public_provider(self.domain()) {
            &self.email
        } else {
            self.domain()
        }
    }
}

/// True when `domain` is a public mail provider.
pub fn is_public_provider(domain: &str) -> bool {
    PUBLIC_PROVIDERS.contains(&domain)
}

/// True when `domain` is one of `internal` or a subdomain of one.
pub fn is_internal(domain: &str, internal: &[String]) -> bool {
    internal.iter().any(|d| {
        domain == d
            || domain
                .strip_suffix(d.as_str())
                .is_some_and(|rest| rest.ends_with('.'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_name_and_address() {
        let a = Address::parse("\"Ольга Смирнова\" <Olga@Example.RU>").unwrap();
        assert_eq!(a.name, "Ольга Смирнова");
        assert_eq!(a.email, "olga@example.ru");
        assert_eq!(a.domain(), "example.ru");
    }

    #[test]
    fn parses_bare_and_commented_addresses() {
        assert_eq!(Address::parse("p@x.com").unwrap().name, "");
        assert_eq!(
            Address::parse("p@x.com (Peter Brown)").unwrap().name,
            "Peter Brown"
        );
        assert!(Address::parse("Peter Brown").is_none());
    }

    #[test]
    fn organisation_is_the_domain_except_at_public_providers() {
        assert_eq!(
            Address::parse("a@acme.com").unwrap().organisation(),
            "acme.com"
        );
        assert_eq!(
            Address::parse("a@gmail.com").unwrap().organisation(),
            "a@gmail.com"
        );
    }

    #[test]
    fn subdomains_are_internal() {
        let internal = vec!["acme.com".to_string()];
        assert!(is_internal("mail.acme.com", &internal));
        assert!(!is_internal("notacme.com", &internal));
    }
}
