// axe-core on the toolbar popup, in the states a user meets: on a page that
// is not a web page (no switch; where an unlabelled checkbox once showed),
// and on a named web mail (its switch) in English and Russian. Nothing
// serious or critical may be found.

import { after, before, test } from "node:test";
import { assertAccessible } from "../lib/axe.mjs";
import { launchWithExtension, setStorage } from "./lib/browser.mjs";
import { startLookalike } from "./lib/lookalike-server.mjs";
import { openPopupFor } from "./lib/site-switch.mjs";

let browser;
let outlook;

before(async () => {
  outlook = await startLookalike("outlook");
  browser = await launchWithExtension();
});

after(async () => {
  await browser?.close();
  await outlook?.close();
});

test("the popup on a page that is not a web page", async () => {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.locator("body[data-ready]").waitFor();
  await assertAccessible(popup, "the popup without a site");
  await popup.close();
});

for (const lang of ["en", "ru"]) {
  test(`the popup on a named web mail (${lang})`, async () => {
    await setStorage(browser.worker, { ui_lang: lang });
    try {
      const page = await browser.context.newPage();
      await page.goto(outlook.url);
      const popup = await openPopupFor(browser, page);
      await assertAccessible(popup, `the popup on a web mail (${lang})`);
      await popup.close();
      await page.close();
    } finally {
      await setStorage(browser.worker, { ui_lang: "en" });
    }
  });
}
