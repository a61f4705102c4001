// presend's failure paths on the Gmail look-alike, each as a user meets it:
// a checker slower than its limit, the page's checker frame taken out and
// the service worker stopped in the middle of a check, and a compose window
// the page re-renders while the dialog is open. In each the user can send,
// the mail goes out once or not at all (never by surprise), and the draft
// is not lost.

import { test } from "node:test";
import assert from "node:assert/strict";
import { setStorage, stopServiceWorkers, within } from "./lib/browser.mjs";
import { dialog, fixButton, listedRules, notice, sendAnywayButton } from "./lib/dialog.mjs";
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

const composeInB = (body) => composeInGmail(browser, gmail, body);

const CONTRACT = "Please find the contract attached.";

/** Nothing has gone out while the dialog is open; "Send anyway" sends the draft once. */
async function sendAnywayGoesOnce(page) {
  assert.deepEqual(gmail.sent, [], "nothing went out before the user chose");
  await sendAnywayButton(page).click();
  assert.deepEqual(
    (await waitForSent(gmail, 1)).map((m) => [m.compose, m.body]),
    [["b", CONTRACT]],
  );
  await page.close();
}

test("a checker slower than its limit: the user is told and the mail goes out once, soon after the limit", async () => {
  await setStorage(browser.worker, { test_checker_delay_ms: 20000, check_timeout_ms: 500 });
  try {
    const { page, editor } = await composeInB(CONTRACT);
    const pressed = Date.now();
    await editor.press("Control+Enter");
    await notice(page).waitFor({ timeout: 10000 });
    const waited = Date.now() - pressed;
    const sent = await waitForSent(gmail, 1);
    console.log(`# checker slower than its 500 ms limit: notice and send ${waited} ms after Ctrl+Enter`);
    assert.equal(
      await notice(page).locator("span").textContent(),
      "presend could not check this message, so it was sent without a check.",
    );
    assert.deepEqual(
      sent.map((m) => [m.compose, m.body]),
      [["b", CONTRACT]],
    );
    assert.equal(await dialog(page).count(), 0, "no dialog opened late");
    assert.ok(waited < 5000, `the user waited ${waited} ms, not the checker's 20 s`);
    await page.close();
  } finally {
    await setStorage(browser.worker, { test_checker_delay_ms: 0, check_timeout_ms: 3000 });
  }
});

/**
 * Waits until the tab's checker frame has loaded the core (content/host.js
 * marks it): a Send before that asks the service worker too, by design.
 */
async function checkerFrameReady(page) {
  await page.waitForFunction(() => performance.getEntriesByName("presend-frame-ready").length > 0, null, {
    timeout: 15000,
  });
}

test("the page checks in its own checker frame: the service worker is not asked", async () => {
  const checked = await recordCheckRequests(browser, { viaWorker: false });
  const { page, editor } = await composeInB(CONTRACT);
  await checkerFrameReady(page);
  await editor.press("Control+Enter");
  await dialog(page).waitFor({ timeout: 10000 });
  assert.ok((await listedRules(page)).includes("forgotten-attachment"), "the draft was checked");
  assert.deepEqual(await checked(), [], "the worker was not asked");
  assert.equal(await page.locator("presend-checker").count(), 1, "one checker frame in the page");
  await page.close();
});

test("the checker frame taken out of the page in the middle of a check: the worker checks, and the dialog opens", async () => {
  // Each check waits 1.5 s, so the frame goes while it checks.
  await setStorage(browser.worker, { test_checker_delay_ms: 1500 });
  const checked = await recordCheckRequests(browser, { viaWorker: false });
  try {
    const { page, editor } = await composeInB(CONTRACT);
    await checkerFrameReady(page);
    await editor.press("Control+Enter");
    await page.waitForTimeout(500);
    assert.deepEqual(await checked(), [], "the frame checks first");
    await page.evaluate(() => document.querySelector("presend-checker").remove());
    await dialog(page).waitFor({ timeout: 10000 });
    assert.ok((await listedRules(page)).includes("forgotten-attachment"), "the draft was checked");
    assert.deepEqual(
      (await checked()).map((request) => request.draft.body),
      [CONTRACT],
      "the worker checked it, once",
    );
    await sendAnywayGoesOnce(page);
  } finally {
    await setStorage(browser.worker, { test_checker_delay_ms: 0 });
  }
});

