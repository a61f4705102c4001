// Outlook on the web (outlook.live.com, outlook.office.com,
// outlook.office365.com). Selectors follow what long-lived public projects
// rely on, never the interface language; tests/e2e/chromium/OUTLOOK_MARKUP.md
// names the source of each and how to re-check it in a real mailbox.
//
// A compose form (a new message, a pop-out, or the reply under a message in
// the reading pane) is the smallest ancestor of its Send control that holds
// a message body. The Send control sits in the compose header part
// (#docking_InitVisiblePart_N), the body in #editorParent_N, which need not
// be in that part.
(() => {
  "use strict";
  const { textOf } = globalThis.presendDomText;
  const kit = globalThis.presendWebmailKit;

  const HEADER_PART = '[id^="docking_InitVisiblePart_"]';
  const BODY =
    '[id^="editorParent_"] > [contenteditable="true"], [role="textbox"][contenteditable="true"][aria-multiline="true"]';
  // The primary action of the compose header's Send split button; the
  // button that opens the send menu (aria-haspopup) is not Send.
  const SEND = [
    `${HEADER_PART} button[id$="__primaryActionButton"]`,
    `${HEADER_PART} button.ms-Button--primary:not([aria-haspopup="true"])`,
    `${HEADER_PART} button.fui-SplitButton__primaryActionButton`,
  ].join(", ");
  // Recipient wells (Fluent UI pickers): To, Cc, Bcc in that order.
  const WELL = ".ms-BasePicker";
  const CHIP = "[data-selection-index]";
  const TYPED = "input.ms-BasePicker-input";
  const REPLY_HEADER = '[id$="divRplyFwdMsg"]';

  function composeFrom(send) {
    const compose = kit.closestHolding(send, BODY);
    return compose && compose !== document.body ? compose : null;
  }

  const bodyOf = (compose) => compose.querySelector(BODY);
  const headerOf = (compose) => compose.querySelector(HEADER_PART);

  // The subject: the header's one text input that is not a recipient picker.
  function subjectOf(compose) {
    const header = headerOf(compose);
    if (!header) return null;
    return (
      [...header.querySelectorAll('input:not([type]), input[type="text"]')].find(
        (input) => !input.closest(WELL) && input.getAttribute("role") !== "combobox",
      ) ?? null
    );
  }

  // A chip shows a contact's name, or the address itself for someone not in
  // the contacts. Its address is taken from its text, title or aria-label;
  // a chip that shows a name only cannot be read without opening its card,
  // which presend does not do.
  function readWell(well) {
    const addresses = [];
    let unreadable = 0;
    for (const chip of well.querySelectorAll(CHIP)) {
      const label = chip.textContent.replace(/\s+/g, " ").trim();
      const address = [label, chip.getAttribute("title"), chip.getAttribute("aria-label")]
        .concat(
          [...chip.querySelectorAll("[title], [aria-label]")].flatMap((el) => [
            el.title,
            el.getAttribute("aria-label"),
          ]),
        )
        .map(kit.addressIn)
        .find(Boolean);
      if (!address) unreadable++;
      else addresses.push(label && !label.includes(address) ? `${label} <${address}>` : address);
    }
    for (const input of well.querySelectorAll(TYPED)) addresses.push(...kit.splitAddresses(input.value));
    return { addresses, unreadable };
  }

  // The account's own address, shown on the mailbox's root in the folder pane.
  function ownAddress() {
    const root = document.querySelector('[id^="primaryMailboxRoot"]');
    return kit.addressIn(root?.getAttribute("data-folder-name") || root?.getAttribute("title") || "");
  }

  // Attachment chips: listbox options whose file name is a title.
  function attachmentsOf(compose) {
    return [...compose.querySelectorAll('[role="listbox"] [role="option"]')]
      .map((option) => option.querySelector("[title]")?.getAttribute("title")?.trim() ?? "")
      .filter(Boolean);
  }

  // The message being answered: Outlook writes its header block
  // (From:/Sent:/To:/Subject:, worded in the sender's language) in
  // div#divRplyFwdMsg and the quoted message right after it.
  function readReplyTo(body) {
    try {
      const header = body.querySelector(REPLY_HEADER);
      if (!header) return undefined;
      const headerText = textOf(header).text;
      const text = textOf(body).text;
      const at = text.indexOf(headerText);
      const quoted = at >= 0 ? text.slice(at + headerText.length).trim() : "";
      const address = kit.addressIn(headerText.split("\n")[0]);
      return globalThis.presendReplyDate.replyTo(headerText, quoted, address);
    } catch (error) {
      console.warn("presend: could not read the message being answered", error);
      return undefined;
    }
  }

  function readDraft(compose) {
    const body = bodyOf(compose);
    if (!body) throw new Error("Outlook message body not found");
    const unread = [];
    const wells = [...(headerOf(compose) ?? compose).querySelectorAll(WELL)];
    const [to, cc, bcc] = [0, 1, 2].map((i) =>
      wells[i] ? readWell(wells[i]) : { addresses: [], unreadable: 0 },
    );
    if (!wells.length || [to, cc, bcc].some((well) => well.unreadable)) unread.push("recipients");
    const subject = subjectOf(compose);
    if (!subject) unread.push("subject");
    const from = ownAddress();
    if (!from) unread.push("from");
    const draft = kit.htmlDraft(body, {
      from,
      to: to.addresses,
      cc: cc.addresses,
      bcc: bcc.addresses,
      subject: subject?.value ?? "",
      attachments: attachmentsOf(compose),
    });
    const replyTo = readReplyTo(body);
    if (replyTo) draft.reply_to = replyTo;
    return kit.readResult(draft, unread);
  }

  const applyFix = (compose, finding) =>
    kit.applyFix({ subject: subjectOf(compose), body: bodyOf(compose) }, finding);

  globalThis.presendHost.registerAdapter({
    name: "outlook",
    sendButtonFrom(target) {
      const send = target.closest(SEND);
      return send && composeFrom(send) ? send : null;
    },
    composeOf: composeFrom,
    shortcutSend(event) {
      if (!kit.isSendShortcut(event) || !(event.target instanceof Element)) return null;
      // The Send of the form the keystroke was typed in (body, subject or a recipient well).
      const holder = kit.closestHolding(event.target, SEND);
      const send = holder?.querySelector(SEND);
      return send && composeFrom(send)?.contains(event.target) ? send : null;
    },
    nativeActivation: () => true, // a real <button>: Enter/Space become a click
    readDraft,
    applyFix,
    focus: (compose) => bodyOf(compose)?.focus(),
    resend: (send) => kit.pressLikeUser(send),
  });
})();
