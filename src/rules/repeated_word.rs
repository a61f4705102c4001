use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::language::{Lang, Script};
use crate::phrases::builtin_texts;
use crate::rules::{Category, Rule, Status};
use crate::tr;
use crate::words::{is_capitalised, FnvSet, Word};

declare_rule! {
    /// ## What it does
    /// Flags a word written twice in a row ("the the", "в в", "και και"),
    /// across a line break too, and offers to remove the second one. Words
    /// that are correct when doubled ("had had", "да да") are allowed, and
    /// so are the adverbs a language doubles on purpose: "very very",
    /// "еле еле", "чуть чуть", "σιγά σιγά", "λίγο λίγο", and the Greek
    /// nouns doubled to mean "one by one": "βήμα βήμα", "λέξη λέξη".
    ///
    /// ## Why is this bad?
    /// A doubled word is the typo that survives re-reading, because the eye
    /// skips it. The seed on keeping a dialogue asks to re-check every message
    /// before sending: small errors make the client doubt the care taken
    /// over bigger things.
    ///
    /// ## Example
    /// - en: "Please sign the the contract."
    /// - ru: "Договор в в приложении."
    /// - el: "Στείλτε το το συμβόλαιο."
    ///
    /// ## Options
    /// None. Words allowed twice are in `repeated_word.txt`.
    pub struct RepeatedWord {
        allowed: FnvSet<String>,
    }
    info {
        id: "repeated-word",
        severity: Severity::Warning,
        category: Category::Form,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "Repeated word", ru: "Повтор слова", el: "Επαναλαμβανόμενη λέξη"),
        reason: tr!(
            en: "A doubled word is a typo the client will notice.",
            ru: "Задвоенное слово — опечатка, которую клиент заметит.",
            el: "Μια διπλή λέξη είναι λάθος που ο πελάτης θα προσέξει.",
        ),
    }
}

impl RepeatedWord {
    /// Prepares the list of words allowed twice.
    pub fn new() -> Self {
        let list = builtin_texts("repeated_word", crate::phrase_file!("repeated_word.txt"));
        RepeatedWord {
            allowed: list
                .iter()
                .map(|text| crate::normalize::normalize(text))
                .collect(),
        }
    }
}

/// True when words `i - 1` and `i` are single letters inside a run of single
/// letters: text spaced out for emphasis ("W E E K E N D"), not a typo.
fn is_spaced_out(words: &[Word], i: usize) -> bool {
    let single = |k: usize| words.get(k).is_some_and(|w| w.norm.chars().count() == 1);
    single(i) && ((i >= 2 && single(i - 2)) || single(i + 1))
}

/// True when a hyphen and a letter follow at `end`: the word is the start
/// of another ("что что-то", "so so-called").
fn starts_a_hyphenated_word(text: &str, end: usize) -> bool {
    let mut rest = text[end..].chars();
    rest.next() == Some('-') && rest.next().is_some_and(char::is_alphabetic)
}

/// True when words `i - 1` and `i` are one Greek weak pronoun twice after a
/// noun: the noun's possessive, then the object of the verb that follows
/// ("το δείγμα σας σας δημιουργεί", "ο πατέρας του του είπε"), correct
/// Greek. After a particle or a conjunction ("θα σας σας πρότεινα") there
/// is no noun to own the first: a typo.
fn is_possessive_then_object(words: &[Word], i: usize) -> bool {
    // As normalised: a final sigma is written "σ".
    const WEAK_PRONOUNS: [&str; 7] = ["μου", "σου", "του", "τησ", "μασ", "σασ", "τουσ"];
    const NOT_NOUNS: [&str; 12] = [
        "οταν",
        "αφου",
        "επειδη",
        "γιατι",
        "οπωσ",
        "μηπωσ",
        "οποτε",
        "οτι",
        "ποτε",
        "ισωσ",
        "τωρα",
        "μονο",
    ];
    let Some(owner) = i.checked_sub(2).and_then(|k| words.get(k)) else {
        return false;
    };
    WEAK_PRONOUNS.contains(&words[i].norm.as_str())
        && owner.script == Script::Greek
        && owner.norm.chars().count() >= 4
        && !NOT_NOUNS.contains(&owner.norm.as_str())
}

