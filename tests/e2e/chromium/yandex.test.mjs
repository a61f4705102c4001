// Yandex Mail, on its look-alike (yandex-lookalike/, YANDEX_MARKUP.md): the
// compose pop-up and the quick reply under a message, open together. The
// quick reply shows no subject and no sender: the dialog says those were
// not checked.

import { attributionDateSetter, dottedDate, webmailTests } from "./lib/webmail-suite.mjs";

const BODY = ".cke_wysiwyg_div";
const SUBJECT = ".ComposeSubject-TextField";

webmailTests({
  name: "Yandex Mail",
  lookalike: "yandex",
  newCompose: "popup",
  replyCompose: "reply",
  selectors: { body: BODY, subject: SUBJECT },
  body: (form) => form.locator(BODY),
  subject: (form) => form.locator(SUBJECT),
  send: (form) => form.locator(".ComposeControlPanel-SendButton button, .qa-QuickReply-SendButton"),
  replyUnread: ["the subject", "the sender"],
  setReplyDate: attributionDateSetter(dottedDate),
});
