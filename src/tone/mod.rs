//! One judgement of a letter's tone from all the evidence.
//!
//! Each sign of agitation is found where it is — capitals, repeated marks,
//! charged words, rebukes, rhetorical questions, counting ("for the third
//! time"), blame, sarcasm, demands, insults and profanity — with its span.
//! A weight for each kind of sign (fitted on labelled real texts by `make
//! calibrate`, see [`weights`]) turns the counts into a score; the letter is
//! agitated when the score is positive. Rebukes, insults and profanity are
//! decisive on their own. Friendly words count against agitation, and
//! charged words in a sentence that apologises or acknowledges the reader's
//! feelings ("I feel terrible about it", "понимаю ваше возмущение") are not
//! evidence at all.
//!
//! The four tone rules (`shouting`, `emotional-tone`, `indignation`,
//! `insult`) each show the evidence of their own kinds, when the letter is
//! agitated (`insult` always); `ignores-emotion` asks whether the message
//! being answered was.

pub mod asides;
pub mod capitals;
pub mod irony;
pub mod jokes;
pub mod profanity;
pub mod questions;
pub mod quotations;
mod thrown_back;
pub mod weights;
pub mod wording;
mod wording_weights;

use crate::context::Context;
use crate::finding::Field;
use crate::phrases::{merge_overlapping, PhraseList, PhraseMatch, Spanned};
use crate::words::TextView;
use capitals::{Capitals, CapitalsKind};
use std::ops::Range;
use std::sync::OnceLock;

/// A kind of evidence of agitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A phrase in capitals ("WE HAVE ALREADY ANSWERED THIS").
    Capitals,
    /// One or two words in capitals for emphasis ("THREE TIMES").
    Emphasis,
    /// Repeated marks: "!!", "?!", "???".
    Marks,
    /// An emotionally charged word ("nonsense", "a disaster",
    /// "возмутительно").
    Charged,
    /// A word of outrage or contempt that is unmistakable ("disgusting",
    /// "unacceptable", "the worst … ever"): a charged word that weighs more.
    Outrage,
    /// A rhetorical question ("how could you", "с какой стати").
    Rhetorical,
    /// Counting the reader's failures ("for the third time", "опять").
    Counting,
    /// Blaming the reader ("it's your fault", "вы сами виноваты").
    Blame,
    /// Sarcasm ("great job, genius", "спасибо, что соизволили").
    Sarcasm,
    /// The reader's own words thrown back in quotation marks: "the fourth
    /// "firm" date you've given us", "ваше «оплатим завтра»", "ο
    /// «τεχνικός» σας". Weaker than sarcasm: a letter may cite the reader.
    Quoting,
    /// A demand or an ultimatum ("sort it out", "имейте совесть").
    Demand,
    /// The sentences that weigh most in a letter whose wording as a whole
    /// is that of an angry letter, where no listed sign decided (see
    /// [`wording`]).
    Wording,
    /// A rebuke of the reader ("how dare you"): decisive.
    Rebuke,
    /// An insult or profanity, open or masked: decisive.
    Insult,
}

impl Kind {
    /// The rule that shows evidence of this kind.
    pub fn rule(self) -> &'static str {
        match self {
            Kind::Capitals | Kind::Emphasis | Kind::Marks => "shouting",
            Kind::Charged
            | Kind::Outrage
            | Kind::Sarcasm
            | Kind::Quoting
            | Kind::Demand
            | Kind::Wording => "emotional-tone",
            Kind::Rhetorical | Kind::Counting | Kind::Blame | Kind::Rebuke => "indignation",
            Kind::Insult => "insult",
        }
    }

    /// True when evidence of this kind is in the words, not in how they
    /// are typed (capitals, emphasis, repeated marks).
    pub fn is_in_words(self) -> bool {
        !matches!(self, Kind::Capitals | Kind::Emphasis | Kind::Marks)
    }

    /// True when one piece of evidence of this kind makes a letter agitated.
    pub fn is_decisive(self) -> bool {
        matches!(self, Kind::Rebuke | Kind::Insult)
    }
}

/// The features the score is computed from, in the order of
/// [`weights::WEIGHTS`]: the count of each graded kind (at most
/// [`MAX_COUNT`]), the sentences where such a sign is aimed at the reader
/// ("you", "вы", "σας", or a verb that can only address them: "запишите",
/// "στείλατε"), friendly and promotional words, the letter's length, and
/// the count of the reader's words thrown back in quotation marks.
pub const FEATURES: [&str; 14] = [
    "capitals",
    "emphasis",
    "marks",
    "charged",
    "outrage",
    "rhetorical",
    "counting",
    "blame",
    "sarcasm",
    "demand",
    "addressed",
    "friendly",
    "length",
    "quoting",
];

/// Words that address the reader, normalised ("u" and "ur" are read as
/// "you" and "your": `normalize::written_in_full`).
const SECOND_PERSON: &[&str] = &[
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "you're",
    "you've",
    "you'll",
    "you'd",
    "youre",
    "youve",
    "ya",
    "y'all",
    "вы",
    "вас",
    "вам",
    "вами",
    "ваш",
    "ваша",
    "ваше",
    "ваши",
    "вашего",
    "вашей",
    "вашему",
    "вашем",
    "вашим",
    "ваших",
    "вашими",
    "вашу",
    "ты",
    "тебя",
    "тебе",
    "тобой",
    "твой",
    "твоя",
    "твое",
    "твои",
    "твоего",
    "твоей",
    "твоему",
    "твоем",
    "твоим",
    "твоих",
    "твоими",
    "твою",
    "εσυ",
    "εσεισ",
    "εσασ",
    "εσενα",
    "σασ",
    "σου",
    "ειστε",
    "εισαι",
    "εχετε",
    "εχεισ",
];

/// Endings of Greek verbs in the second person plural, normalised
/// ("στείλατε", "μπορείτε", "σκεφτόσασταν", "απαντήστε"): Greek drops the
/// pronoun, so the verb alone addresses the reader.
const GREEK_YOU_PLURAL: &[&str] = &[
    "ετε",
    "ατε",
    "ειτε",
    "αστε",
    "ηστε",
    "ιστε",
    "ασταν",
    "ουστε",
];

/// Particles that put a Greek verb after them ("να", "θα", "δεν", "μην").
const GREEK_VERB_PARTICLES: &[&str] = &["να", "θα", "δεν", "μην"];

/// Greek words in "-εις" (normalised) that are no verb: "τρεις",
/// adjectives ("ακριβείς ημερομηνίες", "διεθνείς", "πλήρεις"), "γονείς".
const GREEK_NOT_VERBS_IN_EIS: &[&str] = &[
    "τρεισ",
    "ακριβεισ",
    "διεθνεισ",
    "πληρεισ",
    "συνεχεισ",
    "επαρκεισ",
    "ανεπαρκεισ",
    "ελλιπεισ",
    "σαφεισ",
    "ασαφεισ",
    "ασφαλεισ",
    "αληθεισ",
    "ευγενεισ",
    "λεπτομερεισ",
    "εκτενεισ",
    "υγιεισ",
    "συγγενεισ",
    "γονεισ",
];

/// True when a Greek word (normalised, `before` the word before it) is a
/// verb in the second person singular, which addresses one reader without
/// a pronoun ("ξέρεις", "θέλεις", "να παραδώσεις"): it ends in "-εις",
/// and follows "να", "θα", "δεν" or "μην", or else is neither a noun in
/// "-σεις", "-ξεις", "-ψεις" ("σχέσεις", "πράξεις", "απόψεις") nor an
/// adjective ([`GREEK_NOT_VERBS_IN_EIS`]).
fn is_greek_verb_to_one_reader(norm: &str, before: Option<&str>) -> bool {
    let Some(stem) = norm.strip_suffix("εισ") else {
        return false;
    };
    if before.is_some_and(|b| GREEK_VERB_PARTICLES.contains(&b)) {
        return true;
    }
    !stem.ends_with(['σ', 'ξ', 'ψ']) && !GREEK_NOT_VERBS_IN_EIS.contains(&norm)
}

