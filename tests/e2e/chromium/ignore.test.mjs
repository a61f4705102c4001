// "Ignore" hides a finding in this message only: the card goes, the focus
// moves on, Send again does not bring it back, a new message is checked
// afresh.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launchWithExtension } from "./lib/browser.mjs";
import {
  card,
  dialog,
  goBackButton,
  ignoreButton,
  listedRules,
  sendAnywayButton,
  summaryLine,
} from "./lib/dialog.mjs";
import { clickSend, openCompose, uniqueSubject, waitForDelivery, writeDraft } from "./lib/roundcube.mjs";

let browser;

before(async () => {
  browser = await launchWithExtension();
});

after(async () => {
  await browser?.close();
});

test("Ignore hides a finding in this message only, and the focus moves on", async () => {
  const page = await openCompose(browser.context, "plain");
  const subject = uniqueSubject("ignore");
  const body = "Hello Bob,\n\nPlease find the contract attached.\n\nThank you for the the report.\n\nAlice";
  await writeDraft(page, { to: "bob@example.org", subject, body }, "plain");
  await clickSend(page);
  await dialog(page).waitFor();
  assert.match(await summaryLine(page).textContent(), /^1 error, 1 warning: /);
  await ignoreButton(page, "forgotten-attachment").click();
  assert.deepEqual(await listedRules(page), ["repeated-word"]);
  assert.match(await summaryLine(page).textContent(), /^1 warning: /);
  const focused = await dialog(page).evaluate(
    (element) => element.getRootNode().activeElement?.closest("li.card")?.dataset.rules ?? "",
  );
  assert.equal(focused, "repeated-word", "the focus moved to the next card");
  await goBackButton(page).click();
  // Send again: what was ignored stays ignored for this message.
  await clickSend(page);
  await dialog(page).waitFor();
  assert.deepEqual(await listedRules(page), ["repeated-word"]);
  await ignoreButton(page, "repeated-word").click();
  assert.match(await summaryLine(page).textContent(), /ignored/);
  await sendAnywayButton(page).click();
  assert.equal((await waitForDelivery(subject)).length, 1);
  await page.close();

  // A new message with the same words is checked afresh.
  const next = await openCompose(browser.context, "plain");
  await writeDraft(next, { to: "bob@example.org", subject: uniqueSubject("ignore again"), body }, "plain");
  await clickSend(next);
  await dialog(next).waitFor();
  assert.deepEqual((await listedRules(next)).sort(), ["forgotten-attachment", "repeated-word"]);
  await next.close();
});
