// Thunderbird-only interface strings that shared/_locales does not have
// (yet): looked up there first, so a translation added there wins.

import { loadSettings } from "./shared/settings.js";
import { loadStrings } from "./shared/i18n.js";

const FALLBACK = {
  checkNow: { en: "Check now", ru: "Проверить", el: "Έλεγχος τώρα" },
  noticeCheckNowFailed: {
    en: "presend could not check this message.",
    ru: "presend не смог проверить это письмо.",
    el: "Το presend δεν μπόρεσε να ελέγξει αυτό το μήνυμα.",
  },
};

/** `t(key)` for the chosen interface language, with the fallbacks above. */
export async function tbStrings(uiLang) {
  const t = await loadStrings(uiLang);
  return (key, ...subs) => {
    const text = t(key, ...subs);
    if (text !== key) return text;
    return FALLBACK[key]?.[uiLang] ?? FALLBACK[key]?.en ?? key;
  };
}

/** The compose toolbar button's label in the chosen interface language. */
export async function composeActionTitle() {
  const { values } = await loadSettings();
  return (await tbStrings(values.ui_lang || "en"))("checkNow");
}
