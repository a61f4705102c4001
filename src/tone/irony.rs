//! Irony by contrast: praise or thanks that open a sentence, follow a name
//! called out or are taken back at once ("Excellent service as always.",
//! "Пётр, спасибо за оперативный ответ", "Ο γάμος ήταν αξέχαστος,
//! πράγματι") set against a failure told in the same sentence
//! or the next ("The router arrived broken.", "всего две недели ждали",
//! "λείπει το μισό κείμενο"). No word of it is mock praise on its own: the
//! contrast is. After thanks for speed ("Thanks for the quick reply") any
//! time told is such a failure ("only nineteen days"); after other praise
//! only a time told as a wait is ("three hours late": "down for only ten
//! minutes" may be praise too).
//!
//! Praise beside a problem is sincere, and no sign, when the problem is set
//! apart or regretted ("but", "however", "к сожалению", "όμως") between the
//! praise and the end of the failure's sentence, or when after the praise
//! a request or a question follows ("could you check?", "проверьте,
//! пожалуйста") or satisfaction backs it ("our client was very happy").
//! A word that takes the praise back as it is said ("really", "as
//! always", "действительно", "πράγματι", "if you ignore that …") is a
//! second sign where the contrast is found, and so is a failure given
//! after a colon as what the praise was for ("Отличная работа: в партии
//! не хватает коробок").
//!
//! Praise can also close the contrast: standing alone as a sentence after
//! the failure ("Торт привезли с ошибкой в имени. Браво."), or set apart
//! by a comma or a dash at the end of the failure's sentence ("…and no
//! replacement bus, brilliant"), unless a word sets the problem apart
//! between them ("two pallets were damaged, but the rest arrived fine,
//! great").

use crate::phrases::PhraseMatch;
use crate::tone::questions;
use crate::words::TextView;
use std::ops::Range;

/// One contrast found: the praise, the failure set against it and the
/// words that took the praise back, if any (word ranges). The failure
/// follows the praise, or comes before praise that closes a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contrast {
    /// The praise or thanks with what it praises, up to the first mark and
    /// without a marker that ends it.
    pub praise: Range<usize>,
    /// The failure told after it (before it, for praise that closes).
    pub failure: Range<usize>,
    /// What takes the praise back: a word between the praise's first word
    /// and the failure, or else the failure itself when a colon sets it
    /// after the praise in one sentence.
    pub marker: Option<Range<usize>>,
}

/// The matches of the irony lists in one part.
#[derive(Default)]
pub struct IronyMatches {
    /// Praise or thanks (`irony.praise.txt`).
    pub praise: Vec<PhraseMatch>,
    /// Failures told (`irony.failure.txt`).
    pub failures: Vec<PhraseMatch>,
    /// Words that set a problem apart (`irony.contrast.txt`).
    pub contrasts: Vec<PhraseMatch>,
    /// Requests and satisfaction (`irony.sincere.txt`).
    pub sincere: Vec<PhraseMatch>,
    /// Words that take praise back (`irony.markers.txt`).
    pub markers: Vec<PhraseMatch>,
    /// Praise or thanks for speed (`irony.speed.txt`): praise, against
    /// which any time told is a failure.
    pub speed: Vec<PhraseMatch>,
    /// Times told (`irony.durations.txt`).
    pub durations: Vec<PhraseMatch>,
    /// Praise that may close a sentence (`irony.closing.txt`).
    pub closing: Vec<PhraseMatch>,
    /// Thanks and compliments that regret may take back
    /// (`irony.thanks.txt`).
    pub thanks: Vec<PhraseMatch>,
    /// Regret that opens a sentence (`irony.regret.txt`).
    pub regrets: Vec<PhraseMatch>,
}

/// One list's matches, which come in the order they start
/// ([`crate::phrases::PhraseList::find_iter`]), searched for the one after
/// or before a word without reading them all.
struct ByStart<'a>(&'a [PhraseMatch]);

impl<'a> ByStart<'a> {
    fn of(matches: &'a [PhraseMatch]) -> ByStart<'a> {
        debug_assert!(matches
            .windows(2)
            .all(|w| w[0].words.start <= w[1].words.start));
        ByStart(matches)
    }

    /// The ranges that start at word `at` or after it, in order.
    fn from(&self, at: usize) -> impl Iterator<Item = &'a Range<usize>> {
        let first = self.0.partition_point(|m| m.words.start < at);
        self.0[first..].iter().map(|m| &m.words)
    }

    /// The ranges that start before word `at`, the last first.
    fn before(&self, at: usize) -> impl Iterator<Item = &'a Range<usize>> {
        let end = self.0.partition_point(|m| m.words.start < at);
        self.0[..end].iter().rev().map(|m| &m.words)
    }

    /// The range that starts last.
    fn last(&self) -> Option<&'a Range<usize>> {
        self.0.last().map(|m| &m.words)
    }
}