test("the service worker stopped in the middle of a check: a fresh one checks, and the dialog opens", async () => {
  // Each check waits 1.5 s, so the worker is stopped while it checks; the
  // page asks the worker, not its checker frame.
  await setStorage(browser.worker, { test_checker_delay_ms: 1500, test_no_checker_frame: true });
  try {
    const { page, editor } = await composeInB(CONTRACT);
    await within(
      15000,
      "marking the worker",
      browser.worker.evaluate(() => (globalThis.presendTestMark = "before")),
    );
    await editor.press("Control+Enter");
    await page.waitForTimeout(500);
    await stopServiceWorkers(page);
    await dialog(page).waitFor({ timeout: 10000 });
    assert.ok((await listedRules(page)).includes("forgotten-attachment"), "the draft was checked");
    const mark = await within(
      15000,
      "reading the worker",
      browser.worker.evaluate(() => globalThis.presendTestMark ?? null),
    );
    assert.equal(mark, null, "the worker that answered is a fresh one (the first was stopped)");
    await sendAnywayGoesOnce(page);
  } finally {
    await setStorage(browser.worker, { test_checker_delay_ms: 0, test_no_checker_frame: false });
  }
});

// As a web mail re-renders its compose window: the same window, drawn anew
// (every node replaced, the text and fields as they were).
const redraw = (compose) => compose.closest(".M9").replaceWith(compose.closest(".M9").cloneNode(true));

test("the compose window re-rendered while the dialog is open: a quick fix writes nowhere, and the draft is kept", async () => {
  const { page, b, editor } = await composeInB("Thanks for the the report.");
  await editor.press("Control+Enter");
  await dialog(page).waitFor();
  const detached = await b.evaluateHandle((compose) => compose.querySelector('[g_editable="true"]'));
  await b.evaluate(redraw);
  await fixButton(page, "repeated-word").click();
  await notice(page).waitFor();
  assert.match(
    await notice(page).textContent(),
    /redrawn while presend was asking, so nothing was sent or changed/,
  );
  assert.equal(await dialog(page).count(), 0);
  assert.equal(await editor.innerText(), "Thanks for the the report.", "the draft on screen is as written");
  assert.deepEqual(
    await detached.evaluate((node) => ({ connected: node.isConnected, text: node.textContent })),
    { connected: false, text: "Thanks for the the report." },
    "nothing was written into the node the page dropped",
  );
  assert.deepEqual(gmail.sent, []);
  // The user sends again: checked again, and sent from the window on screen.
  await editor.press("Control+Enter");
  await dialog(page).waitFor();
  await sendAnywayButton(page).click();
  assert.deepEqual(
    (await waitForSent(gmail, 1)).map((m) => [m.compose, m.body]),
    [["b", "Thanks for the the report."]],
  );
  await page.close();
});

test("the compose window re-rendered while the dialog is open: Send anyway is not lost silently", async () => {
  const { page, b, editor } = await composeInB(CONTRACT);
  await b.locator('div[role="button"].aoO').click();
  await dialog(page).waitFor();
  await b.evaluate(redraw);
  await sendAnywayButton(page).click();
  await notice(page).waitFor();
  assert.match(await notice(page).textContent(), /Press Send again/);
  assert.deepEqual(await waitForSent(gmail, 1, 1500), [], "no send to a control no longer there");
  assert.equal(await editor.innerText(), CONTRACT, "the draft is kept");
  await b.locator('div[role="button"].aoO').click();
  await dialog(page).waitFor();
  await sendAnywayButton(page).click();
  assert.deepEqual(
    (await waitForSent(gmail, 1)).map((m) => [m.compose, m.body]),
    [["b", CONTRACT]],
  );
  await page.close();
});

test("the editor redrawn with other text while the dialog is open: the fix is not put in the wrong place", async () => {
  const { page, editor } = await composeInB("Thanks for the the report.");
  await editor.press("Control+Enter");
  await dialog(page).waitFor();
  // The page replaces the editor (same window) with a longer text before the flagged words.
  await editor.evaluate((node) => {
    const fresh = node.cloneNode(false);
    fresh.textContent = "Hello Bob. Thanks for the the report.";
    node.replaceWith(fresh);
  });
  await fixButton(page, "repeated-word").click();
  await notice(page).waitFor();
  assert.match(await notice(page).textContent(), /could not change the text here/);
  assert.equal(await editor.innerText(), "Hello Bob. Thanks for the the report.", "the text is untouched");
  assert.deepEqual(gmail.sent, []);
  await page.close();
});
