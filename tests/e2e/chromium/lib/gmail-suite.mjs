// The set-up most Gmail tests share: the look-alike server and Chromium
// with the extension, started before the file's tests and closed after.

import { after, before } from "node:test";
import { launchWithExtension } from "./browser.mjs";
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
