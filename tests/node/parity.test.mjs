// The WASM build gives the same findings as the native build on every
// fixture draft and on every letter the judgement rules are measured on
// (tests/fixtures/judgement/dev), and its spans are UTF-16 offsets JS can
// slice with.
// Run by `make node-test` after `make wasm native`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const presend = createRequire(import.meta.url)(join(root, "pkg/node/presend.js"));
const cli = join(root, "target/release/presend");
const fixtures = join(root, "tests/fixtures/drafts");
const jsonDrafts = readdirSync(fixtures)
  .filter((f) => f.endsWith(".json"))
  .sort();

/** Findings from the native CLI: one JSON line per input. */
function nativeFindings(file, uiLang) {
  let out;
  try {
    out = execFileSync(cli, ["check", "--format", "json", "--ui-lang", uiLang, file], { encoding: "utf8" });
  } catch (e) {
    out = e.stdout; // exit status 1 means findings were reported
  }
  const line = JSON.parse(out.trim());
  assert.equal(line.file, file);
  return line.findings;
}

/**
 * The letters of one file of tests/fixtures/judgement/<half> as drafts, read
 * as tests/support/letters.rs reads them (see the folder's README).
 */
function judgementLetters(half, file) {
  const lang = file.slice(0, 2);
  const [from, to] = {
    ru: ["Анна Смирнова <anna@acme.ru>", "Пётр Иванов <petr@client.ru>"],
    el: ["Άννα Παπαδοπούλου <anna@acme.gr>", "Νίκος Γεωργίου <nikos@client.gr>"],
  }[lang] ?? ["Anna Smith <anna@acme.com>", "Peter Brown <peter@client.com>"];
  const text = readFileSync(join(root, "tests/fixtures/judgement", half, file), "utf8");
  return text
    .split("\n=== ")
    .slice(1)
    .map((block) => {
      const newline = block.indexOf("\n");
      const head = newline < 0 ? block : block.slice(0, newline);
      const rest = newline < 0 ? "" : block.slice(newline + 1);
      const blank = rest.indexOf("\n\n");
      const headers = blank < 0 ? rest : rest.slice(0, blank);
      const body = blank < 0 ? "" : rest.slice(blank + 2);
      // The team's notes after a letter ("#" lines before the next one) are no part of it.
      const lines = body.trimEnd().split("\n");
      while (lines.length && lines[lines.length - 1].startsWith("#")) {
        lines.pop();
        while (lines.length && lines[lines.length - 1].trim() === "") lines.pop();
      }
      const draft = {
        from,
        to: [to],
        body: lines.join("\n").trimEnd() + "\n",
        now: "2025-03-12T10:00:00+00:00",
      };
      for (const line of headers.split("\n").filter(Boolean)) {
        const at = line.indexOf(": ");
        const [key, value] = [line.slice(0, at), line.slice(at + 2)];
        if (key === "Subject") draft.subject = value;
        else if (key === "From") draft.from = value;
        else if (key === "To") draft.to = [value];
        else if (key === "Bcc") draft.bcc = [value];
        else if (key === "Attachments") draft.attachments = value.split(", ");
        else if (key === "Reply-Date") draft.reply_to = { from: draft.to[0], date: value, body: "" };
        else throw new Error(`${head}: unknown header ${key}`);
      }
      return { id: head.split(" expect:")[0].trim(), draft };
    });
}

/** The text a finding's offsets point into, as JS sees the draft. */
function fieldText(draft, field) {
  const value = draft[field] ?? "";
  return Array.isArray(value) ? value.join(", ") : value;
}

test("there are fixtures in every script", () => {
  assert.ok(jsonDrafts.length >= 5);
  const all = jsonDrafts.map((f) => readFileSync(join(fixtures, f), "utf8")).join("");
  assert.match(all, /[а-я]/);
  assert.match(all, /[α-ω]/);
  assert.match(all, /\p{Extended_Pictographic}/u);
});

for (const name of jsonDrafts) {
  for (const uiLang of ["en", "ru", "el"]) {
    test(`${name} (${uiLang}): WASM and native give the same findings`, () => {
      const file = join(fixtures, name);
      const draft = JSON.parse(readFileSync(file, "utf8"));
      const wasm = presend.check(draft, { ui_lang: uiLang });
      assert.deepEqual(wasm, nativeFindings(file, uiLang));
    });
  }

  test(`${name}: every span slices to its excerpt in JS`, () => {
    const draft = JSON.parse(readFileSync(join(fixtures, name), "utf8"));
    for (const f of presend.check(draft)) {
      if (f.field === "body" && !draft.body) continue; // body derived from html
      assert.equal(fieldText(draft, f.field).slice(f.start, f.end), f.excerpt, `${f.rule} in ${name}`);
    }
  });
}

