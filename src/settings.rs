//! Every setting a user or an administrator can change, described once: its
//! key, kind of value, range, default, and title and description in each
//! interface language. The add-ons' options page is drawn from this table,
//! their settings model and the Chrome policy schema are checked against it
//! (`tests/node/settings-schema.test.mjs`), and [`Config::validate`] takes
//! its ranges from it.
//!
//! The per-rule settings (`rules`) and Chrome's per-site switch (`sites`)
//! are structured and described by the rule catalogue and the popup.

use crate::config::Config;
use crate::i18n::Localized;
use crate::tr;
use serde::Serialize;

/// Who reads a setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// The core's [`Config`]: passed to every check.
    Core,
    /// Both add-ons (when to show the dialog, time limits).
    AddOns,
    /// The Thunderbird add-on only.
    Thunderbird,
}

/// The part of the options page a setting belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Group {
    /// When the dialog appears.
    WhenToWarn,
    /// Who counts as a colleague.
    Organisation,
    /// Limits and house style of a letter.
    Letters,
    /// The interface language.
    Language,
}

/// One allowed value of a choice, with its name.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Choice {
    /// The value as stored.
    pub value: &'static str,
    /// Its name in each interface language.
    pub title: Localized,
}

/// The kind of value a setting holds, with its range.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Kind {
    /// `true` or `false`.
    Boolean,
    /// A whole number in `min..=max`.
    Integer {
        /// Smallest allowed value.
        min: u64,
        /// Largest allowed value.
        max: u64,
    },
    /// A number (fractions allowed) in `min..=max`; forms step by `step`.
    Number {
        /// Smallest allowed value.
        min: f64,
        /// Largest allowed value.
        max: f64,
        /// A sensible step for a form's arrows.
        step: f64,
    },
    /// One of `choices`.
    Choice {
        /// The allowed values.
        choices: &'static [Choice],
    },
    /// A list of mail domain names ("acme.com").
    Domains,
}

