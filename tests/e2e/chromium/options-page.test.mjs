// The options page is drawn from the core (its settings schema and rule
// catalogue), grouped, searchable, resettable, stores what the user changes,
// and the dialog follows it. axe finds nothing serious on it.

import { test } from "node:test";
import { createRequire } from "node:module";
import assert from "node:assert/strict";
import { readStorage, screenshot, setStorage } from "./lib/browser.mjs";
import { assertAccessible } from "../lib/axe.mjs";
import { dialog, listedRules } from "./lib/dialog.mjs";
import { withGmailAndExtension } from "./lib/gmail-suite.mjs";

const require = createRequire(import.meta.url);
const core = require("../../../pkg/node/presend.js");
let browser;
let gmail;
withGmailAndExtension((started, server) => {
  browser = started;
  gmail = server;
});

const optionsUrl = () => `chrome-extension://${browser.extensionId}/shared/options.html`;

test("every check of the core is listed under its category, with its title and reason", async () => {
  const page = await browser.context.newPage();
  await page.goto(optionsUrl());
  await page.locator("#rules li").first().waitFor();
  const listed = await page
    .locator("#rules li")
    .evaluateAll((items) =>
      items.map((item) => [item.closest("section").dataset.category, item.dataset.rule]),
    );
  // The same core built for Node (make wasm) is the reference.
  const catalogue = core.rules().map((rule) => [rule.category, rule.id]);
  assert.deepEqual([...listed].sort(), [...catalogue].sort());
  const categories = listed.map(([category]) => category);
  assert.deepEqual(
    categories,
    [...categories].sort((a, b) => categories.indexOf(a) - categories.indexOf(b)),
  );
  assert.equal(
    new Set(categories).size,
    await page.locator("#rules section.category").count(),
    "one section each",
  );
  const row = page.locator('#rules li[data-rule="forgotten-attachment"]');
  assert.equal(await row.locator(".rule-title").textContent(), "Forgotten attachment");
  assert.ok((await row.locator(".reason").textContent()).length > 10, "the reason is shown");
  await assertAccessible(page, "options page");
  await screenshot(page, "options-page-en", { fullPage: true });
  await page.close();
});

test("each check links to its guide in the reference the extension carries, in the page's language", async () => {
  await setStorage(browser.worker, { ui_lang: "ru" });
  try {
    const page = await browser.context.newPage();
    await page.goto(optionsUrl());
    const link = page.locator('#rules li[data-rule="shouting"] a.rule-link');
    await link.waitFor();
    assert.equal(await link.textContent(), "Подробнее об этой проверке");
    assert.equal(await page.locator("#rules a.rule-link").count(), core.rules().length, "one per check");
    const [guide] = await Promise.all([browser.context.waitForEvent("page"), link.click()]);
    await guide.locator("section#shouting .guide").waitFor();
    const address = new URL(guide.url());
    assert.deepEqual(
      [`${address.protocol}//${address.host}`, address.pathname, address.search, address.hash],
      [`chrome-extension://${browser.extensionId}`, "/site/rules.html", "?lang=ru", "#shouting"],
    );
    assert.equal(await guide.evaluate(() => document.documentElement.lang), "ru");
    assert.ok(!page.isClosed(), "the options page stays");
    await guide.close();
    await page.close();
  } finally {
    await setStorage(browser.worker, { ui_lang: "en" });
  }
});

test("every setting of the core is there, with its range; a number out of range is refused", async () => {
  const page = await browser.context.newPage();
  await page.goto(optionsUrl());
  await page.locator("body[data-ready]").waitFor();
  for (const setting of core.settingsSchema().filter((s) => s.scope !== "thunderbird")) {
    const control = page.locator(`#${setting.key}`);
    assert.equal(await control.count(), 1, `${setting.key} is on the page`);
    assert.equal(await page.locator(`label[for="${setting.key}"], label:has(#${setting.key})`).count(), 1);
    if (setting.type === "integer" || setting.type === "number") {
      assert.equal(await control.getAttribute("min"), String(setting.min), setting.key);
      assert.equal(await control.getAttribute("max"), String(setting.max), setting.key);
      assert.equal(await control.inputValue(), String(setting.default), setting.key);
    }
  }
  assert.equal(
    await page.locator("#tb_attachment_reminder").count(),
    0,
    "Thunderbird's own setting is not shown",
  );
  await page.fill("#reply_delay_hours", "1.5");
  await page.locator("#reply_delay_hours").dispatchEvent("change");
  await page.locator("#status", { hasText: "Saved." }).waitFor();
  assert.equal((await readStorage(browser.worker)).reply_delay_hours, 1.5, "hours may be a fraction");
  await page.fill("#line_length", "5");
  await page.locator("#line_length").dispatchEvent("change");
  await page.locator("#status", { hasText: "from 20 to 998" }).waitFor();
  assert.equal((await readStorage(browser.worker)).line_length, undefined, "nothing out of range is stored");
  // Another field saved while the number is still out of range (as the blur
  // of the field left does): its "Saved." does not hide the notice.
  await page.fill("#reply_delay_hours", "2");
  await page.locator("#reply_delay_hours").dispatchEvent("change");
  for (let i = 0; i < 100 && (await readStorage(browser.worker)).reply_delay_hours !== 2; i++)
    await page.waitForTimeout(50);
  assert.equal((await readStorage(browser.worker)).reply_delay_hours, 2, "the other field is saved");
  await page.waitForTimeout(200);
  assert.match(await page.locator("#status").textContent(), /from 20 to 998/);
  await page.fill("#line_length", "100");
  await page.locator("#line_length").dispatchEvent("change");
  await page.locator("#status", { hasText: "Saved." }).waitFor();
  assert.equal((await readStorage(browser.worker)).line_length, 100, "a corrected number is stored");
  await page.close();
});

