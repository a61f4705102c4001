//! The learned part of the tone judgement: how rude a text reads from its
//! wording alone, beyond the listed signs.
//!
//! Each word, lower-cased and folded (see [`crate::normalize`]), is read as
//! the character n-grams of the word between boundary marks (3 to 5
//! characters: `<идио`, `иот>`, `<fuck`…) and, when it is longer, as a
//! whole; each piece is hashed into one of [`BUCKETS`]. A linear model (a
//! logistic regression, `make train`: `examples/train_tone.rs`) gives some
//! buckets a weight; a text's reading is the sum of the weights of its
//! pieces over the square root of their number, so that a long letter is not
//! rude for being long. Only the buckets with the largest weights ship, in
//! `model.bin` (the format is read by [`Model::decode`]): a few kilobytes.
//!
//! The model is trained only on texts whose licences allow it to ship
//! (`ru-vk`, MIT; `en-paradetox`, CC0), on the half of them that
//! `make calibrate` also fits on. The judgement takes the reading as one
//! more feature with its own weight; when the reading tips the judgement,
//! the words that weigh most toward rude are the evidence shown.
//!
//! Reading a text is one pass over its words (the first [`MAX_WORDS`]): a
//! few hash steps and one table look-up per piece, nothing allocated.

use crate::words::TextView;
use std::sync::OnceLock;

/// The hash of a piece keeps this many bits.
pub const BITS: u32 = 18;
/// The number of buckets pieces are hashed into.
pub const BUCKETS: usize = 1 << BITS;
/// The shortest n-gram read.
const MIN_N: usize = 3;
/// The longest n-gram read; a longer word is also read whole.
const MAX_N: usize = 5;
/// Characters of a word read at most (the rest of a longer word is not).
const MAX_CHARS: usize = 30;
/// Words of a text read at most: the tone of a long letter shows in its
/// first pages, and a 200 KB draft is not read to the end.
const MAX_WORDS: usize = 2000;
/// Stands for the start of a word.
const START: u32 = 0x2;
/// Stands for the end of a word.
const END: u32 = 0x3;
/// The shipped model: see [`Model::decode`].
const MODEL: &[u8] = include_bytes!("model.bin");
/// The first bytes of a model file.
pub const MAGIC: &[u8; 4] = b"TNG1";

/// Calls `emit` with the bucket of each piece of one normalised word.
pub fn for_each_bucket(norm: &str, mut emit: impl FnMut(usize)) {
    let mut units = [0u32; MAX_CHARS + 2];
    units[0] = START;
    let mut len = 1;
    for c in norm.chars().take(MAX_CHARS) {
        units[len] = u32::from(c);
        len += 1;
    }
    units[len] = END;
    len += 1;
    for start in 0..len {
        let mut h = 0x811c_9dc5u32;
        for (n, &unit) in units[start..len.min(start + MAX_N)].iter().enumerate() {
            h = (h ^ unit).wrapping_mul(0x0100_0193);
            if n + 1 >= MIN_N {
                emit(bucket(h));
            }
        }
    }
    if len > MAX_N {
        // The whole word, apart from its n-grams.
        let whole = units[..len]
            .iter()
            .fold(0x9747_b28cu32, |h, &u| (h ^ u).wrapping_mul(0x0100_0193));
        emit(bucket(whole));
    }
}

/// The bucket of a hash: its high bits, after mixing.
fn bucket(h: u32) -> usize {
    (h.wrapping_mul(0x9e37_79b1) >> (32 - BITS)) as usize
}

/// The weights of the buckets that ship.
pub struct Model {
    /// One weight per bucket, most of them zero, in steps of `scale`.
    weights: Box<[i8]>,
    /// The value of one step of a weight.
    scale: f32,
}

/// What the model reads in a text.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Reading {
    /// How rude the wording reads: positive toward rude, negative toward
    /// calm, zero when the model knows none of it.
    pub score: f32,
    /// The words that weigh most toward rude (part, word), most first, with
    /// their share of `score`; unused slots have a share of zero.
    pub top: [(usize, usize, f32); TOP],
}

/// The words kept as the reading's evidence, at most.
pub const TOP: usize = 3;

