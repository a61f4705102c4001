//! Words the author quotes inside their own text: a line of a song, what
//! a politician or a colleague said, in «…», “…”, „…“, "…" or ''…'', or
//! a line of lyrics after a note ("🎶 …"). Their charged words, capitals
//! and "!!" are someone else's voice, not the author's agitation. Short
//! quotations of a word or two are the author's own ("your „support“ is a
//! joke"): scare quotes, names, titles.

use std::ops::Range;

/// A quotation of fewer words is the author's own voice (scare quotes, a
/// name, a button).
const MIN_QUOTED_WORDS: usize = 3;

/// The most words a quotation throwing the reader's words back has.
const MAX_THROWN_WORDS: usize = 6;

/// When fewer words than this stand outside the quotations, the quotation
/// marks wrap the author's own text ("\"You never answer!!!\"").
const MIN_WORDS_OUTSIDE: usize = 3;

/// The quotation marks that open a quotation, each with the marks that may
/// close it.
const PAIRS: &[(&str, &[&str])] = &[
    ("«", &["»"]),
    ("“", &["”"]),
    ("„", &["“", "”"]),
    ("‘", &["’"]),
    ("''", &["''"]),
    ("\"", &["\""]),
];

/// Notes that open a line of lyrics, closed by another note or the line's
/// end.
const NOTES: &[char] = &['♪', '♫', '🎵', '🎶'];

/// Every character a quotation can open or close at, and the line break.
const MARKS: &[char] = &[
    '«', '»', '“', '”', '„', '‘', '’', '\'', '"', '\n', '♪', '♫', '🎵', '🎶',
];

/// The bytes that start one of [`MARKS`] in UTF-8, by their value.
const MARK_LEADS: [bool; 256] = {
    let mut leads = [false; 256];
    let mut i = 0;
    while i < MARKS.len() {
        leads[MARKS[i].encode_utf8(&mut [0; 4]).as_bytes()[0] as usize] = true;
        i += 1;
    }
    leads
};

/// The byte ranges of `text` (within `ranges`, the author's own text) that
/// are quotations of at least [`MIN_QUOTED_WORDS`] words, marks included,
/// in text order. A quotation ends at its closing mark and never crosses a
/// blank line; one left open quotes nothing. Marks inside a quotation
/// (a quote within the quote) are part of it. None when almost all of the
/// author's text is in quotation marks: then it is their own.
pub fn quotations(text: &str, ranges: &[Range<usize>]) -> Vec<Range<usize>> {
    quotations_and_thrown_back(text, ranges).0
}

