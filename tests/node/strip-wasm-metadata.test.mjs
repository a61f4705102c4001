// scripts/strip-wasm-metadata.mjs (run by `make wasm`) drops the linker's
// `target_features` section and nothing else: every other section of the
// module comes out byte for byte, and the built modules carry none.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { stripped } from "../../scripts/strip-wasm-metadata.mjs";
import { root } from "../bench/texts.mjs";

/** A custom section (id 0) named `name` holding `payload` (short: one-byte sizes). */
const custom = (name, payload) => {
  const nameBytes = new TextEncoder().encode(name);
  const content = [nameBytes.length, ...nameBytes, ...payload];
  return [0, content.length, ...content];
};
const header = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
// A type section with one function type () -> ().
const types = [1, 4, 1, 0x60, 0, 0];

test("only the target_features section is dropped", () => {
  const module = Uint8Array.from([
    ...header,
    ...custom("keep_me", [1, 2, 3]),
    ...types,
    ...custom("target_features", [1, 0x2b, 4, 0x61, 0x62, 0x63, 0x64]),
    ...custom("name", [9]),
  ]);
  const out = stripped(module);
  assert.deepEqual([...out], [...header, ...custom("keep_me", [1, 2, 3]), ...types, ...custom("name", [9])]);
  assert.ok(WebAssembly.validate(out), "still a valid module");
  assert.deepEqual([...stripped(out)], [...out], "stripping again changes nothing");
});

test("something that is not a module is refused", () => {
  assert.throws(() => stripped(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8])), /not a WebAssembly module/);
  assert.throws(() => stripped(Uint8Array.from([...header, 0, 9, 1])), /runs past the end/);
});

for (const dir of ["pkg/web", "pkg/node"]) {
  test(`${dir}'s module has no target_features section and still compiles`, async () => {
    const bytes = readFileSync(join(root, dir, "presend_bg.wasm"));
    const module = await WebAssembly.compile(bytes);
    assert.deepEqual(WebAssembly.Module.customSections(module, "target_features"), []);
  });
}
