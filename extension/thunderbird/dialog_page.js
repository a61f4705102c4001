// The page inside the Thunderbird dialog window: asks the background what
// to show, shows it with the shared dialog, sends the answer back, and
// pings the background while open so the MV3 event page stays alive.

import { openDialog } from "./shared/dialog.js";
import { loadStrings } from "./shared/i18n.js";
import { KEEP_ALIVE_MS, TbKind } from "./window_messages.js";

const session = new URLSearchParams(location.search).get("session");

function send(message) {
  return messenger.runtime.sendMessage({ ...message, session });
}

setInterval(() => send({ kind: TbKind.keepAlive }).catch(() => {}), KEEP_ALIVE_MS);

async function run() {
  let next = await send({ kind: TbKind.dialogReady });
  while (next?.show) {
    const data = next.show;
    const t = await loadStrings(data.uiLang || "en");
    document.title = t(data.mode === "check" ? "dialogTitleCheck" : "dialogTitle");
    document.documentElement.lang = data.uiLang || "en";
    document.body.replaceChildren();
    const answer = await openDialog(document.body, data);
    next = await send({ kind: TbKind.dialogAnswer, answer });
  }
  window.close();
}

run().catch((error) => {
  console.error("presend: the dialog failed", error);
  // The background treats a closed window as "Go back": nothing is sent
  // unasked and the compose window is unlocked.
  window.close();
});
