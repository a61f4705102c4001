// The messages between presend's scripts, in one place. Every message is a
// plain object tagged with `kind`; the receiver routes it with one `switch`.
//
// Content script / dialog  ->  background (service worker or event page):
//   { kind: "check", draft, site?, unread? }  check a draft; answered with one
//                                       of "findings", "skipped", "check-failed".
//                                       `unread`: parts of the draft the page
//                                       could not read (see content/host.js)
//   { kind: "rule-switch", rule, enabled }  turn a rule off ("Turn off this
//                                       check") or back on (its undo) in storage.local
//   { kind: "open-options" }            open the options page
//   { kind: "open-rule", rule, lang }   open the rule reference bundled in the
//                                       add-on at that check (ruleReferencePath)
//   { kind: "warm-up" }                 the author is writing: have the core
//                                       loaded before Send (answered "done")
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
  openRule: "open-rule",
  warmUp: "warm-up",
  findings: "findings",
  skipped: "skipped",
  checkFailed: "check-failed",
  done: "done",
});

export const checkRequest = (draft, site, unread = []) => ({ kind: Kind.check, draft, site, unread });
export const ruleSwitchRequest = (rule, enabled) => ({ kind: Kind.ruleSwitch, rule, enabled });
export const openOptionsRequest = () => ({ kind: Kind.openOptions });
export const openRuleRequest = (rule, lang) => ({ kind: Kind.openRule, rule, lang });
export const warmUpRequest = () => ({ kind: Kind.warmUp });

/**
 * Where in the add-on the rule reference (the site's rules.html, bundled by
 * build.sh under site/) shows check `rule` in `lang`: the path for
 * runtime.getURL, as the site itself links it (rules.html?lang=<lang>#<id>).
 * Offline by construction: the add-on opens its own copy, never the web.
 */
export function ruleReferencePath(rule, lang) {
  const language = ["en", "ru", "el"].includes(lang) ? lang : "en";
  const id = /^[a-z0-9-]+$/.test(rule ?? "") ? rule : "";
  return `site/rules.html?lang=${language}${id ? `#${id}` : ""}`;
}
export const findingsAnswer = (findings, rules, uiLang) => ({
  kind: Kind.findings,
  findings,
  rules,
  uiLang,
});
export const skippedAnswer = (reason) => ({ kind: Kind.skipped, reason });
export const checkFailedAnswer = (message) => ({ kind: Kind.checkFailed, message });
export const doneAnswer = () => ({ kind: Kind.done });
