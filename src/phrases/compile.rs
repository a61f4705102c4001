//! Reading a phrase file into word programs. Shared by the library (for
//! lists given at run time) and by `build.rs`, which compiles every list
//! that ships with presend ahead of time, so start-up neither parses nor
//! stems them.
//!
//! The pattern language is described in `src/phrases/README.md`.

use crate::language::Lang;
use crate::words::{hash, split_words};
use std::borrow::Cow;
use std::collections::HashMap;

/// How one word of a pattern is compared with a word of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tok {
    /// Same stem (and its hash): `договор` matches "договоры".
    Stem(Cow<'static, str>, u64),
    /// The normalised word starts with this: `идиот*` matches "идиотами".
    Prefix(Cow<'static, str>),
    /// Exactly this normalised word (and its hash): `=ты` matches "ты",
    /// not "тебе".
    Exact(Cow<'static, str>, u64),
}

impl Tok {
    fn stem(stem: String) -> Tok {
        let h = hash(stem.as_bytes());
        Tok::Stem(Cow::Owned(stem), h)
    }

    fn exact(word: String) -> Tok {
        let h = hash(word.as_bytes());
        Tok::Exact(Cow::Owned(word), h)
    }
}

/// One instruction of a word program: a tiny backtracking machine over the
/// words of one sentence.
///
/// The words, sets and peeks it reads live as long as the process, so an
/// instruction is a pointer and a tag (8 bytes in WebAssembly), and a
/// program a slice of such: the lists that ship are decoded once, at
/// start-up, into tables that are never freed (`precompiled.rs`), and the
/// instructions point into them, each written in one step, nothing copied
/// (an instruction that held its words, 48 bytes, made the decoding most
/// of the start-up's time and 3 MB of memory). A program compiled at run
/// time (the tests; natively, a list the build did not see) keeps its
/// words for good too, through [`Inst::word`], [`Inst::set`] and
/// [`Inst::peek`]: such lists are prepared once and live as long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inst {
    /// Consume one word that matches.
    Word(&'static Tok),
    /// Consume one word that matches any of these (an alternation of single
    /// words, tried in one step). Stems come first, then exact words, each
    /// sorted by hash so they are found by binary search, then prefixes.
    Set(&'static WordSet),
    /// Continue at both places (the first is tried first).
    Split(u16, u16),
    /// Continue at this place.
    Jump(u16),
    /// Go on only if the next word is one of these (the first words of the
    /// alternatives that follow, so a word that starts none of them is
    /// turned away in one step). Ordered as in [`Inst::Set`].
    Peek(&'static PeekSet),
    /// Skip up to this many words.
    Gap(u8),
    /// Here a sentence or a line starts (`^`).
    Start,
    /// Here a sentence or a line ends (`$`).
    End,
    /// The pattern matched.
    Match,
}

impl Inst {
    /// Reads `tok`, kept for the life of the process.
    pub fn word(tok: Tok) -> Inst {
        Inst::Word(Box::leak(Box::new(tok)))
    }

    /// Reads one word of `set`, kept for the life of the process.
    pub fn set(set: WordSet) -> Inst {
        Inst::Set(Box::leak(Box::new(set)))
    }

    /// Peeks at the next word (`peek`, kept for the life of the process).
    pub fn peek(peek: PeekSet) -> Inst {
        Inst::Peek(Box::leak(Box::new(peek)))
    }
}

/// The words of an [`Inst::Peek`]: the first words of what follows it in
/// its program. Worked out when a program is compiled from its text; the
/// compiled lists that ship do not carry them (what follows tells them), so
/// a program decoded from those works each out the first time it is read
/// (most never are: a peek is read only where the words before it matched).
#[derive(Debug, Clone, Default)]
pub struct PeekSet(std::sync::OnceLock<WordSet>);

impl PeekSet {
    /// A peek whose words are known.
    pub fn of(set: WordSet) -> PeekSet {
        PeekSet(std::sync::OnceLock::from(set))
    }

    /// A peek whose words are worked out on first use.
    pub fn later() -> PeekSet {
        PeekSet::default()
    }

    /// The words of the peek at `pc` of `program`.
    pub fn words(&self, program: &[Inst], pc: usize) -> &WordSet {
        self.0.get_or_init(|| {
            let mut firsts = Vec::new();
            for_each_first_word_from(program, pc + 1, &mut Walk::default(), |tok| {
                firsts.push(tok.clone())
            })
            .expect("a peek is followed by words");
            WordSet::new(firsts)
        })
    }
}

/// Peeks are equal when their words are known and the same (see
/// [`resolve_peeks`] to work them out first).
impl PartialEq for PeekSet {
    fn eq(&self, other: &PeekSet) -> bool {
        self.0.get().is_some() && self.0.get() == other.0.get()
    }
}

impl Eq for PeekSet {}

/// Works out the words of every peek of `program` not known yet.
#[cfg(test)]
pub fn resolve_peeks(program: &[Inst]) {
    for (pc, inst) in program.iter().enumerate() {
        if let Inst::Peek(peek) = inst {
            peek.words(program, pc);
        }
    }
}

/// Words of which one is wanted: stems first, then exact words, each sorted
/// by hash so they are found by binary search, then prefixes in
/// alphabetical order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordSet {
    /// The words.
    pub toks: Cow<'static, [Tok]>,
    /// Where the exact words start.
    pub exact_from: u16,
    /// Where the prefixes start.
    pub prefix_from: u16,
    /// A bit for each stem's and exact word's hash (its low seven bits):
    /// most words of a text have none set, and skip the searches.
    pub hash_bits: [u64; 2],
}

impl WordSet {
    /// False when no stem or exact word of the set has the hash `h`
    /// (true: it may have).
    #[inline(always)]
    pub fn may_have_hash(&self, h: u64) -> bool {
        let (word, bit) = hash_bit(h);
        self.hash_bits[word] & bit != 0
    }

    /// The set of `toks`, in any order and with repeats.
    pub fn new(mut toks: Vec<Tok>) -> WordSet {
        order_set(&mut toks);
        toks.dedup();
        WordSet::of_ordered(Cow::Owned(toks))
    }

    /// The set of `toks`, which are already in the set's order (see
    /// [`set_order`]) and without repeats.
    pub fn of_ordered(toks: Cow<'static, [Tok]>) -> WordSet {
        let exact_from = toks.partition_point(|t| matches!(t, Tok::Stem(..))) as u16;
        let prefix_from = toks.partition_point(|t| !matches!(t, Tok::Prefix(_))) as u16;
        let mut hash_bits = [0; 2];
        for tok in toks.iter() {
            if let Tok::Stem(_, h) | Tok::Exact(_, h) = tok {
                let (word, bit) = hash_bit(*h);
                hash_bits[word] |= bit;
            }
        }
        WordSet {
            toks,
            exact_from,
            prefix_from,
            hash_bits,
        }
    }
}

/// Where hash `h` sits in [`WordSet::hash_bits`]: the word, and its bit
/// there (the hash's low seven bits).
#[inline(always)]
fn hash_bit(h: u64) -> (usize, u64) {
    ((h as usize >> 6) & 1, 1 << (h % 64))
}

/// One phrase of a file, compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompiledPhrase {
    /// The line as written. Empty in the WebAssembly build for the lists
    /// not named in `TEXTS_READ` in `build.rs`; so that no code reads it
    /// there by mistake (WASM would silently see "" where native code sees
    /// the phrase), it is read only through [`super::PhraseList::text`],
    /// which refuses, in every build, the lists whose texts are left out.
    pub(super) text: Cow<'static, str>,
    /// The language section it was written under.
    pub lang: Lang,
    /// The program that matches it.
    pub program: Cow<'static, [Inst]>,
    /// A program that must not match just before the phrase (`!x …`);
    /// empty when there is none.
    pub before: Cow<'static, [Inst]>,
    /// A program that must not match just after the phrase (`… !x`).
    pub after: Cow<'static, [Inst]>,
}

/// The word classes every phrase file may use (`{sorry}`, `{not}`, …).
pub const SHARED_CLASSES: &str = include_str!("classes.txt");

/// Stems shorter than this are not trusted: the word is matched exactly.
const MIN_STEM: usize = 3;

/// How many words `~` and `&` skip when no number follows them.
pub const DEFAULT_GAP: u8 = 3;

/// Parses a phrase file, with the shared word classes. Errors name the line
/// that is wrong.
pub fn compile(source: &str) -> Result<Vec<CompiledPhrase>, String> {
    compile_with(source, SHARED_CLASSES)
}

/// Parses a phrase file with the word classes defined in `classes` (a file
/// of `{name} = …` lines under language headers).
pub fn compile_with(source: &str, classes: &str) -> Result<Vec<CompiledPhrase>, String> {
    let mut definitions = Definitions::default();
    for line in lines(classes) {
        let (number, lang, text) = line.map_err(|e| format!("classes: {e}"))?;
        let (name, body) = definition(text)
            .ok_or_else(|| format!("classes: line {number}: expected {{name}} = …"))?;
        definitions.insert((lang, name.to_string()), body.to_string());
    }
    let mut phrases = Vec::new();
    for line in lines(source) {
        let (number, lang, text) = line?;
        if let Some((name, body)) = definition(text) {
            definitions.insert((lang, name.to_string()), body.to_string());
            continue;
        }
        let at = |e: String| format!("line {number}: {e}");
        let pattern = Parser::new(text, lang, &definitions)
            .pattern()
            .map_err(at)?;
        let mut program = Vec::new();
        emit(&pattern.body, &mut program);
        program.push(Inst::Match);
        first_words(&program).map_err(at)?;
        phrases.push(CompiledPhrase {
            text: Cow::Owned(text.to_string()),
            lang,
            program: Cow::Owned(program),
            before: Cow::Owned(guard_program(pattern.before.as_ref())),
            after: Cow::Owned(guard_program(pattern.after.as_ref())),
        });
    }
    Ok(phrases)
}

type Definitions = HashMap<(Lang, String), String>;

/// The non-blank lines of a file with their number and language section.
fn lines(source: &str) -> impl Iterator<Item = Result<(usize, Lang, &str), String>> {
    let mut lang = None;
    source.lines().enumerate().filter_map(move |(i, line)| {
        let number = i + 1;
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            return None;
        }
        if let Some(code) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            if code.len() == 2 && code.chars().all(|c| c.is_ascii_lowercase()) {
                lang = Some(match code {
                    "en" => Lang::En,
                    "ru" => Lang::Ru,
                    "el" => Lang::El,
                    _ => return Some(Err(format!("line {number}: unknown language [{code}]"))),
                });
                return None;
            }
        }
        Some(match lang {
            Some(lang) => Ok((number, lang, line)),
            None => Err(format!(
                "line {number}: phrase before any [en]/[ru]/[el] header"
            )),
        })
    })
}

