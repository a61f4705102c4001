// The findings view's logic without a page: which findings make one card,
// what the summary line says in each language, what a fix button says, and
// that "Ignore" keys survive edits elsewhere in the letter. The findings are
// the core's own (pkg/node), on drafts with many problems.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import {
  cardsOf,
  findingKeys,
  fixLabel,
  guessLang,
  plural,
  SHOWN_FINDINGS,
  shownFindings,
  summaryText,
  topicsOf,
  withoutIgnored,
} from "../../extension/shared/findings-view.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const core = createRequire(import.meta.url)(join(root, "pkg/node/presend.js"));
const rules = core.rules();

/** `t` over the add-on's own strings, as shared/i18n.js reads them. */
function strings(lang) {
  const read = (l) =>
    JSON.parse(readFileSync(join(root, "extension/shared/_locales", l, "messages.json"), "utf8"));
  const english = read("en");
  const chosen = read(lang);
  return (key, ...subs) =>
    ((chosen[key] ?? english[key])?.message ?? key).replace(/\$([1-9])/g, (_, n) =>
      String(subs[n - 1] ?? ""),
    );
}

const ANGRY = {
  from: "Alice <alice@acme.com>",
  to: ["Bob Client <bob@client.example>"],
  subject: "Report",
  body:
    "Dear [Client Name],\n\nPlease find the contract attached. Thank you for the the report, see " +
    "https://example.com/report.\n\nYou are an idiot and this is UNACCEPTABLE, WE HAVE ALREADY ANSWERED " +
    "THIS!!!\n\nBetween us, this client is a nightmare.\n\nAlice",
};

const check = (draft, ui_lang = "en") => core.check(draft, { ui_lang });
const rulesOf = (card) => card.findings.map((finding) => finding.rule).sort();

test("several rules on one sentence make one card; other sentences have their own", () => {
  const findings = check(ANGRY);
  const cards = cardsOf(findings, ANGRY);
  const angry = cards.find((card) => card.findings.some((f) => f.rule === "insult"));
  // The insult, the capitals and the "!!!" of one sentence: one card.
  assert.equal(angry.findings.filter((f) => f.rule === "shouting").length, 2, rulesOf(angry).join());
  assert.ok(
    angry.findings.every(
      (f) => f.start >= ANGRY.body.indexOf("You are") && f.end <= ANGRY.body.indexOf("Between"),
    ),
  );
  const typo = cards.find((card) => card.findings.some((f) => f.rule === "repeated-word"));
  assert.deepEqual(rulesOf(typo), ["repeated-word", "url-trailing-punctuation"]);
  const attachment = cards.find((card) => card.findings.some((f) => f.rule === "forgotten-attachment"));
  assert.deepEqual(rulesOf(attachment), ["forgotten-attachment"], "the sentence before is another place");
  assert.equal(
    cards.reduce((sum, card) => sum + card.findings.length, 0),
    findings.length,
    "no finding lost",
  );
  assert.ok(cards.length < findings.length);
  // The most serious finding leads its card.
  assert.equal(angry.findings[0].rule, "insult");
  assert.equal(angry.severity, "error");
});

test("every finding of the subject is one card", () => {
  const draft = { ...ANGRY, subject: "Question", body: "Hello Bob,\n\nPlease call me.\n\nAlice" };
  const findings = [
    {
      rule: "missing-subject",
      severity: "warning",
      field: "subject",
      start: 0,
      end: 8,
      excerpt: "Question",
      message: "a",
    },
    {
      rule: "time-waster-subject",
      severity: "warning",
      field: "subject",
      start: 0,
      end: 8,
      excerpt: "Question",
      message: "b",
    },
  ];
  assert.equal(cardsOf(findings, draft).length, 1);
});

test("topics: grouped by what the findings are about, the most serious first", () => {
  const findings = check(ANGRY);
  const topics = topicsOf(cardsOf(findings, ANGRY), rules);
  assert.equal(new Set(topics.map((topic) => topic.category)).size, topics.length, "one section per topic");
  assert.equal(topics[0].severity, "error");
  assert.equal(topics[topics.length - 1].severity, "warning");
  const tone = topics.find((topic) => topic.category === "tone");
  assert.ok(tone.cards.some((card) => card.findings.some((f) => f.rule === "insult")));
});

test("plural forms follow the language's rules", () => {
  const ru = strings("ru");
  const en = strings("en");
  const el = strings("el");
  assert.equal(plural(ru, "ru", "summary_error", 1), "1 ошибка");
  assert.equal(plural(ru, "ru", "summary_error", 3), "3 ошибки");
  assert.equal(plural(ru, "ru", "summary_error", 7), "7 ошибок");
  assert.equal(plural(ru, "ru", "summary_error", 21), "21 ошибка");
  assert.equal(plural(ru, "ru", "summary_warning", 12), "12 предупреждений");
  assert.equal(plural(ru, "ru", "summary_warning", 22), "22 предупреждения");
  assert.equal(plural(en, "en", "summary_warning", 1), "1 warning");
  assert.equal(plural(en, "en", "summary_warning", 2), "2 warnings");
  assert.equal(plural(el, "el", "summary_info", 1), "1 σημείωση");
  assert.equal(plural(el, "el", "summary_info", 4), "4 σημειώσεις");
  assert.equal(plural(ru, "ru", "excerptCut", 5), "… (ещё 5 символов)");
});

