//! What several rules need to know about a letter: the first line of the
//! author's text, whether it is a mass mailing.

use crate::context::Context;
use crate::finding::Field;
use crate::phrases::PhraseList;
use std::ops::Range;

/// The first non-blank line of the author's own text, without its
/// indentation and line break.
pub(crate) fn first_own_line(ctx: &Context) -> Option<Range<usize>> {
    let first = ctx.own.words.first()?;
    let body = &ctx.body;
    let start = body[..first.range.start].rfind('\n').map_or(0, |i| i + 1);
    let start = start + (body[start..].len() - body[start..].trim_start().len());
    let end = body[start..].find('\n').map_or(body.len(), |i| start + i);
    let end = start + body[start..end].trim_end().len();
    Some(start..end)
}

fn bulk_markers() -> &'static PhraseList {
    crate::static_phrase_list!("bulk_markers", "bulk_markers.txt")
}

/// True when the draft is a mass mailing rather than a letter to a person:
/// at least `bulk_recipients` recipients, an unsubscribe line
/// ("unsubscribe", "отписаться", "απεγγραφή"), or several outsiders all in
/// Bcc (To and Cc hold only the sender's company, or nobody).
/// Worked out once per check: four rules ask.
pub(crate) fn is_bulk(ctx: &Context) -> bool {
    *ctx.bulk.get_or_init(|| {
        ctx.recipients.len() >= ctx.config.bulk_recipients
            || is_bcc_mailing(ctx)
            || bulk_markers().is_found_in(&ctx.own)
    })
}

/// Two or more outsiders in Bcc and none in To or Cc: the way a mailing is
/// sent by hand.
fn is_bcc_mailing(ctx: &Context) -> bool {
    let mut hidden = 0;
    for r in ctx.external_recipients() {
        if r.field != Field::Bcc {
            return false;
        }
        hidden += 1;
    }
    hidden >= 2
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::rules::testing::letter;

    #[test]
    fn tells_mass_mailings() {
        let config = Config::default();
        for body in [
            "News of the month. To unsubscribe, click here.",
            "Новости месяца. Отписаться от рассылки можно по ссылке.",
            "Νέα του μήνα. Για απεγγραφή πατήστε εδώ.",
        ] {
            let draft = letter(body);
            assert!(is_bulk(&Context::new(&draft, &config)), "{body}");
        }
        let draft = letter("The contract is ready.");
        assert!(!is_bulk(&Context::new(&draft, &config)));
        let mut many = letter("The contract is ready.");
        many.bcc = (0..10).map(|i| format!("p{i}@client.com")).collect();
        assert!(is_bulk(&Context::new(&many, &config)));
    }

    #[test]
    fn a_mailing_in_bcc_is_bulk() {
        let config = Config::default();
        let mut draft = letter("Our prices change in May.");
        draft.to = vec!["Anna Smith <anna@acme.com>".into()];
        draft.bcc = vec!["c1@client1.com".into(), "c2@client2.com".into()];
        assert!(is_bulk(&Context::new(&draft, &config)));
        draft.to = vec![];
        assert!(is_bulk(&Context::new(&draft, &config)));
        // One client in To, a colleague in Bcc: a letter.
        draft.to = vec!["Peter Brown <peter@client.com>".into()];
        draft.bcc = vec!["boss@acme.com".into(), "c1@client1.com".into()];
        assert!(!is_bulk(&Context::new(&draft, &config)));
        draft.to = vec!["Anna Smith <anna@acme.com>".into()];
        draft.bcc = vec!["c1@client1.com".into()];
        assert!(!is_bulk(&Context::new(&draft, &config)));
    }

    #[test]
    fn finds_the_first_own_line_after_blank_lines() {
        let draft = letter("\n\n  Договор готов.  \nДо встречи.");
        let config = Config::default();
        let ctx = Context::new(&draft, &config);
        let line = first_own_line(&ctx).unwrap();
        assert_eq!(&ctx.body[line], "Договор готов.");
    }
}
