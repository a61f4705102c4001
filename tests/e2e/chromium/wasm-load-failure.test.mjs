// The core cannot be loaded (its WASM file damaged, as a failed update or a
// broken disk would leave it): presend's own failure never stops the mail.
// The user is told in one line and the message goes out once, by a click on
// Send and by Ctrl+Enter.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { brokenExtensionCopy, launchWithExtension, screenshot } from "./lib/browser.mjs";
import { dialog, notice } from "./lib/dialog.mjs";
import { startGmailLookalike } from "./lib/gmail-server.mjs";
import { waitForSent } from "./lib/gmail-suite.mjs";

let browser;
let gmail;
let broken;

before(async () => {
  gmail = await startGmailLookalike();
  broken = brokenExtensionCopy({ "wasm/presend_bg.wasm": "this is not a WebAssembly module" });
  browser = await launchWithExtension({ extensionDir: broken });
});

after(async () => {
  await browser?.close();
  await gmail?.close();
  if (broken) fs.rmSync(broken, { recursive: true, force: true });
});

for (const [how, send] of [
  ["a click on Send", (b) => b.locator('div[role="button"].aoO').click()],
  ["Ctrl+Enter", (b) => b.locator('[g_editable="true"]').press("Control+Enter")],
]) {
  test(`the core fails to load: ${how} sends the mail once, and the user is told`, async () => {
    gmail.sent.length = 0;
    const page = await browser.context.newPage();
    await page.goto(gmail.url);
    const b = page.locator('[data-compose="b"]');
    await b.locator('input[name="subjectbox"]').fill("Contract");
    await b.locator('[g_editable="true"]').fill("Please find the contract attached.");
    await send(b);
    await notice(page).waitFor({ timeout: 10000 });
    assert.equal(
      await notice(page).locator("span").textContent(),
      "presend could not check this message, so it was sent without a check.",
    );
    assert.deepEqual(
      (await waitForSent(gmail, 1)).map((m) => [m.compose, m.body]),
      [["b", "Please find the contract attached."]],
    );
    assert.equal(await dialog(page).count(), 0);
    await screenshot(page, "gmail-core-failed-to-load");
    await page.close();
  });
}
