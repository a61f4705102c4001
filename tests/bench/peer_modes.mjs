// `make bench`, after peers.mjs: write-good's speed in fresh Node processes.
//
// write-good (the fastest peer) runs in one of two speeds, chosen once per
// Node process and kept for its life: on this machine the 200 KB own text
// takes about 165 ms in most processes and about 378 ms in the rest (20
// processes on 2026-12-07: 12 fast, 8 slow; neither V8's `--hash-seed` nor
// `--random-seed` decides it). presend's own time shows no such split. A
// ratio in peers.mjs's table is therefore against whichever speed that one
// process drew; the bars of issue 12 are read against the fast one.
//
// Each of PEER_MODES_PROCESSES (default 10) fresh processes times
// write-good alone on the 1 KB and 200 KB own texts of texts.mjs (after
// warm-up runs) and reports its medians; printed: every process's
// medians, sorted, and the fastest, the figure the 10× bars are held to.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import writeGood from "write-good";
import { benchTexts, median } from "./texts.mjs";

const TEXTS = [
  ["1 KB own", 20, 61],
  ["200 KB own", 1, 5],
];

/** In a child process: write-good's median on each text, as JSON. */
function timeHere() {
  const texts = benchTexts();
  const medians = {};
  for (const [name, warmUps, rounds] of TEXTS) {
    const { body } = texts.find((t) => t.name === name);
    for (let i = 0; i < warmUps; i++) writeGood(body);
    const times = [];
    for (let i = 0; i < rounds; i++) {
      const start = performance.now();
      writeGood(body);
      times.push(performance.now() - start);
    }
    medians[name] = median(times);
  }
  process.stdout.write(JSON.stringify(medians));
}

if (process.argv[2] === "--child") {
  timeHere();
} else {
  const processes = Number(process.env.PEER_MODES_PROCESSES ?? 10);
  const runs = [];
  for (let i = 0; i < processes; i++) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--child"], {
      encoding: "utf8",
    });
    if (child.status !== 0) throw new Error(`a timing process failed: ${child.stderr}`);
    runs.push(JSON.parse(child.stdout));
  }
  console.log(`write-good alone, each in ${processes} fresh processes (medians, sorted):`);
  for (const [name] of TEXTS) {
    const medians = runs.map((r) => r[name]).sort((a, b) => a - b);
    const shown = medians.map((ms) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0))).join(", ");
    console.log(`  ${name}: ${shown} ms; fastest ${medians[0].toFixed(2)} ms`);
  }
}
