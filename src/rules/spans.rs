//! Spans that several rules report on: the occurrences of a phrase list,
//! the first line of the author's text.

use crate::context::Context;
use crate::phrases::PhraseList;
use crate::words::TextView;
use std::ops::Range;

/// The spans of the occurrences of `list` in `view`, in text order;
/// overlapping occurrences are merged into one span.
pub(crate) fn occurrences(list: &PhraseList, view: &TextView) -> Vec<Range<usize>> {
    let mut found: Vec<Range<usize>> = list.find_iter(view).map(|m| m.words).collect();
    found.sort_by_key(|w| w.start);
    let mut merged: Vec<Range<usize>> = Vec::new();
    for words in found {
        match merged.last_mut() {
            Some(last) if words.start < last.end => last.end = last.end.max(words.end),
            _ => merged.push(words),
        }
    }
    merged
        .into_iter()
        .map(|w| view.span(w.start, w.end - 1))
        .collect()
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::rules::testing::letter;

    #[test]
    fn merges_overlapping_occurrences() {
        let list = PhraseList::parse("[ru]\nпришлю отдельно\nотдельным письмом\n").unwrap();
        let text = "Счета пришлю отдельным письмом.";
        let view = TextView::of(text);
        let found: Vec<&str> = occurrences(&list, &view)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(found, ["пришлю отдельным письмом"]);
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
