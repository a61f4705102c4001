// A web mail presend was never written for (generic-lookalike/: a plain
// page with labelled fields, a contenteditable and an "Отправить" button),
// turned on from the toolbar popup: until then presend leaves it alone;
// after, the generic adapter checks what the user typed there, by the
// button and by Ctrl+Enter, reads the labelled recipients and subject, and
// writes a quick fix back; turned off again, the mail goes out unchecked.
// The tests run in order: the second turns the site on for the ones after.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launchWithExtension, screenshot } from "./lib/browser.mjs";
import { dialog, fixButton, goBackButton, listedRules, notice, sendAnywayButton } from "./lib/dialog.mjs";
import { startLookalike, waitForSent } from "./lib/lookalike-server.mjs";
import { openPopupFor, siteStatus, siteSwitch, switchSite } from "./lib/site-switch.mjs";

let browser;
let server;

before(async () => {
  server = await startLookalike("generic");
  browser = await launchWithExtension();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open() {
  server.sent.length = 0;
  const page = await browser.context.newPage();
  await page.goto(server.url);
  return page;
}

/** Fills the letter as a user would: To, Тема, then the message area. */
async function write(page, { to, subject, text }) {
  await page.getByLabel("Кому").fill(to);
  await page.getByLabel("Тема").fill(subject);
  await page.locator(".message").fill(text);
}

const clean = {
  to: "olga@example.org",
  subject: "Отчёт",
  text: "Здравствуйте, Ольга!\n\nОтчёт готов.\n\nИван",
};

test("before the site is turned on, presend leaves it alone and the popup offers the switch", async () => {
  const page = await open();
  const popup = await openPopupFor(browser, page);
  assert.equal(await siteSwitch(popup).isChecked(), false);
  assert.match(
    await popup.locator("#site-label").textContent(),
    new RegExp(`Check mail sent from ${new URL(server.url).host}`),
  );
  assert.match(await siteStatus(popup).textContent(), /Chrome asks you/);
  await popup.close();
  await write(page, { ...clean, text: "Здравствуйте, Ольга!\n\nОтчёт готов, спасибо за за помощь.\n\nИван" });
  await page.getByRole("button", { name: "Отправить" }).click();
  const sent = await waitForSent(server, 1);
  assert.equal(sent.length, 1, "sent at once");
  assert.equal(await dialog(page).count(), 0, "no dialog");
  await page.close();
});

test("turned on in the popup, the open page is checked at once: labelled recipients and subject are read, an address fix is written back", async () => {
  const page = await open();
  const status = await switchSite(browser, page, true);
  assert.match(status, /presend checks the text you type on this site/);
  await write(page, { to: "olga@yandex.ry", subject: "", text: clean.text });
  await page.getByRole("button", { name: "Отправить" }).click();
  await dialog(page).waitFor();
  const rules = await listedRules(page);
  assert.ok(rules.includes("recipient-typo"), `the To field was read (got ${rules})`);
  assert.ok(rules.includes("missing-subject"), `the Тема field was read (got ${rules})`);
  const unread = await dialog(page).locator("p.unread").innerText();
  assert.match(unread, /the sender/);
  assert.match(unread, /the attachments/);
  assert.doesNotMatch(unread, /recipients|subject/);
  await screenshot(page, "generic-dialog");
  // The address fix is written into the To field; the subject is still empty.
  await fixButton(page, "recipient-typo").click();
  await page.waitForFunction(() => document.getElementById("to").value === "olga@yandex.ru");
  await dialog(page).waitFor();
  assert.deepEqual(await listedRules(page), ["missing-subject"]);
  await goBackButton(page).click();
  await dialog(page).waitFor({ state: "detached" });
  assert.deepEqual(await waitForSent(server, 1, 1000), [], "Go back sent nothing");
  await page.close();
});

test("after a reload too: Ctrl+Enter in the message area with a problem opens the dialog; Send anyway sends once", async () => {
  const page = await open();
  await write(page, { ...clean, text: "Уважаемый [ИМЯ],\n\nотчёт готов.\n\nИван" });
  await page.locator(".message").press("Control+Enter");
  await dialog(page).waitFor();
  assert.ok((await listedRules(page)).includes("template-placeholder"));
  await sendAnywayButton(page).click();
  const sent = await waitForSent(server, 1);
  assert.equal(sent.length, 1, "exactly one copy");
  assert.match(sent[0].body, /\[ИМЯ\]/);
  await page.close();
});

test("a clean letter goes out at the first click, without a dialog", async () => {
  const page = await open();
  await write(page, clean);
  await page.getByRole("button", { name: "Отправить" }).click();
  const sent = await waitForSent(server, 1);
  assert.deepEqual(
    sent.map((message) => [message.subject, message.to]),
    [["Отчёт", ["olga@example.org"]]],
  );
  assert.equal(await dialog(page).count(), 0, "no dialog");
  await page.close();
});

test("a quick fix is written into the message area, and the fixed text is sent", async () => {
  const page = await open();
  await write(page, { ...clean, text: "Здравствуйте, Ольга!\n\nОтчёт готов, спасибо за за помощь.\n\nИван" });
  await page.getByRole("button", { name: "Отправить" }).click();
  await fixButton(page, "repeated-word").click();
  await notice(page).waitFor();
  assert.match(await page.locator(".message").innerText(), /спасибо за помощь\./);
  await page.getByRole("button", { name: "Отправить" }).click();
  const sent = await waitForSent(server, 1);
  assert.equal(sent.length, 1);
  assert.doesNotMatch(sent[0].body, /за за/);
  await page.close();
});

test("turned off in the popup, the open page's mail goes out unchecked, and so does a new page's", async () => {
  const page = await open();
  const status = await switchSite(browser, page, false);
  assert.match(status, /Chrome asks you/);
  await write(page, { ...clean, text: "Уважаемый [ИМЯ],\n\nотчёт готов.\n\nИван" });
  await page.getByRole("button", { name: "Отправить" }).click();
  assert.equal((await waitForSent(server, 1)).length, 1, "the open page sent without a check");
  assert.equal(await dialog(page).count(), 0);
  await page.close();

  const fresh = await open();
  await write(fresh, { ...clean, text: "Уважаемый [ИМЯ],\n\nотчёт готов.\n\nИван" });
  await fresh.getByRole("button", { name: "Отправить" }).click();
  assert.equal((await waitForSent(server, 1)).length, 1, "a new page sends without a check");
  assert.equal(await dialog(fresh).count(), 0);
  const permissions = await browser.worker.evaluate(() => chrome.permissions.getAll());
  assert.ok(
    !permissions.origins.some((origin) => origin.startsWith(server.origin)),
    "the site's permission is given back",
  );
  await fresh.close();
});

test("a rich editor inside a frame: the frame's body is the message, checked when Отправить is clicked", async () => {
  const page = await open();
  await switchSite(browser, page, true); // the test before turned it off
  await page.goto(`${server.url}frame.html`);
  await page.getByLabel("Кому").fill(clean.to);
  await page.getByLabel("Тема").fill(clean.subject);
  await page.frameLocator("iframe.editor").locator("body").fill("Уважаемый [ИМЯ],\n\nотчёт готов.\n\nИван");
  await page.getByRole("button", { name: "Отправить" }).click();
  await dialog(page).waitFor();
  assert.ok((await listedRules(page)).includes("template-placeholder"));
  await sendAnywayButton(page).click();
  const sent = await waitForSent(server, 1);
  assert.equal(sent.length, 1);
  assert.match(sent[0].body, /\[ИМЯ\]/);
  await page.close();
});
