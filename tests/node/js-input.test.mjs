// The module reads drafts and configurations from JS objects by hand
// (src/js_input.rs), in the shapes the command line reads from JSON: each
// shape below gives the same findings as its plainest spelling, and a value
// of the wrong kind is refused with the field's name.
// Run by `make node-test` after `make wasm`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const presend = createRequire(import.meta.url)(join(root, "pkg/node/presend.js"));

const draft = {
  from: "Ann <ann@acme.com>",
  to: ["Bob <bob@client.org>"],
  subject: "The new schedule",
  body: "Bob,\n\nHere is the new schedule for the spring term, with the rooms we agreed on yesterday.\nI attached the plan.\n\nAnn",
};
const same = (a, b) => assert.deepEqual(presend.check(...a), presend.check(...b));
const rulesOf = (config) => presend.check(draft, config).map((f) => `${f.rule} ${f.severity}`);

test("the draft of these tests has a finding that settings change", () => {
  assert.deepEqual(rulesOf({}), ["forgotten-attachment error"]);
  assert.deepEqual(rulesOf({ max_words: 10 }), ["forgotten-attachment error", "too-long info"]);
});

test("missing fields, null recipients and fields set to undefined read as empty where serde read them so", () => {
  same([{ ...draft, cc: null, bcc: undefined, reply_to: null, now: undefined }], [draft]);
  same([{ ...draft, to: "Bob <bob@client.org>" }], [draft]);
});

test("an enum value may be a name or an object with that name as its only key", () => {
  same([{ ...draft, format: { plain: null } }], [{ ...draft, format: "plain" }]);
  const rules = { "forgotten-attachment": { severity: { info: null } } };
  assert.deepEqual(rulesOf({ rules }), ["forgotten-attachment info"]);
});

test("rule settings may come as a Map, and whole numbers as BigInts", () => {
  assert.deepEqual(rulesOf({ rules: new Map([["forgotten-attachment", { enabled: false }]]) }), []);
  assert.deepEqual(rulesOf({ max_words: 10n }), rulesOf({ max_words: 10 }));
});

test("a value of the wrong kind is refused, naming its field", () => {
  assert.throws(() => presend.check({ ...draft, body: 5 }), /not a valid draft: body: expected a string/);
  assert.throws(() => presend.check({ ...draft, format: "rtf" }), /format: expected one of "plain", "html"/);
  assert.throws(() => presend.check(draft, { line_length: 1.5 }), /line_length: expected a whole number/);
  assert.throws(
    () => presend.check(draft, { rules: { "forgotten-attachment": { enabled: "no" } } }),
    /rules\.forgotten-attachment\.enabled: expected true or false/,
  );
  assert.throws(
    () => presend.check(draft, { reply_delay_hours: -0.5 }),
    /must be from 0 to 8760 \(got -0\.5\)/,
  );
});