/// Where a setting's default comes from.
#[derive(Debug, Clone, Copy)]
pub enum DefaultValue {
    /// [`Config::default`], for the core's settings (written once there).
    FromConfig,
    /// A word, for the add-ons' own settings.
    Text(&'static str),
    /// Yes or no, for the add-ons' own settings.
    Flag(bool),
    /// A whole number, for the add-ons' own settings.
    Whole(u64),
}

/// One setting, described once.
#[derive(Debug, Clone, Copy)]
pub struct Setting {
    /// The key in the stored settings (and in [`Config`] for the core's).
    pub key: &'static str,
    /// Who reads it.
    pub scope: Scope,
    /// Its part of the options page.
    pub group: Group,
    /// Its kind of value and range.
    pub kind: Kind,
    /// Its default.
    pub default: DefaultValue,
    /// A short label.
    pub title: Localized,
    /// One or two sentences on what it changes.
    pub description: Localized,
}

/// A setting as `settingsSchema()` in JS gives it: the description with its
/// default value resolved.
#[derive(Debug, Serialize)]
pub struct SettingDoc {
    /// The key.
    pub key: &'static str,
    /// Who reads it.
    pub scope: Scope,
    /// Its part of the options page.
    pub group: Group,
    /// Kind and range (`type`, `min`, `max`, `step`, `choices`).
    #[serde(flatten)]
    pub kind: Kind,
    /// The default value.
    pub default: DefaultDoc,
    /// A short label.
    pub title: Localized,
    /// What it changes.
    pub description: Localized,
}

/// A setting's default as [`schema`] gives it: the JSON value of the
/// configuration's key (`null` for a key the configuration does not have).
/// Written out here rather than through `serde_json::Value`, which would
/// link a JSON value's code into the WebAssembly module for `settingsSchema()`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum DefaultDoc {
    /// `null`.
    Null,
    /// A string.
    Text(&'static str),
    /// `true` or `false`.
    Flag(bool),
    /// A whole number.
    Whole(u64),
    /// A number.
    Number(f64),
    /// A list of strings.
    Texts(Vec<String>),
}

/// The default of the configuration's `key`, as JSON writes it.
fn config_default(config: &Config, key: &str) -> DefaultDoc {
    use crate::config::VyStyle;
    match key {
        "ui_lang" => DefaultDoc::Text(match config.ui_lang {
            crate::i18n::UiLang::En => "en",
            crate::i18n::UiLang::Ru => "ru",
            crate::i18n::UiLang::El => "el",
        }),
        "internal_domains" => DefaultDoc::Texts(config.internal_domains.clone()),
        "reply_delay_hours" => DefaultDoc::Number(config.reply_delay_hours),
        "bulk_recipients" => DefaultDoc::Whole(config.bulk_recipients as u64),
        "line_length" => DefaultDoc::Whole(config.line_length as u64),
        "max_words" => DefaultDoc::Whole(config.max_words as u64),
        "vy_style" => DefaultDoc::Text(match config.vy_style {
            VyStyle::Lowercase => "lowercase",
            VyStyle::Capital => "capital",
        }),
        _ => DefaultDoc::Null,
    }
}

const UI_LANGS: &[Choice] = &[
    Choice {
        value: "en",
        title: tr!(en: "English", ru: "English", el: "English"),
    },
    Choice {
        value: "ru",
        title: tr!(en: "Русский", ru: "Русский", el: "Русский"),
    },
    Choice {
        value: "el",
        title: tr!(en: "Ελληνικά", ru: "Ελληνικά", el: "Ελληνικά"),
    },
];

const THRESHOLDS: &[Choice] = &[
    Choice {
        value: "error",
        title: tr!(en: "only for errors", ru: "только при ошибках", el: "μόνο για σφάλματα"),
    },
    Choice {
        value: "warning",
        title: tr!(
            en: "for errors and warnings",
            ru: "при ошибках и предупреждениях",
            el: "για σφάλματα και προειδοποιήσεις",
        ),
    },
    Choice {
        value: "info",
        title: tr!(
            en: "for everything, notes included",
            ru: "при любых замечаниях, включая заметки",
            el: "για όλα, μαζί με τις σημειώσεις",
        ),
    },
];

const VY_STYLES: &[Choice] = &[
    Choice {
        value: "lowercase",
        title: tr!(en: "lowercase: «вы»", ru: "со строчной: «вы»", el: "με πεζό: «вы»"),
    },
    Choice {
        value: "capital",
        title: tr!(en: "capital: «Вы»", ru: "с прописной: «Вы»", el: "με κεφαλαίο: «Вы»"),
    },
];

/// Every setting, in the order the options page shows them.
pub const SETTINGS: &[Setting] = &[
    Setting {
        key: "threshold",
        scope: Scope::AddOns,
        group: Group::WhenToWarn,
        kind: Kind::Choice {
            choices: THRESHOLDS,
        },
        default: DefaultValue::Text("warning"),
        title: tr!(
            en: "Show the dialog on Send",
            ru: "Когда показывать окно перед отправкой",
            el: "Πότε εμφανίζεται το παράθυρο πριν από την αποστολή",
        ),
        description: tr!(
            en: "Notes are always shown by “Check now”; here you choose what stops a send.",
            ru: "Заметки всегда видны по кнопке «Проверить»; здесь вы выбираете, что останавливает отправку.",
            el: "Οι σημειώσεις φαίνονται πάντα με τον «Έλεγχο τώρα»· εδώ επιλέγετε τι σταματά την αποστολή.",
        ),
    },
    Setting {
        key: "only_external",
        scope: Scope::AddOns,
        group: Group::WhenToWarn,
        kind: Kind::Boolean,
        default: DefaultValue::Flag(false),
        title: tr!(
            en: "Only check mail to people outside my organisation",
            ru: "Проверять только письма людям вне моей организации",
            el: "Έλεγχος μόνο μηνυμάτων προς άτομα εκτός του οργανισμού μου",
        ),
        description: tr!(
            en: "Mail to colleagues goes out without a check. Who is a colleague: see “Internal domains”.",
            ru: "Письма коллегам уходят без проверки. Кто считается коллегой, задают «Внутренние домены».",
            el: "Τα μηνύματα προς συναδέλφους φεύγουν χωρίς έλεγχο. Ποιος είναι συνάδελφος ορίζουν οι «Εσωτερικοί τομείς».",
        ),
    },
    Setting {
        key: "tb_attachment_reminder",
        scope: Scope::Thunderbird,
        group: Group::WhenToWarn,
        kind: Kind::Boolean,
        default: DefaultValue::Flag(true),
        title: tr!(
            en: "Thunderbird's own attachment reminder is on",
            ru: "Собственное напоминание Thunderbird о вложениях включено",
            el: "Η υπενθύμιση συνημμένων του ίδιου του Thunderbird είναι ενεργή",
        ),
        description: tr!(
            en: "So that you are asked once, presend leaves a forgotten attachment to Thunderbird where Thunderbird will ask anyway. Clear this if you turned Thunderbird's reminder off (Settings › Composition).",
            ru: "Чтобы вопрос звучал один раз, presend оставляет забытое вложение Thunderbird, когда тот всё равно спросит. Снимите отметку, если напоминание Thunderbird выключено (Настройки › Составление).",
            el: "Για να ερωτάστε μία φορά, το presend αφήνει το ξεχασμένο συνημμένο στο Thunderbird όταν εκείνο θα ρωτήσει έτσι κι αλλιώς. Καταργήστε την επιλογή αν απενεργοποιήσατε την υπενθύμιση του Thunderbird (Ρυθμίσεις › Σύνταξη).",
        ),
    },
    Setting {
        key: "check_timeout_ms",
        scope: Scope::AddOns,
        group: Group::WhenToWarn,
        kind: Kind::Integer {
            min: 100,
            max: 60_000,
        },
        default: DefaultValue::Whole(3000),
        title: tr!(
            en: "Time limit of a check (milliseconds)",
            ru: "Предельное время проверки (миллисекунды)",
            el: "Χρονικό όριο ελέγχου (χιλιοστά του δευτερολέπτου)",
        ),
        description: tr!(
            en: "A check that takes longer is given up: the message goes out and you are told.",
            ru: "Если проверка длится дольше, она прерывается: письмо уходит, и вы видите об этом сообщение.",
            el: "Ένας έλεγχος που αργεί περισσότερο εγκαταλείπεται: το μήνυμα φεύγει και ενημερώνεστε.",
        ),
    },
    Setting {
        key: "internal_domains",
        scope: Scope::Core,
        group: Group::Organisation,
        kind: Kind::Domains,
        default: DefaultValue::FromConfig,
        title: tr!(
            en: "Internal domains (one per line)",
            ru: "Внутренние домены (по одному в строке)",
            el: "Εσωτερικοί τομείς (ένας ανά γραμμή)",
        ),
        description: tr!(
            en: "Your organisation's mail domains, such as acme.com. Empty: the domain of your own address, unless it is a public mail service.",
            ru: "Почтовые домены вашей организации, например acme.ru. Если пусто — домен вашего адреса, если это не общедоступная почта.",
            el: "Οι τομείς αλληλογραφίας του οργανισμού σας, π.χ. acme.gr. Αν μείνει κενό: ο τομέας της διεύθυνσής σας, εκτός αν είναι δημόσια υπηρεσία αλληλογραφίας.",
        ),
    },
    Setting {
        key: "reply_delay_hours",
        scope: Scope::Core,
        group: Group::Letters,
        kind: Kind::Number {
            min: 0.0,
            max: 8760.0,
            step: 0.5,
        },
        default: DefaultValue::FromConfig,
        title: tr!(
            en: "A reply is late after (hours)",
            ru: "Ответ считается поздним через (часов)",
            el: "Μια απάντηση θεωρείται καθυστερημένη μετά από (ώρες)",
        ),
        description: tr!(
            en: "A later reply is reminded to thank the client for waiting. Fractions are allowed: 1.5 is an hour and a half.",
            ru: "В более позднем ответе presend напомнит поблагодарить клиента за ожидание. Можно дробное число: 1,5 — полтора часа.",
            el: "Σε μεταγενέστερη απάντηση το presend θυμίζει να ευχαριστήσετε τον πελάτη για την αναμονή. Επιτρέπονται δεκαδικά: 1,5 είναι μιάμιση ώρα.",
        ),
    },
    Setting {
        key: "bulk_recipients",
        scope: Scope::Core,
        group: Group::Letters,
        kind: Kind::Integer {
            min: 1,
            max: 10_000,
        },
        default: DefaultValue::FromConfig,
        title: tr!(
            en: "Recipients that make a mass mailing",
            ru: "С какого числа получателей письмо — рассылка",
            el: "Από πόσους παραλήπτες ένα μήνυμα είναι μαζική αποστολή",
        ),
        description: tr!(
            en: "A letter to this many people outside your organisation is checked as a mailing: it needs an unsubscribe link.",
            ru: "Письмо стольким людям вне организации проверяется как рассылка: в нём нужна ссылка для отписки.",
            el: "Ένα μήνυμα προς τόσα άτομα εκτός του οργανισμού ελέγχεται ως μαζική αποστολή: χρειάζεται σύνδεσμο διαγραφής.",
        ),
    },
    Setting {
        key: "line_length",
        scope: Scope::Core,
        group: Group::Letters,
        kind: Kind::Integer { min: 20, max: 998 },
        default: DefaultValue::FromConfig,
        title: tr!(
            en: "Longest line in plain text (characters)",
            ru: "Самая длинная строка простого текста (символов)",
            el: "Μέγιστο μήκος γραμμής σε απλό κείμενο (χαρακτήρες)",
        ),
        description: tr!(
            en: "Longer lines of a plain-text letter may be broken in odd places by the reader's program.",
            ru: "Более длинные строки простого текста почтовая программа получателя может разорвать в случайных местах.",
            el: "Μεγαλύτερες γραμμές απλού κειμένου μπορεί να σπάσουν σε τυχαία σημεία στο πρόγραμμα του παραλήπτη.",
        ),
    },
    Setting {
        key: "max_words",
        scope: Scope::Core,
        group: Group::Letters,
        kind: Kind::Integer {
            min: 10,
            max: 100_000,
        },
        default: DefaultValue::FromConfig,
        title: tr!(
            en: "A letter is long after (words)",
            ru: "Письмо считается длинным после (слов)",
            el: "Ένα μήνυμα θεωρείται μακροσκελές μετά από (λέξεις)",
        ),
        description: tr!(
            en: "Counts only your own text, not the quoted message.",
            ru: "Считается только ваш текст, без цитаты.",
            el: "Μετράει μόνο το δικό σας κείμενο, όχι το παράθεμα.",
        ),
    },
    Setting {
        key: "vy_style",
        scope: Scope::Core,
        group: Group::Letters,
        kind: Kind::Choice { choices: VY_STYLES },
        default: DefaultValue::FromConfig,
        title: tr!(
            en: "How your company writes the Russian «вы»",
            ru: "Как в вашей компании пишут «вы»",
            el: "Πώς γράφει η εταιρεία σας το ρωσικό «вы»",
        ),
        description: tr!(
            en: "Russian letters only: presend keeps to the house style you choose.",
            ru: "Только для писем на русском: presend следит за выбранным написанием.",
            el: "Μόνο για ρωσικά μηνύματα: το presend τηρεί τη γραφή που επιλέγετε.",
        ),
    },
    Setting {
        key: "ui_lang",
        scope: Scope::Core,
        group: Group::Language,
        kind: Kind::Choice { choices: UI_LANGS },
        default: DefaultValue::FromConfig,
        title: tr!(en: "Interface language", ru: "Язык интерфейса", el: "Γλώσσα διεπαφής"),
        description: tr!(
            en: "The language of presend's dialog, messages and options. Your letters are checked in every language presend knows.",
            ru: "Язык окна presend, его сообщений и настроек. Письма проверяются на всех языках, которые знает presend.",
            el: "Η γλώσσα του παραθύρου, των μηνυμάτων και των ρυθμίσεων του presend. Τα μηνύματά σας ελέγχονται σε όλες τις γλώσσες που γνωρίζει.",
        ),
    },
];

/// The setting with key `key`.
pub fn setting(key: &str) -> Option<&'static Setting> {
    SETTINGS.iter().find(|s| s.key == key)
}

