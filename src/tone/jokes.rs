//! Reproaches taken back as a joke: a sentence that opens with "Шучу",
//! "Just kidding", "Αστειεύομαι" (`joking.txt`), or such words set apart at
//! the end of a sentence ("…платить (шутка)"), mark what came before as
//! banter. Mock praise is not taken back ("Great job. Just kidding" turns
//! the praise into blame), nor is an insult: calling it a joke does not
//! unsay it.

use crate::phrases::PhraseMatch;
use crate::tone::Kind;
use crate::words::TextView;
use std::ops::Range;

/// Where the joke marks of one part reach: for each, the sentence before
/// it (when it opens its own) and its own sentence up to the mark.
pub struct JokeMarks {
    /// (sentence, first word not taken back) pairs.
    reaches: Vec<(usize, usize)>,
}

impl JokeMarks {
    /// The marks among `found` (matches of `joking.txt` in `view`, read
    /// from `text`) that open a sentence or stand apart; `sentences` numbers
    /// each word's sentence.
    pub fn new(view: &TextView, text: &str, found: &[PhraseMatch], sentences: &[usize]) -> Self {
        let mut reaches = Vec::new();
        for mark in found {
            let first = mark.words.start;
            let sentence = sentences[first];
            if first == 0 || view.breaks_before(first) {
                if sentence > 0 {
                    reaches.push((sentence - 1, usize::MAX));
                }
            } else {
                let gap = view.between(text, first - 1, first);
                if gap.trim().ends_with(['(', ',', '—', '–', '-']) {
                    reaches.push((sentence, first));
                }
            }
        }
        JokeMarks { reaches }
    }

    /// True when a sign of `kind` on `words`, in sentence `sentence`, is
    /// taken back as a joke.
    pub fn takes_back(&self, kind: Kind, sentence: usize, words: &Range<usize>) -> bool {
        !matches!(kind, Kind::Sarcasm | Kind::Insult)
            && self
                .reaches
                .iter()
                .any(|&(s, until)| s == sentence && words.end <= until)
    }
}
