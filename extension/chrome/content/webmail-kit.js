// What the Outlook, Yandex, Mail.ru and generic adapters share: reading
// addresses out of fields and chips, the Send shortcut, replaying a user's
// click, and the message being answered when the reply quotes it in a
// <blockquote>. Each adapter keeps only its client's markup.
(() => {
  "use strict";
  if (globalThis.presendWebmailKit) return;

  // An address as mail clients show it in chips, titles and attribution lines.
  const ADDRESS = /[^\s<>()"',;:[\]]+@[^\s<>()"',;:[\]]+\.[^\s<>()"',;:[\]]+/;

  /** The first e-mail address in `text`, or "". */
  function addressIn(text) {
    return String(text ?? "").match(ADDRESS)?.[0] ?? "";
  }

  /**
   * The addresses typed into a text field ("a@x.org, Bob <b@y.org>; c@z.org"),
   * split on commas and semicolons outside quoted names, trimmed.
   */
  function splitAddresses(value) {
    return String(value ?? "")
      .split(/[,;](?=(?:[^"]*"[^"]*")*[^"]*$)/)
      .map((part) => part.trim())
      .filter(Boolean);
  }

  /** Ctrl+Enter (Cmd+Enter on a Mac) and no other modifier: the clients' Send shortcut. */
  function isSendShortcut(event) {
    return event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
  }

  /**
   * Replays the mouse sequence of a user's click on `control`: clients built
   * on React or their own widgets act on mousedown/mouseup as well as click.
   */
  function pressLikeUser(control) {
    const init = { bubbles: true, cancelable: true, composed: true, view: window, button: 0 };
    for (const type of ["pointerdown", "mousedown", "pointerup", "mouseup", "click"]) {
      const Event = type.startsWith("pointer") ? PointerEvent : MouseEvent;
      control.dispatchEvent(new Event(type, init));
    }
  }

  /** The smallest ancestor of `element` (itself included) that holds a match of `selector`. */
  function closestHolding(element, selector, stop = document.documentElement) {
    for (let node = element; node && node !== stop; node = node.parentElement) {
      if (node.matches?.(selector) || node.querySelector?.(selector)) return node;
    }
    return null;
  }

  /**
   * The message being answered, for a reply that quotes it in the outermost
   * <blockquote> of `body`: { from, date, body } as content/reply-date.js
   * reads them. The attribution line ("29.01.2021, 15:22, "Name" <a@b>:",
   * "Пятница, 17 декабря 2021, 15:36 +05:00 от Name <a@b>:") stands either
   * right before the blockquote or as its first line; its words are never
   * used, only the date and the address in it. A blockquote with no
   * attribution is not taken for a reply. Any failure: undefined.
   */
  function blockquoteReply(body) {
    try {
      const { textOf } = globalThis.presendDomText;
      const { readReplyDate, replyTo } = globalThis.presendReplyDate;
      const quote = [...body.querySelectorAll("blockquote")].find(
        (candidate) => !candidate.parentElement?.closest("blockquote"),
      );
      if (!quote) return undefined;
      const plain = (element) =>
        textOf(element)
          .text.split("\n")
          .map((line) => line.replace(/^(> ?)+/, ""))
          .join("\n")
          .trim();
      const quoted = plain(quote);
      const [firstLine, ...rest] = quoted.split("\n");
      if (readReplyDate(firstLine) && /:\s*$/.test(firstLine)) {
        return replyTo(firstLine, rest.join("\n").trim());
      }
      const before = lineBefore(quote, body);
      if (!before || !readReplyDate(before)) return undefined;
      return replyTo(before, quoted);
    } catch (error) {
      console.warn("presend: could not read the message being answered", error);
      return undefined;
    }
  }

  // The text of the last non-empty line shown before `element` inside `body`.
  function lineBefore(element, body) {
    const { textOf } = globalThis.presendDomText;
    for (let node = element; node && node !== body; node = node.parentElement) {
      for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
        const text =
          sibling.nodeType === Node.TEXT_NODE
            ? sibling.data
            : sibling.nodeType === Node.ELEMENT_NODE
              ? textOf(sibling).text
              : "";
        const lines = text.split("\n").filter((line) => line.trim());
        if (lines.length) return lines[lines.length - 1].trim();
      }
    }
    return "";
  }

  /** The draft of a compose form with an HTML editor `body`, from the fields read around it. */
  function htmlDraft(body, { from = "", to = [], cc = [], bcc = [], subject = "", attachments = [] }) {
    const { textOf } = globalThis.presendDomText;
    return {
      from,
      to,
      cc,
      bcc,
      subject,
      body: textOf(body).text,
      html: body.innerHTML,
      format: "html",
      attachments,
    };
  }

  /**
   * Writes a quick fix back into the form: into the `subject` input, or the
   * body (an editable element or a textarea). False if it could not.
   */
  function applyFix({ subject, body }, finding) {
    const { replaceSpan, replaceInField } = globalThis.presendDomText;
    const replacement = finding.suggestion ?? "";
    if (finding.field === "subject") {
      return !!subject && replaceInField(subject, finding.start, finding.end, replacement);
    }
    if (finding.field !== "body" || !body) return false;
    return body.matches("textarea")
      ? replaceInField(body, finding.start, finding.end, replacement)
      : replaceSpan(body, finding.start, finding.end, replacement);
  }

  /**
   * What an adapter's readDraft returns: the draft and the parts of it the
   * page did not let it read (the host names them in the dialog).
   */
  function readResult(draft, unread) {
    return { draft, unread: [...new Set(unread)] };
  }

  globalThis.presendWebmailKit = Object.freeze({
    addressIn,
    splitAddresses,
    isSendShortcut,
    pressLikeUser,
    closestHolding,
    blockquoteReply,
    htmlDraft,
    applyFix,
    readResult,
  });
})();
