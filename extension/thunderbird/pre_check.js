// The pre-check: while the event page is awake, the draft in the compose
// window the author is in is read every so often and, when it changed,
// checked in the background, so that a Send finds its check already done
// (check_cache.js keeps it, also while the event page is suspended; a Send
// of a draft that changed since checks anew). Nothing is shown and nothing
// is sent from here; a failed pre-check is forgotten (the Send checks again
// and reports its own failure).
//
// Thunderbird counts the calls this makes as activity of the event page:
// so that the page can still be suspended, the reading stops once the
// draft has not changed for a while, and starts again on the next event
// (a Send, "Check now", a change of the compose window's state).

const INTERVAL_MS = 1500;
const QUIET_MS = 10_000;
// Larger drafts are checked on Send only (the pre-check must not keep the
// core busy when Send comes).
const MAX_TEXT_CHARS = 100_000;

export class PreChecks {
  /**
   * `isBusy(tabId)`: whether a Send or "Check now" of that tab is under way
   * (then nothing is done); `check(tabId, details)`: runs (or finds kept)
   * the Send's check of the draft, resolves to its key.
   */
  constructor({ isBusy, check }) {
    this.isBusy = isBusy;
    this.check = check;
    this.timer = null;
    this.running = false;
    this.lastKey = null;
    this.changedAt = 0;
  }

  /** Reads (again) every INTERVAL_MS until the draft stays the same for QUIET_MS. */
  start() {
    this.changedAt = Date.now();
    this.timer ??= setInterval(() => this.tick(), INTERVAL_MS);
  }

  stop() {
    clearInterval(this.timer);
    this.timer = null;
  }

  async tick() {
    if (Date.now() - this.changedAt > QUIET_MS) return this.stop();
    if (this.running) return;
    this.running = true;
    try {
      const [tab] = await messenger.tabs.query({ active: true, lastFocusedWindow: true });
      if (!tab || tab.type !== "messageCompose" || this.isBusy(tab.id)) return;
      const details = await messenger.compose.getComposeDetails(tab.id);
      const size = (details.plainTextBody?.length ?? 0) + (details.body?.length ?? 0);
      if (size > MAX_TEXT_CHARS || this.isBusy(tab.id)) return;
      const key = await this.check(tab.id, details);
      if (key !== this.lastKey) {
        this.lastKey = key;
        this.changedAt = Date.now();
      }
    } catch {
      // the Send checks again, and reports what fails
    } finally {
      this.running = false;
    }
  }
}
