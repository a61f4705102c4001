// The dialog as people see it: in each interface language, in light and dark
// mode, over each client — fully inside the window, nothing cut off, and
// drawn in the chosen language. Screenshots go to tests/e2e/out/screenshots/
// for a person to look at. (With one finding and with ten: dialog-sizes.)

import { after, test } from "node:test";
import assert from "node:assert/strict";
import { launchWithExtension, screenshot } from "./lib/browser.mjs";
import { assertFullyVisible, dialog } from "./lib/dialog.mjs";
import { startGmailLookalike } from "./lib/gmail-server.mjs";
import { clickSend, openCompose, writeDraft } from "./lib/roundcube.mjs";

const DRAFTS = {
  en: {
    subject: "",
    body: "Hello Bob,\n\nPlease find the contract attached.\n\nThanks thanks,\nAlice",
    title: "Before you send",
  },
  ru: {
    subject: "",
    body: "Добрый день!\n\nДоговор во вложении.\n\nСпасибо спасибо",
    title: "Перед отправкой",
  },
  el: { subject: "", body: "Καλημέρα,\n\nΣας επισυνάπτω το συμβόλαιο.\n\nΕυχαριστώ", title: "Πριν στείλετε" },
};

const open = [];
after(async () => {
  for (const closable of open) await closable.close();
});

for (const [lang, colorScheme] of [
  ["en", "dark"],
  ["ru", "light"],
  ["el", "dark"],
]) {
  test(`Roundcube: the dialog in ${lang}, ${colorScheme} mode`, async () => {
    const browser = await launchWithExtension({ storage: { ui_lang: lang }, colorScheme });
    open.push(browser);
    const page = await openCompose(browser.context, "plain");
    await writeDraft(page, { to: "bob@example.org", ...DRAFTS[lang] }, "plain");
    await clickSend(page);
    await dialog(page).waitFor();
    assert.equal(await dialog(page).locator("h2").textContent(), DRAFTS[lang].title);
    assert.equal(await dialog(page).getAttribute("lang"), lang);
    await assertFullyVisible(page);
    await screenshot(page, `roundcube-dialog-${lang}-${colorScheme}`);
  });
}

test("Gmail look-alike: the dialog in dark mode in a small window", async () => {
  const gmail = await startGmailLookalike();
  open.push(gmail);
  const browser = await launchWithExtension({ colorScheme: "dark" });
  open.push(browser);
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(gmail.url);
  const b = page.locator('[data-compose="b"]');
  await b.locator('[g_editable="true"]').fill(DRAFTS.en.body);
  await b.locator('[g_editable="true"]').press("Control+Enter");
  await dialog(page).waitFor();
  await assertFullyVisible(page);
  const background = await dialog(page).evaluate((element) => getComputedStyle(element).backgroundColor);
  assert.equal(background, "rgb(31, 35, 40)", "the dialog follows dark mode");
  await screenshot(page, "gmail-dialog-en-dark-small");
});
