// The presend dialog and notices as a user sees them. Playwright's CSS
// locators pierce the open shadow root the content script draws into.

import assert from "node:assert/strict";

export const dialog = (page) => page.locator("presend-root dialog.presend-dialog[open]");
export const notice = (page) => page.locator("presend-root .presend-notice");
/** axe-core's context for the dialog (inside presend's shadow root). */
export const DIALOG_CONTEXT = { fromShadowDom: ["presend-root", "dialog.presend-dialog"] };

/** The rule IDs of the findings the open dialog lists, in order. */
export function listedRules(page) {
  return dialog(page)
    .locator("li.finding")
    .evaluateAll((items) => items.map((item) => item.dataset.rule));
}

/** The card (one place in the letter) that holds a finding of `rule`. */
export const card = (page, rule) => dialog(page).locator(`li.card[data-rules~="${rule}"]`);

export const goBackButton = (page) => dialog(page).locator("button.back");
export const sendAnywayButton = (page) => dialog(page).locator("button.send");
export const fixButton = (page, rule) => dialog(page).locator(`li.finding[data-rule="${rule}"] button.fix`);
export const ignoreButton = (page, rule) => card(page, rule).locator("button.ignore");
export const attachButton = (page, rule = "forgotten-attachment") =>
  card(page, rule).locator("button.attach");
/**
 * "Attach a file…" in the open dialog, as a user does it: the page's own
 * file picker opens (the dialog makes way for it) and `file` is chosen.
 */
export async function attachFromDialog(page, file = CONTRACT_PDF) {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), attachButton(page).click()]);
  assert.equal(await dialog(page).count(), 0, "the dialog makes way for the picker");
  await chooser.setFiles(file);
}
export const CONTRACT_PDF = {
  name: "contract.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from("%PDF-1.4\n% presend test\n"),
};
export const summaryLine = (page) => dialog(page).locator(".summary");
export const undoButton = (page) => dialog(page).locator(".undo-bar button.undo");

/** "Turn off this check": opens the card's "⋯" menu and picks it. */
export async function turnOff(page, rule) {
  await card(page, rule).locator("button.more").click();
  await card(page, rule).locator(`button.turn-off[data-rule="${rule}"]`).click();
}

/** Every part of the dialog a user needs is inside the window and not clipped. */
export async function assertFullyVisible(page) {
  const viewport = page.viewportSize();
  const box = await dialog(page).boundingBox();
  assert.ok(box.x >= 0 && box.y >= 0, "the dialog starts inside the window");
  assert.ok(
    box.x + box.width <= viewport.width && box.y + box.height <= viewport.height,
    "and ends inside it",
  );
  const clipped = await dialog(page).evaluate((element) =>
    [...element.querySelectorAll("button, h2, h3, .message")]
      .filter((part) => part.scrollWidth > part.clientWidth + 1)
      .map((part) => part.textContent),
  );
  assert.deepEqual(clipped, [], "no text is cut off");
  for (const button of await dialog(page).locator(".dialog-buttons button").all()) {
    assert.ok(await button.isVisible(), "the answer buttons are visible");
  }
}
