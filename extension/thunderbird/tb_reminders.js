// What Thunderbird asks by itself right after compose.onBeforeSend lets a
// send through, so that presend does not ask the same question first: one
// question per send.
//
// Facts (Thunderbird 128–153 ESR, MsgComposeCommands.js GenericSendMessage):
// onBeforeSend runs first; then Thunderbird asks
//  - "Your message doesn't have a subject" whenever the subject is empty
//    after trailing white space is cut (no preference turns this off);
//  - "Did you forget to add an attachment?" when mail.compose.
//    attachment_reminder_aggressive is on (default) and its reminder bar is
//    still showing: mail.compose.attachment_reminder is on (default), one of
//    its keywords is in the text outside quotes and signature, and nothing
//    is attached.
// An add-on cannot read those preferences, so presend's setting
// `tb_attachment_reminder` (default true, Thunderbird's default) says
// whether Thunderbird's reminder is on. The keywords below are Thunderbird's
// defaults per interface language (mail.compose.attachment_reminder_keywords
// in composeMsgs.properties of Thunderbird 153.8 ESR and its ru and el
// language packs).

const KEYWORDS = {
  en: ".doc,.pdf,.xls,.ppt,.rtf,.pps,attachment,attach,attached,attaching,enclosed,CV,cover letter",
  ru:
    ".doc,.pdf,.xls,.ppt,.rtf,.pps,attachment,attach,attached,attaching,enclosed,CV,cover letter," +
    "вложение,вложения,вложено,вкладываю,приложено,прикладываю,резюме",
  el: "attachment,attached,.doc,.pdf,επισυνάπτω,φωτογραφία,αρχείο,βιογραφικό,συνημμένο",
};

/** Thunderbird's default reminder keywords for its interface language (English otherwise). */
export function reminderKeywords(uiLocale) {
  const lang = String(uiLocale || "en")
    .slice(0, 2)
    .toLowerCase();
  return (KEYWORDS[lang] ?? KEYWORDS.en).split(",");
}

const LETTER = /[\p{L}]/u;
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The author's own text as Thunderbird's reminder reads it: no quoted lines, no signature. */
function ownText(body) {
  const signature = body.indexOf("\n-- \n");
  const text = signature >= 0 ? body.slice(0, signature) : body;
  return text
    .split("\n")
    .filter((line) => !line.startsWith(">"))
    .join("\n");
}

/**
 * Whether Thunderbird's reminder finds one of `keywords` in `text`: a
 * keyword that starts a word's tail and is not followed by a letter
 * ("attached,", "unattached"), or a file name ending in a dot-keyword
 * ("contract.pdf"); words inside web addresses do not count.
 */
export function findsReminderKeyword(text, keywords) {
  const lower = text.toLowerCase();
  for (const keyword of keywords) {
    const word = keyword.toLowerCase().replace(/ /g, "\\s+");
    const pattern = new RegExp(`(^|\\s)(\\S*?)${word.split("\\s+").map(escape).join("\\s+")}`, "gu");
    for (const match of lower.matchAll(pattern)) {
      const after = lower[match.index + match[0].length] ?? "";
      const token = match[0].trim();
      if (/^(https?|ftp):\/\//.test(token)) continue;
      if (keyword.startsWith(".") ? after === "" || /\s/.test(after) : !LETTER.test(after)) return true;
    }
  }
  return false;
}

/**
 * The rule IDs whose question Thunderbird will ask itself on this send:
 * presend leaves those to it. `draft` as draft.js reads it; `settings` the
 * effective settings; `uiLocale` Thunderbird's interface language.
 */
export function askedByThunderbird(draft, settings, uiLocale) {
  const asked = new Set();
  if ((draft.subject ?? "").trim() === "") asked.add("missing-subject");
  const reminderOn = settings?.tb_attachment_reminder !== false;
  if (reminderOn && (draft.attachments ?? []).length === 0) {
    if (findsReminderKeyword(ownText(draft.body ?? ""), reminderKeywords(uiLocale))) {
      asked.add("forgotten-attachment");
    }
  }
  return asked;
}
