// Driving the real Roundcube started by tests/e2e/roundcube/start.sh, and
// reading what reached its SMTP sink.

import fs from "node:fs";
import path from "node:path";
import { within } from "./browser.mjs";
import { dialog } from "./dialog.mjs";
import { ensureSiteOn } from "./site-switch.mjs";

export const ROUNDCUBE = {
  plain: process.env.RC_PLAIN_URL ?? "http://127.0.0.1:8380/",
  html: process.env.RC_HTML_URL ?? "http://127.0.0.1:8381/",
};
const SINK_DIR = process.env.PRESEND_SINK_DIR;

/**
 * Logs in as alice and opens an empty compose page; resolves to the page.
 * presend is turned on for the Roundcube server first, in the toolbar
 * popup, as its users do (once per browser). The page's close() is made
 * safe to call right after a send (see closeSettled).
 */
export async function openCompose(context, editor) {
  const base = ROUNDCUBE[editor];
  const page = await context.newPage();
  await page.goto(`${base}?_task=mail&_action=compose`);
  await ensureSiteOn(context, page);
  if (await page.locator("#rcmloginuser").count()) {
    await page.fill("#rcmloginuser", "alice");
    await page.fill("#rcmloginpwd", "secret123");
    await Promise.all([page.waitForURL(/_task=mail/), page.click("#rcmloginsubmit")]);
    if (!/_action=compose/.test(page.url())) await page.goto(`${base}?_task=mail&_action=compose`);
  }
  // Ready when Roundcube's script has drawn the recipient widget and the
  // editor ("networkidle" may not come in time while Roundcube polls the
  // server).
  await page.waitForLoadState("load");
  await page.locator("#compose_to ul.recipient-input input").waitFor();
  if (editor === "html") await page.frameLocator("#composebody_ifr").locator("body").waitFor();
  else await page.locator("#composebody").waitFor();
  const close = page.close.bind(page);
  page.close = (options) => closeSettled(page, close, options);
  return page;
}

/**
 * Closes a Roundcube page. After a send Roundcube leaves the compose page
 * through several navigations, and a tab closed in the middle of one can
 * keep Chromium's close from ever answering; so the page is first taken to
 * about:blank (which ends any navigation in flight), and the close is
 * bounded.
 */
async function closeSettled(page, close, options) {
  await page.goto("about:blank", { timeout: 10000 }).catch(() => {});
  await within(15000, "closing the Roundcube page", close(options)).catch((error) =>
    console.log(`# ${error.message}`),
  );
}

/** Fills To, Subject and the body the way a user would (typing into fields). */
export async function writeDraft(page, { to, subject, body }, editor) {
  const recipient = page.locator("#compose_to ul.recipient-input input");
  await recipient.fill(to);
  await recipient.press("Tab");
  await page.fill("#compose-subject", subject);
  await setBody(page, body, editor);
}

export async function setBody(page, body, editor) {
  if (editor === "html") await page.frameLocator("#composebody_ifr").locator("body").fill(body);
  else await page.fill("#composebody", body);
}

/** What the compose page currently holds: To, Subject and body text. */
export async function readDraft(page, editor) {
  return {
    to: await page.inputValue("#_to"),
    subject: await page.inputValue("#compose-subject"),
    body:
      editor === "html"
        ? await page.frameLocator("#composebody_ifr").locator("body").innerText()
        : await page.inputValue("#composebody"),
  };
}

export async function clickSend(page) {
  await page.click("button.btn.btn-primary.send");
}

/** The raw messages in the sink whose text contains `marker`. */
export function sinkMessages(marker) {
  if (!SINK_DIR) throw new Error("PRESEND_SINK_DIR is not set: run tests/e2e/chromium/run.sh");
  return fs
    .readdirSync(SINK_DIR)
    .filter((name) => name.endsWith(".eml"))
    .map((name) => fs.readFileSync(path.join(SINK_DIR, name), "utf8"))
    .filter((text) => text.includes(marker));
}

/** Waits until a message containing `marker` arrives; resolves to them all. */
export async function waitForDelivery(marker, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = sinkMessages(marker);
    if (found.length) {
      await new Promise((resolve) => setTimeout(resolve, 700)); // would a second copy follow?
      return sinkMessages(marker);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return [];
}

/**
 * Opens a compose page in `editor`, writes `body` to bob@example.org under
 * a subject no other test uses (made from `label`), presses Send and waits
 * for presend's dialog; resolves to { page, subject }.
 */
export async function sendToDialog(context, { label, body, editor = "plain" }) {
  const page = await openCompose(context, editor);
  const subject = uniqueSubject(label);
  await writeDraft(page, { to: "bob@example.org", subject, body }, editor);
  await clickSend(page);
  await dialog(page).waitFor();
  return { page, subject };
}

/** A subject no other test uses, so each test finds its own mail. */
export function uniqueSubject(label) {
  return `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
