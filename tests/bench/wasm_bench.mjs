// `make bench`, WASM half: start-up (instantiate the module and prepare
// every rule, in a fresh Node process as on a fresh service worker) and
// check time on the same 1 KB, 10 KB and 200 KB drafts as benches/check.rs.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const modulePath = join(root, "pkg/node/presend.js");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Start-up: each run is a new process, so nothing is cached.
const startups = [];
for (let i = 0; i < 15; i++) {
  const ms = execFileSync(process.execPath, [
    "-e",
    `const t = performance.now(); require(${JSON.stringify(modulePath)}); console.log(performance.now() - t);`,
  ]);
  startups.push(Number(ms));
}
console.log(`start-up (instantiate + prepare all rules): median ${median(startups).toFixed(1)} ms, max ${Math.max(...startups).toFixed(1)} ms over ${startups.length} fresh processes`);

const presend = createRequire(import.meta.url)(modulePath);
const thread = readFileSync(join(root, "tests/fixtures/bench/thread.txt"), "utf8");
const encoder = new TextEncoder();

/** A draft whose body is the thread repeated and cut to `bytes` UTF-8 bytes. */
function draftOf(bytes) {
  let body = "";
  while (encoder.encode(body).length < bytes) body += thread;
  let cut = encoder.encode(body).slice(0, bytes);
  body = new TextDecoder().decode(cut).replace(/\uFFFD$/, "");
  return {
    from: "Anna Smith <anna@acme.com>",
    to: ["Peter Brown <peter@client.com>"],
    subject: "Re: Delivery schedule",
    body,
  };
}

const perByte = [];
for (const [name, bytes] of [["1 KB", 1024], ["10 KB", 10 * 1024], ["200 KB", 200 * 1024]]) {
  const draft = draftOf(bytes);
  const size = encoder.encode(draft.body).length;
  for (let i = 0; i < 20; i++) presend.check(draft); // let V8 optimise first
  const rounds = bytes > 100000 ? 40 : 400;
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    presend.check(draft);
    times.push(performance.now() - t);
  }
  const ms = median(times);
  perByte.push(ms / size);
  console.log(`check ${name.padEnd(6)}: median ${ms.toFixed(3)} ms per draft, ${(size / 1048576 / (ms / 1000)).toFixed(1)} MB/s, ${presend.check(draft).length} findings`);
}
console.log(`cost per byte, 200 KB vs 10 KB: ${(perByte[2] / perByte[1]).toFixed(2)}× (1.00 = linear)`);
