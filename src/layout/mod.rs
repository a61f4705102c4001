//! The shape of a body: the author's own text, quoted and forwarded blocks
//! (with their header lines), the greeting and the signature.
//!
//! Recognises what Thunderbird, Gmail, Outlook, Apple Mail, Yandex, Mail.ru
//! and Roundcube write in English, Russian and Greek: `>` lines, attribution
//! lines ("On … wrote:", "… пишет:", "… έγραψε:", and the verbless "пн, 2
//! мар. 2026 г. в 10:00, Пётр <p@x.com>:" of Gmail, Yandex and Mail.ru),
//! separators ("-----Original Message-----", "-------- Перенаправленное
//! сообщение --------", "-------- Пересылаемое сообщение --------",
//! "Προωθημένο μήνυμα", "Αρχή προωθημένου μηνύματος:", Outlook 365's line of
//! underscores) and header blocks ("From:/Sent:/To:", "От:/Отправлено:/Кому:",
//! Mail.ru's "От кого:", Apple Mail's "Отправитель:", "Από:/Στάλθηκε:/Προς:").
//! The markers are those the clients write, as collected by the
//! email-forward-parser project and seen in mail quoted in public code.

use crate::language::{detect, Lang};
use crate::normalize::normalize;
use crate::phrases::PhraseList;
use crate::words::{is_capitalised, TextView};
use std::ops::Range;

/// What a part of the body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    /// Written by the author of the draft.
    Own,
    /// A quoted earlier message (reply).
    Quoted,
    /// A forwarded message.
    Forwarded,
}

/// The header lines of a quoted or forwarded message, as far as the body
/// shows them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuoteHeader {
    /// Its author.
    pub from: Option<String>,
    /// Its To recipients.
    pub to: Vec<String>,
    /// Its Cc recipients.
    pub cc: Vec<String>,
    /// Its date, as written.
    pub date: Option<String>,
    /// Its subject.
    pub subject: Option<String>,
}

/// A run of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// Own, quoted or forwarded.
    pub kind: PartKind,
    /// Byte range in the body, including its attribution or separator line.
    pub range: Range<usize>,
    /// For quoted and forwarded parts: who wrote it, to whom, when.
    pub header: QuoteHeader,
}

impl Part {
    /// The language of the part's text in `body` (the body it was parsed
    /// from). Worked out when asked, not with the layout: no rule asks, and
    /// detecting each part's language was a percent and a half of a 1 KB
    /// check.
    pub fn lang(&self, body: &str) -> Option<Lang> {
        detect(&body[self.range.clone()])
    }
}

/// Non-blank lines of the author's own text from which it is laid out as
/// a letter ([`Layout::is_laid_out_as_letter`]).
pub const LETTER_LINES: usize = 3;

/// The longest line read as a signature alone (a name, perhaps with a
/// company): words and characters.
const SIGNATURE_WORDS: usize = 6;
const SIGNATURE_CHARS: usize = 60;

/// The body taken apart.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    /// The parts, in order, covering the whole body.
    pub parts: Vec<Part>,
    /// The greeting line of the author's text ("Dear Anna,").
    pub greeting: Option<Range<usize>>,
    /// The signature: from the sign-off ("Best regards,") or the `-- ` line
    /// to the end of that own part.
    pub signature: Option<Range<usize>>,
}

