// One check of a compose window: read the draft, load the settings, run the
// shared checker, keep what the dialog should show.

import { atThreshold, checkDraft, hasExternalRecipient, ruleCatalogue } from "./shared/checker.js";
import { coreConfig, loadSettings, readStoredAreas } from "./shared/settings.js";
import { readDraft } from "./draft.js";
import { askedByThunderbird } from "./tb_reminders.js";
import { cachedCheck, checkKey, keepCheck } from "./check_cache.js";

/** A check that failed because of presend itself, not because of the draft. */
export class CheckFailed extends Error {
  name = "CheckFailed";
}

/**
 * Checks compose tab `tabId`. `mode` "send" keeps the findings at the
 * threshold (none: let the send go), without those Thunderbird asks about
 * itself right after (see tb_reminders.js: they are listed in `leftToThunderbird`);
 * "check" ("Check now") keeps all.
 * Resolves to { findings, rules, draft, uiLang, skipped, leftToThunderbird, key }
 * (`key`: what check_cache.js keeps it under, null if none);
 * rejects with CheckFailed when the draft cannot be read or the checker
 * throws or times out. A draft checked before exactly as it is now, with
 * the same settings, gets the result kept then (see check_cache.js; `timing`,
 * if given, notes when the draft was read, or the kept result found).
 */
export async function checkComposeTab(tabId, mode, details, timing = null) {
  let stored;
  let draft;
  try {
    [stored, draft] = await Promise.all([storedSettings(), readDraft(tabId, details)]);
  } catch (error) {
    throw new CheckFailed(`could not read the draft or the settings: ${error?.message ?? error}`);
  }
  // The key is made of the settings as stored, not as they take effect:
  // those need the core's defaults, which a Send that wakes the event page
  // would wait for (the core is in the add-on, so they change with its
  // version only, which the key holds).
  let key = null;
  try {
    key = checkKey(mode, stored.key, draft);
    const kept = await cachedCheck(tabId, key);
    if (timing) timing[kept ? "keptCheckFound" : "draftRead"] = Date.now();
    if (kept) return { ...kept, draft, key };
  } catch (error) {
    console.warn("presend: no kept check to look up", error);
  }
  let settings;
  try {
    ({ values: settings } = await loadSettings(stored.areas));
  } catch (error) {
    throw new CheckFailed(`could not read the settings: ${error?.message ?? error}`);
  }
  const uiLang = settings.ui_lang || "en";
  const config = coreConfig(settings);
  // The same check already running (a pre-check when Send came) is awaited,
  // not run twice; if it fails, this one runs on its own.
  const running = key && inFlight.get(key);
  if (running) {
    const result = await running.catch(() => null);
    if (result) return { ...structuredClone(result), draft, key };
  }
  const run = runCheck(mode, draft, settings, config, uiLang);
  if (key) {
    inFlight.set(key, run);
    run
      .then((result) => keepCheck(tabId, key, { ...result, draft: null }))
      .catch(() => {})
      .finally(() => inFlight.delete(key));
  }
  return { ...(await run), key };
}

/**
 * What decides the settings besides the core: what the user (storage.local)
 * and a policy (storage.managed, where there is one) set (`areas`, for
 * loadSettings), and in `key` also Thunderbird's language (presend's
 * default) and presend's version (its core's defaults).
 */
async function storedSettings() {
  const { local, managed } = await readStoredAreas();
  const key = [local, managed, messenger.i18n.getUILanguage(), messenger.runtime.getManifest().version];
  return { areas: { local, managed }, key };
}

// The checks running now, by key (see check_cache.js).
const inFlight = new Map();

/** Runs the core on `draft`: the findings `mode` keeps, and what the dialog needs about them. */
async function runCheck(mode, draft, settings, config, uiLang) {
  try {
    const limit = { timeoutMs: settings.check_timeout_ms };
    if (mode === "send" && settings.only_external && !(await hasExternalRecipient(draft, config, limit))) {
      return { findings: [], rules: [], draft, uiLang, skipped: "internal", leftToThunderbird: [] };
    }
    let findings = await checkDraft(draft, config, limit);
    const leftToThunderbird = [];
    if (mode === "send") {
      findings = atThreshold(findings, settings.threshold);
      const asked = askedByThunderbird(draft, settings, messenger.i18n.getUILanguage());
      leftToThunderbird.push(...new Set(findings.filter((f) => asked.has(f.rule)).map((f) => f.rule)));
      findings = findings.filter((finding) => !asked.has(finding.rule));
    }
    // The catalogue (titles, reasons) is only needed for a dialog.
    const rules = findings.length || mode === "check" ? await ruleCatalogue() : [];
    return { findings, rules, draft, uiLang, skipped: null, leftToThunderbird };
  } catch (error) {
    throw new CheckFailed(error?.message ?? String(error));
  }
}
