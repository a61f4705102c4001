// Quick fixes in a rich-text body whose text offsets are not DOM offsets:
// an emoji before the span (two UTF-16 units), and a span that crosses
// formatting (the second word bold).

import { test } from "node:test";
import assert from "node:assert/strict";
import { dialog, fixButton, notice } from "./lib/dialog.mjs";
import { withGmailAndExtension } from "./lib/gmail-suite.mjs";

let browser;
let gmail;
withGmailAndExtension((started, server) => {
  browser = started;
  gmail = server;
});

/** Builds the body of compose window a from [text, bold?] runs, as pasted formatted text would be. */
async function pasteFormatted(page, lines) {
  await page.locator('[data-compose="a"]').evaluate((compose, lines) => {
    const body = compose.querySelector('[g_editable="true"]');
    body.replaceChildren(
      ...lines.map((runs) => {
        const line = document.createElement("div");
        for (const [text, bold] of runs) {
          if (bold) line.append(Object.assign(document.createElement("b"), { textContent: text }));
          else line.append(text);
        }
        return line;
      }),
    );
    compose.querySelector('input[name="subjectbox"]').value = "Report";
  }, lines);
}

const bodyText = (page) => page.locator('[data-compose="a"] [g_editable="true"]').innerText();

test("after an emoji and across bold text, the fix replaces exactly the doubled word", async () => {
  const page = await browser.context.newPage();
  await page.goto(gmail.url);
  await pasteFormatted(page, [
    [["Hi Bob 👋🏽,"]],
    [["Thanks for "], ["the "], ["the", true], [" report."]],
    [["Ünïcödé stays: «ёлка», καλημέρα."]],
  ]);
  await page.locator('[data-compose="a"] [g_editable="true"]').press("Control+Enter");
  await dialog(page).waitFor();
  await fixButton(page, "repeated-word").click();
  await notice(page).waitFor();
  assert.equal(await bodyText(page), "Hi Bob 👋🏽,\nThanks for the report.\nÜnïcödé stays: «ёлка», καλημέρα.");
  await page.close();
});