test("the search finds settings and checks by their words; reset brings the defaults back", async () => {
  await setStorage(browser.worker, { threshold: "info", rules: { shouting: { enabled: false } } });
  const page = await browser.context.newPage();
  await page.goto(optionsUrl());
  await page.locator("body[data-ready]").waitFor();
  await page.fill("#search", "attachment");
  const shownRules = await page
    .locator("#rules li[data-rule]:visible")
    .evaluateAll((items) => items.map((item) => item.dataset.rule));
  assert.ok(shownRules.includes("forgotten-attachment"), shownRules.join());
  assert.ok(!shownRules.includes("shouting"));
  await page.fill("#search", "zzzz nothing");
  await page.locator("#no-match", { hasText: "Nothing matches" }).waitFor();
  await page.fill("#search", "");
  assert.ok((await page.locator("#rules li[data-rule]:visible").count()) > 20);

  await page.click("#reset");
  await Promise.all([page.waitForEvent("load"), page.click("#reset-yes")]);
  await page.locator("body[data-ready]").waitFor();
  const stored = await readStorage(browser.worker);
  assert.equal(stored.threshold, undefined);
  assert.equal(stored.rules, undefined);
  assert.equal(await page.inputValue("#threshold"), "warning");
  assert.equal(await page.locator('#rules li[data-rule="shouting"] input.rule-enabled').isChecked(), true);
  await page.close();
});

for (const lang of ["ru", "el"]) {
  test(`the options page in ${lang}: every label in that language`, async () => {
    await setStorage(browser.worker, { ui_lang: lang });
    const page = await browser.context.newPage();
    await page.goto(optionsUrl());
    await page.locator("body[data-ready]").waitFor();
    assert.equal(await page.locator("html").getAttribute("lang"), lang);
    const script = lang === "ru" ? /[А-Яа-яЁё]/ : /[Α-Ωα-ωά-ώ]/;
    const labels = await page.locator("label, h1, h2, h3, .description, .reason").allTextContents();
    const foreign = labels.filter((text) => text.trim() && !script.test(text));
    assert.deepEqual(foreign, [], "labels not in the chosen language");
    await assertAccessible(page, `options page (${lang})`);
    await screenshot(page, `options-page-${lang}`, { fullPage: true });
    await page.close();
    await setStorage(browser.worker, { ui_lang: "en" });
  });
}

test("raising the threshold to errors only keeps warnings out of the dialog", async () => {
  const page = await browser.context.newPage();
  await page.goto(optionsUrl());
  await page.selectOption("#threshold", "error");
  await page.locator("#status", { hasText: "Saved." }).waitFor();
  assert.equal((await readStorage(browser.worker)).threshold, "error");

  const mail = await browser.context.newPage();
  await mail.goto(gmail.url);
  const b = mail.locator('[data-compose="b"]'); // empty subject: a warning
  await b.locator('[g_editable="true"]').fill("Please find the contract attached.");
  await b.locator('[g_editable="true"]').press("Control+Enter");
  await dialog(mail).waitFor();
  const listed = await listedRules(mail);
  assert.ok(listed.includes("forgotten-attachment"));
  assert.ok(!listed.includes("missing-subject"), "the missing subject (a warning) is not listed");
  await mail.close();
  await page.close();
});

test("choosing Greek redraws the options page in Greek", async () => {
  const page = await browser.context.newPage();
  await page.goto(optionsUrl());
  await Promise.all([page.waitForEvent("load"), page.selectOption("#ui_lang", "el")]);
  await page.locator("body[data-ready]").waitFor();
  assert.equal(await page.locator("h1").textContent(), "Ρυθμίσεις presend");
  assert.equal(await page.locator("html").getAttribute("lang"), "el");
  await page.close();
});

test("settings an administrator fixed win over the user's and are shown locked", async () => {
  await setStorage(browser.worker, {
    ui_lang: "en",
    threshold: "error",
    rules: { "forgotten-attachment": { enabled: false } },
  });
  const page = await browser.context.newPage();
  // Chrome fills storage.managed only from machine-wide policy files; the
  // test stands in for that one call on this page.
  await page.addInitScript(() => {
    chrome.storage.managed.get = async () => ({
      threshold: "info",
      rules: { "forgotten-attachment": { enabled: true } },
    });
  });
  await page.goto(optionsUrl());
  await page.locator("#rules li").first().waitFor();
  assert.equal(await page.inputValue("#threshold"), "info", "the policy's value is shown");
  assert.equal(await page.isDisabled("#threshold"), true, "and cannot be changed");
  assert.match(await page.locator('[data-key="threshold"]').textContent(), /Set by your administrator/);
  const rule = page.locator('li[data-rule="forgotten-attachment"] input.rule-enabled');
  assert.equal(await rule.isChecked(), true);
  assert.equal(await rule.isDisabled(), true);
  assert.equal(await page.isDisabled("#ui_lang"), false, "what the policy leaves alone stays editable");
  await screenshot(page, "options-page-locked-by-policy");
  await page.close();
});