/// Endings of Russian imperatives in the plural ("запишите", "делайте",
/// "оставьте"), which address the reader without "вы".
const RUSSIAN_IMPERATIVE_PLURAL: &[&str] = &["ите", "йте", "ьте"];

/// Words that ask something of the reader wherever they stand ("fix it
/// pls").
const ENGLISH_ASKING: &[&str] = &["please", "pls", "plz", "plse"];

/// English verbs that, opening a sentence, can only be an order to the
/// reader ("Refund it today", "Stop sending me texts", "Sort it out").
const ENGLISH_IMPERATIVES: &[&str] = &[
    "fix", "sort", "refund", "answer", "reply", "respond", "stop", "give", "send", "explain",
    "tell", "pay", "cancel", "do", "get", "learn", "try", "read", "check", "listen",
];

/// Words of courtesy that, beside [`ENGLISH_ASKING`], make an order a
/// request, normalised.
const COURTESY: &[&str] = &[
    "kindly",
    "пожалуйста",
    "плиз",
    "прошу",
    "просим",
    "παρακαλω",
    "παρακαλουμε",
];

/// True when the word (normalised) is a word of courtesy.
fn is_courtesy(norm: &str) -> bool {
    ENGLISH_ASKING.contains(&norm) || COURTESY.contains(&norm)
}

/// True when one of the words `words` of `view` is a word of courtesy.
fn is_courteous(view: &TextView, words: &Range<usize>) -> bool {
    view.words[words.clone()]
        .iter()
        .any(|word| is_courtesy(&word.norm))
}

/// Prepositions after which a word in "-е" is a noun ("на сайте", "в
/// лимите"), not a verb.
const RUSSIAN_PREPOSITIONS: &[&str] = &["в", "во", "на", "о", "об", "обо", "при", "по"];

/// True when the word (normalised; `before` is the word before it in the
/// same sentence) addresses the reader: a second-person pronoun, or a verb
/// form that can only address them.
fn addresses_the_reader(norm: &str, before: Option<&str>) -> bool {
    // Asked of every word of a letter with a sign: the words' hashes,
    // sorted, are searched first, not the list scanned.
    static HASHES: OnceLock<Vec<u64>> = OnceLock::new();
    let hashes = HASHES.get_or_init(|| {
        let mut hashes: Vec<u64> = SECOND_PERSON
            .iter()
            .map(|w| crate::words::hash(w.as_bytes()))
            .collect();
        crate::sort::sort(&mut hashes);
        hashes
    });
    let hash = crate::words::hash(norm.as_bytes());
    if hashes.binary_search(&hash).is_ok() && SECOND_PERSON.contains(&norm) {
        return true;
    }
    if ENGLISH_ASKING.contains(&norm) || (before.is_none() && ENGLISH_IMPERATIVES.contains(&norm)) {
        return true;
    }
    // The cheap tests first: most words end in none of the endings.
    let long = || norm.chars().count() >= 5;
    let greek = norm.starts_with(|c: char| ('\u{0370}'..='\u{03ff}').contains(&c));
    if greek {
        return long()
            && (GREEK_YOU_PLURAL.iter().any(|e| norm.ends_with(e))
                || is_greek_verb_to_one_reader(norm, before));
    }
    if !RUSSIAN_IMPERATIVE_PLURAL.iter().any(|e| norm.ends_with(e)) || !long() {
        return false;
    }
    // A noun or adjective in the prepositional case comes after a
    // preposition or an adjective ("в нашем ответе").
    let after_noun_phrase = before.is_some_and(|b| {
        RUSSIAN_PREPOSITIONS.contains(&b)
            || b.ends_with("ом")
            || b.ends_with("ем")
            || b.ends_with("ой")
    });
    !after_noun_phrase
}

/// A kind counts at most this many times.
pub const MAX_COUNT: f32 = 3.0;

/// Letters up to this many words are scored as short ones.
const SHORT_WORDS: f32 = 50.0;

/// One sign of agitation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    /// What it is.
    pub kind: Kind,
    /// The field it is in.
    pub field: Field,
    /// Byte range in the field's text.
    pub range: Range<usize>,
    /// A calmer replacement, where there is an obvious one.
    pub suggestion: Option<String>,
}

impl Spanned for Evidence {
    fn range(&self) -> &Range<usize> {
        &self.range
    }
    fn range_mut(&mut self) -> &mut Range<usize> {
        &mut self.range
    }
}

/// The tone of one text.
#[derive(Debug, Clone, Default)]
pub struct Judgement {
    /// Every sign found, in field and text order.
    pub evidence: Vec<Evidence>,
    /// The feature values (see [`FEATURES`]).
    pub features: [f32; FEATURES.len()],
    /// The weighted sum; positive means agitated.
    pub score: f32,
    /// True when the text is agitated: its score is positive, a sign is
    /// decisive, two signs (one in words) stand in a letter of a client
    /// letter's length ([`crate::config::DEFAULT_MAX_WORDS`] words at
    /// most), or the wording model says so.
    pub agitated: bool,
    /// True when the text apologises, sympathises or reproaches itself
    /// (`src/tone/soothing.txt`).
    pub soothes: bool,
    /// The score of the wording model ([`wording`]; above zero: the wording
    /// of an angry letter), where it was asked: when the signs alone did
    /// not make the text agitated, and not in a mailing.
    pub wording: Option<i32>,
}

/// True when the evidence holds a reproach shouted whole: a run of
/// capitals closed right after by repeated marks that make it a shouted
/// question or denial ([`capitals::is_shouted_reproach`]).
fn shouts_a_reproach(parts: &[Part], evidence: &[Evidence]) -> bool {
    evidence
        .iter()
        .filter(|e| e.kind == Kind::Capitals)
        .any(|run| {
            let Some(part) = parts.iter().find(|p| p.field == run.field) else {
                return false;
            };
            evidence
                .iter()
                .filter(|m| m.kind == Kind::Marks && m.field == run.field)
                .any(|m| {
                    capitals::is_shouted_reproach(part.text, run.range.clone(), m.range.clone())
                })
        })
}

impl Judgement {
    /// Each sign as its kind and the words it points at
    /// (`Charged "απάτη"`): how the calibration report and the tests name
    /// the signs of a text.
    pub fn describe_signs(&self, ctx: &Context) -> Vec<String> {
        self.evidence
            .iter()
            .map(|e| {
                format!(
                    "{:?} {:?}",
                    e.kind,
                    &ctx.field_text(e.field)[e.range.clone()]
                )
            })
            .collect()
    }

    /// The evidence a rule shows.
    pub fn evidence_for<'a>(&'a self, rule: &'a str) -> impl Iterator<Item = &'a Evidence> + 'a {
        self.evidence.iter().filter(move |e| e.kind.rule() == rule)
    }

    /// The judgement of a draft's own text and subject (a reply's subject
    /// only beside a sign of the own text), worked out once per check.
    pub fn of<'c>(ctx: &'c Context) -> &'c Judgement {
        ctx.tone.get_or_init(|| {
            let own = ctx.layout.own_ranges_without_signature();
            let whole_subject = 0..ctx.draft.subject.len();
            let own_as_written = ctx.own.read_as_typed_in_latin(&ctx.body);
            let parts = [
                Part {
                    field: Field::Subject,
                    text: &ctx.draft.subject,
                    view: &ctx.subject,
                    ranges: std::slice::from_ref(&whole_subject),
                },
                Part {
                    field: Field::Body,
                    text: &ctx.body,
                    view: own_as_written.as_ref().unwrap_or(&ctx.own),
                    ranges: &own,
                },
            ];
            // A mailing's capitals and "!!!" are its typography (headlines,
            // offers), not a voice raised at a person.
            let reading = Reading {
                typography: !crate::rules::spans::is_bulk(ctx),
                letter: is_read_as_letter(ctx),
                form: has_unfilled_field(ctx, &own),
            };
            // Each part is read once (the body is most of the work).
            let judge = ToneJudge::shared();
            let mut evidence = Vec::new();
            let mut read = |part| judge.evidence_in(part, reading.typography, &mut evidence);
            let signs = [read(&parts[0]), read(&parts[1])];
            // The subject of a reply or a forward is the thread's, often
            // the reader's words ("Re: … это издевательство"): it is read
            // only beside a sign of the writer's own text (the body's or,
            // when it has none, its wording's).
            if evidence.iter().all(|e| e.field == Field::Subject)
                && crate::subject::is_reply_or_forward(&ctx.draft.subject)
            {
                let own = judge.weigh(&parts[1..], Vec::new(), &signs[1..], reading);
                if own.evidence.is_empty() {
                    return own;
                }
            }
            judge.weigh(&parts, evidence, &signs, reading)
        })
    }
}

