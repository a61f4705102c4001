// Every way Gmail sends, on Gmail's real nesting (the form a sibling of the
// body's table): Send, Ctrl+Enter in the body, the subject and the
// recipients box, Schedule send from the arrow's menu (by mouse and by
// Enter), Send & Archive in an inline reply, and a window shown full screen.
// Each one reaches the checker with the whole draft — recipients, subject,
// body and the sender (the signed-in account, since input[name=from] is
// empty) — and opens the dialog; "Send anyway" then sends once, the way the
// user asked.

import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot } from "./lib/browser.mjs";
import { dialog, goBackButton, listedRules, sendAnywayButton } from "./lib/dialog.mjs";
import { hoursAgo, setAttributionDate } from "./lib/gmail-reply.mjs";
import { recordCheckRequests, waitForSent, withGmailAndExtension } from "./lib/gmail-suite.mjs";

let browser;
let gmail;
let checkRequests;
withGmailAndExtension(async (started, server) => {
  browser = started;
  gmail = server;
});

const compose = (page, id) => page.locator(`[data-compose="${id}"]`);

/** Compose window b (to Carol) with a subject and a body that mentions a missing attachment. */
async function contractDraft() {
  gmail.sent.length = 0;
  checkRequests ??= await recordCheckRequests(browser);
  await checkRequests();
  const page = await browser.context.newPage();
  await page.goto(gmail.url);
  await compose(page, "b").locator('input[name="subjectbox"]').fill("Contract");
  await compose(page, "b")
    .locator('[g_editable="true"]')
    .fill("Hi Carol,\n\nPlease find the contract attached.\n\nMe");
  return page;
}

/** The one check request made, asserted to carry the whole of window b's draft. */
async function assertWholeContractDraft() {
  const requests = await checkRequests();
  assert.equal(requests.length, 1, "one check");
  const [{ draft, unread }] = requests;
  assert.deepEqual(unread, [], "nothing left unread");
  assert.equal(draft.from, "me@example.com", "the sender is the signed-in account");
  assert.deepEqual(draft.to, ["Carol <carol@example.net>"]);
  assert.equal(draft.subject, "Contract");
  assert.match(draft.body, /^Hi Carol,\n+Please find the contract attached\.\n+Me$/);
}

async function assertDialogWithAttachmentWarning(page) {
  await dialog(page).waitFor();
  assert.ok((await listedRules(page)).includes("forgotten-attachment"));
  assert.equal(await dialog(page).locator("p.unread").count(), 0, "no 'could not read' line");
}

test("Send: the dialog, with the whole draft read", async () => {
  const page = await contractDraft();
  await compose(page, "b").locator('div[role="button"].aoO').click();
  await assertDialogWithAttachmentWarning(page);
  await assertWholeContractDraft();
  await screenshot(page, "gmail-real-nesting-dialog");
  await sendAnywayButton(page).click();
  assert.deepEqual(
    (await waitForSent(gmail, 1)).map((m) => [m.compose, m.via]),
    [["b", "send"]],
  );
  await page.close();
});

for (const [where, field] of [
  ["the body", '[g_editable="true"]'],
  ["the subject", 'input[name="subjectbox"]'],
  ["the recipients box", '[name="to"] input[peoplekit-id]'],
]) {
  test(`Ctrl+Enter in ${where}: the dialog, with the whole draft read; Go back sends nothing`, async () => {
    const page = await contractDraft();
    await compose(page, "b").locator(field).press("Control+Enter");
    await assertDialogWithAttachmentWarning(page);
    await assertWholeContractDraft();
    await goBackButton(page).click();
    await dialog(page).waitFor({ state: "detached" });
    assert.deepEqual(await waitForSent(gmail, 1, 1000), [], "nothing was sent");
    await page.close();
  });
}

test("Schedule send from the arrow's menu: checked first; Send anyway goes on to Gmail's scheduling", async () => {
  const page = await contractDraft();
  await compose(page, "b").locator(".hG").click();
  await compose(page, "b").locator('[selector="scheduledSend"]').click();
  await assertDialogWithAttachmentWarning(page);
  await assertWholeContractDraft();
  assert.equal(await page.locator(".schedule").count(), 0, "Gmail's scheduling waits for the answer");
  await sendAnywayButton(page).click();
  await page.locator(".schedule button").click(); // Gmail's own dialog: pick a time
  assert.deepEqual(
    (await waitForSent(gmail, 1)).map((m) => [m.compose, m.via]),
    [["b", "schedule"]],
  );
  await page.close();
});

test("Schedule send by keyboard (Enter on the open arrow): checked; Go back schedules nothing", async () => {
  const page = await contractDraft();
  const arrow = compose(page, "b").locator(".hG");
  await arrow.focus();
  await page.keyboard.press("Enter"); // opens the menu
  assert.equal(await arrow.getAttribute("aria-expanded"), "true");
  await page.keyboard.press("Enter"); // chooses "Schedule send"
  await assertDialogWithAttachmentWarning(page);
  await assertWholeContractDraft();
  await goBackButton(page).click();
  await dialog(page).waitFor({ state: "detached" });
  assert.equal(await page.locator(".schedule").count(), 0, "no scheduling dialog");
  assert.deepEqual(await waitForSent(gmail, 1, 1000), []);
  await page.close();
});

test("Send & Archive in an inline reply: the dialog, with the reply's recipients, hidden subject and quote", async () => {
  gmail.sent.length = 0;
  checkRequests ??= await recordCheckRequests(browser);
  await checkRequests();
  const page = await browser.context.newPage();
  await page.goto(gmail.url);
  await setAttributionDate(page, hoursAgo(1));
  await compose(page, "reply").locator('[g_editable="true"] > div').first().click();
  await page.keyboard.type("Thanks, the the numbers look fine.");
  await compose(page, "reply").locator('div[role="button"].Uo').click();
  await dialog(page).waitFor();
  assert.ok((await listedRules(page)).includes("repeated-word"));
  const [{ draft, unread }] = await checkRequests();
  assert.deepEqual(unread, []);
  assert.equal(draft.from, "me@example.com");
  assert.deepEqual(draft.to, ["Dave <dave@example.com>"]);
  assert.equal(draft.subject, "Re: Budget", "from the hidden input[name=subject]");
  assert.match(draft.body, /^Thanks, the the numbers look fine\.\nOn /);
  assert.equal(draft.reply_to?.from, "Dave <dave@example.com>");
  await sendAnywayButton(page).click();
  assert.deepEqual(
    (await waitForSent(gmail, 1)).map((m) => [m.compose, m.via]),
    [["reply", "send-archive"]],
  );
  await page.close();
});

test("a window shown full screen: Ctrl+Enter in its subject opens the dialog with the whole draft", async () => {
  const page = await contractDraft();
  await compose(page, "b").locator("xpath=ancestor::*[@role='dialog']").locator(".Hq").click();
  assert.equal(
    await page.locator(".aSs .aSt [data-compose='b']").count(),
    1,
    "moved into the full-screen holder",
  );
  await compose(page, "b").locator('input[name="subjectbox"]').press("Control+Enter");
  await assertDialogWithAttachmentWarning(page);
  await assertWholeContractDraft();
  await sendAnywayButton(page).click();
  assert.deepEqual(
    (await waitForSent(gmail, 1)).map((m) => m.compose),
    ["b"],
  );
  assert.equal(await compose(page, "a").count(), 1, "the other window stays");
  await page.close();
});
