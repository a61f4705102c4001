// Accessibility check for any page presend shows, in a Playwright page:
// axe-core (pinned in package.json) is injected into the page and run; the
// serious and critical violations fail the test with what and where.
//
//   import { assertAccessible } from "../axe.mjs";
//   await assertAccessible(page, { label: "options page" });
//   await assertAccessible(page, { label: "dialog", include: { fromShadowDom: ["presend-root", "dialog"] } });
//
// `include` is axe's context (a selector, or { fromShadowDom: [...] } for an
// element inside open shadow roots); default: the whole page. The script is
// evaluated through the debugging protocol, so a page's CSP does not stop it.

import assert from "node:assert/strict";
import fs from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const FAILING = new Set(["serious", "critical"]);

/**
 * Runs axe on `page` (within `include`): resolves to { violations, checked }
 * — the serious and critical violations, and how many elements passed a
 * rule (0 means the context matched nothing).
 */
export async function accessibilityViolations(page, { include = null } = {}) {
  const loaded = await page.evaluate(() => typeof globalThis.axe?.run === "function");
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const { violations, checked } = await page.evaluate(async (context) => {
    const result = await globalThis.axe.run(context ?? document, { resultTypes: ["violations", "passes"] });
    return {
      checked: result.passes.reduce((sum, rule) => sum + rule.nodes.length, 0),
      violations: result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => JSON.stringify(node.target)),
      })),
    };
  }, include);
  return { violations: violations.filter((violation) => FAILING.has(violation.impact)), checked };
}

/** Fails when axe finds a serious or critical violation on `page`, or looks at nothing. */
export async function assertAccessible(page, { label = "page", include = null } = {}) {
  const { violations, checked } = await accessibilityViolations(page, { include });
  assert.ok(checked > 0, `axe found nothing to check in the ${label}`);
  assert.deepEqual(
    violations.map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.targets.join(", ")}`),
    [],
    `axe finds serious or critical problems in the ${label}`,
  );
}
