// Reads a Thunderbird compose window into the draft the WASM core checks
// (see extension/README.md, "Draft"), and writes quick fixes back.

/** Recipients as the core wants them: strings; contacts/lists given by id are skipped. */
function addresses(list) {
  if (!list) return [];
  const items = Array.isArray(list) ? list : [list];
  return items.filter((item) => typeof item === "string" && item.trim() !== "");
}

/** The first text/plain part of a message, for the reply's original text. */
function plainTextOf(part) {
  if (!part) return "";
  if ((part.contentType || "").startsWith("text/plain") && typeof part.body === "string") {
    return part.body;
  }
  for (const child of part.parts || []) {
    const text = plainTextOf(child);
    if (text) return text;
  }
  return "";
}

/** The first text/html part, turned into text, when a message has no plain part. */
function htmlTextOf(part) {
  if (!part) return "";
  if ((part.contentType || "").startsWith("text/html") && typeof part.body === "string") {
    return new DOMParser().parseFromString(part.body, "text/html").body?.textContent || "";
  }
  for (const child of part.parts || []) {
    const text = htmlTextOf(child);
    if (text) return text;
  }
  return "";
}

// The messages answered lately, by id: a message in the store does not
// change, and the pre-check reads the same draft again and again.
const answered = new Map(); // relatedMessageId -> { from, date, body }
const ANSWERED_KEPT = 20;

/** The message being answered: author, date and text. Null for a new message. */
async function repliedMessage(details) {
  if (!details.relatedMessageId || !String(details.type || "").startsWith("reply")) {
    return null;
  }
  const id = details.relatedMessageId;
  if (answered.has(id)) return { ...answered.get(id) };
  const message = await readAnsweredMessage(id);
  if (message?.bodyRead) {
    answered.set(id, message.value);
    if (answered.size > ANSWERED_KEPT) answered.delete(answered.keys().next().value);
  }
  return message ? { ...message.value } : null;
}

/** Reads message `id`: { value: { from, date, body }, bodyRead }, or null. */
async function readAnsweredMessage(id) {
  try {
    const header = await messenger.messages.get(id);
    let body = "";
    let bodyRead = false;
    try {
      const full = await messenger.messages.getFull(id);
      body = plainTextOf(full) || htmlTextOf(full);
      bodyRead = true;
    } catch (error) {
      console.warn("presend: could not read the replied message's text", error);
    }
    const date = header.date instanceof Date ? header.date : new Date(header.date);
    return {
      value: { from: header.author || "", date: isNaN(date) ? "" : date.toISOString(), body },
      bodyRead,
    };
  } catch (error) {
    console.warn("presend: could not read the replied message", error);
    return null;
  }
}

/** Reads the compose window `tabId` into a presend draft. */
export async function readDraft(tabId, details) {
  details = details || (await messenger.compose.getComposeDetails(tabId));
  const [attachments, replyTo] = await Promise.all([
    messenger.compose.listAttachments(tabId).catch(() => []),
    repliedMessage(details),
  ]);
  const html = !details.isPlainText;
  const draft = {
    from: typeof details.from === "string" ? details.from : "",
    to: addresses(details.to),
    cc: addresses(details.cc),
    bcc: addresses(details.bcc),
    subject: details.subject || "",
    body: details.plainTextBody || "",
    format: html ? "html" : "plain",
    attachments: attachments.map((a) => a.name || ""),
    now: new Date().toISOString(),
  };
  if (html && details.body) draft.html = details.body;
  if (replyTo) draft.reply_to = replyTo;
  return draft;
}

/** The same text with `text.slice(start, end)` replaced. */
function spliced(text, start, end, replacement) {
  return text.slice(0, start) + replacement + text.slice(end);
}

/** How many times `needle` occurs in `text` before `position`. */
export function occurrencesBefore(text, needle, position) {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1 && at < position; at = text.indexOf(needle, at + 1)) {
    count++;
  }
  return count;
}

/**
 * In an HTML body, replaces the `nth` occurrence of `excerpt` in the text
 * (it must lie inside one text node) and returns the new HTML, or null.
 */
function fixInHtml(html, excerpt, nth, replacement) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let at = node.data.indexOf(excerpt);
    while (at !== -1) {
      if (seen === nth) {
        node.data = spliced(node.data, at, at + excerpt.length, replacement);
        return "<!DOCTYPE html>\n" + doc.documentElement.outerHTML;
      }
      seen++;
      at = node.data.indexOf(excerpt, at + 1);
    }
  }
  return null;
}

/**
 * Applies `finding.suggestion` to the compose window: the span
 * start..end of the subject or of the body is replaced. Returns false when
 * the draft changed since the check and the span no longer holds the excerpt.
 */
export async function applyFix(tabId, finding) {
  if (typeof finding?.suggestion !== "string") return false;
  const details = await messenger.compose.getComposeDetails(tabId);
  if (finding.field === "subject") {
    const subject = details.subject || "";
    if (subject.slice(finding.start, finding.end) !== finding.excerpt) return false;
    await messenger.compose.setComposeDetails(tabId, {
      subject: spliced(subject, finding.start, finding.end, finding.suggestion),
    });
    return true;
  }
  if (finding.field !== "body") return false;
  const text = details.plainTextBody || "";
  if (text.slice(finding.start, finding.end) !== finding.excerpt) return false;
  if (details.isPlainText) {
    await messenger.compose.setComposeDetails(tabId, {
      plainTextBody: spliced(text, finding.start, finding.end, finding.suggestion),
    });
    return true;
  }
  // HTML compose: change the same occurrence inside the HTML text nodes, so
  // the formatting around it stays as the author made it.
  const nth = occurrencesBefore(text, finding.excerpt, finding.start);
  const html = fixInHtml(details.body || "", finding.excerpt, nth, finding.suggestion);
  if (html === null) return false;
  await messenger.compose.setComposeDetails(tabId, { body: html });
  return true;
}
