//! Hostile and odd drafts never make the checker panic, and every finding's
//! span is a valid UTF-16 range whose text is its excerpt — whatever the
//! rules. The drafts and the properties are the fuzzer's (`fuzz/`), here
//! for a fixed set of seeds so a failure replays; `make fuzz` runs the same
//! for as long as it is given. Below them, every input that once made the
//! check slow, each sized so that a quadratic regression would take
//! minutes.
#![allow(clippy::disallowed_methods)] // sorts freely: not in the module

#[path = "../fuzz/drafts.rs"]
#[allow(dead_code)]
mod drafts;
#[path = "../fuzz/properties.rs"]
mod properties;

use arbitrary::Unstructured;
use presend::{Checker, Config, Draft};

/// The bytes `arbitrary` reads for one seed (xorshift64*).
fn entropy(seed: u64, len: usize) -> Vec<u8> {
    let mut state = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    (0..len)
        .map(|_| {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            (state.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 56) as u8
        })
        .collect()
}

#[test]
fn generated_drafts_keep_every_property() {
    let checker = Checker::new();
    let mut findings = 0;
    for seed in 0..3_000u64 {
        let bytes = entropy(seed, 2_000 + (seed as usize % 7) * 1_000);
        let mut u = Unstructured::new(&bytes);
        let (draft, config) = drafts::draft(&mut u, &drafts::Budget::SMALL).unwrap_or_default();
        findings += properties::check(&checker, &draft, &draft, &config)
            .unwrap_or_else(|why| panic!("seed {seed}: {why}"))
            .0
            .len();
        // The same draft as JSON with lone surrogate escapes, as JS sends it.
        let json = drafts::json_with_lone_surrogates(&draft, &mut u).unwrap_or_default();
        let read = Draft::from_json(&json).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
        let expected = drafts::as_read_from_json(&draft);
        assert!(
            read == expected,
            "seed {seed}: the JSON reads back otherwise"
        );
        properties::check(&checker, &read, &expected, &config)
            .unwrap_or_else(|why| panic!("seed {seed} as JSON: {why}"));
    }
    // The drafts are hostile, not empty: the rules have work to do.
    assert!(
        findings > 10_000,
        "only {findings} findings in 3,000 drafts"
    );
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

/// CPU time of this thread so far (other tests and other work on the
/// machine do not count).
#[cfg(unix)]
fn cpu_time() -> std::time::Duration {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid timespec for the call to fill in.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    std::time::Duration::new(now.tv_sec as u64, now.tv_nsec as u32)
}

#[cfg(not(unix))]
fn cpu_time() -> std::time::Duration {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed()
}

/// Checks `draft(n / 4)` and `draft(4 * n)` and asserts the time grew about
/// sixteen-fold, not 256-fold: the bar is 64-fold, four times away from
/// either, so a busy machine's noise on one short run cannot fail a linear
/// reading (a ratio of four with a bar of eight once did, 1.6 ms against
/// 13.6 ms). The shortest of three runs each, in CPU time. Returns the
/// findings of the larger draft.
fn assert_linear(what: &str, n: usize, draft: impl Fn(usize) -> Draft) -> Vec<presend::Finding> {
    let checker = Checker::new();
    let config = Config::default();
    let mut findings = Vec::new();
    let mut times = Vec::new();
    for size in [n / 4, 4 * n] {
        let draft = draft(size);
        let mut best = std::time::Duration::MAX;
        for _ in 0..3 {
            let start = cpu_time();
            findings = properties::check(&checker, &draft, &draft, &config)
                .unwrap_or_else(|why| panic!("{what}: {why}"))
                .0;
            best = best.min(cpu_time().saturating_sub(start));
        }
        times.push(best);
    }
    // The larger draft is read whole, or the limits would hide the growth.
    assert!(
        findings.iter().all(|f| f.rule != "partly-checked"),
        "{what}: the larger draft is over the limits"
    );
    let growth = times[1].as_secs_f64() / times[0].as_secs_f64().max(1e-6);
    assert!(
        growth < 64.0,
        "{what}: sixteen times the input took {growth:.1}× as long ({:?} → {:?})",
        times[0],
        times[1]
    );
    findings
}

fn body(body: String) -> Draft {
    Draft {
        from: "Anna Smith <anna@acme.com>".into(),
        to: vec!["Peter Brown <peter@client.com>".into()],
        subject: "Re: contract".into(),
        body,
        ..Draft::default()
    }
}

fn rules(findings: &[presend::Finding]) -> Vec<&str> {
    let mut ids: Vec<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

#[test]
fn blank_lines_inside_a_quote_are_read_once() {
    // 100,000 blank quoted lines took 10 s.
    let found = assert_linear("blank lines in a quote", 25_000, |n| {
        body(format!("Fine.\n\n> a\n{}> b\n", "\n".repeat(n)))
    });
    assert!(rules(&found).iter().all(|r| *r != "template-placeholder"));
    let text = format!("Fine.\n\n> a\n{}> b\n", "\n".repeat(400_000));
    let layout = presend::layout::Layout::parse(&text);
    assert_eq!(layout.parts.len(), 2);
    assert!(layout.parts[1].range.end == text.len());
}

#[test]
fn unmatched_braces_are_read_once() {
    // 300 KB of unmatched `{` took 28 s.
    let found = assert_linear("unmatched braces", 6_000, |n| {
        body(format!(
            "Hi Peter, {} the end.",
            "{ % *| {{ {% [ <".repeat(n)
        ))
    });
    assert!(!rules(&found).contains(&"template-placeholder"));
}

#[test]
fn many_style_and_script_tags_are_skipped_once() {
    // 20,000 <style> tags took 1.2 s natively, 7.9 s in WASM.
    let found = assert_linear("style tags", 2_000, |n| Draft {
        subject: "News".into(),
        html: "<style>p{}</style><SCRIPT>x()</script><p>Our news.</p>".repeat(n),
        format: presend::draft::Format::Html,
        ..Draft::default()
    });
    assert!(found.iter().all(|f| !f.excerpt.contains("x()")));
}

#[test]
fn many_addresses_and_links_on_one_line_are_read_once() {
    // A 3.5 MB line of addresses took 109 s.
    let found = assert_linear("addresses on a line", 3_000, |n| {
        body(format!(
            "Write to {} or call.",
            "a.b@client.com, https://x.com/a,b. ".repeat(n)
        ))
    });
    assert!(!rules(&found).contains(&"spacing"), "{:?}", rules(&found));
}

#[test]
fn many_recipients_are_compared_in_linear_time() {
    // 20,000 recipients took 70 s and drew 19,999 "typo" warnings.
    let found = assert_linear("recipients", 4_000, |n| {
        let mut draft = body("Our prices change in May.\n\nTo unsubscribe, reply STOP.".into());
        draft.to = vec!["Anna Smith <anna@acme.com>".into()];
        draft.bcc = (0..n).map(|i| format!("info@client{i}.com")).collect();
        draft.bcc.push("Peter <peter@gmial.com>".into());
        draft
    });
    let typos: Vec<&str> = found
        .iter()
        .filter(|f| f.rule == "recipient-typo")
        .map(|f| f.excerpt.as_str())
        .collect();
    assert_eq!(typos, ["Peter <peter@gmial.com>"]);
}

#[test]
fn thousands_of_quoted_blocks_are_read_in_linear_time() {
    for block in [
        "-----Original Message-----\nFrom: Bob <bob@acme.com>\nSent: Monday\nTo: anna@acme.com\nSubject: x\n\nold\n",
        "On Mon, Peter <peter@client.com> wrote:\n> old\n\nNew.\n",
        "-------- Пересылаемое сообщение --------\nОт: Борис <b@acme.ru>\nДата: 2 марта 2026\nКому: a@acme.ru\n\nстарое\n",
        "Στις Δευ 2 Μαρ 2026, ο Νίκος <n@client.gr> έγραψε:\n> παλιό\n\nΝέο.\n",
    ] {
        assert_linear("quoted blocks", 600, |n| body(format!("Hi Peter,\n\nsee below.\n\n{}", block.repeat(n))));
    }
}

#[test]
fn deep_nesting_is_read_in_linear_time() {
    assert_linear("deep quote marks", 20_000, |n| {
        body(format!(
            "Ok.\n{}",
            format!("{} text\n", ">".repeat(n / 100)).repeat(100)
        ))
    });
    assert_linear("deep HTML", 3_000, |n| Draft {
        subject: "Re: x".into(),
        html: format!(
            "{}Hello{}",
            "<div><blockquote>".repeat(n),
            "</blockquote></div>".repeat(n)
        ),
        format: presend::draft::Format::Html,
        ..Draft::default()
    });
}

#[test]
fn exclamations_on_one_long_line_are_read_once() {
    assert_linear("!! on one line", 10_000, |n| {
        body(format!("Great news!! {}", "Yes!! ".repeat(n)))
    });
}

#[test]
fn a_long_run_of_dots_is_read_once() {
    // Found by `make fuzz` (seed 1796311005): each dot of a run read the
    // whole run again when looking for masked swear words ("f.u.c.k"), in
    // the author's text and in the message answered.
    assert_linear("a run of dots", 20_000, |n| {
        let dots = ".".repeat(n);
        body(format!(
            "Wait{dots}\n\nOn Monday Peter wrote:\n> Where is it{dots}\n"
        ))
    });
}

#[test]
fn a_long_run_of_words_passed_over_inside_phrases_is_read_once() {
    // Words of courtesy or emphasis ("please", "пожалуйста", "παρακαλώ")
    // are passed over inside a phrase: a sentence made of nothing else,
    // after words that start many phrases, must still be read in linear
    // time.
    assert_linear("words passed over", 1_500, |n| {
        let run = |word: &str| format!("{word} ").repeat(n);
        body(format!(
            "I am {} done. Избавьте меня {} от. Σταματήστε {} να.",
            run("really"),
            run("пожалуйста"),
            run("παρακαλώ")
        ))
    });
}

#[test]
fn many_quotations_in_one_sentence_are_read_once() {
    // Each short quotation said to the reader is weighed against its
    // sentence (does a word outside it address the reader? does the
    // sentence ask what the reader means?): a sentence of thousands of
    // them must not be read once per quotation.
    assert_linear("quotations in a sentence", 2_000, |n| {
        body(format!(
            "When you say {} do you mean it? And {} is all.",
            "\"big deal\" or ".repeat(n),
            "\"you know\" and ".repeat(n)
        ))
    });
    // Nor weighed against every word that tells what the author is told,
    // or every count of the text, once per quotation.
    assert_linear("quotations of what the author is told", 2_000, |n| {
        body(format!(
            "For the third time they said {} again.",
            "\"soon\" and said ".repeat(n)
        ))
    });
}

#[test]
fn news_in_one_long_conditional_sentence_is_read_once() {
    // Each piece of bad news is weighed against its sentence (does a
    // condition open before it, or follow it?): a sentence of thousands of
    // them must not be read once per piece.
    assert_linear("news before a condition", 2_000, |n| {
        body(format!(
            "Just so you know, {}unless the parts arrive.",
            "we will have to cancel the order and ".repeat(n)
        ))
    });
    assert_linear("news after a condition", 2_000, |n| {
        body(format!(
            "So if the parts do not arrive, {}that is all.",
            "we will have to cancel the order and ".repeat(n)
        ))
    });
}

#[test]
fn hedged_threats_in_one_long_sentence_are_read_once() {
    // Each hedged threat asks whether its sentence opens after a deadline
    // ("After that date …"): a sentence of thousands of them must not be
    // read back to its start once per threat.
    assert_linear("hedged threats in a sentence", 1_000, |n| {
        body(format!(
            "We would much rather settle this. After that date {}that is all.",
            "we will have to pass the account to our debt collectors and ".repeat(n)
        ))
    });
}

#[test]
fn praise_set_against_failures_in_many_sentences_is_read_once() {
    // Each piece of praise was weighed against every failure, set-apart
    // word and request of the text, and every sentence after it was read
    // for a question: 8,000 sentences of praise and failure took 0.5 s,
    // 2x input about 3.6x time.
    assert_linear("praise before failures", 2_000, |n| {
        body("Great service. The box arrived broken. ".repeat(n))
    });
    assert_linear("praise set apart from failures", 2_000, |n| {
        body("Thanks for the excellent support, but it still doesn't work. ".repeat(n))
    });
    assert_linear("praise closing failures", 2_000, |n| {
        body("The box arrived broken, great. ".repeat(n))
    });
    assert_linear("mock wonder at words thrown back", 2_000, |n| {
        body("Funny how the \"quick fix\" took weeks. ".repeat(n))
    });
    assert_linear("thanks for words in scare quotes", 2_000, |n| {
        body("Thanks for the \"quick\" fix. ".repeat(n))
    });
    assert_linear("thanks taken back by regret", 1_000, |n| {
        body("Lovely box. Shame it's broken. Thanks for it. Pity it's wrong. ".repeat(n))
    });
}

#[test]
fn a_long_greeklish_text_is_read_as_greek_in_proportion() {
    // Each Latin word of a Greeklish text is written in Greek letters and
    // stemmed once, in a copy of the text's words for the tone judgement.
    let sentence = "den einai i prwti fora pou to kanete kai tha to plirwsete. ";
    assert_linear("a long Greeklish text", 2_000, |n| body(sentence.repeat(n)));
    // The same path, on texts short enough to be judged: read as Greek.
    let found = assert_linear("a short Greeklish text", 8, |n| {
        body(format!(
            "Niko kalimera,\n\n{}\nAnna\n",
            sentence.repeat(n / 8 + 1)
        ))
    });
    let tone = ["insult", "indignation", "emotional-tone", "shouting"];
    assert!(
        rules(&found).iter().any(|r| tone.contains(r)),
        "{:?}",
        rules(&found)
    );
}

#[test]
fn a_long_line_under_a_long_indent_is_wrapped_in_proportion() {
    // The wrapped line repeated the indent on each of its lines: a line of
    // 3,300 words under 130,000 spaces came to a quick fix of 432 MB.
    let found = assert_linear("a long line under a long indent", 4_000, |n| {
        body(format!(
            "Hello,\nthe list is below, as agreed\nwith your team.\n\n{}{}\n",
            " ".repeat(10 * n),
            "word ".repeat(n)
        ))
    });
    assert!(rules(&found).contains(&"long-lines"), "{:?}", rules(&found));
}
