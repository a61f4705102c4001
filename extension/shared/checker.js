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

const ext = globalThis.browser ?? globalThis.chrome;
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };

let ready = null;

// A tiny draft checked once right after the core loads: V8 compiles a WASM
// function when it first runs, and the first check paid for all of it.
const WARM_UP_DRAFT = {
  from: "a@example.com",
  to: ["b@example.org"],
  subject: "Hello",
  body: "Hello Bob,\n\nthe report is attached.\n\nBest regards,\nAnn",
};

/**
 * Loads and instantiates the core, and runs one tiny check so the first
 * real check finds its code compiled (once; later calls share the promise).
 * The background pages call it as they start, before any Send.
 */
export function loadCore() {
  ready ??= init({ module_or_path: new URL("../wasm/presend_bg.wasm", import.meta.url) }).then(
    () => {
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

// What the core says about itself never changes while it is loaded: asked
// once, not on every Send (the catalogue crossing the WASM boundary took
// about 5 ms each time).
let catalogue = null;
let defaults = null;

/** The core's rules (id, category, severity, titles and reasons in each language). */
export async function ruleCatalogue() {
  await loadCore();
  catalogue ??= rules();
  return catalogue;
}

/** The core's default Config (a fresh copy each time: callers merge into it). */
export async function defaultCoreConfig() {
  await loadCore();
  defaults ??= defaultConfig();
  return structuredClone(defaults);
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
// checker slower than its limit; a worker stopped in the middle of a check).
async function testSwitches() {
  try {
    return await ext.storage.local.get(["test_fail_checker", "test_checker_delay_ms"]);
  } catch {
    return {};
  }
}

/**
 * Checks a draft. Resolves to every finding the core returns; rejects with
 * CheckerError if the core fails to load or throws, or if loading and
 * checking take longer than `timeoutMs`.
 */
export async function checkDraft(draft, config, { timeoutMs = 3000 } = {}) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new CheckerError(`the check took longer than ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  const run = (async () => {
    const switches = await testSwitches();
    if (switches.test_fail_checker === true) throw new CheckerError("test_fail_checker is set");
    const delay = Number(switches.test_checker_delay_ms) || 0;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    await loadCore();
    return check(draft, config);
  })();
  try {
    return await Promise.race([run, timeout]);
  } catch (error) {
    throw error instanceof CheckerError ? error : new CheckerError(String(error?.message ?? error));
  } finally {
    clearTimeout(timer);
  }
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
export async function hasExternalRecipient(draft, config) {
  await loadCore();
  return coreHasExternalRecipient(draft, config);
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
