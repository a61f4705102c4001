use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::language::{Lang, Script};
use crate::phrases::PhraseList;
use crate::rules::emotional_tone::EmotionalTone;
use crate::rules::indignation::Indignation;
use crate::rules::insult::Insult;
use crate::rules::{Category, Rule, Status};
use crate::tr;
use crate::words::{TextView, Word};
use std::collections::HashSet;
use std::ops::Range;

declare_rule! {
    /// ## What it does
    /// Flags a raised voice in an angry letter: runs of words in capitals
    /// ("PLEASE CALL ME BACK", "СРОЧНО ОПЛАТИТЕ СЧЁТ", "ΑΠΑΝΤΗΣΤΕ ΑΜΕΣΑ") and
    /// repeated marks ("!!", "!!!", "?!") in the author's own text and the
    /// subject, when the letter is in conflict: it has an indignant "?!", a
    /// rebuke or an insult, or it sounds agitated as `emotional-tone` judges
    /// it (the word lists of those rules are reused). Capitals in a cheerful
    /// or promotional letter ("HAPPY BIRTHDAY!!!", "NEW COLLECTION!!") are
    /// style, not shouting. It offers the text in normal case and a single
    /// "!" or "?".
    ///
    /// Never shouting: acronyms and legal forms ("API", "ООО", "ИНН", "ΦΠΑ")
    /// — a run needs three words in capitals (two before "!" or "?"), ten
    /// letters and a word of five letters or more; labels ("АДРЕС БАНКА:"),
    /// names with their acronym ("TEXAS EASTERN TRANSMISSION (TE)") or legal
    /// form ("… GMBH", "… LP"), quoted button names, headings (a line in
    /// capitals without final punctuation); "!!!" after a friendly word
    /// ("Thanks!!!").
    ///
    /// ## Why is this bad?
    /// Capitals and "!!!" read as raised voice. The first seed warns never to
    /// write while agitated: such a letter carries negativity even when the
    /// author does not mean it. The seed on aggressive client letters asks to
    /// voice emotions "correctly and in a civilised way" — shouting back at an
    /// angry client only feeds the conflict.
    ///
    /// ## Example
    /// - en: "This is unacceptable. WE HAVE ALREADY ANSWERED THIS!!!"
    /// - ru: "Это возмутительно. ПОВТОРЯЮ ЕЩЁ РАЗ: оплата до пятницы!!"
    /// - el: "ΣΑΣ ΕΧΟΥΜΕ ΗΔΗ ΑΠΑΝΤΗΣΕΙ?!"
    ///
    /// ## Options
    /// None. Capitalised names that are never shouting are in `shouting.txt`
    /// beside this file; friendly words after which "!!" is allowed ("Thanks!!")
    /// in `shouting.friendly.txt`.
    pub struct Shouting {
        acronyms: HashSet<String>,
        friendly: PhraseList,
        insult: &'static Insult,
        indignation: &'static Indignation,
        tone: &'static EmotionalTone,
    }
    info {
        id: "shouting",
        severity: Severity::Warning,
        category: Category::Tone,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "Shouting", ru: "Крик", el: "Φωνές"),
        reason: tr!(
            en: "Capitals and repeated exclamation marks read as a raised voice.",
            ru: "Заглавные буквы и «!!!» читаются как крик.",
            el: "Τα κεφαλαία και τα πολλαπλά θαυμαστικά διαβάζονται σαν φωνές.",
        ),
    }
}

/// A run of capitals shouts when it has at least this many words (two when
/// it ends in "!" or "?")…
const MIN_RUN_WORDS: usize = 3;
/// …this many letters…
const MIN_RUN_LETTERS: usize = 10;
/// …and a word at least this long (shorter ones may all be acronyms).
const MIN_LONG_WORD: usize = 5;

impl Shouting {
    /// Prepares the list of capitalised names.
    pub fn new() -> Self {
        let list = PhraseList::builtin("shouting", include_str!("shouting.txt"));
        Shouting {
            acronyms: list
                .phrases()
                .iter()
                .map(|p| crate::normalize::normalize(&p.text))
                .collect(),
            friendly: PhraseList::builtin(
                "shouting.friendly",
                include_str!("shouting.friendly.txt"),
            ),
            insult: Insult::shared(),
            indignation: Indignation::shared(),
            tone: EmotionalTone::shared(),
        }
    }