/// `{name} = body` → (name, body).
fn definition(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix('{')?;
    let (name, rest) = rest.split_once('}')?;
    let body = rest.trim_start().strip_prefix('=')?;
    (body.starts_with(char::is_whitespace) && is_name(name)).then(|| (name, body.trim()))
}

fn is_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

/// A pattern as parsed.
#[derive(Debug, Clone)]
enum Node {
    Word(Tok),
    Seq(Vec<Node>),
    Alt(Vec<Node>),
    Opt(Box<Node>),
    Gap(u8),
    Start,
    End,
}

/// A pattern line: the phrase and its guards.
struct Pattern {
    body: Node,
    before: Option<Node>,
    after: Option<Node>,
}

/// What the parser reads next.
#[derive(Debug, Clone, PartialEq)]
enum Token<'a> {
    Open,
    Close,
    OpenOpt,
    CloseOpt,
    Bar,
    Not,
    Class(&'a str),
    Start,
    End,
    Gap(u8),
    Either(u8),
    Literal(&'a str),
}

fn tokenize(text: &str) -> Result<Vec<Token<'_>>, String> {
    let mut tokens = Vec::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let one = |t| (t, c.len_utf8());
        let (token, used) = match c {
            c if c.is_whitespace() => {
                rest = &rest[c.len_utf8()..];
                continue;
            }
            '(' => one(Token::Open),
            ')' => one(Token::Close),
            '[' => one(Token::OpenOpt),
            ']' => one(Token::CloseOpt),
            '|' => one(Token::Bar),
            '!' => one(Token::Not),
            '^' => one(Token::Start),
            '$' => one(Token::End),
            '{' => {
                let end = rest
                    .find('}')
                    .ok_or_else(|| format!("unclosed {{ in {text:?}"))?;
                (Token::Class(&rest[1..end]), end + 1)
            }
            '~' | '&' => {
                let digits = rest[1..]
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(rest.len() - 1);
                let n = if digits == 0 {
                    DEFAULT_GAP
                } else {
                    rest[1..1 + digits]
                        .parse()
                        .map_err(|_| format!("gap too long in {text:?}"))?
                };
                let token = if c == '~' {
                    Token::Gap(n)
                } else {
                    Token::Either(n)
                };
                (token, 1 + digits)
            }
            _ => {
                let end = rest
                    .find(|c: char| c.is_whitespace() || "()[]|!{}~&^$".contains(c))
                    .unwrap_or(rest.len());
                (Token::Literal(&rest[..end]), end)
            }
        };
        tokens.push(token);
        rest = &rest[used..];
    }
    Ok(tokens)
}

