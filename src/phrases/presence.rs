//! Which words a text holds, as a small Bloom filter, and which words a
//! phrase cannot match without: a phrase whose needed words are not all in
//! the text is turned away with a few bit tests, before its word program
//! runs (most phrases that may start at a word of a letter need a word the
//! letter does not hold).

use super::{Inst, Tok};
use crate::words::{initial_key, PhraseFilters, TextView};

/// The words a phrase needs, flat in one allocation (a phrase that is a
/// candidate at a word of a cold cache then costs one miss here, not one
/// for each word): for each needed word, the number of its alternatives,
/// then the [`fingerprint`]s of their keys ([`key_of`]), of which the text
/// must hold one (32 bits a key: the large sets read half the lines).
pub(crate) type Needs = Box<[u32]>;

/// How many needed words are kept per phrase (each costs a look-up).
const MAX_NEEDS: usize = 4;

/// How many instructions of a phrase's program are tested for being needed
/// (each test walks the program once, when the phrase is first a
/// candidate): enough to reach past a phrase's last alternatives, often a
/// dozen words none of which is needed ("… (today|this morning|in one
/// day|…)"), to the words before them that are.
const MAX_TESTED: usize = 40;

/// The key a text is searched for to find `tok`: the hash of its stem or
/// word, or, for a prefix, of its first two characters (or its one).
/// `None` for an empty prefix, which any word has.
pub(crate) fn key_of(tok: &Tok) -> Option<u64> {
    match tok {
        Tok::Stem(_, h) | Tok::Exact(_, h) => Some(*h),
        Tok::Prefix(p) => initial_key(p),
    }
}

/// The scratch space of [`matches_without`], kept from one walk of a
/// program to the next: allocated and grown anew for each walk, it was
/// most of the first check's instructions (the needs of each phrase met
/// are worked out then, a dozen walks each).
#[derive(Default)]
struct Walk {
    seen: Vec<bool>,
    stack: Vec<usize>,
}

/// True when some path through `program` from its start to a match avoids
/// instruction `avoid` (so the phrase can match without it).
fn matches_without(program: &[Inst], avoid: usize, walk: &mut Walk) -> bool {
    let Walk { seen, stack } = walk;
    seen.clear();
    seen.resize(program.len(), false);
    stack.clear();
    stack.push(0);
    while let Some(pc) = stack.pop() {
        if pc == avoid || pc >= program.len() || std::mem::replace(&mut seen[pc], true) {
            continue;
        }
        match &program[pc] {
            Inst::Match => return true,
            Inst::Split(a, b) => stack.extend([*b as usize, *a as usize]),
            Inst::Jump(to) => stack.push(*to as usize),
            _ => stack.push(pc + 1),
        }
    }
    false
}

/// The words `program` cannot match without (some of them): each a word or
/// a set of words on every path to a match, latest first.
pub(crate) fn needs_of(program: &[Inst]) -> Needs {
    let consuming = (0..program.len())
        .rev()
        .filter(|&pc| matches!(program[pc], Inst::Word(_) | Inst::Set(_) | Inst::Peek(_)))
        .take(MAX_TESTED);
    let mut needs = Vec::new();
    let mut count = 0;
    let mut walk = Walk::default();
    for pc in consuming {
        if count == MAX_NEEDS {
            break;
        }
        if matches_without(program, pc, &mut walk) {
            continue;
        }
        let toks: &[Tok] = match &program[pc] {
            Inst::Word(tok) => std::slice::from_ref(tok),
            // A peek at the first words of alternatives needs one of them.
            Inst::Set(set) => &set.toks,
            Inst::Peek(peek) => &peek.words(program, pc).toks,
            _ => continue,
        };
        // The keys go straight after their count; a word without a key
        // (an empty prefix, which any word has) takes the group back out.
        let start = needs.len();
        needs.push(toks.len() as u32);
        for tok in toks {
            match key_of(tok) {
                Some(key) => needs.push(fingerprint(key)),
                None => {
                    needs.truncate(start);
                    break;
                }
            }
        }
        count += usize::from(needs.len() > start);
    }
    needs.into_boxed_slice()
}