/// True when the author's text reads as a letter: laid out as one (a
/// greeting, a name signed alone, or three lines or more) or opening
/// with the name of one of its readers ("Peter, the report is late
/// again…"), which addresses a person as a greeting line does, even in a
/// text typed as one paragraph.
pub fn is_read_as_letter(ctx: &Context) -> bool {
    let readers = ctx.recipients.iter().filter(|r| r.field != Field::Bcc);
    ctx.layout.is_laid_out_as_letter(&ctx.body)
        || crate::rules::names::NameMatcher::shared().own_text_opens_with_name(ctx, readers)
}

/// True when the author's text (`own`, ranges of the body) or the subject
/// has an unfilled template field in braces, brackets or a merge tag: a
/// form written once for many readers. (Not a run of X's, which stands for
/// a redaction or a masked number as often as for a field.)
fn has_unfilled_field(ctx: &Context, own: &[Range<usize>]) -> bool {
    static FIELDS: std::sync::OnceLock<crate::rules::template_placeholder::TemplatePlaceholder> =
        std::sync::OnceLock::new();
    let fields = FIELDS.get_or_init(crate::rules::template_placeholder::TemplatePlaceholder::new);
    let subject = &ctx.draft.subject;
    fields.marked_fields(&ctx.body, own).next().is_some()
        || fields
            .marked_fields(subject, std::slice::from_ref(&(0..subject.len())))
            .next()
            .is_some()
}

/// How a text is read besides its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    /// Capitals and repeated marks are read: false for a mailing, whose
    /// capitals and "!!!" are its typography.
    pub typography: bool,
    /// The author's text is laid out as a letter (a greeting, a name
    /// signed alone, three lines or more, or an opening with a reader's
    /// name): its wording is weighed against calm letters
    /// ([`wording::Weights::bias_letter`]).
    pub letter: bool,
    /// The text has an unfilled template field: a form, whose wording as
    /// a whole is not weighed (its listed signs still are).
    pub form: bool,
}

/// A text to judge: its words and the ranges of it that are the author's.
pub struct Part<'a> {
    /// The field its offsets are in.
    pub field: Field,
    /// The field's text.
    pub text: &'a str,
    /// Its words.
    pub view: &'a TextView,
    /// Byte ranges of `text` to look at for marks.
    pub ranges: &'a [Range<usize>],
}

/// What a phrase of the judgement's word lists stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// A sign of agitation of this kind.
    Sign(Kind),
    /// A sign of this kind that names the reader's whole side and so,
    /// unlike the others, does not make its sentence one aimed at them: it
    /// counts with company only.
    NamesTheReader(Kind),
    /// A sign of this kind only in a sentence that addresses the reader: a
    /// strongly negative word ("cruel", "betrayed") says nothing of the
    /// author's tone where it tells of a storm or a bug.
    SaidToTheReader(Kind),
    /// A sign of this kind only in a question to the reader: "even" makes
    /// "did you even read it?" rhetorical, not "even so".
    AskedOfTheReader(Kind),
    /// A sign of this kind only in a question: "why nobody told us?"
    /// reproaches, "we are asking why nobody told us" does not.
    Asked(Kind),
    /// An order to act at once ("Cancel it now"): a sign of this kind
    /// unless a word of courtesy stands within it ("Cancel it, please,
    /// today").
    Order(Kind),
    /// An apology, sympathy or self-reproach: charged words in its sentence
    /// are not agitation.
    Soothing,
    /// Thanks, congratulations, promotion.
    Friendly,
    /// A use of an insulting word that insults no one ("I felt like an
    /// idiot").
    InsultException,
    /// Words that mark what came before as a joke ("шучу", "just kidding").
    JokeMark,
    /// A threat to go to court or to a regulator: a rebuke, or, named as
    /// what follows an unmet condition, the next step of a formal claim
    /// (a demand).
    LegalThreat,
    /// The hope to settle without court ("рассчитываем договориться").
    HopeToSettle,
    /// Praise or thanks that may be set against a failure ("Excellent
    /// service.").
    IronyPraise,
    /// A failure told plainly ("arrived broken").
    IronyFailure,
    /// A word that sets a problem apart from praise ("but", "однако").
    IronyContrast,
    /// A request or satisfaction that shows praise sincere.
    IronySincere,
    /// A word that takes praise back ("really", "πράγματι").
    IronyMarker,
    /// Praise or thanks for speed ("thanks for the quick reply").
    IronySpeed,
    /// A time told ("nineteen days").
    IronyDuration,
    /// Praise that may close a sentence ("…, brilliant.", "Браво.").
    IronyClosing,
    /// Thanks or a compliment that regret may take back ("Thanks for
    /// the update.").
    IronyThanks,
    /// Regret that opens a sentence ("Shame it's late", "Жаль, что…").
    IronyRegret,
    /// Praise or a service, sarcastic when in scare quotes (`your
    /// "support"`).
    ScareQuotable,
    /// Thanks for something, sarcastic when it opens a quotation in lower
    /// case ("Thanks for the "tiny tweak"").
    ThankedFor,
    /// Mock wonder or "if this is", sarcastic before the reader's words
    /// thrown back in its sentence ("Interesting how the "quick fix"…").
    QuoteOpener,
    /// Meaning in the past, sarcastic right after the reader's words thrown
    /// back ("So "two weeks" meant two months").
    QuoteMeant,
}

/// The kind of sentence a conditional sign counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sentence {
    /// One that addresses the reader.
    ToTheReader,
    /// A question that addresses the reader.
    QuestionToTheReader,
    /// A question.
    Question,
}

/// The word lists and detectors of the judgement, prepared once.
pub struct ToneJudge {
    /// Every word list of the judgement as one, matched in one pass.
    words: PhraseList,
    /// For each phrase of `words`, what it stands for.
    roles: Vec<Role>,
    capitals: Capitals,
}

/// The matches of one part, sorted by what they stand for.
#[derive(Default)]
struct Matches {
    signs: Vec<(Kind, Vec<PhraseMatch>)>,
    /// The first words of the signs that name the reader, in text order.
    naming_the_reader: Vec<usize>,
    /// The signs that count only in a sentence of some kind: one that
    /// addresses the reader, asks, or both.
    conditional: Vec<(Kind, Sentence, PhraseMatch)>,
    soothing: Vec<PhraseMatch>,
    friendly: Vec<PhraseMatch>,
    insult_exceptions: Vec<PhraseMatch>,
    joke_marks: Vec<PhraseMatch>,
    legal_threats: Vec<PhraseMatch>,
    hopes_to_settle: bool,
    irony: irony::IronyMatches,
    /// Words sarcastic in scare quotes (`scare_quotes.txt`).
    scare_quotable: Vec<PhraseMatch>,
    /// Thanks for something (`thanked_for.txt`).
    thanked_for: Vec<PhraseMatch>,
    /// Mock wonder and "if this is" (`quote_openers.txt`).
    quote_openers: Vec<PhraseMatch>,
    /// Meaning in the past (`quote_meant.txt`).
    quote_meant: Vec<PhraseMatch>,
}

