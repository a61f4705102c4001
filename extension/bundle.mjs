// Joins a page's ES modules into one classic script (build.sh runs it on
// the assembled add-on): a window's page then fetches and runs one file
// instead of discovering its modules one import after another.
//
//   node bundle.mjs DIR ENTRY OUT     (ENTRY and OUT relative to DIR)
//
// Only the forms presend's own modules and wasm-bindgen's glue use are
// understood, and anything else stops the build: `import d, { a, b as c }
// from "./x.js";` at the start of a line, `export` before a function, class,
// const or let, `export { a, b as default };`, `import.meta.url`, and
// `import("./x.js")` (resolved at once: the module is in the bundle).
// Each module keeps its own scope (a function), runs once, in the order of
// its imports, as modules do.

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";

const [dir, entry, out] = process.argv.slice(2);
if (!dir || !entry || !out) {
  console.error("usage: node bundle.mjs DIR ENTRY OUT");
  process.exit(2);
}

const STATIC_IMPORT =
  /^import\s+(?:([A-Za-z_$][\w$]*)\s*(?:,\s*)?)?(?:\{([^}]*)\})?\s*from\s*"(\.{1,2}\/[^"]+)";?[ \t]*$/gm;
const EXPORT_LIST = /^export\s*\{([^}]*)\};?[ \t]*$/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*"(\.{1,2}\/[^"]+)"\s*\)/g;
const EXPORT_DECLARATION = /^export\s+((?:async\s+)?function\*?|class|const|let)\s+([A-Za-z_$][\w$]*)/gm;

const order = []; // module paths (relative to dir), dependencies first
const bodies = new Map(); // path -> function body

function fail(path, message) {
  throw new Error(`bundle.mjs: ${path}: ${message}`);
}

function resolve(from, specifier) {
  return normalize(join(dirname(from), specifier));
}

function moduleName(path) {
  return "m_" + path.replace(/[^\w]/g, "_");
}

function visit(path, seen = new Set()) {
  if (bodies.has(path)) return;
  if (seen.has(path)) fail(path, "imports form a cycle");
  seen.add(path);
  let source = readFileSync(join(dir, path), "utf8");
  const header = [];
  source = source.replace(STATIC_IMPORT, (_, defaultName, names = "", specifier) => {
    const target = resolve(path, specifier);
    visit(target, seen);
    const bindings = names
      .split(",")
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => name.replace(/\s+as\s+/, ": "));
    if (defaultName) bindings.unshift(`default: ${defaultName}`);
    header.push(`const { ${bindings.join(", ")} } = ${moduleName(target)};`);
    return "";
  });
  source = source.replace(DYNAMIC_IMPORT, (_, specifier) => {
    const target = resolve(path, specifier);
    visit(target, seen);
    return `Promise.resolve(${moduleName(target)})`;
  });
  if (/^\s*import\s/m.test(source)) fail(path, "an import this bundler does not understand");
  const exported = [];
  source = source.replace(EXPORT_DECLARATION, (_, kind, name) => {
    exported.push(name);
    return `${kind} ${name}`;
  });
  source = source.replace(EXPORT_LIST, (_, names) => {
    for (const name of names.split(",").map((part) => part.trim()).filter(Boolean)) {
      const [local, as] = name.split(/\s+as\s+/);
      exported.push(as ? `${as}: ${local}` : local);
    }
    return "";
  });
  if (/^\s*export\s/m.test(source)) fail(path, "an export this bundler does not understand");
  const url = JSON.stringify(path.split("\\").join("/"));
  source = source.replace(/\bimport\.meta\.url\b/g, `new URL(${url}, location.href).href`);
  const exports = exported.length ? `\nreturn Object.freeze({ ${exported.join(", ")} });` : "";
  bodies.set(path, `${header.join("\n")}\n${source}${exports}`);
  order.push(path);
}

visit(normalize(entry));
const parts = order.map((path) => `// ${path}\nconst ${moduleName(path)} = (() => {\n${bodies.get(path)}\n})();`);
const banner = `// Built by extension/bundle.mjs from ${relative(dir, join(dir, entry))} and the modules it imports.`;
writeFileSync(join(dir, out), `${banner}\n"use strict";\n(() => {\n${parts.join("\n\n")}\n})();\n`);
console.log(`bundle.mjs: ${order.length} modules -> ${out}`);
