// The Thunderbird background (MV3 event page): checks a draft when Send is
// pressed and asks "are you sure?" in a dialog window when it finds problems;
// the compose toolbar's "Check now" shows the findings without sending.
//
// The promise given to compose.onBeforeSend is always resolved: on the
// user's answer, when the dialog window is closed, and with "allow" plus a
// notice when presend itself fails.

import { setRuleEnabled } from "./shared/settings.js";
import { withoutIgnored } from "./shared/findings-view.js";
import { loadCore, ruleCatalogue, runChecksInWorker } from "./shared/checker.js";
import { CheckFailed, checkComposeTab } from "./checking.js";
import { applyFix } from "./draft.js";
import { placeCursor } from "./cursor.js";
import { DialogWindows } from "./dialog_window.js";
import { forgetCheck } from "./check_cache.js";
import { PreChecks } from "./pre_check.js";
import { showNotice } from "./notice.js";
import { loadStrings } from "./shared/i18n.js";
import { composeActionTitle } from "./tb_strings.js";

// When this page started loading and its script ran (epoch ms), for the
// end-to-end latency test of a Send that woke it.
const pageStarted = { backgroundPage: Math.round(performance.timeOrigin), backgroundScript: Date.now() };

const dialogs = new DialogWindows();

// Findings the user chose to "Ignore", per compose tab, for this message
// only (keys from findings-view.js). Forgotten when the message is sent or
// its window closed.
const ignoredByTab = new Map();
function ignoredIn(tabId) {
  if (!ignoredByTab.has(tabId)) ignoredByTab.set(tabId, new Set());
  return ignoredByTab.get(tabId);
}

/** The findings of `result` the user has not ignored in this message. */
function shown(tabId, result) {
  return withoutIgnored(result.findings, ignoredIn(tabId));
}

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

/**
 * The data openDialog() takes, from a check result (the dialog page adds
 * the "Attach a file…" action itself: see dialog_page.js).
 */
function dialogData(tabId, result, mode, undo = null, timing = null) {
  const findings = shown(tabId, result);
  return {
    timing,
    tabId,
    findings: result.findings,
    ignored: [...ignoredIn(tabId)],
    rules: result.rules,
    draft: result.draft,
    uiLang: result.uiLang,
    canSendLater: mode === "send" && findings.some((f) => isToneFinding(f, result.rules)),
    mode,
    undo,
    leftToThunderbird: result.leftToThunderbird ?? [],
  };
}

async function noticeFor(key, uiLang) {
  try {
    const t = await loadStrings(uiLang || "en");
    await showNotice(t(key));
  } catch (error) {
    console.error("presend: could not show a notice", error);
  }
}

// A cancelled send unlocks the compose window a moment after onBeforeSend
// answers; the cursor is placed after that.
const CURSOR_DELAY_MS = 150;

// Answers after which the draft or the settings changed: re-check, re-show.
const RECHECK = new Set(["fix", "turn-off", "turn-on", "attach"]);

/**
 * Shows `result` in a dialog window and handles fixes, "Turn off" and its
 * undo, and attached files (each re-checks and re-shows) until the user
 * decides. Resolves to the final answer: { action: "back" | "send" |
 * "send-later" | "fixed" }.
 */
