//! A raised voice on the page: words in capitals and repeated marks
//! ("!!", "?!", "??"), with what is not shouting left out — acronyms, legal
//! forms, labels, headings, quoted button names, "Thanks!!!".

use crate::language::Script;
use crate::normalize::normalize;
use crate::phrases::PhraseList;
use crate::words::{FnvSet, TextView, Word};
use std::borrow::Cow;
use std::ops::Range;

/// What a run of capitals is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CapitalsKind {
    /// A phrase in capitals: at least three words (two before "!" or "?"),
    /// ten letters and a word of five letters or more.
    Run,
    /// One or two words in capitals for emphasis ("THREE TIMES",
    /// "ЧЕТВЁРТЫЙ"), at least four letters that are not an acronym.
    Emphasis,
}

/// A run of capitals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CapitalsRun {
    /// Word indices in the view.
    pub words: Range<usize>,
    /// A phrase or an emphasis.
    pub kind: CapitalsKind,
    /// The run in normal case, when that can be written right: not for
    /// Greek capitals without their accents ("ΕΙΝΑΙ ΑΠΑΡΑΔΕΚΤΟ"), whose
    /// lowercase would need the accents put back ("είναι απαράδεκτο").
    pub normal_case: Option<String>,
}

/// Finds capitals and repeated marks.
#[derive(Debug, Clone)]
pub struct Capitals {
    /// Names in capitals that are never shouting.
    acronyms: FnvSet<String>,
    /// Friendly words after which "!!" is exuberance.
    friendly: PhraseList,
}

/// A run of capitals shouts when it has at least this many words (two when
/// it ends in "!" or "?")…
const MIN_RUN_WORDS: usize = 3;
/// …this many letters…
const MIN_RUN_LETTERS: usize = 10;
/// …and a word at least this long (shorter ones may all be acronyms).
const MIN_LONG_WORD: usize = 5;
/// Fewer words in capitals are an emphasis when one of them has this many
/// letters, a vowel among them, and is not a known acronym ("HTTPS" has no
/// vowel; "NASA" is too short to tell).
const MIN_EMPHASIS_LETTERS: usize = 5;

/// Denials, normalised: a sentence shouted with one of them reproaches
/// ("WE DID NOT LOSE YOUR PARCEL!!!", "ΔΕΝ ΒΑΖΩ ΕΓΩ ΤΟΥΣ ΦΟΡΟΥΣ!!!").
/// Not "never": it serves hype as well ("YOU HAVE NEVER SEEN PRICES LIKE
/// THESE!!"). Not the negations of the phrase matcher
/// ([`crate::phrases::is_negation`]) either: those keep a gap from
/// skipping "no", "never", "μην" ("NO PROBLEM AT ALL!!!" is no reproach),
/// while a shouted denial is also "nobody", "никто", "κανείς", and a
/// contraction typed without its apostrophe ("WE DONT LOSE PARCELS!!!").
const DENIALS: &[&str] = &[
    "not",
    "didn't",
    "didnt",
    "don't",
    "dont",
    "doesn't",
    "doesnt",
    "can't",
    "cant",
    "cannot",
    "won't",
    "wont",
    "isn't",
    "isnt",
    "wasn't",
    "wasnt",
    "haven't",
    "havent",
    "nobody",
    "не",
    "нет",
    "никто",
    "δεν",
    "δε",
    "ουτε",
    "κανεις",
];

/// Verbs of a reminder or a reassurance after a denial ("DON'T FORGET",
/// "НЕ ЗАБУДЬТЕ", "DON'T WORRY"), normalised: no reproach.
const REMINDERS: &[&str] = &[
    "forget",
    "miss",
    "worry",
    "hesitate",
    "забудьте",
    "забывайте",
    "забываем",
    "пропустите",
    "волнуйтесь",
    "переживайте",
    "стесняйтесь",
    "ξεχασετε",
    "χασετε",
    "ανησυχειτε",
    "διστασετε",
];

