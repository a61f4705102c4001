//! Every rule's messages rendered in English, Russian and Greek with awkward
//! inserted values — names in Greek and Russian, e-mail addresses, counts of
//! 1, 2, 5 and 21 — and read the way a user reads them: each value shown as
//! given, numbers with the noun form their language needs, no "στον/στην"
//! guesses, no placeholder left, the polite register throughout.
//!
//! The rendered messages are also written to `target/rendered-messages.md`
//! for a reviewer who reads Russian or Greek.
#![allow(clippy::disallowed_methods)] // not in the module

use presend::rules::catalogue;
use presend::{Checker, Config, Draft, Finding, UiLang};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// A draft that makes `rule` speak, and what its message must say in each
/// interface language.
struct Scenario {
    rule: &'static str,
    what: &'static str,
    draft: Value,
    config: Value,
    /// `(language, text the message must contain)`.
    expect: Vec<(UiLang, String)>,
}

const NOW: &str = "2026-03-23T12:00:00+00:00";

fn draft(body: &str) -> Value {
    json!({
        "from": "Anna Smith <anna@acme.com>",
        "to": ["Γιώργος Νικολάου <giorgos@client.gr>"],
        "subject": "Contract",
        "body": body,
        "now": NOW,
    })
}

fn with(mut draft: Value, key: &str, value: Value) -> Value {
    draft[key] = value;
    draft
}

/// The same text expected in every language (a name, an address).
fn everywhere(text: &str) -> Vec<(UiLang, String)> {
    [UiLang::En, UiLang::Ru, UiLang::El]
        .into_iter()
        .map(|lang| (lang, text.to_string()))
        .collect()
}

fn each(en: &str, ru: &str, el: &str) -> Vec<(UiLang, String)> {
    vec![
        (UiLang::En, en.into()),
        (UiLang::Ru, ru.into()),
        (UiLang::El, el.into()),
    ]
}

fn scenario(rule: &'static str, what: &'static str, draft: Value) -> Scenario {
    Scenario {
        rule,
        what,
        draft,
        config: json!({}),
        expect: Vec::new(),
    }
}

impl Scenario {
    fn config(mut self, config: Value) -> Self {
        self.config = config;
        self
    }
    fn expect(mut self, expect: Vec<(UiLang, String)>) -> Self {
        self.expect.extend(expect);
        self
    }
}

/// `n` distinct addresses at `orgs` organisations (`orgs` ≤ `n`).
fn addresses(n: usize, orgs: usize) -> Value {
    (0..n)
        .map(|i| format!("c{i}@client{}.com", i % orgs))
        .collect::<Vec<_>>()
        .into()
}

/// A reply to a message received `hours` before [`NOW`].
fn late_reply(hours: i64) -> Value {
    let received = chrono::DateTime::parse_from_rfc3339(NOW).unwrap()
        - chrono::Duration::hours(hours)
        - chrono::Duration::minutes(5);
    with(
        draft("Dear Giorgos,\n\nThe contract is ready.\n\nAnna"),
        "reply_to",
        json!({
            "from": "Γιώργος Νικολάου <giorgos@client.gr>",
            "date": received.to_rfc3339(),
            "body": "Is the contract ready?",
        }),
    )
}

const INTERNAL_THREAD: &str = "Олег, высылаю расчёт.\n\n-------- Пересылаемое сообщение --------\nОт: Борис Иванов <boris@acme.com>\nДата: 2 марта 2026\nКому: anna@acme.com\nТема: Петров\n\nКлиент капризный, дайте скидку и закройте.\n";