test("the summary line names counts and checks in the interface language", () => {
  const findings = check(ANGRY);
  const count = (severity) => findings.filter((f) => f.severity === severity).length;
  const en = summaryText(findings, { rules, uiLang: "en", t: strings("en") });
  // The link before a full stop is a note, the third count of the line.
  const notes = count("info") === 1 ? "1 note" : `${count("info")} notes`;
  assert.ok(count("info") > 0, "the draft has a note");
  assert.ok(en.startsWith(`${count("error")} errors, ${count("warning")} warnings, ${notes}: `), en);
  assert.match(en, /insult/);
  assert.match(en, /,? and \d+ more checks?\.$/, "at most three checks are named");
  const ruDraft = {
    from: "Анна <anna@acme.ru>",
    to: ["Ольга <olga@client.ru>"],
    subject: "Договор",
    body: "Здравствуйте, Ольга!\n\nДоговор во вложении.\n\nС уважением,\nАнна",
  };
  const ru = summaryText(check(ruDraft, "ru"), { rules, uiLang: "ru", t: strings("ru") });
  assert.equal(ru, "1 ошибка: забытое вложение.");
  assert.equal(summaryText([], { rules, uiLang: "el", t: strings("el") }), strings("el")("summaryNone"));
});

test("a fix button says what it will do, briefly", () => {
  const t = strings("en");
  assert.equal(fixLabel({ excerpt: "the the", suggestion: "the" }, t), "Replace with “the”");
  assert.equal(fixLabel({ excerpt: "x", suggestion: "" }, t), "Remove it");
  const paragraph = "Thank you for your order. We have shipped it today and it arrives on Monday.";
  assert.equal(
    fixLabel({ excerpt: paragraph, suggestion: `Dear Peter,\n\n${paragraph}` }, t),
    "Add “Dear Peter,”",
  );
  assert.equal(fixLabel({ excerpt: "a b\nc", suggestion: "a b c" }, t), "Fix spaces and line breaks");
  const long = fixLabel({ excerpt: "X".repeat(80), suggestion: "y".repeat(80) }, t);
  assert.ok(long.length < 70 && long.endsWith("…”"), long);
});

test("Ignore keys stay the same when the letter changes elsewhere", () => {
  const before = check(ANGRY);
  const edited = { ...ANGRY, body: `Hi,\n\nOne more line first.\n\n${ANGRY.body}` };
  const after = check(edited);
  const insultKey = findingKeys(before)[before.findIndex((f) => f.rule === "insult")];
  assert.ok(findingKeys(after).includes(insultKey));
  const left = withoutIgnored(after, new Set([insultKey]));
  assert.equal(left.length, after.length - 1);
  assert.ok(!left.some((f) => f.rule === "insult"));
  assert.equal(withoutIgnored(after, []).length, after.length);
});

test("the language of an excerpt is told by its letters", () => {
  assert.equal(guessLang("Договор во вложении"), "ru");
  assert.equal(guessLang("Επισυνάπτω το συμβόλαιο"), "el");
  assert.equal(guessLang("Please find it attached"), "en");
  assert.equal(guessLang("12345 !!!"), "");
});

/**
 * Cards as they were grouped before the index of places: each finding is
 * compared with every card made before it. The index must group alike.
 */
function cardsByComparingAll(findings, draft) {
  const cards = [];
  for (const finding of findings) {
    const one = cardsOf([finding], draft)[0];
    const joined =
      one.place &&
      cards.find(
        (card) =>
          card.field === finding.field &&
          card.place &&
          card.place[0] < one.place[1] &&
          one.place[0] < card.place[1],
      );
    if (joined) {
      joined.findings.push(finding);
      joined.place = [Math.min(joined.place[0], one.place[0]), Math.max(joined.place[1], one.place[1])];
    } else {
      cards.push({ field: finding.field, findings: [finding], place: one.place });
    }
  }
  return cards;
}

