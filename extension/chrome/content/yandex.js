// Yandex Mail (mail.yandex.*). Selectors follow Yandex's own UI test page
// objects and long-lived extensions (tests/e2e/chromium/YANDEX_MARKUP.md
// names each source and how to re-check it): the "qa-" and BEM class names
// Yandex keeps for its tests, never the interface language.
//
// Two kinds of compose form can be open at once: the compose pop-up
// (.ComposePopup-Content, several may be open) and the quick reply under a
// message (.qa-QuickReply / .mail-QuickReply). Each has its own CKEditor
// body and its own Send button.
(() => {
  "use strict";
  const kit = globalThis.presendWebmailKit;

  const POPUP = ".ComposePopup-Content, .ComposePopup";
  const QUICK_REPLY = ".qa-QuickReply, .mail-QuickReply";
  const COMPOSE = `${POPUP}, ${QUICK_REPLY}`;
  const SEND_AREA = [
    ".qa-Compose-SendButton",
    ".ComposeControlPanel-SendButton",
    ".qa-QuickReply-SendButton",
    ".mail-Compose-From-SendButton",
  ].join(", ");
  const BODY = '.cke_wysiwyg_div, .cke_editable, [role="textbox"][contenteditable="true"]';
  const SUBJECT = ".ComposeSubject-TextField, input[name='subject']";
  const FIELD = ".ComposeRecipients-MultipleAddressField";

  const composeFrom = (element) => element.closest(COMPOSE);
  const isQuickReply = (compose) => compose.matches(QUICK_REPLY);
  const bodyOf = (compose) => compose.querySelector(BODY);

  // The <button> of a send area (the area may be the button itself).
  const sendIn = (area) => (area.matches("button") ? area : (area.querySelector("button") ?? area));
  const sendOf = (compose) => {
    const area = compose.querySelector(SEND_AREA);
    return area ? sendIn(area) : null;
  };

  // The addresses of an address field: every recipient chip ("yabble")
  // carries its address in data-email; an address still being typed is
  // text in the field's contenteditable .composeYabbles outside the chips.
  function addressesOf(field) {
    if (!field) return [];
    const chips = [...field.querySelectorAll("[data-email]")].map((chip) =>
      chip.getAttribute("data-email").trim(),
    );
    const isChip = (node) => node.matches("[data-email]") || !!node.querySelector("[data-email]");
    const typed = [...field.querySelectorAll(".composeYabbles")].flatMap((input) =>
      [...input.childNodes]
        .filter(
          (node) =>
            node.nodeType === Node.TEXT_NODE || (node.nodeType === Node.ELEMENT_NODE && !isChip(node)),
        )
        .flatMap((node) => kit.splitAddresses(node.textContent)),
    );
    return [...chips, ...typed].filter(Boolean);
  }

  function recipientsOfPopup(compose) {
    const additional = compose.querySelectorAll(`.ComposeRecipients-AdditionalAddresses ${FIELD}`);
    const main = [...compose.querySelectorAll(FIELD)].find(
      (field) => !field.closest(".ComposeRecipients-AdditionalAddresses"),
    );
    return {
      found: !!main,
      to: addressesOf(main),
      cc: addressesOf(additional[0]),
      bcc: addressesOf(additional[1]),
    };
  }

  // The quick reply lists its recipients in .qa-QuickReply-Recipients; when
  // there are many, the rest hide behind "and n more", which presend cannot
  // read without opening it.
  function recipientsOfQuickReply(compose) {
    const list = compose.querySelector(".qa-QuickReply-Recipients");
    const hidden = !!compose.querySelector(".qa-QuickReply-Recipients-More");
    return { found: !!list && !hidden, to: addressesOf(list), cc: [], bcc: [] };
  }

  function attachmentsOf(compose) {
    return [...compose.querySelectorAll(".qa-Compose-Attachment")]
      .map((item) => (item.querySelector(".clamped-text") ?? item).textContent.trim())
      .filter(Boolean);
  }

  function readDraft(compose) {
    const body = bodyOf(compose);
    if (!body) throw new Error("Yandex message body not found");
    const unread = [];
    const quick = isQuickReply(compose);
    const recipients = quick ? recipientsOfQuickReply(compose) : recipientsOfPopup(compose);
    if (!recipients.found) unread.push("recipients");
    // The quick reply has no subject field: its subject is the thread's.
    const subject = compose.querySelector(SUBJECT);
    if (!subject) unread.push("subject");
    const from =
      compose.querySelector(".ComposeAddressFrom-Field [data-email]")?.getAttribute("data-email") ?? "";
    if (!from) unread.push("from");
    const draft = kit.htmlDraft(body, {
      from,
      to: recipients.to,
      cc: recipients.cc,
      bcc: recipients.bcc,
      subject: subject?.value ?? "",
      attachments: attachmentsOf(compose),
    });
    const replyTo = kit.blockquoteReply(body);
    if (replyTo) draft.reply_to = replyTo;
    return kit.readResult(draft, unread);
  }

  const applyFix = (compose, finding) =>
    kit.applyFix({ subject: compose.querySelector(SUBJECT), body: bodyOf(compose) }, finding);

  globalThis.presendHost.registerAdapter({
    name: "yandex",
    sendButtonFrom(target) {
      const area = target.closest(SEND_AREA);
      const compose = area && composeFrom(area);
      return compose && bodyOf(compose) ? sendIn(area) : null;
    },
    composeOf: composeFrom,
    shortcutSend(event) {
      if (!kit.isSendShortcut(event) || !(event.target instanceof Element)) return null;
      const compose = composeFrom(event.target);
      return compose && bodyOf(compose) ? sendOf(compose) : null;
    },
    nativeActivation: (send) => send.matches("button"),
    readDraft,
    applyFix,
    focus: (compose) => bodyOf(compose)?.focus(),
    resend: (send) => kit.pressLikeUser(send),
  });
})();