/// True when the run of capitals at `run` (a byte range of `text`), closed
/// by the repeated marks at `marks` right after it, is a reproach shouted
/// whole: a question shouted with an exclamation ("ВЫ ЗАЧЕМ ПЕРЕНЕСЛИ
/// МОНТАЖ?!!") or a denial ("WE DID NOT LOSE YOUR PARCEL!!!"), not a
/// reminder ("DON'T FORGET THE PARTY!!") or a cheer ("HAPPY NEW YEAR!!!").
pub fn is_shouted_reproach(text: &str, run: Range<usize>, marks: Range<usize>) -> bool {
    let (Some(shouted), Some(between), Some(closing)) = (
        text.get(run.clone()),
        text.get(run.end..marks.start),
        text.get(marks),
    ) else {
        return false;
    };
    if !between.trim().is_empty() || !closing.contains('!') {
        return false;
    }
    if closing.contains('?') {
        return true;
    }
    let words: Vec<Word> = crate::words::split_words(shouted, 0).collect();
    words.iter().enumerate().any(|(at, word)| {
        DENIALS.contains(&word.norm.as_str())
            && !words
                .get(at + 1)
                .is_some_and(|next| REMINDERS.contains(&next.norm.as_str()))
    })
}

/// Legal forms: a run of capitals holding one is a company's name
/// ("NORDHAFEN METALL RECYCLING GMBH & CO KG", "GULF NORTHERN TRANSMISSION, LP").
const LEGAL_FORMS: &[&str] = &[
    "llc", "ltd", "inc", "plc", "lp", "llp", "gmbh", "kg", "ag", "sa", "bv", "corp", "ооо", "оао",
    "зао", "пао", "ао", "ип", "ae", "αε", "επε", "ικε", "οε",
];

/// A line in capitals without final punctuation and at most this many
/// words is a heading or a headline.
const MAX_HEADING_WORDS: usize = 15;

