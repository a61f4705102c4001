// Launches Debian's Chromium with the built extension loaded, the way
// ../../../shared/recipes/chromium.md describes.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before } from "node:test";
import { chromium } from "playwright-core";

/** Debian's Chromium, the browser every Chromium test drives. */
export const CHROMIUM = "/usr/bin/chromium";
export const EXTENSION_DIR = process.env.PRESEND_EXTENSION_DIR;
export const OUT_DIR = process.env.PRESEND_E2E_OUT ?? path.resolve("tests/e2e/out");

/** Rejects if `promise` has not settled after `ms` (some CDP calls never time out). */
export function within(ms, what, promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function launchOnce({ storage, colorScheme, locale, extensionDir }) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "presend-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme,
    locale,
    timeout: 60000,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const close = async () => {
    await within(30000, "closing Chromium", context.close()).catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  };
  try {
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 30000 }));
    await within(
      15000,
      "writing the extension's storage",
      worker.evaluate(async (values) => {
        await chrome.storage.local.clear();
        await chrome.storage.local.set(values);
      }, storage),
    );
    return {
      context,
      // Chrome may stop and restart an idle service worker: use the live one.
      get worker() {
        return context.serviceWorkers()[0] ?? worker;
      },
      extensionId: new URL(worker.url()).host,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Starts Chromium with a fresh profile and the extension. `storage` is
 * written to the extension's storage.local before any page opens.
 * `extensionDir`: another build of the extension than the test build (see
 * brokenExtensionCopy). Resolves to { context, worker, extensionId, close }.
 * On a loaded machine the first start occasionally stalls; it is tried twice.
 */
export async function launchWithExtension({
  storage = {},
  colorScheme = "light",
  locale = "en-US",
  extensionDir = EXTENSION_DIR,
} = {}) {
  if (!EXTENSION_DIR) throw new Error("PRESEND_EXTENSION_DIR is not set: run tests/e2e/chromium/run.sh");
  const options = { storage, colorScheme, locale, extensionDir };
  try {
    return await launchOnce(options);
  } catch (error) {
    console.log(`# Chromium start failed (${error.message}); trying once more`);
    return launchOnce(options);
  }
}

/**
 * Chromium with the extension (launchWithExtension's `options`), started
 * before the file's tests and closed after; handed to `ready(browser)`.
 */
export function withExtension(ready, options = {}) {
  let browser;
  before(async () => {
    browser = await launchWithExtension(options);
    ready(browser);
  });
  after(async () => {
    await browser?.close();
  });
}

/**
 * A copy of the test build in a temporary folder with `files` (paths inside
 * the extension) overwritten by the given contents: an extension whose
 * core is damaged, as a failed update or a broken disk would leave it.
 * Resolves to the folder.
 */
export function brokenExtensionCopy(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "presend-broken-"));
  fs.cpSync(EXTENSION_DIR, dir, { recursive: true });
  for (const [file, contents] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), contents);
  return dir;
}

/**
 * Stops the extension's service worker, as Chrome does to an idle MV3
 * worker (the same call as "Stop" in chrome://serviceworker-internals).
 * The next message to it starts a fresh one.
 */
export async function stopServiceWorkers(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await within(
      15000,
      "stopping the service worker",
      (async () => {
        await cdp.send("ServiceWorker.enable");
        await cdp.send("ServiceWorker.stopAllWorkers");
      })(),
    );
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Writes to the extension's storage.local. */
export function setStorage(worker, values) {
  return within(
    15000,
    "writing storage",
    worker.evaluate((v) => chrome.storage.local.set(v), values),
  );
}

export function readStorage(worker) {
  return within(
    15000,
    "reading storage",
    worker.evaluate(() => chrome.storage.local.get(null)),
  );
}

/** A screenshot into tests/e2e/out/screenshots/NAME.png (`fullPage`: the whole page, not the window). */
export async function screenshot(page, name, { fullPage = false } = {}) {
  const dir = path.join(OUT_DIR, "screenshots");
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage });
}
