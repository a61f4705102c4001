// Two builds of presend timed against each other in one Node process:
// `node tests/bench/ab.mjs OTHER/presend.js` (after `make wasm`; OTHER a
// `wasm-bindgen --target nodejs` output of another build). One Node process
// differs from the next by up to a quarter on this machine, more than most
// changes move a check, so `make bench`'s ratios cannot tell two builds
// apart; here each round times both, in alternating order, each right after
// write-good and alex have run on the same text (the cold caches a check
// meets between the peers), then once more straight after (warm).
//
// BENCH_ONLY="1 KB own" keeps the texts whose name starts so (default: the
// 1 KB own text); BENCH_ROUNDS sets the rounds (default 300).
import { createRequire } from "node:module";
import { join } from "node:path";
import writeGood from "write-good";
import { text as alexText } from "alex";
import { benchTexts, draftOf, median, root } from "./texts.mjs";

const require = createRequire(import.meta.url);
const other = process.argv[2];
if (!other) {
  console.error("usage: node tests/bench/ab.mjs OTHER/presend.js");
  process.exit(2);
}
const builds = [
  ["pkg/node", require(join(root, "pkg/node/presend.js"))],
  [other, require(other)],
];
const rounds = Number(process.env.BENCH_ROUNDS) || 300;
const only = process.env.BENCH_ONLY ?? "1 KB own";

/** Milliseconds `f` takes. */
function time(f) {
  const start = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

for (const text of benchTexts().filter((t) => t.name.startsWith(only))) {
  const draft = draftOf(text.body);
  for (let i = 0; i < 200; i++) for (const [, build] of builds) build.check(draft);
  const cold = builds.map(() => []);
  const warm = builds.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [0, 1] : [1, 0];
    for (const at of order) {
      writeGood(text.body);
      alexText(text.body);
      cold[at].push(time(() => builds[at][1].check(draft)));
      warm[at].push(time(() => builds[at][1].check(draft)));
    }
  }
  console.log(`${text.name}, ${rounds} rounds, medians (ms):`);
  builds.forEach(([name], at) =>
    console.log(
      `  ${name}: after the peers ${median(cold[at]).toFixed(3)}, straight after ${median(warm[at]).toFixed(3)}`,
    ),
  );
}
