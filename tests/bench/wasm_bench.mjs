// `make bench`, the WASM build alone (pkg/node under Node):
// - its size, raw and gzipped; exits 1 when gzipped is over the bar
//   (the same bar as tests/node/wasm-size.test.mjs);
// - start-up: instantiate the module and prepare every rule, in a fresh
//   Node process each time, as a fresh service worker pays it;
// - the first check in a fresh process, where V8 compiles each WASM function
//   on its first call, against the checks after it; the same with V8 told to
//   compile the whole module at start-up (--no-wasm-lazy-compilation);
// - the floor per check: an empty draft, taken apart step by step;
// - check time on the 1 KB, 10 KB and 200 KB reply thread in English,
//   Russian and Greek of benches/check.rs.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { draftOf as letterDraft, everyRuleConfig, median, root } from "./texts.mjs";
import { GZIP_LIMIT_BYTES, wasmSizes } from "./wasm_size.mjs";

const modulePath = join(root, "pkg/node/presend.js");
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

// Size: the module the add-ons and the playground ship (pkg/web) and the one Node loads.
const sizes = wasmSizes();
for (const { path, raw, gzipped } of sizes) {
  console.log(`size ${path}: ${kb(raw)} raw, ${kb(gzipped)} gzipped (bar: ${kb(GZIP_LIMIT_BYTES)})`);
}
const tooBig = sizes.some((s) => s.gzipped > GZIP_LIMIT_BYTES);

/** Runs `script` in `runs` fresh Node processes; each prints one JSON object. */
function freshProcesses(script, runs, flags = []) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    results.push(JSON.parse(execFileSync(process.execPath, [...flags, "--input-type=module", "-e", script])));
  }
  return results;
}

// Start-up: each run is a new process, so nothing is cached.
const startups = freshProcesses(
  `const t = performance.now();
   const { createRequire } = await import("node:module");
   createRequire(import.meta.url)(${JSON.stringify(modulePath)});
   console.log(JSON.stringify(performance.now() - t));`,
  15,
);
console.log(
  `start-up (instantiate + prepare all rules): median ${median(startups).toFixed(1)} ms, ` +
    `max ${Math.max(...startups).toFixed(1)} ms over ${startups.length} fresh processes`,
);

// The first check in a fresh process against the tenth: a 1 KB reply thread.
const firstCheckScript = `
  const { createRequire } = await import("node:module");
  const { draftOf, threadOf } = await import(${JSON.stringify(join(root, "tests/bench/texts.mjs"))});
  let t = performance.now();
  const presend = createRequire(import.meta.url)(${JSON.stringify(modulePath)});
  const startup = performance.now() - t;
  const draft = draftOf(threadOf(1024));
  const times = [];
  for (let i = 0; i < 10; i++) {
    t = performance.now();
    presend.check(draft);
    times.push(performance.now() - t);
  }
  console.log(JSON.stringify({ startup, first: times[0], second: times[1], tenth: times[9] }));`;
for (const [how, flags] of [
  ["lazy compile (V8's default)", []],
  ["whole module compiled at start-up", ["--no-wasm-lazy-compilation"]],
]) {
  const runs = freshProcesses(firstCheckScript, 9, flags);
  const m = (key) => median(runs.map((r) => r[key])).toFixed(2);
  console.log(
    `first check of a 1 KB thread, fresh process, ${how}: start-up ${m("startup")} ms, ` +
      `first check ${m("first")} ms, second ${m("second")} ms, tenth ${m("tenth")} ms (medians of ${runs.length})`,
  );
}

const presend = createRequire(import.meta.url)(modulePath);

/** Median milliseconds of `fn` over `rounds` calls, after 50 unmeasured ones. */
function timeOf(fn, rounds) {
  for (let i = 0; i < 50; i++) fn();
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

// The floor: what a check costs before any rule has text to read, step by step.
const empty = {};
const smallDraft = letterDraft("");
const allOff = { rules: Object.fromEntries(presend.rules().map((r) => [r.id, { enabled: false }])) };
// A configuration with every setting and every rule set, as the add-ons
// pass one on every check (a new object each time, the same settings).
const everyRuleOn = everyRuleConfig(presend);
const floor = [
  ["a bare call into WASM and back (version())", () => presend.version()],
  ["check {}, every rule on", () => presend.check(empty)],
  [
    "a 4-field draft crosses in, addresses parsed, no rule runs (hasExternalRecipient)",
    () => presend.hasExternalRecipient(smallDraft),
  ],
  [
    "check that draft (sender, recipient, subject, empty body), every rule on",
    () => presend.check(smallDraft),
  ],
  ["check {} with a configuration turning each of the rules off", () => presend.check(empty, allOff)],
  [
    "check {} with a new copy, each time, of a configuration setting every rule on (as the add-ons pass it)",
    () => presend.check(empty, { ...everyRuleOn }),
  ],
];
for (const [what, fn] of floor) {
  console.log(`floor: ${what}: median ${(timeOf(fn, 2000) * 1000).toFixed(1)} µs`);
}
const findingsOf = (draft) =>
  presend
    .check(draft)
    .map((f) => f.rule)
    .join(", ") || "none";
console.log(`  findings: {} → ${findingsOf(empty)}; the 4-field draft → ${findingsOf(smallDraft)}`);

// The multilingual thread, as benches/check.rs measures it natively.
const thread = readFileSync(join(root, "tests/fixtures/bench/thread.txt"), "utf8");
const encoder = new TextEncoder();
/** A draft whose body is the en/ru/el thread repeated and cut to `bytes` UTF-8 bytes. */
function multilingualDraft(bytes) {
  let body = "";
  while (encoder.encode(body).length < bytes) body += thread;
  const cut = encoder.encode(body).slice(0, bytes);
  return { ...letterDraft(""), body: new TextDecoder().decode(cut).replace(/\uFFFD$/, "") };
}
const perByte = [];
for (const [name, bytes] of [
  ["1 KB", 1024],
  ["10 KB", 10 * 1024],
  ["200 KB", 200 * 1024],
]) {
  const draft = multilingualDraft(bytes);
  const ms = timeOf(() => presend.check(draft), bytes > 100000 ? 40 : 400);
  perByte.push(ms / bytes);
  console.log(
    `check ${name.padEnd(6)} en/ru/el thread: median ${ms.toFixed(3)} ms, ` +
      `${(bytes / 1048576 / (ms / 1000)).toFixed(1)} MB/s, ${presend.check(draft).length} findings`,
  );
}
console.log(`cost per byte, 200 KB vs 10 KB: ${(perByte[2] / perByte[1]).toFixed(2)}× (1.00 = linear)`);

if (tooBig) {
  console.error(`FAIL: the gzipped WASM module is over ${kb(GZIP_LIMIT_BYTES)}`);
  process.exit(1);
}
