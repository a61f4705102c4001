//! Printing findings: compiler-style text, or JSON lines.

use presend::context::LIST_SEPARATOR;
use presend::finding::{Field, Finding};
use presend::span::{line_and_column, utf16_to_byte};
use presend::Draft;
use std::io::Write;

/// One JSON object for one input: `{"file", "findings"}` or `{"file", "error"}`.
pub fn json_line(out: &mut impl Write, file: &str, result: Result<&[Finding], &String>) {
    let value = match result {
        Ok(findings) => serde_json::json!({ "file": file, "findings": findings }),
        Err(error) => serde_json::json!({ "file": file, "error": error }),
    };
    let _ = writeln!(out, "{value}");
}

/// `file:line:col: severity[rule] message`, the line, and the span underlined.
pub fn text(out: &mut impl Write, file: &str, draft: &Draft, findings: &[Finding]) {
    for finding in findings {
        let field_text = field_text(draft, finding.field);
        let start = utf16_to_byte(&field_text, finding.start);
        let end = utf16_to_byte(&field_text, finding.end).max(start);
        let (line, column) = line_and_column(&field_text, start);
        let place = match finding.field {
            Field::Body => format!("{file}:{line}:{column}"),
            other => format!("{file}:{}:{column}", other.as_str()),
        };
        let _ = writeln!(
            out,
            "{place}: {}[{}] {}",
            finding.severity, finding.rule, finding.message
        );
        let line_start = field_text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = field_text[start..]
            .find('\n')
            .map_or(field_text.len(), |i| start + i);
        let shown = &field_text[line_start..line_end];
        let marks = field_text[start..end.min(line_end)].chars().count().max(1);
        let _ = writeln!(out, "    | {shown}");
        let _ = writeln!(out, "    | {}{}", " ".repeat(column - 1), "^".repeat(marks));
        if let Some(suggestion) = &finding.suggestion {
            let _ = writeln!(out, "    = suggestion: {suggestion}");
        }
    }
}

fn field_text(draft: &Draft, field: Field) -> String {
    match field {
        Field::Subject => draft.subject.clone(),
        Field::Body if draft.body.trim().is_empty() => presend::html::to_text(&draft.html),
        Field::Body => draft.body.clone(),
        Field::To => draft.to.join(LIST_SEPARATOR),
        Field::Cc => draft.cc.join(LIST_SEPARATOR),
        Field::Bcc => draft.bcc.join(LIST_SEPARATOR),
        Field::Attachments => draft.attachments.join(LIST_SEPARATOR),
    }
}
