// Where presend's time goes, rule by rule and function by function:
// `node tests/bench/callgrind.mjs` (after `make native`; needs valgrind).
//
// Runs the native command line under valgrind's callgrind on the bench
// letters of texts.mjs (1 KB and 200 KB, thread and own text) and counts
// instructions in Checker::check alone (not the command line's start-up),
// which, unlike times, do not change with the load of a shared machine.
// Prints, as a share of Checker::check: the context every rule reads (layout, words,
// language), each rule's check, and the functions that spend the most
// instructions themselves. The native build runs the same Rust as the WASM
// one, so the shares carry over; the JS boundary is measured by
// wasm_bench.mjs instead.
//
// PROFILE_TEXTS="200 KB own" keeps the texts whose name starts so.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { benchTexts, draftOf, root } from "./texts.mjs";

const out = join(root, "target/bench-profile");
const cli = join(root, "target/release/presend");
mkdirSync(out, { recursive: true });

/** Rows of callgrind_annotate: [instructions, function name]. */
function annotate(file, inclusive) {
  const text = execFileSync(
    "callgrind_annotate",
    [`--inclusive=${inclusive ? "yes" : "no"}`, "--threshold=100", file],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const rows = [];
  for (const line of text.split("\n")) {
    const m = line.match(/^\s*([\d,]+) \([\s\d.]+%\)\s+\S*?:(.+?) \[/);
    if (m) rows.push([Number(m[1].replace(/,/g, "")), m[2]]);
  }
  return rows;
}

/** Functions many rules share, shown with everything they call. */
const blocks = [
  "presend::words::TextView::new",
  "presend::layout::Layout::parse",
  "presend::language::detect_in",
  "presend::phrases::PhraseList::find_iter::{{closure}}",
];

/**
 * Instructions of a check after the first in the same process, as the
 * add-ons run them: the draft checked three times, less the first check,
 * halved (the first also reads each word of the letter for the first time;
 * words.rs remembers them).
 */
function warmCheck(draftFile, profile, first) {
  const three = `${profile}.three`;
  try {
    execFileSync(
      "valgrind",
      [
        "--tool=callgrind",
        "--toggle-collect=presend::checker::Checker::check",
        `--callgrind-out-file=${three}`,
        cli,
        "check",
        "--format",
        "json",
        draftFile,
        draftFile,
        draftFile,
      ],
      { stdio: "ignore" },
    );
  } catch (error) {
    if (error.status !== 1) throw error;
  }
  const total = annotate(three, true).find(([, fn]) => fn === "presend::checker::Checker::check")?.[0] ?? 0;
  return (total - first) / 2;
}

const only = process.env.PROFILE_TEXTS ?? "";
const texts = benchTexts().filter((t) => t.size !== "10 KB" && t.name.startsWith(only));
for (const text of texts) {
  const name = text.name.replace(/ /g, "-");
  const draftFile = join(out, `${name}.json`);
  const profile = join(out, `${name}.callgrind`);
  writeFileSync(draftFile, JSON.stringify(draftOf(text.body)));
  try {
    const collect = "--toggle-collect=presend::checker::Checker::check";
    execFileSync(
      "valgrind",
      [
        "--tool=callgrind",
        collect,
        `--callgrind-out-file=${profile}`,
        cli,
        "check",
        "--format",
        "json",
        draftFile,
      ],
      {
        stdio: "ignore",
      },
    );
  } catch (error) {
    if (error.code === "ENOENT") throw new Error("valgrind is not installed (apt-get install valgrind)");
    if (error.status !== 1) throw error; // 1: the draft has findings
  }
  const inclusive = new Map();
  for (const [ir, fn] of annotate(profile, true)) inclusive.set(fn, Math.max(ir, inclusive.get(fn) ?? 0));
  const check = inclusive.get("presend::checker::Checker::check");
  const share = (ir) => `${((100 * ir) / check).toFixed(1).padStart(5)} %`;
  const line = (label, ir) =>
    console.log(`  ${label.padEnd(50)} ${share(ir)}  ${(ir / 1e6).toFixed(2).padStart(7)} M`);

  console.log(
    `\n${text.name} (${text.bytes} bytes): Checker::check ${(check / 1e6).toFixed(2)} M instructions` +
      `; a check after the first: ${(warmCheck(draftFile, profile, check) / 1e6).toFixed(2)} M`,
  );
  line("Context::new (layout, words, language)", inclusive.get("presend::context::Context::new") ?? 0);
  const rules = [...inclusive]
    .map(([fn, ir]) => [fn.match(/^<presend::rules::\w+::(\w+) as presend::rules::Rule>::check$/)?.[1], ir])
    .filter(([rule]) => rule)
    .sort((a, b) => b[1] - a[1]);
  const rulesTotal = rules.reduce((sum, [, ir]) => sum + ir, 0);
  line(`the ${rules.length} rules' check, added up`, rulesTotal);
  for (const [rule, ir] of rules.filter(([, ir]) => ir >= check * 0.02)) line(`  ${rule}`, ir);
  const small = rules.filter(([, ir]) => ir < check * 0.02);
  line(
    `  ${small.length} others, each under 2 %`,
    small.reduce((sum, [, ir]) => sum + ir, 0),
  );
  line("drop of the context", inclusive.get("core::ptr::drop_in_place<presend::context::Context>") ?? 0);
  console.log("  building blocks, wherever called (they overlap the lines above):");
  for (const fn of blocks) line(`  ${fn.replace(/^presend::/, "")}`, inclusive.get(fn) ?? 0);
  // Phrase matching (PhraseList::find_iter) is inlined into the iterator
  // adapters' next(), so it shows under FlatMap and FlattenCompat here.
  console.log("  most instructions spent in the function itself:");
  for (const [ir, fn] of annotate(profile, false).slice(0, 10))
    console.log(`    ${share(ir)}  ${fn.slice(0, 110)}`);
}