/// A recursive-descent parser over one line's tokens.
struct Parser<'a> {
    tokens: Vec<Token<'a>>,
    at: usize,
    lang: Lang,
    definitions: &'a Definitions,
    /// Classes being expanded, to catch a class that contains itself.
    expanding: Vec<String>,
    /// The gap of the line's `&`.
    either_gap: u8,
    text: &'a str,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str, lang: Lang, definitions: &'a Definitions) -> Parser<'a> {
        Parser {
            tokens: Vec::new(),
            at: 0,
            lang,
            definitions,
            expanding: Vec::new(),
            either_gap: DEFAULT_GAP,
            text,
        }
    }

    fn peek(&self) -> Option<&Token<'a>> {
        self.tokens.get(self.at)
    }

    fn pattern(mut self) -> Result<Pattern, String> {
        self.tokens = tokenize(self.text)?;
        let before = if self.peek() == Some(&Token::Not) {
            self.at += 1;
            Some(self.atom()?)
        } else {
            None
        };
        let mut body = self.sequence(true)?;
        let mut after = None;
        if self.peek() == Some(&Token::Not) {
            self.at += 1;
            after = Some(self.atom()?);
        }
        if let Some(t) = self.peek() {
            return Err(format!("unexpected {t:?} in {:?}", self.text));
        }
        if let Node::Seq(items) = &body {
            if items.is_empty() {
                return Err(format!("phrase {:?} has no words", self.text));
            }
        }
        // `left & right`: either order.
        if let Node::Seq(items) = &mut body {
            if let Some(at) = items
                .iter()
                .position(|n| matches!(n, Node::Alt(a) if a.is_empty()))
            {
                let Node::Alt(_) = items.remove(at) else {
                    unreachable!()
                };
                let n = self.either_gap;
                let right = items.split_off(at);
                let left = std::mem::take(items);
                if left.is_empty() || right.is_empty() {
                    return Err(format!("& needs words on both sides in {:?}", self.text));
                }
                body = Node::Alt(vec![
                    Node::Seq([left.clone(), vec![Node::Gap(n)], right.clone()].concat()),
                    Node::Seq([right, vec![Node::Gap(n)], left].concat()),
                ]);
            }
        }
        Ok(Pattern {
            body,
            before,
            after,
        })
    }

    /// Items up to `)`, `]`, `|`, a trailing `!guard` or the end.
    fn sequence(&mut self, top: bool) -> Result<Node, String> {
        let mut items = Vec::new();
        let mut either_seen = false;
        while let Some(token) = self.peek().cloned() {
            match token {
                Token::Close | Token::CloseOpt | Token::Bar => break,
                Token::Not if top => break,
                Token::Gap(n) => {
                    self.at += 1;
                    items.push(Node::Gap(n));
                }
                Token::Start => {
                    self.at += 1;
                    items.push(Node::Start);
                }
                Token::End => {
                    self.at += 1;
                    items.push(Node::End);
                }
                Token::Either(n) => {
                    if !top || either_seen {
                        return Err(format!(
                            "& may appear once, outside brackets, in {:?}",
                            self.text
                        ));
                    }
                    either_seen = true;
                    self.either_gap = n;
                    self.at += 1;
                    // An empty alternative marks the place; see `pattern`.
                    items.push(Node::Alt(Vec::new()));
                }
                _ => items.push(self.atom()?),
            }
        }
        Ok(Node::Seq(items))
    }

    fn atom(&mut self) -> Result<Node, String> {
        let token = self
            .peek()
            .cloned()
            .ok_or_else(|| format!("{:?} ends too early", self.text))?;
        self.at += 1;
        match token {
            Token::Open => {
                let alt = self.alternatives()?;
                self.expect(Token::Close)?;
                Ok(alt)
            }
            Token::OpenOpt => {
                let alt = self.alternatives()?;
                self.expect(Token::CloseOpt)?;
                Ok(Node::Opt(Box::new(alt)))
            }
            Token::Class(name) => self.class(name),
            Token::Literal(text) => literal(text),
            other => Err(format!("unexpected {other:?} in {:?}", self.text)),
        }
    }

    fn alternatives(&mut self) -> Result<Node, String> {
        // A one-word alternative is the word itself, so that "(a|b|c)"
        // compiles to one set of words.
        let single = |node: Node| match node {
            Node::Seq(mut items) if items.len() == 1 => items.pop().unwrap(),
            other => other,
        };
        let mut alts = vec![single(self.sequence(false)?)];
        while self.peek() == Some(&Token::Bar) {
            self.at += 1;
            alts.push(single(self.sequence(false)?));
        }
        if alts
            .iter()
            .any(|a| matches!(a, Node::Seq(items) if items.is_empty()))
        {
            return Err(format!("empty alternative in {:?}", self.text));
        }
        Ok(if alts.len() == 1 {
            alts.pop().unwrap()
        } else {
            Node::Alt(alts)
        })
    }

    fn expect(&mut self, token: Token) -> Result<(), String> {
        if self.peek() == Some(&token) {
            self.at += 1;
            Ok(())
        } else {
            Err(format!("expected {token:?} in {:?}", self.text))
        }
    }

    /// `{name}`: the alternatives of the class in this line's language.
    fn class(&mut self, name: &str) -> Result<Node, String> {
        let body = self
            .definitions
            .get(&(self.lang, name.to_string()))
            .ok_or_else(|| format!("unknown class {{{name}}} for [{}]", self.lang.code()))?;
        if self.expanding.iter().any(|n| n == name) || self.expanding.len() > 8 {
            return Err(format!("class {{{name}}} contains itself"));
        }
        let mut inner = Parser::new(body, self.lang, self.definitions);
        inner.expanding = self.expanding.clone();
        inner.expanding.push(name.to_string());
        inner.tokens = tokenize(body)?;
        let node = inner.alternatives()?;
        if inner.peek().is_some() {
            return Err(format!("class {{{name}}}: unexpected text in {body:?}"));
        }
        Ok(node)
    }
}