fn scenarios() -> Vec<Scenario> {
    let to_oleg = json!(["Олег Петров <oleg@client.ru>"]);
    vec![
        scenario("insult", "an insult", draft("Only an idiot would sign this.")),
        scenario(
            "indignation",
            "a rebuke",
            draft("Что вы себе позволяете? Научитесь разговаривать вежливо."),
        ),
        scenario(
            "emotional-tone",
            "charged words",
            draft("This is ridiculous and totally unacceptable."),
        ),
        scenario(
            "shouting",
            "capitals and !!!",
            draft("This is unacceptable. WE HAVE ALREADY ANSWERED THIS QUESTION!!!"),
        ),
        scenario(
            "over-apology",
            "5 apologies",
            draft("Sorry for the delay. We apologise. Our apologies. Sorry again. I apologise."),
        )
        .expect(each("5 times", "5 извинений", "5 φορές")),
        scenario(
            "over-apology",
            "21 apologies",
            draft(&"Извините. ".repeat(21)),
        )
        .expect(each("21 times", "21 извинение", "21 φορές")),
        scenario(
            "over-apology",
            "self-abasement",
            draft("Rest assured it will never happen again."),
        ),
        scenario(
            "excuses",
            "an excuse",
            draft("The delay is not our fault: the carrier lost the pallet."),
        ),
        scenario(
            "ignores-emotion",
            "a dry answer to anger",
            with(
                draft("Your order ships on Monday."),
                "reply_to",
                json!({"from": "giorgos@client.gr", "date": "", "body": "This is unacceptable!!! Third delay, ridiculous."}),
            ),
        ),
        scenario(
            "internal-quote",
            "an internal thread to Олег Петров",
            with(draft(INTERNAL_THREAD), "to", to_oleg.clone()),
        )
        .expect(everywhere("oleg@client.ru"))
        .expect(everywhere("boris@acme.com")),
        scenario(
            "internal-remark",
            "a note for colleagues to Γιώργος Νικολάου",
            draft("Internal only: we can go down to 5%."),
        )
        .expect(everywhere("giorgos@client.gr")),
        scenario(
            "exposed-recipients",
            "5 addresses from 2 organisations",
            with(draft("Our new price list."), "to", addresses(5, 2)),
        )
        .expect(each(
            "5 external addresses from 2 organisations",
            "5 внешних адресов из 2 организаций",
            "υπάρχουν 5 εξωτερικές διευθύνσεις από 2 οργανισμούς",
        )),
        scenario(
            "exposed-recipients",
            "21 addresses from 21 organisations",
            with(draft("Our new price list."), "to", addresses(21, 21)),
        )
        .expect(each(
            "21 external addresses from 21 organisations",
            "21 внешний адрес из 21 организации",
            "υπάρχουν 21 εξωτερικές διευθύνσεις από 21 οργανισμούς",
        )),
        scenario(
            "recipient-typo",
            "a mistyped provider",
            with(draft("Hello."), "to", json!(["Peter <peter@gmial.com>"])),
        )
        .expect(everywhere("gmial.com"))
        .expect(everywhere("gmail.com")),
        scenario(
            "missing-unsubscribe",
            "5 recipients",
            with(with(draft("Spring prices inside."), "to", json!([])), "bcc", addresses(5, 5)),
        )
        .config(json!({"bulk_recipients": 5}))
        .expect(each("5 recipients", "5 получателей", "5 παραλήπτες")),
        scenario(
            "missing-unsubscribe",
            "21 recipients",
            with(with(draft("Spring prices inside."), "to", json!([])), "bcc", addresses(21, 21)),
        )
        .config(json!({"bulk_recipients": 5}))
        .expect(each("21 recipients", "21 получатель", "21 παραλήπτες")),
        scenario(
            "missing-unsubscribe",
            "a newsletter",
            draft("Our March newsletter: three new products."),
        ),
        scenario(
            "broken-unsubscribe",
            "a link to #",
            json!({
                "from": "Anna Smith <anna@acme.com>", "to": ["giorgos@client.gr"],
                "subject": "News", "format": "html",
                "html": "<p>News.</p><a href=\"#\">Отписаться от рассылки</a>",
            }),
        )
        .expect(everywhere("Отписаться от рассылки")),
        scenario(
            "broken-unsubscribe",
            "unsubscribe text without a link",
            json!({
                "from": "Anna Smith <anna@acme.com>", "to": ["giorgos@client.gr"],
                "subject": "News", "format": "html",
                "html": "<p>Νέα.</p><p>Διαγραφή από τη λίστα.</p>",
            }),
        )
        .expect(everywhere("Διαγραφή")),
        scenario(
            "forgotten-attachment",
            "a file announced",
            draft("Please find the signed contract attached."),
        ),
        scenario(
            "missing-subject",
            "only Re:",
            with(draft("The contract is ready."), "subject", json!("Re: ")),
        ),
        scenario(
            "template-placeholder",
            "braces and brackets",
            draft("Dear [First Name], your order {{order_id}} has shipped."),
        )
        .expect(everywhere("[First Name]")),
        scenario(
            "bad-news-by-email",
            "bad news",
            draft("We regret to inform you that the delivery will be delayed."),
        ),
        scenario(
            "bad-news-structure",
            "no thanks, no way forward",
            draft("Unfortunately, your order will be delayed."),
        ),
        scenario(
            "bad-news-structure",
            "thanks but no way forward",
            draft("Спасибо, что вы с нами. Поставки задерживаются на неделю."),
        ),
        scenario(
            "bad-news-structure",
            "a euphemism",
            draft("Η παράδοση θα καθυστερήσει λόγω απρόβλεπτων συνθηκών."),
        ),
        scenario(
            "time-waster-subject",
            "FYI",
            with(draft("New prices from May."), "subject", json!("FYI")),
        ),
        scenario("slow-reply", "1 hour late", late_reply(1))
            .config(json!({"reply_delay_hours": 0.5}))
            .expect(each("1 hour", "через 1 час ", "1 ώρα")),
        scenario("slow-reply", "2 hours late", late_reply(2))
            .config(json!({"reply_delay_hours": 0.5}))
            .expect(each("2 hours", "через 2 часа ", "2 ώρες")),
        scenario("slow-reply", "5 days late", late_reply(5 * 24))
            .expect(each("5 days", "через 5 дней ", "5 ημέρες")),
        scenario("slow-reply", "21 days late", late_reply(21 * 24))
            .expect(each("21 days", "через 21 день ", "21 ημέρες")),
        scenario(
            "generic-greeting",
            "Dear Customer to Γιώργος Νικολάου",
            draft("Dear Customer,\n\nThe contract is ready.\n\nAnna"),
        )
        .expect(everywhere("Γιώργος Νικολάου")),
        scenario(
            "generic-greeting",
            "Уважаемый клиент to Олег Петров",
            with(
                draft("Уважаемый клиент!\n\nДоговор готов.\n\nАнна"),
                "to",
                to_oleg.clone(),
            ),
        )
        .expect(everywhere("Олег Петров")),
        scenario(
            "missing-greeting",
            "no greeting",
            draft(
                "The contract is ready, please sign it by Friday and send it back to us so that we can start next week.",
            ),
        ),
        scenario(
            "name-mismatch",
            "Μαρία to Γιώργος Νικολάου",
            draft("Αγαπητή Μαρία,\n\nΤο συμβόλαιο είναι έτοιμο.\n\nΆννα"),
        )
        .expect(everywhere("Μαρία"))
        .expect(everywhere("Γιώργος Νικολάου")),
        scenario(
            "name-mismatch",
            "Анна to Олег Петров",
            with(
                draft("Добрый день, Анна!\n\nДоговор готов.\n\nАнна"),
                "to",
                to_oleg,
            ),
        )
        .expect(everywhere("Анна"))
        .expect(everywhere("Олег Петров")),
        scenario(
            "split-message",
            "another letter promised",
            draft("I'll send the price list in a separate email."),
        ),
        scenario(
            "too-long",
            "21 words of 20",
            draft("one two three four five six seven eight nine ten. eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty done."),
        )
        .config(json!({"max_words": 20}))
        .expect(everywhere(": 21")),
        scenario(
            "too-long",
            "a 45-word sentence",
            draft(&format!("{} end.", "word ".repeat(44))),
        )
        .expect(everywhere(": 45")),
        scenario(
            "filler-words",
            "bureaucratese",
            draft("Please be advised that the office is closed on Monday."),
        ),
        scenario(
            "cliche",
            "a stock phrase",
            draft("We apologize for any inconvenience this may have caused."),
        ),
        scenario(
            "url-trailing-punctuation",
            "a dot after a link",
            draft("The form is at https://acme.com/form."),
        ),
        scenario("repeated-word", "the the", draft("Please sign the the contract.")),
        scenario(
            "long-lines",
            "a 21-character line among wrapped ones",
            draft("Dear Giorgos,\nshort line\nthis line is too long\nshort again\nAnna"),
        )
        .config(json!({"line_length": 20}))
        .expect(everywhere(": 21")),
        scenario(
            "vy-capitalization",
            "Вам mid-sentence",
            draft("Мы отправим Вам договор завтра."),
        )
        .expect(everywhere("Вам")),
        scenario(
            "vy-capitalization",
            "вам to one person in capital style",
            draft("Мы отправим вам договор завтра."),
        )
        .config(json!({"vy_style": "capital"}))
        .expect(everywhere("Вам")),
        scenario(
            "mixed-script",
            "a Latin o in Russian",
            draft("Заказ oтправлен."),
        )
        .expect(everywhere("отправлен")),
        scenario(
            "partly-checked",
            "a subject longer than is read",
            with(
                draft("Hello."),
                "subject",
                json!("Contract and prices ".repeat(1000)),
            ),
        )
        .expect(each("16 KB", "16 КБ", "16 KB")),
        scenario(
            "spacing",
            "slips",
            draft("The contract is ready ,please sign  it.And return it."),
        ),
    ]
}

