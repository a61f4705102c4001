// Gmail adapter. Gmail nests a compose window (pop-up, full screen or an
// inline reply) as div.M9 > … table.aoP > td.I5, and under td.I5 two
// siblings: form.bAs (recipients, subject, sender) and table.iN, whose rows
// hold the body and the toolbar with Send. So no small ancestor of Send holds
// the form: the window is found from the outside in (div.M9), or failing
// that as the smallest ancestor holding one message editor and the fields.
// Every selector, and the public source it follows, is listed in
// tests/e2e/chromium/GMAIL_MARKUP.md. Nothing depends on the interface
// language. What cannot be found is reported as unread (see host.js), so
// the body is still checked.
(() => {
  "use strict";
  const { textOf, replaceSpan, replaceInField } = globalThis.presendDomText;

  const WINDOW = ".M9";
  const BODY = [
    '.Ap [g_editable="true"]',
    '[g_editable="true"][contenteditable="true"]',
    'div[contenteditable="true"][role="textbox"]',
  ].join(", ");
  const FIELDS = 'form, input[name="subjectbox"], input[name="subject"]';
  const NOT_ADDED = ':not([class*="inboxsdk"])'; // buttons other extensions put there
  // Send (and Send & Archive, .Uo): Gmail's class for Send, and the position
  // InboxSDK relies on — a button in the send group that opens no menu.
  const SEND = `div[role="button"].aoO${NOT_ADDED}, .IZ .Up div > div[role="button"]:not([aria-haspopup="true"])${NOT_ADDED}`;
  const PLAIN_SEND = `div[role="button"].aoO:not(.Uo)${NOT_ADDED}, .IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])${NOT_ADDED}`;
  // The arrow beside Send opens a menu whose item "Schedule send" leads to
  // Gmail's own scheduling dialog; Gmail's menus act on mouseup, and Enter on
  // the arrow while its menu is open chooses the highlighted item.
  const MORE_SEND_OPTIONS = '.hG[role="button"], .IZ .Up div > [role="button"][aria-haspopup="true"]';
  const SCHEDULE_SEND = '[selector="scheduledSend"]';

  const bodiesIn = (node) => node.querySelectorAll(BODY).length;

  /** The compose window `element` is in, or null. */
  function composeFrom(element) {
    const gmailWindow = element.closest(WINDOW);
    if (gmailWindow) return gmailWindow;
    let withBody = null;
    for (let node = element; node && node !== document.body; node = node.parentElement) {
      const bodies = bodiesIn(node);
      if (bodies > 1) break; // gone past this window into one that holds several
      if (bodies === 1) {
        withBody ??= node;
        if (node.querySelector(FIELDS)) return node;
      }
    }
    return withBody;
  }

  const visible = (element) => element.checkVisibility?.() ?? element.getClientRects().length > 0;

  /** The compose window a send control sends; a menu may sit outside it. */
  function composeOfControl(control) {
    const compose = composeFrom(control);
    if (compose || !control.matches(SCHEDULE_SEND)) return compose;
    const arrow = document.querySelector(`:is(${MORE_SEND_OPTIONS})[aria-expanded="true"]`);
    return arrow ? composeFrom(arrow) : null;
  }

  /** The "Schedule send" item of the menu `arrow` opens, or null. */
  function scheduleItemOf(arrow) {
    const chosen = arrow.getAttribute("aria-activedescendant");
    const item =
      composeFrom(arrow)?.querySelector(SCHEDULE_SEND) ??
      [...document.querySelectorAll(SCHEDULE_SEND)].find(visible) ??
      null;
    return item && (!chosen || item.id === chosen || item.contains(document.getElementById(chosen)))
      ? item
      : null;
  }

  const bodyOf = (compose) => compose?.querySelector(BODY) ?? null;

  // The subject box; inline replies may keep the subject only in a hidden
  // input[name=subject] (gmail.js reads it there).
  function subjectOf(compose) {
    const box = compose.querySelector('input[name="subjectbox"]');
    const hidden = compose.querySelector('input[name="subject"]');
    if (!box && !hidden) return null;
    return box?.value || hidden?.value || "";
  }

  const addressIn = (text) => /<([^<>]+)>\s*$/.exec(text)?.[1] ?? text;
  const split = (text) => text.split(",").map((part) => part.trim());

  /**
   * Addresses in the To, Cc or Bcc field `kind`, null when the field is not
   * there. Today: a div[name=to] row of PeopleKit chips
   * (div[role=option][data-hovercard-id][data-name]) and the text still
   * being typed in its input[peoplekit-id]. Before late 2021: chips
   * (.vR) each with an input[type=hidden][name=to], and the text being
   * typed in textarea[name=to].
   */
  function recipients(compose, kind) {
    const fields = [...compose.querySelectorAll(`[name="${kind}"]`)];
    if (fields.length === 0) return null;
    const found = [];
    for (const field of fields) {
      if (field.matches('input[type="hidden"]')) found.push(field.value);
      else if (field.matches("input, textarea")) found.push(...split(field.value));
      else {
        for (const chip of field.querySelectorAll("[data-hovercard-id], [email]")) {
          const address = chip.getAttribute("data-hovercard-id") || chip.getAttribute("email");
          const label = chip.getAttribute("data-name") || chip.getAttribute("name") || "";
          found.push(label && label !== address ? `${label} <${address}>` : address);
        }
        for (const typing of field.querySelectorAll("input:not([type='hidden']), textarea")) {
          found.push(...split(typing.value));
        }
      }
    }
    const seen = new Set();
    return found
      .map((text) => text.trim())
      .filter((text) => {
        const address = addressIn(text).toLowerCase();
        if (!text || seen.has(address)) return false;
        seen.add(address);
        return true;
      });
  }

  const EMAIL = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[^\s<>()"',;:]+/;

  // The signed-in account. gmail.js and InboxSDK read it from the page's
  // GLOBALS[10], which a content script cannot see: content/gmail-account.js,
  // running in the page's world, answers this event with an attribute.
  // Mailvelope reads it from the tab title ("Inbox - ann@example.com - Gmail").
  function accountAddress() {
    document.dispatchEvent(new CustomEvent("presend:account"));
    const fromPage = document.documentElement.getAttribute("data-presend-account") ?? "";
    return EMAIL.exec(fromPage)?.[0] ?? EMAIL.exec(document.title)?.[0] ?? "";
  }

  // The "From" the user chose; input[name=from] is empty for an account
  // with one address, and then the mail goes from the account's own.
  function senderOf(compose) {
    return compose.querySelector('input[name="from"]')?.value.trim() || accountAddress();
  }

  // The message being answered, when the reply shows it: Gmail's quoted part
  // (div.gmail_quote) with its attribution line (div.gmail_attr) and the
  // quoted text (blockquote). The attribution's wording is localised, so
  // only its structure is used: the sender's address from an [email]
  // attribute, a mailto: link or the text in <...>, and the date in it.
  // A forward (no blockquote) is not a reply. Any failure: no reply_to.
  function readReplyTo(body) {
    try {
      const quote = [...body.querySelectorAll("div.gmail_quote")].find(
        (candidate) =>
          !candidate.parentElement?.closest("div.gmail_quote") &&
          candidate.querySelector(":scope > blockquote"),
      );
      if (!quote) return undefined;
      const attribution = quote.querySelector(".gmail_attr");
      const quoted = quote.querySelector(":scope > blockquote");
      const address =
        attribution?.querySelector("[email]")?.getAttribute("email") ||
        attribution?.querySelector('a[href^="mailto:"]')?.getAttribute("href").slice(7).split("?")[0] ||
        "";
      const { replyTo } = globalThis.presendReplyDate;
      return replyTo(attribution ? textOf(attribution).text : "", textOf(quoted).text, address);
    } catch (error) {
      console.warn("presend: could not read the message being answered", error);
      return undefined;
    }
  }

  /** What can be read of `compose`, and what could not (see host.js). */
  function readDraft(compose) {
    const body = bodyOf(compose);
    if (!body) return { draft: null, unread: ["body"] };
    const unread = [];
    const subject = subjectOf(compose);
    if (subject === null) unread.push("subject");
    const [to, cc, bcc] = ["to", "cc", "bcc"].map((kind) => recipients(compose, kind));
    if (to === null) unread.push("recipients");
    const from = senderOf(compose);
    if (!from) unread.push("from");
    const draft = {
      from,
      to: to ?? [],
      cc: cc ?? [],
      bcc: bcc ?? [],
      subject: subject ?? "",
      body: textOf(body).text,
      html: body.innerHTML,
      format: "html",
      attachments: [...compose.querySelectorAll(".dL .vI, [download_url] .vI")]
        .map((name) => name.textContent.trim())
        .filter(Boolean),
    };
    const replyTo = readReplyTo(body);
    if (replyTo) draft.reply_to = replyTo;
    return { draft, unread };
  }

  function applyFix(compose, finding) {
    const replacement = finding.suggestion ?? "";
    if (finding.field === "subject") {
      // Only the visible box is the user's to change.
      const box = compose?.querySelector('input[name="subjectbox"]');
      return !!box?.value && replaceInField(box, finding.start, finding.end, replacement);
    }
    const body = bodyOf(compose);
    if (finding.field !== "body" || !body) return false;
    return replaceSpan(body, finding.start, finding.end, replacement);
  }

  // Gmail's controls and menu items react to the whole mouse sequence
  // (InboxSDK replays it the same way), so replay all of it.
  function resend(control) {
    const init = { bubbles: true, cancelable: true, view: window, button: 0 };
    for (const type of ["mousedown", "mouseup", "click"]) {
      control.dispatchEvent(new MouseEvent(type, init));
    }
  }

  globalThis.presendHost.registerAdapter({
    name: "gmail",
    sendButtonFrom: (target) => target.closest(SEND) ?? target.closest(SCHEDULE_SEND),
    composeOf: composeOfControl,
    shortcutSend(event) {
      if (event.key !== "Enter" || event.altKey || event.shiftKey) return null;
      if (!(event.target instanceof Element)) return null;
      if (!(event.ctrlKey || event.metaKey)) {
        const arrow = event.target.closest(MORE_SEND_OPTIONS);
        return arrow?.getAttribute("aria-expanded") === "true" ? scheduleItemOf(arrow) : null;
      }
      return composeFrom(event.target)?.querySelector(PLAIN_SEND) ?? null;
    },
    nativeActivation: () => false, // divs with role=button: the page handles keys itself
    readDraft,
    applyFix,
    focus: (compose) => bodyOf(compose)?.focus(),
    resend,
  });
})();
