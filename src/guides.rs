//! The rule reference for the people who use presend: for every rule, a
//! guide in English, Russian and Greek — what it catches, why it matters to
//! a client, examples, and how to change it in the options.
//!
//! Each guide is a Markdown file, `src/rules/docs/<lang>/<rule-id>.md`,
//! beside the rules; the web page's rule reference shows them (`make www`
//! copies the folder), and the tests below hold every guide to the same four
//! sections; `presend explain RULE` prints one. The `///` comment on each
//! rule stays the documentation for developers (rustdoc).
//!
//! Guides are not part of the WebAssembly module's exports: the add-ons
//! carry them as files, in the copy of the site each bundles under `site/`
//! (`extension/build.sh`), which the dialog's "More about this check" opens.

use crate::i18n::{Localized, UiLang};

/// Lists the rule IDs that have guides and includes each one's three files.
macro_rules! guides {
    ($($id:literal),* $(,)?) => {
        /// Every guide: the rule ID and its text in each language.
        pub static GUIDES: &[(&str, Localized)] = &[
            $((
                $id,
                Localized {
                    en: include_str!(concat!("rules/docs/en/", $id, ".md")),
                    ru: include_str!(concat!("rules/docs/ru/", $id, ".md")),
                    el: include_str!(concat!("rules/docs/el/", $id, ".md")),
                },
            )),*
        ];
    };
}

guides![
    "insult",
    "indignation",
    "emotional-tone",
    "shouting",
    "over-apology",
    "excuses",
    "ignores-emotion",
    "internal-quote",
    "internal-remark",
    "exposed-recipients",
    "recipient-typo",
    "missing-unsubscribe",
    "broken-unsubscribe",
    "forgotten-attachment",
    "missing-subject",
    "template-placeholder",
    "bad-news-by-email",
    "bad-news-structure",
    "time-waster-subject",
    "slow-reply",
    "generic-greeting",
    "missing-greeting",
    "name-mismatch",
    "split-message",
    "too-long",
    "filler-words",
    "cliche",
    "url-trailing-punctuation",
    "repeated-word",
    "long-lines",
    "vy-capitalization",
    "mixed-script",
    "spacing",
    "partly-checked",
];

/// The four sections of every guide, in order, as headed in each language.
pub const SECTIONS: [Localized; 4] = [
    crate::tr!(en: "What it catches", ru: "Что проверяет", el: "Τι ελέγχει"),
    crate::tr!(en: "Why it matters", ru: "Почему это важно", el: "Γιατί έχει σημασία"),
    crate::tr!(en: "Examples", ru: "Примеры", el: "Παραδείγματα"),
    crate::tr!(en: "How to change it", ru: "Как настроить", el: "Πώς να το αλλάξετε"),
];

/// The guide to rule `id` in `lang`, Markdown.
pub fn guide(id: &str, lang: UiLang) -> Option<&'static str> {
    GUIDES
        .iter()
        .find(|(guide_id, _)| *guide_id == id)
        .map(|(_, text)| text.get(lang))
}

