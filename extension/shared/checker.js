// Loads the WASM core once and runs checks with a time limit. Used by the
// Chrome service worker, the Thunderbird background and the options page.
// In the assembled add-on this file sits in shared/ and the core in wasm/.

import init, {
  check,
  hasExternalRecipient as coreHasExternalRecipient,
  rules,
  defaultConfig,
  settingsSchema as schema,
  version,
} from "../wasm/presend.js";
import { CoreWorker } from "./core-worker-host.js";

const ext = globalThis.browser ?? globalThis.chrome;
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
const WASM_URL = new URL("../wasm/presend_bg.wasm", import.meta.url);

let compiled = null;
let ready = null;
// The dedicated Worker checks run in, once runChecksInWorker() was called.
let worker = null;

// A tiny draft checked once right after the core loads: V8 compiles a WASM
// function when it first runs, and the first check paid for all of it.
const WARM_UP_DRAFT = {
  from: "a@example.com",
  to: ["b@example.org"],
  subject: "Hello",
  body: "Hello Bob,\n\nthe report is attached.\n\nBest regards,\nAnn",
};

/**
 * The core's WebAssembly module, compiled once (while it downloads); a
 * compiled module can be handed to a Worker, which then need not compile it
 * again.
 */
export function compiledCore() {
  compiled ??= WebAssembly.compileStreaming(fetch(WASM_URL))
    .catch(async () => WebAssembly.compile(await (await fetch(WASM_URL)).arrayBuffer()))
    .catch((error) => {
      compiled = null; // let a later call try again
      throw error;
    });
  return compiled;
}

/**
 * Loads and instantiates the core (from `module`, a compiled
 * WebAssembly.Module, or else from its file), and runs one tiny
 * check so the first real check finds its code compiled (once; later calls
 * share the promise). The background pages call it as they start, before
 * any Send.
 */
export function loadCore(module = null) {
  if (ready) return ready;
  // With a worker, the module is compiled once for both; else the core is
  // compiled and instantiated from its file in one streaming step.
  const source = module ? Promise.resolve(module) : worker ? compiledCore() : Promise.resolve(WASM_URL);
  ready = source
    .then((core) => init({ module_or_path: core }))
    .then(
      () => {
        if (worker) return; // checks run in the worker, which warms up its own instance
        try {
          check(WARM_UP_DRAFT, defaultConfig());
        } catch {
          // only a warm-up: the real check reports its own failure
        }
      },
      (error) => {
        ready = null; // let a later call try again
        throw error;
      },
    );
  return ready;
}

/**
 * From now on, checks run in a dedicated Worker (started at once unless
 * `startNow` is false, so it is warm by the first Send; else by the first
 * thing asked of it, or a later call): a check slow inside the core cannot
 * be cut off by a timer on the thread that runs it, but a worker can be
 * ended. Only where Workers exist (the Thunderbird background page; a
 * Chrome service worker has none): returns whether it does. The worker also
 * answers for the rule catalogue and the default settings.
 */
export function runChecksInWorker(startNow = true) {
  if (typeof Worker !== "function") return false;
  worker ??= new CoreWorker(new URL("./core-worker.js", import.meta.url), compiledCore);
  if (startNow) worker.start();
  return true;
}

/**
 * Runs the core's `operation` ("check" | "hasExternalRecipient", or
 * "rules" | "defaultConfig", which take no draft) on this thread, after
 * spinning `busyMs` ms (a test switch: a check slow inside the core, which
 * no timer on this thread can interrupt).
 */
export async function runInThread(operation, draft, config, busyMs = 0) {
  await loadCore();
  for (const until = Date.now() + busyMs; Date.now() < until; ) {
    // busy, as a slow rule is
  }
  switch (operation) {
    case "check":
      return check(draft, config);
    case "hasExternalRecipient":
      return coreHasExternalRecipient(draft, config);
    case "rules":
      return rules();
    case "defaultConfig":
      return defaultConfig();
    default:
      throw new Error(`no such operation of the core: ${operation}`);
  }
}

// What the core says about itself never changes while it is loaded: asked
// once, not on every Send (the catalogue crossing the WASM boundary took
// about 5 ms each time). With a worker, the worker is asked: the page that
// runs it then needs no instance of the core of its own (one fewer to
// start when Send wakes the Thunderbird background).
let catalogue = null;
let defaults = null;

