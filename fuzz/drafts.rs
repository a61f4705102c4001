//! Hostile drafts, built from `arbitrary` bytes: any Unicode in any field,
//! the markers mail clients write (quote marks, attribution lines, header
//! blocks, forward separators in English, Russian and Greek) repeated by the
//! thousand, broken HTML, entities, scripts and styles, template braces,
//! invalid dates, thousands of recipients, emoji with joiners, combining and
//! right-to-left marks, NUL, CRLF and lone CR. Shared by the fuzzer
//! (`fuzz/main.rs`) and the robustness tests (`tests/robustness.rs`).

use arbitrary::{Result, Unstructured};
use presend::draft::{Format, ReplyTo};
use presend::{Config, Draft, UiLang};

/// Stands for half of a surrogate pair in a generated draft: the JSON form
/// of the draft writes a lone `\ud800`-style escape in its place (see
/// [`json_with_lone_surrogates`]).
pub const LONE_SURROGATE: char = '\u{e000}';

/// Pieces of text mail is made of, and pieces that break things.
const FRAGMENTS: &[&str] = &[
    "Hello",
    "Dear Peter,",
    "Уважаемая Ольга Сергеевна!",
    "Светлана Игоревна, добрый день!",
    "Αγαπητέ κύριε Παπαδόπουλε,",
    "Peter, good morning!",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "> ",
    ">> ",
    ">\n",
    "On Mon, Mar 2, 2026 at 10:00 AM Peter <p@client.com> wrote:",
    "… пишет:",
    "έγραψε:",
    "пн, 2 мар. 2026 г. в 10:00, Пётр <p@client.ru>:",
    "Понедельник, 2 марта 2026, 10:00 +03:00 от Пётр <p@client.ru>:",
    "-----Original Message-----",
    "________________________________",
    "From: Bob <bob@acme.com>",
    "Sent: Monday",
    "To: a@acme.com",
    "Subject: x",
    "От кого: Борис <b@acme.ru>",
    "Отправитель: b@acme.ru",
    "Από: Νίκος <n@acme.gr>",
    "Προς: a@acme.gr",
    "-------- Пересылаемое сообщение --------",
    "-------- Перенаправленное сообщение --------",
    "Αρχή προωθημένου μηνύματος:",
    "Begin forwarded message:",
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
    "{%",
    "%}",
    "*|",
    "|*",
    "%",
    "<",
    ">",
    "XXX",
    "ХХХ",
    "ΧΧΧ",
    "[First Name]",
    "%ИМЯ%",
    "*|FNAME|*",
    "{{ contact.firstname }}",
    "http://",
    "https://x.com/a.",
    "www.",
    "a.b@c.com,",
    ".",
    ",",
    "!",
    "!!",
    "!!!",
    "?!",
    "ё",
    "ς",
    "Σ",
    "Tο",
    "oтправлен",
    "😀",
    "👩\u{200d}👩\u{200d}👧",
    "\u{200d}",
    "\u{200f}",
    "\u{202e}",
    "\u{0301}",
    "\u{feff}",
    "\u{0}",
    "\u{fffd}",
    "\u{e000}",
    "the the",
    "в в",
    "το το",
    "attached",
    "во вложении",
    "прикрепил",
    "επισυνάπτω",
    "ИДИОТ",
    "х*р",
    "STOP SHOUTING NOW",
    "ЭТО ТРЕТИЙ РАЗ",
    "unsubscribe",
    "отписаться",
    "FYI",
    "к сожалению",
    "delay",
    "Вы",
    "Вам",
    "a,b",
    "word ,",
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
    "&#x1F600;",
    "&#xD800;",
    "&bogus;",
    "&",
    "<b>",
    "</b>",
    "<p>",
    "<br>",
    "<blockquote>",
    "</blockquote>",
    "<a href=\"https://x.com/unsubscribe\">",
    "</a>",
    "<style>",
    "</style>",
    "<script>",
    "</SCRIPT>",
    "<!--",
    "-->",
    "<head>",
    "<title>",
    "2026-03-02T10:00:00Z",
    "30.02.2026",
    "Mon, 2 Mar 2026 10:00:00 +0300",
    "99:99",
];

