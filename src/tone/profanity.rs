//! Profanity that a word list cannot hold: Russian obscene roots after any
//! prefix ("заебали", "охуели"), and words masked with asterisks or symbols
//! ("х*р", "п***ц", "f**k", "b******t", "μ@λ@κία", "#@$%").

use crate::language::Script;
use crate::normalize::normalize;
use crate::words::TextView;
use std::ops::Range;

/// Prefixes after which a Russian obscene root is still the obscene word
/// ("за-ебал", "о-хуел"). Prefixes that make ordinary words ("с-ебе") are
/// left out.
const RU_PREFIXES: &[&str] = &[
    "",
    "за",
    "на",
    "от",
    "отъ",
    "вы",
    "у",
    "по",
    "при",
    "раз",
    "разъ",
    "рас",
    "съ",
    "под",
    "подъ",
    "об",
    "объ",
    "до",
    "пере",
    "в",
    "въ",
    "из",
    "изъ",
    "о",
    "недо",
    "долбо",
    "ни",
];

/// Obscene roots that follow one of [`RU_PREFIXES`]. The verb's present
/// tense is spelt out ("ебет", "ебешь"): "ебе" alone would take "в" + "ебер"
/// for the obscene verb ("Вебер"), and "еби" would take "вебинар".
const RU_ROOTS: &[&str] = &[
    "хуй",
    "хуе",
    "хуя",
    "хуи",
    "хую",
    "еба",
    "ебл",
    "ебу",
    "ебн",
    "ебы",
    "ебо",
    "ебись",
    "ебет",
    "ебеш",
];

/// Obscene stems found anywhere in a word: "пизд" ("спиздил") and its
/// "пизж" before a vowel ("пизжу", "спизженный"); no ordinary word holds
/// either.
const RU_OBSCENE_ANYWHERE: &[&str] = &["пизд", "пизж"];

/// Ordinary words an obscene root hides in ("небо", "себе" are left out by
/// the prefixes; these need naming).
const RU_NOT_OBSCENE: &[&str] = &["сеансов", "хуанхэ"];

/// Whole words that masked forms ("х*р", "f**k") stand for.
const MASKED_WORDS: &[&str] = &[
    "хер",
    "хуй",
    "хуйня",
    "хуево",
    "нахуй",
    "нахер",
    "пизда",
    "пиздец",
    "пиздеж",
    "блядь",
    "бля",
    "блять",
    "сука",
    "суки",
    "ебать",
    "ебал",
    "ебаный",
    "заебал",
    "заебали",
    "мудак",
    "мудаки",
    "говно",
    "fuck",
    "fucking",
    "fucked",
    "fucker",
    "shit",
    "bitch",
    "asshole",
    "bullshit",
    "motherfucker",
    "damn",
    "crap",
    "cunt",
    "dick",
    "μαλακας",
    "μαλακα",
    "μαλακες",
    "μαλακια",
    "μαλακιες",
    "γαμω",
    "γαμωτο",
    "γαμημενο",
    "γαμημενοι",
    "πουτανα",
    "σκατα",
    // Masked forms met in real texts ("х.я", "д*билы", "еб@нутый").
    "хуя",
    "хрен",
    "дебил",
    "дебилы",
    "ебанутый",
    "ебанутые",
    "μαλακισμενοι",
    "μαλακισμενε",
];

/// True when a normalised Russian word holds an obscene root, alone or
/// after a prefix.
pub fn is_obscene_russian(norm: &str) -> bool {
    if RU_OBSCENE_ANYWHERE.iter().any(|stem| norm.contains(stem))
        || norm.starts_with("бляд")
        || norm.starts_with("блят")
    {
        return true;
    }
    if RU_NOT_OBSCENE.contains(&norm) {
        return false;
    }
    // Every root starts with "ху" or "еб": try each place one of them
    // starts, with what comes before it as the prefix.
    norm.match_indices("ху")
        .chain(norm.match_indices("еб"))
        .filter(|(at, _)| *at <= "долбо".len())
        .any(|(at, _)| {
            let (prefix, rest) = norm.split_at(at);
            RU_PREFIXES.contains(&prefix) && RU_ROOTS.iter().any(|root| rest.starts_with(root))
        })
}

/// A name, not swearing ("Ashit", Indian).
const EN_NOT_OBSCENE: &[&str] = &["ashit"];

/// True when a normalised English word holds "fuck" anywhere, or "shit" /
/// "sh1t" not followed by a vowel, as compounds do ("clusterfuck",
/// "dipshit", "chickenshits", "bullshitting"): the word lists find the
/// words that start so ("fucking", "shitty"). A vowel after it is another
/// word: "Matsushita", "Kinoshita", "shitake".
///
/// One pass over the word's bytes: it runs on every word of a letter.
pub fn is_obscene_english(norm: &str) -> bool {
    let bytes = norm.as_bytes();
    let obscene_at = |at: usize| {
        let rest = &bytes[at..];
        rest.starts_with(b"fuck")
            || ((rest.starts_with(b"shit") || rest.starts_with(b"sh1t"))
                && !matches!(rest.get(4), Some(b'a' | b'e' | b'i' | b'o' | b'u')))
    };
    (0..bytes.len()).any(obscene_at) && !EN_NOT_OBSCENE.contains(&norm)
}