impl ToneJudge {
    /// The one prepared judge.
    pub fn shared() -> &'static ToneJudge {
        static SHARED: OnceLock<ToneJudge> = OnceLock::new();
        SHARED.get_or_init(ToneJudge::new)
    }

    fn new() -> ToneJudge {
        let friendly_source = crate::phrase_file!("../rules/shouting.friendly.txt");
        let lists: [(Role, &str, &str); 37] = [
            (
                Role::Sign(Kind::Charged),
                "emotional_tone",
                crate::phrase_file!("../rules/emotional_tone.txt"),
            ),
            (
                Role::Sign(Kind::Outrage),
                "emotional_tone.strong",
                crate::phrase_file!("../rules/emotional_tone.strong.txt"),
            ),
            (
                Role::Sign(Kind::Sarcasm),
                "emotional_tone.sarcasm",
                crate::phrase_file!("../rules/emotional_tone.sarcasm.txt"),
            ),
            (
                Role::Sign(Kind::Demand),
                "emotional_tone.demands",
                crate::phrase_file!("../rules/emotional_tone.demands.txt"),
            ),
            (
                Role::Sign(Kind::Rebuke),
                "indignation",
                crate::phrase_file!("../rules/indignation.txt"),
            ),
            (
                Role::LegalThreat,
                "indignation.legal",
                crate::phrase_file!("../rules/indignation.legal.txt"),
            ),
            (
                Role::HopeToSettle,
                "indignation.settle",
                crate::phrase_file!("../rules/indignation.settle.txt"),
            ),
            (
                Role::Sign(Kind::Rhetorical),
                "indignation.rhetorical",
                crate::phrase_file!("../rules/indignation.rhetorical.txt"),
            ),
            (
                Role::Sign(Kind::Counting),
                "indignation.counting",
                crate::phrase_file!("../rules/indignation.counting.txt"),
            ),
            (
                Role::Sign(Kind::Blame),
                "indignation.blame",
                crate::phrase_file!("../rules/indignation.blame.txt"),
            ),
            (
                Role::NamesTheReader(Kind::Blame),
                "indignation.lumping",
                crate::phrase_file!("../rules/indignation.lumping.txt"),
            ),
            (
                Role::Sign(Kind::Insult),
                "insult",
                crate::phrase_file!("../rules/insult.txt"),
            ),
            (
                Role::InsultException,
                "insult.exceptions",
                crate::phrase_file!("../rules/insult.exceptions.txt"),
            ),
            (
                Role::SaidToTheReader(Kind::Charged),
                "negative",
                crate::phrase_file!("negative.txt"),
            ),
            (
                Role::Order(Kind::Demand),
                "orders",
                crate::phrase_file!("orders.txt"),
            ),
            (
                Role::Sign(Kind::Demand),
                "escalation",
                crate::phrase_file!("escalation.txt"),
            ),
            (
                Role::Sign(Kind::Demand),
                "leaving",
                crate::phrase_file!("leaving.txt"),
            ),
            (
                Role::Asked(Kind::Rhetorical),
                "why",
                crate::phrase_file!("why.txt"),
            ),
            (
                Role::Asked(Kind::Rhetorical),
                "who",
                crate::phrase_file!("who.txt"),
            ),
            (
                Role::AskedOfTheReader(Kind::Rhetorical),
                "disbelief",
                crate::phrase_file!("disbelief.txt"),
            ),
            (
                Role::Soothing,
                "soothing",
                crate::phrase_file!("soothing.txt"),
            ),
            (Role::Friendly, "shouting.friendly", friendly_source),
            (Role::JokeMark, "joking", crate::phrase_file!("joking.txt")),
            (
                Role::IronyPraise,
                "irony.praise",
                crate::phrase_file!("irony.praise.txt"),
            ),
            (
                Role::IronyFailure,
                "irony.failure",
                crate::phrase_file!("irony.failure.txt"),
            ),
            (
                Role::IronyContrast,
                "irony.contrast",
                crate::phrase_file!("irony.contrast.txt"),
            ),
            (
                Role::IronySincere,
                "irony.sincere",
                crate::phrase_file!("irony.sincere.txt"),
            ),
            (
                Role::IronyMarker,
                "irony.markers",
                crate::phrase_file!("irony.markers.txt"),
            ),
            (
                Role::IronySpeed,
                "irony.speed",
                crate::phrase_file!("irony.speed.txt"),
            ),
            (
                Role::IronyDuration,
                "irony.durations",
                crate::phrase_file!("irony.durations.txt"),
            ),
            (
                Role::IronyClosing,
                "irony.closing",
                crate::phrase_file!("irony.closing.txt"),
            ),
            (
                Role::IronyThanks,
                "irony.thanks",
                crate::phrase_file!("irony.thanks.txt"),
            ),
            (
                Role::IronyRegret,
                "irony.regret",
                crate::phrase_file!("irony.regret.txt"),
            ),
            (
                Role::ScareQuotable,
                "scare_quotes",
                crate::phrase_file!("scare_quotes.txt"),
            ),
            (
                Role::ThankedFor,
                "thanked_for",
                crate::phrase_file!("thanked_for.txt"),
            ),
            (
                Role::QuoteOpener,
                "quote_openers",
                crate::phrase_file!("quote_openers.txt"),
            ),
            (
                Role::QuoteMeant,
                "quote_meant",
                crate::phrase_file!("quote_meant.txt"),
            ),
        ];
        let sources: Vec<(&str, &str)> = lists
            .iter()
            .map(|&(_, name, source)| (name, source))
            .collect();
        let (words, origin) = PhraseList::merged(&sources);
        ToneJudge {
            words,
            roles: origin.into_iter().map(|list| lists[list].0).collect(),
            capitals: Capitals::new(
                &crate::phrases::builtin_texts(
                    "shouting",
                    crate::phrase_file!("../rules/shouting.txt"),
                ),
                PhraseList::builtin("shouting.friendly", friendly_source),
            ),
        }
    }

    /// Every match of the word lists in `view`, in one pass, sorted by role
    /// and merged where a list's matches overlap (the signs, to which the
    /// judgement adds more, once it has added them all).
    fn matches(&self, view: &TextView) -> Matches {
        let mut m = Matches::default();
        for found in self.words.find_iter(view) {
            let role = self.roles[found.phrase];
            if let Role::NamesTheReader(_) = role {
                m.naming_the_reader.push(found.words.start);
            }
            match role {
                Role::Order(_) if is_courteous(view, &found.words) => {}
                Role::Sign(kind) | Role::NamesTheReader(kind) | Role::Order(kind) => {
                    add_sign(&mut m.signs, kind, found)
                }
                Role::SaidToTheReader(kind) => {
                    m.conditional.push((kind, Sentence::ToTheReader, found))
                }
                Role::AskedOfTheReader(kind) => {
                    m.conditional
                        .push((kind, Sentence::QuestionToTheReader, found))
                }
                Role::Asked(kind) => m.conditional.push((kind, Sentence::Question, found)),
                Role::Soothing => m.soothing.push(found),
                Role::Friendly => m.friendly.push(found),
                Role::InsultException => m.insult_exceptions.push(found),
                Role::JokeMark => m.joke_marks.push(found),
                Role::LegalThreat => m.legal_threats.push(found),
                Role::HopeToSettle => m.hopes_to_settle = true,
                Role::IronyPraise => m.irony.praise.push(found),
                Role::IronyFailure => m.irony.failures.push(found),
                Role::IronyContrast => m.irony.contrasts.push(found),
                Role::IronySincere => m.irony.sincere.push(found),
                Role::IronyMarker => m.irony.markers.push(found),
                Role::IronySpeed => m.irony.speed.push(found),
                Role::IronyDuration => m.irony.durations.push(found),
                Role::IronyClosing => m.irony.closing.push(found),
                Role::IronyThanks => m.irony.thanks.push(found),
                Role::IronyRegret => m.irony.regrets.push(found),
                Role::ScareQuotable => m.scare_quotable.push(found),
                Role::ThankedFor => m.thanked_for.push(found),
                Role::QuoteOpener => m.quote_openers.push(found),
                Role::QuoteMeant => m.quote_meant.push(found),
            }
        }
        m.soothing = merge_overlapping(m.soothing);
        m.friendly = merge_overlapping(m.friendly);
        m.insult_exceptions = merge_overlapping(m.insult_exceptions);
        m
    }

    /// Judges the tone of one part, capitals and marks read, as a text not
    /// laid out as a letter.
    pub fn judge(&self, part: &Part) -> Judgement {
        let reading = Reading {
            typography: true,
            letter: false,
            form: false,
        };
        let mut evidence = Vec::new();
        let signs = self.evidence_in(part, reading.typography, &mut evidence);
        self.weigh(std::slice::from_ref(part), evidence, &[signs], reading)
    }

    /// Judges the tone of `parts` taken together from their `evidence`, in
    /// the order of the parts, and their `signs`, one for each part, as
    /// [`ToneJudge::evidence_in`] read them.
    fn weigh(
        &self,
        parts: &[Part],
        mut evidence: Vec<Evidence>,
        signs: &[PartSigns],
        reading: Reading,
    ) -> Judgement {
        let typography = reading.typography;
        let mut friendly = 0usize;
        let mut words = 0usize;
        let mut addressed = 0usize;
        let mut caps_habit = false;
        let mut soothes = false;
        for (part, signs) in parts.iter().zip(signs) {
            words += part.view.len();
            soothes |= signs.soothes;
            // The subject names the topic or carries the thread's old
            // subject ("Скидка", "Re: Thanks for the quick reply"): its
            // friendly words are not the author's friendliness now.
            if part.field != Field::Subject {
                friendly += signs.friendly;
            }
            addressed += signs.addressed;
            caps_habit |= signs.caps_habit;
        }
        let mut features = [0f32; FEATURES.len()];
        for e in &evidence {
            let slot = match e.kind {
                Kind::Capitals => 0,
                Kind::Emphasis => 1,
                Kind::Marks => 2,
                Kind::Charged => 3,
                Kind::Outrage => 4,
                Kind::Rhetorical => 5,
                Kind::Counting => 6,
                Kind::Blame => 7,
                Kind::Sarcasm => 8,
                Kind::Demand => 9,
                Kind::Quoting => 13,
                Kind::Rebuke | Kind::Insult | Kind::Wording => continue,
            };
            features[slot] = (features[slot] + 1.0).min(MAX_COUNT);
        }
        if caps_habit {
            // Written in capitals throughout: a habit, so capitals say one
            // thing about the letter, not one per sentence.
            features[0] = features[0].min(1.0);
            features[1] = 0.0;
        }
        features[10] = (addressed as f32).min(MAX_COUNT);
        features[11] = (friendly as f32).min(MAX_COUNT);
        features[12] = (words as f32 / SHORT_WORDS).ln().max(0.0);
        let score = weights::BIAS
            + features
                .iter()
                .zip(weights::WEIGHTS)
                .map(|(x, w)| x * w)
                .sum::<f32>();
        let decisive = evidence.iter().any(|e| e.kind.is_decisive());
        // In a letter no longer than a client letter should be, two signs,
        // one of them in words, add up: the signs' weights were fitted on
        // comments and business mail, where one weak sign is common, and a
        // letter's length weighs against them. A reproach shouted whole
        // adds up with its marks in a note too, greeting or none.
        let short = typography && words <= crate::config::DEFAULT_MAX_WORDS;
        let in_a_letter = reading.letter && short;
        let adds_up =
            (in_a_letter && evidence.len() >= 2 && evidence.iter().any(|e| e.kind.is_in_words()))
                || (short && shouts_a_reproach(parts, &evidence));
        let mut agitated = score > 0.0 || decisive || adds_up;
        let mut wording = None;
        // The signs did not decide it: the wording as a whole may. Not a
        // mailing's: its offers are not a voice raised at a person. The
        // subject is left out: it mostly names the matter ("Re: …").
        if !agitated && typography && !reading.form {
            let weighed: Vec<&Part> = parts.iter().filter(|p| p.field != Field::Subject).collect();
            let views: Vec<&TextView> = weighed.iter().map(|p| p.view).collect();
            if let Some(model) = wording::of_script(wording::main_script(&views)) {
                let (value, sentences) = model.score(&views, reading.letter);
                wording = Some(value);
                // In a text of a client letter's length, letter or curt
                // note, a wording that leans angry (against its form's
                // threshold) is the second sign beside one in words; not
                // beside a count alone, which calm letters make too ("the
                // third report this year"), nor in a text warm in more
                // than one place.
                let leans_with_a_sign = value > -wording::LEANING
                    && short
                    && friendly <= 1
                    && evidence
                        .iter()
                        .any(|e| e.kind.is_in_words() && e.kind != Kind::Counting);
                if value > 0 || leans_with_a_sign {
                    agitated = true;
                    for (part, words) in sentences {
                        let part = weighed[part];
                        evidence.push(Evidence {
                            kind: Kind::Wording,
                            field: part.field,
                            range: part.view.span(words.start, words.end - 1),
                            suggestion: None,
                        });
                    }
                    crate::sort::sort_by_key(&mut evidence, |e| {
                        let part = parts.iter().position(|p| p.field == e.field);
                        (part, e.range.start)
                    });
                }
            }
        }
        Judgement {
            evidence,
            features,
            score,
            agitated,
            soothes,
            wording,
        }
    }

    /// Appends the evidence of one part, in text order.
    fn evidence_in(&self, part: &Part, typography: bool, out: &mut Vec<Evidence>) -> PartSigns {
        let view = part.view;
        let field = part.field;
        let mut matches = self.matches(view);
        // A threat of court said with reluctance as what follows an unmet
        // condition ("если вопрос не будет решён, будем вынуждены
        // обратиться в суд"), in a text that hopes to settle ("хотя очень
        // рассчитываем договориться"), is the next step of a formal claim:
        // a demand, not a rebuke.
        let hopes_to_settle = matches.hopes_to_settle;
        let conditions = std::cell::OnceCell::new();
        for threat in std::mem::take(&mut matches.legal_threats) {
            let reluctant = (threat.words.start.saturating_sub(2)..threat.words.end)
                .any(|at| RELUCTANCE.contains(&view.words[at].norm.as_str()));
            let claim_step = hopes_to_settle && reluctant && {
                let conditions =
                    conditions.get_or_init(|| crate::conditions::Conditions::of(view, part.text));
                follows_a_deadline(view, conditions.sentence_start(threat.words.start))
                    || conditions.is_consequence(view, &threat.words)
            };
            let kind = if claim_step {
                Kind::Demand
            } else {
                Kind::Rebuke
            };
            add_sign(&mut matches.signs, kind, threat);
        }
        // What the author quotes is someone else's voice, and a link's words
        // are an address: no sign of theirs.
        let (mut quoted, thrown_back) =
            quotations::quotations_and_thrown_back(part.text, part.ranges);
        let links = part.ranges.iter().flat_map(|range| {
            crate::links::find_links(&part.text[range.clone()])
                .into_iter()
                .map(move |link| link.start + range.start..link.end + range.start)
        });
        quoted.extend(links);
        let quoted = merge_overlapping(quoted);
        let is_quoted = |range: &Range<usize>| quotations::is_quoted(&quoted, range);
        let mut found: Vec<Evidence> = Vec::new();
        let sentences = sentence_numbers(view);
        // Which sentences address the reader, worked out when first needed.
        let addressed = std::cell::OnceCell::new();
        let addressed = || {
            addressed.get_or_init(|| sentences_addressing_the_reader(view, part.text, &sentences))
        };
        for (kind, needed, sign) in std::mem::take(&mut matches.conditional) {
            let to_the_reader = || addressed()[sentences[sign.words.start]];
            let asks = || questions::ends_with_question(view, part.text, sign.words.end - 1);
            let holds = match needed {
                Sentence::ToTheReader => to_the_reader(),
                Sentence::QuestionToTheReader => to_the_reader() && asks(),
                Sentence::Question => asks(),
            };
            if holds {
                add_sign(&mut matches.signs, kind, sign);
            }
        }
        // Praise or a service in scare quotes ("your "support"") is sarcasm.
        // A label in quotation marks ("tick the "express" option", "в поле
        // «срочно»") is a name.
        for word in std::mem::take(&mut matches.scare_quotable) {
            let range = view.span(word.words.start, word.words.end - 1);
            if quotations::is_scare_quoted(part.text, &range)
                && !names_a_label(view, &sentences, &word.words)
            {
                add_sign(&mut matches.signs, Kind::Sarcasm, word);
            }
        }
        // Thanks for something in scare quotes ("Thanks for the "tiny
        // tweak"", "Спасибо за «горячий» обед"): one of the three words
        // after the thanks, in their sentence, opens a quotation that
        // throws words back (a few words, the first in lower case).
        for thanks in std::mem::take(&mut matches.thanked_for) {
            let end = thanks.words.end;
            let sentence = sentences[end - 1];
            let opens_quotation = |at: usize| {
                let start = view.words[at].range.start;
                let next = thrown_back.partition_point(|q| q.start <= start);
                next > 0 && start < thrown_back[next - 1].end && {
                    let opening = &part.text[thrown_back[next - 1].start..start];
                    !opening.chars().any(char::is_alphanumeric)
                }
            };
            if let Some(at) = (end..view.len().min(end + 3))
                .take_while(|&at| sentences[at] == sentence)
                .find(|&at| opens_quotation(at))
            {
                // The thanks and the word thrown back: two signs, as
                // praise and the word that takes it back are.
                let quoted_word = PhraseMatch {
                    words: at..at + 1,
                    phrase: thanks.phrase,
                };
                add_sign(&mut matches.signs, Kind::Sarcasm, thanks);
                add_sign(&mut matches.signs, Kind::Sarcasm, quoted_word);
            }
        }
        // The reader's words thrown back after mock wonder or "if this is"
        // in their sentence ("Interesting how the "quick fix" took three
        // weeks", "Αν αυτό είναι η «γενική καθαριότητα»…"), or before what
        // they "meant" ("So "two weeks" meant two months"): the opener or
        // the meaning is sarcasm, and the quotation words thrown back,
        // whoever the sentence is said to.
        // The quotations so thrown back (indices into `thrown_back`).
        let mut thrown_at: Vec<usize> = Vec::new();
        for opener in std::mem::take(&mut matches.quote_openers) {
            let after = view.words[opener.words.end - 1].range.end;
            let next = thrown_back.partition_point(|q| q.start < after);
            let in_its_sentence = thrown_back.get(next).is_some_and(|q| {
                let at = view.first_word_from(q.start);
                at < view.len() && sentences[at] == sentences[opener.words.start]
            });
            if in_its_sentence {
                thrown_at.push(next);
                add_sign(&mut matches.signs, Kind::Sarcasm, opener);
            }
        }
        for meant in std::mem::take(&mut matches.quote_meant) {
            let start = view.words[meant.words.start].range.start;
            let before = thrown_back.partition_point(|q| q.start < start);
            let Some(quotation) = before.checked_sub(1).map(|i| &thrown_back[i]) else {
                continue;
            };
            // Right after the quotation: nothing but marks and spaces between.
            let right_after = part
                .text
                .get(quotation.end..start)
                .is_some_and(|between| !between.chars().any(char::is_alphanumeric));
            if right_after && view.first_word_from(quotation.start) < meant.words.start {
                thrown_at.push(before - 1);
                add_sign(&mut matches.signs, Kind::Sarcasm, meant);
            }
        }
        crate::sort::sort_by_key(&mut thrown_at, |&i| i);
        thrown_at.dedup();
        // Sentences that apologise or sympathise; an apology said in
        // passing ("Мы, простите, уже устали") is none.
        let soothed: Vec<usize> = matches
            .soothing
            .iter()
            .filter(|m| !asides::is_said_in_passing(view, part.text, &m.words))
            .map(|m| sentences[m.words.start])
            .collect();
        // In text order, so sorted: searched, not scanned (a long letter
        // has many).
        let soothes =
            |sentence: usize| !soothed.is_empty() && soothed.binary_search(&sentence).is_ok();
        let is_soothed = |words: &Range<usize>| soothes(sentences[words.start]);
        // A put-down asked and answered at once with comfort offers help:
        // "Ничего не понимаете в настройках? Ничего страшного, поможем."
        let answered_with_comfort = |words: &Range<usize>| {
            soothes(sentences[words.start] + 1)
                && questions::ends_with_question(view, part.text, words.end - 1)
        };
        let jokes = jokes::JokeMarks::new(view, part.text, &matches.joke_marks, &sentences);
        // The last word of courtesy of each sentence, worked out when first
        // needed.
        let last_courtesy = std::cell::OnceCell::new();
        let last_courtesy =
            || last_courtesy.get_or_init(|| last_courtesy_of_each_sentence(view, &sentences));
        // Each kind's signs merged where they overlap, once all are in (once
        // per sign, that was quadratic in the signs of a kind).
        for (_, list) in &mut matches.signs {
            *list = merge_overlapping(std::mem::take(list));
        }
        // Sentences with a graded sign, to count those aimed at the reader.
        let mut signed: Vec<usize> = Vec::new();
        let mut sarcastic: Vec<Range<usize>> = Vec::new();
        for (kind, list) in &matches.signs {
            if *kind == Kind::Insult {
                continue;
            }
            for m in list {
                let range = view.span(m.words.start, m.words.end - 1);
                if is_quoted(&range) {
                    continue;
                }
                let softened = matches!(
                    kind,
                    Kind::Charged | Kind::Outrage | Kind::Counting | Kind::Sarcasm
                );
                if softened && is_soothed(&m.words) {
                    continue;
                }
                if *kind == Kind::Rebuke && answered_with_comfort(&m.words) {
                    continue;
                }
                if jokes.takes_back(*kind, sentences[m.words.start], &m.words) {
                    continue;
                }
                // "It is the second time, so please check": the count gives
                // the reason for a courteous request.
                if *kind == Kind::Counting
                    && last_courtesy()[sentences[m.words.end - 1]]
                        .is_some_and(|at| at >= m.words.end)
                {
                    continue;
                }
                let names_the_reader = matches
                    .naming_the_reader
                    .binary_search(&m.words.start)
                    .is_ok();
                if !kind.is_decisive() && !names_the_reader {
                    signed.push(sentences[m.words.start]);
                }
                if *kind == Kind::Sarcasm {
                    sarcastic.push(m.words.clone());
                }
                found.push(Evidence {
                    kind: *kind,
                    field,
                    range,
                    suggestion: None,
                });
            }
        }
        // Praise set against a failure told after it is mock praise; a word
        // that takes the praise back is one sign more.
        for contrast in irony::contrasts(view, part.text, &matches.irony, &sentences) {
            let praise = view.span(contrast.praise.start, contrast.praise.end - 1);
            if is_quoted(&praise) || is_soothed(&contrast.praise) || is_soothed(&contrast.failure) {
                continue;
            }
            signed.push(sentences[contrast.praise.start]);
            signed.push(sentences[contrast.failure.start]);
            sarcastic.push(
                contrast.praise.start.min(contrast.failure.start)
                    ..contrast.praise.end.max(contrast.failure.end),
            );
            let marker = contrast
                .marker
                .map(|m| view.span(m.start, m.end - 1))
                .filter(|m| m.start >= praise.end);
            for range in std::iter::once(praise).chain(marker) {
                found.push(Evidence {
                    kind: Kind::Sarcasm,
                    field,
                    range,
                    suggestion: None,
                });
            }
        }
        // The reader's words thrown back in quotation marks, in a sentence
        // said to the reader that apologises for nothing; not a label
        // ("press "save""), and not words already read as sarcasm there
        // ("your "support"").
        let sarcasm = merge_overlapping(
            found
                .iter()
                .filter(|e| e.kind == Kind::Sarcasm)
                .map(|e| e.range.clone())
                .collect(),
        );
        let counting = merge_overlapping(
            found
                .iter()
                .filter(|e| e.kind == Kind::Counting)
                .map(|e| e.range.clone())
                .collect(),
        );
        let mut facts: Option<thrown_back::SentenceFacts> = None;
        let mut last_thrown: Option<usize> = None;
        // The words thrown back after mock wonder or before what they
        // "meant": a sign beside the sarcasm around them.
        let mut mocked: Vec<Range<usize>> = Vec::new();
        for (index, quotation) in thrown_back.into_iter().enumerate() {
            let after_wonder = thrown_at.binary_search(&index).is_ok();
            let first = view.first_word_from(quotation.start);
            let end = view.first_word_from(quotation.end);
            if first >= end {
                continue;
            }
            let words = first..end;
            let sentence = sentences[first];
            // Several in one sentence are one throw ("the window you
            // "definitely" wanted is now the window you "never asked for"").
            if last_thrown == Some(sentence)
                || (!after_wonder && thrown_back::overlaps_any(&sarcasm, &quotation))
                || is_soothed(&words)
                || names_a_label(view, &sentences, &words)
            {
                continue;
            }
            if facts.as_ref().is_none_or(|f| f.sentence != sentence) {
                facts = Some(thrown_back::SentenceFacts::of(view, &sentences, sentence));
            }
            // The sentence counts the reader's failures ("for the fifth
            // time …").
            let counted = || {
                let from = sentences.partition_point(|&s| s < sentence);
                let to = sentences.partition_point(|&s| s <= sentence);
                thrown_back::overlaps_any(&counting, &view.span(from, to - 1))
            };
            let thrown = after_wonder
                || facts.as_ref().is_some_and(|f| {
                    !f.asks_meaning
                        && ((addressed()[sentence] && f.addresses_outside(&words))
                            || f.tells_the_author_again_outside(&words, counted()))
                });
            if !thrown {
                continue;
            }
            last_thrown = Some(sentence);
            let range = view.span(words.start, words.end - 1);
            if after_wonder {
                mocked.push(range.clone());
            }
            found.push(Evidence {
                kind: Kind::Quoting,
                field,
                range,
                suggestion: None,
            });
        }
        // Insults and profanity, open and masked, without the uses that
        // insult no one.
        let exceptions: Vec<Range<usize>> = matches
            .insult_exceptions
            .iter()
            .map(|m| view.span(m.words.start, m.words.end - 1))
            .collect();
        let listed = matches
            .signs
            .iter()
            .filter(|(kind, _)| *kind == Kind::Insult)
            .flat_map(|(_, list)| list.iter())
            .map(|m| view.span(m.words.start, m.words.end - 1));
        let insults: Vec<Range<usize>> = listed
            .chain(profanity::obscene(view))
            .filter(|r| {
                !exceptions
                    .iter()
                    .any(|e| e.start < r.end && r.start < e.end)
            })
            .chain(profanity::masked(part.text, view))
            .filter(|r| !is_quoted(r))
            .collect();
        for range in merge_overlapping(insults) {
            found.push(Evidence {
                kind: Kind::Insult,
                field,
                range,
                suggestion: None,
            });
        }
        // Thanks in a sarcastic sentence ("thanks for nothing") are no thanks.
        let friendly = matches
            .friendly
            .iter()
            .filter(|m| {
                !sarcastic
                    .iter()
                    .any(|s| s.start < m.words.end && m.words.start < s.end)
            })
            .count();
        // A phrase found by two lists is one sign: the stronger kind stays.
        // A count within the words another sign skips over ("Μπράβο, για
        // τρίτη φορά χάθηκε": praise, then the failure) is a sign of its own,
        // and so are words thrown back inside mock wonder ("Αν αυτό είναι η
        // «γενική καθαριότητα», δεν θέλω να φανταστώ την απλή").
        let is_mocked = |e: &Evidence| {
            e.kind == Kind::Quoting
                && mocked
                    .binary_search_by_key(&e.range.start, |r| r.start)
                    .is_ok_and(|i| mocked[i] == e.range)
        };
        crate::sort::sort_by_key(&mut found, |e| {
            (e.range.start, std::cmp::Reverse(e.range.end))
        });
        let mut kept: Vec<Evidence> = Vec::with_capacity(found.len());
        let mut counted_within: Vec<Evidence> = Vec::new();
        for e in found {
            match kept.last_mut() {
                Some(last) if is_count_within(&e, last) || is_mocked(&e) => counted_within.push(e),
                Some(last) if e.range.start < last.range.end => {
                    if rank(e.kind) > rank(last.kind) {
                        *last = e;
                    }
                }
                _ => kept.push(e),
            }
        }
        kept.extend(counted_within);
        // Capitals and marks are the form, not the words: they stand beside.
        let runs: Vec<_> = if typography {
            self.capitals
                .runs(view, part.text)
                .into_iter()
                .filter(|run| !is_quoted(&view.span(run.words.start, run.words.end - 1)))
                .collect()
        } else {
            Vec::new()
        };
        let in_capitals: usize = runs.iter().map(|r| r.words.len()).sum();
        let caps_habit = in_capitals * CAPS_HABIT_DENOMINATOR > view.len() * CAPS_HABIT_NUMERATOR;
        for run in runs {
            if !caps_habit {
                signed.push(sentences[run.words.start]);
            }
            kept.push(Evidence {
                kind: match run.kind {
                    CapitalsKind::Run => Kind::Capitals,
                    CapitalsKind::Emphasis => Kind::Emphasis,
                },
                field,
                range: view.span(run.words.start, run.words.end - 1),
                suggestion: run.normal_case,
            });
        }
        for range in part.ranges.iter().filter(|_| typography) {
            for marks in self
                .capitals
                .marks(part.text, range.clone())
                .into_iter()
                .filter(|marks| !is_quoted(marks))
            {
                let single = if part.text[marks.clone()].contains('?') {
                    "?"
                } else {
                    "!"
                };
                kept.push(Evidence {
                    kind: Kind::Marks,
                    field,
                    range: marks,
                    suggestion: Some(single.into()),
                });
            }
            for (kind, faces) in angry_emoji(part.text, range.clone())
                .into_iter()
                .filter(|(_, faces)| !is_quoted(faces))
            {
                kept.push(Evidence {
                    kind,
                    field,
                    range: faces,
                    suggestion: None,
                });
            }
        }
        crate::sort::sort_by_key(&mut kept, |e| e.range.start);
        out.extend(kept);
        if signed.is_empty() {
            return PartSigns {
                addressed: 0,
                friendly,
                caps_habit,
                soothes: !soothed.is_empty(),
            };
        }
        let addressed = addressed();
        crate::sort::sort(&mut signed);
        signed.dedup();
        PartSigns {
            addressed: signed.into_iter().filter(|&s| addressed[s]).count(),
            friendly,
            caps_habit,
            soothes: !soothed.is_empty(),
        }
    }
}

