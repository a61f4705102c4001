// "Turn off this check" sits behind the card's menu (not one click away),
// says so in the dialog with an Undo, and the options page lists it under
// "Checks you turned off" with its own undo.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readStorage, withExtension } from "./lib/browser.mjs";
import { card, dialog, goBackButton, listedRules, turnOff, undoButton } from "./lib/dialog.mjs";
import { clickSend, sendToDialog, sinkMessages } from "./lib/roundcube.mjs";

const CONTRACT = "Hello Bob,\n\nPlease find the contract attached.\n\nAlice";

let browser;
withExtension((started) => (browser = started));

test("Turn off is behind the menu, says so with an Undo, and the options page turns it back on", async () => {
  const { page, subject } = await sendToDialog(browser.context, { label: "turn off", body: CONTRACT });
  const visibleButtons = await card(page, "forgotten-attachment")
    .locator("button")
    .evaluateAll((buttons) => buttons.filter((b) => b.checkVisibility()).map((b) => b.className));
  assert.ok(!visibleButtons.includes("turn-off"), "Turn off is not one click away");
  await turnOff(page, "forgotten-attachment");
  await undoButton(page).waitFor();
  assert.match(await dialog(page).locator(".undo-bar").textContent(), /is off for all messages/);
  assert.deepEqual(await listedRules(page), []);
  assert.equal((await readStorage(browser.worker)).rules["forgotten-attachment"].enabled, false);
  // Undo: the check is on again and its finding is back, in the same dialog.
  await undoButton(page).click();
  await card(page, "forgotten-attachment").waitFor();
  assert.match(await dialog(page).locator(".undo-bar").textContent(), /is on again/);
  assert.equal((await readStorage(browser.worker)).rules["forgotten-attachment"].enabled, true);
  // Off again; back to the message; nothing was sent.
  await turnOff(page, "forgotten-attachment");
  await undoButton(page).waitFor();
  await goBackButton(page).click();
  assert.equal(sinkMessages(subject).length, 0, "turning off does not send");

  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/shared/options.html`);
  const listed = options.locator('#turned-off li[data-rule="forgotten-attachment"]');
  await listed.waitFor();
  assert.equal(
    await options.locator('#rules li[data-rule="forgotten-attachment"] input.rule-enabled').isChecked(),
    false,
  );
  await listed.locator("button.turn-on").click();
  await options.locator("#status", { hasText: "is on again" }).waitFor();
  assert.equal((await readStorage(browser.worker)).rules["forgotten-attachment"].enabled, true);
  assert.equal(await options.locator("#turned-off").isHidden(), true, "nothing is left turned off");
  assert.equal(
    await options.locator('#rules li[data-rule="forgotten-attachment"] input.rule-enabled').isChecked(),
    true,
  );
  await options.close();

  await clickSend(page);
  await dialog(page).waitFor();
  assert.ok((await listedRules(page)).includes("forgotten-attachment"));
  await page.close();
});
