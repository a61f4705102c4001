//! `make calibrate`: fits the weights of the tone judgement (`src/tone/`) on
//! real texts labelled by others and writes them to `src/tone/weights.rs`.
//!
//! Data: the half of each file of `../shared/tone-dev` that is not kept back
//! (see `tests/support/tone_dev.rs`), rude texts as agitated and calm ones as
//! not, and the same half of `../shared/corpus/en-enron-business` (business
//! mail) as not agitated. Each text is read as the body of a reply to a
//! client, exactly as `tests/tone.rs` measures it.
//!
//! Method: a logistic regression of "rude" on the judgement's features,
//! every file weighing the same, rude and calm halves balanced, with the
//! weights of signs of agitation kept positive and those of friendliness and
//! length kept negative; then the bias is raised until at most
//! [`FALSE_ALARMS`] of the calm texts of every file and [`ENRON_ALARMS`] of
//! the business mail would get a tone finding. The regression weighs every
//! text alike while the bars count texts flagged, so at that bias the
//! weights of the word signs are then moved one at a time, by fixed steps,
//! while the mean recall less the mean false alarms rises and no file gets
//! more false alarms ([`tune_for_recall`]; `-- --regression-only` skips
//! it). A handful of numbers come out; no text and nothing else learned
//! from the data goes into presend.
//!
//! `cargo run --release --example calibrate` prints the figures;
//! `-- --write` also rewrites `src/tone/weights.rs`; `-- --in-force`
//! measures the weights in force on the same half; `-- --held-back`
//! prints the figures of the half kept back instead (look at them once, at
//! the end). `--explain FILE`, `--flagged FILE`, `--explain-corpus FOLDER
//! SCORE` and `--lone KIND` list texts of the tuning half, to see why.
#![allow(clippy::disallowed_methods)] // sorts freely: not in the module

#[path = "../src/cli/input.rs"]
#[allow(dead_code)]
mod input;
#[path = "../tests/support/letters.rs"]
mod letters;
#[path = "../tests/support/tone_dev.rs"]
mod tone_dev;

use presend::context::Context;
use presend::tone::{Judgement, FEATURES};
use presend::Config;
use std::fmt::Write as _;
use tone_dev::{corpus_files, draft_of, is_held_back, rows, support_reply_draft, CALM_ONLY, FILES};

/// The share of calm texts of any file of tone-dev allowed a tone finding
/// from the weighted signs (rebukes, insults and profanity come on top:
/// the bias cannot change them).
const FALSE_ALARMS: f64 = 0.06;
/// The share of business mail allowed a tone finding.
const ENRON_ALARMS: f64 = 0.01;
/// L2 penalty of the regression.
const L2: f64 = 0.003;
/// Gradient steps.
const STEPS: usize = 6000;
/// Features [`tune_for_recall`] leaves at the regression's weight: capitals
/// in names and labels ("MARKET DATA is down") are read as emphasis, which
/// the labelled texts hardly show, so their weight stays where every text
/// put it.
const TYPOGRAPHY: &[&str] = &["capitals", "emphasis", "marks"];
/// How far [`tune_for_recall`] may lower the weight of a sign below the
/// regression's, so that the signs that make a letter agitated alone or in
/// pairs ("ТРЕТИЙ РАЗ … !!!") still do; the weights of what stands around
/// the signs ([`CONTEXT`], [`CALMING`]) move freely.
const MAX_FALL: f64 = 0.1;
/// Rounds of [`tune_for_recall`] at most.
const SEARCH_ROUNDS: usize = 8;
/// Features that are not signs but weigh the signs' context.
const CONTEXT: &[&str] = &["addressed"];
/// Features whose weight must not be positive (they speak for calm).
const CALMING: &[&str] = &["friendly", "length"];

/// One text: its features, whether a decisive sign (a rebuke, an insult)
/// was found, its label and the file it comes from.
struct Sample {
    x: [f64; FEATURES.len()],
    decisive: bool,
    /// The judgement found the text agitated where the weighted signs,
    /// with the weights in force, and the decisive ones did not: by its
    /// wording alone (see `src/tone/wording.rs`), or by signs that add up
    /// in a letter (two, or one beside a wording that leans angry), which
    /// no weight decides.
    beyond_weights: bool,
    rude: bool,
    group: usize,
}

