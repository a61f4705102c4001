// The confirmation dialog, shared by the Chrome extension (drawn in a shadow
// root inside the web mail page) and the Thunderbird add-on (drawn in the
// body of its own dialog window). See extension/README.md for the API.
//
// Draft text is only ever set with textContent. The dialog is a modal
// <dialog>, so the page behind it is inert; focus is kept inside; "Go back
// and edit" has the focus at first, and Esc takes it too.

import { loadStrings, partNames } from "./i18n.js";

const SEVERITIES = ["error", "warning", "info"];
const GROUP_TITLE = { error: "groupError", warning: "groupWarning", info: "groupInfo" };
const CONTEXT_CHARS = 40;
const EXCERPT_CHARS = 200;
const FINDINGS_PER_GROUP = 50;

let cssText = null;

async function loadCss() {
  cssText ??= fetch(new URL("./dialog.css", import.meta.url)).then((r) => r.text());
  return cssText;
}

// A stylesheet that page CSP rules about inline <style> cannot block where
// constructable stylesheets exist (documents and shadow roots).
async function applyCss(root) {
  const css = await loadCss();
  const scope = root.adoptedStyleSheets ? root : root.getRootNode?.();
  if (scope?.adoptedStyleSheets) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    scope.adoptedStyleSheets = [...scope.adoptedStyleSheets.filter((s) => !s.presend), sheet];
    sheet.presend = true;
    return;
  }
  const style = document.createElement("style");
  style.textContent = css;
  root.append(style);
}

function el(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "class") element.className = value;
    else if (key === "text") element.textContent = value;
    else if (key.startsWith("data-") || key.startsWith("aria-") || key === "role" || key === "dir")
      element.setAttribute(key, value);
    else element[key] = value;
  }
  element.append(...children.filter(Boolean));
  return element;
}

/** The text of a draft field as the core saw it (findings' offsets index it). */
export function fieldText(draft, field) {
  const value = draft?.[field];
  if (Array.isArray(value)) return value.join(", ");
  return typeof value === "string" ? value : "";
}

// Context around an excerpt reads as one line: line breaks become spaces.
const oneLine = (text) => text.replace(/\s*\n\s*/g, " ");

function excerptView(finding, draft, t) {
  const text = fieldText(draft, finding.field);
  const hasSpan =
    text && finding.end <= text.length && text.slice(finding.start, finding.end) === finding.excerpt;
  const excerpt = finding.excerpt ?? "";
  const shown = excerpt.length > EXCERPT_CHARS ? excerpt.slice(0, EXCERPT_CHARS) : excerpt;
  const cut = excerpt.length - shown.length;
  const quote = el("p", { class: "excerpt", dir: "auto" });
  if (hasSpan && finding.start > 0) {
    const from = Math.max(0, finding.start - CONTEXT_CHARS);
    quote.append(
      el("span", {
        class: "context",
        text: (from > 0 ? "…" : "") + oneLine(text.slice(from, finding.start)),
      }),
    );
  }
  quote.append(
    shown
      ? el("mark", { text: shown + (cut ? t("excerptCut", cut) : "") })
      : el("span", { class: "empty", text: t("excerptEmpty") }),
  );
  if (hasSpan && finding.end < text.length) {
    const to = Math.min(text.length, finding.end + CONTEXT_CHARS);
    quote.append(
      el("span", {
        class: "context",
        text: oneLine(text.slice(finding.end, to)) + (to < text.length ? "…" : ""),
      }),
    );
  }
  return quote;
}

function findingView(finding, ruleInfo, ctx) {
  const { t, uiLang, draft, answer } = ctx;
  const title = ruleInfo?.title?.[uiLang] ?? ruleInfo?.title?.en ?? finding.rule;
  const reason = ruleInfo?.reason?.[uiLang] ?? ruleInfo?.reason?.en ?? "";
  const actions = el("div", { class: "finding-actions" });
  if (typeof finding.suggestion === "string") {
    const label = finding.suggestion ? t("fixReplace", finding.suggestion) : t("fixRemove");
    actions.append(
      el("button", {
        type: "button",
        class: "fix",
        text: label,
        onclick: () => answer({ action: "fix", finding }),
      }),
    );
  }
  actions.append(
    el("button", {
      type: "button",
      class: "mute",
      text: t("mute"),
      onclick: () => answer({ action: "mute", rule: finding.rule }),
    }),
  );
  return el(
    "li",
    { class: `finding ${finding.severity}`, "data-rule": finding.rule },
    el("p", { class: "rule-title", text: title }),
    el("p", { class: "message", dir: "auto", text: finding.message }),
    el("p", { class: "where", text: t("inField", t(`field_${finding.field}`)) }),
    excerptView(finding, draft, t),
    reason && el("p", { class: "reason", dir: "auto", text: reason }),
    actions,
  );
}

