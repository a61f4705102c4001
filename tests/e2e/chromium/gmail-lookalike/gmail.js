// The look-alike's own behaviour, like Gmail's: a compose window is sent by a
// click on its send control, Enter/Space on the focused control, or
// Ctrl/Cmd+Enter inside the window. "Sending" POSTs the message to the test
// server (which records it), lists it in #sent-log and closes the window.
"use strict";

function composeOf(element) {
  return element.closest("[data-compose]");
}

function send(compose) {
  if (!compose.isConnected) return;
  const message = {
    compose: compose.dataset.compose,
    to: [...compose.querySelectorAll('[name="to"] [data-hovercard-id]')].map(
      (chip) => chip.dataset.hovercardId,
    ),
    subject: compose.querySelector("input.aoT").value,
    body: compose.querySelector('[g_editable="true"]').innerText,
  };
  compose.remove();
  const item = document.createElement("li");
  item.textContent = `${message.compose}: ${message.subject}`;
  document.getElementById("sent-log").append(item);
  fetch("/sent", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(message),
  });
}

document.addEventListener("click", (event) => {
  const button = event.target.closest('.aoO[role="button"]');
  if (button) send(composeOf(button));
});

document.addEventListener("keydown", (event) => {
  const compose = event.target instanceof Element ? composeOf(event.target) : null;
  if (!compose) return;
  const onButton = event.target.matches('.aoO[role="button"]');
  if (
    (event.key === "Enter" && (event.ctrlKey || event.metaKey)) ||
    (onButton && (event.key === "Enter" || event.key === " "))
  ) {
    event.preventDefault();
    send(compose);
  }
});