/** A draft of `sentences` short sentences and findings on random words of it, some across sentences. */
function randomLetter(seed, sentences, count) {
  let state = seed;
  const next = (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const words = ["Payment", "is", "late", "again", "the", "the", "order", "WHY", "now", "please"];
  const parts = [];
  for (let i = 0; i < sentences; i++) {
    const length = 2 + next(6);
    const sentence = Array.from({ length }, () => words[next(words.length)]).join(" ");
    parts.push(sentence.charAt(0).toUpperCase() + sentence.slice(1) + (next(5) ? ". " : ".\n"));
  }
  const body = parts.join("");
  const draft = { subject: next(2) ? "Late again" : "", to: ["Bob <bob@client.example>"], body };
  const findings = [];
  for (let i = 0; i < count; i++) {
    const field = next(6) ? "body" : next(2) ? "subject" : "to";
    const text = field === "body" ? body : field === "subject" ? draft.subject : draft.to.join(", ");
    const start = next(Math.max(1, text.length - 1));
    const end = Math.min(text.length, start + 1 + next(next(8) ? 12 : 120));
    findings.push({
      rule: ["repeated-word", "shouting", "emotional-tone"][next(3)],
      severity: ["error", "warning", "info"][next(3)],
      field,
      start,
      end,
      excerpt: next(10) ? text.slice(start, end) : "not at the span",
      message: "m",
    });
  }
  return { draft, findings };
}

test("findings are grouped into cards as when each was compared with every card", () => {
  for (let seed = 1; seed <= 300; seed++) {
    const { draft, findings } = randomLetter(seed, 1 + (seed % 40), seed % 60);
    const shape = (cards) =>
      cards.map((card) => [card.field, card.place, card.findings.map((f) => findings.indexOf(f))]);
    const indexed = cardsOf(findings, draft).map((card) => ({
      ...card,
      findings: [...card.findings].sort((a, b) => findings.indexOf(a) - findings.indexOf(b)),
    }));
    assert.deepEqual(shape(indexed), shape(cardsByComparingAll(findings, draft)), `seed ${seed}`);
  }
});

test("thousands of findings are grouped in about linear time", () => {
  const timeOf = (n) => {
    const draft = { body: "The the plan. ".repeat(n) };
    const findings = Array.from({ length: n }, (_, i) => ({
      rule: "repeated-word",
      severity: "warning",
      field: "body",
      start: i * 14,
      end: i * 14 + 7,
      excerpt: "The the",
      message: "m",
    }));
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const start = process.cpuUsage();
      assert.equal(cardsOf(findings, draft).length, n);
      const used = process.cpuUsage(start);
      best = Math.min(best, used.user + used.system);
    }
    return best;
  };
  // Sixteen times the findings: about sixteen times the time, not 256.
  const growth = timeOf(8000) / Math.max(1, timeOf(500));
  assert.ok(growth < 64, `sixteen times the findings took ${growth.toFixed(1)}× as long`);
});

test("a dialog draws at most SHOWN_FINDINGS, and a thousand repeated words hide no other rule", () => {
  const draft = {
    ...ANGRY,
    body:
      "Dear Bob,\n\n" +
      "The the report is late. ".repeat(1000) +
      "\n\nYou are an idiot and this is UNACCEPTABLE!!!\n\nAlice",
  };
  const findings = check(draft);
  const repeated = findings.filter((f) => f.rule === "repeated-word");
  assert.equal(repeated.length, 1000, "premise: every doubled word found");
  const others = findings.filter((f) => f.rule !== "repeated-word");
  assert.ok(
    others.some((f) => f.rule === "insult"),
    "premise: the insult found after them",
  );
  const shown = shownFindings(findings);
  assert.equal(shown.length, SHOWN_FINDINGS);
  for (const finding of others) assert.ok(shown.includes(finding), `${finding.rule} is shown`);
  assert.equal(shown.filter((f) => f.rule === "repeated-word").length, SHOWN_FINDINGS - others.length);
  // In the core's order (most serious first, then by place), and the first of each rule.
  const positions = shown.map((finding) => findings.indexOf(finding));
  assert.deepEqual(
    positions,
    [...positions].sort((a, b) => a - b),
  );
  assert.deepEqual(
    shown.filter((f) => f.rule === "repeated-word"),
    repeated.slice(0, SHOWN_FINDINGS - others.length),
  );
  // A short list is drawn whole.
  const few = check(ANGRY);
  assert.equal(shownFindings(few), few);
});

test("the room is shared between rules: each keeps as many as the others, the rest to those with more", () => {
  const finding = (rule, i) => ({ rule, severity: "warning", field: "body", start: i, end: i + 1 });
  const many = (rule, n) => Array.from({ length: n }, (_, i) => finding(rule, i));
  const count = (list) =>
    Object.fromEntries(
      [...new Set(list.map((f) => f.rule))].map((r) => [r, list.filter((f) => f.rule === r).length]),
    );
  // 2 + 30 + 100 into 20: the rule with 2 keeps both, the other two share 18.
  const mixed = [...many("a", 100), ...many("b", 2), ...many("c", 30)];
  assert.deepEqual(count(shownFindings(mixed, 20)), { a: 9, b: 2, c: 9 });
  // An odd room: the extra one goes to the first rule that has more.
  assert.deepEqual(count(shownFindings(mixed, 21)), { a: 10, b: 2, c: 9 });
  // More rules than room: one of each rule still.
  const wide = Array.from({ length: 8 }, (_, i) => many(`r${i}`, 3)).flat();
  assert.deepEqual(Object.values(count(shownFindings(wide, 5))), Array(8).fill(1));
});
