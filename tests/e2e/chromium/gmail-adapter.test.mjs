// The Gmail adapter on compose-window markup, without a server or a built
// extension: Chromium opens each fixture as if at https://mail.google.com
// (page.route answers in-process), the content scripts are injected from
// extension/ with a stand-in for the extension API that records what would
// go to the checker and answers "nothing to warn about", so presend then
// re-triggers Gmail's own control. Fixtures: today's pop-up, full screen and
// inline reply (the look-alike page, without its script) and the 2020
// pop-up (fixtures/gmail-2020-popup.html). For each way to send, the draft
// must be whole and the control the user chose must fire once.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM } from "./lib/browser.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const extension = path.resolve(here, "../../../extension");
const GMAIL = "https://mail.google.com";
const EXTENSION = "https://presend.test/";
const PAGES = {
  "/lookalike": path.join(here, "gmail-lookalike/index.html"),
  "/gmail.css": path.join(here, "gmail-lookalike/gmail.css"),
  "/2020": path.join(here, "fixtures/gmail-2020-popup.html"),
};
const CONTENT_SCRIPTS = ["dom-text.js", "reply-date.js", "host.js", "gmail.js", "gmail-account.js"];

// Runs in the page before anything else: the extension API as host.js uses
// it, a record of check requests, and a record of the clicks that reach the
// page on its controls (presend's own interception stops the user's; only
// its replay after the check gets through). ?account= sets GLOBALS[10].
function installStandIn() {
  const record = { requests: [], fired: [] };
  window.presendTest = record;
  const account = new URLSearchParams(location.search).get("account");
  if (account) window.GLOBALS = Object.assign([], { 10: account });
  globalThis.browser = {
    runtime: {
      getURL: (file) => `https://presend.test/${file}`,
      sendMessage: async (message) => {
        if (message?.kind !== "check") return { kind: "done" };
        record.requests.push(structuredClone(message));
        return { kind: "findings", findings: [], rules: [], uiLang: "en" };
      },
    },
    storage: {
      local: { get: async () => ({}) },
      managed: { get: async () => ({}) },
      onChanged: { addListener() {} },
    },
  };
  document.addEventListener("click", (event) => {
    const control = event.target.closest?.('[role="button"], [role="menuitem"]');
    if (control) record.fired.push(control.textContent.trim() || control.getAttribute("aria-label"));
  });
}

// Files answered in-process: the fixtures as Gmail's pages, extension/ as
// the extension's own URLs.
function serve(route) {
  const url = new URL(route.request().url());
  let file;
  let type = "text/javascript";
  if (url.origin === GMAIL) {
    file = PAGES[url.pathname];
    type = file?.endsWith(".css") ? "text/css" : "text/html; charset=utf-8";
  } else {
    const name = url.pathname.slice(1);
    file = path.join(extension, name.startsWith("_locales/") ? `shared/${name}` : name);
    if (name.endsWith(".json")) type = "application/json";
  }
  if (!file || !fs.existsSync(file)) return route.fulfill({ status: 404 });
  return route.fulfill({
    contentType: type,
    headers: { "access-control-allow-origin": "*" },
    body: fs.readFileSync(file),
  });
}

let browser;
let page;
before(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] });
  page = await browser.newPage();
  await page.route(`${GMAIL}/**`, serve);
  await page.route(`${EXTENSION}**`, serve);
  await page.addInitScript(installStandIn);
});
after(async () => browser?.close());

/** Loads `fixture` afresh, signed in as `account` (GLOBALS[10]) if given, with presend's content scripts. */
async function open(fixture, { account } = {}) {
  await page.goto(`${GMAIL}${fixture}${account ? `?account=${account}` : ""}`);
  for (const script of CONTENT_SCRIPTS) {
    await page.addScriptTag({ path: path.join(extension, "chrome/content", script) });
  }
  return page;
}

/** Waits for presend to check once and fire the control; returns { request, fired }. */
async function outcome(page) {
  await page.waitForFunction(() => presendTest.fired.length > 0, null, { timeout: 5000 });
  await page.waitForTimeout(200); // would a second one follow?
  const { requests, fired } = await page.evaluate(() => presendTest);
  assert.equal(requests.length, 1, "checked once");
  return { request: requests[0], fired };
}

// Gmail opens the arrow's menu itself; the fixtures have no page script.
const openMenu = (win) =>
  win.evaluate((compose) => {
    compose.querySelector('[role="menu"]').hidden = false;
    compose.querySelector(".hG").setAttribute("aria-expanded", "true");
  });

const WAYS = {
  Send: { fires: "Send", act: (win) => win.locator('div[role="button"].aoO').click() },
  "Enter on Send": {
    fires: "Send",
    act: async (win) => {
      await win.locator('div[role="button"].aoO').focus();
      await win.page().keyboard.press("Enter");
    },
  },
  "Ctrl+Enter in the body": {
    fires: "Send",
    act: (win) => win.locator('[g_editable="true"]').press("Control+Enter"),
  },
  "Ctrl+Enter in the subject": {
    fires: "Send",
    act: (win) => win.locator('input[name="subjectbox"]').press("Control+Enter"),
  },
  "Ctrl+Enter in the recipients box": {
    fires: "Send",
    act: (win) => win.locator('[name="to"] input[peoplekit-id], textarea[name="to"]').press("Control+Enter"),
  },
  "Send & Archive": { fires: "Send & archive", act: (win) => win.locator('div[role="button"].Uo').click() },
  "Schedule send": {
    fires: "Schedule send",
    act: async (win) => {
      await openMenu(win);
      await win.locator('[selector="scheduledSend"]').click();
    },
  },
  "Enter on the open arrow": {
    fires: "Schedule send",
    act: async (win) => {
      await openMenu(win);
      await win.locator(".hG").focus();
      await win.page().keyboard.press("Enter");
    },
  },
};

