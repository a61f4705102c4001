// The options page of both add-ons, drawn from the core's rules() and
// defaultConfig(). Changes are stored in storage.local at once; settings an
// administrator fixed through storage.managed are shown disabled.

import { loadStrings, localize } from "./i18n.js";
import { ruleCatalogue } from "./checker.js";
import { SEVERITIES, loadSettings, saveSettings, setRuleEnabled } from "./settings.js";

const $ = (id) => document.getElementById(id);
let t = (key) => key;

function say(text) {
  $("status").textContent = text;
}

function markLocked(element, locked) {
  element.disabled = locked;
  if (locked) {
    const note = document.createElement("span");
    note.className = "locked-note";
    note.textContent = t("optionsLocked");
    element.closest(".row, .rule-head")?.append(note);
  }
}

async function save(patch) {
  await saveSettings(patch);
  say(t("optionsSaved"));
}

function bindGeneral(values, locked) {
  const fields = {
    threshold: { read: (el) => el.value, write: (el, v) => (el.value = v) },
    only_external: { read: (el) => el.checked, write: (el, v) => (el.checked = !!v) },
    internal_domains: {
      read: (el) =>
        el.value
          .split(/[\s,]+/)
          .map((d) => d.trim().toLowerCase())
          .filter(Boolean),
      write: (el, v) => (el.value = (v ?? []).join("\n")),
    },
    reply_delay_hours: {
      read: (el) => Math.max(1, Number(el.value) || 24),
      write: (el, v) => (el.value = v ?? 24),
    },
    vy_style: { read: (el) => el.value, write: (el, v) => (el.value = v) },
    ui_lang: { read: (el) => el.value, write: (el, v) => (el.value = v) },
  };
  for (const [key, { read, write }] of Object.entries(fields)) {
    const element = $(key);
    write(element, values[key]);
    markLocked(element, locked.has(key));
    element.addEventListener("change", async () => {
      await save({ [key]: read(element) });
      if (key === "ui_lang") location.reload();
    });
  }
}

function ruleRow(rule, setting, uiLang, isLocked) {
  const item = document.createElement("li");
  item.dataset.rule = rule.id;
  const head = document.createElement("div");
  head.className = "rule-head";

  const toggle = document.createElement("label");
  const enabled = document.createElement("input");
  enabled.type = "checkbox";
  enabled.className = "rule-enabled";
  enabled.checked = setting?.enabled !== false;
  enabled.addEventListener("change", async () => {
    await setRuleEnabled(rule.id, enabled.checked);
    say(t("optionsSaved"));
  });
  const title = document.createElement("span");
  title.className = "rule-title";
  title.textContent = rule.title?.[uiLang] ?? rule.title?.en ?? rule.id;
  toggle.append(enabled, " ", title);

  const id = document.createElement("code");
  id.textContent = rule.id;

  const severity = document.createElement("select");
  severity.className = "rule-severity";
  severity.setAttribute("aria-label", `${t("optionsRuleSeverity")}: ${title.textContent}`);
  for (const level of SEVERITIES) {
    const option = document.createElement("option");
    option.value = level;
    option.textContent = t(`severity_${level}`);
    severity.append(option);
  }
  severity.value = setting?.severity ?? rule.severity;
  severity.addEventListener("change", () => save({ rules: { [rule.id]: { severity: severity.value } } }));

  head.append(toggle, id, severity);
  const reason = document.createElement("p");
  reason.className = "reason";
  reason.textContent = rule.reason?.[uiLang] ?? rule.reason?.en ?? "";
  item.append(head, reason);
  markLocked(enabled, isLocked);
  severity.disabled = isLocked;
  return item;
}

async function main() {
  const { values, locked, lockedRules } = await loadSettings();
  t = await loadStrings(values.ui_lang);
  document.documentElement.lang = values.ui_lang;
  localize(document, t);
  document.title = t("optionsTitle");
  bindGeneral(values, locked);
  try {
    const rules = await ruleCatalogue();
    const list = $("rules");
    for (const rule of rules) {
      list.append(ruleRow(rule, values.rules?.[rule.id], values.ui_lang, lockedRules.has(rule.id)));
    }
  } catch (error) {
    say(t("optionsLoadFailed", String(error?.message ?? error)));
  }
}

main();
