// The toolbar popup: turns presend on or off for the site in the active tab.

import { loadStrings, localize } from "./shared/i18n.js";
import { isSiteEnabled, loadSettings, setSiteEnabled } from "./shared/settings.js";

const { values } = await loadSettings();
const t = await loadStrings(values.ui_lang);
localize(document, t);

const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
let origin = null;
try {
  const url = new URL(tab?.url ?? "");
  if (url.protocol === "http:" || url.protocol === "https:") origin = url.origin;
} catch {
  // no URL we may read: not a web page
}

if (origin) {
  const checkbox = document.getElementById("site-enabled");
  document.getElementById("site-label").textContent = t("popupSiteSwitch", new URL(origin).host);
  checkbox.checked = isSiteEnabled(values, origin);
  checkbox.addEventListener("change", () => setSiteEnabled(origin, checkbox.checked));
  document.getElementById("site-row").hidden = false;
} else {
  document.getElementById("no-site").hidden = false;
}

document.getElementById("open-options").addEventListener("click", (event) => {
  event.preventDefault();
  chrome.runtime.openOptionsPage();
  window.close();
});
