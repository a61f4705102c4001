use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::rules::{Category, Rule, Status};
use crate::tr;

declare_rule! {
    /// ## What it does
    /// In a plain-text draft wrapped by hand, flags each line of the
    /// author's own text (quoted lines and the signature excluded) longer
    /// than `line_length` characters (default 78) — typically a pasted
    /// paragraph or a table row among wrapped lines — and suggests the line
    /// wrapped at that width (its indent kept, unless it takes more than
    /// half the width). A line that cannot be wrapped — a lone URL, a
    /// path, any line without a space — is left alone. A text written one
    /// line per paragraph is wrapped by the mail client when it sends
    /// (format=flowed), so there only lines over the 998 characters RFC 5322
    /// allows are flagged. HTML drafts are not checked: the mail client
    /// wraps them.
    ///
    /// ## Why is this bad?
    /// Plain-text mail readers show long lines as they are, so the client
    /// scrolls sideways or sees lines broken in odd places, and a quote of
    /// the letter in the reply breaks up further. The seed on keeping a
    /// dialogue asks to re-check every message before sending and to make
    /// it clear enough for the client to read quickly; a letter that is
    /// hard to read on screen fails at the second.
    ///
    /// ## Example
    /// - en: one paragraph of 300 characters on a single line
    /// - ru: абзац в 300 символов одной строкой
    /// - el: μια παράγραφος 300 χαρακτήρων σε μία γραμμή
    ///
    /// ## Options
    /// `line_length` (default 78): the width beyond which a line is long.
    pub struct LongLines {}
    info {
        id: "long-lines",
        severity: Severity::Info,
        category: Category::Form,
        languages: &[],
        status: Status::Stable,
        title: tr!(en: "Long lines", ru: "Длинные строки", el: "Μεγάλες γραμμές"),
        reason: tr!(
            en: "Plain-text readers show long lines as they are, broken in odd places.",
            ru: "Почтовые программы показывают длинные строки простого текста как есть, с переносами в случайных местах.",
            el: "Τα προγράμματα αλληλογραφίας δείχνουν τις μεγάλες γραμμές απλού κειμένου όπως είναι, σπασμένες σε τυχαία σημεία.",
        ),
    }
}

/// The longest line RFC 5322 allows in a message, without its line break.
const MAX_LINE: usize = 998;

/// True when some paragraph of the own text is broken into lines by hand:
/// a line of at least half the width followed by another non-blank line.
fn is_wrapped_by_hand(body: &str, parts: &[std::ops::Range<usize>], width: usize) -> bool {
    parts.iter().any(|part| {
        let lines: Vec<&str> = body[part.clone()].lines().collect();
        lines.windows(2).any(|pair| {
            let first = pair[0].trim_end().chars().count();
            first >= width / 2 && first <= width && !pair[1].trim().is_empty()
        })
    })
}

impl LongLines {
    /// The rule needs no preparation.
    pub fn new() -> Self {
        LongLines {}
    }
}

/// The line wrapped at `width` characters, at spaces, keeping its indent
/// on every line when the indent leaves at least half the width to the
/// words (a wider one is dropped: repeated on each line, it would leave no
/// room for them, and an indent of thousands of spaces would be copied
/// thousands of times).
pub(crate) fn wrap(line: &str, width: usize) -> String {
    let indent_len = line.len() - line.trim_start().len();
    let indent = if line[..indent_len].chars().count() * 2 <= width {
        &line[..indent_len]
    } else {
        ""
    };
    let mut out = String::with_capacity(line.len() + 8);
    let mut current = 0;
    for word in line[indent_len..].split(' ').filter(|w| !w.is_empty()) {
        let len = word.chars().count();
        if current == 0 {
            out.push_str(indent);
            current = indent.chars().count();
        } else if current + 1 + len > width {
            out.push('\n');
            out.push_str(indent);
            current = indent.chars().count();
        } else {
            out.push(' ');
            current += 1;
        }
        out.push_str(word);
        current += len;
    }
    out
}

