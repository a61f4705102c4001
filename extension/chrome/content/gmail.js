// Gmail adapter. Relies only on roles, names and a few long-lived attributes
// of Gmail's compose markup (see tests/e2e/chromium/GMAIL_MARKUP.md for the
// list and how to re-check it), never on the interface language. Several
// compose windows (pop-ups, inline replies) can be open; each send control
// belongs to the nearest ancestor that holds one message body.
(() => {
  "use strict";
  const { textOf, replaceSpan, replaceInField } = globalThis.presendDomText;

  const BODY = '[g_editable="true"][contenteditable="true"], div[contenteditable="true"][role="textbox"]';
  const SEND = 'div[role="button"].aoO';

  /** The compose window around `element`: the smallest ancestor with a body. */
  function composeFrom(element) {
    for (let node = element; node && node !== document.documentElement; node = node.parentElement) {
      if (node.querySelector?.(BODY) && node.querySelector(SEND)) return node;
    }
    return null;
  }

  const bodyOf = (compose) => compose.querySelector(BODY);

  function recipients(compose, name) {
    const row = compose.querySelector(`[name="${name}"]`);
    if (!row) return [];
    if (row.matches("input, textarea")) {
      return row.value
        .split(",")
        .map((address) => address.trim())
        .filter(Boolean);
    }
    const chips = [...row.querySelectorAll("[data-hovercard-id], [email]")].map((chip) => {
      const address = chip.getAttribute("data-hovercard-id") || chip.getAttribute("email");
      const label = chip.getAttribute("data-name") || chip.getAttribute("name") || "";
      return label && label !== address ? `${label} <${address}>` : address;
    });
    // An address still being typed counts too.
    const typed = [...row.querySelectorAll('input[role="combobox"], input[type="text"]')]
      .map((input) => input.value.trim())
      .filter(Boolean);
    return [...chips, ...typed];
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
        (candidate) => !candidate.parentElement?.closest("div.gmail_quote") && candidate.querySelector(":scope > blockquote"),
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

  function readDraft(compose) {
    const subject = compose.querySelector('input[name="subjectbox"]');
    const body = bodyOf(compose);
    if (!subject || !body) throw new Error("Gmail compose fields not found");
    const draft = {
      from: compose.querySelector('input[name="from"]')?.value ?? "",
      to: recipients(compose, "to"),
      cc: recipients(compose, "cc"),
      bcc: recipients(compose, "bcc"),
      subject: subject.value,
      body: textOf(body).text,
      html: body.innerHTML,
      format: "html",
      attachments: [...compose.querySelectorAll(".dL .vI, [download_url] .vI")]
        .map((name) => name.textContent.trim())
        .filter(Boolean),
    };
    const replyTo = readReplyTo(body);
    if (replyTo) draft.reply_to = replyTo;
    return draft;
  }

  function applyFix(compose, finding) {
    const replacement = finding.suggestion ?? "";
    if (finding.field === "subject") {
      return replaceInField(
        compose.querySelector('input[name="subjectbox"]'),
        finding.start,
        finding.end,
        replacement,
      );
    }
    if (finding.field !== "body") return false;
    return replaceSpan(bodyOf(compose), finding.start, finding.end, replacement);
  }

  // Gmail's controls react to the whole mouse sequence, so replay all of it.
  function resend(send) {
    const init = { bubbles: true, cancelable: true, view: window, button: 0 };
    for (const type of ["mousedown", "mouseup", "click"]) {
      send.dispatchEvent(new MouseEvent(type, init));
    }
  }

  globalThis.presendHost.registerAdapter({
    name: "gmail",
    sendButtonFrom(target) {
      const send = target.closest(SEND);
      return send && composeFrom(send) ? send : null;
    },
    composeOf: composeFrom,
    shortcutSend(event) {
      if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey)
        return null;
      const compose = event.target instanceof Element ? composeFrom(event.target) : null;
      return compose?.querySelector(SEND) ?? null;
    },
    nativeActivation: () => false, // a div with role=button: the page handles keys itself
    readDraft,
    applyFix,
    focus: (compose) => bodyOf(compose)?.focus(),
    resend,
  });
})();
