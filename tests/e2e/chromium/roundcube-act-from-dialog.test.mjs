// Acting from the dialog in a real Roundcube: "Attach a file…" opens
// Roundcube's own file picker, the upload shows in the page, and the next
// Send goes out with the file and without a dialog; "Go back and edit"
// puts the cursor on the finding, in the plain and in the HTML editor.

import { test } from "node:test";
import assert from "node:assert/strict";
import { withExtension } from "./lib/browser.mjs";
import { attachFromDialog, dialog, goBackButton } from "./lib/dialog.mjs";
import { clickSend, sendToDialog, waitForDelivery } from "./lib/roundcube.mjs";

const CONTRACT = "Hello Bob,\n\nPlease find the contract attached.\n\nAlice";

let browser;
withExtension((started) => (browser = started));

test("Attach a file… opens Roundcube's own picker; the file goes with the next Send", async () => {
  const { page, subject } = await sendToDialog(browser.context, {
    label: "attach from dialog",
    body: CONTRACT,
  });
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
    const body = `Hello Bob,\n\n${"Some lines of news. ".repeat(30)}\n\nThank you for the the report.\n\nAlice`;
    const { page } = await sendToDialog(browser.context, { label: "cursor", body, editor });
    await goBackButton(page).click();
    await dialog(page).waitFor({ state: "detached" });
    assert.deepEqual(await editorSelection(page, editor), { selected: "the the", focused: true });
    await page.close();
  });
}
