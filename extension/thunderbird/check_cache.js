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

const byTab = new Map(); // tabId -> { key, result, at }

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
 * The result kept for compose tab `tabId` under `key`, or null. storage.session
 * is read only when this page holds nothing for the tab (it was suspended
 * since): a Send of a changed draft does not wait for it.
 */
export async function cachedCheck(tabId, key) {
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
  entry = fresh(entry, key);
  return entry ? structuredClone(entry.result) : null;
}

// storage.session is written a moment after a check (the latest check of a
// tab wins), not while the dialog window is being opened; the event page is
// suspended only after seconds without activity.
const STORE_DELAY_MS = 2000;
const storeTimers = new Map(); // tabId -> timer

/** Keeps `result`, the check of compose tab `tabId` under `key`. */
export function keepCheck(tabId, key, result) {
  const entry = { key, result: structuredClone(result), at: Date.now() };
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