/// A guide's `## ` sections: (heading, text), in order.
pub fn sections(markdown: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut rest = markdown;
    while let Some(at) = rest.find("## ") {
        let after = &rest[at + 3..];
        let heading_end = after.find('\n').unwrap_or(after.len());
        let body = &after[heading_end..];
        let body_end = body.find("\n## ").unwrap_or(body.len());
        out.push((after[..heading_end].trim(), body[..body_end].trim()));
        rest = &body[body_end..];
    }
    out
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // tests, not in the module
mod tests {
    use super::*;
    use crate::rules::catalogue;
    use crate::{Checker, Config, Draft};
    use std::collections::BTreeSet;

    const LANGS: [UiLang; 3] = [UiLang::En, UiLang::Ru, UiLang::El];

    #[test]
    fn every_rule_has_a_guide_and_every_guide_a_rule() {
        let rules: BTreeSet<&str> = catalogue().iter().map(|info| info.id).collect();
        let guides: BTreeSet<&str> = GUIDES.iter().map(|(id, _)| *id).collect();
        assert_eq!(rules, guides);
        assert_eq!(guides.len(), GUIDES.len(), "a guide is listed twice");
    }

    #[test]
    fn every_guide_has_the_four_sections_in_every_language() {
        for (id, guide) in GUIDES {
            for lang in LANGS {
                let text = guide.get(lang);
                let found = sections(text);
                let headings: Vec<&str> = found.iter().map(|(heading, _)| *heading).collect();
                let expected: Vec<&str> = SECTIONS.iter().map(|s| s.get(lang)).collect();
                assert_eq!(headings, expected, "{lang:?} guide to {id}");
                for (heading, body) in found {
                    assert!(
                        body.chars().filter(|c| c.is_alphabetic()).count() >= 20,
                        "{lang:?} guide to {id}: “{heading}” says next to nothing"
                    );
                }
                assert!(
                    text.trim_start().starts_with("## "),
                    "{lang:?} guide to {id}: text before the first section"
                );
            }
        }
    }

    /// "How to change it" names the check as the options page shows it: the
    /// rule's title in that language.
    #[test]
    fn every_guide_names_its_check_by_its_title() {
        for info in catalogue() {
            for lang in LANGS {
                let text = guide(info.id, lang).unwrap();
                let how = sections(text)[3].1;
                let title = info.title.get(lang);
                assert!(
                    how.contains(&format!("«{title}»")) || how.contains(&format!("“{title}”")),
                    "{lang:?} guide to {}: “{}” does not name “{title}”",
                    info.id,
                    SECTIONS[3].get(lang)
                );
            }
        }
    }

    /// Written in the language of the guide: a Russian guide is mostly
    /// Cyrillic, a Greek one mostly Greek (examples in other languages are
    /// fine, but not a page left in English).
    #[test]
    fn every_guide_is_written_in_its_language() {
        for (id, guide) in GUIDES {
            for lang in [UiLang::Ru, UiLang::El] {
                let text = guide.get(lang);
                let letters = text.chars().filter(|c| c.is_alphabetic()).count();
                let own = text
                    .chars()
                    .filter(|c| match lang {
                        UiLang::Ru => matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё'),
                        // Greek letters, with and without accents: Ά (U+0386) to ώ (U+03CE).
                        _ => matches!(c, 'Ά'..='ώ'),
                    })
                    .count();
                assert!(
                    own * 10 >= letters * 6,
                    "{lang:?} guide to {id}: only {own} of {letters} letters are in the language"
                );
            }
        }
    }

    /// The guides speak to users: no words of the team ("the seed"), no file
    /// names of word lists.
    #[test]
    fn guides_speak_to_users_not_to_the_team() {
        let team_words = ["seed", ".txt", ".rs", "this file", "сид", "src/", "TODO"];
        for (id, guide) in GUIDES {
            for lang in LANGS {
                let text = guide.get(lang);
                for word in team_words {
                    assert!(!text.contains(word), "{lang:?} guide to {id} says “{word}”");
                }
            }
        }
    }

    /// No obscene word on the page: the insult check finds nothing in any
    /// guide but the one about insults, and there only the mild examples.
    #[test]
    fn guides_show_no_obscene_words() {
        let checker = Checker::new();
        let mut config = Config::default();
        for info in catalogue() {
            config.rules.entry(info.id.to_string()).or_default().enabled =
                Some(info.id == "insult");
        }
        let allowed = ["idiot", "идиот", "ηλίθιο", "ηλίθιος", "ηλίθιοι"];
        for (id, guide) in GUIDES {
            for lang in LANGS {
                let draft = Draft {
                    body: guide.get(lang).to_string(),
                    ..Draft::default()
                };
                for finding in checker.check(&draft, &config).unwrap() {
                    assert!(
                        *id == "insult"
                            && allowed.contains(&finding.excerpt.to_lowercase().as_str()),
                        "{lang:?} guide to {id} shows “{}”",
                        finding.excerpt
                    );
                }
            }
        }
    }

    /// What an example line of a guide claims: `- “text” — flagged.` (or
    /// not flagged), in each language. Lines with more context ("— to
    /// Peter Brown", "with no attachment") are left to the reader.
    fn claims(markdown: &str) -> Vec<(String, bool)> {
        let verdicts = [
            ("not flagged", false),
            ("flagged", true),
            ("не отмечается", false),
            ("отмечается", true),
            ("δεν επισημαίνεται", false),
            ("επισημαίνεται", true),
        ];
        let mut out = Vec::new();
        for line in markdown.lines() {
            let Some(item) = line.strip_prefix("- ") else {
                continue;
            };
            let Some(open) = item.chars().next().filter(|c| matches!(c, '“' | '«')) else {
                continue;
            };
            let close = if open == '“' { "” — " } else { "» — " };
            let Some(end) = item.rfind(close) else {
                continue;
            };
            let verdict = &item[end + close.len()..];
            let Some((_, flagged)) = verdicts.iter().find(|(word, _)| {
                verdict.starts_with(word) && verdict[word.len()..].starts_with(['.', ':', ';', ','])
            }) else {
                continue;
            };
            let text = &item[open.len_utf8()..end];
            // "“A” in reply to “B”": more than one quote, more than the body.
            if text.contains(&close[..close.find(' ').unwrap()]) {
                continue;
            }
            out.push((text.to_string(), *flagged));
        }
        out
    }

    /// Every plain example in the guides does what it says: "flagged" is
    /// flagged by its rule, "not flagged" is not.
    #[test]
    fn guide_examples_do_what_they_say() {
        let checker = Checker::new();
        let mut wrong = Vec::new();
        let mut checked = 0;
        for (id, guide) in GUIDES {
            for lang in LANGS {
                for (text, flagged) in claims(guide.get(lang)) {
                    let draft = Draft {
                        from: "Anna Smith <anna@acme.com>".into(),
                        to: vec!["Peter Brown <peter@client.com>".into()],
                        subject: "Contract".into(),
                        body: text.clone(),
                        ..Draft::default()
                    };
                    let found = checker
                        .check(&draft, &Config::default())
                        .unwrap()
                        .iter()
                        .any(|f| f.rule == *id);
                    checked += 1;
                    if found != flagged {
                        wrong.push(format!("{lang:?} {id}: “{text}” flagged: {found}"));
                    }
                }
            }
        }
        assert!(checked >= 70, "only {checked} examples were read");
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn sections_splits_at_second_level_headings() {
        let text = "## One\nfirst\n\n## Two\nsecond\n### not a section\nstill second\n";
        assert_eq!(
            sections(text),
            [
                ("One", "first"),
                ("Two", "second\n### not a section\nstill second")
            ]
        );
    }
}
