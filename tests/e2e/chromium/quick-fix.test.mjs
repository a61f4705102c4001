// A quick fix writes the suggestion into the compose window the way the
// client expects user input, and what is then sent is the fixed text.

import { test } from "node:test";
import assert from "node:assert/strict";
import { dialog, fixButton, notice } from "./lib/dialog.mjs";
import { withGmailAndExtension } from "./lib/gmail-suite.mjs";
import { clickSend, readDraft, sendToDialog, waitForDelivery } from "./lib/roundcube.mjs";

let browser;
let gmail;
withGmailAndExtension((started, server) => {
  browser = started;
  gmail = server;
});

for (const editor of ["plain", "html"]) {
  test(`Roundcube ${editor} editor: the fix replaces the doubled word in the page, and the fixed text is sent`, async () => {
    const body = "Thanks for the the report.\n\nAlice";
    const { page, subject } = await sendToDialog(browser.context, { label: `${editor} fix`, body, editor });
    assert.equal(await fixButton(page, "repeated-word").textContent(), "Replace with “the”");
    await fixButton(page, "repeated-word").click();
    // Nothing is left to warn about: the dialog closes and says so.
    await notice(page).waitFor();
    assert.match(await notice(page).textContent(), /no problems left/);
    assert.equal(await dialog(page).count(), 0);
    const fixed = await readDraft(page, editor);
    assert.match(fixed.body, /^Thanks for the report\.\n+Alice$/);
    assert.equal(fixed.subject, subject, "the subject is untouched");

    await clickSend(page);
    const delivered = await waitForDelivery(subject);
    assert.equal(delivered.length, 1);
    assert.match(delivered[0], /Thanks for the report\./);
    assert.doesNotMatch(delivered[0], /the the/);
    await page.close();
  });
}

test("Gmail look-alike: the fix changes only the window it belongs to", async () => {
  gmail.sent.length = 0;
  const page = await browser.context.newPage();
  await page.goto(gmail.url);
  const [a, b] = [page.locator('[data-compose="a"]'), page.locator('[data-compose="b"]')];
  await a.locator('input[name="subjectbox"]').fill("Report");
  await a.locator('[g_editable="true"]').fill("Thanks for the the report.");
  await b.locator('input[name="subjectbox"]').fill("Other");
  await b.locator('[g_editable="true"]').fill("Thanks for the the other report.");
  await a.locator('[g_editable="true"]').press("Control+Enter");
  await fixButton(page, "repeated-word").click();
  await notice(page).waitFor();
  assert.equal(await a.locator('[g_editable="true"]').innerText(), "Thanks for the report.");
  assert.equal(await b.locator('[g_editable="true"]').innerText(), "Thanks for the the other report.");
  await a.locator('div[role="button"].aoO').click();
  await page.waitForFunction(() => !document.querySelector('[data-compose="a"]'));
  await page.waitForTimeout(300);
  assert.deepEqual(
    gmail.sent.map((m) => [m.compose, m.body]),
    [["a", "Thanks for the report."]],
  );
  await page.close();
});
