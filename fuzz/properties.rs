//! What every check must give, whatever the draft: no panic, and every
//! finding's span inside its field, on UTF-16 boundaries, with `excerpt`
//! the field's text at the span — for To, Cc and Bcc the addresses as
//! given, joined with `", "`; and every quick fix in proportion to the
//! text it replaces. Shared by the fuzzer and the robustness tests.

use presend::context::LIST_SEPARATOR;
use presend::rules::catalogue;
use presend::{Checker, Config, Draft, Field, Finding};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

/// The text a finding in `field` points into, as the caller sees the draft:
/// the field as given (a list's items joined with `", "`); a body made from
/// the HTML is the text of the HTML as far as a check reads it.
pub fn field_text(draft: &Draft, field: Field) -> String {
    match field {
        Field::Subject => draft.subject.clone(),
        Field::Body if draft.body.trim().is_empty() && !draft.html.trim().is_empty() => {
            presend::html::to_text(&draft.within_limits().0.html)
        }
        Field::Body => draft.body.clone(),
        Field::To => draft.to.join(LIST_SEPARATOR),
        Field::Cc => draft.cc.join(LIST_SEPARATOR),
        Field::Bcc => draft.bcc.join(LIST_SEPARATOR),
        Field::Attachments => draft.attachments.join(LIST_SEPARATOR),
    }
}

/// How many times the text it replaces a quick fix may be, beside
/// [`MAX_FIX_EXTRA`] bytes of its own (a greeting to insert, a line break
/// and an indent per wrapped line).
const MAX_FIX_GROWTH: usize = 8;

/// The bytes a quick fix may add whatever it replaces.
const MAX_FIX_EXTRA: usize = 4096;

/// Checks `draft` and tests every property of the findings against
/// `as_given`, the draft as its sender sees it (usually the same draft).
/// Returns the findings and the time the check took, or what went wrong.
pub fn check(
    checker: &Checker,
    draft: &Draft,
    as_given: &Draft,
    config: &Config,
) -> Result<(Vec<Finding>, Duration), String> {
    let start = Instant::now();
    let result = catch_unwind(AssertUnwindSafe(|| checker.check(draft, config)));
    let took = start.elapsed();
    let findings = result
        .map_err(|panic| {
            let why = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            format!("the check panicked: {why}")
        })?
        .map_err(|e| format!("the check failed: {e}"))?;
    let rules = catalogue();
    // Each field's text in UTF-16, made once.
    let mut fields: Vec<(Field, Vec<u16>)> = Vec::new();
    for f in &findings {
        if !rules.iter().any(|r| r.id == f.rule) {
            return Err(format!("unknown rule in {f:?}"));
        }
        if f.message.trim().is_empty() {
            return Err(format!("no message in {f:?}"));
        }
        if !fields.iter().any(|(field, _)| *field == f.field) {
            let units = field_text(as_given, f.field).encode_utf16().collect();
            fields.push((f.field, units));
        }
        let units = &fields
            .iter()
            .find(|(field, _)| *field == f.field)
            .expect("made above")
            .1;
        if f.start > f.end || f.end > units.len() {
            return Err(format!(
                "span {}..{} outside its field ({} units): {f:?}",
                f.start,
                f.end,
                units.len()
            ));
        }
        let excerpt = String::from_utf16(&units[f.start..f.end])
            .map_err(|_| format!("span splits a surrogate pair: {f:?}"))?;
        if excerpt != f.excerpt {
            return Err(format!(
                "excerpt {:?} is not the field's text at the span, {excerpt:?}: {f:?}",
                f.excerpt
            ));
        }
        // A quick fix is in proportion to what it replaces: a line wrapped
        // under an indent of 130,000 spaces once came to 432 MB.
        if let Some(fix) = &f.suggestion {
            if fix.len() > MAX_FIX_GROWTH * f.excerpt.len() + MAX_FIX_EXTRA {
                return Err(format!(
                    "a quick fix of {} bytes for {} bytes of text ({}, {}..{})",
                    fix.len(),
                    f.excerpt.len(),
                    f.rule,
                    f.start,
                    f.end
                ));
            }
        }
    }
    Ok((findings, took))
}
