// The messages between presend's scripts, in one place. Every message is a
// plain object tagged with `kind`; the receiver routes it with one `switch`.
//
// Content script / dialog  ->  background (service worker or event page):
//   { kind: "check", draft, site? }     check a draft; answered with one of
//                                       "findings", "skipped", "check-failed"
//   { kind: "rule-switch", rule, enabled }  turn a rule off ("Turn off this
//                                       check") or back on (its undo) in storage.local
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
  ruleSwitch: "rule-switch",
  openOptions: "open-options",
  findings: "findings",
  skipped: "skipped",
  checkFailed: "check-failed",
  done: "done",
});

export const checkRequest = (draft, site) => ({ kind: Kind.check, draft, site });
export const ruleSwitchRequest = (rule, enabled) => ({ kind: Kind.ruleSwitch, rule, enabled });
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