const CONTRACT = "Hi,\n\nPlease find the contract attached.\n\nMe";

const LAYOUTS = [
  {
    layout: "today's pop-up",
    fixture: "/lookalike",
    window: '[data-compose="a"]',
    account: "ann@example.com", // GLOBALS[10] wins over the title's me@example.com
    expect: { from: "ann@example.com", to: ["Bob <bob@example.org>"], subject: "Contract" },
    ways: Object.keys(WAYS).filter((way) => way !== "Send & Archive"),
  },
  {
    layout: "today's full screen",
    fixture: "/lookalike",
    window: '[data-compose="b"]',
    account: "ann@example.com",
    fullScreen: true,
    expect: { from: "ann@example.com", to: ["Carol <carol@example.net>"], subject: "Contract" },
    ways: ["Send", "Ctrl+Enter in the body", "Ctrl+Enter in the subject", "Schedule send"],
  },
  {
    layout: "today's inline reply",
    fixture: "/lookalike",
    window: '[data-compose="reply"]',
    reply: true, // no GLOBALS here: the account comes from the title
    expect: { from: "me@example.com", to: ["Dave <dave@example.com>"], subject: "Re: Budget" },
    ways: [
      "Send",
      "Send & Archive",
      "Ctrl+Enter in the body",
      "Ctrl+Enter in the recipients box",
      "Schedule send",
    ],
  },
  {
    layout: "the 2020 pop-up",
    fixture: "/2020",
    window: ".M9",
    typedRecipient: "Zoe <zoe@example.org>",
    expect: {
      from: "Me <me@example.org>",
      to: ["Bob <bob@example.org>", "Zoe <zoe@example.org>"],
      subject: "Contract",
    },
    ways: [
      "Send",
      "Enter on Send",
      "Ctrl+Enter in the body",
      "Ctrl+Enter in the subject",
      "Ctrl+Enter in the recipients box",
    ],
  },
];

async function prepare(page, setup) {
  const win = page.locator(setup.window);
  if (setup.fullScreen) {
    await win.evaluate((compose) => {
      const holder = document.querySelector(".aSs");
      holder.querySelector(".aSt").append(compose.closest('[role="dialog"]'));
      holder.hidden = false;
    });
  }
  if (setup.reply) {
    await win.locator('[g_editable="true"] > div').first().click();
    await page.keyboard.type("Thanks, the numbers look fine.");
  } else {
    await win.locator('input[name="subjectbox"]').fill("Contract");
    await win.locator('[g_editable="true"]').fill(CONTRACT);
  }
  if (setup.typedRecipient) await win.locator('textarea[name="to"]').fill(setup.typedRecipient);
  return win;
}

for (const setup of LAYOUTS) {
  for (const way of setup.ways) {
    test(`${setup.layout}, ${way}: the whole draft is read and ${WAYS[way].fires} fires once`, async () => {
      const page = await open(setup.fixture, setup);
      const win = await prepare(page, setup);
      await WAYS[way].act(win);
      const { request, fired } = await outcome(page);
      assert.deepEqual(request.unread, []);
      const { from, to, subject } = request.draft;
      assert.deepEqual({ from, to, subject }, setup.expect);
      assert.match(
        request.draft.body,
        setup.reply ? /^Thanks, the numbers look fine\.\nOn / : /contract attached/,
      );
      if (setup.reply) assert.equal(request.draft.reply_to?.from, "Dave <dave@example.com>");
      assert.deepEqual(fired, [WAYS[way].fires]);
    });
  }
}

test("the 2020 pop-up without its subject fields: the rest is read, the subject listed as unread", async () => {
  const page = await open("/2020");
  const win = await prepare(page, LAYOUTS[3]);
  await win.evaluate((compose) =>
    compose.querySelectorAll("input[name^=subject]").forEach((input) => input.remove()),
  );
  await WAYS.Send.act(win);
  const { request, fired } = await outcome(page);
  assert.deepEqual(request.unread, ["subject"]);
  assert.match(request.draft.body, /contract attached/);
  assert.deepEqual(fired, ["Send"]);
});

test("no message editor to be found: nothing is checked, Send fires once, and a notice says so", async () => {
  const page = await open("/lookalike", { account: "ann@example.com" });
  const win = await prepare(page, LAYOUTS[0]);
  await win.locator('[g_editable="true"]').evaluate((editor) => {
    for (const name of ["g_editable", "role", "contenteditable"]) editor.removeAttribute(name);
  });
  await WAYS.Send.act(win);
  await page.waitForFunction(() => presendTest.fired.length > 0, null, { timeout: 5000 });
  const { requests, fired } = await page.evaluate(() => presendTest);
  assert.deepEqual(requests, []);
  assert.deepEqual(fired, ["Send"]);
  await page.locator("presend-root .presend-notice").waitFor();
  assert.match(await page.locator("presend-root .presend-notice").textContent(), /could not read this draft/);
});

test("the attach button and the arrow itself are not taken for Send", async () => {
  const page = await open("/lookalike", { account: "ann@example.com" });
  const win = await prepare(page, LAYOUTS[0]);
  await win.locator('[command="Files"]').click();
  await win.locator(".hG").click();
  await page.waitForTimeout(300);
  const { requests, fired } = await page.evaluate(() => presendTest);
  assert.deepEqual(requests, [], "no check");
  assert.deepEqual(fired, ["Attach", "More send options"], "the page got both clicks");
});
