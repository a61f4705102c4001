// The options page is drawn from the core's rule catalogue, stores what the
// user changes, and the dialog follows it.

import { test } from "node:test";
import { createRequire } from "node:module";
import assert from "node:assert/strict";
import { readStorage, screenshot, setStorage } from "./lib/browser.mjs";
import { dialog, listedRules } from "./lib/dialog.mjs";
import { withGmailAndExtension } from "./lib/gmail-suite.mjs";

const require = createRequire(import.meta.url);
let browser;
let gmail;
withGmailAndExtension((started, server) => {
  browser = started;
  gmail = server;
});

const optionsUrl = () => `chrome-extension://${browser.extensionId}/shared/options.html`;

test("every rule of the core is listed with its title and reason", async () => {
  const page = await browser.context.newPage();
  await page.goto(optionsUrl());
  await page.locator("#rules li").first().waitFor();
  const listed = await page
    .locator("#rules li")
    .evaluateAll((items) => items.map((item) => item.dataset.rule));
  // The same core built for Node (make wasm) is the reference.
  const catalogue = require("../../../pkg/node/presend.js")
    .rules()
    .map((rule) => rule.id);
  assert.deepEqual(listed, catalogue);
  assert.ok(listed.includes("forgotten-attachment"));
  const row = page.locator('#rules li[data-rule="forgotten-attachment"]');
  assert.equal(await row.locator(".rule-title").textContent(), "Forgotten attachment");
  assert.ok((await row.locator(".reason").textContent()).length > 10, "the reason is shown");
  await screenshot(page, "options-page-en");
  await page.close();
});

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
  await page.locator("#rules li").first().waitFor();
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
