use crate::context::{Context, Diagnostic};
use crate::finding::{Field, Severity};
use crate::i18n::Localized;
use crate::language::{Lang, Script};
use crate::rules::{Category, Rule, Status};
use crate::tr;
use std::ops::Range;

declare_rule! {
    /// ## What it does
    /// Flags spacing slips in the author's own text and suggests the fix:
    /// - two spaces between two words ("the  contract") — not the
    ///   indentation at the start of a line, not two spaces after a full
    ///   stop or a comma (an old typing convention), not three or more
    ///   spaces, not next to a digit ("TX  77002"), not lines aligned with
    ///   runs of spaces or tabs, and not when a text has more than three
    ///   (then it is the text's formatting, not a slip);
    /// - a space before `,` `.` `!` `?` `;` `:` ("готов , подпишите",
    ///   "ready !"), when the mark is followed by a space or the end of the
    ///   line (so ":)" and ".NET" pass);
    /// - no space after a comma between words ("ready,please"), or after a
    ///   full stop between sentences ("готов.Подпишите") — never in numbers
    ///   ("1,5", "10.30"), addresses, links or file names.
    ///
    /// Quoted lines and the signature are not read.
    ///
    /// ## Why is this bad?
    /// The seed on keeping a dialogue asks to re-check every message before
    /// sending ("Перепроверяйте сообщения перед отправкой. Внимание к
    /// деталям"): small slips make the client doubt the care taken over
    /// bigger things. Spacing slips are the ones re-reading misses.
    ///
    /// ## Example
    /// - en: "The contract is ready ,please sign  it."
    /// - ru: "Договор готов ,подпишите  его."
    /// - el: "Το συμβόλαιο είναι έτοιμο ,υπογράψτε  το."
    ///
    /// ## Options
    /// None.
    pub struct Spacing {}
    info {
        id: "spacing",
        severity: Severity::Info,
        category: Category::Form,
        languages: &[Lang::En, Lang::Ru, Lang::El],
        status: Status::Stable,
        title: tr!(en: "Spacing", ru: "Пробелы", el: "Κενά"),
        reason: tr!(
            en: "Small slips make the client doubt the care taken over bigger things.",
            ru: "Мелкие огрехи заставляют клиента сомневаться в аккуратности и в главном.",
            el: "Τα μικρά λάθη κάνουν τον πελάτη να αμφιβάλλει για την προσοχή και στα μεγάλα.",
        ),
    }
}

impl Spacing {
    /// The rule needs no preparation.
    pub fn new() -> Self {
        Spacing {}
    }
}

/// More double spaces than this in one text are its formatting.
const MAX_DOUBLE_SPACES: usize = 3;

const DOUBLE_SPACE: Localized = tr!(
    en: "Two spaces between words.",
    ru: "Два пробела между словами.",
    el: "Δύο κενά ανάμεσα στις λέξεις.",
);
const SPACE_BEFORE: Localized = tr!(
    en: "No space goes before a punctuation mark.",
    ru: "Перед знаком препинания пробел не ставится.",
    el: "Πριν από το σημείο στίξης δεν μπαίνει κενό.",
);
const NO_SPACE_AFTER: Localized = tr!(
    en: "A space is missing after the punctuation mark.",
    ru: "После знака препинания нужен пробел.",
    el: "Λείπει κενό μετά το σημείο στίξης.",
);

/// Byte ranges (in `line`) of tokens that keep their own punctuation:
/// links, addresses, file and domain names.
fn protected(line: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut at = 0;
    for token in line.split(' ') {
        if token.contains("://")
            || token.contains('@')
            || token.contains("www.")
            || token.contains('/')
            || token.contains('\\')
        {
            out.push(at..at + token.len());
        }
        at += token.len() + 1;
    }
    out
}

/// The word (letters and digits) that ends at `end` in `line`.
fn word_before(line: &str, end: usize) -> usize {
    line[..end]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map_or(end, |(i, _)| i)
}

/// The end of the word that starts at `start` in `line`.
fn word_after(line: &str, start: usize) -> usize {
    line[start..]
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(line.len(), |(i, _)| start + i)
}

fn same_script(a: char, b: char) -> bool {
    Script::of(a) == Script::of(b) && Script::of(a) != Script::Other
}

