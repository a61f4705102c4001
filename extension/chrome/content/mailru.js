// Mail.ru (e.mail.ru). Selectors follow what public UI tests of Mail.ru rely
// on (tests/e2e/chromium/MAILRU_MARKUP.md names each source and how to
// re-check it): BEM class names without the build hash, name, role, title
// and data- attributes, never the interface language or the hashed classes
// ("container--H9L5q").
//
// A compose window (.compose-app; several may be open, replies open in one
// too) holds the fields and the editor in .compose-app__compose and the
// buttons in its sibling .compose-app__footer.
(() => {
  "use strict";
  const kit = globalThis.presendWebmailKit;

  const COMPOSE = ".compose-app";
  // Send is the footer button whose tooltip names the Ctrl/Cmd+Enter
  // shortcut; the primary button of the footer as a fallback.
  const SEND = [
    '.compose-app__buttons [data-title-shortcut="Ctrl+Enter"]',
    '.compose-app__buttons [data-title-shortcut="Cmd+Enter"]',
    ".compose-app__buttons .button2_primary",
  ].join(", ");
  const BODY = '[role="textbox"][contenteditable="true"]';
  const SUBJECT = 'input[name="Subject"]';

  const composeFrom = (element) => element.closest(COMPOSE);
  const bodyOf = (compose) =>
    compose.querySelector(`.compose-app__compose ${BODY}`) ?? compose.querySelector(BODY);

  // A recipient field is [data-name="to"|"cc"|"bcc"]; each chip carries its
  // address in its title (or shows it as its text); the address being typed
  // is the field's text input.
  function addressesOf(compose, name) {
    const field = compose.querySelector(`[data-name="${name}"]`);
    if (!field) return null;
    const chips = [...field.querySelectorAll("[title]")]
      .map((chip) => kit.addressIn(chip.getAttribute("title")) || kit.addressIn(chip.textContent))
      .filter(Boolean);
    const typed = [...field.querySelectorAll('input[type="text"], input:not([type])')].flatMap((input) =>
      kit.splitAddresses(input.value),
    );
    return [...new Set(chips), ...typed];
  }

  // The account's own address is shown in the portal header (#PH_user-email).
  const ownAddress = () => kit.addressIn(document.getElementById("PH_user-email")?.textContent ?? "");

  function readDraft(compose) {
    const body = bodyOf(compose);
    if (!body) throw new Error("Mail.ru message body not found");
    const unread = [];
    const to = addressesOf(compose, "to");
    if (!to) unread.push("recipients");
    const subject = compose.querySelector(SUBJECT);
    if (!subject) unread.push("subject");
    const from = ownAddress();
    if (!from) unread.push("from");
    // No public source shows how the compose window lists its attachments.
    unread.push("attachments");
    const draft = kit.htmlDraft(body, {
      from,
      to: to ?? [],
      cc: addressesOf(compose, "cc") ?? [],
      bcc: addressesOf(compose, "bcc") ?? [],
      subject: subject?.value ?? "",
      attachments: [],
    });
    const replyTo = kit.blockquoteReply(body);
    if (replyTo) draft.reply_to = replyTo;
    return kit.readResult(draft, unread);
  }

  const applyFix = (compose, finding) =>
    kit.applyFix({ subject: compose.querySelector(SUBJECT), body: bodyOf(compose) }, finding);

  globalThis.presendHost.registerAdapter({
    name: "mailru",
    sendButtonFrom(target) {
      const send = target.closest(SEND);
      const compose = send && composeFrom(send);
      return compose && bodyOf(compose) ? send : null;
    },
    composeOf: composeFrom,
    shortcutSend(event) {
      if (!kit.isSendShortcut(event) || !(event.target instanceof Element)) return null;
      const compose = composeFrom(event.target);
      return compose && bodyOf(compose) ? compose.querySelector(SEND) : null;
    },
    nativeActivation: (send) => send.matches("button"), // Send is a <span role=button>
    readDraft,
    applyFix,
    focus: (compose) => bodyOf(compose)?.focus(),
    resend: (send) => kit.pressLikeUser(send),
  });
})();
