// The Thunderbird background keeps the last check of each compose tab by a
// key made of everything the check read (extension/thunderbird/check_cache.js):
// a Send of a draft checked already opens the dialog with the kept findings.
// Never skip a check: anything that differs gives another key. Run by
// `make node-test`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cachedCheck, checkKey, forgetCheck, keepCheck } from "../../extension/thunderbird/check_cache.js";

const SETTINGS = [{ threshold: "warning" }, {}, "en-US", "0.1.0"];
const DRAFT = {
  from: "ann@example.com",
  to: ["bob@client.example"],
  cc: [],
  bcc: [],
  subject: "Contract",
  body: "Hello Bob,\n\nthe contract is attached.\n\nAnn",
  format: "plain",
  attachments: [],
  now: "2026-12-01T10:00:00.000Z",
};

const key = (draft = DRAFT, settings = SETTINGS, mode = "send") => checkKey(mode, settings, draft);

test("a draft read again exactly as before has the same key, whenever it is read", async () => {
  assert.equal(key(), key({ ...DRAFT }));
  assert.equal(key(), key({ ...DRAFT, now: "2026-12-01T18:42:00.000Z" }));
});

test("any change to what the check reads gives another key", async () => {
  const base = key();
  const changed = [
    key({ ...DRAFT, body: DRAFT.body + " " }),
    key({ ...DRAFT, subject: "Contract!" }),
    key({ ...DRAFT, to: ["bob@client.example", "eve@client.example"] }),
    key({ ...DRAFT, cc: ["boss@example.com"] }),
    key({ ...DRAFT, attachments: ["contract.pdf"] }),
    key({ ...DRAFT, format: "html", html: "<p>Hello Bob</p>" }),
    key({ ...DRAFT, from: "ann@other.example" }),
    key(DRAFT, [{ threshold: "info" }, {}, "en-US", "0.1.0"]),
    key(DRAFT, [{ threshold: "warning" }, { only_external: true }, "en-US", "0.1.0"]),
    key(DRAFT, [{ threshold: "warning" }, {}, "ru-RU", "0.1.0"]),
    key(DRAFT, [{ threshold: "warning" }, {}, "en-US", "0.1.1"]),
    key(DRAFT, SETTINGS, "check"),
  ];
  for (const other of changed) assert.notEqual(other, base);
});

test("a reply's key holds the minute it is checked in (how long the author took to answer)", async () => {
  const replyTo = { from: "bob@client.example", date: "2026-11-30T09:00:00Z", body: "Hi" };
  const reply = { ...DRAFT, reply_to: replyTo };
  assert.equal(key(reply), key({ ...reply, now: "2026-12-01T10:00:59.000Z" }));
  assert.notEqual(key(reply), key({ ...reply, now: "2026-12-01T10:01:00.000Z" }));
  assert.notEqual(key(reply), key({ ...reply, reply_to: { ...reply.reply_to, body: "Hi!" } }));
});

test("a kept check is found under its key for its tab only, a copy each time, until forgotten", async () => {
  const result = { findings: [{ rule: "forgotten-attachment", field: "body" }], rules: [], uiLang: "en" };
  const k = key();
  keepCheck(7, k, result);
  result.findings.length = 0; // the caller's object changes later: the kept one does not
  const found = await cachedCheck(7, k);
  assert.equal(found.findings.length, 1);
  found.findings.length = 0;
  assert.equal((await cachedCheck(7, k)).findings.length, 1);
  assert.equal(await cachedCheck(8, k), null);
  assert.equal(await cachedCheck(7, key({ ...DRAFT, body: "changed" })), null);
  forgetCheck(7);
  assert.equal(await cachedCheck(7, k), null);
});
