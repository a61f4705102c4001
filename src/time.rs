//! Dates in drafts: RFC 3339 from JS (`Date.prototype.toISOString`), RFC
//! 2822 from mail headers, read into one moment on the UTC time line.
//!
//! The two grammars are read as the `chrono` crate reads them
//! (`DateTime::parse_from_rfc3339` and `parse_from_rfc2822`), which a test
//! compares them with on many dates, odd ones included; here they are
//! written out for the little a check needs (the moment, and minutes
//! between two moments), which keeps about 12 KB (gzipped) of date
//! parsing code out of the WebAssembly module every Send loads.

/// A moment in time: whole seconds since 1970-01-01T00:00:00Z and the
/// nanoseconds past them (from 1,000,000,000 on in a leap second, as
/// `23:59:60.5` is read: second 59 and 1.5 billion nanoseconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Moment {
    seconds: i64,
    nanos: u32,
}

impl Moment {
    /// The moment `millis` milliseconds after 1970-01-01T00:00:00Z.
    pub fn from_unix_millis(millis: i64) -> Moment {
        Moment {
            seconds: millis.div_euclid(1000),
            nanos: millis.rem_euclid(1000) as u32 * 1_000_000,
        }
    }

    /// Whole seconds since 1970-01-01T00:00:00Z.
    pub fn unix_seconds(self) -> i64 {
        self.seconds
    }

    /// Whole minutes from `earlier` to this moment, rounded toward zero
    /// (negative when `earlier` is later).
    pub fn minutes_since(self, earlier: Moment) -> i64 {
        let nanos = (self.seconds - earlier.seconds) as i128 * 1_000_000_000 + self.nanos as i128
            - earlier.nanos as i128;
        (nanos / 60_000_000_000) as i64
    }
}

/// Parses an RFC 3339 or RFC 2822 date (spaces around it are ignored);
/// `None` for anything else, or a date that does not exist.
pub fn parse_date(text: &str) -> Option<Moment> {
    let text = text.trim();
    let read = |grammar: fn(&mut Scanner) -> Option<Written>| {
        let mut s = Scanner { rest: text };
        let written = grammar(&mut s)?;
        s.rest.is_empty().then_some(())?;
        written.moment()
    };
    read(rfc3339).or_else(|| read(rfc2822))
}

/// The current time.
pub fn now() -> Moment {
    #[cfg(target_arch = "wasm32")]
    let millis = js_sys::Date::now() as i64;
    #[cfg(not(target_arch = "wasm32"))]
    let millis = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64);
    Moment::from_unix_millis(millis)
}

/// The largest year a date may have (as in `chrono`).
const MAX_YEAR: i64 = 262_143;

/// A date and time of day as written, with the offset from UTC in seconds.
struct Written {
    year: i64,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    /// 0 to 60 (a leap second).
    second: u32,
    nanos: u32,
    offset: i64,
}

impl Written {
    /// The moment written, when the date exists, the time of day does and
    /// the offset is less than a day.
    fn moment(&self) -> Option<Moment> {
        let exists = (0..=MAX_YEAR).contains(&self.year)
            && (1..=12).contains(&self.month)
            && (1..=days_in_month(self.year, self.month)).contains(&self.day)
            && self.hour < 24
            && self.minute < 60
            && self.second <= 60
            && self.offset.abs() < 86_400;
        if !exists {
            return None;
        }
        let (second, leap) = match self.second {
            60 => (59, 1_000_000_000),
            second => (second, 0),
        };
        let local = days_from_civil(self.year, self.month, self.day) * 86_400
            + i64::from(self.hour * 3600 + self.minute * 60 + second);
        Some(Moment {
            seconds: local - self.offset,
            nanos: self.nanos + leap,
        })
    }
}

