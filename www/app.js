// The playground: reads the form into a draft, checks it with the WASM core
// on every change and shows the findings the way the add-ons' dialog does
// (shared/findings-view.js), in the language chosen at the top.
import init, { check, rules, version } from "./pkg/presend.js";
import {
  fieldText,
  findingKeys,
  renderFindings,
  SHOWN_FINDINGS,
  summaryText,
  withoutIgnored,
} from "./shared/findings-view.js";
import { applyStrings, initialLang, pageLink, setupHeader, stringsFor } from "./page.js";

const form = document.getElementById("draft");
const body = document.getElementById("body");
const highlights = document.getElementById("highlights");
const findingsBox = document.getElementById("findings");
const summary = document.getElementById("summary");
const timing = document.getElementById("timing");
const exampleButtons = document.getElementById("example-buttons");
const exampleLang = document.getElementById("example-lang");

let lang = "en";
let t = (key) => key;
let catalogue = [];
let examples = { situations: [], examples: [] };
/** Findings the reader chose to ignore in this letter (findingKeys). */
let ignored = new Set();

/** Splits "A <a@x>, B <b@y>" into addresses. */
export const addresses = (text) =>
  (text ?? "")
    .split(/[,;](?![^<]*>)/)
    .map((a) => a.trim())
    .filter(Boolean);

/** The draft the form describes, in presend's JSON shape. */
export function draftFromForm(data) {
  const draft = {
    from: data.get("from"),
    to: addresses(data.get("to")),
    cc: addresses(data.get("cc")),
    bcc: addresses(data.get("bcc")),
    subject: data.get("subject"),
    body: data.get("body"),
    attachments: addresses(data.get("attachments")),
    now: new Date().toISOString(),
  };
  if (data.get("reply_body") || data.get("reply_date")) {
    const date = data.get("reply_date");
    draft.reply_to = {
      from: data.get("reply_from"),
      date: date ? new Date(date).toISOString() : "",
      body: data.get("reply_body"),
    };
  }
  return draft;
}

/** The form control holding a finding's field. */
const controlOf = (field) => form.elements.namedItem(field);

/** Applies a quick fix: the suggestion replaces the span in its field. */
function applyFix(finding, draft) {
  const control = controlOf(finding.field);
  if (!control) return;
  const text = fieldText(draft, finding.field);
  control.value = text.slice(0, finding.start) + finding.suggestion + text.slice(finding.end);
  update();
  control.focus();
}

function render(found, draft, elapsed) {
  const keys = findingKeys(found);
  const keyOf = new Map(found.map((finding, index) => [finding, keys[index]]));
  const shown = withoutIgnored(found, ignored);
  if (found.length === 0) summary.textContent = t("statusClean");
  else summary.textContent = summaryText(shown, { rules: catalogue, uiLang: lang, t });
  const view = renderFindings({
    findings: shown,
    rules: catalogue,
    draft,
    uiLang: lang,
    t,
    actions: {
      fix: (finding) => applyFix(finding, draft),
      ignore: (list) => {
        for (const finding of list) ignored.add(keyOf.get(finding));
        update();
      },
    },
    ruleLink: (id) => pageLink("rules.html", lang, id),
    limit: SHOWN_FINDINGS,
    headingLevel: 3,
    idPrefix: "pg",
  });
  findingsBox.replaceChildren(view);
  const ms = elapsed.toLocaleString(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  timing.textContent = t("timing", ms);
  highlight(
    draft.body,
    shown.filter((f) => f.field === "body"),
  );
}

/** Mirrors the body under the textarea with the flagged spans marked. */
function highlight(text, found) {
  highlights.replaceChildren();
  let at = 0;
  for (const f of [...found].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    highlights.append(text.slice(at, f.start));
    const mark = document.createElement("mark");
    mark.className = f.severity;
    mark.textContent = text.slice(f.start, f.end);
    highlights.append(mark);
    at = f.end;
  }
  highlights.append(text.slice(at) + "\n");
}

function update() {
  const draft = draftFromForm(new FormData(form));
  try {
    const started = performance.now();
    const found = check(draft, { ui_lang: lang });
    render(found, draft, performance.now() - started);
  } catch (error) {
    findingsBox.replaceChildren();
    timing.textContent = "";
    summary.textContent = t("statusCannotCheck", error.message);
  }
}

/** A local date-time for <input type=datetime-local>, `hours` ago. */
function hoursAgo(hours) {
  const date = new Date(Date.now() - hours * 3600 * 1000);
  const pad = (n) => String(n).padStart(2, "0");
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Fills the form with an example letter. */
function loadExample(example) {
  const { draft, reply } = example;
  const set = (name, value) =>
    (controlOf(name).value = Array.isArray(value) ? value.join(", ") : (value ?? ""));
  for (const name of ["from", "to", "cc", "bcc", "subject", "attachments", "body"]) set(name, draft[name]);
  set("reply_from", reply?.from);
  set("reply_body", reply?.body);
  set("reply_date", reply ? hoursAgo(reply.hours_ago) : "");
  document.getElementById("reply").open = Boolean(reply);
  body.scrollTop = 0;
  ignored = new Set();
  update();
}

function drawExampleButtons() {
  exampleButtons.replaceChildren(
    ...examples.situations.map((situation) => {
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.situation = situation;
      button.textContent = t(`situation_${situation}`);
      button.addEventListener("click", () => {
        const example = examples.examples.find(
          (e) => e.situation === situation && e.lang === exampleLang.value,
        );
        if (example) loadExample(example);
      });
      return button;
    }),
  );
}

async function showLang(newLang) {
  lang = newLang;
  t = await stringsFor(lang);
  setupHeader(lang, t, "playgroundDocTitle", showLang);
  applyStrings(document, t);
  exampleLang.value = lang;
  drawExampleButtons();
  if (catalogue.length) update();
}

async function main() {
  await showLang(initialLang());
  summary.textContent = t("statusLoading");
  try {
    const [, loaded] = await Promise.all([
      init(),
      // The examples are a help, not a need: without them the page still checks.
      fetch("examples.json")
        .then((r) => r.json())
        .catch(() => examples),
    ]);
    examples = loaded;
  } catch (error) {
    summary.textContent = t("statusCannotStart", error.message);
    return;
  }
  document.getElementById("version").textContent = `v${version()}`;
  catalogue = rules();
  drawExampleButtons();
  form.addEventListener("input", update);
  body.addEventListener("scroll", () => {
    highlights.scrollTop = body.scrollTop;
  });
  update();
}

main();