/// Words written out: `word` (stem), `word*` (prefix), `=word` (exact).
fn literal(text: &str) -> Result<Node, String> {
    let (exact, text) = match text.strip_prefix('=') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let prefix = text.ends_with('*');
    let core = text.trim_end_matches('*');
    if core.contains('*') {
        return Err(format!("* may only end a word, in {text:?}"));
    }
    let words: Vec<_> = split_words(core, 0).collect();
    if words.is_empty() {
        return Err(format!("{text:?} has no words"));
    }
    let last = words.len() - 1;
    let tok = |norm: &str, stem: &str, is_last: bool| {
        if prefix && is_last {
            Tok::Prefix(Cow::Owned(norm.to_string()))
        } else if exact || stem.chars().count() < MIN_STEM {
            // A stem this short says little ("μισώ", "μου" and "μια"
            // all stem to "μ"): the word itself is compared.
            Tok::exact(norm.to_string())
        } else {
            Tok::stem(stem.to_string())
        }
    };
    let nodes = words
        .into_iter()
        .enumerate()
        .map(|(i, w)| {
            let written = Node::Word(tok(w.norm.as_str(), w.stem.as_str(), i == last));
            // A contraction typed without its apostrophe ("dont", "youre",
            // "im") is the same word.
            match contraction_without_apostrophe(w.norm.as_str()) {
                Some(bare) => match split_words(&bare, 0).next() {
                    Some(b) if b.norm.as_str() == bare => Node::Alt(vec![
                        written,
                        Node::Word(tok(b.norm.as_str(), b.stem.as_str(), i == last)),
                    ]),
                    _ => written,
                },
                None => written,
            }
        })
        .collect::<Vec<_>>();
    Ok(if nodes.len() == 1 {
        nodes.into_iter().next().unwrap()
    } else {
        Node::Seq(nodes)
    })
}

