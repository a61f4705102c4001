//! `make fuzz`: checks hostile drafts for a fixed time and stops at the
//! first one that breaks a property (see `properties.rs`) or takes time
//! that does not grow linearly with its size.
//!
//! ```text
//! cargo run --release --example fuzz -- [--seconds 600] [--seed N] [--max-bytes 200000] [--skip RULE]
//! cargo run --release --example fuzz -- --replay N     # one draft again, printed as JSON
//! ```
//!
//! Each draft comes from its own seed (a deterministic stream of bytes fed
//! to `arbitrary`), so a failure is replayed from the seed it prints. The
//! machine has no nightly toolchain for `cargo fuzz`; this runs on stable
//! Rust, generating drafts rather than mutating a corpus.
#![allow(clippy::disallowed_methods)] // sorts freely: not in the module

mod drafts;
mod properties;

use arbitrary::Unstructured;
use presend::{Checker, Config, Draft};
use std::time::{Duration, Instant};

/// A draft that takes longer than this is timed again at four times its
/// size.
const SLOW: Duration = Duration::from_millis(20);
/// Four times the draft may take this many times as long: 4 when linear,
/// 16 when quadratic; the margin is for a busy machine.
const MAX_GROWTH: f64 = 8.0;
/// Nanoseconds per byte of text above which a slow draft is always timed
/// again (a check reads a letter at several MB/s).
const SLOW_PER_BYTE: f64 = 1_500.0;
/// No draft may take longer than this, whatever its size.
const MAX_TIME: Duration = Duration::from_secs(5);

/// The bytes `arbitrary` reads for one seed (xorshift64*).
fn entropy(seed: u64, max_len: usize) -> Vec<u8> {
    let mut state = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    let mut next = || {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_f491_4f6c_dd1d)
    };
    let len = (next() as usize) % max_len.max(1);
    (0..len).map(|_| (next() >> 56) as u8).collect()
}

/// The draft of a seed, the configuration, and its JSON form with lone
/// surrogate escapes.
fn generate(seed: u64, budget: &drafts::Budget) -> (Draft, Config, String) {
    let bytes = entropy(seed, 1 << 16);
    let mut u = Unstructured::new(&bytes);
    let (draft, config) = drafts::draft(&mut u, budget).unwrap_or_default();
    let json = drafts::json_with_lone_surrogates(&draft, &mut u).unwrap_or_default();
    (draft, config, json)
}

/// CPU time of this thread so far: the machine's other work does not count.
#[cfg(unix)]
fn cpu_time() -> Duration {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid timespec for the call to fill in.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    Duration::new(now.tv_sec as u64, now.tv_nsec as u32)
}