/// The contrasts of praise and failure in `view` (read from `text`), with
/// `sentences` numbering each word's sentence. Each piece of praise finds
/// its failure, the words that set it apart and the requests after it by
/// searching, not by reading every match of the text, so a text of
/// thousands of contrasts is read in linear time.
pub fn contrasts(
    view: &TextView,
    text: &str,
    found: &IronyMatches,
    sentences: &[usize],
) -> Vec<Contrast> {
    let mut out: Vec<Contrast> = Vec::new();
    if found.praise.is_empty()
        && found.speed.is_empty()
        && found.closing.is_empty()
        && found.regrets.is_empty()
    {
        return out;
    }
    let failures = ByStart::of(&found.failures);
    let durations = ByStart::of(&found.durations);
    let set_apart_words = ByStart::of(&found.contrasts);
    let sincere = ByStart::of(&found.sincere);
    let markers = ByStart::of(&found.markers);
    // The last word that ends a question, worked out when first needed:
    // a question after the praise shows it sincere.
    let last_question = std::cell::OnceCell::new();
    let asks_after = |from: usize| {
        last_question
            .get_or_init(|| last_question_end(view, text))
            .is_some_and(|last| last >= from)
    };
    let mut praises: Vec<(&PhraseMatch, bool)> = found
        .praise
        .iter()
        .map(|p| (p, false))
        .chain(found.speed.iter().map(|p| (p, true)))
        .collect();
    crate::sort::sort_by_key(&mut praises, |(p, _)| p.words.start);
    for (praise, of_speed) in praises {
        let words = &praise.words;
        let taken_back_at_once = markers
            .from(words.start + 1)
            .take_while(|m| m.start < words.end)
            .any(|m| m.end <= words.end);
        if !taken_back_at_once && !opens_sentence(view, text, words.start) {
            continue;
        }
        let sentence = sentences[words.start];
        if out.last().is_some_and(|c| c.failure.end > words.start) {
            continue;
        }
        // The first failure told after the praise (or time, after praise
        // of speed), in its sentence or the next.
        let time = durations.from(words.end).next().filter(|_| of_speed);
        let Some(failure) = failures
            .from(words.end)
            .next()
            .into_iter()
            .chain(time)
            .min_by_key(|f| f.start)
            .filter(|f| sentences[f.start] <= sentence + 1)
        else {
            continue;
        };
        let failure_sentence = sentences[failure.start];
        let set_apart = set_apart_words
            .from(words.end)
            .next()
            .is_some_and(|c| sentences[c.start] <= failure_sentence);
        let asked_or_backed = sincere.last().is_some_and(|m| m.start >= words.end);
        if set_apart || asked_or_backed || asks_after(words.start) {
            continue;
        }
        let marker = markers
            .from(words.start + 1)
            .next()
            .filter(|m| m.start < failure.start && sentences[m.start] == sentence)
            .cloned()
            .or_else(|| {
                let after_colon = failure_sentence == sentence
                    && view
                        .between(text, words.end - 1, failure.start)
                        .contains(':');
                after_colon.then(|| failure.clone())
            });
        let praise_end = marker
            .as_ref()
            .map_or(words.end, |m| m.start.min(words.end))
            .max(words.start + 1);
        // Shown with what it praises, up to the first mark: "Отличная
        // работа", "Great upgrade", not "Отличная", "Great".
        let limit = marker
            .as_ref()
            .map_or(failure.start, |m| m.start.min(failure.start))
            .min(words.start + SHOWN_PRAISE_WORDS);
        let mut end = praise_end;
        while end < limit
            && !view.breaks_before(end)
            && view.between(text, end - 1, end).trim().is_empty()
        {
            end += 1;
        }
        out.push(Contrast {
            praise: words.start..end,
            failure: failure.clone(),
            marker,
        });
    }
    // Thanks or a compliment taken back by regret that opens the next
    // sentence and tells a failure (the praise read above found its
    // failures in text order).
    let praised = out.len();
    let thanks = ByStart::of(&found.thanks);
    for regret in &found.regrets {
        let Some(contrast) = regret_contrast(
            &thanks,
            &failures,
            &set_apart_words,
            sentences,
            &regret.words,
        ) else {
            continue;
        };
        let at = out[..praised].partition_point(|c| c.failure.start < contrast.failure.start);
        if let Some(read_above) = out[at..praised]
            .first_mut()
            .filter(|c| c.failure == contrast.failure)
        {
            // Praise read above against the same failure: the regret
            // takes it back.
            read_above.marker = read_above.marker.take().or(contrast.marker);
            continue;
        }
        let asked_or_backed = sincere
            .last()
            .is_some_and(|m| m.start >= regret.words.start);
        if !asked_or_backed && !asks_after(contrast.praise.start) {
            out.push(contrast);
        }
    }
    crate::sort::sort_by_key(&mut out, |c| c.praise.start);
    // Praise that closes a sentence, unless it is praise read above (the
    // praise found so far starts in order, none inside another's).
    let opening = out.len();
    for praise in &found.closing {
        let Some(contrast) =
            closing_contrast(view, text, &failures, &set_apart_words, sentences, praise)
        else {
            continue;
        };
        let overlaps = |c: &Contrast| {
            c.praise.start < contrast.praise.end && contrast.praise.start < c.praise.end
        };
        let before = out[..opening].partition_point(|c| c.praise.start < contrast.praise.end);
        let read_above = before > 0 && overlaps(&out[before - 1]);
        let read_just_now = out.len() > opening && out.last().is_some_and(overlaps);
        if !read_above && !read_just_now {
            out.push(contrast);
        }
    }
    out
}

