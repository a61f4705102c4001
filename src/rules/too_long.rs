use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::language::Lang;
use crate::rules::spans::is_bulk;
use crate::rules::{Category, Rule, Status};
use crate::tr;
use crate::words::TextView;
use std::ops::Range;

/// A sentence with more words than this is hard to follow.
pub const MAX_SENTENCE_WORDS: usize = 40;

declare_rule! {
    /// ## What it does
    /// Flags an author's own text (quotes and signature excluded) longer than
    /// `max_words` words (default 250), on the word where the limit is
    /// passed, and each sentence of more than 40 words. A mass mailing (an
    /// unsubscribe line, or `bulk_recipients` addresses) is not a client
    /// letter: only its sentences are judged. Sentences end at
    /// `.`, `!`, `?`, `;`, `:`, `…`, a blank line or a list item.
    ///
    /// ## Why is this bad?
    /// The seed on keeping a dialogue with clients asks to be brief
    /// ("Будьте лаконичны. Краткость — сестра таланта"): no chatter, no
    /// overloading, messages clear enough for the client to get what they
    /// need quickly — and to respect the client's time. The Greek seed on
    /// bad-news letters says the same: the client's time is valuable, say
    /// briefly what happened. A long sentence makes the reader hold too much
    /// at once.
    ///
    /// ## Example
    /// - en: a 400-word reply to a yes-or-no question
    /// - ru: «Мы рассмотрели ваше обращение и, учитывая все обстоятельства,
    ///   которые … (и так 50 слов)»
    /// - el: «Εξετάσαμε το αίτημά σας και, λαμβάνοντας υπόψη … (50 λέξεις)»
    ///
    /// ## Options
    /// `max_words` (default 250): words of own text beyond which a letter is
    /// long. The sentence limit is 40 words.
    pub struct TooLong {}
    info {
        id: "too-long",
        severity: Severity::Info,
        category: Category::Content,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "Too long", ru: "Слишком длинно", el: "Πολύ μεγάλο"),
        reason: tr!(
            en: "A brief letter respects the client's time and gets read to the end.",
            ru: "Краткое письмо бережёт время клиента и дочитывается до конца.",
            el: "Ένα σύντομο μήνυμα σέβεται τον χρόνο του πελάτη και διαβάζεται ως το τέλος.",
        ),
    }
}

impl TooLong {
    /// The rule needs no preparation.
    pub fn new() -> Self {
        TooLong {}
    }
}

/// True when the text between two words ends a sentence.
fn ends_sentence(gap: &str) -> bool {
    // Most gaps are one space: no need to read them.
    if gap == " " {
        return false;
    }
    if gap.contains([
        '.',
        '!',
        '?',
        ';',
        ':',
        '…',
        crate::language::GREEK_QUESTION_MARK,
    ]) {
        return true;
    }
    let mut lines = gap.split('\n');
    lines.next();
    // A blank line, or a new line that starts a list item.
    lines.any(|line| {
        let line = line.trim_start();
        line.is_empty() || line.starts_with(['-', '*', '•', '–', '—'])
    })
}

/// The word index ranges of the sentences of `view`.
fn sentences(body: &str, view: &TextView) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..view.words.len() {
        let (a, b) = (&view.words[i - 1].range, &view.words[i].range);
        // Words of different own parts never share a sentence.
        if a.end > b.start || ends_sentence(&body[a.end..b.start]) {
            out.push(start..i);
            start = i;
        }
    }
    if !view.words.is_empty() {
        out.push(start..view.words.len());
    }
    out
}