/// Beginnings of words (normalised) that, just before or after words in
/// quotation marks, show them to be the name of a thing: an option, a
/// status, a button, a field, a menu.
const LABELS: &[&str] = &[
    "label",
    "status",
    "button",
    "field",
    "tab",
    "menu",
    "option",
    "folder",
    "click",
    "press",
    "select",
    "choose",
    "tick",
    "setting",
    "column",
    "link",
    "marked",
    "titled",
    "entitled",
    "type",
    "статус",
    "кнопк",
    "поле",
    "поля",
    "полю",
    "вкладк",
    "меню",
    "раздел",
    "пункт",
    "папк",
    "нажм",
    "выбер",
    "отмет",
    "граф",
    "опци",
    "тариф",
    "κατασταση",
    "κουμπ",
    "πεδι",
    "καρτελ",
    "μενου",
    "επιλογ",
    "φακελ",
    "πατη",
    "επιλεξ",
    "ενδειξ",
    "τιτλ",
    "пометк",
    "надпис",
];

/// True when a word just before the words `words` of `view` (up to two, in
/// their sentence) or just after them begins with one of [`LABELS`].
fn names_a_label(view: &TextView, sentences: &[usize], words: &Range<usize>) -> bool {
    let sentence = sentences[words.start];
    let before = words.start.saturating_sub(2)..words.start;
    let after = words.end..(words.end + 1).min(view.len());
    before
        .chain(after)
        .filter(|&at| sentences[at] == sentence)
        .any(|at| {
            let norm = view.words[at].norm.as_str();
            LABELS.iter().any(|label| norm.starts_with(label))
        })
}