impl Capitals {
    /// Prepares the lists: acronyms (`shouting.txt`) and friendly words
    /// (`shouting.friendly.txt`).
    pub fn new(acronyms: &[Cow<'_, str>], friendly: PhraseList) -> Capitals {
        Capitals {
            acronyms: acronyms.iter().map(|text| normalize(text)).collect(),
            friendly,
        }
    }

    /// True when `word` is written in capitals (letters only: "MALIN_5" and
    /// "E*TRADE" are codes, not words; an @handle, "@NORDAIR", is a name and
    /// a hashtag, "#ΘΡΑΚΗ", "#ΑΠΟΚΟΠΗ_ΘΡΑΚΗΣ", a label).
    fn is_capitals(word: &Word, text: &str) -> bool {
        let raw = &text[word.range.clone()];
        // Most words fail at their first lowercase letter: that test first.
        word.script != Script::Other
            && raw
                .chars()
                .all(|c| c.is_uppercase() || c == '\'' || c == '’')
            && raw.chars().any(char::is_uppercase)
            && !is_tag(text, word.range.start)
    }

    /// The runs of capitals in `view` (words of `text`), in order.
    pub fn runs(&self, view: &TextView, text: &str) -> Vec<CapitalsRun> {
        let mut runs = Vec::new();
        let mut lines = LineCache::new(text);
        let mut i = 0;
        while i < view.words.len() {
            if !Self::is_capitals(&view.words[i], text) {
                i += 1;
                continue;
            }
            let start = i;
            while i < view.words.len()
                && Self::is_capitals(&view.words[i], text)
                && (i == start || joins_words(view.between(text, i - 1, i)))
            {
                i += 1;
            }
            // Known acronyms may sit inside a run but do not make it shout.
            let words: Vec<&Word> = view.words[start..i]
                .iter()
                .filter(|w| !self.acronyms.contains(w.norm.as_str()))
                .collect();
            let letters: Vec<usize> = words
                .iter()
                .map(|w| w.norm.chars().filter(|c| c.is_alphabetic()).count())
                .collect();
            let emphatic = words
                .iter()
                .zip(&letters)
                .any(|(w, &n)| n >= MIN_EMPHASIS_LETTERS && w.norm.chars().any(is_vowel));
            let span = view.span(start, i - 1);
            let after = text[span.end..].trim_start_matches([' ', '\u{a0}']);
            // A label ("АДРЕС БАНКА: …") or a name with its acronym
            // ("GULF NORTHERN TRANSMISSION (GN)") is not a shout.
            let before = text[..span.start].trim_end_matches([' ', '\u{a0}']);
            let starts_line = before.is_empty() || before.ends_with('\n');
            let is_label = (after.starts_with(':') && starts_line)
                || after.starts_with('(')
                // A quoted button or command ("click “TRUST SIGNER”").
                || before.ends_with(['"', '«', '“', '\''])
                // A template's field ("{FORUMNAME}", "%USERNAME%",
                // "*|FNAME|*", "[FIRST NAME]", "<NAME>", "$NAME").
                || before.ends_with(['{', '[', '%', '|', '<', '$'])
                || after.starts_with(['}', ']', '%', '|', '>']);
            let exclaims = after.starts_with(['!', '?']);
            let total: usize = letters.iter().sum();
            let kind = if letters.len() >= if exclaims { 2 } else { MIN_RUN_WORDS }
                && total >= MIN_RUN_LETTERS
                && letters.iter().any(|&n| n >= MIN_LONG_WORD)
            {
                Some(CapitalsKind::Run)
            } else if emphatic {
                Some(CapitalsKind::Emphasis)
            } else {
                None
            };
            let Some(kind) = kind else {
                continue;
            };
            let friendly = self
                .friendly
                .is_found_in(&TextView::of(&text[span.clone()]));
            let company = view.words[start..i]
                .iter()
                .any(|w| LEGAL_FORMS.contains(&w.norm.as_str()));
            if !is_label && !friendly && !company && !lines.is_heading(span.clone()) {
                runs.push(CapitalsRun {
                    words: start..i,
                    kind,
                    normal_case: self.normal_case(view, start..i, text),
                });
            }
        }
        runs
    }

    /// The run's text in normal case: lowercase, a capital at the start of a
    /// sentence, acronyms and "I" kept. `None` when a Greek word of more
    /// than one syllable has lost its accent in capitals: its lowercase
    /// would be misspelt.
    fn normal_case(&self, view: &TextView, run: Range<usize>, text: &str) -> Option<String> {
        let keeps = |word: &Word| {
            self.acronyms.contains(word.norm.as_str()) || &text[word.range.clone()] == "I"
        };
        if view.words[run.clone()].iter().any(|w| {
            w.script == Script::Greek && !keeps(w) && !greek_lowers_rightly(&text[w.range.clone()])
        }) {
            return None;
        }
        let first = &view.words[run.start];
        let before = text[..first.range.start].trim_end_matches([' ', '"', '«', '(', '\t']);
        let mut capital = before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':', ';']);
        let mut out = String::new();
        let mut at = first.range.start;
        for word in &view.words[run] {
            out.push_str(&text[at..word.range.start]);
            let raw = &text[word.range.clone()];
            if keeps(word) {
                out.push_str(raw);
            } else {
                let lower = crate::case::lowercase(raw);
                let mut chars = lower.chars();
                if capital {
                    if let Some(c) = chars.next() {
                        crate::case::push_upper(c, &mut out);
                    }
                }
                out.extend(chars);
                // Greek final sigma, lost by lowercasing a word in capitals.
                if out.ends_with('σ') && word.script == Script::Greek {
                    out.pop();
                    out.push('ς');
                }
            }
            capital = false;
            at = word.range.end;
        }
        Some(out)
    }

    /// Runs of "!" and "?" in `range` of `text` that raise the voice: two
    /// marks or more with a "!" ("!!", "?!"), or three "?" — except after a
    /// friendly word ("Thanks!!") or at the start of a line (log output,
    /// "!!!Error"). Linear: the text is searched for the next mark, and what
    /// lies before a run that raises the voice (where its sentence starts,
    /// whether its line has text before it) is read from where the last
    /// such run left off, once.
    pub fn marks(&self, text: &str, range: Range<usize>) -> Vec<Range<usize>> {
        let mut runs = Vec::new();
        let bytes = text.as_bytes();
        let is_mark = |b: u8| b == b'!' || b == b'?';
        let is_text = |b: &u8| b.is_ascii_alphanumeric() || *b >= 0x80;
        // Read up to `done`: whether the line has a letter or digit by
        // then, where the last sentence end or line end was, and where the
        // last run of marks ended.
        let mut done = range.start;
        let mut line_has_text = false;
        let mut after_separator = range.start;
        let mut after_run = range.start;
        let mut i = range.start;
        while let Some(found) = bytes[i..range.end].iter().position(|&b| is_mark(b)) {
            let start = i + found;
            i = start;
            while i < range.end && is_mark(bytes[i]) {
                i += 1;
            }
            let marks = &text[start..i];
            let raised = marks.len() >= 2;
            if raised {
                let stretch = &bytes[done..start];
                line_has_text = match stretch.iter().rposition(|&b| b == b'\n') {
                    Some(line_end) => stretch[line_end + 1..].iter().any(is_text),
                    None => line_has_text || stretch.iter().any(is_text),
                };
                if let Some(end) = stretch.iter().rposition(|&b| b == b'\n' || b == b'.') {
                    after_separator = done + end + 1;
                }
                done = start;
            }
            if raised && line_has_text {
                let sentence_start = after_separator.max(after_run);
                let exuberant = !marks.contains('?')
                    && self
                        .friendly
                        .is_found_in(&TextView::of(&text[sentence_start..start]));
                if !exuberant {
                    runs.push(start..i);
                }
            }
            after_run = i;
        }
        runs
    }
}

