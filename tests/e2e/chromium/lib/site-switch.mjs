// The toolbar popup's per-site switch, used the way a user does: the popup
// (opened as a page, popup.html?tab=ID, since a headless browser has no
// toolbar to click) and a click on its checkbox.
//
// Turning a site on makes Chrome ask the user for the site. That prompt is
// browser UI a test cannot answer, so grantSite() first does what the user
// can also do on chrome://extensions ("Site access" → "On specific sites" →
// add the site), through that page's own API; the popup's request is then
// granted without a prompt, and everything after it — registering the
// adapter, starting it in the open page — runs as for any user.

import { within } from "./browser.mjs";

/**
 * What the helpers below need of a browser started by launchWithExtension,
 * found from its context alone: { context, worker, extensionId }.
 */
export function browserOf(context) {
  return {
    context,
    get worker() {
      return context.serviceWorkers()[0];
    },
    get extensionId() {
      return new URL(context.serviceWorkers()[0].url()).host;
    },
  };
}

/** Chrome's id of the tab showing `page`. */
export async function tabIdOf(browser, page) {
  await page.bringToFront();
  return within(
    15000,
    "finding the tab",
    browser.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab.id;
    }),
  );
}

/** Grants the extension `origin` as chrome://extensions' "Site access" does. */
export async function grantSite(browser, origin) {
  const settings = await browser.context.newPage();
  try {
    await settings.goto("chrome://extensions/");
    await within(
      15000,
      "granting the site on chrome://extensions",
      settings.evaluate(
        ([id, pattern]) => chrome.developerPrivate.addHostPermission(id, pattern),
        [browser.extensionId, `${origin}/*`],
      ),
    );
  } finally {
    await settings.close();
  }
}

/** Opens the popup for the tab of `page`; resolves to the popup page. */
export async function openPopupFor(browser, page) {
  const tabId = await tabIdOf(browser, page);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator("body[data-ready]").waitFor();
  return popup;
}

/** The popup's switch for the site. */
export const siteSwitch = (popup) => popup.locator("#site-enabled");
export const siteStatus = (popup) => popup.locator("#site-status");

/**
 * Turns presend on or off for the site of `page` in the popup; resolves to
 * the popup's status line once it has settled ("" on a named web mail).
 * The popup is closed after.
 */
export async function switchSite(browser, page, on) {
  let popup = await openPopupFor(browser, page);
  // Only sites other than the named web mails ask Chrome (their switch has a
  // line under it saying so).
  if (on && (await siteStatus(popup).textContent())) {
    await popup.close();
    await grantSite(browser, new URL(page.url()).origin);
    popup = await openPopupFor(browser, page);
  }
  try {
    const checkbox = siteSwitch(popup);
    if ((await checkbox.isChecked()) !== on) {
      await checkbox.click();
      await popup.waitForFunction(
        (wanted) => document.getElementById("site-enabled").checked === wanted && !document.body.dataset.busy,
        on,
      );
    }
    return await siteStatus(popup).textContent();
  } finally {
    await popup.close();
    await page.bringToFront();
  }
}

const turnedOn = new WeakMap(); // browser context -> origins turned on in it

/**
 * Turns presend on for the site of `page` once per browser (a Roundcube
 * server, say), then reloads the page so its scripts run from the start.
 */
export async function ensureSiteOn(context, page) {
  const origin = new URL(page.url()).origin;
  const origins = turnedOn.get(context) ?? new Set();
  turnedOn.set(context, origins);
  if (origins.has(origin)) return;
  await switchSite(browserOf(context), page, true);
  origins.add(origin);
  await page.reload();
}
