// The checker frame: a hidden frame of presend's own that content/host.js
// puts in a mail page, so Send is checked without waiting for the service
// worker (Chrome stops an idle one; starting it and loading the core again
// took 260–450 ms). It is an extension page, so the page's CSP, which
// forbids WebAssembly in the page and in content scripts, does not govern
// it: the core loads here once per tab, as the author starts writing.
//
// It answers only the content script that made it: the content script
// names a random token in the frame's address (#token), which the page
// cannot read, and hands over a MessagePort with that token; every request
// and answer goes through that port. A page framing this file itself gets
// answers only about its own site, which must be one presend checks.
//
// Through the port:
//   frame -> page: { kind: "connected" }       the port is taken (the core loads)
//   frame -> page: { kind: "ready" } | { kind: "failed", message }  the core loaded, or not
//   page -> frame: { id, draft, unread }        check, as the worker's `check`
//   frame -> page: { id, answer }               its answer (see shared/protocol.js)

import { loadCore } from "./shared/checker.js";
import { checkForPage } from "./page-check.js";

const token = location.hash.slice(1);
// The site the frame is in, as the browser says (not as asked): what the
// checks and the site switches are about.
const pageOrigin = location.ancestorOrigins?.[0] ?? "";
const core = loadCore();
core.catch(() => {}); // told to the content script once it connects
let port = null;

function serve(request) {
  const { id, draft, unread } = request ?? {};
  checkForPage(draft, pageOrigin, Array.isArray(unread) ? unread : [], `${pageOrigin}/`).then((answer) =>
    port.postMessage({ id, answer }),
  );
}

window.addEventListener("message", (event) => {
  if (port || !token || event.source !== window.parent || event.data?.presendChecker !== token) return;
  [port] = event.ports;
  if (!port) return;
  port.onmessage = ({ data }) => serve(data);
  port.postMessage({ kind: "connected" });
  // A browser that does not say (no ancestorOrigins): the worker checks.
  const loaded = pageOrigin ? core : Promise.reject(new Error("the frame cannot tell which site it is in"));
  loaded.then(
    () => port.postMessage({ kind: "ready" }),
    (error) => port.postMessage({ kind: "failed", message: String(error?.message ?? error) }),
  );
});
