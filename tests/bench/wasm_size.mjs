// The size of the WASM module, raw and gzipped, and the bar it must stay
// under (issue 12: under 400 KB gzipped, whatever the tone judgement adds).
// Read by tests/bench/wasm_bench.mjs (`make bench`) and
// tests/node/wasm-size.test.mjs (`make test`).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { root } from "./texts.mjs";

/** The most the module may weigh gzipped (level 9): 400 KiB. */
export const GZIP_LIMIT_BYTES = 400 * 1024;

/**
 * The built modules: pkg/web's is the one the add-ons and the playground
 * ship, pkg/node's the one Node loads. For each, {path, raw, gzipped} in bytes.
 */
export function wasmSizes() {
  return ["pkg/web", "pkg/node"].map((dir) => {
    const path = join(dir, "presend_bg.wasm");
    const wasm = readFileSync(join(root, path));
    return { path, raw: wasm.length, gzipped: gzipSync(wasm, { level: 9 }).length };
  });
}
