use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::language::Lang;
use crate::phrases::PhraseList;
use crate::rules::{Category, Rule, Status};
use crate::tr;
use crate::words::{TextView, Word};
use std::ops::Range;

declare_rule! {
    /// ## What it does
    /// Flags template fields left unfilled in the subject or the author's
    /// text (signature included): `{{name}}`, `{first_name}`, `%ИМЯ%`,
    /// `%{ticket.number}`, `[First Name]`, `[ИМЯ]`, `<имя>`, `[Όνομα]`, the
    /// merge tags of mailing services left as typed (Mailchimp's `*|FNAME|*`,
    /// HubSpot's and Brevo's `{{ contact.firstname }}` and `{% if … %}`,
    /// Unisender's `{{Name}}`), and `XXX` / `ХХХ` / `XX.XX.XXXX` stand-ins. A bracketed text counts when it
    /// names a field (name, company, date, имя, компания, όνομα…) or is
    /// written in capitals.
    ///
    /// ## Why is this bad?
    /// "Dear [First Name]" tells the client they got a form letter nobody
    /// read. The seed on company mail recommends keeping model letters for
    /// repeated questions and changing "what the new recipient needs"; an
    /// unfilled field is exactly the change that was forgotten.
    ///
    /// ## Example
    /// - en: "Dear [First Name], your order {{order_id}} has shipped."
    /// - ru: "Здравствуйте, %ИМЯ%! Ваш заказ № XXX отправлен."
    /// - el: "Αγαπητέ [Όνομα], η παραγγελία σας στάλθηκε."
    ///
    /// ## Options
    /// None. Field names are in `template_placeholder.txt`.
    pub struct TemplatePlaceholder {
        field_names: PhraseList,
    }
    info {
        id: "template-placeholder",
        severity: Severity::Error,
        category: Category::Content,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(
            en: "Unfilled template field",
            ru: "Незаполненное поле шаблона",
            el: "Ασυμπλήρωτο πεδίο προτύπου",
        ),
        reason: tr!(
            en: "An unfilled field shows the client a form letter nobody read.",
            ru: "Незаполненное поле показывает клиенту, что письмо — непрочитанный шаблон.",
            el: "Ένα ασυμπλήρωτο πεδίο δείχνει στον πελάτη ένα πρότυπο που κανείς δεν διάβασε.",
        ),
    }
}

impl TemplatePlaceholder {
    /// Prepares the list of field names.
    pub fn new() -> Self {
        TemplatePlaceholder {
            field_names: PhraseList::builtin(
                "template_placeholder",
                crate::phrase_file!("template_placeholder.txt"),
            ),
        }
    }

    /// Byte ranges of the placeholders in the `parts` of `text`, whose
    /// words are `words` (so the text is not split into words twice).
    pub fn find(&self, text: &str, parts: &[Range<usize>], words: &[Word]) -> Vec<Range<usize>> {
        let mut found: Vec<Range<usize>> = self.marked_fields(text, parts).collect();
        // `found` is in text order and its fields do not overlap: one binary
        // search tells whether a word is inside one.
        let fields = found.len();
        for word in words.iter().filter(|w| is_x_stand_in(&w.norm)) {
            let after = found[..fields].partition_point(|r| r.start <= word.range.start);
            let inside = after > 0 && word.range.end <= found[after - 1].end;
            if !inside {
                found.push(word.range.clone());
            }
        }
        crate::sort::sort_by_key(&mut found, |r| r.start);
        found
    }

