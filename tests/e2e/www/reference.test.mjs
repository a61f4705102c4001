// The rule reference in real Chromium: every rule of the catalogue with its
// guide in the chosen language, contents by category, a search box, an
// anchor per rule (#<rule-id>, which the add-ons link to), and no word list
// on the page. Screenshots in tests/e2e/out/www/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { assertAccessible } from "../lib/axe.mjs";
import { LANGS, cli, latinWords, open, out, root, url } from "./site.mjs";

const catalogue = JSON.parse(cli(["rules", "--format", "json"]));
const SECTIONS = {
  en: ["What it catches", "Why it matters", "Examples", "How to change it"],
  ru: ["Что проверяет", "Почему это важно", "Примеры", "Как настроить"],
  el: ["Τι ελέγχει", "Γιατί έχει σημασία", "Παραδείγματα", "Πώς να το αλλάξετε"],
};

for (const lang of LANGS) {
  test(`the reference in ${lang}: every rule, its guide, contents by category`, async () => {
    const page = await open(`rules.html?lang=${lang}`);
    await page.waitForSelector("section.rule h4");
    const ids = await page.$$eval("main section.rule", (sections) => sections.map((s) => s.id));
    assert.deepEqual([...ids].sort(), catalogue.map((r) => r.id).sort());
    for (const rule of catalogue) {
      const section = `section.rule#${rule.id}`;
      assert.equal(await page.textContent(`${section} h3`), rule.title[lang]);
      assert.deepEqual(
        await page.$$eval(`${section} h4`, (hs) => hs.map((h) => h.textContent)),
        SECTIONS[lang],
      );
    }
    // Contents: a heading per category, a link per rule.
    const links = await page.$$eval("#toc a", (as) => as.map((a) => a.getAttribute("href")));
    assert.deepEqual([...links].sort(), catalogue.map((r) => `#${r.id}`).sort());
    assert.equal(
      await page.$$eval("#toc h3", (hs) => hs.length),
      new Set(catalogue.map((r) => r.category)).size,
    );
    if (lang !== "en") {
      // The page's own words (the guides quote letters in other languages).
      const chrome = "header, #contents, .count, .category > h2, .rule > h3, .rule .meta, .guide h4, .back";
      assert.deepEqual(await latinWords(page, chrome), []);
    }
    await page.screenshot({ path: join(out, `rules-${lang}.png`) });
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test("#<rule-id> opens at that rule, in the language asked", async () => {
  const page = await open("rules.html?lang=ru#forgotten-attachment");
  await page.waitForSelector("section.rule h4");
  await page.waitForFunction(() => document.activeElement?.id === "forgotten-attachment");
  const box = await page.$eval("#forgotten-attachment", (s) => s.getBoundingClientRect().top);
  assert.ok(box >= 0 && box < 50, `the rule is at ${box}px from the top`);
  assert.equal(await page.textContent("#forgotten-attachment h3"), "Забытое вложение");
  await page.screenshot({ path: join(out, "rules-ru-anchor.png") });
  await page.close();
});

test("the search box narrows the rules and the contents", async () => {
  const page = await open("rules.html?lang=el");
  await page.waitForSelector("section.rule h4");
  await page.fill("#search", "συνημμενο"); // without the accent
  const shown = await page.$$eval("main section.rule:not([hidden])", (s) => s.map((x) => x.id));
  assert.ok(shown.includes("forgotten-attachment"), `${shown}`);
  assert.ok(shown.length < catalogue.length / 2, `${shown.length} rules shown`);
  const toc = await page.$$eval("#toc li:not([hidden]) a", (as) =>
    as.map((a) => a.getAttribute("href").slice(1)),
  );
  assert.deepEqual(toc.sort(), [...shown].sort());
  assert.match(await page.textContent("#search-status"), /\d/);
  await page.fill("#search", "zzzz");
  assert.equal(await page.$$eval("main section.rule:not([hidden])", (s) => s.length), 0);
  assert.match(await page.textContent("#search-status"), /zzzz/);
  await page.screenshot({ path: join(out, "rules-el-search.png") });
  await page.close();
});

test("no word list on the page: no insult beyond the guide's own mild example", async () => {
  // The phrases presend looks for, from its list (comments and headings aside).
  const listed = readFileSync(join(root, "src/rules/insult.txt"), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#") && !line.startsWith("["))
    .map((line) => line.replace(/\*$/, "").toLowerCase());
  const examples = ["idiot", "идиот", "ηλίθι"];
  for (const lang of LANGS) {
    const page = await open(`rules.html?lang=${lang}`);
    await page.waitForSelector("section.rule h4");
    const text = (await page.textContent("body")).toLowerCase();
    const shown = listed.filter(
      (phrase) =>
        phrase.length > 2 &&
        !examples.some((e) => phrase.startsWith(e)) &&
        new RegExp(`(?<!\\p{L})${phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "u").test(text),
    );
    assert.deepEqual(shown, [], `${lang}: the page shows listed words`);
    await page.close();
  }
});

test("axe finds nothing serious on the reference, light and dark", async () => {
  for (const lang of LANGS) {
    for (const colorScheme of ["light", "dark"]) {
      const page = await open(`rules.html?lang=${lang}#shouting`, { colorScheme });
      await page.waitForSelector("section.rule h4");
      await page.fill("#search", lang === "en" ? "name" : lang === "ru" ? "имя" : "όνομα");
      await assertAccessible(page, `the reference (${lang}, ${colorScheme}, searched)`);
      await page.fill("#search", "");
      await assertAccessible(page, `the reference (${lang}, ${colorScheme})`);
      await page.close();
    }
  }
});

test("the page ships the licence of the word lists it took from others", async () => {
  const response = await fetch(new URL("THIRD-PARTY-NOTICES.md", url));
  assert.equal(response.status, 200);
  const text = await response.text();
  assert.match(text, /cuss 2\.2\.0/);
  assert.match(text, /Copyright \(c\) 2016 Titus Wormer/);
  assert.match(text, /The above copyright notice and this permission notice shall be/);
});
