//! The interface languages and text written once in each of them.

use serde::{Deserialize, Serialize};

/// The language findings' messages are written in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UiLang {
    /// English.
    #[default]
    En,
    /// Russian.
    Ru,
    /// Greek.
    El,
}

impl UiLang {
    /// Parses `en`, `ru` or `el` (any case).
    pub fn parse(code: &str) -> Option<UiLang> {
        match code.to_ascii_lowercase().as_str() {
            "en" => Some(UiLang::En),
            "ru" => Some(UiLang::Ru),
            "el" => Some(UiLang::El),
            _ => None,
        }
    }
}

/// A short text in each interface language.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Localized {
    /// English.
    pub en: &'static str,
    /// Russian.
    pub ru: &'static str,
    /// Greek.
    pub el: &'static str,
}

impl Localized {
    /// The text in `lang`.
    pub fn get(&self, lang: UiLang) -> &'static str {
        match lang {
            UiLang::En => self.en,
            UiLang::Ru => self.ru,
            UiLang::El => self.el,
        }
    }

    /// The text in `lang` with each `{name}` replaced by its value.
    pub fn format(&self, lang: UiLang, args: &[(&str, &str)]) -> String {
        let mut text = self.get(lang).to_string();
        for (name, value) in args {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }
}

/// Writes a [`Localized`] text: `tr!(en: "…", ru: "…", el: "…")`.
#[macro_export]
macro_rules! tr {
    (en: $en:expr, ru: $ru:expr, el: $el:expr $(,)?) => {
        $crate::i18n::Localized {
            en: $en,
            ru: $ru,
            el: $el,
        }
    };
}

/// The plural categories of Unicode CLDR, named as JS `Intl.PluralRules`
/// names them. Each language uses some of them: English and Greek `one` and
/// `other`; Russian `one`, `few` and `many` for whole numbers (and `other`
/// for fractions, which presend never counts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralCategory {
    /// 1 (en, el); 1, 21, 31, 101… but not 11 (ru).
    One,
    /// 2–4, 22–24, 102… but not 12–14 (ru).
    Few,
    /// 0, 5–20, 25–30, 11–14, 100… (ru).
    Many,
    /// Every other number.
    Other,
}

impl UiLang {
    /// The CLDR plural category of the whole number `n` in this language —
    /// the one `new Intl.PluralRules(lang).select(n)` gives.
    pub fn plural_category(self, n: u64) -> PluralCategory {
        match self {
            UiLang::En | UiLang::El if n == 1 => PluralCategory::One,
            UiLang::En | UiLang::El => PluralCategory::Other,
            UiLang::Ru => match (n % 10, n % 100) {
                (1, r) if r != 11 => PluralCategory::One,
                (2..=4, r) if !(12..=14).contains(&r) => PluralCategory::Few,
                _ => PluralCategory::Many,
            },
        }
    }
}

/// The forms of a counted phrase in one language, one per plural category;
/// `{n}` in a form stands for the number.
#[derive(Debug, Clone, Copy)]
pub struct PluralForms {
    /// The `one` form.
    pub one: &'static str,
    /// The `few` form (Russian).
    pub few: &'static str,
    /// The `many` form (Russian).
    pub many: &'static str,
    /// The `other` form.
    pub other: &'static str,
}

impl PluralForms {
    /// The form of `category`.
    pub fn get(&self, category: PluralCategory) -> &'static str {
        match category {
            PluralCategory::One => self.one,
            PluralCategory::Few => self.few,
            PluralCategory::Many => self.many,
            PluralCategory::Other => self.other,
        }
    }
}

/// A counted phrase ("3 apologies", "3 извинения", "3 συγγνώμες") in each
/// interface language, written with [`plural!`].
#[derive(Debug, Clone, Copy)]
pub struct Plural {
    /// English: `one`, `other`.
    pub en: PluralForms,
    /// Russian: `one`, `few`, `many`.
    pub ru: PluralForms,
    /// Greek: `one`, `other`.
    pub el: PluralForms,
}