/// False when `line` surely has no slip: no space before a punctuation
/// mark or another space, and each comma and full stop followed by a space
/// or the line's end. Most lines of prose, told on bytes, so they skip
/// the full reading below.
fn may_have_slip(line: &str) -> bool {
    line.as_bytes().windows(2).any(|pair| match pair {
        [b' ', next] => matches!(next, b' ' | b',' | b'.' | b'!' | b'?' | b';' | b':'),
        [b',' | b'.', next] => *next != b' ',
        _ => false,
    })
}

/// Whether the comma at `chars[k]` is the one of the Greek pronoun "ό,τι"
/// (whatever), which is written with a comma and no space to tell it from
/// "ότι" (that): "ό,τι", "Ό,τι", unaccented "ο,τι", as a word of its own.
fn is_greek_o_ti(chars: &[(usize, char)], k: usize) -> bool {
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let standalone_before = k < 2 || !at(k - 2).is_some_and(char::is_alphabetic);
    matches!(at(k - 1), Some('ό' | 'ο' | 'Ό' | 'Ο'))
        && standalone_before
        && matches!(at(k + 1), Some('τ' | 'Τ'))
        && matches!(at(k + 2), Some('ι' | 'Ι'))
        && !at(k + 3).is_some_and(char::is_alphabetic)
}

/// The slips of one line: (range in the line, message, replacement).
fn check_line(line: &str) -> Vec<(Range<usize>, Localized, String)> {
    let mut found = Vec::new();
    if line.contains('\t') || line.trim_start().starts_with('>') || !may_have_slip(line) {
        return found;
    }
    let guarded = protected(line);
    // The ranges are in order and apart: one binary search per mark (a
    // line of thousands of addresses was quadratic).
    let is_guarded = |i: usize| {
        let after = guarded.partition_point(|r| r.start <= i);
        after > 0 && guarded[after - 1].contains(&i)
    };
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let aligned = line.trim().contains("    ");
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        if c == ' ' {
            let run_end = chars[k..]
                .iter()
                .position(|&(_, c)| c != ' ')
                .map_or(chars.len(), |p| k + p);
            let run = run_end - k;
            let before = k.checked_sub(1).map(|p| chars[p].1);
            let after = chars.get(run_end).map(|&(_, c)| c);
            if let (Some(b), Some(a)) = (before, after) {
                let end_of_run = chars[run_end].0;
                // Space before punctuation.
                let next = chars.get(run_end + 1).map(|&(_, c)| c);
                let glued = ",;".contains(a) && next.is_some_and(char::is_alphabetic);
                if b.is_alphanumeric()
                    && ",.!?;:".contains(a)
                    && (next.is_none_or(char::is_whitespace) || glued)
                    && !is_guarded(end_of_run)
                {
                    let start = word_before(line, i);
                    // "готов ,подпишите" → "готов, подпишите"
                    let space = if glued { " " } else { "" };
                    let replacement = format!("{}{a}{space}", &line[start..i]);
                    found.push((start..end_of_run + a.len_utf8(), SPACE_BEFORE, replacement));
                } else if run == 2 && !aligned && b.is_alphabetic() && a.is_alphabetic() {
                    let start = word_before(line, i);
                    let end = word_after(line, end_of_run);
                    let replacement = format!("{} {}", &line[start..i], &line[end_of_run..end]);
                    found.push((start..end, DOUBLE_SPACE, replacement));
                }
            }
            k = run_end;
            continue;
        }
        // No space after a comma or a full stop.
        if (c == ',' || c == '.') && k > 0 && k + 1 < chars.len() && !is_guarded(i) {
            let before = chars[k - 1].1;
            let after = chars[k + 1].1;
            let missing = match c {
                ',' => before.is_alphabetic() && after.is_alphabetic() && !is_greek_o_ti(&chars, k),
                _ => {
                    let two_lower =
                        k >= 2 && chars[k - 2].1.is_lowercase() && before.is_lowercase();
                    let then_lower = chars.get(k + 2).is_some_and(|&(_, c)| c.is_lowercase());
                    two_lower && after.is_uppercase() && then_lower && same_script(before, after)
                }
            };
            if missing {
                let end = word_after(line, i + 1);
                let replacement = format!("{c} {}", &line[i + 1..end]);
                found.push((i..end, NO_SPACE_AFTER, replacement));
            }
        }
        k += 1;
    }
    found
}

