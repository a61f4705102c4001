// An administrator's policy (storage.managed) must not hold up a Send:
// after Chrome starts, its first read took 2.6-10 s here, and every Send of
// a page waited for it. extension/shared/policy.js takes the policy last
// seen when the browser does not answer at once. Run by `make node-test`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { POLICY_COPY_KEY, readPolicy, withoutPolicyCopy } from "../../extension/shared/policy.js";

/**
 * A stand-in for the WebExtension storage API: storage.local as a plain
 * object, storage.managed answering through `managedGet`.
 */
function storageApi(managedGet, local = {}) {
  const api = {
    local,
    asked: 0,
    writes: 0,
    storage: {
      local: {
        get: async (key) => (key in local ? { [key]: structuredClone(local[key]) } : {}),
        set: async (items) => {
          api.writes++;
          Object.assign(local, structuredClone(items));
        },
      },
      managed: {
        get: (...args) => {
          api.asked++;
          return managedGet(...args);
        },
      },
    },
  };
  return api;
}

/** A browser whose policy service has not started: it answers when `answer` is called. */
function slowBrowser(local = {}) {
  let answer;
  const policy = new Promise((resolve) => (answer = resolve));
  const api = storageApi(() => policy, local);
  return { api, answer };
}

const POLICY = { threshold: "error", rules: { insult: { enabled: true } } };
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

test("a policy the browser gives at once is the answer, and its copy is kept", async () => {
  const api = storageApi(async () => structuredClone(POLICY));
  assert.deepEqual(await readPolicy({ api }), POLICY);
  await settle();
  assert.deepEqual(api.local[POLICY_COPY_KEY], POLICY);
});

test("a policy changed since the copy was kept: the browser's answer, when it comes at once", async () => {
  const api = storageApi(async () => structuredClone(POLICY), { [POLICY_COPY_KEY]: { threshold: "info" } });
  assert.deepEqual(await readPolicy({ api }), POLICY);
});

test("a browser that does not answer yet: the policy last seen, without waiting for it", async () => {
  const { api } = slowBrowser({ [POLICY_COPY_KEY]: POLICY, threshold: "info" });
  // The browser never answers in this test: a read that waited would not end.
  assert.deepEqual(await readPolicy({ api }), POLICY);
});

test("a browser that does not answer yet, and no policy seen before: none, at once", async () => {
  const { api } = slowBrowser();
  assert.deepEqual(await readPolicy({ api }), {});
});

test("the late answer replaces the copy, and later reads have it", async () => {
  const { api, answer } = slowBrowser({ [POLICY_COPY_KEY]: { threshold: "info" } });
  assert.deepEqual(await readPolicy({ api }), { threshold: "info" });
  answer(structuredClone(POLICY));
  await settle();
  assert.deepEqual(api.local[POLICY_COPY_KEY], POLICY, "the copy is the browser's answer now");
  assert.deepEqual(await readPolicy({ api }), POLICY);
});

test("reads while the browser is slow ask it once", async () => {
  const { api, answer } = slowBrowser();
  await Promise.all([1, 2, 3].map(() => readPolicy({ api })));
  assert.equal(api.asked, 1);
  answer({});
  await settle();
  await readPolicy({ api });
  assert.equal(api.asked, 2, "once answered, the next read asks again (a policy can change)");
});

test("a policy that did not change is not written again", async () => {
  const api = storageApi(async () => structuredClone(POLICY));
  await readPolicy({ api });
  await readPolicy({ api });
  await readPolicy({ api });
  await settle();
  assert.equal(api.writes, 1);
});

test("a policy taken away is taken away from the copy too", async () => {
  const api = storageApi(
    async () => {
      throw new Error("Managed storage manifest key missing"); // as Chrome says where there is no policy
    },
    { [POLICY_COPY_KEY]: POLICY },
  );
  assert.deepEqual(await readPolicy({ api }), {});
  await settle();
  assert.deepEqual(api.local[POLICY_COPY_KEY], {});
});

test("storage that cannot be written still gives the answer", async () => {
  const api = storageApi(async () => structuredClone(POLICY));
  api.storage.local.set = async () => {
    throw new Error("QUOTA_BYTES quota exceeded");
  };
  assert.deepEqual(await readPolicy({ api }), POLICY);
});

test("the copy of the policy is not a setting of the user", () => {
  assert.deepEqual(withoutPolicyCopy({ threshold: "info", [POLICY_COPY_KEY]: POLICY }), {
    threshold: "info",
  });
  assert.deepEqual(withoutPolicyCopy(undefined), {});
});
