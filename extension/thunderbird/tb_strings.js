// The compose toolbar button's label, in the interface language chosen in
// the options (the string is in shared/_locales like all others).

import { loadSettings } from "./shared/settings.js";
import { loadStrings } from "./shared/i18n.js";

/** The compose toolbar button's label in the chosen interface language. */
export async function composeActionTitle() {
  const { values } = await loadSettings();
  return (await loadStrings(values.ui_lang || "en"))("checkNow");
}
