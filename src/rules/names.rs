//! Names in greetings and recipients, compared across inflections, scripts
//! and everyday forms. Shared by `name-mismatch`, `generic-greeting` and
//! `missing-greeting`.

use crate::context::{Context, Recipient};
use crate::language::{Lang, Script};
use crate::normalize::normalize;
use crate::phrases::builtin_texts;
use crate::words::{split_words, word_script, FnvSet, Word};

/// Compares names across inflections, scripts and everyday forms.
pub(crate) struct NameMatcher {
    not_names: FnvSet<String>,
    roles: FnvSet<String>,
    /// Skeletons of names, each with the index of its family of everyday
    /// forms.
    families: Vec<(String, usize)>,
}

fn word_set(name: &str, source: &str) -> FnvSet<String> {
    builtin_texts(name, source)
        .iter()
        .map(|text| normalize(text))
        .collect()
}

impl NameMatcher {
    /// The one matcher the name rules share, prepared on first use.
    pub(crate) fn shared() -> &'static NameMatcher {
        static SHARED: std::sync::OnceLock<NameMatcher> = std::sync::OnceLock::new();
        SHARED.get_or_init(NameMatcher::new)
    }

    /// Prepares the word lists.
    pub(crate) fn new() -> NameMatcher {
        let mut families = Vec::new();
        let list = builtin_texts(
            "names.diminutives",
            crate::phrase_file!("names.diminutives.txt"),
        );
        for (i, family) in list.iter().enumerate() {
            for name in family.split_whitespace() {
                families.push((skeleton(name), i));
            }
        }
        NameMatcher {
            not_names: word_set(
                "names.not_names",
                crate::phrase_file!("names.not_names.txt"),
            ),
            roles: word_set("names.roles", crate::phrase_file!("names.roles.txt")),
            families,
        }
    }

    /// True when two written names are the same name: equal after
    /// transliteration, differing only in an ending (case, vocative), one
    /// the short form of the other, or of one family of everyday forms.
    pub(crate) fn same_name(&self, a: &str, b: &str) -> bool {
        let (a, b) = (skeleton(a), skeleton(b));
        if a.len() < 2 || b.len() < 2 {
            return false;
        }
        // "Mueller" is "Müller" spelt without the umlaut.
        if similar(&a, &b) || similar(&umlauts_spelt_out(&a), &umlauts_spelt_out(&b)) {
            return true;
        }
        let family_of = |name: &str| -> Vec<usize> {
            self.families
                .iter()
                .filter(|(member, _)| similar(name, member))
                .map(|(_, family)| *family)
                .collect()
        };
        let of_a = family_of(&a);
        !of_a.is_empty() && family_of(&b).iter().any(|f| of_a.contains(f))
    }

    /// True when the author's own text opens with the name of one of these
    /// recipients ("Peter, the contract is ready"): the reader addressed
    /// by name, as a greeting addresses them.
    pub(crate) fn own_text_opens_with_name<'r>(
        &self,
        ctx: &Context,
        recipients: impl IntoIterator<Item = &'r Recipient>,
    ) -> bool {
        let Some(first) = ctx.own.words.first() else {
            return false;
        };
        let first = &ctx.body[first.range.clone()];
        // A "word" longer than any name (a run of marks with no space) is
        // no name, and comparing it with every family of names costs time
        // that grows faster than its length.
        if first.len() > MAX_NAME_BYTES {
            return false;
        }
        recipients.into_iter().any(|r| {
            self.display_name_words(r)
                .iter()
                .any(|n| self.same_name(first, n))
        })
    }

    /// The words of a recipient's display name that can be names.
    pub(crate) fn display_name_words(&self, recipient: &Recipient) -> Vec<String> {
        let (name, words) = display_name_letters(recipient);
        words
            .into_iter()
            .filter(|w| w.norm.chars().count() >= 2)
            .filter(|w| {
                !self.not_names.contains(w.norm.as_str()) && !self.roles.contains(w.norm.as_str())
            })
            .map(|w| name[w.range].to_string())
            .collect()
    }

    /// The first name of a recipient's display name, when it has one.
    pub(crate) fn first_name(&self, recipient: &Recipient) -> Option<String> {
        let words = self.display_name_words(recipient);
        let address = recipient.address.as_ref()?;
        // "Brown, Peter" puts the first name last.
        if address.name.contains(',') && words.len() >= 2 {
            return words.last().cloned();
        }
        words.first().cloned()
    }

    /// True when the recipient's display name is an organisation's: it
    /// quotes a name (`ООО "Вектор"`, `Ξενοδοχείο «Αστέρι»`), has a word of
    /// a group or a place (`Бизнес-центр Пулково`, `Web studio Pixel`) or
    /// opens with an article (`The Purl Shed`, `Το Κουκλοχειρουργείο`; not
    /// one letter, which is as often an initial).
    pub(crate) fn is_organisation(&self, recipient: &Recipient) -> bool {
        let Some(address) = &recipient.address else {
            return false;
        };
        let quotes = address
            .name
            .chars()
            .filter(|c| matches!(c, '"' | '«' | '»' | '“' | '”' | '„'))
            .count();
        let mut words = split_words(&address.name, 0).peekable();
        let article = words
            .peek()
            .is_some_and(|w| matches!(w.norm.as_str(), "the" | "το" | "τα" | "οι"));
        quotes >= 2 || article || words.any(|w| self.roles.contains(w.norm.as_str()))
    }

    /// True when the recipient has a display name that looks like a
    /// person's.
    pub(crate) fn has_personal_name(&self, recipient: &Recipient) -> bool {
        let Some(address) = &recipient.address else {
            return false;
        };
        let all: Vec<Word> = split_words(&address.name, 0).collect();
        !all.is_empty()
            && !all.iter().any(|w| self.roles.contains(w.norm.as_str()))
            && all
                .iter()
                .any(|w| w.script != Script::Other && !self.not_names.contains(w.norm.as_str()))
    }

    /// The names written in a greeting line: `None` when the greeting cannot
    /// be judged (template fields, a group or department, or words after the
    /// greeting that are not names).
    pub(crate) fn greeting_names(&self, text: &str, base: usize) -> Option<Vec<Word>> {
        // "Добрый день, Анна!": the names may follow the greeting words after
        // a comma, so look at the first two pieces of the line.
        for (start, piece) in greeting_pieces(text).into_iter().take(2) {
            if piece
                .chars()
                .any(|c| c.is_ascii_digit() || "{}[]<>%$#_|*@/\\=~^&".contains(c))
            {
                return None;
            }
            let words: Vec<Word> = split_words(piece, base + start)
                .filter(|w| w.norm.chars().count() >= 2)
                .collect();
            if words.iter().any(|w| self.roles.contains(w.norm.as_str())) {
                return None;
            }
            let mut names = Vec::new();
            for word in words {
                if self.not_names.contains(word.norm.as_str()) {
                    continue;
                }
                let written = &text[word.range.start - base..word.range.end - base];
                let mut chars = written.chars();
                let looks_like_name = chars.next().is_some_and(char::is_uppercase)
                    && chars.any(char::is_lowercase)
                    && written.chars().all(char::is_alphabetic)
                    && word_script(written) != Script::Other;
                if !looks_like_name {
                    // "Hello, hope you are well": not a greeting by name.
                    return None;
                }
                names.push(word);
            }
            if !names.is_empty() {
                return Some(names);
            }
        }
        Some(Vec::new())
    }
}

