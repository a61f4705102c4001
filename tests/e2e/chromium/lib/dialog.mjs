// The presend dialog and notices as a user sees them. Playwright's CSS
// locators pierce the open shadow root the content script draws into.

export const dialog = (page) => page.locator("presend-root dialog.presend-dialog[open]");
export const notice = (page) => page.locator("presend-root .presend-notice");

/** The rule IDs of the findings the open dialog lists, in order. */
export function listedRules(page) {
  return dialog(page)
    .locator("li.finding")
    .evaluateAll((items) => items.map((item) => item.dataset.rule));
}

export const goBackButton = (page) => dialog(page).locator("button.back");
export const sendAnywayButton = (page) => dialog(page).locator("button.send");
export const fixButton = (page, rule) => dialog(page).locator(`li.finding[data-rule="${rule}"] button.fix`);
export const muteButton = (page, rule) => dialog(page).locator(`li.finding[data-rule="${rule}"] button.mute`);
