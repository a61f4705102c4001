use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::html::Link;
use crate::language::Lang;
use crate::phrases::PhraseList;
use crate::rules::missing_unsubscribe::{is_optout_href, optout_list, signature_view};
use crate::rules::{Category, Rule, Status};
use crate::tr;
use crate::words::TextView;
use std::ops::Range;

declare_rule! {
    /// ## What it does
    /// In an HTML mail, flags an unsubscribe link that goes nowhere: its
    /// address is missing, empty, `#` or `javascript:…`; or the mail says
    /// "unsubscribe" ("отписаться", "διαγραφή") but no link carries it — no
    /// link with unsubscribe wording or address, no "click here" link, and no
    /// address or URL written in the same paragraph.
    ///
    /// ## Why is this bad?
    /// The first seed, on mailings: provide an "Unsubscribe" button, "and it
    /// is important that it works — it happens that pressing such a button
    /// does not unsubscribe. Need one say that the negativity towards you
    /// only grows after that." A dead link is worse than none: it shows the
    /// reader the sender does not let them go.
    ///
    /// ## Example
    /// - en: `<a href="#">Unsubscribe</a>`
    /// - ru: `<a href="">Отписаться от рассылки</a>`
    /// - el: `<p>Διαγραφή από τη λίστα</p>` — text, no link
    ///
    /// ## Options
    /// None. Unsubscribe wording is shared with `missing-unsubscribe`
    /// (`missing_unsubscribe.optout.txt`); "click here" texts are in
    /// `broken_unsubscribe.txt` beside this file.
    pub struct BrokenUnsubscribe {
        optout: PhraseList,
        pointers: PhraseList,
    }
    info {
        id: "broken-unsubscribe",
        severity: Severity::Error,
        category: Category::Bulk,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "Broken unsubscribe link", ru: "Нерабочая ссылка «Отписаться»", el: "Χαλασμένος σύνδεσμος διαγραφής"),
        reason: tr!(
            en: "An unsubscribe link that does not work turns a reader into a complainer.",
            ru: "Неработающая кнопка «Отписаться» превращает читателя в жалобщика.",
            el: "Ένας σύνδεσμος διαγραφής που δεν λειτουργεί κάνει τον αναγνώστη να παραπονιέται.",
        ),
    }
}

impl BrokenUnsubscribe {
    /// Prepares the phrase lists.
    pub fn new() -> Self {
        BrokenUnsubscribe {
            optout: optout_list(),
            pointers: PhraseList::builtin(
                "broken_unsubscribe",
                crate::phrase_file!("broken_unsubscribe.txt"),
            ),
        }
    }

    fn says_unsubscribe(&self, text: &str) -> bool {
        self.optout.is_found_in(&TextView::of(text))
    }

    fn is_unsubscribe_link(&self, link: &Link) -> bool {
        self.says_unsubscribe(&link.text) || link.href.as_deref().is_some_and(is_optout_href)
    }
}

/// True when a link's address leads nowhere.
fn goes_nowhere(href: Option<&str>) -> bool {
    let Some(href) = href.map(str::trim) else {
        return true;
    };
    href.is_empty() || href == "#" || href.to_ascii_lowercase().starts_with("javascript:")
}