fn judge(draft: &presend::Draft, config: &Config) -> ([f64; FEATURES.len()], bool, bool) {
    let ctx = Context::new(draft, config);
    let j = Judgement::of(&ctx);
    let mut x = [0f64; FEATURES.len()];
    for (slot, v) in x.iter_mut().zip(j.features) {
        *slot = f64::from(v);
    }
    let decisive = j.evidence.iter().any(|e| e.kind.is_decisive());
    (x, decisive, j.agitated && j.score <= 0.0 && !decisive)
}

/// The samples of one side of the split; group names in order.
fn samples(held_back: bool) -> (Vec<Sample>, Vec<String>) {
    let config = Config::default();
    let mut out = Vec::new();
    let mut groups = Vec::new();
    for file in FILES {
        let group = groups.len();
        groups.push(file.to_string());
        for row in rows(file)
            .into_iter()
            .filter(|r| is_held_back(&r.id) == held_back)
        {
            if row.rude && CALM_ONLY.contains(file) {
                continue;
            }
            let (x, decisive, beyond_weights) = judge(&draft_of(&row.text), &config);
            out.push(Sample {
                x,
                decisive,
                beyond_weights,
                rude: row.rude,
                group,
            });
        }
    }
    // Real mail by others: business mail and support replies are calm,
    // angry customer tweets are not.
    for (name, rude) in [
        ("en-enron-business", false),
        ("en-support-replies-twcs", false),
        ("en-complaints-twcs", true),
    ] {
        let group = groups.len();
        groups.push(name.into());
        for file in corpus_files(name) {
            let file_name = file.file_name().unwrap().to_string_lossy().into_owned();
            if is_held_back(&file_name) != held_back {
                continue;
            }
            let draft = if name == "en-support-replies-twcs" {
                support_reply_draft(&file)
            } else {
                input::load(&file.to_string_lossy()).unwrap()
            };
            let (x, decisive, beyond_weights) = judge(&draft, &config);
            out.push(Sample {
                x,
                decisive,
                beyond_weights,
                rude,
                group,
            });
        }
    }
    // presend's own letters (tests/fixtures/judgement): the half the rules
    // are tuned on, or the half kept back.
    let group = groups.len();
    groups.push("letters".into());
    let half = if held_back { "held" } else { "dev" };
    for lang in ["ru", "en", "el"] {
        for set in ["problem", "clean"] {
            for letter in letters::letters(half, lang, set) {
                let (x, decisive, beyond_weights) = judge(&letter.draft, &config);
                out.push(Sample {
                    x,
                    decisive,
                    beyond_weights,
                    rude: letter.expect.iter().any(|e| e == "tone"),
                    group,
                });
            }
        }
    }
    (out, groups)
}

fn score(w: &[f64], x: &[f64]) -> f64 {
    w.iter().zip(x).map(|(w, x)| w * x).sum()
}

/// Fits the weights (without the bias, which [`choose_bias`] sets).
fn fit(samples: &[Sample], groups: usize) -> (Vec<f64>, f64) {
    // Every file weighs the same, its rude and calm halves balanced.
    let mut counts = vec![[0usize; 2]; groups];
    for s in samples {
        counts[s.group][usize::from(s.rude)] += 1;
    }
    // presend's own letters are the mail it is for: they weigh three files.
    let letters = groups - 1;
    let weight_of = |s: &Sample| {
        let file = if s.group == letters { 3.0 } else { 1.0 };
        file / counts[s.group][usize::from(s.rude)] as f64
    };
    let total: f64 = samples.iter().map(weight_of).sum();
    let n = FEATURES.len();
    let mut w = vec![0.5; n];
    let mut b = -1.0;
    for (i, name) in FEATURES.iter().enumerate() {
        if CALMING.contains(name) {
            w[i] = -0.1;
        }
    }
    let rate = 1.0;
    for _ in 0..STEPS {
        let mut grad = vec![0.0; n];
        let mut grad_b = 0.0;
        for s in samples.iter().filter(|s| !s.decisive) {
            let p = 1.0 / (1.0 + (-(score(&w, &s.x) + b)).exp());
            let err = (p - f64::from(u8::from(s.rude))) * weight_of(s) / total;
            for (g, x) in grad.iter_mut().zip(s.x) {
                *g += err * x;
            }
            grad_b += err;
        }
        for i in 0..n {
            w[i] -= rate * (grad[i] + L2 * w[i]);
            w[i] = if CALMING.contains(&FEATURES[i]) {
                w[i].min(0.0)
            } else {
                w[i].max(0.0)
            };
        }
        b -= rate * grad_b;
    }
    (w, b)
}

