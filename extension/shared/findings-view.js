// The findings as people read them: a one-line summary, the findings grouped
// by what they are about, one card per place in the text (several rules on
// one sentence make one card), the reasons folded until asked for.
//
// Shared by the Chrome dialog, the Thunderbird dialog window and the
// playground page. It uses no extension API: the caller passes the strings
// (`t(key, ...substitutions)`, keys of extension/shared/_locales) and the
// actions (callbacks); this module only draws and reports clicks. Draft text
// is only ever set with textContent.
//
//   import { renderFindings, summaryText } from "./findings-view.js";
//   const view = renderFindings({ findings, rules, draft, uiLang, t, actions: {
//     fix(finding) {}, ignore(findings) {}, turnOff(ruleId) {}, attach(finding) {},
//   }, ruleLink: (id) => `rules.html#${id}` });
//   container.append(view);
//
// Every action is optional: a button appears only for the actions given.
// Styles: findings-view.css (classes under .findings-view).

export const SEVERITIES = Object.freeze(["error", "warning", "info"]);
const RANK = { error: 0, warning: 1, info: 2 };
/** The rule categories of the core's catalogue, in the order groups are shown. */
export const CATEGORIES = Object.freeze(["tone", "privacy", "bulk", "content", "form"]);
/** Rules whose finding a file attached from the dialog answers. */
export const ATTACH_RULES = new Set(["forgotten-attachment"]);

const CONTEXT_CHARS = 60; // shown around the marks of a card, at most, each side
const PLACE_CHARS = 300; // a sentence longer than this is not one "place"
const SHOWN_CHARS = 320; // an excerpt is cut after this many characters
const LABEL_CHARS = 48; // a fix's text on its button is cut after this many

const severityRank = (finding) => RANK[finding.severity] ?? 2;

/** The text of a draft field as the core saw it (findings' offsets index it). */
export function fieldText(draft, field) {
  const value = draft?.[field];
  if (Array.isArray(value)) return value.join(", ");
  return typeof value === "string" ? value : "";
}

/**
 * A key per finding that stays the same while the author edits elsewhere in
 * the letter: rule, field, the marked text and which occurrence of it this
 * is. "Ignore" remembers these keys for one message.
 */
export function findingKeys(findings) {
  const seen = new Map();
  return findings.map((finding) => {
    const base = [finding.rule, finding.field, finding.excerpt ?? ""].join("\u001f");
    const nth = seen.get(base) ?? 0;
    seen.set(base, nth + 1);
    return `${base}\u001f${nth}`;
  });
}

/** How many findings a dialog draws at most; the rest are counted in one line. */
export const SHOWN_FINDINGS = 60;

/**
 * The findings to draw when at most `limit` fit, in their order: every rule
 * found keeps as many of its findings as the others (its first ones), so a
 * thousand repeated words never hide the one sentence whose tone needs a
 * second look; the room left by rules with fewer goes to those with more.
 * Each rule keeps at least one, even when there are more rules than `limit`.
 */
export function shownFindings(findings, limit = SHOWN_FINDINGS) {
  if (findings.length <= limit) return findings;
  const perRule = new Map();
  for (const finding of findings) perRule.set(finding.rule, (perRule.get(finding.rule) ?? 0) + 1);
  const counts = [...perRule.values()];
  const total = (each) => counts.reduce((sum, count) => sum + Math.min(count, each), 0);
  let each = 1;
  while (total(each + 1) <= limit) each++;
  let spare = limit - total(each); // one more for the first rules that have it
  const taken = new Map();
  return findings.filter((finding) => {
    const nth = taken.get(finding.rule) ?? 0;
    const keep = nth < each || (nth === each && spare > 0 && spare--);
    if (keep) taken.set(finding.rule, nth + 1);
    return Boolean(keep);
  });
}

/** The findings whose key is not in `ignored` (a Set or an array of keys). */
export function withoutIgnored(findings, ignored) {
  const skip = ignored instanceof Set ? ignored : new Set(ignored ?? []);
  if (skip.size === 0) return findings;
  const keys = findingKeys(findings);
  return findings.filter((_, index) => !skip.has(keys[index]));
}