/// True when a Greek word in capitals can be written in lower case without
/// a dictionary: it carries its accent ("ΆΜΕΣΑ" is "άμεσα"), or it is of
/// one syllable and needs none ("ΚΑΙ", "ΤΟ", "ΣΑΣ"). Not for "ΕΙΝΑΙ"
/// ("είναι": where the accent goes is not written), nor for the one-syllable
/// words whose accent tells two words apart ("ΠΟΥ" is "που" or "πού",
/// "ΠΩΣ" "πως" or "πώς", "Η" "η" or "ή"). Only the digraphs αι, ει, οι,
/// ου, υι, αυ, ευ, ηυ count as one vowel; other vowels side by side count
/// as two, which takes some words of one syllable ("ΓΙΑ", "ΜΙΑ") for two:
/// then no fix is offered, never a wrong one.
fn greek_lowers_rightly(word: &str) -> bool {
    let lower: Vec<char> = crate::case::lowercase(word).chars().collect();
    if lower.iter().any(|&c| "άέήίόύώΐΰ".contains(c)) {
        return true;
    }
    if matches!(
        lower.as_slice(),
        ['π', 'ο', 'υ'] | ['π', 'ω', 'ς' | 'σ'] | ['η']
    ) {
        return false;
    }
    let is_vowel = |c: char| "αεηιουωϊϋ".contains(c);
    let mut syllables = 0;
    let mut i = 0;
    while i < lower.len() {
        if is_vowel(lower[i]) {
            syllables += 1;
            let pair = lower.get(i + 1).map(|&n| [lower[i], n]);
            let digraph = pair.is_some_and(|[a, b]| {
                matches!(
                    (a, b),
                    ('α' | 'ε' | 'ο' | 'υ', 'ι') | ('ο' | 'α' | 'ε' | 'η', 'υ')
                )
            });
            i += if digraph { 2 } else { 1 };
        } else {
            i += 1;
        }
    }
    syllables <= 1
}

/// True when the word at byte `start` of `text` is (part of) an @handle or
/// a hashtag: the letters, digits and "_" it ends follow an "@" or a "#".
fn is_tag(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(|c: char| c.is_alphanumeric() || c == '_');
    before.ends_with(['@', '#'])
}

/// A vowel of English, Russian or Greek, in lower case without accents.
fn is_vowel(c: char) -> bool {
    "aeiouyаеиоуыэюяαεηιουω".contains(c)
}

/// True when the text between two words keeps them in one phrase: spaces
/// and at most one comma, dash or ampersand, on the same line.
fn joins_words(gap: &str) -> bool {
    let marks = gap.chars().filter(|c| !c.is_whitespace()).count();
    !gap.contains(['\n', '\t'])
        && marks <= 1
        && gap
            .chars()
            .all(|c| c == ' ' || matches!(c, ',' | '-' | '–' | '—' | '&' | '\u{a0}'))
}

/// Tells headings, reading each line of a text at most once for runs that
/// come in text order.
struct LineCache<'t> {
    text: &'t str,
    /// The last line looked at, and whether it is a heading.
    line: Option<(Range<usize>, bool)>,
    /// Byte offsets of the first and last lowercase letter of the text.
    lowercase: Option<(usize, usize)>,
}