// One line saying which parts of the draft the web mail page could not
// read, so the checks that need them did not run (see content/host.js).
function unreadView(unread, t) {
  if (!unread?.length) return null;
  return el("p", { class: "unread", role: "note", text: t("dialogUnread", partNames(t, unread)) });
}

/**
 * Opens the dialog in `root` and resolves with the user's answer:
 * { action: "back" | "send" | "send-later" } or { action: "fix", finding }
 * or { action: "mute", rule }. A dialog already open in `root` is replaced.
 */
export async function openDialog(root, options) {
  const {
    findings = [],
    rules = [],
    draft = {},
    uiLang = "en",
    canSendLater = false,
    mode = "send",
    unread = [],
  } = options;
  const t = await loadStrings(uiLang);
  await applyCss(root);
  // A dialog still open in this root is answered "back" before it goes, so
  // no caller is left waiting for an answer that never comes.
  const previous = root.querySelector?.(":scope > dialog.presend-dialog");
  if (previous?.presendAnswer) previous.presendAnswer({ action: "back" });
  else previous?.remove();

  return new Promise((resolve) => {
    let done = false;
    const dialog = el("dialog", {
      class: "presend-dialog",
      "aria-labelledby": "presend-title",
      "aria-describedby": "presend-intro",
      lang: uiLang,
    });
    const answer = (value) => {
      if (done) return;
      done = true;
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    dialog.presendAnswer = answer;
    const ctx = { t, uiLang, draft, mode, answer };
    const ruleById = new Map(rules.map((rule) => [rule.id, rule]));

    const body = el("div", { class: "dialog-body" }, unreadView(unread, t));
    if (findings.length === 0) body.append(el("p", { class: "none", text: t("noFindings") }));
    for (const severity of SEVERITIES) {
      const group = findings.filter((finding) => finding.severity === severity);
      if (group.length === 0) continue;
      const list = el("ul", { class: "findings" });
      for (const finding of group.slice(0, FINDINGS_PER_GROUP)) {
        list.append(findingView(finding, ruleById.get(finding.rule), ctx));
      }
      body.append(
        el(
          "section",
          { class: `group ${severity}`, "aria-labelledby": `presend-group-${severity}` },
          el("h3", {
            id: `presend-group-${severity}`,
            text: `${t(GROUP_TITLE[severity])} (${group.length})`,
          }),
          list,
          group.length > FINDINGS_PER_GROUP &&
            el("p", { class: "more", text: t("moreFindings", group.length - FINDINGS_PER_GROUP) }),
        ),
      );
    }

    const back = el("button", {
      type: "button",
      class: "back primary",
      text: mode === "check" ? t("close") : t("goBack"),
      onclick: () => answer({ action: "back" }),
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

    dialog.append(
      el(
        "header",
        {},
        el("h2", { id: "presend-title", text: mode === "check" ? t("dialogTitleCheck") : t("dialogTitle") }),
        el("p", { id: "presend-intro", text: findings.length ? t("dialogIntro") : "" }),
      ),
      body,
      buttons,
    );

    // Esc (the dialog's cancel) and Enter outside a button both mean "Go back".
    dialog.addEventListener("cancel", (event) => {
      event.preventDefault();
      answer({ action: "back" });
    });
    dialog.addEventListener("keydown", (event) => {
      event.stopPropagation(); // keep the page's own shortcuts out of the dialog
      if (event.key === "Escape") {
        event.preventDefault();
        answer({ action: "back" });
      } else if (event.key === "Enter" && !(event.target instanceof HTMLButtonElement)) {
        event.preventDefault();
        answer({ action: "back" });
      } else if (event.key === "Tab") {
        trapFocus(dialog, event);
      }
    });
    dialog.addEventListener("keyup", (event) => event.stopPropagation());
    dialog.addEventListener("keypress", (event) => event.stopPropagation());

    root.append(dialog);
    dialog.showModal();
    back.focus();
  });
}

function trapFocus(dialog, event) {
  const focusable = [...dialog.querySelectorAll("button:not([disabled])")];
  if (focusable.length === 0) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const active = dialog.getRootNode().activeElement;
  if (event.shiftKey && active === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
