// The WASM module's memory never shrinks, and a Thunderbird background page
// lives for days: many checks in one instance must leave it flat, and a
// huge draft must not grow it past a bound. Run by `make node-test`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readdirSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const presend = createRequire(import.meta.url)(join(root, "pkg/node/presend.js"));
const fixtures = join(root, "tests/fixtures/drafts");
const drafts = readdirSync(fixtures)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(fixtures, f), "utf8")));
const MB = 1024 * 1024;

/** Checks `count` drafts, cycling through the fixtures and interface languages. */
function checkMany(count, from = 0) {
  let findings = 0;
  for (let i = from; i < from + count; i++) {
    const draft = { ...drafts[i % drafts.length], subject: `Re: order ${i}` };
    findings += presend.check(draft, { ui_lang: ["en", "ru", "el"][i % 3] }).length;
  }
  return findings;
}

test("50,000 checks in one instance leave its memory flat", () => {
  assert.ok(checkMany(1000) > 0);
  const warm = presend.memoryBytes();
  checkMany(49000, 1000);
  const after = presend.memoryBytes();
  // A leak of 20 bytes a check would show as 1 MB here.
  assert.ok(after - warm < MB, `memory grew from ${warm} to ${after} bytes over 49,000 checks`);
  assert.ok(warm < 16 * MB, `${warm} bytes after 1,000 small checks`);
});

test("a 20 MB draft in every field grows memory to a bound, once", () => {
  const line = "The contract is ready, please sign it. Договор готов. Το συμβόλαιο.\n";
  const big = line.repeat(Math.ceil((20 * MB) / line.length));
  const recipients = Array.from({ length: 100000 }, (_, i) => `Client ${i} <c${i}@client${i}.com>`);
  const draft = {
    subject: big,
    body: big,
    html: `<p>${big}</p>`,
    to: recipients,
    bcc: recipients,
    attachments: recipients,
    reply_to: { from: "Peter <p@client.com>", date: "2026-03-02T10:00:00Z", body: big },
  };
  const found = presend.check(draft);
  const cut = found.filter((f) => f.rule === "partly-checked").map((f) => f.field);
  assert.deepEqual(cut.sort(), ["attachments", "bcc", "body", "subject", "to"].sort());
  // The fields are cut in a copy: the caller's draft is as it was.
  assert.equal(draft.body, big);
  assert.equal(draft.reply_to.body, big);
  assert.equal(draft.to.length, recipients.length);
  const peak = presend.memoryBytes();
  assert.ok(peak < 64 * MB, `memory is ${peak / MB} MB after a 20 MB draft`);
  presend.check(draft);
  presend.check({ ...draft, body: big.toUpperCase() });
  assert.equal(presend.memoryBytes(), peak, "a second huge draft needs no more memory");
  // Only the reply too long: cut in a copy too.
  const reply = { from: "Peter <p@client.com>", date: "2026-03-02T10:00:00Z", body: big };
  presend.check({ subject: "Re: contract", body: "Thanks, signed.", reply_to: reply });
  assert.equal(reply.body, big);
});
