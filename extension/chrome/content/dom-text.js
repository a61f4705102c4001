// Plain text of an editable HTML body, and the way back: which DOM text a
// span of that plain text came from, so a quick fix can replace exactly it as
// if the user had typed. Used by adapters whose body is contenteditable
// (Gmail, Roundcube's TinyMCE).
(() => {
  "use strict";
  if (globalThis.presendDomText) return;

  const BLOCK = new Set([
    "ADDRESS",
    "ARTICLE",
    "ASIDE",
    "BLOCKQUOTE",
    "DD",
    "DIV",
    "DL",
    "DT",
    "FIGURE",
    "FOOTER",
    "FORM",
    "H1",
    "H2",
    "H3",
    "H4",
    "H5",
    "H6",
    "HEADER",
    "HR",
    "LI",
    "OL",
    "P",
    "PRE",
    "SECTION",
    "TABLE",
    "TR",
    "UL",
  ]);
  const SKIP = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT"]);

  /**
   * Walks `root` and returns { text, pieces }: `text` as a reader sees it
   * (blocks and <br> become line breaks), `pieces` the text nodes with their
   * offsets in `text`.
   */
  function textOf(root) {
    let text = "";
    const pieces = [];
    // Lines inside <blockquote> get "> " per level, as mail clients write
    // quotes in plain text, so the checker can tell the quote from a reply
    // written below it (Roundcube's HTML editor quotes with a bare
    // <blockquote>).
    let quoteDepth = 0;
    const newline = () => {
      if (text && !text.endsWith("\n")) text += "\n";
    };
    const walk = (node) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) {
          if (quoteDepth > 0 && (text === "" || text.endsWith("\n")) && child.data.trim()) {
            text += "> ".repeat(quoteDepth);
          }
          pieces.push({ node: child, start: text.length });
          text += child.data;
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          const tag = child.tagName;
          if (SKIP.has(tag)) continue;
          if (tag === "BR") {
            text += "\n";
            continue;
          }
          const block = BLOCK.has(tag);
          const quote = tag === "BLOCKQUOTE";
          if (block) newline();
          if (quote) quoteDepth++;
          walk(child);
          if (quote) quoteDepth--;
          if (block) newline();
        }
      }
    };
    walk(root);
    return { text: text.replace(/\n$/, ""), pieces };
  }

  // The DOM position of a text offset. A span's start lies inside the piece
  // that holds its first character, its end inside the one holding its last.
  function position(pieces, offset, isEnd) {
    const inside = (start, end) =>
      isEnd ? offset > start && offset <= end : offset >= start && offset < end;
    const touching = (start, end) => offset >= start && offset <= end;
    for (const test of [inside, touching]) {
      for (const { node, start } of pieces) {
        if (test(start, start + node.data.length)) return { node, offset: offset - start };
      }
    }
    return null;
  }

  /**
   * Replaces characters [start, end) of textOf(root).text with `replacement`
   * through the editing machinery (execCommand insertText), so the editor
   * and the page see ordinary user input and undo works. Returns true when
   * the text now reads as intended.
   */
  function replaceSpan(root, start, end, replacement) {
    const { text, pieces } = textOf(root);
    const from = position(pieces, start, false);
    const to = position(pieces, end, true);
    if (!from || !to) return false;
    const doc = root.ownerDocument;
    const win = doc.defaultView;
    root.focus();
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    const selection = win.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    const expected = text.slice(0, start) + replacement + text.slice(end);
    const inserted = replacement
      ? doc.execCommand("insertText", false, replacement)
      : doc.execCommand("delete", false);
    if (inserted && textOf(root).text === expected) return true;
    if (!inserted) {
      range.deleteContents();
      if (replacement) range.insertNode(doc.createTextNode(replacement));
      root.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertReplacementText" }));
    }
    return textOf(root).text === expected;
  }

  /**
   * Replaces [start, end) of a textarea's or input's value the way a user's
   * edit would arrive: through the native value setter (frameworks that wrap
   * `value` see it) followed by input and change events.
   */
  function replaceInField(field, start, end, replacement) {
    const proto =
      field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    const setter = Object.getOwnPropertyDescriptor(proto, "value").set;
    const value = field.value;
    const next = value.slice(0, start) + replacement + value.slice(end);
    field.focus();
    setter.call(field, next);
    field.setSelectionRange(start + replacement.length, start + replacement.length);
    field.dispatchEvent(
      new InputEvent("input", { bubbles: true, inputType: "insertReplacementText", data: replacement }),
    );
    field.dispatchEvent(new Event("change", { bubbles: true }));
    return field.value === next;
  }

  /**
   * Selects characters [start, end) of textOf(root).text in the editor and
   * brings them into view ("Go back and edit" puts the cursor on a finding).
   * Returns true when the span could be found.
   */
  function selectSpan(root, start, end) {
    const { pieces } = textOf(root);
    const from = position(pieces, start, false);
    const to = position(pieces, Math.max(start, end), true) ?? from;
    if (!from) return false;
    const doc = root.ownerDocument;
    root.focus();
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    const selection = doc.defaultView.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    from.node.parentElement?.scrollIntoView({ block: "nearest" });
    return true;
  }

  /** Selects [start, end) of a textarea's or input's value and scrolls it into view. */
  function selectInField(field, start, end) {
    const length = field.value.length;
    if (start > length) return false;
    field.focus();
    if (field instanceof HTMLTextAreaElement) {
      // Scroll the line into view: put the caret there first, then select.
      field.setSelectionRange(start, start);
      field.blur();
      field.focus();
    }
    field.setSelectionRange(start, Math.min(end, length));
    return true;
  }

  const isField = (node) => node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement;

  /**
   * "Go back and edit": the cursor on `finding`'s span when it is in the
   * subject or the body given, else at the body (an editable element, a
   * textarea or an input; either may be missing).
   */
  function focusFinding(finding, { body = null, subject = null } = {}) {
    const { field, start, end } = finding ?? {};
    if (field === "subject" && subject && selectInField(subject, start, end)) return;
    if (field === "body" && body) {
      if (isField(body) ? selectInField(body, start, end) : selectSpan(body, start, end)) return;
    }
    body?.focus();
  }

  globalThis.presendDomText = Object.freeze({
    focusFinding,
    textOf,
    replaceSpan,
    replaceInField,
    selectSpan,
    selectInField,
  });
})();
