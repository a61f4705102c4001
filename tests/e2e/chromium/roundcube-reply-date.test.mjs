// Roundcube: a reply to a message that arrived three days ago. The message
// is put into alice's INBOX over IMAP (lib/imap-append.py), Roundcube's own
// Reply opens the compose page with its quote ("On <date>, <sender> wrote:"
// and "> " lines in the plain editor; p#reply-intro and a blockquote in the
// HTML editor), and the adapter reads it into draft.reply_to.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { launchWithExtension } from "./lib/browser.mjs";
import { dialog, goBackButton, listedRules } from "./lib/dialog.mjs";
import { ROUNDCUBE, openCompose, uniqueSubject } from "./lib/roundcube.mjs";

const APPEND = fileURLToPath(new URL("./lib/imap-append.py", import.meta.url));
const IMAP_PORT = process.env.RC_IMAP_PORT ?? "10343";

let browser;

before(async () => {
  browser = await launchWithExtension();
});

after(async () => {
  await browser?.close();
});

/** A message from Peter, `hours` old, in the INBOX; resolves to its UID. */
function receive(subject, hours) {
  const date = new Date(Date.now() - hours * 3600 * 1000).toUTCString().replace("GMT", "+0000");
  return execFileSync("python3", [APPEND, IMAP_PORT, "Peter Brown <peter@client.com>", subject, date], {
    input: "Hello Alice,\n\nwhere is the contract?\n\nPeter\n",
  })
    .toString()
    .trim();
}

async function openReply(editor, uid) {
  const page = await openCompose(browser.context, editor);
  await page.goto(`${ROUNDCUBE[editor]}?_task=mail&_action=compose&_reply_uid=${uid}&_mbox=INBOX`);
  await page.waitForLoadState("load");
  if (editor === "html") {
    await page.frameLocator("#composebody_ifr").locator("blockquote").waitFor();
  } else {
    await page.waitForFunction(() => /^>/m.test(document.getElementById("composebody")?.value ?? ""));
  }
  return page;
}

// The author's text goes above the quote (top-posting).
async function writeAbove(page, editor, text) {
  if (editor === "html") {
    await page
      .frameLocator("#composebody_ifr")
      .locator("body")
      .evaluate((body, line) => {
        const paragraph = body.ownerDocument.createElement("p");
        paragraph.textContent = line;
        body.prepend(paragraph);
      }, text);
  } else {
    await page.evaluate((line) => {
      const area = document.getElementById("composebody");
      area.value = `${line}\n\n${area.value}`;
    }, text);
  }
}

async function listedAfterSend(page) {
  await page.click("button.btn.btn-primary.send");
  await dialog(page).waitFor({ timeout: 10000 });
  return listedRules(page);
}

for (const editor of ["plain", "html"]) {
  test(`${editor} editor: a reply three days late without an apology lists slow-reply`, async () => {
    const uid = receive(uniqueSubject(`late ${editor}`), 74);
    const page = await openReply(editor, uid);
    // Something else the dialog will also list, so it opens either way: no
    // recipient problem, just a promised attachment.
    await writeAbove(page, editor, "Hello Peter, please find the contract attached.");
    const listed = await listedAfterSend(page);
    assert.ok(listed.includes("slow-reply"), `slow-reply is listed (got ${listed})`);
    const message = await dialog(page).locator('li.finding[data-rule="slow-reply"] .message').innerText();
    assert.match(message, /3 days/);
    await goBackButton(page).click();
    await page.close();
  });
}

test("plain editor: the same reply with 'Sorry for the late reply' does not list slow-reply", async () => {
  const uid = receive(uniqueSubject("late sorry"), 74);
  const page = await openReply("plain", uid);
  await writeAbove(
    page,
    "plain",
    "Hello Peter, sorry for the late reply. Please find the contract attached.",
  );
  const listed = await listedAfterSend(page);
  assert.ok(listed.includes("forgotten-attachment"), `the dialog opened for the attachment (got ${listed})`);
  assert.ok(!listed.includes("slow-reply"), `slow-reply is not listed (got ${listed})`);
  await goBackButton(page).click();
  await page.close();
});

test("html editor: a reply written below Roundcube's bare <blockquote> is still the author's text", async () => {
  const uid = receive(uniqueSubject("below quote"), 1);
  const page = await openReply("html", uid);
  await page
    .frameLocator("#composebody_ifr")
    .locator("body")
    .evaluate((body, line) => {
      const paragraph = body.ownerDocument.createElement("p");
      paragraph.textContent = line;
      body.append(paragraph);
    }, "Hello Peter, please find the contract attached.");
  const listed = await listedAfterSend(page);
  assert.ok(listed.includes("forgotten-attachment"), `the text below the quote was checked (got ${listed})`);
  await goBackButton(page).click();
  await page.close();
});