/// An English contraction ("don't", "you're", "I'm", "that's") written
/// without its apostrophe, unless that spelling is another word ("we're" is
/// not "were", "it's" is not "its", "we'll" is not "well").
fn contraction_without_apostrophe(norm: &str) -> Option<String> {
    /// Bare spellings that are words of their own.
    const OTHER_WORDS: &[&str] = &[
        "were", "its", "well", "ill", "hell", "shell", "wed", "id", "hed", "shed", "lets",
    ];
    /// Words whose "'s" is "is" or "has", not a possessive.
    const IS_BEFORE: &[&str] = &[
        "that", "what", "he", "she", "there", "here", "who", "where", "how",
    ];
    let (head, tail) = norm.split_once('\'')?;
    if head.is_empty() || tail.contains('\'') || !head.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let contraction = matches!(tail, "t" | "m" | "re" | "ve" | "ll" | "d")
        || (tail == "s" && IS_BEFORE.contains(&head));
    let bare = format!("{head}{tail}");
    (contraction && !OTHER_WORDS.contains(&bare.as_str())).then_some(bare)
}

fn guard_program(node: Option<&Node>) -> Vec<Inst> {
    let Some(node) = node else {
        return Vec::new();
    };
    let mut program = Vec::new();
    emit(node, &mut program);
    program.push(Inst::Match);
    program
}

