// An inline reply under a Gmail conversation: the quoted message
// (div.gmail_quote) is read as quoted, so its words are not taken for the
// author's, and a quick fix touches only the author's text.

import { test } from "node:test";
import assert from "node:assert/strict";
import { dialog, fixButton, listedRules, notice } from "./lib/dialog.mjs";
import { hoursAgo, setAttributionDate } from "./lib/gmail-reply.mjs";
import { withGmailAndExtension } from "./lib/gmail-suite.mjs";

let browser;
let gmail;
withGmailAndExtension((started, server) => {
  browser = started;
  gmail = server;
});

async function replyWith(text) {
  gmail.sent.length = 0;
  const page = await browser.context.newPage();
  await page.goto(gmail.url);
  await setAttributionDate(page, hoursAgo(1)); // answered promptly: not a late reply
  await page.locator('[data-compose="reply"] [g_editable="true"] > div').first().click();
  await page.keyboard.type(text);
  return page;
}

const replyBody = (page) => page.locator('[data-compose="reply"] [g_editable="true"]').innerText();

test("a reply whose only mention of an attachment is in the quoted message is sent without a dialog", async () => {
  const page = await replyWith("Thanks, the numbers look fine.");
  await page.keyboard.press("Control+Enter");
  await page.waitForFunction(() => !document.querySelector('[data-compose="reply"]'), null, {
    timeout: 5000,
  });
  assert.equal(await dialog(page).count(), 0);
  assert.equal(gmail.sent.length, 1);
  assert.match(gmail.sent[0].body, /^Thanks, the numbers look fine\.\nOn /);
  await page.close();
});

test("a problem in the author's own text is flagged, and its fix leaves the quote alone", async () => {
  const page = await replyWith("Thanks, the the numbers look fine.");
  const quoteBefore = await page.locator('[data-compose="reply"] blockquote').innerText();
  await page.keyboard.press("Control+Enter");
  await dialog(page).waitFor();
  const listed = await listedRules(page);
  assert.ok(listed.includes("repeated-word"));
  assert.ok(!listed.includes("forgotten-attachment"), "the attachment named in the quote is not flagged");
  await fixButton(page, "repeated-word").click();
  await notice(page).waitFor();
  assert.match(await replyBody(page), /^Thanks, the numbers look fine\.\n/);
  assert.equal(await page.locator('[data-compose="reply"] blockquote').innerText(), quoteBefore);
  assert.deepEqual(gmail.sent, [], "the fix does not send");
  await page.close();
});