/// Byte ranges of the obscene words of `view`: Russian words with an
/// obscene root, English ones with one inside.
pub fn obscene(view: &TextView) -> impl Iterator<Item = Range<usize>> + '_ {
    view.words
        .iter()
        .filter(|w| match w.script {
            Script::Cyrillic => is_obscene_russian(&w.norm),
            Script::Greek => false,
            _ => is_obscene_english(&w.norm),
        })
        .map(|w| w.range.clone())
}

/// Characters that stand for hidden letters in a masked word ("&" is left
/// out: "AT&T", "Q&A").
fn is_mask(c: char) -> bool {
    matches!(c, '*' | '@' | '#' | '$' | '%')
}

/// Byte ranges of words in `text` masked with asterisks or symbols whose
/// unmasked form is an obscene word ("х*р", "п***ц", "f**k", "μ@λ@κία"),
/// and of grawlixes ("#@$%!", "@@@@") standing for one. Only words next to
/// a mask character are looked at, so most text is skipped at once.
pub fn masked(text: &str, view: &TextView) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    // A word is looked at only beside a mask character or a dot between
    // letters: a text with neither (most letters) has nothing to find, and
    // one pass over its bytes says so.
    // (The masks are ASCII: a byte of a longer character, read as a
    // character of its own, is none of them.)
    // A run of dots is looked at once, from its first dot (every dot of
    // it gives the same answer; asking each would read the run once per
    // dot).
    let has_mask = text.bytes().any(|b| is_mask(char::from(b)));
    if !has_mask
        && !text
            .match_indices('.')
            .any(|(at, _)| !text[..at].ends_with('.') && dot_between_letters(text, at))
    {
        return out;
    }
    let mut consider = |start: usize| {
        if out.last().is_some_and(|r| r.end > start) {
            return;
        }
        let end = start
            + text[start..]
                .char_indices()
                .find(|&(at, c)| {
                    !(c.is_alphabetic() || is_mask(c) || dot_between_letters(text, start + at))
                })
                .map_or(text.len() - start, |(at, _)| at);
        // A dot between letters hides one too: "б.я", "μ.λ.κες".
        let token = text[start..end].replace('.', "*");
        if let Some(range) = masked_token(&token) {
            out.push(start + range.start..start + range.end);
        }
    };
    for (i, word) in view.words.iter().enumerate() {
        let next = text[word.range.end..].chars().next();
        let prev = text[..word.range.start].chars().next_back();
        // The word reader may keep "б.я" as one word, like "т.е".
        let dotted = text[word.range.clone()]
            .match_indices('.')
            .any(|(at, _)| dot_between_letters(text, word.range.start + at));
        let starts_masked =
            next.is_some_and(is_mask) || dotted || dot_between_letters(text, word.range.end);
        if starts_masked && !prev.is_some_and(|c| is_mask(c) || c == '.') {
            consider(word.range.start);
        }
        // A grawlix or a word that starts masked ("@@@@", "*ck") sits
        // between two words.
        let gap_end = view.words.get(i + 1).map_or_else(
            || {
                text[word.range.end..]
                    .find('\n')
                    .map_or(text.len(), |at| word.range.end + at)
            },
            |w| w.range.start,
        );
        if let Some(at) = text[word.range.end..gap_end].find(['@', '#']) {
            let at = word.range.end + at;
            let before = text[..at].chars().next_back();
            if !before.is_some_and(|c| c.is_alphanumeric() || is_mask(c)) {
                consider(at);
            }
        }
    }
    out
}

/// True when a dot at byte `at` of `text` is one of at most three standing
/// between two letters of one word ("б.я", "с..ка"), not at the end of a
/// sentence or an abbreviation.
fn dot_between_letters(text: &str, at: usize) -> bool {
    if !text[at..].starts_with('.') {
        return false;
    }
    let before = text[..at].trim_end_matches('.');
    let after = text[at..].trim_start_matches('.');
    let dots = text.len() - before.len() - after.len();
    dots <= 3
        && before.chars().next_back().is_some_and(char::is_alphabetic)
        && after.chars().next().is_some_and(char::is_alphabetic)
}

