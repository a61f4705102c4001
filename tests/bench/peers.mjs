// `make bench`, side by side: presend (the WASM build, pkg/node) and three
// local prose checkers — write-good, alex and harper.js (npm dev
// dependencies used only here) — in this one Node process, on the letters
// of texts.mjs. Each round runs every checker once on the same text, the
// order turning from round to round, so a burst of load from elsewhere on
// the machine hits all of them alike. Prints medians, MB/s and each
// peer's time as a multiple of presend's, as a Markdown table.
//
// Run with --expose-gc (as `make bench` does): a minor collection before
// every timed call, outside the timing, so one checker's young garbage is
// not collected on another's clock; a checker's own garbage still is on its
// own. (Not a full one: a full collection throws away V8's compiled regular
// expressions, and write-good would recompile its lists on every call.)
//
// A second table gives each checker's fastest round. Load from elsewhere
// only ever adds time, and on two cores it often does: presend's 200 KB
// check spent the same time on its own thread (45-61 ms under load, counted
// by the kernel) whichever rows ran before it, while its median moved from
// 46 to 83 ms (idle) and 59 to 239 ms (loaded) as other processes and this
// one's own background threads (V8 collecting and compiling: 1-25 ms of
// their time inside one 50 ms call) took the core. The fastest round is the
// cost without them.
//
// BENCH_ROUNDS=0.2 scales the number of rounds (a quick look; default 1);
// BENCH_ONLY="1 KB" keeps the texts whose name starts so.
//
// BENCH_WARMUP=N runs every checker N untimed times on each text first
// (default: 3 at 1 KB, 2 at 10 KB, 1 at 200 KB). V8 runs a WASM function in
// its baseline tier until enough of that function's own code has run, which
// at 1 KB takes about a hundred checks: the default rows measure a process
// in its first hundred or so checks, BENCH_WARMUP=200 the steady state of a
// long-lived one (a Thunderbird background page, which also checks the
// draft while the author types). The JavaScript peers are warmed alike.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import os from "node:os";
import writeGood from "write-good";
import { text as alexText } from "alex";
import { LocalLinter } from "harper.js";
import { binary as harperBinary } from "harper.js/binary";
import { benchTexts, draftOf, everyRuleConfig, median, root } from "./texts.mjs";

const scale = Number(process.env.BENCH_ROUNDS ?? 1);
/** Rounds per text size: enough for a steady median, few enough that harper.js on 200 KB ends in minutes. */
const roundsFor = { "1 KB": 61, "10 KB": 21, "200 KB": 5 };
const warmUpsBySize = { "1 KB": 3, "10 KB": 2, "200 KB": 1 };
const warmUpsOverride = process.env.BENCH_WARMUP;
const warmUps = (size) => (warmUpsOverride === undefined ? warmUpsBySize[size] : Number(warmUpsOverride));

const versionOf = (name) =>
  JSON.parse(readFileSync(join(root, "tests", "bench", "node_modules", name, "package.json"), "utf8"))
    .version;

const loadStart = os.loadavg();
const presend = createRequire(import.meta.url)(join(root, "pkg/node/presend.js"));
const everyRuleOn = everyRuleConfig(presend);
const harperStart = performance.now();
const harper = new LocalLinter({ binary: harperBinary });
await harper.setup();
const harperSetupMs = performance.now() - harperStart;

/**
 * The checkers. `prepare` turns a text into what the checker's call takes
 * (outside the timing); `check` is the timed call and returns the findings;
 * `release` frees what the call returned (outside the timing).
 */
const checkers = [
  {
    name: "presend",
    version: presend.version(),
    prepare: (text) => draftOf(text.body),
    // As the add-ons call it: with the user's configuration, a new object
    // on every check (here every setting and every rule set).
    check: (draft) => presend.check(draft, { ...everyRuleOn }),
  },
  { name: "write-good", version: versionOf("write-good"), check: (body) => writeGood(body) },
  { name: "alex", version: versionOf("alex"), check: (body) => alexText(body).messages },
  {
    name: "harper.js",
    version: versionOf("harper.js"),
    check: (body) => harper.lint(body, { language: "plaintext" }),
    release: (lints) => lints.forEach((lint) => lint.free()),
  },
];

