// The service worker: owns the WASM checker (web pages' CSP may forbid WASM,
// so content scripts never load it) and answers the messages of
// shared/protocol.js.

import { Kind, checkFailedAnswer, doneAnswer, findingsAnswer, skippedAnswer } from "./shared/protocol.js";
import {
  atThreshold,
  checkDraft,
  hasExternalRecipient,
  ruleCatalogue,
  withoutUnreadParts,
} from "./shared/checker.js";
import { coreConfig, isSiteEnabled, loadSettings, setRuleEnabled } from "./shared/settings.js";

async function checkForPage(draft, site, unread = []) {
  const { values } = await loadSettings();
  if (site && !isSiteEnabled(values, site)) return skippedAnswer("site-off");
  const config = coreConfig(values);
  // Recipients the page could not read may be anyone: such mail is checked.
  if (
    values.only_external &&
    !unread.includes("recipients") &&
    !(await hasExternalRecipient(draft, config))
  ) {
    return skippedAnswer("internal-only");
  }
  const findings = withoutUnreadParts(
    await checkDraft(draft, config, { timeoutMs: values.check_timeout_ms }),
    unread,
  );
  return findingsAnswer(atThreshold(findings, values.threshold), await ruleCatalogue(), values.ui_lang);
}

async function handle(message) {
  switch (message?.kind) {
    case Kind.check:
      try {
        return await checkForPage(message.draft, message.site, message.unread);
      } catch (error) {
        return checkFailedAnswer(String(error?.message ?? error));
      }
    case Kind.mute:
      await setRuleEnabled(message.rule, false);
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
