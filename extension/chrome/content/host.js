// The in-page half of presend, shared by every web mail adapter. It catches
// the user's Send (click, Enter/Space on the button, the client's shortcut)
// in the capture phase before the page sees it, cancels it synchronously,
// asks the service worker to check the draft, and shows the dialog in a
// shadow root. "Send anyway" re-triggers the client's own send exactly once.
//
// An adapter (content/<client>.js) registers itself with
// presendHost.registerAdapter({...}) and knows only its client's markup:
//   sendButtonFrom(target)  -> the send control `target` is in (any control
//                              that sends: Send, Send & Archive, a
//                              "Schedule send" menu item), or null
//   composeOf(send)         -> the compose window that control sends (may be
//                              null when the adapter cannot find it)
//   shortcutSend(event)     -> the send control a keydown triggers, or null
//   nativeActivation(send)  -> true if the browser turns Enter/Space on the
//                              control into a click (a real <button>)
//   readDraft(compose)      -> the draft (see extension/README.md), or
//                              { draft, unread } where `unread` names the
//                              parts the adapter could not find: "body",
//                              "subject", "recipients", "from",
//                              "attachments". Degrade, never skip: what can
//                              be read is checked, the dialog says which
//                              checks could not run; the message goes out
//                              unchecked (with a notice) only when there is
//                              no body. Throwing counts as no body.
//   applyFix(compose, finding) -> true if the suggestion was written back
//   focus(compose)          -> puts the cursor back into the compose window
//   resend(send, compose)   -> triggers the client's own send through `send`
(() => {
  "use strict";
  if (globalThis.presendHost) return;
  const ext = globalThis.browser ?? globalThis.chrome;
  const adapters = [];
  const url = (path) => ext.runtime.getURL(path);
  const modules = {};
  const load = (name) => (modules[name] ??= import(url(`shared/${name}.js`)));

  // The few settings the page needs synchronously, kept fresh.
  const cached = { sites: {}, ui_lang: null, check_timeout_ms: 3000 };
  const origin = location.origin;
  const refresh = async () => {
    const [local, managed] = await Promise.all(
      ["local", "managed"].map((area) => ext.storage[area].get(null).catch(() => ({}))),
    );
    Object.assign(cached, { sites: {}, ui_lang: null, check_timeout_ms: 3000 }, local ?? {}, managed ?? {});
  };
  refresh().catch(() => {});
  ext.storage.onChanged.addListener(() => refresh().catch(() => {}));
  const siteEnabled = () => cached.sites?.[origin] !== false;
  const uiLang = () => {
    const lang = cached.ui_lang || (navigator.language || "en").slice(0, 2);
    return ["en", "ru", "el"].includes(lang) ? lang : "en";
  };

  // --- shadow root: page CSS cannot reach the dialog or the notices --------
  let shadow = null;
  function shadowRoot() {
    if (shadow?.host.isConnected) return shadow;
    const host = document.createElement("presend-root");
    host.setAttribute(
      "style",
      "all: initial !important; position: fixed !important; inset: 0 auto auto 0 !important;" +
        " width: 0 !important; height: 0 !important; z-index: 2147483647 !important;" +
        " display: block !important;",
    );
    shadow = host.attachShadow({ mode: "open" });
    document.documentElement.append(host);
    return shadow;
  }

  const NOTICE_CSS =
    ".presend-notice{position:fixed;top:12px;left:50%;transform:translateX(-50%);max-width:min(44rem,calc(100vw - 2rem));" +
    "display:flex;gap:.75rem;align-items:center;padding:.55rem .9rem;border-radius:8px;background:#1f2328;color:#fff;" +
    "font:14px/1.4 system-ui,'DejaVu Sans',sans-serif;box-shadow:0 6px 24px rgba(0,0,0,.35);z-index:2147483647}" +
    ".presend-notice button{all:unset;cursor:pointer;padding:0 .3rem;font-size:18px;line-height:1}" +
    ".presend-notice button:focus-visible{outline:2px solid #8ab4f8}" +
    "@media (prefers-color-scheme: dark){.presend-notice{background:#e6edf3;color:#0d1117}}";

  // A notice given as the mail goes out must survive the client leaving the
  // compose page (Roundcube does): it is kept for the next page of the site.
  const PENDING = "presend.pendingNotice";
  function noticeAfterSend(key, parts = []) {
    try {
      sessionStorage.setItem(PENDING, JSON.stringify({ key, parts, at: Date.now() }));
    } catch {
      // storage refused: the notice shows on this page only
    }
    notice(key, parts).then(() => {
      // Shown here; if this page stays, the next one need not repeat it.
      setTimeout(() => {
        try {
          sessionStorage.removeItem(PENDING);
        } catch {}
      }, 8000);
    });
  }
  function showPendingNotice() {
    try {
      const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? "null");
      sessionStorage.removeItem(PENDING);
      if (pending && Date.now() - pending.at < 60000) notice(pending.key, pending.parts ?? []);
    } catch {}
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", showPendingNotice);
  else showPendingNotice();

  /**
   * One line at the top of the page; it never blocks anything. `parts`:
   * names of draft parts (see readDraft) the message lists, if it has $1.
   */
  async function notice(key, parts = []) {
    const { loadStrings, partNames } = await load("i18n");
    const t = await loadStrings(uiLang());
    const root = shadowRoot();
    if (!root.adoptedStyleSheets.some((sheet) => sheet.presendNotice)) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(NOTICE_CSS);
      sheet.presendNotice = true;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
    root.querySelector(".presend-notice")?.remove();
    const bar = document.createElement("div");
    bar.className = "presend-notice";
    bar.setAttribute("role", "status");
    bar.dataset.notice = key;
    const text = document.createElement("span");
    text.textContent = t(key, partNames(t, parts));
    const dismiss = document.createElement("button");
    dismiss.type = "button";
    dismiss.textContent = "×";
    dismiss.setAttribute("aria-label", t("noticeDismiss"));
    dismiss.addEventListener("click", () => bar.remove());
    bar.append(text, dismiss);
    root.append(bar);
    setTimeout(() => bar.remove(), 12000);
  }

  // --- talking to the service worker ---------------------------------------
  async function askChecker(draft, unread) {
    const { checkRequest } = await load("protocol");
    let timer;
    const limit = (Number(cached.check_timeout_ms) || 3000) + 2000; // + waking the worker
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve({ kind: "check-failed", message: "no answer in time" }), limit);
    });
    try {
      const answer = await Promise.race([
        ext.runtime.sendMessage(checkRequest(draft, origin, unread)),
        timeout,
      ]);
      return answer ?? { kind: "check-failed", message: "no answer" };
    } catch (error) {
      return { kind: "check-failed", message: String(error?.message ?? error) };
    } finally {
      clearTimeout(timer);
    }
  }

  // --- the send flow ----------------------------------------------------------
  let letThrough = null; // the send control whose next activation is ours
  const checking = new Set(); // compose windows with a check or dialog open

  function resend(hit) {
    letThrough = hit.send;
    try {
      hit.adapter.resend(hit.send, hit.compose);
    } finally {
      letThrough = null;
    }
  }

  /**
   * The adapter's reading of the compose window as { draft, unread }, or
   * null when not even the body could be read.
   */
  function readDraft(hit) {
    let read;
    try {
      read = hit.adapter.readDraft(hit.compose);
    } catch (error) {
      console.warn("presend: could not read the draft", error);
      return null;
    }
    const { draft, unread = [] } = read && "draft" in read ? read : { draft: read };
    if (!draft || unread.includes("body")) {
      console.warn("presend: found no message body to check");
      return null;
    }
    // Not knowing the attachments is not "no attachments": the core keeps
    // quiet about missing ones.
    if (unread.includes("attachments")) draft.attachments_unknown = true;
    return { draft, unread: [...new Set(unread)] };
  }

  async function onSend(hit) {
    const key = hit.compose ?? hit.send;
    if (checking.has(key)) return;
    checking.add(key);
    try {
      await checkAndAsk(hit);
    } catch (error) {
      console.warn("presend: check failed", error);
    } finally {
      checking.delete(key);
    }
  }

  async function checkAndAsk(hit) {
    let read = readDraft(hit);
    if (!read) {
      resend(hit);
      noticeAfterSend("noticeUnreadable");
      return;
    }
    for (let round = 0; ; round++) {
      const { draft, unread } = read;
      const answer = await askChecker(draft, unread);
      if (answer.kind === "check-failed") {
        console.warn("presend: the checker failed:", answer.message);
        resend(hit);
        noticeAfterSend("noticeCheckFailed");
        return;
      }
      if (answer.kind === "skipped" || (answer.kind === "findings" && answer.findings.length === 0)) {
        if (round === 0) {
          resend(hit);
          // Checked, but not all of it: say what was left out.
          if (answer.kind === "findings" && unread.length) noticeAfterSend("noticeUnreadParts", unread);
        } else {
          hit.adapter.focus(hit.compose);
          notice("noticeAllClear");
        }
        return;
      }
      const { openDialog } = await load("dialog");
      const choice = await openDialog(shadowRoot(), {
        findings: answer.findings,
        rules: answer.rules,
        draft,
        unread,
        uiLang: answer.uiLang || uiLang(),
        mode: "send",
      });
      switch (choice.action) {
        case "send":
          resend(hit);
          return;
        case "fix":
          if (!hit.adapter.applyFix(hit.compose, choice.finding)) {
            hit.adapter.focus(hit.compose);
            notice("noticeFixFailed");
            return;
          }
          break;
        case "mute": {
          const { muteRequest } = await load("protocol");
          await ext.runtime.sendMessage(muteRequest(choice.rule));
          break;
        }
        default: // "back", or anything unexpected: never send by surprise
          hit.adapter.focus(hit.compose);
          return;
      }
      read = readDraft(hit);
      if (!read) {
        hit.adapter.focus(hit.compose);
        return;
      }
    }
  }

  // --- interception -------------------------------------------------------------
  function hitFor(target, event) {
    if (!(target instanceof Element)) return null;
    for (const adapter of adapters) {
      const send = event ? adapter.shortcutSend?.(event) : adapter.sendButtonFrom(target);
      if (send) return { adapter, send, compose: adapter.composeOf(send) };
    }
    return null;
  }

  function cancel(event) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  function intercept(event, hit) {
    if (!hit || hit.send === letThrough || !siteEnabled()) return false;
    cancel(event);
    return true;
  }

  function onClick(event) {
    const hit = hitFor(event.target);
    if (intercept(event, hit)) onSend(hit);
  }

  // Pointer events on the control never reach the page: some clients send on
  // mouseup. The click that follows is the one we act on.
  function onPointer(event) {
    const hit = hitFor(event.target);
    intercept(event, hit);
  }

  function onKeyDown(event) {
    if (event.isComposing) return;
    const shortcut = hitFor(event.target, event);
    if (shortcut) {
      if (intercept(event, shortcut)) onSend(shortcut);
      return;
    }
    if (event.key !== "Enter" && event.key !== " ") return;
    const hit = hitFor(event.target);
    if (!hit || hit.adapter.nativeActivation?.(hit.send)) return; // the click follows
    if (intercept(event, hit) && !event.repeat) onSend(hit);
  }

  function onKeyUp(event) {
    if (event.key !== "Enter" && event.key !== " ") return;
    const hit = hitFor(event.target);
    if (hit && !hit.adapter.nativeActivation?.(hit.send)) intercept(event, hit);
  }

  for (const type of ["mousedown", "mouseup", "pointerdown", "pointerup"]) {
    window.addEventListener(type, onPointer, true);
  }
  window.addEventListener("click", onClick, true);
  window.addEventListener("keydown", onKeyDown, true);
  window.addEventListener("keyup", onKeyUp, true);

  globalThis.presendHost = Object.freeze({
    registerAdapter(adapter) {
      // A script injected again into the same page (the popup turning a
      // site on) must not register its adapter twice.
      if (!adapters.some((known) => known.name === adapter.name)) adapters.push(adapter);
    },
  });
})();