/// For each sentence of `view` (numbered by [`sentence_numbers`]), true
/// when it addresses the reader: a word that does, or the reader's @handle
/// before it.
fn sentences_addressing_the_reader(view: &TextView, text: &str, sentences: &[usize]) -> Vec<bool> {
    let mut addressed = vec![false; sentences.last().map_or(0, |&s| s + 1)];
    for (at, (word, &sentence)) in view.words.iter().zip(sentences).enumerate() {
        if word_addresses_the_reader(view, sentences, at) {
            addressed[sentence] = true;
        }
        // A sentence opened by the reader's @handle ("@acme this is not
        // helpful") is said to them, as a name called out is.
        if view.breaks_before(at) && text[..word.range.start].ends_with('@') {
            if let Some(next) = addressed.get_mut(sentence + 1) {
                *next = true;
            }
        }
    }
    addressed
}

/// True when word `at` of `view` addresses the reader, read after the word
/// before it in its sentence (numbered by `sentences`), if any.
fn word_addresses_the_reader(view: &TextView, sentences: &[usize], at: usize) -> bool {
    let before = at
        .checked_sub(1)
        .filter(|&b| sentences[b] == sentences[at])
        .map(|b| view.words[b].norm.as_str());
    addresses_the_reader(&view.words[at].norm, before)
}

