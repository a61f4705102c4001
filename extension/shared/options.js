// The options page of both add-ons, drawn from the core: the settings from
// settingsSchema() (titles, descriptions, ranges, defaults in each
// language), the checks from rules(), grouped by category with their
// reasons. Changes are stored in storage.local at once; settings an
// administrator fixed through storage.managed are shown disabled. A search
// filters both; "Checks you turned off" lists what the dialog's "Turn off
// this check" switched off, each with its undo; "Reset to defaults" clears
// what the user set (the per-site switches stay).

import { loadStrings, localize } from "./i18n.js";
import { ruleCatalogue, settingsSchema } from "./checker.js";
import { CATEGORIES, elementMaker } from "./findings-view.js";
import { ruleReferencePath } from "./protocol.js";
import { SEVERITIES, loadSettings, resetSettings, saveSettings, setRuleEnabled } from "./settings.js";

const $ = (id) => document.getElementById(id);
let t = (key) => key;
let uiLang = "en";

// Headings of the setting groups (their ids come from the core).
const GROUP_TITLES = {
  "when-to-warn": "optionsWhenToWarn",
  organisation: "optionsOrganisation",
  letters: "optionsLetters",
  language: "optionsLanguage",
};
const isThunderbird = Boolean(globalThis.messenger?.compose);

const el = elementMaker(document);

const inLang = (text) => text?.[uiLang] ?? text?.en ?? "";

function say(text) {
  $("status").textContent = text;
}

async function save(patch) {
  await saveSettings(patch);
  // A number out of range keeps its notice until it is corrected: a save of
  // another field (the blur of the last one edited) must not hide it.
  if (!document.querySelector('#settings [aria-invalid="true"]')) say(t("optionsSaved"));
}

function lockedNote(isLocked) {
  return isLocked ? el("span", { class: "locked-note", text: t("optionsLocked") }) : null;
}

// --- settings --------------------------------------------------------------

/** The form control of one setting, and how to read it back (null: invalid). */
function control(setting, value) {
  const id = setting.key;
  switch (setting.type) {
    case "boolean": {
      const input = el("input", { type: "checkbox", id });
      input.checked = Boolean(value);
      return { input, read: () => input.checked };
    }
    case "integer":
    case "number": {
      const input = el("input", {
        type: "number",
        id,
        min: setting.min,
        max: setting.max,
        step: setting.type === "integer" ? 1 : "any",
        inputmode: setting.type === "integer" ? "numeric" : "decimal",
      });
      input.value = value ?? setting.default;
      const read = () => {
        const number = Number(input.value);
        const ok =
          input.value.trim() !== "" &&
          Number.isFinite(number) &&
          number >= setting.min &&
          number <= setting.max &&
          (setting.type === "number" || Number.isInteger(number));
        input.setAttribute("aria-invalid", String(!ok));
        if (!ok) say(t("optionsOutOfRange", inLang(setting.title), setting.min, setting.max));
        return ok ? number : null;
      };
      return { input, read };
    }
    case "choice": {
      const input = el("select", { id });
      for (const choice of setting.choices) {
        const option = el("option", { value: choice.value, text: inLang(choice.title) });
        if (setting.key === "ui_lang") option.lang = choice.value;
        input.append(option);
      }
      input.value = value ?? setting.default;
      return { input, read: () => input.value };
    }
    case "domains": {
      const input = el("textarea", { id, rows: 3, spellcheck: "false" });
      input.value = (value ?? []).join("\n");
      const read = () =>
        input.value
          .split(/[\s,;]+/)
          .map((domain) => domain.trim().toLowerCase().replace(/^@/, ""))
          .filter(Boolean);
      return { input, read };
    }
    default:
      return null;
  }
}

function settingRow(setting, values, locked) {
  const made = control(setting, values[setting.key]);
  if (!made) return null;
  const { input, read } = made;
  const isLocked = locked.has(setting.key);
  input.disabled = isLocked;
  const descriptionId = `${setting.key}-description`;
  input.setAttribute("aria-describedby", descriptionId);
  const title = inLang(setting.title);
  const description = el("p", { class: "description", id: descriptionId, text: inLang(setting.description) });
  const label =
    setting.type === "boolean"
      ? el("label", { class: "check" }, input, " ", el("span", { text: title }))
      : el("label", { for: setting.key, text: title });
  const row = el(
    "div",
    {
      class: `row ${setting.type}`,
      "data-key": setting.key,
      "data-search": `${title} ${description.textContent}`,
    },
    el("div", { class: "field" }, label, setting.type === "boolean" ? null : input, lockedNote(isLocked)),
    description,
  );
  input.addEventListener("change", async () => {
    const value = read();
    if (value === null) return;
    await save({ [setting.key]: value });
    if (setting.key === "ui_lang") location.reload();
  });
  return row;
}

function drawSettings(schema, values, locked) {
  const shown = schema.filter((setting) => setting.scope !== "thunderbird" || isThunderbird);
  const groups = [...new Set(shown.map((setting) => setting.group))];
  $("settings").replaceChildren(
    ...groups.map((group) => {
      const headingId = `group-${group}`;
      return el(
        "section",
        { class: "group", "data-group": group, "aria-labelledby": headingId },
        el("h2", { id: headingId, text: t(GROUP_TITLES[group] ?? group) }),
        ...shown
          .filter((setting) => setting.group === group)
          .map((setting) => settingRow(setting, values, locked)),
      );
    }),
  );
}

// --- checks --------------------------------------------------------------------

