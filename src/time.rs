//! Dates in drafts: RFC 3339 from JS, RFC 2822 from mail headers.

use chrono::{DateTime, FixedOffset};

/// Parses an RFC 3339 or RFC 2822 date.
pub fn parse_date(text: &str) -> Option<DateTime<FixedOffset>> {
    let text = text.trim();
    DateTime::parse_from_rfc3339(text)
        .or_else(|_| DateTime::parse_from_rfc2822(text))
        .ok()
}

/// The current time.
pub fn now() -> DateTime<FixedOffset> {
    #[cfg(target_arch = "wasm32")]
    let millis = js_sys::Date::now() as i64;
    #[cfg(not(target_arch = "wasm32"))]
    let millis = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64);
    DateTime::from_timestamp_millis(millis)
        .unwrap_or_default()
        .fixed_offset()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_formats() {
        let a = parse_date("2026-03-02T10:00:00+03:00").unwrap();
        let b = parse_date("Mon, 2 Mar 2026 07:00:00 +0000").unwrap();
        assert_eq!(a, b);
        assert!(parse_date("yesterday").is_none());
    }
}
