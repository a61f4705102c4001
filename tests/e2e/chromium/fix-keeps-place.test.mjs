// After a fix far down a long list of findings, the re-checked dialog keeps
// its scroll position and puts the focus on the card that had it (or the
// next one) — the reader does not start over at the top.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { launchWithExtension } from "./lib/browser.mjs";
import { dialog } from "./lib/dialog.mjs";
import { clickSend, openCompose, uniqueSubject, writeDraft } from "./lib/roundcube.mjs";

const SAMPLES = createRequire(import.meta.url)("../drafts.json");
let browser;

before(async () => {
  browser = await launchWithExtension();
});

after(async () => {
  await browser?.close();
});

test("Roundcube: after a fix far down a long list, the dialog keeps its place and the focus", async () => {
  const page = await openCompose(browser.context, "plain");
  const { subject, body } = SAMPLES.ten_findings.en;
  await writeDraft(page, { to: "bob@example.org", subject: uniqueSubject(subject), body }, "plain");
  await clickSend(page);
  await dialog(page).waitFor();
  const cards = await dialog(page).locator("li.card").count();
  // The last card with a fix: scrolled to, fixed.
  const last = dialog(page).locator("li.card:has(button.fix)").last();
  const key = await last.getAttribute("data-key");
  await last.locator("button.fix").first().scrollIntoViewIfNeeded();
  const scrolled = await dialog(page)
    .locator(".dialog-body")
    .evaluate((body) => body.scrollTop);
  assert.ok(scrolled > 0, "the list scrolls");
  await last.locator("button.fix").first().click();
  await dialog(page).locator(`li.card:not([data-key="${key}"])`).first().waitFor();
  await page.waitForFunction(() => {
    const root = document.querySelector("presend-root").shadowRoot;
    return root.querySelectorAll("dialog.presend-dialog").length === 1 && !root.querySelector("dialog.busy");
  });
  const after = await dialog(page).evaluate((element) => {
    const body = element.querySelector(".dialog-body");
    const focused = element.getRootNode().activeElement;
    const card = focused?.closest("li.card");
    const box = card?.getBoundingClientRect();
    const frame = body.getBoundingClientRect();
    return {
      scrollTop: body.scrollTop,
      focusedCard: Boolean(card),
      inView: Boolean(box && box.top >= frame.top - 1 && box.top < frame.bottom),
      cards: element.querySelectorAll("li.card").length,
    };
  });
  assert.ok(after.focusedCard, "the focus is on a card, not back at the top");
  assert.ok(after.inView, "and that card is in view");
  assert.ok(after.scrollTop > 0, "the list did not jump back to the top");
  assert.ok(after.cards <= cards);
  await page.close();
});