    /// Byte ranges of the fields in the `parts` of `text` that a mark opens
    /// (braces, brackets, `%…%`, merge tags), in text order: what [`Self::find`]
    /// finds but the runs of X's, which stand for a redaction or a masked
    /// number as often as for a field.
    pub(crate) fn marked_fields<'a>(
        &'a self,
        text: &'a str,
        parts: &'a [Range<usize>],
    ) -> impl Iterator<Item = Range<usize>> + 'a {
        parts.iter().flat_map(move |part| {
            self.find_fields(&text[part.clone()])
                .into_iter()
                .map(move |r| part.start + r.start..part.start + r.end)
        })
    }

    /// Byte ranges of bracketed, braced and `%…%` fields in `text`.
    fn find_fields(&self, text: &str) -> Vec<Range<usize>> {
        let mut found = Vec::new();
        let bytes = text.as_bytes();
        // Every field opens with an ASCII mark: the text is searched for
        // them byte by byte, not read character by character.
        let mut from = 0;
        while let Some(offset) = bytes[from..]
            .iter()
            .position(|b| matches!(b, b'{' | b'%' | b'*' | b'[' | b'<'))
        {
            let at = from + offset;
            let c = char::from(bytes[at]);
            let end = match c {
                '{' => braced(text, at),
                '%' => percent(text, at),
                '*' => merge_tag(text, at),
                '[' => self.bracketed(text, at, '[', ']'),
                _ => self.bracketed(text, at, '<', '>'),
            };
            let Some(end) = end else {
                from = at + 1;
                continue;
            };
            let start = if at > 0 && matches!(bytes[at - 1], b'$' | b'%') && c == '{' {
                at - 1
            } else {
                at
            };
            found.push(start..end);
            from = end.max(at + 1);
        }
        found
    }

    /// The end of `[field]` / `<field>` starting at `at`, when its text names a
    /// field or is in capitals.
    fn bracketed(&self, text: &str, at: usize, open: char, close: char) -> Option<usize> {
        let inner_start = at + open.len_utf8();
        let length = text[inner_start..]
            .chars()
            .take(41)
            .position(|c| c == close || c == open || c == '\n')?;
        let inner: String = text[inner_start..].chars().take(length).collect();
        if !text[inner_start + inner.len()..].starts_with(close) {
            return None;
        }
        let letters = inner.chars().filter(|c| c.is_alphabetic()).count();
        let plain = inner
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '_' || c == '-');
        if letters < 2 || !plain {
            return None;
        }
        // TEMPLATE_VARIABLE style: capitals joined by underscores. A lone
        // capitalised word ("[IMAGE]", "[EXTERNAL]") is a tag, not a field.
        let in_capitals =
            letters >= 3 && inner.contains('_') && !inner.chars().any(char::is_lowercase);
        let words = inner.replace(['_', '-'], " ");
        let names_field = self.field_names.is_found_in(&TextView::of(&words));
        (names_field || in_capitals).then_some(inner_start + inner.len() + close.len_utf8())
    }
}

/// `{name}`, `{{ name }}`, `{ticket.number}`: the end of the field at `at`.
fn braced(text: &str, at: usize) -> Option<usize> {
    let rest = ahead(text, at, 2 + MAX_NAME * 4 + 2);
    for (open, close) in [("{{", "}}"), ("{%", "%}")] {
        if let Some(inner) = rest.strip_prefix(open) {
            let end = inner.find(close).filter(|&end| end <= MAX_TAG)?;
            let body = inner[..end].trim();
            return (!body.is_empty() && !body.contains('\n')).then_some(at + 2 + end + 2);
        }
    }
    let close = rest[1..].find('}')?;
    let body = &rest[1..1 + close];
    is_identifier(body).then_some(at + close + 2)
}

/// `%NAME%`, `%имя_клиента%`: the end of the field at `at`.
fn percent(text: &str, at: usize) -> Option<usize> {
    let rest = &ahead(text, at, 1 + MAX_NAME * 4 + 1)[1..];
    let close = rest.find('%')?;
    let body = &rest[..close];
    (is_identifier(body) && !body.contains('.')).then_some(at + close + 2)
}

