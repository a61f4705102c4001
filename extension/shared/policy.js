// An administrator's policy (storage.managed), read without letting it hold
// up a Send.
//
// Chrome answers storage.managed.get only once its policy service has
// started, which after the browser starts takes seconds: 2.6 to 10 s for a
// fresh profile here (tests/e2e/chromium/send-latency.test.mjs: every Send
// of the first seconds waited for it; the first took 1.7-1.9 s), 3-8 s at
// each start of Chrome in other extensions' reports (ghostery-extension
// issue 3367, whose fix keeps a copy in storage.local; Privacy Badger PR
// 2982 stopped waiting for it at start-up), and never on some Edge betas
// (MicrosoftEdge-Extensions issue 299). Waiting a fixed while does not do:
// a read that waited 150 ms made every Send of those seconds 150 ms slower.
// So a read takes the browser's answer if it comes as soon as the copy of
// the policy last seen (kept in storage.local) is read, and otherwise that
// copy; the late answer, when it comes, replaces the copy (and
// storage.onChanged tells the pages that listen). A policy changed while
// the browser was closed thus applies a moment after it starts. Imports
// nothing: the content scripts load it too.

const ext = globalThis.browser ?? globalThis.chrome;

/** The storage.local key of the policy last seen (not a user's setting). */
export const POLICY_COPY_KEY = "policy_last_seen";

// The browser's answer still to come, per storage API: one question at a
// time, however many reads wait for it.
const asking = new WeakMap();

const isSame = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** The copy of the policy last seen, or {} if none was ever seen. */
async function lastSeen(api) {
  try {
    return (await api.storage.local.get(POLICY_COPY_KEY))?.[POLICY_COPY_KEY] ?? {};
  } catch {
    return {};
  }
}

/** Keeps `policy` as the copy in storage.local, unless it is kept already. */
async function keepCopy(api, policy) {
  try {
    if (!isSame(await lastSeen(api), policy)) await api.storage.local.set({ [POLICY_COPY_KEY]: policy });
  } catch {
    // the copy only saves a wait; the next answer writes it again
  }
}

/** The browser's answer: the policy, or {} where there is none (the read throws then). */
function askBrowser(api) {
  if (!asking.has(api)) {
    const answer = Promise.resolve()
      .then(() => api.storage.managed.get(null))
      .then(
        (policy) => policy ?? {},
        () => ({}),
      )
      .finally(() => asking.delete(api));
    answer.then((policy) => keepCopy(api, policy)); // not waited for
    asking.set(api, answer);
  }
  return asking.get(api);
}

const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The administrator's policy: the browser's answer if it comes by the time
 * the copy of the policy last seen is read (and one more turn of the event
 * loop), else that copy (`{}` if none). Never rejects. `api` is the
 * WebExtension API (the browser's own by default).
 */
export async function readPolicy({ api = ext } = {}) {
  const late = Symbol("late");
  const fresh = askBrowser(api);
  const copy = await lastSeen(api);
  const answer = await Promise.race([fresh, nextTurn().then(() => late)]);
  return answer === late ? copy : answer;
}

/** The user's own settings of storage.local's `stored` items (without the copy of the policy). */
export function withoutPolicyCopy(stored) {
  const { [POLICY_COPY_KEY]: _copy, ...settings } = stored ?? {};
  return settings;
}
