// The confirmation dialog, shared by the Chrome extension (drawn in a shadow
// root inside the web mail page) and the Thunderbird add-on (drawn in the
// body of its own dialog window). See extension/README.md for the API.
//
// The findings themselves are drawn by findings-view.js; this module adds
// the dialog around them: title and summary line, "Go back and edit" (the
// default: Enter and Esc), "Send anyway", the undo of "Turn off", and the
// keyboard. Draft text is only ever set with textContent. The dialog is a
// modal <dialog>, so the page behind it is inert; focus is kept inside.

import { loadStrings, partNames } from "./i18n.js";
import {
  elementMaker,
  findingKeys,
  prepareFormats,
  renderFindings,
  SHOWN_FINDINGS,
  summaryText,
  withoutIgnored,
} from "./findings-view.js";

const RESTORE_MS = 60_000; // a re-opened dialog takes over scroll and focus this long
const BUSY_MS = 15_000; // a dialog waiting for its re-check goes by itself after this

// Answers after which the caller re-checks and opens the dialog again in the
// same root: the dialog stays up (busy) meanwhile, and the next one keeps
// its scroll position and focus.
const ROUND_TRIP = new Set(["fix", "turn-off", "turn-on", "attach"]);

const STYLESHEETS = ["./dialog.css", "./findings-view.css"];
let cssText = null;

function loadCss() {
  cssText ??= Promise.all(
    STYLESHEETS.map((file) => fetch(new URL(file, import.meta.url)).then((r) => r.text())),
  ).then((parts) => parts.join("\n"));
  return cssText;
}

