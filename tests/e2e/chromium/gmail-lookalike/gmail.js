// The look-alike's own behaviour, like Gmail's:
// - a compose window (div.M9) is sent by a click on Send or Send & Archive,
//   Enter/Space on the focused control, or Ctrl/Cmd+Enter anywhere in it
//   (body, subject, recipients);
// - the arrow beside Send opens a menu; its item "Schedule send" acts on
//   mouseup after a mousedown on it (as Gmail's menus do), or on Enter on
//   the arrow while the menu is open, and opens a scheduling dialog whose
//   button sends the message "later";
// - a mousedown outside an open menu closes it;
// - the title bar's full-screen button moves a pop-up into div.aSs .aSt.
// "Sending" POSTs the message to the test server (which records it), lists
// it in #sent-log and removes the window. The signed-in account is
// GLOBALS[10], as on Gmail, and in the title; ?account=ADDRESS changes it.
"use strict";

const account = new URLSearchParams(location.search).get("account") || "me@example.com";
window.GLOBALS = [];
window.GLOBALS[10] = account;
document.title = `Inbox - ${account} - Gmail look-alike`;

const composeOf = (element) => element.closest(".M9");
const windowOf = (compose) => compose.closest('[role="dialog"]') ?? compose;

function addresses(compose) {
  const chips = [...compose.querySelectorAll('[name="to"] [data-hovercard-id]')].map(
    (chip) => chip.dataset.hovercardId,
  );
  const typed = [...compose.querySelectorAll('[name="to"] input[peoplekit-id]')]
    .map((input) => input.value.trim())
    .filter(Boolean);
  return [...chips, ...typed];
}

function send(compose, via) {
  if (!compose?.isConnected) return;
  const message = {
    compose: compose.dataset.compose,
    via,
    to: addresses(compose),
    // By class where it can: tests rename attributes to hide fields from presend.
    subject:
      compose.querySelector("input.aoT")?.value ||
      compose.querySelector('input[name="subject"]')?.value ||
      "",
    body: compose.querySelector(".editable").innerText,
  };
  windowOf(compose).remove();
  const item = document.createElement("li");
  item.textContent = `${message.compose}: ${message.subject} (${via})`;
  document.getElementById("sent-log").append(item);
  fetch("/sent", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(message),
  });
}

// --- the "more send options" menu and Gmail's scheduling dialog ---------------
const menuOf = (compose) => compose.querySelector(':scope > [role="menu"]');
const arrowOf = (compose) => compose.querySelector(".hG");

function setMenu(compose, open) {
  menuOf(compose).hidden = !open;
  arrowOf(compose).setAttribute("aria-expanded", String(open));
}

function openScheduleDialog(compose) {
  setMenu(compose, false);
  const dialog = document.createElement("div");
  dialog.className = "schedule";
  dialog.setAttribute("role", "dialog");
  dialog.setAttribute("aria-label", "Schedule send");
  const title = document.createElement("h2");
  title.textContent = "Schedule send";
  const choice = document.createElement("button");
  choice.type = "button";
  choice.textContent = "Tomorrow morning";
  choice.addEventListener("click", () => {
    dialog.remove();
    send(compose, "schedule");
  });
  dialog.append(title, choice);
  document.body.append(dialog);
  choice.focus();
}

let pressedItem = null;
document.addEventListener("mousedown", (event) => {
  pressedItem = event.target.closest('[role="menuitem"]');
  for (const menu of document.querySelectorAll('.M9 > [role="menu"]:not([hidden])')) {
    if (!menu.contains(event.target) && !composeOf(menu).querySelector(".hG").contains(event.target)) {
      setMenu(composeOf(menu), false);
    }
  }
});

document.addEventListener("mouseup", (event) => {
  const item = event.target.closest('[selector="scheduledSend"]');
  if (item && item === pressedItem) openScheduleDialog(composeOf(item));
  pressedItem = null;
});

// --- clicks and keys ------------------------------------------------------------
document.addEventListener("click", (event) => {
  const target = event.target;
  const compose = composeOf(target);
  if (target.closest(".Hq")) {
    toggleFullScreen(target.closest('[role="dialog"]'));
  } else if (compose && target.closest(".hG")) {
    setMenu(compose, menuOf(compose).hidden);
  } else if (compose && target.closest('.aoO[role="button"], .Uo[role="button"]')) {
    send(compose, target.closest(".Uo") ? "send-archive" : "send");
  }
});

document.addEventListener("keydown", (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const compose = target && composeOf(target);
  if (!compose) return;
  const enter = event.key === "Enter";
  const control = target.closest('.aoO[role="button"], .Uo[role="button"]');
  if (enter && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    send(compose, "send");
  } else if (control && (enter || event.key === " ")) {
    event.preventDefault();
    send(compose, control.matches(".Uo") ? "send-archive" : "send");
  } else if (enter && target.closest(".hG")) {
    event.preventDefault();
    if (menuOf(compose).hidden) setMenu(compose, true);
    else openScheduleDialog(compose);
  }
});

// --- full screen ------------------------------------------------------------------
function toggleFullScreen(dialog) {
  const fullScreen = document.querySelector(".aSs");
  const holder = fullScreen.querySelector(".aSt");
  if (holder.contains(dialog)) {
    dialog.homeSlot.append(dialog);
    fullScreen.hidden = true;
  } else {
    dialog.homeSlot = dialog.parentElement;
    const slot = document.createElement("div");
    slot.append(dialog);
    holder.replaceChildren(slot);
    fullScreen.hidden = false;
  }
}