/// The initials of a recipient's display name ("ИП Гаспарян А. Р.": а,
/// р), lowercased: letters standing alone as words.
pub(crate) fn display_name_initials(recipient: &Recipient) -> Vec<char> {
    display_name_letters(recipient)
        .1
        .into_iter()
        .filter(|w| w.norm.chars().count() == 1)
        .filter_map(|w| w.norm.chars().next())
        .collect()
}

/// A recipient's display name and its words of letters; none when it has
/// no display name, or one that is an address.
fn display_name_letters(recipient: &Recipient) -> (&str, Vec<Word>) {
    match &recipient.address {
        Some(address) if !address.name.contains('@') => (
            &address.name,
            split_words(&address.name, 0)
                .filter(|w| w.script != Script::Other)
                .collect(),
        ),
        _ => ("", Vec::new()),
    }
}

/// The pieces of a greeting line between commas, exclamation marks, colons
/// and sentence ends ("Dear Mr. Brown, …" keeps "Mr." whole), with their
/// offsets in the line.
fn greeting_pieces(line: &str) -> Vec<(usize, &str)> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for (i, c) in line.char_indices() {
        let ends = if c == '.' {
            let sentence_end = line[i + 1..].chars().next().is_none_or(char::is_whitespace);
            let before = line[..i]
                .rsplit(|ch: char| !ch.is_alphabetic())
                .next()
                .unwrap_or("");
            sentence_end && before.chars().count() > 3
        } else {
            ",!:;?()\u{2014}\u{2013}\n".contains(c)
        };
        if ends {
            if !line[start..i].trim().is_empty() {
                pieces.push((start, &line[start..i]));
            }
            start = i + c.len_utf8();
        }
    }
    if !line[start..].trim().is_empty() {
        pieces.push((start, &line[start..]));
    }
    pieces
}