/// The lowest bias at which no file's calm texts (and not the business
/// mail) get more tone findings than allowed.
fn choose_bias(w: &[f64], samples: &[Sample], groups: &[String]) -> f64 {
    let mut candidates: Vec<f64> = samples
        .iter()
        .filter(|s| !s.decisive)
        .map(|s| -score(w, &s.x))
        .collect();
    candidates.sort_by(|a, b| a.partial_cmp(b).unwrap());
    candidates.dedup();
    // A text is flagged when score + bias > 0; try the biases just below
    // each text's threshold, from the most flags to the fewest.
    for t in candidates.iter().map(|c| c + 1e-6).rev() {
        let ok = (0..groups.len()).all(|g| {
            let calm: Vec<&Sample> = samples.iter().filter(|s| s.group == g && !s.rude).collect();
            let floor = calm.iter().filter(|s| s.decisive).count();
            let flagged = calm
                .iter()
                .filter(|s| s.decisive || score(w, &s.x) + t > 0.0)
                .count();
            // Decisive signs (a rebuke, an insult, profanity) are beyond the
            // bias: the weights answer for the other false alarms.
            (flagged - floor) as f64 <= allowed(&groups[g]) * calm.len() as f64
        });
        if ok {
            return t;
        }
        if std::env::var_os("WHY").is_some() {
            for (g, name) in groups.iter().enumerate() {
                let calm: Vec<&Sample> =
                    samples.iter().filter(|s| s.group == g && !s.rude).collect();
                let graded = calm
                    .iter()
                    .filter(|s| !s.decisive && score(w, &s.x) + t > 0.0)
                    .count();
                if graded as f64 > allowed(name) * calm.len() as f64 {
                    eprintln!(
                        "bias {t:+.3}: {name} has {graded} graded false alarms of {}",
                        calm.len()
                    );
                }
            }
        }
    }
    -1e3
}

/// The calm texts of each file flagged at bias `b`, decisive signs
/// included.
fn false_alarms(w: &[f64], b: f64, samples: &[Sample], groups: usize) -> Vec<usize> {
    let mut flagged = vec![0usize; groups];
    for s in samples.iter().filter(|s| !s.rude) {
        if s.decisive || score(w, &s.x) + b > 0.0 {
            flagged[s.group] += 1;
        }
    }
    flagged
}

/// True when, at bias `b`, no file's calm texts (and not the business
/// mail) get more tone findings from the weighted signs than allowed, and
/// no file more in all than its entry of `caps`.
fn within_bounds(w: &[f64], b: f64, samples: &[Sample], groups: &[String], caps: &[usize]) -> bool {
    let mut calm = vec![0usize; groups.len()];
    let mut graded = vec![0usize; groups.len()];
    for s in samples.iter().filter(|s| !s.rude) {
        calm[s.group] += 1;
        if !s.decisive && score(w, &s.x) + b > 0.0 {
            graded[s.group] += 1;
        }
    }
    let all = false_alarms(w, b, samples, groups.len());
    groups
        .iter()
        .enumerate()
        .all(|(g, name)| graded[g] as f64 <= allowed(name) * calm[g] as f64 && all[g] <= caps[g])
}

/// The share of false alarms a file is allowed from the weighted signs.
fn allowed(group: &str) -> f64 {
    match group {
        "en-enron-business" => ENRON_ALARMS,
        "letters" | "en-support-replies-twcs" => 0.0,
        _ => FALSE_ALARMS,
    }
}

/// At bias `b`: the mean recall over the files with
/// rude texts less the mean share of false alarms over the files with calm
/// ones (presend's own letters weigh three files, as in [`fit`]), so that
/// a text found is worth a false alarm in a file of the same size.
fn mean_recall(w: &[f64], b: f64, samples: &[Sample], groups: &[String]) -> f64 {
    // Per file and label: texts, texts flagged.
    let mut texts = vec![[0usize; 2]; groups.len()];
    let mut flagged = vec![[0usize; 2]; groups.len()];
    for s in samples {
        let label = usize::from(s.rude);
        texts[s.group][label] += 1;
        if s.decisive || score(w, &s.x) + b > 0.0 {
            flagged[s.group][label] += 1;
        }
    }
    let mut gain = [0.0; 2];
    let mut weight = [0.0; 2];
    for (g, name) in groups.iter().enumerate() {
        let file = if name == "letters" { 3.0 } else { 1.0 };
        for label in 0..2 {
            if texts[g][label] > 0 {
                gain[label] += file * flagged[g][label] as f64 / texts[g][label] as f64;
                weight[label] += file;
            }
        }
    }
    gain[1] / weight[1] - gain[0] / weight[0]
}

