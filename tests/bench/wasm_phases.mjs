// Where a 1 KB check's WASM time goes besides its instructions:
// `node --expose-gc tests/bench/wasm_phases.mjs` (after `make wasm`).
//
// - V8's tiers: a fresh process runs each WASM function as Liftoff's quick
//   baseline code first and moves it to TurboFan's once the function has
//   run long enough (its own "budget", about 1.8 MB of its machine code
//   executed). The module's functions are many and each runs briefly in a
//   1 KB check, so the first ~100 checks of a process run mostly baseline
//   code. Printed: the median of each 25 checks, in order, in one fresh
//   process.
// - Cold caches: after the tiers settle, the median of checks with N MB of
//   other memory written between two of them (as peers.mjs's other
//   checkers do; at 96 MB nothing of presend's code or data is left in
//   this machine's 32 MB last-level cache).
//
// To tell the tiers apart, run it again with a V8 flag (a diagnosis only:
// the add-ons cannot set them): `--liftoff-only` (baseline code throughout)
// or `--no-liftoff` (optimised code from the first call).
// PHASES_TEXT="1 KB thread" picks another text of texts.mjs.
import { createRequire } from "node:module";
import { join } from "node:path";
import { benchTexts, draftOf, everyRuleConfig, median, root } from "./texts.mjs";

const presend = createRequire(import.meta.url)(join(root, "pkg/node/presend.js"));
const text = benchTexts().find((t) => t.name === (process.env.PHASES_TEXT ?? "1 KB own"));
const draft = draftOf(text.body);
// As peers.mjs and the add-ons call it: a new configuration object each time.
const everyRuleOn = everyRuleConfig(presend);
const us = (ms) => (ms * 1000).toFixed(0);

/** The milliseconds of one check, after writing over `other` (every 64th byte). */
function timedCheck(other, round) {
  for (let i = 0; i < other.length; i += 64) other[i] += round;
  globalThis.gc?.({ type: "minor" });
  const start = performance.now();
  presend.check(draft, { ...everyRuleOn });
  return performance.now() - start;
}

const none = new Uint8Array(0);
const first = Array.from({ length: 400 }, (_, round) => timedCheck(none, round));
const buckets = [];
for (let at = 0; at < first.length; at += 25) buckets.push(us(median(first.slice(at, at + 25))));
const flags = process.execArgv.filter((flag) => !flag.includes("gc")).join(" ") || "V8's default tiers";
console.log(`${text.name} (${text.bytes} bytes), ${flags}`);
console.log(`checks 1-400 of a fresh process, median of each 25 (µs): ${buckets.join(" ")}`);
for (const mb of [0, 4, 32, 96]) {
  const other = new Uint8Array(mb << 20);
  const times = Array.from({ length: 100 }, (_, round) => timedCheck(other, round));
  console.log(
    `then with ${String(mb).padStart(2)} MB written between checks: median ${us(median(times))} µs`,
  );
}
