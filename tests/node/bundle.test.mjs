// extension/bundle.mjs joins the Thunderbird dialog window's modules into one
// classic script (build.sh): the joined script must behave as the modules
// did. Run by `make node-test`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bundler = join(root, "extension", "bundle.mjs");

function bundle(dir, entry = "page.js") {
  execFileSync(process.execPath, [bundler, dir, entry, "page.bundle.js"], { stdio: "pipe" });
  return readFileSync(join(dir, "page.bundle.js"), "utf8");
}

function withFiles(files, body) {
  const dir = mkdtempSync(join(tmpdir(), "presend-bundle-"));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("modules run once each, imports first, with their exports, renames, URLs and dynamic imports", async () => {
  const files = {
    "page.js": [
      'import { twice, counter as count } from "./lib/math.js";',
      'import { NAME } from "./lib/name.js";',
      'const later = import("./lib/late.js");',
      "log.push(`page ${twice(NAME.length)} ${count()}`);",
      "later.then(({ late }) => late()).then((url) => log.push(url));",
    ].join("\n"),
    "lib/math.js": [
      'import { NAME } from "./name.js";',
      "let runs = 0;",
      "log.push(`math sees ${NAME}`);",
      "export function twice(n) {",
      "  return 2 * n;",
      "}",
      "export const counter = () => ++runs;",
    ].join("\n"),
    "lib/name.js": 'log.push("name");\nexport const NAME = "abc";\n',
    "lib/late.js": 'log.push("late runs");\nexport async function late() {\n  return new URL("x.css", import.meta.url).href;\n}\n',
  };
  const log = [];
  const source = withFiles(files, (dir) => bundle(dir));
  vm.runInNewContext(source, { log, location: { href: "moz-extension://abc/dialog.html?session=d1" }, URL });
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.deepEqual(log, ["name", "math sees abc", "late runs", "page 6 1", "moz-extension://abc/lib/x.css"]);
});

test("a default import and an export list (wasm-bindgen's glue) keep their names", () => {
  const files = {
    "page.js": 'import start, { ready as isReady } from "./glue.js";\nlog.push(start(), isReady());\n',
    "glue.js": "function init() {\n  return \"init\";\n}\nfunction ready() {\n  return true;\n}\nexport { ready, init as default };\n",
  };
  const log = [];
  vm.runInNewContext(withFiles(files, (dir) => bundle(dir)), { log });
  assert.deepEqual(log, ["init", true]);
});

test("a form it does not understand stops the build", () => {
  for (const text of ['import * as all from "./a.js";\n', "export default 1;\n", 'export { b } from "./a.js";\n']) {
    withFiles({ "page.js": text, "a.js": "export const b = 1;\n" }, (dir) => {
      assert.throws(() => bundle(dir), /bundle\.mjs: page\.js/);
    });
  }
});

test("the event page's and the dialog window's modules bundle into scripts that parse", () => {
  const dir = mkdtempSync(join(tmpdir(), "presend-bundle-tb-"));
  try {
    cpSync(join(root, "extension", "thunderbird"), dir, { recursive: true });
    cpSync(join(root, "extension", "shared"), join(dir, "shared"), { recursive: true });
    cpSync(join(root, "pkg", "web"), join(dir, "wasm"), { recursive: true });
    for (const [entry, has] of [
      ["dialog_page.js", /m_shared_dialog_js/],
      ["background.js", /m_wasm_presend_js/],
    ]) {
      const source = bundle(dir, entry);
      assert.doesNotThrow(() => new vm.Script(source), entry);
      assert.doesNotMatch(source, /^\s*(import|export)\s/m);
      assert.match(source, has);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