function aboutTheCore(operation) {
  if (worker) return worker.run(operation);
  return runInThread(operation);
}

/** The core's rules (id, category, severity, titles and reasons in each language). */
export async function ruleCatalogue() {
  catalogue ??= aboutTheCore("rules").catch((error) => {
    catalogue = null; // asked again next time
    throw error;
  });
  return catalogue;
}

/** The core's default Config (a fresh copy each time: callers merge into it). */
export async function defaultCoreConfig() {
  defaults ??= aboutTheCore("defaultConfig").catch((error) => {
    defaults = null; // asked again next time
    throw error;
  });
  return structuredClone(await defaults);
}

/** Every setting described once by the core (see src/settings.rs). */
export async function settingsSchema() {
  await loadCore();
  return schema();
}

export async function coreVersion() {
  await loadCore();
  return version();
}

/** Thrown when the checker fails or takes too long; the send must go on. */
export class CheckerError extends Error {
  name = "CheckerError";
}

// Switches the end-to-end tests set in storage.local to reach presend's
// failure paths in a real browser: `test_fail_checker` makes every check
// throw; `test_checker_delay_ms` makes every check wait that long first (a
// checker slower than its limit; a worker stopped in the middle of a check);
// `test_checker_busy_ms` keeps the thread that runs the core busy that long
// before each check (a check slow inside the core).
async function testSwitches() {
  try {
    const keys = ["test_fail_checker", "test_checker_delay_ms", "test_checker_busy_ms"];
    return await ext.storage.local.get(keys);
  } catch {
    return {};
  }
}

/**
 * Runs the core's `operation` on the draft with a time limit: in the
 * worker if there is one (which is ended and replaced when the limit
 * passes), else on this thread.
 */
async function withinLimit(operation, draft, config, timeoutMs, switches = {}) {
  let timer;
  let timedOut = false;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new CheckerError(`the check took longer than ${timeoutMs} ms`));
    }, timeoutMs);
  });
  const run = (async () => {
    if (switches.test_fail_checker === true) throw new CheckerError("test_fail_checker is set");
    const delay = Number(switches.test_checker_delay_ms) || 0;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const busyMs = Number(switches.test_checker_busy_ms) || 0;
    return worker
      ? worker.run(operation, draft, config, busyMs)
      : runInThread(operation, draft, config, busyMs);
  })();
  try {
    return await Promise.race([run, timeout]);
  } catch (error) {
    // A worker still busy with a check that ran out of time is ended: a
    // fresh one takes the next check.
    if (worker && timedOut) worker.restart(error.message);
    throw error instanceof CheckerError ? error : new CheckerError(String(error?.message ?? error));
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Checks a draft. Resolves to every finding the core returns; rejects with
 * CheckerError if the core fails to load or throws, or if loading and
 * checking take longer than `timeoutMs`.
 */
export async function checkDraft(draft, config, { timeoutMs = 3000 } = {}) {
  return withinLimit("check", draft, config, timeoutMs, await testSwitches());
}

/** The findings at or above `threshold` ("error" | "warning" | "info"). */
export function atThreshold(findings, threshold) {
  const limit = SEVERITY_RANK[threshold] ?? SEVERITY_RANK.warning;
  return findings.filter((finding) => (SEVERITY_RANK[finding.severity] ?? 2) <= limit);
}

/**
 * Whether a draft goes to someone outside the organisation. The core decides,
 * as its rules do: the configured internal domains and the sender's own
 * (unless a public provider such as gmail.com) are inside, with their
 * subdomains; a recipient without an address is not taken for a colleague.
 */
export async function hasExternalRecipient(draft, config, { timeoutMs = 3000 } = {}) {
  return withinLimit("hasExternalRecipient", draft, config, timeoutMs);
}

// Which findings' fields a part of the draft the page could not read covers.
const UNREAD_FIELDS = {
  subject: ["subject"],
  recipients: ["to", "cc", "bcc"],
  attachments: ["attachments"],
};

/**
 * The findings without those about parts of the draft the page could not
 * read (`unread`, see content/host.js): an unread subject reads as empty,
 * and "empty subject" would be about presend's reading, not the letter.
 */
export function withoutUnreadParts(findings, unread = []) {
  const skipped = new Set(unread.flatMap((part) => UNREAD_FIELDS[part] ?? []));
  return findings.filter((finding) => !skipped.has(finding.field));
}
