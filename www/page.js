// What both pages share: the interface language (chosen at the top, kept in
// the address as ?lang= and remembered), the words in it, and the header.

import { loadStrings } from "./shared/i18n.js";
import { plural } from "./shared/findings-view.js";
import { STRINGS } from "./strings.js";

export const LANGS = ["en", "ru", "el"];
const STORAGE_KEY = "presend-page-lang";

/** The language to show: ?lang=, else the last one chosen, else the browser's. */
export function initialLang() {
  const asked = new URLSearchParams(location.search).get("lang");
  if (LANGS.includes(asked)) return asked;
  try {
    const kept = localStorage.getItem(STORAGE_KEY);
    if (LANGS.includes(kept)) return kept;
  } catch {
    // storage may be off; the browser's language decides
  }
  for (const tag of navigator.languages ?? []) {
    const base = tag.slice(0, 2).toLowerCase();
    if (LANGS.includes(base)) return base;
  }
  return "en";
}

const fill = (text, subs) => text.replace(/\$([1-9])/g, (_, n) => String(subs[n - 1] ?? ""));

/**
 * `t(key, ...values)` for `lang`: the page's own words first, then the
 * add-ons' (findings, badges, topics). `t.plural(key, n)` picks the form.
 */
export async function stringsFor(lang) {
  let shared;
  try {
    shared = await loadStrings(lang);
  } catch {
    shared = (key) => key;
  }
  const t = (key, ...subs) => {
    const own = STRINGS[lang]?.[key] ?? STRINGS.en[key];
    return own === undefined ? shared(key, ...subs) : fill(own, subs);
  };
  t.plural = (key, count, ...more) => plural(t, lang, key, count, ...more);
  return t;
}

/** Fills the elements marked with data-i18n (text), data-i18n-placeholder, -aria-label. */
export function applyStrings(root, t) {
  for (const element of root.querySelectorAll("[data-i18n]")) element.textContent = t(element.dataset.i18n);
  for (const element of root.querySelectorAll("[data-i18n-placeholder]"))
    element.placeholder = t(element.dataset.i18nPlaceholder);
  for (const element of root.querySelectorAll("[data-i18n-aria-label]"))
    element.setAttribute("aria-label", t(element.dataset.i18nAriaLabel));
}

/** A link to one of the pages in `lang`, with an optional #anchor. */
export function pageLink(page, lang, anchor = "") {
  return `${page}?lang=${lang}${anchor ? `#${anchor}` : ""}`;
}

/**
 * Shows `lang` in the header (switch pressed, links carrying it, <html
 * lang>, the title) and calls `onChange(newLang)` when another is chosen.
 */
export function setupHeader(lang, t, docTitleKey, onChange) {
  document.documentElement.lang = lang;
  document.title = t(docTitleKey);
  applyStrings(document, t);
  for (const link of document.querySelectorAll("a[data-page]")) {
    link.href = pageLink(link.dataset.page, lang);
  }
  for (const button of document.querySelectorAll(".lang-switch button")) {
    button.setAttribute("aria-pressed", String(button.value === lang));
    button.onclick = () => {
      if (button.value === lang) return;
      try {
        localStorage.setItem(STORAGE_KEY, button.value);
      } catch {
        // not remembered; the address still carries it
      }
      const url = new URL(location.href);
      url.searchParams.set("lang", button.value);
      history.replaceState(null, "", url);
      onChange(button.value);
    };
  }
}
