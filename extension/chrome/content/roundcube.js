// Roundcube (skin elastic, and larva/classic where the ids match) adapter.
// Roundcube can live on any host, so this script runs everywhere and acts
// only on a page that is a Roundcube compose page. Selectors use ids and
// classes, never the interface language.
(() => {
  "use strict";
  const { textOf, replaceSpan, replaceInField, selectSpan, selectInField } = globalThis.presendDomText;

  const SEND = "button.send, a.send, input.send";
  const isComposePage = () =>
    document.body?.classList.contains("action-compose") && !!document.getElementById("composebody");

  const htmlEditorBody = () => {
    const frame = document.getElementById("composebody_ifr");
    const isHtml = document.querySelector('input[name="_is_html"]')?.value === "1";
    return isHtml && frame ? (frame.contentDocument?.body ?? null) : null;
  };

  const addresses = (id) =>
    (document.getElementById(id)?.value ?? "")
      .split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/) // commas outside quoted names
      .map((address) => address.trim())
      .filter(Boolean);

  // The message being answered, when the reply shows it. Plain editor: the
  // attribution line ("On <date>, <sender> wrote:", worded in the interface
  // language) right above the first run of "> " lines. HTML editor: the
  // paragraph p#reply-intro and the blockquote after it. Only the date and
  // an address in the line are used, never its words. Any failure: none.
  function plainReplyTo(text) {
    const lines = text.split(/\r?\n/);
    const first = lines.findIndex((line) => line.startsWith(">"));
    if (first < 1 || !lines[first - 1].trim()) return undefined;
    let last = first;
    while (last + 1 < lines.length && lines[last + 1].startsWith(">")) last++;
    const quoted = lines.slice(first, last + 1).map((line) => line.replace(/^> ?/, ""));
    return globalThis.presendReplyDate.replyTo(lines[first - 1], quoted.join("\n").trim());
  }

  function htmlReplyTo(editor) {
    let intro = editor.querySelector("#reply-intro");
    let quote = intro?.nextElementSibling?.matches("blockquote") ? intro.nextElementSibling : null;
    if (!quote) {
      quote = editor.querySelector('blockquote[type="cite"]');
      intro = quote?.previousElementSibling ?? null;
    }
    if (!quote || !intro) return undefined;
    return globalThis.presendReplyDate.replyTo(textOf(intro).text, textOf(quote).text.trim());
  }

  function readReplyTo(editor, textarea) {
    try {
      return editor ? htmlReplyTo(editor) : plainReplyTo(textarea.value);
    } catch (error) {
      console.warn("presend: could not read the message being answered", error);
      return undefined;
    }
  }

  function readDraft() {
    const subject = document.getElementById("compose-subject");
    const textarea = document.getElementById("composebody");
    if (!subject || !textarea) throw new Error("Roundcube compose fields not found");
    const from = document.getElementById("_from");
    const editor = htmlEditorBody();
    // A finished upload names the file in .attachment-name, one in progress in
    // span.uploading; anything else still counts as an attachment.
    const attachments = [...document.querySelectorAll("#attachment-list > li")].map((item) =>
      (item.querySelector(".attachment-name, span.uploading") ?? item).textContent.trim(),
    );
    const draft = {
      from: from?.selectedOptions?.[0]?.textContent.trim() ?? "",
      to: addresses("_to"),
      cc: addresses("_cc"),
      bcc: addresses("_bcc"),
      subject: subject.value,
      body: editor ? textOf(editor).text : textarea.value,
      html: editor ? editor.innerHTML : undefined,
      format: editor ? "html" : "plain",
      attachments: attachments.filter(Boolean),
    };
    const replyTo = readReplyTo(editor, textarea);
    if (replyTo) draft.reply_to = replyTo;
    return draft;
  }

  function applyFix(_compose, finding) {
    const replacement = finding.suggestion ?? "";
    if (finding.field === "subject") {
      return replaceInField(
        document.getElementById("compose-subject"),
        finding.start,
        finding.end,
        replacement,
      );
    }
    if (finding.field !== "body") return false;
    const editor = htmlEditorBody();
    if (editor) return replaceSpan(editor, finding.start, finding.end, replacement);
    return replaceInField(document.getElementById("composebody"), finding.start, finding.end, replacement);
  }

  // "Go back and edit": the cursor on the finding (subject or text) when
  // there is one, else in the text.
  function focus(_compose, finding) {
    const editor = htmlEditorBody();
    if (finding?.field === "subject") {
      const subject = document.getElementById("compose-subject");
      if (subject && selectInField(subject, finding.start, finding.end)) return;
    }
    if (editor) {
      document.getElementById("composebody_ifr").focus();
      if (finding?.field === "body" && selectSpan(editor, finding.start, finding.end)) return;
      editor.focus();
    } else {
      const textarea = document.getElementById("composebody");
      if (finding?.field === "body" && textarea && selectInField(textarea, finding.start, finding.end))
        return;
      textarea?.focus();
    }
  }

  // "Attach a file…": Roundcube's own attach button (it opens the upload
  // form's file picker), the one in the attachments pane or the toolbar's.
  const ATTACH = "#compose-attachments button.attach, a.attach:not(.disabled), button.attach";
  function attach() {
    const control = [...document.querySelectorAll(ATTACH)].find((button) => button.getClientRects().length);
    if (!control) return false;
    control.click();
    return true;
  }

  globalThis.presendHost.registerAdapter({
    name: "roundcube",
    sendButtonFrom(target) {
      const send = target.closest(SEND);
      return send && isComposePage() ? send : null;
    },
    composeOf: () => document,
    shortcutSend: () => null, // Roundcube has no keyboard shortcut for Send
    nativeActivation: (send) => send.matches("button, input, a[href]"),
    readDraft,
    applyFix,
    focus,
    resend: (send) => send.click(),
    attach,
  });
})();
