// The add-ons' own strings (extension/shared/_locales) in en, ru and el:
// the same messages in each language, the same inserted values ($1…) in
// each, the plural forms each language needs (Intl.PluralRules), names
// Chrome accepts, and no string the code asks for that is missing — nor
// one that nothing uses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const LANGS = ["en", "ru", "el"];
const messages = Object.fromEntries(
  LANGS.map((lang) => [
    lang,
    JSON.parse(readFileSync(join(root, "extension/shared/_locales", lang, "messages.json"), "utf8")),
  ]),
);
const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseOf = (key) => key.replace(PLURAL, "");

/** The plural categories a language uses for whole numbers. */
function categories(lang) {
  const found = new Set();
  for (let n = 0; n < 200; n++) found.add(new Intl.PluralRules(lang).select(n));
  return found;
}

test("every message exists in each language, with the same inserted values", () => {
  const bases = (lang) => new Set(Object.keys(messages[lang]).map(baseOf));
  for (const lang of ["ru", "el"]) assert.deepEqual([...bases(lang)].sort(), [...bases("en")].sort(), lang);
  const holes = (text) => [...new Set(text.match(/\$[1-9]/g) ?? [])].sort().join();
  for (const key of Object.keys(messages.en)) {
    const base = baseOf(key);
    for (const lang of ["ru", "el"]) {
      const other = messages[lang][key] ?? messages[lang][`${base}_other`];
      assert.equal(holes(other.message), holes(messages.en[key].message), `${lang} ${key}`);
    }
  }
});

test("plural messages have every form the language needs (and 'other' for fractions)", () => {
  const plural = new Set(
    Object.keys(messages.en)
      .filter((key) => PLURAL.test(key))
      .map(baseOf),
  );
  assert.ok(plural.has("summary_error") && plural.has("excerptCut"));
  for (const lang of LANGS) {
    const needed = categories(lang);
    for (const base of plural) {
      const have = new Set(
        Object.keys(messages[lang])
          .filter((key) => baseOf(key) === base && PLURAL.test(key))
          .map((key) => PLURAL.exec(key)[1]),
      );
      for (const form of needed) assert.ok(have.has(form), `${lang} ${base}: form ${form}`);
      assert.ok(have.has("other"), `${lang} ${base}: form other`);
      for (const form of have)
        assert.ok(needed.has(form) || form === "other", `${lang} ${base}: form ${form}`);
    }
  }
});

test("message names are ones Chrome accepts, each with a description", () => {
  for (const lang of LANGS) {
    for (const [key, value] of Object.entries(messages[lang])) {
      assert.match(key, /^[A-Za-z0-9_@]+$/, `${lang} ${key}`);
      assert.ok(value.message, `${lang} ${key}: message`);
      assert.ok(value.description, `${lang} ${key}: description`);
    }
  }
});

/** Every .js, .html and manifest file of the add-ons. */
function sources(dir = join(root, "extension")) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "_locales" ? [] : sources(path);
    return /\.(js|html|json)$/.test(name) ? [readFileSync(path, "utf8")] : [];
  });
}

// Names put together in code from a prefix and a value.
const COMPOSED = {
  summary_: ["error", "warning", "info"],
  badge_: ["error", "warning", "info"],
  severity_: ["error", "warning", "info"],
  topic_: ["tone", "privacy", "bulk", "content", "form"],
  where_: ["subject", "body", "to", "cc", "bcc", "attachments"],
  part_: ["body", "subject", "recipients", "from", "attachments"],
};

test("every message the code asks for exists, and every message is used", () => {
  const code = sources().join("\n");
  const asked = new Set();
  for (const match of code.matchAll(/\bt\(\s*"([A-Za-z0-9_@]+)"/g)) asked.add(match[1]);
  for (const match of code.matchAll(/<[^>]*\sdata-i18n="([A-Za-z0-9_@]+)"/g)) asked.add(match[1]);
  for (const match of code.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) asked.add(match[1]);
  for (const match of code.matchAll(/plural\([^)]*?"([A-Za-z0-9_]+)"/g)) asked.add(match[1]);
  const exists = (key) => key in messages.en || `${key}_other` in messages.en;
  for (const key of asked) assert.ok(exists(key), `the code asks for "${key}"`);
  for (const [prefix, values] of Object.entries(COMPOSED)) {
    for (const value of values) assert.ok(exists(`${prefix}${value}`), `${prefix}${value}`);
  }
  const used = (key) =>
    code.includes(`"${key}"`) ||
    code.includes(`"${baseOf(key)}"`) ||
    code.includes(`__MSG_${key}__`) ||
    Object.entries(COMPOSED).some(([prefix, values]) => values.some((v) => baseOf(key) === `${prefix}${v}`));
  const unused = Object.keys(messages.en).filter((key) => !used(key));
  assert.deepEqual(unused, [], "messages nothing uses");
});