impl Layout {
    /// Takes `body` apart.
    pub fn parse(body: &str) -> Layout {
        let lines = lines_of(body);
        let next_quoted = next_nonblank_is_quoted(&lines);
        let mut parts = Vec::new();
        let mut own_start = 0;
        let mut i = 0;
        while i < lines.len() {
            let line = &lines[i];
            if is_quoted_line(line.text) {
                let start_line = attribution_before(&lines, i).unwrap_or(i);
                let mut end_line = i;
                while end_line < lines.len()
                    && (is_quoted_line(lines[end_line].text)
                        || (is_blank(lines[end_line].text) && next_quoted[end_line]))
                {
                    end_line += 1;
                }
                let range = lines[start_line].start..lines[end_line - 1].end;
                push_own(&mut parts, own_start..range.start);
                let mut header = header_of_attribution(&lines, start_line, i);
                let inner: Vec<Line> = lines[i..end_line]
                    .iter()
                    .map(|l| Line {
                        text: strip_quote_marks(l.text),
                        ..*l
                    })
                    .collect();
                merge_header(&mut header, parse_header_lines(&inner, 0));
                let kind = if inner
                    .first()
                    .is_some_and(|l| separator_kind(l.text) == Some(PartKind::Forwarded))
                {
                    PartKind::Forwarded
                } else {
                    PartKind::Quoted
                };
                push_part(&mut parts, kind, range.clone(), header);
                own_start = range.end;
                i = end_line;
                continue;
            }
            let rest_kind = separator_kind(line.text).or_else(|| {
                (starts_header_block(&lines, i)
                    || is_rule_before_header_block(&lines, i)
                    || (is_attribution(line.text) && !next_quoted[i]))
                    .then_some(PartKind::Quoted)
            });
            if let Some(kind) = rest_kind {
                let header = if is_attribution(line.text) {
                    header_of_attribution(&lines, i, i + 1)
                } else {
                    let skip = usize::from(!starts_header_block(&lines, i));
                    parse_header_lines(&lines, i + skip)
                };
                push_own(&mut parts, own_start..line.start);
                push_part(&mut parts, kind, line.start..body.len(), header);
                own_start = body.len();
                break;
            }
            i += 1;
        }
        push_own(&mut parts, own_start..body.len());
        let greeting = parts
            .iter()
            .find(|p| p.kind == PartKind::Own)
            .and_then(|p| find_greeting(body, p.range.clone()));
        let signature = parts
            .iter()
            .filter(|p| p.kind == PartKind::Own)
            .find_map(|p| find_signature(body, p.range.clone()));
        Layout {
            parts,
            greeting,
            signature,
        }
    }

    /// Byte ranges of the author's own text.
    pub fn own_ranges(&self) -> Vec<Range<usize>> {
        self.ranges_of(|kind| kind == PartKind::Own)
    }

    /// Byte ranges of the author's own text without the signature.
    pub fn own_ranges_without_signature(&self) -> Vec<Range<usize>> {
        let Some(signature) = &self.signature else {
            return self.own_ranges();
        };
        self.own_ranges()
            .into_iter()
            .flat_map(|r| {
                if r.start <= signature.start && signature.end <= r.end {
                    vec![r.start..signature.start, signature.end..r.end]
                } else {
                    vec![r]
                }
            })
            .filter(|r| !r.is_empty())
            .collect()
    }

    /// True when the author's text in `body` is laid out as a letter: it
    /// opens with a greeting, closes with a name alone on its line, or
    /// runs to [`LETTER_LINES`] non-blank lines or more, its signature left
    /// out. A comment or a chat message seldom does any of these.
    pub fn is_laid_out_as_letter(&self, body: &str) -> bool {
        if self.greeting.is_some() || self.is_signed_with_a_name(body) {
            return true;
        }
        let lines: usize = self
            .own_ranges_without_signature()
            .into_iter()
            .map(|range| body[range].split('\n').filter(|l| !is_blank(l)).count())
            .sum();
        lines >= LETTER_LINES
    }

    /// True when the author's own text closes with a signature alone on
    /// its line, after a blank line and some text: "…by Friday.\n\nN.
    /// Brook, Brook Glass", a note signed as a letter is.
    fn is_signed_with_a_name(&self, body: &str) -> bool {
        let Some(last) = self.parts.iter().rfind(|p| p.kind == PartKind::Own) else {
            return false;
        };
        let mut lines = body[last.range.clone()]
            .lines()
            .rev()
            .skip_while(|l| is_blank(l));
        let (Some(name), Some(gap)) = (lines.next(), lines.next()) else {
            return false;
        };
        let name = name.trim();
        is_blank(gap)
            && lines.any(|l| !is_blank(l))
            && name.chars().count() <= SIGNATURE_CHARS
            && name.split_whitespace().count() <= SIGNATURE_WORDS
            && name.chars().next().is_some_and(char::is_uppercase)
            && name.chars().next_back().is_some_and(char::is_alphabetic)
            && !name.chars().any(|c| c.is_ascii_digit())
    }

