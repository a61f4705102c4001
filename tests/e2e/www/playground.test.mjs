// The playground page in real Chromium gives the same findings as the CLI
// for the same draft, and the rule reference lists the whole catalogue.
// Run by `make e2e-www` (after `make www native`).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const out = join(root, "tests/e2e/out/www");
const port = 18000 + (process.pid % 1000);
const url = `http://127.0.0.1:${port}/`;
let server;
let browser;

before(async () => {
  mkdirSync(out, { recursive: true });
  server = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", join(root, "build/www")], {
    stdio: "ignore",
  });
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error("the playground server did not start");
});

after(async () => {
  await browser?.close();
  server?.kill();
});

/** Findings from the CLI for a draft given as JSON on standard input. */
function cliFindings(draft, uiLang) {
  let stdout;
  try {
    stdout = execFileSync(join(root, "target/release/presend"), ["check", "--format", "json", "--ui-lang", uiLang], {
      input: JSON.stringify(draft),
      encoding: "utf8",
    });
  } catch (e) {
    stdout = e.stdout;
  }
  return JSON.parse(stdout).findings;
}

const drafts = [
  {
    uiLang: "en",
    fields: { to: "Peter Brown <peter@client.com>", subject: "Contract", body: "Dear Peter,\n\nPlease find the the signed contract attached.\n\nBest regards,\nAnna" },
  },
  {
    uiLang: "ru",
    fields: { to: "Ольга Смирнова <olga@client.ru>", subject: "Заказ", body: "Здравствуйте, %ИМЯ%!\n\nЗаказ 😀 в в пути, ссылка: https://acme.ru/t.\n\nС уважением,\nАнна" },
  },
  {
    uiLang: "el",
    fields: { to: "Νίκος <nikos@client.gr>", subject: "", body: "Αγαπητέ [Όνομα],\n\nΣας επισυνάπτω το τιμολόγιο.\n\nΜε εκτίμηση,\nΆννα" },
  },
];

for (const { uiLang, fields } of drafts) {
  test(`the page shows the CLI's findings (${uiLang})`, async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.getElementById("version").textContent !== "");
    await page.selectOption("select[name=ui_lang]", uiLang);
    for (const [name, value] of Object.entries(fields)) {
      await page.fill(`[name=${name}]`, value);
    }
    const shown = await page.$$eval("#findings li", (items) =>
      items.map((li) => ({ message: li.querySelector("p").textContent, excerpt: li.querySelector("blockquote").textContent })),
    );
    const draft = {
      from: "Anna Smith <anna@acme.com>",
      to: [fields.to],
      cc: [],
      subject: fields.subject,
      body: fields.body,
      attachments: [],
    };
    const expected = cliFindings(draft, uiLang).map((f) => ({ message: f.message, excerpt: f.excerpt || "(empty)" }));
    assert.ok(expected.length > 0);
    assert.deepEqual(shown, expected);
    await page.screenshot({ path: join(out, `playground-${uiLang}.png`), fullPage: true });
    await page.close();
  });
}

test("a quick fix in the page changes the body as suggested", async () => {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById("version").textContent !== "");
  await page.fill("[name=body]", "Sign the the form, please.");
  await page.click("#findings button");
  assert.equal(await page.inputValue("[name=body]"), "Sign the form, please.");
  await page.close();
});

test("the rule reference lists every rule of the catalogue", async () => {
  const page = await browser.newPage();
  await page.goto(url + "rules.html");
  await page.waitForSelector("section.rule");
  const ids = await page.$$eval("section.rule", (sections) => sections.map((s) => s.id));
  const catalogue = JSON.parse(execFileSync(join(root, "target/release/presend"), ["rules", "--format", "json"], { encoding: "utf8" }));
  assert.deepEqual([...ids].sort(), catalogue.map((r) => r.id).sort());
  assert.ok(await page.isVisible("#forgotten-attachment h4, #forgotten-attachment h5"));
  await page.screenshot({ path: join(out, "rules.png") });
  await page.close();
});
