// Loads the WASM core once and runs checks with a time limit. Used by the
// Chrome service worker, the Thunderbird background and the options page.
// In the assembled add-on this file sits in shared/ and the core in wasm/.

import init, {
  check,
  hasExternalRecipient as coreHasExternalRecipient,
  rules,
  defaultConfig,
  version,
} from "../wasm/presend.js";

const ext = globalThis.browser ?? globalThis.chrome;
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };

let ready = null;

/** Loads and instantiates the core (once; later calls share the promise). */
export function loadCore() {
  ready ??= init({ module_or_path: new URL("../wasm/presend_bg.wasm", import.meta.url) }).catch((error) => {
    ready = null; // let a later call try again
    throw error;
  });
  return ready;
}

export async function ruleCatalogue() {
  await loadCore();
  return rules();
}

export async function defaultCoreConfig() {
  await loadCore();
  return defaultConfig();
}

export async function coreVersion() {
  await loadCore();
  return version();
}

/** Thrown when the checker fails or takes too long; the send must go on. */
export class CheckerError extends Error {
  name = "CheckerError";
}

async function testSwitchSaysFail() {
  try {
    const { test_fail_checker } = await ext.storage.local.get("test_fail_checker");
    return test_fail_checker === true;
  } catch {
    return false;
  }
}

/**
 * Checks a draft. Resolves to every finding the core returns; rejects with
 * CheckerError if the core throws, or if loading and checking take longer
 * than `timeoutMs`.
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
    if (await testSwitchSaysFail()) throw new CheckerError("test_fail_checker is set");
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
