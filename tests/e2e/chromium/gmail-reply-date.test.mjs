// A Gmail reply whose quoted message (div.gmail_quote with its attribution
// div.gmail_attr) is visible: the adapter reads the message being answered
// into draft.reply_to, so a reply three days late without a word about the
// delay is flagged (slow-reply), and one that apologises is not.

import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot } from "./lib/browser.mjs";
import { dialog, goBackButton, listedRules } from "./lib/dialog.mjs";
import { hoursAgo, setAttributionDate } from "./lib/gmail-reply.mjs";
import { withGmailAndExtension } from "./lib/gmail-suite.mjs";

let browser;
let gmail;
withGmailAndExtension((started, server) => {
  browser = started;
  gmail = server;
});

async function reply({ received, text, attribution }) {
  gmail.sent.length = 0;
  const page = await browser.context.newPage();
  await page.goto(gmail.url);
  if (received) await setAttributionDate(page, received);
  if (attribution) {
    await page.evaluate((line) => {
      const attr = document.querySelector('[data-compose="reply"] .gmail_attr');
      attr.textContent = line;
    }, attribution);
  }
  await page.locator('[data-compose="reply"] [g_editable="true"] > div').first().click();
  await page.keyboard.type(text);
  await page.keyboard.press("Control+Enter");
  return page;
}

/** Waits for the dialog or the send; resolves to the rules listed ([] if sent). */
async function outcome(page) {
  await page.waitForFunction(
    () =>
      !document.querySelector('[data-compose="reply"]') ||
      document.querySelector("presend-root")?.shadowRoot?.querySelector("dialog[open]"),
    null,
    { timeout: 8000 },
  );
  return (await dialog(page).count()) ? listedRules(page) : [];
}

test("a reply three days after the message, with no word about the delay, lists slow-reply", async () => {
  const page = await reply({ received: hoursAgo(72 + 2), text: "Hi Dave, the numbers look fine." });
  const listed = await outcome(page);
  assert.ok(listed.includes("slow-reply"), `slow-reply is listed (got ${listed})`);
  const message = await dialog(page).locator('li.finding[data-rule="slow-reply"] .message').innerText();
  assert.match(message, /3 days/, "the message says how late the reply is");
  await screenshot(page, "gmail-slow-reply");
  await goBackButton(page).click();
  await dialog(page).waitFor({ state: "detached" });
  assert.deepEqual(gmail.sent, [], "Go back sends nothing");
  await page.close();
});

test("the same reply that starts with 'Sorry for the late reply' is not flagged as late", async () => {
  const page = await reply({
    received: hoursAgo(72 + 2),
    text: "Sorry for the late reply, Dave. The numbers look fine.",
  });
  const listed = await outcome(page);
  assert.ok(!listed.includes("slow-reply"), `slow-reply is not listed (got ${listed})`);
  if (!listed.length) {
    assert.equal(gmail.sent.length, 1);
    assert.match(
      gmail.sent[0].body,
      /^Sorry for the late reply, Dave\. The numbers look fine\.\nOn /,
      "body as before",
    );
  }
  await page.close();
});

test("an attribution without a readable date is no late reply, and the mail goes out", async () => {
  const page = await reply({
    attribution: "Dave <dave@example.com> wrote:",
    text: "Thanks Dave, the numbers look fine.",
  });
  const listed = await outcome(page);
  assert.ok(!listed.includes("slow-reply"), `slow-reply is not listed (got ${listed})`);
  await page.close();
});
