//! What decides whether a short quotation throws the reader's words back
//! at them ("the fourth "firm" date you've given us"), read once per
//! sentence: where the sentence's words that address the reader are,
//! whether it tells what the author is told again and again ("every time
//! I'm told it is "being processed""), and whether it asks what the reader
//! means ("when you say "single page", do you mean…"); and whether sarcasm
//! already found covers it, searched rather than scanned. A sentence of
//! thousands of quotations is read once.

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

/// Words, normalised, that tell what was said or answered ("told",
/// "отвечают", "λένε"): with the author as the one told
/// ([`TOLD_WHOM`]), or in the author's own first person ("слышу",
/// "ακούω"), what follows in quotation marks is what the author is told.
const TELLING: &[&str] = &[
    "told",
    "tell",
    "tells",
    "telling",
    "say",
    "says",
    "said",
    "saying",
    "promised",
    "promises",
    "answered",
    "answers",
    "replied",
    "replies",
    "wrote",
    "writes",
    "говорят",
    "говорит",
    "сказали",
    "сказал",
    "сказала",
    "отвечают",
    "отвечает",
    "ответили",
    "ответил",
    "ответила",
    "пишут",
    "пишет",
    "написали",
    "обещают",
    "обещали",
    "обещал",
    "обещала",
    "λενε",
    "λεει",
    "ειπε",
    "ειπαν",
    "ειπατε",
    "απαντουν",
    "απαντα",
    "απανταει",
    "απαντησαν",
    "απαντησε",
    "γραφουν",
    "γραφει",
    "εγραψαν",
    "υποσχονται",
    "υποσχεθηκαν",
];

/// Telling in the author's own first person: "слышу «завтра»", "получаю
/// «бухгалтерия в курсе»", "ακούω «αύριο»", "I hear".
const TOLD_IN_FIRST_PERSON: &[&str] = &[
    "hear",
    "слышу",
    "слышим",
    "получаю",
    "получаем",
    "ακουω",
    "ακουμε",
    "παιρνω",
    "παιρνουμε",
];

/// The author as the one told: "me", "мне", "μου"; "I'm told".
const TOLD_WHOM: &[&str] = &["me", "us", "i", "i'm", "im", "мне", "нам", "μου", "μας"];

/// Words that say a thing happens again and again: "again", "every",
/// "снова", "каждое", "ξανά", "κάθε".
const AGAIN: &[&str] = &[
    "again",
    "every",
    "each",
    "always",
    "another",
    "снова",
    "опять",
    "вновь",
    "каждый",
    "каждое",
    "каждую",
    "каждая",
    "каждом",
    "каждого",
    "каждой",
    "очередной",
    "очередное",
    "очередная",
    "очередную",
    "всегда",
    "ξανα",
    "παλι",
    "καθε",
    "παντα",
];

/// What one sentence says of the reader.
pub(super) struct SentenceFacts {
    /// The sentence's number (see `sentence_numbers`).
    pub sentence: usize,
    /// The words of the sentence that address the reader, in order.
    addressing: Vec<usize>,
    /// True when the sentence asks what the reader means (see [`MEANING`]).
    pub asks_meaning: bool,
    /// The words of the sentence that tell what the author is told (see
    /// [`TELLING`], [`TOLD_IN_FIRST_PERSON`]), [`TOLD_WHOM`] and [`AGAIN`]:
    /// for each [`Told`], in its order, their positions in order.
    told_again: [Vec<usize>; 4],
}

/// What a word of a sentence says of what the author is told.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(usize)]
enum Told {
    /// A verb of telling.
    Telling,
    /// Telling in the author's own first person.
    TellingMe,
    /// The author as the one told.
    Whom,
    /// Again and again.
    Again,
}

impl Told {
    fn of(norm: &str) -> Option<Told> {
        if TELLING.contains(&norm) {
            Some(Told::Telling)
        } else if TOLD_IN_FIRST_PERSON.contains(&norm) {
            Some(Told::TellingMe)
        } else if TOLD_WHOM.contains(&norm) {
            Some(Told::Whom)
        } else if AGAIN.contains(&norm) {
            Some(Told::Again)
        } else {
            None
        }
    }
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
        let mut told_again: [Vec<usize>; 4] = Default::default();
        for at in from..to {
            if let Some(told) = Told::of(view.words[at].norm.as_str()) {
                told_again[told as usize].push(at);
            }
        }
        SentenceFacts {
            sentence,
            addressing,
            asks_meaning,
            told_again,
        }
    }

    /// True when the sentence, outside `words`, tells what the author is
    /// told, and tells it as happening again and again (an "again" word,
    /// or `counted`: the sentence counts the reader's failures): "every
    /// time I'm told it is "being processed"", not "our engineer told me
    /// the units are "as new"".
    pub fn tells_the_author_again_outside(&self, words: &Range<usize>, counted: bool) -> bool {
        let outside = |told: Told| any_outside(&self.told_again[told as usize], words);
        let told = outside(Told::TellingMe) || (outside(Told::Telling) && outside(Told::Whom));
        told && (counted || outside(Told::Again))
    }

    /// True when a word of the sentence outside `words` addresses the
    /// reader: a "you" inside a quotation is someone else's ("the song
    /// goes "you liar, you cheat"").
    pub fn addresses_outside(&self, words: &Range<usize>) -> bool {
        any_outside(&self.addressing, words)
    }
}

/// True when one of `positions` (in order) lies outside `words`.
fn any_outside(positions: &[usize], words: &Range<usize>) -> bool {
    let inside = positions.partition_point(|&at| at < words.end)
        - positions.partition_point(|&at| at < words.start);
    positions.len() > inside
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