/**
 * A message with a number in it, in the plural form the language needs:
 * the strings hold `key_one`, `key_few`, `key_many`, `key_other` as the
 * language has them (Intl.PluralRules categories); `$1` is the number.
 */
// Intl formatters per language, made once: in Chromium making one takes
// tens of milliseconds (a fresh tab's first dialog waited ~60 ms for one).
const formatters = new Map();
function formatter(kind, uiLang) {
  const key = `${kind} ${uiLang}`;
  if (!formatters.has(key)) {
    formatters.set(
      key,
      kind === "plural"
        ? new Intl.PluralRules(uiLang)
        : new Intl.ListFormat(uiLang, { style: "long", type: "conjunction" }),
    );
  }
  return formatters.get(key);
}

/** Makes the formatters a dialog in `uiLang` uses ahead of time (see dialog.js prepareDialog). */
export function prepareFormats(uiLang) {
  for (const kind of ["plural", "list"]) formatter(kind, uiLang);
}

export function plural(t, uiLang, key, count, ...more) {
  let category = "other";
  try {
    category = formatter("plural", uiLang).select(count);
  } catch {
    // an unknown language: "other"
  }
  const wanted = `${key}_${category}`;
  const text = t(wanted, count, ...more);
  return text === wanted ? t(`${key}_other`, count, ...more) : text;
}

/** Joins `items` as the language lists things ("a, b and c"). */
function listOf(uiLang, items) {
  try {
    return formatter("list", uiLang).format(items);
  } catch {
    return items.join(", ");
  }
}

const ruleMap = (rules) => (rules instanceof Map ? rules : new Map((rules ?? []).map((r) => [r.id, r])));
const inLang = (text, uiLang) => text?.[uiLang] ?? text?.en ?? "";
const ruleTitle = (rule, id, uiLang) => inLang(rule?.title, uiLang) || id;

/** A title as it reads inside a sentence: "Forgotten attachment" -> "forgotten attachment". */
function inSentence(title) {
  const [first, second] = [...title];
  if (!first || !second || second !== second.toLowerCase()) return title; // "URL …", "OK"
  return first.toLowerCase() + title.slice(first.length);
}

/**
 * The line a user reads first: how many errors, warnings and notes, and what
 * about ("2 errors, 3 warnings: insult, shouting and forgotten attachment").
 */
export function summaryText(findings, { rules, uiLang = "en", t, maxTopics = 3 }) {
  const byId = ruleMap(rules);
  const counts = SEVERITIES.map((severity) => [
    severity,
    findings.filter((f) => f.severity === severity).length,
  ])
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => plural(t, uiLang, `summary_${severity}`, count));
  if (counts.length === 0) return t("summaryNone");
  const titles = [];
  for (const finding of [...findings].sort((a, b) => severityRank(a) - severityRank(b))) {
    const title = inSentence(ruleTitle(byId.get(finding.rule), finding.rule, uiLang));
    if (!titles.includes(title)) titles.push(title);
  }
  const shown = titles.slice(0, maxTopics);
  if (titles.length > shown.length)
    shown.push(plural(t, uiLang, "summaryMoreTopics", titles.length - shown.length));
  return t("summaryLine", counts.join(", "), listOf(uiLang, shown));
}

// --- places and cards ---------------------------------------------------------

// A sentence ends at ".", "!", "?" or "…" followed by a capital (or a digit,
// a quote) — so "see p. 4" and "см. https://…" do not end one — or at a line break.
const SENTENCE_BREAK = /[.!?…]+["»”’)]*\s+(?=[\p{Lu}\d"«“(])|\n/gu;
const SENTENCE_END = /[.!?…]+["»”’)]*(?=\s+[\p{Lu}\d"«“(]|\s*$)|\n/u;

/** The sentence (or line) around [start, end) of `text`, looked for at most PLACE_CHARS away. */
function sentenceAround(text, start, end) {
  const windowStart = Math.max(0, start - PLACE_CHARS);
  let from = windowStart;
  for (const match of text.slice(windowStart, end).matchAll(SENTENCE_BREAK)) {
    const after = windowStart + match.index + match[0].length;
    if (after <= start) from = after;
  }
  const after = SENTENCE_END.exec(text.slice(end, end + PLACE_CHARS));
  const to = after
    ? end + after.index + (after[0] === "\n" ? 0 : after[0].length)
    : Math.min(text.length, end + PLACE_CHARS);
  return [from, to];
}

