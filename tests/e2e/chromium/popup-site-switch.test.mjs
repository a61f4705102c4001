// The toolbar popup's per-site switch, on every kind of site: on the named
// web mails' look-alikes it turns presend off and on again; on Roundcube it
// asks for the site and recognises Roundcube; on a page that is not a web
// page it shows no switch at all, and the popup says which language it is in.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launchWithExtension, screenshot } from "./lib/browser.mjs";
import { dialog, listedRules } from "./lib/dialog.mjs";
import { startLookalike, waitForSent } from "./lib/lookalike-server.mjs";
import { ROUNDCUBE } from "./lib/roundcube.mjs";
import { openPopupFor, siteStatus, siteSwitch, switchSite } from "./lib/site-switch.mjs";

let browser;
const servers = {};
// Where each named look-alike's new message is, and how it is written and sent.
const NAMED = {
  outlook: { compose: "new", body: '[id^="editorParent_"] > [contenteditable="true"]' },
  yandex: { compose: "popup", body: ".cke_wysiwyg_div" },
  mailru: { compose: "new", body: '[role="textbox"]' },
};

before(async () => {
  for (const name of Object.keys(NAMED)) servers[name] = await startLookalike(name);
  browser = await launchWithExtension();
});

after(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) await server.close();
});

/** Ctrl+Enter on a draft with an unfilled template field; resolves to the rules listed, [] if it was sent. */
async function sendPlaceholderDraft(name) {
  const server = servers[name];
  server.sent.length = 0;
  const page = await browser.context.newPage();
  await page.goto(server.url);
  const body = page.locator(`[data-compose="${NAMED[name].compose}"] ${NAMED[name].body}`);
  await body.fill("Dear [First Name],\n\nthanks for the report.\n");
  await body.press("Control+Enter");
  await page.waitForFunction(
    (which) =>
      !document.querySelector(`[data-compose="${which}"]`) ||
      document.querySelector("presend-root")?.shadowRoot?.querySelector("dialog[open]"),
    NAMED[name].compose,
  );
  const rules = (await dialog(page).count()) ? await listedRules(page) : [];
  if (!rules.length) assert.equal((await waitForSent(server, 1)).length, 1, "sent once");
  return { page, rules };
}

for (const name of Object.keys(NAMED)) {
  test(`${name} look-alike: the switch is on; off, a draft with a problem goes out unchecked; on again, it is caught`, async () => {
    const first = await sendPlaceholderDraft(name);
    assert.ok(first.rules.includes("template-placeholder"), "checked while on");
    const popup = await openPopupFor(browser, first.page);
    assert.equal(await siteSwitch(popup).isChecked(), true);
    assert.equal(await siteStatus(popup).isVisible(), false, "no line under a named web mail's switch");
    await popup.close();

    await switchSite(browser, first.page, false);
    await first.page.close();
    const off = await sendPlaceholderDraft(name);
    assert.deepEqual(off.rules, [], "no dialog while off");
    await switchSite(browser, off.page, true);
    await off.page.close();
    const on = await sendPlaceholderDraft(name);
    assert.ok(on.rules.includes("template-placeholder"), "checked again");
    await on.page.close();
  });
}

test("Roundcube: off until turned on; the popup then recognises it and registers the Roundcube adapter for that server only", async () => {
  const page = await browser.context.newPage();
  await page.goto(ROUNDCUBE.plain);
  const popup = await openPopupFor(browser, page);
  assert.equal(await siteSwitch(popup).isChecked(), false, "off: Roundcube is no longer injected everywhere");
  await popup.close();
  const status = await switchSite(browser, page, true);
  assert.match(status, /Roundcube recognised/);
  const shown = await openPopupFor(browser, page);
  await shown.setViewportSize({ width: 360, height: 220 });
  await screenshot(shown, "popup-roundcube-on");
  await shown.close();
  const registered = await browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
  assert.deepEqual(
    registered.map((script) => [script.matches, script.js.at(-1)]),
    [[[`${new URL(ROUNDCUBE.plain).origin}/*`], "content/roundcube.js"]],
  );
  const { origins } = await browser.worker.evaluate(() => chrome.permissions.getAll());
  assert.ok(origins.includes(`${new URL(ROUNDCUBE.plain).origin}/*`), "the server's own origin is granted");
  assert.ok(
    !origins.includes(`${new URL(ROUNDCUBE.html).origin}/*`),
    "not the other server on the same host",
  );
  assert.deepEqual(
    origins.filter((origin) => origin === "<all_urls>" || origin.includes("//*")),
    [],
    "no permission for every site",
  );
  await switchSite(browser, page, false);
  assert.deepEqual(await browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts()), []);
  await page.close();
});

test("on a page that is not a web page the popup shows no switch, and it names its language and title", async () => {
  const page = await browser.context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.locator("body[data-ready]").waitFor();
  assert.equal(await page.locator("#site-enabled").isVisible(), false, "no switch without a site");
  assert.equal(await page.locator("#no-site").isVisible(), true);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.equal(await page.title(), "presend");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the popup in Russian: its language, its switch's label", async () => {
  await browser.worker.evaluate(() => chrome.storage.local.set({ ui_lang: "ru" }));
  const server = servers.outlook;
  const page = await browser.context.newPage();
  await page.goto(server.url);
  const popup = await openPopupFor(browser, page);
  assert.equal(await popup.evaluate(() => document.documentElement.lang), "ru");
  assert.equal(await popup.getByLabel(`Проверять письма на ${new URL(server.url).host}`).isChecked(), true);
  await popup.setViewportSize({ width: 360, height: 200 });
  await screenshot(popup, "popup-named-site-ru");
  await popup.close();
  await page.close();
  await browser.worker.evaluate(() => chrome.storage.local.remove("ui_lang"));
});
