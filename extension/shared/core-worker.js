// The script of the dedicated Worker the Thunderbird background runs its
// checks in (see core-worker-host.js): a check slow inside the core keeps
// only this thread busy, so the background's time limit still fires, and
// the background ends this worker.
//
// Messages from the host:
//   { op: "load", module }    the core's compiled WebAssembly.Module
//   { op: "check" | "hasExternalRecipient", id, draft, config, busyMs }
// answered { id, result } or { id, error }.

import { loadCore, runInThread } from "./checker.js";

let loaded = null;

self.onmessage = async ({ data }) => {
  if (data.op === "load") {
    loaded = loadCore(data.module);
    loaded.catch(() => {}); // each request below reports it
    return;
  }
  try {
    if (!loaded) throw new Error("the core was not handed to the worker");
    await loaded;
    const result = await runInThread(data.op, data.draft, data.config, data.busyMs);
    self.postMessage({ id: data.id, result });
  } catch (error) {
    self.postMessage({ id: data.id, error: String(error?.message ?? error) });
  }
};
