// Runs in the Gmail page's own world (manifest: "world": "MAIN"), where the
// page's globals are visible, unlike in content scripts. Gmail keeps the
// signed-in account's address in GLOBALS[10] (read there by gmail.js and
// InboxSDK). When content/gmail.js asks with the "presend:account" event,
// the address is put in an attribute it can read. Nothing else is read.
(() => {
  "use strict";
  document.addEventListener("presend:account", () => {
    const address = globalThis.GLOBALS?.[10];
    document.documentElement.setAttribute("data-presend-account", typeof address === "string" ? address : "");
  });
})();