/// `text` with every `from` replaced by `to`, left to right
/// as `str::replace` does; `None` when there is none. Compares bytes: the
/// general substring search costs more than the whole name (start-up
/// reduces every name of the name lists).
fn replace_all(text: &str, from: &str, to: &str) -> Option<String> {
    let (bytes, from) = (text.as_bytes(), from.as_bytes());
    let find_from = |start: usize| {
        let mut at = start;
        while let Some(skip) = bytes.get(at..)?.iter().position(|&b| b == from[0]) {
            at += skip;
            if bytes[at..].starts_with(from) {
                return Some(at);
            }
            at += 1;
        }
        None
    };
    let mut at = find_from(0)?;
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    loop {
        out.push_str(&text[copied..at]);
        out.push_str(to);
        copied = at + from.len();
        match find_from(copied) {
            Some(next) => at = next,
            None => break,
        }
    }
    out.push_str(&text[copied..]);
    Some(out)
}

/// The longest a written name can be, in bytes of UTF-8 (64 Cyrillic or
/// Greek letters); a longer word is no name.
const MAX_NAME_BYTES: usize = 128;

/// A name reduced to Latin letters with spelling differences folded, so
/// that Olga/Ольга, Nikos/Νίκος, Alexey/Алексей come out the same.
pub(crate) fn skeleton(name: &str) -> String {
    let mut text = normalize(name);
    // Greek digraphs: only a text with Greek small letters (their UTF-8
    // starts 0xCE or 0xCF) can hold one.
    let has_greek = text.bytes().any(|b| b == 0xce || b == 0xcf);
    for (from, to) in [
        ("ου", "u"),
        ("αι", "e"),
        ("ει", "i"),
        ("οι", "i"),
        ("μπ", "b"),
        ("ντ", "d"),
        ("γκ", "g"),
        ("γγ", "ng"),
    ] {
        if has_greek {
            if let Some(replaced) = replace_all(&text, from, to) {
                text = replaced;
            }
        }
    }
    let mut latin = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            latin.push(c);
            continue;
        }
        latin.push_str(match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'е' | 'э' => "e",
            'ж' => "zh",
            'з' => "z",
            'и' | 'й' | 'ы' => "i",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "h",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "sch",
            'ъ' | 'ь' => "",
            'ю' => "iu",
            'я' => "ia",
            'α' => "a",
            'β' => "v",
            'γ' => "g",
            'δ' => "d",
            'ε' => "e",
            'ζ' => "z",
            'η' | 'ι' | 'υ' => "i",
            'θ' => "t",
            'κ' => "k",
            'λ' => "l",
            'μ' => "m",
            'ν' => "n",
            'ξ' => "ks",
            'ο' | 'ω' => "o",
            'π' => "p",
            'ρ' => "r",
            'σ' => "s",
            'τ' => "t",
            'φ' => "f",
            'χ' => "h",
            'ψ' => "ps",
            'é' | 'è' | 'ê' | 'ë' => "e",
            'á' | 'à' | 'â' | 'ä' | 'å' => "a",
            'ó' | 'ò' | 'ô' | 'ö' => "o",
            'ú' | 'ù' | 'û' | 'ü' => "u",
            'í' | 'ì' | 'î' | 'ï' => "i",
            _ => "",
        });
    }
    let mut text = latin;
    for (from, to) in [
        ("dzh", "j"),
        ("dj", "j"),
        ("ph", "f"),
        ("th", "t"),
        ("ck", "k"),
        ("ch", "h"),
        ("x", "ks"),
        ("c", "k"),
        ("q", "k"),
        ("w", "v"),
        ("y", "i"),
        ("j", "i"),
        ("ou", "u"),
        ("ee", "i"),
        ("h", ""),
    ] {
        if let Some(replaced) = replace_all(&text, from, to) {
            text = replaced;
        }
    }
    text
}