/// [`quotations`], and besides the quotations of `text` (within `ranges`)
/// that throw words back at the reader: from one to [`MAX_THROWN_WORDS`]
/// words between marks of one pair, the first in lower case ("the fourth
/// "firm" date", "ваше «оплатим завтра»", "ο «τεχνικός» σας"), that name
/// no address, file or code (see [`is_plain_wording`]). Both in text order;
/// each empty when almost all of the author's text is in its quotations.
pub fn quotations_and_thrown_back(
    text: &str,
    ranges: &[Range<usize>],
) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    let mut found = Vec::new();
    let mut thrown_back = Vec::new();
    // The words inside the quotations kept: those of `found`, those of
    // `thrown_back`, and those of the thrown back too short to be in `found`.
    let (mut in_found, mut in_thrown, mut in_thrown_only) = (0, 0, 0);
    let mut keep = |quotation: Range<usize>, by_marks: bool| {
        let count = words(&text[quotation.clone()]);
        if by_marks && (1..=MAX_THROWN_WORDS).contains(&count) && is_plain_wording(text, &quotation)
        {
            thrown_back.push(quotation.clone());
            in_thrown += count;
            if count < MIN_QUOTED_WORDS {
                in_thrown_only += count;
            }
        }
        if count >= MIN_QUOTED_WORDS {
            found.push(quotation);
            in_found += count;
        }
    };
    for range in ranges {
        // Where the open quotation starts, and what closes it (`None`: a
        // note's line, closed by a note or the line's end).
        let mut open: Option<(usize, Option<&[&str]>)> = None;
        let mut at = range.start;
        while let Some(next) = next_mark(&text[..range.end], at) {
            at = next;
            let rest = &text[at..range.end];
            let mark = rest.chars().next().map_or(1, char::len_utf8);
            match open {
                Some((start, None)) if rest.starts_with('\n') || rest.starts_with(NOTES) => {
                    let end = if rest.starts_with('\n') {
                        at
                    } else {
                        at + mark
                    };
                    keep(start..end, false);
                    open = None;
                    at = end.max(at + 1);
                    continue;
                }
                Some(_) if rest.starts_with('\n') => {
                    let blank = rest[1..]
                        .trim_start_matches([' ', '\t', '\r'])
                        .starts_with('\n');
                    if blank {
                        open = None;
                    }
                }
                Some((start, Some(closers))) => {
                    if let Some(closer) = closers
                        .iter()
                        .find(|c| rest.starts_with(**c) && !is_apostrophe(rest, c))
                    {
                        let end = at + closer.len();
                        keep(start..end, true);
                        open = None;
                        at = end;
                        continue;
                    }
                }
                None if rest.starts_with(NOTES) => {
                    open = Some((at, None));
                }
                None => {
                    if let Some((opener, closers)) = PAIRS
                        .iter()
                        .find(|(opener, _)| rest.starts_with(opener))
                        .filter(|(opener, _)| opens(text, at, opener.len()))
                    {
                        open = Some((at, Some(closers)));
                        at += opener.len();
                        continue;
                    }
                }
                Some((_, None)) => {}
            }
            at += mark;
        }
        if let Some((start, None)) = open {
            keep(start..range.end, false);
        }
    }
    if found.is_empty() && thrown_back.is_empty() {
        // Most letters quote nothing: their words need no counting.
        return (found, thrown_back);
    }
    let all: usize = ranges.iter().map(|r| words(&text[r.clone()])).sum();
    let quoted_by_both = if all.saturating_sub(in_found) < MIN_WORDS_OUTSIDE {
        found.clear();
        in_thrown
    } else {
        in_found + in_thrown_only
    };
    if all.saturating_sub(quoted_by_both) < MIN_WORDS_OUTSIDE {
        thrown_back.clear();
    }
    (found, thrown_back)
}

/// True when the quotation at `quotation` of `text` (marks included) is
/// wording: its first letter in lower case, and no word of it an address, a
/// file, a path or code (`"john.doe"`, `"C:\\tmp"`, `"color: red;"`), nor
/// markup or a template's field wherever it stands between the marks
/// (`"<a href="`, `«{site}»`), nor a lone word of one or two letters
/// (`"ok"`, `"x"`).
fn is_plain_wording(text: &str, quotation: &Range<usize>) -> bool {
    let quoted = &text[quotation.clone()];
    let inner = quoted
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    let lower_first = inner.chars().next().is_some_and(char::is_lowercase);
    let technical = quoted.contains(['=', '<', '>', '{', '}'])
        || inner.contains(['@', '/', '\\', '_', ':', ';'])
        || inner
            .as_bytes()
            .windows(2)
            .any(|pair| pair[0] == b'.' && pair[1].is_ascii_alphanumeric());
    let lone_short = !inner.contains(char::is_whitespace) && inner.chars().count() <= 2;
    lower_first && !technical && !lone_short
}

/// True when `mark`, at the start of `rest`, is an apostrophe inside a
/// word ("don’t", "it’s"), not the end of a quotation in single marks.
fn is_apostrophe(rest: &str, mark: &str) -> bool {
    mark == "’" && rest[mark.len()..].starts_with(char::is_alphanumeric)
}

/// Where the first of [`MARKS`] is in `text` from byte `from` on. The text
/// is read byte by byte for the first bytes of the marks (a mark starts
/// with one, and no byte inside a character is one): reading it character
/// by character was most of the time the tone judgement spent on quotations.
fn next_mark(text: &str, from: usize) -> Option<usize> {
    let mut at = from;
    loop {
        at += text.as_bytes()[at..]
            .iter()
            .position(|&b| MARK_LEADS[usize::from(b)])?;
        let c = text[at..].chars().next()?;
        if MARKS.contains(&c) {
            return Some(at);
        }
        at += c.len_utf8();
    }
}

/// True when the mark at byte `at` of `text`, `len` bytes long, can open a
/// quotation: no letter or digit just before it, and a word just after it
/// (in `cousin" and` or `said " and` a straight mark closes or stands
/// alone).
fn opens(text: &str, at: usize, len: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + len..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && after.is_some_and(|c| !c.is_whitespace())
}

