// "Only check mail to people outside my organisation" asks the core, through
// the WASM API, whether a draft has an external recipient: the answer the
// rules work with, so the add-ons and the rules never disagree.
// Run by `make node-test` after `make wasm`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const presend = createRequire(import.meta.url)(join(root, "pkg/node/presend.js"));

const outside = (from, to, internal_domains = []) =>
  presend.hasExternalRecipient({ from, to }, { internal_domains });

test("a Gmail user writing to a client at Gmail writes outside the organisation", () => {
  assert.equal(outside("Ann <ann@gmail.com>", ["Client <client@gmail.com>"]), true);
});

test("the sender's own domain and its subdomains, such as mail.acme.com, are inside", () => {
  assert.equal(outside("ann@acme.com", ["bob@acme.com", "Dan <dan@mail.acme.com>"]), false);
  assert.equal(outside("ann@acme.com", ["client@notacme.com"]), true);
});

test("a domain configured as @acme.com counts, with its subdomains, besides the sender's own", () => {
  assert.equal(outside("ann@gmail.com", ["bob@acme.com", "dan@mail.acme.com"], ["@acme.com"]), false);
  assert.equal(outside("ann@example.com", ["carol@example.com", "dan@acme.com"], ["@acme.com"]), false);
  assert.equal(outside("ann@gmail.com", ["bob@acme.com"]), true);
});

test("one outsider among Cc or Bcc is enough, and a name without an address is no colleague", () => {
  assert.equal(
    presend.hasExternalRecipient({ from: "ann@acme.com", to: ["bob@acme.com"], bcc: ["x@y.org"] }),
    true,
  );
  assert.equal(outside("ann@acme.com", ["Bob"]), true);
  assert.equal(outside("ann@acme.com", []), false);
});

test("a draft that is not an object is refused with a message", () => {
  assert.throws(() => presend.hasExternalRecipient("to: bob", {}), /not a draft/);
});
