// Roundcube: a draft that says "attached" and really has an attachment is
// read with its attachment names and sent without a dialog.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launchWithExtension } from "./lib/browser.mjs";
import { dialog } from "./lib/dialog.mjs";
import { clickSend, openCompose, uniqueSubject, waitForDelivery, writeDraft } from "./lib/roundcube.mjs";

let browser;

before(async () => {
  browser = await launchWithExtension();
});

after(async () => {
  await browser?.close();
});

test("with the file attached, 'please find the contract attached' is sent without a dialog", async () => {
  const page = await openCompose(browser.context, "plain");
  const subject = uniqueSubject("attached");
  await writeDraft(
    page,
    { to: "bob@example.org", subject, body: "Hello Bob,\n\nPlease find the contract attached.\n\nAlice" },
    "plain",
  );
  await page.setInputFiles("#uploadformInput", {
    name: "contract.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n% presend test\n"),
  });
  await page.locator("#attachment-list li:not(.uploading)", { hasText: "contract.pdf" }).waitFor();
  await clickSend(page);
  const delivered = await waitForDelivery(subject);
  assert.equal(delivered.length, 1, "exactly one copy arrives");
  assert.match(delivered[0], /contract\.pdf/);
  assert.equal(await dialog(page).count(), 0, "no dialog was shown");
  await page.close();
});