/** Whether the finding's offsets point at its excerpt in `text`. */
function hasSpan(finding, text) {
  return (
    Number.isInteger(finding.start) &&
    finding.end <= text.length &&
    finding.end > finding.start &&
    text.slice(finding.start, finding.end) === finding.excerpt
  );
}

/** Whether places [a0, a1) and [b0, b1) share a character. */
const overlap = (a, b) => a[0] < b[1] && b[0] < a[1];

/**
 * The cards of one field that have a place. A finding joins the first card
 * made whose place overlaps its own. While no two places overlap, the
 * cards are also kept in the order of their places, where that card is
 * found by a binary search, so thousands of findings are grouped in about
 * linear time (comparing each with every card took 2.2 s for 16,000); once
 * two places overlap (a finding across two sentences widened one card over
 * the next) or one is empty, every card is tried in the order they were
 * made.
 */
class PlacedCards {
  constructor() {
    this.made = []; // in the order they were made
    this.order = new Map(); // card → its index in `made`
    this.sorted = []; // by place, while no two overlap
    this.overlapping = false;
  }

  /** The first card made whose place overlaps `place`, or undefined. */
  firstOverlapping(place) {
    if (this.overlapping) return this.made.find((card) => overlap(card.place, place));
    // The places do not overlap, so their ends are in order too.
    let first = this.firstEndingAfter(place[0]);
    let found;
    for (; first < this.sorted.length && this.sorted[first].place[0] < place[1]; first++) {
      const card = this.sorted[first];
      if (!found || this.order.get(card) < this.order.get(found)) found = card;
    }
    return found;
  }

  /** The index in `sorted` of the first card whose place ends after `at`. */
  firstEndingAfter(at) {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.sorted[middle].place[1] > at) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /** Keeps a new card, whose place overlaps no other card's. */
  add(card) {
    this.order.set(card, this.made.length);
    this.made.push(card);
    if (this.overlapping) return;
    if (card.place[0] >= card.place[1]) {
      this.overlapping = true;
      return;
    }
    this.sorted.splice(this.firstEndingAfter(card.place[0]), 0, card);
  }

  /** Widens `card`'s place to cover `place` too. */
  widen(card, place) {
    const at = this.overlapping ? -1 : this.firstEndingAfter(card.place[0]);
    card.place = [Math.min(card.place[0], place[0]), Math.max(card.place[1], place[1])];
    if (this.overlapping) return;
    const before = this.sorted[at - 1];
    const after = this.sorted[at + 1];
    if (
      this.sorted[at] !== card ||
      (before && overlap(before.place, card.place)) ||
      (after && overlap(after.place, card.place))
    ) {
      this.overlapping = true;
    }
  }
}

/**
 * Groups findings into cards, one per place: all findings of a short field
 * (subject, recipients, attachments) are one place; in the body, findings
 * in the same sentence are. Each card: { key, field, findings (most serious
 * first), severity, place: [start, end] | null }.
 */
export function cardsOf(findings, draft) {
  const keys = findingKeys(findings);
  const cards = [];
  const placed = new Map(); // field → PlacedCards
  findings.forEach((finding, index) => {
    const text = fieldText(draft, finding.field);
    let place = null;
    if (finding.field !== "body") place = [0, text.length];
    else if (hasSpan(finding, text) && finding.end - finding.start <= PLACE_CHARS) {
      place = sentenceAround(text, finding.start, finding.end);
    }
    if (place && !placed.has(finding.field)) placed.set(finding.field, new PlacedCards());
    const inField = place && placed.get(finding.field);
    const joined = inField && inField.firstOverlapping(place);
    if (joined) {
      joined.findings.push(finding);
      joined.keys.push(keys[index]);
      inField.widen(joined, place);
    } else {
      const card = { field: finding.field, findings: [finding], keys: [keys[index]], place };
      cards.push(card);
      if (inField) inField.add(card);
    }
  });
  for (const card of cards) {
    const order = card.findings.map((finding, i) => [finding, card.keys[i]]);
    order.sort((a, b) => severityRank(a[0]) - severityRank(b[0]));
    card.findings = order.map(([finding]) => finding);
    card.keys = order.map(([, key]) => key);
    card.key = card.keys[0];
    card.severity = card.findings[0].severity;
  }
  return cards;
}

