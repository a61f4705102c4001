// Outlook on the web, on its look-alike (outlook-lookalike/, OUTLOOK_MARKUP.md):
// a new message and the inline reply under a message in the reading pane.
// The reply's recipient chip shows a contact's name only, and the inline
// reply has no subject field: the dialog says those were not checked.

import { attributionDateSetter, webmailTests } from "./lib/webmail-suite.mjs";

const BODY = '[id^="editorParent_"] > [contenteditable="true"]';
const SUBJECT = '[id^="docking_InitVisiblePart_"] input[maxlength]';
const SEND = 'button[id$="__primaryActionButton"]';

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "Monday, November 23, 2026 10:00 AM", as Outlook writes "Sent:" in English. */
function outlookDate(date) {
  const hour = date.getHours() % 12 || 12;
  const minutes = String(date.getMinutes()).padStart(2, "0");
  const half = date.getHours() < 12 ? "AM" : "PM";
  return `${WEEKDAYS[date.getDay()]}, ${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()} ${hour}:${minutes} ${half}`;
}

webmailTests({
  name: "Outlook on the web",
  lookalike: "outlook",
  newCompose: "new",
  replyCompose: "reply",
  selectors: { body: BODY, subject: SUBJECT },
  body: (form) => form.locator(BODY),
  subject: (form) => form.locator(SUBJECT),
  send: (form) => form.locator(SEND),
  replyUnread: ["the recipients", "the subject"],
  setReplyDate: attributionDateSetter(outlookDate),
});
