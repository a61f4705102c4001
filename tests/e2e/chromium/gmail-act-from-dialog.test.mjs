// Acting from the dialog on the Gmail look-alike: "Attach a file…" presses
// the window's own paperclip (div[command=Files]), whose picker adds the
// file to that window, and the next Send goes out with it and without a
// dialog; "Go back and edit" puts the cursor on the finding, in the body or
// in the subject; "More about this check" opens the rule reference the
// extension carries, at that check, in the dialog's language.

import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot, setStorage } from "./lib/browser.mjs";
import { assertAccessible } from "../lib/axe.mjs";
import { DIALOG_CONTEXT, attachFromDialog, card, dialog, goBackButton } from "./lib/dialog.mjs";
import { waitForSent, withGmailAndExtension } from "./lib/gmail-suite.mjs";

let browser;
let gmail;
withGmailAndExtension((started, server) => {
  browser = started;
  gmail = server;
});

const compose = (page, id) => page.locator(`[data-compose="${id}"]`);

/** Window b (to Carol) with `subject` and `text`; the page. */
async function draftInB(subject, text) {
  gmail.sent.length = 0;
  const page = await browser.context.newPage();
  await page.goto(gmail.url);
  await compose(page, "b").locator('input[name="subjectbox"]').fill(subject);
  await compose(page, "b").locator('[g_editable="true"]').fill(text);
  return page;
}

const sendB = (page) => compose(page, "b").locator('div[role="button"].aoO').click();

test("Attach a file… opens Gmail's own picker for that window; the file goes with the next Send", async () => {
  const page = await draftInB("Contract", "Hi Carol,\n\nPlease find the contract attached.\n\nMe");
  await sendB(page);
  await dialog(page).waitFor();
  await attachFromDialog(page);
  await compose(page, "b").locator(".dL .vI", { hasText: "contract.pdf" }).waitFor();
  assert.equal(await compose(page, "a").locator(".dL").count(), 0, "the other window has no file");
  assert.deepEqual(gmail.sent, [], "nothing is sent by attaching");
  await sendB(page);
  const sent = await waitForSent(gmail, 1);
  assert.equal(await dialog(page).count(), 0, "no second question");
  assert.deepEqual(
    sent.map((message) => [message.compose, message.attachments]),
    [["b", ["contract.pdf"]]],
  );
  await page.close();
});

/** The selected text and whether the focus is in `field` of window b. */
function selectionIn(page, field) {
  return compose(page, "b")
    .locator(field)
    .evaluate((element) => ({
      selected:
        "value" in element && element.matches("input")
          ? element.value.slice(element.selectionStart, element.selectionEnd)
          : document.getSelection().toString(),
      focused: document.activeElement === element,
    }));
}

test("Go back and edit selects the first finding in the body", async () => {
  const body = `Hi Carol,\n\n${"Some lines of news. ".repeat(30)}\n\nThank you for the the report.\n\nMe`;
  const page = await draftInB("Report", body);
  await sendB(page);
  await dialog(page).waitFor();
  await goBackButton(page).click();
  await dialog(page).waitFor({ state: "detached" });
  assert.deepEqual(await selectionIn(page, '[g_editable="true"]'), { selected: "the the", focused: true });
  assert.deepEqual(gmail.sent, []);
  await page.close();
});

test("Go back and edit selects the first finding in the subject", async () => {
  const page = await draftInB("Contract for [Client Name]", "Hi Carol,\n\nThanks for the the news.\n\nMe");
  await sendB(page);
  await dialog(page).waitFor();
  const first = await dialog(page).locator("li.card").first().getAttribute("data-field");
  assert.equal(first, "subject", "the subject's finding comes first");
  await goBackButton(page).click();
  await dialog(page).waitFor({ state: "detached" });
  assert.deepEqual(await selectionIn(page, 'input[name="subjectbox"]'), {
    selected: "[Client Name]",
    focused: true,
  });
  await page.close();
});

test("More about this check opens the reference inside the extension at that check, in Russian", async () => {
  await setStorage(browser.worker, { ui_lang: "ru" });
  try {
    const page = await draftInB("Договор", "Добрый день!\n\nДоговор во вложении.\n\nАнна");
    await sendB(page);
    await dialog(page).waitFor();
    const why = card(page, "forgotten-attachment").locator("details.why");
    await why.locator("summary").click();
    const link = why.locator("a.rule-link");
    assert.equal(await link.textContent(), "Подробнее об этой проверке");
    await assertAccessible(page, "dialog with its reasons unfolded (ru)", { context: DIALOG_CONTEXT });
    const requests = [];
    const record = (request) => requests.push(request);
    browser.context.on("request", record);
    const [reference] = await Promise.all([browser.context.waitForEvent("page"), link.click()]);
    await reference.waitForLoadState();
    const address = new URL(reference.url());
    // (URL.origin is "null" for chrome-extension: in node; compare its parts)
    assert.equal(
      `${address.protocol}//${address.host}`,
      `chrome-extension://${browser.extensionId}`,
      "the extension's own copy",
    );
    assert.equal(address.pathname, "/site/rules.html");
    assert.equal(address.searchParams.get("lang"), "ru");
    assert.equal(address.hash, "#forgotten-attachment");
    const section = reference.locator("section#forgotten-attachment");
    await section.waitFor();
    const shown = await section.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return {
        lang: document.documentElement.lang,
        title: element.querySelector("h3").textContent,
        atTop: box.top >= 0 && box.top < innerHeight / 2,
        guide: element.querySelector(".guide").textContent.length > 200,
      };
    });
    const cardTitle = await why.locator(".reason strong").first().textContent();
    assert.deepEqual(
      shown,
      { lang: "ru", title: cardTitle, atTop: true, guide: true },
      "the check's guide, in Russian",
    );
    await screenshot(reference, "chromium-reference-from-dialog-ru");
    browser.context.off("request", record);
    const fetched = requests.filter((request) => request.frame().page() === reference).map((r) => r.url());
    assert.ok(
      fetched.some((url) => url.endsWith("/wasm/presend_bg.wasm")),
      "the extension's own core",
    );
    assert.deepEqual(
      fetched.filter((url) => !url.startsWith(`chrome-extension://${browser.extensionId}/`)),
      [],
      "nothing is fetched from the web",
    );
    assert.equal(await dialog(page).count(), 1, "the dialog is still there to answer");
    assert.deepEqual(gmail.sent, []);
    await reference.close();
    await page.close();
  } finally {
    await setStorage(browser.worker, { ui_lang: "en" });
  }
});
