// Launches Debian's Chromium with the built extension loaded, the way
// ../../../shared/recipes/chromium.md describes.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

export const EXTENSION_DIR = process.env.PRESEND_EXTENSION_DIR;
export const OUT_DIR = process.env.PRESEND_E2E_OUT ?? path.resolve("tests/e2e/out");

/**
 * Starts Chromium with a fresh profile and the extension. `storage` is
 * written to the extension's storage.local before any page opens.
 * Resolves to { context, worker, close }.
 */
export async function launchWithExtension({ storage = {}, colorScheme = "light", locale = "en-US" } = {}) {
  if (!EXTENSION_DIR) throw new Error("PRESEND_EXTENSION_DIR is not set: run tests/e2e/chromium/run.sh");
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "presend-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    colorScheme,
    locale,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  await worker.evaluate(async (values) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set(values);
  }, storage);
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Writes to the extension's storage.local. */
export function setStorage(worker, values) {
  return worker.evaluate((v) => chrome.storage.local.set(v), values);
}

export function readStorage(worker) {
  return worker.evaluate(() => chrome.storage.local.get(null));
}

/** A screenshot into tests/e2e/out/screenshots/NAME.png. */
export async function screenshot(page, name) {
  const dir = path.join(OUT_DIR, "screenshots");
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}
