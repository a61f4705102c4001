// The send flow a Roundcube user goes through, for one editor ("plain" or
// "html"); roundcube-plain-editor.test.mjs and roundcube-html-editor.test.mjs
// run it.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { launchWithExtension, screenshot } from "./browser.mjs";
import { dialog, goBackButton, listedRules, sendAnywayButton } from "./dialog.mjs";
import {
  clickSend,
  openCompose,
  readDraft,
  sinkMessages,
  uniqueSubject,
  waitForDelivery,
  writeDraft,
} from "./roundcube.mjs";

const BODY_ELEMENT_ID = { plain: "composebody", html: "composebody_ifr" };

export function sendFlowTests(EDITOR) {
  describe(`Roundcube, ${EDITOR} editor`, () => {
    let browser;

    before(async () => {
      browser = await launchWithExtension();
    });

    after(async () => {
      await browser?.close();
    });

    test("a clean draft is sent without a dialog and arrives at the SMTP server", async () => {
      const page = await openCompose(browser.context, EDITOR);
      const subject = uniqueSubject(`${EDITOR} clean`);
      await writeDraft(
        page,
        { to: "bob@example.org", subject, body: "Hello Bob,\n\nSee you on Monday.\n\nAlice" },
        EDITOR,
      );
      await clickSend(page);
      const delivered = await waitForDelivery(subject);
      assert.equal(delivered.length, 1, "exactly one copy arrives");
      assert.match(delivered[0], /See you on Monday/);
      assert.equal(await dialog(page).count(), 0, "no dialog was shown");
      await page.close();
    });

    test("a draft that promises an attachment opens the dialog; Go back sends nothing and keeps the draft", async () => {
      const page = await openCompose(browser.context, EDITOR);
      const subject = uniqueSubject(`${EDITOR} contract`);
      const body = "Hello Bob,\n\nPlease find the contract attached.\n\nAlice";
      await writeDraft(page, { to: "bob@example.org", subject, body }, EDITOR);
      const before = await readDraft(page, EDITOR);
      await clickSend(page);
      await dialog(page).waitFor();
      assert.ok((await listedRules(page)).includes("forgotten-attachment"));
      await screenshot(page, `roundcube-${EDITOR}-dialog`);
      await goBackButton(page).click();
      await dialog(page).waitFor({ state: "detached" });
      await page.waitForTimeout(1500);
      assert.equal(sinkMessages(subject).length, 0, "nothing was sent");
      assert.deepEqual(await readDraft(page, EDITOR), before, "the draft is as it was");
      assert.match(page.url(), /_action=compose/, "still on the compose page");
      assert.equal(
        await page.evaluate(() => document.activeElement?.id),
        BODY_ELEMENT_ID[EDITOR],
        "the cursor is back in the text",
      );
      await page.close();
    });

    test("Send anyway delivers the draft exactly once", async () => {
      const page = await openCompose(browser.context, EDITOR);
      const subject = uniqueSubject(`${EDITOR} anyway`);
      await writeDraft(
        page,
        { to: "bob@example.org", subject, body: "Please find the contract attached.\n\nAlice" },
        EDITOR,
      );
      await clickSend(page);
      await sendAnywayButton(page).click();
      const delivered = await waitForDelivery(subject);
      assert.equal(delivered.length, 1, "exactly one copy arrives");
      assert.match(delivered[0], /contract attached/);
      await page.close();
    });

    test("keyboard only: Enter on the Send button opens the dialog, Esc goes back, Send anyway by keyboard sends once", async () => {
      const page = await openCompose(browser.context, EDITOR);
      const subject = uniqueSubject(`${EDITOR} keyboard`);
      await writeDraft(
        page,
        { to: "bob@example.org", subject, body: "Dear [First Name],\n\nthanks.\n" },
        EDITOR,
      );
      await page.focus("button.btn.btn-primary.send");
      await page.keyboard.press("Enter");
      await dialog(page).waitFor();
      assert.ok((await listedRules(page)).includes("template-placeholder"));
      assert.equal(
        await page.evaluate(() => document.querySelector("presend-root").shadowRoot.activeElement?.className),
        "back primary",
        "Go back has the focus",
      );
      await page.keyboard.press("Escape");
      await dialog(page).waitFor({ state: "detached" });
      await page.waitForTimeout(1000);
      assert.equal(sinkMessages(subject).length, 0, "Esc sent nothing");

      await page.focus("button.btn.btn-primary.send");
      await page.keyboard.press("Space");
      await dialog(page).waitFor();
      await page.keyboard.press("Enter"); // takes the default: Go back
      await dialog(page).waitFor({ state: "detached" });
      await page.waitForTimeout(1000);
      assert.equal(sinkMessages(subject).length, 0, "Enter on the default sent nothing");

      await page.focus("button.btn.btn-primary.send");
      await page.keyboard.press("Enter");
      await dialog(page).waitFor();
      await page.keyboard.press("Shift+Tab"); // from Go back to Send anyway
      await page.keyboard.press("Enter");
      const delivered = await waitForDelivery(subject);
      assert.equal(delivered.length, 1, "exactly one copy arrives");
      await page.close();
    });
  });
}