/// Pieces repeated by the thousand: long threads, deep nesting, lines full
/// of addresses, unmatched braces.
const REPEATED: &[&str] = &[
    "> ", ">", "> \n", "\n", "\n\n> \n", "> a\n\n\n", "<blockquote>", "<div>", "</div>", "<b><i>",
    "-----Original Message-----\nFrom: a@acme.com\nSent: Monday\nTo: b@acme.com\nSubject: x\n\nold\n",
    "On Mon, Peter <p@client.com> wrote:\n> hi\n",
    "-------- Пересылаемое сообщение --------\nОт: a@acme.ru\nДата: 2 марта 2026\nКому: b@acme.ru\n\nстарое\n",
    "Στις Δευ 2 Μαρ 2026, ο Νίκος <n@client.gr> έγραψε:\n> γεια\n",
    "{", "[", "%", "<", "*|", "{{", "<style>a</style>", "<STYLE>", "<script>x</script>", "&amp;",
    "a@b.com, ", "http://x.com/a,b. ", "x.com,y.com.", "!!", "!! ", "the ", "ХХХ ", "[Name] XXX ",
    "your attachment ", "\r", "\r\n", "\u{0}", "👩\u{200d}👩\u{200d}👧", "e\u{301}", "\u{202e}",
    "word  word ", "WORD ", "Dear Customer,\n", ",", ".", "a.", "Hi,", "\u{e000}",
];

/// Addresses, good and broken.
const ADDRESSES: &[&str] = &[
    "Peter Brown <peter@client.com>",
    "Ольга Смирнова <olga@client.ru>",
    "Νίκος <nikos@client.gr>",
    "bob@acme.com",
    "x@gmial.com",
    "\"Brown, Peter\" <p@x.com>",
    "not an address",
    "",
    " ",
    "<>",
    "@",
    "a@",
    "@b",
    "a@b@c",
    "\"unclosed <a@b.com>",
    "a@client.com; b@cleint.com",
    "Anna Smith <anna@acme.com>",
    "info@client1.com",
    "x@\u{e000}.com",
    "\u{e000} <a@b.com>",
];

/// How big a draft may grow.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    /// Bytes of text per field.
    pub bytes: usize,
    /// Times a piece may be repeated in a row.
    pub repeat: usize,
    /// Recipients per list.
    pub recipients: usize,
}

impl Budget {
    /// Small drafts, quick to check: for the tests.
    pub const SMALL: Budget = Budget {
        bytes: 4_000,
        repeat: 200,
        recipients: 40,
    };
}

/// A text of at most about `budget.bytes` bytes.
pub fn text(u: &mut Unstructured, budget: &Budget) -> Result<String> {
    // Sizes spread over orders of magnitude: most drafts small and quick,
    // some near the budget.
    let shift = u.int_in_range(0..=6)?;
    let limit = u.int_in_range(0..=budget.bytes >> shift)?;
    let mut out = String::new();
    while out.len() < limit && !u.is_empty() {
        match u.int_in_range(0..=11)? {
            0..=5 => out.push_str(u.choose(FRAGMENTS)?),
            6 => out.push(u.arbitrary::<char>()?),
            7 => {
                let any: &str = u.arbitrary()?;
                out.push_str(any);
            }
            8 | 9 => {
                let piece = u.choose(REPEATED)?;
                let times = u.int_in_range(1..=budget.repeat)?;
                let room = (limit.saturating_sub(out.len()) / piece.len().max(1)).max(1);
                out.push_str(&piece.repeat(times.min(room)));
            }
            10 => out.push_str(&u.int_in_range(0..=99_999u32)?.to_string()),
            _ => out.push_str(["Anna", "Пётр", "Νίκος", "ACME", "Ltd."][u.choose_index(5)?]),
        }
    }
    Ok(out)
}

/// A recipient list: a few, or (rarely) up to `budget.recipients`, some
/// numbered, some comma strings, some garbage.
fn addresses(u: &mut Unstructured, budget: &Budget) -> Result<Vec<String>> {
    let count = if u.ratio(1, 8)? {
        u.int_in_range(0..=budget.recipients)?
    } else {
        u.int_in_range(0..=6)?
    };
    let numbered = u.ratio(1, 3)?;
    let mut list = Vec::with_capacity(count);
    for i in 0..count {
        if u.is_empty() {
            break;
        }
        list.push(match u.int_in_range(0..=5)? {
            0 if numbered => format!("info@client{i}.com"),
            1 => text(
                u,
                &Budget {
                    bytes: 40,
                    ..*budget
                },
            )?,
            _ => u.choose(ADDRESSES)?.to_string(),
        });
    }
    Ok(list)
}

/// A date as mail clients write it, or not.
fn date(u: &mut Unstructured) -> Result<String> {
    Ok(match u.int_in_range(0..=5)? {
        0 => "2026-03-01T10:00:00Z".into(),
        1 => "Mon, 2 Mar 2026 10:00:00 +0300".into(),
        2 => "not a date".into(),
        3 => String::new(),
        4 => "9999-99-99T99:99:99Z".into(),
        _ => u.arbitrary::<String>()?,
    })
}

