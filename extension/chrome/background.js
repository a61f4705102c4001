// The service worker: owns the WASM checker (web pages' CSP may forbid WASM,
// so content scripts never load it) and answers the messages of
// shared/protocol.js.

import { Kind, checkFailedAnswer, doneAnswer, ruleReferencePath } from "./shared/protocol.js";
import { loadCore } from "./shared/checker.js";
import { setRuleEnabled } from "./shared/settings.js";
import { SITE_ON, forgetSites, takePendingSite, turnSiteOn } from "./site-access.js";
import { checkForPage } from "./page-check.js";

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
      return checkForPage(message.draft, message.site, message.unread, sender?.url ?? sender?.tab?.url);
    case Kind.warmUp:
      await loadCore().catch(() => {}); // a failure is reported by the check itself
      return doneAnswer();
    case Kind.ruleSwitch:
      await setRuleEnabled(message.rule, message.enabled === true);
      return doneAnswer();
    case Kind.openOptions:
      await chrome.runtime.openOptionsPage();
      return doneAnswer();
    case Kind.openRule: {
      // A tab beside the mail's; the page itself may not open extension URLs.
      const url = chrome.runtime.getURL(ruleReferencePath(message.rule, message.lang));
      const tab = sender?.tab;
      await chrome.tabs.create(tab ? { url, index: tab.index + 1, openerTabId: tab.id } : { url });
      return doneAnswer();
    }
    case SITE_ON:
      await takePendingSite();
      return { ...doneAnswer(), adapter: await turnOnOnce(message.origin, message.tabId) };
    default:
      return undefined;
  }
}

// The core loads (and warms up) as the worker starts, while the first
// message is still being read.
loadCore().catch(() => {});

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
