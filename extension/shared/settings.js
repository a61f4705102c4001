// The settings model shared by both add-ons. Stored settings are the core's
// Config plus the add-ons' own keys (see extension/README.md). Precedence:
// defaults < storage.local < storage.managed; keys set by storage.managed
// are "locked" (an administrator's policy) and the options page shows them so.

import { defaultCoreConfig } from "./checker.js";
import { readPolicy, withoutPolicyCopy } from "./policy.js";

const ext = globalThis.browser ?? globalThis.chrome;

/**
 * The add-ons' own keys and their defaults (the core describes each of them
 * in settingsSchema(); tests/node/settings-schema.test.mjs holds the two
 * together). Written here too so they work when the core fails to load.
 */
export const ADDON_DEFAULTS = Object.freeze({
  threshold: "warning",
  only_external: false,
  sites: {},
  check_timeout_ms: 3000,
  tb_attachment_reminder: true,
});

/** The Config keys passed to the core's check(). */
export const CORE_KEYS = Object.freeze([
  "ui_lang",
  "rules",
  "internal_domains",
  "reply_delay_hours",
  "bulk_recipients",
  "line_length",
  "max_words",
  "vy_style",
]);

export const UI_LANGS = Object.freeze(["en", "ru", "el"]);
export const SEVERITIES = Object.freeze(["error", "warning", "info"]);

/** The interface language the browser prefers, if presend speaks it. */
function browserLang() {
  const lang = (ext?.i18n?.getUILanguage?.() || globalThis.navigator?.language || "en")
    .slice(0, 2)
    .toLowerCase();
  return UI_LANGS.includes(lang) ? lang : "en";
}

async function readArea(area) {
  try {
    return (await ext.storage[area].get(null)) ?? {};
  } catch {
    return {}; // an area that cannot be read holds nothing presend can use
  }
}

// `rules` merges per rule, so a policy on one rule leaves the others alone.
function merge(base, over) {
  const out = { ...base, ...over };
  if (base.rules || over.rules) {
    out.rules = { ...(base.rules ?? {}) };
    for (const [id, value] of Object.entries(over.rules ?? {})) {
      out.rules[id] = { ...(out.rules[id] ?? {}), ...value };
    }
  }
  return out;
}

/**
 * What the user set (storage.local) and what a policy set (storage.managed,
 * not waited for: see policy.js), as `loadSettings` takes them.
 */
export async function readStoredAreas() {
  const [local, managed] = await Promise.all([readArea("local"), readPolicy()]);
  return { local: withoutPolicyCopy(local), managed };
}

/**
 * Loads the effective settings; `areas` ({ local, managed }), if given, are
 * the two storage areas read already.
 * @returns {Promise<{values: object, locked: Set<string>, lockedRules: Set<string>}>}
 *   `locked` holds top-level keys set by policy, `lockedRules` rule IDs whose
 *   settings come from policy.
 */
export async function loadSettings(areas = null) {
  // Without the core (it failed to load) the add-on's own keys still work.
  const [core, { local = {}, managed = {} }] = await Promise.all([
    defaultCoreConfig().catch(() => ({})),
    areas ?? readStoredAreas(),
  ]);
  const defaults = merge({ ...core, ui_lang: browserLang() }, ADDON_DEFAULTS);
  const values = merge(merge(defaults, local), managed);
  const locked = new Set(Object.keys(managed).filter((key) => key !== "rules"));
  const lockedRules = new Set(Object.keys(managed.rules ?? {}));
  return { values, locked, lockedRules };
}

/** Writes `patch` over storage.local (top-level keys replace, `rules` merges). */
export async function saveSettings(patch) {
  const local = await readArea("local");
  await ext.storage.local.set(merge(local, patch));
}

/**
 * Back to the defaults: everything the user set goes, except the per-site
 * switches of Chrome's toolbar popup (not shown on the options page).
 */
export async function resetSettings() {
  const { sites } = await readArea("local");
  await ext.storage.local.clear();
  if (sites && Object.keys(sites).length) await ext.storage.local.set({ sites });
}

/** Turns one rule on or off ("Turn off this check" in the dialog, its undo, the options page). */
export function setRuleEnabled(ruleId, enabled) {
  return saveSettings({ rules: { [ruleId]: { enabled } } });
}

/** Turns presend on or off for one web site origin (Chrome's toolbar popup). */
export async function setSiteEnabled(origin, enabled) {
  const { sites = {} } = await readArea("local");
  const next = { ...sites };
  if (enabled) delete next[origin];
  else next[origin] = false;
  await ext.storage.local.set({ sites: next });
}

export function isSiteEnabled(values, origin) {
  return values.sites?.[origin] !== false;
}

/** The part of the settings the core's check() takes. */
export function coreConfig(values) {
  return Object.fromEntries(CORE_KEYS.filter((key) => key in values).map((key) => [key, values[key]]));
}