function ruleRow(rule, setting, isLocked) {
  const title = inLang(rule.title) || rule.id;
  const enabled = el("input", { type: "checkbox", class: "rule-enabled", id: `rule-${rule.id}` });
  enabled.checked = setting?.enabled !== false;
  enabled.disabled = isLocked;
  enabled.addEventListener("change", async () => {
    await setRuleEnabled(rule.id, enabled.checked);
    say(t("optionsSaved"));
    await refreshTurnedOff();
  });
  const severity = el("select", {
    class: "rule-severity",
    "aria-label": `${t("optionsRuleSeverity")}: ${title}`,
  });
  for (const level of SEVERITIES)
    severity.append(el("option", { value: level, text: t(`severity_${level}`) }));
  severity.value = setting?.severity ?? rule.severity;
  severity.disabled = isLocked;
  severity.addEventListener("change", () => save({ rules: { [rule.id]: { severity: severity.value } } }));
  const reason = inLang(rule.reason);
  return el(
    "li",
    { "data-rule": rule.id, "data-search": `${title} ${reason} ${rule.id}` },
    el(
      "div",
      { class: "rule-head" },
      el("label", { class: "check" }, enabled, " ", el("span", { class: "rule-title", text: title })),
      lockedNote(isLocked),
      // The ID is what an administrator's policy names.
      el("code", { text: rule.id }),
      severity,
    ),
    el("p", { class: "reason" }, reason, " ", guideLink(rule.id, title)),
  );
}

/**
 * "More about this check": the rule's guide in the reference the add-on
 * carries (site/, offline), opened in a tab of its own so the options stay.
 */
function guideLink(ruleId, title) {
  const href = new URL(`../${ruleReferencePath(ruleId, uiLang)}`, location.href).href;
  return el("a", {
    class: "rule-link",
    href,
    target: "_blank",
    "aria-label": `${t("moreAboutRule")}: ${title}`,
    text: t("moreAboutRule"),
    onclick: (event) => {
      const tabs = (globalThis.messenger ?? globalThis.chrome)?.tabs;
      if (!tabs) return;
      event.preventDefault();
      tabs.create({ url: href });
    },
  });
}

function drawRules(rules, values, lockedRules) {
  const categories = [...CATEGORIES, ...new Set(rules.map((rule) => rule.category))].filter(
    (category, index, all) =>
      all.indexOf(category) === index && rules.some((rule) => rule.category === category),
  );
  $("rules").replaceChildren(
    ...categories.map((category) => {
      const headingId = `category-${category}`;
      return el(
        "section",
        { class: "category", "data-category": category, "aria-labelledby": headingId },
        el("h3", { id: headingId, text: t(`topic_${category}`) }),
        el(
          "ul",
          {},
          ...rules
            .filter((rule) => rule.category === category)
            .map((rule) => ruleRow(rule, values.rules?.[rule.id], lockedRules.has(rule.id))),
        ),
      );
    }),
  );
}

// --- checks turned off, with their undo -------------------------------------------

let catalogue = [];

async function refreshTurnedOff() {
  const { values, lockedRules } = await loadSettings();
  const off = catalogue.filter(
    (rule) => values.rules?.[rule.id]?.enabled === false && !lockedRules.has(rule.id),
  );
  const section = $("turned-off");
  section.hidden = off.length === 0;
  section.querySelector("ul").replaceChildren(
    ...off.map((rule) => {
      const title = inLang(rule.title) || rule.id;
      return el(
        "li",
        { "data-rule": rule.id },
        el("span", { text: title }),
        " ",
        el("button", {
          type: "button",
          class: "turn-on",
          text: t("optionsTurnOn"),
          "aria-label": `${t("optionsTurnOn")}: ${title}`,
          onclick: async () => {
            await setRuleEnabled(rule.id, true);
            const box = document.querySelector(`#rules li[data-rule="${rule.id}"] input.rule-enabled`);
            if (box) box.checked = true;
            // The list first, then the word that it is done: the status
            // tells of a page already settled.
            await refreshTurnedOff();
            say(t("optionsTurnedOn", title));
          },
        }),
      );
    }),
  );
}

// --- search and reset ---------------------------------------------------------------

function search(query) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  let any = false;
  for (const item of document.querySelectorAll("[data-search]")) {
    const text = item.dataset.search.toLowerCase();
    const match = words.every((word) => text.includes(word));
    item.hidden = !match;
    any ||= match;
  }
  for (const group of document.querySelectorAll("section.group, section.category")) {
    group.hidden = ![...group.querySelectorAll("[data-search]")].some((item) => !item.hidden);
  }
  const none = $("no-match");
  none.hidden = any || words.length === 0;
  none.textContent = none.hidden ? "" : t("optionsNoMatch", query.trim());
}

function bindReset() {
  const confirm = $("reset-confirm");
  $("reset").addEventListener("click", () => {
    confirm.hidden = false;
    $("reset-no").focus();
  });
  $("reset-no").addEventListener("click", () => {
    confirm.hidden = true;
    $("reset").focus();
  });
  $("reset-yes").addEventListener("click", async () => {
    await resetSettings();
    location.reload();
  });
}

async function main() {
  const { values, locked, lockedRules } = await loadSettings();
  uiLang = values.ui_lang || "en";
  t = await loadStrings(uiLang);
  document.documentElement.lang = uiLang;
  localize(document, t);
  document.title = t("optionsTitle");
  $("search").addEventListener("input", (event) => search(event.target.value));
  bindReset();
  try {
    const [schema, rules] = await Promise.all([settingsSchema(), ruleCatalogue()]);
    catalogue = rules;
    drawSettings(schema, values, locked);
    drawRules(rules, values, lockedRules);
    await refreshTurnedOff();
  } catch (error) {
    say(t("optionsLoadFailed", String(error?.message ?? error)));
  }
  document.body.dataset.ready = "true";
}

main();
