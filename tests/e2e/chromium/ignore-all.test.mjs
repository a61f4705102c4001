// Everything of a message ignored in the dialog: the next Send of that
// message goes out without asking again.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launchWithExtension } from "./lib/browser.mjs";
import { dialog, goBackButton, ignoreButton, notice } from "./lib/dialog.mjs";
import { clickSend, openCompose, uniqueSubject, waitForDelivery, writeDraft } from "./lib/roundcube.mjs";

let browser;

before(async () => {
  browser = await launchWithExtension();
});

after(async () => {
  await browser?.close();
});

test("everything ignored before: the next Send goes out without a dialog", async () => {
  const page = await openCompose(browser.context, "plain");
  const subject = uniqueSubject("ignored all");
  await writeDraft(
    page,
    { to: "bob@example.org", subject, body: "Thanks for the the report.\n\nAlice" },
    "plain",
  );
  await clickSend(page);
  await dialog(page).waitFor();
  await ignoreButton(page, "repeated-word").click();
  await goBackButton(page).click();
  await clickSend(page);
  assert.equal((await waitForDelivery(subject)).length, 1);
  assert.equal(await notice(page).count(), 0);
  await page.close();
});