impl Rule for LongLines {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        if !ctx.is_plain_text() {
            return;
        }
        let width = ctx.config.line_length;
        let parts = ctx.layout.own_ranges_without_signature();
        // A text written one line per paragraph is wrapped by the mail
        // client when it sends (format=flowed); only a text wrapped by hand
        // shows its long lines as they are. Lines over the RFC 5322 limit
        // break in transit whatever the client does.
        let limit = if is_wrapped_by_hand(&ctx.body, &parts, width) {
            width
        } else {
            MAX_LINE
        };
        for part in parts {
            let mut at = part.start;
            for raw in ctx.body[part.clone()].split_inclusive('\n') {
                let start = at;
                at += raw.len();
                let line = raw.trim_end_matches(['\n', '\r']);
                let length = line.chars().count();
                if length <= limit
                    || !line.trim().contains(' ')
                    || line.trim_start().starts_with('>')
                {
                    continue;
                }
                let wrapped = wrap(line, width);
                if !wrapped.contains('\n') {
                    continue;
                }
                let message = tr!(
                    en: "Characters in this line: {count}, more than {max}; plain-text readers will not wrap it neatly.",
                    ru: "Символов в строке: {count}, а допустимо {max}; в простом тексте её перенесут где придётся.",
                    el: "Χαρακτήρες στη γραμμή: {count}, ενώ το όριο είναι {max}· στο απλό κείμενο θα σπάσει σε τυχαία σημεία.",
                )
                .format(ctx.ui(), &[("count", &length.to_string()), ("max", &width.to_string())]);
                out.push(
                    Diagnostic::new(Field::Body, start..start + line.len(), message)
                        .with_suggestion(wrapped),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::draft::Format;
    use crate::rules::testing::*;

    fn rule() -> LongLines {
        LongLines::new()
    }

    fn line(word: &str, n: usize) -> String {
        vec![word; n].join(" ")
    }

    #[test]
    fn flags_long_lines_in_each_language() {
        for word in ["contract", "договор", "συμβόλαιο"] {
            let long = line(word, 12);
            let wrapped = format!("{}\n{}", line(word, 6), line(word, 3));
            assert_eq!(
                excerpts(&rule(), &format!("{wrapped}\n\n{long}\nBye.")),
                [long]
            );
        }
    }

    #[test]
    fn allows_one_line_paragraphs_up_to_the_rfc_limit() {
        for word in ["contract", "договор", "συμβόλαιο"] {
            assert_no_lints(&format!("Hello,\n\n{}\n\nBye.", line(word, 12)), &rule());
            assert_lint_count(
                &format!("Hello,\n\n{}\n\nBye.", line(word, 150)),
                &rule(),
                1,
            );
        }
    }

    #[test]
    fn counts_characters_not_bytes() {
        // 70 Cyrillic letters are 140 bytes but fit in 78 characters.
        assert_no_lints(&line("договорный", 7), &rule());
        assert_no_lints(&line("συμβόλαιο", 7), &rule());
        assert_no_lints(&line("agreement", 7), &rule());
    }

    #[test]
    fn suggests_the_wrapped_line() {
        let body = format!("  {}", line("word", 300));
        let wrapped = vec![format!("  {}", line("word", 15)); 20].join("\n");
        assert_suggestion_result(&body, &rule(), &wrapped);
    }

    #[test]
    fn drops_an_indent_that_leaves_the_words_no_room() {
        let body = format!("{}{}", " ".repeat(60), line("word", 300));
        let wrapped = vec![line("word", 15); 20].join("\n");
        assert_suggestion_result(&body, &rule(), &wrapped);
    }

    #[test]
    fn follows_the_configured_width() {
        let config = Config {
            line_length: 20,
            ..Config::default()
        };
        let body = format!("{}\n{}", line("слово", 2), line("слово", 5));
        assert_eq!(run_with(&rule(), &letter(&body), &config).len(), 1);
    }

    #[test]
    fn allows_urls_quotes_and_html() {
        let url = format!("https://example.com/{}", "a".repeat(100));
        assert_no_lints(&format!("See\n{url}\n"), &rule());
        assert_no_lints(
            &format!("Ok.\n\nOn Mon, Peter wrote:\n> {}\n", line("contract", 12)),
            &rule(),
        );
        assert_no_lints(&format!("Да.\n\n> {}\n", line("договор", 12)), &rule());
        assert_no_lints(&format!("Ναι.\n\n> {}\n", line("συμβόλαιο", 12)), &rule());
        let mut draft = letter(&line("contract", 200));
        draft.format = Format::Html;
        assert!(run(&rule(), &draft).is_empty());
    }

    #[test]
    fn has_a_message_in_every_language() {
        assert_eq!(
            messages_in_every_language(&rule(), &letter(&line("слово", 200))).len(),
            3
        );
    }
}
