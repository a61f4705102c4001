// The last check of each compose tab, by what that check read: a Send of a
// draft checked a moment before (by the pre-check while the author writes,
// or by an earlier Send or "Check now") opens the dialog with those
// findings instead of waiting for the core again. Nothing is skipped: the
// key is everything the check reads — the draft as read (text,
// recipients, attachments' names, the message answered), every setting and
// the mode — so a draft or a setting that differs in anything is checked
// anew. The time of the check (`now`) only matters to a reply (how long the
// author took to answer), and is kept to the minute there.
//
// Kept in this page's memory and in storage.session (memory too, never
// written to disk), so it outlives the event page being suspended while the
// author reads the dialog or writes.

const ext = globalThis.browser ?? globalThis.chrome;
const MAX_AGE_MS = 10 * 60_000;
// Larger entries (the key holds the draft's text) are kept in this page's
// memory only.
const MAX_STORED_CHARS = 400_000;
const STORE_PREFIX = "presend-check-";

const byTab = new Map(); // tabId -> { key, result, at, print, mode }

/**
 * A short print of what the author wrote (`written`: draft.js writtenPart,
 * or a draft, whose other fields are left out): the same text gives the
 * same print. It only foretells (see foretoldCheck); two texts that happen
 * to share a print are still told apart by the key.
 */
export function writtenPrint(written) {
  const text = JSON.stringify([
    written.from,
    written.to,
    written.cc,
    written.bcc,
    written.subject,
    written.body,
    written.format,
    written.html ?? null,
  ]);
  // Two 32-bit FNV-1a hashes with different seeds, and the length.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${text.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

/**
 * The key of a check of `draft` in `mode` with the settings decided by
 * `settings` (anything JSON holds: see checking.js): all of it as one JSON
 * text, compared whole (no hash whose collision could skip a check).
 */
export function checkKey(mode, settings, draft) {
  const { now, ...read } = draft;
  const minute = read.reply_to ? Math.floor(Date.parse(now) / 60_000) : null;
  return JSON.stringify([mode, settings, read, minute]);
}

function fresh(entry, key) {
  return entry && entry.key === key && Date.now() - entry.at < MAX_AGE_MS ? entry : null;
}

/**
 * The entry kept for compose tab `tabId`, or null. storage.session is read
 * only when this page holds nothing for the tab (it was suspended since):
 * a Send of a changed draft does not wait for it.
 */
async function entryOf(tabId) {
  if (!byTab.has(tabId) && readingAll) await readingAll;
  let entry = byTab.get(tabId);
  if (!entry && ext?.storage?.session) {
    try {
      const name = STORE_PREFIX + tabId;
      entry = (await ext.storage.session.get(name))[name] ?? null;
      if (entry) byTab.set(tabId, entry);
    } catch {
      entry = null; // not kept: check again
    }
  }
  return entry ?? null;
}

// The kept checks, read from storage.session as the event page starts (see
// readKeptChecks), until that is done.
let readingAll = null;

/**
 * Reads every check kept in storage.session into this page's memory, at
 * once: called as the event page starts, so a Send that woke it finds its
 * check there as its listener runs, instead of reading it then.
 */
export function readKeptChecks() {
  if (!ext?.storage?.session) return;
  readingAll = ext.storage.session
    .get(null)
    .then((all) => {
      for (const [name, entry] of Object.entries(all)) {
        const tabId = Number(name.slice(STORE_PREFIX.length));
        if (name.startsWith(STORE_PREFIX) && Number.isInteger(tabId) && entry && !byTab.has(tabId)) {
          byTab.set(tabId, entry);
        }
      }
    })
    .catch(() => {}) // each is read on its own then
    .finally(() => (readingAll = null));
}

/** The result kept for compose tab `tabId` under `key`, or null. */
export async function cachedCheck(tabId, key) {
  const entry = fresh(await entryOf(tabId), key);
  return entry ? structuredClone(entry.result) : null;
}

/**
 * What the check of a Send of compose tab `tabId` will most likely find,
 * known before the check is looked up or run: the result kept for the tab
 * by a check in `mode` of a draft whose written part has print `print`
 * (writtenPrint), or null. Only a forecast: the attachments, the answered
 * message and the settings, which the key also holds, are not compared.
 */
export async function foretoldCheck(tabId, mode, print) {
  const entry = await entryOf(tabId);
  if (!entry || entry.mode !== mode || entry.print !== print || Date.now() - entry.at >= MAX_AGE_MS)
    return null;
  return structuredClone(entry.result);
}

// storage.session is written a moment after a check (the latest check of a
// tab wins), not while the dialog window is being opened; the event page is
// suspended only after seconds without activity.
const STORE_DELAY_MS = 2000;
const storeTimers = new Map(); // tabId -> timer

/**
 * Keeps `result`, the check of compose tab `tabId` under `key`; `mode` and
 * `print` (writtenPrint of the draft checked) are for foretoldCheck.
 */
export function keepCheck(tabId, key, result, { mode = null, print = null } = {}) {
  const entry = { key, result: structuredClone(result), at: Date.now(), mode, print };
  byTab.set(tabId, entry);
  if (!ext?.storage?.session) return;
  clearTimeout(storeTimers.get(tabId));
  storeTimers.set(
    tabId,
    setTimeout(() => {
      storeTimers.delete(tabId);
      if (byTab.get(tabId) !== entry) return;
      const name = STORE_PREFIX + tabId;
      const write =
        key.length + JSON.stringify(entry.result).length <= MAX_STORED_CHARS
          ? ext.storage.session.set({ [name]: entry })
          : ext.storage.session.remove(name);
      write.catch(() => {});
    }, STORE_DELAY_MS),
  );
}

/** Forgets compose tab `tabId`'s check (its window closed, its message sent). */
export function forgetCheck(tabId) {
  byTab.delete(tabId);
  clearTimeout(storeTimers.get(tabId));
  storeTimers.delete(tabId);
  ext?.storage?.session?.remove(STORE_PREFIX + tabId).catch(() => {});
}
