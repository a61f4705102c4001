// The background's side of the core's dedicated Worker (core-worker.js):
// starts it with the compiled core, runs operations in it, and ends and
// replaces it when a check runs out of time, when it fails, or after a very
// large draft (a WebAssembly instance never gives back memory it grew to).

// A draft at least this large (UTF-16 code units in its text fields) is
// checked in a worker that is replaced afterwards.
const RECYCLE_AFTER_CHARS = 1_000_000;

/** About how much text a draft holds. */
function draftSize(draft) {
  return (draft?.body?.length ?? 0) + (draft?.html?.length ?? 0) + (draft?.reply_to?.body?.length ?? 0);
}

export class CoreWorker {
  /**
   * `url`: core-worker.js; `compiledCore`: resolves to the core's compiled
   * WebAssembly.Module (see checker.js).
   */
  constructor(url, compiledCore) {
    this.url = url;
    this.compiledCore = compiledCore;
    this.worker = null;
    this.started = null; // resolves once the worker was handed the core
    this.pending = new Map(); // id -> { resolve, reject }
    this.nextId = 1;
  }

  /** Starts the worker (if none runs) and hands it the core, so it is warm by the first check. */
  start() {
    if (this.worker) return this.started;
    const worker = new Worker(this.url, { type: "module" });
    worker.onmessage = ({ data }) => this.answer(data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.restart(`the checker's worker failed: ${event.message ?? "unknown error"}`, false);
    };
    this.worker = worker;
    this.started = this.compiledCore().then((module) => worker.postMessage({ op: "load", module }));
    this.started.catch(() => {}); // each run() reports it
    return this.started;
  }

  /** Runs `operation` on the draft in the worker; resolves to the core's answer. */
  async run(operation, draft, config, busyMs = 0) {
    this.start();
    const worker = this.worker;
    await this.started;
    const result = await new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ op: operation, id, draft, config, busyMs });
    });
    if (draftSize(draft) >= RECYCLE_AFTER_CHARS) this.restart("a very large draft was checked");
    return result;
  }

  answer({ id, result, error }) {
    const request = this.pending.get(id);
    if (!request) return;
    this.pending.delete(id);
    if (error === undefined) request.resolve(result);
    else request.reject(new Error(error));
  }

  /**
   * Ends the worker: what it was asked and has not answered fails with
   * `reason`. A fresh worker is started at once (`warm`), or on the next run.
   */
  restart(reason, warm = true) {
    this.worker?.terminate();
    this.worker = null;
    this.started = null;
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const request of pending) request.reject(new Error(reason));
    if (warm) this.start();
  }
}
