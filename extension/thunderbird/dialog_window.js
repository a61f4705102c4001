// The dialog window seen from the background: opens the popup window that
// hosts shared/dialog.js, hands it what to show, and turns the user's
// answers into promises. Closing the window counts as "back".

import { TbKind } from "./window_messages.js";
import { cardsOf, shownFindings, withoutIgnored } from "./shared/findings-view.js";

const WIDTH = 640;
// The window opens at about the height its cards need (the page then fits
// it exactly, within the screen): a frame, and so much per card and finding.
const FRAME_HEIGHT = 230;
const CARD_HEIGHT = 110;
const LINE_HEIGHT = 30;
const MIN_HEIGHT = 300;
const MAX_HEIGHT = 720;

/** About how tall the dialog showing `data` (openDialog's options) is. */
export function estimatedHeight(data) {
  // (Only those the dialog draws: the rest are one line under them.)
  const findings = shownFindings(withoutIgnored(data.findings ?? [], data.ignored ?? []));
  const cards = cardsOf(findings, data.draft ?? {}).length;
  const extra = findings.length - cards;
  const height = FRAME_HEIGHT + cards * CARD_HEIGHT + extra * LINE_HEIGHT;
  return Math.round(Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, height)));
}

class DialogSession {
  constructor(id, tabId) {
    this.id = id;
    this.tabId = tabId; // the compose tab the dialog is about
    this.windowId = null;
    this.closed = false;
    this.answers = []; // answers not yet taken by nextAnswer()
    this.waiting = null; // resolve of a pending nextAnswer()
    this.pageReply = null; // resolve of the page's pending request
    this.pending = null; // what to send the page when it asks next
    this.first = null; // what the page shows first: { show: data }
  }

  /** What the page shows first (the same however often it asks); { close: true } once closed. */
  firstForPage() {
    return this.closed ? { close: true } : this.first;
  }

  /** Resolves to the user's next answer; { action: "back" } if the window is closed. */
  nextAnswer() {
    if (this.answers.length) return Promise.resolve(this.answers.shift());
    if (this.closed) return Promise.resolve({ action: "back", closed: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /** Shows `data` (openDialog's options) in the window. */
  show(data) {
    this.reply({ show: data });
  }

  reply(message) {
    if (this.pageReply) {
      const reply = this.pageReply;
      this.pageReply = null;
      reply(message);
    } else {
      this.pending = message;
    }
  }

  receiveAnswer(answer) {
    if (this.waiting) {
      const waiting = this.waiting;
      this.waiting = null;
      waiting(answer);
    } else {
      this.answers.push(answer);
    }
  }

  /** The page asks what to show next: answer now, or when show()/close() is called. */
  nextForPage() {
    if (this.pending) {
      const message = this.pending;
      this.pending = null;
      return Promise.resolve(message);
    }
    if (this.closed) return Promise.resolve({ close: true });
    return new Promise((resolve) => (this.pageReply = resolve));
  }

  markClosed() {
    if (this.closed) return;
    this.closed = true;
    this.reply({ close: true });
    this.receiveAnswer({ action: "back", closed: true });
  }
}

export class DialogWindows {
  constructor() {
    this.sessions = new Map();
    this.nextId = 1;
    // The page reads what it shows first straight from this page when it
    // can (see dialog_page.js).
    globalThis.presendDialogFirst = (id) => this.firstForPage(id);
  }

  /** The first thing to show in session `id`'s page; { close: true } for a session not (or no longer) open. */
  firstForPage(id) {
    return this.sessions.get(id)?.firstForPage() ?? { close: true };
  }

  /** Opens a dialog window about compose tab `tabId` showing `data`; returns its session. */
  async open(tabId, data) {
    const session = new DialogSession(`d${Date.now()}-${this.nextId++}`, tabId);
    this.sessions.set(session.id, session);
    session.first = { show: data };
    try {
      const win = await messenger.windows.create({
        type: "popup",
        url: `dialog.html?session=${encodeURIComponent(session.id)}`,
        width: WIDTH,
        height: estimatedHeight(data),
        allowScriptsToClose: true,
      });
      session.windowId = win.id;
      if (data.timing) data.timing.windowCreated = Date.now();
    } catch (error) {
      this.sessions.delete(session.id);
      throw error;
    }
    return session;
  }

  /** Closes the session's window (if still open) and forgets the session. */
  async close(session) {
    this.sessions.delete(session.id);
    const open = !session.closed;
    session.markClosed();
    if (open && session.windowId !== null) {
      await messenger.windows.remove(session.windowId).catch(() => {});
    }
  }

  /** Brings the dialog about compose tab `tabId` to the front, if one is open. */
  async focusForTab(tabId) {
    for (const session of this.sessions.values()) {
      if (session.tabId === tabId && session.windowId !== null) {
        await messenger.windows.update(session.windowId, { focused: true }).catch(() => {});
      }
    }
  }

  /** tabs.onRemoved: a compose window was closed; its dialog has nothing left to ask. */
  async tabRemoved(tabId) {
    for (const session of [...this.sessions.values()]) {
      if (session.tabId === tabId) await this.close(session);
    }
  }

  /** windows.onRemoved: the user closed a dialog window. */
  windowRemoved(windowId) {
    for (const session of this.sessions.values()) {
      if (session.windowId === windowId) {
        this.sessions.delete(session.id);
        session.markClosed();
      }
    }
  }

  /** runtime.onMessage for the TbKind messages; undefined for other messages. */
  handleMessage(message) {
    const session = this.sessions.get(message?.session);
    switch (message?.kind) {
      case TbKind.dialogReady:
        return Promise.resolve(this.firstForPage(message?.session));
      case TbKind.dialogAnswer:
        if (!session) return Promise.resolve({ close: true });
        session.receiveAnswer(message.answer);
        return session.nextForPage();
      case TbKind.keepAlive:
        // Receiving a message resets the event page's idle timer: that is
        // the whole point of this one.
        return Promise.resolve({ alive: Boolean(session) });
      default:
        return undefined;
    }
  }
}
