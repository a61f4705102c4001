// "Don't warn me about this again" turns the rule off, and the options page
// turns it back on.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launchWithExtension, readStorage } from "./lib/browser.mjs";
import { dialog, listedRules, muteButton, notice } from "./lib/dialog.mjs";
import { clickSend, openCompose, sinkMessages, uniqueSubject, writeDraft } from "./lib/roundcube.mjs";

let browser;

before(async () => {
  browser = await launchWithExtension();
});

after(async () => {
  await browser?.close();
});

test("muting a rule stops its warning; switching it on in the options brings it back", async () => {
  const page = await openCompose(browser.context, "plain");
  const subject = uniqueSubject("mute");
  await writeDraft(
    page,
    { to: "bob@example.org", subject, body: "Please find the contract attached." },
    "plain",
  );
  await clickSend(page);
  await dialog(page).waitFor();
  await muteButton(page, "forgotten-attachment").click();
  await notice(page).waitFor(); // nothing left to warn about
  assert.equal((await readStorage(browser.worker)).rules["forgotten-attachment"].enabled, false);
  assert.equal(sinkMessages(subject).length, 0, "muting does not send");

  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/shared/options.html`);
  const toggle = options.locator('li[data-rule="forgotten-attachment"] input.rule-enabled');
  assert.equal(await toggle.isChecked(), false, "the options page shows the rule off");
  await toggle.check();
  await options.locator("#status", { hasText: "Saved." }).waitFor();
  assert.equal((await readStorage(browser.worker)).rules["forgotten-attachment"].enabled, true);
  await options.close();

  await clickSend(page);
  await dialog(page).waitFor();
  assert.ok((await listedRules(page)).includes("forgotten-attachment"));
  await page.close();
});
