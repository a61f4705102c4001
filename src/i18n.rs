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