/// A hostile draft and a configuration to check it with.
pub fn draft(u: &mut Unstructured, budget: &Budget) -> Result<(Draft, Config)> {
    let html = if u.ratio(1, 3)? {
        text(u, budget)?
    } else {
        String::new()
    };
    let draft = Draft {
        from: match u.int_in_range(0..=4)? {
            0 => "Anna <anna@acme.com>".into(),
            1 => "anna@gmail.com".into(),
            2 => String::new(),
            3 => "garbage".into(),
            _ => text(u, &Budget::SMALL)?,
        },
        to: addresses(u, budget)?,
        cc: addresses(u, budget)?,
        bcc: addresses(u, budget)?,
        subject: text(
            u,
            &Budget {
                bytes: budget.bytes / 20 + 8,
                ..*budget
            },
        )?,
        body: if !html.is_empty() && u.ratio(1, 2)? {
            String::new() // the body is the HTML's text
        } else {
            text(u, budget)?
        },
        html,
        format: if u.arbitrary()? {
            Format::Html
        } else {
            Format::Plain
        },
        attachments: (0..u.int_in_range(0..=3)?)
            .map(|_| text(u, &Budget::SMALL))
            .collect::<Result<_>>()?,
        attachments_unknown: u.ratio(1, 5)?,
        reply_to: if u.ratio(1, 3)? {
            Some(ReplyTo {
                from: u.choose(ADDRESSES)?.to_string(),
                date: date(u)?,
                body: text(u, budget)?,
            })
        } else {
            None
        },
        now: if u.arbitrary()? { Some(date(u)?) } else { None },
    };
    let config = Config {
        ui_lang: [UiLang::En, UiLang::Ru, UiLang::El][u.choose_index(3)?],
        internal_domains: if u.ratio(1, 4)? {
            vec!["acme.com".into(), "@ACME.ru".into()]
        } else {
            Vec::new()
        },
        bulk_recipients: u.int_in_range(1..=20)?,
        ..Config::default()
    };
    Ok((draft, config))
}

/// The draft as JSON in which each [`LONE_SURROGATE`] is written as an
/// escape of half a surrogate pair, as `JSON.stringify` writes a JS string
/// that holds one.
pub fn json_with_lone_surrogates(draft: &Draft, u: &mut Unstructured) -> Result<String> {
    let json = serde_json::to_string(draft).expect("a draft serialises");
    let mut out = String::with_capacity(json.len());
    let mut high_before = false;
    for (i, piece) in json.split(LONE_SURROGATE).enumerate() {
        if i > 0 {
            // A low half right after a high one would make a pair.
            let halves: &[&str] = if high_before {
                &["\\ud800", "\\udbff"]
            } else {
                &["\\ud800", "\\udc00", "\\udbff", "\\udfff"]
            };
            let half = halves[u.choose_index(halves.len())?];
            out.push_str(half);
            high_before = half.starts_with("\\ud8") || half.starts_with("\\udb");
        }
        if !piece.is_empty() {
            high_before = false;
        }
        out.push_str(piece);
    }
    Ok(out)
}

/// What a checker that reads [`json_with_lone_surrogates`] sees: each lone
/// half is U+FFFD (one UTF-16 unit for one, so offsets agree).
pub fn as_read_from_json(draft: &Draft) -> Draft {
    let fix = |s: &String| s.replace(LONE_SURROGATE, "\u{fffd}");
    let list = |l: &Vec<String>| l.iter().map(fix).collect();
    Draft {
        from: fix(&draft.from),
        to: list(&draft.to),
        cc: list(&draft.cc),
        bcc: list(&draft.bcc),
        subject: fix(&draft.subject),
        body: fix(&draft.body),
        html: fix(&draft.html),
        attachments: list(&draft.attachments),
        reply_to: draft.reply_to.as_ref().map(|r| ReplyTo {
            from: fix(&r.from),
            date: fix(&r.date),
            body: fix(&r.body),
        }),
        now: draft.now.as_ref().map(fix),
        ..draft.clone()
    }
}

/// The same draft twice over: every text doubled, every list doubled. A
/// check that is linear in the draft's size takes about twice as long.
pub fn doubled(draft: &Draft) -> Draft {
    let twice = |s: &String| s.repeat(2);
    let list = |l: &Vec<String>| [l.clone(), l.clone()].concat();
    Draft {
        from: draft.from.clone(),
        to: list(&draft.to),
        cc: list(&draft.cc),
        bcc: list(&draft.bcc),
        subject: twice(&draft.subject),
        body: twice(&draft.body),
        html: twice(&draft.html),
        attachments: list(&draft.attachments),
        reply_to: draft.reply_to.as_ref().map(|r| ReplyTo {
            body: twice(&r.body),
            ..r.clone()
        }),
        ..draft.clone()
    }
}
