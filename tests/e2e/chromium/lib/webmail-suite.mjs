// The end-to-end tests every named web mail's look-alike goes through
// (outlook.test.mjs, yandex.test.mjs, mailru.test.mjs): send by a click and
// by the shortcut, the reply form under a message (quick reply), a quick
// fix, the date of the message being answered, two compose windows kept
// apart, and what the dialog says about parts the page does not show.
//
// A client describes its look-alike: `lookalike` (lib/lookalike-server.mjs),
// `newCompose`/`replyCompose` (the look-alike's data-compose ids), the
// locators `body`, `subject` (null where the form has none) and `send`
// inside a compose form, `replyUnread` (the parts the reply form does not
// show), and `replyDate(date)` (the attribution's date as the client writes it).

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { launchWithExtension, screenshot } from "./browser.mjs";
import { dialog, fixButton, goBackButton, listedRules, notice, sendAnywayButton } from "./dialog.mjs";
import { startLookalike, waitForSent } from "./lookalike-server.mjs";

export const hoursAgo = (hours) => new Date(Date.now() - hours * 3600 * 1000);

export function webmailTests(client) {
  describe(`${client.name} look-alike`, () => {
    let browser;
    let server;

    before(async () => {
      server = await startLookalike(client.lookalike);
      browser = await launchWithExtension();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    const compose = (page, id) => page.locator(`[data-compose="${id}"]`);
    const body = (page, id) => client.body(compose(page, id));

    async function open() {
      server.sent.length = 0;
      const page = await browser.context.newPage();
      await page.goto(server.url);
      return page;
    }

    /** Writes a new message: subject and body (typed, as a user would). */
    async function writeNew(page, { subject, text }) {
      const form = compose(page, client.newCompose);
      await client.subject(form).fill(subject);
      await body(page, client.newCompose).fill(text);
    }

    /** Types `text` at the start of the reply form's body, above the quote. */
    async function typeReply(page, text) {
      const area = body(page, client.replyCompose);
      await area.click({ position: { x: 5, y: 5 } });
      await page.keyboard.press("Control+Home");
      await page.keyboard.type(text);
    }

    const read = (page, id) =>
      compose(page, id).evaluate(
        (form, selectors) => ({
          body: form.querySelector(selectors.body).innerText,
          subject: form.querySelector(selectors.subject)?.value ?? null,
        }),
        client.selectors,
      );

    /** Waits for the dialog or for the form to be sent; resolves to the rules listed ([] if sent). */
    async function outcome(page, id) {
      await page.waitForFunction(
        (which) =>
          !document.querySelector(`[data-compose="${which}"]`) ||
          document.querySelector("presend-root")?.shadowRoot?.querySelector("dialog[open]"),
        id,
        { timeout: 8000 },
      );
      return (await dialog(page).count()) ? listedRules(page) : [];
    }

    test("the page cannot compile WebAssembly (its CSP), so the check runs in the extension", async () => {
      const page = await open();
      const compiled = await page.evaluate(() =>
        WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
          () => "compiled",
          (error) => error.name,
        ),
      );
      assert.equal(compiled, "CompileError");
      await page.close();
    });

    test("a click on Send sends a clean new message without a dialog, and only that window", async () => {
      const page = await open();
      await writeNew(page, { subject: "Monday", text: "Hello,\n\nSee you on Monday.\n\nMe" });
      await client.send(compose(page, client.newCompose)).click();
      const sent = await waitForSent(server, 1);
      assert.deepEqual(
        sent.map((message) => message.compose),
        [client.newCompose],
      );
      assert.equal(sent[0].subject, "Monday");
      assert.match(sent[0].body, /See you on Monday/);
      assert.equal(await dialog(page).count(), 0, "no dialog");
      assert.equal(await compose(page, client.replyCompose).count(), 1, "the reply form is still open");
      await page.close();
    });

    test("Ctrl+Enter in a message with a problem opens the dialog; Send anyway sends it exactly once", async () => {
      const page = await open();
      const text = "Dear [First Name],\n\nthanks for the report.\n\nMe";
      await writeNew(page, { subject: "Report", text });
      await body(page, client.newCompose).press("Control+Enter");
      await dialog(page).waitFor();
      assert.ok((await listedRules(page)).includes("template-placeholder"));
      await screenshot(page, `${client.lookalike}-dialog`);
      assert.deepEqual(server.sent, [], "nothing is sent while the dialog is open");
      await sendAnywayButton(page).click();
      const sent = await waitForSent(server, 1);
      assert.deepEqual(
        sent.map((message) => message.compose),
        [client.newCompose],
      );
      assert.match(sent[0].body, /\[First Name\]/);
      await page.close();
    });

    test("Ctrl+Enter in the subject field is caught too", async () => {
      const page = await open();
      await writeNew(page, { subject: "Report", text: "Dear [First Name],\n\nthanks.\n" });
      await client.subject(compose(page, client.newCompose)).press("Control+Enter");
      await dialog(page).waitFor();
      assert.ok((await listedRules(page)).includes("template-placeholder"));
      await goBackButton(page).click();
      assert.deepEqual(await waitForSent(server, 1, 1000), [], "nothing was sent");
      await page.close();
    });

    test("keyboard only: Enter on the focused Send control opens the dialog, Esc goes back and sends nothing", async () => {
      const page = await open();
      await writeNew(page, { subject: "Report", text: "Dear [First Name],\n\nthanks.\n" });
      await client.send(compose(page, client.newCompose)).focus();
      await page.keyboard.press("Enter");
      await dialog(page).waitFor();
      await page.keyboard.press("Escape");
      await dialog(page).waitFor({ state: "detached" });
      assert.deepEqual(await waitForSent(server, 1, 1000), [], "nothing was sent");
      assert.equal(await compose(page, client.newCompose).count(), 1);
      await page.close();
    });

    test("the reply under a message: a problem opens the dialog, Go back keeps both drafts and the cursor in the reply", async () => {
      const page = await open();
      await writeNew(page, { subject: "Other", text: "Hello,\n\nthe other letter.\n" });
      const otherBefore = await read(page, client.newCompose);
      await typeReply(page, "Dear [First Name], the numbers look fine.");
      const replyBefore = await read(page, client.replyCompose);
      await client.send(compose(page, client.replyCompose)).click();
      await dialog(page).waitFor();
      assert.ok((await listedRules(page)).includes("template-placeholder"));
      await goBackButton(page).click();
      await dialog(page).waitFor({ state: "detached" });
      assert.deepEqual(await waitForSent(server, 1, 1000), [], "nothing was sent");
      assert.deepEqual(await read(page, client.replyCompose), replyBefore, "the reply is as it was");
      assert.deepEqual(await read(page, client.newCompose), otherBefore, "the other window is as it was");
      assert.equal(
        await page.evaluate(() => document.activeElement?.closest("[data-compose]")?.dataset.compose),
        client.replyCompose,
        "the cursor is back in the reply",
      );
      await page.close();
    });

    test("the reply under a message: the dialog names what the form does not show, and that check did not run", async () => {
      const page = await open();
      await typeReply(page, "Dear [First Name], the numbers look fine.");
      await body(page, client.replyCompose).press("Control+Enter");
      await dialog(page).waitFor();
      const line = await dialog(page).locator("p.unread").innerText();
      for (const part of client.replyUnread) assert.match(line, new RegExp(part), `the dialog names ${part}`);
      await screenshot(page, `${client.lookalike}-reply-unread`);
      await sendAnywayButton(page).click();
      const sent = await waitForSent(server, 1);
      assert.deepEqual(
        sent.map((message) => message.compose),
        [client.replyCompose],
      );
      await page.close();
    });

    test("a quick fix changes only the window it belongs to, and the fixed text is what is sent", async () => {
      const page = await open();
      await writeNew(page, { subject: "Report", text: "Thanks for the the report." });
      await typeReply(page, "Thanks for the the numbers.");
      const replyBefore = await read(page, client.replyCompose);
      await body(page, client.newCompose).press("Control+Enter");
      await fixButton(page, "repeated-word").click();
      await notice(page).waitFor();
      assert.equal((await read(page, client.newCompose)).body.trim(), "Thanks for the report.");
      assert.deepEqual(await read(page, client.replyCompose), replyBefore, "the reply is untouched");
      await client.send(compose(page, client.newCompose)).click();
      const sent = await waitForSent(server, 1);
      assert.deepEqual(
        sent.map((message) => [message.compose, message.body.trim()]),
        [[client.newCompose, "Thanks for the report."]],
      );
      await page.close();
    });

    test("a reply three days after the message it answers, with no word about the delay, lists slow-reply", async () => {
      const page = await open();
      await client.setReplyDate(page, hoursAgo(72 + 2));
      await typeReply(page, "Hi Dave, the numbers look fine.");
      await body(page, client.replyCompose).press("Control+Enter");
      const listed = await outcome(page, client.replyCompose);
      assert.ok(listed.includes("slow-reply"), `slow-reply is listed (got ${listed})`);
      const message = await dialog(page).locator('li.finding[data-rule="slow-reply"] .message').innerText();
      assert.match(message, /3 days/, "the message says how late the reply is");
      await goBackButton(page).click();
      await page.close();
    });

    test("the same reply an hour after the message is not late", async () => {
      const page = await open();
      await client.setReplyDate(page, hoursAgo(1));
      await typeReply(page, "Hi Dave, the numbers look fine.");
      await body(page, client.replyCompose).press("Control+Enter");
      const listed = await outcome(page, client.replyCompose);
      assert.ok(!listed.includes("slow-reply"), `slow-reply is not listed (got ${listed})`);
      await page.close();
    });
  });
}

/**
 * A setReplyDate for a look-alike: writes `format(when)` into its reply
 * attribution's [data-lookalike-date]. Node and the browser share the
 * machine's time zone, so the test formats the date itself.
 */
export function attributionDateSetter(format) {
  return (page, when) =>
    page.locator("[data-lookalike-date]").evaluate((element, text) => {
      element.textContent = text;
    }, format(when));
}

const pad = (number) => String(number).padStart(2, "0");

/** "23.11.2026, 10:00": day, month, year, time, as Yandex Mail and many clients write them. */
export const dottedDate = (date) =>
  `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}, ${pad(date.getHours())}:${pad(date.getMinutes())}`;
