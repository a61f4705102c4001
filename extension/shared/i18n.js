// Interface strings in the language chosen in the options (en, ru, el), which
// may differ from the browser's: so the strings are read from
// _locales/<lang>/messages.json directly rather than through i18n.getMessage.
// In the assembled add-on _locales/ sits next to shared/.

const cache = new Map();

async function fetchMessages(lang) {
  const url = new URL(`../_locales/${lang}/messages.json`, import.meta.url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`no interface strings for ${lang}`);
  return response.json();
}

/**
 * Loads the strings of `lang` (falling back to English for missing ones) and
 * returns `t(key, ...substitutions)`; `$1`…`$9` in a message are replaced.
 */
export async function loadStrings(lang) {
  if (!cache.has(lang)) {
    cache.set(
      lang,
      Promise.all([fetchMessages("en"), lang === "en" ? {} : fetchMessages(lang).catch(() => ({}))]),
    );
  }
  const [english, chosen] = await cache.get(lang);
  return (key, ...subs) => {
    const message = (chosen[key] ?? english[key])?.message ?? key;
    return message.replace(/\$([1-9])/g, (_, n) => String(subs[n - 1] ?? ""));
  };
}

/** Fills every element with data-i18n="key" (its text) in `root`. */
export function localize(root, t) {
  for (const element of root.querySelectorAll("[data-i18n]")) {
    element.textContent = t(element.dataset.i18n);
  }
}

/**
 * Names of parts of a draft ("subject", "recipients"… as an adapter lists
 * what it could not read) in the interface language, as one list.
 */
export function partNames(t, parts) {
  return parts.map((part) => t(`part_${part}`)).join(", ");
}
