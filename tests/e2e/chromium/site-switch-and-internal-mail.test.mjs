// Settings that let mail through without a check: presend switched off for a
// site (the toolbar popup's switch), and "only check mail to external
// recipients" for mail that stays inside the organisation.

import { test } from "node:test";
import assert from "node:assert/strict";
import { setStorage } from "./lib/browser.mjs";
import { dialog } from "./lib/dialog.mjs";
import { withGmailAndExtension } from "./lib/gmail-suite.mjs";

let browser;
let gmail;
withGmailAndExtension((started, server) => {
  browser = started;
  gmail = server;
});

/**
 * Ctrl+Enter on compose window b ("attached" without a file), signed in as
 * `account`, to carol@example.net or, if given, to `to` typed instead.
 */
async function sendContractDraft({ account = "me@example.com", to } = {}) {
  gmail.sent.length = 0;
  const page = await browser.context.newPage();
  await page.goto(`${gmail.url}?account=${encodeURIComponent(account)}`);
  const b = page.locator('[data-compose="b"]');
  if (to) {
    await b.locator('[name="to"] [data-hovercard-id]').evaluate((chip) => chip.remove());
    await b.locator('[name="to"] input[peoplekit-id]').fill(to);
  }
  await b.locator('input[name="subjectbox"]').fill("Contract");
  await b.locator('[g_editable="true"]').fill("Please find the contract attached.");
  await b.locator('[g_editable="true"]').press("Control+Enter");
  return page;
}

async function sentWithoutDialog(page) {
  await page.waitForFunction(() => !document.querySelector('[data-compose="b"]'), null, { timeout: 5000 });
  assert.equal(await dialog(page).count(), 0, "no dialog");
  assert.deepEqual(
    gmail.sent.map((m) => m.compose),
    ["b"],
  );
}

test("with presend switched off for the site, the draft is sent without a dialog", async () => {
  await setStorage(browser.worker, { sites: { [new URL(gmail.url).origin]: false } });
  const page = await sendContractDraft();
  await sentWithoutDialog(page);
  await page.close();
  await setStorage(browser.worker, { sites: {} });
});

test("switched back on, the same draft opens the dialog", async () => {
  const page = await sendContractDraft();
  await dialog(page).waitFor();
  assert.deepEqual(gmail.sent, []);
  await page.close();
});

test("checking only external mail lets a draft to an internal domain go without a dialog", async () => {
  await setStorage(browser.worker, { only_external: true, internal_domains: ["example.net"] });
  const page = await sendContractDraft();
  await sentWithoutDialog(page);
  await page.close();
  await setStorage(browser.worker, { only_external: true, internal_domains: [] });
  const external = await sendContractDraft();
  await dialog(external).waitFor();
  await external.close();
});

// Who is inside is the core's decision (hasExternalRecipient), with the
// sender taken from the signed-in account: Gmail leaves input[name=from]
// empty for an account with one address.
test("only external mail: a Gmail user writing to a client at Gmail is checked", async () => {
  await setStorage(browser.worker, { only_external: true, internal_domains: [] });
  const page = await sendContractDraft({ account: "ann@gmail.com", to: "client@gmail.com" });
  await dialog(page).waitFor();
  assert.deepEqual(gmail.sent, []);
  await page.close();
});

test("only external mail: a colleague at the account's own domain is not checked", async () => {
  await setStorage(browser.worker, { only_external: true, internal_domains: [] });
  const page = await sendContractDraft({ account: "me@example.net" }); // to carol@example.net
  await sentWithoutDialog(page);
  assert.equal(
    await page.evaluate(() => document.documentElement.getAttribute("data-presend-account")),
    "me@example.net",
    "read from the page's GLOBALS[10] by the main-world script",
  );
  await page.close();
});

test("only external mail: a subdomain of a domain configured as @example.net is inside", async () => {
  await setStorage(browser.worker, { only_external: true, internal_domains: ["@example.net"] });
  const page = await sendContractDraft({ account: "ann@gmail.com", to: "dan@mail.example.net" });
  await sentWithoutDialog(page);
  await page.close();
  await setStorage(browser.worker, { only_external: false, internal_domains: [] });
});

test("the toolbar popup opens and offers the options", async () => {
  const page = await browser.context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  // Ready once the settings are read and the page's words written in.
  await page.locator("body[data-ready]").waitFor();
  assert.equal(await page.locator("#open-options").textContent(), "Options");
  // Opened as a tab it has no web page to switch; it says where it works.
  assert.match(await page.locator("#no-site").textContent(), /Gmail, Outlook, Yandex Mail, Mail.ru/);
  assert.deepEqual(errors, []);
  await page.close();
});
