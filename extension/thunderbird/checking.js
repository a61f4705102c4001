// One check of a compose window: read the draft, load the settings, run the
// shared checker, keep what the dialog should show.

import { atThreshold, checkDraft, hasExternalRecipient, ruleCatalogue } from "./shared/checker.js";
import { coreConfig, loadSettings } from "./shared/settings.js";
import { readDraft } from "./draft.js";
import { askedByThunderbird } from "./tb_reminders.js";

/** A check that failed because of presend itself, not because of the draft. */
export class CheckFailed extends Error {
  name = "CheckFailed";
}

/**
 * Checks compose tab `tabId`. `mode` "send" keeps the findings at the
 * threshold (none: let the send go), without those Thunderbird asks about
 * itself right after (see tb_reminders.js: they are listed in `leftToThunderbird`);
 * "check" ("Check now") keeps all.
 * Resolves to { findings, rules, draft, uiLang, skipped, leftToThunderbird };
 * rejects with CheckFailed when the draft cannot be read or the checker
 * throws or times out.
 */
export async function checkComposeTab(tabId, mode, details) {
  let settings;
  let draft;
  try {
    [{ values: settings }, draft] = await Promise.all([loadSettings(), readDraft(tabId, details)]);
  } catch (error) {
    throw new CheckFailed(`could not read the draft or the settings: ${error?.message ?? error}`);
  }
  const uiLang = settings.ui_lang || "en";
  const config = coreConfig(settings);
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