/// Appends the instructions of `node` to `program`.
fn emit(node: &Node, program: &mut Vec<Inst>) {
    let here = |program: &Vec<Inst>| program.len() as u16;
    match node {
        Node::Word(tok) => program.push(Inst::word(tok.clone())),
        Node::Gap(n) => program.push(Inst::Gap(*n)),
        Node::Start => program.push(Inst::Start),
        Node::End => program.push(Inst::End),
        Node::Seq(items) => items.iter().for_each(|n| emit(n, program)),
        Node::Opt(inner) => {
            let split = program.len();
            program.push(Inst::Split(0, 0));
            emit(inner, program);
            program[split] = Inst::Split(split as u16 + 1, here(program));
        }
        Node::Alt(alts) if alts.iter().all(|a| matches!(a, Node::Word(_))) => {
            let toks: Vec<Tok> = alts
                .iter()
                .map(|a| match a {
                    Node::Word(tok) => tok.clone(),
                    _ => unreachable!(),
                })
                .collect();
            program.push(Inst::set(WordSet::new(toks)));
        }
        Node::Alt(alts) => {
            if let Some(firsts) = alts
                .iter()
                .map(first_tokens)
                .collect::<Option<Vec<Vec<Tok>>>>()
                .map(|f| f.concat())
            {
                program.push(Inst::peek(PeekSet::of(WordSet::new(firsts))));
            }
            // The one-word alternatives are one branch, a set: "(i|we|i've|
            // i am|we are)" tries three branches, not five, at each place
            // it is tried (longest match wins, so the order is free).
            let (single, multi): (Vec<&Node>, Vec<&Node>) =
                alts.iter().partition(|a| matches!(a, Node::Word(_)));
            let grouped;
            let alts: Vec<&Node> = if single.len() > 1 {
                grouped = Node::Alt(single.into_iter().cloned().collect());
                std::iter::once(&grouped).chain(multi).collect()
            } else {
                alts.iter().collect()
            };
            let mut jumps = Vec::new();
            for (i, alt) in alts.iter().enumerate() {
                if i + 1 == alts.len() {
                    emit(alt, program);
                } else {
                    let split = program.len();
                    program.push(Inst::Split(0, 0));
                    emit(alt, program);
                    jumps.push(program.len());
                    program.push(Inst::Jump(0));
                    program[split] = Inst::Split(split as u16 + 1, here(program));
                }
            }
            let end = here(program);
            for j in jumps {
                program[j] = Inst::Jump(end);
            }
        }
    }
}

/// The words `node` must start with, when it must start with a word.
fn first_tokens(node: &Node) -> Option<Vec<Tok>> {
    match node {
        Node::Word(tok) => Some(vec![tok.clone()]),
        Node::Seq(items) => items.first().and_then(first_tokens),
        Node::Alt(alts) => alts
            .iter()
            .map(first_tokens)
            .collect::<Option<Vec<_>>>()
            .map(|f| f.concat()),
        Node::Opt(_) | Node::Gap(_) | Node::Start | Node::End => None,
    }
}

/// Sets of at most this many words are put in order in place, word by
/// word; most sets are this small, and start-up orders thousands of them.
const SMALL_SET: usize = 16;

