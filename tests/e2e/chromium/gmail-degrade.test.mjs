// Degrade, never skip: when Gmail changes a part of its markup so presend
// cannot find the subject or the recipients, the message text is still
// checked, the dialog says in one line which checks could not run, no
// finding is made up about the part not read (no "missing subject"), and
// "only external mail" does not let through mail whose recipients are
// unknown.

import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot, setStorage } from "./lib/browser.mjs";
import { dialog, listedRules, notice, sendAnywayButton } from "./lib/dialog.mjs";
import {
  composeInGmail,
  recordCheckRequests,
  waitForSent,
  withGmailAndExtension,
} from "./lib/gmail-suite.mjs";

let browser;
let gmail;
withGmailAndExtension((started, server) => {
  browser = started;
  gmail = server;
});

/** Window b with `body`, after `breakMarkup` ran on it in the page; Ctrl+Enter in the body. */
async function sendWithBrokenMarkup(body, breakMarkup) {
  const { page, editor } = await composeInGmail(browser, gmail, body, { change: breakMarkup });
  await editor.press("Control+Enter");
  return page;
}

// As if Gmail had renamed its subject fields.
const renameSubject = (compose) => {
  for (const input of compose.querySelectorAll('input[name="subjectbox"], input[name="subject"]')) {
    input.setAttribute("name", "renamed");
  }
};

// As if Gmail had renamed its recipient rows.
const renameRecipients = (compose) => {
  for (const row of compose.querySelectorAll('[name="to"], [name="cc"], [name="bcc"]')) {
    row.setAttribute("name", "renamed");
  }
};

test("subject not found: the text is checked, the dialog says the subject was not, and no 'missing subject' is made up", async () => {
  const requests = await recordCheckRequests(browser);
  await requests();
  const page = await sendWithBrokenMarkup("Please find the contract attached.", renameSubject);
  await dialog(page).waitFor();
  const listed = await listedRules(page);
  assert.ok(listed.includes("forgotten-attachment"), `the body was checked (got ${listed})`);
  assert.ok(!listed.includes("missing-subject"), "no finding about a subject that was not read");
  assert.equal(
    await dialog(page).locator("p.unread").textContent(),
    "Some checks did not run: presend could not read the subject in this window.",
  );
  const [{ draft, unread }] = await requests();
  assert.deepEqual(unread, ["subject"]);
  assert.deepEqual(draft.to, ["Carol <carol@example.net>"], "the rest was read");
  await screenshot(page, "gmail-dialog-subject-unread");
  await sendAnywayButton(page).click();
  assert.deepEqual(
    (await waitForSent(gmail, 1)).map((m) => m.compose),
    ["b"],
  );
  await page.close();
});

test("recipients not found: with only external mail checked, the draft is checked all the same", async () => {
  await setStorage(browser.worker, { only_external: true, internal_domains: ["example.net"] });
  try {
    const page = await sendWithBrokenMarkup("Please find the contract attached.", renameRecipients);
    await dialog(page).waitFor();
    assert.ok((await listedRules(page)).includes("forgotten-attachment"));
    assert.match(await dialog(page).locator("p.unread").textContent(), /could not read the recipients/);
    assert.deepEqual(gmail.sent, [], "nothing went out unchecked");
    await page.close();
  } finally {
    await setStorage(browser.worker, { only_external: false, internal_domains: [] });
  }
});

test("a clean draft whose subject was not found is sent, and a notice says the subject was not checked (in Russian too)", async () => {
  await setStorage(browser.worker, { ui_lang: "ru" });
  try {
    const page = await sendWithBrokenMarkup(
      "Добрый день, Карол!\n\nДоговор подпишем в пятницу.\n\nС уважением, Я",
      renameSubject,
    );
    await notice(page).waitFor();
    assert.equal(
      await notice(page).locator("span").textContent(),
      "presend не нашёл ничего, о чём стоит предупредить, но не смог прочитать тему, поэтому это не проверено.",
    );
    assert.equal(await dialog(page).count(), 0);
    assert.deepEqual(
      (await waitForSent(gmail, 1)).map((m) => m.compose),
      ["b"],
    );
    await page.close();
  } finally {
    await setStorage(browser.worker, { ui_lang: "en" });
  }
});