fn is_leap_year(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days from 1970-01-01 to the date (proleptic Gregorian calendar; the
/// algorithm of Howard Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * i64::from((month + 9) % 12) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The day of the week of a date: 0 Monday to 6 Sunday.
fn weekday(year: i64, month: u32, day: u32) -> i64 {
    // 1970-01-01 was a Thursday.
    (days_from_civil(year, month, day) + 3).rem_euclid(7)
}

/// Reads text one piece at a time.
struct Scanner<'a> {
    rest: &'a str,
}

impl<'a> Scanner<'a> {
    /// A number of `min` to `max` ASCII digits.
    fn number(&mut self, min: usize, max: usize) -> Option<i64> {
        let digits = self
            .rest
            .bytes()
            .take(max)
            .take_while(u8::is_ascii_digit)
            .count();
        if digits < min {
            return None;
        }
        let mut n: i64 = 0;
        for digit in self.rest[..digits].bytes() {
            n = n.checked_mul(10)?.checked_add(i64::from(digit - b'0'))?;
        }
        self.rest = &self.rest[digits..];
        Some(n)
    }

    /// Whether the text goes on with `c`, which is then read.
    fn eat(&mut self, c: char) -> bool {
        match self.rest.strip_prefix(c) {
            Some(rest) => {
                self.rest = rest;
                true
            }
            None => false,
        }
    }

    /// Skips white space; whether there was any.
    fn space(&mut self) -> bool {
        let trimmed = self.rest.trim_start();
        let any = trimmed.len() < self.rest.len();
        self.rest = trimmed;
        any
    }

    /// The place in `names` of the three ASCII letters the text goes on
    /// with (in either case).
    fn name_of(&mut self, names: &[&str]) -> Option<usize> {
        let head = self.rest.get(..3)?;
        let at = names.iter().position(|n| n.eq_ignore_ascii_case(head))?;
        self.rest = &self.rest[3..];
        Some(at)
    }

    /// Two ASCII digits, as a number.
    fn two_digits(&mut self) -> Option<u32> {
        self.number(2, 2).map(|n| n as u32)
    }

    /// A fraction of a second after its point: at least one digit, the
    /// digits past the ninth read and dropped.
    fn nanos(&mut self) -> Option<u32> {
        let before = self.rest.len();
        let value = self.number(1, 9)?;
        let digits = before - self.rest.len();
        self.rest = self.rest.trim_start_matches(|c: char| c.is_ascii_digit());
        Some(value as u32 * 10u32.pow(9 - digits as u32))
    }

    /// An offset as seconds east of UTC: `+hh:mm`, `-hh:mm` (also with
    /// U+2212, the minus sign), `Z` or `z` in RFC 3339; `+hhmm` or `-hhmm`
    /// in RFC 2822.
    fn numeric_offset(&mut self, rfc3339: bool) -> Option<i64> {
        if rfc3339 && (self.eat('Z') || self.eat('z')) {
            return Some(0);
        }
        let sign = if self.eat('+') {
            1
        } else if self.eat('-') || (rfc3339 && self.eat('\u{2212}')) {
            -1
        } else {
            return None;
        };
        let hours = self.two_digits()?;
        if rfc3339 && !self.eat(':') {
            return None;
        }
        let minutes = self.two_digits().filter(|&m| m < 60)?;
        Some(sign * i64::from(hours * 3600 + minutes * 60))
    }
}

/// Reads `2026-03-02T10:00:00.5+03:00` (a space or a lower-case `t` may
/// stand for the `T`, `Z` or `z` for `+00:00`); [`parse_date`] checks that
/// nothing follows.
fn rfc3339(s: &mut Scanner) -> Option<Written> {
    let year = s.number(4, 4)?;
    s.eat('-').then_some(())?;
    let month = s.two_digits()?;
    s.eat('-').then_some(())?;
    let day = s.two_digits()?;
    (s.eat('T') || s.eat('t') || s.eat(' ')).then_some(())?;
    let hour = s.two_digits()?;
    s.eat(':').then_some(())?;
    let minute = s.two_digits()?;
    s.eat(':').then_some(())?;
    let second = s.two_digits()?;
    let nanos = if s.eat('.') { s.nanos()? } else { 0 };
    let offset = s.numeric_offset(true)?;
    Some(Written {
        year,
        month,
        day,
        hour,
        minute,
        second,
        nanos,
        offset,
    })
}

const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Reads `Mon, 2 Mar 2026 07:00:00 +0000` as mail headers write it (what
/// follows is checked by [`parse_date`]): the day of
/// the week (which must be the date's) and the seconds may be left out; a
/// two-digit year is 1950 to 2049, a three-digit one counts from 1900; the
/// zone is `+hhmm`, `-hhmm`, `UT`, `GMT`, a North American zone or a
/// military letter (read as UTC); comments in brackets may follow.
fn rfc2822(s: &mut Scanner) -> Option<Written> {
    let weekday_named = s.name_of(&WEEKDAYS);
    if weekday_named.is_some() {
        s.eat(',').then_some(())?;
    }
    s.space();
    let day = s.number(1, 2)? as u32;
    s.space().then_some(())?;
    let month = s.name_of(&MONTHS)? as u32 + 1;
    s.space().then_some(())?;
    let before = s.rest.len();
    let written_year = s.number(2, usize::MAX)?;
    let year = match (before - s.rest.len(), written_year) {
        (2, 0..=49) => written_year + 2000,
        (2, _) | (3, _) => written_year + 1900,
        _ => written_year,
    };
    s.space().then_some(())?;
    let hour = s.two_digits()?;
    s.space();
    s.eat(':').then_some(())?;
    s.space();
    let minute = s.two_digits()?;
    let mut second = 0;
    let before_seconds = s.rest;
    s.space();
    if s.eat(':') {
        second = s.two_digits()?;
    } else {
        s.rest = before_seconds;
    }
    s.space().then_some(())?;
    let offset = zone_2822(s)?;
    while skip_comment(s) {}
    if weekday_named.is_some_and(|named| named as i64 != weekday(year, month, day)) {
        return None;
    }
    Some(Written {
        year,
        month,
        day,
        hour,
        minute,
        second,
        nanos: 0,
        offset,
    })
}

/// An RFC 2822 zone, as seconds east of UTC.
fn zone_2822(s: &mut Scanner) -> Option<i64> {
    let letters = s.rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    if letters == 0 {
        return s.numeric_offset(false);
    }
    let name = &s.rest[..letters];
    s.rest = &s.rest[letters..];
    let hours = [
        ("gmt", 0),
        ("ut", 0),
        ("z", 0),
        ("edt", -4),
        ("est", -5),
        ("cdt", -5),
        ("cst", -6),
        ("mdt", -6),
        ("mst", -7),
        ("pdt", -7),
        ("pst", -8),
    ]
    .iter()
    .find(|(zone, _)| zone.eq_ignore_ascii_case(name))
    .map(|&(_, hours)| hours);
    // A military letter (not J) is read as UTC, as RFC 2822 recommends.
    let military = letters == 1 && !name.eq_ignore_ascii_case("j");
    hours.or(military.then_some(0)).map(|hours| hours * 3600)
}

/// Skips white space and one comment in brackets (which may hold others,
/// and escape a bracket with `\`); whether there was one.
fn skip_comment(s: &mut Scanner) -> bool {
    let rest = s.rest.trim_start();
    if !rest.starts_with('(') {
        return false;
    }
    let mut depth = 0usize;
    let mut escaped = false;
    for (at, c) in rest.bytes().enumerate() {
        match c {
            _ if escaped => escaped = false,
            b'\\' => escaped = true,
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    s.rest = &rest[at + 1..];
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_formats() {
        let a = parse_date("2026-03-02T10:00:00+03:00").unwrap();
        let b = parse_date("Mon, 2 Mar 2026 07:00:00 +0000").unwrap();
        assert_eq!(a, b);
        assert_eq!(
            parse_date("2026-03-02T07:00:00.000Z")
                .unwrap()
                .unix_seconds(),
            1_772_434_800
        );
        assert!(parse_date("yesterday").is_none());
    }

    #[test]
    fn rejects_dates_that_do_not_exist() {
        for text in [
            "2026-02-29T10:00:00Z",
            "2026-13-01T10:00:00Z",
            "2026-04-31T10:00:00Z",
            "2026-03-02T24:00:00Z",
            "2026-03-02T10:60:00Z",
            "2026-03-02T10:00:00+24:00",
            "Tue, 2 Mar 2026 07:00:00 +0000",
            "30 Feb 2026 07:00 GMT",
        ] {
            assert!(parse_date(text).is_none(), "{text}");
        }
        assert!(parse_date("2028-02-29T10:00:00Z").is_some());
        assert!(parse_date("Tue, 29 Feb 2000 07:00 GMT").is_some());
    }

    #[test]
    fn counts_minutes_toward_zero() {
        let at = |text| parse_date(text).unwrap();
        let sent = at("2026-03-02T10:00:00Z");
        assert_eq!(at("2026-03-02T10:59:59.999Z").minutes_since(sent), 59);
        assert_eq!(at("2026-03-02T11:00:00Z").minutes_since(sent), 60);
        assert_eq!(at("2026-03-02T09:00:00.5Z").minutes_since(sent), -59);
        assert_eq!(sent.minutes_since(at("2026-03-01T10:00:00Z")), 24 * 60);
        assert_eq!(
            Moment::from_unix_millis(-1).minutes_since(Moment::from_unix_millis(0)),
            0
        );
    }

    #[test]
    fn reads_mail_header_dates() {
        let utc = parse_date("2026-03-02T07:00:00Z").unwrap();
        for text in [
            "Mon, 2 Mar 2026 07:00:00 +0000",
            "mon,02 mar 2026 07:00 GMT",
            "2 Mar 2026 02:00:00 EST",
            "2 Mar 26 07:00:00 Z (Coordinated Universal Time)",
            "2 Mar 126 07:00:00 UT",
            "  Mon, 2 Mar 2026 10:00:00 +0300 (MSK) (Moscow)  ",
        ] {
            assert_eq!(parse_date(text), Some(utc), "{text}");
        }
    }

    /// One of `options`, chosen by a simple deterministic generator.
    fn pick<'a>(seed: &mut u64, options: &[&'a str]) -> &'a str {
        *seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        options[(*seed >> 33) as usize % options.len()]
    }

    #[test]
    fn reads_dates_as_chrono_does() {
        let mut seed = 7;
        let (mut read, mut refused) = (0, 0);
        for round in 0..200_000 {
            let text = if round % 2 == 0 {
                [
                    pick(&mut seed, &["", " "]),
                    pick(
                        &mut seed,
                        &["2026", "1970", "0000", "9999", "2000", "2026", "24"],
                    ),
                    "-",
                    pick(&mut seed, &["01", "02", "12", "03", "02", "11", "13", "00"]),
                    "-",
                    pick(&mut seed, &["01", "28", "29", "30", "31", "09", "15", "32"]),
                    pick(&mut seed, &["T", "T", "t", " ", "_"]),
                    pick(&mut seed, &["00", "23", "07", "12", "24"]),
                    ":",
                    pick(&mut seed, &["00", "59", "30", "60"]),
                    pick(&mut seed, &[":00", ":59", ":60", ":07", ":61", ""]),
                    pick(
                        &mut seed,
                        &["", "", ".5", ".123456789123", ".", ".0000000001"],
                    ),
                    pick(
                        &mut seed,
                        &[
                            "Z",
                            "z",
                            "+03:00",
                            "-03:30",
                            "+23:59",
                            "\u{2212}05:00",
                            "Z",
                            "+00:00",
                            "+0300",
                            "+24:00",
                            "+03:60",
                            "+3:00",
                            "",
                            "+03",
                        ],
                    ),
                    pick(&mut seed, &["", "", "", " ", "x"]),
                ]
                .concat()
            } else {
                [
                    pick(
                        &mut seed,
                        &[
                            "", "", "", "Mon, ", "Tue,", "Sun, ", "Fri, ", "mon ,", "Monday, ",
                        ],
                    ),
                    pick(&mut seed, &["1", "01", "2", "31", "29", "15", "0", "123"]),
                    pick(&mut seed, &[" ", " ", "  ", "\t", ""]),
                    pick(
                        &mut seed,
                        &["Mar", "mar", "MAR", "Feb", "Dec", "March", "Foo"],
                    ),
                    pick(&mut seed, &[" ", " ", " ", ""]),
                    pick(
                        &mut seed,
                        &["2026", "26", "49", "50", "99", "126", "0654", "1", "2000"],
                    ),
                    " ",
                    pick(
                        &mut seed,
                        &[
                            "07:00",
                            "07:00:00",
                            "23:59:59",
                            "07 : 00",
                            "07:00 :00",
                            "07:00",
                            "23:59:60",
                            "07:00: 00",
                            "7:00",
                            "24:00",
                            "07:00:5",
                        ],
                    ),
                    pick(&mut seed, &[" ", " ", " ", ""]),
                    pick(
                        &mut seed,
                        &[
                            "+0000", "+0300", "-0800", "-0330", "GMT", "gmt", "UT", "UTC", "EST",
                            "PDT", "Z", "A", "J", "+2400", "+0060", "+03:00", "", "-2359",
                        ],
                    ),
                    pick(
                        &mut seed,
                        &[
                            "",
                            "",
                            "",
                            " (MSK)",
                            " (a (b) c)",
                            " (unclosed",
                            " (esc \\) x)",
                            " trailing",
                            "(x)(y)",
                        ],
                    ),
                ]
                .concat()
            };
            let ours = parse_date(&text).map(|m| (m.seconds, m.nanos));
            let trimmed = text.trim();
            let theirs = chrono::DateTime::parse_from_rfc3339(trimmed)
                .or_else(|_| chrono::DateTime::parse_from_rfc2822(trimmed))
                .ok()
                .map(|d| (d.timestamp(), d.timestamp_subsec_nanos()));
            assert_eq!(ours, theirs, "{text:?}");
            if ours.is_some() {
                read += 1;
            } else {
                refused += 1;
            }
        }
        // Both kinds of answer were tried many times over.
        assert!(
            read > 5_000 && refused > 5_000,
            "{read} read, {refused} refused"
        );
    }

    #[test]
    fn counts_minutes_as_chrono_does() {
        let mut seed = 11;
        for _ in 0..2_000 {
            let mut moment = || {
                let text = [
                    pick(
                        &mut seed,
                        &["2026-03-01", "2026-02-28", "1999-12-31", "2026-03-08"],
                    ),
                    "T",
                    pick(&mut seed, &["00", "09", "23"]),
                    ":",
                    pick(&mut seed, &["00", "30", "59"]),
                    ":",
                    pick(&mut seed, &["00", "01", "59"]),
                    pick(&mut seed, &["", ".5", ".999999999", ".000000001"]),
                    pick(&mut seed, &["Z", "+03:00", "-07:30"]),
                ]
                .concat();
                (
                    parse_date(&text).unwrap(),
                    chrono::DateTime::parse_from_rfc3339(&text).unwrap(),
                )
            };
            let ((a, chrono_a), (b, chrono_b)) = (moment(), moment());
            assert_eq!(
                a.minutes_since(b),
                (chrono_a - chrono_b).num_minutes(),
                "{a:?} {b:?}"
            );
        }
    }
}
