// The rule reference: one section per rule, from rules() of the WASM core.
import init, { rules, version } from "./pkg/presend.js";
import { renderMarkdown } from "./markdown.js";

const CATEGORIES = {
  tone: "Tone and conflict",
  privacy: "Leaks and privacy",
  bulk: "Bulk mail",
  content: "Content and structure",
  form: "Form and proofreading",
};

async function main() {
  const main = document.getElementById("rules");
  try {
    await init();
  } catch (error) {
    main.textContent = `The catalogue could not load: ${error.message}`;
    return;
  }
  document.getElementById("version").textContent = `v${version()}`;
  const catalogue = rules();
  document.getElementById("summary").textContent = `${catalogue.length} rules.`;
  main.replaceChildren();
  for (const [category, heading] of Object.entries(CATEGORIES)) {
    const inCategory = catalogue.filter((r) => r.category === category);
    if (inCategory.length === 0) continue;
    const h2 = document.createElement("h2");
    h2.textContent = heading;
    main.append(h2);
    for (const rule of inCategory) {
      const section = document.createElement("section");
      section.id = rule.id;
      section.className = "rule";
      const h3 = document.createElement("h3");
      const code = document.createElement("code");
      code.textContent = rule.id;
      h3.append(code, ` — ${rule.title.en}`);
      const meta = document.createElement("p");
      meta.className = "meta";
      const languages = rule.languages.length ? rule.languages.join(", ") : "any language";
      meta.textContent = `${rule.severity} · ${languages} · ${rule.status} · ru: ${rule.title.ru} · el: ${rule.title.el}`;
      section.append(h3, meta, renderMarkdown(rule.docs));
      main.append(section);
    }
  }
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
}

main();