    /// Byte ranges of quoted and forwarded parts.
    pub fn quoted_ranges(&self) -> Vec<Range<usize>> {
        self.ranges_of(|kind| kind != PartKind::Own)
    }

    /// The quoted and forwarded parts.
    pub fn quoted_parts(&self) -> impl Iterator<Item = &Part> {
        self.parts.iter().filter(|p| p.kind != PartKind::Own)
    }

    fn ranges_of(&self, wanted: impl Fn(PartKind) -> bool) -> Vec<Range<usize>> {
        self.parts
            .iter()
            .filter(|p| wanted(p.kind))
            .map(|p| p.range.clone())
            .collect()
    }
}

#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    /// The line without its line break.
    text: &'a str,
    start: usize,
    /// End including the line break.
    end: usize,
}

fn lines_of(body: &str) -> Vec<Line<'_>> {
    let mut start = 0;
    body.split_inclusive('\n')
        .map(|raw| {
            let line = Line {
                text: raw.trim_end_matches(['\n', '\r']),
                start,
                end: start + raw.len(),
            };
            start += raw.len();
            line
        })
        .collect()
}

fn push_part(parts: &mut Vec<Part>, kind: PartKind, range: Range<usize>, header: QuoteHeader) {
    if range.is_empty() {
        return;
    }
    parts.push(Part {
        kind,
        range,
        header,
    });
}

fn push_own(parts: &mut Vec<Part>, range: Range<usize>) {
    push_part(parts, PartKind::Own, range, QuoteHeader::default());
}

fn is_blank(text: &str) -> bool {
    text.trim().is_empty()
}

fn is_quoted_line(text: &str) -> bool {
    text.trim_start().starts_with('>')
}

fn strip_quote_marks(text: &str) -> &str {
    text.trim_start_matches(['>', ' '])
}

/// For each line, whether the next non-blank line after it is quoted —
/// worked out in one pass from the end, so runs of blank lines inside a
/// quote are not walked again for each of their lines.
fn next_nonblank_is_quoted(lines: &[Line]) -> Vec<bool> {
    let mut next = vec![false; lines.len()];
    let mut quoted = false;
    for (i, line) in lines.iter().enumerate().rev() {
        next[i] = quoted;
        if !is_blank(line.text) {
            quoted = is_quoted_line(line.text);
        }
    }
    next
}

const ATTRIBUTION_ENDINGS: &[&str] = &[
    "wrote:",
    "writes:",
    "пишет:",
    "написал:",
    "написала:",
    "написал(а):",
    "εγραψε:",
    "γραφει:",
];

fn is_attribution(text: &str) -> bool {
    let text = text.trim();
    if !text.ends_with(':') || text.len() > 600 {
        return false;
    }
    let norm = normalize(text);
    norm.len() < 300
        && (ATTRIBUTION_ENDINGS.iter().any(|e| norm.ends_with(e)) || is_dated_attribution(text))
}

/// An attribution without a verb, as Gmail in Russian, Yandex and Mail.ru
/// write it: a date with a year and a time, then the author and a colon —
/// "пн, 2 мар. 2026 г. в 10:00, Пётр <p@x.com>:", "02.03.2026, 10:00,
/// \"Пётр\" <p@x.com>:", "Понедельник, 2 марта 2026, 10:00 +03:00 от Пётр:".
fn is_dated_attribution(text: &str) -> bool {
    let Some(head) = text.strip_suffix(':').map(str::trim_end) else {
        return false;
    };
    let last_word = head.rsplit(char::is_whitespace).next().unwrap_or("");
    let names_author = head.ends_with('>') || last_word.contains('@') || has_offset_then_from(head);
    names_author && has_clock_time(head) && has_year(head)
}

/// "+03:00 от": Mail.ru's time zone before the author.
fn has_offset_then_from(text: &str) -> bool {
    text.match_indices(" от ").any(|(at, _)| {
        let before = &text.as_bytes()[..at];
        before.len() >= 6
            && matches!(before[before.len() - 6], b'+' | b'-')
            && is_clock(&before[before.len() - 5..])
    })
}

