// The rule reference: every check of the catalogue (rules() of the WASM
// core), grouped by category, each with its guide for users in the chosen
// language (docs/<lang>/<rule-id>.md), a table of contents and a search.
// Each check is at #<rule-id>; the add-ons' "More about this check" links
// open rules.html?lang=<lang>#<rule-id>.
import init, { rules, version } from "./pkg/presend.js";
import { CATEGORIES } from "./shared/findings-view.js";
import { renderMarkdown } from "./markdown.js";
import { initialLang, setupHeader, stringsFor } from "./page.js";

const main = document.getElementById("rules");
const toc = document.getElementById("toc");
const search = document.getElementById("search");
const searchStatus = document.getElementById("search-status");

let lang = "en";
let t = (key) => key;
let catalogue = [];
const guides = new Map(); // lang -> Promise<Map<id, markdown>>

/** The guides of every rule in `lang`, fetched once. */
function guidesIn(language) {
  if (!guides.has(language)) {
    guides.set(
      language,
      Promise.all(
        catalogue.map((rule) =>
          fetch(`docs/${language}/${rule.id}.md`)
            .then((response) => (response.ok ? response.text() : ""))
            .catch(() => "")
            .then((text) => [rule.id, text]),
        ),
      ).then((pairs) => new Map(pairs)),
    );
  }
  return guides.get(language);
}

function el(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "text") element.textContent = value;
    else element.setAttribute(key, value);
  }
  element.append(...children);
  return element;
}

/** Text for matching: lower case, accents and ё folded ("συνημμένο" = "συνημμενο"). */
const fold = (text) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/ё/g, "е");

function ruleSection(rule, guide) {
  const title = rule.title[lang] ?? rule.title.en;
  const languages = rule.languages.length
    ? t("metaLanguages", rule.languages.map((code) => t(`lang_${code}`)).join(", "))
    : t("metaAnyLanguage");
  const meta = el(
    "p",
    { class: "meta" },
    `${t("metaSeverity")}: `,
    el("span", { class: `badge ${rule.severity}`, text: t(`badge_${rule.severity}`) }),
    " · ",
    languages,
  );
  if (rule.status === "preview") meta.append(" · ", t("metaPreview"));
  meta.append(" · ", el("code", { text: rule.id }));
  const body = el("div", { class: "guide" });
  if (guide) body.append(renderMarkdown(guide));
  else body.append(el("p", { text: t("guideMissing") }));
  const section = el(
    "section",
    { class: "rule", id: rule.id, "aria-labelledby": `${rule.id}-title`, tabindex: "-1" },
    el("h3", { id: `${rule.id}-title`, text: title }),
    meta,
    body,
    el("p", { class: "back" }, el("a", { href: "#contents", text: t("backToTop") })),
  );
  section.dataset.search = fold([rule.id, title, rule.title.en, guide].join("\n"));
  return section;
}

async function draw() {
  const texts = await guidesIn(lang);
  const sections = [];
  const contents = [];
  for (const category of CATEGORIES) {
    const inCategory = catalogue.filter((rule) => rule.category === category);
    if (inCategory.length === 0) continue;
    const heading = t(`topic_${category}`);
    const group = el(
      "section",
      { class: "category", "aria-labelledby": `category-${category}` },
      el("h2", { id: `category-${category}`, text: heading }),
    );
    const list = el("ul");
    for (const rule of inCategory) {
      group.append(ruleSection(rule, texts.get(rule.id)));
      list.append(
        el("li", { "data-rule": rule.id }, el("a", { href: `#${rule.id}`, text: rule.title[lang] })),
      );
    }
    sections.push(group);
    contents.push(el("h3", { text: heading }), list);
  }
  main.replaceChildren(
    el("p", { class: "count", text: t.plural("rulesCount", catalogue.length) }),
    ...sections,
  );
  toc.replaceChildren(...contents);
  filter();
}

/** Shows the checks whose text holds every word of the search. */
function filter() {
  const words = fold(search.value).split(/\s+/).filter(Boolean);
  let shown = 0;
  for (const section of main.querySelectorAll("section.rule")) {
    const match = words.every((word) => section.dataset.search.includes(word));
    section.hidden = !match;
    toc.querySelector(`li[data-rule="${section.id}"]`).hidden = !match;
    if (match) shown++;
  }
  for (const group of [...main.querySelectorAll("section.category"), ...toc.querySelectorAll("ul")]) {
    const items = group.matches("ul") ? group.querySelectorAll("li") : group.querySelectorAll("section.rule");
    const empty = [...items].every((item) => item.hidden);
    group.hidden = empty;
    if (group.matches("ul")) group.previousElementSibling.hidden = empty;
  }
  if (words.length === 0) searchStatus.textContent = "";
  else if (shown === 0) searchStatus.textContent = t("searchNone", search.value.trim());
  else searchStatus.textContent = t.plural("searchShown", shown);
}

function showTarget() {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (target?.classList.contains("rule")) {
    if (target.hidden) {
      search.value = "";
      filter();
    }
    target.scrollIntoView();
    target.focus({ preventScroll: true });
  }
}

async function showLang(newLang) {
  lang = newLang;
  t = await stringsFor(lang);
  setupHeader(lang, t, "rulesDocTitle", showLang);
  if (catalogue.length) {
    await draw();
    showTarget();
  }
}

async function start() {
  await showLang(initialLang());
  try {
    await init();
  } catch (error) {
    main.textContent = t("rulesLoadFailed", error.message);
    return;
  }
  document.getElementById("version").textContent = `v${version()}`;
  catalogue = rules();
  await draw();
  search.addEventListener("input", filter);
  window.addEventListener("hashchange", showTarget);
  showTarget();
}

start();
