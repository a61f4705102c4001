// A page's draft checked with the user's settings: the one answer to a
// content script's `check`, given by the service worker (background.js)
// and by the checker frame a page keeps (checker-frame.js).

import { checkFailedAnswer, findingsAnswer, skippedAnswer } from "./shared/protocol.js";
import {
  atThreshold,
  checkDraft,
  hasExternalRecipient,
  ruleCatalogue,
  withoutUnreadParts,
} from "./shared/checker.js";
import { coreConfig, isSiteEnabled, loadSettings } from "./shared/settings.js";
import { isCheckedSite } from "./site-access.js";

async function answerFor(draft, site, unread, pageUrl) {
  const { values } = await loadSettings();
  if (site && !isSiteEnabled(values, site)) return skippedAnswer("site-off");
  // A page whose site was turned off in the popup keeps its scripts until
  // it reloads; from then on its mail goes out unchecked, as asked.
  if (pageUrl && !(await isCheckedSite(pageUrl))) return skippedAnswer("site-off");
  const config = coreConfig(values);
  // Recipients the page could not read may be anyone: such mail is checked.
  if (
    values.only_external &&
    !unread.includes("recipients") &&
    !(await hasExternalRecipient(draft, config))
  ) {
    return skippedAnswer("internal-only");
  }
  const findings = withoutUnreadParts(
    await checkDraft(draft, config, { timeoutMs: values.check_timeout_ms }),
    unread,
  );
  return findingsAnswer(atThreshold(findings, values.threshold), await ruleCatalogue(), values.ui_lang);
}

/**
 * The answer to `{ kind: "check", draft, site, unread }` from the page at
 * `pageUrl`: "findings", "skipped" or "check-failed" (see shared/protocol.js);
 * never rejects.
 */
export async function checkForPage(draft, site, unread = [], pageUrl = "") {
  try {
    return await answerFor(draft, site, unread ?? [], pageUrl);
  } catch (error) {
    return checkFailedAnswer(String(error?.message ?? error));
  }
}
