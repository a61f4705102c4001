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
import { SITE_ON, forgetSites, isCheckedSite, takePendingSite, turnSiteOn } from "./site-access.js";

async function checkForPage(draft, site, unread = [], pageUrl = "") {
  const { values } = await loadSettings();
  if (site && !isSiteEnabled(values, site)) return skippedAnswer("site-off");
  // A page whose site was turned off in the popup keeps its scripts until
  // it reloads; from then on its mail goes out unchecked, as asked.
  if (pageUrl && !(await isCheckedSite(pageUrl))) return skippedAnswer("site-off");
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

// Turning a site on, once per site at a time: the popup asks when Chrome
// grants the permission, and so does permissions.onAdded (the popup may
// have closed meanwhile).
const turningOn = new Map();
function turnOnOnce(origin, tabId) {
  if (!turningOn.has(origin)) {
    const done = turnSiteOn(origin, tabId).finally(() => setTimeout(() => turningOn.delete(origin), 2000));
    turningOn.set(origin, done);
  }
  return turningOn.get(origin);
}

async function handle(message, sender) {
  switch (message?.kind) {
    case Kind.check:
      try {
        return await checkForPage(
          message.draft,
          message.site,
          message.unread,
          sender?.url ?? sender?.tab?.url,
        );
      } catch (error) {
        return checkFailedAnswer(String(error?.message ?? error));
      }
    case Kind.mute:
      await setRuleEnabled(message.rule, false);
      return doneAnswer();
    case Kind.openOptions:
      await chrome.runtime.openOptionsPage();
      return doneAnswer();
    case SITE_ON:
      await takePendingSite();
      return { ...doneAnswer(), adapter: await turnOnOnce(message.origin, message.tabId) };
    default:
      return undefined;
  }
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  handle(message, sender).then(sendResponse, (error) =>
    sendResponse(checkFailedAnswer(String(error?.message ?? error))),
  );
  return true; // the answer comes asynchronously
});

chrome.permissions.onAdded.addListener(async ({ origins = [] }) => {
  const pending = await takePendingSite(origins);
  if (pending) await turnOnOnce(pending.origin, pending.tabId);
});

// A site whose permission was taken away (chrome://extensions) loses its scripts.
chrome.permissions.onRemoved.addListener(({ origins = [] }) => forgetSites(origins));
