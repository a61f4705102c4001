// The built page (build/www) served on 127.0.0.1 and a headless Chromium to
// read it, for the tests of tests/e2e/www/. Also the CLI, to compare with.
import { before, after } from "node:test";
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const out = join(root, "tests/e2e/out/www");
export const LANGS = ["en", "ru", "el"];

const port = 18000 + (process.pid % 1000);
export const url = `http://127.0.0.1:${port}/`;

let server;
/** The browser, once `before` has run. */
export let browser;

before(async () => {
  mkdirSync(out, { recursive: true });
  server = spawn(
    "python3",
    ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", join(root, "build/www")],
    { stdio: "ignore" },
  );
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error("the page server did not start");
});

after(async () => {
  await browser?.close();
  server?.kill();
});

/** A page at `path` (e.g. "index.html?lang=ru"), once the checker has loaded. */
export async function open(path, { width = 1280, height = 900, colorScheme = "light" } = {}) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.errors = errors;
  await page.goto(url + path);
  await page.waitForFunction(() => document.getElementById("version").textContent !== "");
  return page;
}

/** Runs the CLI; `args` after `presend`, `input` on standard input. */
export function cli(args, input) {
  try {
    return execFileSync(join(root, "target/release/presend"), args, { input, encoding: "utf8" });
  } catch (error) {
    return error.stdout;
  }
}

/** The findings the CLI gives for a draft. */
export function cliFindings(draft, uiLang) {
  return JSON.parse(cli(["check", "--format", "json", "--ui-lang", uiLang], JSON.stringify(draft))).findings;
}

/**
 * Words of the page's own text written in Latin letters, where the page is
 * in Russian or Greek: text of elements not marked with another `lang`, not
 * code, not quotes of the letter; "presend", addresses and numbers allowed.
 * `scope`: a selector of the parts to read (default: the whole body).
 */
export async function latinWords(page, scope = "body") {
  return page.evaluate((scope) => {
    const lang = document.documentElement.lang;
    const words = [];
    for (const root of document.querySelectorAll(scope)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (
          !element.checkVisibility?.() ||
          element.closest("script, style, textarea, code, .excerpt, #highlights, #version")
        )
          continue;
        const marked = element.closest("[lang]");
        if (marked && marked.lang !== lang) continue;
        for (const word of node.textContent.split(/\s+/)) {
          if (/[@.:/]/.test(word.replace(/[.:,;!?)»”]+$/, ""))) continue; // addresses, links
          const bare = word.replace(/^[«“(]+|[.,;:!?)»”]+$/g, "");
          if (/[A-Za-z]{2,}/.test(bare) && !["presend", "ms"].includes(bare)) words.push(bare);
        }
      }
    }
    return words;
  }, scope);
}
