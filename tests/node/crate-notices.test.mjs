// THIRD-PARTY-NOTICES.md (shipped in both add-ons and the web page) carries
// the licence notices of every Rust crate compiled into the WebAssembly
// module and the command-line binary, as scripts/crate-notices.mjs writes
// them from the lock file: a dependency added or updated without its notice
// fails here. `node scripts/crate-notices.mjs` rewrites the section.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  END,
  NOTICES,
  START,
  root,
  section,
  shippedCrates,
  withSection,
} from "../../scripts/crate-notices.mjs";

const crateSection = (text) => {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  assert.ok(start !== -1 && end > start, "THIRD-PARTY-NOTICES.md has no crate section");
  return text.slice(start + START.length, end);
};

test("THIRD-PARTY-NOTICES.md is what scripts/crate-notices.mjs writes (--check)", () => {
  const run = spawnSync(process.execPath, [join(root, "scripts/crate-notices.mjs"), "--check"], {
    encoding: "utf8",
  });
  assert.equal(run.status, 0, `crate-notices.mjs --check exited ${run.status}:\n${run.stderr}${run.stdout}`);
});

test("the notices name the crates and the Snowball copyright", () => {
  const notices = crateSection(readFileSync(NOTICES, "utf8"));
  for (const crate of ["talc", "rust-stemmers", "serde_json", "wasm-bindgen", "memchr"]) {
    assert.match(notices, new RegExp(`^- \`${crate}\` \\d`, "m"), `no notice of ${crate}`);
  }
  assert.match(
    notices,
    /Copyright \(c\) 2001, Dr Martin Porter/,
    "no Snowball licence (rust-stemmers' algorithms)",
  );
  assert.match(notices, /Copyright © 2023 Shaun Beautement/, "no copyright line of talc");
  for (const forbidden of ["proc-macro2", "quote", "syn", "serde_derive"]) {
    assert.doesNotMatch(notices, new RegExp(`^- \`${forbidden}\` `, "m"), `${forbidden} is build-time only`);
  }
});

test("a crate's notice taken out is noticed, and put back by the script", () => {
  const text = readFileSync(NOTICES, "utf8");
  const talc = new RegExp(`\n### talc\n[\\s\\S]*?(?=\n### |\n${END})`).exec(text);
  assert.ok(talc, "no heading of talc's own");
  const without = text.replace(talc[0], "");
  const regenerated = withSection(without, section(shippedCrates()));
  assert.notEqual(without, regenerated);
  assert.equal(regenerated, text);
});
