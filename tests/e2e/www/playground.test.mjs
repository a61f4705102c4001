// The playground in real Chromium: the same findings as the CLI, drawn as
// the add-ons' dialog draws them, every word of the page in the language
// chosen at the top, the examples one click away and doing what they are
// for, quick fixes and "Ignore" working. Screenshots in tests/e2e/out/www/.
// Run by `make e2e-www` (after `make www native`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { assertAccessible } from "../lib/axe.mjs";
import { LANGS, cliFindings, latinWords, open, out, root } from "./site.mjs";

const examples = JSON.parse(readFileSync(join(root, "www/examples.json"), "utf8"));

/**
 * The draft the form holds, built by the page's own `draftFromForm` (the
 * module the page loaded, so the same instance): the fields, the time of
 * the check and the message being answered, which an example fills in.
 */
const formDraft = (page) =>
  page.evaluate(async () => {
    const { draftFromForm } = await import("./app.js");
    return draftFromForm(new FormData(document.getElementById("draft")));
  });

const shownMessages = (page) =>
  page.$$eval("#findings li.finding .message", (items) => items.map((i) => i.textContent));
const shownRules = (page) => page.$$eval("#findings li.finding", (items) => items.map((i) => i.dataset.rule));

for (const lang of LANGS) {
  test(`the page in ${lang}: CLI's findings, an example, every word in ${lang}`, async () => {
    // Opened in another language, switched at the top.
    const page = await open(`index.html?lang=${lang === "en" ? "ru" : "en"}`);
    await page.click(`.lang-switch button[value=${lang}]`);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    assert.equal(await page.getAttribute(`.lang-switch button[value=${lang}]`, "aria-pressed"), "true");
    assert.match(page.url(), new RegExp(`[?&]lang=${lang}`));

    // The angry reply in this language, one click away.
    await page.click('#example-buttons button[data-situation="angry-reply"]');
    const draft = await formDraft(page);
    const expected = cliFindings(draft, lang)
      .map((f) => f.message)
      .sort();
    assert.ok(expected.length >= 3, `the example gives ${expected.length} findings`);
    assert.deepEqual((await shownMessages(page)).sort(), expected);

    // The summary line and the folded reasons, as in the dialog.
    const summary = await page.textContent("#summary");
    assert.match(summary, /\d/);
    assert.ok((await page.$$("#findings details.why")).length > 0);

    if (lang !== "en") {
      assert.deepEqual(await latinWords(page), [], "words left in English");
    }
    await page.screenshot({ path: join(out, `playground-${lang}.png`), fullPage: true });
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test("each example, in each language, shows the finding it is there for", async () => {
  const page = await open("index.html?lang=en");
  for (const example of examples.examples) {
    await page.selectOption("#example-lang", example.lang);
    await page.click(`#example-buttons button[data-situation="${example.situation}"]`);
    const rules = await shownRules(page);
    for (const rule of example.expect) {
      assert.ok(
        rules.includes(rule),
        `${example.situation} (${example.lang}): ${rule} not shown, only ${rules}`,
      );
    }
  }
  await page.close();
});

test("the language chosen stays when the page is opened again", async () => {
  const page = await open("index.html");
  await page.click(".lang-switch button[value=el]");
  await page.waitForFunction(() => document.documentElement.lang === "el");
  await page.goto(page.url().replace(/\?.*$/, ""));
  await page.waitForFunction(() => document.getElementById("version").textContent !== "");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "el");
  assert.equal(await page.textContent("h1"), "Δοκιμάστε το presend σε ένα μήνυμα");
  await page.close();
});

test("a quick fix changes the letter as suggested, and Ignore hides a finding", async () => {
  const page = await open("index.html?lang=ru");
  await page.fill("[name=body]", "Подпишите, пожалуйста, договор в в пятницу.");
  await page.click("#findings button.fix");
  assert.equal(await page.inputValue("[name=body]"), "Подпишите, пожалуйста, договор в пятницу.");

  await page.fill("[name=subject]", "");
  assert.ok((await shownRules(page)).includes("missing-subject"));
  await page.click('#findings li.card:has(li[data-rule="missing-subject"]) button.ignore');
  assert.ok(!(await shownRules(page)).includes("missing-subject"));
  await page.close();
});

test("a rule's “more about this check” opens its guide in the reference, in the page's language", async () => {
  const page = await open("index.html?lang=el");
  await page.click("#findings li.card details.why summary");
  const href = await page.getAttribute("#findings li.card details.why a", "href");
  assert.match(href, /^rules\.html\?lang=el#[a-z-]+$/);
  await page.close();
});

test("axe finds nothing serious on the playground, light and dark, reasons unfolded", async () => {
  for (const lang of LANGS) {
    for (const colorScheme of ["light", "dark"]) {
      const page = await open(`index.html?lang=${lang}`, { colorScheme });
      await page.click('#example-buttons button[data-situation="bad-news"]');
      await page.$$eval("#findings details", (all) => all.forEach((d) => (d.open = true)));
      await assertAccessible(page, `the playground (${lang}, ${colorScheme})`);
      if (colorScheme === "dark" && lang === "en") {
        await page.screenshot({ path: join(out, "playground-en-dark.png"), fullPage: true });
      }
      await page.close();
    }
  }
});

test("a pasted letter with thousands of findings: sixty drawn, the rest counted, no rule hidden", async () => {
  const page = await open("index.html?lang=en");
  const body =
    "Dear Bob,\n\n" +
    "The the report is late. ".repeat(4000) +
    "\n\nYou are an idiot and this is UNACCEPTABLE!!!\n\nAlice";
  // Pasted in one go, as a user would paste it.
  const drawnMs = await page.locator("[name=body]").evaluate((textarea, text) => {
    const started = performance.now();
    textarea.value = text;
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
    return new Promise((resolve) =>
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started))),
    );
  }, body);
  const found = cliFindings(await formDraft(page), "en");
  assert.ok(found.length > 4000, `premise: thousands of findings (${found.length})`);
  const rules = await shownRules(page);
  assert.equal(rules.length, 60, "sixty findings drawn");
  for (const rule of new Set(found.map((f) => f.rule))) assert.ok(rules.includes(rule), `${rule} drawn`);
  assert.equal(
    await page.textContent("#findings .more-findings"),
    `… and ${found.length - 60} more`,
    "the rest counted under them",
  );
  // The summary line counts every finding, drawn or not.
  const counted = (await page.textContent("#summary")).split(":")[0].match(/\d+/g).map(Number);
  assert.equal(
    counted.reduce((sum, n) => sum + n, 0),
    found.length,
  );
  await page.screenshot({ path: join(out, "playground-many-findings.png") });
  console.log(`# ${found.length} findings: drawn ${drawnMs.toFixed(0)} ms after the paste`);
  await page.close();
});