/// True when the words at `range` of `text` stand in scare quotes: in lower
/// case, alone between quotation marks of one pair (`the "quick"
/// turnaround`, `«άμεση» εξυπηρέτηση`). A capitalised word between marks is
/// a name ("the "Express" option"); more words are a quotation ("he wrote
/// "quick question" in the subject").
pub fn is_scare_quoted(text: &str, range: &Range<usize>) -> bool {
    let (before, after) = (&text[..range.start], &text[range.end..]);
    text[range.clone()].starts_with(char::is_lowercase)
        && PAIRS.iter().any(|(opener, closers)| {
            before.ends_with(opener)
                && opens(text, range.start - opener.len(), opener.len())
                && closers.iter().any(|closer| after.starts_with(closer))
        })
}

/// True when `range` starts inside one of `quotations` (sorted, apart).
pub fn is_quoted(quotations: &[Range<usize>], range: &Range<usize>) -> bool {
    let next = quotations.partition_point(|q| q.start <= range.start);
    next > 0 && range.start < quotations[next - 1].end
}

/// The words of `text`: runs between spaces with a letter or digit.
fn words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        quotations(text, std::slice::from_ref(&(0..text.len())))
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn finds_quotations_of_several_words_in_each_kind_of_marks() {
        assert_eq!(
            quoted("Το ρεφρέν «δεν σε θέλω πια κοντά μου» κόλλησε στο μυαλό μου."),
            ["«δεν σε θέλω πια κοντά μου»"]
        );
        assert_eq!(
            quoted("He wrote “this is a total disaster” in the minutes."),
            ["“this is a total disaster”"]
        );
        assert_eq!(
            quoted("Она сказала „это полный кошмар“ и ушла домой."),
            ["„это полный кошмар“"]
        );
        assert_eq!(
            quoted("She wrote ‘we don’t know what happened’ in the report."),
            ["‘we don’t know what happened’"]
        );
        assert_eq!(
            quoted("Όπως είπε ο ίδιος ''δεν είμαι κορόιδο κανενός'' και έφυγε."),
            ["''δεν είμαι κορόιδο κανενός''"]
        );
        assert_eq!(
            quoted("The song goes \"liar liar pants on fire\" and so on. Then \"a b c d\" too."),
            ["\"liar liar pants on fire\"", "\"a b c d\""]
        );
    }

    #[test]
    fn a_line_after_a_note_is_lyrics() {
        assert_eq!(
            quoted("Σήμερα ακούω 🎶 φύγε ψεύτρα, φύγε μακριά 🎶 και φτιάχνω καφέ."),
            ["🎶 φύγε ψεύτρα, φύγε μακριά 🎶"]
        );
        assert_eq!(
            quoted("On repeat all morning:\n♪ you liar you cheat you fraud\nBack to work now."),
            ["♪ you liar you cheat you fraud"]
        );
        assert_eq!(
            quoted("Back to the office after the trip ♫ la la la la"),
            ["♫ la la la la"]
        );
    }

    #[test]
    fn scare_quotes_open_quotes_and_quoted_letters_are_not_quotations() {
        assert!(quoted("Your \"support\" is a \"total joke\" to us all.").is_empty());
        assert!(quoted("He said \"we will see about it and left.").is_empty());
        assert!(quoted("He said \"we will see\n\nabout it\" and left.").is_empty());
        assert!(quoted("\"You never answer anything at all!!!\"").is_empty());
        // Closing marks whose opening ones were lost are no quotation.
        assert!(quoted("We met my cousin\" and then two more old friends\"").is_empty());
    }

    #[test]
    fn every_mark_that_opens_or_closes_is_searched_for() {
        let firsts = PAIRS
            .iter()
            .flat_map(|(opener, closers)| std::iter::once(opener).chain(closers.iter()))
            .filter_map(|mark| mark.chars().next())
            .chain(NOTES.iter().copied());
        for c in firsts {
            assert!(MARKS.contains(&c), "{c:?} is missing from MARKS");
        }
    }

    #[test]
    fn tells_whether_a_range_starts_inside_a_quotation() {
        let quotations = [5..10, 20..30];
        assert!(is_quoted(&quotations, &(5..6)));
        assert!(is_quoted(&quotations, &(29..35)));
        assert!(!is_quoted(&quotations, &(10..12)));
        assert!(!is_quoted(&quotations, &(0..4)));
        assert!(!is_quoted(&[], &(0..4)));
    }
}