impl Plural {
    /// The phrase for `n` in `lang`, with `{n}` replaced by the number.
    pub fn format(&self, lang: UiLang, n: u64) -> String {
        let forms = match lang {
            UiLang::En => &self.en,
            UiLang::Ru => &self.ru,
            UiLang::El => &self.el,
        };
        forms
            .get(lang.plural_category(n))
            .replace("{n}", &n.to_string())
    }
}

/// Writes a [`Plural`] phrase, one form per category each language uses:
/// `plural!(en: [one: "{n} time", other: "{n} times"], ru: [one: "{n} раз",
/// few: "{n} раза", many: "{n} раз"], el: [one: "{n} φορά", other: "{n}
/// φορές"])`. Russian fractions (`other`) take the `few` form ("1,5 часа").
#[macro_export]
macro_rules! plural {
    (
        en: [one: $en_one:expr, other: $en_other:expr $(,)?],
        ru: [one: $ru_one:expr, few: $ru_few:expr, many: $ru_many:expr $(,)?],
        el: [one: $el_one:expr, other: $el_other:expr $(,)?] $(,)?
    ) => {
        $crate::i18n::Plural {
            en: $crate::i18n::PluralForms {
                one: $en_one,
                few: $en_other,
                many: $en_other,
                other: $en_other,
            },
            ru: $crate::i18n::PluralForms {
                one: $ru_one,
                few: $ru_few,
                many: $ru_many,
                other: $ru_few,
            },
            el: $crate::i18n::PluralForms {
                one: $el_one,
                few: $el_other,
                many: $el_other,
                other: $el_other,
            },
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `@integer` samples of CLDR's plurals.xml for each category.
    #[test]
    fn plural_categories_follow_cldr_samples() {
        use PluralCategory::*;
        let samples: &[(UiLang, PluralCategory, &[u64])] = &[
            (UiLang::Ru, One, &[1, 21, 31, 41, 51, 61, 71, 81, 101, 1001]),
            (
                UiLang::Ru,
                Few,
                &[2, 3, 4, 22, 23, 24, 32, 33, 34, 42, 52, 62, 102, 1002],
            ),
            (
                UiLang::Ru,
                Many,
                &[
                    0, 5, 6, 9, 10, 11, 12, 13, 14, 15, 19, 20, 100, 111, 1000, 10000, 1_000_000,
                ],
            ),
            (UiLang::En, One, &[1]),
            (UiLang::En, Other, &[0, 2, 3, 11, 15, 21, 100, 1000]),
            (UiLang::El, One, &[1]),
            (UiLang::El, Other, &[0, 2, 3, 11, 15, 21, 100, 1000]),
        ];
        for (lang, category, numbers) in samples {
            for &n in *numbers {
                assert_eq!(lang.plural_category(n), *category, "{lang:?} {n}");
            }
        }
    }

    #[test]
    fn plural_phrases_agree_with_the_number() {
        let hours = crate::plural!(
            en: [one: "{n} hour", other: "{n} hours"],
            ru: [one: "{n} час", few: "{n} часа", many: "{n} часов"],
            el: [one: "{n} ώρα", other: "{n} ώρες"],
        );
        let shown: Vec<String> = [1, 2, 5, 11, 21, 22, 25]
            .iter()
            .map(|&n| hours.format(UiLang::Ru, n))
            .collect();
        assert_eq!(
            shown,
            [
                "1 час",
                "2 часа",
                "5 часов",
                "11 часов",
                "21 час",
                "22 часа",
                "25 часов"
            ]
        );
        assert_eq!(hours.format(UiLang::En, 1), "1 hour");
        assert_eq!(hours.format(UiLang::En, 21), "21 hours");
        assert_eq!(hours.format(UiLang::El, 1), "1 ώρα");
        assert_eq!(hours.format(UiLang::El, 2), "2 ώρες");
    }
}
