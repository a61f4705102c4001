// Removes the `target_features` custom section from WebAssembly modules,
// in place: `node scripts/strip-wasm-metadata.mjs FILE.wasm…` (`make wasm`
// runs it on what wasm-bindgen wrote).
//
// The linker writes that section to say which WebAssembly features the
// code was compiled with, for other linkers; nothing that loads the module
// reads it, and wasm-bindgen has no switch to leave it out (as it has for
// the `name` and `producers` sections). It weighs about 130 bytes of the
// gzipped module, whose size has a bar (`tests/bench/wasm_size.mjs`).
// Every other section is copied byte for byte.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Custom sections to drop, by name. */
const DROPPED = new Set(["target_features"]);

/** Reads an unsigned LEB128 number at `at`: [value, position after it]. */
function leb128(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
    shift += 7;
  }
}

/** `bytes` (a whole module) without the custom sections named in DROPPED. */
export function stripped(bytes) {
  const magic = [0x00, 0x61, 0x73, 0x6d];
  if (!magic.every((b, i) => bytes[i] === b)) throw new Error("not a WebAssembly module");
  const kept = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at];
    const [size, contentStart] = leb128(bytes, at + 1);
    const end = contentStart + size;
    if (end > bytes.length) throw new Error(`section at byte ${start} runs past the end`);
    let drop = false;
    if (id === 0) {
      const [nameLength, nameStart] = leb128(bytes, contentStart);
      const name = new TextDecoder().decode(bytes.subarray(nameStart, nameStart + nameLength));
      drop = DROPPED.has(name);
    }
    if (!drop) kept.push(bytes.subarray(start, end));
    at = end;
  }
  return Buffer.concat(kept);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const file of process.argv.slice(2)) {
    const before = readFileSync(file);
    const after = stripped(before);
    writeFileSync(file, after);
    console.log(`${file}: ${before.length} -> ${after.length} bytes`);
  }
}