/**
 * Groups cards by what they are about (the category of their most serious
 * finding's rule): [{ category, severity, cards }], the most serious first.
 */
export function topicsOf(cards, rules) {
  const byId = ruleMap(rules);
  const topics = new Map();
  for (const card of cards) {
    const category = byId.get(card.findings[0].rule)?.category ?? "content";
    if (!topics.has(category)) topics.set(category, { category, cards: [] });
    topics.get(category).cards.push(card);
  }
  const list = [...topics.values()];
  for (const topic of list) {
    topic.cards.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    topic.severity = topic.cards[0].severity;
  }
  const categoryRank = (c) => (CATEGORIES.includes(c) ? CATEGORIES.indexOf(c) : CATEGORIES.length);
  list.sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || categoryRank(a.category) - categoryRank(b.category),
  );
  return list;
}

// --- what the buttons say --------------------------------------------------------

const oneLine = (text) => text.replace(/\s*\n\s*/g, " ");
const cut = (text, limit) => (text.length > limit ? `${text.slice(0, limit - 1).trimEnd()}…` : text);

/**
 * The label of a quick fix's button: what it will do, short. "Replace with
 * “the”", "Add “Dear Peter,”" (the fix only inserts), "Fix the spacing"
 * (only white space changes), "Remove it".
 */
export function fixLabel(finding, t) {
  const before = finding.excerpt ?? "";
  const after = finding.suggestion ?? "";
  if (after.trim() === "") return t("fixRemove");
  if (before.replace(/\s+/g, "") === after.replace(/\s+/g, "")) return t("fixSpacing");
  if (after.length > LABEL_CHARS && before && after.includes(before)) {
    const added = oneLine(after.replace(before, " ")).trim();
    return t("fixInsert", cut(added, LABEL_CHARS));
  }
  return t("fixReplace", cut(oneLine(after).trim(), LABEL_CHARS));
}

/** The language of a piece of the letter, by its letters (for screen readers). */
export function guessLang(text) {
  text = text.replace(/\S+:\/\/\S+|\S+@\S+/g, " "); // addresses are not words of a language
  let cyrillic = 0;
  let greek = 0;
  let latin = 0;
  for (const char of text) {
    if (/\p{Script=Cyrillic}/u.test(char)) cyrillic++;
    else if (/\p{Script=Greek}/u.test(char)) greek++;
    else if (/\p{Script=Latin}/u.test(char)) latin++;
  }
  const most = Math.max(cyrillic, greek, latin);
  if (most === 0) return "";
  return most === cyrillic ? "ru" : most === greek ? "el" : "en";
}

// --- drawing ----------------------------------------------------------------------

/**
 * `el(tag, props, ...children)` making elements of `doc`: props "class",
 * "text" (its textContent: draft text is only ever set so), "on<event>"
 * (a listener), others attributes (true: present, false/null: left out);
 * null, undefined and false children are left out.
 */
export function elementMaker(doc) {
  return function el(tag, props = {}, ...children) {
    const element = doc.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === "class") element.className = value;
      else if (key === "text") element.textContent = value;
      else if (key.startsWith("on")) element.addEventListener(key.slice(2), value);
      else element.setAttribute(key, value === true ? "" : value);
    }
    element.append(...children.filter((child) => child !== null && child !== undefined && child !== false));
    return element;
  };
}