/// A skeleton with the German spellings of ä, ö and ü without the umlaut
/// ("ae", "oe", "ue") read as the vowel alone, as the skeleton reads "ä".
fn umlauts_spelt_out(skeleton: &str) -> String {
    skeleton
        .replace("ae", "a")
        .replace("oe", "o")
        .replace("ue", "u")
}

/// Equal however short ("li", "ed"), or one a prefix of the other, or
/// differing only in the last two letters (case endings, vocatives):
/// "olga"/"olge", "papadopule"/"papadopulos", "pet"/"petr".
fn similar(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let common = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    let shorter = a.len().min(b.len());
    common == shorter && shorter >= 3 || common >= 3 && common + 2 >= shorter
}

/// The alphabetic pieces of an address's local part ("olga.smirnova" →
/// olga, smirnova) and of its domain's first label.
pub(crate) fn address_pieces(recipient: &Recipient) -> (Vec<String>, Option<String>) {
    let Some(address) = &recipient.address else {
        return (Vec::new(), None);
    };
    let (local, domain) = address
        .email
        .split_once('@')
        .unwrap_or((&address.email, ""));
    let pieces = local
        .split(|c: char| !c.is_alphabetic())
        .filter(|p| p.chars().count() >= 2)
        .map(str::to_string)
        .collect();
    let label = domain
        .split('.')
        .next()
        .filter(|l| l.len() >= 3)
        .map(str::to_string);
    (pieces, label)
}

/// A greeting by name (or a neutral one without a name) in `lang`, for
/// suggestions.
pub(crate) fn greeting_for(lang: Lang, name: Option<&str>) -> String {
    match (lang, name) {
        (Lang::En, Some(name)) => format!("Dear {name}"),
        (Lang::En, None) => "Hello".to_string(),
        (Lang::Ru, Some(name)) => format!("Здравствуйте, {name}"),
        (Lang::Ru, None) => "Здравствуйте".to_string(),
        (Lang::El, Some(name)) => format!("Γεια σας, {}", greek_vocative(name)),
        (Lang::El, None) => "Καλημέρα σας".to_string(),
    }
}