/// Puts words in the order of a [`Inst::Set`] (see [`set_order`]); words
/// that order alike keep the order they were in.
pub fn order_set(toks: &mut [Tok]) {
    if toks.len() > SMALL_SET {
        crate::sort::sort_by(toks, |a, b| set_order(a).cmp(&set_order(b)));
        return;
    }
    // Insertion: each word moves left past the words that order after it,
    // never past an equal one, so the order is the stable sort's.
    for end in 1..toks.len() {
        let mut at = end;
        while at > 0 && set_order(&toks[at - 1]) > set_order(&toks[at]) {
            toks.swap(at - 1, at);
            at -= 1;
        }
    }
}

/// Where a word goes in a [`Inst::Set`]: stems, then exact words, each by
/// hash, then prefixes in alphabetical order.
pub fn set_order(tok: &Tok) -> (u8, u64, &str) {
    match tok {
        Tok::Stem(_, h) => (0, *h, ""),
        Tok::Exact(_, h) => (1, *h, ""),
        Tok::Prefix(p) => (2, 0, p),
    }
}

/// The words a program can start with. Errors when it can start with a gap
/// or match no word at all.
pub fn first_words(program: &[Inst]) -> Result<Vec<&Tok>, String> {
    let mut found = Vec::new();
    for_each_first_word(program, &mut Walk::default(), |tok| found.push(tok))?;
    Ok(found)
}

/// Scratch space of [`for_each_first_word`], kept from program to program
/// (start-up walks thousands of them).
#[derive(Debug, Default)]
pub struct Walk {
    seen: Vec<bool>,
    stack: Vec<usize>,
}

/// Calls `found` on each word `program` can start with, as
/// [`first_words`] lists them.
pub fn for_each_first_word<'p>(
    program: &'p [Inst],
    walk: &mut Walk,
    found: impl FnMut(&'p Tok),
) -> Result<(), String> {
    for_each_first_word_from(program, 0, walk, found)
}

/// Calls `found` on each word `program` can go on with from instruction
/// `from`: the first words of what follows a `Peek` at `from - 1`.
pub fn for_each_first_word_from<'p>(
    program: &'p [Inst],
    from: usize,
    walk: &mut Walk,
    mut found: impl FnMut(&'p Tok),
) -> Result<(), String> {
    walk.seen.clear();
    walk.seen.resize(program.len(), false);
    walk.stack.clear();
    walk.stack.push(from);
    while let Some(pc) = walk.stack.pop() {
        if std::mem::replace(&mut walk.seen[pc], true) {
            continue;
        }
        match &program[pc] {
            Inst::Word(tok) => found(tok),
            Inst::Set(set) => set.toks.iter().for_each(&mut found),
            Inst::Split(a, b) => walk.stack.extend([*b as usize, *a as usize]),
            Inst::Jump(to) => walk.stack.push(*to as usize),
            Inst::Start | Inst::End | Inst::Peek(_) => walk.stack.push(pc + 1),
            Inst::Gap(_) => return Err("a phrase may not start with a gap".into()),
            Inst::Match => return Err("a phrase may not match no words".into()),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_broken_lines() {
        for (source, error) in [
            ("hello\n", "line 1"),
            ("[en]\nab (cd\n", "line 2"),
            ("[en]\na*b\n", "only end"),
            ("[de]\nhallo\n", "[de]"),
            ("[en]\n{nosuch} day\n", "unknown class"),
            ("[en]\n(a | b\n", "expected Close"),
            ("[en]\n~ a\n", "start with a gap"),
            ("[en]\n[a]\n", "no words"),
            ("[en]\na & b & c\n", "once"),
            ("[en]\n{x} = {x} a\nfoo {x}\n", "contains itself"),
        ] {
            let found = compile(source).map(|_| ()).unwrap_err();
            assert!(found.contains(error), "{source:?}: {found}");
        }
    }

    #[test]
    fn local_classes_override_shared_ones() {
        let phrases = compile_with(
            "[en]\n{late} = slow | late\nsorry for the {late} reply\n",
            "[en]\n{late} = tardy\n",
        )
        .unwrap();
        assert_eq!(phrases.len(), 1);
        assert!(phrases[0]
            .program
            .iter()
            .any(|i| matches!(i, Inst::Set(set) if set.toks.contains(&Tok::stem("slow".into())))));
    }
}
