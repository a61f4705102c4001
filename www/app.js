// The playground: reads the form into a draft, checks it with the WASM core
// on every change, lists the findings and highlights them in the body.
import init, { check, rules, version } from "./pkg/presend.js";

const form = document.getElementById("draft");
const body = document.getElementById("body");
const highlights = document.getElementById("highlights");
const list = document.getElementById("findings");
const status = document.getElementById("status");
const timing = document.getElementById("timing");

/** Splits "A <a@x>, B <b@y>" into addresses. */
const addresses = (text) => text.split(/[,;](?![^<]*>)/).map((a) => a.trim()).filter(Boolean);

/** The draft the form describes, in presend's JSON shape. */
export function draftFromForm(data) {
  const draft = {
    from: data.get("from"),
    to: addresses(data.get("to")),
    cc: addresses(data.get("cc")),
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

let ruleTitles = new Map();

function render(findings, draft, uiLang) {
  list.replaceChildren();
  status.textContent = findings.length === 0 ? "No findings: this draft is ready to send." : "";
  for (const f of findings) {
    const item = document.createElement("li");
    item.className = `finding ${f.severity}`;
    const head = document.createElement("div");
    const badge = document.createElement("span");
    badge.className = "badge";
    badge.textContent = f.severity;
    const rule = document.createElement("a");
    rule.href = `rules.html#${f.rule}`;
    rule.textContent = ruleTitles.get(f.rule)?.[uiLang] ?? f.rule;
    head.append(badge, " ", rule, ` — ${f.field}`);
    const message = document.createElement("p");
    message.textContent = f.message;
    const excerpt = document.createElement("blockquote");
    excerpt.textContent = f.excerpt || "(empty)";
    item.append(head, message, excerpt);
    if (f.suggestion !== undefined && f.field === "body") {
      const fix = document.createElement("button");
      fix.type = "button";
      fix.textContent = `Replace with “${f.suggestion}”`;
      fix.addEventListener("click", () => {
        body.value = draft.body.slice(0, f.start) + f.suggestion + draft.body.slice(f.end);
        update();
      });
      item.append(fix);
    }
    list.append(item);
  }
  highlight(draft.body, findings.filter((f) => f.field === "body"));
}

/** Mirrors the body under the textarea with the flagged spans marked. */
function highlight(text, findings) {
  highlights.replaceChildren();
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
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
  const data = new FormData(form);
  const uiLang = data.get("ui_lang");
  const draft = draftFromForm(data);
  try {
    const started = performance.now();
    const findings = check(draft, { ui_lang: uiLang });
    timing.textContent = `(${(performance.now() - started).toFixed(2)} ms)`;
    render(findings, draft, uiLang);
  } catch (error) {
    list.replaceChildren();
    status.textContent = `This draft cannot be checked: ${error.message}`;
  }
}

async function main() {
  try {
    await init();
  } catch (error) {
    status.textContent = `The checker could not start: ${error.message}`;
    return;
  }
  document.getElementById("version").textContent = `v${version()}`;
  ruleTitles = new Map(rules().map((r) => [r.id, r.title]));
  form.addEventListener("input", update);
  body.addEventListener("scroll", () => {
    highlights.scrollTop = body.scrollTop;
  });
  update();
}

main();