/// Starting from the regression's weights at the bias [`choose_bias`] sets,
/// and keeping that bias, moves one weight of a word sign at a time by a
/// fixed step while the mean recall (less the false alarms) rises, with no
/// file's calm texts flagged more often than at the start: the regression
/// weighs every text alike, the bars count texts flagged. No sign's weight
/// falls more than [`MAX_FALL`] below the regression's. Steps and order are fixed and nothing
/// else goes in, so the result is reproducible. Returns the bias.
fn tune_for_recall(w: &mut [f64], samples: &[Sample], groups: &[String]) -> f64 {
    let regression = w.to_vec();
    let start = choose_bias(w, samples, groups);
    let caps = false_alarms(w, start, samples, groups.len());
    let mut best = mean_recall(w, start, samples, groups);
    for _ in 0..SEARCH_ROUNDS {
        let mut improved = false;
        for i in (0..w.len()).filter(|&i| !TYPOGRAPHY.contains(&FEATURES[i])) {
            for step in [0.8, -0.8, 0.4, -0.4, 0.2, -0.2, 0.1, -0.1] {
                let mut tried = w.to_vec();
                tried[i] += step;
                let (low, high) = if CALMING.contains(&FEATURES[i]) {
                    (f64::NEG_INFINITY, (regression[i] + MAX_FALL).min(0.0))
                } else if CONTEXT.contains(&FEATURES[i]) {
                    (0.0, f64::INFINITY)
                } else {
                    (regression[i] - MAX_FALL, f64::INFINITY)
                };
                if tried[i] < low - 1e-9 || tried[i] > high {
                    continue;
                }
                if !within_bounds(&tried, start, samples, groups, &caps) {
                    continue;
                }
                let recall = mean_recall(&tried, start, samples, groups);
                if recall > best + 1e-9 {
                    best = recall;
                    w.copy_from_slice(&tried);
                    improved = true;
                }
            }
        }
        if !improved {
            break;
        }
    }
    start
}

/// Per file: rude flagged / rude, calm flagged / calm.
fn report(w: &[f64], b: f64, samples: &[Sample], groups: &[String]) -> String {
    let mut out = String::new();
    for (g, name) in groups.iter().enumerate() {
        let flagged = |s: &&&Sample| s.decisive || s.beyond_weights || score(w, &s.x) + b > 0.0;
        let rude: Vec<&Sample> = samples.iter().filter(|s| s.group == g && s.rude).collect();
        let calm: Vec<&Sample> = samples.iter().filter(|s| s.group == g && !s.rude).collect();
        let rf = rude.iter().filter(flagged).count();
        let cf = calm.iter().filter(flagged).count();
        let pct = |a: usize, n: usize| 100.0 * a as f64 / n.max(1) as f64;
        writeln!(
            out,
            "{name:18} rude {rf:3}/{:3} = {:5.1}%   calm flagged {cf:3}/{:3} = {:4.1}%",
            rude.len(),
            pct(rf, rude.len()),
            calm.len(),
            pct(cf, calm.len())
        )
        .unwrap();
    }
    out
}

/// `--explain-corpus FOLDER SCORE`: the messages of a corpus folder (the
/// half not kept back) whose score is above SCORE or that have a decisive
/// sign (for the complaints: those that have neither), with their signs.
fn explain_corpus(name: &str, above: f32) {
    let config = Config::default();
    for file in corpus_files(name) {
        let file_name = file.file_name().unwrap().to_string_lossy().into_owned();
        if is_held_back(&file_name) {
            continue;
        }
        let draft = if name == "en-support-replies-twcs" {
            support_reply_draft(&file)
        } else {
            input::load(&file.to_string_lossy()).unwrap()
        };
        let ctx = Context::new(&draft, &config);
        let j = Judgement::of(&ctx);
        // Decisive signs (a rebuke, an insult) flag a text whatever its score.
        let hit = j.score > above || j.evidence.iter().any(|e| e.kind.is_decisive());
        let mark = if hit { "ABOVE" } else { "below" };
        if hit == (name == "en-complaints-twcs") && std::env::var_os("ALL").is_none() {
            continue;
        }
        let signs = j.describe_signs(&ctx);
        println!(
            "{mark} {file_name} score {:+.2} {:?} {:?}\n    {}\n",
            j.score,
            j.features,
            signs,
            draft
                .body
                .chars()
                .take(300)
                .collect::<String>()
                .replace('\n', " ")
        );
    }
}

