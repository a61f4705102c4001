// The Thunderbird background checks in a dedicated Worker
// (extension/shared/core-worker-host.js): a check that outlasts its limit is
// abandoned with the worker, and a very large draft is checked in a worker
// that is replaced afterwards, because a WebAssembly instance never gives
// back the memory it grew to. Run by `make node-test`.
//
// Node has no browser Worker; the stand-in below gives each worker its own
// instance of the real core (pkg/node, loaded afresh) and answers on a later
// turn of the event loop, as a worker thread does. The e2e test
// tests/e2e/thunderbird/test_failure_paths.py drives the real Worker.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { CoreWorker } from "../../extension/shared/core-worker-host.js";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const corePath = join(root, "pkg/node/presend.js");

/** A worker thread holding its own instance of the core. */
class CoreThread {
  static started = [];

  constructor(url) {
    this.url = url;
    this.core = null;
    this.ended = false;
    this.memoryAfterLastCheck = 0;
    CoreThread.started.push(this);
  }

  postMessage(data) {
    setImmediate(() => {
      if (this.ended) return;
      if (data.op === "load") {
        delete require.cache[corePath]; // a fresh WebAssembly instance
        this.core = require(corePath);
        return;
      }
      if (data.draft?.subject === "never answers") return;
      try {
        const result = this.core[data.op](data.draft, data.config);
        this.memoryAfterLastCheck = this.core.memoryBytes();
        this.onmessage({ data: { id: data.id, result } });
      } catch (error) {
        this.onmessage({ data: { id: data.id, error: String(error.message) } });
      }
    });
  }

  terminate() {
    this.ended = true;
    this.core = null;
  }
}
globalThis.Worker = CoreThread;

const compiledCore = () => Promise.resolve({});
const letter = {
  from: "anna@acme.example",
  to: ["petr@client.example"],
  subject: "Contract",
  body: "Hello Petr,\n\nplease find attached the contract.\n\nAnna",
};
const MB = 1024 * 1024;
const LIMIT = { timeout: 20000 }; // a request left unanswered fails, not hangs

/** Waits until the stand-in workers have handled what was posted to them. */
const settle = () => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));

test("checks run in the worker, and one worker serves check after check", LIMIT, async () => {
  CoreThread.started = [];
  const host = new CoreWorker("core-worker.js", compiledCore);
  const first = await host.run("check", letter, {});
  const second = await host.run("check", { ...letter, subject: "Re: Contract" }, {});
  assert.deepEqual(
    first.map((f) => f.rule),
    ["forgotten-attachment"],
    "the worker's core read the letter",
  );
  assert.equal(second.length, 1);
  assert.equal(CoreThread.started.length, 1, "no worker was replaced");
  assert.equal(CoreThread.started[0].ended, false);
});

test("after a very large draft a fresh worker takes over, the memory given back", LIMIT, async () => {
  CoreThread.started = [];
  const host = new CoreWorker("core-worker.js", compiledCore);
  const words = "The shipment left the warehouse on Monday and will reach you by Friday. ";
  const large = { ...letter, body: words.repeat(Math.ceil(1_200_000 / words.length)) };
  const findings = await host.run("check", large, {});
  assert.ok(Array.isArray(findings), "the large draft was checked");
  await settle();
  const [checked, fresh] = CoreThread.started;
  assert.equal(checked.ended, true, "the worker that checked the large draft was ended");
  assert.ok(fresh && !fresh.ended && fresh.core, "a fresh worker was started and handed the core");
  const after = await host.run("check", letter, {});
  assert.deepEqual(
    after.map((f) => f.rule),
    ["forgotten-attachment"],
  );
  assert.equal(CoreThread.started.length, 2, "a small draft does not replace the worker");
  const [before, now] = [checked, fresh].map((w) => (w.memoryAfterLastCheck / MB).toFixed(1));
  console.log(`  memory: ${before} MB in the worker that read 1.2 M characters, ${now} MB in the fresh one`);
  assert.ok(
    fresh.memoryAfterLastCheck * 2 < checked.memoryAfterLastCheck,
    "the fresh worker does not carry the memory the large draft grew",
  );
});

test("a check abandoned at its time limit fails with the reason; the next runs at once", LIMIT, async () => {
  CoreThread.started = [];
  const host = new CoreWorker("core-worker.js", compiledCore);
  const abandoned = host.run("check", { ...letter, subject: "never answers" }, {});
  await settle();
  host.restart("the check ran out of time");
  await assert.rejects(abandoned, /ran out of time/);
  const next = await host.run("check", letter, {});
  assert.deepEqual(
    next.map((f) => f.rule),
    ["forgotten-attachment"],
  );
  assert.equal(CoreThread.started[0].ended, true, "the busy worker was ended");
  assert.equal(CoreThread.started.length, 2);
});
