// The Gmail look-alike under a strict CSP, two compose windows open: the
// check runs in the service worker, Send by click and by Ctrl+Enter is
// caught, and only the window the user sent from is affected.

import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot } from "./lib/browser.mjs";
import { dialog, goBackButton, listedRules, sendAnywayButton } from "./lib/dialog.mjs";
import { waitForSent, withGmailAndExtension } from "./lib/gmail-suite.mjs";

let browser;
let gmail;
withGmailAndExtension((started, server) => {
  browser = started;
  gmail = server;
});

const compose = (page, id) => page.locator(`[data-compose="${id}"]`);

async function openWithTwoDrafts() {
  const page = await browser.context.newPage();
  await page.goto(gmail.url);
  await compose(page, "a").locator('input[name="subjectbox"]').fill("Monday");
  await compose(page, "a").locator('[g_editable="true"]').fill("Hi Bob,\n\nSee you on Monday.\n\nMe");
  await compose(page, "b").locator('input[name="subjectbox"]').fill("Contract");
  await compose(page, "b")
    .locator('[g_editable="true"]')
    .fill("Hi Carol,\n\nPlease find the contract attached.\n\nMe");
  return page;
}

/** The windows sent from, once `count` were sent or the time is up. */
const sentFrom = async (count, timeoutMs) =>
  (await waitForSent(gmail, count, timeoutMs)).map((message) => message.compose);

const draftOf = (page, id) =>
  compose(page, id).evaluate((element) => ({
    subject: element.querySelector('input[name="subjectbox"]').value,
    body: element.querySelector('[g_editable="true"]').innerText,
  }));

test("the look-alike's CSP forbids WebAssembly in the page, as Gmail's does", async () => {
  const page = await browser.context.newPage();
  await page.goto(gmail.url);
  const compiled = await page.evaluate(() =>
    WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
      () => "compiled",
      (error) => error.name,
    ),
  );
  assert.equal(compiled, "CompileError");
  await page.close();
});

test("clicking Send on the window with a problem opens the dialog; Go back leaves both drafts as they were", async () => {
  gmail.sent.length = 0;
  const page = await openWithTwoDrafts();
  const beforeA = await draftOf(page, "a");
  const beforeB = await draftOf(page, "b");
  await compose(page, "b").locator('div[role="button"].aoO').click();
  await dialog(page).waitFor();
  assert.ok((await listedRules(page)).includes("forgotten-attachment"));
  await screenshot(page, "gmail-dialog");
  await goBackButton(page).click();
  await dialog(page).waitFor({ state: "detached" });
  assert.deepEqual(await sentFrom(1, 1000), [], "nothing was sent");
  assert.deepEqual(await draftOf(page, "a"), beforeA);
  assert.deepEqual(await draftOf(page, "b"), beforeB);
  assert.equal(
    await page.evaluate(() => document.activeElement?.closest("[data-compose]")?.dataset.compose),
    "b",
    "the cursor is back in the window the user sent from",
  );
  await page.close();
});

test("Ctrl+Enter sends a clean draft without a dialog, and only that window", async () => {
  gmail.sent.length = 0;
  const page = await openWithTwoDrafts();
  await compose(page, "a").locator('[g_editable="true"]').press("Control+Enter");
  assert.deepEqual(await sentFrom(1), ["a"]);
  assert.equal(await dialog(page).count(), 0, "no dialog was shown");
  assert.equal(await compose(page, "b").count(), 1, "the other window is still open");
  await page.close();
});

test("Ctrl+Enter on the window with a problem opens the dialog; Send anyway sends it exactly once", async () => {
  gmail.sent.length = 0;
  const page = await openWithTwoDrafts();
  await compose(page, "b").locator('[g_editable="true"]').press("Control+Enter");
  await dialog(page).waitFor();
  assert.ok((await listedRules(page)).includes("forgotten-attachment"));
  await sendAnywayButton(page).click();
  assert.deepEqual(await sentFrom(1), ["b"]);
  assert.match(gmail.sent[0].body, /contract attached/);
  assert.equal(await compose(page, "a").count(), 1, "the other window is untouched");
  await page.close();
});

test("Enter on the focused Send control opens the dialog; Esc goes back", async () => {
  gmail.sent.length = 0;
  const page = await openWithTwoDrafts();
  await compose(page, "b").locator('div[role="button"].aoO').focus();
  await page.keyboard.press("Enter");
  await dialog(page).waitFor();
  await page.keyboard.press("Escape");
  await dialog(page).waitFor({ state: "detached" });
  assert.deepEqual(await sentFrom(1, 1000), [], "nothing was sent");
  assert.equal(await compose(page, "b").count(), 1);
  await page.close();
});

test("checking and sending makes no request outside the page's own server", async () => {
  gmail.sent.length = 0;
  const requests = [];
  const record = (request) => requests.push(request.url());
  browser.context.on("request", record);
  const page = await openWithTwoDrafts();
  await compose(page, "b").locator('[g_editable="true"]').press("Control+Enter");
  await sendAnywayButton(page).click();
  await sentFrom(1);
  browser.context.off("request", record);
  const origin = new URL(gmail.url).origin;
  const elsewhere = requests.filter(
    (url) => !url.startsWith(origin) && !url.startsWith("chrome-extension://"),
  );
  assert.deepEqual(elsewhere, []);
  assert.ok(
    requests.some((url) => url === `${origin}/sent`),
    "the page's own send was seen",
  );
  await page.close();
});

test("a double click on Send opens one dialog, and Send anyway sends once", async () => {
  gmail.sent.length = 0;
  const page = await openWithTwoDrafts();
  // A person's double click: two clicks where the pointer is, without
  // Playwright's wait between them for the target to be clickable again.
  // When the dialog is drawn between the two clicks, the second lands on
  // its backdrop (as a person's would) and Playwright, unforced, retried
  // the whole double click for 30 s (one run in eight, 2026-12-04).
  await compose(page, "b").locator('div[role="button"].aoO').dblclick({ force: true });
  await dialog(page).waitFor();
  assert.equal(await page.locator("presend-root dialog").count(), 1, "one dialog");
  await sendAnywayButton(page).click();
  assert.deepEqual(await sentFrom(1), ["b"]);
  await page.close();
});