/// Every setting with its default resolved, for `settingsSchema()`.
pub fn schema() -> Vec<SettingDoc> {
    let config = Config::default();
    SETTINGS
        .iter()
        .map(|s| SettingDoc {
            key: s.key,
            scope: s.scope,
            group: s.group,
            kind: s.kind,
            default: match s.default {
                DefaultValue::FromConfig => config_default(&config, s.key),
                DefaultValue::Text(text) => DefaultDoc::Text(text),
                DefaultValue::Flag(flag) => DefaultDoc::Flag(flag),
                DefaultValue::Whole(number) => DefaultDoc::Whole(number),
            },
            title: s.title,
            description: s.description,
        })
        .collect()
}

/// Checks `value` against the range of the numeric setting `key`; the
/// error names the setting and its range.
pub fn check_range(key: &str, value: f64) -> Result<(), String> {
    let Some(setting) = setting(key) else {
        return Ok(());
    };
    let (min, max) = match setting.kind {
        Kind::Integer { min, max } => (min as f64, max as f64),
        Kind::Number { min, max, .. } => (min, max),
        _ => return Ok(()),
    };
    if value.is_finite() && (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(format!(
            "{key} must be from {} to {} (got {})",
            number_text(min),
            number_text(max),
            number_text(value)
        ))
    }
}

