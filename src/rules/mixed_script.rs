use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::language::{Lang, Script};
use crate::rules::{Category, Rule, Status};
use crate::tr;
use crate::words::Word;

declare_rule! {
    /// ## What it does
    /// Flags a word that mixes Latin and Cyrillic (or Greek) letters, like
    /// "oтправлен" with a Latin "o", "cчёт" with a Latin "c", "Πελaτης" with
    /// a Latin "a", "Tο" with a Latin "T" — in the author's own text and in the subject. It only
    /// flags words whose stray letters look like letters of the word's main
    /// script (look-alikes such as a/а, o/о, c/с, p/р, e/е, x/х, A/Α, O/Ο),
    /// so mixed forms written on purpose ("SMSка") pass, and suggests the
    /// word written in its main script (a word made only of look-alikes,
    /// like "OOО", in the script of the letter's language).
    ///
    /// ## Why is this bad?
    /// Such a word looks right but is not: the recipient's search does not
    /// find it, spell checkers and translators trip on it, and spam filters
    /// treat look-alike letters as a phishing trick. It comes from switching
    /// keyboard layouts mid-word. The seed on keeping a dialogue asks to
    /// re-check every message before sending ("Перепроверяйте сообщения"),
    /// and this is the error the eye cannot see.
    ///
    /// ## Example
    /// - ru: "Заказ oтправлен." (Latin "o")
    /// - en: "Your оrder has shipped." (Cyrillic "о")
    /// - el: "Η παραγγελία σταλθηκε στον πελaτη." (Latin "a")
    ///
    /// ## Options
    /// None.
    pub struct MixedScript {}
    info {
        id: "mixed-script",
        severity: Severity::Warning,
        category: Category::Form,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "Mixed alphabets in a word", ru: "Смешение алфавитов в слове", el: "Ανάμεικτα αλφάβητα σε λέξη"),
        reason: tr!(
            en: "A word with look-alike letters from another alphabet is not found by search and looks like phishing to spam filters.",
            ru: "Слово с похожими буквами другого алфавита не находится поиском и кажется спам-фильтрам фишингом.",
            el: "Μια λέξη με όμοια γράμματα άλλου αλφαβήτου δεν βρίσκεται στην αναζήτηση και μοιάζει με phishing στα φίλτρα.",
        ),
    }
}

/// Look-alike letters: Latin, Cyrillic, Greek (`' '` where there is none).
const LOOK_ALIKES: &[(char, char, char)] = &[
    ('a', 'а', 'α'),
    ('c', 'с', ' '),
    ('e', 'е', ' '),
    ('o', 'о', 'ο'),
    ('p', 'р', 'ρ'),
    ('x', 'х', 'χ'),
    ('y', 'у', 'γ'),
    ('i', 'і', 'ι'),
    ('k', 'к', 'κ'),
    ('v', ' ', 'ν'),
    ('u', ' ', 'υ'),
    ('A', 'А', 'Α'),
    ('B', 'В', 'Β'),
    ('C', 'С', ' '),
    ('E', 'Е', 'Ε'),
    ('H', 'Н', 'Η'),
    ('I', 'І', 'Ι'),
    ('K', 'К', 'Κ'),
    ('M', 'М', 'Μ'),
    ('N', ' ', 'Ν'),
    ('O', 'О', 'Ο'),
    ('P', 'Р', 'Ρ'),
    ('T', 'Т', 'Τ'),
    ('X', 'Х', 'Χ'),
    ('Y', 'У', 'Υ'),
    ('Z', ' ', 'Ζ'),
];

fn column(script: Script) -> Option<usize> {
    match script {
        Script::Latin => Some(0),
        Script::Cyrillic => Some(1),
        Script::Greek => Some(2),
        Script::Other => None,
    }
}

/// The letter `c` written in `script`, when it has a look-alike there.
fn look_alike(c: char, script: Script) -> Option<char> {
    let to = column(script)?;
    let from = column(Script::of(c))?;
    LOOK_ALIKES.iter().find_map(|row| {
        let cells = [row.0, row.1, row.2];
        (cells[from] == c && cells[to] != ' ').then_some(cells[to])
    })
}

/// The word rewritten in its main script, when it mixes scripts and every
/// stray letter has a look-alike there.
fn fixed(word: &str, prefer: Option<Script>) -> Option<String> {
    if !word.chars().all(char::is_alphabetic) {
        return None;
    }
    let mut counts = [0usize; 3];
    for c in word.chars() {
        counts[column(Script::of(c))?] += 1;
    }
    if counts.iter().filter(|&&n| n > 0).count() < 2 {
        return None;
    }
    // Look-alike slips are a few letters — in a short word as many as the
    // rest ("Tο" with a Latin T); "SMSка", an acronym with a Russian ending,
    // is written so on purpose.
    let main = *counts.iter().max()?;
    let stray = counts.iter().sum::<usize>() - main;
    let few = if main <= 2 {
        stray <= main
    } else {
        stray * 2 <= main
    };
    if !few || is_acronym_with_ending(word) {
        return None;
    }
    let rewrite = |main: Script| {
        word.chars()
            .map(|c| {
                if Script::of(c) == main {
                    Some(c)
                } else {
                    look_alike(c, main)
                }
            })
            .collect::<Option<String>>()
    };
    // A word made only of look-alikes ("OOО" with two Latin O's) is taken
    // to be in the letter's language.
    if let Some(fixed) = prefer.and_then(rewrite) {
        return Some(fixed);
    }
    let scripts = [Script::Latin, Script::Cyrillic, Script::Greek];
    (0..3)
        .filter(|&i| counts[i] == main)
        .find_map(|i| rewrite(scripts[i]))
}

