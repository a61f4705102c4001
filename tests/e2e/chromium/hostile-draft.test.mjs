// A draft full of markup, bidi controls and a megabyte of text is shown as
// text: no script of it runs, no element of it appears, and the dialog stays
// quick to use.

import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot } from "./lib/browser.mjs";
import { dialog, goBackButton, listedRules } from "./lib/dialog.mjs";
import { withGmailAndExtension } from "./lib/gmail-suite.mjs";
import { clickSend, openCompose, readDraft, writeDraft } from "./lib/roundcube.mjs";

// The markup sits right around the flagged word, so the dialog's excerpt
// shows it.
const HOSTILE =
  "Please find the contract <img src=x onerror=top.pwned=1>attached.</style><style>*{display:none!important}</style>" +
  "<script>top.pwned=2</script> \u202Efdp.exe\u202C \u200F\u05E9\u05DC\u05D5\u05DD\u200F Dear [<b>Name</b>], ";
const MEGABYTE = "Lorem ipsum dolor sit amet, the report follows. ".repeat(22000); // about 1 MB

let browser;
let gmail;
withGmailAndExtension((started, server) => {
  browser = started;
  gmail = server;
});

async function assertShownAsText(page) {
  const shown = await page.evaluate(() => {
    const root = document.querySelector("presend-root").shadowRoot;
    return {
      text: root.querySelector("dialog").textContent,
      foreignElements: [...root.querySelectorAll("img, script, style, b, iframe, object")].length,
      pwned: window.pwned ?? null,
    };
  });
  assert.equal(shown.foreignElements, 0, "no element from the draft is in the dialog");
  assert.equal(shown.pwned, null, "no script from the draft ran");
  assert.ok(
    shown.text.includes("contract <img src=x onerror=top.pwned=1>attached.</style><style>"),
    "the markup is shown as text",
  );
  const box = await dialog(page).boundingBox();
  assert.ok(box && box.height > 100 && box.width > 300, "the dialog is visible (page CSS did not hide it)");
}

test("Roundcube: a hostile 1 MB draft opens a dialog that shows it as text and answers the keyboard at once", async () => {
  const page = await openCompose(browser.context, "plain");
  await writeDraft(
    page,
    { to: "bob@example.org", subject: "</style><img src=x onerror=alert(1)>", body: "x" },
    "plain",
  );
  // Pasted in one go, as a user would paste it.
  await page.locator("#composebody").evaluate((textarea, text) => {
    textarea.value = text;
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }, HOSTILE + MEGABYTE);
  const draftBefore = await readDraft(page, "plain");
  const started = Date.now();
  await clickSend(page);
  await dialog(page).waitFor({ timeout: 15000 });
  const openMs = Date.now() - started;
  await assertShownAsText(page);
  await screenshot(page, "roundcube-hostile-draft");
  const pressed = Date.now();
  await page.keyboard.press("Escape");
  await dialog(page).waitFor({ state: "detached", timeout: 1000 });
  const closeMs = Date.now() - pressed;
  console.log(`# 1 MB draft: dialog open after ${openMs} ms, closed ${closeMs} ms after Esc`);
  assert.ok(openMs < 10000, `the dialog opened in ${openMs} ms`);
  assert.deepEqual(await readDraft(page, "plain"), draftBefore, "the draft is untouched");
  await page.close();
});

test("Gmail look-alike: hostile text typed into the body is shown as text under Trusted Types", async () => {
  const page = await browser.context.newPage();
  await page.goto(gmail.url);
  const b = page.locator('[data-compose="b"]');
  await b.locator('input[name="subjectbox"]').fill("Contract");
  await b.locator('[g_editable="true"]').fill(HOSTILE);
  await b.locator('div[role="button"].aoO').click();
  await dialog(page).waitFor();
  await assertShownAsText(page);
  await goBackButton(page).click();
  await page.close();
});

test("Gmail look-alike: lone surrogates, a right-to-left override and a 200,000-character word keep the dialog in the window", async () => {
  const page = await browser.context.newPage();
  await page.goto(gmail.url);
  const b = page.locator('[data-compose="b"]');
  await b.locator('input[name="subjectbox"]').fill("Contract");
  // Built in the page: lone surrogates do not survive the trip as a string.
  await b.locator('[g_editable="true"]').evaluate((editor) => {
    const lone = String.fromCharCode(0xd800) + " and " + String.fromCharCode(0xdc00);
    editor.textContent =
      `Please find the contract attached. ${lone} \u202E${"x".repeat(200000)}\u202C ` +
      `<a href="javascript:top.pwned=5">link</a> ${"y".repeat(5000)}attached.`;
  });
  await b.locator('[g_editable="true"]').press("Control+Enter");
  await dialog(page).waitFor();
  const layout = await page.evaluate(() => {
    const root = document.querySelector("presend-root").shadowRoot;
    const shown = root.querySelector("dialog");
    const box = shown.getBoundingClientRect();
    const inside = (element) => {
      const r = element.getBoundingClientRect();
      return (
        r.width > 0 && r.left >= -1 && r.top >= -1 && r.right <= innerWidth + 1 && r.bottom <= innerHeight + 1
      );
    };
    return {
      inWindow: inside(shown),
      buttons: [...shown.querySelectorAll(".dialog-buttons button")].map(inside),
      overflowX: shown.scrollWidth - shown.clientWidth,
      widest: Math.max(
        ...[...shown.querySelectorAll("*")].map((element) => element.getBoundingClientRect().right),
      ),
      width: box.width,
      links: root.querySelectorAll("a[href^='javascript:' i]").length,
      pwned: window.pwned ?? null,
    };
  });
  await screenshot(page, "gmail-hostile-long-word");
  assert.ok(layout.inWindow, "the dialog is inside the window");
  assert.ok(
    layout.buttons.length >= 2 && layout.buttons.every(Boolean),
    `buttons on screen: ${layout.buttons}`,
  );
  assert.ok(layout.overflowX <= 1, `the dialog scrolls sideways by ${layout.overflowX} px`);
  assert.equal(layout.links, 0);
  assert.equal(layout.pwned, null);
  await goBackButton(page).click();
  await page.close();
});

test("Gmail look-alike: a thousand repeated words, then an insult and shouting: sixty drawn, the shouting among them, the rest counted", async () => {
  const page = await browser.context.newPage();
  await page.goto(gmail.url);
  const b = page.locator('[data-compose="b"]');
  await b.locator('input[name="subjectbox"]').fill("Report");
  await b.locator('[g_editable="true"]').evaluate((editor) => {
    editor.innerText =
      "Dear Bob,\n\n" +
      "The the report is late. ".repeat(1000) +
      "\n\nYou are an idiot and this is UNACCEPTABLE!!!\n\nAlice";
  });
  await b.locator('div[role="button"].aoO').click();
  await dialog(page).waitFor();
  const rules = await listedRules(page);
  assert.equal(rules.length, 60, "sixty findings drawn");
  // Warnings are listed by place, so the shouting came after all of them.
  assert.ok(
    rules.includes("shouting"),
    `the shouting after a thousand repeated words is drawn: ${[...new Set(rules)]}`,
  );
  assert.match(await dialog(page).locator(".more-findings").textContent(), /^… and \d{3,} more$/);
  await screenshot(page, "gmail-many-findings");
  await goBackButton(page).click();
  await page.close();
});
