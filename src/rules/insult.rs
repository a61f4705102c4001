use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::language::{Lang, Script};
use crate::phrases::PhraseList;
use crate::rules::{Category, Rule, Status};
use crate::tr;
use crate::words::TextView;
use std::ops::Range;

declare_rule! {
    /// ## What it does
    /// Flags insults, profanity and contemptuous words about people in the
    /// author's own text: "идиот", "неадекват", "хам", "idiot", "moron",
    /// "ηλίθιος", "βλάκας", and Russian obscene words in any inflection and
    /// with any prefix ("заебали", "охренели" is not flagged, "охуели" is),
    /// also when masked with asterisks ("х*р", "п***ц", "f*ck"). Quoted
    /// messages are not the author's words and are not checked.
    ///
    /// ## Why is this bad?
    /// The first seed says never to write while agitated: such a letter always
    /// carries negativity, and senders regret it and apologise for a long time.
    /// The seed on the "7 critical mistakes with an aggressive client letter"
    /// is plain: a mistake, even a fair complaint, is "no reason for vulgar
    /// vocabulary", and forwarding the letter to the boss with "look what
    /// boors we work with" loses the client. A masked word is still the word.
    ///
    /// ## Example
    /// - en: "Only an idiot would sign this."
    /// - ru: "Ваш менеджер — полный неадекват."
    /// - el: "Είστε ανίκανοι να κάνετε μια απλή παράδοση."
    ///
    /// ## Options
    /// None. The words are in `insult.txt` beside this file, uses that insult
    /// no one ("I felt like an idiot") in `insult.exceptions.txt`; Russian obscene
    /// roots after a prefix and masked forms are recognised by the rule.
    pub struct Insult {
        words: PhraseList,
        exceptions: PhraseList,
    }
    info {
        id: "insult",
        severity: Severity::Error,
        category: Category::Tone,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "Insult or profanity", ru: "Оскорбление или брань", el: "Προσβολή ή βωμολοχία"),
        reason: tr!(
            en: "An insult or an obscene word ends the conversation; the client remembers it, not the rest.",
            ru: "Оскорбление или мат прекращают разговор: клиент запомнит их, а не остальное письмо.",
            el: "Μια προσβολή ή μια βωμολοχία τερματίζει τη συζήτηση· ο πελάτης θα θυμάται μόνο αυτήν.",
        ),
    }
}

/// Prefixes after which a Russian obscene root is still the obscene word
/// ("за-ебал", "о-хуел"). Prefixes that make ordinary words ("с-ебе") are
/// left out.
const RU_PREFIXES: &[&str] = &[
    "",
    "за",
    "на",
    "от",
    "отъ",
    "вы",
    "у",
    "по",
    "при",
    "раз",
    "разъ",
    "рас",
    "съ",
    "под",
    "подъ",
    "об",
    "объ",
    "до",
    "пере",
    "в",
    "въ",
    "из",
    "изъ",
    "о",
    "недо",
    "долбо",
];

/// Obscene roots that follow one of [`RU_PREFIXES`].
const RU_ROOTS: &[&str] = &[
    "хуй",
    "хуе",
    "хуя",
    "хуи",
    "еба",
    "ебл",
    "ебу",
    "ебн",
    "ебы",
    "ебо",
    "ебись",
];

/// Whole words that masked forms ("х*р", "f**k") stand for.
const MASKED_WORDS: &[&str] = &[
    "хер",
    "хуй",
    "хуйня",
    "хуево",
    "нахуй",
    "нахер",
    "пизда",
    "пиздец",
    "пиздеж",
    "блядь",
    "бля",
    "блять",
    "сука",
    "ебать",
    "ебал",
    "ебаный",
    "заебал",
    "заебали",
    "мудак",
    "мудаки",
    "fuck",
    "fucking",
    "fucked",
    "shit",
    "bitch",
    "asshole",
    "bullshit",
    "motherfucker",
];

