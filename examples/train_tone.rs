//! `make train`: trains the learned part of the tone judgement
//! (`src/tone/learned.rs`) and writes `src/tone/model.bin`.
//!
//! Data: only the files of `../shared/tone-dev` whose licences allow a
//! component that ships (`ru-vk`, MIT; `en-paradetox`, CC0), and of them
//! only the half `make calibrate` fits on (`tests/support/tone_dev.rs`
//! keeps the other half back). Each text is read as the body of a reply to
//! a client, as the checker reads it.
//!
//! Method: a logistic regression of "rude" on the hashed pieces of the
//! words, each file and each label weighing the same, with an L1 and an L2
//! penalty (proximal gradient steps, FISTA, from zero: deterministic); the
//! [`KEPT`] buckets with the largest weights are kept and fitted again
//! without the L1 penalty, and written with one signed byte each.
//!
//! `cargo run --release --example train_tone` prints how well the model
//! alone tells rude from calm on a quarter of the training half it was not
//! trained on, for a few penalties and sizes; `-- --write` trains on the
//! whole training half and writes the model.

#[path = "../tests/support/tone_dev.rs"]
mod tone_dev;

use presend::context::Context;
use presend::tone::learned::{for_each_bucket, Model, BUCKETS};
use presend::Config;
use tone_dev::{draft_of, is_held_back, rows};

/// The files the model may learn from.
const TRAINING: &[&str] = &["ru-vk", "en-paradetox"];
/// The files the model is only measured on.
const OTHERS: &[&str] = &["ru", "en", "el", "en-aggression", "ru-paradetox"];
/// The L1 penalty of the model that ships.
const L1: f32 = 0.00003;
/// The L2 penalty.
const L2: f32 = 0.0005;
/// Buckets kept in the model that ships.
const KEPT: usize = 4000;
/// Proximal gradient steps.
const STEPS: usize = 800;
/// Length of a step.
const RATE: f32 = 2.0;

/// One text: its pieces (bucket, value), its label and its weight in the
/// loss.
struct Sample {
    x: Vec<(u32, f32)>,
    rude: bool,
    weight: f32,
    file: usize,
}

/// The pieces of a text as the checker reads them: the subject and the
/// author's own words of the body, each piece counted, over the square root
/// of their number (as [`Model::read`] sums them).
fn pieces(text: &str, config: &Config) -> Vec<(u32, f32)> {
    let draft = draft_of(text);
    let ctx = Context::new(&draft, config);
    let mut buckets = Vec::new();
    for view in [&ctx.subject, &ctx.own] {
        for word in &view.words {
            for_each_bucket(&word.norm, |b| buckets.push(b as u32));
        }
    }
    let norm = (buckets.len().max(1) as f32).sqrt().recip();
    buckets.sort_unstable();
    let mut x: Vec<(u32, f32)> = Vec::new();
    for b in buckets {
        match x.last_mut() {
            Some((last, v)) if *last == b => *v += norm,
            _ => x.push((b, norm)),
        }
    }
    x
}

/// The samples of `files` on the training half, each (file, label) group
/// weighing the same, with the id of each row.
fn samples(files: &[&str]) -> Vec<(String, Sample)> {
    let config = Config::default();
    let mut out = Vec::new();
    for (f, file) in files.iter().enumerate() {
        for row in rows(file).into_iter().filter(|r| !is_held_back(&r.id)) {
            let x = pieces(&row.text, &config);
            out.push((
                row.id,
                Sample {
                    x,
                    rude: row.rude,
                    weight: 0.0,
                    file: f,
                },
            ));
        }
    }
    balance(out.iter_mut().map(|(_, s)| s), files.len());
    out
}

/// Gives each (file, label) group the same total weight, 1 in all.
fn balance<'a>(samples: impl Iterator<Item = &'a mut Sample>, files: usize) {
    let samples: Vec<&mut Sample> = samples.collect();
    let mut counts = vec![[0usize; 2]; files];
    for s in &samples {
        counts[s.file][usize::from(s.rude)] += 1;
    }
    let groups = counts.iter().flatten().filter(|&&c| c > 0).count() as f32;
    for s in samples {
        s.weight = 1.0 / (groups * counts[s.file][usize::from(s.rude)] as f32);
    }
}

fn dot(w: &[f32], x: &[(u32, f32)]) -> f32 {
    x.iter().map(|&(b, v)| w[b as usize] * v).sum()
}

/// Fits weights and a bias by FISTA; only buckets where `allowed` is true
/// may get a weight.
fn fit(samples: &[&Sample], l1: f32, allowed: Option<&[bool]>) -> (Vec<f32>, f32) {
    let mut w = vec![0f32; BUCKETS];
    let mut b = 0f32;
    let mut y = w.clone();
    let mut yb = b;
    let mut t = 1f32;
    let mut grad = vec![0f32; BUCKETS];
    for _ in 0..STEPS {
        grad.iter_mut().for_each(|g| *g = 0.0);
        let mut grad_b = 0.0;
        for s in samples {
            let z = dot(&y, &s.x) + yb;
            let p = 1.0 / (1.0 + (-z).exp());
            let err = (p - f32::from(u8::from(s.rude))) * s.weight;
            for &(i, v) in &s.x {
                grad[i as usize] += err * v;
            }
            grad_b += err;
        }
        let t_next = (1.0 + (1.0 + 4.0 * t * t).sqrt()) / 2.0;
        let momentum = (t - 1.0) / t_next;
        for i in 0..BUCKETS {
            let old = w[i];
            let step = y[i] - RATE * (grad[i] + L2 * y[i]);
            let shrunk = step.signum() * (step.abs() - RATE * l1).max(0.0);
            w[i] = if allowed.is_none_or(|a| a[i]) {
                shrunk
            } else {
                0.0
            };
            y[i] = w[i] + momentum * (w[i] - old);
        }
        let old_b = b;
        b = yb - RATE * grad_b;
        yb = b + momentum * (b - old_b);
        t = t_next;
    }
    (w, b)
}

