// Mail.ru, on its look-alike (mailru-lookalike/, MAILRU_MARKUP.md): a new
// message and a reply, each its own compose window. No public source shows
// how a compose window lists its attachments, so every dialog says they
// were not checked (and presend does not claim a file is missing).

import { attributionDateSetter, webmailTests } from "./lib/webmail-suite.mjs";

const BODY = '[role="textbox"]';
const SUBJECT = 'input[name="Subject"]';

const WEEKDAYS = ["Воскресенье", "Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота"];
const MONTHS = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
];

/** "Понедельник, 23 ноября 2026, 10:00 +03:00", as Mail.ru writes the date of the message it quotes. */
function mailruDate(date) {
  const offset = -date.getTimezoneOffset();
  const zone = `${offset < 0 ? "-" : "+"}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0")}:${String(Math.abs(offset) % 60).padStart(2, "0")}`;
  const time = `${String(date.getHours()).padStart(2, "0")}:${String(date.getMinutes()).padStart(2, "0")}`;
  return `${WEEKDAYS[date.getDay()]}, ${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}, ${time} ${zone}`;
}

webmailTests({
  name: "Mail.ru",
  lookalike: "mailru",
  newCompose: "new",
  replyCompose: "reply",
  selectors: { body: BODY, subject: SUBJECT },
  body: (form) => form.locator(BODY),
  subject: (form) => form.locator(SUBJECT),
  send: (form) => form.locator('[data-title-shortcut="Ctrl+Enter"]'),
  replyUnread: ["the attachments"],
  setReplyDate: attributionDateSetter(mailruDate),
});