fn check(checker: &Checker, scenario: &Scenario, lang: UiLang) -> Vec<Finding> {
    let draft: Draft = serde_json::from_value(scenario.draft.clone()).unwrap();
    let mut config = scenario.config.clone();
    config["ui_lang"] = serde_json::to_value(lang).unwrap();
    let config: Config = serde_json::from_value(config).unwrap();
    checker
        .check(&draft, &config)
        .unwrap()
        .into_iter()
        .filter(|f| f.rule == scenario.rule)
        .collect()
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// What is wrong with a rendered message, if anything.
fn problems(message: &str, lang: UiLang, draft_text: &str) -> Vec<String> {
    let mut found = Vec::new();
    // A `{name}` the draft does not contain is a placeholder left unfilled.
    let mut rest = message;
    while let Some(open) = rest.find('{') {
        let after = &rest[open..];
        if let Some(close) = after.find('}') {
            let token = &after[..=close];
            if !draft_text.contains(token) {
                found.push(format!("placeholder {token} left"));
            }
        }
        rest = &rest[open + 1..];
    }
    // "στον/στην", "ый/ая": a guess at the grammar instead of a sentence.
    let chars: Vec<char> = message.chars().collect();
    for window in chars.windows(3) {
        let local = |c: char| matches!(c, 'а'..='я' | 'ё' | 'α'..='ω' | 'ά'..='ώ');
        if window[1] == '/' && local(window[0]) && local(window[2]) {
            found.push("a slash between word forms".into());
        }
    }
    let informal: &[&str] = match lang {
        UiLang::Ru => &[
            "ты",
            "тебя",
            "тебе",
            "тобой",
            "твой",
            "твоя",
            "твоё",
            "твои",
            "твоего",
        ],
        UiLang::El => &["εσύ", "σου", "σένα", "ξαναειδοποιήσεις"],
        UiLang::En => &[],
    };
    for word in words(message) {
        if informal.contains(&word.as_str()) {
            found.push(format!("informal “{word}”"));
        }
    }
    if !message
        .trim_end()
        .ends_with(['.', '?', ';', '!', '»', '”', ')'])
    {
        found.push("does not end a sentence".into());
    }
    found
}

#[test]
fn every_message_reads_correctly_with_any_inserted_value() {
    let checker = Checker::new();
    let mut review = String::from("# Rendered messages\n\n");
    let mut failures = Vec::new();
    let mut covered = BTreeSet::new();
    for scenario in scenarios() {
        covered.insert(scenario.rule);
        writeln!(review, "## {} — {}\n", scenario.rule, scenario.what).unwrap();
        let draft_text = scenario.draft.to_string();
        let mut by_lang = Vec::new();
        for lang in [UiLang::En, UiLang::Ru, UiLang::El] {
            let findings = check(&checker, &scenario, lang);
            if findings.is_empty() {
                failures.push(format!(
                    "{} ({}): the rule did not fire",
                    scenario.rule, scenario.what
                ));
                break;
            }
            let messages: Vec<String> = findings.into_iter().map(|f| f.message).collect();
            for message in &messages {
                writeln!(review, "- {lang:?}: {message}").unwrap();
                for problem in problems(message, lang, &draft_text) {
                    failures.push(format!(
                        "{} ({}) {lang:?}: {problem}: {message}",
                        scenario.rule, scenario.what
                    ));
                }
            }
            for (expected_lang, text) in &scenario.expect {
                if *expected_lang == lang && !messages.iter().any(|m| m.contains(text.as_str())) {
                    failures.push(format!(
                        "{} ({}) {lang:?}: no message says “{text}”: {messages:?}",
                        scenario.rule, scenario.what
                    ));
                }
            }
            by_lang.push(messages);
        }
        review.push('\n');
        if by_lang.len() == 3 && (by_lang[0] == by_lang[1] || by_lang[0] == by_lang[2]) {
            failures.push(format!(
                "{} ({}): not translated",
                scenario.rule, scenario.what
            ));
        }
    }
    let target = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let _ = std::fs::write(target.join("rendered-messages.md"), &review);
    for info in catalogue() {
        if !covered.contains(info.id) {
            failures.push(format!("{}: no scenario renders its message", info.id));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