/// Mailchimp's `*|FNAME|*`, `*|MC:SUBJECT|*`: the end of the tag at `at`.
fn merge_tag(text: &str, at: usize) -> Option<usize> {
    let inner = ahead(text, at, 2 + MAX_NAME * 4 + 2).strip_prefix("*|")?;
    let close = inner.find("|*")?;
    let body = &inner[..close];
    let fits = |c: char| c.is_alphanumeric() || matches!(c, '_' | ':' | '.' | '-');
    (body.chars().any(char::is_alphabetic) && body.chars().all(fits)).then_some(at + 2 + close + 2)
}

/// The most characters of a field name.
const MAX_NAME: usize = 40;
/// The most bytes between `{{` and `}}` (or `{%` and `%}`).
const MAX_TAG: usize = 60;

/// At most `bytes` of `text` from `at` (fewer, to end on a character): a
/// field is short, so looking further for its end would only make a text
/// full of unmatched braces slow.
fn ahead(text: &str, at: usize, bytes: usize) -> &str {
    let mut end = (at + bytes).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[at..end]
}

/// A field name: starts with a letter; letters, digits, `_`, `.`; at most 40 chars.
fn is_identifier(body: &str) -> bool {
    let mut chars = body.chars();
    chars.next().is_some_and(char::is_alphabetic)
        && body.chars().count() <= MAX_NAME
        && chars.all(|c| c.is_alphanumeric() || c == '_' || c == '.')
}

/// `XXX`, `ххх`, `ΧΧΧ`, `XX.XX.XXXX`: three or more x's (Latin, Cyrillic or
/// Greek), possibly with separators.
fn is_x_stand_in(norm: &str) -> bool {
    // Most words fail at their first letter: that test first.
    norm.chars()
        .all(|c| matches!(c, 'x' | 'х' | 'χ' | '.' | '/' | '-'))
        && norm
            .chars()
            .filter(|c| matches!(c, 'x' | 'х' | 'χ'))
            .count()
            >= 3
}