/// Adds `sign`, of `kind`, to the signs found (merged with those it
/// overlaps once all are found).
fn add_sign(signs: &mut Vec<(Kind, Vec<PhraseMatch>)>, kind: Kind, sign: PhraseMatch) {
    match signs.iter_mut().find(|(k, _)| *k == kind) {
        Some((_, list)) => list.push(sign),
        None => signs.push((kind, vec![sign])),
    }
}

/// Faces and gestures of anger or contempt ("😠", "😡", "😤", "🤬", "🙄",
/// "👎", the unamused "😒", the facepalm "🤦", the clown "🤡"): a charged
/// word drawn, not written.
const ANGRY_EMOJI: &[char] = &[
    '\u{1F921}',
    '\u{1F620}',
    '\u{1F621}',
    '\u{1F624}',
    '\u{1F92C}',
    '\u{1F644}',
    '\u{1F44E}',
    '\u{1F612}',
    '\u{1F926}',
];

/// The raised middle finger ("🖕"): an insult.
const OBSCENE_EMOJI: char = '\u{1F595}';

/// True for what may follow an emoji inside one picture: a skin tone, the
/// variation selector, a zero-width joiner.
fn is_emoji_modifier(c: char) -> bool {
    ('\u{1F3FB}'..='\u{1F3FF}').contains(&c) || c == '\u{FE0F}' || c == '\u{200D}'
}

