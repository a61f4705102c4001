// presend's own pages (options, toolbar popup) run under the manifest's
// strict content security policy: script only from the add-on itself (and
// its WASM), no plugins, styles only from its files. The pages work under it
// (nothing they need is refused), and markup put into them cannot run.

import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { EXTENSION_DIR, screenshot } from "./lib/browser.mjs";
import { withGmailAndExtension } from "./lib/gmail-suite.mjs";

let browser;
withGmailAndExtension((started) => {
  browser = started;
});

const PAGES = {
  options: { path: "shared/options.html", ready: "#rules li" },
  popup: { path: "popup.html", ready: "body *" },
};

test("the manifest's policy for extension pages is the strict one", () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, "manifest.json"), "utf8"));
  const policy = Object.fromEntries(
    manifest.content_security_policy.extension_pages
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );
  assert.deepEqual(policy["script-src"], ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(policy["object-src"], ["'none'"]);
  assert.deepEqual(policy["style-src"], ["'self'"]);
});

for (const [name, { path: page, ready }] of Object.entries(PAGES)) {
  test(`${name} page: works under the policy, nothing refused, and injected markup never runs`, async () => {
    const tab = await browser.context.newPage();
    const refused = [];
    tab.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await tab.addInitScript(() => {
      window.presendRefused = [];
      document.addEventListener("securitypolicyviolation", (event) =>
        window.presendRefused.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await tab.goto(`chrome-extension://${browser.extensionId}/${page}`);
    await tab.locator(ready).first().waitFor();
    await tab.waitForTimeout(300);
    assert.deepEqual(
      await tab.evaluate(() => window.presendRefused),
      [],
      "the page needs nothing the policy refuses",
    );
    assert.deepEqual(refused, []);
    // Markup that reached the page (as if a setting held it) stays inert.
    const ran = await tab.evaluate(async () => {
      const holder = document.createElement("div");
      holder.innerHTML =
        '<img src="x" onerror="window.pwned = 1"><a id="presend-js" href="javascript:window.pwned = 2">x</a>' +
        '<span id="presend-styled" style="color: rgb(255, 0, 0)">x</span>';
      document.body.append(holder);
      const script = document.createElement("script");
      script.textContent = "window.pwned = 3";
      document.body.append(script);
      document.getElementById("presend-js").click();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return {
        pwned: window.pwned ?? null,
        inlineStyle: getComputedStyle(document.getElementById("presend-styled")).color,
        refused: window.presendRefused.map((line) => line.split(" ")[0]),
      };
    });
    assert.equal(ran.pwned, null, "no inline script, handler or javascript: link ran");
    assert.notEqual(ran.inlineStyle, "rgb(255, 0, 0)", "an inline style attribute is refused");
    assert.ok(
      ran.refused.some((directive) => directive.startsWith("script-src")),
      `${ran.refused}`,
    );
    await screenshot(tab, `csp-${name}-page`);
    await tab.close();
  });
}