/// `HH:MM` is in the text.
fn has_clock_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(4))
        .any(|i| is_clock(&bytes[i..i + 5]) && (i == 0 || !bytes[i - 1].is_ascii_digit()))
        || (0..bytes.len().saturating_sub(3)).any(|i| {
            // "9:05"
            bytes[i].is_ascii_digit()
                && bytes[i + 1] == b':'
                && bytes[i + 2].is_ascii_digit()
                && bytes[i + 3].is_ascii_digit()
                && (i == 0 || !bytes[i - 1].is_ascii_digit())
        })
}

fn is_clock(five: &[u8]) -> bool {
    five.len() == 5
        && five[0].is_ascii_digit()
        && five[1].is_ascii_digit()
        && five[2] == b':'
        && five[3].is_ascii_digit()
        && five[4].is_ascii_digit()
}

/// A four-digit year from 1970 to 2099 stands alone in the text.
fn has_year(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_digit())
        .any(|run| run.len() == 4 && ("1970".."2100").contains(&run))
}

/// The first line of an attribution just before the quoted line `quoted`
/// ("On Mon, … Peter <p@x.com>" / "wrote:" may be wrapped over two lines).
fn attribution_before(lines: &[Line], quoted: usize) -> Option<usize> {
    let last = (0..quoted).rev().find(|&k| !is_blank(lines[k].text))?;
    if !is_attribution(lines[last].text) {
        return None;
    }
    let wrapped = last > 0
        && !is_blank(lines[last - 1].text)
        && !is_quoted_line(lines[last - 1].text)
        && lines[last].text.split_whitespace().count() <= 3;
    Some(if wrapped { last - 1 } else { last })
}

