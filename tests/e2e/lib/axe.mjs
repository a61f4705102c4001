// axe-core (pinned in package.json) run inside a page driven by Playwright,
// for every end-to-end suite: `await assertAccessible(page, "playground (ru)")`
// fails on any serious or critical violation and names each one.
//
// `context` is axe's: a selector, or { fromShadowDom: ["host", "inner"] } for
// an element inside open shadow roots (presend's in-page dialog); default:
// the whole document. The source is evaluated through the debugging
// protocol, so a page's Content-Security-Policy does not stop it (extension
// pages, the Gmail look-alike). A run that finds nothing to check fails too:
// a context that matches nothing would otherwise pass silently.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** The impacts that fail a test. */
export const FAILING = ["serious", "critical"];

/**
 * Runs axe on `page` (or a frame), on `context`; returns the violations of
 * the given impacts as { id, impact, help, targets }, and `checked`: how many
 * elements passed a rule.
 */
export async function axeRun(page, { context = null, impacts = FAILING } = {}) {
  if (!(await page.evaluate(() => typeof globalThis.axe?.run === "function"))) {
    await page.evaluate(source);
  }
  const result = await page.evaluate(async (context) => {
    const found = await globalThis.axe.run(context ?? document, { resultTypes: ["violations", "passes"] });
    return {
      checked: found.passes.reduce((sum, rule) => sum + rule.nodes.length, 0),
      violations: found.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => JSON.stringify(node.target)),
      })),
    };
  }, context);
  return {
    checked: result.checked,
    violations: result.violations.filter((violation) => impacts.includes(violation.impact)),
  };
}

/** The violations axe finds (serious and critical unless `impacts` says otherwise). */
export async function axeViolations(page, options = {}) {
  return (await axeRun(page, options)).violations;
}

/** Fails, naming each violation, when axe finds a serious or critical one, or nothing to check. */
export async function assertAccessible(page, what, options = {}) {
  const { violations, checked } = await axeRun(page, options);
  assert.ok(checked > 0, `axe found nothing to check on ${what}`);
  const lines = violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.targets.slice(0, 5).join(", ")}`);
  assert.deepEqual(lines, [], `axe on ${what}:\n${lines.join("\n")}`);
}