impl Rule for TooLong {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let words = &ctx.own.words;
        let limit = ctx.config.max_words;
        // A newsletter is not a client letter: only its sentences are judged.
        if words.len() > limit && !is_bulk(ctx) {
            let at = &words[limit].range;
            let line_end = ctx.body[at.start..]
                .find('\n')
                .map_or(ctx.body.len(), |i| at.start + i);
            let count = words.len().to_string();
            let max = limit.to_string();
            let message = tr!(
                en: "Words in your text: {count}, while a client letter needs no more than {max}; keep what the client must know.",
                ru: "Слов в вашем тексте: {count}, а письму клиенту хватает {max}; оставьте то, что клиенту нужно знать.",
                el: "Λέξεις στο κείμενό σας: {count}, ενώ σε ένα μήνυμα προς πελάτη αρκούν {max}· κρατήστε ό,τι πρέπει να ξέρει ο πελάτης.",
            )
            .format(ctx.ui(), &[("count", &count), ("max", &max)]);
            out.push(Diagnostic::new(Field::Body, at.start..line_end, message));
        }
        for sentence in sentences(&ctx.body, &ctx.own) {
            if sentence.len() > MAX_SENTENCE_WORDS {
                let count = sentence.len().to_string();
                let message = tr!(
                    en: "Words in this sentence: {count}; split it so the client can follow.",
                    ru: "Слов в этом предложении: {count}; разбейте его, чтобы клиенту было легче читать.",
                    el: "Λέξεις σε αυτή την πρόταση: {count}· χωρίστε τη για να τη διαβάζει εύκολα ο πελάτης.",
                )
                .format(ctx.ui(), &[("count", &count)]);
                out.push(Diagnostic::new(
                    Field::Body,
                    ctx.own.span(sentence.start, sentence.end - 1),
                    message,
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::rules::testing::*;

    fn rule() -> TooLong {
        TooLong::new()
    }

    fn long_sentence(word: &str, n: usize) -> String {
        vec![word; n].join(" ") + "."
    }

    #[test]
    fn flags_long_sentences_in_each_language() {
        for word in ["contract", "договоры", "συμβόλαιο"] {
            let text = long_sentence(word, 45);
            assert_eq!(excerpts(&rule(), &text), [text.trim_end_matches('.')]);
        }
    }

    #[test]
    fn allows_short_sentences() {
        for word in ["contract", "договор", "συμβόλαιο"] {
            let text = [long_sentence(word, 30), long_sentence(word, 30)].join(" ");
            assert_no_lints(&text, &rule());
        }
        let list = format!(
            "{}\n- {}",
            vec!["item"; 30].join(" "),
            vec!["пункт"; 30].join(" ")
        );
        assert_no_lints(&list, &rule());
    }

    #[test]
    fn flags_long_letters_with_the_configured_limit() {
        let text = (0..30)
            .map(|_| "Договор готов к подписи сегодня.")
            .collect::<Vec<_>>()
            .join(" ");
        assert_no_lints(&text, &rule());
        let config = Config {
            max_words: 100,
            ..Config::default()
        };
        let found = run_with(&rule(), &letter(&text), &config);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("150"), "{}", found[0].message);
        let greek = (0..70)
            .map(|_| "Το συμβόλαιο είναι έτοιμο.")
            .collect::<Vec<_>>()
            .join(" ");
        assert_lint_count(&greek, &rule(), 1);
        let newsletter = format!("{} Unsubscribe here.", "The contract is ready. ".repeat(70));
        assert_no_lints(&newsletter, &rule());
        let english = (0..70)
            .map(|_| "The contract is ready.")
            .collect::<Vec<_>>()
            .join(" ");
        assert_lint_count(&english, &rule(), 1);
    }

    #[test]
    fn ignores_quoted_text() {
        let quote = long_sentence("word", 300);
        assert_no_lints(
            &format!("Fine.\n\nOn Mon, Peter wrote:\n> {quote}\n"),
            &rule(),
        );
        assert_no_lints(
            &format!("Хорошо.\n\n> {}\n", long_sentence("слово", 50)),
            &rule(),
        );
        assert_no_lints(
            &format!("Εντάξει.\n\n> {}\n", long_sentence("λέξη", 50)),
            &rule(),
        );
    }

    #[test]
    fn has_a_message_in_every_language() {
        assert_eq!(
            messages_in_every_language(&rule(), &letter(&long_sentence("слово", 45))).len(),
            3
        );
    }
}
