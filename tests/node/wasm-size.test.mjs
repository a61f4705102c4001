// The WASM module stays under 400 KB gzipped (issue 12), whatever the rules
// and their word lists add: the add-ons download and compile it, and a
// service worker pays for every byte on a cold start.
// Run by `make node-test` after `make wasm`; `make bench` prints the sizes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { GZIP_LIMIT_BYTES, wasmSizes } from "../bench/wasm_size.mjs";

for (const { path, raw, gzipped } of wasmSizes()) {
  test(`${path} is under ${GZIP_LIMIT_BYTES / 1024} KB gzipped`, () => {
    assert.ok(raw > 100 * 1024, `${path} is ${raw} bytes: not a full build of the checker`);
    assert.ok(
      gzipped <= GZIP_LIMIT_BYTES,
      `${path} is ${(gzipped / 1024).toFixed(0)} KB gzipped, over the ${GZIP_LIMIT_BYTES / 1024} KB bar`,
    );
  });
}