// Every batch, read or not (only findings are compared, nothing is
// printed of a letter unless the builds differ): the WebAssembly build folds
// phrases that differ in one word into one (build.rs,
// fold_one_word_twins), and must find just what the native build's
// phrases as written find.
test("WASM and native give the same findings on every judgement letter", () => {
  const judgement = join(root, "tests/fixtures/judgement");
  const letters = readdirSync(judgement, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((half) =>
      readdirSync(join(judgement, half))
        .filter((f) => /^(ru|en|el)-.*\.txt$/.test(f))
        .sort()
        .flatMap((f) => judgementLetters(half, f).map(({ id, draft }) => ({ id: `${half}/${id}`, draft }))),
    );
  assert.ok(letters.length >= 3000, `${letters.length} letters`);
  const dir = mkdtempSync(join(tmpdir(), "presend-parity-"));
  try {
    const files = letters.map(({ draft }, at) => {
      const file = join(dir, `${at}.json`);
      writeFileSync(file, JSON.stringify(draft));
      return file;
    });
    let out;
    try {
      out = execFileSync(cli, ["check", "--format", "json", ...files], {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (e) {
      out = e.stdout; // exit status 1 means findings were reported
    }
    const native = new Map(
      out
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line))
        .map((line) => [line.file, line.findings]),
    );
    let findings = 0;
    letters.forEach(({ id, draft }, i) => {
      const wasm = presend.check(draft);
      findings += wasm.length;
      assert.deepEqual(wasm, native.get(files[i]), id);
    });
    assert.ok(findings > letters.length, `${findings} findings on ${letters.length} letters`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("spans after emoji, Cyrillic and Greek are UTF-16 offsets", () => {
  const body = "Да 😀 Ναι 🧾 the the end";
  const [finding] = presend
    .check({ subject: "s", body }, { rules: {} })
    .filter((f) => f.rule === "repeated-word");
  assert.equal(finding.start, body.indexOf("the the"));
  assert.equal(body.slice(finding.start, finding.end), "the the");
});

test("findings are sorted by severity, then position", () => {
  const draft = JSON.parse(readFileSync(join(fixtures, "ru-placeholder.json"), "utf8"));
  const rank = { error: 0, warning: 1, info: 2 };
  const found = presend.check(draft);
  for (let i = 1; i < found.length; i++) {
    assert.ok(rank[found[i - 1].severity] <= rank[found[i].severity]);
  }
});

test("bad input comes back as an Error with a message", () => {
  assert.throws(() => presend.check("not a draft"), /not a draft/);
  assert.throws(() => presend.check([]), /not a draft/);
  assert.throws(() => presend.check([{ body: "x" }]), /not a draft/);
  assert.throws(() => presend.check(null), /not a draft/);
  assert.throws(() => presend.check({ body: 5 }), /not a valid draft/);
  assert.throws(() => presend.check({}, { reply_delay_hours: -3 }), /reply_delay_hours/);
  assert.deepEqual(
    presend.check({}).map((f) => f.rule),
    ["missing-subject"],
  );
});

test("catalogue, defaults and version are readable", () => {
  const rules = presend.rules();
  for (const id of [
    "forgotten-attachment",
    "missing-subject",
    "template-placeholder",
    "url-trailing-punctuation",
    "repeated-word",
  ]) {
    const rule = rules.find((r) => r.id === id);
    assert.ok(rule, id);
    assert.ok(rule.title.ru && rule.title.el && rule.reason.en && rule.reason.ru && rule.reason.el);
    // The team's documentation stays out of the module (its size); users read the guides.
    assert.equal(rule.docs, undefined);
  }
  const config = presend.defaultConfig();
  assert.equal(config.reply_delay_hours, 24);
  assert.equal(config.ui_lang, "en");
  assert.equal(`presend ${presend.version()}`, execFileSync(cli, ["--version"], { encoding: "utf8" }).trim());
});

test("the CLI prints the same defaults as defaultConfig()", () => {
  const fromCli = JSON.parse(execFileSync(cli, ["defaults"], { encoding: "utf8" }));
  assert.deepEqual(fromCli, presend.defaultConfig());
});

test("a 20 MB draft is checked in part, and says where reading stopped", () => {
  const body = "The contract is ready, please sign it.\n".repeat(540000);
  const found = presend.check({ subject: "Contract", body });
  const partly = found.filter((f) => f.rule === "partly-checked");
  assert.equal(partly.length, 1);
  assert.equal(partly[0].severity, "info");
  assert.equal(partly[0].start, partly[0].end);
  assert.equal(body[partly[0].start - 1], "\n");
  assert.ok(partly[0].start <= 512 * 1024);
});

test("lone surrogates stay in excerpts: each is the JS slice of its field", () => {
  // Half an emoji, as a JS string can hold and a Rust string cannot.
  const draft = {
    subject: "Contract \uD83D",
    body: "Hi \uDC00\uD83D\uDE00 \uD800 the the \uD800\uD800 end",
    to: ["\uD800 Peter <p@gmial.com>", "", " x@client.com"],
  };
  const found = presend.check(draft);
  assert.ok(found.some((f) => f.rule === "repeated-word"));
  assert.ok(found.some((f) => f.rule === "recipient-typo"));
  for (const f of found) {
    assert.equal(fieldText(draft, f.field).slice(f.start, f.end), f.excerpt, `${f.rule} in ${f.field}`);
  }
  const typo = found.find((f) => f.rule === "recipient-typo");
  assert.equal(typo.excerpt, "\uD800 Peter <p@gmial.com>");
});