#[cfg(not(unix))]
fn cpu_time() -> Duration {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

/// The shortest of three runs, in CPU time.
fn time(checker: &Checker, draft: &Draft, config: &Config) -> Duration {
    (0..3)
        .map(|_| {
            let start = cpu_time();
            let _ = checker.check(draft, config);
            cpu_time().saturating_sub(start)
        })
        .min()
        .unwrap_or_default()
}

/// The rules that take longest on the bigger draft (each run alone), and
/// how their time grew, for the failure message.
fn growth_by_rule(checker: &Checker, draft: &Draft, bigger: &Draft, config: &Config) -> String {
    let ids: Vec<&str> = presend::rules::catalogue().iter().map(|r| r.id).collect();
    let mut growth: Vec<(f64, &str, Duration)> = ids
        .iter()
        .map(|&id| {
            let mut alone = config.clone();
            for &other in &ids {
                alone.rules.entry(other.to_string()).or_default().enabled = Some(other == id);
            }
            let (once, more) = (time(checker, draft, &alone), time(checker, bigger, &alone));
            (more.as_secs_f64() / once.as_secs_f64().max(1e-9), id, more)
        })
        .collect();
    growth.sort_by_key(|g| std::cmp::Reverse(g.2));
    growth
        .iter()
        .take(4)
        .map(|(g, id, t)| format!("{id} {g:.1}× ({t:?})"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Everything a seed must satisfy; `Err` says what it broke.
fn run(
    checker: &Checker,
    seed: u64,
    budget: &drafts::Budget,
    skip: &[String],
) -> Result<(usize, Duration), String> {
    let (draft, mut config, json) = generate(seed, budget);
    for rule in skip {
        config.rules.entry(rule.clone()).or_default().enabled = Some(false);
    }
    let (_, took) = properties::check(checker, &draft, &draft, &config)?;
    // The same draft as JSON, with lone surrogates where JS strings hold them.
    let read = Draft::from_json(&json).map_err(|e| format!("its JSON is refused: {e}"))?;
    let expected = drafts::as_read_from_json(&draft);
    if read != expected {
        return Err("its JSON does not read back as the same draft".into());
    }
    properties::check(checker, &read, &expected, &config)?;
    if took > MAX_TIME {
        return Err(format!("the check took {took:?}"));
    }
    // Time per byte far above the usual, or now and then any slow draft:
    // time it again at four times the size.
    let per_byte = took.as_nanos() as f64 / size(&draft).max(1) as f64;
    if took > SLOW && (per_byte > SLOW_PER_BYTE || seed % 8 == 0) {
        let once = time(checker, &draft, &config);
        let four = drafts::doubled(&drafts::doubled(&draft));
        let four_times = time(checker, &four, &config);
        let growth = four_times.as_secs_f64() / once.as_secs_f64().max(1e-9);
        if growth > MAX_GROWTH {
            return Err(format!(
                "four times the draft took {growth:.1}× as long ({once:?} → {four_times:?}): \
                 not linear; slowest rules alone, and their growth: {}",
                growth_by_rule(checker, &draft, &four, &config)
            ));
        }
    }
    Ok((size(&draft), took))
}

/// The draft's size in bytes of text.
fn size(draft: &Draft) -> usize {
    let lists = [&draft.to, &draft.cc, &draft.bcc, &draft.attachments];
    draft.subject.len()
        + draft.body.len()
        + draft.html.len()
        + lists
            .iter()
            .flat_map(|l| l.iter())
            .map(String::len)
            .sum::<usize>()
        + draft.reply_to.as_ref().map_or(0, |r| r.body.len())
}

fn arg(args: &[String], name: &str) -> Option<u64> {
    let at = args.iter().position(|a| a == name)?;
    args.get(at + 1)?.parse().ok()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let seconds = arg(&args, "--seconds").unwrap_or(60);
    let budget = drafts::Budget {
        bytes: arg(&args, "--max-bytes").unwrap_or(200_000) as usize,
        repeat: 20_000,
        recipients: 12_000,
    };
    // `--skip RULE` (repeatable) turns a rule off, for a known slow rule
    // whose fix is elsewhere; the summary names it.
    let skip: Vec<String> = args
        .windows(2)
        .filter(|w| w[0] == "--skip")
        .map(|w| w[1].clone())
        .collect();
    let checker = Checker::new();
    if let Some(seed) = arg(&args, "--replay") {
        let (draft, config, _) = generate(seed, &budget);
        println!(
            "{}",
            serde_json::to_string_pretty(&draft).unwrap_or_default()
        );
        match run(&checker, seed, &budget, &skip) {
            Ok((bytes, took)) => {
                eprintln!("seed {seed}: {bytes} bytes, {took:?}, all properties hold")
            }
            Err(why) => eprintln!("seed {seed}: {why} (config {config:?})"),
        }
        return;
    }
    let first = arg(&args, "--seed").unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_secs())
    });
    println!(
        "fuzz: seeds from {first}, {seconds} s, drafts up to {} bytes a field",
        budget.bytes
    );
    let started = Instant::now();
    let (mut drafts, mut bytes, mut report) = (0u64, 0usize, Instant::now());
    let mut slowest = (Duration::ZERO, 0usize, first);
    let mut seed = first;
    while started.elapsed() < Duration::from_secs(seconds) {
        match run(&checker, seed, &budget, &skip) {
            Ok((size, took)) => {
                drafts += 1;
                bytes += size;
                if took > slowest.0 {
                    slowest = (took, size, seed);
                }
            }
            Err(why) => {
                println!("fuzz: FAILED on seed {seed}: {why}");
                println!("replay: cargo run --release --example fuzz -- --replay {seed}");
                std::process::exit(1);
            }
        }
        if report.elapsed() > Duration::from_secs(30) {
            println!(
                "fuzz: {drafts} drafts, {:.1} MB, {:.0} s",
                bytes as f64 / 1e6,
                started.elapsed().as_secs_f64()
            );
            report = Instant::now();
        }
        seed = seed.wrapping_add(1);
    }
    println!(
        "fuzz: {drafts} drafts ({:.1} MB of text) in {:.0} s, seeds {first}..{seed}: every property held; \
         slowest {:?} for {} bytes (seed {})",
        bytes as f64 / 1e6,
        started.elapsed().as_secs_f64(),
        slowest.0,
        slowest.1,
        slowest.2
    );
}
