// The settings are described once, by the core (src/settings.rs, exposed as
// settingsSchema()); the add-ons' settings model and the Chrome policy
// schema must say the same, and a change to one without the other fails here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const core = createRequire(import.meta.url)(join(root, "pkg/node/presend.js"));
const schema = core.settingsSchema();
const policy = JSON.parse(readFileSync(join(root, "extension/chrome/managed_schema.json"), "utf8"));

// settings.js imports the WASM build for the web; only its constants are read here.
const settingsSource = readFileSync(join(root, "extension/shared/settings.js"), "utf8");
const constant = (name) => {
  const match = new RegExp(`export const ${name} = Object\\.freeze\\(([\\s\\S]*?)\\);`).exec(settingsSource);
  assert.ok(match, `settings.js exports ${name}`);
  return Function(`"use strict"; return (${match[1]});`)();
};
const ADDON_DEFAULTS = constant("ADDON_DEFAULTS");
const CORE_KEYS = constant("CORE_KEYS");

// Structured keys described elsewhere: per-rule settings (the rule
// catalogue) and Chrome's per-site switches (the toolbar popup).
const STRUCTURED = ["rules", "sites"];

test("every setting has a title and a description in each language, and a default", () => {
  assert.ok(schema.length >= 10);
  for (const setting of schema) {
    for (const lang of ["en", "ru", "el"]) {
      assert.ok(setting.title[lang], `${setting.key}: title in ${lang}`);
      assert.ok(setting.description[lang], `${setting.key}: description in ${lang}`);
    }
    assert.notEqual(setting.default, undefined, setting.key);
  }
  for (const key of ["bulk_recipients", "line_length", "max_words"]) {
    assert.ok(
      schema.some((setting) => setting.key === key),
      `${key} is a setting`,
    );
  }
});

test("the core's settings are the keys settings.js passes to check(), with the core's defaults", () => {
  const coreKeys = schema.filter((setting) => setting.scope === "core").map((setting) => setting.key);
  assert.deepEqual([...CORE_KEYS].sort(), [...coreKeys, "rules"].sort());
  const defaults = core.defaultConfig();
  for (const setting of schema.filter((s) => s.scope === "core")) {
    assert.deepEqual(setting.default, defaults[setting.key], setting.key);
  }
});

test("the add-ons' own settings have the same defaults in settings.js", () => {
  const own = schema.filter((setting) => setting.scope !== "core");
  assert.deepEqual(
    Object.keys(ADDON_DEFAULTS)
      .filter((key) => !STRUCTURED.includes(key))
      .sort(),
    own.map((setting) => setting.key).sort(),
  );
  for (const setting of own) assert.deepEqual(ADDON_DEFAULTS[setting.key], setting.default, setting.key);
});

/** The policy schema a setting should have. */
function policyOf(setting) {
  switch (setting.type) {
    case "boolean":
      return { type: "boolean" };
    case "integer":
      return { type: "integer", minimum: setting.min, maximum: setting.max };
    case "number":
      // Chrome refuses to load an extension whose policy schema gives a
      // "number" a minimum or maximum (integers only); the core checks the
      // range when it reads the configuration.
      return { type: "number" };
    case "choice":
      return { type: "string", enum: setting.choices.map((choice) => choice.value) };
    case "domains":
      return { type: "array", items: { type: "string" } };
    default:
      throw new Error(`no policy form for ${setting.type}`);
  }
}

test("Chrome's policy schema describes every setting the way the core does", () => {
  const chromeSettings = schema.filter((setting) => setting.scope !== "thunderbird");
  assert.deepEqual(
    Object.keys(policy.properties).sort(),
    [...chromeSettings.map((setting) => setting.key), ...STRUCTURED].sort(),
  );
  for (const setting of chromeSettings) {
    assert.deepEqual(policy.properties[setting.key], policyOf(setting), setting.key);
  }
  assert.equal(policy.properties.reply_delay_hours.type, "number", "hours may be a fraction");
  const severities = policy.properties.rules.additionalProperties.properties.severity.enum;
  assert.deepEqual(severities, ["error", "warning", "info"]);
});