// A stylesheet that page CSP rules about inline <style> cannot block where
// constructable stylesheets exist (documents and shadow roots).
async function applyCss(root) {
  const css = await loadCss();
  const scope = root.adoptedStyleSheets ? root : root.getRootNode?.();
  if (scope?.adoptedStyleSheets) {
    if (scope.adoptedStyleSheets.some((s) => s.presend)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheet.presend = true;
    scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
    return;
  }
  if ([...(root.children ?? [])].some((child) => child.matches("style.presend-style"))) return;
  const style = document.createElement("style");
  style.className = "presend-style";
  style.textContent = css;
  root.append(style);
}

const el = elementMaker(document);

// Where the last dialog in a root was scrolled to and which card had the
// focus, for the one that replaces it after a fix or a turn-off.
const lastView = new WeakMap();

const previousDialog = (root) =>
  [...(root.children ?? [])].find((child) => child.matches("dialog.presend-dialog")) ?? null;

/**
 * Fetches what a dialog in `uiLang` needs (its stylesheets and strings)
 * ahead of time, and gives `root` (if any) its stylesheet, so the first
 * dialog after a Send does not wait for them.
 */
export function prepareDialog(uiLang, root = null) {
  try {
    prepareFormats(uiLang);
  } catch {
    // an unknown language: the dialog falls back by itself
  }
  return Promise.all([root ? applyCss(root) : loadCss(), loadStrings(uiLang)]);
}

/** Removes the dialog of `root`, answered or waiting for a re-check. */
export function closeDialog(root) {
  const previous = previousDialog(root);
  if (!previous) return;
  if (previous.presendAnswer && !previous.presendDone) previous.presendAnswer({ action: "back" });
  previous.presendRemove?.();
  previous.remove();
}

/** The first finding shown that a cursor can be put on (the subject or the text). */
function firstPlace(findings, body) {
  const card = body.querySelector("li.card[data-field='body'], li.card[data-field='subject']");
  if (!card) return null;
  const rule = card.querySelector("li.finding")?.dataset.rule;
  return findings.find((f) => f.field === card.dataset.field && f.rule === rule) ?? null;
}

// One line saying which parts of the draft the web mail page could not
// read, so the checks that need them did not run (see content/host.js).
function unreadView(unread, t) {
  if (!unread?.length) return null;
  return el("p", { class: "unread", role: "note", text: t("dialogUnread", partNames(t, unread)) });
}

/**
 * Opens the dialog in `root` and resolves with the user's answer (see
 * extension/README.md): { action, finding?, rule?, ignored }. `ignored`
 * lists the keys of the findings the user ignored in this dialog (the
 * caller keeps them for this message). A dialog already open in `root` is
 * replaced; one that is waiting for a re-check hands over its scroll
 * position and focus.
 */
export async function openDialog(root, options) {
  const {
    findings: allFindings = [],
    rules = [],
    draft = {},
    uiLang = "en",
    canSendLater = false,
    mode = "send",
    ignored = [],
    attach = null,
    undo = null,
    notes = [],
    unread = [],
    ruleLink = null,
    openRule = null,
    onShown = null,
  } = options;
  const t = await loadStrings(uiLang);
  await applyCss(root);
  const previous = previousDialog(root);
  // A dialog still open in this root is answered "back" before it goes, so
  // no caller is left waiting for an answer that never comes.
  if (previous?.presendAnswer && !previous.presendDone) previous.presendAnswer({ action: "back" });
  const restore = lastView.get(root);
  lastView.delete(root);

  return new Promise((resolve) => {
    let done = false;
    let busyTimer = null;
    let findings = withoutIgnored(allFindings, ignored);
    const ignoredNow = [];
    const dialog = el("dialog", {
      class: "presend-dialog",
      "aria-labelledby": "presend-title",
      "aria-describedby": "presend-summary",
      lang: uiLang,
    });
    const summary = el("p", { id: "presend-summary", class: "summary" });
    const status = el("p", { class: "sr-status", role: "status" });
    const body = el("div", { class: "dialog-body" });

    const remove = () => {
      clearTimeout(busyTimer);
      if (dialog.open) dialog.close();
      dialog.remove();
    };
    dialog.presendRemove = remove;

    const answer = (value) => {
      if (done) return;
      done = true;
      dialog.presendDone = true;
      const result = { ...value, ignored: [...ignoredNow] };
      if (ROUND_TRIP.has(value.action)) {
        // Stay up, inert, until the caller shows the re-checked findings
        // here (or closes): no flash of the page in between.
        lastView.set(root, { ...focusState(), at: Date.now() });
        dialog.setAttribute("aria-busy", "true");
        dialog.classList.add("busy");
        // Shown, but no longer modal: the client's editor must take the fix
        // (a modal dialog makes the rest of the page inert).
        if (dialog.open) dialog.close();
        dialog.show();
        for (const part of dialog.querySelectorAll(".dialog-body, .dialog-buttons")) part.inert = true;
        busyTimer = setTimeout(remove, BUSY_MS);
      } else {
        remove();
      }
      resolve(result);
    };
    dialog.presendAnswer = answer;

    // Where the focus and the scroll are, to put them back after a redraw.
    function focusState() {
      const active = dialog.getRootNode().activeElement;
      const card = active?.closest?.("li.card");
      const cards = [...body.querySelectorAll("li.card")];
      return {
        scrollTop: body.scrollTop,
        key: card?.dataset.key ?? null,
        index: card ? cards.indexOf(card) : -1,
      };
    }

    function putFocus(state) {
      const cards = [...body.querySelectorAll("li.card")];
      let target = null;
      if (state?.key) target = cards.find((card) => card.dataset.key === state.key) ?? null;
      if (!target && state?.index >= 0 && cards.length)
        target = cards[Math.min(state.index, cards.length - 1)];
      body.scrollTop = state?.scrollTop ?? 0;
      (target ?? back).focus({ preventScroll: true });
      if (target) {
        // Keep the focused card in view without jumping.
        const box = target.getBoundingClientRect();
        const frame = body.getBoundingClientRect();
        if (box.top < frame.top || box.bottom > frame.bottom) target.scrollIntoView({ block: "nearest" });
      }
    }

    const actions = {
      fix: (finding) => answer({ action: "fix", finding }),
      turnOff: (rule) => answer({ action: "turn-off", rule }),
      openRule,
      ignore: (ignoredFindings) => {
        const keys = findingKeys(findings);
        const drop = new Set(ignoredFindings.map((finding) => keys[findings.indexOf(finding)]));
        ignoredNow.push(...drop);
        const state = focusState();
        findings = findings.filter((_, index) => !drop.has(keys[index]));
        draw();
        status.textContent = t("ignoredStatus");
        putFocus({ ...state, key: null });
      },
    };
    if (attach) {
      actions.attach = (finding) => {
        // Not modal while the client's attach control works (a modal dialog
        // makes the page inert), and called inside the click, so the client
        // may open its file picker.
        const modal = dialog.matches(":modal");
        if (modal) {
          dialog.close();
          dialog.show();
        }
        const backToModal = () => {
          if (modal && !done) {
            dialog.close();
            dialog.showModal();
          }
        };
        Promise.resolve(attach(finding)).then(
          (attached) => (attached ? answer({ action: "attach", finding }) : backToModal()),
          (error) => {
            console.warn("presend: attaching failed", error);
            backToModal();
          },
        );
      };
    }

    function draw() {
      summary.textContent = findings.length ? summaryText(findings, { rules, uiLang, t }) : "";
      if (!findings.length) {
        summary.textContent = ignoredNow.length || ignored.length ? t("summaryNone") : t("noFindings");
      }
      const view = renderFindings({
        findings,
        limit: SHOWN_FINDINGS,
        rules,
        draft,
        uiLang,
        t,
        actions,
        ruleLink,
        idPrefix: "presend",
      });
      body.replaceChildren(...[unreadView(unread, t), undoBar(), view].filter(Boolean));
    }

    function undoBar() {
      if (!undo?.rule) return null;
      const title = rules.find((rule) => rule.id === undo.rule)?.title;
      const name = title?.[uiLang] ?? title?.en ?? undo.rule;
      if (undo.kind === "turned-on") {
        return el("div", { class: "undo-bar" }, el("span", { text: t("turnedOn", name) }));
      }
      return el(
        "div",
        { class: "undo-bar" },
        el("span", { text: t("turnedOff", name) }),
        el("button", {
          type: "button",
          class: "undo",
          "data-rule": undo.rule,
          text: t("undo"),
          onclick: () => answer({ action: "turn-on", rule: undo.rule }),
        }),
      );
    }

    const back = el("button", {
      type: "button",
      class: "back primary",
      text: mode === "check" ? t("close") : t("goBack"),
      onclick: () => answer({ action: "back", finding: firstPlace(findings, body) }),
    });
    const buttons = el("div", { class: "dialog-buttons" });
    if (mode !== "check") {
      buttons.append(
        el("button", {
          type: "button",
          class: "send",
          text: t("sendAnyway"),
          onclick: () => answer({ action: "send" }),
        }),
      );
      if (canSendLater) {
        buttons.append(
          el("button", {
            type: "button",
            class: "send-later",
            text: t("sendLater"),
            onclick: () => answer({ action: "send-later" }),
          }),
        );
      }
    }
    buttons.append(back);

    draw();
    dialog.append(
      el(
        "header",
        {},
        el("h2", { id: "presend-title", text: mode === "check" ? t("dialogTitleCheck") : t("dialogTitle") }),
        summary,
        ...notes.map((note) => el("p", { class: "note", text: note })),
      ),
      body,
      status,
      buttons,
    );

    // Esc (the dialog's cancel) and Enter outside a control both mean "Go back".
    dialog.addEventListener("cancel", (event) => {
      event.preventDefault();
      if (closeOpenMenu(dialog)) return;
      answer({ action: "back", finding: firstPlace(findings, body) });
    });
    dialog.addEventListener("keydown", (event) => {
      event.stopPropagation(); // keep the page's own shortcuts out of the dialog
      if (event.key === "Escape") {
        event.preventDefault();
        if (closeOpenMenu(dialog)) return;
        answer({ action: "back", finding: firstPlace(findings, body) });
      } else if (event.key === "Enter" && !event.target.closest?.("button, summary, a, input")) {
        event.preventDefault();
        answer({ action: "back", finding: firstPlace(findings, body) });
      } else if (event.key === "Tab") {
        trapFocus(dialog, event);
      }
    });
    dialog.addEventListener("keyup", (event) => event.stopPropagation());
    dialog.addEventListener("keypress", (event) => event.stopPropagation());
    // One "⋯" menu open at a time: opening one closes the others.
    dialog.addEventListener("click", (event) => {
      const toggle = event.target.closest?.("button.more");
      if (!toggle) return;
      for (const other of dialog.querySelectorAll("button.more[aria-expanded='true']")) {
        if (other !== toggle) closeMenu(dialog, other);
      }
    });

    // Replace the dialog waiting for this re-check in place (no flash).
    if (previous) {
      previous.presendRemove?.();
      previous.remove();
    }
    root.append(dialog);
    dialog.showModal();
    if (restore && Date.now() - restore.at < RESTORE_MS) putFocus(restore);
    else back.focus();
    onShown?.(dialog);
  });
}

function closeMenu(dialog, toggle) {
  toggle.setAttribute("aria-expanded", "false");
  const menu = dialog.querySelector(`#${CSS.escape(toggle.getAttribute("aria-controls"))}`);
  if (menu) menu.hidden = true;
}

/** Closes an open "⋯" menu (Esc closes it before it closes the dialog). */
function closeOpenMenu(dialog) {
  const toggle = dialog.querySelector("button.more[aria-expanded='true']");
  if (!toggle) return false;
  closeMenu(dialog, toggle);
  toggle.focus();
  return true;
}

function isShown(element) {
  // Inside a closed <details> an element keeps its boxes but is not shown.
  return element.checkVisibility ? element.checkVisibility() : element.getClientRects().length > 0;
}

function trapFocus(dialog, event) {
  const focusable = [...dialog.querySelectorAll("button:not([disabled]), summary, a[href]")].filter(isShown);
  if (focusable.length === 0) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const active = dialog.getRootNode().activeElement;
  if (event.shiftKey && (active === first || !dialog.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}