/// The vocative of a Greek masculine name, the case a greeting uses:
/// Γιώργος → Γιώργο, Παπαδόπουλος → Παπαδόπουλε, Κώστας → Κώστα, Γιάννης →
/// Γιάννη. Other names are returned as they are.
pub(crate) fn greek_vocative(name: &str) -> String {
    let is_vowel = |c: char| "αεηιουωάέήίόύώϊϋΐΰ".contains(c);
    let vowel_runs = |text: &str| {
        let mut runs = 0;
        let mut previous = false;
        for c in text.chars() {
            let vowel = is_vowel(c);
            if vowel && !previous {
                runs += 1;
            }
            previous = vowel;
        }
        runs
    };
    if let Some(stem) = name.strip_suffix("ος").or_else(|| name.strip_suffix("ός")) {
        // Stress on the third syllable from the end gives -ε (Αλέξανδρε,
        // Παπαδόπουλε), else -ο (Γιώργο, Νίκο).
        let accented = stem
            .char_indices()
            .rev()
            .find(|(_, c)| "άέήίόύώ".contains(*c));
        let antepenult = match accented {
            Some((at, c)) => vowel_runs(&stem[at + c.len_utf8()..]) >= 1,
            None => vowel_runs(stem) >= 3,
        };
        let ending = if antepenult { "ε" } else { "ο" };
        let ending = if name.ends_with("ός") { "έ" } else { ending };
        return format!("{stem}{ending}");
    }
    for (nominative, vocative) in [("ας", "α"), ("άς", "ά"), ("ης", "η"), ("ής", "ή")] {
        if let Some(stem) = name.strip_suffix(nominative) {
            return format!("{stem}{vocative}");
        }
    }
    name.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::rules::testing::letter;

    /// Issue 12, found by `make fuzz` (seed 1796463200): a letter whose
    /// first "word" is a name and a run of direction marks as long as the
    /// text was taken for that name (the marks are not letters) after
    /// being compared with every family of names, and the check of the
    /// fuzzer's draft took 12 times as long at four times its size; a word
    /// that long is no name and is passed at once. A name still is one.
    #[test]
    fn a_first_word_as_long_as_the_text_is_no_name() {
        let names = NameMatcher::shared();
        let opens_with_name = |body: &str| {
            let draft = letter(body);
            let config = Config::default();
            let ctx = Context::new(&draft, &config);
            names.own_text_opens_with_name(&ctx, &ctx.recipients)
        };
        let long = format!("Peter{}ς and the rest.", "\u{202e}".repeat(200_000));
        assert!(!opens_with_name(&long));
        assert!(opens_with_name("Peter, the contract is ready."));
    }

    #[test]
    fn replace_all_is_str_replace() {
        for (text, from, to) in [
            ("dzhdzh", "dzh", "j"),
            ("aaa", "aa", "b"),
            ("γγγκ", "γκ", "g"),
            ("γγγκ", "γγ", "ng"),
            ("ουου", "ου", "u"),
            ("hahah", "h", ""),
            ("olga", "x", "ks"),
            ("", "c", "k"),
        ] {
            let expected = text.contains(from).then(|| text.replace(from, to));
            assert_eq!(replace_all(text, from, to), expected, "{text} {from}");
        }
    }

    #[test]
    fn folds_spellings() {
        assert_eq!(skeleton("Ольга"), skeleton("Olga"));
        assert_eq!(skeleton("Νίκος"), skeleton("Nikos"));
        assert_eq!(skeleton("Алексей"), skeleton("Alexey"));
        assert_eq!(skeleton("Дмитрий"), "dmitrii");
    }

    #[test]
    fn matches_inflections_vocatives_and_everyday_forms() {
        let names = NameMatcher::new();
        assert!(names.same_name("Ольге", "Ольга"));
        assert!(names.same_name("Παπαδόπουλε", "Παπαδόπουλος"));
        assert!(names.same_name("Olga", "Ольга"));
        assert!(names.same_name("Bob", "Robert"));
        assert!(names.same_name("Саша", "Александр"));
        assert!(names.same_name("Γιάννη", "Ιωάννης"));
        assert!(!names.same_name("John", "Peter"));
        assert!(!names.same_name("Анна", "Ольга"));
        assert!(!names.same_name("Μαρία", "Ελένη"));
    }

    #[test]
    fn puts_greek_names_in_the_vocative() {
        assert_eq!(greek_vocative("Γιώργος"), "Γιώργο");
        assert_eq!(greek_vocative("Νίκος"), "Νίκο");
        assert_eq!(greek_vocative("Παπαδόπουλος"), "Παπαδόπουλε");
        assert_eq!(greek_vocative("Αλέξανδρος"), "Αλέξανδρε");
        assert_eq!(greek_vocative("Κώστας"), "Κώστα");
        assert_eq!(greek_vocative("Γιάννης"), "Γιάννη");
        assert_eq!(greek_vocative("Μαρία"), "Μαρία");
        assert_eq!(greeting_for(Lang::El, Some("Νίκος")), "Γεια σας, Νίκο");
    }

    #[test]
    fn reads_names_after_greeting_words() {
        let names = NameMatcher::new();
        let found = |line: &str| -> Option<Vec<String>> {
            names.greeting_names(line, 0).map(|words| {
                words
                    .iter()
                    .map(|w| line[w.range.clone()].to_string())
                    .collect()
            })
        };
        assert_eq!(
            found("Добрый день, Анна Петровна!"),
            Some(vec!["Анна".into(), "Петровна".into()])
        );
        assert_eq!(found("Dear Mr. Brown,"), Some(vec!["Brown".into()]));
        assert_eq!(
            found("Καλημέρα σας κ. Παπαδόπουλε,"),
            Some(vec!["Παπαδόπουλε".into()])
        );
        assert_eq!(found("Hello, hope you are well"), None);
        assert_eq!(found("Здравствуйте, {USERNAME}!"), None);
        assert_eq!(found("Dear Acme Support,"), None);
    }
}
