// "Go back and edit" puts the cursor on the finding: a script in the compose
// window's editor selects the marked text and scrolls it into view, then the
// compose window comes to the front. Only the message text can be reached
// this way (an add-on has no access to the subject field's cursor).

import { occurrencesBefore } from "./draft.js";

/**
 * Runs inside the compose editor: selects the `nth` occurrence of `excerpt`
 * in the text (it must lie in one text node) and focuses the editor.
 * Returns true when it found it.
 */
function selectInEditor(excerpt, nth) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let at = node.data.indexOf(excerpt); at !== -1; at = node.data.indexOf(excerpt, at + 1)) {
      if (seen++ !== nth) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + excerpt.length);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      node.parentElement?.scrollIntoView({ block: "center" });
      document.body.focus();
      return true;
    }
  }
  document.body.focus();
  return false;
}

/**
 * Brings compose tab `tabId` to the front and, for a finding in the message
 * text, selects it. `draftBody` is the text the finding's offsets index.
 * Never throws: the cursor is a convenience.
 */
export async function placeCursor(tabId, finding, draftBody) {
  try {
    const tab = await messenger.tabs.get(tabId);
    await messenger.windows.update(tab.windowId, { focused: true });
    if (finding?.field !== "body" || !finding.excerpt) return false;
    const nth = occurrencesBefore(draftBody ?? "", finding.excerpt, finding.start);
    const [result] = await messenger.scripting.executeScript({
      target: { tabId },
      func: selectInEditor,
      args: [finding.excerpt, nth],
    });
    return result?.result === true;
  } catch (error) {
    console.warn("presend: could not put the cursor on the finding", error);
    return false;
  }
}
