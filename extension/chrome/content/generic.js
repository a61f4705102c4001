// Any other web mail, on a site the user turned presend on for in the
// toolbar popup. It knows no client's markup: the message body is the
// editable area the user typed in, Send is a control whose role and
// accessible name say "Send" in English, Russian or Greek (or the
// Ctrl/Cmd+Enter typed in that area when such a control is near), and the
// recipients and subject are whatever fields are labelled so. What it
// cannot find, it says it could not read.
(() => {
  "use strict";
  const { textOf, replaceInField } = globalThis.presendDomText;
  const kit = globalThis.presendWebmailKit;

  // Lower case, accents and a trailing shortcut hint or colon removed:
  // "Αποστολή", "Send (Ctrl+Enter)" and "Отправить:" read "αποστολη", "send",
  // "отправить".
  const fold = (text) =>
    String(text ?? "")
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/[\u200e\u200f\u202a-\u202e]/g, "")
      .toLowerCase()
      .replace(/\([^)]*\)\s*$/, "")
      .replace(/[\s:.…]+$/, "")
      .replace(/\s+/g, " ")
      .trim();

  const SEND_NAMES = new Set(
    [
      "send",
      "send email",
      "send e-mail",
      "send mail",
      "send message",
      "send now",
      "отправить",
      "отправить письмо",
      "отправить сообщение",
      "отправить сейчас",
      "αποστολη",
      "αποστολη email",
      "αποστολη μηνυματος",
      "αποστολη τωρα",
      "στειλτε",
    ].map(fold),
  );
  const FIELD_NAMES = {
    to: [
      "to",
      "recipient",
      "recipients",
      "кому",
      "получатель",
      "получатели",
      "προς",
      "παραληπτης",
      "παραληπτες",
    ],
    cc: ["cc", "copy", "копия", "κοιν", "κοινοποιηση"],
    bcc: ["bcc", "blind copy", "скрытая копия", "скрытая", "ιδιαιτ. κοιν", "κρυφη κοινοποιηση"],
    subject: ["subject", "тема", "тема письма", "θεμα"],
    from: ["from", "от", "от кого", "απο"],
  };

  const CONTROL = 'button, [role="button"], input[type="submit"], input[type="button"]';
  const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""]';
  const FIELD =
    'input:not([type]), input[type="text"], input[type="email"], textarea, [contenteditable="true"]';

  function textOfIds(ids) {
    return ids
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ");
  }

  /** The accessible name of a control, as a screen reader would announce it (simplified). */
  function accessibleName(element) {
    const labelledBy = element.getAttribute("aria-labelledby");
    return (
      element.getAttribute("aria-label") ||
      (labelledBy ? textOfIds(labelledBy) : "") ||
      (element.matches("input") ? element.value : element.textContent) ||
      element.getAttribute("title") ||
      ""
    );
  }

  const isSendControl = (element) => SEND_NAMES.has(fold(accessibleName(element)));

  /** The editing host (or textarea) that `node` is in, or null. */
  function editableOf(node) {
    if (!(node instanceof Element)) return null;
    if (node.matches("textarea")) return node;
    if (!node.isContentEditable) return null;
    let host = node;
    while (host.parentElement?.isContentEditable) host = host.parentElement;
    return host;
  }

  // The editable area the user last typed in. Fields that are labelled as
  // recipients or subject are not a body.
  let lastTyped = null;
  document.addEventListener(
    "input",
    (event) => {
      const editable = editableOf(event.target);
      if (editable && !labelledField(editable)) lastTyped = editable;
    },
    true,
  );

  function visible(element) {
    return element.isConnected && element.getClientRects().length > 0;
  }

  // The editable bodies of same-origin frames (rich editors such as TinyMCE
  // edit inside one): the frame's body in design or contenteditable mode.
  function frameBodies() {
    return [...document.querySelectorAll("iframe")]
      .map((frame) => {
        try {
          const doc = frame.contentDocument;
          return doc?.body && (doc.designMode === "on" || doc.body.isContentEditable) ? doc.body : null;
        } catch {
          return null; // another origin's frame: not readable
        }
      })
      .filter(Boolean);
  }

  // The element of this page that holds `body` (its frame, for a frame's body).
  const placeOf = (body) =>
    body.ownerDocument === document ? body : body.ownerDocument.defaultView.frameElement;

  /** The body a send control sends: where the user typed; else the one editable area of the page. */
  function bodyFor(send) {
    if (lastTyped && visible(lastTyped)) return lastTyped;
    const areas = [...document.querySelectorAll(EDITABLE)]
      .map(editableOf)
      .filter(
        (area, index, all) => area && all.indexOf(area) === index && visible(area) && !labelledField(area),
      )
      .concat(frameBodies().filter((body) => visible(placeOf(body))));
    const near = kit.closestHolding(send, `${EDITABLE}, iframe`);
    const candidates = near ? areas.filter((area) => near.contains(placeOf(area))) : areas;
    return candidates.length === 1 ? candidates[0] : null;
  }

  // --- labelled fields -------------------------------------------------------
  function labelsOf(element) {
    const labels = [
      element.getAttribute("aria-label"),
      element.getAttribute("placeholder"),
      element.getAttribute("name"),
      element.getAttribute("aria-labelledby") ? textOfIds(element.getAttribute("aria-labelledby")) : "",
      ...[...(element.labels ?? [])].map((label) => label.textContent),
    ];
    return labels.map(fold).filter(Boolean);
  }

  /** "to", "cc", "bcc", "subject", "from" for a field labelled so, else null. */
  function labelledField(element) {
    for (const label of labelsOf(element)) {
      for (const [kind, names] of Object.entries(FIELD_NAMES)) {
        if (names.some((name) => label === name || label.startsWith(`${name} `))) return kind;
      }
    }
    return null;
  }

  function fieldsIn(root) {
    const found = {};
    for (const element of root.querySelectorAll(`${FIELD}, [role="listbox"], [role="list"]`)) {
      const kind = labelledField(element);
      if (kind && !found[kind]) found[kind] = element;
    }
    return found;
  }

  // Addresses in a recipient field: its value or text, and the addresses
  // its chips carry in their text, title or data- attributes.
  function addressesIn(field) {
    if (field.matches("input, textarea")) return kit.splitAddresses(field.value);
    const found = new Set();
    for (const element of [field, ...field.querySelectorAll("*")]) {
      for (const attribute of element.attributes) {
        if (attribute.name === "title" || attribute.name.startsWith("data-")) {
          const address = kit.addressIn(attribute.value);
          if (address) found.add(address);
        }
      }
    }
    for (const part of kit.splitAddresses(field.textContent)) {
      const address = kit.addressIn(part);
      if (address) found.add(address);
    }
    for (const input of field.querySelectorAll("input"))
      kit.splitAddresses(input.value).forEach((a) => found.add(a));
    return [...found];
  }

  // --- the compose window ------------------------------------------------------
  const bodies = new WeakMap(); // compose root -> its body

  // The compose window of a send control: the smallest element holding it
  // and the body. With no body found it is the control's form (or the page),
  // and reading it fails: the host sends the mail with a notice that it
  // could not be checked, rather than letting it pass unnoticed.
  function composeFrom(send) {
    const body = bodyFor(send);
    if (!body) return send.closest("form") ?? document.body;
    const root = commonAncestor(send, placeOf(body));
    bodies.set(root, body);
    return root;
  }

  function commonAncestor(a, b) {
    for (let node = a; node; node = node.parentElement) if (node.contains(b)) return node;
    return document.body;
  }

  function readDraft(compose) {
    const body = bodies.get(compose);
    if (!body?.isConnected) throw new Error("no message body found");
    // The labelled fields of the form around the body, else of the page.
    const form = placeOf(body).closest("form") ?? compose;
    let fields = fieldsIn(form);
    if (!fields.to && !fields.subject) fields = fieldsIn(document);
    const unread = ["attachments"];
    if (!fields.to) unread.push("recipients");
    if (!fields.subject) unread.push("subject");
    if (!fields.from) unread.push("from");
    const plain = body.matches("textarea");
    const draft = {
      from: fields.from ? (addressesIn(fields.from)[0] ?? "") : "",
      to: fields.to ? addressesIn(fields.to) : [],
      cc: fields.cc ? addressesIn(fields.cc) : [],
      bcc: fields.bcc ? addressesIn(fields.bcc) : [],
      subject: fields.subject ? (fields.subject.value ?? fields.subject.textContent ?? "").trim() : "",
      body: plain ? body.value : textOf(body).text,
      html: plain ? undefined : body.innerHTML,
      format: plain ? "plain" : "html",
      attachments: [],
    };
    if (!plain) {
      const replyTo = kit.blockquoteReply(body);
      if (replyTo) draft.reply_to = replyTo;
    }
    return kit.readResult(draft, unread);
  }

  function applyFix(compose, finding) {
    const body = bodies.get(compose);
    const replacement = finding.suggestion ?? "";
    if (["subject", "to", "cc", "bcc"].includes(finding.field)) {
      const field =
        fieldsIn((body && placeOf(body).closest("form")) ?? compose)[finding.field] ??
        fieldsIn(document)[finding.field];
      if (!field?.matches("input, textarea")) return false;
      // A finding's offsets count in the addresses joined by ", ": only a
      // field that holds exactly that can take the fix.
      if (finding.field !== "subject" && kit.splitAddresses(field.value).join(", ") !== field.value)
        return false;
      return replaceInField(field, finding.start, finding.end, replacement);
    }
    return kit.applyFix({ body }, finding);
  }

  // A send triggered by the shortcut is let through as the same keystroke,
  // so the page decides what Ctrl+Enter does, as it would without presend.
  let shortcut = null; // { send, target, init } of the last intercepted shortcut

  function resend(send) {
    if (shortcut?.send === send && shortcut.target.isConnected) {
      const { target, init } = shortcut;
      shortcut = null;
      target.dispatchEvent(new KeyboardEvent("keydown", init));
      return;
    }
    kit.pressLikeUser(send);
  }

  globalThis.presendHost.registerAdapter({
    name: "generic",
    sendButtonFrom(target) {
      const send = target.closest(CONTROL);
      if (!send || !isSendControl(send)) return null;
      shortcut = null;
      return send;
    },
    composeOf: composeFrom,
    shortcutSend(event) {
      if (!kit.isSendShortcut(event)) return null;
      const editable = editableOf(event.target);
      if (!editable || labelledField(editable)) return null;
      // The Send control nearest to the area the user typed in.
      for (let node = editable.parentElement; node; node = node.parentElement) {
        const send = [...node.querySelectorAll(CONTROL)].find(isSendControl);
        if (send) {
          lastTyped = editable;
          const init = {
            key: event.key,
            code: event.code,
            ctrlKey: event.ctrlKey,
            metaKey: event.metaKey,
            bubbles: true,
            cancelable: true,
            composed: true,
          };
          shortcut = { send, target: event.target, init };
          return send;
        }
      }
      return null;
    },
    nativeActivation: (send) => send.matches("button, input"),
    readDraft,
    applyFix,
    focus: (compose) => bodies.get(compose)?.focus(),
    resend,
  });
})();