async function converse(tabId, mode, result, timing = null) {
  const session = await dialogs.open(tabId, dialogData(tabId, result, mode, null, timing));
  try {
    for (;;) {
      const answer = await session.nextAnswer();
      for (const key of answer.ignored ?? []) ignoredIn(tabId).add(key);
      if (!RECHECK.has(answer.action)) return { ...answer, draftBody: result.draft.body };
      let undo = null;
      if (answer.action === "fix") {
        const changed = await applyFix(tabId, answer.finding).catch((error) => {
          console.error("presend: quick fix failed", error);
          return false;
        });
        if (!changed) await noticeFor("noticeFixFailed", result.uiLang);
      } else if (answer.action === "turn-off" || answer.action === "turn-on") {
        const enabled = answer.action === "turn-on";
        if (typeof answer.rule === "string") {
          await setRuleEnabled(answer.rule, enabled);
          undo = { kind: enabled ? "turned-on" : "turned-off", rule: answer.rule };
        }
      }
      // "attach": the dialog page has added the files already.
      result = await checkComposeTab(tabId, mode);
      // The undo line names the check, even when nothing is left to show.
      if (undo && !result.rules.length) result.rules = await ruleCatalogue();
      if (!shown(tabId, result).length && !undo) {
        // Everything fixed: back to the draft, so the author sees the
        // changed text before it goes out.
        return { action: "fixed" };
      }
      session.show(dialogData(tabId, result, mode, undo));
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
  // When each step of the wait the user feels ended (epoch ms), for the
  // end-to-end latency test: the dialog page adds its own.
  const timing = { beforeSend: Date.now() };
  if (timing.beforeSend - pageStarted.backgroundScript < 5000) Object.assign(timing, pageStarted);
  try {
    const result = await checkComposeTab(tab.id, "send", details, timing);
    timing.checked = Date.now();
    uiLang = result.uiLang;
    if (!shown(tab.id, result).length) return {};
    const answer = await converse(tab.id, "send", result, timing);
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
        // After Thunderbird has unlocked the compose window again.
        setTimeout(() => backToEditing(tab.id, answer), CURSOR_DELAY_MS);
        return { cancel: true };
    }
  } catch (error) {
    // presend's own failure never blocks the send.
    console.error("presend: check on send failed; sending unchecked", error);
    await noticeFor(error instanceof CheckFailed ? "noticeCheckFailed" : "noticeUnreadable", uiLang);
    return {};
  } finally {
    busyTabs.delete(tab.id);
    preChecks.start(); // back to the draft, the author may write on
  }
}

/**
 * "Go back and edit": the compose window to the front, the cursor on the
 * finding the dialog named (not when the user just closed the window).
 */
async function backToEditing(tabId, answer) {
  if (answer.action !== "back" || answer.closed) return;
  await placeCursor(tabId, answer.finding, answer.draftBody);
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
    else await backToEditing(tab.id, answer);
  } catch (error) {
    console.error("presend: check now failed", error);
    await noticeFor("noticeCheckNowFailed", uiLang);
  } finally {
    busyTabs.delete(tab.id);
    preChecks.start(); // back to the draft, the author may write on
  }
}

// MV3: listeners are registered synchronously at the top level, so the
// event page is woken for them.
messenger.compose.onBeforeSend.addListener(onBeforeSend);
// onAfterSend also fires for a send that failed or was cancelled (with
// `sendInfo.error`): the ignores stay with the message until it is sent.
messenger.compose.onAfterSend.addListener((tab, sendInfo) => {
  approved.delete(tab.id);
  if (!sendInfo?.error) {
    ignoredByTab.delete(tab.id);
    forgetCheck(tab.id);
  }
});
messenger.composeAction.onClicked.addListener(checkNow);
messenger.windows.onRemoved.addListener((windowId) => dialogs.windowRemoved(windowId));
messenger.tabs.onRemoved.addListener((tabId) => {
  approved.delete(tabId);
  ignoredByTab.delete(tabId);
  forgetCheck(tabId);
  dialogs.tabRemoved(tabId);
});
messenger.runtime.onMessage.addListener((message) => dialogs.handleMessage(message));

// Checks run in a dedicated Worker, so one slow inside the core is cut off
// by its time limit (the user is told and the mail goes out); the worker
// also answers for the rule catalogue and the default settings, so this
// page starts no instance of the core of its own. The worker loads (and
// warms up) the core a moment after the event page starts
// (WARM_UP_DELAY_MS: at Thunderbird's start, before any Send), or at once
// when a check needs it: a Send that woke this page and finds its check
// kept (check_cache.js) opens the dialog first, without the worker's start
// and the core's load competing with the dialog window for the thread they
// share; one that finds none starts the worker as it reads the settings.
const WARM_UP_DELAY_MS = 1000;
if (runChecksInWorker(false)) setTimeout(() => runChecksInWorker(), WARM_UP_DELAY_MS);
else loadCore().catch((error) => console.error("presend: the core did not load", error));

// While the author writes, the draft is checked whenever it changed, so
// Send finds the check done.
const preChecks = new PreChecks({
  isBusy: (tabId) => busyTabs.has(tabId),
  check: async (tabId, details) => (await checkComposeTab(tabId, "send", details)).key,
});
preChecks.start();
messenger.compose.onComposeStateChanged.addListener(() => preChecks.start());

// The button's label follows the interface language chosen in the options.
async function labelComposeAction() {
  const title = await composeActionTitle();
  await messenger.composeAction.setTitle({ title });
  await messenger.composeAction.setLabel({ label: title });
}
// (Thunderbird keeps the label while this page is suspended: a Send that
// wakes it does not wait for the settings' defaults, which the core's
// worker gives.)
setTimeout(() => labelComposeAction().catch(() => {}), WARM_UP_DELAY_MS);
// A change of the settings relabels at once; the kept checks' own writes
// to storage.session (check_cache.js) do not.
messenger.storage.onChanged.addListener((changes, area) => {
  if (area !== "session") labelComposeAction().catch(() => {});
});