/// True when two words that read alike once their accents are folded are
/// written with the same accents, or one of them in capitals (which drop
/// them): Greek "ή η" (or, the) are two words.
fn same_accents(first: &str, second: &str) -> bool {
    let in_capitals = |w: &str| !w.chars().any(char::is_lowercase);
    in_capitals(first)
        || in_capitals(second)
        || crate::case::lowercase(first) == crate::case::lowercase(second)
}

impl Rule for RepeatedWord {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let words = &ctx.own.words;
        let mut i = 1;
        while i < words.len() {
            let (first, second) = (&words[i - 1], &words[i]);
            let gap = ctx.own.between(&ctx.body, i - 1, i);
            let doubled = first.norm == second.norm
                && first.script != Script::Other
                && !first
                    .norm
                    .contains(|c: char| c == '_' || c.is_ascii_digit())
                && !is_spaced_out(words, i)
                && !gap.is_empty()
                && gap.chars().all(char::is_whitespace)
                && gap.matches('\n').count() < 2
                // A capital after a line break opens a new line of a block —
                // a signature's firm named after the signer ("…
                // Papadopoulos\nPapadopoulos & Partners"), an address — not
                // a word typed twice.
                && !(gap.contains('\n') && is_capitalised(&ctx.body[second.range.clone()]))
                && !self.allowed.contains(first.norm.as_str())
                && !is_possessive_then_object(words, i)
                && !starts_a_hyphenated_word(&ctx.body, second.range.end)
                && same_accents(&ctx.body[first.range.clone()], &ctx.body[second.range.clone()]);
            if doubled {
                let message = tr!(
                    en: "“{word}” is written twice.",
                    ru: "Слово «{word}» написано дважды.",
                    el: "Η λέξη «{word}» γράφτηκε δύο φορές.",
                )
                .format(ctx.ui(), &[("word", &ctx.body[first.range.clone()])]);
                out.push(
                    Diagnostic::new(Field::Body, first.range.start..second.range.end, message)
                        .with_suggestion(&ctx.body[first.range.clone()]),
                );
                i += 1;
            }
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::*;

    fn rule() -> RepeatedWord {
        RepeatedWord::new()
    }

    #[test]
    fn flags_doubled_words_in_each_language() {
        assert_eq!(
            excerpts(&rule(), "Please sign the the contract."),
            ["the the"]
        );
        assert_eq!(excerpts(&rule(), "Договор в в приложении."), ["в в"]);
        assert_eq!(excerpts(&rule(), "Στείλτε το το συμβόλαιο."), ["το το"]);
    }

    #[test]
    fn words_that_only_look_doubled_are_not_flagged() {
        // A word that starts a hyphenated one, and Greek words told apart
        // by their accents.
        assert_no_lints("Гости даже не заметили, что что-то пошло не так.", &rule());
        assert_no_lints("The so so-called fix did not help.", &rule());
        assert_no_lints(
            "Η επισκευή ή η αντικατάσταση είναι δική μου υποχρέωση.",
            &rule(),
        );
        assert_no_lints("Πού που θα γίνει η παράδοση;", &rule());
        // Typed twice still counts.
        assert_eq!(excerpts(&rule(), "Η η αντικατάσταση."), ["Η η"]);
        assert_eq!(excerpts(&rule(), "Что что вы сказали?"), ["Что что"]);
    }

    #[test]
    fn flags_across_case_and_line_breaks() {
        assert_eq!(excerpts(&rule(), "The\nthe contract"), ["The\nthe"]);
        assert_eq!(excerpts(&rule(), "Счёт СЧЁТ оплачен"), ["Счёт СЧЁТ"]);
    }

    #[test]
    fn suggests_keeping_one() {
        assert_suggestion_result("Sign the the contract.", &rule(), "Sign the contract.");
        assert_suggestion_result("Подпишите 😀 в в конце.", &rule(), "Подпишите 😀 в конце.");
    }

    #[test]
    fn allows_words_correct_when_doubled_and_punctuated_pairs() {
        assert_no_lints("He had had enough.", &rule());
        assert_no_lints("Да да, конечно.", &rule());
        assert_no_lints("Ναι ναι, βεβαίως.", &rule());
        assert_no_lints("It was done. Done, and signed.", &rule());
        assert_no_lints("Согласен. Согласен полностью.", &rule());
        assert_no_lints("Room 12 12 was booked.", &rule());
        assert_no_lints("W E E K E N D  S A L E", &rule());
        assert_no_lints("Ο Ι Κ Ο Ο Ο", &rule());
        assert_no_lints("Contacts:\nJ_SMITH\nJ_SMITH", &rule());
    }

    /// A Greek weak pronoun twice, the possessive of a noun and then the
    /// object of the verb after it, is correct Greek ("το δείγμα σας σας
    /// δημιουργεί πρόβλημα", "ο πατέρας του του είπε").
    #[test]
    fn allows_a_greek_possessive_then_an_object_pronoun() {
        assert_no_lints(
            "Το αποτέλεσμα του δείγματός σας σας δημιουργεί πρόβλημα.",
            &rule(),
        );
        assert_no_lints("Ο πατέρας του του είπε να περιμένει.", &rule());
        assert_no_lints("Η μητέρα μου μου έγραψε χθες.", &rule());
    }

    /// A signature's name line ending with the surname and the firm named
    /// after it on the next line: not a typo, in any language.
    #[test]
    fn allows_a_firm_named_after_the_signer_on_the_next_line() {
        for body in [
            "Kind regards,\nMartin Hollis\nHollis & Reed Architects",
            "С уважением,\nОлег Сорокин\nСорокин и партнёры, адвокатское бюро",
            "Με εκτίμηση,\nΣταύρος Μανωλάκης\nΜανωλάκης Τεχνική Α.Ε.",
            // With no closing line the signature is known by.
            "See you on Monday.\n\nMartin Hollis\nHollis & Reed Architects",
            "До встречи в понедельник.\n\nОлег Сорокин\nСорокин и партнёры",
            "Τα λέμε τη Δευτέρα.\n\nΣταύρος Μανωλάκης\nΜανωλάκης Τεχνική Α.Ε.",
        ] {
            assert_no_lints(body, &rule());
        }
        // A word doubled across a line break in running text still is.
        assert_eq!(
            excerpts(&rule(), "Please sign the\nthe contract today."),
            ["the\nthe"]
        );
        assert_eq!(
            excerpts(&rule(), "Подпишите договор в\nв пятницу."),
            ["в\nв"]
        );
    }

    #[test]
    fn allows_reduplication_on_purpose_in_each_language() {
        for body in [
            "It is a very very long list.",
            "Мы еле-еле успели к сроку.",
            "Мы еле еле успели, осталось чуть чуть.",
            "Σιγά σιγά τελειώνουμε, λίγο λίγο κάθε μέρα.",
        ] {
            assert_no_lints(body, &rule());
        }
        // The same words doubled where they are typos still are.
        assert_eq!(
            excerpts(&rule(), "Осталось чуть доделать в в отчёте."),
            ["в в"]
        );
        assert_eq!(
            excerpts(&rule(), "Σιγά σιγά στείλτε το το συμβόλαιο."),
            ["το το"]
        );
    }

    /// Written before the lists grew (2026-12-04, late night): words
    /// doubled on purpose for emphasis, and Greek adverbs doubled as the
    /// language does, next to typos that must still be flagged.
    #[test]
    fn allows_emphasis_and_greek_adverbs_doubled_on_purpose() {
        for body in [
            "Thank you so so much for the quick fix.",
            "Yes yes, the parts arrived this morning.",
            "Blah blah, the usual disclaimers apply.",
            "Well well, that was quick!",
            "Ладно ладно, перенесём на пятницу.",
            "Хорошо хорошо, пришлю завтра.",
            "Быстро быстро собрали и отправили.",
            "Ίσα ίσα, θα σας πρότεινα να περιμένετε.",
            "Μόλις μόλις προλάβαμε την προθεσμία.",
            "Δεν το έχω καλά καλά διαβάσει ακόμα.",
            "Πρώτα πρώτα, ευχαριστώ για την υπομονή.",
            "Τώρα τώρα το είδα.",
        ] {
            assert_no_lints(body, &rule());
        }
        assert_eq!(
            excerpts(&rule(), "Thank you so so much for the the quick fix."),
            ["the the"]
        );
        assert_eq!(
            excerpts(&rule(), "Ладно ладно, перенесём на на пятницу."),
            ["на на"]
        );
        assert_eq!(
            excerpts(&rule(), "Ίσα ίσα, θα σας σας πρότεινα να περιμένετε."),
            ["σας σας"]
        );
    }

    /// Written before the list grew (2026-12-05, early morning): Greek
    /// says "one by one" by doubling the noun, next to typos that must
    /// still be flagged.
    #[test]
    fn allows_greek_nouns_doubled_to_mean_one_by_one() {
        for body in [
            "Θα σας καθοδηγήσουμε βήμα βήμα στην εγκατάσταση.",
            "Ελέγξαμε το συμβόλαιο λέξη λέξη.",
            "Το παλιό έπιπλο το μεταφέραμε κομμάτι κομμάτι.",
            "Διαβάσαμε την προσφορά σελίδα σελίδα και γραμμή γραμμή.",
            "Τα φυλλάδια μοιράστηκαν πόρτα πόρτα και σπίτι σπίτι.",
            "Τα πληρώνουμε λίγα λίγα κάθε μήνα.",
            "Ήσυχα ήσυχα, όλα θα τακτοποιηθούν.",
        ] {
            assert_no_lints(body, &rule());
        }
        assert_eq!(
            excerpts(
                &rule(),
                "Θα σας καθοδηγήσουμε βήμα βήμα στην στην εγκατάσταση."
            ),
            ["στην στην"]
        );
        assert_eq!(
            excerpts(&rule(), "Ελέγξαμε το το συμβόλαιο λέξη λέξη."),
            ["το το"]
        );
    }

    #[test]
    fn allows_interjections_and_intensifiers_doubled_on_purpose() {
        for body in [
            "Σας ευχαριστώ πάρα πάρα πολύ για όλα.",
            "Εντάξει εντάξει, το κανονίζουμε.",
            "Θα το στείλω αμέσως αμέσως.",
            "Ωραία ωραία, τα λέμε αύριο.",
            "Μπράβο μπράβο, εξαιρετική δουλειά.",
            "OK OK, we will send it today.",
            "Okay okay, the call is moved to Friday.",
        ] {
            assert_no_lints(body, &rule());
        }
        assert_eq!(
            excerpts(&rule(), "Εντάξει εντάξει, το το κανονίζουμε."),
            ["το το"]
        );
        assert_eq!(
            excerpts(&rule(), "OK OK, we will send it it today."),
            ["it it"]
        );
    }

    #[test]
    fn ignores_quoted_text() {
        assert_no_lints("Fixed.\n\n> the the\n", &rule());
        assert_no_lints("Исправил.\n\n> в в\n", &rule());
        assert_no_lints("Διορθώθηκε.\n\n> το το\n", &rule());
    }

    #[test]
    fn does_not_flag_across_paragraphs() {
        assert_no_lints("Thanks\n\nThanks again for the call", &rule());
    }
}
