// The Thunderbird background (MV3 event page): checks a draft when Send is
// pressed and asks "are you sure?" in a dialog window when it finds problems;
// the compose toolbar's "Check now" shows the findings without sending.
//
// The promise given to compose.onBeforeSend is always resolved: on the
// user's answer, when the dialog window is closed, and with "allow" plus a
// notice when presend itself fails.

import { setRuleEnabled } from "./shared/settings.js";
import { CheckFailed, checkComposeTab } from "./checking.js";
import { applyFix } from "./draft.js";
import { DialogWindows } from "./dialog_window.js";
import { showNotice } from "./notice.js";
import { composeActionTitle, tbStrings } from "./tb_strings.js";

const dialogs = new DialogWindows();

// Sends the user confirmed, so a repeated onBeforeSend for the same message
// (Thunderbird may fire it more than once; "Send later" sends again) passes.
const approved = new Map(); // tabId -> { fingerprint, until }
const APPROVAL_MS = 60_000;

function fingerprint(details) {
  return JSON.stringify([details.subject ?? "", details.plainTextBody ?? "", details.to ?? []]);
}

function approve(tabId, details) {
  approved.set(tabId, { fingerprint: fingerprint(details), until: Date.now() + APPROVAL_MS });
}

function isApproved(tabId, details) {
  const entry = approved.get(tabId);
  return Boolean(entry && entry.until > Date.now() && entry.fingerprint === fingerprint(details));
}

// Tabs whose dialog is open: a second Send or "Check now" there waits for it.
const busyTabs = new Set();

/** Whether a finding is about tone (those offer "Send later": cool down first). */
function isToneFinding(finding, rules) {
  return rules.some((rule) => rule.id === finding.rule && rule.category === "tone");
}

/** The data openDialog() takes, from a check result. */
function dialogData(result, mode) {
  return {
    findings: result.findings,
    rules: result.rules,
    draft: result.draft,
    uiLang: result.uiLang,
    canSendLater: mode === "send" && result.findings.some((f) => isToneFinding(f, result.rules)),
    mode,
  };
}

async function noticeFor(key, uiLang) {
  try {
    const t = await tbStrings(uiLang || "en");
    await showNotice(t(key));
  } catch (error) {
    console.error("presend: could not show a notice", error);
  }
}

/**
 * Shows `result` in a dialog window and handles fixes and mutes (each
 * re-checks and re-shows) until the user decides. Resolves to the final
 * answer: { action: "back" | "send" | "send-later" | "fixed" }.
 */
async function converse(tabId, mode, result) {
  const session = await dialogs.open(tabId, dialogData(result, mode));
  try {
    for (;;) {
      const answer = await session.nextAnswer();
      if (answer.action !== "fix" && answer.action !== "mute") return answer;
      if (answer.action === "fix") {
        const changed = await applyFix(tabId, answer.finding).catch((error) => {
          console.error("presend: quick fix failed", error);
          return false;
        });
        if (!changed) await noticeFor("noticeFixFailed", result.uiLang);
      } else {
        const rule = typeof answer.rule === "string" ? answer.rule : answer.rule?.id;
        if (rule) await setRuleEnabled(rule, false);
      }
      result = await checkComposeTab(tabId, mode);
      if (!result.findings.length) {
        // Everything fixed: back to the draft, so the author sees the
        // changed text before it goes out.
        return { action: "fixed" };
      }
      session.show(dialogData(result, mode));
    }
  } finally {
    await dialogs.close(session);
  }
}

async function onBeforeSend(tab, details) {
  if (isApproved(tab.id, details)) return {};
  if (busyTabs.has(tab.id)) {
    // A dialog about this draft is open ("Check now"): show it, send nothing.
    await dialogs.focusForTab(tab.id);
    return { cancel: true };
  }
  let uiLang = "en";
  busyTabs.add(tab.id);
  try {
    const result = await checkComposeTab(tab.id, "send", details);
    uiLang = result.uiLang;
    if (!result.findings.length) return {};
    const answer = await converse(tab.id, "send", result);
    switch (answer.action) {
      case "send":
        approve(tab.id, await messenger.compose.getComposeDetails(tab.id));
        return {};
      case "send-later":
        sendLater(tab.id);
        return { cancel: true };
      case "fixed":
        await noticeFor("noticeAllClear", uiLang);
        return { cancel: true };
      default:
        return { cancel: true };
    }
  } catch (error) {
    // presend's own failure never blocks the send.
    console.error("presend: check on send failed; sending unchecked", error);
    await noticeFor(error instanceof CheckFailed ? "noticeCheckFailed" : "noticeUnreadable", uiLang);
    return {};
  } finally {
    busyTabs.delete(tab.id);
  }
}

/** "Send later": cancel this send and queue the message in the Outbox. */
function sendLater(tabId) {
  setTimeout(async () => {
    try {
      approve(tabId, await messenger.compose.getComposeDetails(tabId));
      await messenger.compose.sendMessage(tabId, { mode: "sendLater" });
    } catch (error) {
      console.error("presend: send later failed", error);
    }
  }, 0);
}

/** The compose toolbar's "Check now": every finding, nothing is sent. */
async function checkNow(tab) {
  if (busyTabs.has(tab.id)) {
    await dialogs.focusForTab(tab.id);
    return;
  }
  busyTabs.add(tab.id);
  let uiLang = "en";
  try {
    const result = await checkComposeTab(tab.id, "check");
    uiLang = result.uiLang;
    const answer = await converse(tab.id, "check", result);
    if (answer.action === "fixed") await noticeFor("noticeAllClear", uiLang);
  } catch (error) {
    console.error("presend: check now failed", error);
    await noticeFor("noticeCheckNowFailed", uiLang);
  } finally {
    busyTabs.delete(tab.id);
  }
}

// MV3: listeners are registered synchronously at the top level, so the
// event page is woken for them.
messenger.compose.onBeforeSend.addListener(onBeforeSend);
messenger.compose.onAfterSend.addListener((tab) => approved.delete(tab.id));
messenger.composeAction.onClicked.addListener(checkNow);
messenger.windows.onRemoved.addListener((windowId) => dialogs.windowRemoved(windowId));
messenger.tabs.onRemoved.addListener((tabId) => {
  approved.delete(tabId);
  dialogs.tabRemoved(tabId);
});
messenger.runtime.onMessage.addListener((message) => dialogs.handleMessage(message));

// The button's label follows the interface language chosen in the options.
async function labelComposeAction() {
  const title = await composeActionTitle();
  await messenger.composeAction.setTitle({ title });
  await messenger.composeAction.setLabel({ label: title });
}
labelComposeAction().catch(() => {});
messenger.storage.onChanged.addListener(() => labelComposeAction().catch(() => {}));