/** The marked ranges of a card inside its field's text, merged where they overlap. */
function markRanges(card, text) {
  const ranges = card.findings
    .filter((finding) => hasSpan(finding, text))
    .map((finding) => [finding.start, finding.end])
    .sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** The quoted piece of the letter a card is about, its problems marked. */
function excerptView(el, card, draft, uiLang, t) {
  const text = fieldText(draft, card.field);
  const marks = markRanges(card, text);
  const quote = el("blockquote", { class: "excerpt", dir: "auto" });
  if (marks.length === 0) {
    const excerpt = card.findings.find((finding) => finding.excerpt)?.excerpt ?? "";
    if (excerpt) quote.append(el("mark", { text: cut(oneLine(excerpt), SHOWN_CHARS) }));
    else quote.append(el("span", { class: "empty", text: t("excerptEmpty") }));
    const lang = guessLang(excerpt);
    if (lang) quote.lang = lang;
    return quote;
  }
  const [placeStart, placeEnd] = card.place ?? [0, text.length];
  const first = marks[0][0];
  const last = marks[marks.length - 1][1];
  let from = Math.max(placeStart, first - CONTEXT_CHARS);
  if (from > placeStart) {
    // The context is cut: start it at a word.
    const space = text.slice(from, first).search(/\s/);
    if (space !== -1) from += space + 1;
  }
  let to = Math.min(placeEnd, last + CONTEXT_CHARS);
  if (to < placeEnd) {
    const space = text.slice(last, to).search(/\s\S*$/);
    if (space !== -1) to = last + space;
  }
  const context = (piece) => el("span", { class: "context", text: oneLine(piece) });
  if (from > placeStart) {
    quote.append(context("…"));
  }
  let at = from;
  let room = SHOWN_CHARS;
  for (const [start, end] of marks) {
    if (room <= 0) break;
    if (start > at) {
      quote.append(context(text.slice(at, start)));
      room -= start - at;
    }
    const marked = text.slice(start, end);
    const shown = marked.slice(0, Math.max(room, 20));
    quote.append(el("mark", { text: oneLine(shown) }));
    if (shown.length < marked.length) {
      quote.append(
        el("span", { class: "cut", text: plural(t, uiLang, "excerptCut", marked.length - shown.length) }),
      );
    }
    room -= shown.length;
    at = end;
  }
  if (room > 0 && at < to) quote.append(context(text.slice(at, to) + (to < placeEnd ? "…" : "")));
  const lang = guessLang(text.slice(from, to));
  if (lang) quote.lang = lang;
  return quote;
}

/**
 * Draws the findings: one section per topic, one card per place. Returns
 * the element (div.findings-view). Options:
 *   findings, rules, draft, uiLang, t   what to show and in which words
 *   actions: { fix(finding), ignore(findings), turnOff(ruleId), attach(finding),
 *              openRule(ruleId) }
 *   canAttach(finding)   whether "Attach a file…" fits (default: ATTACH_RULES)
 *   ruleLink(ruleId)     a URL about the rule, for a "More about this check"
 *                        link; with actions.openRule a click calls that
 *                        instead of following the link (a web page may not
 *                        open an add-on's page itself)
 *   limit                findings drawn at most (shownFindings picks them);
 *                        a line under them counts the rest (default: all)
 *   headingLevel         of the topic headings (default 3)
 *   idPrefix             for element ids (default "pv")
 *   doc                  the document to draw with (default: document)
 */
export function renderFindings(options) {
  const {
    findings = [],
    rules = [],
    draft = {},
    uiLang = "en",
    t,
    actions = {},
    canAttach = (finding) => ATTACH_RULES.has(finding.rule),
    ruleLink = null,
    limit = Infinity,
    headingLevel = 3,
    idPrefix = "pv",
    doc = globalThis.document,
  } = options;
  const el = elementMaker(doc);
  const byId = ruleMap(rules);
  const view = el("div", { class: "findings-view" });
  const shown = shownFindings(findings, limit);
  const cards = cardsOf(shown, draft);
  let cardCount = 0;
  topicsOf(cards, byId).forEach((topic, topicIndex) => {
    const headingId = `${idPrefix}-topic-${topicIndex}`;
    const list = el("ul", { class: "cards" });
    for (const card of topic.cards)
      list.append(
        cardView(el, card, cardCount++, { byId, draft, uiLang, t, actions, canAttach, ruleLink, idPrefix }),
      );
    view.append(
      el(
        "section",
        { class: `topic ${topic.severity}`, "data-category": topic.category, "aria-labelledby": headingId },
        el(`h${headingLevel}`, {
          id: headingId,
          text: `${t(`topic_${topic.category}`)} (${topic.cards.length})`,
        }),
        list,
      ),
    );
  });
  if (findings.length > shown.length) {
    view.append(el("p", { class: "more-findings", text: t("moreFindings", findings.length - shown.length) }));
  }
  return view;
}

/** A click handler of the "More about this check" link: actions.openRule(id) for `button`. */
function openRuleOn(actions, id, button = 0) {
  return (event) => {
    if (event.button !== button) return;
    event.preventDefault();
    actions.openRule(id);
  };
}

function cardView(el, card, cardIndex, ctx) {
  const { byId, draft, uiLang, t, actions, canAttach, ruleLink, idPrefix } = ctx;
  const ruleIds = [...new Set(card.findings.map((finding) => finding.rule))];
  const items = el("ul", { class: "card-findings" });
  for (const finding of card.findings) {
    const rule = byId.get(finding.rule);
    const fix =
      typeof finding.suggestion === "string" && actions.fix
        ? el("button", {
            type: "button",
            class: "fix",
            text: fixLabel(finding, t),
            title: finding.suggestion ? oneLine(finding.suggestion) : undefined,
            onclick: () => actions.fix(finding),
          })
        : null;
    items.append(
      el(
        "li",
        { class: `finding ${finding.severity}`, "data-rule": finding.rule },
        el(
          "p",
          { class: "line" },
          el("span", {
            class: `badge ${finding.severity}`,
            text: t(`badge_${finding.severity}`),
            title: ruleTitle(rule, finding.rule, uiLang),
          }),
          " ",
          el("span", { class: "message", dir: "auto", text: finding.message }),
        ),
        fix,
      ),
    );
  }
  const attachable = actions.attach && card.findings.find((finding) => canAttach(finding));
  const buttons = el("div", { class: "card-actions" });
  if (attachable) {
    buttons.append(
      el("button", {
        type: "button",
        class: "attach",
        text: t("attachFile"),
        onclick: () => actions.attach(attachable),
      }),
    );
  }
  if (actions.ignore) {
    buttons.append(
      el("button", {
        type: "button",
        class: "ignore",
        text: t("ignore"),
        title: t("ignoreHint"),
        onclick: () => actions.ignore(card.findings),
      }),
    );
  }
  const why = el(
    "details",
    { class: "why" },
    el("summary", { text: t("why") }),
    ...ruleIds.map((id) => {
      const rule = byId.get(id);
      return el(
        "p",
        { class: "reason" },
        el("strong", { text: ruleTitle(rule, id, uiLang) }),
        `: ${inLang(rule?.reason, uiLang)}`,
        ruleLink ? " " : null,
        ruleLink
          ? el("a", {
              class: "rule-link",
              href: ruleLink(id),
              target: "_blank",
              rel: "noopener",
              text: t("moreAboutRule"),
              onclick: actions.openRule ? openRuleOn(actions, id) : null,
              // (a middle click too: the page could not follow the link itself)
              onauxclick: actions.openRule ? openRuleOn(actions, id, 1) : null,
            })
          : null,
      );
    }),
  );
  buttons.append(why);
  // "Turn off this check" lives behind the card's "⋯" button: its items
  // open as a row at the card's end (inside the card, so a scrolled list
  // never hides them).
  let menu = null;
  if (actions.turnOff) {
    const menuId = `${idPrefix}-menu-${cardIndex}`;
    menu = el(
      "div",
      { class: "menu-items", id: menuId, hidden: true },
      ...ruleIds.map((id) =>
        el("button", {
          type: "button",
          class: "turn-off",
          "data-rule": id,
          text: t("turnOff", ruleTitle(byId.get(id), id, uiLang)),
          onclick: () => actions.turnOff(id),
        }),
      ),
    );
    const toggle = el("button", {
      type: "button",
      class: "more",
      "aria-expanded": "false",
      "aria-controls": menuId,
      "aria-label": t("moreActions"),
      title: t("moreActions"),
      text: "⋯",
      onclick: () => {
        const opening = menu.hidden;
        menu.hidden = !opening;
        toggle.setAttribute("aria-expanded", String(opening));
        if (opening) menu.scrollIntoView?.({ block: "nearest" });
      },
    });
    buttons.append(toggle);
  }
  const where = card.field !== "body" ? el("p", { class: "where", text: t(`where_${card.field}`) }) : null;
  return el(
    "li",
    {
      class: `card ${card.severity}`,
      "data-key": card.key,
      "data-field": card.field,
      "data-rules": ruleIds.join(" "),
      tabindex: "-1",
    },
    where,
    excerptView(el, card, draft, uiLang, t),
    items,
    buttons,
    menu,
  );
}