/// The runs of angry emoji in `range` of `text` ("😡😡" is one), each as
/// the kind of sign it is and its byte range.
fn angry_emoji(text: &str, range: Range<usize>) -> Vec<(Kind, Range<usize>)> {
    let mut runs: Vec<(Kind, Range<usize>)> = Vec::new();
    // Emoji and their modifiers are not ASCII: plain ASCII (most letters
    // in English) has none, and is not read character by character.
    if text[range.clone()].is_ascii() {
        return runs;
    }
    for (at, c) in text[range.clone()].char_indices() {
        let at = range.start + at;
        let kind = if c == OBSCENE_EMOJI {
            Kind::Insult
        } else if ANGRY_EMOJI.contains(&c) {
            Kind::Charged
        } else {
            if is_emoji_modifier(c) {
                if let Some((_, last)) = runs.last_mut().filter(|(_, r)| r.end == at) {
                    last.end = at + c.len_utf8();
                }
            }
            continue;
        };
        match runs.last_mut() {
            Some((k, last)) if *k == kind && last.end == at => last.end = at + c.len_utf8(),
            _ => runs.push((kind, at..at + c.len_utf8())),
        }
    }
    runs
}

/// What the features need from one part besides its evidence.
struct PartSigns {
    /// Sentences with a graded sign that address the reader.
    addressed: usize,
    /// Friendly words, outside sarcasm.
    friendly: usize,
    /// An apology, sympathy or self-reproach was found.
    soothes: bool,
    /// Most of the part is written in capitals.
    caps_habit: bool,
}

/// A part with more than half of its words in capitals is written that way
/// out of habit (`CAPS_HABIT_NUMERATOR / CAPS_HABIT_DENOMINATOR`).
const CAPS_HABIT_NUMERATOR: usize = 1;
const CAPS_HABIT_DENOMINATOR: usize = 2;

/// Which of two overlapping signs is shown: decisive kinds first, then the
/// more specific, then the stronger ("utterly disappointed" is outrage even
/// inside the charged "I am utterly disappointed").
fn rank(kind: Kind) -> u8 {
    match kind {
        Kind::Insult => 9,
        Kind::Rebuke => 8,
        Kind::Blame => 7,
        Kind::Rhetorical => 6,
        Kind::Sarcasm => 5,
        Kind::Counting => 4,
        Kind::Demand => 3,
        Kind::Outrage => 2,
        Kind::Charged => 1,
        // Words thrown back in quotation marks yield to any listed sign
        // among them.
        Kind::Quoting | Kind::Capitals | Kind::Emphasis | Kind::Marks | Kind::Wording => 0,
    }
}

/// The first word, normalised, of a sentence that tells what follows a
/// deadline set before it: "after that date", "после этой даты", "μετά
/// από αυτή την ημερομηνία".
const AFTER_A_DEADLINE: &[&str] = &["after", "после", "μετα"];

/// True when the sentence whose first word is `first` opens with what
/// follows a deadline ([`AFTER_A_DEADLINE`]): a hedged threat there is a
/// claim's next step as one after an unmet condition is.
fn follows_a_deadline(view: &TextView, first: usize) -> bool {
    AFTER_A_DEADLINE.contains(&view.words[first].norm.as_str())
}

/// Words of a step taken with reluctance, normalised: "будем вынуждены
/// обратиться в суд", "θα αναγκαστούμε να προσφύγουμε", "we will be forced
/// to", "we will need to", "we will have to".
const RELUCTANCE: &[&str] = &[
    "вынуждены",
    "вынужден",
    "вынуждена",
    "придется",
    "αναγκαστουμε",
    "αναγκαστω",
    "forced",
    "obliged",
    "need",
    "have",
];

/// True when `sign` is a count that lies strictly within `other`, a sign of
/// another kind: within the words a gap of `other`'s phrase skipped over
/// (the same words found by two lists share an edge, and are one sign).
fn is_count_within(sign: &Evidence, other: &Evidence) -> bool {
    sign.kind == Kind::Counting
        && other.kind != Kind::Counting
        && other.range.start < sign.range.start
        && sign.range.end < other.range.end
}

/// For each sentence of `view` (numbered by `sentences`), its last word of
/// courtesy ([`is_courtesy`]), if any.
fn last_courtesy_of_each_sentence(view: &TextView, sentences: &[usize]) -> Vec<Option<usize>> {
    let mut last = vec![None; sentences.last().map_or(0, |&s| s + 1)];
    for (at, (word, &sentence)) in view.words.iter().zip(sentences).enumerate() {
        if is_courtesy(&word.norm) {
            last[sentence] = Some(at);
        }
    }
    last
}

/// For each word of `view`, the number of its sentence.
fn sentence_numbers(view: &TextView) -> Vec<usize> {
    let mut number = 0;
    (0..view.len())
        .map(|i| {
            if i > 0 && view.breaks_before(i) {
                number += 1;
            }
            number
        })
        .collect()
}

#[cfg(test)]
mod tests;
