// The toolbar popup: turns presend on or off for the site in the active tab
// ("Check mail sent from <site>"). On a named web mail (Gmail, Outlook,
// Yandex Mail, Mail.ru) it is a setting; on any other site turning it on
// asks Chrome for that site and starts the Roundcube adapter when the page
// is Roundcube, the generic one otherwise. popup.html?tab=ID acts on tab ID
// instead of the active one (the end-to-end tests open it so).

import { loadStrings, localize } from "./shared/i18n.js";
import { isSiteEnabled, loadSettings, setSiteEnabled } from "./shared/settings.js";
import {
  disableSite,
  hasFixedAdapter,
  notePendingSite,
  originPattern,
  recognise,
  siteAdapter,
  siteOnRequest,
  webOrigin,
} from "./site-access.js";

// The Options link works from the first moment, before the settings are read.
document.getElementById("open-options").addEventListener("click", (event) => {
  event.preventDefault();
  chrome.runtime.openOptionsPage();
  window.close();
});

const { values } = await loadSettings();
const lang = [values.ui_lang, (navigator.language || "en").slice(0, 2)].find((code) =>
  ["en", "ru", "el"].includes(code),
);
const t = await loadStrings(lang ?? "en");
document.documentElement.lang = lang ?? "en";
document.title = t("extName");
localize(document, t);

async function targetTab() {
  const id = Number(new URLSearchParams(location.search).get("tab"));
  if (Number.isInteger(id) && id > 0) return chrome.tabs.get(id).catch(() => null);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}

const checkbox = document.getElementById("site-enabled");
const status = document.getElementById("site-status");
const say = (key) => {
  status.textContent = key ? t(key) : "";
};

// What the line under the switch says about a self-hosted site.
const ADAPTER_STATUS = {
  on: { roundcube: "popupRoundcubeOn", generic: "popupGenericOn" },
  off: { roundcube: "popupRoundcubeFound", generic: "popupSiteAsks" },
};

// While a change is being carried out the switch is disabled and the page
// marked busy (the end-to-end tests wait for it to settle).
async function settling(work) {
  checkbox.disabled = true;
  document.body.dataset.busy = "true";
  try {
    await work();
  } finally {
    checkbox.disabled = false;
    delete document.body.dataset.busy;
  }
}

function showNamedSite(origin) {
  checkbox.checked = isSiteEnabled(values, origin);
  checkbox.addEventListener("change", () => settling(() => setSiteEnabled(origin, checkbox.checked)));
}

async function showOtherSite(origin, tab) {
  const adapter = await siteAdapter(origin);
  checkbox.checked = adapter !== null && isSiteEnabled(values, origin);
  if (checkbox.checked) say(ADAPTER_STATUS.on[adapter]);
  else say(ADAPTER_STATUS.off[(await recognise(tab.id)) ?? "generic"]);

  checkbox.addEventListener("change", () => {
    if (!checkbox.checked) {
      settling(async () => {
        await disableSite(origin);
        say(ADAPTER_STATUS.off[(await recognise(tab.id)) ?? "generic"]);
      });
      return;
    }
    // Asked within the click: Chrome shows its prompt only for a user's gesture.
    notePendingSite(origin, tab.id);
    const asked = chrome.permissions.request({ origins: [originPattern(origin)] }).catch(() => false);
    settling(async () => {
      if (!(await asked)) {
        checkbox.checked = false;
        say("popupPermissionDenied");
        return;
      }
      await setSiteEnabled(origin, true);
      const answer = await chrome.runtime.sendMessage(siteOnRequest(origin, tab.id));
      say(ADAPTER_STATUS.on[answer?.adapter ?? "generic"]);
    });
  });
}

const tab = await targetTab();
const origin = webOrigin(tab?.url ?? "");
if (origin) {
  document.getElementById("site-label").textContent = t("popupSiteSwitch", new URL(origin).host);
  if (hasFixedAdapter(tab.url)) showNamedSite(origin);
  else await showOtherSite(origin, tab);
  document.getElementById("site-row").hidden = false;
} else {
  document.getElementById("no-site").hidden = false;
}
document.body.dataset.ready = "true";
