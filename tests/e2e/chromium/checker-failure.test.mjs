// presend's own failures never stop the mail: with the checker broken (the
// test switch) or no message text to be found in the compose window, the
// user gets one line and the message goes out once.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launchWithExtension, screenshot, setStorage } from "./lib/browser.mjs";
import { dialog, notice } from "./lib/dialog.mjs";
import { startGmailLookalike } from "./lib/gmail-server.mjs";
import { clickSend, openCompose, uniqueSubject, waitForDelivery, writeDraft } from "./lib/roundcube.mjs";

let browser;
let gmail;

before(async () => {
  gmail = await startGmailLookalike();
  browser = await launchWithExtension({ storage: { test_fail_checker: true } });
});

after(async () => {
  await browser?.close();
  await gmail?.close();
});

test("Roundcube: the checker fails, the user is told in one line, and the mail is sent once", async () => {
  const page = await openCompose(browser.context, "plain");
  const subject = uniqueSubject("checker fails");
  await writeDraft(
    page,
    { to: "bob@example.org", subject, body: "Please find the contract attached." },
    "plain",
  );
  await clickSend(page);
  const delivered = await waitForDelivery(subject);
  assert.equal(delivered.length, 1, "exactly one copy arrives");
  await notice(page).waitFor();
  assert.equal(
    await notice(page).locator("span").textContent(),
    "presend could not check this message, so it was sent without a check.",
  );
  assert.equal(await dialog(page).count(), 0);
  await screenshot(page, "roundcube-checker-failed-notice");
  await page.close();
});

test("Gmail look-alike: the checker fails and Ctrl+Enter still sends", async () => {
  gmail.sent.length = 0;
  const page = await browser.context.newPage();
  await page.goto(gmail.url);
  const b = page.locator('[data-compose="b"]');
  await b.locator('input[name="subjectbox"]').fill("Contract");
  await b.locator('[g_editable="true"]').fill("Please find the contract attached.");
  await b.locator('[g_editable="true"]').press("Control+Enter");
  await notice(page).waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(
    gmail.sent.map((m) => m.compose),
    ["b"],
  );
  await page.close();
});

test("Gmail look-alike: a compose window whose message text presend cannot find is sent, with a notice", async () => {
  await setStorage(browser.worker, { test_fail_checker: false });
  gmail.sent.length = 0;
  const page = await browser.context.newPage();
  await page.goto(gmail.url);
  const b = page.locator('[data-compose="b"]');
  await b.locator('input[name="subjectbox"]').fill("Contract");
  // As if Gmail had changed its editor beyond recognition (subject and
  // recipients alone are no draft to check).
  await b.locator('[g_editable="true"]').evaluate((editor) => {
    editor.textContent = "Please find the contract attached.";
    for (const name of ["g_editable", "role", "contenteditable"]) editor.removeAttribute(name);
    editor.closest(".Ap").classList.remove("Ap");
  });
  await b.locator('div[role="button"].aoO').click();
  await notice(page).waitFor();
  assert.match(await notice(page).textContent(), /could not read this draft/);
  await page.waitForTimeout(300);
  assert.equal(await dialog(page).count(), 0);
  assert.deepEqual(
    gmail.sent.map((m) => m.compose),
    ["b"],
  );
  await page.close();
});