/// `Some(kind)` when the line is a separator that starts a quoted or
/// forwarded message running to the end of the body.
fn separator_kind(text: &str) -> Option<PartKind> {
    let text = text.trim();
    let marked = text.starts_with("--") || text.starts_with("==") || text.ends_with(':');
    if !marked || text.len() > 240 {
        return None;
    }
    let norm = normalize(text);
    const FORWARD: &[&str] = &[
        "forwarded message",
        "пересылаемое сообщение",
        "пересланное сообщение",
        "перенаправленное сообщение",
        "переадресованное сообщение",
        "начало переадресованного сообщения",
        "προωθημενο μηνυμα",
        "προωθημενου μηνυματοσ", // normalised: final sigma is σ
        "begin forwarded message",
    ];
    const ORIGINAL: &[&str] = &[
        "original message",
        "исходное сообщение",
        "оригинальное сообщение",
        "αρχικο μηνυμα",
    ];
    if FORWARD.iter().any(|w| norm.contains(w)) {
        Some(PartKind::Forwarded)
    } else if ORIGINAL.iter().any(|w| norm.contains(w)) {
        Some(PartKind::Quoted)
    } else {
        None
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum HeaderKey {
    From,
    To,
    Cc,
    Date,
    Subject,
}

fn header_key(line: &str) -> Option<(HeaderKey, &str)> {
    let line = line.trim().trim_start_matches('*');
    let colon = line.find(':')?;
    if colon > 24 {
        return None;
    }
    let key = normalize(line[..colon].trim_end_matches('*').trim());
    let value = line[colon + 1..].trim().trim_start_matches('*').trim();
    let key = match key.as_str() {
        "from" | "от" | "от кого" | "отправитель" | "απο" | "de" | "von" => {
            HeaderKey::From
        }
        "to" | "кому" | "προσ" | "à" | "an" => HeaderKey::To,
        "cc" | "копия" | "κοιν" | "κοιν." => HeaderKey::Cc,
        "date" | "sent" | "дата" | "отправлено" | "ημερομηνια" | "σταλθηκε" | "envoye" => {
            HeaderKey::Date
        }
        "subject" | "тема" | "θεμα" | "objet" | "betreff" => HeaderKey::Subject,
        _ => return None,
    };
    Some((key, value))
}

/// An Outlook-style header block: a From line with a date line and a To or
/// Subject line among the next few lines.
fn starts_header_block(lines: &[Line], at: usize) -> bool {
    if header_key(lines[at].text).map(|(k, _)| k) != Some(HeaderKey::From) {
        return false;
    }
    let next: Vec<HeaderKey> = lines[at + 1..]
        .iter()
        .take(5)
        .filter_map(|l| header_key(l.text).map(|(k, _)| k))
        .collect();
    next.contains(&HeaderKey::Date)
        && (next.contains(&HeaderKey::To) || next.contains(&HeaderKey::Subject))
}

/// A line of underscores (Outlook 365 draws one) just above a header block.
fn is_rule_before_header_block(lines: &[Line], at: usize) -> bool {
    let text = lines[at].text.trim();
    text.len() >= 10
        && text.bytes().all(|b| b == b'_')
        && (at + 1..lines.len().min(at + 3))
            .find(|&k| !is_blank(lines[k].text))
            .is_some_and(|k| starts_header_block(lines, k))
}

/// Reads `Key: value` lines from `lines[from..]` up to the first blank line
/// after at least one header (blank lines before the first are skipped).
fn parse_header_lines(lines: &[Line], from: usize) -> QuoteHeader {
    let mut header = QuoteHeader::default();
    let mut seen_any = false;
    for line in lines.iter().skip(from).take(12) {
        if is_blank(line.text) {
            if seen_any {
                break;
            }
            continue;
        }
        let Some((key, value)) = header_key(line.text) else {
            if seen_any {
                break;
            }
            continue;
        };
        seen_any = true;
        let value = value.to_string();
        match key {
            HeaderKey::From => header.from = Some(value),
            HeaderKey::To => header.to = crate::draft::split_address_list(&value),
            HeaderKey::Cc => header.cc = crate::draft::split_address_list(&value),
            HeaderKey::Date => header.date = Some(value),
            HeaderKey::Subject => header.subject = Some(value),
        }
    }
    header
}

fn merge_header(into: &mut QuoteHeader, from: QuoteHeader) {
    if from.from.is_some() {
        into.from = from.from;
    }
    if !from.to.is_empty() {
        into.to = from.to;
    }
    if !from.cc.is_empty() {
        into.cc = from.cc;
    }
    into.date = into.date.take().or(from.date);
    into.subject = into.subject.take().or(from.subject);
}

/// The author named in an attribution ("On …, Peter <p@x.com> wrote:"):
/// the address in angle brackets, or any word with an `@`.
fn header_of_attribution(lines: &[Line], first: usize, end: usize) -> QuoteHeader {
    let text: Vec<&str> = lines[first..end.min(lines.len())]
        .iter()
        .map(|l| l.text)
        .filter(|t| !is_quoted_line(t))
        .collect();
    let text = text.join(" ");
    if !is_attribution(&text) {
        return QuoteHeader::default();
    }
    let from = match (text.find('<'), text.find('>')) {
        (Some(open), Some(close)) if open < close => Some(text[open + 1..close].to_string()),
        _ => text
            .split_whitespace()
            .find(|w| w.contains('@'))
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string()),
    };
    QuoteHeader {
        from,
        ..QuoteHeader::default()
    }
}

fn greetings() -> &'static PhraseList {
    crate::static_phrase_list!("greetings", "greetings.txt")
}

fn postscripts() -> &'static PhraseList {
    crate::static_phrase_list!("postscripts", "postscripts.txt")
}

fn signoffs() -> &'static PhraseList {
    crate::static_phrase_list!("signoffs", "signoffs.txt")
}

/// True when a phrase of `list` starts `text`; returns how many words of
/// `text` it covers.
pub fn phrase_at_start(list: &PhraseList, text: &str) -> Option<usize> {
    list.longest_at_start(&TextView::of(text))
}

/// The first non-blank line of the part, when it opens with a greeting —
/// or with the reader's name and then a greeting ("Светлана Игоревна,
/// добрый день!", "Peter, good morning!").
fn find_greeting(body: &str, part: Range<usize>) -> Option<Range<usize>> {
    let text = &body[part.clone()];
    let offset = text.len() - text.trim_start().len();
    let line_end = text[offset..].find('\n').map_or(text.len(), |e| offset + e);
    let line = text[offset..line_end].trim_end();
    let greeting = if line.chars().count() > 120 {
        greeting_opening_a_long_line(line)?
    } else if phrase_at_start(greetings(), line).is_some() || is_name_then_greeting(line) {
        line
    } else {
        return None;
    };
    Some(part.start + offset..part.start + offset + greeting.len())
}