    /// True when the marks at `range` close a friendly sentence ("Thanks!!")
    /// or stand at the start of a line (log output, "!!!Error").
    fn is_exuberance(&self, text: &str, range: &Range<usize>) -> bool {
        let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
        if !text[line_start..range.start]
            .chars()
            .any(char::is_alphanumeric)
        {
            return true;
        }
        let marks = &text[range.clone()];
        if marks.contains('?') {
            return false;
        }
        let sentence_start = text[..range.start]
            .rfind(['.', '!', '?', '\n'])
            .map_or(0, |i| i + 1);
        self.friendly
            .is_found_in(&TextView::of(&text[sentence_start..range.start]))
    }

    /// True when `word` is written in capitals (letters only: "MALIN_5" and
    /// "E*TRADE" are codes, not words).
    fn is_capitals(&self, word: &Word, text: &str) -> bool {
        let raw = &text[word.range.clone()];
        word.script != Script::Other
            && raw.chars().any(char::is_uppercase)
            && raw
                .chars()
                .all(|c| c.is_uppercase() || c == '\'' || c == '’')
    }

    /// Word-index ranges of the runs of capitals in `view`.
    pub fn runs(&self, view: &TextView, text: &str) -> Vec<Range<usize>> {
        let mut runs = Vec::new();
        let mut i = 0;
        while i < view.words.len() {
            if !self.is_capitals(&view.words[i], text) {
                i += 1;
                continue;
            }
            let start = i;
            while i < view.words.len()
                && self.is_capitals(&view.words[i], text)
                && (i == start
                    || joins_words(&text[view.words[i - 1].range.end..view.words[i].range.start]))
            {
                i += 1;
            }
            // Known acronyms may sit inside a run but do not make it shout.
            let letters: Vec<usize> = view.words[start..i]
                .iter()
                .filter(|w| !self.acronyms.contains(&w.norm))
                .map(|w| {
                    text[w.range.clone()]
                        .chars()
                        .filter(|c| c.is_alphabetic())
                        .count()
                })
                .collect();
            let span = view.span(start, i - 1);
            let after = text[span.end..].trim_start_matches([' ', '\u{a0}']);
            // A label ("АДРЕС БАНКА: …") or a name with its acronym
            // ("TEXAS EASTERN TRANSMISSION (TE)") is not a shout.
            let before = text[..span.start].trim_end_matches([' ', '\u{a0}']);
            let starts_line = before.is_empty() || before.ends_with('\n');
            let is_label = (after.starts_with(':') && starts_line)
                || after.starts_with('(')
                // A quoted button or command ("click “TRUST SIGNER”").
                || before.ends_with(['"', '«', '“', '\'']);
            let exclaims = after.starts_with(['!', '?']);
            let shouts = letters.len() >= if exclaims { 2 } else { MIN_RUN_WORDS }
                && letters.iter().sum::<usize>() >= MIN_RUN_LETTERS
                && letters.iter().any(|&n| n >= MIN_LONG_WORD);
            let friendly = self
                .friendly
                .is_found_in(&TextView::of(&text[span.clone()]));
            let company = view.words[start..i]
                .iter()
                .any(|w| LEGAL_FORMS.contains(&w.norm.as_str()));
            if shouts && !is_label && !friendly && !company && !is_heading(text, span) {
                runs.push(start..i);
            }
        }
        runs
    }

