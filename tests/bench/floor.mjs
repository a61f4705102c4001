// `make bench`, after peers.mjs: how much of a 1 KB check, in the caches
// peers.mjs leaves (write-good and alex run between two of presend's
// calls), is the rules' work and how much is the floor every check pays
// whatever its rules — the call into the module, the draft and the
// configuration read in, the context (words, layout, language) worked out,
// the findings handed back.
//
// Each round runs write-good and alex on the 1 KB own text, then one of
// the calls below, timed, in turn (the order turning from round to round),
// so every call meets the same cold caches:
// - the check as peers.mjs times it (every rule on);
// - the same draft and configuration with every rule off: the floor of a
//   1 KB check;
// - a two-word draft with every rule off: the floor of any check;
// - `version()`, a call that only returns a short string: the cost of
//   crossing into the module and back.
// Printed: each call's median (µs) and write-good's median as a multiple
// of it, the ratio the 10× bar of peers.mjs reads.
//
// BENCH_ROUNDS scales the rounds (default 400).
import { createRequire } from "node:module";
import { join } from "node:path";
import writeGood from "write-good";
import { text as alexText } from "alex";
import { benchTexts, draftOf, everyRuleConfig, median, root } from "./texts.mjs";

const presend = createRequire(import.meta.url)(join(root, "pkg/node/presend.js"));
const text = benchTexts().find((t) => t.name === "1 KB own");
const everyRuleOn = everyRuleConfig(presend);
const everyRuleOff = everyRuleConfig(presend, false);
const draft = draftOf(text.body);
const tinyDraft = draftOf("Hi Peter");

// As the add-ons call it: a new configuration object on every check.
const calls = [
  { name: "1 KB own text, every rule on", call: () => presend.check(draft, { ...everyRuleOn }) },
  { name: "1 KB own text, every rule off", call: () => presend.check(draft, { ...everyRuleOff }) },
  { name: "two-word draft, every rule off", call: () => presend.check(tinyDraft, { ...everyRuleOff }) },
  { name: "version(): into the module and back", call: () => presend.version() },
  { name: "write-good on the 1 KB own text", call: () => writeGood(text.body) },
];

/** Runs the peers, then `call`, timed; its milliseconds. */
function afterPeers(call) {
  writeGood(text.body);
  alexText(text.body);
  globalThis.gc?.({ type: "minor" });
  const start = performance.now();
  call();
  return performance.now() - start;
}

const rounds = Math.round(400 * Number(process.env.BENCH_ROUNDS ?? 1));
const warmUps = 100;
const times = calls.map(() => []);
for (let round = 0; round < warmUps + rounds; round++) {
  for (let j = 0; j < calls.length; j++) {
    const k = (round + j) % calls.length;
    const ms = afterPeers(calls[k].call);
    if (round >= warmUps) times[k].push(ms);
  }
}
const medians = times.map(median);
const writeGoodMs = medians[calls.length - 1];
console.log(`The floor of a check, each call right after write-good and alex (${rounds} rounds, medians):`);
console.log("");
console.log("| call | median | write-good's median as a multiple |");
console.log("|---|---:|---:|");
for (const [k, { name }] of calls.entries()) {
  if (k === calls.length - 1) {
    console.log(`| ${name} | ${(medians[k] * 1000).toFixed(0)} µs | |`);
  } else {
    console.log(
      `| ${name} | ${(medians[k] * 1000).toFixed(0)} µs | ${(writeGoodMs / medians[k]).toFixed(1)}× |`,
    );
  }
}
