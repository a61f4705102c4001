// A quick fix in a Russian and in a Greek letter, in a real Roundcube: the
// suggestion is written into the page, the letter is checked again (nothing
// left), and the fixed text is what is sent.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launchWithExtension } from "./lib/browser.mjs";
import { dialog, fixButton, notice } from "./lib/dialog.mjs";
import {
  clickSend,
  openCompose,
  readDraft,
  uniqueSubject,
  waitForDelivery,
  writeDraft,
} from "./lib/roundcube.mjs";

let browser;

before(async () => {
  browser = await launchWithExtension();
});

after(async () => {
  await browser?.close();
});

for (const [lang, body, fixed] of [
  ["ru", "Спасибо за за отчёт.\n\nАлиса", /^Спасибо за отчёт\.\n+Алиса$/],
  ["el", "Ευχαριστώ για την την αναφορά.\n\nΑλίκη", /^Ευχαριστώ για την αναφορά\.\n+Αλίκη$/],
]) {
  test(`Roundcube, a ${lang} letter: the fix is applied, checked again, and the fixed text is sent`, async () => {
    const page = await openCompose(browser.context, "plain");
    const subject = uniqueSubject(`${lang} fix`);
    await writeDraft(page, { to: "bob@example.org", subject, body }, "plain");
    await clickSend(page);
    await dialog(page).waitFor();
    await fixButton(page, "repeated-word").click();
    await notice(page).waitFor(); // nothing left after the fix
    assert.match((await readDraft(page, "plain")).body, fixed);
    await clickSend(page);
    const delivered = await waitForDelivery(subject);
    assert.equal(delivered.length, 1);
    await page.close();
  });
}