/// `value` as an error message shows it: a whole number as an integer,
/// another as Rust writes it natively and as JS writes it in WebAssembly
/// (which would otherwise link the standard library's float formatting).
fn number_text(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 9_007_199_254_740_992.0 {
        return (value as i64).to_string();
    }
    #[cfg(target_arch = "wasm32")]
    return js_sys::Number::from(value)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    value.to_string()
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // tests sort freely: they are not in the module
mod tests {
    use super::*;

    #[test]
    fn every_config_key_is_described_once() {
        let config = serde_json::to_value(Config::default()).unwrap();
        let mut described: Vec<&str> = SETTINGS
            .iter()
            .filter(|s| s.scope == Scope::Core)
            .map(|s| s.key)
            .collect();
        described.sort_unstable();
        let mut keys: Vec<&str> = config
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .filter(|k| *k != "rules")
            .collect();
        keys.sort_unstable();
        assert_eq!(described, keys);
        let mut all: Vec<&str> = SETTINGS.iter().map(|s| s.key).collect();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), SETTINGS.len(), "a key is described twice");
    }

    #[test]
    fn defaults_from_the_configuration_are_its_values_in_json() {
        let config = serde_json::to_value(Config::default()).unwrap();
        for setting in SETTINGS {
            if let DefaultValue::FromConfig = setting.default {
                let doc = config_default(&Config::default(), setting.key);
                let expected = config.get(setting.key).cloned().unwrap_or_default();
                assert_eq!(
                    serde_json::to_value(doc).unwrap(),
                    expected,
                    "{}",
                    setting.key
                );
            }
        }
        assert_eq!(
            config_default(&Config::default(), "colour"),
            DefaultDoc::Null
        );
    }

    #[test]
    fn defaults_lie_in_their_ranges_and_choices() {
        for doc in schema() {
            let default = serde_json::to_value(&doc.default).unwrap();
            match doc.kind {
                Kind::Integer { .. } | Kind::Number { .. } => {
                    let value = default.as_f64().unwrap_or(f64::NAN);
                    check_range(doc.key, value).unwrap();
                }
                Kind::Choice { choices } => {
                    let value = default.as_str().unwrap();
                    assert!(choices.iter().any(|c| c.value == value), "{}", doc.key);
                }
                Kind::Boolean => assert!(default.is_boolean(), "{}", doc.key),
                Kind::Domains => assert!(default.is_array(), "{}", doc.key),
            }
        }
    }

    #[test]
    fn reply_delay_is_a_fraction_of_hours_not_an_integer() {
        let json = serde_json::to_value(schema()).unwrap();
        let delay = json
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["key"] == "reply_delay_hours")
            .unwrap();
        assert_eq!(delay["type"], "number");
        assert_eq!(delay["default"], 24.0);
    }

    #[test]
    fn every_text_is_written_in_each_language() {
        for setting in SETTINGS {
            for text in [setting.title, setting.description] {
                assert!(
                    !text.en.is_empty() && !text.ru.is_empty() && !text.el.is_empty(),
                    "{}",
                    setting.key
                );
            }
        }
    }

    #[test]
    fn ranges_name_the_setting() {
        assert!(check_range("line_length", 78.0).is_ok());
        assert!(check_range("line_length", 5.0)
            .unwrap_err()
            .contains("line_length"));
        assert!(check_range("reply_delay_hours", 1.5).is_ok());
        assert!(check_range("reply_delay_hours", f64::NAN).is_err());
    }
}