/// True for an upper-case run of one script followed by a lower-case run of
/// another ("PDFка", "SMSом").
fn is_acronym_with_ending(word: &str) -> bool {
    let first = word.chars().next().map(Script::of);
    let split = word
        .char_indices()
        .find(|(_, c)| Some(Script::of(*c)) != first);
    let Some((at, _)) = split else {
        return false;
    };
    let (head, tail) = word.split_at(at);
    let tail_script = tail.chars().next().map(Script::of);
    head.chars().count() >= 2
        && head.chars().all(char::is_uppercase)
        && tail
            .chars()
            .all(|c| Some(Script::of(c)) == tail_script && c.is_lowercase())
}

impl MixedScript {
    /// The rule needs no preparation.
    pub fn new() -> Self {
        MixedScript {}
    }

    fn check_words(
        &self,
        field: Field,
        text: &str,
        words: &[Word],
        prefer: Option<Script>,
        ctx: &Context,
        out: &mut Vec<Diagnostic>,
    ) {
        for word in words.iter().filter(|w| w.script == Script::Other) {
            let written = &text[word.range.clone()];
            if let Some(fix) = fixed(written, prefer) {
                let message = tr!(
                    en: "“{word}” mixes letters of different alphabets (a keyboard-layout slip); it should read “{fixed}”.",
                    ru: "В слове «{word}» смешаны буквы разных алфавитов (сбилась раскладка); правильно: «{fixed}».",
                    el: "Η λέξη «{word}» έχει γράμματα από διαφορετικά αλφάβητα (λάθος πληκτρολόγιο)· σωστά: «{fixed}».",
                )
                .format(ctx.ui(), &[("word", written), ("fixed", &fix)]);
                out.push(Diagnostic::new(field, word.range.clone(), message).with_suggestion(fix));
            }
        }
    }
}

impl Rule for MixedScript {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let prefer = match ctx.lang {
            Some(Lang::En) => Some(Script::Latin),
            Some(Lang::Ru) => Some(Script::Cyrillic),
            Some(Lang::El) => Some(Script::Greek),
            None => None,
        };
        self.check_words(
            Field::Subject,
            &ctx.draft.subject,
            &ctx.subject.words,
            prefer,
            ctx,
            out,
        );
        self.check_words(Field::Body, &ctx.body, &ctx.own.words, prefer, ctx, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::*;

    fn rule() -> MixedScript {
        MixedScript::new()
    }

    #[test]
    fn flags_mixed_words_in_each_language() {
        assert_eq!(excerpts(&rule(), "Заказ oтправлен вчера."), ["oтправлен"]);
        assert_eq!(excerpts(&rule(), "Your оrder has shipped."), ["оrder"]);
        assert_eq!(
            excerpts(&rule(), "Η παραγγελία στάλθηκε στον πελaτη."),
            ["πελaτη"]
        );
    }

    #[test]
    fn flags_one_stray_capital_in_a_short_word() {
        assert_eq!(excerpts(&rule(), "Tο συμβόλαιο είναι έτοιμο."), ["Tο"]);
        assert_suggestion_result(
            "Tο συμβόλαιο είναι έτοιμο.",
            &rule(),
            "Το συμβόλαιο είναι έτοιμο.",
        );
        assert_suggestion_result("Bы получили счёт?", &rule(), "Вы получили счёт?");
        assert_suggestion_result("Hi, Оk then.", &rule(), "Hi, Ok then.");
        assert_no_lints("Το συμβόλαιο, Вы и OK.", &rule());
    }

    #[test]
    fn suggests_the_main_script() {
        assert_suggestion_result("Заказ oтправлен.", &rule(), "Заказ отправлен.");
        assert_suggestion_result("Счёт ПОЛУЧEН.", &rule(), "Счёт ПОЛУЧЕН.");
        assert_suggestion_result("Your оrder.", &rule(), "Your order.");
        assert_suggestion_result("Στον πελaτη.", &rule(), "Στον πελατη.");
        assert_suggestion_result("Договоры cчетов.", &rule(), "Договоры счетов.");
        assert_suggestion_result("Счёт от OOО «Ромашка».", &rule(), "Счёт от ООО «Ромашка».");
        assert_suggestion_result("Invoice from ООO Acme.", &rule(), "Invoice from OOO Acme.");
    }

    #[test]
    fn flags_the_subject() {
        let mut draft = letter("Добрый день.");
        draft.subject = "Дoговор".into();
        let found = run(&rule(), &draft);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].field, Field::Subject);
    }

    #[test]
    fn allows_deliberate_mixes_and_single_scripts() {
        assert_no_lints("Пришлите SMSку или PDF-файл.", &rule());
        assert_no_lints("Отправил PDFкой, позвоню по SIPу.", &rule());
        assert_no_lints("Заказ отправлен через DHL.", &rule());
        assert_no_lints("Your order has shipped.", &rule());
        assert_no_lints("Η παραγγελία στάλθηκε μέσω ACS.", &rule());
        assert_no_lints("Версия 2.0, iPhone 15, файл report_v2.", &rule());
    }

    #[test]
    fn ignores_quotes() {
        assert_no_lints("Ок.\n\n> Заказ oтправлен.\n", &rule());
        assert_no_lints("Ok.\n\nOn Mon, Peter wrote:\n> Your оrder.\n", &rule());
        assert_no_lints("Εντάξει.\n\n> Στον πελaτη.\n", &rule());
    }

    #[test]
    fn has_a_message_in_every_language() {
        assert_eq!(
            messages_in_every_language(&rule(), &letter("Заказ oтправлен.")).len(),
            3
        );
    }
}
