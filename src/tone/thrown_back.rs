//! What decides whether a short quotation throws the reader's words back
//! at them ("the fourth "firm" date you've given us"), read once per
//! sentence: where the sentence's words that address the reader are, and
//! whether it asks what the reader means ("when you say "single page", do
//! you mean…"); and whether sarcasm already found covers it, searched
//! rather than scanned. A sentence of thousands of quotations is read once.

use crate::words::TextView;
use std::ops::Range;

/// Words, normalised, that ask the reader what their words mean ("you
/// mean", "вы имеете в виду", "εννοείτε"): the author quotes them to
/// understand, not to throw them back.
const MEANING: &[&str] = &[
    "mean",
    "meant",
    "виду",
    "подразумеваете",
    "подразумевали",
    "εννοειτε",
    "εννοεισ",
    "εννοουσατε",
    "εννοουσεσ",
];

/// What one sentence says of the reader.
pub(super) struct SentenceFacts {
    /// The sentence's number (see `sentence_numbers`).
    pub sentence: usize,
    /// The words of the sentence that address the reader, in order.
    addressing: Vec<usize>,
    /// True when the sentence asks what the reader means (see [`MEANING`]).
    pub asks_meaning: bool,
}

impl SentenceFacts {
    /// The facts of sentence `sentence` of `view`, whose words are numbered
    /// by `sentences`.
    pub fn of(view: &TextView, sentences: &[usize], sentence: usize) -> SentenceFacts {
        let from = sentences.partition_point(|&s| s < sentence);
        let to = sentences.partition_point(|&s| s <= sentence);
        let addressing = (from..to)
            .filter(|&at| super::word_addresses_the_reader(view, sentences, at))
            .collect();
        let asks_meaning = view.words[from..to]
            .iter()
            .any(|word| MEANING.contains(&word.norm.as_str()));
        SentenceFacts {
            sentence,
            addressing,
            asks_meaning,
        }
    }

    /// True when a word of the sentence outside `words` addresses the
    /// reader: a "you" inside a quotation is someone else's ("the song
    /// goes "you liar, you cheat"").
    pub fn addresses_outside(&self, words: &Range<usize>) -> bool {
        let inside = self.addressing.partition_point(|&at| at < words.end)
            - self.addressing.partition_point(|&at| at < words.start);
        self.addressing.len() > inside
    }
}

/// True when one of `ranges` (sorted and apart, as
/// [`crate::phrases::merge_overlapping`] leaves them) overlaps `range`.
pub(super) fn overlaps_any(ranges: &[Range<usize>], range: &Range<usize>) -> bool {
    let starting_before_end = ranges.partition_point(|r| r.start < range.end);
    starting_before_end > 0 && ranges[starting_before_end - 1].end > range.start
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_whether_any_range_overlaps() {
        let ranges = [0..5, 8..9, 20..30];
        assert!(overlaps_any(&ranges, &(4..6)));
        assert!(overlaps_any(&ranges, &(25..40)));
        assert!(overlaps_any(&ranges, &(8..9)));
        assert!(!overlaps_any(&ranges, &(5..8)));
        assert!(!overlaps_any(&ranges, &(9..20)));
        assert!(!overlaps_any(&ranges, &(30..31)));
        assert!(!overlaps_any(&[], &(0..1)));
    }
}
