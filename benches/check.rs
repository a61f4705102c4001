//! `make bench`: start-up and check time of the native build on a 1 KB, a
//! 10 KB and a 200 KB draft (the same drafts as tests/bench/wasm_bench.mjs).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use presend::{Checker, Config, Draft};

/// A draft whose body is the benchmark thread repeated or cut to `bytes`.
fn draft_of(bytes: usize) -> Draft {
    let thread = include_str!("../tests/fixtures/bench/thread.txt");
    let mut body = String::new();
    while body.len() < bytes {
        body.push_str(thread);
    }
    let mut cut = bytes;
    while !body.is_char_boundary(cut) {
        cut -= 1;
    }
    body.truncate(cut);
    Draft {
        from: "Anna Smith <anna@acme.com>".into(),
        to: vec!["Peter Brown <peter@client.com>".into()],
        subject: "Re: Delivery schedule".into(),
        body,
        ..Draft::default()
    }
}

fn bench(c: &mut Criterion) {
    // Word lists shared between rules are built once per process, so this
    // measures the rules' own preparation; the WASM bench measures a cold
    // start in a fresh process, as a fresh service worker pays it.
    c.bench_function("prepare all rules (warm process)", |b| b.iter(Checker::new));
    let checker = Checker::new();
    let config = Config::default();
    let mut group = c.benchmark_group("check");
    for (name, bytes) in [("1 KB", 1024), ("10 KB", 10 * 1024), ("200 KB", 200 * 1024)] {
        let draft = draft_of(bytes);
        group.throughput(Throughput::Bytes(draft.body.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &draft, |b, draft| {
            b.iter(|| checker.check(draft, &config).unwrap())
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
