//! Hostile and odd drafts never make the checker panic, and every finding's
//! span is a valid UTF-16 range whose text is its excerpt — whatever the
//! rules. Drafts are generated from fragments mail clients and users
//! actually produce, with a fixed seed so a failure can be replayed.

use presend::context::LIST_SEPARATOR;
use presend::draft::ReplyTo;
use presend::{Checker, Config, Draft, Field, UiLang};

const FRAGMENTS: &[&str] = &[
    "Hello",
    "Dear Peter,",
    "Уважаемая Ольга Сергеевна!",
    "Αγαπητέ κύριε Παπαδόπουλε,",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "> ",
    ">> ",
    "On Mon, Mar 2, 2026 at 10:00 AM Peter <p@client.com> wrote:",
    "… пишет:",
    "έγραψε:",
    "-----Original Message-----",
    "From: Bob <bob@acme.com>",
    "Sent: Monday",
    "To: a@acme.com",
    "Subject: x",
    "-------- Пересылаемое сообщение --------",
    "-- ",
    "Best regards,",
    "С уважением,",
    "Με εκτίμηση,",
    "[",
    "]",
    "{{",
    "}}",
    "{",
    "}",
    "%",
    "<",
    ">",
    "XXX",
    "ХХХ",
    "ΧΧΧ",
    "[First Name]",
    "%ИМЯ%",
    "http://",
    "https://x.com/a.",
    "www.",
    ".",
    ",",
    "!",
    "!!!",
    "?!",
    "ё",
    "ς",
    "Σ",
    "😀",
    "👩‍👩‍👧",
    "\u{200f}",
    "\u{202e}",
    "\u{0301}",
    "\u{feff}",
    "\u{0}",
    "the the",
    "в в",
    "το το",
    "attached",
    "во вложении",
    "επισυνάπτω",
    "ИДИОТ",
    "х*р",
    "STOP SHOUTING NOW",
    "unsubscribe",
    "отписаться",
    "FYI",
    "к сожалению",
    "delay",
    "Вы",
    "Вам",
    "oтправлен",
    "a,b",
    "word ,",
    "\t",
    "é",
    "ß",
    "İ",
    "ﬁ",
    "Ⅻ",
    "١٢٣",
    "中文",
    "ʼ",
    "’",
    "\"",
    "'",
    "*",
    "_",
    "=",
    "&amp;",
    "<b>",
    "</blockquote>",
];

/// A small deterministic generator (xorshift64*).
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn text(&mut self, pieces: usize) -> String {
        (0..pieces)
            .map(|_| FRAGMENTS[self.below(FRAGMENTS.len())])
            .collect()
    }

    /// Text of up to `most` pieces.
    fn text_up_to(&mut self, most: usize) -> String {
        let pieces = self.below(most);
        self.text(pieces)
    }

    fn addresses(&mut self) -> Vec<String> {
        let pool = [
            "Peter Brown <peter@client.com>",
            "Ольга Смирнова <olga@client.ru>",
            "Νίκος <nikos@client.gr>",
            "bob@acme.com",
            "x@gmial.com",
            "\"Brown, Peter\" <p@x.com>",
            "not an address",
            "",
            "<>",
            "@",
        ];
        (0..self.below(14))
            .map(|_| pool[self.below(pool.len())].to_string())
            .collect()
    }
}

fn field_text(draft: &Draft, field: Field) -> String {
    match field {
        Field::Subject => draft.subject.clone(),
        Field::Body => draft.body.clone(),
        Field::To => draft.to.join(LIST_SEPARATOR),
        Field::Cc => draft.cc.join(LIST_SEPARATOR),
        Field::Bcc => draft.bcc.join(LIST_SEPARATOR),
        Field::Attachments => draft.attachments.join(LIST_SEPARATOR),
    }
}

#[test]
fn generated_drafts_never_panic_and_spans_slice_to_excerpts() {
    let checker = Checker::new();
    let mut random = Random(0x5eed_cafe_f00d_0001);
    for round in 0..20_000 {
        let pieces = 1 + random.below(60);
        let draft = Draft {
            from: ["Anna <anna@acme.com>", "anna@gmail.com", "", "garbage"][random.below(4)]
                .to_string(),
            to: random.addresses(),
            cc: random.addresses(),
            bcc: random.addresses(),
            subject: random.text_up_to(6),
            body: random.text(pieces),
            html: if random.below(4) == 0 {
                random.text(pieces)
            } else {
                String::new()
            },
            attachments: (0..random.below(3)).map(|_| random.text(2)).collect(),
            reply_to: (random.below(3) == 0).then(|| ReplyTo {
                from: "Peter <peter@client.com>".into(),
                date: ["2026-03-01T10:00:00Z", "not a date", ""][random.below(3)].into(),
                body: random.text_up_to(30),
            }),
            now: (random.below(2) == 0).then(|| "2026-03-04T10:00:00Z".to_string()),
            ..Draft::default()
        };
        let config = Config {
            ui_lang: [UiLang::En, UiLang::Ru, UiLang::El][random.below(3)],
            ..Config::default()
        };
        let findings = checker
            .check(&draft, &config)
            .unwrap_or_else(|e| panic!("round {round}: {e}"));
        for f in findings {
            let text = field_text(&draft, f.field);
            if f.field == Field::Body && draft.body.trim().is_empty() {
                continue; // the body was derived from the HTML
            }
            let units: Vec<u16> = text.encode_utf16().collect();
            assert!(
                f.start <= f.end && f.end <= units.len(),
                "round {round}: {f:?} in {text:?}"
            );
            let excerpt =
                String::from_utf16(&units[f.start..f.end]).expect("span on char boundaries");
            assert_eq!(excerpt, f.excerpt, "round {round}: {f:?}");
            assert!(!f.message.is_empty(), "round {round}: {f:?}");
        }
    }
}

#[test]
fn long_single_line_and_deep_quotes_are_checked() {
    let checker = Checker::new();
    let drafts = [
        "x".repeat(1_000_000),
        "> ".repeat(50_000),
        "-----Original Message-----\n".repeat(10_000),
        "слово ".repeat(150_000),
        "\n".repeat(200_000),
    ];
    for body in drafts {
        let draft = Draft {
            subject: "s".into(),
            body,
            ..Draft::default()
        };
        checker.check(&draft, &Config::default()).unwrap();
    }
}
