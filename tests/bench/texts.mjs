// The texts every benchmark checks: an English business reply thread
// (tests/fixtures/bench/letter.txt: the author's reply, then the quoted
// history two levels deep) cut or repeated to a size, and the same words
// written as the author's own text (quote marks and attribution lines
// taken out). English, because every peer in peers.mjs reads only English.
// Also what the benchmarks check them with (the draft, the configuration)
// and the median they all report.
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const encoder = new TextEncoder();
const bytesOf = (text) => encoder.encode(text).length;

const letter = readFileSync(join(root, "tests/fixtures/bench/letter.txt"), "utf8");
const letterLines = letter.split("\n").filter((line, i, all) => i < all.length - 1 || line !== "");
const isAttribution = (line) => /\bwrote:$/.test(line.replace(/^[> ]+/, ""));
const firstAttribution = letterLines.findIndex(isAttribution);
const ownLines = letterLines.slice(0, firstAttribution);
const historyLines = letterLines.slice(firstAttribution);

/**
 * The lines of `lines` from the start that fit in `budget` bytes (with
 * their newlines); with `wholeParagraphs`, cut only before a blank line.
 */
function linesWithin(lines, budget, wholeParagraphs = false) {
  let taken = 0;
  let cut = 0;
  let used = 0;
  for (const line of lines) {
    used += bytesOf(line) + 1;
    if (used > budget) break;
    taken += 1;
    if (!wholeParagraphs || line === "") cut = taken;
  }
  return lines.slice(0, cut);
}

/**
 * A reply thread of at most `bytes` UTF-8 bytes, cut at line ends: the
 * whole letter as often as it fits, then the start of its reply and the
 * start of its quoted history in the letter's proportion, so even 1 KB is
 * a reply with a quote under it.
 */
export function threadOf(bytes) {
  const lines = [];
  const copies = Math.floor(bytes / (bytesOf(letter) + 1));
  for (let i = 0; i < copies; i++) lines.push(...letterLines, "");
  const rest = bytes - bytesOf(lines.map((l) => l + "\n").join(""));
  const ownShare = bytesOf(ownLines.join("\n")) / bytesOf(letter);
  const own = linesWithin(ownLines, Math.floor(rest * ownShare), true);
  lines.push(...own, ...linesWithin(historyLines, rest - bytesOf(own.map((l) => l + "\n").join(""))));
  return lines.join("\n") + "\n";
}

/** The same words as `thread`, written as the author's own: no quote marks, no attribution lines. */
export function ownTextOf(thread) {
  return thread
    .split("\n")
    .filter((line) => !isAttribution(line))
    .map((line) => line.replace(/^(?:> ?)+/, "").replace(/^>+$/, ""))
    .join("\n");
}

/** The benchmark's letters: each size as a thread and as own text. */
export const sizes = [
  ["1 KB", 1024],
  ["10 KB", 10 * 1024],
  ["200 KB", 200 * 1024],
];

/** Every benchmark text: {name, size, kind: "thread" | "own", body, bytes}. */
export function benchTexts() {
  const texts = [];
  for (const [size, bytes] of sizes) {
    const thread = threadOf(bytes);
    for (const [kind, body] of [
      ["thread", thread],
      ["own", ownTextOf(thread)],
    ]) {
      texts.push({ name: `${size} ${kind}`, size, kind, body, bytes: bytesOf(body) });
    }
  }
  return texts;
}

/** A draft around `body`, as an add-on hands it to presend. */
export function draftOf(body) {
  return {
    from: "Anna Smith <anna@acme.com>",
    to: ["Peter Brown <peter@client.com>"],
    subject: "Re: March deliveries",
    body,
  };
}

/**
 * The configuration the add-ons pass, with every setting given and every
 * rule of `presend` (the loaded module) on, or, with `enabled` false, off.
 * A benchmark spreads it into a new object for each check, as the add-ons
 * pass a new one each time.
 */
export function everyRuleConfig(presend, enabled = true) {
  return {
    ...presend.defaultConfig(),
    rules: Object.fromEntries(presend.rules().map((r) => [r.id, { enabled }])),
  };
}

/** The median of `values` (the upper one of an even count). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export { bytesOf, root };