impl Insult {
    /// One prepared copy for rules that reuse this rule's word lists.
    pub fn shared() -> &'static Insult {
        static SHARED: std::sync::OnceLock<Insult> = std::sync::OnceLock::new();
        SHARED.get_or_init(Insult::new)
    }

    /// Prepares the word list.
    pub fn new() -> Self {
        Insult {
            words: PhraseList::builtin("insult", include_str!("insult.txt")),
            exceptions: PhraseList::builtin(
                "insult.exceptions",
                include_str!("insult.exceptions.txt"),
            ),
        }
    }

    /// Byte ranges of insults and obscene words in `view` (words of `text`),
    /// in order, without overlaps.
    pub fn find(&self, text: &str, view: &TextView) -> Vec<Range<usize>> {
        let exceptions: Vec<Range<usize>> = self
            .exceptions
            .find_iter(view)
            .map(|m| view.span(m.words.start, m.words.end - 1))
            .collect();
        let mut found: Vec<Range<usize>> = self
            .words
            .find_iter(view)
            .map(|m| view.span(m.words.start, m.words.end - 1))
            .filter(|r| {
                !exceptions
                    .iter()
                    .any(|e| e.start < r.end && r.start < e.end)
            })
            .collect();
        found.extend(
            view.words
                .iter()
                .filter(|w| w.script == Script::Cyrillic && is_obscene_russian(&w.norm))
                .map(|w| w.range.clone()),
        );
        found.extend(masked_words(text, view));
        found.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        let mut out: Vec<Range<usize>> = Vec::new();
        for range in found {
            if out.last().is_none_or(|last| range.start >= last.end) {
                out.push(range);
            }
        }
        out
    }
}

/// True when a normalised Russian word holds an obscene root, alone or
/// after a prefix.
pub fn is_obscene_russian(norm: &str) -> bool {
    if norm.contains("пизд") {
        return true;
    }
    // Every root starts with "ху" or "еб": try each place one of them
    // starts, with what comes before it as the prefix.
    norm.match_indices("ху")
        .chain(norm.match_indices("еб"))
        .filter(|(at, _)| *at <= "долбо".len())
        .any(|(at, _)| {
            let (prefix, rest) = norm.split_at(at);
            RU_PREFIXES.contains(&prefix) && RU_ROOTS.iter().any(|root| rest.starts_with(root))
        })
}

/// Byte ranges of words in `text` masked with asterisks ("х*р", "п***ц",
/// "f**k") whose unmasked form is an obscene word. The text between the
/// words of `view` is where the asterisks are.
fn masked_words(text: &str, view: &TextView) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for (i, word) in view.words.iter().enumerate() {
        // A masked token starts at this word and runs over `*` and letters.
        if i > 0
            && out
                .last()
                .is_some_and(|r: &Range<usize>| r.end >= word.range.end)
        {
            continue;
        }
        let start = word.range.start;
        // Only a word followed by `*` can start a masked token; most words
        // are not, and this keeps the scan below off the hot path.
        if !text[word.range.end..].starts_with('*') || text[..start].ends_with('*') {
            continue;
        }
        let end = start
            + text[start..]
                .char_indices()
                .find(|(_, c)| !(c.is_alphabetic() || *c == '*'))
                .map_or(text.len() - start, |(at, _)| at);
        let token = &text[start..end];
        let stars = token.matches('*').count();
        let letters = token.chars().filter(|c| c.is_alphabetic()).count();
        let masked_inside = token.trim_end_matches('*').contains('*');
        if stars == 0 || letters == 0 || (!masked_inside && (letters > 1 || stars < 2)) {
            continue;
        }
        let lower = crate::normalize::normalize(token);
        if MASKED_WORDS.iter().any(|w| glob(&lower, w)) {
            out.push(start..end);
        }
    }
    out
}

/// True when `pattern`, where each run of `*` stands for one or more
/// letters, matches the whole of `word`.
fn glob(pattern: &str, word: &str) -> bool {
    match pattern.chars().next() {
        None => word.is_empty(),
        Some('*') => {
            let rest = pattern.trim_start_matches('*');
            word.char_indices()
                .skip(1)
                .map(|(at, _)| at)
                .chain(std::iter::once(word.len()))
                .filter(|&at| at > 0)
                .any(|at| glob(rest, &word[at..]))
        }
        Some(c) => word
            .strip_prefix(c)
            .is_some_and(|rest| glob(&pattern[c.len_utf8()..], rest)),
    }
}

impl Rule for Insult {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for range in self.find(&ctx.body, &ctx.own) {
            let message = tr!(
                en: "“{word}” insults or swears. Nothing in a business letter justifies it: remove it.",
                ru: "«{word}» — оскорбление или брань. В деловом письме это недопустимо: уберите.",
                el: "Το «{word}» είναι προσβολή ή βωμολοχία. Δεν έχει θέση σε επαγγελματικό μήνυμα: αφαιρέστε το.",
            )
            .format(ctx.ui(), &[("word", &ctx.body[range.clone()])]);
            out.push(Diagnostic::new(Field::Body, range, message));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::*;

