// The look-alike's inline reply (`[data-compose="reply"]`): its attribution
// line (div.gmail_attr) gets a date chosen by the test, written the way
// Gmail writes it in English ("Mon, Mar 2, 2026 at 10:00 AM"), in the
// browser's time zone.

/** Sets the date in the reply's attribution to `when` (a Date). */
export async function setAttributionDate(page, when) {
  await page.evaluate((millis) => {
    const date = new Date(millis);
    const day = date.toLocaleDateString("en-US", {
      weekday: "short",
      month: "short",
      day: "numeric",
      year: "numeric",
    });
    const time = date.toLocaleTimeString("en-US", { hour: "numeric", minute: "2-digit" });
    const attribution = document.querySelector('[data-compose="reply"] .gmail_attr');
    attribution.firstChild.data = `On ${day} at ${time} Dave <`;
  }, when.getTime());
}

export const hoursAgo = (hours) => new Date(Date.now() - hours * 3600 * 1000);