impl<'t> LineCache<'t> {
    fn new(text: &'t str) -> LineCache<'t> {
        let first = text.char_indices().find(|(_, c)| c.is_lowercase());
        let last = text.char_indices().rev().find(|(_, c)| c.is_lowercase());
        LineCache {
            text,
            line: None,
            lowercase: first.zip(last).map(|((a, _), (b, _))| (a, b)),
        }
    }

    /// True when `range` lies on a short line with no lowercase letter that
    /// does not end in "!", "?" or "." and is not all there is: a heading
    /// ("SCHEDULED SYSTEM OUTAGES"), not a shout.
    fn is_heading(&mut self, range: Range<usize>) -> bool {
        if let Some((line, heading)) = &self.line {
            if line.start <= range.start && range.end <= line.end {
                return *heading;
            }
        }
        let text = self.text;
        let start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
        let end = text[range.end..]
            .find('\n')
            .map_or(text.len(), |i| range.end + i);
        let line = text[start..end].trim();
        let has_more = self
            .lowercase
            .is_some_and(|(first, last)| first < start || last >= end);
        let heading = has_more
            && !line.chars().any(char::is_lowercase)
            && line.split_whitespace().count() <= MAX_HEADING_WORDS
            && !line.ends_with(['!', '?', '.']);
        self.line = Some((start..end, heading));
        heading
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The run and its marks in `text`: all but the closing marks, and
    /// those.
    fn reproach(text: &str) -> bool {
        let end = text.trim_end_matches(['!', '?']).len();
        is_shouted_reproach(text, 0..end, end..text.len())
    }

    #[test]
    fn a_shouted_question_or_denial_is_a_reproach_and_a_reminder_is_not() {
        for text in [
            "WHY DID YOU MOVE IT?!!",
            "WE DON'T LOSE PARCELS!!!",
            "WE DON’T LOSE PARCELS!!!",
            "МЫ НЕ ТЕРЯЛИ ВАШУ ПОСЫЛКУ!!!",
            "ΔΕΝ ΒΑΖΩ ΕΓΩ ΤΟΥΣ ΦΟΡΟΥΣ!!!",
        ] {
            assert!(reproach(text), "{text}");
        }
        for text in [
            "DON'T FORGET THE PARTY!!",
            "НЕ ЗАБУДЬТЕ ПРО ПРАЗДНИК!!",
            "ΜΗΝ ΞΕΧΑΣΕΤΕ ΤΗ ΓΙΟΡΤΗ!!",
            "YOU HAVE NEVER SEEN PRICES LIKE THESE!!",
            "WHY NOT COME ON FRIDAY??",
        ] {
            assert!(!reproach(text), "{text}");
        }
    }

    fn capitals() -> Capitals {
        Capitals::new(
            &["API".into()],
            PhraseList::parse("[en]\nthank*\n").unwrap(),
        )
    }

    fn marks_in(text: &str) -> Vec<&str> {
        capitals()
            .marks(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn finds_repeated_marks_but_not_exuberance_or_log_lines() {
        assert_eq!(
            marks_in("Where is it?! Pay now!!! Why???"),
            ["?!", "!!!", "???"]
        );
        assert!(marks_in("Thanks a lot!!! See you.").is_empty());
        assert!(marks_in("Log:\n!!!Unknown database\n").is_empty());
        assert!(marks_in("Really? Yes! Ok?").is_empty());
    }

    /// Two question marks are a question asked twice over, as "???" is;
    /// one is a question.
    #[test]
    fn two_question_marks_are_repeated_marks() {
        assert_eq!(marks_in("где поставка?? ресторан открывается в 6"), ["??"]);
        assert_eq!(marks_in("Where is the delivery??"), ["??"]);
        assert_eq!(marks_in("Πού είναι η παράδοση??"), ["??"]);
        assert!(marks_in("Where is the delivery? Any news?").is_empty());
    }

    #[test]
    fn many_marks_on_one_long_line_are_read_in_one_pass() {
        // Issue 12: each "!!" used to search back to the start of its line,
        // so this one line of 540 KB meant some 16 GB of scanning (tens of
        // seconds); read in one pass it takes milliseconds.
        let text = "Absurd!! ".repeat(60_000);
        let found = capitals().marks(&text, 0..text.len());
        assert_eq!(found.len(), 60_000);
        assert_eq!(&text[found[59_999].clone()], "!!");
    }

    #[test]
    fn tells_a_shout_from_an_emphasis_and_from_a_heading() {
        let c = capitals();
        let kinds = |text: &str| -> Vec<CapitalsKind> {
            c.runs(&TextView::of(text), text)
                .into_iter()
                .map(|r| r.kind)
                .collect()
        };
        assert_eq!(
            kinds("We have ALREADY ANSWERED THIS question."),
            [CapitalsKind::Run]
        );
        assert_eq!(
            kinds("I explained this THREE TIMES."),
            [CapitalsKind::Emphasis]
        );
        assert!(kinds("Our NASA and NATO contacts use HTTPS and the API.").is_empty());
        assert!(kinds("Schedule below.\n\nSCHEDULED SYSTEM OUTAGES\nNone this week.").is_empty());
        assert_eq!(kinds("YOU ARE LYING AGAIN"), [CapitalsKind::Run]);
        assert!(kinds("@NORDAIR. Stuck at gate 14 for an hour.").is_empty());
        assert_eq!(kinds("@NORDAIR you are LYING."), [CapitalsKind::Emphasis]);
    }
}