/// The masked word in `token` (letters and mask characters), if it is one.
fn masked_token(token: &str) -> Option<Range<usize>> {
    let masks = token.chars().filter(|&c| is_mask(c)).count();
    let letters = token.chars().filter(|c| c.is_alphabetic()).count();
    if masks == 0 {
        return None;
    }
    if letters == 0 {
        // A grawlix: symbols standing for a swear word ("#@$%", "@@@@").
        let mut symbols: Vec<char> = token.chars().collect();
        crate::sort::sort(&mut symbols);
        symbols.dedup();
        let distinct = symbols.len();
        return (masks >= 4 || (masks >= 3 && distinct >= 3)).then_some(0..token.len());
    }
    let masked_inside = token
        .trim_end_matches(is_mask)
        .trim_start_matches(is_mask)
        .contains(is_mask);
    if !masked_inside && (letters > 1 || masks < 2) {
        return None;
    }
    let lower = normalize(token);
    masked_words()
        .iter()
        .any(|w| glob(&lower, w))
        .then_some(0..token.len())
}

/// [`MASKED_WORDS`] normalised as a token is, once, on first use: the list
/// is written with a final "ς", which normalising folds to "σ".
fn masked_words() -> &'static [String] {
    static WORDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| MASKED_WORDS.iter().map(|w| normalize(w)).collect())
}

/// True when `pattern`, where each run of mask characters stands for about
/// as many letters (two more or fewer, at least one), matches the whole of
/// `word`: "f*ck" is "fuck", "M@R" is not "motherfucker".
fn glob(pattern: &str, word: &str) -> bool {
    match pattern.chars().next() {
        None => word.is_empty(),
        Some(c) if is_mask(c) => {
            let rest = pattern.trim_start_matches(is_mask);
            let masks = pattern.len() - rest.len();
            let (fewest, most) = (masks.saturating_sub(2).max(1), masks + 2);
            word.char_indices()
                .map(|(at, _)| at)
                .chain(std::iter::once(word.len()))
                .enumerate()
                .filter(|&(hidden, _)| (fewest..=most).contains(&hidden))
                .any(|(_, at)| glob(rest, &word[at..]))
        }
        Some(c) => word
            .strip_prefix(c)
            .is_some_and(|rest| glob(&pattern[c.len_utf8()..], rest)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked_in(text: &str) -> Vec<&str> {
        let view = TextView::of(text);
        masked(text, &view).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn finds_masked_words_and_grawlixes() {
        assert_eq!(masked_in("Да пошли вы на х*р."), ["х*р"]);
        assert_eq!(masked_in("What the f*** is going on"), ["f***"]);
        assert_eq!(masked_in("This is b******t."), ["b******t"]);
        assert_eq!(masked_in("Αυτό είναι μ@λ@κία."), ["μ@λ@κία"]);
        assert_eq!(masked_in("Είσαι πολύ @@@@@@@ τελικά"), ["@@@@@@@"]);
        assert_eq!(masked_in("What the #@$% happened?"), ["#@$%"]);
    }

    #[test]
    fn finds_words_masked_with_dots_and_final_sigma() {
        assert_eq!(masked_in("Вы б.я вообще читаете письма"), ["б.я"]);
        assert_eq!(masked_in("Какого х.я вы молчите"), ["х.я"]);
        assert_eq!(masked_in("ну и м.дак же ты"), ["м.дак"]);
        assert_eq!(masked_in("вы д*билы"), ["д*билы"]);
        assert_eq!(masked_in("Είσαι μ@λ@κας"), ["μ@λ@κας"]);
        assert_eq!(masked_in("Είστε μ.λ.κες όλοι σας"), ["μ.λ.κες"]);
        assert_eq!(masked_in("С..ка, опять не то"), ["С..ка"]);
        for calm in [
            "т.е. оплата в марте, т.д. и т.п.",
            "см. acme.com и e.g. U.S. rules",
            "δηλ. κ.λπ. π.χ. την Τρ. 12.03",
            "Сделано.Теперь ждем",
            "ст. 12.1 договора",
            "Ну...может завтра",
        ] {
            assert!(masked_in(calm).is_empty(), "{calm}: {:?}", masked_in(calm));
        }
    }

    #[test]
    fn leaves_addresses_footnotes_and_tags_alone() {
        assert!(masked_in("Write to anna@acme.com or #support.").is_empty());
        assert!(masked_in("Footnote* applies; prices x*2 in 2026*.").is_empty());
        assert!(masked_in("Ticket #4471 and #4472.").is_empty());
        assert!(masked_in("Use @@ markers in the diff.").is_empty());
        assert!(masked_in("After the visit to station (M&R 40212), M@R and AT&T.").is_empty());
    }

    #[test]
    fn russian_roots_after_prefixes() {
        for word in [
            "заебали",
            "охуели",
            "пиздец",
            "выебываться",
            "нихуя",
            "блядь",
            "ебет",
            "ебешь",
            "заебется",
            "хую",
            "похую",
            "пизжу",
            "спизженный",
        ] {
            assert!(is_obscene_russian(word), "{word}");
        }
        for word in [
            "себе",
            "небо",
            "страхуйте",
            "хулиган",
            "хутор",
            "потребуется",
            "вебер",
            "вебинар",
            "хуторок",
            "хуже",
            "погребение",
            "гребет",
            "тебе",
            "уэбстер",
            "эпизод",
        ] {
            assert!(!is_obscene_russian(word), "{word}");
        }
    }
}