/// The key of one word `program` cannot match without, found in one pass
/// over it (no walk of its paths, so every phrase can have it at start-up):
/// the latest single word that no split or jump before it leaps over.
/// `None` when no word is sure that way. The shared index of first words
/// keeps it beside each phrase (see [`fingerprint`]), and turns the phrase
/// away there, before its list, its needed words or its program are read.
pub(crate) fn sure_need(program: &[Inst]) -> Option<u64> {
    match &program[sure_need_at(program)?] {
        Inst::Word(tok) => key_of(tok),
        _ => None,
    }
}

/// Where the word of [`sure_need`] is in `program`.
fn sure_need_at(program: &[Inst]) -> Option<usize> {
    // The furthest place any split or jump seen so far leads to.
    let mut reach = 0;
    let mut need = None;
    for (pc, inst) in program.iter().enumerate() {
        match inst {
            Inst::Split(a, b) => reach = reach.max(usize::from(*a)).max(usize::from(*b)),
            Inst::Jump(to) => reach = reach.max(usize::from(*to)),
            Inst::Word(tok) if reach <= pc && key_of(tok).is_some() => need = Some(pc),
            Inst::Match => break,
            _ => {}
        }
    }
    need
}

/// What the filter of a view's words keeps of a key: 32 bits, so the shared
/// index can keep a phrase's [`sure_need`] beside it in one word. Zero
/// stands for no need.
pub(crate) fn fingerprint(key: u64) -> u32 {
    (key ^ (key >> 32)) as u32
}

/// The words of a view or of a sentence, as bits of a Bloom filter (see
/// [`PhraseFilters`]): each word's stem and normalised form, and its first
/// one and two letters (for prefixes, see [`crate::words::initial_key`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Presence<'a> {
    bits: &'a [u64],
    /// Number of bits less one (a power of two less one).
    mask: u64,
}

/// Bits of a sentence's filter per word (twice the whole view's), and at
/// most: a long sentence fills its filter, which then turns fewer phrases
/// away (but its memory stays a few bytes a word whatever the text).
const SENTENCE_BITS_PER_WORD: usize = 64;
const SENTENCE_BITS_MAX: usize = 2048;

/// The filters of the words of `view`, the whole view's and each
/// sentence's (made one after the other, the two worked out each word's
/// keys twice).
fn filters(view: &TextView) -> PhraseFilters {
    // About eight bits per key, four keys a word.
    let size = (view.len() * 32).next_power_of_two().clamp(1024, 1 << 24);
    let mut whole = vec![0; size / 64];
    let mut sentence_of = Vec::with_capacity(view.len());
    let mut starts = Vec::new();
    // A sentence's filter has at most twice its words' bits, and at least
    // one u64: room for them all at once.
    let mut sentences: Vec<u64> = Vec::with_capacity(2 * view.len() * SENTENCE_BITS_PER_WORD / 64);
    let mut start = 0;
    while start < view.len() {
        let end = (start + 1..view.len())
            .find(|&i| view.breaks_before(i))
            .unwrap_or(view.len());
        let size = ((end - start) * SENTENCE_BITS_PER_WORD)
            .next_power_of_two()
            .clamp(64, SENTENCE_BITS_MAX);
        let filter = sentences.len();
        sentences.resize(filter + size / 64, 0);
        for i in start..end {
            sentence_of.push(starts.len() as u32);
            let [first, initial] = view.initial_keys[i];
            for key in [view.stem_hashes[i], view.norm_hashes[i], first, initial] {
                let hashes = key_hashes(fingerprint(key));
                set_bits(&mut whole, hashes);
                set_bits(&mut sentences[filter..], hashes);
            }
        }
        starts.push(filter as u32);
        start = end;
    }
    starts.push(sentences.len() as u32);
    PhraseFilters {
        whole,
        sentence_of,
        starts,
        sentences,
    }
}

/// The two hashes of a key's [`fingerprint`] whose low bits are its bits in
/// a filter.
fn key_hashes(fingerprint: u32) -> [u64; 2] {
    let f = u64::from(fingerprint);
    [f, f.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40]
}

/// Sets the bits of a key, given its [`key_hashes`], in a filter of `bits`
/// (a power of two of them, at most 2^24).
fn set_bits(bits: &mut [u64], hashes: [u64; 2]) {
    let mask = bits.len() as u64 * 64 - 1;
    for hash in hashes {
        let bit = hash & mask;
        bits[(bit / 64) as usize] |= 1 << (bit % 64);
    }
}