impl Model {
    /// The shipped model, decoded once.
    pub fn shared() -> &'static Model {
        static SHARED: OnceLock<Model> = OnceLock::new();
        SHARED.get_or_init(|| Model::decode(MODEL).expect("src/tone/model.bin is a model"))
    }

    /// Reads a model file: [`MAGIC`], the scale (f32, little-endian), the
    /// number of buckets kept (LEB128), each bucket as its distance from
    /// the one before (LEB128, in increasing order), then their weights
    /// (one signed byte each, in steps of the scale).
    pub fn decode(bytes: &[u8]) -> Option<Model> {
        let rest = bytes.strip_prefix(MAGIC)?;
        let scale = f32::from_le_bytes(rest.get(..4)?.try_into().ok()?);
        let mut at = 4;
        let mut number = || {
            let mut n = 0usize;
            let mut shift = 0;
            loop {
                let byte = *rest.get(at)?;
                at += 1;
                n |= usize::from(byte & 0x7f) << shift;
                if byte < 0x80 {
                    return Some(n);
                }
                shift += 7;
            }
        };
        let count = number()?;
        let mut buckets = Vec::with_capacity(count);
        let mut last = 0;
        for _ in 0..count {
            last += number()?;
            buckets.push(last);
        }
        let weights_at = rest.len().checked_sub(count)?;
        let mut weights = vec![0i8; BUCKETS].into_boxed_slice();
        for (&b, &w) in buckets.iter().zip(&rest[weights_at..]) {
            *weights.get_mut(b)? = w as i8;
        }
        Some(Model { weights, scale })
    }

    /// The model as a file (see [`Model::decode`]) from the buckets kept
    /// and their weights.
    pub fn encode(kept: &[(usize, f32)]) -> Vec<u8> {
        let mut kept = kept.to_vec();
        kept.sort_by_key(|&(b, _)| b);
        let largest = kept.iter().map(|(_, w)| w.abs()).fold(0f32, f32::max);
        let scale = if largest > 0.0 { largest / 127.0 } else { 1.0 };
        let mut out = MAGIC.to_vec();
        out.extend(scale.to_le_bytes());
        let number = |out: &mut Vec<u8>, mut n: usize| loop {
            let byte = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                out.push(byte);
                break;
            }
            out.push(byte | 0x80);
        };
        number(&mut out, kept.len());
        let mut last = 0;
        for &(b, _) in &kept {
            number(&mut out, b - last);
            last = b;
        }
        out.extend(kept.iter().map(|&(_, w)| (w / scale).round() as i8 as u8));
        out
    }

    /// The weight of one word: the sum of its pieces' weights, in steps.
    fn word_steps(&self, norm: &str) -> (i32, usize) {
        let mut sum = 0i32;
        let mut pieces = 0usize;
        for_each_bucket(norm, |b| {
            sum += i32::from(self.weights[b]);
            pieces += 1;
        });
        (sum, pieces)
    }

    /// Reads the words of `views` together.
    pub fn read<'a>(&self, views: impl IntoIterator<Item = &'a TextView>) -> Reading {
        let mut total = 0i32;
        let mut pieces = 0usize;
        let mut top = [(0usize, 0usize, 0i32); TOP];
        let mut budget = MAX_WORDS;
        for (part, view) in views.into_iter().enumerate() {
            let read = view.words.len().min(budget);
            budget -= read;
            for (index, word) in view.words[..read].iter().enumerate() {
                let (steps, n) = self.word_steps(&word.norm);
                total += steps;
                pieces += n;
                // Keep the heaviest words toward rude, heaviest first.
                if let Some(slot) = top.iter().position(|&(_, _, s)| steps > s) {
                    top[slot..].rotate_right(1);
                    top[slot] = (part, index, steps);
                }
            }
        }
        if pieces == 0 {
            return Reading::default();
        }
        let per_step = self.scale / (pieces as f32).sqrt();
        Reading {
            score: total as f32 * per_step,
            top: top.map(|(part, word, steps)| (part, word, steps as f32 * per_step)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_read_as_its_ngrams_and_as_a_whole() {
        let mut short = Vec::new();
        for_each_bucket("ok", |b| short.push(b));
        // "<ok>": <ok, ok>, <ok>.
        assert_eq!(short.len(), 3);
        let mut long = Vec::new();
        for_each_bucket("idiot", |b| long.push(b));
        // "<idiot>" (7 units): 5 trigrams, 4 four-grams, 3 five-grams, and
        // the whole word.
        assert_eq!(long.len(), 5 + 4 + 3 + 1);
        assert!(long.iter().all(|&b| b < BUCKETS));
    }

    #[test]
    fn the_model_file_keeps_its_buckets_and_weights() {
        let kept = [(7, 0.5), (300, -1.0), (BUCKETS - 1, 0.25)];
        let model = Model::decode(&Model::encode(&kept)).unwrap();
        for (b, w) in kept {
            let read = f32::from(model.weights[b]) * model.scale;
            assert!((read - w).abs() < 0.01, "bucket {b}: {read} for {w}");
        }
        assert_eq!(model.weights.iter().filter(|&&w| w != 0).count(), 3);
    }

    #[test]
    fn the_shipped_model_reads_insults_as_rude() {
        let model = Model::shared();
        let rude = model.read([&TextView::of("you are a fucking idiot")]);
        let calm = model.read([&TextView::of("thank you for the update on the order")]);
        assert!(rude.score > calm.score, "{rude:?} vs {calm:?}");
        assert!(rude.top[0].2 > 0.0);
    }
}
