use crate::config::VyStyle;
use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::language::Lang;
use crate::phrases::builtin_texts;
use crate::rules::{Category, Rule, Status};
use crate::tr;
use crate::words::FnvSet;
use std::ops::RangeInclusive;

declare_rule! {
    /// ## What it does
    /// Russian only. With the default house style (`vy_style: lowercase`),
    /// flags "Вы", "Вас", "Вам", "Вами", "Ваш", "Вашего"… capitalised in the
    /// middle of a sentence, and suggests the lowercase form. A word that
    /// starts a sentence or a line keeps its capital. With `vy_style:
    /// capital`, the rule does the opposite for a letter to one person: it
    /// flags a lowercase "вы", "вас", "ваш"… and suggests the capital (to
    /// several people "вы" is plural and stays lowercase). Only the author's
    /// own text is read.
    ///
    /// ## Why is this bad?
    /// The seed on keeping a dialogue with clients makes it rule 1: write
    /// «вы» with a small letter ("Пишите «вы» с маленькой буквы") — it shows
    /// respect and matches the norms of the Russian language. Some companies
    /// keep the capital "Вы" to one addressee as their house style; the
    /// option serves them. Either way the letter should be consistent.
    ///
    /// ## Example
    /// - ru: "Мы отправим Вам договор завтра." → "Мы отправим вам договор
    ///   завтра."
    /// - en: not checked (English has no polite capital "you").
    /// - el: not checked (Greek capitalises "Σας" by other rules).
    ///
    /// ## Options
    /// `vy_style`: `lowercase` (default, the seed's advice) or `capital`.
    pub struct VyCapitalization {
        forms: FnvSet<String>,
        // The shortest and longest form in bytes: most words of a letter
        // are turned away by their length before the set is asked.
        lengths: RangeInclusive<usize>,
    }
    info {
        id: "vy-capitalization",
        severity: Severity::Info,
        category: Category::Form,
        languages: &[Lang::Ru],
        status: Status::Stable,
        title: tr!(en: "Capital “Вы”", ru: "«Вы» с большой буквы", el: "Κεφαλαίο «Вы»"),
        reason: tr!(
            en: "Russian letters write the polite “вы” in lowercase unless the house style says otherwise.",
            ru: "В письмах «вы» пишут со строчной буквы, если фирменный стиль не требует иного.",
            el: "Στα ρωσικά το ευγενικό «вы» γράφεται με μικρό, εκτός αν το ύφος της εταιρείας ορίζει άλλο.",
        ),
    }
}

impl VyCapitalization {
    /// Prepares the list of forms.
    pub fn new() -> Self {
        let list = builtin_texts(
            "vy_capitalization",
            crate::phrase_file!("vy_capitalization.txt"),
        );
        let forms: FnvSet<String> = list.iter().map(|text| text.to_string()).collect();
        let shortest = forms.iter().map(String::len).min().unwrap_or(0);
        let longest = forms.iter().map(String::len).max().unwrap_or(0);
        VyCapitalization {
            forms,
            lengths: shortest..=longest,
        }
    }
}

/// True when the word at `at` starts a sentence or a line.
fn starts_sentence(text: &str, at: usize) -> bool {
    for c in text[..at].chars().rev() {
        match c {
            ' ' | '\t' | '\u{a0}' | '«' | '"' | '\'' | '“' | '„' | '(' | '—' | '–' | '-' => {
                continue
            }
            '\n' | '.' | '!' | '?' | '…' => return true,
            _ => return false,
        }
    }
    true
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    let mut out = String::with_capacity(word.len() + 2);
    if let Some(c) = chars.next() {
        crate::case::push_upper(c, &mut out);
    }
    out.extend(chars);
    out
}

