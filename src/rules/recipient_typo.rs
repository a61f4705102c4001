use crate::address::{is_public_provider, PUBLIC_PROVIDERS};
use crate::context::{Context, Diagnostic};
use crate::finding::Severity;
use crate::rules::{Category, Rule, Status};
use crate::tr;
use crate::words::{fnv_step, FnvBuild};
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

/// The one edit that turns `a` into `b`: the letters that differ (`None`
/// where a letter is added or missing).
type Edit = (Option<char>, Option<char>);

/// The edit between `a` and `b` when they differ by one insertion,
/// deletion, substitution or swap of two neighbouring letters (no
/// allocation: it runs for every look-alike pair of a long mailing).
fn one_edit(a: &str, b: &str) -> Option<Edit> {
    // A letter is at most four bytes.
    if a == b || a.len().abs_diff(b.len()) > 4 {
        return None;
    }
    if !(a.is_ascii() && b.is_ascii()) && a.chars().count().abs_diff(b.chars().count()) > 1 {
        return None;
    }
    if a.is_ascii() && b.is_ascii() && a.len().abs_diff(b.len()) > 1 {
        return None;
    }
    let prefix: usize = a
        .chars()
        .zip(b.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    let (x, y) = (ra.chars().next(), rb.chars().next());
    let rest_a = x.map_or("", |c| &ra[c.len_utf8()..]);
    let rest_b = y.map_or("", |c| &rb[c.len_utf8()..]);
    if rest_a == rest_b {
        return Some((x, y)); // one letter changed
    }
    if rest_a == rb {
        return Some((x, None)); // one left out of `b`
    }
    if ra == rest_b {
        return Some((None, y)); // one added in `b`
    }
    // Two neighbours swapped: "xy…" and "yx…".
    let (x, y) = (x?, y?);
    (rest_a.strip_prefix(y)? == rest_b.strip_prefix(x)?).then_some((Some(x), Some(y)))
}

/// True when `a` and `b` differ by one insertion, deletion, substitution or
/// swap of two neighbouring letters.
pub fn one_edit_apart(a: &str, b: &str) -> bool {
    one_edit(a, b).is_some()
}

/// The name part and the top-level domain of `domain`.
fn split_tld(domain: &str) -> (&str, &str) {
    domain.rsplit_once('.').unwrap_or((domain, ""))
}

/// True when `domain` looks like a mistyped `intended`. Numbers are not
/// typos: `client7.com` and `client17.com` are two clients of a mailing.
fn is_typo_of(domain: &str, intended: &str) -> bool {
    let Some((from, to)) = one_edit(domain, intended) else {
        return false;
    };
    let is_digit = |c: Option<char>| c.is_none_or(|c| c.is_ascii_digit());
    if is_digit(from) && is_digit(to) {
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

/// Longer domains are not compared with each other (a domain name has at
/// most 253 characters; real ones are far shorter).
const MAX_COMPARED: usize = 64;
/// How many look-alikes under one key are tried (a real draft has one or
/// two; only a made-up list of near-identical domains has more).
const MAX_TRIED: usize = 64;

/// A domain's letters and the hashes of the variants that one edit away
/// share with it.
struct Spelling {
    chars: Vec<char>,
    /// `prefix[k]`: hash of `chars[..k]`.
    prefix: Vec<u64>,
    /// `suffix[k]`: the part of the whole hash that `chars[k..]` gives.
    suffix: Vec<u64>,
    /// `power[k]`: `BASE^k`.
    power: Vec<u64>,
}

/// The multiplier of the polynomial hash (odd, so no letter is lost).
const BASE: u64 = 0x100_0000_01b3;

impl Spelling {
    fn new(domain: &str) -> Spelling {
        let chars: Vec<char> = domain.chars().collect();
        let n = chars.len();
        let mut power = vec![1u64; n + 1];
        for k in 1..=n {
            power[k] = power[k - 1].wrapping_mul(BASE);
        }
        let mut prefix = vec![0u64; n + 1];
        for k in 0..n {
            prefix[k + 1] = prefix[k]
                .wrapping_mul(BASE)
                .wrapping_add(u64::from(chars[k]));
        }
        let mut suffix = vec![0u64; n + 1];
        for k in (0..n).rev() {
            suffix[k] =
                suffix[k + 1].wrapping_add(u64::from(chars[k]).wrapping_mul(power[n - 1 - k]));
        }
        Spelling {
            chars,
            prefix,
            suffix,
            power,
        }
    }

    fn len(&self) -> usize {
        self.chars.len()
    }

    /// The hash of the whole domain.
    fn whole(&self) -> u64 {
        self.suffix[0]
    }

    /// The hash of the domain with the letter at `k` left out.
    fn gap(&self, k: usize) -> u64 {
        let n = self.len();
        self.prefix[k]
            .wrapping_mul(self.power[n - 1 - k])
            .wrapping_add(self.suffix[k + 1])
    }

    /// The hash of the domain with the letters at `k` and `k + 1` swapped.
    fn swapped(&self, k: usize) -> u64 {
        let n = self.len();
        let (x, y) = (u64::from(self.chars[k]), u64::from(self.chars[k + 1]));
        let (high, low) = (self.power[n - 1 - k], self.power[n - 2 - k]);
        self.whole()
            .wrapping_sub(x.wrapping_mul(high))
            .wrapping_sub(y.wrapping_mul(low))
            .wrapping_add(y.wrapping_mul(high))
            .wrapping_add(x.wrapping_mul(low))
    }
}

/// A gap's hash, its position and whether the letter left out is a digit,
/// as one key: a digit changed for a digit is a numbered domain, not a
/// typo, so such pairs are never looked up.
fn key(gap: u64, k: usize, digit: bool) -> u64 {
    ((k as u64) * 2 + u64::from(digit))
        .to_le_bytes()
        .into_iter()
        .fold(gap, fnv_step)
}

/// Domain indices by a hash key: one sorted array, and where each key's
/// run of it starts and ends.
struct Table {
    entries: Vec<(u64, usize)>,
    runs: HashMap<u64, (usize, usize), FnvBuild>,
}

impl Table {
    fn new(mut entries: Vec<(u64, usize)>) -> Table {
        crate::sort::sort(&mut entries);
        entries.dedup();
        let mut runs: HashMap<u64, (usize, usize), FnvBuild> = HashMap::default();
        runs.reserve(entries.len());
        for (at, &(key, _)) in entries.iter().enumerate() {
            runs.entry(key).or_insert((at, at)).1 = at + 1;
        }
        Table { entries, runs }
    }

    /// The domains under `key`, first written first.
    fn get(&self, key: u64) -> impl Iterator<Item = usize> + '_ {
        let (from, to) = self.runs.get(&key).copied().unwrap_or((0, 0));
        self.entries[from..to].iter().map(|&(_, i)| i)
    }
}

/// The distinct domains of a draft's recipients, and for each the ones one
/// edit away — found through hashes of the domain with one letter left out
/// or two swapped, so 20,000 recipients cost 20,000 × length look-ups, not
/// 20,000² comparisons.
struct DraftDomains<'a> {
    /// Distinct domains in the order first written.
    names: Vec<&'a str>,
    /// Recipients per domain.
    uses: Vec<usize>,
    /// The domain index of each recipient with an address, in order.
    of_recipient: Vec<usize>,
    /// Domains by the hash of the whole name.
    whole: Table,
    /// Domains by the hash of the name with one letter left out, keyed by
    /// the position too (see [`key`]).
    gaps_at: Table,
    /// Each domain's spelling, when it is short enough to compare.
    spellings: Vec<Option<Spelling>>,
}

impl<'a> DraftDomains<'a> {
    fn new(ctx: &'a Context) -> DraftDomains<'a> {
        let mut names = Vec::new();
        let mut uses: Vec<usize> = Vec::new();
        // Domain indices by the hash of the name, in a table of the same
        // type as [`Table`]'s runs (the second number unused): one copy of
        // the table's code in the module. A name whose hash another name
        // already has is kept as a domain of its own each time.
        let mut index: HashMap<u64, (usize, usize), FnvBuild> = HashMap::default();
        let mut of_recipient = Vec::new();
        for address in ctx.recipients.iter().filter_map(|r| r.address.as_ref()) {
            let domain = address.domain();
            let next = names.len();
            let (at, _) = *index
                .entry(crate::words::hash(domain.as_bytes()))
                .or_insert((next, 0));
            let i = if names.get(at) == Some(&domain) {
                at
            } else {
                next
            };
            if i == next {
                names.push(domain);
                uses.push(0);
            }
            uses[i] += 1;
            of_recipient.push(i);
        }
        // One domain has no other to be a typo of: nothing to compare.
        let compared = names.len() >= 2;
        let spellings: Vec<Option<Spelling>> = names
            .iter()
            .map(|name| {
                Some(name)
                    .filter(|name| compared && name.len() <= MAX_COMPARED * 4)
                    .map(|name| Spelling::new(name))
                    .filter(|spelling| spelling.len() <= MAX_COMPARED)
            })
            .collect();
        let (mut whole, mut gaps_at) = (Vec::new(), Vec::new());
        for (i, spelling) in spellings.iter().enumerate() {
            let Some(spelling) = spelling else { continue };
            whole.push((spelling.whole(), i));
            for k in 0..spelling.len() {
                let digit = spelling.chars[k].is_ascii_digit();
                gaps_at.push((key(spelling.gap(k), k, digit), i));
            }
        }
        DraftDomains {
            whole: Table::new(whole),
            gaps_at: Table::new(gaps_at),
            names,
            uses,
            of_recipient,
            spellings,
        }
    }

    /// True when domain `c` is taken over `d`: more used, or as used and
    /// written first.
    fn outranks(&self, c: usize, d: usize) -> bool {
        (self.uses[c], std::cmp::Reverse(c)) > (self.uses[d], std::cmp::Reverse(d))
    }

    /// For each domain, the domain of the draft it is likely a typo of.
    fn intended(&self) -> Vec<Option<usize>> {
        let mut best: Vec<Option<usize>> = vec![None; self.names.len()];
        // `d` may be a typo of `c`: keep `c` when it is the best so far.
        let mut consider = |d: usize, candidates: &mut dyn Iterator<Item = usize>| {
            for c in candidates.take(MAX_TRIED) {
                if c != d
                    && self.outranks(c, d)
                    && best[d].is_none_or(|b| self.outranks(c, b))
                    && is_typo_of(self.names[d], self.names[c])
                {
                    best[d] = Some(c);
                }
            }
        };
        for (d, spelling) in self.spellings.iter().enumerate() {
            let Some(spelling) = spelling else { continue };
            for k in 0..spelling.len() {
                let digit = spelling.chars[k].is_ascii_digit();
                // One letter changed at `k` (but not a digit for a digit).
                consider(d, &mut self.gaps_at.get(key(spelling.gap(k), k, false)));
                if !digit {
                    consider(d, &mut self.gaps_at.get(key(spelling.gap(k), k, true)));
                    // `d` with its letter at `k` left out is `c`, and the
                    // other way round.
                    let shorter: Vec<usize> =
                        self.whole.get(spelling.gap(k)).take(MAX_TRIED).collect();
                    consider(d, &mut shorter.iter().copied());
                    for c in shorter {
                        consider(c, &mut std::iter::once(d));
                    }
                }
                // `k` and `k + 1` swapped.
                if k + 1 < spelling.len() {
                    consider(d, &mut self.whole.get(spelling.swapped(k)));
                }
            }
        }
        best
    }
}

impl Rule for RecipientTypo {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let trusted: Vec<&str> = ctx
            .internal_domains
            .iter()
            .map(String::as_str)
            .chain(ctx.sender.as_ref().map(|s| s.domain()))
            .collect();
        let domains = DraftDomains::new(ctx);
        let in_draft = domains.intended();
        // Each distinct domain is judged once.
        let intended: Vec<Option<&str>> = (0..domains.names.len())
            .map(|d| {
                let domain = domains.names[d];
                if is_public_provider(domain) || trusted.contains(&domain) {
                    return None;
                }
                PUBLIC_PROVIDERS
                    .iter()
                    .copied()
                    .chain(trusted.iter().copied())
                    .find(|c| is_typo_of(domain, c))
                    .or_else(|| in_draft[d].map(|c| domains.names[c]))
            })
            .collect();
        let with_address = ctx.recipients.iter().filter(|r| r.address.is_some());
        for (r, &d) in with_address.zip(&domains.of_recipient) {
            let domain = domains.names[d];
            let Some(intended) = intended[d] else {
                continue;
            };
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
    fn numbered_domains_of_a_mailing_are_not_typos() {
        let numbered: Vec<String> = (0..30).map(|i| format!("info@client{i}.com")).collect();
        let refs: Vec<&str> = numbered.iter().map(String::as_str).collect();
        assert!(run(&rule(), &to(&refs)).is_empty());
        assert!(run(&rule(), &to(&["a@shop1.ru", "b@shop2.ru", "c@shop12.ru"])).is_empty());
        // A letter for a digit is still a typo.
        let found = run(
            &rule(),
            &to(&["a@client1.com", "b@client1.com", "c@cl1ent1.com"]),
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].suggestion.as_deref(), Some("c@client1.com"));
    }

    #[test]
    fn many_recipients_are_compared_without_pairing_each_with_each() {
        // 20,000 recipients: comparing each with every other takes minutes
        // (it did: 70 s), so this test would hang on a quadratic rule.
        let mut draft = letter("Hello.");
        draft.bcc = (0..20_000).map(|i| format!("info@client{i}.com")).collect();
        draft.bcc.insert(5_000, "peter@gmial.com".into());
        draft.bcc.push("olga@client17.con".into());
        let found = run(&rule(), &draft);
        let fixes: Vec<_> = found.iter().map(|f| f.suggestion.as_deref()).collect();
        assert_eq!(fixes, [Some("peter@gmail.com"), Some("olga@client17.com")]);
        for f in &found {
            let text = draft.bcc.join(", ");
            let units: Vec<u16> = text.encode_utf16().collect();
            assert_eq!(
                String::from_utf16(&units[f.start..f.end]).unwrap(),
                f.excerpt
            );
        }
    }

    #[test]
    fn messages_exist_in_every_language() {
        messages_in_every_language(&rule(), &to(&["peter@gmial.com"]));
    }
}