    fn rule() -> Insult {
        Insult::new()
    }

    #[test]
    fn flags_contemptuous_words_in_each_language() {
        assert_eq!(
            excerpts(&rule(), "Only an idiot would sign this."),
            ["idiot"]
        );
        assert_eq!(
            excerpts(&rule(), "Your team are complete morons."),
            ["morons"]
        );
        assert_eq!(
            excerpts(&rule(), "Are you stupid or what?"),
            ["Are you stupid"]
        );
        assert_eq!(
            excerpts(&rule(), "Ваш менеджер — полный неадекват."),
            ["неадекват"]
        );
        assert_eq!(
            excerpts(&rule(), "Работать с такими идиотами невозможно."),
            ["идиотами"]
        );
        assert_eq!(excerpts(&rule(), "Ваши сотрудники — хамы."), ["хамы"]);
        assert_eq!(excerpts(&rule(), "Не считайте нас дебилами."), ["дебилами"]);
        assert_eq!(excerpts(&rule(), "Είστε ηλίθιοι;"), ["ηλίθιοι"]);
        assert_eq!(
            excerpts(&rule(), "Μόνο ένας βλάκας θα το υπέγραφε."),
            ["βλάκας"]
        );
        assert_eq!(
            excerpts(&rule(), "Είστε ανίκανοι να κάνετε μια παράδοση."),
            ["ανίκανοι"]
        );
    }

    #[test]
    fn flags_russian_obscene_roots_in_any_form() {
        assert_eq!(excerpts(&rule(), "Вы там совсем охуели?"), ["охуели"]);
        assert_eq!(
            excerpts(&rule(), "Вы меня заебали своими звонками."),
            ["заебали"]
        );
        assert_eq!(excerpts(&rule(), "Это полный пиздец."), ["пиздец"]);
        assert_eq!(excerpts(&rule(), "Опять, блять, задержка."), ["блять"]);
        assert_eq!(
            excerpts(&rule(), "Эти мудаки снова всё сорвали."),
            ["мудаки"]
        );
        assert_eq!(excerpts(&rule(), "Какая-то херня с оплатой."), ["херня"]);
        assert_eq!(excerpts(&rule(), "Fucking useless support."), ["Fucking"]);
    }

    #[test]
    fn flags_masked_forms() {
        assert_eq!(excerpts(&rule(), "Да пошли вы на х*р."), ["х*р"]);
        assert_eq!(excerpts(&rule(), "Полный п***ц с поставкой."), ["п***ц"]);
        assert_eq!(excerpts(&rule(), "What the f*ck happened?"), ["f*ck"]);
        assert_eq!(excerpts(&rule(), "This is s**t."), ["s**t"]);
        assert_eq!(excerpts(&rule(), "Б***, опять не то."), ["Б***"]);
    }

    #[test]
    fn allows_ordinary_words_that_look_alike() {
        assert_no_lints("Прошу употреблять этот термин аккуратно.", &rule());
        assert_no_lints(
            "Разгрузка корабля задерживается, бляха на воротах сломана.",
            &rule(),
        );
        assert_no_lints("Застрахуйте груз, мы страхуем его тоже.", &rule());
        assert_no_lints("Оставьте себе копию и небольшой запас хлеба.", &rule());
        assert_no_lints(
            "Хамелеон — наш новый продукт, прогноз неблагоприятный.",
            &rule(),
        );
        assert_no_lints("Please remove the fire retardant from the list.", &rule());
        assert_no_lints("Sorry for the stupid question: is the API ready?", &rule());
        assert_no_lints(
            "I felt like an idiot when the file would not open.",
            &rule(),
        );
        assert_no_lints("Footnote* applies; prices x*2 in 2026*.", &rule());
        assert_no_lints("Το μαλακό υλικό έφτασε. Ο γάμος είναι το Σάββατο.", &rule());
    }

    #[test]
    fn ignores_quoted_insults() {
        assert_no_lints(
            "We are looking into it.\n\nOn Mon, Peter wrote:\n> You are idiots.\n",
            &rule(),
        );
        assert_no_lints("Разбираемся.\n\n> Вы там охуели? Идиоты!\n", &rule());
        assert_no_lints("Το εξετάζουμε.\n\n> Είστε ηλίθιοι!\n", &rule());
    }

    #[test]
    fn messages_exist_in_every_language() {
        messages_in_every_language(&rule(), &letter("You idiots."));
    }
}
