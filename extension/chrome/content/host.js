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
//   focus(compose, finding?) -> puts the cursor back into the compose window,
//                              on `finding`'s span when given and possible
//   resend(send, compose)   -> triggers the client's own send through `send`
//   attach(compose)         -> optional: opens the client's own "attach a
//                              file" control (its file picker), true if it
//                              did; the dialog then offers "Attach a file…"
//                              for a forgotten attachment. Called inside the
//                              user's click, so the page may open a picker.
(() => {
  "use strict";
  if (globalThis.presendHost) return;
  const ext = globalThis.browser ?? globalThis.chrome;
  const adapters = [];
  const url = (path) => ext.runtime.getURL(path);
  const modules = {};
  const load = (name) =>
    (modules[name] ??= import(url(`shared/${name}.js`)).catch((error) => {
      delete modules[name]; // a later send tries again
      throw error;
    }));

  // The few settings the page needs synchronously, kept fresh.
  const cached = { sites: {}, ui_lang: null, check_timeout_ms: 3000 };
  const origin = location.origin;
  // An administrator's policy is not waited for (shared/policy.js): right
  // after Chrome starts, its first read can take seconds.
  const refresh = async () => {
    const [local, managed] = await Promise.all([
      ext.storage.local.get(null).catch(() => ({})),
      load("policy").then(
        ({ readPolicy }) => readPolicy(),
        () => ({}),
      ),
    ]);
    Object.assign(cached, { sites: {}, ui_lang: null, check_timeout_ms: 3000 }, local ?? {}, managed ?? {});
  };
  // Read once at once, so a Send soon after the page loads finds them.
  const firstRead = refresh().catch(() => {});
  // presend's page modules, stylesheets and strings load while the page is
  // idle: loaded after the click on Send, they made a fresh tab's first
  // dialog wait about 300 ms longer (tests/e2e/chromium/send-latency.test.mjs).
  const prepare = async () => {
    await refresh().catch(() => {});
    await Promise.all(["protocol", "findings-view"].map(load));
    await (await load("dialog")).prepareDialog(uiLang(), shadowRoot());
  };
  let prepared = null;
  const prepareOnce = () =>
    (prepared ??= prepare().catch(() => {
      prepared = null; // a later send tries again
    }));
  const whenIdle = globalThis.requestIdleCallback ?? ((run) => setTimeout(run, 1000));
  whenIdle(prepareOnce, { timeout: 1000 });
  // The core is loaded (and this page's dialog made ready) ahead of Send:
  // in the tab's checker frame (below), started as the author types or
  // moves into a field, or when the pointer comes onto a Send control; and
  // only when that frame cannot serve, in the service worker (Chrome stops
  // an idle one after 30 s, and a Send to a stopped one waits for it to
  // start and load the core, 260–450 ms here): asked as the author types
  // (at most every 20 s: each ask keeps the worker 30 s) and when the
  // pointer comes onto Send (at most every 2 s: the click follows within
  // moments).
  const WARM_UP_EVERY_MS = { typing: 20000, send: 2000 };
  const warmedAt = { typing: 0, send: 0 };
  function warmUp(trigger) {
    const recently = Date.now() - warmedAt[trigger] < WARM_UP_EVERY_MS[trigger];
    if (!siteEnabled() || !adapters.length || recently) return;
    warmedAt[trigger] = Date.now();
    prepareOnce();
    if (checkerFrame()) return; // Send is checked in the tab's frame (below)
    load("protocol")
      .then(({ warmUpRequest }) => ext.runtime.sendMessage(warmUpRequest()))
      .catch(() => {});
  }
  window.addEventListener("input", () => warmUp("typing"), true);
  window.addEventListener(
    "focusin",
    (event) => {
      const target = event.target;
      if (target?.isContentEditable || target?.matches?.("input, textarea")) warmUp("typing");
    },
    true,
  );
  window.addEventListener("pointerover", (event) => hitFor(event.target) && warmUp("send"), true);
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

  // --- the checker frame: the core in this tab, in a frame of presend's ----
  // A Send that reaches a stopped service worker waits for it to start and
  // load the core (260–450 ms here). So the tab keeps a hidden frame of
  // presend's own (checker-frame.html, an extension page: the page's CSP
  // does not govern it) that loads the core as the author starts writing,
  // and checks there. The service worker stays the way when the frame
  // cannot serve: its page not loaded after a while, its core failed to
  // load, the frame taken out of the page, or a draft so large that the
  // memory it grows should go back (a stopped worker gives it back; a tab's
  // frame would keep it).
  const FRAME_MAX_CHARS = 500000;
  const FRAME_CONNECT_WAIT_MS = 1500; // at Send, for a frame whose page has not loaded
  const FRAME_START_LIMIT_MS = 10000; // a frame not ready by then is given up
  let frame = null;
  let frameFailed = false;

  function startFrame() {
    const host = document.createElement("presend-checker");
    host.setAttribute("style", "display: none !important;");
    const iframe = document.createElement("iframe");
    const token = crypto.randomUUID();
    iframe.src = url(`checker-frame.html#${token}`);
    // Closed: the page cannot reach the frame's element and its address.
    host.attachShadow({ mode: "closed" }).append(iframe);
    const channel = new MessageChannel();
    const waiting = new Map(); // request id -> its resolve
    let nextId = 0;
    let settle;
    let connect;
    const ready = new Promise((resolve) => (settle = resolve));
    const connected = new Promise((resolve) => (connect = resolve));
    const giveUp = setTimeout(() => settle(false), FRAME_START_LIMIT_MS);
    ready.then((ok) => connect(ok));
    channel.port1.onmessage = ({ data }) => {
      if (data?.kind === "connected") {
        connect(true);
        return;
      }
      if (data?.kind === "ready" || data?.kind === "failed") {
        clearTimeout(giveUp);
        if (data.kind === "failed")
          console.warn("presend: the checker frame could not load the core:", data.message);
        settle(data.kind === "ready");
        return;
      }
      waiting.get(data?.id)?.(data.answer);
    };
    iframe.addEventListener(
      "load",
      () =>
        iframe.contentWindow?.postMessage({ presendChecker: token }, new URL(url("")).origin, [
          channel.port2,
        ]),
      { once: true },
    );
    document.documentElement.append(host);
    const checker = {
      host,
      connected,
      ready,
      isReady: false,
      /** Its answer to `request`; undefined if the frame went away first. */
      ask(request) {
        const id = ++nextId;
        return new Promise((resolve) => {
          let gone = null;
          const done = (answer) => {
            clearInterval(gone);
            waiting.delete(id);
            resolve(answer);
          };
          // The page may take the frame out (the answer would never come).
          gone = setInterval(() => !host.isConnected && done(undefined), 100);
          waiting.set(id, done);
          channel.port1.postMessage({ ...request, id });
        });
      },
      close() {
        if (frame?.host === host) frame = null;
        channel.port1.close();
        host.remove();
        for (const done of [...waiting.values()]) done(undefined);
      },
    };
    ready.then((ok) => {
      checker.isReady = ok;
      // For the end-to-end latency test: a frame that became ready only after the click.
      if (ok) performance.mark("presend-frame-ready");
      if (!ok && frame === checker) {
        frameFailed = true; // the worker checks from now on
        checker.close();
      }
    });
    return checker;
  }

  /** The tab's checker frame, started if need be; null once it has failed. */
  function checkerFrame() {
    if (frameFailed) return null;
    if (frame && !frame.host.isConnected) frame.close(); // the page took it out: a fresh one
    frame ??= startFrame();
    return frame;
  }

  const draftSize = (draft) =>
    [draft?.body, draft?.html, draft?.subject, draft?.reply_to?.body].reduce(
      (size, text) => size + (typeof text === "string" ? text.length : 0),
      0,
    );
  const failed = (message) => ({ kind: "check-failed", message });
  const afterMs = (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), Math.max(0, ms)));

  // No answer from a checker (it went away or stayed silent): not an answer
  // about the draft, so another checker may still give one.
  const noAnswer = (message) => ({ ...failed(message), noAnswer: true });

  /** The frame's answer to the check (one that failed too), or noAnswer. */
  async function askFrame(checker, draft, unread, deadline) {
    const connectBy = Math.min(deadline, Date.now() + FRAME_CONNECT_WAIT_MS);
    if (!(await Promise.race([checker.connected, afterMs(connectBy - Date.now(), false)]))) {
      return noAnswer("the checker frame did not load");
    }
    if (!(await Promise.race([checker.ready, afterMs(deadline - Date.now(), false)]))) {
      return noAnswer("the checker frame has no core");
    }
    // As runtime messages carry it (JSON): keys left undefined are dropped,
    // not handed to the core as values it rejects.
    const request = JSON.parse(JSON.stringify({ draft, unread }));
    const answer = await Promise.race([checker.ask(request), afterMs(deadline - Date.now(), "late")]);
    if (answer === "late") {
      checker.close(); // maybe still busy with this draft: a fresh frame takes the next
      return noAnswer("no answer in time");
    }
    return answer ?? noAnswer("the checker frame went away");
  }

  /** The service worker's answer to the check, or noAnswer. */
  async function askWorker(draft, unread, deadline) {
    const { checkRequest } = await load("protocol");
    // A service worker stopped in the middle of a check (Chrome stops idle
    // MV3 workers; an update or a crash does too) drops its answer: asked
    // once more, a fresh worker starts and checks, within the same limit.
    for (let attempt = 1; ; attempt++) {
      let timer;
      const timeout = new Promise((resolve) => {
        timer = setTimeout(() => resolve(noAnswer("no answer in time")), Math.max(0, deadline - Date.now()));
      });
      try {
        const answer = await Promise.race([
          ext.runtime.sendMessage(checkRequest(draft, origin, unread)),
          timeout,
        ]);
        if (answer || attempt === 2) return answer ?? noAnswer("no answer");
      } catch (error) {
        if (attempt === 2 || Date.now() >= deadline) return noAnswer(String(error?.message ?? error));
      } finally {
        clearTimeout(timer);
      }
    }
  }

  /** The first of `asked` (answers to come) that is an answer; else the last noAnswer. */
  function firstAnswer(asked) {
    return new Promise((resolve) => {
      let left = asked.length;
      for (const answer of asked) {
        answer.then((value) => {
          left--;
          if (!value.noAnswer || left === 0) resolve(value);
        });
      }
    });
  }

  /**
   * The check's answer: "findings", "skipped" or "check-failed". The tab's
   * checker frame checks once its core is loaded; while it is still
   * loading, the frame and the worker are both asked and the first answer
   * counts (the worker may be running already); the worker alone when the
   * frame cannot serve, or no longer does.
   */
  async function askChecker(draft, unread) {
    await firstRead;
    const limit = (Number(cached.check_timeout_ms) || 3000) + 2000; // + waking the worker
    const deadline = Date.now() + limit;
    // `test_no_checker_frame` (storage.local): the end-to-end tests of the
    // worker's own paths set it.
    const useFrame = cached.test_no_checker_frame !== true && draftSize(draft) <= FRAME_MAX_CHARS;
    const checker = useFrame ? checkerFrame() : null;
    if (!checker) return askWorker(draft, unread, deadline);
    if (!checker.isReady) {
      return firstAnswer([askFrame(checker, draft, unread, deadline), askWorker(draft, unread, deadline)]);
    }
    const answer = await askFrame(checker, draft, unread, deadline);
    return answer.noAnswer ? askWorker(draft, unread, deadline) : answer;
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

  /** Whether the send control and compose window of `hit` are still in the page. */
  const stillInPage = (hit) => hit.send.isConnected && (!hit.compose || hit.compose.isConnected);

  /**
   * Whether the compose window still holds the finding's words where the
   * check saw them: an editor re-rendered with other text would take the
   * fix in the wrong place.
   */
  function spanUnchanged(hit, finding) {
    if (typeof finding?.excerpt !== "string") return true;
    const text = readDraft(hit)?.draft?.[finding.field];
    return typeof text !== "string" || text.slice(finding.start, finding.end) === finding.excerpt;
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

  // Findings the user chose to ignore, per compose window, for this message
  // only (keys from findings-view.js's findingKeys).
  const ignoredIn = new WeakMap();
  const ignoredOf = (compose) => {
    if (!ignoredIn.has(compose)) ignoredIn.set(compose, new Set());
    return ignoredIn.get(compose);
  };

  async function checkAndAsk(hit) {
    try {
      await askUntilDecided(hit);
    } finally {
      // A dialog still waiting for a re-check never outlives the send flow.
      if (shadow) (await load("dialog")).closeDialog(shadow);
    }
  }

  async function askUntilDecided(hit) {
    let read = readDraft(hit);
    if (!read) {
      resend(hit);
      noticeAfterSend("noticeUnreadable");
      return;
    }
    const ignored = ignoredOf(hit.compose);
    let undo = null; // the check just turned off or on, for the dialog's undo line
    for (let round = 0; ; round++) {
      const { draft, unread } = read;
      // Marks for the end-to-end latency test (send-latency.test.mjs).
      if (round === 0) performance.mark("presend-asked");
      const answer = await askChecker(draft, unread);
      if (round === 0) performance.mark("presend-answered");
      if (answer.kind === "check-failed") {
        console.warn("presend: the checker failed:", answer.message);
        resend(hit);
        noticeAfterSend("noticeCheckFailed");
        return;
      }
      const { withoutIgnored } = await load("findings-view");
      const left = answer.kind === "findings" ? withoutIgnored(answer.findings, ignored) : [];
      if (left.length === 0 && !(undo && answer.kind === "findings")) {
        if (round === 0) {
          ignoredIn.delete(hit.compose); // the message goes: its ignores go with it
          resend(hit);
          // Checked, but not all of it: say what was left out.
          if (answer.kind === "findings" && unread.length) noticeAfterSend("noticeUnreadParts", unread);
        } else {
          hit.adapter.focus(hit.compose);
          notice("noticeAllClear");
        }
        return;
      }
      const [{ openDialog }, { openRuleRequest, ruleReferencePath }] = await Promise.all([
        load("dialog"),
        load("protocol"),
      ]);
      const lang = answer.uiLang || uiLang();
      const choice = await openDialog(shadowRoot(), {
        findings: answer.findings,
        rules: answer.rules,
        draft,
        unread,
        uiLang: lang,
        mode: "send",
        ignored: [...ignored],
        undo,
        attach: hit.adapter.attach ? () => hit.adapter.attach(hit.compose) : null,
        // "More about this check": the reference in the extension, opened
        // in a tab by the service worker.
        ruleLink: (rule) => url(ruleReferencePath(rule, lang)),
        openRule: (rule) => ext.runtime.sendMessage(openRuleRequest(rule, lang)).catch(() => {}),
        onShown: () => round === 0 && performance.mark("presend-dialog-shown"),
      });
      for (const key of choice.ignored ?? []) ignored.add(key);
      undo = null;
      if (choice.action !== "back" && !stillInPage(hit)) {
        // The client re-rendered its compose window while the dialog was
        // open: a fix would go into a node no longer shown, a re-sent click
        // to a control no longer there. Nothing is written or sent; the
        // draft is whatever the page now shows.
        notice("noticeComposeChanged");
        return;
      }
      switch (choice.action) {
        case "send":
          ignoredIn.delete(hit.compose);
          resend(hit);
          return;
        case "fix":
          if (!spanUnchanged(hit, choice.finding) || !hit.adapter.applyFix(hit.compose, choice.finding)) {
            hit.adapter.focus(hit.compose);
            notice("noticeFixFailed");
            return;
          }
          break;
        case "turn-off":
        case "turn-on": {
          const enabled = choice.action === "turn-on";
          const { ruleSwitchRequest } = await load("protocol");
          await ext.runtime.sendMessage(ruleSwitchRequest(choice.rule, enabled));
          undo = { kind: enabled ? "turned-on" : "turned-off", rule: choice.rule };
          break;
        }
        case "attach":
          // The client's file picker is open; its upload shows in the page.
          // The author presses Send again when the file is there.
          return;
        default: // "back", or anything unexpected: never send by surprise
          hit.adapter.focus(hit.compose, choice.finding);
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
    if (hit) warmUp("send");
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