/// The `kept` buckets with the largest weights.
fn largest(w: &[f32], kept: usize) -> Vec<bool> {
    let mut order: Vec<usize> = (0..w.len()).filter(|&i| w[i] != 0.0).collect();
    order.sort_by(|&a, &b| w[b].abs().total_cmp(&w[a].abs()).then(a.cmp(&b)));
    let mut mask = vec![false; w.len()];
    for &i in order.iter().take(kept) {
        mask[i] = true;
    }
    mask
}

/// Trains the model that ships: fitted with the L1 penalty, cut to the
/// largest weights, fitted again on those alone.
fn train(samples: &[&Sample], l1: f32, kept: usize) -> (Vec<f32>, f32) {
    let (w, _) = fit(samples, l1, None);
    let mask = largest(&w, kept);
    fit(samples, 0.0, Some(&mask))
}

/// The area under the ROC curve of `score` on `samples`, weighted.
fn auc(samples: &[&Sample], score: impl Fn(&Sample) -> f32) -> f32 {
    let mut scored: Vec<(f32, bool)> = samples.iter().map(|s| (score(s), s.rude)).collect();
    scored.sort_by(|a, b| a.0.total_cmp(&b.0));
    let rude = scored.iter().filter(|s| s.1).count() as f32;
    let calm = scored.len() as f32 - rude;
    // Each rude text counts the calm ones scored below it, and half of those
    // scored the same.
    let mut calm_below = 0.0;
    let mut sum = 0.0;
    let mut at = 0;
    while at < scored.len() {
        let tied = scored[at..]
            .iter()
            .take_while(|s| s.0 == scored[at].0)
            .count();
        let group = &scored[at..at + tied];
        let calm_tied = group.iter().filter(|s| !s.1).count() as f32;
        let rude_tied = tied as f32 - calm_tied;
        sum += rude_tied * (calm_below + calm_tied / 2.0);
        calm_below += calm_tied;
        at += tied;
    }
    sum / (rude * calm).max(1.0)
}

/// A quarter of the training half, by a hash of the id (both sides of a
/// pair together), to choose the penalty and the size on.
fn is_validation(id: &str) -> bool {
    let stem = id
        .strip_suffix("-rude")
        .or_else(|| id.strip_suffix("-calm"))
        .unwrap_or(id);
    let hash = stem.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    hash.wrapping_mul(0x9e37_79b1) >> 30 == 0
}

fn main() {
    let write = std::env::args().any(|a| a == "--write");
    let all = samples(TRAINING);
    if !write {
        let (valid, fit_on): (Vec<_>, Vec<_>) = all.iter().partition(|(id, _)| is_validation(id));
        let fit_on: Vec<&Sample> = fit_on.iter().map(|(_, s)| s).collect();
        println!(
            "training on {} texts, measuring on {}",
            fit_on.len(),
            valid.len()
        );
        // The other files only measure how far the model carries (their
        // training half; the model learns nothing from them).
        let others: Vec<(&str, Vec<(String, Sample)>)> = OTHERS
            .iter()
            .map(|&file| (file, samples(&[file])))
            .collect();
        for l1 in [0.00003, 0.0001, 0.0002] {
            for kept in [1500, 4000] {
                let (w, b) = train(&fit_on, l1, kept);
                let figures: Vec<String> = (0..TRAINING.len())
                    .map(|f| {
                        let of_file: Vec<&Sample> = valid
                            .iter()
                            .map(|(_, s)| s)
                            .filter(|s| s.file == f)
                            .collect();
                        format!(
                            "{} AUC {:.3}",
                            TRAINING[f],
                            auc(&of_file, |s| dot(&w, &s.x) + b)
                        )
                    })
                    .chain(others.iter().map(|(file, samples)| {
                        let samples: Vec<&Sample> = samples.iter().map(|(_, s)| s).collect();
                        format!("{file} {:.3}", auc(&samples, |s| dot(&w, &s.x) + b))
                    }))
                    .collect();
                println!("L1 {l1} kept {kept}: {}", figures.join(", "));
            }
        }
        return;
    }
    let fit_on: Vec<&Sample> = all.iter().map(|(_, s)| s).collect();
    let (w, _) = train(&fit_on, L1, KEPT);
    let kept: Vec<(usize, f32)> = (0..BUCKETS)
        .filter(|&i| w[i] != 0.0)
        .map(|i| (i, w[i]))
        .collect();
    let bytes = Model::encode(&kept);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tone/model.bin");
    std::fs::write(&path, &bytes).expect("write src/tone/model.bin");
    println!(
        "wrote {} ({} buckets, {} bytes) from {} texts",
        path.display(),
        kept.len(),
        bytes.len(),
        fit_on.len()
    );
}
