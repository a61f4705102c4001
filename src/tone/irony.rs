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
}

/// The contrasts of praise and failure in `view` (read from `text`), with
/// `sentences` numbering each word's sentence.
pub fn contrasts(
    view: &TextView,
    text: &str,
    found: &IronyMatches,
    sentences: &[usize],
) -> Vec<Contrast> {
    let mut out: Vec<Contrast> = Vec::new();
    let mut praises: Vec<(&PhraseMatch, bool)> = found
        .praise
        .iter()
        .map(|p| (p, false))
        .chain(found.speed.iter().map(|p| (p, true)))
        .collect();
    crate::sort::sort_by_key(&mut praises, |(p, _)| p.words.start);
    for (praise, of_speed) in praises {
        let taken_back_at_once = found
            .markers
            .iter()
            .any(|m| praise.words.start < m.words.start && m.words.end <= praise.words.end);
        if !taken_back_at_once && !opens_sentence(view, text, praise.words.start) {
            continue;
        }
        let sentence = sentences[praise.words.start];
        if out
            .last()
            .is_some_and(|c| c.failure.end > praise.words.start)
        {
            continue;
        }
        let times = found.durations.iter().filter(|_| of_speed);
        let Some(failure) = found
            .failures
            .iter()
            .chain(times)
            .filter(|f| {
                f.words.start >= praise.words.end
                    && (sentences[f.words.start] == sentence
                        || sentences[f.words.start] == sentence + 1)
            })
            .min_by_key(|f| f.words.start)
        else {
            continue;
        };
        let failure_sentence = sentences[failure.words.start];
        let set_apart = found.contrasts.iter().any(|c| {
            c.words.start >= praise.words.end && sentences[c.words.start] <= failure_sentence
        });
        let sincere = found
            .sincere
            .iter()
            .any(|m| m.words.start >= praise.words.end);
        if set_apart || sincere || asks_after(view, text, praise.words.start) {
            continue;
        }
        let marker = found
            .markers
            .iter()
            .find(|m| {
                m.words.start > praise.words.start
                    && m.words.start < failure.words.start
                    && sentences[m.words.start] == sentence
            })
            .map(|m| m.words.clone())
            .or_else(|| {
                let after_colon = failure_sentence == sentence
                    && text[view.words[praise.words.end - 1].range.end
                        ..view.words[failure.words.start].range.start]
                        .contains(':');
                after_colon.then(|| failure.words.clone())
            });
        let praise_end = marker
            .as_ref()
            .map_or(praise.words.end, |m| m.start.min(praise.words.end))
            .max(praise.words.start + 1);
        // Shown with what it praises, up to the first mark: "Отличная
        // работа", "Great upgrade", not "Отличная", "Great".
        let limit = marker
            .as_ref()
            .map_or(failure.words.start, |m| m.start.min(failure.words.start))
            .min(praise.words.start + SHOWN_PRAISE_WORDS);
        let mut end = praise_end;
        while end < limit
            && !view.breaks_before(end)
            && text[view.words[end - 1].range.end..view.words[end].range.start]
                .trim()
                .is_empty()
        {
            end += 1;
        }
        out.push(Contrast {
            praise: praise.words.start..end,
            failure: failure.words.clone(),
            marker,
        });
    }
    let closing = found
        .closing
        .iter()
        .filter_map(|praise| closing_contrast(view, text, found, sentences, praise));
    for contrast in closing {
        if !out
            .iter()
            .any(|c| c.praise.start < contrast.praise.end && contrast.praise.start < c.praise.end)
        {
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
    found: &IronyMatches,
    sentences: &[usize],
    praise: &PhraseMatch,
) -> Option<Contrast> {
    let start = praise.words.start;
    let sentence = sentences[start];
    let alone = start == 0 || view.breaks_before(start);
    let set_apart = !alone
        && text[view.words[start - 1].range.end..view.words[start].range.start]
            .contains([',', '—', '–', '-']);
    if !alone && !set_apart {
        return None;
    }
    let failure = found
        .failures
        .iter()
        .filter(|f| {
            f.words.end <= start
                && (sentences[f.words.start] == sentence
                    || (alone && sentences[f.words.start] + 1 == sentence))
        })
        .max_by_key(|f| f.words.start)?;
    let problem_set_apart = found
        .contrasts
        .iter()
        .any(|c| c.words.start >= failure.words.end && c.words.end <= start);
    (!problem_set_apart).then(|| Contrast {
        praise: praise.words.clone(),
        failure: failure.words.clone(),
        marker: None,
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
    let called_out = text[view.words[at - 1].range.end..view.words[at].range.start].contains(',');
    let capital = text[view.words[first].range.clone()]
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    called_out && capital
}

/// True when a sentence from the one of word `from` on ends with a
/// question.
fn asks_after(view: &TextView, text: &str, from: usize) -> bool {
    (from..view.len())
        .filter(|&at| at + 1 == view.len() || view.breaks_before(at + 1))
        .any(|last| questions::ends_with_question(view, text, last))
}
