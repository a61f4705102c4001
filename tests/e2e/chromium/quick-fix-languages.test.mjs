// A quick fix in a Russian and in a Greek letter, in a real Roundcube: the
// suggestion is written into the page, the letter is checked again (nothing
// left), and the fixed text is what is sent.

import { test } from "node:test";
import assert from "node:assert/strict";
import { withExtension } from "./lib/browser.mjs";
import { fixButton, notice } from "./lib/dialog.mjs";
import { clickSend, readDraft, sendToDialog, waitForDelivery } from "./lib/roundcube.mjs";

let browser;
withExtension((started) => (browser = started));

for (const [lang, body, fixed] of [
  ["ru", "Спасибо за за отчёт.\n\nАлиса", /^Спасибо за отчёт\.\n+Алиса$/],
  ["el", "Ευχαριστώ για την την αναφορά.\n\nΑλίκη", /^Ευχαριστώ για την αναφορά\.\n+Αλίκη$/],
]) {
  test(`Roundcube, a ${lang} letter: the fix is applied, checked again, and the fixed text is sent`, async () => {
    const { page, subject } = await sendToDialog(browser.context, { label: `${lang} fix`, body });
    await fixButton(page, "repeated-word").click();
    await notice(page).waitFor(); // nothing left after the fix
    assert.match((await readDraft(page, "plain")).body, fixed);
    await clickSend(page);
    const delivered = await waitForDelivery(subject);
    assert.equal(delivered.length, 1);
    await page.close();
  });
}
