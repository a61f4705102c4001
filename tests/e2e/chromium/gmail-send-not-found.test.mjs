// Gmail renames its Send control beyond what presend knows (no .aoO, not
// where InboxSDK finds it): a click on it cannot be told from any other
// click, but Ctrl/Cmd+Enter in the message is still the user's send. It is
// caught and checked, and "Send anyway" sends it once, through the keys.

import { test } from "node:test";
import assert from "node:assert/strict";
import { dialog, goBackButton, listedRules, sendAnywayButton } from "./lib/dialog.mjs";
import {
  composeInGmail,
  recordCheckRequests,
  waitForSent,
  withGmailAndExtension,
} from "./lib/gmail-suite.mjs";

let browser;
let gmail;
withGmailAndExtension((started, server) => {
  browser = started;
  gmail = server;
});

// As if Gmail had renamed and moved its Send controls: no class or place
// presend knows. (The look-alike still sends on Ctrl/Cmd+Enter in the window.)
const renameSend = (compose) => {
  for (const control of compose.querySelectorAll('.aoO[role="button"], .Uo[role="button"]')) {
    control.classList.remove("aoO", "Uo");
    control.classList.add("renamed-send");
    control.closest(".IZ")?.classList.remove("IZ");
  }
};

const composeWithoutKnownSend = (body) => composeInGmail(browser, gmail, body, { change: renameSend });

test("Send not found: Ctrl+Enter in the body opens the dialog instead of sending unchecked", async () => {
  const { page, editor } = await composeWithoutKnownSend("Please find the contract attached.");
  await editor.press("Control+Enter");
  await dialog(page).waitFor();
  assert.ok((await listedRules(page)).includes("forgotten-attachment"));
  assert.deepEqual(gmail.sent, [], "nothing went out before the user chose");
  await goBackButton(page).click();
  assert.deepEqual(await waitForSent(gmail, 1, 1000), [], "Go back sends nothing");
  // Send anyway: the keys are pressed again where they were, once.
  await editor.press("Control+Enter");
  await dialog(page).waitFor();
  await sendAnywayButton(page).click();
  assert.deepEqual(
    (await waitForSent(gmail, 1)).map((m) => [m.compose, m.via, m.body]),
    [["b", "send", "Please find the contract attached."]],
  );
  await page.close();
});

test("Send not found: Meta+Enter (Cmd+Enter on a Mac) in the body is caught too", async () => {
  const { page, editor } = await composeWithoutKnownSend("Please find the contract attached.");
  await editor.press("Meta+Enter");
  await dialog(page).waitFor();
  await goBackButton(page).click();
  assert.deepEqual(await waitForSent(gmail, 1, 1000), []);
  await page.close();
});

test("Send not found: a clean draft is checked and goes out at once, once", async () => {
  const requests = await recordCheckRequests(browser);
  await requests();
  const { page, editor } = await composeWithoutKnownSend("Thank you, see you on Thursday.");
  await editor.press("Control+Enter");
  assert.deepEqual(
    (await waitForSent(gmail, 1)).map((m) => [m.compose, m.body]),
    [["b", "Thank you, see you on Thursday."]],
  );
  const checked = await requests();
  assert.equal(checked.length, 1, "the draft was checked once");
  assert.equal(checked[0].draft.body, "Thank you, see you on Thursday.");
  assert.equal(await dialog(page).count(), 0);
  await page.close();
});
