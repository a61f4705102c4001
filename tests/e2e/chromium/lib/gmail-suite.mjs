// The set-up most Gmail tests share: the look-alike server and Chromium
// with the extension, started before the file's tests and closed after.

import { after, before } from "node:test";
import { launchWithExtension, setStorage } from "./browser.mjs";
import { startGmailLookalike } from "./gmail-server.mjs";

/** Starts both before the tests and hands them to `ready(browser, gmail)`. */
export function withGmailAndExtension(ready) {
  let browser;
  let gmail;
  before(async () => {
    gmail = await startGmailLookalike();
    browser = await launchWithExtension();
    ready(browser, gmail);
  });
  after(async () => {
    await browser?.close();
    await gmail?.close();
  });
}

/**
 * A fresh look-alike tab whose compose window `id` (default "b") holds
 * `subject` and `body`, after `change` (if given) ran on that window in the
 * page; resolves to { page, b, editor } (b: the compose window). Forgets
 * the mail the look-alike sent before, unless `keepSent`.
 */
export async function composeInGmail(
  browser,
  gmail,
  body,
  { id = "b", subject = "Contract", change = null, keepSent = false } = {},
) {
  if (!keepSent) gmail.sent.length = 0;
  const page = await browser.context.newPage();
  await page.goto(gmail.url);
  const b = page.locator(`[data-compose="${id}"]`);
  const editor = b.locator('[g_editable="true"]');
  await b.locator('input[name="subjectbox"]').fill(subject);
  await editor.fill(body);
  if (change) await b.evaluate(change);
  return { page, b, editor };
}

/**
 * Records the check requests the extension's service worker receives from
 * now on; resolves to a function that returns (and forgets) those recorded
 * so far: [{ draft, site, unread }]. The draft is exactly what the page
 * adapter read. Unless `viaWorker` is false, pages opened from now on send
 * their checks to the worker, not to their checker frame
 * (`test_no_checker_frame`): the draft a page reads is the same either way.
 */
export async function recordCheckRequests(browser, { viaWorker = true } = {}) {
  if (viaWorker) await setStorage(browser.worker, { test_no_checker_frame: true });
  await browser.worker.evaluate(() => {
    if (globalThis.presendTestRequests) return;
    globalThis.presendTestRequests = [];
    chrome.runtime.onMessage.addListener((message) => {
      if (message?.kind === "check") globalThis.presendTestRequests.push(message);
    });
  });
  return () => browser.worker.evaluate(() => globalThis.presendTestRequests.splice(0));
}

/** Waits until the look-alike has recorded `count` sent messages (and a little longer). */
export async function waitForSent(gmail, count, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (gmail.sent.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 500)); // would another one follow?
  return gmail.sent;
}