impl Rule for VyCapitalization {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let style = ctx.config.vy_style;
        let to_one = ctx
            .recipients
            .iter()
            .filter(|r| r.field != Field::Bcc)
            .count()
            == 1;
        if style == VyStyle::Capital && !to_one {
            return;
        }
        for word in &ctx.own.words {
            if !self.lengths.contains(&word.norm.len()) || !self.forms.contains(word.norm.as_str())
            {
                continue;
            }
            let written = &ctx.body[word.range.clone()];
            let mut chars = written.chars();
            let first_upper = chars.next().is_some_and(char::is_uppercase);
            if chars.any(char::is_uppercase) {
                continue; // "ВЫ", "ВАШ": shouting or a heading, not this rule's business.
            }
            let (message, suggestion) = match style {
                VyStyle::Lowercase
                    if first_upper && !starts_sentence(&ctx.body, word.range.start) =>
                {
                    (
                        tr!(
                            en: "“{word}” mid-sentence is written in lowercase in Russian letters: “{fixed}”.",
                            ru: "«{word}» в середине предложения пишется со строчной буквы: «{fixed}».",
                            el: "Το «{word}» στη μέση πρότασης γράφεται με μικρό στα ρωσικά: «{fixed}».",
                        ),
                        word.norm.to_string(),
                    )
                }
                VyStyle::Capital if !first_upper => (
                    tr!(
                        en: "Your house style writes “{fixed}” with a capital to one addressee, not “{word}”.",
                        ru: "По принятому у вас стилю к одному адресату пишут «{fixed}» с большой буквы, а не «{word}».",
                        el: "Σύμφωνα με το ύφος της εταιρείας σας, προς έναν παραλήπτη γράφεται «{fixed}» με κεφαλαίο, όχι «{word}».",
                    ),
                    capitalize(written),
                ),
                _ => continue,
            };
            let message = message.format(ctx.ui(), &[("word", written), ("fixed", &suggestion)]);
            out.push(
                Diagnostic::new(Field::Body, word.range.clone(), message)
                    .with_suggestion(suggestion),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::rules::testing::*;

    fn rule() -> VyCapitalization {
        VyCapitalization::new()
    }

    fn capital() -> Config {
        Config {
            vy_style: VyStyle::Capital,
            ..Config::default()
        }
    }

    #[test]
    fn flags_capital_vy_mid_sentence_in_every_form() {
        assert_eq!(
            excerpts(
                &rule(),
                "Мы отправим Вам договор и Ваши документы, как Вы просили."
            ),
            ["Вам", "Ваши", "Вы"]
        );
        assert_eq!(
            excerpts(&rule(), "Благодарим Вашего директора и Вашу команду."),
            ["Вашего", "Вашу"]
        );
    }

    #[test]
    fn suggests_lowercase() {
        assert_suggestion_result(
            "Мы отправим Вам договор.",
            &rule(),
            "Мы отправим вам договор.",
        );
        assert_suggestion_result(
            "Спасибо за Ваше письмо.",
            &rule(),
            "Спасибо за ваше письмо.",
        );
    }

    #[test]
    fn allows_vy_at_sentence_and_line_start() {
        assert_no_lints(
            "Вы правы. Вам отправлен договор! Ваш заказ готов? «Вы молодцы».",
            &rule(),
        );
        assert_no_lints("Добрый день!\nВаш заказ готов.\n— Вы придёте?", &rule());
        assert_no_lints("Мы отправим вам договор.", &rule());
        assert_no_lints("ВЫ ВЫИГРАЛИ", &rule());
    }

    #[test]
    fn ignores_other_languages_and_quotes() {
        assert_no_lints("We will send You the contract.", &rule());
        assert_no_lints("Θα Σας στείλουμε το συμβόλαιο.", &rule());
        assert_no_lints("Хорошо.\n\n> Мы отправим Вам договор.\n", &rule());
        assert_no_lints(
            "Ok.\n\nOn Mon, Peter wrote:\n> Мы отправим Вам договор.\n",
            &rule(),
        );
    }

    #[test]
    fn capital_style_asks_for_the_capital_to_one_person() {
        let draft = letter("Мы отправим вам договор, как вы просили.");
        let found = run_with(&rule(), &draft, &capital());
        let suggestions: Vec<_> = found
            .iter()
            .map(|f| f.suggestion.clone().unwrap())
            .collect();
        assert_eq!(suggestions, ["Вам", "Вы"]);
        assert!(run_with(&rule(), &letter("Мы отправим Вам договор."), &capital()).is_empty());
        let mut to_two = letter("Мы отправим вам договор.");
        to_two.cc = vec!["Ольга <olga@client.ru>".into()];
        assert!(run_with(&rule(), &to_two, &capital()).is_empty());
    }

    #[test]
    fn has_a_message_in_every_language() {
        assert_eq!(
            messages_in_every_language(&rule(), &letter("Мы отправим Вам договор.")).len(),
            3
        );
    }
}
