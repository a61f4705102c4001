// The behaviour the Outlook, Yandex, Mail.ru and generic look-alikes share,
// like their clients': a compose form ([data-compose]) is sent by a click on
// its Send control, Enter/Space on a focused Send control that is not a
// <button> (a <button> turns them into a click itself), or Ctrl/Cmd+Enter
// inside the form. "Sending" POSTs what the form holds to the test server,
// lists it in #sent-log and removes the form.
//
// Each page says where its parts are in <body data-*>: data-send (the Send
// controls), data-to (recipients: an element's data-email, title or text),
// data-subject and data-body (both looked up inside the form; the body may
// be a textarea, an editable element or a frame whose body is editable).
"use strict";

const config = document.body.dataset;
const composeOf = (element) => element.closest("[data-compose]");

function recipients(compose) {
  if (!config.to) return [];
  return [...compose.querySelectorAll(config.to)].map(
    (chip) => chip.dataset.email || chip.getAttribute("title") || chip.value || chip.textContent.trim(),
  );
}

function send(compose) {
  if (!compose?.isConnected) return;
  const subject = config.subject ? compose.querySelector(config.subject) : null;
  const body = compose.querySelector(config.body);
  const message = {
    compose: compose.dataset.compose,
    to: recipients(compose),
    subject: subject ? (subject.value ?? subject.textContent) : "",
    body: body.matches("textarea")
      ? body.value
      : body.matches("iframe")
        ? body.contentDocument.body.innerText
        : body.innerText,
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
  const control = event.target.closest(config.send);
  if (control) send(composeOf(control));
});

document.addEventListener("keydown", (event) => {
  const compose = event.target instanceof Element ? composeOf(event.target) : null;
  if (!compose) return;
  const onControl = event.target.matches(config.send) && !event.target.matches("button");
  if (
    (event.key === "Enter" && (event.ctrlKey || event.metaKey)) ||
    (onControl && (event.key === "Enter" || event.key === " "))
  ) {
    event.preventDefault();
    send(compose);
  }
});
