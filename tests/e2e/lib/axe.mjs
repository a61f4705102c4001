// axe-core (pinned in package.json) run inside a page driven by Playwright,
// for every end-to-end suite: `await assertAccessible(page, "playground (ru)")`
// fails on any serious or critical violation and names each one.
//
// The source is added as a <script>; on a page whose Content-Security-Policy
// forbids inline scripts (extension pages), open the page in a context made
// with `bypassCSP: true`.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** The impacts that fail a test. */
export const FAILING = ["serious", "critical"];

/**
 * Runs axe on `page` (or a frame), on `context` (a selector, default the
 * whole document); returns the violations as { id, impact, help, targets }.
 */
export async function axeViolations(page, { context = null, impacts = FAILING } = {}) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) {
    await page.addScriptTag({ content: source });
  }
  const result = await page.evaluate(
    (selector) =>
      window.axe.run(selector ? document.querySelector(selector) : document, { resultTypes: ["violations"] }),
    context,
  );
  return result.violations
    .filter((violation) => impacts.includes(violation.impact))
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
}

/** Fails, naming each violation, when axe finds a serious or critical one. */
export async function assertAccessible(page, what, options = {}) {
  const violations = await axeViolations(page, options);
  const lines = violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.targets.slice(0, 5).join(", ")}`);
  assert.deepEqual(lines, [], `axe on ${what}:\n${lines.join("\n")}`);
}
