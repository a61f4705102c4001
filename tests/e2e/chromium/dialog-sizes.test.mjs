// The dialog with one finding and with ten, in each interface language, in
// a real Roundcube: read in five seconds (a summary line with the counts in
// the language's plural forms, one card per place in the letter), quoted
// text marked with its language, all of it inside the window, and nothing
// serious for axe. Screenshots: roundcube-dialog-<lang>-<1|10>.png.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { assertAccessible } from "../lib/axe.mjs";
import { launchWithExtension, screenshot, setStorage } from "./lib/browser.mjs";
import { DIALOG_CONTEXT, assertFullyVisible, dialog, listedRules, summaryLine } from "./lib/dialog.mjs";
import { clickSend, openCompose, writeDraft } from "./lib/roundcube.mjs";

const SAMPLES = createRequire(import.meta.url)("../drafts.json");
let browser;

before(async () => {
  browser = await launchWithExtension();
});

after(async () => {
  await browser?.close();
});

const COUNTS = {
  en: { one: /^1 error: /, many: /^\d+ errors, \d+ warnings: / },
  ru: { one: /^1 ошибка: /, many: /^\d+ ошибк[аи], \d+ предупреждени(е|я|й): / },
  el: { one: /^1 σφάλμα: /, many: /^\d+ σφάλματα, \d+ προειδοποιήσεις: / },
};

for (const lang of ["en", "ru", "el"]) {
  test(`Roundcube: one finding and ten, in ${lang}: a summary line, one card per place, nothing serious for axe`, async () => {
    await setStorage(browser.worker, { ui_lang: lang });
    for (const [size, draft] of [
      ["1", SAMPLES.one_finding[lang]],
      ["10", SAMPLES.ten_findings[lang]],
    ]) {
      const page = await openCompose(browser.context, "plain");
      await writeDraft(page, { to: "bob@example.org", ...draft }, "plain");
      await clickSend(page);
      await dialog(page).waitFor();
      const findings = await listedRules(page);
      const cards = await dialog(page).locator("li.card").count();
      const summary = await summaryLine(page).textContent();
      if (size === "1") {
        assert.deepEqual(findings, ["forgotten-attachment"]);
        assert.match(summary, COUNTS[lang].one);
      } else {
        assert.ok(findings.length >= 10, `ten or more findings (premise): ${findings}`);
        assert.ok(cards < findings.length, "several findings on one sentence share a card");
        assert.match(summary, COUNTS[lang].many);
      }
      // Quoted letter text carries its language for screen readers.
      const langs = await dialog(page)
        .locator(".excerpt")
        .evaluateAll((quotes) => quotes.map((quote) => quote.lang));
      // (An empty subject shows "(empty)" in the interface's own language.)
      assert.ok(
        langs.includes(lang) && langs.every((value) => [lang, ""].includes(value)),
        `excerpts: ${langs}`,
      );
      await assertFullyVisible(page);
      await assertAccessible(page, `dialog (${lang}, ${size})`, { context: DIALOG_CONTEXT });
      await screenshot(page, `roundcube-dialog-${lang}-${size}`);
      await page.close();
    }
  });
}
