//! Who is inside the company: the one decision behind "internal" and
//! "external". The rules ask it through [`Context`](crate::context::Context);
//! the add-ons ask it (through the WASM API) before they skip a check because
//! "only mail to people outside my organisation" is to be checked.

use crate::address::{is_internal, is_public_provider, Address};
use crate::config::Config;
use crate::draft::Draft;

/// The company's mail domains: the configured `internal_domains` (written
/// `acme.com` or `@acme.com`, in any case) and the sender's own domain. A
/// sender at a public mail provider (gmail.com…) has no company domain:
/// there every address is a different person. A domain's subdomains are
/// internal too (see [`is_internal`]).
pub fn internal_domains(sender: Option<&Address>, config: &Config) -> Vec<String> {
    let configured = config
        .internal_domains
        .iter()
        .map(|d| crate::case::lowercase(d.trim().trim_start_matches('@')));
    let own = sender
        .map(|s| s.domain().to_string())
        .filter(|d| !d.is_empty() && !is_public_provider(d));
    let mut domains: Vec<String> = Vec::new();
    for domain in configured.chain(own) {
        if !domain.is_empty() && !domains.contains(&domain) {
            domains.push(domain);
        }
    }
    domains
}

/// True when the draft goes to someone outside the company: a To, Cc or Bcc
/// recipient whose address is in none of [`internal_domains`], or whose text
/// holds no address at all (it cannot be shown to be a colleague). A draft
/// without recipients goes to no one outside.
pub fn has_external_recipient(draft: &Draft, config: &Config) -> bool {
    let internal = internal_domains(Address::parse(&draft.from).as_ref(), config);
    // A list's items are as given: one may hold several addresses, or none.
    draft
        .to
        .iter()
        .chain(&draft.cc)
        .chain(&draft.bcc)
        .flat_map(|item| crate::draft::split_address_list(item))
        .any(|raw| Address::parse(&raw).is_none_or(|a| !is_internal(a.domain(), &internal)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(from: &str, to: &[&str]) -> Draft {
        Draft {
            from: from.into(),
            to: to.iter().map(|a| a.to_string()).collect(),
            ..Draft::default()
        }
    }

    fn configured(domains: &[&str]) -> Config {
        Config {
            internal_domains: domains.iter().map(|d| d.to_string()).collect(),
            ..Config::default()
        }
    }

    #[test]
    fn a_gmail_user_writing_to_a_gmail_client_writes_outside() {
        let letter = draft("Ann <ann@gmail.com>", &["Client <client@gmail.com>"]);
        assert!(has_external_recipient(&letter, &Config::default()));
    }

    #[test]
    fn the_senders_subdomains_are_inside() {
        let letter = draft(
            "ann@acme.com",
            &["bob@mail.acme.com", "Carol <carol@acme.com>"],
        );
        assert!(!has_external_recipient(&letter, &Config::default()));
        let letter = draft("ann@acme.com", &["bob@notacme.com"]);
        assert!(has_external_recipient(&letter, &Config::default()));
    }

    #[test]
    fn a_configured_domain_may_be_written_with_at_and_capitals() {
        let letter = draft("ann@gmail.com", &["bob@acme.com", "dan@mail.acme.com"]);
        assert!(!has_external_recipient(
            &letter,
            &configured(&["@Acme.com"])
        ));
        assert!(has_external_recipient(&letter, &Config::default()));
    }

    #[test]
    fn configured_domains_add_to_the_senders_own() {
        let config = configured(&["sister.example"]);
        let letter = draft(
            "ann@example.com",
            &["carol@example.com", "dan@sister.example"],
        );
        assert!(!has_external_recipient(&letter, &config));
        let letter = draft("ann@example.com", &["client@example.org"]);
        assert!(has_external_recipient(&letter, &config));
    }

    #[test]
    fn any_outsider_among_cc_or_bcc_counts() {
        let mut letter = draft("ann@acme.com", &["bob@acme.com"]);
        letter.bcc = vec!["client@example.org".into()];
        assert!(has_external_recipient(&letter, &Config::default()));
    }

    #[test]
    fn a_recipient_without_an_address_is_not_taken_for_a_colleague() {
        let letter = draft("ann@acme.com", &["Bob"]);
        assert!(has_external_recipient(&letter, &Config::default()));
        assert!(!has_external_recipient(
            &draft("ann@acme.com", &[]),
            &Config::default()
        ));
    }

    #[test]
    fn internal_domains_are_listed_once() {
        let sender = Address::parse("ann@acme.com");
        assert_eq!(
            internal_domains(sender.as_ref(), &configured(&["acme.com", " @ACME.com "])),
            vec!["acme.com".to_string()]
        );
        let public = Address::parse("ann@gmail.com");
        assert!(internal_domains(public.as_ref(), &Config::default()).is_empty());
    }
}