/// `--explain FILE`: the texts of FILE (the half that is not kept back)
/// that the judgement gets wrong, with the signs it found.
fn explain(file: &str) {
    let config = Config::default();
    if file == "letters" {
        for lang in ["ru", "en", "el"] {
            for set in ["problem", "clean"] {
                for letter in letters::letters("dev", lang, set) {
                    let ctx = Context::new(&letter.draft, &config);
                    let j = Judgement::of(&ctx);
                    let rude = letter.expect.iter().any(|e| e == "tone");
                    let signs = j.describe_signs(&ctx);
                    println!(
                        "{} {} score {:+.2} {:?} {:?}",
                        if rude { "RUDE" } else { "calm" },
                        letter.id,
                        j.score,
                        j.features,
                        signs
                    );
                }
            }
        }
        return;
    }
    for row in rows(file).into_iter().filter(|r| !is_held_back(&r.id)) {
        let draft = draft_of(&row.text);
        let ctx = Context::new(&draft, &config);
        let j = Judgement::of(&ctx);
        if j.agitated == row.rude {
            continue;
        }
        let signs: Vec<String> = j
            .evidence
            .iter()
            .map(|e| format!("{:?} {:?}", e.kind, &row.text[e.range.clone()]))
            .collect();
        println!(
            "{} {} score {:+.2} {:?}\n    {}\n",
            if row.rude { "MISSED" } else { "FALSE " },
            row.id,
            j.score,
            signs,
            row.text.replace('\n', " ")
        );
    }
}

/// `--flagged FILE`: the calm texts of FILE (the half that is not kept
/// back) that get a tone finding from the checker, with each finding's rule
/// and span and the signs the judgement found.
fn flagged(file: &str) {
    let config = Config::default();
    let checker = presend::Checker::new();
    for row in rows(file)
        .into_iter()
        .filter(|r| !is_held_back(&r.id) && !r.rude)
    {
        let draft = draft_of(&row.text);
        let findings: Vec<String> = checker
            .check(&draft, &config)
            .unwrap()
            .iter()
            .filter(|f| tone_dev::is_tone(f))
            .map(|f| format!("{} {:?}", f.rule, f.excerpt))
            .collect();
        if findings.is_empty() {
            continue;
        }
        let ctx = Context::new(&draft, &config);
        let j = Judgement::of(&ctx);
        let signs = j.describe_signs(&ctx);
        println!(
            "{} score {:+.2} {signs:?}\n    {findings:?}\n    {}\n",
            row.id,
            j.score,
            row.text.replace('\n', " ")
        );
    }
}