    /// The run's text in normal case: lowercase, a capital at the start of a
    /// sentence, acronyms and "I" kept.
    fn normal_case(&self, view: &TextView, run: &Range<usize>, text: &str) -> String {
        let first = &view.words[run.start];
        let before = text[..first.range.start].trim_end_matches([' ', '"', '«', '(', '\t']);
        let mut capital = before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':', ';']);
        let mut out = String::new();
        let mut at = first.range.start;
        for word in &view.words[run.clone()] {
            out.push_str(&text[at..word.range.start]);
            let raw = &text[word.range.clone()];
            let keep = self.acronyms.contains(&word.norm) || raw == "I";
            if keep {
                out.push_str(raw);
            } else {
                let lower = raw.to_lowercase();
                let mut chars = lower.chars();
                if capital {
                    if let Some(c) = chars.next() {
                        out.extend(c.to_uppercase());
                    }
                }
                out.extend(chars);
                // Greek final sigma, lost by lowercasing a word in capitals.
                if out.ends_with('σ') && word.script == Script::Greek {
                    out.pop();
                    out.push('ς');
                }
            }
            capital = false;
            at = word.range.end;
        }
        out
    }

    fn check_words(
        &self,
        ctx: &Context,
        field: Field,
        view: &TextView,
        text: &str,
        out: &mut Vec<Diagnostic>,
    ) {
        for run in self.runs(view, text) {
            let range = view.span(run.start, run.end - 1);
            let message = tr!(
                en: "“{text}” is in capitals, which reads as shouting.",
                ru: "Текст «{text}» набран заглавными буквами — это читается как крик.",
                el: "Το «{text}» είναι γραμμένο με κεφαλαία και διαβάζεται σαν φωνή.",
            )
            .format(ctx.ui(), &[("text", &text[range.clone()])]);
            out.push(
                Diagnostic::new(field, range, message)
                    .with_suggestion(self.normal_case(view, &run, text)),
            );
        }
    }
}

/// Legal forms: a run of capitals holding one is a company's name
/// ("ENRON METALL RECYCLING GMBH & CO KG", "TEXAS EASTERN TRANSMISSION, LP").
const LEGAL_FORMS: &[&str] = &[
    "llc", "ltd", "inc", "plc", "lp", "llp", "gmbh", "kg", "ag", "sa", "bv", "corp", "ооо", "оао",
    "зао", "пао", "ао", "ип", "ae", "αε", "επε", "ικε", "οε",
];

/// A line in capitals without final punctuation and at most this many
/// words is a heading or a headline.
const MAX_HEADING_WORDS: usize = 15;

/// True when the text between two words keeps them in one phrase: spaces
/// and at most one comma, dash or ampersand, on the same line.
fn joins_words(gap: &str) -> bool {
    let marks = gap.chars().filter(|c| !c.is_whitespace()).count();
    !gap.contains(['\n', '\t'])
        && marks <= 1
        && gap
            .chars()
            .all(|c| c == ' ' || matches!(c, ',' | '-' | '–' | '—' | '&' | '\u{a0}'))
}

/// True when `range` lies on a short line with no lowercase letter that does
/// not end in "!", "?" or ".": a heading ("SCHEDULED SYSTEM OUTAGES"), not a shout.
fn is_heading(text: &str, range: Range<usize>) -> bool {
    let start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
    let end = text[range.end..]
        .find('\n')
        .map_or(text.len(), |i| range.end + i);
    let line = text[start..end].trim();
    !line.chars().any(char::is_lowercase)
        && line.split_whitespace().count() <= MAX_HEADING_WORDS
        && !line.ends_with(['!', '?', '.'])
}

/// Runs of "!" and "?" with at least one "!" and two marks, in `range` of
/// `text`.
fn exclamation_runs(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let bytes = text.as_bytes();
    let mut i = range.start;
    while i < range.end {
        if bytes[i] == b'!' || bytes[i] == b'?' {
            let start = i;
            while i < range.end && (bytes[i] == b'!' || bytes[i] == b'?') {
                i += 1;
            }
            if i - start >= 2 && text[start..i].contains('!') {
                runs.push(start..i);
            }
        } else {
            i += 1;
        }
    }
    runs
}