/// The contrast of `praise`, which closes a sentence, with the last
/// failure told before it: in its sentence when the praise is set apart
/// by a comma or a dash, or also in the sentence before when the praise
/// stands alone as a sentence; none when a word that sets the problem apart
/// stands between them.
fn closing_contrast(
    view: &TextView,
    text: &str,
    failures: &ByStart,
    set_apart_words: &ByStart,
    sentences: &[usize],
    praise: &PhraseMatch,
) -> Option<Contrast> {
    let start = praise.words.start;
    let sentence = sentences[start];
    let alone = start == 0 || view.breaks_before(start);
    let set_apart = !alone
        && view
            .between(text, start - 1, start)
            .contains([',', '—', '–', '-']);
    if !alone && !set_apart {
        return None;
    }
    let earliest = if alone {
        sentence.saturating_sub(1)
    } else {
        sentence
    };
    let failure = failures
        .before(start)
        .take_while(|f| sentences[f.start] >= earliest)
        .find(|f| f.end <= start)?;
    let problem_set_apart = set_apart_words
        .from(failure.end)
        .take_while(|c| c.start < start)
        .any(|c| c.end <= start);
    (!problem_set_apart).then(|| Contrast {
        praise: praise.words.clone(),
        failure: failure.clone(),
        marker: None,
    })
}

/// The contrast of thanks or a compliment, within the first three words
/// of its sentence, with `regret`, which opens the next sentence: the
/// first failure told after the regret in its sentence, unless a word
/// sets the problem apart there ("It's a pity, but …").
fn regret_contrast(
    thanks: &ByStart,
    failures: &ByStart,
    set_apart_words: &ByStart,
    sentences: &[usize],
    regret: &Range<usize>,
) -> Option<Contrast> {
    let sentence = sentences[regret.start];
    // The thanks of the sentence before, the last first ("Thanks for the
    // plan, great stuff." offers "great", then "Thanks").
    let thanks = thanks
        .before(regret.start)
        .take_while(|t| sentences[t.start] + 1 >= sentence)
        .filter(|t| sentences[t.start] + 1 == sentence)
        .find(|t| t.start < 3 || sentences[t.start - 3] != sentences[t.start])?;
    let failure = failures
        .from(regret.end)
        .next()
        .filter(|f| sentences[f.start] == sentence)?;
    let set_apart = set_apart_words
        .from(regret.start)
        .next()
        .is_some_and(|c| sentences[c.start] == sentence);
    (!set_apart).then(|| Contrast {
        praise: thanks.clone(),
        failure: failure.clone(),
        marker: Some(regret.clone()),
    })
}

/// At most this many words of praise are shown.
const SHOWN_PRAISE_WORDS: usize = 8;

/// True when word `at` opens its sentence, or follows one or two words
/// that open it with a capital and are set apart by a comma: a name called
/// out ("Пётр, отличная работа", "Νίκο, υπέροχη εξυπηρέτηση").
fn opens_sentence(view: &TextView, text: &str, at: usize) -> bool {
    if at == 0 || view.breaks_before(at) {
        return true;
    }
    let Some(first) = (at.saturating_sub(2)..at).find(|&w| w == 0 || view.breaks_before(w)) else {
        return false;
    };
    let called_out = view.between(text, at - 1, at).contains(',');
    let capital = text[view.words[first].range.clone()]
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    called_out && capital
}

/// The last word of `view` that ends a sentence asking a question, if any.
fn last_question_end(view: &TextView, text: &str) -> Option<usize> {
    (0..view.len())
        .rev()
        .filter(|&at| at + 1 == view.len() || view.breaks_before(at + 1))
        .find(|&last| questions::ends_with_question(view, text, last))
}