impl Rule for TemplatePlaceholder {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let message = |excerpt: &str| {
            tr!(
                en: "“{text}” looks like a template field that was not filled in.",
                ru: "«{text}» — похоже, поле шаблона, которое забыли заполнить.",
                el: "Το «{text}» μοιάζει με πεδίο προτύπου που δεν συμπληρώθηκε.",
            )
            .format(ctx.ui(), &[("text", excerpt)])
        };
        let subject = &ctx.draft.subject;
        for range in self.find(
            subject,
            std::slice::from_ref(&(0..subject.len())),
            &ctx.subject.words,
        ) {
            out.push(Diagnostic::new(
                Field::Subject,
                range.clone(),
                message(&subject[range]),
            ));
        }
        for range in self.find(&ctx.body, &ctx.layout.own_ranges(), &ctx.own.words) {
            out.push(Diagnostic::new(
                Field::Body,
                range.clone(),
                message(&ctx.body[range]),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::*;

    fn rule() -> TemplatePlaceholder {
        TemplatePlaceholder::new()
    }

    #[test]
    fn flags_english_fields() {
        assert_eq!(
            excerpts(
                &rule(),
                "Dear [First Name], order {{ order_id }} and ${total} ship on XX.XX.XXXX."
            ),
            ["[First Name]", "{{ order_id }}", "${total}", "XX.XX.XXXX"]
        );
        assert_eq!(
            excerpts(&rule(), "Hello <CLIENT NAME>, see %COMPANY%."),
            ["<CLIENT NAME>", "%COMPANY%"]
        );
    }

    #[test]
    fn flags_russian_fields() {
        assert_eq!(
            excerpts(
                &rule(),
                "Здравствуйте, %ИМЯ%! Заказ № ХХХ от <дата> отправлен, [Фамилия]."
            ),
            ["%ИМЯ%", "ХХХ", "<дата>", "[Фамилия]"]
        );
        assert_eq!(
            excerpts(&rule(), "Заявка %{ticket.number} принята."),
            ["%{ticket.number}"]
        );
    }

    #[test]
    fn flags_greek_fields() {
        assert_eq!(
            excerpts(
                &rule(),
                "Αγαπητέ [Όνομα], η παραγγελία ΧΧΧ στάλθηκε στη <διεύθυνση>."
            ),
            ["[Όνομα]", "ΧΧΧ", "<διεύθυνση>"]
        );
    }

    #[test]
    fn flags_the_subject_and_signature() {
        let mut draft = letter("Hi Peter,\nAll set.\n\nBest regards,\n[Your Name]\n");
        draft.subject = "Offer for [Company]".into();
        let found: Vec<_> = run(&rule(), &draft)
            .into_iter()
            .map(|f| (f.field, f.excerpt))
            .collect();
        assert_eq!(
            found,
            [
                (Field::Subject, "[Company]".to_string()),
                (Field::Body, "[Your Name]".to_string())
            ]
        );
    }

    #[test]
    fn allows_ordinary_brackets_in_each_language() {
        assert_no_lints(
            "See [1] and [sic], write to <peter@client.com> or <https://acme.com>.",
            &rule(),
        );
        assert_no_lints(
            "Prices rose 5% to 10% [approx.] this year; {see below}.",
            &rule(),
        );
        assert_no_lints("Цены выросли на 5%, а не на 10% (см. [прил. 2]).", &rule());
        assert_no_lints("Η τιμή αυξήθηκε 5% [περίπου] φέτος.", &rule());
        assert_no_lints("[EXTERNAL] mail, [IMAGE] and <CODESITE>, size XL.", &rule());
        assert_no_lints("[ВНИМАНИЕ] и [ΣΗΜΑΝΤΙΚΟ]", &rule());
        assert_eq!(excerpts(&rule(), "Hi [CLIENT_REF]"), ["[CLIENT_REF]"]);
    }

    #[test]
    fn flags_merge_tags_of_mailing_services() {
        // Mailchimp, HubSpot, Brevo (Sendinblue) and Unisender, left as typed.
        assert_eq!(
            excerpts(&rule(), "Hello *|FNAME|*, your *|MC:SUBJECT|* is ready."),
            ["*|FNAME|*", "*|MC:SUBJECT|*"]
        );
        assert_eq!(
            excerpts(
                &rule(),
                "{% if contact.firstname %}Hi {{ contact.firstname }}{% endif %}, thanks."
            ),
            [
                "{% if contact.firstname %}",
                "{{ contact.firstname }}",
                "{% endif %}"
            ]
        );
        assert_eq!(
            excerpts(
                &rule(),
                "Hi {{ contact.FIRSTNAME | default:'there' }}, welcome."
            ),
            ["{{ contact.FIRSTNAME | default:'there' }}"]
        );
        assert_eq!(
            excerpts(&rule(), "Добрый день{{Name?, }}{{Name}}! Ваш заказ готов."),
            ["{{Name?, }}", "{{Name}}"]
        );
        assert_eq!(
            excerpts(&rule(), "Здравствуйте, *|ИМЯ|*! Ваш заказ готов."),
            ["*|ИМЯ|*"]
        );
        assert_eq!(
            excerpts(&rule(), "Γεια σας *|FNAME|*, η παραγγελία στάλθηκε."),
            ["*|FNAME|*"]
        );
    }

    #[test]
    fn allows_stars_pipes_and_percent_signs_that_are_no_tags() {
        assert_no_lints(
            "Use a|b or *bold* | plain text, 5% off {% not closed.",
            &rule(),
        );
        assert_no_lints("Скидка 5% | 10% *только* сегодня.", &rule());
        assert_no_lints("Έκπτωση 5% | 10% *μόνο* σήμερα.", &rule());
    }

    #[test]
    fn ignores_quoted_templates() {
        assert_no_lints("Fixed, thanks.\n\n> Dear [First Name],\n", &rule());
        assert_no_lints("Исправлено.\n\n> Здравствуйте, %ИМЯ%!\n", &rule());
        assert_no_lints("Διορθώθηκε.\n\n> Αγαπητέ [Όνομα],\n", &rule());
    }
}