impl Rule for Shouting {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let mut found = Vec::new();
        self.check_words(
            ctx,
            Field::Subject,
            &ctx.subject,
            &ctx.draft.subject,
            &mut found,
        );
        self.check_words(ctx, Field::Body, &ctx.own, &ctx.body, &mut found);
        let mut indignant_marks = false;
        for (field, text, ranges) in [
            (
                Field::Subject,
                ctx.draft.subject.as_str(),
                std::iter::once(0..ctx.draft.subject.len()).collect::<Vec<_>>(),
            ),
            (
                Field::Body,
                &ctx.body,
                ctx.layout.own_ranges_without_signature(),
            ),
        ] {
            for range in ranges
                .into_iter()
                .flat_map(|r| exclamation_runs(text, r))
                .filter(|r| !self.is_exuberance(text, r))
            {
                let marks = &text[range.clone()];
                let single = if marks.contains('?') { "?" } else { "!" };
                indignant_marks |= marks.contains('?');
                let message = tr!(
                    en: "“{marks}” raises the voice; one mark is enough.",
                    ru: "«{marks}» звучит как повышенный тон; достаточно одного знака.",
                    el: "Το «{marks}» υψώνει τον τόνο· αρκεί ένα σημείο.",
                )
                .format(ctx.ui(), &[("marks", marks)]);
                found.push(Diagnostic::new(field, range, message).with_suggestion(single));
            }
        }
        // Capitals and "!!!" in a cheerful or promotional letter are style;
        // with an indignant "?!", a charged word, a rebuke or an insult they
        // are a raised voice.
        if found.is_empty() {
            return;
        }
        let in_conflict = indignant_marks
            || EmotionalTone::is_agitated(self.tone.charged_in(&ctx.own).len(), ctx.own.len())
            || self.indignation.phrases().is_found_in(&ctx.own)
            || !self.insult.find(&ctx.body, &ctx.own).is_empty()
            || !self.tone.charged_in(&ctx.subject).is_empty();
        if in_conflict {
            out.append(&mut found);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::*;

    fn rule() -> Shouting {
        Shouting::new()
    }

    #[test]
    fn flags_runs_of_capitals_in_an_angry_letter_in_each_language() {
        assert_eq!(
            excerpts(
                &rule(),
                "This is unacceptable. We have ALREADY ANSWERED THIS question."
            ),
            ["ALREADY ANSWERED THIS"]
        );
        assert_eq!(
            excerpts(
                &rule(),
                "Это возмутительно. ПОВТОРЯЮ ЕЩЁ РАЗ: оплата до пятницы."
            ),
            ["ПОВТОРЯЮ ЕЩЁ РАЗ"]
        );
        assert_eq!(
            excerpts(&rule(), "Απαράδεκτο. ΣΑΣ ΕΧΟΥΜΕ ΗΔΗ ΑΠΑΝΤΗΣΕΙ για αυτό."),
            ["ΣΑΣ ΕΧΟΥΜΕ ΗΔΗ ΑΠΑΝΤΗΣΕΙ"]
        );
    }

    #[test]
    fn offers_normal_case() {
        assert_suggestion_result(
            "PLEASE CALL ME BACK today, this is ridiculous.",
            &rule(),
            "Please call me back today, this is ridiculous.",
        );
        assert_suggestion_result(
            "Мы ЖДЁМ ОПЛАТУ СЧЁТА, это безобразие.",
            &rule(),
            "Мы ждём оплату счёта, это безобразие.",
        );
        assert_suggestion_result(
            "ΑΠΑΝΤΗΣΤΕ ΑΜΕΣΑ ΠΑΡΑΚΑΛΩ. Είναι απαράδεκτο.",
            &rule(),
            "Απαντηστε αμεσα παρακαλω. Είναι απαράδεκτο.",
        );
        assert_suggestion_result(
            "I SAID THE API IS BROKEN. Unacceptable.",
            &rule(),
            "I said the API is broken. Unacceptable.",
        );
    }

    #[test]
    fn flags_repeated_marks() {
        assert_eq!(excerpts(&rule(), "Pay today, this is absurd!!!"), ["!!!"]);
        assert_eq!(excerpts(&rule(), "Ridiculous. Pay NOW!!"), ["!!"]);
        assert_eq!(excerpts(&rule(), "Вы это серьёзно?!"), ["?!"]);
        assert_eq!(excerpts(&rule(), "Αίσχος. Πότε επιτέλους!!!"), ["!!!"]);
        assert_suggestion_result(
            "Pay today, it is outrageous!!!",
            &rule(),
            "Pay today, it is outrageous!",
        );
        assert_suggestion_result("Seriously?!", &rule(), "Seriously?");
    }

    #[test]
    fn allows_capitals_and_marks_in_a_cheerful_or_promotional_letter() {
        assert_no_lints("WE NEED GRASS THIS YEAR!!! The yard looks great.", &rule());
        assert_no_lints("COPY ANY DVD MOVIE!! Order today!!!", &rule());
        assert_no_lints("МЫ ОТКРЫЛИ НОВЫЙ МАГАЗИН!!! Ждём вас.", &rule());
        assert_no_lints("ΜΕΓΑΛΕΣ ΕΚΠΤΩΣΕΙΣ ΣΕ ΟΛΑ!!! Σας περιμένουμε.", &rule());
    }

    #[test]
    fn allows_acronyms_names_labels_and_headings() {
        let angry = " Absurd.";
        for text in [
            "The API and the SDK are in the PDF, VAT included.",
            "ООО «РОМАШКА», ИНН 7701234567, КПП 770101001.",
            "Η ΑΕ πλήρωσε τον ΦΠΑ στη ΔΟΥ.",
            "Our NASA and NATO contacts use HTTPS.",
            "MARKET DATA is down; FIELD SERVICES are fine.",
            "АДРЕС БАНКА: Москва, ул. Ленина, 1.",
            "Gas flows on TEXAS EASTERN TRANSMISSION (TE) today.",
            "Shipping via TEXAS EASTERN TRANSMISSION, LP today.",
            "Press \"ABORT, CANCEL OR TRUST SIGNER\" when asked.",
            "Schedule below.\n\nSCHEDULED SYSTEM OUTAGES\nNone this week.",
            "Codes: MALIN_5_RNDMTN ENRJ_CISO_3000 attached.",
            "HAPPY BIRTHDAY TO YOU, dear Anna.",
        ] {
            assert_no_lints(&format!("{text}{angry}"), &rule());
        }
        assert_lint_count("Это СОВЕРШЕННО НЕПРИЕМЛЕМО!", &rule(), 1);
    }

    #[test]
    fn allows_friendly_exclamations_and_log_lines() {
        assert_no_lints(
            "Thanks a lot!!! See you Monday. The old price was absurd.",
            &rule(),
        );
        assert_no_lints("Спасибо огромное!!! Прежний сервис был ужасный.", &rule());
        assert_no_lints("Συγχαρητήρια!!! Η παλιά υπηρεσία ήταν απαράδεκτη.", &rule());
        assert_no_lints("Ridiculous log:\n!!!Unknown database.\n", &rule());
    }

    #[test]
    fn allows_single_marks() {
        assert_no_lints("Thank you! Is Monday fine?", &rule());
        assert_no_lints("Спасибо! Понедельник подходит?", &rule());
        assert_no_lints("Ευχαριστώ! Σας βολεύει η Δευτέρα;", &rule());
    }

    #[test]
    fn flags_the_subject() {
        let mut draft = letter("This delay is unacceptable.");
        draft.subject = "PAY THE INVOICE NOW!!".into();
        let found = run(&rule(), &draft);
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|f| f.field == Field::Subject));
    }

    #[test]
    fn ignores_quoted_shouting() {
        assert_no_lints(
            "We are on it.\n\nOn Mon, Peter wrote:\n> WHERE IS MY ORDER?! Unacceptable!!!\n",
            &rule(),
        );
        assert_no_lints("Разбираемся.\n\n> ГДЕ МОЙ ЗАКАЗ?! Безобразие!!!\n", &rule());
        assert_no_lints(
            "Το εξετάζουμε.\n\n> ΠΟΥ ΕΙΝΑΙ Η ΠΑΡΑΓΓΕΛΙΑ ΜΟΥ;! Αίσχος!!\n",
            &rule(),
        );
    }

    #[test]
    fn messages_exist_in_every_language() {
        messages_in_every_language(&rule(), &letter("Pay now, this is outrageous!!!"));
    }
}