impl<'a> Presence<'a> {
    /// The filter of `view`, made on first use.
    pub(crate) fn of(view: &'a TextView) -> Presence<'a> {
        let bits = &view.phrase_filters.get_or_init(|| filters(view)).whole;
        Presence {
            bits,
            mask: bits.len() as u64 * 64 - 1,
        }
    }

    /// The filter of the sentence word `word` of `view` is in, made for
    /// all sentences on first use.
    pub(crate) fn of_sentence(view: &'a TextView, word: usize) -> Presence<'a> {
        let filters = view.phrase_filters.get_or_init(|| filters(view));
        let sentence = filters.sentence_of[word] as usize;
        let filter = filters.starts[sentence] as usize..filters.starts[sentence + 1] as usize;
        Presence {
            mask: filter.len() as u64 * 64 - 1,
            bits: &filters.sentences[filter],
        }
    }

    /// False when the view surely has no word of the key of `fingerprint`.
    pub(crate) fn may_have_fingerprint(&self, fingerprint: u32) -> bool {
        key_hashes(fingerprint).iter().all(|&hash| {
            let bit = hash & self.mask;
            self.bits[(bit / 64) as usize] & (1 << (bit % 64)) != 0
        })
    }

    /// False when the view surely lacks one of `needs` (see [`Needs`]).
    pub(crate) fn may_have_all(&self, mut needs: &[u32]) -> bool {
        while let Some((&count, rest)) = needs.split_first() {
            let (keys, after) = rest.split_at(count as usize);
            if !keys.iter().any(|&key| self.may_have_fingerprint(key)) {
                return false;
            }
            needs = after;
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phrases::compile;

    #[test]
    fn a_sure_need_is_a_word_every_match_passes() {
        let programs = |source: &str| -> Vec<Vec<Inst>> {
            compile(source)
                .unwrap()
                .into_iter()
                .map(|p| p.program.into_owned())
                .collect()
        };
        let sure = programs(
            "[en]\nplease [kindly] find ~2 file [now]\n(late|slow) reply\n(sorry|apologies)\n",
        );
        assert_eq!(
            sure_need_at(&sure[0]).map(|pc| &sure[0][pc]),
            Some(&sure[0][sure[0].len() - 4])
        );
        assert!(matches!(
            &sure[1][sure_need_at(&sure[1]).unwrap()],
            Inst::Word(_)
        ));
        assert_eq!(sure_need(&sure[2]), None);
        let mut checked = 0;
        for (_, source) in crate::phrases::precompiled::sources() {
            for program in programs(source) {
                if let Some(pc) = sure_need_at(&program) {
                    assert!(
                        !matches_without(&program, pc, &mut Walk::default()),
                        "{program:?}"
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "{checked}");
    }

    #[test]
    fn alternatives_need_one_of_their_first_words() {
        // "(i am|we are) sorry": every match starts with "i" or "we".
        let program = compile("[en]\n(i am|we are|i'm) ~2 sorry\n").unwrap()[0]
            .program
            .clone();
        let needs = needs_of(&program);
        let wanted = |word: &str| fingerprint(crate::words::hash(word.as_bytes()));
        let mut groups = Vec::new();
        let mut rest: &[u32] = &needs;
        while let Some((&count, after)) = rest.split_first() {
            let (keys, next) = after.split_at(count as usize);
            groups.push(keys.to_vec());
            rest = next;
        }
        assert!(groups
            .iter()
            .any(|g| g.contains(&wanted("sorri")) || g.contains(&wanted("sorry"))));
        assert!(
            groups
                .iter()
                .any(|g| g.len() >= 2 && g.contains(&wanted("i")) && g.contains(&wanted("we"))),
            "{groups:?}"
        );
    }

    #[test]
    fn a_sentence_turns_away_what_only_another_sentence_has() {
        let view = TextView::of("We are sorry. The parcel is late, and the invoice too.");
        let program = compile("[en]\nparcel ~3 sorry\n").unwrap()[0]
            .program
            .clone();
        let needs = needs_of(&program);
        assert!(Presence::of(&view).may_have_all(&needs));
        // "parcel" starts the second sentence, which has no "sorry".
        let parcel = view
            .words
            .iter()
            .position(|w| &*w.norm == "parcel")
            .unwrap();
        assert!(!Presence::of_sentence(&view, parcel).may_have_all(&needs));
    }
}