impl Rule for BrokenUnsubscribe {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        if ctx.draft.html.trim().is_empty() {
            return;
        }
        let signature = signature_view(ctx);
        let optouts: Vec<Range<usize>> = [&ctx.own, &signature]
            .into_iter()
            .flat_map(|view| {
                self.optout
                    .find_iter(view)
                    .map(|m| view.span(m.words.start, m.words.end - 1))
                    .collect::<Vec<_>>()
            })
            .collect();
        let first_optout = optouts.iter().min_by_key(|r| r.start).cloned();
        let span_of = |text: &str| -> Range<usize> {
            ctx.body
                .find(text)
                .filter(|_| !text.is_empty())
                .map(|at| at..at + text.len())
                .or(first_optout.clone())
                .unwrap_or(0..0)
        };
        let links = crate::html::links(&ctx.draft.html);
        let mut any_unsubscribe_link = false;
        for link in &links {
            if !self.is_unsubscribe_link(link) {
                continue;
            }
            any_unsubscribe_link = true;
            if goes_nowhere(link.href.as_deref()) {
                let href = link.href.as_deref().unwrap_or("");
                let message = tr!(
                    en: "The “{text}” link goes nowhere (href=\"{href}\"). Point it at a working unsubscribe page.",
                    ru: "Ссылка «{text}» никуда не ведёт (href=\"{href}\"). Укажите адрес работающей страницы отписки.",
                    el: "Ο σύνδεσμος «{text}» δεν οδηγεί πουθενά (href=\"{href}\"). Βάλτε τη διεύθυνση μιας σελίδας διαγραφής που λειτουργεί.",
                )
                .format(ctx.ui(), &[("text", &link.text), ("href", href)]);
                out.push(Diagnostic::new(Field::Body, span_of(&link.text), message));
            }
        }
        let pointer_link = links.iter().any(|l| {
            !goes_nowhere(l.href.as_deref()) && self.pointers.is_found_in(&TextView::of(&l.text))
        });
        let gives_a_way = |range: &Range<usize>| {
            // "To unsubscribe, write to list-off@acme.com", "… visit
            // www.acme.com/off" (here or in the next paragraph), "reply with
            // REMOVE": the way out is written, if not linked.
            let start = ctx.body[..range.start].rfind("\n\n").map_or(0, |i| i + 2);
            let mut end = range.end;
            for _ in 0..2 {
                end = ctx.body[end..]
                    .find("\n\n")
                    .map_or(ctx.body.len(), |i| end + i + 2);
            }
            let window = crate::case::lowercase(&ctx.body[start..end.min(ctx.body.len())]);
            [
                "http",
                "www.",
                "@",
                "mailto",
                "reply",
                "subject",
                "ответ",
                "тем",
                "απαντ",
                "θέμα",
            ]
            .iter()
            .any(|w| window.contains(w))
        };
        let written_way = optouts.iter().any(gives_a_way);
        if let Some(range) =
            first_optout.filter(|_| !any_unsubscribe_link && !pointer_link && !written_way)
        {
            let message = tr!(
                en: "“{text}” is written, but it is not a link: the reader cannot click it. Make it a link to the unsubscribe page.",
                ru: "Надпись «{text}» — не ссылка: нажать на неё нельзя. Сделайте её ссылкой на страницу отписки.",
                el: "Το κείμενο «{text}» δεν είναι σύνδεσμος: δεν μπορεί κανείς να το πατήσει. Κάντε το σύνδεσμο προς τη σελίδα διαγραφής.",
            )
            .format(ctx.ui(), &[("text", &ctx.body[range.clone()])]);
            out.push(Diagnostic::new(Field::Body, range, message));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::*;

    fn rule() -> BrokenUnsubscribe {
        BrokenUnsubscribe::new()
    }

    fn html(html: &str) -> Vec<String> {
        let mut draft = letter("");
        draft.html = html.into();
        draft.format = crate::draft::Format::Html;
        run(&rule(), &draft)
            .into_iter()
            .map(|f| f.excerpt)
            .collect()
    }

    #[test]
    fn flags_links_that_go_nowhere_in_each_language() {
        assert_eq!(
            html(r##"<p>News.</p><a href="#">Unsubscribe</a>"##),
            ["Unsubscribe"]
        );
        assert_eq!(
            html(r#"<p>Новости.</p><a href="">Отписаться от рассылки</a>"#),
            ["Отписаться от рассылки"]
        );
        assert_eq!(
            html(r#"<p>Νέα.</p><a href="javascript:void(0)">Διαγραφή</a>"#),
            ["Διαγραφή"]
        );
        assert_eq!(html(r#"<p>News.</p><a>Opt out</a>"#), ["Opt out"]);
    }

    #[test]
    fn flags_unsubscribe_text_that_is_not_a_link() {
        assert_eq!(
            html("<p>News.</p><p>Unsubscribe at any time.</p>"),
            ["Unsubscribe"]
        );
        assert_eq!(
            html("<p>Новости.</p><p>Отписаться можно в любой момент.</p>"),
            ["Отписаться"]
        );
        assert_eq!(
            html("<p>Νέα.</p><p>Διαγραφή από τη λίστα.</p>"),
            ["Διαγραφή"]
        );
    }

    #[test]
    fn allows_working_links() {
        assert!(
            html(r#"<p>News.</p><a href="https://acme.com/unsubscribe?u=1">Unsubscribe</a>"#)
                .is_empty()
        );
        assert!(html(
            r#"<p>Чтобы отписаться, нажмите <a href="https://acme.ru/u/1">здесь</a>.</p>"#
        )
        .is_empty());
        assert!(
            html(r#"<p>Για διαγραφή πατήστε <a href="https://acme.gr/x">εδώ</a>.</p>"#).is_empty()
        );
        assert!(html(
            r#"<p><a href="mailto:list@acme.com?subject=unsubscribe">Leave the list</a></p>"#
        )
        .is_empty());
    }

    #[test]
    fn allows_written_addresses() {
        assert!(html("<p>To unsubscribe, write to list-off@acme.com.</p>").is_empty());
        assert!(html("<p>Чтобы отписаться, зайдите на www.acme.ru/off</p>").is_empty());
        assert!(html("<p>Για διαγραφή: https://acme.gr/off</p>").is_empty());
    }

    #[test]
    fn ignores_plain_text_and_mails_without_unsubscribe() {
        assert_no_lints("Unsubscribe: reply STOP.", &rule());
        assert!(html(r##"<p>Hello <a href="#top">top</a></p>"##).is_empty());
        assert!(html("<p>Договор готов.</p>").is_empty());
    }

    #[test]
    fn messages_exist_in_every_language() {
        let mut draft = letter("");
        draft.html = r##"<a href="#">Unsubscribe</a>"##.into();
        messages_in_every_language(&rule(), &draft);
    }
}
