// Sites presend checks besides the named web mails: self-hosted Roundcube
// and any other web mail, each turned on by the user from the toolbar
// popup. Turning a site on asks Chrome for that site alone (an optional
// host permission) and registers the adapter's content scripts for it;
// turning it off undoes both. The named web mails (Gmail, Outlook, Yandex,
// Mail.ru) are the manifest's fixed content scripts and need neither.
// Used by popup.js and background.js.

const ext = globalThis.browser ?? globalThis.chrome;

const COMMON = ["content/dom-text.js", "content/reply-date.js", "content/host.js"];

/** The content scripts of each adapter a site can be given. */
export const SITE_ADAPTERS = Object.freeze({
  roundcube: [...COMMON, "content/roundcube.js"],
  generic: [...COMMON, "content/webmail-kit.js", "content/generic.js"],
});

const ID_PREFIX = "presend-site ";
const scriptId = (origin) => `${ID_PREFIX}${origin}`;

/** The match pattern of one origin, port included: "https://mail.example.com/*". */
export const originPattern = (origin) => `${origin}/*`;

/** The origin of an http(s) URL, or null for any other page. */
export function webOrigin(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.origin : null;
  } catch {
    return null;
  }
}

// Does a manifest match pattern ("https://mail.google.com/*",
// "http://localhost/*") cover `url`? A pattern without a port covers every
// port, as in Chrome.
function patternMatches(pattern, url) {
  const match = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!match) return false;
  const [, scheme, host, path] = match;
  const target = new URL(url);
  if (scheme !== "*" && `${scheme}:` !== target.protocol) return false;
  const [hostname, port] = host.split(":");
  if (port && port !== "*" && port !== target.port) return false;
  const hostOk = hostname.startsWith("*.")
    ? target.hostname === hostname.slice(2) || target.hostname.endsWith(hostname.slice(1))
    : target.hostname === hostname;
  const pathRe = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
  return hostOk && pathRe.test(target.pathname);
}

/** True if a named web mail's fixed adapter runs on `url`. */
export function hasFixedAdapter(url) {
  return (ext.runtime.getManifest().content_scripts ?? []).some((script) =>
    (script.matches ?? []).some((pattern) => patternMatches(pattern, url)),
  );
}

/** "roundcube" | "generic" if the user turned presend on for `origin`, else null. */
export async function siteAdapter(origin) {
  const [script] = await ext.scripting.getRegisteredContentScripts({ ids: [scriptId(origin)] });
  if (!script) return null;
  return script.js.includes("content/roundcube.js") ? "roundcube" : "generic";
}

/**
 * What the page in tab `tabId` is: "roundcube" if it is a Roundcube page
 * (its app script program/js/app(.min).js and the task-… class Roundcube
 * gives the body, or its login form), "generic" for anything else, null if
 * presend may not look at the page (no permission for it yet).
 */
export async function recognise(tabId) {
  try {
    const [{ result }] = await ext.scripting.executeScript({
      target: { tabId },
      func: () => {
        const appScript = !!document.querySelector('script[src*="program/js/app"]');
        const task = /(^|\s)task-\w+/.test(document.body?.className ?? "");
        const login = !!document.querySelector("form #rcmloginuser, #rcmloginuser");
        return (appScript && task) || login ? "roundcube" : "generic";
      },
    });
    return result ?? null;
  } catch {
    return null;
  }
}

/**
 * Registers `adapter`'s content scripts for `origin` (replacing any) and,
 * if `tabId` is given, runs them in that tab now so the open page is
 * checked without a reload. Needs the site's permission already granted.
 */
export async function enableSite(origin, adapter, tabId) {
  const id = scriptId(origin);
  await ext.scripting.unregisterContentScripts({ ids: [id] }).catch(() => {});
  await ext.scripting.registerContentScripts([
    {
      id,
      matches: [originPattern(origin)],
      js: SITE_ADAPTERS[adapter],
      runAt: "document_start",
      persistAcrossSessions: true,
    },
  ]);
  if (tabId != null) {
    await ext.scripting.executeScript({ target: { tabId }, files: SITE_ADAPTERS[adapter] }).catch((error) => {
      console.warn("presend: could not start in the open page; it will on the next load", error);
    });
  }
}

/** Unregisters the site's scripts and gives its permission back. */
export async function disableSite(origin) {
  await ext.scripting.unregisterContentScripts({ ids: [scriptId(origin)] }).catch(() => {});
  await ext.permissions.remove({ origins: [originPattern(origin)] }).catch(() => {});
}

/** Unregisters the scripts of every site whose permission was taken away (chrome://extensions). */
export async function forgetSites(patterns) {
  const ids = patterns
    .filter((pattern) => pattern.endsWith("/*"))
    .map((pattern) => scriptId(pattern.slice(0, -2)));
  if (ids.length) await ext.scripting.unregisterContentScripts({ ids }).catch(() => {});
}

// The popup may close while Chrome asks the user for the site (the
// permission prompt takes the focus); the background then finishes turning
// the site on when the permission arrives.
const PENDING = "presend.pendingSite";

/** Remembers which site the user is turning on, from which tab. */
export function notePendingSite(origin, tabId) {
  return ext.storage.session.set({ [PENDING]: { origin, tabId, at: Date.now() } });
}

/**
 * The pending site the granted `patterns` complete (all pending sites when
 * `patterns` is omitted), taken out of storage, or null.
 */
export async function takePendingSite(patterns) {
  const { [PENDING]: pending } = await ext.storage.session.get(PENDING);
  if (!pending || Date.now() - pending.at > 5 * 60000) return null;
  if (patterns && !patterns.includes(originPattern(pending.origin))) return null;
  await ext.storage.session.remove(PENDING);
  return pending;
}

/**
 * Turns presend on for `origin` once its permission is granted: with the
 * Roundcube adapter if the page in `tabId` is Roundcube, else the generic
 * one. Resolves to the adapter used.
 */
export async function turnSiteOn(origin, tabId) {
  const adapter = (tabId != null ? await recognise(tabId) : null) ?? "generic";
  await enableSite(origin, adapter, tabId);
  return adapter;
}

/** The kind of message the popup sends the background once a site's permission is granted. */
export const SITE_ON = "site-on";
export const siteOnRequest = (origin, tabId) => ({ kind: SITE_ON, origin, tabId });

/** True if presend checks mail sent from `url`: a named web mail, or a site the user turned on. */
export async function isCheckedSite(url) {
  const origin = webOrigin(url);
  if (!origin) return false;
  return hasFixedAdapter(url) || (await siteAdapter(origin)) !== null;
}