/// The greeting that opens a first line too long to be a greeting line —
/// a letter typed as one paragraph ("Hi Kev, where are you? …", "Олег,
/// добрый день! Пишу…"): the line up to one of its first two marks, at
/// most 60 characters, when it is a greeting with at most three words (a
/// name, a title) before that mark, or a name and then a greeting. The
/// longer of the two is taken, so that the name stays in it.
fn greeting_opening_a_long_line(line: &str) -> Option<&str> {
    let mut found = None;
    for (at, mark) in line.match_indices([',', '!', '.', '?', ':', ';']).take(2) {
        let opening = &line[..at + mark.len()];
        if opening.chars().count() > 60 {
            break;
        }
        let view = TextView::of(opening);
        let greeting_then_few_words = greetings()
            .longest_at_start(&view)
            .is_some_and(|words| view.len() - words <= 3);
        if greeting_then_few_words || is_name_then_greeting(opening) {
            found = Some(opening);
        }
    }
    found
}

/// "Name [Patronymic], greeting" and nothing more in that sentence.
fn is_name_then_greeting(line: &str) -> bool {
    let Some((name, rest)) = line.split_once(',') else {
        return false;
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let is_name = (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            is_capitalised(w) && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
        });
    if !is_name {
        return false;
    }
    let rest = rest.trim_start();
    let view = TextView::of(rest);
    let Some(covered) = greetings().longest_at_start(&view) else {
        return false;
    };
    let after = &rest[view.words[covered - 1].range.end..];
    after.trim().is_empty() || after.starts_with(['!', '.', ',', ';'])
}

/// The signature of an own part: a `-- ` line, or a sign-off line followed
/// by at most six non-blank lines, to the end of the part or to a
/// postscript among its last lines ("P.S.", "П.С.", "Υ.Γ."), which is the
/// author's text again.
fn find_signature(body: &str, part: Range<usize>) -> Option<Range<usize>> {
    let lines: Vec<Line> = lines_of(&body[part.clone()]);
    // Non-blank lines after each line; only the last few lines of a part can
    // open its signature, so the others are not looked at.
    let mut following = vec![0usize; lines.len()];
    let mut count = 0;
    for (i, line) in lines.iter().enumerate().rev() {
        following[i] = count;
        count += usize::from(!is_blank(line.text));
    }
    let sign_off = lines.iter().enumerate().find(|(i, line)| {
        let trimmed = line.text.trim_end();
        trimmed == "--" || line.text == "-- " || (following[*i] <= 6 && is_sign_off(trimmed))
    });
    let (at, line) = sign_off?;
    // A postscript near the end (at most six more lines), as letters have
    // one; not a mailing's section that happens to start "P.S.".
    let end = (at + 1..lines.len())
        .find(|&i| following[i] <= 6 && is_postscript(lines[i].text))
        .map_or(part.end, |i| part.start + lines[i].start);
    Some(part.start + line.start..end)
}

/// True when `line` opens a postscript: "P.S.", "PS:", "P.P.S.", "П.С.",
/// "ПС", "Υ.Γ." and the like (`postscripts.txt`).
fn is_postscript(line: &str) -> bool {
    // Most lines start with another letter than P, p, П, п, Υ or υ (as
    // UTF-8 bytes): no need to read their words.
    matches!(
        line.as_bytes(),
        [b'P' | b'p', ..] | [0xD0, 0x9F | 0xBF, ..] | [0xCE, 0xA5, ..] | [0xCF, 0x85, ..]
    ) && phrase_at_start(postscripts(), line).is_some()
}

fn is_sign_off(line: &str) -> bool {
    let text = line.trim();
    if text.is_empty() || text.chars().count() > 48 {
        return false;
    }
    let view = TextView::of(text);
    let Some(words) = signoffs().longest_at_start(&view) else {
        return false;
    };
    let after = &text[view.words[words - 1].range.end..];
    // "Thanks," / "С уважением, Иван" — not "Thanks for the update."
    after.trim().is_empty()
        || after.starts_with([',', '!', '.']) && after[1..].split_whitespace().count() <= 3
}

#[cfg(test)]
mod tests;