/// `--lone KIND`: on the half not kept back, the texts whose only
/// evidence is one sign of KIND (`Charged`, `Counting`…), rude or calm,
/// with the words of that sign: which words are strong enough alone.
fn lone(kind: &str) {
    let config = Config::default();
    let print = |label: &str, draft: &presend::Draft| {
        let ctx = Context::new(draft, &config);
        let j = Judgement::of(&ctx);
        if let [e] = j.evidence.as_slice() {
            if format!("{:?}", e.kind) == kind {
                println!("{label} {:?}", &ctx.field_text(e.field)[e.range.clone()]);
            }
        }
    };
    for file in FILES {
        for row in rows(file).into_iter().filter(|r| !is_held_back(&r.id)) {
            let label = format!("{} {file}", if row.rude { "RUDE" } else { "calm" });
            print(&label, &draft_of(&row.text));
        }
    }
    for (name, label) in [
        ("en-enron-business", "calm en-enron-business"),
        ("en-complaints-twcs", "RUDE en-complaints-twcs"),
    ] {
        for file in corpus_files(name) {
            let file_name = file.file_name().unwrap().to_string_lossy().into_owned();
            if !is_held_back(&file_name) {
                print(label, &input::load(&file.to_string_lossy()).unwrap());
            }
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--lone") {
        lone(&args[at + 1]);
        return;
    }
    if let Some(at) = args.iter().position(|a| a == "--flagged") {
        flagged(&args[at + 1]);
        return;
    }
    if let Some(at) = args.iter().position(|a| a == "--explain-corpus") {
        explain_corpus(&args[at + 1], args[at + 2].parse().unwrap());
        return;
    }
    if let Some(at) = args.iter().position(|a| a == "--explain") {
        explain(&args[at + 1]);
        return;
    }
    let held_back = args.iter().any(|a| a == "--held-back");
    if held_back || args.iter().any(|a| a == "--in-force") {
        // Only measure: the weights in force, on the half kept back
        // (`--held-back`) or on the half they are fitted on (`--in-force`).
        let (samples, groups) = samples(held_back);
        let (w, b) = weights_in_force();
        print!("{}", report(&w, b, &samples, &groups));
        return;
    }
    let (samples, groups) = samples(false);
    let (mut w, fitted_bias) = fit(&samples, groups.len());
    let b = if args.iter().any(|a| a == "--regression-only") {
        choose_bias(&w, &samples, &groups)
    } else {
        tune_for_recall(&mut w, &samples, &groups)
    };
    println!("weights:");
    for (name, v) in FEATURES.iter().zip(&w) {
        println!("  {name:12} {v:+.3}");
    }
    println!("  bias         {b:+.3} (the regression's own: {fitted_bias:+.3})");
    if args.iter().any(|a| a == "--curve") {
        for step in 0..12 {
            let bias = -2.4 + 0.12 * step as f64;
            println!("bias {bias:+.2}");
            print!("{}", report(&w, bias, &samples, &groups));
        }
        return;
    }
    if args.iter().any(|a| a == "--verbose") {
        for bias in [fitted_bias, (fitted_bias + b) / 2.0] {
            println!("at bias {bias:+.3}:");
            print!("{}", report(&w, bias, &samples, &groups));
        }
        println!("chosen:");
    }
    let figures = report(&w, b, &samples, &groups);
    print!("{figures}");
    if args.iter().any(|a| a == "--write") {
        write_weights(&w, b, &figures);
    }
}

/// The weights and the bias presend is built with.
fn weights_in_force() -> (Vec<f64>, f64) {
    let w = presend::tone::weights::WEIGHTS
        .iter()
        .map(|&v| f64::from(v))
        .collect();
    (w, f64::from(presend::tone::weights::BIAS))
}

fn write_weights(w: &[f64], b: f64, figures: &str) {
    let mut out = String::from(
        "//! The weights of the tone judgement. Generated by `make calibrate`\n\
         //! (examples/calibrate.rs) from the half of ../shared/tone-dev and of\n\
         //! ../shared/corpus/en-enron-business that is not kept back (a logistic\n\
         //! regression, then the word signs' weights moved by fixed steps while the\n\
         //! mean recall less false alarms rises, no file flagged more often); do\n\
         //! not edit by hand. On that half, tone findings on rude / calm texts\n\
         //! (`calibrate --in-force` may differ by a text: these are in f32):\n//!\n",
    );
    out.push_str("//! ```text\n");
    for line in figures.lines() {
        writeln!(out, "//! {line}").unwrap();
    }
    out.push_str("//! ```\n");
    writeln!(
        out,
        "\n/// The score of a text with no evidence; the letter is agitated when the\n\
         /// score is above zero.\npub const BIAS: f32 = {b:.4};\n"
    )
    .unwrap();
    out.push_str("/// One weight per feature of [`super::FEATURES`].\n");
    out.push_str("pub const WEIGHTS: [f32; super::FEATURES.len()] = [\n");
    // Comments aligned as rustfmt aligns them.
    let values: Vec<String> = w.iter().map(|v| format!("{v:.4},")).collect();
    let width = values.iter().map(String::len).max().unwrap_or(0);
    for (name, v) in FEATURES.iter().zip(&values) {
        writeln!(out, "    {v:width$} // {name}").unwrap();
    }
    out.push_str("];\n");
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tone/weights.rs");
    std::fs::write(&path, out).expect("write src/tone/weights.rs");
    println!("wrote {}", path.display());
}
