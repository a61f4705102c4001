// The reply-date reader the Chrome content scripts use
// (extension/chrome/content/reply-date.js): the common attribution forms are
// read, anything unsure gives null.

import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import vm from "node:vm";

const source = fs.readFileSync(
  new URL("../../extension/chrome/content/reply-date.js", import.meta.url),
  "utf8",
);
const sandbox = { Date };
sandbox.globalThis = sandbox;
vm.runInNewContext(source, sandbox);
const { readReplyDate, toRfc3339 } = sandbox.presendReplyDate;

const read = (text) => {
  const parts = readReplyDate(text);
  return parts && [parts.year, parts.month, parts.day, parts.hour, parts.minute];
};

test("Gmail's English attribution, AM and PM", () => {
  assert.deepEqual(
    read("On Mon, Mar 2, 2026 at 10:00 AM Peter Brown <peter@client.com> wrote:"),
    [2026, 3, 2, 10, 0],
  );
  assert.deepEqual(
    read("On Mon, Mar 2, 2026 at 3:05\u202fPM Peter Brown <peter@client.com> wrote:"),
    [2026, 3, 2, 15, 5],
  );
  assert.deepEqual(read("On Mon, Mar 2, 2026 at 12:30 AM Peter wrote:"), [2026, 3, 2, 0, 30]);
  assert.deepEqual(read("On Mon, Mar 2, 2026 at 12:30 PM Peter wrote:"), [2026, 3, 2, 12, 30]);
  assert.deepEqual(read("On Wed, September 16, 2026 at 9:41 AM Ann <a@b.c> wrote:"), [2026, 9, 16, 9, 41]);
});

test("numeric forms: dotted day first, ISO", () => {
  assert.deepEqual(read("On 02.03.2026 10:00, Peter wrote:"), [2026, 3, 2, 10, 0]);
  assert.deepEqual(read("On 2026-03-02 10:00, Peter wrote:"), [2026, 3, 2, 10, 0]);
  assert.deepEqual(read("Peter писал(а) 2026-03-02 10:00:"), [2026, 3, 2, 10, 0]);
  assert.deepEqual(read("Am 2.3.2026 um 23:59, schrieb Peter:"), [2026, 3, 2, 23, 59]);
});

test("Russian and Greek month names", () => {
  assert.deepEqual(read("пн, 2 мар. 2026 г., в 10:00, Пётр <peter@client.com>:"), [2026, 3, 2, 10, 0]);
  assert.deepEqual(read("2 мая 2026 г. в 08:15"), [2026, 5, 2, 8, 15]);
  assert.deepEqual(
    read("Στις Δευ, 2 Μαρ 2026 στις 10:00, ο/η Peter <peter@client.com> έγραψε:"),
    [2026, 3, 2, 10, 0],
  );
  assert.deepEqual(read("Στις Τρί, 5 Μαΐου 2026 στις 10:00 μ.μ."), [2026, 5, 5, 22, 0]);
  assert.deepEqual(read("Στις 7 Δεκ 2026 στις 9:00 π.μ."), [2026, 12, 7, 9, 0]);
});

test("slashes only when the order is certain", () => {
  assert.deepEqual(read("On 25/03/2026 10:00, Peter wrote:"), [2026, 3, 25, 10, 0]);
  assert.deepEqual(read("On 3/25/2026 10:00, Peter wrote:"), [2026, 3, 25, 10, 0]);
  assert.equal(read("On 03/02/2026 10:00, Peter wrote:"), null);
});

test("unsure or impossible gives null", () => {
  for (const text of [
    "",
    "Peter wrote:",
    "On Monday Peter wrote:",
    "On 02.03.2026, Peter wrote:", // no time
    "On 31.02.2026 10:00, Peter wrote:", // no such day
    "On 02.13.2026 10:00, Peter wrote:",
    "On 02.03.2026 25:00, Peter wrote:",
    "On Mon, Mar 2, 2026 at 13:00 PM Peter wrote:",
    "On 2 Foo 2026 at 10:00 Peter wrote:",
    "On 02.03.26 10:00, Peter wrote:", // two-digit year
  ]) {
    assert.equal(read(text), null, text);
  }
  assert.equal(readReplyDate(undefined), null);
});

test("the date is read as local time and written as RFC 3339", () => {
  const parts = readReplyDate("On 02.03.2026 10:00, Peter wrote:");
  const iso = toRfc3339(parts);
  assert.match(iso, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  const back = new Date(iso);
  assert.deepEqual(
    [back.getFullYear(), back.getMonth() + 1, back.getDate(), back.getHours(), back.getMinutes()],
    [2026, 3, 2, 10, 0],
  );
  assert.equal(toRfc3339(null), "");
});

test("index and end locate the date in the text", () => {
  const text = "On Mon, Mar 2, 2026 at 10:00 AM Peter Brown <peter@client.com> wrote:";
  const parts = readReplyDate(text);
  assert.equal(text.slice(parts.end).trim().startsWith("Peter Brown"), true);
});

test("replyTo builds the draft's reply_to from an attribution and the quote", () => {
  const { replyTo } = sandbox.presendReplyDate;
  const reply = replyTo(
    "On Mon, Mar 2, 2026 at 10:00 AM Peter Brown <peter@client.com> wrote:",
    "Where is my order?!",
  );
  assert.equal(reply.from, "Peter Brown <peter@client.com>");
  assert.equal(reply.date, toRfc3339(readReplyDate("2026-03-02 10:00")));
  assert.equal(reply.body, "Where is my order?!");
  const unsure = replyTo("Peter wrote sometime:", "text", "peter@client.com");
  assert.deepEqual({ ...unsure }, { from: "peter@client.com", date: "", body: "text" });
  const noAddress = replyTo("On 02.03.2026 10:00, Peter wrote:", "text");
  assert.equal(noAddress.from, "");
  assert.notEqual(noAddress.date, "");
});
