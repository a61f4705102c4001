// The messages between presend's scripts, in one place. Every message is a
// plain object tagged with `kind`; the receiver routes it with one `switch`.
//
// Content script / dialog  ->  background (service worker or event page):
//   { kind: "check", draft, site?, unread? }  check a draft; answered with one
//                                       of "findings", "skipped", "check-failed".
//                                       `unread`: parts of the draft the page
//                                       could not read (see content/host.js)
//   { kind: "mute", rule }              turn a rule off in storage.local
//   { kind: "open-options" }            open the options page
// Background -> content script (answers):
//   { kind: "findings", findings, rules, uiLang }   findings at the threshold
//                                       (may be empty: send without a dialog)
//   { kind: "skipped", reason }         presend is off for this site, or only
//                                       external mail is checked and this is not
//   { kind: "check-failed", message }   the checker threw or timed out
//   { kind: "done" }                    a command without a result succeeded

export const Kind = Object.freeze({
  check: "check",
  mute: "mute",
  openOptions: "open-options",
  findings: "findings",
  skipped: "skipped",
  checkFailed: "check-failed",
  done: "done",
});

export const checkRequest = (draft, site, unread = []) => ({ kind: Kind.check, draft, site, unread });
export const muteRequest = (rule) => ({ kind: Kind.mute, rule });
export const openOptionsRequest = () => ({ kind: Kind.openOptions });
export const findingsAnswer = (findings, rules, uiLang) => ({
  kind: Kind.findings,
  findings,
  rules,
  uiLang,
});
export const skippedAnswer = (reason) => ({ kind: Kind.skipped, reason });
export const checkFailedAnswer = (message) => ({ kind: Kind.checkFailed, message });
export const doneAnswer = () => ({ kind: Kind.done });