/** Runs `checker` once on its prepared input; the milliseconds it took and how many findings. */
async function timeOnce(checker, input) {
  globalThis.gc?.({ type: "minor" });
  const start = performance.now();
  let findings = checker.check(input);
  if (findings instanceof Promise) findings = await findings;
  const ms = performance.now() - start;
  const count = findings.length;
  checker.release?.(findings);
  return { ms, count };
}

const results = [];
const only = process.env.BENCH_ONLY ?? "";
for (const text of benchTexts().filter((t) => t.name.startsWith(only))) {
  const inputs = checkers.map((c) => (c.prepare ? c.prepare(text) : text.body));
  const times = checkers.map(() => []);
  const counts = checkers.map(() => 0);
  for (let i = 0; i < warmUps(text.size); i++) {
    for (const [k, c] of checkers.entries()) await timeOnce(c, inputs[k]);
  }
  const rounds = Math.max(3, Math.round(roundsFor[text.size] * scale));
  for (let round = 0; round < rounds; round++) {
    for (let j = 0; j < checkers.length; j++) {
      const k = (round + j) % checkers.length;
      const { ms, count } = await timeOnce(checkers[k], inputs[k]);
      times[k].push(ms);
      counts[k] = count;
    }
  }
  const medians = times.map(median);
  const fastest = times.map((xs) => Math.min(...xs));
  results.push({ text, rounds, medians, fastest, counts });
  process.stderr.write(`${text.name}: ${medians.map((m) => m.toFixed(2)).join(" / ")} ms\n`);
}
const loadEnd = os.loadavg();

const mbPerS = (bytes, ms) => bytes / 1048576 / (ms / 1000);
const fmtMs = (ms) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));
const fmtMb = (mb) => (mb < 10 ? mb.toFixed(2) : mb.toFixed(1));
const fmtRatio = (r) => (r < 10 ? r.toFixed(1) : r.toFixed(0));

const cpu = os.cpus();
console.log(
  `${new Date().toISOString().slice(0, 10)}, ${cpu.length} × ${cpu[0]?.model.trim()}, Node ${process.version}, ` +
    `load average ${loadStart[0].toFixed(1)} at the start, ${loadEnd[0].toFixed(1)} at the end`,
);
console.log(
  `${checkers.map((c) => `${c.name} ${c.version}`).join(", ")}; harper.js set-up ${fmtMs(harperSetupMs)} ms; ` +
    `untimed runs of each checker before each text: ${warmUpsOverride ?? "3 / 2 / 1 (1 KB / 10 KB / 200 KB)"}`,
);
console.log("");
/** Prints the table of each checker's `pick` times ("medians" or "fastest"). */
function printTable(pick) {
  console.log(`| text | ${checkers.map((c) => c.name).join(" | ")} |`);
  console.log(`|---|${checkers.map(() => "---:").join("|")}|`);
  for (const result of results) {
    const { text, rounds } = result;
    const times = result[pick];
    const cells = times.map((ms, k) => {
      const speed = `${fmtMs(ms)} ms, ${fmtMb(mbPerS(text.bytes, ms))} MB/s`;
      return k === 0 ? speed : `${speed}, **${fmtRatio(ms / times[0])}×**`;
    });
    console.log(
      `| ${text.name} (${(text.bytes / 1024).toFixed(1)} KiB, ${rounds} rounds) | ${cells.join(" | ")} |`,
    );
  }
}
printTable("medians");
console.log("");
console.log("The fastest round of each:");
console.log("");
printTable("fastest");
console.log("");
console.log("Findings per text (a sanity check that every checker did its work):");
for (const { text, counts } of results) {
  console.log(`  ${text.name.padEnd(14)} ${checkers.map((c, k) => `${c.name} ${counts[k]}`).join(", ")}`);
}
console.log("");
console.log(
  "Each peer's cell: its median (first table) or fastest round (second), its throughput, and its time as a multiple of presend's (bold).",
);
