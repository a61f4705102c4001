// Acting from the dialog in a real Roundcube: "Attach a file…" opens
// Roundcube's own file picker, the upload shows in the page, and the next
// Send goes out with the file and without a dialog; "Go back and edit"
// puts the cursor on the finding, in the plain and in the HTML editor.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launchWithExtension } from "./lib/browser.mjs";
import { attachFromDialog, dialog, goBackButton } from "./lib/dialog.mjs";
import { clickSend, openCompose, uniqueSubject, waitForDelivery, writeDraft } from "./lib/roundcube.mjs";

let browser;

before(async () => {
  browser = await launchWithExtension();
});

after(async () => {
  await browser?.close();
});

test("Attach a file… opens Roundcube's own picker; the file goes with the next Send", async () => {
  const page = await openCompose(browser.context, "plain");
  const subject = uniqueSubject("attach from dialog");
  await writeDraft(
    page,
    { to: "bob@example.org", subject, body: "Hello Bob,\n\nPlease find the contract attached.\n\nAlice" },
    "plain",
  );
  await clickSend(page);
  await dialog(page).waitFor();
  await attachFromDialog(page);
  await page.locator("#attachment-list li:not(.uploading)", { hasText: "contract.pdf" }).waitFor();
  await clickSend(page);
  const delivered = await waitForDelivery(subject);
  assert.equal(delivered.length, 1);
  assert.match(delivered[0], /contract\.pdf/);
  await page.close();
});

/** The text selected in the compose page's editor and whether it has the focus. */
function editorSelection(page, editor) {
  if (editor === "html") {
    return page
      .frameLocator("#composebody_ifr")
      .locator("body")
      .evaluate((body) => ({
        selected: body.ownerDocument.getSelection().toString(),
        focused: body.ownerDocument.hasFocus() && body.ownerDocument.activeElement === body,
      }));
  }
  return page.locator("#composebody").evaluate((area) => ({
    selected: area.value.slice(area.selectionStart, area.selectionEnd),
    focused: document.activeElement === area,
  }));
}

for (const editor of ["plain", "html"]) {
  test(`Roundcube ${editor} editor: Go back and edit selects the first finding`, async () => {
    const page = await openCompose(browser.context, editor);
    const body = `Hello Bob,\n\n${"Some lines of news. ".repeat(30)}\n\nThank you for the the report.\n\nAlice`;
    await writeDraft(page, { to: "bob@example.org", subject: uniqueSubject("cursor"), body }, editor);
    await clickSend(page);
    await dialog(page).waitFor();
    await goBackButton(page).click();
    await dialog(page).waitFor({ state: "detached" });
    assert.deepEqual(await editorSelection(page, editor), { selected: "the the", focused: true });
    await page.close();
  });
}
