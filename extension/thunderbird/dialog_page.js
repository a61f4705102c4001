// The page inside the Thunderbird dialog window: asks the background what
// to show, shows it with the shared dialog, sends the answer back, and
// pings the background while open so the MV3 event page stays alive. It
// also sizes the window to what it shows, and offers "Attach a file…":
// a file picker here, then compose.addAttachment on the message's tab.
// "More about this check" opens the rule reference bundled in the add-on
// in a window of its own, in front (a tab would open behind the compose
// window).

import { loadStrings } from "./shared/i18n.js";
import { ruleReferencePath } from "./shared/protocol.js";
import { KEEP_ALIVE_MS, TbKind } from "./window_messages.js";

// When this page's script started, for the end-to-end latency test.
const scriptStarted = Date.now();
const session = new URLSearchParams(location.search).get("session");

// What to show is asked at once, and the dialog's code (the larger part of
// this page) loads meanwhile, instead of one after the other.
const asked = Date.now();
const early = firstFromBackground();
const firstAnswer = early ? Promise.resolve(early) : askByMessage();
const dialogCode = import("./shared/dialog.js");
// The stylesheet and strings load meanwhile too (in Thunderbird's language,
// the default of presend's).
const guessedLang = (messenger.i18n.getUILanguage() || "en").slice(0, 2).toLowerCase();
dialogCode
  .then(({ prepareDialog }) => prepareDialog(["en", "ru", "el"].includes(guessedLang) ? guessedLang : "en"))
  .catch(() => {});
const MIN_HEIGHT = 260;
const SCREEN_MARGIN = 48;
// What the dialog says about a question Thunderbird asks next itself.
const TB_ASKS = { "forgotten-attachment": "tbAsksAttachment", "missing-subject": "tbAsksSubject" };
const REFERENCE_SIZE = { width: 900, height: 720 };

function send(message) {
  return messenger.runtime.sendMessage({ ...message, session });
}

/**
 * What to show first, read straight from the background page (a page of
 * the add-on in the same process) when it can be reached: a message to it
 * waited 20–100 ms for the main thread this page and the background share,
 * busy drawing this very page. Null when it cannot be reached.
 */
function firstFromBackground() {
  try {
    for (const view of messenger.extension?.getViews?.() ?? []) {
      const first = view.presendDialogFirst?.(session);
      // A copy of this page's own, not objects of the background's realm.
      if (first) return structuredClone(first);
    }
  } catch (error) {
    console.warn("presend: could not read the dialog from the background page", error);
  }
  return null;
}

/** What to show first, asked by runtime message. */
function askByMessage() {
  return send({ kind: TbKind.dialogReady });
}

setInterval(() => send({ kind: TbKind.keepAlive }).catch(() => {}), KEEP_ALIVE_MS);

/**
 * Lets the user pick files and attaches them to compose tab `tabId`.
 * Must be called inside the click (the picker needs the user's gesture).
 * Resolves to true when at least one file was attached.
 */
function attachFiles(tabId) {
  return new Promise((resolve) => {
    const input = document.createElement("input");
    input.type = "file";
    input.multiple = true;
    input.hidden = true;
    input.id = "presend-attach-input";
    const done = (value) => {
      input.remove();
      resolve(value);
    };
    input.addEventListener(
      "change",
      async () => {
        try {
          for (const file of input.files) await messenger.compose.addAttachment(tabId, { file });
          done(input.files.length > 0);
        } catch (error) {
          console.error("presend: could not attach the file", error);
          done(false);
        }
      },
      { once: true },
    );
    input.addEventListener("cancel", () => done(false), { once: true });
    document.body.append(input);
    input.click();
  });
}

/** The rule reference at check `rule`, in `lang`, in a window in front. */
function openRule(rule, lang) {
  const url = messenger.runtime.getURL(ruleReferencePath(rule, lang));
  messenger.windows.create({ type: "popup", url, ...REFERENCE_SIZE }).catch((error) => {
    console.warn("presend: could not open the rule reference", error);
  });
}

/** The window as tall as the dialog needs, within the screen. */
async function fitWindow(dialog) {
  try {
    const parts = [...dialog.children].filter((part) => !part.classList.contains("dialog-body"));
    const body = dialog.querySelector(".dialog-body");
    // What the list needs, not what it has been given: its height when it
    // does not stretch to fill the window.
    body.style.flex = "none";
    const bodyHeight = body.offsetHeight;
    body.style.flex = "";
    const wanted = Math.ceil(parts.reduce((sum, part) => sum + part.offsetHeight, 0) + bodyHeight);
    const frame = window.outerHeight - window.innerHeight;
    const most = (screen.availHeight || 800) - SCREEN_MARGIN;
    const height = Math.max(MIN_HEIGHT, Math.min(most, wanted + frame));
    if (Math.abs(height - window.outerHeight) < 4) return;
    const current = await messenger.windows.getCurrent();
    await messenger.windows.update(current.id, { height });
  } catch (error) {
    console.warn("presend: could not size the dialog window", error);
  }
}

// Unfolding a card's "Why?" or its "⋯" menu makes the dialog taller: the
// window follows, within the screen, as it does when the dialog is shown.
function refitOnUnfold() {
  const refit = () => {
    const dialog = document.querySelector("dialog.presend-dialog[open]");
    if (dialog) requestAnimationFrame(() => fitWindow(dialog));
  };
  document.addEventListener("toggle", (event) => event.target.matches?.("details") && refit(), true);
  document.addEventListener("click", (event) => event.target.closest?.("button.more") && refit(), true);
}

/**
 * Notes in `window.presendTiming` when each step from the click on Send to
 * the dialog on screen ended (epoch ms), for the end-to-end latency test:
 * the background's (`timing`), this page's own, and the first frame painted
 * after the dialog was drawn.
 */
function noteTiming(timing, steps) {
  const noted = { ...timing, scriptStarted, ...steps, shown: Date.now() };
  window.presendTiming = noted;
  performance.mark("presend-dialog-shown");
  requestAnimationFrame(() => setTimeout(() => (noted.painted = Date.now()), 0));
}

async function run() {
  refitOnUnfold();
  let next = await firstAnswer;
  const answered = Date.now();
  const { openDialog } = await dialogCode;
  const loaded = Date.now();
  while (next?.show) {
    const data = next.show;
    const lang = data.uiLang || "en";
    const t = await loadStrings(lang);
    document.title = t(data.mode === "check" ? "dialogTitleCheck" : "dialogTitle");
    document.documentElement.lang = lang;
    const answer = await openDialog(document.body, {
      ...data,
      notes: (data.leftToThunderbird ?? [])
        .map((rule) => TB_ASKS[rule])
        .filter(Boolean)
        .map((key) => t(key)),
      attach: Number.isInteger(data.tabId) ? () => attachFiles(data.tabId) : null,
      ruleLink: (rule) => messenger.runtime.getURL(ruleReferencePath(rule, lang)),
      openRule: (rule) => openRule(rule, lang),
      onShown: (dialog) => {
        // When the dialog was first on screen, for the end-to-end latency test.
        if (!performance.getEntriesByName("presend-dialog-shown").length) {
          noteTiming(data.timing, { asked, answered, loaded });
        }
        return fitWindow(dialog);
      },
    });
    next = await send({ kind: TbKind.dialogAnswer, answer });
  }
  window.close();
}

run().catch((error) => {
  console.error("presend: the dialog failed", error);
  // The background treats a closed window as "Go back": nothing is sent
  // unasked and the compose window is unlocked.
  window.close();
});