impl Rule for Spacing {
    fn info(&self) -> &'static crate::rules::RuleInfo {
        &INFO
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let mut found = Vec::new();
        for part in ctx.layout.own_ranges_without_signature() {
            let mut at = part.start;
            for raw in ctx.body[part.clone()].split_inclusive('\n') {
                let start = at;
                at += raw.len();
                let line = raw.trim_end_matches(['\n', '\r']);
                found.extend(
                    check_line(line)
                        .into_iter()
                        .map(|(r, m, s)| (start + r.start..start + r.end, m, s)),
                );
            }
        }
        // Double spaces all through a text are its formatting (a converted
        // document, a habit), not slips: leave them.
        let doubles = found
            .iter()
            .filter(|(_, m, _)| m.en == DOUBLE_SPACE.en)
            .count();
        if doubles > MAX_DOUBLE_SPACES {
            found.retain(|(_, m, _)| m.en != DOUBLE_SPACE.en);
        }
        for (range, message, replacement) in found {
            out.push(
                Diagnostic::new(Field::Body, range, ctx.text(&message))
                    .with_suggestion(replacement),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::*;

    fn rule() -> Spacing {
        Spacing::new()
    }

    #[test]
    fn flags_slips_in_each_language() {
        assert_eq!(
            excerpts(&rule(), "The contract is ready ,please sign  it."),
            ["ready ,", "sign  it"]
        );
        assert_eq!(
            excerpts(&rule(), "Договор готов ,подпишите  его."),
            ["готов ,", "подпишите  его"]
        );
        assert_eq!(
            excerpts(&rule(), "Το συμβόλαιο είναι έτοιμο ,υπογράψτε  το."),
            ["έτοιμο ,", "υπογράψτε  το"]
        );
    }

    #[test]
    fn suggests_fixes() {
        assert_suggestion_result("Sign  it.", &rule(), "Sign it.");
        assert_suggestion_result("Договор готов !", &rule(), "Договор готов!");
        assert_suggestion_result("Готово,спасибо.", &rule(), "Готово, спасибо.");
        assert_suggestion_result("Ready ,thanks.", &rule(), "Ready, thanks.");
        assert_eq!(excerpts(&rule(), "Ready,thanks."), [",thanks"]);
        assert_suggestion_result(
            "Договор готов.Подпишите его.",
            &rule(),
            "Договор готов. Подпишите его.",
        );
        assert_suggestion_result("Είναι έτοιμο ;", &rule(), "Είναι έτοιμο;");
    }

    #[test]
    fn allows_numbers_links_and_conventions() {
        assert_no_lints("The rate is 1,5% from 10.30 on 01.02.2026.", &rule());
        assert_no_lints("Ставка 1,5% с 10:30.", &rule());
        assert_no_lints(
            "See https://example.com/a,b?x=1 or mail a.b@client.com.",
            &rule(),
        );
        assert_no_lints("It is ready.  Please sign it.", &rule());
        assert_no_lints("    Indented line.", &rule());
        assert_no_lints("Name        Price\nChair       100", &rule());
        assert_no_lints("Houston, TX  77002, at  9 am.", &rule());
        assert_no_lints("One  two  three  four  five.", &rule());
        assert_no_lints("Thanks :) See you.", &rule());
        assert_no_lints("We use ASP.NET and Node.js.", &rule());
        assert_no_lints("Όλα καλά; Ναι.", &rule());
        assert_no_lints("Θα κάνουμε ό,τι μπορούμε, απ' ό,τι ξέρω.", &rule());
        assert_no_lints("Ό,τι χρειαστείτε, ο,τι πείτε.", &rule());
        assert_no_lints("Всё готово, подпишите, пожалуйста.", &rule());
    }

    #[test]
    fn a_comma_glued_to_a_greek_word_is_still_a_slip() {
        assert_lints("Έλαβα το αρχείο,τα λέμε αύριο.", &rule());
        assert_lints("Το έργο,τιμή και ποιότητα.", &rule());
        assert_lints("Ήρθε ο Νίκος,τι να πω.", &rule());
    }

    #[test]
    fn ignores_quotes() {
        assert_no_lints("Ok.\n\nOn Mon, Peter wrote:\n> Ready ,sign  it.\n", &rule());
        assert_no_lints("Да.\n\n> Готово ,подпишите  его.\n", &rule());
        assert_no_lints("Ναι.\n\n> Έτοιμο ,υπογράψτε  το.\n", &rule());
    }

    #[test]
    fn has_a_message_in_every_language() {
        assert_eq!(
            messages_in_every_language(&rule(), &letter("Готово ,спасибо.")).len(),
            3
        );
    }
}
