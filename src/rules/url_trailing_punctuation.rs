use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::rules::{Category, Rule, Status};
use crate::tr;

declare_rule! {
    /// ## What it does
    /// Flags a link written directly before a full stop or a comma
    /// ("see https://example.com/offer."), where some mail clients make the
    /// punctuation part of the link. Suggests enclosing the link in angle
    /// brackets, `<https://example.com/offer>.`, which every client reads as
    /// the link's end.
    ///
    /// ## Why is this bad?
    /// The client clicks the link and gets "page not found": the address they
    /// opened ends in a dot. The seed on keeping a dialogue asks to check
    /// links and details before sending; a broken link costs the client's
    /// time and a second letter.
    ///
    /// ## Example
    /// - en: "The form is at https://acme.com/form."
    /// - ru: "Форма: https://acme.ru/form, заполните её."
    /// - el: "Η φόρμα είναι στο https://acme.gr/form."
    ///
    /// ## Options
    /// None.
    pub struct UrlTrailingPunctuation {}
    info {
        id: "url-trailing-punctuation",
        severity: Severity::Info,
        category: Category::Form,
        languages: &[],
        status: Status::Stable,
        title: tr!(
            en: "Punctuation after a link",
            ru: "Знак препинания после ссылки",
            el: "Σημείο στίξης μετά από σύνδεσμο",
        ),
        reason: tr!(
            en: "Some mail clients make the dot part of the link, and it opens a missing page.",
            ru: "Некоторые почтовые программы включают точку в ссылку, и она ведёт на несуществующую страницу.",
            el: "Ορισμένα προγράμματα αλληλογραφίας ενσωματώνουν την τελεία στον σύνδεσμο, που οδηγεί σε ανύπαρκτη σελίδα.",
        ),
    }
}

impl UrlTrailingPunctuation {
    /// Prepares the rule.
    pub fn new() -> Self {
        UrlTrailingPunctuation {}
    }
}

impl Rule for UrlTrailingPunctuation {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for part in ctx.layout.own_ranges() {
            let text = &ctx.body[part.clone()];
            for link in crate::links::find_links(text) {
                let url = &text[link.clone()];
                let Some(last) = url.chars().last() else {
                    continue;
                };
                if !matches!(last, '.' | ',') || url.len() <= 1 {
                    continue;
                }
                let bare = &url[..url.len() - 1];
                if bare.ends_with(['.', ',']) || !bare.contains('.') {
                    continue;
                }
                let message = tr!(
                    en: "The “{mark}” right after the link may become part of it.",
                    ru: "Знак «{mark}» сразу после ссылки может стать её частью.",
                    el: "Το «{mark}» αμέσως μετά τον σύνδεσμο μπορεί να γίνει μέρος του.",
                )
                .format(ctx.ui(), &[("mark", &last.to_string())]);
                out.push(
                    Diagnostic::new(
                        Field::Body,
                        part.start + link.start..part.start + link.end,
                        message,
                    )
                    .with_suggestion(format!("<{bare}>{last}")),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::*;

    fn rule() -> UrlTrailingPunctuation {
        UrlTrailingPunctuation::new()
    }

    #[test]
    fn flags_links_followed_by_dot_or_comma_in_each_language() {
        assert_eq!(
            excerpts(&rule(), "The form is at https://acme.com/form."),
            ["https://acme.com/form."]
        );
        assert_eq!(
            excerpts(&rule(), "Форма: https://acme.ru/form, заполните её."),
            ["https://acme.ru/form,"]
        );
        assert_eq!(
            excerpts(&rule(), "Η φόρμα είναι στο www.acme.gr/φόρμα."),
            ["www.acme.gr/φόρμα."]
        );
    }

    #[test]
    fn suggests_angle_brackets() {
        assert_suggestion_result(
            "Σελίδα: https://acme.gr/a. Ευχαριστώ",
            &rule(),
            "Σελίδα: <https://acme.gr/a>. Ευχαριστώ",
        );
    }

    #[test]
    fn allows_clean_links() {
        assert_no_lints("See https://acme.com/form for details.", &rule());
        assert_no_lints("Ссылка: <https://acme.ru/form>.", &rule());
        assert_no_lints("Σύνδεσμος: https://acme.gr/a\nΕυχαριστώ.", &rule());
        assert_no_lints("Versions 1.2. and www. are not links.", &rule());
    }

    #[test]
    fn ignores_quoted_links() {
        assert_no_lints("Ok.\n\n> See https://acme.com/form.\n", &rule());
    }
}
