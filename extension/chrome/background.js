// The service worker: owns the WASM checker (web pages' CSP may forbid WASM,
// so content scripts never load it) and answers the messages of
// shared/protocol.js.

import { Kind, checkFailedAnswer, doneAnswer, findingsAnswer, skippedAnswer } from "./shared/protocol.js";
import { atThreshold, checkDraft, hasExternalRecipient, ruleCatalogue } from "./shared/checker.js";
import { coreConfig, isSiteEnabled, loadSettings, setRuleEnabled } from "./shared/settings.js";

async function checkForPage(draft, site) {
  const { values } = await loadSettings();
  if (site && !isSiteEnabled(values, site)) return skippedAnswer("site-off");
  if (values.only_external && !hasExternalRecipient(draft, values.internal_domains)) {
    return skippedAnswer("internal-only");
  }
  const findings = await checkDraft(draft, coreConfig(values), { timeoutMs: values.check_timeout_ms });
  return findingsAnswer(atThreshold(findings, values.threshold), await ruleCatalogue(), values.ui_lang);
}

async function handle(message) {
  switch (message?.kind) {
    case Kind.check:
      try {
        return await checkForPage(message.draft, message.site);
      } catch (error) {
        return checkFailedAnswer(String(error?.message ?? error));
      }
    case Kind.ruleSwitch:
      await setRuleEnabled(message.rule, message.enabled === true);
      return doneAnswer();
    case Kind.openOptions:
      await chrome.runtime.openOptionsPage();
      return doneAnswer();
    default:
      return undefined;
  }
}

chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  handle(message).then(sendResponse, (error) =>
    sendResponse(checkFailedAnswer(String(error?.message ?? error))),
  );
  return true; // the answer comes asynchronously
});
