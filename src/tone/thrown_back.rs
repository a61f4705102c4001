//! What decides whether a short quotation throws the reader's words back
//! at them ("the fourth "firm" date you've given us"), read once per
//! sentence: where the sentence's words that address the reader are, and
//! whether it asks what the reader means ("when you say "single page", do
//! you mean…"); and the sarcasm already found, searched rather than
//! scanned. A sentence of thousands of quotations is read once.

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
            .filter(|&at| {
                let before = (at > from).then(|| view.words[at - 1].norm.as_str());
                super::addresses_the_reader(&view.words[at].norm, before)
            })
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

/// Byte ranges, to ask whether any overlaps a given one in logarithmic
/// time.
pub(super) struct Overlaps {
    /// The ranges by where they start.
    ranges: Vec<Range<usize>>,
    /// For each range, the furthest end of it and of those before it.
    furthest_end: Vec<usize>,
}

impl Overlaps {
    /// The ranges, in any order.
    pub fn new(ranges: impl Iterator<Item = Range<usize>>) -> Overlaps {
        let mut ranges: Vec<Range<usize>> = ranges.collect();
        crate::sort::sort_by_key(&mut ranges, |r| r.start);
        let furthest_end = ranges
            .iter()
            .scan(0, |furthest, r| {
                *furthest = r.end.max(*furthest);
                Some(*furthest)
            })
            .collect();
        Overlaps {
            ranges,
            furthest_end,
        }
    }

    /// True when one of the ranges overlaps `range`.
    pub fn overlaps(&self, range: &Range<usize>) -> bool {
        let starting_before_end = self.ranges.partition_point(|r| r.start < range.end);
        starting_before_end > 0 && self.furthest_end[starting_before_end - 1] > range.start
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_whether_any_range_overlaps() {
        let set = Overlaps::new([20..30, 0..5, 8..9].into_iter());
        assert!(set.overlaps(&(4..6)));
        assert!(set.overlaps(&(25..40)));
        assert!(set.overlaps(&(8..9)));
        assert!(!set.overlaps(&(5..8)));
        assert!(!set.overlaps(&(9..20)));
        assert!(!set.overlaps(&(30..31)));
        assert!(!Overlaps::new(std::iter::empty()).overlaps(&(0..1)));
    }
}
